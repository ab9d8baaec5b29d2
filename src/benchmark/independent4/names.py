# -*- coding: utf-8 -*-
"""Name objects and the rules that spell a name in a given convention.

A "convention" (conv) is how one clerk writes a name:
  tr   Turkish clerk, Turkish alphabet, by ear or from a document
  en   English romanisation (NGOs, Pakistani/Nigerian passports ...)
  fr   French romanisation (Morocco, older Syrian/Lebanese documents)
  de   German romanisation (papers from an earlier stay in Germany)
  icao passport romanisation of the person's own country
  ruL  Latin made from a Russian/Soviet Cyrillic form
  nat  the person's own Latin alphabet (Turkish, Uzbek, Turkmen,
       Azerbaijani, Somali, Romanian ...)
  ar fa ur   Arabic / Persian / Urdu orthography
  ru uk cyl mdc   Russian / Ukrainian / local Central-Asian / Moldovan Cyrillic
  ka am      Georgian / Ge'ez script
Every name keeps a small cache: per (conv, culture, feminine) a list of
spellings with weights, sampled once with a private RNG seeded by a string
(so the result never depends on PYTHONHASHSEED or on call order).
"""
import random
import re
import unicodedata

import names_data as D

# ----------------------------------------------------------------- helpers

def _norm(opts):
    if isinstance(opts, str):
        return opts
    tot = float(sum(w for _, w in opts))
    return [(s, w / tot) for s, w in opts]


def pick(opts, r):
    if type(opts) is str:
        return opts
    x = r.random()
    for s, w in opts:
        x -= w
        if x < 0:
            return s
    return opts[-1][0]


def cap(s):
    """Capitalise the first letter of every space/hyphen separated word."""
    out = []
    up = True
    for ch in s:
        if up and ch.isalpha():
            out.append(ch.upper())
            up = False
        else:
            out.append(ch)
        if ch in ' -\u200c':
            up = True
    return ''.join(out)


# Latin fold table (drop diacritics) -- only Latin letters are touched.
_FOLD = {}
for _cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
    _c = chr(_cp)
    _d = ''.join(x for x in unicodedata.normalize('NFD', _c) if unicodedata.category(x) != 'Mn')
    if _d != _c and _d.isascii() and _d:
        _FOLD[_cp] = _d
_FOLD.update({ord('ı'): 'i', ord('ə'): 'a', ord('Ə'): 'A', ord('ß'): 'ss', ord('ø'): 'o',
              ord('ł'): 'l', ord('đ'): 'd', ord('ʻ'): "'", ord('’'): "'", ord('ʼ'): "'",
              ord('İ'): 'I', ord('\u0307'): '', ord('\u0301'): '', ord('\u0300'): '',
              ord('\u0323'): ''})


def fold(s):
    return s.translate(_FOLD)


def is_latin(s):
    for ch in s:
        if ch.isalpha():
            return ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00
    return True


# ------------------------------------------------------ substitution engine

def _compile(table):
    d = {}
    for pat, opts in table.items():
        d.setdefault(pat[0], []).append((pat, _norm(opts)))
    for k in d:
        d[k].sort(key=lambda x: -len(x[0]))
    return d


def subst(s, comp, r):
    """Rule-based substitution on a lower-case string; ^ and $ mark word edges."""
    s = '^' + s.replace(' ', '$ ^').replace('-', '$-^') + '$'
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        lst = comp.get(c)
        if lst:
            for pat, opts in lst:
                if s.startswith(pat, i):
                    out.append(pick(opts, r))
                    i += len(pat)
                    break
            else:
                if c != '^' and c != '$':
                    out.append(c)
                i += 1
        else:
            if c != '^' and c != '$':
                out.append(c)
            i += 1
    return ''.join(out)


# ------------------------------------------------------------ Cyrillic -> Latin
_C_BASE = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh', 'з': 'z',
           'и': 'i', 'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r',
           'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh',
           'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'yu', 'я': 'ya', 'і': 'i',
           'ї': 'yi', 'є': 'ye', 'ґ': 'g', "'": '', 'ʼ': '', 'ў': "o'", 'қ': 'q', 'ғ': "g'",
           'ҳ': 'h', 'ҷ': 'j', 'ӣ': 'i', 'ӯ': 'u', 'ә': 'a', 'ө': 'o', 'ү': 'u', 'ұ': 'u',
           'ң': 'ng', 'һ': 'h'}


def _ext(base, upd):
    t = dict(base)
    t.update(upd)
    return _compile(t)


C_ICAO = _ext(_C_BASE, {'й': 'i', 'ю': 'iu', 'я': 'ia', 'ъ': 'ie', 'ё': 'e'})
C_BGN = _ext(_C_BASE, {'^е': [('ye', .4), ('e', .6)], 'ё': [('e', .5), ('yo', .5)],
                       'ь': [('', .85), ("'", .15)],
                       'ий$': [('iy', .35), ('y', .3), ('ii', .2), ('i', .15)],
                       'ей$': [('ey', .6), ('ei', .4)], 'ия': [('iya', .5), ('ia', .5)],
                       'ья': [('ya', .5), ('ia', .4), ("'ya", .1)], 'ье': [('ye', .6), ('ie', .4)],
                       'х': [('kh', .85), ('h', .15)]})
C_DE = _ext(_C_BASE, {'в': 'w', '^е': [('je', .5), ('e', .5)], 'ё': 'jo', 'ж': 'sch', 'з': 's',
                      'й': 'j', 'х': 'ch', 'ц': 'z', 'ч': 'tsch', 'ш': 'sch', 'щ': 'schtsch',
                      'ю': 'ju', 'я': 'ja', 'ий$': [('ij', .5), ('i', .5)], 'ия': 'ija', 'ья': 'ja',
                      'кс': 'x'})
C_FR = _ext(_C_BASE, {'ё': 'io', 'ж': 'j', 'й': [('ï', .5), ('i', .5)], 'у': 'ou', 'ч': 'tch',
                      'ш': 'ch', 'щ': 'chtch', 'ю': [('iou', .5), ('you', .5)], 'я': 'ia',
                      'ге': 'gue', 'ги': 'gui', 'ей$': [('eï', .6), ('ei', .4)], 'ий$': 'i',
                      'ия': 'ia', 'ья': 'ia'})
C_TR = _ext(_C_BASE, {'^е': [('ye', .4), ('e', .6)], 'ё': 'yo', 'ж': 'j', 'х': [('h', .8), ('kh', .2)],
                      'ц': [('ts', .7), ('s', .3)], 'ч': 'ç', 'ш': 'ş', 'щ': 'şç', 'ы': 'ı',
                      'ий$': [('iy', .5), ('i', .5)], 'ия': 'iya', 'ья': 'ya', 'дж': 'c'})
C_UKN = _ext(_C_BASE, {'г': 'h', 'ґ': 'g', '^є': 'ye', 'є': 'ie', 'и': 'y', 'і': 'i', '^ї': 'yi',
                       'ї': 'i', '^й': 'y', 'й': 'i', '^ю': 'yu', 'ю': 'iu', '^я': 'ya', 'я': 'ia',
                       'зг': 'zgh', 'ий$': 'yi'})


def cyr2lat(s, table, r):
    return cap(subst(s.lower(), table, r))


# ---------------------------------------------------------------- Georgian
_KA_LAT = {'ა': 'a', 'ბ': 'b', 'გ': 'g', 'დ': 'd', 'ე': 'e', 'ვ': 'v', 'ზ': 'z',
           'თ': [('t', .85), ('th', .15)], 'ი': 'i', 'კ': [('k', .92), ("k'", .08)], 'ლ': 'l',
           'მ': 'm', 'ნ': 'n', 'ო': 'o', 'პ': [('p', .92), ("p'", .08)], 'ჟ': 'zh', 'რ': 'r',
           'ს': 's', 'ტ': [('t', .92), ("t'", .08)], 'უ': 'u', 'ფ': [('p', .8), ('ph', .2)],
           'ქ': [('k', .85), ('kh', .15)], 'ღ': 'gh', 'ყ': [('q', .6), ('k', .25), ("q'", .15)],
           'შ': 'sh', 'ჩ': 'ch', 'ც': 'ts', 'ძ': 'dz', 'წ': [('ts', .9), ("ts'", .1)],
           'ჭ': [('ch', .9), ("ch'", .1)], 'ხ': 'kh', 'ჯ': 'j', 'ჰ': 'h'}
KA_LAT = _compile(_KA_LAT)
KA_CYR = _compile({'ა': 'а', 'ბ': 'б', 'გ': 'г', 'დ': 'д', 'ე': 'е', '^ე': 'э', 'ვ': 'в', 'ზ': 'з',
                   'თ': 'т', 'ი': 'и', 'კ': 'к', 'ლ': 'л', 'მ': 'м', 'ნ': 'н', 'ო': 'о', 'პ': 'п',
                   'ჟ': 'ж', 'რ': 'р', 'ს': 'с', 'ტ': 'т', 'უ': 'у', 'ფ': 'п', 'ქ': 'к', 'ღ': 'г',
                   'ყ': 'к', 'შ': 'ш', 'ჩ': 'ч', 'ც': 'ц', 'ძ': 'дз', 'წ': 'ц', 'ჭ': 'ч', 'ხ': 'х',
                   'ჯ': 'дж', 'ჰ': 'х', 'ია': [('ия', .6), ('иа', .4)]})

# ------------------------------------------------------- Latin conversions
LAT_TR = _compile({'sh': [('ş', .5), ('sh', .5)], 'ch': [('ç', .5), ('ch', .5)],
                   'j': [('c', .3), ('j', .7)], 'w': [('v', .35), ('w', .65)],
                   'x': [('ks', .5), ('x', .5)], 'q': 'k', 'kh': [('h', .6), ('kh', .4)], 'ph': 'f',
                   'th': [('t', .5), ('th', .5)], 'zh': 'j', 'gh': [('ğ', .3), ('g', .4), ('gh', .3)],
                   'ee': [('i', .5), ('ee', .5)], 'oo': [('u', .5), ('oo', .5)]})
LAT_DE = _compile({'sh': 'sch', 'ch': 'tsch', 'kh': 'ch', 'j': 'dsch', 'zh': 'sch', 'ts': 'z',
                   'v': 'w', 'z': 's'})
LAT_FR = _compile({'sh': 'ch', 'ch': 'tch', 'j': 'dj', 'zh': 'j', 'u': 'ou', 'w': 'ou'})
LAT_CYR = _compile({'shch': 'щ', 'sh': 'ш', 'ch': 'ч', 'zh': 'ж', 'kh': 'х', 'ts': 'ц', 'ya': 'я',
                    'yu': 'ю', 'yo': 'ё', 'ye': 'е', 'j': 'дж', 'dj': 'дж', 'ph': 'ф', 'th': 'т',
                    'w': 'в', 'x': 'кс', 'y': 'й', 'c': 'к', 'ck': 'к', 'q': 'к', 'ee': 'и',
                    'oo': 'у', 'ou': 'у', 'a': 'а', 'b': 'б', 'd': 'д', 'e': 'е', '^e': 'э', 'f': 'ф',
                    'g': 'г', 'gh': 'г', 'h': 'х', 'i': 'и', 'k': 'к', 'l': 'л', 'm': 'м', 'n': 'н',
                    'o': 'о', 'p': 'п', 'r': 'р', 's': 'с', 't': 'т', 'u': 'у', 'v': 'в', 'z': 'з',
                    'dz': 'дз', "'": ''})
TR_CYR = _compile({'ş': 'ш', 'ç': 'ч', 'c': 'дж', 'ğ': [('г', .4), ('', .6)], 'ı': 'ы',
                   'ö': [('ё', .5), ('о', .5)], 'ü': [('ю', .5), ('у', .5)], 'ya': 'я', 'yu': 'ю',
                   'ye': 'е', 'yo': 'ё', 'y': 'й', '^e': 'э', 'a': 'а', 'b': 'б', 'd': 'д', 'e': 'е',
                   'f': 'ф', 'g': 'г', 'h': 'х', 'i': 'и', 'j': 'ж', 'k': 'к', 'l': 'л', 'm': 'м',
                   'n': 'н', 'o': 'о', 'p': 'п', 'r': 'р', 's': 'с', 't': 'т', 'u': 'у', 'v': 'в',
                   'z': 'з', 'â': 'а', 'î': 'и', 'û': 'у'})
TR_DE = _compile({'ş': [('sch', .4), ('s', .6)], 'ç': [('tsch', .3), ('c', .7)], 'ğ': 'g', 'ı': 'i',
                  'c': [('dsch', .15), ('c', .85)]})
TR_FR = _compile({'ş': [('ch', .3), ('s', .7)], 'ç': [('tch', .3), ('c', .7)], 'ğ': 'g', 'ı': 'i',
                  'ö': [('eu', .3), ('o', .7)], 'ü': 'u', 'u': [('ou', .3), ('u', .7)]})
RO_TR = _compile({'ș': 'ş', 'ş': 'ş', 'ț': [('ts', .4), ('t', .6)], 'ţ': [('ts', .4), ('t', .6)],
                  'ă': [('a', .7), ('ı', .3)], 'â': [('ı', .6), ('a', .4)], 'î': [('ı', .5), ('i', .5)]})
RO_CYR = _compile({'a': 'а', 'b': 'б', 'c': 'к', 'ce': 'че', 'ci': 'чи', 'cio': 'чо', 'che': 'ке',
                   'chi': 'ки', 'd': 'д', 'e': 'е', 'ea': 'я', 'f': 'ф', 'g': 'г', 'ge': 'дже',
                   'gi': 'джи', 'gio': 'джо', 'ghe': 'ге', 'ghi': 'ги', 'h': 'х', 'i': 'и',
                   'ia': 'ия', 'iu': 'ю', 'io': 'ио', 'j': 'ж', 'k': 'к', 'l': 'л', 'm': 'м',
                   'n': 'н', 'o': 'о', 'oi': 'ой', 'ai': 'ай', 'ei': 'ей', 'ui': 'уй', 'p': 'п',
                   'r': 'р', 's': 'с', 'ș': 'ш', 'ş': 'ш', 't': 'т', 'ț': 'ц', 'ţ': 'ц', 'u': 'у',
                   'v': 'в', 'x': 'кс', 'z': 'з', 'ă': [('э', .5), ('ы', .5)], 'â': 'ы', 'î': 'ы',
                   'ri$': 'рь', 'li$': 'ль', 'ni$': 'нь', 'ti$': 'ть', 'ai$': 'ай', 'ei$': 'ей'})
KU_FIX = _compile({'kh': 'x', 'h': 'h'})

# ------------------------------------------------------------ key renderer
VOW = frozenset(['a', 'e', 'i', 'o', 'u', 'aa', 'ii', 'uu', 'ee', 'oo', 'ä', 'ö', 'ü', 'ı'])
SUN = frozenset(['t', 'th', 'd', 'dh', 'r', 'z', 's', 'sh', 'l', 'n'])
_DIG = frozenset(['sh', 'zh', 'ch', 'kh', 'gh', 'th', 'dh', 'aa', 'ii', 'uu', 'ee', 'oo'])


def tokenize(w):
    t = []
    i = 0
    n = len(w)
    while i < n:
        c = w[i]
        if c == '.':
            i += 1
            continue
        if i + 1 < n and w[i:i + 2] in _DIG:
            t.append(w[i:i + 2])
            i += 2
        else:
            t.append(c)
            i += 1
    return t


def _T(d):
    return {k: _norm(v) for k, v in d.items()}


KT = {
    'en': _T({'a': [('a', .92), ('e', .08)], 'aa': [('a', .85), ('aa', .15)], 'i': [('i', .8), ('e', .2)],
              'ii': [('i', .65), ('ee', .35)], 'u': [('u', .7), ('o', .3)], 'uu': [('u', .65), ('oo', .35)],
              'ä': [('a', .6), ('e', .4)], 'ö': 'o', 'ü': 'u', 'ı': [('y', .6), ('i', .4)],
              'kh': [('kh', .9), ('h', .1)], 'gh': [('gh', .85), ('g', .15)], 'H': 'h',
              'q': [('q', .55), ('k', .45)], 'th': [('th', .6), ('s', .25), ('t', .15)],
              'dh': [('dh', .4), ('z', .4), ('d', .2)]}),
    'tr': _T({'a': 'a', 'aa': 'a', 'i': [('i', .8), ('ı', .1), ('e', .1)], 'ii': 'i',
              'u': [('u', .78), ('ü', .12), ('o', .1)], 'uu': [('u', .88), ('ü', .12)],
              'o': [('o', .92), ('ö', .08)], 'ee': 'e', 'oo': 'o', 'ä': 'e', 'sh': 'ş', 'zh': 'j',
              'ch': 'ç', 'j': 'c', 'kh': [('h', .9), ('k', .1)], 'gh': [('ğ', .6), ('g', .4)], 'H': 'h',
              'q': 'k', 'th': 's', 'dh': 'z', 'w': 'v', 'x': 'h'}),
    'fr': _T({'i': [('i', .9), ('e', .1)], 'ii': 'i', 'u': [('ou', .8), ('u', .2)], 'uu': 'ou',
              'ee': 'i', 'oo': 'ou', 'aa': 'a', 'ä': 'a', 'ö': 'eu', 'ü': 'u', 'ı': 'y', 'sh': 'ch',
              'zh': 'j', 'ch': 'tch', 'j': [('dj', .6), ('j', .4)], 'H': 'h', 'q': [('k', .5), ('q', .5)],
              'th': 't', 'dh': 'd', 'w': 'ou'}),
    'de': _T({'aa': [('a', .8), ('ah', .2)], 'ii': [('i', .7), ('ie', .3)], 'uu': 'u', 'ee': 'e',
              'oo': 'u', 'ı': 'y', 'sh': 'sch', 'zh': 'sch', 'ch': 'tsch',
              'j': [('dsch', .6), ('dj', .2), ('j', .2)], 'kh': [('ch', .7), ('kh', .3)], 'H': 'h',
              'q': 'k', 'th': [('th', .5), ('s', .5)], 'dh': 'd', 'y': [('j', .7), ('y', .3)], 'v': 'w',
              'z': [('s', .6), ('z', .4)]}),
    'ru': _T({'a': 'а', 'aa': 'а', 'i': 'и', 'ii': 'и', 'u': 'у', 'uu': 'у', 'e': 'е', 'o': 'о',
              'ee': 'и', 'oo': 'у', 'ä': [('а', .65), ('е', .3), ('я', .05)],
              'ö': [('ё', .3), ('о', .4), ('е', .3)], 'ü': [('ю', .5), ('у', .5)], 'ı': 'ы',
              'b': 'б', 'p': 'п', 't': 'т', 'd': 'д', 'k': 'к', 'g': 'г', 'q': 'к', 'f': 'ф', 'v': 'в',
              'w': 'в', 's': 'с', 'z': 'з', 'sh': 'ш', 'zh': 'ж', 'ch': 'ч', 'j': 'дж', 'kh': 'х',
              'gh': [('г', .8), ('гх', .2)], 'H': 'х', 'h': [('х', .8), ('г', .2)], 'm': 'м',
              'n': 'н', 'l': 'л', 'r': 'р', 'y': 'й', 'th': 'с', 'dh': 'з', 'x': 'х', 'c': 'ц'}),
    'uz': _T({'aa': [('o', .5), ('a', .5)], 'ii': 'i', 'uu': 'u', 'ee': 'e', 'oo': 'o', 'ä': 'a',
              'ö': "oʻ", 'ü': 'u', 'ı': 'i', 'zh': 'j', 'kh': 'x', 'gh': "gʻ", 'H': 'h', 'th': 's',
              'dh': 'z', 'w': 'v'}),
    'tk': _T({'aa': 'a', 'ii': 'i', 'uu': 'u', 'ee': 'e', 'oo': 'o', 'ı': 'y', 'sh': 'ş', 'zh': 'ž',
              'ch': 'ç', 'kh': 'h', 'gh': 'g', 'H': 'h', 'q': 'k', 'th': 's', 'dh': 'z', 'w': 'w',
              'v': 'w', 'y': 'ý'}),
    'az': _T({'aa': 'a', 'ii': 'i', 'uu': 'u', 'ee': 'e', 'oo': 'o', 'ä': 'ə', 'sh': 'ş', 'zh': 'j',
              'ch': 'ç', 'j': 'c', 'kh': 'x', 'gh': 'ğ', 'H': 'h', 'th': 's', 'dh': 'z', 'w': 'v'}),
    'so': _T({'H': 'x', 'gh': 'g', 'th': 't', 'ch': 'j', 'zh': 'j', 'z': 's', 'v': 'f', 'p': 'b',
              'ä': 'a', 'ö': 'o', 'ü': 'u', 'ı': 'i'}),
}
DIPH = {
    'en': {('a', 'y'): [('ai', .4), ('ay', .3), ('ei', .2), ('ey', .1)], ('a', 'w'): [('aw', .5), ('ou', .3), ('ow', .2)],
           ('e', 'y'): [('ei', .6), ('ey', .4)], ('o', 'w'): [('ow', .6), ('ou', .4)]},
    'tr': {('a', 'y'): [('ey', .6), ('ay', .4)], ('a', 'w'): [('ev', .5), ('av', .5)], ('e', 'y'): 'ey',
           ('o', 'w'): 'ev'},
    'fr': {('a', 'y'): [('ai', .5), ('ay', .3), ('ei', .2)], ('a', 'w'): [('aou', .4), ('aw', .3), ('ou', .3)],
           ('e', 'y'): [('ei', .6), ('ey', .4)], ('o', 'w'): 'ou'},
    'de': {('a', 'y'): [('ai', .5), ('ei', .5)], ('a', 'w'): 'au', ('e', 'y'): 'ei', ('o', 'w'): 'ou'},
    'ru': {('a', 'y'): [('ай', .6), ('ей', .4)], ('a', 'w'): [('ав', .6), ('оу', .4)], ('e', 'y'): 'ей',
           ('o', 'w'): 'оу'},
    'uz': {('a', 'y'): 'ay', ('a', 'w'): 'av', ('e', 'y'): 'ey', ('o', 'w'): 'ov'},
    'tk': {('a', 'y'): 'aý', ('a', 'w'): 'aw', ('e', 'y'): 'eý', ('o', 'w'): 'ow'},
    'az': {('a', 'y'): 'ey', ('a', 'w'): 'av', ('e', 'y'): 'ey', ('o', 'w'): 'ov'},
    'so': {('a', 'y'): 'ay', ('a', 'w'): 'aw', ('e', 'y'): 'ey', ('o', 'w'): 'ow'},
}
for _c in DIPH:
    DIPH[_c] = {k: _norm(v) for k, v in DIPH[_c].items()}
GEM = {'en': .75, 'tr': .85, 'fr': .8, 'de': .7, 'ru': .7, 'uz': .85, 'tk': .8, 'az': .85, 'so': .9, 'cyl': .7}

# Local Cyrillic letters used by Central-Asian authorities.
_CYL_OVR = {
    'kz': {'q': 'қ', 'gh': 'ғ', 'ö': 'ө', 'ü': 'ү', 'ä': 'ә', 'ı': 'ы', 'j': 'ж'},
    'kg': {'ö': 'ө', 'ü': 'ү', 'ı': 'ы', 'j': 'ж'},
    'tj': {'q': 'қ', 'gh': 'ғ', 'H': 'ҳ', 'j': 'ҷ', 'ii': 'ӣ', 'uu': 'ӯ', 'ö': 'ӯ'},
    'uz': {'q': 'қ', 'gh': 'ғ', 'H': 'ҳ', 'ö': 'ў', 'j': 'ж'},
}
CYL = {}
for _p, _o in _CYL_OVR.items():
    _t = dict(KT['ru'])
    _t.update(_o)
    CYL[_p] = _t
DIPH['cyl'] = DIPH['ru']
TURKIC = frozenset(['uz', 'kg', 'kz', 'tk', 'az', 'tj'])
_AFTER_HARD = frozenset(['H', "'", 'q', 'kh', 'gh'])
_CYR_YV = {'a': 'я', 'aa': 'я', 'u': 'ю', 'uu': 'ю', 'e': 'е', 'o': 'ё', 'i': 'йи', 'ii': 'и', 'ä': 'я',
           'ü': 'ю', 'ö': 'ё', 'ı': 'йы', 'ee': 'е', 'oo': 'ё'}


def _render_tokens(toks, conv, phon, r, last=True):
    if conv == 'cyl':
        T = CYL.get(phon, KT['ru'])
        cyr = True
    else:
        T = KT[conv]
        cyr = conv == 'ru'
    dp = DIPH[conv]
    out = []
    n = len(toks)
    i = 0
    rnd = r.random
    while i < n:
        t = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if t == "'":
            if conv == 'so':
                out.append('c')
            elif conv == 'uz' and 0 < i < n - 1 and rnd() < .2:
                out.append('ʼ')
            elif conv == 'en' and 0 < i < n - 1 and toks[i - 1] in VOW and rnd() < .1:
                out.append("'")
            elif cyr and 0 < i < n - 1 and rnd() < .15:
                out.append('ъ' if rnd() < .3 else 'ь')
            i += 1
            continue
        if t in ('a', 'e', 'o') and nx in ('y', 'w') and (i + 2 >= n or toks[i + 2] not in VOW):
            d = dp.get((t, nx))
            if d is not None:
                out.append(pick(d, r))
                i += 2
                continue
        if cyr and t == 'y' and nx in VOW:
            out.append(_CYR_YV.get(nx, 'й'))
            i += 2
            continue
        if conv == 'tk' and t == 'y':
            out.append('ý')
            i += 1
            continue
        if nx == t and t not in VOW:
            s = pick(T.get(t, t), r)
            if len(s) == 1 and rnd() < GEM.get(conv, .8):
                s = s + s
            out.append(s)
            i += 2
            continue
        opts = T.get(t, t)
        # --- context rules
        if conv == 'tr':
            if t == 'a' and i > 0 and toks[i - 1] not in _AFTER_HARD and nx not in _AFTER_HARD:
                opts = [('a', .8), ('e', .2)] if i >= n - 2 else [('a', .9), ('e', .1)]
            elif i == n - 1 and t == 'd' and last:
                pv = out[-1][-1:] if out else ''
                opts = [('t', .6), ('d', .4)] if pv in ('e', 'i', 'ı', 'u', 'ü', 'o', 'ö') else [('t', .2), ('d', .8)]
            elif i == n - 1 and t == 'b' and last:
                opts = [('p', .4), ('b', .6)]
            elif i == 0 and t == 'gh':
                opts = 'g'
            elif i == n - 1 and t == 'j':
                opts = [('c', .7), ('ç', .3)]
        elif conv == 'en':
            if i == n - 1 and t == 'ii':
                opts = [('i', .85), ('y', .1), ('ee', .05)]
            elif i == n - 1 and t == 'e' and phon in ('fa', 'af'):
                opts = [('eh', .55), ('e', .45)]
        elif conv == 'fr':
            if t == 's' and 0 < i < n - 1 and toks[i - 1] in VOW and nx in VOW:
                opts = 'ss'
            elif t == 'n' and i == n - 1 and toks[i - 1] in ('a', 'aa'):
                opts = [('n', .6), ('ne', .4)]
        elif conv == 'de':
            if t == 's' and 0 < i < n - 1 and toks[i - 1] in VOW and nx in VOW:
                opts = [('ss', .5), ('s', .5)]
        elif cyr or conv == 'cyl':
            if t == 'e' and i == 0:
                opts = [('э', .6), ('е', .4)]
            elif t == 'e' and toks[i - 1] in VOW:
                opts = [('е', .85), ('э', .15)]
            elif t == 'l' and i == n - 1:
                opts = [('ль', .6), ('л', .4)] if phon in TURKIC else [('ль', .25), ('л', .75)]
            elif t == 'j' and phon in ('uz', 'kg', 'kz') and conv == 'ru':
                opts = [('ж', .75), ('дж', .25)]
        out.append(pick(opts, r))
        i += 1
    return ''.join(out)


_TOKCACHE = {}


def _toks(p):
    t = _TOKCACHE.get(p)
    if t is None:
        t = _TOKCACHE[p] = tokenize(p)
    return t


_SUFFIXES = frozenset(['zay', 'zaade', 'zadä', 'ullaah', 'diin', 'nur'])
ART_MID = {
    'en': ([('ul', .6), ('al', .2), ('el', .2)], [('ul', .35), ('u*', .35), ('al', .1), ('el', .1), (' al-', .1)]),
    'tr': ([('ül', .35), ('ul', .45), ('el', .2)], [('u*', .6), ('e*', .25), ('ul', .15)]),
    'fr': ([('el', .8), ('al', .2)], [('e*', .6), ('el', .4)]),
    'de': ([('ul', .6), ('al', .4)], [('u*', .4), ('ul', .4), ('al', .2)]),
    'ru': ([('ул', .6), ('аль', .2), ('эль', .2)], [('у*', .5), ('ул', .5)]),
    'uz': ([('ul', .8), ('al', .2)], [('u*', .5), ('ul', .5)]),
    'tk': ([('ul', 1)], [('u*', .5), ('ul', .5)]),
    'az': ([('ül', .6), ('ul', .4)], [('u*', .6), ('ul', .4)]),
    'so': ([('i', .8), ('ul', .2)], [('i', .8), ('u*', .2)]),
}
ART_MID['cyl'] = ART_MID['ru']
JOIN = {
    'en': [(' ', .55), ('', .4), ('-', .05)], 'tr': [(' ', .5), ('', .5)], 'fr': [(' ', .6), ('-', .2), ('', .2)],
    'de': [(' ', .6), ('-', .2), ('', .2)], 'ru': [('', .5), (' ', .4), ('-', .1)], 'uz': [('', .6), (' ', .4)],
    'tk': [('', .6), (' ', .4)], 'az': [('', .6), (' ', .4)], 'so': [('', .7), (' ', .3)],
}
JOIN['cyl'] = JOIN['ru']
JOIN_ART = {
    'en': [(' ', .45), ('', .45), ('-', .1)], 'tr': [('', .85), (' ', .15)], 'fr': [('', .5), (' ', .4), ('-', .1)],
    'de': [(' ', .5), ('', .5)], 'ru': [('', .8), (' ', .15), ('-', .05)], 'uz': [('', .9), (' ', .1)],
    'tk': [('', .9), (' ', .1)], 'az': [('', .9), (' ', .1)], 'so': [('', .9), (' ', .1)],
}
JOIN_ART['cyl'] = JOIN_ART['ru']
JOIN_SUF = [('', .8), (' ', .15), ('-', .05)]
ART_PRE = {
    'en': [('Al-', .3), ('Al ', .2), ('Al', .12), ('El-', .05), ('', .33)],
    'tr': [('El', .2), ('El ', .15), ('Al', .05), ('', .6)],
    'fr': [('El ', .3), ('El-', .1), ('Al-', .1), ('', .5)],
    'de': [('Al-', .3), ('Al ', .2), ('', .5)],
    'ru': [('Аль-', .3), ('Аль ', .1), ('Ал', .1), ('', .5)],
    'so': [('Al-', .2), ('', .8)], 'uz': '', 'tk': '', 'az': '',
}
ART_PRE['cyl'] = ART_PRE['ru']
ART_PRE = {k: _norm(v) for k, v in ART_PRE.items()}
BIN = {'en': [('Bin ', .4), ('Ben ', .3), ('Ibn ', .1), ('Bin', .1), ('Ben', .1)],
       'fr': [('Ben', .6), ('Ben ', .3), ('Ben-', .1)], 'tr': [('Bin ', .5), ('İbn ', .2), ('Ben', .3)],
       'de': [('Ben ', .5), ('Bin ', .5)], 'ru': [('Бен', .5), ('Бен ', .3), ('Бин ', .2)]}


def _low_first(s):
    return s[:1].lower() + s[1:] if s else s


def render_key(key, conv, phon, r):
    """Render a key (with compounds and article) in one of the KT conventions."""
    art = key.startswith('al-')
    if art:
        key = key[3:]
    parts = re.split(r'([+*])', key)
    out = ''
    i = 0
    n = len(parts)
    pending_join = None
    while i < n:
        p = parts[i]
        if p in ('+', '*'):
            i += 1
            continue
        sep = parts[i - 1] if i > 0 else None
        if p == 'al' and i + 2 < n:
            nxt_t = _toks(parts[i + 2])
            moon, sun = ART_MID.get(conv, ART_MID['en'])
            form = pick(_norm(sun if nxt_t[0] in SUN else moon), r)
            nxt = cap(_render_tokens(nxt_t, conv, phon, r, i + 2 >= n - 1))
            if form.startswith(' '):
                out += form + nxt
            else:
                if '*' in form:
                    form = form.replace('*', nxt[0].lower())
                j = pick(_norm(JOIN_ART.get(conv, JOIN_ART['en'])), r)
                out += form + j + (nxt if j else _low_first(nxt))
            i += 3
            continue
        if p == 'bin':
            out += pick(_norm(BIN.get(conv, BIN['en'])), r)
            pending_join = 'bin'
            i += 1
            continue
        s = cap(_render_tokens(_toks(p), conv, phon, r, i >= n - 1))
        if out:
            if pending_join == 'bin':
                j = ''
                if not out.endswith(' ') and not out.endswith('-'):
                    s = _low_first(s)
            elif sep == '*':
                j = ' ' if r.random() < .05 else ''
            elif p in _SUFFIXES:
                j = pick(_norm(JOIN_SUF), r)
            else:
                j = pick(_norm(JOIN.get(conv, JOIN['en'])), r)
            if j == '' and pending_join != 'bin':
                s = _low_first(s)
            out += j + s
        else:
            out = s
        pending_join = None
        i += 1
    if art:
        pre = pick(ART_PRE.get(conv, ''), r)
        if pre:
            if pre[-1] not in ' -':
                out = pre + _low_first(out)
            else:
                out = pre + out
    if conv == 'uz' and 'ʻ' in out:
        out = out.replace('ʻ', pick([('ʻ', .45), ("'", .4), ('`', .1), ('’', .05)], r))
    return out


# ------------------------------------------------------- Arabic script forms
AR2FA = str.maketrans({'ي': 'ی', 'ى': 'ی', 'ك': 'ک'})
FA2AR = str.maketrans({'ی': 'ي', 'ک': 'ك', 'ہ': 'ه', 'ے': 'ي', 'ۆ': 'و', 'ێ': 'ي', 'ە': 'ه', 'ڕ': 'ر',
                       'ڤ': 'ف', 'ڵ': 'ل', 'ٹ': 'ت'})
HAMZA_DROP = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا'})
_PERSIAN_ONLY = {'پ': 'ب', 'چ': 'ج', 'ژ': 'ز', 'گ': 'ك'}


def arab_form(s, conv, compound, has_art, r):
    """One written form of an Arabic-script name; returns (form, tags)."""
    tags = []
    rnd = r.random
    if conv == 'ar':
        if any(c in s for c in 'پچژگیکہےۆێەڕڤ'):
            t = s.translate(FA2AR)
            if rnd() < .6:
                for a, b in _PERSIAN_ONLY.items():
                    t = t.replace(a, b)
            s = t
        if rnd() < .35:
            s = s.translate(HAMZA_DROP)
        if s.endswith('ة') and rnd() < .15:
            s = s[:-1] + 'ه'
        if s.endswith('ي') and rnd() < .1:
            s = s[:-1] + 'ى'
        if compound and ' ' in s and rnd() < .25:
            s = s.replace(' ', '')
        if rnd() < .08:
            s = s.translate(AR2FA)
            tags.append('script:letter_variant')
    else:  # fa / ur
        s = s.translate(AR2FA)
        if 'ة' in s:
            s = s.replace('ة', 'ه' if rnd() < .85 else 'ة')
        if rnd() < .5:
            s = s.translate(HAMZA_DROP)
        if s.endswith('اء') and rnd() < .7:
            s = s[:-1]
        if compound and ' ' in s:
            x = rnd()
            if x < .35:
                s = s.replace(' ', '\u200c')
            elif x < .7:
                s = s.replace(' ', '')
        if conv == 'ur' and s.endswith('ه') and rnd() < .6:
            s = s[:-1] + 'ہ'
        if rnd() < .08:
            s = s.translate(FA2AR)
            tags.append('script:letter_variant')
    if has_art and s.startswith('ال') and rnd() < .2:
        s = s[2:]
        if s[:1] in 'أإآ':
            pass
    return s, tags


# ------------------------------------------------------------- feminine forms

def feminize(s):
    low = s.lower()
    if low.endswith('ский') or low.endswith('цкий'):
        return s[:-2] + 'ая'
    if low.endswith('ський') or low.endswith('цький'):
        return s[:-2] + 'а'
    if low.endswith(('ов', 'ев', 'ёв', 'эв', 'ин', 'ын', 'ьов')):
        return s + 'а'
    if low.endswith(('skiy', 'skii', 'sky', 'skyi', 'ski')):
        return re.sub(r'(?i)sk(iy|ii|y|yi|i)$', 'skaya', s)
    if low.endswith(('ov', 'ev', 'in', 'yn', 'ow', 'ew', 'ýew', 'ıv')):
        return s + 'a'
    return s


# ---------------------------------------------------------------- Name class
_ART_RE = re.compile(r'^(al|el|аль|ал|эль|ال)[\s\-]?', re.I)
_SAMPLES = 16
_PHON_FALLBACK = {'af': ('fa',), 'tj': ('uz', 'fa'), 'kg': ('kz',), 'kz': ('kg',), 'bd': ('pk',),
                  'pk': ('bd',), 'ku': ('ar',)}
_ALT_FOR_CONV = {'en': ('en',), 'icao': ('en',), 'fr': ('fr',), 'de': ('de', 'en'), 'tr': ('tr',),
                 'ru': ('cyr',), 'cyl': ('cyr',), 'uk': ('cyr',), 'mdc': ('cyr',)}


class Name(object):
    __slots__ = ('canon', 'kind', 'sex', 'w', 'groups', 'src', 'keys', 'arab', 'ru', 'uk', 'ro', 'ka',
                 'am', 'lat', 'alts', 'shorts', 'gendered', 'only', 'compound', 'has_art', 'cache', 'uid')

    def __init__(self, canon, kind, sex, w, groups, src):
        self.canon = canon
        self.kind = kind
        self.sex = sex
        self.w = float(w)
        self.groups = groups
        self.src = src
        self.keys = {}
        self.arab = self.ru = self.uk = self.ro = self.ka = self.am = self.lat = ''
        self.alts = {}
        self.shorts = []
        self.gendered = False
        self.only = ''
        self.compound = False
        self.has_art = False
        self.cache = {}
        self.uid = ''

    @property
    def cid(self):
        return self.kind + ':' + self.canon

    def has_script(self, conv):
        if conv == 'am':
            return bool(self.am)
        if conv == 'ka':
            return self.src == 'ka'
        if conv in ('ar', 'fa', 'ur'):
            return bool(self.arab)
        return True

    def key_for(self, phon):
        k = self.keys.get(phon)
        if k is not None:
            return k
        for p in _PHON_FALLBACK.get(phon, ()):
            k = self.keys.get(p)
            if k is not None:
                return k
        return self.keys['']

    # -- one stochastic spelling
    def _sample(self, conv, cult, fem, r):
        src = self.src
        tags = []
        if src == 'key':
            s = self._sample_key(conv, cult, r, tags)
            if fem and self.gendered:
                s = feminize(s)
        elif src == 'cyr':
            s = self._sample_cyr(conv, cult, fem, r, tags)
        elif src == 'ka':
            s = self._sample_ka(conv, r)
        else:
            s = self._sample_lat(conv, cult, r)
        return s, tags

    def _sample_key(self, conv, cult, r, tags):
        phon = cult.phon
        if cult.code == 'tu' and self.alts.get('tr') and conv not in ('ar', 'fa', 'ur'):
            return self._turkish_form(self.alts['tr'][0], conv, r)
        key = self.key_for(phon)
        if conv in ('ar', 'fa', 'ur'):
            if self.arab:
                s, t = arab_form(self.arab, conv, self.compound, self.has_art, r)
                tags.extend(t)
                return s
            conv = 'en'
        if conv == 'icao':
            st = cult.icao
            if st in ('uz', 'tk', 'az'):
                s = fold(render_key(key, st, phon, r))
                if st == 'uz' and "'" in s and r.random() < .6:
                    s = s.replace("'", '')
                return s
            if st == 'ruL':
                return cyr2lat(render_key(key, 'ru', phon, r), C_ICAO, r)
            return render_key(key, 'fr' if st == 'fr' else 'en', phon, r)
        if conv == 'ruL':
            return cyr2lat(render_key(key, 'ru', phon, r), C_ICAO if r.random() < .5 else C_BGN, r)
        if conv == 'nat':
            st = cult.nat
            if st in ('uz', 'tk', 'az', 'so', 'tr'):
                return render_key(key, st, phon, r)
            if st == 'ku':
                return cap(subst(render_key(key, 'tr', phon, r).lower(), KU_FIX, r))
            return render_key(key, 'en', phon, r)
        if conv in ('ru', 'uk', 'mdc'):
            return render_key(key, 'ru', phon, r)
        if conv == 'cyl':
            return render_key(key, 'cyl', phon, r)
        if conv in ('tr', 'en', 'fr', 'de'):
            return render_key(key, conv, phon, r)
        return render_key(key, 'en', phon, r)

    @staticmethod
    def _turkish_form(base, conv, r):
        if conv in ('tr', 'nat', 'icao', 'ka', 'am'):
            return base
        if conv in ('en', 'ruL'):
            return fold(base)
        if conv == 'de':
            return cap(subst(base.lower(), TR_DE, r))
        if conv == 'fr':
            return cap(subst(base.lower(), TR_FR, r))
        return cap(subst(base.lower(), TR_CYR, r))

    def _sample_cyr(self, conv, cult, fem, r, tags):
        ru = self.ru
        uk = self.uk or self.ru
        if fem and self.gendered:
            ru = feminize(ru)
            uk = feminize(uk)
        code = cult.code
        if code == 'md' and self.ro:
            ro = self.ro
            if conv == 'nat':
                return ro
            if conv in ('icao', 'en', 'de', 'fr', 'ar', 'fa', 'ur', 'ka', 'am'):
                return fold(ro) if r.random() < .8 else ro
            if conv == 'tr':
                return cap(subst(ro.lower(), RO_TR, r))
            if conv == 'mdc':
                return cap(subst(ro.lower(), RO_CYR, r))
            if conv == 'ruL':
                return cyr2lat(subst(ro.lower(), RO_CYR, r), C_ICAO if r.random() < .5 else C_BGN, r)
            # ru / uk / cyl: the Russian form of the name
            if self.kind == 'given' and fold(ro).lower() != cyr2lat(ru, C_ICAO, r).lower():
                tags.append('name:russian_form')
            return ru
        ua = code == 'ua'
        if conv == 'uk':
            return uk
        if conv in ('ru', 'cyl', 'mdc'):
            if ua and ru != uk and self.kind == 'given':
                tags.append('name:russian_form')
            s = ru
            if 'ё' in s and r.random() < .7:
                s = s.replace('ё', 'е')
            return s
        if conv == 'icao':
            if ua:
                return cyr2lat(uk, C_UKN, r)
            return cyr2lat(ru, C_ICAO if r.random() < .7 else C_BGN, r)
        if conv == 'nat':
            return cyr2lat(uk, C_UKN, r) if ua else cyr2lat(ru, C_BGN, r)
        if conv == 'en':
            if ua and r.random() < .6:
                return cyr2lat(uk, C_UKN, r)
            return cyr2lat(ru, C_BGN, r)
        if conv == 'ruL':
            return cyr2lat(ru, C_ICAO if r.random() < .5 else C_BGN, r)
        if conv == 'de':
            return cyr2lat(ru, C_DE, r)
        if conv == 'fr':
            return cyr2lat(ru, C_FR, r)
        if conv == 'tr':
            if ua and r.random() < .5:
                return cyr2lat(uk, C_UKN, r)
            return cyr2lat(ru, C_TR, r)
        return cyr2lat(ru, C_BGN, r)

    def _sample_ka(self, conv, r):
        if conv == 'ka':
            return self.ka
        if conv in ('ru', 'cyl', 'uk', 'mdc'):
            return cap(subst(self.ka, KA_CYR, r))
        lat = subst(self.ka, KA_LAT, r)
        if conv == 'tr':
            return cap(subst(lat, LAT_TR, r))
        if conv == 'de':
            return cap(subst(lat, LAT_DE, r))
        if conv == 'fr':
            return cap(subst(lat, LAT_FR, r))
        if conv in ('icao', 'nat'):
            return cap(lat.replace("'", ''))
        return cap(lat)

    def _sample_lat(self, conv, cult, r):
        base = self.lat
        if '+' in base:
            j = pick([('', .7), (' ', .3)], r) if conv in ('tr', 'nat', 'icao') else pick([('', .5), (' ', .5)], r)
            a, b = base.split('+', 1)
            base = a + j + (cap(b) if j else b)
        turkish = 'tu' in self.groups
        if turkish:
            return self._turkish_form(base, 'tr' if conv in ('ar', 'fa', 'ur') else conv, r)
        plain = fold(base)
        if conv == 'tr':
            return cap(subst(plain.lower(), LAT_TR, r)) if r.random() < .4 else plain
        if conv == 'nat':
            return base if r.random() < .3 else plain
        if conv == 'am':
            return self.am or plain
        if conv in ('ru', 'cyl', 'uk', 'mdc'):
            return cap(subst(plain.lower(), LAT_CYR, r))
        return plain

    def _posthoc(self, s):
        tags = []
        rest = s
        if self.has_art:
            m = _ART_RE.match(s)
            low = s.lower()
            if m and len(s) - m.end() >= 3 and not (self.canon == 'ali' and len(low) <= 4):
                tags.append('article:kept')
                rest = s[m.end():]
            else:
                tags.append('article:dropped')
        if self.compound:
            if ' ' in rest or '-' in rest or '\u200c' in rest:
                tags.append('compound:split')
            else:
                tags.append('compound:joined')
        return tags

    def forms(self, conv, cult, fem):
        """Weighted spellings of this name for (conv, culture, feminine)."""
        ck = (conv, cult.code, fem)
        f = self.cache.get(ck)
        if f is not None:
            return f
        r = random.Random('%s|%s|%s|%s|%d' % (self.uid, self.canon, conv, cult.code, fem))
        counts = {}
        tagmap = {}
        for _ in range(_SAMPLES):
            s, t = self._sample(conv, cult, fem, r)
            counts[s] = counts.get(s, 0) + 1
            tagmap.setdefault(s, t)
        items = [(s, c / float(_SAMPLES)) for s, c in counts.items()]
        # explicit real-world spellings
        alt_keys = _ALT_FOR_CONV.get(conv, ())
        if conv == 'nat':
            alt_keys = (cult.nat,)
        if cult.code == 'tu' and conv not in ('tr', 'nat', 'icao'):
            alt_keys = ()
        alts = []
        for ak in alt_keys:
            alts.extend(self.alts.get(ak, ()))
        if conv == 'icao' and cult.icao in ('uz', 'tk', 'az'):
            alts = [fold(a) for a in self.alts.get(cult.icao, ())]
        if alts:
            if fem and self.gendered:
                alts = [feminize(a) for a in alts]
            if conv == 'nat' and cult.code == 'tu':
                share_r, first = .1, .85
            elif conv == 'tr' and cult.code == 'tu':
                share_r, first = .1, .85
            else:
                share_r, first = .5, None
            items = [(s, w * share_r) for s, w in items]
            rest = 1.0 - share_r
            if first is not None:
                ws = [first] + [(rest - first) / max(1, len(alts) - 1)] * (len(alts) - 1) if len(alts) > 1 else [rest]
            else:
                tot = len(alts) + 1
                ws = [2.0 * rest / tot] + [rest / tot] * (len(alts) - 1)
            merged = dict(items)
            for a, w in zip(alts, ws):
                merged[a] = merged.get(a, 0.0) + w
                tagmap.setdefault(a, [])
            items = list(merged.items())
        strs = []
        tags = []
        cum = []
        acc = 0.0
        for s, w in items:
            acc += w
            strs.append(s)
            tags.append(tuple(tagmap.get(s, [])) + tuple(self._posthoc(s)))
            cum.append(acc)
        f = (strs, tags, cum, acc)
        self.cache[ck] = f
        return f

    def spell(self, conv, cult, fem, r):
        strs, tags, cum, tot = self.forms(conv, cult, fem)
        x = r.random() * tot
        for i, c in enumerate(cum):
            if x < c:
                return strs[i], tags[i]
        return strs[-1], tags[-1]

    def nick(self, conv, r):
        return self.nick_pair(conv, r)[0]

    def nick_pair(self, conv, r):
        """(written nickname, its table form) or (None, None); same RNG use as nick()."""
        if self.src == 'cyr':
            if not self.shorts:
                return None, None
            d = self.shorts[int(r.random() * len(self.shorts))]
            if conv in ('ru', 'uk', 'cyl', 'mdc'):
                return d, d
            return cyr2lat(d, C_TR if conv == 'tr' else C_BGN, r), d
        if not self.shorts:
            return None, None
        d = self.shorts[int(r.random() * len(self.shorts))]
        if conv in ('ru', 'uk', 'cyl', 'mdc'):
            return cap(subst(fold(d).lower(), LAT_CYR, r)), d
        return d, d


# -------------------------------------------------------------- loading

def _lines(block):
    for ln in block.strip('\n').split('\n'):
        ln = ln.strip()
        if ln and not ln.startswith('#'):
            yield ln.split('|')


def _extras(nm, txt):
    for item in (txt or '').split(';'):
        item = item.strip()
        if not item or ':' not in item:
            continue
        k, v = item.split(':', 1)
        if k == 'short':
            nm.shorts.append(v)
        else:
            nm.alts.setdefault(k, []).append(v)


def _keys(nm, txt):
    parts = txt.split('/')
    nm.keys[''] = parts[0]
    for p in parts[1:]:
        ph, k = p.split('=', 1)
        nm.keys[ph] = k
    k0 = parts[0]
    nm.has_art = k0.startswith('al-')
    nm.compound = '+' in k0 and not k0.startswith('bin+')


def load():
    given = []
    family = []
    for f in _lines(D.KEY_GIVEN):
        f += [''] * (7 - len(f))
        canon, sex, groups, w, key, arab, extras = f[:7]
        nm = Name(canon, 'given', sex, w, groups.split(','), 'key')
        _keys(nm, key)
        nm.arab = arab
        _extras(nm, extras)
        given.append(nm)
    for f in _lines(D.KEY_FAMILY):
        f += [''] * (7 - len(f))
        canon, groups, w, key, arab, extras, flags = f[:7]
        nm = Name(canon, 'family', 'u', w, groups.split(','), 'key')
        _keys(nm, key)
        nm.arab = arab
        _extras(nm, extras)
        nm.gendered = 'g' in flags
        nm.only = 'F' if 'F' in flags else ('M' if 'M' in flags else '')
        family.append(nm)
    for f in _lines(D.SLAV_GIVEN):
        f += [''] * (8 - len(f))
        canon, sex, groups, w, ru, uk, ro, dims = f[:8]
        nm = Name(canon, 'given', sex, w, groups.split(','), 'cyr')
        nm.ru, nm.uk, nm.ro = ru, uk, ro
        nm.shorts = [d for d in dims.split(',') if d]
        given.append(nm)
    for f in _lines(D.SLAV_FAMILY):
        f += [''] * (7 - len(f))
        canon, groups, w, ru, uk, ro, flags = f[:7]
        nm = Name(canon, 'family', 'u', w, groups.split(','), 'cyr')
        nm.ru, nm.uk, nm.ro = ru, uk, ro
        nm.gendered = 'g' in flags
        family.append(nm)
    for f in _lines(D.GEO_GIVEN):
        f += [''] * (5 - len(f))
        canon, sex, w, ka, extras = f[:5]
        nm = Name(canon, 'given', sex, w, ['ge'], 'ka')
        nm.ka = ka
        _extras(nm, extras)
        given.append(nm)
    for f in _lines(D.GEO_FAMILY):
        f += [''] * (4 - len(f))
        canon, w, ka, extras = f[:4]
        nm = Name(canon, 'family', 'u', w, ['ge'], 'ka')
        nm.ka = ka
        _extras(nm, extras)
        family.append(nm)
    for f in _lines(D.LAT_GIVEN):
        f += [''] * (7 - len(f))
        canon, sex, groups, w, lat, am, extras = f[:7]
        nm = Name(canon, 'given', sex, w, groups.split(','), 'lat')
        nm.lat, nm.am = lat, am
        nm.compound = '+' in lat
        _extras(nm, extras)
        given.append(nm)
    for f in _lines(D.LAT_FAMILY):
        f += [''] * (6 - len(f))
        canon, groups, w, lat, am, extras = f[:6]
        nm = Name(canon, 'family', 'u', w, groups.split(','), 'lat')
        nm.lat, nm.am = lat, am
        nm.compound = '+' in lat
        _extras(nm, extras)
        family.append(nm)
    for i, nm in enumerate(given):
        nm.uid = 'g%d' % i
    for i, nm in enumerate(family):
        nm.uid = 'f%d' % i
    return given, family


GIVEN, FAMILY = load()
