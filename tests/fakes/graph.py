"""A local stand-in for Microsoft Graph over real HTTP: token, folders, messages, $value."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

TOKEN = "graph-token-1"


@dataclass
class GraphState:
    messages: dict[str, bytes] = field(default_factory=dict)  # id -> raw MIME, in order
    folder_of: dict[str, str] = field(default_factory=dict)
    read: set[str] = field(default_factory=set)
    requests: list[str] = field(default_factory=list)
    token_requests: int = 0
    expire_next_token: bool = False

    def add(self, message_id: str, raw: bytes) -> None:
        self.messages[message_id] = raw
        self.folder_of[message_id] = "omis-folder"


FOLDERS = {
    "inbox": {"id": "inbox-id"},
    "OMIS": {"id": "omis-folder"},
    "Processed": {"id": "done-folder"},
}


def _handler(state: GraphState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: Any) -> None:
            return

        def _send(self, code: int, body: Any, raw: bytes | None = None) -> None:
            data = raw if raw is not None else json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _authorised(self) -> bool:
            if self.headers.get("Authorization") != f"Bearer {TOKEN}" or state.expire_next_token:
                state.expire_next_token = False
                self._send(401, {"error": {"code": "InvalidAuthenticationToken"}})
                return False
            return True

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            body = self.rfile.read(length)
            path = urlparse(self.path).path
            state.requests.append(f"POST {path}")
            if path.endswith("/oauth2/v2.0/token"):
                state.token_requests += 1
                form = parse_qs(body.decode())
                if form.get("client_secret") != ["right-secret"]:
                    return self._send(
                        401, {"error": "invalid_client", "error_description": "AADSTS7000215"}
                    )
                return self._send(200, {"access_token": TOKEN, "expires_in": 3599})
            if not self._authorised():
                return None
            message_id = path.split("/messages/")[1].split("/")[0]
            state.folder_of[message_id] = json.loads(body)["destinationId"]
            return self._send(201, {"id": message_id})

        def do_PATCH(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if not self._authorised():
                return
            state.read.add(urlparse(self.path).path.rsplit("/", 1)[1])
            self._send(200, {})

        def do_GET(self) -> None:
            parsed = urlparse(self.path)
            state.requests.append(f"GET {parsed.path}")
            if not self._authorised():
                return
            path = parsed.path
            if path.endswith("/mailFolders/inbox"):
                return self._send(200, FOLDERS["inbox"])
            if path.endswith("/childFolders") or path.endswith("/mailFolders"):
                name = parse_qs(parsed.query).get("$filter", [""])[0].split("'")[1]
                return self._send(200, {"value": [FOLDERS[name]] if name in FOLDERS else []})
            if path.endswith("/$value"):
                return self._send(200, None, raw=state.messages[path.split("/")[-2]])
            if path.endswith("/messages"):
                folder = path.split("/mailFolders/")[1].split("/")[0]
                items = [
                    {"id": mid, "receivedDateTime": "2026-11-20T06:00:00Z"}
                    for mid in state.messages
                    if state.folder_of[mid] == folder
                ]
                return self._send(200, {"value": items})
            return self._send(404, {"error": {"code": "NotFound"}})

    return Handler


@contextmanager
def graph_server() -> Iterator[tuple[str, GraphState]]:
    state = GraphState()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", state
    finally:
        server.shutdown()
        server.server_close()
