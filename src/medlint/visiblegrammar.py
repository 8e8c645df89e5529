"""The grammar of visible metadata (visible.py): labels of dates, names of people and
their credentials, bylines, datelines, review status lines, as regular expressions and
word lists."""

from __future__ import annotations

import re

from medlint import document as d
from medlint.dates import DATE_IN_TEXT

DATE = DATE_IN_TEXT.pattern
MAX_LABEL_BLOCK = 400  # longer blocks are body text: only sentence-initial labels count
HEADER_BLOCKS = 40  # a bare date counts as the byline date only this near the top
SHORT_LINE = 60  # a line this short is a field of its own (a byline, a date line)
MAX_FILLER = 80  # spaces, dashes or bullets before a label on its line
# \s without the line break
INLINE_SPACE = r"\t\x0b\x0c\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
LABEL_WORDS = 4  # "Content last reviewed:" alone in its element labels the next one

# -- labels -------------------------------------------------------------------------------
SUBJECT = (
    r"(?:(?:this|the)\s+(?:web\s*)?(?:page|article|content|information|summary|fact\s*sheet"
    r"|post|story|document|site|guide|leaflet)\s+(?:was|is|has\s+been|were)\s+)"
)
QUALIFIER = (
    r"(?:(?:web\s*)?page|content|article|information|summary|document|fact\s*sheet|post|story"
    r"|date(?:\s+of)?|latest|last|first|originally|initially|most\s+recent(?:ly)?|recently"
    r"|medically|clinically|medical|clinical|expert|editorially|professionally)"
)
FAMILIES: tuple[tuple[str, str], ...] = (
    (d.NEXT_REVIEW, r"next\s+review(?:\s+due)?|review\s+due|due\s+for\s+review"),
    (d.DATE_MODIFIED, r"updated|updates?|modified|modification|revised|revision|edited|changed"),
    (d.LAST_REVIEWED, r"reviewed|review(?!\s+by)"),
    (d.DATE_PUBLISHED, r"published|publication|posted|released|issued|created|written"),
)
LABEL_TAIL = (
    r"(?:\s+(?:to|of)\s+this\s+(?:summary|page|article|document|information))?"
    r"(?:\s+date)?(?:\s+(?:on|at|in|as\s+of))?"
)
SEP = r"\s*(?P<sep>[:\-–—|]\s*|\(\s*)?"
# Where a label may start: the block or a line, after a field separator, after a sentence.
# The filler before a label stays on its line (a line break is covered by ``^``, the pattern
# being MULTILINE) and is bounded, so a long run of blank lines, spaces or bars costs linear
# time (round 17: 20,000 blank lines took minutes, each line start consuming all the rest).
ANCHOR = (
    r"(?:^|(?<=[|•·;])|(?<=[.!?]\s)|(?<=\S\s\s\s))"
    rf"[{INLINE_SPACE}\-–—*_>#•·|(\[]{{0,{MAX_FILLER}}}+"
)
# A labelled date ends its field: "Published October 27, 2011 online in The Lancet" is prose;
# a word glued to the date ("June 3, 2025View editorial policy") is the next scraped element.
FIELD_END = r"(?=[A-Z]|[ \t]*(?:$|[|•·;.,)\]\-–—(/]|[ \t]{2}|by\b|at\b|\d{1,2}:\d\d))"
LABELLED_DATE = re.compile(
    rf"{ANCHOR}(?P<label>{SUBJECT}?(?:{QUALIFIER}\s+){{0,3}}"
    + "(?:"
    + "|".join(f"(?P<f{i}>{words})" for i, (_key, words) in enumerate(FAMILIES))
    + rf"){LABEL_TAIL}){SEP}(?P<date>{DATE}){FIELD_END}",
    re.IGNORECASE | re.MULTILINE,
)

# -- names ----------------------------------------------------------------------------------
HONORIFIC = r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+"
NAME_WORD = r"[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*|[A-Z]\.|[A-Z](?=\s)"
PARTICLE = r"(?:de|del|della|der|den|di|du|da|dos|van|von|la|le|bin|ibn|al|el|y)"
CREDENTIAL = (
    r"(?:(?:[A-Z]\.?){2,6}(?:-[A-Z]{1,3})?|Ph\.?\s?D\.?|Pharm\.?\s?D\.?|M\.?Sc\.?|B\.?Sc\.?"
    r"|Dr\.?P\.?H\.?|Psy\.?D\.?|Ed\.?D\.?|MBChB|MBBS|MRCGP|FRCP|FRCPC|DrPH)(?![A-Za-z])"
)
PERSON = (
    rf"(?:{HONORIFIC})?(?:{NAME_WORD})(?:\s+(?:(?:{PARTICLE})\s+)?(?:{NAME_WORD})){{1,4}}"
    rf"(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?(?:,?\s+{CREDENTIAL}){{0,4}}"
)
ASIDE = r"(?:\s*\([^()\n]{1,60}\))?"  # "Dr. Hannah Whitaker (clinical psychologist)"
PEOPLE = re.compile(
    rf"(?P<people>{PERSON}{ASIDE}(?:\s*(?:,\s*and|,|and|&|;)\s*{PERSON}{ASIDE}){{0,5}})"
)
ONE_PERSON = re.compile(PERSON)
PLACEHOLDER = re.compile(
    r"^\W*(?:tbd|tba|tbc|n/?a|none|nobody|unknown|pending|to\s+be\s+(?:determined|announced"
    r"|confirmed)|not\s+(?:yet\s+)?(?:assigned|reviewed)|\[.*\]|<.*>|x+|\?+|-+)\W*$",
    re.IGNORECASE,
)
# Words that make a "name" an organisation or a role, not a person.
NOT_PERSON = re.compile(
    r"\b(?:team|staff|board|editorial|editors?|committee|panel|network|department|clinic"
    r"|hospital|cent(?:er|re)|institute|foundation|association|society|council|group"
    r"|university|college|services?|news|today|health|medical|magazine|press|pending|draft"
    r"|approved|status|updated|reviewed|published|posted|page|article|content|summary)\b",
    re.IGNORECASE,
)
REVIEWER_LABEL = re.compile(
    rf"{ANCHOR}(?P<label>{SUBJECT}?(?:(?:last\s+)?(?:medically|clinically|medical(?:ly)?"
    r"|clinical(?:ly)?|expert|peer|professionally|fact[- ]checked\s+and|scientifically)\s+)?"
    r"(?:reviewed|fact[- ]"
    r"checked|approved|vetted|verified)\s+by|(?:(?:current|lead|our)\s+)?"
    r"(?:(?:medical|clinical|expert|peer|content)\s+)?"
    r"review(?:er|ers|ed)?(?:\s+by)?(?=\s*[:\-–—]))\s*[:\-–—]?\s*",
    re.IGNORECASE | re.MULTILINE,
)
BYLINE = re.compile(
    rf"{ANCHOR}(?P<label>(?:(?:content|article|story|text|words|posted|written|created)\s+)?by"
    r"|author(?:s|ed\s+by)?\s*:)\s+",
    re.IGNORECASE | re.MULTILINE,
)
# A date after a byline: "By Jane Doe | May 3, 2018", "By Jane Doe, published on 3 May 2018".
BYLINE_DATE = re.compile(
    rf"\s*(?:[|,·•—–\-]\s*)?(?:(?:published|posted)\s+)?(?:on\s+)?(?P<date>{DATE})", re.I
)
REVIEWERS_HEADING = re.compile(
    r"^\W*(?:(?:medical|clinical|expert|peer|content)\s+)?review(?:ers?|ed\s+by)"
    r"(?:\s+and\s+updates?)?\W*$",
    re.IGNORECASE,
)
ON_DATE = re.compile(rf"\s*,?\s*(?:on|in)\s+(?P<date>{DATE})", re.IGNORECASE)
TRAILING_BY = re.compile(
    r"(?P<label>(?:(?:medically|clinically|expert|peer)\s+)?reviewed\s+by|by)\s*:?\s*$",
    re.IGNORECASE,
)

# -- datelines ------------------------------------------------------------------------------
WIRE = (
    r"(?:/\s*[A-Za-z\- ]*(?:Newswire|Wire|PRNewswire)[A-Za-z\- ]*/|\(\s*[A-Z][A-Za-z .&]{1,30}"
    r"(?:News|Reuters|AP|Wire|Press)[A-Za-z .]*\)|--|—|–)"
)
DATELINE = re.compile(
    rf"^[\s*_]*(?P<place>[A-Z][A-Za-z .,'\-]{{1,40}}?),\s+(?P<date>{DATE})\s*{WIRE}",
    re.IGNORECASE,
)

# -- review status --------------------------------------------------------------------------
STATUS_LINE = re.compile(
    r"(?:^|(?<=[|•·;])|(?<=\S\s\s\s))[\s*_>#\-]*(?P<label>(?:(?:review|editorial|approval"
    r"|publication|publishing|content|article|page|clinical|medical|workflow)\s+)?status)"
    r"\s*[:\-–—]\s*(?P<value>[A-Za-z][A-Za-z \-]{1,40}?)[ \t]*(?:[.|•;(\n]|$)",
    re.IGNORECASE | re.MULTILINE,
)
STATUS_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("draft", re.compile(r"\b(?:draft|unpublished|not\s+approved|rejected)\b", re.I)),
    (
        "pending-review",
        re.compile(
            r"\b(?:pending|awaiting|in\s+review|under\s+review|in\s+progress|not\s+(?:yet\s+)?"
            r"reviewed|unreviewed|needs\s+review|submitted)\b",
            re.I,
        ),
    ),
    (
        "approved",
        re.compile(r"\b(?:approved|reviewed|published|final|completed?|signed\s+off)\b", re.I),
    ),
)
PENDING = re.compile(
    r"\b(?:content|article|page|information|text|this)\s+(?:is\s+|has\s+been\s+)?(?:currently\s+|"
    r"still\s+)?(?:pending|awaiting|undergoing|under)\s+(?:a\s+)?(?:human\s+|medical\s+|clinical\s+|"
    r"editorial\s+|expert\s+|professional\s+)?review"
    r"|\b(?:content|article|page|information|text|this)\s+has\s+not\s+(?:yet\s+)?been\s+"
    r"(?:medically\s+|clinically\s+|professionally\s+|expert[- ])?reviewed",
    re.I,
)
AI_UNREVIEWED = re.compile(
    r"\b(?:(?:ai|artificial[- ]intelligence)[- ]generated"
    r"|(?:generated|written|created)\s+(?:by|with|using)\s+"
    r"(?:an?\s+)?(?:ai|artificial\s+intelligence|language\s+model|llm|chatgpt))\b",
    re.I,
)
CHECKED_BY = re.compile(r"\b(?:reviewed|checked|verified|edited|approved)\s+by\b", re.I)
DRAFT_BANNER = re.compile(r"^\W*\[?draft\]?(?:\s*[:\-–—].*|\s*)$", re.I | re.S)
# Round 60 (D68): a header line that holds a full date among byline furniture ("Apr 2, 2025"
# above "AI Therapist Team" in one block, "Wael Tinawi • May 1, 2024", "by John Brana
# October 27, 2023", "19 November 2025 0 Comments", "Oct 19, 2021 | Body"): in the first
# HEADER_LINE_BLOCKS blocks, their first HEADER_LINES lines, a line at most HEADER_LINE long
# whose words outside the date are at most HEADER_LINE_WORDS; the date has a day, a month
# and a year (a month and a year alone is a bare date only on a line of its own).
HEADER_LINE_BLOCKS = 6
HEADER_LINES = 4
HEADER_LINE = 80
HEADER_LINE_WORDS = 6
LETTER_WORD = re.compile(r"[^\W\d_]+")  # a word of letters, counted beside a header date
FULL_DATE = re.compile(
    r"\d{4}-\d\d-\d\d|\d{4}/\d\d?/\d\d?|\d\d?[/.]\d\d?[/.]\d{4}"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\b\D+\d{4}|\D\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}",
    re.I,
)
# ... and a date field that opens a line of such a block ("date 2025-07-04 Kerala Health
# Department ...", "Date: 3 May 2018": a page's own date label, no verb).
DATE_FIELD = re.compile(rf"^[^\w\n]*date[ \t]*[:\-]?[ \t]*(?P<date>{DATE})\b", re.I)
# D68b (the review's mend): not another thing's date. Words on the line that name another kind
# of date (an event's, an appointment's, a birth's, a product's, a cookie policy's), a range
# of dates, an unlabelled numeric date that reads two ways, or a label before the date that
# is not the page's own (a label ending in ":" other than a publication or update word).
OTHER_DATE_WORDS = re.compile(
    r"@|\b(?:born|died|expires?|expiry|use\s+by|best\s+before|appointments?|events?|"
    r"symposium|conference|webinar|meeting|workshop|session|seminar|summit|deadline|opens|"
    r"closes|registration|register|tickets?|cookies?|copyright|privacy|terms|reply|replied|"
    r"dear)\b|©|^\s*\|",
    re.I,
)
FIELD_TAIL = 30  # characters after a date field in which another kind of date is named
DATE_RANGE = re.compile(
    rf"(?:{DATE})\s*(?:-|–|—|to|until)\s*\d|\d\s*(?:-|–|—|to|until)\s*(?:{DATE})", re.I
)
AMBIGUOUS_NUMERIC = re.compile(r"(?:0?[1-9]|1[0-2])[/.](?:0?[1-9]|1[0-2])[/.]\d{4}")
OTHER_LABEL = re.compile(r"(?<!published)(?<!posted)(?<!updated)(?<!date)(?<!on)\s*:\s*$", re.I)
BARE_DATE = re.compile(
    rf"^\W*(?P<date>{DATE})(?:,?\s+(?:at\s+)?\d{{1,2}}:\d\d(?:\s*[ap]\.?m\.?)?)?\s*"
    r"(?:[,|·•\-–—]\s*)?(?:by\b.*)?$",
    re.I | re.S,
)


ON = re.compile(r".*\bon$", re.I | re.S)
# The source of a block that is only a link (a teaser's title): Markdown or HTML.
LINK_ONLY = re.compile(
    r"\s*(?:[-*+]\s+|#{1,6}\s+|\d+[.)]\s+)?(?:\[[^\]\n]+\]\([^)\n]*\)"
    r"|(?:<(?!a\b)[^>]*>\s*)*<a\b[^>]*>[^<]*(?:<(?!/a)[^>]*>[^<]*)*</a>(?:\s*<[^>]*>)*)\s*$",
    re.IGNORECASE,
)
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
DATE_LABEL_WORDS = ("updat", "modif", "revis", "edit", "chang", "review", "publi", "post",
                     "releas", "issued", "creat", "written")  # fmt: skip
REVIEWER_WORDS = ("review", "checked", "approved", "vetted", "verified")
PROSE_STATUS_WORDS = ("review", "generat", "written", "created")
