"""Rondes: start, choose, rename and delete rounds of prestatieafspraken."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import flet as ft

from app.i18n import _
from app.services.errors import InvalidInput, user_message
from models.organisation import parse_municipality_list, parse_name_list
from models.round import Phase, Round, parse_year
from views.a11y import choice_field, next_step, title_row, use_narrow
from views.context import use_app_state, use_services
from views.explain import explain
from views.flet_typing import with_key
from views.form_parts import action_button, text_input, tick_box
from views.round_section import section_page
from views.widgets import GAP, SectionHeader, ValidatedField, card, icon_button, run_save


@ft.component
def NewRoundForm(on_created: Any) -> ft.Control:
    """Year, partners and title of a new round; partners prefilled from the profile."""
    services = use_services()
    state = use_app_state()
    organisation = services.organisation.load_organisation()
    latest = services.rounds.latest_round()
    default_year = str(max(dt.date.today().year + 1, (latest.year + 1) if latest else 0))
    year_text, set_year_text = ft.use_state(default_year)
    year_error, set_year_error = ft.use_state("")
    municipalities, set_municipalities = ft.use_state(
        ", ".join(organisation.municipalities) if organisation else ""
    )
    associations, set_associations = ft.use_state(
        ", ".join(organisation.housing_associations) if organisation else ""
    )
    title, set_title = ft.use_state("")
    copy_previous, set_copy_previous = ft.use_state(latest is not None)
    form_error, set_form_error = ft.use_state("")

    def year_changed(e: ft.Event[ft.TextField]) -> None:
        value = e.control.value or ""
        set_year_text(value)
        try:
            parse_year(value)
            set_year_error("")
        except InvalidInput as exc:
            set_year_error(_(exc.message, **exc.params))

    def create() -> None:
        try:
            year = parse_year(year_text)
            new = services.round_start.start_round(
                year,
                parse_municipality_list(municipalities),
                parse_name_list(associations),
                title=title,
                copy_from=latest.id if (copy_previous and latest) else None,
            )
        except InvalidInput as exc:
            set_form_error(_(exc.message, **exc.params))
            return
        except Exception as exc:
            set_form_error(user_message(exc))
            return
        set_form_error("")
        state.mark_saved()
        state.round_id = new.id
        state.data_changed()
        on_created()

    controls: list[ft.Control] = [
        ft.Row(
            [
                ft.TextField(
                    label=_("Year"),
                    value=year_text,
                    error=year_error or None,
                    on_change=year_changed,
                    key="new-round-year",
                    width=160,
                    text_size=16,
                ),
                text_input(
                    _("Title (optional)"),
                    title,
                    set_title,
                    "new-round-title",
                    width=360,
                    text_size=16,
                    hint_text=_("For example: Prestatieafspraken 2027"),
                ),
            ],
            spacing=GAP,
            wrap=True,
            vertical_alignment=ft.CrossAxisAlignment.START,
        ),
        *[
            text_input(label, value, setter, key, text_size=16)
            for label, value, setter, key in (
                (
                    _("Municipality or municipalities"),
                    municipalities,
                    set_municipalities,
                    "new-round-municipalities",
                ),
                (
                    _("Housing association(s)"),
                    associations,
                    set_associations,
                    "new-round-associations",
                ),
            )
        ],
    ]
    if latest is not None:
        start_from = _("Use the work of {round} as a starting point", round=latest.display_title())
        controls.append(tick_box(start_from, copy_previous, set_copy_previous, "new-round-copy"))
    if form_error:
        controls.append(ft.Text(form_error, color=ft.Colors.ERROR, key="new-round-error"))
    blocked = services.read_only or bool(year_error)
    start = action_button(
        _("Start round"), ft.Icons.ADD, create, "new-round-create", main=True, disabled=blocked
    )
    controls.append(start)
    return card(*controls, title=_("Start a new round"), key="new-round-card")


@ft.component
def RoundCard(round_: Round, selected: bool, on_changed: Any) -> ft.Control:
    services = use_services()
    state = use_app_state()
    page = ft.context.page
    read_only = services.read_only
    narrow = use_narrow()

    def save(**changes: Any) -> None:
        # only the changed fields, on a fresh read (app.services.fresh_save)
        if run_save(state, lambda: services.rounds.update_round_fields(round_, **changes)):
            on_changed()

    def save_list(name: str, names: list[str]) -> None:
        save(**{name: names})

    def select() -> None:
        state.round_id = round_.id

    def confirm_delete() -> None:
        def really_delete() -> None:
            page.pop_dialog()
            if run_save(state, lambda: services.rounds.delete_round(round_.id)):
                if state.round_id == round_.id:
                    latest = services.rounds.latest_round()
                    state.round_id = latest.id if latest else None
                state.data_changed()
                on_changed()

        page.show_dialog(
            ft.AlertDialog(
                modal=True,
                title=ft.Text(_("Delete round {round}?", round=round_.display_title())),
                content=ft.Text(
                    _("Everything in this round is deleted. A backup is made first, just in case.")
                ),
                actions=[
                    ft.TextButton(
                        _("Cancel"), on_click=lambda: page.pop_dialog(), key="delete-cancel"
                    ),
                    ft.FilledButton(_("Delete"), on_click=really_delete, key="delete-confirm"),
                ],
            )
        )

    header = title_row(
        ft.Text(round_.display_title(), size=20, weight=ft.FontWeight.BOLD),
        [
            ft.Text(
                _("Selected"),
                color=ft.Colors.PRIMARY,
                weight=ft.FontWeight.BOLD,
                visible=selected,
                key=f"round-{round_.id}-selected",
            ),
            ft.OutlinedButton(
                _("Work on this round"),
                on_click=select,
                visible=not selected,
                key=f"round-{round_.id}-select",
            ),
            icon_button(
                ft.Icons.DELETE_OUTLINE,
                _("Delete round {round}", round=round_.display_title()),
                confirm_delete,
                disabled=read_only,
                key=f"round-{round_.id}-delete",
            ),
        ],
        narrow,
    )
    return card(
        header,
        ft.Row(
            [
                ValidatedField(
                    _("Title"),
                    # the title the round is known by, also before the user changes it
                    round_.title or round_.display_title(),
                    lambda v: v.strip(),
                    lambda v: save(title=v),
                    field_key=f"round-{round_.id}-title",
                    width=360,
                    read_only=read_only,
                ),
                choice_field(
                    _("Phase"),
                    round_.phase.value,
                    [(p.value, _(p.label)) for p in Phase],
                    lambda value: save(phase=Phase(value)),
                    key=f"round-{round_.id}-phase",
                    width=260,
                    disabled=read_only,
                    high_contrast=state.high_contrast,
                ),
            ],
            spacing=GAP,
            wrap=True,
            vertical_alignment=ft.CrossAxisAlignment.START,
        ),
        *[
            ValidatedField(
                label,
                ", ".join(getattr(round_, name)),
                parse,
                partial(save_list, name),
                field_key=f"round-{round_.id}-{part}",
                width=520,
                read_only=read_only,
            )
            for label, name, parse, part in (
                (
                    _("Municipality or municipalities"),
                    "municipalities",
                    parse_municipality_list,
                    "municipalities",
                ),
                (
                    _("Housing association(s)"),
                    "housing_associations",
                    parse_name_list,
                    "associations",
                ),
            )
        ],
        key=f"round-card-{round_.id}",
    )


@ft.component
def RoundsSection() -> ft.Control:
    services = use_services()
    state = use_app_state()
    refresh, set_refresh = ft.use_state(0)
    show_form, set_show_form = ft.use_state(False)
    rounds = services.rounds.list_rounds()
    _unused = (refresh, state.data_version)

    blocks: list[ft.Control] = [
        SectionHeader(
            _("Rounds"),
            _(
                "Every year the municipality, the housing association and the tenant "
                "organisation make new prestatieafspraken. One round is one such year. The "
                "housing association sends its bid (the 'bod') before 1 July."
            ),
            "rounds",
        ),
        explain("bod"),
    ]
    if show_form or not rounds:
        blocks.append(NewRoundForm(lambda: set_show_form(False)))
    else:
        new = action_button(
            _("Start a new round"),
            ft.Icons.ADD,
            lambda: set_show_form(True),
            "rounds-new",
            main=True,
            disabled=services.read_only,
        )
        blocks.append(ft.Row([new]))
    for round_ in rounds:
        blocks.append(
            with_key(RoundCard, f"rc-{round_.id}")(
                round_,
                round_.id == state.round_id,
                lambda: set_refresh(refresh + 1),
            )
        )
    if rounds:
        blocks.append(
            next_step(_("Next step: your position per theme"), "/inzet", key="rounds-next-step")
        )
    return section_page(*blocks, stretch=True)
