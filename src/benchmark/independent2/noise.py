# -*- coding: utf-8 -*-
"""Typing errors and formatting damage."""
from translit import wpick, upper_tr

_QW = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
_TRQ = ['qwertyuıopğü', 'asdfghjklşi', 'zxcvbnmöç']


def _neigh(rows):
    d = {}
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            s = ''
            for dr in (-1, 0, 1):
                rr = r + dr
                if 0 <= rr < len(rows):
                    for dc in (-1, 0, 1):
                        if dr == 0 and dc == 0:
                            continue
                        cc = c + dc
                        if 0 <= cc < len(rows[rr]):
                            s += rows[rr][cc]
            d[ch] = s
    return d


NB_QW = _neigh(_QW)
NB_TR = _neigh(_TRQ)
PHON = {'e': 'i', 'i': 'e', 'o': 'u', 'u': 'o', 'a': 'e', 'b': 'p', 'p': 'b', 'd': 't', 't': 'd', 'k': 'g', 'g': 'k', 'm': 'n', 'n': 'm',
        's': 'z', 'z': 's', 'v': 'w', 'w': 'v', 'y': 'i', 'c': 'k', 'f': 'v', 'h': 'kh', 'ş': 's', 'ç': 'c', 'ı': 'i', 'ü': 'u', 'ö': 'o',
        'ğ': 'g', 'j': 'c', 'x': 'h', 'q': 'k', 'l': 'r', 'r': 'l'}
TRCH = {'ı': 'i', 'i': 'ı', 'ş': 's', 's': 'ş', 'ğ': 'g', 'g': 'ğ', 'ü': 'u', 'u': 'ü', 'ö': 'o', 'o': 'ö', 'ç': 'c', 'c': 'ç'}
AR_GROUPS = ['بتثنی', 'بتثني', 'جحخ', 'دذ', 'رز', 'سش', 'صض', 'طظ', 'عغ', 'فق', 'هة', 'ىي', 'اأإآ', 'وؤ', 'کك', 'یي', 'ئي']
AR_CONF = {}
for g in AR_GROUPS:
    for ch in g:
        AR_CONF.setdefault(ch, set()).update(c for c in g if c != ch)
AR_CONF = {k: ''.join(sorted(v)) for k, v in AR_CONF.items()}
CY_PHON = {'е': 'ё', 'ё': 'е', 'и': 'й', 'й': 'и', 'ш': 'щ', 'щ': 'ш', 'ь': 'ъ', 'э': 'е', 'а': 'о', 'о': 'а', 'ы': 'и', 'с': 'з',
           'з': 'с', 'т': 'д', 'д': 'т', 'к': 'г', 'г': 'к', 'н': 'м', 'м': 'н', 'у': 'ю', 'я': 'а'}
HOMO = {'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'к': 'k', 'А': 'A', 'Е': 'E', 'О': 'O', 'Р': 'P',
        'С': 'C', 'Т': 'T', 'Н': 'H', 'К': 'K', 'М': 'M', 'В': 'B', 'Х': 'X', 'і': 'i'}


def _script(s):
    for ch in s:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF:
            return 'arab'
        if 0x0400 <= o <= 0x04FF:
            return 'cyr'
        if 0x10A0 <= o <= 0x10FF:
            return 'geo'
    return 'latin'


def _match_case(src, rep):
    if src.isupper():
        return upper_tr(rep) if rep in ('i',) and False else rep.upper()
    return rep


def typo(s, rng, turkish=False):
    """apply one typing error; return (new, tag) or (s, None)"""
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 3:
        return s, None
    sc = _script(s)
    if sc == 'latin':
        ops = [('substitution', .26), ('phonetic', .2), ('deletion', .2), ('insertion', .12), ('transposition', .15), ('spacing', .04)]
        if turkish:
            ops.append(('tr_chars', .1))
    elif sc == 'arab':
        ops = [('arabic_dots', .45), ('deletion', .2), ('insertion', .1), ('transposition', .15), ('spacing', .1)]
    elif sc == 'cyr':
        ops = [('phonetic', .35), ('deletion', .2), ('insertion', .1), ('transposition', .15), ('homoglyph', .2)]
    else:
        ops = [('deletion', .4), ('transposition', .3), ('insertion', .3)]
    op = wpick(rng, ops)
    i = rng.choice(idx[1:]) if len(idx) > 1 else idx[0]
    c = s[i]
    lc = c.lower()
    if op == 'substitution':
        nb = (NB_TR if turkish else NB_QW).get(lc)
        if not nb:
            op = 'deletion'
        else:
            r = rng.choice(nb)
            return s[:i] + (r.upper() if c.isupper() else r) + s[i + 1:], 'typo:substitution'
    if op == 'phonetic':
        table = CY_PHON if sc == 'cyr' else PHON
        r = table.get(lc)
        if not r:
            op = 'deletion'
        else:
            return s[:i] + (r.upper() if c.isupper() else r) + s[i + 1:], 'typo:phonetic'
    if op == 'tr_chars':
        cand = [j for j in idx if s[j].lower() in TRCH]
        if not cand:
            op = 'deletion'
        else:
            j = rng.choice(cand)
            cj = s[j]
            r = TRCH[cj.lower()]
            if cj.isupper():
                r = {'i': 'İ', 'ı': 'I'}.get(r, r.upper())
            return s[:j] + r + s[j + 1:], 'typo:tr_chars'
    if op == 'arabic_dots':
        cand = [j for j in idx if s[j] in AR_CONF]
        if not cand:
            op = 'deletion'
        else:
            j = rng.choice(cand)
            return s[:j] + rng.choice(AR_CONF[s[j]]) + s[j + 1:], 'typo:arabic_letter'
    if op == 'homoglyph':
        cand = [j for j in idx if s[j] in HOMO]
        if not cand:
            op = 'deletion'
        else:
            j = rng.choice(cand)
            return s[:j] + HOMO[s[j]] + s[j + 1:], 'typo:homoglyph'
    if op == 'deletion':
        return s[:i] + s[i + 1:], 'typo:deletion'
    if op == 'insertion':
        if rng.random() < .6:
            return s[:i] + c + s[i:], 'typo:insertion'
        nb = NB_QW.get(lc) if sc == 'latin' else None
        r = rng.choice(nb) if nb else c
        return s[:i] + (r.upper() if c.isupper() else r) + s[i:], 'typo:insertion'
    if op == 'transposition':
        if i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != c:
            return s[:i] + s[i + 1] + c + s[i + 2:], 'typo:transposition'
        j = i - 1
        if s[j].isalpha() and s[j] != c:
            return s[:j] + c + s[j] + s[i + 1:], 'typo:transposition'
        return s[:i] + s[i + 1:], 'typo:deletion'
    if op == 'spacing':
        if ' ' in s.strip():
            k = s.index(' ')
            return s[:k] + s[k + 1:], 'typo:spacing'
        if len(s) > 6:
            k = rng.randint(3, len(s) - 3)
            return s[:k] + ' ' + s[k:], 'typo:spacing'
        return s, None
    return s, None


def mojibake(s):
    try:
        return s.encode('utf-8').decode('cp1254', errors='replace')
    except Exception:
        return s


def qmarks(s):
    return ''.join(ch if ord(ch) < 128 else '?' for ch in s)
