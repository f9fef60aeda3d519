"""argparse speaks the user's language: it translates its own texts ("usage:",
"positional arguments", "show this help message and exit", its error
messages) through gettext, looking up ``argparse._`` and ``argparse.ngettext``
each time. Here those two are bound to the app's catalogue, which holds
argparse's messages in assets/locales/*/LC_MESSAGES/argparse.po - instead of
rewriting argparse's English output afterwards.
"""

from __future__ import annotations

import argparse

from app.i18n import gettext_raw, ngettext_raw


def use_app_catalogue() -> None:
    """From now on argparse's texts follow the app's current language."""
    setattr(argparse, "_", gettext_raw)  # noqa: B010 - argparse reads this module global
    setattr(argparse, "ngettext", ngettext_raw)  # noqa: B010
