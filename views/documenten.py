"""Documenten: choose a document, see what it will contain, make it, then open or save it.

Building runs off the event loop (``asyncio.to_thread``) with a visible
progress ring. A made PDF is kept in the data folder's ``documenten`` folder
so "Open to print" can hand it to the system's PDF viewer; "Save as" offers a
download in the browser (FilePicker.save_file with the bytes) and a save
dialog in a window. Meeting details for the brief (date, place, participants,
speakers, questions) and the survey's hand-in place are edited here and save
themselves.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import flet as ft

from app.documents.audience import audience
from app.i18n import _, ngettext
from app.services.errors import user_message
from models.dates import date_to_input, parse_date
from models.meeting import Meeting
from views.a11y import announced, content_width, side_by_side, use_focus_on_mount
from views.context import use_app_state, use_services
from views.files import HandOff, open_to_print, save_bytes
from views.flet_typing import UseState, with_key
from views.hooks import use_round_doc
from views.widgets import GAP, SectionHeader, ValidatedField, card, run_save

log = logging.getLogger(__name__)
ROUTE = "/documenten"
MEETING = "meeting"  # the meeting feature's record kind


def _status(text: str, error: bool) -> ft.Control:
    # a live region: "Klaar: Vergaderbrief 2027.pdf" is read out when it appears
    return announced(_status_row(text, error), text)


def _status_row(text: str, error: bool) -> ft.Control:
    return ft.Row(
        [
            ft.Icon(
                ft.Icons.ERROR_OUTLINE if error else ft.Icons.CHECK_CIRCLE_OUTLINE,
                color=ft.Colors.ERROR if error else ft.Colors.PRIMARY,
            ),
            ft.Text(
                text,
                size=16,
                key="doc-status",
                color=ft.Colors.ERROR if error else None,
                expand=True,
            ),
        ],
        visible=bool(text),
    )


@ft.component
def DocumentChooser(kind: str, on_pick: Callable[[str], None]) -> ft.Control:
    services = use_services()

    def picked(e: ft.Event[ft.RadioGroup]) -> None:
        if e.control.value:
            on_pick(e.control.value)

    return ft.RadioGroup(
        ft.Column(
            [
                ft.Radio(value=k, label=_(info.title), key=f"doc-kind-{k}")
                for k, info in services.documents.KINDS.items()
            ],
            spacing=4,
        ),
        value=kind,
        on_change=picked,
        key="doc-kind",
    )


@ft.component
def ResultActions(open_it: Callable[[], Any], save_it: Callable[[], Any]) -> ft.Control:
    """What to do with the document just made. It appears when the document
    is ready and takes the keyboard focus, so a keyboard user is not left
    somewhere else on the screen (and hears the next step)."""
    open_ref = use_focus_on_mount()
    return ft.Row(
        [
            ft.OutlinedButton(
                _("Open to print"),
                icon=ft.Icons.PRINT_OUTLINED,
                on_click=open_it,
                key="doc-open",
                ref=open_ref,
            ),
            ft.OutlinedButton(
                _("Save as…"),
                icon=ft.Icons.SAVE_ALT,
                on_click=save_it,
                key="doc-save",
            ),
        ],
        spacing=GAP,
        wrap=True,
    )


@ft.component
def MakeCard(round_id: str, kind: str) -> ft.Control:
    services = use_services()
    page = ft.context.page
    busy, set_busy = ft.use_state(False)
    # (kind, path, bytes) of the last made document
    made_state: UseState[tuple[str, Path, bytes] | None] = ft.use_state(None)
    made, set_made = made_state
    status, set_status = ft.use_state(("", False))
    documents = services.documents
    info = documents.spec(kind)
    lines = documents.contents(kind, round_id)
    current = made if made is not None and made[0] == kind else None

    async def make() -> None:
        if busy:  # the button stays enabled (a disabled button drops the keyboard focus)
            return
        set_busy(True)
        set_status(("", False))
        try:
            data = await asyncio.to_thread(documents.build_document, kind, round_id)
            path = await asyncio.to_thread(documents.save_in_documents_dir, kind, round_id, data)
            set_made((kind, path, data))
            pages = documents.page_count(data)
            message = _("Ready: {file}.", file=path.name)
            if pages:
                message += " " + ngettext("{n} page.", "{n} pages.", pages)
            set_status((message, False))
        except Exception as exc:
            log.warning("document failed", exc_info=True)
            set_status((user_message(exc), True))
        finally:
            set_busy(False)

    def show(result: HandOff | None) -> None:
        if result is not None:
            set_status((result.text, result.error))

    async def open_it() -> None:
        if current is None:
            return
        show(await open_to_print(page, current[1], current[2], documents.open_in_viewer))

    async def save_it() -> None:
        if current is None:
            return
        try:
            no_dialog = _(
                "A file window cannot open on this computer (the program zenity "
                "is missing). The file is here: {file}",
                file=str(current[1]),
            )
            show(
                await save_bytes(
                    page, current[2], current[1].name, "pdf", documents.write_pdf, no_dialog
                )
            )
        except Exception as exc:
            log.warning("saving the document failed", exc_info=True)
            set_status((user_message(exc), True))

    who_for = audience(kind)
    return card(
        ft.Text(_(info.description), size=16, key="doc-description"),
        *(
            [
                ft.Row(
                    [
                        ft.Icon(ft.Icons.GROUPS_OUTLINED, color=ft.Colors.PRIMARY),
                        ft.Text(
                            _("For whom: {audience}", audience=_(who_for)),
                            size=16,
                            weight=ft.FontWeight.W_500,
                            expand=True,
                            key="doc-audience",
                        ),
                    ]
                )
            ]
            if who_for
            else []
        ),
        ft.Text(_("What it will contain"), size=16, weight=ft.FontWeight.BOLD),
        *[ft.Text(f"• {line}", size=16, key=f"doc-contents-{i}") for i, line in enumerate(lines)],
        ft.Row(
            [
                ft.FilledButton(
                    _("Make document"),
                    icon=ft.Icons.PICTURE_AS_PDF_OUTLINED,
                    on_click=make,
                    key="doc-make",
                ),
                ft.ProgressRing(visible=busy, width=24, height=24, key="doc-progress"),
                ft.Text(_("The document is being made…"), visible=busy, size=16),
            ],
            spacing=GAP,
        ),
        _status(status[0], status[1]),
        *(
            [with_key(ResultActions, f"result-{kind}")(open_it, save_it)]
            if current is not None and not busy
            else []
        ),
        title=_(info.title),
        key="doc-make-card",
    )


@ft.component
def MeetingCard(round_id: str) -> ft.Control:
    services = use_services()
    state = use_app_state()
    meeting = use_round_doc(MEETING, Meeting, round_id).value
    summaries = services.position.theme_summaries(round_id)
    read_only = state.read_only

    def save(action: Callable[[], Any]) -> None:
        run_save(state, action)

    def field(label: str, value: str, name: str, multiline: bool = False, hint: str = "") -> Any:
        return ValidatedField(
            label,
            value,
            lambda v: v,
            lambda v: save(lambda: services.meeting.update_meeting(round_id, **{name: v})),
            field_key=f"meeting-{name}",
            multiline=multiline,
            width=520,
            hint=hint,
            read_only=read_only,
        )

    def save_for_theme(setter: Callable[..., object], tid: str) -> Callable[[str], None]:
        """What saves one per-theme field of theme ``tid``: ``setter`` is
        ``services.meeting.set_speaker`` or ``.set_questions``."""
        return lambda v: save(lambda: setter(round_id, tid, v))

    themes: list[ft.Control] = []
    for row in summaries:
        tid = row.theme.id
        themes += [
            ft.Text(row.title, size=16, weight=ft.FontWeight.BOLD),
            ValidatedField(
                _("Who speaks on {theme}", theme=row.title),
                meeting.speaker_for(tid),
                lambda v: v,
                save_for_theme(services.meeting.set_speaker, tid),
                field_key=f"speaker-{tid}",
                width=520,
                read_only=read_only,
            ),
            ValidatedField(
                _("Questions to raise on {theme} (one per line)", theme=row.title),
                meeting.questions.get(tid, ""),
                lambda v: v,
                save_for_theme(services.meeting.set_questions, tid),
                field_key=f"questions-{tid}",
                multiline=True,
                width=520,
                read_only=read_only,
            ),
        ]
    return card(
        ft.Text(_("These details appear in the meeting brief."), size=16),
        ValidatedField(
            _("Date of the meeting"),
            date_to_input(meeting.date),
            parse_date,
            lambda v: save(lambda: services.meeting.update_meeting(round_id, date=v)),
            field_key="meeting-date",
            width=260,
            hint=_("For example: 14-9-2027"),
            read_only=read_only,
        ),
        field(_("Time"), meeting.time, "time", hint=_("For example: 19.30 uur")),
        field(_("Place"), meeting.place, "place"),
        field(_("Participants (one per line)"), meeting.participants, "participants", True),
        field(_("Goal of the meeting"), meeting.goal, "goal", True),
        *themes,
        title=_("The meeting"),
        key="meeting-card",
    )


@ft.component
def SurveyCard(round_id: str) -> ft.Control:
    state = use_app_state()
    doc = use_round_doc(MEETING, Meeting, round_id)
    return card(
        ValidatedField(
            _("Where and when do members hand in the form?"),
            doc.value.survey_return,
            lambda v: v,
            lambda v: doc.update(survey_return=v),
            field_key="meeting-survey_return",
            width=520,
            multiline=True,
            hint=_("For example: at the secretary, Dorpsstraat 12, before 1 March"),
            read_only=state.read_only,
        ),
        title=_("Handing in the form"),
        key="survey-card",
    )


@ft.component
def DocumentenSection() -> ft.Control:
    services = use_services()
    state = use_app_state()
    kind, set_kind = ft.use_state("brief")
    header = SectionHeader(
        _("Documents"),
        _(
            "Print what you bring to the table: a meeting brief to read before a meeting, "
            "your position paper, the checklist report, a letter about the process, and a "
            "paper survey for members without a computer."
        ),
        "documents",
    )
    round_ = services.rounds.get_round(state.round_id) if state.round_id else None
    if round_ is None:
        body: list[ft.Control] = [
            ft.Text(
                _("There is no round yet. Start a round first in the section Rounds."),
                size=16,
                key="doc-no-round",
            )
        ]
    else:
        page = ft.context.page
        body = [
            side_by_side(
                card(DocumentChooser(kind, set_kind), title=_("Choose a document")),
                with_key(MakeCard, f"make-{kind}")(round_.id, kind),
                320,
                fits=content_width(page.width, state.text_scale) >= 760,
            )
        ]
        if kind == "brief":
            body.append(
                with_key(MeetingCard, f"meeting-{round_.id}-{state.data_version}")(round_.id)
            )
        elif kind == "survey":
            body.append(with_key(SurveyCard, f"survey-{round_.id}-{state.data_version}")(round_.id))
    return ft.Column([header, *body], spacing=GAP, scroll=ft.ScrollMode.AUTO, expand=True)
