#!/usr/bin/env python3
"""Self-check for gen.py output:  python3 check.py records.csv truth.csv [n_persons_sample] [seed]"""
import csv, sys, random, collections

rec_path, tru_path = sys.argv[1], sys.argv[2]
nsample = int(sys.argv[3]) if len(sys.argv) > 3 else 10
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
with open(rec_path, newline='', encoding='utf-8') as f:
    R = list(csv.DictReader(f))
with open(tru_path, newline='', encoding='utf-8') as f:
    T = {r['id']: r for r in csv.DictReader(f)}
assert len(R) == len(T)
ids = [r['id'] for r in R]
assert len(set(ids)) == len(ids), 'duplicate ids'
byp = collections.defaultdict(list)
for r in R:
    byp[T[r['id']]['person_id']].append(r['id'])
fams = collections.defaultdict(set)
for t in T.values():
    fams[t['family_id']].add(t['person_id'])
n = len(R)
pairs = sum(len(v) * (len(v) - 1) // 2 for v in byp.values())
print('records            %d' % n)
print('people             %d' % len(byp))
print('true pairs         %d' % pairs)
print('records/person     %.2f' % (n / len(byp)))
dist = collections.Counter(len(v) for v in byp.values())
print('records per person ' + ', '.join('%d:%d' % (k, dist[k]) for k in sorted(dist)))
sib = sum(len(v) for v in fams.values() if len(v) > 1)
print('people with a relative (sibling/parent) in data: %d (%.1f%%)' % (sib, 100.0 * sib / len(byp)))
# same-name different-person pairs
nk = collections.defaultdict(set)
for t in T.values():
    nk[t['name_key']].add(t['person_id'])
hard = sum(len(v) * (len(v) - 1) // 2 for v in nk.values())
print('pairs of different people sharing an identical name_key: %d' % hard)
same_key_pairs = 0
for v in byp.values():
    ks = [T[i]['name_key'] for i in v]
    same_key_pairs += sum(1 for a in range(len(ks)) for b in range(a + 1, len(ks)) if ks[a] == ks[b])
print('true pairs whose two records have identical name_key: %d (%.1f%%)' % (same_key_pairs, 100.0 * same_key_pairs / max(1, pairs)))
orig = sum(1 for r in R if r['full_name_original'])
scr = sum(1 for r in R if r['full_name_original'] and any(ord(c) > 0x400 for c in r['full_name_original']))
print('records with full_name_original: %.1f%%   with non-Latin original script: %.1f%%' % (100.0 * orig / n, 100.0 * scr / n))
only_orig = sum(1 for r in R if r['full_name_original'] and not r['given_names'] and not r['family_names'])
print('names only in full_name_original: %.1f%%' % (100.0 * only_orig / n))
print('empty birth_date: %.1f%%  empty birth_year: %.1f%%  empty sex: %.1f%%  empty citizenship: %.1f%%' % (
    100.0 * sum(1 for r in R if not r['birth_date']) / n, 100.0 * sum(1 for r in R if not r['birth_year']) / n,
    100.0 * sum(1 for r in R if not r['sex']) / n, 100.0 * sum(1 for r in R if not r['citizenship']) / n))
print('\nagency shares:')
ag = collections.Counter(t['agency'] for t in T.values())
for a, c in ag.most_common():
    print('  %-18s %5.1f%%' % (a, 100.0 * c / n))
print('\ncitizenship shares:')
ct = collections.Counter(r['citizenship'] for r in R)
print('  ' + ', '.join('%s %.1f%%' % (k or '(empty)', 100.0 * v / n) for k, v in ct.most_common(30)))
print('\nvariation tag rates (share of records carrying the tag):')
tc = collections.Counter()
for t in T.values():
    for x in set(filter(None, t['variations'].split(';'))):
        tc[x] += 1
groups = collections.defaultdict(list)
for k, v in tc.items():
    groups[k.split(':')[0]].append((k, v))
for g in sorted(groups):
    items = sorted(groups[g], key=lambda x: -x[1])
    print('  ' + '  '.join('%s %.2f%%' % (k, 100.0 * v / n) for k, v in items))
anytypo = sum(1 for t in T.values() if 'typo:' in t['variations'])
print('  records with >=1 typo: %.2f%%' % (100.0 * anytypo / n))
rng = random.Random(seed)
multi = [p for p, v in byp.items() if len(v) >= 3]
rng.shuffle(multi)
recmap = {r['id']: r for r in R}
print('\nsample of %d persons with >=3 registrations:' % nsample)
for p in multi[:nsample]:
    print('--- %s' % p)
    for i in byp[p]:
        r = recmap[i]
        t = T[i]
        print('  %-8s %-16s | %-28s | %-22s | %-30s | %-10s %-4s %s %s | %s | %s' % (
            i, t['agency'], r['given_names'], r['family_names'], r['full_name_original'], r['birth_date'],
            r['birth_year'], r['sex'], r['citizenship'], t['name_key'], t['variations']))
