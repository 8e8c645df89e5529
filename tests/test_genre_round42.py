"""Round 42 (N42): the day of a past event tells a news report (checks/genre.py
``_event_day``, ``_reported``).

Every page here is written for the test (no labelled page's text). A report names the day
its events happened ("on Monday", "late Friday"); patient information does not, except as
the reader's plan ("start on Sunday") or the writer's own story ("On Monday my son ..."),
and a one-line anecdote is no report.
"""

from __future__ import annotations

import pytest

from medlint import reading
from medlint.checks import genre
from medlint.document import Document
from medlint.engine import Linter, Options

from .conftest import TODAY


def document(text: str) -> Document:
    doc, _ = reading.read_document("a.md", text.encode())
    assert doc is not None
    return doc


APPROVAL = """# A gene therapy for sickle cell disease

The Food and Drug Administration on Friday approved the first gene therapy for sickle cell
disease, a treatment that edits a patient's own blood stem cells. The therapy is given once
in hospital after chemotherapy, and the agency expects it to be offered at a small number of
centres in the first year. Its price was not announced.
"""

CLINIC_OPENS = """# New heart failure clinic opens at the community hospital

The nurse-led clinic began seeing patients on Wednesday, so that people with heart failure
can have their medicines reviewed and iron infusions arranged without travelling to the city.
The clinic is open five days a week and takes referrals from family doctors in the district.
"""

PLAN = """# Starting your patches

Put your first patch on on Sunday, and change it every three or four days after that. Press
it firmly for ten seconds and keep it away from creams or oils. If the skin under a patch
becomes red or itchy, put the next one somewhere else and tell your nurse if it goes on.
"""

OWN_STORY = """# Our croup story

On Monday my son woke at midnight with a barking cough and a hoarse voice. We sat with him
in the cool night air by the open window, and the cough eased within the hour. Croup is
common in small children, and most cases are mild and settle in a few days with rest.
"""

ANECDOTE = "# Ear infections\n\nShe took her son to the doctor's office on Monday morning.\n"

# first review (round 42): a schedule, a third-person story, an instruction, a hard-wrapped
# plan, a week-by-week page with one quote
CLINIC_HOURS = """# Flu vaccination clinic

Our community flu clinic offers free flu shots to adults and children over six months of age.
The clinic is closed on Monday and opens again on Tuesday at 9 am. No appointment is needed,
and the shots take only a few minutes. Bring your insurance card if you have one.
"""

STORY = """# Living with asthma: Maria's story

Maria has had asthma since she was a child and manages it with two inhalers every day.
Late Friday she had a bad attack after a long walk in the cold air, and was taken to the
hospital by her husband. She recovered quickly and now carries her reliever inhaler everywhere.
"""

PILL = """# Starting the pill

There are several ways to start taking the combined pill. With a Sunday start,
the first pill is taken on Sunday after the period begins, and a backup method is
used for seven days. With a first-day start, the first pill is taken on the first day.
"""

WRAPPED_PLAN = """# Starting your patches

Put your first patch
on on Sunday, and change it every three or four days after that. Press
it firmly for ten seconds and keep it away from creams or oils. If the skin under a patch
becomes red or itchy, put the next one somewhere else and ask your nurse if it goes on.
"""

PREGNANCY_WEEK = """# Pregnancy week 24

This week the baby is about the size of a banana and is growing fast. "Many mothers feel
the first strong kicks now," said one midwife. In the last week of pregnancy the baby
settles lower in the pelvis, and most women find breathing easier then.
"""


@pytest.mark.parametrize("text", [APPROVAL, CLINIC_OPENS])
def test_a_page_that_names_the_day_of_its_events_is_news(text: str) -> None:
    found = genre.detect(document(text))
    assert found.value == genre.NEWS
    assert "'on " in found.reason


FILLER = (
    "Pneumonia is an infection of the lungs that can make breathing hard. Most people get "
    "better with rest, fluids and, when a doctor prescribes them, antibiotics. "
)


@pytest.mark.parametrize(
    "text",
    [
        PLAN,
        OWN_STORY,
        ANECDOTE,
        CLINIC_HOURS,
        STORY,
        PILL,
        WRAPPED_PLAN,
        PREGNANCY_WEEK,
        # second review (round 42): a named patient, "they", a present-tense notice, a page's
        # own history
        f"# Pneumonia\n\n{FILLER}Last Friday, Anna was admitted to hospital with pneumonia.\n",
        f"# Pneumonia\n\n{FILLER}On Monday they took their daughter to the clinic.\n",
        f"# Flu jabs\n\n{FILLER}Local clinics on Saturday offer free jabs to all who need one.\n",
        f"# Pneumonia\n\n{FILLER}The CDC updated this page on Friday.\n",
    ],
)
def test_a_plan_a_writers_story_or_an_anecdote_is_not(text: str) -> None:
    assert genre.detect(document(text)).value == genre.ARTICLE


def test_a_recent_period_with_one_attribution_is_news() -> None:
    text = (
        "# Flu season in the state\n\nHospital admissions for flu doubled in November, the "
        "state health department said last week. The rise came earlier than in most years, "
        "and the department expects it to peak after the holidays. Fewer adults over 65 were "
        "vaccinated than last winter, according to the department's figures.\n"
    )
    assert genre.detect(document(text)).value == genre.NEWS
    alone = text.replace(" said last week", " said")
    assert genre.detect(document(alone)).value == genre.ARTICLE


def test_a_dated_report_is_not_asked_for_a_consult_prompt() -> None:
    linter = Linter(Options(today=TODAY, select=("MED110",)))
    result, crashes = linter.lint_text("a.md", APPROVAL)
    assert crashes == 0 and result.violations == ()
    result, _ = linter.lint_text("a.md", PLAN.replace("tell your nurse", "change it"))
    assert [v.code for v in result.violations] == ["MED110"]
