"""Generate medlint's WordNet-derived word classes (development time only; nothing at run time).

python tools/wordnet_lexicons.py [--wordnet /usr/share/wordnet] [--candidates] [--check]

Reads the Princeton WordNet 3.0 data files (Debian package ``wordnet-base``; WordNet 3.0
licence, permissive, its notice kept in every generated file) and writes the lexicons of
``CLASSES`` under rules/lexicons/. A class is the lemmas of a few seed senses (``lemma.pos.N``,
N counting a lemma's senses in WordNet's frequency order, as NLTK names them) and of their
troponyms (verbs) or hyponyms (nouns) down to ``depth``, minus the hand-pruned lemmas of
``pruned`` (wrong senses, or words ordinary health prose uses for something else), plus
``extra`` phrases WordNet files elsewhere; verbs are inflected with WordNet's exception list
(verb.exc) and regular English morphology. ``--candidates`` prints what WordNet gives before
pruning; ``--check`` exits 1 when a committed file is not what the generator writes.
See docs/context.md ("Word classes from WordNet").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICONS = ROOT / "rules" / "lexicons"
FILES = {"v": "verb", "n": "noun"}
DOWN = {"v": "~", "n": "~"}  # troponym (verbs) / hyponym (nouns) pointer symbols


@dataclass(frozen=True)
class WordClass:
    name: str
    description: str
    pos: str
    seeds: tuple[str, ...]
    depth: int
    pruned: frozenset[str]
    extra: tuple[str, ...] = ()  # phrases (underscores join words) WordNet files elsewhere
    base_only: bool = False  # verbs: base forms only (the instruction), no inflections
    excluded: tuple[str, ...] = ()  # seeds whose closure (at depth) leaves the class


class WordNet:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.index: dict[tuple[str, str], list[int]] = {}
        self.data: dict[tuple[str, int], tuple[int, list[str], list[tuple[str, int, str]]]] = {}
        self.exceptions: dict[str, list[str]] = {}
        for pos, name in FILES.items():
            for line in (folder / f"index.{name}").read_text(encoding="utf-8").splitlines():
                if line.startswith(" "):
                    continue
                parts = line.split()
                count = int(parts[2])
                self.index[(parts[0], pos)] = [int(o) for o in parts[-count:]]
        for line in (folder / "verb.exc").read_text(encoding="utf-8").splitlines():
            inflected, base = line.split()[:2]
            self.exceptions.setdefault(base, []).append(inflected)

    def record(self, pos: str, offset: int) -> tuple[int, list[str], list[tuple[str, int, str]]]:
        """(lexicographer file, lemmas as written, pointers as (symbol, target offset, target
        part of speech)) of a synset, read from data.<pos> once."""
        key = (pos, offset)
        if key not in self.data:
            with (self.folder / f"data.{FILES[pos]}").open("rb") as handle:
                handle.seek(offset)
                parts = handle.readline().decode("utf-8").split()
            count = int(parts[3], 16)
            lemmas = [parts[4 + 2 * i] for i in range(count)]
            rest = parts[4 + 2 * count :]
            pointers = []
            for i in range(int(rest[0])):
                symbol, target, target_pos = rest[1 + 4 * i : 4 + 4 * i]
                pointers.append((symbol, int(target), target_pos))
            self.data[key] = (int(parts[1]), lemmas, pointers)
        return self.data[key]

    def synset(self, pos: str, offset: int) -> tuple[list[str], list[tuple[str, int]]]:
        """(lemmas in lower case, pointers to synsets of the same part of speech)."""
        _file, lemmas, pointers = self.record(pos, offset)
        return [lemma.lower() for lemma in lemmas], [(s, t) for s, t, p in pointers if p == pos]

    def closure(self, seed: str, depth: int) -> set[str]:
        lemma, pos, number = seed.rsplit(".", 2)
        frontier = [self.index[(lemma, pos)][int(number) - 1]]
        found: set[str] = set()
        for level in range(depth + 1):
            following = []
            for offset in frontier:
                lemmas, pointers = self.synset(pos, offset)
                found.update(lemmas)
                if level < depth:
                    following += [t for s, t in pointers if s == DOWN[pos]]
            frontier = following
        return found

    def inflections(self, verb: str) -> list[str]:
        head, _, tail = verb.partition(" ")
        irregular = self.exceptions.get(head, [])
        if not irregular and head[:2] in ("re", "un"):  # "regrow": "regrew", "regrown"
            irregular = [head[:2] + f for f in self.exceptions.get(head[2:], [])]
        # an irregular past ("rebuilt", "got") replaces the regular one
        regular = [f for f in _regular(head) if not (irregular and f.endswith("ed"))]
        forms = {head, *irregular, *regular}
        return sorted(f"{f} {tail}".strip() for f in forms)


# One-syllable verbs ending consonant-vowel-consonant double it: "getting", "zapped".
DOUBLED = frozenset({"get", "zap", "stop", "drop", "cut", "put", "swap", "skip", "quit", "clog"})


def _regular(verb: str) -> list[str]:
    if verb.endswith("e"):
        return [verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb in DOUBLED:
        return [verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return [verb + "es", verb + "ed", verb + "ing"]
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return [verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    return [verb + "s", verb + "ed", verb + "ing"]


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _lemmas(text: str) -> frozenset[str]:
    """Lemmas written as WordNet writes them (underscores join a phrase's words)."""
    return frozenset(w.replace("_", " ") for w in text.split())


def candidates(wordnet: WordNet, word_class: WordClass) -> set[str]:
    found: set[str] = set()
    for seed in word_class.seeds:
        found |= wordnet.closure(seed, word_class.depth)
    kept = set(found)
    for seed in word_class.excluded:  # what only the excluded seeds reach
        kept -= wordnet.closure(seed, word_class.depth) - _first_sense_closure(wordnet, word_class)
    return {w.replace("_", " ") for w in kept}


def _first_sense_closure(wordnet: WordNet, word_class: WordClass) -> set[str]:
    """What the class's first seed alone reaches: kept even when an excluded seed reaches it
    too ("diazepam" is a medicine and a drug of abuse)."""
    return wordnet.closure(word_class.seeds[0], word_class.depth)


CLASSES: tuple[WordClass, ...] = (
    WordClass(
        "change-verbs",
        "Change-of-state verbs that make a condition go away, shrink, end or return to "
        "normal (kill, destroy, dissolve, shrink, restore, relieve, unclog, flush out). "
        "Weaker than the claim verbs of cure-claim.yaml: MED201 counts them only in a claim "
        "frame (a product or remedy as subject, or an absolute: 'for good', 'in 3 days', "
        "'every', 'completely'), never after a treatment, a hedge, in a report or a "
        "question.",
        "v",
        _names(
            """
            kill.v.01 destroy.v.01 eradicate.v.01 eliminate.v.01 get_rid_of.v.01 dissolve.v.01
            shrink.v.01 restore.v.01 restore.v.02 relieve.v.01 repair.v.01 regrow.v.01
            normalize.v.01 unclog.v.01 rebuild.v.01 melt.v.01 detoxify.v.01 erase.v.01 end.v.01
            clear.v.01 beat.v.01 banish.v.01 cure.v.01 heal.v.01
            stop.v.01
            """
        ),
        0,
        # other senses of the seeds' synsets; claim verbs of cure-claim.yaml (judged on
        # their own); words health prose uses for procedures and the body's own work
        _lemmas(
            """
        carry_off decimate fade_away fade_out wither shrivel shrivel_up bushel doctor
        furbish_up touch_on melt_down run cease finish terminate unclutter beat_out shell
        crush trounce ban blackball cast_out ostracise ostracize shun bring_around recuperate
        destruct reconstruct mend
        cure heal eliminate eradicate erase banish
        remove clear
        """
        ),
        _names(
            """
            get_rid_of flush_out flush melt_away clear_up wipe_out knock_out stamp_out root_out zap
            unblock regenerate rejuvenate
            """
        ),
    ),
    WordClass(
        "medicine-names",
        "Medicines by class and by name (WordNet's medicine.n.02 and its hyponyms to depth 3: "
        "statin, anticonvulsant, prednisolone, metoprolol, morphine), the objects of "
        "medication advice (MED202). Remedies a reader may swap a medicine for (balm, tonic, "
        "tincture, arnica) are pruned: they are not prescribed medicines.",
        "n",
        ("medicine.n.02", "drug.n.01", "antacid.n.01"),
        3,
        _lemmas(
            """
        acoustic application draft draught hit powder specific booster bracer balm lotion cure
        remedy tonic nostrum panacea catholicon tincture arnica aloes alum iodine placebo
        physic downer depressant restorative curative therapeutic antidote counterpoison bayer
        cure-all elixir ointment salve unguent emollient plaster poultice drug medicine
        medication medicament dose dosage prescription inhalation agonist antagonist synergist
        stimulant intoxicant excitant relaxant suppressant botanical dilator vesicant irritant
        counterirritant abortifacient aborticide anesthetic anaesthetic hypnotic soporific
        narcotic antiseptic astringent styptic demulcent lenitive alleviant alleviator
        palliative pharmaceutic pharmaceutical blocker apc inh ddc ddi maleate shot
        sleeping_pill pill tab tablet lozenge troche pastille cough_drop capsule bolus dragee
        wafer eye_drop eyedrop vitamin mineral caffeine nicotine alcohol ethanol
        """
        ),
        excluded=("drug_of_abuse.n.01",),
    ),
    WordClass(
        "care-professionals",
        "Health professionals (WordNet's health_professional.n.01, doctor.n.01 and "
        "specialist.n.02 with their hyponyms): the people an article may steer readers away "
        "from (MED111: 'don't trust your oncologist', 'no need to bother a midwife').",
        "n",
        ("health_professional.n.01", "doctor.n.01", "specialist.n.02", "nurse.n.01"),
        2,
        _lemmas(
            """
        quack vet veterinarian veterinary veterinary_surgeon horse_doctor abortionist amputator
        hakeem hakim resident intern interne extern medical_extern medical_intern houseman
        sawbones medic medico doc dr. md shrink head-shrinker diplomate embryologist
        gerontologist pathologist diagnostician chemist apothecary druggist matron probationer
        inoculator vaccinator electrologist pharmacologist caregiver foster-nurse accoucheuse
        accoucheur bonesetter radiographer hygienist orthoptist country_doctor lpn rn pcp
        ent_man nanny nursemaid wet_nurse dry_nurse amah nurse-midwife
        """
        ),
    ),
)


def _nouns(lemmas: Iterable[str]) -> list[str]:
    forms = set()
    for lemma in lemmas:
        head, _, last = lemma.rpartition(" ")
        plural = last + ("es" if last.endswith(("s", "sh", "ch", "x")) else "s")
        forms |= {lemma, f"{head} {plural}".strip()}
    return sorted(forms)


def _pattern(phrase: str) -> str:
    """A phrase in the pattern language: hyphens are tokens of their own."""
    return " ".join(phrase.replace("-", " - ").split())


def lemmas_of(wordnet: WordNet, word_class: WordClass) -> list[str]:
    found = candidates(wordnet, word_class) - word_class.pruned
    return sorted(found | {e.replace("_", " ") for e in word_class.extra})


def render(wordnet: WordNet, word_class: WordClass) -> str:
    lemmas = lemmas_of(wordnet, word_class)
    if word_class.pos == "v" and word_class.base_only:
        forms = lemmas
    elif word_class.pos == "v":
        forms = sorted({f for lemma in lemmas for f in wordnet.inflections(lemma)})
    else:
        forms = _nouns(lemmas)
    single = [f for f in forms if " " not in f and "-" not in f]
    multi = [_pattern(f) for f in forms if f not in single]
    lines = [
        f"name: {word_class.name}",
        "description: >",
        *_wrap(word_class.description, "  "),
        "# Generated by tools/wordnet_lexicons.py from Princeton WordNet 3.0 (Debian package",
        "# wordnet-base). Do not edit: change the class in the tool and run it again.",
        f"# Seeds: {', '.join(word_class.seeds)}; depth {word_class.depth}; "
        f"{len(word_class.pruned)} lemmas pruned by hand (listed in the tool).",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "# WordNet licence: https://wordnet.princeton.edu/license-and-commercial-use",
        "patterns:",
    ]
    for start in range(0, len(single), 40):
        lines.append(f'  - "{{{"|".join(single[start : start + 40])}}}"')
    lines += [f'  - "{m}"' for m in multi]
    return "\n".join(lines) + "\n"


def _wrap(text: str, indent: str, width: int = 92) -> list[str]:
    lines, line = [], indent
    for word in text.split():
        if len(line) + len(word) + 1 > width and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += word + " "
    return [*lines, line.rstrip()]


CLASSES += (
    WordClass(
        "medication-change-verbs",
        "Verbs that stop, drop, swap or cut something, as base forms (the instruction): "
        "WordNet's stop.v.02 (cease, discontinue, give up, quit), substitute.v.01, swap.v.01, "
        "switch.v.01, omit.v.01, abandon.v.01, halve.v.01, reduce.v.01. MED202 needs a "
        "medicine as their object and the reader as the one told.",
        "v",
        _names(
            """
            stop.v.02 substitute.v.01 swap.v.01 switch.v.01 omit.v.01 abandon.v.01 halve.v.01
            reduce.v.01
            """
        ),
        0,
        # words whose everyday sense is another act ("reduce the risk", "exclude a cause")
        _lemmas(
            "lay_off except exclude interchange trim trim_back trim_down bring_down cut reduce"
            " take_out"
        ),
        base_only=True,
    ),
)

IMPERATIVE = WordClass(
    "imperative-verbs",
    "Base forms that open an imperative ('use garlic in place of your blood thinners', 'try "
    "...'): WordNet lemmas tagged as verbs in SemCor (cntlist.rev) at least 5 times and more "
    "often than as any other part of speech ('use', 'try', 'put'; not 'people', 'water'). "
    "MED202 reads a clause that opens with one as addressed to the reader.",
    "v",
    ("cntlist.rev",),
    0,
    _lemmas("be have do say get"),  # auxiliaries and reporting verbs open statements too
)
MIN_TAGS = 5


def imperative_verbs(folder: Path) -> list[str]:
    """Lemmas SemCor tags as verbs at least MIN_TAGS times, more than as anything else."""
    counts: dict[str, dict[str, int]] = {}
    kinds = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    for line in (folder / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _, tags = line.split()
        lemma, _, rest = key.partition("%")
        per = counts.setdefault(lemma, {})
        kind = kinds[rest.split(":")[0]]
        per[kind] = per.get(kind, 0) + int(tags)
    return sorted(
        lemma
        for lemma, per in counts.items()
        if "_" not in lemma
        and lemma not in IMPERATIVE.pruned
        and per.get("v", 0) >= MIN_TAGS
        and per.get("v", 0) > sum(n for k, n in per.items() if k != "v")
    )


def render_words(word_class: WordClass, words: list[str]) -> str:
    lines = [
        f"name: {word_class.name}",
        "description: >",
        *_wrap(word_class.description, "  "),
        "# Generated by tools/wordnet_lexicons.py from Princeton WordNet 3.0 (cntlist.rev, the",
        "# SemCor sense counts; Debian package wordnet-base). Do not edit: run the tool.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "# WordNet licence: https://wordnet.princeton.edu/license-and-commercial-use",
    ]
    return "\n".join([*lines, *pattern_lines(words)]) + "\n"


def pattern_lines(words: list[str]) -> list[str]:
    """A lexicon's `patterns:` block: the words as alternations of 40 per pattern."""
    block = ["patterns:"]
    for start in range(0, len(words), 40):
        block.append(f'  - "{{{"|".join(words[start : start + 40])}}}"')
    return block


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--candidates", action="store_true", help="print WordNet's lemmas")
    parser.add_argument("--check", action="store_true", help="exit 1 if a file is stale")
    args = parser.parse_args(argv)
    wordnet = WordNet(args.wordnet)
    stale = 0
    for word_class in (*CLASSES, IMPERATIVE):
        if word_class is IMPERATIVE:
            text = render_words(word_class, imperative_verbs(args.wordnet))
        elif args.candidates:
            print(word_class.name, sorted(candidates(wordnet, word_class)))
            continue
        else:
            text = render(wordnet, word_class)
        stale += not emit(LEXICONS / f"{word_class.name}.yaml", text, args.check)
    return 1 if stale else 0


def emit(path: Path, text: str, check: bool) -> bool:
    """Write a generated file, or (``check``) compare the committed one with ``text``;
    print which, and return whether the file is current (the generators' shared ending)."""
    if check:
        current = path.exists() and path.read_text(encoding="utf-8") == text
        print(f"{path.relative_to(ROOT)}: {'current' if current else 'STALE'}")
        return current
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")
    return True


if __name__ == "__main__":
    sys.exit(main())
