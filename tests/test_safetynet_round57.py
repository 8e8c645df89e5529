"""Round 57 (K57R; tests/eval/corpus-judging/round57/criterion-57.md): MED112 asks a consumer
page whose title's whole subject is the name of a person's health condition, without acute
wording, unless the page is short, its opening says no reader needs to act, or it is of a
kind that names a condition without being patient information (checks/conditiontitle.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from medlint.checks.conditiontitle import ConditionTitle, reader
from medlint.checks.knowledge import load_guidance
from medlint.checks.spelling import to_us
from medlint.engine import Linter

from .test_care import codes

ROOT = Path(__file__).resolve().parent.parent

BODY = (
    "{name} is a long-term condition that many people live with for years. It tends to come "
    "and go, and some people notice that stress, poor sleep or a cold sets it off. There is "
    "no cure, but treatment controls it for most people, and a plan agreed with the care team "
    "makes flare-ups shorter and less frequent over time."
)


def condition_reader() -> ConditionTitle:
    """The built-in condition-title reader (also used by test_safetynet_k58)."""
    found = reader(load_guidance())
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Psoriasis", "psoriasis"),
        ("What is glaucoma?", "glaucoma"),
        ("Eczema in Children Under 12: A Parent's Guide", "eczema"),
        ("All You Need to Know About Gout", "gout"),
        ("What is Tinnitus and What Causes It?", "tinnitus"),
        ("Coping with Shingles", "shingles"),
        ("Infant colic", "colic"),
        ("Infantile spasms", "infantile spasms"),  # the frame's word is part of the name
        ("Haemochromatosis | Health A-Z", "hemochromatosis"),  # the US spelling
        ("Migraines", "migraine"),  # the singular
        ("Is eczema contagious?", "eczema"),
    ],
)
def test_the_title_subject_is_a_condition_name(title: str, name: str) -> None:
    assert condition_reader().subject(title) == name


@pytest.mark.parametrize(
    "title",
    [
        "Psoriasis Diet",  # a qualifier, not the subject
        "Asthma and Exercise",
        "Period",  # first sense is no health problem
        "Failure",
        "Battery",
        "Consumption",
        "Moles",  # a pruned word's plural
        "Rashes",
        "Skin disease",  # a generic name
        "Infection",
        "Your diabetes care records",
        "Toenail fungus",
        "Lichen",  # WordNet's second sense is a plant (round 57's review)
        "Polyp",  # ... an animal
        "Insolation",  # ... a phenomenon
    ],
)
def test_titles_that_name_no_one_condition(title: str) -> None:
    assert condition_reader().subject(title) is None


def test_uk_spellings_fold_at_the_word_edge_only() -> None:
    spellings = load_guidance().spellings
    assert to_us("haemophilia", spellings) == "hemophilia"
    assert to_us("toenail", spellings) == "toenail"
    assert to_us("oesophagitis", spellings) == "esophagitis"


def test_a_condition_page_is_asked_without_acute_wording(linter: Linter) -> None:
    found = codes(linter, BODY.format(name="Psoriasis"), "MED112", heading="Psoriasis")
    assert found and "names the condition 'psoriasis'" in found[0]
    assert "none needed for a page about a condition" in found[0]


def test_the_condition_page_that_says_when_is_clean(linter: Linter) -> None:
    body = BODY.format(name="Psoriasis") + (
        " See a doctor the same day if your skin turns red all over or you feel feverish."
    )
    assert not codes(linter, body, "MED112", heading="Psoriasis")


def test_a_short_page_is_not_asked(linter: Linter) -> None:
    assert not codes(linter, "Psoriasis is a skin disease.", "MED112", heading="Psoriasis")


@pytest.mark.parametrize(
    ("extra", "why"),
    [
        ("It is a harmless condition of the skin.", "harmless"),
        ("Keratosis pilaris is a benign skin condition.", "harmless"),
        ("Psoriasis is a very rare condition.", "rare"),
        ("It is common in dogs and cats.", "animal"),
        ("Historians think it was common in the 18th century.", "history"),
        ("Definition of psoriasis from our medical dictionary.", "glossary"),
        ("Psoriasis is an uncommon condition.", "rare"),
        ("Mastitis is costly: the cow's udder swells and milk yield falls.", "animal"),
        ("Dairy herds lose milk to it every winter.", "animal"),
    ],
)
def test_an_opening_that_leaves_no_reader_keeps_the_gate(
    linter: Linter, extra: str, why: str
) -> None:
    body = f"{extra} {BODY.format(name='Psoriasis')}"
    assert not codes(linter, body, "MED112", heading="Psoriasis"), why


@pytest.mark.parametrize(
    "extra",
    [
        "At Smith Skin, we can effectively treat even the most severe cases.",
        "Our dermatologists see patients every weekday.",
        "Book an appointment online today.",
        "Our attorneys have won malpractice claims for many families.",
        "Add to cart for free shipping on every order.",
        "We are recruiting participants for a study of a new cream.",
        "Please donate to fund research into better care.",
        "Dr. Anna Lee, our dermatologist, offers light therapy.",
        "Our laboratory studies the immune signals behind it.",
        "Price: $24.99. Order now.",
    ],
)
def test_a_page_that_is_no_patient_information_is_not_asked(linter: Linter, extra: str) -> None:
    body = f"{BODY.format(name='Psoriasis')} {extra}"
    assert not codes(linter, body, "MED112", heading="Psoriasis")


def _with_url(url: str) -> str:
    return f"---\ntitle: Psoriasis\nurl: {url}\n---\n\n{BODY.format(name='Psoriasis')}\n"


def test_a_practice_named_by_its_address_is_not_asked(linter: Linter) -> None:
    result, _ = linter.lint_text(
        "a.md", _with_url("https://www.northshoredermatology.com/psoriasis")
    )
    assert "MED112" not in {v.code for v in result.violations}
    for url in ("https://smithlaw.com/psoriasis", "https://millerlawgroup.com/psoriasis"):
        result, _ = linter.lint_text("b.md", _with_url(url))
        assert "MED112" not in {v.code for v in result.violations}, url


def test_a_hospital_patient_library_is_patient_information(linter: Linter) -> None:
    result, _ = linter.lint_text(
        "c.md", _with_url("https://my.clevelandclinic.org/health/psoriasis")
    )
    assert "MED112" in {v.code for v in result.violations}


@pytest.mark.skipif(
    not (os.environ.get("MEDLINT_SHARED") and os.environ.get("MEDLINT_WORDNET")),
    reason="needs the shared corpus (MEDLINT_SHARED) and a WordNet 3.1 dict (MEDLINT_WORDNET)",
)
def test_the_condition_names_are_what_the_generator_writes() -> None:
    corpus = Path(os.environ["MEDLINT_SHARED"]) / "corpus"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "condition_names.py"),
            "--corpus",
            str(corpus),
            "--wordnet",
            os.environ["MEDLINT_WORDNET"],
            "--check",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_first_heading_names_the_condition_when_the_title_does_not(linter: Linter) -> None:
    text = f"---\ntitle: Health A to Z\n---\n\n# Psoriasis\n\n{BODY.format(name='Psoriasis')}\n"
    result, _ = linter.lint_text("h.md", text)
    found = [v.message for v in result.violations if v.code == "MED112"]
    assert found and "names the condition 'psoriasis'" in found[0]


def test_a_page_asked_on_other_grounds_keeps_its_reasons(linter: Linter) -> None:
    body = BODY.format(name="Psoriasis") + (
        " Symptoms include dry, itchy skin. A sudden flare is an emergency. Severe pain needs care."
    )
    found = codes(linter, body, "MED112", heading="Psoriasis")
    assert found and "names the condition" not in found[0]


def test_mastitis_is_a_name_so_only_the_husbandry_opening_keeps_cattle_pages_out() -> None:
    # the husbandry opening itself is tested with the other openings above
    assert condition_reader().subject("Mastitis") == "mastitis"
