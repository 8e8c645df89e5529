"""The sentence-level scorer (medlint.evaluation, benchmarks/eval_sentences.py)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

from medlint.evaluation import (
    SENTENCE_CLASSES,
    Score,
    SentenceItem,
    evaluate_sentences,
    load_sentences,
    sentence_document,
)

SENTENCES = Path(__file__).parent / "eval" / "sentences"


def _item(text: str, context: str = "", **labels: bool) -> SentenceItem:
    return SentenceItem("var-x", text, "variant", "dev", dict(labels), context)


# Whole files labelled later are frozen as one split each (tests/eval/sentences/README.md).
WHOLE_FILE_SPLITS = {
    "s2-": "test2",
    "d2-": "dev2",
    "s3-": "test3",
    "s4-": "test4",
    "e4-": "dev4",
}
# Round 6's set (s5-) was split page by page before labelling: the first hex digit of the
# SHA-256 of the page's URL (a corpus item's path) 0-4 -> dev5, 5-f -> test5; round 7's set
# (s6-) by the same rule into dev6/test6, round 8's (s7-) into dev7/test7,
# round 9's (s8-) into dev8/test8, round 11's (s9-) into dev9/test9, round 12's (s10-) into
# dev10/test10, round 13's (s11-) into dev11/test11, round 14's (s12-) into
# dev12/test12, round 15's (s14-) into dev14/test14 and round 15b's (s15-, health news) into
# dev15/test15, round 16's (s16-) into dev16/test16, round 30's four sets (s30- to s33-)
# into dev30/test30 ... dev33/test33, and round 31's (s34- to s43-) into dev34/test34 ...
# The prefix is the id up to and including its first "-".
# ... and every later set "sNN-" (every prefix sNN- but the whole files s2- to s4- above) by the
# same rule into devNN/testNN: read from the prefix, so a set merged into main is checked
# without a list to edit.
_PAGE_SPLIT = re.compile(r"s(\d+)-")


def _page_split(prefix: str) -> tuple[str, str] | None:
    """The (dev, test) splits of a page-split set's prefix, or None for any other prefix."""
    m = _PAGE_SPLIT.fullmatch(prefix)
    if m is None or prefix in WHOLE_FILE_SPLITS:
        return None
    return f"dev{m.group(1)}", f"test{m.group(1)}"


def _prefix(item_id: str) -> str:
    return item_id.split("-", 1)[0] + "-"


def test_the_set_loads_and_its_split_is_the_frozen_hash_rule() -> None:
    items = load_sentences(SENTENCES)
    assert len(items) >= 1130 + 653 + 677 + 366 + 360 + 185 + 436 + 336 + 294 + 272
    rows = [
        json.loads(line)
        for path in SENTENCES.glob("*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    sources = {row["id"]: row["source"] for row in rows if "source" in row}
    for item in items:
        pair = _page_split(_prefix(item.id))
        if pair is not None:
            page = sources[item.id].removeprefix("corpus:")
            first = int(hashlib.sha256(page.encode()).hexdigest()[0], 16)
            assert item.split == pair[first >= 5], item.id
            assert set(item.labels) == set(SENTENCE_CLASSES), item.id
            continue
        whole = WHOLE_FILE_SPLITS.get(_prefix(item.id))
        if whole is not None:
            assert item.split == whole, item.id
            assert set(item.labels) == set(SENTENCE_CLASSES), item.id
            continue
        digest = int(hashlib.sha256(item.id.encode()).hexdigest()[:8], 16)
        assert item.split == ("test" if digest % 100 < 40 else "dev"), item.id
        assert set(item.labels) == set(SENTENCE_CLASSES), item.id


def test_a_bad_line_names_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_text('{"id": "a"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.jsonl:1"):
        load_sentences(tmp_path)


def test_context_places_the_sentence() -> None:
    doc = sentence_document(_item("Miracle cures", "heading: Health fraud"))
    assert doc.text.startswith("# Health fraud\n\nMiracle cures\n")
    assert doc.text.splitlines()[doc.line - 1] == "Miracle cures"
    doc = sentence_document(_item("Cured my gout!", "heading on the product's sales page"))
    assert "## Cured my gout!" in doc.text and doc.holds(doc.line, 4)
    doc = sentence_document(_item("Turmeric cures gout.", "comment section"))
    assert "## 3 Comments" in doc.text and "**Jo** says:" in doc.text
    assert doc.text.splitlines()[doc.line - 1] == "Turmeric cures gout."
    doc = sentence_document(_item("Stop it.", "Talk to your doctor first."))
    assert doc.text.splitlines()[doc.line - 1] == "Talk to your doctor first. Stop it."
    assert not doc.holds(doc.line, 1) and doc.holds(doc.line, 28)
    alone = sentence_document(_item("Stop it.", "Talk to your doctor first."), neighbours=False)
    assert alone.text.splitlines()[alone.line - 1] == "Stop it."


def test_a_citation_in_the_context_stays_in_the_paragraph() -> None:
    """A citation the item's paragraph carries clears MED401 for every class (the two
    scorers once disagreed here)."""
    text = "About 1 in 4 adults has high blood pressure."
    cited = _item(text, "paragraph carries a citation: [1]", unsupported_statistic=True)
    doc = sentence_document(cited)
    assert doc.text.splitlines()[doc.line - 1] == f"{text} [1]"
    (outcome,) = evaluate_sentences([cited], ["unsupported_statistic"])
    (bare,) = evaluate_sentences([_item(text)], ["unsupported_statistic"])
    assert not outcome.detected and bare.detected


def test_scores_come_from_real_lint_runs() -> None:
    items = [
        _item("Turmeric cures arthritis.", cure_or_safety_claim=True),
        _item("Turmeric is a spice.", cure_or_safety_claim=False),
        _item("Turmeric cures arthritis, it worked for me!", "comment section"),
    ]
    outcomes = evaluate_sentences(items, ["cure_or_safety_claim"])
    assert [o.detected for o in outcomes] == [True, False, False]
    assert "cures arthritis" in outcomes[0].messages[0]
    score = Score.of(outcomes)
    assert (score.tp, score.fp, score.fn, score.tn) == (1, 0, 0, 2)
    assert score.precision == 1.0 and score.recall == 1.0


def test_an_absent_rule_detects_by_staying_quiet() -> None:
    items = [_item("Talk to your doctor about your symptoms.", consult_prompt=True)]
    (outcome,) = evaluate_sentences(items, ["consult_prompt"])
    assert outcome.label and outcome.detected


def test_jsonl_round_trip(tmp_path: Path) -> None:
    labels = dict.fromkeys(SENTENCE_CLASSES, False)
    row = {"id": "var-1", "text": "Hi.", "kind": "variant", "split": "dev", "labels": labels}
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n\n", encoding="utf-8")
    (item,) = load_sentences(tmp_path)
    assert item.context == "" and item.labels == labels


def test_file_splits_and_the_web_dev_alias() -> None:
    """--split regulators|variants takes a file's items (both halves) by id prefix, and
    web-dev is dev2 (benchmarks/eval_sentences.py)."""
    path = Path(__file__).parent.parent / "benchmarks" / "eval_sentences.py"
    spec = importlib.util.spec_from_file_location("eval_sentences_split", path)
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    reg_test = SentenceItem("reg-1", "Shrinks tumours", "real", "test", {})
    var_dev = SentenceItem("var-2", "Skip the GP.", "variant", "dev", {})
    web = SentenceItem("d2-3", "It cures all.", "real", "dev2", {})
    assert scorer.in_split("regulators", reg_test) and not scorer.in_split("regulators", var_dev)
    assert scorer.in_split("variants", var_dev) and not scorer.in_split("variants", web)
    assert scorer.in_split("web-dev", web) and scorer.in_split("dev2", web)
    assert not scorer.in_split("web-dev", var_dev) and scorer.in_split("dev", var_dev)
    assert all(scorer.in_split("all", i) for i in (reg_test, var_dev, web))


def test_the_scorer_takes_any_split_the_set_names_and_refuses_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A new round's split needs no code change: the scorer reads the split names from the
    set itself, and an unknown name is refused with the list of known ones."""
    path = Path(__file__).parent.parent / "benchmarks" / "eval_sentences.py"
    spec = importlib.util.spec_from_file_location("eval_sentences_known", path)
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    labels = dict.fromkeys(SENTENCE_CLASSES, False)
    row = {"id": "z9-1", "text": "Rest.", "kind": "real", "split": "dev99", "labels": labels}
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert scorer.main(["--folder", str(tmp_path), "--split", "dev99"]) == 0
    assert "1 sentences, split dev99" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        scorer.main(["--folder", str(tmp_path), "--split", "dev100"])
    assert "not a split of the set (dev99, all, web-dev" in capsys.readouterr().err


def test_per_page_a_page_counts_once_labelled_or_detected_by_any_item() -> None:
    """--pages: one outcome per page and class; labelled if any item of the page is, detected
    if any is (a detection on another sentence of a labelled page finds the page); items
    without a source are pages of their own."""
    path = Path(__file__).parent.parent / "benchmarks" / "eval_sentences.py"
    spec = importlib.util.spec_from_file_location("eval_sentences_pages", path)
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    from medlint.evaluation import SentenceOutcome

    def outcome(id_: str, source: str, label: bool, detected: bool) -> SentenceOutcome:
        item = SentenceItem(id_, "x", "real", "dev9", {}, "", source)
        return SentenceOutcome(item, "cure_or_safety_claim", label, detected)

    pages = scorer.page_outcomes(
        [
            outcome("a1", "https://a", True, False),
            outcome("a2", "https://a", False, True),  # the page is found by its other item
            outcome("b1", "https://b", True, False),
            outcome("b2", "https://b", True, False),  # missed twice: one page missed
            outcome("c1", "https://c", False, True),  # a false alarm on a clean page
            outcome("d1", "", False, False),
            outcome("d2", "", True, True),  # no source: pages of their own
        ]
    )
    assert Score.of(pages) == Score(tp=2, fp=1, fn=1, tn=1)


@pytest.mark.parametrize(
    ("context", "prose"),
    [
        # a description of the page is said about the text, not part of it
        ("news or magazine page", "Take two tablets daily."),
        ("forum or Q&A post", "Take two tablets daily."),
        # the lead-in or heading of the list the item is in stays a lead-in
        ("list item under: Dosage", "Dosage: Take two tablets daily."),
        (
            "list: For acute problems, adults should take:",
            "For acute problems, adults should take: Take two tablets daily.",
        ),
        (
            "previous: Adults should take the following doses:",
            "Adults should take the following doses: Take two tablets daily.",
        ),
        # a quoted neighbour loses the labeller's label and ends as a sentence
        (
            "forum or Q&A post | previous sentence: Soak a washcloth in it",
            "Soak a washcloth in it. Take two tablets daily.",
        ),
        (
            "same paragraph: Talk to your doctor first ...",
            "Talk to your doctor first. Take two tablets daily.",
        ),
        ("next line: Do this 3 times a day", "Take two tablets daily. Do this 3 times a day."),
        # what the passage is about (the antecedent of its pronouns) stays before it
        (
            "product seller's site | about cayenne pepper",
            "About cayenne pepper. Take two tablets daily.",
        ),
        # a neighbour quoted as it stands (the older sets) is kept
        ("The dose may vary.", "The dose may vary. Take two tablets daily."),
    ],
)
def test_context_descriptions_are_not_prose(context: str, prose: str) -> None:
    document = sentence_document(
        SentenceItem("x", "Take two tablets daily.", "real", "dev", {}, context)
    )
    assert document.text.splitlines()[-1] == prose
    line = document.text.splitlines()[document.line - 1]
    assert line[document.first_column - 1 : document.last_column] == "Take two tablets daily."


def test_a_named_page_title_is_the_heading() -> None:
    document = sentence_document(
        SentenceItem("x", "Rest.", "real", "dev", {}, "page title: Ten cures")
    )
    assert document.text.startswith("# Ten cures\n")
