#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Independent synthetic test-data generator for person-record matching
(victim registrations in a National Referral Mechanism, Türkiye context).

Usage:  python3 gen.py RECORDS SEED records.csv truth.csv

Standard library only.  Deterministic for a given (RECORDS, SEED).
All name tables below were written by hand for this generator; the
romanisation rules are this generator's own.
"""
import sys, os, csv, random, zlib, tempfile, shutil

# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------

def crc(s):
    return zlib.crc32(s.encode('utf-8')) & 0xffffffff


def parse_weighted(s, sep=','):
    """'A:3,B:1,C' -> [('A',3.0),('B',1.0),('C',1.0)] ; drops weight-0 items."""
    out = []
    for it in s.split(sep):
        it = it.strip()
        if not it:
            continue
        if ':' in it and it.rsplit(':', 1)[1].replace('.', '', 1).isdigit():
            n, w = it.rsplit(':', 1)
            w = float(w)
        else:
            n, w = it, 1.0
        if w > 0:
            out.append((n.strip(), w))
    return out


def parse_ov(s):
    ov = {}
    if not s:
        return ov
    for part in s.split(';'):
        part = part.strip()
        if not part:
            continue
        st, lst = part.split('=', 1)
        ov[st.strip()] = parse_weighted(lst)
    return ov


def pick(rng, opts):
    """opts: dict str->weight or list of (str, w)"""
    if isinstance(opts, dict):
        opts = list(opts.items())
    if len(opts) == 1:
        return opts[0][0]
    tot = sum(w for _, w in opts)
    r = rng.random() * tot
    for v, w in opts:
        r -= w
        if r <= 0:
            return v
    return opts[-1][0]


class WL:
    """weighted list with fast sampling"""
    __slots__ = ('vals', 'cum', 'tot')

    def __init__(self, items):
        agg = {}
        order = []
        for v, w in items:
            if v not in agg:
                agg[v] = 0.0
                order.append(v)
            agg[v] += w
        self.vals = order
        self.cum = list(__import__('itertools').accumulate(agg[v] for v in order))
        self.tot = self.cum[-1]

    def sample(self, rng):
        if len(self.vals) == 1:
            return self.vals[0]
        return rng.choices(self.vals, cum_weights=self.cum, k=1)[0]


def zipf_wl(ids, s=1.0, offset=1.0):
    return WL([(x, 1.0 / ((i + offset) ** s)) for i, x in enumerate(ids)])


TR_FOLD = str.maketrans({'ş': 's', 'Ş': 'S', 'ç': 'c', 'Ç': 'C', 'ğ': 'g', 'Ğ': 'G',
                         'ı': 'i', 'İ': 'I', 'ö': 'o', 'Ö': 'O', 'ü': 'u', 'Ü': 'U',
                         'â': 'a', 'Â': 'A', 'î': 'i', 'û': 'u'})
GEN_FOLD = str.maketrans({'ş': 's', 'Ş': 'S', 'ç': 'c', 'Ç': 'C', 'ğ': 'g', 'Ğ': 'G',
                          'ı': 'i', 'İ': 'I', 'ö': 'o', 'Ö': 'O', 'ü': 'u', 'Ü': 'U',
                          'â': 'a', 'Â': 'A', 'î': 'i', 'Î': 'I', 'û': 'u', 'ă': 'a', 'Ă': 'A',
                          'ș': 's', 'Ș': 'S', 'ț': 't', 'Ț': 'T', 'ţ': 't', 'Ţ': 'T',
                          'ə': 'a', 'Ə': 'A', 'é': 'e', 'è': 'e', 'ë': 'e', 'ï': 'i', 'É': 'E',
                          'ç': 'c', 'ñ': 'n', 'ý': 'y', 'Ý': 'Y', 'ž': 'z', 'Ž': 'Z', 'ň': 'n',
                          'ä': 'a', 'Ä': 'A', 'š': 's', 'č': 'c', 'ŝ': 's', 'ʹ': '', "'": ''})


def tr_upper(s):
    return s.replace('i', 'İ').replace('ı', 'I').upper()


def tr_lower(s):
    return s.replace('I', 'ı').replace('İ', 'i').lower()


def cap_word(w, tr=False):
    if not w:
        return w
    if tr and w[0] == 'i':
        return 'İ' + w[1:]
    return w[0].upper() + w[1:]


def cap_name(s, tr=False):
    # capitalise each space / hyphen separated part; keep particles like "al-" as written
    out = []
    for word in s.split(' '):
        parts = word.split('-')
        out.append('-'.join(cap_word(p, tr) for p in parts))
    return ' '.join(out)


# ----------------------------------------------------------------------------
# Arabic / Persian romanisation rules (this generator's own notation)
#   @ : short a that is often e (Turkish/French)     % : short u/o
#   A I U : long vowels        ' : ain / hamza        D S T Z : emphatics
#   kh sh th dh gh ch zh j q w v y : consonants      + : morpheme boundary
# ----------------------------------------------------------------------------
AF_RULES = {
    'kh': {'en': {'kh': 1}, 'tr': {'h': 1}, 'fr': {'kh': 1}, 'de': {'ch': 1, 'kh': 1}},
    'sh': {'en': {'sh': 1}, 'tr': {'ş': 1}, 'fr': {'ch': 1}, 'de': {'sch': 1}},
    'th': {'en': {'th': 1}, 'tr': {'s': 1}, 'fr': {'th': 1}, 'de': {'th': 1}},
    'dh': {'en': {'dh': 2, 'z': 1}, 'tr': {'z': 1}, 'fr': {'dh': 1, 'd': 1}, 'de': {'dh': 1}},
    'gh': {'en': {'gh': 1}, 'tr': {'g': 2, 'ğ': 1}, 'fr': {'gh': 3, 'rh': 0.3}, 'de': {'gh': 1}},
    'ch': {'en': {'ch': 1}, 'tr': {'ç': 1}, 'fr': {'tch': 1}, 'de': {'tsch': 1}},
    'zh': {'en': {'zh': 1}, 'tr': {'j': 1}, 'fr': {'j': 1}, 'de': {'sch': 1}},
    'j': {'en': {'j': 1}, 'tr': {'c': 1}, 'fr': {'dj': 2, 'j': 1}, 'de': {'dsch': 1, 'j': 2}},
    'q': {'en': {'q': 3, 'k': 1}, 'tr': {'k': 1}, 'fr': {'k': 2, 'q': 1}, 'de': {'k': 2, 'q': 1}},
    'w': {'en': {'w': 1}, 'tr': {'v': 1}, 'fr': {'ou': 2, 'w': 1}, 'de': {'w': 1}},
    'v': {'en': {'v': 1}, 'tr': {'v': 1}, 'fr': {'v': 1}, 'de': {'w': 1, 'v': 1}},
    'y': {'en': {'y': 1}, 'tr': {'y': 1}, 'fr': {'y': 5, 'i': 1}, 'de': {'j': 1, 'y': 3}},
    "'": {'en': {'': 12, "'": 1}, 'tr': {'': 1}, 'fr': {'': 1}, 'de': {'': 1}},
    '@': {'en': {'a': 9, 'e': 1}, 'tr': {'e': 2, 'a': 3}, 'fr': {'e': 1, 'a': 3}, 'de': {'a': 5, 'e': 1}},
    '$': {'en': {'e': 3, 'i': 2}, 'tr': {'i': 3, 'e': 2}, 'fr': {'e': 3, 'i': 1}, 'de': {'e': 3, 'i': 2}},
    '%': {'en': {'u': 2, 'o': 2}, 'tr': {'u': 1}, 'fr': {'ou': 2, 'o': 1}, 'de': {'u': 2, 'o': 1}},
    'A': {'en': {'a': 24, 'aa': 1}, 'tr': {'a': 1}, 'fr': {'a': 1}, 'de': {'a': 1}},
    'I': {'en': {'i': 4, 'ee': 1}, 'tr': {'i': 1}, 'fr': {'i': 1}, 'de': {'i': 9, 'ie': 1}},
    'U': {'en': {'ou': 2, 'u': 2, 'oo': 2}, 'tr': {'u': 1}, 'fr': {'ou': 1}, 'de': {'u': 1}},
    'E': {'en': {'eh': 3, 'e': 1}, 'tr': {'e': 1}, 'fr': {'eh': 1, 'e': 1}, 'de': {'eh': 1, 'e': 1}},
    'D': {'en': {'d': 3, 'dh': 1}, 'tr': {'z': 1}, 'fr': {'d': 1}, 'de': {'d': 1}},
    'S': {'en': {'s': 1}, 'tr': {'s': 1}, 'fr': {'s': 1}, 'de': {'s': 1}},
    'T': {'en': {'t': 1}, 'tr': {'t': 1}, 'fr': {'t': 1}, 'de': {'t': 1}},
    'Z': {'en': {'z': 2, 'dh': 1}, 'tr': {'z': 1}, 'fr': {'z': 1}, 'de': {'s': 1, 'z': 4}},
    'u': {'en': {'u': 1}, 'tr': {'u': 1}, 'fr': {'ou': 1}, 'de': {'u': 1}},
    'z': {'en': {'z': 1}, 'tr': {'z': 1}, 'fr': {'z': 1}, 'de': {'z': 9, 's': 1}},
    'If': {'en': {'i': 19, 'y': 1}, 'tr': {'i': 1}, 'fr': {'i': 1}, 'de': {'i': 1}},
}
AF_TOK2 = ('kh', 'sh', 'th', 'dh', 'gh', 'ch', 'zh')
LAT_VOW = set('aeiouAEIOUéèüöıâ')


def af_tokens(base):
    toks = []
    i = 0
    while i < len(base):
        if base[i:i + 2] in AF_TOK2:
            toks.append(base[i:i + 2])
            i += 2
        else:
            toks.append(base[i])
            i += 1
    return toks


def af_render(base, style, rng, lang):
    toks = af_tokens(base)
    out = []
    n = len(toks)
    prev_t = None
    for k, t in enumerate(toks):
        end = (k == n - 1 or toks[k + 1] in (' ', '+'))
        start = (k == 0 or toks[k - 1] in (' ', '+'))
        if lang == 'fa' and t == 'e' and end:
            t = 'E'
        if t == '+':
            prev_t = None
            continue
        if t == "'" and (start or end):
            prev_t = t
            continue
        if t == 'I' and end:
            t = 'If'
        if t == 'A' and k == n - 2 and toks[k + 1] == "'" and style == 'en' and rng.random() < 0.6:
            out.append('aa')
            prev_t = t
            continue
        if t == '@' and (start or (k == 1 and toks[0] == "'")) and style != 'tr':
            out.append('a')
            prev_t = t
            continue
        if t == prev_t and t not in '@%$AIUE' and t in AF_RULES and out:
            # geminate: repeat a single letter, never a digraph
            last = out[-1]
            out.append(last if len(last) == 1 else '')
            continue
        r = AF_RULES.get(t)
        out.append(pick(rng, r[style]) if r else t)
        prev_t = t
    s = ''.join(out)
    if style == 'fr':
        s = s.replace('ouou', 'ou')
    # post rules
    if style == 'fr':
        s = ''.join(('ss' if (c == 's' and 0 < i < len(s) - 1 and s[i - 1] in LAT_VOW and s[i + 1] in LAT_VOW
                              and rng.random() < 0.6) else c) for i, c in enumerate(s))
    if style == 'tr':
        ws = []
        for w in s.split(' '):
            if w.endswith('d') and rng.random() < 0.45:
                w = w[:-1] + 't'
            elif w.endswith('b') and rng.random() < 0.45:
                w = w[:-1] + 'p'
            ws.append(w)
        s = ' '.join(ws)
    if style in ('en', 'fr', 'de') and rng.random() < 0.25:
        # undouble one geminate
        for i in range(len(s) - 1):
            if s[i] == s[i + 1] and s[i].isalpha() and s[i] not in 'eo':
                s = s[:i] + s[i + 1:]
                break
    return cap_name(s, tr=(style == 'tr'))

# ----------------------------------------------------------------------------
# ARABIC names.  id|arabic script|base|flags|overrides(style=Spelling:weight,...)
# flags: C = compound name ; A (family) = takes the article al-/el-
# ----------------------------------------------------------------------------
AR_GIVEN = """
mohammad|محمد|m%h@mm@d||tr=Muhammed:6,Muhammet:2,Muhamed:1;en=Mohammad:5,Mohammed:5,Muhammad:4,Mohamad:3,Mohamed:1,Muhamad:1,Mhd:0.3;fr=Mohamed:6,Mohammed:3,Mouhamed:1;de=Mohammed:5,Mohamed:2,Muhammad:2,Mohammad:2
ahmad|أحمد|@hm@d||tr=Ahmet:4,Ahmed:4,Ahmad:1;en=Ahmad:5,Ahmed:5;fr=Ahmed:6,Ahmad:1;de=Ahmad:3,Ahmed:4
ali|علي|'@lI||tr=Ali;en=Ali:10,Aly:0.3;fr=Ali;de=Ali
mahmoud|محمود|m@hmUd||tr=Mahmut:4,Mahmud:3;en=Mahmoud:5,Mahmud:3,Mahmood:2;fr=Mahmoud;de=Mahmud:3,Mahmoud:3
abdulrahman|عبد الرحمن||C|tr=Abdurrahman:6,Abdulrahman:2,Abdul Rahman:1,Abdurahman:1;en=Abdul Rahman:4,Abdulrahman:5,Abdel Rahman:1,Abdelrahman:1,Abd al-Rahman:1,Abdalrahman:1;fr=Abderrahmane:5,Abderahmane:2,Abdel Rahmane:1,Abdelrahman:1;de=Abdul Rahman:3,Abdulrahman:3,Abdurrahman:1
abdullah|عبد الله||C|tr=Abdullah:8,Abdulla:1;en=Abdullah:6,Abdallah:3,Abdulla:1,Abd Allah:0.5;fr=Abdallah:5,Abdellah:3,Abdullah:1;de=Abdullah:5,Abdallah:2
omar|عمر|'%m@r||tr=Ömer:6,Omer:2,Omar:1;en=Omar:8,Umar:2;fr=Omar:6,Oumar:1;de=Omar:6,Umar:1
khaled|خالد|khAlid||tr=Halit:4,Halid:3,Khaled:1;en=Khaled:5,Khalid:5;fr=Khaled:6,Khalid:2;de=Chalid:2,Khaled:3,Khalid:3
hussein|حسين|h%s@yn||tr=Hüseyin:6,Huseyin:2,Hüsein:1,Hussein:1;en=Hussein:6,Hussain:3,Husain:1,Hussien:1;fr=Houssein:5,Hussein:2,Houcine:2;de=Husein:4,Hussein:4,Hussain:1
hassan|حسن|h@ss@n||tr=Hasan:8,Hassan:1;en=Hassan:8,Hasan:2;fr=Hassan:6,Hacene:1;de=Hassan:6,Hasan:2
mustafa|مصطفى|m%STafA||tr=Mustafa:9;en=Mustafa:5,Mustapha:2,Mostafa:2;fr=Mustapha:5,Moustafa:3,Mostafa:1;de=Mustafa:6
youssef|يوسف|yUs%f||tr=Yusuf:8,Yousef:1;en=Yousef:4,Youssef:3,Yusuf:3,Yousif:2;fr=Youssef:6,Youcef:2,Yousef:1;de=Jussuf:2,Yusuf:3,Youssef:2
ibrahim|إبراهيم|ibrAhIm||tr=İbrahim:8,Ibrahim:2;en=Ibrahim:9,Ebrahim:1;fr=Ibrahim:6,Brahim:2;de=Ibrahim:8
khalil|خليل|kh@lIl||tr=Halil:8
abdulkarim|عبد الكريم||C|tr=Abdülkerim:4,Abdulkerim:3,Abdulkarim:1;en=Abdulkarim:4,Abdul Karim:4,Abdelkarim:1;fr=Abdelkrim:4,Abdelkarim:3,Abdel Karim:1;de=Abdulkarim:3,Abdul Karim:3
saleh|صالح|SAl$h||tr=Salih:7,Saleh:1;en=Saleh:5,Salih:3;fr=Saleh:5;de=Saleh:4,Salih:2
jamal|جمال|j@mAl||tr=Cemal:6,Jamal:1;en=Jamal:8,Gamal:1;fr=Djamel:4,Jamal:3,Jamel:2;de=Dschamal:2,Jamal:5
yasser|ياسر|yAs$r||tr=Yasir:5,Yaser:3;en=Yasser:5,Yaser:3,Yasir:2;fr=Yasser:5,Yacer:1;de=Jasser:2,Yasser:4
ammar|عمار|'@mmAr||tr=Ammar:6;fr=Ammar:6,Amar:2
bilal|بلال|bilAl||
hamza|حمزة|h@mz@||tr=Hamza:8,Hamze:1
walid|وليد|w@lId||tr=Velid:5,Walid:2;en=Walid:6,Waleed:4;fr=Walid:5,Oualid:2;de=Walid:6
samer|سامر|sAm$r||tr=Samer:6;en=Samer:8;fr=Samer:6;de=Samer:6
samir|سمير|s@mIr||
tarek|طارق|TAr$q||tr=Tarık:4,Tarik:3,Tarek:1;en=Tariq:5,Tarek:4,Tareq:3;fr=Tarek:6,Tarik:2;de=Tarek:4,Tarik:3
karim|كريم|k@rIm||tr=Kerim:6,Karim:2;en=Karim:6,Kareem:4;fr=Karim:6;de=Karim:6
majed|ماجد|mAj$d||tr=Macit:3,Mecit:2,Majid:2,Macid:1;en=Majed:5,Majid:3;fr=Majed:4,Madjid:3;de=Madschid:1,Majed:4,Majid:2
nasser|ناصر|nAS$r||tr=Nasır:4,Nasir:3,Naser:2;en=Nasser:5,Naser:3,Nasir:2;fr=Nacer:4,Nasser:4;de=Nasser:5,Naser:2
faisal|فيصل|f@yS@l||tr=Faysal:6,Faisal:1;en=Faisal:6,Faysal:3,Feisal:1;fr=Fayçal:4,Faycal:2,Faysal:2,Fayssal:1;de=Faisal:5,Feisal:2
abdulaziz|عبد العزيز||C|tr=Abdulaziz:6,Abdülaziz:2;en=Abdulaziz:6,Abdul Aziz:4,Abdelaziz:1;fr=Abdelaziz:7,Abdel Aziz:1;de=Abdulaziz:5,Abdul Aziz:2
anas|أنس|@n@s||
osama|أسامة|%sAm@||tr=Usame:6,Osama:2;en=Osama:5,Usama:4,Ousama:1;fr=Oussama:6,Ousama:2;de=Usama:4,Osama:3
zakaria|زكريا|z@k@riyyA||tr=Zekeriya:6,Zakariya:1;en=Zakaria:5,Zakariya:3,Zakariyya:1;fr=Zakaria:6,Zakarya:1;de=Sakaria:1,Zakaria:5
ismail|إسماعيل|ismA'Il||tr=İsmail:7,Ismail:2;en=Ismail:6,Ismael:2,Esmail:1;fr=Ismaïl:3,Ismail:4,Smail:2;de=Ismail:6
abdulqader|عبد القادر||C|tr=Abdulkadir:7,Abdülkadir:3;en=Abdulqader:3,Abdul Qadir:3,Abdulkader:3,Abdel Kader:1;fr=Abdelkader:7,Abdel Kader:2,Abdelkadir:1;de=Abdulkader:4,Abdul Kadir:2
ayman|أيمن|@ym@n||tr=Eymen:5,Ayman:3
firas|فراس|firAs||
hani|هاني|hAnI||
ziad|زياد|ziyAd||tr=Ziyad:6,Ziyat:1;en=Ziad:6,Ziyad:4;fr=Ziad:7;de=Siad:1,Ziad:6
radwan|رضوان|riDwAn||tr=Rıdvan:6,Ridvan:2,Radvan:1;en=Radwan:6,Ridwan:3,Redwan:1;fr=Redouane:6,Radouane:1,Ridouane:1;de=Radwan:5,Ridwan:2
nabil|نبيل|n@bIl||
adnan|عدنان|'@dnAn||
ayham|أيهم|@yh@m||
wael|وائل|wA'$l||tr=Vail:4,Vael:3,Wael:2;en=Wael:7,Wail:2;fr=Wael:6,Ouael:1;de=Wael:6
muhannad|مهند|m%h@nn@d||tr=Mühennet:1,Muhannad:3,Muhannet:2
hadi|هادي|hAdI||
jihad|جهاد|jihAd||tr=Cihat:4,Cihad:4
rami|رامي|rAmI||
fadi|فادي|fAdI||
basel|باسل|bAs$l||tr=Basil:4,Basel:4
ghassan|غسان|gh@ssAn||tr=Gassan:6,Gasan:2,Ghassan:2
hisham|هشام|hishAm||tr=Hişam:6,Hisham:1;en=Hisham:7,Hesham:3;fr=Hicham:8;de=Hischam:3,Hisham:4
marwan|مروان|m@rwAn||fr=Marouane:5,Marwan:3
nureddin|نور الدين||C|tr=Nurettin:5,Nureddin:3;en=Nour Aldin:2,Nouraldin:2,Nuruddin:1,Nour al-Din:2,Noureddin:2,Nour Eddin:1;fr=Noureddine:7,Nour Eddine:2;de=Nureddin:4,Nur ad-Din:1
salah|صلاح|S@lAh||tr=Salah:5,Selah:1
salahuddin|صلاح الدين||C|tr=Selahattin:6,Selahaddin:2;en=Salah Aldin:2,Salahuddin:3,Salah al-Din:2,Salaheddin:1,Salahaldeen:1;fr=Salaheddine:5,Salah Eddine:3;de=Salahuddin:3,Salah ad-Din:1
mazen|مازن|mAz$n||
murad|مراد|m%rAd||tr=Murat:6,Murad:2;fr=Mourad:7,Murad:1
suleiman|سليمان|s%l@ymAn||tr=Süleyman:7,Suleyman:2;en=Suleiman:5,Sulaiman:3,Soliman:1,Sulayman:2;fr=Slimane:3,Souleymane:3,Soliman:1;de=Suleiman:5,Sulaiman:2
idris|إدريس|idrIs||fr=Driss:4,Idriss:3,Idris:2
younes|يونس|yUn%s||tr=Yunus:8;en=Younes:4,Younis:3,Yunis:2,Yunus:2;fr=Younes:6,Younès:2,Younous:1;de=Junis:2,Younes:4
issa|عيسى|'IsA||tr=İsa:6,Isa:2,Eisa:1;en=Issa:5,Eisa:3,Isa:2;fr=Aissa:3,Issa:5;de=Issa:5,Isa:2
musa|موسى|mUsA||tr=Musa:8;en=Musa:5,Mousa:4,Moussa:1;fr=Moussa:7;de=Musa:6
haitham|هيثم|h@yth@m||tr=Heysem:5,Haysam:2,Haitham:1;en=Haitham:6,Haytham:4;fr=Haitham:4,Haythem:3;de=Haitham:6
qusai|قصي|q%S@yy||tr=Kusay:6,Qusay:1;en=Qusai:5,Qusay:4,Kusai:1;fr=Koussai:4,Qusai:2;de=Kussai:3,Qusai:3
obaida|عبيدة|'%b@yd@||tr=Ubeyde:6,Ubeyda:2;en=Obaida:5,Ubaida:4,Obeida:2;fr=Oubaida:5,Obeida:2;de=Ubaida:4,Obaida:3
moaz|معاذ|m%'Adh||tr=Muaz:7;en=Moaz:5,Muath:3,Muadh:2,Moath:2;fr=Mouadh:4,Moaz:3,Mouad:3;de=Muas:1,Moaz:4
abdulhamid|عبد الحميد||C|tr=Abdülhamit:3,Abdulhamit:3,Abdulhamid:2;en=Abdulhamid:4,Abdul Hamid:4,Abdelhamid:1;fr=Abdelhamid:7,Abdel Hamid:1;de=Abdulhamid:4,Abdul Hamid:2
abdulsalam|عبد السلام||C|tr=Abdüsselam:4,Abdusselam:3,Abdulselam:2;en=Abdulsalam:4,Abdul Salam:3,Abdussalam:2,Abdel Salam:1;fr=Abdeslam:5,Abdessalem:2,Abdesselam:2;de=Abdulsalam:4,Abdul Salam:2
abdulrazzaq|عبد الرزاق||C|tr=Abdürrezzak:3,Abdurrezzak:3,Abdulrezzak:2;en=Abdulrazzaq:4,Abdul Razzaq:3,Abdulrazak:2;fr=Abderrazak:5,Abderrazzak:2;de=Abdulrazak:3,Abdul Razzak:2
abdulwahab|عبد الوهاب||C|tr=Abdülvahap:4,Abdulvahap:3;en=Abdulwahab:5,Abdul Wahab:4;fr=Abdelouahab:5,Abdelwahab:3;de=Abdulwahab:5
shadi|شادي|shAdI||
sami|سامي|sAmI||
raed|رائد|rA'$d||tr=Rait:3,Raid:3,Raed:2;en=Raed:6,Raid:2;fr=Raed:5,Raïd:1;de=Raed:5
fouad|فؤاد|f%'Ad||tr=Fuat:5,Fuad:3;en=Fouad:4,Fuad:4,Foad:1;fr=Fouad:7;de=Fuad:5,Fouad:2
hamed|حامد|hAm$d||tr=Hamit:5,Hamid:2,Hamed:1;en=Hamed:5,Hamid:3;fr=Hamed:4,Hamid:3;de=Hamed:4,Hamid:2
rashid|راشد|rAsh$d||tr=Raşit:4,Reşit:3,Raşid:2;en=Rashid:5,Rashed:4;fr=Rachid:6,Rached:2;de=Raschid:3,Rashid:3
said|سعيد|s@'Id||tr=Sait:5,Said:3;en=Said:5,Saeed:5,Saed:1;fr=Saïd:4,Said:5;de=Said:5,Saeed:1
zaid|زيد|z@yd||tr=Zeyd:5,Zeyt:1,Zaid:1;en=Zaid:6,Zayd:3,Zeid:1;fr=Zaid:5,Zeid:2;de=Zaid:5
ayoub|أيوب|@yyUb||tr=Eyüp:5,Eyyüp:2,Eyyub:1;en=Ayoub:5,Ayub:3,Ayyub:2;fr=Ayoub:7;de=Ajub:1,Ayub:4,Ayoub:3
louay|لؤي|l%'@yy||tr=Luay:4,Lüey:2;en=Louay:5,Luay:4,Loay:2;fr=Louai:4,Louay:4;de=Luai:3,Louay:3
alaa|علاء|'@lA'||tr=Ala:5,Alaa:3;en=Alaa:7,Ala:2;fr=Alaa:5,Ala:2;de=Alaa:5
hazem|حازم|hAz$m||tr=Hazım:4,Hazim:3,Hazem:2
nizar|نزار|nizAr||
osman|عثمان|'%thmAn||tr=Osman:9;en=Othman:4,Uthman:3,Osman:2;fr=Othmane:5,Athmane:2,Osmane:1;de=Osman:4,Othman:3
abbas|عباس|'@bbAs||tr=Abbas:9
jaafar|جعفر|j@'f@r||tr=Cafer:7;en=Jafar:4,Jaafar:4,Jaffar:1;fr=Djafar:3,Jaafar:3,Jaafer:1;de=Dschafar:1,Jafar:4
kadhim|كاظم|kAZ$m||tr=Kazım:6,Kazim:2;en=Kadhim:5,Kazem:3,Kadim:1,Kazim:2;fr=Kadhim:3,Kazem:3;de=Kadhim:3,Kazem:3
haider|حيدر|h@yd@r||tr=Haydar:7;en=Haider:6,Hayder:4;fr=Haider:4,Haidar:3;de=Haider:4,Haidar:2
mahdi|مهدي|m@hdI||tr=Mehdi:8;en=Mahdi:6,Mehdi:2;fr=Mehdi:7,Mahdi:1;de=Mahdi:4,Mehdi:3
hammoud|حمود|h@mmUd||tr=Hammud:5,Hamud:2
mohsen|محسن|m%hs@n||tr=Muhsin:6,Mohsen:2;en=Mohsen:5,Muhsin:3,Mohsin:2;fr=Mohsen:6;de=Mohsen:5
qasim|قاسم|qAs$m||tr=Kasım:6,Kasim:2;en=Qasim:4,Qassem:3,Kasim:2,Kassem:2;fr=Kacem:4,Kassem:4;de=Kassem:4,Kasim:2
sajjad|سجاد|s@jjAd||tr=Seccad:2,Saccad:2,Sajjad:3;en=Sajjad:6,Sajad:3
aqeel|عقيل|'@qIl||tr=Akil:6,Akıl:1;en=Aqeel:5,Aqil:3,Akeel:2;fr=Akil:5,Aqil:2
karrar|كرار|k@rrAr||
laith|ليث|l@yth||tr=Leys:5,Leyth:1,Layth:1;en=Laith:6,Layth:4;fr=Laith:6,Leith:2;de=Laith:6
abdulhussein|عبد الحسين||C|tr=Abdülhüseyin:3,Abdulhuseyin:3,Abdulhüseyin:1;en=Abdulhussein:5,Abdul Hussein:4,Abd al-Hussein:1;fr=Abdelhoussein:4,Abdel Hussein:2;de=Abdulhussein:4,Abdul Hussein:2
riyad|رياض|riyAD||tr=Riyad:5,Riyat:2,Riyaz:1;en=Riyad:5,Riad:4,Riyadh:2;fr=Riad:6,Ryad:2;de=Riad:4,Riyad:2
yahya|يحيى|y@hyA||tr=Yahya:8;en=Yahya:7,Yehia:2,Yahia:2;fr=Yahia:5,Yahya:3;de=Jahja:2,Yahya:4
taha|طه|TAhA||
amjad|أمجد|@mj@d||tr=Emced:2,Amjad:3,Amcet:1
tamer|تامر|tAm$r||
ihab|إيهاب|IhAb||tr=İhab:4,İhap:3;en=Ihab:5,Ehab:4;fr=Ihab:5,Ehab:2;de=Ihab:5
kamal|كمال|k@mAl||tr=Kemal:8;en=Kamal:7,Kamel:2;fr=Kamel:6,Kamal:3;de=Kamal:5
jalal|جلال|j@lAl||tr=Celal:8
bashar|بشار|b@shshAr||tr=Beşşar:3,Beşar:3,Başar:2;en=Bashar:8,Bashshar:1;fr=Bachar:6,Bashar:2;de=Baschar:3,Bashar:4
nawaf|نواف|n@wwAf||tr=Nevvaf:3,Nevaf:3,Nawaf:2
shaker|شاكر|shAk$r||tr=Şakir:7,Şaker:1
munir|منير|m%nIr||tr=Münir:6,Munir:2;en=Munir:5,Mounir:3,Muneer:3;fr=Mounir:7;de=Munir:5
hamdi|حمدي|h@mdI||tr=Hamdi:8
abdulmajeed|عبد المجيد||C|tr=Abdülmecit:3,Abdulmecit:3,Abdulmecid:1;en=Abdulmajeed:3,Abdul Majeed:3,Abdulmajid:3,Abdel Majid:1;fr=Abdelmadjid:4,Abdelmajid:4;de=Abdulmajid:4,Abdul Madschid:1
emad|عماد|'imAd||tr=İmad:3,İmat:3,Emad:2;en=Emad:5,Imad:5;fr=Imad:6,Imed:2;de=Imad:5,Emad:2
iyad|إياد|iyAd||tr=İyad:5,Iyad:2;en=Iyad:5,Eyad:5;fr=Iyad:5,Iyed:2;de=Ijad:2,Iyad:4
luqman|لقمان|l%qmAn||tr=Lokman:7,Lukman:2;en=Luqman:5,Loqman:3,Lukman:2;fr=Loqmane:3,Lokmane:3;de=Lukman:4
hussam|حسام|h%sAm||tr=Hüsam:5,Husam:3;en=Hussam:5,Husam:4,Hossam:2;fr=Houssam:7;de=Hussam:5
wissam|وسام|wisAm||tr=Visam:5,Wisam:2;en=Wissam:4,Wisam:5,Wesam:2;fr=Ouissam:3,Wissam:5;de=Wissam:5
raad|رعد|r@'d||tr=Raad:5,Rad:2;en=Raad:6,Raed:1;fr=Raad:6;de=Raad:6
safwan|صفوان|S@fwAn||tr=Safvan:7
ghaith|غيث|gh@yth||tr=Gays:4,Gayth:2,Ğays:1;en=Ghaith:6,Ghayth:3,Gaith:1;fr=Ghaith:6,Ghaieth:1;de=Ghaith:5
yazan|يزن|y@z@n||tr=Yezen:4,Yazan:4
karam|كرم|k@r@m||tr=Kerem:5,Karam:3
tayseer|تيسير|t@ysIr||tr=Teysir:5,Taysir:2;en=Tayseer:5,Taisir:2,Taysir:3;fr=Taysir:5,Tayssir:2;de=Taisir:4
shukri|شكري|sh%krI||tr=Şükrü:6,Şukri:2;en=Shukri:5,Shukry:2,Shoukri:1;fr=Choukri:7;de=Schukri:3,Shukri:3
fahd|فهد|f@hd||tr=Fehd:4,Fahd:3;en=Fahd:5,Fahad:4;fr=Fahd:5,Fahed:2;de=Fahd:5
moayad|مؤيد|m%'@yy@d||tr=Müeyyet:3,Muayed:2;en=Moayad:4,Muayad:4,Moayyad:1;fr=Mouayad:5;de=Muayad:4
abdulghani|عبد الغني||C|tr=Abdülgani:4,Abdulgani:3;en=Abdulghani:5,Abdul Ghani:4;fr=Abdelghani:7,Abdelrhani:1;de=Abdulghani:5
abdulmalik|عبد الملك||C|tr=Abdülmelik:4,Abdulmelik:3;en=Abdulmalik:5,Abdul Malik:4,Abdulmalek:1;fr=Abdelmalek:7;de=Abdulmalik:5
abubakr|أبو بكر||C|tr=Ebubekir:7,Ebu Bekir:2;en=Abu Bakr:5,Abubakr:3,Abu Baker:2,Abubaker:2;fr=Aboubakr:4,Boubaker:2,Abou Bakr:3;de=Abu Bakr:5,Abubakr:2
ashraf|أشرف|@shr@f||tr=Eşref:6,Aşraf:1;en=Ashraf:8;fr=Achraf:7;de=Aschraf:3,Ashraf:4
nadim|نديم|n@dIm||
fares|فارس|fAr$s||tr=Faris:6,Fares:2;en=Fares:5,Faris:5;fr=Fares:6,Farès:2;de=Fares:5
thaer|ثائر|thA'$r||tr=Sair:3,Saer:3,Thaer:1;en=Thaer:6,Thair:3,Thaier:1;fr=Thaer:5,Thair:2;de=Thaer:5
mutaz|معتز|m%'t@zz||tr=Mutez:4,Mutaz:3;en=Mutaz:4,Moataz:4,Motaz:3;fr=Moataz:4,Mouataz:3;de=Mutaz:4
sultan|سلطان|s%lTAn||tr=Sultan:9
aziz|عزيز|'@zIz||
talal|طلال|T@lAl||tr=Talal:5,Telal:2
adel|عادل|'Ad$l||tr=Adil:7,Adel:2;en=Adel:6,Adil:4;fr=Adel:6,Adil:3;de=Adel:5,Adil:2
ramadan|رمضان|r@m@DAn||tr=Ramazan:8;en=Ramadan:6,Ramadhan:2,Ramzan:1;fr=Ramdane:4,Ramadan:4;de=Ramadan:5
nouh|نوح|nUh||tr=Nuh:8;en=Nouh:4,Nuh:3,Nooh:1
akram|أكرم|@kr@m||tr=Ekrem:7,Akram:2
hilal|هلال|hilAl||
qutaiba|قتيبة|q%t@yb@||tr=Kuteybe:6;en=Qutaiba:5,Qutayba:3,Kutaiba:1;fr=Koutaiba:5,Qotaiba:2;de=Kutaiba:4
jawad|جواد|j@wAd||tr=Cevat:6,Cevad:2;en=Jawad:8,Jawaad:1;fr=Djaouad:3,Jawad:5;de=Dschawad:2,Jawad:5
hamid|حميد|h@mId||tr=Hamit:5,Hamid:3;en=Hamid:7,Hameed:3;fr=Hamid:8;de=Hamid:6
abdelilah|عبد الإله||C|tr=Abdulilah:5,Abdülilah:2;en=Abdulilah:5,Abdul Ilah:3,Abdelilah:2;fr=Abdelilah:7,Abdelillah:2;de=Abdulilah:5
lahcen|الحسن||C|tr=Elhasan:3,Lahsen:3;en=Alhassan:3,Lahcen:3,Lahsen:2;fr=Lahcen:7,Lahsen:3;de=Lahcen:4,Lahsen:2
larbi|العربي||C|tr=Elarabi:2,Larbi:5;en=Larbi:5,Alarabi:2,Al Arabi:1;fr=Larbi:8;de=Larbi:5
farid|فريد|f@rId||tr=Ferit:6,Ferid:2;en=Farid:6,Fareed:4;fr=Farid:7;de=Farid:5
sofiane|سفيان|s%fyAn||tr=Süfyan:5,Sufyan:3;en=Sufyan:5,Sofian:3,Sufian:3;fr=Sofiane:6,Soufiane:5;de=Sufjan:2,Sofian:3
amine|أمين|@mIn||tr=Emin:7,Amin:1;en=Amin:6,Ameen:4;fr=Amine:7,Amin:2;de=Amin:5
anouar|أنور|@nw@r||tr=Enver:7;en=Anwar:7,Anouar:1;fr=Anouar:6,Anwar:2;de=Anwar:5
ilyas|إلياس|ilyAs||tr=İlyas:7;en=Ilyas:5,Elias:3,Ilias:2;fr=Ilyass:3,Ilyas:4,Elias:2;de=Iljas:2,Ilyas:4
badr|بدر|b@dr||tr=Bedir:4,Bedr:2;en=Badr:6,Bader:4;fr=Badr:6,Badre:2;de=Badr:5
taoufik|توفيق|t@wfIq||tr=Tevfik:7;en=Tawfiq:5,Tawfik:4,Tofik:1;fr=Taoufik:6,Toufik:4;de=Taufik:4,Tawfik:2
abderrahim|عبد الرحيم||C|tr=Abdurrahim:6,Abdulrahim:2;en=Abdulrahim:5,Abdul Rahim:4,Abdelrahim:1;fr=Abderrahim:7,Abderahim:2;de=Abdulrahim:4,Abdul Rahim:2
abdelhak|عبد الحق||C|tr=Abdülhak:4,Abdulhak:3;en=Abdulhaq:4,Abdul Haq:4,Abdelhaq:1;fr=Abdelhak:7,Abdelhaq:2;de=Abdulhak:4,Abdul Haq:2
fatima|فاطمة|fAT@m@||tr=Fatıma:5,Fatime:2,Fatima:3;en=Fatima:8,Fatimah:1,Fatma:1;fr=Fatima:8,Fatma:2;de=Fatima:8
aisha|عائشة|'A'ish@||tr=Ayşe:3,Aişe:3,Ayşa:2,Aişa:1;en=Aisha:6,Aysha:2,Aesha:1,Ayesha:1;fr=Aïcha:4,Aicha:5;de=Aischa:3,Aisha:4
zainab|زينب|z@yn@b||tr=Zeynep:7,Zeyneb:2;en=Zainab:6,Zaynab:3,Zeinab:2;fr=Zineb:5,Zeinab:3;de=Sainab:1,Zainab:5
maryam|مريم|m@ry@m||tr=Meryem:8;en=Maryam:6,Mariam:4,Miriam:1;fr=Meriem:5,Mariam:4;de=Marjam:2,Maryam:4,Mariam:3
khadija|خديجة|kh@dIj@||tr=Hatice:7,Hadice:2;en=Khadija:6,Khadijah:2,Khadeeja:1;fr=Khadija:6,Khadidja:4;de=Chadidscha:1,Khadija:5
amina|آمنة|Amin@||tr=Emine:6,Amine:3,Amina:2;en=Amina:6,Amna:3,Aminah:1;fr=Amina:6,Amna:2;de=Amina:6
noor|نور|nUr||tr=Nur:8;en=Nour:6,Noor:4,Nur:2;fr=Nour:8;de=Nur:5,Nour:3
rania|رانيا|rAniyA||tr=Rania:4,Raniye:2
hala|هالة|hAl@||tr=Hala:5,Hale:3
rasha|رشا|r@shA||
reem|ريم|rIm||tr=Rim:6,Reem:2;en=Reem:7,Rim:3;fr=Rim:7;de=Rim:4,Reem:3
asmaa|أسماء|@smA'||tr=Esma:6,Asma:3;en=Asmaa:5,Asma:5;fr=Asmae:4,Asma:4;de=Asmaa:4,Asma:4
huda|هدى|h%dA||tr=Hüda:5,Huda:3;en=Huda:6,Hoda:3;fr=Houda:7;de=Huda:5
samira|سميرة|s@mIr@||tr=Semira:5,Samira:3
layla|ليلى|l@ylA||tr=Leyla:8;en=Layla:5,Laila:3,Leila:3;fr=Leila:6,Leïla:2;de=Laila:4,Leila:3
sara|سارة|sAr@||tr=Sara:8;en=Sara:6,Sarah:5;fr=Sara:6,Sarah:3;de=Sara:6,Sarah:2
hanan|حنان|h@nAn||tr=Hanan:6,Henan:1;fr=Hanane:6,Hanan:2
salma|سلمى|s@lmA||tr=Selma:6,Salma:3
nadia|نادية|nAdiy@||tr=Nadiye:5,Nadia:3;en=Nadia:6,Nadiya:3;fr=Nadia:7;de=Nadja:2,Nadia:5
lina|لينا|lInA||
rahaf|رهف|r@h@f||
doaa|دعاء|d%'A'||tr=Dua:6,Duaa:2;en=Doaa:5,Duaa:4,Dua:2;fr=Douaa:5,Doua:2;de=Duaa:4
ghada|غادة|ghAd@||tr=Gada:6,Ğada:1
safaa|صفاء|S@fA'||tr=Safa:7;en=Safaa:5,Safa:4;fr=Safae:4,Safaa:3;de=Safaa:4,Safa:2
marwa|مروة|m@rw@||tr=Merve:6,Marva:1,Marwa:2;en=Marwa:8;fr=Maroua:5,Marwa:3;de=Marwa:6
walaa|ولاء|w@lA'||tr=Vela:3,Vala:3,Walaa:2
ruqayya|رقية|r%q@yy@||tr=Rukiye:6,Rukiyye:2;en=Ruqaya:4,Ruqayya:3,Roqaya:2;fr=Roukaya:4,Rokia:3;de=Rukaja:2,Ruqaya:4
hiba|هبة|hib@||tr=Hibe:4,Hiba:4;en=Hiba:5,Heba:5;fr=Hiba:6,Heba:2;de=Hiba:5
israa|إسراء|isrA'||tr=Esra:6,İsra:3;en=Israa:5,Esraa:4,Isra:2;fr=Israa:4,Isra:3;de=Israa:4
batoul|بتول|b@tUl||tr=Betül:7,Batul:1
jana|جنى|j@nA||tr=Cana:3,Jana:4
yasmin|ياسمين|yAsmIn||tr=Yasemin:6,Yasmin:3;en=Yasmin:6,Yasmeen:4,Yasmine:1;fr=Yasmine:6,Yasmina:2;de=Jasmin:3,Yasmin:4
dalal|دلال|d@lAl||tr=Delal:5,Dalal:3
nawal|نوال|n@wAl||tr=Neval:6,Naval:1;fr=Naoual:4,Nawal:4
wafaa|وفاء|w@fA'||tr=Vefa:6,Wafa:2;en=Wafaa:5,Wafa:5;fr=Wafae:4,Wafa:4;de=Wafaa:4
suad|سعاد|s%'Ad||tr=Suat:3,Suad:4,Süad:1;en=Suad:5,Souad:4;fr=Souad:7;de=Suad:5
amal|أمل|@m@l||tr=Emel:5,Amal:4
iman|إيمان|ImAn||tr=İman:6,Iman:2;en=Iman:6,Eman:4,Imaan:1;fr=Imane:6,Iman:3;de=Iman:6
hanaa|هناء|h@nA'||tr=Hana:6,Hanaa:2;en=Hanaa:5,Hana:5;fr=Hanae:4,Hana:4;de=Hana:5
abeer|عبير|'@bIr||tr=Abir:7;en=Abeer:6,Abir:4;fr=Abir:7;de=Abir:5
raghad|رغد|r@gh@d||tr=Ragad:4,Rağad:2,Raghad:2
shahad|شهد|sh@h@d||tr=Şehad:3,Şahad:3;en=Shahad:8,Shahd:2;fr=Chahad:4,Shahad:4;de=Schahad:3,Shahad:4
bushra|بشرى|b%shrA||tr=Büşra:7,Buşra:2;en=Bushra:7,Boushra:1;fr=Bouchra:7;de=Buschra:3,Bushra:4
hayat|حياة|h@yAt||
nisreen|نسرين|nisrIn||tr=Nesrin:7,Nisrin:2;en=Nisreen:5,Nesreen:3,Nisrin:2;fr=Nesrine:6,Nisrine:2;de=Nisrin:4,Nesrin:2
jamila|جميلة|j@mIl@||tr=Cemile:7;en=Jamila:6,Jameela:3;fr=Djamila:5,Jamila:3;de=Dschamila:1,Jamila:5
khawla|خولة|kh@wl@||tr=Havle:5,Havla:2;en=Khawla:6,Khaula:2;fr=Khaoula:7;de=Chaula:2,Khawla:4
nada|ندى|n@dA||
manal|منال|m@nAl||
mona|منى|m%nA||tr=Muna:3,Mona:3,Müna:2;en=Mona:6,Muna:4;fr=Mouna:5,Mona:3;de=Muna:4,Mona:3
zahra|زهراء|z@hrA'||tr=Zehra:8;en=Zahraa:5,Zahra:5;fr=Zahra:6,Zohra:2;de=Sahra:1,Zahra:5
sumaya|سمية|s%m@yy@||tr=Sümeyye:6,Sümeye:2;en=Sumaya:5,Somaya:3,Sumayya:3;fr=Soumaya:6,Soumia:3;de=Sumaja:2,Sumaya:4
hadeel|هديل|h@dIl||tr=Hadil:6;en=Hadeel:6,Hadil:3
malak|ملاك|m@lAk||tr=Malak:5,Melek:2
tasneem|تسنيم|t@snIm||tr=Tesnim:5,Tasnim:3;en=Tasneem:6,Tasnim:3;fr=Tasnim:6;de=Tasnim:5
aya|آية|Ay@||tr=Aya:5,Ayet:1;en=Aya:6,Ayah:2;fr=Aya:7;de=Aja:2,Aya:4
ahlam|أحلام|@hlAm||
samah|سماح|s@mAh||tr=Semah:4,Samah:4
hajar|هاجر|hAj$r||tr=Hacer:7;en=Hajar:6,Hajer:3;fr=Hadjer:4,Hajar:4;de=Hadschar:1,Hajar:5
sawsan|سوسن|s@ws@n||tr=Sevsen:5,Savsan:1;en=Sawsan:6,Sausan:1;fr=Saoussane:4,Sawsan:3;de=Sawsan:5
razan|رزان|r@zAn||
sidra|سدرة|sidr@||tr=Sidre:5,Sidra:3
asia|آسيا|AsiyA||tr=Asiye:6,Asya:2;en=Asia:5,Asiya:4;fr=Assia:6,Asia:2;de=Asija:2,Asia:4
latifa|لطيفة|l@TIf@||tr=Latife:7;en=Latifa:6,Lateefa:2;fr=Latifa:7;de=Latifa:5
najwa|نجوى|n@jwA||tr=Necva:6;en=Najwa:7;fr=Najoua:5,Najwa:3;de=Nadschwa:1,Najwa:5
kawthar|كوثر|k@wth@r||tr=Kevser:7;en=Kawthar:5,Kauthar:2,Kawsar:1;fr=Kaoutar:5,Kaouthar:3;de=Kautar:2,Kawthar:3
halima|حليمة|h@lIm@||tr=Halime:7;en=Halima:6,Haleema:3;fr=Halima:7;de=Halima:5
rabia|رابعة|rAbi'@||tr=Rabia:6,Rabiye:2;en=Rabia:5,Rabea:3,Rabiaa:1;fr=Rabia:6,Rabiaa:2;de=Rabia:5
ibtisam|ابتسام|ibtisAm||tr=İbtisam:5,Ibtisam:2;en=Ibtisam:5,Ebtisam:4,Ibtesam:2;fr=Ibtissam:6,Ibtissem:2;de=Ibtisam:5
farah|فرح|f@r@h||tr=Ferah:5,Farah:4
dima|ديما|dImA||
naima|نعيمة|n@'Im@||tr=Naime:6;en=Naima:6,Naeema:2;fr=Naïma:4,Naima:5;de=Naima:5
saida|سعيدة|s@'Id@||tr=Saide:6;en=Saida:5,Saeeda:3;fr=Saïda:4,Saida:5;de=Saida:5
malika|مليكة|m@lIk@||tr=Melike:5,Malika:2
rachida|رشيدة|r@shId@||tr=Reşide:6;en=Rashida:6,Rasheeda:2;fr=Rachida:7;de=Raschida:3,Rashida:3
karima|كريمة|k@rIm@||tr=Kerime:6;en=Karima:6,Kareema:2;fr=Karima:7;de=Karima:5
hafsa|حفصة|h@fS@||tr=Hafsa:7;en=Hafsa:7;fr=Hafsa:7;de=Hafsa:6
sanaa|سناء|s@nA'||tr=Sena:6;en=Sanaa:5,Sana:5;fr=Sanae:4,Sanaa:4;de=Sanaa:4
loubna|لبنى|l%bnA||tr=Lübna:4,Lubna:3;en=Lubna:7,Lobna:2;fr=Loubna:7;de=Lubna:5
siham|سهام|sihAm||tr=Siham:6;en=Siham:6,Seham:3;fr=Siham:6,Sihame:1;de=Siham:5
ikram|إكرام|ikrAm||tr=İkram:5;en=Ikram:6,Ekram:2;fr=Ikram:7;de=Ikram:5
kenza|كنزة|k@nz@||tr=Kenze:4,Kenza:4;en=Kenza:7;fr=Kenza:7;de=Kensa:1,Kenza:5
houria|حورية|hUriy@||tr=Huriye:6;en=Houria:4,Huriya:4;fr=Houria:7;de=Huria:4
fatimazahra|فاطمة الزهراء||C|tr=Fatma Zehra:4,Fatıma Zehra:3,Fatımatüzzehra:1;en=Fatima Zahra:5,Fatima al-Zahra:2,Fatimazahra:1;fr=Fatima Zahra:4,Fatima-Zahra:3,Fatimazahra:2,Fatim Zahra:1;de=Fatima Zahra:5
"""

AR_FAMILY = """
hassan|=||A|
ahmad|=||A|
ali|=||A|
mohammad|=||A|
hussein|=||A|
khalil|=||A|
ibrahim|=||A|
saleh|=||A|
abdullah|=||A|
omar|=||A|
osman|=||A|
issa|=||A|
musa|=|||
youssef|=|||
mahmoud|=||A|
mustafa|=|||
hammoud|=|||
suleiman|=||A|
ismail|=||A|
nasser|=||A|
qasim|=||A|
abbas|=||A|
hamed|=||A|
taha|=|||
murad|=|||
hamza|=|||
fares|=||A|
rashid|=||A|
jaafar|=||A|
mohsen|=|||
kadhim|=||A|
hilal|=|||
jawad|=|||
hamad|حمد|h@m@d|A|tr=Hamad:4,Hamed:3
khatib|خطيب|kh@TIb|A|tr=Hatip:5,Hatib:2,Khatib:1;en=Khatib:7,Khateeb:2;fr=Khatib:6,Khatibe:1;de=Chatib:2,Khatib:5
halabi|حلبي|h@l@bI|A|tr=Halebi:5,Halabi:4
masri|مصري|m@SrI|A|tr=Mısri:4,Masri:4
shami|شامي|shAmI|A|
homsi|حمصي|h%mSI|A|tr=Humsi:5,Homsi:3;en=Homsi:7,Humsi:2;fr=Homsi:8;de=Homsi:6
hamwi|حموي|h@m@wI|A|tr=Hamevi:4,Hamvi:3,Hamwi:2;en=Hamwi:6,Hamawi:4;fr=Hamoui:4,Hamwi:3;de=Hamwi:5
najjar|نجار|n@jjAr|A|tr=Neccar:5,Naccar:2,Najjar:2;en=Najjar:8,Najar:2;fr=Najjar:5,Nadjar:3;de=Nadschar:1,Najjar:5
haddad|حداد|h@ddAd|A|tr=Haddad:7,Hadad:2
sabbagh|صباغ|S@bbAgh|A|tr=Sabbağ:5,Sabbag:3;en=Sabbagh:7,Sabagh:3;fr=Sabbagh:7;de=Sabbagh:6
attar|عطار|'@TTAr|A|tr=Attar:7
khoury|خوري|khUrI||tr=Huri:4,Khoury:4;en=Khoury:6,Khouri:3,Khuri:2;fr=Khoury:8;de=Churi:2,Khoury:5
jaber|جابر|jAb$r|A|tr=Cabir:6,Jaber:3;en=Jaber:6,Jabir:3;fr=Jaber:6,Djaber:2;de=Dschaber:1,Jaber:5
darwish|درويش|d@rwIsh||tr=Derviş:7,Darwish:2;en=Darwish:8,Darweesh:2;fr=Darwich:4,Darwiche:4;de=Darwisch:5,Derwisch:2
hamdan|حمدان|h@mdAn|A|tr=Hamdan:7,Hemdan:1
zoubi|زعبي|z%'bI|A|tr=Zubi:6,Zoubi:2;en=Zoubi:5,Zubi:4,Zoabi:1;fr=Zoubi:8;de=Subi:1,Zoubi:5
jasim|جاسم|jAs$m|A|tr=Casim:6,Jasim:3;en=Jasim:5,Jassim:4,Jasem:2;fr=Jassem:5,Djassem:2;de=Dschasim:1,Jasim:5
jubouri|جبوري|j%bUrI|A|tr=Cuburi:5,Jubouri:3;en=Jubouri:5,Juburi:4,Jabouri:2,Jbouri:1;fr=Joubouri:5,Jabouri:2;de=Dschuburi:1,Juburi:5
dulaimi|دليمي|d%l@ymI|A|tr=Düleymi:4,Duleymi:3,Dulaimi:2;en=Dulaimi:6,Dulaymi:3,Dlaimi:1;fr=Doulaimi:5,Dulaimi:3;de=Dulaimi:6
obaidi|عبيدي|'%b@ydI|A|tr=Ubeydi:6,Obaidi:2;en=Obaidi:6,Ubaidi:3,Obeidi:2;fr=Obeidi:5,Oubaidi:3;de=Ubaidi:4,Obaidi:3
tamimi|تميمي|t@mImI|A|tr=Temimi:6,Tamimi:3
shammari|شمري|sh@mm@rI|A|tr=Şammari:5,Şemmeri:2;en=Shammari:8,Shamari:2;fr=Chammari:6;de=Schammari:4,Shammari:3
janabi|جنابي|j@nAbI|A|tr=Cenabi:6,Janabi:3;en=Janabi:9;fr=Djanabi:4,Janabi:4;de=Dschanabi:1,Janabi:5
azzawi|عزاوي|'@zzAwI|A|tr=Azzavi:6,Azavi:2;en=Azzawi:8,Azawi:2;fr=Azzaoui:6,Azaoui:2;de=Assawi:1,Azzawi:5
saadi|سعدي|s@'dI|A|tr=Sadi:6,Saadi:2;en=Saadi:6,Sadi:3,Saedi:1;fr=Saadi:7,Saâdi:1;de=Saadi:6
rubaie|ربيعي|r%b@y'I|A|tr=Rubai:4,Rübeyi:2;en=Rubaie:5,Rubaiy:2,Rubaei:2,Rubai:2;fr=Roubaie:4,Rubaie:3;de=Rubaie:5
khafaji|خفاجي|kh@fAjI|A|tr=Hafaci:6,Khafaji:2;en=Khafaji:9;fr=Khafadji:5,Khafaji:3;de=Chafadschi:1,Khafaji:5
hashimi|هاشمي|hAshimI|A|tr=Haşimi:7;en=Hashimi:6,Hashemi:4;fr=Hachemi:6,Hashimi:2;de=Haschimi:3,Hashimi:3
mousavi|موسوي|mUs@wI|A|tr=Musevi:6,Musavi:2;en=Musawi:5,Moussawi:3,Mousawi:3;fr=Moussaoui:6,Moussawi:2;de=Musawi:5
bayati|بياتي|b@yyAtI|A|tr=Beyati:6,Bayati:3;en=Bayati:9;fr=Bayati:8;de=Bajati:2,Bayati:5
tikriti|تكريتي|tikrItI|A|tr=Tikriti:8
kurdi|كردي|k%rdI|A|tr=Kürdi:5,Kurdi:4;en=Kurdi:9;fr=Kurdi:6,Kourdi:2;de=Kurdi:7
sheikh|شيخ|sh@ykh|A|tr=Şeyh:6,Şeyhi:1,Sheikh:1;en=Sheikh:7,Shaikh:3,Shaykh:1;fr=Cheikh:8;de=Scheich:5,Sheikh:3
assad|أسعد|@s'@d|A|tr=Esad:5,Esat:2,Asaad:1;en=Assad:5,Asaad:4,Asad:2;fr=Assaad:4,Assad:4;de=Assad:6
hariri|حريري|h@rIrI|A|tr=Hariri:8
hajj|حاج|hAjj|A|tr=Hac:5,Hacı:3,Hajj:1;en=Hajj:5,Haj:5,Hadj:1;fr=Hadj:7,Hajj:2;de=Hadsch:2,Hajj:4
bakr|بكر|b@kr|A|tr=Bekir:6,Bakr:2;en=Bakr:6,Bakir:3,Baker:2;fr=Bakr:6,Bekr:2;de=Bakr:6
khodr|خضر|kh%D@r|A|tr=Hıdır:5,Hıdr:1,Khodr:2;en=Khodr:4,Khidir:3,Khder:3,Khudr:2;fr=Khodr:6,Khider:2;de=Chidr:1,Khodr:4
rifai|رفاعي|rifA'I|A|tr=Rifai:7,Rufai:2;en=Rifai:6,Refai:3,Rifaie:2;fr=Rifaï:3,Rifai:5;de=Rifai:6
aswad|أسود|@sw@d|A|tr=Esved:4,Asvad:3;en=Aswad:9;fr=Asouad:3,Aswad:5;de=Aswad:7
qadi|قاضي|qADI|A|tr=Kadı:6,Kadi:3;en=Qadi:5,Kadi:3,Qady:1;fr=Kadi:6,Cadi:2;de=Kadi:6
sayed|سيد|s@yy@d|A|tr=Seyyid:5,Seyit:3;en=Sayed:6,Sayyed:3,Sayyid:2;fr=Sayed:5;de=Sajed:2,Sayed:4
barzani|بارزاني|bArzAnI||tr=Barzani:8
hamo|حمو|h@mmU||tr=Hamo:7,Hammo:2;en=Hamo:6,Hammo:4;fr=Hammou:4,Hamo:4;de=Hamo:7
alloush|علوش|'@llUsh||tr=Alluş:6,Alloush:2;en=Alloush:7,Allush:3;fr=Allouche:6,Allouch:3;de=Allusch:4,Alloush:3
shaaban|شعبان|sh@'bAn||tr=Şaban:7;en=Shaaban:6,Shaban:4;fr=Chaabane:6,Chaaban:2;de=Schaaban:4,Shaaban:3
hallak|حلاق|h@llAq|A|tr=Hallak:8;en=Hallak:5,Hallaq:5;fr=Hallak:8;de=Hallak:8
dabbagh|دباغ|d@bbAgh|A|tr=Dabbağ:5,Debbağ:2,Dabbag:2;en=Dabbagh:8;fr=Dabbagh:7;de=Dabbagh:7
akkad|عقاد|'@qqAd|A|tr=Akkad:8;en=Akkad:6,Aqqad:3;fr=Akkad:8;de=Akkad:8
kanaan|كنعان|k@n'An||tr=Kenan:7,Kanaan:2;en=Kanaan:7,Kanan:3;fr=Kanaan:7;de=Kanaan:7
zein|زين|z@yn|A|tr=Zeyn:5,Zein:3;en=Zein:6,Zain:4,Zayn:1;fr=Zine:4,Zein:4;de=Sein:1,Zein:5
saad|سعد|s@'d|A|tr=Sad:4,Saad:5;en=Saad:8,Saed:1;fr=Saad:7,Saâd:1;de=Saad:7
noori|نوري|nUrI||tr=Nuri:8;en=Nouri:6,Nuri:3,Noori:2;fr=Nouri:8;de=Nuri:5,Nouri:3
ghanem|غانم|ghAn$m|A|tr=Ganim:6,Ganem:2;en=Ghanem:6,Ghanim:4;fr=Ghanem:7;de=Ghanem:7
hamdoun|حمدون|h@mdUn||tr=Hamdun:7;en=Hamdoun:6,Hamdun:3;fr=Hamdoun:8;de=Hamdun:6
salem|سالم|sAl$m|A|tr=Salim:5,Salem:4;en=Salem:7,Salim:3;fr=Salem:7;de=Salem:7
jumaa|جمعة|j%m'@||tr=Cuma:8;en=Jumaa:5,Juma:4,Jumah:2;fr=Djemaa:3,Jomaa:4;de=Dschuma:1,Juma:5
khalaf|خلف|kh@l@f|A|tr=Halef:5,Halaf:2,Khalaf:2;en=Khalaf:9;fr=Khalaf:8;de=Chalaf:2,Khalaf:5
hamada|حمادة|h@mAd@||tr=Hamade:6,Hamada:3;en=Hamada:7,Hamadeh:3;fr=Hamada:6,Hamadé:1;de=Hamada:7
awad|عواد|'@wwAd|A|tr=Avvad:4,Avad:3;en=Awad:6,Awwad:4;fr=Aouad:5,Awad:3;de=Awad:7
faraj|فرج|f@r@j|A|tr=Ferec:5,Faraç:1,Faraj:2;en=Faraj:7,Farag:2;fr=Faradj:4,Faraj:4;de=Faradsch:1,Faraj:5
jabbour|جبور|j@bbUr||tr=Cabbur:5,Jabbour:3;en=Jabbour:6,Jabbur:3;fr=Jabbour:8;de=Dschabbur:1,Jabbur:4
nassar|نصار|n@SSAr|A|tr=Nassar:6,Nasar:2
mansour|منصور|m@nSUr|A|tr=Mansur:8;en=Mansour:7,Mansoor:2,Mansur:2;fr=Mansour:8;de=Mansur:5,Mansour:3
shehadeh|شحادة|sh@hAd@||tr=Şehade:5,Şahade:2;en=Shehadeh:5,Shahada:3,Shehada:3;fr=Chehade:6,Chahadé:1;de=Schehadeh:3,Shehadeh:3
sabri|صبري|S@brI||tr=Sabri:8
idlibi|إدلبي|idlibI|A|tr=İdlibi:6,Idlibi:2;en=Idlibi:8,Edlibi:2;fr=Idlibi:8;de=Idlibi:8
sharif|شريف|sh@rIf|A|tr=Şerif:7;en=Sharif:7,Shareef:2;fr=Cherif:7,Chérif:2;de=Scharif:4,Sharif:3
omari|عمري|'%m@rI|A|tr=Ömeri:4,Omari:4;en=Omari:8,Umari:2;fr=Omari:7,Oumari:1;de=Omari:7
hassoun|حسون|h@ssUn||tr=Hassun:6,Hasun:2;en=Hassoun:7,Hassun:3;fr=Hassoun:8;de=Hassun:6
dib|ديب|dIb||tr=Dib:7,Dip:1;en=Dib:6,Deeb:4;fr=Dib:8;de=Dib:8
khalifa|خليفة|kh@lIf@|A|tr=Halife:7;en=Khalifa:7,Khalifeh:2,Khalifah:1;fr=Khalifa:8;de=Chalifa:2,Khalifa:5
badawi|بدوي|b@d@wI|A|tr=Bedevi:6,Badavi:2;en=Badawi:8,Badawy:2;fr=Badaoui:6,Badawi:2;de=Badawi:7
suwaidi|سويدي|s%w@ydI|A|tr=Süveydi:4,Suveydi:3;en=Suwaidi:7,Suwaydi:2,Swaidi:1;fr=Souaidi:5,Souwaidi:2;de=Suwaidi:6
harb|حرب|h@rb||tr=Harb:6,Harp:2
anazi|عنزي|'@n@zI|A|tr=Enezi:5,Anazi:3;en=Anazi:6,Anzi:4,Enezi:1;fr=Anazi:6,Anzi:2;de=Anasi:1,Anazi:5
mulla|ملا|m%llA||tr=Molla:7,Mulla:2;en=Mulla:6,Molla:4,Mullah:1;fr=Moulla:4,Molla:4;de=Mulla:6
zaher|ظاهر|ZAh$r|A|tr=Zahir:6,Zaher:3;en=Zaher:6,Zahir:4,Dhaher:1;fr=Zaher:7;de=Saher:1,Zaher:5
kharrat|خراط|kh@rrAT|A|tr=Harrat:6,Kharrat:2;en=Kharrat:8,Kharat:2;fr=Kharrat:8;de=Charrat:2,Kharrat:5
dakhil|دخيل|d@khIl|A|tr=Dahil:6,Dakhil:2;en=Dakhil:7,Dakheel:3;fr=Dakhil:8;de=Dachil:3,Dakhil:4
nahhas|نحاس|n@hhAs|A|tr=Nahhas:7,Nahas:2;en=Nahhas:6,Nahas:4;fr=Nahas:5,Nahhas:3;de=Nahhas:6
bitar|بيطار|b@yTAr|A|tr=Baytar:5,Beytar:2,Bitar:2;en=Bitar:6,Baytar:3,Beitar:1;fr=Bitar:5,Baitar:3;de=Bitar:5,Beitar:2
yassin|ياسين|yAsIn||tr=Yasin:8;en=Yassin:5,Yasin:4,Yaseen:3;fr=Yassine:7,Yacine:3;de=Jassin:2,Yassin:4
mahameed|محاميد|m@hAmId||tr=Mahamid:7;en=Mahameed:5,Mahamid:5;fr=Mahamid:8;de=Mahamid:7
kaddour|قدور|q@ddUr||tr=Kaddur:6;en=Kaddour:5,Qaddour:3,Kaddur:2;fr=Kaddour:8;de=Kaddur:6
ghazal|غزال|gh@zAl|A|tr=Gazal:5,Gazel:2;en=Ghazal:8,Ghazzal:1;fr=Ghazal:7,Rhazal:1;de=Ghasal:1,Ghazal:6
hijazi|حجازي|hijAzI|A|tr=Hicazi:7,Hijazi:2;en=Hijazi:6,Hejazi:4;fr=Hijazi:5,Hidjazi:3;de=Hidschasi:1,Hijazi:5
sheikho|شيخو|sh@ykhU||tr=Şeyho:7,Şeyhu:1;en=Sheikho:7,Shekho:3;fr=Cheikho:7;de=Scheicho:4,Sheikho:3
bakkour|بكور|b@kkUr||tr=Bakkur:6;en=Bakkour:6,Bakour:3;fr=Bakkour:8;de=Bakkur:6
qassab|قصاب|q@SSAb|A|tr=Kassab:6,Kasap:2;en=Qassab:5,Kassab:5;fr=Kassab:8;de=Kassab:7
fakhoury|فاخوري|fAkhUrI||tr=Fahuri:6;en=Fakhoury:6,Fakhouri:3,Fakhuri:2;fr=Fakhoury:8;de=Fachuri:3,Fakhoury:4
rahhal|رحال|r@hhAl||tr=Rahhal:6,Rahal:3;en=Rahhal:6,Rahal:4;fr=Rahal:5,Rahhal:3;de=Rahhal:6
ajaj|عجاج|'@jjAj||tr=Accac:5,Acaç:1;en=Ajaj:7,Ajjaj:3;fr=Ajaj:5,Adjadj:3;de=Adschadsch:1,Ajaj:5
kayyali|كيالي|k@yyAlI|A|tr=Kayyali:5,Keyyali:3;en=Kayyali:6,Kayali:4;fr=Kayali:5,Kayyali:3;de=Kajjali:2,Kayyali:4
taleb|طالب|TAl$b|A|tr=Talip:5,Talib:3;en=Taleb:6,Talib:4;fr=Taleb:8;de=Taleb:7
hindi|هندي|hindI|A|tr=Hindi:8
saadoun|سعدون|s@'dUn||tr=Sadun:6,Saadun:2;en=Saadoun:6,Sadoun:3,Saadun:2;fr=Saadoun:8;de=Saadun:6
hamoudi|حمودي|h@mmUdI||tr=Hamudi:6,Hammudi:2;en=Hamoudi:6,Hammoudi:4;fr=Hammoudi:7;de=Hammudi:5
rawi|راوي|rAwI|A|tr=Ravi:6,Rawi:3;en=Rawi:9;fr=Raoui:5,Rawi:3;de=Rawi:8
ani|عاني|'AnI|A|tr=Ani:8;en=Ani:8,Aani:2;fr=Ani:8;de=Ani:8
hadithi|حديثي|h@dIthI|A|tr=Hadisi:6,Hadithi:2;en=Hadithi:8,Haditi:1;fr=Hadithi:7;de=Haditi:3,Hadithi:4
mawsili|موصلي|m@wSilI|A|tr=Musuli:4,Mevsili:3;en=Mosuli:4,Mawsili:4;fr=Mossouli:4,Mawsili:3;de=Mosuli:4,Mausili:2
baghdadi|بغدادي|b@ghdAdI|A|tr=Bağdadi:6,Bagdadi:3;en=Baghdadi:9;fr=Baghdadi:8;de=Baghdadi:8
kubaisi|كبيسي|k%b@ysI|A|tr=Kubeysi:6,Kubaysi:2;en=Kubaisi:6,Kubaysi:3,Qubaisi:1;fr=Koubaissi:5,Kubaisi:3;de=Kubaisi:6
samarrai|سامرائي|sAm@rrA'I|A|tr=Samerrai:4,Samarrai:4;en=Samarrai:7,Samarraie:3;fr=Samarraï:3,Samarrai:4;de=Samarrai:6
fayad|فياض|f@yyAD||tr=Feyyaz:6,Fayyad:2;en=Fayad:5,Fayyad:5,Fayadh:2;fr=Fayad:7;de=Fajad:2,Fayad:5
zaidi|زيدي|z@ydI|A|tr=Zeydi:6,Zaidi:3;en=Zaidi:8,Zaydi:2;fr=Zaidi:8;de=Saidi:1,Zaidi:6
mashhadani|مشهداني|m@shh@dAnI|A|tr=Meşhedani:5,Maşhadani:2;en=Mashhadani:8;fr=Machhadani:6;de=Maschhadani:4,Mashhadani:3
lami|لامي|lAmI|A|tr=Lami:8
benali|P:ben:ali|||
benahmed|P:ben:ahmad|||
bensaid|P:ben:said|||
benyoussef|P:ben:youssef|||
benmoussa|P:ben:musa|||
benaissa|P:ben:issa|||
benabdallah|P:ben:abdullah|||
benomar|P:ben:omar|||
benbrahim|P:ben:ibrahim|||
aitahmed|P:ait:ahmad|||
aitali|P:ait:ali|||
aitmoussa|P:ait:musa|||
ouldali|P:ould:ali|||
ouldahmed|P:ould:ahmad|||
amrani|عمراني|'@mrAnI|A|fr=Amrani:7;tr=Amrani:7;en=Amrani:7;de=Amrani:7
idrissi|إدريسي|idrIsI|A|fr=Idrissi:7,Drissi:2;tr=İdrisi:5,Idrissi:2;en=Idrissi:6,Idrisi:3;de=Idrissi:6
alaoui|علوي|'@l@wI|A|fr=Alaoui:7;tr=Alevi:5,Alaoui:3;en=Alawi:6,Alaoui:4;de=Alawi:5,Alaoui:3
fassi|فاسي|fAsI|A|fr=Fassi:8;tr=Fasi:6,Fassi:2;en=Fassi:7,Fasi:2;de=Fassi:7
bouazizi|بوعزيزي|bU'@zIzI||fr=Bouazizi:8;tr=Buazizi:5,Bouazizi:3;en=Bouazizi:7,Buazizi:2;de=Buasisi:1,Bouazizi:5
belkacem|بلقاسم|b@lqAs$m||fr=Belkacem:7,Belkassem:2;tr=Belkasım:4,Belkacem:3;en=Belkacem:5,Belqasim:3;de=Belkacem:5,Belkassem:2
boudiaf|بوضياف|bUDyAf||fr=Boudiaf:8;tr=Budiyaf:3,Boudiaf:4;en=Boudiaf:8;de=Budiaf:3,Boudiaf:4
bouzid|بوزيد|bUz@yd||fr=Bouzid:8;tr=Buzid:4,Bouzid:4;en=Bouzid:8,Buzaid:1;de=Busid:1,Bouzid:5
mansouri|منصوري|m@nSUrI|A|fr=Mansouri:8;tr=Mansuri:7;en=Mansouri:8;de=Mansuri:5,Mansouri:3
saidi|سعيدي|s@'IdI|A|fr=Saidi:7,Saïdi:2;tr=Saidi:7;en=Saidi:6,Saeedi:3;de=Saidi:7
zerrouki|زروقي|z@rrUqI||fr=Zerrouki:8;tr=Zerruki:6;en=Zerrouki:6,Zarrouqi:2;de=Serruki:1,Zerrouki:5
tazi|تازي|tAzI|A|fr=Tazi:8;tr=Tazi:8;en=Tazi:8;de=Tasi:1,Tazi:6
bennani|بناني|b@nnAnI||fr=Bennani:8;tr=Bennani:7;en=Bennani:8,Banani:1;de=Bennani:7
berrada|برادة|b@rrAd@||fr=Berrada:8;tr=Berrade:4,Berrada:4;en=Berrada:8;de=Berrada:7
chraibi|شرايبي|sh@rAybI|A|fr=Chraibi:7,Chraïbi:2;tr=Şraybi:3,Şerayibi:2,Chraibi:3;en=Shraibi:4,Chraibi:5;de=Schraibi:3,Chraibi:4
benjelloun|بنجلون|b@nj@llUn||fr=Benjelloun:8;tr=Bencellun:4,Benjelloun:4;en=Benjelloun:7,Benjallun:1;de=Bendschellun:1,Benjelloun:5
ouazzani|وزاني|w@zzAnI|A|fr=Ouazzani:7,Wazzani:2;tr=Vezzani:4,Ouazzani:3;en=Wazzani:5,Ouazzani:4;de=Ouazzani:4,Wazzani:2
kabbaj|قباج|q@bbAj|A|fr=Kabbaj:8;tr=Kabbac:4,Kabbaj:4;en=Kabbaj:7,Qabbaj:2;de=Kabbadsch:1,Kabbaj:5
lahlou|لحلو|l@hlU||fr=Lahlou:8;tr=Lahlu:6;en=Lahlou:7,Lahlu:2;de=Lahlu:5,Lahlou:3
naciri|ناصري|nASirI|A|fr=Naciri:7,Nasiri:2;tr=Nasıri:4,Nasiri:4;en=Nasiri:7,Naciri:2;de=Nasiri:6
trabelsi|طرابلسي|Tr@bulsI|A|fr=Trabelsi:8;tr=Trablusi:5,Trabelsi:3;en=Trabelsi:7,Tarabulsi:2;de=Trabelsi:7
jebali|جبالي|j@bAlI||fr=Jebali:6,Jbali:2;tr=Cebali:5,Jebali:3;en=Jebali:7;de=Dschebali:1,Jebali:5
gharbi|غربي|gh@rbI|A|fr=Gharbi:7,Rharbi:1;tr=Garbi:5,Gharbi:3;en=Gharbi:8;de=Gharbi:7
ayari|عياري|'@yyArI||fr=Ayari:8;tr=Ayyari:4,Ayari:4;en=Ayari:8;de=Ajari:2,Ayari:5
jlassi|جلاصي|j@lASI||fr=Jlassi:8;tr=Celasi:4,Jlassi:4;en=Jlassi:7,Jalasi:2;de=Dschlassi:1,Jlassi:5
hammami|حمامي|h@mmAmI||fr=Hammami:8;tr=Hammami:7;en=Hammami:8;de=Hammami:7
mejri|ماجري|mAjrI||fr=Mejri:8,Majri:1;tr=Mecri:5,Mejri:3;en=Mejri:7,Majri:2;de=Medschri:1,Mejri:5
belhadj|بالحاج|bilhAjj||fr=Belhadj:8,Bel Hadj:2;tr=Belhac:5,Belhadj:3;en=Belhaj:5,Belhadj:4;de=Belhadsch:1,Belhadj:5
khelifi|خليفي|kh@lIfI||fr=Khelifi:7,Khlifi:2;tr=Halifi:5,Khelifi:3;en=Khelifi:6,Khalifi:3;de=Chelifi:2,Khelifi:5
messaoudi|مسعودي|m@s'UdI||fr=Messaoudi:8;tr=Mesudi:6,Messaoudi:2;en=Messaoudi:6,Masoudi:3;de=Messaudi:3,Messaoudi:4
mebarki|مباركي|m@bArkI||fr=Mebarki:8;tr=Mübareki:3,Mebarki:4;en=Mebarki:6,Mubaraki:2;de=Mebarki:7
ziani|زياني|ziyAnI||fr=Ziani:8;tr=Ziyani:6,Ziani:2;en=Ziani:8;de=Siani:1,Ziani:6
boumediene|بومدين|bUm@dy@n||fr=Boumediene:7,Boumedienne:2;tr=Bumedyen:4,Boumediene:4;en=Boumediene:7;de=Bumedien:3,Boumediene:4
hamidi|حميدي|h@mIdI||fr=Hamidi:8;tr=Hamidi:8;en=Hamidi:8;de=Hamidi:8
rahmani|رحماني|r@hmAnI||fr=Rahmani:8;tr=Rahmani:8;en=Rahmani:8;de=Rahmani:8
touati|تواتي|t@wAtI||fr=Touati:8;tr=Tuati:5,Touati:3;en=Touati:6,Tawati:2;de=Tuati:4,Touati:3
slimani|سليماني|s%l@ymAnI||fr=Slimani:8;tr=Süleymani:4,Slimani:4;en=Slimani:5,Sulaimani:3;de=Slimani:6
meziane|مزيان|m@zyAn||fr=Meziane:8;tr=Mezyan:4,Meziane:4;en=Meziane:7,Mezian:2;de=Mesiane:1,Meziane:5
belaid|بلعيد|b@l'Id||fr=Belaid:7,Belaïd:2;tr=Belaid:5,Belayit:2;en=Belaid:8;de=Belaid:7
brahimi|براهيمي|brAhImI||fr=Brahimi:8;tr=Brahimi:4,İbrahimi:3;en=Brahimi:8;de=Brahimi:7
amari|عماري|'@mmArI||fr=Amari:6,Ammari:3;tr=Ammari:5,Amari:3;en=Ammari:5,Amari:4;de=Ammari:6
"""

# ----------------------------------------------------------------------------
# PERSIAN / DARI names (Persian script with ی and ک).  Same format.
#   flags: C compound ; Z family with a separable suffix ('+' marks the boundary)
# ----------------------------------------------------------------------------
FA_GIVEN = """
mohammad|محمد|mohammad||tr=Muhammed:3,Mohammad:4;en=Mohammad:8,Mohammed:2,Muhammad:3,Mohamad:1;fr=Mohammad:4,Mohamad:2,Mohammed:2;de=Mohammad:5,Mohammed:2
ali|علی|'ali||tr=Ali;en=Ali;fr=Ali;de=Ali
hussein|حسین|hoseyn||tr=Hüseyin:5,Hossein:3,Hüsein:1;en=Hossein:5,Hussain:3,Hussein:2,Hosein:2;fr=Hossein:5,Houssein:2;de=Hossein:4,Hussein:3
reza|رضا|rezA||tr=Rıza:5,Reza:4,Riza:2;en=Reza:9,Raza:1;fr=Reza:8,Réza:1;de=Reza:8
mahdi|مهدی|mahdI||tr=Mehdi:8;en=Mahdi:5,Mehdi:5;fr=Mehdi:7;de=Mahdi:4,Mehdi:3
ahmad|احمد|ahmad||tr=Ahmet:4,Ahmed:3,Ahmad:3;en=Ahmad:8,Ahmed:2;fr=Ahmad:4,Ahmed:3;de=Ahmad:5,Ahmed:2
mahmoud|محمود|mahmUd||tr=Mahmut:4,Mahmud:3;en=Mahmood:4,Mahmoud:4,Mahmud:2;fr=Mahmoud:7;de=Mahmud:4,Mahmoud:2
hassan|حسن|hasan||tr=Hasan:8;en=Hassan:6,Hasan:4;fr=Hassan:7;de=Hassan:5,Hasan:2
amir|امیر|amIr||tr=Amir:5,Emir:4;en=Amir:8,Ameer:2;fr=Amir:8;de=Amir:8
abbas|عباس|'abbAs||
javad|جواد|javAd||tr=Cevat:4,Cevad:2,Javad:3;en=Javad:6,Jawad:4;fr=Djavad:3,Javad:5;de=Dschawad:1,Jawad:3,Javad:3
hamid|حمید|hamId||
said|سعید|sa'Id||tr=Sait:4,Saeed:3,Said:2;en=Saeed:6,Saied:2,Said:3;fr=Saïd:3,Saeed:3,Said:3;de=Said:5,Saeed:3
mojtaba|مجتبی|mojtabA||tr=Mojtaba:4,Müctebe:3,Mucteba:2;en=Mojtaba:7,Mujtaba:3;fr=Mojtaba:7;de=Mojtaba:6
morteza|مرتضی|mortezA||tr=Morteza:4,Murteza:3,Mürteza:2;en=Morteza:6,Murtaza:4,Mortaza:1;fr=Morteza:7;de=Morteza:6
mustafa|مصطفی|mostafA||tr=Mustafa:8,Mostafa:2;en=Mostafa:6,Mustafa:4;fr=Mostafa:6,Moustafa:2;de=Mostafa:4,Mustafa:3
majid|مجید|majId||tr=Majid:4,Mecit:4,Macit:2;en=Majid:7,Majeed:3;fr=Majid:5,Madjid:3;de=Majid:5,Madschid:1
abolfazl|ابوالفضل||C|tr=Abolfazl:4,Ebulfazl:3,Ebulfazıl:1;en=Abolfazl:7,Abulfazl:2,Abol Fazl:1,Abolfazel:1;fr=Abolfazl:6,Abolfazel:1;de=Abolfazl:6
amirhossein|امیرحسین||C|tr=Amirhossein:4,Amir Hüseyin:2,Emir Hüseyin:2,Amirhüseyin:1;en=Amirhossein:6,Amir Hossein:4,Amir-Hossein:1,Amirhosein:1;fr=Amirhossein:4,Amir Hossein:3;de=Amirhossein:4,Amir Hossein:3
mohammadreza|محمدرضا||C|tr=Mohammadreza:3,Mohammad Reza:3,Muhammed Rıza:2,Muhammedrıza:1;en=Mohammad Reza:5,Mohammadreza:5,Mohammad-Reza:1,Mohamadreza:1,Mohammed Reza:1;fr=Mohammad Reza:5,Mohammadreza:3,Mohamad Reza:1;de=Mohammad Reza:4,Mohammadreza:4
mohammadali|محمدعلی||C|tr=Muhammed Ali:3,Mohammadali:3,Mohammad Ali:3;en=Mohammad Ali:6,Mohammadali:4,Muhammad Ali:1;fr=Mohammad Ali:5,Mohammadali:2;de=Mohammad Ali:4,Mohammadali:3
mohammadhossein|محمدحسین||C|tr=Muhammed Hüseyin:3,Mohammadhossein:3,Mohammad Hossein:2;en=Mohammad Hossein:5,Mohammadhossein:5,Mohammad Hussain:1;fr=Mohammad Hossein:5,Mohammadhossein:2;de=Mohammad Hossein:4,Mohammadhossein:3
alireza|علیرضا||C|tr=Alireza:5,Ali Rıza:3,Ali Reza:2,Alirıza:1;en=Alireza:7,Ali Reza:3;fr=Alireza:6,Ali Reza:2;de=Alireza:6,Ali Reza:2
ibrahim|ابراهیم|ebrAhIm||tr=İbrahim:7,Ebrahim:2;en=Ebrahim:5,Ibrahim:5;fr=Ebrahim:4,Ibrahim:4;de=Ebrahim:4,Ibrahim:4
ismail|اسماعیل|esmA'Il||tr=İsmail:7,Esmail:2;en=Esmail:4,Ismail:5,Esmaeil:3;fr=Esmaïl:2,Ismail:4,Esmail:3;de=Esmail:4,Ismail:4
youssef|یوسف|yUsof||tr=Yusuf:8;en=Yousef:5,Yusuf:4,Yosuf:2,Yousuf:2;fr=Youssef:5,Yousef:3;de=Jusuf:2,Yusuf:4,Yousef:3
karim|کریم|karIm||tr=Kerim:5,Karim:4;en=Karim:6,Kareem:2;fr=Karim:8;de=Karim:8
rahim|رحیم|rahIm||tr=Rahim:6,Rehim:2;en=Rahim:6,Raheem:3;fr=Rahim:7;de=Rahim:6
rahman|رحمان|rahmAn||tr=Rahman:8
nasser|ناصر|nAser||tr=Nasır:4,Nasir:4,Naser:2;en=Naser:5,Nasir:5,Nasser:2;fr=Nasser:4,Naser:3;de=Naser:4,Nasser:3
jamshid|جمشید|jamshId||tr=Cemşit:4,Cemşid:2,Jamshid:3;en=Jamshid:7,Jamsheed:2,Jamshed:2;fr=Djamchid:4,Jamshid:3;de=Dschamschid:1,Jamschid:3,Jamshid:3
farhad|فرهاد|farhAd||tr=Ferhat:7,Farhad:2;en=Farhad:9;fr=Farhad:8;de=Farhad:8
behrouz|بهروز|behrUz||tr=Behruz:6,Behrouz:3;en=Behrouz:6,Behruz:3,Behrooz:3;fr=Behrouz:8;de=Behrus:1,Behrouz:4,Behruz:3
dariush|داریوش|dAryUsh||tr=Daryuş:5,Dariuş:2;en=Dariush:6,Daryoush:4,Daryush:2;fr=Dariouch:5,Daryoush:3;de=Dariusch:4,Dariush:3
omid|امید|omId||tr=Omid:6,Umid:1;en=Omid:9,Omeed:1;fr=Omid:8;de=Omid:8
arash|آرش|Arash||tr=Araş:5,Arash:4;en=Arash:9;fr=Arach:4,Arash:4;de=Arasch:4,Arash:4
babak|بابک|bAbak||
sina|سینا|sInA||
kamran|کامران|kAmrAn||tr=Kamran:8
navid|نوید|navId||tr=Navid:7,Nevid:1;en=Navid:8,Naveed:3;fr=Navid:8;de=Nawid:3,Navid:5
nima|نیما|nImA||
peyman|پیمان|peymAn||tr=Peyman:8;en=Peyman:6,Payman:4;fr=Peyman:8;de=Peyman:6,Pejman:2
pouya|پویا|pUyA||tr=Puya:6,Pouya:3;en=Pouya:6,Puya:3,Pooya:3;fr=Pouya:8;de=Puja:2,Pouya:4
milad|میلاد|mIlAd||tr=Milad:8,Milat:1
mehran|مهران|mehrAn||
shahram|شهرام|shahrAm||
bahram|بهرام|bahrAm||tr=Behram:5,Bahram:4
hamed|حامد|hAmed||tr=Hamit:4,Hamed:4,Hamid:1;en=Hamed:8,Hamid:1;fr=Hamed:8;de=Hamed:8
vahid|وحید|vahId||tr=Vahit:5,Vahid:4;en=Vahid:5,Wahid:5,Waheed:2;fr=Vahid:6,Wahid:2;de=Wahid:5,Vahid:3
masoud|مسعود|mas'Ud||tr=Mesut:6,Mesud:1,Masoud:2;en=Masoud:5,Masood:4,Massoud:2,Masud:2;fr=Massoud:6,Masoud:3;de=Masud:4,Massoud:3
rasoul|رسول|rasUl||tr=Resul:7,Rasul:2;en=Rasool:4,Rasoul:4,Rasul:3;fr=Rassoul:4,Rasoul:4;de=Rasul:5
mansour|منصور|mansUr||tr=Mansur:8;en=Mansour:5,Mansoor:4,Mansur:2;fr=Mansour:8;de=Mansur:5,Mansour:3
qasim|قاسم|qAsem||tr=Kasım:5,Gasem:2,Qasem:1;en=Ghasem:4,Qasim:5,Qasem:3;fr=Ghassem:4,Ghasem:3;de=Ghasem:4,Kasem:2
ehsan|احسان|ehsAn||tr=İhsan:6,Ehsan:4;en=Ehsan:8,Ihsan:2;fr=Ehsan:8;de=Ehsan:8
meysam|میثم|meysam||tr=Meysam:6,Meysem:3;en=Meysam:5,Meisam:4,Maysam:2;fr=Meysam:6,Meïssam:1;de=Meisam:4,Meysam:3
hadi|هادی|hAdI||
sajjad|سجاد|sajjAd||tr=Sajjad:4,Seccad:3,Sajad:2;en=Sajjad:5,Sajad:5;fr=Sadjad:4,Sajjad:3;de=Sadschad:1,Sajjad:4
yasser|یاسر|yAser||tr=Yasir:5,Yaser:4;en=Yaser:6,Yasir:4,Yasser:2;fr=Yasser:5,Yaser:3;de=Jaser:2,Yaser:4
afshin|افشین|afshIn||tr=Afşin:7;en=Afshin:9;fr=Afchine:4,Afshin:4;de=Afschin:4,Afshin:4
shahin|شاهین|shAhIn||tr=Şahin:7,Şahın:1;en=Shahin:7,Shaheen:3;fr=Chahine:4,Shahin:4;de=Schahin:4,Shahin:4
gul|گل|gul||tr=Gül:6,Gul:4;en=Gul:9,Gol:2;fr=Goul:4,Gul:5;de=Gul:8
gulahmad|گل احمد||C|tr=Gul Ahmad:4,Gül Ahmet:3,Gülahmet:1;en=Gul Ahmad:6,Gulahmad:4,Gul Ahmed:2;fr=Gul Ahmad:5,Goulahmad:1;de=Gul Ahmad:5,Gulahmad:2
gulmohammad|گل محمد||C|tr=Gul Mohammad:4,Gül Muhammed:3,Gülmuhammed:1;en=Gul Mohammad:6,Gulmohammad:4,Gul Muhammad:2;fr=Gul Mohammad:5,Goulmohammad:1;de=Gul Mohammad:5,Gulmohammad:2
noorullah|نورالله||C|tr=Nurullah:7,Nurulla:1;en=Noorullah:5,Nurullah:3,Noor Ullah:2,Noorulla:1,Nourullah:1;fr=Nourullah:4,Noorullah:3,Nourallah:2;de=Nurullah:4,Noorullah:3
zabihullah|ذبیح الله||C|tr=Zabihullah:4,Zebihullah:3,Zabihulla:1;en=Zabihullah:6,Zabiullah:3,Zabeehullah:1,Zabih Ullah:1,Zabiyullah:1;fr=Zabihullah:5,Zabiollah:1;de=Zabihullah:5,Sabihullah:1
hekmatullah|حکمت الله||C|tr=Hikmetullah:5,Hekmatullah:3;en=Hekmatullah:6,Hikmatullah:4,Hekmat Ullah:1;fr=Hekmatullah:6;de=Hekmatullah:5,Hikmatullah:2
rahmatullah|رحمت الله||C|tr=Rahmetullah:5,Rahmatullah:3;en=Rahmatullah:7,Rahmatulla:2,Rahmat Ullah:1;fr=Rahmatullah:6,Rahmatollah:2;de=Rahmatullah:6
saifullah|سیف الله||C|tr=Seyfullah:6,Saifullah:2;en=Saifullah:6,Sayfullah:2,Saif Ullah:2;fr=Saifullah:5,Seifollah:2;de=Saifullah:5
hamidullah|حمیدالله||C|tr=Hamidullah:7;en=Hamidullah:7,Hameedullah:2,Hamid Ullah:1;fr=Hamidullah:6,Hamidollah:1;de=Hamidullah:6
habibullah|حبیب الله||C|tr=Habibullah:7;en=Habibullah:7,Habib Ullah:2,Habibulla:1;fr=Habibullah:4,Habiboullah:3;de=Habibullah:6
ezatullah|عزت الله||C|tr=İzzetullah:4,Ezatullah:3;en=Ezatullah:5,Izatullah:3,Ezzatullah:2;fr=Ezatullah:5,Ezzatollah:2;de=Ezatullah:5
najibullah|نجیب الله||C|tr=Necibullah:5,Najibullah:3;en=Najibullah:7,Najeebullah:2,Najib Ullah:1;fr=Najibullah:4,Nadjibullah:3;de=Najibullah:5,Nadschibullah:1
samiullah|سمیع الله||C|tr=Semiullah:4,Samiullah:4;en=Samiullah:7,Sami Ullah:2,Samiulla:1;fr=Samiullah:6;de=Samiullah:6
abdulrahman|عبدالرحمن||C|tr=Abdurrahman:6,Abdulrahman:3;en=Abdul Rahman:5,Abdulrahman:4,Abdurahman:2;fr=Abdul Rahman:3,Abderrahmane:3;de=Abdul Rahman:4,Abdulrahman:3
abdullah|عبدالله||C|tr=Abdullah:8;en=Abdullah:8,Abdulla:2;fr=Abdullah:6,Abdallah:2;de=Abdullah:7
abdulwahid|عبدالواحد||C|tr=Abdulvahit:4,Abdülvahit:2;en=Abdul Wahid:5,Abdulwahid:4,Abdul Waheed:1;fr=Abdul Wahid:4,Abdelouahed:2;de=Abdul Wahid:4,Abdulwahid:3
abdulqader|عبدالقادر||C|tr=Abdulkadir:7;en=Abdul Qadir:5,Abdulqadir:4,Abdul Qader:2;fr=Abdul Qadir:4,Abdelkader:2;de=Abdul Kadir:3,Abdulqadir:3
abdulghani|عبدالغنی||C|tr=Abdülgani:4,Abdulgani:3;en=Abdul Ghani:5,Abdulghani:4;fr=Abdul Ghani:4,Abdelghani:2;de=Abdul Ghani:4,Abdulghani:3
abderrahim|عبدالرحیم||C|tr=Abdurrahim:6;en=Abdul Rahim:5,Abdulrahim:4,Abdul Raheem:1;fr=Abdul Rahim:4,Abderrahim:2;de=Abdul Rahim:4
abdulbasir|عبدالبصیر||C|tr=Abdulbasir:4,Abdülbasir:3;en=Abdul Basir:5,Abdulbasir:4,Abdul Baseer:1;fr=Abdul Bassir:3,Abdul Basir:3;de=Abdul Basir:4
abdulmalik|عبدالملک||C|tr=Abdülmelik:4,Abdulmelik:3;en=Abdul Malik:5,Abdulmalik:4;fr=Abdul Malik:5;de=Abdul Malik:5
ahmadshah|احمدشاه||C|tr=Ahmet Şah:4,Ahmad Şah:2,Ahmetşah:1;en=Ahmad Shah:6,Ahmadshah:3,Ahmed Shah:1;fr=Ahmad Shah:4,Ahmad Chah:3;de=Ahmad Shah:4,Ahmad Schah:2
mohammadnabi|محمد نبی||C|tr=Muhammed Nebi:4,Mohammad Nabi:3;en=Mohammad Nabi:6,Mohammadnabi:2,Muhammad Nabi:2;fr=Mohammad Nabi:6;de=Mohammad Nabi:6
jawid|جاوید|jAwId||tr=Cavit:5,Cavid:2,Javid:2;en=Jawid:5,Javid:4,Jawed:3,Javed:1;fr=Javid:4,Djavid:3;de=Jawid:4,Dschawid:1
feroz|فیروز|fIrUz||tr=Firuz:7;en=Feroz:5,Firuz:3,Firooz:2,Feroze:1;fr=Firouz:6;de=Firuz:4,Firus:2
bashir|بشیر|bashIr||tr=Beşir:7;en=Bashir:7,Basheer:3;fr=Bachir:7;de=Baschir:4,Bashir:3
nasim|نسیم|nasIm||tr=Nesim:5,Nasim:3;en=Nasim:6,Naseem:3;fr=Nassim:6,Nasim:2;de=Nasim:6
qais|قیس|qays||tr=Kays:6,Kais:1;en=Qais:5,Qays:3,Kais:2;fr=Kais:4,Qais:3,Qaïs:2;de=Kais:4,Qais:3
sohrab|سهراب|sohrAb||tr=Suhrab:4,Sohrab:3,Sührap:2;en=Sohrab:7,Suhrab:3;fr=Sohrab:8;de=Sohrab:8
zaher|ظاهر|zAher||tr=Zahir:6,Zaher:3;en=Zaher:5,Zahir:5;fr=Zaher:6,Zahir:2;de=Zaher:4,Zahir:3,Saher:1
idris|ادریس|edrIs||tr=İdris:7;en=Idris:5,Edris:5;fr=Idriss:4,Edris:3;de=Idris:5,Edris:2
yama|یما|yamA||tr=Yama:8;en=Yama:9;fr=Yama:8;de=Yama:5,Jama:3
mirwais|میرویس|mIrways||tr=Mirveys:3,Mirvays:3,Mirwais:2;en=Mirwais:7,Mirways:2,Mir Wais:1;fr=Mirwais:6,Mirouais:1;de=Mirwais:6
ajmal|اجمل|ajmal||tr=Ecmel:4,Ajmal:3,Acmal:2;en=Ajmal:9;fr=Ajmal:5,Adjmal:3;de=Ajmal:5,Adschmal:1
tamim|تمیم|tamIm||tr=Temim:4,Tamim:4;en=Tamim:6,Tameem:3;fr=Tamim:7;de=Tamim:7
sharif|شریف|sharIf||tr=Şerif:7;en=Sharif:7,Shareef:2;fr=Cherif:6,Charif:1;de=Scharif:4,Sharif:3
habib|حبیب|habIb||tr=Habib:6,Habip:3;en=Habib:7,Habeeb:2;fr=Habib:8;de=Habib:8
jalil|جلیل|jalIl||tr=Celil:7;en=Jalil:7,Jaleel:2;fr=Djalil:4,Jalil:4;de=Jalil:5,Dschalil:1
khalil|خلیل|khalIl||tr=Halil:8;en=Khalil:7,Khaleel:2;fr=Khalil:7;de=Khalil:5,Chalil:2
wali|ولی|walI||tr=Veli:6,Vali:2;en=Wali:6,Vali:3,Walli:1;fr=Wali:5,Vali:2;de=Wali:6
farid|فرید|farId||tr=Ferit:6,Farid:3;en=Farid:7,Fareed:3;fr=Farid:8;de=Farid:7
fatima|فاطمه|fAteme||tr=Fatıma:4,Fatime:3,Fatemeh:2;en=Fatima:5,Fatemeh:4,Fatema:1;fr=Fatima:4,Fatemeh:3;de=Fatima:4,Fatemeh:3
zahra|زهرا|zahrA||tr=Zehra:7,Zahra:3;en=Zahra:9;fr=Zahra:8;de=Zahra:7,Sahra:1
maryam|مریم|maryam||tr=Meryem:6,Maryam:3;en=Maryam:7,Mariam:3;fr=Maryam:5,Mariam:3;de=Maryam:5,Marjam:2
masoumeh|معصومه|ma'sUme||tr=Masume:5,Masumeh:2;en=Masoumeh:4,Masuma:4,Masooma:2,Masoma:1;fr=Massoumeh:4,Masoumeh:3;de=Masumeh:3,Masoumeh:3
zainab|زینب|zeynab||tr=Zeynep:6,Zeynab:3;en=Zainab:5,Zeinab:4,Zaynab:1;fr=Zeinab:6;de=Zeinab:4,Zainab:3,Seinab:1
sakineh|سکینه|sakIne||tr=Sekine:6,Sakine:2;en=Sakina:5,Sakineh:4,Sakeena:1;fr=Sakineh:4,Sakina:4;de=Sakineh:4,Sakina:3
sumaya|سمیه|somayye||tr=Sümeyye:5,Somaye:3;en=Somayeh:5,Sumaya:3,Somaya:2;fr=Somayeh:5,Soumaya:2;de=Somayeh:4,Somajeh:1
narges|نرگس|narges||tr=Nergis:6,Narges:3;en=Narges:7,Nargis:3;fr=Narges:6,Narguesse:1;de=Narges:6
layla|لیلا|leylA||tr=Leyla:8;en=Leila:5,Laila:4,Layla:2;fr=Leila:6,Leïla:2;de=Leila:5,Laila:3
parisa|پریسا|parIsA||tr=Parisa:7,Perisa:1;en=Parisa:9;fr=Parisa:4,Parissa:4;de=Parisa:7
shirin|شیرین|shIrIn||tr=Şirin:7;en=Shirin:7,Shireen:3;fr=Chirine:5,Shirin:3;de=Schirin:4,Shirin:3
mahsa|مهسا|mahsA||tr=Mahsa:8;en=Mahsa:9;fr=Mahsa:8;de=Mahsa:8
nazanin|نازنین|nAzanIn||tr=Nazanin:5,Nazenin:4;en=Nazanin:8,Nazaneen:1;fr=Nazanine:4,Nazanin:4;de=Nazanin:5,Nasanin:2
elham|الهام|elhAm||tr=Elham:5,İlham:3;en=Elham:9;fr=Elham:8;de=Elham:8
azam|اعظم|a'zam||tr=Azam:5,Azem:2;en=Azam:8,Aazam:1;fr=Azam:7;de=Azam:5,Asam:2
robabeh|ربابه|robAbe||tr=Rebabe:4,Robabe:4;en=Robabeh:4,Rubaba:4,Robaba:2;fr=Robabeh:5;de=Robabeh:5
khadija|خدیجه|khadIje||tr=Hatice:6,Hadice:3;en=Khadija:6,Khadijeh:4;fr=Khadijeh:4,Khadidja:3;de=Khadija:4,Chadidsche:1
roya|رویا|royA||tr=Rüya:4,Roya:4;en=Roya:9;fr=Roya:8;de=Roya:5,Roja:3
soraya|ثریا|sorayyA||tr=Süreyya:6,Soraya:3;en=Soraya:8,Suraya:2;fr=Soraya:8;de=Soraya:5,Soraja:3
marzieh|مرضیه|marziye||tr=Merziye:4,Marziye:4;en=Marzieh:6,Marziyeh:3,Marzia:2;fr=Marzieh:6;de=Marzieh:5,Marsieh:1
shabnam|شبنم|shabnam||tr=Şebnem:6,Şabnam:2;en=Shabnam:9;fr=Chabnam:4,Shabnam:4;de=Schabnam:4,Shabnam:3
farzaneh|فرزانه|farzAne||tr=Ferzane:5,Farzane:3;en=Farzana:6,Farzaneh:4;fr=Farzaneh:6;de=Farzaneh:5,Farsaneh:1
sediqa|صدیقه|sedIqe||tr=Sıddıka:4,Sedika:3;en=Sediqa:4,Sedigheh:4,Siddiqa:2,Sadiqa:2;fr=Sedigheh:5,Sédiqa:1;de=Sedigheh:4,Sediqa:3
gulalai|گلالی|gulAlay||tr=Gulalay:4,Gülalay:3;en=Gulalai:6,Gulalay:3,Gul Alai:1;fr=Gulalai:4,Goulalai:3;de=Gulalai:5
malalai|ملالی|malAlay||tr=Malalay:6;en=Malalai:6,Malalay:3;fr=Malalai:6;de=Malalai:6
nazia|نازیه|nAziye||tr=Naziye:6,Nazia:2;en=Nazia:7,Naziya:2;fr=Nazia:7;de=Nazia:5,Nasia:2
nilofar|نیلوفر|nIlUfar||tr=Nilüfer:7,Nilufer:2;en=Nilofar:5,Nilufar:3,Niloufar:3,Nilofer:1;fr=Niloufar:7;de=Nilufar:5
gulnaz|گلناز|gulnAz||tr=Gülnaz:7;en=Gulnaz:6,Golnaz:4;fr=Golnaz:4,Gulnaz:3;de=Gulnaz:5,Gulnas:1
sima|سیما|sImA||
hamida|حمیده|hamIde||tr=Hamide:7;en=Hamida:5,Hamideh:4;fr=Hamida:4,Hamideh:4;de=Hamideh:4,Hamida:3
tahmina|تهمینه|tahmIne||tr=Tehmine:4,Tahmine:4;en=Tahmina:6,Tahmineh:4;fr=Tahmina:6;de=Tahmina:6
fereshteh|فرشته|fereshte||tr=Fereşte:4,Firişte:3;en=Freshta:5,Fereshteh:4,Fareshta:2;fr=Fereshteh:4,Frechta:1;de=Freshta:3,Fereschteh:3
shakila|شکیله|shakIle||tr=Şakile:6;en=Shakila:7,Shakeela:2;fr=Chakila:4,Shakila:3;de=Schakila:3,Shakila:3
halima|حلیمه|halIme||tr=Halime:7;en=Halima:7,Halimeh:2;fr=Halima:7;de=Halima:7
parwana|پروانه|parwAne||tr=Pervane:6;en=Parwana:6,Parvaneh:4;fr=Parvaneh:5,Parwana:3;de=Parwana:5
mina|مینا|mInA||
setareh|ستاره|setAre||tr=Sitare:4,Setare:4;en=Setareh:5,Setara:4,Sitara:2;fr=Setareh:6;de=Setareh:6
nisreen|نسرین|nasrIn||tr=Nesrin:8;en=Nasrin:8,Nasreen:2;fr=Nasrine:5,Nasrin:3;de=Nasrin:7
zohreh|زهره|zohre||tr=Zühre:5,Zohre:3;en=Zohreh:5,Zohra:5;fr=Zohreh:5,Zohra:3;de=Zohreh:5,Sohreh:1
mahboubeh|محبوبه|mahbUbe||tr=Mahbube:6;en=Mahboubeh:4,Mahbooba:4,Mahbuba:2;fr=Mahboubeh:6;de=Mahbubeh:4,Mahbuba:2
ruqayya|رقیه|roqayye||tr=Rukiye:6,Rokiye:2;en=Roqayeh:4,Roqia:3,Ruqia:3,Roghayeh:2;fr=Roghayeh:4,Roqayeh:3;de=Roqayeh:4,Roghajeh:1
farida|فریده|farIde||tr=Feride:7;en=Farida:6,Farideh:4;fr=Farida:5,Farideh:3;de=Farideh:4,Farida:3
aziza|عزیزه|'azIze||tr=Azize:7;en=Aziza:7,Azizeh:2;fr=Aziza:7;de=Aziza:5,Asisa:1
hawa|حوا|hawwA||tr=Havva:7,Hava:2;en=Hawa:6,Hava:3,Hawwa:1;fr=Hawa:6,Haoua:1;de=Hawa:6
sharifa|شریفه|sharIfe||tr=Şerife:7;en=Sharifa:7,Sharifeh:2;fr=Sharifa:4,Charifa:3;de=Sharifa:3,Scharifa:3
latifa|لطیفه|latIfe||tr=Latife:7;en=Latifa:7,Latifeh:2;fr=Latifa:7;de=Latifa:7
nadia|نادیه|nAdiye||tr=Nadiye:6,Nadia:2;en=Nadia:7,Nadiya:2;fr=Nadia:7;de=Nadia:5,Nadja:2
nafisa|نفیسه|nafIse||tr=Nefise:7;en=Nafisa:6,Nafiseh:4;fr=Nafissa:5,Nafiseh:2;de=Nafiseh:4,Nafisa:3
raziyeh|راضیه|rAziye||tr=Raziye:7;en=Razia:5,Raziyeh:4,Raziya:2;fr=Razieh:5,Razia:3;de=Razieh:4,Rasia:1
"""

FA_FAMILY = """
hosseini|حسینی|hoseynI||tr=Hüseyni:5,Hosseini:3;en=Hosseini:5,Hussaini:5,Husseini:2,Hussainy:1;fr=Hosseini:6;de=Hosseini:5,Husseini:2
mohammadi|محمدی|mohammadI||tr=Mohammadi:5,Muhammedi:4;en=Mohammadi:8,Muhammadi:2;fr=Mohammadi:8;de=Mohammadi:8
ahmadi|احمدی|ahmadI||tr=Ahmadi:5,Ahmedi:5;en=Ahmadi:9;fr=Ahmadi:8;de=Ahmadi:8
rahimi|رحیمی|rahImI||
karimi|کریمی|karImI||tr=Karimi:5,Kerimi:4
amiri|امیری|amIrI||
hakimi|حکیمی|hakImI||
sultani|سلطانی|soltAnI||tr=Sultani:6,Soltani:3;en=Sultani:5,Soltani:5;fr=Soltani:7;de=Soltani:5,Sultani:3
noori|نوری|nUrI||tr=Nuri:8;en=Noori:5,Nouri:4,Nuri:2;fr=Nouri:8;de=Nuri:5,Nouri:3
sadat|سادات|sAdAt||
haidari|حیدری|heydarI||tr=Haydari:5,Heydari:4;en=Haidari:5,Heydari:5,Haidary:1;fr=Heydari:6,Haidari:2;de=Heidari:5,Haidari:2
jafari|جعفری|ja'farI||tr=Caferi:6,Jafari:3;en=Jafari:7,Jaafari:2,Jafary:1;fr=Djafari:4,Jafari:4;de=Jafari:5,Dschafari:1
rezaei|رضایی|rezA'I||tr=Rızai:4,Rezai:4,Rezaei:2;en=Rezaei:6,Rezai:3,Rezaee:2,Rezayee:1;fr=Rezaei:4,Rezaï:3;de=Rezaei:4,Rezai:3,Resai:1
azizi|عزیزی|'azIzI||
habibi|حبیبی|habIbI||
rasuli|رسولی|rasUlI||tr=Resuli:5,Rasuli:3;en=Rasuli:5,Rasouli:4,Rasooli:3;fr=Rasouli:4,Rassouli:3;de=Rasuli:5
samadi|صمدی|samadI||tr=Samedi:4,Samadi:4
safi|صافی|sAfI||
popal|پوپل|pUpal||tr=Popal:8;en=Popal:9,Popel:1;fr=Popal:8;de=Popal:8
hotak|هوتک|hUtak||tr=Hotak:8;en=Hotak:8,Hotaki:1;fr=Hotak:8;de=Hotak:8
ahmadzai|احمد+زی|ahmad+zay|Z|tr=Ahmadzai:4,Ahmedzay:3,Ahmadzay:2;en=Ahmadzai:8,Ahmadzay:2,Ahmad Zai:1;fr=Ahmadzai:7,Ahmadzaï:1;de=Ahmadzai:6,Ahmadsai:1
stanikzai|ستانک+زی|stAnak+zay|Z|tr=Stanekzay:3,Stanikzai:3,İstanikzay:1;en=Stanikzai:5,Stanekzai:5,Stanakzai:1;fr=Stanekzai:6;de=Stanekzai:5,Stanikzai:2
yousufzai|یوسف+زی|yUsof+zay|Z|tr=Yusufzay:6,Yusufzai:2;en=Yousafzai:5,Yousufzai:4,Yusufzai:2,Yosufzai:1;fr=Yousafzai:4,Youssoufzai:3;de=Yousafzai:4,Yusufsai:1
mohmand|مومند|momand||tr=Mohmand:6,Momand:3;en=Mohmand:6,Momand:5;fr=Mohmand:6;de=Mohmand:6
wardak|وردک|wardak||tr=Vardak:5,Wardak:4;en=Wardak:9;fr=Wardak:7,Ouardak:1;de=Wardak:8
kakar|کاکر|kAkar||tr=Kakar:8;en=Kakar:7,Kakkar:1;fr=Kakar:8;de=Kakar:8
durrani|درانی|dorrAnI||tr=Durrani:5,Dürrani:4;en=Durrani:8,Durani:2;fr=Durrani:5,Dourrani:3;de=Durrani:7
barakzai|بارک+زی|bArak+zay|Z|tr=Barakzay:6,Barekzai:2;en=Barakzai:8,Barakzay:2;fr=Barakzai:7;de=Barakzai:6,Baraksai:1
popalzai|پوپل+زی|pUpal+zay|Z|tr=Popalzay:6;en=Popalzai:8,Popalzay:1;fr=Popalzai:7;de=Popalzai:7
achakzai|اچک+زی|achak+zay|Z|tr=Açakzay:4,Achakzai:3;en=Achakzai:8,Achekzai:1;fr=Achakzai:4,Atchakzai:3;de=Achakzai:5,Atschaksai:1
noorzai|نور+زی|nUr+zay|Z|tr=Nurzay:6;en=Noorzai:7,Nurzai:3;fr=Nourzai:6;de=Noorzai:4,Nurzai:2,Nursai:1
shinwari|شینواری|shInwArI||tr=Şinvari:6,Shinwari:2;en=Shinwari:8,Shinwary:1;fr=Chinwari:4,Shinwari:4;de=Schinwari:4,Shinwari:3
afridi|آفریدی|AfrIdI||tr=Afridi:8;en=Afridi:9;fr=Afridi:8;de=Afridi:8
khan|خان|khAn||tr=Han:6,Khan:4;en=Khan:10;fr=Khan:9;de=Khan:8,Chan:1
shah|شاه|shAh||tr=Şah:7,Shah:2;en=Shah:10;fr=Shah:5,Chah:4;de=Schah:4,Shah:4
mirzaei|میرزایی|mIrzA'I||tr=Mirzai:6,Mirzaei:3;en=Mirzaei:6,Mirzai:4,Mirzaee:1;fr=Mirzaei:4,Mirzaï:3;de=Mirzaei:5,Mirsai:1
naseri|ناصری|nAserI||
qaderi|قادری|qAderI||tr=Kadiri:5,Kaderi:3;en=Qaderi:5,Qadiri:3,Ghaderi:3;fr=Ghaderi:5,Qaderi:3;de=Kaderi:4,Ghaderi:3
akbari|اکبری|akbarI||tr=Akbari:5,Ekberi:4
faizi|فیضی|feyzI||tr=Feyzi:8;en=Faizi:6,Feyzi:4;fr=Feyzi:5,Faizi:3;de=Faizi:5,Feisi:1
nazari|نظری|nazarI||tr=Nazari:6,Nezeri:2
sharifi|شریفی|sharIfI||tr=Şerifi:5,Şarifi:2,Sharifi:2;en=Sharifi:9;fr=Charifi:4,Sharifi:4;de=Scharifi:4,Sharifi:3
hashimi|هاشمی|hAshemI||tr=Haşimi:7,Haşemi:1;en=Hashimi:5,Hashemi:5;fr=Hachemi:6,Hashemi:2;de=Haschemi:4,Hashemi:3
amini|امینی|amInI||tr=Amini:5,Emini:4
sharifzada|شریف+زاده|sharIf+zAde|Z|tr=Şerifzade:6,Sharifzada:2;en=Sharifzada:6,Sharifzadeh:4,Sharif Zada:1;fr=Sharifzadeh:4,Charifzadeh:3;de=Sharifzadeh:4,Scharifsadeh:1
nabizada|نبی+زاده|nabI+zAde|Z|tr=Nebizade:6;en=Nabizada:6,Nabizadah:2,Nabi Zada:2;fr=Nabizadeh:5;de=Nabizada:4,Nabisadeh:1
omari|عمری|'omarI||tr=Omari:5,Ömeri:3;en=Omari:9;fr=Omari:8;de=Omari:8
zazai|زازی|zAzay||tr=Zazay:6,Zazai:2;en=Zazai:8,Zazay:2;fr=Zazai:8;de=Zazai:6,Sasai:1
sahak|ساهک|sAhak||
niazi|نیازی|niyAzI||tr=Niyazi:7;en=Niazi:8,Niyazi:2;fr=Niazi:8;de=Niazi:6,Niasi:1
mangal|منگل|mangal||tr=Mangal:7,Mengal:1;en=Mangal:9;fr=Mangal:8;de=Mangal:8
zadran|زدران|zadrAn||tr=Zadran:8;en=Zadran:9,Zadrani:1;fr=Zadran:8;de=Zadran:6,Sadran:1
karzai|کرزی|karzay||tr=Karzay:6;en=Karzai:9;fr=Karzai:8;de=Karsai:4,Karzai:4
jalali|جلالی|jalAlI||tr=Celali:6,Jalali:3
ghani|غنی|ghanI||tr=Gani:7;en=Ghani:9;fr=Ghani:8;de=Ghani:8
wali|ولی|walI||tr=Veli:6,Vali:2;en=Wali:6,Vali:3;fr=Wali:5,Vali:2;de=Wali:6
qasemi|قاسمی|qAsemI||tr=Kasımi:4,Kasemi:3;en=Qasemi:5,Ghasemi:4,Qasimi:2;fr=Ghassemi:4,Ghasemi:3;de=Ghasemi:5
rahmani|رحمانی|rahmAnI||
rahmati|رحمتی|rahmatI||tr=Rahmeti:5,Rahmati:4
salehi|صالحی|sAlehI||tr=Salihi:5,Salehi:4
sadiqi|صدیقی|sedIqI||tr=Sadiki:4,Sıddıki:3;en=Sadiqi:6,Siddiqi:3,Sediqi:3;fr=Sadiqi:4,Sadighi:3;de=Sadiqi:4,Sadighi:2
yaqubi|یعقوبی|ya'qUbI||tr=Yakubi:7;en=Yaqubi:6,Yaqoobi:3,Yakubi:1;fr=Yacoubi:5,Yaqoubi:3;de=Yaqubi:3,Jakubi:3
ibrahimi|ابراهیمی|ebrAhImI||tr=İbrahimi:6,Ebrahimi:3;en=Ibrahimi:5,Ebrahimi:5;fr=Ebrahimi:5,Ibrahimi:3;de=Ebrahimi:5
yusufi|یوسفی|yUsofI||tr=Yusufi:8;en=Yousufi:5,Yusufi:4,Yousefi:3;fr=Youssefi:5,Yousfi:2;de=Yusufi:4,Jusufi:2
hamidi|حمیدی|hamIdI||
waziri|وزیری|wazIrI||tr=Veziri:6;en=Waziri:7,Vaziri:2,Wazeeri:1;fr=Waziri:6,Vaziri:2;de=Waziri:4,Wasiri:2
moradi|مرادی|morAdI||tr=Muradi:5,Moradi:4;en=Moradi:9;fr=Moradi:8;de=Moradi:8
kazemi|کاظمی|kAzemI||tr=Kazemi:5,Kazımi:4;en=Kazemi:8,Kazimi:1;fr=Kazemi:8;de=Kazemi:5,Kasemi:2
mousavi|موسوی|mUsavI||tr=Musevi:6,Mousavi:3;en=Mousavi:7,Musavi:3,Moosavi:2;fr=Moussavi:6,Mousavi:3;de=Mousavi:4,Musawi:3
sadeghi|صادقی|sAdeqI||tr=Sadeghi:3,Sadıki:3,Sadeki:3;en=Sadeghi:8,Sadeqi:3;fr=Sadeghi:8;de=Sadeghi:7
abbasi|عباسی|'abbAsI||
ahmadzadeh|احمد+زاده|ahmad+zAde|Z|tr=Ahmetzade:4,Ahmadzade:4;en=Ahmadzadeh:8,Ahmad Zadeh:1,Ahmadzade:1;fr=Ahmadzadeh:8;de=Ahmadzadeh:6,Ahmadsadeh:1
hosseinpour|حسین+پور|hoseyn+pUr|Z|tr=Hosseinpour:4,Hüseyinpur:4,Hüseynpur:1;en=Hosseinpour:7,Hosseinpoor:2,Hosseinpur:2,Hossein Pour:1;fr=Hosseinpour:8;de=Hosseinpur:4,Hosseinpour:4
alizadeh|علی+زاده|'alI+zAde|Z|tr=Alizade:8;en=Alizadeh:9,Ali Zadeh:1;fr=Alizadeh:8;de=Alizadeh:6,Alisadeh:1
rostami|رستمی|rostamI||tr=Rostami:5,Rüstemi:3;en=Rostami:9,Rustami:1;fr=Rostami:8;de=Rostami:8
bagheri|باقری|bAqerI||tr=Bagheri:3,Bakiri:3,Bakeri:3;en=Bagheri:8,Baqeri:2;fr=Bagheri:8;de=Bagheri:7
najafi|نجفی|najafI||tr=Necefi:6,Najafi:3;en=Najafi:9;fr=Najafi:4,Nadjafi:4;de=Najafi:6,Nadschafi:1
zare|زارع|zAre'||tr=Zare:8;en=Zare:9;fr=Zare:6,Zaré:2;de=Zare:6,Sare:1
asadi|اسدی|asadI||tr=Asadi:5,Esedi:4;en=Asadi:9;fr=Assadi:5,Asadi:3;de=Asadi:8
hassani|حسنی|hasanI||tr=Hasani:7;en=Hassani:6,Hasani:4;fr=Hassani:8;de=Hassani:6,Hasani:2
mahmoudi|محمودی|mahmUdI||tr=Mahmudi:8;en=Mahmoudi:7,Mahmudi:3,Mahmoodi:2;fr=Mahmoudi:8;de=Mahmudi:5,Mahmoudi:3
ghorbani|قربانی|qorbAnI||tr=Kurbani:6,Gorbani:2;en=Ghorbani:8,Qorbani:2;fr=Ghorbani:8;de=Ghorbani:7
mohammadzadeh|محمد+زاده|mohammad+zAde|Z|tr=Muhammedzade:4,Mohammadzade:4;en=Mohammadzadeh:8,Mohammad Zadeh:1;fr=Mohammadzadeh:8;de=Mohammadzadeh:6,Mohammadsadeh:1
tehrani|تهرانی|tehrAnI||tr=Tehrani:5,Tahrani:4
shirazi|شیرازی|shIrAzI||tr=Şirazi:7;en=Shirazi:9;fr=Shirazi:4,Chirazi:4;de=Shirazi:5,Schirasi:2
esfahani|اصفهانی|esfahAnI||tr=İsfahani:5,Esfahani:3;en=Esfahani:7,Isfahani:3;fr=Esfahani:6,Ispahani:1;de=Esfahani:7
tabrizi|تبریزی|tabrIzI||tr=Tebrizi:7;en=Tabrizi:9;fr=Tabrizi:8;de=Tabrizi:5,Tabrisi:2
mohammadpour|محمد+پور|mohammad+pUr|Z|tr=Muhammedpur:4,Mohammadpur:4;en=Mohammadpour:8,Mohammadpoor:2;fr=Mohammadpour:8;de=Mohammadpur:5,Mohammadpour:3
khosravi|خسروی|khosravI||tr=Hosravi:4,Hüsrevi:3,Khosravi:2;en=Khosravi:9;fr=Khosravi:8;de=Khosravi:5,Chosrawi:2
farahani|فراهانی|farAhAnI||tr=Ferahani:5,Farahani:4
shariati|شریعتی|sharI'atI||tr=Şeriati:6;en=Shariati:9;fr=Shariati:4,Chariati:4;de=Shariati:4,Schariati:3
taheri|طاهری|tAherI||tr=Tahiri:5,Taheri:4
naderi|نادری|nAderI||tr=Naderi:5,Nadiri:4
ghaffari|غفاری|qaffArI||tr=Gaffari:6,Ğaffari:1;en=Ghaffari:8,Ghafari:2;fr=Ghaffari:8;de=Ghaffari:7
karami|کرمی|karamI||tr=Kerami:5,Karami:4
fathi|فتحی|fathI||tr=Fethi:6,Fathi:3
safari|صفری|safarI||tr=Seferi:5,Safari:4
kamali|کمالی|kamAlI||tr=Kemali:6,Kamali:3
fazeli|فاضلی|fAzelI||tr=Fazeli:4,Fazıli:4;en=Fazeli:9;fr=Fazeli:8;de=Fazeli:5,Faseli:2
mansouri|منصوری|mansUrI||tr=Mansuri:8;en=Mansouri:8,Mansoori:2;fr=Mansouri:8;de=Mansuri:6
abedi|عابدی|'AbedI||tr=Abidi:5,Abedi:4
hosseinzadeh|حسین+زاده|hoseyn+zAde|Z|tr=Hüseyinzade:6,Hosseinzade:2;en=Hosseinzadeh:8,Hossein Zadeh:1;fr=Hosseinzadeh:8;de=Hosseinzadeh:6,Hosseinsadeh:1
hassanzadeh|حسن+زاده|hasan+zAde|Z|tr=Hasanzade:8;en=Hassanzadeh:7,Hasanzadeh:3;fr=Hassanzadeh:8;de=Hassanzadeh:6,Hassansadeh:1
rahimzadeh|رحیم+زاده|rahIm+zAde|Z|tr=Rahimzade:8;en=Rahimzadeh:9;fr=Rahimzadeh:8;de=Rahimzadeh:6,Rahimsadeh:1
tavakoli|توکلی|tavakkolI||tr=Tavakoli:5,Tevekküli:3;en=Tavakoli:7,Tavakkoli:3;fr=Tavakoli:8;de=Tavakoli:4,Tawakoli:3
daneshvar|دانشور|dAneshvar||tr=Daneşver:5,Daneshvar:3;en=Daneshvar:9;fr=Daneshvar:4,Danechvar:4;de=Daneschwar:4,Daneshvar:3
ansari|انصاری|ansArI||tr=Ensari:6,Ansari:3
ashrafi|اشرفی|ashrafI||tr=Eşrefi:5,Aşrafi:2,Ashrafi:2;en=Ashrafi:9;fr=Achrafi:5,Ashrafi:3;de=Aschrafi:4,Ashrafi:3
bahrami|بهرامی|bahrAmI||tr=Behrami:5,Bahrami:4
kiani|کیانی|kiyAnI||tr=Kiyani:6,Kiani:3;en=Kiani:8,Kiyani:2;fr=Kiani:8;de=Kiani:8
sohrabi|سهرابی|sohrAbI||tr=Sohrabi:5,Suhrabi:4
jahani|جهانی|jahAnI||tr=Cihani:4,Jahani:3,Cahani:2;en=Jahani:9;fr=Jahani:5,Djahani:3;de=Jahani:5,Dschahani:1
nikpour|نیک+پور|nIk+pUr|Z|tr=Nikpur:6,Nikpour:2;en=Nikpour:7,Nikpoor:2,Nikpur:1;fr=Nikpour:8;de=Nikpur:5,Nikpour:3
"""

# ----------------------------------------------------------------------------
# SLAVIC / MOLDOVAN given names:  id|russian|ukrainian|belarusian|romanian(latin)
# ----------------------------------------------------------------------------
SLAV_MALE = """
alexander|Александр|Олександр|Аляксандр|Alexandru
sergey|Сергей|Сергій|Сяргей|Sergiu
dmitry|Дмитрий|Дмитро|Дзмітрый|Dumitru
andrey|Андрей|Андрій|Андрэй|Andrei
alexey|Алексей|Олексій|Аляксей|
ivan|Иван|Іван|Іван|
maxim|Максим|Максим|Максім|Maxim
evgeny|Евгений|Євген|Яўген|Eugen
nikolai|Николай|Микола|Мікалай|Nicolae
vladimir|Владимир|Володимир|Уладзімір|Vladimir
mikhail|Михаил|Михайло|Міхаіл|Mihai
pavel|Павел|Павло|Павел|Pavel
igor|Игорь|Ігор|Ігар|Igor
artem|Артём|Артем|Арцём|
denis|Денис|Денис|Дзяніс|Denis
roman|Роман|Роман|Раман|Roman
oleg|Олег|Олег|Алег|Oleg
viktor|Виктор|Віктор|Віктар|Victor
yury|Юрий|Юрій|Юрый|Iurie
anton|Антон|Антон|Антон|
vasily|Василий|Василь|Васіль|Vasile
konstantin|Константин|Костянтин|Канстанцін|Constantin
ilya|Илья|Ілля|Ілья|Ilie
nikita|Никита|Микита|Мікіта|
vadim|Вадим|Вадим|Вадзім|Vadim
ruslan|Руслан|Руслан|Руслан|Ruslan
grigory|Григорий|Григорій|Рыгор|Grigore
stanislav|Станислав|Станіслав|Станіслаў|
kirill|Кирилл|Кирило|Кірыл|
pyotr|Пётр|Петро|Пётр|Petru
fedor|Фёдор|Федір|Фёдар|
boris|Борис|Борис|Барыс|
gennady|Геннадий|Геннадій||
valery|Валерий|Валерій|Валерый|Valeriu
anatoly|Анатолий|Анатолій|Анатоль|
vyacheslav|Вячеслав|В'ячеслав|Вячаслаў|Veaceslav
egor|Егор|Єгор|Ягор|
stepan|Степан|Степан|Сцяпан|
vitaly|Виталий|Віталій|Віталь|Vitalie
taras||Тарас||
bogdan|Богдан|Богдан|Багдан|Bogdan
yaroslav|Ярослав|Ярослав|Яраслаў|
ostap||Остап||
ion|Ион|||Ion
georgy|Георгий|Георгій||Gheorghe
stefan|Стефан|||Ștefan
"""

SLAV_FEMALE = """
natalia|Наталья|Наталія|Наталля|Natalia
elena|Елена|Олена|Алена|Elena
olga|Ольга|Ольга|Вольга|Olga
tatiana|Татьяна|Тетяна|Таццяна|Tatiana
irina|Ирина|Ірина|Ірына|Irina
svetlana|Светлана|Світлана|Святлана|Svetlana
anna|Анна|Ганна|Ганна|Ana
maria|Мария|Марія|Марыя|Maria
ekaterina|Екатерина|Катерина|Кацярына|Ecaterina
yulia|Юлия|Юлія|Юлія|Iulia
anastasia|Анастасия|Анастасія|Анастасія|Anastasia
marina|Марина|Марина|Марына|Marina
lyudmila|Людмила|Людмила|Людміла|Ludmila
nadezhda|Надежда|Надія|Надзея|Nadejda
galina|Галина|Галина|Галіна|Galina
oksana|Оксана|Оксана|Аксана|Oxana
valentina|Валентина|Валентина|Валянціна|Valentina
daria|Дарья|Дарина|Дар'я|Daria
viktoria|Виктория|Вікторія|Вікторыя|Victoria
alena|Алёна|Альона|Алёна|
ksenia|Ксения|Ксенія|Ксенія|Xenia
kristina|Кристина|Христина|Крысціна|Cristina
evgenia|Евгения|Євгенія|Яўгенія|Eugenia
alina|Алина|Аліна|Аліна|Alina
vera|Вера|Віра|Вера|Vera
lyubov|Любовь|Любов|Любоў|
larisa|Лариса|Лариса|Ларыса|Larisa
nina|Нина|Ніна|Ніна|Nina
polina|Полина|Поліна|Паліна|
sofia|Софья|Софія|Сафія|Sofia
yana|Яна|Яна|Яна|
angelika|Анжелика|Анжеліка||
diana|Диана|Діана|Дыяна|Diana
valeria|Валерия|Валерія|Валерыя|Valeria
olesya|Олеся|Олеся|Алеся|Olesea
zhanna|Жанна|Жанна|Жанна|
inna|Инна|Інна|Іна|Ina
lilia|Лилия|Лілія|Лілія|Lilia
veronika|Вероника|Вероніка|Вераніка|Veronica
angela|Анжела|Анжела||Angela
mariana|Марианна|Мар'яна||Mariana
doina|Дойна|||Doina
aurelia|Аурелия|||Aurelia
rodica|Родика|||Rodica
daniela|Даниела|||Daniela
corina|Корина|||Corina
zoryana||Зоряна||
bogdana||Богдана||
"""

RUS_FAM = """Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков
Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров
Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев
Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов
Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков
Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов
Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв
Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров
Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов
Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов
Кондратьев Бирюков Горбунов Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов
Нестеров Симонов Прокофьев Харитонов Князев Цветков Левин Митрофанов Воронов Аксёнов Мальцев Логинов
Горшков Савин Краснов Майоров Демидов Елисеев Рыбаков Сафонов Плотников Жданов Щукин Шубин Ковальский
Островский Белецкий Садовский Вишневский"""

UKR_FAM = """Шевченко Бондаренко Коваленко Бойко Ткаченко Кравченко Коваль Олійник/Олейник Шевчук Поліщук/Полищук
Бондар Ткачук Марченко Лисенко/Лысенко Руденко Савченко Петренко Мельник Кравчук Клименко Павленко Савчук
Кузьменко Литвиненко Кушнір/Кушнир Романенко Мороз Левченко Гончаренко Карпенко Мельничук Панченко Василенко
Пономаренко Гаврилюк Юрченко Костенко Приходько Власенко Сидоренко Ковальчук Герасименко Мартинюк/Мартынюк
Гнатюк Козак Фесенко Онищенко Тарасенко Нестеренко Іваненко/Иваненко Зінченко/Зинченко Бабенко Мазур
Ковальський/Ковальский Антоненко Остапенко Дорошенко Яковенко Грищенко Кириленко Демченко Білик/Белик
Захарченко Гуменюк Семенюк Лук'яненко/Лукьяненко Осадчий Мисник Головко Швець/Швец Климчук Дмитренко"""

BLR_FAM = """Климович Макаревич Павлович Новик Жук Савицкий Карпович Юркевич Лукашевич Войтович Сидорович
Кравченко Ковалёв Козлов Новиков Мельник Ковальчук Шевчук Романович Лисовский Бондаренко Казаков
Кузьмич Михалевич Станкевич Радкевич Шинкевич Гурин Федорович Марченко"""

MDA_FAM = """Rusu/Русу Ceban/Чебан Popa/Попа Cojocaru/Кожокару Ciobanu/Чобану Munteanu/Мунтяну Lungu/Лунгу
Țurcanu/Цуркану Sîrbu/Сырбу Moraru/Морару Bălan/Балан Rotari/Ротарь Guțu/Гуцу Melnic/Мельник
Croitoru/Кроитору Ursu/Урсу Cazacu/Казаку Railean/Райлян Postolachi/Постолаки Sandu/Санду Grosu/Гросу
Gheorghiu/Георгиу Botnari/Ботнарь Cebotari/Чеботарь Bejenari/Беженарь Vrabie/Врабие Lupu/Лупу
Pascari/Паскарь Roșca/Рошка Bostan/Бостан Ciorbă/Чорбэ Prodan/Продан Negru/Негру Mereuță/Мереуцэ
Stratan/Стратан Știrbu/Штирбу Ungureanu/Унгуряну Morari/Морарь Leahu/Ляху Tabăcaru/Табакару Popescu/Попеску
Ciubotaru/Чуботару Donica/Доника Mîndru/Мындру Căldare/Кэлдаре Șveț/Швец Onofrei/Онофрей"""

# ----------------------------------------------------------------------------
# CENTRAL ASIAN names in (Russian-style) Cyrillic.  "id=Alt1/Alt2"  (id optional)
# ----------------------------------------------------------------------------
CA_GIVEN = {
 'UZB_M': """Алишер aziz=Азиз Бахтиёр Бобур Жасур Фаррух Шерзод Улугбек Рустам Тимур Шавкат Ботир Дилшод
  anouar=Анвар Акмал Жахонгир Сардор Отабек Зафар Равшан Шухрат Ильхом/Илхом Нодир Санжар Хуршид
  abdullah=Абдулла mohammad=Мухаммад/Мухаммед murad=Мурод Бекзод Умид Ойбек Собир Эркин Файзулла
  nureddin=Нуриддин Икром Комил Дониёр Шохрух jamshid=Жамшид farhad=Фарход Баходир
  abdulrahman=Абдурахмон/Абдурахман ismail=Исмоил youssef=Юсуф ibrahim=Иброхим/Ибрагим Акбар Азамат Элёр Ислом""",
 'UZB_F': """Дилноза/Дильноза Гулнора/Гульнора Шахноза Нилуфар malika=Малика Зарина Мадина Гулшан/Гульшан Феруза
  Дилфуза Нигора Мохира Умида Шахло Нодира Камола Севара Барно Гулчехра Юлдуз Мафтуна Зулфия/Зульфия Саодат
  Дилором Мунира Наргиза Гузал Ирода Лола Мавлюда Хилола Дурдона Сарвиноз zohreh=Зухра fatima=Фотима/Фатима
  Ойгул Гулноза Матлуба Шоира""",
 'TKM_M': """Мердан Довлет Батыр Сердар Мекан Аннагелди Гурбан Овез Бегенч murad=Мырат/Мурат Ата Агамырат Нурмухаммет
  Аман Максат Язгелди Ровшен Акмырат Гельди Довран Байрам Ораз Мухаммет""",
 'TKM_F': """Огулджан Айгуль/Айгул Дженнет Гульшат Майса Джемал Огулбиби Сельби Энеджан Бахар Гозель Мяхри Акджа
  Мерджен Аннагуль Огулгерек layla=Лейли Гулялек Тылла Огулшат Бахаргуль""",
 'KGZ_M': """Бакыт Нурлан Азамат Эрлан Темирлан Улан Канат Айбек Мирлан Бектур Жыргалбек Алмаз Эрмек Нурбек
  Таалай Кубаныч Медер Адилет Бакыт/Бакит Данияр Нурсултан Эмил""",
 'KGZ_F': """Айгерим Жылдыз Гульнара/Гулнара Назира Айпери Бермет Айжан Чолпон Мээрим Асель Гулзат Динара Нургуль
  Бактыгуль jamila=Жамиля Зарина Мадина Айнура Гульмира Алтынай Сабина Нуриза""",
 'KAZ_M': """Нурлан Ерлан Асхат Бауыржан Дархан Ержан Даурен Серик Арман Марат Данияр Айдос Ернар Жандос Нурсултан
  Тимур Руслан Ерболат Канат Азамат""",
 'KAZ_F': """Айгерим Динара Гульнара/Гулнара Асель Жанар Айгуль/Айгул Салтанат Камила Алия Жулдыз Меруерт Гульмира
  Мадина Аружан Дана Ботагоз Айжан Сауле Жанна""",
}
CA_FAM = {
 'UZB': """Каримов Рахимов Юсупов Абдуллаев Исмаилов Усманов/Усмонов Ахмедов Алиев Мирзаев Турсунов Холматов
  Эргашев Назаров Султанов Хасанов Саидов Хамидов Шарипов Рашидов Юлдашев Тошматов Норматов Жураев Рахмонов
  Содиков/Садыков Умаров Ибрагимов/Иброгимов Бобоев Кодиров/Кадыров Муминов Салимов Файзиев Абдурахмонов Хайдаров
  Тураев Камолов Азимов Мавлонов Курбанов/Курбонов Рустамов Ахмаджонов Нурматов Хакимов Давлетов Исламов
  Мухаммадиев Рузиев Аминов Собиров Шукуров Мамадалиев Одилов Зокиров Носиров Турдиев Якубов Олимов Холиков
  Эшонов Мадалиев""",
 'TKM': """Курбанов Байрамов Овезов Аманов Атаев Бердыев Гельдиев Мередов Ниязов Чарыев Ходжаев Сапаров Аннаев
  Оразов Бекмурадов Мамедов Язмурадов Дурдыев Нурыев Аширов Гурбанов Какаджанов Мурадов Реджепов Халлыев
  Байлыев Клычев Агаев Ягмыров Тачмурадов""",
 'KGZ': """Абдыкадыров Асанов Усенов Токтогулов Жумабаев Исаков Сыдыков Мамытов Кадыров Омурбеков Турдубаев
  Алымкулов Бейшеналиев Эсенбаев Садыков Осмонов Кенжебаев Ташиев Байсалов Мамбетов Акматов Орозбаев
  Шамшиев Абдрахманов Жээнбеков""",
 'KAZ': """Ахметов Жумабаев Оспанов Искаков Сулейменов Касымов Абенов Жаксыбеков Сатпаев Нурланов Абдрахманов
  Тулегенов Мухамедов Байжанов Есенов Кенжебаев Омаров Серикбаев Ибраев Бекетов""",
}

# ----------------------------------------------------------------------------
# LATIN-SCRIPT native tables.  Comma separated entries:
#    [id=]Spelling[:w][/Spelling[:w]...]     '+' in a family name = separable suffix
# ----------------------------------------------------------------------------
TRK_M = """mehmet=Mehmet, mustafa=Mustafa, ahmad=Ahmet, ali=Ali, hussein=Hüseyin, hassan=Hasan, ibrahim=İbrahim,
 ismail=İsmail, osman=Osman, youssef=Yusuf, murad=Murat, omar=Ömer, ramadan=Ramazan, khalil=Halil, suleiman=Süleyman,
 abdullah=Abdullah, mahmoud=Mahmut, recep=Recep, saleh=Salih, fatih=Fatih, kadir=Kadir, emre=Emre, hakan=Hakan,
 burak=Burak, yasin=Yasin, serkan=Serkan, kamal=Kemal, orhan=Orhan, erkan=Erkan, ugur=Uğur, cengiz=Cengiz,
 gokhan=Gökhan, younes=Yunus, enes=Enes, furkan=Furkan, mehmetali=Mehmet Ali:6/Mehmetali:1,
 mohammad=Muhammed:5/Muhammet:2, abdulrahman=Abdurrahman, sinan=Sinan, onur=Onur, volkan=Volkan, tolga=Tolga,
 baris=Barış, serdar=Serdar, shukri=Şükrü, bayram=Bayram, selim=Selim, jamal=Cemal, necati=Necati, tuncay=Tuncay,
 erdem=Erdem, kaan=Kaan, berkay=Berkay, hasanhuseyin=Hasan Hüseyin:6/Hasanhüseyin:1,
 mehmetemin=Mehmet Emin:5/Mehmetemin:2, amine=Emin, ekrem=Ekrem, halil_ibrahim=Halil İbrahim:6/Halilibrahim:1,
 cihan=Cihan, tayfun=Tayfun, zeki=Zeki, nihat=Nihat"""
TRK_F = """fatma=Fatma, aisha=Ayşe, amina=Emine, khadija=Hatice, zainab=Zeynep, elif=Elif, maryam=Meryem,
 sharifa=Şerife, zahra=Zehra, sultan=Sultan, hanife=Hanife, marwa=Merve, ozlem=Özlem, yasmin=Yasemin, hulya=Hülya,
 israa=Esra, kubra=Kübra, bushra=Büşra, songul=Songül, gulsum=Gülsüm, layla=Leyla, aysenur=Ayşenur:5/Ayşe Nur:3,
 fadime=Fadime, hawa=Havva, tugba=Tuğba, derya=Derya, sevgi=Sevgi, dilek=Dilek, gul=Gül, hajar=Hacer,
 ruqayya=Rukiye, sibel=Sibel, nurten=Nurten, hamida=Hamide, sevim=Sevim, farida=Feride, asmaa=Esma, gulay=Gülay,
 selin=Selin, ebru=Ebru, asli=Aslı, cansu=Cansu, gamze=Gamze, tulay=Tülay, malak=Melek, nermin=Nermin,
 serpil=Serpil, filiz=Filiz, kader=Kader, fatmanur=Fatmanur:5/Fatma Nur:3, elifnur=Elifnur:5/Elif Nur:3,
 sumaya=Sümeyye, gulsen=Gülşen, nurcan=Nurcan, emel=Emel, dudu=Dudu, sema=Sema"""
TRK_FAM = """Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan,
 Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Özcan, Korkmaz, Çakır, Erdoğan, Yavuz, Can, Acar, Şen, Aktaş, Güler,
 Yalçın, Güneş, Bozkurt, Bulut, Keskin, Ünal, Turan, Gül, Özer, Işık, Kaplan, Avcı, Sarı, Tekin, Taş, Köse, Yüksel,
 Ateş, Aksoy, Karaca, Demirci, Uçar, Bayram, Altun, Özbek, Kahraman, Akbulut, Karataş, Oğuz, Coşkun, Tunç, Tuncer,
 Erdem, Çiftçi, Duman, Karakaya, Toprak, Uysal, Akın, Durmaz, Sönmez, Kılınç, Başaran, Ekinci, Altıntaş, Gündoğdu,
 Karadağ, Kaçar, Taşdemir, Çolak, Uzun, Aydoğan, Ceylan, Balcı, Akgül, Ayhan, Bilgin, Sevim, Güven, Eren, Akyüz,
 Karakuş, Güngör, Koca+oğlu, Hacı+oğlu, Kara+oğlu, Yazıcı, Öz, Aydemir, Tosun, Ay, Bilgiç, Bakır, Dağ, Tatlı, Çınar,
 Ekici, Yücel, Sezer, Öztaş, Kuş, Kurtuluş, Türk, Kalkan, Osman+oğlu, Ali+oğlu, Mustafa+oğlu, Hasan+oğlu,
 Yusuf+oğlu, Kaya+oğlu, Emir+oğlu"""

# Azerbaijani (native Latin with ə).  family given in masculine form.  ru= Russian-era forms
AZ_M = """Elvin, Rauf, Orxan, Rəşad, Elnur, Tural, Vüqar, Anar, kamran=Kamran, Elçin, ali=Əli, mohammad=Məhəmməd,
 hussein=Hüseyn, Ramil, farid=Fərid, Nihad, Ceyhun, murad=Murad, samir=Samir, ruslan=Ruslan, amine=Emin, Səbuhi,
 fouad=Fuad, Zaur, Vüsal, Elşən, jawid=Cavid, Namiq, Elmir, Rövşən, İlkin, Toğrul, jawad=Cavad, hassan=Həsən,
 rahim=Rəhim, Elçin, Kənan, Nurlan, Mirzə, İlham"""
AZ_F = """Aysel, Günel, layla=Leyla, Nigar, Aynur, Səbinə, Könül, Ülviyyə, Gülnar, narges=Nərgiz, Sevinc, Aytən, Lalə,
 Fidan, Aygün, Türkan, Zərifə, khadija=Xədicə, fatima=Fatimə, Səadət, shabnam=Şəbnəm, Nurlana, Vüsalə, Arzu, Rəna,
 samira=Samirə, Kəmalə, Nərmin, Gülşən, Sevda, Jalə, Təranə, Afət, Elnarə"""
AZ_FAM = """Məmmədov:ru=Mamedov:5/Mammadov:2, Əliyev:ru=Aliyev:5/Aliev:3, Hüseynov:ru=Guseynov:4/Huseynov:3/Gusejnov:1,
 Həsənov:ru=Gasanov:4/Hasanov:3, Quliyev:ru=Guliyev:4/Kuliev:3, İsmayılov:ru=Ismailov:5/Ismayilov:2,
 Abdullayev:ru=Abdullaev:5/Abdullayev:3, Rzayev:ru=Rzayev:4/Rzaev:3, Cəfərov:ru=Dzhafarov:4/Jafarov:3,
 Mustafayev:ru=Mustafaev:5, Əhmədov:ru=Akhmedov:4/Ahmedov:4, Kərimov:ru=Karimov:5/Kerimov:2, Babayev:ru=Babaev:5,
 Süleymanov:ru=Suleymanov:5/Suleimanov:2, Nəsirov:ru=Nasirov:5, Orucov:ru=Orudzhov:4/Orujov:3, Həmidov:ru=Gamidov:4/Hamidov:3,
 Vəliyev:ru=Veliyev:5/Veliev:3, Mirzəyev:ru=Mirzoev:3/Mirzaev:4, Qasımov:ru=Kasimov:4/Gasymov:3,
 Bayramov:ru=Bayramov:5/Bairamov:2, Nağıyev:ru=Nagiyev:5/Nagiev:3, Zeynalov:ru=Zeynalov:4/Zeinalov:3,
 Rəhimov:ru=Ragimov:4/Rahimov:3, Cəlilov:ru=Dzhalilov:4/Jalilov:3, Məlikov:ru=Melikov:5, Yusifov:ru=Yusifov:4/Yusupov:2,
 Əsədov:ru=Asadov:5, Musayev:ru=Musaev:5, İbrahimov:ru=Ibragimov:5/Ibrahimov:3, Hacıyev:ru=Gadzhiev:4/Hajiyev:3,
 Sadıqov:ru=Sadykhov:3/Sadigov:3, Şükürov:ru=Shukurov:5, Novruzov:ru=Novruzov:5, Aslanov:ru=Aslanov:5,
 Əzizov:ru=Azizov:5, Qurbanov:ru=Kurbanov:5/Gurbanov:3, Salmanov:ru=Salmanov:5, Əsgərov:ru=Askerov:5/Asgarov:2,
 Hümbətov:ru=Gumbatov:4/Humbatov:3, alizadeh=Əli+zadə:ru=Alizade:5, Həsənli:ru=Gasanly:3/Hasanli:3,
 Əhmədli:ru=Akhmedly:3/Ahmadli:3, Məmmədli:ru=Mamedli:3/Mammadli:3, Rzalı:ru=Rzaly:4/Rzali:3"""

# Georgian (national romanisation)
KA_M = """Giorgi, Davit, Nikoloz, Levan, Irakli, Zurab, Giga, Lasha, Luka, alexander=Aleksandre, Tornike, Beka,
 mikhail=Mikheil, Vakhtang, Gela, Tamaz, Archil, Shota, Otar, Revaz, Zaza, Mamuka, Koba, Goga, Dato, Teimuraz, Gocha"""
KA_F = """Nino, Tamar, maryam=Mariam, anna=Ana, Ketevan, Natia, Salome, Eka, Maia, Nana, Tamta, Sopho, Lika,
 Khatuna, Manana, Natela, Lela, Tinatin, Nato, irina=Irina, ekaterina=Ekaterine, elena=Elene, Teona, Mzia,
 marina=Marine, Maka, Nestan"""
KA_FAM = """Beridze, Kapanadze, Gelashvili, Maisuradze, Giorgadze, Lomidze, Tsiklauri, Bolkvadze, Kvaratskhelia,
 Nozadze, Abuladze, Khutsishvili, Tabatadze, Gogoladze, Chikovani, Janelidze, Mikeladze, Japaridze, Kiknadze,
 Dolidze, Jikia, Shengelia, Gvenetadze, Baratashvili, Natsvlishvili, Lominadze, Berishvili, Gogia, Kharaishvili,
 Mchedlishvili, Samkharadze, Kobakhidze, Gabunia, Chkheidze, Tsertsvadze, Melikishvili, Kurtanidze, Jokhadze,
 Kakabadze, Avaliani, Chanturia, Meskhi, Khachidze, Sulaberidze, Gogichaishvili"""

# Other origins (English-style native spellings with real alternatives)
LAT = {
 'NGA_M': """Chinedu, Emeka, Oluwaseun:4/Oluwasheun:1, Adebayo, ibrahim=Ibrahim, musa=Musa, abubakr=Abubakar:6/Aboubakar:1,
  Chukwuemeka, Ifeanyi, Tunde, Segun, Olumide, Babatunde, Uchenna, Obinna, Kelechi, Femi, youssef=Yusuf:6/Yusufu:1,
  Sani, Aliyu, samuel=Samuel, daniel=Daniel, david=David, emmanuel=Emmanuel, Godwin, peter=Peter, john=John,
  joseph=Joseph, michael=Michael, viktor=Victor, Friday, Sunday, Kingsley, Prince, Godspower, Osagie, Efosa,
  Osaro, Eghosa, Nosa, Osaretin, Ikechukwu, Chidi""",
 'NGA_F': """Blessing, Precious, Joy, Favour:5/Favor:2, Gift, Mercy, Faith, Esther, Grace, Patience, Chiamaka, Ngozi,
  Chioma, Adaeze, Amaka, Funmilayo, Folake, Oluwakemi, aisha=Aisha:4/Aishat:3/Aishatu:2, fatima=Fatima:5/Fatimah:2,
  Hauwa:6/Hawau:1, zainab=Zainab, Osasere, Efe, Eki, Osarugue, Esosa, Princess, Peace, Comfort, Loveth, Success,
  Happiness, Rita, mary=Mary, Vivian, Juliet, Gloria, Stella, Sandra, Janet, Osahon, Ivie, Uyi""",
 'NGA_FAM': """Okafor, Okonkwo, Eze, Nwosu, Obi, Okeke, Adeyemi, Adebayo, Ogunleye, Olawale, Bello, Abubakar,
  mohammad=Mohammed:5/Muhammad:3, ibrahim=Ibrahim, musa=Musa, youssef=Yusuf, Aliyu, Osagie, Osaghae, Igbinedion,
  Omoregie, Ehigiator, Edosomwan, Okoro, Nwachukwu, Chukwu, Ibe, Akpan, Udoh:5/Udo:2, Bassey, Etim, Effiong, Okon,
  Adeleke, Balogun, Ogundipe, Olatunji, Ojo, Ayodele, Johnson, Williams, Peters, Emmanuel, Ogbonna, Uzor,
  Agbonifo, Aigbe, Iyamu, Obaseki, Ogbeide, Osazuwa, Idahosa, Ikponmwosa, Osayande, Imafidon, Eguavoen""",
 'UGA_M': """joseph=Joseph, john=John, Moses, Brian, ivan=Ivan, Denis, emmanuel=Emmanuel, samuel=Samuel, Ronald,
  Isaac, Kevin, Patrick, peter=Peter, Paul, daniel=Daniel, Geoffrey, Robert, Richard, Charles, Frank, Godfrey""",
 'UGA_F': """Sarah, Grace, mary=Mary, Esther, Ruth, Florence, Immaculate, Prossy, Sharon, Agnes, Juliet, Joan, Faith,
  Mercy, Winnie, Brenda, Harriet, Rose, Annet, Doreen, Sylvia, Irene, Lydia, Eunice, Caroline, Jane, Lilian, Beatrice""",
 'UGA_FAM_M': """Mukasa, Ssemakula:4/Semakula:3, Kato, Okello, Opio, Mugisha, Tumusiime, Byaruhanga, Otieno, Ochieng,
  Kamau, Mwangi, Njoroge, Kiprop, Omondi, Wafula, Wekesa, Barasa, Ssekandi:4/Sekandi:3, Lubega, Kiggundu, Wasswa,
  Ouma, Odhiambo, Kipchumba, Mutua, Kimani, Waweru""",
 'UGA_FAM_F': """Nakato, Namubiru, Nansubuga, Nalwoga, Achieng, Akinyi, Wanjiru, Wambui, Nyambura, Atieno, Nabirye,
  Namukasa, Auma, Adongo, Nakimera, Nankya, Babirye, Namutebi, Nassali, Wanjiku, Njeri, Moraa, Chebet, Kemunto,
  Nekesa, Naliaka""",
 'PAK_M': """mohammad=Muhammad:5/Mohammad:3/Muhammed:1, ali=Ali, ahmad=Ahmed:5/Ahmad:3, hassan=Hassan:5/Hasan:3,
  osman=Usman:6/Osman:1, bilal=Bilal, Imran, kamran=Kamran, Asif, tarek=Tariq:6/Tarik:1, faisal=Faisal:5/Faysal:1,
  Shahid, Zubair:5/Zubayr:1, navid=Naveed:5/Navid:2, Waqas, adnan=Adnan, Irfan, nadim=Nadeem:5/Nadim:2,
  radwan=Rizwan:6/Ridwan:1, hamza=Hamza, Arslan, Shahzad, Sajid, jawid=Javed:5/Javaid:2, Khurram, fahd=Fahad""",
 'PAK_F': """aisha=Ayesha:5/Aisha:3, fatima=Fatima, sanaa=Sana, rabia=Rabia, Saima, nadia=Nadia, Sadia,
  amina=Amna:5/Amina:3, Hina, bushra=Bushra, Kiran, zainab=Zainab, Mehwish, Shazia, Samina, nazia=Nazia, Sobia,
  Uzma, Rukhsana, Shabana, Iqra, maryam=Maryam:5/Mariam:3""",
 'PAK_FAM': """khan=Khan, ahmad=Ahmed:5/Ahmad:3, ali=Ali, hussein=Hussain:6/Hussein:1, Iqbal, Butt, Malik,
  Qureshi:5/Kureshi:1, Chaudhry:5/Chaudhary:3/Choudhry:2, shah=Shah, Raza, Akhtar, javed=Javed, Siddiqui, Rana,
  Mirza, sheikh=Sheikh:5/Shaikh:2, Awan, abbasi=Abbasi, Baig:5/Beg:1, Nawaz, Aslam, Anwar, Hashmi,
  rahman=Rehman:5/Rahman:3, Bhatti, Gill""",
 'BGD_M': """mohammad=Md:3/Md.:2/Mohammad:3/Mohammed:1, rahim=Rahim, karim=Karim, Shahidul, Rafiqul, Aminul, Saiful,
  jahangir=Jahangir, kamal=Kamal, Sumon, Alamgir, Rubel, Shakil, jamal=Jamal, Mizanur, Habibur, Mostafizur,
  Ashraful, abdulkarim=Abdul Karim:5/Abdulkarim:1""",
 'BGD_F': """nisreen=Nasrin, shirin=Shirin, fatima=Fatema:5/Fatima:3, ruqayya=Rokeya:5/Rokeia:1, Taslima, Shahnaz,
  Parvin:4/Parveen:4, sultana=Sultana, Rahima, yasmin=Jesmin:4/Yasmin:3, Mousumi:4/Moushumi:2, Shapla, Rina, Ruma,
  Moni""",
 'BGD_FAM': """rahman=Rahman:5/Rahaman:2, hussein=Hossain:5/Hossen:2/Hussain:1, Islam, Uddin, ahmad=Ahmed,
  Miah:4/Mia:3, Sarker:4/Sarkar:3, Chowdhury:5/Choudhury:2, Alam, Haque:4/Hoque:3/Huq:1, khan=Khan, Biswas,
  sheikh=Sheikh, Mondal:4/Mandal:3, Talukder, Bhuiyan:4/Bhuiya:2, karim=Karim""",
 'BGD_FAM_F': """Akter:5/Akhter:3/Aktar:1, Begum, Khatun:5/Khatoon:2""",
 'PHL_F': """maria=Maria, Jennifer, Michelle, marygrace=Mary Grace:5/Marygrace:2, Rowena, Maricel, Jocelyn, Analyn,
  Jonalyn, roseann=Rose Ann:4/Roseann:2/Rosanne:1, kristina=Cristina, Angelica, Lovely, Princess, Joy, Rosalie,
  Marilou, Liezel:4/Liesel:1, Kristine, Charmaine, Mae, Divina, Sheila""",
 'PHL_M': """Jose, Juan, Mark, johnpaul=John Paul:5/Johnpaul:2, michael=Michael, Ricardo, Rodel, Jomar, Arnel,
  Reynaldo, Eduardo, Roberto, Jerome, Christian, Romeo, Danilo""",
 'PHL_FAM': """Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, delacruz=Dela Cruz:5/De la Cruz:2/Delacruz:2/De La Cruz:2,
  Ramos, Aquino, Villanueva, Castillo, Flores, Torres, deguzman=De Guzman:6/Deguzman:2, delrosario=Del Rosario:6/Delrosario:2,
  Gonzales, Lopez, Navarro, Fernandez, Tolentino, Manalo, Pascual, Dizon, Salazar, Aguilar, Soriano""",
 'IDN_F': """Siti, Sri, Dewi, noor=Nur, Rina, Wahyuni, Lestari, Rahayu, Ningsih, Yuliana, Susanti, Fitri, Indah, Ayu,
  Putri, Kartini, amina=Aminah, Nurhayati""",
 'IDN_M': """Agus, Budi, Eko, Hendra, Joko, Bambang, mohammad=Muhammad:5/Muhamad:3/Mohamad:2, Rudi, Andi, Dedi,
  Supriadi, Hidayat, Setiawan, Wahyudi, Kurniawan""",
}

# ----------------------------------------------------------------------------
# Origin pools for Arabic / Persian script origins (ids in rough frequency order)
# ----------------------------------------------------------------------------
POOLS = {
 'SYR_M': """mohammad ahmad ali mahmoud abdulrahman abdullah omar khaled hussein hassan mustafa youssef ibrahim khalil
  abdulkarim saleh jamal yasser ammar bilal hamza walid samer samir tarek karim majed nasser faisal abdulaziz anas
  osama zakaria ismail abdulqader ayman firas hani ziad radwan nabil adnan ayham wael muhannad hadi jihad rami fadi
  basel ghassan hisham marwan nureddin salah mazen murad suleiman idris younes issa musa haitham qusai obaida moaz
  abdulhamid abdulsalam abdulrazzaq abdulwahab shadi sami raed fouad hamed rashid said zaid ayoub louay alaa hazem
  nizar osman abbas jaafar hammoud mohsen qasim aqeel riyad yahya taha amjad tamer ihab kamal jalal bashar nawaf
  shaker munir hamdi abdulmajeed emad iyad luqman hussam wissam safwan ghaith yazan karam tayseer shukri fahd moayad
  abdulghani abdulmalik abubakr ashraf nadim fares thaer mutaz sultan aziz talal adel ramadan nouh akram hilal
  qutaiba salahuddin raad mahdi kadhim haider sajjad karrar laith jawad hamid""",
 'IRQ_M': """ali mohammad hussein ahmad mustafa abbas haider hassan karrar sajjad abdullah omar mahdi jaafar kadhim qasim
  aqeel muhannad abdulhussein khaled mahmoud yasser ammar zaid ibrahim salah raad saleh majed hamed riyad yahya
  taha younes youssef murad emad iyad adnan firas ghaith laith osama osman bilal hamza walid wael nabil basel
  ayman anas hadi fadi rami sami samir karim hisham marwan faisal fouad jamal kamal jalal bashar nizar louay alaa
  hazem abdulrahman abdulkarim abdulaziz abdulqader abdulsalam abdulrazzaq abdulwahab abdulmajeed munir hussam
  wissam safwan mutaz adel ramadan akram sultan talal aziz thaer fares qutaiba mohsen ismail suleiman ayoub issa
  musa idris zakaria nasser tarek jawad""",
 'SYR_F': """fatima aisha zainab maryam khadija amina noor rania hala rasha reem asmaa huda samira layla sara hanan
  salma nadia lina rahaf doaa ghada safaa marwa walaa ruqayya hiba israa batoul jana yasmin dalal nawal wafaa suad
  amal iman hanaa abeer raghad bushra hayat nisreen jamila khawla nada manal mona zahra sumaya hadeel malak tasneem
  ahlam samah hajar sawsan razan sidra asia latifa najwa kawthar halima rabia ibtisam farah dima aya shahad""",
 'IRQ_F': """zainab fatima maryam zahra noor huda ruqayya aisha sara hiba israa asmaa shahad doaa aya batoul kawthar
  iman amal hanan layla nadia rasha reem salma samira lina rahaf mona nada suad sumaya tasneem hadeel malak razan
  sawsan najwa wafaa hanaa ghada safaa marwa hala rania khadija amina yasmin bushra ahlam nisreen jamila khawla
  halima latifa ibtisam farah dima""",
 'MAG_M': """mohammad ahmad youssef rashid karim said mustafa abdulqader hamid nabil murad ibrahim abdulaziz hisham mahdi
  radwan abdelilah idris hassan lahcen larbi nureddin jamal farid sofiane bilal amine ayoub hamza anouar adel aziz
  khaled walid zakaria younes ilyas omar osman badr taoufik abderrahim abdelhak ali abdullah abdulrahman ismail
  suleiman salah munir kamal tarek samir yasser abdulkarim abdulmajeed abdulsalam abdulhamid abdulghani abdulmalik
  abdulrazzaq abubakr""",
 'MAG_F': """fatima khadija amina naima zahra samira nadia fatimazahra saida malika houria rachida latifa karima hafsa
  iman sanaa loubna siham maryam suad hanan ikram nawal amal kenza salma yasmin aisha hajar asmaa bushra hayat najwa
  layla rabia khawla kawthar halima jamila zainab sumaya""",
 'SYR_FAM': """hassan ahmad ali mohammad hussein khalil ibrahim saleh abdullah omar hamad khatib halabi masri shami
  homsi hamwi najjar haddad sabbagh attar khoury jaber darwish hamdan osman zoubi jasim hamed sheikh issa musa
  youssef mahmoud mustafa hammoud suleiman ismail assad hariri nasser hajj bakr qasim khodr rifai aswad abbas qadi
  sayed barzani hamo alloush shaaban hallak dabbagh akkad kanaan taha zein saad hilal noori ghanem hamdoun salem
  jumaa khalaf hamada awad faraj jabbour nassar mansour shehadeh sabri fares idlibi sharif omari hassoun dib
  khalifa badawi rashid suwaidi harb murad anazi mulla hamza zaher kharrat dakhil nahhas bitar yassin mahameed
  kaddour ghazal hijazi sheikho bakkour qassab fakhoury rahhal ajaj kayyali taleb jawad jaafar mohsen hindi kurdi""",
 'IRQ_FAM': """jubouri dulaimi obaidi tamimi shammari janabi azzawi saadi rubaie khafaji hashimi mousavi bayati tikriti
  kurdi ali hussein hassan ahmad mohammad abbas jasim kadhim saadoun hamoudi rawi ani hadithi mawsili baghdadi
  kubaisi samarrai fayad zaidi mashhadani lami khalaf awad hamdan jaber abdullah ibrahim saleh khalil omar sheikh
  mulla hajj barzani taha mahmoud salem hamad sayed zein saad noori ghanem jumaa faraj nassar mansour anazi khalifa
  qadi assad jaafar mohsen taleb hindi""",
 'MAG_FAM': """benali amrani idrissi alaoui fassi bouazizi belkacem boudiaf bouzid mansouri saidi zerrouki tazi bennani
  berrada chraibi benjelloun ouazzani kabbaj lahlou naciri trabelsi jebali gharbi ayari jlassi hammami mejri belhadj
  khelifi messaoudi mebarki ziani boumediene hamidi rahmani touati slimani meziane belaid brahimi amari benahmed
  bensaid benyoussef benmoussa benaissa benabdallah benomar benbrahim aitahmed aitali aitmoussa ouldali ouldahmed
  haddad sharif khatib kaddour yassin hajj""",
 'AFG_M': """mohammad ahmad ali abdullah abdulrahman hussein hassan noorullah zabihullah gul gulahmad gulmohammad
  ahmadshah hekmatullah rahmatullah saifullah hamidullah habibullah ezatullah najibullah samiullah abdulwahid
  abdulqader abdulghani abderrahim abdulbasir abdulmalik mohammadnabi jawid feroz bashir nasim qais sohrab zaher
  idris yama mirwais ajmal tamim sharif habib jalil khalil wali farid mahmoud rahim karim rahman nasser jamshid
  farhad omid hamid said mustafa mahdi reza ibrahim ismail youssef vahid masoud rasoul mansour qasim ehsan hadi
  sajjad yasser javad abbas amir morteza mojtaba""",
 'IRN_M': """mohammad ali hussein reza mahdi amir abolfazl amirhossein mohammadreza alireza mohammadali mohammadhossein
  ahmad hassan mahmoud abbas javad hamid said mojtaba morteza mustafa majid ibrahim ismail youssef karim rahim
  nasser jamshid farhad behrouz dariush omid arash babak sina kamran navid nima peyman pouya milad mehran shahram
  bahram hamed vahid masoud rasoul mansour qasim ehsan meysam hadi sajjad yasser afshin shahin""",
 'AFG_F': """fatima zahra maryam masoumeh zainab sakineh sumaya narges layla shabnam farzaneh sediqa gulalai malalai
  nazia nilofar gulnaz sima hamida tahmina fereshteh shakila halima parwana mina setareh nisreen zohreh mahboubeh
  ruqayya farida aziza hawa sharifa latifa nadia nafisa raziyeh khadija roya soraya marzieh robabeh""",
 'IRN_F': """fatima zahra maryam zainab masoumeh sakineh sumaya narges layla parisa shirin mahsa nazanin elham azam
  robabeh khadija roya soraya marzieh shabnam farzaneh sediqa nilofar gulnaz sima hamida tahmina fereshteh mina
  setareh nisreen zohreh mahboubeh ruqayya farida aziza nafisa raziyeh""",
 'AFG_FAM': """mohammadi ahmadi hosseini rahimi karimi amiri hakimi sultani noori sadat haidari jafari rezaei azizi
  habibi rasuli samadi safi popal hotak ahmadzai stanikzai yousufzai mohmand wardak kakar durrani barakzai popalzai
  achakzai noorzai shinwari afridi khan shah mirzaei naseri qaderi akbari faizi nazari sharifi hashimi amini
  sharifzada nabizada omari zazai sahak niazi mangal zadran karzai jalali ghani wali qasemi rahmani rahmati salehi
  sadiqi yaqubi ibrahimi yusufi hamidi waziri""",
 'IRN_FAM': """hosseini mohammadi ahmadi rezaei moradi karimi jafari rahimi haidari kazemi mousavi hashimi qasemi
  sadeghi rahmani abbasi amini ibrahimi mirzaei ahmadzadeh hosseinpour alizadeh rostami akbari sultani salehi
  bagheri najafi zare asadi yusufi hassani nazari mahmoudi ghorbani mohammadzadeh tehrani shirazi esfahani tabrizi
  mohammadpour khosravi farahani jalali shariati noori taheri rasuli naderi azizi hamidi sharifi ghaffari karami
  fathi safari kamali fazeli mansouri abedi hosseinzadeh rahimzadeh hassanzadeh tavakoli daneshvar ansari ashrafi
  bahrami kiani sohrabi jahani nikpour""",
}

# ----------------------------------------------------------------------------
# Origins.  w = share of persons.  lang = name system.
# ----------------------------------------------------------------------------
ORIGINS = {
 # code: (weight, lang, pools(m,f,fam), options)
 'SYR': dict(w=22, lang='ar', pm='SYR_M', pf='SYR_F', pfam='SYR_FAM', pass_style='en', chain=0.85, doc=0.6,
             jan1=0.15, given2=0.04, nofam=0.0, art=0.6, wrong=['IRQ', 'LBN', 'JOR', 'PSE', 'TUR']),
 'IRQ': dict(w=6, lang='ar', pm='IRQ_M', pf='IRQ_F', pfam='IRQ_FAM', pass_style='en', chain=0.95, doc=0.7,
             jan1=0.2, given2=0.0, nofam=0.0, art=0.75, gfather=0.5, wrong=['SYR', 'IRN', 'KWT']),
 'MAR': dict(w=2, lang='ar', pm='MAG_M', pf='MAG_F', pfam='MAG_FAM', pass_style='fr', chain=0.1, doc=0.85,
             jan1=0.05, given2=0.05, art=0.5, wrong=['DZA', 'TUN', 'ESH']),
 'DZA': dict(w=1.5, lang='ar', pm='MAG_M', pf='MAG_F', pfam='MAG_FAM', pass_style='fr', chain=0.1, doc=0.85,
             jan1=0.05, given2=0.05, art=0.5, wrong=['MAR', 'TUN', 'LBY'], shuffle=3),
 'TUN': dict(w=1, lang='ar', pm='MAG_M', pf='MAG_F', pfam='MAG_FAM', pass_style='fr', chain=0.1, doc=0.85,
             jan1=0.05, given2=0.05, art=0.5, wrong=['DZA', 'LBY', 'MAR'], shuffle=7),
 'AFG': dict(w=12, lang='fa', pm='AFG_M', pf='AFG_F', pfam='AFG_FAM', pass_style='en', chain=0.75, doc=0.35,
             jan1=0.35, given2=0.0, nofam=0.15, wrong=['IRN', 'PAK', 'TJK']),
 'IRN': dict(w=5, lang='fa', pm='IRN_M', pf='IRN_F', pfam='IRN_FAM', pass_style='en', chain=0.08, doc=0.8,
             jan1=0.05, given2=0.06, nofam=0.0, wrong=['AFG', 'IRQ', 'AZE']),
 'UZB': dict(w=9, lang='ca', sub='UZB', native='uz', doc=0.85, jan1=0.03, married=0.4, patr=0.7, wrong=['KGZ', 'TJK', 'KAZ', 'TKM']),
 'TKM': dict(w=6, lang='ca', sub='TKM', native='tm', doc=0.85, jan1=0.03, married=0.4, patr=0.6, wrong=['UZB', 'IRN']),
 'KGZ': dict(w=5, lang='ca', sub='KGZ', native='icao', doc=0.9, jan1=0.03, married=0.4, patr=0.7, wrong=['KAZ', 'UZB', 'TJK']),
 'KAZ': dict(w=2, lang='ca', sub='KAZ', native='icao', doc=0.9, jan1=0.03, married=0.4, patr=0.7, wrong=['KGZ', 'RUS', 'UZB']),
 'RUS': dict(w=3, lang='cyr', sub='ru', native='icao', doc=0.95, jan1=0.02, married=0.45, patr=1.0, wrong=['UKR', 'BLR', 'KAZ']),
 'UKR': dict(w=4, lang='cyr', sub='uk', native='icao', doc=0.95, jan1=0.02, married=0.45, patr=1.0, wrong=['RUS', 'MDA', 'BLR']),
 'BLR': dict(w=1, lang='cyr', sub='be', native='icao', doc=0.95, jan1=0.02, married=0.45, patr=1.0, wrong=['RUS', 'UKR']),
 'MDA': dict(w=3, lang='ro', doc=0.95, jan1=0.02, married=0.45, given2=0.05, wrong=['ROU', 'UKR'], alt_cit='ROU'),
 'GEO': dict(w=4, lang='ka', doc=0.95, jan1=0.02, married=0.35, wrong=['AZE', 'ARM', 'RUS']),
 'AZE': dict(w=3, lang='az', doc=0.9, jan1=0.03, married=0.3, patr=0.5, wrong=['GEO', 'TUR', 'IRN']),
 'TUR': dict(w=8, lang='trk', doc=1.0, jan1=0.02, married=0.5, given2=0.22, wrong=['SYR', 'AZE', 'DEU']),
 'NGA': dict(w=4, lang='lat', sub='NGA', doc=0.8, jan1=0.1, married=0.3, given2=0.35, wrong=['GHA', 'CMR', 'BEN']),
 'UGA': dict(w=1.5, lang='lat', sub='UGA', doc=0.8, jan1=0.1, married=0.0, given2=0.1, wrong=['KEN', 'RWA', 'TZA']),
 'KEN': dict(w=1, lang='lat', sub='UGA', doc=0.85, jan1=0.08, married=0.3, given2=0.1, wrong=['UGA', 'TZA']),
 'PAK': dict(w=2, lang='lat', sub='PAK', doc=0.6, jan1=0.15, married=0.0, given2=0.1, wrong=['AFG', 'IND']),
 'BGD': dict(w=1, lang='lat', sub='BGD', doc=0.6, jan1=0.15, married=0.0, given2=0.1, wrong=['IND', 'MMR']),
 'PHL': dict(w=1, lang='lat', sub='PHL', doc=0.95, jan1=0.02, married=0.35, given2=0.3, wrong=['IDN']),
 'IDN': dict(w=0.5, lang='lat', sub='IDN', doc=0.9, jan1=0.05, married=0.0, given2=0.5, nofam=1.0, wrong=['MYS', 'PHL']),
}

# ----------------------------------------------------------------------------
# Agencies and their habits
# ----------------------------------------------------------------------------
DATE_DEFAULT = dict(full=62, year_only=12, missing=5, jan1=6, dm_swap=2.5, year_off=2, day_typo=2,
                    age_derived=4, no_year_field=2, year_typo=0.5)
AGENCIES = {
 'EGM_POLICE': dict(styles={'tr': 80, 'pass': 20}, fallback='tr', upper=0.35, tr_locale=0.85, lower=0.01,
                    strip=0.22, swap=0.08, one_field=0.03, father=0.12, script=0.0, typo=0.07, sex_missing=0.02,
                    cit_missing=0.02, given2_keep=0.8, fam_first=0.5,
                    date=dict(DATE_DEFAULT, jan1=10)),
 'JGK_GENDARMERIE': dict(styles={'tr': 92, 'pass': 8}, fallback='tr', upper=0.65, tr_locale=0.9, lower=0.0,
                    strip=0.3, swap=0.1, one_field=0.06, father=0.1, script=0.0, typo=0.1, sex_missing=0.04,
                    cit_missing=0.05, given2_keep=0.7, fam_first=0.5,
                    date=dict(DATE_DEFAULT, full=45, year_only=20, missing=8, jan1=8)),
 'PMM_MIGRATION': dict(styles={'tr': 60, 'pass': 40}, fallback='tr', upper=0.2, tr_locale=0.9, lower=0.0,
                    strip=0.1, swap=0.04, one_field=0.01, father=0.2, script=0.06, typo=0.04, sex_missing=0.01,
                    cit_missing=0.01, given2_keep=0.9, fam_first=0.3,
                    date=dict(DATE_DEFAULT, full=78, year_only=5, missing=2)),
 'NGO_EN': dict(styles={'en': 75, 'pass': 25}, fallback='en', upper=0.05, tr_locale=0.0, lower=0.02,
                    strip=1.0, swap=0.05, one_field=0.05, father=0.35, script=0.05, typo=0.06, sex_missing=0.03,
                    cit_missing=0.04, given2_keep=0.75, fam_first=0.2,
                    date=dict(DATE_DEFAULT, full=50, year_only=18, age_derived=9)),
 'IOM': dict(styles={'en': 55, 'pass': 45}, fallback='en', upper=0.15, tr_locale=0.0, lower=0.0,
                    strip=0.6, swap=0.03, one_field=0.02, father=0.5, script=0.85, latin_with_script=0.6,
                    typo=0.04, sex_missing=0.01, cit_missing=0.01, given2_keep=0.85, fam_first=0.3,
                    date=dict(DATE_DEFAULT, full=72)),
 'CONSULATE': dict(styles={'pass': 70, 'native': 30}, fallback='en', upper=0.5, tr_locale=0.0, lower=0.0,
                    strip=0.0, swap=0.03, one_field=0.01, father=0.7, script=0.9, latin_with_script=0.8,
                    typo=0.02, sex_missing=0.0, cit_missing=0.0, given2_keep=0.95, fam_first=0.6,
                    date=dict(DATE_DEFAULT, full=90, year_only=2, missing=0.5, jan1=2, age_derived=0.5)),
 'NGO_FR': dict(styles={'fr': 85, 'pass': 15}, fallback='fr', upper=0.1, tr_locale=0.0, lower=0.0,
                    strip=1.0, swap=0.06, one_field=0.04, father=0.3, script=0.03, typo=0.06, sex_missing=0.02,
                    cit_missing=0.03, given2_keep=0.8, fam_first=0.7, famcaps=0.35,
                    date=dict(DATE_DEFAULT, full=58)),
 'NGO_DE': dict(styles={'de': 85, 'pass': 15}, fallback='de', upper=0.05, tr_locale=0.0, lower=0.0,
                    strip=1.0, swap=0.05, one_field=0.03, father=0.3, script=0.03, typo=0.05, sex_missing=0.02,
                    cit_missing=0.03, given2_keep=0.8, fam_first=0.3,
                    date=dict(DATE_DEFAULT, full=60)),
 'SHELTER': dict(styles={'tr': 55, 'en': 30, 'pass': 15}, fallback='tr', upper=0.15, tr_locale=0.6, lower=0.08,
                    strip=0.35, swap=0.1, one_field=0.25, father=0.2, script=0.0, typo=0.22, sex_missing=0.08,
                    cit_missing=0.1, given2_keep=0.65, fam_first=0.3,
                    date=dict(DATE_DEFAULT, full=35, year_only=22, missing=18, age_derived=10, jan1=6)),
}
AGENCY_W = {
 'arfa': dict(EGM_POLICE=22, JGK_GENDARMERIE=8, PMM_MIGRATION=22, NGO_EN=14, IOM=10, CONSULATE=4, NGO_FR=2, NGO_DE=3, SHELTER=10),
 'mag': dict(EGM_POLICE=20, JGK_GENDARMERIE=6, PMM_MIGRATION=20, NGO_EN=8, IOM=8, CONSULATE=6, NGO_FR=16, NGO_DE=3, SHELTER=10),
 'cis': dict(EGM_POLICE=22, JGK_GENDARMERIE=10, PMM_MIGRATION=22, NGO_EN=10, IOM=10, CONSULATE=6, NGO_FR=1, NGO_DE=3, SHELTER=12),
 'tur': dict(EGM_POLICE=32, JGK_GENDARMERIE=20, PMM_MIGRATION=12, NGO_EN=5, IOM=2, CONSULATE=0, NGO_FR=0, NGO_DE=1, SHELTER=25),
 'oth': dict(EGM_POLICE=22, JGK_GENDARMERIE=6, PMM_MIGRATION=22, NGO_EN=18, IOM=12, CONSULATE=5, NGO_FR=3, NGO_DE=3, SHELTER=10),
}
NREC_DIST = [(1, 45), (2, 28), (3, 15), (4, 7), (5, 3), (6, 2)]

# ============================================================================
# ENGINE
# ============================================================================
E = {}          # (table, id) -> entry
POOL = {}       # (origin, kind) -> WL of ids
GLOBAL_SEED = [0]
LOWER1 = {'İ': 'i'}

CYR_LETTERS = set('абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў')


def lat_id(s):
    s = s.translate(GEN_FOLD).lower()
    s = s.replace('ə', 'a')
    return ''.join(c for c in s if c.isalnum())


# ---------------- Cyrillic romanisation (several systems) -------------------
CYR_ICAO = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh', 'з': 'z', 'и': 'i',
            'й': 'i', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't',
            'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': 'ie', 'ы': 'y',
            'ь': '', 'э': 'e', 'ю': 'iu', 'я': 'ia', 'і': 'i', 'ї': 'i', 'є': 'ie', 'ґ': 'g', 'ў': 'u', "'": ''}
CYR_SYS = {
    'icao': {},
    'bgn': {'й': 'y', 'ю': 'yu', 'я': 'ya', 'ъ': '', 'ь': [('', 7), ("'", 3)]},
    'sci': {'ж': 'ž', 'х': [('ch', 1), ('x', 1)], 'ц': 'c', 'ч': 'č', 'ш': 'š', 'щ': 'šč', 'ю': 'ju', 'я': 'ja',
            'й': 'j', 'ъ': '', 'ь': [('', 6), ('ʹ', 4)], 'э': [('è', 1), ('e', 2)], 'ў': 'ŭ'},
    'de': {'в': 'w', 'ж': [('sch', 7), ('sh', 3)], 'з': 's', 'й': 'j', 'х': 'ch', 'ц': 'z', 'ч': 'tsch',
           'ш': 'sch', 'щ': 'schtsch', 'ъ': '', 'ю': 'ju', 'я': 'ja'},
    'fr': {'ж': 'j', 'у': 'ou', 'х': 'kh', 'ц': 'ts', 'ч': 'tch', 'ш': 'ch', 'щ': 'chtch', 'ъ': '', 'ю': 'iou',
           'я': 'ia', 'й': [('ï', 3), ('i', 7)], 'ў': 'ou'},
    'tr': {'ж': 'j', 'х': 'h', 'ц': [('ts', 6), ('s', 4)], 'ч': 'ç', 'ш': 'ş', 'щ': [('ş', 5), ('şç', 5)], 'ъ': '',
           'ы': [('ı', 6), ('i', 4)], 'ю': 'yu', 'я': 'ya', 'й': 'y'},
    'uz': {'х': 'x', 'ж': 'j', 'ц': [('ts', 5), ('s', 5)], 'й': 'y', 'ю': 'yu', 'я': 'ya', 'ы': 'i', 'ъ': '',
           'ў': "o'", 'қ': 'q', 'ғ': "g'", 'ҳ': 'h'},
    'tm': {'х': 'h', 'ш': 'ş', 'ч': 'ç', 'ж': [('j', 6), ('ž', 4)], 'й': 'ý', 'ю': 'ýu', 'я': 'ýa', 'ы': 'y',
           'ц': 's', 'ъ': ''},
}
CYR_VOW = set('аеёиоуыэюяіїє')


def _o(rng, v):
    return v if isinstance(v, str) else pick(rng, v)


def cyr_translit(text, system, lang, rng):
    s = text.lower()
    n = len(s)
    sm = CYR_SYS[system]
    out = []
    i = 0
    while i < n:
        c = s[i]
        prev = s[i - 1] if i else ' '
        nxt = s[i + 1] if i + 1 < n else ' '
        ws = prev in ' -'
        iot = ws or prev in CYR_VOW or prev in "ъь'"
        r = None
        # adjective-like ending -ий / -ый
        if c in 'иы' and nxt == 'й' and (i + 2 == n or s[i + 2] in ' -') and lang == 'ru':
            base = 'i' if c == 'и' else 'y'
            if system == 'icao':
                r = base + 'i'
            elif system == 'bgn':
                r = pick(rng, [(base + 'y', 6), ('y' if base == 'i' else 'yy', 2), (base, 2)])
            elif system == 'de':
                r = pick(rng, [(base, 6), (base + 'j', 4)])
            elif system == 'fr':
                r = base
            elif system == 'tr':
                r = pick(rng, [(base + 'y', 5), (base, 5)])
            elif system == 'sci':
                r = base + 'j'
            else:
                r = base + 'y'
            out.append(r)
            i += 2
            continue
        if c == 'к' and nxt == 'с' and system in ('de', 'fr', 'bgn'):
            p = {'de': 0.5, 'fr': 0.4, 'bgn': 0.2}[system]
            if rng.random() < p:
                out.append('x')
                i += 2
                continue
        if lang in ('uk', 'be'):
            if c == 'г':
                r = pick(rng, [('h', 6), ('g', 4)]) if system == 'fr' else 'h'
            elif c == 'и' and lang == 'uk':
                r = 'y'
            elif c == 'ї':
                r = {'de': 'ji', 'sci': 'ji', 'fr': 'ï'}.get(system, 'yi' if (ws if system == 'icao' else iot) else 'i')
            elif c == 'є':
                r = {'de': 'je', 'sci': 'je', 'fr': 'ie'}.get(system, 'ye' if (ws if system == 'icao' else iot) else 'ie')
            elif c == 'е':
                r = 'e'
            elif c in 'йюя' and system in ('icao', 'bgn', 'tr'):
                # national systems: initial forms only at the start of a word
                r = {'й': ('y', 'i'), 'ю': ('yu', 'iu'), 'я': ('ya', 'ia')}[c][0 if (ws or system != 'icao') else 1]
                if system in ('bgn', 'tr') and c == 'й':
                    r = 'y' if iot else 'i'
        if r is None:
            if c == 'е':
                if iot and system in ('bgn', 'de', 'tr', 'uz', 'tm'):
                    r = {'bgn': 'ye', 'de': 'je', 'uz': 'ye'}.get(system)
                    if system == 'tr':
                        r = pick(rng, [('ye', 6), ('e', 4)])
                    elif system == 'tm':
                        r = pick(rng, [('ýe', 5), ('e', 5)])
                else:
                    r = 'e'
            elif c == 'ё':
                if system == 'icao':
                    r = 'e'
                elif system == 'bgn':
                    r = 'yo' if iot else pick(rng, [('e', 5), ('yo', 5)])
                elif system == 'de':
                    r = 'jo'
                elif system == 'fr':
                    r = 'io' if not iot else pick(rng, [('io', 5), ('yo', 5)])
                elif system == 'sci':
                    r = pick(rng, [('ë', 3), ('e', 7)])
                elif system == 'tm':
                    r = 'ýo'
                else:
                    r = 'yo'
            elif c == 'ю' and system == 'fr' and ws:
                r = pick(rng, [('iou', 5), ('you', 5)])
            elif c == 'я' and system == 'fr' and ws:
                r = pick(rng, [('ia', 5), ('ya', 5)])
            elif c == 'с' and system in ('de', 'fr') and prev in CYR_VOW and nxt in CYR_VOW and rng.random() < 0.7:
                r = 'ss'
            elif c in sm:
                r = _o(rng, sm[c])
            elif c in CYR_ICAO:
                r = CYR_ICAO[c]
            else:
                r = c
        out.append(r)
        i += 1
    res = ''.join(out)
    return cap_name(res)


def cyr_fem(s, lang):
    if s.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
        return s + 'а'
    for a, b in (('ський', 'ська'), ('цький', 'цька'), ('ский', 'ская'), ('цкий', 'цкая')):
        if s.endswith(a):
            return s[:-len(a)] + b
    if s.endswith('ий'):
        return s[:-2] + ('а' if lang == 'uk' else 'ая')
    if s.endswith('ой'):
        return s[:-2] + 'ая'
    return s


def patr_ru(f, sex):
    special = {'Илья': ('Ильич', 'Ильинична'), 'Никита': ('Никитич', 'Никитична'), 'Пётр': ('Петрович', 'Петровна')}
    if f in special:
        return special[f][0 if sex == 'M' else 1]
    if f.endswith('ий'):
        stem = f[:-2]
        suf = ('иевич', 'иевна') if (len(stem) >= 2 and stem[-2].lower() not in CYR_VOW) else ('ьевич', 'ьевна')
        return stem + suf[0 if sex == 'M' else 1]
    if f.endswith(('й', 'ь')):
        return f[:-1] + ('евич' if sex == 'M' else 'евна')
    if f.endswith(('а', 'я')):
        return f + ('евич' if sex == 'M' else 'евна')
    return f + ('ович' if sex == 'M' else 'овна')


def patr_uk(f, sex):
    special = {'Федір': ('Федорович', 'Федорівна'), 'Микита': ('Микитович', 'Микитівна'), 'Ілля': ('Ілліч', 'Іллівна')}
    if f in special:
        return special[f][0 if sex == 'M' else 1]
    m = sex == 'M'
    if f.endswith('ій'):
        return f[:-2] + ('ійович' if m else 'іївна')
    if f.endswith('о'):
        return f[:-1] + ('ович' if m else 'івна')
    if f.endswith('а'):
        return f[:-1] + ('айович' if m else 'аївна')
    if f.endswith('ь'):
        return f[:-1] + ('ьович' if m else 'івна')
    return f + ('ович' if m else 'івна')


# --------------- Latin-native variation rules --------------------------------
def _rules(spec):
    return (spec, max(len(k) for k in spec))


LV = {
    ('trk', 'de'): _rules({'ş': [('sch', 3), ('s', 7)], 'ç': [('tsch', 2), ('c', 8)], 'ğ': 'g', 'ı': 'i',
                           'ö': [('ö', 6), ('oe', 2), ('o', 2)], 'ü': [('ü', 6), ('ue', 2), ('u', 2)], 'â': 'a'}),
    ('trk', 'fr'): _rules({'ş': [('ch', 3), ('s', 7)], 'ç': [('ç', 3), ('c', 7)], 'ğ': 'g', 'ı': 'i', 'ö': 'o',
                           'ü': [('u', 6), ('ü', 4)], 'â': 'a'}),
    ('az', 'tr'): _rules({'ə': 'e', 'x': 'h', 'q': [('g', 6), ('k', 4)]}),
    ('az', 'en'): _rules({'ə': [('a', 8), ('e', 2)], 'x': 'kh', 'q': 'g', 'ş': 'sh', 'ç': 'ch', 'c': 'j', 'j': 'zh',
                          'ğ': [('gh', 6), ('g', 4)], 'ı': [('i', 7), ('y', 3)], 'ö': 'o', 'ü': 'u', 'i̇': 'i'}),
    ('az', 'de'): _rules({'ə': [('ä', 2), ('a', 6), ('e', 2)], 'x': 'ch', 'q': 'g', 'ş': 'sch', 'ç': 'tsch',
                          'c': [('dsch', 4), ('dj', 3), ('c', 3)], 'j': 'sh', 'ğ': 'g', 'ı': [('y', 5), ('i', 5)]}),
    ('az', 'fr'): _rules({'ə': [('a', 6), ('e', 4)], 'x': 'kh', 'q': 'g', 'ş': 'ch', 'ç': 'tch', 'c': 'dj',
                          'ğ': 'gh', 'ı': [('y', 4), ('i', 6)], 'ü': 'u', 'ö': 'o'}),
    ('az', 'ru'): _rules({'ə': [('a', 5), ('e', 5)], 'x': 'kh', 'q': [('g', 6), ('k', 4)], 'ş': 'sh', 'ç': 'ch',
                          'c': 'dzh', 'j': 'zh', 'ğ': 'g', 'ı': 'y', 'ü': [('yu', 5), ('u', 5)],
                          'ö': [('yo', 5), ('o', 5)]}),
    ('ka', 'tr'): _rules({'sh': 'ş', 'ch': 'ç', 'kh': 'h', 'gh': [('ğ', 5), ('g', 5)], 'zh': 'j', 'j': 'c',
                          'q': 'k', 'w': 'v'}),
    ('ka', 'de'): _rules({'sh': 'sch', 'ch': 'tsch', 'kh': 'ch', 'zh': 'sch', 'j': [('dsch', 5), ('j', 5)], 'q': 'k',
                          'ts': [('z', 4), ('ts', 6)], 'v': [('w', 6), ('v', 4)]}),
    ('ka', 'fr'): _rules({'sh': 'ch', 'ch': 'tch', 'zh': 'j', 'j': 'dj', 'q': [('k', 5), ('q', 5)],
                          'u': [('ou', 6), ('u', 4)]}),
    ('lat', 'tr'): _rules({'sh': [('ş', 15), ('sh', 85)], 'ch': [('ç', 12), ('ch', 88)], 'w': [('v', 8), ('w', 92)],
                           'j': [('c', 5), ('j', 95)]}),
    ('lat', 'de'): _rules({'sh': [('sch', 20), ('sh', 80)], 'j': [('dsch', 3), ('j', 97)]}),
    ('lat', 'fr'): _rules({'u': [('ou', 8), ('u', 92)], 'sh': [('ch', 10), ('sh', 90)]}),
    ('ro', 'native'): _rules({'ș': [('ș', 6), ('ş', 4)], 'ț': [('ț', 6), ('ţ', 4)]}),
    ('ro', 'tr'): _rules({'ș': 'ş', 'ț': [('t', 5), ('ţ', 5)], 'ă': 'a', 'â': 'a', 'î': 'i'}),
}
KA_OV = {'davit': {'en': [('Davit', 6), ('David', 4)], 'de': [('Dawit', 3), ('David', 5)], 'tr': [('Davit', 8)],
                   'fr': [('David', 6), ('Davit', 4)]},
         'giorgi': {'de': [('Giorgi', 6), ('Georgi', 3)], 'fr': [('Guiorgui', 2), ('Giorgi', 8)],
                    'tr': [('Giorgi', 7), ('Gorgi', 1)]},
         'irakli': {'en': [('Irakli', 8), ('Irakliy', 1)]},
         'nikoloz': {'en': [('Nikoloz', 7), ('Nikolozi', 2)], 'tr': [('Nikoloz', 8)]},
         'levan': {'en': [('Levan', 8), ('Levani', 2)]}}


def apply_rules(s, rules, rng):
    spec, maxlen = rules
    low = ''.join(LOWER1.get(c, c.lower()) for c in s)
    out = []
    i = 0
    n = len(s)
    while i < n:
        for L in range(min(maxlen, n - i), 0, -1):
            seg = low[i:i + L]
            if seg in spec:
                opt = spec[seg]
                r = opt if isinstance(opt, str) else pick(rng, opt)
                if s[i].isupper():
                    r = r[:1].upper() + r[1:]
                out.append(r)
                i += L
                break
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)


def latin_vary(s, lang, style, rng):
    if style in ('native', 'pass'):
        if lang == 'ro':
            return apply_rules(s, LV[('ro', 'native')], rng)
        return s
    if lang == 'trk':
        if style == 'tr':
            return s
        if style == 'en':
            return s.translate(TR_FOLD) if rng.random() < 0.85 else s
        return apply_rules(s, LV[('trk', style)], rng)
    if lang == 'ro':
        if style == 'tr':
            return apply_rules(s, LV[('ro', 'tr')], rng)
        return s.translate(GEN_FOLD)
    if lang == 'az':
        if style == 'ru' and s[:1] == 'H' and rng.random() < 0.6:
            s = 'G' + s[1:]
        return apply_rules(s, LV[('az', style)], rng)
    if lang in ('ka', 'lat'):
        r = LV.get((lang, style))
        return apply_rules(s, r, rng) if r else s
    return s


# --------------- table loading ------------------------------------------------
def load_arfa(text, tbl, lang, given_tbl=None):
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        f = (line.split('|') + [''] * 5)[:5]
        nid, script, base, flags, ov = [x.strip() for x in f]
        if script == '=':
            g = E[(given_tbl, nid)]
            e = dict(g)
            e['flags'] = g['flags'].replace('A', '') + flags
        elif script.startswith('P:'):
            _, part, ref = script.split(':')
            e = dict(id=nid, script='', base='', flags=flags + 'P', ov={}, particle=part, ref=ref)
        else:
            e = dict(id=nid, script=script, base=base, flags=flags, ov=parse_ov(ov))
        e['id'] = nid
        e['lang'] = lang
        E[(tbl, nid)] = e


def parse_lat_entry(tok):
    tok = tok.strip()
    nid = None
    if '=' in tok:
        nid, tok = tok.split('=', 1)
        nid = nid.strip()
    sps = parse_weighted(tok, sep='/')
    if nid is None:
        nid = lat_id(sps[0][0])
    return nid, sps


def split_entries(text):
    return [t for t in (x.strip() for x in text.replace('\n', ' ').split(',')) if t]


def load_lat_list(text, tbl, lang):
    ids = []
    for tok in split_entries(text):
        ru = None
        if ':ru=' in tok:
            tok, rus = tok.split(':ru=', 1)
            ru = parse_weighted(rus, sep='/')
        nid, sps = parse_lat_entry(tok)
        comp = any(' ' in s or '-' in s for s, _ in sps)
        e = E.get((tbl, nid))
        if e is None:
            E[(tbl, nid)] = dict(id=nid, sp=sps, ru=ru, lang=lang, compound=comp,
                                 flags=('Z' if any('+' in s for s, _ in sps) else ''))
        ids.append(nid)
    return ids


def load_ca_tokens(text, tbl, family=False):
    ids = []
    for tok in text.split():
        nid = None
        if '=' in tok:
            nid, tok = tok.split('=', 1)
        alts = tok.split('/')
        for a in alts:
            assert set(a.lower()) <= CYR_LETTERS | {'-'}, ('non-cyrillic', a)
        if nid is None:
            nid = lat_id(cyr_translit(alts[0], 'icao', 'ru', random.Random(0)))
        if family:
            nid = 'f_' + nid if not nid.startswith('f_') else nid
            nid = nid[2:]
        if (tbl, nid) not in E:
            E[(tbl, nid)] = dict(id=nid, alts=alts, lang='ca')
        ids.append(nid)
    return ids


def build_tables():
    load_arfa(AR_GIVEN, 'ar', 'ar')
    load_arfa(AR_FAMILY, 'arf', 'ar', 'ar')
    load_arfa(FA_GIVEN, 'fa', 'fa')
    load_arfa(FA_FAMILY, 'faf', 'fa', 'fa')
    # Arabic / Persian pools
    for code, o in ORIGINS.items():
        if o['lang'] not in ('ar', 'fa'):
            continue
        gt, ft = o['lang'], o['lang'] + 'f'
        lists = {}
        for kind, key, tb in (('M', o['pm'], gt), ('F', o['pf'], gt), ('fam', o['pfam'], ft)):
            ids = POOLS[key].split()
            for x in ids:
                assert (tb, x) in E, (code, tb, x)
            if o.get('shuffle'):
                r = random.Random(o['shuffle'])
                ids = ids[:]
                for k in range(len(ids) - 1):
                    if r.random() < 0.5:
                        j = min(len(ids) - 1, k + r.randint(1, 6))
                        ids[k], ids[j] = ids[j], ids[k]
            lists[kind] = ids
        POOL[(code, 'M')] = zipf_wl(lists['M'], 1.0)
        POOL[(code, 'F')] = zipf_wl(lists['F'], 0.9)
        POOL[(code, 'fam')] = zipf_wl(lists['fam'], 0.75, 2.0)
    # Slavic
    for text, sex in ((SLAV_MALE, 'M'), (SLAV_FEMALE, 'F')):
        ids = {'ru': [], 'uk': [], 'be': [], 'ro': []}
        for line in text.strip().splitlines():
            f = (line.strip().split('|') + [''] * 5)[:5]
            nid, ru, uk, be, ro = [x.strip() for x in f]
            for cy in (ru, uk, be):
                assert set(cy.lower()) <= CYR_LETTERS | {'-', "'"}, ('non-cyrillic', cy)
            e = dict(id=nid, ru=ru or None, uk=uk or None, be=be or None, ro=ro or None, lang='cyr')
            E[('slav', nid)] = e
            if ru:
                ids['ru'].append(nid)
            if uk:
                ids['uk'].append(nid)
            if be or ru:
                ids['be'].append(nid)
            if ro:
                ids['ro'].append(nid)
        md_only = {'ion', 'stefan', 'doina', 'aurelia', 'rodica', 'daniela', 'corina', 'mariana', 'angela'}
        POOL[('RUS', sex)] = zipf_wl([x for x in ids['ru'] if x not in md_only], 0.9)
        POOL[('UKR', sex)] = zipf_wl([x for x in ids['uk'] if x not in md_only], 0.9)
        POOL[('BLR', sex)] = zipf_wl([x for x in ids['be'] if x not in md_only], 0.9)
        mda = [x for x in ids['ro']]
        if sex == 'M':
            mda.remove('ion')
            mda.insert(0, 'ion')
        POOL[('MDA', sex)] = zipf_wl(mda, 0.9)
    for code, text, sub in (('RUS', RUS_FAM, 'ru'), ('UKR', UKR_FAM, 'uk'), ('BLR', BLR_FAM, 'ru')):
        ids = []
        for tok in text.split():
            parts = tok.split('/')
            for a in parts:
                assert set(a.lower()) <= CYR_LETTERS | {'-', "'"}, ('non-cyrillic', a)
            nid = lat_id(cyr_translit(parts[0], 'icao', sub, random.Random(0)))
            e = E.get(('slavf', nid))
            if e is None:
                e = dict(id=nid, ru=None, uk=None, ro=None, lang='cyr')
                E[('slavf', nid)] = e
            if sub == 'uk':
                e['uk'] = parts[0]
                e['ru'] = parts[1] if len(parts) > 1 else e['ru']
            else:
                e['ru'] = parts[0]
            ids.append(nid)
        POOL[(code, 'fam')] = zipf_wl(ids, 0.7, 2.0)
    ids = []
    for tok in MDA_FAM.split():
        lat, cy = tok.split('/')
        nid = lat_id(lat)
        E[('slavf', nid)] = dict(id=nid, ro=lat, ru=cy, uk=None, lang='cyr')
        ids.append(nid)
    POOL[('MDA', 'fam')] = zipf_wl(ids, 0.7, 2.0)
    # Central Asian
    for key, text in CA_GIVEN.items():
        sub, sx = key.split('_')
        POOL[(sub, sx)] = zipf_wl(load_ca_tokens(text, 'ca'), 0.9)
    for sub, text in CA_FAM.items():
        POOL[(sub, 'fam')] = zipf_wl(load_ca_tokens(text, 'caf', family=True), 0.7, 2.0)
    # Latin-native
    POOL[('TUR', 'M')] = zipf_wl(load_lat_list(TRK_M, 'trk', 'trk'), 1.0)
    POOL[('TUR', 'F')] = zipf_wl(load_lat_list(TRK_F, 'trk', 'trk'), 0.9)
    POOL[('TUR', 'fam')] = zipf_wl(load_lat_list(TRK_FAM, 'trkf', 'trk'), 0.8, 2.0)
    POOL[('AZE', 'M')] = zipf_wl(load_lat_list(AZ_M, 'az', 'az'), 0.9)
    POOL[('AZE', 'F')] = zipf_wl(load_lat_list(AZ_F, 'az', 'az'), 0.9)
    POOL[('AZE', 'fam')] = zipf_wl(load_lat_list(AZ_FAM, 'azf', 'az'), 0.8, 2.0)
    POOL[('GEO', 'M')] = zipf_wl(load_lat_list(KA_M, 'ka', 'ka'), 0.9)
    POOL[('GEO', 'F')] = zipf_wl(load_lat_list(KA_F, 'ka', 'ka'), 0.9)
    POOL[('GEO', 'fam')] = zipf_wl(load_lat_list(KA_FAM, 'kaf', 'ka'), 0.7, 2.0)
    for key, text in LAT.items():
        fam = 'FAM' in key
        ids = load_lat_list(text, 'latf' if fam else 'lat', 'lat')
        parts = key.split('_')
        sub = parts[0]
        if key.endswith('FAM'):
            POOL[(sub, 'fam')] = zipf_wl(ids, 0.75, 2.0)
        elif key.endswith('FAM_M'):
            POOL[(sub, 'fam_M')] = zipf_wl(ids, 0.75, 2.0)
        elif key.endswith('FAM_F'):
            POOL[(sub, 'fam_F')] = zipf_wl(ids, 0.75, 2.0)
        else:
            POOL[(sub, parts[1])] = zipf_wl(ids, 0.9)


def pool_key(o, code):
    if o['lang'] in ('ca', 'lat'):
        return o['sub']
    return code


# --------------- variant caches -------------------------------------------------
CACHE = {}


def _cache_rng(key):
    return random.Random(crc(repr(key)) ^ GLOBAL_SEED[0])


def arfa_variants(tbl, nid, style):
    key = ('af', tbl, nid, style)
    wl = CACHE.get(key)
    if wl is not None:
        return wl
    e = E[(tbl, nid)]
    rng = _cache_rng(key)
    items = []
    ov = e['ov'].get(style)
    if e['base']:
        n = 24
        wr = 0.15 if ov else 1.0
        for _ in range(n):
            items.append((af_render(e['base'], style, rng, e['lang']), wr / n))
    if ov:
        tot = sum(w for _, w in ov)
        scale = 0.85 if e['base'] else 1.0
        items.extend((s, scale * w / tot) for s, w in ov)
    if not items:
        alt = e['ov'].get('en') or [(nid.capitalize(), 1.0)]
        items = list(alt)
    wl = WL(items)
    CACHE[key] = wl
    return wl


def cyr_variants(text, system, lang):
    key = ('cy', text, system, lang)
    wl = CACHE.get(key)
    if wl is None:
        rng = _cache_rng(key)
        wl = WL([(cyr_translit(text, system, lang, rng), 1.0) for _ in range(12)])
        CACHE[key] = wl
    return wl


def lat_variants(tbl, nid, style, sps=None, lang=None):
    key = ('lv', tbl, nid, style)
    wl = CACHE.get(key)
    if wl is None:
        e = E[(tbl, nid)]
        rng = _cache_rng(key)
        sps = sps or e['sp']
        lang = lang or e['lang']
        if lang == 'ka' and nid in KA_OV and style in KA_OV[nid]:
            items = list(KA_OV[nid][style])
        else:
            items = []
            for _ in range(16):
                items.append((latin_vary(pick(rng, sps), lang, style, rng), 1.0))
        wl = WL(items)
        CACHE[key] = wl
    return wl

# --------------- person model ---------------------------------------------------
class Person(object):
    pass


ORIGIN_WL = None
AGENCY_WL = {}
GIVEN_ROLES = ('given', 'given2', 'father', 'gfather', 'famfather')
FAM_ROLES = ('family', 'married', 'middle')


def agency_group(code, o):
    if code in ('MAR', 'DZA', 'TUN'):
        return 'mag'
    if o['lang'] in ('ar', 'fa'):
        return 'arfa'
    if code == 'TUR':
        return 'tur'
    if o['lang'] in ('cyr', 'ca', 'ro', 'ka', 'az'):
        return 'cis'
    return 'oth'


def days_in(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def sample_age(rng):
    r = rng.random()
    if r < 0.20:
        return rng.randint(12, 17)
    if r < 0.55:
        return rng.randint(18, 25)
    if r < 0.83:
        return rng.randint(26, 35)
    if r < 0.97:
        return rng.randint(36, 50)
    return rng.randint(51, 65)


def sample_name(rng, wl, exclude=()):
    for _ in range(8):
        x = wl.sample(rng)
        if x not in exclude:
            return x
    return x


def fam_has_art(lang, nid, o, rng):
    if lang != 'ar' or nid is None:
        return False
    e = E[('arf', nid)]
    return 'A' in e['flags'] and rng.random() < o.get('art', 0.5)


def new_person(rng, hh, sex, age, exclude=(), **kw):
    o = hh['o']
    code = hh['code']
    pk = hh['pk']
    p = Person()
    p.code, p.o, p.lang, p.pk, p.sex = code, o, o['lang'], pk, sex
    p.sub = o.get('sub') if o['lang'] == 'cyr' else ('ru' if o['lang'] in ('ro', 'ca') else None)
    p.fid = hh['fid']
    p.given = kw.get('given') or sample_name(rng, POOL[(pk, sex)], exclude)
    p.given2 = None
    if rng.random() < o.get('given2', 0.0):
        p.given2 = sample_name(rng, POOL[(pk, sex)], (p.given,) + tuple(exclude))
    if code == 'IDN' and p.given2 in ('siti', 'sri', 'noor', 'mohammad') and p.given not in ('siti', 'sri', 'noor', 'mohammad'):
        p.given, p.given2 = p.given2, p.given
    p.father = kw.get('father', hh['father'])
    p.gfather = kw.get('gfather', hh['gfather'])
    p.chain = p.lang in ('ar', 'fa') and rng.random() < o.get('chain', 0.0)
    p.family = kw.get('family', hh['fam'])
    p.fam_art = kw.get('fam_art', hh['fam_art'])
    if code in ('UGA',) or (code == 'KEN' and sex == 'F' and rng.random() < 0.3):
        p.family = POOL[(pk, 'fam_' + sex)].sample(rng)
    if code == 'BGD' and sex == 'F' and rng.random() < 0.6:
        p.family = POOL[(pk, 'fam_F')].sample(rng)
    p.middle = hh.get('middle')
    p.married = kw.get('married')
    p.mar_art = False
    if p.married is None and sex == 'F' and age >= 20 and rng.random() < o.get('married', 0.0) and p.family:
        fk = (pk, 'fam') if (pk, 'fam') in POOL else (pk, 'fam_M')
        p.married = sample_name(rng, POOL[fk], (p.family,))
        p.mar_art = fam_has_art(p.lang, p.married, o, rng)
    y = hh['R'] - age
    if 'dob' in kw:
        p.dob = kw['dob']
    else:
        m = rng.randint(1, 12)
        p.dob = (y, m, rng.randint(1, days_in(y, m)))
        if rng.random() < o.get('jan1', 0.03):
            p.dob = (y, 1, 1)
    p.doc = rng.random() < o.get('doc', 0.9)
    p.cit = code
    p.pp = {}
    lang = p.lang
    if lang in ('ar', 'fa'):
        p.pstyle = o.get('pass_style', 'en')
    elif lang == 'cyr':
        p.pstyle = 'icao' if rng.random() < 0.7 else 'bgn'
    elif lang == 'ca':
        nat = o.get('native', 'icao')
        p.pstyle = nat if (nat != 'icao' and rng.random() < 0.45) else ('icao' if rng.random() < 0.75 else 'bgn')
    elif lang == 'ro':
        p.pstyle = 'native' if rng.random() < 0.6 else 'en'
    elif lang == 'az':
        p.pstyle = 'native' if rng.random() < 0.6 else 'en'
    else:
        p.pstyle = 'native'
    p.R = hh['R']
    return p


def gen_household(rng, hid, buffer):
    global ORIGIN_WL
    code = ORIGIN_WL.sample(rng)
    o = ORIGINS[code]
    lang = o['lang']
    pk = pool_key(o, code)
    hh = dict(code=code, o=o, pk=pk, fid=hid, R=rng.randint(2016, 2025))
    # namesake of an earlier, unrelated person (hard negative)
    if buffer and rng.random() < 0.04:
        src = buffer[rng.randrange(len(buffer))]
        o = src.o
        hh.update(code=src.code, o=o, pk=src.pk, fam=src.family, fam_art=src.fam_art,
                  father=src.father if rng.random() < 0.4 else POOL[(src.pk, 'M')].sample(rng),
                  gfather=POOL[(src.pk, 'M')].sample(rng), middle=None)
        y0 = src.dob[0]
        dy = 0 if rng.random() < 0.35 else rng.choice((-4, -3, -2, -1, 1, 2, 3, 4))
        age = max(8, hh['R'] - (y0 + dy))
        p = new_person(rng, hh, src.sex, age, given=src.given)
        if src.given2 and rng.random() < 0.5:
            p.given2 = src.given2
        p.namesake = True
        return [p]
    if o.get('nofam', 0) and rng.random() < o['nofam']:
        fam = None
    elif (pk, 'fam') in POOL:
        fam = POOL[(pk, 'fam')].sample(rng)
    else:
        fam = POOL[(pk, 'fam_M')].sample(rng)
    hh['fam'] = fam
    hh['fam_art'] = fam_has_art(lang, fam, o, rng)
    hh['father'] = POOL[(pk, 'M')].sample(rng)
    hh['gfather'] = sample_name(rng, POOL[(pk, 'M')], (hh['father'],))
    hh['middle'] = POOL[(pk, 'fam')].sample(rng) if code == 'PHL' else None
    r = rng.random()
    members = []
    if r < 0.85:
        sex = 'F' if rng.random() < 0.56 else 'M'
        members.append(new_person(rng, hh, sex, sample_age(rng)))
    elif r < 0.97:
        k = 2 if r < 0.94 else (3 if r < 0.965 else 4)
        a0 = sample_age(rng)
        used = []
        first = None
        for i in range(k):
            sex = 'F' if rng.random() < 0.56 else 'M'
            if first is not None and rng.random() < 0.04:      # twins
                p = new_person(rng, hh, sex, a0, exclude=tuple(used), dob=first.dob)
            else:
                age = a0 if i == 0 else max(5, a0 + rng.choice((-1, 1)) * rng.randint(1, 6))
                p = new_person(rng, hh, sex, age, exclude=tuple(used))
            if first is None:
                first = p
            used.append(p.given)
            members.append(p)
    else:
        # parent + children (fathers and sons sharing a name chain; mothers and daughters)
        pa = rng.randint(36, 58)
        if lang in ('ar', 'fa') or rng.random() < 0.5:
            par = new_person(rng, hh, 'M', pa, given=hh['father'], father=hh['gfather'],
                             gfather=POOL[(pk, 'M')].sample(rng))
        else:
            other = POOL[(pk, 'fam')].sample(rng) if (pk, 'fam') in POOL else fam
            if o.get('married', 0) > 0 and fam:
                par = new_person(rng, hh, 'F', pa, father=POOL[(pk, 'M')].sample(rng),
                                 gfather=POOL[(pk, 'M')].sample(rng), family=other, married=fam)
            else:
                par = new_person(rng, hh, 'F', pa, father=POOL[(pk, 'M')].sample(rng),
                                 gfather=POOL[(pk, 'M')].sample(rng), family=other if lang in ('ar', 'fa') else fam)
        members.append(par)
        used = [par.given]
        for i in range(rng.randint(1, 2)):
            sex = 'F' if rng.random() < 0.5 else 'M'
            age = max(5, pa - rng.randint(18, 34))
            c = new_person(rng, hh, sex, age, exclude=tuple(used))
            used.append(c.given)
            members.append(c)
    return members


# --------------- rendering helpers -------------------------------------------
ART = {
    'en': [('Al-', 5), ('Al ', 2), ('Al', 1.2), ('al-', 1.5), ('El-', 0.5), ('El ', 0.3)],
    'tr': [('El ', 3), ('El-', 1), ('El', 1), ('Al ', 1), ('Al-', 1)],
    'fr': [('El ', 4), ('El-', 2), ('Al ', 1), ('Al-', 1), ('El', 0.5)],
    'de': [('al-', 3), ('Al-', 3), ('el-', 1), ('Al ', 1)],
}
ART_DROP = {'tr': 0.55, 'en': 0.15, 'fr': 0.2, 'de': 0.2}
PART = {
    'ben': {'fr': [('Ben ', 5), ('Ben-', 1), ('Ben', 2)], 'en': [('Ben ', 4), ('Bin ', 2), ('Ben', 2)],
            'tr': [('Ben ', 4), ('Bin ', 2), ('Ben', 2)], 'de': [('Ben ', 4), ('Ben-', 2), ('Ben', 1)]},
    'ait': {'fr': [('Ait ', 4), ('Aït ', 3), ('Ait-', 2), ('Ait', 1)], 'en': [('Ait ', 5), ('Ait-', 2), ('Ait', 1)],
            'tr': [('Ait ', 5), ('Ayt ', 1)], 'de': [('Ait ', 4), ('Aït ', 1), ('Ait-', 1)]},
    'ould': {'fr': [('Ould ', 5), ('Ould-', 2), ('Ould', 1)], 'en': [('Ould ', 4), ('Wald ', 1)],
             'tr': [('Ould ', 4), ('Uld ', 1)], 'de': [('Ould ', 4), ('Ould-', 1)]},
}
PART_SCRIPT = {'ben': 'بن', 'ait': 'آيت', 'ould': 'ولد'}
SUN = set('tdrzsnl')
SUFFIXES = ['zadeh', 'zadə', 'zade', 'zada', 'zadah', 'sadeh', 'pour', 'poor', 'pur', 'zai', 'zay', 'sai',
            'oğlu', 'oglu']
CA_LOCAL = {'UZB': ({'M': [("o'g'li", 5), ('ugli', 3), ('ogli', 2)], 'F': [('qizi', 5), ('kizi', 4)]}, ('ўғли', 'қизи')),
            'KGZ': ({'M': [('uulu', 1)], 'F': [('kyzy', 1)]}, ('уулу', 'кызы')),
            'KAZ': ({'M': [('uly', 5), ('ulu', 1)], 'F': [('kyzy', 5), ('qyzy', 1)]}, ('ұлы', 'қызы')),
            'TKM': ({'M': [('ogly', 5), ('oglu', 2)], 'F': [('gyzy', 5), ('kyzy', 2)]}, ('оглы', 'гызы'))}
AZ_PATR = {'native': ('oğlu', 'qızı'), 'pass': ('oğlu', 'qızı'), 'tr': ('oğlu', 'kızı'), 'en': ('oglu', 'gizi'),
           'ru': ('ogly', 'kyzy'), 'de': ('oglu', 'gisi'), 'fr': ('oglou', 'guizi')}


def compound_tag(s, tags):
    if '-' in s:
        tags.append('compound:hyphen')
    elif ' ' in s:
        tags.append('compound:split')
    else:
        tags.append('compound:joined')


def suffix_var(s, rng, tags, can_drop=True):
    low = s.lower()
    for suf in SUFFIXES:
        if low.endswith(suf) and len(s) - len(suf) >= 3 and s[-len(suf) - 1] not in ' -':
            r = rng.random()
            if r < 0.08:
                sep = ' ' if rng.random() < 0.6 else '-'
                tail = s[-len(suf):]
                if sep == ' ' or rng.random() < 0.5:
                    tail = tail[:1].upper() + tail[1:]
                tags.append('suffix:split')
                return s[:-len(suf)] + sep + tail
            if r < 0.11 and can_drop:
                tags.append('suffix:dropped')
                return s[:-len(suf)]
            break
    return s


def arfa_family_latin(p, role, nid, st, rng, tags, passport):
    tbl = p.lang + 'f'
    e = E[(tbl, nid)]
    if 'P' in e['flags']:
        g = arfa_variants(p.lang, e['ref'], st).sample(rng)
        if not passport and rng.random() < 0.04:
            tags.append('particle:dropped')
            return g
        pf = pick(rng, PART[e['particle']][st])
        if pf.endswith((' ', '-')):
            return pf + g
        tags.append('particle:joined')
        return pf + g.lower()
    s = arfa_variants(tbl, nid, st).sample(rng)
    if 'Z' in e['flags']:
        s = suffix_var(s, rng, tags, can_drop=not passport)
    if 'C' in e['flags']:
        compound_tag(s, tags)
    art = p.fam_art if role == 'family' else (p.mar_art if role == 'married' else False)
    if art:
        if rng.random() < (0.08 if passport else ART_DROP[st]):
            tags.append('particle:article_dropped')
            return s
        if st in ('en', 'de') and rng.random() < 0.08 and s[:1].lower() in SUN:
            cons = s[:2].lower() if s[:2].lower() in ('sh', 'th', 'dh') else s[:1].lower()
            tags.append('particle:assimilated')
            return 'A' + cons + '-' + s
        a = pick(rng, ART[st])
        if a.endswith((' ', '-')):
            tags.append('particle:article')
            return a + s
        tags.append('particle:article_joined')
        return a + s.lower()
    return s


def cyr_text(p, role, nid, ruform, rng):
    """Cyrillic text of a component (for romanisation and for the original-script field)."""
    lang = p.lang
    sex_f = p.sex == 'F'
    if lang == 'ca':
        if role in FAM_ROLES:
            alts = E[('caf', nid)]['alts']
            t = alts[0] if len(alts) == 1 or rng.random() < 0.7 else alts[1]
            return cyr_fem(t, 'ru') if sex_f else t
        if role == 'patr':
            return patr_ru(E[('ca', p.father)]['alts'][0], p.sex)
        alts = E[('ca', nid)]['alts']
        return alts[0] if len(alts) == 1 or rng.random() < 0.7 else alts[1]
    sub = 'ru' if (ruform or lang == 'ro') else p.sub
    if role in FAM_ROLES:
        e = E[('slavf', nid)]
        t = e.get(sub) or e.get('ru') or e.get('uk')
        if t is None:
            return None
        if sub == 'uk' and e.get('uk') is None:
            sub = 'ru'
        return cyr_fem(t, 'uk' if (sub == 'uk' and e.get('uk')) else 'ru') if sex_f else t
    if role == 'patr':
        e = E[('slav', p.father)]
        if sub == 'uk' and e.get('uk'):
            return patr_uk(e['uk'], p.sex)
        return patr_ru(e.get('ru') or e.get('uk'), p.sex)
    e = E[('slav', nid)]
    return e.get(sub) or e.get('ru') or e.get('uk') or e.get('be')


def render_latin(p, role, nid, style, rng, tags, ruform, passport=False):
    lang = p.lang
    if lang in ('ar', 'fa'):
        st = style if style in ('tr', 'en', 'fr', 'de') else p.o.get('pass_style', 'en')
        if role in FAM_ROLES:
            return arfa_family_latin(p, role, nid, st, rng, tags, passport)
        s = arfa_variants(lang, nid, st).sample(rng)
        if 'C' in E[(lang, nid)]['flags']:
            compound_tag(s, tags)
        return s
    if lang in ('cyr', 'ca') or (lang == 'ro' and ruform):
        if lang == 'ca' and role == 'patr' and getattr(p, '_local_patr', False):
            fl = render_latin(p, 'father', p.father, style, rng, [], ruform, passport)
            return fl + ' ' + pick(rng, CA_LOCAL[p.code][0][p.sex])
        text = cyr_text(p, role, nid, ruform, rng)
        if text is None:        # Ukrainian surname without Russian form
            text = cyr_text(p, role, nid, False, rng)
        sub = 'ru' if (ruform or lang in ('ro', 'ca')) else p.sub
        if sub == 'uk' and role in FAM_ROLES and not E[('slavf', nid)].get('uk'):
            sub = 'ru'
        return cyr_variants(text, style, sub).sample(rng)
    if lang == 'ro':
        tbl = 'slavf' if role in FAM_ROLES else 'slav'
        e = E[(tbl, nid)]
        key = ('ro', tbl, nid, style)
        wl = CACHE.get(key)
        if wl is None:
            r2 = _cache_rng(key)
            wl = WL([(latin_vary(e['ro'], 'ro', style, r2), 1.0) for _ in range(8)])
            CACHE[key] = wl
        return wl.sample(rng)
    if lang == 'az':
        if role == 'patr':
            fl = render_latin(p, 'father', p.father, style, rng, [], ruform, passport)
            suf = AZ_PATR.get(style, AZ_PATR['en'])[0 if p.sex == 'M' else 1]
            return fl + ' ' + suf
        tbl = 'azf' if role in FAM_ROLES else 'az'
        e = E[(tbl, nid)]
        if tbl == 'azf' and style == 'ru' and e.get('ru'):
            s = pick(rng, e['ru'])
        else:
            s = lat_variants(tbl, nid, style).sample(rng).replace('+', '')
        if tbl == 'azf' and p.sex == 'F':
            for a, b in (('yev', 'yeva'), ('ev', 'eva'), ('ov', 'ova')):
                if s.endswith(a):
                    s = s + 'a'
                    break
        if 'Z' in e['flags']:
            s = suffix_var(s, rng, tags, can_drop=False)
        return s
    tbl = {'trk': 'trkf', 'ka': 'kaf', 'lat': 'latf'}[lang] if role in FAM_ROLES else lang
    e = E[(tbl, nid)]
    s = lat_variants(tbl, nid, style).sample(rng)
    if '+' in s:
        s = s.replace('+', '')
        if not passport:
            s = suffix_var(s, rng, tags, can_drop=False)
    if e.get('compound'):
        compound_tag(s, tags)
    return s


def latin_for(p, role, nid, style, rng, tags, ruform):
    if style == 'pass':
        k = (role, nid, ruform)
        v = p.pp.get(k)
        if v is None:
            t2 = []
            s = render_latin(p, role, nid, p.pstyle, rng, t2, ruform, passport=True)
            v = (s, t2)
            p.pp[k] = v
        tags.extend(v[1])
        return v[0]
    return render_latin(p, role, nid, style, rng, tags, ruform)


def arfa_script(p, role, nid, rng, tags):
    if role in FAM_ROLES:
        e = E[(p.lang + 'f', nid)]
        if 'P' in e['flags']:
            return PART_SCRIPT[e['particle']] + ' ' + E[(p.lang, e['ref'])]['script']
        s = e['script']
        if '+' in s:
            s = s.replace('+', pick(rng, [('\u200c', 5), ('', 3), (' ', 2)]))
        art = p.fam_art if role == 'family' else (p.mar_art if role == 'married' else False)
        if art:
            s = 'ال' + s
        return s
    s = E[(p.lang, nid)]['script']
    r = rng.random()
    if r < 0.25 and ' ' in s:
        s = s.replace(' ', '')
        tags.append('script:compound_joined')
    elif r < 0.35 and 'عبدال' in s:
        s = s.replace('عبدال', 'عبد ال')
        tags.append('script:compound_split')
    elif r < 0.35 and 'الله' in s and ' الله' not in s and not s.startswith('عبد'):
        s = s.replace('الله', ' الله')
        tags.append('script:compound_split')
    return s


def script_for(p, role, nid, rng, tags, ruform):
    if p.lang in ('ar', 'fa'):
        return arfa_script(p, role, nid, rng, tags)
    if p.lang == 'ca' and role == 'patr' and getattr(p, '_local_patr', False):
        return E[('ca', p.father)]['alts'][0] + ' ' + CA_LOCAL[p.code][1][0 if p.sex == 'M' else 1]
    t = cyr_text(p, role, nid, ruform, rng)
    if t is None:
        t = cyr_text(p, role, nid, False, rng)
    return t


# --------------- noise -------------------------------------------------------------
def kb_neighbors(rows):
    pos = {}
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            pos[ch] = (r, c + 0.3 * r)
    nb = {}
    for a, (ra, ca) in pos.items():
        nb[a] = [b for b, (rb, cb) in pos.items() if b != a and abs(ra - rb) <= 1 and abs(ca - cb) <= 1.1]
    return nb


KB_EN = kb_neighbors(['qwertyuiop', 'asdfghjkl', 'zxcvbnm'])
KB_TR = kb_neighbors(['qwertyuıopğü', 'asdfghjklşi', 'zxcvbnmöç'])
TYPO_OPS = [('substitution', 30), ('deletion', 20), ('insertion', 15), ('transposition', 20), ('double', 8),
            ('undouble', 7)]


def make_typo(s, rng, trkb):
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 3:
        return s, None
    op = pick(rng, TYPO_OPS)
    if op == 'undouble':
        dbl = [i for i in range(len(s) - 1) if s[i].isalpha() and s[i].lower() == s[i + 1].lower()]
        if not dbl:
            op = 'deletion'
        else:
            i = rng.choice(dbl)
            return s[:i] + s[i + 1:], op
    # avoid first letter most of the time
    cand = idx[1:] if rng.random() < 0.9 else idx
    i = rng.choice(cand)
    c = s[i]
    kb = KB_TR if trkb else KB_EN
    nbs = kb.get(c.lower()) or KB_EN.get(c.translate(GEN_FOLD).lower()) or list('aeiou')
    if op == 'substitution':
        r = rng.choice(nbs)
        r = r.upper() if c.isupper() else r
        return s[:i] + r + s[i + 1:], op
    if op == 'deletion':
        return s[:i] + s[i + 1:], op
    if op == 'insertion':
        r = rng.choice(nbs)
        r = r.upper() if (c.isupper() and s[i - 1:i].isupper()) else r
        return s[:i] + r + s[i:], op
    if op == 'transposition':
        j = i + 1 if (i + 1 < len(s) and s[i + 1].isalpha()) else i - 1
        if j < 0 or not s[j].isalpha():
            return s[:i] + s[i + 1:], 'deletion'
        a, b = min(i, j), max(i, j)
        if s[a] == s[b]:
            return s[:a] + s[a] + s[a] + s[b + 1:], 'double'
        return s[:a] + s[b] + s[a] + s[b + 1:], op
    if op == 'double':
        return s[:i] + c + s[i:], op
    return s, None


def punct_noise(s, rng):
    ops = ['trailing_space', 'leading_space']
    if ' ' in s.strip():
        ops += ['double_space', 'double_space', 'hyphen', 'dot']
    else:
        ops += ['dot']
    op = rng.choice(ops)
    if op == 'trailing_space':
        return s + ' ', op
    if op == 'leading_space':
        return ' ' + s, op
    if op == 'double_space':
        k = [i for i, c in enumerate(s) if c == ' ']
        i = rng.choice(k)
        return s[:i] + '  ' + s[i + 1:], op
    if op == 'hyphen':
        k = [i for i, c in enumerate(s) if c == ' ']
        i = rng.choice(k)
        return s[:i] + '-' + s[i + 1:], op
    if op == 'dot':
        k = [i for i, c in enumerate(s) if c == ' ']
        if k and rng.random() < 0.6:
            i = rng.choice(k)
            return s[:i] + '.' + s[i:], op
        return s + '.', op
    return s, None


def script_noise(s, lang, rng, tags):
    if lang in ('ar', 'fa'):
        if rng.random() < 0.35:
            t = s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا')
            if t != s:
                tags.append('script:hamza_dropped')
                s = t
        if lang == 'ar' and rng.random() < 0.08 and 'ة' in s:
            s = s.replace('ة', 'ه')
            tags.append('script:ta_marbuta')
        if lang == 'ar' and rng.random() < 0.1 and 'ى' in s:
            s = s.replace('ى', 'ي')
            tags.append('script:alif_maqsura')
        if lang == 'fa' and rng.random() < 0.12:
            t = s.replace('ی', 'ي').replace('ک', 'ك')
            if t != s:
                tags.append('script:arabic_letters')
                s = t
        if lang == 'ar' and rng.random() < 0.03:
            t = s.replace('ي', 'ی').replace('ك', 'ک')
            if t != s:
                tags.append('script:persian_letters')
                s = t
        if '\u200c' in s and rng.random() < 0.3:
            s = s.replace('\u200c', '')
    else:
        if 'ё' in s or 'Ё' in s:
            if rng.random() < 0.7:
                s = s.replace('ё', 'е').replace('Ё', 'Е')
                tags.append('script:yo_as_ye')
    if rng.random() < 0.01:
        chars = list(s)
        k = [i for i in range(1, len(chars) - 1) if chars[i] != ' ' and chars[i + 1] != ' ']
        if k:
            i = rng.choice(k)
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
            s = ''.join(chars)
            tags.append('typo:script')
    return s


# --------------- dates --------------------------------------------------------------
def fmt_date(y, m, d):
    return '%04d-%02d-%02d' % (y, m, min(d, days_in(y, m)))


def render_date(p, A, rng, reg_year, tags):
    y, m, d = p.dob
    mode = pick(rng, A['date'])
    if mode == 'jan1' and (m, d) == (1, 1):
        mode = 'full'
    if mode == 'dm_swap' and not (d <= 12 and d != m):
        mode = 'full'
    if mode == 'full':
        return fmt_date(y, m, d), str(y)
    if mode == 'year_only':
        tags.append('date:year_only')
        return '', str(y)
    if mode == 'missing':
        tags.append('date:missing')
        return '', ''
    if mode == 'jan1':
        tags.append('date:jan1')
        return fmt_date(y, 1, 1), str(y)
    if mode == 'dm_swap':
        tags.append('date:dm_swapped')
        return fmt_date(y, d, m), str(y)
    if mode == 'year_off':
        tags.append('date:year_off')
        y2 = y + rng.choice((-1, 1))
        return fmt_date(y2, m, d), str(y2)
    if mode == 'day_typo':
        cands = []
        if d >= 10 and d % 10 != 0:
            d2 = (d % 10) * 10 + d // 10
            if 1 <= d2 <= days_in(y, m) and d2 != d:
                cands.append(d2)
        for d2 in (d - 1, d + 1, d + 10, d - 10):
            if 1 <= d2 <= days_in(y, m):
                cands.append(d2)
        tags.append('date:day_typo')
        return fmt_date(y, m, rng.choice(cands)), str(y)
    if mode == 'age_derived':
        rm = rng.randint(1, 12)
        rd = rng.randint(1, 28)
        age = reg_year - y - (1 if (m, d) > (rm, rd) else 0)
        if rng.random() < 0.12:
            age += rng.choice((-1, 1))
        y2 = reg_year - age
        tags.append('date:age_derived')
        if y2 != y:
            tags.append('date:year_off')
        if rng.random() < 0.25:
            tags.append('date:jan1')
            return fmt_date(y2, 1, 1), str(y2)
        return '', str(y2)
    if mode == 'no_year_field':
        tags.append('date:no_year_field')
        return fmt_date(y, m, d), ''
    if mode == 'year_typo':
        y2 = (y // 100) * 100 + (y % 10) * 10 + (y // 10) % 10
        if y2 != y and 1940 <= y2 <= 2020:
            tags.append('date:year_typo')
            return fmt_date(y2, m, d), str(y2)
        return fmt_date(y, m, d), str(y)
    return fmt_date(y, m, d), str(y)

# --------------- one registration ------------------------------------------------
FOLD_NONTR = dict(TR_FOLD)
FOLD_NONTR.update(str.maketrans({'ə': 'a', 'Ə': 'A', 'ș': 's', 'Ș': 'S', 'ț': 't', 'Ț': 'T', 'ţ': 't', 'ă': 'a',
                                 'â': 'a', 'î': 'i', 'ý': 'y', 'ž': 'z', 'ň': 'n', 'ä': 'a', 'š': 's', 'č': 'c'}))
FOLD_NONTR_FR = dict(FOLD_NONTR)
del FOLD_NONTR_FR[ord('ç')]
TURKISH_AG = ('EGM_POLICE', 'JGK_GENDARMERIE', 'PMM_MIGRATION', 'SHELTER')


def make_record(p, agency, reg_year, rng):
    A = AGENCIES[agency]
    o = p.o
    lang = p.lang
    tags = []
    style = pick(rng, A['styles'])
    if style == 'pass' and not p.doc:
        style = A['fallback']
    ruform = False
    script_lang = lang in ('ar', 'fa', 'cyr', 'ca')
    if lang == 'cyr' and p.sub in ('uk', 'be') and rng.random() < 0.18:
        ruform = True
    if lang == 'ro' and agency in ('CONSULATE', 'IOM', 'PMM_MIGRATION', 'EGM_POLICE') and rng.random() < 0.15:
        ruform = True
        script_lang = agency in ('CONSULATE', 'IOM')
    if ruform:
        tags.append('form:russian')
    # ---- romanisation style / system of this record
    if lang in ('cyr', 'ca') or ruform:
        if style == 'pass' and not (lang == 'ro'):
            rstyle = 'pass'
        elif style in ('native', 'pass'):
            rstyle = p.pstyle if lang != 'ro' else ('icao' if rng.random() < 0.6 else 'bgn')
        elif style in ('tr', 'fr', 'de'):
            rstyle = style
            if style == 'de' and rng.random() < 0.05:
                rstyle = 'sci'
        else:
            rstyle = 'bgn' if rng.random() < 0.55 else 'icao'
            if rng.random() < 0.03:
                rstyle = 'sci'
    elif lang in ('ar', 'fa'):
        rstyle = style if style != 'native' else o.get('pass_style', 'en')
    elif lang == 'az' and agency in ('CONSULATE', 'IOM', 'EGM_POLICE', 'NGO_EN') and rng.random() < 0.15:
        rstyle = 'ru'
        tags.append('form:russian')
    else:
        rstyle = style
    tags.append('translit:' + ('passport' if rstyle == 'pass' else rstyle))
    if lang == 'ca':
        p._local_patr = rng.random() < 0.35
    sfac = 0.5 if lang == 'ca' else 1.0
    has_script = script_lang and rng.random() < A['script'] * sfac
    has_latin = (not has_script) or rng.random() < A.get('latin_with_script', 0.7)

    # ---- which names does this registration write
    G = [('given', p.given)]
    if p.given2:
        if rng.random() < A['given2_keep']:
            G.append(('given2', p.given2))
        else:
            tags.append('given2:dropped')
    chain = []
    if lang in ('ar', 'fa') and p.chain and p.father:
        if rng.random() < A['father'] + (0.15 if has_script else 0.0):
            chain.append(('father', p.father))
            tags.append('chain:father')
            if p.gfather and rng.random() < o.get('gfather', 0.3):
                chain.append(('gfather', p.gfather))
                tags.append('chain:grandfather')
    if o.get('patr') and p.father and lang in ('cyr', 'ca', 'az'):
        pr = {'cyr': 0.3, 'ca': 0.25, 'az': 0.12}[lang] * o['patr']
        if has_script:
            pr = 0.85 if lang == 'cyr' else 0.6
        elif agency in ('EGM_POLICE', 'JGK_GENDARMERIE'):
            pr *= 0.5
        if rng.random() < pr:
            G.append(('patr', p.father))
            tags.append('patronymic:present')
    mid_in_given = True
    middle = []
    if p.middle and rng.random() < 0.55:
        middle = [('middle', p.middle)]
        mid_in_given = rng.random() < 0.6
        tags.append('middle:present')
    famroles = []
    if p.family is None:
        if lang == 'fa' and p.father and not chain and rng.random() < 0.5:
            famroles.append(('famfather', p.father))
            tags.append('chain:father_as_family')
    elif p.married:
        r = rng.random()
        if p.code == 'TUR' and r < 0.2:
            famroles += [('family', p.family), ('married', p.married)]
            tags.append('family:both')
        elif r < 0.6:
            famroles.append(('married', p.married))
            tags.append('family:married')
        else:
            famroles.append(('family', p.family))
            tags.append('family:birth')
    else:
        famroles.append(('family', p.family))
    chain_in_given = rng.random() < 0.65
    Groles = G + (middle if mid_in_given else []) + (chain if chain_in_given else [])
    Froles = (chain if not chain_in_given else []) + (middle if not mid_in_given else []) + famroles
    bin_part = None
    if chain and has_latin:
        if lang == 'ar' and rstyle in ('en', 'fr', 'de') and rng.random() < 0.06:
            bin_part = ('bint' if p.sex == 'F' else pick(rng, [('bin', 6), ('ibn', 2)])) if rstyle != 'fr' else (
                'bent' if p.sex == 'F' else 'ben')
            tags.append('particle:bin')
        elif lang == 'fa' and rstyle == 'en' and rng.random() < 0.08:
            bin_part = pick(rng, [('s/o', 5), ('S/O', 3), ('son of', 2)]) if p.sex == 'M' else pick(
                rng, [('d/o', 5), ('D/O', 3), ('daughter of', 2)])
            tags.append('particle:son_of')

    # ---- latin rendering
    gn = fn = orig = ''
    gpart = fpart = ''
    if has_latin:
        Lg = []
        for role, nid in Groles:
            if role == 'father' and bin_part:
                Lg.append(bin_part)
            Lg.append(latin_for(p, role, nid, rstyle, rng, tags, ruform))
        Lf = []
        for role, nid in Froles:
            if role == 'father' and bin_part:
                Lf.append(bin_part)
            Lf.append(latin_for(p, role, nid, rstyle, rng, tags, ruform))
        if not Lf and len(Lg) > 1 and rng.random() < 0.5:
            Lf = [Lg.pop()]
            tags.append('layout:last_given_as_family')
        gpart = ' '.join(x for x in Lg if x)
        fpart = ' '.join(x for x in Lf if x)
        # keyboard / diacritics habit
        if rng.random() < A['strip']:
            tbl = TR_FOLD if agency in TURKISH_AG else (FOLD_NONTR_FR if agency == 'NGO_FR' else FOLD_NONTR)
            g2, f2 = gpart.translate(tbl), fpart.translate(tbl)
            if (g2, f2) != (gpart, fpart):
                tags.append('translit:diacritics_stripped')
                gpart, fpart = g2, f2
        # case
        r = rng.random()
        trloc = agency in TURKISH_AG and rng.random() < A['tr_locale']
        if r < A['upper']:
            gpart, fpart = (tr_upper(gpart), tr_upper(fpart)) if trloc else (gpart.upper(), fpart.upper())
            tags.append('case:upper')
        elif r < A['upper'] + A['lower']:
            gpart, fpart = (tr_lower(gpart), tr_lower(fpart)) if trloc else (gpart.lower(), fpart.lower())
            tags.append('case:lower')
        elif rng.random() < A.get('famcaps', 0.0) or (agency == 'CONSULATE' and rng.random() < 0.3):
            fpart = fpart.upper()
            tags.append('case:family_upper')
        # layout
        layout = 'normal'
        r = rng.random()
        acc = A['one_field']
        if r < acc:
            layout = 'one_field'
        else:
            for name, pr in (('one_field_family', 0.004),
                             ('swapped', A['swap'] + (0.2 if p.code == 'UGA' else 0.0)),
                             ('shifted', 0.012),
                             ('one_line_original', 0.0 if has_script else 0.02),
                             ('given_missing', 0.0 if has_script else 0.004),
                             ('family_missing', 0.0 if has_script else 0.012)):
                acc += pr
                if r < acc:
                    layout = name
                    break
        if not fpart and layout in ('swapped', 'family_missing', 'shifted', 'given_missing'):
            layout = 'normal'
        fam_first = rng.random() < A['fam_first'] * 0.5
        if fam_first and fpart:
            sep = ', ' if rng.random() < 0.3 else ' '
            line = fpart + sep + gpart
        else:
            line = (gpart + ' ' + fpart).strip()
        if layout == 'normal':
            gn, fn = gpart, fpart
        elif layout == 'swapped':
            gn, fn = fpart, gpart
            tags.append('order:swapped')
        elif layout == 'one_field':
            gn = line
            tags.append('layout:one_field')
            if fam_first and fpart:
                tags.append('order:family_first')
        elif layout == 'one_field_family':
            fn = line
            tags.append('layout:one_field_family')
            if fam_first and fpart:
                tags.append('order:family_first')
        elif layout == 'shifted':
            toks = (gpart + ' ' + fpart).split(' ')
            if ' ' in fpart and rng.random() < 0.5:
                gn, fn = ' '.join(toks[:-1]), toks[-1]
            else:
                gn, fn = toks[0], ' '.join(toks[1:])
            if (gn, fn) == (gpart, fpart):
                layout = 'normal'
            else:
                tags.append('layout:shifted')
        elif layout == 'one_line_original':
            orig = line
            tags.append('layout:one_line_original')
            if fam_first and fpart:
                tags.append('order:family_first')
        elif layout == 'given_missing':
            fn = fpart
            tags.append('name:given_missing')
        elif layout == 'family_missing':
            gn = gpart
            tags.append('name:family_missing')
        # typos
        if rng.random() < A['typo']:
            for _ in range(2 if rng.random() < 0.2 else 1):
                fields = [k for k, v in (('g', gn), ('f', fn), ('o', orig)) if v]
                if not fields:
                    break
                k = rng.choice(fields)
                v = {'g': gn, 'f': fn, 'o': orig}[k]
                v2, op = make_typo(v, rng, agency in TURKISH_AG)
                if op:
                    tags.append('typo:' + op)
                    if k == 'g':
                        gn = v2
                    elif k == 'f':
                        fn = v2
                    else:
                        orig = v2
        if rng.random() < 0.04:
            fields = [k for k, v in (('g', gn), ('f', fn)) if v]
            if fields:
                k = rng.choice(fields)
                v2, op = punct_noise(gn if k == 'g' else fn, rng)
                tags.append('punct:' + op)
                if k == 'g':
                    gn = v2
                else:
                    fn = v2
    else:
        layout = 'original_only'
        tags.append('layout:original_only')

    # ---- original script
    if has_script:
        if lang in ('ar', 'fa'):
            order = G + (middle) + chain + famroles
            parts = []
            for role, nid in order:
                if role == 'father' and bin_part:
                    if lang == 'ar':
                        parts.append('بنت' if p.sex == 'F' else 'بن')
                    else:
                        parts.append(('دختر' if p.sex == 'F' else 'فرزند') if rng.random() < 0.6 else 'ولد')
                parts.append(script_for(p, role, nid, rng, tags, ruform))
            s = ' '.join(x for x in parts if x)
            tags.append('script:arabic' if lang == 'ar' else 'script:persian')
        else:
            sg = [script_for(p, role, nid, rng, tags, ruform) for role, nid in G if role != 'patr']
            sp = [script_for(p, role, nid, rng, tags, ruform) for role, nid in G if role == 'patr']
            sf = [script_for(p, role, nid, rng, tags, ruform) for role, nid in famroles]
            if sf and rng.random() < 0.15:
                sf = [x.upper() for x in sf]
            if rng.random() < 0.65:
                s = ' '.join(sf + sg + sp)
            else:
                s = ' '.join(sg + sp + sf)
            tags.append('script:cyrillic')
        orig = script_noise(s, lang, rng, tags)

    # ---- name key
    removed = set()
    if has_latin and not has_script:
        if layout == 'given_missing':
            removed = {'given', 'given2'}
        elif layout == 'family_missing':
            removed = set(r for r, _ in Froles)
    key = []
    for role, nid in G + middle + chain + famroles:
        if role in removed:
            continue
        key.append(('f_' + nid) if role in FAM_ROLES else nid)
    name_key = '+'.join(sorted(key))

    # ---- dates, sex, citizenship
    bdate, byear = render_date(p, A, rng, reg_year, tags)
    sex = p.sex
    if rng.random() < A['sex_missing']:
        sex = ''
        tags.append('sex:missing')
    elif rng.random() < 0.002:
        sex = 'M' if sex == 'F' else 'F'
        tags.append('sex:wrong')
    cit = p.cit
    r = rng.random()
    if r < A['cit_missing']:
        cit = ''
        tags.append('cit:missing')
    elif o.get('alt_cit') and r < A['cit_missing'] + 0.12:
        cit = o['alt_cit']
        tags.append('cit:alt')
    elif r < A['cit_missing'] + 0.015 + (0.12 if o.get('alt_cit') else 0):
        cit = rng.choice(o['wrong'])
        tags.append('cit:wrong')
    seen = set()
    tl = []
    for t in tags:
        if t not in seen:
            seen.add(t)
            tl.append(t)
    return [gn, fn, orig, bdate, byear, sex, cit], [name_key, agency, ';'.join(tl)]


# --------------- main --------------------------------------------------------------
def generate(N, seed, rec_path, truth_path, verbose=True):
    global ORIGIN_WL
    GLOBAL_SEED[0] = seed
    build_tables()
    ORIGIN_WL = WL([(c, o['w']) for c, o in ORIGINS.items()])
    for g, ws in AGENCY_W.items():
        AGENCY_WL[g] = WL([(a, w) for a, w in ws.items() if w > 0])
    nrec_wl = WL(NREC_DIST)
    rng = random.Random(seed)
    perm = list(range(N))
    random.Random(seed * 7919 + 17).shuffle(perm)
    outdir = os.path.dirname(os.path.abspath(rec_path))
    tmpdir = tempfile.mkdtemp(prefix='gen_tmp_', dir=outdir)
    NB = max(1, min(64, N // 20000 + 1))
    bsize = (N + NB - 1) // NB
    files = [open(os.path.join(tmpdir, 'b%03d.csv' % i), 'w', newline='', encoding='utf-8') for i in range(NB)]
    writers = [csv.writer(f) for f in files]
    k = 0
    pid = 0
    hid = 0
    buffer = []
    n_people = 0
    try:
        while k < N:
            hid += 1
            members = gen_household(rng, hid, buffer)
            for p in members:
                if k >= N:
                    break
                pid += 1
                p.pid = pid
                n_people += 1
                if len(buffer) < 5000:
                    buffer.append(p)
                else:
                    buffer[rng.randrange(5000)] = p
                n = nrec_wl.sample(rng)
                wl = AGENCY_WL[agency_group(p.code, p.o)]
                used = []
                for i in range(n):
                    a = wl.sample(rng)
                    tries = 0
                    while a in used and tries < 3 and rng.random() < 0.8:
                        a = wl.sample(rng)
                        tries += 1
                    used.append(a)
                ry = p.R
                for a in used:
                    if k >= N:
                        break
                    rec, tru = make_record(p, a, min(2025, ry), rng)
                    ry += rng.choice((0, 0, 1, 1, 2))
                    idx = perm[k]
                    writers[idx // bsize].writerow([idx] + rec + ['P%07d' % p.pid, 'F%07d' % p.fid] + tru)
                    k += 1
        for f in files:
            f.close()
        with open(rec_path, 'w', newline='', encoding='utf-8') as fr, \
                open(truth_path, 'w', newline='', encoding='utf-8') as ft:
            wr = csv.writer(fr)
            wt = csv.writer(ft)
            wr.writerow(['id', 'given_names', 'family_names', 'full_name_original', 'birth_date', 'birth_year',
                         'sex', 'citizenship'])
            wt.writerow(['id', 'person_id', 'family_id', 'name_key', 'agency', 'variations'])
            for i in range(NB):
                with open(os.path.join(tmpdir, 'b%03d.csv' % i), newline='', encoding='utf-8') as f:
                    rows = list(csv.reader(f))
                rows.sort(key=lambda r: int(r[0]))
                for r in rows:
                    rid = 'X%07d' % (int(r[0]) + 1)
                    wr.writerow([rid] + r[1:8])
                    wt.writerow([rid] + r[8:])
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    if verbose:
        sys.stderr.write('records=%d people=%d households=%d\n' % (N, n_people, hid))


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.stderr.write(__doc__)
        sys.exit(2)
    generate(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4])
