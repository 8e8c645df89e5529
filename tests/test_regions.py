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
