"""Generate the other established terms a topic trigger is part of (development time only).

python tools/wordnet_senses.py [--wordnet /usr/share/wordnet] [--check]

A title that says "Hearing Aids" or "Hay Fever" names a trigger word of a topic (HIV's
"aids", fever's "fever") only as part of another established term. This reads Princeton
WordNet 3.0 (Debian package ``wordnet-base``) and the topics' triggers and writes
rules/knowledge/other-terms.yaml: per topic, the WordNet multiword noun lemmas that contain
one of its triggers as whole words (a final plural allowed, "hearing aid" for "aids"), whose
every sense is neither one of the trigger's own senses of a condition (lexicographer files
noun.state and noun.process) nor a kind of one (hypernym closure: "brain tumor" is a
tumour), and that no topic names as a trigger ("scarlet fever", "heat stroke" stay topics).
It also lists the triggers whose condition sense WordNet writes only as a capitalised
acronym ("AIDS"): written in lower case in mixed-case text, such a word is not the acronym.
``--candidates`` prints the terms before the hand-pruned ``KEPT``; ``--check`` exits 1 when
the committed file is not what the generator writes.
See docs/red-flags.md, round 16b.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from wordnet_lexicons import WordNet, emit  # noqa: E402

TOPICS = ROOT / "rules" / "knowledge" / "topics"
OUT = ROOT / "rules" / "knowledge" / "other-terms.yaml"
CONDITION_FILES = frozenset({26, 22})  # noun.state, noun.process
FEELING = frozenset({12})  # noun.feeling: a condition WordNet files as a feeling (anxiety)
HYPERNYMS = frozenset({"@", "@i"})
MAX_EXPANSIONS = 64
# Terms WordNet files apart from the trigger's sense that still name the topic (a kind, a
# form or an emergency of it), pruned by hand after reading --candidates: they stay topics.
_KEPT = """
    diabetic_acidosis diabetic_coma anxiety_attack anxiety_hysteria anxiety_neurosis
    anxiety_reaction chills_and_fever recurrent_fever coughing_up listeria_meningitis
    lead_poisoning mushroom_poisoning ptomaine_poisoning epileptic_seizure
    anthrax_pneumonia atypical_pneumonia brooder_pneumonia interstitial_pneumonia
    mycoplasmal_pneumonia plague_pneumonia pneumococcal_pneumonia primary_atypical_pneumonia
    shipping_pneumonia woolsorter's_pneumonia korsakoff's_psychosis korsakov's_psychosis
    manic-depressive_psychosis polyneuritic_psychosis senile_psychosis
    """
KEPT = frozenset(_KEPT.split())


class Nouns:
    """WordNet's nouns, read by the lexicon tool's reader (wordnet_lexicons.WordNet)."""

    def __init__(self, folder: Path) -> None:
        self.wordnet = WordNet(folder)
        self.index = {k: v for (k, pos), v in self.wordnet.index.items() if pos == "n"}

    def synset(self, offset: int) -> tuple[int, list[str], list[int]]:
        """(lexicographer file, lemmas as written, hypernym offsets) of a noun synset."""
        lex_file, lemmas, pointers = self.wordnet.record("n", offset)
        written = [re.sub(r"\(.*\)$", "", lemma) for lemma in lemmas]
        return lex_file, written, [t for s, t, p in pointers if s in HYPERNYMS and p == "n"]

    def condition_senses(self, key: str) -> set[int]:
        """The senses of a lemma, or of its singular, in CONDITION_FILES, else (a feeling
        such as anxiety) in FEELING."""
        keys = [key, key[:-1] if key.endswith("s") else "", key[:-2] if key.endswith("es") else ""]
        offsets = {o for k in keys if k for o in self.index.get(k, [])}
        for files in (CONDITION_FILES, FEELING):
            own = {o for o in offsets if self.synset(o)[0] in files}
            if own:
                return own
        return offsets  # no condition sense (a medicine, "statin"): every sense is its own

    def above(self, offset: int) -> set[int]:
        """The synset and all its hypernyms."""
        seen, frontier = {offset}, [offset]
        while frontier:
            nxt = [u for o in frontier for u in self.synset(o)[2] if u not in seen]
            seen.update(nxt)
            frontier = nxt
        return seen


def expansions(pattern: str) -> list[str]:
    """The phrases a trigger pattern names (alternations expanded, optional words both ways)."""
    tokens = re.findall(r"\{[^}]*\}\??|\S+", pattern.lower())
    choices = []
    for token in tokens:
        optional = token.endswith("?") and len(token) > 1
        body = token[:-1] if optional else token
        alts = body[1:-1].split("|") if body.startswith("{") else [body]
        choices.append([*alts, ""] if optional else alts)
    combos = 1
    for c in choices:
        combos *= len(c)
    if combos > MAX_EXPANSIONS:
        return []
    return [" ".join(w for w in combo if w) for combo in itertools.product(*choices)]


def _plural(word: str) -> str:
    return word + ("es" if word.endswith(("s", "sh", "ch", "x", "z")) else "s")


def _contains(term: list[str], trigger: list[str]) -> bool:
    """Whether the term's words hold the trigger's as a longer run (the term's last word
    may be the trigger's singular: "hearing aid" holds "aids")."""
    n = len(trigger)
    if len(term) <= n:
        return False
    for i in range(len(term) - n + 1):
        run = term[i : i + n]
        if run == trigger:
            return True
        if i + n == len(term) and run[:-1] == trigger[:-1] and _plural(run[-1]) == trigger[-1]:
            return True
    return False


def generate(nouns: Nouns, candidates: bool = False) -> str:
    topics = []
    for path in sorted(TOPICS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        phrases = sorted({p for t in data["triggers"] for p in expansions(str(t)) if p})
        topics.append((data["id"], phrases))
    all_triggers = {p for _id, phrases in topics for p in phrases}
    by_word: dict[str, list[str]] = {}
    for lemma in (k for k in nouns.index if "_" in k):
        for word in set(lemma.split("_")):
            by_word.setdefault(word, []).append(lemma)

    def by_last(word: str) -> list[str]:
        singular = {word[:-1], word[:-2]} if word.endswith("s") else set()
        return sorted({lemma for w in {word, *singular} for lemma in by_word.get(w, ())})

    terms: dict[str, list[str]] = {}
    acronyms: set[str] = set()
    for topic_id, phrases in topics:
        found: set[str] = set()
        for phrase in phrases:
            key = phrase.replace(" ", "_")
            own = nouns.condition_senses(key)
            for o in own:
                written = [w for w in nouns.synset(o)[1] if w.lower() == key]
                if written and all(w.isupper() for w in written) and phrase.isalpha():
                    acronyms.add(written[0].replace("_", " "))
            words = phrase.split()
            for lemma in by_word.get(words[0], ()) if len(words) > 1 else by_last(words[0]):
                if not _contains(lemma.split("_"), words):
                    continue
                term = lemma.replace("_", " ")
                if lemma in KEPT and not candidates:
                    continue
                if term in all_triggers or not re.fullmatch(r"[a-z' -]+", term):
                    continue
                if any(own & nouns.above(o) for o in nouns.index[lemma]):
                    continue  # a kind of the topic's own sense ("brain tumor")
                found.add(term)
        if found:
            terms[topic_id] = sorted(found)
    lines = [
        "# Generated by tools/wordnet_senses.py from Princeton WordNet 3.0 (Debian package",
        "# wordnet-base) and the topics' triggers. Do not edit: run the tool again.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "# WordNet licence: https://wordnet.princeton.edu/license-and-commercial-use",
        "# terms: per topic, the established terms a trigger is only part of (not the topic).",
        "# acronyms: condition senses WordNet writes only in capitals (lower case: another word).",
        "terms:",
    ]
    for topic_id, found in terms.items():
        lines.append(f"  {topic_id}:")
        lines += [f'    - "{t}"' for t in found]
    lines.append("acronyms: [" + ", ".join(f'"{a}"' for a in sorted(acronyms)) + "]")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--candidates", action="store_true", help="print, without pruning")
    args = parser.parse_args(argv)
    text = generate(Nouns(args.wordnet), args.candidates)
    if args.candidates:
        print(text, end="")
        return 0
    return 0 if emit(OUT, text, args.check) else 1


if __name__ == "__main__":
    sys.exit(main())
