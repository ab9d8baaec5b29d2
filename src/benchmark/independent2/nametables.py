# -*- coding: utf-8 -*-
"""Hand-written name tables.  Order within a table = rough frequency rank; *w = explicit weight.

A-notation (Arabic/Persian/...): consonants b p t th j ch H(ح) kh d dh r z zh s sh S(ص) D(ض) T(ط) Z(ظ) 3(ع) gh f q k g l m n h w v y
' (hamza); vowels a i u e o, long aa ii uu, oo (Persian o written with waw); @ ta marbuta / final -eh; Y alif maqsura;
| compound boundary, 'al' inside a compound = article; family names may start with al- ; '.' breaks a digraph.
"""

# ------------------------------------------------------------------ Arabic (Syria, Iraq, Sudan)
AR_M = """
muHammad*9 aHmad*3.2 3alii*2.6 maHmuud*1.6 Hasan*1.6 khaalid*1.3 3umar*1.3 muSTafY*1.2 ibraahiim*1.2 yuusuf*1.2 Husayn*1.1
3abd|al|laah=abdallah*1.2 3abd|al|raHmaan*.9 3abd|al|qaadir*.6 3abd|al|3aziiz*.6 3abd|al|kariim*.5 khaliil*.8 Hamza@*.7
3abd|al|salaam 3abd|al|raHiim 3abd|al|Hamiid 3abd|al|naaSir 3abd|al|majiid 3abd|al|ghanii 3abd|al|wahhaab 3abd|al|laTiif
3abd|al|jabbaar 3abd|al|baasiT 3abd|al|haadii 3abd|al|Haliim 3abd|al|ilaah 3abd|al|muHsin 3abd|al|razzaaq 3abd|al|Hakiim
3abd|al|sattaar 3abd|al|jaliil 3abd|al|mun3im 3abd|al|fattaaH
saamir 3ammaar jamiil 3aadil faySal waliid raamii ziyaad maazin Taariq baasil wasiim haytham SaaliH faadii ghassaan jihaad iyaad
nizaar 3iSaam hishaam 3imaad murhaf mu3aadh anas bilaal 3ubayda@ usaama@ Talha@ mu3aawiya@ Hudhayfa@ qutayba@ jaabir jaasim
Hamad Hamdaan Hammuud saliim sulaymaan daawuud muusY 3iisY yaHyY zakariyyaa ilyaas idriis yuunus ayyuub ismaa3iil isHaaq
ya3quub nuuH haaruun aadam khiDr nabiil muniir kamaal jamaal shaadii raa'id ra'fat fawwaaz fawzii fahd sa3d sa3iid mas3uud
manSuur naaSir qaasim qays rashiid majd mu'min mu'ayyad muhannad maalik 3aamir 3aaSim 3adnaan 3uday Saddaam 3abbaas 3uthmaan
ghayth layth luqmaan marwaan mahdii muHsin muntaSir naajii nawwaar raashid riyaaD Salaah Sabrii samiir shariif shukrii sufyaan
Taahaa thaamir taysiir 3azzaam 3izz|al|diin nuur|al|diin=nuraldin Salaah|al|diin=salahaldin sayf|al|diin 3alaa'|al|diin
kamaal|al|diin jamaal|al|diin yaasir yaasiin zayd zuhayr 3aTaa' amjad ayman 3aarif 3awaD bashshaar fu'aad ghaazii Haamid
Haatim Haazim Hilmii Husaam jalaal jawaad kaamil khaliifa@ labiib maahir majdii mundhir muraad muTlaq naadir naSr nidaal nuurii
rabii3 riDwaan ramaDaan=ramadan rajab saalim saamii sha3baan=shaban shawqii Saabir Saadiq sulTaan thaa'ir waa'il wajdii yazan
Zaahir 3arafaat 3aTiyya@ 3azmii 3iyaad aws ghaanim Hammaad khalaf 3awwaad 3aqiil fadi? Hariith Sakhr Sahl Saamid laHm
""".replace('fadi?', '').replace('laHm', '')

AR_F = """
faaTima@*2.6 maryam*1.5 3aa'isha@=aisha*1.2 khadiija@=khadija*1.2 zaynab*1.1 nuur*1.1 aamina@*.9 hiba@*.8 asmaa'*.7 laylY*.7
hudY salmY ranaa rubY ruqayya@ sumayya@ ghaada@ ghufraan iimaan Hanaan amal aHlaam aaya@ aalaa' israa' bushrY du3aa' hadiil
haala@ jamiila@ jinaan jumaana@ kawthar lamaa' lamyaa' lubnY manaal marwa@ mays munY naadiya@ nadY najaaH nawaal nisriin nuhY
raghad rahaf randa rashaa riim rawaan saara@ sabaaH Safaa' saHar samar samiira@ samaaH sanaa' shahd shaymaa' sihaam suhaa
Taghriid 3abiir 3afaaf 3azza@ 3ulaa wafaa' wa3d widaad yaasmiin yusrY zahraa'=zahra*.8 zuhuur hanaa' hind Huuriyya@ khawla@
lujayn malak*.6 sidra@ maayaa diima@ ghazal ilhaam iinaas baraa'a@ ruwayda@ Samiiha@ fariida@ fadwY fidaa' faraH faatin
ghaaliya@ Haniin Hawraa' jawaahir kariima@ khuluud layaal liinaa lubaaba@ mahaa maajida@ maysaa' najlaa' raawiya@ razaan
Safiyya@ saajida@ salwY sawsan shiriin suuzaan tahaanii tasniim ulfat wi'aam yaaraa zayna@ zubayda@ 3ubayda@? dalaal
ruba? bayaan Hayaat latiifa@ naima@? nada? rabaab
""".replace('3ubayda@?', '').replace('ruba?', '').replace('naima@?', 'na3iima@').replace('nada?', '')

AR_FAM = """
al-aHmad*2 al-Hasan*1.6 al-3alii*1.5 al-muHammad*1.5 al-Husayn*1.3 al-khaliil*1 al-3abd|al|laah=abdallah*1 al-ibraahiim*.9
al-3umar*.9 al-Hamad*.8 al-SaaliH al-maHmuud al-jaasim al-muSTafY al-3iisY al-khalaf al-Hammuud al-3awaad al-3abbaas al-yuusuf
al-shaykh al-kurdii al-Halabii al-Hamwii al-Himsii al-shaamii al-miSrii al-baghdaadii al-mawSilii al-jubuurii al-dulaymii
al-tamiimii al-3ubaydii al-shammarii al-3anazii al-zubaydii al-saamarraa'ii al-raawii al-3aanii al-tikriitii al-khaTiib
al-zu3bii al-Hariirii al-miqdaad al-Hawraanii al-najjaar al-3umarii al-saalim al-3ubayd al-Hamdaan al-3alluush al-qaasim
al-naaSir al-Haajj al-saqqaa al-sayyid al-faraj al-mashhadaanii al-3azzaawii al-Hadiithii al-khazrajii al-saa3idii
al-muusawii al-Husaynii al-Hakiim al-3aamirii al-maalikii al-3abbaasii al-kinaanii al-ka3bii al-bayaatii al-fatlaawii
al-dahhaam al-3aliyy al-shuwaykh al-Hasuun al-mifliH al-ramaDaan al-3awwaad al-3uthmaan al-yaasiin al-3iid al-khalaf
Haddaad najjaar darwiish Sabbaagh qaSSaab 3aTTaar Hijaazii Hallaaq naHHaas khayyaaT shaHaada@ 3uthmaan sulaymaan yaasiin
ramaDaan=ramadan sha3baan=shaban rajab daqqaaq Sawwaaf kayyaal baytaar masaalma@ Hamdaan qadduur Hamaada@ makhluuf zaydaan
kan3aan 3awaD sarmiinii jabr 3aziiz Hassuun 3abduu bakkuur faraj naSSaar khaTiib Hammaadii 3alluush maHaamiid Hamuuda@
ghanaam mar3ii 3aTiyya@ dibs kurdii turkmaanii shaykh|muusY abuu|3alii=abuali abuu|zayd=abuzayd abuu|shaqraa
3abd|al|raHmaan 3abd|al|kariim Hamiid dayyuub Sulaybii zaytuun ma3ruuf Tabbaakh
"""

# ------------------------------------------------------------------ Maghreb (Morocco, Algeria, Tunisia)
MG_M = """
muHammad*6 aHmed=ahmad*1.5 yuusef=yusuf*1.3 yaasiin*1 Hamza@*1 3umar*.8 3abd|al|qaadir*.7 3abd|al|laah=abdallah*.7
3abd|al|3aziiz 3abd|al|raHiim 3abd|al|ilaah 3abd|al|Hakiim 3abd|al|laTiif 3abd|al|majiid 3abd|al|Haqq 3abd|al|ghanii
3abd|al|kariim 3abd|al|salaam 3abd|al|SamaD 3abd|al|jaliil 3abd|al|wahhaab 3abd|al|3aalii 3abd|al|raHmaan
braahiim=ibrahim laHsen=hasan lHuseyn=husayn mbaarek driis hishaam kariim nabiil riDwaan zakariyaa amiin mahdii ilyaas ayyuub
3uthmaan yuunes=yunus badr Hasan saa3iid rashiid muSTafY=mustafa 3aadil 3aziiz anwar sufyaan ismaa3iil khaalid jamaal naaSir
faySal bilaal Taareq=tariq waliid 3alii fu'aad muraad nuur|al|diin=nuraldin Salaah|al|diin=salahaldin kamaal tawfiiq Haamid
samiir muniir zuhayr usaama@ anas aadam rayyaan wasiim amiir bashiir l3arbii=larbi 3abduu jalaal 3iSaam mansuur? yaHyY
ilyaas Taahaa 3imraan lamiin=amin? Hakiim naajii nabiil? sliimaan=sulayman 3aamir ziyaad
""".replace('mansuur?', 'manSuur').replace('lamiin=amin?', 'lamiin').replace('nabiil?', '')

MG_F = """
faaTima@=fatima*2.5 khadiija@=khadija*1.2 faaTima@|al|zahraa'=fatimazahra*.9 ziineb=zaynab*1 meryem=maryam*1 salmY iimaan sanaa'
naadiya@ hudY samiira@ Hayaat na3iima@ laTiifa@ sa3iida@ maliika@ zahraa'=zahra Hanaan ghizlaan lubnY sihaam asmaa' ikraam
haajar kawthar umayma@ shaymaa' sukayna@ yaasmiin nuura hind amal kariima@ rashiida@ bushrY wafaa' ilhaam laylY munY
khawla@ saara@ rajaa' najaat fadwY 3aa'isha@=aisha Saliha@? ibtisaam warda@ zoohra? fatiiHa@ mbaaraka@ Habiiba@ Hafsa@
nawaal suumiya@ hanaa' jamiila@ ward najwY
""".replace('Saliha@?', 'Saaliha@').replace('zoohra?', '')

MG_FAM = """
al-idriisii*1 3alawii*1 al-3amraanii*.9 ben|3alii=benali*.8 bennaanii taazii berraada@ al-faasii shraybii buuziid ben|jalluun
laHluu wazzaanii al-wardii bukhaarii al-manSuurii Haddaad aayt|3alii=aitali aayt|aHmed=aitahmed naaSirii belHaaj bakkaalii
ziyaanii al-sa3dii ben|3iisaa=benaissa buuDiyaaf ben|yaHyaa=benyahya khelifii manSuurii saa3idii belqaasim braahiimii
Hamiidii raHmaanii tuwaatii zerruukii ben|saalem=bensalem Traabelsii jebaalii gharbii Hammaamii jaziirii ben|SaalaH=bensalah
mejrii driidii 3ayyaarii saasii jlaasii al-khaTTaabii ben|muusaa=benmusa al-Hasanii Taahirii al-fiilaalii 3azzaawii
buushaaib ben|3abd|al|laah=benabdallah lamriinii al-yuusufii ben|Haddu sabbaar? buukhrisa
""".replace('sabbaar?', '').replace('ben|3abd|al|laah=benabdallah', 'benabdallaah=benabdallah')

# ------------------------------------------------------------------ Somali
SO_M = """
maHamed=muhammad*4 3abdi*1.5 3ali*1.5 aHmed=ahmad*1.5 3abdullaahi=abdallah*1.2 Hasan*1 Husseen=husayn yuusuf ibraahiim 3umar
maHamuud=mahmud 3abdiraHmaan=abdalrahman 3abdirashiid 3abdiqaadir=abdalqadir 3abdiwali muuse=musa aadan=adam faarax
jaamac khaalid mustafe=mustafa 3uthmaan 3iise=isa saa3iid sharif nuur Dahir? guuleed warsame bashiir liibaan maxamuud?
""".replace('Dahir?', 'Zaahir').replace('maxamuud?', '')
SO_F = """
faaTima@=fatima*2 Haawo=hawa*1.2 3aasha=aisha*1.2 khadiija@=khadija*1 maryan=maryam*1 hodan sahra? ifraax? sagal
nasteexo? amiina=amina deeqa hibaaq muna=muna ayaan ubax? samsam sucaad? luul fartuun Hamdi nimco? ruqiya=ruqayya
""".replace('sahra?', 'zahra').replace('ifraax?', 'ifraaH').replace('nasteexo?', 'nasteeho').replace('ubax?', 'ubaH') \
    .replace('sucaad?', 'su3aad').replace('nimco?', 'ni3mo')

# ------------------------------------------------------------------ Iran (Persian)
FA_M = """
moHammad=muhammad*6 3alii=ali*3 Hoseyn=husayn*2.5 reDaa=rida*2 mehdii=mahdi*1.5 amiir*1.3 Hamiid*1.2 moHsen=muhsin*1.1
moSTafY=mustafa ebraahiim=ibrahim javaad=jawad Hasan 3abbaas sa3iid majiid vaHiid behnaam baabak omiid farhaad Haamed=hamid2
aHmad=ahmad morteDY mas3uud mojtabY maHmuud=mahmud yuusef=yusuf akbar aSghar kaaZem ja3far kariim rasuul sajjaad aarash behzaad
kuurosh daariyuush siyaavash peymaan puuyaa naviid niimaa eHsaan iimaan miilaad mehraan shahraam kaamraan raamiin
moHammad|reDaa=moHammadreza moHammad|3alii=moHammadali 3alii|reDaa=alireza moHammad|Hoseyn=moHammadhosein
amiir|Hoseyn=amirhosein gholaam|reDaa=gholamreza gholaam|Hoseyn=gholamhosein 3abd|ol|laah=abdallah ruuH|ol|laah
Habiib|ol|laah naSr|ol|laah faZl|ol|laah asad|ol|laah hedaayat|ol|laah 3ezzat|ol|laah raHmat|ol|laah dhabiiH|ol|laah
3aadel afshiin arsalaan bahraam bahman biizhan daavud farshaad farzaad faraamarz huumaan Hesaam huushang jamshiid kiyaan mahyaar
manuuchehr mehrdaad meysam naader naaSer parviiz puryaa qaasem ruuzbeh saamaan saasaan salmaan siinaa soheyl soruush Taaher
yazdaan sohraab keyvaan shaahiin shahaab pezhmaan pedraam moHammad|javaad moHammad|mehdii 3alii|akbar 3alii|aSghar abolfaZl
abolqaasem Hojjat esmaa3iil=ismail ya3quub=yaqub yaasser 3erfaan kiyumars
""".replace('|ol|', '|al|')

FA_F = """
faaTeme@=fatima*2.5 zahraa=zahra*2.2 maryam*1.8 ma3Suume@*1 zeynab=zaynab*1 narges*.9 somayye@=sumayya leylaa=layla saaraa=sara
mahsaa parisaa nasriin elhaam shiiriin aazaade@ miinaa rooyaa samiire@=samira sakiine@ kobraa Soghraa Taahere@ raaDiye@
fereshte@ haaniye@ negaar nedaa shiivaa maHbuube@ moniire@ farzaane@ marDiye@ hodY=huda naahiid mitraa zohre@ robaabe@
khadiije@=khadija ashraf akram batuul Tayyebe@ 3aaTefe@ aarezuu bahaare@ golnaaz mahnaaz elaahe@ fariibaa shahlaa soheylaa
ziibaa mozhgaan sepiide@ shabnam yaasaman naazaniin zarii parii mahtaab tahmiine@ gelaare@ niiluufar hengaame@ 3aSal? pariisaa?
golnaar tarane@ azam? fahiime@ mahiin
""".replace('3aSal?', '').replace('pariisaa?', '').replace('azam?', 'a3Zam')

FA_FAM = """
moHammadii*1.5 Hoseynii*1.5 aHmadii*1.3 reDaa'ii*1.2 moraadii kariimii ja3farii raHiimii haashemii muusavii kaaZemii qaasemii
Saadeqii Heydarii rostamii 3aliizaade@ Hoseynzaade@ 3abbaasii amiirii ebraahiimii qorbaanii SaaleHii najafii akbarii naZarii
baaqerii mirzaa'ii yuusefii zaare3 solTaanii shahbaazii asadii 3aziizii bahraamii shariifii jalaalii khaanii maHmuudii
naaderii nuurii raHmaanii safarii Taaherii yazdaanii zamaanii farajii kamaalii manSuurii moHammadpuur sohraabii tavakkolii
vaHiidii anSaarii baabaa'ii fallaaHii Hamiidii jahaanii kiyaanii mehraabii nikbakht rajabii shiiraazii tehraanii eSfahaanii
tabriizii aHmadzaade@ raHiimzaade@ jamshiidii karamii khosravii daavuudii esmaa3iilii golzaarii Heydarzaade@ qolaamii
"""

# ------------------------------------------------------------------ Afghanistan (Dari / Pashto)
AF_M = """
moHammad=muhammad*6 aHmad=ahmad*2 3alii=ali*1.5 3abd|ul|raHmaan=abdalrahman 3abd|ul|waHiid 3abd|ul|qaadir=abdalqadir
3abd|ul|ghanii 3abd|ul|Hamiid 3abd|ul|raHiim 3abd|ul|manaan 3abd|ul|baSiir 3abd|ul|Haqq 3abd|ul|matiin 3abd|ul|kariim
3abd|ul|salaam 3abd|ul|jabbaar 3abd|ul|aHad 3abd|ul|khaaliq 3abd|ul|qayyuum 3abd|ul|laah=abdallah
gul|aHmad gul|moHammad ghulaam|sakhii ghulaam|Haydar ghulaam|rasuul ghulaam|nabii moHammad|nabii moHammad|3alii=mohammadali
moHammad|daawud dhabiiH|ul|laah najiib|ul|laah Hikmat|ul|laah raHmat|ul|laah samii3|ul|laah 3izzat|ul|laah Habiib|ul|laah
asad|ul|laah khaliil|ul|laah naSrat|ul|laah rafii3|ul|laah Hamiid|ul|laah amiin|ul|laah amaan|ul|laah 3ubayd|ul|laah
matii3|ul|laah sayf|ul|laah 3inaayat|ul|laah
jawaad=jawad murtaDaa Haamid=hamid2 fariid khaalid nawiid waHiid bashiir naaSir qaasim Husayn muSTafaa=mustafa umiid suhraab
raHiim kariim walii gul nuur shiir jaan zamaan sulTaan shafiiq nabii rasuul baaz daawud idriis jamshiid mujtabaa Saadiq samii3
yamaa ajmal akmal bilaal iHsaan faySal haaruun 3imraan jaliil kabiir laTiif maHmuud=mahmud qadiir rashiid shafii3 tamiim zubayr
3aziiz ismaa3iil=ismail ibraahiim=ibrahim fawaad sardaar Haniif 3umar 3uthmaan yuunus muusaa=musa 3iisaa=isa Hamza@ qudrat
nasiim parwiiz manSuur raHmaan shariif 3aarif HaZrat miirways jamaal kamaal naqiib
"""

AF_F = """
faaTima@=fatima*2 zahraa=zahra*1.5 maryam*1.5 sakiina@ ma3Suuma@ nargis shabnam parwaana@ frishta mursal zarghuuna@ miinaa
laylaa=layla naaziyaa siimaa Hamiida@ shakiilaa farzaana@ marDiya@ zaynab khadiija@=khadija gulaalay thurayyaa rooyaa
niiluufar tahmiina@ madiina@ sumayya@ fariibaa raaZiya@ Habiiba@ gulnaaz kulthuum Hasiina@ kariima@ laTiifa@ nasiima@
pariisaa ruqayya@ saliima@ shiiriin zakiyya@ gulbadan naazaniin mahbuuba@ shukriyya@ Tuubaa Hadiisa@ freshta? mahjabiin
storay palwasha malaalay zarmiina@ benazir
""".replace('freshta?', '')

AF_FAM = """
aHmadzay*1 khaan*1.2 popalzay baarakzay moHammadzay sulTaanii raHiimii kariimii haashimii Husaynii reDaa'ii moHammadii
aHmadii ja3farii akbarii amiirii nuurii Haydarii saadaat staanikzay Saafii shinwaarii mohmand wardak kaakar niyaazii naZarii
3aziizii Habiibii raHmaanii Hakiimii qaadirii Hamiidii shariifii yuusufzay durraanii hotak ghaffaarii rasuulii qaasimii
Sadiiqii muraadii sarwarii Saabirii Samadii naSiirii qurbaanii jawaadii mujaddidii Safii ahmadii? sultanzay noorzay alikozay
achakzay
""".replace('ahmadii?', '')

# ------------------------------------------------------------------ Pakistan (given = second element, 'Muhammad' often prefixed)
PK_M = """
3alii=ali*1.2 aHmad=ahmad*1 Husayn=husayn*.9 aasif*1 3imraan*1 3uthmaan*.9 bilaal*.9 ziishaan kaamraan 3adnaan faySal shaahid
Taariq naviid waqaas 3irfaan riDwaan saajid zaahid 3aamir jaaviid arshad akram aslam iqbaal nadiim shahzaad wasiim farHaan
daanish Hamza@ 3umar aHsan Haaris junayd 3abd|ul|reHmaan=abdalrahman 3abd|ul|ghaffaar 3abd|ul|qayyuum 3abd|ul|majiid
Hasan khaalid mushtaaq ishtiyaaq i3jaaz imtiyaaz fayyaaz nawaaz shariif rafiiq Saadiq Siddiiq=siddiq tanwiir naadir saliim
shafqat shawkat Zafar jamshiid sarfaraaz maqSuud manZuur mubashshir muzammil naaSir qamar raashid sajjaad sulTaan yaasir yuunus
zubayr 3aaqib faraaz asad 3aaTif bashiir ghulaam|muSTafaa ghulaam|rasuul ghulaam|3abbaas allaah|dittaa=allahditta
khudaa|bakhsh nuur|muHammad dost|muHammad
"""
PK_F = """
3aa'isha@=aisha*1.2 faaTima@=fatima*1.2 saa'ima@ naaziya@ raabi3a@ sanaa' aamna=amina Hiraa iqraa' mehwish bushraa shaaziya@
sa3diyya@ 3uZmaa farzaana@ nasriin shabaana@ kiran sidra@ maryam zaynab samiina@ rukhsaana@ parviin shamiim kawthar=kausar
3aasmaa=asma humaa mahnuur tahmiina@ yaasmiin zubayda@ nargis rashiida@ Saliima@? naziiraa
""".replace('Saliima@?', 'saliima@')
PK_FAM = """
khaan*3 aHmad=ahmad*1.2 3alii=ali*1 Husayn=husayn*1 shaah*1 iqbaal maalik buTT=butt chawd.harii=chawdhari qurayshii=qurayshi
Siddiiqii=siddiqi shaykh raajaa mirzaa beyg 3awaan 3abbaasii bhaTTii raanaa jaTT raajpuut chiima@ khaTTak yuusufzay afriidii
shinwaarii gill? warraa'ich mughal anSaarii haashmii javed? nawaaz
""".replace('gill?', '').replace('javed?', '')
PK_FFAM = """biibii=bibi*2 begum*1 akhtar*1 kawthar=kausar parviin naaz"""

# ------------------------------------------------------------------ Bangladesh
BD_M = """
rafiiqul*1 shafiiqul aminul naZrul sayful miizaanur Habiibur maHbuubur ashraful aniisur jahaangiir 3aalamgiir shaahiin soheel
rubel raasel sumon shakiil jewel baabul kamrul moniir sabbiir raakib saajib maasuud raanaa tanwiir imraan
jasiim|al|diin=jasimuddin kamaal|al|diin=kamaluddin Salaah|al|diin=salahaldin niZaam|al|diin 3alaa'|al|diin
3abd|ul|kariim 3abd|ul|maalik 3abd|ul|qaadir=abdalqadir Hasan Husayn=husayn 3alii=ali mizaan shariif riyaad Saddaam ripon
litan mithun
"""
BD_F = """
nasriin*1 rehaana@ shiiriin sharmiin salmaa hasiina@ roziina@ faaTima@=fatima jannaat sumayya@ shaantaa miitu ruupaa polii liimaa
muktaa rumaa tasliima@ naZmaa shaaplaa fariida@ morjiina@ raHiima@ aamena@ aKhii? shilpii suumii riitaa aakhi
""".replace('aKhii?', '')
BD_FAM = """
raHmaan=rahman*2 islaam=islam*1.6 Husayn=husayn*1.2 uddiin=uddin aHmad=ahmad*1 3alii=ali miyaa=mia sarkaar shaykh khaan
chawd.hurii=chawdhuri Haqq=haq kabiir kariim 3aalam taalukdaar mollaa bepaarii mondal bhuiyaan majumdaar paaTwaarii
"""
BD_FFAM = """akhtar=akhtar*2 begum*1.5 khaatun=khatun*1.5 sulTaanaa yaasmiin"""

# ------------------------------------------------------------------ Kurdish (Kurmanji Latin; Syrian / Iraqi / Turkish Kurds)
KU_M = """
Azad*1 Şivan*1 Rêbîn Zana Kawa Dilşad Baran Berzan Serhed Rojhat Welat Dilovan Hejar Şoreş Agir Serbest Ronî Ciwan Rênas Aram
Hozan Delîl Hogir Xebat Şêrko Bawer Dildar Bêwar Hawar Cûdî Zinar Rizgar Kendal Karwan Rêbwar Şwan Hêmin Hawrê Dana Şêrwan
Aras Bestûn Hoşyar Kosrat Serdar Soran Zryan Peşawa Goran Hîwa Kamaran Nawzad Omêd Sîrwan Mihemed=muhammad*2 Ehmed=ahmad*1.2
Elî=ali*1 Mistefa=mustafa Ibrahîm=ibrahim Xelîl=khalil Hesen=hasan Huseyn=husayn Evdilrehman=abdalrahman Ismaîl=ismail
Silêman=sulayman Yûsif=yusuf Ebdullah=abdallah Mehmûd=mahmud Reşîd=rashid Xalid=khalid Seîd=said
"""
KU_F = """
Rojîn*1 Berîvan*1 Hêvî Jînda Zozan Nêrgiz Gulistan Xezal Delal Evîn Rûken Zelal Dilan Ronahî Şîrîn Narîn Medya Avîn Helîn Rojda
Pelşîn Xecê=khadija Fatê=fatima*1 Eyşe=aisha Zeyneb=zaynab Mizgîn Sozdar Gulê Perwîn Newroz Berfîn Rojbîn Viyan Stêrk Şîlan
Hêro Nasik Tara Çiman Kajal Tavga Şno Bafrîn Sozan Lana Roza Şnyar Jiyan Leyla=layla Meryem=maryam Emîne=amina Hecer=hajar
Nûra=nur Besna Dilber Gulbahar Xanim
"""
KU_FAM = """
Barzanî Talabanî Caf Hewramî Zêbarî Doskî Surçî Mizûrî Harkî Berwarî Bradostî Şêxanî Kurdî Mihemed=muhammad Hesen=hasan
Îbo Ehmed=ahmad Elî=ali Omer=umar Şêx=shaykh Heco Biro Osê Xelef=khalaf Emîn=amin Cemîl=jamil Mûsa=musa Sîno Hemo
"""

# ------------------------------------------------------------------ Türkiye
TR_M = """
Mehmet*6 Mustafa*4 Ahmet=ahmad*3.6 Ali*3.2 Hüseyin=husayn*2.6 Hasan*2.6 İbrahim=ibrahim*2 İsmail=ismail*1.8 Osman=uthman*1.6
Yusuf*1.6 Murat*1.6 Ömer=umar*1.4 Ramazan=ramadan*1.4 Halil=khalil*1.2 Süleyman=sulayman*1.2 Abdullah=abdallah*1.2 Mahmut=mahmud
Salih Kemal Recep=rajab Fatih Emre Burak Serkan Hakan Kadir Orhan Metin Cem Uğur Yasin Emin Bayram Sinan Tolga Volkan Ercan Erkan
Gökhan Onur Oğuz Kerem Can Mert Furkan Enes Eren Berk Barış Yunus Harun Erdem Engin Cengiz Levent Tuncay Taner Turgut Zafer
Adem Arif Aydın Bekir Cemal Cevdet Davut Ekrem Erol Ferhat Fikret Hamza Hayati Hikmet İlhan İlyas İsa Kazım Kenan Mesut
Muhammet=muhammad Muharrem Musa Necati Nihat Nuri Rıza=rida Sabri Sadık Şaban=shaban Şükrü Tahir Tayfun Yakup=yaqub Yavuz Zeki
Ziya Abdurrahman=abdalrahman Abdulkadir=abdalqadir Nurettin=nuraldin Selahattin=salahaldin Bilal Cihan Doğan Eyüp=ayyub Ferit
Hüsnü İhsan Kaan Kürşat Mücahit Nazım Oktay Rahmi Sedat Selim Sercan Serdar Şahin Tamer Tarık Ufuk Veli Yücel Zekeriya Berkay
Emirhan Efe Arda Alperen Batuhan Yiğit Ozan Koray Deniz Umut Gökay Özgür Alper Ertuğrul Osman_Nuri Mehmet_Ali Ali_Rıza
"""
TR_F = """
Fatma=fatima*5 Ayşe=aisha*4.5 Emine=amina*3.6 Hatice=khadija*3.4 Zeynep=zaynab*3 Elif*2.4 Meryem=maryam*1.8 Şerife*1.5
Zehra=zahra*1.5 Merve*1.5 Sultan Hanife Havva Zeliha Esra Fadime Özlem Hacer Yasemin Hülya Cemile Songül Gülsüm Leyla=layla
Rabia Kübra Büşra Tuba Aysel Derya Dilek Ebru Emel Filiz Gamze Gül Gülay Gülşen Hande Hilal İlknur Kader Kezban Melek Melike
Nazlı Nermin Nesrin Nur Nurcan Nurten Pınar Reyhan Saadet Sevgi Sevim Seda Selin Sibel Sevda Şükran Tuğba Türkan Ümran Ümmühan
Yeter Yıldız Zübeyde Aynur Ayten Bahar Berna Canan Çiğdem Dilan Duygu Ecem Esma Eda Feride Gizem Gönül Gülcan Güler Habibe
Hayriye Hediye Huriye İpek Kevser Kıymet Lale Makbule Mine Münevver Naciye Necla Nuray Nurhan Özge Perihan Rukiye Saliha
Semra Serpil Sinem Şenay Şengül Tülay Ülkü Zerrin Zuhal Azize Asiye Dudu Döndü Elmas Gülizar Güllü Hamide Hüsniye Kadriye
Meral Naile Nazife Sakine Satı Selver Sema Semiha Şaziye Şükriye Vesile Zekiye Ayşe_Nur Fatma_Nur Elif_Nur Zeynep_Sude Esma_Nur
"""
TR_FAM = """
Yılmaz*3 Kaya*2.4 Demir*2.4 Şahin*2 Çelik*2 Yıldız*1.8 Yıldırım*1.8 Öztürk*1.8 Aydın*1.7 Özdemir*1.7 Arslan*1.5 Doğan*1.5
Kılıç*1.4 Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın
Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse Yüksel Ateş Karataş Akın Aksoy Başaran
Bayram Bilgin Bilgiç Cengiz Coşkun Demirci Demirel Duman Eren Ekinci Erdem Ergün Eroğlu Gök Gündoğdu Gündüz Güven Karaca
Karakaya Kaçar Kahraman Kandemir Kocabaş Kurtuluş Metin Oral Orhan Oruç Öz Özbek Özen Özgür Sağlam Sevim Sezer Soylu Sönmez
Taşkın Temiz Toprak Tuncer Tunç Uçar Uysal Uzun Ünlü Yaman Yazıcı Yeşil Yiğit Yurt Zengin Akbaş Akgül Akkaya Akbulut Akdağ
Akyol Alkan Altun Altıntaş Atalay Ayhan Baysal Bektaş Bozdağ Ceylan Çakmak Çalışkan Çiftçi Dağ Dinç Duran Durmaz Ekici Elmas
Erol Ersoy Genç Gezer Göktaş Gümüş Günay Gürbüz Güzel Kalkan Karabulut Karadağ Karakuş Kartal Kılınç Kocaman Kuru Mutlu Oğuz
Okur Önal Özkaya Özmen Sevinç Soysal Şentürk Tanrıverdi Tosun Türk Ulusoy Uğur Yücel Yurdakul Zorlu Akyüz Aydemir Bal Boz
Ekmekçi Erdal Ertürk Kalaycı Kuzu Küçük Özdoğan Ölmez Sarıkaya Şeker Tatar Topal Türkmen Yaşar Alp Esen Baş Çolak Dursun
Kayaalp Aydoğdu Tekin Yurttaş Arıkan Bingöl Ekinci Tunç Akpınar Kaya
"""

# ------------------------------------------------------------------ Uzbekistan (Uzbek Latin)
UZ_M = """
Muhammad=muhammad*1.2 Rustam*1 Alisher*1 Jasur*1 Sardor*1 Bekzod*1 Bobur*1 Shaxzod Otabek Jamshid Sherzod Ulug'bek Dilshod
Farrux Javlon Azizbek Jahongir Shohrux Doniyor Akmal Anvar Botir Ilhom Islom Mansur Nodir Oybek Ravshan Sanjar Temur Umid
Xurshid Zafar Abdulla=abdallah Abdurashid Murod Nurbek Elyor Sirojiddin Nuriddin=nuraldin Baxtiyor Davron Erkin Furqat G'ayrat
Hamid Ikrom Komil Lutfulla Mirzo Nozim Olim Po'lat Qodir Rahim Shuhrat Tohir Valijon Xasan=hasan Xusan Yusuf=yusuf Zokir Abbos
Asilbek Behruz Dostonbek Eldor Farhod G'olib Husan Inomjon Jasurbek Kamoliddin Laziz Mirjalol Nodirbek Obid Rasul Saidakbar
Samandar Shavkat Sobir Tolib Xolmat Yodgor Zohid Abror Alijon Aziz Bahodir Dilmurod Eshmat Toshmat Ergash Qurbon Ro'zi
Muhammadali Muhammadjon Abdurahmon=abdalrahman Ibrohim=ibrahim Ismoil=ismail Umar=umar Usmon=uthman Sulaymon=sulayman
"""
UZ_F = """
Dilnoza*1.2 Gulnora*1 Shahnoza*1 Nodira*1 Feruza*1 Zarina Mohira Madina Sevara Nigora Gulchehra Muxlisa Dildora Umida Barno
Kamola Malika Nilufar Sarvinoz Yulduz Oydin Ozoda Zulfiya Nargiza Lola Muhabbat Mavluda Xurshida Dilfuza Gulbahor Gavhar Hilola
Iroda Lobar Mohinur Maftuna Nasiba Nafisa Rano Saodat Shoira Surayyo Tursunoy Xolida Yorqinoy Zilola Dilorom Gulnoza Gulshan
Gulasal Hulkar Mahliyo Manzura Matluba Munisa Nozima Robiya Sabina Sayyora Shahlo Sitora Sug'diyona Xadicha=khadija Fotima=fatima
Zaynab=zaynab Oysha=aisha Maryam=maryam Vazira Dilbar Zuhra Gulmira Aziza Durdona Farangiz Gulruh Kumush Laylo=layla Mukaddas
Nargis Odina Parizoda Shodiya Gulnoz Mashhura
"""
UZ_FAM = """
Karimov*1.2 Rahimov*1 Abdullayev*1.2 Yusupov*1 Tursunov*1 Ergashev Rashidov Aliyev=aliyev Xolmatov Toshmatov Eshmatov Sodiqov
Qodirov Mirzayev Nazarov Normatov Sharipov Usmonov Umarov Ismoilov Ibragimov Hasanov Husanov Azimov Mamatov Jo'rayev Qurbonov
Sultonov Sobirov Bozorov Rahmonov Yo'ldoshev Ahmedov Saidov Safarov Haydarov Xudoyberdiyev Berdiyev To'xtayev Nurmatov
Abdurahmonov Abduraimov Murodov Ganiyev Jumayev Zokirov Baxromov Hamidov Nematov Olimov Qosimov Rustamov Salimov Sattorov
Tojiyev Valiyev Xoliqov Yoqubov Ortiqov Po'latov Ro'ziyev Shukurov Tillayev Raxmatullayev Musayev Mahmudov Nabiyev Aminov
Davletov Egamberdiyev Fayzullayev Gafurov Islomov Juraev? Komilov Latipov Majidov Nurmuhamedov Oripov Pardayev
""".replace('Juraev?', '')

# ------------------------------------------------------------------ Turkmenistan (Turkmen Latin)
TK_M = """
Myrat*1.2 Merdan*1 Serdar*1 Döwlet*1 Batyr*1 Maksat Azat Arslan Begenç Baýram Atamyrat Nurmuhammet Orazgeldi Annageldi Gurban
Rahman Ata Allaberdi Agamyrat Kerim Döwran Ylýas Ýusup=yusuf Ahmet=ahmad Hojamyrat Mekan Perhat Rejep=rajab Şatlyk Parahat
Bahtyýar Toýly Nazar Resul Süleýman=sulayman Guwanç Yhlas Meret Sapar Saparmyrat Gylyç Nury Aman Amanmyrat Dowletmyrat
Myratgeldi Ruslan Gurbanmyrat Berdimuhammet Kakajan Mähri? Öwez Ezizmyrat Çary Durdy
""".replace('Mähri?', '')
TK_F = """
Ogulgerek*1 Gülnara*1 Maýsa*1 Aýna*1 Jennet*1 Jeren Maral Aýgül Bägül Ogulbibi Gözel Bahar Leýla=layla Mähri Selbi Sona Dünýä
Gulşat Enejan Arzuw Aýjemal Mähriban Ogulnabat Mahym Näzik Oguljennet Nurjahan Tylla Ýazgül Altyn Merjen Şirin Humaý Aýsoltan
Gyzlarbibi Orazgül Bibi Ogulşat Lale Ýakut Sähra Gülälek Aýbölek Oguljan Jahan Ogulbagt Bossan Mähek
"""
TK_FAM = """
Orazow*1 Annaýew*1 Berdiýew*1 Durdyýew Ataýew Gurbanow Hojaýew Nurmuhammedow Allaberdiýew Muhammedow=muhammadov Rejepow
Saparow Amanow Çaryýew Batyrow Meredow Ahmedow Hudaýberdiýew Garaýew Kurbanow Jumaýew Babaýew Myradow Nazarow Gylyjow
Toýlyýew Kakajanow Öwezow Baýramow Nurýagdyýew Ilýasow Sähedow Hallyýew Annamyradow Gurbangeldiýew Ussaýew Mämmedow
"""

# ------------------------------------------------------------------ Azerbaijan (Azerbaijani Latin)
AZ_M = """
Əli=ali*1.3 Məmməd=muhammad*1.2 Hüseyn=husayn*1 Həsən=hasan*1 Rəşad Elçin Elvin Orxan Tural Kamran Ramil Rauf Vüqar Elnur Anar
Nicat Fərid Cavid Ceyhun Emin Əhməd=ahmad Rüstəm Samir Ruslan Tofiq Vasif İlham Elşən Rəhim Səbuhi Rövşən Zaur Namiq Nurlan
Şahin Mübariz Xəyal Murad Yusif=yusuf İbrahim=ibrahim Qasım Rasim Telman Arif Elxan Fuad Habil Kənan Mirzə Pərviz Ramin Sənan
Tərlan Ülvi Vaqif Zakir Aqil Azər Bəxtiyar Cəlal Çingiz Elşad Əkbər Qabil Hikmət İsmayıl=ismail Kamal Mahir Nazim Oqtay Polad
Sahib Fərhad Toğrul
"""
AZ_F = """
Aygün*1 Günel*1 Nərmin*1 Leyla=layla*1 Səbinə Aynur Gülnar Ülviyyə Könül Aysel Ləman Nigar Sevinc Şəbnəm Təranə Vüsalə
Xədicə=khadija Zəhra=zahra Fatimə=fatima Aytən Gülər Lalə Mələk Nərgiz Rəna Samirə Solmaz Türkan Ülkər Xatirə Yeganə Zərifə Arzu
Elnarə Esmira Fidan Gülşən İlahə Jalə Kəmalə Məryəm=maryam Nailə Pərvin Rəşidə Sevda Tamilla Ulduz Vəfa Zülfiyyə Afaq Bahar
Dilarə Elmira Günay Həcər İradə Gülnarə Sona Mehriban Nurlana
"""
AZ_FAM = """
Məmmədov*1.5 Əliyev*1.5 Həsənov*1.2 Hüseynov*1.2 Quliyev*1 İsmayılov Abdullayev Rəhimov Süleymanov Nəbiyev Musayev Cəfərov
Babayev Kərimov İbrahimov Əhmədov Qasımov Sadıqov Rzayev Orucov Nağıyev Bağırov Əsgərov Mustafayev Vəliyev Şükürov Zeynalov
Ağayev Salmanov Novruzov Allahverdiyev Mirzəyev Hacıyev Səfərov Bayramov Heydərov Qəhrəmanov Xəlilov Əsədov Qafarov
Məhərrəmov Paşayev Rüstəmov İsayev Əkbərov Yusifov Ələkbərov Kazımov Fərzəliyev Hümbətov Mehdiyev Tağıyev Məmmədli Əliyeva?
Hüseynli Quliyeva? Həsənli
""".replace('Əliyeva?', '').replace('Quliyeva?', '')

# ------------------------------------------------------------------ Kyrgyzstan / Kazakhstan (Cyrillic)
KY_M = """
Азамат*1 Айбек*1 Бакыт*1 Нурлан*1 Марат Эрлан Улан Руслан Канат Бекболот Нурбек Асылбек Алмаз Темирлан Адилет Эрмек Жаныбек
Медер Бакытбек Талант Кубанычбек Эмиль Максат Дастан Нурсултан Тилек Чынгыз Урмат Мирлан Бекжан Айдар Азиз Жоомарт Санжар
Данияр Искендер Мелис Нурислам Эльдар Курманбек Мухаммед=muhammad Улукбек Кайрат Замир Эркин Бектур Актан
"""
KY_F = """
Айгүл*1 Айжан*1 Гүлнара*1 Жылдыз*1 Нургүл Бермет Айпери Асел Динара Чолпон Мээрим Назгүл Гүлмира Жибек Айдана Элнура Каныкей
Бурул Салтанат Айзада Айым Нуриза Зарина Алтынай Айсулуу Гүлзат Жамиля Кундуз Назира Токтобүбү Чынара Элиза Эльвира Эльмира
Сезим Толгонай Аида Акмөөр Гүлбара Мадина Перизат Сабина Умут
"""
KY_FAM = """
Асанов*1 Маматов*1 Токтогулов Абдыкадыров Жапаров Садыров Алиев Турсунбаев Исаков Осмонов Эсенов Керимбеков Абдылдаев Сыдыков
Тологонов Мамытов Үсөнов Шамшиев Орозбаев Бекмуратов Кадыров Токтомамбетов Сатыбалдиев Жумабаев Абдрахманов Ташиев Кулов
Бакиев Мырзакматов Эшалиев Айдаров Мамбетов Султанов Назаров Ибраимов Осмоналиев Кожобеков
"""
KK_M = """
Нурлан*1 Ерлан*1 Асхат Бауыржан Данияр Ержан Айдос Арман Нурсултан Алибек Бекзат Даулет Жандос Мейрам Рустем Серік Талгат
Тимур Ербол Азамат Санжар Дархан Ерболат Қанат Мұрат Нуржан Олжас Самат Айбек Ерасыл Әділет
"""
KK_F = """
Айгерім*1 Динара*1 Айжан Әсел Гүлнар Жанар Сәуле Мадина Әлия Айнұр Гүлмира Жансая Камила Назерке Томирис Дана Салтанат Анар
Балжан Меруерт Айдана Ақмарал Гаухар Жұлдыз Индира Ләззат Маржан Ұлжан Шынар Аружан
"""
KK_FAM = """
Ахметов*1 Жұмабаев*1 Искаков Абдрахманов Оспанов Сүлейменов Нұрғалиев Ермеков Қасымов Жақсылықов Байжанов Бекмұханов Омаров
Смағұлов Өтепов Әлімбеков Мұқашев Сәрсенбаев Есенов Кенжебаев Мұқанов Серікбаев Тәжібаев Нұрланов Сейітов Қалиев
"""

# ------------------------------------------------------------------ Russia
RU_M = """
Александр*1.6~Саша,Шура Сергей*1.4~Серёжа Дмитрий*1.3~Дима Андрей*1.2 Алексей*1.2~Лёша Максим*1 Евгений~Женя Иван~Ваня Михаил~Миша
Николай~Коля Владимир~Вова,Володя Артём Денис Роман Павел Олег Игорь Виктор Юрий Вячеслав~Слава Константин~Костя Антон Илья
Никита Кирилл Егор Руслан Тимур Вадим Василий~Вася Станислав Григорий Геннадий Борис Валерий Анатолий~Толя Леонид Пётр Фёдор
Степан Ярослав Глеб Данил Даниил Георгий Эдуард Виталий Аркадий Семён Тимофей Ринат Айдар Рустам
"""
RU_F = """
Елена*1.4~Лена Ольга*1.3~Оля Наталья*1.3~Наташа Татьяна*1.2~Таня Ирина*1.2~Ира Светлана*1.1~Света Анна*1~Аня Мария*1~Маша
Екатерина*1~Катя Юлия*1~Юля Анастасия*1~Настя Марина Людмила~Люда Галина~Галя Надежда~Надя Оксана Валентина~Валя Дарья~Даша
Ксения~Ксюша Алина Виктория~Вика Кристина Полина Евгения~Женя Нина Любовь~Люба Вера Елизавета~Лиза Алёна Лариса Жанна Инна Яна
Диана Валерия~Лера Ангелина Олеся Софья Тамара Зоя Раиса Маргарита~Рита Вероника Карина Лилия Анжела Снежана Регина Эльвира
Альбина Гульнара Венера Алсу Лейсан
"""
RU_FAM = """
Иванов*1.5 Смирнов*1.3 Кузнецов*1.2 Попов*1.1 Васильев*1.1 Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев
Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев
Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин
Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов
Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев
Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Быков Маслов Родионов
Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов
Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев
Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Покровский Островский Черных Седых Толстой Гарипов Хабибуллин
Сафин Галиев Шарипов
"""

# ------------------------------------------------------------------ Ukraine (Ukrainian/Russian pairs)
UA_M = """
Олександр/Александр*1.5~Саша Сергій/Сергей*1.3 Андрій/Андрей*1.2 Дмитро/Дмитрий*1.1 Володимир/Владимир*1.1 Олексій/Алексей
Микола/Николай Іван/Иван Віктор/Виктор Юрій/Юрий Василь/Василий Михайло/Михаил Богдан/Богдан Тарас/Тарас Ігор/Игорь Олег/Олег
Максим/Максим Артем/Артём Євген/Евгений Петро/Пётр Павло/Павел Роман/Роман Денис/Денис Віталій/Виталий Анатолій/Анатолий
Валерій/Валерий Ярослав/Ярослав Степан/Степан Григорій/Григорий Костянтин/Константин Вадим/Вадим Руслан/Руслан
Владислав/Владислав Станіслав/Станислав Назар/Назар Остап/Остап Данило/Даниил Кирило/Кирилл Федір/Фёдор Леонід/Леонид
"""
UA_F = """
Олена/Елена*1.4~Лена Ольга/Ольга*1.3 Наталія/Наталья*1.3~Наташа Тетяна/Татьяна*1.2~Таня Ірина/Ирина*1.2 Світлана/Светлана*1.1
Юлія/Юлия*1.1 Оксана/Оксана*1.1 Катерина/Екатерина=ekaterina*1~Катя Анна/Анна Марія/Мария Людмила/Людмила Галина/Галина
Надія/Надежда Вікторія/Виктория Анастасія/Анастасия Ганна/Анна=anna Валентина/Валентина Лариса/Лариса Інна/Инна Алла/Алла
Дарина/Дарина Софія/Софья Христина/Кристина Марина/Марина Яна/Яна Олеся/Олеся Лілія/Лилия Віра/Вера Любов/Любовь Зоя/Зоя
Ніна/Нина Тамара/Тамара Євгенія/Евгения Аліна/Алина Діана/Диана Вероніка/Вероника Богдана/Богдана Соломія/Соломия Уляна/Ульяна
"""
UA_FAM = """
Мельник/Мельник*1.3 Шевченко/Шевченко*1.3 Бойко/Бойко*1.2 Коваленко/Коваленко*1.2 Бондаренко/Бондаренко*1.1 Ткаченко/Ткаченко
Кравченко/Кравченко Коваль/Коваль Олійник/Олейник Шевчук/Шевчук Поліщук/Полищук Бондар/Бондарь Ткачук/Ткачук Марченко/Марченко
Руденко/Руденко Савченко/Савченко Лисенко/Лысенко Петренко/Петренко Кравчук/Кравчук Клименко/Клименко Павленко/Павленко
Левченко/Левченко Харченко/Харченко Мороз/Мороз Карпенко/Карпенко Гончаренко/Гончаренко Литвиненко/Литвиненко
Романенко/Романенко Кузьменко/Кузьменко Приходько/Приходько Гнатюк/Гнатюк Савчук/Савчук Мазур/Мазур Мартинюк/Мартынюк
Кушнір/Кушнир Панченко/Панченко Ковальчук/Ковальчук Демченко/Демченко Яковенко/Яковенко Іваненко/Иваненко Кириленко/Кириленко
Сидоренко/Сидоренко Симоненко/Симоненко Остапенко/Остапенко Бабенко/Бабенко Костенко/Костенко Гаврилюк/Гаврилюк
Пономаренко/Пономаренко Лук'яненко/Лукьяненко Іванов/Иванов Волошин/Волошин Гриценко/Гриценко Тимошенко/Тимошенко
Козак/Козак Білоус/Белоус Зінченко/Зинченко Онищенко/Онищенко Стельмах/Стельмах Яременко/Еременко Данилюк/Данилюк
Захарченко/Захарченко Ковальський/Ковальский Вишневський/Вишневский
"""

# ------------------------------------------------------------------ Georgia (national romanisation, ' = ejective)
KA_M = """
Giorgi*2.5 Davit*1.5~Dato Nik'a*1.2 Levan*1.2 Irak'li*1 Zurab Giga Luk'a Aleksandre~Sandro Mikheil~Misha Vakht'ang Lasha Tornik'e
Gela Tamaz Merab Revaz~Rezo Shota Gocha Nodar Mamuk'a Otar Bek'a Lado Vladimer Guram Avtandil K'oba K'akha Archil Temur Badri
Zaza Gia P'aata Soso Ilia Nik'oloz T'engiz Vazha Jaba Goga Besik' Mindia Zviad Ramaz Roin Gurami Elguja
"""
KA_F = """
Nino*2 Mariam*1.6 Tamar*1.4 Ana*1.2 Ek'at'erine~Ek'a Natia Salome Ket'evan~Ket'i,Ket'o Nana Maia Lela Manana T'ea Tinatin
Nat'o Khatuna Irma Sopo Sopio Mzia Nest'an Lali Nanuli Marina Natela Elene Lik'a Madona Tamta Lia Nona Ia Inga Marik'a Shorena
Dali Ts'its'ino Medea Eliso Nat'ela Tamila Mak'a Rusudan Lamara
"""
KA_FAM = """
Beridze*1.3 K'ap'anadze*1.2 Gelashvili*1.2 Maisuradze*1.1 Giorgadze*1 Lomidze Ts'iklauri Bolkvadze Nozadze Khutsishvili
Abashidze Chkheidze Jaiani Shengelia K'ik'nadze Gogoladze Kvaratskhelia T'abat'adze Kharaishvili Lobzhanidze Mik'adze
Natsvlishvili Tsertsvadze Chik'ovani Khachidze Bakradze Dolidze Janelidze Sulaberidze Gogia K'obakhidze Gagnidze T'evzadze
Japaridze Shonia Kutateladze Gabunia Kvirikashvili Vashakidze Sharashidze Meladze Mchedlishvili Burjanadze K'avt'aradze
Chanturia Baratashvili Zhvania K'akhidze Nadiradze Gvilava Esebua Bregvadze P'khak'adze K'alandadze Dvali Chachua Akhvlediani
Gurgenidze K'urt'anidze Sikharulidze K'at'amadze Gabrichidze Svanidze Lekishvili P'ap'ava Khubulava T'odua Melikishvili
Tsiklauri? Mamedov? Beradze Pirtskhalava
""".replace('Tsiklauri?', '').replace('Mamedov?', '')

# ------------------------------------------------------------------ Moldova (Romanian)
RO_M = """
Ion*2 Vasile*1.4 Gheorghe*1.3 Nicolae*1.2 Andrei*1.2 Alexandru*1.1 Mihai*1.1 Sergiu*1 Vladimir Dumitru Ștefan Victor Igor Dan
Oleg Iurie Valeriu Constantin Vitalie Petru Tudor Radu Cristian Ruslan Eugen Octavian Veaceslav Anatol Marin Grigore Pavel
Serghei Maxim Denis Artur Corneliu Ilie Emil Lilian Valentin Dorin Ghenadie Mihail
"""
RO_F = """
Maria*2 Elena*1.4 Ana*1.2 Natalia*1.3 Tatiana*1.2 Svetlana*1.1 Olga*1.1 Irina*1 Ecaterina=ekaterina Ludmila Valentina Galina
Nadejda Victoria Cristina Oxana Olesea Angela Aurelia Doina Lilia Liliana Mariana Diana Alexandra Veronica Tamara Larisa Silvia
Rodica Violeta Corina Adriana Alina Daniela Nina Vera Zinaida Aliona Nicoleta Viorica Stela Lucia Marina Eugenia Inga Carolina
Ala Raisa Ana-Maria
"""
RO_FAM = """
Rusu*1.6 Ceban*1.4 Ciobanu*1.4 Lungu*1.1 Țurcan*1.1 Munteanu*1 Cojocaru*1 Rotari Popa Sârbu Guțu Cebotari Moraru Bălan Botnaru
Melnic Roșca Ursu Bejenari Russu Grosu Railean Lupu Stratan Croitoru Bulat Cazacu Moldovan Țurcanu Olaru Rotaru Prodan Mocanu
Spînu Cucu Ababii Tabac Bostan Jitari Covalciuc Boțan Bivol Gheorghiță Postolachi Vrabie Lozan Onofrei Pascari Răileanu
Bordian Oprea Chiriac Plămădeală Buzu Dascăl Costin Groza Negru Popescu Stoica Ciorbă Căpățînă Furtună Gherman Burlacu Arnaut
Cara Manole Roman
"""

# ------------------------------------------------------------------ Nigeria (Latin, spelling variants | , nicknames ~)
NG_M = """
Emmanuel*2 Samuel*1.3 Daniel*1.2 David*1.2 John*1.1 Michael*1 Joseph*1 Peter Paul Godwin Sunday Monday Friday Innocent Kingsley
Prince Felix Lucky Godspower Osaro Osagie Efosa Eghosa Nosa Ehis Uyi Osahon Osarumwense~Osaru Chukwuemeka~Emeka Chinedu Obinna
Ifeanyi Ikechukwu~Ike Uchenna Chidi Nnamdi Okechukwu~Okey Chibuike Ebuka Kelechi Tochukwu Oluwaseun~Seun Olumide Adewale~Wale
Babatunde~Tunde Olusegun~Segun Oluwafemi~Femi Adebayo~Bayo Kayode Ayodele Abubakar Aminu Musa Ibrahim Usman Sani Bello Yusuf
Suleiman|Sulaiman Mustapha|Mustafa Abdullahi Idris Umar Ahmed Aliyu Kabiru Victor Stanley Collins Christian Solomon Favour|Favor
Blessed Promise Goodluck Destiny Wisdom
"""
NG_F = """
Blessing*2.2 Precious*1.4 Favour|Favor*1.3 Joy*1.2 Gift*1 Mercy*1 Faith*1 Peace Glory Princess Patience Happiness Success Esther
Grace Mary Joyce Gloria Vivian Sandra Jennifer Stella Victoria Juliet Rita Loveth Evelyn Deborah Comfort Charity Beauty
Osasu|Osas Osaretin Osayamen Efe Eki Ivie Itohan Ese|Esse Ehi Omoye Obehi Ofure Oghogho Ewere Adesuwa Isoken Imade Chioma Ngozi
Adaeze|Adaze Chinyere Chiamaka~Amaka Ifeoma|Ifeomah Uchechi Oluchi Chinwe Obiageli Nkechi Onyinye|Onyinyechi Ogechi Chidinma
Funmilayo~Funmi Folake Yetunde Bukola Adebola Adeola Abimbola~Bimbo Temitope~Tope Omolara Olamide Oluwakemi~Kemi Titilayo
Aisha|Aishat Fatima|Fatimah Hauwa Zainab Amina Halima Hadiza Blessing? Goodness Marvellous|Marvelous Miracle Endurance
""".replace('Blessing?', '')
NG_FAM = """
Omoregie*1.2 Osagie*1.1 Igbinedion Aigbe Ehigiator Obasuyi Iyamu Osaghae Ogbebor Idahosa Ogiemwonyi Omorogbe Eweka Osayande
Igbinosa Uwaifo Okunbor Aghedo Asemota Edosomwan Ekhator Erhabor Imafidon Irabor Izevbigie Obaseki Oronsaye Osazuwa Uwadiae
Evbuomwan Iyoha Okafor*1 Okonkwo Eze*1 Nwosu Okeke Obi Chukwu Nwachukwu Okoro Okoye Nwankwo Onyeka Ugwu Obiora Anyanwu Ibe
Nnadi Onuoha Ezeh Agu Uche Nwafor Okpara Ogbonna Ezenwa Adeyemi Ogunleye Adebayo Olawale Afolabi Ogunbiyi Adeleke Oladipo
Bello Balogun Akinola Adewale Ogundipe Adeniyi Ojo Olatunji Oyewole Akande Ogunlana Abubakar Musa Ibrahim Mohammed Suleiman
Yusuf Sani Garba Danjuma Lawal Aliyu Johnson Williams Peters James Okon Effiong Bassey Udoh Etim Akpan Edet Friday Sunday
Osas Ogiemudia Enabulele Uzamere Omoruyi
"""

# ------------------------------------------------------------------ other Africa (Latin)
WAF_M = """Mamadou*2 Ousmane*1.3 Abdoulaye*1.3 Moussa*1.2 Ibrahima*1.2 Cheikh Aliou Boubacar Amadou Lamine Souleymane Seydou
Modou Babacar Alpha Oumar Sekou Mohamed Adama Bakary Issa Ismaël|Ismael Youssouf Kofi? Yacouba Lassana"""
WAF_F = """Fatou*2 Aminata*1.5 Mariama*1.3 Aissatou|Aïssatou*1.2 Fatoumata*1.2 Kadiatou Awa Khady Binta Ndeye Coumba Rokhaya Mariam
Assiatou Djenabou Hawa Oumou Nafissatou Salimata Kadidia Aminata? Maimouna Astou Adja Sokhna"""
WAF_FAM = """Diallo*2 Diop*1.5 Ndiaye*1.3 Fall Sow Ba Barry*1.2 Camara*1.2 Traoré|Traore*1.2 Keita Coulibaly Touré|Toure Cissé|Cisse
Konaté|Konate Sylla Bah Kouyaté Koné|Kone Ouattara Kouassi Yao Kouamé N'Guessan|Nguessan Bamba Diabaté Sangaré Doumbia Kanté
Sidibé Diakité Dembélé Sarr Faye Gueye Mbaye Seck Sall Niang Thiam Diouf"""
CAF_M = """Jean*1.5 Jean-Pierre Emmanuel*1.2 Patrick Blaise Hervé|Herve Serge Christian Joseph Junior Cédric|Cedric Franck Arnaud
Désiré Olivier Ghislain Aimé Fabrice Guy Didier Prince Landry Boris Steve Yannick Rodrigue Alain"""
CAF_F = """Christelle*1.2 Nadège|Nadege Carine Ange Grâce|Grace Marie*1.5 Sandrine Chantal Brigitte Josiane Nathalie Mireille
Rachel Esther Clarisse Estelle Laetitia|Laeticia Merveille Divine Princesse Gloire Bénédicte|Benedicte Joëlle Françoise|Francoise"""
CAF_FAM = """Mbarga Nkoulou Tchoupo Fotso Kamga Nganou Ekotto Mukendi Tshibanda Kalonji Ilunga*1.2 Mbuyi Kasongo Nzuzi Lukusa
Ngoma Mbala Tchamba Essomba Atangana Biya? Ndongo Onana Ewane Nkemdirim? Kabongo Mutombo Tshimanga Kabeya Mwamba Kanyinda"""
GH_M = """Kwame*1.3 Kofi*1.3 Kwabena Yaw Kwaku Kojo Kwesi|Kwasi Emmanuel Samuel Isaac Daniel Prince Eric Richard Michael"""
GH_F = """Akosua Ama*1.3 Abena Akua Yaa Adwoa Efua Esi Afia Abigail Priscilla Gifty*1.2 Mercy Comfort Patience Felicia Vida Rita"""
GH_FAM = """Mensah*2 Owusu*1.5 Boateng*1.3 Asante Osei Appiah Agyeman Darko Ofori Amoah Adjei Acheampong Opoku Asamoah Antwi
Sarpong Addo Quaye Tetteh Nkrumah"""
EAF_M = """Joseph John Peter David Brian Kevin Dennis Emmanuel Moses Isaac Samuel Ronald Godfrey Paul Charles"""
EAF_F = """Nakato Namukasa Achieng Wanjiru Akinyi Atieno Njeri Grace*1.3 Mercy Faith Joyce Esther Sarah Lydia Winnie Sharon Brenda
Irene Judith Prossy Annet Agnes"""
EAF_FAM = """Otieno*1.3 Ochieng Kamau*1.2 Mwangi*1.2 Wanjiku Omondi Mugisha Ssemakula Nabirye Okello Namubiru Nakamya Kiprono Kipchoge
Chebet Wambui Njoroge Kariuki Onyango Odhiambo Nalubega Tumusiime Byaruhanga Mukasa Ssali"""
ET_M = """Abebe Tesfaye*1.2 Haile Mulugeta Tsehaye Kidane Yonas Dawit*1.2 Getachew Solomon Berhane Tekle Yohannes Biniam|Biniyam
Samuel Daniel Amanuel|Emmanuel Henok Mesfin Gebre Girma Tadesse Alemu Bereket Filmon Robel Tewodros Mekonnen Negash Hailu"""
ET_F = """Selam Meron Hiwot*1.2 Tigist Almaz Mekdes Betelhem|Bethlehem Helen Saba Senait Tsega Rahel Mahlet Eden Ruth Tsehay
Genet Abeba Azeb Lemlem Feven Yordanos Hanna|Hana Kidist Liya Winta Semhar Luwam Freweyni Mebrat"""

# ------------------------------------------------------------------ Philippines
PH_M = """
Jose*1.3 Juan Mark_Anthony John_Paul Jerome Rommel Reynaldo Romeo Eduardo Ramon Ariel Rodel Jomar Christian Jayson|Jason Jonathan
Michael Joel Ronald Ricardo Roberto Rodrigo Renato Danilo Arnel Jun~Jun-Jun Rolando Ernesto Fernando Alvin Marlon Noel Dennis
"""
PH_F = """
Maria*2.5 Mary_Grace*1.2 Mary_Joy Jennifer~Jen Marilyn~Lyn Rowena Analyn Rosalie Jocelyn Lorna Maricel Gemma Cristina|Kristina~Tina
Michelle Joanna Lovely Princess Angelica Rhea Girlie Jonalyn Mylene Arlene Evelyn Josephine Teresita~Tess Erlinda Imelda Norma
Rosario Maria_Theresa|Ma._Theresa|Ma._Teresa Maria_Cristina|Ma._Cristina Maria_Lourdes|Ma._Lourdes Rosemarie Shirley Charmaine
Lea Janet Lilibeth Marites Rachelle Joy Liezel|Liezl Ailyn|Aileen Divina Nelia Merlyn Juvy Cherry_Mae Kimberly Rica
"""
PH_FAM = """
Dela_Cruz|De_la_Cruz|Delacruz*2 Santos*1.8 Reyes*1.7 Garcia*1.6 Bautista*1.2 Ocampo Mendoza*1.2 Torres Tomas Andrada Castillo
Flores Villanueva Ramos Castro Rivera Aquino Navarro Salazar Mercado De_Leon|Deleon De_Guzman|Deguzman Del_Rosario|Delrosario
Gonzales Lopez Hernandez Perez Cruz Fernandez Valdez Aguilar Manalo Pascual Dizon Soriano Macaraeg Panganiban Dimaculangan
Magbanua Sison Tolentino Domingo Gutierrez Mariano Santiago Francisco Lim Tan Sy Javier Villareal Evangelista Corpuz Marquez
Ramirez Robles Rosales Samonte Lacson Cabrera Dimaano Espiritu Mallari Ilagan Buenaventura
"""

# ------------------------------------------------------------------ Indonesia (mostly no family name)
ID_F = """
Siti*3 Sri*2.5 Nur*1.5 Dewi*1.5 Ani Yuni Wati Lestari Rahayu Suryani Sulastri Sumiati Sutini Supriyati Wahyuni Eka Dwi Rina
Ratna Nurhayati Nurlela Lilis Iis Euis Neneng Ai Titin Kartini Suparmi Parmi Ngatini Tuminah Sarinah Juminah Maryati Mulyani
Rohmah Fatimah=fatima Aminah=amina Khodijah=khadija Masitoh Umi Kulsum Ningsih Yanti Susanti Haryati Indah Puji Rini Tri
Nining Aisyah=aisha Nurjanah Komariah Jubaedah Rukmini Sumarni Warsini Yuliana Marlina Fitri Nurul Endang Tuti Leni
"""
ID_M = """
Muhammad=muhammad*2 Ahmad=ahmad*1.5 Agus*1.3 Budi*1.2 Eko Joko Slamet Bambang Hendra Rudi Dedi Andi Wahyu Yusuf Arif Hadi
Sugeng Supriyadi Suparman Sutrisno Heru Darmawan Iwan Teguh Rahmat Hasan Ilham Irfan Fajar Rizki Aditya Dimas Bayu Tri Dwi
Nur Abdul Rohman Saiful Imam Ridwan Sholeh Ujang Asep Dadang Cecep Yanto Sutarno
"""
ID_FAM = """
Setiawan Saputra Hidayat Kurniawan Wijaya Pratama Susanto Santoso Nugroho Gunawan Siregar Nasution Harahap Lubis Simanjuntak
Sihombing Rahman Hasibuan Sinaga Purba Wibowo Hakim Syahputra Permana Firmansyah
"""
