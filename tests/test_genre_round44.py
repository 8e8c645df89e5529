"""Round 44 (G44): a title that reports an event is a news headline: a recall, a warning, an
outbreak that hits a place, a body that issues a statement, a fact-check's label, an
attribution ending the title. Titles of the same words that are patient information stay
so (the round's review): the verb read as a noun ("Skin issues in diabetes", "My battles
with depression"), a participle ("Drugs banned in pregnancy"), a question answered after
its mark ("Tired all the time? It could be anaemia"), an explainer's "what the WHO says", a
product's "kills 99.9% of germs". The titles are our own, in the shapes W44's pages had."""

from __future__ import annotations

import pytest

from medlint.checks.genre import _headline


@pytest.mark.parametrize(
    "title",
    [
        "Regulator recalls two heart drugs over a labelling mix-up",
        "Outbreak of Rare Virus Hits Riverside Hospital",
        "Town battles measles outbreak: 40 cases recorded in May",
        "Cholera cases rise: Health Ministry issues statement on water",
        "Planning a detox? Agency warns against herbal slimming pills",
        "Loneliness a 'silent epidemic among students', charities warn",
        "Online Diet Pills Pose Dangers, Office Warns",
        "FACT CHECK: No, onions do not cure the flu",
        "Heatwave kills 12 in the capital",
    ],
)
def test_a_title_reporting_an_event_is_a_headline(title: str) -> None:
    assert _headline(title)


@pytest.mark.parametrize(
    "title",
    [
        "Skin issues in diabetes",
        "Self-harm urges and what to do",
        "My battles with depression",
        "DNR orders explained",
        "Health claims on food labels",
        "Drugs banned in pregnancy",
        "Suspected or confirmed COVID-19: what to do",
        "Tired all the time? It could be anaemia",
        "Headaches: these foods may trigger them",
        "Asthma: if an attack hits during exercise",
        "Measles, what the WHO says",
        "Rest, as your doctor says",
        "Hand gel kills 99.9% of germs",
        "Sepsis kills more people than cancer",
        "Fact-checked: 10 foods for gut health",
        "Fact Check Your Symptoms",
    ],
)
def test_patient_information_titles_are_no_headline(title: str) -> None:
    assert _headline(title) is None
