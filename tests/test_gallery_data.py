"""The page gallery's expected facts are well formed and true to their pages.

The gallery (tests/gallery/README.md) is labelled by hand; these checks keep the labels honest:
every key of the contract with the right type, real ISO dates, a page that exists and decodes
with the encoding the label states, and phrases that really occur in the page's visible text.
They say nothing about medlint; benchmarks/eval_gallery.py scores medlint against the labels.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

GALLERY = Path(__file__).parent / "gallery"
SPLITS = ("dev", "test")
PAGE_EXTENSIONS = {".html": "html", ".htm": "html", ".md": "markdown", ".txt": "text"}
NAME = re.compile(r"^(?P<shape>[a-z0-9]+)-(?P<n>\d+)-[a-z0-9-]+$")

REQUIRED: dict[str, tuple[type, ...]] = {
    "description": (str,),
    "encoding": (str,),
    "format": (str,),
    "title": (str, type(None)),
    "audience": (str,),
    "published": (str, type(None)),
    "updated": (str, type(None)),
    "reviewed": (str, type(None)),
    "reviewers": (list,),
    "review_status": (str, type(None)),
    "has_disclaimer": (bool,),
    "main_contains": (list,),
    "not_main": (list,),
    "ambiguous_date": (bool,),
}
DATE_KEYS = ("published", "updated", "reviewed")


def expected_files() -> list[Path]:
    return sorted(p for split in SPLITS for p in (GALLERY / split).glob("*.expected.json"))


def page_for(expected: Path) -> Path:
    stem = expected.name.removesuffix(".expected.json")
    pages = [p for p in expected.parent.glob(stem + ".*") if p.suffix in PAGE_EXTENSIONS]
    assert len(pages) == 1, f"{expected}: expected exactly one page named {stem}.*, found {pages}"
    return pages[0]


class _VisibleText(HTMLParser):
    """Text a browser would render (script and style skipped), entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(text: str, fmt: str) -> str:
    if fmt == "html":
        parser = _VisibleText()
        parser.feed(text)
        parser.close()
        text = " ".join(parser.parts)
    return " ".join(text.split())


def load(expected: Path) -> dict[str, Any]:
    data = json.loads(expected.read_text(encoding="utf-8"))
    assert isinstance(data, dict), expected
    return data


@pytest.fixture(params=expected_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def case(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    path: Path = request.param
    return path, load(path)


def test_gallery_is_big_enough_and_split_by_rule() -> None:
    files = expected_files()
    assert len(files) >= 36
    shapes: dict[str, set[str]] = {}
    for f in files:
        m = NAME.match(f.name.removesuffix(".expected.json"))
        assert m, f"{f}: name is not <shape>-<n>-<slug>"
        want = "test" if int(m["n"]) % 3 == 0 else "dev"
        assert f.parent.name == want, f"{f}: page {m['n']} of its shape belongs in {want}/"
        shapes.setdefault(m["shape"], set()).add(f.parent.name)
    missing = {s: sp for s, sp in shapes.items() if sp != set(SPLITS)}
    assert not missing, f"shapes not in both splits: {missing}"
    test_count = sum(1 for f in files if f.parent.name == "test")
    assert abs(test_count * 3 - len(files)) <= len(shapes), "test/ should hold about a third"


def test_every_page_has_expected_facts() -> None:
    for split in SPLITS:
        for page in (GALLERY / split).iterdir():
            if page.suffix in PAGE_EXTENSIONS:
                assert page.with_suffix(".expected.json").exists(), f"{page}: no expected.json"


def test_keys_and_types(case: tuple[Path, dict[str, Any]]) -> None:
    path, data = case
    assert set(data) == set(REQUIRED), f"{path}: keys differ: {set(data) ^ set(REQUIRED)}"
    for key, types in REQUIRED.items():
        assert isinstance(data[key], types), f"{path}: {key} should be {types}"
    assert data["audience"] in ("consumer", "professional")
    assert data["review_status"] in (None, "approved", "pending", "draft")
    assert data["format"] == PAGE_EXTENSIONS[page_for(path).suffix]
    for key in ("reviewers", "main_contains", "not_main"):
        assert all(isinstance(s, str) and s.strip() for s in data[key]), f"{path}: {key}"
    assert len(data["main_contains"]) >= 3, f"{path}: at least three main_contains phrases"


def test_dates_are_iso_and_consistent(case: tuple[Path, dict[str, Any]]) -> None:
    path, data = case
    dates = {}
    for key in DATE_KEYS:
        value = data[key]
        if value is not None:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), f"{path}: {key} {value!r}"
            dates[key] = dt.date.fromisoformat(value)
    if "published" in dates:
        assert "updated" in dates, f"{path}: updated falls back to published"
    for key in ("published", "reviewed"):
        if key in dates:
            assert dates[key] <= dates["updated"], f"{path}: updated is the latest date"
    if data["ambiguous_date"]:
        assert not dates, f"{path}: an ambiguous-only page has no readable date"


def test_page_decodes_with_its_encoding(case: tuple[Path, dict[str, Any]]) -> None:
    path, data = case
    raw = page_for(path).read_bytes()
    name = codecs.lookup(data["encoding"]).name
    assert data["encoding"] == data["encoding"].lower()
    if name == "utf-8-sig":
        assert raw.startswith(codecs.BOM_UTF8), f"{path}: utf-8-sig page without a BOM"
    elif name == "utf-16":
        assert raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), f"{path}: no UTF-16 BOM"
    elif name == "utf-8":
        assert not raw.startswith(codecs.BOM_UTF8), f"{path}: has a BOM, label it utf-8-sig"
    raw.decode(data["encoding"])  # strict: raises if the label is wrong
    if name == "cp1252":
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")  # a legacy page really differs from UTF-8


def test_phrases_occur_in_the_visible_text(case: tuple[Path, dict[str, Any]]) -> None:
    path, data = case
    text = visible_text(page_for(path).read_bytes().decode(data["encoding"]), data["format"])
    for phrase in data["main_contains"] + data["not_main"]:
        assert " ".join(phrase.split()) in text, f"{path}: {phrase!r} is not on the page"
    for phrase in data["reviewers"]:
        assert phrase in text, f"{path}: reviewer {phrase!r} is not on the page"
    for main in data["main_contains"]:
        for other in data["not_main"]:
            assert main not in other and other not in main, f"{path}: {main!r} vs {other!r}"
