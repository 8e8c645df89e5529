"""What a title names as its subject, and what only qualifies it (issue 12).

A title's head noun decides its topic: "Kidney Disease of Diabetes" is about kidney
disease, "Diabetic Heart Disease" about heart disease, "HIV-related lymphoma" about
lymphoma, "Depression after Stroke" about depression. Three general rules, with their
words as data (``title_reading`` in rules/knowledge/guidance.yaml):

* **links**: a topic named only after the title's first linking word ("of", "in",
  "after", "related to" ...) qualifies the head before it, unless that head is only an
  aspect of it ("Symptoms of Stroke", "Living with HIV");
* **pre-modifiers**: a topic named before other content words of the same noun phrase
  (up to "and", a comma or a link), another topic's included, modifies them ("Diabetic
  Heart Disease", "Diabetic Kidney Disease"), unless
  those words are aspects ("Stroke Symptoms", "Diabetes Complications"); a topic joined
  by "-related", "-associated" ... to the next word is a modifier ("HIV-related");
* **long-term relatives** (``relative``): a title with a long-term mark ("Chronic",
  "Hereditary", "Polycystic") or another condition beside the topic ("Amyloidosis and Kidney
  Disease": a word with a condition ending) is about a long-term relative of the topic;
  aboutness.py adds the topic's own ``long_term`` names and a second topic in the title, and
  redflags.py does not demand the topic's ``acute`` conditions of such a page;
* **disease names**: a generic symptom word named after a qualifying word is another
  disease's name ("Lassa fever", "yellow fever", "Marburg hemorrhagic fever"), unless the
  qualifier is a plain one ("high fever") or a topic's own trigger covers it ("bird flu",
  "scarlet fever").

* **listed effects**: a topic named after a list verb ("include", "such as", "can cause")
  is one item of what the words before it have or cause, not the subject ("Possible
  symptoms of lung late effects include trouble breathing and cough"); "Signs of sepsis
  include confusion" keeps sepsis, named before the verb.

* **questions** (round 36): a topic right after a question's auxiliary that opens the title
  or a part of it ("How long does pneumonia last?", "Is shingles dangerous for the
  elderly?"), with one content word after it, is the question's subject and that word its
  predicate, not a head noun it qualifies ("Do Diabetic Foot Ulcers Heal?" keeps diabetes a
  qualifier).

A trigger that spans a link ("bleeding in pregnancy", "fever in adults") is one name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

MIN_CONDITION_WORD = 6  # "amyloidosis", "syndrome"; not "coma", "stoma"
_WORD = re.compile(r"[^\W_]+(?:'s)?")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
# Where a noun phrase ends: a coordinator, a preposition ("Leg cramps at night"),
# punctuation, or a site-name separator ("Stroke | Heart Foundation", "Sepsis - Symptoms").
_BOUNDARY = re.compile(
    r",|;|/|&|\||·|•|[–—]|\s-\s|:|\?|!|\b(?:and|or|vs|versus|at|on|by|to|with|without|for|of|"
    r"in|into|after|before|during|from|among|near|under|over|while|when|since|because)\b",
    re.I,
)
_IGNORED = re.compile(
    r"^(?:\d+|[ivx]+|type|the|a|an|and|or|to|for|on|at|is|are|do|does|your|my|its|their|how|why)$",
    re.I,
)


# Where a part of a title starts that may ask its own question ("Shingles: is it
# contagious?", "Back pain - does it go away?").
_PART = re.compile(r"[:?!|–—]|\s-\s")


_DETERMINERS = frozenset({"a", "an", "the", "my", "your", "his", "her", "its", "our", "their"})


def _part_start(title: str, before: int) -> int:
    """Where the part of the title that holds offset ``before`` starts."""
    start = 0
    for m in _PART.finditer(title, 0, before):
        start = m.end()
    return start


def _escape(word: str) -> str:
    return "['’]".join(re.escape(part) for part in word.split("'"))


def _inflected(word: str) -> str:
    """An aspect's last word with its plural and verb forms ("care": "cares", "caring",
    "cared"; "treat": "treating", "treated"), so that "Caring for a child with croup" reads
    as "care"."""
    if not word.isalpha():
        return _escape(word)
    stem = word[:-1] if word.endswith("e") else word
    forms = {word, word + "s", word + "es", stem + "ing", stem + "ed", word + "d"}
    return "(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + ")"


@cache
def _words_regex(words: tuple[str, ...], inflect: bool = False) -> re.Pattern[str]:
    """One regex for the words, compiled once per process (a title is read many times)."""

    def one(phrase: str) -> str:
        parts = phrase.split()
        last = _inflected(parts[-1]) if inflect else _escape(parts[-1])
        return r"[\s-]+".join([*map(_escape, parts[:-1]), last])

    alternatives = sorted((one(w) for w in words), key=len)
    return re.compile(r"(?<![\w-])(?:" + "|".join(reversed(alternatives)) + r")(?![\w-])", re.I)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class TitleReading:
    links: tuple[str, ...]
    aspects: tuple[str, ...]
    modifier_joins: tuple[str, ...]
    name_heads: tuple[str, ...]
    plain_qualifiers: tuple[str, ...]
    long_term_marks: tuple[str, ...] = ()
    condition_endings: tuple[str, ...] = ()
    list_verbs: tuple[str, ...] = ()
    question_auxiliaries: tuple[str, ...] = ()
    question_openers: tuple[str, ...] = ()

    def subjects(self, title: str, hits: Sequence[Span]) -> list[bool]:
        """For each hit (a topic trigger matched in the title), whether it names the
        title's subject rather than a qualifier of it."""
        return _Reader(self, title, hits).subjects()

    def other_diseases(self, title: str, hits: Sequence[Span]) -> list[bool]:
        """For each hit, whether it is a generic head that a qualifier makes another
        disease's name ("Nappy Rash", "Lassa Fever"): the title names no topic there."""
        reader = _Reader(self, title, hits)
        return [reader.disease_name(h) for h in hits]

    def relative(self, title: str, hits: Sequence[Span]) -> str | None:
        """Why the title names a long-term relative of its topics rather than the topics
        themselves: a long-term mark ("Chronic ...", "Hereditary ..."), or another
        condition named beside them ("Amyloidosis and Kidney Disease"); None otherwise."""
        return _Reader(self, title, hits).relative()


class _Reader:
    def __init__(self, reading: TitleReading, title: str, hits: Sequence[Span]) -> None:
        # Parenthesised parts ("(PDQ)", "(DVT)") are blanked, keeping offsets.
        self.title = _PARENS.sub(lambda m: " " * len(m.group()), title)
        self.original = title  # for what joins a hit inside brackets ("(HIV-associated ...)")
        self.hits = hits
        self.links = _words_regex(reading.links)
        self.aspects = _words_regex(reading.aspects, inflect=True)
        self._aspect_spans = [m.span() for m in self.aspects.finditer(self.title)]
        self.heads = _words_regex(reading.name_heads)
        self.plain = _words_regex(reading.plain_qualifiers)
        self.joins = tuple(j.lower() for j in reading.modifier_joins)
        self.lists = _words_regex(reading.list_verbs) if reading.list_verbs else None
        self.asking = frozenset(w.lower() for w in reading.question_auxiliaries)
        self.openers = frozenset(w.lower() for w in reading.question_openers)
        self.marks = _words_regex(reading.long_term_marks) if reading.long_term_marks else None
        self.endings = (
            re.compile(r"\w*(?:" + "|".join(map(re.escape, reading.condition_endings)) + r")$")
            if reading.condition_endings
            else None
        )

    def _in_hit(self, at: int) -> bool:
        return any(h.start <= at < h.end for h in self.hits)

    def _content(self, start: int, end: int, topics_too: bool = False) -> list[str]:
        """The words of title[start:end] that are neither an aspect nor ignored, nor (unless
        ``topics_too``) a topic."""
        text = self.title[start:end]
        for h in () if topics_too else self.hits:
            a, b = max(h.start, start) - start, min(h.end, end) - start
            if a < b:
                text = text[:a] + " " * (b - a) + text[b:]
        text = self.aspects.sub(" ", text)
        return [w for w in _WORD.findall(text) if not _IGNORED.match(w)]

    def _link(self) -> int | None:
        for m in self.links.finditer(self.title):
            if not self._in_hit(m.start()):
                return m.start()
        return None

    def _in_aspect(self, at: int) -> bool:
        return any(start <= at < end for start, end in self._aspect_spans)

    def _phrase_end(self, start: int, limit: int) -> int:
        for m in _BOUNDARY.finditer(self.title, start, limit):
            if not self._in_hit(m.start()) and not self._in_aspect(m.start()):
                return m.start()
        return limit

    def _phrase_start(self, end: int) -> int:
        """Where the noun phrase that ends at ``end`` starts: after the last boundary."""
        start = 0
        for m in _BOUNDARY.finditer(self.title, 0, end):
            if not self._in_hit(m.start()) and not self._in_aspect(m.start()):
                start = m.end()
        return start

    def _subject(self, hit: Span, link: int | None) -> bool:
        limit = len(self.title) if link is None else link
        if hit.start >= limit:  # named after the link: a head of aspects only
            return not self._content(0, limit, topics_too=True)
        after = self.original[hit.end : hit.end + 16].lower()
        if any(after.startswith(j) for j in self.joins):
            return False  # "HIV-related lymphoma"
        if self._asked(hit, limit):
            return True  # "How long does pneumonia last?"
        if self._content(hit.end, self._phrase_end(hit.end, limit), topics_too=True):
            return False  # "Diabetic Heart Disease", "Diabetic Kidney Disease"
        return not self.disease_name(hit)

    def _asked(self, hit: Span, limit: int) -> bool:
        """Is the hit the subject of a question the title asks, one word after it its
        predicate ("How long does pneumonia last?", "Is shingles dangerous for the
        elderly?", "How Long Do Concussion Symptoms Last?"), not a noun it qualifies? The
        hit follows a question's auxiliary (``question_auxiliaries``) that opens its part
        of the title, alone or after question words (``question_openers``: "how long"),
        and its noun phrase holds exactly one content word after it: "Do Diabetic Foot
        Ulcers Heal?" has three, and diabetes stays a qualifier there."""
        if not self.asking:
            return False
        part = self.title[_part_start(self.title, hit.start) : hit.start]
        words = [w.lower() for w in _WORD.findall(part)]
        while words and words[-1] in _DETERMINERS:
            words.pop()  # "Does your ...", "Is the ..."
        if not words or words[-1] not in self.asking:
            return False
        if not all(w in self.openers for w in words[:-1]):
            return False
        after = self._content(hit.end, self._phrase_end(hit.end, limit), topics_too=True)
        return len(after) == 1

    def disease_name(self, hit: Span) -> bool:
        """A generic head ("fever") right after a qualifying word: another disease's name."""
        text = self.title[hit.start : hit.end]
        if not self.heads.fullmatch(text.strip()):
            return False
        # Only a qualifier in the same noun phrase names another disease: not the words of
        # "What is fever?", "Leaflet: fever" or "Your guide to encephalitis".
        before = self._content(self._phrase_start(hit.start), hit.start, topics_too=True)
        if not before or self.plain.fullmatch(before[-1]):
            return False
        # The qualifier stands right before the head ("Nappy Rash"), not further back with
        # other words between ("Talking to parents about a rash").
        words = _WORD.findall(self.title[: hit.start])
        return bool(words) and words[-1] == before[-1]

    def _listed(self) -> int | None:
        """Where a list of effects starts: after the first list verb outside a trigger
        ("Possible symptoms of lung late effects include trouble breathing and cough")."""
        if self.lists is None:
            return None
        for m in self.lists.finditer(self.title):
            if not self._in_hit(m.start()):
                return m.end()
        return None

    def subjects(self) -> list[bool]:
        link = self._link()
        listed = self._listed()
        return [(listed is None or h.start < listed) and self._subject(h, link) for h in self.hits]

    def relative(self) -> str | None:
        if self.marks is not None and (m := self.marks.search(self.title)):
            return f"the title says {m.group()!r}"
        if self.endings is not None:
            for word in self._content(0, len(self.title)):
                if len(word) >= MIN_CONDITION_WORD and self.endings.match(word.lower()):
                    return f"the title also names {word!r}"
        return None
