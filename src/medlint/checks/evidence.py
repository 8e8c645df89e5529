"""Evidence rules: statistics and appeals to evidence need their source (doses: doses.py)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from medlint import context as cx
from medlint import quickscan
from medlint.checks.shape import sentence_place
from medlint.context import NEGATED
from medlint.document import Document
from medlint.kinds import Context, fmt, patterns_of
from medlint.model import Finding
from medlint.nlp import Analysis, Label, Mention, PatternBank
from medlint.optionschema import boolean, contexts, lexicons, options, strings, values
from medlint.quickscan import leading
from medlint.ruleset import RuleSpec

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundred"
)
_COUNT = rf"\d[\d,]*|{_NUMBER_WORDS}"
_PERSON = r"person|adult|child|woman|man|american|patient|individual|people"
_POPULATION = r"people|adults|children|women|men|americans|patients|cases|deaths|babies|individuals"
_STATISTIC_ALTERNATIVES = (
    # (a decimal with no leading zero is quoted whole: ".5%", never "5%")
    r"(?:\b\d+(?:[.,]\d+)?|(?<![\w.])\.\d+)\s?(?:%|percent\b|per\s?cent\b)"
    # "1 in 108 individuals", "2 to 6 in 100,000 people", "9 out of 10 doctors"
    # (a scale word belongs to the figure: "1 in 1 million" is quoted whole)
    r"|\b\d[\d,]*\s+(?:in|out of)\s+(?:every\s+)?\d[\d,]*(?:\.\d+)?"
    r"(?:\s+(?:thousand|million|billion)\b)?\b"
    r"(?!\s*(?:chance|odds|hours?|days?|weeks?|months?|years?|minutes?)\b)"
    r"|\b\d+(?:\.\d+)?\s?times\s+(?:more|less|as)\s+likely\b"
    # "805,000 people", "2 million adults", "1 billion colds", "billions of dollars"
    # (a full stop between thousands, as much of Europe writes them: "70.000 people")
    r"|\b\d{1,3}(?:[,.]\d{3})+\s+(?:people|adults|children|women|men|americans|patients|cases"
    r"|deaths|babies|individuals|newborns|births)\b"
    r"|(?:\b\d+(?:\.\d+)?|(?<![\w.])\.\d+)\s+(?:million|billion)\b"
    # (not the uncounted cells or germs of a body: "killing millions of cells")
    r"|\b(?:millions|billions) of\b(?!\s+(?:[\w-]+\s+)?(?:cells|germs|bacteria|microbes|viruses"
    r"|neurons|molecules|atoms|particles|years|tiny)\b)"
    # a large count by the year: "over 750,000 knee replacements are performed each year"
    # (not a dose: "1,000 mg a day for a year")
    r"|\b\d{1,3}(?:[,.]\d{3})+\s+(?!(?:mg|mcg|iu|units?|calories|kcal|steps|g|ml)\b)"
    r"[^.;\d]{0,50}?\b(?:(?:each|every|per)\s+year|annually)\b"
    # "more than 50 affected individuals have been identified", "70 cases have been described"
    r"|\b\d[\d,]*\s+(?:\w+\s+)?(?:individuals|cases|people|families|patients)\s+(?:have|has)"
    r"\s+been\s+(?:identified|reported|described|diagnosed|documented)\b"
    # "nearly half of adults", "in about half of these babies", "one in three women"
    # ("half of all North Americans", "one-third of the time")
    r"|\b(?:half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters)"
    r"\s+of\s+(?:(?:all\s+|these\s+|the\s+|those\s+)?(?:[\w-]+\s+)?(?:adults|people|children"
    r"|women|men|americans|patients|cases|babies|individuals|infants|newborns)\b|the\s+time\b)"
    r"|\b(?:most|majority)\s+of\s+(?:all\s+)?(?:adults|people|children|women|men|americans"
    r"|patients|cases)\b"
    r"|\b(?:one|two|three|nine) (?:in|out of) (?:two|three|four|five|six|seven|eight|nine|ten"
    r"|\d+)\s+(?:people|adults|children|women|men|americans|patients|doctors|dentists)\b"
    # a ratio said with "every" or a person between: "one in every five people", "1 person
    # out of three", "one out of every twenty people"
    rf"|\b(?:{_COUNT})\s+(?:(?:{_PERSON})\s+)?(?:in|out of)\s+every\s+(?:{_COUNT})\b"
    rf"|\b(?:{_COUNT})\s+(?:{_PERSON})\s+(?:in|out of)\s+(?:{_COUNT})\b"
    # figures in words: "Fifty million Americans", "fifty thousand people"
    rf"|\b(?:{_NUMBER_WORDS})[- ](?:(?:{_NUMBER_WORDS})\s+)?(?:million|billion)\b"
    rf"|\b(?:{_NUMBER_WORDS})\s+(?:hundred\s+)?thousand\s+(?:{_POPULATION})\b"
    # a rank: "the No. 1 killer", "the #1 reason", "the number one cause of"
    # ("No." with its full stop: "there is no one cause" is no rank)
    r"|(?:\b(?-i:No)\.\s?|\bnumber\s|#)(?:1|one)\s+(?:killer|cause|reason)\b"
    # a count of studies: "nearly 500 peer-reviewed studies", "the 41 studies conducted";
    # not a trial phase ("phase 2 trials")
    # ("Posted: 2018" on the line above is a date, not a count)
    r"|(?<![Pp]hase )(?<![Ss]tage )(?<![\d,])(?:\d{1,3}(?:,\d{3})*)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:studies|trials)\b"
)
# Every alternative starts with a digit, "#" or one of these words: the number words,
# "half", "a third", "a quarter", "most", "majority", "millions", "billions", "No.",
# "number". The look-aheads let the engine skip every other position before trying the
# alternatives: the first tests one character, the second the words, grouped by their
# first letter (on the corpus sample about 2x faster than the first alone and 2.5x than
# none, the same matches: tests/test_prefilter.py and tests/test_scan_gates.py compare it
# with the alternatives alone; the latter checks that every number word passes it).
STATISTIC_STARTS = (
    r"(?=[\d#]|\.\d|\b[abefhmnost])"
    r"(?=[\d#]|\.\d|a (?:third|quarter)|h(?:alf|undred)|m(?:ost|ajority|illions)|billions"
    r"|n(?:o\.|umber\s|ine)|one|t(?:wo|hree|en|welve|wenty|hirty)|f(?:our|ive|ifteen|orty|ifty)"
    r"|s(?:ix|even)|e(?:ight|leven))"
)
_STATISTIC = re.compile(f"{STATISTIC_STARTS}(?:{_STATISTIC_ALTERNATIVES})", re.I)
# The places a statistic may start, read on the lowercased page (``quickscan.lowered``):
# the second look-ahead of STATISTIC_STARTS as a plain pattern that matches one character
# where it holds, so ``re`` reads the page once without re.I and ``_STATISTIC`` is tried
# only at these places (``statistics``; about 25,700 of M600's 3.7 million characters).
_STATISTIC_PLACES = re.compile(
    r"[\d#]|\.(?=\d)|a(?= (?:third|quarter))|h(?=alf|undred)|m(?=ost|ajority|illions)"
    r"|b(?=illions)|n(?=o\.|umber\s|ine)|o(?=ne)|t(?=wo|hree|en|welve|wenty|hirty)"
    r"|f(?=our|ive|ifteen|orty|ifty)|s(?=ix|even)|e(?=ight|leven)"
)


# The same places in an ASCII page, fewer and found sooner (``statistics``): ``re`` enters
# a pattern only at the characters of a leading class, and ``_STATISTIC_PLACES`` opens with
# a choice, so ``re`` entered it at every character. Here each scan opens with a class of
# ASCII characters: the figures' places (a run of digits at its first digit, "#", "." before
# a digit) and the words' places (a character that is no word character before one of the
# words, the word's first letter being the place; a word at the page's start is tried
# apart). About 15,800 of M600's places instead of 25,700.
_FIGURE_PLACES = re.compile(r"[0-9#.](?:(?<=[0-9])[0-9]*|(?<=#)|(?<=\.)(?=[0-9]))")
_STATISTIC_WORDS = (
    r"a (?:third|quarter)|h(?:alf|undred)|m(?:ost|ajority|illions)|billions"
    r"|n(?:o\.|umber\s|ine)|one|t(?:wo|hree|en|welve|wenty|hirty)"
    r"|f(?:our|ive|ifteen|orty|ifty)|s(?:ix|even)|e(?:ight|leven)"
)
_WORD_PLACES = re.compile(f"[^0-9_a-z](?={_STATISTIC_WORDS})")
_FIRST_WORD = re.compile(_STATISTIC_WORDS)


def statistic_places(low: str) -> list[int]:
    """The places of an ASCII page's lowercase ``low`` where a statistic may start, in
    order: the first digit of each run of digits, each "#", each "." before a digit, and
    the first letter of each of the words of STATISTIC_STARTS at the page's start or after
    a character that is no word character."""
    places = [m.start() for m in _FIGURE_PLACES.finditer(low)]
    places += [m.start() + 1 for m in _WORD_PLACES.finditer(low)]
    if _FIRST_WORD.match(low):
        places.append(0)
    places.sort()
    return places


def statistics(text: str) -> list[tuple[int, int]]:
    """The spans of ``_STATISTIC.finditer(text)``. Where the lowercased text has the text's
    length (each character lowercased to one) and no letter of ``quickscan.FOLDS``, a
    character matches an ASCII letter under re.I exactly when its lowercase is that letter,
    and digits, "#", "." and whitespace lowercase to themselves: so every place a match
    starts is a place of ``_STATISTIC_PLACES`` in the lowercased text, and the matches
    are found as ``finditer`` finds them (``quickscan.scan_lowered``; a match is never
    empty).

    An ASCII page is read at ``statistic_places`` (fewer, found by quicker scans): there
    ``\\d`` is [0-9] and ``\\w`` [0-9A-Za-z_], lowercased or not; every alternative that
    opens with a digit needs no digit before it (``\\b`` or a look-behind refusing one), so
    only a run's first digit can start a match; a match that opens with a letter passes
    STATISTIC_STARTS' ``\\b`` before it, so the character before is no word character (or
    there is none). ``_STATISTIC.match`` is tried at the places in order, past the end of
    the match before, as ``finditer`` tries every position."""
    if not text.isascii():
        return [m.span() for m in quickscan.scan_lowered(_STATISTIC, _STATISTIC_PLACES, text)]
    low = quickscan.lowered(text)
    if len(low) != len(text):  # "" -> " "
        return []
    spans = []
    end = 0
    match = _STATISTIC.match
    for at in statistic_places(low):
        if at >= end and (found := match(text, at)) is not None:
            end = found.end()
            spans.append(found.span())
    return spans


# Figures that are not findings: inheritance odds per child, a reader's own targets,
# insurance rules, and "100% natural/safe" (a claim, MED201's, not a statistic).
_NOT_FINDING = re.compile(
    r"\b(?:chance|risk|odds)\b[^.]{0,80}\b(?:pass(?:ing)?(?: on| along)?|inherit\w*|each"
    r" (?:child|pregnancy))\b|\b(?:carriers?|each child|each pregnancy)\b[^.]{0,80}\bchance\b"
    # a textbook Mendelian risk in a sentence about inheritance: "If the mutation was
    # inherited from his mother, each of his mother's sisters has a 50% of being a carrier"
    # (one person's odds, "a 50%"; not a share of cases: "In 50% of cases, it is inherited")
    r"|\b(?:inherit\w*|carriers?)\b[^.]{0,120}\ba\s(?:25|50|100)\s?(?:%|percent\b)"
    # one parent's odds for each child: "has a 25% (1 in 4) chance to have a daughter with"
    r"|\bchance\s+(?:to\s+have|of\s+having)\s+(?:a|an|each)\s+(?:child|daughter|son|baby)\b"
    r"|\ba\s(?:25|50|100)\s?(?:%|percent\b)[^.]{0,60}\b(?:carriers?|inherit\w*)\b"
    r"|%\s+of\s+your\b|\bpercent\s+of\s+your\b|\byour\s+(?:goal|target|personal best)\b"
    # a change the reader makes to their own amount: "Reduce your intake of food to 75%"
    r"|\byour\b[^.]{0,60}\b(?:to|by)\s+\d+(?:\.\d+)?\s?(?:%|percent\b)"
    r"|\b(?:pays|covers|reimburses|coinsurance|copay(?:ment)?|deductible|premium)\b"
    r"|\b100\s?(?:%|percent)\s+(?:safe|natural|pure|organic|effective|guaranteed|risk-free)\b"
    # thresholds and criteria ("MRD <0.01%", "≥5% blasts") are definitions, not findings
    r"|[<>≤≥]\s?\d+(?:\.\d+)?\s?(?:%|percent\b)"
    # ... also in words: "get their A1c level to 7% or less"
    r"|\b\d+(?:\.\d+)?\s?(?:%|percent)\s+or\s+(?:less|lower|below|more|higher|above|greater)\b",
    re.I,
)
_NOT_FINDING = leading(_NOT_FINDING)  # searched in every sentence with a figure
_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
# D43 (round 43): the parts of a named source. A capitalised word of a name; the head noun of
# a public body's name; acronyms that name a condition, a test, a drug, a place or a word in
# capitals, not a trial or a dataset's publisher; words that puff a study up, not name it.
_CAP = r"[A-Z][\w'’-]*"
_INSTITUTION = (
    r"(?:Department|Ministry|Division|Centre|Center|Centers|Centres|Agency|Institute|Institutes"
    r"|Authority|Administration|Office|Service|Bureau|Commission|Council|Board|Unit|Registry"
    r"|Organization|Organisation|Directorate|Secretariat)"
)
_NOT_NAMES = (
    r"(?:US|UK|EU|USA|UAE|NZ|NYC|NEW|THE|BEST|TOP|FREE|ADHD|ADD|COVID|HIV|AIDS|HPV|MRI|CT|PET"
    r"|IVF|CBD|THC|BMI|DNA|RNA|IBS|IBD|COPD|PTSD|OCD|ALS|MS|GP|GPs|ICU|ER|ED|UTI|STD|STI|GERD"
    r"|PCOS|CBT|ECT|TMS|LED|SIDS|TB|RSV|MRSA|ACE|NSAID|NSAIDs|SSRI|SSRIs|HRT|IUD|LDL|HDL|ECG"
    r"|EKG|EEG|CPR|AED|OTC|CFS|ME|CKD|AF|AFib|MI|TIA|DVT|PE|HbA1c|IQ|PMS|PCR|LASIK|SHOCKING)"
)
# The verbs with which a named body reports a count or a finding: read after any named body
# and, with an auxiliary or more count verbs, after a public body's name (D43).
_COUNTED = (
    r"showed|found|reported|reports|estimated|estimates|identified|recorded|counted|confirmed"
    r"|announced|tallied|tracked"
)
# ... and agencies, which publish data but run no trial of that name ("the FDA trial")
_AGENCIES = r"(?:FDA|NHS|WHO|CDC|NIH|NICE|EMA|MHRA|TGA|ONS)"
_PUFFERY = (
    r"Latest|New|Newest|Recent|Amazing|Natural|Shocking|Miracle|Big|Bigger|Biggest|Large|Major"
    r"|Landmark|Famous|Groundbreaking|Incredible|Secret|Ultimate|Best|Great|Real|True|Simple"
    r"|Surprising|Breakthrough|Revolutionary|Important|Huge|Massive"
)
_CITATION = re.compile(
    r"\]\(|<a\s[^>]*href|https?://|\bdoi\b|\[\d+(?:[,–-]\s?\d+)*\]|\^\d|\[\^[^\]]+\]"
    r"|\([A-Z][A-Za-z'-]+(?:\s+et al\.?|\s+(?:and|&)\s+[A-Z][A-Za-z'-]+)?,?\s+(?:19|20)\d\d[a-z]?\)"
    # ... with the journal, volume and pages between, the year in brackets: "(Albina et al,
    # American Journal of Physiology, 254 (1998), 228-334)"; or the first of several: "(Akhondzadeh
    # et al., 2001; Movafegh et al., 2008)" (not "(Smith et al., n = 2000)")
    r"|\([A-Z][A-Za-z'-]+\s+et al\.?(?:,?\s[^()]{0,100}?)?"
    r"(?:\s\((?:19|20)\d\d[a-z]?\)|,\s(?:19|20)\d\d[a-z]?[;)])"
    r"|\b(?i:according to(?!\s+(?:statistics|studies|research|experts|estimates|some|many|science"
    r"|scientists|doctors|reports)\b)|reported by|data from|source:|sources:|published in"
    r"|a study (?:by|published))"
    # a study named in the sentence: "A 2022 study in the Journal of ...", "a similar survey
    # by the Los Angeles Times", "a 2017 study in JAMA"
    r"|\b(?i:an?|one|the)\s+(?:(?:19|20)\d\d\s+|[a-z-]+\s+){0,3}(?i:study|trial|survey|review"
    r"|analysis|meta-analysis|report|poll|article)\s+(?:(?i:by|from|published in|at"
    r"|(?:conducted|performed|carried out|done|commissioned|run|undertaken) by)\s+"
    r"(?:the\s+)?(?:[A-Z][a-z]|[A-Z]{2})"
    # "in" a publication, not a place ("a study in California" names no source): an
    # acronym ("in JAMA") or a title with a publication's word ("in the British Medical
    # Journal", "in the journal Pediatrics")
    r"|(?i:in)\s+(?:(?:19|20)\d\d\b|(?:the\s+)?(?:[A-Z]{2}|(?i:journal)\b|(?:[A-Z][\w'&-]*\s+(?:of\s+|and\s+|&\s+)?){0,5}"
    r"(?:Journal|Lancet|Medicine|Review|Reviews|Archives|Annals|Proceedings|Pediatrics"
    r"|Circulation|Nature|Science|Cell|Neurology|Bulletin|Reports?|Times|Post|News)\b)))"
    # a study presented at a named meeting: "Research recently presented at the virtual
    # ObesityWeek conference", "presented at the American Diabetes Association's Scientific
    # Sessions"
    r"|\bpresented\s+at\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,5}?(?:[\w'’-]*[A-Z][\w'’-]*\s+)"
    r"(?i:conference|meeting|congress|symposium|sessions|summit|convention)\b"
    # researchers named by their institution: "researchers at the University of Pittsburgh"
    r"|\b(?i:researchers|scientists|investigators|a\s+team)\s+(?:at|from)\s+(?:the\s+)?"
    r"(?:University|[A-Z][\w'’-]+\s+(?:University|Institute|College|Hospital|Clinic|School))\b"
    # a named programme or body as the subject: "The Diabetes Prevention Program (DPP)
    # showed that", "The WHO found"
    # ("The National Lung Screening Trial, or NLST, showed conclusively that ...")
    # ... its name may join capitalised words with "of", "and", "for", "on" ("The National
    # Institute of Mental Health estimates", "The Food and Drug Administration reports"), and
    # it may report in the present tense ("the CDC estimates", "The Human Phenotype Ontology
    # provides the list")
    r"|\b[Tt]he (?:[A-Z][A-Za-z'’-]+ (?:(?:of|and|for|on|&) (?:the )?)?){0,7}[A-Z][A-Za-z'’-]+"
    r"(?: \([A-Z]{2,}\)|, or [A-Z]{2,},)?"
    rf" (?:[a-z]+ly )?(?:{_COUNTED}|concluded|says|said|explains|notes|warns|advises|provides"
    r"|lists|predicts|predicted|projects|projected|tracks"
    r"|stated|states(?=\s+that\b|\s*\.))\b"
    # D43 (round 43): a public body, named with an institution's head noun, that counts:
    # after a comma that follows its bracketed acronym or with an auxiliary ("The Nigeria
    # Centre for Disease Control and Prevention (NCDC), has confirmed", "The Department of
    # Health (DOH) has recorded"), as a participle ("with the Department of Health recording
    # over 400,000 cases"), and with the verbs of a body's own count ("the QC Epidemiology and
    # Surveillance Division logged", "the Western Cape Poison Centre received 6228 calls").
    # Not a family, a team, a product or a movement ("The Johnsons noticed", "The Miracle
    # Detox Tea has reported"): the review's mend.
    rf"|\b[Tt]he (?:{_CAP}(?: (?:and|&) {_CAP})? ){{0,3}}{_INSTITUTION}"
    rf"(?: (?:of|for|on) (?:the )?{_CAP}(?: (?:(?:and|&|of|for|on) )?{_CAP}){{0,6}})?"
    r"(?: \([A-Z]{2,}\),?)? (?:(?:has|have|had) (?:also )?)?(?:[a-z]+ly )?"
    rf"(?:{_COUNTED}|logged|registered|documented|received|notified"
    r"|recording|reporting|logging|counting|confirming|estimating)\b"
    # D43: a trial named by its acronym ("in the landmark DPP trial", "the DiRECT trial
    # achieved", "The PLCO Trial"; not a condition, a drug, a test or a country named so:
    # "the ADHD trial", "the UK trial") or a study or trial by its proper name of two words
    # or more ("the Framingham Heart Study", "The Prostate Cancer Prevention Trial"; not "the
    # Latest Study", "the Amazing Turmeric Trial")
    rf"|\b[Tt]he\s+(?:[a-z]+\s+)?(?!(?:{_NOT_NAMES}|{_AGENCIES})\b)(?=[A-Z][a-z]*[A-Z])"
    r"[A-Z][A-Za-z-]*+\s+(?i:trial)\b"
    rf"|\b[Tt]he\s+(?!(?:{_PUFFERY})\b)[A-Z][a-z'’]+\s+(?:(?!(?:{_PUFFERY})\b)[A-Z][a-z'’]+\s+)"
    r"{1,3}(?:Study|Trial)\b"
    # D43: a dataset named by its publisher ("StatsWales’ October 2025 data ... show", "the
    # latest StatsWales data", "CDC data", "ONS figures"; not "COVID data", "HIV statistics")
    rf"|\b(?!{_NOT_NAMES}\b)(?:[A-Z]{{2,6}}|[A-Z][a-z]++[A-Z][A-Za-z]*+)(?:['’]s?)?\s+"
    r"(?:[A-Z][\w-]*\s+|(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+)?(?:data|figures|statistics)\b"
    # round 41: a reporting verb of any tense after a named body (J40's judges: "The Centers
    # for Disease Control and Prevention identified ...", "The American Urological Association
    # states that ..." are attributed; "states" only before "that" or a full stop: "the
    # Southern states" are places); a body named with "per" ("Per the CDC, ...", "Per CDC
    # data, ..."; not "per GP", "per ICU admission", "Per Cent"); officials of a named place
    # or an acronym body ("Clark County health officials said", "CDC officials confirmed",
    # "U.S. health officials said"; not "Health officials", "Senior health officials",
    # "Hospital officials", "Some State officials"); a person's words reported by "he" or
    # "she" with the figure in its sentence ("... within a week," she said.", "She said 20% of
    # ..."; not "they", nor "She said she felt better after 2 weeks": a figure of a statistic)
    r"|\b[Pp]er\s+the\s+[A-Z]|\b[Pp]er\s+[A-Z]{2,}(?:\s+[a-z]+)?,"
    # (a name's words start after no word character or apostrophe: "A’A’A’..." is read once,
    # not once per letter; round 43's review)
    r"|(?<![\w'’-])(?!(?:Some|The|Senior|Many|Most|Several|Other|Local|Federal|Two|Three|Four"
    r"|These|Those|Our|Their|Your)\b)(?:[A-Z][\w'’-]*+\s+){1,3}(?:County|City|State|Province"
    r"|District"
    r"|Borough|Parish|Region)\s+(?:(?:public\s+)?health\s+)?(?:officials|authorities|department)"
    r"\s+(?:said|say|says|reported|report|reports|confirmed|estimated|estimate|estimates)\b"
    r"|\b(?:[A-Z]{2,}|(?:[A-Z]\.){2,})\s+(?:health\s+)?(?:officials|epidemiologists?)\s+"
    r"(?:said|say|says|reported|reports|confirmed|estimated|estimates)\b"
    r"|\d[^.!?]{0,120}?,[\"”’']?\s+(?:he|she)\s+(?:said|says|explained|explains|added|adds"
    r"|noted|notes)\b"
    r"|\b(?:He|She)\s+(?:said|says|told|explained|explains|added|adds|noted|notes)\b[^.!?]{0,80}?"
    r"\d[\d,.]*\s?(?:%|percent\b|per\s+cent\b|in\s+\d|out\s+of\b|million\b|billion\b"
    r"|thousand\b)"
    # an attribution after the figure: "..., explains the British Tinnitus Association",
    # "..., says the Mayo Clinic", "..., reports CDC"
    # ... or a named person's: "..., Bliss said.", "..., Dr. Lee explained."
    r"|[,;]\s+(?:Dr\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:said|says|explained|added"
    r"|noted)\b"
    r"|[,;]\s+(?:explains|explained|says|said|reports|reported|notes|noted|writes|wrote|warns"
    r"|estimates|advises|states|stated)\s+(?:the\s+)?[A-Z][\w'&.-]*"
    # a footnote number after the sentence: "... less than 39°C.(2)", "... 4.3 years. 1"
    # (or before it: "... plague us adults as well (1).")
    r"|(?<=[.!?])\s?\(\d{1,3}\)|(?<=[a-z)%]\.)\s\d{1,2}\s*$|(?<=[a-z])\s\(\d{1,3}\)\.(?=\s|$)"
    # footnotes: "<sup>2</sup>", "¹", "diverticulosis.2 A health care provider"
    r"|<sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]|(?<=[a-z)])[.,;]\d{1,3}(?:[,–-]\d{1,3})*(?=\s+[A-Z]|\s*$)"
    # a named author's or body's publication: "Dr. Doshi's BMJ article", "what Bertrand
    # Lowenstein, M.D., reported in his book", "The FTC's complaint says"
    r"|\b(?:Dr\.?|Prof\.?|Professor)\s+[A-Z][\w'’-]+(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:article|paper|study|book|review|report)\b"
    r"|\b(?:reported|wrote|writes|published|described|noted)\s+in\s+(?:his|her|their)\s+"
    r"(?:(?:19|20)\d\d\s+)?(?:book|paper|article|review|study|report|textbook)\b"
    r"|\b(?:[A-Z]{2,}|[A-Z][a-z]+)['’]s\s+(?:complaint|report|study|survey|lawsuit|filing|review"
    r"|data|analysis)\s+(?:says|said|states|stated|found|shows|showed|estimates|alleges|alleged)\b"
    # a named journal and a date: "New England Journal of Medicine, March 2021"
    r"|\b(?:Journal|Lancet|JAMA|BMJ|NEJM|Annals|Proceedings|Pediatrics|Circulation|Cochrane"
    r"|Nature|Science|MMWR|Reports?|Review)\b[\w ,&:-]{0,60}?,?\s+"
    rf"(?:(?:(?:{_MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d\b"
    # ... or its volume and the year in brackets: "Journal of Surgical Research, 38 (1985)"
    r"|\d{1,4}\s+\((?:19|20)\d\d\))",
)
# The search ``_Citations.within`` runs (whether a block holds a citation, not which one):
# ``re`` tried each of _CITATION's 36 alternatives at every character of a block, 18 of
# them opening with \b; behind one \b and a look-ahead of their first characters, a block
# is searched in about 0.4 of the time (quickscan.searched_by_word; docs/performance.md,
# Round 62). It finds a match in a block exactly where _CITATION does.
_CITATION_SEARCH = quickscan.searched_by_word(_CITATION)
# A product named with its strength, alone on its line: "Benzyl alcohol lotion, 5%;".
_STRENGTH = re.compile(
    r"\s*(?:[-*+•]\s+|\d{1,3}[.)]\s+)?[A-Za-z][\w -]{0,60},\s*\d+(?:\.\d+)?\s?%\s*[;.]?\s*$"
)
# An appeal that reports advice ("Experts say garlic supplements should only be used after
# seeking medical advice") is a recommendation, not a finding.
_SAYING = re.compile(r"\b(?:say|says|said|recommend|recommends|agree|agrees|advise|advises)$", re.I)
_EMBEDDING = frozenset({"what", "how", "whether", "why"})
_ADVICE = re.compile(r"^[^.;:]*?\b(?:should|must|need to|needs to|ought to)\b", re.I)
_ADVICE_BEFORE = re.compile(
    r"\b(?:should|must|need to|needs to|ought to)\b[^;]*,\s*(?:as|because|since)\s*$", re.I
)
# Lead-ins ending in ":" walked back over, between lists of one structure.
LEAD_IN_CHAIN = 4
_LIST_ITEM = re.compile(r"\s*(?:[-*+•]\s|\d{1,3}[.)]\s|<li\b)", re.I)


def _block(document: Document, offset: int) -> tuple[int, int]:
    """The block (paragraph, list item, heading) around an offset in the source."""
    breaks = document.breaks
    i = bisect.bisect_right(breaks, offset)
    start = breaks[i - 1] if i else 0
    end = breaks[i] if i < len(breaks) else len(document.source)
    return start, end


def _neighbour(document: Document, block: tuple[int, int], step: int) -> tuple[int, int] | None:
    """The nearest block before (step -1) or after (+1) ``block`` that has text: words a
    reader sees, not markup alone (an HTML page's "</p>" between two paragraphs is no
    paragraph; the masked text blanks it)."""
    here = block
    while True:
        offset = here[1] if step > 0 else here[0] - 1
        if offset < 0 or offset >= len(document.source):
            return None
        here = _block(document, offset)
        if document.masked[here[0] : here[1]].strip():
            return here


def _list_kind(source: str, block: tuple[int, int]) -> str | None:
    """The kind of a list item block ("bullet", "number" or "li"), None for other blocks."""
    marker = _LIST_ITEM.match(source, block[0])
    if marker is None:
        return None
    text = marker.group().strip().lower()
    return "li" if text.startswith("<li") else "number" if text[0].isdigit() else "bullet"


def _table(document: Document, block: tuple[int, int]) -> tuple[int, int]:
    """The whole Markdown table around a row block (its caption and footnote rows carry the
    source: "aAdapted from Gupta et al.[159]"), or the block itself."""
    source = document.source
    if not source[block[0] : block[1]].lstrip().startswith("|"):
        return block
    start, end = block
    for step in (-1, +1):
        here: tuple[int, int] | None = block
        while here is not None:
            here = _neighbour(document, here, step)
            if here is None or not source[here[0] : here[1]].lstrip().startswith("|"):
                break
            start, end = min(start, here[0]), max(end, here[1])
    return start, end


class _Citations:
    """Whether a block of one document's source holds a citation (``_CITATION``, searched
    as ``_CITATION_SEARCH``), each block searched once: ``_cited`` asks of a paragraph's
    neighbours and of a list's first and last items again for every candidate block around
    them (on 300 corpus pages, 1,530 of 3,815 searches were repeats)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._found: dict[tuple[int, int], bool] = {}

    def within(self, start: int, end: int) -> bool:
        known = self._found.get((start, end))
        if known is None:
            known = self._found[start, end] = bool(_CITATION_SEARCH.search(self.source, start, end))
        return known


def _cited(
    document: Document, block: tuple[int, int], previous: bool, citations: _Citations
) -> bool:
    """A citation in the paragraph (a whole table for a row), in the next paragraph, with
    ``previous`` in the paragraph before it (not across a heading), or, for a list item, at
    the head of its list: its first item, the parent item of a nested list ("1. In a phase
    III trial ...[19]" over its "- The median OS was ...") or the lead-in line.
    ``citations`` remembers the blocks of the document already searched."""
    source = document.source
    cites = citations.within
    block = _table(document, block)
    if cites(block[0], block[1]):
        return True
    following = _neighbour(document, block, +1)
    if following is not None and cites(following[0], following[1]):
        return True
    kind = _list_kind(source, block)
    if previous and kind is None:
        before = _neighbour(document, block, -1)
        if (
            before is not None
            and _list_kind(source, before) is None
            and not _heading_between(document, before[0], block[0])
            and cites(before[0], before[1])
        ):
            return True  # "A study in JAMA ... found [para] The researchers found 30% ..."
    if kind is not None and cites(*_last_item(document, block, kind)):
        return True  # the list's last item closes it with its source
    here: tuple[int, int] | None = block
    first = block  # the first item of the list so far
    lead_ins = 0
    while kind is not None and here is not None:
        here = _neighbour(document, here, -1)
        head_kind = None if here is None else _list_kind(source, here)
        if here is not None and head_kind == kind:
            first = here  # an earlier item of the same list
            continue
        if cites(first[0], first[1]):
            return True  # the list's first item cites the study its items report
        if here is None:
            return False
        if cites(here[0], here[1]):
            return True
        kind, first = head_kind, here  # a parent item without a source: on to its head
        if (
            kind is None
            and lead_ins < LEAD_IN_CHAIN
            and source[here[0] : here[1]].rstrip().endswith(":")
        ):
            # "Risk scores:" between lists of one structure, under "... identifies the
            # following five risk factors ...:[32]": on to the list before it
            before = _neighbour(document, here, -1)
            if before is not None and (kind := _list_kind(source, before)) is not None:
                lead_ins += 1
                here = first = before
                if cites(before[0], before[1]):
                    return True
    return False


def _heading_between(document: Document, start: int, end: int) -> bool:
    """Does a heading the parser found (ATX, Setext or HTML) start in ``start:end``?"""
    return any(start <= section.start < end for section in document.sections)


def _last_item(document: Document, block: tuple[int, int], kind: str) -> tuple[int, int]:
    """The last item of the list a list item block stands in."""
    last = block
    while (following := _neighbour(document, last, +1)) is not None and _list_kind(
        document.source, following
    ) == kind:
        last = following
    return last


class UnsupportedStatistic:
    """A statistic or an appeal to evidence without a citation in the same paragraph."""

    needs_nlp = True
    OPTIONS_SCHEMA = options(
        appeals=strings("Appeals to evidence ('studies show') that need a source, as patterns."),
        appeal_lexicon=lexicons("Lexicons of appeals to evidence."),
        findings=strings(
            "Verbs of a reported finding ('concluded', 'linked') as patterns; an appeal when an "
            "evidence noun is their subject or an impersonal 'it has been ... that' frames them."
        ),
        finding_lexicon=lexicons("Lexicons of verbs of a reported finding."),
        unless_context={
            **contexts("Appeals in these contexts are not the article's own claims."),
            "default": ["reported", "debunking", "hypothetical"],
        },
        cite_previous_paragraph=boolean(
            "A source in the paragraph before (not across a heading or from a list) counts: "
            "a news story names its study once and reports its figures in the paragraphs "
            "that follow."
        ),
    )

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        self.appeals = patterns_of(spec, "appeals", "appeal_lexicon")
        self.label = Label.of(spec.code, "appeal")
        self.findings = patterns_of(spec, "findings", "finding_lexicon")
        self.finding_label = Label.of(spec.code, "finding")
        # Appeals in these contexts are not the article's own ("the FTC alleges that the
        # maker falsely claimed it is clinically proven") or not a claim ("When clinical
        # trials show that a new treatment is better, it may become the standard").
        settings = values(spec.options, self.OPTIONS_SCHEMA)
        self.unless_context = tuple(settings["unless_context"])
        self.previous = bool(settings["cite_previous_paragraph"])

    def register(self, bank: PatternBank) -> None:
        bank.add(self.label, self.appeals, self.spec.source)
        if self.findings:
            bank.add(self.finding_label, self.findings, self.spec.source)

    def check(self, ctx: Context) -> Iterator[Finding]:
        document = ctx.document
        analysis = ctx.analysis
        candidates = statistics(document.masked)
        candidates += [
            (m.start, m.end)
            for m in analysis.mentions(self.label)
            if not m.has(NEGATED, *self.unless_context)
            and not _advice(document, analysis, m)
            and not _denied(document, analysis, m)
        ]
        if self.findings:
            candidates += [
                _finding_span(document, analysis, m)
                for m in analysis.mentions(self.finding_label)
                if not m.has(NEGATED, *self.unless_context)
                and not _denied(document, analysis, m)
                and _found_by_evidence(document, analysis, m)
                # a headline ("Study Suggests New Treatment Option ..."): the article is
                # the report of the study it names
                and cx.HEADING not in sentence_place(ctx, m)
            ]
        reported: set[tuple[int, int]] = set()
        cited: set[tuple[int, int]] = set()  # blocks found cited: their other candidates too
        not_findings: dict[int, bool] = {}  # by sentence: several candidates share one
        citations = _Citations(document.source)  # blocks searched for a source
        for start, end in sorted(candidates):
            block = _block(document, start)
            if block in reported or block in cited:
                continue  # one finding per paragraph
            index = analysis.sentence_of(start)
            sentence = analysis.sentence_text(index)
            if index not in not_findings:
                not_findings[index] = bool(_NOT_FINDING.search(sentence))
            if not_findings[index]:
                continue  # "a 50% chance of passing it on", "Part B pays 80 percent"
            if _strength(document.masked, start):
                continue  # "Benzyl alcohol lotion, 5%;": a product's strength
            first, last = analysis.sentences[index]
            if _absolute(document.masked, start, first):
                continue  # "knuckle under 100% of the time": a figure of speech
            if _measure(document.masked, start, end, first):
                continue  # "Less than 10% of the skin surface is covered": a criterion
            if _claimed(document.masked[first:start], document.masked[end:last]):
                continue  # "Kehr claims that ... 90% cure rates": someone else's claim
            if _background(document.masked[first:start], document.masked[start:end]):
                continue  # "With millions of people suffering from X, researchers ..."
            # Links, footnotes and "(Author, 2019)" live in the source, not the masked text.
            if _cited(document, block, self.previous, citations):
                cited.add(block)
                continue
            reported.add(block)
            yield Finding(
                start,
                end,
                fmt(
                    self.spec.message,
                    match=" ".join(document.source[start:end].split()),
                    sentence=_clip(sentence),
                ),
                self.spec.fix,
            )


# "100%" said of a whole ("100% of the time", "gain 100% of the benefits", "cause 100% of
# colds") is a figure of speech unless hedged as a measured share ("nearly 100% of people").
_ABSOLUTE = re.compile(
    r"100\s?(?:%|percent\b|per\s?cent\b)"
    # ... or of a state, closing its clause: "we will have you feeling 100% in no time",
    # "I'm 100% sure", "back to 100%."
    r"(?:\s*of\b|(?=\s*(?:$|[.,;:!?)]|in\b|on\b|again\b|sure\b|certain\b|better\b|right\b"
    r"|committed\b|behind\b|honest\b)))",
    re.I,
)
_HEDGE = re.compile(
    r"\b(?:nearly|almost|about|approximately|around|close to|up to|roughly|virtually|over"
    r"|more than|less than|in)\s*$",
    re.I,
)


# A percentage of one body ("5% of the cells in the bone marrow", "10% of the skin
# surface", "7 percent of their body weight") or a measured level ("A1C levels below 7
# percent", "an A1C level of 5.7 to 6.4 percent"): a staging criterion, a target or a
# laboratory value, not a share of people that needs a source.
_OF_BODY = re.compile(
    r"\s*of\s+(?:the\s+|their\s+|your\s+|his\s+|her\s+)?(?:(?:cells|white blood cells)\s+in\s+the"
    r"\s+(?:bone\s+marrow|blood)|(?:bone\s+)?marrow|skin(?:\s+surface)?(?=\s+(?:is|are|was|were|affected|covered)\b|\s*[.,;)])|(?:total\s+)?body\s+surface"
    r"(?:\s+area)?|body\s+weight|(?:the\s+)?white\s+blood\s+cell\s+count)\b",
    re.I,
)
_LEVEL = re.compile(
    r"\b(?:levels?|a1c|hba1c|readings?|values?|concentrations?|saturation)\s+"
    r"(?:(?:is|was|are|stays?|kept)\s+)?(?:of|is|was|at|between|above|below|under|over|from)\s+"
    r"(?:about\s+|approximately\s+)?"
    r"(?:[\d.]+\s*(?:%|percent)?\s*(?:to|-|–)\s*)?$",
    re.I,
)


_RANGE_TOP = re.compile(r"\s*(?:to|-|–)\s*\d+(?:\.\d+)?\s?(?:%|percent\b)", re.I)


# Pharmaceutical forms a strength is named with ("0.9% topical suspension", "lotion, 0.5%").
_FORMS = (
    r"cream|gel|lotion|ointment|solution|suspension|shampoo|spray|foam|drops|rinse|wash|paste"
    r"|powder|emulsion"
)


# A percentage as a strength or concentration of a substance: "this vinegar is only 5%
# acidic", "a 3% hydrogen peroxide solution", "70% alcohol".
_CONCENTRATION = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:acidic|acidity|acid|alkaline|alcohol|ethanol|pure|proof|saline"
    r"|strength|concentration|concentrate|peroxide|w/v|v/v"
    # a pharmaceutical form: "Spinosad 0.9% topical suspension", "a 1% shampoo"
    rf"|{_FORMS}|eyedrops|mouthwash"
    r"|vinegar|extract|tincture|oil|juice|cocoa|humidity|deet|zinc\s+oxide)\b",
    re.I,
)

# ... or named before it, as the preparation's standard or strength: "an extract
# standardized for at least 80 percent <substance>", "a standardized extract (80% to 85%
# <substance>)", "no higher concentration than 50%", "a strength of 2%" (the second figure of
# a range too).
_STRENGTH_BEFORE = re.compile(
    r"(?:\bstandardi[sz]ed\s+(?:to|for|at)\s+(?:contain\s+|provide\s+)?"
    r"|\b(?:concentration|strength|dilution)\s+(?:of|than|at)\s+"
    r"|\b(?:extract|solution|tincture|concentrate)\s*\(\s*"
    # ... or as the product's strength after its form: "Spinosad topical suspension, 0.9%,"
    rf"|\b(?:{_FORMS})\s*,\s*)"
    r"(?:(?:at\s+least|no\s+(?:more|less)\s+than|a\s+minimum\s+of|up\s+to|about|approximately"
    r"|around)\s+)?"
    r"(?:\d+(?:\.\d+)?\s?(?:%|percent)\s*(?:to|-|–)\s*)?$",
    re.I,
)


def _measure(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Is the percentage at ``start:end`` a measure of one body, a level or a substance's
    strength, not a share of people?"""
    percent = text[end - 1 : end] == "%" or text[start:end].lower().endswith(("percent", "cent"))
    if percent and _CONCENTRATION.match(text, end):
        return True  # "5% acidic", "3% hydrogen peroxide"
    if percent and _STRENGTH_BEFORE.search(text[max(sentence_start, start - 60) : start]):
        return True  # "standardized for at least 80 percent ...", "concentration than 50%"
    upper = _RANGE_TOP.match(text, end)  # "10% to 19% of the cells ..."
    if _OF_BODY.match(text, upper.end() if upper else end):
        return True
    return _LEVEL.search(text[max(sentence_start, start - 40) : start]) is not None


def _absolute(text: str, at: int, sentence_start: int) -> bool:
    """Is the figure at ``at`` an unhedged "100% of": a whole, not a measured share?"""
    if _ABSOLUTE.match(text, at) is None:
        return False
    return _HEDGE.search(text[max(sentence_start, at - 25) : at]) is None


# Someone else's claim or belief that the article reports, before the figure ("Kehr claims
# that ...", "Dr. Clark believed that ...") or closing the sentence after it ("..., the ads
# exclaim."): not the article's own statistic.
_CLAIMED_BEFORE = re.compile(
    r"\b(?i:claims?|claimed|alleges?|alleged|boasts?|boasted|insists?|insisted|exclaims?"
    r"|exclaimed|promises?|promised)\s+(?:that\b|[\"“])"
    # D43: a figure a seller claims as the verb's object ("The clinic claimed 100% patient
    # satisfaction"); not a disease that "claims lives", not the page's own "our clinic
    # boasts": only a third party that sells named as the subject (the review's mend)
    r"|\b(?i:clinic|clinics|company|companies|firm|manufacturer|manufacturers|maker|makers"
    r"|seller|sellers|vendor|vendors|brand|website|advert|advertisement|ad|ads|marketer"
    r"|marketers|promoter|promoters|he|she|they)\s+(?i:claims?|claimed)\s+"
    r"(?i:(?:an?|up to|over|more than|nearly|almost|about)\s+)?$"
    # a belief only of a named person: "Dr. Clark believed that ..." (not "researchers
    # believe that ...", a hypothesis, whose figures stay the article's)
    r"|\b(?:Dr\.?\s+)?[A-Z][a-z]+\s+(?:believes|believed)\s+that\b"
)
# Where a new clause starts the article's own voice again: "Some researchers believe ...,
# and some studies have shown ..."
_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas|however|yet)\b", re.I)
_CLAIMED_AFTER = re.compile(
    r"[,;]\s*[\"”]?\s*(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:claims?|claimed|exclaims?|exclaimed|boasts?"
    r"|boasted|insists?|insisted|promises?|promised|alleges?|alleged)\s*[.!]?[\"”]?\s*$",
    re.I,
)


# A magnitude in words ("millions of") is a count no one measured when it sets the scene of
# the sentence rather than being its point: in a fronted subordinate clause ("With millions
# of people suffering from diabetes worldwide, researchers are ...", "Though there are
# millions of people with cancer, ...") or supposed ("there must be millions of ..."). A
# figure in digits there ("With 30% of adults obese, ...") still needs its source, and so
# does the magnitude that is the sentence's own claim ("X affects millions of people").
_MAGNITUDE = re.compile(r"(?:millions|billions)\s+of", re.I)
_FRONTED = re.compile(
    r"^\W*(?:with|though|although|even though|while|whereas|given|despite|in spite of)\b"
    r"[^,;:—–()]*$",
    re.I,
)
_SUPPOSED = re.compile(r"\b(?:must|may|might|could|would)\s+(?:well\s+)?be\s+$", re.I)


def _background(before: str, match: str) -> bool:
    """Is a magnitude in words (``match``, with the text of its sentence ``before`` it) the
    scene of the sentence or a supposition, not a statistic it asserts?"""
    if _MAGNITUDE.fullmatch(match.strip()) is None:
        return False
    return bool(_FRONTED.search(before) or _SUPPOSED.search(before))


def _claimed(before: str, after: str) -> bool:
    """Is a figure or appeal, with the text of its sentence ``before`` and ``after`` it,
    someone else's claim the article reports?"""
    clause = _CLAUSE.split(before)[-1]
    return bool(_CLAIMED_BEFORE.search(clause) or _CLAIMED_AFTER.search(after))


def _strength(text: str, at: int) -> bool:
    """A line that names a product with its strength and nothing else."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return _STRENGTH.fullmatch(text, start, len(text) if end < 0 else end) is not None


def _advice(document: Document, analysis: Analysis, mention: Mention) -> bool:
    """An appeal that is no claim of evidence: one that reports advice ("Experts say garlic
    supplements should only be used after seeking medical advice": a saying verb, then a
    modal of advice in its clause) or names a topic as an embedded question ("what research
    shows about ashwagandha")."""
    start, end = analysis.sentences[mention.sentence]
    before = document.masked[start : mention.start].split()
    if before and before[-1].lower() in _EMBEDDING:
        return True  # an embedded question: "we'll break down what research shows about ..."
    if not _SAYING.search(mention.text):
        return False
    if _ADVICE_BEFORE.search(document.masked[start : mention.start]):
        return True  # "... should still see a GP, as doctors say they are more at risk"
    return _ADVICE.search(document.masked[mention.end : end]) is not None


# An evidence noun as the subject of a finding verb, with what may stand between: a
# modifier of the noun ("a study in California", "research from Japan", "a 2003 study of
# 300 women") and auxiliaries or adverbs ("many studies have also linked"). Quantifiers
# before the noun ("many", "recent", "a") need no listing: the subject is read backwards
# from the verb.
_EVIDENCE_SUBJECT = re.compile(
    r"\b(?:studies|study|research|researches|evidence|trials?|scientists|researchers"
    r"|investigators|findings|literature|experiments?|data|analys[ie]s|meta-analys[ie]s"
    r"|reviews?|surveys?|case reports?)"
    # (a modifier holds no verb of its own: "in a study of 25 people all patients were found"
    # has another subject)
    r"(?:\s+(?:in|of|from|at|by|on|with|involving|published|conducted|done|carried out)"
    r"(?:\s+(?!(?:is|are|was|were|be|been|have|has|had|do|does|did|that|which|who|may|might"
    r"|can|could|will|would|should|must)\b)"
    r"[\w'’-]+){1,6})?"
    r"\s+(?:(?:have|has|had|also|now|all|even|repeatedly|consistently|clearly|recently|already"
    r"|since|further|actually|indeed|too|often|long|(?:appears?|seems?|tends?)\s+to)\s+){0,4}$",
    re.I,
)
# The impersonal passive: "It has been proven that", "it was found out from recent studies
# that", "it is well established that".
_IMPERSONAL = re.compile(
    r"\bit\s+(?:(?:has|had)\s+(?:now\s+|also\s+|long\s+)?been|is|was)\s+"
    r"(?:(?:now|also|already|widely|well|scientifically|clinically|medically|repeatedly|long)\s+)?$",
    re.I,
)
# A tentative verb ("suggest", "indicate") is a finding only of evidence ("some studies have
# suggested that ..."); of people it puts a hypothesis ("researchers suggest that ...", as
# "researchers believe", which the appeal lexicon leaves out for the same reason).
_TENTATIVE = re.compile(r"(?:suggest|indicate|highlight)\w*", re.I)
_RESEARCHERS = re.compile(r"(?:scientists|researchers|investigators)\b", re.I)
# A raising verb keeps the finding: "research appears to show that"; another "to" makes a
# purpose ("studies in the laboratory to discover the mechanisms").
_RAISING = re.compile(r"\b(?:appears?|appeared|seems?|seemed|tends?|tended)\s+to\s+$", re.I)
# A clause of time or condition: what researchers find once or if they do is not found.
_NOT_YET = re.compile(r"\W*(?:once|when|whenever|if|until|unless|before|after)\b", re.I)
# A definite or demonstrative subject ("the study", "this trial", "the final analysis")
# points back to a study the article has named; its figures are the named study's.
_DEFINITE = re.compile(
    r"(?:^|[^\w\s]\s*|\s)(?:the|this|that|these|those|its|their|our)\s+(?:[\w-]+\s+)?$", re.I
)
_ONE_STUDY = re.compile(
    r"(?:study|trial|analysis|meta-analysis|review|survey|experiment|case report)\b", re.I
)
# Studies that are a patient's tests, not research: "imaging studies", "blood studies".
_TESTS = re.compile(
    r"\b(?:imaging|blood|laboratory|lab|urine|genetic|sleep|nerve|conduction|diagnostic"
    r"|x-ray|radiologic(?:al)?|electrodiagnostic|swallowing|stool|tissue|biopsy|serum)\b",
    re.I,
)
# A concessive clause before the main one: "While some studies highlight ..., it should
# not be treated as a cure": the writer grants the finding to qualify it, not as a claim.
_CONCESSION = re.compile(r"\W*(?:while|although|though|even though|whereas)\b", re.I)
_IMPERSONAL_AFTER = re.compile(
    # the source named on the way must be evidence: "found out from recent studies that"
    # (not "It is also found in some foods that come from animals")
    r"\s*(?:out\s+)?(?:(?:from|by|in|through)\s+[^,;.]{0,40}?\b(?:studies|study|research"
    r"|trials?|experiments?|data|scientists|researchers)\s+)?that\b",
    re.I,
)


# A finding participle governing an infinitive, the remedy its subject: "X have been
# shown, in some cases, to hold", "changes proven by experts to be effective", "they have
# also proven to yield", "a tea proven to lower" (a reduced relative: it follows the noun it
# modifies; alone it is a tagline). Not "found" or "demonstrated": "mutations in seven genes
# have been found to cause this condition" states a textbook fact, "patients found to have"
# a test result. A determiner or pronoun after "to" makes it a preposition ("shown to the
# patient"); "(yet) to be proven to" is a need, not a finding.
_PARTICIPLE = re.compile(r"shown|proven|proved", re.I)
_NEED = re.compile(r"\bto\s+be\s+$|\bbe(?:ing)?\s+$", re.I)
# A denial a few words before, which a negation cue's clause may not reach ("none has yet
# been shown to halt", "but has not yet been shown to" across a line break).
_DENIAL = re.compile(
    r"(?:\b(?:not|never|none|nothing|neither|nor)\b|n[’']t\b)(?:\s+[\w'’-]+){0,3}\s+$", re.I
)
_INFINITIVE_AFTER = re.compile(
    r"(?:\s*,[^,.;:]{1,40},|\s+by\s+(?:[\w'’-]+\s+){1,3}?)?\s*to(?=\s+"
    r"(?!(?:the|a|an|this|that|these|those|you|your|my|our|his|her|their|them|him|me|us|it"
    r"|its|whom|which|what|some|all|any|each|every|date)\b)[a-z]+\b)",
    re.I,
)
# The auxiliaries quoted with the participle: "has also been shown to".
_AUXILIARY = re.compile(r"\b(?:has|have|had)\s+(?:[\w'’-]+\s+)?(?:been\s+)?$", re.I)


def _participle_to(
    document: Document, mention: Mention, before: str, end: int
) -> re.Match[str] | None:
    """The "to" (with any aside or agent before it) when the finding verb is a participle
    governing an infinitive, after the noun or auxiliary it belongs to ("have been shown, in
    some cases, to hold", "proven by experts to work"); None otherwise."""
    if _PARTICIPLE.fullmatch(mention.text) is None or not re.search(r"\w", before):
        return None
    if _NEED.search(before) or _DENIAL.search(before):
        return None
    return _INFINITIVE_AFTER.match(document.masked, mention.end, end)


def _finding_span(document: Document, analysis: Analysis, mention: Mention) -> tuple[int, int]:
    """The span to quote for a finding verb: a participle with its auxiliaries and its "to"
    ("has also been shown to", "proven by cardiologists to"), any other verb as it stands."""
    start, end = analysis.sentences[mention.sentence]
    before = document.masked[start : mention.start]
    after = _participle_to(document, mention, before, end)
    if after is None:
        return mention.start, mention.end
    auxiliary = _AUXILIARY.search(before)
    return mention.start - (len(before) - auxiliary.start() if auxiliary else 0), after.end()


def _found_by_evidence(document: Document, analysis: Analysis, mention: Mention) -> bool:
    """Does a finding verb report evidence as fact: an evidence noun its subject ("a study
    in California concluded that", "which many studies have linked to"), or an impersonal
    "it has been proven that"? Not a relative clause on the noun ("the studies that do
    exist show ...": its own verb comes later), not a topic named as an embedded question
    ("what research shows about ashwagandha") and not a verb with another subject."""
    start, end = analysis.sentences[mention.sentence]
    before = document.masked[start : mention.start]
    clause = re.split(r"[;:]|,\s+(?:and|but|while|whereas|so|yet)\b", before)[-1]
    if (
        _CONCESSION.match(clause)
        and "," not in clause
        and "," in document.masked[mention.end : end]
    ):
        return False  # "While some studies highlight its benefits, it is no cure": granted
    tentative = _TENTATIVE.fullmatch(mention.text) is not None
    if _IMPERSONAL.search(clause):
        # "it has been suggested that" puts a hypothesis, not a finding
        return (
            not tentative and _IMPERSONAL_AFTER.match(document.masked, mention.end, end) is not None
        )
    if re.search(r"\bto\s+$", before) and not _RAISING.search(before):
        return False  # "studies in the laboratory to discover the mechanisms": a purpose
    if _NOT_YET.match(clause):
        return False  # "Once researchers discover the genetic causes, ...": not yet found
    if _participle_to(document, mention, before, end) is not None:
        return True  # "X have been shown, in some cases, to", "proven by experts to work"
    subject = _EVIDENCE_SUBJECT.search(clause)
    if subject is None:
        return False
    head = clause[: subject.start()]
    if _DEFINITE.search(head) and _ONE_STUDY.match(subject.group(0)):
        return False  # "The study showed ...", "This trial shows ...": a study named before
    if _TESTS.search(head) or _TESTS.search(subject.group(0)):
        return False  # "Imaging studies of the brain reveal ...": a patient's tests
    if tentative and _RESEARCHERS.match(subject.group(0)):
        return False  # "Researchers suggest that the mutations may interfere ...": a hypothesis
    words = clause[: subject.start()].split()
    return not (words and words[-1].lower() in _EMBEDDING)


# A relative clause under a denied existential: "there are no CAM practices that have been
# proven to be effective", "no supplement that studies have shown to work": the appeal is
# what the sentence denies (a negation cue's word scope ends before so long a noun phrase).
_DENIED_RELATIVE = re.compile(
    r"\b(?:there\s+(?:is|are|was|were|has\s+been|have\s+been)\s+no|no|none\s+of\s+the)\s+"
    r"[^,;.]{0,80}?\b(?:that|which|who)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _denied(document: Document, analysis: Analysis, mention: Mention) -> bool:
    """Is an appeal the relative clause of a denied noun ("there are no practices that
    have been proven to work")?"""
    start = analysis.sentences[mention.sentence][0]
    clause = re.split(
        r"[;:]|,\s+(?:and|but|while|whereas|so|yet)\b", document.masked[start : mention.start]
    )
    return _DENIED_RELATIVE.search(clause[-1]) is not None


def _clip(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
