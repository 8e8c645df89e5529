"""What a pronoun stands for: the noun an object pronoun points back to (issue 13, round 9).

Unsafe advice is often told with a pronoun: "Scheduled for knee surgery? Cancel it!",
"Orthopedists want to operate. So don't listen to them.", "Painkillers are harsh. Instead of
using them, try this recipe." The rules that read care (MED111) and medicines (MED202) read
the act by its shape; this module only says which labelled noun a pronoun stands for, so
the act on the pronoun is read as the act on that noun.

The reading is deliberately narrow (there is no parser): the antecedent is the last labelled
mention before the pronoun in its own sentence or, when there is none, the last one in the
sentence before; it must agree in number with the pronoun ("it" a singular noun, "them" a
plural one). The caller passes the mentions it reads (care, treatments, medicines) and
decides, by the shape around the pronoun, whether the act on it is advice.
"""

from __future__ import annotations

from collections.abc import Collection

from medlint.nlp import Mention

SINGULAR = frozenset({"it", "this", "that"})
PLURAL = frozenset({"them", "these", "those", "they"})
PRONOUNS = SINGULAR | PLURAL
# The pronouns that stand alone as an object ("stop them"); "this" and "these" are more often
# determiners of a noun that follows ("stop this replacement therapy").
PERSONAL = frozenset({"it", "them"})
# Words ending in "s" that are no plural ("diagnosis", "glass", "virus").
_NOT_PLURAL_ENDINGS = ("ss", "is", "us")


def is_plural(noun: str) -> bool:
    """Is the noun phrase's head (its last word) a plural ("tablets", "your meds")?"""
    words = noun.lower().split()
    head = words[-1] if words else ""
    return head.endswith("s") and not head.endswith(_NOT_PLURAL_ENDINGS)


def agrees(pronoun: str, noun: str) -> bool:
    """Does the pronoun agree in number with the noun ("it" ~ "surgery", "them" ~ "pills")?"""
    word = pronoun.lower()
    if word in PLURAL:
        return is_plural(noun)
    if word in SINGULAR:
        return not is_plural(noun)
    return False


def antecedent(pronoun: Mention, mentions: Collection[Mention]) -> Mention | None:
    """The mention the pronoun stands for: the last of ``mentions`` before it in its own
    sentence, else the last in the sentence before; None when that one does not agree in
    number ("Surgery helps. Avoid them." points at nothing)."""
    return antecedent_at(pronoun.sentence, pronoun.token_start, pronoun.text, mentions)


def antecedent_at(
    sentence: int, token: int, pronoun: str, mentions: Collection[Mention]
) -> Mention | None:
    """:func:`antecedent` for a pronoun given by its sentence, first token and text."""
    own = [m for m in mentions if m.sentence == sentence and m.token_end <= token]
    pool = own or [m for m in mentions if m.sentence == sentence - 1]
    if not pool:
        return None
    last = max(pool, key=lambda m: (m.token_end, m.token_start))
    return last if agrees(pronoun, last.text) else None
