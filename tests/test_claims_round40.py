"""Round 40 (criterion-40.md, candidate K40): MED201 reads the cure words themselves.

"cure", "cures", "cured" and "curing" offer a cure in any frame the shapes do not read (a
purpose clause, "good for curing", a passive with a remedy as means, a heading), unless the
sentence denies, hedges, reports, studies or limits it, names a treatment, a medicine, a
professional or a study (or, after a pronoun, the sentence before does), lists it among aims
with "or", or uses the word in its food sense. Nominal forms stay with the nominal shapes."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Rub warm sesame oil on the joint each night to cure stiffness.",
        "Our ayurvedic powder is good for curing acidity.",
        # second review mends: a word that only looks like a medicine's class, remedy
        # vehicles that are no other sense, a comparison, an imperative that is no list item
        "Antioxidant-rich berries cure cancer naturally.",
        "Wash your face with neem soap to cure acne in a week.",
        "Drink two spoonfuls of aloe gel daily to cure constipation.",
        "Honey is better than any syrup to cure a cough.",
        "Here are five easy remedies that can be used to cure a stye at home.",
        "Tinnitus can be cured with the help of garlic and ginkgo.",
        # "some" counts the means offered, it does not limit the cure
        "There are some simple home remedies to cure dandruff.",
        # aims joined by "and" keep the claim
        "These leaves prevent and cure liver disease.",
    ],
)
def test_cure_words_claim(linter: Linter, sentence: str) -> None:
    assert codes(linter, sentence, "MED201", heading="Home remedies")


@pytest.mark.parametrize(
    "sentence",
    [
        "There is still no cure for tinnitus.",
        "Researchers hope the vaccine could one day cure the infection.",
        "Most early bowel cancers can be cured.",
        "Chemotherapy is given to cure the cancer.",
        "Your doctor will explain whether the operation can cure it.",
        "Isoniazid and rifampicin cure tuberculosis when taken for six months.",
        "Products used to prevent, cure, or treat disease are regulated as drugs.",
        "Avoid cured or smoked meats and salty snacks.",
        "Some forms of this lymphoma are hard to cure.",
        "Is there a way to cure a cold faster?",
        "Some websites claim that bleach cures autism.",
        # review mends: the word's other senses, a proverb, a surgical means
        "Limit cured sausages and hot dogs.",
        "Cured olives are salty.",
        "Use a UV lamp to cure the gel polish for two minutes.",
        "Removing the glands cures the condition.",
        "Gonorrhoea is cured with a single injection.",
        "Impetigo is cured within a week when treated.",
        "Nearly all children with this leukaemia are cured today.",
    ],
)
def test_cure_words_not_claims(linter: Linter, sentence: str) -> None:
    assert codes(linter, sentence, "MED201", heading="Treatment") == []


def test_a_pronoun_takes_the_treatment_of_the_sentence_before(linter: Linter) -> None:
    text = "Radiotherapy is the usual treatment. It cures many small tumours of the larynx."
    assert codes(linter, text, "MED201", heading="Laryngeal cancer") == []
    text = "Try a paste of turmeric and honey. It is good for curing mouth ulcers."
    assert codes(linter, text, "MED201", heading="Mouth ulcers")


def test_a_nominal_form_stays_with_the_nominal_shapes(linter: Linter) -> None:
    # a heading that names miracle cures as a topic claims nothing
    assert codes(linter, "Be careful what you buy online.", "MED201", heading="Miracle cures") == []


def test_a_sentence_without_a_subject_takes_the_sentence_before(linter: Linter) -> None:
    # a list item after a clinical lead-in is clinical; after a remedy it claims
    text = "Chemotherapy can:\n\n- cure your cancer\n- keep it from spreading"
    assert codes(linter, text, "MED201", heading="Chemotherapy") == []
    text = "Drink this garlic tonic every morning.\n\n- cure your cough\n- feel stronger"
    assert codes(linter, text, "MED201", heading="Garlic tonic")
    # an imperative sentence that is no list item keeps its own reading
    text = "Your pharmacist can help with a cold. Cure a cold with ginger tea and honey."
    assert codes(linter, text, "MED201", heading="Colds")
