"""Achterban: answers from an online survey (CSV), and totals counted by hand.

Import in three steps, nothing saved until the last: choose the file (file
window, or a browser upload in web mode, or a typed path where no file
window can open), check per column which question it is (proposed from the
column names), look at the preview (how many answers, the first few, cells
not understood), then "Importeer". A refused file shows one Dutch line.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import flet as ft

from app.exchange.survey_csv import CsvTable, read_survey_file
from app.exchange.survey_xlsx import read_answers_bytes
from app.i18n import _
from app.services.context import Services
from app.services.errors import InvalidInput, user_message
from models.survey import Survey, TotalsBatch
from models.survey_columns import guess_columns, targets
from models.text import N_
from views.context import use_app_state, use_services
from views.file_inputs import pick_file, status_message, typed_path
from views.files import no_file_dialog
from views.flet_typing import UseState
from views.form_parts import action_button, text_input
from views.widgets import card, run_save

log = logging.getLogger(__name__)
PREVIEW_ROWS = 3


def _read(source: Path | bytes) -> CsvTable:
    data = source if isinstance(source, bytes) else read_survey_file(source)
    return read_answers_bytes(data)


@ft.component
def CsvImport(round_id: str, survey: Survey, on_change: object) -> ft.Control:
    services = use_services()
    state = use_app_state()
    page = ft.context.page
    table_state: UseState[CsvTable | None] = ft.use_state(None)
    table, set_table = table_state
    columns_state: UseState[list[str]] = ft.use_state([])
    columns, set_columns = columns_state
    status, set_status = ft.use_state(("", False))
    path_text, set_path_text = ft.use_state("")
    titles = {t.key: t.title for t in survey.design.themes}

    async def look_at(source: Path | bytes) -> None:
        try:
            read = await asyncio.to_thread(_read, source)
        except InvalidInput as exc:
            set_table(None)
            set_status((_(exc.message, **exc.params), True))
            return
        set_table(read)
        set_columns(guess_columns(survey.design, read.header))
        set_status(("", False))

    async def pick() -> None:
        if no_file_dialog(page):
            set_status(
                (_("A file window cannot open here. Type the path to the file below."), True)
            )
            return
        title = _("Choose a CSV file with survey answers")
        source = await pick_file(page, title, ["csv", "txt", "xlsx"])
        if source is not None:
            await look_at(source)

    async def open_path() -> None:
        if path_text.strip():
            await look_at(typed_path(path_text))

    def set_column(index: int, target: str) -> None:
        changed = list(columns)
        changed[index] = target
        set_columns(changed)

    def confirm() -> None:
        if table is None:
            return
        if run_save(state, lambda: services.survey.import_answers(round_id, table, columns)):
            set_table(None)
            set_status((_("The answers were added."), False))
            if callable(on_change):
                on_change()

    controls: list[ft.Control] = [
        ft.Text(
            _(
                "Export the answers of your online survey as a CSV file (from Excel: 'CSV "
                "(gescheiden door lijstscheidingsteken)'). You check which column is which "
                "question before anything is added."
            ),
            size=15,
        ),
        ft.Row(
            [
                action_button(_("Choose file"), ft.Icons.UPLOAD_FILE, pick, "csv-pick", tonal=True),
                text_input(
                    _("Or type the path to the file"),
                    path_text,
                    set_path_text,
                    "csv-path",
                    on_submit=open_path,
                    width=360,
                ),
                ft.TextButton(_("Open"), on_click=open_path, key="csv-open"),
            ],
            wrap=True,
        ),
    ]
    if status[0]:
        controls.append(status_message(status[0], status[1], "csv-status"))
    if table is not None:
        options = [
            ft.DropdownOption(key=t, text=services.survey.target_label(t, titles))
            for t in targets(survey.design)
        ]
        for index, name in enumerate(table.header):
            sample = next((row[index] for row in table.rows if row[index]), "")
            controls.append(
                ft.Row(
                    [
                        ft.Text(f"{name}", width=220, size=14, max_lines=2),
                        ft.Dropdown(
                            label=_("Question"),
                            value=columns[index] if index < len(columns) else "",
                            options=options,
                            on_select=lambda e, i=index: set_column(i, e.control.value or ""),
                            key=f"csv-column-{index}",
                            width=320,
                        ),
                        ft.Text(sample[:40], size=13, color=ft.Colors.ON_SURFACE_VARIANT),
                    ],
                    wrap=True,
                )
            )
        controls.append(_preview(services, survey, table, columns))
        controls.append(
            ft.Row(
                [
                    ft.FilledButton(_("Import"), on_click=confirm, key="csv-confirm"),
                    ft.TextButton(_("Cancel"), on_click=lambda: set_table(None), key="csv-cancel"),
                ]
            )
        )
    return card(*controls, title=_("Import answers from an online survey"), key="csv-import")


def _preview(services: Services, survey: Survey, table: CsvTable, columns: list[str]) -> ft.Control:
    """How many answers the import would add, the first few, and what was not understood."""
    try:
        found = services.survey.answers_from_table(survey, table, columns)
    except InvalidInput as exc:
        return ft.Text(user_message(exc), color=ft.Colors.ERROR, key="csv-preview")
    lines = [
        _(
            "{n} answers and {c} contact details in the file.",
            n=len(found.responses),
            c=len(found.contacts),
        )
    ]
    design = survey.design
    for response in found.responses[:PREVIEW_ROWS]:
        top = ", ".join(design.title_of(k) for k in response.top) or "–"
        lines.append(f"• {response.neighbourhood or '–'}: {top}")
    unclear = sum(found.unclear.values())
    if unclear:
        lines.append(_("{n} cells were not understood; they count as not answered.", n=unclear))
    return ft.Column([ft.Text(line, size=15) for line in lines], key="csv-preview")


@ft.component
def TotalsEntry(round_id: str, survey: Survey, on_change: object) -> ft.Control:
    """Counts made by hand: the number of forms and per theme how often each answer was given."""
    services = use_services()
    state = use_app_state()
    values, set_values = ft.use_state({})  # type: ignore[var-annotated]
    design = survey.design

    def set_value(name: str, text: str) -> None:
        set_values({**values, name: text})

    def number(name: str) -> int:
        text = str(values.get(name, "")).strip().replace(".", "")
        if not text:
            return 0
        if not text.isdigit():
            raise InvalidInput(N_("Enter a whole number, for example 250."))
        return int(text)

    def add() -> None:
        def build() -> None:
            batch = TotalsBatch(
                label=_("Counted by hand"),
                forms=number("forms"),
                importance={
                    t.key: [number(f"{t.key}-imp-{i}") for i in range(4)] for t in design.themes
                },
                top={
                    t.key: [number(f"{t.key}-top-{i}") for i in range(design.top_size)]
                    for t in design.themes
                },
            )
            services.survey.add_totals(round_id, batch)

        if run_save(state, build):
            set_values({})
            if callable(on_change):
                on_change()

    def box(name: str, label: str, width: int = 170) -> ft.Control:
        return ft.TextField(
            label=label,
            value=str(values.get(name, "")),
            on_change=lambda e: set_value(name, e.control.value or ""),
            width=width,
            key=f"totals-{name}",
        )

    rows: list[ft.Control] = [box("forms", _("Forms counted"), 240)]
    short = [_("Very important"), _("Important"), _("Not so important"), _("Don't know")]
    for theme in design.themes:
        fields = [box(f"{theme.key}-imp-{i}", label) for i, label in enumerate(short)]
        fields += [
            box(f"{theme.key}-top-{i}", _("Choice {n}", n=i + 1)) for i in range(design.top_size)
        ]
        rows.append(ft.Text(theme.title, size=16, weight=ft.FontWeight.BOLD))
        rows.append(ft.Row(fields, wrap=True, spacing=8))
    rows.append(ft.FilledTonalButton(_("Add these totals"), on_click=add, key="totals-add"))
    return card(*rows, title=_("Totals counted by hand"), key="totals-entry")
