"""Issue 13, round 18: a page that argues readers away from care (MED113), each shape with a
near miss of the same shape that must stay clean."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 3)))


def fired(linter: Linter, body: str, title: str = "Health information") -> list[str]:
    result, _ = linter.lint_text("article.md", f"# {title}\n\n{body}\n")
    return [v.message for v in result.violations if v.code == "MED113"]


@pytest.mark.parametrize(
    "body",
    [
        # two attack statements: a verdict and a futility said of care
        "Chemotherapy is nothing but poison. Conventional cancer treatments do not work.",
        # the system as a fraud, and a medicine qualified as dangerous
        "The medical industry is still pushing lies. Stay away from these dangerous drugs.",
        # "not X but Y": the futility of a therapy, then a conspiracy
        "Statins are not truly medicines. Big Pharma is corrupt.",
        # a futility that takes the reader as its object
        "Surgery won't help you. Doctors are arrogant.",
    ],
)
def test_pages_that_argue_against_care(linter: Linter, body: str) -> None:
    assert fired(linter, body)


def test_one_statement_on_a_page_that_offers_its_own_remedy(linter: Linter) -> None:
    body = "Conventional treatments essentially do not work. Our herbal protocol does."
    assert fired(linter, body)
    assert not fired(linter, "Conventional treatments essentially do not work.")


def test_the_message_quotes_the_strongest_statements(linter: Linter) -> None:
    (message,) = fired(linter, "Antibiotics never work. Chemotherapy is poison.")
    assert message.index('"Chemotherapy is poison."') < message.index('"Antibiotics never work."')
    assert "2 of its sentences" in message


@pytest.mark.parametrize(
    "body",
    [
        # sober harms: hedged, scoped, limited to some of a kind
        "Some medicines can be harmful in pregnancy. Antibiotics may do more harm than good.",
        "Antibiotics do not work against viruses. Chemotherapy is harmful to the fetus.",
        "Certain antibiotics cannot cure these infections. Insulin doesn't work properly.",
        # a description, a compound and another noun's adjective
        "It is linked to a toxic drug called SN-38. Learn more about medication health fraud.",
        "Scans can lessen the harmful effects of radiation. Surgery can be dangerous.",
        # negated, reported, debunked, asked, quoted, in a condition
        "Vaccines are not toxic. Some people claim that doctors are greedy.",
        "Beware of sites that say chemotherapy is poison. Is surgery a scam?",
        'She said "drugs are poison". If chemotherapy does not work, ask about trials.',
        # the remedy itself, not care
        "Natural cancer treatment doesn't work. Herbal medicines are dangerous.",
    ],
)
def test_sober_pages_stay_clean(linter: Linter, body: str) -> None:
    assert not fired(linter, body)


def test_a_consult_prompt_balances_the_page(linter: Linter) -> None:
    body = "Chemotherapy is poison. Conventional cancer treatments do not work."
    assert fired(linter, body)
    assert not fired(linter, body + " Talk to your doctor before you change any treatment.")
    # ... but not a negated one
    assert fired(linter, body + " Don't bother asking your doctor.")


def test_a_readers_comment_is_not_the_page(linter: Linter) -> None:
    html = (
        "<html><head><title>Statins</title></head><body><main><h1>Statins</h1>"
        "<p>Statins lower cholesterol.</p></main>"
        '<section class="comments"><p>Statins are poison.</p>'
        "<p>Doctors are liars.</p></section></body></html>"
    )
    result, _ = linter.lint_text("page.html", html)
    assert not [v for v in result.violations if v.code == "MED113"]
