"""A local fake of the Telegram Bot API over real HTTP.

It records every request it receives and answers from a script: by default ``200 ok``;
queue answers with :meth:`FakeBotApi.answer` (429 with retry_after, 500, odd bodies, slow
answers that trip the client's timeout). Usable as a context manager or a pytest fixture.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Answer:
    status: int = 200
    body: Any = None  # dict -> JSON; str -> raw text
    delay_event: threading.Event | None = None  # answer only after this is set (slow server)
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Received:
    path: str
    payload: dict[str, Any]

    @property
    def text(self) -> str:
        return str(self.payload.get("text", ""))


class FakeBotApi:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self._script: deque[Answer] = deque()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.release = threading.Event()  # set on stop so slow answers end

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def texts(self) -> list[str]:
        return [item.text for item in self.received]

    def answer(self, *answers: Answer) -> None:
        with self._lock:
            self._script.extend(answers)

    def rate_limited(self, retry_after: int) -> Answer:
        body = {
            "ok": False,
            "error_code": 429,
            "description": f"Too Many Requests: retry after {retry_after}",
            "parameters": {"retry_after": retry_after},
        }
        return Answer(429, body)

    def start(self) -> FakeBotApi:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeBotApi:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def _next(self) -> Answer:
        with self._lock:
            return self._script.popleft() if self._script else Answer()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                payload = json.loads(self.rfile.read(length) or b"{}")
                with fake._lock:
                    fake.received.append(Received(self.path, payload))
                answer = fake._next()
                if answer.delay_event is not None:
                    answer.delay_event.wait(30)
                self._reply(answer)

            def _reply(self, answer: Answer) -> None:
                body = answer.body
                if body is None:
                    body = {"ok": True, "result": {"message_id": len(fake.received)}}
                data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (timeout tests)

            def log_message(self, *_args: Any) -> None:
                return

        return Handler
