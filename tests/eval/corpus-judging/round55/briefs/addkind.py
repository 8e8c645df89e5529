"""usage: python3 addkind.py ID KIND URL SOURCE TITLE TEXTFILE

Saves /work/restricted-eval/kinds55/docs/ID.md: front matter (title, url, source, kind) and the
excerpt in TEXTFILE exactly as the search returned it (tests/eval/reltools.py's page_file).
KIND: service, shop, research, appeal, glossary, or reference (patient information by a
health body, for contrast)."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # tests/eval
import reltools

KINDS = {"service", "shop", "research", "appeal", "glossary", "reference"}


def main(i: str, kind: str, url: str, source: str, title: str, text_file: str) -> None:
    assert kind in KINDS, kind
    path = f"/work/restricted-eval/kinds55/docs/{i}.md"
    assert not os.path.exists(path), path
    with open(text_file, encoding="utf-8", newline="") as f:
        text = f.read()
    page = reltools.page_file(title, url, source, text, (("kind", kind),))
    Path(path).write_text(page, encoding="utf-8")
    print("wrote", path, len(text))


if __name__ == "__main__":
    main(*sys.argv[1:7])
