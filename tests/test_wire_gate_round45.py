"""Round 45: the wire-credit scan of the genre reader (genre._WIRE) runs behind its literal
gate; it finds what the bare pattern finds, on datelines and on text without a credit."""

from __future__ import annotations

import re

import pytest

from medlint.checks import genre

BARE = re.compile(genre._WIRE.pattern, genre._WIRE.flags)

TEXTS = [
    "LONDON (Reuters) - A new drug cut heart attacks by a third.",
    "(AP) — Health officials said on Monday that cases rose.",
    "RIO DE JANEIRO, Brazil, March 3, 2020 (AP) - Dengue cases climbed.",
    "<p>  NEW YORK (HealthDay News) -- A study found ...</p>",
    "Alpha fetoprotein (AFP) - a protein made by the liver.",
    "Anteroposterior (AP) - taken lying down.",
    "No credit here, only text " + "SHOUTED WORDS " * 200 + "and spaces" + " " * 500,
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_gated_scan_finds_what_the_bare_pattern_finds(text: str) -> None:
    gated, bare = genre._WIRE.search(text), BARE.search(text)
    assert (gated and gated.span()) == (bare and bare.span())
