#!/bin/sh
# sent142: URL check plus how many excluded URLs share the host (domain reuse check)
D=$(cd "$(dirname "$0")" && pwd)
for u in "$@"; do
  h=$(echo "$u" | sed -E 's#^https?://(www\.)?##; s#/.*##' | tr A-Z a-z)
  n=$(grep -c "^$h\(/\|$\)" "$D/excl_norm.txt")
  echo "$(python3 $D/chk.py "$u" | cut -d' ' -f1,2) host-used:$n $u"
done
