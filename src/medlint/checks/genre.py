"""What kind of page an article is, for the red-flag rules (issue 12).

Patient information is judged as patient information; news and research reports by their
own standard (MED109 asks them at most for a prompt to see a professional, as a warning);
and pages where readers are not told what to do about a condition - a genetics explainer,
statistics, a clinical-trial listing, insurance, a dictionary entry, an encyclopedia
article, a product page, a listing of other pages - are not asked for "when to get help" at
all (MED112).

The genre is declared in metadata (front matter ``genre``, ``type``, ``articleType`` or
``contentType``; JSON-LD ``@type`` ``NewsArticle``/``ScholarlyArticle``) or detected from
the title, the headings and the text. The boundary was set on the dev split of
tests/eval/redflags (docs/red-flags.md, "Safety net").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from medlint.document import Document, RegionKind
from medlint.quickscan import LiteralGate, gated, leading, literal_gate, scan_lowered

ARTICLE = "patient information"
NEWS = "news or research report"
GENETICS = "genetics explainer"
STATISTICS = "statistics"
TRIALS = "clinical-trial listing"
INSURANCE = "insurance"
GLOSSARY = "dictionary or glossary"
PRODUCT = "product page"
LISTING = "listing page"
RARE = "rare-disease summary"
TREATMENT = "treatment or drug page"
DRUG = "drug information page"
VIDEO = "video page"
ENCYCLOPEDIA = "encyclopedia article"

# The short names rule files declare their genres by (``genres:`` in a rule file,
# schemas/rule.schema.json; the engine skips a rule on a page of another genre).
IDS = {
    ARTICLE: "article",
    NEWS: "news",
    GENETICS: "genetics",
    STATISTICS: "statistics",
    TRIALS: "trials",
    INSURANCE: "insurance",
    GLOSSARY: "glossary",
    PRODUCT: "product",
    LISTING: "listing",
    RARE: "rare-disease",
    TREATMENT: "treatment",
    DRUG: "drug",
    VIDEO: "video",
    ENCYCLOPEDIA: "encyclopedia",
}

# Whole words of a declared genre (round 50, after N50's review): "news", "press release",
# "research report", "Study", "NewsArticle" (a CamelCase name split into words first by
# `_CAMEL`); not a word that holds one ("newsletter", "Express guide", "byproduct",
# "offering").
_DECLARED = {
    NEWS: re.compile(
        r"\b(?:news|press|research|study|studies|reports?|scholarly|journal|abstract)\b", re.I
    ),
    GLOSSARY: re.compile(r"\b(?:glossary|dictionary|definitions?)\b", re.I),
    PRODUCT: re.compile(r"\b(?:products?|offers?)\b", re.I),
    ARTICLE: re.compile(
        r"\b(?:patient|consumer|health ?topics?|medical ?web ?page|articles?|guides?)\b", re.I
    ),
}
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_JSON_LD_NEWS = re.compile(r'"@type"\s*:\s*"(?:NewsArticle|ScholarlyArticle|Report|PressRelease)"')
# A page's declared address in a site's news or research section ("/types/lung/research/...",
# "/news/2023/..."), not the last part of the address (a "/research" landing page).
_NEWS_SECTION = re.compile(
    r"^(?:[a-z]+:)?//[^/]+/(?:[^/?#]+/)*?(news|newsroom|news-events|press|press-releases"
    r"|research)/[^/?#]+",
    re.I,
)
# S100 (round 66; a re-test of G31, S34 and G56): a blog's own section named "news"
# ("https://<shop>/blogs/news/<post>", the default handle of an online shop's blog,
# "/blog/news/") is the blog, not a news section: of the 69 pages at such an address in the
# development halves of the labelled sets through rel507, 66 are labelled web pages (60 of
# them warranted warning signs), posts on symptoms and remedies that readers act on. Like
# any blog address it decides nothing; the title and the text still can. Only "news": a
# blog's "press" or "research" section still decides (S100b, after its review), and so does
# a post at such an address that reports research at least BLOG_RESEARCH times
# (``_NEWS_TEXT``: "researchers report", "a study"; elsewhere a report of research needs
# three and a density).
_BLOG_HANDLE = re.compile(r"/blogs?/$", re.I)
BLOG_RESEARCH = 2
# A notice to the public in a news section, or under a news title ("update on"): it tells
# readers that cases have occurred where they are (a school's letter, a council's notice) or
# advises the public what to do (a health department's heat or outbreak release). Such a
# page is advice the reader may act on, judged as patient information, unless it reports
# research (``_NEWS_TEXT``, at most NOTICE_RESEARCH times). Vocabulary of notices, never
# of a disease: a case report in a place, an exposure, an outbreak, the public urged or
# advised, readers told to watch for signs or symptoms (in their child).
_NOTICE = re.compile(
    r"\bcases? of [\w\s()-]{1,40}?\b(?:in|at|among) (?:the |our |your |this )?(?:child's )?"
    r"(?:school|nursery|class(?:room)?|playgroup|setting|year \d|area|community|county|city"
    r"|region|district|borough|state|ward|camp|home)\b"
    r"|\b(?:has|have) been (?:reported|confirmed|diagnosed|detected) (?:in|at|among) "
    r"(?:the |our |your |this )?(?:school|nursery|class|area|community|county|region|district)\b"
    r"|\b(?:may|might|could) have been exposed\b|\boutbreaks? of\b"
    r"|\b(?:are|is) (?:being )?(?:urged|advised|reminded|encouraged) (?:to|that)\b"
    r"|\b(?:look out|watch(?: \w+){0,3}|keep an eye out) for (?:any |the )?(?:signs|symptoms)\b"
    r"|\b(?:urges|urging|advises|advising|reminds|reminding) (?:the public|residents|people"
    r"|parents|carers|families|everyone|communities)\b"
    # a letter to the readers: its salutation ("Dear Parents/Carers", "Dear parent or carer")
    r"|^[ \t*_>]*dear (?:all )?(?:parents?|carers?|guardians?|families|residents|patients)\b",
    re.I | re.M,
)
NOTICE_RESEARCH = 1
_CANONICAL = re.compile(
    r"<link\b[^>]{0,300}?rel=[\"']?canonical[\"']?[^>]{0,300}?href=[\"']([^\"'>\s]+)"
    r"|<meta\b[^>]{0,300}?property=[\"']og:url[\"'][^>]{0,300}?content=[\"']([^\"'>\s]+)",
    re.I,
)
_CANONICAL_REVERSED = re.compile(
    r"<link\b[^>]{0,300}?href=[\"']([^\"'>\s]+)[\"'][^>]{0,300}?rel=[\"']?canonical\b", re.I
)
MAX_HEAD = 20_000
# An encyclopedia article (Wikipedia and its mirrors and dumps): it describes a condition for
# reference and, by the encyclopedia's own policy, gives no medical advice, so readers are
# not told when to get help there (the dev8 labels: Wikipedia's Anaphylaxis lead and a copy
# of its Thunderclap headache article, not warranted). Told by the encyclopedia's own
# wording (its strapline, a mirror's credit line), the address or source the page declares,
# never by the word "encyclopedia" alone: MedlinePlus's Medical Encyclopedia is patient
# information.
_ENCYCLOPEDIA_TEXT = re.compile(
    r"\bwikipedia, the free encyclopedia\b|\bmaterial from the wikipedia article\b",
    re.I,
)
_ENCYCLOPEDIA_SOURCE = re.compile(r"(?:^|[/.\s(])(?:[a-z-]+\.)?wikipedia(?:\.org)?\b", re.I)
# ... or its footer says where it was retrieved from (a saved Wikipedia page).
_ENCYCLOPEDIA_FOOTER = re.compile(r"\bretrieved from\W{0,3}https?://[\w.-]*wikipedia\.org/", re.I)
# Both read every page's head or foot, behind the literals they need (quickscan.gated).
_ENCYCLOPEDIA_TEXT, _ENCYCLOPEDIA_FOOTER = gated(_ENCYCLOPEDIA_TEXT), gated(_ENCYCLOPEDIA_FOOTER)
ENCYCLOPEDIA_HEAD = 3_000
_SOURCE_KEYS = ("source", "publisher", "site_name", "site")
_TITLE = {
    NEWS: re.compile(
        r"\b(?:news|research|researchers|study|studies|scientists|findings|highlights|"
        r"telebriefing|briefing|press release|currents|advances in|trial results|update on)\b",
        re.I,
    ),
    STATISTICS: re.compile(
        r"\b(?:statistics|data|facts and figures|surveillance|by the numbers)\b", re.I
    ),
    # "Clinical Trials", a trial search, or a trial's own page: a title whose head is "trial"
    # ("FORTE Colorectal Cancer Prevention Trial - NCI")
    TRIALS: re.compile(
        r"\bclinical trials?\b|\btrials? (?:listing|search)\b|\btrial\s*(?:$|[-–—|:(])", re.I
    ),
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
# A news report by how it tells what it says (round 41, from the dev halves of rel86-rel166,
# whose labellers mark news stories, and J40's judges, who read a consult prompt or warning
# signs asked of outbreak reports, case reports and regulator news as asked of the wrong
# page): it attributes its words to people ("..., the health officer said", "told
# reporters", "told CNN"), dates events by the day or the week ("on Tuesday", "last week"),
# speaks of officials and of what was announced, or carries a wire service's dateline
# credit. Patient information quotes its sources' findings ("according to the Mayo Clinic")
# and seldom reports what someone said; a consumer feature that quotes people three times
# is read as a news feature, as the page labellers read it. Vocabulary of reporting, never
# of a disease; the thresholds are REPORTED_* below.
_ATTRIBUTED = re.compile(r"\b(?:said|told (?:the )?(?:reporters\b|[A-Z]\w+))")
# "said" that attributes nothing: a passive or a report of belief ("Ginger is said to ease
# nausea"), a discourse marker ("That said", "Having said that") or the writer's own words
# ("as we said above"), or words reported back to the reader ("Take it as your doctor
# said", "what the pharmacist said"), read in the words before it. ("told" counts only of
# reporters or a named outlet: "told CNN", not "told a partner".)
_NOT_ATTRIBUTION = re.compile(
    r"\b(?:is|are|was|were|be|been|being|having|that)\s+$|\b(?:as|what)(?:\s+[\w'’]+){0,3}\s+$",
    re.I,
)
ATTRIBUTION_REACH = 20  # characters before an attribution read for what cancels it
_WEEKDAY = re.compile(
    r"\b(?:on|last|this|since|by|next|early|late) "
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.I,
)
# ... and the day of a past event, which a report names and patient information does not
# (round 42, N42: on the dev halves of rel86-rel187, every page with one is labelled news):
# "on Monday", "late Friday", "since Tuesday"; not "by Friday" or "next Monday" (a reader's
# plan), nor a weekday alone ("open Monday to Friday")
_EVENT_DAY = re.compile(
    r"\b(?:on|last|since|early|late) "
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.I,
)
# the reader or the writer ("US", the country, is neither)
_PERSONAL = re.compile(
    r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Mm]y|me|[Ww]e|[Oo]ur|us|[Hh]e|[Ss]he|[Hh]is|[Hh]er|him|"
    r"[Tt]hey|them)\b"
    r"|(?<!Type )(?<!Phase )(?<!Stage )(?<!Grade )(?<!Class )(?<!Part )\bI\b"
)
# a body that acts in a report: an acronym (FDA, CDC), an institution or its people
_INSTITUTION = re.compile(
    r"(?<!\bto )(?<!\bin )(?<!\bat )(?<!\bto the )(?<!\bin the )(?<!\bat the )(?<!\bto a )"
    r"\b(?:(?!(?:AM|PM|OK|TV)\b)[A-Z]{2,6}s?|Department|Agency|Administration|Ministry|Council|Commission|"
    r"Authority|Board|Services?|Institutes?|Cent(?:er|re)s?|Hospital|Clinic|University|"
    r"College|School|Company|Inc|Ltd|Corp|Court|Police|Government|County|City|State|Journal|"
    r"Territory|Province|Parliament|Congress|Senate|Legislature|lawmakers|government|"
    r"officials?|authorities|panel|committee|agency|hospitals?|clinics?|company|facility|"
    r"researchers|scientists|regulators?|department|manufacturer|journal|court|police)\b"
)
_PAST = re.compile(
    r"\b(?:\w{2,}(?<!e)(?<!hundr)ed|was|were|had|began|said|told|took|gave|made|found|rose|fell|led|held|"
    r"sent|won|saw|came|went|left|paid|sold|broke|spoke|wrote|chose|grew|drew|got|met|ran|"
    r"struck|sought|brought|bought|kept|lost|became)\b"
)
_PRESENT_AUX = re.compile(r"\b(?:is|are|am|be|being|gets?|will|'s|'re)\s+(?:\w+\s+)?$", re.I)
# a recurring or planned day: "the last Monday of the month", "on Monday and open on ..."
_SCHEDULED = re.compile(r"\s+(?:of\b|and\s+(?:open|close|reopen)|through\b|to\s+\w+day\b)", re.I)
_MAINTENANCE = re.compile(
    r"\b(?:this (?:page|article|post|site)|last (?:reviewed|updated))\b", re.I
)
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")
_SENTENCE_REACH = 400
EVENT_DAY_WORDS = 40
# a recent period of the report's own time ("last week", "this month", "earlier this
# year"; not a year or a season alone, "this year's flu vaccine", "diagnosed last year",
# which patient information and its patients' stories say too)
_RECENT = re.compile(
    r"\b(?:last|this|earlier this|later this) (?:week|month)\b|\b(?:earlier|later) this year\b",
    re.I,
)
# (not "reported" or "confirmed": "the most commonly reported side effect", "a confirmed
# diagnosis" are patient information's words too)
_OFFICIAL = re.compile(r"\b(?:officials?|spokes(?:person|man|woman)|authorities|announced)\b", re.I)
# A wire service's credit as a dateline at the start of a block, before a dash ("(AP) -",
# "LONDON (Reuters) -", "RIO DE JANEIRO, Brazil, March 3, 2020 (AP) -"): alone or after a
# place in capitals; not an abbreviation in brackets ("Alpha fetoprotein (AFP) - a
# protein", "Anteroposterior (AP) - taken lying down"). A block starts at a line or, in an
# HTML page's masked text, after the blanks of a tag.
# Round 46 (R46): linear in the text. A block start after blanks is tried only where the
# blanks begin (two whitespace characters, the one before them not a blank): the other
# places in a run of blanks give the same match or none, so the leftmost match is the same,
# but trying them all read the rest of the run from each (80,000 blanks after a credit took
# 134 s). The place before the credit has at most 13 capital words ("RIO DE JANEIRO"), so a
# page of capital words after double blanks is not read to its end from every word.
_WIRE = re.compile(
    r"(?:^|\n|(?<=\s\s)(?<![^\S\n]{3}))[^\S\n]*(?:[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+){0,12}"
    r"(?:,[ \t]*[\w.]+"
    r"(?:[ \t]+[\w.]+){0,2}){0,4}[ \t]+)?\((?:AP|Reuters(?: Health)?|AFP|UPI|CNN"
    r"|HealthDay(?: News)?)\)[ \t]*[-—–]"
)
# ... behind its literal gate (a credit "(AP)", "(Reuters)" ... is in every match): most
# pages have none, and the scan from every block start took a tenth of the run on 300
# corpus pages (round 45's profile, docs/performance.md); the gate reads the page once.
_WIRE = gated(_WIRE)
# Attributions alone; attributions with a date, recency, officials or a wire credit; or a
# wire credit.
REPORTED_ALONE = 3
REPORTED_WITH = 2
REPORTED_OFFICIALS = 2
# A headline: the title is a clause, a subject of one to six words and a news verb with
# something after it ("FDA approves human bird flu vaccine", "Coffee Drinkers May Live
# Longer", "Multi-cancer blood test falls short in NHS trial"). Patient information titles
# are noun phrases, how-tos and questions; so not a title opening with an interrogative, a
# modal or a number ("How Smoking Increases ...", "Can Curcumin ...", "10 Foods That ..."),
# nor a verb after a relative or the reader ("Foods That May Lower ...", "Signs You May
# Have ..."). Round 24, from the dev halves of rel24-rel27 (15 of 25 news, 0 of 48 web pages).
# Not a participle that is also an adjective ("Drugs Approved for Lung Cancer", a listing).
# The parts both headline patterns share: the words a headline does not open with (an
# interrogative, a modal: a question or a list), its subject of one to six words, and the
# words a news verb does not follow (a relative or the reader: "Foods That May ...").
_NOT_HEADLINE_OPENERS = (
    r"how|what|why|when|where|which|who|whose|can|could|does|do|did|is|are|was|were|"
    r"should|will|would|may|might|has|have|top|best"
)
_HEADLINE_SUBJECT = r"(?:[\w'’.-]+\s+){1,6}?"
_NOT_AFTER_RELATIVE = (
    r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )(?<!\byou )(?<!\byour )(?<!\bi )(?<!\bwe )"
)
_HEADLINE = re.compile(
    rf"^(?!(?:{_NOT_HEADLINE_OPENERS}|\d+)\b)"
    + _HEADLINE_SUBJECT
    + _NOT_AFTER_RELATIVE
    + r"(?:approves?|finds|found to|shows|reveals|linked to|tied to|reduces|raises|"
    r"increases|lowers|boosts|slows|may|could|might|wins|fails|warns|suggests|launches|"
    r"offers|halts|doubles|triples|prevents|falls short)(?=\s+\w)",
    re.I,
)
# The words no event headline opens with (``_EVENT_HEADLINE``, ``_PASSIVE_HEADLINE``,
# ``_PART_HEADLINE``): a question word or modal, a determiner, a pronoun, "if".
_EVENT_OPENERS = (
    rf"{_NOT_HEADLINE_OPENERS}|the|a|an|this|these|that|those|it|its|"
    r"if|your|my|our|their|his|her"
)
# G44 (round 44): a headline that reports an event ("NAFDAC recalls Deekins capsules",
# "Outbreak of Rare Virus Hits North District Hospital", "Health Ministry issues
# statement", "UK agency warns against ..."): a subject of one to six words that does not
# open with a determiner, a pronoun or "if", then a verb of an event in the present (no
# participle: "Drugs banned in pregnancy" is a listing) not after a possessive or an
# article ("My battles with depression"), then an object, not a preposition, a conjunction
# or a participle ("Skin issues in diabetes", "Self-harm urges and ...", "DNR orders
# explained"); "kills" only of a count of people ("Flu kills 40", not "kills 99.9% of
# germs"). Read in the whole title and in each part after a label or a question.
_EVENT_HEADLINE = re.compile(
    rf"^(?!(?:{_EVENT_OPENERS}|\d+)\b)"
    + _HEADLINE_SUBJECT
    + _NOT_AFTER_RELATIVE
    + r"(?<!\bmy )(?<!\bour )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\bthe )"
    r"(?<!\ba )(?<!\ban )(?<!\bthis )(?<!\bthese )"
    r"(?:(?:recalls|declares|confirms|announces|hits|battles|bans|fines|unveils|investigates|"
    r"sues|seizes|issues|warns|urges|advises|upgrades|expands|"
    r"cracks down on|calls for|appeals for)"
    r"(?=\s+(?!(?:in|on|with|and|or|after|of|for|to|from|at|during|by|as|about|without|into|"
    r"is|are|was|were|be)\b)[\w'’]+(?<!ed)\b)"
    r"|kill(?:s|ed)(?=\s+\d[\d,]*(?!\s*%|\.\d|\s*percent)\b))",
    re.I,
)
# N53 (round 53): an event said in the passive, as headlines drop the auxiliary ("Measles
# case reported on campus", "Kombucha recalled due to alcohol content", "Seized pills
# confirmed as fakes"): a subject as in ``_EVENT_HEADLINE`` (no determiner, pronoun, "if"
# or a patient's gerund - "Having", "Getting" - to open it), a participle of an event a
# body reports, then a preposition of place, time or cause, a separator or the title's
# end; not a participle of what a page explains ("Drugs banned in pregnancy", "DNR orders
# explained").
_PASSIVE_HEADLINE = re.compile(
    rf"^(?!(?:{_EVENT_OPENERS}|suspected|having|getting|being|\d+)\b)"
    + _HEADLINE_SUBJECT
    + r"(?:(?:reported|recalled|confirmed|seized|identified)"
    r"(?=\s+(?:in|on|at|after|due|over|for|from|across|among|near|by|because|as|amid"
    r"|following|with|nationwide|worldwide|again)\b|\s*$|\s*[:|–—,]|\s+-\s)"
    # N54b: "withdrawn" and "pulled" are a body's act only off a market or shelf ("Hip
    # implants pulled from market"); "Having a tooth pulled", "withdrawn after surgery"
    # are a patient's. "Detected" left out: a test's word ("Protein detected in urine").
    r"|(?:withdrawn|pulled)(?=\s+from\s+(?:the\s+)?(?:market|shelves|stores|sale|pharmacies)\b))",
    re.I,
)
# N53: a press release by its furniture: a release line standing alone, a distribution
# service's credit in a dateline ("BOSTON, May 2 /PRNewswire/ --", "(BUSINESS WIRE)") or a
# line that says what the page is; not a sentence that cites one ("According to a press
# release from the clinic, ...", "tablets made for immediate release", "featured on PR
# Newswire") nor a site's media-contact footer (N54c, after the review of N54b).
_RELEASE = re.compile(
    r"^[ \t*_#>-]*for immediate release\W*$|[/(]\s*PR\s?Newswire\s*[/)]"
    r"|\(\s*(?:[\w.-]+/)?(?:business wire|globe newswire|accesswire|newsfile corp\.?)\s*\)"
    r"|^[ \t*_#>-]*(?:press|news) release\W*$",
    re.I | re.M,
)
_RELEASE = gated(_RELEASE)  # N54d: a whole-text scan behind its literal gate, as _WIRE
# N53: a headline clause (``_HEADLINE``) after a label or a question, with the openers of
# ``_EVENT_HEADLINE`` ("Revolutionary breakthrough: New cancer vaccine shows promise",
# "Multiple sclerosis information: FDA approves new drug"; not "Tired all the time? It
# could be anaemia" nor "Headaches: these foods may trigger them"); no modal ("Hay fever?
# Local honey could help" is a page's teaser). Only the verbs of a report (N54c, after the
# review of N54b): a benefit verb after a label or a question is a patient page's teaser
# ("Back pain? Yoga offers relief", "Heart health: Walking lowers blood pressure").
_PART_HEADLINE = re.compile(
    rf"^(?!(?:{_EVENT_OPENERS}|\d+)\b)"
    + _HEADLINE_SUBJECT
    + _NOT_AFTER_RELATIVE
    + r"(?:approves?|finds|found to|shows|reveals|linked to|tied to|wins|fails|warns|"
    r"suggests|launches|halts|falls short)(?=\s+\w)",
    re.I,
)
# G44: a headline's attribution at its end ("..., charities warn", "... Dangers, Office
# Warns"): one to three words naming who speaks (no "what", "how", "as", "and" or pronoun:
# "Measles, what the WHO says" is an explainer), a verb of saying, the title's end.
_SAID_TITLE = re.compile(
    r",\s+(?!(?:[\w'’.-]+\s+){0,3}?(?:what|how|as|and|or|your|my|our|their|his|her|its|it|"
    r"this|these|that)\b)(?:[\w'’.-]+\s+){1,3}(?:warns?|says?|said)\W*$",
    re.I,
)
# G44: a fact-check's label before a separator ("FACT CHECK: There is no discovered cure
# ..."; not a page's "Fact-checked" badge nor "Fact Check Your Symptoms"). N54 (round 53)
# adds a recall's or an alert's label ("RECALL: ...", "Product recall: ...", "Health Alert:
# ...", "Breaking news: ...", "Press release: ..."); "Recall" alone is a recall's label only
# in capitals ("Recall: Memory problems after stroke" is memory), "Breaking" only as
# "Breaking news" (N54c, after the review of N54b).
_FACT_CHECK = re.compile(
    r"^\W*(?:(?i:fact[\s-]?check)\s*[:|–—-]|(?:RECALL|(?i:(?:product|voluntary|drug|food|"
    r"urgent|nationwide|safety) recall)|(?i:(?:safety|health|consumer|drug|food) alert)"
    r"|(?i:breaking news|press release))\s*[:|–—-]"
    # N54b: a label before a reader's question or a guide's words opens a guide ("Recall:
    # What Every Medicine User Needs to Know", "Health alert: how to check your car seat")
    r"(?!\s*(?i:what|how|why|when|which|who|should|can|do|does|is|are|your|you|a guide|"
    r"the guide|guide|everything|all you|tips|faqs?)\b))",
)
# N54b: a title's part that tells the reader what to do next, as a guide does ("what to
# do", "What to Expect", "next steps", "now what?", "how to ...", "a guide", "FAQs"); not
# a news explainer's "what you need to know" (N54c: "Cough syrup recalled: what you need
# to know" stays news).
_GUIDE_PART = re.compile(
    r"(?:what to (?:do|expect)|what happens next|next steps|now what|what now|how to|how do i|"
    r"how can i|(?:a|the|your) guide|faqs?|q&a|information for (?:patients|parents))\b",
    re.I,
)
# N54b: labels that name a claim under examination ("Myth: Vitamin C prevents colds",
# "Fact: Cranberry juice does not cure UTIs", "True or false: ..."): the clause after them
# is the claim a patient page examines, never a headline (``_PART_HEADLINE``).
_CLAIM_LABEL = re.compile(
    r"^\W*(?:the\s+|common\s+|top\s+)?(?:myths?|facts?|myth[\s-]?bust(?:ers?|ing)|"
    r"fiction|truth|true or false|myths? (?:or|and|vs\.?) facts?|facts? (?:or|and|vs\.?) "
    r"(?:fiction|myths?)|misconceptions?|claims?|q|question|faq)(?:\s*#?\s*\d+)?\s*[:?|–—-]",
    re.I,
)
# G44: the separators after a label, a question, a bar or a dash ("Planning a slim 2016? UK
# agency warns against ...", "Amravati battles dengue outbreak: 62 cases recorded"); each
# part after one is read for an event's headline (``_EVENT_HEADLINE``).
_HEADLINE_PARTS = re.compile(r"[:?|–—]|\s-\s")
# A title that tells the reader how to treat something themselves (round 24, from r24-031
# and r28-037 on the dev halves): the self-treatment vocabulary of MED112's
# ``self_care_titles``, read here only to keep such a page patient information.
_INSTRUCTION_TITLE = re.compile(
    r"\b(?:how to|ways to|tips (?:for|to)|steps to)\s+(?:\w+ly\s+)?"
    r"(?:treat|cure|heal|fix|relieve|soothe|ease|get rid of)\b"
    r"|\b(?:home|natural|herbal|ayurvedic|folk)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:remed(?:y|ies)|cures?|treatments?)\b|\bremed(?:y|ies)\s+(?:for|to)\b",
    re.I,
)
_PRODUCT_TEXT = re.compile(
    r"\badd to (?:cart|basket|bag)\b|\bbuy now\b|\bin stock\b|\bfree shipping\b|"
    r"\bsupplement facts\b|[$£€]\s?\d+(?:\.\d\d)?\b",
    re.I,
)
_TRIAL_TEXT = re.compile(r"\bNCT\d{8}\b|\beligibility criteria\b|\bnow enrolling\b", re.I)
_WORD = re.compile(r"\w+")

# A rare-disease summary (GARD, GHR, NINDS, Orphanet style) by its wording: the cue families
# below (or a page under SHORT_SUMMARY words), at least RARE_MIN of them, one being rarity or
# a reference database; or a reference database's symptom list (the Human Phenotype
# Ontology's) alone.
_RARE_CUES = {
    "rare": re.compile(
        r"\b(?:is|are|a|an)\s+(?:very\s+|extremely\s+)?rare[\s,]+(?:[\w-]+[\s,]+){0,3}?"
        r"(?:disease|disorder|condition|syndrome|form|type|cancer|tumou?r|malformation|"
        r"complication|anomaly|infection)s?\b|\brare diseases?\b",
        re.I,
    ),
    "database": re.compile(
        r"\bHuman Phenotype Ontology\b|\bOrphanet\b|\bOMIM\b|\bGenetic and Rare Diseases\b",
        re.I,
    ),
    "inheritance": re.compile(
        r"\bautosomal (?:dominant|recessive)\b|\bX-linked (?:dominant|recessive|inheritance)\b"
        r"|\b(?:inherited|passed down) in an? \w+(?: \w+)? (?:pattern|manner|fashion)\b"
        r"|\binheritance pattern\b|\bmitochondrial inheritance\b",
        re.I,
    ),
    "frequency": re.compile(
        r"\b(?:prevalence|incidence) (?:of [\w\s-]{1,40}? )?is (?:unknown|not known|estimated)\b"
        r"|\baffects? (?:about |approximately |an estimated |fewer than |less than )?"
        r"(?:\d[\d,]*|one) in (?:\d[\d,]*|a million)\b"
        r"|\b(?:\d+|a few|several|few) (?:cases|families|individuals|people|patients) "
        r"(?:have|has) been (?:reported|described|identified)\b"
        r"|\bhas been reported in\b",
        re.I,
    ),
}
# NINDS-style summaries end with a heading on what research is being done.
_SUMMARY_HEADING = re.compile(r"\bresearch\b.*\bbeing done\b", re.I)
RARE_MIN = 2
# A summary of a few paragraphs that calls the condition rare is a rare-disease summary.
SHORT_SUMMARY = 300

# A cancer treatment, drug or regimen page: a title whose head is a treatment, or a drug
# summary's shape. Red flags are not asked there unless the page is about a side effect
# (then the side effect is the title's subject and its topic applies).
_TREATMENT_TITLE = re.compile(
    r"^\W*(?:(?!(?:related|with|after|during|from|caused|side)\b)[\w'/,-]+\s+){0,6}?(?:treatment|therapy|therapies|chemotherapy|radiation|surgery|"
    r"drugs?|medicines?|medications?|regimens?|combination|transplants?|immunotherapy)"
    r"(?:\s*\(PDQ\W*\)|\s+(?:and|for) you\b|\s+(?:for|of|in)\b|\s+by\s+(?:stage|type|phase|grade)\b"
    r"|\s*$|\s*[-:–(|])",
    re.I,
)
# A title in parts ("Mastectomy | Breast Cancer Treatment - NCI"): any part may be the head.
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+|:\s+")
# A page for people living with a cancer they have (round 23): "Coping with Stomach Cancer
# and Treatment", "Living with Lymphoma". Its readers are diagnosed; the cancer's warning
# signs for prompt checking are for readers who are not.
_COPING_TITLE = re.compile(r"^\W*(?:coping|living|life|dealing)\s+with\b", re.I)
_SIDE_EFFECT = re.compile(r"\bside[- ]effects?\b|\blate effects?\b", re.I)
_CANCER = re.compile(
    r"\b(?:cancers?|tumou?rs?|leuka?emias?|lymphomas?|myelomas?|carcinomas?|"
    r"sarcomas?|melanomas?|neoplasms?|oncology)\b",
    re.I,
)
# A drug summary names the drug's brand, calls itself brief drug information or points to the
# drug's label or drug-dictionary entry, and says what the drug is approved for.
_DRUG_PAGE = re.compile(
    r"\bthis page contains brief information about\b|\bUS Brand Names?\b"
    r"|\b(?:FDA )?label information for this drug\b|\bdefinition from the \w+ drug dictionary\b"
    r"|\bthis patient information sheet applies only to approved uses\b",
    re.I,
)
_DRUG_USE = re.compile(
    r"\b(?:is|are)\s+approved\s+(?:by\s+the\s+(?:FDA|Food\s+and\s+Drug\s+Administration"
    r"(?:\s+\(FDA\))?)\s+)?(?:to\s+treat|for\s+use|for\s+the\s+treatment)\b"
    r"|\bFDA Approved\b|\bdrug combinations? used in\b",
    re.I,
)
# A combination's page lists its drugs (NCI: "Drugs in the ABVE combination:").
_COMBINATION_PAGE = re.compile(
    r"\bthis (?:chemotherapy |drug )?combination contains\b|\bdrugs in the \S+ combination\b",
    re.I,
)
# A page that holds a video: its text says so, and there is little else (a transcript is
# an article). VIDEO_WORDS bounds the page's own words.
_VIDEO_TEXT = re.compile(
    r"\b(?:play|watch|view)(?: the| this| our)?(?: [\w-]+){0,3} video\b|\bvideo transcript\b"
    r"|\bthis(?: [\w?'-]+){0,4} video\b",
    re.I,
)
# The scans over the whole text start with a look-ahead of their first characters
# (medlint.quickscan: same matches, most positions rejected by one character test), and
# all but the product scan stand behind a gate of the literals they need, which most pages
# lack (quickscan.gated).
# The product scan needs a price sign or one of its phrases, which most pages lack; the
# signs are single characters, shorter than ``literal_gate`` keeps, so its gate is written
# out (tests/test_quick_round29c.py checks it against the regex).
PRODUCT_GATE = LiteralGate(
    (
        (
            frozenset({("$", False), ("£", False), ("€", False)})
            | {(p, True) for p in ("add to ", "buy now", "in stock", "free shipping")}
            | {("supplement facts", True)},
        ),
    )
)
_PRODUCT_TEXT = gated(leading(_PRODUCT_TEXT), PRODUCT_GATE)
# (_NEWS_TEXT is read only at its places, by news_text; the plain regex stays the reference
# the tests compare with)
_NEWS_LED = leading(_NEWS_TEXT)
_TRIAL_TEXT, _CANCER, _DRUG_PAGE, _DRUG_USE, _COMBINATION_PAGE, _VIDEO_TEXT = (
    gated(leading(rx))
    for rx in (
        _TRIAL_TEXT,
        _CANCER,
        _DRUG_PAGE,
        _DRUG_USE,
        _COMBINATION_PAGE,
        _VIDEO_TEXT,
    )
)
_RARE_LED = {name: leading(rx) for name, rx in _RARE_CUES.items()}
_RARE_GATES = {name: literal_gate(rx) for name, rx in _RARE_LED.items()}
_RARE_CUES = {name: gated(rx, _RARE_GATES[name]) for name, rx in _RARE_LED.items()}
# Where a match of three of the rare cues can start, read in the page lowercased
# (``quickscan.lowered``): each cue is read under re.I, where ``re`` enters the pattern at
# every "a", "i" or "r" its leading class allows; these plain patterns consume the first
# letter of one of the cue's opening words and look ahead for the rest, so ``re`` skips in
# C to the few letters that open one. A match of the cue starts only at such a place (its
# words lowercased; whitespace and the hyphen are their own lowercase), and it is found
# there by the cue's own ``match`` (``quickscan.scan_from``), as ``finditer`` finds it
# (tests/test_quick_round30c.py; docs/performance.md, Round 30c).
_RARE_PLACES = {
    "rare": re.compile(
        r"i(?=s\s+(?:very\s+|extremely\s+)?rare)"
        r"|a(?=(?:re|n?)\s+(?:very\s+|extremely\s+)?rare)|r(?=are disease)"
    ),
    "database": re.compile(
        r"h(?=uman phenotype ontology)|o(?=rphanet|mim)|g(?=enetic and rare diseases)"
    ),
    "inheritance": re.compile(
        r"a(?=utosomal )|x(?=-linked )|i(?=nherited in an? |nheritance pattern)"
        r"|p(?=assed down in an? )|m(?=itochondrial inheritance)"
    ),
}


def cue_matches(name: str, text: str) -> Iterator[re.Match[str]]:
    """``_RARE_CUES[name].finditer(text)``: nothing when the text fails the cue's gate,
    else tried at the cue's places (``_RARE_PLACES``) when it has them."""
    gate = _RARE_GATES[name]
    if gate is not None and not gate.passes(text):
        return iter(())
    places = _RARE_PLACES.get(name)
    if places is None:
        return _RARE_LED[name].finditer(text)
    return scan_lowered(_RARE_LED[name], places, text)


# Where a match of the research wording (``_NEWS_TEXT``) can start, as ``_RARE_PLACES``
# for the rare cues. Not behind its gate: most pages hold one of the 33 literals the gate
# looks up ("the study", "published in"), and looking them up cost more than this scan.
_NEWS_PLACES = re.compile(
    r"r(?=esearchers )|s(?=cientists )|i(?=nvestigators )"
    r"|t(?=he study|his study|he findings|he trial)|a(?= study)|n(?=ew study)"
    r"|p(?=ublished (?:online )?in)|f(?=unded by)"
)


def news_text(text: str) -> list[str]:
    """``_NEWS_TEXT.findall(text)`` (it has no group: each match's text), tried at the
    places ``_NEWS_PLACES`` finds."""
    return [m.group() for m in scan_lowered(_NEWS_LED, _NEWS_PLACES, text)]


VIDEO_WORDS = 250
# ... or the page is built around an embedded medium (a video player, an oEmbed thumbnail,
# an infographic image), or its title or declared address names one.
_EMBED = re.compile(
    r"!\[[^\]]*\]\([^)\s]*(?:video|oembed|infographic|youtube|vimeo)[^)\s]*\)"
    r"|<(?:iframe|video)\b",
    re.I,
)
_MEDIUM = re.compile(
    r"\b(?:videos?|infographics?|webinars?|podcasts?|facebook live|livestream)\b", re.I
)

# A listing of other pages: many short items, links and dates, teaser paragraphs.
_DATE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2},? \d{4}\b"
    r"|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December) \d{4}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.I,
)
_DATE = leading(_DATE)  # a whole-text scan (medlint.quickscan)
_LINK_ITEM = re.compile(
    r"^[ \t]*(?:[-*+]|\d+[.)])?[ \t]*(?:\*\*)?\[[^\]]+\]\([^)]*\)(?:\*\*)?[ \t]*$"
    r"|<li\b[^>]*>\s*<a\b[^>]*>[^<]*</a>\s*(?:</li>|$)",
    re.I | re.M,
)
_LINE = re.compile(r"^[ \t]*\S", re.M)
LISTING_ITEMS = 4
# An entry of a directory (a board member, a partner, a linked page): a list item whose text
# opens with a link or a bold name and is short, with no sentence in it ("**Larry D. Cripe,
# M.D., Chair** Indiana University School of Medicine Indianapolis, IN"; not "**Fever.** A
# high temperature is ..." nor "- a cough that lasts").
_ENTRY_ITEM = re.compile(
    r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\*\*|__|\[|<(?:a|b|strong)\b)"
    r"((?:[^\n]|\n(?![ \t]*(?:[-*+]|\d+[.)])[ \t])(?![ \t]*\n)(?![ \t]*#))*)",
    re.M,
)
_SENTENCE_END = re.compile(r"[a-z)\]][.!?](?:\s|$)")
ENTRY_WORDS = 15
RESEARCH_HEADINGS = 3
# A page that says it is a list ("This page lists cancer drugs approved for ...") is a
# listing with any linked item, when they are most of its lines or the page is a stub.
_LISTS = re.compile(
    r"\bthis (?:page|section|list) (?:lists|links to|includes)\b|\bthe list (?:includes|below)\b"
    r"|\bthe following (?:pages|links|articles|resources)\b",
    re.I,
)


@dataclass(frozen=True)
class Genre:
    value: str
    reason: str

    @property
    def id(self) -> str:
        """The short name rule files use (``genres: [article, news]``)."""
        return IDS[self.value]

    @property
    def is_news(self) -> bool:
        return self.value == NEWS

    @property
    def expects_help(self) -> bool:
        """Would a careful editor expect "when to get help" on this page?"""
        return self.value == ARTICLE


def address(document: Document) -> str | None:
    """The page's own declared address: front matter ``url``/``canonical``/``permalink``, or
    an HTML page's canonical link or ``og:url``."""
    front = document.front_matter or {}
    for key in ("url", "canonical", "canonical_url", "permalink"):
        if isinstance(value := front.get(key), str):
            return value
    if document.kind == "html":
        head = document.source[:MAX_HEAD]
        if m := _CANONICAL.search(head) or _CANONICAL_REVERSED.search(head):
            return next(g for g in m.groups() if g)
    return None


def _encyclopedia(document: Document) -> Genre | None:
    """An encyclopedia article: its opening says where it is from ("From Wikipedia, the free
    encyclopedia", a mirror's "uses material from the Wikipedia article"), its footer where
    it was retrieved from, or the address or source its front matter declares is Wikipedia."""
    if m := _ENCYCLOPEDIA_TEXT.search(document.masked[:ENCYCLOPEDIA_HEAD]):
        return Genre(ENCYCLOPEDIA, f"the page says {' '.join(m.group().split())!r}")
    if m := _ENCYCLOPEDIA_FOOTER.search(document.source[-ENCYCLOPEDIA_HEAD:]):
        return Genre(ENCYCLOPEDIA, f"the page says {' '.join(m.group().split())[:60]!r}")
    front = document.front_matter or {}
    declared = [address(document)] + [front.get(key) for key in _SOURCE_KEYS]
    for value in declared:
        if isinstance(value, str) and (m := _ENCYCLOPEDIA_SOURCE.search(value)):
            return Genre(ENCYCLOPEDIA, f"its declared source is {m.group().strip(' /.(')!r}")
    return None


def _declared(document: Document) -> Genre | None:
    """The genre the page's metadata declares (front matter, JSON-LD): it decides."""
    front = document.front_matter or {}
    for key in ("genre", "type", "articleType", "article_type", "contentType", "content_type"):
        value = front.get(key)
        if isinstance(value, str):
            words = _CAMEL.sub(" ", value)  # "NewsArticle" -> "News Article"
            for genre, pattern in _DECLARED.items():
                if pattern.search(words):
                    return Genre(genre, f"front matter {key!r} says {value!r}")
    if document.kind == "html" and (m := _JSON_LD_NEWS.search(document.source)):
        return Genre(NEWS, f"JSON-LD says {m.group()!r}")
    return None


def _news_address(document: Document) -> Genre | None:
    """News by the page's declared address (a 'news', 'press' or 'research' section). A
    blog is a publishing format, not a genre: remedy and advice posts live under /blog/
    as often as reports do (round 23), so a blog address (also a blog's section named
    "news", ``_BLOG_HANDLE``, unless its post reports research BLOG_RESEARCH times), a
    declared "blog" type and JSON-LD's BlogPosting decide nothing; the text still can."""
    url = address(document)
    path = url.split("?")[0].split("#")[0] if url is not None else ""
    if not (m := _NEWS_SECTION.search(path)):
        return None
    section = m.group(1).lower()
    if section == "news" and _BLOG_HANDLE.search(path, 0, m.start(1)):
        research = news_text(document.masked)
        if len(research) < BLOG_RESEARCH:
            return None
        said = ", ".join(repr(r) for r in research[:BLOG_RESEARCH])
        return Genre(NEWS, f"a blog's news post ({url}) that reports research ({said})")
    return Genre(NEWS, f"its address is in a {section!r} section ({url})")


def _about_title(text: str, at: int, title: str) -> bool:
    """Whether the sentence before ``at`` names a word of the title (its subject is the
    page's condition: "Hairy cell leukemia is a rare cancer", not "Blood clots are a rare
    complication" on a thigh-pain page)."""
    before = re.split(r"[.!?\n]", text[max(0, at - 120) : at])[-1].lower()
    return any(w in before for w in _WORD.findall(title.lower()) if len(w) >= 4)


def _rare(document: Document, title: str, words: _Words) -> Genre | None:
    text = document.masked
    found: dict[str, str] = {}
    for name in _RARE_CUES:
        if name == "inheritance" and not found:
            return None  # neither rarity nor a reference database: the other cues cannot tell
        for m in cue_matches(name, text):
            if name != "rare" or _about_title(text, m.start(), title):
                found[name] = m.group()
                break
    if summary := [h for h in document.headings()[-3:] if _SUMMARY_HEADING.search(h)]:
        found["summary"] = summary[0]
    if (count := words.capped(SHORT_SUMMARY - 1)) < SHORT_SUMMARY:
        found["short"] = f"{count} words"
    if (len(found) >= RARE_MIN and ("rare" in found or "database" in found)) or (
        "database" in found and "Phenotype" in found["database"]
    ):
        cues = ", ".join(repr(v) for v in found.values())
        return Genre(RARE, f"the text reads as a rare-disease summary ({cues})")
    return None


def _treatment(document: Document, title: str) -> Genre | None:
    text = document.masked
    # three cancer words in the text: only as far as the third is read
    if not (_CANCER.search(title) or sum(1 for _ in islice(_CANCER.finditer(text), 3)) >= 3):
        return None
    plain = re.sub(r"\s*\([^)]*\)(?!\W*$)", "", title).replace("&", " and ")
    if _SIDE_EFFECT.search(plain):
        return None  # a side effect's page: its own topic applies
    for part in (plain, *_TITLE_PARTS.split(plain)):
        if m := _TREATMENT_TITLE.search(part):
            return Genre(
                TREATMENT, f"the title is about a cancer treatment ({m.group().strip()!r})"
            )
    if _COPING_TITLE.search(plain) and _CANCER.search(plain):
        return Genre(TREATMENT, f"the title is for people living with a cancer ({plain!r})")
    return None


def _drug(document: Document) -> Genre | None:
    """A brief drug or combination summary that says what the drug is approved for (NCI's
    drug pages, also those that name cancer only in a heading)."""
    text = document.masked
    if (page := _DRUG_PAGE.search(text) or _COMBINATION_PAGE.search(text)) and (
        use := _DRUG_USE.search(text)
    ):
        said = ", ".join(repr(" ".join(m.group().split())) for m in (page, use))
        return Genre(DRUG, f"the page is a drug summary ({said})")
    return None


def _embedded(document: Document) -> re.Match[str] | None:
    """An embedded medium the page is built around: before any section heading below the
    title (a landing page's "Did You Know?" thumbnail under "Statistics" is not)."""
    sections = [s.start for s in document.sections if s.level >= 2]
    m = _EMBED.search(document.source)
    return m if m is not None and (not sections or m.start() < min(sections)) else None


def _video(document: Document, title: str, words: _Words) -> Genre | None:
    """A short page around a video or an infographic: its text says so ("Play the
    audio-described version of this video", "Learn more from this Did You Know? video"), it
    embeds one (a player, an oEmbed thumbnail, an infographic image), or its title or the
    address its front matter declares names the medium ("... Facebook Live", ".../x-video")."""
    if (count := words.capped(VIDEO_WORDS)) > VIDEO_WORDS:
        return None  # a transcript or an article with a video is an article
    found = _VIDEO_TEXT.search(document.masked) or _embedded(document)
    if found is None:
        url = (document.front_matter or {}).get("url")
        for text in (title, re.sub(r"[-_/.]+", " ", url) if isinstance(url, str) else ""):
            if found := _MEDIUM.search(text):
                break
    if found is not None:
        said = " ".join(found.group().split())[:60]
        return Genre(VIDEO, f"a page of {count} words around a video or infographic ({said!r})")
    return None


def _main(document: Document, at: int) -> bool:
    return document.region_at(at) == RegionKind.MAIN  # not a menu's or sidebar's links


# Every match of _LINK_ITEM holds "](" (a Markdown link) or "<" (an HTML item), and every
# match of _DATE a run of four digits (its year): a page without them has none, and the
# whole-text scans are skipped (the literal tests cost a fraction of the scans).
_FOUR_DIGITS = re.compile(r"\d\d\d\d")  # (quicker than "\d{4}")


def _link_items(document: Document) -> int:
    """Items of the main text that are only a link."""
    source = document.source
    if "](" not in source and "<" not in source:
        return 0
    return sum(1 for m in _LINK_ITEM.finditer(source) if _main(document, m.start()))


def _dates(document: Document) -> int:
    """Distinct dates in the main text."""
    text = document.masked
    if not _FOUR_DIGITS.search(text):
        return 0
    return len({m.group() for m in _DATE.finditer(text) if _main(document, m.start())})


def _lines(document: Document) -> int:
    """Non-empty lines of the main text."""
    return sum(1 for m in _LINE.finditer(document.masked) if _main(document, m.start()))


def entries(document: Document) -> tuple[int, int]:
    """(directory entries in the main text, their words): list items that open with a link
    or a bold name and hold at most ENTRY_WORDS words and no sentence."""
    count = words = 0
    for m in _ENTRY_ITEM.finditer(document.source):
        if document.region_at(m.start()) != RegionKind.MAIN:
            continue
        said = len(re.sub(r"\]\([^)]*\)", "]", m.group()).split()) - 1  # not the marker
        if said <= ENTRY_WORDS and not _SENTENCE_END.search(m.group(1)):
            count, words = count + 1, words + said
    return count, words


# A hub page (a cancer type's landing page: a short overview, then sections of links to the
# summaries): most of its words are link text standing on their own lines (a line at least
# two-thirds link text; a glossary link inside a sentence of prose is not), and little prose
# is left besides.
# (A card's link holds an image and lines of text: one level of brackets inside, newlines.)
_MD_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]{0,1000}\]){0,2000}\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_HTML_LINK = re.compile(
    r"<a\b[^>]{0,500}>[^<]{0,500}(?:<(?!/?a\b)[^>]{0,200}>[^<]{0,500}){0,10}</a\s*>", re.I
)
HUB_SHARE = 0.3
HUB_PROSE = 400


def _main_text(document: Document) -> str:
    """The masked text with every region but the main one blanked (same offsets)."""
    text = document.masked
    for region in document.regions:
        if region.kind != RegionKind.MAIN:
            text = text[: region.start] + " " * (region.end - region.start) + text[region.end :]
    return text


def _link_spans(source: str) -> list[tuple[int, int]]:
    # a Markdown link holds "](", an HTML link "<": most pages hold neither and are not scanned
    scans = ((_MD_LINK, "]("), (_HTML_LINK, "<"))
    return sorted(m.span() for rx, mark in scans if mark in source for m in rx.finditer(source))


def link_lines(source: str, text: str, spans: list[tuple[int, int]]) -> tuple[int, int, int]:
    """(words of link text on lines that are mostly links, such lines, all words) of the
    main ``text`` (`_main_text`: a menu's or sidebar's words are not counted), ``spans``
    the links of ``source`` (`_link_spans`)."""
    linked = lines = total = 0
    start = i = 0
    while start <= len(source):
        end = source.find("\n", start)
        end = len(source) if end == -1 else end
        words = len(_WORD.findall(text[start:end]))
        in_links = 0
        while i < len(spans) and spans[i][1] <= start:
            i += 1
        j = i
        while j < len(spans) and spans[j][0] < end:
            in_links += len(_WORD.findall(text[max(spans[j][0], start) : min(spans[j][1], end)]))
            j += 1
        total += words
        if words and in_links * 3 >= words * 2:
            linked += in_links
            lines += 1
        start = end + 1
    return linked, lines, total


def _hub(document: Document) -> Genre | None:
    # Cheap bound first: the main words outside every link already exceed the prose a hub
    # may have on most pages (a long article), without reading line by line.
    # (The words are read only as far as the bound needs: past HUB_PROSE + in_links words,
    # the outside count exceeds HUB_PROSE whatever follows.)
    text = _main_text(document)
    spans = _link_spans(document.source)
    in_links = sum(len(_WORD.findall(text[a:b])) for a, b in spans)
    if len(list(islice(_WORD.finditer(text), HUB_PROSE + in_links + 1))) - in_links > HUB_PROSE:
        return None
    linked, lines, total = link_lines(document.source, text, spans)
    if lines >= LISTING_ITEMS and linked >= HUB_SHARE * total and total - linked <= HUB_PROSE:
        return Genre(
            LISTING,
            f"a hub page: {linked} of its {total} words are links on {lines} lines of their own",
        )
    return None


def _listing(document: Document, words: _Words) -> Genre | None:
    """Dated teasers under linked items (a news or research-article listing), or a page
    that is mostly linked items (any number of them when it says it is a list, "This page
    lists cancer drugs approved for ...", and they are most of it or it is a stub), or a
    page of many dates. (The lines and the words are counted only when a page has linked
    items, the only case that reads them.)"""
    items, dates = _link_items(document), _dates(document)
    if (
        (items >= LISTING_ITEMS and dates >= LISTING_ITEMS - 1)
        or dates >= 4 * LISTING_ITEMS
        or (items and _mostly_items(document, items, words))
    ):
        return Genre(LISTING, f"the page lists {items} linked items and {dates} dates")
    return None


def _mostly_items(document: Document, items: int, words: _Words) -> bool:
    """Many linked items that are half the lines, or any that are half the lines or stand
    on a short page that says it is a list."""
    lines = _lines(document)
    return (items >= 3 * LISTING_ITEMS and items * 2 >= lines) or bool(
        (items * 2 >= lines or words.capped(VIDEO_WORDS) <= VIDEO_WORDS)
        and _LISTS.search(document.masked)
    )


def _directory(document: Document) -> Genre | None:
    """A directory (an editorial board, a list of partners: most of its words are short
    entries) or a hub (a page that is mostly links to other pages, `_hub`). Told after the
    specific shapes, so a drug summary with links stays a drug summary."""
    count, said = entries(document)
    total = len(document.masked.split())
    if count >= 3 * LISTING_ITEMS and 2 * said >= total:
        return Genre(LISTING, f"the page is a directory of {count} short entries")
    # a hub: a page that is mostly links to other pages, with little prose besides
    return _hub(document)


def _notice(document: Document, found: Genre) -> Genre:
    """A page judged news by its address or title that is a notice to the public (``_NOTICE``:
    cases where the readers are, the public advised what to do) and reports no research is
    patient information: readers may act on it (a school's letter on scarlet fever, a health
    department's heatwave release). Any other genre stays as it is; a page whose metadata
    declares it news never comes here (``detect``)."""
    if not found.is_news:
        return found
    text = document.masked
    if len(news_text(text)) > NOTICE_RESEARCH:
        return found
    if m := _NOTICE.search(text):
        said = " ".join(m.group().strip(" \t*_>").split())
        return Genre(ARTICLE, f"a notice to the public ({said!r}), though {found.reason}")
    return found


def _attributions(text: str) -> list[re.Match[str]]:
    """The attributions of ``text`` (``_ATTRIBUTED``), not those ``_NOT_ATTRIBUTION`` reads
    as attributing nothing."""
    return [
        m
        for m in _ATTRIBUTED.finditer(text)
        if not _NOT_ATTRIBUTION.search(_words_before(text, m.start()))
    ]


def _words_before(text: str, at: int) -> str:
    """The ATTRIBUTION_REACH characters before ``at``, from the start of a word: a window cut
    inside a word would let ``_NOT_ATTRIBUTION``'s word boundary match the word's tail ("as"
    of "Texas health officials said", "our" of "Labour health minister said")."""
    start = max(0, at - ATTRIBUTION_REACH)
    while 0 < start < at and text[start - 1].isalnum() and text[start].isalnum():
        start += 1
    return text[start:at]


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``: back to a sentence end or a blank line, and
    on to the next (a hard-wrapped line is no sentence end), at most ``_SENTENCE_REACH``
    characters either way."""
    lo = max(0, start - _SENTENCE_REACH)
    before = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, start)]
    hi = min(len(text), end + _SENTENCE_REACH)
    after = _SENTENCE_BREAK.search(text, end, hi)
    return text[before[-1] if before else lo : after.start() if after else hi]


def _event_day(text: str) -> re.Match[str] | None:
    """The day of a past event the page reports ("on Monday", ``_EVENT_DAY``), in a
    sentence that tells what a body did ("The FDA on Friday approved ..."): a word of an
    institution (``_INSTITUTION``) and a verb in the past (``_past``), naming no person
    (``_PERSONAL``: "Put your first patch on on Sunday" is a plan, "On Monday my son ...",
    "Late Friday she was taken to hospital" and "On Monday they took their daughter to the
    clinic" are stories; a place someone goes "to", "in" or "at" is no body that acts), not a
    schedule ("the last Monday of every month", "closed on Monday and open on Tuesday"), not
    the page's own history ("The CDC updated this page on Friday"); on a page of at least
    ``EVENT_DAY_WORDS`` words (a report, not a one-line anecdote)."""
    for m in _EVENT_DAY.finditer(text):
        if _SCHEDULED.match(text, m.end()):
            continue
        sentence = _sentence_around(text, m.start(), m.end())
        if _PERSONAL.search(sentence) or not _INSTITUTION.search(sentence):
            continue
        if _MAINTENANCE.search(sentence):
            continue  # "The CDC updated this page on Friday": the page's own history
        if not _past(sentence):
            continue
        if sum(1 for _ in islice(_WORD.finditer(text), EVENT_DAY_WORDS)) < EVENT_DAY_WORDS:
            return None
        return m
    return None


def _past(sentence: str) -> bool:
    """Whether a sentence has a verb in the past: an irregular past ("began", "was") or a
    word in -ed not after a present or future auxiliary ("is closed", "will be tested")."""
    return any(
        not _PRESENT_AUX.search(sentence, max(0, m.start() - 12), m.start())
        for m in _PAST.finditer(sentence)
    )


def _recent_attributed(text: str, found: list[re.Match[str]]) -> re.Match[str] | None:
    """A recent period in the sentence of an attribution ("..., the county health department
    said last week"), not "the last week of pregnancy" nor a week-by-week page's "This week
    the baby is ..." with a quote elsewhere."""
    for m in found:
        sentence = _sentence_around(text, m.start(), m.end())
        for r in _RECENT.finditer(sentence):
            if not sentence[max(0, r.start() - 4) : r.start()].lower().endswith("the "):
                return r
    return None


def _reported(text: str) -> str | None:
    """The reporting shape of a news story (``_ATTRIBUTED`` and its companions), said as the
    evidence, or None."""
    found = _attributions(text) if "said" in text or "told" in text else []
    said = len(found)
    wire = _WIRE.search(text)
    event = _event_day(text)
    recent = _recent_attributed(text, found)
    # round 42 (N42): the day of an event ("on Monday", "late Friday") or a recent period
    # with an attribution ("said ... last week") tells a report as well as a wire credit
    if said < REPORTED_WITH and not (wire or event or recent):
        return None
    weekday, recent = event or _WEEKDAY.search(text), recent or _RECENT.search(text)
    officials = len(_OFFICIAL.findall(text)) if said >= REPORTED_WITH else 0
    # past the test above: a wire credit, an event's day (then ``weekday``), a recent
    # period with an attribution (then ``recent``), or at least REPORTED_WITH attributions
    if not (wire or said >= REPORTED_ALONE or weekday or recent or officials >= REPORTED_OFFICIALS):
        return None
    cues = []
    if found:
        words = text[max(0, found[0].start() - 40) : found[0].end()].split()[-4:]
        cues.append(f"{said} attribution{'s' if said != 1 else ''} such as {' '.join(words)!r}")
    cues += [repr(" ".join(m.group().split())) for m in (weekday, recent, wire) if m]
    if officials >= REPORTED_OFFICIALS:
        cues.append(f"{officials} words of officials and announcements")
    return ", ".join(cues)


class _Words:
    """The words of a text (``_WORD``), counted when first read: most pages are decided
    before any shape reads the count, and most shapes compare it with a small bound."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._count: int | None = None

    def __call__(self) -> int:
        if self._count is None:
            self._count = len(_WORD.findall(self._text))
        return self._count

    def capped(self, cap: int) -> int:
        """The count when it is at most ``cap``, else ``cap + 1`` (only the first
        ``cap + 1`` words are read): as good as the count for comparing it with ``cap``."""
        if self._count is None:
            read = sum(1 for _ in islice(_WORD.finditer(self._text), cap + 1))
            if read <= cap:
                self._count = read  # the whole text read: the count
            return read
        return min(self._count, cap + 1)


def _headline(title: str) -> str | None:
    """The headline words of a title, if it is a news headline: a fact-check's, recall's or
    alert's label (``_FACT_CHECK``), an attribution ending it (``_SAID_TITLE``), a subject
    and a news verb (``_HEADLINE``) in the whole title, or an event reported
    (``_EVENT_HEADLINE``) or said in the passive (``_PASSIVE_HEADLINE``) in the whole title
    or in a part of it after a separator (``_HEADLINE_PARTS``), or a report's clause in such
    a part (``_PART_HEADLINE``). After a label naming a claim under examination
    (``_CLAIM_LABEL``: "Myth:") no part is read; a part that tells the reader what to do
    next (``_GUIDE_PART``) keeps the passive and clause shapes from reading the title."""
    for pattern in (_FACT_CHECK, _SAID_TITLE, _HEADLINE):
        if found := pattern.search(title):
            return found.group().strip(" ,:|-–—")
    examined = bool(_CLAIM_LABEL.search(title))
    parts = [part.strip() for part in [title, *_HEADLINE_PARTS.split(title)[1:]]]
    # N54b: a part that turns to the reader ("...: what to do", "...: What to Expect")
    # makes the title a guide's; the round-53 shapes (passive events, a clause after a
    # label) do not read it, the event headlines of round 44 still do
    guide = any(_GUIDE_PART.match(part) for part in parts[1:])
    for n, part in enumerate(parts):
        if n and examined:
            break  # "Myth: Vitamin C prevents colds": a claim examined, not an event
        patterns: tuple[re.Pattern[str], ...] = (_EVENT_HEADLINE,)
        if not guide:
            patterns += (_PASSIVE_HEADLINE,) + ((_PART_HEADLINE,) if n else ())
        for pattern in patterns:
            if found := pattern.search(part):
                return found.group().strip(" ,:|-–—")
    return None


def detect(document: Document) -> Genre:
    """The genre of a page, with the evidence (for messages and ``medlint inspect``).
    Rules read it once per document from ``Context.genre``."""
    if declared := _declared(document):
        return declared  # metadata decides (a declared news page stays news)
    if encyclopedia := _encyclopedia(document):
        return encyclopedia
    title = document.title or next((s.heading for s in document.sections), "")
    # a how-to or remedy title is advice the reader acts on, wherever the site files it
    # and whatever studies it cites ("How to heal ringworm" under /news/, "Lice Treatment
    # Home Remedies" citing "a study" four times); declared metadata still decides
    instruction = _INSTRUCTION_TITLE.search(title)
    if not instruction and (by_address := _news_address(document)):
        return _notice(document, by_address)
    text = document.masked
    words = _Words(text)  # the page's words, counted once when a shape first reads them
    if listing := _listing(document, words):
        return listing
    for genre, pattern in _TITLE.items():
        if m := pattern.search(title):
            return _notice(document, Genre(genre, f"the title says {m.group()!r}"))
    if said := _headline(title):
        return _notice(document, Genre(NEWS, f"the title is a headline ({said!r} ...)"))
    if not instruction and (release := _RELEASE.search(text)):
        said = " ".join(release.group().strip(" \t*_#>-/()").split())
        return _notice(document, Genre(NEWS, f"the page is a press release ({said!r})"))
    if m := _GENETIC_TITLE.search(title):
        return Genre(GENETICS, f"the title says {m.group()!r}")
    genetic = [s.heading for s in document.sections if _GENETIC_HEADING.search(s.heading)]
    if genetic:
        return Genre(GENETICS, f"the heading {genetic[0]!r}")
    shape = (
        _drug(document)
        or _treatment(document, title)
        or _rare(document, title, words)
        or _video(document, title, words)
        or _directory(document)
    )  # the first shape found; the later ones are not worked out
    if shape is not None:
        return shape
    news = news_text(text)
    if len(news) >= 3 and len(news) * 250 >= max(1, words()) and not instruction:
        return Genre(NEWS, f"the text reports research ({len(news)} times, e.g. {news[0]!r})")
    # a report of research by its sections ("Epidemiologic Findings", "Clinical Findings",
    # "Future Research Directions"): the title's research words in a quarter of its headings
    headings = [s.heading for s in document.sections]
    research = [h for h in headings if _TITLE[NEWS].search(h)]
    if len(research) >= RESEARCH_HEADINGS and 4 * len(research) >= len(headings):
        return Genre(NEWS, f"{len(research)} headings report research, e.g. {research[0]!r}")
    if not instruction and (reported := _reported(text)):
        return _notice(document, Genre(NEWS, f"the text reports news ({reported})"))
    if len(_PRODUCT_TEXT.findall(text)) >= 2:
        return Genre(PRODUCT, "the page sells a product (prices, 'add to cart')")
    if m := _TRIAL_TEXT.search(text):
        return Genre(TRIALS, f"the text says {m.group()!r}")
    return Genre(ARTICLE, "no other genre is declared or detected")
