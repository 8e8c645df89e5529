"""MED202 (:class:`MedicationAdvice`): telling the reader to stop, swap or change a
medicine, recognised by the shape of the sentence (see medlint.checks.claims)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import ClassVar

from medlint import context as cx
from medlint.checks import anaphora
from medlint.checks.shape import (
    CONDITIONS,
    NEGATIONS,
    NO_OBJECT,
    PHRASE_ENDS,
    RELATIVES,
    ShapeCheck,
    clause_before,
    how_to,
    in_condition,
    in_research_section,
    is_other_gerund,
    option_words,
    outside_conditions,
    sentence_place,
    vocabulary,
    vocabulary_of,
    words,
)
from medlint.kinds import Context
from medlint.model import Finding
from medlint.nlp import Analysis, Label, Mention, PatternBank
from medlint.optionschema import Schema, integer, options, values
from medlint.ruleset import RuleSpec

# Copulas that make a noun after them a predicate ("That would be a good alternative for ...").
COPULAS = frozenset({"is", "are", "be", "'s", "was", "makes", "make", "becomes"})
# The first words of the prepositions that put something in a medicine's place ("rather
# than", "instead of", "in place of"): a medicine named before them in the sentence is one
# medicine chosen over another, not a medicine given up.
SUBSTITUTING = frozenset({"rather", "instead", "in"})
# Words that open a question asked ("Do you ...?", "Should I ...?"), not a suggestion.
QUESTION_OPENERS = frozenset(
    {"do", "does", "did", "can", "could", "should", "shall", "will", "would", "is", "are"}
    | {"was", "were", "have", "has", "had", "may", "might", "must", "what", "when", "who"}
    | {"how", "which", "where", "whom", "whose", "why"}
)
# Determiners after which an -ing word modifies the medicine noun ("your sleeping pills").
MODIFIED = frozenset({"your", "the", "my", "his", "her", "their", "these", "those", "any"})


class _Imperatives:
    """The imperatives of a document by sentence (their lower-cased texts), read from its
    mentions when first asked for: a page holds many (27,237 on the 600 pages of
    docs/performance.md's M600) and few pages have a verb or an amount that gets as far as
    asking (3 on M600), so most pages never build the mentions of the label."""

    def __init__(self, analysis: Analysis, label: Label) -> None:
        self._analysis = analysis
        self._label = label
        self._by_sentence: dict[int, set[str]] | None = None

    def opening(self, sentence: int) -> set[str]:
        if self._by_sentence is None:
            self._by_sentence = {}
            for m in self._analysis.mentions(self._label):
                self._by_sentence.setdefault(m.sentence, set()).add(m.text.lower())
        return self._by_sentence.get(sentence, set())


class MedicationAdvice(ShapeCheck):
    """Telling the reader to stop, swap or change a prescribed medicine with no caveat to
    consult a professional in the same or the next sentence (MED202)."""

    OPTIONS_SCHEMA: ClassVar[Schema] = options(
        **vocabulary(
            "",
            "Lexicons of verbs that stop, swap or change a medicine ('stop', 'instead of').",
            "Verbs added to the lexicon's.",
        ),
        **vocabulary(
            "medicine",
            "Lexicons of medicine words ('tablets', 'insulin'); the verb must act on one.",
            "Medicine words added to the medicine lexicon's.",
        ),
        **vocabulary(
            "caveat",
            "Lexicons of prompts to consult a professional; one near the verb clears it.",
            "Prompts added to the caveat lexicon's.",
        ),
        **vocabulary(
            "safety_net",
            "Lexicons of safety nets ('if symptoms get worse'); one after the verb in its "
            "sentence makes it label-style safety advice.",
            "Safety nets added to the safety-net lexicon's.",
        ),
        **vocabulary(
            "imperative",
            "Lexicons of base forms that open an imperative ('use', 'try'; generated from "
            "WordNet): a clause that opens with one is addressed to the reader ('Use garlic in "
            "place of your blood thinners').",
            "Base forms added to the imperative lexicon's.",
        ),
        **vocabulary(
            "refusal",
            "Lexicons of negated taking verbs ('do not take', 'should not use', 'never "
            "start'): told to the reader with a medicine as the last words of the sentence "
            "('5 Reasons Why You Should Not Take Statins'), they advise against the medicine "
            "itself, not against one use of it ('do not take it with food', 'pregnant women "
            "should not take ...').",
            "Negated taking verbs added to the refusal lexicon's.",
        ),
        preference_verbs=words(
            "Imperatives of choice ('choose', 'consider') that, opening a clause with 'over' "
            "right before a medicine ('Consider fish oil over Ritalin'), tell the reader to "
            "take something else in the medicine's place."
        ),
        trial_verbs=words(
            "Verbs of trying something ('try', 'consider') that, told to the reader with "
            "'before' + a medicine after their object ('I urge you to try lifestyle changes "
            "before trying prescription medications'), put the medicine off for something "
            "else."
        ),
        elided_question_verbs=words(
            "Verbs ('think', 'want') that open a question with its auxiliary left out "
            "('Think it's a good idea to stop taking your antidepressant?'): not a "
            "suggestion put as a question."
        ),
        postponing_links=words(
            "Words ('taking', 'resorting', 'to') that may stand between 'before' and the "
            "medicine put off."
        ),
        refusal_determiners=words(
            "Words ('your', 'any') that may stand between a refusal and its medicine."
        ),
        refusal_limits=words(
            "Words ('if', 'pregnant') anywhere in the sentence of a refusal that limit it to "
            "a case (a contraindication, not advice against the medicine)."
        ),
        near_sentences=integer(
            "How many sentences before or after the advice a caveat may stand in.", 1
        ),
        **ShapeCheck.OPTIONS_SCHEMA["properties"],
        label_words=integer(
            "How many words a label before a colon may hold ('Ask the Expert: Can I stop "
            "...?'): the question after it is asked, unless a medicine stands in the label.",
            4,
            minimum=1,
        ),
        object_window=integer(
            "How many words after the verb its medicine may stand (within the verb's phrase).",
            8,
            minimum=1,
        ),
        pronouns=words(
            "Pronouns after the verb ('stop them') that make it act on a medicine named earlier "
            "in the sentence."
        ),
        imperative_adverbs=words(
            "Words that may stand before an imperative in its clause ('just', 'simply', 'then')."
        ),
        reader_words=words("Words for the reader ('you') that make the verb's clause advice."),
        **vocabulary(
            "amount",
            "Lexicons of dose amounts ('25 mcg', 'half the dose'); a titration verb before "
            "one, or 'more'/'less' after it, changes a medicine's dose ('then increase by 5 "
            "mcg', 'take 25 mcg more').",
            "Dose amounts added to the amount lexicon's.",
        ),
        titration_verbs=words(
            "Verbs ('increase', 'drop', 'add') that, up to two titration_links before a dose "
            "amount and told to the reader, change a medicine's dose ('add in 5 mcg', 'then "
            "increase by 5 mcg'); a medicine must be named in the sentence or the one before."
        ),
        titration_links=words(
            "Words ('by', 'to', 'in') that may stand between a titration verb and its amount."
        ),
        amount_changes=words(
            "Words ('more', 'less') right after a dose amount that, with a taking verb "
            "(taking_verbs) before it, change the dose ('take 25 mcg more')."
        ),
        taking_verbs=words("Verbs ('take', 'use') of taking an amount (see amount_changes)."),
        first_person=words(
            "First-person subjects ('i', 'we') that, after 'How' right before the verb, make "
            "a testimonial how-to told to the reader ('How I Replaced Medications With ...')."
        ),
        modals=words(
            "Modals ('can', 'should') that make advice with a reader group ('parents can ...')."
        ),
        reader_groups=words(
            "Groups of readers ('parents', 'patients') that make advice with a modal."
        ),
        professionals=words(
            "Professionals ('doctor') whose act the verb is when named before it outside a "
            "condition ('your doctor may switch you')."
        ),
        swap_verbs=words(
            "Verbs ('switch', 'swap') that, with no object of their own, act on a medicine "
            "named earlier in the clause."
        ),
        instruction_infinitives=words(
            "Verbs ('need', 'try') that keep 'to' + verb an instruction ('you need to stop them')."
        ),
        research_words=words(
            "Words of a study ('trial', 'participants') before the verb that make it a report."
        ),
        research_headings=words(
            "Words ('research', 'trials') that, in a heading over the sentence or the page's "
            "title, make what it says a study's report."
        ),
        averting_verbs=words(
            "Imperatives ('avoid', 'prevent') that turn the advice after them into a warning."
        ),
        how_to_nouns=words(
            "Nouns ('ways', 'steps') that, before 'to', make a how-to infinitive addressed to "
            "the reader ('5 Steps to Get Off Your Inhaler'; 'How to' always is)."
        ),
        remedy_nouns=words(
            "Remedies ('remedies', 'tea') that, as the subject of a swap verb with a modal "
            "('herbal remedies that can replace antidepressants'), offer a swap to the reader."
        ),
        swap_modals=words("Modals ('can', 'will') of a remedy's swap (see remedy_nouns)."),
        alternative_nouns=words(
            "Nouns ('alternative', 'substitute') that, after a copula and before 'to'/'for' "
            "and a medicine ('That would be a good alternative for insulin shots'), offer "
            "something in the medicine's place; not a medicine offered for another, a "
            "professional's suggestion, negated or hedged."
        ),
        alternative_links=words(
            "Verbs ('represents', 'offers', 'serves') that, like a copula, call what comes "
            "before them an alternative to a medicine ('Hirudotherapy represents an effective "
            "alternative to pharmacological drugs'). Round 32."
        ),
        medicine_modifiers=words(
            "Qualifiers of a medicine ('regular', 'pharmacological', 'synthetic') that may stand "
            "between 'alternative to' and the medicine ('a safe alternative to regular "
            "sleeping pills'). Round 32."
        ),
        supplying_nouns=words(
            "Alternative nouns ('replacement') that, singular right after a medicine, name a "
            "therapy supplying it ('thyroid hormone replacement'), not something in its place."
        ),
        lifelong_phrases=words(
            "Phrases of a lifelong time ('for the rest of your life', 'forever') that, right "
            "after a medicine whose need is denied to the reader ('you do not have to be on "
            "diabetes medications for the rest of your life'), tell the reader a prescribed "
            "medicine need not be kept up."
        ),
        lifelong_hedges=words(
            "Words ('may', 'some') that make a lifelong need denied a clinical statement "
            "('you may not have to take insulin for the rest of your life')."
        ),
        means_words=words(
            "Words ('with', 'via') that, between the verb and a medicine, make the medicine "
            "the means of the act, not its object: 'how to stop heartburn with medication' "
            "stops the heartburn."
        ),
        means_verbs=words(
            "Verbs ('stop') whose own object may come before a medicine as its means ('stop "
            "heartburn with medication'); a swap ('rather than ... with these drugs') never."
        ),
        not_means_objects=words(
            "Words ('yourself', 'everything', 'turkey') that, as the verb's own object before "
            "a means word, leave the medicine the thing stopped ('Stop everything with "
            "steroids', 'quit cold turkey with your antidepressants')."
        ),
        instilling_places=words(
            "Words ('into', 'in') that, up to three words after the drops, put them in ('drop "
            "some drops into your eyes'); without one, or with a determiner before the drops "
            "('Drop your eye drops'), 'drop' discards."
        ),
        relation_words=words(
            "Words ('associated', 'treatment') that, right before a means word, tie the words "
            "before them to the medicine ('the problems associated with these drugs', 'stop "
            "your treatment with warfarin'): the medicine is then no means."
        ),
        spent_words=words(
            "Words ('missed', 'expired') that, between the verb and a medicine, name a dose "
            "already missed or a supply out of date: skipping the missed dose or throwing out "
            "expired drops is the label's rule, not stopping a medicine ('the remaining doses' "
            "of a course are not: stopping them is the advice to fear)."
        ),
        availability_nouns=words(
            "Medicine words ('prescription') that after 'without' tell how a medicine is "
            "bought ('medicines you can get without a prescription'), not a medicine done "
            "without."
        ),
        instilling_verbs=words(
            "Stop verbs ('drop') that, with a drop word as their object ('drop some drops "
            "into your eyes'), put a medicine in, not stop it."
        ),
        role_words=words(
            "Words ('as') that, right after 'rather than' or 'instead of', contrast a role, not "
            "a medicine ('used alongside a diet, rather than as a substitute for prescription "
            "medication')."
        ),
        purchase_limits=words(
            "Words ('online', 'prescription') that make advice to stop buying a medicine a "
            "warning about where it is bought ('stop buying antibiotics online'), not advice "
            "against the medicine."
        ),
        keeping_verbs=words(
            "Verbs ('stay', 'steer') of keeping away from a medicine: a refusal, so a limit "
            "in its sentence (refusal_limits: 'if', 'pregnant') makes it a contraindication, "
            "not advice ('Stay away from NSAIDs if you have kidney disease')."
        ),
        escalation_verbs=words(
            "Verbs ('double', 'increase') that raise a medicine: a safety net after them "
            "('if the flare gets worse') does not clear the advice, as it clears stopping."
        ),
        without_verbs=words(
            "Verbs ('manage', 'lower') that make 'without' + a medicine in their clause advice "
            "to do without it ('Manage your blood pressure without drugs'); 'without' "
            "elsewhere ('Without insulin, glucose stays in the blood') is no advice."
        ),
    )

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        options = spec.options
        self.verbs = vocabulary_of(spec)
        self.medicines = vocabulary_of(spec, "medicine")
        self.caveats = vocabulary_of(spec, "caveat")
        self.safety_nets = vocabulary_of(spec, "safety_net")
        self.imperatives = vocabulary_of(spec, "imperative")
        self.refusals = vocabulary_of(spec, "refusal")
        self.refusal_determiners = option_words(options, "refusal_determiners")
        self.refusal_limits = option_words(options, "refusal_limits")
        self.preference_verbs = option_words(options, "preference_verbs")
        self.trial_verbs = option_words(options, "trial_verbs")
        self.elided_question_verbs = option_words(options, "elided_question_verbs")
        self.postponing_links = option_words(options, "postponing_links")
        self.averting = option_words(options, "averting_verbs")
        self.without_verbs = option_words(options, "without_verbs")
        self.escalation_verbs = option_words(options, "escalation_verbs")
        self.keeping_verbs = option_words(options, "keeping_verbs")
        self.alternative_nouns = option_words(options, "alternative_nouns")
        self.alternative_links = option_words(options, "alternative_links")
        self.medicine_modifiers = option_words(options, "medicine_modifiers")
        self.supplying_nouns = option_words(options, "supplying_nouns")
        self.lifelong = tuple(
            tuple(p.lower().split()) for p in options.get("lifelong_phrases", ()) or ()
        )
        self.lifelong_hedges = option_words(options, "lifelong_hedges")
        self.purchase_limits = option_words(options, "purchase_limits")
        self.means_words = option_words(options, "means_words")
        self.spent_words = option_words(options, "spent_words")
        self.relation_words = option_words(options, "relation_words")
        self.means_verbs = option_words(options, "means_verbs")
        self.not_means_objects = option_words(options, "not_means_objects")
        self.instilling_places = option_words(options, "instilling_places")
        self.availability_nouns = option_words(options, "availability_nouns")
        self.instilling_verbs = option_words(options, "instilling_verbs")
        self.role_words = option_words(options, "role_words")
        typed = values(options, self.OPTIONS_SCHEMA)  # the schema holds the defaults
        self.near_sentences = int(typed["near_sentences"])
        self.object_window = int(typed["object_window"])
        self.label_words = int(typed["label_words"])
        self.pronouns = option_words(options, "pronouns")
        self.adverbs = option_words(options, "imperative_adverbs")
        self.reader_words = option_words(options, "reader_words")
        self.first_person = option_words(options, "first_person")
        self.amounts = vocabulary_of(spec, "amount")
        self.titration_verbs = option_words(options, "titration_verbs")
        self.titration_links = option_words(options, "titration_links")
        self.amount_changes = option_words(options, "amount_changes")
        self.taking_verbs = option_words(options, "taking_verbs")
        self.modals = option_words(options, "modals")
        self.reader_groups = option_words(options, "reader_groups")
        self.professionals = option_words(options, "professionals")
        self.swap_verbs = option_words(options, "swap_verbs")
        self.instruction_infinitives = option_words(options, "instruction_infinitives")
        self.how_to_nouns = option_words(options, "how_to_nouns")
        self.remedy_nouns = option_words(options, "remedy_nouns")
        self.swap_modals = option_words(options, "swap_modals")
        self.research_words = option_words(options, "research_words")
        self.research_headings = option_words(options, "research_headings")
        self.labels = {
            k: Label.of(spec.code, k)
            for k in ("verb", "medicine", "caveat", "net", "imperative", "refusal", "amount")
        }

    def register(self, bank: PatternBank) -> None:
        bank.add(self.labels["verb"], self.verbs, self.spec.source)
        bank.add(self.labels["medicine"], self.medicines, self.spec.source)
        bank.add(self.labels["caveat"], self.caveats, self.spec.source)
        bank.add(self.labels["net"], self.safety_nets, self.spec.source)
        bank.add(self.labels["imperative"], self.imperatives, self.spec.source)
        bank.add(self.labels["refusal"], self.refusals, self.spec.source)
        if self.amounts:
            bank.add(self.labels["amount"], self.amounts, self.spec.source)

    def check(self, ctx: Context) -> Iterator[Finding]:
        analysis = ctx.analysis
        medicines = analysis.mentions(self.labels["medicine"])
        caveats = {
            m.sentence for m in analysis.mentions(self.labels["caveat"]) if not m.has(cx.NEGATED)
        }
        nets = analysis.mentions(self.labels["net"])
        imperatives = _Imperatives(analysis, self.labels["imperative"])
        reported: set[int] = set()
        for verb in analysis.mentions(self.labels["verb"]):
            if verb.sentence in reported or self.blocked(ctx, verb):
                continue
            head = verb.text.lower().split()[0]
            if head in self.keeping_verbs and self.refusal_limits.intersection(
                analysis.words_of_sentence(verb.sentence)
            ):
                continue  # "Stay away from NSAIDs if you have kidney disease": a contraindication
            if _PURCHASE.intersection(
                verb.text.lower().split()
            ) and self.purchase_limits.intersection(analysis.words_of_sentence(verb.sentence)):
                continue  # "Stop buying antibiotics online": where, not whether
            escalates = head in self.escalation_verbs
            if not escalates and any(
                n.sentence == verb.sentence and n.start >= verb.end for n in nets
            ):
                continue  # "Stop taking these medicines if symptoms get worse": a safety net
            if any(abs(s - verb.sentence) <= self.near_sentences for s in caveats):
                continue  # "... Talk to your doctor first."
            medicine = self._object(ctx, verb, medicines)
            if medicine is None:
                continue  # "swap sugary drinks for water": not a medicine
            if self._not_stopped(ctx, verb, medicine):
                continue  # "skip the missed dose", "drop some drops into your eyes"
            if verb.text.lower().split()[0] in SUBSTITUTING and _one_for_another(
                medicine, medicines
            ):
                continue  # "should be given IPV rather than oral polio vaccine": one for another
            before = analysis.words_before(verb.sentence, verb.token_start)
            if verb.text.lower() == "without" and not self._without_advice(clause_before(before)):
                continue  # "Without insulin, ...": not "lower your blood pressure without pills"
            if self.research_words.intersection(before):
                continue  # "in this trial, instead of continuing with chemotherapy, ..."
            if in_research_section(ctx.document, verb.start, self.research_headings):
                continue  # a trial's arms under "Clinical Trials"
            if self.professionals.intersection(outside_conditions(before)):
                continue  # "a provider will treat the illness, stop the medication, or ..."
            if self._professional_before(ctx, verb):
                continue  # "The provider can adjust the dose ... Another way to adjust ..."
            opener = imperatives.opening(verb.sentence)
            if not self._directed(clause_before(_after_then(before)), opener, verb.text.lower()):
                continue  # "many people stop their statins"; "your doctor may switch you"
            reported.add(verb.sentence)
            # Quote the verb and its object ("replace your blood-pressure tablets"); when the
            # object is a pronoun, the verb alone ("just stop them": "stop").
            end = max(verb.end, medicine.end) if medicine.start >= verb.start else verb.end
            yield self.finding(ctx, verb.start, end)
        for medicine in medicines:
            if medicine.sentence in reported or any(
                abs(s - medicine.sentence) <= self.near_sentences for s in caveats
            ):
                continue
            over = self._preferred_over(ctx, medicine)
            if over is None:
                over = self._alternative_to(ctx, medicine, medicines)
            if over is None:
                span = self._compound_alternative(ctx, medicine)
                if span is not None:
                    reported.add(medicine.sentence)
                    yield self.finding(ctx, *span)
                    continue
            if over is None:
                over = self._postponed(ctx, medicine, medicines)
            if over is not None:
                reported.add(medicine.sentence)
                yield self.finding(ctx, over, medicine.end)
                continue
            span = self._lifelong_denied(ctx, medicine)
            if span is not None:
                reported.add(medicine.sentence)
                yield self.finding(ctx, *span)
        yield from self._titrations(ctx, reported, caveats, imperatives)
        for refusal in analysis.mentions(self.labels["refusal"]):
            if refusal.sentence in reported or any(
                abs(s - refusal.sentence) <= self.near_sentences for s in caveats
            ):
                continue
            medicine = self._refused(ctx, refusal, medicines)
            if medicine is not None:
                reported.add(refusal.sentence)
                yield self.finding(ctx, refusal.start, medicine.end)

    def place(self, ctx: Context, mention: Mention) -> frozenset[str]:
        """As ShapeCheck.place, except that a suggestion put as a question is advice
        ("Instead of resorting to prescription drugs, consider trying a herbal cure?"): see
        :meth:`_suggestion`."""
        place = sentence_place(ctx, mention)
        if cx.QUESTION in place and self._suggestion(ctx, mention.sentence):
            return place - {cx.QUESTION}
        return place

    def conditional(self, mention: Mention, before: list[str]) -> bool:
        """As ShapeCheck.conditional, except that "then" closes a condition with no comma
        ("If you can improve this function then you can get off the thyroid meds")."""
        return in_condition(_after_then(before), self.CONDITIONS)

    def _suggestion(self, ctx: Context, sentence: int) -> bool:
        """Is a sentence ending in "?" a suggestion, not a question asked? Its main clause
        (after a leading "instead of ..."/"rather than ..." phrase) opens with an
        imperative ("consider", "try"); not an auxiliary or a question word
        ("Do you stop your pills?", "Should I swap my tablets?") nor a verb whose auxiliary
        is left out ("Think it's a good idea to stop ...?": elided_question_verbs)."""
        analysis = ctx.analysis
        words = analysis.words_of_sentence(sentence)
        if words[-1:] != ["?"]:
            return False
        if ":" in words[:-1]:
            # "Ask the Expert: Can I Stop Taking Antibiotics ...?": a short label, then the
            # question; not an instruction before a rhetorical one ("Stop your
            # antidepressants: why stay numb forever?")
            colon = len(words) - 1 - words[::-1].index(":")
            if colon <= self.label_words and not self._medicine_before(ctx, sentence, colon):
                words = words[colon + 1 :]
        if words[:1] and words[0] in SUBSTITUTING and "," in words:
            words = words[words.index(",") + 1 :]
        words = [w for w in words if w not in self.adverbs]
        opener = words[0] if words else ""
        if opener in QUESTION_OPENERS or opener in self.elided_question_verbs:
            return False  # "Think it's a good idea to stop ...?" is "(Do you) think ...?"
        return any(
            m.sentence == sentence and m.text.lower() == opener
            for m in analysis.mentions(self.labels["imperative"])
        )

    def _titrations(
        self,
        ctx: Context,
        reported: set[int],
        caveats: Collection[int],
        imperatives: _Imperatives,
    ) -> Iterator[Finding]:
        """A medicine's dose changed by an amount, told to the reader: a titration verb up
        to two links before a dose amount ("add in 5 mcg", "then increase by 5 mcg",
        "drop to 10 mg") or "more"/"less" after an amount taken ("take 25 mcg more"), with
        a medicine named in the sentence or the one before; not a plain dose ("take 500 mg
        twice a day"), a professional's act, a study, a caveat near it, nor the usual
        contexts (negated, reported, a condition, a question, a quotation, a comment)."""
        if not self.amounts or not self.titration_verbs:
            return
        analysis = ctx.analysis
        named = {m.sentence for m in analysis.mentions(self.labels["medicine"])}
        for amount in analysis.mentions(self.labels["amount"]):
            s = amount.sentence
            if s in reported or not ({s, s - 1} & named):
                continue
            if any(abs(c - s) <= self.near_sentences for c in caveats):
                continue
            if self.blocked(ctx, amount):
                continue
            before = analysis.words_before(s, amount.token_start)
            after = analysis.words_after(s, amount.token_end)
            verb = self._titration_verb(before, after)
            if verb is None:
                continue
            clause = clause_before(before[:verb])
            if self.research_words.intersection(before) or self.professionals.intersection(
                outside_conditions(before)
            ):
                continue
            if not self._directed(clause, imperatives.opening(s), before[verb]):
                continue
            reported.add(s)
            first = analysis.sentences[s][0]
            start = ctx.document.masked[first : amount.start].lower().rfind(before[verb])
            yield self.finding(ctx, first + start if start != -1 else amount.start, amount.end)

    def _titration_verb(self, before: list[str], after: list[str]) -> int | None:
        """The index in ``before`` of the verb that changes the amount's dose, if any."""
        for i in range(len(before) - 1, max(len(before) - 4, -1), -1):
            word = before[i]
            if word in self.titration_verbs:
                return i
            if word not in self.titration_links:
                break
        if after[:1] and after[0] in self.amount_changes:
            for i in range(len(before) - 1, max(len(before) - 3, -1), -1):
                if before[i] in self.taking_verbs:
                    return i
        return None

    def _preferred_over(self, ctx: Context, medicine: Mention) -> int | None:
        """Where the choice starts when the reader is told to choose something over the
        medicine ("Consider Fish Oil Over Ritalin", "Choose turmeric over your
        painkillers"): "over" right before it (or before one determiner), the clause opened
        by an imperative of choice; not "over the counter", "choose water over sugary
        drinks" (no medicine), one medicine chosen over another, or someone's choice
        reported or asked."""
        if not self.preference_verbs:
            return None
        analysis = ctx.analysis
        before = analysis.words_before(medicine.sentence, medicine.token_start)
        if before[-1:] != ["over"] and not (
            before[-2:-1] == ["over"] and before[-1] in self.refusal_determiners
        ):
            return None
        clause = clause_before(before)
        opener = next((w for w in clause if w not in self.adverbs), "")
        if opener not in self.preference_verbs:
            return None
        if sentence_place(ctx, medicine) & self.unless_sentence:
            return None
        if medicine.has(*(self.unless_context - {cx.NEGATED})):
            return None
        if _one_for_another(medicine, analysis.mentions(self.labels["medicine"])):
            return None  # "choose generic drugs over brand-name drugs": one medicine for another
        first, lead = _lead(ctx, medicine)
        over = lead.rfind("over")
        start = lead.rfind(opener, 0, over)
        return first + (start if start != -1 else over)

    def _postponed(
        self, ctx: Context, medicine: Mention, medicines: Collection[Mention]
    ) -> int | None:
        """Where the advice starts when the reader is told to try something else before
        the medicine ("I urge you to try dietary changes before trying prescription
        medications", "Try yoga first, before you resort to sleeping pills"): "before"
        up to a few postponing links ("taking", "resorting to", "your") before the medicine,
        a trial verb in the clause before "before", opening it (after adverbs) or told to
        the reader ("you ... try"); the trial's object between them. Not a medicine before
        another act ("take food before taking your tablets": no trial verb), a professional
        or a group's act ("some people try yoga before ..."), one medicine tried before
        another, a study, a question or a quotation."""
        if not self.trial_verbs:
            return None
        analysis = ctx.analysis
        before = analysis.words_before(medicine.sentence, medicine.token_start)
        at = len(before) - 1
        if at >= 0 and before[at].isalpha() and before[at] not in self.postponing_links:
            at -= 1  # one modifier of the medicine: "sleeping pills", "blood-pressure tablets"
        while at >= 0 and len(before) - at <= 6 and before[at] != "before":
            if before[at] not in self.postponing_links | self.refusal_determiners:
                return None
            at -= 1
        if at < 0 or before[at] != "before":
            return None
        head = before[: at - 1] if before[at - 1 : at] == [","] else before[:at]
        clause = clause_before(head)  # "Try yoga first, before you resort to ..."
        trial = next((i for i, w in enumerate(clause) if w in self.trial_verbs), None)
        if trial is None or len(clause) - trial < 2 or clause[trial + 1] == "to":
            return None  # "try before taking the tablets", "try to eat before ...": no trial
        lead = clause[:trial]
        told = all(w in self.adverbs for w in lead) or bool(self.reader_words.intersection(lead))
        if not told or self.professionals.intersection(clause):
            return None
        if self.reader_groups.intersection(lead) or self.research_words.intersection(clause):
            return None
        if NEGATIONS.intersection(lead) or sentence_place(ctx, medicine) & self.unless_sentence:
            return None
        if medicine.has(*(self.unless_context - {cx.NEGATED, cx.HYPOTHETICAL})):
            return None
        if _one_for_another(medicine, medicines):
            return None
        first, text = _lead(ctx, medicine)
        start = text.rfind(clause[trial], 0, text.rfind("before"))
        return first + start if start != -1 else None

    def _lifelong_denied(self, ctx: Context, medicine: Mention) -> tuple[int, int] | None:
        """The span of a lifelong need of a medicine denied to the reader ("The truth is
        that you do NOT have to be on diabetic medications for the rest of your life", "You
        don't need to be shackled to blood sugar meds forever"): a lifelong phrase right
        after the medicine; before it in its clause a negated "need"/"have to" told to the
        reader ("you", or "no need to"), at most five words of staying ("be on", "stay on",
        "be shackled to") between. Not hedged or said of some ("you may not have to ...",
        "some people do not ..."), a professional's, a condition, a question, a quotation,
        reported or debunked."""
        if not self.lifelong:
            return None
        analysis = ctx.analysis
        after = analysis.words_after(medicine.sentence, medicine.token_end)
        phrase = next((p for p in self.lifelong if tuple(after[: len(p)]) == p), None)
        if phrase is None:
            return None
        before = analysis.words_before(medicine.sentence, medicine.token_start)
        clause = clause_before(before)
        need = next(
            (
                i
                for i in range(len(clause) - 1, max(len(clause) - 8, -1), -1)
                if clause[i] in _NEEDS and (clause[i] != "have" or clause[i + 1 : i + 2] == ["to"])
            ),
            None,
        )
        if need is None or any(not w.isalpha() for w in clause[need + 1 :]):
            return None
        lead = clause[:need]
        if not NEGATIONS.intersection(lead[-3:]):
            return None
        told = bool(self.reader_words.intersection(lead)) or lead[-1:] == ["no"]
        if not told or self.lifelong_hedges.intersection(lead):
            return None
        if self.professionals.intersection(clause) or CONDITIONS.intersection(clause):
            return None
        if sentence_place(ctx, medicine) & self.unless_sentence:
            return None
        if medicine.has(*(self.unless_context - {cx.NEGATED, cx.HYPOTHETICAL})):
            return None
        first, text = _lead(ctx, medicine)
        negation = list(re.finditer(r"\b\w*n['’]t\b|\b(?:not|never|no)\b", text))
        if not negation:
            return None
        _, last = analysis.sentences[medicine.sentence]
        rest = ctx.document.masked[medicine.end : last]
        found = re.match(r"\s*" + r"\s+".join(re.escape(w) for w in phrase), rest, re.I)
        end = medicine.end + found.end() if found else medicine.end
        return first + negation[-1].start(), end

    def _alternative_to(
        self, ctx: Context, medicine: Mention, medicines: Collection[Mention]
    ) -> int | None:
        """Where the offer starts when something is called an alternative to the medicine
        ("That would be a good alternative for insulin shots", "Turmeric is a natural
        substitute for your painkillers"): an alternative noun, after at most two
        modifiers, between a copula and "to"/"for" + the medicine. Not a medicine offered
        for another ("metformin is an alternative to insulin"), what a professional offers,
        negated ("there is no alternative to insulin"), hedged, limited to a case, a study,
        a question or a quotation."""
        if not self.alternative_nouns:
            return None
        analysis = ctx.analysis
        before = analysis.words_before(medicine.sentence, medicine.token_start)
        while before and before[-1] in self.refusal_determiners:
            before = before[:-1]
        for _ in range(2):  # "a safe alternative to regular sleeping pills" (round 32)
            if before[-1:] and before[-1] in self.medicine_modifiers:
                before = before[:-1]
        while before and before[-1] in self.refusal_determiners:
            before = before[:-1]
        if before[-1:] not in (["to"], ["for"]):
            return None
        noun = next(
            (
                i
                for i in range(len(before) - 2, max(len(before) - 5, -1), -1)
                if before[i] in self.alternative_nouns
            ),
            None,
        )
        if noun is None:
            return None
        clause = clause_before(before[:noun])
        if not (COPULAS | self.alternative_links).intersection(clause[-4:]):
            return None
        if "there" in clause[-6:]:
            return None  # "there has to be an alternative to ...": none offered
        if self._offer_withheld(ctx, medicine, clause, self.unless_context - {cx.NEGATED}):
            return None
        if _one_for_another(medicine, medicines):
            return None  # "metformin is an alternative to insulin": one medicine for another
        first, lead = _lead(ctx, medicine)
        start = lead.rfind(before[noun])
        return first + start if start != -1 else None

    def _offer_withheld(
        self, ctx: Context, medicine: Mention, clause: list[str], contexts: Collection[str]
    ) -> bool:
        """Is an alternative to the medicine not offered to the reader: asked or quoted
        (``unless_sentence``), in one of ``contexts``, negated in ``clause`` ("there is no
        alternative to insulin"), a professional's, limited to a case or a group, or a
        study's? Shared by the two readings of an offer (``_alternative_to`` and
        ``_compound_alternative``)."""
        if sentence_place(ctx, medicine) & self.unless_sentence or medicine.has(*contexts):
            return True
        sentence = ctx.analysis.words_of_sentence(medicine.sentence)
        return bool(
            NEGATIONS.intersection(clause)
            or self.professionals.intersection(sentence)
            or self.refusal_limits.intersection(sentence)
            or self.research_words.intersection(sentence)
        )

    def _compound_alternative(self, ctx: Context, medicine: Mention) -> tuple[int, int] | None:
        """The span of replacements offered for a medicine by a compound noun: the medicine
        right before an alternative noun ("Top 5 Natural Metformin Alternatives", "Consume
        Insulin Alternatives", "the best statin substitutes"). Not negated ("there are no
        insulin alternatives"), hedged by a professional, a study or a limit, asked or
        quoted. Round 32."""
        if not self.alternative_nouns:
            return None
        analysis = ctx.analysis
        after = analysis.words_after(medicine.sentence, medicine.token_end)
        if not after or after[0] not in self.alternative_nouns:
            return None
        if not after[0].endswith("s") and after[1:2] and after[1].isalpha():
            return None  # "Castor Oil Alternative Treatment", "hormone replacement medication"
        if after[0] in self.supplying_nouns:
            return None  # "thyroid hormone replacement": a therapy that supplies the medicine
        clause = clause_before(analysis.words_before(medicine.sentence, medicine.token_start))
        if self._offer_withheld(ctx, medicine, clause, self.unless_context):
            return None
        # the noun right after the medicine, in the same sentence: a short window, not the
        # rest of the document
        rest = ctx.document.masked[medicine.end : medicine.end + 80]
        found = re.match(r"\s*" + re.escape(after[0]), rest, re.I)
        return medicine.start, medicine.end + (found.end() if found else 0)

    def _refused(
        self, ctx: Context, refusal: Mention, medicines: Collection[Mention]
    ) -> Mention | None:
        """The medicine a refusal advises against: "Don't take antidepressants.", "5
        Reasons Why You Should Not Take Statins" (the reader told, in an imperative or with
        "you"; the medicine, after at most a determiner, ends the sentence). Not a use of it
        limited to a case or a group ("do not take it with food", "do not give aspirin to
        children", "pregnant women should not take ...", "if you are pregnant, ..."), nor
        someone's claim reported, debunked, asked, quoted or in a comment."""
        analysis = ctx.analysis
        if sentence_place(ctx, refusal) & self.unless_sentence:
            return None
        if refusal.has(*(self.unless_context - {cx.NEGATED, cx.HYPOTHETICAL})):
            return None
        sentence = analysis.words_of_sentence(refusal.sentence)
        if self.refusal_limits.intersection(sentence) or self.research_words.intersection(sentence):
            return None
        clause = clause_before(analysis.words_before(refusal.sentence, refusal.token_start))
        told = all(w in self.adverbs for w in clause) or bool(
            self.reader_words.intersection(clause)
        )
        if not told or self.professionals.intersection(clause):
            return None
        if self.reader_groups.intersection(clause):
            return None  # "patients with colitis should not take this medication"
        s = refusal.sentence
        after = analysis.words_after(s, refusal.token_end)
        for medicine in medicines:
            if medicine.sentence != refusal.sentence or medicine.token_start < refusal.token_end:
                continue
            between = after[: len(after) - len(analysis.words_after(s, medicine.token_start))]
            rest = analysis.words_after(s, medicine.token_end)
            if all(w in self.refusal_determiners for w in between) and all(
                not w.isalnum() for w in rest
            ):
                return medicine
        return None

    def _object(
        self, ctx: Context, verb: Mention, medicines: Collection[Mention]
    ) -> Mention | None:
        """The medicine the verb acts on: one inside the match ("instead of insulin") or in
        the verb's phrase, up to ``object_window`` words on and not past "and"/"or"
        ("skip the GP and order antibiotics" acts on the GP); or one named earlier in the
        clause ("patients on lithium can switch to ..."); or, when the object is a pronoun
        ("just stop them"), one named earlier in the sentence."""
        analysis = ctx.analysis
        after = analysis.words_after(verb.sentence, verb.token_start)
        phrase_end = len(after)
        size = len(verb.text.split())
        # a swap verb coordinated with the next verb shares its object ("Remedies That Can
        # Replace or Work Along with Antidepressants")
        shared = after[size : size + 1] in (["or"], ["and"]) and (
            verb.text.lower().split()[0] in self.swap_verbs
        )
        for i, word in enumerate(after):
            if shared and i == size:
                continue
            if i >= size and (word in PHRASE_ENDS or i > self.object_window):
                phrase_end = i
                break
        phrase = after[:phrase_end]
        same = sorted(
            (m for m in medicines if m.sentence == verb.sentence), key=lambda m: m.token_start
        )
        for medicine in same:
            if medicine.token_start < verb.token_start:
                continue
            offset = len(after) - len(analysis.words_after(verb.sentence, medicine.token_start))
            own = after[len(verb.text.split()) : offset]
            # a gerund after a determiner names the medicine ("your sleeping pills"); a bare
            # one is another act ("stop producing insulin")
            acts = [w for i, w in enumerate(own) if not (i and own[i - 1] in MODIFIED)]
            if self._means(verb.text.lower(), _words_between(analysis, verb, medicine)):
                break  # "stop heartburn with medication": the medicine is the means
            if offset < len(phrase) and not any(is_other_gerund(w) for w in acts):
                return medicine  # not "stop producing insulin", "stop responding to the drug"
            break
        earlier = [m for m in same if m.token_end <= verb.token_start]
        if not earlier:
            # "Painkillers are harsh. Instead of using them, try ...": the pronoun object
            # stands for the medicine the sentence before names (anaphora.py)
            pronoun = next((w for w in after[size : size + 3] if w in anaphora.PERSONAL), None)
            if pronoun is None or pronoun not in self.pronouns:
                return None
            return anaphora.antecedent_at(verb.sentence, verb.token_start, pronoun, medicines)
        following = after[len(verb.text.split()) :]
        if self.pronouns.intersection(after[1:4]):
            return earlier[-1]  # "if your tablets upset you, just stop them"
        # "Patients on lithium can switch to magnesium": a swap verb with no object of its
        # own acts on the medicine named earlier in its clause.
        head = verb.text.lower().split()[0]
        if head not in self.swap_verbs or (following[:1] and following[0] not in NO_OBJECT):
            return None
        before = analysis.words_before(verb.sentence, verb.token_start)
        clause = clause_before(before)
        between = before[len(analysis.words_before(verb.sentence, earlier[-1].token_start)) :]
        return earlier[-1] if len(between) <= len(clause) else None

    def _medicine_before(self, ctx: Context, sentence: int, words: int) -> bool:
        """Does a medicine stand in the first ``words`` words of the sentence?"""
        analysis = ctx.analysis
        return any(
            m.sentence == sentence and len(analysis.words_before(sentence, m.token_start)) < words
            for m in analysis.mentions(self.labels["medicine"])
        )

    def _means(self, verb: str, between: list[str]) -> bool:
        """Do the words between a verb of ``means_verbs`` and a medicine give the verb an
        object of its own and then the medicine as its means ("stop heartburn with
        medication")? Not a verb that shares its object with the next ("Replace or Work
        Along with Antidepressants"), a medicine tied to its object ("stop your treatment
        with warfarin"), nor a person, "everything" or a manner as the object ("Stop
        everything with steroids", "quit cold turkey with your antidepressants":
        ``not_means_objects``)."""
        if verb not in self.means_verbs:
            return False
        at = next((i for i, w in enumerate(between) if w in self.means_words), None)
        if at is None:
            return False
        own = between[:at]
        if own[-1:] and own[-1] in self.relation_words:
            return False  # "the problems associated with these drugs": the drugs' own
        if self.not_means_objects.intersection(own):
            return False
        return any(w.isalpha() for w in own) and not {"or", "and"}.intersection(own)

    def _not_stopped(self, ctx: Context, verb: Mention, medicine: Mention) -> bool:
        """Does the verb act on the medicine without stopping, swapping or changing it? A
        dose already missed or a supply expired between them ("skip the missed dose", "throw
        out any expired eye drops": the label's rule), drops put in with "drop" ("drop some
        drops into your eyes"; not "Drop your eye drops"), a prescription done without as how
        a medicine is bought ("get them without a prescription"), or a role contrasted
        ("rather than as a substitute for prescription medication")."""
        analysis = ctx.analysis
        text = verb.text.lower()
        after = analysis.words_after(verb.sentence, verb.token_end)
        between = _words_between(analysis, verb, medicine)
        if self.spent_words.intersection(between):
            return True
        named = medicine.text.lower()
        if (
            text.split()[0] in self.instilling_verbs
            and named.split()[-1] in ("drop", "drops")
            and not self.refusal_determiners.intersection(between)
            and self.instilling_places.intersection(
                analysis.words_after(verb.sentence, medicine.token_end)[:3]
            )
        ):
            return True  # "drop some drops into your eyes"; not "Drop your eye drops"
        if text == "without" and named in self.availability_nouns:
            return True
        return (
            text in ("rather than", "instead of")
            and bool(after[:1])
            and (after[0] in self.role_words)
        )

    def _professional_before(self, ctx: Context, verb: Mention) -> bool:
        """Does the sentence before give the same act to a professional ("the health care
        provider can adjust the dose by ...", then "Another way to adjust the dose involves
        ...")? The sentence goes on describing the professional's act, not telling the
        reader to do it."""
        if verb.sentence == 0:
            return False
        previous = ctx.analysis.words_of_sentence(verb.sentence - 1)
        head = verb.text.lower().split()[0]
        return head in previous and bool(self.professionals.intersection(previous))

    def _without_advice(self, clause: list[str]) -> bool:
        """Is "without" + a medicine advice to do without it? A managing verb in its clause
        ("Manage your blood pressure without drugs"), said to the reader or as an
        imperative, not of a group ("some people can control diabetes without medicine":
        a clinical statement)."""
        if self.without_verbs.isdisjoint(clause):
            return False
        if self.reader_groups.intersection(clause):
            return bool(self.reader_words.intersection(clause))
        return True

    def _remedy_swap(self, clause: list[str], verb: str) -> bool:
        """A remedy as the subject of a modal swap verb ("Herbal Remedies That Can Replace
        Antidepressants", "this tea will replace your pills") offers it in the medicine's
        place: the reader is told to swap, whoever the grammatical subject is."""
        if verb.split()[0] not in self.swap_verbs:
            return False
        return bool(self.remedy_nouns.intersection(clause)) and bool(
            self.swap_modals.intersection(clause)
        )

    def _testimonial_how(self, clause: list[str]) -> bool:
        """Does the sentence open "How I ..." or "How we ..." right before the verb ("How I
        Replaced Medications With Essential Oils", "How we got off our inhalers")? A
        testimonial told as a how-to is told to the reader, like "How to ..."; not a
        question ("how I should stop them?" is asked) nor "ask your doctor how I ..."."""
        rest = clause[2:]
        return (
            clause[:1] == ["how"]
            and clause[1:2] != []
            and clause[1] in self.first_person
            and all(w in self.adverbs for w in rest)
        )

    def _coordinated(self, clause: list[str], imperatives: Collection[str]) -> bool:
        """Is the verb the second of two imperatives joined by "and" ("Do not buy into the
        hype and stop buying these drugs", "Eat well and ditch your statins")? The clause
        opens with an imperative (after "do not"/"don't"/"never"), "and" right before the
        verb and no other verb's subject between ("Eat well and many people stop ..." has
        one: only words of the first imperative's object)."""
        if clause[-1:] != ["and"] or len(clause) < 3:
            return False
        head = clause
        if head[:2] in (["do", "not"], ["do", "n't"]):
            head = head[2:]
        elif head[:1] == ["never"]:
            head = head[1:]
        if not head or head[0] not in imperatives:
            return False
        between = head[1:-1]
        return not (
            self.reader_groups | self.professionals | self.first_person | {"they", "he", "she"}
        ).intersection(between)

    @staticmethod
    def _no_infinitive(clause: list[str]) -> bool:
        """No infinitive between a clause's opening imperative and the verb, except the
        infinitive of its purpose at the clause's end, after the imperative's own object
        ("Restore balance to eliminate the need for medications", "Use garlic to replace
        your blood thinners"; not "Remember to stop ..." nor "make recommendations to
        change ... to stop")."""
        if "to" not in clause:
            return True
        return clause.count("to") == 1 and clause[-1] == "to" and len(clause) >= 3

    def _directed(
        self, clause: list[str], imperatives: Collection[str] = (), verb: str = ""
    ) -> bool:
        """Is the verb an instruction to the reader? An imperative ("Just stop them", "If
        X, replace it", a clause that opens with an imperative: "Use garlic in place of
        ..."), a how-to infinitive ("5 Steps to Get Off Your Inhaler"), "you can/should
        ...", or a reader group with a modal ("Parents can stop
        ..."); not a report ("many people stop ...") or a professional's act ("your doctor
        may switch you")."""
        if self.professionals.intersection(clause):
            return False
        if _past(verb):
            return self._testimonial_how(clause)  # "How I Replaced ...", not "I stopped ..."
        if how_to(clause, self.how_to_nouns):
            return True  # "5 Steps to Get Off Your Inhaler", "How to stop taking statins"
        if self._remedy_swap(clause, verb):
            return True  # "Herbal remedies that can replace antidepressants"
        outcome = verb.split()[-2:] == ["need", "for"]
        if self._testimonial_how(clause):
            return True  # "How I Replaced My Medications With Essential Oils"
        # the clause's first word that is not an adverb ("just", "try"), with no infinitive
        # between it and the verb ("make recommendations to change or stop ..."), or only
        # the infinitive of the imperative's purpose ("Restore balance to eliminate ...")
        for word in clause if self._no_infinitive(clause) else ():
            if word in imperatives:
                return word not in self.averting  # not "avoid stopping your tablets"
            if word not in self.adverbs:
                break
        if self._coordinated(clause, imperatives):
            return True  # "Do not buy into the hype and stop buying these drugs"
        if outcome:
            # the need for a medicine ended is an outcome: told only by an imperative
            # ("Restore balance to eliminate the need for ..."), not "you may be able to
            # eliminate your need for ..."
            return False
        if clause[-1:] and clause[-1] in RELATIVES:
            return False  # "medications that increase insulin production"
        # an adverb of manner between "to" and the verb is still the infinitive ("it is
        # important to gradually decrease the dose")
        bare = list(clause)
        while (
            len(bare) > 1
            and bare[-1] != "to"
            and (bare[-1] in self.adverbs or _manner_adverb(bare[-1]))
        ):
            bare.pop()
        if bare[-1:] == ["to"]:
            # "you need to stop them", "try to stop them"; but "medicines can cause your
            # blood glucose to drop", "some women to stop taking the drugs"
            return len(bare) == 1 or bare[-2] in self.instruction_infinitives
        if all(w in self.adverbs for w in clause):
            return True
        if self.reader_words.intersection(clause):
            return True
        return bool(self.modals.intersection(clause) and self.reader_groups.intersection(clause))


# The words of a need a negation may deny ("you do not have to be on ...", "no need for").
_NEEDS = frozenset({"need", "needs", "have", "has"})
# Verbs of buying a medicine ("stop buying these drugs").
_PURCHASE = frozenset({"buying", "purchasing"})


def _words_between(analysis: Analysis, verb: Mention, medicine: Mention) -> list[str]:
    """The words between a verb and the medicine after it, counted in words as ``_object``
    counts them (space tokens are no words); none when the medicine comes first."""
    if medicine.token_start < verb.token_end:
        return []
    after = analysis.words_after(verb.sentence, verb.token_end)
    return after[: len(after) - len(analysis.words_after(verb.sentence, medicine.token_start))]


def _manner_adverb(word: str) -> bool:
    """Is the word an adverb of manner ("gradually", "slowly", "completely")?"""
    return len(word) > 5 and word.endswith("ly") and word.isalpha()


def _after_then(before: list[str]) -> list[str]:
    """The words after the "then" that closes a condition opened before it ("if you can
    improve it then you can stop them"), or all the words when there is none."""
    for i in range(len(before) - 1, 0, -1):
        if before[i] == "then" and CONDITIONS.intersection(before[:i]):
            return before[i + 1 :]
    return before


def _lead(ctx: Context, medicine: Mention) -> tuple[int, str]:
    """Where the medicine's sentence starts and its text up to the medicine, lower-cased:
    the only text the choice and the offer are searched in (not the whole document)."""
    first = ctx.analysis.sentences[medicine.sentence][0]
    return first, ctx.document.masked[first : medicine.start].lower()


def _one_for_another(medicine: Mention, medicines: Collection[Mention]) -> bool:
    """Is another medicine named earlier in the medicine's sentence, apart from it ("choose
    generic drugs over brand-name drugs", "metformin is an alternative to insulin")? Then
    one medicine is weighed against another, not something put in a medicine's place. A
    medicine word right before it is part of its name ("blood pressure tablets")."""
    return any(
        m.sentence == medicine.sentence and m.token_end < medicine.token_start and m is not medicine
        for m in medicines
    )


# Past forms of the change verbs that do not end in "-ed" ("How we got off our inhalers").
IRREGULAR_PAST = frozenset({"got", "came", "went", "gave"})


def _past(verb: str) -> bool:
    """Is the verb's head a past form ("replaced", "got off")? The change verbs' base forms
    are instructions; their past forms tell what someone did."""
    head = verb.split()[0] if verb else ""
    return (head.endswith("ed") and head != "need") or head in IRREGULAR_PAST
