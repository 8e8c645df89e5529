"""Bytes to text like a browser (HTML) or an editor (Markdown, text): real files on disk."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest

from medlint.engine import Linter, Options
from medlint.parsing import parse
from medlint.reading import decode, garbled, kind_of, read_document

TODAY = dt.date(2026, 1, 1)
BODY = "Café au lait spots — “neurofibromatosis” · naïve"


def _html(head: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>Spots</title></head><body><p>{BODY}</p>"


@pytest.mark.parametrize(
    ("head", "encoding", "how"),
    [
        ('<meta charset="iso-8859-1">', "windows-1252", "meta charset"),
        ("<meta charset=latin1>", "windows-1252", "meta charset"),
        ('<meta charset="US-ASCII">', "windows-1252", "meta charset"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
            "windows-1252",
            "http-equiv",
        ),
        ("", "windows-1252", "default"),
    ],
)
def test_legacy_html_is_read_as_windows_1252(
    tmp_path: Path, head: str, encoding: str, how: str
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(_html(head).encode("cp1252"))
    decoded = decode(page.read_bytes(), kind_of(str(page)))
    assert (decoded.encoding, decoded.how, decoded.problem) == (encoding, how, None)
    assert decoded.text is not None and BODY in decoded.text


def test_undeclared_utf8_html_stays_utf8(tmp_path: Path) -> None:
    page = tmp_path / "page.htm"
    page.write_bytes(_html("").encode("utf-8"))
    decoded = decode(page.read_bytes(), "html")
    assert (decoded.encoding, decoded.how) == ("utf-8", "default")
    assert decoded.text == _html("")


def test_bom_wins_over_a_declaration() -> None:
    data = codecs.BOM_UTF8 + _html('<meta charset="windows-1252">').encode("utf-8")
    decoded = decode(data, "html")
    assert (decoded.encoding, decoded.how) == ("utf-8", "bom")
    assert decoded.text == _html('<meta charset="windows-1252">')


def test_a_declaration_in_a_comment_or_after_1024_bytes_does_not_count() -> None:
    commented = _html('<!-- <meta charset="koi8-r"> -->').encode("utf-8")
    assert decode(commented, "html").encoding == "utf-8"
    late = _html(" " * 1100 + '<meta charset="koi8-r">').encode("utf-8")
    assert decode(late, "html").how == "default"


def test_a_page_declaring_utf16_in_ascii_is_utf8() -> None:
    decoded = decode(_html('<meta charset="utf-16">').encode("utf-8"), "html")
    assert decoded.encoding == "utf-8"
    assert decoded.text == _html('<meta charset="utf-16">')


@pytest.mark.parametrize(
    ("codec", "name"),
    [
        ("utf-16", "utf-16le"),
        ("utf-16-be", "utf-16be"),
        ("utf-32", "utf-32le"),
        ("utf-32-be", "utf-32be"),
        ("utf-8-sig", "utf-8"),
    ],
)
@pytest.mark.parametrize("suffix", [".md", ".txt", ".html"])
def test_unicode_with_a_bom_is_decoded_exactly(
    tmp_path: Path, codec: str, name: str, suffix: str
) -> None:
    text = "# Spots\n\n" + BODY + "\n"
    data = text.encode(codec)
    if codec in ("utf-16-be", "utf-32-be"):
        data = "\ufeff".encode(codec) + data
    path = tmp_path / f"a{suffix}"
    path.write_bytes(data)
    decoded = decode(path.read_bytes(), kind_of(str(path)))
    assert (decoded.text, decoded.encoding, decoded.how) == (text, name, "bom")


def test_utf32_is_never_read_as_utf16() -> None:
    decoded = decode("# Spots\n".encode("utf-32"), "markdown")
    assert decoded.text == "# Spots\n"
    assert decoded.encoding == "utf-32le"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (
            "# Café\n".encode("cp1252"),
            "is not valid UTF-8: byte 0xe9 at line 1 (offset 5) (it "
            "looks like windows-1252 or ISO-8859-1); save the file as UTF-8",
        ),
        (
            "# Spots on the skin\n".encode("utf-16-le"),
            "looks like UTF-16 LE text without a byte-order mark",
        ),
        (
            "# Spots on the skin\n".encode("utf-32-be"),
            "looks like UTF-32 BE text without a byte-order mark",
        ),
        (
            codecs.BOM_UTF16_LE + b"\x00\xd8",
            "starts with a UTF-16 LE byte-order mark but is not valid UTF-16 LE",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
    ],
)
def test_markdown_that_is_not_unicode_is_a_clear_problem(data: bytes, problem: str) -> None:
    decoded = decode(data, "markdown")
    assert decoded.text is None
    assert decoded.problem is not None and decoded.problem.startswith(problem)


# A .mobi e-book a converter saved as text (the shape of the corpus's "Coping with Advanced
# Cancer"): its header words survive, its binary bytes became U+FFFD.
_CONVERTED = (
    "---\ntitle: ''\n---\n\n# \n\nCoping_with_Advanced_Cancer \ufffd\ufffdeV BOOKMOBI "
    + " ".join("\ufffd" * (i % 3 + 1) + "x" for i in range(40))
    + "\n"
)


@pytest.mark.parametrize("kind", ["markdown", "html", "text"])
def test_a_binary_file_converted_to_text_is_a_clear_problem(kind: str) -> None:
    decoded = decode(_CONVERTED.encode("utf-8"), kind)
    assert decoded.text is None
    assert decoded.problem is not None
    assert decoded.problem.startswith("looks like a binary file converted to text (81 replacement")


def test_a_few_stray_replacement_characters_are_read() -> None:
    """A page with some undecodable bytes is still an article: fewer than GARBLED_MIN, or
    fewer than one in GARBLED_SHARE of its visible characters."""
    few = "# Cramps\n\n" + "Stretch the calf \ufffd gently. " * 15
    assert decode(few.encode("utf-8"), "markdown").text == few  # 15 replacements
    many = "# Cramps\n\n" + "Stretch the calf muscle gently and hold \ufffd. " * 40
    assert decode(many.encode("utf-8"), "markdown").text == many  # 40 in about 1,400


def test_a_legacy_page_declared_utf8_is_read_not_refused_as_binary() -> None:
    """A Spanish page in windows-1252 that declares UTF-8: the lenient decode makes a U+FFFD of
    every accented letter (141 here), but the file holds none, so it is read as before."""
    page = (
        '<html><head><meta charset="utf-8"><title>Año</title></head><body><p>'
        + "Niño pequeño está enfermo, qué hacer después: ácido, vacunación. " * 20
        + "</p></body></html>"
    )
    decoded = decode(page.encode("cp1252"), "html")
    assert decoded.problem is None and decoded.text is not None
    assert decoded.text.count("\ufffd") == 141


def test_garbled_counts_only_visible_characters() -> None:
    assert garbled("\ufffd" * 16 + " " * 10_000) is not None  # whitespace does not dilute it
    assert garbled("\ufffd" * 15) is None


def test_kind_of_sniffs_unknown_suffixes() -> None:
    assert kind_of("page.HTM") == "html"
    assert kind_of("-", b"\xef\xbb\xbf<!DOCTYPE html><html>") == "html"
    assert kind_of("-", b"---\ntitle: x\n---\n") == "markdown"


def test_a_legacy_page_is_linted_not_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(_html('<meta charset="iso-8859-1">').encode("cp1252"))
    result, _ = Linter(Options(today=TODAY)).lint_file(str(page))
    assert "MED900" not in [v.code for v in result.violations]
    decoded = decode(page.read_bytes(), "html")
    assert decoded.text is not None
    assert BODY in parse(str(page), decoded.text).masked


def test_linting_a_legacy_markdown_file_is_one_med900(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_bytes("# Café\n\nText.\n".encode("cp1252"))
    result, _ = Linter(Options(today=TODAY)).lint_file(str(article))
    assert [v.code for v in result.violations] == ["MED900"]
    assert "not valid UTF-8" in result.violations[0].message


def test_read_document_records_the_encoding_and_why(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    head = '<meta http-equiv="Content-Type" content="text/html; charset=latin1">'
    page.write_bytes(_html(head).encode("cp1252"))
    document, decoded = read_document(str(page), page.read_bytes())
    assert document is not None
    assert (document.encoding, document.encoding_how) == ("windows-1252", "http-equiv")
    assert " ".join(document.masked.split()) == BODY
    article = tmp_path / "a.md"
    article.write_bytes(b"# Caf\xe9\n")
    document, decoded = read_document(str(article), article.read_bytes())
    assert document is None and decoded.problem is not None


def test_standard_input_is_decoded_like_a_file_of_its_name() -> None:
    """stdin bytes go through the same sniffing as a file (not the terminal's locale)."""
    import subprocess
    import sys

    page = (
        b'<html><head><meta charset="iso-8859-1"></head><body><h1>Caf\xe9 cramps</h1>'
        b"<p>This tea cures arthritis.</p></body></html>"
    )
    run = subprocess.run(
        [sys.executable, "-m", "medlint", "check", "-", "--stdin-filename", "a.html",
         "--select", "MED201", "--no-cache", "-f", "json"],
        input=page, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr
    assert b"MED201" in run.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "medlint", "check", "-", "--stdin-filename", "a.md"],
        input=b"x\xffy", capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert bad.returncode == 2
    assert b"a.md (standard input): is not valid UTF-8" in bad.stderr


@pytest.mark.parametrize("declared", ['<meta charset="gb2312">', '<meta charset="iso-8859-1">'])
def test_a_re_encoded_copy_with_a_stale_legacy_declaration_is_read_as_utf8(
    tmp_path: Path, declared: str
) -> None:
    """A page saved as UTF-8 that still declares its old encoding (a browser's "save page",
    a crawler): its bytes are valid UTF-8, which legacy text almost never is."""
    page = tmp_path / "saved.html"
    text = _html(declared) + "<p>深度学习</p>"
    page.write_bytes(text.encode("utf-8"))
    document, decoded = read_document(str(page), page.read_bytes())
    assert (decoded.encoding, decoded.how) == ("utf-8", "utf-8 bytes")
    assert document is not None and BODY in document.masked and "深度学习" in document.masked
    # the same declaration over real legacy bytes still decides
    page.write_bytes(_html('<meta charset="iso-8859-1">').encode("cp1252"))
    legacy = decode(page.read_bytes(), "html")
    assert legacy.encoding == "windows-1252" and legacy.text == _html('<meta charset="iso-8859-1">')


def test_inspect_reports_a_stale_declaration_read_as_utf8(tmp_path: Path) -> None:
    """End to end, a real process: `medlint inspect` names the encoding and why."""
    import json
    import subprocess
    import sys

    page = tmp_path / "saved.html"
    page.write_bytes((_html('<meta charset="gb2312">') + "<p>深度学习</p>").encode("utf-8"))
    done = subprocess.run(
        [sys.executable, "-m", "medlint", "inspect", "-f", "json", "--today", "2026-12-02",
         str(page)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["encoding"] == {"name": "utf-8", "how": "utf-8 bytes"}
