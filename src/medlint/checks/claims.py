"""Claims and advice recognised by the shape of their sentence, not by a list of diseases.

MED201 (:class:`CureClaim`): "X cures Y" for any Y, "Y's cure", "the miracle supplement",
"no side effects", "works for everyone". MED202 (:class:`MedicationAdvice`): telling the
reader to stop, swap or change a medicine ("replace your blood-pressure tablets with
beetroot juice", "if your tablets upset your stomach, just stop them").

Lexicons give the vocabulary (claim verbs, absolute wording, change verbs, medicine words);
the checks decide from the sentence around a match *who* is told *what*, with which
modality, under which context (rules/context/cues.yaml: negated, reported, debunking,
endorsed; :func:`medlint.context.sentence_categories`: question, quoted, heading, comment,
widget). The word lists that describe the shape (hedges, adverbs an imperative may start
with, professionals) are rule options, so the rule files document them.
See docs/context.md ("Claims and advice by shape").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import takewhile
from typing import Any, ClassVar

from medlint import context as cx
from medlint import document as d
from medlint.checks.aboutness import titles
from medlint.checks.shape import (
    ARTICLES,
    CLAUSE_MARKS,
    CONDITIONS,
    DETERMINERS,
    NEGATIONS,
    NOT_PLURAL,
    NOUN_FOLLOWERS,
    PASSIVE,
    RELATIVES,
    ShapeCheck,
    clause_before,
    how_to,
    in_condition,
    in_research_section,
    is_measured,
    is_number,
    is_share,
    main_clause,
    only_words,
    option_words,
    own_clause,
    sentence_place,
    sentence_place_at,
    vocabulary,
    vocabulary_of,
    words,
)
from medlint.kinds import Context
from medlint.model import Finding
from medlint.nlp import Analysis, Label, Mention, PatternBank
from medlint.optionschema import Schema, number, options, strings, values
from medlint.optionschema import text as text_option
from medlint.ruleset import RuleFileError, RuleSpec
from medlint.sentencemodel import APOSTROPHES, load_model

# the words of a title, read for debunking words, hyphenated ones whole ("fact-check")
_TITLE_WORDS = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
# Words right before a debunking word in a title that deny it ("not a scam", "isn't a scam":
# the apostrophe splits "isn't" into "isn" and "t").
TITLE_DENIALS = frozenset({"no", "not", "never", "t", "without", "nothing"})
# How many words before a change verb its product subject may stand ("our magnetic bracelet
# relieves"; not a remedy named far back in the clause).
SUBJECT_WINDOW = 4
# Prepositions of place right after a change verb make it intransitive, a description of the
# product's form ("a pill that dissolves under the tongue"), not an act on a condition.
# A past passive of reporting after absolute wording makes it a study's observation.
REPORTS = (["reported"], ["observed"], ["seen"], ["found"], ["noted"], ["recorded"])
# Words that end the object a germ may head ("kills harmful bacteria", not "kills pain and
# bacteria"): `_germ_object` looks no further.
GERM_OBJECT_ENDS = frozenset({",", ".", "and", "or", "of", "in", "to", "from"})
# Conditions that limit a curability predicate anywhere in its sentence ("If found early,
# you can be cured"); a cause ("because diabetes is ... curable") does not.
# Openers of a conceded clause: "Although there are no side effects, ... may ...".
CONCESSIONS = frozenset({"although", "though", "while", "whereas"})
# Negations, and words that deny a possibility ("it is impossible to identify a
# risk-free hormone").
DENIALS = NEGATIONS | {"impossible", "unable"}
# Quotation marks right beside a cure word keep the writer's distance from it ("attempting
# to 'cure' autism", a book called "Curing Cancer with Carrots").
QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")
# A list item's marker and nothing else before a word at its line's start: "- ", "2. ".
_LIST_ITEM = re.compile(r"\s*(?:[-*+\u2022]|\d{1,2}[.)])\s+")
# Modals that make a search word after them a result ("you will find relief").
RESULT_MODALS = frozenset({"will", "'ll"})
# Words that open a cause, which asserts its content.
CAUSES = frozenset({"because", "since"})
# A cure or reversal declared ("can be cured", "is curable"), not a thing dissolved ("can be
# dissolved in water"): the words a remedy as the means makes a claim of.
CURED_WORDS = frozenset(
    {"cured", "curable", "reversed", "reversible", "healed", "eradicated", "eliminated"}
)
# The shortest medicine-class word ("antiviral") is longer than this: "anti" alone, or "antic",
# is none.
MIN_CLASS_WORD = 6
LIMITING_CONDITIONS = frozenset({"if", "when", "whenever", "unless", "once"})
# Condition words that are prepositions before a noun or a gerund ("after bathing"), and
# the words that show a clause of their own after them ("after you stop it", "until it is").
TIME_PREPOSITIONS = frozenset({"after", "before", "until"})
SUBJECTS = frozenset({"i", "you", "he", "she", "it", "we", "they", "there"})
FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "do", "does", "did"})
PLACES = frozenset({"under", "in", "into", "on", "onto", "inside", "within", "beneath"})


# A contrast after an absolute: what follows may limit it.
CONTRASTS = frozenset({"but", "however", "though", "although", "yet", "except"})


# Link verbs before a predicate adjective ("is", "it's", "remains").
LINKING = frozenset(
    {"is", "are", "'s", "'re", "be", "being", "been", "was", "were", "remain", "remains"}
    | {"stay", "stays"}
)
# Where an adjective's noun phrase ends ("non-toxic. Tea ..." names no remedy).
PHRASE_STOPS = frozenset({".", "!", "?", ";", ":", "(", ")", "for", "to", "if", "when", "but"})


def _numbers_read(words: Sequence[str]) -> str:
    """The words as one space-padded text with every number read as "#", as the absolute
    phrases are written ("in # days")."""
    return " " + " ".join("#" if is_number(w) else w for w in words) + " "


def _noun_after(after: Sequence[str]) -> list[str]:
    """The noun phrase an adjective or predicate stands before: up to four words, to the first
    phrase stop ("a safe, non-toxic herbal remedy", "is a safe alternative to ...")."""
    return list(takewhile(lambda w: w not in PHRASE_STOPS, after[:4]))


def plural(word: str) -> bool:
    """Is a word read as a plural noun, the subject a base form agrees with ("herbs",
    "ginger shots"), and not a word that merely ends in "s" (``NOT_PLURAL``: "is", "this")?"""
    return word.isalpha() and word.endswith("s") and word not in NOT_PLURAL


def head_s(mention: Mention) -> bool:
    """Does the match open with a third-person verb ("Treats all forms of ...", a product
    page's line whose subject is the product), not a base form (an imperative)?"""
    head = mention.text.lower().split()[0]
    return head.endswith("s") and not head.endswith("ss")


def _evidence(text: str, word: str) -> tuple[int, int] | None:
    """Where the model's strongest word stands in the sentence's text, if it can be found."""
    if not word:
        return None
    # the apostrophes ``tokens`` reads as "'", one character for one ("don‘t", "don`t")
    m = re.search(rf"(?<![\w']){re.escape(word)}(?![\w'])", text.translate(APOSTROPHES), re.I)
    return m.span() if m else None


def _word_option(schema: Schema | None) -> bool:
    """Whether an option's schema is a list of words (``shape.words``): a list of strings
    of no format (not "model", a number, context categories or lexicon names)."""
    if schema is None or schema.get("type") != "array":
        return False
    items = schema.get("items", {})
    return bool(items.get("type") == "string" and "format" not in items)


def _phrases(options: dict[str, Any], key: str) -> tuple[str, ...]:
    """An option's phrases, lower-cased with single spaces (matched inside " "-joined words)."""
    return tuple(" ".join(p.lower().split()) for p in options.get(key, ()))


class CureClaim(ShapeCheck):
    """An unqualified claim that something cures, reverses or eliminates a condition, is
    risk-free, has no side effects or works for everyone (MED201)."""

    # A cause asserts what it gives as the reason: "Since it does not have the negative
    # side effects painkillers do, turmeric ..." is a safety claim, not a hypothetical.
    CONDITIONS: ClassVar[frozenset[str]] = CONDITIONS - CAUSES

    OPTIONS_SCHEMA: ClassVar[Schema] = options(
        **vocabulary(
            "",
            "Lexicons of claim verbs ('cures', 'reverses', 'gone').",
            "Claim verbs added to the lexicon's.",
        ),
        **vocabulary(
            "absolute",
            "Lexicons of absolute wording ('no side effects', 'risk-free', 'works for everyone').",
            "Absolute wording added to the absolute lexicon's.",
        ),
        **vocabulary(
            "nominal",
            "Lexicons of a remedy named as a cure ('miracle supplement', 'the cure for').",
            "Nominal forms added to the nominal lexicon's.",
        ),
        **vocabulary(
            "predicate",
            "Lexicons of safety and efficacy predicates ('is safe', 'are harmless', 'is very "
            "effective for') that are claims only with a remedy or the page's product as "
            "their subject (see remedy_nouns).",
            "Predicates added to the predicate lexicon's.",
        ),
        **vocabulary(
            "change",
            "Lexicons of change-of-state verbs ('kills', 'shrinks', 'restores'; generated from "
            "WordNet) that are claims only in a claim frame (a product or remedy as subject, or "
            "an absolute).",
            "Change-of-state verbs added to the change lexicon's.",
        ),
        **vocabulary(
            "worded",
            "Lexicons of the cure words themselves ('cure', 'cures', 'cured', 'curing') that are "
            "a claim in any frame the shapes do not read, unless the sentence denies, hedges, "
            "reports, studies or limits it (worded_unless), quantifies its cases "
            "(worded_quantifiers), uses another sense (worded_other_senses), or names a "
            "treatment, medicine, professional or study.",
            "Cure words added to the worded lexicon's.",
        ),
        worded_quantifiers=words(
            "Quantifiers ('some', 'most') that limit a cure word of the worded vocabulary to "
            "some cases, unless they count the means offered ('some home remedies to cure')."
        ),
        worded_other_senses=words(
            "Words that show a cure word's other senses, preserving food or hardening a "
            "material ('cured meats', 'cure the gel polish'): with one in the sentence a cure "
            "word of the worded vocabulary is no claim."
        ),
        worded_not_classes=words(
            "Words that open like a medicine's class but name none ('antioxidant', "
            "'antibodies'): no clinical statement for the cure words."
        ),
        worded_clinical=words(
            "Words of clinical care beside clinical_subjects ('injection', 'tablets', "
            "'treated') that make a cure word in their sentence a clinical statement."
        ),
        worded_skip_genres=words(
            "Page genres (checks/genre.py ids: 'news') on which the cure words of the worded "
            "vocabulary are not read alone: a story's cure words tell what it is about."
        ),
        **vocabulary(
            "worded_medicine",
            "Lexicons of medicine names ('penicillin') that make a cure word in their sentence "
            "(or, after a pronoun or in a list item that opens with it, the sentence after "
            "them) a clinical statement.",
            "Medicine names added to the worded_medicine lexicons'.",
        ),
        worded_unless=words(
            "Words anywhere in a sentence that keep a cure word of the worded vocabulary from "
            "being a claim: hedges, reporting and study words, conditions ('may', 'claim', "
            "'study', 'if', 'until')."
        ),
        **vocabulary(
            "curable",
            "Lexicons of curability predicates ('is curable', 'are reversible') that are "
            "claims only when declared for every sufferer, the reader or as an absolute.",
            "Curability predicates added to the curable lexicon's.",
        ),
        **ShapeCheck.OPTIONS_SCHEMA["properties"],
        sufferers=words(
            "Words for everyone with a condition ('those', 'anyone') that, before a sufferer "
            "link ('who', 'suffering'), extend a curability predicate to every case."
        ),
        sufferer_links=words(
            "Words ('who', 'with', 'suffering') that, after a sufferer word, make it everyone "
            "with the condition ('for those who already have it', 'all those suffering')."
        ),
        promise_verbs=words(
            "Verbs ('promise', 'guarantee') that, with the writer as subject, make the result "
            "after them certain ('one thing I could promise them: ... would go away')."
        ),
        telling_verbs=words(
            "Verbs ('tell', 'know') that, negated before 'you ... that', frame what follows "
            "as a suppressed truth the writer asserts ('your doctor will never tell you that')."
        ),
        hedges=words(
            "Hedges ('may', 'most', 'help') that make a claim, absolute wording included, a "
            "qualified statement (not one followed by 'your')."
        ),
        course_verbs=words(
            "Healing verbs ('heal', 'healed') that, with no object and no remedy in the "
            "sentence, state the natural course of a problem, not a promise."
        ),
        course_followers=words(
            "Words after a course verb that show it has no object: a time, a manner or the end "
            "of the clause ('within', 'after', 'quickly', '.')."
        ),
        modal_hedges=words(
            "Hedges ('can', 'could') that qualify only a claim verb, and only in a sentence "
            "that promises no absolute."
        ),
        clinical_subjects=words(
            "Subjects ('surgery', 'gene') that make a claim verb after them a clinical statement."
        ),
        thing_pronouns=words(
            "Pronouns ('it', 'they') that, as the subject of 'can' before a claim verb with no "
            "treatment, medicine, professional or study in the sentence or the one before "
            "('It can cure both diarrhea and constipation'), stand for what the page sells."
        ),
        swap_nouns=words(
            "Nouns that, as the predicate noun of a safety word and followed by 'to', name the "
            "subject as a remedy put in a medicine's place ('valerian is a safe alternative to "
            "sleeping pills')."
        ),
        pairing_words=words(
            "Safety words ('safe', 'gentle') that, paired with a selling adjective before a "
            "clinical treatment with no remedy word ('safe and effective treatments'), make "
            "what trials test, not a remedy's safety claim."
        ),
        medicine_prefixes=words(
            "Word beginnings ('anti') that name a medicine's class ('an antifungal cream', "
            "'antiviral tablets'): as the means of a declared cure they keep it clinical."
        ),
        remedy_modifiers=words(
            "Modifiers ('herbal', 'natural', 'Ayurvedic') that, right before a treatment word "
            "('herbal medicines', 'natural treatment'), make it a remedy, not a clinical "
            "treatment."
        ),
        research_words=words(
            "Words of a study ('trial', 'participants') that make the sentence a reported finding."
        ),
        headline_verbs=words(
            "Claim verbs ('cure', 'reverses') that a heading promises after a how-to "
            "infinitive ('How to Cure Asthma at Home') or a modal ('Garlic Can Cure "
            "Hypertension'): in a headline a modal sells, it does not hedge."
        ),
        efficacy_words=words(
            "Words ('effective', 'proven', 'work') that, in running text, say a how-to of a "
            "headline verb works ('changing your diet is the first effective way on how to "
            "cure migraines'): the how-to is then promised, not sought."
        ),
        search_words=words(
            "Words ('find', 'researching') that make a how-to in their sentence sought, not "
            "promised ('scientists hope to find effective ways to cure it')."
        ),
        how_to_nouns=words(
            "Nouns ('ways', 'steps') that, before 'to', make a how-to infinitive ('5 Ways to')."
        ),
        research_headings=words(
            "Words ('research', 'trials') that, in a heading over the sentence or the page's "
            "title, make what it says a study's finding."
        ),
        base_forms=words(
            "Base forms ('reverse') that are claim verbs only after an auxiliary or a plural "
            "subject, or as an imperative with an absolute."
        ),
        past_forms=words(
            "Past forms ('cured') that are claims only with a possessive object, an absolute or "
            "a first person before them."
        ),
        possessives=words(
            "Possessives that, right after a past form, make it a claim ('cured their ...')."
        ),
        completeness=words(
            "Words of a complete or immediate result ('completely', 'immediately') that make "
            "a vanishing verb (needs_absolute) a claim."
        ),
        non_claim_objects=words(
            "Words up to three after a claim verb that make its object no condition "
            "('eliminates the need for')."
        ),
        coordinated=words(
            "Verbs listed with a claim verb ('reduce or eliminate') that make it an aim, not a "
            "promise."
        ),
        absolutes=words(
            "Phrases that promise an absolute ('for good', 'in # days'; '#' stands for a number)."
        ),
        needs_absolute=words(
            "Vanishing verbs ('gone', 'disappeared') that are claims only with an absolute, a "
            "completeness word or a first person."
        ),
        result_absolutes=words(
            "Phrases of a lasting or complete result ('for good', 'permanently') that alone "
            "make a vanishing verb in a how-to ('How to Get Rid of ...') a claim."
        ),
        writer_subjects=words(
            "The writer as a subject ('i', 'we') right before a change verb: a gerund after "
            "it with an object of its own is an activity given up ('I stopped using topical "
            "steroids'). Round 63."
        ),
        narrative_adverbs=words(
            "Words that may stand between the writer and a change verb in a narrative: "
            "perfect auxiliaries and a few adverbs of sequence ('had', 'have', 'finally', "
            "'then'); not a modal ('we can stop' promises). Round 63."
        ),
        experience_gerunds=words(
            "Gerunds of experience ('having', 'getting', 'suffering', 'losing') whose object "
            "is the condition itself ('I stopped having migraines'): no activity given up."
        ),
        object_stops=words(
            "Words that end a gerund with no object of its own ('I stopped coughing after "
            "one cup', 'within', 'since', 'thanks'): prepositions and links."
        ),
        other_sense_phrasals=words(
            "Phrasal verbs built on a change verb that end no condition ('end up', 'ended "
            "up'): the verb followed by the particle is not read as a claim. Round 63."
        ),
        first_person=words(
            "First-person words ('my', 'we') that make a testimonial a claim, in a heading too."
        ),
        auxiliary_only=words(
            "Claim verbs that are nouns as often ('cure') and count only right after an auxiliary."
        ),
        auxiliaries=words("Auxiliaries ('will', 'can') that make the base form after them a verb."),
        refund_words=words(
            "Words ('refund', 'money') that make 'risk-free' in the sentence a refund offer."
        ),
        product_words=words(
            "Words ('this', 'our') that, in the clause before a change verb, make its subject "
            "the page's product."
        ),
        remedy_nouns=words(
            "Remedies ('supplement', 'oil', 'tea') that, as the subject of a change verb, make "
            "a claim frame."
        ),
        harm_adjectives=words(
            "Harm-denying adjectives ('non-toxic') that are a claim only when said of "
            "something (a predicate, or before a remedy), not when they name a kind "
            "('a nontoxic form called conjugated bilirubin')."
        ),
        harm_words=words(
            "Harms ('toxic', 'side', 'overdose') that, admitted after a contrast ('but "
            "supplements can be toxic'), limit a denial of harm before it."
        ),
        persons=words(
            "Words for people ('him', 'someone', 'a man'): as the object of a claim verb, or "
            "as the subject of a passive one ('she is killed', 'you must be stopped'), they "
            "make it an act on a person, not on a condition ('killed everyone in her path')."
        ),
        person_subjects=words(
            "Subject pronouns ('she', 'you') that, before a change verb's passive, make it "
            "an act on a person ('you must be stopped')."
        ),
        everyone=words(
            "Words for everybody ('everyone', 'anybody'): the object of a change verb is then "
            "a person ('killed everyone'), but 'cures everyone' still promises a cure."
        ),
        predicate_hedges=words(
            "Words ('generally', 'considered', 'whether') that, in the sentence of a safety or "
            "efficacy predicate, make it a qualified judgement or a reported question ('is "
            "generally safe', 'to determine if they are safe')."
        ),
        predicate_limits=words(
            "Words ('when', 'amounts', 'older') that, within a few words after a safety or "
            "efficacy predicate, limit it to a use or a group ('safe when used as directed', "
            "'safe in small amounts', 'safe for persons 1 year of age and older'): a "
            "qualified statement, not a promise."
        ),
        helping_words=words(
            "Words ('help', 'helps') that, right before a claim verb whose subject is a remedy "
            "or the page's product ('these herbs help cure depression'), sell the cure "
            "instead of hedging it."
        ),
        remedy_manners=words(
            "Adverbs of a home remedy's manner ('naturally') that, after a heading's "
            "imperative claim verb ('Cure Ear Infections, Naturally'), sell the remedy's "
            "result, as an instrument ('with this juice') does; 'at home' counts too."
        ),
        universal_words=words(
            "Words ('any', 'all', 'every') that, opening a claim verb's object ('repair itself "
            "of any disease', 'treats all forms of cancer'), promise every case: a claim "
            "even after 'can' or 'able to'."
        ),
        existence_verbs=words(
            "Verbs ('is', 'comes', 'lies') that, after 'the cure' (and a 'for' phrase), say "
            "one definite cure exists ('The best cure for restless legs is ...')."
        ),
        possessing_verbs=words(
            "Verbs ('have', 'found') that, before 'the cure' with the reader or the writer "
            "as subject, put one definite cure in their hands ('you already have the cure')."
        ),
        unsettled_words=words(
            "Words ('unknown', 'elusive', 'still') that, right after the copula, leave a "
            "definite cure unsettled ('the cure for it is still unknown')."
        ),
        professionals=words(
            "Professionals ('doctors', 'oncologists') whose universal scope, as the subject "
            "('oncologists treat all types of cancer'), describes a service, not a remedy."
        ),
        destination_verbs=words(
            "Verbs of going ('return', 'back') that make 'to work' a place, not a remedy "
            "working ('ordered doctors to return to work within 48 hours')."
        ),
        worked_words=words(
            "Words ('work', 'effective', 'used') that, before 'in' or 'at' and a claim verb's "
            "gerund, with a remedy in the clause, say the remedy does it ('these herbs work "
            "wonderfully in healing this skin disease')."
        ),
        availability_words=words(
            "Words ('available') that, before 'to' and a claim verb, with a remedy in the "
            "clause, offer the remedy as the cure ('home remedies are available to cure "
            "this disease'); 'given to cure' stays a treatment's aim."
        ),
        germ_objects=words(
            "Germs ('bacteria', 'fungus') that, as the object of a change verb ('salt water "
            "kills harmful bacteria', 'helps flush bacteria out'), make it a remedy's "
            "mechanism, not a condition made to go away; a cure verb keeps its claim "
            "('eradicates pathogens in great numbers')."
        ),
        counting_words=words(
            "Quantifiers ('some', 'many') that, right before a remedy offered as the means "
            "of a claim ('some natural remedies to cure TMJ permanently'), count the "
            "remedies and do not hedge the claim."
        ),
        manner_adverbs=words(
            "Adverbs ('also', 'even') that may stand between an auxiliary and a claim verb "
            "('will also cure'); any other '-ly' adverb that is no hedge is skipped too "
            "('will easily cure your suffering')."
        ),
        result_links=words(
            "Result adverbs ('thereby', 'thus') that, right before a claim verb's gerund "
            "with a remedy before them, make it a result the remedy brings ('..., thereby "
            "eliminating the source of arthritis pain')."
        ),
        observed_words=words(
            "Past verbs ('were', 'had', 'noted') that, in the clause of an absolute ('There "
            "were no side effects noted', 'users had no side effects'), make it an "
            "observation reported, not a promise."
        ),
        model={
            **text_option(
                "A sentence model under rules/models/ (its file name without .json) that "
                "reads every sentence the shapes did not report, in the rule's scope; none: "
                "shapes only."
            ),
            "pattern": "^[a-z0-9][a-z0-9_-]*$",  # a file name, never a path (ruleset.MODEL_NAME)
        },
        model_threshold={
            **number("The model's probability at or above which a sentence is reported.", 0.7),
            "maximum": 1,
        },
        model_unless=strings(
            "Names of this rule's word options ('hedges', 'clinical_subjects') whose words, "
            "anywhere in a sentence, stop the model: the model reads topic words, the "
            "shapes' vocabulary says a sentence is qualified or clinical."
        ),
        past_epithets=words(
            "Words ('yesteryear', 'old') that, after 'of' right after a nominal ('the wonder "
            "drug of yesteryears'), make it a past epithet the article reports, not its "
            "own claim."
        ),
        debunking_title_words=words(
            "Words ('fake', 'scam', 'myths', 'misinformation', 'beware') that, in the page's "
            "title or first main H1, say the page is about claims it names as false ('Fake "
            "video touts 10-day cure for diabetes', 'How to Fact-Check Health Claims You Find "
            "Online'): the claims it quotes are its examples, and only those the writer "
            "endorses are reported. Not a title that asks about the word ('Is GlucoFix a "
            "scam?', 'legit or scam') or denies it ('no scam', 'scam-free')."
        ),
    )
    # The kinds the shapes (``_shaped``) judge; the cure words read alone (``worded``) and the
    # medicine names they consult are ``_worded``'s.
    SHAPES: ClassVar[tuple[str, ...]] = (
        "verbal",
        "absolute",
        "nominal",
        "change",
        "predicate",
        "curable",
    )
    WHY: ClassVar[dict[str, str]] = {
        "verbal": "asserts a cure or a certain result",
        "absolute": "promises complete safety or a result for everyone",
        "nominal": "presents a remedy as a cure",
        "change": "promises that a remedy makes a condition go away",
        "predicate": "states as a fact that a remedy is safe or works, with no limit or exception",
        "curable": "declares the condition curable or reversible for everyone, with no limit",
        "worded": "offers a cure, with nothing in the sentence to limit, hedge or source it",
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        options = spec.options
        self.verbal = vocabulary_of(spec)
        self.absolute = vocabulary_of(spec, "absolute")
        self.nominal = vocabulary_of(spec, "nominal")
        self.change = vocabulary_of(spec, "change")
        self.predicate = vocabulary_of(spec, "predicate")
        self.curable = vocabulary_of(spec, "curable")
        self.worded = vocabulary_of(spec, "worded")
        self.worded_medicines = vocabulary_of(spec, "worded_medicine")
        self.worded_unless = option_words(options, "worded_unless")
        self.worded_quantifiers = option_words(options, "worded_quantifiers")
        self.worded_skip_genres = option_words(options, "worded_skip_genres")
        self.worded_other_senses = option_words(options, "worded_other_senses")
        self.worded_not_classes = option_words(options, "worded_not_classes")
        self.worded_clinical = option_words(options, "worded_clinical")
        self.debunking_title_words = option_words(options, "debunking_title_words")
        self.sufferers = option_words(options, "sufferers")
        self.sufferer_links = option_words(options, "sufferer_links")
        self.telling_verbs = option_words(options, "telling_verbs")
        self.promise_verbs = option_words(options, "promise_verbs")
        self.predicate_hedges = option_words(options, "predicate_hedges")
        self.predicate_limits = option_words(options, "predicate_limits")
        self.product_words = option_words(options, "product_words")
        self.remedy_nouns = option_words(options, "remedy_nouns")
        self.harm_words = option_words(options, "harm_words")
        self.harm_adjectives = frozenset(
            w.replace(" ", "") for w in option_words(options, "harm_adjectives")
        )
        self.modal_hedges = option_words(options, "modal_hedges")
        self.course_verbs = option_words(options, "course_verbs")
        self.course_followers = option_words(options, "course_followers")
        self.strong_hedges = option_words(options, "hedges")
        self.hedges = self.strong_hedges | self.modal_hedges
        self.clinical_subjects = option_words(options, "clinical_subjects")
        self.pairing_words = option_words(options, "pairing_words")
        self.swap_nouns = option_words(options, "swap_nouns")
        self.thing_pronouns = option_words(options, "thing_pronouns")
        self.remedy_modifiers = option_words(options, "remedy_modifiers")
        self.medicine_prefixes = tuple(sorted(option_words(options, "medicine_prefixes")))
        self.research_words = option_words(options, "research_words")
        self.research_headings = option_words(options, "research_headings")
        self.base_forms = option_words(options, "base_forms")
        self.past_forms = option_words(options, "past_forms")
        self.possessives = option_words(options, "possessives")
        self.completeness = option_words(options, "completeness")
        self.non_claim_objects = option_words(options, "non_claim_objects")
        self.coordinated = option_words(options, "coordinated")
        self.absolutes = _phrases(options, "absolutes")
        self.needs_absolute = option_words(options, "needs_absolute")
        # without its own list, a lasting result is any absolute
        self.result_absolutes = _phrases(options, "result_absolutes") or self.absolutes
        self.first_person = option_words(options, "first_person")
        self.writer_subjects = option_words(options, "writer_subjects")
        self.narrative_adverbs = option_words(options, "narrative_adverbs")
        self.experience_gerunds = option_words(options, "experience_gerunds")
        self.object_stops = option_words(options, "object_stops")
        self.other_sense_pairs = frozenset(
            (words[0], words[-1])
            for words in (p.split() for p in _phrases(options, "other_sense_phrasals"))
            if len(words) == 2
        )
        self.auxiliary_only = option_words(options, "auxiliary_only")
        self.auxiliaries = option_words(options, "auxiliaries")
        self.refund_words = option_words(options, "refund_words")
        self.headline_verbs = option_words(options, "headline_verbs")
        self.how_to_nouns = option_words(options, "how_to_nouns")
        self.efficacy_words = option_words(options, "efficacy_words")
        self.search_words = option_words(options, "search_words")
        self.persons = option_words(options, "persons")
        self.person_subjects = option_words(options, "person_subjects")
        self.everyone = option_words(options, "everyone")
        self.destination_verbs = option_words(options, "destination_verbs")
        self.helping_words = option_words(options, "helping_words")
        self.remedy_manners = option_words(options, "remedy_manners")
        self.universal_words = option_words(options, "universal_words")
        self.existence_verbs = option_words(options, "existence_verbs")
        self.possessing_verbs = option_words(options, "possessing_verbs")
        self.unsettled_words = option_words(options, "unsettled_words")
        self.professionals = option_words(options, "professionals")
        self.worked_words = option_words(options, "worked_words")
        self.availability_words = option_words(options, "availability_words")
        self.past_epithets = option_words(options, "past_epithets")
        self.germ_objects = option_words(options, "germ_objects")
        self.counting_words = option_words(options, "counting_words")
        self.manner_adverbs = option_words(options, "manner_adverbs")
        self.result_links = option_words(options, "result_links")
        self.observed_words = option_words(options, "observed_words")
        self.care_or_study_words = self.professionals | self.research_words
        self.means_nouns = self.remedy_nouns | self.how_to_nouns
        self.skipped_adverbs = self.manner_adverbs | self.counting_words
        self.kept_adverbs = self.hedges | self.predicate_hedges | self.completeness
        self.labels = {
            kind: Label.of(spec.code, kind) for kind in (*self.SHAPES, "worded", "worded_medicine")
        }
        chosen = values(options, self.OPTIONS_SCHEMA)
        self.model = load_model(chosen["model"]) if chosen.get("model") else None
        self.model_threshold = float(chosen["model_threshold"])
        properties = self.OPTIONS_SCHEMA["properties"]
        unknown = [n for n in chosen["model_unless"] if not _word_option(properties.get(n))]
        if unknown:
            raise RuleFileError(f"{spec.source}: model_unless names no word option: {unknown}")
        self.model_unless = frozenset(
            w for name in chosen["model_unless"] for w in option_words(options, name)
        )

    def register(self, bank: PatternBank) -> None:
        bank.add(self.labels["verbal"], self.verbal, self.spec.source)
        bank.add(self.labels["absolute"], self.absolute, self.spec.source)
        bank.add(self.labels["nominal"], self.nominal, self.spec.source)
        bank.add(self.labels["change"], self.change, self.spec.source)
        bank.add(self.labels["predicate"], self.predicate, self.spec.source)
        bank.add(self.labels["curable"], self.curable, self.spec.source)
        bank.add(self.labels["worded"], self.worded, self.spec.source)
        bank.add(self.labels["worded_medicine"], self.worded_medicines, self.spec.source)

    def check(self, ctx: Context) -> Iterator[Finding]:
        # a page about false claims quotes them as its examples: none is the writer's
        # unless the writer endorses it ("..., and we agree")
        debunking = self._debunking_page(ctx.document)
        reported: set[int] = set()  # the sentences reported, by the shapes first
        yield from self._shaped(ctx, reported, debunking)
        yield from self._worded(ctx, reported, debunking)
        if self.model is not None and not debunking:
            yield from self._modelled(ctx, reported)

    def _debunking_page(self, document: d.Document) -> bool:
        """Whether the page's title (front matter, an HTML title or its H1) or its first main
        H1 names the claims the page is about as false: a ``debunking_title_words`` word the
        title neither asks about ("Is GlucoFix a scam?", "Reversing diabetes: myth or
        reality") nor denies ("no scam", "isn't a scam", "scam-free")."""
        if not self.debunking_title_words:
            return False
        return any(self._debunks(text) for text in _own_titles(document))

    def _debunks(self, title: str) -> bool:
        if "?" in title:
            return False  # a question about it: "Is GlucoFix a scam? My honest review"
        words = _TITLE_WORDS.findall(title.lower())
        for i, word in enumerate(words):
            if self.debunking_title_words.isdisjoint((word, *word.split("-"))):
                continue
            if word.endswith("-free") or word.startswith(("non-", "anti-")):
                continue  # "Scam-free diabetes care"
            if (
                TITLE_DENIALS.intersection(words[max(0, i - 2) : i])
                or "or" in words[max(0, i - 1) : i + 2]
            ):
                continue  # "not a scam", "no scam", "legit or scam", "myth or reality"
            return True
        return False

    def _shaped(
        self, ctx: Context, reported: set[int], debunking: bool = False
    ) -> Iterator[Finding]:
        """The claims the shapes find, one per sentence (added to ``reported``); on a
        debunking page (``_debunking_page``) only the claims the writer endorses."""
        analysis = ctx.analysis
        candidates = sorted(
            ((m, kind) for kind in self.SHAPES for m in analysis.mentions(self.labels[kind])),
            key=lambda c: c[0].start,
        )
        nominal = [m for m, kind in candidates if kind == "nominal"]
        for mention, kind in candidates:
            if debunking and not mention.has(cx.ENDORSED):
                continue  # an example of the false claims the page is about
            if mention.sentence in reported or self.blocked(ctx, mention):
                continue
            verbal = kind in ("verbal", "change")
            if verbal and any(n.start < mention.end and mention.start < n.end for n in nominal):
                continue  # "miracle cures": the noun, judged as nominal
            sentence = analysis.words_of_sentence(mention.sentence)
            before = analysis.words_before(mention.sentence, mention.token_start)
            after = analysis.words_after(mention.sentence, mention.token_end)
            if kind == "curable" or (kind == "verbal" and self._modal_passive(before)):
                # "diabetes is curable", "you can be cured of it": judged as a whole
                if self._declared_curable(before, after, sentence, mention.text.lower()):
                    reported.add(mention.sentence)
                    yield self.finding(ctx, mention.start, mention.end, why=self.WHY["curable"])
                    continue
                if kind == "curable":
                    continue
            negation_scope = clause_before(before)[-3:] if verbal else main_clause(before)
            if DENIALS.intersection(negation_scope):
                continue  # "these tumors do not go away"; "not all medicines work for everyone"
            counted = is_measured(sentence) and not is_measured(mention.text.lower().split())
            # "one of the 990 out of 1,000 who will have no serious side-effects": safety
            # stated as a frequency; a cure verb keeps its claim ("cures 9 out of 10")
            counted = counted or (kind == "absolute" and is_share(sentence))
            discovered = kind == "nominal" and self._discovered(mention, before, after, sentence)
            # a safety predicate "for patients with ..." is a clinical judgement: any
            # research word counts there ("a supervised exercise program is safe for
            # patients with ..."); elsewhere "for patients" names a beneficiary
            studied = (
                bool(self.research_words.intersection(sentence))
                if kind == "predicate"
                else self._studied(sentence)
            )
            if (studied or counted) and not discovered:
                continue  # "all five trials showed no side effects", "38% had tumors that ..."
            if in_research_section(ctx.document, mention.start, self.research_headings):
                continue  # "... have their tumors disappear entirely" under "... Research"
            own = own_clause(clause_before(before))  # the claim's own clause, before it
            words = mention.text.lower().split()
            if (
                kind == "absolute"
                and self._universal(words[1:])
                and (self._by_professional(own) or not (own or head_s(mention)))
            ):
                continue  # "oncologists treat all types of ...", "Treat all burns ..."
            if (
                kind == "absolute"
                and (words[-1].endswith("ing") or "proven" in words)
                and self._clinical(own)
            ):
                # "Surgery is effective in curing early cancer", "Chemotherapy has been
                # proven to treat this cancer": a clinical finding
                continue
            if kind == "absolute" and self._limited_use(after):
                continue  # "no reported side effects ... when the recommended doses are taken"
            if kind == "absolute" and not self._harm_adjective_said(mention, before, after):
                continue  # "converts it to a nontoxic form", "nontoxic goiter": a kind named
            if kind == "absolute" and self._harm_admitted(after):
                continue  # "... not possible to overdose on sunlight, but supplements can be toxic"
            if kind == "absolute" and self._conceded(before, after):
                continue  # "Although there are no reported side-effects, there may be ..."
            if kind == "absolute" and self._clinical_pairing(words):
                continue  # "safe and effective treatments": what trials test, no remedy sold
            if kind == "absolute" and before[-2:] == ["to", "be"]:
                continue  # "the only way to be completely safe is ..."
            if kind == "change" and self._germ_object(after):
                continue  # "salt water kills harmful bacteria": a mechanism, not a cure
            if own in (["what"], ["which"]):
                continue  # "What Works Immediately": the page announces what it will tell
            if kind == "absolute" and self._observed(own, after):
                continue  # "There were also no side effects noted": what was seen, reported
            if verbal and self._activity_object(after, before if kind == "change" else ()):
                continue  # "I stopped taking my medication": an activity given up
            if verbal and self._other_sense(mention, before, after):
                continue  # "I'll end up having to cancel": "end up" is no ending of a condition
            if verbal and self._on_a_person(kind, before, after):
                continue  # "killed everyone in her path", "she is killed by the intruder"
            if (
                kind == "absolute"
                and mention.text.lower().startswith("work")
                and before[-1:] == ["to"]
                and self.destination_verbs.intersection(before[-3:-1])
            ):
                continue  # "return to work within 48 hours": a workplace, not a remedy
            heading = cx.HEADING in sentence_place(ctx, mention)
            if (
                verbal
                and heading
                and (
                    self._headline(mention, before)
                    or (kind == "verbal" and self._remedy_instrument(before, after))
                    or self._testimony_heading(before, after)
                )
            ):
                # "How to Cure Asthma at Home", "Garlic Can Cure Hypertension": a headline's
                # promise, not a clinician's hedged statement
                reported.add(mention.sentence)
                yield self.finding(ctx, mention.start, mention.end, why=self.WHY[kind])
                continue
            if verbal and not heading and self._promised_how_to(mention, before, sentence):
                # "the first effective way on how to cure migraines", "tips on how to cure
                # migraines naturally ... can work effectively"
                reported.add(mention.sentence)
                yield self.finding(ctx, mention.start, mention.end, why=self.WHY[kind])
                continue
            # a hedge in another clause ("called the greatest herb by many doctors as it
            # heals all diseases") does not qualify this one
            scope = own if verbal else main_clause(before)
            if verbal and self._sold_help(scope):
                scope = scope[: -2 if scope[-1:] == ["to"] else -1]  # "these herbs help cure"
            scope = self._unsought(scope)  # "you will certainly find an improvement"
            if verbal and before[-1:] == ["to"] and self._offered(before, sentence):
                # "some natural remedies to cure TMJ permanently": "some" counts the remedies
                scope = scope[:-4] + [w for w in scope[-4:] if w not in self.counting_words]
            if kind == "nominal" and self._counted_existence(scope):
                scope = scope[:-1]  # "There are many natural cures for toenail fungus"
            scope = self._superlatives_dropped(scope)  # "one of the most effective cures"
            promised = verbal and (
                self._writer_promise(before)
                or self._pronoun_modal(scope, sentence, analysis, mention.sentence)
            )
            if not promised and self._hedged(kind, scope, after[:1], sentence):
                continue  # "most people have no side effects"; but "can cure your diabetes"
            if kind == "absolute" and self.strong_hedges.intersection(after[:4]):
                continue  # "does not cause side effects in most people"
            if kind == "absolute" and after[:1] in (["were"], ["was"]) and after[1:2] in REPORTS:
                continue  # "No serious side effects were reported with the combined treatment."
            if "risk" in mention.text.lower() and self.refund_words.intersection(sentence):
                continue  # "risk-free trial": about a refund
            if (
                not verbal
                and only_words(mention.text) == only_words(" ".join(sentence))
                and sentence[-1:] not in (["."], ["!"])
            ):
                # a list item or label "Miracle cure" names a topic; not "NO SIDE EFFECTS."
                continue
            if kind == "nominal" and self._unclaimed_cure(mention, before, after, sentence):
                continue  # "the cure for it is still unknown", "... is a stem cell transplant"
            if kind == "nominal" and after[:1] == ["of"] and self.past_epithets & set(after[1:3]):
                continue  # "The wonder drug of yesteryears": what it was once called
            if kind == "nominal" and self._kind_named(mention, before, after):
                continue  # "Miracle cures, once thought to be laughed out of existence, ..."
            if kind == "nominal" and heading and not self._singular_cure(mention, before):
                continue  # a heading "Miracle cures" names a topic; "A Natural Cure for X" claims
            if kind == "verbal" and self._natural_course(mention, before, after, sentence):
                continue  # "your friction blister will heal within a couple of days"
            if kind == "verbal" and not self._asserted(mention, before, after, sentence):
                continue
            if kind == "change" and not self._framed(mention, before, after, sentence):
                continue
            if kind == "predicate" and not self._remedy_predicate(
                before, after, sentence, mention.text
            ):
                continue
            if (
                verbal
                and heading
                and not self._personal_or_absolute(before, sentence)
                and not (kind == "change" and self._product(clause_before(before)))
                and not (kind == "verbal" and self._named_cure(before))
            ):
                # a news headline "Approach Eliminates Disparities"; not "Cured My", nor
                # "The Miracle Mushroom That Shrinks Tumours", nor "Try fish oil, the ADHD cure"
                continue
            reported.add(mention.sentence)
            yield self.finding(ctx, mention.start, mention.end, why=self.WHY[kind])

    def _worded(self, ctx: Context, reported: set[int], debunking: bool) -> Iterator[Finding]:
        """The cure words (the ``worded`` vocabulary) in sentences the shapes did not report,
        each a claim unless a clinical statement or ``_worded_claim`` says otherwise (K40,
        round 40)."""
        if ctx.genre.id in self.worded_skip_genres:
            return  # a news story's cure words tell what the story is about
        analysis = ctx.analysis
        text = ctx.document.masked
        # the page's own text, where a list item's marker still stands (the masked view
        # blanks it)
        source = ctx.document.source
        raw = source if len(source) == len(text) else text
        worded = analysis.mentions(self.labels["worded"])
        nominal = analysis.mentions(self.labels["nominal"])
        medicated = {m.sentence for m in analysis.mentions(self.labels["worded_medicine"])}
        for word in worded:
            if debunking and not word.has(cx.ENDORSED):
                continue
            if word.sentence in reported or self.blocked(ctx, word):
                continue
            if any(n.start < word.end and word.start < n.end for n in nominal):
                continue  # "Miracle cures", "the cure for": judged by the nominal shapes
            if (
                text[word.start - 1 : word.start] in QUOTES
                or text[word.end : word.end + 1] in QUOTES
            ):
                continue  # "attempting to 'cure' autism", "a book called 'Curing Cancer ...'"
            index = word.sentence
            sentence = analysis.words_of_sentence(index)
            before = analysis.words_before(index, word.token_start)
            clinical = self._names_care(sentence, index in medicated) or bool(
                self.worded_clinical.intersection(sentence)
            )
            if not clinical and index > 0:
                line = raw[raw.rfind("\n", 0, word.start) + 1 : word.start]
                listed = _LIST_ITEM.fullmatch(line) is not None  # "- cure your cancer"
                if listed or self.thing_pronouns.intersection(before):
                    # "Surgery is the main treatment. It can cure early bowel cancer."; a list
                    # item that opens with the cure word, "- cure your cancer", after
                    # "Chemotherapy can:"
                    previous = analysis.words_of_sentence(index - 1)
                    clinical = self._names_care(previous, index - 1 in medicated)
            after = analysis.words_after(index, word.token_end)
            if self._listed_aim(before, after):
                continue  # "used to diagnose, cure, or treat", "to treat or cure their cancer"
            if not clinical and self._worded_claim(sentence):
                reported.add(index)
                yield self.finding(ctx, word.start, word.end, why=self.WHY["worded"])

    def _names_care(self, words: Sequence[str], medicated: bool) -> bool:
        """Do a sentence's words (``medicated``: with a medicine's name) make a cure word in
        it, or after it, a clinical statement: a medicine, a treatment, a professional, a
        study or a medicine's class?"""
        return medicated or self._clinical_or_studied(words) or self._medicine_class(words)

    def _class_word(self, word: str) -> bool:
        """Does the word name a medicine's class by its beginning (``medicine_prefixes``: "an
        antifungal cream", "antibiotics")?"""
        return word.startswith(self.medicine_prefixes) and len(word) > MIN_CLASS_WORD

    def _medicine_class(self, words: Sequence[str]) -> bool:
        """Does a word name a medicine's class (``_class_word``)? Then a cure word beside it
        is clinical; not the words of ``worded_not_classes`` ("antioxidant", "antibodies")."""
        return any(self._class_word(w) and w not in self.worded_not_classes for w in words)

    def _listed_aim(self, before: list[str], after: list[str]) -> bool:
        """Is the cure word one of aims listed with "or" ("prevent or cure diseases",
        "diagnose, cure, or treat")? A list of aims, not a promise; "prevent and cure"
        keeps its claim."""
        near = [*before[-3:], *after[:3]]
        return "or" in (before[-2:] + after[:2]) and bool(self.coordinated.intersection(near))

    def _quantified(self, sentence: list[str]) -> bool:
        """Does a quantifier of ``worded_quantifiers`` limit the claim to some cases ("In
        some cases, a diffuse astrocytoma can be cured")? Not one that counts the means
        offered, before a remedy or how-to noun ("some home remedies to cure acne")."""
        for i, word in enumerate(sentence):
            if word in self.worded_quantifiers and self.means_nouns.isdisjoint(
                sentence[i + 1 : i + 4]
            ):
                return True
        return False

    def _worded_claim(self, sentence: list[str]) -> bool:
        """Is a cure word a claim in a sentence the shapes did not report and that names no
        treatment, medicine, professional or study (K40)? The word "cure" promises the end
        of a condition in any frame ("natural remedies to cure acne", "diabetes can be
        cured with yoga", "it is also good for curing ..."), unless the sentence denies it
        ("there is no cure"), hedges, reports, studies or limits it (``worded_unless``:
        "may", "claim", "if found early"), or counts a share of cases ("in 95% of cases
        ... is cured")."""
        if DENIALS.intersection(sentence) or self.worded_unless.intersection(sentence):
            return False
        if self.worded_other_senses.intersection(sentence):
            return False  # "cured or smoked meats", "cure the gel polish"
        if self._quantified(sentence):
            return False
        return not (is_measured(sentence) or is_share(sentence))

    def _modelled(self, ctx: Context, reported: set[int]) -> Iterator[Finding]:
        """The sentences the shapes did not report that the sentence model (``model``)
        scores at ``model_threshold`` or above, unless the sentence holds a word of the
        options ``model_unless`` names (a hedge, a clinical subject) or a cue of
        ``unless_context`` anywhere (the model reads no scope), or is of a place of
        ``unless_sentence`` (a question, a comment, a widget). The finding quotes the
        sentence's strongest word for the model."""
        model, analysis, document = self.model, ctx.analysis, ctx.document
        assert model is not None
        # "can help in alleviating", "Removing the glands cures ...": qualified or clinical
        stopped = analysis.sentences_holding(self.model_unless)
        stopped |= analysis.cued_sentences(self.unless_context)
        for index, (start, end) in enumerate(analysis.sentences):
            if index in reported or index in stopped:
                continue
            text = document.masked[start:end]
            if not text.strip():
                continue  # a region this rule does not read, blanked in its view
            scored = model.reaches(text, self.model_threshold)
            if scored is None:
                continue
            if sentence_place_at(ctx, start, end) & self.unless_sentence:
                continue
            at = _evidence(text, scored.evidence)
            left, right = (start + at[0], start + at[1]) if at else (start, end)
            why = (
                f"reads as one to {model.name!r}, a model trained on labelled sentences "
                f"(score {scored.probability:.2f})"
            )
            yield self.finding(ctx, left, right, why=why)

    def blocked(self, ctx: Context, mention: Mention) -> bool:
        """As for every shape check, except that a claim reported of the writer's own remedy
        is the writer's: "Our tea has a reputation as the best cure for colds" endorses what
        it reports, as "..., and we agree" does (``endorsed_overrides``)."""
        if not super().blocked(ctx, mention):
            return False
        if not mention.has(cx.REPORTED) or not self._owned(ctx, mention):
            return True
        return super().blocked(ctx, replace(mention, modifiers=mention.modifiers | {cx.ENDORSED}))

    def _owned(self, ctx: Context, mention: Mention) -> bool:
        """Does every reported cue of the claim report it of a remedy the writer owns: a
        first-person possessive and a remedy noun in the cue's own clause before it ("Our
        tea is touted as", "my formula has a reputation as")? Not a person's report ("our
        readers claim", "my mother said"): a testimonial needs an endorsement of its own."""
        hits = [h for h in mention.cues if h.cue.category == cx.REPORTED]
        owners = self.first_person - {"i", "we", "me"}
        for hit in hits:
            before = ctx.analysis.words_before(mention.sentence, hit.start)
            clause = own_clause(clause_before(before))
            if not (owners.intersection(clause) and self.remedy_nouns.intersection(clause)):
                return False
        return bool(hits)

    def conditional(self, mention: Mention, before: list[str]) -> bool:
        """Is the claim inside a condition? Before a claim verb, "after", "before" and
        "until" open one only as a clause with a subject of its own ("after you stop it,
        ..."); before a noun or a gerund they are a preposition inside the verb's own
        clause ("Massaging the area with olive oil after bathing cures psoriasis", "this
        tea after meals cures bloating"), which asserts. Wording that is no verb stays
        inside the phrase ("worked after a single treatment without adverse side
        effects": a case report's time, not the article's promise)."""
        clause = clause_before(before)
        if mention.label not in (self.labels["verbal"], self.labels["change"]):
            return in_condition(clause, self.CONDITIONS)
        for i in range(len(clause) - 1, -1, -1):
            if clause[i] in TIME_PREPOSITIONS:
                rest = clause[i + 1 :]
                if rest and SUBJECTS.isdisjoint(rest) and FINITE.isdisjoint(rest):
                    clause = clause[:i]
                break
        return in_condition(clause, self.CONDITIONS)

    def _studied(self, sentence: list[str]) -> bool:
        """Does the sentence report a study ("all five trials showed", "participants had")?
        A research word right after "for" names whom a remedy is for ("can work
        effectively for patients with migraines"), not a study."""
        return any(
            w in self.research_words and sentence[i - 1 : i] != ["for"]
            for i, w in enumerate(sentence)
        )

    def _discovered(
        self, mention: Mention, before: list[str], after: list[str], sentence: list[str]
    ) -> bool:
        """Is one natural or miracle cure announced as found ("researchers ... recently
        discovered a simple, natural cure for high blood pressure", "Natural Cure for High
        Blood Pressure Discovered (new study)")? A study does not then make it a finding:
        studies do not discover "natural cures", sellers announce them. Not when the
        sentence seeks one ("hope to discover a natural cure")."""
        found = only_words(mention.text)
        if len(found) < 2 or found[-1] not in ("cure", "remedy") or "for" in found:
            return False
        if self.search_words.intersection(sentence):
            return False
        announced = {w for w in self.possessing_verbs if w.endswith("ed") or w == "found"}
        return bool(
            self.possessing_verbs.intersection(before[-4:]) or announced.intersection(after[:8])
        )

    @staticmethod
    def _kind_named(mention: Mention, before: list[str], after: list[str]) -> bool:
        """Does a bare plural open the sentence as its subject ("Miracle cures, once thought
        to be laughed out of existence, have found a new medium")? It names a kind of
        product the article talks about, not one remedy sold as a cure; "Miracle cures for
        diabetes" (a condition named) and "These miracle drops" (a product pointed at) stay
        claims."""
        found = only_words(mention.text)
        if before or not found or not found[-1].endswith("s"):
            return False
        return after[:1] != ["for"]

    def _limited_use(self, after: list[str]) -> bool:
        """Is the absolute limited to a use by a condition after it ("there are no reported
        side effects with milk thistle when the recommended doses are taken", "... if used
        as directed")? A condition within six words whose own words name a dose or a use
        (`predicate_limits`); "no side effects when you drink it daily" stays a claim."""
        for i, word in enumerate(after[:6]):
            if word in LIMITING_CONDITIONS:
                return bool(
                    (self.predicate_limits - LIMITING_CONDITIONS).intersection(after[i + 1 : i + 7])
                )
        return False

    def _conceded(self, before: list[str], after: list[str]) -> bool:
        """Is the wording conceded in a clause that opens with "although" ("Although there
        are no reported side-effects from it, there may be rare complications"), and the
        sentence's next clause hedges or negates it? The caveat qualifies the absolute."""
        clause = clause_before(before)
        if clause[:1] == [] or clause[0] not in CONCESSIONS:
            return False
        end = next((i for i, w in enumerate(after) if w in CLAUSE_MARKS), None)
        if end is None:
            return False
        rest = after[end + 1 :]
        return bool((self.hedges | NEGATIONS).intersection(rest))

    def _harm_adjective_said(self, mention: Mention, before: list[str], after: list[str]) -> bool:
        """Is a harm-denying adjective ("non-toxic") said of something rather than naming a
        kind? Said as a predicate, after a link verb and at most a few other adjectives
        ("it's natural and non-toxic for people", "Our drops are completely non-toxic"), or
        before a remedy it describes ("a safe, non-toxic herbal remedy"); not when it
        classifies a noun ("metabolizes it to nontoxic acetate", "nontoxic thyroid
        enlargement", "a nontoxic bile acid"). Other absolutes are always said."""
        if mention.text.lower().replace(" ", "") not in self.harm_adjectives:
            return True
        for word in reversed(before[-5:]):
            if word in LINKING:
                return True
            if not (word in {"and", ","} or word.endswith("ly") or word.isalpha()):
                break
            if word in DETERMINERS or word in PHRASE_STOPS:
                break
        phrase = _noun_after(after)
        return self._remedy(phrase) and not self._clinical(phrase)

    def _clinical_pairing(self, words: list[str]) -> bool:
        """Is safety paired with a selling adjective said of a clinical treatment ("safe and
        effective treatments", "a safe, effective therapy")? Trials test that of medicines;
        a remedy word makes it a remedy's claim again ("a safe, natural treatment"). Only
        the phrase's head counts: "a safe alternative to antibiotics" sells the remedy."""
        if not self.pairing_words.intersection(words) or {"to", "than"} & set(words):
            return False
        return words[-1] in self._clinical(words[-2:])

    def _harm_admitted(self, after: list[str]) -> bool:
        """Does a contrast after the wording admit a harm ("It is not possible to overdose
        on sunlight-made vitamin D, but supplements can be toxic")? The denial is then
        limited to one source or use; a contrast about anything else ("no side effects,
        but it tastes bitter") leaves it whole."""
        start = next((i for i, w in enumerate(after) if w in CONTRASTS), None)
        return start is not None and bool(self.harm_words.intersection(after[start + 1 :]))

    @staticmethod
    def _modal_passive(before: list[str]) -> bool:
        """Is the verb a passive after "can" or "will" ("can be cured", "will be completely
        reversed")? Adverbs in "-ly" between them are skipped, and so is a disjunction of
        them ("can be either partly or fully reversed")."""
        words = [
            w
            for w in before
            if not (w.endswith("ly") and len(w) > 4) and w not in ("either", "or", "and")
        ]
        return words[-1:] == ["be"] and words[-2:-1] in (["can"], ["will"], ["'ll"])

    def _suppressed(self, before: list[str]) -> int | None:
        """Where a suppressed truth starts: the words after "that" when a negated telling
        verb and "you" stand before it ("your physician will never tell you that ...",
        "they don't want you to know that ..."), or None. What follows is the writer's own
        assertion, made against the authority that would not say it."""
        if "that" not in before:
            return None
        at = len(before) - 1 - before[::-1].index("that")
        frame = before[max(0, at - 6) : at]
        verbs = [i for i, w in enumerate(frame) if w in self.telling_verbs]
        if not verbs or "you" not in frame or NEGATIONS.isdisjoint(frame[: verbs[-1]]):
            return None
        return at + 1

    def _sufferers(self, sentence: list[str]) -> bool:
        """Do these words speak of everyone with the condition ("for those who already
        have it", "all those suffering from kidney ailment", "anyone with ...")?"""
        return any(
            w in self.sufferers
            and sentence[i + 1 : i + 2]
            and sentence[i + 1] in self.sufferer_links
            for i, w in enumerate(sentence)
        )

    def _declared_curable(
        self, before: list[str], after: list[str], sentence: list[str], verb: str
    ) -> bool:
        """Is a condition declared curable or reversible as the article's own promise
        ("for those who already have it, is curable", "By changing your diet, you can be
        cured of diabetes", "your physician will never tell you that type 2 diabetes is
        curable")? Curability is a clinical statement by itself ("Stage I penile cancer is
        curable"), so it is a claim only with a stance: every sufferer, the reader, an
        absolute ("completely", "100%") or a suppressed truth; and never hedged ("most",
        "usually", "considered"), limited ("if found early", "when the drug is stopped"),
        negated, or with a treatment or a study in the sentence ("is curable with
        antiviral medicines")."""
        start = self._suppressed(before)
        scope = before[start:] if start is not None else before
        own = own_clause(scope)
        if NEGATIONS.intersection(own):
            return False
        if (self.strong_hedges | self.predicate_hedges).intersection(
            self._unhedged_disjunction(own + after)
        ):
            return False
        if self.predicate_limits.intersection(after[:6]):
            return False
        if LIMITING_CONDITIONS.intersection(sentence):
            return False  # "If found early, you can be cured"
        if self.research_words.intersection(sentence):
            return False
        if CURED_WORDS.intersection(verb.split()) and self._cured_by_remedy(after):
            return True  # "Psoriasis can be cured with homeopathy", "is curable naturally"
        if self._clinical(sentence):
            return False
        reader = bool({"you", "your"}.intersection(own))
        absolute = self._has_absolute(sentence) or bool(self.completeness.intersection(sentence))
        # every sufferer named before the predicate; after it, "for anyone who stops
        # drinking early" limits it to a group
        return start is not None or reader or absolute or self._sufferers(before)

    def _unhedged_disjunction(self, words: list[str]) -> list[str]:
        """The words without a hedge offered as one end of a disjunction whose other end is
        complete ("can be either partly or fully reversed", "partially or completely
        cured"): the promise covers the whole result, so the hedge limits nothing."""
        return [
            w
            for i, w in enumerate(words)
            if not (
                w in self.strong_hedges
                and words[i + 1 : i + 2] == ["or"]
                and words[i + 2 : i + 3]
                and words[i + 2] in self.completeness
            )
        ]

    def _headline(self, mention: Mention, before: list[str]) -> bool:
        """Does a heading promise a cure by its headline shape: a headline verb after a
        how-to infinitive ("How to Cure Asthma at Home", "3 Ways to Reverse ...") or after
        a modal with a subject that is no treatment ("Garlic Can Cure Hypertension"; not
        "Surgery Can Cure Early Cancer"), or with a remedy as its subject ("Foods That Cure
        Diabetes")? Vanishing verbs ("How to Get Rid of Head Lice")
        stay out: they need an absolute wherever they stand."""
        head = mention.text.lower().split()[0]
        if head not in self.headline_verbs:
            return False
        clause = clause_before(before)
        if how_to(clause, self.how_to_nouns):
            return True
        if self._product(clause) and not (
            self._clinical(clause) or self.hedges.intersection(clause)
        ):
            return True  # "5 Natural Foods That Prevent And Gradually Cure Diabetes"
        subject = clause[:-1]
        return (
            clause[-1:] in (["can"], ["will"])
            and bool(subject)
            and not self._clinical(subject)
            and not self.hedges.intersection(subject)
        )

    def _promised_how_to(self, mention: Mention, before: list[str], sentence: list[str]) -> bool:
        """Does running text promise that a how-to of a headline verb works ("changing your
        diet is the first effective way on how to cure migraines", "the simple tips on how
        to cure migraines naturally ... can work effectively")? The how-to ("how to", "ways
        to") right before the verb and a word of efficacy in the sentence; not negated ("no
        proven way to cure it"), hedged ("may work") or sought ("researchers hope to find an
        effective way to cure it")."""
        head = mention.text.lower().split()[0]
        if head not in self.headline_verbs or not how_to(before[-2:], self.how_to_nouns):
            return False
        if self.efficacy_words.isdisjoint(sentence):
            return False
        # the clause of the how-to, after a "that" that embeds it ("It is not surprising
        # that ... is the first effective way on how to cure"), and the rest of the sentence
        clause = clause_before(before)
        if "that" in clause:
            clause = clause[len(clause) - clause[::-1].index("that") :]
        own = clause + sentence[len(before) :]
        if NEGATIONS.intersection(own) or self.strong_hedges.intersection(sentence):
            return False
        if self._clinical(clause):
            return False  # "Surgery is the best way to cure early bowel cancer"
        return self.search_words.isdisjoint(clause) and not self._studied(sentence)

    @staticmethod
    def _singular_cure(mention: Mention, before: list[str]) -> bool:
        """Does a nominal name one cure ("a natural cure for", "the cure for", "Y's cure",
        "The Miracle Remedy"), as a heading that promises it does, rather than a topic
        ("Miracle cures", "Wonder drugs")?"""
        found = only_words(mention.text)
        if "cure" in found or "cures" in found:
            return "cures" not in found
        # "Apple Cider Vinegar: The Miracle Remedy", not "Miracle Drugs" nor a topic
        # "Miracle Water for Cancer"
        named = before[-1:] in (["the"], ["a"], ["an"], ["this"], ["our"])
        return named and bool(found) and not found[-1].endswith("s")

    def _hedged(
        self, kind: str, clause: list[str], next_word: list[str], sentence: list[str]
    ) -> bool:
        """A hedge in the clause ("most", "may", "some") makes a clinical statement; "can"
        and "could" are hedges unless the sentence promises an absolute ("you can lose 30
        pounds in 30 days") or the claim is about the reader's condition ("can cure your").
        Absolute wording ("heals any illness", "completely safe") is hedged only by the
        strong hedges, and a treatment as subject makes only a verb clinical."""
        hedges = self.hedges if kind in ("verbal", "change") else self.strong_hedges
        if next_word == ["your"] or not hedges.intersection(clause):
            return False
        if self.hedges.intersection(clause) <= self.modal_hedges:
            # "you can reverse it with diet": a promise to the reader
            promised = clause[-2:-1] == ["you"] and clause[-1] in self.modal_hedges
            sold = (
                kind == "verbal"  # not a change verb: "eye drops can relieve dry eyes"
                and self._remedy_modal(clause)
                and DENIALS.isdisjoint(sentence)  # "there is no herb ... that can cure it"
            )
            return not (promised or sold or self._has_absolute(sentence))
        return True

    def _remedy_modal(self, clause: list[str]) -> bool:
        """Is "can" or "could" right before the verb said of a remedy or the page's product
        as its subject ("Apple cider vinegar is a natural remedy that can eliminate toxins
        ..., heal heartburn")? A seller's modal states what the remedy does; it hedges
        nothing. Not of a treatment or a medicine ("antibiotics can cure syphilis"), nor
        with a professional in the clause ("your doctor can ..."). The remedy stands within
        a few words before the modal ("a natural remedy that can")."""
        if clause[-1:] == [] or clause[-1] not in self.modal_hedges:
            return False
        subject = clause[-SUBJECT_WINDOW - 2 : -1]
        if self._clinical_or_studied(clause):
            return False
        return bool(self._remedy(subject))

    def _pronoun_modal(
        self, scope: list[str], sentence: list[str], analysis: Analysis, index: int
    ) -> bool:
        """Is "can" or "could" right before the verb said of a thing by a pronoun ("It can
        cure both diarrhea and constipation", "they can heal psoriasis")? On a page that
        names no treatment, medicine, professional or study in the sentence or the one
        before, the pronoun stands for what the page sells, as a remedy noun does in
        `_remedy_modal`; "Surgery is the main treatment. It can cure early cancer" stays
        clinical, and any other hedge in the clause ("it can sometimes cure") still hedges."""
        if len(scope) < 2 or scope[-1] not in self.modal_hedges:
            return False
        if scope[-2] not in self.thing_pronouns or not DENIALS.isdisjoint(sentence):
            return False
        if not self.hedges.intersection(scope) <= self.modal_hedges:
            return False
        if self._clinical_or_studied(sentence):
            return False
        previous = analysis.words_of_sentence(index - 1) if index > 0 else []
        return not self._clinical_or_studied(previous)

    def _superlatives_dropped(self, scope: list[str]) -> list[str]:
        """The clause without the superlative "most" after "the" ("one of the most effective
        natural cures"): a superlative grades the claim, it does not limit it to most cases
        as the quantifier does ("most people have no side effects"). Not beside a treatment
        ("surgery remains the most effective treatment"): a clinical comparison."""
        if self._clinical_or_studied(scope):
            return scope
        return [w for i, w in enumerate(scope) if not (w == "most" and scope[i - 1 : i] == ["the"])]

    def _activity_object(self, after: list[str], before: Sequence[str] = ()) -> bool:
        """Is the verb's object an activity: a gerund with its own object ("I stopped
        taking my eye medication", "stopped eating the sweets")? What someone gave up
        doing, not a condition a remedy makes go away; a gerund that names a condition
        ("stops bleeding instantly") has no object of its own and stays a claim. When the
        writer is the subject of a change verb ("I stopped using topical steroids", "I
        stopped seeing doctors"), the gerund's object may be any noun phrase, not only one
        opened by a determiner (round 63, N80); not a gerund of experience, whose object is
        the condition ("I stopped having migraines": ``experience_gerunds``), nor a gerund
        with no object of its own ("I stopped coughing after one cup")."""
        if len(after) < 2 or not after[0].endswith("ing") or len(after[0]) < 5:
            return False
        if after[1] in ARTICLES or after[1] in self.possessives or after[1] in DETERMINERS:
            return True
        return (
            self._writer_subject(before)
            and after[0] not in self.experience_gerunds
            and after[1].isalpha()
            and after[1] not in self.object_stops
            and not after[1].endswith("ly")
        )

    def _writer_subject(self, before: Sequence[str]) -> bool:
        """Is the writer the subject right before the verb, in a narrative ("I stopped",
        "we had stopped", "I finally stopped")? Only a perfect auxiliary or a
        ``narrative_adverbs`` word may stand between; a modal is a promise ("we can stop")."""
        for word in reversed(before[-3:]):
            if word in self.writer_subjects:
                return True
            if word not in self.narrative_adverbs:
                return False
        return False

    def _other_sense(self, mention: Mention, before: list[str], after: list[str]) -> bool:
        """Is the change verb one of ``other_sense_phrasals`` ("end up", "ended up": to find
        oneself somewhere), not the ending of a condition? Not after a product or remedy as
        its subject ("Our serum ends up eliminating acne for good" stays a claim)."""
        head = mention.text.lower().split()[-1]
        if not after or (head, after[0]) not in self.other_sense_pairs:
            return False
        return not self._remedy(clause_before(before)[-SUBJECT_WINDOW:])

    def _germ_object(self, after: list[str]) -> bool:
        """Is the verb's object a germ ("kills harmful bacteria", "flush bacteria out of the
        system")? Up to two modifiers may come first; a germ is what a remedy acts on, not
        the condition it promises to end ("kills cancer cells" stays a claim)."""
        for word in after[:3]:
            if word in self.germ_objects:
                return True
            if word in GERM_OBJECT_ENDS:
                return False
        return False

    def _observed(self, clause: list[str], after: list[str]) -> bool:
        """Is an absolute an observation reported in the past ("There were also no side
        effects noted", "users had no side effects")? A past verb in its own clause, or a
        report participle right after it; "it has no side effects" stays a promise."""
        if after[:1] and after[:1] in REPORTS:
            return True
        return bool(self.observed_words.intersection(clause))

    def _offered(self, before: list[str], sentence: list[str]) -> bool:
        """Is a remedy offered as the means of the infinitive ("There are lots of home
        remedies available to cure this disease")? An availability word right before "to"
        and a remedy in its clause, no treatment ("treatments are available to cure most
        cases" is clinical) and no negation ("no remedy is available to cure it"). A remedy
        or a how-to noun right before "to" offers the means too when the sentence promises
        an absolute ("some natural remedies to cure TMJ permanently", "ways to reverse it
        for good")."""
        if before[-2:-1] == []:
            return False
        means = before[-2] in self.means_nouns
        natural = before[-3:-2] != [] and before[-3] in self.remedy_modifiers
        if before[-2] not in self.availability_words and not (
            means and (self._has_absolute(sentence) or natural)
        ):
            return False
        clause = own_clause(clause_before(before[:-2]))
        if self._clinical(clause) | self.research_words.intersection(clause):
            return False
        if DENIALS.intersection(clause):
            return False
        return means or self._remedy(clause)

    def _manner_skipped(self, before: list[str]) -> list[str]:
        """The words before a verb without the manner adverbs right before it ("will easily
        cure", "can quickly heal"): the auxiliary is then the verb's own. A hedging adverb
        ("will probably cure", "usually") stays: the caller's hedge check reads it; so does
        completeness ("the way to completely reverse gout": `_complete_infinitive`)."""
        end = len(before)
        while end > 1 and self._manner(before[end - 1]):
            end -= 1
        return before[:end]

    def _manner(self, word: str) -> bool:
        if word in self.skipped_adverbs:
            return True
        return word.endswith("ly") and len(word) > 4 and word not in self.kept_adverbs

    def _result_linked(self, before: list[str]) -> bool:
        """Is a claim verb's gerund a result linked to what a remedy does ("these
        substances provide vital components for healthy cartilage, thereby eliminating the
        source of arthritis pain")? Right after a result adverb (`result_links`), with no
        treatment, professional or study before it ("surgery removes the tumour, thereby
        curing ...")."""
        if not before[-1:] or before[-1] not in self.result_links:
            return False
        return not self._clinical_or_studied(before[:-1])

    def _clinical_or_studied(self, words: Sequence[str]) -> bool:
        """Do the words name a treatment, a medicine, a professional or a study: a clinical
        statement, not a remedy's claim?"""
        return bool(self._clinical(words) or self.care_or_study_words.intersection(words))

    def _result_participle(self, before: list[str], after: list[str]) -> bool:
        """Is a claim verb's gerund a participle that adds a result to its sentence, with
        the sufferer's own condition as object ("So many terminal people did indeed live,
        curing their cancer")? After a comma, a possessive right after it, and no
        treatment, professional or study in the sentence before it ("After surgery, curing
        their cancer ..." stays clinical); "the goal is curing their cancer" has no comma."""
        if before[-1:] != [","] or not after[:1] or after[0] not in self.possessives:
            return False
        return not self._clinical_or_studied(before)

    def _worked_in(self, before: list[str]) -> bool:
        """Is a claim verb's gerund said of what a remedy does or is used for ("these herbs
        work wonderfully in healing this skin disease", "the oil is widely used in curing
        ...")? The gerund right after "in" or "at", a worked word (`worked_words`) and a
        remedy or the page's product in its clause, and no treatment or study there
        ("surgery is effective in curing early cancer"). After "for", a use alone ("is used
        for healing burns") is a description, not a claim. Any other gerund ("wound
        healing", "the key to curing it") is no claim by itself."""
        if before[-1:] not in (["in"], ["at"], ["for"]):
            return False
        clause = own_clause(before[:-1])  # a listed subject: "herbs like rubia, neem and ..."
        if self._clinical(clause) | self.research_words.intersection(clause):
            return False
        worked = self.worked_words.intersection(clause)
        if before[-1] == "for":
            worked -= {"used", "use", "uses"}  # "aloe gel is used for healing burns": a use
        return bool(worked) and self._remedy(clause)

    def _framed(
        self, mention: Mention, before: list[str], after: list[str], sentence: list[str]
    ) -> bool:
        """Is a change-of-state verb ("kills", "shrinks", "restores") in a claim frame? A
        product or remedy as its subject, within ``SUBJECT_WINDOW`` words before it ("this
        serum", "our drops", "frankincense oil", a first person), or an imperative with an
        absolute ("Say goodbye to ... for good"); the verb finite and asserted: not after a
        treatment ("chemotherapy destroys cancer cells"), not a noun ("the repair"), an
        infinitive ("to kill cancer cells"), a passive without an absolute, or a gerund."""
        before = self._manner_skipped(before)  # "this serum will quickly shrink ..."
        clause = clause_before(before)
        head = mention.text.lower().split()[0]
        if self._clinical(clause) or head.endswith("ing"):
            return False
        window = before[-6:] + after[:6]  # "will stop symptoms, heal ... and prevent ..."
        if self.coordinated.intersection(window) and {"or", "and", ","} & set(window):
            return False
        following = after[:1]
        if following and following[0] in PLACES and not self._has_absolute(sentence):
            return False  # intransitive: "a pill that dissolves under the tongue", "in water"
        if self.strong_hedges.intersection(after[:1]):
            return False  # "creams will get rid of many tinea infections"
        if self._keeps_from(after):
            return False  # "This patch stops oxygen-rich and ... blood from mixing": a mechanism
        last = before[-1] if before else ""
        if (
            after[1:2] == ["of"]
            and self._universal(after)
            and (last in self.auxiliaries or before[-2:] in (["able", "to"], ["proven", "to"]))
        ):
            # "it is able to repair itself of any disease": every case promised; a universal
            # object alone is not ("boiling will kill any harmful parasites")
            return True
        absolute = self._has_absolute(sentence)
        relative = last in RELATIVES and head.endswith("s")  # "the mushroom that shrinks"
        if (last in DETERMINERS and not relative) or (last in PASSIVE and not absolute):
            return False
        if last == "to" and before[-2:-1] not in (["proven"], ["guaranteed"]):
            return False
        product = self._product(clause[-SUBJECT_WINDOW:])  # not "lipids (... oils) ..."
        if not clause:
            # an imperative opening the sentence: "Say goodbye to ... for good"; not a verb
            # after a comma ("... and, with guidance from their receptors, kill any ...")
            return absolute and before[-1:] in ([], [";"], [":"])
        if head.endswith("ed") and last not in self.auxiliaries:
            # a past form: a testimonial or a promise ("my tumours shrank in weeks"), not a
            # description ("leaves dissolved in an edible oil")
            personal = self.first_person.intersection(clause) or after[:1] == ["your"]
            return absolute or bool(personal)
        if head.endswith("s") or last in self.auxiliaries:
            return product
        # a base form: after an auxiliary (above) or a plural subject ("these drops restore")
        return product and last.endswith("s") and last not in NOT_PLURAL

    def _remedy_predicate(
        self, before: list[str], after: list[str], sentence: list[str], said: str
    ) -> bool:
        """Is a safety or efficacy predicate ("is safe", "are harmless", "is very effective
        for") said of a remedy or the page's product as the subject of its own clause
        ("This protocol is extremely safe", "essential oils are safe for kids")? Not of a
        medicine or treatment (a clinical judgement), not inside a complement ("make sure
        the product is safe", "whether green tea is safe"), not hedged ("generally safe",
        "considered safe") and not limited to a use or a group ("safe in small amounts",
        "safe when used as directed", "safe for persons 1 year of age and older"). Said as the
        adjective of a predicate noun ("is a safe remedy"), the noun may name the remedy
        instead of the subject: a remedy noun, or one of ``swap_nouns`` followed by "to"."""
        clause = clause_before(before)
        # "X is a safe remedy", "... a safe alternative to sleeping pills": the predicate
        # noun names the remedy when the subject does not (round 34, C34)
        noun = _noun_after(after)
        named = bool({"a", "an"}.intersection(said.lower().split()))
        swap = bool(noun) and noun[-1] in self.swap_nouns
        by_noun = named and (
            self._remedy(noun) or (swap and after[len(noun) : len(noun) + 1] == ["to"])
        )
        if not (self._remedy(clause) or by_noun):
            return False
        if self._clinical(clause) or (named and self._clinical(noun)):
            return False
        if (self.predicate_hedges | self.strong_hedges).intersection(sentence):
            return False
        return self.predicate_limits.isdisjoint(after[:6])

    def _existing_cure(self, before: list[str], after: list[str]) -> bool:
        """Is one definite cure said to exist: "the" and up to two modifiers before the noun
        ("the cure", "the best cure", "the arthritis cure"), then, after an optional "for"
        phrase, a copula or a source verb with an affirmative complement ("The best cure for
        restless legs is a bar of soap", "The arthritis cure comes from borax"), or the
        object of having or finding it in the reader's or the writer's hands ("you already
        have the cure in your kitchen")? Not sought or measured ("the search for the cure",
        "the cure rate"), not negated or hedged after the copula ("the cure for it is not
        known", "is still elusive", "is a transplant" with a treatment)."""
        article = next((i for i in range(1, 4) if before[-i : len(before) - i + 1] == ["the"]), 0)
        if not article or not all(w.isalpha() for w in before[len(before) - article + 1 :]):
            return False
        ahead = before[: len(before) - article]
        if ahead[-1:] and ahead[-1] in ("for", "to", "of", "toward", "towards"):
            return False  # "the search for the cure", "the key to the cure"
        if (self.search_words | self.research_words).intersection(before + after):
            return False
        if ahead[-1:] and ahead[-1] in self.possessing_verbs:
            # "you already have the cure": only in the reader's or the writer's hands
            return bool((self.first_person | {"you"}).intersection(own_clause(ahead)))
        rest = self._said_to_be(after, after[:1] == ["for"])
        if rest is None:
            return False
        complement = [w for w in rest[1:4] if w not in ARTICLES]
        if not complement or self._unsettled(rest[1:4]):
            return False
        return not (self._clinical(rest[1:6]) | self.professionals.intersection(rest[1:6]))

    def _said_to_be(self, after: list[str], for_first: bool) -> list[str] | None:
        """The words from the existence verb that says what "the cure" is ("is", "remains",
        "comes from"), or None. After "the cure for", the verb is looked for within six words
        ("the cure for type 2 diabetes is ...")."""
        rest = after
        if for_first:
            end = next((i for i, w in enumerate(after) if w in self.existence_verbs), None)
            if end is None or end > 6:
                return None
            rest = after[end:]
        if not rest or rest[0] not in self.existence_verbs:
            return None
        return rest

    def _unsettled(self, words: list[str]) -> bool:
        """A negation, hedge or "unknown/not yet" word among these words."""
        return bool((NEGATIONS | self.hedges | self.unsettled_words).intersection(words))

    def _unclaimed_cure(
        self, mention: Mention, before: list[str], after: list[str], sentence: list[str]
    ) -> bool:
        """Is "the cure (for Y)" named without being claimed for a remedy? Sought or
        unknown ("researchers are searching for the cure", "scientists have not yet found the
        cure", "the cure for it is still unknown", "remains unknown"), a medical treatment
        named as the cure ("the cure for CML is a stem cell transplant") or a professional
        holding it ("doctors have the cure for this infection"). "The cure for diabetes is
        cinnamon" and "we have the cure" stay claims."""
        words = mention.text.lower().split()
        if "cure" not in words or words[0] != "the":
            return False
        if (self.search_words | self.research_words).intersection(sentence):
            return True
        clause = clause_before(before)  # "yet" opens no clause here
        if before[-1:] and before[-1] in self.possessing_verbs:
            if self._unsettled(clause):
                return True  # "have not yet found the cure"
            if self.professionals.intersection(clause):
                return True  # "Doctors have the cure for this infection"
        rest = self._said_to_be(after, words[-1] == "for")
        if rest is None:
            return False
        if self._unsettled(rest[1:4]):
            return True  # "is still unknown", "has not yet been found"
        return bool(self._clinical(rest[1:7]) | self.professionals.intersection(rest[1:7]))

    def _universal(self, after: list[str]) -> bool:
        """Does the verb's object claim every case ("any disease", "all forms of cancer",
        "itself of any disease")? A reflexive and "of" may come first."""
        rest = after[2:] if after[1:2] == ["of"] and after[:1] != ["all"] else after
        return bool(rest) and rest[0] in self.universal_words

    def _by_professional(self, clause: list[str]) -> bool:
        """Is the clause's subject a treatment or a professional ("oncologists treat all
        types of childhood cancer")? Then a universal scope describes a service."""
        return bool(self._clinical(clause) | self.professionals.intersection(clause))

    @staticmethod
    def _keeps_from(after: list[str]) -> bool:
        """Does the verb keep something from an act ("stops ... blood from mixing", "kills
        the urge from ..."), within its phrase: "from" and a gerund before the clause
        ends? That describes how a thing works, not a condition made to go away."""
        for i, word in enumerate(after[:10]):
            if word in CLAUSE_MARKS or word in (".", "!", "?"):
                return False
            if word == "from" and after[i + 1 : i + 2] and after[i + 1].endswith("ing"):
                return True
        return False

    def _on_a_person(self, kind: str, before: list[str], after: list[str]) -> bool:
        """Does a claim verb act on a person rather than a condition: a person as its object
        ("get rid of a man", "killed everyone"; "her" only when no noun follows it, since
        "cured her asthma" names the condition), or as the subject of a change verb's passive
        ("you must be stopped", "she is killed by the intruder"; "you will be cured" stays a
        promise)?"""
        people = self.persons | (self.everyone if kind == "change" else frozenset())
        objects = [w for w in after[:3] if w not in ARTICLES]
        if objects[1:2] == ["of"]:
            return False  # "cured herself of psoriasis", "rid them of lice": the beneficiary
        if objects[:1] and objects[0] in people:
            return True
        if objects[:1] == ["her"] and (len(objects) == 1 or not objects[1].isalnum()):
            return True  # "killed her." / "killed her, ..."
        if kind != "change":
            return False  # "you will be cured" is a promise to the reader
        clause = clause_before(before)
        passive = clause[-1:] and clause[-1] in PASSIVE
        return bool(passive and (people | self.person_subjects) & set(clause))

    def _product(self, clause: list[str]) -> bool:
        """Does the clause name the page's product or a remedy ("our drops", "this serum",
        "frankincense oil", "herbal medicines") or speak in the first person?"""
        return bool(
            (self.product_words | self.remedy_nouns | self.first_person).intersection(clause)
        ) or bool(self._alternative(clause))

    def _remedy(self, words: list[str]) -> bool:
        """Do the words name a remedy or the page's product ("these herbs", "our tonic",
        "herbal medicines")?"""
        return bool((self.remedy_nouns | self.product_words).intersection(words)) or bool(
            self._alternative(words)
        )

    def _alternative(self, words: Sequence[str]) -> set[int]:
        """Where a treatment word follows a remedy modifier ("herbal medicines", "natural
        treatment methods", "Ayurvedic medicine"): the treatment is then a remedy, not a
        clinical treatment."""
        return {
            i
            for i, w in enumerate(words)
            if w in self.clinical_subjects and i > 0 and words[i - 1] in self.remedy_modifiers
        }

    def _clinical(self, words: Sequence[str]) -> set[str]:
        """The treatment words ("surgery", "drugs") in the words that make a claim verb a
        clinical statement; not one that a remedy modifier makes a remedy ("herbal
        medicines")."""
        alternative = self._alternative(words)
        return {
            w for i, w in enumerate(words) if w in self.clinical_subjects and i not in alternative
        }

    def _remedy_agent(self, after: list[str]) -> bool:
        """Is the verb's agent a remedy or the page's product ("cured by following the
        protocol", "reversed with our drops")? A passive with such an agent promises what
        the remedy does; "cured with surgery" names a treatment and stays clinical."""
        if after[:1] not in (["by"], ["with"], ["using"]):
            return False
        return self._product(after[1:5])

    def _named_cure(self, before: list[str]) -> bool:
        """Is a remedy named as the cure of something, in apposition or as a predicate
        ("Try fish oil, the ADHD cure", "turmeric is the arthritis cure")? "the" and up to
        two words before the noun, after a comma, a colon or a copula, with a remedy or the
        page's product before them and no treatment ("surgery is the only cure")."""
        for size in (0, 1, 2):
            named = before[len(before) - size :]
            rest = before[: len(before) - size]
            if rest[-1:] == ["the"] and all(w.isalnum() for w in named):
                link = rest[-2:-1]
                subject = rest[:-2]
                return (
                    link in ([","], [":"], ["is"], ["are"], ["'s"])
                    and self._product(subject)
                    and not self._clinical(subject)
                )
        return False

    def _remedy_instrument(self, before: list[str], after: list[str]) -> bool:
        """Does a heading open with a claim verb as an imperative, with a remedy as its
        instrument ("Dissolve Gallstones With This Simple Juice", "Get Rid of Warts
        Overnight Using These Herbs")? The headline sells the remedy's result; "Heal
        Faster With Care" names no remedy, and a treatment ("... With Surgery") is
        clinical. (Change verbs such as "relieve" stay out: "Relieve Heartburn With These
        Foods" is self-care advice.)"""
        if before:
            return False
        for i, word in enumerate(after[:6]):
            if word in self.remedy_manners or after[i : i + 2] == ["at", "home"]:
                # "Cure Ear Infections, Naturally", "Reverse Diabetes at Home": the manner
                # of a home remedy; a clinical headline names a treatment instead
                # ("Cure Rates Naturally Vary": a noun)
                return not (self._clinical(after[:6]) or NOUN_FOLLOWERS.intersection(after[:1]))
            if word in CLAUSE_MARKS:
                if word == "," and after[i + 1 : i + 2] and after[i + 1] in self.remedy_manners:
                    continue  # "Cure Ear Infections, Naturally"
                return False
            if word in ("with", "using", "by"):
                instrument = after[i + 1 : i + 7]
                return self._product(instrument) and not self._clinical(instrument)
        return False

    def _cured_by_remedy(self, after: list[str]) -> bool:
        """Is the means of a declared cure a remedy ("Psoriasis can be cured with
        homeopathy", "Graves Disease is Curable Naturally", "AS is curable in Ayurveda",
        "can be cured by this regimen")? A remedy manner right after the predicate, or a
        "with/by/using/through/in" phrase in its clause that names a remedy or the page's
        product (``_product``) and no clinical treatment or medicine class ("is curable with
        antiviral medicines", "can be cured with an antifungal cream" stay clinical: a word
        that opens with one of ``medicine_prefixes`` names a medicine's class). The remedy is
        then what is promised."""
        for i, word in enumerate(after[:4]):
            if word in CLAUSE_MARKS:
                return False
            if word in self.remedy_manners or after[i : i + 2] == ["at", "home"]:
                return not self._clinical(after[:8])
            if word in ("with", "by", "using", "through", "in"):
                means = list(takewhile(lambda w: w not in CLAUSE_MARKS, after[i + 1 : i + 7]))
                medicine = any(self._class_word(w) for w in means)
                return self._product(means) and not self._clinical(means) and not medicine
        return False

    def _unsought(self, scope: list[str]) -> list[str]:
        """The clause without a search word that a future names as a result ("you will
        certainly find an improvement in your health by adding this wonder food"): found,
        not sought, so it hedges nothing; "hope to find" and "trying to find" stay, and so
        does a search for the match itself ("we will find the miracle cure one day")."""
        return [
            w
            for i, w in enumerate(scope)
            if not (
                w in self.search_words
                and RESULT_MODALS.intersection(scope[max(0, i - 2) : i])
                and i < len(scope) - 3
            )
        ]

    def _complete_infinitive(self, before: list[str], clause: list[str]) -> bool:
        """Is the verb an infinitive made complete by its adverbs ("the means to truly and
        completely cure malignant tumors", "the way to permanently reverse it")? A complete
        cure is then promised as reachable; not when the clause makes it hard, sought or
        negated ("it is difficult for the medication to completely eliminate them", "no
        way to completely cure it")."""
        words = list(before)
        adverbs: list[str] = []
        while words[-1:] and (
            words[-1] == "and" or (words[-1].endswith("ly") and len(words[-1]) > 4)
        ):
            adverbs.append(words.pop())
        if words[-1:] != ["to"] or self.completeness.isdisjoint(adverbs):
            return False
        blockers = NEGATIONS | self.unsettled_words | self.search_words | self.hedges
        return blockers.isdisjoint(clause)

    @staticmethod
    def _shared_passive(before: list[str]) -> list[str]:
        """The words before a verb, without adverbs in "-ly" and without participles
        coordinated with it, so that a passive shared by a list is seen ("other factors
        need to be considered and remedied or eliminated": "eliminated" is a passive too)."""
        words = [w for w in before if not (w.endswith("ly") and len(w) > 4)]
        while words[-1:] and words[-1] in ("and", "or", ",") and words[-2:-1]:
            if not words[-2].endswith("ed"):
                break
            words = words[:-2]
        return words

    def _writer_promise(self, before: list[str]) -> bool:
        """Does the writer promise what follows ("there was one thing I could promise them:
        ... his headaches would go away within a few weeks", "we guarantee that ...")? A
        first-person subject, an optional modal, a promise verb, not negated ("I cannot
        promise that ..."). The promise makes the result certain: a modal after it
        ("would go away") no longer hedges."""
        for i, word in enumerate(before):
            if word not in self.promise_verbs:
                continue
            subject = (
                before[i - 2 : i - 1]
                if before[i - 1 : i] in ([[m] for m in self.auxiliaries])
                else before[i - 1 : i]
            )
            if (
                subject
                and subject[0] in self.first_person
                and NEGATIONS.isdisjoint(before[max(0, i - 3) : i])
            ):
                return True
        return False

    def _testimony_heading(self, before: list[str], after: list[str]) -> bool:
        """Does a heading tell how the writer made a condition go away with a remedy ("How I
        beat skin cancer with herbs", "We Cured Our Eczema Using This Oil")? A first-person
        subject, after an optional "how", right before the verb, and a remedy as its
        instrument; "How I Beat the Odds With Family Support" names no remedy."""
        subject = before[1:] if before[:1] == ["how"] else before
        if len(subject) != 1 or subject[0] not in self.first_person:
            return False
        return self._remedy_instrument([], after)

    def _sold_help(self, clause: list[str]) -> bool:
        """Does a help word stand right before the claim verb ("help cure", "helps to
        cure") with a remedy or the page's product as the clause's subject ("herbal
        remedies that help cure depression")? Then it sells the cure rather than hedging
        it; "cytokines help heal the body" and "treatment may help cure" stay hedged."""
        words = clause[:-1] if clause[-1:] == ["to"] else clause
        if not words or words[-1] not in self.helping_words:
            return False
        subject = words[:-1]
        return (
            self._product(subject)
            and not self._clinical(subject)
            and not self.hedges.intersection(subject)
        )

    @staticmethod
    def _counted_existence(scope: list[str]) -> bool:
        """Does a quantifier right before a nominal count the cures an existence sentence
        says there are ("There are many natural cures for X", "there exist several
        miracle herbs")? It counts them, it hedges nothing; "there is no natural cure"
        is negated (checked before), and "many people" elsewhere still hedges."""
        return (
            len(scope) >= 3
            and scope[-3] == "there"
            and scope[-2] in ("are", "is", "exist", "exists", "were")
            and scope[-1] in ("many", "some", "several")
        )

    def _plural_remedy(self, clause: list[str]) -> bool:
        """Is the subject of a base form ("cure") a plural remedy or product, so that the
        base form is a verb agreeing with it: right before it ("these herbs cure malaria"),
        through a relative ("herbs which cure ..."), or through a base verb coordinated
        with it ("herbs which quieten and cure ...")? Not a treatment ("antibiotics cure
        most strep throats" is clinical), not a hedged subject, and a noun after a singular
        ("the search for a diabetes cure") is no verb."""
        words = list(clause)
        if len(words) > 2 and words[-1] in ("and", "or") and words[-2].isalpha():
            if words[-2].endswith("s"):
                return False  # "herbs and cure": a noun list, not a verb coordinated
            words = words[:-2]
        if words[-1:] in (["which"], ["that"]):
            words = words[:-1]
        if not words or not plural(words[-1]):
            return False
        subject = own_clause(words)[-4:]
        return (
            self._remedy(subject)
            and not self._clinical(subject)
            and not self.hedges.intersection(subject)
        )

    def _remedy_means(self, before: list[str]) -> bool:
        """Does the sentence open with a remedy as the means ("By following a simple cleanse
        program, you ...", "With our drops, ...", "Using this tea, ...")? What the
        sentence then says goes away, the remedy promises; "By the age of 5, most children
        ..." names no remedy, and a treatment ("With surgery, ...") is clinical."""
        if before[:1] not in (["by"], ["with"], ["using"], ["through"]):
            return False
        end = next((i for i, w in enumerate(before) if w in CLAUSE_MARKS), len(before))
        phrase = before[:end]
        if end == len(before) or self._clinical(phrase):
            return False
        return self._product(phrase)

    def _finite(self, before: list[str], sentence: list[str]) -> bool:
        """A base form ("reverse") is a claim verb after an auxiliary ("will reverse"),
        after a plural subject ("ginger shots reverse ..."), or as an imperative with an
        absolute ("Reverse your diabetes in 30 days")."""
        if not before:
            return self._has_absolute(sentence)
        last = before[-1]
        if last in self.auxiliaries:
            return True
        return plural(last)

    def _personal_or_absolute(self, before: list[str], sentence: list[str]) -> bool:
        return bool(self.first_person.intersection(sentence)) or self._has_absolute(sentence)

    def _natural_course(
        self, mention: Mention, before: list[str], after: list[str], sentence: list[str]
    ) -> bool:
        """Is a healing verb said of the problem itself, with no remedy anywhere in the
        sentence ("Within a couple of days, your friction blister will heal", "Wet wounds
        healed after six days")? A wound or a condition that heals by itself is a prognosis,
        not a promise: the verb has no object (``course_verbs`` followed by a time, a manner or
        the end of the clause, ``course_followers``), the sentence names no remedy or product,
        and it promises no lasting or complete result ("for good", "completely"). "Pouring
        honey on it will heal it" and "heals faster with our gel" stay claims."""
        if mention.text.lower().split()[0] not in self.course_verbs:
            return False
        if after[:1] and after[0] not in self.course_followers:
            return False
        if self._remedy(sentence) or self.remedy_modifiers.intersection(sentence):
            return False
        return not self._has_absolute(sentence, self.result_absolutes)

    def _lasting_after(self, after: list[str]) -> bool:
        """Does a lasting or complete result (``result_absolutes``) follow the verb, not
        negated ("cure hay fever permanently"; not "... is not entirely true")?"""
        text = _numbers_read(after)
        for phrase in self.result_absolutes:
            at = text.find(f" {phrase} ")
            if at != -1 and text[:at].split()[-1:] not in (["not"], ["never"], ["n't"]):
                return True
        return False

    def _has_absolute(
        self, sentence: Sequence[str], phrases: tuple[str, ...] | None = None
    ) -> bool:
        """Does the sentence promise an absolute ("for good", "in 30 days", "100%"), one of
        ``phrases`` when given? Numbers read as "#"."""
        text = _numbers_read(sentence)
        wanted = self.absolutes if phrases is None else phrases
        return any(f" {phrase} " in text for phrase in wanted)

    def _asserted(
        self, mention: Mention, before: list[str], after: list[str], sentence: list[str]
    ) -> bool:
        """Is a claim verb asserted, not a clinical statement? "can cure some early
        cancers" (a hedge; checked by the caller), "treatment is given to cure the cancer",
        "can be cured if found early", "reduce or eliminate" are not claims."""
        before = self._manner_skipped(before)  # "will easily cure": the verb after "will"
        clause = clause_before(before)
        head = mention.text.lower().split()[0]
        if head.endswith("ing") and head not in self.needs_absolute:
            # "work wonderfully in healing this skin disease", "did indeed live, curing
            # their cancer", "rebuilds cartilage, thereby eliminating the source of pain"
            return (
                self._worked_in(before)
                or self._result_participle(before, after)
                or self._result_linked(before)
            )
        if head in self.needs_absolute:
            if how_to(clause, self.how_to_nouns):
                # the page's goal ("How to Get Rid of Chapped Lips Overnight"), promised
                # only by a lasting or complete result ("how to get rid of acne for good")
                return self._has_absolute(sentence, self.result_absolutes)
            # "it may disappear on its own" is no claim; "my tumors are gone" is, and so is
            # "By following a simple cleanse program, you can get rid of it"
            return (
                self._has_absolute(sentence)
                or bool(self.completeness.intersection(sentence))
                or bool(self.first_person.intersection(clause))
                or self._remedy_means(before)
                or self._writer_promise(before)
            )
        if mention.text.lower() == "cure" and self._existing_cure(before, after):
            return True  # "The arthritis cure comes from borax", "you have the cure at home"
        if self.hedges.intersection(after[:4]) and after[:1] != ["your"]:
            return False  # "... can cure some early cancers"
        if self._clinical(before):
            return False  # "surgery cured ...", "the mutation eliminates the function of ..."
        if after[:1] and after[0] in NOUN_FOLLOWERS:
            return False  # "anecdotal cures have been reported": a noun
        if self.non_claim_objects.intersection(after[:3]):
            return False  # "eliminates the need for", "eliminated the recommendation"
        if self._offered(before, sentence):
            return True  # "home remedies are available to cure this disease"
        strong = self._has_absolute(sentence)
        agent = self._remedy_agent(after)
        if after[:1] and after[0] in ARTICLES and not strong:
            return False  # a condition is named bare or as "your X": "cures leg cramps"
        if head in self.past_forms and not (
            strong
            or agent
            or (after[:1] and after[0] in self.possessives)
            or self.first_person.intersection(before)
        ):
            return False  # "cured meats", "SIOPEN eliminated IL-2"; not "cured my psoriasis"
        if self._complete_infinitive(before, clause):
            return True  # "which is the means to truly and completely cure malignant tumors"
        if before[-1:] == ["to"] and self._lasting_after(after):
            # the lasting result promised after the verb, as before it: "How to Cure Migraine
            # Permanently", "ways to heal leaky gut for good" (round 34, C34)
            return True
        if head in self.auxiliary_only and self._named_cure(before):
            return True  # "Try fish oil, the ADHD cure"
        sold = self._sold_help(clause)  # "these herbs help cure": a verb after "help"
        if (
            head in self.auxiliary_only
            and not (before[-1:] and before[-1] in self.auxiliaries)
            and not sold
            and not self._plural_remedy(clause)
        ):
            return False  # "cure" is a verb after "will" or "can"; "the only cure" is a noun
        if head in self.base_forms and not (sold or self._finite(before, sentence)):
            return False  # "reverse transcription", "eliminate water sources"
        if before[-1:] and before[-1] in DETERMINERS:
            return False  # "the cures", "bogus cures": a noun
        if (
            before[-1:] == ["to"]
            and before[-2:-1] != ["proven"]
            and not self._sold_help(clause_before(before))
        ):
            return False  # "given to cure"; not "these herbs help to cure"
        passive = self._shared_passive(before)[-1:]
        if passive and passive[0] in PASSIVE and not (strong or agent):
            return False  # "can be cured", "the need for an examination is eliminated"
        window = before[-6:] + after[:3]  # "to treat, prevent, and ultimately cure them"
        if head.endswith("s") and self._product(clause) and not self.hedges.intersection(clause):
            return True  # "a detox program that prevents cancer ... and thus cures it"
        return not (self.coordinated.intersection(window) and {"or", "and", ","} & set(window))


def _own_titles(document: d.Document) -> list[str]:
    """The page's title and first main H1 (``titles``), without a title the parser took from
    a heading below H1 when the page declares none ("## Beware of cheap imitations" under a
    page with no front matter and no H1 is a section, not the page's subject)."""
    declared = document.meta(d.TITLE) is not None
    return [
        text
        for where, text, _at in titles(document)
        if declared
        or where != "the title"
        or any(s.level == 1 and s.heading == text for s in document.sections)
    ]
