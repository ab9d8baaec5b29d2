# -*- coding: utf-8 -*-
"""Hand-written name lexicon for the synthetic Turkish NRM register.

Each line:  id|sex|key=v1,v2,...|key=...
  sex: m / f / u (unisex given name) / s (surname only)
  keys:
    lat   Latin spellings seen in the wild, most common first
    plat  Latin spellings preferred in Iran/Afghanistan
    slat  Latin spellings preferred in Pakistan/Bangladesh
    tr    form a Turkish clerk writes (Turkish alphabet)
    fr    French-style (Maghreb) spelling
    ar    Arabic script ('_' = space or joined, chosen at render time)
    fa    Persian/Dari script (else derived from ar: ي->ی ك->ک ة->ه)
    ur    Urdu script (else derived from fa)
    sor   Sorani Kurdish (Arabic-based) script
    ku    Kurmanji Kurdish in Hawar Latin
    so    Somali official orthography (x = ħ, c = ʕ, doubled long vowels)
    cy    Russian-Cyrillic form(s)   uk  Ukrainian Cyrillic form
    az    Azerbaijani Latin          ro  Romanian (Moldovan) Latin
    ka    Georgian (Mkhedruli)       et  Ge'ez (Amharic/Tigrinya) script
    old   Indonesian pre-1972 (Dutch-era) spelling
    dim   diminutives (Latin)        abbr  abbreviations that keep the name
The canonical id is what truth.csv's name_key is made of.
"""

LEX_TEXT = r"""
# ---------------- Arabic / pan-Islamic given names, male ----------------
muhammad|m|ar=محمد|lat=Muhammad,Mohammad,Mohammed,Mohamed,Mohamad,Muhammed,Mouhamad,Mohammod|plat=Mohammad,Mohamad,Muhammad|slat=Muhammad,Mohammad,Muhammed|tr=Muhammed,Muhammet|fr=Mohamed,Mohammed|so=Maxamed|ku=Mihemed,Mihamed|cy=Мухаммад,Мухаммед,Мухамед|az=Məhəmməd|et=መሐመድ|abbr=Mhd,Mohd,Md.,Moh'd|dim=Hamoudi
ahmad|m|ar=أحمد|lat=Ahmad,Ahmed,Ahmat,Achmad|plat=Ahmad|tr=Ahmet|fr=Ahmed|so=Axmed|ku=Ehmed,Ahmed|cy=Ахмад,Ахмед|et=አሕመድ|old=Achmad
ali|m|ar=علي|lat=Ali,Aly,Alee|tr=Ali|so=Cali|ku=Elî,Eli|cy=Али|az=Əli|et=ዓሊ,አሊ
hassan|m|ar=حسن|lat=Hassan,Hasan,Hassen,Hasen|plat=Hassan,Hasan|tr=Hasan|so=Xasan|ku=Hesen|cy=Хасан,Гасан|az=Həsən|et=ሐሰን
hussein|m|ar=حسين|fa=حسین|lat=Hussein,Hussain,Husain,Husein,Hussien,Houssein|plat=Hossein,Hosein,Hussain|slat=Hussain,Hussein,Husain|tr=Hüseyin|fr=Houssein,Hussein|so=Xuseen|ku=Husên,Huseyn|cy=Хусейн,Гусейн|az=Hüseyn|et=ሁሴን
mahmoud|m|ar=محمود|lat=Mahmoud,Mahmud,Mahmood,Mahmod|slat=Mahmood,Mahmud|tr=Mahmut|fr=Mahmoud|so=Maxamuud|ku=Mehmûd,Mehmud|cy=Махмуд
mustafa|m|ar=مصطفى|fa=مصطفی|lat=Mustafa,Moustafa,Mostafa,Mustapha|plat=Mostafa,Mustafa|tr=Mustafa|fr=Moustapha,Mustapha|so=Mustafe|ku=Mistefa,Mustefa|cy=Мустафа
omar|m|ar=عمر|lat=Omar,Umar,Omer|slat=Umar,Omar|tr=Ömer|fr=Omar|so=Cumar|ku=Umer,Omer|cy=Умар,Омар
khalid|m|ar=خالد|lat=Khalid,Khaled,Khaleed,Kaled|tr=Halit,Halid|fr=Khaled|so=Khaalid|ku=Xalid|cy=Халид
ibrahim|m|ar=إبراهيم|fa=ابراهیم|lat=Ibrahim,Ibraheem,Ebrahim,Ibrahem|plat=Ebrahim,Ibrahim|tr=İbrahim|fr=Brahim,Ibrahim|so=Ibraahim|ku=Îbrahîm,Ibrahim|cy=Ибрагим,Ибрахим|et=ኢብራሂም|dim=Biro
yusuf|m|ar=يوسف|lat=Yusuf,Youssef,Yousef,Yousuf,Yusef,Yosef|plat=Yousef,Yusuf|tr=Yusuf|fr=Youssef|so=Yuusuf|ku=Ûsiv,Yusif|cy=Юсуф|et=ዩሱፍ
abdullah|m|ar=عبد_الله|lat=Abdullah,Abdallah,Abdulla,Abd Allah,Abdoulla|tr=Abdullah|fr=Abdellah,Abdallah|so=Cabdullaahi,Cabdulle|cy=Абдулла|et=አብዱላሂ
abdulrahman|m|ar=عبد_الرحمن|lat=Abdulrahman,Abdul Rahman,Abdelrahman,Abd al-Rahman,Abdurrahman,Abdul-Rahman,Abdulrahim|slat=Abdul Rahman,Abdur Rahman,Abdur Rahaman|tr=Abdurrahman|fr=Abderrahmane,Abderrahman|so=Cabdiraxmaan|cy=Абдурахман,Абдурахмон
abdulaziz|m|ar=عبد_العزيز|lat=Abdulaziz,Abdul Aziz,Abdelaziz,Abd al-Aziz,Abdul-Aziz|tr=Abdülaziz|fr=Abdelaziz|so=Cabdicasiis|cy=Абдулазиз
abdulkarim|m|ar=عبد_الكريم|fa=عبد_الکریم|lat=Abdulkarim,Abdul Karim,Abdulkareem,Abd al-Karim,Abdelkarim|tr=Abdülkerim|fr=Abdelkrim|so=Cabdikariim|cy=Абдулкарим
abdulkadir|m|ar=عبد_القادر|lat=Abdulqadir,Abdul Qadir,Abdulkadir,Abdul Kadir,Abd al-Qadir|tr=Abdulkadir|fr=Abdelkader|so=Cabdiqaadir|cy=Абдулкадыр|et=አብዱልቃድር
said|m|ar=سعيد|fa=سعید|lat=Said,Saeed,Saied,Sayed|plat=Saeed,Saeid|tr=Sait,Said|fr=Saïd,Said|so=Saciid|cy=Саид
khalil|m|ar=خليل|lat=Khalil,Khaleel,Khalel|tr=Halil|fr=Khalil|so=Khaliil|ku=Xelîl,Xelil|cy=Халил
jamal|m|ar=جمال|lat=Jamal,Gamal,Jamaal,Djamal|tr=Cemal|fr=Djamel,Jamal|so=Jamaal|cy=Джамал|et=ጀማል|plat=Jamal
karim|m|ar=كريم|lat=Karim,Kareem,Kerim|tr=Kerim|fr=Karim|so=Kariim|cy=Карим
tariq|m|ar=طارق|lat=Tariq,Tarek,Tarik,Tareq|tr=Tarık|fr=Tarek|cy=Тарик
walid|m|ar=وليد|lat=Walid,Waleed,Walied|tr=Velit,Velid|fr=Oualid,Walid|cy=Валид
bilal|m|ar=بلال|lat=Bilal,Belal,Bilaal|tr=Bilal|so=Bilaal|cy=Билал
hamza|m|ar=حمزة|lat=Hamza,Hamzah,Hamze|tr=Hamza|so=Xamsa|cy=Хамза
yasin|m|ar=ياسين|lat=Yasin,Yassin,Yaseen,Yassine|tr=Yasin|fr=Yassine|so=Yaasiin|cy=Ясин
anas|m|ar=أنس|lat=Anas,Anass|tr=Enes|fr=Anass|cy=Анас
fadi|m|ar=فادي|lat=Fadi,Fady|tr=Fadi
samir|m|ar=سمير|lat=Samir,Sameer,Semir|tr=Samir|fr=Samir|so=Samiir
nabil|m|ar=نبيل|lat=Nabil,Nabeel|tr=Nebil|fr=Nabil
rami|m|ar=رامي|lat=Rami,Ramy|tr=Rami
firas|m|ar=فراس|lat=Firas,Feras|tr=Firas
ammar|m|ar=عمار|lat=Ammar,Amar,Ammer|tr=Ammar|so=Cammaar
osman|m|ar=عثمان|lat=Othman,Osman,Uthman,Usman,Osmane|slat=Usman,Usmaan|tr=Osman|fr=Othmane|so=Cusmaan|ku=Osman|cy=Усман,Осман
hamid|m|ar=حامد|fa=حامد|lat=Hamid,Hamed,Haamid|plat=Hamid,Hamed|tr=Hamit,Hamid|so=Xaamid|cy=Хамид
majid|m|ar=ماجد|fa=مجید|lat=Majid,Majed,Madjid|plat=Majid,Madjid|tr=Macit|cy=Маджид
salah|m|ar=صلاح|lat=Salah,Slah,Salaah|tr=Salah|so=Salaax
mansour|m|ar=منصور|lat=Mansour,Mansur,Mansoor|slat=Mansoor|tr=Mansur|so=Mansuur|cy=Мансур
nasser|m|ar=ناصر|lat=Nasser,Naser,Nasir,Nacer|slat=Nasir|tr=Nasır|fr=Nacer|so=Naasir|cy=Насер,Насир
qasim|m|ar=قاسم|lat=Qasim,Kasim,Qassem,Kassem,Qasem|slat=Qasim,Kasim|tr=Kasım|fr=Kacem|so=Qaasim|ku=Qasim|cy=Касым,Касим
jasim|m|ar=جاسم|lat=Jasim,Jassim,Jasem|tr=Casim
haidar|m|ar=حيدر|fa=حیدر|lat=Haidar,Haider,Hayder,Heydar|tr=Haydar|cy=Хайдар
abbas|m|ar=عباس|lat=Abbas,Abas|tr=Abbas|so=Cabbaas|cy=Аббас
mahdi|m|ar=مهدي|fa=مهدی|lat=Mahdi,Mehdi,Mahdy|plat=Mehdi,Mahdi|tr=Mehdi|fr=Mehdi|so=Mahdi|cy=Махди,Мехди|az=Mehdi
younes|m|ar=يونس|fa=یونس|lat=Younes,Yunus,Younis,Yunis|tr=Yunus|fr=Younes|so=Yuunis|cy=Юнус
ismail|m|ar=إسماعيل|fa=اسماعیل|lat=Ismail,Ismael,Esmail,Ismaeel|plat=Esmail,Ismail|tr=İsmail|fr=Ismaïl,Smail|so=Ismaaciil|cy=Исмаил
suleiman|m|ar=سليمان|fa=سلیمان|lat=Suleiman,Sulaiman,Soliman,Sulayman|tr=Süleyman|fr=Slimane|so=Suleymaan|cy=Сулейман
musa|m|ar=موسى|fa=موسی|lat=Musa,Moussa,Mousa,Moosa|tr=Musa|fr=Moussa|so=Muuse|cy=Муса|et=ሙሳ
issa|m|ar=عيسى|fa=عیسی|lat=Issa,Isa,Eisa|tr=İsa|fr=Aïssa|so=Ciise|cy=Иса
yahya|m|ar=يحيى|fa=یحیی|lat=Yahya,Yehia,Yahia|tr=Yahya|fr=Yahia|so=Yaxye|cy=Яхья
zakaria|m|ar=زكريا|fa=زکریا|lat=Zakaria,Zakariya,Zakariyya,Zakaryia|tr=Zekeriya|fr=Zakaria|so=Sakariye|cy=Закария
idris|m|ar=إدريس|fa=ادریس|lat=Idris,Idrees,Edris|tr=İdris|fr=Driss|so=Idiris|cy=Идрис
rashid|m|ar=رشيد|fa=رشید|lat=Rashid,Rasheed,Rachid|tr=Reşit,Raşit|fr=Rachid|so=Rashiid|cy=Рашид
faisal|m|ar=فيصل|fa=فیصل|lat=Faisal,Faysal,Feisal|tr=Faysal|fr=Fayçal,Faycal|so=Faysal|cy=Фейсал
adnan|m|ar=عدنان|lat=Adnan,Adnane|tr=Adnan|fr=Adnane|so=Cadnaan
hisham|m|ar=هشام|lat=Hisham,Hesham,Hicham|tr=Hişam|fr=Hicham|so=Hishaam
marwan|m|ar=مروان|lat=Marwan,Merwan|tr=Mervan|fr=Marouane|so=Marwaan
ziad|m|ar=زياد|lat=Ziad,Ziyad,Zeyad|tr=Ziyad
ayoub|m|ar=أيوب|fa=ایوب|lat=Ayoub,Ayyub,Ayub,Ayoob|tr=Eyüp,Eyyüp|fr=Ayoub|so=Ayuub|cy=Аюб
imad|m|ar=عماد|lat=Imad,Emad|tr=İmad
ghassan|m|ar=غسان|lat=Ghassan,Gassan,Ghasan|tr=Gassan
amin|m|ar=أمين|fa=امین|lat=Amin,Ameen,Amine|tr=Emin|fr=Amine|az=Emin|cy=Амин,Эмин
sufyan|m|ar=سفيان|lat=Sufyan,Sufian,Sofian|tr=Süfyan|fr=Soufiane,Sofiane
kamal|m|ar=كمال|fa=کمال|lat=Kamal,Kemal|tr=Kemal|cy=Камал,Кемал
aziz|m|ar=عزيز|fa=عزیز|lat=Aziz,Azeez|tr=Aziz|cy=Азиз
bashir|m|ar=بشير|fa=بشیر|lat=Bashir,Basheer,Beshir|tr=Beşir|so=Bashiir|cy=Башир
abubakar|m|ar=أبو_بكر|lat=Abubakar,Abubakr,Abu Bakr,Abubakir|tr=Ebubekir|so=Abuukar,Abuubakar
nour|u|ar=نور|lat=Nour,Noor,Nur,Nuur|tr=Nur|fr=Nour|so=Nuur|cy=Нур
# ---------------- Arabic / pan-Islamic given names, female ----------------
fatima|f|ar=فاطمة|fa=فاطمه|lat=Fatima,Fatimah,Fatema,Fatma|plat=Fatemeh,Fatima,Fatemah|tr=Fatma|fr=Fatima,Fatiha|so=Faadumo,Fadumo|ku=Fatma|cy=Фатима|et=ፋጡማ,ፋጢማ
aisha|f|ar=عائشة|fa=عایشه|lat=Aisha,Aysha,Aicha,Ayesha,Aishah,Asha|slat=Ayesha,Aisha|tr=Ayşe|fr=Aïcha,Aicha|so=Caasha|ku=Eyşe,Ayşe|cy=Айша|et=አይሻ
maryam|f|ar=مريم|fa=مریم|lat=Maryam,Mariam,Mariyam,Meriam|tr=Meryem|fr=Meriem,Myriam|so=Maryan,Maryama|ka=მარიამ|cy=Марьям,Мариам
khadija|f|ar=خديجة|fa=خدیجه|lat=Khadija,Khadijah,Khadeeja,Kadija|tr=Hatice|fr=Khadija,Khadidja|so=Khadiija|ku=Xedîce,Xedice|cy=Хадиджа,Хадижат|et=ከድጃ
zainab|f|ar=زينب|fa=زینب|lat=Zainab,Zaynab,Zeinab,Zenab|plat=Zeynab,Zeinab|tr=Zeynep|fr=Zineb,Zeineb|so=Saynab|ku=Zeyneb|cy=Зайнаб,Зейнаб|az=Zeynəb
amina|f|ar=أمينة|fa=امینه|lat=Amina,Aminah,Ameena|tr=Emine|fr=Amina|so=Aamina|ku=Emîne,Emine|cy=Амина|et=አሚና
hala|f|ar=هالة|lat=Hala,Halah|tr=Hale
rania|f|ar=رانيا|lat=Rania,Ranya,Raniya|tr=Raniya
rasha|f|ar=رشا|lat=Rasha,Racha|tr=Raşa
huda|f|ar=هدى|fa=هدی|lat=Huda,Houda,Hoda|tr=Hüda|fr=Houda|so=Hudo
layla|f|ar=ليلى|fa=لیلا|lat=Layla,Leila,Laila,Leyla|plat=Leila,Leyla|tr=Leyla|fr=Leïla,Leila|cy=Лейла|az=Leyla
salma|f|ar=سلمى|fa=سلمی|lat=Salma,Selma|tr=Selma|fr=Salma
sara|f|ar=سارة|fa=سارا|lat=Sara,Sarah,Saraa|tr=Sare,Sara|fr=Sarah|so=Saara|cy=Сара
hanan|f|ar=حنان|lat=Hanan,Hanane|tr=Hanan|fr=Hanane|so=Xanaan
reem|f|ar=ريم|lat=Reem,Rim,Riem|tr=Rim
nadia|f|ar=نادية|fa=نادیه|lat=Nadia,Nadiya,Nadya|tr=Nadiye|fr=Nadia|so=Naadiya|cy=Надия
samira|f|ar=سميرة|lat=Samira,Sameera,Semira|tr=Semira|fr=Samira|so=Samiira
asma|f|ar=أسماء|lat=Asma,Asmaa,Asmah|tr=Esma|fr=Asmae|so=Asma
doaa|f|ar=دعاء|lat=Doaa,Duaa,Dua,Douaa|tr=Dua|fr=Douae
hiba|f|ar=هبة|lat=Hiba,Heba,Hibah|tr=Hibe|fr=Hiba
yasmin|f|ar=ياسمين|fa=یاسمین|lat=Yasmin,Yasmine,Yasmeen,Jasmin|tr=Yasemin|fr=Yasmine|so=Yasmiin
ruqayya|f|ar=رقية|fa=رقیه|lat=Ruqayya,Ruqaya,Roqaya,Rukia,Ruqia|tr=Rukiye|fr=Rokia|so=Ruqiya
safa|f|ar=صفاء|lat=Safaa,Safa|tr=Safa|fr=Safae
iman|f|ar=إيمان|fa=ایمان|lat=Iman,Eman,Imaan|tr=İman|fr=Imane|so=Iimaan
lubna|f|ar=لبنى|lat=Lubna,Loubna|tr=Lübna|fr=Loubna
shaima|f|ar=شيماء|lat=Shaimaa,Shaima,Shayma|tr=Şeyma|fr=Chaimae,Chaima
ghada|f|ar=غادة|lat=Ghada,Gada|tr=Gade
suad|f|ar=سعاد|lat=Suad,Souad,Soad|tr=Suat|fr=Souad|so=Sucaad
halima|f|ar=حليمة|fa=حلیمه|lat=Halima,Halimah,Haleema|tr=Halime|fr=Halima|so=Xaliimo|cy=Халима
hawa|f|ar=حواء|lat=Hawa,Hawaa,Hauwa|tr=Havva|fr=Hawa|so=Xaawo|cy=Хава|et=ሐዋ
rahma|f|ar=رحمة|lat=Rahma,Rahmah|tr=Rahme|fr=Rahma|so=Raxma
nisreen|f|ar=نسرين|fa=نسرین|lat=Nisreen,Nesreen,Nisrin,Nasrin|plat=Nasrin,Nasreen|slat=Nasreen,Nasrin|tr=Nesrin|fr=Nesrine
malak|f|ar=ملك|lat=Malak,Malaak|tr=Melek
jamila|f|ar=جميلة|fa=جمیله|lat=Jamila,Jameela,Djamila|tr=Cemile|fr=Djamila|so=Jamiila|cy=Джамиля
zahra|f|ar=زهراء|fa=زهرا|lat=Zahra,Zahraa,Zohra|plat=Zahra|tr=Zehra|fr=Zahra,Zohra|so=Sahra,Sahro|cy=Захра
ghizlane|f|ar=غزلان|lat=Ghizlane,Ghizlan|fr=Ghizlane
hajar|f|ar=هاجر|lat=Hajar,Hadjer,Hagar|tr=Hacer|fr=Hajar
siham|f|ar=سهام|lat=Siham,Sihame|tr=Siham|fr=Siham
# ---------------- Kurdish ----------------
rojda|f|sor=ڕۆژدا|ku=Rojda|tr=Rojda|lat=Rojda,Rozhda
berfin|f|sor=بەفرین|ku=Berfîn|tr=Berfin|lat=Berfin,Barfin
dilan|f|sor=دیلان|ku=Dîlan|tr=Dilan|lat=Dilan,Deelan
hevi|f|sor=هیڤی|ku=Hêvî|tr=Hevi|lat=Hevi,Hivi,Heevi
zozan|f|sor=زۆزان|ku=Zozan|tr=Zozan|lat=Zozan
berivan|f|sor=بێریڤان|ku=Bêrîvan|tr=Berivan|lat=Berivan,Beriwan
ruken|f|sor=ڕووکەن|ku=Rûken|tr=Ruken|lat=Ruken,Rooken
jiyan|f|sor=ژیان|ku=Jiyan|tr=Jiyan|lat=Jiyan,Zhiyan,Zhian
nazdar|f|sor=نازدار|ku=Nazdar|tr=Nazdar|lat=Nazdar
shilan|f|sor=شیلان|ku=Şîlan|tr=Şilan|lat=Shilan,Shilane
xezal|f|sor=غەزال|ku=Xezal|tr=Hezal|lat=Khazal,Ghazal,Xezal
welat|m|sor=وڵات|ku=Welat|tr=Velat|lat=Welat,Walat
azad|m|sor=ئازاد|ku=Azad|tr=Azat|lat=Azad,Azaad
sherwan|m|sor=شێروان|ku=Şêrwan|tr=Şervan|lat=Sherwan,Shirwan,Sirwan
rebaz|m|sor=ڕێباز|ku=Rêbaz|tr=Rebaz|lat=Rebaz,Rebwar
kawa|m|sor=کاوە|ku=Kawa|tr=Kava|lat=Kawa,Kaweh
diyar|m|sor=دیار|ku=Diyar|tr=Diyar|lat=Diyar,Dyar
hogir|m|sor=هۆگر|ku=Hogir|tr=Hogir|lat=Hogir,Hoger
baran|m|sor=باران|ku=Baran|tr=Baran|lat=Baran
renas|m|sor=ڕێناس|ku=Rênas|tr=Renas|lat=Renas,Rennas
dilshad|m|sor=دڵشاد|ku=Dilşad|tr=Dilşat|lat=Dilshad,Dilshaad|cy=Дилшад
berxwedan|m|sor=بەرخودان|ku=Berxwedan|tr=Berhudan|lat=Berkhwedan,Berxwedan
xebat|m|sor=خەبات|ku=Xebat|tr=Hebat|lat=Khabat,Khebat
shiyar|m|sor=شیار|ku=Şiyar|tr=Şiyar|lat=Shiyar,Shyar
bawer|m|sor=باوەڕ|ku=Bawer|tr=Baver|lat=Bawer,Bawar
zana|m|sor=زانا|ku=Zana|tr=Zana|lat=Zana
barzani|s|sor=بارزانی|ku=Barzanî|tr=Barzani|lat=Barzani,Barzany
talabani|s|sor=تاڵەبانی|ku=Talebanî|tr=Talabani|lat=Talabani,Talebani
zebari|s|sor=زێباری|ku=Zêbarî|tr=Zebari|lat=Zebari,Zibari
dosky|s|sor=دۆسکی|ku=Doskî|tr=Doski|lat=Dosky,Doski
mizuri|s|sor=مزووری|ku=Mizûrî|tr=Mizuri|lat=Mizuri,Mezori,Mizori
sindi|s|sor=سندی|ku=Sindî|tr=Sindi|lat=Sindi,Sendi
hawrami|s|sor=هەورامی|ku=Hewramî|tr=Hevrami|lat=Hawrami,Hewrami,Hawramy
shexo|s|sor=شێخۆ|ku=Şêxo|tr=Şeyho|lat=Sheikho,Shekho,Sheiko
temo|s|sor=تەمۆ|ku=Temo|tr=Temo|lat=Temo,Tammo,Temmo
# ---------------- Arabic surnames (particle added at render time) ----------------
khatib|s|ar=خطيب|lat=Khatib,Khateeb,Katib|tr=Hatip|fr=Khatib
halabi|s|ar=حلبي|lat=Halabi,Halaby,Halabe|tr=Halebi
masri|s|ar=مصري|lat=Masri,Masry|tr=Mısri
shami|s|ar=شامي|lat=Shami,Shamy|tr=Şami|fr=Chami
obaidi|s|ar=عبيدي|lat=Obaidi,Obeidi,Ubaydi,Ubaidi|tr=Ubeydi
juburi|s|ar=جبوري|lat=Jubouri,Juburi,Jabouri,Jbouri|tr=Cuburi
dulaimi|s|ar=دليمي|lat=Dulaimi,Dulaymi,Duleimi|tr=Duleymi
tamimi|s|ar=تميمي|lat=Tamimi,Tamimy,Temimi|tr=Temimi
saadi|s|ar=ساعدي|lat=Saadi,Saedi,Sa'adi|tr=Saidi
zoubi|s|ar=زعبي|lat=Zoubi,Zubi,Zu'bi,Zoabi|tr=Zubi
samarrai|s|ar=سامرائي|lat=Samarrai,Samaraie,Samarraie|tr=Samarrai
rubaie|s|ar=ربيعي|lat=Rubaie,Rubaei,Rubaiy|tr=Rubai
khafaji|s|ar=خفاجي|lat=Khafaji,Khafagi,Khafadji|tr=Hafaci
anbari|s|ar=أنباري|lat=Anbari,Anbary|tr=Enbari
shammari|s|ar=شمري|lat=Shammari,Shamari,Shamary|tr=Şammari
azzawi|s|ar=عزاوي|lat=Azzawi,Azawi,Azzaoui|tr=Azzavi
bayati|s|ar=بياتي|lat=Bayati,Biati,Bayaty|tr=Beyati
janabi|s|ar=جنابي|lat=Janabi,Jenabi,Jannabi|tr=Cenabi
kubaisi|s|ar=كبيسي|lat=Kubaisi,Kubaysi,Kobaisi|tr=Kubeysi
hamdan|s|ar=حمدان|lat=Hamdan,Hamdane|tr=Hamdan
darwish|s|ar=درويش|lat=Darwish,Darwich,Derwish|tr=Derviş|fr=Darwiche
haddad|s|ar=حداد|lat=Haddad,Hadad|tr=Haddad
najjar|s|ar=نجار|lat=Najjar,Najar,Nadjar|tr=Neccar
sabbagh|s|ar=صباغ|lat=Sabbagh,Sabag,Sabbag|tr=Sabbağ
kurdi|s|ar=كردي|lat=Kurdi,Kordi,Kurdy|tr=Kürdi
hariri|s|ar=حريري|lat=Hariri,Hariry|tr=Hariri
homsi|s|ar=حمصي|lat=Homsi,Humsi,Hemsi|tr=Humsi
jaber|s|ar=جابر|lat=Jaber,Jabir,Jabr|tr=Cabir
saleh|u|ar=صالح|lat=Saleh,Salih,Saaleh|tr=Salih|so=Saalax|cy=Салих
qassab|s|ar=قصاب|lat=Qassab,Kassab,Qasab|tr=Kassab
attar|s|ar=عطار|lat=Attar,Atar,Al Attar|tr=Attar
shaikh|s|ar=شيخ|lat=Sheikh,Shaikh,Shaykh,Sheik|tr=Şeyh|fr=Cheikh
rifai|s|ar=رفاعي|lat=Rifai,Refai,Rifaii|tr=Rufai|fr=Rifaï
bakr|s|ar=بكر|lat=Bakr,Bakir,Bakkar|tr=Bekir
idrissi|s|ar=إدريسي|lat=Idrissi,Idrisi|tr=İdrisi|fr=Idrissi
alaoui|s|ar=علوي|lat=Alaoui,Alawi,Alaui|tr=Alevi|fr=Alaoui
bennani|s|ar=بناني|lat=Bennani,Banani|fr=Bennani
tazi|s|ar=تازي|lat=Tazi,Tazy|fr=Tazi
benjelloun|s|ar=بنجلون|lat=Benjelloun,Ben Jelloun,Benjeloun|tr=Bencellun|fr=Benjelloun,Ben Jelloun
amrani|s|ar=عمراني|lat=Amrani,Omrani|fr=Amrani
ouardi|s|ar=وردي|lat=Wardi,Ouardi|tr=Vardi|fr=Ouardi
berrada|s|ar=برادة|lat=Berrada,Barada|fr=Berrada
fassi|s|ar=فاسي|lat=Fassi,Fasi|fr=Fassi
tahiri|s|ar=طاهري|lat=Tahiri,Taheri|fr=Tahiri
chraibi|s|ar=شرايبي|lat=Chraibi,Shraibi,Chraybi|fr=Chraibi,Chraïbi
bouzid|s|ar=بوزيد|lat=Bouzid,Bou Zid,Bouzide|fr=Bouzid
# ---------------- Persian / Dari / Pashto ----------------
reza|m|fa=رضا|lat=Reza,Riza,Raza|tr=Rıza|cy=Реза
amir|m|fa=امیر|lat=Amir,Ameer|tr=Emir|cy=Амир
javad|m|fa=جواد|lat=Javad,Jawad|tr=Cevat|cy=Джавад
morteza|m|fa=مرتضی|lat=Morteza,Murtaza,Mortaza|tr=Murtaza
mojtaba|m|fa=مجتبی|lat=Mojtaba,Mujtaba|tr=Müctaba
mehran|m|fa=مهران|lat=Mehran,Mahran|tr=Mehran
babak|m|fa=بابک|lat=Babak,Babek|tr=Babek
farhad|m|fa=فرهاد|lat=Farhad,Farhod|tr=Ferhat|cy=Фарход,Фархад
behrouz|m|fa=بهروز|lat=Behrouz,Behruz,Bahrooz|tr=Behruz
dariush|m|fa=داریوش|lat=Dariush,Daryoush,Daryush|tr=Dariuş
kamran|m|fa=کامران|lat=Kamran,Kamron|tr=Kamran|cy=Камран|az=Kamran
arash|m|fa=آرش|lat=Arash|tr=Araş
omid|m|fa=امید|lat=Omid,Omeed,Umid|tr=Ümit|cy=Умид
navid|m|fa=نوید|lat=Navid,Naveed,Nawid|tr=Navit
hadi|m|fa=هادی|lat=Hadi,Hady|tr=Hadi
sajjad|m|fa=سجاد|lat=Sajjad,Sajad|tr=Seccad
gul|u|fa=گل|lat=Gul,Gol,Gull|tr=Gül
zabihullah|m|fa=ذبیح_الله|lat=Zabihullah,Zabiullah,Zabihollah,Zabi Ullah,Zabihulla|tr=Zebihullah
habibullah|m|fa=حبیب_الله|lat=Habibullah,Habibollah,Habib Ullah,Habibulla|tr=Habibullah
rahmatullah|m|fa=رحمت_الله|lat=Rahmatullah,Rahmatollah,Rahmat Ullah|tr=Rahmetullah
samiullah|m|fa=سمیع_الله|lat=Samiullah,Sami Ullah,Samiollah|tr=Semiullah
wahid|m|fa=وحید|lat=Wahid,Vahid,Waheed|tr=Vahit
farid|m|fa=فرید|lat=Farid,Fareed|tr=Ferit|az=Fərid|cy=Фарид
shafiq|m|fa=شفیق|lat=Shafiq,Shafeeq,Shafik|tr=Şefik
jawid|m|fa=جاوید|lat=Jawid,Javed,Javid,Jawed|slat=Javed,Javaid|tr=Cavit
narges|f|fa=نرگس|lat=Narges,Nargis,Nargiz|tr=Nergis|az=Nərgiz|cy=Наргиз
parisa|f|fa=پریسا|lat=Parisa,Perisa|tr=Perisa
shirin|f|fa=شیرین|lat=Shirin,Shireen,Sherin|tr=Şirin|cy=Ширин
mahsa|f|fa=مهسا|lat=Mahsa|tr=Mahsa
soraya|f|fa=ثریا|lat=Soraya,Sorayya,Thuraya|tr=Süreyya
elham|f|fa=الهام|lat=Elham,Ilham|tr=İlham
mina|f|fa=مینا|lat=Mina,Meena|tr=Mina
azadeh|f|fa=آزاده|lat=Azadeh,Azade|tr=Azade
somayeh|f|fa=سمیه|lat=Somayeh,Sumayya,Somaye,Sumaya|tr=Sümeyye
masoumeh|f|fa=معصومه|lat=Masoumeh,Masuma,Masoomeh,Masooma|tr=Masume
mohammadi|s|fa=محمدی|lat=Mohammadi,Muhammadi,Mohamadi|tr=Muhammedi
hosseini|s|fa=حسینی|ar=حسيني|lat=Hosseini,Husseini,Hussaini,Hoseini|tr=Hüseyni
ahmadi|s|fa=احمدی|lat=Ahmadi,Ahmedi|tr=Ahmedi
rezaei|s|fa=رضایی|lat=Rezaei,Rezai,Rezaie,Rezayi|tr=Rızai
jafari|s|fa=جعفری|lat=Jafari,Jaafari,Jafary|tr=Caferi
mousavi|s|fa=موسوی|ar=موسوي|lat=Mousavi,Musavi,Moosavi,Musawi|tr=Musevi
kazemi|s|fa=کاظمی|lat=Kazemi,Kazimi,Kadhimi|tr=Kazımi
hashemi|s|fa=هاشمی|ar=هاشمي|lat=Hashemi,Hashimi,Hachemi|tr=Haşimi
sadeghi|s|fa=صادقی|lat=Sadeghi,Sadeqi,Sadiqi|tr=Sadıki
amiri|s|fa=امیری|lat=Amiri,Emiri|tr=Emiri
karimi|s|fa=کریمی|lat=Karimi,Kerimi|tr=Kerimi
rahimi|s|fa=رحیمی|lat=Rahimi,Raheemi|tr=Rahimi
nazari|s|fa=نظری|lat=Nazari,Nazary|tr=Nazari
azizi|s|fa=عزیزی|lat=Azizi,Azeezi|tr=Azizi
sharifi|s|fa=شریفی|lat=Sharifi,Sharifee|tr=Şerifi
haidari|s|fa=حیدری|lat=Haidari,Heidari,Haydari|tr=Haydari
noori|s|fa=نوری|lat=Noori,Nouri,Nuri|tr=Nuri
hakimi|s|fa=حکیمی|lat=Hakimi,Hakeemi|tr=Hekimi
sultani|s|fa=سلطانی|lat=Sultani,Soltani|tr=Sultani
ahmadzai|s|fa=احمدزی|lat=Ahmadzai,Ahmedzai,Ahmadzay|tr=Ahmedzay
popal|s|fa=پوپل|lat=Popal,Popel|tr=Popal
stanikzai|s|fa=ستانکزی|lat=Stanikzai,Stanekzai,Stanakzai|tr=Stanekzay
wardak|s|fa=وردک|lat=Wardak,Vardak|tr=Vardak
safi|s|fa=صافی|lat=Safi,Safy|tr=Safi
khan|s|ur=خان|lat=Khan,Kahn|tr=Han
# ---------------- Pakistan / Bangladesh ----------------
imran|m|ur=عمران|lat=Imran,Emran|tr=İmran
asif|m|ur=آصف|lat=Asif,Aasif,Asef|tr=Asif
irfan|m|ur=عرفان|lat=Irfan,Erfan|tr=İrfan
zubair|m|ur=زبیر|lat=Zubair,Zubayr,Zobair|tr=Zübeyr
waqas|m|ur=وقاص|lat=Waqas,Waqqas,Wakas|tr=Vakkas
shahid|m|ur=شاہد|lat=Shahid,Shahed|tr=Şahit
tahir|m|ur=طاہر|lat=Tahir,Taher|tr=Tahir
kashif|m|ur=کاشف|lat=Kashif,Kashef|tr=Kaşif
nadeem|m|ur=ندیم|lat=Nadeem,Nadim|tr=Nedim
sana|f|ur=ثناء|lat=Sana,Sanaa|tr=Sena
rabia|f|ur=رابعہ|lat=Rabia,Rabiya,Rabiaa|tr=Rabia
shazia|f|ur=شازیہ|lat=Shazia,Shaziya|tr=Şaziye
bushra|f|ur=بشریٰ|lat=Bushra,Bushraa|tr=Büşra
kiran|f|ur=کرن|lat=Kiran,Kiren|tr=Kiran
saima|f|ur=صائمہ|lat=Saima,Saimah|tr=Saime
butt|s|ur=بٹ|lat=Butt,But|tr=But
malik|s|ur=ملک|lat=Malik,Malick|tr=Melik
chaudhry|s|ur=چوہدری|lat=Chaudhry,Choudhry,Chaudhary,Chowdhury|tr=Çaudri
qureshi|s|ur=قریشی|lat=Qureshi,Qurashi,Kureshi|tr=Kureyşi
siddiqui|s|ur=صدیقی|lat=Siddiqui,Siddiqi,Sidiqui|tr=Sıddıki
awan|s|ur=اعوان|lat=Awan,Awaan|tr=Avan
rajput|s|ur=راجپوت|lat=Rajput,Rajpoot|tr=Racput
shah|s|ur=شاہ|lat=Shah,Shaah|tr=Şah
iqbal|s|ur=اقبال|lat=Iqbal,Ikbal|tr=İkbal
akhtar|s|ur=اختر|lat=Akhtar,Akhter,Akter,Aktar|tr=Ahter
aslam|s|ur=اسلم|lat=Aslam,Asslam|tr=Eslem
rahman|s|ur=رحمان|lat=Rahman,Rehman,Rahaman|tr=Rahman
islam|s|lat=Islam,Eslam|tr=İslam
uddin|s|lat=Uddin,Udin,Uddeen|tr=Uddin
begum|s|lat=Begum,Begom|tr=Begüm
miah|s|lat=Miah,Mia,Mian|tr=Miah
sarkar|s|lat=Sarkar,Sarker,Sircar|tr=Sarkar
sumon|m|lat=Sumon,Shumon|tr=Sumon
rubel|m|lat=Rubel,Rubbel|tr=Rubel
nasima|f|lat=Nasima,Nasimah,Nasema|tr=Nesime
rina|f|lat=Rina,Reena|tr=Rina
# ---------------- Somali ----------------
abdi|m|so=Cabdi|lat=Abdi,Abdy|tr=Abdi
farah|m|so=Faarax|lat=Farah,Farax,Faarah|tr=Farah
warsame|m|so=Warsame|lat=Warsame,Warsamee|tr=Varsame
guled|m|so=Guuleed|lat=Guled,Guleid,Guuled|tr=Guled
jama|m|so=Jaamac|lat=Jama,Jamac,Jaama|tr=Cama
adan|m|so=Aadan|lat=Adan,Aden,Aaden|tr=Adan
shire|m|so=Shire|lat=Shire,Shirre|tr=Şire
elmi|m|so=Cilmi|lat=Elmi,Ilmi|tr=Elmi
hirsi|m|so=Xirsi|lat=Hirsi,Hersi|tr=Hirsi
dahir|m|so=Daahir|lat=Dahir,Daher|tr=Dahir
hodan|f|so=Hodan|lat=Hodan,Hoodan|tr=Hodan
ayaan|f|so=Ayaan|lat=Ayan,Ayaan,Ayana|tr=Ayan
sagal|f|so=Sagal|lat=Sagal,Saggal|tr=Sagal
nimco|f|so=Nimco|lat=Nimo,Nimca,Nimko|tr=Nimo
deeqa|f|so=Deeqa|lat=Deka,Deqa,Deeqa|tr=Deka
ubah|f|so=Ubax|lat=Ubah,Ubax,Ubaha|tr=Ubah
filsan|f|so=Filsan|lat=Filsan|tr=Filsan
idil|f|so=Idil|lat=Idil,Iidil|tr=İdil
hamdi|f|so=Xamdi|lat=Hamdi|tr=Hamdi
awo|f|so=Cawo|lat=Awo,Awa|tr=Avo
samsam|f|so=Samsam|lat=Samsam|tr=Samsam
ifrah|f|so=Ifraax|lat=Ifrah,Ifrax|tr=İfrah
# ---------------- Ethiopian / Eritrean (compounds built in code) ----------------
abebe|m|et=አበበ|lat=Abebe,Abbebe|tr=Abebe
kebede|m|et=ከበደ|lat=Kebede,Kebbede|tr=Kebede
tesfaye|m|et=ተስፋዬ,ተስፋይ|lat=Tesfaye,Tesfay,Tesfai,Tesfaie|tr=Tesfaye
haile|m|et=ኃይሌ,ሀይሌ|lat=Haile,Hayle,Hailé|tr=Hayle
alemayehu|m|et=አለማየሁ|lat=Alemayehu,Alemayhu,Alemayehou|tr=Alemayehu
mulugeta|m|et=ሙሉጌታ|lat=Mulugeta,Mulegeta|tr=Mulugeta
yohannes|m|et=ዮሐንስ,ዮሃንስ|lat=Yohannes,Yohanes,Yohannis,Johannes|tr=Yohannes
dawit|m|et=ዳዊት|lat=Dawit,Dawet|tr=Davit
tadesse|m|et=ታደሰ|lat=Tadesse,Tadese,Taddese|tr=Tadese
girma|m|et=ግርማ|lat=Girma,Germa|tr=Girma
bekele|m|et=በቀለ|lat=Bekele,Bekelle|tr=Bekele
getachew|m|et=ጌታቸው|lat=Getachew,Getachewu,Getacho|tr=Getaçev
asfaw|m|et=አስፋው|lat=Asfaw,Asfau|tr=Asfav
worku|m|et=ወርቁ|lat=Worku,Werku,Workou|tr=Vorku
negash|m|et=ነጋሽ|lat=Negash,Negasi|tr=Negaş
yonas|m|et=ዮናስ|lat=Yonas,Yonus|tr=Yonas
mekonnen|m|et=መኮንን|lat=Mekonnen,Mekonen,Makonnen|tr=Mekonen
kedir|m|et=ከድር|lat=Kedir,Kadir,Kedire|tr=Kedir
berhe|m|et=በርሀ|lat=Berhe,Berihe,Birhe|tr=Berhe
kidane|m|et=ኪዳነ|lat=Kidane,Kidana|tr=Kidane
yemane|m|et=የማነ|lat=Yemane,Yemaneh|tr=Yemane
filmon|m|et=ፊልሞን|lat=Filmon,Filimon|tr=Filmon
mehari|m|et=መሓሪ|lat=Mehari,Mihari|tr=Mehari
tekle|m|et=ተክሌ|lat=Tekle,Tecle|tr=Tekle
tigist|f|et=ትዕግሥት,ትግስት|lat=Tigist,Tigest,Tegist|tr=Tigist
meron|f|et=ሜሮን|lat=Meron,Meroni|tr=Meron
selamawit|f|et=ሰላማዊት|lat=Selamawit,Salamawit,Selamawite|tr=Selamavit
helen|f|et=ሄለን|lat=Helen,Hellen,Helena|tr=Helen
tsehay|f|et=ፀሐይ,ጸሃይ|lat=Tsehay,Tsehaye,Tsahay,Tsehai|tr=Tsehay
mekdes|f|et=መቅደስ|lat=Mekdes,Meqdes,Mekdess|tr=Mekdes
hiwot|f|et=ሕይወት,ህይወት|lat=Hiwot,Hiwet,Heywot|tr=Hivot
almaz|f|et=አልማዝ|lat=Almaz,Almas|tr=Almaz|cy=Алмаз
genet|f|et=ገነት|lat=Genet,Gennet,Ganet|tr=Genet
birtukan|f|et=ብርቱካን|lat=Birtukan,Bertukan|tr=Birtukan
aster|f|et=አስቴር|lat=Aster,Astier|tr=Aster
eden|f|et=ኤደን|lat=Eden,Edan|tr=Eden
saba|f|et=ሳባ|lat=Saba,Sabaa|tr=Saba
yordanos|f|et=ዮርዳኖስ|lat=Yordanos,Yordanose|tr=Yordanos
mahlet|f|et=ማህሌት|lat=Mahlet,Mahilet|tr=Mahlet
rahel|f|et=ራሔል|lat=Rahel,Rahiel,Rachel|tr=Rahel
ruth|f|et=ሩት|lat=Ruth,Rut|tr=Rut
senait|f|et=ሰናይት|lat=Senait,Sinait,Senayt|tr=Senayt
luwam|f|et=ሉዋም|lat=Luwam,Lwam|tr=Luvam
semhar|f|et=ሰምሃር|lat=Semhar,Semehar|tr=Semhar
# ---------------- Nigeria ----------------
chinedu|m|lat=Chinedu,Chinedum|tr=Çinedu
emeka|m|lat=Emeka,Chukwuemeka|tr=Emeka
oluwaseun|u|lat=Oluwaseun,Oluseun|dim=Seun|tr=Oluvaseun
samuel|m|lat=Samuel,Samual|tr=Samuel
emmanuel|m|lat=Emmanuel,Emanuel,Emmanual|tr=Emanuel|dim=Emma
daniel|m|lat=Daniel,Danial|tr=Daniel
john|m|lat=John,Jhon|tr=Con,John
peter|m|lat=Peter,Petter|tr=Peter
godwin|m|lat=Godwin,Goodwin|tr=Godvin
tunde|m|lat=Tunde,Babatunde|tr=Tunde
segun|m|lat=Segun,Olusegun|tr=Segun
ifeanyi|m|lat=Ifeanyi,Ifeanyichukwu|tr=İfeanyi
uchenna|u|lat=Uchenna,Uche|tr=Uçenna
eghosa|u|lat=Eghosa,Egosa|tr=Egosa
osas|f|lat=Osas,Osasu|tr=Osas
efe|u|lat=Efe|tr=Efe
blessing|f|lat=Blessing,Blesing|tr=Blesing
favour|f|lat=Favour,Favor|tr=Feyvır,Favour
precious|f|lat=Precious,Presious|tr=Preşıs,Precious
joy|f|lat=Joy,Joi|tr=Coy,Joy
esther|f|lat=Esther,Ester|tr=Ester
grace|f|lat=Grace,Gracy|tr=Greys,Grace
mercy|f|lat=Mercy,Mercie|tr=Mersi,Mercy
gift|u|lat=Gift|tr=Gift
princess|f|lat=Princess,Princes|tr=Prenses,Princess
chioma|f|lat=Chioma,Chiomah|tr=Çioma
ngozi|f|lat=Ngozi,Ngozy|tr=Ngozi
adaeze|f|lat=Adaeze,Ada Eze|tr=Adaeze
funmilayo|f|lat=Funmilayo,Folunmilayo|dim=Funmi|tr=Funmilayo
mary|f|lat=Mary,Marry|tr=Meri,Mary
okafor|s|lat=Okafor,Okafo|tr=Okafor
okonkwo|s|lat=Okonkwo,Okonko|tr=Okonkvo
adeyemi|s|lat=Adeyemi,Adeyeme,Adéyẹmí|tr=Adeyemi
obi|s|lat=Obi|tr=Obi
eze|s|lat=Eze|tr=Eze
nwachukwu|s|lat=Nwachukwu,Nwachuku|tr=Nvaçukvu
ogunleye|s|lat=Ogunleye,Ogunleyi|tr=Ogunleye
adebayo|s|lat=Adebayo,Adébáyọ̀|tr=Adebayo
bello|s|lat=Bello,Belo|tr=Bello
okeke|s|lat=Okeke|tr=Okeke
olawale|s|lat=Olawale,Ọláwálé|tr=Olavale
edet|s|lat=Edet|tr=Edet
osagie|s|lat=Osagie,Osagye|tr=Osagie
igbinedion|s|lat=Igbinedion,Igbinidion|tr=İgbinedion
osaghae|s|lat=Osaghae,Osagae|tr=Osagae
omoregie|s|lat=Omoregie,Omoregbe|tr=Omoregie
aigbe|s|lat=Aigbe,Aighbe|tr=Aigbe
# ---------------- Philippines ----------------
jose|m|lat=Jose,José|tr=Hose,Jose
juan|m|lat=Juan|tr=Huan,Juan
mark|m|lat=Mark,Marc|tr=Mark
ronaldo|m|lat=Ronaldo,Ronald|tr=Ronaldo
michael|m|lat=Michael,Micheal,Mikael|tr=Maykıl,Michael
jerome|m|lat=Jerome,Jerom|tr=Jerome
christian|m|lat=Christian,Cristian|tr=Kristiyan
rodel|m|lat=Rodel|tr=Rodel
arnel|m|lat=Arnel,Arnell|tr=Arnel
jun|m|lat=Jun,Junior|tr=Jun
maria|f|lat=Maria,Mariya|cy=Мария|uk=Марія|ro=Maria|tr=Maria|abbr=Ma.
cristina|f|lat=Cristina,Christina,Kristina|cy=Кристина|ro=Cristina|tr=Kristina
jennifer|f|lat=Jennifer,Jenifer|tr=Cenifer
maricel|f|lat=Maricel,Marisel|tr=Marisel
rowena|f|lat=Rowena,Rowina|tr=Rovena
lorna|f|lat=Lorna|tr=Lorna
rosalie|f|lat=Rosalie,Rosaly|tr=Rozali
marilou|f|lat=Marilou,Mary Lou|tr=Marilu
analyn|f|lat=Analyn,Ana Lyn,Annalyn|tr=Analin
jocelyn|f|lat=Jocelyn,Joselyn|tr=Joselin
rhea|f|lat=Rhea,Rea|tr=Rea
divina|f|lat=Divina|tr=Divina
lovely|f|lat=Lovely,Lovelie|tr=Lavli
mylene|f|lat=Mylene,Mylen|tr=Milen
santos|s|lat=Santos|tr=Santos
reyes|s|lat=Reyes,Reys|tr=Reyes
cruz|s|lat=Cruz,Crus|tr=Kruz
garcia|s|lat=Garcia,García|tr=Garsia
mendoza|s|lat=Mendoza|tr=Mendoza
bautista|s|lat=Bautista,Baptista|tr=Bautista
villanueva|s|lat=Villanueva,Villa Nueva,Vilanueva|tr=Villanueva
ramos|s|lat=Ramos|tr=Ramos
aquino|s|lat=Aquino|tr=Akino
castillo|s|lat=Castillo,Castilo|tr=Kastillo
rivera|s|lat=Rivera,Ribera|tr=Rivera
flores|s|lat=Flores|tr=Flores
gonzales|s|lat=Gonzales,Gonzalez|tr=Gonzales
tolentino|s|lat=Tolentino|tr=Tolentino
leon|s|lat=Leon,León|tr=Leon
rosario|s|lat=Rosario|tr=Rosario
pena|s|lat=Peña,Pena,Penia|tr=Penya
# ---------------- Indonesia ----------------
sri|f|lat=Sri,Seri|tr=Sri
siti|f|lat=Siti,Sitti|tr=Siti
wahyuni|f|lat=Wahyuni,Wahyuny|old=Wahjuni|tr=Vahyuni
suparmi|f|lat=Suparmi|old=Soeparmi|tr=Suparmi
nurhayati|f|lat=Nurhayati,Nur Hayati|old=Noerhajati|tr=Nurhayati
dewi|f|lat=Dewi,Dewy|tr=Devi
lestari|f|lat=Lestari|tr=Lestari
rahayu|f|lat=Rahayu|old=Rahajoe|tr=Rahayu
kartini|f|lat=Kartini|tr=Kartini
yuliana|f|lat=Yuliana,Juliana|old=Julijana|tr=Yuliana
ratna|f|lat=Ratna|tr=Ratna
wati|f|lat=Wati|tr=Vati
yanti|f|lat=Yanti|old=Janti|tr=Yanti
purwanti|f|lat=Purwanti|old=Poerwanti|tr=Purvanti
susanti|f|lat=Susanti|old=Soesanti|tr=Susanti
agus|m|lat=Agus|old=Agoes|tr=Agus
budi|m|lat=Budi|old=Boedi|tr=Budi
slamet|m|lat=Slamet,Selamet|tr=Slamet
joko|m|lat=Joko|old=Djoko|tr=Coko
hendra|m|lat=Hendra|tr=Hendra
suharto|m|lat=Suharto|old=Soeharto|tr=Suharto
bambang|m|lat=Bambang|tr=Bambang
sutrisno|m|lat=Sutrisno|old=Soetrisno|tr=Sutrisno
setiawan|s|lat=Setiawan,Setyawan|old=Setiawan|tr=Setiavan
wijaya|s|lat=Wijaya|old=Widjaja|tr=Vicaya
santoso|s|lat=Santoso,Santosa|old=Santoso|tr=Santoso
hidayat|s|lat=Hidayat|old=Hidajat|tr=Hidayat
kurniawan|s|lat=Kurniawan|old=Koerniawan|tr=Kurniavan
# ---------------- Türkiye ----------------
mehmet|m|lat=Mehmet|tr=Mehmet
murat|m|lat=Murat|tr=Murat
emre|m|lat=Emre|tr=Emre
burak|m|lat=Burak|tr=Burak
serkan|m|lat=Serkan|tr=Serkan
ramazan|m|lat=Ramazan|tr=Ramazan
recep|m|lat=Recep|tr=Recep
elif|f|lat=Elif|tr=Elif
merve|f|lat=Merve|tr=Merve
ozlem|f|lat=Özlem|tr=Özlem
esra|f|lat=Esra|tr=Esra
songul|f|lat=Songül|tr=Songül
sevgi|f|lat=Sevgi|tr=Sevgi
derya|f|lat=Derya|tr=Derya
sultan|f|lat=Sultan|tr=Sultan
ebru|f|lat=Ebru|tr=Ebru
gulsum|f|lat=Gülsüm|tr=Gülsüm
yilmaz|s|lat=Yılmaz|tr=Yılmaz
kaya|s|lat=Kaya|tr=Kaya
demir|s|lat=Demir|tr=Demir
sahin|s|lat=Şahin|tr=Şahin
celik|s|lat=Çelik|tr=Çelik
yildiz|s|lat=Yıldız|tr=Yıldız
yildirim|s|lat=Yıldırım|tr=Yıldırım
ozturk|s|lat=Öztürk|tr=Öztürk
aydin|s|lat=Aydın|tr=Aydın
ozdemir|s|lat=Özdemir|tr=Özdemir
arslan|s|lat=Arslan,Aslan|tr=Arslan
dogan|s|lat=Doğan|tr=Doğan
kilic|s|lat=Kılıç|tr=Kılıç
cetin|s|lat=Çetin|tr=Çetin
kara|s|lat=Kara|tr=Kara
koc|s|lat=Koç|tr=Koç
kurt|s|lat=Kurt|tr=Kurt
ozkan|s|lat=Özkan|tr=Özkan
simsek|s|lat=Şimşek|tr=Şimşek
polat|s|lat=Polat|tr=Polat
erdogan|s|lat=Erdoğan|tr=Erdoğan
gunes|s|lat=Güneş|tr=Güneş
acar|s|lat=Acar|tr=Acar
tekin|s|lat=Tekin|tr=Tekin
bulut|s|lat=Bulut|tr=Bulut
# ---------------- Central Asia (Cyrillic base; Latin derived) ----------------
rustam|m|cy=Рустам|az=Rüstəm|fa=رستم
dilshod|m|cy=Дилшод
sardor|m|cy=Сардор
bekzod|m|cy=Бекзод
jasur|m|cy=Жасур
otabek|m|cy=Отабек
sherzod|m|cy=Шерзод
akmal|m|cy=Акмал
bobur|m|cy=Бобур
shukhrat|m|cy=Шухрат
ulugbek|m|cy=Улугбек,Улуғбек
farrukh|m|cy=Фаррух
timur|m|cy=Тимур
nodir|m|cy=Нодир
alisher|m|cy=Алишер
jamshid|m|cy=Жамшид,Джамшид
sanjar|m|cy=Санжар,Санджар
azamat|m|cy=Азамат
firdavs|m|cy=Фирдавс
bahrom|m|cy=Бахром
davlat|m|cy=Давлат
dowlet|m|cy=Довлет
merdan|m|cy=Мердан
serdar|m|cy=Сердар
begench|m|cy=Бегенч
batyr|m|cy=Батыр
myrat|m|cy=Мырат
atajan|m|cy=Атаджан
gurban|m|cy=Гурбан
aibek|m|cy=Айбек
nurlan|m|cy=Нурлан
bakyt|m|cy=Бакыт
erlan|m|cy=Эрлан,Ерлан
ulan|m|cy=Улан
kanybek|m|cy=Каныбек
adilet|m|cy=Адилет
nursultan|m|cy=Нурсултан
daniyar|m|cy=Данияр
askar|m|cy=Аскар
arman|m|cy=Арман
yerzhan|m|cy=Ержан
shahnoza|f|cy=Шахноза
dilnoza|f|cy=Дилноза
gulnora|f|cy=Гулнора,Гульнара
nilufar|f|cy=Нилуфар,Нилуфер
mohira|f|cy=Мохира
zarina|f|cy=Зарина
madina|f|cy=Мадина|ar=مدينة
feruza|f|cy=Феруза,Фируза
kamola|f|cy=Камола
malika|f|cy=Малика|ar=مليكة
nigora|f|cy=Нигора
gulchehra|f|cy=Гулчехра
dildora|f|cy=Дилдора
sevara|f|cy=Севара
maral|f|cy=Марал
ayna|f|cy=Айна
jennet|f|cy=Дженнет,Женнет
aysoltan|f|cy=Айсолтан
gulshat|f|cy=Гульшат
enejan|f|cy=Энеджан
selbi|f|cy=Селби
aigerim|f|cy=Айгерим
cholpon|f|cy=Чолпон
aizhan|f|cy=Айжан
nurgul|f|cy=Нургуль
asel|f|cy=Асель
dinara|f|cy=Динара
jyldyz|f|cy=Жылдыз
aida|f|cy=Аида
nazira|f|cy=Назира
aruzhan|f|cy=Аружан
dana|f|cy=Дана
saule|f|cy=Сауле
karimov|s|cy=Каримов
rakhimov|s|cy=Рахимов
yusupov|s|cy=Юсупов
abdullayev|s|cy=Абдуллаев
ismoilov|s|cy=Исмоилов,Исмаилов
aliyev|s|cy=Алиев|az=Əliyev
khodjayev|s|cy=Ходжаев,Хожаев
nazarov|s|cy=Назаров
sultanov|s|cy=Султанов
tursunov|s|cy=Турсунов
ergashev|s|cy=Эргашев
usmonov|s|cy=Усмонов,Османов
saidov|s|cy=Саидов
umarov|s|cy=Умаров
akhmedov|s|cy=Ахмедов
mirzayev|s|cy=Мирзаев
kasymov|s|cy=Касымов
rashidov|s|cy=Рашидов
sobirov|s|cy=Собиров
sadykov|s|cy=Садыков
asanov|s|cy=Асанов
zhumabekov|s|cy=Жумабеков
omurbekov|s|cy=Омурбеков
toktogulov|s|cy=Токтогулов
abdyrakhmanov|s|cy=Абдырахманов
mamatov|s|cy=Маматов
akhmetov|s|cy=Ахметов
serikbayev|s|cy=Серикбаев
nurlanov|s|cy=Нурланов
iskakov|s|cy=Искаков
sharipov|s|cy=Шарипов
davlatov|s|cy=Давлатов
rahmonov|s|cy=Рахмонов
annayev|s|cy=Аннаев
berdiyev|s|cy=Бердыев
orazov|s|cy=Оразов
atayev|s|cy=Атаев
gurbanov|s|cy=Гурбанов
nurmuradov|s|cy=Нурмурадов
ovezov|s|cy=Овезов
durdyyev|s|cy=Дурдыев
amanov|s|cy=Аманов
karimzoda|s|cy=Каримзода
rahimzoda|s|cy=Рахимзода
nazarzoda|s|cy=Назарзода
saidzoda|s|cy=Саидзода
sharifzoda|s|cy=Шарифзода
davlatzoda|s|cy=Давлатзода
rahmonzoda|s|cy=Рахмонзода
# ---------------- Azerbaijan ----------------
elvin|m|az=Elvin|cy=Эльвин
rashad|m|az=Rəşad|cy=Рашад
orkhan|m|az=Orxan|cy=Орхан
tural|m|az=Tural|cy=Турал
elnur|m|az=Elnur|cy=Эльнур
ramil|m|az=Ramil|cy=Рамиль
vugar|m|az=Vüqar|cy=Вугар
ilham|m|az=İlham|cy=Ильхам
anar|m|az=Anar|cy=Анар
aysel|f|az=Aysel|cy=Айсель
gunay|f|az=Günay|cy=Гюнай
sevinj|f|az=Sevinc|cy=Севиндж
aynur|f|az=Aynur|cy=Айнур
konul|f|az=Könül|cy=Кёнуль
ulviyya|f|az=Ülviyyə|cy=Ульвия
aygun|f|az=Aygün|cy=Айгюн
fidan|f|az=Fidan|cy=Фидан
nigar|f|az=Nigar|cy=Нигяр
mammadov|s|az=Məmmədov|cy=Мамедов,Маммадов
hasanov|s|az=Həsənov|cy=Гасанов,Хасанов
huseynov|s|az=Hüseynov|cy=Гусейнов
guliyev|s|az=Quliyev|cy=Кулиев
ismayilov|s|az=İsmayılov|cy=Исмайлов
abbasov|s|az=Abbasov|cy=Аббасов
babayev|s|az=Babayev|cy=Бабаев
jafarov|s|az=Cəfərov|cy=Джафаров
rzayev|s|az=Rzayev|cy=Рзаев
valiyev|s|az=Vəliyev|cy=Велиев
najafov|s|az=Nəcəfov|cy=Наджафов
suleymanov|s|az=Süleymanov|cy=Сулейманов
# ---------------- Georgia ----------------
giorgi|m|ka=გიორგი
davit|m|ka=დავით
levan|m|ka=ლევან
irakli|m|ka=ირაკლი
lasha|m|ka=ლაშა
zurab|m|ka=ზურაბ
giga|m|ka=გიგა
nikoloz|m|ka=ნიკოლოზ
luka|m|ka=ლუკა
aleksandre|m|ka=ალექსანდრე
tornike|m|ka=თორნიკე
nino|f|ka=ნინო
tamar|f|ka=თამარ
ana|f|ka=ანა
nana|f|ka=ნანა
ketevan|f|ka=ქეთევან|dim=Keti,Ketino
eka|f|ka=ეკა
tamta|f|ka=თამთა
natia|f|ka=ნათია
maia|f|ka=მაია
salome|f|ka=სალომე
sopho|f|ka=სოფო
manana|f|ka=მანანა
teona|f|ka=თეონა
beridze|s|ka=ბერიძე
kapanadze|s|ka=კაპანაძე
gelashvili|s|ka=გელაშვილი
maisuradze|s|ka=მაისურაძე
giorgadze|s|ka=გიორგაძე
lomidze|s|ka=ლომიძე
tsiklauri|s|ka=წიკლაური
bolkvadze|s|ka=ბოლქვაძე
nozadze|s|ka=ნოზაძე
khutsishvili|s|ka=ხუციშვილი
chkheidze|s|ka=ჩხეიძე
tsereteli|s|ka=წერეთელი
kvaratskhelia|s|ka=კვარაცხელია
japaridze|s|ka=ჯაფარიძე
abashidze|s|ka=აბაშიძე
dolidze|s|ka=დოლიძე
javakhishvili|s|ka=ჯავახიშვილი
mchedlishvili|s|ka=მჭედლიშვილი
# ---------------- Russia / Ukraine / Moldova ----------------
aleksandr|m|cy=Александр|uk=Олександр|ro=Alexandru|dim=Sasha,Sanya
sergey|m|cy=Сергей|uk=Сергій|ro=Serghei|dim=Seryozha
dmitry|m|cy=Дмитрий|uk=Дмитро|dim=Dima
andrey|m|cy=Андрей|uk=Андрій|ro=Andrei|dim=Andryusha
alexey|m|cy=Алексей|uk=Олексій|dim=Lyosha
vladimir|m|cy=Владимир|uk=Володимир|dim=Volodya,Vova
ivan|m|cy=Иван|uk=Іван|ro=Ion|dim=Vanya
nikolay|m|cy=Николай|uk=Микола|ro=Nicolae|dim=Kolya
mikhail|m|cy=Михаил|uk=Михайло|dim=Misha
yuri|m|cy=Юрий|uk=Юрій|dim=Yura
oleg|m|cy=Олег|uk=Олег
igor|m|cy=Игорь|uk=Ігор|ro=Igor
viktor|m|cy=Виктор|uk=Віктор|ro=Victor
maxim|m|cy=Максим|uk=Максим|ro=Maxim
denis|m|cy=Денис|uk=Денис|ro=Denis
artem|m|cy=Артём,Артем|uk=Артем
roman|m|cy=Роман|uk=Роман|ro=Roman
pavel|m|cy=Павел|uk=Павло|ro=Pavel
evgeny|m|cy=Евгений|uk=Євген|ro=Evghenii|dim=Zhenya
vitaly|m|cy=Виталий|uk=Віталій|ro=Vitalie
ruslan|m|cy=Руслан|uk=Руслан|ro=Ruslan
bohdan|m|cy=Богдан|uk=Богдан|ro=Bogdan
taras|m|cy=Тарас|uk=Тарас
dumitru|m|cy=Думитру|ro=Dumitru
vasile|m|cy=Василе|ro=Vasile
gheorghe|m|cy=Георге|ro=Gheorghe
mihai|m|cy=Михай|ro=Mihai
natalia|f|cy=Наталья,Наталия|uk=Наталія|ro=Natalia|dim=Natasha
olga|f|cy=Ольга|uk=Ольга|ro=Olga|dim=Olya
elena|f|cy=Елена|uk=Олена|ro=Elena|dim=Lena
tatiana|f|cy=Татьяна|uk=Тетяна|ro=Tatiana|dim=Tanya
irina|f|cy=Ирина|uk=Ірина|ro=Irina|dim=Ira
svetlana|f|cy=Светлана|uk=Світлана|ro=Svetlana|dim=Sveta
anna|f|cy=Анна|uk=Ганна,Анна|ro=Ana|lat=Anna,Ana|dim=Anya
yulia|f|cy=Юлия|uk=Юлія|ro=Iulia
ekaterina|f|cy=Екатерина|uk=Катерина|ro=Ecaterina|dim=Katya
oksana|f|cy=Оксана|uk=Оксана|ro=Oxana
viktoria|f|cy=Виктория|uk=Вікторія|ro=Victoria|dim=Vika
alina|f|cy=Алина|uk=Аліна|ro=Alina
galina|f|cy=Галина|uk=Галина|ro=Galina|dim=Galya
lyudmila|f|cy=Людмила|uk=Людмила|ro=Ludmila|dim=Lyuda
valentina|f|cy=Валентина|uk=Валентина|ro=Valentina|dim=Valya
larisa|f|cy=Лариса|uk=Лариса|ro=Larisa
marina|f|cy=Марина|uk=Марина|ro=Marina
anastasia|f|cy=Анастасия|uk=Анастасія|ro=Anastasia|dim=Nastya
daria|f|cy=Дарья|uk=Дарія|ro=Daria|dim=Dasha
nadezhda|f|cy=Надежда|uk=Надія|ro=Nadejda|dim=Nadya
liliya|f|cy=Лилия|uk=Лілія|ro=Lilia
aliona|f|cy=Алёна|ro=Aliona
doina|f|cy=Дойна|ro=Doina
veronica|f|cy=Вероника|ro=Veronica
ivanov|s|cy=Иванов
petrov|s|cy=Петров
smirnov|s|cy=Смирнов
kuznetsov|s|cy=Кузнецов
popov|s|cy=Попов
sokolov|s|cy=Соколов
volkov|s|cy=Волков
morozov|s|cy=Морозов
novikov|s|cy=Новиков
fedorov|s|cy=Фёдоров,Федоров
kozlov|s|cy=Козлов
pavlov|s|cy=Павлов
kovalevsky|s|cy=Ковалевский
lebedev|s|cy=Лебедев
egorov|s|cy=Егоров
nikolaev|s|cy=Николаев
shevchenko|s|cy=Шевченко|uk=Шевченко
kovalenko|s|cy=Коваленко|uk=Коваленко
bondarenko|s|cy=Бондаренко|uk=Бондаренко
tkachenko|s|cy=Ткаченко|uk=Ткаченко
kravchenko|s|cy=Кравченко|uk=Кравченко
melnyk|s|cy=Мельник|uk=Мельник
boyko|s|cy=Бойко|uk=Бойко
kovalchuk|s|cy=Ковальчук|uk=Ковальчук
polishchuk|s|cy=Полищук|uk=Поліщук
savchenko|s|cy=Савченко|uk=Савченко
lysenko|s|cy=Лысенко|uk=Лисенко
moroz|s|cy=Мороз|uk=Мороз
rudenko|s|cy=Руденко|uk=Руденко
marchenko|s|cy=Марченко|uk=Марченко
petrenko|s|cy=Петренко|uk=Петренко
rusu|s|cy=Русу|ro=Rusu
ciobanu|s|cy=Чобану|ro=Ciobanu
munteanu|s|cy=Мунтяну|ro=Munteanu
lungu|s|cy=Лунгу|ro=Lungu
cebotari|s|cy=Чеботарь|ro=Cebotari
ceban|s|cy=Чебан|ro=Ceban
turcanu|s|cy=Цуркану|ro=Țurcanu
rotari|s|cy=Ротарь|ro=Rotari
sandu|s|cy=Санду|ro=Sandu
popa|s|cy=Попа|ro=Popa
botnari|s|cy=Ботнарь|ro=Botnari
cojocaru|s|cy=Кожокару|ro=Cojocaru
gutu|s|cy=Гуцу|ro=Guțu
"""

# Ethiopian / Eritrean theophoric compounds: prefix + second element.
ETH_PREFIX = {
    'gebre': ('ገብረ', ['Gebre', 'Gebre', 'Gabre', 'Gebra'], 'G', 'Ghebre'),
    'wolde': ('ወልደ', ['Wolde', 'Welde', 'Wolda'], 'W', 'Uolde'),
    'haile': ('ኃይለ', ['Haile', 'Hayle'], 'H', 'Haile'),
    'tekle': ('ተክለ', ['Tekle', 'Tekla'], 'T', 'Tecle'),
    'habte': ('ሀብተ', ['Habte', 'Habta'], 'H', 'Habte'),
}
ETH_SECOND = {
    'medhin': ('መድኅን', ['Medhin', 'Medhen', 'Medihin']),
    'mariam': ('ማርያም', ['Mariam', 'Maryam', 'Mariyam']),
    'yesus': ('ኢየሱስ', ['Yesus', 'Iyesus', 'Eyesus']),
    'hiwot': ('ሕይወት', ['Hiwot', 'Hiwet']),
    'egziabher': ('እግዚአብሔር', ['Egziabher', 'Egziabiher', 'Egzabher']),
    'kidan': ('ኪዳን', ['Kidan', 'Kidane']),
    'michael': ('ሚካኤል', ['Michael', 'Mikael', 'Mikail']),
    'giorgis': ('ጊዮርጊስ', ['Giorgis', 'Giyorgis', 'Georgis']),
    'selassie': ('ሥላሴ', ['Selassie', 'Sellassie', 'Silassie']),
    'haimanot': ('ሃይማኖት', ['Haimanot', 'Haymanot']),
}
ETH_COMPOUNDS = [('gebre', 'medhin'), ('gebre', 'mariam'), ('gebre', 'yesus'),
                 ('gebre', 'hiwot'), ('gebre', 'egziabher'), ('gebre', 'kidan'),
                 ('wolde', 'michael'), ('wolde', 'giorgis'), ('wolde', 'mariam'),
                 ('haile', 'mariam'), ('haile', 'selassie'), ('haile', 'michael'),
                 ('tekle', 'haimanot'), ('tekle', 'mariam'), ('habte', 'mariam'),
                 ('habte', 'giorgis')]

# Tajik surname reform (-ov -> -zoda)
ZODA = {'karimov': 'karimzoda', 'rakhimov': 'rahimzoda', 'nazarov': 'nazarzoda',
        'saidov': 'saidzoda', 'sharipov': 'sharifzoda', 'davlatov': 'davlatzoda',
        'rahmonov': 'rahmonzoda'}

# Name pools per naming culture: ids in rough frequency order (Zipf by rank).
# Surname tokens may carry a particle:  al:halabi  el:idrissi  ben:ali  dela:cruz
POOLS = {
 'arab_syr': {
  'm': "muhammad ahmad ali hassan mahmoud mustafa omar khalid ibrahim hussein yusuf abdullah abdulrahman khalil abdulkarim abdulaziz said jamal karim walid bilal hamza yasin anas fadi samir nabil rami firas ammar osman hamid majid salah mansour nasser qasim abbas mahdi younes ismail suleiman musa issa yahya zakaria idris rashid faisal adnan hisham marwan ziad ayoub imad ghassan abdulkadir bashir kamal aziz amin",
  'f': "fatima aisha maryam khadija zainab amina hala rania rasha huda layla salma sara hanan reem nadia samira asma doaa hiba yasmin ruqayya safa iman lubna shaima ghada suad halima rahma nisreen malak jamila zahra nour hawa hajar",
  's': "ahmad al:halabi al:khatib hassan ali al:ahmad al:shami al:masri hamdan darwish haddad al:najjar al:sabbagh al:kurdi al:hariri al:homsi al:zoubi al:rifai jaber saleh al:attar al:shaikh bakr al:hassan mustafa ibrahim khalil osman al:hussein al:ali al:omar al:issa al:mahmoud al:qassab al:hamid al:khalil al:saleh mahmoud abdullah al:yusuf",
 },
 'arab_irq': {
  'm': "muhammad ali ahmad hussein hassan abbas mustafa omar khalid haidar abdullah ibrahim mahmoud qasim jasim yusuf karim said hamid majid mahdi abdulrahman abdulkarim abdulaziz salah mansour nasser walid tariq ammar bilal hamza yasin anas ziad marwan faisal imad ismail musa issa zakaria idris rashid adnan hisham younes",
  'f': "fatima zainab maryam zahra aisha khadija huda iman layla sara hanan reem nadia samira asma doaa hiba rasha ruqayya safa shaima ghada suad rahma nisreen malak jamila nour hala amina",
  's': "al:juburi al:dulaimi al:tamimi al:saadi al:obaidi al:samarrai al:rubaie al:khafaji al:anbari al:shammari al:azzawi al:bayati al:janabi al:kubaisi al:hashemi al:mousavi al:hosseini ali hassan hussein abbas",
 },
 'mar': {
  'm': "muhammad ahmad yusuf omar ali hassan abdullah said rashid khalid hamza ayoub yasin ismail mustafa ibrahim idris karim abdulaziz anas adnan hisham nabil samir tariq jamal mahdi zakaria walid sufyan amin abdulrahman younes abdulkadir",
  'f': "fatima khadija aisha zainab maryam amina nadia samira hanan iman asma salma hiba layla rahma malak sara yasmin safa lubna huda ghizlane shaima hajar siham zahra jamila halima",
  's': "el:idrissi el:alaoui bennani el:tazi ben:ali benjelloun el:amrani el:ouardi el:khatib berrada el:fassi tahiri chraibi bouzid ben:said ben:musa el:hassan hamdan el:haddad",
 },
 'kurd': {
  'm': "muhammad ahmad ali hassan azad welat sherwan ibrahim hussein rebaz kawa diyar khalil hogir omar baran mustafa renas dilshad berxwedan osman xebat shiyar bawer zana qasim mahmoud abdullah yusuf",
  'f': "fatima rojda berfin dilan aisha hevi zozan berivan zainab ruken jiyan amina nazdar shilan khadija xezal layla hawa nisreen zahra",
  's': "barzani talabani zebari dosky mizuri sindi hawrami shexo temo al:kurdi hassan ali ibrahim khalil osman ahmad mustafa",
 },
 'pers': {
  'm': "muhammad ali reza hussein mahdi amir hassan hamid javad mustafa said morteza mojtaba mehran babak farhad behrouz dariush kamran arash omid navid hadi sajjad ahmad abbas majid ibrahim yusuf",
  'f': "fatima zahra maryam narges parisa shirin mahsa layla soraya elham mina azadeh somayeh masoumeh sara zainab nisreen",
  's': "mohammadi hosseini ahmadi rezaei jafari mousavi kazemi hashemi sadeghi amiri karimi rahimi nazari azizi sharifi haidari noori hakimi sultani",
 },
 'afg': {
  'm': "muhammad ahmad ali gul zabihullah habibullah abdullah rahmatullah samiullah abdulrahman wahid farid shafiq jawid hamid nour jamal hussein reza mustafa yusuf omar khalid bilal idris ismail karim aziz bashir amir hassan",
  'f': "fatima zahra maryam gul nour shirin parisa aisha khadija zainab sara masoumeh narges somayeh halima layla amina hawa",
  's': "ahmadzai popal sultani rahimi hakimi karimi sharifi mohammadi ahmadi hosseini jafari amiri nazari azizi stanikzai wardak safi noori haidari khan",
 },
 'pak': {
  'm': "muhammad ali ahmad imran asif bilal osman faisal irfan zubair waqas shahid tahir kashif nadeem hamza hassan hussein abdullah omar khalid tariq yasin abbas jawid",
  'f': "fatima aisha sana rabia shazia nisreen bushra kiran saima zainab maryam amina khadija asma iman",
  's': "khan hussein butt malik chaudhry qureshi siddiqui awan rajput shah iqbal akhtar jawid aslam ahmad ali abbas",
 },
 'bgd': {
  'm': "muhammad abdulkarim abdulrahman hassan ali hussein sumon rubel jamal kamal abdullah faisal",
  'f': "nasima fatima shirin rina aisha khadija amina salma nour",
  's': "rahman hussein islam uddin akhtar begum miah sarkar ahmad khan",
 },
 'uz': {
  'm': "rustam dilshod sardor bekzod jasur otabek sherzod akmal bobur shukhrat ulugbek farrukh timur nodir aziz alisher jamshid sanjar azamat muhammad abdulrahman ismail yusuf omar",
  'f': "shahnoza dilnoza gulnora nilufar mohira zarina madina feruza kamola malika nigora gulchehra dildora sevara fatima zainab",
  's': "karimov rakhimov yusupov abdullayev ismoilov aliyev khodjayev nazarov sultanov tursunov ergashev usmonov saidov umarov akhmedov mirzayev rashidov sobirov kasymov",
 },
 'tm': {
  'm': "dowlet merdan serdar begench batyr myrat atajan gurban rustam muhammad kamal timur",
  'f': "maral ayna gulnora jennet aysoltan gulshat enejan selbi aynur",
  's': "annayev berdiyev orazov atayev gurbanov nurmuradov khodjayev ovezov durdyyev amanov",
 },
 'kg': {
  'm': "aibek nurlan bakyt azamat erlan timur ulan kanybek adilet almaz ruslan",
  'f': "aigerim cholpon aizhan nurgul asel gulnora dinara jyldyz aida nazira",
  's': "asanov sadykov zhumabekov omurbekov kasymov toktogulov abdyrakhmanov mamatov usmonov ismoilov",
 },
 'kz': {
  'm': "nursultan daniyar erlan askar nurlan azamat timur aibek arman yerzhan ruslan",
  'f': "aruzhan dana gulnora saule dinara aigerim asel madina zarina",
  's': "zhumabekov sultanov kasymov nazarov akhmetov serikbayev nurlanov iskakov",
 },
 'tj': {
  'm': "rustam farrukh jamshid dilshod firdavs bahrom davlat muhammad abdullah sherzod",
  'f': "nilufar zarina madina malika gulnora shahnoza mohira feruza",
  's': "karimov rakhimov nazarov saidov sharipov davlatov rahmonov",
 },
 'az': {
  'm': "elvin rashad orkhan tural elnur ramil kamran vugar muhammad ali hussein hassan rustam farid ilham anar amin mahdi",
  'f': "aysel gunay layla sevinj aynur narges konul ulviyya zainab aygun fidan nigar",
  's': "mammadov aliyev hasanov huseynov guliyev ismayilov abbasov babayev jafarov rzayev valiyev najafov suleymanov",
 },
 'geo': {
  'm': "giorgi davit levan irakli lasha zurab giga nikoloz luka aleksandre tornike",
  'f': "nino tamar maryam ana nana ketevan eka tamta natia maia salome sopho manana teona",
  's': "beridze kapanadze gelashvili maisuradze giorgadze lomidze tsiklauri bolkvadze nozadze khutsishvili chkheidze tsereteli kvaratskhelia japaridze abashidze dolidze javakhishvili mchedlishvili",
 },
 'ru': {
  'm': "aleksandr sergey dmitry andrey alexey vladimir ivan nikolay mikhail yuri oleg igor viktor maxim denis artem roman pavel evgeny vitaly ruslan",
  'f': "natalia olga elena tatiana irina svetlana anna yulia ekaterina maria oksana viktoria alina cristina galina lyudmila valentina larisa marina anastasia daria",
  's': "ivanov petrov smirnov kuznetsov popov sokolov volkov morozov novikov fedorov kozlov pavlov kovalevsky lebedev egorov nikolaev",
 },
 'ua': {
  'm': "aleksandr sergey dmitry andrey alexey vladimir ivan nikolay mikhail yuri oleg igor viktor maxim denis artem roman pavel bohdan taras vitaly",
  'f': "natalia olga elena tatiana irina svetlana anna yulia ekaterina oksana viktoria alina galina lyudmila valentina nadezhda liliya anastasia daria maria",
  's': "shevchenko kovalenko bondarenko tkachenko kravchenko melnyk boyko kovalchuk polishchuk savchenko lysenko moroz rudenko marchenko petrenko ivanov",
 },
 'md': {
  'm': "ivan vasile gheorghe mihai andrey nikolay sergey dumitru aleksandr igor vitaly",
  'f': "elena maria anna tatiana natalia lyudmila cristina aliona doina veronica olga irina ekaterina svetlana",
  's': "rusu ciobanu munteanu lungu cebotari ceban turcanu rotari sandu popa botnari cojocaru gutu",
 },
 'nga': {
  'm': "chinedu emeka oluwaseun samuel emmanuel daniel john peter godwin tunde segun ifeanyi uchenna musa ibrahim abubakar muhammad eghosa efe",
  'f': "blessing favour precious joy esther grace mercy gift princess chioma ngozi adaeze funmilayo aisha osas efe mary eghosa uchenna",
  's': "okafor okonkwo adeyemi obi eze nwachukwu ogunleye adebayo ibrahim bello okeke olawale edet osagie igbinedion osaghae omoregie aigbe musa abubakar",
 },
 'som': {
  'm': "muhammad ahmad ali hassan abdi hussein abdullah abdulrahman abdulkadir mahmoud yusuf omar ismail ibrahim farah warsame guled jama adan shire elmi hirsi osman said musa dahir bashir nour abubakar",
  'f': "fatima aisha hawa halima khadija maryam amina hodan ayaan sagal nimco deeqa ubah filsan idil hamdi awo samsam ifrah zahra asma",
  's': "",
 },
 'eth': {
  'm': "abebe kebede tesfaye gebremedhin haile alemayehu mulugeta yohannes dawit tadesse girma bekele getachew gebremariam asfaw worku negash woldemichael yonas mekonnen kedir jamal muhammad ahmad ali gebreyesus woldegiorgis hailemariam haileselassie teklehaimanot habtemariam gebrehiwot gebreegziabher woldemariam abdi",
  'f': "tigist meron selamawit helen tsehay mekdes hiwot almaz genet birtukan aster eden saba yordanos mahlet rahel ruth fatima amina hawa aisha",
  's': "",
 },
 'eri': {
  'm': "yohannes tesfaye berhe kidane yemane gebremedhin filmon yonas dawit gebremariam gebreyesus woldemichael teklehaimanot habtemariam woldegiorgis haile tekle negash mehari gebrekidan teklemariam ali muhammad idris osman ibrahim habtegiorgis",
  'f': "senait luwam semhar helen ruth saba eden yordanos selamawit tsehay hiwot mahlet rahel almaz genet fatima aisha amina",
  's': "",
 },
 'phl': {
  'm': "jose juan mark ronaldo john michael jerome christian rodel arnel jun",
  'f': "maria cristina jennifer maricel rowena lorna joy rosalie marilou analyn jocelyn rhea grace mary anna divina lovely mylene",
  's': "santos reyes dela:cruz garcia mendoza bautista villanueva ramos aquino castillo rivera flores gonzales tolentino de:leon del:rosario dela:pena",
 },
 'idn': {
  'm': "agus budi slamet joko hendra suharto bambang sutrisno muhammad ahmad",
  'f': "sri siti wahyuni suparmi nurhayati dewi lestari rahayu kartini yuliana ratna wati yanti purwanti susanti",
  's': "setiawan wijaya santoso hidayat kurniawan wahyuni lestari rahayu nurhayati susanti",
 },
 'tur': {
  'm': "mehmet mustafa ahmad ali hussein hassan ibrahim ismail osman yusuf murat emre burak serkan kamal omar khalil ramazan recep abdullah",
  'f': "aisha fatima amina khadija zainab elif merve ozlem esra bushra gul songul sevgi derya maryam hajar sultan ebru gulsum",
  's': "yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic cetin kara koc kurt ozkan simsek polat erdogan gunes acar tekin bulut",
 },
}


def parse_lex():
    lex = {}
    for line in LEX_TEXT.strip().splitlines():
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        parts = line.split('|')
        nid, sex = parts[0], parts[1]
        e = {'id': nid, 'sex': sex}
        for kv in parts[2:]:
            k, v = kv.split('=', 1)
            e[k] = [x for x in v.split(',') if x]
        if nid in lex:
            raise ValueError('duplicate id ' + nid)
        lex[nid] = e
    for p, s in ETH_COMPOUNDS:
        nid = p + s
        lex[nid] = {'id': nid, 'sex': 'm', 'ethc': (p, s)}
    return lex
