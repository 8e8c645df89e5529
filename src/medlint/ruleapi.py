"""The rule interface: what a rule sees (:class:`Context`, a view of one document with
its audience, the day and the NLP analysis) and what it provides (the :class:`Rule`
protocol, and optional capabilities such as :class:`JudgesStaleness`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Collection, Hashable, Iterable
from functools import cached_property
from typing import Any, Protocol, TypeVar, runtime_checkable

from medlint.audience import AudienceInfo
from medlint.checks.genre import Genre
from medlint.checks.genre import detect as detect_genre
from medlint.document import Document, MaskBuilder, RegionKind
from medlint.facts import Effective, effective, numeric_order
from medlint.model import Finding
from medlint.nlp import Analysis, PatternBank
from medlint.ruleset import RuleSpec

T = TypeVar("T")


class Context:
    """Everything a rule may look at for one document.

    :meth:`reading` gives the view a rule sees: the document's text with the regions
    the rule does not read blanked (their sections dropped), and the NLP mentions in the
    regions it reads. The analysis itself runs once per document, shared by the views; what
    several rules derive from one view (its genre, its date facts) is worked out once, on
    that view, when first asked for; work that rules build themselves but alike (the
    topics one knowledge base finds) is shared through :meth:`derived`.

    ``today`` is None when the engine lints: rules do not read the day, so a file's
    findings can be cached across days; a finding that holds only on some days gives its
    window instead (``Finding.valid_from``/``valid_until``, see medlint.daily)."""

    def __init__(
        self,
        document: Document,
        audience: AudienceInfo,
        today: dt.date | None,
        bank: PatternBank,
        analysis: Analysis | None = None,
        regions: frozenset[RegionKind] | None = None,
    ) -> None:
        self.document = document
        self.audience = audience
        self.today = today
        self.bank = bank
        self._analysis = analysis
        self._regions = regions  # the regions this view reads (None: all of them)
        self._views: dict[frozenset[RegionKind], Context] = {}
        self._derived: dict[Hashable, Any] = {}

    @cached_property
    def analysis(self) -> Analysis:
        return self._analysis or Analysis(self.document, self.bank)

    @cached_property
    def genre(self) -> Genre:
        """The page's genre (checks/genre.py), read from its main content; worked out once,
        on the main-content view, for the runner's ``genres:`` scope and the rules that ask."""
        main = self.reading((RegionKind.MAIN,))
        return detect_genre(self.document) if main is self else main.genre

    @cached_property
    def date_order(self) -> str | None:
        """How this view's numeric dates are written ("mdy", "dmy" or None: facts.py)."""
        return numeric_order(self.document)

    @cached_property
    def facts(self) -> Effective:
        """The dates and review facts a reader takes as the page's (facts.effective)."""
        return effective(self.document, self.date_order)

    def derived(self, key: Hashable, work: Callable[[], T]) -> T:
        """``work()`` on this view, run once for every caller that passes an equal ``key``:
        the key names the work and all it depends on besides the view, so equal keys give
        equal results (the rules that hold one topic finder share what it finds).
        Callers must not change what it returns."""
        if key in self._derived:
            return self._derived[key]  # type: ignore[no-any-return]
        result = self._derived[key] = work()
        return result

    def reading(self, kinds: Collection[RegionKind]) -> Context:
        """The context of a rule that reads the regions of ``kinds`` (itself when the
        document has no other regions)."""
        regions = frozenset(kinds)
        if regions == self._regions or all(r.kind in regions for r in self.document.regions):
            return self
        if regions not in self._views:
            document = region_view(self.document, regions)
            self._views[regions] = Context(
                document,
                self.audience,
                self.today,
                self.bank,
                self.analysis.within(regions),
                regions,
            )
        return self._views[regions]


def region_view(document: Document, regions: frozenset[RegionKind]) -> Document:
    """``document`` as a rule reading ``regions`` sees it: other regions' text blanked,
    their sections dropped (a sidebar heading is not the article's)."""
    unread = [r for r in document.regions if r.kind not in regions]
    mask = MaskBuilder(document.masked, keep=True)
    for region in unread:
        mask.blank(region.start, region.end)
    return dataclasses.replace(
        document,
        masked=mask.text(),
        sections=tuple(s for s in document.sections if document.region_at(s.start) in regions),
    )


class Rule(Protocol):
    spec: RuleSpec
    needs_nlp: bool

    def register(self, bank: PatternBank) -> None: ...

    def check(self, ctx: Context) -> Iterable[Finding]: ...


@runtime_checkable
class Prepares(Protocol):
    """A rule that builds part of its state on its first document (regexes compiled from its
    data, a dictionary read from disk) and can build it ahead: the runner calls
    ``prepare`` before it forks worker processes, so that they inherit that state instead
    of each building its own. Optional; no finding may depend on whether it was called."""

    def prepare(self) -> None: ...


@runtime_checkable
class PreparesCommon(Protocol):
    """A ``Prepares`` rule whose first-use state is partly read by every document (a gate,
    a dictionary) and partly by only some (a topic's regexes: the pages that name the
    topic). ``prepare_common`` builds only the first part; the runner calls it instead of
    ``prepare`` when the workers it forks are never replaced (one pool): each then builds
    on demand, in parallel with the other, the little of the rest its own files need,
    instead of the parent building all of it before the fork while the other cores idle
    (docs/performance.md, Round 19). Optional; no finding may depend on it."""

    def prepare_common(self) -> None: ...


@runtime_checkable
class JudgesStaleness(Protocol):
    """A rule that judges whether an article is out of date; the audit reports staleness
    against its threshold."""

    @property
    def stale_after_months(self) -> int: ...
