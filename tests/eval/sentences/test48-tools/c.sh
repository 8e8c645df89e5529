#!/bin/sh
# sent48 (round 33, brief LABEL33-SENT.md): copied from test47-tools with names changed mechanically (sent47->sent48, test47/dev47->test48/dev48, s47- -> s48-, fresh-web-47/web-dev-47 -> -48, rf47->rf48); earlier comments keep their wording after the rename.
# sent48: chk.py plus a look for the domain in the exclusion list (distinct domains, not used before)
D=$(cd "$(dirname "$0")" && pwd)
for u in "$@"; do
  python3 "$D/chk.py" "$u" | tr '\n' ' '
  d=$(echo "$u" | sed -E 's#^https?://##; s#/.*##; s#^www\.##')
  r=$(echo "$d" | awk -F. '{print $(NF-1)}')
  echo "dom=$d reg=$r used=$(grep -c -F "$r." "$D/excl_norm.txt") hostused=$(grep -c "^$d" "$D/excl_norm.txt") mine=$(grep -h -c -F "$r." "$D"/batches/b*.py 2>/dev/null | paste -sd+ | bc)"
done
