"""Evidence rules: specific doses and statistics need their caveat or their source."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from medlint.context import NEGATED
from medlint.document import Document
from medlint.kinds import Context, fmt, patterns_of
from medlint.model import Finding
from medlint.nlp import Label, PatternBank
from medlint.optionschema import integer, lexicons, options, strings, values
from medlint.ruleset import RuleSpec

_DOSE = re.compile(
    r"\b\d+(?:[.,]\d+)?(?:\s?(?:-|to|–)\s?\d+(?:[.,]\d+)?)?\s?"
    r"(?:mg|mcg|µg|ug|micrograms?|milligrams?|g|grams?|ml|mL|millilit(?:er|re)s?|IU|iu|units?"
    r"|tablets?|capsules?|pills?|puffs?|sachets?|drops?|teaspoons?|tsp|spoonfuls?)"
    r"\b(?!\s*/)",
)
# A dose is advice to take something only in a sentence about taking or giving it;
# "each tablet contains 500 mg" describes a product.
_DOSE_CONTEXT = re.compile(
    r"\b(?:take|taking|takes|took|give|giving|use|using|dose|doses|dosage|daily|a day|per day"
    r"|twice|three times|four times|every \d+|every (?:morning|night|evening)|at bedtime)\b",
    re.I,
)
_STATISTIC = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s?cent\b)"
    r"|\b\d+\s+(?:in|out of)\s+(?:every\s+)?\d+\b(?=\s+(?:people|adults|children|women|men|"
    r"patients|cases|americans|of))"
    r"|\b\d+(?:\.\d+)?\s?times\s+(?:more|less|as)\s+likely\b"
    # "805,000 people", "2 million adults"
    r"|\b\d{1,3}(?:,\d{3})+\s+(?:people|adults|children|women|men|americans|patients|cases"
    r"|deaths|babies)\b"
    r"|\b\d+(?:\.\d+)?\s+(?:million|billion)\s+(?:people|adults|children|women|men|americans"
    r"|patients|cases|deaths)\b"
    # "nearly half of adults", "one in three women"
    r"|\b(?:half|a third|one third|two thirds|a quarter|one quarter|three quarters|most|majority)"
    r"\s+of\s+(?:all\s+)?(?:adults|people|children|women|men|americans|patients|cases)\b"
    r"|\b(?:one|two|three) in (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:people|adults|children|women|men|americans|patients)\b",
    re.I,
)
_CITATION = re.compile(
    r"\]\(|<a\s[^>]*href|https?://|\bdoi\b|\[\d+(?:[,–-]\s?\d+)*\]|\^\d|\[\^[^\]]+\]"
    r"|\([A-Z][A-Za-z'-]+(?:\s+et al\.?|\s+(?:and|&)\s+[A-Z][A-Za-z'-]+)?,?\s+(?:19|20)\d\d[a-z]?\)"
    r"|\b(?i:according to|reported by|data from|source:|sources:|published in|a study (?:in|by|"
    r"published))|\bthe [A-Z][A-Za-z]+ (?:reports|estimates)\b",
)


def _block(document: Document, offset: int) -> tuple[int, int]:
    """The block (paragraph, list item, heading) around an offset in the source."""
    breaks = document.breaks
    i = bisect.bisect_right(breaks, offset)
    start = breaks[i - 1] if i else 0
    end = breaks[i] if i < len(breaks) else len(document.source)
    return start, end


# Dietary guidance ("limit sodium to 1500 mg a day") is not a dose of a medicine.
_DIETARY = re.compile(
    r"\b(?:limit|intake|sodium|salt|sugar|caffeine|calories|fib(?:er|re)|protein|fat|"
    r"carbohydrates?|cholesterol in food|alcohol)\b",
    re.I,
)


# Doses reported from research ("participants received 100 mg daily") are not advice.
_RESEARCH = re.compile(
    r"\b(?:trials?|study|studies|participants|randomi[sz]ed|cohort|placebo|were given|was given"
    r"|received|receiving|dose[- ]escalation|phase (?:i{1,3}|[123])|patients (?:who|were|with))\b",
    re.I,
)


class DoseWithoutCaveat:
    """A specific dose for readers to take, with no professional caveat nearby."""

    needs_nlp = True
    OPTIONS_SCHEMA = options(
        caveats=strings("Caveat patterns ('do not take more than', 'ask your pharmacist')."),
        caveat_lexicons=lexicons("Lexicons of caveats."),
        near_sentences=integer(
            "How many sentences before or after a dose a caveat may be; a caveat in the same "
            "section always counts.",
            1,
        ),
    )

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        self.caveats = patterns_of(spec, "caveats", "caveat_lexicons")
        self.label = Label.of(spec.code, "caveat")
        self.window = int(values(spec.options, self.OPTIONS_SCHEMA)["near_sentences"])

    def register(self, bank: PatternBank) -> None:
        bank.add(self.label, self.caveats, self.spec.source)

    def check(self, ctx: Context) -> Iterator[Finding]:
        document = ctx.document
        analysis = ctx.analysis
        caveats = {m.sentence for m in analysis.mentions(self.label) if not m.has(NEGATED)}
        seen_sentences: set[int] = set()
        for m in _DOSE.finditer(document.masked):
            sentence = analysis.sentence_of(m.start())
            if sentence in seen_sentences:
                continue
            seen_sentences.add(sentence)
            text = analysis.sentence_text(sentence)
            if not _DOSE_CONTEXT.search(text) or _DIETARY.search(text) or _RESEARCH.search(text):
                continue  # "a 100 g portion of spinach" is not a dose to take
            if any(abs(c - sentence) <= self.window for c in caveats):
                continue
            section = document.section_at(m.start())
            if section is not None and any(
                section.start <= analysis.sentences[c][0] < section.end for c in caveats
            ):
                continue
            yield Finding(
                m.start(),
                m.end(),
                fmt(self.spec.message, dose=" ".join(m.group().split()), sentence=text[:120]),
                self.spec.fix,
            )


class UnsupportedStatistic:
    """A statistic or an appeal to evidence without a citation in the same paragraph."""

    needs_nlp = True
    OPTIONS_SCHEMA = options(
        appeals=strings("Appeals to evidence ('studies show') that need a source, as patterns."),
        appeal_lexicon=lexicons("Lexicons of appeals to evidence."),
    )

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        self.appeals = patterns_of(spec, "appeals", "appeal_lexicon")
        self.label = Label.of(spec.code, "appeal")

    def register(self, bank: PatternBank) -> None:
        bank.add(self.label, self.appeals, self.spec.source)

    def check(self, ctx: Context) -> Iterator[Finding]:
        document = ctx.document
        candidates: list[tuple[int, int, str]] = [
            (m.start(), m.end(), m.group()) for m in _STATISTIC.finditer(document.masked)
        ]
        candidates += [
            (m.start, m.end, m.text)
            for m in ctx.analysis.mentions(self.label)
            if not m.has(NEGATED, "reported")
        ]
        reported: set[tuple[int, int]] = set()
        for start, end, text in sorted(candidates):
            block = _block(document, start)
            if block in reported:
                continue  # one finding per paragraph
            # Links, footnotes and "(Author, 2019)" live in the source, not the masked text.
            if _CITATION.search(document.source, block[0], block[1]):
                continue
            reported.add(block)
            yield Finding(
                start, end, fmt(self.spec.message, match=" ".join(text.split())), self.spec.fix
            )
