#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic National-Referral-Mechanism registrations (Türkiye) for record-linkage tests.

usage: python3 gen.py N SEED records.csv truth.csv
"""
import csv
import datetime
import os
import random
import shutil
import sys
import tempfile
from bisect import bisect
from itertools import accumulate

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pools  # noqa: E402
import config as CF  # noqa: E402
from translit import (Name, render, cap, fold, upper_tr, lower_tr, words_apply, wpick, CYR_LAT, CYR_ICAO)  # noqa: E402
import noise  # noqa: E402

P = pools.build()


class WP(object):
    """weighted pool sampler"""
    __slots__ = ('items', 'cum')

    def __init__(self, items, weights):
        self.items = items
        c = list(accumulate(weights))
        t = c[-1]
        self.cum = [x / t for x in c]

    def __call__(self, rng):
        i = bisect(self.cum, rng.random())
        return self.items[min(i, len(self.items) - 1)]


_POOL_S = {k: WP(v, [e.w for e in v]) for k, v in P.items()}
_ORIG_S = WP(CF.ORIGINS, [o[1] for o in CF.ORIGINS])
_CULT_S = {o[0]: WP([c for c, _ in o[3]], [w for _, w in o[3]]) for o in CF.ORIGINS}
_AG_S = {}
for _o in CF.ORIGINS:
    _aw = CF.agency_weights(_o[0])
    _AG_S[_o[0]] = (WP([a for a, _ in _aw], [w for _, w in _aw]), _aw)
_CASE_S = {a: WP([c for c, _ in d['case']], [w for _, w in d['case']]) for a, d in CF.AG.items()}
_PH_S = WP([p for p, _ in CF.PLACEHOLDERS], [w for _, w in CF.PLACEHOLDERS])


def draw_from(spec, rng):
    """spec: [(pool, w)]"""
    if len(spec) == 1:
        return _POOL_S[spec[0][0]](rng)
    return _POOL_S[wpick(rng, spec)](rng)


class Ident(object):
    __slots__ = ('given', 'fam', 'alt', 'father', 'middle', 'title', 'dob', 'pp', 'pp_style', 'passport')

    def __init__(self):
        self.given = []
        self.fam = None
        self.alt = None
        self.father = None
        self.middle = None
        self.title = None
        self.dob = None
        self.pp = {}
        self.pp_style = 'icao'
        self.passport = False


class Person(object):
    __slots__ = ('pid', 'fid', 'iso', 'ck', 'C', 'sex', 'id', 'alias', 'know', 'sh', 'cit', 'cit_alt', 'nrec', 'est_base')


# ------------------------------------------------------------------ population
AGE_TRI = {'afg': (13, 38, 18), 'pak': (15, 42, 23), 'bgd': (16, 42, 24), 'som': (14, 40, 20), 'eth': (15, 38, 22), 'sdn': (14, 40, 21),
           'nga': (15, 36, 21), 'uzb': (16, 48, 26), 'tkm': (16, 48, 26), 'kgz': (16, 48, 25), 'kaz': (16, 48, 26), 'aze': (16, 48, 27),
           'mda': (17, 50, 27), 'ukr': (17, 50, 27), 'rus': (17, 50, 27), 'geo': (16, 50, 27), 'syr_ar': (1, 60, 19), 'syr_ku': (1, 60, 19),
           'irq_ar': (1, 60, 21), 'irq_ku': (1, 60, 21), 'phl': (20, 50, 31), 'idn': (18, 48, 28)}


def age_sample(rng, ck=None):
    # victims / presumed victims: mostly young adults; Syrians/Iraqis include whole families
    a, b, c = AGE_TRI.get(ck, (13, 50, 23))
    return int(rng.triangular(a, b, c))


def dob_from_age(age, rng, ref=2020):
    y = ref - age
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randrange(365))
    return (d.year, d.month, d.day)


TWIN_NAMES = {('hasan', 'husayn'), ('muhammad', 'ahmad'), ('fatima', 'zahra')}


def new_ident(C, sex, rng, fam, father, title, exclude=()):
    I = Ident()
    gspec = C['gm'] if sex == 'M' else C['gf']
    n = 2 if rng.random() < C.get('n2', .0) else 1
    naming = C['naming']
    given = []
    if naming == 'pak' and sex == 'M' and rng.random() < .45:
        given.append(_POOL_S['muhammad_sa'](rng))
    if naming == 'bgd' and sex == 'M' and rng.random() < .6:
        given.append(_POOL_S['muhammad_bd'](rng))
    if naming == 'bgd' and sex == 'F' and rng.random() < .3:
        title = _POOL_S['t_mst'](rng)
    tries = 0
    target = n + len(given)
    while len(given) < target and tries < 20:
        tries += 1
        e = draw_from(gspec, rng)
        if e.id in exclude or any(g.id == e.id for g in given):
            continue
        given.append(e)
    if not given:
        given.append(draw_from(gspec, rng))
    I.given = given
    I.fam = fam
    I.father = father
    I.title = title
    return I


def new_family(C, rng, father):
    if not C.get('fam'):
        return None
    if C.get('uulu') and rng.random() < C['uulu']:
        return Name(father.id + '_uulu', 'DV', 'ky', father, kind='f')
    if rng.random() > C.get('fam_p', 1.0):
        return None
    return draw_from(C['fam'], rng)


def female_family(C, rng):
    if C.get('ffam') and rng.random() < C['ffam'][1]:
        return _POOL_S[C['ffam'][0]](rng)
    return None


def make_person(pid, fid, iso, ck, sex, ident, rng, extras, know=None):
    C = CF.C[ck]
    p = Person()
    p.pid = pid
    p.fid = fid
    p.iso = iso
    p.ck = ck
    p.C = C
    p.sex = sex
    p.id = ident
    p.alias = None
    kf, ky, kn = C['dob']
    if know is None:
        r = rng.random()
        know = 'full' if r < kf else ('year' if r < kf + ky else 'none')
    p.know = know
    p.sh = bool(C.get('sh')) and rng.random() < .5
    p.cit = iso
    p.cit_alt = None
    if extras.get('pal') and rng.random() < extras['pal']:
        p.cit_alt = 'PSE'
    if extras.get('born_iran') and rng.random() < extras['born_iran']:
        p.cit_alt = 'IRN'
    if ck == 'uzb' and iso == 'KGZ':
        p.cit_alt = 'UZB'
    ident.passport = rng.random() < C['passport']
    ps = CF.PASSPORT_STYLE[ck]
    if ck == 'rus' and rng.random() < .35:
        ps = 'en'  # older passports
    ident.pp_style = ps
    p.est_base = None
    return p


def make_household(hid, rng, pid_next):
    o = _ORIG_S(rng)
    iso, _, fem, _, extras = o
    ck = _CULT_S[iso](rng)
    C = CF.C[ck]
    r = rng.random()
    htype = 'single' if r < .62 else ('siblings' if r < .8 else ('mother' if r < .92 else 'couple'))
    father = draw_from(C['gm'], rng)
    fam = new_family(C, rng, father)
    title = None
    if C.get('title') and rng.random() < C['title'][1]:
        title = _POOL_S[C['title'][0]](rng)
    members = []
    fid = 'H%07d' % hid

    def sex_draw():
        return 'F' if rng.random() < fem else 'M'

    def nxt():
        pid_next[0] += 1
        return 'P%07d' % pid_next[0]

    if htype == 'single':
        sex = sex_draw()
        fam1 = fam
        if sex == 'F' and C.get('ffam'):
            fam1 = female_family(C, rng) or fam
        I = new_ident(C, sex, rng, fam1, father, title)
        I.dob = dob_from_age(age_sample(rng, ck), rng)
        if sex == 'F' and C.get('married') and rng.random() < .25 and 2020 - I.dob[0] > 21:
            I.alt = new_family(C, rng, draw_from(C['gm'], rng))  # married name (fam stays maiden)
            if I.alt is not None and (I.alt.sys == 'DV' or (fam1 is not None and I.alt.id == fam1.id)):
                I.alt = None
        members.append(make_person(nxt(), fid, iso, ck, sex, I, rng, extras))
    elif htype == 'siblings':
        n = rng.choice((2, 2, 2, 3, 3, 4))
        base = age_sample(rng, ck)
        used = set()
        twins = rng.random() < .1
        ages = [base]
        for _ in range(n - 1):
            ages.append(max(1, ages[-1] - rng.randint(1, 5)))
        dobs = [dob_from_age(a, rng) for a in ages]
        sexes = [sex_draw() for _ in range(n)]
        tw_pair = None
        if twins:
            dobs[1] = dobs[0]
            if rng.random() < .6:
                sexes[1] = sexes[0]
            if C.get('twins') and sexes[0] == sexes[1] == 'M' and rng.random() < .5:
                tw_pair = C['twins']
        know_fam = None
        for i in range(n):
            fam1 = fam
            if sexes[i] == 'F' and C.get('ffam'):
                fam1 = female_family(C, rng) or fam
            I = new_ident(C, sexes[i], rng, fam1, father, title, exclude=used)
            if tw_pair and i < 2:
                want = tw_pair[i]
                for e in P[C['gm'][0][0]]:
                    if e.id == want:
                        I.given = [e]
                        break
            for g in I.given:
                used.add(g.id)
            I.dob = dobs[i]
            p = make_person(nxt(), fid, iso, ck, sexes[i], I, rng, extras, know=know_fam)
            know_fam = p.know if rng.random() < .8 else None  # siblings usually share documentation status
            members.append(p)
    else:
        # mother with children, or a couple
        m_father = draw_from(C['gm'], rng)
        if C.get('married'):
            mfam = fam
            malt = new_family(C, rng, m_father) if rng.random() < .8 else None
            if malt is not None and (malt.sys == 'DV' or (fam is not None and malt.id == fam.id)):
                malt = None
        else:
            mfam = female_family(C, rng) if C.get('ffam') else None
            if mfam is None:
                mfam = new_family(C, rng, m_father)
            malt = None
        mage = rng.randint(24, 48)
        I = new_ident(C, 'F', rng, mfam, m_father, None)
        I.alt = malt
        I.dob = dob_from_age(mage, rng)
        members.append(make_person(nxt(), fid, iso, ck, 'F', I, rng, extras))
        if htype == 'couple':
            hage = mage + rng.randint(0, 10)
            IH = new_ident(C, 'M', rng, fam, father, title)
            IH.dob = dob_from_age(hage, rng)
            members.append(make_person(nxt(), fid, iso, ck, 'M', IH, rng, extras))
        else:
            n = rng.choice((1, 1, 2, 2, 3))
            used = set()
            # the children's father is the husband (not registered)
            husband = draw_from(C['gm'], rng)
            cfam = fam if C.get('married') else new_family(C, rng, husband)
            for i in range(n):
                cage = max(1, mage - rng.randint(17, 32))
                sx = sex_draw()
                I = new_ident(C, sx, rng, cfam, husband, title, exclude=used)
                for g in I.given:
                    used.add(g.id)
                I.dob = dob_from_age(cage, rng)
                members.append(make_person(nxt(), fid, iso, ck, sx, I, rng, extras))
    # filipino middle names (mother's maiden name)
    if C['naming'] == 'filipino':
        mm = draw_from(C['fam'], rng)
        for p in members:
            if p.id.middle is None:
                p.id.middle = mm if rng.random() < .9 else draw_from(C['fam'], rng)
    return members, htype


def n_records(rng):
    r = rng.random()
    if r < .5:
        return 1
    if r < .72:
        return 2
    if r < .85:
        return 3
    if r < .92:
        return 4
    if r < .96:
        return 5
    return min(25, 6 + int(rng.expovariate(1 / 2.2)))


def make_alias(p, rng):
    """false identity on a document supplied by traffickers"""
    C = p.C
    sex = p.sex
    I = new_ident(C, sex, rng, new_family(C, rng, draw_from(C['gm'], rng)), draw_from(C['gm'], rng), None)
    y, m, d = p.id.dob
    shift = rng.choice((-4, -3, -2, -2, -1, 0, 1, 2))
    try:
        I.dob = (y + shift, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < .7 else (y + shift, m, d)
    except Exception:
        I.dob = (y, m, d)
    I.passport = True
    I.pp_style = p.id.pp_style
    return I


# ------------------------------------------------------------------ name part rendering
def part_key(part):
    role, e, form = part
    if role == 'g':
        return e.id
    return role + '_' + e.id


def _particle(kind, sex, style, rng):
    if kind == 'oglu':
        if style in ('native',):
            return ' oğlu' if sex == 'M' else ' qızı'
        if style in ('cyr', 'cyr_local'):
            return ' оглы' if sex == 'M' else ' кызы'
        if style == 'tr':
            return ' oğlu' if sex == 'M' else ' kızı'
        return (' ogly' if sex == 'M' else ' kyzy') if rng.random() < .5 else (' oglu' if sex == 'M' else ' gizi')
    if kind == 'ugli':
        if style == 'native':
            return " o'g'li" if sex == 'M' else ' qizi'
        if style == 'cyr_local':
            return ' ўғли' if sex == 'M' else ' қизи'
        if style == 'cyr':
            return ' угли' if sex == 'M' else ' кизи'
        if style == 'tr':
            return ' oğlu' if sex == 'M' else ' kızı'
        return ' ugli' if sex == 'M' else ' qizi'
    if kind == 'uulu':
        if style in ('cyr', 'cyr_local'):
            return ' уулу' if sex == 'M' else ' кызы'
        if style == 'tr':
            return wpick(rng, [(' uulu', .5), (' ulu', .25), (' oğlu', .25)]) if sex == 'M' else wpick(rng, [(' kızı', .6), (' kyzy', .4)])
        return ' uulu' if sex == 'M' else ' kyzy'
    return ''


def ru_patronymic(father, sex, style, rng, tags, russian=False):
    cy = render(father, 'cyr', rng, tags).lower()
    if cy.endswith(('й', 'ь')):
        stem, suf = cy[:-1], ('евич' if sex == 'M' else 'евна')
    elif cy.endswith(('а', 'я')) and russian:
        stem, suf = cy[:-1], ('ич' if sex == 'M' else 'ична')
    elif cy.endswith(('а', 'я', 'и', 'у', 'о', 'е', 'ы')):
        stem, suf = cy, ('евич' if sex == 'M' else 'евна')
    else:
        stem, suf = cy, ('ович' if sex == 'M' else 'овна')
    pat = stem + suf
    if style in ('cyr', 'cyr_local'):
        return cap(pat)
    return cap(words_apply(CYR_LAT.get(style, CYR_ICAO), pat, rng), style == 'tr')


SCRIPT_STYLES = ('arab', 'fa', 'ur', 'ckb', 'cyr', 'cyr_local', 'geo')
HOUSE = {}
HOUSE_CUM = [.6, .82, .94]
CUR_AG = [None]


def render_part(part, style, rng, tags, sex, I, turkish):
    role, e, form = part
    if style == 'passport':
        key = (role, e.id, form)
        s = I.pp.get(key)
        if s is None:
            s = render_part(part, I.pp_style, rng, set(), sex, I, False)
            if I.pp_style != 'native':
                s = fold(s)
            s = upper_tr(s) if e.sys == 'TR' else s.upper()
            I.pp[key] = s
        return s
    if e.sys == 'DV':
        base = render(e.data, style if style in ('cyr', 'cyr_local') or style in ('tr', 'en', 'icao', 'native', 'ru', 'de', 'fr') else 'icao',
                      rng, tags)
        return base + _particle('uulu', sex, style, rng)
    if form is None:
        if style in SCRIPT_STYLES or CUR_AG[0] is None:
            return render(e, style, rng, tags, sex=(sex if role == 'f' else 'M'), turkish=turkish)
        # agencies have house spellings: a few variants per name, the first one dominant
        key = (CUR_AG[0], style, role, e.id, e.sys, sex if role == 'f' else '', turkish)
        lst = HOUSE.get(key)
        if lst is None:
            lst = []
            for _ in range(4):
                tg = set()
                lst.append((render(e, style, rng, tg, sex=(sex if role == 'f' else 'M'), turkish=turkish), tuple(tg)))
            HOUSE[key] = lst
        s, tg = lst[bisect(HOUSE_CUM, rng.random())]
        tags.update(tg)
        return s
    if form == 'nick':
        return render(e, style, rng, tags, nick=True, turkish=turkish)
    if form == 'initial':
        s = render(e, style, rng, tags, turkish=turkish)
        return s[:1] + '.'
    if form == 'ru':
        return ru_patronymic(e, sex, style, rng, tags, russian=(e.sys in ('CY', 'UA')))
    if form in ('oglu', 'ugli'):
        return render(e, style, rng, tags, turkish=turkish) + _particle(form, sex, style, rng)
    if form == 'bin':
        b = ('bin ' if sex == 'M' else 'binti ')
        s = render(e, style, rng, tags, turkish=turkish)
        return (b.title() if rng.random() < .4 else b) + s
    if form == 'so':
        s = render(e, style, rng, tags, turkish=turkish)
        if style in ('fa', 'ur', 'arab'):
            return ('ولد ' if sex == 'M' else 'بنت ') + s if rng.random() < .7 else ('فرزند ' + s)
        pre = wpick(rng, [('S/O ' if sex == 'M' else 'D/O ', .7), ('s/o ' if sex == 'M' else 'd/o ', .15),
                          ('son of ' if sex == 'M' else 'daughter of ', .15)])
        return pre + s
    return render(e, style, rng, tags, turkish=turkish)


# ------------------------------------------------------------------ record construction
LATIN_FOR_SCRIPT = {'latin': 'native'}


def choose_style(A, p, rng):
    C = p.C
    st = wpick(rng, A['styles'])
    if st == 'fr' and not C.get('franco') and A is CF.AG['IOM']:
        st = 'en'
    if p.ck in CF.CYR_CULT and st in ('en', 'tr') and rng.random() < .3:
        st = 'ru' if rng.random() < .7 else 'icao'
    if st == 'native' and p.ck in ('syr_ar', 'irq_ar', 'sdn', 'afg', 'irn', 'pak', 'bgd'):
        st = 'icao'
    return st


def patr_form(C, script):
    pt = C.get('patr')
    if pt is None:
        return None
    if pt == 'chain':
        return None  # plain father's name
    if pt in ('oglu', 'ugli') and script in ('cyr', 'cyr_local'):
        return 'ru'
    return pt


def build_record(p, ag, src, rng, reg_year, use_alias):
    A = CF.AG[ag]
    CUR_AG[0] = ag
    C = p.C
    naming = C['naming']
    tags = set()
    I = p.alias if use_alias else p.id
    sex = p.sex
    if use_alias:
        tags.add('identity:alias_document')
    hot = A['hotline']
    # ---------------- style
    if src == 'document' and I.passport and not hot:
        style = 'passport'
        tags.add('translit:passport')
        if rng.random() < A['retype']:
            style = choose_style(A, p, rng)
            tags.discard('translit:passport')
            tags.add('translit:' + style)
    else:
        style = choose_style(A, p, rng)
        tags.add('translit:' + style)
    tags.add('source:' + ('hotline' if hot else src))
    turkish = (style == 'tr')
    # ---------------- which name parts
    g = [('g', e, None) for e in I.given]
    if len(g) > 1 and rng.random() < A['given_partial']:
        if naming in ('pak', 'bgd') and I.given[0].id == 'muhammad' and rng.random() < .6:
            g = g[1:]
        elif hot:
            g = g[:1]
        else:
            g = g[:1] if rng.random() < .8 else g[1:]
        tags.add('name:given_partial')
    if rng.random() < A['nick']:
        for i, pt in enumerate(g):
            if pt[1].nicks:
                g[i] = ('g', pt[1], 'nick')
                tags.add('name:nickname')
                break
    gparts = list(g)
    if I.title is not None:
        if rng.random() < A['title_keep'] and not hot:
            gparts.insert(0, ('t', I.title, None))
        else:
            tags.add('name:title_dropped')
    mid = None
    if I.middle is not None and not hot:
        r = rng.random()
        if r < .45:
            mid = ('m', I.middle, None)
        elif r < .7:
            mid = ('m', I.middle, 'initial')
            tags.add('name:middle_initial')
        else:
            tags.add('name:middle_dropped')
    fparts = []
    fam_mode = 'fam'
    if I.fam is not None:
        if I.alt is not None:
            r = rng.random()
            both = {'turkish': .35, 'western': .08, 'filipino': .1}.get(naming, 0.0)
            if r < both:
                fparts = [('f', I.fam, None), ('f', I.alt, None)]
                tags.add('name:both_family_names')
            elif r < both + .35:
                fparts = [('f', I.alt, None)]
                tags.add('name:alt_family_name')
            else:
                fparts = [('f', I.fam, None)]
        else:
            fparts = [('f', I.fam, None)]
    else:
        fam_mode = 'none'
    drop_p = A['fam_drop'] * (3 if hot else 1)
    if hot and rng.random() < .55:
        drop_p = 1.0
    if fparts and rng.random() < drop_p:
        fparts = []
        fam_mode = 'dropped'
        tags.add('name:family_dropped')
    # patronymic in the given-name field
    pt_given = None
    if I.father is not None and not hot and rng.random() < A['patr_given'] and C.get('patr'):
        pf = patr_form(C, 'latin')
        pt_given = ('p', I.father, pf if pf != 'bin' else 'bin')
        tags.add('name:patronymic_in_given')
    # no family name: what goes into the family field
    ffield_override = None
    if not fparts:
        if naming == 'father' and I.father is not None and fam_mode == 'none':
            if rng.random() < .85:
                fparts = [('p', I.father, None)]
                tags.add('name:father_as_family')
        elif fam_mode == 'none' and naming == 'indonesian':
            r = rng.random()
            if r < .22 and len(g) > 1:
                fparts = [g[-1]]
                gparts = [x for x in gparts if x is not g[-1]]
                tags.add('name:given_split_to_family')
            elif r < .45:
                ffield_override = 'given_dup'
                tags.add('name:given_as_family')
            elif r < .6 and I.father is not None:
                fparts = [('p', I.father, 'bin')]
                tags.add('name:father_as_family')
            elif r < .72:
                ffield_override = 'placeholder'
        elif fam_mode == 'none' and not hot:
            r = rng.random()
            if I.father is not None and r < .45:
                fparts = [('p', I.father, None)]
                tags.add('name:father_as_family')
            elif r < .45 + A['placeholder'] * .6:
                ffield_override = 'placeholder'
            elif r < .9:
                pass
            else:
                ffield_override = 'given_dup'
                tags.add('name:given_as_family')
        elif fam_mode == 'dropped' and not hot and rng.random() < A['placeholder'] * .5:
            ffield_override = 'placeholder'
    # ---------------- render fields
    gstr_parts = [render_part(x, style, rng, tags, sex, I, turkish) for x in gparts]
    keys_fields = set(part_key(x) for x in gparts)
    if mid is not None:
        ms = render_part(mid, style, rng, tags, sex, I, turkish)
        keys_fields.add(part_key(mid))
        if rng.random() < .15 and fparts:
            fparts_str_prefix = ms
        else:
            gstr_parts.append(ms)
            fparts_str_prefix = None
    else:
        fparts_str_prefix = None
    if pt_given is not None:
        gstr_parts.append(render_part(pt_given, style if style != 'passport' else 'icao', rng, tags, sex, I, turkish))
        keys_fields.add(part_key(pt_given))
    fstr_parts = [render_part(x, style, rng, tags, sex, I, turkish) for x in fparts]
    keys_fields.update(part_key(x) for x in fparts)
    if fparts_str_prefix:
        fstr_parts.insert(0, fparts_str_prefix)
    given_s = ' '.join(s for s in gstr_parts if s)
    fam_s = ' '.join(s for s in fstr_parts if s)
    if ffield_override == 'placeholder':
        fam_s = _PH_S(rng)
        tags.add('name:placeholder')
    elif ffield_override == 'given_dup':
        fam_s = given_s
    # ---------------- typos (before casing)
    if given_s and rng.random() < A['typo']:
        given_s, t = noise.typo(given_s, rng, turkish)
        if t:
            tags.add(t)
    if fam_s and ffield_override != 'placeholder' and rng.random() < A['typo']:
        fam_s, t = noise.typo(fam_s, rng, turkish)
        if t:
            tags.add(t)
    # ---------------- layout
    if given_s and fam_s and rng.random() < A['swap']:
        given_s, fam_s = fam_s, given_s
        tags.add('name:swapped')
    elif given_s and fam_s and ffield_override != 'placeholder' and rng.random() < A['onefield']:
        r = rng.random()
        if r < .5:
            given_s, fam_s = given_s + ' ' + fam_s, ''
        elif r < .75:
            given_s, fam_s = '', given_s + ' ' + fam_s
        elif r < .9:
            given_s, fam_s = fam_s + ' ' + given_s, ''
            tags.add('name:family_first')
        else:
            given_s, fam_s = '', fam_s + ', ' + given_s
            tags.add('name:family_first')
        tags.add('name:one_field')
    # ---------------- case
    cm = _CASE_S[ag](rng)
    if style == 'passport' and rng.random() < .7:
        cm = 'upper'
    if cm == 'upper':
        if (turkish or style == 'passport' and p.ck in ('tur', 'tur_ku')) and rng.random() < A['tr_upper']:
            given_s, fam_s = upper_tr(given_s), upper_tr(fam_s)
            tags.add('case:upper_tr')
        else:
            given_s, fam_s = given_s.upper(), fam_s.upper()
            tags.add('case:upper')
    elif cm == 'lower':
        given_s = lower_tr(given_s) if turkish else given_s.lower()
        fam_s = lower_tr(fam_s) if turkish else fam_s.lower()
        tags.add('case:lower')
    elif style == 'passport':
        given_s, fam_s = cap(given_s.lower()), cap(fam_s.lower())
    # ---------------- full_name_original
    orig = ''
    keys_orig = set()
    orig_on = rng.random() < A['orig'] and not hot and (given_s or fam_s)
    native = False
    if orig_on:
        native = rng.random() < A['orig_native']
        if native:
            scr = wpick(rng, C['scripts'])
            ost = LATIN_FOR_SCRIPT.get(scr, scr)
        else:
            scr = 'latin'
            ost = style if style != 'passport' else 'passport'
        tags.add('orig:' + (scr if native else 'latin_copy'))
    if orig_on and not native:
        orig = (fam_s + ' ' + given_s) if (rng.random() < .2 and fam_s) else (given_s + ' ' + fam_s)
        orig = orig.strip()
        keys_orig = set(keys_fields)
    elif orig_on:
        oparts_g = [x for x in gparts]
        if mid is not None:
            oparts_g.append(mid)
        op_p = []
        pt = C.get('patr')
        father_in = any(x[0] == 'p' for x in fparts) or pt_given is not None
        if I.father is not None and pt and not father_in and rng.random() < C.get('patr_rate', .35) * (1.0 if (native and scr != 'latin') else .3):
            pf = patr_form(C, scr)
            if pt == 'so' and fparts:
                pf = None
            if pf == 'so' and fparts:
                pf = None
            if pt == 'so' and not fparts:
                pf = 'so'
            op_p = [('p', I.father, pf)]
            tags.add('orig:patronymic')
        ofam = [x for x in fparts]
        fam_first = False
        if scr in ('cyr', 'cyr_local') and rng.random() < .75:
            fam_first = True
        elif rng.random() < .06:
            fam_first = True
        seq = (ofam + oparts_g + op_p) if fam_first else (oparts_g + op_p + ofam)
        if pt == 'chain' and op_p and not fam_first:
            seq = oparts_g + op_p + ofam
        ostrs = [render_part(x, ost, rng, tags, sex, I, ost == 'tr') for x in seq]
        orig = ' '.join(s for s in ostrs if s)
        keys_orig = set(part_key(x) for x in seq)
        if orig and rng.random() < A['typo'] * .5:
            orig, t = noise.typo(orig, rng, False)
            if t:
                tags.add(t)
        if scr == 'latin' or ost in ('native', 'passport'):
            if cm == 'upper':
                orig = orig.upper()
    # ---------------- damage typical of legacy systems
    if A['fold'] and rng.random() < A['fold']:
        g2, f2 = fold(given_s), fold(fam_s)
        if (g2, f2) != (given_s, fam_s):
            tags.add('fold:ascii')
        given_s, fam_s = g2, f2
    if A['mojibake'] and rng.random() < A['mojibake']:
        g2, f2, o2 = noise.mojibake(given_s), noise.mojibake(fam_s), noise.mojibake(orig)
        if (g2, f2, o2) != (given_s, fam_s, orig):
            tags.add('encoding:mojibake')
            given_s, fam_s, orig = g2, f2, o2
    elif A['qmarks'] and rng.random() < A['qmarks']:
        g2, f2, o2 = noise.qmarks(given_s), noise.qmarks(fam_s), noise.qmarks(orig)
        if (g2, f2, o2) != (given_s, fam_s, orig):
            tags.add('encoding:question_marks')
            given_s, fam_s, orig = g2, f2, o2
    if A['trunc'] and len(given_s) > 20 and rng.random() < A['trunc'] * 5:
        given_s = given_s[:20]
        tags.add('format:truncated')
    if A['ws'] and rng.random() < A['ws']:
        r = rng.random()
        if r < .5 and ' ' in given_s:
            given_s = given_s.replace(' ', '  ', 1)
        elif r < .8:
            given_s = given_s + ' '
        else:
            fam_s = ' ' + fam_s
        tags.add('format:whitespace')
    if not given_s.strip() and not fam_s.strip() and not orig.strip():
        # never emit a nameless record
        given_s = render_part(g[0], 'tr', rng, tags, sex, I, True)
        keys_fields.add(part_key(g[0]))
    # ---------------- dates, sex, citizenship
    bd, by = write_date(p, I, A, rng, reg_year, tags, hot, use_alias)
    sx = sex
    if rng.random() < A['sex_miss']:
        sx = ''
        tags.add('sex:missing')
    elif rng.random() < A['sex_wrong']:
        sx = 'F' if sex == 'M' else 'M'
        tags.add('sex:wrong')
    cit = p.cit
    r = rng.random()
    if p.cit_alt and r < .3:
        cit = p.cit_alt
        tags.add('cit:alternate')
    elif rng.random() < A['cit_miss']:
        cit = ''
        tags.add('cit:missing')
    elif rng.random() < A['cit_wrong']:
        cit = rng.choice(CF.CIT_CONFUSE.get(p.cit, ['SYR']))
        tags.add('cit:wrong')
    key = '+'.join(sorted(keys_fields | keys_orig))
    return dict(g=given_s, f=fam_s, o=orig, bd=bd, by=by, sx=sx, cit=cit, tags=tags, kf=keys_fields, ko=keys_orig, key=key)


def _valid(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def write_date(p, I, A, rng, reg_year, tags, hot, use_alias):
    y, m, d = I.dob
    know = 'full' if use_alias else p.know
    r = rng.random()
    if hot:
        know = 'year'
    if know == 'full':
        if r < A['d_full']:
            mode = 'full'
        elif r < A['d_full'] + A['d_year']:
            mode = 'year'
        else:
            mode = 'none'
    elif know == 'year':
        mode = 'jan1' if r < A['jan1'] else ('year' if r < A['jan1'] + (1 - A['jan1']) * .85 else 'none')
    else:
        if p.est_base is None:
            p.est_base = y + rng.choice((-2, -1, 0, 0, 0, 1, 2))
        y = p.est_base + rng.choice((-1, 0, 0, 0, 1))
        tags.add('date:estimated')
        mode = 'jan1' if r < A['jan1'] else ('year' if r < A['jan1'] + (1 - A['jan1']) * .8 else 'none')
    if mode != 'none' and A['from_age'] and rng.random() < A['from_age'] and mode != 'full':
        age = reg_year - y - (1 if rng.random() < .5 else 0)
        y = reg_year - age
        tags.add('date:from_age')
        mode = 'year'
    if mode == 'none':
        tags.add('date:none')
        return '', ''
    if mode == 'full' and p.sh and rng.random() < .12:
        y = y + rng.choice((-1, 1))
        tags.add('date:solar_hijri_conversion')
    if mode != 'none' and p.sh and rng.random() < .004:
        tags.add('date:solar_hijri_unconverted')
        return '', '%04d' % (y - 621)
    if rng.random() < A['year_off']:
        y += rng.choice((-1, 1))
        tags.add('date:year_off_by_one')
    if mode == 'year':
        tags.add('date:year_only')
        return '', '%04d' % y
    if mode == 'jan1':
        mm, dd = 1, 1
        tags.add('date:default_jan1')
    else:
        mm, dd = m, d
        if not _valid(y, mm, dd):
            dd = 28
        tags.add('date:full')
        if dd <= 12 and dd != mm and rng.random() < A['dm_swap']:
            mm, dd = dd, mm
            tags.add('date:day_month_swapped')
        elif rng.random() < A['digit']:
            k = rng.random()
            if k < .4 and dd >= 10 and dd % 10 != 0 and _valid(y, mm, (dd % 10) * 10 + dd // 10):
                dd = (dd % 10) * 10 + dd // 10
            elif k < .7:
                dd = max(1, min(28, dd + rng.choice((-1, 1))))
            else:
                y2 = y + rng.choice((-10, 10))
                y = y2
            tags.add('date:digit_error')
    if A['p1900'] and rng.random() < A['p1900']:
        y, mm, dd = 1900, 1, 1
        tags.add('date:placeholder_1900')
    if not _valid(y, mm, dd):
        dd = 28
    bd = '%04d-%02d-%02d' % (y, mm, dd)
    by = '%04d' % y if rng.random() < A['year_field'] else ''
    return bd, by


def copy_record(prev, ag, rng):
    """a record re-typed from another agency's file (errors propagate)"""
    A = CF.AG[ag]
    r = dict(prev)
    tags = set(t for t in prev['tags'] if not t.startswith(('source:', 'case:')))
    tags.add('source:copy')
    g, f, o = r['g'], r['f'], r['o']
    if o and rng.random() < .4:
        o = ''
        r['ko'] = set()
        tags = set(t for t in tags if not t.startswith('orig:'))
    cm = _CASE_S[ag](rng)
    if cm == 'upper' and A['tr_upper'] > 0:
        g, f = upper_tr(g), upper_tr(f)
        tags.add('case:upper_tr')
    elif cm == 'upper':
        g, f = g.upper(), f.upper()
        tags.add('case:upper')
    elif cm == 'title':
        g2, f2 = cap(lower_tr(g), True), cap(lower_tr(f), True)
        if 'ı' in (g2 + f2) and 'ı' not in (g + f).lower():
            tags.add('case:title_tr_dotless')
        g, f = g2, f2
    if A['fold'] and rng.random() < A['fold']:
        g2, f2 = fold(g), fold(f)
        if (g2, f2) != (g, f):
            tags.add('fold:ascii')
        g, f = g2, f2
    if g and rng.random() < A['typo']:
        g, t = noise.typo(g, rng, True)
        if t:
            tags.add(t)
    if r['bd'] and rng.random() < .15:
        r['by'] = r['bd'][:4]
        r['bd'] = ''
        tags = set(t for t in tags if t not in ('date:full', 'date:default_jan1', 'date:day_month_swapped'))
        tags.add('date:year_only')
    if r['cit'] and rng.random() < A['cit_miss']:
        r['cit'] = ''
        tags.add('cit:missing')
    if not g.strip() and not f.strip() and not o.strip():
        return dict(prev)
    r['g'], r['f'], r['o'] = g, f, o
    r['tags'] = tags
    r['key'] = '+'.join(sorted(r['kf'] | r['ko']))
    return r


def person_records(p, op_agency, rng):
    k = p.nrec
    recs = []
    aws, _ = _AG_S[p.iso]
    alias_at = -1
    if p.alias is not None and k >= 2:
        alias_at = rng.randrange(k)
    prev_ag = None
    for j in range(k):
        if j == 0 and op_agency and rng.random() < .6:
            ag = op_agency
        else:
            ag = aws(rng)
            if ag == prev_ag and rng.random() < .7:
                ag = aws(rng)
        A = CF.AG[ag]
        reg_year = rng.randint(*A['reg'])
        use_alias = (j == alias_at)
        if recs and not use_alias and not A['hotline'] and rng.random() < .18:
            src_rec = rng.choice(recs)
            if 'identity:alias_document' not in src_rec['tags']:
                rec = copy_record(src_rec, ag, rng)
                rec['ag'] = ag
                recs.append(rec)
                prev_ag = ag
                continue
        if A['hotline']:
            src = 'hotline'
        elif rng.random() < A['doc']:
            src = 'document'
        else:
            src = 'oral'
        rec = build_record(p, ag, src, rng, reg_year, use_alias)
        rec['ag'] = ag
        recs.append(rec)
        prev_ag = ag
    return recs


# ------------------------------------------------------------------ output
def main():
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    N = int(sys.argv[1])
    seed = int(sys.argv[2])
    out_rec, out_truth = sys.argv[3], sys.argv[4]
    rng = random.Random(seed * 1000003 + 7)
    nb = max(1, (N + 19999) // 20000)
    tmpdir = tempfile.mkdtemp(prefix='nrmgen_', dir=os.path.dirname(os.path.abspath(out_rec)) or '.')
    try:
        bfiles = [open(os.path.join(tmpdir, 'b%04d.tsv' % i), 'w', encoding='utf-8', newline='') for i in range(nb)]
        bwriters = [csv.writer(f, lineterminator='\n') for f in bfiles]
        count = 0
        hid = 0
        pid_next = [0]
        while count < N:
            hid += 1
            members, htype = make_household(hid, rng, pid_next)
            op_agency = _AG_S[members[0].iso][0](rng) if len(members) > 1 else None
            for p in members:
                if count >= N:
                    break
                p.nrec = min(n_records(rng), N - count)
                if p.nrec >= 2 and rng.random() < .03:
                    p.alias = make_alias(p, rng)
                for rec in person_records(p, op_agency, rng):
                    b = rng.randrange(nb)
                    bwriters[b].writerow([p.pid, p.fid, rec['g'], rec['f'], rec['o'], rec['bd'], rec['by'], rec['sx'], rec['cit'],
                                          rec['key'], rec['ag'], ';'.join(sorted(rec['tags'])), '%.9f' % rng.random()])
                    count += 1
        for f in bfiles:
            f.close()
        # pass 2: shuffle inside buckets, keep records of one person apart, assign ids
        with open(out_rec, 'w', encoding='utf-8', newline='') as fr, open(out_truth, 'w', encoding='utf-8', newline='') as ft:
            wr = csv.writer(fr, lineterminator='\n')
            wt = csv.writer(ft, lineterminator='\n')
            wr.writerow(['id', 'given_names', 'family_names', 'full_name_original', 'birth_date', 'birth_year', 'sex', 'citizenship'])
            wt.writerow(['id', 'person_id', 'family_id', 'name_key', 'agency', 'variations'])
            n = 0
            last_pid = None
            for i in range(nb):
                with open(os.path.join(tmpdir, 'b%04d.tsv' % i), encoding='utf-8', newline='') as f:
                    rows = list(csv.reader(f))
                rows.sort(key=lambda r: r[12])
                # separate adjacent records of the same person
                for j in range(len(rows)):
                    prevp = rows[j - 1][0] if j > 0 else last_pid
                    if rows[j][0] == prevp:
                        for k in range(j + 1, len(rows)):
                            if rows[k][0] != prevp and (j + 1 >= len(rows) or rows[k][0] != rows[j + 1][0] or True):
                                rows[j], rows[k] = rows[k], rows[j]
                                break
                for r in rows:
                    n += 1
                    rid = 'Q%07d' % n if N < 10000000 else 'Q%09d' % n
                    wr.writerow([rid, r[2], r[3], r[4], r[5], r[6], r[7], r[8]])
                    wt.writerow([rid, r[0], r[1], r[9], r[10], r[11]])
                    last_pid = r[0]
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == '__main__':
    main()
