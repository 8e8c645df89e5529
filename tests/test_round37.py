"""Round 37: what was adopted on fresh blind data (tests/eval/corpus-judging/round37/
criterion-37.md).

D37 (MED201): a page whose title or first main heading names the claims it is about as false
(option debunking_title_words: fake, scam, hoax, fraud, quack, bogus, misinformation, debunk,
myth, beware, wary, fact-check and their forms) quotes them as its examples, and none is
reported ("Fake video touts 10-day cure for diabetes"). A debunking word in the text alone
excuses nothing: the sentence's own context cues judge it as before.
"""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes

# D37 (MED201): a page whose title or first main heading names the claims it is about as false
# (option debunking_title_words) quotes them as its examples; none is reported.

CLAIM = "A herbal remedy taken for 10 days will cure diabetes. Doctors say there is no such cure."


@pytest.mark.parametrize(
    "title",
    [
        "Fake video touts 10-day cure for diabetes",
        "How to Fact-Check Health Claims You Find Online",
        "Consumer Contact: Be Wary of 'Autism-Treating' Products",
        "Six diabetes myths that keep people ill",
    ],
)
def test_a_page_about_false_claims_reports_none(linter: Linter, title: str) -> None:
    assert codes(linter, CLAIM, "MED201", heading=title) == []


def test_the_same_claim_under_a_plain_title_is_reported(linter: Linter) -> None:
    assert codes(linter, CLAIM, "MED201", heading="Diabetes and herbal remedies")


def test_a_debunking_word_in_the_text_alone_does_not_excuse_the_page(linter: Linter) -> None:
    body = "Some sellers are frauds. " + CLAIM
    assert codes(linter, body, "MED201", heading="Diabetes and herbal remedies")
