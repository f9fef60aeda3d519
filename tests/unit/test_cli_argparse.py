"""argparse's own texts come from the app's catalogue (app/cli_argparse.py):
Dutch by default, English with --lang en, never a mix."""

from __future__ import annotations

import pytest

from app.cli import main
from app.i18n import set_language


@pytest.fixture(autouse=True)
def _dutch_again() -> object:
    yield
    set_language("nl")


def test_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: aantafel")
    assert "opties:" in out and "laat deze hulp zien en stop" in out
    for english in ("usage:", "positional arguments", "show this help message", "options:"):
        assert english not in out


def test_help_is_english_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: aantafel") and "show this help message and exit" in out
    assert "gebruik:" not in out


def test_an_error_is_one_dutch_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bogus"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "'bogus' is geen geldige keuze" in err and "invalid choice" not in err
