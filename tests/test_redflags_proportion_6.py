"""Proportion of the red-flag demands, round 6b (issue 12 point 3): a condition is demanded
only on the pages of its topic whose cited consumer sources name it, and MED112 does not
ask pages where no reader can act. From the blind reading of the round-5 corpus findings
(SJS asked of a hives page, sepsis of short MRSA and UTI overviews, liver emergencies of a
self-limiting hepatitis, breathlessness of a late-effects summary whose headings list it,
skin-cancer signs of a head-and-neck squamous-cell page, smallpox and neonatal RDS). Each
test pairs the page that is no longer asked with its near miss that still is."""

from __future__ import annotations

from medlint.checks.knowledge import load_guidance, load_topics
from medlint.engine import Linter

from .conftest import asked, lint, messages

# -- a condition's pages: which pages of the topic its sources demand it for ---------------

SKIN = (
    "# {title}\n\n{title} are red, itchy bumps or patches on the skin. An allergic reaction "
    "to a medicine or a food often causes them. Antihistamine tablets can help.\n"
)


def test_sjs_is_asked_of_a_rash_page_not_of_a_hives_page(rf: Linter) -> None:
    """The NHS hives page names anaphylaxis, not SJS/TEN; the rashes sources name SJS."""
    hives = lint(rf, SKIN.format(title="Hives"))
    assert not asked(hives, "Stevens-Johnson")
    assert asked(hives, "anaphylaxis")
    assert asked(lint(rf, SKIN.format(title="Skin rashes")), "Stevens-Johnson")


def test_a_drug_reactions_page_is_asked_for_anaphylaxis_not_sjs(rf: Linter) -> None:
    page = (
        "# Drug Reactions\n\nMedicines can cause unwanted reactions. Drug allergies can be "
        "mild or life-threatening. Skin reactions, such as hives and rashes, are the most "
        "common type. Ask your pharmacist if you have questions.\n"
    )
    found = lint(rf, page)
    assert not asked(found, "Stevens-Johnson")
    assert asked(found, "anaphylaxis")


def test_every_scoped_condition_says_why_in_its_reason() -> None:
    """The scope is data with its reason: every condition with ``pages`` says which pages
    its sources demand it for (the reason names the pages it leaves out)."""
    scoped = [(t.id, c) for t in load_topics() for c in t.conditions if c.pages]
    assert len(scoped) >= 3
    for topic_id, c in scoped:
        assert "Demanded on" in c.reason or "demanded on" in c.reason, (topic_id, c.id)


LIVER = (
    "# {title}\n\n{title} is inflammation or scarring of the liver. Symptoms include "
    "tiredness, feeling sick and yellow skin or eyes. Treatment depends on the cause.\n"
)


def test_a_hepatitis_page_is_asked_for_a_prompt_not_liver_emergencies(rf: Linter) -> None:
    hepatitis = lint(rf, LIVER.format(title="Hepatitis A"))
    assert not asked(hepatitis, "liver emergency")
    assert asked(hepatitis, "symptoms of hepatitis that need checking")
    cirrhosis = lint(rf, LIVER.format(title="Cirrhosis"))
    assert asked(cirrhosis, "liver emergency")
    assert not asked(cirrhosis, "symptoms of hepatitis that need checking")


def test_a_hepatitis_page_with_a_prompt_passes(rf: Linter) -> None:
    page = LIVER.format(title="Hepatitis A") + "\nSee a doctor if your skin or eyes turn yellow.\n"
    assert messages(lint(rf, page)) == []


UTI = (
    "# Urinary tract infections\n\nA UTI can cause pain or burning when you urinate and an "
    "urge to urinate often. {extra}\n"
)


def test_sepsis_is_asked_of_a_uti_page_only_where_it_speaks_of_the_blood(rf: Linter) -> None:
    overview = lint(rf, UTI.format(extra="Treatment is with antibiotics."))
    assert not asked(overview, "never mentions sepsis")
    assert asked(overview, "kidney infection")  # the same-day step every reader is given
    spread = "Rarely, the infection can spread to the bloodstream."
    assert asked(lint(rf, UTI.format(extra=spread)), "never mentions sepsis")


MRSA = (
    "# MRSA\n\nMRSA is a staph infection that is resistant to several antibiotics. {extra}"
    "Keep cuts clean and covered. If a wound appears to be infected, see a health care "
    "provider.\n"
)


def test_sepsis_is_asked_of_a_staph_page_only_where_it_speaks_of_serious_infection(
    rf: Linter,
) -> None:
    assert messages(lint(rf, MRSA.format(extra=""))) == []
    serious = "It can cause serious infections of the blood and lungs. "
    assert asked(lint(rf, MRSA.format(extra=serious)), "sepsis")


# -- the topic's name in another sense -------------------------------------------------------


def test_a_squamous_cell_cancer_of_another_organ_is_not_skin_cancer(rf: Linter) -> None:
    text = (
        "# {title}\n\n{title} is a cancer that starts in flat cells. It is treated with "
        "surgery and radiation therapy.\n"
    )
    other = lint(rf, text.format(title="Squamous cell carcinoma of the head and neck"))
    assert not asked(other, "mole")
    assert asked(lint(rf, text.format(title="Squamous cell carcinoma")), "mole")


LATE = (
    "# Late effects of treatment\n\nLate effects are health problems that show up months "
    "or years after treatment ends.\n\n"
    "## Possible symptoms of heart late effects {verb} trouble breathing and chest pain.\n\n"
    "These symptoms may be caused by late effects or by other conditions.\n\n"
    "## Possible symptoms of lung late effects {verb} trouble breathing and cough.\n\n"
    "These symptoms may be caused by late effects or by other conditions.\n"
)


def test_a_symptom_listed_in_headings_of_other_effects_is_not_the_topic(rf: Linter) -> None:
    assert not asked(lint(rf, LATE.format(verb="include")), "topic 'Shortness of breath'")
    named = (
        "# About this page\n\nSome words.\n\n## What is shortness of breath?\n\nText.\n\n"
        "## Symptoms of shortness of breath\n\nMore text about the lungs.\n"
    )
    assert asked(lint(rf, named), "topic 'Shortness of breath'")


def test_headings_that_name_the_topic_before_the_list_verb_keep_it() -> None:
    reading = load_guidance().title_reading
    assert reading is not None
    title = "Signs of sepsis include confusion and fast breathing"
    from medlint.checks.titlehead import Span

    sepsis = Span(title.index("sepsis"), title.index("sepsis") + len("sepsis"))
    breathing = Span(title.index("fast breathing"), len(title))
    assert reading.subjects(title, [sepsis, breathing]) == [True, False]


# -- MED112: pages where no reader can act ----------------------------------------------------

GONE = (
    "# Variola disease\n\nVariola disease is a viral infection. {opening} It spreads easily "
    "from person to person. Symptoms are a high fever and a sudden rash. There is no "
    "treatment, and some people can die.\n"
)


def test_an_eradicated_disease_is_not_asked_when_to_get_help(rf: Linter) -> None:
    gone = "Worldwide vaccination eradicated it; the last case was reported in 1977."
    assert messages(lint(rf, GONE.format(opening=gone))) == []
    here = "Outbreaks still happen in some countries."
    assert [v.code for v in lint(rf, GONE.format(opening=here)).violations] == ["MED112"]


NEWBORN = (
    "# Hyaline membrane disease\n\nHyaline membrane disease is a lung disorder of premature "
    "babies. It can be life-threatening. Symptoms include sudden, severe trouble breathing "
    "{onset}. Treatment is with oxygen.\n"
)


def test_a_condition_that_begins_within_hours_of_birth_is_not_asked(rf: Linter) -> None:
    ward = "at birth or within the first few hours that follow"
    assert messages(lint(rf, NEWBORN.format(onset=ward))) == []
    home = "a few weeks after they go home"
    assert [v.code for v in lint(rf, NEWBORN.format(onset=home)).violations] == ["MED112"]


def test_no_reader_cues_are_read_only_in_the_opening(rf: Linter) -> None:
    """Said far into the page (a history aside on another disease), the cue does not decide."""
    filler = " ".join(f"Sentence {i} describes the disease." for i in range(20))
    page = GONE.format(opening="Outbreaks still happen.") + (
        f"\n{filler} Smallpox, another disease, was eradicated in 1980.\n"
    )
    assert [v.code for v in lint(rf, page).violations] == ["MED112"]


def test_a_heading_that_names_the_topic_as_no_subject_still_shows_its_sense_trap(
    rf: Linter,
) -> None:
    """Only subjects count toward the two headings, but every heading that names the topic
    can show its sense trap (mouth cancer's "trial"): a prevention page whose last heading
    says new ways "are being studied in clinical trials" stays out, as on main."""
    page = (
        "# About these cancers\n\nSome words about the mouth.\n\n## What is mouth cancer?\n\n"
        "Mouth cancer starts in the lining of the mouth.\n\n## Treating mouth cancer\n\n"
        "Surgery is the main treatment.\n{extra}"
    )
    assert asked(lint(rf, page.format(extra="")), "mouth")
    trials = (
        "\n## New ways to prevent mouth cancer are being studied in clinical trials.\n\nText.\n"
    )
    assert not asked(lint(rf, page.format(extra=trials)), "mouth")
