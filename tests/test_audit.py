"""`medlint audit`: summaries, and the HTML report in a real headless browser."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import EXAMPLES, FIXTURES, ROOT, cli


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("audit")
    code, stdout, _ = cli(
        "audit",
        str(EXAMPLES),
        str(FIXTURES / "corpus"),
        "--today",
        "2026-11-21",
        "--isolated",
        "--no-cache",
        "--html",
        str(out / "report.html"),
        "--csv",
        str(out / "report.csv"),
        "--json",
        str(out / "report.json"),
    )
    assert code == 0, stdout
    (out / "stdout.txt").write_text(stdout)
    return out


def test_summaries(report: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((report / "report.csv").read_text())))
    assert len(rows) == 11
    scores = [float(r["score"]) for r in rows]
    assert scores == sorted(scores)  # worst first
    good = next(r for r in rows if r["path"].endswith("leg-cramps-good.md"))
    assert good["score"] == "100.0" and good["updated"] == "2026-03-02"
    assert good["status"] == "approved" and good["overdue_months"] == "0"
    stale = next(r for r in rows if r["path"].endswith("back-pain-stale.txt"))
    assert stale["updated"] == "2021-01-12" and int(stale["overdue_months"]) == 34
    undated = next(r for r in rows if r["path"].endswith("medquad-mplus-a1c.md"))
    assert undated["updated"] == "" and undated["overdue_months"] == ""  # blank, not -1
    data = json.loads((report / "report.json").read_text())
    assert data["summary"]["articles"] == 11 and data["summary"]["stale"] == 1
    assert data["summary"]["not_analysed"] == 0 and data["summary"]["undated"] == 6
    assert "Headache" in data["summary"]["missing_red_flags"]
    a1c = next(a for a in data["articles"] if a["path"].endswith("medquad-mplus-a1c.md"))
    assert a1c["overdue_months"] is None
    stdout = (report / "stdout.txt").read_text()
    assert stdout.startswith("Audited 11 articles:") and "Worst articles:" in stdout
    assert "Most overdue:\n   34 months" in stdout and "back-pain-stale.txt" in stdout


def test_the_score_parts_add_up_and_rank_a_missing_red_flag_above_style(report: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((report / "report.csv").read_text())))
    parts = [f for f in rows[0] if f.startswith("points_")]
    assert parts == [
        "points_red_flags", "points_unsafe_advice", "points_review",
        "points_disclaimer_consult", "points_staleness", "points_style",
    ]  # fmt: skip
    for row in rows:  # parts are rounded to 0.1 each, the score once
        assert abs(100 - sum(float(row[p]) for p in parts) - float(row["score"])) <= 0.3


def test_many_style_warnings_never_outrank_one_missing_red_flag(tmp_path: Path) -> None:
    good = (EXAMPLES / "leg-cramps-good.md").read_text(encoding="utf-8")
    numbers = "".join(f"\nAbout {n}% of adults aged {n} get cramps.\n" for n in range(10, 70))
    (tmp_path / "statistics.md").write_text(good + numbers, encoding="utf-8")
    shutil.copy(EXAMPLES / "thigh-cramps-missing-red-flags.md", tmp_path / "thigh.md")
    _, out = _audit(tmp_path, str(tmp_path / "statistics.md"), str(tmp_path / "thigh.md"))
    thigh, statistics = list(csv.DictReader(io.StringIO((out / "r.csv").read_text())))
    assert thigh["path"].endswith("thigh.md") and int(thigh["errors"]) == 1
    assert int(statistics["warnings"]) >= 50 and float(statistics["points_style"]) > 0
    assert float(statistics["score"]) > float(thigh["score"])


def _audit(tmp_path: Path, *paths: str) -> tuple[str, Path]:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    code, stdout, _ = cli(
        "audit", *paths, "--today", "2026-11-21", "--isolated", "--no-cache",
        "--html", str(out / "r.html"), "--csv", str(out / "r.csv"), "--json", str(out / "r.json"),
    )  # fmt: skip
    assert code == 0, stdout
    return stdout, out


def mixed_tree(root: Path) -> Path:
    """The bundled examples, the audit fixtures and an article saved as Latin-1 (not
    UTF-8, so medlint cannot read it), under ``root``; the audit is run from ``root``."""
    shutil.copytree(EXAMPLES, root / "examples")
    shutil.copytree(FIXTURES / "audit", root / "audit")
    latin1 = "---\ntitle: Café cramps\n---\n\n# Café cramps\n\nSaved by an old editor.\n"
    (root / "audit" / "saved-as-latin1.md").write_bytes(latin1.encode("latin-1"))
    return root


def test_files_not_read_are_a_group_of_their_own_never_scored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(mixed_tree(tmp_path))
    stdout, out = _audit(tmp_path, "examples", "audit")
    rows = list(csv.DictReader(io.StringIO((out / "r.csv").read_text())))
    first = rows[0]  # before every scored article
    assert first["path"].endswith("saved-as-latin1.md")
    assert first["score"] == "" and first["overdue_months"] == ""
    reason = first["not_analysed"]
    assert reason.startswith("MED900 ") and "not valid UTF-8" in reason
    assert all(first[f] == "" for f in first if f.startswith("points_"))
    assert all(r["score"] and not r["not_analysed"] for r in rows[1:])
    summary = json.loads((out / "r.json").read_text())["summary"]
    assert (summary["articles"], summary["analysed"], summary["not_analysed"]) == (8, 7, 1)
    assert summary["undated"] == 2  # the unread file is not counted as undated
    assert "Not analysed (could not be read or linted; not scored): 1\n  " in stdout
    assert "saved-as-latin1.md: MED900 is not valid UTF-8" in stdout


GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_audit_exports_match_their_golden_files(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(mixed_tree(tmp_path))
    _, out = _audit(tmp_path, "examples", "audit")
    actual = (out / f"r.{fmt}").read_text(encoding="utf-8")
    golden = GOLDEN / f"audit.{fmt}"
    if os.environ.get("MEDLINT_UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8"), f"output differs from {golden}"


def test_html_is_self_contained(report: Path) -> None:
    page = (report / "report.html").read_text()
    assert "http://" not in page.replace("http://www.w3.org", "")
    assert "<script src" not in page and "<link" not in page


def _ensure_chromium() -> tuple[str, str]:
    """The browser and its driver, or a skip: the tests never install anything
    (.ci/run installs Debian's chromium and chromium-driver, visibly, before pytest)."""
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        missing = " and ".join(
            n for n, p in (("chromium", chromium), ("chromedriver", driver)) if not p
        )
        pytest.skip(
            f"{missing} not found on PATH: install Debian's chromium and chromium-driver "
            "(apt-get install chromium chromium-driver) or run .ci/run"
        )
    return chromium, driver


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    chromium, driver_path = _ensure_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chrome')}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.mark.browser
def test_report_in_a_real_browser(report: Path, browser: object) -> None:
    from selenium.webdriver.common.by import By

    driver = browser
    driver.get((report / "report.html").as_uri())  # type: ignore[attr-defined]
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]  # type: ignore[attr-defined]
    assert errors == []
    for chart in ("chart-rules", "chart-severity", "chart-age", "chart-status", "chart-topics"):
        assert driver.find_elements(By.CSS_SELECTOR, f"#{chart} rect.bar"), chart  # type: ignore[attr-defined]
    rows = driver.find_elements(By.CSS_SELECTOR, "#articles tbody tr")  # type: ignore[attr-defined]
    assert len(rows) == 11

    def column(index: int) -> list[int]:
        cells = driver.find_elements(  # type: ignore[attr-defined]
            By.CSS_SELECTOR, f"#articles tbody tr td:nth-child({index})"
        )
        return [int(c.text) for c in cells]

    errors_header = driver.find_element(By.CSS_SELECTOR, 'th[data-key="errors"]')  # type: ignore[attr-defined]
    errors_header.click()
    assert column(7) == sorted(column(7))
    errors_header.click()
    assert column(7) == sorted(column(7), reverse=True)
    assert errors_header.get_attribute("aria-sort") == "descending"

    search = driver.find_element(By.ID, "filter")  # type: ignore[attr-defined]
    search.send_keys("MED111")
    shown = driver.find_elements(By.CSS_SELECTOR, "#articles tbody tr")  # type: ignore[attr-defined]
    assert len(shown) == 1 and "Headache relief" in shown[0].text
    assert driver.find_element(By.ID, "count").text == "1 of 11 articles"  # type: ignore[attr-defined]
    search.clear()
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, "severity")).select_by_value("stale")  # type: ignore[attr-defined]
    stale = driver.find_elements(By.CSS_SELECTOR, "#articles tbody tr")  # type: ignore[attr-defined]
    assert len(stale) == 1 and "back-pain" in stale[0].text.lower() + stale[0].get_attribute(
        "innerHTML"
    )


@pytest.mark.browser
def test_hostile_titles_render_as_text_in_a_real_browser(tmp_path: Path, browser: object) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    titles = ("</script><script>alert(1)</script>", "<!--<script>", "<img src=x onerror=alert(2)>")
    for i, title in enumerate(titles):
        (tmp_path / f"a{i}.md").write_text(f"---\ntitle: '{title}'\n---\n\n# {title}\n")
    page = tmp_path / "report.html"
    code, _, _ = cli(
        "audit", str(tmp_path), "--today", "2026-11-21", "--isolated", "--no-cache",
        "--html", str(page),
    )  # fmt: skip
    assert code == 0
    driver = browser
    driver.get(page.as_uri())  # type: ignore[attr-defined]
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # type: ignore[attr-defined]  # noqa: B018
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]  # type: ignore[attr-defined]
    assert errors == []
    summaries = driver.find_elements(By.CSS_SELECTOR, "#articles summary .title")  # type: ignore[attr-defined]
    assert sorted(s.get_attribute("textContent") for s in summaries) == sorted(titles)
    injected = "#articles img, body > script ~ script ~ script"
    assert driver.find_elements(By.CSS_SELECTOR, injected) == []  # type: ignore[attr-defined]


@pytest.mark.browser
def test_mixed_report_reads_at_1280_px_in_a_real_browser(tmp_path: Path, browser: object) -> None:
    """Markdown, HTML and an unreadable file: the table fits a 1280 px window (no sideways
    scrolling, the overdue and red-flag columns on screen), charts name rules and topics in
    full, each title shows its path and a link to the file, the score's parts show on
    hover, expanded rows show the fix, files not analysed come first with the reason."""
    from selenium.webdriver.common.by import By

    root = mixed_tree(tmp_path / "tree")
    code, _, _ = cli(
        "audit", str(root / "examples"), str(root / "audit"), "--today", "2026-11-21",
        "--isolated", "--no-cache", "--html", str(tmp_path / "r.html"),
    )  # fmt: skip
    assert code == 0
    driver = browser
    driver.set_window_size(1280, 1000)  # type: ignore[attr-defined]
    try:
        driver.get((tmp_path / "r.html").as_uri())  # type: ignore[attr-defined]
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]  # type: ignore[attr-defined]
        assert errors == []
        script = driver.execute_script  # type: ignore[attr-defined]
        width = script("return window.innerWidth")
        assert 1200 <= width <= 1280
        assert script("return document.documentElement.scrollWidth") <= width
        for key in ("overdue_months", "missing_red_flags"):
            right = script(f"return document.querySelector('th[data-key={key}]')"
                           ".getBoundingClientRect().right")  # fmt: skip
            assert right <= width, key
        overflowing = script(  # a cell whose text runs into its neighbour's
            "return [...document.querySelectorAll('#articles th, #articles td')]"
            ".filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent)"
        )
        assert overflowing == []

        def texts(selector: str) -> list[str]:
            found = driver.find_elements(By.CSS_SELECTOR, selector)  # type: ignore[attr-defined]
            return [e.get_attribute("textContent") for e in found]

        assert "MED109 safety.red-flags-missing" in texts("#chart-rules text")
        assert "Vomiting in babies and children" in texts("#chart-topics text")  # full name
        assert "Red flags or when to get help missing" in texts("#chart-risk text")

        rows = driver.find_elements(By.CSS_SELECTOR, "#articles tbody tr")  # type: ignore[attr-defined]
        assert len(rows) == 8
        first = rows[0].find_elements(By.TAG_NAME, "td")
        assert first[0].text == "not analysed" and "saved-as-latin1.md" in rows[0].text
        assert "Not analysed: MED900 is not valid UTF-8" in rows[0].text

        page = next(r for r in rows if "Diarrhoea and vomiting in children" in r.text)
        link = page.find_element(By.CSS_SELECTOR, "span.path a")
        assert link.is_displayed() and link.text.endswith("practice.html")
        assert link.get_attribute("href") == Path(link.text).resolve().as_uri()
        cells = page.find_elements(By.TAG_NAME, "td")
        hover = cells[0].get_attribute("title")
        red_flags = "−25.5 Red flags or when to get help missing"
        assert hover.startswith(f"{cells[0].text} = 100 {red_flags}")
        assert "Review missing or not approved" in hover
        assert cells[8].text == "undated"
        page.find_element(By.CSS_SELECTOR, "summary .title").click()
        fixes = [f.text for f in page.find_elements(By.CSS_SELECTOR, ".fix")]
        assert fixes and all(f.startswith("Fix: ") for f in fixes)
        assert any("When to get medical help" in f for f in fixes)
        assert script("return document.documentElement.scrollWidth") <= width
    finally:
        driver.set_window_size(1400, 1000)  # type: ignore[attr-defined]


def test_the_json_export_validates_against_its_schema() -> None:
    import jsonschema

    schema = json.loads((ROOT / "schemas" / "audit.schema.json").read_text(encoding="utf-8"))
    data = json.loads((GOLDEN / "audit.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    validator.validate(data)
    assert data["articles"][0]["score"] is None  # the file not analysed
    broken = data | {"articles": [data["articles"][0] | {"overdue_months": -1}]}
    assert not validator.is_valid(broken)  # undated is null, never -1
