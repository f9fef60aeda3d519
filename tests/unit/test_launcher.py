"""`aantafel` falls back to the browser with one clear line when no window can
open: without a display, and when the desktop client cannot be loaded."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from app.launcher import can_open_window, choose_port

ROOT = Path(__file__).resolve().parents[2]


def _start(
    tmp_path: Path, display: str | None, args: tuple[str, ...] = ()
) -> tuple[subprocess.Popen[str], list[str]]:
    env = {**os.environ, "HOME": str(tmp_path / "home")}  # no cached desktop client
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    if display:
        env["DISPLAY"] = display
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
    )
    lines: list[str] = []
    assert proc.stdout is not None
    deadline = time.time() + 90
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        if "127.0.0.1" in line:
            break
    return proc, lines


def _listening_addresses(port: int) -> set[str]:
    """Addresses listening on ``port``, read from /proc (no traffic needed)."""
    found: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for row in Path(table).read_text().splitlines()[1:]:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if int(hex_port, 16) != port or state != "0A":  # 0A = LISTEN
                continue
            if len(address) == 8:
                found.add(socket.inet_ntoa(bytes.fromhex(address)[::-1]))
            else:
                found.add("ipv6:" + address)
    return found


@pytest.mark.parametrize("display", [None, ":99"], ids=["no-display", "no-desktop-client"])
def test_falls_back_to_browser(tmp_path: Path, display: str | None) -> None:
    proc, lines = _start(tmp_path, display)
    try:
        text = "".join(lines)
        assert "opent daarom in je browser" in text, text
        assert "Traceback" not in text
        port = _served_port(text)
        assert "<html" in _get_page(port).lower()
        assert _listening_addresses(port) == {"127.0.0.1"}
    finally:
        _stop(proc)


@pytest.mark.parametrize("display", [None, ":99"], ids=["no-display", "with-display"])
def test_web_no_browser_serves_the_page(tmp_path: Path, display: str | None) -> None:
    """`aantafel web --no-browser` answers in the browser whether or not the
    machine has a screen (with one, Flet once started a desktop socket instead)."""
    proc, lines = _start(tmp_path, display, ("web", "--no-browser"))
    try:
        assert "<html" in _get_page(_served_port("".join(lines))).lower()
    finally:
        _stop(proc)


def _served_port(output: str) -> int:
    """The port in the app's "running at http://127.0.0.1:N/" line."""
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", output)
    assert match, output
    return int(match.group(1))


def _get_page(port: int) -> str:
    """The page at / once the server answers HTTP (not just accepts a socket)."""
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                return str(response.read().decode("utf-8", "replace"))
        except OSError:
            time.sleep(0.3)
    pytest.fail("the web server did not answer HTTP")


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_can_open_window_needs_a_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    if sys.platform.startswith("linux"):
        assert not can_open_window()
        monkeypatch.setenv("DISPLAY", ":0")
        assert can_open_window()


def test_choose_port_prefers_requested_then_default() -> None:
    assert choose_port(9123) == 9123
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        assert choose_port(None) > 0
