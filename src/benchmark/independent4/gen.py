#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic register of possible trafficking victims in Türkiye (independent4).

usage: python3 gen.py N SEED records.csv truth.csv

Deterministic per (N, SEED): only random.Random objects seeded with ints or
strings are used, no set/dict iteration depends on string hashing.
People are generated household by household and their records are written
at once into temporary bucket files (random bucket per record); each bucket
is then shuffled in memory and appended to the outputs, so memory stays small
and records of one person end up scattered through the file.
"""
import csv
import datetime
import os
import random
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True     # keep the source folder clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import names as NM            # noqa: E402
import noise as NZ            # noqa: E402
from names import cap, fold, pick, cyr2lat, C_BGN, C_ICAO, C_TR   # noqa: E402


def W(d):
    """Normalise a {value: weight} dict into a list usable by pick()."""
    tot = float(sum(d.values()))
    return [(k, v / tot) for k, v in d.items() if v > 0]


# ================================================================= cultures
class Culture(object):
    pass


#       code cit   weight phon nat  icao  orig  fem  scheme     p_doc jan1  knows  sea
_CULT = [
    ('sy', 'SYR', 18.0, 'ar', 'en', 'en', 'ar', .50, 'arab', .55, .30, .60, 1),
    ('iq', 'IRQ', 5.0, 'ar', 'en', 'en', 'ar', .50, 'arab', .60, .20, .65, 1),
    ('ps', 'PSE', 0.6, 'ar', 'en', 'en', 'ar', .50, 'arab', .40, .25, .60, 1),
    ('ku', 'SYR', 3.0, 'ku', 'ku', 'en', 'ar', .50, 'arab', .50, .25, .55, 1),
    ('ma', 'MAR', 2.0, 'ar', 'en', 'fr', 'ar', .70, 'arab', .70, .05, .85, 1),
    ('ir', 'IRN', 5.0, 'fa', 'en', 'en', 'fa', .60, 'persian', .65, .05, .55, 1),
    ('af', 'AFG', 10.0, 'af', 'en', 'en', 'fa', .35, 'afghan', .30, .60, .25, 1),
    ('uz', 'UZB', 9.0, 'uz', 'uz', 'uz', 'ru', .70, 'ca', .92, .02, .95, 0),
    ('tk', 'TKM', 6.0, 'tk', 'tk', 'tk', 'ru', .75, 'ca', .90, .02, .95, 0),
    ('kg', 'KGZ', 5.0, 'kg', 'en', 'ruL', 'ru', .70, 'ca', .92, .02, .95, 0),
    ('kz', 'KAZ', 2.0, 'kz', 'en', 'ruL', 'ru', .70, 'ca', .93, .02, .95, 0),
    ('tj', 'TJK', 2.0, 'tj', 'en', 'ruL', 'ru', .55, 'ca', .90, .03, .90, 0),
    ('az', 'AZE', 3.0, 'az', 'az', 'az', 'nat', .70, 'ca', .93, .02, .95, 0),
    ('ge', 'GEO', 3.0, 'ge', 'en', 'kaL', 'ka', .75, 'georgian', .95, .01, .97, 0),
    ('ru', 'RUS', 3.0, 'ru', 'en', 'ruL', 'ru', .80, 'slavic', .95, .01, .98, 0),
    ('ua', 'UKR', 3.0, 'ua', 'en', 'ukL', 'uk', .80, 'slavic', .95, .01, .98, 0),
    ('md', 'MDA', 3.0, 'md', 'ro', 'ro', 'nat', .80, 'slavic', .95, .01, .98, 0),
    ('ng', 'NGA', 3.0, 'ng', 'lat', 'lat', 'nat', .75, 'african', .70, .05, .85, 1),
    ('gh', 'GHA', 1.5, 'gh', 'lat', 'lat', 'nat', .70, 'african', .70, .05, .85, 1),
    ('et', 'ETH', 1.0, 'et', 'lat', 'lat', 'am', .75, 'ethiopian', .50, .15, .50, 1),
    ('so', 'SOM', 1.5, 'so', 'so', 'en', 'nat', .55, 'somali', .25, .35, .40, 1),
    ('pk', 'PAK', 3.0, 'pk', 'en', 'en', 'ur', .30, 'pk', .60, .10, .60, 1),
    ('bd', 'BGD', 1.5, 'bd', 'en', 'en', 'nat', .25, 'bd', .50, .10, .60, 1),
    ('tu', 'TUR', 8.0, 'tu', 'tr', 'tr', 'nat', .55, 'turkish', .98, .02, .98, 0),
]
GMULT = {
    'sy': {'mus': 1, 'ar': 1, 'sy': 1.3, 'sh': .1}, 'iq': {'mus': 1, 'ar': 1, 'iq': 1.5, 'sh': 1},
    'ps': {'mus': 1, 'ar': 1, 'sy': .8}, 'ku': {'ku': 2.5, 'mus': .8, 'ar': .3},
    'ma': {'ma': 1.5, 'ar': .6, 'mus': 1}, 'ir': {'fa': 1.3, 'mus': .5, 'sh': 1},
    'af': {'af': 1.4, 'fa': .5, 'mus': .8, 'sh': .3}, 'uz': {'uz': 1.3, 'mus': .3},
    'tk': {'tk': 1.6, 'mus': .2}, 'kg': {'kg': 1.6, 'kz': .3, 'mus': .15},
    'kz': {'kz': 1.6, 'kg': .3, 'mus': .1}, 'tj': {'tj': 1.6, 'uz': .3, 'fa': .2, 'mus': .3},
    'az': {'az': 1.6, 'mus': .3, 'sh': .3}, 'ge': {'ge': 1}, 'ru': {'ru': 1}, 'ua': {'ua': 1},
    'md': {'md': 1}, 'ng': {'ng': 1, 'mus': .1}, 'gh': {'gh': 1}, 'et': {'et': 1, 'mus': .05},
    'so': {'so': 1.6, 'mus': 1}, 'pk': {'pk': 1.5, 'mus': 1, 'af': .1}, 'bd': {'bd': 1.5, 'mus': 1},
    'tu': {'tu': 1},
}
FMULT = {
    'sy': {'ar': 1, 'sy': 1.3}, 'iq': {'ar': 1, 'iq': 1.5}, 'ps': {'ar': 1, 'sy': 1},
    'ku': {'ku': 2, 'ar': .5}, 'ma': {'ma': 1}, 'ir': {'fa': 1}, 'af': {'af': 1.3, 'fa': .5},
    'uz': {'uz': 1}, 'tk': {'tk': 1}, 'kg': {'kg': 1, 'kz': .2}, 'kz': {'kz': 1, 'kg': .2},
    'tj': {'tj': 1, 'uz': .3}, 'az': {'az': 1}, 'ge': {'ge': 1}, 'ru': {'ru': 1},
    'ua': {'ua': 1, 'ru': .15}, 'md': {'md': 1}, 'ng': {'ng': 1}, 'gh': {'gh': 1}, 'pk': {'pk': 1},
    'bd': {'bd': 1}, 'tu': {'tu': 1},
}
NEIGHBOURS = {
    'SYR': ['IRQ', 'PSE', 'LBN', 'JOR'], 'IRQ': ['SYR', 'IRN'], 'PSE': ['SYR', 'JOR', 'LBN'],
    'MAR': ['DZA', 'TUN'], 'IRN': ['AFG', 'IRQ'], 'AFG': ['IRN', 'PAK', 'TJK'],
    'UZB': ['KGZ', 'TJK', 'KAZ', 'TKM', 'RUS'], 'TKM': ['UZB', 'RUS'], 'KGZ': ['KAZ', 'UZB', 'RUS'],
    'KAZ': ['KGZ', 'RUS', 'UZB'], 'TJK': ['UZB', 'AFG', 'RUS'], 'AZE': ['TUR', 'IRN', 'RUS', 'GEO'],
    'GEO': ['AZE', 'RUS', 'ARM'], 'RUS': ['UKR', 'KAZ', 'BLR'], 'UKR': ['RUS', 'MDA', 'BLR'],
    'MDA': ['ROU', 'UKR', 'RUS'], 'NGA': ['GHA', 'CMR'], 'GHA': ['NGA', 'CIV'], 'ETH': ['ERI', 'SOM'],
    'SOM': ['ETH', 'KEN', 'DJI'], 'PAK': ['AFG', 'IND', 'BGD'], 'BGD': ['PAK', 'IND', 'MMR'],
    'TUR': ['SYR', 'AZE'],
}
# Turkish clerks picking a code from a drop-down by the Turkish country name:
# SUR = Suriname (meant Suriye), KIR = Kiribati (meant Kırgızistan), IRK is not a code.
CODE_CONFUSION = {'SYR': 'SUR', 'KGZ': 'KIR'}
POSTSOVIET = frozenset(['uz', 'tk', 'kg', 'kz', 'tj', 'az', 'ge', 'ru', 'ua', 'md'])
ARABSCRIPT = frozenset(['sy', 'iq', 'ps', 'ku', 'ma', 'ir', 'af', 'pk', 'so'])
WIFE_TAKES = frozenset(['tu', 'ru', 'ua', 'md', 'ge', 'uz', 'tk', 'kg', 'kz', 'tj', 'az'])

CULTURES = []
for row in _CULT:
    c = Culture()
    (c.code, c.cit, c.w, c.phon, c.nat, c.icao, c.orig, c.fem, c.scheme, c.p_doc, c.doc_jan1,
     c.knows, c.sea) = row
    CULTURES.append(c)
CULT = {c.code: c for c in CULTURES}
CULT_PICK = [(c, c.w) for c in CULTURES]
_t = sum(w for _, w in CULT_PICK)
CULT_PICK = [(c, w / _t) for c, w in CULT_PICK]


def _pool(names, mult, sex, kind):
    items = []
    for nm in names:
        m = 0.0
        for g in nm.groups:
            v = mult.get(g)
            if v is not None and v > m:
                m = v
        if m <= 0:
            continue
        if kind == 'given' and nm.sex != sex:
            continue
        if kind == 'family' and nm.only and nm.only != sex:
            continue
        items.append((nm, nm.w * m))
    tot = sum(w for _, w in items)
    cum = []
    acc = 0.0
    for nm, w in items:
        acc += w / tot
        cum.append(acc)
    return ([nm for nm, _ in items], cum)


for c in CULTURES:
    c.gpool = {s: _pool(NM.GIVEN, GMULT[c.code], s, 'given') for s in ('m', 'f')}
    if c.code in FMULT:
        c.fpool = {s: _pool(NM.FAMILY, FMULT[c.code], s, 'family') for s in ('m', 'f')}
    else:
        c.fpool = None


def draw(pool, r):
    lst, cum = pool
    x = r.random()
    lo, hi = 0, len(cum) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lst[lo]


# ================================================================= agencies
BASE_AG = dict(
    conv={'tr': 1}, case={'upper_tr': 1}, fold=0.0, orig={'empty': 1}, turkish=True,
    kb=.02, ocr=0.0, phon=0.0, swap=.03, onefield=.02, comma=0.0, father=0.0, patronymic=0.0,
    drop_second=.12, initial=.01, given_only=.02, nick=0.0, honor=.5, alias=.3, placeholder=.01,
    trunc=0.0, trunc_len=20, moji=0.0, qmark=0.0, homoglyph=0.0,
    date={'doc': .6, 'self': .2, 'age': .15, 'none': .05}, agefmt={'year': .5, 'jan1': .5},
    age_noise=1, dm_swap=.01, year_off=.01, digit=.004, ymis=.002,
    sex_missing=.01, sex_wrong=.003, cit_missing=.02, cit_wrong=.02, cit_code=0.0,
    married=.45, gender_wrong=.05, lie=0.0, kind='other', fnu=0.0,
)
AGENCIES = {
    'EGM_POLICE': dict(conv={'tr': .55, 'icao': .35, 'en': .07, 'ruL': .03},
                       case={'upper_tr': .85, 'upper': .1, 'title_tr': .05}, fold=.08,
                       orig={'empty': .5, 'latin': .45, 'script': .05}, kb=.04, phon=.04, swap=.04,
                       onefield=.02, father=.03, alias=.6, lie=.6, moji=.003, qmark=.003,
                       date={'doc': .55, 'self': .15, 'age': .25, 'none': .05},
                       agefmt={'year': .35, 'jan1': .65}, cit_wrong=.03, cit_code=.02),
    'JGK_GENDARMERIE': dict(conv={'tr': .7, 'icao': .2, 'en': .1}, case={'upper_tr': .9, 'upper': .1},
                            fold=.15, orig={'empty': .7, 'latin': .3}, kb=.06, phon=.08, swap=.06,
                            onefield=.04, given_only=.04, alias=.5, lie=.6, placeholder=.02,
                            date={'doc': .35, 'self': .2, 'age': .35, 'none': .1},
                            cit_missing=.05, cit_wrong=.05, cit_code=.03, sex_missing=.02),
    'SG_COASTGUARD': dict(conv={'tr': .75, 'en': .25}, case={'upper_tr': .9, 'upper': .1}, fold=.2,
                          orig={'empty': .9, 'latin': .1}, kb=.05, phon=.12, swap=.05, onefield=.05,
                          given_only=.08, alias=.3, lie=.5, placeholder=.05,
                          date={'doc': .1, 'self': .2, 'age': .5, 'none': .2}, agefmt={'year': .6, 'jan1': .4},
                          age_noise=2, cit_missing=.1, cit_wrong=.1, cit_code=.03, sex_missing=.03),
    'PMM_PD': dict(conv={'tr': .35, 'icao': .55, 'en': .1}, case={'upper_tr': .95, 'upper': .05},
                   fold=.04, orig={'empty': .45, 'latin': .35, 'script': .2}, kb=.03, ocr=.005, swap=.03,
                   onefield=.01, given_only=.01, father=.05, alias=.4, placeholder=.005, trunc=.03,
                   moji=.01, date={'doc': .75, 'self': .1, 'age': .12, 'none': .03},
                   agefmt={'jan1': .8, 'year': .2}, dm_swap=.015, cit_wrong=.01, cit_code=.01,
                   sex_missing=.005, kind='pmm'),
    'PMM_HQ_VICTIM_SUPPORT': dict(conv={'icao': .6, 'tr': .3, 'en': .1}, case={'upper_tr': .6, 'title_tr': .4},
                                  orig={'script': .35, 'latin': .4, 'comma': .1, 'empty': .15}, kb=.01, swap=.01,
                                  onefield=.005, alias=.2, date={'doc': .9, 'self': .07, 'age': .02, 'none': .01},
                                  cit_wrong=.003, cit_missing=.005, sex_missing=.002, dm_swap=.005, kind='pmm'),
    'PROSECUTOR': dict(conv={'tr': .65, 'icao': .35}, case={'upper_tr': .6, 'title_tr': .4},
                       orig={'latin': .5, 'empty': .5}, kb=.02, ocr=.03, swap=.03, onefield=.12, father=.05,
                       comma=.03,
                       alias=.5, date={'doc': .55, 'self': .2, 'age': .2, 'none': .05},
                       agefmt={'year': .6, 'jan1': .4}),
    'NGO_REFUGEE_AR_FA': dict(conv={'en': .5, 'tr': .15, 'fr': .1, 'arab': .25},
                              case={'title': .7, 'upper': .2, 'lower': .1}, turkish=False,
                              orig={'script': .8, 'latin': .1, 'empty': .1}, kb=.03, phon=.04, swap=.03,
                              onefield=.03, father=.15, nick=.05, honor=.7,
                              date={'doc': .4, 'self': .35, 'age': .2, 'none': .05},
                              agefmt={'year': .8, 'jan1': .2}, cit_missing=.05, kind='ngo'),
    'NGO_MIGRANT_WOMEN_RU': dict(conv={'cyr': .35, 'ruL': .35, 'tr': .15, 'en': .15},
                                 case={'title': .85, 'upper': .15}, turkish=False,
                                 orig={'script': .7, 'latin': .2, 'empty': .1}, kb=.03, patronymic=.25,
                                 nick=.08, homoglyph=.03, date={'doc': .5, 'self': .4, 'age': .08, 'none': .02},
                                 cit_missing=.04, kind='ngo'),
    'NGO_WOMEN_TR': dict(conv={'tr': .75, 'en': .25}, case={'title_tr': .5, 'upper_tr': .25, 'lower': .1, 'upper': .15},
                         fold=.3, orig={'empty': .85, 'latin': .15}, kb=.06, phon=.07, swap=.05, onefield=.04,
                         given_only=.1, drop_second=.3, nick=.05,
                         date={'doc': .25, 'self': .3, 'age': .3, 'none': .15}, agefmt={'year': .8, 'jan1': .2},
                         sex_missing=.03, cit_missing=.12, cit_wrong=.05, kind='ngo'),
    'NGO_INTL_CASEWORK': dict(conv={'en': .7, 'fr': .1, 'de': .1, 'icao': .1}, case={'title': .8, 'upper': .2},
                              turkish=False, orig={'comma': .3, 'script': .3, 'empty': .4}, kb=.02, swap=.02,
                              comma=.04,
                              father=.05, date={'doc': .5, 'self': .3, 'age': .15, 'none': .05},
                              agefmt={'year': .5, 'jul1': .3, 'jan1': .2}, cit_missing=.03, kind='ngo'),
    'IOM': dict(conv={'icao': .5, 'en': .4, 'fr': .1}, case={'upper': .5, 'title': .5}, turkish=False,
                orig={'comma': .5, 'script': .2, 'empty': .3}, kb=.015, fnu=.6, swap=.02, comma=.05,
                date={'doc': .75, 'self': .1, 'age': .12, 'none': .03}, agefmt={'jul1': .35, 'year': .45, 'jan1': .2},
                sex_missing=.005, cit_missing=.01, kind='intl'),
    'MUNICIPALITY_SOCIAL': dict(conv={'tr': .85, 'en': .15}, case={'title_tr': .45, 'upper_tr': .25, 'upper': .3},
                                fold=.45, orig={'empty': .9, 'latin': .1}, kb=.05, phon=.05, swap=.05, onefield=.05,
                                given_only=.1, trunc=.12, trunc_len=15, moji=.04, qmark=.03,
                                date={'doc': .2, 'self': .25, 'age': .25, 'none': .3}, agefmt={'year': .6, 'jan1': .4},
                                sex_missing=.05, cit_missing=.2, cit_wrong=.04, cit_code=.04),
    'SHELTER': dict(conv={'tr': .6, 'en': .4}, case={'title_tr': .75, 'upper_tr': .25}, fold=.2,
                    orig={'empty': .95, 'latin': .05}, kb=.04, phon=.05, given_only=.25, nick=.15,
                    drop_second=.3, alias=.3, date={'doc': .3, 'self': .3, 'age': .3, 'none': .1},
                    agefmt={'year': .9, 'jan1': .1}, sex_missing=.005, cit_missing=.1),
    'CONSULATE': dict(conv={}, case={'upper': .5, 'title': .5}, turkish=False, orig={'script': .9, 'latin': .1},
                      kb=.01, patronymic=.3, father=.2, alias=0.0, honor=.3, placeholder=0.0,
                      date={'doc': .95, 'self': .05}, dm_swap=.003, year_off=.003, sex_missing=0.0,
                      sex_wrong=0.0, cit_missing=0.0, cit_wrong=0.0, married=.6, gender_wrong=0.0,
                      kind='consulate'),
    'YIMER157_HOTLINE': dict(conv={'tr': .85, 'en': .15}, case={'upper_tr': .5, 'title_tr': .5}, fold=.25,
                             orig={'empty': 1}, kb=.03, phon=.3, swap=.06, onefield=.08, given_only=.4,
                             nick=.15, alias=.5, lie=.5, placeholder=.05,
                             date={'doc': .05, 'self': .15, 'age': .45, 'none': .35}, agefmt={'year': .9, 'jan1': .1},
                             age_noise=3, sex_missing=.15, sex_wrong=.02, cit_missing=.3, cit_wrong=.15),
}
for k in AGENCIES:
    d = dict(BASE_AG)
    d.update(AGENCIES[k])
    AGENCIES[k] = d
AG_BASE_W = {'EGM_POLICE': 20, 'JGK_GENDARMERIE': 8, 'SG_COASTGUARD': 3, 'PMM_PD': 22,
             'PMM_HQ_VICTIM_SUPPORT': 6, 'PROSECUTOR': 7, 'NGO_REFUGEE_AR_FA': 6, 'NGO_MIGRANT_WOMEN_RU': 6,
             'NGO_WOMEN_TR': 5, 'NGO_INTL_CASEWORK': 4, 'IOM': 6, 'MUNICIPALITY_SOCIAL': 3, 'SHELTER': 5,
             'CONSULATE': 3, 'YIMER157_HOTLINE': 4}
CONSULATE_CONV = {
    'sy': {'icao': .6, 'arab': .4}, 'iq': {'icao': .6, 'arab': .4}, 'ps': {'icao': .5, 'arab': .5},
    'ku': {'icao': .6, 'arab': .4}, 'ma': {'icao': .7, 'arab': .3}, 'ir': {'icao': .5, 'arab': .5},
    'af': {'icao': .5, 'arab': .5}, 'pk': {'icao': .7, 'arab': .3}, 'bd': {'icao': 1},
    'uz': {'nat': .5, 'cyr': .3, 'icao': .2}, 'tk': {'nat': .6, 'cyr': .2, 'icao': .2},
    'kg': {'cyr': .5, 'icao': .5}, 'kz': {'cyr': .5, 'icao': .5}, 'tj': {'cyr': .5, 'icao': .5},
    'az': {'nat': .7, 'icao': .3}, 'ge': {'script': .3, 'icao': .7}, 'ru': {'cyr': .5, 'icao': .5},
    'ua': {'cyr': .5, 'icao': .5}, 'md': {'nat': .8, 'icao': .2}, 'ng': {'nat': 1}, 'gh': {'nat': 1},
    'et': {'nat': .6, 'script': .4}, 'so': {'icao': .6, 'nat': .4},
}
for k, v in CONSULATE_CONV.items():
    CONSULATE_CONV[k] = W(v)

# PMM provincial directorates (plate codes); busy provinces are heavier.
_PROV_W = {34: 20, 6: 6, 35: 6, 27: 6, 63: 5, 31: 5, 7: 6, 33: 4, 65: 5, 22: 3, 48: 3, 16: 3, 41: 2,
           1: 3, 61: 3, 8: 2, 4: 2, 25: 2, 38: 2, 42: 3, 46: 2, 79: 1, 55: 2, 17: 2, 9: 2, 20: 1, 44: 1,
           21: 2, 47: 1, 73: 1, 30: 1}
PROVINCES = [(p, _PROV_W.get(p, .3)) for p in range(1, 82)]
_tp = sum(w for _, w in PROVINCES)
PROVINCES = [(p, w / _tp) for p, w in PROVINCES]
PROV_QUIRK = {}
for p in range(1, 82):
    q = random.Random('province-%02d' % p)   # fixed local habits of each directorate
    PROV_QUIRK[p] = dict(swap=q.random() * .08, fold=q.random() * .3 if q.random() < .3 else 0.0,
                         icao_pref=q.random(), comma=.1 if q.random() < .15 else 0.0,
                         trunc=.2 if q.random() < .1 else 0.0)
for k in AGENCIES:
    for f in ('conv', 'case', 'orig', 'date', 'agefmt'):
        if isinstance(AGENCIES[k][f], dict):
            AGENCIES[k][f] = W(AGENCIES[k][f]) if AGENCIES[k][f] else []

_AGP = {}


def agency_pick(cult):
    lst = _AGP.get(cult.code)
    if lst is None:
        items = []
        for k, w in AG_BASE_W.items():
            if k == 'NGO_REFUGEE_AR_FA' and cult.code not in ARABSCRIPT:
                continue
            if k == 'NGO_MIGRANT_WOMEN_RU' and cult.code not in POSTSOVIET:
                continue
            if k == 'SG_COASTGUARD' and not cult.sea:
                continue
            if k == 'CONSULATE' and cult.code == 'tu':
                continue
            if cult.code == 'tu' and k.startswith('PMM'):
                w *= .05
            if cult.code == 'tu' and k in ('EGM_POLICE', 'NGO_WOMEN_TR', 'SHELTER', 'YIMER157_HOTLINE'):
                w *= 1.6
            items.append((k, float(w)))
        tot = sum(w for _, w in items)
        lst = _AGP[cult.code] = [(k, w / tot) for k, w in items]
    return lst


# ============================================================ small tables
HON = {
    'sayyid': {'en': ['Sayed', 'Sayyed', 'Syed', 'Seyed', 'Sayyid'], 'tr': ['Seyit', 'Seyyid', 'Seyyit'],
               'fr': ['Sayed', 'Sayyed'], 'ar': ['سيد', 'السيد'], 'fa': ['سید'], 'ur': ['سید'],
               'ru': ['Сейид', 'Саид']},
    'sayyida': {'en': ['Sayeda', 'Syeda', 'Sayyida', 'Seyedeh'], 'tr': ['Seyyide', 'Seyide'], 'fr': ['Sayeda'],
                'ar': ['السيدة', 'سيدة'], 'fa': ['سیده'], 'ur': ['سیدہ'], 'ru': ['Сейида']},
    'haji': {'en': ['Haji', 'Hajji', 'Alhaji', 'Al-Hajj'], 'tr': ['Hacı', 'Haci'], 'fr': ['Hadj', 'El Hadj'],
             'ar': ['الحاج', 'حاجي'], 'fa': ['حاجی'], 'ur': ['حاجی'], 'ru': ['Хаджи']},
    'md': {'en': ['Md', 'Md.', 'MD', 'Mohd', 'Mohammad', 'Muhammad', 'Md.'], 'tr': ['Md', 'Muhammed'],
           'fr': ['Md'], 'ru': ['Мд'], 'ar': ['محمد'], 'fa': ['محمد'], 'ur': ['محمد']},
    'mst': {'en': ['Mst', 'Mst.', 'Mosammat', 'Most.', 'Mosammet'], 'tr': ['Mst'], 'ru': ['Мст']},
    'bibi': {'en': ['Bibi'], 'tr': ['Bibi'], 'ar': ['بيبي'], 'fa': ['بی بی'], 'ur': ['بی بی'], 'ru': ['Биби']},
    'mullah': {'en': ['Mullah', 'Mulla', 'Molla'], 'tr': ['Molla'], 'fa': ['ملا'], 'ar': ['ملا'], 'ur': ['ملا'],
               'ru': ['Мулла']},
}
KUNYA = {'en': ('Abu', 'Umm'), 'tr': ('Ebu', 'Ümmü'), 'fr': ('Abou', 'Oum'), 'de': ('Abu', 'Umm'),
         'ar': ('أبو', 'أم'), 'fa': ('ابو', 'ام'), 'ur': ('ابو', 'ام'), 'ru': ('Абу', 'Умм')}
CYR_CONV = frozenset(['ru', 'uk', 'cyl', 'mdc'])
ARAB_CONV = frozenset(['ar', 'fa', 'ur'])

# ---- ids of the names a record writes (truth column name_key) -------------
# A record's name_key is the sorted set of the canonical ids of the names it
# writes in given_names/family_names. Ids are role-free (the bare table canon:
# the given-name and family-name tables use the same canon for the same name,
# e.g. Ibrahim, al-Hussein/Hussain), so a swapped or re-filed name keeps its
# id. Honorifics, kunyas, nicknames, patronymics and changed surnames get ids
# of their own. Only deterministic bookkeeping: no RNG draws.
HON_ID = {'sayyid': 'sayyid', 'sayyida': 'sayyid', 'haji': 'hajji', 'md': 'muhammad', 'mst': 'mst',
          'bibi': 'bibi', 'mullah': 'mullah'}
_NICK_CYR = dict(zip('абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
                     ['a', 'b', 'v', 'g', 'd', 'e', 'yo', 'zh', 'z', 'i', 'y', 'k', 'l', 'm', 'n', 'o', 'p',
                      'r', 's', 't', 'u', 'f', 'kh', 'ts', 'ch', 'sh', 'shch', '', 'y', '', 'e', 'yu', 'ya']))
_NICK_SAME = {'abood': 'abboud'}          # two spellings of one nickname (عبود)
# de-Russified Tajik surname stems that are a spelling of a name in the tables
_TJ_STEM = {'yusup': 'yusuf', 'ismoil': 'ismail', 'abdulla': 'abdullah', 'usmon': 'uthman',
            'rahmon': 'rahman', 'sharip': 'sharif', 'sulton': 'sultan', 'qosim': 'qasim'}


def nick_id(d):
    """Id of a nickname / short form from its table form (Саша -> sasha, Hamoudi -> hamoudi)."""
    low = fold(d).lower()
    out = ''.join(_NICK_CYR.get(ch, ch) for ch in low)
    return _NICK_SAME.get(out, out)


def tj_new_id(canon, zoda):
    """Id of a de-Russified Tajik surname: Rahmonov -> rahmonzoda (or rahman for bare Rahmon)."""
    stem = canon[:-2] if canon.endswith(('ov', 'ev')) else canon
    if zoda:
        return stem + 'zoda'
    return _TJ_STEM.get(stem, stem)


def _trunc_seg(old, new, seg):
    """Segments (text, id) of a field that survive a cut of `old` to `new`.

    Segments are mapped to whitespace tokens; a name is kept if at least its
    first token survives (partly cut names keep their id). If the noise steps
    changed the token count, the segments are kept as they are."""
    if old == new:
        return seg
    counts = [len(t.split()) for t, _ in seg]
    if sum(counts) != len(old.split()):
        return seg
    k = len(new.split())
    out = []
    pos = 0
    for (t, i), c in zip(seg, counts):
        if pos < k:
            out.append((t, i))
        pos += c
    return out


def hconv(conv):
    if conv in CYR_CONV:
        return 'ru'
    if conv in ARAB_CONV or conv in ('tr', 'fr'):
        return conv
    return 'en'


def ru_patronymic(c, sex):
    irregular = {'Павел': 'Павлов', 'Лев': 'Львов', 'Пётр': 'Петров'}
    if c in irregular:
        stem = irregular[c]
        return stem + ('ич' if sex == 'm' else 'на')
    if c.endswith('ий') and c != 'Дмитрий':
        stem = c[:-2] + 'ьев'
    elif c.endswith('й'):
        stem = c[:-1] + 'ев'
    elif c.endswith('ь'):
        stem = c[:-1] + 'ев'
    elif c.endswith('ий'):
        stem = c[:-1] + 'ев'
    elif c.endswith('а') or c.endswith('я'):
        stem = c[:-1] + 'ов'
    else:
        stem = c + 'ов'
    return stem + ('ич' if sex == 'm' else 'на')


# =================================================================== people
class Person(object):
    __slots__ = ('pid', 'fid', 'cult', 'sex', 'given', 'family', 'father', 'grandfather', 'married',
                 'honor', 'dob', 'doc_dob', 'doc_tag', 'has_doc', 'knows', 'cit', 'dual', 'stateless',
                 'alias', 'lie_age', 'son', 'natz', 'tj_new', 'reg0', 'name_key', 'kunya_ok')


def _dob_from_age(reg_year, age, r):
    y = reg_year - age - (1 if r.random() < .45 else 0)
    m = 1 + int(r.random() * 12)
    dim = 31 if m in (1, 3, 5, 7, 8, 10, 12) else (30 if m != 2 else 28)
    return (y, m, 1 + int(r.random() * dim))


def draw_age(r):
    x = r.random()
    if x < .14:
        return 10 + int(r.random() * 8)
    if x < .86:
        return int(18 + r.triangular(0, 17, 4))
    return 36 + int(r.random() * 23)


def make_person(cult, sex, dob, fam, father, grandfather, reg0, r, given=None):
    p = Person()
    p.cult = cult
    p.sex = sex
    p.father = father
    p.grandfather = grandfather
    p.reg0 = reg0
    p.dob = dob
    # ---- names
    if given is None:
        given = [draw(cult.gpool[sex], r)]
        sc = cult.scheme
        x = r.random()
        if sc == 'turkish' and x < .35:
            second = draw(cult.gpool[sex], r)
            if second is not given[0]:
                given.append(second)
        elif sc == 'pk' and sex == 'm' and x < .35:
            mu = _MUHAMMAD
            if given[0] is not mu:
                given.insert(0, mu)
        elif sc in ('african',) and x < .25:
            second = draw(cult.gpool[sex], r)
            if second is not given[0]:
                given.append(second)
    p.given = given
    if cult.scheme in ('somali', 'ethiopian'):
        p.family = father            # patronymic system: the father's given name
    elif cult.scheme == 'bd':
        p.family = draw(cult.fpool[sex], r)
    else:
        p.family = fam
    # ---- honorifics
    p.honor = None
    age0 = reg0 - dob[0]
    code = cult.code
    if fam is not None and code in ('ir', 'af', 'iq', 'pk') and (
            fam.canon in ('hosseini', 'mousavi', 'hashemi', 'sadat', 'husayn', 'musawi', 'hashimi')):
        if r.random() < .5:
            p.honor = 'sayyid'
    elif code in ('ir', 'af', 'iq', 'pk') and r.random() < .05:
        p.honor = 'sayyid'
    if p.honor == 'sayyid' and sex == 'f':
        p.honor = 'sayyida'
    if p.honor is None:
        if sex == 'm' and age0 >= 35 and code in ('af', 'pk', 'bd', 'so', 'ng', 'ir') and r.random() < .25:
            p.honor = 'haji'
        elif code == 'bd' and sex == 'm' and given[0].canon != 'muhammad' and r.random() < .7:
            p.honor = 'md'
        elif code == 'bd' and sex == 'f' and r.random() < .5:
            p.honor = 'mst'
        elif code in ('af', 'pk') and sex == 'f' and r.random() < .12:
            p.honor = 'bibi'
        elif code == 'af' and sex == 'm' and r.random() < .02:
            p.honor = 'mullah'
    # ---- documents and dates
    p.has_doc = r.random() < cult.p_doc
    p.knows = r.random() < cult.knows
    p.doc_dob = dob
    p.doc_tag = None
    if p.has_doc and r.random() < cult.doc_jan1 and (dob[1], dob[2]) != (1, 1):
        p.doc_dob = (dob[0], 1, 1)
        p.doc_tag = 'date:document_jan1'
    elif code == 'af' and not p.has_doc and r.random() < .7:
        # tazkira: age written at issue, Gregorian year re-computed with error
        p.has_doc = True
        p.doc_dob = (dob[0] + int(r.choice((-2, -1, -1, 0, 1, 1))), 1, 1)
        p.doc_tag = 'date:tazkira_estimate'
    # ---- citizenship
    p.cit = cult.cit
    p.stateless = False
    p.dual = None
    if code == 'ku':
        x = r.random()
        p.cit = 'SYR' if x < .55 else ('IRQ' if x < .9 else 'IRN')
        if p.cit == 'SYR' and r.random() < .12:
            p.stateless = True         # ajanib / maktoumeen Kurds
    if code == 'md' and r.random() < .3:
        p.dual = 'ROU'
    elif code == 'af' and r.random() < .15:
        p.dual = 'IRN'                 # born/raised in Iran, Iranian papers
    elif code == 'ps' and r.random() < .5:
        p.dual = 'SYR'
    elif code == 'ru' and r.random() < .05:
        p.dual = 'UKR'
    # ---- traits used by some records
    p.lie_age = None
    if age0 < 18 and r.random() < (.45 if sex == 'f' else .2):
        p.lie_age = 18 + int(r.random() * 4)
    elif age0 >= 18 and r.random() < .03:
        p.lie_age = 16 + int(r.random() * 2)
    p.alias = None
    p_alias = .1 if code in ('uz', 'tk', 'kg', 'ru', 'ua', 'md', 'ng', 'az', 'ge') else .05
    if r.random() < p_alias:
        ag = [draw(cult.gpool[sex], r)]
        af = draw(cult.fpool[sex], r) if cult.fpool else draw(cult.gpool['m'], r)
        shift = r.choice((-6, -4, -3, -2, -1, 1, 2, 3, 5))
        acit = r.choice(NEIGHBOURS.get(p.cit or cult.cit, [cult.cit])) if r.random() < .35 else None
        p.alias = (ag, af, (dob[0] + shift, 1 + int(r.random() * 12), 1 + int(r.random() * 28)), acit)
    p.married = None
    if sex == 'f' and code in WIFE_TAKES and age0 >= 20 and r.random() < .35 and cult.fpool:
        p.married = draw(cult.fpool['m'], r)
    p.natz = None
    if code == 'sy' and age0 >= 18 and r.random() < .015:
        p.natz = draw(CULT['tu'].fpool['m'], r)
    p.tj_new = code == 'tj' and r.random() < .3
    p.son = draw(cult.gpool['m'], r) if (age0 >= 24 and cult.scheme == 'arab') else None
    # ---- true name key
    parts = ['given:' + g.canon for g in p.given]
    if p.family is not None:
        parts.append('family:' + p.family.canon)
    p.name_key = '+'.join(parts)
    return p


_MUHAMMAD = [n for n in NM.GIVEN if n.canon == 'muhammad' and n.src == 'key'][0]


def make_household(cult, r):
    """Return a list of Person objects sharing a family_id."""
    reg0 = 2015 + int(r.random() * 10)
    father = draw(cult.gpool['m'], r)
    grandfather = draw(cult.gpool['m'], r)
    fam = None
    if cult.fpool is not None and cult.scheme not in ('somali', 'ethiopian'):
        fam = draw(cult.fpool['m'], r)
    if cult.scheme == 'afghan' and r.random() < .45:
        fam = None                     # many Afghans have no surname at all
    x = r.random()
    members = []
    if x < .62:                                    # alone
        sex = 'f' if r.random() < cult.fem else 'm'
        members.append(make_person(cult, sex, _dob_from_age(reg0, draw_age(r), r), fam, father,
                                   grandfather, reg0, r))
    elif x < .78:                                  # siblings (twins sometimes)
        n = 2 + (r.random() < .3)
        base_age = 12 + int(r.random() * 16)
        ages = [base_age]
        for _ in range(n - 1):
            ages.append(max(6, ages[-1] - 1 - int(r.random() * 4)))
        twin = r.random() < .15
        prev = None
        for i, a in enumerate(ages):
            if twin and i == 1:
                dob = prev.dob
                sex = prev.sex if r.random() < .6 else ('m' if prev.sex == 'f' else 'f')
                g = None
                if sex == 'm' and prev.sex == 'm' and cult.scheme in ('arab', 'persian', 'afghan', 'pk', 'bd', 'somali'):
                    pair = _TWIN_NAMES.get(prev.given[0].canon)
                    if pair is not None:
                        g = [pair]
                p = make_person(cult, sex, dob, fam, father, grandfather, reg0, r, given=g)
            else:
                sex = 'f' if r.random() < cult.fem else 'm'
                p = make_person(cult, sex, _dob_from_age(reg0, a, r), fam, father, grandfather, reg0, r)
            members.append(p)
            prev = p
    elif x < .9:                                   # mother with children
        m_age = 24 + int(r.random() * 18)
        mfam = fam
        if cult.code not in WIFE_TAKES and cult.fpool is not None:
            mfam = draw(cult.fpool['m'], r)
        mfather = draw(cult.gpool['m'], r)
        mother = make_person(cult, 'f', _dob_from_age(reg0, m_age, r), mfam, mfather,
                             draw(cult.gpool['m'], r), reg0, r)
        members.append(mother)
        for _ in range(1 + int(r.random() * 3)):
            a = max(1, m_age - 17 - int(r.random() * 12))
            sex = 'f' if r.random() < .5 else 'm'
            members.append(make_person(cult, sex, _dob_from_age(reg0, a, r), fam, father, grandfather, reg0, r))
    elif x < .96:                                  # couple (+ maybe a child)
        h_age = 20 + int(r.random() * 20)
        husband = make_person(cult, 'm', _dob_from_age(reg0, h_age, r), fam, father, grandfather, reg0, r)
        wfam = fam if (cult.code in WIFE_TAKES or cult.fpool is None) else draw(cult.fpool['m'], r)
        wife = make_person(cult, 'f', _dob_from_age(reg0, max(16, h_age - int(r.random() * 8)), r), wfam,
                           draw(cult.gpool['m'], r), draw(cult.gpool['m'], r), reg0, r)
        members += [husband, wife]
        if r.random() < .4:
            members.append(make_person(cult, 'f' if r.random() < .5 else 'm',
                                       _dob_from_age(reg0, max(1, h_age - 20), r), fam, husband.given[0],
                                       father, reg0, r))
    else:                                          # cousins named after the same grandfather
        base = 16 + int(r.random() * 15)
        g = [grandfather] if cult.scheme in ('arab', 'afghan', 'persian', 'pk', 'somali', 'turkish') else None
        for i in range(2):
            f2 = father if i == 0 else draw(cult.gpool['m'], r)
            members.append(make_person(cult, 'm', _dob_from_age(reg0, base + int(r.random() * 4) - 2, r),
                                       fam, f2, grandfather, reg0, r, given=list(g) if g else None))
    return members


_TWIN_NAMES = {}
for _a, _b in (('hasan', 'husayn'), ('husayn', 'hasan'), ('muhammad', 'ahmad'), ('ahmad', 'muhammad'),
               ('ali', 'umar')):
    _TWIN_NAMES[_a] = [n for n in NM.GIVEN if n.canon == _b and n.src == 'key' and n.sex == 'm'][0]


def records_per_person(r):
    return pick(_KDIST, r)


_KDIST = W({1: 48, 2: 21, 3: 12, 4: 7.5, 5: 4.5, 6: 3, 7: 1.8, 8: 1, 9: .6, 10: .3, 11: .2, 12: .1})


# ============================================================ record making

def resolve_conv(conv, cult, p, ag, r):
    if conv == 'icao' and not p.has_doc:
        conv = 'tr' if ag['turkish'] else 'en'
    if conv == 'icao' and cult.code == 'tu':
        return 'tr'
    if conv == 'arab':
        if cult.orig in ARAB_CONV:
            if ag['kind'] == 'consulate' or r.random() < .75:
                return cult.orig
            return 'ar'
        return 'en'
    if conv == 'cyr':
        code = cult.code
        if code == 'ua':
            return 'uk' if (ag['kind'] == 'consulate' or r.random() < .4) else 'ru'
        if code == 'md':
            return 'mdc' if r.random() < .3 else 'ru'
        if code in ('uz', 'tk', 'kg', 'kz', 'tj'):
            return 'cyl' if (ag['kind'] == 'consulate' and r.random() < .5) else 'ru'
        if code in ('ru', 'ge', 'az'):
            return 'ru'
        return 'en'
    if conv == 'script':
        o = cult.orig
        return o if o in ('ka', 'am', 'ar', 'fa', 'ur', 'ru', 'uk') else 'nat'
    if conv == 'ruL' and cult.code not in POSTSOVIET:
        return 'en'
    if conv == 'fr' and cult.code == 'tu':
        return 'en'
    return conv


def orig_conv(cult, r):
    o = cult.orig
    if cult.code == 'uz':
        return 'ru' if r.random() < .4 else 'nat'
    if cult.code == 'md':
        return 'mdc' if r.random() < .15 else 'nat'
    return o


def patronymic(father, sex, conv, cult, r):
    if father is None:
        return ''
    if father.src == 'cyr':
        pat = ru_patronymic(father.ru, sex)
        if conv in CYR_CONV:
            return pat
        return cyr2lat(pat, C_TR if conv == 'tr' else (C_ICAO if r.random() < .5 else C_BGN), r)
    fs, _ = father.spell(conv, cult, False, r)
    cyr = conv in CYR_CONV
    if cult.code == 'uz' and not cyr and r.random() < .5:
        return fs + (" o'g'li" if sex == 'm' else ' qizi')
    if cult.code == 'az' and not cyr and r.random() < .7:
        return fs + (' oğlu' if sex == 'm' else ' qızı')
    if cyr:
        return ru_patronymic(fs, sex)
    low = fs.lower()
    if low[-1:] in ('a', 'e', 'o'):
        stem = fs[:-1] + 'ov'
    elif low[-1:] in ('i', 'y'):
        stem = fs[:-1] + 'iev' if low.endswith('iy') or low.endswith('ii') else fs + 'ev'
    else:
        stem = fs + 'ov'
    return stem + ('ich' if sex == 'm' else 'na')


_TYPO_KIND = {'keyboard': 'kb', 'ocr': 'ocr', 'phonetic': 'phon'}


def _is_turkish_case(how):
    return how in ('upper_tr', 'title_tr')


def make_record(p, agname, ag, reg_year, r, ev_conv=None, ev_seed=None, quirk=None):
    cult = p.cult
    tags = []
    rnd = r.random
    # ------------------------------------------------------ identity used
    given_n = p.given
    fam_n = p.family
    dob = p.dob
    doc_dob = p.doc_dob
    alias_cit = None
    alias_used = False
    if p.alias is not None and rnd() < ag['alias']:
        given_n, fam_n, dob, alias_cit = p.alias[0], p.alias[1], p.alias[2], p.alias[3]
        doc_dob = dob
        alias_used = True
        tags.append('alias:false_identity')
    # ------------------------------------------------------ convention
    if ev_conv is not None:
        conv_abs = ev_conv
    elif ag['kind'] == 'consulate':
        conv_abs = pick(CONSULATE_CONV[cult.code], r)
    else:
        conv_abs = pick(ag['conv'], r)
        if quirk is not None and conv_abs in ('tr', 'icao') and rnd() < .3:
            conv_abs = 'icao' if quirk['icao_pref'] > .5 else 'tr'
    conv = resolve_conv(conv_abs, cult, p, ag, r)
    if conv in ('am', 'ka', 'ar', 'fa', 'ur'):
        needed = list(given_n) + [x for x in (fam_n, p.father) if x is not None]
        if not all(x.has_script(conv) for x in needed):
            conv = 'nat' if cult.nat != 'en' else 'en'
    tags.append('translit:' + conv)
    script_fields = conv in CYR_CONV or conv in ARAB_CONV or conv in ('ka', 'am')
    # ------------------------------------------------------ given names
    gs = []
    gids = []                      # ids of the names in gs (same order)
    for g in given_n:
        s, t = g.spell(conv, cult, False, r)
        gs.append(s)
        gids.append(g.canon)
        tags.extend(t)
    if len(gs) > 1:
        x = rnd()
        if x < ag['drop_second']:
            if given_n[0].canon == 'muhammad' and cult.code in ('pk', 'bd') and rnd() < .7:
                gs = gs[1:]
                gids = gids[1:]
                tags.append('name:first_given_dropped')
            else:
                gs = gs[:1]
                gids = gids[:1]
                tags.append('name:second_given_dropped')
        elif x < ag['drop_second'] + ag['initial'] and not script_fields:
            gs[0] = gs[0][:1] + '.'
            tags.append('name:initial')
    # nickname / kunya
    if ag['nick'] and rnd() < ag['nick']:
        nk = None
        nid = None
        if p.son is not None and rnd() < .6:
            hc = hconv(conv)
            pre = KUNYA.get(hc, KUNYA['en'])[0 if p.sex == 'm' else 1]
            sn, _ = p.son.spell(conv, cult, False, r)
            nk = pre + ' ' + sn
            nid = ('abu_' if p.sex == 'm' else 'umm_') + p.son.canon
            tags.append('name:kunya')
        else:
            nk, nbase = given_n[0].nick_pair(conv, r)
            if nk:
                nid = nick_id(nbase)
                tags.append('name:nickname')
        if nk:
            gs = [nk]
            gids = [nid]
    # honorific
    if p.honor is not None and rnd() < ag['honor']:
        hc = hconv(conv)
        opts = HON[p.honor].get(hc) or HON[p.honor]['en']
        h = opts[int(rnd() * len(opts))]
        if p.honor == 'bibi' and rnd() < .5:
            gs = gs + [h]
            gids = gids + [HON_ID[p.honor]]
        else:
            gs = [h] + gs
            gids = [HON_ID[p.honor]] + gids
        tags.append('name:honorific')
    given = ' '.join(gs)
    gseg = list(zip(gs, gids))     # (text, id) pieces of the given field, joined by ' '
    fseg = []                      # same for the family field
    # ------------------------------------------------------ family name
    family = ''
    fem = p.sex == 'f'
    use = fam_n
    if not alias_used:
        if p.married is not None and rnd() < ag['married']:
            use = p.married
            tags.append('name:married_name')
        elif p.natz is not None and rnd() < .5:
            use = p.natz
            tags.append('name:naturalised_turkish_surname')
    if use is not None:
        if fem and use.gendered and rnd() < ag['gender_wrong'] * (2 if ag['turkish'] else 1):
            fem = False
            tags.append('name:gender_form_wrong')
        fr = random.Random(ev_seed) if ev_seed is not None else r
        family, t = use.spell(conv, cult, fem, fr)
        tags.extend(t)
        fam_id = use.canon
        if p.tj_new and use.gendered and rnd() < .5:
            low = family.lower()
            for suf in ('ova', 'eva', 'ov', 'ev', 'ова', 'ева', 'ов', 'ев'):
                if low.endswith(suf):
                    stem = family[:-len(suf)]
                    cyr = suf[0] in 'ое'
                    zoda = rnd() < .7
                    family = stem + (('зода' if cyr else 'zoda') if zoda else '')
                    fam_id = tj_new_id(use.canon, zoda)
                    tags.append('name:surname_suffix_changed')
                    break
        fseg = [(family, fam_id)]
        if cult.scheme in ('somali', 'ethiopian') and not alias_used:
            x = rnd()
            if x < .3 and p.grandfather is not None:
                gf, _ = p.grandfather.spell(conv, cult, False, r)
                family = family + ' ' + gf
                fseg.append((gf, p.grandfather.canon))
                tags.append('name:grandfather_in_family')
            elif x < .4 and p.grandfather is not None:
                gf, _ = p.grandfather.spell(conv, cult, False, r)
                given = given + ' ' + family
                gseg = gseg + fseg
                family = gf
                fseg = [(gf, p.grandfather.canon)]
                tags.append('name:chain_shifted')
    else:
        # people without any surname (mostly Afghans)
        x = rnd()
        if x < .4 and p.father is not None:
            family, _ = p.father.spell(conv, cult, False, r)
            fseg = [(family, p.father.canon)]
            tags.append('name:father_as_family')
        elif x < .47:
            family = gs[-1] if gs else ''
            fseg = [(family, gids[-1] if gids else None)]
            tags.append('name:mononym_duplicated')
        elif x < .6:
            family = ('LNU' if ag['fnu'] else NZ.PLACE_TR[int(rnd() * 4)]) if not script_fields else ''
            fseg = [(family, None)]
            tags.append('name:placeholder')
        else:
            tags.append('name:no_family_name')
    # nasab chain / patronymic
    if cult.scheme in ('arab', 'afghan', 'persian', 'pk') and p.father is not None and rnd() < ag['father']:
        fs, _ = p.father.spell(conv, cult, False, r)
        if cult.scheme == 'arab' and rnd() < .15:
            part = {'ar': 'بن', 'fa': 'بن', 'ur': 'بن', 'tr': 'bin', 'fr': 'ben'}.get(conv, 'bin' if rnd() < .7 else 'ibn')
            given = given + ' ' + part + ' ' + fs
            gseg = gseg + [(part, None), (fs, p.father.canon)]
            tags.append('name:particle_bin')
        else:
            given = given + ' ' + fs
            gseg = gseg + [(fs, p.father.canon)]
        tags.append('name:father_added')
    elif cult.scheme in ('slavic', 'ca') and rnd() < ag['patronymic'] and p.father is not None:
        pt = patronymic(p.father, p.sex, conv, cult, r)
        if pt:
            given = given + ' ' + pt
            gseg = gseg + [(pt, 'pat:' + p.father.canon)]
            tags.append('name:patronymic_added')
    # missing / placeholder
    if family and rnd() < ag['given_only']:
        family = ''
        fseg = []
        tags.append('name:family_missing')
    if rnd() < ag['placeholder']:
        ph = NZ.PLACE_TR if ag['turkish'] else NZ.PLACE_EN
        if rnd() < .6 and family:
            family = ph[int(rnd() * len(ph))]
            fseg = [(family, None)]
        else:
            given = ph[int(rnd() * len(ph))]
            gseg = [(given, None)]
        tags.append('name:placeholder')
    elif ag['fnu'] and not given:
        given = 'FNU'
        gseg = [(given, None)]
        tags.append('name:placeholder')
    # ------------------------------------------------------ order
    swap = ag['swap'] + (quirk['swap'] if quirk else 0.0)
    comma = ag['comma'] + (quirk['comma'] if quirk else 0.0)
    x = rnd()
    if family and x < swap:
        given, family = family, given
        gseg, fseg = fseg, gseg
        tags.append('order:swapped')
    elif family and x < swap + ag['onefield']:
        if rnd() < .3:
            whole = family + ' ' + given
            wseg = fseg + gseg
            tags.append('order:one_field_family_first')
        else:
            whole = given + ' ' + family
            wseg = gseg + fseg
            tags.append('order:one_field')
        if rnd() < .75:
            given, family = whole, ''
            gseg, fseg = wseg, []
        else:
            given, family = '', whole
            gseg, fseg = [], wseg
            tags.append('order:one_field_in_family_column')
    elif family and x < swap + ag['onefield'] + comma:
        given, family = family + ', ' + given, ''
        gseg, fseg = fseg + gseg, []
        tags.append('order:comma_in_field')
    # ------------------------------------------------------ noise
    for kind, rate in (('keyboard', ag['kb']), ('ocr', ag['ocr']), ('phonetic', ag['phon'])):
        if rate and rnd() < rate:
            if family and (not given or rnd() < .5):
                family = NZ.typo_any(family, _TYPO_KIND[kind], r)
            elif given:
                given = NZ.typo_any(given, _TYPO_KIND[kind], r)
            if conv in ARAB_CONV:
                tags.append('typo:arabic_dots')
            else:
                tags.append('typo:' + kind)
    if not script_fields:
        f_rate = ag['fold'] + (quirk['fold'] if quirk else 0.0)
        if rnd() < f_rate:
            g2, f2 = fold(given), fold(family)
            if (g2, f2) != (given, family):
                tags.append('enc:diacritics_lost')
            given, family = g2, f2
    how = pick(ag['case'], r) if ag['case'] else 'asis'
    if not script_fields:
        g2, f2 = NZ.apply_case(given, how), NZ.apply_case(family, how)
        if how == 'upper_tr' and ('İ' in g2 or 'İ' in f2) and not cult.code == 'tu':
            tags.append('case:turkish_dotted_I')
        elif how == 'lower' and (g2 or f2):
            tags.append('case:lower')
        given, family = g2, f2
    elif how == 'upper' and conv in CYR_CONV:
        given, family = given.upper(), family.upper()
    if ag['moji'] and rnd() < ag['moji']:
        g2, f2 = NZ.mojibake(given), NZ.mojibake(family)
        if (g2, f2) != (given, family):
            tags.append('enc:mojibake')
            given, family = g2, f2
    if ag['qmark'] and rnd() < ag['qmark']:
        g2, f2 = NZ.qmarks(given), NZ.qmarks(family)
        if (g2, f2) != (given, family):
            tags.append('enc:question_marks')
            given, family = g2, f2
    if ag['homoglyph'] and not script_fields and rnd() < ag['homoglyph']:
        given = NZ.homoglyph(given, r)
        tags.append('typo:homoglyph')
    tr_rate = ag['trunc'] + (quirk['trunc'] if quirk else 0.0)
    if tr_rate and rnd() < tr_rate:
        L = ag['trunc_len']
        if len(given) > L or len(family) > L:
            g2, f2 = given[:L].rstrip(), family[:L].rstrip()
            gseg = _trunc_seg(given, g2, gseg)
            fseg = _trunc_seg(family, f2, fseg)
            given, family = g2, f2
            tags.append('name:truncated')
    # ------------------------------------------------------ original line
    orig = ''
    pol = pick(ag['orig'], r)
    if pol == 'latin':
        orig = ' '.join(x for x in (given, family) if x)
    elif pol == 'comma':
        if given and family:
            orig = family.upper() + ', ' + given
            tags.append('orig:family_comma_given')
        else:
            orig = given or family
    elif pol == 'script':
        oc = orig_conv(cult, r)
        parts = [g.spell(oc, cult, False, r)[0] for g in given_n]
        fam_s = ''
        if fam_n is not None:
            fam_s = fam_n.spell(oc, cult, p.sex == 'f', r)[0]
        elif p.father is not None and cult.scheme == 'afghan':
            fam_s = ''
        if oc in ARAB_CONV and cult.scheme in ('arab', 'afghan', 'persian', 'pk') and p.father is not None \
                and rnd() < .4:
            parts.append(p.father.spell(oc, cult, False, r)[0])
            tags.append('orig:father_included')
        if oc in ('am', 'ka', 'ar', 'fa', 'ur') and not all(not NM.is_latin(x) for x in parts + [fam_s] if x):
            oc = 'nat'
            parts = [g.spell(oc, cult, False, r)[0] for g in given_n]
            fam_s = fam_n.spell(oc, cult, p.sex == 'f', r)[0] if fam_n is not None else ''
        if oc == 'am' and p.grandfather is not None and rnd() < .3:
            fam_s = fam_s + ' ' + p.grandfather.spell(oc, cult, False, r)[0]
        if oc in ('ru', 'uk', 'mdc') and cult.scheme in ('slavic', 'ca') and rnd() < .6:
            pt = patronymic(p.father, p.sex, oc, cult, r) if cult.code != 'md' else ''
            orig = ' '.join(x for x in [fam_s] + parts + [pt] if x)
        else:
            orig = ' '.join(x for x in parts + [fam_s] if x)
        if orig and rnd() < .02:
            orig = NZ.typo_any(orig, 'kb', r)
        tags.append('orig:native_script' if oc != 'nat' else 'orig:native_latin')
    # ------------------------------------------------------ dates
    bd, by = make_date(p, ag, reg_year, dob, doc_dob, alias_used, tags, r)
    # ------------------------------------------------------ sex
    sex = 'M' if p.sex == 'm' else 'F'
    x = rnd()
    if x < ag['sex_missing']:
        sex = ''
        tags.append('sex:missing')
    elif x < ag['sex_missing'] + ag['sex_wrong']:
        sex = 'F' if sex == 'M' else 'M'
        tags.append('sex:wrong')
    # ------------------------------------------------------ citizenship
    cit = p.cit
    if p.stateless:
        cit = ''
        tags.append('cit:stateless')
    if alias_cit is not None:
        cit = alias_cit
        tags.append('cit:alias_document')
    elif p.dual is not None and rnd() < .4:
        cit = p.dual
        tags.append('cit:second_citizenship')
    elif p.natz is not None and rnd() < .5:
        cit = 'TUR'
        tags.append('cit:naturalised')
    x = rnd()
    if cit and x < ag['cit_missing']:
        cit = ''
        tags.append('cit:missing')
    elif cit and x < ag['cit_missing'] + ag['cit_wrong']:
        nb = NEIGHBOURS.get(cit)
        if nb:
            cit = nb[int(rnd() * len(nb))]
            tags.append('cit:wrong_neighbour')
    elif cit and x < ag['cit_missing'] + ag['cit_wrong'] + ag['cit_code'] and cit in CODE_CONFUSION:
        cit = CODE_CONFUSION[cit]
        tags.append('cit:code_confusion')
    # tidy tags (stable order, no duplicates)
    seen = []
    for t in tags:
        if t not in seen:
            seen.append(t)
    # names written in the name fields (the original line is not counted)
    wkey = '+'.join(sorted(set(i for _, i in gseg + fseg if i)))
    return (given, family, orig, bd, by, sex, cit), ';'.join(seen), wkey


def g2sh(y, m, d):
    o = datetime.date(y, m, d).toordinal()
    st = datetime.date(y, 3, 21).toordinal()
    if o < st:
        st = datetime.date(y - 1, 3, 21).toordinal()
        sy = y - 622
    else:
        sy = y - 621
    k = o - st
    if k < 186:
        return sy, k // 31 + 1, k % 31 + 1
    k -= 186
    sm = 7 + k // 30
    if sm > 12:
        return sy, 12, 30
    return sy, sm, k % 30 + 1


def _valid(y, m, d):
    if m < 1 or m > 12 or d < 1:
        return False
    dim = 31 if m in (1, 3, 5, 7, 8, 10, 12) else (30 if m != 2 else (29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28))
    return d <= dim


_AGE_NOISE = {
    1: W({0: .55, 1: .15, -1: .15, 2: .05, -2: .05, 3: .025, -3: .025}),
    2: W({0: .4, 1: .18, -1: .18, 2: .08, -2: .08, 3: .04, -3: .04}),
    3: W({0: .3, 1: .15, -1: .15, 2: .1, -2: .1, 3: .05, -3: .05, 5: .05, -5: .05}),
}


def make_date(p, ag, reg_year, dob, doc_dob, alias_used, tags, r):
    src = pick(ag['date'], r)
    rnd = r.random
    if src == 'age' and p.cult.code == 'tu' and rnd() < .7:
        src = 'doc'                    # Turkish citizens have an ID number
    if src == 'doc' and not p.has_doc:
        src = 'self'
    if src == 'self' and not p.knows and not alias_used:
        src = 'age'
    if src == 'none':
        tags.append('date:missing')
        return '', ''
    fmt = 'full'
    cult = p.cult
    if src == 'doc':
        y, m, d = doc_dob
        if p.doc_tag and not alias_used:
            tags.append(p.doc_tag)
    elif src == 'self':
        y, m, d = dob
        if cult.code in ('ir', 'af') and not alias_used:
            x = rnd()
            if x < .55:
                pass
            else:
                sy, sm, sd = g2sh(y, m, d)
                if x < .75:
                    y = sy + 621
                    fmt = 'year'
                    tags.append('date:solar_hijri_year_approx')
                elif x < .88:
                    m, d = sm, sd
                    if not _valid(y, m, d):
                        d = 28
                    tags.append('date:solar_hijri_month_day_copied')
                elif x < .9:
                    y, m, d = sy, sm, sd
                    if not _valid(y, m, d):
                        d = 28
                    tags.append('date:solar_hijri_unconverted')
                else:
                    fmt = 'year'
        elif cult.code == 'et' and not alias_used and rnd() < .15:
            y = y - (8 if (m, d) < (9, 11) else 7)
            fmt = 'year' if rnd() < .6 else 'full'
            tags.append('date:ethiopian_calendar')
    else:
        true_age = reg_year - dob[0] - (1 if rnd() < .5 else 0)
        if p.lie_age is not None and rnd() < ag['lie'] and not alias_used:
            claimed = p.lie_age + (reg_year - p.reg0)
            tags.append('date:age_misrepresented')
        else:
            claimed = true_age + pick(_AGE_NOISE[ag['age_noise']], r)
        y = reg_year - claimed
        m, d = 1, 1
        fmt = pick(ag['agefmt'], r)
        tags.append('date:from_claimed_age')
    if fmt == 'full':
        if d <= 12 and d != m and rnd() < ag['dm_swap']:
            m, d = d, m
            tags.append('date:day_month_swapped')
        if rnd() < ag['year_off']:
            y += 1 if rnd() < .5 else -1
            tags.append('date:year_off_by_one')
        if rnd() < ag['digit']:
            y2 = (y // 10) * 10 + int(rnd() * 10)
            if y2 != y and 1930 < y2 < 2025:
                y = y2
                tags.append('date:year_digit_typo')
        if not _valid(y, m, d):
            d = 28
        bd = '%04d-%02d-%02d' % (y, m, d)
        by = '%04d' % y
        if rnd() < ag['ymis']:
            by = '%04d' % (y + (1 if rnd() < .5 else -1))
            tags.append('date:year_field_mismatch')
        return bd, by
    if fmt == 'year':
        tags.append('date:year_only')
        return '', '%04d' % y
    if fmt == 'jan1':
        tags.append('date:jan1_default')
        return '%04d-01-01' % y, '%04d' % y
    tags.append('date:jul1_default')
    return '%04d-07-01' % y, '%04d' % y


# =============================================================== main loop
REC_HEADER = ['id', 'given_names', 'family_names', 'full_name_original', 'birth_date', 'birth_year', 'sex',
              'citizenship']
TRUTH_HEADER = ['id', 'person_id', 'family_id', 'name_key', 'agency', 'variations', 'birth_name_key']


def _clean(s):
    if '\n' in s or '\r' in s or '\x1f' in s:
        s = s.replace('\n', ' ').replace('\r', ' ').replace('\x1f', ' ')
    return s


def generate(N, seed, rec_path, truth_path):
    r = random.Random(seed)
    rb = random.Random(seed * 7919 + 17)
    B = max(1, (N + 49999) // 50000)
    outdir = os.path.dirname(os.path.abspath(rec_path))
    tmpdir = tempfile.mkdtemp(prefix='indep4_tmp_', dir=outdir)
    try:
        buckets = [open(os.path.join(tmpdir, 'b%03d' % i), 'w', encoding='utf-8', newline='') for i in range(B)]
        emitted = 0
        pidn = 0
        fidn = 0
        while emitted < N:
            cult = pick(CULT_PICK, r)
            hh = make_household(cult, r)
            fidn += 1
            fid = 'F%07d' % fidn
            ev = None
            if len(hh) > 1 and r.random() < .55:
                agname = pick(agency_pick(cult), r)
                ag = AGENCIES[agname]
                conv = pick(CONSULATE_CONV[cult.code], r) if ag['kind'] == 'consulate' else pick(ag['conv'], r)
                ev = (agname, conv, r.random(), hh[0].reg0 + int(r.random() * 2),
                      pick(PROVINCES, r) if agname == 'PMM_PD' else None)
            for p in hh:
                if emitted >= N:
                    break
                pidn += 1
                pid = 'P%07d' % pidn
                k = records_per_person(r)
                for j in range(k):
                    if emitted >= N:
                        break
                    quirk = None
                    if j == 0 and ev is not None:
                        agname, conv, evs, ry, prov = ev
                        ag = AGENCIES[agname]
                    else:
                        agname = pick(agency_pick(cult), r)
                        ag = AGENCIES[agname]
                        conv = None
                        evs = None
                        ry = p.reg0 + int(r.random() * 3)
                        prov = pick(PROVINCES, r) if agname == 'PMM_PD' else None
                    label = agname
                    if agname == 'PMM_PD':
                        label = 'PMM_PD_%02d' % prov
                        quirk = PROV_QUIRK[prov]
                    elif agname == 'CONSULATE':
                        label = 'CONSULATE_' + (p.cit or cult.cit)
                    ry = min(ry, 2025)
                    rec, var, wkey = make_record(p, label, ag, ry, r, conv, evs, quirk)
                    line = '\x1f'.join([_clean(x) for x in rec] + [pid, fid, wkey, label, var, p.name_key])
                    buckets[int(rb.random() * B)].write(line + '\n')
                    emitted += 1
        for f in buckets:
            f.close()
        rs = random.Random(seed * 31 + 5)
        width = max(7, len(str(N)))
        idn = 0
        with open(rec_path, 'w', encoding='utf-8', newline='') as fr, \
                open(truth_path, 'w', encoding='utf-8', newline='') as ft:
            wr = csv.writer(fr, lineterminator='\n')
            wt = csv.writer(ft, lineterminator='\n')
            wr.writerow(REC_HEADER)
            wt.writerow(TRUTH_HEADER)
            for i in range(B):
                bp = os.path.join(tmpdir, 'b%03d' % i)
                with open(bp, 'r', encoding='utf-8', newline='') as fb:
                    lines = fb.read().split('\n')
                os.remove(bp)
                if lines and lines[-1] == '':
                    lines.pop()
                rs.shuffle(lines)
                rows_r = []
                rows_t = []
                for ln in lines:
                    f = ln.split('\x1f')
                    idn += 1
                    rid = 'R%0*d' % (width, idn)
                    rows_r.append([rid] + f[:7])
                    rows_t.append([rid] + f[7:])
                wr.writerows(rows_r)
                wt.writerows(rows_t)
                del lines, rows_r, rows_t
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return emitted, pidn, fidn


def main(argv):
    if len(argv) != 5:
        sys.stderr.write('usage: python3 gen.py N SEED records.csv truth.csv\n')
        return 2
    N = int(argv[1])
    seed = int(argv[2])
    n, people, fams = generate(N, seed, argv[3], argv[4])
    sys.stderr.write('wrote %d records (%d people, %d households)\n' % (n, people, fams))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
