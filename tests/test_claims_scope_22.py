"""Round 22: an absolute safety claim is judged in its own main clause. A hedge or a
negation in a relative or contrastive clause that a comma has closed before it ("..., which
often might cause addiction, the homeopathic approach is completely safe"; "unlike
antibiotics, ...") is not the claim's, nor is one before "so" + a subject pronoun; a hedge
that opens the sentence still qualifies it. Harm denied with two modifiers ("no known
negative side effects") or a hyphen ("will not cause any side-effects") is the same claim."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Where medicine induces sleep with pills, which often might cause addiction, the "
        "homeopathic approach is completely safe and natural.",
        "Garlic fights bacteria and unlike antibiotics, no resistance can build up so it is "
        "absolutely safe to use.",
        "There are no known negative side effects of smelling lavender oil.",
        "Use of natural oils will not cause any side-effects.",
    ],
)
def test_claims_found(linter: Linter, sentence: str) -> None:
    assert codes(linter, sentence, "MED201", heading="Lavender oil")


@pytest.mark.parametrize(
    "sentence",
    [
        "For most people, it is completely safe.",
        "Although some people may react, it is completely safe.",
        "Most users report no known negative side effects.",
        "The trial, which enrolled 40 patients, found no serious side effects.",
        "There are no known side effects, but some people may feel sick.",
    ],
)
def test_qualified_or_reported_claims_pass(linter: Linter, sentence: str) -> None:
    assert codes(linter, sentence, "MED201", heading="Lavender oil") == []
