# -*- coding: utf-8 -*-
"""Record-level damage: typos, casing, folding, encoding accidents."""

# Turkish Q keyboard (the one on Turkish desks); used for Latin keyboard slips.
_ROWS = ['qwertyuıopğü', 'asdfghjklşi', 'zxcvbnmöç']
_CYR_ROWS = ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю']
_NEIGH = {}


def _build(rows):
    for ri, row in enumerate(rows):
        for ci, ch in enumerate(row):
            nb = []
            if ci > 0:
                nb.append(row[ci - 1])
            if ci + 1 < len(row):
                nb.append(row[ci + 1])
            for rj in (ri - 1, ri + 1):
                if 0 <= rj < len(rows):
                    other = rows[rj]
                    for cj in (ci - 1, ci, ci + 1):
                        if 0 <= cj < len(other):
                            nb.append(other[cj])
            _NEIGH[ch] = ''.join(nb)


_build(_ROWS)
_build(_CYR_ROWS)
# US-layout habits too (many clerks type English names on US keyboards)
for _a, _b in (('i', 'uo'), ('o', 'ip'), ('a', 'sq'), ('e', 'wr'), ('n', 'bm'), ('m', 'n')):
    _NEIGH[_a] = _NEIGH.get(_a, '') + _b


def _case_like(src, ch):
    return ch.upper() if src.isupper() else ch


def typo_keyboard(s, r):
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 2:
        return s
    i = idx[int(r.random() * len(idx))]
    c = s[i]
    x = r.random()
    if x < .45:
        nb = _NEIGH.get(c.lower())
        if not nb:
            return s[:i] + s[i + 1:]
        return s[:i] + _case_like(c, nb[int(r.random() * len(nb))]) + s[i + 1:]
    if x < .65:
        return s[:i] + s[i + 1:]
    if x < .85:
        nb = _NEIGH.get(c.lower()) or c
        ins = c if r.random() < .5 else _case_like(c, nb[int(r.random() * len(nb))])
        return s[:i] + ins + s[i:]
    if i + 1 < len(s) and s[i + 1].isalpha():
        a, b = s[i], s[i + 1]
        if a.isupper() != b.isupper():
            a, b = (b.upper(), a.lower()) if a.isupper() else (b.lower(), a.upper())
        else:
            a, b = b, a
        return s[:i] + a + b + s[i + 2:]
    return s[:i] + s[i + 1:]


_OCR = [('m', 'rn'), ('rn', 'm'), ('l', '1'), ('I', 'l'), ('i', 'l'), ('O', '0'), ('o', '0'), ('S', '5'),
        ('B', '8'), ('cl', 'd'), ('d', 'cl'), ('w', 'vv'), ('e', 'c'), ('c', 'e'), ('h', 'b'), ('n', 'ri'),
        ('u', 'ii'), ('İ', 'I'), ('ü', 'u'), ('ş', 's'), ('ç', 'c'), ('ğ', 'g'), ('a', 'o'), ('E', 'F'),
        ('H', 'N'), ('M', 'N'), ('Ü', 'U'), ('Ş', 'S'), ('Ö', 'O'), ('G', '6'), ('Z', '2')]


def typo_ocr(s, r):
    cands = [(a, b) for a, b in _OCR if a in s]
    if not cands:
        return typo_keyboard(s, r)
    a, b = cands[int(r.random() * len(cands))]
    pos = [i for i in range(len(s)) if s.startswith(a, i)]
    i = pos[int(r.random() * len(pos))]
    return s[:i] + b + s[i + len(a):]


# (a, b, both_ways): sounds a clerk confuses when a name is spelled aloud or
# heard over the phone / through an interpreter.
_PHON = [('e', 'i', 1), ('o', 'u', 1), ('a', 'e', 1), ('b', 'p', 1), ('d', 't', 1), ('v', 'f', 1),
         ('v', 'w', 1), ('k', 'g', 1), ('q', 'k', 0), ('s', 'z', 1), ('sh', 'ch', 1), ('ş', 'ç', 1),
         ('kh', 'h', 0), ('gh', 'g', 1), ('j', 'c', 1), ('j', 'zh', 1), ('y', 'i', 1), ('ou', 'u', 1),
         ('ee', 'i', 1), ('ai', 'ei', 1), ('ph', 'f', 0), ('ı', 'i', 1), ('ü', 'u', 1), ('ö', 'o', 1),
         ('c', 'k', 0), ('x', 'h', 0), ('ss', 's', 1), ('mm', 'm', 1), ('ll', 'l', 1), ('nn', 'n', 1),
         ('dd', 'd', 1), ('ah', 'a', 0), ('eh', 'e', 0), ('ğ', '', 0), ('h', '', 0), ('th', 't', 0),
         ('dh', 'z', 0), ('r', 'l', 0), ('m', 'n', 1), ('ie', 'i', 0), ('w', 'v', 0),
         ('о', 'а', 1), ('е', 'и', 1), ('б', 'п', 1), ('д', 'т', 1), ('з', 'с', 1), ('в', 'ф', 1),
         ('г', 'к', 1), ('ь', '', 0), ('ы', 'и', 1), ('я', 'а', 0), ('х', 'г', 1)]


def _lower_same_len(s):
    return ''.join(c.lower() if len(c.lower()) == 1 else c for c in s)


def typo_phonetic(s, r):
    low = _lower_same_len(s)
    cands = []
    for a, b, both in _PHON:
        if a in low:
            cands.append((a, b))
        if both and b and b in low:
            cands.append((b, a))
    if not cands:
        return typo_keyboard(s, r)
    a, b = cands[int(r.random() * len(cands))]
    pos = [i for i in range(len(low)) if low.startswith(a, i)]
    i = pos[int(r.random() * len(pos))]
    seg = s[i:i + len(a)]
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        rep = b.upper()
    elif seg[:1].isupper():
        rep = b[:1].upper() + b[1:]
    else:
        rep = b
    out = s[:i] + rep + s[i + len(a):]
    return out if out.strip() else s


_DOTS = ['بتثنيى', 'جحخ', 'دذ', 'رز', 'سش', 'صض', 'طظ', 'عغ', 'فق', 'هة', 'اأإآ', 'وؤ', 'یي', 'کك']
_DOTMAP = {}
for _g in _DOTS:
    for _c in _g:
        _DOTMAP[_c] = _g.replace(_c, '')


def typo_arabic(s, r):
    idx = [i for i, c in enumerate(s) if c in _DOTMAP]
    if not idx:
        return s
    i = idx[int(r.random() * len(idx))]
    if r.random() < .2:
        return s[:i] + s[i + 1:]
    alt = _DOTMAP[s[i]]
    return s[:i] + alt[int(r.random() * len(alt))] + s[i + 1:]


def typo_any(s, kind, r):
    if not s:
        return s
    if any('\u0600' <= c <= '\u06ff' for c in s):
        return typo_arabic(s, r)
    if kind == 'ocr':
        return typo_ocr(s, r)
    if kind == 'phon':
        return typo_phonetic(s, r)
    return typo_keyboard(s, r)


# ------------------------------------------------------------------ casing

def upper_tr(s):
    return s.replace('i', 'İ').replace('ı', 'I').upper()


def lower_tr(s):
    return s.replace('I', 'ı').replace('İ', 'i').lower()


def title_words(s, turkish):
    out = []
    up = True
    low = lower_tr(s) if turkish else s.lower()
    for ch in low:
        if up and ch.isalpha():
            out.append(upper_tr(ch) if turkish else ch.upper())
            up = False
        else:
            out.append(ch)
        if ch in ' -,':
            up = True
    return ''.join(out)


def apply_case(s, how):
    if not s:
        return s
    if how == 'upper_tr':
        return upper_tr(s)
    if how == 'upper':
        return s.upper()
    if how == 'title':
        return title_words(s, False)
    if how == 'title_tr':
        return title_words(s, True)
    if how == 'lower':
        return s.lower()
    return s


# ------------------------------------------------------------ encodings

def mojibake(s):
    try:
        return s.encode('utf-8').decode('cp1254', errors='replace')
    except Exception:
        return s


def qmarks(s):
    return ''.join(c if ord(c) < 128 else '?' for c in s)


_HOMO = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у', 'A': 'А', 'B': 'В',
         'E': 'Е', 'K': 'К', 'M': 'М', 'H': 'Н', 'O': 'О', 'P': 'Р', 'C': 'С', 'T': 'Т', 'X': 'Х'}


def homoglyph(s, r):
    idx = [i for i, c in enumerate(s) if c in _HOMO]
    if not idx:
        return s
    for _ in range(1 + (r.random() < .4)):
        i = idx[int(r.random() * len(idx))]
        s = s[:i] + _HOMO.get(s[i], s[i]) + s[i + 1:]
    return s


PLACE_TR = ['BİLİNMİYOR', 'BILINMIYOR', 'YOK', '-', 'MEÇHUL', 'X', '?', 'İSİMSİZ', 'BELİRSİZ', '.']
PLACE_EN = ['UNKNOWN', 'FNU', 'LNU', 'NN', 'N/A', '-', 'XXX', 'NO NAME', 'Unknown']
