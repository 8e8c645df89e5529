"""MED301: a dose the reader is told to take, with no label, pharmacist or doctor caveat.

A dose is recognised by the shape of its sentence, not by a list of medicines:

* an amount with a unit ("0.5 mL", "50,000 IU", "2 capsules", ".4 ml": the span quoted in
  the message is the source's, so a leading decimal point is never dropped);
* said as an instruction to the reader: an administration verb opening the sentence or one
  of its clauses ("Take ...", "If it hurts, rub 3 drops ..."), a modal instruction
  ("children can receive 25 mg", "you should take", "they should take"), a recommendation
  ("CDC recommends ... 4 mg per day"), a dose statement ("The dose for toddlers is 2.5 mL
  every 6 hours"), or a dose-table row or label line ("Adults: 2 capsules, 3 times daily",
  "2 tablets every 4 hours"); on remedy, forum and supplement pages, a remedy prepared and
  drunk ("Stir 1 Tbsp. Epsom salt into water and drink it"), a regimen ("then begin with
  25 mcg", "try to take 20 mg"), an instruction after a list marker, a step label or a dash,
  an amount with how often it is taken as a participle ("2 teaspoons per cup, taken three
  times a day"), or a labelled amount under a directions heading or lead-in ("Suggested
  use" / "Adult: 40 drops");
* and not reported (trials, participants, "were given"), professional (per kilogram or
  square metre, intravenous, "orally"; a prescriber's wording, "patients must take",
  "titrate", "the starting dose"; a range wide enough to titrate within, its top at least
  four times its bottom, "25-300 mg"; "orally" unless told to the reader; a table row or
  dosage heading on a page for clinicians), dietary (sodium, intake, salt that no name
  makes a remedy's, water by volume), or managed by the doctor ("your doctor will start you
  on 5 mg").

A caveat (the label, "as prescribed", a maximum, asking a pharmacist or doctor) in the
same or an adjacent sentence or in the same section clears it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import ClassVar

from medlint.checks.helpseeking import list_lead_in
from medlint.context import DISCOURAGED, NEGATED, REPORTED
from medlint.document import Document
from medlint.kinds import Context, fmt, patterns_of
from medlint.model import Finding
from medlint.nlp import Analysis, Label, PatternBank
from medlint.optionschema import Schema, integer, lexicons, options, strings, values
from medlint.quickscan import gated, leading, literal_gate, scan_from, scan_lowered
from medlint.ruleset import RuleSpec

_UNITS = (
    r"mg|mcg|µg|ug|micrograms?|milligrams?|g|grams?|ml|mL|millilit(?:er|re)s?|IU|iu|units?"
    r"|tablets?|capsules?|caps|pills?|puffs?|sprays?|pumps?|sachets?|drops?|lozenges?"
    r"|patch(?:es)?|gumm(?:y|ies)|teaspoons?|tsp|tablespoons?|tbsp|spoonfuls?|scoops?"
    r"|teaspoonfuls?|tablespoonfuls?|dropperfuls?|droppers?|pellets?|granules?|oz|ounces?"
    # household measures of a tea, tincture or juice: "¼ to ½ cup every hour"
    r"|cups?|glass(?:es)?|mugs?"
    # a recipe's capitalised spoons: "1 Tbsp.", "2 Tsp"
    r"|(?i:tbsp|tsp|tablespoons?|teaspoons?)"
)
# "0.5 mL", ".4 ml", "50,000 IU", "25-50 mg"; not "1/4 teaspoon" (a recipe fraction), not
# "126 mg/dL" (a laboratory value) and not "3 mg/kg" (a weight-based professional dose).
_NUMBER = r"\d+(?:-|\s)\d/\d{1,2}(?!\d)|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+|\d*[¼½¾⅓⅔⅛]"
# A range's dash: a hyphen, an en dash, a non-breaking hyphen ("1‑2 teaspoons").
_DASH = r"-|–|‑"
_COUNTED = (
    r"tablets?|capsules?|pills?|puffs?|sprays?|pumps?|drops?|lozenges?|sachets?|gummies"
    r"|pellets?|dropperfuls?"
)
# "2 loperamide capsules": a counted form may follow one or two words naming the medicine.
_NAMING = r"\s(?!(?:years?|months?|weeks?|days?|hours?|times|or|to|and)\b)[a-z][\w-]*"
# An amount in words, of a counted or spooned form: "two capsules", "one, two or three
# teaspoonfuls", "half a teaspoon" (not "two grams": measured units are written in digits).
_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|half an?|a single"
_WORD_UNITS = (
    rf"{_COUNTED}|capsules?|teaspoons?|teaspoonfuls?|tablespoons?|tablespoonfuls?|tsp|tbsp"
)
_AMOUNT_IN_FIGURES = (
    rf"(?<![\w./,¼½¾⅓⅔⅛])(?:{_NUMBER})(?:\s?(?:{_DASH}|to|or)\s?(?:{_NUMBER}))?"
    rf"(?:\s?(?:{_UNITS})|(?:{_NAMING}){{1,2}}\s(?:{_COUNTED}))\b(?!\s*/)"
)
_AMOUNT_IN_WORDS = (
    rf"(?<![\w./,-])(?i:{_WORDS})(?:\s(?:-|–|to|or)\s(?i:{_WORDS}))?\s(?i:{_WORD_UNITS})\b"
)
DOSE = re.compile(f"{_AMOUNT_IN_FIGURES}|{_AMOUNT_IN_WORDS}")
# An amount told relative to another dose: "half this amount", "a quarter of the adult
# dose", "half dosages", "double the dose".
RELATIVE = re.compile(
    r"\b(?:half|a\s+quarter|a\s+third|double|twice)\s+(?:of\s+)?(?:this|that|the|an?)?\s*"
    r"(?:adult\s+|usual\s+|normal\s+|recommended\s+)?(?:amount|dose|dosage)s?\b"
    r"|\bhalf[- ]dos(?:e|age)s?\b",
    re.I,
)
# Both are scanned over the whole text: a look-ahead of their first characters, the
# scoped (?i:...) words' folded as the pattern folds them (medlint.quickscan; same matches).
DOSE = leading(DOSE)
RELATIVE = gated(leading(RELATIVE))  # and skipped on a text without "dose" or "amount"
# Most pages hold no amount in words: none of its units ("two capsules", "half a
# teaspoon") is in their text (``_IN_WORDS``, the literals every such amount holds). There
# an amount is one in figures, and one starts only where a figure (a digit, a decimal
# point, a fraction) starts that follows none of the characters its look-behind refuses:
# ``_FIGURE`` finds those places by ``re``'s quick scan for a leading class, and DOSE is
# tried at them only (``quickscan.scan_from``), instead of at every character.
_IN_WORDS = literal_gate(re.compile(_AMOUNT_IN_WORDS))
_FIGURE = re.compile(r"[\d.¼½¾⅓⅔⅛](?<![\w./,¼½¾⅓⅔⅛].)")
_ASCII_FIGURE = re.compile(r"[0-9.¼½¾⅓⅔⅛](?<![\w./,¼½¾⅓⅔⅛].)")  # \d's ASCII digits


# Where the text may hold an amount in words, DOSE is tried where a figure or one of
# _WORDS starts, read in the lowercased text (``quickscan.lowered``, which the gate has
# made): a figure and the characters its look-behinds refuse are their own lowercase, a
# word's letters lowercase to the letters (?i:...) matches them with, and no character is
# a word character unless its lowercase is (tests/test_quick_round30c.py sweeps Unicode).
_DOSE_PLACES = re.compile(
    r"[\d.¼½¾⅓⅔⅛](?<![\w./,¼½¾⅓⅔⅛].)"
    r"|(?:o(?=ne)|t(?=wo|hree|en)|f(?=our|ive)|s(?=ix|even)|e(?=ight)|n(?=ine)|h(?=alf a)"
    r"|a(?= single))(?<![\w./,-].)"
)


def amounts_in(text: str) -> Iterator[re.Match[str]]:
    """``DOSE.finditer(text)``, tried only where a figure starts when the text holds no
    amount in words, else where a figure or a number word starts in the lowercased text
    (the same matches: tests/test_quick_scans.py, tests/test_quick_round30c.py)."""
    if _IN_WORDS is None or _IN_WORDS.passes(text):
        return scan_lowered(DOSE, _DOSE_PLACES, text)
    return scan_from(DOSE, _ASCII_FIGURE if text.isascii() else _FIGURE, text)


_VERBS = (
    r"take|swallow|chew|use|apply|rub|put|place|give|drink|have|mix|inhale|spray|dissolve"
    r"|add|insert|massage|sip|dose|dilute|stir|consume|gargle|sprinkle|steep|inject"
)
# A regimen the reader follows, as forums and remedy pages set it out: "begin with 25 mcg",
# "build up by taking 25 mcg more", "increase to 50 mg", "continue until you're on 20 mcg".
_REGIMEN = (
    r"(?:begin|start)(?:\s+(?:off|out))?\s+(?:with|on|at)|build\s+up|work\s+up|step\s+(?:up|down)"
    r"|(?:increase|decrease|reduce|lower|raise|go\s+up|go\s+down|drop|cut(?:\s+back)?|go|move"
    r"|switch)"
    r"(?:\s+(?:it|the\s+dose|your\s+dose))?\s+(?:to|by)|add\s+in|continue|stay\s+on|hold\s+at"
)
# Where an instruction opens: the sentence (after a list marker, "1)", "Step 2:"), a clause
# (after a comma, a colon with or without its space, a dash), or "then", "just", "try to".
_OPENER = (
    r"(?:^\W*(?:\(?\d{1,2}[.)]\s*|step\s*\d+\s*[:.)-]?\s*)?|[,;:]\s*|\s?[—–]\s?|\bthen\s+"
    r"|\bjust\s+|\balways\s+|\bsimply\s+"
    # an instruction with a reminder: "Be sure to drink ...", "remember to take ..."
    r"|\b(?:be\s+sure|make\s+sure|remember|don't\s+forget|do\s+not\s+forget)\s+to\s+"
    # a capitalised verb after a run-on label ("Key Takeaways Apply one drop ...")
    # (not a word that is also a noun: "One Dose = 1-3 pellets")
    r"|(?<=(?-i:[a-z])\s)(?-i:(?=[A-Z][a-z])(?!(?:Dose|Use|Have|Spray|Drink|Mix|Rub)\b)))"
    r"(?:try\s+(?:to\s+)?)?"
)
# An administration or regimen verb opening the sentence or a clause: "Take ...", "If ...,
# rub 3 drops ...", "Step 1:Take ...", "try to take 20 mg", "then begin with 25 mcg".
_IMPERATIVE = re.compile(rf"{_OPENER}(?:{_VERBS}|{_REGIMEN})\b", re.I)
# A modal instruction, whoever it names: "you should take", "children can receive 25 mg",
# "they should take only moderate doses", "you can start with 25 mcg".
_MODAL = re.compile(
    r"\b(?:should|must|can|may|might|need to|needs to|ought to|have to|has to|try to)\s+"
    # an adverb between: "you can certainly go to 2 capsules"
    r"(?:also\s+|only\s+|instead\s+|then\s+|(?:certainly|simply|gradually|slowly|easily"
    r"|usually|normally|generally|typically)\s+)?"
    rf"(?:{_VERBS}|{_REGIMEN}|receive|get|be taken|be given|be used|be applied)\b",
    re.I,
)
# An amount said with how often it is taken, as a participle: "2 teaspoons per cup, taken
# up to three times a day", "1 gram taken every morning and evening".
_TAKEN = re.compile(r"\b(?:taken|used|applied|placed|put|rubbed|dropped|sprayed|inhaled)\b", re.I)
# How far after the participle its frequency may stand: "placed in the affected ear before
# sleep", "taken orally on an empty stomach".
_TAKEN_REACH = 40
# A reader group as the subject of a present-tense administration verb, as on a label or a
# product page: "Adults take 2 capsules a day", "Pregnant women take ...", "Teens use ...".
_GROUP = re.compile(
    r"(?:^|[,;:]\s+)(?:\w+\s+)?(?:adults?|children|kids|teens|teenagers|infants|babies"
    rf"|toddlers|women|men|everyone|users)\s+(?:{_VERBS})\b",
    re.I,
)
# The generic reader as the subject of a protocol's step: "one takes three drops ...",
# "one is supposed to take 25 drops", "you are meant to take 2 capsules"; not "no one takes".
_GENERIC = re.compile(
    r"(?<!\bno )(?<!\bevery )(?<!\bany )\bone\s+"
    r"(?:(?:(?:is|was)\s+(?:supposed|meant|told|advised|expected)\s+to|should|must)\s+"
    rf"(?:{_VERBS})|(?:takes|swallows|chews|uses|applies|rubs|puts|places|gives|drinks|mixes"
    r"|inhales|sprays|dissolves|adds|inserts|massages|sips|dilutes|stirs|gargles|injects))\b"
    r"|\byou(?:'re|\s+are)\s+(?:supposed|meant|advised|expected)\s+to\s+"
    rf"(?:{_VERBS})\b",
    re.I,
)
_RECOMMEND = re.compile(
    r"\b(?:recommend|suggest)(?:s|ed|ation|ion)?\b"
    r"|\bthe (?:recommended|usual|right) dos(?:e|age)\b",
    re.I,
)
# "The dose for toddlers is ...", "a dose of 6-12 drops", "A typical dosage is 2 teaspoons";
# up to three words may stand between the determiner and the noun ("a standard suggested
# adult dosage").
_DOSE_STATEMENT = re.compile(
    r"\b(?:the|a|one|your) (?:[\w-]+ ){0,3}dos(?:e|age)\b[^.;]{0,40}?\b(?:is|of)\b", re.I
)
_FREQUENCY = re.compile(
    r"\b(?:daily|a day|per day|each day|every (?:\d|other|morning|night|evening|day|hour|meal)"
    r"|each (?:morning|night|evening)|twice|three times|four times|once|at (?:bedtime|night)"
    r"|before (?:bed|breakfast|meals?)|after (?:every |each )?(?:meals?|breakfast)"
    r"|with (?:meals|food)|an hour before|weekly|a week|hourly|in the (?:morning|evening)"
    r"|an hour|\d+x\s?/\s?day|\d+ times|on an empty stomach|before (?:sleep|bedtime)"
    r"|(?:per|each) week)\b",
    re.I,
)
# A table row or label line: "Adults: 2 capsules, 3 times daily", "2 tablets every 4 hours".
_ROW_LABEL = re.compile(
    r"^(?:adults?|children|kids|teens|infants|babies|toddlers|ages?|\d+\s*(?:-|–|to)\s*\d+"
    r"|under \d+|over \d+)\b(?:[^:]{0,30}:)?\s*",
    re.I,
)
# Not an instruction to the reader: research, professional regimens, diet, the doctor's job.
_REPORTED = re.compile(
    r"\b(?:trials?|study|studies|participants|subjects|randomi[sz]ed|cohort|placebo"
    r"|were given|was given|received|receiving|dose[- ]escalation|phase (?:i{1,3}|[123])"
    r"|patients (?:who|were|with|in)|took|was taken|were treated|was administered"
    # hearsay about a dose: "are reported to be safe when the dosage is ..."
    r"|(?:is|are) (?:reported|said|thought|believed) to)\b",
    re.I,
)
_PROFESSIONAL = re.compile(
    r"/\s?(?:kg|m2|m²)\b|\b(?i:per|every|each|a|for\s+(?:every|each))\s+(?:\d+\s+)?"
    r"(?i:kilo(?:gram)?s?|kg|pounds?|lbs?)\s+of\s+(?i:body\s*weight|weight)\b"
    r"|\b(?:intravenous(?:ly)?|IV|IM|subcutaneous(?:ly)?|intramuscular(?:ly)?"
    r"|infusion|bolus|regimen|cycles?|loading dose)\b"
)
# "orally" in a prescriber's shorthand ("100 mg orally twice daily", "can be given orally")
# is professional; told to the reader ("take two teaspoonfuls orally") it is the label's.
_ORALLY = re.compile(r"(?<!taken )\borally\b", re.I)
# A prescriber's wording: "Patients must take 25-300 mg ...", "titrate", "the starting dose".
_PRESCRIBING = re.compile(
    r"\bpatients (?:must|should|may|can|need to|are to)\b|\btitrat(?:e|ed|ion)\b"
    r"|\b(?:starting|initial|maintenance|target) dos(?:e|age)\b",
    re.I,
)
# A dose range of a measured unit: "25-300 mg", "10 to 80 mg".
_RANGE = re.compile(
    rf"(?<![\w./,])({_NUMBER})\s?(?:{_DASH}|to)\s?({_NUMBER})\s?"
    r"(?:mg|mcg|µg|ug|micrograms?|milligrams?|g|grams?|IU|iu|units?)\b"
)
# A range whose top is this many times its bottom is a prescribing range to titrate within,
# not an amount a reader takes ("1-2 tablets", "200-400 mg" are label doses).
PRESCRIBING_RATIO = 4


# A mixed number: "1-1/2", "2 1/2".
_MIXED = re.compile(r"(\d+)(?:-|\s)(\d)/(\d{1,2})")
_FRACTIONS = {"¼": 0.25, "½": 0.5, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}


def _value(number: str) -> float:
    """The value of a written number: "1,500", ".5", "1½", "1-1/2"."""
    number = number.replace(",", "")
    mixed = _MIXED.fullmatch(number)
    if mixed is not None:
        units, top, bottom = (int(part) for part in mixed.groups())
        return units + (top / bottom if bottom else 0.0)
    fraction = _FRACTIONS.get(number[-1:], 0.0)
    whole = number[:-1] if fraction else number
    return (float(whole) if whole else 0.0) + fraction


def prescribing_range(sentence: str) -> bool:
    """Does the sentence give a range wide enough to be titrated by a prescriber?"""
    for low, high in _RANGE.findall(sentence):
        low_value = _value(low)
        high_value = _value(high)
        if low_value > 0 and high_value >= PRESCRIBING_RATIO * low_value:
            return True
    return False


_DIETARY = re.compile(
    r"\b(?:eat|eats|levels?|ratio|excretion|concentrations?|limit|intake|sodium|sugar|caffeine"
    r"|calories|fib(?:er|re)|protein|fat|carbohydrates?|alcohol|serving|contains?|recipe)\b"
    # drinks and foods measured by the cup or glass (not what a dose is mixed into: "Take
    # 3 g of turmeric daily, mixed into warm milk")
    r"|\b(?:cups?|glass(?:es)?|mugs?)\s+of\s+(?:[\w-]+\s+)?(?:coffee|milk|soda|wine|beer"
    r"|fruits?|vegetables?|flour|rice|cereal|broth|yogh?urt)\b",
    re.I,
)
# Salt is food unless a name says which salt it is: "Epsom salt", "rehydration salts".
_SALT = re.compile(r"(?:\b([\w'-]+)\s+)?\bsalts?\b", re.I)
_NAMED_SALTS = frozenset({"rehydration", "bath", "epsom"})


# Cooking: an amount for a dish is a food portion, not a dose.
_COOKING = re.compile(
    r"\b(?:pan|saucepan|skillet|oven|bake|baking|fry|frying|saut[eé]|simmer|roast|marinade"
    r"|sauce|batter|dough|salad|soup|stew|dressing|casserole)\b",
    re.I,
)


def dietary(sentence: str) -> bool:
    """Is the sentence's amount food or drink (a nutrient, an intake, a serving, salt, an
    amount for a dish)?"""
    if _DIETARY.search(sentence) or _COOKING.search(sentence):
        return True
    for found in _SALT.finditer(sentence):
        name = found.group(1) or ""
        named = name[:1].isupper() and found.start() > 0
        if not named and name.lower() not in _NAMED_SALTS:
            return True
    return False


# Water as the amount ("drink 500 ml of water a day") is diet; water to mix a counted or
# spooned dose in ("take 2 tbsp of this in a glass of water") is not.
_WATER = re.compile(
    r"\b(?:glass(?:es)?|cups?|lit(?:er|re)s?|ml|oz|ounces?) of (?:(?:plain|fresh|clean|pure"
    r"|filtered|drinking|tap|bottled|still|warm|cold|cool|lukewarm|hot|room[- ]temperature)\s+)?"
    r"(?:water|fluids?|liquids?)\b",
    re.I,
)
# An amount of drink, in a sentence about water: "64 ounces a day", "2 litres".
_DRINK_VOLUME = re.compile(
    rf"(?:{_NUMBER})(?:\s?(?:{_DASH}|to|or)\s?(?:{_NUMBER}))?\s?(?:oz|ounces?|lit(?:er|re)s?|l)\b",
    re.I,
)
# What a dose is mixed into or taken with: "with 6 ounces of water", "in a glass of water".
_DILUENT = re.compile(
    rf"\b(?:with|in|into|to|in\s+about)\s+(?:a|an|half\s+a|[\d.,½¼¾-]+|{_WORDS}|twelve"
    r"|sixteen|twenty)?\s*$",
    re.I,
)


def water_amount(sentence: str) -> bool:
    """Is an amount of water in the sentence what it is about ("Drink 500 ml of water a
    day"), not what a dose is mixed into ("Dilute 2 ounces of lemon juice with 6 ounces of
    water")?"""
    return any(
        not _DILUENT.search(sentence[max(0, m.start() - 20) : m.start()])
        for m in _WATER.finditer(sentence)
    )


# A volume of something that is no plain drink: "2 ounces of lemon juice", "4 oz of the tea".
_OF_REMEDY = re.compile(
    r"\s+of\s+(?!(?:plain\s+|fresh\s+|the\s+)?(?:water|fluids?|liquids?)\b)\w", re.I
)
_FLUIDS = re.compile(r"\b(?:water|fluids?|liquids?)\b", re.I)
_MEDICINE_UNIT = re.compile(
    # a naming word may stand between: "10 activated drops in each ounce of water"
    rf"\d\s?(?:[a-z][\w-]*\s)?(?:{_COUNTED}|teaspoons?|tsp|tablespoons?|tbsp|teaspoonfuls?)\b",
    re.I,
)
_DOCTOR_MANAGED = re.compile(
    r"\b(?:your|the) (?:doctor|gp|prescriber|nurse|pharmacist|care team)\b[^.;]{0,30}?"
    r"\b(?:will|may|might|can|could|usually|often)\b",
    re.I,
)


# A dose told by its frequency alone, after an administration verb told to the reader
# ("Drink this mixture two times a day", "Add more to the cotton ball every 2 or 3 hours",
# "you can repeat every 15 minutes"), or after a "Dose:" label ("Dose: Every 4 hours until
# symptoms improve"): how often to take a remedy is a dose instruction even with no amount.
_TIMES = r"\d+|one|two|three|four|five|six|eight|ten|twelve|½|half an?|a couple of|a few"
_DOSING_FREQUENCY = (
    rf"(?:{_TIMES}|once|twice)\s+times?\s+(?:(?:a|per|each|every)\s+(?:day|week)|daily"
    # "repeat 4-5 times throughout the day"
    r"|(?:throughout|during|over|in)\s+(?:the|a)\s+day)"
    r"|(?:once|twice|thrice)\s+(?:a|per|each)\s+day|(?:once|twice|three times|four times) daily"
    rf"|every\s+(?:(?:{_TIMES})(?:\s*(?:or|to|-|–)\s*\d+)?\s+)?"
    r"(?:hours?|minutes?|seconds?|half hour)"
    # once a day in words, not as an adjective ("daily tasks"): "take the mixture daily
    # before each meal", "Take one dose in the morning and evening"
    r"|(?:daily|every day|each day)(?=\s*(?:$|[,.;:!)]|before\b|after\b|with\b|for\b|at\b"
    r"|until\b|in\b|on\b|and\b))"
    r"|(?:before|after|with) (?:each|every) meal"
    r"|(?:in the )?morning and (?:in the )?(?:evening|night)"
)
# How long the object between the verb and its frequency may be: "apply a thin layer of the
# coconut oil or coconut lotion bars on the affected skins 3 to 4 times a day".
_OBJECT_REACH = 90
_FREQUENCY_DOSE = re.compile(
    r"(?:(?:^|[,;:(]\s*|\bthen\s+|\band\s+|\bjust\s+|\bsimply\s+"
    r"|\byou\s+(?:can|should|may|must)\s+"
    # the reader named in the third person: "The patient needs to apply ... 3 to 4 times a
    # day", "the sufferer should rub ..."
    r"|\bthe\s+(?:patient|sufferer|person|child|user)\s+(?:can|should|may|must|needs\s+to"
    r"|has\s+to|ought\s+to)\s+)"
    r"(?:take|drink|swallow|chew|give|apply|sip|repeat|gargle|rub|massage|add|dose)\b"
    # a label's passive: "All doses should be taken 3 times daily"
    r"|\b(?:should|must)\s+be\s+(?:taken|applied)\b)"
    rf"(?P<object>[^.;!?]{{0,{_OBJECT_REACH}}}?)\b(?P<frequency>{_DOSING_FREQUENCY})\b"
    rf"|^\W*dos(?:e|age)\s*:\s*(?P<object2>)(?P<frequency2>{_DOSING_FREQUENCY})\b",
    re.I,
)
# What a frequency is often about that is no dose: drinking water, feeding a baby, sunscreen,
# a break or a meal (in the verb's phrase), or the care of teeth and skin (in the sentence:
# "Apply fluoride gel once a day at bedtime, after cleaning the teeth").
_NOT_A_DOSE = re.compile(
    r"\b(?:water|fluids?|liquids?|milk|plenty|sunscreen|sunblock|moisturi[sz]ers?|feeds?"
    r"|feeding|breast|bottles?|formula|meals?|snacks?|break|breaks|rest|naps?|walks?|baths?"
    r"|showers?|exercises?|stretch(?:es)?|longer|time|prescribed)\b",
    re.I,
)
_HYGIENE = re.compile(
    r"\b(?:teeth|tooth|toothpaste|gums|floss(?:ing)?|mouthwash|shampoo|soap|skin ?care)\b", re.I
)


# A frequency in day words (see _daily).
_DAY_WORDS = re.compile(r"(?:daily|every day|each day|in the morning|morning)\b", re.I)


def _daily(found: re.Match[str]) -> bool:
    """Is a frequency in day words ("daily", "every day") a dose: said to the reader in an
    imperative, of an object that is not the reader's own medicine? "You must take
    immunosuppressants every day for as long as ..." and "take your medicine every day"
    ask for adherence to a prescription; "Take each day one at a time" has no object."""
    obj = (found.group("object") or "").strip(" ,").lower()
    opener = found.group(0).lstrip(" ,;:(").lower()
    if _SERVING.fullmatch(obj):
        return False  # "buy orange juice ... and drink a glass every day": a drink's serving
    return bool(obj) and not obj.startswith("your ") and not opener.startswith("you ")


# A bare serving as the object of a daily habit ("drink a glass every day", "have a cup
# each day"): a drink or a food, named elsewhere, taken as diet; a remedy's dose names what
# is taken or how often in hours ("drink a cup every two hours" stays a dose).
_SERVING = re.compile(
    r"(?:a|an|one|two|a\s+(?:full|large|small|big|tall))\s+(?:glass|cup|mug|bottle|can|pint"
    r"|serving|bowl|piece|slice|handful|portion|helping)(?:ful)?s?",
    re.I,
)


# A word every ``_DOSING_FREQUENCY`` match holds: "time(s)", "once", "twice", "thrice",
# "daily", "every", "each", "meal", "morning". An ASCII sentence without one, in any case,
# has no frequency dose, so it is not scanned with ``_FREQUENCY_DOSE``, whose verb
# alternatives are tried at every word (tests/test_prefilter.py). Other text is always
# scanned: ``re.I`` also matches "ı" and "İ" to "i", which ``str.lower`` does not.
_FREQUENCY_WORDS = ("time", "once", "twice", "thrice", "daily", "every", "each", "meal", "morning")


def may_be_frequency(sentence: str) -> bool:
    """False only when ``_FREQUENCY_DOSE`` cannot match the sentence."""
    if not sentence.isascii():
        return True
    lower = sentence.lower()
    return any(word in lower for word in _FREQUENCY_WORDS)


def frequency_sentences(text: str, sentences: Sequence[tuple[int, int]]) -> Iterable[int]:
    """The indices, in order, of the ``sentences`` (spans of ``text``, in order and not
    overlapping) whose text passes :func:`may_be_frequency`: for an ASCII text (whose
    ``lower`` maps each character to one), those holding an occurrence of a frequency word
    in the lower-cased text; for any other, all of them."""
    if not text.isascii():
        return range(len(sentences))
    lower = text.lower()
    starts = [start for start, _ in sentences]
    found: set[int] = set()
    for word in _FREQUENCY_WORDS:
        at = lower.find(word)
        while at != -1:
            index = bisect.bisect_right(starts, at) - 1
            if index >= 0 and at + len(word) <= sentences[index][1]:
                found.add(index)
            at = lower.find(word, at + 1)
    return sorted(found)


def frequency_dose(sentence: str) -> tuple[int, int] | None:
    """Where a sentence tells the reader how often to take a remedy with no amount ("Drink
    this mixture two times a day"): the frequency's span in the sentence, or None. Not
    water, food or a baby's feeds, and not a sentence that is no instruction (reported,
    professional, dietary, the doctor's)."""
    if not may_be_frequency(sentence):
        return None
    found = next(
        (
            m
            for m in _FREQUENCY_DOSE.finditer(sentence)
            if not _NOT_A_DOSE.search(m.group(0))
            and (m.group("frequency2") or not _DAY_WORDS.match(m.group("frequency")) or _daily(m))
        ),
        None,
    )
    if found is None or _HYGIENE.search(sentence):
        return None
    if _ORALLY.search(sentence) and not _IMPERATIVE.search(sentence):
        return None
    if _REPORTED.search(sentence) or _PROFESSIONAL.search(sentence):
        return None
    if _PRESCRIBING.search(sentence) or dietary(sentence):
        return None
    if _DOCTOR_MANAGED.search(sentence):
        return None
    group = "frequency" if found.group("frequency") else "frequency2"
    return found.start(group), found.end(group)


# A directions heading or list lead-in: "How to consume it", "Suggested use", "Dosage",
# "adults should take the following:".
_DIRECTIONS = re.compile(
    r"\b(?:directions|dosage|dosing|doses?|suggested use|recommended use|usage"
    r"|how (?:to|do you|should you|much to) (?:take|use|consume|drink|dose|apply|give))\b"
    rf"|(?:{_VERBS})\s+the following\b",
    re.I,
)


def directions(text: str) -> bool:
    """Is this heading or list lead-in a dose's directions ("How to take it", "Suggested
    use", "Adults should take the following:")? Not a heading that is a question about
    something else or a warning ("Missed doses", "Overdose")."""
    return _DIRECTIONS.search(text) is not None and not _NOT_DIRECTIONS.search(text)


_NOT_DIRECTIONS = re.compile(
    r"\b(?:missed|missing|overdose|too much|double|side effects?|interactions?|warnings?)\b", re.I
)


# A prepared remedy drunk at a set time, its amount in an earlier step or list item of the
# section ("- 1 tbsp of vinegar ... - Mix and sip it before breakfast"): how to take a
# remedy is a dose even where its amount stands apart.
_PREPARE = r"blend|mix|stir|shake|combine|dilute|dissolve|steep|strain|add|pour|squeeze|boil|warm"
_TIMED_DRINK = re.compile(
    rf"(?:{_OPENER}|^\W*(?:\d{{1,2}}[.)]\s*)?(?:{_PREPARE})\b[^.;!?]{{0,60}}?\band\s+)(?:drink|sip|swallow|take|consume|have)\s+(?:it|this|them|the\s+(?:[\w-]+\s+)?"
    r"(?:mixture|drink|tonic|tea|remedy|solution|juice|shot|blend|syrup|decoction|paste|powder|oil))\b[^.;!?]{0,40}?"
    r"\b(?:(?:before|after|with)\s+(?:the\s+|a\s+|your\s+|each\s+|every\s+)?(?:[\w-]+\s+)?"
    r"(?:meals?|breakfast|lunch|dinner|supper|bed|bedtime)|on an empty stomach"
    r"|first thing in the morning|at bedtime)\b",
    re.I,
)


_DRINK_VERB = re.compile(
    r"\b(?:drink|sip|swallow|take|consume|have)\s+(?:it|this|them|the)\b(?![\s\S]*\b(?:drink|sip"
    r"|swallow|take|consume|have)\s+(?:it|this|them|the)\b)",
    re.I,
)


def timed_drink(sentence: str) -> tuple[int, int] | None:
    """Where a sentence tells the reader to drink a prepared remedy at a set time ("Mix
    and sip it before breakfast"): the instruction's span from its verb, or None."""
    found = _TIMED_DRINK.search(sentence)
    if found is None or _HYGIENE.search(sentence) or _REPORTED.search(sentence):
        return None
    if _DOCTOR_MANAGED.search(sentence):
        return None
    verb = _DRINK_VERB.search(sentence, found.start(), found.end())
    return (verb.start() if verb else found.start()), found.end()


def instruction(
    sentence: str, amount: int = 0, under_directions: bool = False, for_readers: bool = True
) -> bool:
    """Is this sentence (a dose at ``amount`` in it) an instruction to the reader to take the
    dose? Under a directions heading or lead-in, a labelled amount ("Adult: 40 drops") or an
    amount with its frequency is one. On a page not ``for_readers`` (for clinicians: "2.2
    mg/kg", "patients should be treated for ..."), a table row or a dosage heading's amount
    is a professional dosing table, not an instruction."""
    if _REPORTED.search(sentence) or _PROFESSIONAL.search(sentence):
        return False
    if _PRESCRIBING.search(sentence) or prescribing_range(sentence):
        return False  # "Patients must take 25-300 mg of indomethacin daily"
    if dietary(sentence) or _DOCTOR_MANAGED.search(sentence):
        return False
    if water_amount(sentence) and not _MEDICINE_UNIT.search(sentence):
        return False
    volume = _DRINK_VOLUME.match(sentence, amount)
    if volume and _FLUIDS.search(sentence) and not _OF_REMEDY.match(sentence, volume.end()):
        return False  # "drink this much water ..., cut back to 64 ounces a day"
    if _IMPERATIVE.search(sentence):
        return True
    if _ORALLY.search(sentence):
        return False
    if _MODAL.search(sentence) or _GROUP.search(sentence) or _GENERIC.search(sentence):
        return True
    frequency = _FREQUENCY.search(sentence) is not None
    taken = _TAKEN.search(sentence, amount)
    if taken is not None:
        reach = re.split(r"[.;,(]", sentence[taken.end() : taken.end() + _TAKEN_REACH])[0]
        if _FREQUENCY.search(reach):
            return True  # "2 teaspoons per cup, taken up to three times a day"
    if not for_readers:
        return False
    label = sentence[:amount]
    if ":" in label and directions(label):
        under_directions = True  # an inline label: "Dosage: 2 capsules", "Suggested use: ..."
    if under_directions and (frequency or sentence[:amount].rstrip().endswith(":")):
        return True  # under "Suggested use": "Adult: 40 drops in a little water"
    if _RECOMMEND.search(sentence) or _DOSE_STATEMENT.search(sentence):
        # a relative amount takes its frequency from the dose it halves: "Half doses are
        # recommended for young children"
        return frequency or RELATIVE.match(sentence, amount) is not None
    rest = _ROW_LABEL.sub("", sentence, count=1)
    return frequency and DOSE.match(rest) is not None and len(sentence.split()) <= 14


class DoseWithoutCaveat:
    """A specific dose for readers to take, with no professional caveat nearby."""

    needs_nlp = True
    OPTIONS_SCHEMA: ClassVar[Schema] = options(
        near_sentences=integer(
            "How many sentences before or after the dose a caveat may stand in (a caveat in "
            "the dose's section always counts).",
            1,
        ),
        caveats=strings(
            "Caveats ('as prescribed', 'ask your pharmacist') as patterns; added to the "
            "lexicons' patterns."
        ),
        caveat_lexicons=lexicons(
            "Lexicons of caveats: follow the label, a maximum, ask a pharmacist or doctor."
        ),
        medicine_lexicons=lexicons(
            "Lexicons of medicine names ('naproxen', 'levothyroxine'): a nutrient word that is "
            "part of a named medicine ('naproxen sodium', 'sodium valproate') does not make "
            "the sentence dietary."
        ),
    )

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        self.caveats = patterns_of(spec, "caveats", "caveat_lexicons")
        self.label = Label.of(spec.code, "caveat")
        self.window = int(values(spec.options, self.OPTIONS_SCHEMA)["near_sentences"])
        self.medicines = patterns_of(spec, "medicines", "medicine_lexicons")
        self.medicine_label = Label.of(spec.code, "medicine")

    def register(self, bank: PatternBank) -> None:
        bank.add(self.label, self.caveats, self.spec.source)
        if self.medicines:
            bank.add(self.medicine_label, self.medicines, self.spec.source)

    def check(self, ctx: Context) -> Iterator[Finding]:
        document = ctx.document
        analysis = ctx.analysis
        found = [m for m in analysis.mentions(self.label) if not m.has(NEGATED)]
        caveats = {m.sentence for m in found}
        # Outside a heading's section a caveat counts only within GAP_REACH sentences of the
        # dose, and not discouraged or reported ("Some websites say you should ask a
        # pharmacist, but ..."; a safety net's "if" still counts)
        steady = {m.sentence for m in found if not m.has(DISCOURAGED, REPORTED)}
        named: dict[int, list[str]] = {}
        if self.medicines:
            for m in analysis.mentions(self.medicine_label):
                named.setdefault(m.sentence, []).append(m.text)
        for start, end, sentence in _doses(ctx, named):
            if any(abs(c - sentence) <= self.window for c in caveats):
                continue
            low, high, headed = _section_span(document, start)
            if any(
                low <= analysis.sentences[c][0] < high
                and (headed or (c in steady and abs(c - sentence) <= GAP_REACH))
                for c in caveats
            ):
                continue
            yield Finding(
                start,
                end,
                fmt(
                    self.spec.message,
                    dose=" ".join(document.source[start:end].split()),
                    sentence=_clip(analysis.sentence_text(sentence)),
                ),
                self.spec.fix,
            )


def _doses(ctx: Context, named: dict[int, list[str]]) -> Iterator[tuple[int, int, int]]:
    """The dose instructions of the page, one a sentence, in order: (start, end, sentence)
    of an amount said as an instruction, or else of a frequency an administration verb
    tells the reader (:func:`frequency_dose`). ``named``: the medicine names of each
    sentence (see :func:`without_salts`)."""
    document = ctx.document
    masked = document.masked
    analysis = ctx.analysis
    for_readers: bool | None = None  # searched for when an amount is first read
    amounts: dict[int, list[tuple[int, int]]] = {}
    for m in amounts_in(masked):
        amounts.setdefault(analysis.sentence_of(m.start()), []).append((m.start(), m.end()))
    for m in RELATIVE.finditer(masked):
        amounts.setdefault(analysis.sentence_of(m.start()), []).append((m.start(), m.end()))
    for found in amounts.values():
        found.sort()
    sentences = analysis.sentences
    # With no amount on the page, a sentence yields only a frequency dose, so only the
    # sentences that may hold one are read, in order (each one left out yields nothing).
    order = range(len(sentences)) if amounts else frequency_sentences(masked, sentences)
    for sentence in order:
        first, last = sentences[sentence]
        if sentence in amounts:
            text = without_salts(analysis.sentence_text(sentence), named.get(sentence, ()))
            for start, end in _told(amounts[sentence], first, masked[first:last]):
                told = _under_directions(document, analysis, start)
                before = " ".join(masked[first:start].split())
                at = len(before) + 1 if before else 0
                if for_readers is None:
                    for_readers = _FOR_CLINICIANS.search(masked) is None
                if instruction(text, at, told, for_readers):
                    yield start, end, sentence
                    break
            continue
        span = frequency_dose(masked[first:last])
        if span is None and _amount_before(document, analysis, amounts, sentence):
            span = timed_drink(masked[first:last])
        if span is not None:
            yield first + span[0], first + span[1], sentence


# The nutrients a medicine's salt is named by: "naproxen sodium", "sodium valproate".
_SALT_WORDS = r"sodium|potassium|calcium|magnesium"


def without_salts(sentence: str, names: Iterable[str]) -> str:
    """The sentence with the salt word of each named medicine ("naproxen sodium",
    "sodium valproate") blanked to letters of the same length, so that it reads as no
    nutrient (:func:`dietary`); the rest, and every offset, unchanged."""
    for name in names:
        pattern = re.compile(
            rf"(?<=\b{re.escape(name)}\s)(?:{_SALT_WORDS})\b|\b(?:{_SALT_WORDS})(?=\s{re.escape(name)}\b)",
            re.I,
        )
        sentence = pattern.sub(lambda m: "x" * len(m.group(0)), sentence)
    return sentence


# How far (in sentences) a caveat outside a heading's section reaches: a page without
# headings is one section, but a caveat forty paragraphs on is not the dose's (round 44
# review).
GAP_REACH = 8


def _section_span(document: Document, offset: int) -> tuple[int, int, bool]:
    """Where the section around ``offset`` starts and ends, and whether it is a heading's:
    the heading's section, or else the stretch between the sections around it (the text
    before a page's first heading, the text under a heading the rule does not read, or the
    whole of a page with no heading: "Drink this mixture twice a day. ... If symptoms
    persist, seek medical advice.")."""
    section = document.section_at(offset)
    if section is not None:
        return section.start, section.end, True
    low = max((s.end for s in document.sections if s.end <= offset), default=0)
    high = min(
        (s.start for s in document.sections if s.start > offset), default=len(document.source)
    )
    return low, high, False


def _amount_before(
    document: Document, analysis: Analysis, amounts: dict[int, list[tuple[int, int]]], at: int
) -> bool:
    """Does an earlier sentence of the section of sentence ``at`` give an amount of something
    not food or drink (a recipe's step or list item)?"""
    section = document.section_at(analysis.sentences[at][0])
    low = section.start if section is not None else 0
    return any(
        low <= analysis.sentences[s][0] and not dietary(analysis.sentence_text(s))
        for s in amounts
        if s < at
    )


def _told(amounts: list[tuple[int, int]], first: int, sentence: str) -> list[tuple[int, int]]:
    """The amounts the reader may be told to take, in the order to try them: those after
    the sentence's instruction ("If you're taking 40 mg daily, try to take 20 mg" tells
    "20 mg"; "Be sure to drink 80 oz of water daily, ... you can go to 2 capsules" tells
    "2 capsules", the water being no dose), else its first."""
    told = [m.start() for m in (_IMPERATIVE.search(sentence), _MODAL.search(sentence)) if m]
    if told:
        after = [a for a in amounts if a[0] - first >= min(told)]
        if after:
            return after
    return amounts[:1]


# A page written for clinicians: weight-based doses, what patients or physicians should do.
_FOR_CLINICIANS = re.compile(
    r"/\s?(?:kg|m2|m²)\b|\b(?:patients|physicians|clinicians|prescribers)\s+"
    r"(?:should|must|may|can|need to|are to)\b",
    re.I,
)
_FOR_CLINICIANS = leading(_FOR_CLINICIANS)  # a whole-text scan (medlint.quickscan)


def _under_directions(document: Document, analysis: Analysis, offset: int) -> bool:
    """Does the text at ``offset`` stand under a directions heading or, as a list item,
    under a directions lead-in ("Adults should take the following:"), on a page for
    readers?"""
    section = document.section_at(offset)
    if section is not None and directions(section.heading):
        return True
    lead_in = list_lead_in(document, analysis, offset)
    return lead_in is not None and directions(analysis.sentence_text(lead_in))


def _clip(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
