"""What the language server answers, as pure functions of a linted buffer
(``linting.Linted``): diagnostics, code actions and hovers, in lsprotocol's types.

Ranges are exact: a violation's medlint line/column becomes a string offset in the
buffer it was computed from, then an LSP position in the agreed code units. Code actions
carry the edits the findings carry (``model.Edit``, chosen as ``--fix`` chooses them:
``fixes.choose``), a ``medlint-disable-next-line`` comment for the finding's line when
medlint would read it as a comment there, and "fix all" for the safe edits of the buffer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lsprotocol import types

from medlint import fixes, suppression
from medlint.clisupport import explain_text
from medlint.lsp.linting import Linted
from medlint.lsp.positions import Buffer, Position
from medlint.model import Edit, Severity, Violation
from medlint.reporters.common import DOCS_URL

SOURCE = "medlint"
SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
REASON_PLACEHOLDER = "TODO: say why this rule does not apply here"
FIX_ALL = types.CodeActionKind.SourceFixAll.value + ".medlint"
_TOML_CLOSE = re.compile(r"^\+\+\+[ \t]*$", re.M)


def lsp_position(buffer: Buffer, offset: int) -> types.Position:
    at = buffer.position(offset)
    return types.Position(line=at.line, character=at.character)


def lsp_range(buffer: Buffer, start: int, end: int) -> types.Range:
    return types.Range(start=lsp_position(buffer, start), end=lsp_position(buffer, end))


def offset_of(buffer: Buffer, position: types.Position) -> int:
    return buffer.offset(Position(position.line, position.character))


def offsets(buffer: Buffer, v: Violation) -> tuple[int, int]:
    """The string offsets of a violation in the buffer it was computed from."""
    start = buffer.from_medlint(v.line, v.column)
    return start, max(start, buffer.from_medlint(v.end_line, v.end_column))


def _violations(linted: Linted) -> Iterator[tuple[Violation, int, int]]:
    if linted.result is not None:
        for v in linted.result.violations:
            yield (v, *offsets(linted.buffer, v))


def diagnostic(linted: Linted, v: Violation) -> types.Diagnostic:
    start, end = offsets(linted.buffer, v)
    return types.Diagnostic(
        range=lsp_range(linted.buffer, start, end),
        severity=SEVERITIES[v.severity],
        code=v.code,
        code_description=(
            types.CodeDescription(href=DOCS_URL.format(code=v.code.lower()))
            if v.code in linted.rules.documented
            else None
        ),
        source=SOURCE,
        message=f"{v.message}\nFix: {v.fix}" if v.fix else v.message,
    )


def diagnostics(linted: Linted) -> list[types.Diagnostic]:
    """The buffer's violations; when it could not be linted, one error at its start that
    says why (an invalid configuration names the file, key and problem)."""
    if linted.problem is not None:
        start = types.Position(line=0, character=0)
        return [
            types.Diagnostic(
                range=types.Range(start=start, end=start),
                severity=types.DiagnosticSeverity.Error,
                source=SOURCE,
                message=linted.problem,
            )
        ]
    return [diagnostic(linted, v) for v, _s, _e in _violations(linted)]


def _text_edits(buffer: Buffer, edits: Sequence[Edit]) -> list[types.TextEdit]:
    return [
        types.TextEdit(range=lsp_range(buffer, e.start, e.end), new_text=e.replacement)
        for e in edits
    ]


def _workspace_edit(
    linted: Linted, edits: list[types.TextEdit], versioned: bool
) -> types.WorkspaceEdit:
    """Edits of this version of the buffer: a client that supports versioned document
    changes refuses them once the buffer has changed."""
    if versioned:
        document = types.OptionalVersionedTextDocumentIdentifier(
            uri=linted.uri, version=linted.version
        )
        return types.WorkspaceEdit(
            document_changes=[types.TextDocumentEdit(text_document=document, edits=edits)]
        )
    return types.WorkspaceEdit(changes={linted.uri: edits})


def _front_matter_end(kind: str | None, text: str) -> int:
    """Where a Markdown buffer's ``+++`` front matter ends (0 without one); a directive
    must not be inserted into it (nor before an opening ``---``)."""
    if kind != "markdown" or not text.startswith("+++"):
        return 0
    close = _TOML_CLOSE.search(text, text.find("\n") + 1) if "\n" in text else None
    return close.end() if close else len(text)


def suppression_edit(linted: Linted, v: Violation, start: int) -> types.TextEdit | None:
    """A ``medlint-disable-next-line`` comment on its own line above the violation's
    first line (indented like it), or None when medlint would not read it as a comment
    that covers the violation there (inside code, front matter, a script or a tag)."""
    buffer = linted.buffer
    kind = linted.result.format if linted.result else None
    line = buffer.position(start).line
    at = buffer.lsp_starts[line]
    text = buffer.text
    if at < _front_matter_end(kind, text) or (
        at == 0 and kind == "markdown" and text.startswith(("---", "+++"))
    ):
        return None
    content = buffer.line_text(line)
    indent = content[: len(content) - len(content.lstrip(" \t"))]
    comment = f"<!-- medlint-disable-next-line {v.code} -- {REASON_PLACEHOLDER} -->"
    inserted = f"{indent}{comment}{buffer.line_break(line)}"
    after = text[:at] + inserted + text[at:]
    directive = at + len(indent)
    is_comment = suppression.comment_filter_of(kind or "text", after)
    if is_comment is not None and not is_comment(directive):
        return None
    if after.count("\n", 0, directive) + 1 != after.count("\n", 0, start + len(inserted)):
        return None  # a lone \r break: medlint's lines are not the editor's
    where = lsp_position(buffer, at)
    return types.TextEdit(range=types.Range(start=where, end=where), new_text=inserted)


def _wanted(kind: str, only: Sequence[str] | None) -> bool:
    return only is None or any(kind == o or kind.startswith(o + ".") for o in only)


def code_actions(
    linted: Linted,
    requested: types.Range,
    only: Sequence[str] | None = None,
    versioned: bool = True,
) -> list[types.CodeAction]:
    """Quick fixes for the violations that touch ``requested`` (their edits; a
    suppression comment), and "fix all" for the buffer's safe edits."""
    buffer = linted.buffer
    low, high = offset_of(buffer, requested.start), offset_of(buffer, requested.end)
    actions: list[types.CodeAction] = []
    quick = types.CodeActionKind.QuickFix
    for v, start, end in _violations(linted):
        if not (start <= high and low <= end) or not _wanted(quick.value, only):
            continue
        diagnostic_ = [diagnostic(linted, v)]
        if v.edits:
            chosen, _skipped = fixes.choose(v.edits, unsafe=True)
            safe = all(e.safe for e in chosen)
            actions.append(
                types.CodeAction(
                    title=f"medlint: fix {v.code} ({v.name})"
                    + ("" if safe else ": check it, this may change what the article says"),
                    kind=quick,
                    diagnostics=diagnostic_,
                    is_preferred=safe,
                    edit=_workspace_edit(linted, _text_edits(buffer, chosen), versioned),
                )
            )
        comment = (
            None if v.code in linted.rules.unsuppressible else suppression_edit(linted, v, start)
        )
        if comment is not None:
            actions.append(
                types.CodeAction(
                    title=f"medlint: disable {v.code} for this line (write the reason)",
                    kind=quick,
                    diagnostics=diagnostic_,
                    edit=_workspace_edit(linted, [comment], versioned),
                )
            )
    safe_edits = [e for v, _s, _e in _violations(linted) for e in v.edits if e.safe]
    if safe_edits and _wanted(FIX_ALL, only):
        chosen, _skipped = fixes.choose(safe_edits)
        actions.append(
            types.CodeAction(
                title="medlint: apply all safe fixes",
                kind=FIX_ALL,
                edit=_workspace_edit(linted, _text_edits(buffer, chosen), versioned),
            )
        )
    return actions


def hover(linted: Linted, position: types.Position) -> types.Hover | None:
    """At a violation: its message and its rule's explanation (``medlint explain``)."""
    offset = offset_of(linted.buffer, position)
    hits = [(v, s, e) for v, s, e in _violations(linted) if s <= offset <= e]
    if not hits:
        return None
    parts: list[str] = []
    seen: set[str] = set()
    for v, _s, _e in hits:
        parts.append(f"**{v.code}** `{v.name}`: {v.message}")
        spec = linted.rules.by_code.get(v.code)
        if spec is not None and v.code not in seen:
            seen.add(v.code)
            parts.append(f"```text\n{explain_text(spec)}\n```")
    _v, start, end = hits[0]
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n".join(parts)),
        range=lsp_range(linted.buffer, start, end),
    )
