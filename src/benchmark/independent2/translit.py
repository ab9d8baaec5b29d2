# -*- coding: utf-8 -*-
"""Rendering of canonical name entries into scripts and transliteration styles.

Name systems (how a name is stored canonically):
  A   phonemic notation for Arabic / Persian / Dari / Pashto / Urdu / Somali names
  UZ  Uzbek Latin, TK Turkmen Latin, AZ Azerbaijani Latin
  CY  Cyrillic (Russian, Kyrgyz, Kazakh), UA Ukrainian+Russian Cyrillic pair
  KA  Georgian (national romanisation with ejective marks), RO Romanian (Moldova)
  TR  Turkish, KU Kurmanji Kurdish, LA other Latin-script names (with spelling variants)

Latin styles: tr en fr de icao ru native ; scripts: arab fa ur ckb cyr cyr_local geo
"""
import re
from bisect import bisect
from itertools import accumulate


def _opts(v):
    if isinstance(v, str):
        return ((v,), (1.0,))
    outs = tuple(o for o, _ in v)
    cum = list(accumulate(w for _, w in v))
    tot = cum[-1]
    return (outs, tuple(c / tot for c in cum))


def pick(rng, o):
    outs, cum = o
    if len(outs) == 1:
        return outs[0]
    i = bisect(cum, rng.random())
    if i >= len(outs):
        i = len(outs) - 1
    return outs[i]


def wpick(rng, pairs):
    """pick from a list of (value, weight)"""
    tot = 0.0
    for _, w in pairs:
        tot += w
    r = rng.random() * tot
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


class TL:
    """longest-match rule transliterator; keys may contain ^ (word start) and $ (word end)"""

    def __init__(self, *tables):
        m = {}
        for t in tables:
            for k, v in t.items():
                m[k] = _opts(v)
        self.map = m
        self.maxlen = max(len(k) for k in m)

    def __call__(self, word, rng):
        s = '^' + word + '$'
        out = []
        i = 0
        n = len(s)
        mp = self.map
        ml = self.maxlen
        while i < n:
            L = min(ml, n - i)
            m = None
            while L > 0:
                m = mp.get(s[i:i + L])
                if m is not None:
                    break
                L -= 1
            if m is None:
                c = s[i]
                if c != '^' and c != '$':
                    out.append(c)
                i += 1
                continue
            out.append(pick(rng, m))
            i += L
        return ''.join(out)


def words_apply(fn, text, rng):
    return ' '.join(fn(w, rng) if w else w for w in text.split(' '))


# ---------------------------------------------------------------- casing
def cap_word(w, turkish=False):
    if not w:
        return w
    c = w[0]
    if turkish and c == 'i':
        c = 'İ'
    else:
        c = c.upper()
    return c + w[1:]


ARTICLES = ('al', 'el', 'ad', 'ar', 'as', 'an', 'at', 'az', 'ash', 'ud', 'ul', 'bin', 'ibn', 'binti', 'de', 'del', 'dela', 'van')


def cap(text, turkish=False):
    res = []
    for p in text.split(' '):
        if '-' in p:
            sub = p.split('-')
            res.append('-'.join(s if (j == 0 and s in ARTICLES) else cap_word(s, turkish) for j, s in enumerate(sub)))
        else:
            res.append(cap_word(p, turkish))
    return ' '.join(res)


def lower_first(s):
    if not s:
        return s
    c = s[0]
    if c == 'İ':
        c = 'i'
    elif c == 'I' and False:
        c = 'ı'
    else:
        c = c.lower()
    return c + s[1:]


def upper_tr(s):
    return s.replace('i', 'İ').replace('ı', 'I').upper()


def lower_tr(s):
    return s.replace('I', 'ı').replace('İ', 'i').lower()


FOLD = str.maketrans({
    'ş': 's', 'Ş': 'S', 'ç': 'c', 'Ç': 'C', 'ğ': 'g', 'Ğ': 'G', 'ı': 'i', 'İ': 'I', 'ö': 'o', 'Ö': 'O',
    'ü': 'u', 'Ü': 'U', 'â': 'a', 'Â': 'A', 'î': 'i', 'Î': 'I', 'û': 'u', 'Û': 'U', 'ê': 'e', 'Ê': 'E',
    'ə': 'e', 'Ə': 'E', 'ä': 'a', 'Ä': 'A', 'ň': 'n', 'Ň': 'N', 'ý': 'y', 'Ý': 'Y', 'ž': 'z', 'Ž': 'Z',
    'ș': 's', 'Ș': 'S', 'ț': 't', 'Ț': 'T', 'ă': 'a', 'Ă': 'A', 'é': 'e', 'É': 'E', 'è': 'e', 'ë': 'e',
    'ï': 'i', 'ñ': 'n', 'ó': 'o', 'á': 'a', 'í': 'i', 'ú': 'u', 'ō': 'o', 'ū': 'u', 'ā': 'a', 'ī': 'i',
    'ʻ': "'", '’': "'", '`': "'", 'ḧ': 'h', 'ô': 'o', 'Ô': 'O', 'ç': 'c', 'ţ': 't', 'Ţ': 'T', 'Ş': 'S',
})


def fold(s):
    return s.translate(FOLD)


# ---------------------------------------------------------------- A notation
A_TOK = re.compile(r"aa|ii|uu|oo|th|kh|dh|zh|sh|gh|ch|[a-zA-Z3'@]")
VOWELS = {'a', 'i', 'u', 'e', 'o', 'aa', 'ii', 'uu', 'oo'}
SHORT = {'a', 'i', 'u', 'e', 'o'}
SUN = {'t', 'th', 'd', 'dh', 'r', 'z', 's', 'sh', 'S', 'D', 'T', 'Z', 'n'}


def a_tokens(s):
    return A_TOK.findall(s.replace('.', ' '))


AR_CONS = {'b': 'ب', 'p': 'پ', 't': 'ت', 'th': 'ث', 'j': 'ج', 'ch': 'چ', 'H': 'ح', 'kh': 'خ', 'd': 'د', 'dh': 'ذ',
           'r': 'ر', 'z': 'ز', 'zh': 'ژ', 's': 'س', 'sh': 'ش', 'S': 'ص', 'D': 'ض', 'T': 'ط', 'Z': 'ظ', '3': 'ع',
           'gh': 'غ', 'f': 'ف', 'q': 'ق', 'k': 'ك', 'g': 'گ', 'l': 'ل', 'm': 'م', 'n': 'ن', 'h': 'ه', 'w': 'و',
           'v': 'و', 'y': 'ي', '@': 'ة', 'Y': 'ى'}
FA_CONS = dict(AR_CONS, k='ک', y='ی', Y='ی')
FA_CONS['@'] = 'ه'
UR_CONS = dict(FA_CONS, h='ہ')
UR_CONS['@'] = 'ہ'


def a_script_word(toks, v, rng, lang='ar'):
    cons = AR_CONS if v == 'arab' else (FA_CONS if v == 'fa' else UR_CONS)
    ya = 'ي' if v == 'arab' else 'ی'
    out = []
    prev = None
    n = len(toks)
    for i, t in enumerate(toks):
        if t == prev and t not in VOWELS:
            continue
        prev = t
        if t in SHORT and i == n - 1 and i > 0 and t != 'e' and lang not in ('ar', 'mg'):
            out.append({'a': 'ا', 'i': ya, 'u': 'و', 'o': 'و'}[t])
            continue
        if t in SHORT:
            if i == 0:
                if v == 'arab':
                    out.append('أ' if t in ('a', 'u', 'o') else 'إ')
                else:
                    out.append('ا')
            elif t == 'e' and i == n - 1 and v != 'arab':
                out.append('ه')
            continue
        if t == 'aa':
            out.append('آ' if i == 0 else 'ا')
        elif t == 'ii':
            out.append(('إي' if v == 'arab' else 'ای') if i == 0 else ya)
        elif t == 'uu' or t == 'oo':
            out.append(('أو' if v == 'arab' else 'او') if i == 0 else 'و')
        elif t == "'":
            nxt = toks[i + 1] if i + 1 < n else None
            pv = toks[i - 1] if i > 0 else None
            if nxt is None:
                out.append('ء' if v == 'arab' else '')
            elif v != 'arab' and pv == 'aa':
                out.append('ی' if nxt in ('ii', 'i', 'e') else 'ئ')
            elif nxt in ('i', 'ii') or pv in ('i', 'ii'):
                out.append('ئ')
            elif nxt in ('u', 'uu') or pv in ('u', 'uu'):
                out.append('ؤ')
            else:
                out.append('أ')
        else:
            out.append(cons.get(t, ''))
    s = ''.join(out)
    return s


def _mk(d):
    return {k: _opts(v) for k, v in d.items()}


A_EN = {
    'b': 'b', 'p': 'p', 't': 't', 'th': [('th', .75), ('s', .15), ('t', .1)], 'j': [('j', .93), ('g', .04), ('dj', .03)],
    'ch': 'ch', 'H': 'h', 'kh': [('kh', .9), ('h', .07), ('ch', .03)], 'd': 'd', 'dh': [('dh', .4), ('z', .35), ('th', .15), ('d', .1)],
    'r': 'r', 'z': 'z', 'zh': 'zh', 's': 's', 'sh': 'sh', 'S': 's', 'D': [('d', .7), ('dh', .2), ('z', .1)], 'T': 't',
    'Z': [('z', .6), ('dh', .3), ('th', .1)], '3': [('', .93), ("'", .07)], 'gh': 'gh', 'f': 'f', 'q': [('q', .62), ('k', .33), ('g', .05)],
    'k': 'k', 'g': 'g', 'l': 'l', 'm': 'm', 'n': 'n', 'h': 'h', 'w': 'w', 'v': 'v', 'y': 'y', "'": [('', .9), ("'", .1)],
    '@': [('', .6), ('h', .4)], 'Y': [('a', .92), ('aa', .04), ('y', .04)],
    'a': [('a', .97), ('e', .03)], 'a_fin': [('a', .66), ('e', .34)], 'aa': [('a', .88), ('aa', .12)], 'i': [('i', .8), ('e', .2)],
    'i_ini': [('i', .9), ('e', .1)], 'ii': [('i', .8), ('ee', .15), ('ie', .05)], 'u': [('u', .55), ('o', .45)], 'uu': [('ou', .35), ('u', .45), ('oo', .2)], 'e': [('e', .9), ('a', .1)], 'o': [('o', .8), ('u', .2)],
    'oo': [('o', .6), ('ou', .25), ('oo', .15)],
    'ay': [('ay', .3), ('ai', .25), ('ei', .3), ('ey', .15)], 'aw': [('aw', .4), ('ou', .3), ('au', .2), ('o', .1)],
    'ey': [('ey', .5), ('ei', .4), ('ai', .1)],
}
A_ICAO = dict(A_EN)
A_ICAO.update({'3': '', "'": '', 'th': [('th', .85), ('s', .15)], 'j': 'j', 'kh': 'kh', 'Y': 'a', 'ii': [('i', .85), ('ee', .15)],
               'uu': [('ou', .4), ('u', .45), ('oo', .15)]})
A_TR = {
    'b': 'b', 'p': 'p', 't': 't', 'th': 's', 'j': 'c', 'ch': 'ç', 'H': 'h', 'kh': 'h', 'd': 'd', 'dh': 'z', 'r': 'r', 'z': 'z',
    'zh': 'j', 's': 's', 'sh': 'ş', 'S': 's', 'D': [('d', .5), ('z', .5)], 'T': 't', 'Z': 'z', '3': '', 'gh': [('ğ', .5), ('g', .5)],
    'f': 'f', 'q': 'k', 'k': 'k', 'g': 'g', 'l': 'l', 'm': 'm', 'n': 'n', 'h': 'h', 'w': 'v', 'v': 'v', 'y': 'y', "'": '',
    '@': '', 'Y': [('a', .9), ('e', .1)],
    'a': [('a', .95), ('e', .05)], 'a_fin': [('a', .55), ('e', .45)], 'aa': [('a', .96), ('â', .04)], 'i': [('i', .88), ('e', .08), ('ı', .04)],
    'ii': 'i', 'u': [('u', .8), ('ü', .08), ('o', .12)], 'uu': [('u', .9), ('ü', .1)], 'e': 'e', 'o': [('o', .92), ('ö', .08)], 'oo': 'o',
    'ay': [('ey', .7), ('ay', .3)], 'aw': [('ev', .6), ('av', .4)], 'ey': 'ey',
}
A_FR = {
    'b': 'b', 'p': 'p', 't': 't', 'th': [('th', .4), ('t', .6)], 'j': [('dj', .55), ('j', .45)], 'ch': 'tch', 'H': 'h', 'kh': 'kh',
    'd': 'd', 'dh': [('dh', .4), ('d', .4), ('z', .2)], 'r': 'r', 'z': 'z', 'zh': 'j', 's': [('s', .85), ('c', .15)], 'sh': 'ch', 'S': 's',
    'D': [('d', .8), ('dh', .2)], 'T': 't', 'Z': [('z', .6), ('dh', .4)], '3': '', 'gh': 'gh', 'f': 'f', 'q': [('k', .6), ('q', .4)],
    'k': 'k', 'g': 'g', 'l': 'l', 'm': 'm', 'n': 'n', 'h': 'h', 'w': [('ou', .6), ('w', .4)], 'v': 'v', 'y': [('y', .7), ('i', .3)],
    "'": '', '@': [('', .9), ('h', .1)], 'Y': 'a',
    'a': [('a', .95), ('e', .05)], 'a_fin': [('a', .6), ('e', .4)], 'aa': 'a', 'i': [('i', .65), ('e', .35)], 'ii': 'i',
    'u': [('ou', .65), ('o', .35)], 'uu': 'ou',
    'e': 'e', 'o': 'o', 'oo': 'o', 'ay': [('ai', .5), ('ay', .3), ('ei', .2)], 'aw': [('aou', .3), ('ao', .2), ('ou', .5)], 'ey': 'ei',
}
A_DE = {
    'b': 'b', 'p': 'p', 't': 't', 'th': [('th', .5), ('s', .5)], 'j': [('dsch', .55), ('dj', .2), ('j', .25)], 'ch': 'tsch', 'H': 'h',
    'kh': 'ch', 'd': 'd', 'dh': [('dh', .5), ('s', .5)], 'r': 'r', 'z': [('s', .4), ('z', .6)], 'zh': 'sch', 's': 's', 'sh': 'sch',
    'S': 's', 'D': 'd', 'T': 't', 'Z': 's', '3': '', 'gh': 'gh', 'f': 'f', 'q': [('k', .7), ('q', .3)], 'k': 'k', 'g': 'g', 'l': 'l',
    'm': 'm', 'n': 'n', 'h': 'h', 'w': 'w', 'v': 'w', 'y': 'j', "'": '', '@': [('', .8), ('h', .2)], 'Y': 'a',
    'a': [('a', .96), ('e', .04)], 'a_fin': [('a', .65), ('e', .35)], 'aa': [('a', .8), ('aa', .2)], 'i': [('i', .8), ('e', .2)],
    'ii': [('i', .6), ('ie', .4)],
    'u': [('u', .6), ('o', .4)], 'uu': 'u', 'e': 'e', 'o': 'o', 'oo': 'o', 'ay': [('ei', .6), ('ai', .4)], 'aw': [('au', .8), ('ou', .2)],
    'ey': 'ei',
}
A_SO = dict(A_EN)
A_SO.update({'H': 'x', '3': 'c', 'aa': 'aa', 'ii': 'ii', 'uu': 'uu', 'u': [('u', .85), ('o', .15)],
             'a': [('a', .95), ('e', .05)], 'a_fin': [('a', .85), ('e', .15)], 'kh': 'kh', 'q': 'q', "'": '', 'dh': 'dh', '@': '', 'e': 'e', 'o': 'o', 'ay': 'ay', 'aw': 'aw'})

LANG_OVR = {
    'fa': {'*': {'th': 's', 'dh': 'z', 'D': 'z', 'Z': 'z', 'S': 's', 'T': 't', 'H': 'h', '3': '', "'": '',
                 '@': [('h', .65), ('', .35)], 'w': [('v', .8), ('w', .2)]},
           'en': {'q': [('gh', .6), ('q', .3), ('k', .1)], 'u': [('u', .6), ('o', .4)], 'e': [('e', .88), ('a', .12)],
                  'o': [('o', .85), ('u', .15)], 'ii': [('i', .7), ('ee', .25), ('ie', .05)]},
           'icao': {'q': [('gh', .8), ('q', .2)]},
           'de': {'q': 'gh'}, 'fr': {'q': 'gh'}},
    'af': {'*': {'th': 's', 'dh': 'z', 'D': 'z', 'Z': 'z', 'S': 's', 'T': 't', 'H': 'h', '3': '', "'": '', '@': [('', .6), ('h', .4)]},
           'en': {'q': [('q', .6), ('k', .3), ('gh', .1)], 'w': [('w', .8), ('v', .2)], 'ii': [('i', .7), ('ee', .3)],
                  'u': [('u', .8), ('o', .2)], 'a_fin': [('a', .85), ('e', .15)],
                  'uu': [('u', .5), ('oo', .4), ('ou', .1)], 'ay': [('ai', .6), ('ay', .3), ('ei', .1)]},
           'icao': {'ay': [('ai', .7), ('ay', .3)], 'uu': [('u', .5), ('oo', .5)]}},
    'sa': {'*': {'th': 's', 'dh': 'z', 'D': 'z', 'Z': 'z', 'S': 's', 'T': 't', 'H': 'h', '3': '', "'": '', '@': [('', .8), ('h', .2)]},
           'en': {'q': [('q', .5), ('k', .5)], 'w': [('w', .7), ('v', .3)], 'ii': [('ee', .35), ('i', .65)], 'uu': [('oo', .35), ('u', .65)],
                  'u': [('u', .9), ('o', .1)], 'ay': [('ai', .6), ('ay', .3), ('ei', .1)], 'aw': [('au', .6), ('aw', .3), ('ou', .1)],
                  'a': [('a', .97), ('e', .03)], 'a_fin': [('a', .7), ('e', .3)], 'i': [('i', .92), ('e', .08)]},
           'icao': {'ii': [('ee', .3), ('i', .7)], 'uu': [('oo', .3), ('u', .7)], 'w': [('w', .7), ('v', .3)], 'u': [('u', .9), ('o', .1)]}},
    'mg': {'en': {'u': [('ou', .4), ('u', .35), ('o', .25)]}, 'icao': {'u': [('ou', .6), ('o', .4)], 'sh': 'ch', 'j': [('dj', .4), ('j', .6)]}},
    'so': {},
    'ar': {},
}
LANG_OVR['bd'] = LANG_OVR['sa']
A_BASE = {'en': A_EN, 'icao': A_ICAO, 'tr': A_TR, 'fr': A_FR, 'de': A_DE, 'so': A_SO}
GEM_KEEP = {'en': .72, 'icao': .75, 'tr': .85, 'fr': .8, 'de': .7, 'so': .9}
DOUBLE_S = {'en': .12, 'icao': .12, 'tr': 0.0, 'fr': .5, 'de': .3, 'so': 0.0}
_A_TAB_CACHE = {}


def a_table(style, lang):
    key = (style, lang)
    t = _A_TAB_CACHE.get(key)
    if t is None:
        d = dict(A_BASE[style])
        lo = LANG_OVR.get(lang, {})
        d.update(lo.get('*', {}))
        d.update(lo.get(style, {}))
        if style == 'tr':  # turkish orthography whatever the source language
            d.update({k: A_TR[k] for k in ('th', 'dh', 'D', 'Z', 'S', 'q', 'w', 'j', 'sh', 'ch')})
        t = _mk(d)
        _A_TAB_CACHE[key] = t
    return t


def a_latin_word(toks, style, lang, rng):
    tab = a_table(style, lang)
    out = []
    n = len(toks)
    i = 0
    gem = GEM_KEEP.get(style, .7)
    dbl = DOUBLE_S.get(style, .1)
    if style == 'so' or lang == 'so':
        gem = .9
    while i < n:
        t = toks[i]
        if i + 1 < n and toks[i + 1] == t and t not in VOWELS:
            s = pick(rng, tab[t])
            out.append(s + s if (len(s) == 1 and rng.random() < gem) else s)
            i += 2
            continue
        if t in ('a', 'e') and i + 1 < n and toks[i + 1] in ('y', 'w') and (i + 2 == n or toks[i + 2] not in VOWELS):
            key = ('ay' if t == 'a' else 'ey') if toks[i + 1] == 'y' else 'aw'
            if key in tab:
                out.append(pick(rng, tab[key]))
                i += 2
                continue
        if t == 'a' and (i == 0 or (i == 1 and toks[0] in ('3', "'"))):
            s = 'a'
        elif t == 'a':
            fin = True
            for tt in toks[i + 1:]:
                if tt in VOWELS:
                    fin = False
                    break
            s = pick(rng, tab['a_fin' if (fin and i > 0 and 'a_fin' in tab) else 'a'])
        elif t == 'i' and i == 0 and 'i_ini' in tab:
            s = pick(rng, tab['i_ini'])
        else:
            s = pick(rng, tab[t]) if t in tab else t
        if t == 's' and 0 < i < n - 1 and toks[i - 1] in VOWELS and toks[i + 1] in VOWELS and s == 's' and rng.random() < dbl:
            s = 'ss'
        out.append(s)
        i += 1
    if style == 'tr' and n > 1:
        last = toks[-1]
        if last == 'd' and out[-1] == 'd' and rng.random() < .7:
            out[-1] = 't'
        elif last == 'b' and out[-1] == 'b' and rng.random() < .6:
            out[-1] = 'p'
        elif last == 'j' and out[-1] == 'c' and rng.random() < .3:
            out[-1] = 'ç'
    if style == 'fr' and n > 2 and toks[-1] in ('n', 'm') and toks[-2] in ('aa', 'ii', 'uu') and rng.random() < .6:
        out.append('e')
    if style == 'fr' and n > 2 and toks[-1] == 's' and toks[-2] in ('ii', 'uu') and rng.random() < .5:
        out.append('s')
    return ''.join(out)


# compound templates. a = first part, b = second part (lower case), B = capitalised b, s = assimilated consonant, v = linking vowel
LINK_V = {'en': [('u', .5), ('a', .28), ('e', .22)], 'icao': [('u', .55), ('a', .3), ('e', .15)], 'tr': [('u', .55), ('ü', .1), ('e', .35)],
          'fr': [('e', .88), ('a', .12)], 'de': [('u', .5), ('e', .3), ('a', .2)], 'so': [('u', .5), ('i', .3), ('a', .2)]}
LINK_V_LANG = {'fa': [('o', .55), ('a', .2), ('u', .25)], 'af': [('u', .85), ('a', .15)], 'sa': [('u', .85), ('a', .15)],
               'bd': [('u', .85), ('a', .15)], 'mg': [('e', .85), ('a', .15)]}
T_ART = {  # (template, weight, tag)
    'en': [("{a}{v}l{b}", .3, 'joined'), ("{a}{v}{s}{b}", .08, 'joined'), ("{a}{v}l {B}", .22, 'split'), ("{a} al-{B}", .07, 'split'),
           ("{a} Al{b}", .1, 'split'), ("{a} {V}l {B}", .06, 'split'), ("{a}{v}l-{B}", .08, 'hyphen')],
    'icao': [("{a}{v}l{b}", .45, 'joined'), ("{a}{v}{s}{b}", .08, 'joined'), ("{a}{v}l {B}", .25, 'split'), ("{a} Al{b}", .12, 'split'),
             ],
    'tr': [("{a}{v}{s}{b}", .45, 'joined'), ("{a}{v}l{b}", .28, 'joined'), ("{a}{v}l {B}", .2, 'split'), ("{a} El {B}", .07, 'split')],
    'fr': [("{a}{v}l{b}", .45, 'joined'), ("{a}{v}{s}{b}", .2, 'joined'), ("{a} {V}l {B}", .1, 'split'), ("{a} {V}{s}{b}", .1, 'split'),
           ("{a}{v}l-{B}", .07, 'hyphen')],
    'de': [("{a}{v}l{b}", .35, 'joined'), ("{a}{v}l {B}", .3, 'split'), ("{a} al-{B}", .15, 'split'), ("{a}{v}l-{B}", .1, 'hyphen')],
    'so': [("{a}{v}{s}{b}", .5, 'joined'), ("{a}{v}l{b}", .3, 'joined'), ("{a}{v}l {B}", .2, 'split')],
}
T_DIN = {'en': [("{a}{v}{s}{b}", .35, 'joined'), ("{a} {V}{s}{b}", .15, 'split'), ("{a}{v}l{b}", .15, 'joined'), ("{a} Al{b}", .1, 'split'),
                 ("{a} al-{B}", .1, 'split'), ("{a}{b}", .05, 'joined'), ("{a} {B}", .1, 'split')],
         'tr': [("{a}{v}{s}{b}", .75, 'joined'), ("{a} {V}{s}{b}", .1, 'split'), ("{a}{v}l{b}", .1, 'joined'), ("{a} {B}", .05, 'split')],
         'fr': [("{a}{v}{s}{b}", .6, 'joined'), ("{a} {V}{s}{b}", .25, 'split'), ("{a}-{V}{s}{b}", .1, 'hyphen'), ("{a} {B}", .05, 'split')],
         'de': [("{a}{v}{s}{b}", .4, 'joined'), ("{a} {V}{s}{b}", .2, 'split'), ("{a} al-{B}", .2, 'split'), ("{a} {B}", .2, 'split')],
         'so': [("{a}{v}{s}{b}", .7, 'joined'), ("{a} {V}{s}{b}", .3, 'split')]}
T_DIN['icao'] = T_DIN['en']
DIN_V = {'en': [('e', .4), ('u', .35), ('a', .25)], 'icao': [('e', .4), ('u', .35), ('a', .25)], 'tr': [('e', .7), ('u', .15), ('a', .15)],
         'fr': [('e', 1.0)], 'de': [('e', .5), ('u', .3), ('a', .2)], 'so': [('i', .6), ('u', .4)]}
T_OTHER = {'en': [("{a} {B}", .42, 'split'), ("{a}-{B}", .1, 'hyphen'), ("{a} {V}{s}{b}", .12, 'split'), ("{a}{v}{s}{b}", .08, 'joined'),
                  ("{a} al-{B}", .1, 'split'), ("{a} Al{b}", .1, 'split'), ("{a}{b}", .08, 'joined')],
           'tr': [("{a} {B}", .6, 'split'), ("{a}{b}", .2, 'joined'), ("{a}-{B}", .1, 'hyphen'), ("{a} {V}{s}{b}", .1, 'split')],
           'fr': [("{a} {B}", .35, 'split'), ("{a}-{B}", .15, 'hyphen'), ("{a} {V}{s}{b}", .3, 'split'), ("{a}{b}", .1, 'joined'),
                  ("{a} El {B}", .1, 'split')],
           'de': [("{a} {B}", .5, 'split'), ("{a}-{B}", .2, 'hyphen'), ("{a} al-{B}", .3, 'split')],
           'so': [("{a} {B}", 1.0, 'split')]}
T_OTHER['icao'] = T_OTHER['en']
T_PLAIN = [("{a}{b}", .48, 'joined'), ("{a} {B}", .44, 'split'), ("{a}-{B}", .08, 'hyphen')]
T_ALLAH = {'en': [("{a}{v}llah", .8, 'joined'), ("{a}{v}lla", .06, 'joined'), ("{a} {V}llah", .1, 'split'), ("{a}-{v}llah", .04, 'hyphen')],
           'tr': [("{a}{v}llah", .9, 'joined'), ("{a} {V}llah", .1, 'split')],
           'fr': [("{a}{v}llah", .7, 'joined'), ("{a}{v}lla", .1, 'joined'), ("{a}oulaye", .05, 'joined'), ("{a} {V}llah", .15, 'split')],
           'de': [("{a}{v}llah", .8, 'joined'), ("{a}{v}lla", .1, 'joined'), ("{a} {V}llah", .1, 'split')],
           'so': [("{a}{v}llaahi", .6, 'joined'), ("{a}{v}llahi", .4, 'joined')]}
T_ALLAH['icao'] = T_ALLAH['en']
ALLAH_V = {'en': [('u', .75), ('a', .25)], 'icao': [('u', .75), ('a', .25)], 'tr': [('u', .92), ('a', .08)], 'fr': [('e', .6), ('a', .4)],
           'de': [('u', .6), ('a', .4)], 'so': [('u', 1.0)]}


def _tmpl_fill(t, a, b, s, v, turkish):
    B = cap_word(b, turkish)
    V = cap_word(v, turkish)
    return t.format(a=a, b=b, B=B, s=s, v=v, V=V)


def a_render_latin(segs, style, lang, rng, tags, fam_article=False, turkish=False):
    """segs: list of token lists or the string 'al' (article)"""
    # first word(s)
    words = []
    has_al = 'al' in segs
    parts = [s for s in segs if s != 'al']
    rendered = []
    for toks in parts:
        if toks == ['3', 'a', 'b', 'd']:
            rendered.append('cabd' if style == 'so' else 'abd')
        else:
            rendered.append(a_latin_word(toks, style, lang, rng))
    if len(parts) == 1:
        return rendered[0]
    a = rendered[0]
    b = rendered[1]
    btoks = parts[1]
    vsrc = LINK_V_LANG.get(lang) if style in ('en', 'icao') and lang in LINK_V_LANG else LINK_V.get(style, LINK_V['en'])
    v = wpick(rng, vsrc)
    if has_al and btoks[:3] == ['l', 'aa', 'h']:
        tl = T_ALLAH.get(style, T_ALLAH['en'])
        if lang in ('af', 'sa', 'bd') and style in ('en', 'icao'):
            tl = tl + [("{a} {V}llah", .15, 'split')]
        v = wpick(rng, ALLAH_V.get(style, ALLAH_V['en']))
        if lang == 'fa' and style in ('en', 'icao'):
            v = 'o' if rng.random() < .7 else 'a'
        elif lang in ('af', 'sa', 'bd') and style in ('en', 'icao'):
            v = 'u'
        t, _, tg = _wpick3(rng, tl)
        res = _tmpl_fill(t, a, '', '', v, turkish)
        # the B part is implied ("llah")
    elif has_al and parts[0] != ['3', 'a', 'b', 'd'] and not (lang in ('sa', 'bd', 'af') and btoks[:3] == ['d', 'ii', 'n']):
        sun = btoks[0] in SUN
        din = btoks[:3] == ['d', 'ii', 'n']
        tl = T_DIN.get(style, T_DIN['en']) if din else T_OTHER.get(style, T_OTHER['en'])
        if not sun:
            tl = [x for x in tl if '{s}' not in x[0]]
        if din:
            v = wpick(rng, DIN_V.get(style, DIN_V['en']))
        t, _, tg = _wpick3(rng, tl)
        s = b[0] if sun and b else ''
        if s == 'c' and b.startswith('ch'):
            s = 'ch'
        if style == 'tr' and din and rng.random() < .55:
            s = 't'
            b = 't' + b[1:]
        if style == 'fr' and din and not b.endswith('e') and rng.random() < .7:
            b = b + 'e'
        res = _tmpl_fill(t, a, b, s, v, turkish)
    elif has_al:
        sun = btoks[0] in SUN
        tl = T_ART.get(style, T_ART['en'])
        if not sun:
            tl = [x for x in tl if '{s}' not in x[0]]
        if lang in ('sa', 'bd', 'af') and style in ('en', 'icao') and btoks[:3] == ['d', 'ii', 'n']:
            tl = [("{a}{v}{s}{b}", .5, 'joined'), ("{a} {V}{s}{b}", .5, 'split')]
        t, _, tg = _wpick3(rng, tl)
        s = b[0] if sun and b else ''
        if s == 'c' and b.startswith('ch'):
            s = 'ch'
        if style == 'tr' and sun and btoks[:3] == ['d', 'ii', 'n'] and rng.random() < .5:
            s = 't'
            b = 't' + b[1:]
        if style == 'fr' and btoks[-1] == 'n' and not b.endswith('e') and btoks[:3] == ['d', 'ii', 'n'] and rng.random() < .7:
            b = b + 'e'
        res = _tmpl_fill(t, a, b, s, v, turkish)
    else:
        t, _, tg = _wpick3(rng, T_PLAIN)
        res = _tmpl_fill(t, a, b, '', v, turkish)
    tags.add('compound:' + tg)
    return res


def _wpick3(rng, tl):
    tot = sum(x[1] for x in tl)
    r = rng.random() * tot
    for x in tl:
        r -= x[1]
        if r < 0:
            return x
    return tl[-1]


ART_LAT = {
    'en': [("Al-", .3, None), ("Al ", .25, None), ("Al", .12, 'particle:joined'), ("", .15, 'particle:dropped'), ("El-", .04, None),
           ("El ", .04, None), ("al-", .1, None)],
    'icao': [("Al ", .4, None), ("Al", .27, 'particle:joined'), ("", .23, 'particle:dropped'), ("El ", .1, None)],
    'tr': [("El ", .22, None), ("Al ", .2, None), ("El", .14, 'particle:joined'), ("Al", .1, 'particle:joined'),
           ("", .29, 'particle:dropped'), ("El-", .05, None)],
    'fr': [("El ", .35, None), ("El-", .15, None), ("Al ", .08, None), ("", .2, 'particle:dropped'), ("El", .1, 'particle:joined'),
           ("Al-", .07, None), ("E{s}-", .05, None)],
    'de': [("Al-", .3, None), ("Al ", .2, None), ("El ", .1, None), ("", .3, 'particle:dropped'), ("Al", .1, 'particle:joined')],
    'so': [("", 1.0, 'particle:dropped')],
}


def a_family_article(name_lat, first_tok, style, rng, tags, turkish=False):
    art, _, tg = _wpick3(rng, ART_LAT.get(style, ART_LAT['en']))
    if '{s}' in art:
        if first_tok in SUN and name_lat:
            art = art.replace('{s}', name_lat[0])
        else:
            art = 'El-'
    if tg:
        tags.add(tg)
    if not art:
        return cap_word(name_lat, turkish)
    if art.endswith(' ') or art.endswith('-'):
        return art + cap_word(name_lat, turkish)
    return art + name_lat  # joined: Alhasan


def a_render_script(segs, v, rng, tags, fam_article=False, lang='ar'):
    parts = []
    pending_al = False
    for s in segs:
        if s == 'al':
            pending_al = True
            continue
        w = a_script_word(s, v, rng, lang)
        if pending_al:
            w = 'ال' + w
            w = w.replace('اللاه', 'الله')
            pending_al = False
        parts.append(w)
    if len(parts) == 1:
        res = parts[0]
    else:
        if v == 'arab':
            sep = ' ' if (rng.random() < .6 or segs[0] != ['3', 'a', 'b', 'd']) else ''
        else:
            r = rng.random()
            sep = ' ' if r < .45 else ('\u200c' if r < .75 else '')
        res = sep.join(parts)
        res = res.replace('عبدال', 'عبدال')
    if fam_article:
        res = 'ال' + res
    if v == 'arab':
        if 'رحمان' in res and rng.random() < .85:
            res = res.replace('رحمان', 'رحمن')
        res = res.replace('لإلاه', 'لإله')
    if v == 'arab' and rng.random() < .3:  # hamza seats often not typed
        res = res.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا')
    return res


# ---------------------------------------------------------------- Cyrillic -> Latin
CYR_BASE = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'з': 'z', 'и': 'i', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n',
            'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'ә': 'a', 'ғ': 'g', 'қ': 'k', 'ң': 'n', 'ө': 'o',
            'ұ': 'u', 'ү': 'u', 'һ': 'h', 'і': 'i', 'ў': 'u', 'ҳ': 'kh', 'ї': 'i', 'є': 'ie', 'ґ': 'g', "'": '', 'ʼ': ''}
CYR_ICAO = TL(CYR_BASE, {'ё': 'e', 'ж': 'zh', 'й': 'i', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': 'ie', 'ы': 'y',
                         'ь': '', 'э': 'e', 'ю': 'iu', 'я': 'ia'})
CYR_EN = TL(CYR_BASE, {'^е': [('ye', .45), ('e', .55)], 'ье': [('ye', .6), ('ie', .4)], 'ъе': 'ye', 'ие': [('ie', .6), ('iye', .4)],
                       'ё': [('yo', .55), ('e', .45)], 'ж': 'zh', 'й': 'y', 'ий$': [('iy', .3), ('y', .4), ('ii', .15), ('i', .15)],
                       'ый$': [('y', .6), ('iy', .4)], 'х': [('kh', .85), ('h', .15)], 'ц': 'ts', 'ч': 'ch', 'ш': 'sh',
                       'щ': [('shch', .6), ('sch', .2), ('sh', .2)], 'ъ': '', 'ы': 'y', 'ь': [('', .85), ("'", .15)],
                       'ья': [('ya', .6), ('ia', .4)], 'ью': 'yu', 'э': 'e', 'ю': [('yu', .85), ('iu', .15)], 'я': [('ya', .8), ('ia', .2)],
                       'ия': [('ia', .5), ('iya', .5)], 'кс': [('ks', .75), ('x', .25)], 'ң': [('ng', .5), ('n', .5)],
                       'ө': 'o', 'ү': [('u', .7), ('ue', .3)]})
CYR_DE = TL(CYR_BASE, {'в': 'w', 'ж': [('sch', .7), ('sh', .3)], 'з': 's', 'й': 'j', 'ий$': [('ij', .5), ('i', .5)], 'х': 'ch', 'ц': 'z',
                       'ч': 'tsch', 'ш': 'sch', 'щ': 'schtsch', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'ju', 'я': 'ja',
                       '^е': [('je', .7), ('e', .3)], 'е': 'e', 'ё': 'jo', 'ия': [('ija', .5), ('ia', .5)], 'кс': [('x', .5), ('ks', .5)],
                       'ъ': '', 'ө': 'ö', 'ү': 'ü', 'ҳ': 'ch', 'ье': 'je'})
CYR_FR = TL(CYR_BASE, {'ж': 'j', 'й': [('ï', .3), ('i', .7)], 'ий$': [('i', .6), ('ï', .4)], 'х': 'kh', 'ц': 'ts', 'ч': 'tch', 'ш': 'ch',
                       'щ': 'chtch', 'у': 'ou', 'ю': 'iou', 'я': 'ia', '^е': [('ie', .5), ('e', .5)], 'ё': 'io', 'ы': 'y', 'ь': '',
                       'э': 'e', 'ия': 'ia', 'кс': [('x', .6), ('ks', .4)], 'ге': 'gue', 'ги': 'gui', 'ъ': '', 'ў': 'ou', 'ү': 'ou'})
CYR_TR = TL(CYR_BASE, {'ж': 'j', 'й': 'y', 'ий$': [('iy', .35), ('i', .35), ('y', .3)], 'х': 'h', 'ц': [('ts', .6), ('s', .3), ('ç', .1)],
                       'ч': 'ç', 'ш': 'ş', 'щ': [('ş', .6), ('şç', .4)], 'ы': [('ı', .6), ('i', .4)], 'ь': '', 'ъ': '', 'э': 'e',
                       'ю': 'yu', 'я': 'ya', '^е': [('ye', .5), ('e', .5)], 'ё': 'yo', 'ия': [('iya', .7), ('ia', .3)], 'ья': 'ya',
                       'ө': 'ö', 'ү': 'ü', 'ә': [('e', .6), ('a', .4)], 'ғ': 'ğ', 'ҳ': 'h', 'ң': 'n'})
CYR_UA = TL(CYR_BASE, {'г': 'h', 'ґ': 'g', 'є': 'ie', '^є': 'ye', 'и': 'y', 'і': 'i', 'ї': 'i', '^ї': 'yi', 'й': 'i', '^й': 'y',
                       'ж': 'zh', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ь': '', 'ю': 'iu', '^ю': 'yu',
                       'я': 'ia', '^я': 'ya', 'зг': 'zgh', 'е': 'e'})
CYR_LAT = {'icao': CYR_ICAO, 'en': CYR_EN, 'de': CYR_DE, 'fr': CYR_FR, 'tr': CYR_TR, 'ru': CYR_EN, 'native': CYR_ICAO}
RUSSIFY = str.maketrans({'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и', 'ў': 'у', 'ҳ': 'х'})

# deterministic slug (ids)
_SLUG_CYR = str.maketrans({'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh', 'з': 'z', 'и': 'i', 'й': 'i',
                           'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u',
                           'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '',
                           'э': 'e', 'ю': 'iu', 'я': 'ia', 'ә': 'a', 'ғ': 'g', 'қ': 'k', 'ң': 'n', 'ө': 'o', 'ұ': 'u', 'ү': 'u',
                           'һ': 'h', 'і': 'i', 'ў': 'u', 'ҳ': 'kh', 'ї': 'i', 'є': 'e', 'ґ': 'g', "'": '', 'ʼ': ''})


def slug(s):
    s = fold(s.lower().translate(_SLUG_CYR))
    return re.sub(r"[^a-z0-9]", '', s)


# ---------------------------------------------------------------- Latin-native systems
# Uzbek
UZ_CYR_T = {"o'": 'ў', "g'": 'ғ', 'sh': 'ш', 'ch': 'ч', 'ng': 'нг', 'a': 'а', 'b': 'б', 'd': 'д', 'e': 'е', '^e': 'э', 'f': 'ф',
            'g': 'г', 'h': 'ҳ', 'i': 'и', 'j': 'ж', 'k': 'к', 'l': 'л', 'm': 'м', 'n': 'н', 'o': 'о', 'p': 'п', 'q': 'қ', 'r': 'р',
            's': 'с', 't': 'т', 'u': 'у', 'v': 'в', 'x': 'х', 'y': 'й', 'ya': 'я', 'yo': 'ё', 'yu': 'ю', 'ye': 'е', 'z': 'з', "'": 'ъ',
            'ts': 'ц'}
UZ_CYR = TL(UZ_CYR_T)
UZ_CYR_RU = TL(UZ_CYR_T, {"o'": 'у', "g'": 'г', 'h': 'х', 'q': 'к', 'j': [('дж', .5), ('ж', .5)], "'": ''})
UZ_LAT = {
    'native': TL({"o'": [("o'", .55), ('oʻ', .25), ('o`', .1), ('o', .1)], "g'": [("g'", .55), ('gʻ', .25), ('g`', .1), ('g', .1)]}),
    'tr': TL({"o'": [('u', .5), ('o', .3), ('ö', .2)], "g'": [('ğ', .6), ('g', .4)], 'sh': 'ş', 'ch': 'ç', 'x': 'h', 'q': 'k',
              'j': [('c', .4), ('j', .6)], "'": ''}),
    'en': TL({"o'": [('o', .6), ('u', .4)], "g'": [('gh', .5), ('g', .5)], 'x': [('kh', .7), ('x', .3)], 'q': [('q', .5), ('k', .5)],
              "'": ''}),
    'icao': TL({"o'": 'o', "g'": 'g', 'x': [('x', .55), ('kh', .45)], "'": ''}),
    'de': TL({"o'": 'o', "g'": 'g', 'sh': 'sch', 'ch': 'tsch', 'x': 'ch', 'j': 'dsch', 'y': 'j', 'z': 's', 'v': 'w', "'": ''}),
}
# Turkmen
TK_CYR = TL({'ç': 'ч', 'ş': 'ш', 'ž': 'ж', 'j': 'дж', 'ý': 'й', 'ýa': 'я', 'ýu': 'ю', 'ýe': 'е', 'ýo': 'ё', 'ň': 'н',
             'ä': [('а', .7), ('я', .1), ('е', .2)], 'ö': [('о', .6), ('ё', .4)], 'ü': [('у', .6), ('ю', .4)], 'y': 'ы', 'w': 'в',
             'h': 'х', 'g': 'г', 'a': 'а', 'b': 'б', 'd': 'д', 'e': 'е', '^e': 'э', 'f': 'ф', 'i': 'и', 'k': 'к', 'l': 'л', 'm': 'м',
             'n': 'н', 'o': 'о', 'p': 'п', 'r': 'р', 's': 'с', 't': 'т', 'u': 'у', 'z': 'з', 'ow$': 'ов', 'owa$': 'ова',
             'ýew$': 'ев', 'ýewa$': 'ева', 'ew$': 'ев', 'ewa$': 'ева'})
TK_LAT = {
    'native': TL({'a': 'a'}),
    'tr': TL({'ž': 'j', 'j': 'c', 'ý': 'y', 'ň': 'n', 'ä': [('e', .6), ('a', .4)], 'y': 'ı', 'w': 'v'}),
    'icao': TL({'ç': 'ch', 'ş': 'sh', 'ž': 'zh', 'ý': 'y', 'ň': 'n', 'ä': 'a', 'ö': 'o', 'ü': 'u'}),
    'en': TL({'ç': 'ch', 'ş': 'sh', 'ž': 'zh', 'ý': 'y', 'ň': 'n', 'ä': [('a', .7), ('e', .3)], 'ö': 'o', 'ü': 'u',
              'w': [('w', .6), ('v', .4)]}),
    'de': TL({'ç': 'tsch', 'ş': 'sch', 'ž': 'sch', 'j': 'dsch', 'ý': 'j', 'ň': 'n', 'z': 's', 'v': 'w'}),
}
# Azerbaijani
AZ_CYR = TL({'c': 'дж', 'ç': 'ч', 'ə': [('а', .6), ('е', .35), ('я', .05)], 'ğ': 'г', 'h': [('г', .5), ('х', .5)], 'x': 'х',
             'ı': 'ы', 'j': 'ж', 'q': [('г', .75), ('к', .25)], 'ö': [('о', .8), ('ё', .2)], 'ü': [('у', .8), ('ю', .2)], 'y': 'й',
             'ya': 'я', 'yu': 'ю', 'ye': 'е', 'ş': 'ш', 'a': 'а', 'b': 'б', 'd': 'д', 'e': 'е', '^e': 'э', 'f': 'ф', 'g': 'г',
             'i': 'и', 'k': 'к', 'l': 'л', 'm': 'м', 'n': 'н', 'o': 'о', 'p': 'п', 'r': 'р', 's': 'с', 't': 'т', 'u': 'у',
             'v': 'в', 'z': 'з', 'mm': [('мм', .4), ('м', .6)]})
AZ_LAT = {
    'native': TL({'a': 'a'}),
    'tr': TL({'ə': 'e', 'x': 'h', 'q': [('k', .6), ('g', .4)]}),
    'icao': TL({'ə': 'a', 'x': 'kh', 'q': 'g', 'c': 'j', 'ç': 'ch', 'ş': 'sh', 'ğ': 'gh', 'ı': 'i', 'ö': 'o', 'ü': 'u', 'j': 'zh'}),
    'en': TL({'ə': [('a', .6), ('e', .4)], 'x': 'kh', 'q': [('g', .6), ('q', .4)], 'c': 'j', 'ç': 'ch', 'ş': 'sh', 'ğ': 'gh',
              'ı': 'i', 'ö': 'o', 'ü': 'u', 'j': 'zh'}),
    'de': TL({'ə': 'ä', 'x': 'ch', 'q': 'g', 'c': 'dsch', 'ç': 'tsch', 'ş': 'sch', 'ğ': 'gh', 'ı': 'y', 'j': 'sch', 'y': 'j',
              'z': 's', 'v': 'w'}),
}
# Romanian (Moldova)
RO_CYR = TL({'a': 'а', 'ă': [('э', .6), ('а', .4)], 'â': 'ы', 'î': 'ы', 'b': 'б', 'c': 'к', 'ce': 'че', 'ci': 'чи', 'cia': 'ча',
             'cio': 'чо', 'ciu': 'чу', 'che': 'ке', 'chi': 'ки', 'd': 'д', 'e': 'е', 'ea': 'я', 'f': 'ф', 'g': 'г', 'ge': 'дже',
             'gi': 'джи', 'gia': 'джа', 'gio': 'джо', 'ghe': 'ге', 'ghi': 'ги', 'h': 'х', 'i': 'и', 'ia': [('ия', .85), ('ья', .1), ('я', .05)],
             '^ia': 'я', 'iu': 'ю', 'ie$': 'ий', 'j': 'ж', 'k': 'к', 'l': 'л', 'm': 'м', 'n': 'н', 'o': 'о', 'p': 'п', 'r': 'р',
             's': 'с', 'ș': 'ш', 't': 'т', 'ț': 'ц', 'u': 'у', 'v': 'в', 'x': 'кс', 'z': 'з', 'ea$': 'я', 'ei': 'ей'})
RO_LAT = {
    'native': TL({'ș': [('ș', .65), ('ş', .35)], 'ț': [('ț', .65), ('ţ', .35)]}),
    'tr': TL({'ș': 'ş', 'ț': [('ts', .5), ('t', .5)], 'ă': [('a', .7), ('ı', .3)], 'â': [('ı', .5), ('i', .3), ('a', .2)],
              'î': [('ı', .5), ('i', .5)], 'ce': [('ce', .6), ('çe', .4)], 'ci': [('ci', .6), ('çi', .4)],
              'che': [('ke', .5), ('che', .5)], 'chi': [('ki', .5), ('chi', .5)], 'ghe': [('ge', .6), ('ghe', .4)],
              'ghi': [('gi', .6), ('ghi', .4)], 'cio': [('ço', .4), ('cio', .6)]}),
}
# Georgian
KA_GEO = TL({'a': 'ა', 'b': 'ბ', 'g': 'გ', 'd': 'დ', 'e': 'ე', 'v': 'ვ', 'z': 'ზ', 't': 'თ', 'i': 'ი', "k'": 'კ', 'l': 'ლ', 'm': 'მ',
             'n': 'ნ', 'o': 'ო', "p'": 'პ', 'zh': 'ჟ', 'r': 'რ', 's': 'ს', "t'": 'ტ', 'u': 'უ', 'p': 'ფ', 'k': 'ქ', 'gh': 'ღ',
             "q'": 'ყ', 'q': 'ყ', 'sh': 'შ', 'ch': 'ჩ', 'ts': 'ც', 'dz': 'ძ', "ts'": 'წ', "ch'": 'ჭ', 'kh': 'ხ', 'j': 'ჯ', 'h': 'ჰ'})
KA_CYR = TL({'a': 'а', 'b': 'б', 'g': 'г', 'd': 'д', 'e': 'е', 'v': 'в', 'z': 'з', 't': 'т', 'i': 'и', "k'": 'к', 'l': 'л',
             'm': 'м', 'n': 'н', 'o': 'о', "p'": 'п', 'zh': 'ж', 'r': 'р', 's': 'с', "t'": 'т', 'u': 'у', 'p': 'п', 'k': 'к',
             'gh': 'г', "q'": 'к', 'sh': 'ш', 'ch': 'ч', 'ts': 'ц', 'dz': 'дз', "ts'": 'ц', "ch'": 'ч', 'kh': 'х', 'j': 'дж',
             'h': 'х', 'ia': 'иа', 'ua': 'уа'})
KA_LAT = {
    'native': TL({"'": ''}),
    'tr': TL({'sh': 'ş', "ch'": 'ç', 'ch': 'ç', 'kh': 'h', 'zh': 'j', 'gh': [('ğ', .5), ('g', .5)], 'j': 'c', "q'": 'k', "'": ''}),
    'de': TL({'sh': 'sch', 'ch': 'tsch', "ch'": 'tsch', 'kh': 'ch', 'zh': 'sch', 'j': 'dsch', 'ts': 'z', "ts'": 'z', 'v': 'w',
              'z': 's', 'dz': 'ds', "q'": 'k', "'": ''}),
    'fr': TL({'sh': 'ch', 'ch': 'tch', "ch'": 'tch', 'u': 'ou', 'j': 'dj', "'": ''}),
    'en': TL({"'": '', "q'": [('q', .6), ('k', .4)]}),
}
# Turkish
TR_LAT = {
    'native': TL({'a': 'a'}),
    'de': TL({'ö': 'oe', 'ü': 'ue', 'ş': [('s', .5), ('sch', .5)], 'ç': [('c', .6), ('tsch', .4)], 'ğ': 'g', 'ı': 'i'}),
}
TR_ARAB = TL({'a': 'ا', '^a': 'ا', 'b': 'ب', 'c': 'ج', 'ç': 'ج', 'd': 'د', 'e': '', '^e': 'ا', 'e$': 'ه', 'f': 'ف', 'g': 'ك', 'ğ': 'غ',
              'h': 'ح', 'ı': '', 'i': 'ي', '^i': 'إ', 'j': 'ج', 'k': 'ك', 'l': 'ل', 'm': 'م', 'n': 'ن', 'o': 'و', '^o': 'أو', 'ö': 'و',
              '^ö': 'أو', 'p': 'ب', 'r': 'ر', 's': 'س', 'ş': 'ش', 't': 'ت', 'u': 'و', '^u': 'أو', 'ü': 'و', '^ü': 'أو', 'v': 'ف',
              'y': 'ي', 'z': 'ز', 'mehmet': 'محمد', 'ahmet': 'أحمد'})
# Kurmanji
KU_LAT = {
    'native': TL({'a': 'a'}),
    'tr': TL({'ê': 'e', 'î': 'i', 'û': 'u', 'x': 'h', 'q': 'k', 'w': 'v', 'ḧ': 'h'}),
    'en': TL({'ê': 'e', 'î': [('i', .7), ('ee', .3)], 'û': [('u', .5), ('oo', .5)], 'x': 'kh', 'ş': 'sh', 'ç': 'ch', 'c': 'j',
              'j': [('zh', .5), ('j', .5)], 'e': [('e', .8), ('a', .2)]}),
    'de': TL({'ş': 'sch', 'ç': 'tsch', 'c': 'dsch', 'j': 'sch', 'x': 'ch', 'y': 'j', 'w': 'w', 'v': 'w', 'ê': 'e', 'î': 'i',
              'û': 'u', 'z': 's'}),
}
KU_CKB = TL({'a': 'ا', '^a': 'ئا', 'b': 'ب', 'c': 'ج', 'ç': 'چ', 'd': 'د', 'e': 'ە', '^e': 'ئە', 'ê': 'ێ', '^ê': 'ئێ', 'f': 'ف',
             'g': 'گ', 'h': 'ه', 'ḧ': 'ح', 'i': '', '^i': 'ئ', 'î': 'ی', '^î': 'ئی', 'j': 'ژ', 'k': 'ک', 'l': 'ل', 'm': 'م',
             'n': 'ن', 'o': 'ۆ', '^o': 'ئۆ', 'p': 'پ', 'q': 'ق', 'r': 'ر', '^r': 'ڕ', 'rr': 'ڕ', 's': 'س', 'ş': 'ش', 't': 'ت',
             'u': 'و', '^u': 'ئو', 'û': 'وو', 'v': 'ڤ', 'w': 'و', 'x': 'خ', 'y': 'ی', 'z': 'ز'})
KU_ARAB = TL({'a': 'ا', '^a': [('آ', .5), ('ا', .5)], 'b': 'ب', 'c': 'ج', 'ç': 'ج', 'd': 'د', 'e': '', 'e$': 'ه', '^e': 'ا',
              'ê': 'ي', '^ê': 'اي', 'f': 'ف', 'g': [('ك', .6), ('غ', .4)], 'h': 'ه', 'ḧ': 'ح', 'i': '', '^i': 'ا', 'î': 'ي',
              '^î': 'اي', 'j': [('ج', .5), ('ژ', .5)], 'k': 'ك', 'l': 'ل', 'm': 'م', 'n': 'ن', 'o': 'و', '^o': 'او', 'p': 'ب',
              'q': 'ق', 'r': 'ر', 's': 'س', 'ş': 'ش', 't': 'ت', 'u': 'و', '^u': 'او', 'û': 'و', 'v': 'ف', 'w': 'و', 'x': 'خ',
              'y': 'ي', 'z': 'ز'})
# generic Latin-native (Africa, Philippines, Indonesia): Turkish registrar writing by ear
LA_TR = TL({'sh': [('ş', .7), ('sh', .3)], 'ch': [('ç', .6), ('ch', .4)], 'j': [('c', .35), ('j', .65)], 'w': [('v', .5), ('w', .5)],
            'x': [('ks', .6), ('x', .4)], 'q': 'k', 'ph': [('f', .6), ('ph', .4)], 'th': [('t', .6), ('th', .4)],
            'ce': [('se', .5), ('ce', .5)], 'ci': [('si', .5), ('ci', .5)], 'y$': [('i', .5), ('y', .5)], 'ee': [('i', .5), ('ee', .5)],
            'oo': [('u', .5), ('oo', .5)], 'ou': [('u', .5), ('ou', .5)], 'ss': [('s', .6), ('ss', .4)], 'll': [('l', .5), ('ll', .5)],
            'nn': [('n', .5), ('nn', .5)], 'tt': [('t', .5), ('tt', .5)], 'é': 'e', 'è': 'e', 'ï': 'i', 'ë': 'e',
            'gh': [('g', .5), ('gh', .5)], 'ck': 'k'})
ID_OLD = TL({'u': [('oe', .7), ('u', .3)], 'j': [('dj', .7), ('j', .3)], 'c': [('tj', .7), ('c', .3)], 'y': [('j', .6), ('y', .4)]})


# ---------------------------------------------------------------- Name entry
class Name(object):
    __slots__ = ('id', 'sys', 'lang', 'data', 'w', 'nicks', 'gendered', 'art', 'alt', 'kind')

    def __init__(self, id, sys, lang, data, w=1.0, nicks=None, gendered=None, art=False, alt=None, kind='g'):
        self.id = id
        self.sys = sys
        self.lang = lang
        self.data = data
        self.w = w
        self.nicks = nicks
        self.gendered = gendered
        self.art = art
        self.alt = alt
        self.kind = kind

    def __repr__(self):
        return 'Name(%s,%s)' % (self.id, self.sys)


NATIVE_A = {'ar': 'en', 'fa': 'en', 'af': 'en', 'sa': 'en', 'bd': 'en', 'mg': 'fr', 'so': 'so'}
LATIN_STYLES = ('tr', 'en', 'fr', 'de', 'icao', 'ru', 'native')


def _gender_form(e, s, sex):
    """s: rendered male form in some latin/cyrillic style"""
    g = e.gendered
    if not g or sex != 'F':
        return s
    return s + 'a'


def render(e, style, rng, tags, sex='M', turkish=None, nick=False, cyr_form=None):
    """Render name entry e in a Latin style or a script. Returns string (capitalised for Latin)."""
    sysn = e.sys
    if turkish is None:
        turkish = (style == 'tr')
    if sysn == 'A':
        lang = e.lang
        segs = e.data
        if style in ('arab', 'fa', 'ur', 'ckb'):
            return a_render_script(segs, 'fa' if style == 'ckb' else style, rng, tags, fam_article=e.art, lang=lang)
        st = style
        if st == 'native' or st == 'ru' or st not in A_BASE:
            st = NATIVE_A.get(lang, 'en')
        ov = OVERRIDES.get((e.id, st, lang)) or OVERRIDES.get((e.id, st))
        if ov is None and st == 'icao':
            ov = OVERRIDES.get((e.id, 'en', lang)) or OVERRIDES.get((e.id, 'en'))
        if ov and rng.random() < .75:
            s, tg = _pick_ovr(rng, ov)
            if tg:
                tags.add(tg)
            if turkish and s[:1] == 'I' and st == 'tr':
                s = 'İ' + s[1:]
        else:
            s = a_render_latin(segs, st, lang, rng, tags, turkish=turkish)
            s = cap(s, turkish)
        if e.art:
            first = segs[0][0] if segs and segs[0] != 'al' else None
            s = a_family_article(lower_first(s), first, st, rng, tags, turkish)
        return s
    if sysn == 'LA':
        variants, canon = e.data
        if nick and e.nicks:
            s = rng.choice(e.nicks)
        elif style == 'icao':
            s = canon
        else:
            s = wpick(rng, variants)
        if style == 'tr':
            return cap(words_apply(LA_TR, s.lower(), rng), True)
        if e.lang == 'id' and style != 'icao' and rng.random() < .08:
            s2 = cap(words_apply(ID_OLD, s.lower(), rng))
            if s2 != s:
                tags.add('spelling:old_orthography')
            return s2
        if style == 'icao':
            return fold(s)
        return s
    if sysn == 'TR':
        s = e.data
        if style in ('arab', 'fa', 'ur', 'ckb'):
            return words_apply(TR_ARAB, s, rng)
        if style in ('tr', 'native'):
            return cap(s, True)
        if style == 'de':
            return cap(words_apply(TR_LAT['de'], s, rng))
        return cap(fold(s))
    if sysn in ('CY', 'UA'):
        if sysn == 'UA':
            ukr, rus = e.data
            if nick and e.nicks:
                rus = ukr = rng.choice(e.nicks)
            if style == 'cyr_local':
                base = ukr
            elif style == 'cyr':
                base = rus
            elif style in ('native', 'icao'):
                s = words_apply(CYR_UA, _cyr_gender(ukr, e, sex), rng)
                return cap(s)
            else:
                base = ukr if rng.random() < .35 else rus
                if base is ukr and style in CYR_LAT:
                    s = words_apply(CYR_UA, _cyr_gender(ukr, e, sex), rng)
                    return cap(s)
        else:
            base = e.data
            if nick and e.nicks:
                base = rng.choice(e.nicks)
        base = _cyr_gender(base, e, sex)
        if style == 'cyr_local':
            return cap(base)
        if style == 'cyr':
            return cap(base.translate(RUSSIFY))
        tl = CYR_LAT.get(style, CYR_ICAO)
        if style in ('en', 'ru', 'de', 'fr'):
            base = base.translate(RUSSIFY) if style != 'de' else base
        return cap(words_apply(tl, base, rng), style == 'tr')
    if sysn in ('UZ', 'TK', 'AZ'):
        s = e.data
        if sex == 'F' and e.gendered:
            s = s + 'a'
        if sysn == 'UZ':
            if style == 'cyr_local':
                return cap(words_apply(UZ_CYR, s, rng))
            if style == 'cyr':
                return cap(words_apply(UZ_CYR_RU, s, rng))
            if style == 'ru':
                return cap(words_apply(CYR_EN, words_apply(UZ_CYR_RU, s, rng), rng))
            tl = UZ_LAT.get(style, UZ_LAT['en'])
        elif sysn == 'TK':
            if style in ('cyr', 'cyr_local'):
                return cap(words_apply(TK_CYR, s, rng))
            if style == 'ru':
                return cap(words_apply(CYR_EN, words_apply(TK_CYR, s, rng), rng))
            tl = TK_LAT.get(style, TK_LAT['en'])
        else:
            if style in ('cyr', 'cyr_local'):
                return cap(words_apply(AZ_CYR, s, rng))
            if style == 'ru':
                return cap(words_apply(CYR_EN, words_apply(AZ_CYR, s, rng), rng))
            tl = AZ_LAT.get(style, AZ_LAT['en'])
        return cap(words_apply(tl, s, rng), style == 'tr')
    if sysn == 'KA':
        s = e.data
        if nick and e.nicks:
            s = rng.choice(e.nicks)
        if style == 'geo':
            return words_apply(KA_GEO, s, rng)
        if style in ('cyr', 'cyr_local'):
            return cap(words_apply(KA_CYR, s, rng))
        if style == 'ru':
            return cap(words_apply(CYR_EN, words_apply(KA_CYR, s, rng), rng))
        tl = KA_LAT.get(style, KA_LAT['native'])
        return cap(words_apply(tl, s, rng), style == 'tr')
    if sysn == 'RO':
        s = e.data
        if style in ('cyr', 'cyr_local'):
            return cap(words_apply(RO_CYR, s, rng))
        if style == 'ru':
            return cap(words_apply(CYR_EN, words_apply(RO_CYR, s, rng), rng))
        if style == 'native':
            return cap(words_apply(RO_LAT['native'], s, rng))
        if style == 'tr':
            return cap(words_apply(RO_LAT['tr'], s, rng), True)
        return cap(fold(s))
    if sysn == 'KU':
        s = e.data
        if style == 'ckb':
            return words_apply(KU_CKB, s, rng)
        if style in ('arab', 'fa', 'ur'):
            return words_apply(KU_ARAB, s, rng)
        if style == 'icao' or style == 'fr':
            style = 'en'
        tl = KU_LAT.get(style, KU_LAT['native'])
        return cap(words_apply(tl, s, rng), style == 'tr')
    raise ValueError(sysn)


def _cyr_gender(base, e, sex):
    if sex != 'F' or not e.gendered:
        return base
    b = base
    for m, f in (('ский', 'ская'), ('цкий', 'цкая'), ('ський', 'ська'), ('цький', 'цька'), ('ой', 'ая')):
        if b.endswith(m):
            return b[:-len(m)] + f
    if b.endswith(('ов', 'ев', 'ёв', 'ин', 'ын', 'їн')):
        return b + 'а'
    return b


def _pick_ovr(rng, ov):
    tot = sum(x[1] for x in ov)
    r = rng.random() * tot
    for x in ov:
        r -= x[1]
        if r < 0:
            return x[0], (x[2] if len(x) > 2 else None)
    x = ov[-1]
    return x[0], (x[2] if len(x) > 2 else None)


# lexical spellings that rule-based transliteration would not produce (id, style[, lang]) -> [(spelling, weight[, tag])]
OVERRIDES = {
    ('muhammad', 'tr'): [('Muhammed', .55), ('Muhammet', .25), ('Mehmet', .08), ('Muhamed', .07), ('Mohammad', .05)],
    ('muhammad', 'fr'): [('Mohamed', .6), ('Mohammed', .25), ('Mohamad', .1), ('Mouhamed', .05)],
    ('muhammad', 'de'): [('Mohammed', .5), ('Mohammad', .3), ('Muhammad', .2)],
    ('muhammad', 'en', 'ar'): [('Mohammad', .35), ('Mohammed', .25), ('Muhammad', .2), ('Mohamad', .15), ('Mohamed', .05)],
    ('muhammad', 'icao', 'ar'): [('Mohammad', .45), ('Mohamad', .25), ('Mohammed', .15), ('Mouhamad', .1), ('Muhammad', .05)],
    ('muhammad', 'en', 'sa'): [('Muhammad', .55), ('Mohammad', .2), ('Mohammed', .1), ('Muhammed', .05), ('M.', .03, 'name:abbrev'), ('Mohd', .07, 'name:abbrev')],
    ('muhammad', 'icao', 'sa'): [('Muhammad', .7), ('Mohammad', .2), ('Mohammed', .1)],
    ('muhammad', 'en', 'bd'): [('Md.', .35, 'name:abbrev'), ('Md', .15, 'name:abbrev'), ('Mohammad', .25), ('Mohammed', .1), ('Muhammad', .1), ('Mohd.', .05, 'name:abbrev')],
    ('muhammad', 'icao', 'bd'): [('Md', .5, 'name:abbrev'), ('Mohammad', .3), ('Muhammad', .2)],
    ('muhammad', 'en', 'af'): [('Mohammad', .6), ('Muhammad', .15), ('Mohammed', .1), ('Mohamad', .1), ('Mohmmad', .05)],
    ('muhammad', 'icao', 'af'): [('Mohammad', .85), ('Mohamad', .1), ('Muhammad', .05)],
    ('muhammad', 'en', 'fa'): [('Mohammad', .75), ('Mohamad', .15), ('Mohammed', .05), ('Muhammad', .05)],
    ('muhammad', 'icao', 'fa'): [('Mohammad', .9), ('Mohamad', .1)],
    ('muhammad', 'so'): [('Maxamed', .6), ('Maxamad', .2), ('Mohamed', .2)],
    ('muhammad', 'en', 'so'): [('Mohamed', .6), ('Mohammed', .2), ('Mahamed', .2)],
    ('muhammad', 'en', 'mg'): [('Mohamed', .6), ('Mohammed', .3), ('Mohamad', .1)],
    ('husayn', 'tr'): [('Hüseyin', .72), ('Hüseyn', .06), ('Hussein', .1), ('Huseyin', .12)],
    ('husayn', 'en', 'fa'): [('Hossein', .6), ('Hosein', .2), ('Hussein', .1), ('Hosain', .1)],
    ('husayn', 'icao', 'fa'): [('Hossein', .8), ('Hosein', .2)],
    ('husayn', 'en', 'sa'): [('Hussain', .6), ('Hussein', .2), ('Husain', .2)],
    ('husayn', 'en', 'af'): [('Hussain', .45), ('Hussaini', .0), ('Husain', .25), ('Hossain', .15), ('Hussein', .15)],
    ('husayn', 'en', 'bd'): [('Hossain', .6), ('Hossen', .15), ('Hussain', .15), ('Hosen', .1)],
    ('husayn', 'icao', 'bd'): [('Hossain', .8), ('Hossen', .2)],
    ('fatima', 'tr'): [('Fatma', .45), ('Fatima', .35), ('Fatıma', .1), ('Fadime', .05), ('Fatime', .05)],
    ('fatima', 'en', 'fa'): [('Fatemeh', .7), ('Fatemah', .1), ('Fatima', .1), ('Fateme', .1)],
    ('fatima', 'en', 'bd'): [('Fatema', .5), ('Fatima', .4), ('Fatama', .1)],
    ('fatima', 'so'): [('Faadumo', .6), ('Fadumo', .3), ('Faduma', .1)],
    ('fatima', 'en', 'so'): [('Fadumo', .5), ('Fatima', .3), ('Faduma', .2)],
    ('khadija', 'tr'): [('Hatice', .6), ('Hadice', .15), ('Hadica', .05), ('Khadija', .2)],
    ('aisha', 'tr'): [('Ayşe', .55), ('Aişe', .25), ('Aysa', .1), ('Aisha', .1)],
    ('aisha', 'en', 'sa'): [('Ayesha', .55), ('Aisha', .3), ('Aysha', .15)],
    ('aisha', 'so'): [('Caasha', .5), ('Casha', .3), ('Asha', .2)],
    ('zaynab', 'tr'): [('Zeynep', .6), ('Zeyneb', .2), ('Zaynab', .1), ('Zeinab', .1)],
    ('umar', 'tr'): [('Ömer', .75), ('Omar', .15), ('Umar', .1)],
    ('uthman', 'tr'): [('Osman', .85), ('Usman', .1), ('Othman', .05)],
    ('uthman', 'en', 'sa'): [('Usman', .8), ('Osman', .2)],
    ('uthman', 'en', 'af'): [('Usman', .5), ('Osman', .4), ('Othman', .1)],
    ('ahmad', 'tr'): [('Ahmet', .55), ('Ahmed', .35), ('Ahmad', .1)],
    ('ahmad', 'en', 'sa'): [('Ahmed', .6), ('Ahmad', .4)],
    ('ahmad', 'en', 'bd'): [('Ahmed', .7), ('Ahmad', .3)],
    ('ahmad', 'so'): [('Axmed', .7), ('Ahmed', .3)],
    ('mahmud', 'tr'): [('Mahmut', .6), ('Mahmud', .3), ('Mahmoud', .1)],
    ('mustafa', 'fr'): [('Mustapha', .4), ('Moustafa', .3), ('Mostafa', .3)],
    ('mustafa', 'en', 'mg'): [('Mustapha', .4), ('Mustafa', .3), ('Mostafa', .3)],
    ('khalil', 'tr'): [('Halil', .8), ('Halıl', .05), ('Khalil', .15)],
    ('khalid', 'tr'): [('Halit', .45), ('Halid', .35), ('Khalid', .2)],
    ('ibrahim', 'en', 'mg'): [('Brahim', .4), ('Ibrahim', .6)],
    ('abdallah', 'en', 'sa'): [('Abdullah', .85), ('Abdulla', .15)],
    ('abdallah', 'so'): [('Cabdullaahi', .6), ('Cabdulaahi', .2), ('Abdullahi', .2)],
    ('siddiq', 'en', 'sa'): [('Siddique', .5), ('Siddiq', .3), ('Sadiq', .2)],
    ('siddiqi', 'en', 'sa'): [('Siddiqui', .8), ('Siddiqi', .2)],
    ('qurayshi', 'en', 'sa'): [('Qureshi', .6), ('Qureshy', .1), ('Kureshi', .1), ('Quraishi', .2)],
    ('chawdhari', 'en', 'sa'): [('Chaudhry', .6), ('Chaudhary', .25), ('Chaudhri', .15)],
    ('chawdhuri', 'en', 'bd'): [('Chowdhury', .7), ('Chowdhuri', .15), ('Choudhury', .15)],
    ('haq', 'en', 'bd'): [('Haque', .6), ('Hoque', .3), ('Haq', .1)],
    ('islam', 'en', 'bd'): [('Islam', .9), ('Islaam', .1)],
    ('rahman', 'en', 'bd'): [('Rahman', .8), ('Rohman', .1), ('Rahaman', .1)],
    ('khatun', 'en', 'bd'): [('Khatun', .8), ('Khatoon', .2)],
    ('akhtar', 'en', 'bd'): [('Akter', .7), ('Akhter', .2), ('Aktar', .1)],
    ('begum', 'en', 'bd'): [('Begum', .9), ('Begom', .1)],
    ('mia', 'en', 'bd'): [('Mia', .5), ('Miah', .4), ('Miya', .1)],
    ('butt', 'en', 'sa'): [('Butt', .9), ('Bat', .1)],
    ('zahra', 'tr'): [('Zehra', .6), ('Zahra', .4)],
    ('amina', 'tr'): [('Emine', .5), ('Amine', .3), ('Amina', .2)],
    ('maryam', 'tr'): [('Meryem', .7), ('Maryam', .2), ('Meryam', .1)],
    ('yaqub', 'tr'): [('Yakup', .7), ('Yakub', .3)],
    ('ayyub', 'tr'): [('Eyüp', .6), ('Eyyüp', .2), ('Eyüb', .1), ('Ayub', .1)],
    ('sulayman', 'tr'): [('Süleyman', .75), ('Suleyman', .15), ('Sulaiman', .1)],
    ('salih', 'tr'): [('Salih', .9), ('Saleh', .1)],
    ('rajab', 'tr'): [('Recep', .7), ('Receb', .1), ('Racab', .1), ('Rajab', .1)],
    ('ramadan', 'tr'): [('Ramazan', .85), ('Ramadan', .15)],
    ('shaban', 'tr'): [('Şaban', .85), ('Şeban', .05), ('Shaaban', .1)],
    ('abdalrahman', 'tr'): [('Abdurrahman', .55), ('Abdulrahman', .25), ('Abdurahman', .1), ('Abdulrahim', .0), ('Abdul Rahman', .1, 'compound:split')],
    ('abdalqadir', 'tr'): [('Abdulkadir', .75), ('Abdülkadir', .2), ('Abdul Kadir', .05, 'compound:split')],
    ('nuraldin', 'tr'): [('Nurettin', .5), ('Nureddin', .3), ('Nurettin', .0), ('Nuraddin', .1), ('Nur Eddin', .1, 'compound:split')],
    ('salahaldin', 'tr'): [('Selahattin', .5), ('Salahaddin', .2), ('Selahaddin', .2), ('Salah Eddin', .1, 'compound:split')],
    ('ismail', 'tr'): [('İsmail', .9), ('Ismail', .1)],
    ('yusuf', 'fr'): [('Youssef', .5), ('Youssouf', .3), ('Yousef', .2)],
    ('yahya', 'tr'): [('Yahya', 1.0)],
    ('isa', 'tr'): [('İsa', .8), ('Isa', .1), ('Eisa', .1)],
    ('musa', 'tr'): [('Musa', .9), ('Mousa', .1)],
    ('hamza', 'tr'): [('Hamza', .95), ('Hamze', .05)],
    ('rida', 'en', 'fa'): [('Reza', .85), ('Rezah', .05), ('Riza', .1)],
    ('rida', 'tr'): [('Rıza', .6), ('Reza', .4)],
}
