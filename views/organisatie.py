"""Organisatie: the tenant organisation's profile, saved field by field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft
from flet.components.hooks.use_ref import MutableRef

from app.i18n import _, format_money, format_number
from models.organisation import (
    OFFERED_LEGAL_FORMS,
    BoardMember,
    LegalForm,
    Organisation,
    parse_email,
    parse_money,
    parse_municipality_list,
    parse_name_list,
    parse_required_line,
    parse_whole_number,
)
from models.text import N_
from views.a11y import choice_field
from views.context import use_app_state, use_services
from views.explain import explain
from views.first_round import INZET_ROUTE, next_round_year, start_first_round
from views.flet_typing import UseState, with_key
from views.form_parts import action_button, muted, record_field
from views.widgets import GAP, SectionHeader, ValidatedField, card, icon_button, run_save

#: A board member's fields in the order shown: field, label, width (e-mail is checked).
BOARD_FIELDS = (
    ("name", N_("Name"), 220),
    ("role", N_("Role"), 200),
    ("email", N_("E-mail (personal data)"), 300),
    ("phone", N_("Phone (personal data)"), 250),
)


def _plain(value: str) -> str:
    return value.strip()


def _money_text(value: Any) -> str:
    return format_money(value).replace("\u00a0", " ") if value is not None else ""


def first_round_step(services: Any, state: Any, saved: Callable[[], Organisation]) -> ft.Control:
    """The next step once the organisation has a name: this year's round with
    the standard themes, landing on the first theme (views/first_round.py)."""

    def start() -> None:
        problem = start_first_round(services, state, saved())
        if problem:
            state.mark_save_failed(problem)
            return
        ft.context.page.navigate(INZET_ROUTE)

    return ft.Row(
        [
            ft.FilledButton(
                _(
                    "Next step: start the round for {year} with the standard themes",
                    year=next_round_year(services),
                ),
                icon=ft.Icons.ARROW_FORWARD,
                on_click=start,
                key="org-next-step",
                disabled=services.read_only,
            )
        ],
        wrap=True,
    )


@ft.component
def OrganisationSection() -> ft.Control:
    services = use_services()
    state = use_app_state()
    current: MutableRef[Organisation] = ft.use_ref(
        lambda: services.organisation.load_organisation() or Organisation()
    )

    def saved() -> Organisation:
        """The organisation as last saved (use_ref set it on the first render)."""
        if current.current is None:
            raise RuntimeError("organisation ref not initialised")
        return current.current

    board_keys_state: UseState[list[int]] = ft.use_state(lambda: list(range(len(saved().board))))
    board_keys, set_board_keys = board_keys_state
    read_only = services.read_only

    def update(**changes: Any) -> None:
        """Apply valid changes and save at once (there is no save button)."""
        shown = saved()
        result: list[Organisation] = []
        # Only the changed fields, on a fresh read: another window's edits of
        # other fields survive, and a clash on the same field is said, not lost.
        if run_save(
            state,
            lambda: result.append(services.organisation.update_organisation(shown, **changes)),
        ):
            current.current = result[0]

    def update_member(index: int, **changes: Any) -> None:
        board = list(saved().board)
        board[index] = board[index].model_copy(update=changes)
        update(board=board)

    def save_member(index: int, name: str) -> Callable[[Any], None]:
        """What saves field ``name`` of board member ``index``."""
        return lambda v: update_member(index, **{name: v})

    def add_member() -> None:
        update(board=[*saved().board, BoardMember()])
        set_board_keys([*board_keys, max(board_keys, default=-1) + 1])

    def remove_member(index: int) -> None:
        board = list(saved().board)
        del board[index]
        update(board=board)
        set_board_keys([k for i, k in enumerate(board_keys) if i != index])

    org = saved()

    def names_field(
        name: str, label: str, parse: Callable[[str], list[str]], key: str, **options: Any
    ) -> ft.Control:
        """The list of names ``org.<name>``, typed with commas between them."""
        shown = ", ".join(getattr(org, name))
        return ValidatedField(
            label,
            shown,
            parse,
            lambda v: update(**{name: v}),
            key,
            width=520,
            read_only=read_only,
            **options,
        )

    profile = card(
        record_field(
            org,
            "name",
            _("Name of the organisation"),
            parse_required_line,
            update,
            ("org-name", read_only),
            width=520,
            hint=_("For example: Huurdersvereniging De Eendracht"),
        ),
        choice_field(
            _("Legal form"),
            org.legal_form.value,
            [
                (f.value, _(f.label))
                for f in LegalForm
                if f in OFFERED_LEGAL_FORMS or f is org.legal_form
            ],
            lambda value: update(legal_form=LegalForm(value)),
            key="org-legal-form",
            width=420,
            disabled=read_only,
            high_contrast=state.high_contrast,
        ),
        names_field(
            "housing_associations",
            _("Housing association(s) you work with"),
            parse_name_list,
            "org-associations",
            helper=_("Separate several names with a comma."),
        ),
        names_field(
            "municipalities",
            _("Municipality or municipalities"),
            parse_municipality_list,
            "org-municipalities",
            hint=_("For example: Dalfsen"),
            helper=_("Only the name, without 'gemeente'. Separate several names with a comma."),
        ),
        ft.Row(
            [
                ValidatedField(
                    _("Number of members"),
                    format_number(org.member_count) if org.member_count is not None else "",
                    parse_whole_number,
                    lambda v: update(member_count=v),
                    field_key="org-members",
                    width=240,
                    read_only=read_only,
                ),
                ValidatedField(
                    _("Support budget per year (€)"),
                    _money_text(org.support_budget),
                    parse_money,
                    lambda v: update(support_budget=v),
                    field_key="org-budget",
                    width=300,
                    read_only=read_only,
                    helper=_("Agreed with the housing association (Overlegwet art. 7)."),
                ),
            ],
            spacing=GAP,
            wrap=True,
            vertical_alignment=ft.CrossAxisAlignment.START,
        ),
        title=_("Profile"),
    )

    member_rows: list[ft.Control] = []
    for index, (member, row_key) in enumerate(zip(org.board, board_keys, strict=False)):
        member_rows.append(
            ft.Container(
                ft.Row(
                    [
                        *[
                            with_key(ValidatedField, f"bm-{row_key}-{name}")(
                                _(label),
                                getattr(member, name),
                                parse_email if name == "email" else _plain,
                                save_member(index, name),
                                field_key=f"board-{index}-{name}",
                                width=width,
                                read_only=read_only,
                            )
                            for name, label, width in BOARD_FIELDS
                        ],
                        icon_button(
                            ft.Icons.DELETE_OUTLINE,
                            _("Remove board member"),
                            lambda _e, i=index: remove_member(i),
                            disabled=read_only,
                            key=f"board-{index}-remove",
                        ),
                    ],
                    wrap=True,
                    spacing=12,
                    vertical_alignment=ft.CrossAxisAlignment.START,
                ),
                key=f"board-row-{row_key}",
            )
        )
    board = card(
        muted(
            _(
                "E-mail and phone are personal data. They stay on this computer and are "
                "only shared when you choose so."
            )
        ),
        *member_rows,
        action_button(
            _("Add board member"),
            ft.Icons.PERSON_ADD_ALT,
            add_member,
            "board-add",
            disabled=read_only,
        ),
        title=_("Board"),
    )
    return ft.Column(
        [
            SectionHeader(
                _("Organisation"),
                _(
                    "The profile appears on every document you print. The Overlegwet gives a "
                    "tenant organisation rights, such as information, advice and a budget "
                    "for its work."
                ),
                "organisation",
            ),
            explain("overlegwet"),
            profile,
            board,
            *(
                [first_round_step(services, state, saved)]
                if org.name and not services.rounds.list_rounds()
                else []
            ),
        ],
        spacing=GAP,
        scroll=ft.ScrollMode.AUTO,
        horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
        expand=True,
    )
