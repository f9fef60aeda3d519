"""Issue 11 item 1: only the app's own page may use the web server.

A web page the user visits runs in the user's own browser on the same
computer; without a Host/Origin check it could open the app's WebSocket and
read and change all data. These tests talk raw HTTP to a real
``aantafel web`` server so every header is exactly what an attacker sends.
"""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.web_guard import is_allowed

ROOT = Path(__file__).resolve().parents[2]


def _scope(kind: str, **headers: str) -> dict[str, object]:
    return {
        "type": kind,
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }


def test_is_allowed_needs_own_host_and_origin() -> None:
    own = {"Host": "127.0.0.1:18551", "Origin": "http://127.0.0.1:18551"}
    assert is_allowed(_scope("websocket", **own), 18551)
    assert is_allowed(
        _scope("websocket", Host="localhost:18551", Origin="http://localhost:18551"), 18551
    )
    assert not is_allowed(_scope("websocket", Host="127.0.0.1:18551"), 18551)  # no Origin
    assert not is_allowed(_scope("websocket", **{**own, "Origin": "http://evil.example"}), 18551)
    assert not is_allowed(_scope("websocket", **{**own, "Host": "evil.example:18551"}), 18551)
    assert not is_allowed(_scope("websocket", **{**own, "Origin": "http://127.0.0.1:9999"}), 18551)
    assert not is_allowed(_scope("websocket", **{**own, "Origin": "null"}), 18551)
    assert is_allowed(_scope("http", Host="127.0.0.1:18551"), 18551)  # a plain page load
    assert not is_allowed(_scope("http", Host="evil.example"), 18551)
    assert not is_allowed(
        _scope("http", Host="127.0.0.1:18551", Origin="https://evil.example"), 18551
    )
    assert not is_allowed(_scope("http"), 18551)  # no Host at all
    twice = _scope("http", Host="127.0.0.1:18551")
    twice["headers"] = [*twice["headers"], (b"host", b"evil.example")]  # type: ignore[misc]
    assert not is_allowed(twice, 18551)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    tmp = tmp_path_factory.mktemp("guard")
    port = _free_port()
    env = {**os.environ, "HOME": str(tmp / "home")}
    env.pop("DISPLAY", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(tmp / "data"), "demo"], env=env, cwd=ROOT
    )
    proc.wait(120)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(tmp / "data"),
            "web",
            "--no-browser",
            "--port",
            str(port),
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            answer = _request(port, f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n")
            if answer.startswith("HTTP/1.1 200"):
                break
            time.sleep(0.3)
        else:
            pytest.fail("the web server did not answer")
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


def _request(port: int, raw: str) -> str:
    """Send ``raw`` and return what the server answers first (headers at least)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.sendall(raw.encode("latin-1"))
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = s.recv(4096)
                if not chunk:
                    break
                data += chunk
            return data.decode("latin-1")
    except OSError:
        return ""


def _handshake(port: int, host: str | None, origin: str | None) -> str:
    key = base64.b64encode(os.urandom(16)).decode()
    lines = ["GET /ws HTTP/1.1"]
    if host is not None:
        lines.append(f"Host: {host}")
    lines += [
        "Upgrade: websocket",
        "Connection: Upgrade",
        f"Sec-WebSocket-Key: {key}",
        "Sec-WebSocket-Version: 13",
    ]
    if origin is not None:
        lines.append(f"Origin: {origin}")
    return _request(port, "\r\n".join(lines) + "\r\n\r\n").split("\r\n", 1)[0]


def test_websocket_from_the_apps_own_page_is_accepted(server: int) -> None:
    status = _handshake(server, f"127.0.0.1:{server}", f"http://127.0.0.1:{server}")
    assert status.startswith("HTTP/1.1 101"), status


@pytest.mark.parametrize(
    ("host", "origin"),
    [
        ("{own}", "http://evil.example"),  # another web site in the user's browser
        ("evil.example:{port}", "http://evil.example:{port}"),  # DNS rebinding
        ("evil.example:{port}", "http://127.0.0.1:{port}"),  # foreign Host alone
        ("{own}", None),  # no Origin: not a browser page of ours
        ("{own}", "null"),  # sandboxed frame or file:// page
        ("{own}", "http://127.0.0.1:1"),  # another local program's page
    ],
    ids=["foreign-origin", "rebinding", "foreign-host", "no-origin", "null-origin", "other-port"],
)
def test_websocket_from_elsewhere_is_refused(server: int, host: str, origin: str | None) -> None:
    own = f"127.0.0.1:{server}"
    status = _handshake(
        server,
        host.format(own=own, port=server),
        None if origin is None else origin.format(own=own, port=server),
    )
    assert status.startswith("HTTP/1.1 403"), status


def test_http_with_foreign_host_or_origin_is_refused(server: int) -> None:
    own = f"127.0.0.1:{server}"
    page = _request(server, f"GET / HTTP/1.1\r\nHost: {own}\r\n\r\n")
    assert page.startswith("HTTP/1.1 200"), page
    assert "access-control-allow-origin" not in page.lower()  # Flet answered '*'
    rebinding = _request(server, f"GET / HTTP/1.1\r\nHost: evil.example:{server}\r\n\r\n")
    assert rebinding.startswith("HTTP/1.1 403"), rebinding
    foreign = _request(
        server, f"GET / HTTP/1.1\r\nHost: {own}\r\nOrigin: http://evil.example\r\n\r\n"
    )
    assert foreign.startswith("HTTP/1.1 403"), foreign
