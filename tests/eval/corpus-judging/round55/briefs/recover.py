"""usage: python3 recover.py SET ID TEXTFILE

Rebuilds /work/restricted-eval/reliabilitySET/docs/ID.md from the page's recorded front matter
(/work/recover/relSET.jsonl) and the excerpt in TEXTFILE (exactly as the `pages` search returned
it), and keeps it only when its sha256 matches the recorded one. Prints OK or MISMATCH. The
file is built by tests/eval/reltools.py's page_file, which wrote every stored page."""

import hashlib
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # tests/eval
import reltools


def main(s: str, i: str, text_file: str) -> int:
    lines = Path(f"/work/recover/rel{s}.jsonl").read_text(encoding="utf-8").splitlines()
    rows = {json.loads(line)["id"]: json.loads(line) for line in lines}
    r = rows[i]
    with open(text_file, encoding="utf-8", newline="") as f:
        text = f.read()
    for t in (text, text.replace("\r\n", "\n"), text.strip(), text.lstrip("\n")):
        data = reltools.page_file(r["title"], r["url"], r["source"], t).encode("utf-8")
        if hashlib.sha256(data).hexdigest() == r["sha256"]:
            folder = f"/work/restricted-eval/reliability{s}/docs"
            os.makedirs(folder, exist_ok=True)
            Path(folder, i + ".md").write_bytes(data)
            print("OK", i, len(data))
            return 0
    print("MISMATCH", i, "chars", len(text), "- re-check the excerpt character for character")
    return 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
