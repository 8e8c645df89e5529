"""Round 37: what was adopted on fresh blind data (tests/eval/corpus-judging/round37/
criterion-37.md).

D37 (MED201): a page whose title or first main heading names the claims it is about as false
(option debunking_title_words: fake, scam, hoax, fraud, quack, bogus, misinformation, debunk,
myth, beware, wary, fact-check and their forms) quotes them as its examples, and none is
reported ("Fake video touts 10-day cure for diabetes"). A debunking word in the text alone
excuses nothing: the sentence's own context cues judge it as before.

X37 (context): a negation reaches a double-negation cue ("without", "unless") after it up to 16
tokens within its clause (rules/context/cues.yaml ``double_negation_reach``), so "Never use
steroid eye drops or medications from a friend without consulting a doctor" is a prompt, not
discouragement; before, only the negation's own 8-token scope counted.
"""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes

# D37 (MED201): a page whose title or first main heading names the claims it is about as false
# (option debunking_title_words) quotes them as its examples; none is reported.

CLAIM = "A herbal remedy taken for 10 days will cure diabetes. Doctors say there is no such cure."


@pytest.mark.parametrize(
    "title",
    [
        "Fake video touts 10-day cure for diabetes",
        "How to Fact-Check Health Claims You Find Online",
        "Consumer Contact: Be Wary of 'Autism-Treating' Products",
        "Six diabetes myths that keep people ill",
    ],
)
def test_a_page_about_false_claims_reports_none(linter: Linter, title: str) -> None:
    assert codes(linter, CLAIM, "MED201", heading=title) == []


def test_the_same_claim_under_a_plain_title_is_reported(linter: Linter) -> None:
    assert codes(linter, CLAIM, "MED201", heading="Diabetes and herbal remedies")


def test_a_debunking_word_in_the_text_alone_does_not_excuse_the_page(linter: Linter) -> None:
    body = "Some sellers are frauds. " + CLAIM
    assert codes(linter, body, "MED201", heading="Diabetes and herbal remedies")


# Review mend: the title must say the page is about false claims, as the page's own title.

SELLER = "GlucoFix reverses type 2 diabetes in 30 days. It is 100% safe with no side effects."


@pytest.mark.parametrize(
    "title",
    [
        "Is GlucoFix a scam? My honest review",  # asked: affiliate reviews endorse
        "GlucoFix reviews - legit or scam",  # weighed, not named false
        "Scam or legit: GlucoFix reviews",  # weighed with the word first (round 67's fix)
        "Cure diabetes naturally in 30 days (no scam)",  # denied
        "Not a scam: GlucoFix works",
        "Scam-free diabetes care",
        "The history of Greek mythology and medicine",  # a longer word, not "myth"
    ],
)
def test_a_title_that_asks_denies_or_only_contains_the_word_is_no_debunking(
    linter: Linter, title: str
) -> None:
    assert codes(linter, SELLER, "MED201", heading=title)


def test_a_hyphenated_word_counts_by_its_parts(linter: Linter) -> None:
    assert codes(linter, CLAIM, "MED201", heading="Fake-news cures spread online") == []


def test_the_first_h1_counts_under_a_plain_title(linter: Linter) -> None:
    text = f"---\ntitle: Diabetes news\n---\n\n# Fake video touts a cure\n\n{CLAIM}\n"
    result, _ = linter.lint_text("a.md", text)
    assert not [v for v in result.violations if v.code == "MED201"]
    plain = text.replace("# Fake video touts a cure", "# A video about a cure")
    result, _ = linter.lint_text("a.md", plain)
    assert [v for v in result.violations if v.code == "MED201"]


def test_a_section_heading_is_not_the_pages_title(linter: Linter) -> None:
    # no front matter and no H1: the parser's title is the first heading, but an H2 is a
    # section ("where to buy", "beware of imitations"), not what the page is about
    text = "Our capsules cure arthritis for good.\n\n## Beware of cheap imitations\n\nBuy ours.\n"
    result, _ = linter.lint_text("a.md", text)
    assert [v for v in result.violations if v.code == "MED201"]


def test_a_claim_the_writer_endorses_is_reported_on_a_debunking_page(linter: Linter) -> None:
    body = "People claim that this spray cures sinusitis for good, and we agree."
    assert codes(linter, body, "MED201", heading="Sinusitis myths")


# X37 (context): a negation reaches a double-negation cue ("without", "unless") after it up to
# the cue set's double_negation_reach (16 tokens) within its clause, so a long negated
# instruction that ends "without consulting a doctor" is a prompt, not discouragement.


@pytest.mark.parametrize(
    "sentence",
    [
        "Never use steroid eye drops or medications from a friend without consulting a doctor.",
        "You should also not stop or alter the way you are taking any other prescribed "
        "medication without discussing it with your GP.",
        "Do not stop taking or change the dose of this medicine without talking to your "
        "doctor first.",
    ],
)
def test_a_long_negated_instruction_ending_without_a_doctor_is_a_prompt(
    linter: Linter, sentence: str
) -> None:
    assert codes(linter, sentence, "MED111", heading="Eye drops") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # no negation before "without": going without care, as before
        "You can stop it without asking your doctor.",
        # a negation in another clause does not reach it
        "This is not dangerous, so you can stop taking your tablets without asking your doctor.",
    ],
)
def test_without_care_is_still_discouraging_when_no_negation_reaches_it(
    linter: Linter, sentence: str
) -> None:
    assert codes(linter, sentence, "MED111", heading="Eye drops")
