#!/usr/bin/env python3
"""Helper: conditional rates of variation tags per naming culture (for the README)."""
import sys, collections
import gen
n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
rows = gen.generate(n, int(sys.argv[2]) if len(sys.argv) > 2 else 52)
bycult = collections.Counter()
tagc = collections.defaultdict(collections.Counter)
for row, tr in rows:
    c = tr['_cult']
    bycult[c] += 1
    for t in tr['variations'].split('|'):
        if t:
            tagc[t][c] += 1
print('records per culture:', ' '.join('%s:%d' % kv for kv in bycult.most_common()))
for t in sorted(tagc):
    tot = sum(tagc[t].values())
    top = tagc[t].most_common(4)
    print('%-24s overall %6.2f%%   ' % (t, 100.0 * tot / n) +
          '  '.join('%s %.1f%%' % (c, 100.0 * k / bycult[c]) for c, k in top))
