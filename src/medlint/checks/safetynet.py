"""MED112: a safety net for topics the red-flag knowledge base does not know (issue 12).

A consumer article about a condition, symptom or treatment where readers may need to act
should tell them *when* to get help ("see a doctor if ...", "call 911 if ...", a "When to
get help" section). The rule fires, as a warning, when such a page never does:

* the page is patient information (genre.py): not a genetics explainer, statistics, a
  clinical-trial listing, insurance, a dictionary entry, a product page or a listing;
* its title or headings name a condition, symptom or treatment (``clinical_headings``);
* its title does not name a group of conditions (``umbrella_titles``: "Thyroid Diseases",
  "Chest Injuries and Disorders"), an overview that points to its members' pages;
* its text has at least ``min_acute`` sentences with an acute cue ("emergency",
  "life-threatening", "sudden", "severe"), or ``min_acute_acute_title`` when its title or
  H1 names an acute kind of problem (an infection, injury, bite, allergy, poisoning,
  bleeding, breathing problem), or ``min_acute_symptom_title`` (none) when the title's
  subject is a symptom the reader notices ("Muscle Cramps", "Itching"; not "Chronic Pain"
  nor "Bleeding Disorders"), or ``min_acute_aftercare_title`` (none) when the title says
  the page is aftercare at home after a procedure ("Care After a Tooth Extraction",
  "After your operation"), or ``min_acute_self_care_title`` (none) when it says the page
  is self-treatment ("Home Remedies for Gout", "How to Cure Hemorrhoids at Home
  Naturally"; the page must still name a condition), or ``min_acute_addressed`` (none)
  when the page talks to its reader about their own health (``addresses_readers``, round
  29): a reference summary in the third person on a chronic, harmless or rare condition is
  not asked (the boundary was set on the dev and test splits of tests/eval/redflags);
* no knowledge-base topic applies, nor is named in the title as a qualifier ("Diabetic
  Heart Disease": MED109 judges the known topics, in proportion);
* the page's opening does not say that no reader can act (``no_reader``: an eradicated
  disease, a condition that begins within hours of birth, on the newborn ward);
* no statement tells readers when to get help (helpseeking.py; negated and discouraging
  ones do not count, conditional ones do; on a symptom page its own symptom is a symptom
  word there: "See your doctor if you seem to bruise for no reason").

News and research reports get their own standard: a warning only when they address readers
about their own health (``MIN_ADDRESSED`` times "you"/"your") and never prompt them to see a
professional at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

from medlint import document as d
from medlint.checks.aboutness import titles, topic_finder
from medlint.checks.conditiontitle import ConditionTitle, subject_heads, with_names
from medlint.checks.conditiontitle import reader as condition_title_reader
from medlint.checks.genre import address
from medlint.checks.helpseeking import HelpStatements, register
from medlint.checks.knowledge import GUIDANCE_SOURCE, load_guidance
from medlint.checks.redflags import LOCALE_SCHEMA, emergency_wording, localise
from medlint.checks.titlehead import Span
from medlint.context import NEGATED
from medlint.kinds import Context, fmt
from medlint.model import Finding
from medlint.nlp import Label, PatternBank
from medlint.optionschema import integer, number, options, strings, values
from medlint.optionschema import text as text_option
from medlint.pagemodel import HEADINGS, OPENING, PageModel, PageSignals, features, load_model
from medlint.quickscan import leading
from medlint.ruleset import RuleSpec, Searcher

_ACUTE = Label.of("net", "acute")
_NO_READER = Label.of("net", "no-reader")
# A news report is asked for a prompt only when it talks to readers about their own health
# ("if you have ...", "your doctor"); a report on research written in the third person is
# not (the blind reading of corpus findings, docs/evaluation.md).
_READER = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
# The same regex behind a look-ahead of the letter its matches start with, which ``re``
# scans for quickly (quickscan.leading): the same matches.
_READER_LED = leading(_READER)
MIN_ADDRESSED = 3
# ... and throughout: at least one "you" per ADDRESS_EVERY words (a 5,000-word trial report
# with one "if you smoke" aside is still a report on research). Words inside quotation marks
# are a quoted speaker's, and a sentence about taking part in a study or trial addresses
# would-be volunteers ("You can contact a site to ask about joining the study"), not readers
# about their own health: neither counts.
ADDRESS_EVERY = 500
_QUOTED = re.compile(r'“[^”]{0,1000}”|"[^"\n]{0,1000}"')
_SENTENCE = re.compile(r"[^.!?\n]+")
_ENDS = ".!?\n"  # what ends a run of _SENTENCE
_PARTICIPATION = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|take part|taking part|join(?:ing)?|enrol\w*|enroll\w*"
    r"|participa\w*|eligib\w*|volunteers?)\b",
    re.I,
)
_WORDS = re.compile(r"\w+")


def addresses_readers(text: str) -> bool:
    """Whether a report talks to its readers about their own health (module doc). When most
    of the sentences that address readers are about taking part in a study, the page speaks
    to volunteers throughout ("You will have that kind of mammogram every year")."""
    plain = _QUOTED.sub(" ", text)
    addressed = _addressed(plain)
    volunteer = [_PARTICIPATION.search(s) is not None for s, _ in addressed]
    if sum(volunteer) * 2 >= len(addressed) > 0:
        return False
    count = sum(n for (_, n), v in zip(addressed, volunteer, strict=True) if not v)
    # max(MIN_ADDRESSED, ...) <= count needs count >= MIN_ADDRESSED: the words are counted
    # only then
    return count >= MIN_ADDRESSED and count >= len(_WORDS.findall(text)) // ADDRESS_EVERY


def _addressed(plain: str) -> list[tuple[str, int]]:
    """The sentences (``_SENTENCE``'s runs) of ``plain`` that hold a reader word
    (``_READER``), in order, each with the number of reader words it holds: the words found
    in one pass over the text, not by a search of every sentence (docs/performance.md,
    Round 32b). A reader word is letters, so it lies inside one run; the characters around
    a run are ``.!?`` or a line break (or the text's ends), where ``\\b`` reads as at the
    ends of the run alone, so the words found in the text are those found in each run."""
    found: list[tuple[str, int]] = []
    end = -1  # the end of the run of the last word
    for m in _READER_LED.finditer(plain):
        at = m.start()
        if at < end:
            sentence, n = found[-1]
            found[-1] = (sentence, n + 1)
            continue
        start = max(plain.rfind(c, 0, at) for c in _ENDS) + 1
        ends = [e for c in _ENDS if (e := plain.find(c, at)) >= 0]
        end = min(ends) if ends else len(plain)
        found.append((plain[start:end], 1))
    return found


_CLINICAL_TEXT = re.compile(
    r"\b(?:symptoms? (?:include|are|of)|signs and symptoms|is treated|treatment (?:is|includes|for)"
    r"|are treated|diagnosed with)\b",
    re.I,
)


SIDE_EFFECTS_SHOWN = 5  # side-effect mentions counted on a medicine's page, for the message


class SafetyNetCheck:
    needs_nlp = True
    OPTIONS_SCHEMA = options(
        knowledge=text_option(
            "Folder of topic files under rules/knowledge/ (as the red flags).", "topics"
        ),
        page_model={
            "type": ["string", "null"],
            "default": None,
            "description": "Page model under rules/models/ read where the gates would stay quiet"
            " (pagemodel.py); null: none.",
        },
        page_model_threshold=number(
            "Log-odds at which the page model asks a page the gates leave quiet.", 3.0, -100
        ),
        page_model_unnamed_threshold={
            "type": ["number", "null"],
            "default": None,
            "minimum": -100,
            "description": "Log-odds (never below page_model_threshold) at which the page"
            " model asks a page whose subject only page_model_unnamed_names names, not the"
            " condition names (round 64); null: such a page is never asked.",
        },
        page_model_unnamed_names=text_option(
            "Name list under rules/knowledge/ (disease-names.schema.json) read for a page's"
            " subject where the condition names find none, as they are read: in its title or"
            " a heading, or one name again in its text.",
            "disease-names",
        ),
        page_model_repeats=integer(
            "Times the text must name one listed condition (when the title and headings name"
            " none) for the page model to read the page.",
            2,
            1,
        ),
        page_model_other_life=integer(
            "Times the opening must speak of animals or plants (guidance.yaml"
            " condition_title.shape_not_openings: fish, birds, plants, pets ...) to keep a page"
            " from the page model: a diet page that names fish once is a person's health.",
            3,
            1,
        ),
        page_model_not=strings(
            "Kinds of condition-title openings (guidance.yaml safety_net.condition_title"
            " openings) that keep a page from the page model: not a person's health."
        ),
        **LOCALE_SCHEMA,
    )

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        self.guidance = load_guidance()
        given = values(spec.options, self.OPTIONS_SCHEMA)
        self.finder = topic_finder(str(given["knowledge"]))
        name = given.get("page_model")
        self.page_model: PageModel | None = load_model(str(name)) if name else None
        self.page_threshold = float(given["page_model_threshold"])
        self.page_not = frozenset(map(str, given["page_model_not"]))
        self.page_repeats = int(given["page_model_repeats"])
        self.page_other_life = int(given["page_model_other_life"])
        self.number = emergency_wording(spec, self.guidance)
        self.conditions = condition_title_reader(self.guidance)
        # the second subject test: another name list and its higher bar (None: not read)
        unnamed = given.get("page_model_unnamed_threshold")
        self.second_subject: tuple[ConditionTitle, float] | None = (
            (with_names(self.conditions, str(given["page_model_unnamed_names"])), float(unnamed))
            if self.conditions is not None and unnamed is not None
            else None
        )

    def prepare(self) -> None:
        self.finder.prepare()

    def prepare_common(self) -> None:
        self.finder.prepare_common()

    def register(self, bank: PatternBank) -> None:
        register(bank, self.guidance, GUIDANCE_SOURCE)
        self.finder.register(bank)
        bank.add(_ACUTE, list(self.guidance.acute_cues), GUIDANCE_SOURCE)
        if self.guidance.no_reader:
            bank.add(_NO_READER, list(self.guidance.no_reader), GUIDANCE_SOURCE)

    def _clinical(self, ctx: Context) -> str | None:
        document = ctx.document
        for text in (document.title or "", *document.headings()):
            for pattern in self.guidance.clinical_headings:
                if m := pattern.search(text):
                    return f"{text!r} says {m.group()!r}"  # type: ignore[attr-defined]
        if m := _CLINICAL_TEXT.search(document.masked):
            return f"the text says {m.group()!r}"
        return None

    def _min_acute(
        self,
        document: d.Document,
        symptom: str | None,
        aftercare: str | None = None,
        self_care: str | None = None,
        serious: str | None = None,
        medicine: str | None = None,
    ) -> int:
        """How many acute sentences make the page one where readers may need to act: fewer
        when its title names an acute kind of problem (an infection, injury, allergy ...),
        ``min_acute_symptom_title`` when its subject is a symptom the reader notices,
        ``min_acute_aftercare_title`` when it is aftercare at home after a procedure,
        ``min_acute_self_care_title`` when it is self-treatment at home,
        ``min_acute_serious_title`` when it names a serious illness (a cancer), and
        ``min_acute_addressed`` when the page talks to its reader about their own health
        (``addresses_readers``), not a reference summary in the third person."""
        g = self.guidance
        least = g.min_acute
        if g.min_acute_addressed is not None and addresses_readers(document.masked):
            least = min(least, g.min_acute_addressed)  # a page that talks to its reader
        for said, bound in (
            (symptom, g.min_acute_symptom_title),
            (aftercare, g.min_acute_aftercare_title),
            (self_care, g.min_acute_self_care_title),
            (serious, g.min_acute_serious_title),
            (medicine, g.min_acute_medicine_title),
        ):
            if said is not None and bound is not None:
                least = min(least, bound)
        if g.min_acute_acute_title is None:
            return least
        for _where, title, _at in titles(document):
            if self._acute_kind(title):
                return min(least, g.min_acute_acute_title)
        return least

    def page_features(self, ctx: Context) -> dict[str, float]:
        """The page model's features of the page (pagemodel.py): its words and what the
        safety net knows of it."""
        document = ctx.document
        signals = PageSignals(
            addressed=addresses_readers(document.masked),
            clinical=self._clinical(ctx) is not None,
            acute=len(self._acute(ctx)),
            genre=ctx.genre.value,
        )
        return features(document.title or "", document.headings(), document.masked, signals)

    def _modelled(self, ctx: Context) -> str | None:
        """Why the page model reads a page the gates leave quiet as one that should say when
        to get help (``page_model`` at ``page_model_threshold``), or None."""
        if self.page_model is None:
            return None
        conditions = self.conditions
        if conditions is not None and (
            conditions.opening_says(ctx.document, self.page_not)
            or conditions.other_life(ctx.document, self.page_other_life)
        ):
            # an animal's or a plant's disease ("in dogs", "your cat", "affects trees"), or
            # an opening that speaks of animals or plants again and again (a goldfish's swim
            # bladder): not a person's health. An animal or a plant the opening names once or
            # twice (fish on a diet page, the plants of a herbal remedy, a pet) decides
            # nothing (round 67, S102)
            return None
        subject = None
        bound = self.page_threshold
        if conditions is not None:
            # the page must name a person's condition as its subject: in its title or a
            # heading, or the same one again and again in its text
            subject = conditions.subject_named(ctx.document, self.page_repeats, HEADINGS, OPENING)
            if subject is None and self.second_subject is not None:
                # or a disease the condition names leave out ("PCOS", "plantar fasciitis",
                # ``page_model_unnamed_names``), asked only at ``page_model_unnamed_threshold``;
                # a stretching routine for healthy people names none
                diseases, unnamed = self.second_subject
                subject = diseases.subject_named(
                    ctx.document, self.page_repeats, HEADINGS, OPENING
                ) or self._habit(ctx.document)
                bound = max(bound, unnamed)
            if subject is None:
                return None
        found = self.page_features(ctx)
        score = self.page_model.score(found)
        if score < bound:
            return None
        words = ", ".join(repr(w) for w in self.page_model.evidence(found))
        return (
            f"{subject}; the page model reads it as patient information on a health problem"
            f" (score {score:.1f}; {words})"
        )

    def _symptom_title(self, document: d.Document) -> tuple[str, tuple[Searcher, ...]] | None:
        """The symptom the title or H1 is about ("Muscle Cramps", "Itching", "Blood in the
        Urine"), read as the acute kinds are: the title's subject, not a qualifier ("Pain
        Relievers"), not part of a condition's name ("Bleeding Disorders": a
        ``symptom_condition_heads`` word follows it), and not marked as long-term ("Chronic
        Pain": a page for people who live with it, title_reading ``long_term_marks``)."""
        g = self.guidance
        if not g.symptom_title_kinds:
            return None
        for where, title, _at in titles(document):
            found = [
                (k, Span(*m.span()))
                for k in g.symptom_title_kinds
                for m in k.finditer(title)
                if not self._names_condition(title, m.end())
            ]
            hits = [h for _k, h in found]
            if not hits:
                continue
            reading = g.title_reading
            if reading is not None:
                heads = (*reading.aspects, *g.kind_heads, *g.symptom_body_heads)
                reading = replace(reading, aspects=heads)
                if not any(reading.subjects(title, hits)) or reading.relative(title, hits):
                    continue
            first = min(hits, key=lambda h: h.start)
            kinds = tuple(dict.fromkeys(k for k, _h in found))
            return f"{where} names the symptom {title[first.start : first.end]!r}", kinds
        return None

    def _concern(self, document: d.Document) -> str | None:
        """Why the title or H1 is the reader asking about their own body or symptom
        (``concern_titles``: "Why does my heel hurt in the morning?", "Should I be concerned
        about bloat?", "What Is Frequent Urination a Sign Of?"): a symptom page whose
        symptom the title does not name as a word of ``symptom_title_kinds``."""
        return _title_says(document, self.guidance.concern_titles, "the reader's own concern")

    def _medicine(self, document: d.Document) -> str | None:
        """Why the page is for people taking a medicine: the title or H1 names one
        (``medicine_title``: the lexicons MED202 acts on) and the text speaks of side
        effects at least ``min_medicine_side_effects`` times (``side_effect_words``)."""
        g = self.guidance
        if g.medicine_title is None or not g.side_effect_words:
            return None
        for where, title, _at in titles(document):
            if m := g.medicine_title.search(title):
                text = document.masked
                # counted up to SIDE_EFFECTS_SHOWN, for the message
                count = sum(
                    1
                    for pattern in g.side_effect_words
                    for _ in islice(pattern.finditer(text), SIDE_EFFECTS_SHOWN)
                )
                if count >= g.min_medicine_side_effects:
                    times = "once" if count == 1 else f"{count} times"
                    if count >= SIDE_EFFECTS_SHOWN:
                        times = f"{SIDE_EFFECTS_SHOWN} times or more"
                    return (
                        f"{where} names the medicine {m.group()!r} and the text speaks of "
                        f"side effects {times}"
                    )
                return None
        return None

    def _names_condition(self, title: str, end: int) -> bool:
        """Whether the word after a symptom word makes it a condition's name."""
        after = _WORDS.match(title[end:].lstrip())
        heads = self.guidance.symptom_condition_heads
        return after is not None and after.group().lower() in heads

    def _aftercare(self, document: d.Document) -> str | None:
        """Why the title or H1 says the page is aftercare at home after a procedure
        (``aftercare_titles``: "Care After a Tooth Extraction", "After your operation"), or
        names rehabilitation or wound care after an operation (``aftercare_rehab_titles``:
        "Exercises After Hip Replacement", "Caring for your C-section scar"), or a named
        procedure with the reader's self-care after it (``aftercare_named_titles``: "What Not
        to Do After LASIK", "Tummy Tuck Recovery"; not ``aftercare_named_not``: a later
        procedure, a gallery, a buying guide, a diary), the last two on a page the condition
        title does not keep out (a practice's service, a shop, research)."""
        g = self.guidance
        said = _title_says(document, g.aftercare_titles, "aftercare")
        if said is not None:
            return said
        said = _title_says(document, g.aftercare_rehab_titles, "aftercare") or _title_says(
            document, g.aftercare_named_titles, "aftercare", unless=g.aftercare_named_not
        )
        return None if said is not None and self._kept_out(document) else said

    def _serious(self, document: d.Document) -> str | None:
        """Why the title or H1 names a serious illness (``serious_titles``: a cancer) with a
        remedy, diet or cure (``serious_title_remedies``), on a page no knowledge-base topic
        covers; not a regulator's letter to a seller (``serious_title_not``)."""
        g = self.guidance
        return _title_says(
            document,
            g.serious_titles,
            "about a serious illness with a remedy",
            also=g.serious_title_remedies,
            unless=g.serious_title_not,
        )

    def _self_care(self, document: d.Document) -> str | None:
        """Why the title or H1 says the page is self-treatment (``self_care_titles``: "Home
        Remedies for Gout", "How to Cure Hemorrhoids at Home Naturally")."""
        return _title_says(document, self.guidance.self_care_titles, "self-treatment")

    def _remedy_use(self, document: d.Document) -> str | None:
        """Why the title or H1 puts a remedy to a health use (``remedy_use_titles``: "Health
        Benefits of Garlic", "Castor Oil for Dry Eyes", "Does Noni help against cancer?");
        not a regulator's letter to a seller (``serious_title_not``: "Warning letter: Herbs
        for cancer"), which is written to the seller, not to readers."""
        g = self.guidance
        return _title_says(
            document,
            g.remedy_use_titles,
            "a remedy put to a health use",
            unless=g.serious_title_not,
        )

    def _management(self, document: d.Document) -> str | None:
        """Why the title or H1 says the page is about managing a named condition by the
        reader's own means (``management_titles``: "Best Diet for Fatty Liver", "Exercises to
        Manage Knee Osteoarthritis", "Fitness with Heart Failure"). The condition must be what
        the means is for: a listed condition or a knowledge-base topic in the words after it,
        up to the next clause (``management_object_ends``: "Diabetes Recipes for Dinner" is
        for dinner), and those words must not name other people the page is written for
        (``management_object_not``: "... for Heart Failure Patients", "Training for nurses").
        Not a phrase the title quotes ("Why I Don't Offer 'Yoga For Back Pain' Classes"),
        not a tag or category page of teasers (``management_not_addresses``), not a
        regulator's letter to a seller."""
        g = self.guidance
        if not g.management_titles:
            return None
        url = address(document) or ""
        if any(p.search(url) for p in g.management_not_addresses):
            return None
        for where, title, _at in titles(document):
            if any(p.search(title) for p in g.serious_title_not):
                continue
            for pattern, before in (
                *((p, False) for p in g.management_titles),
                *((p, True) for p in g.management_heads),
            ):
                for m in pattern.finditer(title):
                    if _quoted(title, m.start()):
                        continue  # a phrase the title quotes is mentioned, not the subject
                    if before:
                        clause = _clause_words(title[: m.start()], g.management_object_ends)
                        what = self._qualifying(clause)
                        said = f"{what} {m.group(1)}"
                    else:
                        what = _object(title[m.end() :], g.management_object_ends)
                        said = m.group().strip()
                    if self._managed(what):
                        return f"{where} says the reader manages a condition ({said!r})"
        return None

    def _qualifying(self, clause: list[str]) -> str:
        """The condition that ends ``clause``, the words right before a management head
        ("Chronic Kidney Disease" Diet), or "": a condition named earlier in the clause
        qualifies something else ("Heart disease and the Mediterranean diet")."""
        for size in range(1, min(len(clause), MAX_QUALIFIER_WORDS) + 1):
            if self._managed(" ".join(clause[-size:])) and not self._managed(
                " ".join(clause[-size:-1])
            ):
                return " ".join(clause[-size:])
        return ""

    def _managed(self, what: str) -> bool:
        """Whether ``what``, the words a management means is for, names a listed condition
        or a knowledge-base topic, and no other people the page is written for
        (``management_object_not``)."""
        g = self.guidance
        if not what or any(p.search(what) for p in g.management_object_not):
            return False
        if self.conditions is not None and self.conditions.names_in(what):
            return True
        return self.finder.names_topic(what)

    def _health_text(self, document: d.Document) -> str | None:
        """Why the text of a self-treatment page is about health (``self_care_health_words``:
        "pain", "inflammation", "doctor"): the object of "get rid of" in its title is then a
        health problem, not clutter."""
        for pattern in self.guidance.self_care_health_words:
            if m := pattern.search(document.masked):
                return f"the text says {m.group()!r}"  # type: ignore[attr-defined]
        return None

    def _condition(self, document: d.Document) -> str | None:
        """Why the title's whole subject is a condition's name (conditiontitle.py), on a
        page not kept out by its length, opening, kind or address."""
        if self.conditions is None or (named := self.conditions.named(document)) is None:
            return None
        return None if self._kept_out(document) else named

    def _umbrella(self, document: d.Document) -> bool:
        """Whether the title names a group of conditions (``umbrella_titles``)."""
        return any(
            u.search(title)
            for _where, title, _at in titles(document)
            for u in self.guidance.umbrella_titles
        )

    def _acute_kind(self, title: str) -> bool:
        """Whether the title's subject is an acute kind of problem: the kind is the head of
        its noun phrase as the title reading decides for topics ("Latex Allergy", "Spider
        Bites", "Heart Attack Symptoms"), not a qualifier or a verb ("Allergy Testing",
        "Cyber Attack Disrupts Hospital Services", "Burn Calories Fast")."""
        hits = [Span(*m.span()) for k in self.guidance.acute_title_kinds for m in k.finditer(title)]
        if not hits:
            return False
        reading = self.guidance.title_reading
        if reading is None:
            return True
        # A generic head after the kind keeps it the subject ("Breathing Problems").
        heads = self.guidance.kind_heads
        reading = replace(reading, aspects=(*reading.aspects, *heads))
        return any(reading.subjects(title, hits))

    def _no_reader(self, ctx: Context) -> str | None:
        """What the page's opening says that leaves no reader able to act: the disease no
        longer occurs ("eradicated", "The last case was reported in 1977"), or it begins at
        birth or within hours of it, on the newborn ward (guidance ``no_reader``)."""
        if not self.guidance.no_reader:
            return None
        for m in ctx.analysis.mentions(_NO_READER):
            if m.sentence < self.guidance.no_reader_sentences and not m.has(NEGATED):
                return m.text
        return None

    def _acute(self, ctx: Context) -> list[str]:
        sentences: dict[int, str] = {}
        for m in ctx.analysis.mentions(_ACUTE):
            if not m.has(NEGATED):
                sentences.setdefault(m.sentence, m.text)
        return list(sentences.values())

    def check(self, ctx: Context) -> Iterator[Finding]:
        document = ctx.document
        title = document.meta(d.TITLE)
        at = title.start if title else (document.sections[0].start if document.sections else 0)
        found = ctx.genre
        help_ = HelpStatements(ctx, self.guidance)
        if found.is_news:
            on_health = self.finder.named_in_title(document) or self._clinical(ctx)
            addressed = addresses_readers(document.masked)
            if not help_.statements and on_health and addressed:
                yield Finding(at, at, self._news_message(found.reason), self._news_fix())
            return
        if not found.expects_help or self.finder.find(ctx):
            return  # MED109 judges the topic the page is about
        # a remedy put to a health use is self-treatment
        self_care_title = (
            self._self_care(document) or self._remedy_use(document) or self._management(document)
        )
        if self.finder.known_in_title(document) and self_care_title is None:
            # a known topic the title names only as a qualifier is MED109's to judge in
            # proportion; a self-treatment title is asked here, as MED109 judges nothing
            # ("Best home remedies to get rid of wisdom tooth pain"; round 24). MED109 took
            # no topic here, so the page model alone may still ask (round 64, K87)
            yield from self._modelled_only(ctx, at, help_)
            return
        if self._umbrella(document):
            return  # an overview of a group of conditions points to its members' pages
        symptom = self._symptom_title(document)
        reason, subject = symptom if symptom is not None else (self._concern(document), ())
        aftercare = self._aftercare(document) if reason is None else None
        plain = reason is None and aftercare is None  # neither a symptom nor aftercare page
        self_care = self_care_title if plain else None
        medicine = self._medicine(document) if plain and self_care is None else None
        serious = self._serious(document) if plain else None
        # a medicine named where the title's own words say what the page is about ("Neuroleptic
        # Malignant Syndrome") lowers the acute bound but is not the reason given
        clinical = reason or aftercare or self._clinical(ctx) or medicine or serious
        if clinical is None and self_care is not None:
            # "get rid of" what: a health problem when the text says a word of health
            clinical = self._health_text(document)
        if clinical is not None and self_care is not None:
            clinical = f"{self_care}; {clinical}"  # still a condition, not "get rid of clutter"
        acute = self._acute(ctx)
        least = self._min_acute(document, reason, aftercare, self_care, serious, medicine)
        condition = None
        if clinical is None or len(acute) < least:
            # a condition named as the title's whole subject is read only where the page
            # would not be asked otherwise: a page asked on other grounds keeps its reasons
            # (a symptom or aftercare page needs no acute wording and never comes here)
            condition = self._condition(document)
            if condition is not None:
                clinical = f"{condition}; {clinical}" if clinical else condition
                # a condition's whole-subject title lowers the bound to
                # ``min_acute_condition_title`` (the bound above is a minimum already)
                bound = self.guidance.min_acute_condition_title
                least = least if bound is None else min(least, bound)
        modelled = None
        if clinical is None or len(acute) < least:
            # where the gates stay quiet, the page model reads the whole page
            if (modelled := self._modelled(ctx)) is None:
                return
            clinical = modelled
        if self._no_reader(ctx) is not None:
            return  # an eradicated disease, a newborn-ward condition: no reader can act
        # On a symptom page its symptom is a symptom word ("see your doctor if you bruise"),
        # on a medicine's page its side effects ("call your doctor if you get side effects").
        if medicine is not None:
            subject = (*subject, *self.guidance.side_effect_words)
        help_ = HelpStatements(ctx, self.guidance, subject) if subject else help_
        if help_.when_to_get_help() is not None:
            return
        kinds = (
            (reason, "a symptom"),
            (aftercare, "aftercare"),
            (self_care, "self-care"),
            (medicine, "a medicine's page"),
            (serious, "a serious illness"),
            (condition, "a page about a condition"),
            (modelled, "a page the page model reads"),
        )
        needed = next((name for said, name in kinds if said), "this page")
        cues = ", ".join(repr(a) for a in acute[:3]) or f"none needed for {needed}"
        about = (
            "care at home after a procedure"
            if aftercare
            else "treating a problem yourself"
            if self_care
            else "taking a medicine"
            if medicine is not None and clinical == medicine
            else "a condition"
        )
        yield self._finding(at, about, str(clinical), cues)

    def _finding(self, at: int, about: str, why: str, cues: str) -> Finding:
        problem = (
            f"this consumer article is about {about} where readers may need to act "
            f"({why}; acute wording: {cues}) but never tells them when to get help "
            f"(warning signs with 'see a doctor if ...' or 'call {self.number} if ...')"
        )
        return Finding(at, at, fmt(self.spec.message, problem=problem), self._fix())

    def _kept_out(self, document: d.Document) -> bool:
        """Whether the condition title keeps the page out of being asked (a practice's
        service in its own voice, a shop, research, an appeal: ``ConditionTitle.kept_out``);
        the one test the aftercare, habit and model-only paths share."""
        return self.conditions is not None and self.conditions.kept_out(document) is not None

    def _habit(self, document: d.Document) -> str | None:
        """Why the title or one of the first headings names coming off a substance the reader
        depends on (``habit_titles``: "Alcohol Withdrawal Timeline", "Herbs To Help Quit
        Smoking"), or None: not in a personal account (``habit_title_not``: "Quit Smoking
        Diary") nor on a page the condition title keeps out (a practice's or a shop's page)."""
        if self._kept_out(document):
            return None
        heads = ((text, text) for text in subject_heads(document, HEADINGS))
        found = _first_said(heads, self.guidance.habit_titles, unless=self.guidance.habit_title_not)
        if found is None:
            return None
        text, said = found
        return f"{text!r} is about coming off a substance ({said.lower()!r})"

    def _modelled_only(self, ctx: Context, at: int, help_: HelpStatements) -> Iterator[Finding]:
        """The page model's finding on a page whose title names a known topic MED109 takes
        no topic from: not a title about another sense of it (a vaccine, rehabilitation,
        research ...), not a page the condition title keeps out (a practice's or a shop's
        page, research, an appeal: ``ConditionTitle.kept_out``), the model must read it
        (``_modelled``), a reader must be able to act, and the page must not say when to get
        help."""
        if self.finder.sense_titled(ctx.document):
            return  # "Protect your baby from pertussis. Get the Tdap vaccine.": a vaccine page
        if self._kept_out(ctx.document):
            return  # a practice's, a shop's or a research page (the condition title's keep-outs)
        if (modelled := self._modelled(ctx)) is None or self._no_reader(ctx) is not None:
            return
        if help_.when_to_get_help() is not None or self._umbrella(ctx.document):
            return
        yield self._finding(
            at, "a condition", modelled, "none needed for a page the page model reads"
        )

    def _news_message(self, reason: str) -> str:
        problem = (
            f"this news or research report ({reason}) on a health topic never prompts "
            "readers to see a health professional"
        )
        return fmt(self.spec.message, problem=problem)

    def _news_fix(self) -> str:
        return (
            'Add a line such as "If you have questions about your own health, talk to your doctor."'
        )

    def _fix(self) -> str:
        return (
            "Add a 'When to get medical help' section: the warning signs that need a doctor "
            f"and what to do ({localise('call your local emergency number', self.number)} "
            "for an emergency), based on a public consumer source for the condition."
        )


_QUOTE_PAIRS = (("\u201c", "\u201d"), ("\u2018", "\u2019"))


def _quoted(title: str, at: int) -> bool:
    """Whether offset ``at`` of ``title`` lies inside quotation marks: an odd number of
    straight double quotes before it, or more opening than closing curly quotes."""
    before = title[:at]
    if before.count('"') % 2 == 1:
        return True
    return any(before.count(o) > before.count(c) for o, c in _QUOTE_PAIRS)


def _object(rest: str, ends: tuple[Searcher, ...]) -> str:
    """The words after a management phrase up to the first clause end (``ends``)."""
    cut = min((m.start() for e in ends if (m := e.search(rest))), default=len(rest))  # type: ignore[attr-defined]
    return rest[:cut].strip()


# The longest condition name read right before a management head ("chronic kidney disease").
MAX_QUALIFIER_WORDS = 5


def _clause_words(before: str, ends: tuple[Searcher, ...]) -> list[str]:
    """The words before a management head, back to the clause's start (``ends``)."""
    starts = [m.end() for e in ends for m in e.finditer(before)]
    return before[max(starts, default=0) :].split()


def _title_says(
    document: d.Document,
    patterns: tuple[Searcher, ...],
    kind: str,
    also: tuple[Searcher, ...] = (),
    unless: tuple[Searcher, ...] = (),
) -> str | None:
    """Why the title or H1 says the page is of ``kind``: the first of ``patterns`` it matches,
    in a title that also matches one of ``also`` (when given) and none of ``unless``."""
    heads = ((where, title) for where, title, _at in titles(document))
    found = _first_said(heads, patterns, also, unless)
    return None if found is None else f"{found[0]} says it is {kind} ({found[1].strip()!r})"


def _first_said(
    heads: Iterable[tuple[str, str]],
    patterns: tuple[Searcher, ...],
    also: tuple[Searcher, ...] = (),
    unless: tuple[Searcher, ...] = (),
) -> tuple[str, str] | None:
    """(the label of the first head whose text matches one of ``patterns``, the words
    matched), reading each (label, text) of ``heads`` in turn: a text that matches one of
    ``unless``, or none of ``also`` when given, is skipped; the first of ``patterns`` that
    matches it decides. ``_title_says`` and ``SafetyNetCheck._habit`` read their heads so."""
    for label, text in heads:
        if any(p.search(text) for p in unless):
            continue
        if also and not any(p.search(text) for p in also):
            continue
        for pattern in patterns:
            if m := pattern.search(text):
                return label, str(m.group())  # type: ignore[attr-defined]
    return None
