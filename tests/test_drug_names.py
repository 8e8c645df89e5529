"""The drug-name lexicon (rules/lexicons/drug-names.yaml) and its generator, tools/drug_names.py."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from medlint.ruleset import load_lexicon

TOOLS = Path(__file__).parent.parent / "tools"
WORDNET = Path("/usr/share/wordnet")


def _names() -> set[str]:
    return {w for p in load_lexicon("drug-names") for w in p.strip("{}").split("|")}


def test_the_lexicon_knows_trade_and_generic_names_and_slang() -> None:
    names = _names()
    assert len(names) > 4000
    for name in ("synthroid", "lipitor", "levothyroxine", "levo", "metformin", "cytomel"):
        assert name in names, name


def test_the_lexicon_leaves_out_english_words_nutrients_and_given_names() -> None:
    names = _names()
    for word in ("alcohol", "sodium", "clear", "folic", "camila", "rose", "water"):
        assert word not in names, word


def _tool() -> ModuleType:
    sys.path.insert(0, str(TOOLS))
    spec = importlib.util.spec_from_file_location("drug_names", TOOLS / "drug_names.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HEADER = (
    "Ingredient~DF;Route~Trade_Name~Applicant~Strength~Appl_Type~Appl_No~Product_No~TE_Code"
    "~Approval_Date~RLD~RS~Type~Applicant_Full_Name"
)


def _row(ingredient: str, trade: str) -> str:
    return f"{ingredient}~TABLET;ORAL~{trade}~X~1MG~N~1~001~~Jan 1, 2000~No~No~RX~X INC"


@pytest.mark.skipif(not (WORDNET / "index.noun").exists(), reason="WordNet (wordnet-base) absent")
def test_the_generator_keeps_names_and_drops_words_fragments_and_given_names(
    tmp_path: Path,
) -> None:
    products = tmp_path / "products.txt"
    rows = [
        _row("ZOLPIREX TARTRATE", "QUIBNAR"),  # made-up names: kept
        _row("ZOLPIREX TARTRATE", "DEPLOXA-XR"),  # a prefix of two trade names: kept
        _row("ZOLPIREX TARTRATE", "DEPLOXA SPRINKLE"),
        _row("SODIUM CHLORIDE; ASPIRIN", "CLEAR EYES"),  # English: dropped; aspirin kept
        _row("FLUDROX", "ROSALIND CARE"),  # the first word of one multi-word name: dropped
        _row("FLUDROX", "CAMILA"),  # a given name (PRUNED): dropped
        _row("FLUDROX", "ZYX"),  # too short: dropped
    ]
    products.write_text("\n".join([HEADER, *rows]) + "\n", encoding="latin-1")
    rxnorm = tmp_path / "rxnorm"
    rxnorm.mkdir()
    brand = {"Name": "Plovimab", "TTY": "BN"}
    supplement = {"Name": "Melatonin", "TTY": "IN"}  # ingredients are not read
    record = {**supplement, "SCDCs": [{"SCDs": [{"SBDs": [{"BNs": [brand]}]}]}]}
    (rxnorm / "M.json").write_text(json.dumps([record]), encoding="utf-8")
    (rxnorm / "A.json").write_text("", encoding="utf-8")  # a letter the copy lacks
    text = _tool().render(products, WORDNET, rxnorm)
    kept = {
        w for line in text.splitlines() if line.startswith('  - "{') for w in line[6:-2].split("|")
    }
    assert kept == {"zolpirex", "quibnar", "deploxa", "aspirin", "fludrox", "plovimab"}
