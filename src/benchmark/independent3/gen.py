#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic register of possible victims of trafficking in Türkiye's NRM, with ground truth.

usage: python3 gen.py N SEED records.csv truth.csv
"""
import sys
import random
import calendar

import translit as T
from names import POOLS, FAMILY_T
from forms import forms, patro_cyr, NAT_SYS, CULT_SCR

# ---------------------------------------------------------------- population
# code: iso3, weight (share of people), p_female, p_two_given, p_no_family_name,
#       patronymic style, p_full_birthdate_known, native-script use factor
CULT = {
    'SY': dict(iso='SYR', w=16, pf=0.45, two=0.01, nofam=0.02, patr='arab', pdate=0.72, scr_use=1.0),
    'UZ': dict(iso='UZB', w=13, pf=0.82, two=0.0, nofam=0.0, patr='uz', pdate=0.94, scr_use=0.5),
    'TK': dict(iso='TKM', w=10, pf=0.85, two=0.0, nofam=0.0, patr='ru', pdate=0.93, scr_use=0.35),
    'TR': dict(iso='TUR', w=9, pf=0.78, two=0.28, nofam=0.0, patr='tr', pdate=0.97, scr_use=0.0),
    'KG': dict(iso='KGZ', w=7, pf=0.80, two=0.0, nofam=0.12, patr='kg', pdate=0.93, scr_use=0.6),
    'AF': dict(iso='AFG', w=7, pf=0.22, two=0.0, nofam=0.50, patr='af', pdate=0.40, scr_use=1.0),
    'NG': dict(iso='NGA', w=5, pf=0.85, two=0.35, nofam=0.0, patr=None, pdate=0.75, scr_use=0.0),
    'IR': dict(iso='IRN', w=4, pf=0.60, two=0.0, nofam=0.0, patr='af', pdate=0.88, scr_use=1.0),
    'GE': dict(iso='GEO', w=4, pf=0.75, two=0.0, nofam=0.0, patr=None, pdate=0.96, scr_use=0.5),
    'IQ': dict(iso='IRQ', w=3, pf=0.50, two=0.0, nofam=0.02, patr='arab', pdate=0.75, scr_use=1.0),
    'KZ': dict(iso='KAZ', w=3, pf=0.80, two=0.0, nofam=0.0, patr='kg', pdate=0.95, scr_use=0.6),
    'AZ': dict(iso='AZE', w=3, pf=0.70, two=0.02, nofam=0.0, patr='az', pdate=0.95, scr_use=0.25),
    'MD': dict(iso='MDA', w=3, pf=0.85, two=0.05, nofam=0.0, patr='ru', pdate=0.97, scr_use=0.4),
    'UA': dict(iso='UKR', w=3, pf=0.88, two=0.0, nofam=0.0, patr='ru', pdate=0.97, scr_use=1.0),
    'RU': dict(iso='RUS', w=3, pf=0.90, two=0.0, nofam=0.0, patr='ru', pdate=0.97, scr_use=1.0),
    'MA': dict(iso='MAR', w=3, pf=0.70, two=0.0, nofam=0.0, patr='arab', pdate=0.90, scr_use=0.6),
    'TJ': dict(iso='TJK', w=2, pf=0.60, two=0.0, nofam=0.0, patr='ru', pdate=0.92, scr_use=0.6),
    'PK': dict(iso='PAK', w=2, pf=0.12, two=0.0, nofam=0.12, patr='af', pdate=0.70, scr_use=0.3),
    'GH': dict(iso='GHA', w=1, pf=0.75, two=0.20, nofam=0.0, patr=None, pdate=0.80, scr_use=0.0),
}
CASIA = ('UZ', 'TK', 'KG', 'KZ', 'TJ', 'AZ')
ARABIC = ('SY', 'IQ', 'MA')
MARRY_CULT = ('TR', 'UZ', 'TK', 'KG', 'KZ', 'TJ', 'AZ', 'GE', 'RU', 'UA', 'MD')
OWN_FAMILY_MOTHER = ('SY', 'IQ', 'MA', 'IR', 'AF', 'PK')   # married women keep their own family name

# plausible wrong nationality entered by a clerk
CONFUSE = {'UZB': ['TJK', 'KGZ', 'TKM'], 'TKM': ['UZB', 'TUR'], 'KGZ': ['KAZ', 'UZB'], 'KAZ': ['KGZ', 'RUS'],
           'TJK': ['UZB', 'AFG'], 'SYR': ['IRQ', 'PSE', 'LBN'], 'IRQ': ['SYR', 'IRN'], 'AFG': ['IRN', 'PAK'],
           'IRN': ['AFG', 'IRQ'], 'PAK': ['AFG', 'IND'], 'GEO': ['AZE', 'RUS'], 'AZE': ['TUR', 'GEO'],
           'RUS': ['UKR', 'KAZ'], 'UKR': ['RUS', 'MDA'], 'MDA': ['ROU', 'UKR'], 'NGA': ['GHA', 'CMR'],
           'GHA': ['NGA'], 'MAR': ['DZA', 'TUN'], 'TUR': ['SYR']}
PROVINCES = {'SY': ['GAZİANTEP', 'HATAY', 'ŞANLIURFA', 'İSTANBUL', 'MERSİN'], 'IQ': ['İSTANBUL', 'ANKARA', 'KONYA'],
             'AF': ['VAN', 'ERZURUM', 'İSTANBUL', 'KAYSERİ'], 'IR': ['VAN', 'İSTANBUL', 'ANKARA', 'DENİZLİ'],
             'PK': ['İSTANBUL', 'VAN'], 'GE': ['ARTVİN', 'TRABZON', 'İSTANBUL'], 'MD': ['İSTANBUL', 'ANTALYA', 'EDİRNE'],
             'NG': ['İSTANBUL', 'İZMİR'], 'GH': ['İSTANBUL'], 'MA': ['İSTANBUL', 'İZMİR']}
PROV_DEFAULT = ['İSTANBUL', 'ANTALYA', 'ANKARA', 'MUĞLA', 'İZMİR', 'BURSA', 'TRABZON']

# ---------------------------------------------------------------- agencies and their habits
BASE = dict(w=5, style={'tr': .5, 'nat': .4, 'en': .1}, scr_fields=0.0, orig_scr=0.0, orig_lat=0.0,
            upper=0.5, trcase=True, locale_bug=0.0, lower=0.03, fold=0.02, moji=0.0, typo=0.07,
            phon=0.05, swap=0.05, onefield=0.03, onefield_famfirst=0.5, fullonly=0.0, patr=0.06,
            patr_orig=0.35, drop2=0.2, famdrop=0.01, placeholder=0.3, ph=('-',), dim=0.0, abbrev=0.03,
            alias=0.005, join=0.55, art_drop=0.25, date=(0.65, 0.25, 0.10), dmswap=0.02, dtypo=0.015,
            def0101=0.3, yr_full=0.0, sex_miss=0.03, sex_err=0.005, cit_miss=0.03, cit_wrong=0.02,
            cit_both=0.3, age_infl=0.0, masc=0.03, hijri=0.0, calconv=0.0, arvar=0.25, trk=0.04,
            famfirst_orig=0.4, extra_space=0.01, consonantal=0.0)
TR_PH = ('-', 'YOK', 'XXX', 'BİLİNMİYOR', '.')
AGENCY = {
    # national police: Turkish keyboard, capitals, names taken down at first contact
    'EGM': dict(w=18, style={'tr': .55, 'nat': .35, 'en': .10}, orig_scr=0.03, orig_lat=0.20, upper=0.8,
                locale_bug=0.03, typo=0.09, phon=0.08, swap=0.07, patr=0.05, alias=0.025,
                date=(0.60, 0.30, 0.10), def0101=0.15, age_infl=0.5, dmswap=0.04, hijri=0.01, cit_wrong=0.04, ph=TR_PH, consonantal=0.006),
    # gendarmerie: rural, oral, least careful
    'JGK': dict(w=8, style={'tr': .65, 'nat': .25, 'en': .10}, upper=0.85, orig_lat=0.1, typo=0.12, phon=0.12,
                swap=0.08, onefield=0.05, date=(0.45, 0.40, 0.15), alias=0.03, age_infl=0.5, sex_miss=0.04,
                cit_wrong=0.06, famdrop=0.03, ph=TR_PH, locale_bug=0.03),
    # Presidency of Migration Management, central GöçNet: passport/ID based
    'PMM': dict(w=12, style={'nat': .60, 'tr': .35, 'en': .05}, orig_scr=0.5, upper=0.9, typo=0.04, phon=0.02,
                swap=0.05, onefield=0.01, patr=0.12, date=(0.85, 0.12, 0.03), def0101=0.7, dmswap=0.04,
                sex_miss=0.005, cit_miss=0.005, cit_wrong=0.01, calconv=0.05, hijri=0.005, trk=0.02,
                join=0.7, ph=TR_PH, cit_both=0.5),
    # PMM provincial directorates
    'PMM_IL': dict(w=14, style={'tr': .45, 'nat': .45, 'en': .10}, orig_scr=0.25, orig_lat=0.1, upper=0.85,
                   typo=0.07, phon=0.05, swap=0.07, date=(0.75, 0.20, 0.05), def0101=0.6, yr_full=0.6,
                   dmswap=0.06, cit_wrong=0.02, calconv=0.04, ph=TR_PH, locale_bug=0.02),
    # public prosecutors: indictment style, "Mehmet oğlu/kızı"
    'PROSECUTOR': dict(w=8, style={'tr': .70, 'nat': .25, 'en': .05}, orig_lat=0.5, upper=0.9, typo=0.06,
                       phon=0.06, swap=0.04, onefield=0.05, patr=0.05, patr_orig=0.45,
                       date=(0.60, 0.30, 0.10), ph=TR_PH),
    # Turkish NGOs (some staff speak Russian or Arabic)
    'NGO_TR': dict(w=8, style={'tr': .50, 'nat': .30, 'en': .20}, scr_fields=0.05, orig_scr=0.10, upper=0.2,
                   fold=0.08, typo=0.08, phon=0.10, swap=0.06, onefield=0.06, dim=0.04, drop2=0.3,
                   famdrop=0.06, date=(0.45, 0.35, 0.20), sex_miss=0.05, cit_miss=0.08, ph=('-', '?'),
                   consonantal=0.008),
    # international NGOs with Arabic/Farsi/Russian-speaking caseworkers
    'NGO_INT': dict(w=6, style={'en': .60, 'nat': .30, 'fr': .05, 'de': .05}, scr_fields=0.25, orig_scr=0.35,
                    upper=0.15, trcase=False, fold=0.10, typo=0.07, phon=0.08, swap=0.08, onefield=0.05,
                    famdrop=0.04, dim=0.03, date=(0.55, 0.30, 0.15), dmswap=0.08,
                    ph=('LNU', 'FNU', 'UNKNOWN', 'N/A')),
    'IOM': dict(w=7, style={'en': .55, 'nat': .40, 'fr': .05}, orig_scr=0.3, upper=0.5, trcase=False, fold=0.3,
                typo=0.05, phon=0.05, swap=0.05, onefield=0.02, date=(0.75, 0.20, 0.05), dmswap=0.12,
                ph=('LNU', 'FNU', 'XXX'), cit_miss=0.01),
    'MUNICIPALITY': dict(w=3, style={'tr': .80, 'nat': .15, 'en': .05}, upper=0.6, fold=0.10, typo=0.10,
                         phon=0.12, onefield=0.25, famdrop=0.05, date=(0.25, 0.50, 0.25), sex_miss=0.08,
                         cit_miss=0.15, ph=TR_PH, consonantal=0.01),
    'SHELTER': dict(w=6, style={'tr': .60, 'nat': .30, 'en': .10}, upper=0.3, fold=0.05, typo=0.08, phon=0.10,
                    onefield=0.05, dim=0.08, drop2=0.35, famdrop=0.10, date=(0.50, 0.35, 0.15),
                    cit_miss=0.05, ph=('-', '?')),
    # consulates of the countries of origin: native script and passport data
    'CONSULATE': dict(w=4, style={'nat': .90, 'en': .10}, scr_fields=0.55, orig_scr=0.6, orig_lat=0.2,
                      upper=0.7, trcase=False, typo=0.02, phon=0.0, swap=0.03, patr=0.4, patr_orig=0.7,
                      date=(0.95, 0.04, 0.01), dmswap=0.01, cit_wrong=0.0, cit_miss=0.0, sex_miss=0.0,
                      calconv=0.08, famdrop=0.0, alias=0.0, abbrev=0.0, cit_both=0.1),
    # old ministry (family & social services) spreadsheets
    'MOFSP_XLS': dict(w=4, style={'tr': .60, 'nat': .30, 'en': .10}, upper=0.95, fold=0.35, moji=0.15,
                      typo=0.08, phon=0.04, swap=0.05, onefield=0.35, fullonly=0.2, date=(0.55, 0.30, 0.15),
                      dmswap=0.15, dtypo=0.04, yr_full=0.5, sex_miss=0.10, cit_miss=0.20, cit_wrong=0.03,
                      ph=('-', '?', 'YOK'), extra_space=0.05),
}
for _k, _v in AGENCY.items():
    _d = dict(BASE)
    _d.update(_v)
    _d['style_k'] = list(_d['style'])
    _c = 0
    _d['style_c'] = [(_c := _c + x) for x in _d['style'].values()]
    AGENCY[_k] = _d
FOREIGN_ONLY = ('PMM', 'PMM_IL', 'CONSULATE', 'IOM', 'NGO_INT')


def _cum(ws):
    out, c = [], 0
    for w in ws:
        c += w
        out.append(c)
    return out


POOL = {}
for _c, (_m, _f, _fam) in POOLS.items():
    ent = []
    for lst, s in ((_m, 0.75), (_f, 0.75), (_fam, 0.65)):
        ids = lst.split()
        ent.append((ids, _cum([1.0 / (i + 1) ** s for i in range(len(ids))])))
    POOL[_c] = ent
CULT_K = list(CULT)
CULT_C = _cum([CULT[c]['w'] for c in CULT_K])
AG_K = list(AGENCY)


def zpick(rng, pool):
    return rng.choices(pool[0], cum_weights=pool[1])[0]


# ---------------------------------------------------------------- people
class Person:
    __slots__ = ('pid', 'fid', 'cult', 'sex', 'given', 'fam', 'art', 'father', 'y', 'm', 'd', 'dknown',
                 'fake_y', 'married', 'double', 'cits', 'hn', 'prov')


def rand_date(rng, y):
    m = rng.randint(1, 12)
    d = rng.randint(1, calendar.monthrange(y, m)[1])
    return m, d


def new_given(rng, c, sex, avoid=()):
    pool = POOL[c][0 if sex == 'M' else 1]
    for _ in range(20):
        g = [zpick(rng, pool)]
        if rng.random() < CULT[c]['two']:
            g2 = zpick(rng, pool)
            if g2 != g[0]:
                g.append(g2)
        if g[0] not in avoid:
            return g
    return g


def new_family(rng, c):
    if rng.random() < CULT[c]['nofam']:
        return None, False
    f = zpick(rng, POOL[c][2])
    art = 'A' in FAMILY_T[f]['flags'] and rng.random() < (0.8 if c != 'MA' else 0.6)
    return f, art


def make_household(rng, fid, next_pid, recent):
    c = rng.choices(CULT_K, cum_weights=CULT_C)[0]
    C = CULT[c]
    size = rng.choices((1, 2, 3, 4, 5), cum_weights=(85, 93.5, 97.5, 99.3, 100))[0]
    reg = rng.randint(2014, 2024)
    fam, art = new_family(rng, c)
    father = zpick(rng, POOL[c][0])
    prov = rng.choice(PROVINCES.get(c, PROV_DEFAULT))
    people = []
    with_mother = size >= 2 and rng.random() < 0.12
    first_age = None
    namesake = size == 1 and recent.get(c) and rng.random() < 0.05
    for i in range(size):
        p = Person()
        p.pid = next_pid + i
        p.fid = fid
        p.cult = c
        p.hn = []
        p.prov = prov
        p.married = None
        p.double = False
        p.fake_y = None
        if i == 0 and with_mother:
            p.sex = 'F'
            age = 0  # set after children
            p.given = new_given(rng, c, 'F')
            p.father = zpick(rng, POOL[c][0])
            if c in OWN_FAMILY_MOTHER:
                p.fam, p.art = new_family(rng, c)
            else:
                p.fam, p.art = fam, art
            p.hn.append('hn_parent_child')
        else:
            p.sex = 'F' if rng.random() < C['pf'] else 'M'
            p.father = father
            p.fam, p.art = fam, art
            p.given = new_given(rng, c, p.sex, avoid=[q.given[0] for q in people] + [father])
            if with_mother:
                p.hn.append('hn_parent_child')
            if size - (1 if with_mother else 0) > 1:
                p.hn.append('hn_sibling')
        people.append(p)
    # ages / dates
    kids = people[1:] if with_mother else people
    for j, p in enumerate(kids):
        if j == 0:
            if p.sex == 'F':
                age = int(min(55, max(12, rng.gauss(24, 7))))
            else:
                age = int(min(60, max(13, rng.gauss(27, 8))))
            first_age = age
            p.y = reg - age
            p.m, p.d = rand_date(rng, p.y)
        elif rng.random() < 0.04:                       # twins
            p.y, p.m, p.d = kids[j - 1].y, kids[j - 1].m, kids[j - 1].d
            for q in (p, kids[j - 1]):
                if 'hn_twin' not in q.hn:
                    q.hn.append('hn_twin')
        else:
            off = rng.choice((-6, -5, -4, -3, -2, -2, -1, -1, 1, 1, 2, 2, 3, 4, 5, 6))
            p.y = max(reg - 60, min(reg - 10, people[-1].y if False else kids[0].y + off))
            p.m, p.d = rand_date(rng, p.y)
    if with_mother:
        m = people[0]
        m.y = min(q.y for q in kids) - rng.randint(17, 32)
        m.m, m.d = rand_date(rng, m.y)
    if namesake:
        src = rng.choice(recent[c])
        p = people[0]
        p.sex, p.given, p.fam, p.art = src[0], [src[1]], src[2], src[3]
        p.y = src[4] + rng.randint(-3, 3)
        p.m, p.d = rand_date(rng, p.y)
        p.hn.append('hn_namesake')
    for p in people:
        p.dknown = rng.random() < C['pdate']
        age = reg - p.y
        if age < 18 and rng.random() < 0.35:
            p.fake_y = reg - rng.randint(18, 20)
        if (p.sex == 'F' and c in MARRY_CULT and age >= 19 and rng.random() < 0.07
                and 'hn_parent_child' not in p.hn):
            mf = zpick(rng, POOL[c][2])
            if mf != p.fam:
                p.married = mf
                p.double = c == 'TR' and rng.random() < 0.5
        iso = C['iso']
        cits = [iso]
        r = rng.random()
        if c == 'MD' and r < 0.25:
            cits = ['MDA', 'ROU']
        elif c == 'SY' and r < 0.03:
            cits = ['PSE', 'SYR']
        elif c == 'SY' and r < 0.05:
            cits = ['SYR', 'TUR']
        elif c in ('UA', 'GE', 'AZ', 'KZ') and r < 0.04:
            cits = [iso, 'RUS']
        elif c == 'RU' and r < 0.04:
            cits = ['RUS', 'UKR']
        p.cits = cits
    lst = recent.setdefault(c, [])
    for p in people:
        if p.given:
            lst.append((p.sex, p.given[0], p.fam, p.art, p.y))
    if len(lst) > 400:
        del lst[:200]
    return people


# ---------------------------------------------------------------- rendering helpers
def pick_form(F, script, style, rng, join_p):
    if script == 'scr':
        lst = F['scr']
    elif script == 'cyr':
        lst = F['cyr']
    else:
        lst = F[style]
    if not lst:
        lst = F['nat']
    if F['compound'] and len(lst) > 1:
        if rng.random() < join_p:
            sub = [x for x in lst if ' ' not in x and '-' not in x and '\u200c' not in x]
        else:
            sub = [x for x in lst if ' ' in x or '-' in x or '\u200c' in x]
        if sub:
            lst = sub
    return lst[0] if rng.random() < 0.55 else rng.choice(lst)


_SUN = ('th', 'dh', 'sh', 't', 'd', 'r', 'z', 's', 'l', 'n')


def with_article(s, script, style, rng, tags):
    if script == 'scr':
        if rng.random() < 0.05:
            return 'آل ' + s if rng.random() < 0.3 else 'ال ' + s
        return 'ال' + s
    r = rng.random()
    if style in ('tr', 'trk'):
        art = 'El'
    elif style == 'fr':
        art = 'El' if r < 0.7 else 'Al'
    else:
        art = 'Al' if r < 0.75 else 'El'
    low = s.lower()
    r2 = rng.random()
    if style not in ('tr', 'trk') and r2 < 0.12:
        for sl in _SUN:
            if low.startswith(sl):
                tags.append('article_assimilated')
                return 'A' + sl[0] + sl[1:] + '-' + s if len(sl) > 1 else 'A' + sl + '-' + s
    r3 = rng.random()
    if r3 < 0.45:
        return art + '-' + s
    if r3 < 0.55:
        return art.lower() + '-' + s
    if r3 < 0.85:
        return art + ' ' + s
    tags.append('article_joined')
    return art + low
    

def lat_system(style, c):
    if style == 'tr' or style == 'trk':
        return 'tr'
    if style == 'fr':
        return 'fr'
    if style == 'de':
        return 'de'
    if style == 'en':
        return 'gost'
    return NAT_SYS.get(c, 'gost')


PARTICLE = {
    'uz': {'nat': ("o'g'li", 'qizi'), 'tr': ('oğlu', 'kızı'), 'en': ('ugli', 'kizi'), 'cyr': ('ўғли', 'қизи')},
    'kg': {'nat': ('uulu', 'kyzy'), 'tr': ('uulu', 'kızı'), 'en': ('uulu', 'kyzy'), 'cyr': ('уулу', 'кызы')},
    'az': {'nat': ('oğlu', 'qızı'), 'tr': ('oğlu', 'kızı'), 'en': ('ogly', 'gizi'), 'cyr': ('оглы', 'кызы')},
    'tr': {'nat': ('oğlu', 'kızı'), 'tr': ('oğlu', 'kızı'), 'en': ('oglu', 'kizi'), 'cyr': ('оглы', 'кызы')},
}


def patronymic(p, fem, script, style, rng, join_p, prefer_turkish=False):
    """Father's name written as the culture (or the clerk) does. Returns a string."""
    c = p.cult
    pst = CULT[c]['patr']
    Ff = forms(p.father, False, c)
    if prefer_turkish:
        pst = 'tr'
    if pst in ('ru', 'uz', 'kg') and not prefer_turkish and (pst == 'ru' or rng.random() < 0.4) and Ff['cyr']:
        pc = patro_cyr(Ff['cyr'][0], fem)
        if script in ('scr', 'cyr'):
            return pc
        return T.cyr2lat(pc, lat_system(style, c))
    fs = pick_form(Ff, script, style, rng, join_p)
    if pst in PARTICLE:
        sk = 'cyr' if script in ('scr', 'cyr') else ('tr' if (style in ('tr', 'trk') or prefer_turkish) else
                                                     ('nat' if style == 'nat' else 'en'))
        part = PARTICLE[pst][sk][1 if fem else 0]
        if c == 'KZ' and sk != 'tr':
            part = {'uulu': 'uly', 'уулу': 'улы'}.get(part, part)
        return fs + ' ' + part
    if pst == 'af':
        if script == 'scr':
            return 'فرزند ' + fs
        if style in ('tr', 'trk'):
            return fs + (' kızı' if fem else ' oğlu')
        return ('d/o ' if fem else 's/o ') + fs if rng.random() < 0.6 else ('bint ' if fem else 'walad ') + fs
    if pst == 'arab' and rng.random() < (0.4 if c == 'MA' else 0.12):
        if script == 'scr':
            return ('بنت ' if fem else 'بن ') + fs
        if c == 'MA' or style == 'fr':
            return ('bent ' if fem else 'ben ') + fs
        if style in ('tr', 'trk'):
            return ('binti ' if fem else 'bin ') + fs
        return ('bint ' if fem else ('ibn ' if rng.random() < 0.3 else 'bin ')) + fs
    return fs


def date_str(y, m, d):
    return '%04d-%02d-%02d' % (y, m, d)


def valid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def cased(s, mode):
    if not s:
        return s
    if mode == 'tr_upper':
        return T.tr_upper(s)
    if mode == 'upper':
        return s.upper()
    if mode == 'locale':
        return T.tr_upper(s).title()
    if mode == 'lower':
        return s.lower()
    return s


def has_latin(s):
    for ch in s:
        if 'a' <= ch.lower() <= 'z':
            return True
    return False


# ---------------------------------------------------------------- one record
def render(p, akey, rng):
    A = AGENCY[akey]
    C = CULT[p.cult]
    c = p.cult
    fem = p.sex == 'F'
    tags = []
    keys = set()
    join_p = A['join']
    rnd = rng.random

    # -- which name does this record carry
    fam2 = None
    father = p.father
    if rnd() < A['alias']:
        gids = new_given(rng, c, p.sex)[:1]
        fam, art = new_family(rng, c)
        father = None
        tags.append('alias')
    else:
        gids = list(p.given)
        fam, art = p.fam, p.art
        if len(gids) == 2 and rnd() < A['drop2']:
            gids = [gids[0]] if rnd() < 0.8 else [gids[1]]
            tags.append('given_partial')
        if p.married and rnd() < 0.5:
            if p.double and rnd() < 0.6:
                fam2 = p.married
                tags.append('double_surname')
            else:
                fam, art = p.married, False
                tags.append('married_name')

    # -- spelling style and script of the name fields
    r = rnd()
    style = A['style_k'][0]
    for k, cw in zip(A['style_k'], A['style_c']):
        if r * A['style_c'][-1] < cw:
            style = k
            break
    if c == 'TR':
        style = 'nat' if style != 'en' or rnd() < 0.7 else 'en'
    elif c in ('NG', 'GH') and style == 'tr' and rnd() < 0.85:
        style = 'nat'
    elif c == 'MA' and style == 'en' and rnd() < 0.5:
        style = 'fr'
    elif c in CASIA + ('GE', 'RU', 'UA', 'MD') and style == 'nat' and rnd() < A['trk']:
        style = 'trk'
        tags.append('turkified')
    scr_kind = CULT_SCR[c]
    script = 'lat'
    if scr_kind and rnd() < A['scr_fields'] * C['scr_use']:
        script = 'scr'
        if c == 'GE' and rnd() < 0.4:
            script = 'cyr'
        elif c == 'UA' and rnd() < 0.3:
            script = 'cyr'
    if script == 'lat':
        if c != 'TR':
            tags.append('style_' + style)
    else:
        tags.append('script_' + ('cyr' if script == 'cyr' else scr_kind))

    # -- given names
    gstrs = []
    for gid in gids:
        F = forms(gid, False, c)
        s = pick_form(F, script, style, rng, join_p)
        if script == 'lat':
            if F['ab'] and rnd() < A['abbrev']:
                s = rng.choice(F['ab'])
                tags.append('abbreviation')
            elif F['diml'] and rnd() < A['dim']:
                s = rng.choice(F['diml'])
                tags.append('diminutive')
        elif F['dimc'] and rnd() < A['dim']:
            s = rng.choice(F['dimc'])
            tags.append('diminutive')
        if F['compound']:
            tags.append('compound_split' if (' ' in s or '-' in s) else 'compound_joined')
        keys.add(gid)
        gstrs.append(s)

    # -- family name
    fstr = ''
    if fam and rnd() < A['famdrop']:
        fam = None
        fam2 = None
        tags.append('family_missing')
    elif not fam and 'alias' not in tags:
        tags.append('no_family_name')
    if fam:
        masc = fem and rnd() < A['masc']
        F = forms(fam, True, c, fem and not masc)
        if masc and F['gendered']:
            tags.append('family_masc_form')
        s = pick_form(F, script, style, rng, join_p)
        if F['compound']:
            tags.append('compound_split' if (' ' in s or '-' in s) else 'compound_joined')
        if art:
            if rnd() < A['art_drop']:
                tags.append('article_dropped')
            else:
                s = with_article(s, script, style, rng, tags)
        keys.add('f_' + fam)
        if fam2:
            F2 = forms(fam2, True, c, fem)
            s = s + ' ' + pick_form(F2, script, style, rng, join_p)
            keys.add('f_' + fam2)
        fstr = s

    # -- father's name / patronymic in the name fields
    pat_place = None
    pstr = ''
    if father and C['patr'] and C['patr'] != 'tr':
        if not fam and 'alias' not in tags and C['patr'] in ('kg', 'af', 'arab') and rnd() < 0.6:
            pat_place = 'family'
            tags.append('father_as_family')
        elif rnd() < A['patr']:
            pat_place = 'given'
            tags.append('patronymic')
        if pat_place:
            pstr = patronymic(p, fem, script, style, rng, join_p)
            keys.add('p_' + father)
            if pat_place == 'family':
                fstr = pstr

    placeholder = False
    if not fstr and rnd() < A['placeholder']:
        fstr = rng.choice(A['ph'])
        placeholder = True
        tags.append('placeholder')

    # -- typing and hearing errors
    if rnd() < A['typo']:
        n = 1 if rnd() < 0.82 else 2
        for _ in range(n):
            i = rng.randrange(len(gstrs) + (0 if (placeholder or not fstr) else 1))
            if i < len(gstrs):
                gstrs[i] = T.typo(gstrs[i], rng)
            else:
                fstr = T.typo(fstr, rng)
        tags.append('typo')
    if script == 'lat' and rnd() < A['phon']:
        i = rng.randrange(len(gstrs) + (0 if (placeholder or not fstr) else 1))
        if i < len(gstrs):
            t = T.phonetic(gstrs[i], rng)
            if t != gstrs[i]:
                gstrs[i] = t
                tags.append('phonetic')
        else:
            t = T.phonetic(fstr, rng)
            if t != fstr:
                fstr = t
                tags.append('phonetic')
    if script == 'scr' and scr_kind in ('ar', 'fa') and rnd() < A['arvar']:
        gstrs = [T.ar_variant(x, rng) for x in gstrs]
        if not placeholder:
            fstr = T.ar_variant(fstr, rng)
        tags.append('arabic_letter_variant')

    # clerk transliterating an Arabic-script document letter by letter (no short vowels)
    if script == 'lat' and scr_kind in ('ar', 'fa') and rnd() < A['consonantal']:
        cg = [T.consonantal(pick_form(forms(x, False, c), 'scr', 'nat', rng, 1.0)) for x in gids]
        if all(cg):
            gstrs = cg
            if fstr and not placeholder and fam and pat_place != 'family':
                cf = T.consonantal(pick_form(forms(fam, True, c, fem), 'scr', 'nat', rng, 1.0))
                if cf:
                    fstr = cf
            tags.append('consonantal_translit')

    gs = ' '.join(gstrs)
    if pat_place == 'given':
        gs = gs + ' ' + pstr
    fs = fstr

    # -- layout of the fields
    orig = ''
    r = rnd()
    full_only = False
    if r < A['swap']:
        gs, fs = fs, gs
        tags.append('swap_fields')
    elif r < A['swap'] + A['onefield']:
        if fs and not placeholder:
            if rnd() < A['onefield_famfirst']:
                whole = fs + ' ' + gs
                tags.append('family_first')
            else:
                whole = gs + ' ' + fs
            if rnd() < 0.8:
                gs, fs = whole, ''
            else:
                gs, fs = '', whole
            tags.append('one_field')
    elif r < A['swap'] + A['onefield'] + A['fullonly']:
        if fs and not placeholder:
            orig = (fs + ' ' + gs) if rnd() < 0.5 else (gs + ' ' + fs)
        else:
            orig = gs
        gs, fs = '', ''
        full_only = True
        tags.append('full_only')

    # -- full_name_original
    orig_is_lat = script == 'lat'
    if not full_only:
        r = rnd()
        p_scr = A['orig_scr'] * C['scr_use'] if scr_kind else 0.0
        if r < p_scr:
            orig = native_full(p, gids, fam, fam2, art, father, fem, rng, A, keys, tags)
            orig_is_lat = False
        elif r < p_scr + A['orig_lat']:
            g_part = ' '.join(gstrs)
            f_part = '' if placeholder else fstr if pat_place != 'family' else fstr
            if C['patr'] and father and 'alias' not in tags and akey == 'PROSECUTOR' \
                    and rnd() < A['patr_orig']:
                ps = patronymic(p, fem, 'lat', style, rng, join_p, prefer_turkish=True)
                keys.add('p_' + father)
                orig = ps + ' ' + g_part + (' ' + f_part if f_part else '')
                tags.append('orig_father_oglu')
            elif f_part and rnd() < A['famfirst_orig']:
                orig = f_part + ' ' + g_part
                tags.append('orig_family_first')
            else:
                orig = g_part + (' ' + f_part if f_part else '')
            if pat_place == 'given' and pstr and pstr not in orig and 'orig_father_oglu' not in tags:
                orig = orig.replace(g_part, g_part + ' ' + pstr, 1)
            orig_is_lat = script == 'lat'
            tags.append('orig_latin' if script == 'lat' else 'orig_same_script')

    # -- case, folding, encoding damage (applies to Latin text)
    r = rnd()
    if r < A['upper']:
        mode = 'tr_upper' if A['trcase'] else 'upper'
        tags.append('upper')
    elif r < A['upper'] + A['locale_bug']:
        mode = 'locale'
    elif r < A['upper'] + A['locale_bug'] + A['lower']:
        mode = 'lower'
        tags.append('lowercase')
    else:
        mode = ''
    fold = rnd() < A['fold']
    moji = rnd() < A['moji']

    def finish(s, lat):
        if not s:
            return s
        if lat or script == 'cyr' or (script == 'scr' and scr_kind in ('cyr', 'uk')):
            s = cased(s, mode)
        if has_latin(s):
            if fold:
                s = T.fold(s)
            if moji:
                s = T.mojibake(s, rng)
        return s

    og, of, oo = gs, fs, orig
    gs = finish(gs, script == 'lat')
    fs = finish(fs, script == 'lat')
    orig = finish(orig, orig_is_lat)
    if mode == 'locale' and (gs + fs + orig) != (og + of + oo):
        tags.append('case_locale')
    if fold and T.fold(og + of + oo) != (og + of + oo):
        tags.append('ascii_fold')
    if moji and (gs + fs + orig) != T.fold(og + of + oo) and any(ch in 'ÃÅÄþýðÝÞÐ' for ch in gs + fs + orig):
        tags.append('mojibake')
    if rnd() < A['extra_space'] and gs:
        gs = ' ' + gs + '  ' if rnd() < 0.5 else gs.replace(' ', '  ')
        tags.append('whitespace')

    # -- birth date
    bdate = ''
    byear = ''
    y, m, d = p.y, p.m, p.d
    if p.fake_y and rnd() < A['age_infl']:
        y = p.fake_y
        tags.append('age_inflated')
    pf, py, pn = A['date']
    r = rnd()
    if c in ('AF', 'IR') and rnd() < A['hijri']:
        hy = y - 621 if (m, d) >= (3, 21) else y - 622
        byear = str(hy)
        tags.append('solar_hijri_year')
    elif not p.dknown:
        if r < pf + py:
            yy = y
            r2 = rnd()
            if r2 < 0.40:
                yy = y + rng.choice((-1, 1)) if r2 < 0.35 else y + rng.choice((-2, 2))
                tags.append('year_estimated')
            if r < pf and rnd() < A['def0101']:
                bdate = date_str(yy, 1, 1) if rnd() < 0.9 else date_str(yy, 7, 1)
                tags.append('date_default_placeholder')
                if rnd() < A['yr_full']:
                    byear = str(yy)
            else:
                byear = str(yy)
                tags.append('year_only')
        else:
            tags.append('date_missing')
    else:
        if r < pf:
            if c in ('AF', 'IR') and rnd() < A['calconv']:
                y += rng.choice((-1, 1))
                tags.append('calendar_conversion')
            if d <= 12 and d != m and rnd() < A['dmswap']:
                m, d = d, m
                tags.append('day_month_swap')
            if rnd() < A['dtypo']:
                k = rnd()
                y2, m2, d2 = y, m, d
                if k < 0.4:
                    s = str(y)
                    y2 = int(s[:2] + s[3] + s[2])
                elif k < 0.8:
                    s = '%02d' % d
                    d2 = int(s[1] + s[0]) if s[0] != s[1] and s[1] != '0' else d + 1
                else:
                    d2 = d + rng.choice((-1, 1))
                if valid(y2, m2, d2) and (y2, m2, d2) != (y, m, d) and abs(y2 - y) < 15:
                    y, m, d = y2, m2, d2
                    tags.append('date_typo')
            if not valid(y, m, d):
                d = calendar.monthrange(y, m)[1]
            bdate = date_str(y, m, d)
            tags.append('date_full')
            if rnd() < A['yr_full']:
                byear = str(y)
        elif r < pf + py:
            byear = str(y)
            tags.append('year_only')
        else:
            tags.append('date_missing')

    # -- sex
    sex = p.sex
    if rnd() < A['sex_miss']:
        sex = ''
        tags.append('sex_missing')
    elif rnd() < A['sex_err']:
        sex = 'M' if sex == 'F' else 'F'
        tags.append('sex_error')

    # -- citizenship
    cits = p.cits
    if rnd() < A['cit_miss']:
        cit = ''
        tags.append('citizenship_missing')
    elif rnd() < A['cit_wrong'] and cits[0] in CONFUSE:
        cit = rng.choice(CONFUSE[cits[0]])
        tags.append('citizenship_wrong')
    elif len(cits) > 1:
        if rnd() < A['cit_both']:
            cit = '|'.join(cits)
            tags.append('citizenship_dual')
        elif rnd() < 0.7:
            cit = cits[0]
        else:
            cit = cits[1]
            tags.append('citizenship_other_of_dual')
    else:
        cit = cits[0]

    tags.extend(p.hn)
    if not keys:
        keys.add('none')
    return (gs, fs, orig, bdate, byear, sex, cit), '+'.join(sorted(keys)), tags


def native_full(p, gids, fam, fam2, art, father, fem, rng, A, keys, tags):
    """The whole name in the person's own script, in the order of their documents."""
    c = p.cult
    kind = CULT_SCR[c]
    script = 'scr'
    if c == 'GE' and rng.random() < 0.3:
        script = 'cyr'
        kind = 'cyr'
    elif c == 'UA' and rng.random() < 0.3:
        script = 'cyr'
        kind = 'cyr'
    join_p = A['join']
    g = [pick_form(forms(x, False, c), script, 'nat', rng, join_p) for x in gids]
    for x in gids:
        keys.add(x)
    f = ''
    if fam:
        F = forms(fam, True, c, fem)
        f = pick_form(F, script, 'nat', rng, join_p)
        if art and kind == 'ar' and rng.random() < 0.85:
            f = with_article(f, 'scr', 'nat', rng, [])
        keys.add('f_' + fam)
        if fam2:
            f = f + ' ' + pick_form(forms(fam2, True, c, fem), script, 'nat', rng, join_p)
            keys.add('f_' + fam2)
    pat = ''
    pst = CULT[c]['patr']
    if father and pst and rng.random() < (A['patr_orig'] if pst != 'af' or not fam else 0.6):
        pat = patronymic(p, fem, script, 'nat', rng, join_p)
        keys.add('p_' + father)
        tags.append('orig_with_father')
    tags.append('orig_script_' + kind)
    if kind in ('ar', 'fa'):
        out = ' '.join(x for x in g + [pat, f] if x)
        if rng.random() < A['arvar']:
            out2 = T.ar_variant(out, rng)
            if out2 != out:
                out = out2
                tags.append('arabic_letter_variant')
        return out
    if kind in ('cyr', 'uk') and rng.random() < 0.7:
        return ' '.join(x for x in [f] + g + [pat] if x)
    return ' '.join(x for x in g + [pat, f] if x)


# ---------------------------------------------------------------- records per person, agencies
def n_records(rng):
    return rng.choices((1, 2, 3, 4, 5, 6, 7, 8, 9), cum_weights=(42, 68, 82, 90, 95, 97.5, 98.7, 99.5, 100))[0]


def agencies_for(p, k, rng):
    ws = []
    for a in AG_K:
        w = AGENCY[a]['w']
        if p.cult == 'TR' and a in FOREIGN_ONLY:
            w = 0
        ws.append(w)
    cw = _cum(ws)
    out = []
    for _ in range(k):
        a = rng.choices(AG_K, cum_weights=cw)[0]
        if a in out and rng.random() < 0.6:        # mostly different agencies
            a = rng.choices(AG_K, cum_weights=cw)[0]
        out.append(a)
    return out


def agency_label(a, p):
    if a == 'PMM_IL':
        return 'PMM_IL:' + p.prov
    if a == 'CONSULATE':
        return 'CONSULATE:' + CULT[p.cult]['iso']
    return a


def q(s):
    if not s:
        return ''
    if ',' in s or '"' in s or '\n' in s or '\r' in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    N = int(sys.argv[1])
    seed = int(sys.argv[2])
    rng = random.Random(seed)
    recs = []
    truth = []
    recent = {}
    fid = 0
    next_pid = 1
    while len(recs) < N:
        fid += 1
        people = make_household(rng, fid, next_pid, recent)
        next_pid += len(people)
        for p in people:
            k = n_records(rng)
            for a in agencies_for(p, k, rng):
                fields, key, tags = render(p, a, rng)
                recs.append(','.join(q(x) for x in fields))
                truth.append('P%07d,F%07d,%s,%s,%s' % (p.pid, p.fid, q(key), q(agency_label(a, p)),
                                                      q(';'.join(dict.fromkeys(tags)))))
    del recs[N:]
    del truth[N:]
    order = list(range(N))
    rng.shuffle(order)
    with open(sys.argv[3], 'w', encoding='utf-8', newline='') as fr, \
            open(sys.argv[4], 'w', encoding='utf-8', newline='') as ft:
        fr.write('id,given_names,family_names,full_name_original,birth_date,birth_year,sex,citizenship\r\n')
        ft.write('id,person_id,family_id,name_key,agency,variations\r\n')
        bufr, buft = [], []
        for n, i in enumerate(order):
            rid = 'T%07d' % (n + 1)
            bufr.append(rid + ',' + recs[i] + '\r\n')
            buft.append(rid + ',' + truth[i] + '\r\n')
            if len(bufr) >= 50000:
                fr.write(''.join(bufr))
                ft.write(''.join(buft))
                bufr, buft = [], []
        fr.write(''.join(bufr))
        ft.write(''.join(buft))


if __name__ == '__main__':
    main()
