"""Round 32 (criterion-32.md, V32): "emergency ward" is an emergency destination, as
"emergency room" and "emergency department" are ("Palpitations with chest pain, dizziness or
fainting are sure signs of a trip to the emergency ward")."""

from __future__ import annotations

from medlint.engine import Linter

from .test_care import codes

LEAD = (
    "Heart palpitations feel like a fluttering heart. Most palpitations are harmless. See a "
    "doctor if palpitations keep coming back or last a long time. "
)


def test_an_emergency_ward_is_emergency_help(linter: Linter) -> None:
    body = LEAD + (
        "Palpitations with chest pain, dizziness, fainting or shortness of breath need a trip "
        "to the emergency ward."
    )
    found = codes(linter, body, "MED109", heading="Heart palpitations")
    assert not any("heart attack" in m or "dangerous heart rhythm" in m for m in found)


def test_without_it_the_emergency_is_asked(linter: Linter) -> None:
    body = LEAD + "Palpitations with chest pain, dizziness, fainting or shortness of breath happen."
    found = codes(linter, body, "MED109", heading="Heart palpitations")
    assert any("dangerous heart rhythm" in m for m in found)
