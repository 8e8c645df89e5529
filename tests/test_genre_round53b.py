"""Rounds 53 and 54 (N53, N54, N54b-d): more headline shapes of news, recalls and alerts, and
press releases by their furniture (genre.py ``_PART_HEADLINE``, ``_PASSIVE_HEADLINE``, the
event verbs of agencies, ``_FACT_CHECK``'s labels, ``_RELEASE``). Each shape has near misses
that stay patient information; the titles and texts are our own, in the shapes of the
development pages (tests/eval/corpus-judging/round53/criterion-53.md, amendment 3)."""

from __future__ import annotations

import pytest

from medlint.checks import genre
from medlint.parsing import parse


def _genre(title: str, body: str = "The text of the page.") -> genre.Genre:
    quoted = title.replace("'", "''")
    return genre.detect(parse("a.md", f"---\ntitle: '{quoted}'\n---\n{body}\n"))


@pytest.mark.parametrize(
    "title",
    [
        # a headline clause after a label or a question
        "Revolutionary Breakthrough: New Cancer Vaccine Shows Promise in Trials",
        "Multiple Sclerosis Information: FDA Approves New Drug for Relapses",
        # an event in the passive
        "Meningitis Case Reported on Campus",
        "Cough Syrup for Infants Recalled Because It May Contain Bacteria",
        "Baby cough syrup recalled as potential health risk",
        "Metal Hip Implants Pulled From Market",
        "Fireworks injuries reported",
        # agencies' verbs
        "FDA cracks down on illegal diabetes remedies",
        "Health officer urges hepatitis A vaccine for food workers",
        "Hospice appeals for shop donations",
        # a recall or alert label
        "RECALL: Children's cough medicine with mis-marked dosage cups",
        "Health Alert: Skin creams from abroad may contain mercury",
    ],
)
def test_a_news_title_is_a_headline(title: str) -> None:
    found = _genre(title)
    assert found.value == genre.NEWS, found.reason
    assert "headline" in found.reason


@pytest.mark.parametrize(
    "title",
    [
        "Tired all the time? It could be anaemia",
        "Hay fever? Local honey could help",
        "Headaches: these foods may trigger them",
        "Drugs banned in pregnancy",
        "Drugs Approved for Lung Cancer",
        "Suspected or confirmed COVID-19: what to do",
        "Warning signs of a stroke",
        "Recall of words after a stroke",
    ],
)
def test_patient_information_titles_stay_patient_information(title: str) -> None:
    assert _genre(title).value == genre.ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        "FOR IMMEDIATE RELEASE",
        "BOSTON, May 2, 2024 /PRNewswire/ -- A new trial",
        "NEW YORK (BUSINESS WIRE) -- A new trial",
        "Press release",
    ],
)
def test_a_press_release_is_told_by_its_furniture(line: str) -> None:
    body = f"{line}\n\nA trial of a new knee gel found less pain after six weeks."
    found = _genre("New knee gel", body)
    assert found.value == genre.NEWS
    assert "press release" in found.reason


def test_a_sentence_citing_a_release_is_no_release() -> None:
    body = "According to a press release from the clinic, the gel eases knee pain."
    assert _genre("Knee gel", body).value == genre.ARTICLE


# N54b (round 54): the over-reach the review of N54 showed on real patient pages, and its
# kin: a label naming a claim under examination, a label before a reader's question, a
# title that turns to the reader as a guide, the patient's senses of "pulled", "withdrawn"
# and "detected". Each of these titles was read as news by N54.
@pytest.mark.parametrize(
    "title",
    [
        "Myth: Drinking cranberry juice prevents urinary tract infections (UTIs)",
        "Myth: Vitamin C Prevents Colds",
        "Fact or fiction: Sugar causes hyperactivity in children",
        "Having a Tooth Pulled: What to Expect",
        "Recall: What Every Medicine User Needs to Know",
        "Health alert: how to check your smoke alarm",
        "Drugs withdrawn from the market: what to do",
        "Protein detected in urine",
        "Hamstring pulled during exercise",
    ],
)
def test_patient_pages_the_review_of_n54_found_stay_patient_information(title: str) -> None:
    found = _genre(title)
    assert found.value == genre.ARTICLE, found.reason


@pytest.mark.parametrize(
    "title",
    [
        "Metal Hip Implants Pulled From Market",
        "Weight-loss pills withdrawn from sale after heart warnings",
        "RECALL: Children's cough medicine with mis-marked dosage cups",
        # a round-44 event headline still reads past a guide's part
        "Amravati battles dengue outbreak: what residents need to know",
    ],
)
def test_the_news_senses_of_the_same_words_stay_news(title: str) -> None:
    assert _genre(title).value == genre.NEWS


# N54c (round 54, after the review of N54b): each mechanism with an input that fails
# without it, and the review's over-reach on constructed titles and texts.
@pytest.mark.parametrize(
    "title",
    [
        # a claim label with a number, an article or a pairing
        "Myth 1: Vitamin C shows benefits against colds",
        "Myth #1: Cranberry juice linked to fewer UTIs",
        "The Myth: Sugar linked to hyperactivity",
        "Myths and facts: Coffee linked to heart disease",
        "Mythbusters: Cranberry juice linked to fewer UTIs",
        "True or false: Coffee linked to heart disease",
        # a benefit verb after a question or a label is a teaser
        "Back pain? Yoga offers relief",
        "Heart health: Walking lowers blood pressure",
        "Osteoporosis: Exercise reduces fracture risk",
        # a part that tells the reader what to do next
        "Diagnosis confirmed: now what?",
        "Cancer confirmed: what happens next",
        "Breast lump confirmed as cancer: next steps",
        "Hip implant recalled: information for patients",
        # other senses of the labels
        "Recall: Memory problems after stroke",
        "Breaking: The cycle of addiction",
        # a patient's gerund opens no passive event
        "Getting a diagnosis confirmed by a specialist",
        "Being identified as a carrier of sickle cell",
    ],
)
def test_the_review_of_n54b_patient_titles_stay_patient_information(title: str) -> None:
    found = _genre(title)
    assert found.value == genre.ARTICLE, found.reason


@pytest.mark.parametrize(
    "title",
    [
        # a recall with a news explainer's tail stays news
        "Cough syrup recalled: what you need to know",
        # the passive event's followers
        "Measles case confirmed near school",
        "Salmonella cases reported across three states",
        "Fake insulin pens seized at border",
        # agencies' verbs, one each
        "Health department advises residents to boil water",
        "Agency upgrades mpox alert level",
        "State expands testing for lead in water",
        "Council calls for action on air pollution",
        # a recall label with its qualifier, an alert label in capitals
        "Product recall: Baby formula with metal fragments",
        "FOOD ALERT: Peanuts in chocolate bars",
    ],
)
def test_news_titles_of_each_mechanism_stay_news(title: str) -> None:
    found = _genre(title)
    assert found.value == genre.NEWS, found.reason


@pytest.mark.parametrize(
    "body",
    [
        "Metformin tablets are made for immediate release or for extended release.",
        "Our clinic was featured on PR Newswire last year.",
        "Media enquiries: press@hospital.org",
    ],
)
def test_a_sentence_or_footer_is_no_release_furniture(body: str) -> None:
    assert _genre("Metformin", body).value != genre.NEWS


def test_a_how_to_page_with_a_release_line_stays_patient_information() -> None:
    body = "Press release\n\nCool the burn under running water for 20 minutes."
    assert _genre("How to treat a burn at home", body).value == genre.ARTICLE


# N54d (round 54, after the second review): verbs a benefit or an observation also takes
# are no agency's; a guide's "what now"; the remaining untested parts of the shapes.
@pytest.mark.parametrize(
    "title",
    [
        "Exercise encourages healthy sleep",
        "Mindfulness reminds us to slow down",
        "Patient reports improvement after physio",
        "Cancer Confirmed - What Now?",
        "Suspected or confirmed COVID-19",
        "Q: Vitamin C linked to fewer colds?",
        "FAQ: Coffee linked to heart disease",
        "Measles cases confirmed: information for parents",
        "Eye drops recalled: FAQs",
    ],
)
def test_the_second_review_patient_titles_stay_patient_information(title: str) -> None:
    found = _genre(title)
    assert found.value == genre.ARTICLE, found.reason


def test_a_passive_event_may_end_with_again() -> None:
    assert _genre("Measles reported again in the county").value == genre.NEWS
    assert _genre("Measles reported again").value == genre.NEWS
