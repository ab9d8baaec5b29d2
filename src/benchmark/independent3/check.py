#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Summary of a generated register.  usage: python3 check.py records.csv truth.csv [n_sample_people]"""
import csv
import sys
import random
from collections import Counter, defaultdict


def main():
    rp, tp = sys.argv[1], sys.argv[2]
    nsample = int(sys.argv[3]) if len(sys.argv) > 3 else 6
    with open(rp, encoding='utf-8', newline='') as f:
        rd = csv.reader(f)
        hdr = next(rd)
        assert hdr == ['id', 'given_names', 'family_names', 'full_name_original', 'birth_date',
                       'birth_year', 'sex', 'citizenship'], hdr
        recs = {r[0]: r for r in rd}
    with open(tp, encoding='utf-8', newline='') as f:
        rd = csv.reader(f)
        hdr = next(rd)
        assert hdr == ['id', 'person_id', 'family_id', 'name_key', 'agency', 'variations'], hdr
        truth = {r[0]: r for r in rd}
    assert set(recs) == set(truth), 'id sets differ'
    n = len(recs)
    by_person = defaultdict(list)
    fam_people = defaultdict(set)
    tagc = Counter()
    agc = Counter()
    keyc = Counter()
    key_person = Counter()
    for rid, t in truth.items():
        by_person[t[1]].append(rid)
        fam_people[t[2]].add(t[1])
        agc[t[4].split(':')[0]] += 1
        keyc[t[3]] += 1
        key_person[(t[3], t[1])] += 1
        for tag in set(t[5].split(';')):
            if tag:
                tagc[tag] += 1
    people = len(by_person)
    pairs = sum(len(v) * (len(v) - 1) // 2 for v in by_person.values())
    with_sib = sum(1 for p, ids in by_person.items() if len(fam_people[truth[ids[0]][2]]) > 1)
    same_key_pairs = sum(c * (c - 1) // 2 for c in keyc.values())
    same_key_same_person = sum(c * (c - 1) // 2 for c in key_person.values())
    print('records                    %d' % n)
    print('people                     %d' % people)
    print('households (family_id)     %d' % len(fam_people))
    print('true pairs (same person)   %d' % pairs)
    print('people with a sibling/parent in the data  %.1f%%  (%d)' % (100.0 * with_sib / people, with_sib))
    hist = Counter(len(v) for v in by_person.values())
    print('records per person         ' + '  '.join('%d:%d' % (k, hist[k]) for k in sorted(hist)))
    print('distinct name_keys         %d' % len(keyc))
    print('record pairs with equal name_key          %d' % same_key_pairs)
    print('  ... of which same person                %d  (%.1f%% of true pairs)'
          % (same_key_same_person, 100.0 * same_key_same_person / max(1, pairs)))
    print('  ... of which different people           %d' % (same_key_pairs - same_key_same_person))
    # field fill rates
    print('\nfield fill rates:')
    names = ['given_names', 'family_names', 'full_name_original', 'birth_date', 'birth_year', 'sex', 'citizenship']
    for i, nm in enumerate(names, 1):
        filled = sum(1 for r in recs.values() if r[i])
        print('  %-20s %5.1f%%' % (nm, 100.0 * filled / n))
    scripts = Counter()
    for r in recs.values():
        s = ' '.join(r[1:4])
        found = set()
        for ch in s:
            o = ord(ch)
            if 0x0600 <= o <= 0x06FF:
                found.add('arabic/persian')
            elif 0x0400 <= o <= 0x04FF:
                found.add('cyrillic')
            elif 0x10A0 <= o <= 0x10FF:
                found.add('georgian')
            elif ch.isalpha() and o < 0x0250:
                found.add('latin')
        for x in found:
            scripts[x] += 1
    print('\nrecords containing script: ' + ', '.join('%s %.1f%%' % (k, 100.0 * v / n) for k, v in scripts.most_common()))
    print('\nagencies:')
    for a, c in agc.most_common():
        print('  %-14s %6d  %5.1f%%' % (a, c, 100.0 * c / n))
    cit = Counter(t[1] for t in recs.values())
    cit = Counter()
    for r in recs.values():
        cit[r[7] or '(empty)'] += 1
    print('\ncitizenship field: ' + ', '.join('%s %d' % kv for kv in cit.most_common(25)))
    print('\nvariation tags (share of records carrying the tag):')
    for tag, c in sorted(tagc.items(), key=lambda kv: -kv[1]):
        print('  %-28s %6d  %5.1f%%' % (tag, c, 100.0 * c / n))
    # side by side sample
    rng = random.Random(7)
    multi = sorted(p for p, v in by_person.items() if len(v) >= 3)
    sample = rng.sample(multi, min(nsample, len(multi)))
    hn = sorted(p for p, v in by_person.items() if len(fam_people[truth[v[0]][2]]) > 1)
    if hn:
        fam = truth[by_person[rng.choice(hn)][0]][2]
        sample += sorted(fam_people[fam])
    print('\nsample people (records side by side):')
    for p in sample:
        ids = sorted(by_person[p])
        t0 = truth[ids[0]]
        print('\n%s  household %s' % (p, t0[2]))
        for rid in ids:
            r = recs[rid]
            t = truth[rid]
            print('  %s | %-22s | %-22s | %-30s | %-10s | %-4s | %s | %-7s | %-14s | %s'
                  % (rid, r[1], r[2], r[3], r[4], r[5], r[6] or '-', r[7], t[4], t[3]))
            print('  %s   tags: %s' % (' ' * len(rid), t[5]))


if __name__ == '__main__':
    main()
