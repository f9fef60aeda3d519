"""Ready-made ``DocumentSpec.build`` functions for the two common kinds of document.

``DocumentSpec.build`` takes ``(repo, round_id, options)``. Most documents are
one of two kinds, and each feature used to write the same small adapter:

- :func:`from_round_info`: a pure builder from :mod:`app.documents` that takes
  the round's heading (:class:`RoundInfo`, with the board's contact line only
  when ``options.personal_data``) and the feature's gathered data;
- :func:`dated`: a service function ``(repo, round_id, today) -> bytes`` for a
  document that never holds names of people, so ``personal_data`` changes
  nothing.

A document of another kind (the meeting brief) builds its own, heading it with
:func:`heading`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from app.documents.data import RoundInfo
from app.features.base import DocumentOptions
from app.services.document_sources import round_info
from app.storage.repository import Repository

#: What ``DocumentSpec.build`` is.
DocumentBuild = Callable[[Repository, str, DocumentOptions], bytes]

_Data = TypeVar("_Data")


def heading(repo: Repository, round_id: str, options: DocumentOptions) -> RoundInfo:
    """The round's heading for a document: dated ``options.today``, with the
    board's contact line only when ``options.personal_data``."""
    return round_info(repo, round_id, options.today, options.personal_data)


def from_round_info(
    builder: Callable[[RoundInfo, _Data], bytes], source: Callable[[Repository, str], _Data]
) -> DocumentBuild:
    """``builder(round heading, source(repo, round_id))``."""

    def build(repo: Repository, round_id: str, options: DocumentOptions) -> bytes:
        return builder(heading(repo, round_id, options), source(repo, round_id))

    return build


def dated(pdf: Callable[[Repository, str, dt.date | None], bytes]) -> DocumentBuild:
    """``pdf(repo, round_id, options.today)`` for a document without personal data."""

    def build(repo: Repository, round_id: str, options: DocumentOptions) -> bytes:
        return pdf(repo, round_id, options.today)

    return build
