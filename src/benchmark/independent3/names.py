# -*- coding: utf-8 -*-
"""Hand-written name tables.

Line format:   id FLAGS | key=form1,form2 | key=...
  FLAGS  given names: M / F ; family names: '-' (invariable), G (gendered -ov/-ova),
         A (Arabic family name normally written with the article al-), C (compound:
         one name however it is written, the form lists hold joined and split spellings).
  keys   en  international / English-style Latin      tr  Turkish orthography
         fr  French-style Latin (Maghreb)               ir  Iranian/Afghan Latin usage
         ar  Arabic script (no short vowels)            fa  Persian/Dari/Urdu script
         cyr Russian-style Cyrillic                     uk  Ukrainian Cyrillic
         geo Georgian script    uz tk az kg kz tj ro    native Latin of that country
         dim diminutive (Cyrillic)                      ab  abbreviation
One id = one name: Fatma, Fatemeh, فاطمه, Фатима, Fotima are all `fatima`.
"""

GIVEN = r"""
muhammad M | en=Muhammad,Mohammad,Mohammed,Mohamed,Mohamad,Muhammed | tr=Muhammed,Muhammet,Mohammed | fr=Mohamed,Mohammed,Mouhamed | ir=Mohammad,Mohamad,Mohammed | ar=محمد | cyr=Мухаммад,Мухаммед,Мухамед,Магомед | uz=Muhammad | tk=Muhammet | az=Məhəmməd | ab=Mhd,MHD,Moh'd,Muh.
ahmad M | en=Ahmad,Ahmed | tr=Ahmet,Ahmed | fr=Ahmed | ir=Ahmad | ar=أحمد | fa=احمد | cyr=Ахмад,Ахмед | uz=Ahmad | az=Əhməd | tk=Ahmet
ali M | en=Ali,Aly | tr=Ali | fr=Ali | ar=علي | fa=علی | cyr=Али | az=Əli | tk=Aly
umar M | en=Omar,Umar,Omer | tr=Ömer | fr=Omar | ar=عمر | cyr=Умар,Омар | uz=Umar | tk=Ömer | az=Ömər
hasan M | en=Hassan,Hasan,Hassen | tr=Hasan | fr=Hassan,Hassane | ir=Hassan,Hasan | ar=حسن | cyr=Хасан,Гасан,Асан | uz=Hasan | az=Həsən | tk=Hasan
husayn M | en=Hussein,Hussain,Husain,Husayn | tr=Hüseyin | fr=Houssein,Hocine | ir=Hossein,Hosein,Hussain | ar=حسين | fa=حسین | cyr=Хусейн,Хусайн,Гусейн | uz=Husayn,Husan | az=Hüseyn | tk=Hüseýin
khalid M | en=Khalid,Khaled | tr=Halit,Halid | fr=Khaled | ar=خالد | cyr=Халид | uz=Xolid
mahmud M | en=Mahmoud,Mahmud,Mahmood | tr=Mahmut | fr=Mahmoud | ir=Mahmoud | ar=محمود | cyr=Махмуд | uz=Mahmud | tk=Mahmyt
mustafa M | en=Mustafa,Moustafa,Mostafa | tr=Mustafa | fr=Moustapha,Mustapha | ir=Mostafa | ar=مصطفى | fa=مصطفی | cyr=Мустафа | uz=Mustafo
ibrahim M | en=Ibrahim,Ebrahim,Ibraheem | tr=İbrahim | fr=Brahim,Ibrahim | ir=Ebrahim | ar=إبراهيم | fa=ابراهیم | cyr=Ибрагим,Ибрахим | uz=Ibrohim | az=İbrahim | tk=Ybraýym
yusuf M | en=Yusuf,Youssef,Yousef,Yousif | tr=Yusuf | fr=Youssef,Youcef | ir=Yousef | ar=يوسف | fa=یوسف | cyr=Юсуф | uz=Yusuf | tk=Ýusup
abdullah M C | en=Abdullah,Abdallah,Abd Allah,Abdulla | tr=Abdullah | fr=Abdallah,Abdellah | ir=Abdollah,Abdullah | ar=عبد الله,عبدالله | fa=عبدالله,عبد الله | cyr=Абдулла,Абдуллах | uz=Abdulla | tk=Abdylla
abdulrahman M C | en=Abdulrahman,Abdul Rahman,Abdelrahman,Abd al-Rahman,Abdul-Rahman,Abdurrahman | tr=Abdurrahman,Abdülrahman,Abdul Rahman | fr=Abderrahmane,Abdel Rahman,Abderrahman | ir=Abdolrahman,Abdul Rahman | ar=عبد الرحمن,عبدالرحمن | fa=عبدالرحمن,عبد الرحمن | cyr=Абдурахман,Абдуррахман | uz=Abdurahmon | tk=Abdyrahman
abdulkarim M C | en=Abdulkarim,Abdul Karim,Abdelkarim,Abdul-Kareem | tr=Abdülkerim,Abdulkerim | fr=Abdelkrim,Abdelkarim | ir=Abdolkarim,Abdul Karim | ar=عبد الكريم,عبدالكريم | fa=عبدالکریم,عبد الکریم | cyr=Абдукарим,Абдулкарим | uz=Abdukarim
abdulaziz M C | en=Abdulaziz,Abdul Aziz,Abdelaziz,Abd al-Aziz | tr=Abdülaziz,Abdulaziz | fr=Abdelaziz | ar=عبد العزيز,عبدالعزيز | fa=عبدالعزیز | cyr=Абдулазиз,Абдуазиз | uz=Abdulaziz
nuraldin M C | en=Nour al-Din,Nureddin,Nuruddin,Nour Eddin,Nuraddin,Noor Uddin | tr=Nurettin,Nureddin | fr=Noureddine,Nour Eddine | ir=Nouraddin | ar=نور الدين,نورالدين | cyr=Нуриддин,Нуруддин | uz=Nuriddin | tj=Nuriddin
inamulhaq M C | en=Inamulhaq,Inam ul Haq,Inam-ul-Haq,Enamul Haq | tr=İnamülhak | ir=Enamulhaq,Inamulhaq | fa=انعام‌الحق,انعام الحق,انعامالحق | cyr=Инамулхак
ziaulhaq M C | en=Zia ul Haq,Ziaulhaq,Zia-ul-Haq,Ziaul Haque | tr=Ziyaülhak | ir=Ziaulhaq,Zia ul Haq | fa=ضیاءالحق,ضیاء الحق | cyr=Зияулхак
rahmatullah M C | en=Rahmatullah,Rahmat Ullah,Rahmatulla | tr=Rahmetullah | ir=Rahmatullah,Rahmatollah | fa=رحمت‌الله,رحمت الله,رحمتالله | ar=رحمة الله | cyr=Рахматулла,Рахматилло | uz=Rahmatulla
hekmatullah M C | en=Hekmatullah,Hikmatullah,Hekmat Ullah | tr=Hikmetullah | ir=Hekmatollah,Hekmatullah | fa=حکمت‌الله,حکمت الله,حکمتالله | cyr=Хикматулла | uz=Hikmatulla
zabihullah M C | en=Zabihullah,Zabiullah,Zabih Ullah | tr=Zebihullah | ir=Zabihollah,Zabihullah | fa=ذبیح‌الله,ذبیح الله,ذبیحالله | cyr=Забихулла
gul M | en=Gul,Gol | tr=Gül | ir=Gol,Gul | fa=گل | cyr=Гул
wali M | en=Wali,Vali | tr=Veli | ir=Vali,Wali | ar=ولي | fa=ولی | cyr=Вали | uz=Vali
jawid M | en=Jawid,Javid,Javed | tr=Cavit | ir=Javid | fa=جاوید | cyr=Джавид | az=Cavid
jamal M | en=Jamal,Gamal | tr=Cemal | fr=Djamel,Jamal | ar=جمال | cyr=Джамал,Жамал | uz=Jamol | az=Camal
karim M | en=Karim,Kareem | tr=Kerim | fr=Karim | ar=كريم | fa=کریم | cyr=Карим | uz=Karim | tk=Kerim | az=Kərim
said M | en=Said,Saeed,Sayed,Saied | tr=Sait,Said | fr=Saïd,Said | ir=Saeed,Saeid | ar=سعيد | fa=سعید | cyr=Саид | uz=Said
hamza M | en=Hamza,Hamzah | tr=Hamza | fr=Hamza | ar=حمزة | fa=حمزه | cyr=Хамза
bilal M | en=Bilal,Belal | tr=Bilal | ar=بلال | cyr=Билал
yasin M | en=Yasin,Yaseen,Yassin | tr=Yasin | fr=Yassine | ar=ياسين | fa=یاسین | cyr=Ясин
ismail M | en=Ismail,Ismael,Esmail | tr=İsmail | fr=Smail,Ismaïl | ir=Esmaeil,Esmail | ar=إسماعيل | fa=اسماعیل | cyr=Исмаил | uz=Ismoil | az=İsmayıl | tk=Ysmaýyl
abbas M | en=Abbas | tr=Abbas | ar=عباس | cyr=Аббас | az=Abbas
mahdi M | en=Mahdi,Mehdi | tr=Mehdi | ir=Mehdi,Mahdi | ar=مهدي | fa=مهدی | cyr=Махди,Мехди | az=Mehdi
reza M | en=Reza,Rida,Ridha | tr=Rıza | fr=Reda,Rida | ir=Reza | ar=رضا | cyr=Реза,Риза | az=Rza
mohammadreza M C | en=Mohammad Reza,Mohammadreza,Mohamadreza,Mohammad-Reza | tr=Muhammedrıza,Muhammed Rıza | ir=Mohammadreza,Mohammad Reza,Mohamadreza | ar=محمد رضا,محمدرضا | fa=محمدرضا,محمد رضا | cyr=Мохаммадреза,Мохаммад-Реза
aliakbar M C | en=Ali Akbar,Aliakbar,Ali-Akbar | tr=Aliekber,Ali Ekber | ir=Aliakbar,Ali Akbar | ar=علي أكبر | fa=علی‌اکبر,علی اکبر,علیاکبر | cyr=Алиакбар,Али-Акбар
gholamhossein M C | en=Gholam Hossein,Ghulam Hussain,Gholamhossein,Ghulam Husain | tr=Gulam Hüseyin,Gulamhüseyin | ir=Gholamhossein,Gholam Hossein,Qolamhossein | fa=غلامحسین,غلام حسین,غلام‌حسین | ar=غلام حسين | cyr=Гуломхусейн,Гулам Хусейн
hamid M | en=Hamid,Hameed | tr=Hamit,Hamid | ir=Hamid | ar=حميد | fa=حمید | cyr=Хамид | uz=Hamid
rashid M | en=Rashid,Rasheed | tr=Reşit,Raşit | fr=Rachid | ar=رشيد | fa=رشید | cyr=Рашид | uz=Rashid | az=Rəşid
sulayman M | en=Suleiman,Sulaiman,Sulayman,Soliman | tr=Süleyman | fr=Slimane,Soulaimane | ir=Soleiman | ar=سليمان | fa=سلیمان | cyr=Сулейман,Сулайман | uz=Sulaymon | tk=Süleýman | az=Süleyman
murad M | en=Murad,Murat,Mourad | tr=Murat | fr=Mourad | ar=مراد | cyr=Мурад,Мурат | uz=Murod | tk=Myrat | az=Murad
tariq M | en=Tariq,Tarek,Tarik | tr=Tarık | fr=Tarik,Tarek | ar=طارق | cyr=Тарик
walid M | en=Walid,Waleed | tr=Velid,Velit | fr=Oualid,Walid | ar=وليد | cyr=Валид
anas M | en=Anas | tr=Enes | fr=Anass,Anas | ar=أنس | cyr=Анас
ammar M | en=Ammar,Amar | tr=Ammar | ar=عمار | cyr=Аммар
yahya M | en=Yahya,Yehia,Yahia | tr=Yahya | fr=Yahia | ar=يحيى | fa=یحیی | cyr=Яхья,Яхё | uz=Yahyo
zakariya M | en=Zakaria,Zakariya,Zakariyya | tr=Zekeriya | fr=Zakaria,Zakariae | ir=Zakaria | ar=زكريا | fa=زکریا | cyr=Закария,Зокир | uz=Zakariyo
isa M | en=Issa,Isa,Eisa | tr=İsa | fr=Aissa,Issa | ar=عيسى | fa=عیسی | cyr=Иса | uz=Iso
musa M | en=Musa,Mousa,Moussa | tr=Musa | fr=Moussa | ir=Mousa | ar=موسى | fa=موسی | cyr=Муса | uz=Muso | tk=Musa
uthman M | en=Othman,Osman,Uthman,Usman | tr=Osman | fr=Othmane,Otmane | ar=عثمان | cyr=Осман,Усман | uz=Usmon
khalil M | en=Khalil,Khaleel | tr=Halil | fr=Khalil | ar=خليل | fa=خلیل | cyr=Халил | uz=Xalil | az=Xəlil
ramadan M | en=Ramadan,Ramazan,Ramzan | tr=Ramazan | ar=رمضان | cyr=Рамазан,Рамзан | uz=Ramazon | az=Ramazan
rajab M | en=Rajab,Ragab | tr=Recep | ar=رجب | cyr=Раджаб,Ражаб | uz=Rajab
kamal M | en=Kamal,Kamel | tr=Kemal | fr=Kamel | ar=كمال | fa=کمال | cyr=Камал,Кемаль | az=Kamal
fatih M | en=Fatih,Fateh | tr=Fatih | ar=فاتح | cyr=Фатих
amir M | en=Amir,Ameer,Emir | tr=Emir | ir=Amir | ar=أمير | fa=امیر | cyr=Амир | uz=Amir
murtaza M | en=Murtaza,Morteza,Murtada | tr=Murtaza | ir=Morteza | ar=مرتضى | fa=مرتضی | cyr=Муртаза
javad M | en=Jawad,Javad | tr=Cevat | ir=Javad | ar=جواد | cyr=Джавад
majid M | en=Majid,Majeed | tr=Mecit | ir=Majid | ar=مجيد | fa=مجید | cyr=Маджид,Мажид
dawud M | en=Dawood,Dawud,Daoud,Davood | tr=Davut | fr=Daoud | ir=Davood,Davoud | ar=داود | cyr=Давуд,Довуд | uz=Dovud
imran M | en=Imran,Emran | tr=İmran | ar=عمران | cyr=Имран
asif M | en=Asif,Asef | tr=Asif | ar=آصف | cyr=Асиф
faisal M | en=Faisal,Faysal,Fayssal | tr=Faysal | ar=فيصل | fa=فیصل | cyr=Файсал
adnan M | en=Adnan | tr=Adnan | ar=عدنان | cyr=Аднан
kamran M | en=Kamran | tr=Kamran | fa=کامران | cyr=Камран | az=Kamran
zubair M | en=Zubair,Zubayr,Zobair | tr=Zübeyr | ar=زبير | fa=زبیر | cyr=Зубайр
waqas M | en=Waqas,Waqqas | tr=Vakkas | ar=وقاص | cyr=Ваккас
anwar M | en=Anwar,Anvar | tr=Enver | fr=Anouar | ar=أنور | fa=انور | cyr=Анвар | uz=Anvar | az=Ənvər
farid M | en=Farid,Fareed | tr=Ferit | fr=Farid | ar=فريد | fa=فرید | cyr=Фарид | az=Fərid
azad M | en=Azad | tr=Azat | ar=آزاد | fa=آزاد | cyr=Азад
jamshid M | en=Jamshid,Jamshed | tr=Cemşit | ir=Jamshid | fa=جمشید | cyr=Джамшид,Жамшид | uz=Jamshid | tj=Jamshed
rustam M | en=Rustam,Rostam | tr=Rüstem | ir=Rostam | fa=رستم | cyr=Рустам | uz=Rustam | az=Rüstəm | tk=Rustam | tj=Rustam
timur M | en=Timur,Temur | tr=Timur | fa=تیمور | cyr=Тимур,Темур | uz=Temur | tk=Temur
bakhtiyor M | en=Bakhtiyor,Bakhtiyar,Bakhtiar | tr=Bahtiyar | ir=Bakhtiar | fa=بختیار | cyr=Бахтиёр,Бахтияр | uz=Baxtiyor | tj=Bakhtiyor
sardor M | en=Sardor,Sardar | tr=Serdar | ir=Sardar | fa=سردار | cyr=Сардор,Сердар | uz=Sardor | tk=Serdar
farhod M | en=Farhod,Farhad | tr=Ferhat | ir=Farhad | fa=فرهاد | cyr=Фарход,Фархад | uz=Farhod | tj=Farhod | az=Fərhad
davlat M | en=Davlat,Dovlet | tr=Devlet | fa=دولت | cyr=Давлат,Довлет | uz=Davlat | tk=Döwlet
sherzod M | en=Sherzod,Sherzad | tr=Şerzat | fa=شیرزاد | cyr=Шерзод | uz=Sherzod | tj=Sherzod
dilshod M | en=Dilshod,Dilshad | tr=Dilşat | fa=دلشاد | cyr=Дилшод | uz=Dilshod | tj=Dilshod
akmal M | en=Akmal | tr=Ekmel | ar=أكمل | cyr=Акмал | uz=Akmal
bekzod M | en=Bekzod,Bekzad | tr=Bekzat | cyr=Бекзод | uz=Bekzod
otabek M | en=Otabek,Atabek | tr=Atabey,Atabek | cyr=Отабек,Атабек | uz=Otabek
ulugbek M | en=Ulugbek,Ulughbek | tr=Uluğbey,Uluğbek | cyr=Улугбек,Улуғбек | uz=Ulug'bek
shavkat M | en=Shavkat,Shaukat | tr=Şevket | ar=شوكت | fa=شوکت | cyr=Шавкат | uz=Shavkat
qurbon M | en=Kurban,Gurban,Qurbon | tr=Kurban | ar=قربان | fa=قربان | cyr=Курбан | uz=Qurbon | tk=Gurban | az=Qurban
merdan M | en=Merdan,Mardan | tr=Merdan | fa=مردان | cyr=Мердан | tk=Merdan
batyr M | en=Batyr,Batir | tr=Batır,Batur | cyr=Батыр | tk=Batyr | kz=Batyr | kg=Batyr
begench M | en=Begench,Begenc | tr=Begenç | cyr=Бегенч | tk=Begenç
aman M | en=Aman | tr=Aman | ar=أمان | cyr=Аман | tk=Aman
azamat M | en=Azamat | tr=Azamat | ar=عظمت | cyr=Азамат | kg=Azamat | kz=Azamat | uz=Azamat
nurlan M | en=Nurlan | tr=Nurlan | cyr=Нурлан | kg=Nurlan | kz=Nurlan
bakyt M | en=Bakyt,Bakit,Bakhyt | tr=Bakıt,Baht | fa=بخت | cyr=Бакыт,Бахыт | kg=Bakyt | kz=Bakhyt
aibek M | en=Aibek,Aybek | tr=Aybek,Aybey | cyr=Айбек | kg=Aibek | kz=Aibek | uz=Oybek
ermek M | en=Ermek,Yermek | tr=Ermek | cyr=Эрмек,Ермек | kg=Ermek | kz=Yermek
chyngyz M | en=Chyngyz,Chingiz | tr=Cengiz | cyr=Чынгыз,Чингиз | kg=Chyngyz | kz=Shyngys | az=Çingiz
almaz M | en=Almaz | tr=Elmas,Almaz | cyr=Алмаз | kg=Almaz
yerlan M | en=Yerlan,Erlan | tr=Erlan | cyr=Ерлан,Эрлан | kz=Yerlan | kg=Erlan
daniyar M | en=Daniyar,Doniyor | tr=Daniyar | fa=دانیار | cyr=Данияр,Дониёр | kz=Daniyar | uz=Doniyor | kg=Daniyar
elvin M | en=Elvin | tr=Elvin | cyr=Эльвин,Элвин | az=Elvin
rashad M | en=Rashad,Rachad | tr=Reşat,Raşad | ar=رشاد | cyr=Рашад | az=Rəşad
orkhan M | en=Orkhan,Orhan | tr=Orhan | cyr=Орхан | az=Orxan | tk=Orhan
tural M | en=Tural | tr=Tural | cyr=Турал | az=Tural
elnur M | en=Elnur | tr=Elnur | cyr=Эльнур,Элнур | az=Elnur
ramil M | en=Ramil | tr=Ramil | cyr=Рамиль,Рамил | az=Ramil
kadir M | en=Qadir,Kadir | tr=Kadir | ar=قادر | fa=قادر | cyr=Кадыр,Кадир | uz=Qodir | tk=Gadyr
mehmet M | tr=Mehmet,Mehmed | en=Mehmet,Mehmed
emre M | tr=Emre
burak M | tr=Burak | en=Burak,Buraq | ar=براق
serkan M | tr=Serkan
hakan M | tr=Hakan
onur M | tr=Onur
volkan M | tr=Volkan
erkan M | tr=Erkan
cem M | tr=Cem
aleksandr M | cyr=Александр | uk=Олександр | ro=Alexandru | dim=Саша | geo=ალექსანდრე
sergey M | cyr=Сергей | uk=Сергій | ro=Sergiu | dim=Серёжа
andrey M | cyr=Андрей | uk=Андрій | ro=Andrei
dmitriy M | cyr=Дмитрий | uk=Дмитро | ro=Dumitru | dim=Дима
ivan M | cyr=Иван | uk=Іван | dim=Ваня
nikolay M | cyr=Николай | uk=Микола | ro=Nicolae | dim=Коля | geo=ნიკოლოზ
vladimir M | cyr=Владимир | uk=Володимир | dim=Вова
aleksey M | cyr=Алексей | uk=Олексій | dim=Лёша
igor M | cyr=Игорь | uk=Ігор | ro=Igor
viktor M | cyr=Виктор | uk=Віктор | ro=Victor
yuriy M | cyr=Юрий | uk=Юрій | ro=Iurie
oleg M | cyr=Олег | uk=Олег | ro=Oleg
mikhail M | cyr=Михаил | uk=Михайло | ro=Mihai,Mihail | dim=Миша | geo=მიხეილ
yevgeniy M | cyr=Евгений | uk=Євген | ro=Eugen | dim=Женя
ion M | ro=Ion | cyr=Ион
vasiliy M | cyr=Василий | uk=Василь | ro=Vasile
petr M | cyr=Пётр,Петр | uk=Петро | ro=Petru
georgiy M | cyr=Георгий | uk=Георгій | ro=Gheorghe | geo=გიორგი | en=George
denis M | cyr=Денис | uk=Денис | ro=Denis
davit M | geo=დავით | cyr=Давид | en=David
levan M | geo=ლევან | cyr=Леван
zurab M | geo=ზურაბ | cyr=Зураб
irakli M | geo=ირაკლი | cyr=Ираклий
nika M | geo=ნიკა | cyr=Ника
lasha M | geo=ლაშა | cyr=Лаша
gocha M | geo=გოჩა | cyr=Гоча
emmanuel M | en=Emmanuel,Emanuel,Immanuel
samuel M | en=Samuel
daniel M | en=Daniel
chinedu M | en=Chinedu
osagie M | en=Osagie
eghosa M | en=Eghosa
uche M | en=Uche
tunde M | en=Tunde,Babatunde
kelechi M | en=Kelechi
kwame M | en=Kwame
kofi M | en=Kofi
yaw M | en=Yaw
kwabena M | en=Kwabena
fatima F | en=Fatima,Fatimah,Fatma | tr=Fatma,Fatıma | fr=Fatima,Fatema | ir=Fatemeh,Fatima | ar=فاطمة | fa=فاطمه | cyr=Фатима,Фотима,Патимат | uz=Fotima | az=Fatimə | tk=Fatma
aisha F | en=Aisha,Aysha,Ayesha,Aishah | tr=Ayşe | fr=Aïcha,Aicha | ir=Aisha,Ayesheh | ar=عائشة | fa=عایشه | cyr=Айша,Ойша,Айше | uz=Oysha | az=Ayşə | tk=Aýşe
amina F | en=Amina,Ameena,Aminah | tr=Emine,Amine | fr=Amina | ir=Amineh | ar=أمينة | fa=امینه | cyr=Амина | uz=Amina | az=Əminə | tk=Emine
khadija F | en=Khadija,Khadijah,Khadeeja | tr=Hatice | fr=Khadija,Khadidja | ir=Khadijeh | ar=خديجة | fa=خدیجه | cyr=Хадиджа,Хадича | uz=Xadicha | az=Xədicə | tk=Hatyja
zaynab F | en=Zainab,Zaynab,Zeinab | tr=Zeynep | fr=Zineb,Zeineb | ir=Zeinab,Zeynab | ar=زينب | fa=زینب | cyr=Зайнаб,Зейнаб | uz=Zaynab | az=Zeynəb | tk=Zeýnep
maryam F | en=Maryam,Mariam,Mariyam,Miriam | tr=Meryem | fr=Meriem,Myriam | ir=Maryam | ar=مريم | fa=مریم | cyr=Марьям,Мариам | uz=Maryam | az=Məryəm | tk=Merýem | geo=მარიამ
zahra F | en=Zahra,Zahraa | tr=Zehra | fr=Zahra | ir=Zahra | ar=زهراء,زهرة | fa=زهرا | cyr=Захра,Зухра | uz=Zuhra | az=Zəhra | tk=Zähre
layla F | en=Layla,Leila,Laila,Leyla | tr=Leyla | fr=Leïla,Leila | ir=Leila | ar=ليلى | fa=لیلا | cyr=Лейла,Лайло,Лейли | uz=Laylo | az=Leyla | tk=Leýli
nur F | en=Nour,Noor,Nur | tr=Nur | fr=Nour | ar=نور | cyr=Нур | az=Nur
yasmin F | en=Yasmin,Yasmine,Yasameen | tr=Yasemin | fr=Yasmine | ir=Yasaman | ar=ياسمين | fa=یاسمن,یاسمین | cyr=Ясмин,Ясмина | az=Yasəmən
rania F | en=Rania,Ranya | tr=Rania | fr=Rania | ar=رانيا | cyr=Рания
sara F | en=Sara,Sarah | tr=Sare,Sara | fr=Sara,Sarah | ar=سارة | fa=سارا | cyr=Сара | uz=Sora
asma F | en=Asmaa,Asma | tr=Esma | fr=Asmae,Asma | ar=أسماء | fa=اسما | cyr=Асма
hawa F | en=Hawa,Hawaa,Hava | tr=Havva | ar=حواء | fa=حوا | cyr=Хава,Хавва | uz=Havo
ruqayya F | en=Ruqaya,Rukaya,Roqaya | tr=Rukiye | ir=Roghayeh | ar=رقية | fa=رقیه | cyr=Рукия | uz=Ruqiya | az=Rüqəyyə
malika F | en=Malika,Maleeka | tr=Melike | fr=Malika | ar=مليكة | fa=ملیکه | cyr=Малика | uz=Malika
madina F | en=Madina,Medina | tr=Medine | ar=مدينة | fa=مدینه | cyr=Мадина | uz=Madina | kz=Madina | tk=Medine
aziza F | en=Aziza,Azizah | tr=Aziza,Azize | ar=عزيزة | fa=عزیزه | cyr=Азиза | uz=Aziza
nadia F | en=Nadia,Nadiya | tr=Nadiye | fr=Nadia | ar=نادية | fa=نادیه | cyr=Надия
samira F | en=Samira,Sameera | tr=Semira | fr=Samira | ar=سميرة | fa=سمیره | cyr=Самира
amal F | en=Amal | tr=Emel | fr=Amal | ar=أمل | cyr=Амаль
iman F | en=Iman,Eman | tr=İman | fr=Imane | ar=إيمان | fa=ایمان | cyr=Иман
huda F | en=Huda,Houda,Hoda | tr=Hüda | fr=Houda | ar=هدى | fa=هدی | cyr=Худа
rasha F | en=Rasha | tr=Raşa | ar=رشا | cyr=Раша
duaa F | en=Duaa,Doaa,Dua | tr=Dua | ar=دعاء | cyr=Дуа
hiba F | en=Hiba,Heba | tr=Hibe | fr=Hiba | ar=هبة | cyr=Хиба
reem F | en=Reem,Rim | tr=Rim | fr=Rim | ar=ريم | cyr=Рим
hala F | en=Hala | tr=Hale | ar=هالة | fa=هاله | cyr=Хала
sana F | en=Sana,Sanaa | tr=Sena | ar=سناء,ثناء | fa=ثنا | cyr=Сана
fatiha F | en=Fatiha | fr=Fatiha,Fatiya | tr=Fatiha | ar=فتيحة
naima F | en=Naima,Naeema | fr=Naïma,Naima | tr=Naime | ar=نعيمة
hanan F | en=Hanan | fr=Hanane,Hanan | tr=Hanan | ar=حنان
souad F | en=Suad,Souad | fr=Souad | tr=Suat,Suad | ar=سعاد
berivan F | en=Berivan | tr=Berivan | ar=بريفان
rojin F | en=Rojin | tr=Rojin | ar=روجين
dilan F | en=Dilan | tr=Dilan | ar=ديلان
masuma F | en=Masuma,Masooma | tr=Masume | ir=Masoumeh,Masomeh | ar=معصومة | fa=معصومه | cyr=Масума | uz=Ma'suma
sakina F | en=Sakina,Sakeena | tr=Sekine | ir=Sakineh | ar=سكينة | fa=سکینه | cyr=Сакина
sumayya F | en=Sumaya,Sumayyah,Somaya | tr=Sümeyye | ir=Somayeh,Somayyeh | ar=سمية | fa=سمیه | cyr=Сумайя
parisa F | en=Parisa | tr=Parisa | ir=Parisa | fa=پریسا
roya F | en=Roya | tr=Roya | ir=Roya | fa=رویا
mahsa F | en=Mahsa | tr=Mahsa | ir=Mahsa | fa=مهسا
nazanin F | en=Nazanin | tr=Nazenin | ir=Nazanin | fa=نازنین
parwana F | en=Parwana,Parvana | tr=Pervane | ir=Parvaneh,Parwana | fa=پروانه | cyr=Парвона | tj=Parvona
fereshteh F | en=Fereshta,Fereshteh | tr=Firişte,Fereşte | ir=Fereshteh,Freshta | fa=فرشته
setareh F | en=Setara,Sitara | tr=Setare | ir=Setareh | fa=ستاره | cyr=Ситора | uz=Sitora | tj=Sitora
shirin F | en=Shirin,Shireen | tr=Şirin | ir=Shirin | fa=شیرین | cyr=Ширин | uz=Shirin | tk=Şirin
nasrin F | en=Nasrin,Nasreen | tr=Nesrin | ir=Nasrin | ar=نسرين | fa=نسرین | cyr=Насрин
nilufar F | en=Nilufar,Niloufar,Nilofar | tr=Nilüfer | ir=Niloufar,Nilofar | fa=نیلوفر | cyr=Нилуфар | uz=Nilufar | tj=Nilufar
azada F | en=Azada,Ozoda,Azadeh | tr=Azade | ir=Azadeh | fa=آزاده | cyr=Озода,Азада | uz=Ozoda | tj=Ozoda
mohira F | en=Mohira,Mahira | tr=Mahire | ar=ماهرة | fa=ماهره | cyr=Мохира | uz=Mohira
sevara F | en=Sevara | tr=Sevara | cyr=Севара | uz=Sevara
dildora F | en=Dildora,Dildara | tr=Dildare | fa=دلدار | cyr=Дилдора | uz=Dildora
gulchehra F | en=Gulchehra,Gulchekhra | tr=Gülçehre | fa=گلچهره | cyr=Гулчехра | uz=Gulchehra | tj=Gulchehra
yulduz F | en=Yulduz,Zhyldyz,Jyldyz | tr=Yıldız | cyr=Юлдуз,Жылдыз | uz=Yulduz | kg=Jyldyz | tk=Ýyldyz | az=Ulduz | kz=Zhuldyz
umida F | en=Umida | tr=Ümide | fa=امیده | cyr=Умида | uz=Umida
gulnara F | en=Gulnara,Gulnora | tr=Gülnar,Gülnara | fa=گلنار | cyr=Гульнара,Гулнора | uz=Gulnora | kg=Gulnara | kz=Gulnara | az=Gülnarə
dilnoza F | en=Dilnoza,Dilnaza | tr=Dilnaz | cyr=Дилноза | uz=Dilnoza | tj=Dilnoza
shahnoza F | en=Shahnoza,Shakhnoza | tr=Şahnaz | fa=شهناز | cyr=Шахноза | uz=Shahnoza | tj=Shahnoza
nigora F | en=Nigora,Nigara,Negar | tr=Nigar | ir=Negar | fa=نگار | cyr=Нигора,Нигяр | uz=Nigora | az=Nigar
feruza F | en=Feruza,Firuza | tr=Firuze | ir=Firouzeh | fa=فیروزه | cyr=Феруза,Фируза | uz=Feruza | tj=Firuza
zarina F | en=Zarina,Zareena | tr=Zerrin,Zarina | fa=زرینه | cyr=Зарина | uz=Zarina | kz=Zarina | tj=Zarina
aigul F | en=Aigul,Aygul | tr=Aygül | cyr=Айгуль,Айгул | kg=Aigul | kz=Aigul | tk=Aýgül | uz=Oygul
aizhan F | en=Aizhan,Aijan,Ayzhan | tr=Aycan | cyr=Айжан | kg=Aijan | kz=Aizhan
cholpon F | en=Cholpon,Chulpan | tr=Çolpan | cyr=Чолпон,Чулпан | kg=Cholpon | uz=Cho'lpon
nazgul F | en=Nazgul | tr=Nazgül | cyr=Назгуль,Назгул | kg=Nazgul | kz=Nazgul
asel F | en=Asel,Assel | tr=Asel | cyr=Асель,Асел | kg=Asel | kz=Assel
aida F | en=Aida | tr=Aida | ar=عايدة | cyr=Аида | kg=Aida
begimai F | en=Begimai,Begimay | tr=Begimay | cyr=Бегимай | kg=Begimai
elmira F | en=Elmira | tr=Elmira | cyr=Эльмира,Элмира | kg=Elmira | az=Elmira
aiperi F | en=Aiperi,Ayperi | tr=Ayperi | cyr=Айпери | kg=Aiperi
ainur F | en=Ainur,Aynur | tr=Aynur | cyr=Айнур | kz=Ainur | az=Aynur | kg=Ainur
jeren F | en=Jeren,Dzheren | tr=Ceren | cyr=Джерен,Жерен | tk=Jeren
ayna F | en=Ayna,Aina | tr=Ayna | cyr=Айна | tk=Aýna
maysa F | en=Maysa,Maisa | tr=Maysa | ar=ميساء | cyr=Майса | tk=Maýsa
ogulgerek F | en=Ogulgerek | tr=Oğulgerek | cyr=Огулгерек | tk=Ogulgerek
bahar F | en=Bahar,Bakhar | tr=Bahar | fa=بهار | cyr=Бахар | tk=Bahar | uz=Bahor | az=Bahar
gulshat F | en=Gulshat | tr=Gülşat | cyr=Гульшат,Гулшат | tk=Gülşat
selbi F | en=Selbi | tr=Selbi | cyr=Сельби,Селби | tk=Selbi
mahri F | en=Mahri,Mekhri | tr=Mehri | fa=مهری | cyr=Мяхри,Махри | tk=Mähri
merjen F | en=Merjen,Mercan | tr=Mercan | ar=مرجان | cyr=Мерджен | tk=Merjen
gunel F | en=Gunel | tr=Günel | cyr=Гюнель | az=Günel
sevinj F | en=Sevinj,Sevinc | tr=Sevinç | cyr=Севиндж | az=Sevinc
sabina F | en=Sabina | tr=Sabina | cyr=Сабина | az=Səbinə | ro=Sabina
aysel F | en=Aysel,Aisel | tr=Aysel | cyr=Айсель | az=Aysel
konul F | en=Konul,Gonul | tr=Gönül | cyr=Кёнуль,Конул | az=Könül
lala F | en=Lala,Lale | tr=Lale | fa=لاله | cyr=Лала | az=Lalə
elif F | tr=Elif
esra F | tr=Esra | en=Esra,Israa | ar=إسراء | cyr=Эсра
merve F | tr=Merve | en=Marwa,Merve | ar=مروة | cyr=Марва
busra F | tr=Büşra | en=Bushra | ar=بشرى | fa=بشری | cyr=Бушра
kubra F | tr=Kübra | en=Kubra | ir=Kobra | ar=كبرى | fa=کبری | cyr=Кубра
sultan F | tr=Sultan | en=Sultan | ar=سلطان | cyr=Султан | uz=Sulton
sevgi F | tr=Sevgi
derya F | tr=Derya | en=Darya | fa=دریا
ozlem F | tr=Özlem
hulya F | tr=Hülya
songul F | tr=Songül
gulsum F | tr=Gülsüm | en=Kulsum,Kulthum | ar=كلثوم | fa=کلثوم | cyr=Гульсум,Кулсум | uz=Gulsum
aysenur F C | tr=Ayşenur,Ayşe Nur | en=Aysenur
elena F | cyr=Елена | uk=Олена | ro=Elena | dim=Лена | geo=ელენე
natalya F | cyr=Наталья,Наталия | uk=Наталія | ro=Natalia | dim=Наташа | geo=ნატალია
olga F | cyr=Ольга | uk=Ольга | ro=Olga | dim=Оля
tatyana F | cyr=Татьяна | uk=Тетяна | ro=Tatiana | dim=Таня
irina F | cyr=Ирина | uk=Ірина | ro=Irina | dim=Ира | geo=ირინა
svetlana F | cyr=Светлана | uk=Світлана | ro=Svetlana | dim=Света
anna F | cyr=Анна | uk=Анна,Ганна | ro=Ana,Anna | dim=Аня | geo=ანა
mariya F | cyr=Мария | uk=Марія | ro=Maria | dim=Маша
yekaterina F | cyr=Екатерина | uk=Катерина | ro=Ecaterina | dim=Катя | geo=ეკატერინე
yuliya F | cyr=Юлия | uk=Юлія | ro=Iulia | dim=Юля
oksana F | cyr=Оксана | uk=Оксана | ro=Oxana
lyudmila F | cyr=Людмила | uk=Людмила | ro=Ludmila | dim=Люда
viktoriya F | cyr=Виктория | uk=Вікторія | ro=Victoria | dim=Вика
alina F | cyr=Алина | uk=Аліна | ro=Alina
anastasiya F | cyr=Анастасия | uk=Анастасія | ro=Anastasia | dim=Настя
darya F | cyr=Дарья | uk=Дар'я | ro=Daria | dim=Даша
valentina F | cyr=Валентина | uk=Валентина | ro=Valentina | dim=Валя
galina F | cyr=Галина | uk=Галина | ro=Galina | dim=Галя
nadezhda F | cyr=Надежда | uk=Надія | ro=Nadejda | dim=Надя
kristina F | cyr=Кристина | uk=Христина | ro=Cristina
veronika F | cyr=Вероника | uk=Вероніка | ro=Veronica
nino F | geo=ნინო | cyr=Нино
tamar F | geo=თამარ | cyr=Тамара,Тамар | en=Tamara
natia F | geo=ნათია | cyr=Натия
maka F | geo=მაკა | cyr=Мака
khatuna F | geo=ხათუნა | cyr=Хатуна
ketevan F | geo=ქეთევან | cyr=Кетеван
sofia F | geo=სოფიო | cyr=София,Софио | uk=Софія | ro=Sofia | en=Sofia
eka F | geo=ეკა | cyr=Эка
lali F | geo=ლალი | cyr=Лали
blessing F | en=Blessing
joy F | en=Joy
precious F | en=Precious
favour F | en=Favour,Favor
mercy F | en=Mercy
faith F | en=Faith
esther F | en=Esther,Ester
grace F | en=Grace
gift F | en=Gift
peace F | en=Peace
chioma F | en=Chioma
ngozi F | en=Ngozi
chiamaka F | en=Chiamaka
osas F | en=Osas,Osasu
efe F | en=Efe
ivie F | en=Ivie
akosua F | en=Akosua
ama F | en=Ama
abena F | en=Abena
adwoa F | en=Adwoa,Adjoa
"""

FAMILY = r"""
ahmad A | en=Ahmad,Ahmed | tr=Ahmet,Ahmed | ar=أحمد | fa=احمد
hasan A | en=Hassan,Hasan | tr=Hasan | ar=حسن
ali A | en=Ali | tr=Ali | ar=علي | fa=علی
husayn A | en=Hussein,Hussain,Husain | tr=Hüseyin | ir=Hossein,Hussaini | ar=حسين | fa=حسین
khalil A | en=Khalil | tr=Halil | ar=خليل
muhammad A | en=Mohammad,Muhammad,Mohammed | tr=Muhammed | ar=محمد
abdullah A C | en=Abdullah,Abdallah,Abd Allah | tr=Abdullah | ar=عبد الله,عبدالله
salih A | en=Saleh,Salih | tr=Salih | ar=صالح
hamud A | en=Hamoud,Hamood,Hammoud | tr=Hamud | ar=حمود
ubayd A | en=Obaid,Ubaid,Obeid | tr=Ubeyd | ar=عبيد
jasim A | en=Jasim,Jassem,Jasem | tr=Casim | ar=جاسم
khatib A | en=Khatib,Khateeb | tr=Hatip | fr=Khatib | ar=خطيب
halabi A | en=Halabi | tr=Halebi | ar=حلبي
masri A | en=Masri | tr=Mısri | ar=مصري
haddad - | en=Haddad | tr=Haddad | ar=حداد
najjar A | en=Najjar,Nagar | tr=Neccar | ar=نجار
darwish - | en=Darwish,Darwich | tr=Derviş | fr=Darwiche | ar=درويش | fa=درویش
hamdan - | en=Hamdan | tr=Hamdan | ar=حمدان
uthman - | en=Othman,Osman | tr=Osman | ar=عثمان
shami A | en=Shami,Chami | tr=Şami | fr=Chami | ar=شامي
zoubi A | en=Zoubi,Zubi,Zoabi | tr=Zubi | ar=زعبي
hariri A | en=Hariri | tr=Hariri | ar=حريري
kurdi A | en=Kurdi | tr=Kürdi | ar=كردي
shaykh A | en=Sheikh,Shaikh,Cheikh | tr=Şeyh | ar=شيخ
jubouri A | en=Jubouri,Jabouri,Juburi | tr=Cuburi | ar=جبوري
dulaimi A | en=Dulaimi,Dulaymi,Dleimi | tr=Duleymi | ar=دليمي
tamimi A | en=Tamimi | tr=Temimi | ar=تميمي
ubaydi A | en=Obaidi,Ubaidi | tr=Ubeydi | ar=عبيدي
shammari A | en=Shammari,Shamari | tr=Şemmeri | ar=شمري
abdulaziz C | en=Abdulaziz,Abdul Aziz,Abdel Aziz | tr=Abdulaziz,Abdülaziz | ar=عبد العزيز,عبدالعزيز
amrani A | fr=Amrani | en=Amrani | ar=عمراني
benali C | fr=Benali,Ben Ali,Ben-Ali | en=Benali,Ben Ali | ar=بنعلي,بن علي
idrissi A | fr=Idrissi,Drissi | en=Idrissi | ar=إدريسي
bennani - | fr=Bennani | ar=بناني
tazi A | fr=Tazi | ar=تازي
berrada - | fr=Berrada | ar=برادة
fassi A | fr=Fassi | ar=فاسي
chraibi A | fr=Chraibi,Chraïbi | en=Shraibi | ar=شرايبي
bouzid C | fr=Bouzid,Bou Zid | ar=بوزيد,بو زيد
benjelloun C | fr=Benjelloun,Ben Jelloun | ar=بنجلون,بن جلون
alaoui - | fr=Alaoui,Alawi | en=Alawi | ar=العلوي,علوي
ziani A | fr=Ziani | ar=زياني
ahmadi - | ir=Ahmadi | en=Ahmadi | tr=Ahmedi | fa=احمدی
mohammadi - | ir=Mohammadi,Mohamadi | en=Muhammadi | tr=Muhammedi | fa=محمدی
hosseini - | ir=Hosseini,Hoseini,Husseini | en=Hussaini,Husseini | tr=Hüseyni | fa=حسینی
rezaei - | ir=Rezaei,Rezaee,Rezai | tr=Rızai | fa=رضایی,رضائی
karimi - | ir=Karimi | tr=Kerimi | fa=کریمی
rahimi - | ir=Rahimi | tr=Rahimi | fa=رحیمی
jafari - | ir=Jafari,Jaafari | tr=Caferi | fa=جعفری
kazemi - | ir=Kazemi | tr=Kazımi | fa=کاظمی
moradi - | ir=Moradi | tr=Muradi | fa=مرادی
ghasemi - | ir=Ghasemi,Qasemi | tr=Kasımi | fa=قاسمی
hashemi - | ir=Hashemi,Hashimi | tr=Haşimi | fa=هاشمی
rostami - | ir=Rostami | tr=Rüstemi | fa=رستمی
heidari - | ir=Heidari,Haidari,Heydari | tr=Haydari | fa=حیدری
sadeghi - | ir=Sadeghi,Sadeqi | tr=Sadıki | fa=صادقی
mousavi - | ir=Mousavi,Musavi | tr=Musevi | fa=موسوی
nazari - | ir=Nazari | tr=Nazari | fa=نظری
akbari - | ir=Akbari | tr=Ekberi | fa=اکبری
rahmani - | ir=Rahmani | tr=Rahmani | fa=رحمانی
hosseinzadeh C | ir=Hosseinzadeh,Hossein Zadeh,Hoseinzadeh | tr=Hüseyinzade | fa=حسین‌زاده,حسین زاده,حسینزاده
alizadeh C | ir=Alizadeh,Ali Zadeh | tr=Alizade | fa=علیزاده,علی‌زاده,علی زاده | az=Əlizadə | cyr=Ализаде
noori - | ir=Noori,Nouri,Nuri | tr=Nuri | fa=نوری
sultani - | ir=Sultani,Soltani | tr=Sultani | fa=سلطانی
hakimi - | ir=Hakimi | tr=Hekimi | fa=حکیمی
amiri - | ir=Amiri | tr=Emiri | fa=امیری
popal - | ir=Popal | tr=Popal | fa=پوپل
ahmadzai C | ir=Ahmadzai,Ahmadzay,Ahmad Zai | tr=Ahmedzay | fa=احمدزی,احمدزای
stanikzai C | ir=Stanikzai,Stanekzai | tr=Stanekzay | fa=استانکزی
wardak - | ir=Wardak,Wardag | tr=Vardak | fa=وردک
safi - | ir=Safi | tr=Safi | fa=صافی
azizi - | ir=Azizi | tr=Azizi | fa=عزیزی
sadat - | ir=Sadat,Sadaat | tr=Sadat | fa=سادات
khan - | en=Khan | tr=Han,Khan | fa=خان | cyr=Хан
malik - | en=Malik | tr=Malik,Melik | fa=ملک
butt - | en=Butt,But | tr=Butt | fa=بٹ
chaudhry - | en=Chaudhry,Chaudhary,Choudhry | tr=Çaudri | fa=چوہدری
iqbal - | en=Iqbal,Ikbal | tr=İkbal | fa=اقبال
akhtar - | en=Akhtar,Akhter | tr=Ahter | fa=اختر
yilmaz - | tr=Yılmaz
kaya - | tr=Kaya
demir - | tr=Demir
sahin - | tr=Şahin | en=Shahin,Shaheen | ar=شاهين | fa=شاهین
celik - | tr=Çelik
yildiz - | tr=Yıldız
yildirim - | tr=Yıldırım
ozturk - | tr=Öztürk
aydin - | tr=Aydın
ozdemir - | tr=Özdemir
arslan - | tr=Arslan
dogan - | tr=Doğan
kilic - | tr=Kılıç
aslan - | tr=Aslan
cetin - | tr=Çetin
kara - | tr=Kara
koc - | tr=Koç
kurt - | tr=Kurt
ozkan - | tr=Özkan
simsek - | tr=Şimşek
polat - | tr=Polat
korkmaz - | tr=Korkmaz
karatas - | tr=Karataş
erdogan - | tr=Erdoğan
gunes - | tr=Güneş
aktas - | tr=Aktaş
bulut - | tr=Bulut
keskin - | tr=Keskin
unal - | tr=Ünal
tekin - | tr=Tekin
karimov G | cyr=Каримов | uz=Karimov | tk=Kerimow | az=Kərimov | tr=Kerimov
rahimov G | cyr=Рахимов | uz=Rahimov | tk=Rahimow | tj=Rahimov
yusupov G | cyr=Юсупов | uz=Yusupov | tk=Ýusupow | kg=Jusupov
abdullaev G | cyr=Абдуллаев | uz=Abdullayev | tk=Abdyllaýew | az=Abdullayev | tj=Abdulloev
ismoilov G | cyr=Исмаилов,Исмоилов | uz=Ismoilov | az=İsmayılov | tr=İsmailov
ergashev G | cyr=Эргашев | uz=Ergashev
rahmonov G | cyr=Рахмонов,Рахманов | uz=Rahmonov | tj=Rahmonov | tk=Rahmanow
saidov G | cyr=Саидов | uz=Saidov | tj=Saidov
mirzaev G | cyr=Мирзаев | uz=Mirzayev | az=Mirzəyev | tj=Mirzoev
nazarov G | cyr=Назаров | uz=Nazarov | tk=Nazarow | tj=Nazarov
usmonov G | cyr=Усмонов,Усманов | uz=Usmonov
sultanov G | cyr=Султанов | uz=Sultonov | tk=Soltanow | az=Sultanov | kg=Sultanov
tursunov G | cyr=Турсунов | uz=Tursunov | kg=Tursunov
kholmatov G | cyr=Холматов | uz=Xolmatov
umarov G | cyr=Умаров | uz=Umarov | tj=Umarov
aliev G | cyr=Алиев | az=Əliyev | uz=Aliyev | tr=Aliyev
mamedov G | cyr=Мамедов | az=Məmmədov | tr=Memmedov
huseynov G | cyr=Гусейнов | az=Hüseynov | tr=Hüseynov
hasanov G | cyr=Гасанов,Хасанов | az=Həsənov | uz=Hasanov | tr=Hasanov
guliev G | cyr=Гулиев,Кулиев | az=Quliyev | tk=Gulyýew | tr=Kuliyev
kurbanov G | cyr=Курбанов | tk=Gurbanow | uz=Qurbonov | az=Qurbanov
annaev G | cyr=Аннаев | tk=Annaýew
ataev G | cyr=Атаев | tk=Ataýew
berdiev G | cyr=Бердыев,Бердиев | tk=Berdiýew
orazov G | cyr=Оразов | tk=Orazow
charyev G | cyr=Чарыев | tk=Çaryýew
durdyev G | cyr=Дурдыев | tk=Durdyýew
nurmatov G | cyr=Нурматов | kg=Nurmatov | uz=Nurmatov
asanov G | cyr=Асанов | kg=Asanov
toktosunov G | cyr=Токтосунов | kg=Toktosunov
zhumabaev G | cyr=Жумабаев | kg=Jumabaev | kz=Zhumabayev
mamytov G | cyr=Мамытов | kg=Mamytov
abdyldaev G | cyr=Абдылдаев | kg=Abdyldaev
akhmetov G | cyr=Ахметов | kz=Akhmetov | tr=Ahmetov
iskakov G | cyr=Искаков | kz=Iskakov
rahmonzoda - | cyr=Рахмонзода | tj=Rahmonzoda | en=Rakhmonzoda
safarov G | cyr=Сафаров | tj=Safarov | uz=Safarov | az=Səfərov
beridze - | geo=ბერიძე
kapanadze - | geo=კაპანაძე
gelashvili - | geo=გელაშვილი
maisuradze - | geo=მაისურაძე
tsiklauri - | geo=წიკლაური
lomidze - | geo=ლომიძე
giorgadze - | geo=გიორგაძე
khutsishvili - | geo=ხუციშვილი
bolkvadze - | geo=ბოლქვაძე
tabidze - | geo=ტაბიძე
japaridze - | geo=ჯაფარიძე
kavtaradze - | geo=ქავთარაძე
shonia - | geo=შონია
abashidze - | geo=აბაშიძე
ivanov G | cyr=Иванов | uk=Іванов
smirnov G | cyr=Смирнов
kuznetsov G | cyr=Кузнецов
popov G | cyr=Попов | uk=Попов
petrov G | cyr=Петров | uk=Петров
sokolov G | cyr=Соколов
morozov G | cyr=Морозов | uk=Морозов
volkov G | cyr=Волков
kozlov G | cyr=Козлов
novikov G | cyr=Новиков
lebedev G | cyr=Лебедев
pavlov G | cyr=Павлов
kovalenko - | cyr=Коваленко | uk=Коваленко
shevchenko - | cyr=Шевченко | uk=Шевченко
bondarenko - | cyr=Бондаренко | uk=Бондаренко
tkachenko - | cyr=Ткаченко | uk=Ткаченко
kravchenko - | cyr=Кравченко | uk=Кравченко
melnyk - | cyr=Мельник | uk=Мельник
boyko - | cyr=Бойко | uk=Бойко
kovalchuk - | cyr=Ковальчук | uk=Ковальчук
oliynyk - | cyr=Олейник | uk=Олійник
savchenko - | cyr=Савченко | uk=Савченко
rudenko - | cyr=Руденко | uk=Руденко
rusu - | ro=Rusu | cyr=Русу
ceban - | ro=Ceban | cyr=Чебан
popa - | ro=Popa | cyr=Попа
ciobanu - | ro=Ciobanu | cyr=Чобану
lungu - | ro=Lungu | cyr=Лунгу
munteanu - | ro=Munteanu | cyr=Мунтяну
cojocaru - | ro=Cojocaru | cyr=Кожокару
rotari - | ro=Rotari | cyr=Ротарь,Ротари
sarbu - | ro=Sârbu,Sîrbu | cyr=Сырбу
turcan - | ro=Țurcan,Ţurcan | cyr=Цуркан
cebotari - | ro=Cebotari | cyr=Чеботарь,Чеботари
moraru - | ro=Moraru | cyr=Морару
okafor - | en=Okafor
okonkwo - | en=Okonkwo
eze - | en=Eze
obi - | en=Obi
nwosu - | en=Nwosu
adeyemi - | en=Adeyemi
ogunleye - | en=Ogunleye
osagie - | en=Osagie
igbinedion - | en=Igbinedion
omoregie - | en=Omoregie
edosomwan - | en=Edosomwan
bello - | en=Bello
eweka - | en=Eweka
obaseki - | en=Obaseki
aigbe - | en=Aigbe
mensah - | en=Mensah
owusu - | en=Owusu
boateng - | en=Boateng
asante - | en=Asante
appiah - | en=Appiah
osei - | en=Osei
"""

# Popularity-ordered pools per culture (rank-based Zipf weights are applied).
POOLS = {
    'SY': ("muhammad ahmad ali khalid mahmud hasan husayn abdulrahman umar mustafa abdullah ibrahim yusuf "
           "hamza bilal yasin khalil anas ammar walid abdulkarim said tariq ismail jamal kamal abdulaziz "
           "nuraldin isa musa adnan faisal uthman yahya zakariya rashid hamid azad",
           "fatima aisha amina maryam nur zaynab khadija hala layla rania huda sara asma iman duaa hiba "
           "reem nadia samira amal rasha yasmin hawa ruqayya zahra malika sana souad hanan berivan rojin dilan",
           "ahmad hasan ali husayn khalil muhammad abdullah salih hamud ubayd jasim khatib halabi masri "
           "haddad najjar darwish hamdan uthman shami zoubi hariri kurdi shaykh abdulaziz sahin"),
    'IQ': ("ali husayn muhammad ahmad abbas hasan mahdi umar khalid mustafa mahmud ibrahim yusuf abdullah "
           "abdulrahman said hamza murtaza majid hamid khalil ammar walid yasin tariq kamal azad",
           "fatima zahra zaynab maryam nur aisha huda duaa khadija sara hiba iman rasha reem asma layla "
           "amal nadia samira ruqayya malika hawa",
           "jubouri dulaimi tamimi ubaydi shammari ahmad ali husayn hasan ubayd salih khalil muhammad "
           "jasim kurdi abdullah khatib"),
    'MA': ("muhammad ahmad yusuf said hamza ismail abdullah umar karim mustafa ibrahim abdulrahman khalid "
           "hasan rashid walid tariq anas zakariya nuraldin kamal jamal musa isa yasin",
           "fatima khadija aisha amina naima fatiha hanan souad samira nadia malika maryam zaynab layla "
           "sara hiba asma iman yasmin amal",
           "amrani benali idrissi bennani tazi berrada fassi chraibi bouzid benjelloun alaoui ziani"),
    'IR': ("muhammad ali husayn mahdi reza mohammadreza amir hamid said ahmad javad majid murtaza abbas "
           "hasan aliakbar mustafa farhod kamran ibrahim yusuf ismail rustam jamshid dawud",
           "fatima zahra maryam zaynab masuma sakina sumayya parisa roya mahsa nazanin nasrin shirin "
           "yasmin layla fereshteh setareh nigora feruza azada kubra hawa",
           "mohammadi hosseini ahmadi rezaei karimi rahimi jafari kazemi moradi ghasemi hashemi rostami "
           "heidari sadeghi mousavi nazari akbari rahmani hosseinzadeh alizadeh"),
    'AF': ("muhammad ahmad ali abdullah rahmatullah hekmatullah zabihullah gul wali jawid mahmud husayn "
           "abdulrahman hamid mustafa yusuf ibrahim karim rashid amir murtaza farhod jamshid javad dawud "
           "gholamhossein reza inamulhaq ziaulhaq",
           "fatima zahra maryam masuma parwana fereshteh setareh sakina zaynab khadija aisha shirin "
           "nilufar hawa roya nasrin sumayya layla bahar kubra",
           "ahmadi mohammadi hosseini noori sultani hakimi amiri popal ahmadzai stanikzai wardak safi "
           "azizi sadat rahimi karimi jafari rezaei hashemi heidari akbari rahmani nazari"),
    'PK': ("muhammad ali ahmad imran asif bilal uthman zubair waqas hasan husayn kamran faisal adnan "
           "abdullah khalid tariq rashid hamza yasin inamulhaq ziaulhaq",
           "fatima aisha sana busra nadia asma khadija maryam zaynab amina",
           "khan malik ahmad husayn butt chaudhry iqbal akhtar ali muhammad"),
    'UZ': ("muhammad jamshid rustam bakhtiyor sardor sherzod dilshod akmal bekzod otabek ulugbek shavkat "
           "anwar timur farhod davlat abdullah abdulaziz abdulrahman nuraldin ibrahim umar yusuf ali "
           "hasan husayn karim said ismail qurbon murad aibek kamal daniyar hamid rashid",
           "dilnoza shahnoza gulnara nigora feruza zarina malika madina aziza mohira sevara dildora "
           "gulchehra yulduz umida nilufar fatima aisha khadija maryam zaynab zahra layla azada setareh "
           "shirin bahar gulsum ruqayya masuma aigul",
           "karimov rahimov yusupov abdullaev ismoilov ergashev rahmonov saidov mirzaev nazarov usmonov "
           "sultanov tursunov kholmatov umarov hasanov safarov kurbanov nurmatov"),
    'TJ': ("rustam jamshid farhod sherzod dilshod davlat muhammad ali abdullah nuraldin bakhtiyor umar "
           "said ismail karim daniyar",
           "nilufar zarina madina setareh parwana feruza azada gulchehra shahnoza dilnoza mohira malika "
           "fatima maryam zaynab",
           "rahmonov saidov nazarov safarov umarov rahimov karimov mirzaev abdullaev rahmonzoda ismoilov"),
    'KG': ("azamat nurlan bakyt aibek ermek chyngyz almaz daniyar timur rustam muhammad ali umar yerlan "
           "batyr kamal",
           "aigul aizhan yulduz cholpon nazgul gulnara asel aida begimai elmira aiperi ainur madina "
           "zarina malika aziza mohira",
           "nurmatov asanov toktosunov zhumabaev mamytov abdyldaev sultanov tursunov yusupov abdullaev "
           "karimov mirzaev"),
    'KZ': ("nurlan yerlan daniyar azamat aibek ermek batyr timur chyngyz bakyt ali",
           "aizhan ainur asel aigul madina gulnara zarina yulduz nazgul elmira",
           "akhmetov iskakov zhumabaev sultanov asanov nurmatov"),
    'TK': ("merdan sardor murad davlat begench batyr aman qurbon rustam muhammad ahmad husayn yusuf "
           "sulayman ibrahim orkhan kadir",
           "jeren ayna maysa ogulgerek bahar gulshat selbi mahri merjen aigul shirin layla fatima aisha "
           "maryam amina zahra yulduz gulnara khadija",
           "annaev ataev berdiev orazov charyev durdyev kurbanov karimov guliev nazarov rahmonov yusupov "
           "sultanov"),
    'AZ': ("elvin rashad orkhan tural elnur ramil farid murad ali husayn hasan mahdi kamran rustam "
           "ismail anwar",
           "gunel ainur sevinj sabina aysel konul lala layla nigora gulnara elmira aida zahra fatima "
           "maryam bahar",
           "aliev mamedov huseynov hasanov guliev ismoilov mirzaev safarov kurbanov karimov alizadeh "
           "abdullaev"),
    'GE': ("georgiy davit levan zurab irakli nika lasha gocha aleksandr mikhail nikolay",
           "nino tamar maryam anna natia maka khatuna ketevan sofia eka lali yekaterina irina elena natalya",
           "beridze kapanadze gelashvili maisuradze tsiklauri lomidze giorgadze khutsishvili bolkvadze "
           "tabidze japaridze kavtaradze shonia abashidze"),
    'RU': ("aleksandr sergey andrey dmitriy ivan nikolay vladimir aleksey igor viktor yuriy oleg mikhail "
           "yevgeniy denis",
           "elena natalya olga tatyana irina svetlana anna mariya yekaterina yuliya lyudmila viktoriya "
           "alina anastasiya darya valentina galina nadezhda kristina veronika oksana",
           "ivanov smirnov kuznetsov popov petrov sokolov morozov volkov kozlov novikov lebedev pavlov "
           "kovalenko"),
    'UA': ("aleksandr sergey andrey dmitriy ivan nikolay vladimir aleksey igor viktor yuriy oleg mikhail "
           "yevgeniy vasiliy petr denis",
           "natalya elena oksana irina tatyana svetlana yuliya olga anna mariya viktoriya alina anastasiya "
           "lyudmila valentina galina nadezhda kristina yekaterina darya",
           "kovalenko shevchenko bondarenko tkachenko kravchenko melnyk boyko kovalchuk oliynyk savchenko "
           "rudenko ivanov petrov morozov popov"),
    'MD': ("ion georgiy vasiliy nikolay aleksandr sergey andrey dmitriy viktor mikhail igor petr yuriy "
           "oleg denis",
           "mariya elena natalya anna tatyana olga irina svetlana kristina veronika viktoriya alina "
           "yekaterina yuliya lyudmila valentina galina sabina oksana",
           "rusu ceban popa ciobanu lungu munteanu cojocaru rotari sarbu turcan cebotari moraru ivanov popov"),
    'NG': ("emmanuel samuel daniel chinedu osagie eghosa uche tunde kelechi muhammad ibrahim musa",
           "blessing joy precious favour mercy faith esther grace gift peace chioma ngozi chiamaka osas "
           "efe ivie aisha fatima amina hawa",
           "okafor okonkwo eze obi nwosu adeyemi ogunleye osagie igbinedion omoregie edosomwan bello eweka "
           "obaseki aigbe"),
    'GH': ("kwame kofi yaw kwabena emmanuel samuel daniel",
           "akosua ama abena adwoa grace mercy esther joy faith",
           "mensah owusu boateng asante appiah osei"),
    'TR': ("mehmet mustafa ahmad ali husayn hasan ibrahim ismail uthman yusuf murad umar emre burak anas "
           "kadir fatih ramadan khalil abdullah mahmud rajab serkan hakan onur volkan kamal erkan cem azad",
           "fatima aisha amina khadija zaynab elif maryam sultan zahra hulya esra merve busra kubra sevgi "
           "derya ozlem songul yasmin hawa layla nur aysenur gulsum dilan berivan rojin",
           "yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic aslan "
           "cetin kara koc kurt ozkan simsek polat korkmaz karatas erdogan gunes aktas bulut keskin unal "
           "tekin"),
}


def _parse(text):
    out = {}
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        cells = [c.strip() for c in line.split(' | ')]
        head = cells[0].split()
        nid, flags = head[0], ''.join(head[1:])
        e = {'id': nid, 'flags': flags}
        for c in cells[1:]:
            k, v = c.split('=', 1)
            e[k] = [x.strip() for x in v.split(',') if x.strip()]
        if nid in out:
            raise ValueError('duplicate id ' + nid)
        out[nid] = e
    return out


GIVEN_T = _parse(GIVEN)
FAMILY_T = _parse(FAMILY)


def check_pools():
    for c, (m, f, fam) in POOLS.items():
        for n in m.split() + f.split():
            assert n in GIVEN_T, (c, n)
        for n in m.split():
            assert 'M' in GIVEN_T[n]['flags'], (c, n)
        for n in f.split():
            assert 'F' in GIVEN_T[n]['flags'], (c, n)
        for n in fam.split():
            assert n in FAMILY_T, (c, n)


check_pools()


# ---------------------------------------------------------------- derived Central Asian surnames
# Most Central Asian / Azerbaijani family names are a (grand)father's given name + -ov/-ev
# (Russian-era form): Rustam -> Rustamov/Rustamova, Turkmen Rustamow. Derive them from the
# male given names of each pool so the family-name tables are not too small.
_VOWELS_C = 'аеиоуыэюяё'
_VOWELS_L = 'aeiouyəäöüýı'


def _derive(gid):
    g = GIVEN_T[gid]
    if 'C' in g['flags'] or not g.get('cyr'):
        return None
    c = g['cyr'][0]
    if c[-1] in 'йь':
        cf = c[:-1] + 'ев'
    elif c[-1] in _VOWELS_C:
        cf = c + 'ев'
    else:
        cf = c + 'ов'
    e = {'id': gid + 'ov', 'flags': 'G', 'cyr': [cf], 'derived': True}
    for k, (sv, sc) in {'uz': ('yev', 'ov'), 'tk': ('ýew', 'ow'), 'az': ('yev', 'ov'),
                        'kg': ('ev', 'ov'), 'kz': ('ev', 'ov'), 'tj': ('ev', 'ov')}.items():
        if g.get(k):
            n = g[k][0]
            e[k] = [n + (sv if n[-1].lower() in _VOWELS_L else sc)]
    return e


_known_cyr = {x for e in FAMILY_T.values() for x in e.get('cyr', [])}
for _c in ('UZ', 'TJ', 'KG', 'KZ', 'TK', 'AZ'):
    _m, _f, _fam = POOLS[_c]
    _extra = []
    for _gid in _m.split():
        _e = _derive(_gid)
        if _e is None or _e['cyr'][0] in _known_cyr:
            continue
        if _e['id'] not in FAMILY_T:
            FAMILY_T[_e['id']] = _e
        if _e['id'] not in _fam.split() and _e['id'] not in _extra:
            _extra.append(_e['id'])
    POOLS[_c] = (_m, _f, _fam + ' ' + ' '.join(_extra))
