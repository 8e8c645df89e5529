"""Issue 13, round 15 (helper `s15-cure`): MED201 reads two shapes of the fresh web splits
(docs/context.md, "Round 15: cure and safety claims, held out").

- A claim verb as a remedy's purpose: an infinitive after a remedy in its clause ("natural
  remedies that you can follow at home to reverse your tooth decay"), or a gerund after
  "for" right after a singular remedy noun ("the irreplaceable remedy for curing hepatitis
  B is water"). Not a use or a trial described, not denied, hedged or sought near the
  remedy, not with a treatment or a study.
- The writer's answer opening a sentence ("Yes, asthma is curable.", "It is true; you can
  get rid of it") is a stance that makes a curability, or a promise to the reader, a claim.

The sentences are our own; the near misses are honest sentences of the same shapes."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


CLAIMS = [
    # a remedy's purpose: an infinitive after the remedy, a gerund after "for"
    "There are natural remedies you can make at home to reverse gum disease.",
    "Take this herbal tea to cure your cold.",
    "The best remedy for curing psoriasis is coconut oil.",
    "Our balm is the one product for healing eczema.",
    # the writer's answer as a stance
    "Yes, eczema is curable.",
    "It is true: psoriasis is reversible.",
    "Yes! It is true; you can get rid of psoriasis by following three steps.",
]

HONEST = [
    # a use described, denied, hedged, sought, studied or clinical
    "Honey has been used for centuries as a remedy to heal wounds.",
    "Aloe gel is used for healing burns.",
    "There is no herbal remedy to cure diabetes.",
    "Some people take herbal remedies to cure colds.",
    "Researchers are testing herbal remedies to cure malaria.",
    "Scientists hope to find a remedy to cure it.",
    "Surgery is the treatment to cure it.",
    "Folk remedies for healing warts include duct tape.",
    # an answer, hedged, limited, with a treatment, or asked
    "Yes, most people with hepatitis C can be cured with medicines.",
    "Yes, it is curable if it is found early.",
    "Is asthma curable? Yes, but only in some children.",
    "Asthma is not curable, but it can be controlled.",
    "Yes, this rash usually goes away.",
]


@pytest.mark.parametrize("body", CLAIMS)
def test_claim_read(linter: Linter, body: str) -> None:
    assert fired(linter, "MED201", body), body


@pytest.mark.parametrize("body", HONEST)
def test_near_misses_stay_clean(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED201", body), body
