# -*- coding: utf-8 -*-
"""Script conversion and noise helpers (standard library only).

Cyrillic -> Latin in several real-world systems, Georgian -> Latin/Cyrillic,
English-style Latin -> Turkish respelling, Arabic/Persian letter variants,
typing errors, mishearing, ASCII folding, Turkish casing and mojibake.
"""

_VOW = set('аеёиоуыэюяєіїөүәұ')
_SOFT = set('ьъ')

_BASE = {
    'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh',
    'з': 'z', 'и': 'i', 'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o',
    'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts',
    'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'yu',
    'я': 'ya', 'є': 'ye', 'і': 'i', 'ї': 'yi', 'ґ': 'g', 'ө': 'o', 'ү': 'u', 'ң': 'ng',
    'ғ': 'gh', 'қ': 'q', 'ҳ': 'h', 'ў': 'o', 'ә': 'a', 'ұ': 'u', "'": '', 'ʼ': '',
}


def _sys(over, init=None, dj=None, init_after_vowel=True):
    d = dict(_BASE)
    d.update(over)
    return (d, init or {}, dj, init_after_vowel)


# name -> (table, word-initial overrides, replacement for 'дж', initial-rule also after vowels)
SYSTEMS = {
    # Soviet / pre-2010 Russian passport practice
    'gost': _sys({'ё': 'yo'}),
    # ICAO Doc 9303 (Russian passports since 2013): Й->I, Ю->IU, Я->IA
    'icao': _sys({'й': 'i', 'ю': 'iu', 'я': 'ia', 'ъ': 'ie', 'ё': 'e'}),
    # BGN/PCGN-like popular English: Ye- at start and after vowels
    'bgn': _sys({'ё': 'yo'}, {'е': 'ye', 'ё': 'yo'}),
    # Turkish clerks
    'tr': _sys({'ж': 'j', 'х': 'h', 'ч': 'ç', 'ш': 'ş', 'щ': 'ş', 'ы': 'ı', 'ё': 'yo',
                'ғ': 'ğ', 'қ': 'k', 'ө': 'ö', 'ү': 'ü', 'ә': 'e', 'ң': 'n', 'ў': 'u'},
               {'е': 'ye'}, 'c'),
    # French
    'fr': _sys({'ж': 'j', 'й': 'ï', 'х': 'kh', 'ч': 'tch', 'ш': 'ch', 'щ': 'chtch', 'у': 'ou',
                'ю': 'iou', 'я': 'ia', 'ё': 'io', 'ў': 'ou'}, {}, 'dj'),
    # German (Duden)
    'de': _sys({'в': 'w', 'ж': 'sh', 'з': 's', 'й': 'j', 'х': 'ch', 'ц': 'z', 'ч': 'tsch',
                'ш': 'sch', 'щ': 'schtsch', 'ю': 'ju', 'я': 'ja', 'ё': 'jo'}, {'е': 'je'}, 'dsch'),
    # Ukrainian national system (2010), initial forms only at word start
    'ukr': _sys({'г': 'h', 'и': 'y', 'і': 'i', 'ї': 'i', 'й': 'i', 'є': 'ie', 'ю': 'iu',
                 'я': 'ia'}, {'є': 'ye', 'ї': 'yi', 'й': 'y', 'ю': 'yu', 'я': 'ya'}, None, False),
    # Uzbek Latin from (Russian-style) Cyrillic
    'uz': _sys({'х': 'x', 'ҳ': 'h', 'қ': 'q', 'ғ': "g'", 'ў': "o'", 'ж': 'j', 'ё': 'yo',
                'ы': 'i'}, {'е': 'ye'}, 'j'),
    # Turkmen Latin
    'tk': _sys({'в': 'w', 'ж': 'j', 'й': 'ý', 'х': 'h', 'ч': 'ç', 'ш': 'ş', 'ц': 's', 'ы': 'y',
                'ю': 'ýu', 'я': 'ýa', 'ё': 'ýo', 'ә': 'ä', 'ө': 'ö', 'ү': 'ü', 'ң': 'ň'},
               {'е': 'ýe'}, 'j'),
    # Azerbaijani Latin
    'az': _sys({'х': 'x', 'ч': 'ç', 'ш': 'ş', 'ж': 'j', 'ы': 'ı', 'ё': 'yo', 'ә': 'ə',
                'ө': 'ö', 'ү': 'ü', 'ғ': 'ğ'}, {'е': 'ye'}, 'c'),
}


def cyr2lat(s, system):
    d, init, dj, after_vowel = SYSTEMS[system]
    out = []
    prev = ''
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        lo = ch.lower()
        up = ch != lo
        t = None
        if dj and lo == 'д' and i + 1 < n and s[i + 1].lower() == 'ж':
            t = dj
            i += 2
        else:
            i += 1
            if lo in init:
                pl = prev.lower()
                if prev == '' or prev in ' -' or (after_vowel and (pl in _VOW or pl in _SOFT)):
                    t = init[lo]
            if t is None:
                t = d.get(lo, ch)
        if up and t:
            t = t[0].upper() + t[1:]
        out.append(t)
        prev = ch
    r = ''.join(out)
    if system == 'fr' and r.endswith('iï'):
        r = r[:-1]
    if system == 'de' and r.endswith('ij'):
        r = r[:-1]
    return r


# ---------------------------------------------------------------- Georgian
_GEO_L = {'ა': 'a', 'ბ': 'b', 'გ': 'g', 'დ': 'd', 'ე': 'e', 'ვ': 'v', 'ზ': 'z', 'თ': 't',
          'ი': 'i', 'კ': 'k', 'ლ': 'l', 'მ': 'm', 'ნ': 'n', 'ო': 'o', 'პ': 'p', 'ჟ': 'zh',
          'რ': 'r', 'ს': 's', 'ტ': 't', 'უ': 'u', 'ფ': 'p', 'ქ': 'k', 'ღ': 'gh', 'ყ': 'q',
          'შ': 'sh', 'ჩ': 'ch', 'ც': 'ts', 'ძ': 'dz', 'წ': 'ts', 'ჭ': 'ch', 'ხ': 'kh',
          'ჯ': 'j', 'ჰ': 'h'}
_GEO_T = dict(_GEO_L)
_GEO_T.update({'ჟ': 'j', 'ღ': 'ğ', 'ყ': 'k', 'შ': 'ş', 'ჩ': 'ç', 'ჭ': 'ç', 'ხ': 'h', 'ჯ': 'c'})
_GEO_C = {'ა': 'а', 'ბ': 'б', 'გ': 'г', 'დ': 'д', 'ე': 'е', 'ვ': 'в', 'ზ': 'з', 'თ': 'т',
          'ი': 'и', 'კ': 'к', 'ლ': 'л', 'მ': 'м', 'ნ': 'н', 'ო': 'о', 'პ': 'п', 'ჟ': 'ж',
          'რ': 'р', 'ს': 'с', 'ტ': 'т', 'უ': 'у', 'ფ': 'п', 'ქ': 'к', 'ღ': 'г', 'ყ': 'к',
          'შ': 'ш', 'ჩ': 'ч', 'ც': 'ц', 'ძ': 'дз', 'წ': 'ц', 'ჭ': 'ч', 'ხ': 'х', 'ჯ': 'дж',
          'ჰ': 'х'}


def geo2(s, kind):
    table = {'lat': _GEO_L, 'tr': _GEO_T, 'cyr': _GEO_C}[kind]
    out = []
    start = True
    for ch in s:
        t = table.get(ch, ch)
        if kind == 'cyr' and ch == 'ე' and start:
            t = 'э'
        if start and t:
            t = t[0].upper() + t[1:]
        out.append(t)
        start = ch in ' -'
    return ''.join(out)


# ---------------------------------------------------------------- Turkish
def tr_cap(w):
    if not w:
        return w
    c = w[0]
    c = 'İ' if c == 'i' else ('I' if c == 'ı' else c.upper())
    return c + w[1:]


def tr_title(s):
    return '-'.join(' '.join(tr_cap(x) for x in part.split(' ')) for part in s.split('-'))


def tr_lower(s):
    return s.replace('I', 'ı').replace('İ', 'i').lower()


def tr_upper(s):
    return s.replace('i', 'İ').replace('ı', 'I').upper()


_TR_RULES = {
    'en': [('dj', 'c'), ('j', 'c'), ('sch', 'ş'), ('sh', 'ş'), ('ch', 'ç'), ('kh', 'h'),
           ('gh', 'ğ'), ('ph', 'f'), ('th', 't'), ('dh', 'd'), ('zh', 'j'), ('ou', 'u'),
           ('oo', 'u'), ('ee', 'i'), ('aa', 'a'), ('w', 'v'), ('q', 'k'), ('x', 'ks'),
           ("'", ''), ('ï', 'i'), ('é', 'e')],
    'uz': [("o'", 'o'), ("g'", 'ğ'), ('j', 'c'), ('sh', 'ş'), ('ch', 'ç'), ('x', 'h'),
           ('q', 'k'), ("'", ''), ('ʼ', '')],
    'tk': [('j', 'c'), ('ý', 'y'), ('ž', 'j'), ('ň', 'n'), ('ä', 'e'), ('w', 'v')],
    'az': [('ə', 'e'), ('x', 'h'), ('q', 'k')],
    'ro': [('ș', 'ş'), ('ş', 'ş'), ('ț', 'ts'), ('ţ', 'ts'), ('ă', 'ı'), ('â', 'ı'), ('î', 'ı'),
           ('ce', 'çe'), ('ci', 'çi'), ('j', 'c'), ('x', 'ks'), ('w', 'v')],
}


def to_tr(s, src='en'):
    rules = _TR_RULES[src]
    res = []
    for w in s.split(' '):
        lw = tr_lower(w)
        if src == 'en' and lw.startswith('gh'):
            lw = 'g' + lw[2:]
        for a, b in rules:
            if a in lw:
                lw = lw.replace(a, b)
        res.append(tr_title(lw))
    return ' '.join(res)


# ---------------------------------------------------------------- folding / casing
_FOLD = str.maketrans({
    'ı': 'i', 'İ': 'I', 'ş': 's', 'Ş': 'S', 'ğ': 'g', 'Ğ': 'G', 'ç': 'c', 'Ç': 'C',
    'ö': 'o', 'Ö': 'O', 'ü': 'u', 'Ü': 'U', 'ə': 'e', 'Ə': 'E', 'ý': 'y', 'Ý': 'Y',
    'ň': 'n', 'Ň': 'N', 'ž': 'z', 'Ž': 'Z', 'ä': 'a', 'Ä': 'A', 'â': 'a', 'Â': 'A',
    'î': 'i', 'Î': 'I', 'ș': 's', 'Ș': 'S', 'ţ': 't', 'ț': 't', 'Ț': 'T', 'Ţ': 'T',
    'ă': 'a', 'Ă': 'A', 'é': 'e', 'É': 'E', 'è': 'e', 'ë': 'e', 'ï': 'i', 'Ï': 'I',
    'ô': 'o', 'û': 'u', 'ê': 'e', 'ʼ': '', '\u0307': '',
})


def fold(s):
    return s.translate(_FOLD)


def mojibake(s, rng):
    """Turkish text through a wrong code page (very common in old .xls/.csv exports)."""
    if rng.random() < 0.65:
        # Windows-1254 bytes shown as Latin-1: ş->þ, ı->ý, ğ->ð, İ->Ý
        return s.encode('cp1254', errors='replace').decode('latin-1')
    # UTF-8 bytes shown as Windows-1252: ş->ÅŸ, ü->Ã¼
    return s.encode('utf-8').decode('cp1252', errors='replace')


# ---------------------------------------------------------------- Arabic / Persian
def persianize(s):
    return (s.replace('ي', 'ی').replace('ى', 'ی').replace('ك', 'ک').replace('ة', 'ه')
            .replace('إ', 'ا').replace('أ', 'ا'))


_AR_OPS = [
    ('ar_kbd', lambda s: s.replace('ی', 'ي').replace('ک', 'ك')),          # Persian typed on Arabic keyboard
    ('fa_kbd', lambda s: s.replace('ي', 'ی').replace('ك', 'ک')),          # Arabic typed on Persian keyboard
    ('alef_maqsura', lambda s: ' '.join(w[:-1] + 'ى' if w.endswith(('ي', 'ی')) else w
                                         for w in s.split(' '))),
    ('ta_marbuta', lambda s: s.replace('ة', 'ه')),
    ('hamza', lambda s: s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا')
     .replace('ؤ', 'و').replace('ئ', 'ي').replace('ء', '')),
    ('zwnj', lambda s: s.replace('\u200c', ' ' if len(s) % 2 else '')),
    ('join', lambda s: s.replace('عبد ', 'عبد').replace(' الله', 'الله').replace(' الدين', 'الدين')),
    ('split', lambda s: s.replace('عبدال', 'عبد ال').replace('زاده', ' زاده')),
]


def ar_variant(s, rng):
    ops = _AR_OPS[:]
    rng.shuffle(ops)
    for _, f in ops:
        t = f(s)
        if t != s:
            s = t
            if rng.random() < 0.6:
                break
    return s


# ---------------------------------------------------------------- typing noise
_KB_ROWS = ['qwertyuıopğü', 'asdfghjklşi', 'zxcvbnmöç', 'йцукенгшщзхъ', 'фывапролджэ',
            'ячсмитьбю']
_NEIGH = {}
for _row in _KB_ROWS:
    for _i, _c in enumerate(_row):
        _NEIGH[_c] = (_row[_i - 1] if _i > 0 else '') + (_row[_i + 1] if _i + 1 < len(_row) else '')
_AR_CONF = ['بتثنيی', 'جحخ', 'دذ', 'رز', 'سش', 'صض', 'طظ', 'عغ', 'فق', 'هة', 'اأإآ', 'وؤ']
for _g in _AR_CONF:
    for _c in _g:
        _NEIGH[_c] = _g.replace(_c, '')


def typo(s, rng):
    pos = [i for i, c in enumerate(s) if c.isalpha()]
    if len(pos) < 3:
        return s
    i = rng.choice(pos[1:]) if rng.random() < 0.9 else pos[0]
    r = rng.random()
    c = s[i]
    if r < 0.28:                                   # deletion
        return s[:i] + s[i + 1:]
    if r < 0.45:                                   # doubled key
        return s[:i] + c + s[i:]
    if r < 0.78:                                   # neighbouring key / dotted-letter confusion
        lo = c.lower()
        nb = _NEIGH.get(lo)
        if not nb:
            nb = ''.join(s[j] for j in pos if s[j] != c) or c
        n = rng.choice(nb)
        if c != lo:
            n = n.upper()
        return s[:i] + n + s[i + 1:]
    j = i + 1 if i + 1 < len(s) and s[i + 1].isalpha() else i - 1   # transposition
    a, b = min(i, j), max(i, j)
    if a < 0:
        return s
    return s[:a] + s[b] + s[a] + s[b + 1:]


_PHON = [('e', 'i'), ('i', 'e'), ('o', 'u'), ('u', 'o'), ('a', 'e'), ('e', 'a'), ('ı', 'i'),
         ('i', 'ı'), ('t', 'd'), ('d', 't'), ('k', 'g'), ('g', 'k'), ('p', 'b'), ('b', 'p'),
         ('s', 'z'), ('z', 's'), ('h', ''), ('y', 'i'), ('v', 'w'), ('w', 'v'), ('mm', 'm'),
         ('ss', 's'), ('ll', 'l'), ('dd', 'd'), ('nn', 'n'), ('m', 'mm'), ('kh', 'h'),
         ('ou', 'u'), ('ey', 'ei'), ('ai', 'ay'), ('ay', 'ai'), ('ph', 'f')]


def phonetic(s, rng):
    """Mishearing / spelling-by-ear error on a Latin name."""
    low = s.lower()
    cands = [(a, b) for a, b in _PHON if a in low[1:]]
    if not cands:
        return s
    a, b = rng.choice(cands)
    idx = [k for k in range(1, len(low)) if low.startswith(a, k)]
    k = rng.choice(idx)
    seg = s[k:k + len(a)]
    if seg and seg[0].isupper():
        b = b.upper()
    return s[:k] + b + s[k + len(a):]


# ---------------------------------------------------------------- letter-by-letter Arabic script
_AR2L = {'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h',
         'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd',
         'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ک': 'k', 'ل': 'l',
         'م': 'm', 'ن': 'n', 'ه': 'h', 'ة': 'a', 'و': 'w', 'ي': 'y', 'ی': 'y', 'ى': 'a', 'ء': '',
         'ئ': 'y', 'ؤ': 'w', 'گ': 'g', 'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'ٹ': 't', 'ہ': 'h', '\u200c': ''}


def consonantal(s):
    """Naive letter-by-letter transliteration of vowelless Arabic script: محمد -> Mhmd."""
    words = []
    for w in s.split(' '):
        t = ('a' if w[:1] == 'ع' else '') + ''.join(_AR2L.get(ch, '') for ch in w)
        if t:
            words.append(t[0].upper() + t[1:])
    return ' '.join(words)
