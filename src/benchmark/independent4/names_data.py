# -*- coding: utf-8 -*-
"""Hand-written name tables for the independent4 generator.

Nothing here was downloaded; spellings were written by hand.

Conventions of the "key" column (a loose phonemic spelling, from which the
Latin and Cyrillic spellings are rendered by rules in names.py):
  a i u e o        short vowels        aa ii uu ee oo   long vowels
  ä ö ü ı          Turkic/Persian front vowels, schwa (Azerbaijani ə = ä)
  H                Arabic ḥ (Somali x)   '   ayn / hamza (Somali c)
  sh zh ch kh gh th dh j q w y  as in English transcription
  .                separator (s.h is s + h, not sh)
  +                compound boundary that clerks split or join
  *                compound boundary that is rarely split
  al               (as a compound part) the Arabic article, assimilated
  al-              (as prefix) the article in front of a family name
  /xx=key          pronunciation used by people of phon group xx
Extras: "conv:Spelling" extra real-world spellings (conv = en fr de tr so uz
tk az ku cyr), "short:X" = short form / nickname.  For names of Turkish
citizens the first "tr:" spelling is the official Turkish form.
Groups say which naming cultures use the name (see gen.py CULTURES).
"""

# canon|sex|groups|weight|key|arabic script|extras
KEY_GIVEN = r"""
muhammad|m|mus|40|muHammad/fa=mohammad/af=mohammad/uz=muhammad/tk=muhammet/az=mähämmäd/so=maHamed/kz=mukhammed/bd=mohammad|محمد|en:Mohammed;en:Mohammad;en:Mohamed;en:Mohamad;en:Muhammad;fr:Mohamed;fr:Mohammed;de:Mohammed;tr:Muhammed;tr:Muhammet;so:Maxamed;cyr:Мухаммад;cyr:Мухаммед;cyr:Магомед;short:Hamoudi;short:Hamo
ahmad|m|mus,tu|15|aHmad/so=aHmed/az=ähmäd|أحمد|tr:Ahmet;tr:Ahmed;en:Ahmed;en:Ahmad;fr:Ahmed;so:Axmed;cyr:Ахмед;cyr:Ахмад;az:Əhməd
ali|m|mus,sh,tu|15|'alii/fa=ali/az=äli|علي|tr:Ali;en:Ali;en:Aly;so:Cali;az:Əli
mahmud|m|mus,tu|6|maHmuud|محمود|tr:Mahmut;tr:Mahmud;en:Mahmoud;en:Mahmood;fr:Mahmoud;so:Maxamuud
mustafa|m|mus,tu|6|mustafaa/fa=mostafaa/so=mustafe|مصطفى|tr:Mustafa;en:Mostafa;en:Mustafa;fr:Mustapha;fr:Moustafa
hasan|m|mus,sh,tu|9|Hasan/az=häsän|حسن|tr:Hasan;en:Hassan;fr:Hassan;fr:Lahcen;so:Xasan;cyr:Хасан;cyr:Гасан;az:Həsən
husayn|m|mus,sh,tu|7|Husayn/fa=hosseyn/az=hüseyn/pk=hussayn|حسين|tr:Hüseyin;en:Hussein;en:Hussain;en:Hossein;en:Husain;fr:Houssein;so:Xuseen;cyr:Хусейн;cyr:Гусейн;az:Hüseyn
umar|m|mus,tu|6|'umar/fa=omar|عمر|tr:Ömer;en:Omar;en:Umar;fr:Omar;so:Cumar;cyr:Умар;cyr:Омар
khalid|m|mus|5|khaalid|خالد|en:Khaled;en:Khalid;tr:Halit;tr:Halid;fr:Khaled;cyr:Халид
abdullah|m|mus,tu|7|'abd*ullaah/uz='abdulla/so='abdullaahi|عبد الله|tr:Abdullah;en:Abdullah;en:Abdallah;en:Abdulla;fr:Abdellah;fr:Abdallah;so:Cabdullaahi;uz:Abdulla;cyr:Абдулла;short:Abdo;short:Abboud
abdulrahman|m|mus,tu|5|'abd+al+raHmaan/so='abdi+raHmaan|عبد الرحمن|tr:Abdurrahman;tr:Abdulrahman;fr:Abderrahmane;fr:Abderrahman;so:Cabdiraxmaan;cyr:Абдурахман;cyr:Абдурахмон;short:Abood
abdulaziz|m|mus,tu|3|'abd+al+'aziiz|عبد العزيز|tr:Abdülaziz;fr:Abdelaziz;uz:Abdulaziz;so:Cabdicasiis
abdulkarim|m|mus,tu|3|'abd+al+kariim|عبد الكريم|tr:Abdülkerim;fr:Abdelkrim;fr:Abdelkarim
abdulqadir|m|mus,tu|3|'abd+al+qaadir|عبد القادر|tr:Abdülkadir;fr:Abdelkader;so:Cabdiqaadir;cyr:Абдукадыр
abdulilah|m|ar,ma|1|'abd+al+ilaah|عبد الإله|fr:Abdelilah;en:Abdulelah;en:Abdulilah
abdulwahid|m|mus,af|2|'abd+al+waaHid|عبد الواحد|en:Abdul Wahid;en:Abdulwahed;tr:Abdülvahit
ibrahim|m|mus,tu|7|ibraahiim/fa=ebraahim/uz=ibrohim|إبراهيم|tr:İbrahim;en:Ibrahim;en:Ebrahim;fr:Brahim;so:Ibraahim;cyr:Ибрагим;uz:Ibrohim
yusuf|m|mus,tu|6|yuusuf/fa=yusef|يوسف|tr:Yusuf;en:Yousef;en:Yusuf;en:Yousif;fr:Youssef;so:Yuusuf;de:Jussuf;cyr:Юсуф
ismail|m|mus,tu|4|ismaa'iil/fa=esmaa'il/uz=ismoil|إسماعيل|tr:İsmail;en:Ismail;en:Esmail;so:Ismaaciil;uz:Ismoil;cyr:Исмаил
khalil|m|mus,tu|3|khaliil|خليل|tr:Halil;en:Khalil;en:Khaleel
walid|m|ar,ma|2|waliid|وليد|fr:Oualid;tr:Velit;en:Waleed
samir|m|ar,ma,az|2|samiir|سمير|en:Sameer
bassam|m|sy|1|bassaam|بسام
fadi|m|sy|1|faadii|فادي
rami|m|sy|1|raamii|رامي
majid|m|mus|2|maajid|ماجد|tr:Macit;en:Majed
jamal|m|mus,tu|2|jamaal|جمال|tr:Cemal;fr:Djamel;fr:Jamal
hamza|m|mus,tu|3|Hamza|حمزة|tr:Hamza
bilal|m|mus,tu|3|bilaal|بلال|tr:Bilal
tariq|m|mus,tu|2|taariq|طارق|tr:Tarık;en:Tarek;en:Tariq;fr:Tarik
ziyad|m|ar|1|ziyaad|زياد|en:Ziad;en:Ziyad
nizar|m|sy|1|nizaar|نزار
salih|m|mus,tu|2|saaliH|صالح|tr:Salih;en:Saleh;en:Salih
said|m|mus,tu|2|sa'iid/fa=sa'iid|سعيد|tr:Sait;en:Saeed;en:Said;fr:Saïd
karim|m|mus|3|kariim|كريم|tr:Kerim;en:Kareem
rashid|m|mus|2|rashiid|رشيد|fr:Rachid;tr:Reşit;en:Rasheed
anas|m|ar|2|anas|أنس
muhannad|m|ar|1|muhannad|مهند|en:Mohannad;en:Muhanad
ammar|m|ar,sh|2|'ammaar|عمار|tr:Ammar
yasir|m|mus|2|yaasir/fa=yaaser|ياسر|en:Yasser;en:Yaser;tr:Yasir
adnan|m|mus,tu|1|'adnaan|عدنان|tr:Adnan
usama|m|ar|1|usaama|أسامة|en:Osama;en:Usama;tr:Usame
haytham|m|ar|1|haytham|هيثم|en:Haitham
firas|m|ar|1|firaas|فراس
qasim|m|mus,sh,tu|2|qaasim/fa=ghaasem|قاسم|tr:Kasım;en:Qassem;en:Kasim;en:Ghasem;cyr:Касым
abbas|m|mus,sh|3|'abbaas|عباس|tr:Abbas
haydar|m|sh,tu|2|Haydar/fa=heydar|حيدر|tr:Haydar;en:Haider;en:Heydar
sajjad|m|sh|2|sajjaad|سجاد|en:Sajad
murtada|m|sh|2|murtadaa/fa=morteza/pk=murtaza|مرتضى|en:Mortada;en:Murtaza;en:Morteza;tr:Murtaza
mahdi|m|sh,mus|3|mahdii/fa=mehdi|مهدي|en:Mehdi;fr:Mehdi;tr:Mehdi
hamid|m|mus|3|Haamid/fa=haamed|حامد|tr:Hamit;en:Hamed;en:Hamid
jihad|m|ar|1|jihaad|جهاد|tr:Cihat
ridwan|m|ar,ma|1|ridwaan|رضوان|fr:Redouane;tr:Rıdvan
nuraldin|m|mus,tu|1|nuur+al+diin|نور الدين|tr:Nurettin;fr:Noureddine;en:Nooruddin;en:Nuraddin
zakariya|m|mus|1|zakariyyaa|زكريا|fr:Zakaria;tr:Zekeriya;en:Zakaria
ayyub|m|mus|1|ayyuub|أيوب|fr:Ayoub;tr:Eyüp;en:Ayoub
yasin|m|mus,tu|2|yaasiin|ياسين|tr:Yasin;fr:Yassine;en:Yaseen
sufyan|m|ma,ar|1|sufyaan|سفيان|fr:Soufiane;en:Sufyan
hisham|m|ar,ma|1|hishaam|هشام|fr:Hicham;en:Hesham
munir|m|ar,ma|1|muniir|منير|fr:Mounir;tr:Münir
uthman|m|mus,tu|2|'uthmaan/so='ismaan/pk=usmaan|عثمان|tr:Osman;en:Othman;en:Osman;fr:Othmane;so:Cismaan
sulayman|m|mus,tu|2|sulaymaan/fa=soleymaan|سليمان|tr:Süleyman;en:Suleiman;en:Sulaiman
idris|m|mus,ma|1|idriis|إدريس|fr:Driss;tr:İdris
rida|m|fa,sh,ma,af|4|ridaa/fa=rezaa/af=rezaa/pk=razaa|رضا|en:Reza;fr:Reda;tr:Rıza;en:Ridha;en:Raza
jafar|m|sh,mus|2|ja'far|جعفر|en:Jafar;en:Jaafar;tr:Cafer;az:Cəfər
muntazar|m|iq|1|muntadhar/fa=montazer|منتظر|en:Muntadher;en:Muntather
kamal|m|mus,tu|2|kamaal|كمال|tr:Kemal;en:Kamal;fr:Kamel
murad|m|mus,tu,tk|2|muraad/tk=mırat|مراد|tr:Murat;en:Murad;tk:Myrat
ramadan|m|mus,tu|1|ramadaan/pk=ramzaan|رمضان|tr:Ramazan;en:Ramadan;en:Ramzan
sultan|m|mus,af|1|sultaan|سلطان|tr:Sultan
aziz|m|mus,uz,af|2|'aziiz|عزيز|tr:Aziz
mansur|m|mus|1|mansuur|منصور|en:Mansour;en:Mansoor;tr:Mansur
rasul|m|mus,af|1|rasuul|رسول|en:Rasool;en:Rasul
nasir|m|mus,af|2|naasir/fa=naaser|ناصر|en:Nasser;en:Naser;tr:Nasır
faisal|m|ar,pk|1|faysal|فيصل|en:Faisal;en:Faysal
imran|m|pk,mus|2|'imraan|عمران|en:Imran
sajid|m|pk|1|saajid|ساجد
nadim|m|pk,ar|1|nadiim|نديم|en:Nadeem
irfan|m|pk,tu|1|'irfaan|عرفان|tr:İrfan
shahid|m|pk|2|shaahid|شاہد|en:Shahid
zahid|m|pk|1|zaahid|زاہد
asif|m|pk|2|aasif|آصف|en:Asif
kashif|m|pk|1|kaashif|کاشف
waqas|m|pk|1|waqqaas|وقاص
suhail|m|pk,bd,ar|1|suhayl/bd=sohel|سهيل|en:Sohail;en:Suhail;tr:Süheyl
habib|m|mus,bd|1|Habiib|حبيب|tr:Habip
masud|m|mus,bd|1|mas'uud|مسعود|en:Masood;en:Masud;tr:Mesut
rafiq|m|bd,pk,ar|1|rafiiq|رفيق|en:Rafique
shahin|m|bd,fa|1|shaahiin|شاهين|en:Shaheen;tr:Şahin
bashir|m|mus,so|1|bashiir|بشير|tr:Beşir;so:Bashiir
adam|m|mus,so,tu|2|aadam/so=aadan|آدم|tr:Adem;so:Aadan;en:Adan;en:Aden
farah|m|so|2|faaraH|فارح|so:Faarax
jama|m|so|1|jaami'|جامع|so:Jaamac;en:Jama
abdi|m|so|3|'abdi|عبدي|so:Cabdi
hirsi|m|so|1|Hirsi|حرسي|so:Xirsi
warsame|m|so|1|warsame||so:Warsame
guled|m|so|1|guuleed||so:Guuleed;en:Guled
ilmi|m|so|1|'ilmi|علمي|so:Cilmi
shire|m|so|1|shire||so:Shire
dahir|m|so|1|daahir|ظاهر|so:Daahir;en:Daher
abshir|m|so|1|abshir||so:Abshir
nur|m|so|1|nuur|نور|so:Nuur
fatima|f|mus,sh,tu|15|faatima/fa=faateme/so=faadumo/uz=fotima/az=fatimä/bd=faatema|فاطمة|tr:Fatma;tr:Fatıma;en:Fatima;en:Fatma;en:Fatemeh;en:Fatimah;so:Faadumo;so:Fadumo;cyr:Фатима
aisha|f|mus,tu|8|'aa'isha/fa=aayeshe/so='aasha/pk=aayesha|عائشة|tr:Ayşe;en:Aisha;en:Aysha;en:Ayesha;fr:Aïcha;fr:Aicha;so:Caasha
maryam|f|mus,tu|8|maryam|مريم|tr:Meryem;en:Mariam;en:Maryam;fr:Meriem;fr:Meryem;so:Maryan;cyr:Марьям
zaynab|f|mus,sh,tu|7|zaynab/fa=zeynab|زينب|tr:Zeynep;en:Zainab;en:Zeinab;fr:Zineb;so:Saynab
khadija|f|mus,tu|5|khadiija|خديجة|tr:Hatice;en:Khadija;en:Khadijah;fr:Khadidja;so:Khadiija;cyr:Хадижат
amina|f|mus,tu|5|amiina|أمينة|tr:Emine;en:Amina;en:Ameena;so:Aamina
nur|f|mus,tu|3|nuur|نور|tr:Nur;en:Nour;en:Noor;fr:Nour
rasha|f|ar|1|rasha|رشا
huda|f|ar|2|hudaa|هدى|en:Houda;en:Huda;fr:Houda;tr:Hüda
hanan|f|ar,ma|2|Hanaan|حنان|fr:Hanane
layla|f|mus,tu,fa,az,uz|3|laylaa/fa=leylaa/az=leyla/uz=laylo|ليلى|tr:Leyla;en:Leila;en:Layla;az:Leyla
rania|f|ar|1|raaniya|رانيا
samira|f|mus|2|samiira|سميرة|en:Sameera
salma|f|mus|2|salmaa|سلمى
asma|f|mus,tu|3|asmaa'|أسماء|tr:Esma;en:Asmaa
ruqayya|f|mus,tu|1|ruqayya/fa=roqayye/bd=rokeya|رقية|tr:Rukiye;en:Roghayeh;en:Ruqaya;en:Rokeya
sara|f|mus,tu|4|saara|سارة|tr:Sare;en:Sarah
yasmin|f|mus,tu|2|yaasmiin|ياسمين|tr:Yasemin;en:Yasmine;fr:Yasmine
dalia|f|ar|1|daaliya|داليا
rim|f|ar|2|riim|ريم|en:Reem
lina|f|ar|1|liina|لينا
ghada|f|ar|1|ghaada|غادة
iman|f|mus|2|iimaan|إيمان|en:Eman;fr:Imane;tr:İman
wafa|f|ar|1|wafaa'|وفاء|tr:Vefa
amal|f|ar|2|amal|أمل
nasrin|f|ar,fa,af,pk,bd|3|nisriin/fa=nasrin/af=nasrin/pk=nasriin/bd=nasriin|نسرين|en:Nisreen;en:Nasrin;en:Nasreen;tr:Nesrin
rahaf|f|sy|1|rahaf|رهف
hiba|f|ar|2|hiba|هبة|en:Heba
alaa|f|ar|1|aalaa'|آلاء|en:Alaa;en:Ala'a
duaa|f|ar|2|du'aa'|دعاء|en:Doaa;en:Duaa;tr:Dua
israa|f|ar,tu|1|israa'|إسراء|tr:Esra;en:Esraa
safaa|f|ar|1|safaa'|صفاء
marwa|f|mus,tu|2|marwa|مروة|tr:Merve;en:Marwa
sanaa|f|ar,ma|1|sanaa'|سناء|fr:Sanae
naima|f|ma,ar|1|na'iima|نعيمة|fr:Naïma;fr:Naima
khawla|f|ar|1|khawla|خولة|tr:Havle
hafsa|f|mus,tu|1|Hafsa|حفصة|tr:Hafsa
jamila|f|mus,tu|1|jamiila|جميلة|tr:Cemile;fr:Djamila
malak|f|ar|1|malaak|ملاك
shayma|f|ar,tu|1|shaymaa'|شيماء|tr:Şeyma;en:Shaimaa
zahra|f|mus,sh,tu|5|zahraa'/fa=zahraa|زهراء|tr:Zehra;en:Zahraa;en:Zahra
hajar|f|ma,ar,tu|2|haajar|هاجر|tr:Hacer
ikram|f|ma|1|ikraam|إكرام
siham|f|ma,ar|1|sihaam|سهام
lubna|f|ma,ar|1|lubnaa|لبنى|fr:Loubna
nadia|f|mus,tu|2|naadiya|نادية|tr:Nadiye;en:Nadia
halima|f|mus,tu,so|2|Haliima|حليمة|tr:Halime;so:Xaliimo
hawa|f|mus,tu,so|2|Hawwaa'|حواء|tr:Havva;en:Hawa;so:Xaawo
kawthar|f|sh,ma|1|kawthar/fa=kowsar|كوثر|tr:Kevser;fr:Kaoutar;en:Kawsar
ghizlan|f|ma|1|ghizlaan|غزلان|fr:Ghizlane
nawal|f|ma,ar|1|nawaal|نوال|fr:Naoual
masuma|f|fa,af,sh|2|ma'suuma/fa=ma'sume|معصومة|en:Masoumeh;en:Masuma;en:Masooma;tr:Masume
sakina|f|fa,af,sh|2|sakiina/fa=sakine|سكينة|en:Sakineh;en:Sakina;tr:Sekine
somaya|f|fa,bd,tu|2|sumayya/fa=somayye/bd=sumaiya|سمية|tr:Sümeyye;en:Somayeh;en:Sumaya;en:Sumaiya
tahira|f|fa,pk|1|taahira/fa=taahere|طاهرة|en:Tahereh;en:Tahira
latifa|f|af,ma,tu|1|latiifa|لطيفة|tr:Latife;en:Latifa
sharifa|f|af,tu|1|shariifa|شريفة|tr:Şerife;en:Sharifa
hamida|f|af,tu|1|Hamiida|حميدة|tr:Hamide
nazifa|f|af|1|naziifa|نظيفة
rahima|f|af,tu|1|raHiima|رحيمة|tr:Rahime
marzia|f|af,fa|1|marziyya/fa=marziye|مرضية|en:Marzia;en:Marziyeh
mahbuba|f|af,fa|1|maHbuuba/fa=mahbube|محبوبة|en:Mahbooba;en:Mahboubeh
sana|f|pk|2|sanaa|ثنا|en:Sana
rabia|f|pk,tu|1|raabi'a|رابعة|tr:Rabia;en:Rabia;en:Rabiya
saima|f|pk|1|saa'ima|صائمہ|en:Saima
bushra|f|pk,tu|1|bushraa|بشرى|tr:Büşra;en:Bushra
farzana|f|pk,fa,af|1|farzaana/fa=farzaane|فرزانه|en:Farzaneh;en:Farzana
samina|f|pk|1|samiina|ثمینہ
uzma|f|pk|1|'uzmaa|عظمیٰ|en:Uzma
rukhsana|f|pk,af|1|rukhsaana|رخسانہ
shukria|f|af|1|shukriyya|شكرية|en:Shukria;en:Shokria
zuhra|f|af,fa,tj|1|zuhra/fa=zohre|زهره|en:Zohra;en:Zohreh;en:Zuhra
kubra|f|tu,mus|1|kubraa|كبرى|tr:Kübra
hanifa|f|tu,af|1|Haniifa|حنيفة|tr:Hanife
sultan|f|tu|1|sultaan|سلطان|tr:Sultan
madina|f|uz,kz,tj,kg|2|madiina|مدینه|uz:Madina
malika|f|uz,tj|2|maalika|ملیکه|uz:Malika
deeqa|f|so|1|diiqa||so:Deeqa
sagal|f|so|1|sagal||so:Sagal
ubah|f|so|1|ubaH||so:Ubax
hodan|f|so|2|hodan||so:Hodan
ayaan|f|so|2|ayaan||so:Ayaan
ifrah|f|so|1|ifraH||so:Ifrax;en:Ifrah
fardowsa|f|so|1|fardowsa|فردوسة|so:Fardowsa;en:Firdaus
hamdi|f|so|1|Hamdi||so:Xamdi
nasra|f|so,ar|1|nasra|نصرة|so:Nasra
istahil|f|so|1|istaahil||so:Istaahil;en:Istahil
muna|f|so,ar|1|munaa|منى|en:Mona;en:Muna
sahra|f|so|1|sahra||so:Sahra
muhammad_rida|m|fa,af|5|mohammad+rezaa|محمد رضا|en:Mohammadreza;en:Mohammad Reza;tr:Muhammed Rıza;cyr:Мохаммадреза
muhammad_ali|m|fa,af,pk|3|mohammad+ali/pk=muhammad+'alii|محمد علی|en:Mohammadali;en:Mohammad Ali;tr:Muhammed Ali
muhammad_husayn|m|fa,af|2|mohammad+hosseyn|محمد حسین|en:Mohammadhossein;en:Mohammad Hossein
ali_rida|m|fa,af|3|ali+rezaa|علی رضا|en:Alireza;en:Ali Reza;tr:Ali Rıza
ali_akbar|m|fa,af|1|ali+akbar|علی اکبر|en:Aliakbar;en:Ali Akbar
javad|m|fa,af,sh,az|2|javaad/af=jawaad/az=javad|جواد|en:Javad;en:Jawad;tr:Cevat;az:Cavad
amir|m|fa,af,tu|3|amiir|امیر|tr:Emir;en:Amir
behzad|m|fa|1|behzaad|بهزاد
dariush|m|fa|1|daaryuush|داریوش|en:Dariush;en:Daryoush
farhad|m|fa,af,tj,uz|2|farhaad/tj=farhod/uz=farhod|فرهاد|tr:Ferhat;uz:Farhod
kamran|m|fa,af,az,pk|1|kaamraan|کامران
arash|m|fa|1|aarash|آرش
babak|m|fa|1|baabak|بابک
omid|m|fa,af,tj|2|omiid/tj=umed|امید|en:Omid;tr:Ümit
navid|m|fa,af,pk|1|naviid|نوید|en:Naveed
parviz|m|fa,af,tj|1|parviiz/af=parwiiz|پرویز|en:Parviz;en:Parwiz
hadi|m|fa,sh,ar|1|haadii|هادی
ehsan|m|fa,af,pk|1|eHsaan|احسان|tr:İhsan;en:Ihsan
mehran|m|fa|1|mehraan|مهران
milad|m|fa|1|miilaad|میلاد
ruhollah|m|fa,af|1|ruuH+ullaah|روح الله|en:Ruhollah;en:Rohullah;en:Rouhollah
jamshid|m|fa,af,uz,tj|2|jamshiid/tj=jamshed|جمشید|en:Jamshid;uz:Jamshid
rahim|m|fa,af,mus,bd|2|raHiim|رحیم|tr:Rahim
ahmad_shah|m|af|2|aHmad+shaah|احمد شاه|en:Ahmad Shah;en:Ahmadshah
gul_ahmad|m|af|1|gul+aHmad|گل احمد|en:Gul Ahmad;en:Gulahmad
najibullah|m|af|2|najiib+ullaah|نجیب الله|en:Najibullah;en:Najeebullah;en:Najibulla;tr:Necibullah
hamidullah|m|af|1|Hamiid+ullaah|حمید الله|en:Hamidullah;en:Hameedullah
zabihullah|m|af|1|dhabiiH+ullaah|ذبیح الله|en:Zabihullah;en:Zabiullah
rahmatullah|m|af|1|raHmat+ullaah|رحمت الله|en:Rahmatullah;en:Rahmatulla
habibullah|m|af|1|Habiib+ullaah|حبیب الله|en:Habibullah;en:Habibulla
izzatullah|m|af|1|'izzat+ullaah|عزت الله|en:Ezatullah;en:Izzatullah
samiullah|m|af|1|samii'+ullaah|سمیع الله|en:Samiullah;en:Samiulla
nurullah|m|af,tu|1|nuur+ullaah|نور الله|tr:Nurullah;en:Noorullah
shafiqullah|m|af|1|shafiiq+ullaah|شفیق الله|en:Shafiqullah
mirwais|m|af|1|miirways|میرویس|en:Mirwais;en:Mirwaiz
wahid|m|af,fa|1|waHiid|وحید|en:Waheed;en:Vahid;tr:Vahit
zalmai|m|af|1|zalmay|زلمی|en:Zalmai
sher_ali|m|af|1|shiir+'alii|شیر علی|en:Sher Ali;en:Sherali
javid|m|af,pk,tu|1|jaawiid/pk=jaaved|جاوید|tr:Cavit;en:Javed;en:Jawed;en:Javid
wali|m|af|1|walii|ولی|en:Wali
farid|m|af,fa,az|1|fariid/az=färid|فرید|tr:Ferit;az:Fərid
nabi|m|af|1|nabii|نبی
qurban|m|af,tk,az|1|qurbaan/tk=gurban/az=qurban|قربان|en:Ghorban;en:Qurban;tk:Gurban
fazal_ur_rehman|m|pk|1|fazl+al+raHmaan/pk=fazal+al+rehmaan|فضل الرحمن|en:Fazal ur Rehman;en:Fazlur Rahman;en:Fazal-ur-Rehman
zia_ul_haq|m|pk|1|ziyaa'+al+Haqq/pk=ziaa+al+Haq|ضیاء الحق|en:Zia ul Haq;en:Ziaulhaq;en:Zia-ul-Haq
noor_ul_ain|f|pk|1|nuur+al+'ayn|نور العین|en:Noor ul Ain;en:Noorulain;en:Nur-ul-Ain
shahzad|m|pk|1|shahzaad|شہزاد
kiran|f|pk|1|kiran|کرن
nazia|f|pk|1|naaziya|نازیہ
shazia|f|pk|1|shaaziya|شازیہ
mina|f|fa,af|2|miinaa|مینا
parisa|f|fa|1|pariisaa|پریسا
shirin|f|fa,af,uz,bd|2|shiiriin/uz=shirin|شیرین|tr:Şirin
elham|f|fa,af|1|elhaam|الهام
mahsa|f|fa|1|mahsaa|مهسا
narges|f|fa,af|1|narges/af=nargis|نرگس|en:Nargis
azadeh|f|fa|1|aazaade|آزاده
soheila|f|fa|1|soheylaa|سهیلا
negar|f|fa|1|negaar|نگار|az:Nigar
parvaneh|f|fa,af|1|parvaane/af=parwaana|پروانه|en:Parwana
hanieh|f|fa|1|haaniye|هانیه
nazanin|f|fa,af|1|naazaniin|نازنین
shabnam|f|fa,af,pk|1|shabnam|شبنم
fereshteh|f|fa,af|1|fereshte/af=freshta|فرشته|en:Freshta;en:Fereshteh
nilufar|f|fa,af,uz,tj|2|niiluufar/uz=nilufar/tj=nilufar|نیلوفر|en:Nilofar;en:Niloufar;uz:Nilufar
sima|f|fa,af|1|siimaa|سیما
gulalai|f|af|1|gulalay|گلالی
malalai|f|af|1|malaalay|ملالی
zarghuna|f|af|1|zarghuuna|زرغونه
shabana|f|af,pk|1|shabaana|شبانه
mursal|f|af|1|mursal|مرسل
shakila|f|af,pk|1|shakiila|شکیله
azad|m|ku|2|aazaad|ئازاد|ku:Azad
shirwan|m|ku|1|shirwaan|شێروان|ku:Şêrwan
karwan|m|ku|1|kaarwaan|کاروان|ku:Karwan
diyar|m|ku|1|diyaar|دیار|ku:Diyar
rojin|f|ku|2|rozhiin|ڕۆژین|ku:Rojîn
berivan|f|ku|2|beriivaan|بەریڤان|ku:Berîvan
dilan|f|ku|1|diilaan|دیلان|ku:Dîlan
zozan|f|ku|1|zozaan|زۆزان|ku:Zozan
jiyan|f|ku|1|zhiyaan|ژیان|ku:Jiyan
newroz|f|ku|1|newroz|نەورۆز|ku:Newroz;tr:Nevroz
delal|f|ku|1|delaal|دەلال|ku:Delal
alisher|m|uz|3|alisher||uz:Alisher
bobur|m|uz|2|bobur||en:Babur
jasur|m|uz|2|jasur
sardor|m|uz|2|sardor
otabek|m|uz|2|otabek
sherzod|m|uz,tj|2|sherzod
dilshod|m|uz,tj|2|dilshod
farrukh|m|uz,tj|1|farrukh||uz:Farrux
ulugbek|m|uz|1|ulughbek||uz:Ulugʻbek
shavkat|m|uz|1|shavkat
bekzod|m|uz|1|bekzod
akmal|m|uz|1|akmal
sanjar|m|uz,tk|1|sanjar
daniyar|m|uz,kz,kg|1|doniyor/kz=daniyar/kg=daniyar||en:Daniyar
nodir|m|uz|1|nodir
timur|m|uz,kz,kg,tj|2|timur
rustam|m|uz,tj,kz,tk,az|2|rustam
dilnoza|f|uz|3|dilnoza
gulnara|f|uz,kg,kz,az,tk|2|gulnora/kg=gülnara/kz=gülnara/az=gülnarä/tk=gülnara||az:Gülnarə
shahnoza|f|uz,tj|2|shahnoza
zarina|f|uz,tj,kz|2|zarina
feruza|f|uz,tj|2|feruza/tj=firuza
mohira|f|uz|1|mohira
dildora|f|uz|2|dildora
gulchehra|f|uz|1|gulchehra
nodira|f|uz|1|nodira
sevara|f|uz|1|sevara
umida|f|uz|1|umida
mavluda|f|uz|1|mavluda
kamola|f|uz|1|kamola
munisa|f|uz,tj|1|munisa
yulduz|f|uz|1|yulduz||tr:Yıldız
merdan|m|tk|2|merdan
serdar|m|tk,tu|2|serdar||tr:Serdar
batyr|m|tk|1|batır||tk:Batyr
dovlet|m|tk|1|dövlet||tk:Döwlet;tr:Devlet
gurbanguly|m|tk|1|gurbangulı||tk:Gurbanguly
begench|m|tk|1|begench||tk:Begenç
maksat|m|tk,kg|1|maqsat||tk:Maksat
maya|f|tk|2|maaya||tk:Maýa
ayna|f|tk|1|ayna||tk:Aýna
jeren|f|tk|1|jeren||tk:Jeren
bahar|f|tk,tu|1|baHaar||tr:Bahar;tk:Bahar
aygul|f|tk,kg,kz,uz|3|aygül/uz=oygul||tk:Aýgül;tr:Aygül
mahri|f|tk|1|mähri||tk:Mähri
selbi|f|tk|1|selbi
sona|f|tk|1|sona
gozel|f|tk,az|1|gözel/az=gözäl||tk:Gözel;az:Gözəl;tr:Güzel
aibek|m|kg,kz|2|aybek||en:Aibek
nurlan|m|kg,kz|2|nurlan
bakyt|m|kg,kz|2|bakıt/kz=baqıt||en:Bakyt;en:Bakit
azamat|m|kg,kz|2|azamat
emil|m|kg|1|emil
kanat|m|kg,kz|1|kanat/kz=qanat
ermek|m|kg|1|ermek
talant|m|kg|1|talant
nurbek|m|kg|1|nurbek
ainura|f|kg,kz|2|aynura||en:Ainura
aizhan|f|kz,kg|1|ayzhan||en:Aizhan;en:Aijan
cholpon|f|kg|1|cholpon||tr:Çolpan
nazgul|f|kg|2|nazgül||en:Nazgul
zhyldyz|f|kg|2|zhıldız||en:Jyldyz;en:Zhyldyz;tr:Yıldız
aidai|f|kg|1|ayday||en:Aidai
begaiym|f|kg|1|begayım||en:Begaiym
kanykei|f|kg|1|kanıkey||en:Kanykei
asel|f|kg,kz|2|asel
nursultan|m|kz|1|nursultan
yerlan|m|kz|1|erlan||en:Yerlan
askar|m|kz|1|asqar||en:Askar
arman|m|kz|1|arman
dauren|m|kz|1|dauren
baurzhan|m|kz|1|bauırzhan||en:Baurzhan;en:Bauyrzhan
aruzhan|f|kz|1|aruzhan
dana|f|kz|1|dana
aigerim|f|kz,kg|2|aygerim||en:Aigerim
saule|f|kz|1|säule||en:Saule
dinara|f|kz,kg,tj|1|dinara
zhanar|f|kz|1|zhanar
akmaral|f|kz|1|aqmaral
firuz|m|tj|1|firuz
bahrom|m|tj,uz|1|bahrom
davlat|m|tj|1|davlat
suhrob|m|tj|1|suhrob
sharif|m|tj,mus|1|shariif|شریف|tr:Şerif
daler|m|tj|1|daler
parvina|f|tj|1|parvina
nigina|f|tj|1|nigina
mehrona|f|tj|1|mehrona
manizha|f|tj|1|manizha
shahlo|f|tj,uz,az|1|shahlo/az=shähla||az:Şəhla
tahmina|f|tj,az|1|tahmina||az:Təhminə
sitora|f|tj,uz|1|sitora
elnur|m|az|2|elnur
elvin|m|az|2|elvin
rashad|m|az|1|räshad||az:Rəşad
tural|m|az|2|tural
orkhan|m|az,tu|2|orkhan||tr:Orhan;az:Orxan
vusal|m|az|1|vüsal||az:Vüsal
elchin|m|az|1|elchin||az:Elçin
anar|m|az|1|anar
ramil|m|az|1|ramil
nijat|m|az|1|nijat||az:Nicat;tr:Necat
aysel|f|az,tu|2|aysel||tr:Aysel
gunel|f|az|2|günel||az:Günel
sevinj|f|az|1|sevinj||az:Sevinc;tr:Sevinç
aytan|f|az|1|aytän||az:Aytən
narmin|f|az|1|närmin||az:Nərmin
konul|f|az,tu|1|könül||tr:Gönül;az:Könül
sabina|f|az|1|sabina
ulviyya|f|az|1|ülviyyä||az:Ülviyyə
aynur|f|az,tu|1|aynur||tr:Aynur
lala|f|az|1|lälä||az:Lalə;tr:Lale
arzu|f|az,tu|1|arzu||tr:Arzu
shahidul|m|bd|2|shahiidul||en:Shahidul
aminul|m|bd|1|amiinul
rafiqul|m|bd|1|rafiiqul||en:Rafiqul;en:Rafikul
saiful|m|bd|1|sayful||en:Saiful
nazrul|m|bd|1|nazrul
jahangir|m|bd,pk|1|jahaangiir
alamgir|m|bd|1|aalamgiir
rubel|m|bd|1|rubel
taslima|f|bd|1|tasliima
nazma|f|bd,pk|1|nazma||en:Nazma;en:Najma
rina|f|bd|1|riina||en:Rina
abdul|m|bd,af,pk|2|'abdul||en:Abdul
kakajan|m|tk|1|kakajan
atamyrat|m|tk|1|atamırat||tk:Atamyrat
dovran|m|tk|1|dövran||tk:Döwran
yhlas|m|tk|1|ıhlas||tk:Yhlas
bayram|m|tk,az,tu|1|bayram||tr:Bayram
meret|m|tk|1|meret
azat|m|tk|1|azat
shatlyk|m|tk|1|shatlık||tk:Şatlyk
agajan|m|tk|1|agajan
ogulgerek|f|tk|1|ogulgerek
ogulnur|f|tk|1|ogulnur
enejan|f|tk|1|enejan
jemal|f|tk|1|jemal
leyli|f|tk|1|leyli||tk:Leýli
gulalek|f|tk|1|gülälek||tk:Gülälek
mahriban|f|tk,az|1|mähriban||tk:Mähriban;az:Mehriban
ayjemal|f|tk|1|ayjemal||tk:Aýjemal
merjen|f|tk|1|merjen
yazgul|f|tk|1|yazgül||tk:Ýazgül
oguljan|f|tk|1|oguljan
nazik|f|tk|1|näzik||tk:Näzik
javlon|m|uz|1|javlon
shohrukh|m|uz|1|shohrukh||uz:Shohrux
islom|m|uz|1|islom
ravshan|m|uz,tj|1|ravshan
botir|m|uz|1|botir
anvar|m|uz,tj|1|anvar
oybek|m|uz|1|oybek
gulnoza|f|uz|1|gulnoza
dilafruz|f|uz,tj|1|dilafruz
nargiza|f|uz,kg|1|nargiza
barno|f|uz|1|barno
ozoda|f|uz|1|ozoda
saida|f|uz,tj|1|saida
zulfiya|f|uz,tj|1|zulfiya
nasiba|f|uz|1|nasiba
munira|f|uz,tj|1|munira
hilola|f|uz|1|hilola
gulshan|f|uz,tj|1|gulshan
nigora|f|uz|1|nigora
bektur|m|kg|1|bektur
ulan|m|kg|1|ulan
mirlan|m|kg|1|mirlan
adilet|m|kg,kz|1|adilet
nurzhan|m|kg,kz|1|nurzhan
eldiyar|m|kg,kz|1|eldiyar
temirlan|m|kg,kz|1|temirlan
ayperi|f|kg|1|ayperi||en:Aiperi
aizada|f|kg|1|ayzada||en:Aizada
nurgul|f|kg,kz|1|nurgül||en:Nurgul
gulzat|f|kg|1|gülzat||en:Gulzat
saltanat|f|kg,kz|1|saltanat
zhibek|f|kg|1|zhibek||en:Jibek
meerim|f|kg|1|meerim
elnura|f|kg|1|elnura
mairam|f|kg|1|mayram||en:Mairam
manuchehr|m|tj|1|manuchehr
shahrom|m|tj|1|shahrom
bahodur|m|tj|1|bahodur
dilorom|f|tj,uz|1|dilorom
mavjuda|f|tj|1|mavjuda
farangis|f|tj|1|farangis
kanan|m|az|1|känan||az:Kənan
emin|m|az,tu|1|emin||tr:Emin
ilgar|m|az|1|ilqar||az:İlqar
zaur|m|az|1|zaur
rauf|m|az|1|rauf
vugar|m|az|1|vüqar||az:Vüqar
gunay|f|az,tu|1|günay||tr:Günay
fidan|f|az,tu|1|fidan||tr:Fidan
aygun|f|az|1|aygün||az:Aygün
esmira|f|az|1|esmira
sevda|f|az|1|sevda
kamala|f|az|1|kämalä||az:Kəmalə
aida|f|az|1|aida
"""

# canon|groups|weight|key|arabic script|extras|flags  (g = gendered -ov/-ev, F = women only)
KEY_FAMILY = r"""
ahmad|ar,sy|3|al-aHmad|الأحمد|en:Alahmad;en:Al Ahmed;tr:Elahmet
ali|ar,sy,iq|3|al-'alii|العلي|
husayn|ar,sy,iq|3|al-Husayn|الحسين|en:Al Hussein;en:Alhussein;tr:Elhüseyin
hasan|ar,sy|3|al-Hasan|الحسن|en:Al Hassan;en:Alhasan
muhammad|ar,sy|3|al-muHammad|المحمد|en:Al Mohammad;en:Almohamad;tr:Elmuhammed
khalil|ar,sy|2|khaliil|خليل|tr:Halil
haddad|ar,sy|2|Haddaad|حداد|
darwish|ar,sy,iq|2|darwiish|درويش|tr:Derviş;fr:Darouich;en:Darweesh
hamdan|ar|1|Hamdaan|حمدان|
sabbagh|ar,sy|1|al-sabbaagh|الصباغ|
masri|ar,sy|1|al-masrii|المصري|en:Al Masri;en:Almasri
halabi|sy|1|al-Halabii|الحلبي|
shami|sy|1|al-shaamii|الشامي|en:Al Shami
hamawi|sy|1|al-Hamawii|الحموي|en:Al Hamwi;en:Alhamwi
homsi|sy|1|al-Himsii|الحمصي|en:Al Homsi;en:Homsi
najjar|ar,sy|1|al-najjaar|النجار|tr:Neccar
khatib|ar,sy|2|al-khatiib|الخطيب|tr:Hatip;en:Al Khatib
qasim|ar,iq|1|qaasim|قاسم|en:Kassem;en:Qassim
uthman|ar,sy|2|'uthmaan|عثمان|en:Othman;en:Osman;tr:Osman
abdullah|ar,sy|2|al-'abd*ullaah|العبدالله|en:Al Abdullah;en:Alabdullah;tr:Elabdullah
jasim|ar,sy,iq|2|al-jaasim|الجاسم|en:Al Jassem;en:Al Jasim
mahmud|ar,sy|2|al-maHmuud|المحمود|en:Al Mahmoud
salih|ar,sy|2|al-saaliH|الصالح|en:Al Saleh
isa|ar,sy|1|al-'iisaa|العيسى|en:Al Issa
hamad|ar,sy|2|al-Hamad|الحمد|en:Al Hamad
jubouri|iq|2|al-jubuurii|الجبوري|en:Al-Jubouri;en:Al-Jabouri;en:Aljuboori
obaidi|iq|2|al-'ubaydii|العبيدي|en:Al-Obaidi;en:Al Ubaidi
dulaimi|iq|2|al-dulaymii|الدليمي|en:Al-Dulaimi;en:Aldulaimy
tamimi|iq,sy|1|al-tamiimii|التميمي|
saadi|iq|1|al-sa'dii|السعدي|en:Al-Saadi
zubaidi|iq|1|al-zubaydii|الزبيدي|
shammari|iq,sy|1|al-shammarii|الشمري|
rubaie|iq|1|al-rubay'ii|الربيعي|en:Al-Rubaie;en:Al Rubaiy
kadhim|iq|2|kaadhim|كاظم|en:Kadhim;en:Kazem;en:Kazim;tr:Kazım
musawi|iq|1|al-muusawii|الموسوي|en:Al-Moussawi;en:Al-Musawi
hashimi|ar,iq|1|al-haashimii|الهاشمي|
jabir|ar,iq|1|jaabir|جابر|en:Jaber;tr:Cabir
yunus|ar,sy|1|yuunus|يونس|en:Younes;en:Younis;tr:Yunus
khuri|sy|1|khuurii|خوري|en:Khoury;en:Khouri
nasir|ar|1|naasir|ناصر|en:Nasser
mansur|ar|1|mansuur|منصور|en:Mansour
sulayman|ar,sy|1|sulaymaan|سليمان|en:Suleiman;en:Sleiman
abbas|ar,iq|1|'abbaas|عباس|
kurdi|sy|1|al-kurdii|الكردي|en:Al Kurdi;en:Alkurdi
bakr|ar,sy|1|bakr|بكر|en:Bakir
ibrahim|ar,sy|2|ibraahiim|إبراهيم|
mustafa|ar,sy|1|mustafaa|مصطفى|
shaykh|ar,sy|1|al-shaykh|الشيخ|en:Al Sheikh;en:Alsheikh
alaoui|ma|2|'alawii|العلوي|fr:Alaoui;fr:El Alaoui
idrissi|ma|2|al-idriisii|الإدريسي|fr:El Idrissi;fr:Idrissi;fr:Elidrissi
ben_ali|ma|1|bin+'alii|بن علي|fr:Benali;fr:Ben Ali
bennani|ma|1|bannaanii|بناني|fr:Bennani
amrani|ma|1|al-'amraanii|العمراني|fr:El Amrani;fr:Amrani
tazi|ma|1|al-taazii|التازي|fr:Tazi;fr:Ettazi
berrada|ma|1|barraada|برادة|fr:Berrada
bouzid|ma|1|buu+ziid|بوزيد|fr:Bouzid;fr:Bou Zid
ait_ahmed|ma|1|aayt+aHmad|آيت أحمد|fr:Aït Ahmed;fr:Ait Ahmed;fr:Aitahmed
benjelloun|ma|1|bin+jalluun|بنجلون|fr:Benjelloun;fr:Ben Jelloun
chraibi|ma|1|al-shraaybii|الشرايبي|fr:Chraibi;fr:Cheraibi
fassi|ma|1|al-faasii|الفاسي|fr:El Fassi;fr:Fassi
ziani|ma|1|ziyaanii|زياني|fr:Ziani
mohammadi|fa,af|4|mohammadii|محمدی|en:Muhammadi
hosseini|fa,af|4|hosseynii/af=husaynii|حسینی|en:Hosseini;en:Husseini;en:Hussaini;en:Hosseiny;tr:Hüseyni
ahmadi|fa,af|4|ahmadii|احمدی|
rezaei|fa,af|3|rezaa'ii|رضایی|en:Rezaei;en:Rezaee;en:Rezai;en:Rezayi;tr:Rızai
moradi|fa|2|moraadii|مرادی|en:Muradi
karimi|fa,af|3|kariimii|کریمی|
jafari|fa,af|2|ja'farii|جعفری|en:Jafari;en:Jaafari;en:Jafary
rahimi|fa,af|2|raHiimii|رحیمی|
hashemi|fa,af|2|haashemii/af=haashimii|هاشمی|en:Hashemi;en:Hashimi
ghasemi|fa|2|ghaasemii|قاسمی|en:Ghasemi;en:Qasemi;en:Ghassemi
sadeghi|fa|2|saadeghii|صادقی|en:Sadeghi;en:Sadeqi
akbari|fa,af|2|akbarii|اکبری|
kazemi|fa,af|1|kaazemii|کاظمی|en:Kazemi;en:Kazimi
mousavi|fa,af|2|muusavii|موسوی|en:Mousavi;en:Musavi;en:Moosavi
ebrahimi|fa,af|2|ebraahiimii|ابراهیمی|en:Ebrahimi;en:Ibrahimi
hosseinzadeh|fa,az|1|hosseyn+zaade/az=hüseyn+zadä|حسین زاده|en:Hosseinzadeh;en:Hoseinzadeh;az:Hüseynzadə;tr:Hüseyinzade
alizadeh|fa,az|2|ali+zaade/az=äli+zadä|علی زاده|en:Alizadeh;en:Alizade;az:Əlizadə;tr:Alizade
rezazadeh|fa|1|rezaa+zaade|رضا زاده|en:Rezazadeh
najafi|fa,af|1|najafii|نجفی|
heidari|fa,af|2|heydarii/af=haydarii|حیدری|en:Heidari;en:Haidari;en:Heydari
abbasi|fa,pk|1|'abbaasii|عباسی|
nazari|fa,af|2|nazarii|نظری|
salehi|fa|1|saaleHii|صالحی|
rostami|fa|1|rostamii|رستمی|
amiri|fa,af|2|amiirii|امیری|
azizi|fa,af|2|'aziizii|عزیزی|
ghorbani|fa,af|1|ghorbaanii|قربانی|en:Ghorbani;en:Qurbani
bagheri|fa|1|baagherii|باقری|en:Bagheri
zamani|fa,af|1|zamaanii|زمانی|
asadi|fa,af|1|asadii|اسدی|
mirzaei|fa|1|miirzaa'ii|میرزایی|en:Mirzaei;en:Mirzaee;en:Mirzai
soltani|fa,af|1|soltaanii/af=sultaanii|سلطانی|
yousefi|fa,af|1|yuusefii|یوسفی|
naderi|fa|1|naaderii|نادری|
taheri|fa|1|taaherii|طاهری|
ahmadzai|af|2|aHmad+zay|احمدزی|en:Ahmadzai;en:Ahmadzay;en:Ahmad Zai
popalzai|af|1|popal+zay|پوپلزی|en:Popalzai;en:Popal
stanikzai|af|1|staanik+zay|ستانکزی|en:Stanikzai;en:Stanekzai
wardak|af|1|wardak|وردک|
noori|af|2|nuurii|نوری|en:Noori;en:Nuri
sadat|af|1|saadaat|سادات|
safi|af|1|saafii|صافی|
niazi|af,pk|1|niyaazii|نیازی|
mohmand|af|1|mohmand|مومند|
barakzai|af|1|baarak+zay|بارکزی|
durrani|af,pk|1|durraanii|درانی|
hotak|af|1|hotak|هوتک|
yusufzai|af,pk|1|yuusuf+zay|یوسفزی|en:Yousafzai;en:Yusufzai
mangal|af|1|mangal|منگل|
sheikho|ku|2|shaykhuu|شيخو|ku:Şêxo;tr:Şeyho;en:Sheikho
hamo|ku|1|Hammuu|حمو|ku:Hemo;en:Hamo
barzani|ku|1|baarzaanii|بارزانی|en:Barzani
zebari|ku|1|ziibaarii|زێباری|en:Zebari;en:Zibari
jaff|ku|1|jaaf|جاف|en:Jaff
karimov|uz,tj,az,kz|3|kariimov/az=kärimov||az:Kərimov|g
rahimov|uz,tj|2|raHiimov||uz:Rahimov;cyr:Рахимов|g
yusupov|uz,tj|2|yusupov|||g
tursunov|uz,tj|2|tursunov|||g
ismoilov|uz,tj,az|2|ismoilov/az=ismayılov||az:İsmayılov;cyr:Исмаилов;en:Ismailov|g
abdullaev|uz,tj,kg|2|'abdullaev||uz:Abdullayev|g
sobirov|uz,tj|1|sobirov|||g
nazarov|uz,tj,tk|2|nazarov||tk:Nazarow|g
mirzaev|uz,tj|1|mirzaev/tj=mirzoev||uz:Mirzayev;en:Mirzoev|g
aliev|uz,az,tj|3|aliev/az=äliyev||az:Əliyev;uz:Aliyev|g
usmonov|uz,tj|1|usmonov||cyr:Усманов;en:Usmanov|g
ergashev|uz|1|ergashev|||g
kholmatov|uz|1|kholmatov||uz:Xolmatov|g
saidov|uz,tj|1|saidov|||g
hasanov|uz,tj,az|2|Hasanov/az=häsänov||az:Həsənov;cyr:Гасанов;cyr:Хасанов|g
atayev|tk|2|atayev||tk:Atayew|g
orazov|tk|1|orazov||tk:Orazow|g
amanov|tk|1|amanov||tk:Amanow|g
berdiyev|tk|1|berdiyev||tk:Berdiýew|g
muradov|tk,az|1|muradov/tk=mıradov||tk:Myradow|g
hojayev|tk|1|hojayev||tk:Hojaýew|g
gurbanov|tk,az|1|gurbanov/az=qurbanov||tk:Gurbanow;az:Qurbanov|g
annayev|tk|1|annayev||tk:Annaýew|g
durdyyev|tk|1|durdıyev||tk:Durdyýew|g
abdyldaev|kg|1|abdıldaev|||g
asanov|kg|1|asanov|||g
mamatov|kg|1|mamatov|||g
toktogulov|kg|1|toktogulov|||g
sadykov|kg,kz|1|sadıkov|||g
osmonov|kg|1|osmonov|||g
zhumabaev|kg,kz|1|zhumabaev||en:Jumabaev|g
kadyrov|kg,kz|1|kadırov|||g
usenov|kg|1|usenov|||g
nurlanov|kz|1|nurlanov|||g
akhmetov|kz|1|aHmetov|||g
omarov|kz|1|omarov|||g
suleimenov|kz|1|suleymenov|||g
tulegenov|kz|1|tülegenov|||g
zhaksybekov|kz|1|zhaqsıbekov|||g
rahmonov|tj|2|raHmonov||cyr:Рахмонов|g
sharipov|tj|1|sharipov|||g
qodirov|tj|1|qodirov||en:Kodirov|g
davlatov|tj|1|davlatov|||g
safarov|tj,az|1|safarov|||g
mammadov|az|3|mämmädov||az:Məmmədov;cyr:Мамедов;tr:Memmedov;en:Mamedov|g
huseynov|az|2|hüseynov||az:Hüseynov;cyr:Гусейнов|g
guliyev|az|1|quliyev||az:Quliyev;cyr:Кулиев|g
abbasov|az|1|abbasov|||g
babayev|az|1|babayev|||g
jafarov|az|1|jäfärov||az:Cəfərov;cyr:Джафаров|g
rzayev|az|1|rzayev|||g
suleymanov|az|1|süleymanov|||g
mustafayev|az|1|mustafayev|||g
najafov|az|1|näjäfov||az:Nəcəfov|g
khan|pk,af|6|khaan|خان|
ahmad|pk,bd|3|aHmad|احمد|en:Ahmed
husayn|pk,bd|2|Husayn/bd=hossayn|حسین|en:Hussain;en:Hossain;en:Hussein
ali|pk|2|'alii|علی|
shah|pk,af|2|shaah|شاہ|
butt|pk|1|butt|بٹ|
malik|pk|2|malik|ملک|
qureshi|pk|1|qurayshii|قریشی|en:Qureshi;en:Quraishi
chowdhury|pk,bd|1|chawdharii|چوہدری|en:Chaudhry;en:Chaudhary;en:Choudhury;en:Chowdhury
rida|pk|1|razaa|رضا|en:Raza
iqbal|pk|1|iqbaal|اقبال|
akhtar|pk,bd|2|akhtar/bd=akter|اختر|en:Akhtar;en:Akter;en:Akhter|F
mirza|pk|1|mirzaa|مرزا|
siddiqui|pk,bd|1|siddiiqii|صدیقی|en:Siddiqui;en:Siddiqi;en:Siddique
baloch|pk|1|baluuch|بلوچ|
islam|bd|3|islaam||en:Islam|M
uddin|bd|2|ud+diin||en:Uddin;en:Ud Din;en:Uddeen|M
rahman|bd|3|raHmaan||en:Rahman;en:Rehman
miah|bd|2|miyaa||en:Miah;en:Mia;en:Miya|M
sarker|bd|1|sarkaar||en:Sarker;en:Sarkar
alam|bd|1|aalam||en:Alam
haque|bd|1|Haqq||en:Haque;en:Hoque;en:Haq
khatun|bd|2|khaatuun||en:Khatun;en:Khatoon|F
begum|bd,pk|2|begum||en:Begum|F
omar|ar,sy|2|al-'umar|العمر|en:Al Omar;tr:Elömer
hammoud|ar,sy|1|Hammuud|حمود|en:Hammoud;tr:Hammud
khalaf|ar,sy,iq|1|al-khalaf|الخلف|en:Al Khalaf
ibrahimi|sy|1|al-ibraahiim|الإبراهيم|en:Al Ibrahim
musa|ar,sy|1|al-muusaa|الموسى|en:Al Mousa;en:Al Musa
yusuf|ar,sy|1|al-yuusuf|اليوسف|en:Al Youssef
shaaban|sy|1|sha'baan|شعبان|tr:Şaban
kanaan|sy|1|kan'aan|كنعان|en:Kanaan
zoubi|sy|1|al-zu'bii|الزعبي|en:Al Zoubi;en:Alzoubi
hariri|sy|1|al-Hariirii|الحريري|en:Al Hariri
rifai|sy|1|al-rifaa'ii|الرفاعي|en:Al Rifai;tr:Rıfai
qassab|sy|1|qassaab|قصاب|en:Kassab;tr:Kasap
aswad|sy|1|al-aswad|الأسود|en:Al Aswad
idlibi|sy|1|al-idlibii|الإدلبي|en:Al Idlibi
deiri|sy|1|al-dayrii|الديري|en:Al Deiri
hajji|sy,iq|1|al-Hajjii|الحجي|en:Al Hajji
abdo|sy|1|'abduu|عبدو|en:Abdo;en:Abdou
hijazi|sy|1|Hijaazii|حجازي|en:Hijazi;tr:Hicazi
bakkour|sy|1|bakkuur|بكور|en:Bakkour
dabbagh|sy|1|al-dabbaagh|الدباغ|en:Dabbagh
attar|sy,iq|1|al-'attaar|العطار|en:Al Attar;tr:Attar
naddaf|sy|1|al-naddaaf|النداف|en:Naddaf
janabi|iq|1|al-janaabii|الجنابي|en:Al-Janabi
khafaji|iq|1|al-khafaajii|الخفاجي|en:Al-Khafaji
maliki|iq|1|al-maalikii|المالكي|en:Al-Maliki
bayati|iq|1|al-bayaatii|البياتي|en:Al-Bayati
azzawi|iq|1|al-'azzaawii|العزاوي|en:Al-Azzawi
hamdani|iq|1|al-hamdaanii|الهمداني|en:Al-Hamdani
lami|iq|1|al-laamii|اللامي|en:Al-Lami
asadi|iq|1|al-asadii|الأسدي|en:Al-Asadi
kaabi|iq|1|al-ka'bii|الكعبي|en:Al-Kaabi
geldiyev|tk|1|geldiyev||tk:Geldiýew|g
ovezov|tk|1|övezov||tk:Öwezow;cyr:Овезов|g
saparov|tk|1|saparov||tk:Saparow|g
khudayberdiyev|tk,uz|1|khudayberdiyev/uz=khudoyberdiev||tk:Hudaýberdiýew;uz:Xudoyberdiyev|g
allaberdiyev|tk|1|allaberdiyev||tk:Allaberdiýew|g
bayramov|tk,az|1|bayramov||tk:Baýramow|g
charyyev|tk|1|charıyev||tk:Çaryýew|g
meredov|tk|1|meredov||tk:Meredow|g
rejepov|tk|1|rejepov||tk:Rejepow|g
halmyradov|tk|1|khalmıradov||tk:Halmyradow|g
nuryagdyyev|tk|1|nuryagdıyev||tk:Nurýagdyýew|g
hallyyev|tk|1|khallıyev||tk:Hallyýew|g
garayev|tk,az|1|garayev/az=qarayev||tk:Garaýew;az:Qarayev|g
pirliyev|tk|1|pirliyev||tk:Pirliýew|g
yazmyradov|tk|1|yazmıradov||tk:Ýazmyradow|g
begmyradov|tk|1|begmıradov||tk:Begmyradow|g
jurayev|uz,tj|1|jörayev||uz:Joʻrayev;en:Juraev|g
mahmudov|uz,tj,az|1|maHmudov||az:Mahmudov|g
rasulov|uz,tj,az|1|rasulov|||g
sultonov|uz,tj|1|sultonov||en:Sultanov|g
hamidov|uz,tj|1|Hamidov|||g
yoldoshev|uz|1|yöldoshev||uz:Yoʻldoshev;en:Yuldashev|g
normatov|uz|1|normatov|||g
tokhtaev|uz|1|tökhtaev||uz:Toʻxtayev;en:Tukhtaev|g
umarov|uz,tj,kz|1|umarov|||g
aminov|uz,tj|1|aminov|||g
qosimov|uz,tj|1|qosimov||en:Kasymov|g
bakirov|kg|1|bakırov|||g
toktosunov|kg|1|toktosunov|||g
zholdoshev|kg|1|zholdoshev||en:Joldoshev|g
turdubaev|kg|1|turdubaev|||g
mambetov|kg,kz|1|mambetov|||g
sultanbekov|kg|1|sultanbekov|||g
kubanychbekov|kg|1|kubanıchbekov|||g
alymkulov|kg|1|alımkulov|||g
ryskulov|kg,kz|1|rıskulov|||g
beishenaliev|kg|1|beyshenaliev|||g
nurpeisov|kz|1|nurpeyisov|||g
ermekov|kz|1|ermekov|||g
kassymov|kz|1|qasımov|||g
zhumabekov|kz|1|zhumabekov|||g
mukhametov|kz|1|mukhametov|||g
khojaev|tj,uz|1|khojaev|||g
sattorov|tj|1|sattorov|||g
jumaev|tj,uz|1|jumaev|||g
boboev|tj|1|boboev|||g
azimov|tj,uz|1|azimov|||g
karimzoda|tj|1|kariimzoda||
safarzoda|tj|1|safarzoda||
ibrahimov|az|1|ibrahimov||az:İbrahimov|g
hajiyev|az|1|hajıyev||az:Hacıyev;cyr:Гаджиев|g
valiyev|az|1|väliyev||az:Vəliyev|g
asadov|az|1|äsädov||az:Əsədov|g
musayev|az|1|musayev|||g
ahmadov|az|1|ähmädov||az:Əhmədov|g
sadigov|az|1|sadıqov||az:Sadıqov|g
zeynalov|az|1|zeynalov|||g
orujov|az|1|orujov||az:Orucov|g
agayev|az|1|ağayev||az:Ağayev|g
"""

# canon|sex|groups|weight|Russian Cyrillic|Ukrainian Cyrillic|Romanian (Moldova)|diminutives
SLAV_GIVEN = r"""
alexander|m|ru,ua,md|4|Александр|Олександр|Alexandru|Саша,Шура
sergey|m|ru,ua,md|3|Сергей|Сергій|Sergiu|Серёжа
dmitry|m|ru,ua,md|3|Дмитрий|Дмитро|Dumitru|Дима
andrey|m|ru,ua,md|3|Андрей|Андрій|Andrei|Андрюша
alexey|m|ru,ua|2|Алексей|Олексій||Лёша
ivan|m|ru,ua|3|Иван|Іван||Ваня
maxim|m|ru,ua|2|Максим|Максим||Макс
nikolay|m|ru,ua,md|2|Николай|Микола|Nicolae|Коля
vladimir|m|ru,ua|2|Владимир|Володимир||Вова
mikhail|m|ru,ua,md|2|Михаил|Михайло|Mihai|Миша
oleg|m|ru,ua|1|Олег|Олег||
yury|m|ru,ua|1|Юрий|Юрій||Юра
viktor|m|ru,ua,md|2|Виктор|Віктор|Victor|Витя
igor|m|ru,ua|1|Игорь|Ігор||
pavel|m|ru,ua|1|Павел|Павло||Паша
roman|m|ru,ua|1|Роман|Роман||Рома
vitaly|m|ru,ua|1|Виталий|Віталій||Виталик
ion|m|md|3|Ион||Ion|
vasile|m|md|2|Василе||Vasile|
george|m|md|2|Георгий||Gheorghe|Гоша
elena|f|ru,ua,md|4|Елена|Олена|Elena|Лена
olga|f|ru,ua,md|3|Ольга|Ольга|Olga|Оля
natalia|f|ru,ua,md|4|Наталья|Наталія|Natalia|Наташа
tatiana|f|ru,ua,md|3|Татьяна|Тетяна|Tatiana|Таня
irina|f|ru,ua,md|3|Ирина|Ірина|Irina|Ира
svetlana|f|ru,ua,md|2|Светлана|Світлана|Svetlana|Света
anna|f|ru,ua,md|3|Анна|Ганна|Ana|Аня
ekaterina|f|ru,ua,md|2|Екатерина|Катерина|Ecaterina|Катя
yulia|f|ru,ua|3|Юлия|Юлія||Юля
marina|f|ru,ua|2|Марина|Марина||
anastasia|f|ru,ua|3|Анастасия|Анастасія||Настя
oksana|f|ru,ua|2|Оксана|Оксана||
viktoria|f|ru,ua,md|2|Виктория|Вікторія|Victoria|Вика
daria|f|ru,ua|2|Дарья|Дар'я||Даша
alina|f|ru,ua,md|2|Алина|Аліна|Alina|
kristina|f|ru,ua,md|2|Кристина|Христина|Cristina|
lyudmila|f|ru,ua,md|1|Людмила|Людмила|Ludmila|Люда
valentina|f|ru,ua,md|1|Валентина|Валентина|Valentina|Валя
galina|f|ru,ua,md|1|Галина|Галина|Galina|Галя
nadezhda|f|ru,ua,md|1|Надежда|Надія|Nadejda|Надя
maria|f|ru,ua,md|3|Мария|Марія|Maria|Маша
olesya|f|ru,ua|1|Олеся|Олеся||
mariana|f|md,ua|2|Марианна|Мар'яна|Mariana|
doina|f|md|1|Дойна||Doina|
daniela|f|md|1|Даниэла||Daniela|
"""

# canon|groups|weight|Russian Cyrillic|Ukrainian Cyrillic|Romanian|flags
SLAV_FAMILY = r"""
ivanov|ru,md|3|Иванов|Іванов||g
smirnov|ru|2|Смирнов|||g
kuznetsov|ru|2|Кузнецов|||g
popov|ru,md|2|Попов|||g
vasiliev|ru|1|Васильев|||g
petrov|ru|2|Петров|||g
sokolov|ru|1|Соколов|||g
mikhailov|ru|1|Михайлов|||g
novikov|ru|1|Новиков|||g
fedorov|ru|1|Фёдоров|||g
morozov|ru|1|Морозов|||g
volkov|ru|1|Волков|||g
alekseev|ru|1|Алексеев|||g
lebedev|ru|1|Лебедев|||g
semenov|ru|1|Семёнов|||g
egorov|ru|1|Егоров|||g
pavlov|ru|1|Павлов|||g
kozlov|ru|1|Козлов|||g
stepanov|ru|1|Степанов|||g
orlov|ru|1|Орлов|||g
makarov|ru|1|Макаров|||g
zaitsev|ru|1|Зайцев|||g
solovyov|ru|1|Соловьёв|||g
kovalev|ru,ua|1|Ковалёв|Ковальов||g
belov|ru|1|Белов|||g
vishnevsky|ru,ua|1|Вишневский|Вишневський||g
shevchenko|ua|3|Шевченко|Шевченко||
kovalenko|ua,md|2|Коваленко|Коваленко||
bondarenko|ua|2|Бондаренко|Бондаренко||
tkachenko|ua|2|Ткаченко|Ткаченко||
kravchenko|ua|1|Кравченко|Кравченко||
boyko|ua|2|Бойко|Бойко||
melnyk|ua|2|Мельник|Мельник||
moroz|ua|1|Мороз|Мороз||
lysenko|ua|1|Лысенко|Лисенко||
koval|ua|1|Коваль|Коваль||
savchenko|ua|1|Савченко|Савченко||
rudenko|ua|1|Руденко|Руденко||
marchenko|ua|1|Марченко|Марченко||
polishchuk|ua|1|Полищук|Поліщук||
petrenko|ua|1|Петренко|Петренко||
kovalchuk|ua|1|Ковальчук|Ковальчук||
oliynyk|ua|1|Олейник|Олійник||
kravets|ua|1|Кравец|Кравець||
shevchuk|ua|1|Шевчук|Шевчук||
bondar|ua|1|Бондарь|Бондар||
tkachuk|ua|1|Ткачук|Ткачук||
hrytsenko|ua|1|Гриценко|Гриценко||
rusu|md|3|Русу||Rusu|
ceban|md|2|Чебан||Ceban|
popa|md|2|Попа||Popa|
cojocaru|md|2|Кожокару||Cojocaru|
lungu|md|2|Лунгу||Lungu|
munteanu|md|2|Мунтяну||Munteanu|
ciobanu|md|2|Чобану||Ciobanu|
turcan|md|1|Цуркан||Țurcan|
rotaru|md|1|Ротару||Rotaru|
sirbu|md|1|Сырбу||Sîrbu|
bivol|md|1|Бивол||Bivol|
gutu|md|1|Гуцу||Guțu|
cebotari|md|1|Чеботарь||Cebotari|
moraru|md|1|Морару||Moraru|
balan|md|1|Балан||Bălan|
croitoru|md|1|Кроитору||Croitoru|
ursu|md|1|Урсу||Ursu|
"""

# canon|sex|weight|Georgian script|extras
GEO_GIVEN = r"""
george|m|5|გიორგი|short:Gio
david|m|3|დავით|
levan|m|2|ლევან|short:Leko
irakli|m|2|ირაკლი|
nikolay|m|1|ნიკოლოზ|short:Nika
luka|m|2|ლუკა|
zurab|m|1|ზურაბ|
tornike|m|1|თორნიკე|short:Toko
giga|m|1|გიგა|
lasha|m|1|ლაშა|
nino|f|5|ნინო|
maryam|f|3|მარიამ|short:Mari
tamar|f|3|თამარ|short:Tamuna
anna|f|2|ანა|
ketevan|f|1|ქეთევან|short:Keti
salome|f|2|სალომე|
eka|f|1|ეკა|
natia|f|1|ნათია|
maia|f|1|მაია|
tamta|f|1|თამთა|
sopho|f|1|სოფო|
khatia|f|1|ხატია|
nana|f|1|ნანა|
lela|f|1|ლელა|
"""

# canon|weight|Georgian script|extras
GEO_FAMILY = r"""
beridze|3|ბერიძე|
kapanadze|2|კაპანაძე|
gelashvili|2|გელაშვილი|
maisuradze|2|მაისურაძე|
giorgadze|2|გიორგაძე|
lomidze|1|ლომიძე|
tsiklauri|1|წიკლაური|
bolkvadze|1|ბოლქვაძე|
nozadze|1|ნოზაძე|
khutsishvili|1|ხუციშვილი|
abashidze|1|აბაშიძე|
kvaratskhelia|1|კვარაცხელია|
chkheidze|1|ჩხეიძე|
dolidze|1|დოლიძე|
mikeladze|1|მიქელაძე|
tsereteli|1|წერეთელი|
meladze|1|მელაძე|
kiknadze|1|კიკნაძე|
japaridze|1|ჯაფარიძე|
mchedlishvili|1|მჭედლიშვილი|
shengelia|1|შენგელია|
"""

# Latin-script names (Turkish citizens, Nigerians, Ghanaians, Ethiopians).
# canon|sex|groups|weight|spelling ('+' = compound)|Ge'ez script|extras
LAT_GIVEN = r"""
mehmet|m|tu|10|Mehmet||en:Mehmed
emre|m|tu|3|Emre|
burak|m|tu|3|Burak|
serkan|m|tu|2|Serkan|
hakan|m|tu|2|Hakan|
ugur|m|tu|2|Uğur|
gokhan|m|tu|2|Gökhan|
cem|m|tu|1|Cem|
erkan|m|tu|1|Erkan|
volkan|m|tu|1|Volkan|
oguz|m|tu|1|Oğuz|
can|m|tu|2|Can|
tolga|m|tu|1|Tolga|
kadir|m|tu|2|Kadir|
recep|m|tu|2|Recep|
elif|f|tu|5|Elif|
ozlem|f|tu|2|Özlem|
hulya|f|tu|2|Hülya|
gul|f|tu|2|Gül|
songul|f|tu|2|Songül|
derya|f|tu|2|Derya|
ebru|f|tu|2|Ebru|
sevgi|f|tu|1|Sevgi|
dilek|f|tu|2|Dilek|
tugba|f|tu|2|Tuğba|
gamze|f|tu|2|Gamze|
pinar|f|tu|2|Pınar|
sibel|f|tu|1|Sibel|
aysenur|f|tu|3|Ayşe+nur|
fatmanur|f|tu|1|Fatma+nur|
ozge|f|tu|1|Özge|
seda|f|tu|1|Seda|
chukwuemeka|m|ng|2|Chukwuemeka||short:Emeka
chinedu|m|ng|2|Chinedu||
oluwaseun|m|ng|2|Olúwaseun||short:Seun;en:Oluwaseun
babatunde|m|ng|1|Babátúndé||short:Tunde;en:Babatunde
segun|m|ng|1|Ṣẹ́gun||en:Segun
uche|m|ng|1|Uche||
osagie|m|ng|2|Osagie||
efosa|m|ng|1|Efosa||
eghosa|m|ng|1|Eghosa||
osaro|m|ng|1|Osaro||
samuel|m|ng,gh|2|Samuel||
daniel|m|ng|2|Daniel||
emmanuel|m|ng,gh|3|Emmanuel||short:Emma
john|m|ng|2|John||
peter|m|ng|1|Peter||
david|m|ng|2|David||
michael|m|ng|1|Michael||
godwin|m|ng|1|Godwin||
sunday|m|ng|2|Sunday||
friday|m|ng|1|Friday||
musa|m|ng|2|Musa||
abubakar|m|ng|1|Abubakar||
blessing|f|ng|6|Blessing||en:Blessin
precious|f|ng|4|Precious||
joy|f|ng|3|Joy||
mercy|f|ng,gh|3|Mercy||
favour|f|ng|3|Favour||en:Favor
gift|f|ng|2|Gift||
peace|f|ng|2|Peace||
esther|f|ng|2|Esther||
grace|f|ng,gh|3|Grace||
ngozi|f|ng|2|Ngozi||
chioma|f|ng|2|Chioma||
adaeze|f|ng|1|Adaeze||short:Ada
funmilayo|f|ng|1|Fúnmiláyọ̀||short:Funmi;en:Funmilayo
patience|f|ng,gh|2|Patience||
happiness|f|ng|1|Happiness||
loveth|f|ng|1|Loveth||
osas|f|ng|2|Osas||
ivie|f|ng|1|Ivie||
ese|f|ng|1|Ese||
faith|f|ng|2|Faith||
princess|f|ng|1|Princess||
aisha|f|ng|1|Aisha||en:Aishat
fatima|f|ng|1|Fatima||en:Fatimah
hawa|f|ng|1|Hauwa||
kwame|m|gh|3|Kwame||fr:Kouamé
kofi|m|gh|3|Kofi||fr:Koffi
kwabena|m|gh|2|Kwabena||
kwaku|m|gh|2|Kwaku||fr:Kouakou
yaw|m|gh|2|Yaw||
kojo|m|gh|2|Kojo||en:Kodjo
kwesi|m|gh|2|Kwesi||en:Kwasi
kwadwo|m|gh|1|Kwadwo||fr:Kouadio
evans|m|gh|1|Evans||
prince|m|gh|1|Prince||
isaac|m|gh|1|Isaac||
richard|m|gh|1|Richard||
akosua|f|gh|3|Akosua||short:Akos
ama|f|gh|3|Ama||en:Amma
abena|f|gh|3|Abena||en:Abenaa
adwoa|f|gh|2|Adwoa||fr:Adjoa
akua|f|gh|2|Akua||
yaa|f|gh|2|Yaa||
esi|f|gh|2|Esi||en:Essi
efua|f|gh|2|Efua||en:Afua
gifty|f|gh|2|Gifty||
comfort|f|gh|2|Comfort||
joyce|f|gh|1|Joyce||
linda|f|gh|1|Linda||
vida|f|gh|1|Vida||
abigail|f|gh|1|Abigail||
abebe|m|et|2|Abebe|አበበ|en:Abeba
david|m|et|2|Dawit|ዳዊት|en:Dawid
yonas|m|et|2|Yonas|ዮናስ|
girma|m|et|1|Girma|ግርማ|en:Germa
tesfaye|m|et|2|Tesfaye|ተስፋዬ|en:Tesfay;en:Tesfai
alemu|m|et|1|Alemu|አለሙ|en:Alamu
bekele|m|et|2|Bekele|በቀለ|en:Beqele
haile|m|et|1|Haile|ኃይሌ|en:Hayle
kebede|m|et|2|Kebede|ከበደ|en:Kabede
tadesse|m|et|2|Tadesse|ታደሰ|en:Tadese;en:Taddese
mulugeta|m|et|1|Mulugeta|ሙሉጌታ|short:Mulu
getachew|m|et|1|Getachew|ጌታቸው|en:Getachaw
worku|m|et|1|Worku|ወርቁ|en:Werku
mesfin|m|et|1|Mesfin|መስፍን|
solomon|m|et|1|Solomon|ሰሎሞን|en:Selomon
emmanuel|m|et|1|Amanuel|አማኑኤል|en:Emanuel
berhanu|m|et|1|Berhanu|ብርሃኑ|en:Birhanu
tigist|f|et|3|Tigist|ትዕግስት|en:Tigest;en:Tegist
meron|f|et|2|Meron|ሜሮን|en:Miron
hana|f|et|2|Hana|ሐና|en:Hanna
selam|f|et|2|Selam|ሰላም|en:Salam
bethlehem|f|et|2|Bethlehem|ቤተልሔም|en:Betelhem;en:Betlehem
mekdes|f|et|2|Mekdes|መቅደስ|en:Meqdes
tsion|f|et|1|Tsion|ጽዮን|en:Tsiyon;en:Zion
almaz|f|et|2|Almaz|አልማዝ|en:Almas
genet|f|et|1|Genet|ገነት|en:Gennet
hiwot|f|et|2|Hiwot|ሕይወት|en:Hewot;en:Heywot
kidist|f|et|1|Kidist|ቅድስት|en:Kedist
rachel|f|et|1|Rahel|ራሔል|en:Rachel
meseret|f|et|1|Meseret|መሰረት|
esther|f|et|1|Aster|አስቴር|
"""

# canon|groups|weight|spelling|script|extras
LAT_FAMILY = r"""
yilmaz|tu|6|Yılmaz||
kaya|tu|5|Kaya||
demir|tu|5|Demir||
sahin|tu|4|Şahin||
celik|tu|4|Çelik||
yildiz|tu|4|Yıldız||
yildirim|tu|3|Yıldırım||
ozturk|tu|3|Öztürk||
aydin|tu|3|Aydın||
ozdemir|tu|3|Özdemir||
arslan|tu|3|Arslan||
dogan|tu|3|Doğan||
kilic|tu|2|Kılıç||
aslan|tu|2|Aslan||
cetin|tu|2|Çetin||
kara|tu|2|Kara||
koc|tu|2|Koç||
kurt|tu|2|Kurt||
ozkan|tu|2|Özkan||
simsek|tu|2|Şimşek||
polat|tu|2|Polat||
korkmaz|tu|2|Korkmaz||
erdogan|tu|2|Erdoğan||
hacioglu|tu|1|Hacı+oğlu||
osmanoglu|tu|1|Osman+oğlu||
karahanoglu|tu|1|Karahan+oğlu||
kaplan|tu|1|Kaplan||
bulut|tu|1|Bulut||
gunes|tu|1|Güneş||
avci|tu|1|Avcı||
tekin|tu|1|Tekin||
ates|tu|1|Ateş||
aktas|tu|1|Aktaş||
guler|tu|1|Güler||
bozkurt|tu|1|Bozkurt||
altun|tu|1|Altun||
okafor|ng|2|Okafor||
okonkwo|ng|2|Okonkwo||
adeyemi|ng|2|Adéyẹmí||en:Adeyemi
olawale|ng|1|Olawale||
eze|ng|2|Eze||
nwosu|ng|1|Nwosu||
obi|ng|1|Obi||
bello|ng|2|Bello||
abubakar|ng|1|Abubakar||
ogunleye|ng|1|Ogunleye||
adebayo|ng|1|Adébáyọ̀||en:Adebayo
okoro|ng|1|Okoro||
osagie|ng|3|Osagie||
omoruyi|ng|2|Omoruyi||
igbinedion|ng|2|Igbinedion||
idahosa|ng|2|Idahosa||
aigbe|ng|1|Aigbe||
ehigiator|ng|1|Ehigiator||
obaseki|ng|1|Obaseki||
ogbeide|ng|1|Ogbeide||
musa|ng|1|Musa||
okeke|ng|1|Okeke||
nwachukwu|ng|1|Nwachukwu||
mensah|gh|3|Mensah||
owusu|gh|3|Owusu||
boateng|gh|2|Boateng||
asante|gh|2|Asante||
osei|gh|2|Osei||
agyeman|gh|1|Agyeman||en:Agyemang
appiah|gh|1|Appiah||
acheampong|gh|1|Acheampong||
addo|gh|1|Addo||
darko|gh|1|Darko||
ofori|gh|1|Ofori||
amoah|gh|1|Amoah||
asamoah|gh|1|Asamoah||
antwi|gh|1|Antwi||
boakye|gh|1|Boakye||
sarpong|gh|1|Sarpong||
quaye|gh|1|Quaye||
tetteh|gh|1|Tetteh||
annan|gh|1|Annan||
adjei|gh|1|Adjei||
"""
