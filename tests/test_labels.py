"""Pattern groups are keyed by typed labels; no two owners' groups can collide."""

from __future__ import annotations

from medlint.nlp import Analysis, Label, PatternBank
from medlint.parsing import parse


def test_labels_that_print_alike_stay_apart() -> None:
    first, second = Label.of("MED801", "group:1"), Label.of("MED801:group", "1")
    assert str(first) == str(second) and first != second and first.key != second.key
    bank = PatternBank()
    bank.add(first, ["leg cramps"], "house/MED801.yaml")
    bank.add(second, ["see a doctor"], "house/MED801.yaml")
    bank.add(first, ["night cramps"])  # a second add extends the group
    document = parse("a.md", "# Cramps\n\nLeg cramps and night cramps: see a doctor.\n")
    analysis = Analysis(document, bank)
    assert [m.text for m in analysis.mentions(first)] == ["Leg cramps", "night cramps"]
    assert [m.text for m in analysis.mentions(second)] == ["see a doctor"]
    assert all(m.label == first for m in analysis.mentions(first))
    assert analysis.mentions(Label.of("MED802", "required")) == []
