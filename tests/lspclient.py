"""A small Language Server Protocol client for the tests: JSON-RPC over the standard
input and output of a real server process (``medlint server``), written here rather than
taken from pygls so that the server is checked against the protocol, not against the
library it is built on."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

Message = dict[str, Any]


def _read_message(stream: BinaryIO) -> Message | None:
    """One message (Content-Length framed), or None at the end of the stream."""
    length = None
    while True:
        line = stream.readline()
        if not line:
            return None
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("ascii").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    if length is None:
        raise ValueError("a message without Content-Length")
    body = stream.read(length)
    return dict(json.loads(body.decode("utf-8")))


class LspClient:
    """Drives one server process; requests wait for their response, notifications the
    server sends (publishDiagnostics, logMessage) are kept in arrival order."""

    def __init__(self, command: Sequence[str], cwd: Path, stderr: Path) -> None:
        self.stderr = stderr.open("wb")
        self.process = subprocess.Popen(
            list(command),
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
        )
        self.next_id = 0
        self.inbox: queue.Queue[Message | None] = queue.Queue()
        self.notifications: list[Message] = []
        self.responses: dict[int, Message] = {}
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        while (message := _read_message(self.process.stdout)) is not None:
            self.inbox.put(message)
        self.inbox.put(None)

    def _take(self, deadline: float) -> None:
        """Move one incoming message to where it belongs (or raise when none comes)."""
        try:
            message = self.inbox.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            raise TimeoutError("the server sent nothing in time") from None
        if message is None:
            raise EOFError("the server closed its output")
        if "id" in message and "method" not in message:
            self.responses[int(message["id"])] = message
        elif "method" in message:
            self.notifications.append(message)
            if "id" in message:  # a request from the server (e.g. registerCapability)
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})

    def send(self, message: Message) -> None:
        self.send_bytes(json.dumps(message).encode("utf-8"))

    def send_bytes(self, body: bytes) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def call(self, method: str, params: Any, timeout: float = 60.0) -> Message:
        """Send a request; its whole response (``result`` or ``error``)."""
        self.next_id += 1
        ident = self.next_id
        self.send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while ident not in self.responses:
            self._take(deadline)
        return self.responses.pop(ident)

    def request(self, method: str, params: Any, timeout: float = 60.0) -> Any:
        response = self.call(method, params, timeout)
        assert "error" not in response, response
        return response.get("result")

    def wait_for(
        self, method: str, test: Callable[[Any], bool] = lambda params: True, timeout: float = 60.0
    ) -> Any:
        """The params of the first notification ``method`` (not seen before) that passes
        ``test``; earlier ones are consumed."""
        deadline = time.monotonic() + timeout
        while True:
            for i, message in enumerate(self.notifications):
                if message["method"] == method and test(message.get("params")):
                    del self.notifications[: i + 1]
                    return message.get("params")
            self._take(deadline)

    def close(self, timeout: float = 30.0) -> int:
        """shutdown, exit, and the process's exit status."""
        try:
            self.request("shutdown", None, timeout)
            self.notify("exit", None)
            return self.process.wait(timeout)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            self.stderr.close()
