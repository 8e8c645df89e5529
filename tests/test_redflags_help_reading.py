"""The shared help-reading and genre layers of MED109/MED112, round 6 (issue 12): from the
blind reading of whole-corpus findings, pages that give the help in their own words and
pages where no help is expected. Each test pairs the form that counts with a near miss that
must not, so neither side can pass by accident."""

from __future__ import annotations

import pytest

from medlint import kinds, reading
from medlint.audience import detect
from medlint.checks import careshape, genre
from medlint.checks.helpseeking import HelpStatements
from medlint.checks.knowledge import load_guidance
from medlint.checks.safetynet import addresses_readers
from medlint.engine import Linter
from medlint.parsing import parse

from .conftest import TODAY, codes, lint

# An acute page no knowledge-base topic covers, with room for one help sentence.
ACUTE = (
    "# Whipple disease\n\nWhipple disease is a bacterial infection of the gut. It can be "
    "life-threatening. Symptoms include sudden, severe pain in the joints and "
    "diarrhea. Treatment is with antibiotics.\n\n{help}\n"
)


def test_the_safety_net_fires_without_help(rf: Linter) -> None:
    assert codes(lint(rf, ACUTE.format(help=""))) == ["MED112"]


def test_a_conditional_lead_in_is_completed_by_its_list_items(rf: Linter) -> None:
    """NCI's "Check with your child's doctor if your child has:" names no symptom itself; its
    items do, and they complete its sentence (the reader MED109 already uses)."""
    lead = "It's important to check with your child's doctor if your child has:\n\n"
    signs = "- pain in the joints\n- a fever for no known reason\n- trouble breathing\n"
    assert codes(lint(rf, ACUTE.format(help=lead + signs))) == []
    plans = "If you are planning a trip abroad, talk with your doctor about:\n\n"
    items = "- travel vaccines\n- travel insurance\n"
    assert codes(lint(rf, ACUTE.format(help=plans + items))) == ["MED112"]


def test_an_urgent_conditional_instruction_says_when(rf: Linter) -> None:
    """Plans are never urgent: a condition with an instruction to get help at once says when
    even without a symptom word."""
    urgent = "If you suspect you have been infected, consult your health care provider immediately."
    assert codes(lint(rf, ACUTE.format(help=urgent))) == []
    plan = "If you are planning a trip abroad, talk with your doctor."
    assert codes(lint(rf, ACUTE.format(help=plan))) == ["MED112"]


def test_an_instruction_about_symptoms_says_when(rf: Linter) -> None:
    """A symptom word between the care verb and the destination is what the reader acts on."""
    told = "Patients are advised to report any unusual symptoms to a doctor right away."
    assert codes(lint(rf, ACUTE.format(help=told))) == []
    other = "Patients are advised to report their travel plans to a doctor."
    assert codes(lint(rf, ACUTE.format(help=other))) == ["MED112"]


def shaped(linter: Linter, text: str) -> list[str]:
    """The instructions to get help recognised by shape (careshape.py)."""
    document, _ = reading.read_document("a.md", text.encode())
    assert document is not None
    ctx = kinds.Context(document, detect(document), TODAY, linter.bank)
    help_ = HelpStatements(ctx, load_guidance())
    return [s.mention.text for s in help_.statements if s.mention.label == careshape.SHAPE]


def test_if_after_a_verb_of_knowing_opens_a_question(rf: Linter) -> None:
    """After a verb of knowing, "if" means "whether": the care verb after it is the
    instruction; the verb of a real condition ("if you see a doctor, ...") still is not."""
    question = (
        "These symptoms may be caused by other conditions. The only way to know if these "
        "symptoms are caused by Whipple disease is to see a doctor."
    )
    assert shaped(rf, ACUTE.format(help=question)) == ["see a doctor"]
    assert codes(lint(rf, ACUTE.format(help=question))) == []
    clause = "If you see a doctor, bring a list of your medicines."
    assert shaped(rf, ACUTE.format(help=clause)) == []
    assert codes(lint(rf, ACUTE.format(help=clause))) == ["MED112"]


DISLOCATION = (
    "# Dislocations\n\nDislocations are joint injuries that force the ends of your bones out "
    "of position. Dislocated joints often are swollen, very painful and visibly out of place. "
    "{declared} If you have one, seek medical attention.\n"
)


def test_a_declared_emergency_carries_to_the_next_conditional_instruction(rf: Linter) -> None:
    """The sentences "A dislocated joint is an emergency. If you have one, seek medical
    attention." are urgent help for the emergency signs; the same instruction after a plain
    description is a routine prompt, which emergency signs need more than."""
    declared = DISLOCATION.format(declared="A dislocated joint is an emergency.")
    assert codes(lint(rf, declared)) == []
    plain = DISLOCATION.format(declared="A dislocated joint hurts a lot.")
    assert codes(lint(rf, plain)) == ["MED109"]
    negated = DISLOCATION.format(declared="A dislocated joint is not an emergency.")
    assert codes(lint(rf, negated)) == ["MED109"]


NEWS = (
    "---\ntitle: New study on sepsis survival\n---\nResearchers found that faster "
    "antibiotics improved sepsis survival in a large study published in a journal. {x}\n"
)


def test_news_address_in_quotes_or_about_joining_a_study_is_not_to_readers(rf: Linter) -> None:
    quoted = '"If you treat sepsis early, your patients do better and you save lives," she said.'
    assert codes(lint(rf, NEWS.format(x=quoted))) == []
    joining = "You can ask your hospital whether you are eligible to join the study you read about."
    assert codes(lint(rf, NEWS.format(x=joining))) == []
    readers = "If you or your child had sepsis, you may want to read it."
    assert codes(lint(rf, NEWS.format(x=readers))) == ["MED112"]


def test_a_trial_page_speaking_to_volunteers_is_not_addressing_readers() -> None:
    volunteers = (
        "You can ask to take part in the study at a site near you. If you join the trial, you "
        "will be randomly assigned to one of two scans. You will have that scan every year. "
        "Your results will be sent to you and your doctor. "
    )
    assert not addresses_readers(volunteers)
    readers = "If you have a new lump, your doctor can check it. You can ask about your risk. "
    assert addresses_readers(volunteers + readers * 2)


def test_a_long_report_with_one_aside_to_readers_is_not_addressing_them() -> None:
    report = "The trial compared two scans in 50,000 people over eight years. " * 300
    aside = "If you smoke, the best thing you can do for your health is to quit."
    assert not addresses_readers(report + aside)
    assert addresses_readers("The trial compared two scans in 5,000 people. " * 9 + aside)


def _hub(links: int, prose: str = "") -> str:
    items = "".join(
        f"- [Breast cancer summary number {i}](/types/breast/{i})\n" for i in range(links)
    )
    return (
        "---\ntitle: Breast Cancer\n---\n# Breast Cancer\n\nBreast cancer is the second most "
        f"common cancer in women.{prose}\n\n## Treatment\n\n{items}\n## Coping\n\n"
        "[Emotions and Cancer](/coping/feelings) [Adjusting to Cancer](/coping/adjusting)\n"
    )


def test_a_hub_page_of_link_lines_is_a_listing(rf: Linter) -> None:
    document = parse("a.md", _hub(8))
    assert genre.detect(document).value == genre.LISTING
    assert codes(lint(rf, _hub(8))) == []
    # The same links under a long article are an article's further reading.
    long = (
        " A new lump in the breast is the most common symptom, and most lumps are not cancer." * 40
    )
    assert genre.detect(parse("a.md", _hub(8, long))).value == genre.ARTICLE


def test_glossary_links_inside_prose_do_not_make_a_hub() -> None:
    sentence = (
        "A [biopsy](/def/biopsy) removes [cells](/def/cells) or [tissue](/def/tissue) so they "
        "can be viewed under a microscope by a pathologist to check for signs of cancer.\n\n"
    )
    document = parse("a.md", "# Breast Cancer Diagnosis\n\n" + sentence * 12)
    assert genre.detect(document).value != genre.LISTING


def test_an_acute_title_kind_counts_only_as_the_titles_subject(rf: Linter) -> None:
    """One acute sentence is enough when the title's subject is an acute kind of problem;
    a kind used as a verb or a modifier is not the subject."""
    body = (
        "\n\nIt spread through the systems of three hospitals. Some services stopped "
        "suddenly and staff worked on paper. Symptoms of the outage include delays.\n"
    )
    assert "MED112" not in codes(lint(rf, "# Cyber Attack Disrupts Hospital Services" + body))
    breathing = (
        "\n\nShortness of breath can be a sign of a serious disease. Symptoms include trouble "
        "breathing. Treatment depends on the cause.\n"
    )
    assert "MED112" in codes(lint(rf, "# Breathing Problems" + breathing))


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("url: https://www.cancer.gov/types/lung/research/keynote-trial", genre.NEWS),
        ("url: https://example.org/news/2024/new-sepsis-test", genre.NEWS),
        # round 23: a blog is a publishing format, not a report
        ("canonical: https://example.org/blog/my-sepsis-story", genre.ARTICLE),
        ("url: https://example.org/blog/natural-cure-for-panic-attacks/", genre.ARTICLE),
        ("url: https://www.cancer.gov/research", genre.ARTICLE),  # the section's own page
        ("url: https://example.org/conditions/sepsis", genre.ARTICLE),
        ("url: https://example.org/newsletter/sepsis", genre.ARTICLE),
    ],
)
def test_an_address_in_a_news_or_research_section_declares_a_report(
    front: str, expected: str
) -> None:
    text = f"---\ntitle: Sepsis\n{front}\n---\n# Sepsis\n\nSepsis is a serious illness.\n"
    assert genre.detect(parse("a.md", text)).value == expected


def test_an_html_canonical_address_declares_a_report() -> None:
    page = (
        '<html><head><link rel="canonical" href="https://example.org/news/sepsis-study">'
        "<title>Sepsis</title></head><body><main><h1>Sepsis</h1><p>Sepsis is a serious "
        "illness.</p></main></body></html>"
    )
    assert genre.detect(parse("a.html", page)).value == genre.NEWS
    other = page.replace("/news/", "/conditions/")
    assert genre.detect(parse("a.html", other)).value == genre.ARTICLE


@pytest.mark.parametrize(
    ("json_ld", "expected"),
    [
        ('{"@context": "https://schema.org", "@type": "NewsArticle"}', genre.NEWS),
        # round 23: WordPress marks every post a BlogPosting, remedy advice included
        ('{"@context": "https://schema.org", "@type": "BlogPosting"}', genre.ARTICLE),
    ],
)
def test_json_ld_declares_news_but_not_a_blog_post(json_ld: str, expected: str) -> None:
    page = (
        f'<html><head><script type="application/ld+json">{json_ld}</script>'
        "<title>Sepsis</title></head><body><main><h1>Sepsis</h1><p>Sepsis is a serious "
        "illness.</p></main></body></html>"
    )
    assert genre.detect(parse("a.html", page)).value == expected


def test_a_declared_blog_type_is_no_genre() -> None:
    text = "---\ntitle: Sepsis\ntype: blog\n---\n# Sepsis\n\nSepsis is a serious illness.\n"
    assert genre.detect(parse("a.md", text)).value == genre.ARTICLE


def test_a_destination_opening_a_relative_clause_is_no_instruction(rf: Linter) -> None:
    """In "take all of the antibiotics your doctor prescribes", about medicines, the doctor is
    the subject of a clause of its own, not where the reader is told to go."""
    adherence = (
        "It's very important to take all of the antibiotics your doctor prescribes, even if "
        "you feel better."
    )
    assert shaped(rf, ACUTE.format(help=adherence)) == []
    assert codes(lint(rf, ACUTE.format(help=adherence))) == ["MED112"]
    told = "Take your child to a doctor if the pain lasts more than a day."
    assert shaped(rf, ACUTE.format(help=told)) == ["Take your child to a doctor"]
    assert shaped(rf, ACUTE.format(help="Report any new symptoms to your nurse at once.")) == [
        "Report any new symptoms to your nurse"
    ]


def test_the_sentence_before_an_instruction_must_be_a_condition_clause(rf: Linter) -> None:
    """A description with a verb of course ("some medicines can worsen these symptoms") is
    no condition the next sentence's prompt answers; "If ..." is."""
    described = (
        "Some medicines can worsen these symptoms. Tell your doctor about all of the "
        "medicines you take."
    )
    assert codes(lint(rf, ACUTE.format(help=described))) == ["MED112"]
    conditioned = (
        "If your symptoms get worse at night, keep a diary of them. Tell your doctor about "
        "all of the medicines you take."
    )
    assert codes(lint(rf, ACUTE.format(help=conditioned))) == []


@pytest.mark.parametrize(
    ("help_", "fires"),
    [
        ("Ask your doctor about these medicines and how to avoid them, if possible.", True),
        ("Talk with your doctor to discuss if these foods are safe to eat.", True),
        ("Ask your doctor about these symptoms if they last more than a day.", False),
        ("A person with signs of bleeding should call or see a doctor right away.", False),
    ],
)
def test_a_clause_word_that_opens_no_clause_is_no_condition(
    rf: Linter, help_: str, fires: bool
) -> None:
    """An elliptical "if possible" and a question after "discuss" say nothing about when;
    a real condition and a modal "should" still count."""
    assert ("MED112" in codes(lint(rf, ACUTE.format(help=help_)))) is fires
