"""The quick whole-text scans change no match.

``doses.amounts_in`` tries DOSE only where a figure starts when the text holds no amount
in words (``quickscan.scan_from``); ``doses.RELATIVE`` stands behind its literal gate; a
literal gate looks for fewer literals (``LiteralGate._checks``). Each is compared with the
plain scan on crafted texts, random texts and corpus articles."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from medlint.checks import doses
from medlint.quickscan import LiteralGate, literal_gate, scan_from
from tests.conftest import CORPUS, corpus_texts

CRAFTED = [
    "",
    "5 mg",
    ".5 ml and 0.5mL, 1,000 IU, 25-50 mg, 1‑2 teaspoons, ¼ to ½ cup every hour",
    "Take 2 capsules. Use 1.5 mg or .5 ml, ½ cup; two tablets x1 5mg/kg 10 mg/dL",
    "a5 mg b.5 mg c/5 mg d,5 mg e¼ cup ¼5 mg 3½ cups 1 1/2 tsp 1-1/2 grams",
    "Take TWO tablets, Two Teaspoons or 2.5 mg; ½ tsp; one-half; 1,000 IU; 5 mg/kg",
    "٣ mg and ٣٠ mg (Arabic-Indic digits), ² mg, 𝟓 mg, ５ mg (full width)",
    "2 loperamide capsules, 3 extra strength tablets, 4 years tablets, 1 Tbsp. 2 Tsp",
    "half a teaspoon, a single capsule, one to two drops, ſix pills, İ one pill",
    "10 mg\n\n2 mg\t3 mg\u00a04 mg 5\u202fmg 1.2.3 mg 4,5 mg ..5 mg 5. mg",
]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [
        "5", "12", "1,000", "0.5", ".5", "½", "3¼", "٣", "1/2", "1-", "-", "–", "‑", ".",
        ",", "/", " ", " ", " ", "\n", "\u00a0", "mg", "ml", "mL", "IU", "tsp", "Tbsp",
        "tablets", "capsules", "cup", "drops", "kg", "to", "or", "two", "Two", "half a",
        "a single", "years", "take", "x", "é", "ſ", "İ", "the", "dose", "amount", "half",
    ]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def _corpus_texts(n: int) -> list[str]:
    return corpus_texts(n, 28)


def test_amounts_are_found_as_the_dose_regex_finds_them() -> None:
    texts = CRAFTED + _random_texts(20_000, 28) + _corpus_texts(150)
    quick = 0
    for text in texts:
        expected = [(m.span(), m.group()) for m in doses.DOSE.finditer(text)]
        assert [(m.span(), m.group()) for m in doses.amounts_in(text)] == expected, text[:200]
        assert doses._IN_WORDS is not None
        if not doses._IN_WORDS.passes(text):
            quick += 1
            # the figure scan alone, whichever class (ASCII or any digit) reads the text
            for figure in (doses._FIGURE, doses._ASCII_FIGURE if text.isascii() else None):
                if figure is not None:
                    found = [(m.span(), m.group()) for m in scan_from(doses.DOSE, figure, text)]
                    assert found == expected, text[:200]
    assert quick > 1000  # the quick path was taken


def test_relative_amounts_behind_their_gate() -> None:
    plain = doses.RELATIVE.regex  # type: ignore[attr-defined]
    texts = CRAFTED + _random_texts(5_000, 29) + _corpus_texts(60)
    texts += ["half the dose", "Half-Dosages", "a quarter of the adult dose", "double amount"]
    for text in texts:
        assert [m.span() for m in doses.RELATIVE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_scan_from_tries_the_regex_where_its_matches_start() -> None:
    """``scan_from`` gives ``finditer``'s matches, overlapping places skipped, look-behinds
    and word boundaries read before each place."""
    rx = re.compile(r"(?<![a-z])\d+(?:\.\d+)?\s?(?:mg|g)\b|\b\d\d")
    starts = re.compile(r"\d")  # every digit: a superset of the places
    rng = random.Random(30)
    alphabet = ["1", "22", ".", "5", " ", "mg", "g", "a", "x", "-"]
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        expected = [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in scan_from(rx, starts, text)] == expected, text


def _passes_every_member(gate: LiteralGate, text: str) -> bool:
    """``passes`` as it read every member of each set (before ``_checks``)."""
    lowered = text.lower()
    folds = any(c in text for c in "\u0130\u0131\u017f")
    return any(
        all(
            any(
                (folds or literal in lowered) if folded else literal in text
                for literal, folded in needed
            )
            for needed in way
        )
        for way in gate.ways
    )


def test_a_gate_reads_fewer_literals_and_passes_what_it_passed() -> None:
    """A literal gate drops, from each set it looks for, the members that contain another
    member read the same way: it passes the same texts as reading every member."""
    from medlint.checks import genre

    regexes = [re.compile(doses._AMOUNT_IN_WORDS), doses.RELATIVE.regex]  # type: ignore[attr-defined]
    regexes += [rx.regex for rx in vars(genre).values() if hasattr(rx, "gate")]
    regexes += [rx.regex for rx in genre._RARE_CUES.values()]  # type: ignore[attr-defined]
    gates = [g for rx in regexes if (g := literal_gate(rx)) is not None]
    gates += [
        LiteralGate(((frozenset({("dose", True), ("doses", True), ("Dose", False)}),),)),
        LiteralGate(((frozenset({("", True), ("abc", True)}),),)),
        LiteralGate(((frozenset({("ab", False), ("xab", True)}), frozenset({("c", True)})),)),
    ]
    assert any(
        len(checked) < len(needed)
        for gate in gates
        for way, way_checked in zip(gate.ways, gate._checks, strict=True)
        for needed, checked in zip(way, way_checked, strict=True)
    )
    words = sorted({text for gate in gates for way in gate.ways for s in way for text, _ in s})
    words += ["x", "İ", "ABC"]
    rng = random.Random(31)
    texts = CRAFTED + _corpus_texts(30) + ["DOSE", "Doses", "xAB c", "ab C", "ſ", ""]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 6))) for _ in range(3_000)]
    texts += [text.upper() for text in texts[:500]]
    for gate in gates:
        for text in texts:
            assert gate.passes(text) == _passes_every_member(gate, text), (gate.ways, text)


def _rare_reading_every_cue(document: object, title: str, words: int) -> object:
    """``genre._rare`` as it read every cue before deciding."""
    from medlint.checks import genre

    doc: Any = document
    text = doc.masked
    found = {}
    for name, rx in genre._RARE_CUES.items():
        for m in rx.finditer(text):
            if name != "rare" or genre._about_title(text, m.start(), title):
                found[name] = m.group()
                break
    if summary := [h for h in doc.headings()[-3:] if genre._SUMMARY_HEADING.search(h)]:
        found["summary"] = summary[0]
    if words < genre.SHORT_SUMMARY:
        found["short"] = f"{words} words"
    if (len(found) >= genre.RARE_MIN and ("rare" in found or "database" in found)) or (
        "database" in found and "Phenotype" in found["database"]
    ):
        cues = ", ".join(repr(v) for v in found.values())
        return genre.Genre(genre.RARE, f"the text reads as a rare-disease summary ({cues})")
    return None


def test_the_rare_disease_reading_stops_without_its_deciding_cues() -> None:
    from medlint.checks import genre
    from medlint.parsing import parse

    pages = [(f"c{i}.md", text) for i, text in enumerate(_corpus_texts(200))]
    pages += [
        ("a.md", "# Rare thing\n\nAutosomal dominant. Prevalence is unknown. It is inherited."),
        ("b.md", "# X syndrome\n\nX syndrome is a rare disease. It is autosomal recessive."),
        ("c.md", "# Y\n\nSee Orphanet and the Human Phenotype Ontology."),
        ("d.md", "# Z\n\nSee OMIM.\n\n## What research is being done?\n\nSome."),
        ("e.md", "# Sore throat\n\nMost sore throats get better within a week."),
        ("f.md", "# Knee pain\n\nRest, ice and a raised leg help most people."),
    ]
    decided = stopped = 0
    for path, text in pages:
        document = parse(path, text)
        title = document.title or ""
        for words in (10, 1_000):
            expected = _rare_reading_every_cue(document, title, words)
            assert genre._rare(document, title, _FixedWords(words)) == expected, path
            decided += expected is not None
            stopped += not any(
                rx.search(document.masked) for rx in list(genre._RARE_CUES.values())[:2]
            )
    # both paths are exercised: by the corpus sample where the shared corpus is present (not on
    # a fresh clone), and by the crafted pages alone otherwise
    floor = 10 if CORPUS.is_dir() else 2
    assert decided > floor and stopped > floor


def test_readability_reads_sentences_in_place_as_their_texts_read() -> None:
    """``readability.score_spans`` (each sentence read in the masked text) scores what
    ``score`` of the sentences' texts (``" ".join(text[start:end].split())``) scores: on
    random spans of random texts with odd whitespace and apostrophes, and on the sentences
    of corpus articles as the NLP layer splits them."""
    from medlint.checks import readability
    from medlint.engine import Linter, Options
    from medlint.nlp import Analysis
    from medlint.parsing import parse
    from tests.conftest import TODAY

    def texts_of(text: str, spans: list[tuple[int, int]]) -> list[str]:
        return [" ".join(text[start:end].split()) for start, end in spans]

    rng = random.Random(32)
    pieces = ["Take", "it", "don't", "don’t", "O'Neil", "x'", "a", "é", "ſ", ".", "!", "?"]
    pieces += [" ", "  ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "3", "-", "'", "’", ","]
    scored = 0
    for _ in range(3_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        cuts = sorted(rng.randint(0, len(text)) for _ in range(rng.randint(0, 8)))
        spans = [(a, b) for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        expected = readability.score(texts_of(text, spans))
        assert readability.score_spans(text, spans) == expected, (text, spans)
        scored += expected is not None
    linter = Linter(Options(today=TODAY))
    for i, text in enumerate(_corpus_texts(60)):
        analysis = Analysis(parse(f"c{i}.md", text), linter.bank)
        masked, spans = analysis.document.masked, list(analysis.sentences)
        expected = readability.score(texts_of(masked, spans))
        assert readability.score_spans(masked, spans) == expected
        scored += expected is not None
    assert scored > 300


def _listing_reading_everything(document: Any, words: int) -> Any:
    """``genre._listing`` as it read before its gates: every scan over the whole page."""
    from medlint.checks import genre
    from medlint.document import RegionKind

    def main(at: int) -> bool:
        return document.region_at(at) == RegionKind.MAIN

    items = sum(1 for m in genre._LINK_ITEM.finditer(document.source) if main(m.start()))
    dates = len({m.group() for m in genre._DATE.finditer(document.masked) if main(m.start())})
    lines = sum(1 for m in genre._LINE.finditer(document.masked) if main(m.start()))
    if (
        (items >= genre.LISTING_ITEMS and dates >= genre.LISTING_ITEMS - 1)
        or (items >= 3 * genre.LISTING_ITEMS and items * 2 >= lines)
        or (
            items
            and (items * 2 >= lines or words <= genre.VIDEO_WORDS)
            and genre._LISTS.search(document.masked)
        )
        or dates >= 4 * genre.LISTING_ITEMS
    ):
        return genre.Genre(genre.LISTING, f"the page lists {items} linked items and {dates} dates")
    return None


def _listing_pages(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [
        "- [A page](https://x.org/a)\n", "* **[Bold](b)**\n", "1. [One](1)\n", "\n",
        "<li><a href='x'>Item</a></li>\n", "<LI><A HREF=y>Up</A>\n", "March 3, 2021 ",
        "3 March 2021 ", "2021-03-03 ", "Sept. 12, 1999 ", "12021 ", "٢٠٢١ ", "2021",
        "This page lists drugs. ", "Some prose here. ", "[not a link] ", "](", "<", "word ",
        "Dec 1, 2020\n", "1 May 2020\n", "- [Dated](d) May 5, 2019\n", "## Heading\n",
    ]  # fmt: skip
    return [
        "# A list\n\n" + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        for _ in range(n)
    ]


def test_the_listing_reading_skips_pages_without_links_or_years() -> None:
    """``genre._listing`` (no link-item scan without "](" or "<", no date scan without four
    digits in a row, lines and words counted only for a page with linked items) decides as
    the full reading of every scan, on random pages of links, dates and prose and on corpus
    articles; each shortcut is taken."""
    from medlint.checks import genre
    from medlint.parsing import parse

    pages = [(f"r{i}.md", text) for i, text in enumerate(_listing_pages(1_500, 28))]
    pages += [(f"c{i}.md", text) for i, text in enumerate(_corpus_texts(200))]
    listed = no_links = no_years = with_items = 0
    for path, text in pages:
        document = parse(path, text)
        for words in (10, 1_000):
            count = _FixedWords(words)
            expected = _listing_reading_everything(document, words)
            assert genre._listing(document, count) == expected, (path, text[:300])
            listed += expected is not None
            if genre._link_items(document) == 0:
                assert not count.read  # the words are not counted
        assert (genre._link_items(document), genre._dates(document), genre._lines(document)) == (
            sum(
                1
                for m in genre._LINK_ITEM.finditer(document.source)
                if genre._main(document, m.start())
            ),
            len(
                {
                    m.group()
                    for m in genre._DATE.finditer(document.masked)
                    if genre._main(document, m.start())
                }
            ),
            genre._lines(document),
        )
        no_links += "](" not in document.source and "<" not in document.source
        no_years += not genre._FOUR_DIGITS.search(document.masked)
        with_items += genre._link_items(document) > 0
    assert listed > 50 and no_links > 50 and no_years > 50 and with_items > 200


class _FixedWords:
    """A page's word count as ``genre._Words`` gives it, for a made-up count."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.read = 0

    def __call__(self) -> int:
        self.read += 1
        return self.count

    def capped(self, cap: int) -> int:
        self.read += 1
        return min(self.count, cap + 1)


def test_the_genre_reader_counts_words_once_and_only_as_far_as_read() -> None:
    """``genre._Words.capped(cap)`` is the count when it is at most ``cap`` and ``cap + 1``
    otherwise, before and after the whole count, on random texts and every cap around
    their counts; and so compares with ``cap`` as the count does."""
    from medlint.checks import genre

    words = genre._Words("Two words, and three more here")
    assert words() == 6 and words() == 6
    assert genre._Words("")() == 0 and genre._Words("")() == 0
    rng = random.Random(28)
    pieces = ["word", " ", "\n", "-", "é", "٣", "_", "’", ".", "  ", "ſ", "x1"]
    for _ in range(2_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 80)))
        count = len(genre._WORD.findall(text))
        for cap in {0, 1, max(0, count - 1), count, count + 1, rng.randint(0, 60)}:
            first = genre._Words(text)
            assert first.capped(cap) == min(count, cap + 1)
            assert first.capped(cap) == min(count, cap + 1)  # again, maybe remembered
            assert first() == count
            assert first.capped(cap) == min(count, cap + 1)
            assert (first.capped(cap) <= cap) == (count <= cap)
            assert (first.capped(cap) > cap) == (count > cap)


# ``Compacted._RUN`` as first written, before it opened with its class (round 28b).
RUN_AS_READ = re.compile(r"[ \t\r\n\f\v\u00a0]{2,}|[\t\r\n\f\v\u00a0]")


def test_the_compacted_text_folds_the_runs_the_old_pattern_folds() -> None:
    """``Compacted._RUN`` (opening with its class) finds what the pattern as first written
    (``RUN_AS_READ``) finds, and ``Compacted`` folds the text as that pattern folds it: on
    crafted and random texts of every whitespace character (and some it does not fold) and
    on corpus articles, raw and masked."""
    from medlint.parsing import parse
    from medlint.tokentext import Compacted

    pieces = [
        " ", "  ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u2009", "\u202f", "\x1c",
        "\u3000", "a", "bc", "’", ".", "\n\n", " \n", "\n ", "\u00a0 ",
    ]  # fmt: skip
    rng = random.Random(28)
    texts = ["", " ", "  ", "\n", "a", " a ", "a  b\tc\n\nd \u00a0e", "\t", " \t", "\t "]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(20_000)]
    articles = _corpus_texts(60)
    texts += articles + [parse(f"c{i}.md", text).masked for i, text in enumerate(articles)]
    for text in texts:
        old = [m.span() for m in RUN_AS_READ.finditer(text)]
        assert [m.span() for m in Compacted._RUN.finditer(text)] == old, repr(text[:200])
        folded = Compacted(text)
        assert folded.text == RUN_AS_READ.sub(" ", text).replace("’", "'")
        starts = [0] + [s for s, _ in old]  # every segment opens at a run or after one
        assert set(folded.seg_o) <= set(starts) | {e for _, e in old}


def _split_columns(rng: random.Random, ends: list[int], others: list[int]) -> Any:
    """A random Doc.to_array([LOWER, ORTH, IS_SPACE, IS_PUNCT, IDX, LENGTH]): words of
    sentence ends, closers and other tokens, space tokens, offsets in order (with gaps)."""
    import numpy as np

    rows = []
    at = rng.randint(0, 3)
    for _ in range(rng.choice([0, 1, 2, 5, 40, 200, 900])):
        space = rng.random() < 0.15
        orth = rng.choice(ends if rng.random() < 0.3 else others)
        orth = 0 if space and rng.random() < 0.5 else orth
        length = rng.randint(1, 6)
        rows.append((orth, orth, int(space), int(rng.random() < 0.3), at, length))
        at += length + rng.choice([0, 0, 1, 1, 2])
    return np.array(rows, dtype=np.uint64).reshape(len(rows), 6), at


def test_the_sentence_split_by_arrays_is_the_token_loop() -> None:
    """``nlp.split_sentences`` (array operations) gives what ``split_plain`` (a step per
    token) gives: random columns of sentence ends, closers, punctuation and space tokens
    with sorted, repeated and unsorted block breaks, runs past MAX_SENTENCE_TOKENS (the
    plain loop's own case), empty and all-space texts, and the columns of corpus articles
    as the linter tokenizes them."""
    import numpy as np

    from medlint.nlp import MAX_SENTENCE_TOKENS, split_plain, split_sentences

    ends = [11, 12, 13]
    closers = [21, 22, 12]  # a token may be both
    others = [31, 32, 33, 34, 21, 22]
    rng = random.Random(29)
    long_runs = cuts = 0
    for case in range(4_000):
        columns, size = _split_columns(rng, ends, others)
        breaks = sorted(rng.randint(0, size + 2) for _ in range(rng.choice([0, 1, 3, 30])))
        if case % 10 == 0:
            rng.shuffle(breaks)
        end_set = frozenset(rng.sample([*ends, 0], rng.randint(0, 4)))
        close_set = frozenset(rng.sample(closers, rng.randint(0, 3)))
        plain = split_plain(*columns.T.tolist()[1:], breaks, end_set, close_set)
        assert split_sentences(columns, breaks, end_set, close_set) == plain, case
        long_runs += any(b - a > MAX_SENTENCE_TOKENS for a, b in plain[2])
        cuts += len(plain[1]) > 1
    assert long_runs > 20 and cuts > 1_000
    assert split_sentences(np.zeros((0, 6), dtype=np.uint64), [], frozenset(), frozenset()) == (
        [],
        [],
        [],
    )


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_the_sentence_split_by_arrays_reads_corpus_articles_as_the_loop(linter: Any) -> None:
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH

    from medlint.nlp import _State, split_plain, split_sentences
    from medlint.parsing import parse

    bank = linter.bank.compiled
    for i, text in enumerate(_corpus_texts(80)):
        document = parse(f"s{i}.md", text)
        state = _State(document, bank)
        columns = state.doc.to_array([LOWER, ORTH, IS_SPACE, IS_PUNCT, IDX, LENGTH])
        breaks = [state.compact.to_compact(b) for b in document.breaks]
        args = (breaks, bank.sentence_end, bank.closers)
        expected = split_plain(*columns.T.tolist()[1:], *args)
        assert split_sentences(columns, *args) == expected
        assert (state.sentence_ids, state.token_ranges) == (expected[0], expected[2])


MARKDOWN_PIECES = [
    "# ", "## ", "#", "> ", ">", "- ", "* ", "+ ", "1. ", "2) ", "    ", "  ", "\t", "```",
    "~~~", "`", "~", "[a]: /url", "[a]", "[", "]", "<div>", "</div>", "<!-- x -->", "<",
    "---", "***", "___", "===", "-", "=", "|", "text", "More words.", "\n", "\n", "\n\n",
    "\r\n", "\x00", "\ufeff", "title: x", "+++", "\\", "&amp;", "<https://x.org>",
]  # fmt: skip


def _token_rows(tokens: list[Any]) -> list[tuple[Any, ...]]:
    return [
        (t.type, t.tag, t.map, t.nesting, t.level, t.content, t.markup, t.info, t.meta, t.block,
         t.hidden, t.children)
        for t in tokens
    ]  # fmt: skip


def test_markdown_is_parsed_without_the_block_rules_that_cannot_match() -> None:
    """``markdown._parser_for(text)`` (without the block rules whose first characters the
    text lacks, and without normalising a text with no CR or NUL) gives the tokens and
    references of the parser with every rule, on crafted and random texts of every block
    marker (in lists, quotes, indented code, front matter; CR, CRLF, NUL) and on corpus
    articles; each rule is switched off for some texts and kept for others."""
    from medlint.parsing import markdown

    rng = random.Random(29)
    texts = ["", "-", "---\ntitle: x\n---\n# A\n", "- a\n  > b\n  ```\n  c\n  ```\n", "[a]: /u\n"]
    texts += [
        "".join(rng.choice(MARKDOWN_PIECES) for _ in range(rng.randint(1, 60)))
        for _ in range(3_000)
    ]
    texts += [text.replace("\r", " ") for text in _corpus_texts(150)]
    full = markdown._parser()
    every = set(full.get_active_rules()["block"]) | {"normalize"}
    off: dict[str, int] = dict.fromkeys(every, 0)
    kept: dict[str, int] = dict.fromkeys(every, 0)
    for text in texts:
        quick = markdown._parser_for(text)
        active = set(quick.get_active_rules()["block"]) | set(quick.get_active_rules()["core"])
        for name in every:
            (kept if name in active else off)[name] += 1
        env: dict[str, Any] = {}
        quick_env: dict[str, Any] = {}
        rows = _token_rows(full.parse(text, env))
        assert _token_rows(quick.parse(text, quick_env)) == rows, repr(text[:200])
        assert quick_env == env
    names = [name for name, _marks in markdown._RULE_MARKS] + ["front_matter", "normalize"]
    assert all(off[name] > 50 and kept[name] > 50 for name in names), (off, kept)


def test_the_tokenizer_input_skips_the_run_scans_where_no_word_could_change() -> None:
    """``tokentext.tokenizer_input`` gives ``Compacted(without_junk(text))`` (its text and
    segments) and ``break_long_runs`` of its text, as the plain scans do, on crafted
    texts (junk runs of punctuation at 15, 16 and more characters, words of 63, 64, 130
    and 1,000 characters, every kind of whitespace between them), random texts and corpus
    articles, raw and masked; each scan is skipped and taken. Its premise: ``str.split``
    and ``re``'s ``\\s`` read the same characters as whitespace (all of Unicode)."""
    import sys

    from medlint.parsing import parse
    from medlint.tokentext import (
        MAX_RUN,
        Compacted,
        break_long_runs,
        tokenizer_input,
        without_junk,
    )

    space = re.compile(r"\s")
    assert not [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if bool(space.match(c)) != (len(f"a{c}a".split()) == 2)
    ]
    pieces = [
        " ", "  ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\x1c", "\u2028", "word", "’",
        "a" * 15, "b" * 16, "c" * 63, "d" * 64, "e" * 130, "=" * 15, "-" * 16, "*_" * 9,
        "([" * 20, "x" * 1_000, "!", ".", "é", "٣", "[link](http://x.org/a-b)",
    ]  # fmt: skip
    rng = random.Random(29)
    texts = ["", " ", "a", "-" * 16, "-" * 15 + "a", "x" * MAX_RUN, "x" * (MAX_RUN - 1)]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(4_000)]
    articles = _corpus_texts(100)
    texts += articles + [parse(f"t{i}.md", text).masked for i, text in enumerate(articles)]
    skipped = {"junk": 0, "runs": 0}
    taken = {"junk": 0, "runs": 0}
    for text in texts:
        clean = without_junk(text)
        compact = Compacted(clean)
        expected = break_long_runs(compact.text)
        quick, tokenized = tokenizer_input(text)
        assert tokenized == expected, repr(text[:200])
        assert (quick.text, quick.seg_c, quick.seg_o, quick.seg_run) == (
            compact.text,
            compact.seg_c,
            compact.seg_o,
            compact.seg_run,
        )
        long = [word for word in text.split() if len(word) >= 16]
        (taken if clean != text else skipped)["junk"] += 1
        (taken if max(map(len, long), default=0) >= MAX_RUN else skipped)["runs"] += 1
    assert min(skipped.values()) > 500 and min(taken.values()) > 500, (skipped, taken)


def _mask_inline_as_read(
    text: str, references: Any = (), *, pipes: bool = False
) -> str:  # mdinline.mask_inline before it returned early
    from medlint.parsing import mdinline as mi

    chars = list(text)
    codes = mi.code_spans(text) if "`" in text else []
    for start, end in codes:
        mi._blank(chars, start, end)
    work = "".join(chars) if codes else text
    spans = mi._comments(work) if "<!--" in work else []
    for triggers, pattern in mi._SCANS:
        if any(t in work for t in triggers):
            spans.extend(m.span() for m in pattern.finditer(work))
    if "[" in work:
        spans.extend(mi._links(work, references))
    if pipes:
        spans.extend((m.start(), m.end()) for m in re.finditer(r"\|", work))
    for start, end in spans:
        mi._blank(chars, start, end)
    if "&" in work:
        for m in mi._ENTITY.finditer(work):
            mi._blank(chars, m.start(), m.end())
            chars[m.start()] = "'" if m.group() in mi._APOSTROPHES else " "
    return "".join(chars)


def test_inline_masking_returns_early_what_it_blanked_in_full() -> None:
    """``mask_inline`` returns the text (or the text with its code spans blanked) at once
    when no scan found anything to blank and it holds no "&": the same as the full
    reading (``_mask_inline_as_read``) on crafted, random and corpus paragraphs, with and
    without table pipes and references; both ways taken."""
    from medlint.parsing.mdinline import mask_inline

    pieces = [
        "word ", "prose. ", "`", "``", "code", "[", "]", "(", ")", "](/u)", "![", "<", ">",
        "<b>", "<!--", "-->", "*", "_", "**", "\\", "\\*", "&amp;", "&rsquo;", "&", "|",
        "http://x.org ", "<https://x.org>", "\n", " ", "é", "[ref]",
    ]  # fmt: skip
    rng = random.Random(29)
    texts = ["", "plain words", "`code` only", "a & b", "x | y", "[ref] and [a]"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(6_000)]
    for article in _corpus_texts(100):
        texts += [block for block in article.split("\n\n") if block.strip()]
    early = full = 0
    for text in texts:
        for pipes in (False, True):
            for references in ((), ("ref", "a")):
                expected = _mask_inline_as_read(text, references, pipes=pipes)
                assert mask_inline(text, references, pipes=pipes) == expected, repr(text)
                if "&" not in text:
                    early += expected == text
                full += expected != text
    assert early > 1_000 and full > 1_000, (early, full)


def _yaml_outcome(text: str) -> tuple[Any, ...]:
    from medlint import yamlparse, yamlpos

    try:
        loaded = yamlparse.load(text)
    except yamlpos.YamlError as exc:
        return ("error", str(exc), exc.offset)
    return (repr(loaded.data), loaded.positions, loaded.duplicates)


def test_front_matter_without_aliases_skips_the_alias_check_only_where_it_passes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``yamlparse.load`` runs ``check_size`` only on a text with a "*" or a node graph
    too large or too deep (``_small_tree``): the same data, key positions, duplicates and
    errors as running it on every document, on crafted YAML (aliases, an alias bomb, a
    recursive alias, nesting at and past MAX_DEPTH, a sequence past MAX_NODES), random
    YAML and the front matter of corpus articles; ``_line_offsets`` against the plain
    reading of every character."""
    from medlint import yamlparse, yamlpos

    deep = [("[" * n + "]" * n) for n in (199, 200, 201, 202)]
    deep += ["a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, n)) for n in (199, 201)]
    crafted = [
        "", "a: 1", "a: &x [1, 2]\nb: *x", "a: &a [1]\nb: &b [*a, *a]\nc: &c [*b, *b]",
        "a: &x [*x]", "a: '*'", "a: 1\na: 2", "- 0\n" * 200_001, "- 0\n" * 1_000, "[",
        "a: [1, {b: 2}]\nc: |\n  text\n", "? a\n: b", "{a, b}", "\ufeffa: 1", *deep,
    ]  # fmt: skip
    pieces = [
        "a", "b", ": ", "- ", "[", "]", "{", "}", ", ", "&x ", "*x", "\n", "  ", "? ", "'q'",
        "1", "2001-02-03", "|", "#c", "\r\n", "é",
    ]  # fmt: skip
    rng = random.Random(29)
    texts = crafted + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3_000)
    ]
    for article in _corpus_texts(200):
        if article.startswith("---\n") and (end := article.find("\n---", 4)) > 0:
            texts.append(article[4 : end + 1])
    quick = [_yaml_outcome(text) for text in texts]
    with monkeypatch.context() as patch:
        patch.setattr(yamlparse, "_small_tree", lambda root: False)
        plain = [_yaml_outcome(text) for text in texts]
    assert quick == plain
    skipped = sum(
        1
        for text, outcome in zip(texts, quick, strict=True)
        if outcome[0] != "error" and "*" not in text
    )
    errors = {outcome[1] for outcome in quick if outcome[0] == "error"}
    assert skipped > 300 and any("nested more than" in e for e in errors)
    assert any("more than 200,000 values" in e for e in errors)
    for text in texts:
        assert yamlpos._line_offsets(text) == [0, *[i + 1 for i, c in enumerate(text) if c == "\n"]]


def test_the_page_regions_read_lead_in_lists_only_where_a_line_reads_like_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``page_regions`` reads the lead-in lists (``_lead_in_lists``) only when a line of
    the masked text, folded, reads like a lead-in heading, or when the source's lines are
    not the masked text's: wherever it skips them, they hold nothing. On crafted and
    random pages (lead-in lines in bold, with colons, before lists, long and blank lines,
    masked texts whose lines differ from the source's), parsed as Markdown and as text,
    and on corpus articles; both ways taken."""
    from medlint.parsing import common, parse

    reads: list[tuple[str, str]] = []
    lead_in_lists = common._lead_in_lists

    def counted(source: str, masked: str) -> Any:
        reads.append((source, masked))
        return lead_in_lists(source, masked)

    lead_ins = [
        "Related articles:\n", "**Related articles**\n", "Read more\n", "You may also like\n",
        "More on this topic\n",
    ]  # fmt: skip
    pieces = [
        "- [A story](/a)\n", "- Short item\n", "1. Item one\n", "* x\n", "\n", "\n\n",
        "# Heading\n", "Prose of a paragraph that goes on. " * 3 + "\n", " " * 900 + "\n",
        "    code\n", "Share: Facebook | Twitter | Email\n", "Home > Health\n", "Related\n",
    ]  # fmt: skip
    rng = random.Random(29)
    sources = ["", "\n", "Related articles:\n- one\n- two\n"]
    for some in (lead_ins + pieces, pieces):  # pages with lead-in lines, pages without
        sources += [
            "".join(rng.choice(some) for _ in range(rng.randint(1, 20))) for _ in range(800)
        ]
    sources += _corpus_texts(150)
    monkeypatch.setattr(common, "_lead_in_lists", counted)
    cases: list[tuple[str, str]] = []
    for i, source in enumerate(sources):
        for path in (f"p{i}.md", f"p{i}.txt"):
            document = parse(path, source)
            cases.append((document.source, document.masked))
        if i % 5 == 0:  # a masked text whose lines are not the source's
            cases.append((source, source.replace("\n", " \n", 1)))
    skipped = read = 0
    for source, masked in cases:
        reads.clear()
        common.page_regions(source, masked, [])
        if (source, masked) in reads:
            read += 1
        else:
            skipped += 1
            assert list(lead_in_lists(source, masked)) == [], repr(source[:200])
    assert skipped > 500 and read > 300, (skipped, read)
