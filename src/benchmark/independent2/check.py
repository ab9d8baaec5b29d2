#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Summary of a generated data set.   usage: python3 check.py records.csv truth.csv [n_sample] [seed]"""
import csv
import random
import re
import sys
from collections import Counter, defaultdict

HDR_R = ['id', 'given_names', 'family_names', 'full_name_original', 'birth_date', 'birth_year', 'sex', 'citizenship']
HDR_T = ['id', 'person_id', 'family_id', 'name_key', 'agency', 'variations']
DATE_RE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
YEAR_RE = re.compile(r'^\d{4}$')
CIT_RE = re.compile(r'^[A-Z]{3}$')


def main():
    rec_path, truth_path = sys.argv[1], sys.argv[2]
    nsample = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    import datetime
    recs = {}
    bad = Counter()
    with open(rec_path, encoding='utf-8', newline='') as f:
        rd = csv.reader(f)
        h = next(rd)
        if h != HDR_R:
            bad['records header'] += 1
        for row in rd:
            if len(row) != 8:
                bad['records: wrong field count'] += 1
                continue
            rid, g, fam, o, bd, by, sx, cit = row
            if rid in recs:
                bad['duplicate id'] += 1
            if bd:
                if not DATE_RE.match(bd):
                    bad['birth_date format'] += 1
                else:
                    try:
                        datetime.date(int(bd[:4]), int(bd[5:7]), int(bd[8:]))
                    except ValueError:
                        bad['birth_date invalid'] += 1
                    if by and by != bd[:4]:
                        bad['birth_year != year of birth_date'] += 1
            if by and not YEAR_RE.match(by):
                bad['birth_year format'] += 1
            if sx not in ('', 'M', 'F'):
                bad['sex'] += 1
            if cit and not CIT_RE.match(cit):
                bad['citizenship'] += 1
            if not (g.strip() or fam.strip() or o.strip()):
                bad['no name at all'] += 1
            recs[rid] = row
    truth = {}
    order = []
    with open(truth_path, encoding='utf-8', newline='') as f:
        rd = csv.reader(f)
        h = next(rd)
        if h != HDR_T:
            bad['truth header'] += 1
        for row in rd:
            truth[row[0]] = row
            order.append(row[0])
    if set(truth) != set(recs):
        bad['ids differ between files'] += 1
    by_p = defaultdict(list)
    by_f = defaultdict(set)
    tagc = Counter()
    agc = Counter()
    cits = Counter()
    for rid in order:
        t = truth[rid]
        by_p[t[1]].append(rid)
        by_f[t[2]].add(t[1])
        agc[t[4]] += 1
        for tg in t[5].split(';'):
            if tg:
                tagc[tg] += 1
        cits[recs[rid][7]] += 1
    # adjacency
    adj = sum(1 for a, b in zip(order, order[1:]) if truth[a][1] == truth[b][1])
    n = len(recs)
    sizes = Counter(len(v) for v in by_p.values())
    pairs = sum(len(v) * (len(v) - 1) // 2 for v in by_p.values())
    # pairs of records of different people that share everything (name fields, date, year, sex, citizenship)
    sig = defaultdict(set)
    for rid, r in recs.items():
        sig[(r[1].lower(), r[2].lower(), r[4], r[5], r[6], r[7])].add(truth[rid][1])
    shared = sum(1 for s, ps in sig.items() if len(ps) > 1)
    # looser: folded names + year + sex + citizenship, for records without a full date
    import unicodedata

    def norm(s):
        s = unicodedata.normalize('NFKD', s.replace('ı', 'i').replace('İ', 'I')).encode('ascii', 'ignore').decode().lower()
        return ' '.join(re.sub(r'[^a-z ]', ' ', s).split())
    sig2 = defaultdict(set)
    for rid, r in recs.items():
        if not r[4]:
            sig2[(norm(r[1]), norm(r[2]), r[5], r[6], r[7])].add(truth[rid][1])
    shared2 = sum(1 for s, ps in sig2.items() if len(ps) > 1)
    keyp = defaultdict(set)
    for rid in order:
        keyp[truth[rid][3]].add(truth[rid][1])
    key_multi = sum(1 for ps in keyp.values() if len(ps) > 1)
    same_key_pairs = 0
    for ps_rids in by_p.values():
        ks = Counter(truth[r][3] for r in ps_rids)
        same_key_pairs += sum(c * (c - 1) // 2 for c in ks.values())
    print('records            %d' % n)
    print('people             %d' % len(by_p))
    print('households         %d  (with >1 registered person: %d)' % (len(by_f), sum(1 for v in by_f.values() if len(v) > 1)))
    print('true pairs         %d  (of which same name_key: %d = %.1f%%)' % (pairs, same_key_pairs, 100.0 * same_key_pairs / max(1, pairs)))
    print('records/person     ' + '  '.join('%d:%d' % (k, sizes[k]) for k in sorted(sizes)))
    print('adjacent same-person rows: %d' % adj)
    print('validity problems: %s' % (dict(bad) if bad else 'none'))
    print('name_keys shared by >1 person: %d' % key_multi)
    print('exact register signatures (given, family, birth_date, birth_year, sex, citizenship; case-insensitive) shared by >1 person: %d' % shared)
    print('records without full date: (folded names, year, sex, citizenship) shared by >1 person: %d' % shared2)
    print('\nagencies:')
    for k, v in agc.most_common():
        print('  %-20s %7d  %5.1f%%' % (k, v, 100.0 * v / n))
    print('\ncitizenship (top 25):')
    print('  ' + '  '.join('%s:%d' % (k or '(empty)', v) for k, v in cits.most_common(25)))
    empt = Counter()
    for r in recs.values():
        for i, nm in enumerate(HDR_R[1:], 1):
            if not r[i].strip():
                empt[nm] += 1
    print('\nempty fields: ' + '  '.join('%s %.1f%%' % (k, 100.0 * empt[k] / n) for k in HDR_R[1:]))
    print('\nvariation tags (records carrying the tag):')
    fams = defaultdict(list)
    for k, v in tagc.items():
        fams[k.split(':')[0]].append((k, v))
    for fam in sorted(fams):
        items = sorted(fams[fam], key=lambda x: -x[1])
        print('  ' + fam + ': ' + '  '.join('%s %d (%.1f%%)' % (k.split(':', 1)[1], v, 100.0 * v / n) for k, v in items))
    # side by side sample
    rng = random.Random(seed)
    multi = [p for p, v in by_p.items() if len(v) >= 2]
    single = [p for p, v in by_p.items() if len(v) == 1]
    pick = rng.sample(multi, min(len(multi), nsample - 3)) + rng.sample(single, min(len(single), 3))
    print('\nsample of %d people (all their records):' % len(pick))
    for p in pick:
        rids = by_p[p]
        t0 = truth[rids[0]]
        print('\n== %s  household %s  (%d records)' % (p, t0[2], len(rids)))
        for rid in rids:
            r = recs[rid]
            t = truth[rid]
            print('  %s | %-28s | %-24s | %-34s | %-10s | %-4s | %-1s | %-3s | %-16s | %s' % (
                rid, r[1], r[2], r[3], r[4], r[5], r[6], r[7], t[4], t[3]))
            print('  %s   tags: %s' % (' ' * len(rid), t[5]))


if __name__ == '__main__':
    main()
