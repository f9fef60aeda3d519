"""Achterban: ask the members, count the answers (issue 16).

The section has four parts, one shown at a time: the questions (survey
design), entering paper forms, importing an online export (and totals
counted by hand), and the results. Everything reads and writes through
``services.survey``; edits save themselves.
"""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.i18n import _
from models.survey import Address, Survey, format_neighbourhoods, parse_neighbourhoods
from models.text import N_
from views.achterban_entry import PaperEntry, RecentForms
from views.achterban_import import CsvImport, TotalsEntry
from views.achterban_results import Results
from views.context import use_app_state, use_services
from views.flet_typing import with_key
from views.form_parts import action_button
from views.round_section import round_section
from views.widgets import GAP, ValidatedField, card, empty_state, run_save

PARTS = (
    ("design", N_("Questions")),
    ("entry", N_("Paper forms")),
    ("import", N_("Online and totals")),
    ("results", N_("Results")),
)


WHY = N_(
    "Your position is only as strong as the members behind it. Ask them what matters "
    "most, count the answers and say on whose behalf you speak: '312 of the 1,240 "
    "members took part'."
)
NEEDS_ROUND = N_("A survey belongs to a round of prestatieafspraken. Start one first.")


@ft.component
def DesignPart(round_id: str, survey: Survey, on_change: Callable[[], None]) -> ft.Control:
    services = use_services()
    state = use_app_state()
    page = ft.context.page
    design = survey.design
    read_only = services.read_only

    def save(**changes: object) -> None:
        if run_save(state, lambda: services.survey.update_design_fields(round_id, **changes)):
            on_change()

    def refresh() -> None:
        if run_save(state, lambda: services.survey.refresh_themes(round_id)):
            on_change()

    themes = [
        ft.Text(f"{n}. {t.title}", size=16, key=f"design-theme-{n}")
        for n, t in enumerate(design.themes, start=1)
    ] or [ft.Text(_("No themes yet: add themes to your position first."), size=16)]
    top_text = (
        _("Members choose their top three.")
        if design.top_size == 3
        else _("Members choose the theme that matters most.")
        if design.top_size == 1
        else _("A top three needs at least three themes.")
    )
    switches = [
        ft.Switch(
            label=label,
            value=getattr(design, name),
            on_change=lambda e, n=name: save(**{n: bool(e.control.value)}),
            key=f"design-{name}",
            disabled=read_only,
        )
        for name, label in (
            ("ask_neighbourhood", _("Ask for the neighbourhood or complex")),
            ("ask_remarks", _("Room for remarks")),
            ("ask_contact", _("Ask who wants to help (name and phone number)")),
        )
    ]
    return ft.Column(
        [
            card(
                *themes,
                ft.Text(top_text, size=15),
                ft.Row(
                    [
                        ft.OutlinedButton(
                            _("Take the themes from the position again"),
                            on_click=refresh,
                            key="design-refresh",
                            disabled=read_only,
                        ),
                        ft.TextButton(
                            _("Print the form in Documents"),
                            on_click=lambda: page.navigate("/documenten"),
                            key="design-print",
                        ),
                    ],
                    wrap=True,
                ),
                title=_("The questions"),
                key="design-themes",
            ),
            card(
                ft.RadioGroup(
                    ft.Row(
                        [
                            ft.Radio(
                                value=Address.JE.value, label=_("je (informal)"), key="address-je"
                            ),
                            ft.Radio(value=Address.U.value, label=_("u (formal)"), key="address-u"),
                        ],
                        spacing=24,
                    ),
                    value=design.address.value,
                    on_change=lambda e: save(address=e.control.value or "je"),
                    key="design-address",
                ),
                *switches,
                ValidatedField(
                    _(
                        "Neighbourhoods or complexes, one per line "
                        "(with members: Bloemenbuurt: 410)"
                    ),
                    format_neighbourhoods(design.neighbourhoods),
                    parse_neighbourhoods,
                    lambda hoods: save(neighbourhoods=[h.model_dump() for h in hoods]),
                    "design-neighbourhoods",
                    multiline=True,
                    read_only=read_only,
                ),
                ValidatedField(
                    _("Where and when to hand in the form"),
                    design.return_note,
                    lambda text: text[:300],
                    lambda text: save(return_note=text),
                    "design-return",
                    read_only=read_only,
                ),
                title=_("How you ask"),
                key="design-settings",
            ),
        ],
        spacing=GAP,
    )


@ft.component
def ContactsCard(round_id: str, survey: Survey, on_change: Callable[[], None]) -> ft.Control:
    """Members who want to help: shown here only, wiped in one step."""
    services = use_services()
    state = use_app_state()
    contacts = [c for c in survey.contacts if c.name or c.phone or c.email]

    def wipe() -> None:
        if run_save(state, lambda: services.survey.wipe_contacts(round_id)):
            on_change()

    lines: list[ft.Control] = [
        ft.Text(
            _(
                "Contact details are kept apart from the answers. They are never printed and "
                "not shared unless you choose to share personal data."
            ),
            size=15,
        ),
        ft.Text(_("Members who want to help: {n}", n=len(contacts)), size=16, key="contacts-count"),
    ]
    lines += [
        ft.Text(" · ".join(v for v in (c.name, c.phone, c.email) if v), size=15)
        for c in contacts[:50]
    ]
    lines.append(
        action_button(
            _("Wipe all contact details"),
            ft.Icons.DELETE_SWEEP_OUTLINED,
            wipe,
            "contacts-wipe",
            disabled=services.read_only or not contacts,
        )
    )
    return card(*lines, title=_("Contact details"), key="contacts-card")


@ft.component
def AchterbanRound(round_id: str) -> ft.Control:
    services = use_services()
    part, set_part = ft.use_state("entry")
    version, set_version = ft.use_state(0)
    survey = services.survey.load_survey(round_id)

    def changed() -> None:
        set_version(version + 1)

    buttons: list[ft.Control] = [
        (ft.FilledButton if name == part else ft.OutlinedButton)(
            _(label), on_click=lambda _e, n=name: set_part(n), key=f"achterban-part-{name}"
        )
        for name, label in PARTS
    ]
    if part == "design":
        body: list[ft.Control] = [
            DesignPart(round_id, survey, changed),
            ContactsCard(round_id, survey, changed),
        ]
    elif part == "entry":
        body = [PaperEntry(round_id, survey, changed), RecentForms(round_id, survey, changed)]
    elif part == "import":
        body = [CsvImport(round_id, survey, changed), TotalsEntry(round_id, survey, changed)]
    else:
        body = [with_key(Results, f"results-{round_id}-{version}")(round_id, version)]
    if not survey.design.themes and part != "design":
        body = [
            empty_state(
                ft.Icons.FORMAT_LIST_NUMBERED,
                _("First give your position its themes"),
                _("The survey asks members about the themes of your position."),
                _("Go to the questions"),
                lambda: set_part("design"),
                key="achterban-no-themes",
            )
        ]
    return ft.Column([ft.Row(buttons, wrap=True, spacing=8), *body], spacing=GAP)


@ft.component
def AchterbanSection() -> ft.Control:
    """The survey of the current round, or the way to start one."""
    return round_section(
        "achterban",
        (_("Members (achterban)"), _(WHY)),
        _(NEEDS_ROUND),
        AchterbanRound,
        stretch=True,
        start_key="achterban-go-rounds",
        start_button=_("Go to rounds"),
    )
