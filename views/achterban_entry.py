"""Achterban: entering returned paper forms with the keyboard only, and correcting them.

One text field takes a short code per form (see :mod:`models.survey_entry`):
after every key the screen says what the code means and what the next key is
for; Enter saves the form, empties the field and keeps the cursor there for
the next form. The count of entered forms is always in view. All keys go to
that one field (no focus jumps between fields, so fast typing loses nothing).
A form entered wrong is corrected in the list below, with drop-downs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft
from flet.components.hooks.use_ref import MutableRef

from app.i18n import _
from models.survey import IMPORTANCE_LABELS, Importance, Remark, Survey, SurveyResponse
from models.survey_entry import EntryState, key_for, parse_entry
from views.context import use_app_state, use_services
from views.flet_typing import UseState
from views.widgets import card, run_save

#: How many of the last entered forms the correction list shows.
RECENT = 8


def _legend(survey: Survey) -> list[ft.Control]:
    design = survey.design
    lines = []
    if design.ask_neighbourhood and design.neighbourhoods:
        hoods = "  ".join(
            f"{key_for(n)} = {h.name}" for n, h in enumerate(design.neighbourhoods, start=1)
        )
        lines.append(_("Neighbourhood: {keys}", keys=hoods))
    themes = "  ".join(f"{key_for(n)} = {t.title}" for n, t in enumerate(design.themes, start=1))
    lines.append(_("Themes: {keys}", keys=themes))
    lines.append(
        _(
            "Importance: 1 = very important, 2 = important, 3 = not so important, "
            "4 = don't know, 0 = not answered"
        )
    )
    # not selectable: Flutter web exposes selectable text as an unlabelled text field (axe)
    return [ft.Text(line, size=14) for line in lines]


def _meaning(survey: Survey, state: EntryState) -> str:
    """What the code typed so far means, in words."""
    design = survey.design
    answer = state.response
    parts = []
    if design.ask_neighbourhood and design.neighbourhoods and state.used:
        parts.append(answer.neighbourhood or _("no neighbourhood"))
    if answer.top:
        parts.append(_("top: {themes}", themes=", ".join(design.title_of(k) for k in answer.top)))
    answered = [
        f"{design.title_of(k)}: {_(IMPORTANCE_LABELS[v]).lower()}"
        for k, v in answer.importance.items()
        if k not in answer.top
    ]
    parts += answered
    return " · ".join(parts)


@ft.component
def PaperEntry(round_id: str, survey: Survey, on_change: Callable[[], None]) -> ft.Control:
    """The one field for the codes of paper forms, its hint and the count.

    The field is not echoed while the volunteer types: each render gives it
    the text it holds right now (read from the field itself), so the server
    never sends back an older text that a fast next key would be typed into.
    Only a saved form empties it.
    """
    services = use_services()
    state = use_app_state()
    _code, set_code = ft.use_state("")  # a new text: render the hint again
    message, set_message = ft.use_state("")
    field: MutableRef[ft.TextField | None] = ft.use_ref(None)
    empty_it: MutableRef[bool] = ft.use_ref(False)  # once, after a saved form
    read_only = services.read_only
    typed = "" if empty_it.current or field.current is None else field.current.value or ""
    empty_it.current = False
    parsed = parse_entry(survey.design, typed)
    paper = sum(1 for r in survey.responses if r.channel == "paper")

    def changed(e: ft.Event[ft.TextField]) -> None:
        set_code(e.control.value or "")
        set_message("")

    async def submit(e: ft.Event[ft.TextField]) -> None:
        typed = e.control.value or ""
        saved = run_save(state, lambda: services.survey.add_paper_form(round_id, typed))
        if saved:
            empty_it.current = True
            set_code("")
            set_message(_("Form {n} saved.", n=paper + 1))
            on_change()
        await e.control.focus()  # Enter may take the focus away: the next form starts here

    next_slot = parsed.next_slot
    if parsed.error:
        hint = _(parsed.error, **parsed.error_params)
    elif next_slot is None:
        hint = _("Complete. Press Enter to save this form.")
    else:
        hint = _("Next key: {question}", question=_(next_slot.label, **next_slot.params))
    entry = ft.TextField(
        label=_("Answers of this form"),
        value=typed,
        on_change=changed,
        on_submit=submit,
        autofocus=True,
        key="entry-code",
        width=420,
        text_size=22,
        error=hint if parsed.error else None,
        helper=None if parsed.error else hint,
        disabled=read_only,
    )
    field.current = entry  # the field the next render reads the typed text from
    controls: list[ft.Control] = [
        ft.Text(
            _("Forms entered: {n}", n=paper),
            size=22,
            weight=ft.FontWeight.BOLD,
            key="entry-count",
        ),
        ft.Text(
            _(
                "Type one key per answer, as on the form, then press Enter. The next form "
                "starts at once. Themes in the top three count as 'very important'."
            ),
            size=15,
        ),
        *_legend(survey),
        entry,
        ft.Text(_meaning(survey, parsed), size=15, key="entry-meaning"),
    ]
    if message:
        controls.append(ft.Text(message, color=ft.Colors.PRIMARY, key="entry-saved"))
    return card(*controls, title=_("Enter paper forms"), key="paper-entry")


def _dropdown(
    label: str, value: str, options: list[tuple[str, str]], key: str, on_select: Any
) -> ft.Control:
    return ft.Dropdown(
        label=label,
        value=value,
        options=[ft.DropdownOption(key=k, text=t) for k, t in options],
        on_select=on_select,
        key=key,
        width=260,
    )


@ft.component
def FormEditor(
    round_id: str, survey: Survey, response: SurveyResponse, on_done: Callable[[], None]
) -> ft.Control:
    """Correct one entered form: every answer as a drop-down, and a remark."""
    services = use_services()
    state = use_app_state()
    draft_state: UseState[SurveyResponse] = ft.use_state(response)
    draft, set_draft = draft_state
    design = survey.design
    rid = response.id
    none = ("", _("not filled in"))
    themes = [(t.key, f"{n}. {t.title}") for n, t in enumerate(design.themes, start=1)]

    def set_field(**changes: Any) -> None:
        set_draft(SurveyResponse.model_validate({**draft.model_dump(), **changes}))

    def set_top(index: int, key: str) -> None:
        top = list(draft.top) + [""] * design.top_size
        top[index] = key
        set_field(top=[k for k in dict.fromkeys(top[: design.top_size]) if k])

    def set_importance(key: str, value: str) -> None:
        importance = {k: int(v) for k, v in draft.importance.items()}
        if value in ("", "0"):
            importance.pop(key, None)
        else:
            importance[key] = int(value)
        set_field(importance=importance)

    def set_remark(text: str) -> None:
        kept = [r for r in draft.remarks if r.theme]
        general = [Remark(text=text[:2000])] if text.strip() else []
        set_field(remarks=[*kept, *general])

    def save() -> None:
        if run_save(state, lambda: services.survey.update_response(round_id, draft)):
            on_done()

    def delete() -> None:
        if run_save(state, lambda: services.survey.delete_response(round_id, rid)):
            on_done()

    rows: list[ft.Control] = []
    if design.ask_neighbourhood and design.neighbourhoods:
        rows.append(
            _dropdown(
                _("Neighbourhood"),
                draft.neighbourhood,
                [none, *[(n, n) for n in design.neighbourhood_names()]],
                f"fix-{rid}-hood",
                lambda e: set_field(neighbourhood=e.control.value or ""),
            )
        )
    for index in range(design.top_size):
        current = draft.top[index] if index < len(draft.top) else ""
        rows.append(
            _dropdown(
                _("Choice {n}", n=index + 1),
                current,
                [none, *themes],
                f"fix-{rid}-top-{index + 1}",
                lambda e, i=index: set_top(i, e.control.value or ""),
            )
        )
    levels = [("0", _("not answered"))] + [
        (str(int(level)), _(label)) for level, label in IMPORTANCE_LABELS.items()
    ]
    for theme in design.themes:
        level = draft.importance.get(theme.key, Importance.NONE)
        rows.append(
            _dropdown(
                theme.title,
                str(int(level)),
                levels,
                f"fix-{rid}-imp-{theme.key}",
                lambda e, k=theme.key: set_importance(k, e.control.value or "0"),
            )
        )
    general = next((r.text for r in draft.remarks if not r.theme), "")
    return ft.Container(
        ft.Column(
            [
                ft.Row(rows, wrap=True, spacing=12, run_spacing=12),
                ft.TextField(
                    label=_("Remark"),
                    value=general,
                    on_change=lambda e: set_remark(e.control.value or ""),
                    multiline=True,
                    key=f"fix-{rid}-remark",
                ),
                ft.Row(
                    [
                        ft.FilledButton(_("Save changes"), on_click=save, key=f"fix-{rid}-save"),
                        ft.TextButton(_("Cancel"), on_click=on_done, key=f"fix-{rid}-cancel"),
                        ft.TextButton(
                            _("Delete this form"),
                            on_click=delete,
                            key=f"fix-{rid}-delete",
                            style=ft.ButtonStyle(color=ft.Colors.ERROR),
                        ),
                    ],
                    spacing=12,
                ),
            ],
            spacing=12,
        ),
        padding=ft.Padding.all(12),
        border=ft.Border.all(1, ft.Colors.OUTLINE_VARIANT),
        border_radius=8,
    )


@ft.component
def RecentForms(round_id: str, survey: Survey, on_change: Callable[[], None]) -> ft.Control:
    """The last entered forms, newest first, each with 'Correct'."""
    open_id, set_open_id = ft.use_state("")
    recent = [r for r in survey.responses if r.channel == "paper"][-RECENT:][::-1]
    if not recent:
        return ft.Container()
    design = survey.design
    items: list[ft.Control] = []
    total = sum(1 for r in survey.responses if r.channel == "paper")
    for offset, response in enumerate(recent):
        number = total - offset
        summary = ", ".join(design.title_of(k) for k in response.top) or _("no top three")
        where = response.neighbourhood or _("no neighbourhood")
        items.append(
            ft.Row(
                [
                    ft.Text(
                        _("Form {n}: {where}; {summary}", n=number, where=where, summary=summary),
                        size=15,
                        expand=True,
                    ),
                    ft.TextButton(
                        _("Correct"),
                        on_click=lambda _e, rid=response.id: set_open_id(rid),
                        key=f"fix-open-{number}",
                    ),
                ]
            )
        )
        if open_id == response.id:

            def done() -> None:
                set_open_id("")
                on_change()

            items.append(FormEditor(round_id, survey, response, done))
    return card(*items, title=_("Last entered forms"), key="recent-forms")
