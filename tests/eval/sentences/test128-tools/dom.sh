#!/bin/sh
# sent128 (round 50, brief LABEL50-SENT.md, NN=128, parallel set s127 built at the same time): copied from test85-tools (without batches/, build.log, stats.txt, urls.txt), names changed mechanically (sent85->sent128, test85/dev85->test128/dev128, s85- -> s128-, fresh-web-85/web-dev-85 -> -128, rf85->rf128, /work/wt/s85 -> /work/wt/s128); make_excl.sh PAR=[127], OLD=126..72; ck.py's registered-name letter check removed (not in this brief); batches/lib.py written anew (test85-tools batch files were not opened).
# sent128: URL check plus how many excluded URLs share the host (domain reuse check)
D=$(cd "$(dirname "$0")" && pwd)
for u in "$@"; do
  h=$(echo "$u" | sed -E 's#^https?://(www\.)?##; s#/.*##' | tr A-Z a-z)
  n=$(grep -c "^$h\(/\|$\)" "$D/excl_norm.txt")
  echo "$(python3 $D/chk.py "$u" | cut -d' ' -f1,2) host-used:$n $u"
done
