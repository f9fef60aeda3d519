"""Markers for user-visible text that lives in the domain layer.

The domain may not import the app's gettext setup (the arrows point
models <- app <- views), so it marks its messages with ``N_`` and the app
translates them when it shows them. Babel's extractor is configured to pick
up ``N_`` as a keyword, so these strings land in the catalogue.
"""


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it here."""
    return message
