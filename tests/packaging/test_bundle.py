"""The PyInstaller bundle: built once per session from build.spec on this
machine, then run like a volunteer would: demo, print, check, and the UI in
the browser. Also: the build refuses a wrongly named client archive, a
correctly named one lands where flet_desktop looks, and the runtime hook pins
the artifact name and resets LD_LIBRARY_PATH.

Slow (PyInstaller takes about half a minute per build here) but run in CI.
"""

from __future__ import annotations

import json
import os
import re
import runpy
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT = 600


def _pyinstaller(dist: Path, work: Path, archive: Path | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FLET_CLIENT_ARCHIVE"}
    if archive is not None:
        env["FLET_CLIENT_ARCHIVE"] = str(archive)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "build.spec",
            "--noconfirm",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


_BUILT: dict[str, Path] = {}


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The browser-mode bundle (no client archive), built once per session.

    tests/e2e/test_settings_e2e.py imports this fixture too (its browser
    fixture lives there); the cache makes both share one build.
    """
    if "browser-mode" in _BUILT:
        return _BUILT["browser-mode"]
    base = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = _pyinstaller(base / "dist", base / "work", None)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    folder = base / "dist" / "aantafel"
    size_mb = _size(folder) / 1_000_000
    report = f"bundle size: {size_mb:.0f} MB; build took {time.monotonic() - started:.0f} s\n"
    ARTIFACTS.parent.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS.parent / "bundle-size.txt").write_text(report, encoding="utf-8")
    print(report)
    _BUILT["browser-mode"] = folder
    return folder


def _exe(folder: Path) -> Path:
    return folder / ("aantafel.exe" if sys.platform == "win32" else "aantafel")


def _run(folder: Path, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    # run from elsewhere: the bundle must not depend on the checkout
    return subprocess.run(
        [str(_exe(folder)), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=folder.parent,
    )


@pytest.mark.slow
def test_bundle_leaves_out_what_the_app_does_not_use(bundle: Path) -> None:
    internal = bundle / "_internal"
    names = {p.name for p in internal.iterdir()}
    for unwanted in (
        "pytest",
        "_pytest",
        "tkinter",
        "_tkinter",
        "hypothesis",
        "playwright",
        "PyInstaller",
        "tests",
        "mypy",
    ):
        assert unwanted not in names, unwanted
    assert not (internal / "flet" / "testing").exists()
    assert not list(internal.rglob("_tkinter*")), "tkinter is bundled"
    # what it does use is there, at absolute paths inside the bundle
    assert (internal / "assets" / "content" / "glossary.json").is_file()
    assert (internal / "assets" / "fonts" / "DejaVuSans.ttf").is_file()
    assert list((internal / "assets" / "locales" / "nl" / "LC_MESSAGES").glob("*.po"))
    assert (internal / "flet_web" / "web" / "index.html").is_file()
    assert not (internal / "flet_web" / "web" / "pyodide").exists()
    info = json.loads((internal / "aantafel_build.json").read_text(encoding="utf-8"))
    assert info["client_artifact"] == ""  # browser mode
    assert _size(bundle) < 250_000_000


@pytest.mark.slow
def test_bundled_commands_on_a_temporary_data_folder(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "gegevens"
    demo = _run(bundle, "--data-dir", str(data), "demo")
    assert demo.returncode == 0, demo.stderr
    assert "De Eendracht" in demo.stdout or "voorbeeld" in demo.stdout.lower()

    help_text = _run(bundle, "--help").stdout
    if re.search(r"^\s+print\s", help_text, re.MULTILINE):
        pdf = tmp_path / "x.pdf"
        printed = _run(bundle, "--data-dir", str(data), "print", "brief", "--out", str(pdf))
        assert printed.returncode == 0, printed.stderr
        assert pdf.read_bytes().startswith(b"%PDF")
    else:  # issue 5 (aantafel print) is not wired into the CLI yet
        print("aantafel print is not available yet; skipped that part")

    check = _run(bundle, "--data-dir", str(data), "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Alles is in orde." in check.stdout
    english = _run(bundle, "--data-dir", str(data), "--lang", "en", "check")
    assert "Everything is in order." in english.stdout
    wrong = _run(bundle, "--data-dir", str(data), "onbekend")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def bundled_server(bundle: Path, tmp_path: Path) -> Iterator[Any]:
    port = _free_port()
    log = (tmp_path / "bundle-web.log").open("wb")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    # no subcommand: a bundle without a desktop client must serve in the browser itself
    proc = subprocess.Popen(
        [
            str(_exe(bundle)),
            "--data-dir",
            str(tmp_path / "data"),
            "web",
            "--no-browser",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=tmp_path,
    )

    class Server:
        url = f"http://127.0.0.1:{port}/"

    deadline = time.time() + 60
    while time.time() < deadline:
        assert proc.poll() is None, (tmp_path / "bundle-web.log").read_text()
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("the bundled web server did not start within 60 s")
    yield Server()
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@pytest.mark.slow
def test_bundle_without_subcommand_falls_back_to_the_browser(bundle: Path, tmp_path: Path) -> None:
    """No client archive: the plain `aantafel` serves in the browser at once."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["BROWSER"] = "true"  # nothing to open on a CI machine
    proc = subprocess.Popen(
        [str(_exe(bundle)), "--data-dir", str(tmp_path / "data")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=tmp_path,
        text=True,
    )
    try:
        lines: list[str] = []
        assert proc.stdout is not None
        deadline = time.time() + 60
        while time.time() < deadline and not any("127.0.0.1" in x for x in lines):
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
        text = "".join(lines)
        assert "browser" in text and "127.0.0.1" in text, text
        assert "Traceback" not in text
    finally:
        proc.terminate()
        proc.wait(15)
    del port


@pytest.mark.slow
def test_build_refuses_a_wrongly_named_client_archive(tmp_path: Path) -> None:
    wrong = tmp_path / "flet-client.tar.gz"
    wrong.write_bytes(b"not really a client")
    result = _pyinstaller(tmp_path / "dist", tmp_path / "work", wrong)
    assert result.returncode != 0
    import flet_desktop

    output = result.stdout + result.stderr
    assert f"expects '{flet_desktop.get_artifact_filename()}'" in output
    assert not (tmp_path / "dist" / "aantafel").exists()


@pytest.mark.slow
def test_a_correctly_named_archive_is_bundled_where_flet_looks(tmp_path: Path) -> None:
    import flet_desktop

    archive = tmp_path / flet_desktop.get_artifact_filename()
    archive.write_bytes(b"stand-in for the Flet desktop client archive")
    result = _pyinstaller(tmp_path / "dist", tmp_path / "work", archive)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    internal = tmp_path / "dist" / "aantafel" / "_internal"
    bundled = internal / "flet_desktop" / "app" / archive.name
    assert bundled.read_bytes() == archive.read_bytes()
    info = json.loads((internal / "aantafel_build.json").read_text(encoding="utf-8"))
    assert info["client_artifact"] == archive.name


def test_runtime_hook_pins_the_artifact_and_resets_ld_library_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flet_desktop

    (tmp_path / "aantafel_build.json").write_text(
        json.dumps(
            {
                "client_artifact": "flet-linux-debian10-light-x86_64.tar.gz",
                "desktop_flavor": "light",
                "linux_distro": "debian10",
            }
        )
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("LD_LIBRARY_PATH", str(tmp_path))
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    monkeypatch.setenv("FLET_DESKTOP_FLAVOR", "full")
    monkeypatch.delenv("FLET_LINUX_DISTRO", raising=False)
    monkeypatch.delenv("AANTAFEL_CLIENT_ARTIFACT", raising=False)
    runpy.run_path(str(ROOT / "packaging" / "rthook_aantafel.py"))
    assert os.environ["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert os.environ["FLET_LINUX_DISTRO"] == "debian10"
    assert os.environ["FLET_DESKTOP_FLAVOR"] == "light"
    assert os.environ["AANTAFEL_CLIENT_ARTIFACT"] == "flet-linux-debian10-light-x86_64.tar.gz"
    if sys.platform.startswith("linux"):
        from flet.utils import get_arch

        assert flet_desktop.get_artifact_filename() == (
            f"flet-linux-debian10-light-{get_arch()}.tar.gz"
        )
    # no original value: the variable is removed for child processes
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")
    runpy.run_path(str(ROOT / "packaging" / "rthook_aantafel.py"))
    assert "LD_LIBRARY_PATH" not in os.environ


def test_entry_adds_web_only_when_no_client_and_no_subcommand(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import aantafel_entry
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    monkeypatch.setenv("AANTAFEL_CLIENT_ARTIFACT", "")
    assert aantafel_entry.bundle_argv([]) == ["web"]
    assert aantafel_entry.bundle_argv(["--data-dir", "x"]) == ["--data-dir", "x", "web"]
    assert aantafel_entry.bundle_argv(["demo"]) == ["demo"]
    assert aantafel_entry.bundle_argv(["--version"]) == ["--version"]
    monkeypatch.setattr(aantafel_entry, "client_bundled", lambda: True)
    assert aantafel_entry.bundle_argv([]) == []
