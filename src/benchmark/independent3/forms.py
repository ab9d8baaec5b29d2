# -*- coding: utf-8 -*-
"""Derive, per (name, culture), the spellings each kind of clerk would produce."""
import translit as T
from names import GIVEN_T, FAMILY_T

# culture -> how its people's names look natively
#   scr: native non-Latin script ('ar','fa','cyr','uk','geo' or None)
CULT_SCR = {'TR': None, 'SY': 'ar', 'IQ': 'ar', 'MA': 'ar', 'IR': 'fa', 'AF': 'fa', 'PK': 'fa',
            'UZ': 'cyr', 'TJ': 'cyr', 'KG': 'cyr', 'KZ': 'cyr', 'TK': 'cyr', 'AZ': 'cyr',
            'GE': 'geo', 'RU': 'cyr', 'UA': 'uk', 'MD': 'cyr', 'NG': None, 'GH': None}
# Cyrillic -> Latin system of the culture's own passports
NAT_SYS = {'UZ': 'uz', 'TJ': 'gost', 'KG': 'icao', 'KZ': 'icao', 'TK': 'tk', 'AZ': 'az',
           'RU': 'icao', 'UA': 'ukr', 'MD': 'gost', 'GE': 'gost'}


def _u(*lists):
    d = {}
    for l in lists:
        for x in l:
            if x:
                d[x] = 1
    return list(d)


def _build(e, c):
    g = e.get
    cyr = g('cyr', [])
    uk = g('uk', [])
    geo = g('geo', [])
    en, tr, fr, ir, ro = g('en', []), g('tr', []), g('fr', []), g('ir', []), g('ro', [])
    if not cyr and geo:
        cyr = [T.geo2(geo[0], 'cyr')]
    geo_lat = [T.geo2(x, 'lat') for x in geo]
    cyr_intl = _u([T.cyr2lat(x, s) for x in cyr[:1] for s in ('gost', 'icao', 'bgn')])
    # international / English-style Latin
    if c == 'UA' and uk:
        intl = _u([T.cyr2lat(uk[0], 'ukr')], cyr_intl)
    elif c == 'GE' and geo:
        intl = _u(geo_lat, en, cyr_intl[:1])
    elif en:
        intl = _u(en, ir if c in ('IR', 'AF') else [])
    elif ir:
        intl = ir
    elif fr:
        intl = fr
    elif cyr_intl:
        intl = _u(cyr_intl, ro)
    elif ro:
        intl = [T.fold(x) for x in ro]
    else:
        intl = _u([T.fold(x) for x in tr])
    # native Latin
    nat = None
    if c == 'TR':
        nat = tr
    elif c in ('SY', 'IQ', 'PK', 'NG', 'GH'):
        nat = en or ir or fr
    elif c == 'MA':
        nat = fr or en
    elif c in ('IR', 'AF'):
        nat = ir or en
    elif c == 'UZ':
        nat = g('uz') or [T.cyr2lat(x, 'uz') for x in cyr[:1]]
    elif c == 'TJ':
        nat = g('tj') or [T.cyr2lat(x, 'gost') for x in cyr[:1]]
    elif c in ('KG', 'KZ'):
        nat = g(c.lower()) or _u([T.cyr2lat(x, 'icao') for x in cyr[:1]], [T.cyr2lat(x, 'gost') for x in cyr[:1]])
    elif c == 'TK':
        nat = g('tk') or [T.cyr2lat(x, 'tk') for x in cyr[:1]]
    elif c == 'AZ':
        nat = g('az') or [T.cyr2lat(x, 'az') for x in cyr[:1]]
    elif c == 'GE':
        nat = geo_lat or en
    elif c == 'RU':
        nat = _u([T.cyr2lat(x, 'icao') for x in cyr[:1]], [T.cyr2lat(x, 'gost') for x in cyr[:1]])
    elif c == 'UA':
        nat = [T.cyr2lat(x, 'ukr') for x in uk[:1]] or [T.cyr2lat(x, 'gost') for x in cyr[:1]]
    elif c == 'MD':
        nat = ro or [T.cyr2lat(x, 'gost') for x in cyr[:1]]
    nat = nat or intl or tr
    # Turkish clerks' spelling
    if c in ('TR', 'SY', 'IQ', 'MA', 'IR', 'AF', 'PK'):
        trf = tr or _u([T.to_tr(x) for x in nat[:2]])
    elif c in ('UZ', 'TJ'):
        trf = _u([T.to_tr(x, 'uz' if c == 'UZ' else 'en') for x in nat[:1]], [T.cyr2lat(x, 'tr') for x in cyr[:1]])
    elif c in ('KG', 'KZ', 'RU', 'UA'):
        src = uk if (c == 'UA' and uk) else cyr
        trf = _u([T.cyr2lat(x, 'tr') for x in src[:1]]) or _u([T.to_tr(x) for x in nat[:1]])
    elif c == 'TK':
        trf = _u([T.to_tr(x, 'tk') for x in nat[:1]], [T.cyr2lat(x, 'tr') for x in cyr[:1]])
    elif c == 'AZ':
        trf = _u([T.to_tr(x, 'az') for x in nat[:1]], [T.cyr2lat(x, 'tr') for x in cyr[:1]])
    elif c == 'GE':
        trf = [T.geo2(x, 'tr') for x in geo[:1]] or _u([T.to_tr(x) for x in nat[:1]])
    elif c == 'MD':
        trf = _u(nat[:1], [T.to_tr(x, 'ro') for x in nat[:1]])
    else:
        trf = _u([T.to_tr(x) for x in nat[:1]], nat)
    trf = trf or nat
    frf = fr or [T.cyr2lat(x, 'fr') for x in cyr[:1]] or intl
    de = [T.cyr2lat(x, 'de') for x in cyr[:1]] or intl
    # scripts
    scr_kind = CULT_SCR[c]
    if scr_kind == 'ar':
        scr = g('ar') or [T.persianize(x) for x in g('fa', [])]
    elif scr_kind == 'fa':
        scr = g('fa') or [T.persianize(x) for x in g('ar', [])]
    elif scr_kind == 'uk':
        scr = uk or cyr
    elif scr_kind == 'geo':
        scr = geo
    elif scr_kind == 'cyr':
        scr = cyr
    else:
        scr = []
    dimc = g('dim', [])
    diml = _u([T.cyr2lat(x, 'gost') for x in dimc], [T.cyr2lat(x, 'tr') for x in dimc])
    return {'nat': nat, 'tr': trf, 'en': intl, 'fr': frf, 'de': de, 'trk': tr or trf,
            'scr': scr, 'cyr': cyr, 'dimc': dimc, 'diml': diml, 'ab': g('ab', []),
            'compound': 'C' in e['flags'], 'art': 'A' in e['flags']}


def feminize(s):
    w = s
    lw = w.lower()
    if lw.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
        return w + 'а'
    if lw.endswith(('ov', 'ev', 'ow', 'ew', 'in', 'yn', 'off')):
        if lw.endswith('off'):
            return w[:-2] + 'va'
        return w + 'a'
    return w


_CACHE = {}
_LISTKEYS = ('nat', 'tr', 'en', 'fr', 'de', 'trk', 'scr', 'cyr')


def forms(nid, is_fam, cult, fem=False):
    key = (nid, is_fam, cult, fem)
    F = _CACHE.get(key)
    if F is None:
        e = (FAMILY_T if is_fam else GIVEN_T)[nid]
        F = _build(e, cult)
        if fem and is_fam and 'G' in e['flags']:
            F = dict(F)
            for k in _LISTKEYS:
                F[k] = [feminize(x) for x in F[k]]
        F['gendered'] = 'G' in e['flags']
        _CACHE[key] = F
    return F


def patro_cyr(s, fem):
    s = s.replace('ё', 'е')
    if s.endswith('ий'):
        pre = s[-3] if len(s) > 2 else ''
        pre2 = s[-4] if len(s) > 3 else ''
        if pre in 'гкх' or (pre == 'р' and pre2 not in 'аеиоуыэюя'):
            stem = s[:-2] + 'иев'
        else:
            stem = s[:-2] + 'ьев'
    elif s.endswith(('й', 'ь')):
        stem = s[:-1] + 'ев'
    elif s[-1] in 'аяиоуе':
        stem = s + 'ев'
    else:
        stem = s + 'ов'
    return stem + ('на' if fem else 'ич')
