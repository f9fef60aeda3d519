"""The editor of the bod on one theme: side by side with our inzet, the gap, our reaction.

Top: five boxes side by side (the bod, our demand, our red line, the
woonvisie, last year's agreement) and the gap in plain words. Then the
bod's text and its figures per year, the numbers to compare with, and our
reaction (status, what we agree with, what we miss, questions; an internal
note that never goes to the partners). The bod on a theme is created the
first time the volunteer writes in it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import flet as ft

from app.i18n import _, format_number, number_for_input, read_number
from app.services.bod_compare import ThemeComparison, gap_words
from models.base import InvalidInput
from models.bod import (
    FIGURES,
    Bod,
    BodFigure,
    ReactionStatus,
    check_figure_value,
    figures_for_theme,
)
from models.text import N_
from views.a11y import title_row, use_narrow
from views.bod.common import Save, banner, keep, muted, verdict_chip
from views.context import use_services
from views.explain import explain_words
from views.form_parts import choice_menu, labelled_options
from views.widgets import GAP, ValidatedField, card

#: Short names for the fields of the figure grid ("Nieuwbouw sociaal 2027").
SHORT_LABELS: dict[BodFigure, str] = {
    BodFigure.NEW_SOCIAL: N_("New social"),
    BodFigure.SALES: N_("Sold"),
    BodFigure.DEMOLITION: N_("Demolished"),
    BodFigure.LIBERALISATION: N_("Liberalised"),
    BodFigure.IMPROVED: N_("Improved"),
    BodFigure.LEEFBAARHEID: N_("Leefbaarheid €"),
    BodFigure.RENT: N_("Rent increase %"),
}
#: Width of the free-text fields of a theme.
TEXT_WIDTH = 760


def _figure_parser(figure: BodFigure) -> Callable[[str], float | None]:
    def parse(text: str) -> float | None:
        value = read_number(text)
        if value is not None:
            problem = check_figure_value(figure, value)
            if problem is not None:
                raise InvalidInput(problem)
        return value

    return parse


def _box(
    title: str, body: str, key: str, internal: bool = False, narrow: bool = False
) -> ft.Control:
    colour = ft.Colors.RED_50 if internal else ft.Colors.SURFACE_CONTAINER_LOW
    return ft.Container(
        ft.Column(
            [
                ft.Text(title, size=14, weight=ft.FontWeight.BOLD),
                ft.Text(body or "—", size=15, key=key),
            ],
            spacing=4,
        ),
        bgcolor=colour,
        padding=ft.Padding.all(10),
        border_radius=8,
        # the breakpoints follow the window, not the text size: narrow means one per line
        col=12 if narrow else {"xs": 12, "md": 6, "lg": 4, "xl": 2.4},
    )


def _num(value: float | None) -> str:
    return "" if value is None else format_number(value)


def side_by_side(row: ThemeComparison, narrow: bool = False) -> ft.Control:
    """Bod / our demand / red line / woonvisie / last year's agreement, next to each other."""
    bod = row.bod
    bod_text = bod.text.strip() if bod is not None else ""
    if bod is not None and (figure := bod.compared_figure()) is not None:
        values = ", ".join(f"{y}: {_num(v)}" for y, v in bod.values(figure).items())
        bod_text = f"{bod_text}\n{_(FIGURES[figure].label)}: {values}".strip()
    demands = "\n".join(
        f"• {d.what.strip()} ({d.amount.strip()})" if d.amount.strip() else f"• {d.what.strip()}"
        for d in row.demands
    )
    if bod is not None and bod.demand_value is not None:
        demands += "\n" + _("Number: {n}", n=_num(bod.demand_value))
    red = row.red_line.strip()
    if bod is not None and bod.red_line_value is not None:
        red = (red + "\n" + _("Number: {n}", n=_num(bod.red_line_value))).strip()
    woonvisie = _num(bod.woonvisie_value) if bod is not None else ""
    last = "\n".join(f"• {a.what.strip()}" for a in row.last_agreements)
    if bod is not None and bod.last_agreement_value is not None:
        last = (last + "\n" + _("Number: {n}", n=_num(bod.last_agreement_value))).strip()
    k = row.key
    return ft.ResponsiveRow(
        [
            _box(_("The bod"), bod_text, f"bod-side-bod-{k}", narrow=narrow),
            _box(_("Our demand"), demands, f"bod-side-demand-{k}", narrow=narrow),
            _box(_("Our red line (internal)"), red, f"bod-side-red-{k}", True, narrow),
            _box(_("Woonvisie"), woonvisie, f"bod-side-woonvisie-{k}", narrow=narrow),
            _box(_("Last year's agreement"), last, f"bod-side-last-{k}", narrow=narrow),
        ],
        spacing=8,
        run_spacing=8,
    )


@ft.component
def ThemeEditor(
    round_id: str,
    row: ThemeComparison,
    bod: Bod,
    save: Save,
    save_quietly: Save,
    read_only: bool,
) -> ft.Control:
    """The bod on one theme beside your own figures: what it says, its numbers, your reaction."""
    services = use_services()
    narrow = use_narrow()
    theme_bod = row.bod
    k = row.key

    def theme_bod_id() -> str:
        """The id of the bod on this theme, created on the first edit."""
        if theme_bod is not None:
            return theme_bod.id
        return str(services.bod.ensure_theme(round_id, row.theme_id, row.theme_title).id)

    def set_text(name: str, value: Any) -> None:
        # Free text: saved without re-rendering (the field keeps what is typed).
        save_quietly(lambda: services.bod.update_theme(round_id, theme_bod_id(), **{name: value}))

    def set_number(name: str, value: Any) -> None:
        # Numbers change the gap: save and show the new gap.
        save(lambda: services.bod.update_theme(round_id, theme_bod_id(), **{name: value}))

    def set_figure(figure: BodFigure, year: int, value: float | None) -> None:
        save(lambda: services.bod.set_figure(round_id, theme_bod_id(), figure, year, value))

    def compare_on(e: ft.Event[ft.Dropdown]) -> None:
        value = BodFigure(e.control.value) if e.control.value else None
        set_number("key_figure", value)

    def reaction(e: ft.Event[ft.Dropdown]) -> None:
        if e.control.value:
            set_number("reaction", ReactionStatus(e.control.value))

    figures = list(figures_for_theme(row.theme_id))
    if theme_bod is not None:
        figures += [f for f in theme_bod.figures_used() if f not in figures]
    grid: list[ft.Control] = []
    for figure in figures:
        info = FIGURES[figure]
        cells: list[ft.Control] = []
        for year in bod.years:
            value = theme_bod.value(figure, year) if theme_bod is not None else None
            cells.append(
                ValidatedField(
                    f"{_(SHORT_LABELS[figure])} {year}",
                    number_for_input(value),
                    _figure_parser(figure),
                    partial(set_figure, figure, year),
                    field_key=f"bod-figure-{k}-{figure.value}-{year}",
                    width=196,
                    read_only=read_only,
                )
            )
        grid.append(ft.Text(f"{_(info.label)} ({_(info.unit)})", size=15))
        grid.append(ft.Row(cells, wrap=True, spacing=8, run_spacing=8))

    def number_field(name: str, label: str) -> ft.Control:
        value = getattr(theme_bod, name) if theme_bod is not None else None
        return ValidatedField(
            label,
            number_for_input(value),
            read_number,
            partial(set_number, name),
            field_key=f"bod-{name.replace('_', '-')}-{k}",
            width=220,
            read_only=read_only,
        )

    def text_field(name: str, label: str, helper: str = "") -> ft.Control:
        value = getattr(theme_bod, name) if theme_bod is not None else ""
        return ValidatedField(
            label,
            value,
            keep,
            partial(set_text, name),
            field_key=f"bod-{name.replace('_', '-')}-{k}",
            helper=helper,
            multiline=True,
            width=TEXT_WIDTH,
            read_only=read_only,
        )

    compared = theme_bod.compared_figure() if theme_bod is not None else None
    compare_menu = choice_menu(
        _("Compare on"),
        compared.value if compared is not None else None,
        labelled_options({f: FIGURES[f].label for f in figures}),
        compare_on,
        f"bod-compare-on-{k}",
        width=320,
        disabled=read_only,
    )
    entered = theme_bod is not None and (theme_bod.text.strip() or theme_bod.figures)
    words = gap_words(row.gap) if entered else _("Enter what the bod says to see the gap.")
    return card(
        title_row(
            ft.Text(row.title, size=22, weight=ft.FontWeight.BOLD),
            [verdict_chip(row.gap.verdict, key=f"bod-editor-verdict-{k}")],
            narrow,
        ),
        side_by_side(row, narrow),
        banner(words, row.gap.verdict, key=f"bod-gap-{k}"),
        text_field("text", _("What the bod says on this theme")),
        ft.Text(_("Figures in the bod per year"), size=17, weight=ft.FontWeight.BOLD),
        muted(_("Leave a year empty when the bod gives no figure for it.")),
        *grid,
        ft.Text(_("What you compare the bod with"), size=17, weight=ft.FontWeight.BOLD),
        ft.Row(
            [
                compare_menu,
                number_field("demand_value", _("Our number (demand)")),
                number_field("red_line_value", _("Our red line (number)")),
                number_field("woonvisie_value", _("Woonvisie (number)")),
                number_field("last_agreement_value", _("Last year's agreement (number)")),
            ],
            wrap=True,
            spacing=GAP,
            vertical_alignment=ft.CrossAxisAlignment.START,
        ),
        muted(_("Per year: the number you ask for, and the least you can accept (your red line).")),
        *explain_words([_("Our red line (number)"), _("Woonvisie (number)")], f"bod-compare-{k}"),
        ft.Text(_("Our reaction"), size=17, weight=ft.FontWeight.BOLD),
        choice_menu(
            _("Status of our reaction"),
            (theme_bod.reaction if theme_bod is not None else ReactionStatus.OPEN).value,
            labelled_options(ReactionStatus),
            reaction,
            f"bod-reaction-{k}",
            width=320,
            disabled=read_only,
        ),
        text_field("agree", _("What we agree with")),
        text_field("miss", _("What we miss")),
        text_field("questions", _("Our questions"), helper=_("One question per line.")),
        text_field(
            "internal_note",
            _("Internal note"),
            helper=_("Only for your board: never in the reaction to the partners."),
        ),
        key=f"bod-editor-{k}",
    )
