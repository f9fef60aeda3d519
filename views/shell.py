"""The app shell: navigation rail, top bar (round, save status), notices,
and the router. Wiring only: each section lives in its own module.

SECTIONS is derived: the fixed sections plus each feature's declared section.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import flet as ft

from app.features import nav_sections
from app.features.base import NavSection
from app.i18n import _
from app.services.context import Services
from views.a11y import choice_field, scrolling_rail
from views.agenda import CalendarSection
from views.agenda_overview import ROUTE as CALENDAR_ROUTE
from views.context import AppStateCtx, ServicesCtx, use_app_state, use_services
from views.delen import DelenSection
from views.documenten import DocumentenSection
from views.feature_views import component_of
from views.glossary import ROUTE as GLOSSARY_ROUTE
from views.glossary import GlossaryButton, GlossarySection
from views.instellingen import InstellingenSection
from views.monitoring import ROUTE as MONITORING_ROUTE
from views.monitoring import MonitoringSection
from views.organisatie import OrganisationSection
from views.overzicht import OverviewSection
from views.rondes import RoundsSection
from views.state import AppState
from views.theme import Zoom
from views.welcome import WelcomePanel
from views.widgets import SavedIndicator


@dataclass(frozen=True)
class Section:
    route: str  # "/" or "/name"
    label: str  # English msgid, translated when shown
    icon: ft.IconData
    component: Callable[[], Any]
    order: int = 0


#: The fixed sections; the features' sections (``Feature.section`` in
#: app.features) are placed among them by their ``order`` (design §9).
CORE_SECTIONS: list[Section] = [
    Section("/", "Overview", ft.Icons.HOME_OUTLINED, OverviewSection, 10),
    Section("/organisatie", "Organisation", ft.Icons.GROUPS_OUTLINED, OrganisationSection, 20),
    Section("/rondes", "Rounds", ft.Icons.EVENT_NOTE_OUTLINED, RoundsSection, 30),
    Section("/documenten", "Documents", ft.Icons.PRINT_OUTLINED, DocumentenSection, 90),
    Section("/delen", "Share", ft.Icons.IOS_SHARE, DelenSection, 100),
    Section("/instellingen", "Settings", ft.Icons.SETTINGS_OUTLINED, InstellingenSection, 120),
]


def _feature_section(nav: NavSection) -> Section:
    """A feature's declared section, its view resolved from ``"module:Component"``."""
    component = component_of(nav.view)
    return Section(nav.route, nav.label, getattr(ft.Icons, nav.icon), component, nav.order)


SECTIONS: list[Section] = sorted(
    CORE_SECTIONS + [_feature_section(nav) for nav in nav_sections()], key=lambda s: s.order
)


def _active_index() -> int:
    for i, section in enumerate(SECTIONS):
        if section.route != "/" and ft.is_route_active(section.route):
            return i
    return 0


@ft.component
def RoundPicker() -> ft.Control:
    """Which round the sections work on; defaults to the newest."""
    services = use_services()
    state = use_app_state()
    rounds = services.rounds.list_rounds()
    if not rounds:
        return ft.Text(_("No round yet"), size=14, key="round-picker-empty")

    def pick(round_id: str) -> None:
        state.round_id = round_id

    # a screen reader (and the browser tests) hear "Ronde Prestatieafspraken 2027"
    return choice_field(
        _("Round"),
        state.round_id,
        [(r.id, r.display_title()) for r in rounds],
        pick,
        key="round-picker",
        width=280,
        high_contrast=state.high_contrast,
    )


@ft.component
def Layout() -> ft.Control:
    outlet = ft.use_route_outlet()
    state = use_app_state()
    page = ft.context.page
    index = _active_index()
    on_glossary = ft.is_route_active(GLOSSARY_ROUTE)

    def go(e: ft.Event[ft.NavigationRail]) -> None:
        selected = e.control.selected_index or 0
        page.navigate(SECTIONS[selected].route)

    notices = [
        ft.Container(
            ft.Row(
                [
                    ft.Icon(ft.Icons.INFO_OUTLINE, color=ft.Colors.ON_TERTIARY_CONTAINER),
                    ft.Text(text, size=15, expand=True, color=ft.Colors.ON_TERTIARY_CONTAINER),
                ]
            ),
            bgcolor=ft.Colors.TERTIARY_CONTAINER,
            padding=ft.Padding.all(12),
            border_radius=8,
            key=f"notice-{i}",
        )
        for i, text in enumerate(state.notices)
    ]
    # At a large text size (little logical width left) the top bar takes two
    # lines instead of running off the screen; the round picker comes first on
    # the second line, so reading order follows what the eye sees.
    title = ft.Text("Aan Tafel", size=22, weight=ft.FontWeight.BOLD, color=ft.Colors.PRIMARY)
    spacer = ft.Container(expand=True)
    if (page.width or 1280) / max(state.text_scale, 1.0) < 1000:
        top_bar: ft.Control = ft.Column(
            [
                ft.Row([title, spacer, GlossaryButton()]),
                ft.Row(
                    [RoundPicker(), SavedIndicator()],
                    spacing=16,
                    wrap=True,
                    vertical_alignment=ft.CrossAxisAlignment.CENTER,
                ),
            ],
            spacing=4,
        )
    else:
        top_bar = ft.Row(
            [title, spacer, GlossaryButton(), SavedIndicator(), RoundPicker()],
            spacing=16,
            vertical_alignment=ft.CrossAxisAlignment.CENTER,
        )
    rail = ft.NavigationRail(
        selected_index=None if on_glossary else index,
        label_type=ft.NavigationRailLabelType.ALL,
        min_width=96,
        destinations=[
            ft.NavigationRailDestination(icon=s.icon, label=_(s.label)) for s in SECTIONS
        ],
        on_change=go,
        key="nav",
    )
    return ft.Row(
        [
            scrolling_rail(rail, len(SECTIONS), page.height, state.text_scale),
            ft.VerticalDivider(width=1),
            ft.Container(
                ft.Column(
                    [
                        top_bar,
                        *notices,
                        *([WelcomePanel()] if state.show_welcome and index == 0 else []),
                        ft.Container(outlet, expand=True),
                    ],
                    spacing=16,
                    expand=True,
                ),
                padding=ft.Padding.only(left=24, right=24, top=16, bottom=8),
                expand=True,
            ),
        ],
        expand=True,
        spacing=0,
    )


def _routes() -> list[ft.Route]:
    children = [ft.Route(index=True, component=SECTIONS[0].component)]
    children += [ft.Route(path=s.route.lstrip("/"), component=s.component) for s in SECTIONS[1:]]
    children.append(ft.Route(path=GLOSSARY_ROUTE.lstrip("/"), component=GlossarySection))
    children.append(ft.Route(path=CALENDAR_ROUTE.lstrip("/"), component=CalendarSection))
    children.append(ft.Route(path=MONITORING_ROUTE.lstrip("/"), component=MonitoringSection))
    return [ft.Route(component=Layout, children=children)]


@ft.component
def App(services: Services, state: AppState) -> ft.Control:
    # Zoom applies the text size; a new language rebuilds the whole tree (key).
    return ServicesCtx(
        services,
        lambda: AppStateCtx(
            state,
            lambda: Zoom(
                state.text_scale,
                state.high_contrast,
                f"ui-{state.language}",
                lambda: ft.Router(_routes()),
            ),
        ),
    )
