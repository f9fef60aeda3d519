"""Bod section: enter the bod as it arrives and see at a glance where it falls short.

Two views, chosen at the top: "Bod per thema" (arrival date with the legal
deadline, an overview of every theme with its gap, the editor of one theme,
the checklist of documents that should come with the bod) and "Overleg"
(the meeting log and each demand's status: :mod:`views.bod.overleg`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

import flet as ft

from app.i18n import _, format_date
from app.services.bod_compare import ThemeComparison, gap_words
from models.bod import LATE_LAW_TEXT, Bod, DocumentKey, bod_deadline, is_late
from models.text import N_
from views.a11y import spoken_as, title_row, use_narrow
from views.bod.common import muted, use_savers, verdict_chip
from views.bod.overleg import OverlegView
from views.bod.theme_editor import ThemeEditor
from views.context import use_services
from views.flet_typing import with_key
from views.form_parts import action_button, date_field, form_row, free_text
from views.round_section import round_section
from views.widgets import GAP, card

BOD_VIEW = "bod"
OVERLEG_VIEW = "overleg"

#: The 'Waarom?' text of the section (translated when shown).
WHY = N_(
    "Before 1 July the housing association sends its bod: what it plans to do in the "
    "next five years (Woningwet art. 44). Here you enter it per theme and see next to "
    "your own demands where it falls short. Then you talk, and you keep a log of the "
    "talks."
)
NEEDS_ROUND = N_("A bod belongs to a round: the year the agreements are for.")


def _intake(
    bod: Bod, year: int, save: Callable[..., None], read_only: bool, round_id: str
) -> ft.Control:
    deadline = bod_deadline(year)
    rows: list[ft.Control] = [
        form_row(
            free_text(
                bod,
                "corporation",
                _("Housing association that sent the bod"),
                save,
                "bod-corporation",
                read_only,
                multiline=False,
                width=360,
            ),
            date_field(
                _("Date the bod arrived"),
                bod.received_on,
                lambda day: save(received_on=day),
                "bod-received",
                read_only,
                hint=_("for example 24-6-{year}", year=year - 1),
                width=260,
            ),
        ),
        muted(
            _(
                "The bod covers {first} to {last}. It must arrive by {date}.",
                first=bod.period[0],
                last=bod.period[1],
                date=format_date(deadline),
            ),
            key="bod-period",
        ),
    ]
    if is_late(bod.received_on, year):
        rows.append(_late_notice(deadline))
    return card(*rows, title=_("The bod of {year}", year=year), key=f"bod-intake-{round_id}")


def _late_notice(deadline: dt.date) -> ft.Control:
    """The bod came after the legal date: what the law says and what to do about it."""
    lines = [
        (_("The bod came late: after {date}.", date=format_date(deadline)), 16, "bod-late"),
        (_(LATE_LAW_TEXT), 15, None),
        (
            _("Say so in your reaction and in the process letter: you have less time to prepare."),
            15,
            None,
        ),
    ]
    texts: list[ft.Control] = [
        ft.Text(
            text,
            size=size,
            weight=ft.FontWeight.BOLD if key else None,
            color=ft.Colors.ON_ERROR_CONTAINER,
            key=key,
        )
        for text, size, key in lines
    ]
    return ft.Container(
        ft.Column(texts, spacing=4),
        bgcolor=ft.Colors.ERROR_CONTAINER,
        padding=ft.Padding.all(12),
        border_radius=8,
    )


def _overview(
    rows: list[ThemeComparison], selected: str, on_open: Callable[[str], None], narrow: bool
) -> ft.Control:
    lines: list[ft.Control] = []
    for row in rows:
        if row.bod is None or not (row.bod.text.strip() or row.bod.figures):
            words = _("Nothing entered for this theme yet.")
        else:
            words = gap_words(row.gap)
        lines.append(
            ft.Container(
                ft.Column(
                    [
                        title_row(
                            ft.Text(row.title, size=17, weight=ft.FontWeight.BOLD),
                            [
                                verdict_chip(row.gap.verdict, key=f"bod-verdict-{row.key}"),
                                # The button's accessible name says which theme it opens.
                                ft.TextButton(
                                    content=spoken_as(_("Open"), f"{_('Open')}: {row.title}"),
                                    icon=ft.Icons.EDIT_OUTLINED,
                                    on_click=partial(on_open, row.key),
                                    disabled=row.key == selected,
                                    key=f"bod-open-{row.key}",
                                ),
                            ],
                            narrow,
                            key=f"bod-row-{row.key}",
                        ),
                        ft.Text(words, size=15, key=f"bod-summary-{row.key}"),
                    ],
                    spacing=4,
                ),
                padding=ft.Padding.symmetric(vertical=6),
            )
        )
    if not lines:
        lines.append(
            ft.Text(
                _(
                    "There are no themes yet. Write your position in Inzet first; then each "
                    "theme appears here to compare with the bod."
                ),
                size=16,
                key="bod-no-themes",
            )
        )
    return card(*lines, title=_("At a glance"), key="bod-overview")


def _documents(
    bod: Bod,
    on_toggle: Callable[[int, bool], None],
    on_add: Callable[[str], bool],
    read_only: bool,
) -> ft.Control:
    def toggle(index: int, e: ft.Event[ft.Checkbox]) -> None:
        on_toggle(index, bool(e.control.value))

    items: list[ft.Control] = [
        muted(_("Tick what came with the bod. Ask for what is missing, in writing."))
    ]
    for index, item in enumerate(bod.documents):
        label = item.label if item.key == DocumentKey.OWN else _(item.key.label)
        items.append(
            ft.Checkbox(
                label=label,
                value=item.received,
                on_change=partial(toggle, index),
                disabled=read_only,
                key=f"bod-doc-{index}",
            )
        )
    items.append(with_key(AddDocument, "bod-add-document")(on_add, read_only))
    return card(*items, title=_("Documents received with the bod"), key="bod-documents")


@ft.component
def AddDocument(on_add: Callable[[str], bool], read_only: bool) -> ft.Control:
    """An own line on the checklist (e.g. "Wijkplan Oost")."""
    name, set_name = ft.use_state("")

    def add() -> None:
        if on_add(name):
            set_name("")

    return ft.Row(
        [
            ft.TextField(
                label=_("Another document"),
                value=name,
                on_change=lambda e: set_name(e.control.value or ""),
                width=360,
                key="bod-doc-new",
                read_only=read_only,
            ),
            action_button(
                _("Add to the list"), ft.Icons.ADD, add, "bod-doc-add", disabled=read_only
            ),
        ],
        wrap=True,
    )


@ft.component
def BodRound(round_id: str) -> ft.Control:
    """The bod of one round (keyed by round id, so switching rounds resets it)."""
    services = use_services()
    save, save_quietly = use_savers()
    read_only = services.read_only
    view, set_view = ft.use_state(BOD_VIEW)
    selected, set_selected = ft.use_state("")
    narrow = use_narrow()
    bod = services.bod.load_bod(round_id)
    rows = services.bod.comparisons(round_id)
    year = services.bod.round_year(round_id)

    def save_bod(**changes: Any) -> None:
        save(lambda: services.bod.update_bod(round_id, **changes))

    kind_bod = ft.FilledButton if view == BOD_VIEW else ft.OutlinedButton
    kind_log = ft.FilledButton if view == OVERLEG_VIEW else ft.OutlinedButton
    blocks: list[ft.Control] = [
        ft.Row(
            [
                kind_bod(
                    _("Bod per theme"),
                    icon=ft.Icons.COMPARE_ARROWS,
                    on_click=lambda: set_view(BOD_VIEW),
                    key="bod-view-bod",
                ),
                kind_log(
                    _("Talks"),
                    icon=ft.Icons.FORUM_OUTLINED,
                    on_click=lambda: set_view(OVERLEG_VIEW),
                    key="bod-view-overleg",
                ),
            ],
            spacing=8,
            wrap=True,
        )
    ]
    if view == OVERLEG_VIEW:
        blocks.append(
            with_key(OverlegView, f"overleg-{round_id}")(round_id, bod, rows, save, save_quietly)
        )
        return ft.Column(blocks, spacing=GAP)
    current = selected or (rows[0].key if rows else "")
    blocks.append(_intake(bod, year, save_bod, read_only, round_id))
    blocks.append(_overview(rows, current, set_selected, narrow))
    row = next((r for r in rows if r.key == current), None)
    if row is not None:
        blocks.append(
            with_key(ThemeEditor, f"bod-editor-{round_id}-{row.key}")(
                round_id, row, bod, save, save_quietly, read_only
            )
        )

    def toggle_document(index: int, received: bool) -> None:
        save(lambda: services.bod.set_document(round_id, index, received=received))

    def add_document(label: str) -> bool:
        return save(lambda: services.bod.add_document(round_id, label))

    blocks.append(_documents(bod, toggle_document, add_document, read_only))
    return ft.Column(blocks, spacing=GAP)


@ft.component
def BodSection() -> ft.Control:
    """The bod of the current round, or the way to start one."""
    header = (_("Bod"), _(WHY))
    return round_section("bod", header, _(NEEDS_ROUND), BodRound)


__all__ = ["BodSection"]
