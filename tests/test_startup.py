"""Start-up work made cheaper (issue 16, round 12): each cheaper construction gives what
the construction it replaces gives."""

from __future__ import annotations

import re

from medlint.checks import spelling
from medlint.checks.knowledge import load_guidance, load_topics


def _ungated(respeller: spelling._Respeller, text: str) -> str:
    return respeller.regex.sub(lambda m: respeller.to[m.group().lower()], text)


def _knowledge_patterns() -> list[str]:
    out = []
    for topic in load_topics():
        out += [*topic.triggers, *topic.exclude_when, *topic.long_term]
        for c in topic.conditions:
            out += [*c.names, *c.applies_when, *c.pages]
            for sign in c.signs:
                out += sign.keywords
    return out


def test_the_respelling_gate_changes_no_respelling() -> None:
    """The respellers' literal gate (``_Respeller.gate``) skips only texts the regex would
    leave as they are: every pattern of the knowledge base, mixed case, parts at a word's
    edges and inside it, and non-ASCII text (the gate is not used there: re.I folds some
    non-ASCII letters to ASCII ones, as the long s to "s", which lowercasing does not)."""
    to_us, to_uk = spelling._respellers(load_guidance().spellings)
    assert to_us.gate is not None and to_uk.gate is not None
    texts = _knowledge_patterns()
    assert len(texts) > 1000
    texts += [
        "Haemorrhage",
        "ANAEMIA in pregnancy",
        "anaemia",
        "oesophagus",
        "Paediatric {ward|unit}?",
        "programme",
        "Programmes",
        "behaviour change",
        "ageing",
        "Grey matter",
        "hemorrhage",
        "tumor",
        "center",
        "Sulph\u00e4t",
        "Grey\u2019s",
        "analyse",
        "analyze",
        "",
        "no part here",
    ]
    changed = 0
    for respeller in (to_us, to_uk):
        for text in texts:
            expected = _ungated(respeller, text)
            assert respeller(text) == expected, text
            changed += expected != text
    assert changed > 100  # the comparison saw texts the regex respells
    assert to_us("Grey\u2019s") == "gray\u2019s"  # not ASCII: the regex decides


def test_no_gate_for_parts_that_are_not_ascii() -> None:
    respeller = spelling._respeller([("\u00e6mia", "emia", "end"), ("haem", "hem", "start")])
    assert respeller.gate is None
    assert respeller("an\u00e6mia") == "anemia"
    plain = spelling._respeller([("haem", "hem", "start")])
    assert plain.gate is not None and plain.gate.pattern == re.escape("haem")
    assert plain("HAEMATOMA") == "hem" + "ATOMA" and plain("Anhaem") == "Anhaem"
