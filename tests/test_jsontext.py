"""The reports' JSON writer gives json.dumps(value, indent=2, ensure_ascii=False) byte for
byte, whatever the value (the goldens check real reports; these check the corners)."""

from __future__ import annotations

import enum
import json
import random
from typing import Any

import pytest

from medlint.reporters.jsontext import dumps


class Level(enum.IntEnum):
    HIGH = 3


class Word(enum.StrEnum):
    CONSUMER = "consumer"


def same(value: Any) -> None:
    assert dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


SHARED = {"code": "MED101", "edits": [], "line": 1}


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        (),
        "",
        None,
        True,
        0,
        -(10**30),
        1.5,
        float("nan"),
        float("inf"),
        -float("inf"),
        {"a": {}, "b": [], "c": [[]], "d": [{}], "e": {"f": {"g": [1, [2, []]]}}},
        {"text": 'quote " backslash \\ tab \t newline \n nul \x00 del \x7f'},
        {"a": "x\x00y{}[],\n", "b": [], "c": {}, "d": 1, "e": None, "f": True, "g": ""},
        [{"edits": [{"line": 1, "safe": False}, {}], "fix": None}, {"a": [{}], "b": [[]]}],
        {"é": "ünïcödé ✓ \u2028 \u2029 \U0001f600", "lone": "\udcff\ud800"},
        [True, False, None, 1, "x", 2.5, (3, 4)],
        {"level": Level.HIGH, "audience": Word.CONSUMER, "bool": False},
        {"files": [{"violations": [SHARED, SHARED]}, {"violations": [SHARED]}], "top": SHARED},
        [SHARED, [SHARED, {"x": SHARED}]],
    ],
)
def test_the_text_is_json_dumps_text(value: Any) -> None:
    same(value)


def test_keys_json_writes_its_own_way_are_left_to_it() -> None:
    same({2: "a", 2.5: "b", True: "c", None: "d", "e": {3: []}})
    with pytest.raises(TypeError):  # the same error as json.dumps
        dumps({(1, 2): "tuple key"})
    with pytest.raises(TypeError):
        dumps({"a": object()})


def test_random_nested_values() -> None:
    rng = random.Random(16)
    words = ["", "a", "é", "\n", '"', "MED101", "\\", "\x1b[31m"]

    def value(depth: int) -> Any:
        pick = rng.randrange(9 if depth < 5 else 5)
        if pick == 0:
            return rng.choice(words)
        if pick == 1:
            return rng.randrange(-5, 10**6)
        if pick == 2:
            return rng.choice([None, True, False])
        if pick == 3:
            return rng.random() * 10 ** rng.randrange(-5, 25)
        if pick == 4:
            return rng.choice(words) * 3
        if pick in (5, 6):
            return [value(depth + 1) for _ in range(rng.randrange(4))]
        return {rng.choice(words) + str(i): value(depth + 1) for i in range(rng.randrange(4))}

    for _ in range(300):
        same(value(0))
