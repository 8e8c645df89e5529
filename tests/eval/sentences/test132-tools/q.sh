#!/bin/sh
# sent132: URL check for the search results (chk.py) plus count of earlier URLs on the same host
python3 "$(dirname "$0")/chk.py" "$@"
for u in "$@"; do h=$(echo "$u" | sed -E 's#^https?://(www\.)?##; s#/.*##'); echo "  host $h earlier URLs: $(grep -c "^$h" "$(dirname "$0")/excl_norm.txt")"; done
