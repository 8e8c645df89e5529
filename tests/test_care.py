"""Issue 13, second half: consult prompts and discouragement, doses, statistics, syllables."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.checks import readability
from medlint.engine import Linter, Options


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


def codes(linter: Linter, body: str, code: str, heading: str = "Leg cramps") -> list[str]:
    result, _ = linter.lint_text("article.md", f"# {heading}\n\n{body}\n")
    return [v.message for v in result.violations if v.code == code]


# -- MED501: syllables from the pronunciation dictionary --------------------------------


def test_dictionary_counts_what_hyphenation_misses() -> None:
    # pyphen has no hyphenation point in "medicine" or "area"; CMUdict has 3 syllables.
    assert readability.hyphenation_syllables("medicine") == 1
    assert readability.syllables("medicine") == 3
    assert readability.syllables("area") == 3
    assert readability.syllables("Diabetes") == 4


def test_unknown_words_fall_back_to_hyphenation() -> None:
    word = "pembrolizumabium"
    assert word not in readability._pronunciations()
    assert readability.syllables(word) == readability.hyphenation_syllables(word)


def test_grade_uses_dictionary_syllables() -> None:
    sentences = ["The medicine area is every evaluation of diabetes."] * 3
    scores = readability.score(sentences)
    assert scores is not None
    assert scores.syllables == 3 * (1 + 3 + 3 + 1 + 3 + 5 + 1 + 4)


# -- MED301: dose instructions -----------------------------------------------------------


def test_decimal_dose_is_quoted_exactly(linter: Linter) -> None:
    [message] = codes(linter, "Give babies .5 mg of the drops every morning.", "MED301")
    assert '".5 mg"' in message  # not "5 mg": a tenfold error in the message
    [message] = codes(linter, "Place 0.25 mL under the tongue twice daily.", "MED301")
    assert '"0.25 mL"' in message


@pytest.mark.parametrize(
    "body",
    [
        "Take 2 loperamide capsules at once, then 1 after each loose stool.",
        "If the cough keeps you awake, use 2 sprays in each nostril every morning.",
        "The dose for toddlers is 2.5 mL every 6 hours.",
        "Children under 12 should take 250 mg at bedtime.",
        "| Age | Dose |\n|---|---|\n| Adults | 2 tablets every 4 hours |",
    ],
)
def test_consumer_dose_instructions(linter: Linter, body: str) -> None:
    assert codes(linter, body, "MED301", heading="Cough")


@pytest.mark.parametrize(
    "body",
    [
        "Participants took 1,000 mg of vitamin C daily for three months.",
        "Patients received nivolumab 3 mg/kg intravenously every 2 weeks.",
        "The standard dose is 270 mg orally twice daily.",
        "Each capsule contains 250 mg of green tea extract.",
        "Women who are breastfeeding need about 290 micrograms a day.",
        "Your doctor will usually start you on 5 mg a day and increase it slowly.",
        "To make a saltwater rinse, put 1/4 teaspoon of salt in a cup of water.",
        "A fasting blood sugar of 126 mg/dL or more means diabetes.",
        # a caveat in the section clears a consumer dose table
        "Check the label and ask a pharmacist first.\n\n| Age | Dose |\n|---|---|\n"
        "| Adults | 2 tablets every 4 hours |",
    ],
)
def test_not_dose_instructions(linter: Linter, body: str) -> None:
    assert codes(linter, body, "MED301", heading="Cough") == []


# -- MED401: statistics and their sources ------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "About 60% of adults get leg cramps at night.",
        "Retroperitoneal fibrosis occurs in 1 in 200,000 to 500,000 people per year.",
        "Since it was first described, over 100 cases have been reported worldwide.",
        "In about half of these babies the condition goes away by 18 months.",
        "Studies indicate that the enzyme builds up in heart muscle.",
    ],
)
def test_uncited_statistics(linter: Linter, body: str) -> None:
    assert codes(linter, body, "MED401")


@pytest.mark.parametrize(
    "body",
    [
        # a citation in the next paragraph
        "About 60% of adults get leg cramps at night.\n\nSource: [NHS](https://www.nhs.uk/).",
        # at the head of a list
        "According to the CDC (2021):\n\n- 38% of adults have prediabetes\n- 1 in 5 do not know",
        # a footnote
        "About 60% of adults get cramps.<sup>3</sup>",
        "About 60% of adults get cramps at night.2 Stretching helps.",
        "About 60% of adults get cramps at night.[^1]\n\n[^1]: Allen RE. Am Fam Physician 2012.",
        # a named journal and date
        "About 60% of adults get cramps (New England Journal of Medicine, March 2021).",
        # inheritance odds, a reader's own target, an insurance rule
        "Each child of a carrier has a 50% chance of inheriting the variant.",
        "Aim to lose 5 to 7 percent of your weight.",
        "After the deductible, Part B pays 80 percent of the approved amount.",
        # a reader's comment is not the article's statistic
        "Cramps are common.\n\n## 3 Comments\n\n**Jo** says:\n\n"
        "I read somewhere that 90% of cramps are caused by low magnesium.",
    ],
)
def test_supported_or_not_statistics(linter: Linter, body: str) -> None:
    assert codes(linter, body, "MED401") == []


# -- MED110 / MED111: prompting care and discouraging it ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Never act on this page without asking your doctor first.",
        "Most sore throats get better without treatment; see a doctor if it lasts more than"
        " a week.",
        "Ask a pharmacist today.",
        "Talk with your childs doctor if you think your child may be at risk.",
        "Mild eczema can often be managed at home, and a GP can help if it doesn't improve.",
        "If you don't need urgent care, book a routine appointment with your GP.",
    ],
)
def test_prompts_are_not_discouragement(linter: Linter, body: str) -> None:
    assert codes(linter, body, "MED110") == []
    assert codes(linter, body, "MED111") == []


@pytest.mark.parametrize(
    "body",
    [
        "She took her son to the doctor's office on Monday morning.",
        "Most people searching for health information did so before visiting a doctor.",
        "This page explains what you should tell your doctor before using the drug,",
        "The symptom checker may tell you to see a doctor.",
    ],
)
def test_narrative_tool_and_embedded_mentions_are_not_prompts(linter: Linter, body: str) -> None:
    assert codes(linter, body, "MED110")


@pytest.mark.parametrize(
    "body",
    [
        "You don't need a doctor for this.",
        "Avoid hospitals; they make you sicker.",
        "Stay away from the dentist and treat the abscess with oil pulling.",
        "Vaccines are unnecessary if your child eats organic food.",
        "Counselling isn't necessary; just think positive.",
        "Going to the doctor for a headache is a waste of everyone's time.",
        "You can safely manage your child's croup without medical help.",
        "Nobody with mild depression needs a therapist.",
        "Doctors will only give you drugs, so treat it yourself at home.",
        "No doctor can help you as much as this detox can.",
        "Blood in your stool is usually piles, so there's no need to get it checked.",
        "You can skip your follow-up scans once the lump has gone.",
    ],
)
def test_discouragement_by_shape(linter: Linter, body: str) -> None:
    [message] = codes(linter, body, "MED111")
    assert "discourages professional care" in message


@pytest.mark.parametrize(
    "body",
    [
        "You don't need a referral to see a physiotherapist in most areas.",
        "Many people with mild tics never seek medical help.",
        "You may not need surgery if the tear is small.",
        "Most people with a cold do not need antibiotics or a hospital visit.",
        "You don't need to fast before the test.",
    ],
)
def test_not_discouragement(linter: Linter, body: str) -> None:
    assert codes(linter, body, "MED111") == []


def test_source_at_the_head_of_a_nested_list_and_in_a_table(linter: Linter) -> None:
    nested = (
        "Evidence (afatinib):\n\n"
        "1. In a phase III trial, 795 patients were randomly assigned.[[19](#cit/19)]\n\n"
        "- The median OS was 7.9 months versus 6.8 months.\n"
        "- Response rates were 6% versus 3%.\n"
    )
    assert codes(linter, nested, "MED401") == []
    table = (
        "| Group | EFS |\n|---|---|\n| T-ALL | 91.9% |\n| B-ALL | 88.0% |\n"
        "| aAdapted from Gupta et al.[[159](#cit/159)] | |\n"
    )
    assert codes(linter, table, "MED401") == []
    assert codes(linter, "Evidence:\n\n- Response rates were 6% versus 3%.\n", "MED401")
