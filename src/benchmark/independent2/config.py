# -*- coding: utf-8 -*-
"""Population, culture and agency configuration."""

# --------------------------------------------------------------------- origins
# iso3, share(%), female share, [(culture, weight)], extras
ORIGINS = [
    ('SYR', 20.0, .55, [('syr_ar', .80), ('syr_ku', .16), ('syr_tm', .04)], {'pal': .05}),
    ('AFG', 9.0, .20, [('afg', 1.0)], {'born_iran': .12}),
    ('UZB', 9.0, .80, [('uzb', 1.0)], {}),
    ('TKM', 7.0, .80, [('tkm', 1.0)], {}),
    ('KGZ', 7.0, .75, [('kgz', .85), ('uzb', .10), ('rus', .05)], {}),
    ('TUR', 6.0, .70, [('tur', .90), ('tur_ku', .10)], {}),
    ('IRQ', 5.0, .50, [('irq_ar', .68), ('irq_ku', .27), ('syr_tm', .05)], {}),
    ('IRN', 4.0, .60, [('irn', 1.0)], {}),
    ('GEO', 3.0, .75, [('geo', .93), ('aze', .07)], {}),
    ('AZE', 3.0, .70, [('aze', 1.0)], {}),
    ('MDA', 3.0, .85, [('mda', .88), ('rus', .12)], {}),
    ('NGA', 3.0, .85, [('nga', 1.0)], {}),
    ('PAK', 3.0, .15, [('pak', 1.0)], {}),
    ('UKR', 2.5, .85, [('ukr', .9), ('rus', .1)], {}),
    ('RUS', 2.0, .85, [('rus', 1.0)], {}),
    ('MAR', 2.0, .80, [('mgb', 1.0)], {}),
    ('KAZ', 1.5, .80, [('kaz', .8), ('rus', .2)], {}),
    ('BGD', 1.5, .20, [('bgd', 1.0)], {}),
    ('PHL', 1.5, .90, [('phl', 1.0)], {}),
    ('IDN', 1.5, .90, [('idn', 1.0)], {}),
    ('DZA', 1.0, .40, [('mgb', 1.0)], {}),
    ('TUN', 0.7, .50, [('mgb', 1.0)], {}),
    ('SOM', 0.6, .50, [('som', 1.0)], {}),
    ('SDN', 0.5, .30, [('sdn', 1.0)], {}),
    ('GHA', 0.5, .70, [('gha', 1.0)], {}),
    ('SEN', 0.4, .50, [('waf', 1.0)], {}),
    ('GIN', 0.3, .50, [('waf', 1.0)], {}),
    ('CIV', 0.3, .60, [('waf', 1.0)], {}),
    ('CMR', 0.4, .70, [('caf', 1.0)], {}),
    ('COD', 0.3, .70, [('caf', 1.0)], {}),
    ('UGA', 0.3, .85, [('eaf', 1.0)], {}),
    ('KEN', 0.3, .85, [('eaf', 1.0)], {}),
    ('ETH', 0.4, .80, [('eth', 1.0)], {}),
    ('ERI', 0.3, .60, [('eth', 1.0)], {}),
]

# wrong-citizenship confusions seen in registers
CIT_CONFUSE = {
    'SYR': ['IRQ', 'PSE', 'LBN'], 'IRQ': ['SYR', 'IRN'], 'AFG': ['IRN', 'PAK', 'TJK'], 'IRN': ['AFG', 'IRQ'], 'UZB': ['TJK', 'KGZ', 'TKM', 'KAZ'],
    'TKM': ['UZB', 'TUR', 'AZE'], 'KGZ': ['KAZ', 'UZB'], 'KAZ': ['KGZ', 'RUS'], 'AZE': ['TUR', 'GEO', 'IRN'], 'GEO': ['AZE', 'ARM', 'RUS'],
    'MDA': ['ROU', 'UKR', 'RUS'], 'UKR': ['RUS', 'MDA', 'BLR'], 'RUS': ['UKR', 'KAZ', 'BLR'], 'MAR': ['DZA', 'TUN'], 'DZA': ['MAR', 'TUN'],
    'TUN': ['DZA', 'MAR', 'LBY'], 'NGA': ['GHA', 'CMR'], 'GHA': ['NGA'], 'PAK': ['AFG', 'IND', 'BGD'], 'BGD': ['PAK', 'IND', 'MMR'],
    'PHL': ['IDN'], 'IDN': ['PHL', 'MYS'], 'SOM': ['ETH', 'KEN'], 'ETH': ['ERI', 'SOM'], 'ERI': ['ETH', 'SDN'], 'SDN': ['SSD', 'EGY'],
    'SEN': ['GIN', 'MLI'], 'GIN': ['SEN', 'MLI'], 'CIV': ['GIN', 'BFA'], 'CMR': ['NGA', 'COD'], 'COD': ['COG', 'CMR'], 'UGA': ['KEN'],
    'KEN': ['UGA'], 'TUR': ['SYR', 'AZE'],
}

# --------------------------------------------------------------------- cultures
# g: given pools [(pool, w)], fam: [(pool, w)], fam_p: share with a family name, naming: naming customs,
# scripts: scripts a person writes the name in (full_name_original), passport: share with a Latin-script passport,
# dob: share knowing (full date, year only, nothing), married: wife takes husband's name
C = {}
C['syr_ar'] = dict(gm=[('ar_m', 1)], gf=[('ar_f', 1)], fam=[('ar_fam', 1)], naming='arab', scripts=[('arab', .93), ('latin', .07)],
                   passport=.35, dob=(.70, .24, .06), patr='chain', twins=('hasan', 'husayn'))
C['syr_ku'] = dict(gm=[('ku_m', .6), ('ar_m', .4)], gf=[('ku_f', .65), ('ar_f', .35)], fam=[('ar_fam', .6), ('ku_fam', .4)], naming='arab',
                   scripts=[('arab', .75), ('latin', .25)], passport=.3, dob=(.65, .27, .08), patr='chain')
C['syr_tm'] = dict(gm=[('tr_m', .5), ('ar_m', .5)], gf=[('tr_f', .5), ('ar_f', .5)], fam=[('ar_fam', .5), ('tr_fam', .5)], naming='arab',
                   scripts=[('arab', .8), ('latin', .2)], passport=.3, dob=(.7, .24, .06), patr='chain')
C['irq_ar'] = dict(gm=[('ar_m', 1)], gf=[('ar_f', 1)], fam=[('ar_fam', 1)], naming='arab', scripts=[('arab', .95), ('latin', .05)],
                   passport=.45, dob=(.75, .2, .05), patr='chain', patr_rate=.5)
C['irq_ku'] = dict(gm=[('ku_m', .75), ('ar_m', .25)], gf=[('ku_f', .8), ('ar_f', .2)], fam=[('ku_fam', .7), ('ar_fam', .3)], fam_p=.7,
                   naming='arab', scripts=[('ckb', .8), ('latin', .2)], passport=.45, dob=(.7, .24, .06), patr='chain', patr_rate=.5)
C['tur'] = dict(gm=[('tr_m', 1)], gf=[('tr_f', 1)], fam=[('tr_fam', 1)], naming='turkish', scripts=[('latin', 1)], passport=1.0,
                dob=(.97, .03, 0), married=True, n2=.28, twins=('hasan', 'husayn'))
C['tur_ku'] = dict(gm=[('ku_m', .5), ('tr_m', .5)], gf=[('ku_f', .5), ('tr_f', .5)], fam=[('tr_fam', 1)], naming='turkish',
                   scripts=[('latin', 1)], passport=1.0, dob=(.95, .05, 0), married=True, n2=.2)
C['irn'] = dict(gm=[('fa_m', 1)], gf=[('fa_f', 1)], fam=[('fa_fam', 1)], naming='persian', scripts=[('fa', .92), ('latin', .08)],
                passport=.65, dob=(.88, .1, .02), title=('t_sayyid_fa', .07), sh=True)
C['afg'] = dict(gm=[('af_m', 1)], gf=[('af_f', 1)], fam=[('af_fam', 1)], fam_p=.55, naming='afghan', scripts=[('fa', .88), ('latin', .12)],
                passport=.18, dob=(.25, .45, .30), title=('t_sayyid_af', .05), sh=True, patr='so')
C['pak'] = dict(gm=[('pk_m', 1)], gf=[('pk_f', 1)], fam=[('pk_fam', 1)], ffam=('pk_ffam', .45), fam_p=.9, naming='pak',
                scripts=[('ur', .45), ('latin', .55)], passport=.5, dob=(.6, .3, .1), title=('t_sayyid_sa', .04), patr='so')
C['bgd'] = dict(gm=[('bd_m', 1)], gf=[('bd_f', 1)], fam=[('bd_fam', 1)], ffam=('bd_ffam', .6), naming='bgd', scripts=[('latin', 1)],
                passport=.5, dob=(.6, .3, .1))
C['mgb'] = dict(gm=[('mg_m', 1)], gf=[('mg_f', 1)], fam=[('mg_fam', 1)], naming='arab', scripts=[('arab', .4), ('latin', .6)],
                passport=.8, dob=(.88, .1, .02), franco=True, patr='chain', patr_rate=.15)
C['som'] = dict(gm=[('so_m', 1)], gf=[('so_f', 1)], fam=None, naming='father', scripts=[('latin', .9), ('arab', .1)], passport=.3,
                dob=(.35, .35, .3))
C['sdn'] = dict(gm=[('ar_m', 1)], gf=[('ar_f', 1)], fam=[('ar_fam', 1)], fam_p=.6, naming='arab', scripts=[('arab', .9), ('latin', .1)],
                passport=.4, dob=(.5, .35, .15), patr='chain', patr_rate=.6)
C['uzb'] = dict(gm=[('uz_m', 1)], gf=[('uz_f', 1)], fam=[('uz_fam', 1)], naming='ca', scripts=[('latin', .5), ('cyr_local', .25), ('cyr', .25)],
                passport=.92, dob=(.97, .03, 0), married=True, patr='ugli')
C['tkm'] = dict(gm=[('tk_m', 1)], gf=[('tk_f', 1)], fam=[('tk_fam', 1)], naming='ca', scripts=[('latin', .7), ('cyr', .3)],
                passport=.9, dob=(.97, .03, 0), married=True, patr='ru')
C['kgz'] = dict(gm=[('ky_m', 1)], gf=[('ky_f', 1)], fam=[('ky_fam', 1)], naming='ca', scripts=[('cyr_local', .75), ('latin', .25)],
                passport=.92, dob=(.97, .03, 0), married=True, patr='ru', uulu=.35)
C['kaz'] = dict(gm=[('kk_m', 1)], gf=[('kk_f', 1)], fam=[('kk_fam', 1)], naming='ca', scripts=[('cyr_local', .8), ('latin', .2)],
                passport=.95, dob=(.98, .02, 0), married=True, patr='ru')
C['aze'] = dict(gm=[('az_m', 1)], gf=[('az_f', 1)], fam=[('az_fam', 1)], naming='ca', scripts=[('latin', .85), ('cyr', .15)],
                passport=.92, dob=(.97, .03, 0), married=True, patr='oglu')
C['rus'] = dict(gm=[('ru_m', 1)], gf=[('ru_f', 1)], fam=[('ru_fam', 1)], naming='ca', scripts=[('cyr', .95), ('latin', .05)],
                passport=.95, dob=(.99, .01, 0), married=True, patr='ru', patr_rate=.65)
C['ukr'] = dict(gm=[('ua_m', 1)], gf=[('ua_f', 1)], fam=[('ua_fam', 1)], naming='ca', scripts=[('cyr_local', .6), ('cyr', .35), ('latin', .05)],
                passport=.95, dob=(.99, .01, 0), married=True, patr='ru', patr_rate=.55)
C['mda'] = dict(gm=[('ro_m', 1)], gf=[('ro_f', 1)], fam=[('ro_fam', 1)], naming='western', scripts=[('latin', .72), ('cyr', .28)],
                passport=.95, dob=(.99, .01, 0), married=True, patr='ru', patr_rate=.3, n2=.04)
C['geo'] = dict(gm=[('ka_m', 1)], gf=[('ka_f', 1)], fam=[('ka_fam', 1)], naming='western', scripts=[('geo', .8), ('latin', .15), ('cyr', .05)],
                passport=.95, dob=(.99, .01, 0), married=True)
C['nga'] = dict(gm=[('ng_m', 1)], gf=[('ng_f', 1)], fam=[('ng_fam', 1)], naming='western', scripts=[('latin', 1)], passport=.6,
                dob=(.7, .2, .1), married=True, n2=.4)
C['gha'] = dict(gm=[('gh_m', 1)], gf=[('gh_f', 1)], fam=[('gh_fam', 1)], naming='western', scripts=[('latin', 1)], passport=.55,
                dob=(.7, .2, .1), married=True, n2=.35)
C['waf'] = dict(gm=[('waf_m', 1)], gf=[('waf_f', 1)], fam=[('waf_fam', 1)], naming='western', scripts=[('latin', 1)], passport=.45,
                dob=(.5, .3, .2), franco=True, n2=.15)
C['caf'] = dict(gm=[('caf_m', 1)], gf=[('caf_f', 1)], fam=[('caf_fam', 1)], naming='western', scripts=[('latin', 1)], passport=.5,
                dob=(.6, .25, .15), franco=True, n2=.3)
C['eaf'] = dict(gm=[('eaf_m', 1)], gf=[('eaf_f', 1)], fam=[('eaf_fam', 1)], naming='western', scripts=[('latin', 1)], passport=.6,
                dob=(.75, .15, .1), n2=.3)
C['eth'] = dict(gm=[('et_m', 1)], gf=[('et_f', 1)], fam=None, naming='father', scripts=[('latin', 1)], passport=.45, dob=(.5, .3, .2))
C['phl'] = dict(gm=[('ph_m', 1)], gf=[('ph_f', 1)], fam=[('ph_fam', 1)], naming='filipino', scripts=[('latin', 1)], passport=.95,
                dob=(.98, .02, 0), married=True, n2=.15)
C['idn'] = dict(gm=[('id_m', 1)], gf=[('id_f', 1)], fam=[('id_fam', 1)], fam_p=.25, naming='indonesian', scripts=[('latin', 1)],
                passport=.9, dob=(.9, .08, .02), n2=.4, patr='bin')

# native Latin style used by the person's own documents / own writing, by culture
PASSPORT_STYLE = {'syr_ar': 'icao', 'syr_ku': 'icao', 'syr_tm': 'icao', 'irq_ar': 'icao', 'irq_ku': 'icao', 'tur': 'native', 'tur_ku': 'native',
                  'irn': 'icao', 'afg': 'icao', 'pak': 'icao', 'bgd': 'icao', 'mgb': 'icao', 'som': 'en', 'sdn': 'icao', 'uzb': 'icao',
                  'tkm': 'icao', 'kgz': 'icao', 'kaz': 'icao', 'aze': 'icao', 'rus': 'icao', 'ukr': 'native', 'mda': 'icao', 'geo': 'native',
                  'nga': 'icao', 'gha': 'icao', 'waf': 'icao', 'caf': 'icao', 'eaf': 'icao', 'eth': 'icao', 'phl': 'icao', 'idn': 'icao'}
CYR_CULT = {'uzb', 'tkm', 'kgz', 'kaz', 'aze', 'rus', 'ukr', 'mda', 'geo'}

# --------------------------------------------------------------------- agencies
_base = dict(styles=[('tr', 1.0)], doc=.5, case=[('upper', .7), ('title', .28), ('lower', .02)], tr_upper=.85, fold=.05, typo=.04,
             orig=.2, orig_native=.5, swap=.02, onefield=.02, placeholder=.3, given_partial=.1, fam_drop=.03, patr_given=.03, nick=.01,
             title_keep=.65, d_full=.82, d_year=.1, jan1=.6, jul1=.0, from_age=.1, dm_swap=.005, year_off=.01, digit=.005,
             year_field=.5, sex_miss=.01, sex_wrong=.004, cit_miss=.02, cit_wrong=.006, ws=.01, mojibake=0.0, qmarks=0.0, trunc=0.0,
             p1900=0.0, hotline=False, reg=(2014, 2024), retype=.25)
AG = {}


def _ag(name, **kw):
    d = dict(_base)
    d.update(kw)
    AG[name] = d


_ag('EGM_police', styles=[('tr', .9), ('en', .1)], doc=.55, case=[('upper', .8), ('title', .19), ('lower', .01)], fold=.08, typo=.05,
    orig=.15, orig_native=.35, swap=.03, onefield=.02, placeholder=.35, given_partial=.12, d_full=.8, d_year=.12, jan1=.6, dm_swap=.01)
_ag('JGK_gendarmerie', styles=[('tr', 1.0)], doc=.35, case=[('upper', .85), ('title', .14), ('lower', .01)], fold=.15, typo=.09,
    orig=.06, orig_native=.3, swap=.05, onefield=.05, placeholder=.5, given_partial=.15, fam_drop=.06, patr_given=.05, nick=.02,
    d_full=.6, d_year=.27, jan1=.7, from_age=.25, dm_swap=.012, year_off=.025, digit=.01, sex_miss=.02, sex_wrong=.008, cit_miss=.04,
    cit_wrong=.015, ws=.02)
_ag('PMM_provincial', styles=[('tr', .8), ('en', .2)], doc=.7, case=[('upper', .6), ('title', .38), ('lower', .02)], fold=.12,
    typo=.035, orig=.4, orig_native=.85, placeholder=.3, given_partial=.08, fam_drop=.02, d_full=.85, d_year=.1, jan1=.75,
    dm_swap=.004, sex_miss=.005, sex_wrong=.003, cit_miss=.01, cit_wrong=.004)
_ag('PMM_central', styles=[('tr', .75), ('en', .25)], doc=.8, case=[('upper', .5), ('title', .5)], fold=.05, typo=.02, orig=.55,
    orig_native=.9, swap=.01, onefield=.005, placeholder=.25, given_partial=.06, fam_drop=.01, d_full=.9, d_year=.07, jan1=.75,
    dm_swap=.003, year_off=.006, digit=.003, sex_miss=.003, sex_wrong=.002, cit_miss=.005, cit_wrong=.003)
_ag('YIMER157_hotline', styles=[('tr', 1.0)], doc=0.0, case=[('title', .6), ('upper', .3), ('lower', .1)], typo=.12, orig=0.0,
    hotline=True, nick=.25, d_full=.05, d_year=.45, jan1=.1, from_age=.8, sex_miss=.08, sex_wrong=.02, cit_miss=.2, cit_wrong=.06,
    swap=.03, fam_drop=.5, given_partial=.4, title_keep=.2)
_ag('NGO', styles=[('en', .6), ('tr', .4)], doc=.3, case=[('title', .7), ('upper', .2), ('lower', .1)], tr_upper=.5, fold=.1, typo=.06,
    orig=.6, orig_native=.9, swap=.04, onefield=.04, placeholder=.05, given_partial=.15, fam_drop=.08, nick=.06, d_full=.5, d_year=.3,
    jan1=.15, from_age=.3, dm_swap=.02, year_off=.02, sex_miss=.03, cit_miss=.06, cit_wrong=.01, ws=.02, retype=.6)
_ag('IOM', styles=[('en', .85), ('fr', .15)], doc=.75, case=[('upper', .45), ('title', .55)], tr_upper=0.0, fold=0.0, typo=.02,
    orig=.7, orig_native=.95, swap=.01, onefield=.01, placeholder=.02, given_partial=.06, fam_drop=.01, d_full=.85, d_year=.1, jan1=.2,
    dm_swap=.012, year_off=.006, digit=.003, sex_miss=.003, cit_miss=.005, cit_wrong=.003, retype=.5)
_ag('shelter', styles=[('tr', 1.0)], doc=.4, case=[('title', .6), ('upper', .4)], typo=.06, orig=.25, orig_native=.6,
    nick=.08, fam_drop=.1, given_partial=.15, d_full=.6, d_year=.3, jan1=.4, from_age=.3, sex_miss=.01, cit_miss=.04)
_ag('consulate', styles=[('native', .7), ('icao', .3)], doc=.95, case=[('upper', .75), ('title', .25)], tr_upper=0.0, fold=0.0,
    typo=.01, orig=.9, orig_native=1.0, swap=.005, onefield=.005, placeholder=0.0, given_partial=.02, fam_drop=0.0, patr_given=.08,
    title_keep=.9, d_full=.97, d_year=.02, jan1=.05, from_age=0.0, dm_swap=.002, year_off=.002, digit=.002, sex_miss=0.0,
    sex_wrong=.001, cit_miss=0.0, cit_wrong=0.0, retype=.1)
_ag('legacy_xls', styles=[('tr', .6), ('en', .4)], doc=.3, case=[('upper', .5), ('title', .4), ('lower', .1)], fold=.5, typo=.08,
    orig=.2, orig_native=.6, swap=.05, onefield=.35, placeholder=.2, given_partial=.12, fam_drop=.05, d_full=.5, d_year=.32, jan1=.3,
    dm_swap=.1, year_off=.02, digit=.015, p1900=.01, sex_miss=.15, sex_wrong=.01, cit_miss=.12, cit_wrong=.02, ws=.06, mojibake=.05,
    qmarks=.02, trunc=.04, reg=(2006, 2016))
_ag('readmission_EU', styles=[('de', .35), ('en', .45), ('fr', .2)], doc=.45, case=[('upper', .8), ('title', .2)], tr_upper=0.0,
    fold=0.0, typo=.05, orig=.08, orig_native=.5, swap=.04, onefield=.02, placeholder=.05, d_full=.7, d_year=.15, jan1=.5,
    dm_swap=.05, year_off=.015, sex_miss=.01, cit_miss=.03, cit_wrong=.03, reg=(2016, 2024))

AGENCY_W = {'EGM_police': .2, 'JGK_gendarmerie': .12, 'PMM_provincial': .22, 'PMM_central': .06, 'YIMER157_hotline': .03, 'NGO': .12,
            'IOM': .08, 'shelter': .06, 'consulate': 0.0, 'legacy_xls': .06, 'readmission_EU': 0.0}
CONSULATE_W = {'UZB': .1, 'TKM': .08, 'KGZ': .1, 'KAZ': .1, 'AZE': .08, 'GEO': .1, 'MDA': .1, 'UKR': .1, 'RUS': .06, 'NGA': .06,
               'PHL': .12, 'IDN': .12, 'MAR': .05, 'TUN': .04, 'GHA': .05, 'IRN': .02, 'IRQ': .02, 'PAK': .03, 'BGD': .04, 'SEN': .05,
               'KEN': .05, 'UGA': .05, 'ETH': .03}
READMISSION_W = {'SYR': .04, 'AFG': .06, 'IRQ': .05, 'IRN': .04, 'PAK': .06, 'BGD': .04, 'MAR': .05, 'DZA': .05, 'TUN': .04, 'SOM': .04,
                 'SDN': .04, 'ERI': .04, 'COD': .03, 'CMR': .03, 'GIN': .03, 'CIV': .03, 'SEN': .03, 'NGA': .02, 'GEO': .01}


def agency_weights(iso):
    w = dict(AGENCY_W)
    w['consulate'] = CONSULATE_W.get(iso, 0.0)
    w['readmission_EU'] = READMISSION_W.get(iso, 0.0)
    if iso == 'TUR':
        w.update({'EGM_police': .35, 'JGK_gendarmerie': .2, 'PMM_provincial': .0, 'PMM_central': .0, 'shelter': .15, 'NGO': .12,
                  'IOM': .01, 'legacy_xls': .12, 'YIMER157_hotline': .05})
    return [(k, v) for k, v in w.items() if v > 0]


PLACEHOLDERS = [('YOK', .3), ('BİLİNMİYOR', .2), ('BILINMIYOR', .12), ('-', .15), ('X', .05), ('XXX', .05), ('UNKNOWN', .06),
                ('NN', .04), ('FNU', .03)]
