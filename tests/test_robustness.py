"""Hostile and broken input, performed for real: every case ends in a clear report or a
clear error (exit 2 naming the file, exit 3 for a medlint bug), never a traceback or a
hang. Cases that hung before their fix run in a subprocess with a timeout, so a
regression fails the test instead of hanging the suite."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medlint import fixes
from medlint.config import Config
from medlint.engine import Linter, Options

from .conftest import TODAY, cli

# 9 levels of 9 aliases: 9^9 (387 million) strings from 342 bytes.
BOMB = "".join(
    f"{a}: &{a} [{', '.join([f'*{b}'] * 9)}]\n" for b, a in zip("abcdefgh", "bcdefghi", strict=True)
)
BOMB = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + BOMB


def run(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The real medlint command in a child process (a hang fails the test)."""
    return subprocess.run(
        [sys.executable, "-c", "from medlint.cli import main; main()", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        errors="backslashreplace",
        timeout=timeout,
    )


# -- hangs ----------------------------------------------------------------------------------


def test_yaml_alias_bomb_in_front_matter_is_a_parse_error(tmp_path: Path) -> None:
    article = tmp_path / "bomb.md"
    article.write_text(f"---\n{BOMB}---\n# Title\n\nText.\n", encoding="utf-8")
    proc = run(
        "check", "--isolated", "--no-cache", "--select", "MED901", str(article), cwd=tmp_path
    )
    assert proc.returncode == 1, proc.stderr
    assert "bomb.md:" in proc.stdout and "MED901" in proc.stdout
    assert "alias bomb" in proc.stdout and "Traceback" not in proc.stderr


def test_yaml_alias_bomb_in_configuration_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / ".medlint.yaml").write_text(BOMB, encoding="utf-8")
    (tmp_path / "a.md").write_text("# A\n", encoding="utf-8")
    proc = run("check", "--no-cache", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert "invalid configuration" in proc.stderr and ".medlint.yaml:" in proc.stderr
    assert "alias bomb" in proc.stderr


def test_yaml_alias_bomb_in_a_rule_pack_is_a_rule_data_error(tmp_path: Path) -> None:
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "MED801.yaml").write_text(BOMB, encoding="utf-8")
    (tmp_path / ".medlint.toml").write_text('packs = ["pack"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("# A\n", encoding="utf-8")
    proc = run("check", "--no-cache", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert "pack/MED801.yaml:" in proc.stderr and "alias bomb" in proc.stderr


def test_self_referencing_and_deep_yaml_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    for front, problem in (("a: &a [*a]", "contains it"), ("x: " + "[" * 300 + "]" * 300, "deep")):
        article.write_text(f"---\n{front}\n---\n# A\n", encoding="utf-8")
        code, out, _ = cli("check", "--isolated", "--no-cache", "--select", "MED901", str(article))
        assert code == 1 and "MED901" in out and problem in out, out


def test_rule_pack_folder_with_symlink_loops(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "self").symlink_to(pack)  # two loops: 2^40 paths before the fix
    (pack / "again").symlink_to(pack)
    (tmp_path / ".medlint.toml").write_text('packs = ["pack"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("---\ntitle: A\n---\n# A\n", encoding="utf-8")
    proc = run("check", "--no-cache", "--select", "MED001", "a.md", cwd=tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_a_fifo_named_like_an_article_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.md")
    (tmp_path / "ok.md").write_text("---\ntitle: A\n---\n# A\n", encoding="utf-8")
    for target in ("x.md", "."):
        proc = run(
            "check", "--isolated", "--no-cache", "--select", "MED001,MED900", "-f", "concise",
            target, cwd=tmp_path, timeout=60,
        )  # fmt: skip
        assert proc.returncode == 1
        assert "x.md:1:1: MED900 is a named pipe (FIFO), not a regular file" in proc.stdout


def test_a_file_over_the_size_limit_is_reported_not_read(tmp_path: Path) -> None:
    from medlint.reading import MAX_FILE_BYTES

    big = tmp_path / "big.md"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    code, out, _ = cli("check", "--isolated", "--no-cache", "-f", "concise", str(big))
    assert code == 1 and "MED900 is too large to lint (10.0 MB; the limit is 10 MB)" in out


def test_a_binary_file_saved_as_text_is_reported_and_a_legacy_page_read(tmp_path: Path) -> None:
    """An e-book a converter saved as UTF-8 (its bytes replaced by U+FFFD) is MED900, not an
    article with content findings; beside it, a windows-1252 page that declares UTF-8 (whose
    accented letters decode to U+FFFD) is still linted. The real CLI on real files."""
    mobi = "---\ntitle: Coping\n---\n\n# Coping\n\nBOOKMOBI " + "\ufffd\ufffd x " * 40 + "\n"
    (tmp_path / "coping.md").write_text(mobi, encoding="utf-8")
    legacy = (
        '<html><head><meta charset="utf-8"><title>Año</title></head><body><h1>Año</h1><p>'
        + "Niño pequeño está enfermo, qué hacer después. " * 30
        + "</p></body></html>"
    )
    (tmp_path / "legacy.html").write_bytes(legacy.encode("cp1252"))
    proc = run("check", "--isolated", "--no-cache", "-f", "concise", ".", cwd=tmp_path, timeout=60)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    out = proc.stdout.splitlines()
    coping = [line for line in out if line.startswith("./coping.md")]
    assert coping == [
        "./coping.md:1:1: MED900 looks like a binary file converted to text (80 replacement "
        "characters U+FFFD in 153 visible characters), not an article"
    ]
    legacy_lines = [line for line in out if line.startswith("./legacy.html")]
    assert legacy_lines and not any("MED900" in line for line in legacy_lines)


def test_a_long_single_line_page_is_linted_in_pieces(tmp_path: Path) -> None:
    """100 KB on one line, dense in cue words: cubic in the cue resolution before the fix
    (a 40 KB line took 49 s), now cut into sentences of at most MAX_SENTENCE_TOKENS."""
    words = [
        "do",
        "not",
        "see",
        "a",
        "doctor",
        "if",
        "pain",
        "persists",
        "and",
        "fever",
        "rises",
        "without",
        "asking",
        "a",
        "nurse",
    ]
    line = " ".join(words[i % len(words)] for i in range(20_000))
    (tmp_path / "line.txt").write_text(line, encoding="utf-8")
    proc = run("check", "--isolated", "--no-cache", "line.txt", cwd=tmp_path, timeout=100)
    assert proc.returncode == 1 and "MED902" not in proc.stdout, proc.stderr[-2000:]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("run_of", ["\n", "|", "•", " \n"])
def test_a_long_run_of_blank_lines_or_bars_inside_a_paragraph(
    tmp_path: Path, run_of: str, suffix: str
) -> None:
    """20,000 blank lines in the middle of a word (found by benchmarks/fuzz.py, round 17): every
    line start let the visible-metadata labels' filler swallow all the lines after it, quadratic
    in the run (minutes); the filler now stays on its line and is bounded
    (visiblegrammar.MAX_FILLER)."""
    page = (
        "Low Vision\n\nSuch serv" + run_of * 20_000 + "ices include training. Updated: 3 May 2024\n"
    )
    (tmp_path / f"run{suffix}").write_text(page, encoding="utf-8")
    proc = run("check", "--isolated", "--no-cache", f"run{suffix}", cwd=tmp_path, timeout=100)
    assert proc.returncode in (0, 1) and "MED902" not in proc.stdout, proc.stderr[-2000:]


# -- tracebacks -----------------------------------------------------------------------------


def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"bad\xff.md")
    (tmp_path / name).write_text("# A\n", encoding="utf-8")
    folder = str(tmp_path)
    for format_ in ("text", "concise", "grouped", "json", "sarif", "gitlab", "junit"):
        code, out, err = cli(
            "check", "--isolated", "--select", "MED001,MED105", "-f", format_, folder
        )
        assert code == 1, (format_, err)
    code, out, _ = cli("check", "--isolated", "--select", "MED105", "-f", "concise", folder)
    assert "bad\\xff.md:1:1: MED105" in out
    code, out, _ = cli("check", "--isolated", "--select", "MED105", "-f", "json", folder)
    (file,) = json.loads(out)["files"]
    assert Path(file["path"]).name == name  # the escape reads back as the same name


def test_a_file_name_with_a_newline_cannot_forge_report_lines(tmp_path: Path) -> None:
    evil = "x.md:9:1: MED000 all clear\n\x1b[2Jz.md"
    (tmp_path / evil).write_text("# A\n", encoding="utf-8")
    for format_ in ("text", "concise", "grouped"):
        code, out, _ = cli(
            "check", "--isolated", "--no-cache", "--select", "MED105", "-f", format_, str(tmp_path)
        )
        assert code == 1
        assert "\x1b" not in out and not any(line.startswith("\x1b") for line in out.splitlines())
        assert "MED000 all clear\\n\\x1b[2Jz.md" in out
        assert len([line for line in out.splitlines() if "MED105" in line]) == 1


@pytest.mark.skipif(shutil.which("chattr") is None, reason="chattr is not installed")
def test_fix_in_a_folder_medlint_cannot_write(tmp_path: Path) -> None:
    """Tests run as root, which ignores permission bits; an immutable folder (chattr +i)
    refuses even root, as a read-only checkout or mount refuses a user."""
    folder = tmp_path / "locked"
    folder.mkdir()
    article = folder / "a.md"
    article.write_text("---\ntitle: A\ndateModified: June 3, 2025\n---\n# A\n", encoding="utf-8")
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("this filesystem does not support chattr +i")
    try:
        _code, _out, err = cli("check", "--isolated", "--select", "MED001", "--fix", str(folder))
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert "a.md: cannot be written: Operation not permitted; not fixed" in err
    assert "June 3, 2025" in article.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("entries", "problem"),
    [
        ('[{"path": "a.md", "code": "MED105", "hash": "x", "count": 1e400}]', "count must be"),
        ('[{"path": ["a"], "code": "MED105", "hash": "x", "count": 1}]', "needs path, code"),
        ('{"a": 1}', "'entries' must be a list"),
        ("[1, 2]", "needs path, code"),
        ('[{"path": "a.md", "code": "MED105", "hash": "x", "count": "2"}]', "count must be"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_bad_baselines_are_usage_errors(tmp_path: Path, entries: str, problem: str) -> None:
    (tmp_path / "a.md").write_text("# A\n", encoding="utf-8")
    base = tmp_path / "base.json"
    base.write_text(f'{{"medlint_baseline": 1, "entries": {entries}}}', encoding="utf-8")
    code, _, err = cli(
        "check", "--isolated", "--select", "MED105", "--baseline", str(base), str(tmp_path / "a.md")
    )
    assert code == 2 and str(base) in err and problem in err, err


@pytest.mark.parametrize(
    ("check", "problem"),
    [
        ("medlint.checks.dates:DATE_KEYS", "not a class"),
        ("medlint.checks.dates:update_date", "not a class"),
        ("medlint.checks.dates:MetaValue", "cannot be built"),
    ],
)
def test_pack_check_that_is_not_a_rule_class(tmp_path: Path, check: str, problem: str) -> None:
    from .test_packs import HOUSE_RULE, project

    rule = HOUSE_RULE.replace("kind: required", f"kind: python\ncheck: {check}")
    # No options: a class that declares none would be refused for them first.
    rule = re.sub(r"options:\n(  .*\n)+", "", rule)
    root = project(tmp_path, rule)
    code, _, err = cli("check", "--no-cache", str(root / "a.md"))
    assert code == 2 and "house-rules/MED801.yaml" in err and problem in err, err


def test_a_medlint_bug_on_one_file_exits_3_and_reports_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection (the only way to test the handler of a bug we do not know of): the
    audience detector raises on one file. That file gets a MED902, the others their normal
    report, and the exit code is 3."""
    import medlint.audience

    real = medlint.audience.detect

    def flaky(document: object) -> object:
        if str(getattr(document, "path", "")).endswith("boom.md"):
            raise KeyError("injected")
        return real(document)  # type: ignore[arg-type]

    # running imports the detector when a file is linted (a cached run loads none of it).
    monkeypatch.setattr(medlint.audience, "detect", flaky)
    for name in ("a.md", "boom.md", "c.md"):
        (tmp_path / name).write_text("# A\n", encoding="utf-8")
    code, out, _ = cli(
        "check", "--isolated", "--no-cache", "--select", "MED105,MED902", "-f", "concise",
        str(tmp_path),
    )  # fmt: skip
    assert code == 3
    assert "boom.md:1:1: MED902 medlint failed on this file (KeyError: 'injected')" in out
    assert "a.md:1:1: MED105" in out and "c.md:1:1: MED105" in out


def test_an_unexpected_exception_outside_a_file_exits_3_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import medlint.reporters

    def broken(*_: object) -> str:
        raise RuntimeError("injected reporter bug")

    monkeypatch.setitem(medlint.reporters.REPORTERS, "concise", broken)
    (tmp_path / "a.md").write_text("# A\n", encoding="utf-8")
    code, _, err = cli("check", "--isolated", "--select", "MED105", "-f", "concise", str(tmp_path))
    assert code == 3
    assert err.startswith("medlint: internal error: RuntimeError: injected reporter bug at ")
    assert "Traceback" not in err


# -- suppression ----------------------------------------------------------------------------


def test_directives_in_code_or_front_matter_do_not_apply(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    for body in (
        "---\ntitle: '<!-- medlint-disable-file MED105 -->'\n---\n# A\n",
        "# A\n\n```\n<!-- medlint-disable-file MED105 -->\n```\n",
        "# A\n\n    <!-- medlint-disable-file MED105 -->\n",
        "# A\n\nUse `<!-- medlint-disable-file MED105 -->` to silence it.\n",
    ):
        article.write_text(body, encoding="utf-8")
        code, out, _ = cli("check", "--isolated", "--no-cache", "--select", "MED105", str(article))
        assert code == 1 and "MED105" in out, body
    article.write_text("# A\n\n<!-- medlint-disable-file MED105 -->\n", encoding="utf-8")
    code, out, _ = cli("check", "--isolated", "--no-cache", "--select", "MED105", str(article))
    assert code == 0, out


def test_html_directives_only_in_real_comments(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(
        "<html><body><h1>A</h1><script>var s = '<!-- medlint-disable-file MED105 -->';"
        "</script><p title='<!-- medlint-disable-file MED105 -->'>Text.</p></body></html>",
        encoding="utf-8",
    )
    code, out, _ = cli("check", "--isolated", "--no-cache", "--select", "MED105", str(page))
    assert code == 1 and "MED105" in out


def test_a_baseline_cannot_hide_an_unreadable_file(tmp_path: Path) -> None:
    from medlint import baseline

    article = tmp_path / "a.md"
    article.write_bytes(b"# A\n\x00\x01binary")
    base = tmp_path / "base.json"
    args = ("check", "--isolated", "--no-cache", "--select", "MED900", str(article))
    cli(*args, "--write-baseline", str(base))
    assert "MED900" not in base.read_text(encoding="utf-8")  # never recorded
    # A committed entry that matches the finding exactly does not hide it either.
    result = Linter(Options(today=TODAY, select=("MED900",))).run([str(article)])
    ((where, code, digest),) = baseline._keys(result.files[0], tmp_path)
    entry = {"path": where, "code": code, "hash": digest, "count": 1}
    base.write_text(json.dumps({"medlint_baseline": 1, "entries": [entry]}), encoding="utf-8")
    status, out, _ = cli(*args, "--baseline", str(base))
    assert status == 1 and "MED900" in out


# -- --fix never loses or moves data --------------------------------------------------------

FIXABLE = "---\ntitle: A\ndateModified: June 3, 2025\n---\n# A\n\nText.\n"
FIX = ("check", "--isolated", "--no-cache", "--select", "MED001", "--fix")


def test_fix_keeps_utf16_with_its_bom(tmp_path: Path) -> None:
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        article = tmp_path / f"{codec}.md"
        article.write_bytes(bom + FIXABLE.replace("\n", "\r\n").encode(codec))
        _code, _, err = cli(*FIX, str(article))
        data = article.read_bytes()
        assert data.startswith(bom), (codec, data[:8])
        text = data[2:].decode(codec)
        assert "dateModified: 2025-06-03\r\n" in text and "fixed" in err


def test_fix_keeps_cr_only_line_endings(tmp_path: Path) -> None:
    (tmp_path / ".medlint.toml").write_text(
        'select = ["MED101"]\n[organization]\ndisclaimers = ["For information only."]\n',
        encoding="utf-8",
    )
    article = tmp_path / "a.md"
    article.write_bytes(b"# Leg cramps\r\rCramps are common.\r")
    cli("check", "--no-cache", "--fix", str(article))
    data = article.read_bytes()
    assert b"For information only." in data and b"\n" not in data


def test_fix_leaves_a_read_only_file_alone(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(FIXABLE, encoding="utf-8")
    article.chmod(0o444)
    _code, _out, err = cli(*FIX, str(article))
    assert "a.md: is read-only; not fixed" in err
    assert article.read_text(encoding="utf-8") == FIXABLE


def test_fix_writes_through_a_link_inside_the_project_and_refuses_one_outside(
    tmp_path: Path,
) -> None:
    project = tmp_path / "project"
    outside = tmp_path / "outside.md"
    project.mkdir()
    (project / ".medlint.toml").write_text('select = ["MED001"]\n', encoding="utf-8")
    real = project / "real.md"
    for path in (real, outside):
        path.write_text(FIXABLE, encoding="utf-8")
    (project / "link.md").symlink_to("real.md")
    (project / "away.md").symlink_to(outside)
    _code, out, _err = cli(
        "check", "--no-cache", "--fix", str(project / "link.md"), str(project / "away.md")
    )
    assert (project / "link.md").is_symlink() and (project / "away.md").is_symlink()
    assert "2025-06-03" in real.read_text(encoding="utf-8")
    assert outside.read_text(encoding="utf-8") == FIXABLE
    # the project-root boundary (boundary.py) keeps --fix from reading it at all
    assert "away.md:1:1: MED900" in out and "outside the project root" in out


def test_fix_refuses_when_the_file_changed_meanwhile(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(FIXABLE, encoding="utf-8")
    linter = Linter(Options(today=TODAY, select=("MED001",), config=Config()))
    plans: list[fixes.Plan] = []
    linter.fix_file(str(article), lambda plan: plans.append(plan) or False)
    (plan,) = plans
    assert plan.changes
    edited = FIXABLE + "\nA paragraph the author typed while --fix ran.\n"
    article.write_text(edited, encoding="utf-8")
    problem = fixes.write_fix(plan, tmp_path)
    assert problem == "changed while medlint was fixing it; not fixed (run --fix again)"
    assert article.read_text(encoding="utf-8") == edited
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]  # no temporary file left


def test_kill_9_during_fix_leaves_every_file_old_or_new(tmp_path: Path) -> None:
    old = FIXABLE.encode()
    new = FIXABLE.replace("June 3, 2025", "2025-06-03").encode()
    for i in range(300):
        (tmp_path / f"a{i:03}.md").write_bytes(old)
    child = subprocess.Popen(
        [sys.executable, "-c", "from medlint.cli import main; main()", *FIX, "."],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert child.stderr is not None
    child.stderr.readline()  # the first "fixed" line: the run is mid-way
    time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    contents = [p.read_bytes() for p in sorted(tmp_path.glob("a*.md"))]
    assert len(contents) == 300 and all(c in (old, new) for c in contents)
    assert contents.count(new) >= 1


def test_inputs_the_fuzzer_found_slow_are_linted_quickly(tmp_path: Path) -> None:
    """benchmarks/fuzz.py found these: a run of 5,000 '[' (39 s in spaCy's quadratic
    suffix search) and a 23 KB HTML page with a long run (75 s). Long runs are now broken
    for the tokenizer (tokentext.break_long_runs)."""
    folder = Path(__file__).parent / "fixtures" / "fuzz"
    (tmp_path / "run.txt").write_text("x" + "[" * 20_000 + "\n", encoding="utf-8")
    targets = (str(folder), str(tmp_path / "run.txt"))  # one run lints both
    proc = run("check", "--isolated", "--no-cache", "-f", "concise", *targets, cwd=tmp_path)
    assert proc.returncode == 1 and "MED902" not in proc.stdout, proc.stdout[-2000:]
    linted = len([*folder.iterdir()]) + 1
    assert proc.stdout.rstrip().endswith(f" of {linted} files."), proc.stdout[-2000:]


def test_glyph_lists_and_indented_prose_as_real_files(tmp_path: Path) -> None:
    """Round 42's readers (bullet-glyph items, indented prose, lists read whole) on real
    files in a real process: odd shapes end in findings or a clean pass, never a traceback,
    and a page of two 600-item lists takes seconds, not minutes (it took 82 s before the
    second review's mend)."""
    pages = {
        "lone-glyph.md": "# Croup\n\nKey points\n  •",
        "glyph-tab.md": "# Croup\n\nKey points\n\t•\tSeek medical attention if noisy breathing\n",
        "crlf.md": "# Croup\r\n\r\nCall 911 now if\r\n  • Lips turn blue\r\n  • Passed out\r\n",
        "indented-blank.md": "# Flu\n\nIntro.\n\n    \n    \n\nEnd.\n",
        "indented-prose.md": (
            "# Flu\n\nFlu spreads in winter.\n\n    If you have these symptoms, seek medical "
            "attention within a day.\n    • Fever\n    • Cough\n"
        ),
        "two-lists.md": "\n".join(
            ["# Asthma", "", "Things people notice:"]
            + [f"- Severe shortness of breath and blue lips (case {i})." for i in range(600)]
            + ["", "Other things:"]
            + [f"- Call 911 now (step {i})." for i in range(600)]
        ),
        "empty.md": "",
    }
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8", newline="")
    done = run("check", ".", "--today", "2026-12-04", "--no-cache", "--isolated", cwd=tmp_path)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    assert "MED902" not in done.stdout  # no internal error on any page


@pytest.mark.parametrize(
    "run_of",
    ["A’", "A'", "AB", "Aa ", "the ABCDEFGHIJ ", "The Department of "],
)
def test_a_long_run_of_name_like_words_is_read_once(tmp_path: Path, run_of: str) -> None:
    """A 200 KB line of name-like runs beside a statistic: MED401's source patterns read a
    run of capitals and apostrophes once, not once per letter (round 43's review: "A’A’..."
    of 200 KB took about two minutes in the officials-of-a-named-place pattern; the new
    trial and dataset patterns are possessive)."""
    text = "# Stats\n\nAbout 30% of adults snore. " + run_of * (200_000 // len(run_of)) + "\n"
    (tmp_path / "names.md").write_text(text, encoding="utf-8")
    proc = run(
        "check",
        "--isolated",
        "--no-cache",
        "--select",
        "MED401",
        "names.md",
        cwd=tmp_path,
        timeout=100,
    )
    assert proc.returncode in (0, 1) and "MED902" not in proc.stdout, proc.stderr[-2000:]
