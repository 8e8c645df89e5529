"""The engine, the command line, the parsers and the reporters name no rule: a rule's
code lives in its rule file (and a python rule's class under medlint/checks/). Engine
findings are named by ``diagnostics.Diagnostic``, options fed by the configuration are
declared by the rule files (``from_config``).

Checked: every string literal in code outside checks/, f-string parts included.
Not checked: docstrings and comments, which may use a code as an example."""

from __future__ import annotations

import ast
import re

from .conftest import ROOT

PACKAGE = ROOT / "src" / "medlint"
RULE_CODE = re.compile(r"\bMED\d+")
RULE_CODE_DIRS = ("checks",)


def docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes of a module, its classes and functions."""
    found = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body
        ):
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def literals_naming_a_rule(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal in code, not a docstring, that names a rule."""
    tree = ast.parse(source)
    skip = docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and RULE_CODE.search(node.value)
    ]


def test_no_rule_code_literal_outside_rule_code() -> None:
    checked = [
        p
        for p in sorted(PACKAGE.rglob("*.py"))
        if p.relative_to(PACKAGE).parts[0] not in RULE_CODE_DIRS
    ]
    assert len(checked) > 30  # the walk sees the package
    found = [
        f"{path.relative_to(PACKAGE)}:{line}: {text!r}"
        for path in checked
        for line, text in literals_naming_a_rule(path.read_text(encoding="utf-8"))
    ]
    assert not found, "rule codes named outside rule code:\n" + "\n".join(found)


def test_the_check_sees_codes_in_code_not_in_docstrings_or_comments() -> None:
    source = (
        '"""MED900 in a module docstring is documentation."""\n'
        "def f(code: str) -> bool:\n"
        '    """As is MED108 here."""\n'
        "    # and MED001 in a comment\n"
        '    return code == "MED101" or code.startswith(f"MED{1}0")\n'
    )
    assert literals_naming_a_rule(source) == [(5, "MED101")]
