"""Precision mechanisms of MED109/MED112 on real pages (issue 12, second round): a title's
head noun decides its topic, acronyms get no plural, named fevers are other diseases, UK and
US spellings, and the genres told by a page's shape (rare-disease summaries, cancer
treatment and drug pages, listings)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from medlint import reading
from medlint.checks import genre
from medlint.checks.knowledge import load_guidance, load_topics, pattern_regex, plural_ok
from medlint.checks.spelling import Spelling, variants
from medlint.document import Document
from medlint.engine import Linter, Options
from medlint.model import FileResult

from .conftest import TODAY, cli, title_topics, titled_page


@pytest.fixture(scope="module")
def rf() -> Linter:
    return Linter(Options(today=TODAY, select=("MED109", "MED112")))


def lint(linter: Linter, text: str, name: str = "a.md") -> FileResult:
    result, crashes = linter.lint_text(name, text)
    assert crashes == 0
    return result


def codes(result: FileResult) -> list[str]:
    return [v.code for v in result.violations]


def document(text: str, name: str = "a.md") -> Document:
    doc, _decoded = reading.read_document(name, text.encode())
    assert doc is not None
    return doc


@pytest.mark.parametrize(
    ("title", "topics"),
    [
        ("Kidney Disease of Diabetes", ["kidney-disease"]),  # "of Diabetes" qualifies
        ("Diabetic Heart Disease", []),  # a pre-modifier
        ("Diabetic Kidney Disease", ["kidney-disease"]),  # ... of another topic's head
        ("Sexual and Urologic Problems of Diabetes", []),
        ("HIV-related lymphoma", ["blood-cancer"]),  # "Y-related X" is about X
        ("Depression after Stroke", ["depression"]),
        ("Symptoms of Stroke", ["stroke-tia"]),  # an aspect of the topic: still the topic
        ("Stroke Symptoms", ["stroke-tia"]),
        ("Leg cramps at night", ["leg-cramps"]),  # a preposition ends the noun phrase
        ("Headache relief at home", ["headache"]),  # "relief" is an aspect of the topic
        ("Diabetes and Pregnancy", ["diabetes"]),  # coordination keeps both heads
        ("Living with HIV", ["hiv"]),
        ("Hives", ["rash-adults"]),  # never "HIV" + "es"
        ("Lassa Fever", []),  # a named fever is another disease
        ("Marburg hemorrhagic fever (Marburg HF)", []),
        ("High fever", ["fever-adults"]),  # a plain qualifier
        ("Fever in adults", ["fever-adults"]),  # a trigger spanning a link is one name
        ("Bleeding in pregnancy", ["bleeding-in-pregnancy"]),
        ("Stroke | Heart and Stroke Foundation", ["stroke-tia"]),  # a site name is not a head
        ("Sepsis - Symptoms and causes - Mayo Clinic", ["sepsis"]),
    ],
)
def test_the_title_head_noun_decides_the_topic(
    inspector: Linter, tmp_path: Path, title: str, topics: list[str]
) -> None:
    assert sorted(title_topics(inspector, tmp_path, title)) == topics


def test_the_inspect_command_reports_the_title_topic(tmp_path: Path) -> None:
    # The cases above call what `medlint inspect` calls, with one Linter; this one goes
    # through the command line itself.
    page = titled_page(tmp_path, "Stroke | Heart and Stroke Foundation")
    _code, out, _err = cli("inspect", str(page), "-f", "json")
    assert [t["id"] for t in json.loads(out)["topics"]] == ["stroke-tia"]


@pytest.mark.parametrize(
    ("title", "matches"),
    [
        ("Hives", []),
        ("HIV/AIDS", ["HIV"]),
        ("HIVES", []),
        ("UTIs", ["UTIs"]),
        ("Rashes", ["Rashes"]),
    ],
)
def test_acronyms_get_no_plural_allowance(title: str, matches: list[str]) -> None:
    regex = pattern_regex(("hiv", "uti", "rash", "burn"))
    assert [m.group() for m in regex.finditer(title) if plural_ok(m)] == matches


def test_spelling_variants_both_ways() -> None:
    spellings = (
        Spelling("haem", "hem", "start"),
        Spelling("aemia", "emia", "end"),
        Spelling("paediatr", "pediatr"),
        Spelling("tumour", "tumor"),
    )
    out = variants(("haemorrhage", "{paediatric|child} anaemia", "brain tumor", "chest"), spellings)
    assert out == (
        "haemorrhage",
        "hemorrhage",
        "{paediatric|child} anaemia",
        "{pediatric|child} anemia",
        "brain tumor",
        "brain tumour",
        "chest",
    )  # "anaemia" does not become "anaaemia"; "chest" has nothing to respell


def test_the_knowledge_base_is_compiled_with_both_spellings() -> None:
    assert load_guidance().spellings
    patterns = {
        p
        for t in load_topics()
        for c in t.conditions
        for p in (*t.triggers, *c.names, *(k for s in c.signs for k in s.keywords))
    }
    text = "\n".join(patterns)
    for part in ("haemorrhage", "hemorrhage", "oesophag", "esophag", "ischaemic", "ischemic"):
        assert re.search(rf"(?<![a-z]){part}", text), part


def test_a_us_spelled_sign_matches_a_uk_written_keyword(rf: Linter) -> None:
    text = (
        "# Heavy periods\n\nHeavy periods are common.\n\n## When to get help\n\n"
        "Call 911 if you are soaking through pads every hour and feel faint or dizzy, "
        "or have a hemorrhage.\n"
    )
    assert "MED109" not in codes(lint(rf, text))


GARD = (
    "# Warfarin syndrome\n\n## What is warfarin syndrome?\n\nWarfarin syndrome is a rare "
    "condition in babies exposed to warfarin before birth. Symptoms may include bleeding "
    "problems and stroke.\n\n## What are the signs and symptoms?\n\nThe Human Phenotype "
    "Ontology provides the following list of signs and symptoms.\n"
)


def test_a_rare_disease_summary_is_told_by_its_shape(rf: Linter) -> None:
    assert genre.detect(document(GARD)).value == genre.RARE
    assert codes(lint(rf, GARD)) == []
    # a consumer page on a common emergency that calls itself rare is not a summary
    sepsis = "# Sepsis\n\nSepsis is a rare but life-threatening reaction to an infection. "
    assert genre.detect(document(sepsis + "It is an emergency. " * 20)).value == genre.ARTICLE
    # ... but a short summary that opens by calling the condition rare is one
    hairy = "# Hairy cell leukemia\n\nHairy cell leukemia is a rare, slow-growing cancer.\n"
    assert genre.detect(document(hairy)).value == genre.RARE


@pytest.mark.parametrize(
    ("title", "value"),
    [
        ("Breast Cancer Treatment (PDQ®)", genre.TREATMENT),
        ("Chemotherapy and You", genre.TREATMENT),
        ("Radiation Therapy for Cancer", genre.TREATMENT),
        ("Diarrhea and Cancer Treatment - Side Effects", genre.ARTICLE),  # judged as usual
        ("Nausea Related to Cancer Treatment", genre.ARTICLE),
        ("Lip and Oral Cavity Cancer Treatment (PDQ®) - NCI", genre.TREATMENT),
        ("Breast Cancer", genre.ARTICLE),
        # round 23: a title in parts, "by stage", and pages for people living with a cancer
        ("Mastectomy | Breast Cancer Treatment - NCI", genre.TREATMENT),
        ("Stomach Cancer Treatment by Stage - NCI", genre.TREATMENT),
        ("Coping with Stomach Cancer and Treatment - NCI", genre.TREATMENT),
        ("Living with Lymphoma", genre.TREATMENT),
        ("Symptoms of Breast Cancer - NCI", genre.ARTICLE),
        ("Breast Cancer Treatment Centers of America", genre.ARTICLE),
        ("Living with Diabetes", genre.ARTICLE),  # not a cancer: judged as usual
        ("Delirium and Cancer Treatment - Side Effects - NCI", genre.ARTICLE),
    ],
)
def test_cancer_treatment_pages(title: str, value: str) -> None:
    text = f"# {title}\n\nCancer can be treated. Most cancers are treated by a cancer team.\n"
    assert genre.detect(document(text)).value == value


def test_a_drug_summary_is_a_drug_page(rf: Linter) -> None:
    text = (
        "# Apalutamide\n\nThis page contains brief information about apalutamide.\n\n"
        "FDA Approved: Yes\n\n## Use in Cancer\n\nApalutamide is approved to treat prostate "
        "cancer. Prostate cancer that has spread can cause bone pain.\n"
    )
    assert genre.detect(document(text)).value == genre.DRUG  # not patient information either


def _listing(n: int) -> str:
    items = "".join(
        f"- [Study {i} finds a new treatment for sepsis](/news/{i})\n\nPosted: March {i}, 2023\n\n"
        "A short teaser about a life-threatening and sudden illness.\n\n"
        for i in range(1, n + 1)
    )
    return f"# Sepsis articles\n\n{items}"


def test_a_listing_page_is_told_by_its_shape(rf: Linter) -> None:
    assert genre.detect(document(_listing(5))).value == genre.LISTING
    assert codes(lint(rf, _listing(5))) == []
    assert genre.detect(document(_listing(1))).value != genre.LISTING


def test_menu_links_outside_the_main_content_do_not_make_a_listing() -> None:
    menu = "".join(f'<li><a href="/t{i}">Topic {i}</a></li>' for i in range(40))
    page = (
        f"<html><head><title>Sepsis</title></head><body><nav><ul>{menu}</ul></nav>"
        "<main><h1>Sepsis</h1><p>Sepsis is the body's extreme response to an infection. "
        "It is treated with antibiotics.</p></main></body></html>"
    )
    assert genre.detect(document(page, "a.html")).value == genre.ARTICLE


def test_the_safety_net_leaves_a_page_whose_title_names_a_known_topic(rf: Linter) -> None:
    text = (
        "# Diabetic Heart Disease\n\nDiabetic heart disease is heart disease in people with "
        "diabetes. It can be life-threatening. A sudden heart attack is one symptom. Severe "
        "pain in the chest can happen. Treatment includes medicines.\n"
    )
    assert codes(lint(rf, text)) == []


def test_news_addressing_readers_is_asked_for_a_prompt(rf: Linter) -> None:
    news = (
        "---\ntitle: New study on sepsis survival\n---\nResearchers found that faster "
        "antibiotics improved sepsis survival in a large study published in a journal.{x}\n"
    )
    assert codes(lint(rf, news.format(x=""))) == []  # about research, in the third person
    you = " If you or your child had sepsis, you may want to read it."
    assert codes(lint(rf, news.format(x=you))) == ["MED112"]


@pytest.mark.parametrize(
    "page",
    [
        # the text points at the video with words between ("this Did You Know? video")
        "# Lung Cancer | Did You Know?\n\nLung cancer is common. Learn more from this "
        "Did You Know? video produced by the SEER program.\n",
        # an embedded player's thumbnail before any section, and a caption
        "# Surgery Choices\n\n![](/files/oembed_thumbnails/abc.jpg)\n\nSurgery Choices\n\n"
        "Breast cancer is scary, but it can be successfully treated.\n",
        # the title names the medium
        "# Childhood Cancer Facebook Live\n\nJoin experts to talk about childhood cancer.\n",
        # the declared address does
        "---\ntitle: Caring for Someone with Glioblastoma\nurl: https://x.gov/glioblastoma-"
        "caregiver-video\n---\n\nA caregiver talks about glioblastoma and its treatment.\n",
    ],
)
def test_video_and_infographic_stubs_are_video_pages(page: str) -> None:
    assert genre.detect(document(page)).value == genre.VIDEO


def test_an_article_with_a_video_is_an_article() -> None:
    prose = "Glioblastoma is a brain tumour that needs treatment by a specialist team. " * 30
    long_page = f"# Glioblastoma\n\n![](/files/oembed_thumbnails/abc.jpg)\n\n{prose}\n"
    assert genre.detect(document(long_page)).value == genre.ARTICLE
    landing = (
        "# Esophageal Cancer\n\n## Overview\n\nEsophageal cancer starts in the esophagus.\n\n"
        "## Statistics\n\n![](/files/oembed_thumbnails/abc.jpg)\n\nDid You Know?\n"
    )
    assert genre.detect(document(landing)).value != genre.VIDEO


def test_a_page_that_says_it_lists_drugs_is_a_listing(rf: Linter) -> None:
    page = (
        "# Drugs Approved for Penile Cancer\n\nThis page lists cancer drugs approved by the "
        "FDA for penile cancer. The list includes generic names and brand names. There may be "
        "drugs used in penile cancer that are not listed here.\n\n"
        "## Drugs Approved for Penile Cancer\n\n- [Bleomycin Sulfate](/drugs/bleomycin)\n"
    )
    assert genre.detect(document(page)).value == genre.LISTING
    unlinked = page.replace("- [Bleomycin Sulfate](/drugs/bleomycin)", "- Bleomycin sulfate")
    assert genre.detect(document(unlinked)).value != genre.LISTING


def test_a_drug_summary_without_a_brand_name_is_a_drug_page() -> None:
    """NCI summaries of generic drugs name no brand: their pointer to the drug's label or
    drug-dictionary entry, with what it is approved for, tells the shape."""
    text = (
        "# Bleomycin Sulfate\n\nBleomycin sulfate is a chemotherapy drug.\n\n"
        "FDA Approved\n\nYes\n\n"
        "[FDA label information for this drug is available at DailyMed.](https://x.org)\n\n"
        "## Use in Cancer\n\nBleomycin sulfate is approved to treat testicular cancer.\n"
    )
    assert genre.detect(document(text)).value == genre.DRUG
    no_use = text.replace("is approved to treat", "is studied in").replace("FDA Approved", "")
    assert genre.detect(document(no_use)).value != genre.DRUG
