"""`medlint server`, driven as an editor drives it: a real server process, a small LSP
client over its standard input and output (tests/lspclient.py), a real project folder
with a configuration. One server serves the whole module (it takes seconds to warm up);
each test uses its own buffers."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import TODAY, cli
from .lspclient import LspClient

GOLDEN = Path(__file__).parent / "golden" / "server-diagnostics.json"
UPDATE = os.environ.get("MEDLINT_UPDATE_GOLDEN") == "1"
DISCLAIMER = "This article is for general information only and is not medical advice."

CONFIG = f"""\
[organization]
disclaimers = ["{DISCLAIMER}"]

[[per-file]]
files = ["drafts/*"]
ignore = ["claims.*"]
"""

# Characters outside the Basic Multilingual Plane (two UTF-16 code units each) before the
# claim on its line, so a range counted in code points would be off.
ARTICLE = """\
---
title: Leg cramps
dateModified: June 3, 2025
reviewStatus: approved
reviewedBy: "Dr Ana Núñez, MD"
---
# Leg cramps 🦵

Stretching 𝔸 helps 😀. This “miracle cure” guarantees results.

Talk to your doctor if cramps keep coming back. Get urgent help if one leg is swollen, \
warm and painful: it can be a deep vein thrombosis (DVT).
"""


def utf16_column(line: str, codepoints: int) -> int:
    return len(line[:codepoints].encode("utf-16-le")) // 2


def offset(text: str, position: dict[str, int]) -> int:
    """The string offset of an LSP position (UTF-16), computed independently of medlint."""
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: position["line"]])
    units = lines[position["line"]].encode("utf-16-le")[: 2 * position["character"]]
    return start + len(units.decode("utf-16-le"))


def apply(text: str, edits: list[dict[str, Any]]) -> str:
    placed = [
        (offset(text, e["range"]["start"]), offset(text, e["range"]["end"]), e) for e in edits
    ]
    for start, end, edit in sorted(placed, key=lambda p: p[0], reverse=True):
        text = text[:start] + edit["newText"] + text[end:]
    return text


def edits_of(action: dict[str, Any]) -> list[dict[str, Any]]:
    changes = action["edit"]["documentChanges"]
    assert len(changes) == 1
    return list(changes[0]["edits"])


class Session:
    """The module's server and the open buffers' text and versions."""

    def __init__(self, client: LspClient, project: Path, init: dict[str, Any]) -> None:
        self.client = client
        self.project = project
        self.init = init
        self.versions: dict[str, int] = {}

    def open(self, uri: str, text: str, language: str = "markdown") -> dict[str, Any]:
        self.versions[uri] = 1
        document = {"uri": uri, "languageId": language, "version": 1, "text": text}
        self.client.notify("textDocument/didOpen", {"textDocument": document})
        return self.diagnostics(uri, 1)

    def change(self, uri: str, text: str) -> int:
        self.versions[uri] += 1
        self.client.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": self.versions[uri]},
                "contentChanges": [{"text": text}],
            },
        )
        return self.versions[uri]

    def diagnostics(self, uri: str, version: int) -> dict[str, Any]:
        return dict(
            self.client.wait_for(
                "textDocument/publishDiagnostics",
                lambda p: p["uri"] == uri and p.get("version") == version,
            )
        )

    def actions(self, uri: str, where: dict[str, Any]) -> list[dict[str, Any]]:
        params = {"textDocument": {"uri": uri}, "range": where, "context": {"diagnostics": []}}
        return list(self.client.request("textDocument/codeAction", params) or [])


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    project = tmp_path_factory.mktemp("project")
    (project / ".medlint.toml").write_text(CONFIG, encoding="utf-8")
    (project / "drafts").mkdir()
    broken = project / "broken"
    broken.mkdir()
    (broken / ".medlint.toml").write_text("select = 3\n", encoding="utf-8")
    command = [sys.executable, "-m", "medlint", "server", "--today", TODAY.isoformat()]
    client = LspClient(command, project, tmp_path_factory.mktemp("logs") / "stderr.txt")
    capabilities = {"workspace": {"workspaceEdit": {"documentChanges": True}}}
    params = {"processId": os.getpid(), "rootUri": project.as_uri(), "capabilities": capabilities}
    init = client.request("initialize", params, timeout=120)
    client.notify("initialized", {})
    yield Session(client, project, init)
    assert client.close() == 0  # shutdown, then exit: a clean exit status


def by_code(published: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["code"]: d for d in published["diagnostics"] if "code" in d}


def test_initialize_announces_full_sync_actions_and_hover(session: Session) -> None:
    capabilities = session.init["capabilities"]
    assert capabilities["positionEncoding"] == "utf-16"
    assert capabilities["textDocumentSync"]["change"] == 1  # full: see lsp/server.py
    assert capabilities["hoverProvider"] is True
    assert "quickfix" in capabilities["codeActionProvider"]["codeActionKinds"]
    assert session.init["serverInfo"]["name"] == "medlint"


def test_diagnostics_on_open_and_change_with_utf16_ranges(session: Session) -> None:
    uri = (session.project / "leg-cramps.md").as_uri()  # never saved: linted from the buffer
    published = session.open(uri, ARTICLE)
    found = by_code(published)
    assert {"MED001", "MED101", "MED201"} <= set(found)
    claim = found["MED201"]
    line = ARTICLE.split("\n")[8]
    start = line.index("miracle cure")
    assert claim["range"] == {
        "start": {"line": 8, "character": utf16_column(line, start)},
        "end": {"line": 8, "character": utf16_column(line, start + len("miracle cure"))},
    }
    assert claim["range"]["start"]["character"] == start + 2  # two astral characters before
    assert claim["severity"] == 1 and claim["source"] == "medlint"
    assert claim["codeDescription"]["href"].endswith("/med201")
    assert "\nFix: " in claim["message"]
    published["uri"] = "leg-cramps.md"
    text = json.dumps(published, indent=2, ensure_ascii=False) + "\n"
    if UPDATE:
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8"), f"differs from {GOLDEN}"

    # Typing: three quick changes are linted once they settle; the claim is gone.
    calmer = ARTICLE.replace("This “miracle cure” guarantees results.", "It may help.")
    for text in (ARTICLE + "\n", ARTICLE, calmer):
        version = session.change(uri, text)
    assert "MED201" not in by_code(session.diagnostics(uri, version))


def test_configuration_of_the_file_applies(session: Session) -> None:
    claim = "<h1>Leg cramps</h1><p>This miracle cure guarantees results.</p>"
    draft = (session.project / "drafts" / "note.html").as_uri()
    assert "MED201" not in by_code(session.open(draft, claim, "html"))  # per-file ignore
    untitled = "untitled:Untitled-1"  # a plain-text buffer with no file: the working folder's
    found = by_code(session.open(untitled, "Leg cramps\n\nThis miracle cure works.\n", "plaintext"))
    assert "MED201" in found
    broken = (session.project / "broken" / "a.md").as_uri()
    (problem,) = session.open(broken, "# Leg cramps\n")["diagnostics"]
    assert "broken/.medlint.toml" in problem["message"] and "select" in problem["message"]


def test_code_actions_fix_and_suppress(session: Session) -> None:
    uri = (session.project / "actions.md").as_uri()
    found = by_code(session.open(uri, ARTICLE))
    at_date = session.actions(uri, found["MED001"]["range"])
    (fix,) = [a for a in at_date if "fix MED001" in a["title"]]
    # No suppression comment inside the front matter, where it would be text, not a comment.
    assert not [a for a in at_date if "disable" in a["title"]]
    assert fix["kind"] == "quickfix" and fix["isPreferred"] is True
    assert [e["newText"] for e in edits_of(fix)] == ["2025-06-03"]

    (disable,) = [
        a for a in session.actions(uri, found["MED201"]["range"]) if "disable" in a["title"]
    ]
    quiet = apply(ARTICLE, edits_of(disable))
    assert "<!-- medlint-disable-next-line MED201 -- " in quiet.split("\n")[8]
    after = by_code(session.diagnostics(uri, session.change(uri, quiet)))
    assert "MED201" not in after and not any(code.startswith("MED90") for code in after)

    (fix_all,) = [a for a in session.actions(uri, after["MED101"]["range"]) if "all" in a["title"]]
    fixed = apply(quiet, edits_of(fix_all))
    assert "dateModified: 2025-06-03" in fixed and fixed.rstrip().endswith(DISCLAIMER)
    on_disk = session.project / "fixed-by-the-cli.md"  # the same edits as `check --fix`
    on_disk.write_text(quiet, encoding="utf-8")
    cli("check", str(on_disk), "--fix", "--no-cache", "--today", TODAY.isoformat())
    assert on_disk.read_text(encoding="utf-8") == fixed
    remaining = by_code(session.diagnostics(uri, session.change(uri, fixed)))
    assert "MED001" not in remaining and "MED101" not in remaining


def test_hover_explains_the_rule(session: Session) -> None:
    uri = (session.project / "hover.md").as_uri()
    claim = by_code(session.open(uri, ARTICLE))["MED201"]
    hover = session.client.request(
        "textDocument/hover", {"textDocument": {"uri": uri}, "position": claim["range"]["start"]}
    )
    value = hover["contents"]["value"]
    assert "MED201" in value and "Why:" in value and "How to fix:" in value
    assert hover["range"] == claim["range"]
    nothing = {"textDocument": {"uri": uri}, "position": {"line": 6, "character": 2}}
    assert session.client.request("textDocument/hover", nothing) is None


def test_bad_input_does_not_end_the_server(session: Session) -> None:
    client = session.client
    client.send_bytes(b'{"jsonrpc": "2.0", "id": 99, "method": ')  # not JSON
    bad = client.call("textDocument/hover", {"textDocument": {"uri": 5}})  # no position
    assert bad["error"]["code"] == -32602  # invalid params: answered, not left pending
    assert "error" in client.call("medlint/no-such-method", {})
    client.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": "file:///nowhere.md", "version": 2}, "contentChanges": []},
    )
    hostile = "\ud800\x00<!-- medlint-disable-next-line -->" + "<div>" * 3000 + "\r\r\n"
    uri = (session.project / "hostile.html").as_uri()
    assert isinstance(session.open(uri, hostile, "html")["diagnostics"], list)
    # ... and the server still lints the next buffer.
    fine = (session.project / "fine.md").as_uri()
    assert "MED201" in by_code(session.open(fine, ARTICLE))


@pytest.mark.parametrize(
    ("text", "offset", "line", "utf16", "utf8"),
    [
        ("a😀b\nc", 2, 0, 3, 5),  # after the emoji: two UTF-16 units, four UTF-8 bytes
        ("x\r\ny", 3, 1, 0, 0),  # CRLF is one break
        ("x\r\ny", 1, 0, 1, 1),  # before \r: the end of line 0 ...
        ("x\r\ny", 2, 0, 1, 1),  # ... and between \r and \n too
        ("x\ry\u2028z", 4, 1, 2, 4),  # a lone CR breaks a line; U+2028 does not (LSP)
        ("\ud800a", 2, 0, 2, 4),  # a lone surrogate still has a position
    ],
)
def test_positions_follow_the_protocol(
    text: str, offset: int, line: int, utf16: int, utf8: int
) -> None:
    from medlint.lsp.positions import UTF8, UTF16, Buffer, Position

    assert Buffer(text, UTF16).position(offset) == Position(line, utf16)
    assert Buffer(text, UTF8).position(offset) == Position(line, utf8)
    round_trip = Buffer(text, UTF16).offset(Position(line, utf16))
    assert round_trip == (1 if text.startswith("x\r\n") and offset == 2 else offset)


def test_medlint_lines_map_to_offsets() -> None:
    from medlint.lsp.positions import Buffer, Position

    buffer = Buffer("a\rb\nc😀d")  # medlint splits at \n only: "c" is line 2, column 1
    assert buffer.from_medlint(2, 1) == 4
    assert buffer.position(buffer.from_medlint(2, 3)) == Position(2, 3)
    assert buffer.offset(Position(2, 2)) == 5  # inside the surrogate pair: its start


def test_other_commands_never_import_the_server_library() -> None:
    import subprocess

    probe = (
        "import sys; from medlint.cli import main; import medlint.engine; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
