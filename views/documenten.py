"""Documenten: choose a document, see what it will contain, make it, then open or save it.

Making and handing over is ``views.document_maker`` (also behind the
checklist's "Checklistrapport maken"): building runs off the event loop with
a visible progress ring, the PDF is kept in the data folder's ``documenten``
folder for "Open to print", and "Save as" offers a download in the browser
and a save dialog in a window. Meeting details for the brief (date, place, participants,
speakers, questions) and the survey's hand-in place are edited here and save
themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft

from app.i18n import _
from models.dates import date_to_input, parse_date
from models.meeting import Meeting
from views.a11y import content_width, side_by_side
from views.context import use_app_state, use_services
from views.document_maker import maker_controls, use_document_maker
from views.flet_typing import with_key
from views.hooks import use_round_doc
from views.widgets import GAP, SectionHeader, ValidatedField, card, run_save

ROUTE = "/documenten"
MEETING = "meeting"  # the meeting feature's record kind


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
def MakeCard(round_id: str, kind: str) -> ft.Control:
    services = use_services()
    maker = use_document_maker(round_id, kind)
    documents = services.documents
    info = documents.spec(kind)
    lines = documents.contents(kind, round_id)

    who_for = info.audience
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
        *maker_controls(
            maker,
            ft.FilledButton(
                _("Make document"),
                icon=ft.Icons.PICTURE_AS_PDF_OUTLINED,
                on_click=maker.make,
                key="doc-make",
            ),
            f"result-{kind}",
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
