"""Generate medlint's drug-name lexicon from public-domain drug lists (development time only).

python tools/drug_names.py PRODUCTS_TXT [--rxnorm FOLDER] [--wordnet /usr/share/wordnet] [--check]

Reads ``products.txt`` of the FDA Orange Book data files ("Approved Drug Products with
Therapeutic Equivalence Evaluations"; a work of the US government, in the public domain)
and, with ``--rxnorm``, the ingredient records of RxNorm's Current Prescribable Content
(NLM; public domain, no licence required; one JSON file a letter, each record an
ingredient with its brand names nested under its clinical drugs; only the brand names are
read), and writes
rules/lexicons/drug-names.yaml: the generic names (the first word of each active
ingredient: "levothyroxine" of "LEVOTHYROXINE SODIUM", "atorvastatin" of "ATORVASTATIN
CALCIUM") and the trade names (the first word of each: "synthroid", "lipitor", "lantus" of
"LANTUS SOLOSTAR"; RxNorm adds biologics, which the Orange Book does not list: "keytruda",
"humalog", "dupixent") of prescription, over-the-counter and discontinued products.

A name is kept only if it reads as a medicine in running text:

* letters only, at least ``MIN_LENGTH`` letters;
* not an English word in another sense: a word Princeton WordNet 3.0 (Debian package
  wordnet-base) knows in any part of speech is dropped ("sodium", "focus", "clear",
  "sterile"), unless one of its noun senses is a medicine or a drug (the hyponyms of
  ``DRUG_SEEDS``: "aspirin", "lipitor", "prozac" stay);
* not one of ``PRUNED`` (given names and words that WordNet does not know but web prose
  uses otherwise).

``--check`` exits 1 when the committed file is not what the generator writes.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from wordnet_lexicons import WordNet, emit, pattern_lines  # noqa: E402

TARGET = ROOT / "rules" / "lexicons" / "drug-names.yaml"
MIN_LENGTH = 4
# A medicine or drug sense keeps a name WordNet knows ("aspirin", "synthroid").
DRUG_SEEDS = ("medicine.n.02", "drug.n.01", "antacid.n.01", "hormone.n.01", "steroid.n.01")
# ... but not as a drug of abuse only ("alcohol", "cocaine"; "morphine" is a medicine too).
ABUSE_SEED = "drug_of_abuse.n.01"
DRUG_DEPTH = 8
FILES = ("noun", "verb", "adj", "adv")
_WORD = re.compile(r"^[a-z]+$")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Given names, common words outside WordNet, fragments of names ("hydro", "ortho") and
# nutrients ("folic", "ascorbic") that Orange Book names begin with (oral contraceptives
# are often named like people): in running text they are rarely a prescribed medicine.
PRUNED = _words(
    """
    alyssa amethyst aubra aviane briellyn camila camrese caziant cyclafem dasetta delyla
    elinest ella emma enskyce errin heather jencycla jolivette juleber kaitlib kelnor kurvelo
    larissia leena levora lillow lorryna lyleq lyza marlissa melodetta microgestin nikki
    nora noreth norlyda philith pimtrea pirmella portia reclipsen setlakin sharobel simliya
    sprintec tarina tilia tulana vienva viorele vyfemla wera zovia
    able acid advance alpha amino ammonia beta bright care clean clear daily easy ever first
    free gentle good lite max maxi mini mist natural nature neo new nova once plus pro pure
    quick rapid relief simple smart soft spring star super total true ultra vita vital
    hailey rela tace poly dimethyl purified glutathione folic ascorbic cetyl banan baros capex
    coly flac germa gyne hexa hydro larin lipo logen metra mili opcon ortho quide readi tral
    trest sulf zide klor theo thyro
    julie kirsty dotti dvorah terrell garrys schiff phillips medi pretz utopic gelato thera
    stri nuox avar icar niva inzo blis axtle tovet ovace prax propa riax pcxx phexx green
    aquaphor eucerin mederma listerine biore stridex halls ricola bahia lambs gambels plains
    melatonex ocuvite preservision oneseed
    """
)


def english_words(folder: Path) -> set[str]:
    """Every lemma WordNet knows, in any part of speech (phrases left out)."""
    words: set[str] = set()
    for name in FILES:
        for line in (folder / f"index.{name}").read_text(encoding="utf-8").splitlines():
            if not line.startswith(" "):
                words.add(line.split(" ", 1)[0])
    return words


def drug_words(wordnet: WordNet) -> set[str]:
    found: set[str] = set()
    for seed in DRUG_SEEDS:
        found |= wordnet.closure(seed, DRUG_DEPTH)
    medicines = wordnet.closure(DRUG_SEEDS[0], DRUG_DEPTH)
    return found - (wordnet.closure(ABUSE_SEED, DRUG_DEPTH) - medicines)


def first_word(name: str) -> str:
    """An ingredient's first word: "levothyroxine" of "LEVOTHYROXINE SODIUM"."""
    return re.split(r"[\s/,-]+", name.strip().lower())[0]


def orange_book(products: Path) -> tuple[set[str], set[str]]:
    """The first words of the active ingredients, and the trade names, of products.txt."""
    generic: set[str] = set()
    trade: set[str] = set()
    with products.open(encoding="latin-1", newline="") as handle:
        rows = csv.reader(handle, delimiter="~")
        header = next(rows)
        ingredient, trade_name = header.index("Ingredient"), header.index("Trade_Name")
        for row in rows:
            generic |= {first_word(part) for part in row[ingredient].split(";")}
            trade.add(row[trade_name].strip().lower())
    return generic - {""}, trade


def rxnorm(folder: Path) -> set[str]:
    """The brand names (TTY BN) of RxNorm Current Prescribable Content, as the per-letter
    JSON files of its ingredient extract hold them (one record an ingredient, its brand
    names nested under its clinical drugs)."""
    brands: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("TTY") == "BN":
                brands.add(str(node["Name"]).strip().lower())
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted(folder.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        if not text.strip():
            continue  # a letter the copy lacks
        walk(json.loads(text))
    return brands


def trade_heads(trade: set[str]) -> set[str]:
    """The first word of each trade name ("LANTUS SOLOSTAR", "DEPO-PROVERA", "TYLENOL W/
    CODEINE"), counted when it is a trade name on its own too ("LANTUS") or begins several
    ("DEPO-MEDROL"): not a fragment of one name ("ROSE BENGAL")."""
    alone: set[str] = set()
    heads: dict[str, set[str]] = {}
    for name in trade:
        words = [w for w in re.split(r"[\s/-]+", name) if w]
        if len(words) == 1:
            alone.add(words[0])
        elif words:
            heads.setdefault(words[0], set()).add(name)
    return alone | {head for head, full in heads.items() if len(full) >= 2}


def kept(word: str, english: set[str], drugs: set[str]) -> bool:
    if len(word) < MIN_LENGTH or not _WORD.match(word) or word in PRUNED:
        return False
    return word not in english or word in drugs


def render(products: Path, wordnet_folder: Path, rxnorm_folder: Path | None = None) -> str:
    wordnet = WordNet(wordnet_folder)
    english, drugs = english_words(wordnet_folder), drug_words(wordnet)
    generic, trade = orange_book(products)
    rx_brands: set[str] = set()
    if rxnorm_folder is not None:
        rx_brands = rxnorm(rxnorm_folder)
    # RxNorm's ingredients are not used: besides medicines they hold supplements
    # ("melatonin", "curcumin") and allergen extracts (pollens, moulds), which are no
    # prescribed medicine; its brand names add the biologics the Orange Book lacks.
    candidates = generic | trade_heads(trade | rx_brands)
    words = sorted(w for w in candidates if kept(w, english, drugs))
    digest = hashlib.sha256(products.read_bytes()).hexdigest()
    rx_line = (
        f"# and the brand names of RxNorm Current Prescribable Content ({len(rx_brands)});"
        if rxnorm_folder is not None
        else "# (no RxNorm files given);"
    )
    lines = [
        "name: drug-names",
        "description: >",
        "  Generic and trade names of medicines approved in the US (FDA Orange Book: the first",
        "  word of each active ingredient and of each trade name, prescription, over-the-counter",
        "  and discontinued: levothyroxine, synthroid, atorvastatin, lipitor, lantus), without",
        "  words that are English in another sense. The objects of medication advice (MED202).",
        "# Generated by tools/drug_names.py from the FDA Orange Book data files (products.txt,",
        f"# sha256 {digest[:16]}..., {len(generic)} ingredient words, {len(trade)} trade names)",
        rx_line,
        f"# {len(words)} names kept. Do not edit: change the tool and run it again.",
        "# Sources: US Food and Drug Administration, Approved Drug Products with Therapeutic",
        "# Equivalence Evaluations (Orange Book), a work of the US government: public domain.",
        "# RxNorm (SAB=RXNORM names of its Current Prescribable Content): public domain; this",
        "# product uses publicly available data courtesy of the U.S. National Library of",
        "# Medicine (NLM), National Institutes of Health, Department of Health and Human",
        "# Services; NLM is not responsible for the product and does not endorse or recommend",
        "# this or any other product.",
        "# English-word filter: Princeton WordNet 3.0 (WordNet licence, permissive).",
    ]
    return "\n".join([*lines, *pattern_lines(words)]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("products", type=Path, help="the Orange Book's products.txt")
    parser.add_argument(
        "--rxnorm",
        type=Path,
        help="a folder of RxNorm Current Prescribable Content ingredient extracts (*.json)",
    )
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    text = render(args.products, args.wordnet, args.rxnorm)
    return 0 if emit(TARGET, text, args.check) else 1


if __name__ == "__main__":
    sys.exit(main())
