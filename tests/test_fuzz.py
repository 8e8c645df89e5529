"""A fast, bounded property test: any mix of Markdown, HTML, YAML and text fragments
parses and lints without an exception or a MED902 (the long runs are
benchmarks/fuzz.py)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medlint.engine import Linter
from medlint.reading import decode_text

FRAGMENTS = [
    "---\n", "title: A\n", "dateModified: June 3, 2025\n", "reviewedBy: {name: Dr A}\n",
    "a: &x [1, 2]\nb: [*x, *x]\n", "# Heading\n", "## When to see a doctor\n", "- item\n",
    "> quote\n", "```\n", "    code\n", "<!-- medlint-disable-file MED101 -->\n", "<!--",
    "-->", "<div>", "</div>", "<script>", "</script>", '<script type="application/ld+json">',
    '{"@type": "MedicalWebPage", "dateModified": "2025-06-03"}', "<p>", "</p>", "<h1>",
    "Talk to your doctor if the pain gets worse. ", "Do not stop taking insulin. ",
    "Call 911 if you have chest pain. ", "\r\n", "\r", "\t", "\x00", "\ufeff", "é", "[", "](",
    ")", "|a|b|\n|---|---|\n", "Last updated: 3 June 2025\n", "Reviewed by Dr B\n",
]  # fmt: skip


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40),
    st.sampled_from(["a.md", "a.html", "a.txt"]),
    st.sampled_from(["utf-8", "utf-16"]),
)
def test_any_mix_of_fragments_is_linted_without_a_crash(
    linter: Linter, parts: list[str], name: str, codec: str
) -> None:
    raw = "".join(parts).encode(codec, "surrogatepass")
    text, _problem = decode_text(raw)
    if text is None:
        return  # reported as MED900, by design
    result, crashes = linter.lint_text(name, text)
    assert crashes == 0
    assert [v.message for v in result.violations if v.code == "MED902"] == []
