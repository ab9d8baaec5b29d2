#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Summarise and validate an independent4 data set.

usage: python3 check.py records.csv truth.csv [n_sample_people]

Prints counts (records, people, true pairs, households, pairs sharing a
name_key and pairs sharing a birth_name_key ...), the rate of every variation
tag, format checks, a side-by-side sample of a few people's records, and a few
records whose name_key (names as written) differs from birth_name_key.
"""
import csv
import datetime
import re
import sys
from collections import Counter, defaultdict

REC_HEADER = ['id', 'given_names', 'family_names', 'full_name_original', 'birth_date', 'birth_year', 'sex',
              'citizenship']
TRUTH_HEADER = ['id', 'person_id', 'family_id', 'name_key', 'agency', 'variations', 'birth_name_key']
NT = len(TRUTH_HEADER)
DATE_RE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
YEAR_RE = re.compile(r'^\d{4}$')
CIT_RE = re.compile(r'^[A-Z]{3}$')


def pairs(c):
    return c * (c - 1) // 2


def bare(bkey):
    """birth_name_key in the form of name_key (role prefixes off, sorted set)."""
    return '+'.join(sorted(set(x.split(':', 1)[-1] for x in bkey.split('+') if x)))


def main(argv):
    if len(argv) < 3:
        sys.stderr.write('usage: python3 check.py records.csv truth.csv [n_sample_people]\n')
        return 2
    nsample = int(argv[3]) if len(argv) > 3 else 4
    problems = Counter()
    ids = set()
    n_rec = 0
    year_mismatch = 0
    empty = Counter()
    scripts = Counter()
    with open(argv[1], encoding='utf-8', newline='') as f:
        rd = csv.reader(f)
        hdr = next(rd)
        if hdr != REC_HEADER:
            problems['records header differs'] += 1
        for row in rd:
            n_rec += 1
            if len(row) != 8:
                problems['records row with %d columns' % len(row)] += 1
                continue
            rid, g, fam, orig, bd, by, sex, cit = row
            if not rid:
                problems['empty id'] += 1
            if rid in ids:
                problems['duplicate id'] += 1
            ids.add(rid)
            if bd and not DATE_RE.match(bd):
                problems['bad birth_date'] += 1
            if bd:
                try:
                    datetime.date(int(bd[:4]), int(bd[5:7]), int(bd[8:10]))
                except ValueError:
                    problems['impossible birth_date'] += 1
            if by and not YEAR_RE.match(by):
                problems['bad birth_year'] += 1
            if bd and by and bd[:4] != by:
                year_mismatch += 1
            if sex not in ('M', 'F', ''):
                problems['bad sex'] += 1
            if cit and not CIT_RE.match(cit):
                problems['bad citizenship'] += 1
            for name, v in (('given_names', g), ('family_names', fam), ('full_name_original', orig),
                            ('birth_date', bd), ('birth_year', by), ('sex', sex), ('citizenship', cit)):
                if not v:
                    empty[name] += 1
            for v in (g, fam, orig):
                for ch in v:
                    o = ord(ch)
                    if o >= 0x250:
                        if 0x400 <= o < 0x530:
                            scripts['Cyrillic'] += 1
                        elif 0x600 <= o < 0x700 or 0xFB50 <= o < 0xFF00:
                            scripts['Arabic/Persian/Urdu'] += 1
                        elif 0x10A0 <= o < 0x1100:
                            scripts['Georgian'] += 1
                        elif 0x1200 <= o < 0x1380:
                            scripts["Ge'ez"] += 1
                        else:
                            continue
                        break

    per_person = Counter()
    per_family = Counter()
    people_of_family = defaultdict(set)
    per_key = Counter()
    per_key_pid = Counter()
    per_bkey = Counter()
    per_bkey_pid = Counter()
    n_key_differs = 0
    n_key_empty = 0
    differ_sample = []
    per_agency = Counter()
    tags = Counter()
    tag_groups = Counter()
    truth_ids = set()
    n_truth = 0
    with open(argv[2], encoding='utf-8', newline='') as f:
        rd = csv.reader(f)
        hdr = next(rd)
        if hdr != TRUTH_HEADER:
            problems['truth header differs'] += 1
        for row in rd:
            n_truth += 1
            if len(row) != NT:
                problems['truth row with %d columns' % len(row)] += 1
                continue
            rid, pid, fid, key, ag, var, bkey = row
            truth_ids.add(rid)
            per_person[pid] += 1
            per_family[fid] += 1
            people_of_family[fid].add(pid)
            per_key[key] += 1
            per_key_pid[(key, pid)] += 1
            per_bkey[bkey] += 1
            per_bkey_pid[(bkey, pid)] += 1
            if not bkey:
                problems['empty birth_name_key'] += 1
            if not key:
                n_key_empty += 1
            if key != bare(bkey):
                n_key_differs += 1
                if len(differ_sample) < 4000:
                    differ_sample.append(row)
            per_agency[ag.split('_PD_')[0] + ('_PD_xx' if '_PD_' in ag else '') if not ag.startswith('CONSULATE_')
                       else 'CONSULATE_xxx'] += 1
            if var:
                seen = set()
                for t in var.split(';'):
                    tags[t] += 1
                    g = t.split(':')[0]
                    if g not in seen:
                        tag_groups[g] += 1
                        seen.add(g)
    missing = len(ids - truth_ids)
    extra = len(truth_ids - ids)
    if missing:
        problems['records without truth'] += missing
    if extra:
        problems['truth rows without record'] += extra

    true_pairs = sum(pairs(c) for c in per_person.values())
    key_pairs = sum(pairs(c) for c in per_key.values())
    key_true = sum(pairs(c) for c in per_key_pid.values())
    bkey_pairs = sum(pairs(c) for c in per_bkey.values())
    bkey_true = sum(pairs(c) for c in per_bkey_pid.values())
    fam_pairs = sum(pairs(c) for c in per_family.values())
    multi_fam = sum(1 for s in people_of_family.values() if len(s) > 1)
    dist = Counter(per_person.values())

    print('== counts')
    print('records                     %d' % n_rec)
    print('truth rows                  %d' % n_truth)
    print('people                      %d' % len(per_person))
    print('records per person (mean)   %.3f' % (n_rec / float(max(1, len(per_person)))))
    print('records-per-person histogram ' + ', '.join('%d:%d' % (k, dist[k]) for k in sorted(dist)))
    print('true pairs (same person)    %d' % true_pairs)
    print('households (family_id)      %d  (with >1 person: %d)' % (len(per_family), multi_fam))
    print('pairs within a household    %d  (of which different people: %d)' % (fam_pairs, fam_pairs - true_pairs))
    print("name_key = names as written in the record; birth_name_key = the person's true (birth) names")
    print('distinct name_keys          %d  (birth_name_keys: %d)' % (len(per_key), len(per_bkey)))
    print('records whose written names differ from the birth names  %d (%.1f%%), empty name_key %d' % (
        n_key_differs, 100.0 * n_key_differs / max(1, n_truth), n_key_empty))
    print('pairs sharing a name_key         %d  (same person: %d, different people: %d)' % (
        key_pairs, key_true, key_pairs - key_true))
    print('pairs sharing a birth_name_key   %d  (same person: %d, different people: %d)' % (
        bkey_pairs, bkey_true, bkey_pairs - bkey_true))
    print('true pairs sharing a name_key       %d of %d (%.1f%%)' % (
        key_true, true_pairs, 100.0 * key_true / max(1, true_pairs)))
    print('true pairs sharing a birth_name_key %d of %d (%.1f%%)' % (
        bkey_true, true_pairs, 100.0 * bkey_true / max(1, true_pairs)))
    print('birth_date/birth_year disagree  %d' % year_mismatch)
    print()
    print('== format checks')
    if problems:
        for k, v in sorted(problems.items()):
            print('PROBLEM %-32s %d' % (k, v))
    else:
        print('ok: headers, 8/7 columns, unique non-empty ids, ISO dates, 4-digit years, sex, alpha-3, every record in truth')
    print()
    print('== empty fields (share of records)')
    for k in REC_HEADER[1:]:
        print('  %-20s %6.2f%%' % (k, 100.0 * empty[k] / max(1, n_rec)))
    print('== records with non-Latin script somewhere in the name fields')
    for k, v in scripts.most_common():
        print('  %-20s %6.2f%%' % (k, 100.0 * v / max(1, n_rec)))
    print()
    print('== agencies')
    for k, v in per_agency.most_common():
        print('  %-28s %6.2f%%' % (k, 100.0 * v / max(1, n_truth)))
    print()
    print('== variation tag groups (share of records with at least one tag of the group)')
    for k, v in tag_groups.most_common():
        print('  %-12s %6.2f%%' % (k, 100.0 * v / max(1, n_truth)))
    print()
    print('== variation tags (share of records)')
    for k, v in sorted(tags.items(), key=lambda kv: (kv[0].split(':')[0], -kv[1])):
        print('  %-44s %7.3f%%  (%d)' % (k, 100.0 * v / max(1, n_truth), v))
    print()

    # ---- side-by-side sample: a few people with several records, plus a household
    chosen = []
    for pid, c in sorted(per_person.items()):
        if c >= 4:
            chosen.append(pid)
        if len(chosen) >= nsample:
            break
    fam_pick = None
    for fid, s in sorted(people_of_family.items()):
        if len(s) >= 3:
            fam_pick = fid
            break
    want = set(chosen)
    rows_t = {}
    with open(argv[2], encoding='utf-8', newline='') as f:
        rd = csv.reader(f)
        next(rd)
        for row in rd:
            if len(row) == NT and (row[1] in want or row[2] == fam_pick):
                rows_t[row[0]] = row
    rows_r = {}
    with open(argv[1], encoding='utf-8', newline='') as f:
        rd = csv.reader(f)
        next(rd)
        for row in rd:
            if row and row[0] in rows_t:
                rows_r[row[0]] = row

    def show(title, rids):
        print(title)
        for rid in sorted(rids, key=lambda x: (rows_t[x][1], rows_t[x][4], x)):
            t = rows_t[rid]
            r = rows_r.get(rid, [rid] + [''] * 7)
            print('  %-9s %-9s | %-26.26s | %-24.24s | %-30.30s | %-10s %-4s %-1s %-3s | %-22.22s | %-34s | %s' % (
                rid, t[1], r[1], r[2], r[3], r[4], r[5], r[6], r[7], t[4], t[3], t[5]))
        print()

    print('== sample people (id person | given | family | original | date year sex cit | agency | name_key | '
          'variations; the title line shows the birth_name_key)')
    for pid in chosen:
        rids = [rid for rid, t in rows_t.items() if t[1] == pid]
        show('-- %s  %s' % (pid, rows_t[rids[0]][6]), rids)
    if fam_pick:
        rids = [rid for rid, t in rows_t.items() if t[2] == fam_pick]
        show('-- household %s (different people, same family)' % fam_pick, rids)

    # ---- records whose written names differ from the birth names: one per kind of change
    reasons = ('alias:false_identity', 'name:married_name', 'name:naturalised_turkish_surname',
               'name:surname_suffix_changed', 'name:family_missing', 'name:placeholder', 'name:father_added',
               'name:father_as_family', 'name:patronymic_added', 'name:second_given_dropped',
               'name:first_given_dropped', 'name:honorific', 'name:kunya', 'name:nickname',
               'name:grandfather_in_family', 'name:chain_shifted')
    pick_d = []
    for reason in reasons:
        for row in differ_sample:
            if reason in row[5].split(';') and row not in pick_d:
                pick_d.append(row)
                break
    want_d = set(row[0] for row in pick_d)
    recs_d = {}
    with open(argv[1], encoding='utf-8', newline='') as f:
        rd = csv.reader(f)
        next(rd)
        for row in rd:
            if row and row[0] in want_d:
                recs_d[row[0]] = row
    print('== records whose name_key differs from birth_name_key (one per kind of change)')
    print('  (id | given | family | name_key | birth_name_key | variations)')
    for t in pick_d:
        r = recs_d.get(t[0], [t[0]] + [''] * 7)
        print('  %-9s | %-28.28s | %-22.22s | %-36s | %-36s | %s' % (t[0], r[1], r[2], t[3], t[6], t[5]))
    print()
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
