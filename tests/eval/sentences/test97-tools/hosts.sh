# sent97: URL check plus count of earlier URLs on the same host in the exclusion list (written anew; dom.sh not opened)
python3 chk.py "$@"
for u in "$@"; do h=$(echo "$u" | sed -E 's#^https?://(www\.)?##; s#/.*##' | tr A-Z a-z); printf '  host %s earlier URLs: %s\n' "$h" "$(grep -c "^$h/\|^$h\$" excl_norm.txt)"; done
