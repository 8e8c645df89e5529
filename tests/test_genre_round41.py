"""Round 41 (G41): a news report told by its reporting shape (checks/genre.py ``_reported``).

Every page here is written for the test (no labelled page's text): a report that attributes
its words to people, dates events by the weekday or the week, speaks of officials or carries
a wire credit is a news report; patient information that cites its sources ("according to
the Mayo Clinic"), quotes one person once, or is a notice to the public stays patient
information.
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


OUTBREAK = """# Measles at a valley daycare

Three children at a daycare have measles, county health officials said on Tuesday.

"We are working closely with the families," the health officer said. She said the children
had not been vaccinated.

The last case in the county was recorded last year, a spokesperson told the Gazette.
"""

REGULATOR = """# Agency sends letters to supplement sellers

The agency sent letters to 12 companies selling pills for joint pain, it said.

"These products have not been reviewed for safety," the commissioner said. The companies
have 15 days to reply, the agency said.
"""

WIRE = """# Aspirin advice changes for older adults

(AP) — Older adults without heart disease should not start a daily aspirin, a panel of
experts now advises.
"""

# A feature quoting one doctor twice, with nothing of a report besides: patient information.
HEALTH_FEATURE = """# Heat and older adults

"Older people often do not feel thirsty," said Dr. Lena Ortiz, a geriatrician. "Check on
them twice a day," she said.

Drink water often and stay in the shade.
"""

CONSUMER_CITING = """# Leg cramps

Leg cramps are common at night, according to the Mayo Clinic. Stretching may help,
according to the NHS. Magnesium has little effect, according to a review.

See a doctor if cramps are severe or happen often.
"""

ONE_QUOTE = """# Back pain

"Most back pain gets better in a few weeks," said one physiotherapist.

Keep moving and take simple painkillers if you need them.
"""

NOTICE = """# Stay safe in the heat

Residents are urged to keep cool during the hot weather this week, the council said on
Monday.

"Check on elderly neighbours," the council's health lead said. Call 999 if someone has
signs of heatstroke.
"""

HOW_TO = """# How to treat a sprained ankle

"Rest it for a day or two," the physiotherapist said. "Then move it gently," she said. "Ice
helps in the first days," she said on Monday.
"""


@pytest.mark.parametrize("text", [OUTBREAK, REGULATOR, WIRE])
def test_a_report_told_by_its_reporting_shape_is_news(text: str) -> None:
    found = genre.detect(document(text))
    assert found.value == genre.NEWS
    assert found.reason.startswith("the text reports news (")


@pytest.mark.parametrize("text", [HEALTH_FEATURE, CONSUMER_CITING, ONE_QUOTE, NOTICE, HOW_TO])
def test_patient_information_that_cites_or_quotes_stays_patient_information(text: str) -> None:
    assert genre.detect(document(text)).value == genre.ARTICLE


def test_the_evidence_quotes_the_first_attribution() -> None:
    reason = genre.detect(document(OUTBREAK)).reason
    assert "attributions such as 'county health officials said'" in reason
    assert "'on Tuesday'" in reason


def test_a_news_report_is_not_asked_for_a_consult_prompt() -> None:
    """MED110 judges articles, treatments and products; a report of an outbreak tells readers
    what happened (round 40's judges: a consult prompt is not expected on news)."""
    linter = Linter(Options(today=TODAY, select=("MED110",)))
    result, crashes = linter.lint_text("a.md", OUTBREAK)
    assert crashes == 0 and result.violations == ()
    result, _ = linter.lint_text("a.md", ONE_QUOTE)
    assert [v.code for v in result.violations] == ["MED110"]


def test_the_shape_needs_more_than_two_attributions_alone() -> None:
    two = (
        "# Measles in the valley\n\nThree children have measles, a nurse said. "
        '"Vaccines protect," the doctor said.\n'
    )
    assert genre.detect(document(two)).value == genre.ARTICLE
    three = two.replace("protect,", 'protect," the doctor said. "Get them,')
    assert genre.detect(document(three)).value == genre.NEWS
    dated = two.replace("a nurse said", "a nurse said on Friday")
    assert genre.detect(document(dated)).value == genre.NEWS


# The review of round 41 (mends): "said" that attributes nothing, a medical abbreviation in
# brackets, a weekday or "this year" in patient information, and patient information's
# "reported side effect" or "confirmed diagnosis" are no report.
@pytest.mark.parametrize(
    "text",
    [
        "# Nausea\n\nGinger is said to ease nausea. Peppermint is also said to help. "
        "Chamomile is said to calm the stomach.\n",
        "# Nausea\n\nHaving said that, rest helps. As we said above, ginger helps. "
        "That said, see a doctor if you cannot keep fluids down.\n",
        "# Liver cancer\n\nA blood test for alpha-fetoprotein (AFP) can help find liver cancer.\n",
        "# Chest X-rays\n\nA front-to-back (AP) view is taken lying down.\n",
        "# Patches\n\nPut your first patch on on Sunday, as your nurse said.\n",
        '# Flu\n\nThis year\'s flu vaccine is ready. "Get it early," said one nurse. '
        '"It takes two weeks to work," she said.\n',
        "# Statins\n\nMuscle pain is the most commonly reported side effect. A confirmed "
        'diagnosis needs a blood test. "Stretch," one cardiologist said. "Rest," she said.\n',
    ],
)
def test_patient_wording_that_only_looks_like_reporting(text: str) -> None:
    assert genre.detect(document(text)).value == genre.ARTICLE


def test_a_wire_credit_is_a_dateline() -> None:
    text = "# Heat\n\nLONDON (Reuters) - Hospitals saw more heatstroke cases, the ministry said.\n"
    found = genre.detect(document(text))
    assert found.value == genre.NEWS and "'LONDON (Reuters) -'" in found.reason


# The second review of round 41: an abbreviation in a list item is no dateline; a dateline
# in an HTML paragraph or after a long place is; words reported back to the reader, a
# patient's story told a year back and "told a partner" are no report.
@pytest.mark.parametrize(
    "text",
    [
        "# Liver\n\n- Alpha fetoprotein (AFP) - a protein made by some liver tumours.\n"
        "- Anteroposterior (AP) – taken lying down\n",
        "# Meds\n\nTake it exactly as your doctor said. Use the spacer as the nurse said. If "
        "you forgot what the pharmacist said, read the leaflet.\n",
        "# HIV\n\nMany wait before they have told a partner. Some have told the family first. "
        "Others told a friend.\n",
        '# Diabetes\n\nJohn, 58, was diagnosed last year. "I ignored the thirst," he said. '
        '"My wife said I should get checked."\n',
    ],
)
def test_more_patient_wording_that_only_looks_like_reporting(text: str) -> None:
    assert genre.detect(document(text)).value == genre.ARTICLE


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "a.html",
            "<html><body><h1>Heatwave strains hospitals</h1><p>LONDON (Reuters) - Hospitals "
            "saw more cases.</p></body></html>",
        ),
        ("a.md", "# Zika\n\nRIO DE JANEIRO, Brazil, Tuesday, March 3, 2020 (AP) — Cases rose.\n"),
    ],
)
def test_datelines_where_they_stand(name: str, text: str) -> None:
    doc, _ = reading.read_document(name, text.encode())
    assert doc is not None and genre.detect(doc).value == genre.NEWS
