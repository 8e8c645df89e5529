"""Prompting care and discouraging it, recognised by the shape of the sentence.

MED110 (:class:`ConsultPrompt`) needs an affirmative prompt to consult a professional. A
consult phrase counts unless the sentence tells a story ("she took her son to the doctor's
office", "... did so before visiting a doctor"), names it inside an embedded question
("what you should tell your doctor before using the drug"), or uses a visit as a noun
with no directive verb ("a doctor's office"). Negated, discouraged and tool sentences are
left out as before (kinds.RequiredRule).

MED111 (:class:`ConsultDiscouraged`) reports care steered away from. On top of negated or
discouraged consult phrases addressed to the reader (kinds.ForbiddenRule), it reads care as
a noun (rules/lexicons/care-target.yaml: professionals, places, "medical help"; and
care-treatment.yaml: treatments and tests) under one of these shapes:

* an imperative against it: "Avoid hospitals", "Skip the GP", "Stay away from the dentist",
  "..., so wait rather than calling anyone", "Don't let a doctor talk you into ...";
* a verdict on it: "Vaccines are unnecessary", "Counselling isn't necessary", "Going to the
  doctor for a headache is a waste of everyone's time", "nothing a doctor needs to look at";
* need or help denied to the reader: "You don't need a doctor", "Nobody ... needs a
  therapist", "You can manage croup without medical help", "No doctor can help you";
* distrust: "Doctors will only give you drugs", "the last people you should ask", "ignore
  your doctor's advice", "Your doctor doesn't need to know".

Not discouragement: a double negation ("never act on this page without asking your doctor
first"), safety-netting ("... see a doctor if it lasts more than a week"; a net after the
match, or a prompt in the same section for a qualified statement), a clinical statement
("you may not need surgery": treatments only count under an imperative or a verdict), a
condition ("if you don't need urgent care, book a routine appointment"), and "you don't
need a referral to see a physiotherapist" (the negation is about the referral).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from itertools import pairwise

from medlint.checks import anaphora
from medlint.checks.helpseeking import list_lead_in
from medlint.checks.shape import (
    ARTICLES,
    clause_before,
    in_research_section,
    option_words,
    own_clause,
    sentence_place,
    vocabulary,
    vocabulary_of,
)
from medlint.checks.shape import words as word_list
from medlint.context import (
    DEBUNKING,
    DISCOURAGED,
    HYPOTHETICAL,
    NEGATED,
    QUESTION,
    QUOTED,
    REPORTED,
)
from medlint.kinds import Context, ForbiddenRule, RequiredRule, fmt, patterns_of
from medlint.model import Finding
from medlint.nlp import Label, Mention, PatternBank
from medlint.optionschema import lexicons, options, strings
from medlint.quickscan import LiteralGate, gated, leading
from medlint.ruleset import RuleSpec

# Consult prompts end a clause at a parenthesis too ("(or call 911)").
CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "(", ")"})
CONDITIONS = frozenset({"if", "when", "whenever", "unless", "whether"})
# An embedded question's word stands close before the prompt it embeds ("what you should
# tell your doctor"), not in an earlier part of the clause ("how their breasts feel so that
# they can check with their doctors").
EMBEDDED_REACH = 5
# Marks a carer's noun phrase or a verb's object never runs across.
_HARD_MARKS = frozenset({";", ":", "—", "–", "(", ")", ".", "!", "?", "…"})
_POSSESSIVE = frozenset({"'s", "'", "s"})
_POSSESSIVE_PERSONS = frozenset({"their", "your", "our"})
_LIST_WORDS = frozenset({",", "or", "and", "and/or", "/"})
# A fronted concessive clause grants what the sentence then sets aside ("While medical
# treatment is crucial, some home remedies ..."): no prompt (round 42, C42).
_CONCESSIVE = frozenset({"while", "whilst", "though", "although"})
# How far before "without" the action it negates may stand ("Never stop or modify
# prescribed medication without guidance from ..."), in words.
_NEGATION_REACH = 8
# A temporal clause names the occasion of a trip to a place of care, not a prompt to make
# it: "carry this plan when they go to the emergency room" (round 42, C42): the temporal
# word, its subject and the verb ("When it gets worse go to the hospital" still prompts).
_TEMPORAL = frozenset({"when", "whenever", "while", "once"})
# A report's verb after a normative frame makes it a third party's case ("His symptoms
# warrant medical attention, the report said"); before it, an authority's guidance
# ("Doctors say any chest pain warrants immediate medical attention") still prompts.
_REPORTING = frozenset({"said", "says", "reported", "reports", "wrote", "writes"})
_HAVE = frozenset({"have", "has", "having", "had"})
_SUBJECT_PRONOUNS = frozenset({"you", "i", "we", "they", "he", "she", "it", "there", "u"})
# A negation of the action that a "without ..." or "unless ..." frame makes a double
# negation: "Do not stop ... without your doctor's approval".
_NEGATIONS = frozenset(
    {"not", "n't", "nt", "never", "no", "cannot", "avoid", "risky", "dangerous", "unsafe"}
)
# Words opening a noun phrase: a negated need of one ("don't need a doctor") denies a thing.
_DETERMINERS = ARTICLES | frozenset({"your", "any", "my", "our", "their", "his", "her", "some"})
# Words opening a subordinate clause: a negation before one does not reach into it.
_SUBORDINATORS = frozenset({"when", "whenever", "before", "after", "while", "once", "because"})
# The frame of a carer offering help ("your GP can advise"), addressed to the reader as an offer.
_OFFER = "can"
# How hard or easy a consult is to get is a report of it, not a prompt: "It can be hard to
# find a specialist who knows your disease", "it is not always easy to see a GP".
_HOW_HARD = frozenset(
    {"hard", "difficult", "easy", "easier", "harder", "impossible", "tough", "tricky"}
)
_PASSIVE = frozenset({"be", "been", "being", "is", "are", "was", "were", "get", "gets"})
_MODALS = frozenset(
    {"should", "must", "can", "could", "may", "might", "will", "would", "need", "needs", "please"}
)
_PRICE = re.compile(r"[$£€]\s?\d|\b\d+\s?(?:dollars|usd|gbp|eur)\b", re.I)


class ConsultPrompt(RequiredRule):
    """MED110: kinds.RequiredRule, with narrative, embedded and nominal mentions left out,
    plus prompts recognised by the shape around a care professional (:class:`CarerShapes`)."""

    OPTIONS_SCHEMA = options(
        **RequiredRule.OPTIONS_SCHEMA["properties"],
        narrative_verbs=strings("Verbs that make a consult mention a narrative ('she took ...')."),
        narrative_auxiliaries=strings("Auxiliaries before such a verb ('had', 'was')."),
        embedded_starts=strings("Words that start an embedded question ('whether', 'how')."),
        embedded_infinitive_starts=strings(
            "Words that start an embedded question before 'to' inside a clause ('when')."
        ),
        nominal_heads=strings("Nouns a visit is named as ('appointment', 'visit')."),
        nominal_verbs=strings("Verbs whose object is such a noun ('schedule', 'book')."),
        no_longer=strings("Phrases that deny a prompt after them ('no longer have to')."),
        **vocabulary(
            "carer",
            "Lexicons of care professionals, care teams and clinics (the one to ask or see).",
            "Care professionals added to them.",
        ),
        **vocabulary(
            "guidance",
            "Lexicons of professional guidance named without a person ('medical supervision').",
            "Such guidance added to them.",
        ),
        not_carer_modifiers=word_list("Words before a carer that make it no health professional."),
        not_carer_heads=word_list("Nouns after a carer that name something else ('version')."),
        ask_verbs=word_list("Verbs whose object is the carer to consult ('consult', 'see')."),
        with_words=word_list("Verbs and nouns of consulting before 'with'/'to' + carer."),
        to_words=word_list("Those of them that take 'to' ('talk to', 'a visit to')."),
        visit_nouns=word_list("Those of them that are a visit, asked for only after a directive."),
        guidance_nouns=word_list("Nouns of a carer's guidance or permission ('approval')."),
        guidance_frames=word_list("Words before such guidance that ask for it ('with', 'under')."),
        double_negation_frames=word_list("Frames needing a negated action ('without', 'unless')."),
        by_participles=word_list("Participles before 'by' + carer ('supervised', 'monitored')."),
        required_participles=word_list(
            "Participles before 'by' + carer ('diagnosed', 'prescribed') that prompt only "
            "right after a requirement_leads word ('should be diagnosed by a doctor')."
        ),
        requirement_leads=word_list("Words ('be', 'unless') before a required participle."),
        requirement_words=word_list(
            "Words ('should', 'after') one of which the clause before 'be'/'been' and a required "
            "participle must hold ('you should be diagnosed by a doctor')."
        ),
        required_guidance_frames=word_list(
            "Frames ('requires', 'needs') that make guidance named after them a prompt with no "
            "reader named ('A combined approach requires professional medical guidance')."
        ),
        required_guidance_nouns=word_list(
            "The guidance nouns ('supervision', 'advice') such a frame may require."
        ),
        quantifier_denials=word_list(
            "Quantifiers ('rarely', 'few') that, in the clause before, deny a requirement or a "
            "need ('rarely requires medical supervision')."
        ),
        necessity_predicates=word_list(
            "Predicates ('essential', 'needed', 'a must') that, after guidance named as a noun "
            "('medical supervision is essential'), make it what the reader needs."
        ),
        necessity_links=word_list(
            "Words ('is', 'strongly') that may stand between the guidance and its predicate."
        ),
        offer_verbs=word_list("Verbs after 'can' of a carer offering help ('advise', 'help')."),
        **vocabulary(
            "verb",
            "Lexicons of base-form verbs: what a carer is had or let do ('have a doctor "
            "check'), or offers to do ('a genetic counselor can provide ...').",
            "Base-form verbs added to them.",
        ),
        causative_verbs=word_list(
            "Verbs that make a carer the agent of an action the reader arranges ('have', "
            "'get', 'let': 'have a doctor check your moles')."
        ),
        examined_participles=word_list(
            "Participles of a check the reader is told to get ('get checked', 'have your "
            "moles examined')."
        ),
        not_objects=word_list(
            "Words that end a causative's object or make 'have' + participle a perfect tense "
            "('you have already checked')."
        ),
        addressed_words=word_list("Words making a shape a recommendation ('should', 'important')."),
        imperative_lead=word_list("Words a clause may open with before an imperative ('always')."),
        source_nouns=word_list(
            "Nouns the reader gets 'from' a carer after a guidance frame, besides "
            "guidance_nouns ('seek immediate help from a health-care professional')."
        ),
        normative_frames=word_list(
            "Verbs by which a sign deserves guidance or care, no reader named ('warrants "
            "immediate medical attention', 'deserves prompt medical assessment')."
        ),
        care_heads=word_list(
            "Heads of care itself as guidance ('medical attention', 'medical treatment'), "
            "not a prompt in a fronted concession ('While medical treatment is crucial, ...')."
        ),
        motion_verbs=word_list(
            "Verbs among with_words that take someone to a carer ('take', 'bring'): only with "
            "a person (taken_persons) between the verb and 'to'."
        ),
        taken_persons=word_list(
            "Persons a reader takes to a carer ('him', 'your child', 'the baby'), not things "
            "('your prescription', 'unused tablets', 'a taxi')."
        ),
        carried_things=word_list(
            "Things a reader carries to a pharmacy or clinic ('inhalers', 'prescription'): "
            "'them' after one is no person taken."
        ),
        hearsay_words=word_list(
            "Words that make a normative frame reported or rebutted rather than the page's "
            "own call ('myth', 'some say', 'the report said')."
        ),
        place_heads=word_list(
            "Heads of the places and services of care among the carers ('hospital', "
            "'department'): a trip to one in a temporal clause ('when they go to the "
            "emergency room') names an occasion, not a prompt."
        ),
        imperative_causatives=word_list(
            "Base forms that open an instruction with their object ('Have the child seen by "
            "a doctor', 'Get them to a hospital')."
        ),
    )

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        options = spec.options
        self.narrative_verbs = option_words(options, "narrative_verbs")
        self.narrative_auxiliaries = option_words(options, "narrative_auxiliaries")
        self.embedded_starts = option_words(options, "embedded_starts")
        self.embedded_infinitive = option_words(options, "embedded_infinitive_starts")
        self.nominal_heads = option_words(options, "nominal_heads")
        self.nominal_verbs = option_words(options, "nominal_verbs")
        self.no_longer = tuple(p.lower().split() for p in options.get("no_longer", ()))
        self.shapes = CarerShapes(spec, self)

    def register(self, bank: PatternBank) -> None:
        super().register(bank)
        self.shapes.register(bank)

    def counted(self, ctx: Context) -> Iterator[Mention]:
        for mention in super().counted(ctx):
            if self.prompts(ctx, mention):
                yield mention
        yield from self.shapes.prompts(ctx)

    def narrative(self, words: list[str], trigger: str, clause: list[str]) -> bool:
        """A story, not a prompt: "she saw her doctor", "... did so before visiting"; not
        "unless you've discussed it with ..."."""
        if trigger in self.narrative_verbs and "you" not in clause:
            return True
        if self.told_in_story(words, clause):
            return True
        return any(w in self.narrative_auxiliaries for w in clause) and "you" not in words

    def told_in_story(self, words: list[str], clause: list[str]) -> bool:
        """A narrative verb governing the mention from its clause, with no reader and no
        modal in the clause: "I went to see my doctor", "she decided to ask a pharmacist";
        not "anyone who took it should talk to a doctor", "if you went, tell your GP", a
        passive participle ("should be discussed with a doctor"), or a story the sentence
        then tells the reader to follow ("she asked her pharmacist, and you should too")."""
        if "you" in clause or "your" in clause:
            return False
        if "you" in words and any(w in _MODALS for w in words):
            return False
        at = max((i for i, w in enumerate(clause) if w in self.narrative_verbs), default=-1)
        if at < 0:
            return False
        if clause[at - 1 : at] and clause[at - 1] in _PASSIVE:
            return False  # "should be discussed and implemented under the guidance of ..."
        return not any(w in _MODALS for w in clause)

    def embedded(self, words: list[str], clause: list[str]) -> bool:
        """ "(this page explains) what you should tell your doctor ..." and "It also
        discusses when to contact a doctor" name a topic."""
        if "?" in words:
            return False
        if any(w in self.embedded_starts for w in clause[-EMBEDDED_REACH:]):
            return True
        return any(
            w in self.embedded_infinitive and clause[i + 1 : i + 2] == ["to"]
            for i, w in enumerate(clause)
            if i > 0
        )

    def denied(self, clause: list[str]) -> bool:
        """ "You no longer have to visit a doctor to get ..."."""
        return any(_contains(clause, phrase) for phrase in self.no_longer)

    def prompts(self, ctx: Context, mention: Mention) -> bool:
        analysis = ctx.analysis
        words = analysis.words_of_sentence(mention.sentence)
        before = analysis.words_before(mention.sentence, mention.token_start)
        matched = mention.text.lower().replace("’", "'").split()
        clause = clause_before(before, CLAUSE_MARKS)
        if self.narrative(words, matched[0] if matched else "", clause):
            return False  # "she saw her doctor", "they called 911"
        if self.embedded(words, clause) or self.denied(clause):
            return False
        if any(w in self.nominal_heads for w in matched) and matched[0] in {
            "a",
            "an",
            "the",
            "your",
        }:
            # "a doctor's visit" prompts only as the object of a directive: "make a GP
            # appointment", "go to your doctor's office"; "took her son to the doctor's office"
            return any(w in self.nominal_verbs for w in before[-3:]) and not any(
                w in self.narrative_verbs for w in before
            )
        return True


class CarerShapes:
    """Consult prompts recognised by the shape around a care professional, care team or
    clinic (the ``carer`` vocabulary) rather than by a listed phrase. The carer is

    * the one to ask or see: the object of a consulting verb ("consult your medical-health
      practitioner", "check with you Doctor"), after "with"/"to" governed by one a few
      words before ("discuss any change in your medication with your doctor", "work with a
      doctor to ...", "talk to your parents, school counselor, or health care provider",
      "in consultation with your healthcare provider", "time for a visit to your GP");
    * the source of guidance or permission the reader should get: "only do so with a
      doctor's guidance", "have your doctor's approval before ...", "under the guidance of a
      qualified healthcare professional", "unless monitored by a medical practitioner",
      "not recommended without medical supervision" ("without"/"unless" only where the
      action is negated: a double negation);
    * offering help: "your GP can advise", "a pharmacist may be able to help".

    and the sentence is addressed to the reader: "you"/"your", an imperative, or a
    recommendation ("should", "it is important", "is recommended"), never a narrative
    ("she worked with her doctor"), an embedded question, a negated or discouraged
    mention, a tool's text, or an advertisement ("book a consultation with our doctors",
    a price)."""

    def __init__(self, spec: RuleSpec, rule: ConsultPrompt) -> None:
        self.rule = rule
        options = spec.options
        self.carers = vocabulary_of(spec, "carer")
        self.guidance = vocabulary_of(spec, "guidance")
        self.carer_label = Label.of(spec.code, "carer")
        self.guidance_label = Label.of(spec.code, "guidance")
        get = partial(option_words, options)
        self.not_carer = get("not_carer_modifiers")
        self.not_carer_heads = get("not_carer_heads")
        self.ask_verbs = get("ask_verbs")
        self.with_words = get("with_words")
        self.to_words = get("to_words")
        self.visit_nouns = get("visit_nouns")
        self.guidance_nouns = get("guidance_nouns")
        self.frames = get("guidance_frames")
        self.double_negation = get("double_negation_frames")
        self.by_participles = get("by_participles")
        self.required_participles = get("required_participles")
        self.requirement_leads = get("requirement_leads")
        self.requirement_words = get("requirement_words")
        self.required_guidance_frames = get("required_guidance_frames")
        self.required_guidance_nouns = get("required_guidance_nouns")
        self.quantifier_denials = get("quantifier_denials")
        self.requirement_asked = self.requirement_words | get("addressed_words")
        self.necessity = tuple(
            tuple(p.lower().split()) for p in options.get("necessity_predicates", ())
        )
        self.necessity_links = get("necessity_links")
        self.offer_verbs = get("offer_verbs")
        self.verbs = _single_words(vocabulary_of(spec, "verb"))
        self.causatives = get("causative_verbs")
        self.participles = get("examined_participles")
        self.not_objects = get("not_objects")
        self.participle_label = Label.of(spec.code, "examined")
        self.addressed_words = get("addressed_words")
        self.imperative_lead = get("imperative_lead")
        self.source_nouns = self.guidance_nouns | get("source_nouns")
        self.imperative_causatives = get("imperative_causatives")
        self.normative_frames = get("normative_frames")
        self.care_heads = get("care_heads")
        self.place_heads = get("place_heads")
        self.motion_verbs = get("motion_verbs")
        self.taken_persons = get("taken_persons")
        self.hearsay = get("hearsay_words")
        self.carried_things = get("carried_things")
        self.frames = self.frames | self.normative_frames

    def register(self, bank: PatternBank) -> None:
        if self.carers:
            bank.add(self.carer_label, self.carers, self.rule.spec.source)
        if self.guidance:
            bank.add(self.guidance_label, self.guidance, self.rule.spec.source)
        if self.participles:
            bank.add(self.participle_label, sorted(self.participles), self.rule.spec.source)

    def prompts(self, ctx: Context) -> Iterator[Mention]:
        analysis = ctx.analysis
        rule = self.rule
        for mention, is_carer in [
            *((m, True) for m in analysis.mentions(self.carer_label) if self.carers),
            *((m, False) for m in analysis.mentions(self.guidance_label) if self.guidance),
        ]:
            if rule.about_excluded_subject(ctx, mention):
                continue
            sentence = mention.sentence
            words = [_plain(w) for w in analysis.words_of_sentence(sentence)]
            before = [_plain(w) for w in analysis.words_before(sentence, mention.token_start)]
            after = [_plain(w) for w in analysis.words_after(sentence, mention.token_end)]
            head = mention.text.lower().split()[-1]  # the carer's or the guidance's noun
            if _PRICE.search(analysis.sentence_text(mention.sentence)):
                continue  # an advertisement for a paid consultation
            if (
                not is_carer
                and head in self.care_heads
                and ((words[:1] and words[0] in _CONCESSIVE) or words[:2] == ["even", "though"])
                and not CLAUSE_MARKS.intersection(before)
            ):
                continue  # "While medical treatment is crucial, some home remedies ...": conceded
            shape = self._shape(before, after, is_carer)
            if shape is None:
                continue
            trigger, frame = shape
            lead = trigger - 1
            while lead >= 1 and before[lead] in self.imperative_lead:
                lead -= 1  # "without first consulting your prescribing doctor"
            if lead >= 0 and before[lead] in self.double_negation:
                frame = before[lead]  # "Taking it without talking to your doctor ..."
            if frame in self.double_negation:
                if not any(w in _NEGATIONS for w in words):
                    continue  # "you can stop it without your doctor's approval"
            elif mention.has(*rule.reject):
                continue
            clause = clause_before(before[:trigger], CLAUSE_MARKS)
            if rule.narrative(words, before[trigger] if trigger < len(before) else "", clause):
                continue
            if (
                is_carer
                and head in self.place_heads
                and clause[-2:-1]
                and clause[-2] in _TEMPORAL
                and clause[-1] in _SUBJECT_PRONOUNS
            ):
                continue  # "... carry this plan with them when they go to the emergency room"
            if rule.embedded(words, clause) or rule.denied(clause):
                continue
            if not is_carer and frame not in self.double_negation and self._denied_quantity(clause):
                continue  # "... rarely requires medical supervision" (not "not ... without")
            if frame in self.normative_frames:
                if "?" in words or self.hearsay.intersection(words) or clause[:1] == ["only"]:
                    continue  # "Do floaters warrant ...?", "a myth that every fever warrants"
                if _REPORTING.intersection(after):
                    continue  # "... warrant medical attention, the report said"
                yield mention  # care a sign deserves ("warrants immediate medical attention")
            elif frame == _OFFER:
                yield mention  # an offer of help
            elif self._addressed(words, clause):
                yield mention  # told to the reader
            elif (
                not is_carer
                and frame in self.required_guidance_frames
                and head in self.required_guidance_nouns
            ):  # (a quantifier's denial was read above: these frames are no double negation)
                yield mention  # required with no reader named: "... requires medical guidance"
        yield from self._checked(ctx)

    def _checked(self, ctx: Context) -> Iterator[Mention]:
        """A check the reader is told to get, its carer implied: "get checked", "have your
        moles examined", "Getting screened is important"; not the perfect "you have already
        checked" nor a story ("she had her eyes tested")."""
        analysis = ctx.analysis
        rule = self.rule
        for mention in analysis.mentions(self.participle_label) if self.participles else ():
            if mention.has(*rule.reject) or rule.about_excluded_subject(ctx, mention):
                continue
            words = [_plain(w) for w in analysis.words_of_sentence(mention.sentence)]
            before = [
                _plain(w) for w in analysis.words_before(mention.sentence, mention.token_start)
            ]
            clause = clause_before(before, CLAUSE_MARKS)
            at = next(
                (
                    i
                    for i in range(len(clause) - 1, max(-1, len(clause) - 6), -1)
                    if clause[i] in self.causatives
                ),
                None,
            )
            if at is None:
                continue
            between = clause[at + 1 :]
            if any(w in self.not_objects or w in _HARD_MARKS for w in between):
                continue  # "you have already checked", "get it from the pharmacy and checked"
            if not between and clause[at] in {"have", "having", "has", "had"}:
                continue  # the perfect: "you have checked"
            if rule.narrative(words, clause[at], clause[:at]):
                continue
            if rule.embedded(words, clause[:at]) or rule.denied(clause[:at]):
                continue
            if self._addressed(words, clause[:at]):
                yield mention

    def _shape(self, before: list[str], after: list[str], is_carer: bool) -> tuple[int, str] | None:
        """(index in ``before`` of the word that makes the carer a prompt, that word)."""
        edge = self._phrase_start(before)
        if edge is None:
            return None
        phrase = before[edge:]
        if "our" in phrase or any(w in self.not_carer for w in phrase):
            return None  # "book with our doctors", "your insurance provider"
        head = after[1:2] if after[:1] and after[0] in _POSSESSIVE else after[:1]
        if head and head[0] in self.not_carer_heads:
            return None  # "Go to Health Professional Version", "the hospital's website"
        at = edge - 1
        governor = before[at] if at >= 0 else ""
        # the source of guidance: "with a doctor's guidance", "under medical supervision"
        rest = after[1:] if after[:1] and after[0] in _POSSESSIVE else after
        names_guidance = not is_carer or any(w in self.guidance_nouns for w in rest[:2])
        if names_guidance and governor in self.frames:
            return at, governor
        if governor == "from":
            return self._sourced(before, at)
        if not is_carer:
            # "medical supervision is essential": the guidance needed, said after it
            return (edge, "") if self._needed(after) else None
        # "under the guidance and direction of a skilled health professional"
        if governor == "of":
            i = at - 1
            while i >= 0 and (before[i] in self.guidance_nouns or before[i] in {"and", "the"}):
                if before[i] in self.frames:
                    break
                i -= 1
            if i >= 0 and i < at - 1 and before[i] in self.frames:
                return i, before[i]
            return None
        if governor in self.ask_verbs:
            if (
                before[at - 1 : at] == ["to"]
                and before[at - 2 : at - 1]
                and before[at - 2] in _HOW_HARD
            ):
                return None  # "It can be hard to find a specialist who ...": a report
            return at, governor  # "consult your practitioner", "check with you doctor"
        if governor in self.causatives and self._does(after):
            return at, governor  # "have a health care professional check your moles"
        if phrase[:2] == ["you", "and"] or after[:2] == ["and", "you"]:
            return edge, ""  # "You and your care team will decide", "your doctor and you"
        if (
            governor == "by"
            and at >= 2
            and before[at - 1] in self.required_participles
            and before[at - 2] in self.requirement_leads
        ):
            if before[at - 2] not in {"be", "been"}:
                return at - 1, before[at - 1]  # "unless recommended by a physician"
            clause = clause_before(before[: at - 1], CLAUSE_MARKS)
            must = any(
                w in {"have", "has"} and clause[i + 1 : i + 2] == ["to"]
                for i, w in enumerate(clause)
            )
            asked = must or not self.requirement_asked.isdisjoint(clause[:-1])
            if asked and not self._denied_quantity(clause):
                return at - 1, before[at - 1]  # "you should be diagnosed by a doctor"
            return None
        if governor == "by" and at >= 1 and before[at - 1] in self.by_participles:
            if before[at - 1] == "seen" and not self._seen_asked(before[: at - 1]):
                return None  # "When you arrive, you will be seen by a triage nurse"
            i = at - 1
            frame = before[i - 1] if i >= 1 and before[i - 1] in self.double_negation else ""
            return i, frame or before[i]  # "unless monitored by a medical practitioner"
        if governor in {"with", "to"}:
            if governor == "to" and phrase[:1] and phrase[0] in self.verbs and phrase[0] != "care":
                return None  # "take a dose daily to keep the doctor away": an infinitive
            return self._consulting(before, at, governor)
        if self._offers(before[edge:], after):
            # "your GP can advise", "a genetic counselor can provide information" (an offer
            # to the reader); "the doctor can then remove it" is addressed only as before
            return edge, _OFFER if "the" not in before[edge:] else ""
        return None

    def _sourced(self, before: list[str], at: int) -> tuple[int, str] | None:
        """The carer as the source of what the reader gets: help, guidance or a diagnosis
        "from" them (``source_nouns``), that noun up to three words after a guidance frame
        ("seek immediate help from a health-care professional", "get proper advice from
        your pharmacist", "without guidance from your healthcare provider")."""
        if at < 1 or before[at - 1] not in self.source_nouns:
            return None
        for i in range(at - 2, max(-1, at - 6), -1):
            word = before[i]
            if word in _HARD_MARKS or word in CLAUSE_MARKS or word in _HAVE:
                return None  # "if you have permission from a physician": a condition
            if word not in self.frames:
                continue
            if word in self.double_negation and _NEGATIONS.isdisjoint(
                clause_before(before[:i], CLAUSE_MARKS)[-_NEGATION_REACH:]
            ):
                return None  # "... safe even without any prescription from your doctor"
            return i, word
        return None

    def _denied_quantity(self, clause: list[str]) -> bool:
        """A requirement or need denied by a quantifier in the clause ("rarely requires",
        "Few people need"); "few"/"fewer" not in "a few" or before "than" ("a diet of fewer
        than 800 calories a day requires medical supervision")."""
        for i, word in enumerate(clause):
            if word not in self.quantifier_denials:
                continue
            if word in {"few", "fewer"} and (
                clause[i - 1 : i] == ["a"] or clause[i + 1 : i + 2] == ["than"]
            ):
                continue
            return True
        return False

    def _needed(self, after: list[str]) -> bool:
        """Guidance named as what is needed, after it: "is essential", "is strongly
        recommended", "is a must" (``necessity_predicates`` after ``necessity_links``, the
        first link a verb "is"/"are"), not "is not necessary" (no link may deny it)."""
        i = 0
        while i < len(after) and after[i] in self.necessity_links:
            i += 1
        if i == 0 or after[0] not in {"is", "are", "'s"}:
            return False
        return any(tuple(after[i : i + len(p)]) == p for p in self.necessity)

    def _phrase_start(self, before: list[str]) -> int | None:
        """Where the carer's noun phrase starts: determiners and modifiers, or a list
        ("your parents, school counselor, or ..."), walked back to a governing word."""
        i = len(before)
        listed = False
        while i > 0 and len(before) - i < 8:
            word = before[i - 1]
            if word in _HARD_MARKS or self._governs(word):
                break
            if word == "from" and i >= 2 and before[i - 2] in self.source_nouns:
                break  # "help from a ...": the source of what the reader gets
            listed = listed or word in _LIST_WORDS
            i -= 1
        if len(before) - i > 3 and not listed:
            return None
        return i

    def _governs(self, word: str) -> bool:
        return (
            word in {"with", "to", "by", "of", "let"}
            or word in self.frames
            or word in self.ask_verbs
            or word in self.double_negation
        )

    def _consulting(self, before: list[str], at: int, prep: str) -> tuple[int, str] | None:
        """A consulting word up to ten words before "with"/"to": "discuss any change in
        your medication with your doctor", "time for a visit to your GP"."""
        for i in range(at - 1, max(-1, at - 11), -1):
            word = before[i]
            if word in _HARD_MARKS:
                return None
            if word in self.with_words and (prep == "with" or word in self.to_words):
                if word in self.motion_verbs and not self._person_taken(before[i + 1 : at], before):
                    return None  # "Take unused tablets back to the pharmacy": no one taken
                if word in self.visit_nouns and not any(
                    w in self.rule.nominal_verbs for w in before[max(0, i - 3) : i]
                ):
                    return None  # "a visit to the doctor's office" without a directive
                return i, word
        return None

    def _seen_asked(self, clause: list[str]) -> bool:
        """Whether "seen by" a carer is asked of the reader: a word of requirement before it
        ("should be seen by", "need to be seen by") or an instruction that has someone seen
        ("Have the child seen by a doctor"); not a visit described ("you will be seen by a
        triage nurse")."""
        clause = clause_before(clause, CLAUSE_MARKS)
        return not self.requirement_asked.isdisjoint(clause) or self._imperative(clause)

    def _person_taken(self, taken: list[str], before: list[str]) -> bool:
        """Whether the words between a motion verb and "to" name a person taken there
        (``taken_persons``): not one owning the thing taken ("your child's vaccination
        record", "the patient's medicines"), nor "them" taken "back" or standing for things
        the sentence names (``carried_things``: "bring your old inhalers ... bring them to
        your pharmacist")."""
        if "back" in taken:
            return False
        if "them" in taken and not self.carried_things.isdisjoint(before):
            return False
        return any(
            w in self.taken_persons and taken[k + 1 : k + 2] not in (["'s"], ["'"], ["s"])
            for k, w in enumerate(taken)
        )

    def _offers(self, phrase: list[str], after: list[str]) -> bool:
        """A carer offering help: "your GP can advise", "a pharmacist may be able to help"."""
        if not any(w in {"your", "a", "an", "the"} for w in phrase):
            return False
        rest = [w for w in after if w not in {"also", "often", "usually"}]
        if rest[:1] in (["can"], ["could"]):
            return rest[1:2] != ["not"] and self._offered(rest[1:2])
        if rest[1:4] == ["be", "able", "to"] and rest[:1] in (["may"], ["will"], ["might"]):
            return self._offered(rest[4:5])
        return False

    def _offered(self, verb: list[str]) -> bool:
        """A verb a carer offers to do ("advise", "provide"), not "be"."""
        return (
            bool(verb)
            and verb[0] != "be"
            and (verb[0] in self.offer_verbs or verb[0] in self.verbs)
        )

    def _does(self, after: list[str]) -> bool:
        """The carer does something after a causative: "check your moles", "to look at it",
        "know"; not "have a doctor who ...", "get a doctor's note"."""
        rest = after[1:] if after[:1] == ["to"] else after
        return bool(rest) and rest[0] != "be" and rest[0] in self.verbs

    def _addressed(self, words: list[str], clause: list[str]) -> bool:
        """Addressed to the reader: "you"/"your" in the sentence, an imperative, or a
        recommendation in the clause ("... should be taken with the consultation of ...")."""
        if any(w in {"you", "your", "yourself", "yours"} for w in words):
            return True
        if all(w in self.imperative_lead for w in clause):
            return True  # "Work with a doctor to ...", "Always discuss ..."
        if self._imperative(clause):
            return True  # "Have the child seen by a doctor right away"
        return any(w in self.addressed_words for w in clause)

    def _imperative(self, clause: list[str]) -> bool:
        """The clause opens, past its lead words ("always", "please"), with a causative
        verb in its base form and an object that is not a subject pronoun: "Have the child
        seen by ...", "Get them to ..."; not "Have you seen ...?" nor "Having ..." (round 42,
        C42: only the causatives, whose base form opens an instruction)."""
        rest = [w for w in clause if w not in self.imperative_lead]
        return (
            len(rest) >= 2
            and rest[0] in self.imperative_causatives
            and rest[1] not in _SUBJECT_PRONOUNS
            and clause.index(rest[0]) == len(clause) - len(rest)
        )


def _single_words(patterns: list[str]) -> frozenset[str]:
    """The words of one-word patterns ("{check|look}", "see")."""
    found: set[str] = set()
    for pattern in patterns:
        if " " not in pattern.strip():
            found.update(w.lower() for w in pattern.strip().strip("{}").split("|") if w)
    return frozenset(found)


def _plain(word: str) -> str:
    return word.replace("’", "'")


def _contains(words: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


# An imperative against care, opening the sentence or a clause, or told with a modal to the
# reader ("you should avoid ...") or as an impersonal verdict ("it is best to ignore ...").
_AVOID = re.compile(
    r"(?:^|[;:,]\s*|\bso\s+|\bthen\s+|\band\s+"
    r"|\b(?:you|u) (?:should|must|need to|ought to|'d better|had better|have to) "
    r"|\b(?:it is|it's|it would be) (?:best|better|wiser?|smarter|safer?|advisable) to )"
    r"(?:just\s+|simply\s+)?"
    r"(?:avoid|skip|ignore|disregard|ditch|bypass(?!\s+(?:surgery|graft|operation))|forget|cancel|postpone"
    r"|put off|refuse|decline|stay away from|stay out of|keep out of"
    r"|steer clear of|keep away from|in place of|say no to|just say no to"
    r"|(?:stop|quit|give up) (?:seeing|going to|visiting|calling|wasting money on)"
    r"|(?:don't|do not|never) (?:bother|go to|see|call|ask|visit|trust|let|waste|rush|take"
    r"|ring|phone|contact|book|run to|head to|go running to|drag|believe|listen to"
    r"|rush into|rely on|fall for))\b"
    r"|\byou (?:can|could|may) (?:safely |just |simply )?(?:skip|avoid|ditch|forget|ignore)\b",
    re.I,
)
# Every match of _AVOID holds one of its verbs (the first alternative's verb group, the
# second's "skip", "avoid", ...), read under re.I: a gate written out, since literal_gate
# reads none (its ways multiplied out are too many). A whole string searched without one
# of them (most clauses before a mention of care, most before a pronoun) is not scanned.
_AVOID_VERBS = (
    "avoid", "skip", "ignore", "disregard", "ditch", "bypass", "forget", "cancel", "postpone",
    "put off", "refuse", "decline", "stay", "keep", "steer", "in place of", "say no", "stop",
    "quit", "give up", "don't", "do not", "never",
)  # fmt: skip
AVOID_GATE = LiteralGate(((frozenset((verb, True) for verb in _AVOID_VERBS),),))
# searched for each mention of care (medlint.quickscan)
_AVOID = gated(leading(_AVOID), AVOID_GATE)
# Care put aside for something else, anywhere in the clause: "... at home rather than calling
# an ambulance", "instead of going to the emergency department"; not "... may be recommended
# instead of more surgery" (a participle before it describes a practice).
_INSTEAD = re.compile(
    r"(?<!not )(?<!never )(?<!ed )\b(?:rather than|instead of)"
    r"(?: (?:going|calling|seeing|visiting|ringing|phoning|contacting|asking|booking"
    r"|waiting for|getting))?(?: to)?\s*(?:a|an|the|your|any)?\s*$",
    re.I,
)
_INSTEAD = gated(leading(_INSTEAD))
# A verdict on care, after it: "... is unnecessary", "... isn't necessary", "... is a waste".
_VERDICT = re.compile(
    r"^[^.;:]{0,60}?\b(?:is|are|was|'s)\s+(?:\w+\s+)?(?:unnecessary|pointless|needless|useless"
    r"|overrated|a waste|not (?:necessary|needed|required))\b"
    r"|^[^.;:]{0,60}?\b(?:isn't|aren't|wasn't) (?:\w+\s+)?(?:necessary|needed|required)\b"
    # care kept for the end or said to fail: "use chemotherapy as a last resort", "these
    # conventional treatments essentially do not work" (not "... does not work as well in")
    r"|^[^.;:]{0,60}?\bas (?:a|the|your) last resort\b"
    # care denied as the remedy, with no scope: "Dialysis is not the treatment.",
    # "Chemotherapy is not the answer!" (not "... is not the answer for everyone", "... not
    # the only treatment")
    r"|^\s*(?:is|are)\s+(?:not|never)\s+the\s+(?:answer|treatment|solution|cure|way)\s*[.!]*\s*$"
    r"|^\s*(?:isn't|aren't)\s+the\s+(?:answer|treatment|solution|cure|way)\s*[.!]*\s*$"
    r"|^[^.;:]{0,30}?\b(?:do not|don't|does not|doesn't|never)\s+(?:\w+ly\s+)?work\b"
    r"(?!\s+(?:as|for (?:all|every|some)|in (?:all|every|some)|well|right away|immediately))",
    re.I,
)
# Every match of _VERDICT holds one of these, read under re.I ("not", "never" and "n't" of
# the denials, "less" of "pointless", "needless" and "useless", ...): an ASCII string
# lowercased without any is not searched (there re.I matches a letter exactly where its
# lowercase is that letter). One scan of the short string after a mention of care, where
# literal_gate's six ways, looked up literal by literal, cost more than the search they
# spared (docs/performance.md, Round 31a).
_VERDICT_WORDS = re.compile(r"n't|not|never|less|a waste|overrated|unnecessary|last resort")


def _verdict(text: str) -> re.Match[str] | None:
    """``_VERDICT.search(text)``."""
    if text.isascii() and _VERDICT_WORDS.search(text.lower()) is None:
        return None
    return _VERDICT.search(text)


# Care denied or distrusted, around the match.
_AFTER = re.compile(
    r"^\s*(?:will\s+|just\s+)?only\s+(?:want|give|care|sell|prescribe|push)"
    r"|^\s*(?:will\s+)?just\s+(?:push|pushes|sell|sells|prescribe|prescribes|throw|throws)"
    r"\s+(?:pills|drugs|medicines?|medications?|meds|prescriptions|chemicals)\b"
    r"|^\s*(?:is|are) the last (?:people|person|ones?)"
    r"|^\s*(?:can't|cannot|can not) be trusted"
    r"|^\s*(?:doesn't|does not|don't|do not|needn't) need to know"
    r"|^\s*(?:can't|cannot|can not|won't|will not) (?:help|do anything|do much)\b"
    # care said to hide the truth: "Doctors won't tell you about this", "... don't want you
    # to know" (not "your doctor won't tell you the results until ...")
    r"|^\s*(?:won't|will not|will never|would never|don't|do not|doesn't|does not)\s+"
    r"(?:tell you (?:about|that|this|the truth|what|why|how)|want you to (?:know|find out))\b",
    re.I,
)
# Care said to be futile for the reader: "Your doctor can do absolutely nothing for you"
# (not "could do nothing for him", a story; not "... for viral infections", a limit; not
# after a condition anywhere before it: "If you wait too long, your doctor can do nothing").
_FUTILE = re.compile(
    r"^\s*can\s+do\s+(?:\w+ly\s+)?nothing(?:\s+(?:for|to help)\s+(?:you|yourself))?"
    r"\s*(?:[.!]|$)",
    re.I,
)
_BEFORE = re.compile(
    r"(?:\b(?:don't|do not|never) let (?:a|your|the|any)\s*"
    r"|(?<!never )(?<!n't )(?<!not )\b(?:ignore|disregard|dismiss)\s+(?:your|the|a)\s*"
    r"|\bnothing (?:a|your|the)\s*"
    r"|\bmistake of (?:just |blindly |simply )?(?:following|trusting|listening to|believing"
    r"|going to|seeing|calling) (?:a|your|the|their)\s*"
    r"|\bsave (?:yourself|you) (?:a trip|the trip|a visit|the cost of a visit) to (?:a|your|the)\s*"
    r"|\bkeep (?:you|yourself|your \w+) (?:out of|away from) (?:a|your|the)\s*"
    r"|\b(?:nobody|no one|none)\b[^.;:]{0,60}\bneeds?\s+(?:a|an|the|to see a|to see)?\s*"
    r"|\bnot worth (?:seeing|going to|calling|visiting|bothering|asking|paying for)"
    r"\s*(?:a|an|the|your)?\s*"
    r"|\bno (?:need|reason|point)\b(?:(?!\b(?:but|however|unless|until)\b)[^.;:]){0,50})$",
    re.I,
)
_BEFORE = leading(_BEFORE)
# An avoiding verb joined to an infinitive of purpose: "is given to shrink the tumor and
# avoid surgery" describes what a treatment is for.
# A purpose or a possible benefit the avoidance is coordinated with: "to lower your risk and
# avoid surgery", "can help prevent the pain and avoid the need for surgery".
_PURPOSE = re.compile(r"\bto \w+|\b(?:can|may|might|could)\b|\bhelps?\b", re.I)
# A verdict inside a condition ("surgery if other treatments don't work") or followed by a
# possibility ("surgery isn't necessary but can be considered") is a clinical statement.
_CONDITIONAL = re.compile(r"\b(?:if|when|unless|until|whether)\b", re.I)
_BUT_POSSIBLE = re.compile(r"\s*,?\s*but\s+(?:\w+\s+)?(?:can|may|might|could|is sometimes)\b", re.I)
_HEDGED = re.compile(r"\b(?:usually|often|generally|may|might|sometimes|rarely)\b", re.I)
_DENIED = re.compile(
    r"\b(?:need|needs|needed|require|requires)(?:\s+|$)"
    r"(?:to\s+(?:(?:see|visit|call|go to|get|ask)\s+)?)?"
    r"(?:a|an|the|your|any)?\s*$|\bwithout(?:\s+(?:any|a|seeing(?:\s+a)?))?\s*$",
    re.I,
)
# The words of a need a negation may deny: "you don't need to", "you don't have to".
_NEED_WORDS = frozenset({"need", "needs", "have", "has", "got"})
# "You don't need a referral to see a physiotherapist": the negation is about the referral.
_NEED_SOMETHING_TO = re.compile(
    r"\b(?:need|require|have)\s+(?:a|an|any)\s+(?:\w+\s+){1,2}?to\s+(?:\w+\s+)?$", re.I
)
_NEED_SOMETHING_TO = gated(leading(_NEED_SOMETHING_TO))


class ConsultDiscouraged(ForbiddenRule):
    """MED111: kinds.ForbiddenRule on consult phrases, plus care as a noun by shape."""

    OPTIONS_SCHEMA = options(
        **ForbiddenRule.OPTIONS_SCHEMA["properties"],
        hedges=strings("Hedges that make a judgement about care a qualified one."),
        care_lexicon=lexicons("Lexicons of care named as a noun ('a doctor', 'the clinic')."),
        treatment_lexicon=lexicons("Lexicons of treatments named as a noun."),
        treatment_qualifiers=strings(
            "Words ('usually', 'most') that keep a treatment denied to the reader ('you usually "
            "don't need antibiotics') a clinical statement."
        ),
        research_words=strings(
            "Words of a study ('study', 'trial') that make the sentence a report of research "
            "('an ongoing study is examining how more patients can ... avoid chemotherapy')."
        ),
        research_headings=strings(
            "Words ('research', 'trials') that, in a heading over the sentence or the page's "
            "title, make what it says a study's report."
        ),
        lead_in_ends=strings(
            "Last words of a list's lead-in ('to' in 'men are more likely to') that make its "
            "items the predicate of the lead-in's subject, a described behaviour ('- Put off "
            "regular checkups'), unless the lead-in names the reader."
        ),
        extent_modifiers=strings(
            "Words ('frequent', 'further') right before care judged unnecessary that make "
            "the verdict about how much or how often, not about care itself ('For an ASD, "
            "frequent checkups aren't needed')."
        ),
        superiority=strings(
            "Comparatives ('more effective', 'better') that, before 'than' and care or a "
            "treatment ('... is more effective at treating ear infections than conventional "
            "medicine'), rank something over care: told as a fact, that steers readers away "
            "from it."
        ),
        clinical_subjects=strings(
            "Words ('surgery', 'results', 'reported') that, in the clause of a comparison, "
            "make it a clinical one: a treatment, a study or an outcome weighed ('surgery is "
            "more effective than radiotherapy'); after 'than' they may list what is ranked "
            "below ('than radiation and chemotherapy')."
        ),
        handling_verbs=strings(
            "Verbs of dealing with an illness ('handle', 'treat', 'deal with'); told to the "
            "reader with a self-reliance phrase after them and an emergency in the sentence "
            "('you can handle injuries and acute conditions on your own'), they keep the "
            "reader from care."
        ),
        self_reliance=strings(
            "Phrases of doing without help ('on your own', 'at home') after a handling verb."
        ),
        severity_words=strings(
            "Words of an emergency ('emergency', 'acute', 'injuries') that make self-treatment "
            "in their sentence a matter for care; not limited by a qualifier ('minor', 'most')."
        ),
        severity_limits=strings(
            "Words ('minor', 'until', 'while') that make self-treatment of an emergency first "
            "aid, limited or pending care ('deal with the emergency at home until help "
            "arrives', 'treat minor injuries at home')."
        ),
        impersonal_openers=strings(
            "Words ('possible', 'learn') that, right before 'to' and a handling verb, tell "
            "anyone to do it ('It is possible to deal with emergencies at home')."
        ),
        safety_adverbs=strings(
            "Adverbs ('safely') that, in the clause before care done without, claim that going "
            "without it is safe, whoever the subject ('thousands of people complete flushes "
            "safely without a doctor's help')."
        ),
        harm_verbs=strings(
            "Verbs ('make', 'keep') that, right after care as their subject, with a person "
            "and a harmed state after them ('Hospitals make people sick'), claim that care "
            "harms."
        ),
        killing_verbs=strings(
            "Verbs ('kill', 'poison') that, right after care as their subject, with a person "
            "after them ('doctors poison their patients'), claim that care harms."
        ),
        harmed_persons=strings(
            "Persons ('you', 'people', 'patients') care is said to harm (after a harm verb)."
        ),
        harmed_states=strings(
            "States ('sick', 'worse', 'diabetic') care is said to put a person in; a "
            "treatment's own side effect ('chemotherapy makes you sick') is no claim unless "
            "the state is in treatment_harms."
        ),
        treatment_harms=strings(
            "The harmed states ('sicker', 'worse', 'diabetic') a treatment as the subject is "
            "said to cause that claim care harms rather than name a side effect."
        ),
        harm_links=strings(
            "Words that may stand between care and the harm verb ('actually', 'only')."
        ),
        subject_breaks=strings(
            "Prepositions ('in', 'at', 'to') right before care that make it no subject "
            "('germs in hospitals make people sick')."
        ),
        need_links=strings(
            "Words ('to', 'be', 'feel') after a negation whose next word is the act it "
            "denies ('You don't need to fast before seeing your doctor' denies fasting, "
            "'Don't be afraid to see your doctor' being afraid)."
        ),
        care_verbs=strings(
            "Acts of seeking care ('see', 'call', 'visit'): a negation whose act is another "
            "verb ('fast', 'worry', 'be afraid') does not deny care named after it."
        ),
        remedy_determiners=strings(
            "Determiners ('this', 'our') that name the page's remedy ('with this diet you may "
            "not need to see your doctor again'): a follow-up no longer needed is then "
            "credited to the remedy, not a clinical statement."
        ),
        preparatory_verbs=strings(
            "Verbs ('pay', 'book', 'take') that deny care when care is their object ('you don't "
            "need to pay for a doctor') but another act when care is their purpose ('you don't "
            "need to take time off work to see your GP')."
        ),
        question_openers=strings(
            "Words ('do', 'can', 'when') that, opening a sentence ending in '?', make it a "
            "question asked, not advice ('Do you never need a doctor for a cough?'); not "
            "'why', whose questions are often rhetorical."
        ),
        pronouns=strings(
            "Object pronouns ('it', 'them') that, right after an imperative against care "
            "and ending its clause, stand for care or a treatment named before them in the "
            "sentence or the one before ('Scheduled for knee surgery? Cancel it!', "
            "'Orthopedists want to operate. So don't listen to them.'; anaphora.py)."
        ),
        hasty_verbs=strings(
            "Verbs of haste ('rush', 'hurry') whose need denied denies the hurry, not the "
            "care ('You do not have to rush into surgery')."
        ),
        avoidance_limits=strings(
            "Words ('pregnancy', 'children', 'during') that, anywhere in the sentence of an "
            "imperative against care or a treatment, limit it to a case: a precaution ('Avoid "
            "x-rays during pregnancy'), not discouragement."
        ),
        act_particles=strings(
            "Particles and prepositions ('up', 'for', 'near') that may stand between an act "
            "of care a need denies and the care ('you don't need to sign up for an "
            "operation', '... step foot near the operating room')."
        ),
        repeat_words=strings(
            "Words ('again', 'anymore', 'another') that make care denied a follow-up no "
            "longer needed; with a hedge or a clinician deciding it ('Your doctor may decide "
            "you do not need to see a specialist again'), a clinical statement."
        ),
    )

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.extent_modifiers = option_words(spec.options, "extent_modifiers")
        self.lead_in_ends = option_words(spec.options, "lead_in_ends")
        self.ranked_joiners = frozenset({"a", "an", "the", "any", "and", "or", "conventional"})
        self.ranked_joiners |= option_words(spec.options, "clinical_subjects")
        self.superiority = tuple(
            " ".join(p.lower().split()) for p in spec.options.get("superiority", ())
        )
        self.clinical_subjects = option_words(spec.options, "clinical_subjects")
        self.care = patterns_of(spec, "care", "care_lexicon")
        self.treatments = patterns_of(spec, "treatments", "treatment_lexicon")
        self.hedges = option_words(spec.options, "hedges")
        self.research_words = option_words(spec.options, "research_words")
        self.treatment_qualifiers = option_words(spec.options, "treatment_qualifiers")
        self.research_headings = option_words(spec.options, "research_headings")
        self.care_label = Label.of(spec.code, "care")
        self.treatment_label = Label.of(spec.code, "treatment")
        self.handling = [str(v) for v in spec.options.get("handling_verbs", ())]
        self.self_reliance = tuple(
            tuple(p.lower().split()) for p in spec.options.get("self_reliance", ())
        )
        self.severity_words = option_words(spec.options, "severity_words")
        self.severity_limits = option_words(spec.options, "severity_limits")
        self.impersonal_openers = option_words(spec.options, "impersonal_openers")
        self.safety_adverbs = option_words(spec.options, "safety_adverbs")
        self.handling_label = Label.of(spec.code, "handling")
        self.harm_verbs = option_words(spec.options, "harm_verbs")
        self.killing_verbs = option_words(spec.options, "killing_verbs")
        self.harmed_persons = option_words(spec.options, "harmed_persons")
        self.harmed_states = option_words(spec.options, "harmed_states")
        self.treatment_harms = option_words(spec.options, "treatment_harms")
        self.harm_links = option_words(spec.options, "harm_links")
        self.subject_breaks = option_words(spec.options, "subject_breaks")
        self.need_links = option_words(spec.options, "need_links")
        self.care_verbs = option_words(spec.options, "care_verbs")
        self.question_openers = option_words(spec.options, "question_openers")
        self.repeat_words = option_words(spec.options, "repeat_words")
        self.preparatory_verbs = option_words(spec.options, "preparatory_verbs")
        self.remedy_determiners = option_words(spec.options, "remedy_determiners")
        self.pronouns = [str(p) for p in spec.options.get("pronouns", ())]
        self.act_particles = option_words(spec.options, "act_particles")
        self.avoidance_limits = option_words(spec.options, "avoidance_limits")
        self.hasty_verbs = option_words(spec.options, "hasty_verbs")
        self.pronoun_label = Label.of(spec.code, "pronoun")

    def register(self, bank: PatternBank) -> None:
        super().register(bank)
        bank.add(self.care_label, self.care, self.spec.source)
        bank.add(self.treatment_label, self.treatments, self.spec.source)
        if self.handling:
            bank.add(self.handling_label, self.handling, self.spec.source)
        if self.pronouns:
            bank.add(self.pronoun_label, self.pronouns, self.spec.source)

    def check(self, ctx: Context) -> Iterator[Finding]:
        analysis = ctx.analysis
        flagged: set[int] = set()
        consults = {m.start: m for m in analysis.mentions(self.label)}
        for finding in super().check(ctx):
            sentence = analysis.sentence_of(finding.start)
            mention = consults.get(finding.start)
            if mention is not None and self._not_about_care(ctx, mention):
                continue  # "You do not need to fast before seeing your doctor"
            if self._research(ctx, sentence, finding.start):
                continue
            start, _ = analysis.sentences[sentence]
            if _NEED_SOMETHING_TO.search(ctx.document.masked[start : finding.start]):
                continue  # "You don't need a referral to see a physiotherapist"
            if self._described(ctx, sentence, finding.start):
                continue  # "men are more likely to: - Put off regular checkups"
            if sentence not in flagged:
                flagged.add(sentence)
                yield finding
        nets = analysis.mentions(self.net_label) if self.safety_nets else []
        qualified = (
            {m.sentence for m in analysis.mentions(self.qualifier_label)}
            if self.qualifiers
            else set()
        )
        prompts = [m for m in analysis.mentions(self.label) if not m.has(*self.when)]
        candidates = [(m, True) for m in analysis.mentions(self.care_label)]
        candidates += [(m, False) for m in analysis.mentions(self.treatment_label)]
        for mention, person in sorted(candidates, key=lambda c: c[0].start):
            if mention.sentence in flagged or mention.has(REPORTED):
                continue
            # The claims first: a mention neither claims harm nor discourages care on
            # nearly every page, and the tests below only rule out (they and these are
            # pure), so they run only for a claim found (docs/performance.md, Round 29b).
            harm = self._harm_claimed(ctx, mention, person)
            if harm is None and not self._discourages(ctx, mention, person):
                continue
            if self._research(ctx, mention.sentence, mention.start):
                continue  # "An ongoing study is examining how patients can ... avoid chemo"
            if self._described(ctx, mention.sentence, mention.start):
                continue  # "men are more likely to: - Put off regular checkups"
            if any(p.start <= mention.start and mention.end <= p.end for p in prompts):
                continue  # "never stop ... without first talking to your doctor"
            if self._not_about_care(ctx, mention):
                continue  # "Don't be afraid to see your doctor about this"
            if harm is not None:
                flagged.add(mention.sentence)  # "Hospitals make people sick"
                yield self._span_finding(ctx, mention, harm)
                continue
            if any(n.sentence == mention.sentence and n.start >= mention.end for n in nets):
                continue  # "... unless it lasts more than a week"
            if mention.sentence in qualified and self._prompt_in_section(ctx, mention, prompts):
                continue  # "You can usually treat it without a GP. See a GP if ..."
            flagged.add(mention.sentence)
            text = analysis.sentence_text(mention.sentence)
            yield Finding(
                mention.start,
                mention.end,
                fmt(self.spec.message, match=mention.text, sentence=_clip(text)),
                self.spec.fix,
            )
        cared = [m for m, _ in candidates]
        for pronoun in analysis.mentions(self.pronoun_label) if self.pronouns else ():
            if pronoun.sentence in flagged:
                continue
            opens = self._avoided_by_reference(ctx, pronoun, cared)
            if opens is None:
                continue
            flagged.add(pronoun.sentence)  # "Scheduled for knee surgery? Cancel it!"
            text = analysis.sentence_text(pronoun.sentence)
            span = " ".join(ctx.document.masked[opens : pronoun.end].split())
            yield Finding(
                opens,
                pronoun.end,
                fmt(self.spec.message, match=span, sentence=_clip(text)),
                self.spec.fix,
            )
        for verb in analysis.mentions(self.handling_label) if self.handling else ():
            if verb.sentence in flagged or verb.has(NEGATED, REPORTED, HYPOTHETICAL):
                continue
            if self._research(ctx, verb.sentence, verb.start):
                continue
            if any(abs(p.sentence - verb.sentence) <= 1 for p in prompts) or any(
                n.sentence == verb.sentence for n in nets
            ):
                continue  # "... at home. See a doctor if ..."
            end = self._self_treated(ctx, verb)
            if end is None:
                continue
            flagged.add(verb.sentence)
            text = analysis.sentence_text(verb.sentence)
            span = ctx.document.masked[verb.start : end]
            yield Finding(
                verb.start,
                end,
                fmt(self.spec.message, match=" ".join(span.split()), sentence=_clip(text)),
                self.spec.fix,
            )

    def _avoided_by_reference(
        self, ctx: Context, pronoun: Mention, cared: list[Mention]
    ) -> int | None:
        """Where the imperative against care starts when its object is a pronoun standing
        for care or a treatment ("Scheduled for knee surgery? Cancel it!", "Chemotherapy is
        bad news, stay away from it!", "Orthopedists want to operate. So don't listen to
        them."): the imperative (the same one ``_discourages`` reads before a named care
        noun) right before the pronoun, only "any of"/"all of" between them; the pronoun
        ends its clause ("Avoid it before the scan" limits the avoidance); its antecedent
        (anaphora.py) is care or a treatment. Not negated, reported, debunked, asked,
        quoted, in a condition or a study."""
        if pronoun.has(REPORTED, DEBUNKING):
            return None
        analysis = ctx.analysis
        after = analysis.words_after(pronoun.sentence, pronoun.token_end)
        if after and after[0].isalnum() and after[0] not in _CLAUSE_GOES_ON:
            return None
        start, _ = analysis.sentences[pronoun.sentence]
        masked = ctx.document.masked
        before_text = " ".join(masked[start : pronoun.start].split()).replace("’", "'")
        last = _last_clause(before_text)
        if CONDITIONS.intersection(clause_before(last.lower().split(), CLAUSE_MARKS)):
            return None
        lead = re.sub(r"\s+(?:any|all|both|either|each|one) of\s*$", "", last)
        avoid = _AVOID.search(lead.rstrip())
        if avoid is None or avoid.end() != len(lead.rstrip()):
            return None
        # (the study and the sentence's place, pure tests as the ones above, read last:
        # they cost most, and few pronouns get here: none of the 3,836 on M600)
        if self._research(ctx, pronoun.sentence, pronoun.start):
            return None
        if sentence_place(ctx, pronoun) & {QUESTION, QUOTED}:
            return None
        referent = anaphora.antecedent(pronoun, cared)
        if referent is None:
            return None
        # quote from the imperative's first word ("Cancel it", "stay away from it")
        words = re.sub(r"^[\s;:,]*(?:(?:so|then|and)\s+)?", "", avoid.group(), flags=re.I)
        phrase = r"\s+".join(re.escape(w).replace("'", "['’]") for w in words.split())
        found = list(re.finditer(phrase, masked[start : pronoun.start], re.I))
        return start + found[-1].start() if found else pronoun.start

    def _self_treated(self, ctx: Context, verb: Mention) -> int | None:
        """Where a self-treatment of an emergency told to the reader ends: a handling verb
        ("handle", "deal with") with a self-reliance phrase after it in its clause ("on your
        own", "at home") and a word of an emergency in the sentence ("you can handle many
        injuries and acute medical conditions on your own", "It is possible to deal with
        emergency situations at home"). Told to the reader: "you" before it in its clause,
        an imperative, or an impersonal "possible to"; not negated, hedged, limited to minor
        cases or pending care ("until help arrives"), nor inside a condition."""
        analysis = ctx.analysis
        sentence = analysis.words_of_sentence(verb.sentence)
        if not self.severity_words.intersection(sentence):
            return None
        if self.severity_limits.intersection(sentence) or self.hedges.intersection(sentence):
            return None
        before = analysis.words_before(verb.sentence, verb.token_start)
        clause = clause_before(before, CLAUSE_MARKS)
        if CONDITIONS.intersection(clause) or _NEGATIONS.intersection(clause):
            return None
        told = (
            bool(self.reader_words.intersection(clause))
            or not clause
            or (clause[-1:] == ["to"] and bool(self.impersonal_openers.intersection(clause)))
        )
        if not told or not set(self.qualifiers).isdisjoint(clause):
            return None
        after = analysis.words_after(verb.sentence, verb.token_end)
        for i in range(len(after)):
            if after[i] in _HARD_MARKS:
                return None
            for phrase in self.self_reliance:
                if tuple(after[i : i + len(phrase)]) == phrase:
                    return self._phrase_end(ctx, verb, phrase)
        return None

    @staticmethod
    def _phrase_end(ctx: Context, verb: Mention, phrase: tuple[str, ...]) -> int:
        """The character offset where the self-reliance phrase after the verb ends."""
        _, end = ctx.analysis.sentences[verb.sentence]
        rest = ctx.document.masked[verb.end : end].lower()
        found = re.search(r"\s+".join(re.escape(w) for w in phrase), rest)
        return verb.end + found.end() if found else end

    def _not_about_care(self, ctx: Context, mention: Mention) -> bool:
        """Is care named in a sentence that does not steer the reader from it: a question
        asked ("Do you never need a doctor for a cough?"), a negation whose act is another
        one ("You don't need to fast before seeing your doctor", "Don't be afraid to see
        your doctor", "You don't need to worry about seeing a doctor"), care as the step to
        other care ("You do not need an appointment to see a pharmacist") or a follow-up no
        longer needed, hedged or a clinician's decision ("Your doctor may decide you do not
        need to see a specialist again")? "You don't need a doctor for this" and "You never
        need to see a doctor for a cough" deny care itself."""
        analysis = ctx.analysis
        sentence = analysis.words_of_sentence(mention.sentence)
        if sentence[-1:] == ["?"] and sentence[0] in self.question_openers:
            return True
        before = analysis.words_before(mention.sentence, mention.token_start)
        after = analysis.words_after(mention.sentence, mention.token_end)
        clause = clause_before(before, CLAUSE_MARKS)
        negation = max((i for i, w in enumerate(clause) if w in _NEGATIONS), default=None)
        if negation is None:
            return False
        if "instead" in after:
            return False  # "don't worry about seeing a doctor, just drink this tea instead"
        if _SUBORDINATORS.intersection(clause[negation + 1 :]):
            return True  # "You don't need to bring anything when you see your doctor"
        tail = clause[negation + 1 :]
        at = next(
            (
                i + 1
                for i, (link, w) in enumerate(pairwise(tail))
                if link in self.need_links and w not in self.need_links
            ),
            None,
        )
        act = tail[at] if at is not None else ""
        if act in self.preparatory_verbs and "to" in tail[at + 1 if at is not None else 0 :]:
            return True  # "You don't need to take time off work to see your GP"
        if act.isalpha() and act not in self.care_verbs | self.preparatory_verbs | _DETERMINERS:
            return True  # the negation denies fasting, worrying, being afraid
        if after[:1] == ["to"] and after[1:2] and after[1] in self.care_verbs:
            return True  # "no appointment to see a pharmacist": a step to care
        # "with this diet you may not need to see your doctor again" credits a remedy, and
        # "may never need a doctor again" rules care out for good
        follow_up = (
            self.repeat_words.intersection(after[:4] + before[-3:])
            and clause[negation] != "never"
            and self.remedy_determiners.isdisjoint(sentence)
        )
        decided = self.hedges.intersection(before) or any(
            c.end <= mention.start and c.sentence == mention.sentence
            for c in analysis.mentions(self.care_label)
        )
        return bool(follow_up and decided)

    def _described(self, ctx: Context, sentence: int, offset: int) -> bool:
        """Is the sentence a list item that completes a lead-in about someone else ("Compared
        to women, men are more likely to" / "- Put off regular checkups and medical care")?
        The item is then the lead-in subject's behaviour, described, not advice."""
        analysis = ctx.analysis
        lead = list_lead_in(ctx.document, analysis, offset)
        if lead is None or lead == sentence:
            return False
        words = [w for w in analysis.words_of_sentence(lead) if w not in (":", "-", "—")]
        return (
            bool(words)
            and words[-1] in self.lead_in_ends
            and not (self.reader_words.intersection(words))
        )

    def _research(self, ctx: Context, sentence: int, offset: int) -> bool:
        """A report of research: a study word in the sentence or a research heading."""
        words = ctx.analysis.words_of_sentence(sentence)
        return not self.research_words.isdisjoint(words) or in_research_section(
            ctx.document, offset, self.research_headings
        )

    def _discourages(self, ctx: Context, mention: Mention, person: bool) -> bool:
        analysis = ctx.analysis
        start, end = analysis.sentences[mention.sentence]
        masked = ctx.document.masked
        before_text = " ".join(masked[start : mention.start].split()).replace("’", "'")
        after_text = " ".join(masked[mention.end : end].split()).replace("’", "'")
        words_before = analysis.words_before(mention.sentence, mention.token_start)
        clause = clause_before(words_before, CLAUSE_MARKS)
        if any(w in CONDITIONS for w in clause):
            return False  # "If you don't need urgent care, book a routine appointment"
        after = analysis.words_after(mention.sentence, mention.token_end)
        if self._ranked_over(words_before, after):
            return True  # "Homeopathy is more effective ... than conventional medicine"
        last = _last_clause(before_text)
        # searched with the match after it, so "Bypass surgery" reads as the compound noun
        avoid = _AVOID.search(f"{last} {mention.text}")
        if avoid and avoid.end() > len(last):
            avoid = None
        purpose = (
            avoid is not None
            and avoid.group().lower().lstrip().startswith("and")
            and _PURPOSE.search(last[: avoid.start()]) is not None
        )
        keeping = avoid is not None and re.search(r"\b(?:stay|keep) out of\b", avoid.group(), re.I)
        if keeping and after[:1] == ["by"]:
            return False  # "Stay out of the hospital by getting your flu shot": a means
        if avoid and not purpose and len(last[avoid.end() :].split()) <= 3:
            # "Avoid hospitals", not "avoid drugs not prescribed by a doctor"; and not an
            # avoidance limited to a case ("avoid x-rays during pregnancy"): a precaution
            sentence = analysis.words_of_sentence(mention.sentence)
            return self.avoidance_limits.isdisjoint(sentence)
        verdict = _verdict(after_text)
        if (
            verdict
            and not self.extent_modifiers.intersection(words_before[-1:])
            and not _HEDGED.search(verdict.group())
            and not _CONDITIONAL.search(verdict.group())
            and not _BUT_POSSIBLE.match(after_text[verdict.end() :])
        ):
            return True  # not "diagnostic tests are usually not necessary"
        if not person:
            # A treatment denied to the reader, unqualified: "You don't need chemo"; not "you
            # may not need surgery" or "you usually don't need antibiotics" (clinical).
            sentence = analysis.words_of_sentence(mention.sentence)
            if self.treatment_qualifiers.intersection(sentence):
                return False
            return self._denied(ctx, mention, before_text, after_text, words_before)
        if _INSTEAD.search(before_text):
            return True
        if _AFTER.search(after_text) or _BEFORE.search(before_text):
            return True
        if _FUTILE.search(after_text) and CONDITIONS.isdisjoint(words_before):
            return True  # "Your doctor can do absolutely nothing for you."
        return self._denied(ctx, mention, before_text, after_text, words_before)

    def _span_finding(self, ctx: Context, mention: Mention, last: str) -> Finding:
        """The finding quoting care and its claim, up to the claim's ``last`` word."""
        analysis = ctx.analysis
        _, end = analysis.sentences[mention.sentence]
        text = ctx.document.masked
        found = re.search(rf"\b{re.escape(last)}\b", text[mention.end : end], re.I)
        stop = mention.end + found.end() if found else mention.end
        span = " ".join(text[mention.start : stop].split())
        sentence = _clip(analysis.sentence_text(mention.sentence))
        return Finding(
            mention.start,
            stop,
            fmt(self.spec.message, match=span, sentence=sentence),
            self.spec.fix,
        )

    def _harm_claimed(self, ctx: Context, mention: Mention, person: bool) -> str | None:
        """Is care, as the subject of its clause, said to harm people ("Hospitals make people
        sick", "the medicine given by the doctor makes you a diabetic", "doctors poison their
        patients")? A harm verb right after it (past at most ``harm_links``), a person, and
        for a making verb a harmed state; asserted: not negated, hedged ("can make you
        sick"), inside a condition ("if"; a reason, "because", still asserts), reported,
        debunked, asked or quoted; care not the object of a preposition ("germs in
        hospitals"). A treatment's side effect ("chemotherapy makes you sick") is no claim:
        a treatment needs a state of ``treatment_harms`` ("makes you worse"). The claim's
        last word, or None."""
        if not (self.harm_verbs or self.killing_verbs):
            return None
        if mention.has(NEGATED, REPORTED, DEBUNKING, HYPOTHETICAL):
            return None
        words_before = ctx.analysis.words_before(mention.sentence, mention.token_start)
        clause = clause_before(words_before, CLAUSE_MARKS)
        if clause[-1:] and clause[-1] in self.subject_breaks:
            return None
        if CONDITIONS.intersection(clause) or (
            self.hedges | self.treatment_qualifiers
        ).intersection(clause):
            return None
        after = ctx.analysis.words_after(mention.sentence, mention.token_end)
        verb = next((i for i, w in enumerate(after[:3]) if w not in self.harm_links), None)
        if verb is None or after[verb] in self.hedges or after[verb] in _NEGATIONS:
            return None
        rest = after[verb + 1 : verb + 5]
        if not rest or rest[0] not in self.harmed_persons:
            return None
        if after[verb] in self.killing_verbs:
            # "poison their patients": the possessive's noun ends the claim
            last = rest[1] if rest[0] in _POSSESSIVE_PERSONS and rest[1:] else rest[0]
        elif after[verb] in self.harm_verbs:
            states = self.harmed_states if person else self.treatment_harms
            state = [w for w in rest[1:3] if w not in ("a", "an", "even", "more", "much")]
            if not state or state[0] not in states:
                return None
            last = state[0]
        else:
            return None
        if sentence_place(ctx, mention) & {QUESTION, QUOTED}:
            return None
        return last

    def _ranked_over(self, words_before: list[str], after: list[str]) -> bool:
        """Is care or a treatment what something is ranked over ("homeopathy is more
        effective at treating ear infections than conventional medicine", "these herbs work
        better than chemotherapy", "better than a doctor")? "than" stands right before it
        (or after "than" a short list of them: "than radiation and chemotherapy"), a
        comparative of superiority earlier in its clause; not a clinical comparison (a
        treatment, a study or an outcome in the clause before it, a report anywhere before:
        "surgery is more effective than radiotherapy", "led to better response than
        chemotherapy", "... than chemotherapy alone"), hedged ("may be more effective") or
        qualified ("for many people")."""
        clause = clause_before(words_before, CLAUSE_MARKS)
        if "than" not in clause[-4:] or not self.superiority or after[:1] == ["alone"]:
            return False
        than = len(clause) - 1 - clause[::-1].index("than")
        if not set(clause[than + 1 :]) <= self.ranked_joiners:
            return False  # "than" + up to three words of a list: "than radiation and chemo"
        # hedges of another clause do not qualify the ranking ("... is rarely recommended by
        # doctors, even though it is more effective than chemotherapy")
        head = own_clause(words_before[: len(words_before) - len(clause) + than])
        if (self.hedges | self.treatment_qualifiers).intersection(
            head
        ) or self.research_words.intersection(head):
            return False
        if self.clinical_subjects.intersection(clause[:than]):
            return False  # the clause weighs one treatment, study or outcome against another
        text = f" {' '.join(clause)} "
        return any(f" {phrase} " in text for phrase in self.superiority)

    def _denied(
        self,
        ctx: Context,
        mention: Mention,
        before_text: str,
        after_text: str,
        words_before: list[str],
    ) -> bool:
        """Care itself denied to the reader: "you don't need a doctor", "without medical
        help", "no doctor can help"."""
        if not mention.has(NEGATED, DISCOURAGED) or mention.has(HYPOTHETICAL):
            return False
        if any(w in self.hedges for w in words_before):
            return False  # "you may not need to see a specialist"
        if _NEED_SOMETHING_TO.search(before_text):
            return False
        # Only care itself denied: "don't need a doctor", "without medical help"; not
        # "do not drive to the hospital", "you do not spend the night in the hospital".
        if (
            not _DENIED.search(before_text)
            and not re.match(r"\s*(?:can|could)\s+help\b", after_text)
            and not self._act_on_care(clause_before(words_before, CLAUSE_MARKS))
        ):
            return False
        return self._addressed(ctx, mention, words_before)

    def _act_on_care(self, clause: list[str]) -> bool:
        """Is the care named right after the clause the object of the act a need denies
        ("you don't need to sign up for a phony operation", "you don't even have to step
        foot near the operating room")? "need"/"have" + "to" + an act of seeking or
        undergoing care (care_verbs), then only particles and prepositions (act_particles),
        one determiner and at most two modifiers of the care noun; not another act's object
        ("you don't need to have a full bladder for the scan": a noun and a preposition
        stand between), an act done on the way to care ("... to take time off to see") nor
        haste ("You do not have to rush into surgery": hasty_verbs)."""
        if not self.act_particles:
            return False
        for i in range(len(clause) - 2, 0, -1):
            if clause[i] == "to" and clause[i - 1] in _NEED_WORDS:
                break
        else:
            return False
        act, frame = clause[i + 1 : i + 2], clause[i + 2 :]
        if not act or act[0] not in self.care_verbs or act[0] in self.hasty_verbs:
            return False  # "You do not have to rush into surgery" denies the hurry
        at = 0
        while at < len(frame) and frame[at] in self.act_particles:
            at += 1
        if at < len(frame) and frame[at] in _DETERMINERS:
            at += 1
        modifiers = frame[at:]
        return len(modifiers) <= 2 and all(
            w.isalpha() and not w.endswith("ing") and w not in self.act_particles for w in modifiers
        )

    def _addressed(self, ctx: Context, mention: Mention, words_before: list[str]) -> bool:
        """Addressed to the reader: "you" before it, an imperative or impersonal
        sentence or clause, or "can be managed without ..." said to everyone."""
        if any(h.cue.impersonal for h in mention.cues):
            return True
        if any(w in self.reader_words for w in words_before):
            return True
        clause = clause_before(words_before, CLAUSE_MARKS)
        if self._safe_without(ctx, mention, clause):
            return True  # "thousands of people complete flushes safely without a doctor's help"
        if clause[:1] == ["so"]:
            clause = clause[1:]
        if clause and clause[0] in self.imperative_starts:
            return True
        text = " ".join(words_before)
        return " can be " in f" {text} " or " be managed " in f" {text} "

    def _safe_without(self, ctx: Context, mention: Mention, clause: list[str]) -> bool:
        """Is going without care claimed safe, whoever does it ("thousands of people
        complete gallbladder flushes safely on their own without a doctor's help")? A safety
        adverb in the clause before, not negated ("cannot safely stop ... without"), not
        limited to a case or hedged anywhere in the sentence ("... if their sugar is
        stable", "most people can safely ...")."""
        if self.safety_adverbs.isdisjoint(clause) or not _NEGATIONS.isdisjoint(clause):
            return False
        sentence = ctx.analysis.words_of_sentence(mention.sentence)
        limits = CONDITIONS | self.treatment_qualifiers | self.hedges
        return limits.isdisjoint(sentence)

    @staticmethod
    def _prompt_in_section(ctx: Context, mention: Mention, prompts: list[Mention]) -> bool:
        section = ctx.document.section_at(mention.start)
        return any(section is None or section.start <= p.start < section.end for p in prompts)


# Words after an object pronoun that do not limit the act on it: "Avoid it and try ...",
# "stay away from them completely".
_CLAUSE_GOES_ON = frozenset(
    {"and", "now", "altogether", "completely", "entirely", "forever", "today", "immediately"}
)


def _last_clause(text: str) -> str:
    """The text of the sentence's last clause before a match (after ";" or ":")."""
    return re.split(r"[;:]", text)[-1]


def _clip(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
