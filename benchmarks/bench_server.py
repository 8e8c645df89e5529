"""How fast does `medlint server` re-lint a typical article after an edit?

One server process (the real one, over stdio, driven by tests/lspclient.py) opens the
article; then, ``--runs`` times, the buffer is edited (a word added to a paragraph) and
the time to the publishDiagnostics of that version is measured two ways:

  - "re-lint after an edit": didChange then didSave at once (a save lints without the
    debounce), so the figure is the lint and the protocol;
  - "typing": didChange alone, which waits for the debounce (server.DEBOUNCE) first: what
    a writer sees after the last keystroke.

In the same run, alternating: `python -c "import spacy"` and the one-file CLI run
`medlint check ARTICLE --no-cache` (what a writer without the server pays per check), and
`python -c "from pygls.lsp.server import LanguageServer"` (the library's import, paid once
per server start). Medians of wall-clock seconds, each also as a ratio to `import spacy`
and the re-lint as a ratio to the CLI run.

    python benchmarks/bench_server.py [ARTICLE] [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.lspclient import LspClient  # noqa: E402

from medlint.lsp.server import DEBOUNCE  # noqa: E402

DEFAULT = ROOT / "examples" / "thigh-cramps-missing-red-flags.md"


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def edited(text: str, i: int) -> str:
    """The article with one word added to its last paragraph (a different one each run)."""
    cut = text.rstrip().rfind(".")
    return text[:cut] + f" again{i}" + text[cut:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(DEFAULT))
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    article = Path(args.article).resolve()
    text = article.read_text(encoding="utf-8")
    medlint = shutil.which("medlint") or f"{Path(sys.executable).parent}/medlint"
    work = Path(tempfile.mkdtemp(prefix="bench-server-"))
    client = LspClient([medlint, "server"], article.parent, work / "stderr.txt")
    started = time.perf_counter()
    client.request("initialize", {"processId": None, "capabilities": {}}, timeout=300)
    client.notify("initialized", {})
    uri = article.as_uri()
    opened = {"uri": uri, "languageId": "markdown", "version": 1, "text": text}
    client.notify("textDocument/didOpen", {"textDocument": opened})

    def published(version: int) -> None:
        client.wait_for(
            "textDocument/publishDiagnostics",
            lambda p: p["uri"] == uri and p.get("version") == version,
            timeout=300,
        )

    published(1)
    first = time.perf_counter() - started
    times: dict[str, list[float]] = {
        "import spacy": [],
        "import pygls (LanguageServer)": [],
        "one-file CLI run (check --no-cache)": [],
        "server: re-lint after an edit": [],
        f"server: typing (incl. {DEBOUNCE} s debounce)": [],
    }
    version = 1
    for _ in range(args.runs):
        times["import spacy"].append(wall([sys.executable, "-c", "import spacy"]))
        pygls = "from pygls.lsp.server import LanguageServer"
        times["import pygls (LanguageServer)"].append(wall([sys.executable, "-c", pygls]))
        check = [medlint, "check", str(article), "--no-cache"]
        times["one-file CLI run (check --no-cache)"].append(wall(check))
        for key, save in (
            ("server: re-lint after an edit", True),
            (f"server: typing (incl. {DEBOUNCE} s debounce)", False),
        ):
            version += 1
            change = {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"text": edited(text, version)}],
            }
            start = time.perf_counter()
            client.notify("textDocument/didChange", change)
            if save:
                client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
            published(version)
            times[key].append(time.perf_counter() - start)
    client.close()
    medians = {k: statistics.median(v) for k, v in times.items()}
    spacy = medians["import spacy"]
    cli = medians["one-file CLI run (check --no-cache)"]
    print(f"{article.name} ({len(text):,} characters), medians of {args.runs} runs")
    print(f"{'':44} {'seconds':>8} {'x spacy':>8} {'x CLI':>7}")
    for key, value in medians.items():
        print(f"{key:44} {value:8.3f} {value / spacy:8.2f} {value / cli:7.3f}")
    print(f"server start to the first diagnostics (warm-up included): {first:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
