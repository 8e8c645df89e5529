"""The engine's own findings: a file it could not read or parse, a crash, a suppression
comment that is unused, unknown or unexplained.

The engine names them by :class:`Diagnostic`, never by code: each is documented by a
rule file of kind ``engine`` that declares ``diagnostic: <value>``, and that rule file
gives it its code, name and severity.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from medlint.ruleset import RuleFileError, RuleSpec


class Diagnostic(enum.StrEnum):
    UNREADABLE = "unreadable"
    PARSE_ERROR = "parse-error"
    CRASH = "crash"
    UNUSED_SUPPRESSION = "unused-suppression"
    UNKNOWN_SUPPRESSION = "unknown-suppression"
    SUPPRESSION_REASON = "suppression-reason"


# A file medlint could not read, or crashed on, is reported whatever the selection says:
# "All clear" must never cover a file that was not checked.
ALWAYS_REPORTED = frozenset({Diagnostic.UNREADABLE, Diagnostic.CRASH})
# A file medlint could not read is never hidden by a baseline entry.
NEVER_BASELINED = frozenset({Diagnostic.UNREADABLE})


@dataclass(frozen=True)
class Diagnostics:
    """The code of each diagnostic in a rule set."""

    codes: Mapping[Diagnostic, str]

    @classmethod
    def of(cls, specs: Iterable[RuleSpec]) -> Diagnostics:
        """Every diagnostic must be documented by exactly one engine rule."""
        codes: dict[Diagnostic, str] = {}
        for spec in specs:
            if spec.kind != "engine" or spec.diagnostic is None:
                continue
            diagnostic = Diagnostic(spec.diagnostic)
            if diagnostic in codes:
                raise RuleFileError(
                    f"{spec.source}: diagnostic {diagnostic.value!r} is already documented "
                    f"by {codes[diagnostic]}"
                )
            codes[diagnostic] = spec.code
        missing = [d.value for d in Diagnostic if d not in codes]
        if missing:
            raise RuleFileError(
                "no rule file of kind engine documents the diagnostic(s) " + ", ".join(missing)
            )
        return cls(codes)

    def code(self, diagnostic: Diagnostic) -> str:
        return self.codes[diagnostic]

    def codes_of(self, diagnostics: Iterable[Diagnostic]) -> frozenset[str]:
        return frozenset(self.codes[d] for d in diagnostics)

    @property
    def all_codes(self) -> frozenset[str]:
        return frozenset(self.codes.values())
