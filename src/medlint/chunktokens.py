"""spaCy's tokenizer with a memo of its chunks.

spaCy splits a text at whitespace into chunks and tokenizes every chunk on its own
(prefixes, suffixes, infixes, special cases, URLs); its own cache of chunk tokenizations
holds at most 10,000 chunks and stops filling, for the rest of a document, at the first
special case ("don't", "e.g.", "'s": spaCy 3.8, ``Tokenizer._save_cached``), so in a long
health article nearly every chunk went through the affix regexes again (395,000 times
for 300 articles). :class:`ChunkTokenizer` splits the text at whitespace exactly as spaCy
does, remembers each chunk's tokens (a bounded memo, per process), tokenizes only the
chunks it has not seen (all of a document's at once) and builds the ``Doc`` from the
words' ids: the same tokens, offsets, trailing spaces and lexemes as ``nlp.make_doc(text)``
(tests/test_chunktokens.py compares them on the shared corpus), with one known exception:
spaCy applies its special cases a second time over the whole document
(``Tokenizer._apply_special_cases``), and there a match across a space (": p", like the
emoticon ":p") can keep an overlapping one inside a chunk from applying ("p.R163Q" stays
"p" "." "R163Q" in the document, "p." "R163Q" alone). On the shared corpus that happens
once, in one of 5,503 files, and no finding changes (docs/performance.md).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from functools import cached_property
from itertools import compress
from operator import not_
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any, cast

# Whitespace other than " " (every character str.isspace() accepts is below U+3001): with
# it, or with two spaces in a row, a text needs spaCy's full whitespace rules (spans_of);
# otherwise str.split(" ") gives the chunks.
_OTHER_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")
_ODD_SPACE = re.compile(f"[{re.escape(_OTHER_SPACES)}]")
# Such whitespace with a space after it: one whitespace span of both (spans_of).
_ODD_THEN_SPACE = re.compile(f"[{re.escape(_OTHER_SPACES)}] ")
_RUNS = re.compile(r"\s+|\S+")
# Between the unseen chunks of a document when they are tokenized together: a whitespace
# span of its own (one token), which no special case spans.
_SEPARATOR = "\n"

# A chunk's words, as their ORTH ids (the string store's hashes), and "a space follows".
# The Doc is built from the ids: its vocabulary looks each lexeme up by its id, where a
# word given as a string is hashed again (encoded and hashed, every token of every
# document); the lexemes, and so the Doc, are the same.
Entry = tuple[tuple[int, ...], tuple[bool, ...]]
_ONE_WORD = (True,)


class ChunkTokenizer:
    """``nlp.make_doc`` with a memo of chunk tokenizations (at most ``limit`` chunks; the
    memo is emptied when full, so memory stays bounded however many files a process lints;
    100,000 since round 49, M49c, 200,000 before: docs/performance.md, Round 49c)."""

    def __init__(self, nlp: Any, limit: int = 100_000) -> None:
        self.nlp = nlp
        self.limit = limit
        # chunk -> its words' ids and, per word, whether a space follows it inside the chunk
        # (never, in practice) with the last flag True: the space that ends the chunk.
        self.memo: dict[str, Entry] = {}

    def __call__(self, text: str) -> Any:
        from spacy.tokens import Doc

        lead, spans, trailing = spans_of(text)
        memo = self.memo
        # Each span's entry, in one pass in C; a page's spans are nearly all in the memo
        # (617,816 tokens, 18,352 distinct unseen spans on 600 corpus articles).
        entries: list[Entry | None] = list(map(memo.get, spans))
        lead_entry = memo.get(lead) if lead else None
        # (A memo over its limit, filled by one page of more distinct spans, is emptied at
        # the next page even when all its spans are seen.)
        if None in entries or (lead and lead_entry is None) or len(memo) > self.limit:
            # The unseen spans in the order of their first occurrence, the lead last.
            distinct = dict.fromkeys(compress(spans, map(not_, entries)))  # entries: never ()
            if lead and lead_entry is None:
                distinct[lead] = None
            if len(memo) + len(distinct) > self.limit:
                memo.clear()  # bounded: start again with this document's spans
                distinct = dict.fromkeys(spans)
                if lead:
                    distinct[lead] = None
            if distinct:
                self._learn(list(distinct))
            entries = list(map(memo.__getitem__, spans))
            lead_entry = memo[lead] if lead else None
        known = cast(list[Entry], entries)  # every span's entry, now
        words: list[int] = []
        spaces: list[bool] = []
        if lead_entry is not None:
            words += lead_entry[0]
            spaces += lead_entry[1][:-1]
            spaces.append(False)  # a span of whitespace: the next one is a word
        if trailing is None:  # every span but the last is followed by one space
            for span_words, span_spaces in known:
                words += span_words
                spaces += span_spaces
            if spans and not text.endswith(" "):
                spaces[-1] = False
        else:
            for (span_words, span_spaces), space in zip(known, trailing, strict=True):
                words += span_words
                spaces += span_spaces
                spaces[-1] = space
        ids: Any = words  # ORTH ids (Entry): the stubs say strings only
        return Doc(self.nlp.vocab, words=ids, spaces=spaces)

    def _learn(self, chunks: Sequence[str]) -> None:
        """Tokenize unseen chunks, together, and remember their tokens."""
        one_word = self._one_word
        strings = self.nlp.vocab.strings
        rest: list[str] = []
        for chunk in chunks:
            if chunk.isspace():
                self._remember(chunk, self.nlp.make_doc(chunk))  # would merge with separators
            elif one_word(chunk):  # its lexeme is made when a Doc first holds it
                self.memo[chunk] = ((strings.add(chunk),), _ONE_WORD)
            else:
                rest.append(chunk)
        chunks = rest
        if not chunks:
            return
        from spacy.attrs import IDX, LENGTH, ORTH, SPACY

        joined = _SEPARATOR.join(chunks)
        doc = self.nlp.make_doc(joined)
        attrs = [IDX, LENGTH, SPACY, ORTH]
        columns = doc.to_array(attrs).T.tolist() if len(doc) else [[], [], [], []]
        starts, lengths, spacy, orths = columns
        index = 0
        position = 0
        for chunk in chunks:
            end = position + len(chunk)
            words: list[str] = []
            ids: list[int] = []
            space = False
            while index < len(starts) and starts[index] < end:
                if starts[index] >= position:
                    words.append(joined[starts[index] : starts[index] + lengths[index]])
                    ids.append(orths[index])
                    space = space or bool(spacy[index])
                index += 1
            if words == [chunk] and not space:  # most chunks: one word, shared flags
                self.memo[chunk] = ((ids[0],), _ONE_WORD)
            elif "".join(words) == chunk and not space:
                self.memo[chunk] = (tuple(ids), (False,) * (len(words) - 1) + (True,))
            else:  # not what the chunk alone gives (never seen): tokenize it on its own
                self._remember(chunk, self.nlp.make_doc(chunk))
            position = end + len(_SEPARATOR)

    @cached_property
    def _one_word(self) -> Callable[[str], bool]:
        """Whether spaCy's tokenizer makes a chunk one token that is the chunk itself,
        told without running it, for chunks of ASCII letters ("thrombosis", most of the
        chunks a process has not seen): spaCy 3.8's ``Tokenizer._tokenize_affixes`` on a
        chunk that is no special case, in which the prefix and suffix searches find
        nothing of length above 0, ends ``_split_affixes`` with the chunk whole, and
        ``_attach_tokens`` then pushes it as one lexeme when the infix search finds
        nothing (its cache only repeats what that gives; the URL match only ever keeps
        a chunk whole); ``_apply_special_cases`` changes no one-token text that is no
        special case. Whether the three searches can match in a text of ASCII letters
        at all is read from their patterns once (``may_match_in_letters``); when one
        may, or the tokenizer has a ``token_match`` (English has none), every chunk
        goes through the tokenizer."""
        tokenizer = self.nlp.tokenizer
        searches = (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer)
        if tokenizer.token_match is not None or any(
            search is not None and may_match_in_letters(getattr(search, "__self__", None))
            for search in searches
        ):
            return _never
        rules = tokenizer.rules or {}
        return lambda chunk: chunk.isascii() and chunk.isalpha() and chunk not in rules

    def _remember(self, chunk: str, doc: Any) -> None:
        spaces = [bool(t.whitespace_) for t in doc]
        spaces[-1] = True
        self.memo[chunk] = (tuple(t.orth for t in doc), tuple(spaces))


def spans_of(text: str) -> tuple[str, list[str], list[bool] | None]:
    """The spans spaCy's tokenizer tokenizes one by one (``Tokenizer._tokenize_affixes``):
    maximal runs of non-whitespace and of whitespace, where the one " " right after a
    non-whitespace run is that run's trailing space, not a span. Returns the text's
    leading whitespace (a span, or ""), the other spans and whether each is followed by
    such a space, or None for the common text whose only other whitespace is single
    spaces between words (then every span but the last is, and the last when the text
    ends with a space)."""
    if "  " not in text:
        odd = [m.start() for m in _ODD_SPACE.finditer(text)]
        lead = " " if text.startswith(" ") else ""
        if not odd:
            spans = text[len(lead) :].split(" ")
            if spans[-1] == "":
                spans.pop()  # the text ends with the last word's trailing space, or is blank
            return lead, spans, None
        rest = text[len(lead) :]  # a lone leading space is a span of its own
        if rest and not rest[0].isspace() and not _ODD_THEN_SPACE.search(rest):
            return lead, *_spans_around(rest, [at - len(lead) for at in odd])
    return _spans_by_runs(text)


def _spans_around(text: str, odd: list[int]) -> tuple[list[str], list[bool]]:
    """``spans_of``'s spans and flags for a text that starts with a non-whitespace
    character and whose whitespace other than single spaces is at ``odd`` only, none of
    it before a space (a few thin or narrow no-break spaces in a long page): every space
    then follows a non-whitespace character and is its trailing space, so the pieces
    between spaces are the spans, except that a piece holding other whitespace is its runs
    of whitespace and of the rest. Only those pieces are split into runs
    (``_spans_by_runs`` reads every run of the text in Python)."""
    pieces = text.split(" ")
    ends_with_space = pieces[-1] == ""
    if ends_with_space:
        pieces.pop()
    spans: list[str] = []
    trailing: list[bool] = []
    done = 0  # pieces copied to spans
    piece = 0  # the piece of the position, by the spaces before it
    counted = 0
    for position in odd:
        piece += text.count(" ", counted, position)
        counted = position
        if piece < done:
            continue  # its piece is split already
        spans += pieces[done:piece]
        trailing += [True] * (piece - done)
        runs = _RUNS.findall(pieces[piece])
        spans += runs
        trailing += [False] * (len(runs) - 1)
        trailing.append(True)
        done = piece + 1
    spans += pieces[done:]
    trailing += [True] * (len(pieces) - done)
    if not ends_with_space:
        trailing[-1] = False
    return spans, trailing


def _spans_by_runs(text: str) -> tuple[str, list[str], list[bool]]:
    """``spans_of`` for any text, run by run."""
    spans: list[str] = []
    trailing: list[bool] = []
    for match in _RUNS.finditer(text):
        run = match.group()
        if run[0].isspace() and spans:
            if run[0] == " ":
                trailing[-1] = True
                run = run[1:]
            if not run:
                continue
        spans.append(run)
        trailing.append(False)
    if spans and spans[0][0].isspace():
        return spans[0], spans[1:], trailing[1:]
    return "", spans, trailing


def _never(chunk: str) -> bool:
    return False


_LETTERS = frozenset(string.ascii_letters)


def may_match_in_letters(pattern: Any) -> bool:
    """Whether the compiled regex ``pattern`` may match anywhere in a text of ASCII letters
    only (an empty match included). True unless its parse shows that every way to match
    consumes a character that is no ASCII letter; True for anything else (not a compiled
    pattern, case-insensitive flags, a negated class, a category but digits or spaces);
    a positive look-around must match in the same letters, a negative one is read as
    holding (it only narrows the matches)."""
    if not isinstance(pattern, re.Pattern) or pattern.flags & re.IGNORECASE:
        return True
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a compiled pattern parses
        return True
    return _sequence_may(list(parsed))


def _sequence_may(items: Sequence[Any]) -> bool:
    """A sequence matches letters only if each of its items can."""
    return all(_item_may(op, av) for op, av in items)


def _item_may(op: Any, av: Any) -> bool:
    c = _constants
    if op is c.LITERAL:
        return chr(av) in _LETTERS
    if op is c.IN:
        return _class_may(av)
    if op is c.BRANCH:
        return any(_sequence_may(list(branch)) for branch in av[1])
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return bool(add_flags & re.IGNORECASE) or _sequence_may(list(sub))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return low == 0 or _sequence_may(list(sub))
    if op is c.ATOMIC_GROUP:
        return _sequence_may(list(av))
    if op is c.ASSERT:  # a look-ahead or look-behind reads the text too: letters only
        return _sequence_may(list(av[1]))
    return True  # ANY, NOT_LITERAL, AT, negative look-arounds, group references, the rest


def _class_may(members: Sequence[Any]) -> bool:
    c = _constants
    for op, av in members:
        if op is c.LITERAL:
            if chr(av) in _LETTERS:
                return True
        elif op is c.RANGE:
            low, high = av
            if (low <= ord("Z") and high >= ord("A")) or (low <= ord("z") and high >= ord("a")):
                return True
        elif op is c.CATEGORY:
            if av not in (c.CATEGORY_DIGIT, c.CATEGORY_SPACE):
                return True
        else:
            return True  # NEGATE, anything else
    return False
