"""The blind reliability label sets (tests/eval/reliability*): well-formed rows, and the texts
they name verified by SHA-256 wherever they lie - committed texts always, restricted texts where
``$MEDLINT_RESTRICTED_EVAL`` (default /work/restricted-eval) holds them (skipped elsewhere, as on
CI). Round 4's texts were recovered in round 17 from the stored search corpus; the one found with a
different text is marked ``recovered: found-different`` in the restricted copy and not checked.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT

EVAL = ROOT / "tests" / "eval"
SETS = {
    "reliability": "reliability4",
    "reliability16": "reliability16",
    "reliability17": "reliability17",
    "reliability18": "reliability18",
    "reliability19": "reliability19",
    "reliability21": "reliability21",
    "reliability22": "reliability22",
    "reliability23": "reliability23",
    "reliability24": "reliability24",
    "reliability25": "reliability25",
    "reliability26": "reliability26",
    "reliability27": "reliability27",
    "reliability28": "reliability28",
    "reliability29": "reliability29",
    "reliability30": "reliability30",
    "reliability31": "reliability31",
    "reliability32": "reliability32",
    "reliability33": "reliability33",
    "reliability34": "reliability34",
    "reliability35": "reliability35",
    "reliability36": "reliability36",
    "reliability37": "reliability37",
    "reliability38": "reliability38",
    "reliability39": "reliability39",
    "reliability40": "reliability40",
    "reliability41": "reliability41",
    "reliability42": "reliability42",
    "reliability43": "reliability43",
    "reliability44": "reliability44",
    "reliability45": "reliability45",
    "reliability46": "reliability46",
    "reliability47": "reliability47",
    "reliability48": "reliability48",
    "reliability49": "reliability49",
    "reliability50": "reliability50",
    "reliability51": "reliability51",
    "reliability52": "reliability52",
    "reliability53": "reliability53",
    "reliability54": "reliability54",
    "reliability55": "reliability55",
    "reliability56": "reliability56",
    "reliability57": "reliability57",
    "reliability58": "reliability58",
    "reliability59": "reliability59",
    "reliability60": "reliability60",
    "reliability61": "reliability61",
    "reliability62": "reliability62",
    "reliability63": "reliability63",
    "reliability64": "reliability64",
    "reliability65": "reliability65",
    "reliability66": "reliability66",
    "reliability67": "reliability67",
    "reliability68": "reliability68",
    "reliability69": "reliability69",
    "reliability70": "reliability70",
    "reliability71": "reliability71",
    "reliability72": "reliability72",
    "reliability73": "reliability73",
    "reliability74": "reliability74",
    "reliability75": "reliability75",
    "reliability76": "reliability76",
    "reliability77": "reliability77",
    "reliability78": "reliability78",
    "reliability79": "reliability79",
    "reliability80": "reliability80",
    "reliability81": "reliability81",
    "reliability82": "reliability82",
    "reliability83": "reliability83",
    "reliability84": "reliability84",
    "reliability85": "reliability85",
    "reliability86": "reliability86",
    "reliability87": "reliability87",
    "reliability88": "reliability88",
    "reliability89": "reliability89",
    "reliability90": "reliability90",
    "reliability91": "reliability91",
    "reliability92": "reliability92",
    "reliability93": "reliability93",
    "reliability94": "reliability94",
    "reliability95": "reliability95",
    "reliability96": "reliability96",
    "reliability97": "reliability97",
    "reliability98": "reliability98",
    "reliability99": "reliability99",
    "reliability100": "reliability100",
    "reliability101": "reliability101",
    "reliability102": "reliability102",
    "reliability103": "reliability103",
    "reliability104": "reliability104",
    "reliability105": "reliability105",
    "reliability106": "reliability106",
    "reliability107": "reliability107",
    "reliability108": "reliability108",
    "reliability109": "reliability109",
    "reliability110": "reliability110",
    "reliability111": "reliability111",
    "reliability112": "reliability112",
    "reliability113": "reliability113",
    "reliability114": "reliability114",
    "reliability115": "reliability115",
    "reliability116": "reliability116",
    "reliability117": "reliability117",
    "reliability118": "reliability118",
    "reliability119": "reliability119",
    "reliability120": "reliability120",
    "reliability121": "reliability121",
    "reliability122": "reliability122",
    "reliability123": "reliability123",
    "reliability124": "reliability124",
    "reliability125": "reliability125",
    "reliability126": "reliability126",
    "reliability127": "reliability127",
    "reliability128": "reliability128",
    "reliability129": "reliability129",
    "reliability130": "reliability130",
    "reliability131": "reliability131",
    "reliability132": "reliability132",
    "reliability133": "reliability133",
    "reliability134": "reliability134",
    "reliability135": "reliability135",
    "reliability136": "reliability136",
    "reliability137": "reliability137",
    "reliability138": "reliability138",
    "reliability139": "reliability139",
    "reliability140": "reliability140",
    "reliability141": "reliability141",
    "reliability142": "reliability142",
    "reliability143": "reliability143",
    "reliability144": "reliability144",
    "reliability145": "reliability145",
    "reliability146": "reliability146",
    "reliability147": "reliability147",
    "reliability148": "reliability148",
    "reliability149": "reliability149",
    "reliability150": "reliability150",
    "reliability151": "reliability151",
    "reliability152": "reliability152",
    "reliability153": "reliability153",
    "reliability154": "reliability154",
    "reliability155": "reliability155",
    "reliability156": "reliability156",
    "reliability157": "reliability157",
    "reliability158": "reliability158",
    "reliability159": "reliability159",
    "reliability160": "reliability160",
    "reliability161": "reliability161",
    "reliability162": "reliability162",
    "reliability163": "reliability163",
    "reliability164": "reliability164",
    "reliability165": "reliability165",
    "reliability166": "reliability166",
    "reliability167": "reliability167",
    "reliability168": "reliability168",
    "reliability169": "reliability169",
    "reliability170": "reliability170",
    "reliability171": "reliability171",
    "reliability172": "reliability172",
    "reliability173": "reliability173",
    "reliability174": "reliability174",
    "reliability175": "reliability175",
    "reliability176": "reliability176",
    "reliability177": "reliability177",
    "reliability178": "reliability178",
    "reliability179": "reliability179",
    "reliability182": "reliability182",
    "reliability183": "reliability183",
    "reliability184": "reliability184",
    "reliability185": "reliability185",
    "reliability186": "reliability186",
    "reliability187": "reliability187",
    "reliability188": "reliability188",
    "reliability189": "reliability189",
    "reliability190": "reliability190",
    "reliability191": "reliability191",
    "reliability192": "reliability192",
    "reliability193": "reliability193",
    "reliability194": "reliability194",
    "reliability195": "reliability195",
    "reliability196": "reliability196",
    "reliability197": "reliability197",
    "reliability198": "reliability198",
    "reliability199": "reliability199",
    "reliability200": "reliability200",
    "reliability201": "reliability201",
    "reliability202": "reliability202",
    "reliability203": "reliability203",
    "reliability204": "reliability204",
    "reliability205": "reliability205",
    "reliability206": "reliability206",
    "reliability207": "reliability207",
    "reliability208": "reliability208",
    "reliability209": "reliability209",
    "reliability210": "reliability210",
    "reliability211": "reliability211",
    "reliability212": "reliability212",
    "reliability213": "reliability213",
    "reliability214": "reliability214",
    "reliability215": "reliability215",
    "reliability216": "reliability216",
    "reliability217": "reliability217",
    "reliability218": "reliability218",
    "reliability219": "reliability219",
    "reliability220": "reliability220",
    "reliability221": "reliability221",
    "reliability222": "reliability222",
    "reliability223": "reliability223",
    "reliability224": "reliability224",
    "reliability225": "reliability225",
    "reliability226": "reliability226",
    "reliability227": "reliability227",
    "reliability228": "reliability228",
    "reliability229": "reliability229",
    "reliability230": "reliability230",
    "reliability231": "reliability231",
    "reliability232": "reliability232",
    "reliability233": "reliability233",
    "reliability234": "reliability234",
    "reliability235": "reliability235",
    "reliability236": "reliability236",
    "reliability237": "reliability237",
    "reliability238": "reliability238",
    "reliability239": "reliability239",
    "reliability240": "reliability240",
    "reliability241": "reliability241",
    "reliability242": "reliability242",
    "reliability243": "reliability243",
    "reliability244": "reliability244",
    "reliability245": "reliability245",
    "reliability246": "reliability246",
    "reliability247": "reliability247",
    "reliability248": "reliability248",
    "reliability249": "reliability249",
    "reliability250": "reliability250",
    "reliability251": "reliability251",
    "reliability252": "reliability252",
    "reliability253": "reliability253",
    "reliability254": "reliability254",
    "reliability255": "reliability255",
    "reliability256": "reliability256",
    "reliability257": "reliability257",
    "reliability258": "reliability258",
    "reliability259": "reliability259",
    "reliability260": "reliability260",
    "reliability261": "reliability261",
    "reliability262": "reliability262",
    "reliability263": "reliability263",
    "reliability264": "reliability264",
    "reliability265": "reliability265",
    "reliability266": "reliability266",
    "reliability267": "reliability267",
    "reliability268": "reliability268",
    "reliability269": "reliability269",
    "reliability270": "reliability270",
    "reliability271": "reliability271",
    "reliability272": "reliability272",
    "reliability273": "reliability273",
    "reliability274": "reliability274",
    "reliability275": "reliability275",
    "reliability276": "reliability276",
    "reliability277": "reliability277",
    "reliability278": "reliability278",
    "reliability279": "reliability279",
    "reliability280": "reliability280",
    "reliability281": "reliability281",
    "reliability282": "reliability282",
    "reliability283": "reliability283",
    "reliability284": "reliability284",
    "reliability285": "reliability285",
    "reliability286": "reliability286",
    "reliability287": "reliability287",
    "reliability288": "reliability288",
    "reliability289": "reliability289",
    "reliability290": "reliability290",
    "reliability291": "reliability291",
    "reliability292": "reliability292",
    "reliability293": "reliability293",
    "reliability294": "reliability294",
    "reliability295": "reliability295",
    "reliability296": "reliability296",
    "reliability297": "reliability297",
    "reliability298": "reliability298",
    "reliability299": "reliability299",
    "reliability300": "reliability300",
}
CRITERIA = {"accuracy_balance", "claims", "care_prompt", "sources", "authorship_review", "date",
            "risks_uncertainty", "advertising"}  # fmt: skip
RESTRICTED = Path(os.environ.get("MEDLINT_RESTRICTED_EVAL") or "/work/restricted-eval")


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_row_is_well_formed(name: str) -> None:
    found = rows(EVAL / name / "documents.jsonl")
    ids = [r["id"] for r in found]
    assert len(ids) == len(set(ids)), "ids are unique"
    for r in found:
        assert isinstance(r["reliable"], bool), r["id"]
        web = r["url"].startswith(("http://", "https://"))
        assert web or r.get("location") == "corpus", r["id"]
        assert set(r["scores"]) == CRITERIA, r["id"]
        assert all(v in (0, 1, 2) for v in r["scores"].values()), r["id"]
        assert r.get("location") == "corpus" or len(r["sha256"]) == 64, r["id"]
    assert {r["reliable"] for r in found} == {True, False}


@pytest.mark.parametrize(
    "name",
    [
        "reliability18",
        "reliability19",
        "reliability21",
        "reliability22",
        "reliability23",
        "reliability24",
    ],
)
def test_pages_from_round_18_carry_the_advice_and_warning_sign_labels(name: str) -> None:
    for r in rows(EVAL / name / "documents.jsonl"):
        flags = ("unsafe_advice", "warning_signs_warranted", "warning_signs_present")
        assert all(isinstance(r[f], bool) for f in flags), r["id"]
        assert isinstance(r["unsafe_quote"], str), r["id"]
        assert bool(r["unsafe_quote"]) == r["unsafe_advice"], r["id"]


@pytest.mark.parametrize("name", sorted(SETS))
def test_texts_match_their_hashes(name: str) -> None:
    found = rows(EVAL / name / "documents.jsonl")
    restricted = RESTRICTED / SETS[name] / "documents.jsonl"
    different = {
        r["id"]
        for r in (rows(restricted) if restricted.is_file() else [])
        if r.get("recovered") == "found-different"
    }
    checked = 0
    for r in found:
        if r.get("location") == "corpus":
            continue
        places = [EVAL / name / r["path"], RESTRICTED / SETS[name] / r["path"]]
        text = next((p for p in places if p.is_file()), None)
        if text is None:
            continue
        if r["id"] in different:
            continue
        digest = hashlib.sha256(text.read_bytes()).hexdigest()
        assert digest == r["sha256"], f"{text}: the text is not the one labelled"
        quote = r.get("unsafe_quote") or ""
        assert quote in text.read_text(encoding="utf-8"), f"{text}: the quoted claim is not in it"
        checked += 1
    if name == "reliability":
        assert checked >= 15  # the committed, public-domain texts
    elif not checked:
        pytest.skip(f"no {name} texts at {RESTRICTED / SETS[name]} (restricted: not on CI)")


@pytest.mark.parametrize(
    "name", ["reliability17", "reliability18", "reliability19", "reliability21"]
)
def test_the_second_labels_cover_the_same_pages(name: str) -> None:
    first = {r["id"] for r in rows(EVAL / name / "documents.jsonl")}
    second = rows(EVAL / name / "second.jsonl")
    assert {r["id"] for r in second} == first
    assert all(set(r["scores"]) == CRITERIA and isinstance(r["reliable"], bool) for r in second)
