#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic register of possible victims of human trafficking in Türkiye,
with ground truth, for testing a record-linkage engine.

usage: python3 gen.py N SEED records.csv truth.csv

Deterministic for (N, SEED): only random.Random instances seeded with ints are
used, and no set / dict-of-set iteration order is relied upon.
"""
import sys
import os
import csv
import bisect
import random
import unicodedata
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import names as NM  # noqa: E402

LEX = NM.parse_lex()

# --------------------------------------------------------------------------
# pools
# --------------------------------------------------------------------------


class Pool(object):
    def __init__(self, text, s):
        self.items = []
        for t in text.split():
            if ':' in t:
                p, i = t.split(':', 1)
            else:
                p, i = None, t
            if i not in LEX:
                raise ValueError('pool id not in lexicon: ' + i)
            self.items.append((p, i))
        self.cum = []
        acc = 0.0
        for r in range(len(self.items)):
            acc += 1.0 / ((r + 1) ** s)
            self.cum.append(acc)

    def pick(self, rng):
        return self.items[bisect.bisect_left(self.cum, rng.random() * self.cum[-1])]


POOL = {}
for _c, _d in NM.POOLS.items():
    POOL[_c] = {}
    # Zipf exponents: steeper for the big pan-Islamic pools (Muhammad, Fatima...),
    # flatter for small hand-written pools so that they do not over-concentrate.
    if _d['m'].strip():
        POOL[_c]['m'] = Pool(_d['m'], 0.85 if len(_d['m'].split()) > 30 else 0.7)
    if _d['f'].strip():
        POOL[_c]['f'] = Pool(_d['f'], 0.75 if len(_d['f'].split()) > 30 else 0.6)
    if _d['s'].strip():
        POOL[_c]['s'] = Pool(_d['s'], 0.6 if len(_d['s'].split()) > 25 else 0.4)


def wpick(rng, pairs):
    """pairs: list of (item, weight); deterministic weighted choice."""
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = rng.random() * tot
    acc = 0.0
    for it, w in pairs:
        acc += w
        if x < acc:
            return it
    return pairs[-1][0]


def vpick(rng, lst, s=1.3):
    """pick a spelling variant, favouring the first (most common)."""
    if len(lst) == 1:
        return lst[0]
    return wpick(rng, [(v, 1.0 / ((i + 1) ** s)) for i, v in enumerate(lst)])


# --------------------------------------------------------------------------
# cultures, countries
# --------------------------------------------------------------------------

CULT = {
    'arab_syr': dict(script='ar', pas='en', nat='en', sm='surname', fatherin=.30, doc=.55),
    'arab_irq': dict(script='ar', pas='en', nat='en', sm='irq', fatherin=.35, doc=.60),
    'mar': dict(script='ar', pas='fr', nat='fr', sm='surname', fatherin=.05, doc=.85),
    'kurd': dict(script='ar', pas='en', nat='ku', sm='surname', fatherin=.20, doc=.50),
    'pers': dict(script='fa', pas='en', nat='en', sm='surname', fatherin=.15, doc=.70),
    'afg': dict(script='fa', pas='en', nat='en', sm='afg', fatherin=.35, doc=.30),
    'pak': dict(script='ur', pas='en', nat='en', sm='pak', fatherin=.25, doc=.70),
    'bgd': dict(script=None, pas='en', nat='en', sm='surname', fatherin=.10, doc=.75),
    'uz': dict(script='cy', pas='icao', nat='uz', sm='surname', fatherin=.20, doc=.90, gend=1),
    'tm': dict(script='cy', pas='tm', nat='tm', sm='surname', fatherin=.20, doc=.90, gend=1),
    'kg': dict(script='cy', pas='icao', nat='icao', sm='surname', fatherin=.20, doc=.90, gend=1),
    'kz': dict(script='cy', pas='icao', nat='kz', sm='surname', fatherin=.20, doc=.90, gend=1),
    'tj': dict(script='cy', pas='icao', nat='icao', sm='surname', fatherin=.20, doc=.85, gend=1),
    'az': dict(script='cy', pas='az', nat='az', sm='surname', fatherin=.20, doc=.90, gend=1),
    'geo': dict(script='ka', pas='ka_nat', nat='ka_nat', sm='surname', fatherin=.05, doc=.95, marry=1),
    'ru': dict(script='cy', pas='icao', nat='icao', sm='surname', fatherin=.20, doc=.95, gend=1, marry=1),
    'ua': dict(script='uk', pas='ua', nat='ua', sm='surname', fatherin=.15, doc=.95, gend=1, marry=1),
    'md': dict(script='cy', pas='ro', nat='ro', sm='surname', fatherin=.05, doc=.95, marry=1),
    'nga': dict(script=None, pas='en', nat='en', sm='surname', fatherin=.02, doc=.60, marry=1),
    'som': dict(script=None, pas='en', nat='so', sm='som', fatherin=0, doc=.30),
    'eth': dict(script='et', pas='en', nat='en', sm='eth', fatherin=0, doc=.60),
    'eri': dict(script='et', pas='en', nat='en', sm='eth', fatherin=0, doc=.30),
    'phl': dict(script=None, pas='en', nat='en', sm='phl', fatherin=0, doc=.95, marry=1),
    'idn': dict(script=None, pas='en', nat='en', sm='idn', fatherin=0, doc=.90),
    'tur': dict(script=None, pas='trn', nat='trn', sm='surname', fatherin=.05, doc=1.0, marry=1),
}
CY_CULTS = ('uz', 'tm', 'kg', 'kz', 'tj', 'az', 'ru', 'ua', 'md')
MUSLIM = ('arab_syr', 'arab_irq', 'mar', 'kurd', 'pers', 'afg', 'pak', 'bgd', 'uz', 'tm',
          'kg', 'kz', 'tj', 'az', 'som', 'tur')

# (ISO alpha-3, weight, [(culture, weight)])
COUNTRIES = [
    ('SYR', 17, [('arab_syr', 72), ('kurd', 25), ('pse', 3)]),
    ('AFG', 10, [('afg', 1)]),
    ('UZB', 8, [('uz', 1)]),
    ('TKM', 7, [('tm', 1)]),
    ('TUR', 8, [('tur', 80), ('kurd', 20)]),
    ('IRQ', 6, [('arab_irq', 68), ('kurd', 32)]),
    ('IRN', 5, [('pers', 90), ('kurd', 10)]),
    ('KGZ', 4, [('kg', 1)]),
    ('PAK', 4, [('pak', 1)]),
    ('AZE', 3, [('az', 1)]),
    ('GEO', 3, [('geo', 1)]),
    ('RUS', 3, [('ru', 1)]),
    ('UKR', 3, [('ua', 1)]),
    ('MDA', 2.5, [('md', 1)]),
    ('NGA', 3, [('nga', 1)]),
    ('KAZ', 1.5, [('kz', 1)]),
    ('TJK', 1.5, [('tj', 1)]),
    ('MAR', 2, [('mar', 1)]),
    ('SOM', 1.2, [('som', 1)]),
    ('ETH', 1.2, [('eth', 1)]),
    ('ERI', 0.6, [('eri', 1)]),
    ('PHL', 1.5, [('phl', 1)]),
    ('IDN', 1.5, [('idn', 1)]),
    ('BGD', 1.5, [('bgd', 1)]),
]
CULT_HOME = {'arab_syr': 'SYR', 'arab_irq': 'IRQ', 'mar': 'MAR', 'kurd': 'SYR', 'pers': 'IRN',
             'afg': 'AFG', 'pak': 'PAK', 'bgd': 'BGD', 'uz': 'UZB', 'tm': 'TKM', 'kg': 'KGZ',
             'kz': 'KAZ', 'tj': 'TJK', 'az': 'AZE', 'geo': 'GEO', 'ru': 'RUS', 'ua': 'UKR',
             'md': 'MDA', 'nga': 'NGA', 'som': 'SOM', 'eth': 'ETH', 'eri': 'ERI', 'phl': 'PHL',
             'idn': 'IDN', 'tur': 'TUR'}
ALIAS_CULT = {'afg': ['pers', 'pak', 'afg'], 'arab_irq': ['arab_syr', 'arab_irq'],
              'kurd': ['arab_syr', 'kurd'], 'uz': ['kg', 'tj', 'uz'], 'tj': ['uz', 'tj'],
              'eri': ['eth', 'eri'], 'som': ['som', 'eth'], 'pak': ['afg', 'pak'],
              'tm': ['uz', 'tm'], 'kg': ['kz', 'kg']}

# Neighbours in a Turkish-sorted nationality drop-down (Irak/İran, Nijer/Nijerya,
# Türkiye/Türkmenistan, Kazakistan/Kırgızistan, Eritre/Etiyopya, ...)
DROPDOWN = {'IRQ': ['IRN'], 'IRN': ['IRQ', 'IRL'], 'NGA': ['NER'], 'TKM': ['TUR'],
            'TUR': ['TKM'], 'KAZ': ['KGZ', 'QAT'], 'KGZ': ['KAZ'], 'SYR': ['SAU', 'SUR'],
            'ETH': ['ERI', 'EST'], 'ERI': ['ETH', 'ARM'], 'UZB': ['PAK'], 'PAK': ['UZB', 'PLW'],
            'AFG': ['DEU', 'USA'], 'AZE': ['AUT', 'BHR'], 'GEO': ['ZAF', 'KOR'], 'UKR': ['UGA', 'OMN'],
            'SOM': ['SVN', 'LKA'], 'PHL': ['FIN', 'FJI'], 'IDN': ['ECU', 'ARM'], 'MAR': ['CIV', 'FJI'],
            'RUS': ['RWA', 'ROU'], 'MDA': ['MCO', 'MNG'], 'BGD': ['BHR', 'BRB'], 'TJK': ['TZA', 'THA']}
TRANSIT = {'AFG': ['IRN', 'IRN', 'PAK'], 'PAK': ['IRN'], 'SOM': ['ETH', 'YEM', 'KEN'],
           'ERI': ['ETH', 'SDN'], 'KGZ': ['RUS'], 'UZB': ['RUS'], 'TJK': ['RUS'],
           'IRQ': ['SYR'], 'ETH': ['SDN'], 'SYR': ['LBN', 'JOR'], 'BGD': ['IND'], 'TKM': ['IRN']}

# --------------------------------------------------------------------------
# agencies
# --------------------------------------------------------------------------
# lat: Latin romanisation habits; native: P(name fields in the person's own script)
# fno: P(full_name_original filled); date: (full, year only, age-derived, missing)
AG = {
    'EGM': dict(w=18, lat=[('tr', .65), ('pass', .25), ('en', .10)], native=.01, fno=.15, caps=.55,
                ascii=.20, typo=.07, date=(.60, .20, .12, .08), sexmiss=.02, citmiss=.03, mrz=.05,
                fatherin=1.0, dim=.02, docsrc=.7),
    'JANDARMA': dict(w=10, lat=[('tr', .75), ('pass', .15), ('en', .10)], native=0, fno=.10, caps=.70,
                     ascii=.35, typo=.10, date=(.50, .25, .15, .10), sexmiss=.03, citmiss=.05, mrz=.02,
                     fatherin=1.2, dim=.03, docsrc=.5),
    'PMM': dict(w=22, lat=[('pass', .55), ('tr', .40), ('en', .05)], native=.04, fno=.45, caps=.50,
                ascii=.10, typo=.04, date=(.85, .08, .02, .05), sexmiss=.01, citmiss=.01, mrz=.15,
                fatherin=.8, dim=.01, docsrc=.95),
    'SAVCILIK': dict(w=8, lat=[('tr', .70), ('pass', .20), ('en', .10)], native=0, fno=.20, caps=.40,
                     ascii=.20, typo=.08, date=(.55, .30, .08, .07), sexmiss=.02, citmiss=.04, mrz=0,
                     fatherin=1.5, dim=.02, docsrc=.6),
    'NGO': dict(w=12, lat=[('en', .60), ('nat', .15), ('pass', .15), ('tr', .10)], native=.12, fno=.45,
                caps=.10, ascii=.10, typo=.06, date=(.45, .20, .25, .10), sexmiss=.03, citmiss=.05,
                mrz=.02, fatherin=.6, dim=.08, docsrc=.3),
    'IOM': dict(w=6, lat=[('pass', .70), ('en', .30)], native=.03, fno=.35, caps=.35, ascii=.05,
                typo=.03, date=(.85, .08, .05, .02), sexmiss=.01, citmiss=.01, mrz=.30, fatherin=.4,
                dim=.02, docsrc=.9),
    'BELEDIYE': dict(w=4, lat=[('tr', .80), ('en', .10), ('pass', .10)], native=0, fno=.05, caps=.50,
                     ascii=.40, typo=.12, date=(.35, .30, .20, .15), sexmiss=.05, citmiss=.10, mrz=0,
                     fatherin=.8, dim=.05, docsrc=.3),
    'SIGINMAEVI': dict(w=4, lat=[('tr', .60), ('en', .30), ('pass', .10)], native=.02, fno=.20, caps=.20,
                       ascii=.20, typo=.08, date=(.40, .20, .30, .10), sexmiss=.02, citmiss=.06, mrz=0,
                       fatherin=.5, dim=.12, docsrc=.3),
    'KONSOLOSLUK': dict(w=4, lat=[('nat', .50), ('pass', .50)], native=.60, fno=.60, caps=.30, ascii=0,
                        typo=.02, date=(.95, .03, 0, .02), sexmiss=0, citmiss=0, mrz=0, fatherin=.8,
                        dim=0, docsrc=1.0),
    'YIMER157': dict(w=5, lat=[('tr', .85), ('en', .15)], native=0, fno=.02, caps=.20, ascii=.30,
                     typo=.15, date=(.05, .10, .55, .30), sexmiss=.20, citmiss=.40, mrz=0, fatherin=.2,
                     dim=.15, docsrc=0),
    'BAKANLIK_ARSIV': dict(w=7, lat=[('tr', .50), ('pass', .30), ('en', .20)], native=.01, fno=.25,
                           caps=0, ascii=0, typo=.06, date=(.60, .25, .05, .10), sexmiss=.04,
                           citmiss=.05, mrz=.03, fatherin=1.0, dim=.02, docsrc=.7),
}
AG_LIST = [(k, v['w']) for k, v in AG.items()]
TR_AGENCIES = ('EGM', 'JANDARMA', 'PMM', 'SAVCILIK', 'BELEDIYE', 'SIGINMAEVI', 'YIMER157',
               'BAKANLIK_ARSIV')

PLACEHOLDERS = [('-', 4), ('YOK', 3), ('FNU', 3), ('LNU', 1), ('BİLİNMİYOR', 2), ('BILINMIYOR', 1),
                ('XXX', 1), ('.', 2), ('NN', 1), ('Unknown', 1), ('?', 1), ('0', 1)]

# --------------------------------------------------------------------------
# script helpers
# --------------------------------------------------------------------------

CY_BASE = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh', 'з': 'z',
           'и': 'i', 'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r',
           'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh',
           'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'yu', 'я': 'ya', 'і': 'i', 'ї': 'yi',
           'є': 'ye', 'ґ': 'g', 'ў': 'u', 'қ': 'q', 'ғ': 'g', 'ҳ': 'h', 'ө': 'o', 'ү': 'u', 'ң': 'ng',
           'ә': 'a', 'ұ': 'u', 'һ': 'h'}
CY_SYS = {
    'icao': {'й': 'i', 'ю': 'iu', 'я': 'ia', 'ъ': 'ie', 'E': None},
    'bgn': {'ё': 'yo', 'E': 'ye'},
    'de': {'ж': 'sch', 'ш': 'sch', 'ч': 'tsch', 'х': 'ch', 'ц': 'z', 'в': 'w', 'з': 's', 'й': 'i',
           'ю': 'ju', 'я': 'ja', 'щ': 'schtsch', 'ё': 'jo', 'E': 'je'},
    'fr': {'ж': 'j', 'ш': 'ch', 'ч': 'tch', 'у': 'ou', 'ю': 'iou', 'я': 'ia', 'й': 'i', 'щ': 'chtch',
           'ё': 'io', 'E': None},
    'tr': {'ж': 'j', 'ш': 'ş', 'ч': 'ç', 'х': 'h', 'ы': 'ı', 'щ': 'şç', 'ё': 'yo', 'дж': 'c', 'ә': 'e',
           'ө': 'ö', 'ү': 'ü', 'ң': 'n', 'қ': 'k', 'ғ': 'ğ', 'в': 'v', 'E': 'ye'},
    'uz': {'х': 'x', 'ж': 'j', 'ғ': "g'", 'қ': 'q', 'ў': "o'", 'ҳ': 'h', 'ё': 'yo', 'ы': 'i',
           'дж': 'j', 'E': 'ye'},
    'tm': {'в': 'w', 'ж': 'ž', 'дж': 'j', 'ш': 'ş', 'ч': 'ç', 'й': 'ý', 'я': 'ýa', 'ю': 'ýu', 'ё': 'ýo',
           'ө': 'ö', 'ү': 'ü', 'ң': 'ň', 'ә': 'ä', 'х': 'h', 'ц': 's', 'щ': 'şç', 'E': None},
    'kz': {'ш': 'ş', 'ч': 'ç', 'ж': 'j', 'ғ': 'ğ', 'қ': 'q', 'ң': 'ñ', 'ә': 'ä', 'ө': 'ö', 'ү': 'ü',
           'ұ': 'ū', 'х': 'h', 'й': 'i', 'ю': 'iu', 'я': 'ia', 'дж': 'j', 'E': None},
    'ua': {'г': 'h', 'и': 'y', 'ї': 'i', 'є': 'ie', 'й': 'i', 'ю': 'iu', 'я': 'ia', 'E': None},
}
UA_INIT = {'є': 'ye', 'ї': 'yi', 'й': 'y', 'ю': 'yu', 'я': 'ya'}
CY_VOW = 'аеёиоуыэюяіїєәөүұ'
EN_CY_SYS = [('bgn', .45), ('icao', .33), ('de', .07), ('fr', .05), ('tr', .10)]


def cap_words(s):
    out = []
    up = True
    for ch in s:
        if up and ch.isalpha():
            out.append(ch.upper())
            up = False
        else:
            out.append(ch)
        if ch in ' -':
            up = True
    return ''.join(out)


def translit(s, sysn):
    m = CY_SYS[sysn]
    low = s.lower()
    out = []
    prev = None
    i = 0
    while i < len(low):
        ch = low[i]
        if low[i:i + 2] == 'дж' and 'дж' in m:
            out.append(m['дж'])
            prev = 'ж'
            i += 2
            continue
        start = prev is None or prev in ' -'
        if sysn == 'ua' and start and ch in UA_INIT:
            t = UA_INIT[ch]
        elif ch == 'е' and m.get('E') and (start or prev in CY_VOW or prev in 'ьъ'):
            t = m['E']
        elif ch in m:
            t = m[ch]
        else:
            t = CY_BASE.get(ch, ch)
        out.append(t)
        prev = ch
        i += 1
    return cap_words(''.join(out))


def fem_cy(s):
    for a, b in (('ский', 'ская'), ('цкий', 'цкая')):
        if s.endswith(a):
            return s[:-len(a)] + b
    for e in ('ов', 'ев', 'ёв', 'ин', 'ын'):
        if s.endswith(e):
            return s + 'а'
    return s


def fem_lat(s):
    for e in ('ov', 'ev', 'in'):
        if s.endswith(e):
            return s + 'a'
    return s


def pat_cy(father_cy, sex):
    f = father_cy
    if f.endswith('й') or f.endswith('ь'):
        stem, suf = f[:-1], ('евич' if sex == 'M' else 'евна')
    elif f[-1] in 'ая':
        stem, suf = f[:-1], ('ич' if sex == 'M' else 'ична')
    else:
        stem, suf = f, ('ович' if sex == 'M' else 'овна')
    return stem + suf


KA_NAT = {'ა': 'a', 'ბ': 'b', 'გ': 'g', 'დ': 'd', 'ე': 'e', 'ვ': 'v', 'ზ': 'z', 'თ': 't', 'ი': 'i',
          'კ': 'k', 'ლ': 'l', 'მ': 'm', 'ნ': 'n', 'ო': 'o', 'პ': 'p', 'ჟ': 'zh', 'რ': 'r', 'ს': 's',
          'ტ': 't', 'უ': 'u', 'ფ': 'p', 'ქ': 'k', 'ღ': 'gh', 'ყ': 'q', 'შ': 'sh', 'ჩ': 'ch', 'ც': 'ts',
          'ძ': 'dz', 'წ': 'ts', 'ჭ': 'ch', 'ხ': 'kh', 'ჯ': 'j', 'ჰ': 'h'}
KA_APOS = dict(KA_NAT)
KA_APOS.update({'კ': "k'", 'პ': "p'", 'ტ': "t'", 'წ': "ts'", 'ჭ': "ch'", 'ყ': "q'"})
KA_RU = {'ა': 'а', 'ბ': 'б', 'გ': 'г', 'დ': 'д', 'ე': 'е', 'ვ': 'в', 'ზ': 'з', 'თ': 'т', 'ი': 'и',
         'კ': 'к', 'ლ': 'л', 'მ': 'м', 'ნ': 'н', 'ო': 'о', 'პ': 'п', 'ჟ': 'ж', 'რ': 'р', 'ს': 'с',
         'ტ': 'т', 'უ': 'у', 'ფ': 'ф', 'ქ': 'к', 'ღ': 'г', 'ყ': 'к', 'შ': 'ш', 'ჩ': 'ч', 'ც': 'ц',
         'ძ': 'дз', 'წ': 'ц', 'ჭ': 'ч', 'ხ': 'х', 'ჯ': 'дж', 'ჰ': 'х'}


def ka_map(s, table):
    return cap_words(''.join(table.get(c, c) for c in s))


AZ_EN = [('ə', 'a'), ('Ə', 'A'), ('ş', 'sh'), ('Ş', 'Sh'), ('ç', 'ch'), ('Ç', 'Ch'), ('ğ', 'gh'),
         ('x', 'kh'), ('X', 'Kh'), ('q', 'g'), ('Q', 'G'), ('ı', 'i'), ('İ', 'I'), ('ö', 'o'),
         ('Ö', 'O'), ('ü', 'u'), ('Ü', 'U'), ('c', 'j'), ('C', 'J')]
AZ_TR = [('ə', 'e'), ('Ə', 'E'), ('x', 'h'), ('X', 'H'), ('q', 'k'), ('Q', 'K')]


def az_conv(s, table):
    for a, b in table:
        s = s.replace(a, b)
    return s


def to_fa(s):
    for a, b in (('ي', 'ی'), ('ى', 'ی'), ('ك', 'ک'), ('ة', 'ه'), ('أ', 'ا'), ('إ', 'ا')):
        s = s.replace(a, b)
    return s


def to_ur(s):
    s = to_fa(s)
    if s.endswith('ه'):
        s = s[:-1] + 'ہ'
    return s


def to_sor(s):
    s = to_fa(s)
    if s.endswith('ه'):
        s = s[:-1] + 'ە'
    return s


def turkify(s):
    t = s
    for a, b in (('dj', 'c'), ('Dj', 'C'), ('j', 'c'), ('J', 'C'), ('sch', 'ş'), ('sh', 'ş'),
                 ('Sh', 'Ş'), ('ch', 'ç'), ('Ch', 'Ç'), ('kh', 'h'), ('Kh', 'H'), ('gh', 'g'),
                 ('Gh', 'G'), ('th', 's'), ('Th', 'S'), ('dh', 'z'), ('Dh', 'Z'), ('ou', 'u'),
                 ('Ou', 'U'), ('oo', 'u'), ('ee', 'i'), ('aa', 'a'), ('ph', 'f'), ('zh', 'j'),
                 ('Zh', 'J'), ('w', 'v'), ('W', 'V'), ('q', 'k'), ('Q', 'K'), ('x', 'ks'),
                 ('X', 'Ks'), ("'", '')):
        t = t.replace(a, b)
    return t


def frenchify(s):
    t = s
    for a, b in (('sh', 'ch'), ('Sh', 'Ch'), ('j', 'dj'), ('J', 'Dj'), ('w', 'ou'), ('W', 'Ou')):
        t = t.replace(a, b)
    out = []
    for i, ch in enumerate(t):
        if ch == 'u' and (i == 0 or t[i - 1] not in 'oOqQ'):
            out.append('ou')
        else:
            out.append(ch)
    return ''.join(out)


def strip_marks(s):
    s = s.replace('ı', 'i').replace('İ', 'I').replace('ə', 'a').replace('Ə', 'A')
    d = unicodedata.normalize('NFD', s)
    return unicodedata.normalize('NFC', ''.join(c for c in d if unicodedata.category(c) != 'Mn'))


TR_STRIP = str.maketrans({'ş': 's', 'Ş': 'S', 'ç': 'c', 'Ç': 'C', 'ğ': 'g', 'Ğ': 'G', 'ı': 'i',
                          'İ': 'I', 'ö': 'o', 'Ö': 'O', 'ü': 'u', 'Ü': 'U'})


def tr_upper(s):
    return s.replace('i', 'İ').replace('ı', 'I').upper()


def icao_upper(s, rng):
    s = s.replace("'", '').replace('’', '').replace('-', ' ').replace('/', ' ').replace('.', '')
    if rng.random() < 0.5:
        for a, b in (('ä', 'AE'), ('ö', 'OE'), ('ü', 'UE'), ('Ä', 'AE'), ('Ö', 'OE'), ('Ü', 'UE')):
            s = s.replace(a, b)
    s = strip_marks(s).upper()
    return ''.join(c for c in s if ('A' <= c <= 'Z') or c == ' ')


SUN = ('t', 'd', 'r', 'z', 's', 'n')

# --------------------------------------------------------------------------
# rendering one name
# --------------------------------------------------------------------------


def join_marker(s, rng, script):
    if '_' not in s:
        return s
    r = rng.random()
    if script in ('fa', 'ur') and r < 0.35:
        return s.replace('_', '\u200c')
    if r < 0.65:
        return s.replace('_', '')
    return s.replace('_', ' ')


def render_script(nid, script, rng, fem_sur, particle, tags):
    e = LEX[nid]
    if 'ethc' in e:
        if script != 'et':
            return None
        p, s = e['ethc']
        P, S = NM.ETH_PREFIX[p], NM.ETH_SECOND[s]
        r = rng.random()
        if r < 0.6:
            return P[0] + S[0]
        if r < 0.9:
            return P[0] + ' ' + S[0]
        tags.add('ethio_slash')
        return P[0][0] + '/' + S[0]
    f = None
    if script == 'ar':
        f = e.get('ar') or e.get('sor') or e.get('fa') or e.get('ur')
    elif script == 'fa':
        f = e.get('fa') or ([to_fa(x) for x in e['ar']] if 'ar' in e else (e.get('ur') or e.get('sor')))
    elif script == 'ur':
        f = e.get('ur') or ([to_ur(x) for x in e['fa']] if 'fa' in e else
                            ([to_ur(x) for x in e['ar']] if 'ar' in e else None))
    elif script == 'sor':
        f = e.get('sor') or ([to_sor(x) for x in e['fa']] if 'fa' in e else
                             ([to_sor(x) for x in e['ar']] if 'ar' in e else None))
    elif script == 'cy':
        f = e.get('cy')
    elif script == 'uk':
        f = e.get('uk') or e.get('cy')
    elif script == 'ka':
        f = e.get('ka')
    elif script == 'et':
        f = e.get('et')
    if not f:
        return None
    s = join_marker(vpick(rng, f, 1.6), rng, script)
    if fem_sur and script in ('cy', 'uk'):
        s = fem_cy(s)
    if particle in ('al', 'el') and script in ('ar', 'fa', 'sor', 'ur'):
        if rng.random() < 0.85:
            s = 'ال' + s
        else:
            tags.add('article_drop')
    elif particle == 'ben' and script in ('ar', 'fa', 'sor', 'ur'):
        s = 'بن ' + s
    return s


def eth_lat(e, sty, cult, rng, tags, agency):
    p, s = e['ethc']
    P, S = NM.ETH_PREFIX[p], NM.ETH_SECOND[s]
    pre = vpick(rng, P[1])
    sec = vpick(rng, S[1])
    if cult == 'eri' and rng.random() < 0.25:
        pre = P[3]
    if sty in ('tr', 'trn'):
        pre, sec = turkify(pre), turkify(sec)
    slash = 0.25 if agency in ('EGM', 'JANDARMA', 'SAVCILIK', 'BAKANLIK_ARSIV', 'PMM') else 0.12
    r = rng.random()
    if r < slash:
        tags.add('ethio_slash')
        q = rng.random()
        if q < 0.75:
            return P[2] + '/' + sec
        if q < 0.9:
            return P[2] + '.' + sec
        return P[2] + '/ ' + sec
    r -= slash
    if r < 0.28:
        tags.add('compound_split')
        return pre + ' ' + sec
    if r < 0.36:
        tags.add('compound_split')
        return pre + '-' + sec
    return pre + sec.lower()


def cy_source(e, cult, sty, rng):
    if cult == 'ua' and 'uk' in e and (sty == 'ua' or rng.random() < 0.55):
        return vpick(rng, e['uk'], 1.6), True
    return vpick(rng, e['cy'], 1.6), False


def cy_system(sty, from_uk, rng):
    if sty == 'ua':
        return 'ua' if from_uk else 'icao'
    if sty in ('icao', 'uzp', 'pass'):
        return 'icao'
    if sty in ('uz', 'tm', 'kz', 'tr', 'fr'):
        return sty
    if sty == 'trn':
        return 'tr'
    if from_uk and rng.random() < 0.5:
        return 'ua'
    return wpick(rng, EN_CY_SYS)


def render_lat(nid, sty, cult, rng, fem_sur, tags, agency):
    e = LEX[nid]
    if 'ethc' in e:
        return eth_lat(e, sty, cult, rng, tags, agency)
    # Georgian names
    if 'ka' in e and (cult == 'geo' or 'lat' not in e):
        src = e['ka'][0]
        if sty in ('tr', 'trn'):
            if rng.random() < 0.4:
                tags.add('georgian_via_ru')
                return translit(''.join(KA_RU.get(c, c) for c in src), 'tr')
            return turkify(ka_map(src, KA_NAT))
        if sty in ('ka_nat', 'icao', 'pass'):
            return ka_map(src, KA_NAT)
        r = rng.random()
        if r < 0.6:
            return ka_map(src, KA_NAT)
        if r < 0.75:
            tags.add('georgian_apostrophe')
            return ka_map(src, KA_APOS)
        tags.add('georgian_via_ru')
        return translit(''.join(KA_RU.get(c, c) for c in src), wpick(rng, [('bgn', .6), ('de', .2), ('fr', .2)]))
    # Azerbaijani
    if cult == 'az' and 'az' in e:
        src = vpick(rng, e['az'])
        if fem_sur:
            src = fem_lat(src)
        if sty == 'az':
            return src
        if sty in ('tr', 'trn'):
            return az_conv(src, AZ_TR)
        if 'cy' in e and rng.random() < 0.3:
            tags.add('cyr_translit')
            c = vpick(rng, e['cy'], 1.6)
            return translit(fem_cy(c) if fem_sur else c, cy_system(sty, False, rng))
        return az_conv(src, AZ_EN)
    # Moldovan
    if cult == 'md' and 'ro' in e:
        if 'cy' in e and rng.random() < 0.25:
            tags.add('md_via_cyrillic')
            c = vpick(rng, e['cy'], 1.6)
            return translit(c, cy_system(sty, False, rng))
        src = vpick(rng, e['ro'])
        if sty == 'ro':
            return src
        if sty in ('tr', 'trn', 'en', 'pass') and rng.random() < 0.5:
            return strip_marks(src)
        return src
    # Cyrillic-based
    if 'cy' in e and ('lat' not in e or (cult in CY_CULTS and rng.random() < 0.7)):
        src, from_uk = cy_source(e, cult, sty, rng)
        if fem_sur:
            src = fem_cy(src)
        sysn = cy_system(sty, from_uk, rng)
        if sysn not in ('icao',) or sty not in ('icao', 'pass'):
            tags.add('cyr_translit')
        return translit(src, sysn)
    if 'lat' not in e:
        # e.g. Persian-only / Arabic-only entry without Latin: take tr as base
        base = e.get('tr') or e.get('so') or e.get('ku') or [nid.capitalize()]
        return vpick(rng, base)
    # Latin-based
    if cult == 'tur':
        s = vpick(rng, e.get('tr', e['lat']), 2.0)
        if sty == 'en' and rng.random() < 0.5:
            s = s.translate(TR_STRIP)
        return s
    if cult == 'idn' and 'old' in e and rng.random() < 0.2:
        tags.add('indo_old_spelling')
        return e['old'][0]
    if sty in ('tr', 'trn'):
        if 'tr' in e:
            if cult == 'kurd' and 'ku' in e and any(c in e['ku'][0] for c in 'qwxQWX'):
                tags.add('kurdish_qwx')
            return vpick(rng, e['tr'], 2.0)
        return turkify(vpick(rng, e['lat']))
    if sty == 'fr':
        if 'fr' in e:
            return vpick(rng, e['fr'])
        return frenchify(vpick(rng, e['lat'], 2.0))
    if sty == 'so' and 'so' in e:
        tags.add('somali_orth')
        return vpick(rng, e['so'], 2.0)
    if sty == 'ku' and 'ku' in e:
        s = vpick(rng, e['ku'], 2.0)
        if any(c in s for c in 'êîûşçxqwÊÎÛŞÇXQW'):
            tags.add('kurdish_hawar')
        return s
    lst = e['lat']
    if cult in ('pers', 'afg') and 'plat' in e and rng.random() < 0.7:
        lst = e['plat']
    elif cult in ('pak', 'bgd') and 'slat' in e and rng.random() < 0.7:
        lst = e['slat']
    elif cult == 'mar' and 'fr' in e and rng.random() < 0.6:
        lst = e['fr']
    return vpick(rng, lst, 2.2 if sty in ('pass', 'icao', 'en_pass') else 1.2)


def particle_lat(p, name, sty, rng, tags):
    if p in ('al', 'el'):
        low = name[0].lower() + name[1:]
        sun = name[:2].lower() in ('sh', 'th', 'dh', 'ts') or name[0].lower() in SUN
        if sty in ('tr', 'trn'):
            opts = [('El ' + name, .25), ('El-' + name, .10), ('El' + low, .10), (name, .45),
                    ('Al ' + name, .10)]
        elif sty == 'fr':
            opts = [('El ' + name, .35), ('El-' + name, .15), ('El' + low, .15), (name, .25),
                    ('Al-' + name, .10)]
        else:
            opts = [('Al-' + name, .30), ('Al ' + name, .12), ('Al' + low, .15), ('al-' + name, .08),
                    (name, .22), ('El-' + name, .05)]
            if sun:
                ass = name[:2].lower() if name[:2].lower() in ('sh', 'th', 'dh', 'ts') else name[0].lower()
                opts.append(('A' + ass + '-' + name, .08))
        s = wpick(rng, opts)
        if s == name:
            tags.add('article_drop')
        elif s.lower().startswith(('al' + name[0].lower(), 'el' + name[0].lower())) and \
                not s.startswith(('Al-', 'al-', 'El-', 'Al ', 'El ')):
            tags.add('article_attach')
        elif not s.lower().startswith(('al', 'el')):
            tags.add('article_assim')
        return s
    if p == 'ben':
        s = wpick(rng, [('Ben ' + name, .5), ('Ben' + name.lower(), .2), ('Bin ' + name, .1),
                        ('Ibn ' + name, .05), (name, .15)])
        if s == name:
            tags.add('article_drop')
        return s
    if p in ('dela', 'de', 'del'):
        base = {'dela': 'Dela', 'de': 'De', 'del': 'Del'}[p]
        opts = [(base + ' ' + name, .40), (base.lower() + ' ' + name, .15), (base + name.lower(), .15),
                (name, .10)]
        if p == 'dela':
            opts += [('De la ' + name, .10), ('De La ' + name, .10)]
        s = wpick(rng, opts)
        tags.add('phl_particle')
        return s
    return name


# --------------------------------------------------------------------------
# text-level noise
# --------------------------------------------------------------------------

KEYB = {}
for _row in ('qwertyuiop', 'asdfghjkl', 'zxcvbnm'):
    for _i, _c in enumerate(_row):
        KEYB[_c] = (_row[_i - 1] if _i > 0 else '') + (_row[_i + 1] if _i < len(_row) - 1 else '')
PHON = [('e', 'i'), ('i', 'e'), ('o', 'u'), ('u', 'o'), ('a', 'e'), ('k', 'q'), ('q', 'k'),
        ('s', 'z'), ('z', 's'), ('y', 'i'), ('c', 'k'), ('kh', 'h'), ('ou', 'u'), ('ee', 'i'),
        ('w', 'v'), ('v', 'w'), ('h', '')]
AR_VAR = [('ة', 'ه'), ('ه', 'ة'), ('ى', 'ي'), ('ي', 'ى'), ('أ', 'ا'), ('إ', 'ا'), ('ی', 'ي'),
          ('ک', 'ك'), ('ح', 'ج'), ('ص', 'س'), ('ذ', 'ز'), ('ث', 'س')]


def is_latin(s):
    for c in s:
        if c.isalpha():
            return ord(c) < 0x0250 or 0x1E00 <= ord(c) < 0x1F00
    return False


def typo(s, rng):
    if len(s) < 3:
        return s
    upper = s.isupper()
    if not is_latin(s):
        for _ in range(4):
            a, b = AR_VAR[rng.randrange(len(AR_VAR))]
            if a in s:
                return s.replace(a, b, 1)
        i = rng.randrange(1, len(s))
        return s[:i] + s[i + 1:]
    low = s.lower()
    r = rng.random()
    i = rng.randrange(1, len(s))
    if r < 0.25:
        c = low[i]
        nb = KEYB.get(c, '')
        if not nb:
            return s
        n = nb[rng.randrange(len(nb))]
        res = s[:i] + (n.upper() if upper else n) + s[i + 1:]
    elif r < 0.45:
        res = s[:i] + s[i + 1:]
    elif r < 0.60:
        res = s[:i] + s[i] + s[i:]
    elif r < 0.75 and i < len(s) - 1:
        res = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    else:
        for _ in range(6):
            a, b = PHON[rng.randrange(len(PHON))]
            j = low.find(a, 1)
            if j > 0:
                if upper:
                    b = b.upper()
                res = s[:j] + b + s[j + len(a):]
                break
        else:
            res = s[:i] + s[i + 1:]
    return res if res.strip() else s


LAT2CYR = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у', 'i': 'і', 'A': 'А',
           'B': 'В', 'E': 'Е', 'K': 'К', 'M': 'М', 'H': 'Н', 'O': 'О', 'P': 'Р', 'C': 'С', 'T': 'Т',
           'X': 'Х', 'I': 'І'}
CYR2LAT = {'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'у': 'y', 'А': 'A', 'В': 'B',
           'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X'}


def homoglyph(s, rng):
    table = LAT2CYR if is_latin(s) else CYR2LAT
    pos = [i for i, c in enumerate(s) if c in table]
    if not pos:
        return s
    k = 1 if rng.random() < 0.7 else 2
    chosen = []
    for _ in range(k):
        i = pos[rng.randrange(len(pos))]
        if i not in chosen:
            chosen.append(i)
    out = list(s)
    for i in chosen:
        out[i] = table[out[i]]
    return ''.join(out)


OCR = {'O': '0', 'I': '1', 'B': '8', 'S': '5', 'Z': '2', 'G': '6', 'D': '0'}


def mojibake(s):
    try:
        return s.encode('utf-8').decode('cp1254', errors='replace')
    except Exception:
        return s


# --------------------------------------------------------------------------
# calendars / dates
# --------------------------------------------------------------------------

def g2j(gy, gm, gd):
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + (365 * gy) + ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400) + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm = 1 + (days // 31)
        jd = 1 + (days % 31)
    else:
        jm = 7 + ((days - 186) // 30)
        jd = 1 + ((days - 186) % 30)
    return jy, jm, jd


ETH_ANCHOR = date(2023, 9, 12).toordinal()  # 1 Meskerem 2016 E.C.


def eth_newyear(y):
    return ETH_ANCHOR + 365 * (y - 2016) + (y // 4 - 2016 // 4)


def g2e(d):
    o = d.toordinal()
    y = d.year - 8
    while eth_newyear(y + 1) <= o:
        y += 1
    while eth_newyear(y) > o:
        y -= 1
    idx = o - eth_newyear(y)
    return y, idx // 30 + 1, idx % 30 + 1


EXCEL0 = date(1899, 12, 30)


def safe_date(y, m, d):
    try:
        if y < 1000 or y > 9999:
            return None
        return date(y, m, d)
    except ValueError:
        return None


def rand_day(rng, y):
    n = (date(y + 1, 1, 1) - date(y, 1, 1)).days
    return date(y, 1, 1) + timedelta(days=rng.randrange(n))


# --------------------------------------------------------------------------
# population
# --------------------------------------------------------------------------

def pick_origin(rng):
    code = wpick(rng, [(c[0], c[1]) for c in COUNTRIES])
    for c in COUNTRIES:
        if c[0] == code:
            cult = wpick(rng, c[2])
            break
    stateless = False
    if cult == 'pse':
        cult, stateless = 'arab_syr', True
    return code, cult, stateless


def fresh_given(cult, sex, rng, avoid=()):
    pool = POOL[cult]['m' if sex == 'M' else 'f']
    g = None
    for _ in range(8):
        g = pool.pick(rng)[1]
        if g not in avoid:
            break
    gl = [g]
    r = rng.random()
    if cult == 'pers' and sex == 'M' and r < 0.22:
        first = wpick(rng, [('muhammad', 3), ('ali', 2), ('amir', 1)])
        if first != g:
            gl = [first, g]
    elif cult in ('pak', 'bgd') and sex == 'M' and r < (0.35 if cult == 'pak' else 0.5):
        if g != 'muhammad':
            gl = ['muhammad', g]
    elif cult in ('arab_syr', 'arab_irq') and sex == 'M' and r < 0.05 and g != 'muhammad':
        gl = ['muhammad', g]
    elif cult == 'phl' and r < 0.55:
        g2 = pool.pick(rng)[1]
        if g2 != g:
            gl = [g, g2]
    elif cult == 'nga' and r < 0.35:
        g2 = pool.pick(rng)[1]
        if g2 != g:
            gl = [g, g2]
    elif cult == 'tur' and r < 0.15:
        g2 = pool.pick(rng)[1]
        if g2 != g:
            gl = [g, g2]
    return gl


def fresh_father(cult, rng):
    return POOL[cult]['m'].pick(rng)[1]


def fresh_surname(cult, rng, cit=None):
    if cult == 'kurd' and cit == 'TUR' and rng.random() < 0.7:
        return [POOL['tur']['s'].pick(rng)]
    if cult == 'kurd' and cit == 'IRN' and rng.random() < 0.6:
        return [POOL['pers']['s'].pick(rng)]
    sm = CULT[cult]['sm']
    if sm in ('som', 'eth'):
        return []
    if sm == 'afg' and rng.random() < 0.45:
        return []
    if sm == 'irq' and rng.random() < 0.45:
        return []
    if sm == 'pak' and rng.random() < 0.30:
        return []
    if sm == 'idn':
        return []
    return [POOL[cult]['s'].pick(rng)]


def adult_dob(rng, lo=17, hi=55, mode=25):
    age = int(rng.triangular(lo, hi, mode))
    return rand_day(rng, 2021 - age)


def new_person(st, fid, cit, cult, sex, dob, rng, given=None, fam=None, father=None,
               gfather=None, stateless=False, middle=None):
    st['pid'] += 1
    p = dict(pid='P%07d' % st['pid'], fid='F%07d' % fid, cit=cit, cult=cult, sex=sex, dob=dob,
             stateless=stateless, fam_cur=None, middle=middle, zoda=None, alias=None, mono=False)
    p['given'] = given if given is not None else fresh_given(cult, sex, rng)
    p['father'] = father or fresh_father(cult, rng)
    p['gfather'] = gfather or fresh_father(cult, rng)
    if fam is None:
        if cult == 'idn':
            if rng.random() < 0.45:
                fam = []
                p['mono'] = True
            else:
                fam = [POOL['idn']['s'].pick(rng)]
        else:
            fam = fresh_surname(cult, rng, cit)
    p['fam'] = fam
    if cult in ('afg',) and not fam and rng.random() < 0.5:
        p['mono'] = True
    if cult == 'phl' and middle is None:
        p['middle'] = POOL['phl']['s'].pick(rng)[1]
    if cult == 'tj' and fam and fam[0][1] in NM.ZODA and rng.random() < 0.6:
        p['zoda'] = NM.ZODA[fam[0][1]]
    documented = rng.random() < CULT[cult]['doc']
    p['documented'] = documented
    if documented:
        p['docdob'] = dob
    else:
        y = dob.year + wpick(rng, [(0, .8), (-1, .08), (1, .08), (-2, .02), (2, .02)])
        p['docdob'] = date(y, 1, 1)
    return p


def child_father_name(head):
    g = head['given']
    if len(g) > 1 and g[0] == 'muhammad':
        return g[1]
    return g[0]


def make_alias(p, rng):
    cults = ALIAS_CULT.get(p['cult'], [p['cult']])
    ac = cults[rng.randrange(len(cults))]
    cit = CULT_HOME[ac] if ac != p['cult'] else p['cit']
    shift = rng.choice([-6, -4, -3, -2, -1, 1, 2, 3, 5])
    y = max(1950, min(2008, p['dob'].year + shift))
    adob = rand_day(rng, y)
    a = dict(cult=ac, cit=cit, sex=p['sex'], dob=adob, docdob=adob, documented=True,
             given=fresh_given(ac, p['sex'], rng), fam=fresh_surname(ac, rng, cit),
             father=fresh_father(ac, rng), gfather=fresh_father(ac, rng), fam_cur=None,
             middle=(POOL['phl']['s'].pick(rng)[1] if ac == 'phl' else None), zoda=None,
             mono=False, stateless=False)
    return a


def make_family(st, rng):
    st['fid'] += 1
    fid = st['fid']
    cit, cult, stateless = pick_origin(rng)
    marry = CULT[cult].get('marry') or (cult == 'kurd' and cit == 'TUR')
    members = []
    r = rng.random()
    if r < 0.52:
        if rng.random() < 0.10:
            sex = 'F' if rng.random() < 0.5 else 'M'
            dob = rand_day(rng, rng.randint(2004, 2011))
        else:
            sex = 'F' if rng.random() < 0.55 else 'M'
            dob = adult_dob(rng)
        members.append(new_person(st, fid, cit, cult, sex, dob, rng, stateless=stateless))
    elif r < 0.80:
        mother_led = r >= 0.72
        hdob = adult_dob(rng, 22, 55, 33)
        if mother_led:
            mother = new_person(st, fid, cit, cult, 'F', hdob, rng, stateless=stateless)
            fam_kids = fresh_surname(cult, rng, cit)
            kid_father = fresh_father(cult, rng)
            kid_gf = fresh_father(cult, rng)
            if marry and fam_kids:
                mother['fam_cur'] = fam_kids
            members.append(mother)
            head = None
        else:
            head = new_person(st, fid, cit, cult, 'M', hdob, rng, stateless=stateless)
            wdob = rand_day(rng, min(2005, hdob.year + rng.randint(0, 9)))
            wife = new_person(st, fid, cit, cult, 'F', wdob, rng, stateless=stateless)
            if marry and head['fam'] and rng.random() < 0.9:
                wife['fam_cur'] = list(head['fam'])
            members += [head, wife]
            mother = wife
            fam_kids = head['fam']
            kid_father = child_father_name(head)
            kid_gf = head['father']
        nk = wpick(rng, [(0, .12), (1, .25), (2, .25), (3, .18), (4, .12), (5, .08)])
        if head is None and nk == 0:
            nk = 1
        y0 = max(mother['dob'].year + 18, 2000)
        used = []
        prev_dob = None
        for k in range(nk):
            sex = 'M' if rng.random() < 0.5 else 'F'
            twin = k > 0 and rng.random() < 0.08
            if twin:
                dob = prev_dob
            else:
                yy = min(2021, y0 + k * rng.randint(1, 3) + rng.randint(0, 2))
                dob = rand_day(rng, yy)
            given = None
            if twin and sex == 'M' and cult in MUSLIM and rng.random() < 0.5:
                given = ['hussein'] if 'hassan' in used else ['hassan']
            if given is None:
                given = fresh_given(cult, sex, rng, avoid=used)
            used += given
            middle = None
            if cult == 'phl':
                mf = mother['fam']
                middle = mf[0][1] if mf else None
            kid = new_person(st, fid, cit, cult, sex, dob, rng, given=given,
                             fam=list(fam_kids) if CULT[cult]['sm'] != 'idn' else None,
                             father=kid_father, gfather=kid_gf, stateless=stateless, middle=middle)
            members.append(kid)
            prev_dob = dob
    elif r < 0.93:
        n = wpick(rng, [(2, .6), (3, .3), (4, .1)])
        fam = fresh_surname(cult, rng, cit)
        fa, gf = fresh_father(cult, rng), fresh_father(cult, rng)
        y = 2021 - int(rng.triangular(14, 40, 20))
        used = []
        for k in range(n):
            sex = 'F' if rng.random() < 0.6 else 'M'
            given = fresh_given(cult, sex, rng, avoid=used)
            used += given
            dob = rand_day(rng, min(2010, y + k * rng.randint(1, 4)))
            members.append(new_person(st, fid, cit, cult, sex, dob, rng, given=given,
                                      fam=list(fam) if cult != 'idn' else None, father=fa,
                                      gfather=gf, stateless=stateless))
    else:
        # parent + adult child chain (father's given name is child's father name)
        hdob = adult_dob(rng, 40, 65, 48)
        sex = 'M' if rng.random() < 0.6 else 'F'
        par = new_person(st, fid, cit, cult, sex, hdob, rng, stateless=stateless)
        members.append(par)
        csex = 'F' if rng.random() < 0.55 else 'M'
        cdob = rand_day(rng, min(2006, hdob.year + rng.randint(18, 30)))
        if sex == 'M':
            kf, kgf, kfam = child_father_name(par), par['father'], par['fam']
        else:
            kf, kgf, kfam = fresh_father(cult, rng), fresh_father(cult, rng), fresh_surname(cult, rng, cit)
            if marry and kfam:
                par['fam_cur'] = kfam
        kid = new_person(st, fid, cit, cult, csex, cdob, rng, fam=list(kfam) if cult != 'idn' else None,
                         father=kf, gfather=kgf, stateless=stateless)
        members.append(kid)
    for m in members:
        if m['dob'].year <= 2004 and rng.random() < 0.03:
            m['alias'] = make_alias(m, rng)
    # namesake: an unrelated person with the same names and a close birth year
    if rng.random() < 0.06:
        src = members[rng.randrange(len(members))]
        st['fid'] += 1
        y = src['dob'].year + rng.randint(-2, 2)
        ns = new_person(st, st['fid'], src['cit'], src['cult'], src['sex'], rand_day(rng, min(2020, y)),
                        rng, given=list(src['given']), fam=list(src['fam']),
                        father=(src['father'] if rng.random() < 0.3 else None))
        ns['namesake_of'] = src['pid']
        ns['mono'] = src['mono']
        members.append(ns)
    return members


def birth_ids(p):
    ids = list(p['given']) + [i for _, i in p['fam']]
    cult = p['cult']
    if cult == 'phl' and p.get('middle'):
        ids.append(p['middle'])
    if cult == 'som':
        ids += [p['father'], p['gfather']]
    elif cult in ('eth', 'eri'):
        ids.append(p['father'])
    elif cult in ('arab_irq', 'afg', 'pak') and not p['fam'] and not p['mono']:
        ids.append(p['father'])
    return '+'.join(sorted(set(ids)))


# --------------------------------------------------------------------------
# records
# --------------------------------------------------------------------------

N_REC = [(1, .50), (2, .24), (3, .12), (4, .06), (5, .035), (6, .02), (7, .012), (8, .008), (9, .005)]


def make_sheets(seed):
    sheets = []
    for i in range(40):
        s = random.Random(seed * 1000003 + 7919 * i + 17)
        sheets.append(dict(idx=i, upper=s.random() < .6, ascii=s.random() < .5, fixed=s.random() < .35,
                           d1904=s.random() < .08, sexflip=s.random() < .05, moji=s.random() < .07,
                           yserial=s.random() < .2, regcol=s.random() < .1))
    return sheets


def item(nid, part=None, role='g'):
    return (part, nid, role)


def compose(ident, p, agency, rng, tags):
    """decide WHICH names go where (ids only)."""
    cult = ident['cult']
    sm = CULT[cult]['sm']
    G = [item(g) for g in ident['given']]
    fam = ident['fam']
    if ident.get('fam_cur'):
        if rng.random() < 0.8:
            fam = ident['fam_cur']
            tags.add('married_name')
    if ident.get('zoda') and rng.random() < 0.55:
        fam = [(None, ident['zoda'])]
        tags.add('tj_zoda')
    F = [item(i, pt, 's') for pt, i in fam]
    fa = item(ident['father'], None, 'f')
    gf = item(ident['gfather'], None, 'f')
    # culture-specific family-name field
    if sm == 'irq':
        if F and rng.random() < 0.4:
            F = [fa, gf]
            tags.add('father_as_family')
        elif not F:
            F = wpick(rng, [([fa, gf], .5), ([fa], .3), ([gf], .2)])
    elif sm == 'afg' and not ident['mono']:
        if F and rng.random() < 0.25:
            F = [fa]
            tags.add('father_as_family')
        elif not F:
            F = [fa]
    elif sm == 'pak':
        if F and rng.random() < 0.2:
            F = [fa]
            tags.add('father_as_family')
        elif not F:
            F = [fa]
    elif sm == 'som':
        F = wpick(rng, [([fa, gf], .7), ([fa], .25), ([], .05)])
    elif sm == 'eth':
        F = wpick(rng, [([fa], .75), ([fa, gf], .25)])
    # PHL maternal middle name
    if sm == 'phl' and ident.get('middle'):
        mid = item(ident['middle'], None, 'm')
        r = rng.random()
        if r < 0.45:
            pass
        elif r < 0.70:
            G = G + [mid]
            tags.add('phl_middle_in_given')
        elif r < 0.85:
            G = G + [item('#I:' + ident['middle'])]
            tags.add('phl_middle_initial')
        elif r < 0.95:
            F = [mid] + F
            tags.add('phl_middle_in_family')
        else:
            tags.add('phl_middle_as_surname')
            if rng.random() < 0.4:
                G = G + F
            F = [mid]
    # drop a second given name
    if len(ident['given']) > 1 and rng.random() < 0.15:
        if ident['given'][0] == 'muhammad' and rng.random() < 0.7:
            G = [x for x in G if x[1] != 'muhammad' or x[2] != 'g']
        else:
            G = G[:1] + G[2:] if len(G) > 2 else G[:1]
        tags.add('given_dropped')
    # father's name inserted
    fin = CULT[cult]['fatherin'] * AG[agency]['fatherin']
    if fin and rng.random() < min(0.8, fin) and sm not in ('som', 'eth') and fa not in F:
        if cult in CY_CULTS and cult != 'md':
            G = G + [item('pat_' + ident['father'], None, 'p')]
            tags.add('patronymic')
        else:
            tags.add('father_in_name')
            if cult in ('arab_syr', 'arab_irq', 'mar') and rng.random() < 0.12:
                G = G + [item(ident['father'], 'bin', 'f')]
            elif rng.random() < 0.6:
                G = G + [fa]
            else:
                F = [fa] + F
    # mononyms (Indonesian single names, Afghans without surname or father's name)
    if ident['mono']:
        r = rng.random()
        if r < 0.30:
            tags.add('mononym')
        elif r < 0.55:
            F = list(G[:1])
            tags.add('mononym_dup')
        elif r < 0.70:
            F, G = list(G), [item('#PH:FNU')]
            tags.add('mononym_fnu')
        elif r < 0.80:
            F, G = list(G), []
            tags.add('mononym_in_family')
        else:
            F = [item('#PH')]
            tags.add('placeholder')
    # agency habits
    go = {'YIMER157': .5, 'SIGINMAEVI': .15, 'NGO': .05}.get(agency, .01)
    if F and rng.random() < go:
        F = []
        tags.add('given_only')
    si = {'NGO': .12, 'SIGINMAEVI': .30}.get(agency, 0)
    if F and not F[0][1].startswith('#') and rng.random() < si:
        F = [item('#I:' + F[0][1])]
        tags.add('surname_initial')
    if not F and 'given_only' not in tags and 'mononym' not in tags and rng.random() < 0.5:
        F = [item('#PH')]
        tags.add('placeholder')
    if rng.random() < 0.01 and G:
        G = [item('#PH')] if rng.random() < 0.5 else G
        if G and G[0][1].startswith('#PH'):
            tags.add('placeholder')
    return G, F


def render_items(items, ident, sty, script, rng, tags, agency, sex):
    cult = ident['cult']
    gend = CULT[cult].get('gend') and sex == 'F'
    out = []
    A = AG[agency]
    for part, nid, role in items:
        if nid.startswith('#PH'):
            txt = nid[4:] if nid.startswith('#PH:') else wpick(rng, PLACEHOLDERS)
            out.append([txt, None])
            continue
        if nid.startswith('#I:'):
            real = nid[3:]
            t = None
            if script:
                t = render_script(real, script, rng, False, None, set())
            if not t:
                t = render_lat(real, sty, cult, rng, False, set(), agency)
            t = t.strip()
            txt = (t[:1].upper() + ('.' if rng.random() < 0.7 else '')) if t else 'X.'
            out.append([txt, None])
            continue
        if nid.startswith('pat_'):
            fid_ = nid[4:]
            fe = LEX[fid_]
            if 'cy' in fe:
                pc = pat_cy(vpick(rng, fe['cy'], 3), sex)
                if script in ('cy', 'uk'):
                    txt = pc
                elif cult in ('uz', 'kg', 'az', 'tm') and rng.random() < 0.35:
                    base = render_lat(fid_, sty, cult, rng, False, set(), agency)
                    suf = {'uz': (" o'g'li", ' qizi'), 'kg': (' uulu', ' kyzy'),
                           'az': (' oğlu', ' qızı'), 'tm': (' ogly', ' gyzy')}[cult]
                    txt = base + (suf[0] if sex == 'M' else suf[1])
                else:
                    txt = translit(pc, cy_system(sty, False, rng))
            else:
                base = render_lat(fid_, sty, cult, rng, False, set(), agency)
                txt = base + ('ovich' if sex == 'M' else 'ovna')
            out.append([txt, nid])
            continue
        fem_sur = bool(gend and role == 's')
        txt = None
        if script:
            txt = render_script(nid, script, rng, fem_sur, part, tags)
        if txt is None:
            e = LEX[nid]
            if role in ('g',) and 'dim' in e and rng.random() < A['dim'] * 2.5:
                txt = vpick(rng, e['dim'])
                tags.add('diminutive')
            elif 'abbr' in e and rng.random() < (0.15 if agency in ('EGM', 'JANDARMA', 'BAKANLIK_ARSIV', 'SAVCILIK') else 0.05):
                txt = vpick(rng, e['abbr'])
                tags.add('abbreviation')
            else:
                txt = render_lat(nid, sty, cult, rng, fem_sur, tags, agency)
                if part in ('al', 'el', 'ben', 'dela', 'de', 'del'):
                    txt = particle_lat(part, txt, sty, rng, tags)
                elif part == 'bin':
                    txt = wpick(rng, [('bin ', .5), ('Bin ', .2), ('ibn ', .15), ('b. ', .15)]) + txt
        if part == 'bin' and script and not txt.startswith(('bin', 'Bin', 'ibn', 'b.')):
            txt = 'بن ' + txt
        e = LEX.get(nid, {})
        if part is None and 'ethc' not in e and ' ' in txt.strip() and 'lat' in e and len(e['lat']) > 1:
            tags.add('compound_split')
        elif '_' in ''.join(e.get('ar', []) + e.get('fa', [])) and ' ' not in txt:
            tags.add('compound_join')
        out.append([txt, nid])
    return out


def truncate_tokens(toks, width, sep=1):
    """fixed-width cut; tokens cut to <3 chars lose their name id."""
    out = []
    used = 0
    cut = False
    for i, (t, nid) in enumerate(toks):
        need = len(t) + (sep if out else 0)
        if used + need <= width:
            out.append([t, nid])
            used += need
            continue
        room = width - used - (sep if out else 0)
        cut = True
        if room > 0:
            frag = t[:room]
            out.append([frag, nid if len(frag) >= 3 else None])
        break
    return out, cut


def choose_style(agency, cult, rng):
    s = wpick(rng, AG[agency]['lat'])
    if s == 'nat':
        s = CULT[cult]['nat']
    elif s == 'pass':
        s = CULT[cult]['pas']
        if s == 'en':
            s = 'pass'
    if cult == 'mar' and s in ('en', 'pass') and rng.random() < 0.5:
        s = 'fr'
    if cult == 'som' and s in ('en', 'tr') and rng.random() < 0.2:
        s = 'so'
    if cult == 'kurd' and s == 'en' and rng.random() < 0.25:
        s = 'ku'
    if cult == 'uz' and s == 'en' and rng.random() < 0.2:
        s = 'uz'
    return s


def native_script(cult, cit, rng):
    sc = CULT[cult]['script']
    if cult == 'kurd' and cit == 'IRQ' and rng.random() < 0.7:
        sc = 'sor'
    if cult == 'kurd' and cit == 'TUR':
        return None
    return sc


def fno_items(ident, rng):
    cult = ident['cult']
    sm = CULT[cult]['sm']
    G = [item(g) for g in ident['given']]
    fam = ident.get('fam_cur') or ident['fam']
    F = [item(i, pt, 's') for pt, i in fam]
    fa = item(ident['father'], None, 'f')
    gf = item(ident['gfather'], None, 'f')
    if sm == 'som':
        return G + [fa, gf], 'gf'
    if sm == 'eth':
        return G + ([fa, gf] if rng.random() < 0.4 else [fa]), 'gf'
    if sm in ('irq', 'afg', 'pak') and not F and not ident['mono']:
        return G + [fa] + ([gf] if rng.random() < 0.6 else []), 'gf'
    if cult in ('arab_syr', 'arab_irq', 'kurd', 'afg', 'pak', 'pers') and rng.random() < 0.5:
        mid = [fa] + ([gf] if cult == 'arab_irq' and rng.random() < 0.5 else [])
        return G + mid + F, 'gf'
    if sm == 'phl' and ident.get('middle'):
        return G + [item(ident['middle'], None, 'm')] + F, 'gf'
    if cult in CY_CULTS and cult != 'md' and rng.random() < 0.6:
        return F + G + [item('pat_' + ident['father'], None, 'p')], 'fg'
    if not F:
        return G, 'gf'
    return G + F, 'gf'


def make_fno(ident, agency, sty, rng, tags, sex, force):
    A = AG[agency]
    if not force and rng.random() >= A['fno']:
        return []
    cult = ident['cult']
    items, order = fno_items(ident, rng)
    sc = native_script(cult, ident['cit'], rng)
    use_native = sc and rng.random() < (0.75 if agency in ('PMM', 'NGO', 'KONSOLOSLUK', 'IOM') else 0.4)
    if use_native:
        toks = render_items(items, ident, sty, sc, rng, tags, agency, sex)
        tags.add('fno_native')
    else:
        psty = CULT[cult]['pas']
        psty = 'pass' if psty == 'en' else psty
        toks = render_items(items, ident, psty, None, rng, tags, agency, sex)
        if agency == 'BAKANLIK_ARSIV' or rng.random() < 0.4:
            toks = [[tr_upper(t) if agency in TR_AGENCIES else t.upper(), n] for t, n in toks]
        tags.add('fno_latin')
    return toks


def apply_dates(p, ident, agency, rng, tags, sheet, reg, via_mrz):
    A = AG[agency]
    true = ident['dob']
    doc = ident['docdob']
    documented = ident['documented']
    cult = ident['cult']
    mode = 'full' if via_mrz else wpick(rng, list(zip(('full', 'year', 'age', 'missing'), A['date'])))
    bd = None
    by = None
    if mode == 'full':
        if rng.random() < A['docsrc'] or via_mrz:
            base = doc
        else:
            if documented:
                base = true
            elif rng.random() < 0.5:
                base = date(doc.year, 1, 1)
            else:
                base = None
                mode = 'year'
        if base is not None:
            if base.month == 1 and base.day == 1 and base != true:
                tags.add('dob_jan1')
            # non-Gregorian calendars
            if cult in ('pers', 'afg') and rng.random() < 0.12:
                jy, jm, jd = g2j(true.year, true.month, true.day)
                r = rng.random()
                if r < 0.35:
                    tags.add('jalali_raw')
                    bd = safe_date(jy, jm, jd)
                    if bd is None:
                        by = jy
                elif r < 0.65:
                    tags.add('jalali_naive')
                    bd = safe_date(jy + 621, jm, jd)
                    if bd is None:
                        by = jy + 621
                else:
                    tags.add('jalali_year621')
                    by = jy + 621
                return bd, by
            if cult in ('eth', 'eri') and rng.random() < 0.22:
                ey, em, ed = g2e(true)
                r = rng.random()
                if r < 0.45:
                    tags.add('ethiopian_year')
                    by = ey
                elif r < 0.75:
                    tags.add('ethiopian_date')
                    bd = safe_date(ey, em, ed) if em <= 12 else None
                    if bd is None:
                        by = ey
                else:
                    tags.add('ethiopian_plus8')
                    by = ey + 8
                return bd, by
            bd = base
            if via_mrz and bd.year >= 2000 and rng.random() < 0.35:
                bd = safe_date(bd.year - 100, bd.month, bd.day) or bd
                tags.add('mrz_century')
            if via_mrz and rng.random() < 0.04:
                s = bd.strftime('%y%m%d')
                i = rng.randrange(6)
                sub = {'0': '8', '8': '0', '1': '7', '7': '1', '5': '6', '6': '5', '3': '8', '2': '7'}
                if s[i] in sub:
                    s2 = s[:i] + sub[s[i]] + s[i + 1:]
                    cand = safe_date(bd.year // 100 * 100 + int(s2[:2]), int(s2[2:4]), int(s2[4:]))
                    if cand:
                        bd = cand
                        tags.add('mrz_ocr_date')
            r = rng.random()
            dm = 0.05 if agency in ('NGO', 'IOM') else 0.03
            if r < dm and bd.day <= 12 and bd.day != bd.month:
                bd = date(bd.year, bd.day, bd.month)
                tags.add('dob_dm_swap')
            elif r < dm + 0.015:
                nd = safe_date(bd.year, bd.month, max(1, min(28, bd.day + rng.choice([-10, -1, 1, 10]))))
                if nd and nd != bd:
                    bd = nd
                    tags.add('dob_day_typo')
            elif r < dm + 0.035:
                nd = safe_date(bd.year + rng.choice([-1, 1]), bd.month, bd.day) or \
                    safe_date(bd.year + 1, bd.month, 28)
                bd = nd
                tags.add('dob_year_pm1')
            elif r < dm + 0.04:
                ys = str(bd.year)
                ny = int(ys[:2] + ys[3] + ys[2])
                nd = safe_date(ny, bd.month, bd.day)
                if nd and ny != bd.year and 1930 <= ny <= 2024:
                    bd = nd
                    tags.add('dob_year_transposed')
            if sheet is not None and sheet['d1904']:
                bd = bd + timedelta(days=(1462 if rng.random() < 0.5 else -1462))
                tags.add('excel_1904')
            regp = 0.02 if agency == 'BAKANLIK_ARSIV' else (0.005 if agency in ('EGM', 'JANDARMA') else 0.001)
            if sheet is not None and sheet['regcol']:
                regp = 0.15
            if rng.random() < regp:
                bd = reg
                tags.add('regdate_as_dob')
            r = rng.random()
            if r < 0.55:
                by = bd.year
            elif r < 0.98:
                by = None
            else:
                by = bd.year + rng.choice([-1, 1])
                tags.add('year_inconsistent')
            return bd, by
    if mode == 'year':
        tags.add('dob_year_only')
        by = doc.year if rng.random() < 0.6 else true.year
        if rng.random() < 0.04:
            by += rng.choice([-1, 1])
            tags.add('dob_year_pm1')
        if cult in ('pers', 'afg') and rng.random() < 0.08:
            jy = g2j(true.year, true.month, true.day)[0]
            by = jy + 621 if rng.random() < 0.7 else jy
            tags.add('jalali_year621' if by > 1800 else 'jalali_raw')
        if cult in ('eth', 'eri') and rng.random() < 0.15:
            by = g2e(true)[0]
            tags.add('ethiopian_year')
        if sheet is not None and sheet['yserial'] and rng.random() < 0.7:
            bd = EXCEL0 + timedelta(days=by)
            tags.add('excel_year_serial')
            if rng.random() < 0.5:
                by = None
        return bd, by
    if mode == 'age':
        tags.add('dob_age_derived')
        age = reg.year - true.year - (1 if (reg.month, reg.day) < (true.month, true.day) else 0)
        age += wpick(rng, [(0, .55), (-1, .12), (1, .13), (-2, .06), (2, .06), (-3, .04), (3, .04)])
        age = max(0, age)
        by = reg.year - age
        if rng.random() < 0.25:
            bd = date(by, 1, 1)
            tags.add('dob_jan1')
            if rng.random() < 0.6:
                by = None
        return bd, by
    tags.add('dob_missing')
    return None, None


def apply_cit(p, ident, agency, rng, tags):
    A = AG[agency]
    c = ident['cit']
    if p['stateless'] and ident is p:
        c = wpick(rng, [('PSE', .4), ('', .3), ('SYR', .3)])
        tags.add('cit_stateless')
    r = rng.random()
    if r < A['citmiss']:
        tags.add('cit_missing')
        return ''
    r -= A['citmiss']
    if r < 0.012 and c in DROPDOWN:
        tags.add('cit_dropdown')
        nb = DROPDOWN[c]
        return nb[rng.randrange(len(nb))]
    r -= 0.012
    if r < 0.03 and c in TRANSIT:
        tags.add('cit_transit')
        t = TRANSIT[c]
        return t[rng.randrange(len(t))]
    r -= 0.03
    if c == 'SYR' and r < 0.02:
        tags.add('cit_naturalised')
        return 'TUR'
    return c


def make_record(p, agency, rng, sheets, reg):
    A = AG[agency]
    tags = set()
    ident = p
    if p['alias'] and rng.random() < 0.4:
        ident = p['alias']
        tags.add('alias')
    cult = ident['cult']
    sex = p['sex']
    sheet = sheets[rng.randrange(len(sheets))] if agency == 'BAKANLIK_ARSIV' else None
    sty = choose_style(agency, cult, rng)
    via_mrz = ident['documented'] and rng.random() < A['mrz']
    script = None
    if not via_mrz:
        sc = native_script(cult, ident['cit'], rng)
        fac = 0.3 if cult in ('uz', 'tm', 'az', 'md', 'kz') else 1.0
        if sc and rng.random() < A['native'] * fac:
            script = sc
    full_only = (not via_mrz) and rng.random() < {'BAKANLIK_ARSIV': .08, 'KONSOLOSLUK': .04,
                                                   'PMM': .02}.get(agency, .01)
    if full_only:
        G, F = [], []
    else:
        G, F = compose(ident, p, agency, rng, tags)
    if via_mrz:
        G = [x for x in G if x[2] != 'p']
        if cult == 'arab_irq' and rng.random() < 0.7:
            have = [x[1] for x in G + F]
            for x in (item(ident['father'], None, 'f'), item(ident['gfather'], None, 'f')):
                if x[1] not in have:
                    G = G + [x]
                    have.append(x[1])
                    tags.add('father_in_name')
        if 'patronymic' in tags:
            tags.discard('patronymic')
        sty = CULT[cult]['pas']
        sty = 'pass' if sty == 'en' else sty
    gt = render_items(G, ident, sty, script, rng, tags, agency, sex)
    ft = render_items(F, ident, sty, script, rng, tags, agency, sex)
    if script:
        tags.add('script_' + script)
    fno = []
    if via_mrz:
        tags.add('mrz')
        gt = [[icao_upper(t, rng), n] for t, n in gt]
        ft = [[icao_upper(t, rng), n] for t, n in ft]
        gt = [x for x in gt if x[0].strip()]
        ft = [x for x in ft if x[0].strip()]
        # TD3: 39 characters for  SURNAME<<GIVEN<NAMES
        fl = sum(len(t) for t, _ in ft) + max(0, len(ft) - 1)
        room = 39 - fl - 2
        if room < 0:
            ft, _ = truncate_tokens(ft, 37)
            room = 0
        gt2, cut = truncate_tokens(gt, room) if room > 0 else ([], bool(gt))
        if cut:
            tags.add('mrz_trunc')
        gt = gt2
        if rng.random() < 0.15:
            allt = gt + ft
            if allt:
                k = rng.randrange(len(allt))
                t = allt[k][0]
                pos = [i for i, ch in enumerate(t) if ch in OCR]
                if pos:
                    i = pos[rng.randrange(len(pos))]
                    allt[k][0] = t[:i] + OCR[t[i]] + t[i + 1:]
                    tags.add('mrz_ocr')
        if rng.random() < 0.05:
            gt = [[t.replace(' ', '<'), n] for t, n in gt]
            ft = [[t.replace(' ', '<'), n] for t, n in ft]
            tags.add('mrz_filler')
        if rng.random() < 0.5:
            raw = ('<'.join(t.replace(' ', '<') for t, _ in ft) + '<<' +
                   '<'.join(t.replace(' ', '<') for t, _ in gt))
            line = 'P<' + (ident['cit'] or 'XXX') + raw
            line = (line + '<' * 44)[:44]
            ids = [n for _, n in ft + gt]
            fno = [[line, None]] + [['', n] for n in ids]
            tags.add('mrz_raw')
    else:
        # text-level noise on Latin tokens
        toks = gt + ft
        if agency == 'BAKANLIK_ARSIV':
            caps = sheet['upper']
            asc = sheet['ascii']
        else:
            caps = rng.random() < A['caps']
            asc = rng.random() < A['ascii']
        for tk in toks:
            t = tk[0]
            if not is_latin(t):
                continue
            if asc:
                t2 = strip_marks(t) if agency == 'BAKANLIK_ARSIV' else t.translate(TR_STRIP)
                if t2 != t:
                    tags.add('diacritics_stripped')
                t = t2
            if caps:
                t2 = tr_upper(t) if agency in TR_AGENCIES else t.upper()
                if t2 != t:
                    tags.add('caps')
                t = t2
            tk[0] = t
        nt = 1 if rng.random() < A['typo'] else 0
        if nt and rng.random() < 0.12:
            nt = 2
        cand = [tk for tk in toks if tk[1] is not None and len(tk[0]) >= 3]
        for _ in range(nt):
            if cand:
                tk = cand[rng.randrange(len(cand))]
                t2 = typo(tk[0], rng)
                if t2 != tk[0]:
                    tk[0] = t2
                    tags.add('typo')
        # Unicode look-alikes
        hg = 0.04 if agency in ('NGO', 'KONSOLOSLUK') else 0.012
        if cand and rng.random() < hg:
            tk = cand[rng.randrange(len(cand))]
            t2 = homoglyph(tk[0], rng)
            if t2 != tk[0]:
                tk[0] = t2
                tags.add('homoglyph')
        nf = 0.04 if agency in ('NGO', 'IOM', 'KONSOLOSLUK') else 0.01
        if rng.random() < nf:
            ch = False
            for tk in toks:
                t2 = unicodedata.normalize('NFD', tk[0])
                if t2 != tk[0]:
                    tk[0] = t2
                    ch = True
            if ch:
                tags.add('unicode_nfd')
        if cult == 'md' and rng.random() < 0.3:
            for tk in toks:
                t2 = tk[0].replace('ș', 'ş').replace('ț', 'ţ').replace('Ș', 'Ş').replace('Ț', 'Ţ')
                if t2 != tk[0]:
                    tk[0] = t2
                    tags.add('ro_cedilla')
        if cult == 'az' and rng.random() < 0.4:
            rep = wpick(rng, [('ä', .35), ('ә', .3), ('e', .35)])
            for tk in toks:
                t2 = tk[0].replace('ə', rep).replace('Ə', rep.upper())
                if t2 != tk[0]:
                    tk[0] = t2
                    tags.add('az_schwa')
        if agency in ('NGO', 'KONSOLOSLUK') and rng.random() < 0.05:
            for tk in toks:
                t2 = tk[0].replace('ş', 'ș').replace('Ş', 'Ș')
                if t2 != tk[0]:
                    tk[0] = t2
                    tags.add('ro_cedilla')
        if script is None and any((t[1] is not None and not is_latin(t[0]) and t[0].strip()) for t in toks):
            pass
    # swaps and single-field
    if rng.random() < 0.06 and gt and ft:
        gt, ft = ft, gt
        tags.add('name_swap')
    elif rng.random() < 0.05 and (gt or ft):
        allt = (gt + ft) if rng.random() < 0.7 else (ft + gt)
        if rng.random() < 0.6:
            gt, ft = allt, []
        else:
            gt, ft = [], allt
        tags.add('one_field')
    if not fno:
        fno = make_fno(ident, agency, sty, rng, tags, sex, force=full_only)
    if full_only and fno:
        gt, ft = [], []
        tags.add('full_only')
    # legacy-sheet effects
    if sheet is not None:
        if sheet['fixed']:
            gt, c1 = truncate_tokens(gt, 12)
            ft, c2 = truncate_tokens(ft, 15)
            c3 = False
            if fno and fno[0][1] is not None:
                fno, c3 = truncate_tokens(fno, 25)
            if c1 or c2 or c3:
                tags.add('fixed_width_trunc')
        if sheet['moji'] and rng.random() < 0.5:
            changed = False
            for tk in gt + ft + fno:
                t2 = mojibake(tk[0])
                if t2 != tk[0]:
                    tk[0] = t2
                    changed = True
            if changed:
                tags.add('mojibake')
    given_s = ' '.join(t for t, _ in gt if t).strip()
    fam_s = ' '.join(t for t, _ in ft if t).strip()
    fno_s = ' '.join(t for t, _ in fno if t).strip()
    ids = [n for t, n in gt + ft if n is not None and t.strip()]
    if not ids:
        ids = [n for t, n in fno if n is not None]
    name_key = '+'.join(sorted(set(ids)))
    bd, by = apply_dates(p, ident, agency, rng, tags, sheet, reg, via_mrz)
    sx = sex
    if sheet is not None and sheet['sexflip']:
        sx = 'F' if sex == 'M' else 'M'
        tags.add('sex_code_flip')
    elif rng.random() < A['sexmiss']:
        sx = ''
        tags.add('sex_missing')
    elif rng.random() < 0.008:
        sx = 'F' if sex == 'M' else 'M'
        tags.add('sex_error')
    cit = apply_cit(p, ident, agency, rng, tags)
    row = dict(given_names=given_s, family_names=fam_s, full_name_original=fno_s,
               birth_date=bd.isoformat() if bd else '', birth_year=('%04d' % by) if by else '',
               sex=sx, citizenship=cit)
    tr = dict(person_id=p['pid'], family_id=p['fid'], name_key=name_key, agency=agency,
              variations='|'.join(sorted(tags)), birth_name_key=p['bkey'], _cult=cult)
    return row, tr


def pick_agency(p, rng):
    while True:
        a = wpick(rng, AG_LIST)
        if a == 'KONSOLOSLUK' and (p['cult'] == 'tur' or p['cit'] == 'TUR' or p['stateless']):
            continue
        return a


def generate(n, seed):
    rng = random.Random(seed)
    sheets = make_sheets(seed)
    st = {'pid': 0, 'fid': 0}
    rows = []
    while len(rows) < n:
        for p in make_family(st, rng):
            p['bkey'] = birth_ids(p)
            k = wpick(rng, N_REC)
            recs = []
            for _ in range(k):
                agency = pick_agency(p, rng)
                ry = rng.randint(2015, 2024)
                reg = rand_day(rng, ry)
                if reg <= p['dob']:
                    reg = p['dob'] + timedelta(days=rng.randint(30, 900))
                recs.append(make_record(p, agency, rng, sheets, reg))
            extra = []
            for row, tr in recs:
                if tr['agency'] == 'BAKANLIK_ARSIV' and rng.random() < 0.05 and len(recs) + len(extra) < 9:
                    tr2 = dict(tr)
                    tr2['variations'] = '|'.join(sorted(set((tr['variations'].split('|') if tr['variations'] else []) + ['legacy_dupe'])))
                    extra.append((dict(row), tr2))
            rows.extend(recs + extra)
    rows = rows[:n]
    rng.shuffle(rows)
    return rows


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    n = int(sys.argv[1])
    seed = int(sys.argv[2])
    rows = generate(n, seed)
    rf = ['id', 'given_names', 'family_names', 'full_name_original', 'birth_date', 'birth_year', 'sex',
          'citizenship']
    tf = ['id', 'person_id', 'family_id', 'name_key', 'agency', 'variations', 'birth_name_key']
    with open(sys.argv[3], 'w', newline='', encoding='utf-8') as f1, \
            open(sys.argv[4], 'w', newline='', encoding='utf-8') as f2:
        w1 = csv.writer(f1)
        w2 = csv.writer(f2)
        w1.writerow(rf)
        w2.writerow(tf)
        for i, (row, tr) in enumerate(rows):
            rid = 'R%07d' % (i + 1)
            w1.writerow([rid] + [row[k] for k in rf[1:]])
            w2.writerow([rid] + [tr[k] for k in tf[1:]])


if __name__ == '__main__':
    main()
