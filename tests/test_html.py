"""HTML read as a browser shows it: fidelity, robustness, regions and metadata."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medlint import document as d
from medlint.document import Document, RegionKind
from medlint.parsing import parse
from medlint.parsing.html import parse_html
from medlint.parsing.jsonld import JSONLD_MAX_DEPTH, JsonLdError, read_jsonld
from tests.html_pages import HOSPITAL, NEWS, TABLE_2008, WORDPRESS


def _folded(text: str) -> str:
    return " ".join(text.split())


def region_text(doc: Document, kind: RegionKind) -> str:
    """The visible text of one region kind (MAIN: everything no region claims)."""
    if kind is RegionKind.MAIN:
        chars = list(doc.masked)
        for region in doc.regions:
            chars[region.start : region.end] = " " * (region.end - region.start)
        return _folded("".join(chars))
    return _folded(" ".join(doc.masked[r.start : r.end] for r in doc.regions if r.kind is kind))


# -- fidelity ------------------------------------------------------------------------------


def test_a_page_without_closing_head_keeps_its_body() -> None:
    doc = parse_html("p.html", "<html><head><title>Gout</title><body><h1>Gout</h1><p>Toe pain.")
    assert _folded(doc.masked) == "Gout Toe pain."
    assert doc.headings() == ("Gout",)


def test_a_page_without_head_or_body_tags_keeps_its_text() -> None:
    doc = parse_html("p.html", "<meta charset=utf-8><title>T</title><p>First.<p>Second.")
    assert _folded(doc.masked) == "First. Second."


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("<p>Rest&nbspand ice.</p>", "Rest and ice."),
        ("<p>5 &lt 6 &amp; caf&eacute &copy 2019</p>", "5 < 6 & café © 2019"),
        ("<p>&#8220;Rest&#8221; &#x2014; &#150; ice</p>", "“Rest” — – ice"),
        ("<p>bad &#0; &#x110000; refs</p>", "bad \ufffd \ufffd refs"),
        ("<p>unknown &foo; stays</p>", "unknown &foo; stays"),
    ],
)
def test_entities_decode_as_browsers_decode_them(source: str, text: str) -> None:
    doc = parse_html("p.html", source)
    assert len(doc.masked) == len(source)
    assert _folded(doc.masked) == text


@pytest.mark.parametrize(
    "hidden",
    [
        "<div hidden>secret</div>",
        '<div aria-hidden="true">secret</div>',
        '<div style="display: none">secret</div>',
        '<div style="color:red;visibility:hidden">secret</div>',
        "<template><p>secret</p></template>",
        '<span class="sr-only">secret</span>',
        '<div class="promo d-none">secret</div>',
        "<dialog><p>secret</p></dialog>",
        "<p hidden>secret",
    ],
)
def test_hidden_elements_are_not_read(hidden: str) -> None:
    doc = parse_html("p.html", f"<body><p>Before.</p>{hidden}<p>After.</p>")
    assert _folded(doc.masked) == "Before. After."


def test_hidden_until_found_and_responsive_classes_are_read() -> None:
    doc = parse_html("p.html", '<div hidden="until-found">Answer in an accordion.</div>')
    assert _folded(doc.masked) == "Answer in an accordion."
    doc = parse_html("p.html", '<p class="hidden-xs">Desktop text.</p><dialog open>Shown.')
    assert _folded(doc.masked) == "Desktop text. Shown."


def test_implied_end_tags_end_hidden_and_region_elements() -> None:
    source = (
        "<ul><li hidden>secret<li>Rest the leg.</ul>"
        "<dl><dt aria-hidden=true>x<dd>Ice helps.</dl>"
        '<table><tr><td class="share">Tweet<td>Heat helps too.</table>'
        '<p style="display:none">gone<div>Stretch daily.</div>'
    )
    doc = parse_html("p.html", source)
    assert _folded(doc.masked) == "Rest the leg. Ice helps. Tweet Heat helps too. Stretch daily."
    assert region_text(doc, RegionKind.ASIDE) == "Tweet"


@pytest.mark.parametrize(
    "source",
    [
        "<![x[",
        "<p>a<![if !supportLists]>b<![endif]>c",
        "<!-- unterminated comment",
        "</",
        "<p>text</",
        "<!DOCTYPE",
        "<?xml version",
        '<a href="' + "x" * 1_000_000,
        '<p title="' + "x" * 200_000 + '">big</p>',
        "<div " * 2000,
        "</div>" * 2000,
        "<b>" * 20_000 + "deep",
        "<svg><path/><circle/></svg><p>after svg",
        "<script>never closed",
        "<p>\x00nul\ufffd",
        "<table><td><tr></table></td>",
        "<head><head></head></head><body><body>",
    ],
)
def test_malformed_markup_never_crashes(source: str) -> None:
    doc = parse_html("p.html", source)
    assert len(doc.masked) == len(source)


def test_bogus_markup_is_not_read_as_text() -> None:
    assert _folded(parse_html("p.html", "<p>a<![x[ junk ]]>b <!-- open").masked) == "a b"
    assert _folded(parse_html("p.html", "<p>after svg<svg><path/></svg> ok").masked) == (
        "after svg ok"
    )


FUZZ_TOKENS = ["<p>", "</p>", "<li>", "<div hidden>", "</div>", "<head>", "</head>", "<body>",
               "<!--", "-->", "<![", "]]>", "</", "<", ">", "&", "&nbsp", "&#", ";", "=", '"',
               "<nav>", "</nav>", '<div class="sidebar">', "<h1>", "</h1>", "<script>",
               "</script>", '<script type="application/ld+json">', "{", "[", ",", "<time ",
               'itemprop="dateModified"', "<table><tr><td>", "<svg/>", "<a href=x>",
               "</a>"]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(FUZZ_TOKENS),
            st.text(max_size=8),
        ),
        max_size=40,
    ).map("".join)
)
def test_fuzz_html_parser_reads_any_input(source: str) -> None:
    doc = parse_html("fuzz.html", source)
    assert len(doc.masked) == len(source)
    assert all(c == "\n" for c, s in zip(doc.masked, source, strict=True) if s == "\n")
    assert all(0 <= r.start <= r.end <= len(source) for r in doc.regions)
    assert all(a.end <= b.start for a, b in zip(doc.regions, doc.regions[1:], strict=False))


# -- JSON-LD -------------------------------------------------------------------------------


def test_jsonld_is_read_leniently() -> None:
    text = '{"@type": "MedicalWebPage", "name": "Gout\n(arthritis)", "about": ["a", "b",],}'
    text += '\n{"x": 1}'
    values = read_jsonld(text)
    assert values == [
        {"@type": "MedicalWebPage", "name": "Gout\n(arthritis)", "about": ["a", "b"]},
        {"x": 1},
    ]
    assert read_jsonld('<!--\n[{"a": "1,]"}]\n-->') == [[{"a": "1,]"}]]


def test_deep_jsonld_is_a_clear_problem() -> None:
    with pytest.raises(JsonLdError, match=f"nested more than {JSONLD_MAX_DEPTH} levels"):
        read_jsonld("[" * 5000 + "]" * 5000)
    page = '<script type="application/ld+json">' + '{"a":' * 20_000 + "</script><p>Text"
    doc = parse_html("p.html", page)
    assert len(doc.problems) == 1
    assert "nested more than" in doc.problems[0].message
    assert _folded(doc.masked) == "Text"


def test_jsonld_graph_and_trailing_commas_give_metadata() -> None:
    source = """<script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Site"},
      {"@type": "MedicalWebPage", "lastReviewed": "2019-03-12",
       "reviewedBy": {"@type": "Person", "name": "Jane Smith, MD"},},
    ]}</script><p>Body</p>"""
    doc = parse_html("p.html", source)
    assert doc.metadata[d.LAST_REVIEWED].value == "2019-03-12"
    assert doc.metadata[d.REVIEWED_BY].value == "Jane Smith, MD"
    assert doc.problems == ()


# -- microdata and <time> ------------------------------------------------------------------


def test_microdata_and_time_are_metadata_facts() -> None:
    source = (
        '<article><meta itemprop="datePublished" content="2018-05-03">'
        '<p>Reviewed by <span itemprop="reviewedBy" itemscope><span itemprop="name">Jane '
        "Smith</span>, MD</span> on "
        '<time itemprop="lastReviewed" datetime="2019-03-12">12 March 2019</time></p>'
        '<p>Updated <time class="updated" datetime="2020-01-02">Jan 2</time></p>'
        '<div itemprop="author">Sam Writer</div></article>'
        '<aside class="related"><time class="updated" datetime="2024-01-01">x</time>'
        '<span itemprop="dateModified">2025-01-01</span></aside>'
    )
    doc = parse_html("p.html", source)
    facts = {k: (v.value, v.origin) for k, v in doc.metadata.items()}
    assert facts[d.DATE_PUBLISHED] == ("2018-05-03", "<meta> tag")
    assert facts[d.REVIEWED_BY] == ("Jane Smith, MD", "microdata")
    assert facts[d.LAST_REVIEWED] == ("2019-03-12", "microdata")
    assert facts[d.DATE_MODIFIED] == ("2020-01-02", "microdata")
    assert facts["author"] == ("Sam Writer", "microdata")
    both = '<time class="entry-date published updated" datetime="2018-05-03">May 3</time>'
    doc = parse_html("p.html", both)
    assert doc.metadata[d.DATE_PUBLISHED].value == doc.metadata[d.DATE_MODIFIED].value


# -- regions -------------------------------------------------------------------------------


def test_wordpress_post_with_sidebar_and_comments() -> None:
    doc = parse_html("wp.html", WORDPRESS)
    main = region_text(doc, RegionKind.MAIN)
    assert "Leg cramps are sudden, painful tightenings" in main
    assert "Stretching the calf before bed helps many people." in main
    for furniture in ("Diabetes and insulin pumps", "Chest pain: when to call 911", "pickle juice",
                      "Skip to content", "Posted in Muscles"):  # fmt: skip
        assert furniture not in main
    assert "pickle juice" in region_text(doc, RegionKind.COMMENTS)
    assert "Recent Posts" in region_text(doc, RegionKind.ASIDE)
    assert "does not provide medical advice" in region_text(doc, RegionKind.CHROME)
    assert doc.title == "What causes leg cramps at night?"
    assert doc.headings() == ("What causes leg cramps at night?", "Why they happen")
    # a related post's date is not the page's date
    assert doc.metadata[d.DATE_PUBLISHED].value == "2018-05-03T08:00:00+00:00"
    assert d.DATE_MODIFIED not in doc.metadata


def test_hospital_page_with_mega_menu_and_sidebar() -> None:
    doc = parse_html("h.html", HOSPITAL)
    main = region_text(doc, RegionKind.MAIN)
    assert main.startswith("Shingles Shingles is a painful rash")
    assert "Call your doctor right away if the rash is near your eye." in main
    for furniture in ("Cancer care", "MyChart", "cookies", "Meningitis", "Conditions Shingles"):
        assert furniture not in main
    assert "not a substitute for professional medical advice" in region_text(doc, RegionKind.CHROME)
    assert doc.headings() == ("Shingles", "Symptoms")
    assert doc.metadata[d.LAST_REVIEWED].value == "12 Mar 2019"


def test_news_story_related_links_and_ads_are_asides() -> None:
    doc = parse_html("n.html", NEWS)
    main = region_text(doc, RegionKind.MAIN)
    assert "BOSTON, May 3, 2018 — Adults who sleep fewer than six hours" in main
    assert main.endswith("more research is needed before changing advice.")
    for furniture in ("Miracle fruit", "SleepWell", "Around the web", "Sports"):
        assert furniture not in main
    assert "Miracle fruit cures diabetes" in region_text(doc, RegionKind.ASIDE)
    assert doc.headings() == ("Study links short sleep to heart disease",)
    assert doc.metadata[d.DATE_PUBLISHED].value == "2018-05-03T09:00:00Z"


def test_table_layout_navigation_is_chrome_by_link_density() -> None:
    doc = parse("t.html", TABLE_2008)  # with the visible-metadata facts
    main = region_text(doc, RegionKind.MAIN)
    assert main.startswith("Gout Gout is a kind of arthritis")
    assert "Asthma" not in main and "Contact us" not in main
    assert [r.label for r in doc.regions] == ["block of links"]
    assert doc.metadata[d.DATE_MODIFIED].value == "September 8, 2009"


def test_an_advertisement_heading_does_not_swallow_the_disclaimer() -> None:
    source = (
        "<main><h1>Gout</h1><p>Gout is arthritis.</p>"
        '<div class="box"><h4>Advertisement</h4><p>Buy pills</p></div>'
        "<p>Disclaimer: this page is not medical advice.</p>"
        "<h4>Advertisement disclosure</h4><p>We are paid by no one.</p></main>"
    )
    doc = parse_html("p.html", source)
    assert "Buy pills" not in doc.masked
    assert "Disclaimer: this page is not medical advice." in doc.masked
    assert "We are paid by no one." in doc.masked


def test_sidebar_headlines_are_not_sections_and_do_not_make_the_title() -> None:
    source = (
        '<div class="sidebar"><h1>Cancer breakthrough!</h1></div>'
        "<nav><h2>Menu</h2></nav><div><h1>Leg cramps</h1><p>Text.</p><h2>Causes</h2></div>"
        '<div id="comments"><h3>Great post</h3></div>'
    )
    doc = parse_html("p.html", source)
    assert doc.headings() == ("Leg cramps", "Causes")
    assert doc.title == "Leg cramps"


def test_chat_widgets_stay_blanked() -> None:
    source = '<p>Article.</p><div class="ai-chat-box"><p>Ask me anything</p></div>'
    doc = parse_html("p.html", source)
    assert _folded(doc.masked) == "Article."
    assert [z.label for z in doc.zones] == ["page widget"]


def test_layout_classes_do_not_make_the_article_furniture() -> None:
    source = (
        '<body class="single has-sidebar"><div class="content-sidebar-wrap">'
        '<div class="sidebar-right-layout"><article><h1>Gout</h1><p>Toe pain.</p></article>'
        '</div><div class="no-comments">Comments are closed.</div>'
        '<aside class="sidebar"><h2>Popular</h2></aside></div></body>'
    )
    doc = parse_html("p.html", source)
    assert region_text(doc, RegionKind.MAIN) == "Gout Toe pain. Comments are closed."
    assert [r.label for r in doc.regions] == ["<aside>"]
    assert doc.headings() == ("Gout",)


def test_articles_inside_a_comment_thread_are_comments_not_the_page() -> None:
    source = (
        "<main><article><h1>Gout</h1><p>Toe pain.</p></article>"
        '<div id="comments"><ol><li><article class="comment-body">'
        "<p>Cherries fixed mine.</p></article></li></ol></div></main>"
    )
    doc = parse_html("p.html", source)
    assert region_text(doc, RegionKind.MAIN) == "Gout Toe pain."
    assert region_text(doc, RegionKind.COMMENTS) == "Cherries fixed mine."


def test_customer_reviews_and_shop_promos_are_not_the_article() -> None:
    source = (
        '<div class="announcement-bar">Half price today</div>'
        "<main><h1>Zinc</h1><p>Zinc is a mineral.</p>"
        '<div class="product-reviews"><p>Tastes fine.</p></div>'
        '<div itemscope itemtype="https://schema.org/Review"><span itemprop="author">Bo</span>'
        "<p>Helped my cold.</p></div>"
        '<div class="jp-relatedposts"><p>Iron basics</p></div></main>'
    )
    doc = parse_html("p.html", source)
    assert region_text(doc, RegionKind.MAIN) == "Zinc Zinc is a mineral."
    assert region_text(doc, RegionKind.COMMENTS) == "Tastes fine. Bo Helped my cold."
    assert region_text(doc, RegionKind.ASIDE) == "Half price today Iron basics"
    assert "author" not in doc.metadata  # a reviewer of the product is not the page's author


def test_a_forum_threads_first_post_is_content_and_later_posts_are_replies() -> None:
    source = (
        '<div id="posts">'
        '<table id="post10"><tr><td>Asthma at night</td>'
        "<td>My son coughs at night.</td></tr></table>"
        '<table id="post11"><tr><td><div id="post_message_11">Try a spacer.</div></td></tr></table>'
        '<table id="post12"><tr><td>Ask about a peak flow meter.</td></tr></table>'
        "</div>"
    )
    doc = parse_html("p.html", source)
    assert region_text(doc, RegionKind.MAIN) == "Asthma at night My son coughs at night."
    assert region_text(doc, RegionKind.COMMENTS) == "Try a spacer. Ask about a peak flow meter."


def test_numbered_posts_outside_a_thread_are_not_replies() -> None:
    source = (
        '<article id="post-1"><h2>Gout</h2><p>Toe pain.</p></article>'
        '<article id="post-2"><h2>Lupus</h2><p>Joint pain.</p></article>'
    )
    doc = parse_html("p.html", source)
    assert region_text(doc, RegionKind.MAIN) == "Gout Toe pain. Lupus Joint pain."
    assert doc.regions == ()


def test_a_powered_by_or_copyright_line_outside_the_article_is_chrome() -> None:
    source = (
        "<div><h1>Gout</h1><p>Copyright law does not cure gout.</p></div>"
        '<div class="small">Powered by ForumSoft 3.1</div><p>© 2009 Example Clinic</p>'
    )
    doc = parse_html("p.html", source)
    assert region_text(doc, RegionKind.MAIN) == "Gout Copyright law does not cure gout."
    assert region_text(doc, RegionKind.CHROME) == "Powered by ForumSoft 3.1 © 2009 Example Clinic"


_ARTICLE = "Gout is a kind of arthritis that causes sudden pain in the big toe. " * 10


def test_a_layout_tables_banner_footer_rows_and_side_column_are_furniture() -> None:
    source = (
        "<table><tr><td colspan=2>Clinic Pages | Home</td></tr>"
        '<tr><td width="160">Topics <a href="#">Lupus</a> Sponsored by a fund</td>'
        f"<td><h1>Gout</h1><p>{_ARTICLE}</p></td></tr>"
        "<tr><td colspan=2>Call our nurse line</td></tr></table>"
    )
    doc = parse_html("p.html", source)
    assert region_text(doc, RegionKind.MAIN) == _folded("Gout " + _ARTICLE)
    assert region_text(doc, RegionKind.CHROME) == "Clinic Pages | Home Call our nurse line"
    assert region_text(doc, RegionKind.ASIDE) == "Topics Lupus Sponsored by a fund"


def test_a_data_table_is_not_a_page_layout() -> None:
    source = (
        "<h1>Doses</h1><table><tr><th>Drug</th><th>Note</th></tr>"
        f"<tr><td>A</td><td>{_ARTICLE}</td></tr><tr>bare text in a row</tr></table>"
    )
    doc = parse_html("p.html", source)
    assert doc.regions == ()
    assert "Drug Note A Gout is" in region_text(doc, RegionKind.MAIN)


def test_alert_banners_and_cms_toolbars_are_chrome_but_a_hero_banner_is_not() -> None:
    source = (
        '<div class="alert-banner"><p>Masks required in clinics.</p></div>'
        '<section class="usa-banner"><p>An official website</p></section>'
        '<div role="toolbar"><a href="/edit">Edit</a> <a href="/flow">Send to reviewer</a></div>'
        '<div class="hero-banner"><h1>Gout</h1></div><p>Toe pain.</p>'
    )
    doc = parse_html("p.html", source)
    assert region_text(doc, RegionKind.MAIN) == "Gout Toe pain."
    assert region_text(doc, RegionKind.CHROME) == (
        "Masks required in clinics. An official website Edit Send to reviewer"
    )


def test_a_body_whose_feature_flag_classes_name_a_chat_is_no_widget() -> None:
    source = (
        '<html><body class="site f_groupchats_rendering_on f_link_modal_on">'
        "<h1>Gout</h1><p>Gout is a kind of arthritis.</p>"
        '<div class="chat-widget"><p>Ask our bot</p></div></body></html>'
    )
    doc = parse_html("p.html", source)
    assert "Gout is a kind of arthritis." in region_text(doc, RegionKind.MAIN)
    assert "Ask our bot" not in doc.masked  # a real chat box is still blanked


def test_a_class_named_aside_holding_the_article_is_a_layout_wrapper() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i} of the article explains what gout is, why uric acid crystals form "
        "in a joint, how an attack feels, which medicines treat it and how diet and weight "
        "change the chance of another attack in the months after the first one.</p>"
        for i in range(8)
    )
    source = (
        '<html><body><div class="panel-two-col-sidebar-right-mix"><h1>Gout</h1>'
        f"<div class='body'>{paragraphs}</div>"
        '<div class="sidebar"><a href="/a">Related</a> <a href="/b">More</a></div>'
        "</div></body></html>"
    )
    doc = parse_html("p.html", source)
    main = region_text(doc, RegionKind.MAIN)
    assert "Paragraph 0 of the article" in main and "Paragraph 7 of the article" in main
    assert "Related" not in main  # the real sidebar after it is read afresh
    short = '<div class="sidebar"><p>Subscribe to our newsletter.</p></div><p>Text.</p>'
    assert "Subscribe" not in region_text(parse_html("q.html", short), RegionKind.MAIN)


def test_a_smacss_layout_class_is_no_sidebar() -> None:
    source = '<div class="l-sidebar-fixed"><h1>Gout</h1><p>Gout is arthritis.</p></div>'
    assert "Gout is arthritis." in region_text(parse_html("p.html", source), RegionKind.MAIN)
