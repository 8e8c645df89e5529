"""Round 59 (P64): MED112's page model reads the pages its gates leave quiet.

The model (src/medlint/pagemodel.py, weights in rules/models/page-warranted.json, trained by
tools/page_model.py on blind labels) scores a whole page; MED112 asks a page its own gates
leave quiet when the score reaches ``page_model_threshold``, except a page whose opening says
its subject is an animal's or a plant's disease (``page_model_not``), and never a page that
says when to get help."""

from __future__ import annotations

import json

import pytest

from medlint import resources
from medlint.engine import Linter
from medlint.pagemodel import PageSignals, features, load_model, parse_model
from medlint.ruleset import RuleFileError

from .conftest import fired, rule_linter

LEAKY_GUT = (
    "A leaky gut diet cuts out the foods that irritate your gut. Many people with irritable\n"
    "bowel syndrome have bloating and tummy pain, and feel better within a few weeks when they\n"
    "avoid gluten, sugar and alcohol. Eat more fermented foods, drink plenty of water, and keep\n"
    "a food diary of your symptoms to see which foods set off your irritable bowel syndrome.\n"
)
GOLDFISH = (
    "Swim bladder disease is common in fancy goldfish. Constipation is the usual cause:\n"
    "a fish with constipation floats on its side. Feed peas and fast the fish for two days.\n"
)
RECIPE = (
    "This chicken soup is my grandmother's recipe and it is lovely on a cold evening. It may\n"
    "ease a sore throat. Simmer the chicken with onions, carrots and celery for two hours, then\n"
    "add noodles and plenty of pepper.\n"
)


def test_the_model_asks_a_page_the_gates_leave_quiet(linter: Linter) -> None:
    found = fired(linter, "MED112", LEAKY_GUT, "Leaky gut diet")
    assert found and "the page model reads it" in found[0]
    # without the model the gates leave it quiet (no clinical title word, no acute wording)
    assert (
        fired(rule_linter("MED112", page_model=None), "MED112", LEAKY_GUT, "Leaky gut diet") == []
    )


def test_saying_when_answers_the_model_too(linter: Linter) -> None:
    assert fired(linter, "MED112", LEAKY_GUT, "Leaky gut diet")  # asked without it ...
    body = LEAKY_GUT + "See a doctor if the pain is severe or you lose weight without trying.\n"
    assert fired(linter, "MED112", body, "Leaky gut diet") == []  # ... and answered with it


def test_an_animal_disease_is_never_asked_by_the_model() -> None:
    # at a threshold every page reaches, the fish page is kept out by its opening (a page
    # about animals or plants: shape_not_openings) ...
    anything = rule_linter("MED112", page_model_threshold=-100.0)
    assert fired(anything, "MED112", GOLDFISH, "Swim bladder disease") == []
    # ... while a person's page that names its condition twice is asked at that threshold
    body = GOLDFISH.replace("fancy goldfish", "older adults").replace("a fish", "a person")
    body = body.replace("the fish", "yourself").replace("peas", "prunes")
    assert fired(anything, "MED112", body, "Swim bladder disease")


def test_a_page_that_names_no_condition_as_its_subject_is_not_read() -> None:
    # a recipe that names "a sore throat" once: no listed name in its title or headings and
    # none said twice, so even a threshold every page reaches leaves it quiet ...
    anything = rule_linter("MED112", page_model_threshold=-100.0)
    assert fired(anything, "MED112", RECIPE, "Grandma's chicken soup") == []
    # ... and the same page said about its sore throat again is read
    again = RECIPE + "Drink it hot whenever a sore throat starts.\n"
    assert fired(anything, "MED112", again, "Grandma's chicken soup")


def test_features_leave_out_stop_words_and_read_the_signals() -> None:
    signals = PageSignals(addressed=True, clinical=False, acute=7, genre="patient information")
    found = features("About your knee pain", ["When it hurts"], "It is from the gym.", signals)
    assert "t:knee" in found and "t:pain" in found and "h:hurts" in found
    assert not {"t:about", "t:your", "w:from", "w:the"} & set(found)
    assert found["sig:acute"] == 3.0 and found["sig:addressed"] == 1.0
    assert found["sig:genre:patient information"] == 1.0


def test_the_shipped_model_states_its_provenance() -> None:
    data = json.loads((resources.rules_root() / "models" / "page-warranted.json").read_text())
    assert data["label"] == "warning_signs_warranted"
    assert "development halves" in data["trained_on"] and data["tool"].startswith("tools/")
    model = load_model("page-warranted")
    kinds = {k.split(":", 1)[0] for k in model.weights}
    assert model.weights and kinds <= {"t", "h", "w", "sig"}


@pytest.mark.parametrize(
    "text",
    ['{"label": "x", "intercept": 0}', '{"label": "x", "intercept": "nan", "weights": {}}', "[]"],
)
def test_a_broken_model_file_is_a_rule_file_error(text: str) -> None:
    with pytest.raises(RuleFileError, match="not a page model"):
        parse_model("broken", text)


def test_a_model_name_is_never_a_path() -> None:
    with pytest.raises(RuleFileError, match="not a page model's name"):
        load_model("../models/page-warranted")


def test_an_acronym_names_its_condition_only_as_itself() -> None:
    # "AID" in a capitalised heading is not AIDS (round 59's record review: "FIRST AID AT WORK")
    from medlint.checks.conditiontitle import reader
    from medlint.checks.knowledge import load_guidance

    names = reader(load_guidance())
    assert names is not None
    assert names._names("FIRST AID AT WORK") == {}
    assert names._names("First Aid") == {}
    assert names._names("Living with AIDS") == {"aids": 1}


def test_the_subject_test_reads_the_headings_the_model_reads() -> None:
    # a condition named only in a heading past the first 20 is not the page's subject (and a
    # page of thousands of headings is not read to its end)
    anything = rule_linter("MED112", page_model_threshold=-100.0)
    filler = "".join(f"## Part {i}\n\nSome words about the day.\n\n" for i in range(25))
    late = f"{filler}## Psoriasis\n\nSome words about the day.\n"
    assert fired(anything, "MED112", late, "Notes") == []
    early = f"## Psoriasis\n\nSome words about the day.\n\n{filler}"
    assert fired(anything, "MED112", early, "Notes")
