#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate records.csv / truth.csv and print a summary.

usage: python3 check.py records.csv truth.csv
Exit status 1 if any format error was found.
"""
import sys
import csv
import re
from collections import Counter, defaultdict
from datetime import date

REC_HEADER = ['id', 'given_names', 'family_names', 'full_name_original', 'birth_date', 'birth_year',
              'sex', 'citizenship']
TRUTH_HEADER = ['id', 'person_id', 'family_id', 'name_key', 'agency', 'variations', 'birth_name_key']

ISO3 = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR
BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL
COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK
FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV
HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO
LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG
MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN
PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE
SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO
TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
""".split())


def pairs(n):
    return n * (n - 1) // 2


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    errors = []

    def err(msg):
        if len(errors) < 50:
            errors.append(msg)
        else:
            errors.append(None)

    with open(sys.argv[1], newline='', encoding='utf-8') as f:
        rr = list(csv.reader(f))
    with open(sys.argv[2], newline='', encoding='utf-8') as f:
        tt = list(csv.reader(f))
    if rr[0] != REC_HEADER:
        err('records header mismatch: %r' % rr[0])
    if tt[0] != TRUTH_HEADER:
        err('truth header mismatch: %r' % tt[0])
    recs = {}
    order = []
    for ln, row in enumerate(rr[1:], 2):
        if len(row) != len(REC_HEADER):
            err('records line %d: %d fields' % (ln, len(row)))
            continue
        d = dict(zip(REC_HEADER, row))
        if d['id'] in recs:
            err('duplicate id %s' % d['id'])
        if not d['id']:
            err('records line %d: empty id' % ln)
        recs[d['id']] = d
        order.append(d['id'])
        bd = d['birth_date']
        if bd:
            if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', bd):
                err('line %d: bad birth_date %r' % (ln, bd))
            else:
                try:
                    date(int(bd[:4]), int(bd[5:7]), int(bd[8:]))
                except ValueError:
                    err('line %d: invalid calendar date %r' % (ln, bd))
        if d['birth_year'] and not re.fullmatch(r'\d{4}', d['birth_year']):
            err('line %d: bad birth_year %r' % (ln, d['birth_year']))
        if d['sex'] not in ('', 'M', 'F'):
            err('line %d: bad sex %r' % (ln, d['sex']))
        if d['citizenship'] and d['citizenship'] not in ISO3:
            err('line %d: bad citizenship %r' % (ln, d['citizenship']))
    truth = {}
    for ln, row in enumerate(tt[1:], 2):
        if len(row) != len(TRUTH_HEADER):
            err('truth line %d: %d fields' % (ln, len(row)))
            continue
        d = dict(zip(TRUTH_HEADER, row))
        if d['id'] in truth:
            err('truth duplicate id %s' % d['id'])
        truth[d['id']] = d
        if not d['person_id']:
            err('truth line %d: empty person_id' % ln)
    if set(truth) != set(recs):
        err('ids of records.csv and truth.csv differ')

    n = len(recs)
    by_person = defaultdict(list)
    for i in order:
        if i in truth:
            by_person[truth[i]['person_id']].append(i)
    fams = set(t['family_id'] for t in truth.values())
    dist = Counter(len(v) for v in by_person.values())
    true_pairs = sum(pairs(len(v)) for v in by_person.values())

    def year_of(d):
        if d['birth_year']:
            return d['birth_year']
        if d['birth_date']:
            return d['birth_date'][:4]
        return ''

    same_key = same_key_nonempty = same_year = both_year = 0
    for pid, ids in by_person.items():
        for a in range(len(ids)):
            ta = truth[ids[a]]
            ra = recs[ids[a]]
            for b in range(a + 1, len(ids)):
                tb = truth[ids[b]]
                rb = recs[ids[b]]
                if ta['name_key'] == tb['name_key']:
                    same_key += 1
                    if ta['name_key']:
                        same_key_nonempty += 1
                ya, yb = year_of(ra), year_of(rb)
                if ya and yb:
                    both_year += 1
                    if ya == yb:
                        same_year += 1
    # different people sharing name_key
    by_key = defaultdict(Counter)
    by_key_year = defaultdict(Counter)
    for i, t in truth.items():
        if t['name_key']:
            by_key[t['name_key']][t['person_id']] += 1
            y = year_of(recs[i])
            if y:
                by_key_year[(t['name_key'], y)][t['person_id']] += 1
    diff_key = 0
    for k, c in by_key.items():
        tot = sum(c.values())
        diff_key += pairs(tot) - sum(pairs(x) for x in c.values())
    diff_key_year = 0
    for k, c in by_key_year.items():
        tot = sum(c.values())
        diff_key_year += pairs(tot) - sum(pairs(x) for x in c.values())
    # different people of the same household sharing name_key (hard negatives)
    fam_key = defaultdict(Counter)
    for t in truth.values():
        if t['name_key']:
            fam_key[(t['family_id'], t['name_key'])][t['person_id']] += 1
    diff_key_fam = 0
    for k, c in fam_key.items():
        tot = sum(c.values())
        diff_key_fam += pairs(tot) - sum(pairs(x) for x in c.values())
    # birth-name consistency
    bkeys = defaultdict(set)
    for t in truth.values():
        bkeys[t['person_id']].add(t['birth_name_key'])
    bad_b = sum(1 for v in bkeys.values() if len(v) != 1)
    if bad_b:
        err('%d persons with non-constant birth_name_key' % bad_b)
    rec_is_birth = sum(1 for t in truth.values() if t['name_key'] == t['birth_name_key'])

    tags = Counter()
    for t in truth.values():
        if t['variations']:
            for x in t['variations'].split('|'):
                tags[x] += 1
    agencies = Counter(t['agency'] for t in truth.values())
    cits = Counter(r['citizenship'] for r in recs.values())

    def pct(a, b):
        return (100.0 * a / b) if b else 0.0

    print('== format ==')
    real_err = [e for e in errors if e]
    if real_err:
        for e in real_err:
            print('ERROR', e)
        if None in errors:
            print('ERROR ... more errors suppressed')
    else:
        print('OK: headers, unique ids, valid ISO dates, 4-digit years, sex M/F/empty, ISO alpha-3 codes')
    print('== population ==')
    print('records            %d' % n)
    print('people             %d' % len(by_person))
    print('households         %d' % len(fams))
    print('records per person mean %.3f  max %d' % (n / max(1, len(by_person)), max(dist) if dist else 0))
    print('  distribution     ' + '  '.join('%d:%d' % (k, dist[k]) for k in sorted(dist)))
    print('true pairs         %d' % true_pairs)
    print('  sharing name_key             %.1f%%  (non-empty key: %.1f%%)' % (
        pct(same_key, true_pairs), pct(same_key_nonempty, true_pairs)))
    print('  sharing birth year           %.1f%% of all true pairs; %.1f%% of pairs where both years known (%.1f%% have both)' % (
        pct(same_year, true_pairs), pct(same_year, both_year), pct(both_year, true_pairs)))
    print('different-person pairs sharing name_key          %d  (%.2f per true pair)' % (
        diff_key, diff_key / max(1, true_pairs)))
    print('  ... and also sharing birth year                %d' % diff_key_year)
    print('  ... within the same household (hard negatives) %d' % diff_key_fam)
    print('records whose name_key equals the birth_name_key %.1f%%' % pct(rec_is_birth, n))
    print('distinct name_keys %d; records with empty name_key %.2f%%' % (
        len(by_key), pct(sum(1 for t in truth.values() if not t['name_key']), n)))
    print('== fields ==')
    for fld in REC_HEADER[1:]:
        e = sum(1 for r in recs.values() if not r[fld])
        print('  %-20s empty %5.1f%%' % (fld, pct(e, n)))
    nonlat = sum(1 for r in recs.values() if any(ord(c) > 0x24F and c.isalpha() for c in r['given_names'] + r['family_names']))
    print('  name fields with non-Latin letters %.1f%%' % pct(nonlat, n))
    print('== agencies ==')
    print('  ' + '  '.join('%s:%.1f%%' % (a, pct(c, n)) for a, c in agencies.most_common()))
    print('== citizenship (top 30) ==')
    print('  ' + '  '.join('%s:%d' % (a or '(empty)', c) for a, c in cits.most_common(30)))
    print('== variation tags (share of records) ==')
    for k, c in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0])):
        print('  %-24s %6d  %6.2f%%' % (k, c, pct(c, n)))
    sys.exit(1 if real_err else 0)


if __name__ == '__main__':
    main()
