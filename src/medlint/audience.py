"""Who an article is written for: consumers (the default) or professionals.

Evidence, strongest first:

1. the page's own title and top-level headings ("...–Health Professional Version",
   "Patient Version"): what the page calls itself beats what its metadata says;
2. metadata (``audience``, ``audienceType``, ``audienceLevel``, ``<meta>``, JSON-LD);
3. a sentence about the page itself ("This information is intended for healthcare
   professionals").

A mention of another page ("see the health professional version", "Go to Patient
Version") is not evidence: version names count only in the page's own title and
top-level headings. The reasons are kept for ``medlint inspect``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from medlint import document as d
from medlint.document import Document
from medlint.model import Audience
from medlint.parsing.common import normalise_audience
from medlint.quickscan import gated, leading

_PROFESSIONAL_TEXT = re.compile(
    r"\b(?:intended|written|designed|meant)\s+(?:only\s+|solely\s+)?for\s+(?:use\s+by\s+)?"
    r"(?:licensed\s+|qualified\s+|practicing\s+|practising\s+)?(?:health\s*care|medical|clinical"
    r"|health)\s+(?:professionals|providers|practitioners|staff)"
    r"|\bfor\s+(?:health\s*care|health|medical)\s+professionals\s+only\b"
    r"|\bprofessional\s+medical\s+disclaimer\b",
    re.IGNORECASE,
)
_PROFESSIONAL_TITLE = re.compile(
    r"\b(?:health\s*(?:care\s+)?professional|professional|clinician|provider|physician|hcp)s?"
    r"\s+version\b|\bfor\s+(?:health\s*(?:care\s+)?)?(?:professionals|clinicians|providers"
    r"|physicians|prescribers)\b",
    re.IGNORECASE,
)
_CONSUMER_TITLE = re.compile(
    r"\b(?:patient|consumer|public|lay)\s+version\b|\bfor\s+(?:patients|families|caregivers)\b",
    re.IGNORECASE,
)
_OTHER_VERSION = re.compile(r"\b(?:health\s*(?:care\s+)?professional|patient)\s+version\b", re.I)
# Both are scanned over the whole text: a look-ahead of their first characters, behind a gate
# of the literals they need, which most pages lack (quickscan).
_PROFESSIONAL_TEXT, _OTHER_VERSION = (
    gated(leading(_PROFESSIONAL_TEXT)),
    gated(leading(_OTHER_VERSION)),
)


@dataclass(frozen=True)
class AudienceInfo:
    value: Audience
    reason: str  # the decisive evidence, for messages
    reasons: tuple[str, ...] = field(default=())  # every piece of evidence, decisive first


def _own_titles(document: Document) -> list[tuple[str, str]]:
    """(where, text) of the page's title and its top-level headings."""
    titles = []
    if document.title:
        titles.append(("the title", document.title))
    top = min((s.level for s in document.sections), default=1)
    for section in document.sections:
        if section.level == top and section.heading != document.title:
            titles.append((f"the heading {section.heading!r}", section.heading))
    return titles


def detect(document: Document) -> AudienceInfo:
    found: list[tuple[Audience, str]] = []  # (value, reason) in order of strength
    for where, text in _own_titles(document):
        if m := _PROFESSIONAL_TITLE.search(text):
            found.append((Audience.PROFESSIONAL, f"{where} says {m.group()!r}"))
        elif m := _CONSUMER_TITLE.search(text):
            found.append((Audience.CONSUMER, f"{where} says {m.group()!r}"))
    meta = document.meta(d.AUDIENCE)
    if meta is not None and (value := normalise_audience(meta.value)):
        found.append((value, f"{meta.describe()} says {meta.value!r}"))
    if match := _PROFESSIONAL_TEXT.search(document.masked):
        line, _ = document.location(match.start())
        found.append(
            (Audience.PROFESSIONAL, f"line {line} says {' '.join(match.group().split())!r}")
        )
    ignored = [
        f"line {document.location(m.start())[0]} mentions {m.group()!r}: a link to another "
        "version is not evidence"
        for m in _OTHER_VERSION.finditer(document.masked)
        if not any(m.group().lower() in text.lower() for _w, text in _own_titles(document))
    ][:3]
    if not found:
        reason = "no audience is stated, so consumer is assumed"
        return AudienceInfo(Audience.CONSUMER, reason, (reason, *ignored))
    value, reason = found[0]
    return AudienceInfo(value, reason, (*(r for _v, r in found), *ignored))
