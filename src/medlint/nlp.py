"""The NLP layer: one blank English spaCy pipeline, one matcher bank per run.

spaCy is imported lazily (on the first :class:`Analysis`), so ``--version``,
``rules``, ``explain`` and runs whose rules need no NLP never import it. No
model is ever loaded: the pipeline is ``spacy.blank("en")``; sentences are
split here, using the parser's block boundaries (headings, list items,
paragraphs) as hard breaks.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from medlint.chunktokens import ChunkTokenizer
from medlint.context import CueHit, CueSet, resolve
from medlint.document import Document, RegionKind
from medlint.tokentext import tokenizer_input

if TYPE_CHECKING:
    from medlint.patternstore import Compilation

_SENTENCE_END = {".", "!", "?", "...", "…"}
_CLOSERS = {'"', "'", ")", "]", "”", "’"}
# The longest sentence, in tokens (spaces included), before the splitter cuts it.
MAX_SENTENCE_TOKENS = 400
# The bound of the memo of sentences' word sets (``_CompiledBank._candidate``): on the shared
# corpus its hit rate is 47.4 % at 20,000 against 52.5 % at 100,000 (M49b's count, round 49),
# and at 100,000 it held the largest growth of memory after 1,000 files (docs/performance.md,
# Round 49 and 49c).
DECIDED_LIMIT = 20_000


@dataclass(frozen=True)
class Label:
    """The key of a group of patterns in the bank: its owner (a rule's code, a knowledge
    base, the context cues) first, then which of the owner's groups, e.g.
    ``Label.of("MED110", "required")``."""

    parts: tuple[str, ...]

    @classmethod
    def of(cls, *parts: str) -> Label:
        return cls(parts)

    @property
    def key(self) -> str:
        """The matcher's string key (spaCy keys are strings); unambiguous for any parts."""
        return "\x00".join(self.parts)

    def __str__(self) -> str:
        return ":".join(self.parts)


_CUES = "context cue"  # the owner of the context cues' labels


@dataclass(frozen=True)
class Mention:
    label: Label
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


_new_object = object.__new__
_set_attribute = object.__setattr__


def _mention(
    label: Label,
    start: int,
    end: int,
    sentence: int,
    token_start: int,
    token_end: int,
    text: str,
    modifiers: frozenset[str],
    cues: tuple[CueHit, ...],
) -> Mention:
    """``Mention(label, start, ...)``, every field given: the same instance, its fields
    in the same order in its ``__dict__``, given in one assignment where the frozen
    dataclass's ``__init__`` sets each of the nine through ``object.__setattr__``
    (``_State.mentions`` builds some 44,000 on 600 corpus articles). Mention has no
    ``__post_init__`` and these are its fields, in order (tests/test_quick_round32.py)."""
    mention = _new_object(Mention)
    _set_attribute(
        mention,
        "__dict__",
        {
            "label": label,
            "start": start,
            "end": end,
            "sentence": sentence,
            "token_start": token_start,
            "token_end": token_end,
            "text": text,
            "modifiers": modifiers,
            "cues": cues,
        },
    )
    return mention


@dataclass
class PatternBank:
    """Every pattern of every enabled rule, compiled once per run, run once per doc."""

    groups: dict[Label, list[str]] = field(default_factory=dict)
    sources: dict[Label, str] = field(default_factory=dict)
    cue_set: CueSet | None = None
    # Run token patterns only where they may match (see _CompiledBank.run); False runs
    # every pattern over the whole document, the reference the shortcut is tested against.
    prefilter: bool = True

    def add(self, label: Label, patterns: Iterable[str], source: str = "") -> None:
        self.groups.setdefault(label, []).extend(patterns)
        self.sources.setdefault(label, source)

    def set_cues(self, cue_set: CueSet, source: str = "rules/context/cues.yaml") -> None:
        self.cue_set = cue_set
        for i, cue in enumerate(cue_set.cues):
            self.groups[Label.of(_CUES, str(i))] = [cue.pattern]
            self.sources[Label.of(_CUES, str(i))] = source

    @cached_property
    def compiled(self) -> _CompiledBank:
        return _compiled(self.frozen())

    def frozen(self) -> FrozenBank:
        """The bank's content as a hashable value: what its compilation depends on."""
        return FrozenBank(
            tuple((label, tuple(patterns)) for label, patterns in self.groups.items()),
            tuple(sorted(self.sources.items(), key=lambda item: item[0].key)),
            self.cue_set,
            self.prefilter,
        )


@dataclass(frozen=True)
class FrozenBank:
    """A pattern bank's content, frozen: the key of the per-process compiled banks."""

    groups: tuple[tuple[Label, tuple[str, ...]], ...]
    sources: tuple[tuple[Label, str], ...]
    cue_set: CueSet | None
    prefilter: bool


# Compiled matcher banks, per process. A compiled bank depends only on the bank's content
# (patterns, cues, prefilter) and spaCy's tokenizer, and is only read once built, so every
# Linter of a process with the same rules shares one: a second Linter (a language server's
# reconfiguration, a Dask worker's second recipe, each `cli()` call of the tests) does not
# pay the ~1.4 s of building matchers again. Bounded: a few configurations at most are live.
_BANKS_KEPT = 4


# The lexical attributes the NLP layer reads itself (_State's columns, besides ORTH, which
# is the word and no computed attribute). spaCy computes every lexical attribute of its
# language for each word the vocabulary meets for the first time (a Python function each:
# shape, prefix, suffix, stop word, URL and e-mail shapes ...): a fifth of bare
# tokenization's time on the corpus. A compiled bank computes only these and the ones its
# token patterns test; the others keep their default value and nothing reads them.
READ_ATTRS = ("LOWER", "IS_SPACE", "IS_PUNCT")


def read_attrs(compilation: Compilation) -> frozenset[int] | None:
    """The spaCy attribute IDs the NLP layer and the compiled token patterns read (None,
    meaning all of them, if a pattern tests an attribute that is not a spaCy attribute
    name)."""
    from spacy.attrs import IDS

    names = set(READ_ATTRS)
    for _phrases, token_patterns in compilation:
        for pattern in token_patterns:
            for spec in pattern:
                names.update(key for key in spec if key != "OP")
    if not names <= IDS.keys():
        return None
    return frozenset(IDS[name] for name in names)


def vocab_lower(vocab: Any) -> Any:
    """The vocabulary's getter of a word's LOWER string (spaCy: ``str.lower``)."""
    from spacy.attrs import LOWER

    return vocab.lex_attr_getters[LOWER]


@lru_cache(maxsize=_BANKS_KEPT)
def _compiled(bank: FrozenBank) -> _CompiledBank:
    return _CompiledBank(bank)


class _CompiledBank:
    def __init__(
        self, bank: FrozenBank, all_attrs: bool = False, phrase_docs: bool = False
    ) -> None:
        """``all_attrs``: compute every lexical attribute of each new word, as spaCy does
        (the reference the default, only the attributes read, is tested against).
        ``phrase_docs``: give the PhraseMatcher each phrase as a Doc (the reference the
        default, the words' LOWER hashes, is tested against)."""
        from medlint.patternstore import compiled_patterns
        from medlint.spacy_import import import_spacy

        import_spacy()
        from spacy.lang.en import English
        from spacy.matcher import Matcher, PhraseMatcher
        from spacy.tokens import Doc

        # English() is spacy.blank("en") without the registry look-up and config
        # resolution (the same default pipeline: only the tokenizer; 0.24 s against 0.39 s).
        self.nlp = English()
        self.nlp.max_length = 50_000_000  # no parser/NER: memory is not the concern
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        # One token Matcher per label, run only where one of its patterns can match: the
        # Matcher's cost grows with the patterns it tries at every token.
        self.matchers: dict[str, Any] = {}
        self.cue_set = bank.cue_set
        self.prefilter = bank.prefilter
        # Token patterns are matched only in sentences that contain, for some pattern,
        # a word of every required (non-optional) token spec: the Matcher is the costly
        # part of the NLP layer, and most sentences cannot match any pattern.
        self.required: list[list[frozenset[int]]] = []  # LOWER hashes
        self.keys: list[str] = []  # the label key of each pattern
        self.token_patterns: list[Sequence[dict[str, Any]]] = []  # each pattern's specs
        self.patterns_of: dict[str, list[int]] = defaultdict(list)  # a label's patterns
        # Matchers of some labels' patterns, by (label key, pattern ids) pairs: _matcher.
        self._partial: dict[tuple[tuple[str, tuple[int, ...]], ...], Any] = {}
        # Those (label key, pattern ids) pairs by the labels and the bits of theirs that a
        # text sets (_wanted): the pairs depend on nothing else.
        self._wanted: dict[tuple[tuple[str, ...], int], tuple[tuple[str, tuple[int, ...]], ...]]
        self._wanted = {}
        self.key_bits: dict[str, int] = defaultdict(int)  # the bits of a label's patterns
        self.index: dict[int, list[int]] = defaultdict(list)
        # The same test as bit sets: each distinct required spec is a bit; a word sets the
        # bits of the specs that hold it, and a pattern needs the bits of all its specs. A
        # pattern may match in a sentence when the bits its words set cover the pattern's.
        self._spec_bit: dict[frozenset[int], int] = {}
        self.word_bits: dict[int, int] = {}
        self.needs: list[int] = []  # each pattern's bits
        # By anchor word: the distinct bits of the patterns it anchors (for _may_match),
        # and each pattern's bits with its label key (for _candidates).
        self.anchored: dict[int, tuple[int, ...]] = {}
        self.anchored_keys: dict[int, tuple[tuple[int, str], ...]] = {}
        # Sentences' sets of pattern words already decided by _candidate: few distinct sets
        # recur (most sentences hold only "the", "a", "is" ...).
        self._decided: dict[frozenset[int], bool] = {}
        # The cues by matcher key, to tell their matches from the rules'.
        self.cue_keys = {
            label.key: int(label.parts[1]) for label, _ in bank.groups if label.parts[0] == _CUES
        }
        compilation = compiled_patterns(bank, self.nlp)
        self.read_attrs = None if all_attrs else read_attrs(compilation)
        if self.read_attrs is not None:
            vocab: Any = self.nlp.vocab  # lex_attr_getters: not in spaCy's type stubs
            getters = vocab.lex_attr_getters
            vocab.lex_attr_getters = {
                attr: getter for attr, getter in getters.items() if attr in self.read_attrs
            }
        # The PhraseMatcher reads of a phrase's Doc only its tokens' LOWER values
        # (PhraseMatcher._convert_to_array) and takes such a sequence of hashes in place of
        # a Doc: each word's LOWER is the string store's hash of the vocabulary's own LOWER
        # getter on it, as a new lexeme's is. Building the 37,000 phrase Docs instead took
        # most of compiling the bank (about 0.5 of 0.7 CPU s per process).
        # The phrases' 80,000 words are 12,000 distinct ones: each is lowercased and
        # hashed once (``lowers``).
        strings = self.nlp.vocab.strings
        lower = vocab_lower(self.nlp.vocab)
        lowers: dict[str, int] = {}
        for (label, _), (phrases, token_patterns) in zip(bank.groups, compilation, strict=True):
            if phrases and phrase_docs:
                docs = [Doc(self.nlp.vocab, words=words) for words in phrases]
                self.phrases.add(label.key, docs)
            elif phrases:
                for words in phrases:
                    for phrase_word in words:
                        if phrase_word not in lowers:
                            lowers[phrase_word] = strings.add(lower(phrase_word))
                keywords: Any = [[lowers[w] for w in words] for words in phrases]
                self.phrases.add(label.key, keywords)  # the stubs say Docs only
            if token_patterns:
                for tokens in token_patterns:
                    self._index(label.key, tokens)
                self.matchers[label.key] = matcher = Matcher(self.nlp.vocab)
                matcher.add(label.key, token_patterns, greedy="LONGEST")
        # Every word some required spec needs: a sentence's words outside it cannot matter.
        self.vocabulary = frozenset(w for specs in self.required for spec in specs for w in spec)
        for word, pattern_ids in self.index.items():
            pairs = dict.fromkeys((self.needs[i], self.keys[i]) for i in pattern_ids)
            self.anchored_keys[word] = tuple(pairs)
            self.anchored[word] = tuple(dict.fromkeys(need for need, _key in pairs))
        self.sentence_end = frozenset(strings.add(t) for t in _SENTENCE_END)
        self.closers = frozenset(strings.add(t) for t in _CLOSERS)
        cues = bank.cue_set
        self.stops = frozenset(strings.add(t) for t in (cues.terminators if cues else ()))
        self.clause_stops = frozenset(
            strings.add(t) for t in (cues.clause_terminators if cues else ())
        )
        self.mark_stops = frozenset(
            strings.add(t) for t in (cues.clause_terminators if cues else ()) if not t.isalpha()
        )

    # Tokenize through the memo of chunk tokenizations (chunktokens.py); False: every
    # document through ``nlp.make_doc``, the reference the memo is tested against.
    memo_tokens = True

    @cached_property
    def chunk_tokenizer(self) -> ChunkTokenizer:
        return ChunkTokenizer(self.nlp)

    def tokenize(self, text: str) -> Any:
        """``nlp.make_doc(text)``: the same Doc, through the memo unless ``memo_tokens``
        is off."""
        if self.memo_tokens:
            return self.chunk_tokenizer(text)
        return self.nlp.make_doc(text)

    def _index(self, key: str, tokens: Sequence[dict[str, Any]]) -> None:
        required = []
        for spec in tokens:
            if spec.get("OP") == "?" or "LOWER" not in spec:
                continue
            value = spec["LOWER"]
            words = value["IN"] if isinstance(value, dict) else [value]
            required.append(frozenset(self.nlp.vocab.strings.add(w) for w in words))
        pattern_id = len(self.required)
        self.required.append(required)
        self.keys.append(key)
        self.token_patterns.append(tokens)
        self.patterns_of[key].append(pattern_id)
        need = 0
        for needed in required:
            bit = self._spec_bit.setdefault(needed, 1 << len(self._spec_bit))
            need |= bit
            for lexeme in needed:
                self.word_bits[lexeme] = self.word_bits.get(lexeme, 0) | bit
        self.needs.append(need)
        self.key_bits[key] |= need
        if not required:
            self.index[0].append(pattern_id)  # no anchor: must always run
            return
        # Indexed by its anchor, the spec with the fewest words: a sentence without one of
        # them is never tested for it.
        anchor = min(range(len(required)), key=lambda i: len(required[i]))
        for word in required[anchor]:
            self.index[word].append(pattern_id)

    def _candidate(self, words: frozenset[int]) -> bool:
        """Whether some token pattern may match in a sentence of these words (remembered,
        at most ``DECIDED_LIMIT`` sets)."""
        decided = self._decided
        known = decided.get(words)
        if known is None:
            if len(decided) >= DECIDED_LIMIT:
                decided.clear()
            known = decided[words] = self._may_match(words)
        return known

    def _bits(self, words: AbstractSet[int]) -> int:
        """The bits of the required specs that hold one of these words."""
        bits = 0
        word_bits = self.word_bits
        for word in words:
            bits |= word_bits.get(word, 0)
        return bits

    def _may_match(self, words: AbstractSet[int]) -> bool:
        """Whether some token pattern may match in a sentence of these words: one that has
        a word of every required token spec (its bits are covered by the words' bits)."""
        if self.index.get(0):
            return True
        bits = self._bits(words)
        anchored = self.anchored
        for word in words:
            for need in anchored.get(word, ()):
                if not need & ~bits:
                    return True
        return False

    def _candidates(self, words: AbstractSet[int]) -> set[str]:
        """The labels with a token pattern that may match in a text of these words."""
        keys = {self.keys[pattern_id] for pattern_id in self.index.get(0, ())}
        bits = self._bits(words)
        anchored_keys = self.anchored_keys
        for word in words:
            for need, key in anchored_keys.get(word, ()):
                if not need & ~bits:
                    keys.add(key)
        return keys

    def _matcher(self, keys: Iterable[str], bits: int) -> Any:
        """One Matcher of the labels' patterns that may match in a text whose words set
        ``bits``: the others need a word the text lacks and cannot match there. Each label
        is its own key with its own ``greedy`` filter, which reads only that label's
        matches, so each label's matches are those its whole Matcher finds. The Matcher's
        cost grows with the patterns it tries at every token (a label of 70 patterns,
        MED202's caveats or the help prompts, often has one or two that may match), and
        each call reads every token of the text again (one call for all the labels of a
        run instead of one each). Remembered by the labels and pattern ids: few distinct
        sets recur (at most 10,000 Matchers). Without spaCy's validation of each pattern
        (a pydantic model per pattern, as much time as compiling it): every one of them was
        validated when the bank was compiled (``self.matchers``), and validation only raises."""
        wanted = self._wanted_of(keys, bits)
        matcher = self._partial.get(wanted)
        if matcher is None:
            from spacy.matcher import Matcher

            if len(self._partial) >= 10_000:
                self._partial.clear()
            matcher = self._partial[wanted] = Matcher(self.nlp.vocab, validate=False)
            for key, ids in wanted:
                matcher.add(key, [list(self.token_patterns[i]) for i in ids], greedy="LONGEST")
        return matcher

    # Remember the (label key, pattern ids) pairs of _matcher by the labels and their bits
    # (_wanted_of); False: worked out at every call, the reference the memo is tested against.
    memo_wanted = True

    def _wanted_of(self, keys: Iterable[str], bits: int) -> tuple[tuple[str, tuple[int, ...]], ...]:
        """Each label's patterns that may match in a text whose words set ``bits``: those
        whose bits the text sets. A pattern's bits are among its label's (``key_bits``), so
        the pairs depend only on the labels and the bits of theirs the text sets, and are
        remembered by those (at most 100,000 entries): a page's runs of sentences differ in
        their words, and so in ``bits``, far more often than in what their labels read
        (1,489 calls, 95 distinct answers, on 600 corpus articles), and working the pairs
        out reads every pattern of each label again (a label of 70 patterns)."""
        ordered = tuple(sorted(keys))
        if self.memo_wanted:
            key_bits = self.key_bits
            relevant = 0
            for key in ordered:
                relevant |= key_bits[key]
            memo_key = (ordered, bits & relevant)
            wanted = self._wanted.get(memo_key)
            if wanted is not None:
                return wanted
        needs = self.needs
        wanted = tuple(
            (key, tuple(i for i in self.patterns_of[key] if not needs[i] & ~bits))
            for key in ordered
        )
        if self.memo_wanted:
            if len(self._wanted) >= 100_000:
                self._wanted.clear()
            self._wanted[memo_key] = wanted
        return wanted

    # Take the PhraseMatcher's matches as it gives them, grouped by label (see
    # phrase_spans); False: each match through a set and every label's spans sorted, the
    # reference the grouping is tested against.
    group_phrases = True

    def run(
        self, doc: Any, words: Sequence[int], sentences: Sequence[tuple[int, int]]
    ) -> dict[str, list[tuple[int, int]]]:
        """Every label's matches (token spans). Token patterns run on runs of consecutive
        sentences in which some pattern may match, and in a run only the labels that may
        match in its words: a label that may match in none of its sentences could only
        match across a sentence boundary, and such matches are dropped (_State.mentions)."""
        found: dict[str, set[tuple[int, int]]] = defaultdict(set)
        strings = self.nlp.vocab.strings
        phrased: dict[str, list[tuple[int, int]]] | None = None
        if self.group_phrases:
            phrased = phrase_spans(self.phrases(doc), strings)
        else:
            for match_id, start, end in self.phrases(doc):
                found[strings[match_id]].add((start, end))
        if not self.prefilter:
            for key, matcher in self.matchers.items():
                for _match_id, start, end in matcher(doc):
                    found[key].add((start, end))
            return _joined(phrased, found)
        runs: list[tuple[int, int, set[int]]] = []  # token range, the words in it
        vocabulary = self.vocabulary
        for first, last in sentences:
            present = vocabulary.intersection(words[first:last])
            if not present or not self._candidate(present):
                continue
            if runs and runs[-1][1] == first:
                runs[-1] = (runs[-1][0], last, runs[-1][2] | present)
            else:
                runs.append((first, last, set(present)))
        for first, last, present_in_run in runs:
            span = doc[first:last]
            # The labels that may match in the run's words: a superset of those that may
            # match in one of its sentences, so no within-sentence match is missed; of
            # each, the patterns that may match in them, all in one Matcher.
            keys = self._candidates(present_in_run)
            if keys:
                matcher = self._matcher(keys, self._bits(present_in_run))
                for match_id, start, end in matcher(span):
                    found[strings[match_id]].add((start + first, end + first))
        return _joined(phrased, found)


def phrase_spans(
    matches: Iterable[tuple[int, int, int]], strings: Any
) -> dict[str, list[tuple[int, int]]]:
    """The PhraseMatcher's matches as each label's spans, labels in the order of their
    first match. Its matches come sorted and once each for a label: it reads the
    document start by start, from each start the ends in increasing order, and at each
    (start, end) the labels of the one trie node reached, each once
    (``PhraseMatcher.find_matches``, spaCy 3.8); so each label's list is already what a
    set of its spans, sorted, gives. Grouped by match id, one string look-up per label,
    not one per match (146,000 matches on 600 corpus articles)."""
    by_id: dict[int, list[tuple[int, int]]] = {}
    for match_id, start, end in matches:
        spans = by_id.get(match_id)
        if spans is None:
            by_id[match_id] = [(start, end)]
        else:
            spans.append((start, end))
    return {strings[match_id]: spans for match_id, spans in by_id.items()}


def _joined(
    phrased: dict[str, list[tuple[int, int]]] | None, found: dict[str, set[tuple[int, int]]]
) -> dict[str, list[tuple[int, int]]]:
    """Each label's spans, sorted: the phrase matches (already sorted, in the order of
    their labels' first match, or None when they are in ``found``) with the token
    matches of ``found``, labels that only token patterns matched after them, in the
    order of their first match, as one set of all matches read in that order gives."""
    if phrased is None:
        return {label: sorted(spans) for label, spans in found.items()}
    for label, spans in found.items():
        listed = phrased.get(label)
        phrased[label] = sorted(spans) if listed is None else sorted(spans.union(listed))
    return phrased


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
        self._filtered: dict[Label, list[Mention]] = {}

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

    def mentions(self, label: Label) -> list[Mention]:
        found = self._state.mentions(label)
        if self.regions is None or not self.document.regions:
            return found
        if label not in self._filtered:
            region_at = self.document.region_at
            self._filtered[label] = [m for m in found if region_at(m.start) in self.regions]
        return self._filtered[label]

    def cued_sentences(self, categories: frozenset[str]) -> frozenset[int]:
        """The sentences holding a cue of one of ``categories``, whatever its scope (a
        reader of the whole sentence, such as a sentence model, has no target to scope)."""
        return frozenset(
            index
            for index, hits in self._state.cues_by_sentence.items()
            if any(h.cue.category in categories for h in hits)
        )

    def sentences_holding(self, words: frozenset[str]) -> frozenset[int]:
        """The sentences holding one of these lower-cased words as a token (one pass over
        the document's tokens, not a word list per sentence)."""
        state = self._state
        strings = state.strings
        hashes = {strings[w] for w in words}
        ids = state.sentence_ids
        return frozenset(ids[i] for i, h in enumerate(state.words) if h in hashes)

    def sentence_of(self, offset: int) -> int:
        """The sentence around a source offset."""
        return self._state.sentence_at_char(offset)

    @property
    def word_count(self) -> int:
        return sum(1 for space in self._state.is_space if not space)

    def words_of_sentence(self, index: int) -> list[str]:
        """Lower-cased non-space tokens of a sentence."""
        return list(self._state.sentence_words(index)[1])

    def words_before(self, index: int, token: int) -> list[str]:
        """Lower-cased non-space tokens of a sentence that come before ``token``."""
        state = self._state
        first, last = state.token_ranges[index]
        if token > last:  # past the sentence: the tokens up to it (never asked, in practice)
            return [state.text_of(i) for i in range(first, token) if not state.is_space[i]]
        tokens, words = state.sentence_words(index)
        return words[: bisect.bisect_left(tokens, token)]

    def words_after(self, index: int, token: int) -> list[str]:
        """Lower-cased non-space tokens of a sentence from ``token`` on."""
        state = self._state
        first, last = state.token_ranges[index]
        if token < first:  # before the sentence: the tokens from it (never asked, in practice)
            return [state.text_of(i) for i in range(token, last) if not state.is_space[i]]
        tokens, words = state.sentence_words(index)
        return words[bisect.bisect_left(tokens, token) :]

    def sentence_text(self, index: int) -> str:
        start, end = self._state.sentence_spans[index]
        return " ".join(self.document.masked[start:end].split())


class _State:
    """Per-document NLP state. Token attributes are read once into plain lists with
    ``Doc.to_array`` (no Token objects); words are kept as LOWER hashes."""

    def __init__(self, document: Document, bank: _CompiledBank) -> None:
        from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH

        self.document = document
        self.bank = bank
        self.compact, text = tokenizer_input(document.masked)
        self.doc = bank.tokenize(text)
        self.strings = bank.nlp.vocab.strings
        # The columns the rules read become lists (ORTH and IS_PUNCT only split sentences).
        array = self.doc.to_array([LOWER, ORTH, IS_SPACE, IS_PUNCT, IDX, LENGTH])
        self.words: list[int] = array[:, 0].tolist()  # LOWER hashes
        self.is_space: list[bool] = (array[:, 2] != 0).tolist()
        self.starts: list[int] = array[:, 4].tolist()  # compact offsets
        self.lengths: list[int] = array[:, 5].tolist()
        breaks = self.compact.offsets_to_compact(document.breaks)
        self.sentence_ids, spans, self.token_ranges = split_sentences(
            array, breaks, bank.sentence_end, bank.closers
        )
        self.sentence_spans = self.compact.spans_to_original(spans)
        self.raw = bank.run(self.doc, self.words, self.token_ranges)
        self.cues_by_sentence: dict[int, list[CueHit]] = defaultdict(list)
        if bank.cue_set is not None:
            for key, found in self.raw.items():
                if key not in bank.cue_keys:
                    continue
                cue = bank.cue_set.cues[bank.cue_keys[key]]
                for start, end in found:
                    self.cues_by_sentence[self.sentence_ids[start]].append(CueHit(cue, start, end))
        self._mentions: dict[Label, list[Mention]] = {}
        self._sentence_words: dict[int, tuple[list[int], list[str]]] = {}

    def text_of(self, token: int) -> str:
        return self.strings[self.words[token]]

    def sentence_words(self, index: int) -> tuple[list[int], list[str]]:
        """A sentence's non-space tokens and their lower-cased words, worked out once: the
        rules ask for the words of a sentence, or those before or after a token of it, many
        times (each mention of each rule)."""
        found = self._sentence_words.get(index)
        if found is None:
            first, last = self.token_ranges[index]
            is_space = self.is_space
            tokens = [i for i in range(first, last) if not is_space[i]]
            strings, words = self.strings, self.words
            found = self._sentence_words[index] = (tokens, [strings[words[i]] for i in tokens])
        return found

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentence_spans]

    def sentence_at_char(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def mentions(self, label: Label) -> list[Mention]:
        """The label's matches that lie in one sentence, as mentions with the cues that
        apply to them. Read once per label (each rule asks for a few labels, many rules
        for the same): one pass over the matches with the document's columns at hand,
        each match's characters mapped to the source by ``Compacted.span_to_original``,
        and each mention built by ``_mention``."""
        found = self._mentions.get(label)
        if found is not None:
            return found
        found = []
        cue_set = self.bank.cue_set
        cues_by_sentence = self.cues_by_sentence
        sentence_ids = self.sentence_ids
        token_starts, lengths = self.starts, self.lengths
        span_to_original = self.compact.span_to_original
        masked = self.document.masked
        for start, end in self.raw.get(label.key, []):
            sentence = sentence_ids[start]
            if sentence_ids[end - 1] != sentence:
                continue  # a match may not cross a sentence or block boundary
            modifiers: frozenset[str] = frozenset()
            cues: tuple[CueHit, ...] = ()
            hits = cues_by_sentence.get(sentence)
            if cue_set is not None and hits:  # no cue in the sentence: none applies
                modifiers, cues = resolve(
                    cue_set,
                    hits,
                    start,
                    end,
                    self.words,
                    self.is_space,
                    self.bank.stops,
                    self.bank.clause_stops,
                    self.bank.mark_stops,
                )
            char_start, char_end = span_to_original(
                token_starts[start], token_starts[end - 1] + lengths[end - 1]
            )
            found.append(
                _mention(
                    label,
                    char_start,
                    char_end,
                    sentence,
                    start,
                    end,
                    " ".join(masked[char_start:char_end].split()),
                    modifiers,
                    cues,
                )
            )
        self._mentions[label] = found
        return found


def split_plain(
    orth: Sequence[int],
    is_space: Sequence[bool],
    punct: Sequence[int],
    idx: Sequence[int],
    length: Sequence[int],
    breaks: Sequence[int],
    sentence_end: frozenset[int],
    closers: frozenset[int],
) -> tuple[list[int], list[tuple[int, int]], list[tuple[int, int]]]:
    """Sentence id of every token, sentence char spans, sentence token ranges, token by
    token (the reference :func:`split_sentences` reads the same way)."""
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


def split_sentences(
    array: Any, breaks: Sequence[int], sentence_end: frozenset[int], closers: frozenset[int]
) -> tuple[list[int], list[tuple[int, int]], list[tuple[int, int]]]:
    """:func:`split_plain` over the columns ``Doc.to_array([LOWER, ORTH, IS_SPACE,
    IS_PUNCT, IDX, LENGTH])`` gives, with array operations instead of a Python step per
    token (the same results: tests/test_quick_scans.py compares them). A sentence opens at
    the first word, after a block break that lies between the previous word's end and the
    word's start (the plain loop's break pointer reads exactly those breaks when they are
    sorted, as every parser gives them), or after a sentence end (or a closer after one)
    when the word is no punctuation. The cut of a run-on sentence every
    MAX_SENTENCE_TOKENS tokens depends on the cut before it: a text that needs one (and
    unsorted breaks) is left to the plain loop."""
    import numpy as np

    n = len(array)
    if n == 0:
        return [], [], []
    orth, space, punct = array[:, 1], array[:, 2] != 0, array[:, 3] != 0
    idx, length = array[:, 4].astype(np.int64), array[:, 5].astype(np.int64)
    cut = np.asarray(breaks, dtype=np.int64)
    if len(cut) > 1 and bool((cut[1:] < cut[:-1]).any()):
        return _split_plain_of(array, breaks, sentence_end, closers)
    words = np.flatnonzero(~space)  # token indices of the non-space tokens
    if len(words) == 0:
        return [0] * n, [], []
    word = orth[words]
    # Whether each word, and the one and two before it (none: ORTH 0, as in the plain
    # loop), ends a sentence or closes one.
    at_end = np.concatenate(([0 in sentence_end] * 2, _members(word, sentence_end)))
    closing = np.concatenate(([0 in closers], _members(word[:-1], closers)))
    prev1_end = at_end[1:-1]
    prev2_end = at_end[: len(word)]
    soft = (prev1_end | (closing & prev2_end)) & ~punct[words]
    soft[0] = False  # no word before the first (ORTH 0)
    starts = idx[words]
    stops = starts + length[words]
    hard = np.zeros(len(words), dtype=bool)
    if len(cut):
        hard[1:] = np.searchsorted(cut, starts[1:], "right") > np.searchsorted(
            cut, stops[:-1], "left"
        )
    opening = soft | hard
    opening[0] = True
    first = np.flatnonzero(opening)  # the sentences' first words (indices into words)
    first_tokens = words[first]
    last_word = np.append(first[1:], len(words)) - 1
    if bool((words[last_word] - first_tokens >= MAX_SENTENCE_TOKENS).any()):
        return _split_plain_of(array, breaks, sentence_end, closers)
    marks = np.zeros(n, dtype=np.int64)
    marks[first_tokens] = 1
    ids = np.maximum(np.cumsum(marks) - 1, 0).tolist()
    spans = list(zip(starts[first].tolist(), stops[last_word].tolist(), strict=True))
    bounds = first_tokens.tolist()
    ranges = list(zip(bounds, [*bounds[1:], n], strict=True))
    return ids, spans, ranges


def _split_plain_of(
    array: Any, breaks: Sequence[int], sentence_end: frozenset[int], closers: frozenset[int]
) -> tuple[list[int], list[tuple[int, int]], list[tuple[int, int]]]:
    _lower, orth, space, punct, idx, length = array.T.tolist()
    return split_plain(orth, space, punct, idx, length, breaks, sentence_end, closers)


def _members(values: Any, members: frozenset[int]) -> Any:
    """Which of ``values`` (a uint64 array of hashes) are in ``members``, by a binary
    search of the sorted members (``np.isin`` costs several times more on short arrays)."""
    import numpy as np

    if not members:
        return np.zeros(len(values), dtype=bool)
    table = np.array(sorted(members), dtype=np.uint64)
    at = np.minimum(np.searchsorted(table, values), len(table) - 1)
    return table[at] == values
