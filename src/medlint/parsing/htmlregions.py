"""How an HTML element is classified: hidden from readers, page furniture (chrome,
asides, comments: tags, ARIA roles, CMS class names, forum threads, credits lines, link
density, layout tables), a widget, or the main article. Used by the tree builder in
``htmltree.py``."""

from __future__ import annotations

import functools
import re

from medlint.document import RegionKind

# -- visibility ------------------------------------------------------------------------
STYLE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Utility classes of CSS frameworks that hide an element from sighted readers
# (whole values only: Bootstrap's "hidden-xs" hides only on small screens).
HIDDEN_CLASSES = {"hidden", "hide", "d-none", "is-hidden", "visually-hidden", "sr-only",
                   "screen-reader-text", "element-invisible", "invisible"}  # fmt: skip

# -- page regions ------------------------------------------------------------------------
MAIN_TAGS = {"main", "article"}
MAIN_CLASS = re.compile(
    r"^(?:main-?content|article-?(?:body|content)|entry-content|post-content|post-body"
    r"|story-body|content-main)$",
    re.I,
)
ROLES = {
    "banner": RegionKind.CHROME,
    "navigation": RegionKind.CHROME,
    "contentinfo": RegionKind.CHROME,
    "search": RegionKind.CHROME,
    "menubar": RegionKind.CHROME,
    "toolbar": RegionKind.CHROME,  # a CMS preview/edit toolbar, a page-tools bar
    "complementary": RegionKind.ASIDE,
}
COMMENT_VALUES = re.compile(
    r"^(?:comments?|comment-?list|comments?-(?:area|section|wrap(?:per)?|container)|respond"
    r"|comment-respond|disqus_thread|disqus|reader-comments|user-comments|forum-replies|replies"
    r"|reply-list|responses|reader-responses"
    # customer reviews of shop pages (Shopify, WooCommerce, Yotpo): readers' words too
    r"|reviews|product-reviews|customer-reviews|review-list|testimonials|yotpo-reviews)$",
    re.I,
)
# schema.org user content: a product Review or a Comment item is a reader's words
USER_ITEMS = re.compile(r"schema\.org/(?:Review|Comment|UserComments)\b", re.I)
# A forum thread (vBulletin id="posts", phpBB/XenForo "topic"/"messageList", Discourse
# "post-stream"): its first numbered post is the page's content, later ones are replies.
THREAD_VALUES = re.compile(
    r"^(?:posts|thread|topic|postlist|post-?stream|message-?list|thread-?posts|topic-?posts)$",
    re.I,
)
POST_ID = re.compile(r"^(?:post|p|message|msg|reply|entry)[-_]?\d+$", re.I)
# A short block that credits the software or states the copyright: site chrome.
CREDITS = re.compile(
    r"^\W*(?:powered by|copyright\s*(?:©|\(c\)|&copy;|\d{4})|©|\(c\)\s*\d{4})", re.I
)
CREDIT_BLOCKS = {"div", "p", "td", "small", "center", "span", "font"}
MAX_CREDITS_TEXT = 200
CREDITS_WINDOW = 2000  # source characters read for it (bounded: nested blocks stay linear)
CHROME_WORDS = {"menu", "megamenu", "submenu", "navbar", "nav", "navigation", "breadcrumb",
                 "breadcrumbs", "footer", "masthead", "topbar", "cookie", "cookies", "skiplinks",
                 "utility", "skip", "toolbar", "adminbar", "wpadminbar"}  # fmt: skip
# "banner" marks chrome beside these words (an alert or the official-site banner above the
# page); alone it may be a hero banner holding the page's title.
BANNER_WORDS = {"alert", "usa", "gov", "official", "notice", "emergency", "site", "global",
                 "announcement", "cookie", "consent"}  # fmt: skip
SITE_WORDS = {"site", "page", "global", "top", "main"}  # "site-header", "page-header"
ASIDE_WORDS = {"sidebar", "widget", "widgets", "related", "recommended", "promo", "promotion",
                "ad", "ads", "adsense", "advert", "adverts", "advertisement", "sponsor",
                "sponsored", "share", "sharing", "sharebar", "social", "newsletter", "trending",
                "popular", "outbrain", "taboola", "announcement", "upsell",
                "crosssell"}  # fmt: skip
# Prefixes of run-together class names ("jp-relatedposts", "recommendedarticles").
ASIDE_PREFIXES = ("related", "recommend", "sidebar", "widget", "sponsor", "newsletter")
# Real widgets (chat boxes, AI assistants, tools): blanked, not just labelled.
# "l-..." is the layout prefix of SMACSS class naming ("l-sidebar-fixed": a page layout).
LAYOUT_WORDS = {"has", "no", "with", "without", "content", "layout", "wrap", "l"}
WIDGET_ATTR = re.compile(r"chat|\bbot\b|assistant|modal|popup|symptom-?checker", re.I)
WORDS = re.compile(r"[^a-z0-9]+")

# Link density: a block of at least this many links whose text is mostly link text.
LINK_BLOCKS = {"ul", "ol", "div", "table", "td", "section", "dl", "p", "span", "tr"}
MIN_LINKS = 3
LINK_SHARE = 0.7

# A 2008-era layout table: the row holding the article (at least this much text), short
# rows above and below it (banner, footer) and narrow cells beside it (side columns).
LAYOUT_ARTICLE_TEXT = 500
LAYOUT_FURNITURE_TEXT = 400
LAYOUT_ARTICLE_BLOCKS = 2  # paragraphs and headings in the article's row
SIDE_SHARE = 0.25  # a side cell has at most this share of the article cell's text


def is_hidden(tag: str, attributes: dict[str, str]) -> bool:
    if tag == "dialog" and "open" not in attributes:
        return True
    if HIDDEN_CLASSES.intersection(attributes.get("class", "").lower().split()):
        return True
    if "hidden" in attributes and attributes["hidden"].strip().lower() != "until-found":
        return True
    if attributes.get("aria-hidden", "").strip().lower() == "true":
        return True
    return bool(STYLE_HIDDEN.search(attributes.get("style", "")))


def is_thread(attributes: dict[str, str]) -> bool:
    values = (*attributes.get("id", "").split(), *attributes.get("class", "").split())
    return any(THREAD_VALUES.match(v) for v in values)


def is_widget(attributes: dict[str, str]) -> bool:
    names = ("class", "id", "role", "aria-label", "data-widget")
    return any(widget_value(attributes[n]) for n in names if attributes.get(n))


@functools.lru_cache(maxsize=4096)
def widget_value(value: str) -> bool:
    return bool(WIDGET_ATTR.search(value))


def is_main(tag: str, attributes: dict[str, str]) -> bool:
    if tag in MAIN_TAGS or attributes.get("role", "").strip().lower() == "main":
        return True
    return main_class(attributes.get("class", "")) or main_class(attributes.get("id", ""))


@functools.lru_cache(maxsize=4096)
def main_class(value: str) -> bool:
    return any(MAIN_CLASS.match(v) for v in value.split())


def region_of(
    tag: str, attributes: dict[str, str], *, inside_main: bool
) -> tuple[RegionKind, str] | None:
    """The region an element starts, and why (for ``medlint inspect``)."""
    if tag in ("html", "body"):
        return None  # their classes describe the layout ("has-sidebar"), not a region
    role = attributes.get("role", "").strip().lower()
    if role in ROLES:
        return ROLES[role], f'role="{role}"'
    if tag == "nav":
        return RegionKind.CHROME, "<nav>"
    if tag in ("header", "footer") and not inside_main:
        return RegionKind.CHROME, f"<{tag}>"
    if tag == "aside" and not inside_main:
        return RegionKind.ASIDE, "<aside>"
    if USER_ITEMS.search(attributes.get("itemtype", "")):
        return RegionKind.COMMENTS, f'itemtype="{attributes["itemtype"].strip()}"'
    for name in ("id", "class"):
        for value in attributes.get(name, "").split():
            kind = kind_of_name(value, inside_main=inside_main)
            if kind is not None:
                return kind, f'{name}="{value}"'
    return None


@functools.lru_cache(maxsize=8192)  # class names repeat on every element of a page
def kind_of_name(value: str, *, inside_main: bool) -> RegionKind | None:
    """A CMS class or id value: "comment-list", "widget-area", "site-header", ..."""
    if COMMENT_VALUES.match(value):
        return RegionKind.COMMENTS
    words = [w for w in WORDS.split(value.lower()) if w]
    if not words or LAYOUT_WORDS & set(words):
        return None  # "has-sidebar", "content-sidebar-wrap": layout, not furniture
    if any(w in ASIDE_WORDS or w.startswith(("advert", *ASIDE_PREFIXES)) for w in words):
        return RegionKind.ASIDE
    if any(w in CHROME_WORDS for w in words):
        return RegionKind.CHROME
    if "banner" in words and not inside_main and BANNER_WORDS & set(words):
        return RegionKind.CHROME
    if "header" in words and not inside_main and (len(words) == 1 or SITE_WORDS & set(words)):
        return RegionKind.CHROME
    return None
