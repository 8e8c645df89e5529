"""The text the tokenizer sees, with offsets that map back to the source: whitespace runs
folded to one space, junk (long punctuation runs, huge tokens) blanked and long runs
broken so spaCy's tokenizer stays linear. Lengths are kept wherever offsets must not
move."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Any

# The longest run of non-space characters handed to the tokenizer. spaCy's suffix search
# is quadratic in the length of a run ("[" * 5000 took 39 s); no word is this long.
MAX_RUN = 64
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN}}}")


def _within_runs(runs: re.Pattern[str], text: str, change: Callable[[str], str]) -> str:
    r"""``text`` with each of its ``runs`` replaced by ``change(run)``. ``runs`` are the
    whole runs of non-space characters of at least n (``(?<!\S)\S{n,}``): every match of
    a pattern that consumes only non-space characters, n of them at least, lies in one,
    and scanning each run alone finds what scanning the whole text finds. The run pattern
    fails with one test where no run starts (inside words: most of a text)."""
    return runs.sub(lambda m: change(m.group()), text)


def break_long_runs(text: str) -> str:
    """``text`` with every MAX_RUN-th character of a long non-space run made a space, so
    the tokenizer works in linear time; lengths (and so offsets) do not change."""
    return _LONG_RUN.sub(lambda m: m.group()[:-1] + " ", text)


class Compacted:
    """The masked text with every whitespace run (soft line wraps, blanked markup) folded
    into one space, so "see your\ndoctor" and "See [your doctor](url)" tokenize as plain
    prose; offsets map back to the masked (= source) text."""

    # A whitespace run of two or more, or one whitespace character other than a space
    # ("[ \t\r\n\f\v\u00a0]{2,}|[\t\r\n\f\v\u00a0]", as first written; the test
    # compares the two: tests/test_quick_scans.py): written to open
    # with the class, so that ``re`` skips to the next whitespace character in C instead of
    # trying both alternatives at every character (about half the time; the same matches:
    # a run that opens with a space needs a second character, any other takes the run).
    _RUN = re.compile(r"[ \t\r\n\f\v\u00a0](?:(?<! )[ \t\r\n\f\v\u00a0]*|[ \t\r\n\f\v\u00a0]+)")

    def __init__(self, text: str) -> None:
        parts: list[str] = []
        self.seg_c: list[int] = []  # segment start in the compact text
        self.seg_o: list[int] = []  # segment start in the original text
        self.seg_run: list[bool] = []  # True: a folded whitespace run (one space)
        compact = 0
        last = 0
        for m in self._RUN.finditer(text):
            if m.start() > last:
                self._segment(compact, last, False)
                parts.append(text[last : m.start()])
                compact += m.start() - last
            self._segment(compact, m.start(), True)
            parts.append(" ")
            compact += 1
            last = m.end()
        if last < len(text) or not self.seg_c:
            self._segment(compact, last, False)
            parts.append(text[last:])
        # Curly apostrophes become straight ones (same length), so "don’t" matches "don't".
        self.text = "".join(parts).replace("\u2019", "'")

    def _segment(self, compact: int, original: int, run: bool) -> None:
        self.seg_c.append(compact)
        self.seg_o.append(original)
        self.seg_run.append(run)

    def to_original(self, offset: int) -> int:
        i = max(0, bisect.bisect_right(self.seg_c, offset) - 1)
        return self.seg_o[i] if self.seg_run[i] else self.seg_o[i] + offset - self.seg_c[i]

    def to_compact(self, offset: int) -> int:
        i = max(0, bisect.bisect_right(self.seg_o, offset) - 1)
        return self.seg_c[i] if self.seg_run[i] else self.seg_c[i] + offset - self.seg_o[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original(start), self.to_original(max(start, end - 1)) + 1

    def spans_to_original(self, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """``[self.span_to_original(start, end) for start, end in spans]`` in array
        operations: one ``searchsorted`` of all the offsets instead of two Python calls
        and two bisects per span (every sentence of a page; tests/test_quick_round33.py
        compares the two). ``bisect_right`` is ``searchsorted(..., "right")``."""
        if not spans:
            return []
        import numpy as np

        pairs = np.asarray(spans, dtype=np.int64).reshape(len(spans), 2)
        starts = pairs[:, 0]
        # Each span's start and the offset of its last character, in one array.
        offsets = np.concatenate((starts, np.maximum(starts, pairs[:, 1] - 1)))
        seg_c, seg_o, seg_run = self._segment_arrays
        mapped = _mapped(offsets, seg_c, seg_o, seg_run).tolist()
        n = len(spans)
        return list(zip(mapped[:n], [end + 1 for end in mapped[n:]], strict=True))

    @cached_property
    def _segment_arrays(self) -> tuple[Any, Any, Any]:
        """``seg_c``, ``seg_o`` and ``seg_run`` as arrays (int64, int64, bool), made once
        for the page's breaks and its sentences."""
        import numpy as np

        return (
            np.array(self.seg_c, dtype=np.int64),
            np.array(self.seg_o, dtype=np.int64),
            np.array(self.seg_run, dtype=bool),
        )

    def offsets_to_compact(self, offsets: Sequence[int]) -> list[int]:
        """``[self.to_compact(offset) for offset in offsets]`` in array operations."""
        if not offsets:
            return []
        import numpy as np

        at = np.asarray(offsets, dtype=np.int64)
        seg_c, seg_o, seg_run = self._segment_arrays
        result: list[int] = _mapped(at, seg_o, seg_c, seg_run).tolist()
        return result


def _mapped(offsets: Any, seg_from: Any, seg_to: Any, seg_run: Any) -> Any:
    """``to_original`` (``seg_from`` the compact segment starts, ``seg_to`` the original
    ones) or ``to_compact`` (the other way round) of each of an int64 array of offsets:
    the segment of an offset is the last one that starts at or before it (the first when
    none does); a folded run maps every offset in it to its start, a segment of text keeps
    the offset's distance from its start."""
    import numpy as np  # (imported by the callers already: a dictionary look-up)

    i = np.maximum(np.searchsorted(seg_from, offsets, "right") - 1, 0)
    start_to = seg_to[i]
    return np.where(seg_run[i], start_to, start_to + offsets - seg_from[i])


# spaCy's tokenizer strips prefixes and suffixes from a token one at a time, so a long
# token of punctuation takes quadratic time (2,000 "(" or "*_": 10 s; measured in
# docs/performance.md). Runs of 16 punctuation characters, and tokens of 1,000 characters,
# are never prose (minified data, ASCII art, a run of "["): they are blanked before
# tokenizing (same length, so offsets do not move).
_JUNK = re.compile(r"[^\w\s]{16,}|\S{1000,}")
_RUNS_FROM_16 = re.compile(r"(?<!\S)\S{16,}")  # where a _JUNK match can be (_within_runs)


def without_junk(text: str) -> str:
    return _within_runs(_RUNS_FROM_16, text, lambda run: _JUNK.sub(_blank, run))


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def tokenizer_input(masked: str) -> tuple[Compacted, str]:
    """``Compacted(without_junk(masked))`` and the text the tokenizer reads,
    ``break_long_runs`` of its text, with the two run scans made only where a word could
    change: a junk match and a run of MAX_RUN lie within one word (a maximal run of
    non-whitespace: ``str.split`` and ``re``'s ``\\s`` read the same whitespace), so a text
    whose long words hold no junk match is its own ``without_junk``, and the compacted
    text's words are pieces of the masked text's (blanking junk only cuts words), so
    when no word reaches MAX_RUN there is no long run to break. Most pages have neither
    (the regex scans read every character; ``str.split`` is one pass in C)."""
    long = [word for word in masked.split() if len(word) >= 16]
    clean = without_junk(masked) if any(_JUNK.search(word) for word in long) else masked
    compact = Compacted(clean)
    if max(map(len, long), default=0) < MAX_RUN:
        return compact, compact.text
    return compact, break_long_runs(compact.text)
