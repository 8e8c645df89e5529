"""Who an article is written for: consumers (the default) or professionals."""

from __future__ import annotations

import re
from dataclasses import dataclass

from medlint import document as d
from medlint.document import Document
from medlint.parsing.common import normalise_audience

_PROFESSIONAL_TEXT = re.compile(
    r"\b(?:intended|written|designed|meant)\s+(?:only\s+|solely\s+)?for\s+(?:use\s+by\s+)?"
    r"(?:licensed\s+|qualified\s+|practicing\s+|practising\s+)?(?:health\s*care|medical|clinical"
    r"|health)\s+(?:professionals|providers|practitioners|staff)"
    r"|\bfor\s+(?:health\s*care|health|medical)\s+professionals\s+only\b"
    r"|\bhealth\s+professional\s+version\b|\bprofessional\s+medical\s+disclaimer\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class AudienceInfo:
    value: str  # "consumer" or "professional"
    reason: str


def detect(document: Document) -> AudienceInfo:
    meta = document.meta(d.AUDIENCE)
    if meta is not None:
        value = normalise_audience(meta.value)
        if value:
            return AudienceInfo(value, f"{meta.describe()} says {meta.value!r}")
    match = _PROFESSIONAL_TEXT.search(document.masked)
    if match:
        line, _ = document.location(match.start())
        return AudienceInfo("professional", f"line {line} says {' '.join(match.group().split())!r}")
    return AudienceInfo("consumer", "no audience is stated, so consumer is assumed")
