# -*- coding: utf-8 -*-
"""Parse the hand-written tables into Name entries, grouped in pools."""
import nametables as T
from translit import Name, a_tokens, slug


def _rank_w(rank):
    return 10.0 / (rank + 8)


def a_slug(tok):
    out = []
    for seg in tok.split('|'):
        if seg in ('al', 'ul', 'ol'):
            out.append('al')
            continue
        for t in a_tokens(seg):
            if t in ('3', "'", '@'):
                continue
            if t in ('aa', 'ii', 'uu', 'oo'):
                t = t[0]
            elif t == 'Y':
                t = 'a'
            out.append(t.lower())
    return ''.join(out)


def _split_meta(tok):
    nicks = None
    if '~' in tok:
        tok, n = tok.split('~', 1)
        nicks = [x.replace('_', ' ') for x in n.split(',') if x]
    w = None
    if '*' in tok:
        tok, ws = tok.split('*', 1)
        w = float(ws)
    idv = None
    if '=' in tok:
        tok, idv = tok.split("=", 1)
        idv = idv.lower()
    return tok, idv, w, nicks


def a_slug_long(tok):
    out = []
    for seg in tok.split('|'):
        if seg in ('al', 'ul', 'ol'):
            out.append('al')
            continue
        for t in a_tokens(seg):
            if t in ('3', "'", '@'):
                continue
            out.append('a' if t == 'Y' else t.lower())
    return ''.join(out)


def parse_A(text, lang, kind='g'):
    out = []
    seen = {}
    for rank, tok in enumerate(text.split()):
        if tok.endswith('?') or not tok:
            continue
        tok, idv, w, nicks = _split_meta(tok)
        art = False
        if tok.startswith('al-'):
            art = True
            tok = tok[3:]
        segs = []
        for s in tok.split('|'):
            if s in ('al', 'ul', 'ol'):
                segs.append('al')
            else:
                segs.append(a_tokens(s))
        nid = idv or a_slug(tok)
        if not idv and nid in seen and seen[nid] != segs:
            nid = a_slug_long(tok)
            while nid in seen and seen[nid] != segs:
                nid += '2'
        seen.setdefault(nid, segs)
        out.append(Name(nid, 'A', lang, segs, w if w is not None else _rank_w(rank), art=art, kind=kind))
    return out


def parse_L(text, sysn, lang, kind='g'):
    out = []
    seen = set()
    for rank, tok in enumerate(text.split()):
        if tok.endswith('?') or not tok:
            continue
        tok, idv, w, nicks = _split_meta(tok)
        w = w if w is not None else _rank_w(rank)
        if sysn == 'LA':
            vs = [v.replace('_', ' ') for v in tok.split('|')]
            if len(vs) == 1:
                variants = [(vs[0], 1.0)]
            else:
                variants = [(vs[0], .7)] + [(v, .3 / (len(vs) - 1)) for v in vs[1:]]
            data = (variants, vs[0])
            base = vs[0]
        elif sysn == 'UA':
            ukr, rus = tok.split('/')
            data = (ukr, rus)
            base = rus
        else:
            data = tok.replace('_', ' ')
            base = data
        gendered = None
        if kind == 'f':
            if sysn in ('UZ', 'AZ') and data.endswith(('ov', 'ev')):
                gendered = True
            elif sysn == 'TK' and data.endswith(('ow', 'ew')):
                gendered = True
            elif sysn in ('CY', 'UA'):
                gendered = True
        if sysn in ('UZ', 'AZ', 'TK', 'TR', 'RO', 'KA', 'KU'):
            data = data[0].lower() + data[1:] if sysn not in ('TR', 'RO', 'KA') else data
            if sysn == 'TR':
                data = data.replace('İ', 'i').replace('I', 'ı')
                data = data.lower()
            elif sysn in ('RO', 'KA'):
                data = data.lower()
            else:
                data = data.lower()
        elif sysn == 'CY':
            data = data.lower()
            if nicks:
                nicks = [n.lower() for n in nicks]
        elif sysn == 'UA':
            data = (data[0].lower(), data[1].lower())
            if nicks:
                nicks = [n.lower() for n in nicks]
        if sysn == 'KA' and nicks:
            nicks = [n.lower() for n in nicks]
        key = (idv or slug(base), str(data))
        if key in seen:
            continue
        seen.add(key)
        out.append(Name(idv or slug(base), sysn, lang, data, w, nicks=nicks, gendered=gendered, kind=kind))
    return out


def _turkish_lower_fix(e):
    return e


P = {}


def build():
    if P:
        return P
    A = parse_A
    L = parse_L
    P['ar_m'] = A(T.AR_M, 'ar')
    P['ar_f'] = A(T.AR_F, 'ar')
    P['ar_fam'] = A(T.AR_FAM, 'ar', 'f')
    P['mg_m'] = A(T.MG_M, 'mg')
    P['mg_f'] = A(T.MG_F, 'mg')
    P['mg_fam'] = A(T.MG_FAM, 'mg', 'f')
    P['so_m'] = A(T.SO_M, 'so')
    P['so_f'] = A(T.SO_F, 'so')
    P['fa_m'] = A(T.FA_M, 'fa')
    P['fa_f'] = A(T.FA_F, 'fa')
    P['fa_fam'] = A(T.FA_FAM, 'fa', 'f')
    P['af_m'] = A(T.AF_M, 'af')
    P['af_f'] = A(T.AF_F, 'af')
    P['af_fam'] = A(T.AF_FAM, 'af', 'f')
    P['pk_m'] = A(T.PK_M, 'sa')
    P['pk_f'] = A(T.PK_F, 'sa')
    P['pk_fam'] = A(T.PK_FAM, 'sa', 'f')
    P['pk_ffam'] = A(T.PK_FFAM, 'sa', 'f')
    P['bd_m'] = A(T.BD_M, 'bd')
    P['bd_f'] = A(T.BD_F, 'bd')
    P['bd_fam'] = A(T.BD_FAM, 'bd', 'f')
    P['bd_ffam'] = A(T.BD_FFAM, 'bd', 'f')
    P['ku_m'] = L(T.KU_M, 'KU', 'ku')
    P['ku_f'] = L(T.KU_F, 'KU', 'ku')
    P['ku_fam'] = L(T.KU_FAM, 'KU', 'ku', 'f')
    P['tr_m'] = L(T.TR_M, 'TR', 'tr')
    P['tr_f'] = L(T.TR_F, 'TR', 'tr')
    P['tr_fam'] = L(T.TR_FAM, 'TR', 'tr', 'f')
    P['uz_m'] = L(T.UZ_M, 'UZ', 'uz')
    P['uz_f'] = L(T.UZ_F, 'UZ', 'uz')
    P['uz_fam'] = L(T.UZ_FAM, 'UZ', 'uz', 'f')
    P['tk_m'] = L(T.TK_M, 'TK', 'tk')
    P['tk_f'] = L(T.TK_F, 'TK', 'tk')
    P['tk_fam'] = L(T.TK_FAM, 'TK', 'tk', 'f')
    P['az_m'] = L(T.AZ_M, 'AZ', 'az')
    P['az_f'] = L(T.AZ_F, 'AZ', 'az')
    P['az_fam'] = L(T.AZ_FAM, 'AZ', 'az', 'f')
    P['ky_m'] = L(T.KY_M, 'CY', 'ky')
    P['ky_f'] = L(T.KY_F, 'CY', 'ky')
    P['ky_fam'] = L(T.KY_FAM, 'CY', 'ky', 'f')
    P['kk_m'] = L(T.KK_M, 'CY', 'kk')
    P['kk_f'] = L(T.KK_F, 'CY', 'kk')
    P['kk_fam'] = L(T.KK_FAM, 'CY', 'kk', 'f')
    P['ru_m'] = L(T.RU_M, 'CY', 'ru')
    P['ru_f'] = L(T.RU_F, 'CY', 'ru')
    P['ru_fam'] = L(T.RU_FAM, 'CY', 'ru', 'f')
    P['ua_m'] = L(T.UA_M, 'UA', 'uk')
    P['ua_f'] = L(T.UA_F, 'UA', 'uk')
    P['ua_fam'] = L(T.UA_FAM, 'UA', 'uk', 'f')
    P['ka_m'] = L(T.KA_M, 'KA', 'ka')
    P['ka_f'] = L(T.KA_F, 'KA', 'ka')
    P['ka_fam'] = L(T.KA_FAM, 'KA', 'ka', 'f')
    P['ro_m'] = L(T.RO_M, 'RO', 'ro')
    P['ro_f'] = L(T.RO_F, 'RO', 'ro')
    P['ro_fam'] = L(T.RO_FAM, 'RO', 'ro', 'f')
    for k, txt in (('ng', (T.NG_M, T.NG_F, T.NG_FAM)), ('waf', (T.WAF_M, T.WAF_F, T.WAF_FAM)), ('caf', (T.CAF_M, T.CAF_F, T.CAF_FAM)),
                   ('gh', (T.GH_M, T.GH_F, T.GH_FAM)), ('eaf', (T.EAF_M, T.EAF_F, T.EAF_FAM)), ('ph', (T.PH_M, T.PH_F, T.PH_FAM)),
                   ('id', (T.ID_M, T.ID_F, T.ID_FAM))):
        lang = 'fr' if k in ('waf', 'caf') else ('id' if k == 'id' else 'en')
        P[k + '_m'] = L(txt[0], 'LA', lang)
        P[k + '_f'] = L(txt[1], 'LA', lang)
        P[k + '_fam'] = L(txt[2], 'LA', lang, 'f')
    P['et_m'] = L(T.ET_M, 'LA', 'en')
    P['et_f'] = L(T.ET_F, 'LA', 'en')
    # titles
    P['t_sayyid_fa'] = A('seyyed=sayyid', 'fa', 't')
    P['t_sayyid_af'] = A('sayyid=sayyid', 'af', 't')
    P['t_sayyid_sa'] = A('sayyid=sayyid', 'sa', 't')
    P['t_mst'] = L('Mst.|Most.|Mosammat|Mst=mosammat', 'LA', 'en', 't')
    P['muhammad_sa'] = A('muHammad', 'sa')
    P['muhammad_bd'] = A('muHammad', 'bd')
    # cumulative weights for fast sampling
    return P


if __name__ == '__main__':
    import collections
    build()
    tot = 0
    for k, v in P.items():
        tot += len(v)
        ids = collections.Counter(e.id for e in v)
        d = [i for i, c in ids.items() if c > 1]
        print(k, len(v), ('DUP ' + ' '.join(d)) if d else '')
    print('total entries', tot)
