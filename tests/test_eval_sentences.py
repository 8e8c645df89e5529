"""The sentence-level scorer (medlint.evaluation, benchmarks/eval_sentences.py)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
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
PAGE_SPLITS = {
    "s5-": ("dev5", "test5"),
    "s6-": ("dev6", "test6"),
    "s7-": ("dev7", "test7"),
    "s8-": ("dev8", "test8"),
    "s9-": ("dev9", "test9"),
    "s10-": ("dev10", "test10"),
    "s11-": ("dev11", "test11"),
    "s12-": ("dev12", "test12"),
    "s14-": ("dev14", "test14"),
    "s15-": ("dev15", "test15"),
    "s16-": ("dev16", "test16"),
    "s30-": ("dev30", "test30"),
    "s31-": ("dev31", "test31"),
    "s32-": ("dev32", "test32"),
    "s33-": ("dev33", "test33"),
    "s34-": ("dev34", "test34"),
    "s35-": ("dev35", "test35"),
    "s36-": ("dev36", "test36"),
    "s37-": ("dev37", "test37"),
    "s38-": ("dev38", "test38"),
    "s39-": ("dev39", "test39"),
    "s40-": ("dev40", "test40"),
    "s41-": ("dev41", "test41"),
    "s42-": ("dev42", "test42"),
    "s43-": ("dev43", "test43"),
    "s44-": ("dev44", "test44"),
    "s45-": ("dev45", "test45"),
    "s46-": ("dev46", "test46"),
    "s47-": ("dev47", "test47"),
    "s48-": ("dev48", "test48"),
    "s49-": ("dev49", "test49"),
    "s50-": ("dev50", "test50"),
    "s51-": ("dev51", "test51"),
    "s52-": ("dev52", "test52"),
    "s53-": ("dev53", "test53"),
    "s54-": ("dev54", "test54"),
    "s55-": ("dev55", "test55"),
    "s56-": ("dev56", "test56"),
    "s57-": ("dev57", "test57"),
    "s58-": ("dev58", "test58"),
    "s59-": ("dev59", "test59"),
    "s60-": ("dev60", "test60"),
    "s61-": ("dev61", "test61"),
    "s62-": ("dev62", "test62"),
    "s63-": ("dev63", "test63"),
    "s64-": ("dev64", "test64"),
    "s65-": ("dev65", "test65"),
    "s66-": ("dev66", "test66"),
    "s67-": ("dev67", "test67"),
    "s68-": ("dev68", "test68"),
    "s69-": ("dev69", "test69"),
    "s70-": ("dev70", "test70"),
    "s71-": ("dev71", "test71"),
    "s72-": ("dev72", "test72"),
    "s73-": ("dev73", "test73"),
    "s74-": ("dev74", "test74"),
    "s75-": ("dev75", "test75"),
    "s76-": ("dev76", "test76"),
    "s77-": ("dev77", "test77"),
    "s78-": ("dev78", "test78"),
    "s79-": ("dev79", "test79"),
    "s80-": ("dev80", "test80"),
    "s81-": ("dev81", "test81"),
    "s82-": ("dev82", "test82"),
    "s83-": ("dev83", "test83"),
    "s84-": ("dev84", "test84"),
    "s85-": ("dev85", "test85"),
    "s86-": ("dev86", "test86"),
    "s87-": ("dev87", "test87"),
    "s88-": ("dev88", "test88"),
    "s89-": ("dev89", "test89"),
    "s90-": ("dev90", "test90"),
    "s91-": ("dev91", "test91"),
    "s92-": ("dev92", "test92"),
    "s93-": ("dev93", "test93"),
    "s94-": ("dev94", "test94"),
    "s95-": ("dev95", "test95"),
    "s96-": ("dev96", "test96"),
    "s97-": ("dev97", "test97"),
    "s98-": ("dev98", "test98"),
    "s99-": ("dev99", "test99"),
    "s100-": ("dev100", "test100"),
    "s101-": ("dev101", "test101"),
    "s102-": ("dev102", "test102"),
    "s103-": ("dev103", "test103"),
    "s104-": ("dev104", "test104"),
    "s105-": ("dev105", "test105"),
    "s106-": ("dev106", "test106"),
    "s107-": ("dev107", "test107"),
    "s108-": ("dev108", "test108"),
    "s109-": ("dev109", "test109"),
    "s110-": ("dev110", "test110"),
    "s111-": ("dev111", "test111"),
    "s112-": ("dev112", "test112"),
    "s113-": ("dev113", "test113"),
    "s114-": ("dev114", "test114"),
    "s115-": ("dev115", "test115"),
    "s116-": ("dev116", "test116"),
    "s117-": ("dev117", "test117"),
    "s118-": ("dev118", "test118"),
    "s119-": ("dev119", "test119"),
    "s120-": ("dev120", "test120"),
    "s121-": ("dev121", "test121"),
    "s122-": ("dev122", "test122"),
    "s123-": ("dev123", "test123"),
    "s124-": ("dev124", "test124"),
    "s125-": ("dev125", "test125"),
    "s126-": ("dev126", "test126"),
    "s127-": ("dev127", "test127"),
    "s128-": ("dev128", "test128"),
    "s129-": ("dev129", "test129"),
    "s130-": ("dev130", "test130"),
    "s131-": ("dev131", "test131"),
    "s132-": ("dev132", "test132"),
    "s133-": ("dev133", "test133"),
    "s134-": ("dev134", "test134"),
    "s135-": ("dev135", "test135"),
    "s136-": ("dev136", "test136"),
}


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
        pair = PAGE_SPLITS.get(_prefix(item.id))
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
