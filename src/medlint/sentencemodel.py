"""A small trained sentence classifier: logistic regression over hashed word and character
n-grams, read from a ``.npz`` file of weights with numpy (no download, no scikit-learn at
run time). ``tools/sentence_model.py`` trains the files from the labelled sentence sets
and measures them; a rule file may name one as a second signal (docs/architecture.md,
"A trained sentence classifier as a second signal").

Features, all binary and then scaled to unit length: lower-cased words (``\\w+``), word
pairs, and character 3- to 5-grams inside each word padded with spaces; each hashed with
CRC-32 into ``2**bits`` buckets. The training tool uses :func:`features` itself, so the
model is read exactly as it was trained.
"""

from __future__ import annotations

import itertools
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

WORD = re.compile(r"\w+")
CHAR_SIZES = (3, 4, 5)


def features(text: str, bits: int) -> list[int]:
    """The hashed feature buckets of a sentence (sorted, without repeats)."""
    size = 1 << bits
    words = WORD.findall(text.lower())
    grams = [f"w {w}" for w in words]
    grams += [f"b {a} {b}" for a, b in itertools.pairwise(words)]
    for word in words:
        padded = f" {word} "
        for n in CHAR_SIZES:
            grams += [f"c {padded[i : i + n]}" for i in range(len(padded) - n + 1)]
    return sorted({zlib.crc32(g.encode("utf-8")) % size for g in grams})


class ModelError(ValueError):
    """A model file that cannot be read or is not a sentence model."""


@dataclass(frozen=True)
class SentenceModel:
    """One class's weights: score a sentence with :meth:`probability`."""

    weights: npt.NDArray[np.float32]
    bias: float
    bits: int

    @classmethod
    def load(cls, path: Path) -> SentenceModel:
        try:
            with np.load(path, allow_pickle=False) as data:
                weights = np.asarray(data["weights"], dtype=np.float32)
                bias = float(data["bias"])
                bits = int(data["bits"])
        except (OSError, KeyError, ValueError, TypeError) as exc:
            raise ModelError(f"{path}: not a sentence model ({exc})") from None
        if weights.shape != (1 << bits,):
            raise ModelError(f"{path}: {weights.shape[0]} weights for {bits} bits")
        return cls(weights, bias, bits)

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path, weights=self.weights, bias=np.float64(self.bias), bits=np.int64(self.bits)
        )

    def probability(self, text: str) -> float:
        found = features(text, self.bits)
        if not found:
            return float(1 / (1 + np.exp(-self.bias)))
        score = float(self.weights[found].sum()) / len(found) ** 0.5 + self.bias
        return float(1 / (1 + np.exp(-score)))
