"""A trained sentence classifier as a second signal for a shape check (rule data: the rule
file names the model and its threshold; medlint.sentencemodel reads it).

The classifier may add a finding only on a sentence the rule did not already report, and
only where the rule's own context handling would let a match stand: not in a consumer
rule's professional article, not in a region the rule does not read, not in a sentence of
the categories the rule excludes (question, quoted, heading, comment, widget), not in a
sentence with a context cue the rule excludes anywhere in it (negated, reported,
debunking, hypothetical: stricter than the rule, which scopes cues to its match), not
inside a condition, and not in a sentence with one of the rule's research words.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import cached_property
from pathlib import Path
from typing import Any

from medlint import context as cx
from medlint import resources
from medlint.checks.shape import CONDITIONS, is_title_line, option_words
from medlint.document import RegionKind
from medlint.kinds import Context
from medlint.model import Audience
from medlint.optionschema import Schema, number
from medlint.sentencemodel import SentenceModel

SCHEMA: dict[str, Schema] = {
    "model": {
        "type": "string",
        "default": "",
        "description": "A trained sentence classifier (tools/sentence_model.py) used as a "
        "second signal: a path relative to the shipped rules folder, or absolute; '' for none.",
    },
    "model_threshold": number(
        "The classifier's probability at or above which a sentence counts.", 0.5
    ),
}


class SecondSignal:
    """The sentences a rule's classifier finds, gated by the rule's context handling."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.path = str(options.get("model", "") or "")
        self.threshold = float(options.get("model_threshold", 0.5))
        self.unless_context = frozenset(options.get("unless_context", ()))
        self.unless_sentence = frozenset(options.get("unless_sentence", ()))
        self.research_words = option_words(options, "research_words")

    @cached_property
    def model(self) -> SentenceModel | None:
        if not self.path:
            return None
        path = Path(self.path)
        if not path.is_absolute():
            path = Path(str(resources.rules_root() / self.path))
        return SentenceModel.load(path)

    def sentences(self, ctx: Context, reported: Collection[int]) -> Iterator[tuple[int, int]]:
        """(start, end) of each sentence the classifier finds and the context lets stand."""
        model = self.model
        if model is None:
            return
        analysis = ctx.analysis
        document = ctx.document
        regions = analysis.regions
        for index, (start, end) in enumerate(analysis.sentences):
            if index in reported:
                continue
            if regions is not None and document.region_at(start) not in regions:
                continue
            words = analysis.words_of_sentence(index)
            if len(words) < 3 or not any(w.isalpha() for w in words):
                continue
            if self.blocked(ctx, index, start, end, words):
                continue
            if model.probability(document.masked[start:end]) >= self.threshold:
                yield start, end

    def blocked(self, ctx: Context, index: int, start: int, end: int, words: list[str]) -> bool:
        """Would the rule's context handling stop a match anywhere in this sentence?"""
        if ctx.audience.value == Audience.PROFESSIONAL:
            return True
        document = ctx.document
        text = document.masked[start:end]
        place = cx.sentence_categories(
            text,
            heading=any(s.start <= start < s.body_start for s in document.sections)
            or is_title_line(document.masked, start, end),
            comment=document.region_at(start) == RegionKind.COMMENTS,
            widget=any(z.start <= start < z.end for z in document.zones),
        )
        if any(q in text for q in ('"', "\u201c", "\u201d")):
            place |= {cx.QUOTED}
        if place & self.unless_sentence:
            return True
        if ctx.analysis.cue_categories(index) & self.unless_context:
            return True
        if cx.HYPOTHETICAL in self.unless_context and words[0] in CONDITIONS:
            return True
        return bool(self.research_words.intersection(words))
