"""Only the app's own page may talk to the app's web server (design §6).

Binding to 127.0.0.1 is not enough: any web site the user visits runs in the
user's own browser, on the same computer, and can open a WebSocket to
``ws://127.0.0.1:PORT/ws``. Flet checks neither Origin nor Host and answers
``Access-Control-Allow-Origin: *``, so such a page could read and change all
data. This ASGI middleware sits in front of the whole Flet app and refuses:

- any request whose Host is not the app's own loopback address and port
  (this also stops DNS rebinding, where evil.example resolves to 127.0.0.1
  but the browser still sends ``Host: evil.example``);
- any WebSocket handshake without an Origin, or with a foreign one (browsers
  always send Origin on a WebSocket handshake; only the app's page has ours);
- any HTTP request that carries a foreign Origin.

It also drops Flet's ``Access-Control-Allow-Origin: *`` so no other site may
read the app's responses.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_NAMES = ("127.0.0.1", "localhost")
_DROPPED_HEADERS = {b"access-control-allow-origin"}


def own_hosts(port: int) -> frozenset[str]:
    """The Host values the app's own page sends: its loopback address and port."""
    return frozenset(f"{name}:{port}" for name in LOOPBACK_NAMES)


def own_origins(port: int) -> frozenset[str]:
    """The Origin values of the app's own page."""
    return frozenset(f"http://{host}" for host in own_hosts(port))


def _header_values(scope: Scope, name: bytes) -> list[str]:
    return [
        value.decode("latin-1").strip().lower()
        for key, value in scope.get("headers", [])
        if key.lower() == name
    ]


def is_allowed(scope: Scope, port: int) -> bool:
    """True when Host (and Origin, required for a WebSocket) are our own.

    A header sent twice counts as foreign: a proxy or an attacker could make
    the two copies disagree, and the app's own page never does that.
    """
    hosts = _header_values(scope, b"host")
    if len(hosts) != 1 or hosts[0] not in own_hosts(port):
        return False
    origins = _header_values(scope, b"origin")
    if len(origins) > 1:
        return False
    if not origins:
        return scope["type"] != "websocket"
    return origins[0] in own_origins(port)


class LoopbackOnly:
    """ASGI middleware: refuse requests that do not come from the app's own page."""

    def __init__(self, app: ASGIApp, port: int) -> None:
        self.app = app
        self.port = port

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)  # lifespan: start/stop of the app
            return
        if not is_allowed(scope, self.port):
            log.warning(
                "refused a %s request for %s (foreign Host or Origin)",
                scope["type"],
                scope.get("path", ""),
            )
            await _refuse(scope, receive, send)
            return

        async def send_without_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    (key, value)
                    for key, value in message.get("headers", [])
                    if key.lower() not in _DROPPED_HEADERS
                ]
            await send(message)

        await self.app(scope, receive, send_without_cors)


async def _refuse(scope: Scope, receive: Receive, send: Send) -> None:
    """403 for HTTP; for a WebSocket, close before accepting (the server answers 403)."""
    if scope["type"] == "websocket":
        message = await receive()
        if message["type"] == "websocket.connect":
            await send({"type": "websocket.close", "code": 1008})
        return
    body = b"Forbidden: only the app's own page may use this server.\n"
    await send(
        {
            "type": "http.response.start",
            "status": 403,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
