"""The NLP layer: one blank English spaCy pipeline, one matcher bank per run.

spaCy is imported lazily (on the first :class:`Analysis`), so ``--version``,
``rules``, ``explain`` and runs whose rules need no NLP never import it. No
model is ever loaded: the pipeline is ``spacy.blank("en")``; sentences are
split here, using the parser's block boundaries (headings, list items,
paragraphs) as hard breaks.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from medlint.context import CueHit, CueSet, resolve
from medlint.document import Document, RegionKind
from medlint.patterns import PatternError, compile_pattern

_SENTENCE_END = {".", "!", "?", "...", "…"}
_CLOSERS = {'"', "'", ")", "]", "”", "’"}
_CUE_PREFIX = "cue\x00"
# The longest run of non-space characters handed to the tokenizer. spaCy's suffix search
# is quadratic in the length of a run ("[" * 5000 took 39 s); no word is this long.
MAX_RUN = 64
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN}}}")


def break_long_runs(text: str) -> str:
    """``text`` with every MAX_RUN-th character of a long non-space run made a space, so
    the tokenizer works in linear time; lengths (and so offsets) do not change."""
    return _LONG_RUN.sub(lambda m: m.group()[:-1] + " ", text)


# The longest sentence, in tokens (spaces included), before the splitter cuts it.
MAX_SENTENCE_TOKENS = 400


@dataclass(frozen=True)
class Mention:
    label: str
    start: int  # char offsets in the source
    end: int
    sentence: int
    token_start: int
    token_end: int
    text: str
    modifiers: frozenset[str] = frozenset()
    cues: tuple[CueHit, ...] = ()

    def has(self, *categories: str) -> bool:
        return any(c in self.modifiers for c in categories)


@dataclass
class PatternBank:
    """Every pattern of every enabled rule, compiled once per run, run once per doc."""

    groups: dict[str, list[str]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    cue_set: CueSet | None = None

    def add(self, label: str, patterns: Iterable[str], source: str = "") -> None:
        self.groups.setdefault(label, []).extend(patterns)
        self.sources.setdefault(label, source)

    def set_cues(self, cue_set: CueSet, source: str = "rules/context/cues.yaml") -> None:
        self.cue_set = cue_set
        for i, cue in enumerate(cue_set.cues):
            self.groups[f"{_CUE_PREFIX}{i}"] = [cue.pattern]
            self.sources[f"{_CUE_PREFIX}{i}"] = source

    @cached_property
    def compiled(self) -> _CompiledBank:
        return _CompiledBank(self)


class _CompiledBank:
    def __init__(self, bank: PatternBank) -> None:
        import spacy
        from spacy.matcher import Matcher, PhraseMatcher
        from spacy.tokens import Doc

        self.nlp = spacy.blank("en")
        self.nlp.max_length = 50_000_000  # no parser/NER: memory is not the concern
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.matcher = Matcher(self.nlp.vocab)
        self.cue_set = bank.cue_set
        tokenizer = self.nlp.tokenizer
        # Token patterns are matched only in sentences that contain, for some pattern,
        # a word of every required (non-optional) token spec: the Matcher is the costly
        # part of the NLP layer, and most sentences cannot match any pattern.
        self.required: list[list[frozenset[int]]] = []  # LOWER hashes
        self.index: dict[int, list[int]] = defaultdict(list)
        tokenized: dict[str, list[str]] = {}
        for label, patterns in bank.groups.items():
            phrase_docs = []
            token_patterns = []
            for pattern in patterns:
                try:
                    variants = compile_pattern(pattern, tokenizer, tokenized)
                except PatternError as exc:
                    raise PatternError(f"{bank.sources.get(label) or label}: {exc}") from None
                for compiled in variants:
                    if compiled.phrase is not None:
                        phrase_docs.append(self.nlp.make_doc(compiled.phrase))
                    elif compiled.words:
                        phrase_docs.append(Doc(self.nlp.vocab, words=list(compiled.words)))
                    else:
                        token_patterns.append(list(compiled.tokens))
                        self._index(compiled.tokens)
            if phrase_docs:
                self.phrases.add(label, phrase_docs)
            if token_patterns:
                self.matcher.add(label, token_patterns, greedy="LONGEST")
        # Every word some required spec needs: a sentence's words outside it cannot matter.
        self.vocabulary = frozenset(w for specs in self.required for spec in specs for w in spec)
        strings = self.nlp.vocab.strings
        self.sentence_end = frozenset(strings.add(t) for t in _SENTENCE_END)
        self.closers = frozenset(strings.add(t) for t in _CLOSERS)
        cues = bank.cue_set
        self.stops = frozenset(strings.add(t) for t in (cues.terminators if cues else ()))
        self.clause_stops = frozenset(
            strings.add(t) for t in (cues.clause_terminators if cues else ())
        )

    def _index(self, tokens: Sequence[dict[str, Any]]) -> None:
        required = []
        for spec in tokens:
            if spec.get("OP") == "?" or "LOWER" not in spec:
                continue
            value = spec["LOWER"]
            words = value["IN"] if isinstance(value, dict) else [value]
            required.append(frozenset(self.nlp.vocab.strings.add(w) for w in words))
        pattern_id = len(self.required)
        self.required.append(required)
        if not required:
            self.index[0].append(pattern_id)  # no anchor: must always run
            return
        for word in min(required, key=len):
            self.index[word].append(pattern_id)

    def _candidate(self, words: set[int]) -> bool:
        if self.index.get(0):
            return True
        for word in words:
            for pattern_id in self.index.get(word, ()):
                if all(not spec.isdisjoint(words) for spec in self.required[pattern_id]):
                    return True
        return False

    def run(
        self, doc: Any, words: Sequence[int], sentences: Sequence[tuple[int, int]]
    ) -> dict[str, list[tuple[int, int]]]:
        found: dict[str, set[tuple[int, int]]] = defaultdict(set)
        strings = self.nlp.vocab.strings
        for match_id, start, end in self.phrases(doc):
            found[strings[match_id]].add((start, end))
        runs: list[list[int]] = []
        vocabulary = self.vocabulary
        for first, last in sentences:
            present = {w for w in words[first:last] if w in vocabulary}
            if present and self._candidate(present):
                if runs and runs[-1][1] == first:
                    runs[-1][1] = last
                else:
                    runs.append([first, last])
        for first, last in runs:
            for match_id, start, end in self.matcher(doc[first:last]):
                found[strings[match_id]].add((start + first, end + first))
        return {label: sorted(spans) for label, spans in found.items()}


class Analysis:
    """Lazy NLP results for one document: tokens, sentences, labelled mentions.

    :meth:`within` gives a view that sees only the mentions in some page regions; the
    views share one analysis, so a document is tokenized and matched once."""

    def __init__(
        self,
        document: Document,
        bank: PatternBank,
        regions: frozenset[RegionKind] | None = None,
        shared: Analysis | None = None,
    ) -> None:
        self.document = document
        self.bank = bank
        self.regions = regions  # None: every region
        self._shared = shared
        self._filtered: dict[str, list[Mention]] = {}

    @cached_property
    def _state(self) -> _State:
        if self._shared is not None:
            return self._shared._state
        return _State(self.document, self.bank.compiled)

    def within(self, regions: frozenset[RegionKind]) -> Analysis:
        """A view of this analysis that sees only mentions in ``regions``."""
        return Analysis(self.document, self.bank, regions, self._shared or self)

    @property
    def sentences(self) -> Sequence[tuple[int, int]]:
        return self._state.sentence_spans

    def mentions(self, label: str) -> list[Mention]:
        found = self._state.mentions(label)
        if self.regions is None or not self.document.regions:
            return found
        if label not in self._filtered:
            region_at = self.document.region_at
            self._filtered[label] = [m for m in found if region_at(m.start) in self.regions]
        return self._filtered[label]

    def sentence_of(self, offset: int) -> int:
        """The sentence around a source offset."""
        return self._state.sentence_at_char(offset)

    @property
    def word_count(self) -> int:
        return sum(1 for space in self._state.is_space if not space)

    def words_of_sentence(self, index: int) -> list[str]:
        """Lower-cased non-space tokens of a sentence."""
        state = self._state
        first, last = state.token_ranges[index]
        return [state.text_of(i) for i in range(first, last) if not state.is_space[i]]

    def words_before(self, index: int, token: int) -> list[str]:
        """Lower-cased non-space tokens of a sentence that come before ``token``."""
        state = self._state
        first, _ = state.token_ranges[index]
        return [state.text_of(i) for i in range(first, token) if not state.is_space[i]]

    def words_after(self, index: int, token: int) -> list[str]:
        """Lower-cased non-space tokens of a sentence from ``token`` on."""
        state = self._state
        _, last = state.token_ranges[index]
        return [state.text_of(i) for i in range(token, last) if not state.is_space[i]]

    def sentence_text(self, index: int) -> str:
        start, end = self._state.sentence_spans[index]
        return " ".join(self.document.masked[start:end].split())


class Compacted:
    """The masked text with every whitespace run (soft line wraps, blanked markup) folded
    into one space, so "see your\ndoctor" and "See [your doctor](url)" tokenize as plain
    prose; offsets map back to the masked (= source) text."""

    _RUN = re.compile(r"[ \t\r\n\f\v\u00a0]{2,}|[\t\r\n\f\v\u00a0]")

    def __init__(self, text: str) -> None:
        parts: list[str] = []
        self.seg_c: list[int] = []  # segment start in the compact text
        self.seg_o: list[int] = []  # segment start in the original text
        self.seg_run: list[bool] = []  # True: a folded whitespace run (one space)
        compact = 0
        last = 0
        for m in self._RUN.finditer(text):
            if m.start() > last:
                self._segment(compact, last, False)
                parts.append(text[last : m.start()])
                compact += m.start() - last
            self._segment(compact, m.start(), True)
            parts.append(" ")
            compact += 1
            last = m.end()
        if last < len(text) or not self.seg_c:
            self._segment(compact, last, False)
            parts.append(text[last:])
        # Curly apostrophes become straight ones (same length), so "don’t" matches "don't".
        self.text = "".join(parts).replace("\u2019", "'")

    def _segment(self, compact: int, original: int, run: bool) -> None:
        self.seg_c.append(compact)
        self.seg_o.append(original)
        self.seg_run.append(run)

    def to_original(self, offset: int) -> int:
        i = max(0, bisect.bisect_right(self.seg_c, offset) - 1)
        return self.seg_o[i] if self.seg_run[i] else self.seg_o[i] + offset - self.seg_c[i]

    def to_compact(self, offset: int) -> int:
        i = max(0, bisect.bisect_right(self.seg_o, offset) - 1)
        return self.seg_c[i] if self.seg_run[i] else self.seg_c[i] + offset - self.seg_o[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original(start), self.to_original(max(start, end - 1)) + 1


# spaCy's tokenizer strips prefixes and suffixes from a token one at a time, so a long
# token of punctuation takes quadratic time (2,000 "(" or "*_": 10 s; measured in
# docs/performance.md). Runs of 16 punctuation characters, and tokens of 1,000 characters,
# are never prose (minified data, ASCII art, a run of "["): they are blanked before
# tokenizing (same length, so offsets do not move).
_JUNK = re.compile(r"[^\w\s]{16,}|\S{1000,}")


def _without_junk(text: str) -> str:
    return _JUNK.sub(lambda m: " " * len(m.group()), text)


class _State:
    """Per-document NLP state. Token attributes are read once into plain lists with
    ``Doc.to_array`` (no Token objects); words are kept as LOWER hashes."""

    def __init__(self, document: Document, bank: _CompiledBank) -> None:
        from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH

        self.document = document
        self.bank = bank
        self.compact = Compacted(_without_junk(document.masked))
        self.doc = bank.nlp.make_doc(break_long_runs(self.compact.text))
        self.strings = bank.nlp.vocab.strings
        columns = self.doc.to_array([LOWER, ORTH, IS_SPACE, IS_PUNCT, IDX, LENGTH]).T.tolist()
        lower, orth, space, punct, idx, length = columns if columns else ([], [], [], [], [], [])
        self.words: list[int] = lower  # LOWER hashes
        self.is_space: list[bool] = [bool(x) for x in space]
        self.starts: list[int] = idx  # compact offsets
        self.lengths: list[int] = length
        breaks = [self.compact.to_compact(b) for b in document.breaks]
        self.sentence_ids, spans, self.token_ranges = self._split(
            orth, self.is_space, punct, idx, length, breaks, bank.sentence_end, bank.closers
        )
        self.sentence_spans = [self.compact.span_to_original(s, e) for s, e in spans]
        self.raw = bank.run(self.doc, self.words, self.token_ranges)
        self.cues_by_sentence: dict[int, list[CueHit]] = defaultdict(list)
        if bank.cue_set is not None:
            for label, found in self.raw.items():
                if not label.startswith(_CUE_PREFIX):
                    continue
                cue = bank.cue_set.cues[int(label[len(_CUE_PREFIX) :])]
                for start, end in found:
                    self.cues_by_sentence[self.sentence_ids[start]].append(CueHit(cue, start, end))
        self._mentions: dict[str, list[Mention]] = {}

    def text_of(self, token: int) -> str:
        return self.strings[self.words[token]]

    @staticmethod
    def _split(
        orth: Sequence[int],
        is_space: Sequence[bool],
        punct: Sequence[int],
        idx: Sequence[int],
        length: Sequence[int],
        breaks: Sequence[int],
        sentence_end: frozenset[int],
        closers: frozenset[int],
    ) -> tuple[list[int], list[tuple[int, int]], list[tuple[int, int]]]:
        """Sentence id of every token, sentence char spans, sentence token ranges."""
        ids: list[int] = []
        spans: list[tuple[int, int]] = []
        first_tokens: list[int] = []
        current = -1
        start_char = 0
        last_end = 0
        prev1 = prev2 = 0  # ORTH of the last two non-space tokens
        break_index = 0
        n_breaks = len(breaks)
        for i in range(len(orth)):
            if is_space[i]:
                ids.append(max(current, 0))
                continue
            start = idx[i]
            hard = False
            while break_index < n_breaks and breaks[break_index] <= start:
                if breaks[break_index] >= last_end or current == -1:
                    hard = True
                break_index += 1
            soft = (
                (prev1 in sentence_end or (prev1 in closers and prev2 in sentence_end))
                and not punct[i]
                and prev1 != 0
            )
            # A run-on "sentence" (a page with no punctuation, one 5 MB line) is cut every
            # MAX_SENTENCE_TOKENS words: cue resolution is per sentence, and no real sentence
            # is that long.
            long_run = i - (first_tokens[-1] if first_tokens else 0) >= MAX_SENTENCE_TOKENS
            if current == -1 or hard or soft or long_run:
                if current >= 0:
                    spans.append((start_char, last_end))
                current += 1
                start_char = start
                first_tokens.append(i)
            ids.append(current)
            last_end = start + length[i]
            prev2, prev1 = prev1, orth[i]
        if current >= 0:
            spans.append((start_char, last_end))
        ranges = [
            (first, first_tokens[i + 1] if i + 1 < len(first_tokens) else len(ids))
            for i, first in enumerate(first_tokens)
        ]
        return ids, spans, ranges

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentence_spans]

    def sentence_at_char(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def mentions(self, label: str) -> list[Mention]:
        if label in self._mentions:
            return self._mentions[label]
        found = []
        cue_set = self.bank.cue_set
        for start, end in self.raw.get(label, []):
            sentence = self.sentence_ids[start]
            if self.sentence_ids[end - 1] != sentence:
                continue  # a match may not cross a sentence or block boundary
            modifiers: frozenset[str] = frozenset()
            cues: tuple[CueHit, ...] = ()
            if cue_set is not None:
                modifiers, cues = resolve(
                    cue_set,
                    self.cues_by_sentence.get(sentence, []),
                    start,
                    end,
                    self.words,
                    self.is_space,
                    self.bank.stops,
                    self.bank.clause_stops,
                )
            char_start, char_end = self.compact.span_to_original(
                self.starts[start], self.starts[end - 1] + self.lengths[end - 1]
            )
            found.append(
                Mention(
                    label,
                    char_start,
                    char_end,
                    sentence,
                    start,
                    end,
                    " ".join(self.document.masked[char_start:char_end].split()),
                    modifiers,
                    cues,
                )
            )
        self._mentions[label] = found
        return found
