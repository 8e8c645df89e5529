"""Page regions in Markdown and plain text: furniture is labelled, articles stay main."""

from __future__ import annotations

from medlint.document import Document, RegionKind
from medlint.parsing import parse


def _labelled(doc: Document) -> list[tuple[str, str]]:
    """(kind, first words of the region's text) for every region."""
    return [(r.kind.value, " ".join(doc.source[r.start : r.end].split())[:30]) for r in doc.regions]


def _kind_of(doc: Document, phrase: str) -> RegionKind:
    return doc.region_at(doc.source.index(phrase))


BLOG = """\
Skip to content

Home > Health > Leg cramps

# Leg cramps at night

Leg cramps are sudden, painful tightenings of a muscle. See a doctor if they keep
waking you up.

Share: Facebook Twitter Email

Advertisement

Stretching before bed helps many people.

## Related articles

- [Restless legs: what helps](/restless-legs)
- [Why do my feet cramp?](/feet)
- [Magnesium myths](/magnesium)

## 3 comments

**Jo** says:
Quinine cured my cramps completely!
Reply

**Sam** says:
Stop taking your statins, that fixed mine.
Reply

© 2024 Example Health. All rights reserved.
"""


def test_markdown_blog_furniture_is_labelled() -> None:
    doc = parse("blog.md", BLOG)
    assert _kind_of(doc, "Skip to content") is RegionKind.CHROME
    assert _kind_of(doc, "Home > Health") is RegionKind.CHROME
    assert _kind_of(doc, "Share: Facebook") is RegionKind.ASIDE
    assert _kind_of(doc, "Advertisement") is RegionKind.ASIDE
    assert _kind_of(doc, "Magnesium myths") is RegionKind.ASIDE
    assert _kind_of(doc, "Quinine cured") is RegionKind.COMMENTS
    assert _kind_of(doc, "Stop taking your statins") is RegionKind.COMMENTS
    for main in ("Leg cramps are sudden", "See a doctor", "Stretching before bed"):
        assert _kind_of(doc, main) is RegionKind.MAIN
    assert doc.title == "Leg cramps at night"


def test_plain_text_page_gets_the_same_regions() -> None:
    text = BLOG.replace("## ", "").replace("# ", "").replace("**", "")
    text = text.replace("- [", "").replace("](/restless-legs)", "")
    text = text.replace("](/feet)", "").replace("](/magnesium)", "")
    doc = parse("blog.txt", text)
    assert _kind_of(doc, "Home > Health") is RegionKind.CHROME
    assert _kind_of(doc, "Share: Facebook") is RegionKind.ASIDE
    assert _kind_of(doc, "Magnesium myths") is RegionKind.ASIDE
    assert _kind_of(doc, "Quinine cured") is RegionKind.COMMENTS
    assert _kind_of(doc, "Stretching before bed") is RegionKind.MAIN
    assert _kind_of(doc, "See a doctor") is RegionKind.MAIN


def test_real_sections_with_prose_stay_main() -> None:
    source = (
        "# Leg cramps\n\nText.\n\n## Related conditions\n\nRestless legs syndrome causes an urge "
        "to move the legs. It is worse at night and can disturb sleep for years.\n\n"
        "## Comments\n\n\u201cThese results are encouraging,\u201d said Dr. Lee, who led the "
        "trial. \u201cWe now need longer follow-up.\u201d\n\n"
        "## Recommended\n\nWe recommend that you stretch your calves every evening before bed "
        "and drink enough water during the day, especially in hot weather.\n\nMore text here "
        "about what to do when the cramp starts and how to stop it quickly at home.\n"
    )
    doc = parse("a.md", source)
    assert doc.regions == ()


def test_advertisement_line_in_text_does_not_swallow_the_article() -> None:
    body = "Cramps often come at night and can last several minutes. " * 6
    doc = parse("a.txt", f"Leg cramps\n\n{body}\n\nAdvertisement\n\n{body}\n\nCauses\n\n{body}\n")
    (region,) = doc.regions
    assert region.kind is RegionKind.ASIDE
    assert doc.source[region.start : region.end] == "Advertisement"


def test_menu_of_links_above_the_title_is_chrome() -> None:
    source = (
        "- [Home](/)\n- [Conditions](/c)\n- [Drugs](/d)\n- [About us](/a)\n\n# Leg cramps\n\n"
        "Drugs that can cause cramps:\n\n- [Statins](/s)\n- [Diuretics](/di)\n- [Beta agonists](/b)"
        "\n- [Raloxifene](/r)\n"
    )
    doc = parse("a.md", source)
    assert _labelled(doc) == [("chrome", "- [Home](/) - [Conditions](/c)")]
    assert _kind_of(doc, "Statins") is RegionKind.MAIN


def test_comment_dates_and_reviewers_are_not_page_metadata() -> None:
    source = (
        "# Leg cramps\n\nLeg cramps are common.\n\n## Leave a reply\n\nPosted by Ann\n\n"
        "Last updated: June 3, 2025\n\nReviewed by Dr Nobody\n"
    )
    doc = parse("a.md", source)
    assert "dateModified" not in doc.metadata and "reviewedBy" not in doc.metadata


# --- rules read only the regions they declare ---------------------------------------------


def _codes_on(document: Document, *select: str) -> list[str]:
    """Run the selected rules on a document (regions set up by the test) as the engine
    does: one context per document, each rule through the view of its regions."""
    from medlint import kinds
    from medlint.audience import detect as detect_audience
    from medlint.engine import Linter, Options

    from .conftest import TODAY

    linter = Linter(Options(today=TODAY, select=select))
    linter.ensure_compiled()
    ctx = kinds.Context(document, detect_audience(document), TODAY, linter.bank)
    return sorted(
        rule.spec.code
        for rule in linter.rules
        if rule.spec.code in select
        for _ in rule.check(ctx.reading(rule.spec.regions))
    )


def _with_region(document: Document, kind: RegionKind, phrase: str, end_phrase: str) -> Document:
    import dataclasses

    from medlint.document import Region

    start = document.source.index(phrase)
    end = document.source.index(end_phrase) + len(end_phrase)
    return dataclasses.replace(document, regions=(Region(kind, start, end, "test"),))


def test_rule_schema_regions_default_to_main() -> None:
    from medlint.ruleset import load_builtin_specs

    specs = {s.code: s for s in load_builtin_specs()}
    assert specs["MED101"].regions == (RegionKind.MAIN, RegionKind.CHROME)
    assert specs["MED110"].regions == (RegionKind.MAIN, RegionKind.CHROME)
    for code in ("MED109", "MED111", "MED201", "MED202", "MED301", "MED401", "MED102"):
        assert specs[code].regions == (RegionKind.MAIN,)


def test_a_claim_in_an_html_sidebar_or_comment_is_not_the_publishers() -> None:
    source = (
        "<html><body><article><h1>Turmeric</h1><p>Turmeric is a spice.</p></article>"
        "<div><p>Turmeric cures arthritis.</p></div></body></html>"
    )
    plain = parse("p.html", source)
    assert _codes_on(plain, "MED201") == ["MED201"]
    for kind in (RegionKind.ASIDE, RegionKind.COMMENTS, RegionKind.CHROME):
        labelled = _with_region(plain, kind, "<div>", "</div>")
        assert _codes_on(labelled, "MED201") == []


def test_a_footer_disclaimer_counts_but_a_comment_does_not() -> None:
    source = (
        "<html><body><article><h1>Leg cramps</h1><p>Leg cramps are common.</p></article>"
        "<footer><p>This site is not a substitute for professional medical advice.</p>"
        "</footer></body></html>"
    )
    plain = parse("p.html", source)
    assert _codes_on(plain, "MED101") == []
    footer = _with_region(plain, RegionKind.CHROME, "<footer>", "</footer>")
    assert _codes_on(footer, "MED101") == []
    comment = _with_region(plain, RegionKind.COMMENTS, "<footer>", "</footer>")
    assert _codes_on(comment, "MED101") == ["MED101"]


def test_a_sidebar_headline_never_decides_the_topic() -> None:
    source = (
        "<html><body><article><p>Eat more vegetables and fruit every day. Cook at home and "
        "drink water with meals.</p></article><aside><h1>Chest pain: when to worry</h1><p>Read "
        "more.</p></aside></body></html>"
    )
    # The same headline as the main content's H1 would make the page a chest-pain page.
    plain = parse("p.html", source.replace("<aside>", "<div>").replace("</aside>", "</div>"))
    assert set(_codes_on(plain, "MED109")) == {"MED109"}  # one per missing red flag
    # In an <aside> the HTML parser labels it, and a labelled aside never decides the topic.
    assert [r.kind for r in parse("p.html", source).regions] == [RegionKind.ASIDE]
    assert _codes_on(parse("p.html", source), "MED109") == []
    sidebar = _with_region(plain, RegionKind.ASIDE, "<div><h1>", "</div></body>")
    assert _codes_on(sidebar, "MED109") == []


def test_markdown_comment_thread_claims_are_not_reported_end_to_end() -> None:
    from medlint.engine import Linter, Options

    from .conftest import TODAY, codes

    linter = Linter(Options(today=TODAY, select=("MED201", "MED202")))
    thread = "# Statins\n\nStatins lower cholesterol.\n\n## 2 comments\n\nJo says:\n\n{}\n\nReply\n"
    comment = "Stop taking your statins. Turmeric cures arthritis."
    result, _ = linter.lint_text("a.md", thread.format(comment))
    assert codes(result) == []
    result, _ = linter.lint_text("a.md", thread.replace("2 comments", "My view").format(comment))
    assert sorted(codes(result)) == ["MED201", "MED202"]


def test_a_related_list_under_a_bold_or_colon_lead_in_is_an_aside() -> None:
    body = "Cramps often come at night and can last several minutes."
    md = (
        f"# Leg cramps\n\n{body}\n\n**Related articles**\n\n"
        "- [Restless legs](/r)\n- [Foot cramps](/f)\n\nNot medical advice.\n"
    )
    doc = parse("a.md", md)
    assert _labelled(doc) == [("aside", "**Related articles** - [Restle")]
    assert _kind_of(doc, "Not medical advice") is RegionKind.MAIN
    text = (
        f"Leg cramps\n\n{body}\n\nRelated articles:\n  * Restless legs\n  * Foot cramps\n"
        "To unsubscribe reply STOP.\n"
    )
    doc = parse("a.txt", text)
    assert _kind_of(doc, "Foot cramps") is RegionKind.ASIDE
    assert _kind_of(doc, "To unsubscribe") is RegionKind.CHROME
    assert _kind_of(doc, "several minutes") is RegionKind.MAIN


def test_a_lead_in_followed_by_prose_or_one_item_stays_main() -> None:
    long_item = "a long sentence that explains in detail how a stretch before bed relaxes the calf"
    source = (
        f"# Cramps\n\nRead more:\n\n- {long_item}\n- {long_item}\n\nRelated articles\n\n- One\n"
    )
    doc = parse("a.md", source)
    assert doc.regions == ()


def test_a_views_genre_and_date_facts_are_worked_out_once_and_shared() -> None:
    """The runner's ``genres:`` scope and the red-flag rules read the genre of the same
    main-content view: one object, computed once, held by the view (no module memo)."""
    from medlint.audience import detect as detect_audience
    from medlint.nlp import PatternBank
    from medlint.ruleapi import Context

    source = (
        "[Home](/) | [News](/news) | [Contact](/contact)\n\n"
        "# Leg cramps\n\nLast updated: 03/15/2025\n\n"
        "Leg cramps are sudden, painful tightenings of a muscle.\n"
    )
    document = parse("page.md", source)
    assert {r.kind for r in document.regions} != {RegionKind.MAIN}, document.regions
    root = Context(document, detect_audience(document), None, PatternBank())
    main = root.reading((RegionKind.MAIN,))
    assert main is not root
    assert main.reading((RegionKind.MAIN,)) is main  # a view asked for its own regions
    assert root.genre is main.genre  # the runner's scope and the rule share one answer
    assert main.facts is main.facts and main.date_order == "mdy"
    assert main.facts.updated is not None and main.facts.updated.day.isoformat() == "2025-03-15"
