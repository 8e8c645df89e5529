"""MED201 and MED202 recognise claims and advice by the shape of the sentence."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import jsonschema
import pytest

from medlint import context as cx
from medlint import kinds, ruleoptions, ruleset
from medlint.checks.shape import clause_before, in_condition, is_title_line
from medlint.engine import Linter, Options

from .conftest import WORDNET, generator_check


def fired(linter: Linter, code: str, text: str, heading: str = "") -> list[str]:
    section = f"## {heading}\n\n" if heading else ""
    result, _ = linter.lint_text("a.md", f"# Health information\n\n{section}{text}\n")
    return [v.message for v in result.violations if v.code == code]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our nettle tonic cures hay fever.",  # any condition, none of them in a lexicon
        "This balm reverses frozen shoulder within a week.",
        "Oregano oil eliminates sinus infections for good.",
        "The cure for restless legs is a bar of soap under the sheets.",
        "Shingles' cure is already in your spice rack.".replace("' ", "'s "),
        "This wonder drug will cure your gout.",
        "Our patches have no side effects.",
        "The detox is 100% safe for children.",
        "The protocol works for everyone with back pain.",
        "My psoriasis was gone for good after two jars.",
        "Hundreds of customers say this spray cured their snoring, and we agree.",
        "If you drink it daily, your migraines will vanish in days.",
    ],
)
def test_claims_for_any_condition(linter: Linter, sentence: str) -> None:
    assert fired(linter, "MED201", sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no cure for hay fever, but antihistamines help.",
        "Be wary of sellers promising a miracle cure for gout.",
        "Does nettle tea cure hay fever?",
        "Some sellers claim that copper bracelets cure arthritis.",
        "No medicine is 100% safe.",
        "Radiotherapy can cure some early head and neck cancers.",
        "Most thyroid cancers can be cured if they are found early.",
        "The aim of this trial is to find ways to prevent, treat and cure the disease.",
        "Mutations reduce or eliminate the enzyme's activity.",
        "The rash may disappear on its own.",
        "Try our risk-free 30-day trial.",
        'Do not trust labels such as "all-natural cure".',
        "If a product promises to cure everything, it is a scam.",
    ],
)
def test_not_claims(linter: Linter, sentence: str) -> None:
    assert not fired(linter, "MED201", sentence), sentence


def test_a_heading_naming_a_remedy_claims_nothing_but_a_claim_verb_does(linter: Linter) -> None:
    body = "Read on to learn how to spot health fraud."
    assert not fired(linter, "MED201", body, heading="Miracle cures and wonder pills")
    assert fired(linter, "MED201", body, heading="How Nettle Tea Cured My Hay Fever")


def test_the_message_quotes_the_span_and_says_why(linter: Linter) -> None:
    (message,) = fired(linter, "MED201", "Our nettle tonic cures hay fever.")
    assert '"cures"' in message and "Our nettle tonic cures hay fever." in message
    assert "no treatment can promise" in message


@pytest.mark.parametrize(
    "sentence",
    [
        "Swap your heart tablets for garlic capsules.",
        "Instead of your inhaler, try a salt pipe.",
        "If your statin gives you cramps, just stop it.",  # a conditional instruction
        "When the rash clears, halve your steroid dose.",
        "You can come off your antidepressants once you feel better.",
        "Carers can skip the evening dose on busy days.",
        "Once the cough settles, there is no need to finish the antibiotics.",
    ],
)
def test_medication_advice(linter: Linter, sentence: str) -> None:
    assert fired(linter, "MED202", sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Many people stop their statins because of aches.",  # reported behaviour
        "Your doctor may switch you to another tablet.",  # a professional's act
        "Do not stop your tablets suddenly.",
        "If you stop your tablets suddenly, your symptoms can come back.",  # in the condition
        "Swap fizzy drinks for water.",  # not a medicine
        "Could I swap my inhaler for a salt pipe?",
        "Stop taking the tablets if the rash gets worse.",  # label-style safety net
        "Some patients in the trial went on to stop taking the drug.",
    ],
)
def test_not_medication_advice(linter: Linter, sentence: str) -> None:
    assert not fired(linter, "MED202", sentence), sentence


def test_a_caveat_in_the_next_sentence_counts(linter: Linter) -> None:
    advice = "Swap your heart tablets for garlic capsules."
    assert not fired(linter, "MED202", f"{advice} Talk to your doctor before you change anything.")
    message = fired(linter, "MED202", advice)[0]
    assert '"Swap your heart tablets"' in message


def test_clause_helpers() -> None:
    assert clause_before(["if", "it", "hurts", ",", "just"]) == ["just"]
    assert in_condition(["if", "you"]) and not in_condition(["if", "it", "hurts", ","])
    title = "x\nDitch Your Statins Today\ny"
    assert is_title_line(title, 2, title.index("\ny"))
    sentence = "x\nDitch your statins today.\ny"
    assert not is_title_line(sentence, 2, sentence.index("\ny"))


def test_sentence_categories() -> None:
    assert cx.sentence_categories("Does it work?") == {cx.QUESTION}
    assert cx.sentence_categories('Is it "safe?"', heading=True) == {cx.QUESTION, cx.HEADING}
    assert cx.sentence_categories("Cured!", comment=True, widget=True) == {cx.COMMENT, cx.WIDGET}
    text = "Don\u2019t trust \u201call-natural cure\u201d labels."
    assert cx.is_quoted(text, text.index("cure")) and not cx.is_quoted(text, text.index("labels"))
    assert cx.is_quoted('They say "it cures" all', 12) and not cx.is_quoted("Eczema's cure", 9)


def test_a_cue_may_reach_further_than_the_cue_set() -> None:
    cue = cx.Cue("and we agree", cx.ENDORSED, "backward", scope=20)
    cues = cx.CueSet((cue,), 2, frozenset(), frozenset(), frozenset())
    words = ["it", "cured", "a", "b", "c", "d", "and", "we", "agree"]
    hit = cx.CueHit(cue, 6, 9)
    found, _ = cx.resolve(cues, [hit], 1, 2, words, [False] * len(words))
    assert found == {cx.ENDORSED}
    short = cx.CueSet(
        (cx.Cue("and we agree", cx.ENDORSED, "backward"),), 2, frozenset(), frozenset(), frozenset()
    )
    found, _ = cx.resolve(
        short, [cx.CueHit(short.cues[0], 6, 9)], 1, 2, words, [False] * len(words)
    )
    assert found == frozenset()


@pytest.mark.parametrize("code", ["MED201", "MED202"])
def test_rule_options_match_the_declared_schema(code: str) -> None:
    (spec,) = [s for s in ruleset.load_builtin_specs() if s.code == code]
    schema = getattr(kinds.resolve_check(spec), "OPTIONS_SCHEMA")  # noqa: B009
    jsonschema.validate(spec.options, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**spec.options, "hedgez": ["may"]}, schema)


@pytest.mark.parametrize(
    ("code", "key", "pattern", "text"),
    [
        ("MED201", "patterns", "soothes away", "This balm soothes away sciatica."),
        ("MED201", "absolute_patterns", "zero downsides", "Our tonic has zero downsides."),
        ("MED201", "nominal_patterns", "wonder balm", "Meet the wonder balm."),
        ("MED202", "patterns", "shelve", "Shelve your tablets."),
        ("MED202", "medicine_patterns", "tonic", "Stop your tonic."),
    ],
)
def test_a_rule_file_can_set_the_inline_patterns_the_check_reads(
    code: str, key: str, pattern: str, text: str
) -> None:
    """Every ``*_patterns`` key that ``patterns_of`` reads is a declared option: a rule file
    that sets it loads, and its patterns take effect."""
    specs = ruleset.load_builtin_specs()
    (builtin,) = [s for s in specs if s.code == code]
    source = Path(builtin.source)
    rule_text = source.read_text(encoding="utf-8").replace(
        "\noptions:\n", f"\noptions:\n  {key}: [{pattern!r}]\n", 1
    )
    spec = ruleset.parse_rule(rule_text, str(source))
    ruleoptions.check_specs([spec])  # raises when the schema does not declare the key
    options = Options(today=dt.date(2026, 1, 1), select=(code,))
    assert not fired(builtin_only(code), code, text)
    assert fired(Linter(options, [spec if s is builtin else s for s in specs]), code, text)


@cache
def builtin_only(code: str) -> Linter:
    """The built-in rules with only ``code`` selected (one Linter per code, not per case)."""
    return Linter(Options(today=dt.date(2026, 1, 1), select=(code,)), ruleset.load_builtin_specs())


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        # change-of-state verbs (WordNet class) with a product, a remedy or a universal
        ("MED201", "Our drops restore hearing completely."),
        ("MED201", "Frankincense oil shrinks brain tumours."),
        ("MED201", "Colloidal silver kills every known virus."),
        ("MED201", "This formula unclogs your arteries naturally."),
        # an imperative opens the clause; medicine names from WordNet
        ("MED202", "Use garlic in place of your blood thinners."),
        ("MED202", "Discontinue your prednisolone as soon as the swelling goes down."),
        ("MED202", "You no longer need your blood pressure pills once you start this diet."),
        # care put aside, negated seeking, professionals from WordNet
        ("MED111", "Instead of going to the emergency department, rub the area with arnica."),
        ("MED111", "Never call an ambulance for a seizure; just wait it out."),
        ("MED111", "Don't trust your oncologist; they profit from chemotherapy."),
    ],
)
def test_frames_recognise_unseen_verbs_and_nouns(linter: Linter, code: str, sentence: str) -> None:
    assert fired(linter, code, sentence), sentence


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("MED201", "Chemotherapy destroys cancer cells, but it also harms some healthy cells."),
        (
            "MED201",
            "Radiation therapy uses high-energy rays to kill cancer cells and shrink tumors.",
        ),
        ("MED201", "This buildup destroys nerve cells, causing mental and physical problems."),
        ("MED201", "Sterilization, which permanently prevents pregnancy, is a choice for some."),
        ("MED201", "Extract of the leaves dissolved in an edible oil."),
        ("MED202", "A pharmacist may make recommendations to change or stop certain medications."),
        ("MED202", "Avoid stopping your tablets suddenly."),
        ("MED111", "Active surveillance may be recommended instead of more surgery."),
        ("MED111", "Doctors don't know why some people get this disease."),
    ],
)
def test_frames_leave_descriptions_alone(linter: Linter, code: str, sentence: str) -> None:
    assert not fired(linter, code, sentence), sentence


@pytest.mark.skipif(not (WORDNET / "data.verb").exists(), reason="WordNet (wordnet-base) absent")
def test_the_wordnet_lexicons_are_what_the_tool_generates() -> None:
    status, output = generator_check("wordnet_lexicons.py")
    assert status == 0, output


# Round 17: a reputation is someone else's claim, reported; a share of people is a
# frequency. The writer's own remedy keeps its claim, and so does an endorsement.
@pytest.mark.parametrize(
    "sentence",
    [
        "Stem cells have gained a reputation as a miracle treatment and potential cure for "
        "many ailments.",
        "Moringa has been called a miracle cure for diabetes.",
        "Colloidal silver was hailed as a miracle cure for infections in the 1920s.",
        "Apple cider vinegar is often described as a miracle cure for heartburn.",
        "It is not catastrophic, as long as you are one of the 990 out of 1,000 who will have "
        "no serious side-effects.",
        "One in five people get a rash, but 4 in 5 have no side effects at all.",
        "Our investigation of this supplement, marketed as a miracle cure, found nothing.",
        "Our readers say this tea is a miracle cure.",  # a person's report, not endorsed
    ],
)
def test_reputations_and_shares_are_not_the_pages_claims(linter: Linter, sentence: str) -> None:
    assert not fired(linter, "MED201", sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Our tea has a reputation as a miracle cure for colds.",  # the writer's own remedy
        "My herbal formula is hailed as a miracle cure for arthritis.",
        "Our tea is touted as a miracle cure for colds.",  # an older reported cue, owned
        "Our tea has a reputation as a miracle cure for colds, and we agree.",
        "Moringa has been called a miracle cure for diabetes, and we agree.",  # endorsed
        "This remedy is 100% safe for 10 out of 10 users.",  # all of them: no share
        "Garlic cures hypertension in 9 out of 10 people.",  # a cure verb keeps its claim
    ],
)
def test_an_owned_or_endorsed_reputation_and_a_cure_for_a_share_still_claim(
    linter: Linter, sentence: str
) -> None:
    assert fired(linter, "MED201", sentence), sentence
