"""What kind of page an article is, for the red-flag rules (issue 12).

Patient information is judged as patient information; news and research reports by their
own standard (MED109 asks them at most for a prompt to see a professional, as a warning);
and pages where readers are not told what to do about a condition - a genetics explainer,
statistics, a clinical-trial listing, insurance, a dictionary entry, a product page, a
listing of other pages - are not asked for "when to get help" at all (MED112).

The genre is declared in metadata (front matter ``genre``, ``type``, ``articleType`` or
``contentType``; JSON-LD ``@type`` ``NewsArticle``/``ScholarlyArticle``) or detected from
the title, the headings and the text. The boundary was set on the dev split of
tests/eval/redflags (docs/red-flags.md, "Safety net").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medlint.document import Document

ARTICLE = "patient information"
NEWS = "news or research report"
GENETICS = "genetics explainer"
STATISTICS = "statistics"
TRIALS = "clinical-trial listing"
INSURANCE = "insurance"
GLOSSARY = "dictionary or glossary"
PRODUCT = "product page"
LISTING = "listing page"

_DECLARED = {
    NEWS: re.compile(r"news|press|research|study|report|blog|scholarly|journal|abstract", re.I),
    GLOSSARY: re.compile(r"glossary|dictionary|definition", re.I),
    PRODUCT: re.compile(r"product|offer", re.I),
    ARTICLE: re.compile(r"patient|consumer|health ?topic|medical ?web ?page|article|guide", re.I),
}
_JSON_LD_NEWS = re.compile(
    r'"@type"\s*:\s*"(?:NewsArticle|ScholarlyArticle|Report|BlogPosting|PressRelease)"'
)
_TITLE = {
    NEWS: re.compile(
        r"\b(?:news|research|researchers|study|studies|scientists|findings|highlights|"
        r"telebriefing|briefing|press release|currents|advances in|trial results|update on)\b",
        re.I,
    ),
    STATISTICS: re.compile(
        r"\b(?:statistics|data|facts and figures|surveillance|by the numbers)\b", re.I
    ),
    TRIALS: re.compile(r"\bclinical trials?\b|\btrials? (?:listing|search)\b", re.I),
    INSURANCE: re.compile(
        r"\b(?:insurance|medicare|medicaid|coverage|billing|health plans?)\b", re.I
    ),
    GLOSSARY: re.compile(r"\b(?:dictionary|glossary|definitions?|terms)\b", re.I),
    LISTING: re.compile(
        r"\b(?:article listing|archive|index of|search results|page \d+|resources"
        r"|fact of the week)\b",
        re.I,
    ),
}
_GENETIC_TITLE = re.compile(r"\b(?:familial|hereditary|inherited|genetics? of)\b", re.I)
_GENETIC_HEADING = re.compile(
    r"\bgenetic changes\b|\binherit(?:ed|ance)?\b|\bgenes? (?:related|associated)\b", re.I
)
_NEWS_TEXT = re.compile(
    r"\b(?:researchers|scientists|investigators) (?:found|report|reported|say|said|showed|"
    r"discovered|studied|led by)\b|\b(?:the|a|this|new) study\b|\bpublished (?:online )?in\b|"
    r"\bfunded by\b|\bthe findings\b|\bthe trial\b",
    re.I,
)
_PRODUCT_TEXT = re.compile(
    r"\badd to (?:cart|basket|bag)\b|\bbuy now\b|\bin stock\b|\bfree shipping\b|"
    r"\bsupplement facts\b|[$£€]\s?\d+(?:\.\d\d)?\b",
    re.I,
)
_TRIAL_TEXT = re.compile(r"\bNCT\d{8}\b|\beligibility criteria\b|\bnow enrolling\b", re.I)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Genre:
    value: str
    reason: str

    @property
    def is_news(self) -> bool:
        return self.value == NEWS

    @property
    def expects_help(self) -> bool:
        """Would a careful editor expect "when to get help" on this page?"""
        return self.value == ARTICLE


def _declared(document: Document) -> Genre | None:
    front = document.front_matter or {}
    for key in ("genre", "type", "articleType", "article_type", "contentType", "content_type"):
        value = front.get(key)
        if isinstance(value, str):
            for genre, pattern in _DECLARED.items():
                if pattern.search(value):
                    return Genre(genre, f"front matter {key!r} says {value!r}")
    if document.kind == "html" and (m := _JSON_LD_NEWS.search(document.source)):
        return Genre(NEWS, f"JSON-LD says {m.group()!r}")
    return None


def detect(document: Document) -> Genre:
    """The genre of a page, with the evidence (for messages and ``medlint inspect``)."""
    declared = _declared(document)
    if declared is not None:
        return declared
    title = document.title or next((s.heading for s in document.sections), "")
    for genre, pattern in _TITLE.items():
        if m := pattern.search(title):
            return Genre(genre, f"the title says {m.group()!r}")
    if m := _GENETIC_TITLE.search(title):
        return Genre(GENETICS, f"the title says {m.group()!r}")
    genetic = [s.heading for s in document.sections if _GENETIC_HEADING.search(s.heading)]
    if genetic:
        return Genre(GENETICS, f"the heading {genetic[0]!r}")
    text = document.masked
    words = max(1, len(_WORD.findall(text)))
    news = _NEWS_TEXT.findall(text)
    if len(news) >= 3 and len(news) * 250 >= words:
        return Genre(NEWS, f"the text reports research ({len(news)} times, e.g. {news[0]!r})")
    if len(_PRODUCT_TEXT.findall(text)) >= 2:
        return Genre(PRODUCT, "the page sells a product (prices, 'add to cart')")
    if m := _TRIAL_TEXT.search(text):
        return Genre(TRIALS, f"the text says {m.group()!r}")
    return Genre(ARTICLE, "no other genre is declared or detected")
