"""`medlint server`: the Language Server Protocol over standard input and output, on
pygls (docs/editors.md; the choice in docs/architecture.md, "Decisions").

Buffers are synchronised in full (each change sends the whole text): pygls applies
incremental changes over ``str.splitlines``, which also breaks lines at U+2028, form
feeds and other characters the protocol does not count as line breaks, so an edit after
one would land in the wrong place. A buffer is linted when it is opened or saved, and
``DEBOUNCE`` seconds after the last change; linting runs on one worker thread (the
Linters are built and used there only), so the server keeps answering while it lints,
and a result is published only if the buffer has not changed since.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.capabilities import get_capability
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path

from medlint import __version__
from medlint.config import CANDIDATES
from medlint.lsp import features
from medlint.lsp.linting import Linted, Linters, Rules, Settings, Target, target_of
from medlint.lsp.positions import UTF16, Buffer

DEBOUNCE = 0.25  # seconds of quiet after a change before the buffer is linted
WARM_UP_TEXT = "# medlint\n\nA sentence to build the tokenizer before the first buffer.\n"


class MedlintServer:
    """The state of one server: the open buffers' latest results, pending lints, and the
    warm Linters (one per configuration)."""

    def __init__(self, settings: Settings) -> None:
        self.linters = Linters(settings)
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="medlint-lint")
        self.linted: dict[str, Linted] = {}
        self.timers: dict[str, asyncio.TimerHandle] = {}
        self.tasks: set[asyncio.Task[None]] = set()
        self.lsp = LanguageServer(
            "medlint",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Full,
            protocol_cls=_Protocol,
        )
        handlers: list[tuple[str, Callable[[Any], Any], object]] = [
            (types.INITIALIZED, self.initialized, None),
            (types.TEXT_DOCUMENT_DID_OPEN, self.did_open, None),
            (types.TEXT_DOCUMENT_DID_CHANGE, self.did_change, None),
            (types.TEXT_DOCUMENT_DID_SAVE, self.did_save, None),
            (types.TEXT_DOCUMENT_DID_CLOSE, self.did_close, None),
            (
                types.TEXT_DOCUMENT_CODE_ACTION,
                self.code_action,
                types.CodeActionOptions(
                    code_action_kinds=[types.CodeActionKind.QuickFix, features.FIX_ALL]
                ),
            ),
            (types.TEXT_DOCUMENT_HOVER, self.hover, None),
        ]
        for method, handler, options in handlers:
            self.lsp.feature(method, options)(_function(handler))

    # -- notifications -----------------------------------------------------------------
    async def initialized(self, params: types.InitializedParams) -> None:
        """Build the workspace's Linter and spaCy's tokenizer before the first buffer
        arrives (errors are reported on the buffers they concern)."""
        root = self.lsp.workspace.root_path
        folder = Path(root) if root else None
        target = Target(str((folder or Path.cwd()) / "medlint-warm-up.md"), folder)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(
            self.worker, self.linters.lint, "", None, WARM_UP_TEXT, target, UTF16
        )

    async def did_open(self, params: types.DidOpenTextDocumentParams) -> None:
        self.schedule(params.text_document.uri, 0.0)

    async def did_change(self, params: types.DidChangeTextDocumentParams) -> None:
        self.schedule(params.text_document.uri, DEBOUNCE)

    async def did_save(self, params: types.DidSaveTextDocumentParams) -> None:
        """A saved buffer is linted again; a saved configuration file relints every open
        buffer (the Linters notice the change by the file's size and time)."""
        path = to_fs_path(params.text_document.uri)
        if path and Path(path).name in CANDIDATES:
            for uri in list(self.linted):
                self.schedule(uri, 0.0)
        else:
            self.schedule(params.text_document.uri, 0.0)

    async def did_close(self, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        timer = self.timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        self.linted.pop(uri, None)
        self.publish(uri, None, [])

    # -- linting -----------------------------------------------------------------------
    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing a lint not yet started."""
        loop = asyncio.get_running_loop()
        pending = self.timers.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self.timers[uri] = loop.call_later(delay, self._start, uri)

    def _start(self, uri: str) -> None:
        self.timers.pop(uri, None)
        task = asyncio.ensure_future(self.lint(uri))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def _open(self, uri: str) -> tuple[int | None, str, str | None] | None:
        """The open buffer's version, text and language (None when it is not open)."""
        document = self.lsp.workspace.text_documents.get(uri)
        if document is None:
            return None
        return document.version, document.source, document.language_id

    async def lint(self, uri: str) -> None:
        opened = self._open(uri)
        if opened is None:
            return
        version, text, language = opened
        target = target_of(uri, language)
        if target is None:
            return  # not an article (a configuration file, code): no diagnostics
        encoding = str(self.lsp.workspace.position_encoding or UTF16)
        loop = asyncio.get_running_loop()
        try:
            linted = await loop.run_in_executor(
                self.worker, self.linters.lint, uri, version, text, target, encoding
            )
        except Exception as exc:  # a medlint bug must not end the editor's session
            problem = (
                f"medlint failed on this buffer ({type(exc).__name__}: {exc}); this is a "
                "medlint bug, please report it"
            )
            linted = Linted(uri, version, Buffer(text, encoding), None, Rules({}), problem)
        now = self._open(uri)
        if now is None or now[0] != version or now[1] != text:
            return  # changed or closed meanwhile: a newer lint is scheduled
        self.linted[uri] = linted
        self.publish(uri, version, features.diagnostics(linted))

    def publish(self, uri: str, version: int | None, found: list[types.Diagnostic]) -> None:
        self.lsp.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=found)
        )

    def current(self, uri: str) -> Linted | None:
        """The result for the buffer as it is now (None while a lint is pending)."""
        linted = self.linted.get(uri)
        opened = self._open(uri)
        if linted is None or opened is None or opened[0] != linted.version:
            return None
        return linted if opened[1] == linted.buffer.text else None

    # -- requests ----------------------------------------------------------------------
    def code_action(self, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        linted = self.current(params.text_document.uri)
        if linted is None:
            return None
        versioned = get_capability(
            self.lsp.client_capabilities, "workspace.workspace_edit.document_changes", False
        )
        only = [getattr(k, "value", str(k)) for k in params.context.only or ()] or None
        return features.code_actions(linted, params.range, only, bool(versioned))

    def hover(self, params: types.HoverParams) -> types.Hover | None:
        linted = self.current(params.text_document.uri)
        return None if linted is None else features.hover(linted, params.position)


class _Protocol(LanguageServerProtocol):
    """pygls's protocol, answering a request whose params do not fit its method with an
    error response (pygls logs it and sends nothing, so the client would wait forever)."""

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            ident = data.get("id")
            if "method" in data and isinstance(ident, int | str) and not isinstance(ident, bool):
                why = f"{exc.message} for {data['method']}: {exc.__cause__ or exc}"
                error = types.ResponseError(code=exc.code, message=why)
                self._send_response(ident, error=error)
            raise


def _function(handler: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A plain function calling a bound method: pygls marks its handlers with attributes,
    which a bound method cannot carry."""
    if inspect.iscoroutinefunction(handler):

        async def run_async(params: Any) -> Any:
            return await handler(params)

        return run_async

    def run(params: Any) -> Any:
        return handler(params)

    return run


def serve(settings: Settings) -> None:
    """Talk LSP on standard input and output until the client says exit. Anything
    medlint or a library prints goes to standard error, never into the protocol."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr
    server = MedlintServer(settings)
    try:
        server.lsp.start_io(stdin, stdout)
    finally:
        server.worker.shutdown(wait=False, cancel_futures=True)
