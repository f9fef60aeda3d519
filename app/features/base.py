"""The feature descriptor: what a per-round feature declares to the shared machinery.

A per-round feature (position, checklist, meeting, bod, ...) is one
:class:`Feature` value in ``app.features.FEATURES``. Like Harlequin's adapter
contract, the descriptor only *declares*; the machinery reads the attributes
generically:

============================  =============================================
attribute                     read by
============================  =============================================
``kind``, ``model``           the record store, export/import
``service``                   ``services.<kind>`` in views (bound to the folder)
``copy_into_new_round``       ``app.services.round_start`` (new round)
``demo``                      ``app.services.demo`` (``aantafel demo``)
``personal_fields``           the export (stripped unless the user allows)
``tables``                    the export's ``tabellen/`` CSV files
``documents``                 Documenten, ``aantafel print KIND``, the export
``cli``                       ``app.cli`` (extra subcommands)
``section``                   ``views.shell`` (navigation rail and routes)
``calendar_events``           the calendar export (agenda)
``overview_panel``            ``views.overzicht`` (a card on Overzicht)
============================  =============================================

Everything but ``label`` is optional. What would repeat is filled in: the
service's record store (``STORE``, a ``RoundRecordStore``) gives ``kind`` and
``model`` (a service without one gives its ``KIND``), its
``copy_from_previous`` is how the record is copied into a new round, and a
section's route
and label are ``"/" + kind`` and the feature's label unless it names its own.
The descriptor lives in ``app/`` and so never imports views: a
navigation section names its view component as ``"module:Component"``,
resolved by the shell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from types import ModuleType
from typing import TYPE_CHECKING, Any

from models.base import Record

if TYPE_CHECKING:
    from app.storage.repository import Repository
    from models.round import Round

#: One CSV table: file name (no folder), header row, data rows.
Table = tuple[str, list[str], list[list[str]]]
#: ``(repo, from_round_id, to_round_id) -> anything``; never overwrites work.
RoundCopier = Callable[["Repository", str, str], object]
#: ``(repo, round, previous round or None) -> None``; runs for 2026 and 2027.
DemoFiller = Callable[["Repository", "Round", "Round | None"], None]
#: ``(validated record) -> tables``; the record is already stripped when it must be.
TableBuilder = Callable[[Any], list[Table]]
#: ``(argparse subparsers) -> None``; the subcommand sets ``func=(args) -> int``.
CliAdder = Callable[[Any], None]


@dataclass(frozen=True, kw_only=True)
class DocumentOptions:
    """How a document is built: for which day, and whether personal data may show."""

    today: dt.date | None = None
    personal_data: bool = True


@dataclass(frozen=True, kw_only=True)
class DocumentSpec:
    """One printable document (a KIND of ``aantafel print``)."""

    kind: str  # the command-line name, e.g. "brief"
    title: str  # English msgid
    description: str  # English msgid, shown in Documenten
    #: English msgid of the file name when it is not the title ("Position paper
    #: (internal)"); translated like the title, so an English user saves
    #: "Meeting brief 2027.pdf" and a Dutch one "Vergaderbrief 2027.pdf".
    file_stem: str = ""
    #: ``(repo, round_id, options) -> PDF bytes``; must honour ``personal_data``.
    build: Callable[[Repository, str, DocumentOptions], bytes]
    #: ``(repo, round_id) -> translated lines`` saying what the document will contain.
    contents: Callable[[Repository, str], list[str]]
    #: ``(repo, round_id) -> round id`` of the round whose work the document
    #: shows, where that can be another round (the Monitor follows last round's
    #: agreements while the next round is prepared); None: the round asked for.
    shows_round: Callable[[Repository, str], str] | None = None
    #: English msgid saying who the document is for (own delegation only, or the
    #: partners), shown in Documenten before it is made (issue 12).
    audience: str


@dataclass(frozen=True, kw_only=True)
class NavSection:
    """A navigation entry. ``order`` places it among the fixed sections
    (Overzicht 10, Organisatie 20, Rondes 30, Documenten 90, Delen 100,
    Instellingen 120; features use the numbers between, design §9)."""

    icon: str  # a name in ``ft.Icons``, e.g. "FORMAT_LIST_NUMBERED"
    view: str  # "views.inzet:InzetSection" (resolved by views.shell)
    order: int
    #: "/inzet"; left out: "/" + the feature's kind. Filled in by :class:`Feature`.
    route: str = ""
    #: English msgid; left out: the feature's label. The Dutch word is fixed by design §9.
    label: str = ""


@dataclass(frozen=True, kw_only=True)
class CalendarEvent:
    """One date of a round for the calendar export (``aantafel agenda``)."""

    date: dt.date
    title: str  # already translated
    description: str = ""


#: ``(repo, round_id) -> events`` of that round.
EventSource = Callable[["Repository", str], list[CalendarEvent]]


@dataclass(frozen=True, kw_only=True)
class Feature:
    """One per-round feature, declared once. See the module docstring."""

    #: Record kind in the round file, e.g. "position"; also the feature's id.
    #: Left out: the service's ``KIND`` (one name, declared once, in the service).
    kind: str = ""
    label: str  # English msgid naming the record for people ("Position")
    #: The per-round record's pydantic model (with ``round_id`` and ``updated``).
    #: Left out: the model of the service's ``STORE``. ``None`` for a feature
    #: that keeps no round record (e.g. Vergelijken: only a section and a
    #: subcommand); the record machinery skips it.
    model: type[Record] | None = None
    #: The feature's service module (``app/services/<name>.py``); views reach it,
    #: bound to the data folder, as ``services.<kind>``.
    service: ModuleType | None = None
    #: Left out: the service's ``copy_from_previous`` (none: not copied).
    copy_into_new_round: RoundCopier | None = None
    demo: DemoFiller | None = None
    #: Fields of the record that hold names or contact details of people, as
    #: dotted paths; ``*`` walks every item of a list or value of a dict
    #: (``"participants"``, ``"members.*.email"``). Blanked in a default export.
    personal_fields: tuple[str, ...] = ()
    #: English msgid saying, for the export screen, what ``personal_fields``
    #: hold ("who was at the meetings"); required when there are any, so the
    #: screen can never promise less than the export leaves out.
    personal_summary: str = ""
    tables: TableBuilder | None = None
    documents: tuple[DocumentSpec, ...] = ()
    cli: tuple[CliAdder, ...] = ()
    section: NavSection | None = None
    calendar_events: EventSource | None = None
    #: A card the feature adds to Overzicht ("what should we do next?"), as
    #: ``"module:Component"`` like ``NavSection.view``; shown in FEATURES order.
    overview_panel: str | None = None

    def __post_init__(self) -> None:
        """Fill in what is left out: the kind and model from the service's record
        store, the copier from the service's ``copy_from_previous``, the section's
        route and label from the kind and label. Decision: filled in here, once,
        so every reader (the shell, the export, ``services.<kind>``) sees plain
        values; a kind or model named here that
        differs from the service's is a mistake, refused at start-up."""
        store = getattr(self.service, "STORE", None)
        service_kind = getattr(store, "kind", "") or getattr(self.service, "KIND", "")
        if self.kind and service_kind and self.kind != service_kind:
            raise ValueError(f"feature kind {self.kind!r} is not its service's {service_kind!r}")
        if not (self.kind or service_kind):
            raise ValueError("a feature without a service (with a KIND) names its kind")
        object.__setattr__(self, "kind", self.kind or service_kind)
        if store is not None:
            if self.model is not None and self.model is not store.model:
                raise ValueError(f"feature {self.kind!r}: model is not its store's")
            object.__setattr__(self, "model", store.model)
        if self.copy_into_new_round is None:
            copier = getattr(self.service, "copy_from_previous", None)
            object.__setattr__(self, "copy_into_new_round", copier)
        if self.section is not None:
            section = replace(
                self.section,
                route=self.section.route or f"/{self.kind}",
                label=self.section.label or self.label,
            )
            object.__setattr__(self, "section", section)

    def strip_personal(self, data: dict[str, Any]) -> dict[str, Any]:
        """A copy of a stored record (JSON form) with every personal field blanked."""
        return strip_paths(data, self.personal_fields)


def _blank(value: Any) -> Any:
    if isinstance(value, str):
        return ""
    if isinstance(value, list):
        return []
    if isinstance(value, dict):
        return {}
    return None


def _strip(node: Any, parts: list[str]) -> Any:
    if not parts:
        return _blank(node)
    head, rest = parts[0], parts[1:]
    if head == "*":
        if isinstance(node, list):
            return [_strip(v, rest) for v in node]
        if isinstance(node, dict):
            return {k: _strip(v, rest) for k, v in node.items()}
        return node
    if isinstance(node, dict) and head in node:
        return {**node, head: _strip(node[head], rest)}
    return node


def strip_paths(data: dict[str, Any], paths: tuple[str, ...]) -> dict[str, Any]:
    """Blank the values at ``paths`` (strings become "", lists [], dicts {}, else None).

    Decision: blank rather than delete, so the stripped record still validates
    with its model (its fields keep their defaults' shape).
    """
    result: Any = data
    for path in paths:
        result = _strip(result, path.split("."))
    return dict(result)
