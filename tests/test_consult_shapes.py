"""MED110 (issue 13): consult prompts recognised by the shape around a care professional,
and the rule's page scope by genre (a rule file's ``genres:``).

Sentences marked "corpus" are from /work/shared/corpus (NIH/NCI, public domain); "web" are
the wording of real web pages (quoted in tests/eval/sentences/web-dev.jsonl, the dev2
tuning split, or in issue 13's description); "variant" are our own."""

from __future__ import annotations

import pytest

from medlint import reading, resources
from medlint.checks import genre
from medlint.document import Document
from medlint.engine import Linter, Options
from medlint.model import FileResult
from medlint.ruleset import RuleFileError, load_builtin_specs, parse_rule

from .conftest import TODAY


@pytest.fixture(scope="module")
def med110() -> Linter:
    return Linter(Options(today=TODAY, select=("MED110",)))


def lint(linter: Linter, text: str, name: str = "a.md") -> FileResult:
    result, crashes = linter.lint_text(name, text)
    assert crashes == 0
    return result


def prompted(linter: Linter, sentence: str) -> bool:
    """Does a one-sentence consumer article carry a prompt (MED110 stays quiet)?"""
    result = lint(linter, f"# Leg cramps\n\nStretch the muscle.\n\n{sentence}\n")
    return not [v for v in result.violations if v.code == "MED110"]


def document(text: str) -> Document:
    doc, _ = reading.read_document("a.md", text.encode())
    assert doc is not None
    return doc


@pytest.mark.parametrize(
    "sentence",
    [
        # the carer as the one to ask or see
        "Only do so with a doctor's guidance.",  # issue 13
        "Talk with your healthcare team about whether to stop.",  # issue 13
        "Check with a pharmacist before taking it.",  # issue 13
        "Your GP can advise on this.",  # issue 13
        "Discuss any change in your medication with your doctor.",  # web
        "Work with a doctor to evaluate your condition and possibilities for quitting the "
        "medication.",  # web
        "CAUTION: You should consult your medical-health practitioner on use of all silver "
        "products.",  # web
        "If you need help, talk to your parents, school counselor, or health care provider.",
        "Remember, any adjustments to your treatment plan should be done in consultation with "
        "your healthcare provider.",  # web
        "Discuss any cholesterol medications, and any supplements with your healthcare "
        "provider(s).",  # web
        "It is important for all women to be aware of how their breasts normally feel so that "
        "they can check with their doctors about any unusual changes.",  # corpus
        "Even if you have recently had a normal mammogram, you should let your doctor know if "
        "you feel something unusual.",  # corpus
        "Later, if you do decide to try again, work closely with your health care provider to "
        "lower the risks.",  # corpus
        # the carer as the source of guidance or permission
        "However, it is important that you have your doctor’s approval before you discontinue "
        "taking the prescribed medication.",  # web
        "Antidepressant herbs, just like all other herbs, should be taken with the consultation "
        "of a healthcare practitioner.",  # web
        "Any time you try to replace a drug with a supplement, the prudent thing is to do it "
        "under the guidance and direction of a skilled health professional.",  # web
        "Experts warn that such supplements should be given only on doctors’ advice, and not "
        "otherwise.",  # web
        # double negations
        "Do NOT stop or reduce metformin without your doctor’s approval.",  # web
        "Adjusting of asthma drugs is not recommended without medical supervision.",  # web
        "Do not stop your use of antiasthma drugs unless monitored by a medical practitioner.",
        "Taking it without talking to your doctor isn’t just risky—it’s dangerous.",  # web
        "It’s not advisable to take red yeast rice unless you’ve discussed it with a "
        "knowledgeable practitioner.",  # web
        # offering help
        "A pharmacist may be able to help you choose.",  # variant
        "If the cough lasts, it might be time for a visit to your GP.",  # variant
    ],
)
def test_shapes_that_prompt(med110: Linter, sentence: str) -> None:
    assert prompted(med110, sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "She worked with her doctor to lose weight.",  # variant: narrative
        "She took her son to the doctor's office on Monday morning.",  # issue 13: narrative
        "Patients with diabetes often work with a dietitian.",  # variant: a description
        "Book a consultation with our doctors today for $99.",  # variant: an advertisement
        "You can stop it without your doctor's approval.",  # variant: no double negation
        "You no longer have to visit a doctor to get the morning after pill.",  # web
        "It also discusses when to contact a doctor and answers some questions.",  # web
        "Your insurance provider can help with costs.",  # variant: not a health professional
        "Always consult a complementary practitioner before starting these drugs.",  # web
        "Go to Health Professional Version",  # corpus: a link
        "The only way to obtain a drug through expanded access is with the help of your "
        "doctor.",  # corpus: labelled no prompt
        "The symptom checker may tell you to talk to your doctor.",  # variant: a tool's text
        "Don't let a doctor talk you into surgery.",  # variant: discouraged
    ],
)
def test_shapes_that_do_not_prompt(med110: Linter, sentence: str) -> None:
    assert not prompted(med110, sentence), sentence


# -- genre scope ------------------------------------------------------------------------

# GHR's Lujan syndrome page (corpus: medquad/3_GHR_QA/0000607.md), shortened.
GHR = """# Lujan syndrome

## What is (are) Lujan syndrome ?

Lujan syndrome is a condition characterized by intellectual disability, behavioral
problems, and certain physical features. It occurs almost exclusively in males.

## How many people are affected by Lujan syndrome ?

Lujan syndrome appears to be an uncommon condition, but its prevalence is unknown.

## What are the genetic changes related to Lujan syndrome ?

Lujan syndrome is caused by at least one mutation in the MED12 gene.
"""

# NCI's VAC page (corpus: nci/treatment/about-cancer-treatment-drugs-vac.md), shortened.
COMBINATION = """# VAC

This chemotherapy combination contains the drugs vincristine sulfate, dactinomycin, and
cyclophosphamide. Combinations usually work better than single drugs because different
drugs kill cancer cells in different ways.

Each of the drugs in this combination is approved by the
[Food and Drug
Administration (FDA)](/Common/PopUps/popDefinition.aspx?id=454785) to treat cancer or
conditions related to cancer.

## Use in Cancer

VAC is used to treat ovarian germ cell tumors and rhabdomyosarcoma in children.
"""

# NCI's monoclonal-antibodies video page (corpus: nci/cancer-types/
# about-cancer-treatment-types-targeted-therapies-monoclonal-antibodies-video.md).
VIDEO = """# How Monoclonal Antibodies Treat Cancer

Learn how monoclonal antibodies such as trastuzumab, pembrolizumab, and rituximab are used
to treat cancer.

[Play the audio-described version of this video](https://example.org/play).
"""

LISTING = "# Sepsis articles\n\n" + "".join(
    f"- [Study {i} finds a new treatment for sepsis](/news/{i})\n\nPosted: March {i}, 2023\n\n"
    "A short teaser about a life-threatening and sudden illness.\n\n"
    for i in range(1, 6)
)

ARTICLE = "# Leg cramps\n\nStretch the muscle and drink water. Most cramps pass quickly.\n"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (GHR, genre.GENETICS),
        (COMBINATION, genre.DRUG),
        (VIDEO, genre.VIDEO),
        (LISTING, genre.LISTING),
        (ARTICLE, genre.ARTICLE),
    ],
)
def test_genres_of_pages(text: str, value: str) -> None:
    assert genre.detect(document(text)).value == value


@pytest.mark.parametrize("text", [GHR, COMBINATION, VIDEO, LISTING])
def test_med110_leaves_pages_that_are_not_articles(med110: Linter, text: str) -> None:
    assert lint(med110, text).violations == ()


def test_med110_still_asks_every_consumer_article(med110: Linter) -> None:
    codes = [v.code for v in lint(med110, ARTICLE).violations]
    assert codes == ["MED110"]


def test_med110_leaves_reports_of_research(med110: Linter) -> None:
    """Round 5's blind judges read a trial's page and a workshop's report as pages where no
    prompt is expected: news of research tells readers what was found (MED109 still asks
    news for at most a prompt)."""
    news = (
        "---\ngenre: news\n---\n# New drug approved\n\nThe drug was approved for adults with "
        "migraine, the agency said.\n"
    )
    assert lint(med110, news).violations == ()


def test_a_declared_genre_decides(med110: Linter) -> None:
    assert lint(med110, "---\ngenre: glossary\n---\n" + ARTICLE).violations == ()


def test_schema_lists_every_genre_id() -> None:
    schema = resources.schema("rule.schema.json")
    assert schema["properties"]["genres"]["items"]["enum"] == list(genre.IDS.values())


RULE = """code: MED990
name: test.genre-scoped
summary: A test rule scoped to listing pages.
severity: warning
kind: required
genres: [{genres}]
fix: Add the word zebra to the page.
rationale: A test rule that asks for the word zebra on listing pages only.
options:
  patterns: ["zebra"]
examples:
  fail:
    - name: no zebra
      text: "# Sepsis articles\n\nNothing here.\n"
  pass:
    - name: zebra
      text: "# Sepsis articles\n\nA zebra.\n"
"""


def test_any_rule_file_can_declare_its_genres() -> None:
    spec = parse_rule(RULE.format(genres="listing"), "MED990.yaml")
    assert spec.genres == ("listing",)
    specs = (*load_builtin_specs(), spec)
    linter = Linter(Options(today=TODAY, select=("MED990",)), specs)
    assert [v.code for v in lint(linter, LISTING).violations] == ["MED990"]
    assert lint(linter, ARTICLE).violations == ()  # not a listing: the rule does not run


def test_an_unknown_genre_is_a_rule_file_error() -> None:
    with pytest.raises(RuleFileError, match="genres"):
        parse_rule(RULE.format(genres="blog"), "MED990.yaml")
