"""Safe fixes: atomic, encoding- and line-ending-preserving, idempotent, no invented facts."""

from __future__ import annotations

from pathlib import Path

from .conftest import cli

DISCLAIMER = (
    "This article is for general information only and is not a substitute for professional "
    "medical advice."
)
ARTICLE = (
    "---\r\ntitle: Leg cramps\r\ndateModified: June 3, 2025\r\ndatePublished: '15 Mar 2024'\r\n"
    "lastReviewed: 03/06/2025\r\n---\r\n# Leg cramps\r\n\r\nTalk to your doctor if cramps keep "
    "coming back.\r\n"
)


def setup(tmp_path: Path, bom: bool = False) -> Path:
    (tmp_path / ".medlint.toml").write_text(
        f'select = ["MED001", "MED101", "MED106"]\n[organization]\ndisclaimers = ["{DISCLAIMER}"]\n'
    )
    article = tmp_path / "cramps.md"
    article.write_bytes((b"\xef\xbb\xbf" if bom else b"") + ARTICLE.encode("utf-8"))
    return article


def test_diff_shows_changes_and_writes_nothing(tmp_path: Path) -> None:
    article = setup(tmp_path)
    before = article.read_bytes()
    code, out, _ = cli("check", str(article), "--diff", "--today", "2026-11-21")
    assert code == 1
    assert "-dateModified: June 3, 2025" in out and "+dateModified: 2025-06-03" in out
    assert "+datePublished: '2024-03-15'" in out
    assert "+## Disclaimer" in out and DISCLAIMER in out
    changed = [line for line in out.splitlines() if line.startswith(("+l", "-l"))]
    assert changed == []  # lastReviewed 03/06/2025 is ambiguous: a person must decide
    assert article.read_bytes() == before


def test_fix_is_atomic_preserves_bom_and_crlf_and_is_idempotent(tmp_path: Path) -> None:
    article = setup(tmp_path, bom=True)
    code, out, err = cli("check", str(article), "--fix", "--today", "2026-11-21")
    data = article.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")  # CRLF everywhere, no bare LF
    assert "dateModified: 2025-06-03\r\n" in text and "datePublished: '2024-03-15'\r\n" in text
    assert text.endswith(f"\r\n\r\n## Disclaimer\r\n\r\n{DISCLAIMER}\r\n")
    assert "fixed" in err
    # What is left is still reported and still fails: the ambiguous date needs a person.
    assert code == 1 and "MED106" in out and "MED101" not in out
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".medlint")] == []
    # A second run changes nothing.
    cli("check", str(article), "--fix", "--today", "2026-11-21")
    assert article.read_bytes() == data
    code, out, _ = cli("check", str(article), "--diff")
    assert code == 0 and out == ""


def test_no_disclaimer_is_invented_without_configuration(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# Leg cramps\n\nCramps are common.\n")
    code, out, _ = cli("check", str(article), "--diff", "--isolated")
    assert code == 0 and out == ""


def test_html_disclaimer_goes_inside_the_article(tmp_path: Path) -> None:
    setup(tmp_path)
    page = tmp_path / "p.html"
    page.write_text("<html><body><article><h1>Cramps</h1><p>Common.</p></article></body></html>\n")
    cli("check", str(page), "--fix")
    text = page.read_text()
    assert '<section class="medlint-disclaimer"><h2>Disclaimer</h2>' in text
    assert text.index("medlint-disclaimer") < text.index("</article>")
