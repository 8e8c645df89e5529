"""Round 22: a consumer page whose title says it is self-treatment ("home remedies for",
"natural ... remedies", "how to treat/cure/relieve", "get rid of", "... at home / naturally /
without medication") is a page the reader acts on instead of seeing a professional, so MED112
asks it for "when to get help" without acute wording - as long as the page is still about a
condition, and unless it says when self-care is not enough."""

from __future__ import annotations

import pytest

from medlint.engine import Linter
from medlint.selection import Options

from .conftest import TODAY
from .test_care import codes

BODY = (
    "Plantar fasciitis is a common cause of heel pain. Symptoms include pain under the heel "
    "that is worse in the morning. Ice the heel for ten minutes and stretch the calf twice a "
    "day. Shoes with a cushioned sole help."
)


@pytest.mark.parametrize(
    "title",
    [
        "Home Remedies for Plantar Fasciitis",
        "12 Natural Heel Pain Remedies That Work",
        "How to Naturally Treat Plantar Fasciitis",
        "8 Ways to Get Rid of Plantar Fasciitis Fast",
        "Can You Fix Plantar Fasciitis Without Surgery?",
        "Plantar Fasciitis: Treatment at Home",
        "Self-care for plantar fasciitis",
    ],
)
def test_self_treatment_titles_are_asked(linter: Linter, title: str) -> None:
    found = codes(linter, BODY, "MED112", heading=title)
    assert found and "self-treatment" in found[0]


def test_without_the_self_care_title_acute_wording_is_needed() -> None:
    # a title that names no condition as its whole subject: since round 57 (K58) a bare
    # condition's name ("Plantar fasciitis") is asked without acute wording, so the round-22
    # boundary is shown on a heading about the heel instead; and since round 59 (P64) the page
    # model reads the pages these gates leave quiet, so the gates are shown without it
    gates = Linter(Options(today=TODAY, rule_options=(("MED112", "page_model", None),)))
    assert codes(gates, BODY, "MED112", heading="Heel care for runners") == []


def test_saying_when_answers_it(linter: Linter) -> None:
    body = BODY + " See a doctor if the pain is no better after two weeks or the heel is swollen."
    assert codes(linter, body, "MED112", heading="Home Remedies for Plantar Fasciitis") == []


@pytest.mark.parametrize(
    "title",
    ["How to Get Rid of Clutter", "Home Care Services", "Natural History Museum Guide"],
)
def test_no_condition_or_no_self_treatment(linter: Linter, title: str) -> None:
    body = "Start with one drawer a day. Keep a box for things to give away and empty it weekly."
    assert codes(linter, body, "MED112", heading=title) == []


def test_a_known_topic_is_left_to_the_red_flags(linter: Linter) -> None:
    body = "Gout causes a hot, swollen joint. Symptoms include sudden pain in the big toe."
    assert codes(linter, body, "MED112", heading="Home Remedies for Gout") == []
