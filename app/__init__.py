"""Aan Tafel application core: storage, services, documents, exchange, CLI.

Usable without any UI; the views package sits on top of it.
"""

__version__ = "0.1.0"
