"""Round 30c's quick paths change no match.

The genre reader's rare-disease cues ("rare", "database", "inheritance") and its
research wording (``_NEWS_TEXT``) are tried only at the places ``genre._RARE_PLACES`` and
``genre._NEWS_PLACES`` find in the lowercased page (``genre.cue_matches``,
``genre.news_text``). Each is compared with its plain scan on crafted texts, random texts
and corpus articles (raw and masked), and the premise the places rest on is checked over
Unicode."""

from __future__ import annotations

import random
import re
import sys
from typing import Any

import pytest

from medlint.checks import consult, doses, genre
from medlint.parsing import parse
from medlint.quickscan import FOLDS, lowered
from tests.conftest import CORPUS, corpus_paths

CRAFTED = [
    "",
    "rare",
    "Hairy cell leukemia is a rare cancer. It is a very rare form of leukemia.",
    "These are extremely\nrare  genetic, inherited disorders. An rare tumour; a rare tumor",
    "IS A RARE DISEASE, Is Very Rare Complications, ARE rare infections, an\u00a0rare anomaly",
    "Rare diseases: rare disease, RARE DISEASES, rare diseased, unrare diseases, 'rare disease'",
    "This is rare, is rarely a disorder, israre disease, a  very   rare, the rare condition",
    "Orphanet, ORPHANET, orphanets, OMIM 123456, omim, OMIMs, Human Phenotype Ontology (HPO)",
    "the human\nphenotype ontology, Genetic and Rare Diseases (GARD), genetic and rare disease",
    "autosomal dominant, Autosomal Recessive, AUTOSOMAL\u00a0DOMINANT, autosomal  recessive",
    "X-linked dominant, x-linked recessive, X-LINKED inheritance, X-linked disorder, Xlinked",
    "inherited in an autosomal recessive pattern; passed down in a dominant manner; "
    "Inherited In A X-linked Fashion; passed down in an unusual way",
    "The inheritance pattern is unknown. Mitochondrial inheritance; mitochondrial DNA",
    "\u0130s a rare disease; \u0131s a rare disease; ıs a rare disorder; rare di\u017fease",
    "\u017fyndrome is a rare disease; Autoſomal dominant; X-lin\u212aed recessive; OMİM",
    "K\u212a it is a very rare disorder, Extremely rare; ẞ is a rare form; Σ are rare types",
    "It affects 1 in 5,000 people; the prevalence is unknown; 20 cases have been reported",
    "Researchers found, SCIENTISTS SAID, investigators led by; researchers\nfound; "
    "Scientists  report, researchers discovered, scientists studied it, researchers say",
    "The study, a study, This Study, new study, a new study, the studying, astudy, the trial",
    "published in, Published Online In, published\u00a0in, funded by, Funded By the NIH",
    "the findings, THE FINDINGS, the finding, the trials, the trial's, ſcientists found",
    "\u0130nvestigators showed; \u0131nvestigators showed; fınded by; the \u212aey study",
]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [
        "is", "are", "a", "an", "IS", "An", "rare", "Rare", "RARE", "very", "extremely",
        "disease", "diseases", "disorder", "condition", "syndrome", "form", "type", "cancer",
        "tumor", "tumour", "malformation", "complication", "anomaly", "infection", "s",
        "orphanet", "Orphanet", "OMIM", "omim", "human", "Human", "phenotype", "Phenotype",
        "ontology", "Ontology", "genetic", "Genetic", "and", "Rare Diseases", "autosomal",
        "Autosomal", "dominant", "recessive", "X-linked", "x-linked", "X", "-", "linked",
        "inheritance", "inherited", "passed", "down", "in", "pattern", "manner", "fashion",
        "mitochondrial", "Mitochondrial", " ", " ", " ", "  ", "\n", "\u00a0", "\t", ",", ".",
        "the", "x", "ſ", "İ", "ı", "K", "é", "'", "1", "in 5", "researchers", "Scientists",
        "investigators", "found", "report", "reported", "say", "said", "showed", "discovered",
        "studied", "led by", "study", "this", "new", "published", "online", "funded", "by",
        "findings", "trial", "The", "A", "New",
    ]  # fmt: skip
    return [
        "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(rng.randint(1, 60)))
        for _ in range(n)
    ]


def _corpus_texts(n: int) -> list[str]:
    """``n`` corpus articles, each raw and as its masked text."""
    texts = []
    for path in corpus_paths(n, 2030):
        source = path.read_text(encoding="utf-8", errors="replace")
        texts += [source, parse(str(path), source).masked]
    return texts


def _same_cues(texts: list[str], least: int) -> None:
    """Every cue's matches (spans and text) with its places as with its plain scan; the
    places read on at least ``least`` texts that hold a match."""
    placed = 0
    for text in texts:
        low = lowered(text)
        for name in genre._RARE_CUES:
            plain = [(m.span(), m.group()) for m in genre._RARE_LED[name].finditer(text)]
            quick = [(m.span(), m.group()) for m in genre.cue_matches(name, text)]
            assert quick == plain, (name, text[:200])
            if plain and name in genre._RARE_PLACES and low != "" and len(low) == len(text):
                placed += 1
        news = genre._NEWS_TEXT.findall(text)
        assert genre.news_text(text) == news, text[:200]
        assert news == [m.group() for m in genre._NEWS_LED.finditer(text)]
        if news and low != "" and len(low) == len(text):
            placed += 1
    assert placed >= least


def test_the_rare_cues_and_the_news_wording_are_found_where_their_regexes_find_them() -> None:
    _same_cues(CRAFTED + _random_texts(5_000, 30), 1_000)
    assert all(any(genre.cue_matches(name, text) for text in CRAFTED) for name in genre._RARE_CUES)
    assert sum(len(genre.news_text(text)) for text in CRAFTED) >= 20


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_the_rare_cues_and_the_news_wording_in_corpus_articles_as_the_plain_scans() -> None:
    _same_cues(_corpus_texts(200), 50)


def test_the_places_read_the_lowercased_text_as_re_i_reads_the_text() -> None:
    """The premise: a character that lowercases to one character and is no letter of
    FOLDS matches a letter, the hyphen or the space of the places' words under re.I
    exactly when its lowercase is that character, and is whitespace, a word character, a
    digit, a figure or a character a figure's or a number word's look-behind refuses
    exactly when its lowercase is."""
    patterns = [*genre._RARE_PLACES.values(), genre._NEWS_PLACES, doses._DOSE_PLACES]
    spelled = "".join(sorted({c for p in patterns for c in p.pattern}))
    alphabet = sorted(set("abcdefghijklmnopqrstuvwxyz- ") & set(spelled))
    assert "r" in alphabet and "-" in alphabet and " " in alphabet
    kept = [chr(code) for code in range(sys.maxunicode + 1)]
    kept = [c for c in kept if len(c.lower()) == 1 and c not in FOLDS]
    text = "".join(kept)
    low = "".join(c.lower() for c in kept)
    assert len(low) == len(text)
    for kind in (r"\s", r"\w", r"\d", r"[\d.¼½¾⅓⅔⅛]", r"[\w./,¼½¾⅓⅔⅛-]"):
        found = re.compile(kind)
        assert [m.start() for m in found.finditer(text)] == [
            m.start() for m in found.finditer(low)
        ], kind
    for letter in alphabet:
        by_re_i = [m.start() for m in re.finditer(re.escape(letter), text, re.I)]
        assert by_re_i == [m.start() for m in re.finditer(re.escape(letter), low)], letter


def test_each_cue_match_starts_at_a_place() -> None:
    """The places are where a match may start: every plain match of the crafted texts
    starts at one, found in the lowercased text."""
    for text in CRAFTED:
        low = lowered(text)
        if low == "" or len(low) != len(text):
            continue
        pairs = [(genre._RARE_LED[name], places) for name, places in genre._RARE_PLACES.items()]
        for led, places in [*pairs, (genre._NEWS_LED, genre._NEWS_PLACES)]:
            starts = {m.start() for m in places.finditer(low)}
            for m in led.finditer(text):
                assert m.start() in starts, (led.pattern[:40], m.group())


def _treatment_as_read(document: Any, title: str) -> Any:
    """``genre._treatment`` as it read before round 30c: every cancer word of the text
    counted."""
    text = document.masked
    if not (genre._CANCER.search(title) or len(genre._CANCER.findall(text)) >= 3):
        return None
    plain = re.sub(r"\s*\([^)]*\)(?!\W*$)", "", title).replace("&", " and ")
    if genre._SIDE_EFFECT.search(plain):
        return None
    for part in (plain, *genre._TITLE_PARTS.split(plain)):
        if m := genre._TREATMENT_TITLE.search(part):
            return genre.Genre(
                genre.TREATMENT, f"the title is about a cancer treatment ({m.group().strip()!r})"
            )
    if genre._COPING_TITLE.search(plain) and genre._CANCER.search(plain):
        return genre.Genre(
            genre.TREATMENT, f"the title is for people living with a cancer ({plain!r})"
        )
    return None


def _treatment_pages(n: int, seed: int) -> list[tuple[str, str]]:
    """(title, body) pairs of 0-5 cancer words in prose, under treatment, coping and
    other titles."""
    rng = random.Random(seed)
    titles = [
        "Chemotherapy for breast cancer", "Radiation Therapy", "Living with cancer",
        "Coping with lymphoma", "Leukemia", "Knee pain", "Side effects of chemotherapy",
        "Treatment (PDQ®)", "Drugs for melanoma", "Surgery & recovery", "Flu",
    ]  # fmt: skip
    words = ["cancer", "Tumour", "TUMORS", "leukaemia", "lymphoma", "oncology", "sarcomas"]
    filler = ["the", "patients", "often", "need", "care", "and", "rest", "cancerous", "x"]
    pages = []
    for _ in range(n):
        body = [rng.choice(filler) for _ in range(rng.randint(5, 80))]
        for _ in range(rng.randint(0, 5)):
            body.insert(rng.randint(0, len(body)), rng.choice(words))
        pages.append((rng.choice(titles), " ".join(body) + "."))
    return pages


def test_the_treatment_reading_counts_cancer_words_only_to_three() -> None:
    taken = 0
    for title, body in _treatment_pages(600, 30):
        source = f"# {title}\n\n{body}\n"
        document = parse("page.md", source)
        expected = _treatment_as_read(document, title)
        assert genre._treatment(document, title) == expected, source
        taken += expected is not None
    assert taken >= 50
    for path in corpus_paths(150, 2030):
        source = path.read_text(encoding="utf-8", errors="replace")
        document = parse(str(path), source)
        title = document.title or next((s.heading for s in document.sections), "")
        assert genre._treatment(document, title) == _treatment_as_read(document, title)


DOSE_CRAFTED = [
    "Take two tablets, Two Teaspoons, ONE CAPSULE, half a teaspoon, half an tsp, a single pill",
    "one to two drops; three or four puffs; five - six sprays; seven – eight lozenges; 2 mg",
    "someone tablets, x-one pill, .one drop, /two capsules, ,three pills, -four drops, 5 mg",
    "ſix pills, İ one pill, \u0131 one pill, one-half, tenfold, eighty pills, Nine Tablets",
    "\u212a one pill; é two pills; ٣ mg; ½ tsp; 1 1/2 tsp; 2 loperamide capsules; 10 mg/kg",
    "a single\ncapsule, two\u00a0tablets, half a\tteaspoon, ten tablespoonfuls, a singles pill",
]


def _dose_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [
        "one", "One", "TWO", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "half a", "half an", "a single", "capsules", "tablets", "teaspoon", "tbsp", "pills",
        "drops", "to", "or", "-", "–", "5", "0.5", ".5", "½", "mg", "ml", " ", " ", " ", "\n",
        "\u00a0", ",", ".", "/", "x", "é", "ſ", "İ", "K", "some", "the",
    ]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def test_amounts_in_words_are_found_at_their_places_as_the_dose_regex_finds_them() -> None:
    texts = DOSE_CRAFTED + _dose_texts(8_000, 30)
    texts += [t for p in corpus_paths(100, 2030) for t in _raw_and_masked(p)]
    placed = 0
    for text in texts:
        expected = [(m.span(), m.group()) for m in doses.DOSE.finditer(text)]
        assert [(m.span(), m.group()) for m in doses.amounts_in(text)] == expected, text[:200]
        assert doses._IN_WORDS is not None
        low = lowered(text)
        if doses._IN_WORDS.passes(text) and low != "" and len(low) == len(text):
            placed += 1
            starts = {m.start() for m in doses._DOSE_PLACES.finditer(low)}
            assert all(start in starts for (start, _), _ in expected), text[:200]
    assert placed >= 2_000


def _raw_and_masked(path: Any) -> list[str]:
    source = path.read_text(encoding="utf-8", errors="replace")
    return [source, parse(str(path), source).masked]


AVOID_CRAFTED = [
    "Avoid hospitals", "SKIP the doctor", "so ignore your GP", "then disregard", "and ditch",
    "bypass", "you should forget", "it's best to cancel", "postpone", "Put Off", "refuse",
    "decline", "stay away from", "Stay out of", "keep out of", "steer clear of",
    "keep away from", "in place of", "say no to", "just say no to", "stop seeing",
    "quit going to", "give up calling", "don't bother", "Do Not see", "never trust",
    "you can safely skip", "you may just ignore", "ſkip the doctor", "İgnore it", "ıgnore",
    "s\u212aip the doctor", "don’t go to", "put  off", "put\noff", "do\u00a0not see", "x",
]  # fmt: skip


def test_the_avoidance_gate_holds_a_verb_of_every_match() -> None:
    """``consult.AVOID_GATE`` passes every text ``_AVOID`` matches in: the crafted verbs,
    4,000 random clauses of the pattern's words and care nouns after them (as
    ``_discourages`` searches them), and corpus lines; and the gated search finds what the
    plain one finds, skipping over 1,000 texts."""
    plain = consult._AVOID.regex  # type: ignore[attr-defined]
    rng = random.Random(30)
    words = [
        *" ".join(AVOID_CRAFTED).split(), "you", "u", "should", "must", "need to", "'d better",
        "it is", "best", "safer", "to", "just", "simply", ";", ":", ",", "so", "then", "and",
        "the", "doctor", "hospital", "surgery", "chemo", "graft", "can", "could", "may",
        "KEEP", "Never", "DON'T", "seeing", "visiting", "go to", "rely on", "fall for",
    ]  # fmt: skip
    texts = AVOID_CRAFTED + [
        " ".join(rng.choice(words) for _ in range(rng.randint(0, 12))) for _ in range(4_000)
    ]
    texts += [f"{t} {rng.choice(['doctor', 'surgery', 'hospital'])}" for t in texts[:2_000]]
    for path in corpus_paths(80, 2030):
        source = path.read_text(encoding="utf-8", errors="replace")
        texts += [line for line in source.splitlines() if line.strip()]
    skipped = matched = 0
    for text in texts:
        want = plain.search(text)
        got = consult._AVOID.search(text)
        assert (got and (got.span(), got.group())) == (want and (want.span(), want.group()))
        if want is not None:
            matched += 1
            assert consult.AVOID_GATE.passes(text), text
        skipped += not consult.AVOID_GATE.passes(text)
    assert matched >= 500 and skipped >= 1_000
