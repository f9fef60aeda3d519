"""Documents and CSV tables of the bod and afspraken features.

Gathers what the pure builders need (:mod:`app.documents.reactie`,
:mod:`app.documents.afspraken_overzicht`) and says in a few lines what a
document will contain (for Documenten). The CSV tables go into the export's
``tabellen/`` folder: ``bod.csv`` (the bod's figures and our reaction per
theme), ``overleg.csv`` (the meeting log, names stripped in a default
export), ``afspraken.csv`` and ``ondertekening.csv``.
"""

from __future__ import annotations

import datetime as dt

from app.documents.afspraken_overzicht import build_afspraken
from app.documents.reactie import ReactieData, build_reactie
from app.i18n import _, format_number
from app.services import rounds as rounds_service
from app.services.bod_compare import comparisons
from app.services.document_sources import round_info
from app.services.negotiation_records import load_bod, load_register, theme_name
from app.services.organisation import load_organisation
from app.storage.repository import Repository
from models.agreements import (
    AgreementsRegister,
    Party,
)
from models.bod import FIGURES, Bod
from models.bod_gap import for_partners, theme_gap

Table = tuple[str, list[str], list[list[str]]]


def reactie_pdf(repo: Repository, round_id: str, today: dt.date | None = None) -> bytes:
    """The Reactie op het bod (it holds no personal data: no names of people)."""
    bod = load_bod(repo, round_id)
    data = ReactieData(
        corporation=bod.corporation,
        received_on=bod.received_on,
        years=bod.years,
        rows=comparisons(repo, round_id, bod),
    )
    return build_reactie(round_info(repo, round_id, today), data)


def reactie_contents(repo: Repository, round_id: str) -> list[str]:
    bod = load_bod(repo, round_id)
    rows = [r for r in comparisons(repo, round_id, bod) if r.bod is not None]
    lines = [_("Themes with a bod: {n}", n=len(rows))]
    reacted = [r for r in rows if r.bod is not None and (r.bod.agree or r.bod.miss)]
    lines.append(_("Themes with a reaction: {n}", n=len(reacted)))
    lines.append(_("Your red lines and internal notes are never in this document."))
    if not bod.is_entered():
        lines.append(_("Tip: first enter the bod in the section Bod."))
    return lines


def _party_names(repo: Repository, round_id: str, bod: Bod) -> dict[Party, str]:
    round_ = rounds_service.get_round(repo, round_id)
    organisation = load_organisation(repo)
    corporation = bod.corporation or (
        ", ".join(round_.housing_associations) if round_ is not None else ""
    )
    return {
        Party.TENANTS: organisation.name if organisation else "",
        Party.CORPORATION: corporation,
        Party.MUNICIPALITY: ", ".join(round_.municipalities) if round_ is not None else "",
    }


def theme_titles(register: AgreementsRegister) -> dict[tuple[str, str], str]:
    return {
        (theme_id, own): theme_name(theme_id, own) for theme_id, own, _items in register.by_theme()
    }


def afspraken_pdf(repo: Repository, round_id: str, today: dt.date | None = None) -> bytes:
    """The Afsprakenoverzicht (party names are organisations, not people)."""
    register = load_register(repo, round_id)
    return build_afspraken(
        round_info(repo, round_id, today),
        register,
        theme_titles(register),
        _party_names(repo, round_id, load_bod(repo, round_id)),
    )


def afspraken_contents(repo: Repository, round_id: str) -> list[str]:
    register = load_register(repo, round_id)
    lines = [_("Agreements in the register: {n}", n=len(register.agreements))]
    signed = [s for s in register.signatures if s.status.value != "open"]
    lines.append(
        _("{n} of 3 parties decided on signing.", n=len(signed))
        if signed
        else _("Nobody has signed yet.")
    )
    return lines


# --- CSV tables -------------------------------------------------------------


def _num(value: float | None) -> str:
    return "" if value is None else format_number(value)


def bod_tables(bod: Bod) -> list[Table]:
    """bod.csv (one row per theme, figure and year; partner-safe verdicts) and overleg.csv.

    ``overleg.csv`` holds the names of who attended; the caller passes a
    stripped record for a default export, so the names are already blank.
    """
    rows: list[list[str]] = []
    for theme in bod.themes:
        title = theme_name(theme.theme_id, theme.theme_title)
        gap = for_partners(theme_gap(theme))
        common = [_(theme.reaction.label), _(gap.verdict.label)]
        if not theme.figures:
            rows.append([title, "", "", "", _num(theme.demand_value), *common])
        for item in theme.figures:
            rows.append(
                [
                    title,
                    _(FIGURES[item.figure].label),
                    str(item.year),
                    _num(item.value),
                    _num(theme.demand_value) if item.figure == theme.compared_figure() else "",
                    *common,
                ]
            )
    header = [
        _("Theme"),
        _("Figure"),
        _("Year"),
        _("Bod"),
        _("Our demand"),
        _("Our reaction"),
        _("Compared with our demand"),
    ]
    log = [
        [m.date.isoformat(), "; ".join(m.attendee_list()), m.general, m.next_steps]
        for m in bod.meetings
    ]
    log_header = [_("Date"), _("Present"), _("Discussed"), _("Next steps")]
    return [("bod.csv", header, rows), ("overleg.csv", log_header, log)]


def afspraken_tables(register: AgreementsRegister) -> list[Table]:
    """afspraken.csv (the register) and ondertekening.csv (signing per party)."""
    rows = [
        [
            register.number(a.id),
            theme_name(a.theme_id, a.theme_title),
            a.what,
            a.indicator,
            a.target,
            _num(a.target_value),
            a.unit,
            a.years_text(),
            _(a.responsible.label),
            _("Yes") if a.source_demand_id else _("No"),
        ]
        for a in register.agreements
    ]
    header = [
        _("Number"),
        _("Theme"),
        _("Agreement"),
        _("Indicator"),
        _("Target"),
        _("Target (number)"),
        _("Unit"),
        _("Year(s)"),
        _("Responsible"),
        _("From our demand"),
    ]
    signing = [
        [
            _(s.party.label),
            _(s.status.label),
            s.date.isoformat() if s.date else "",
            s.reason,
        ]
        for s in register.signatures
    ]
    signing_header = [_("Party"), _("Status"), _("Date"), _("Reason")]
    return [
        ("afspraken.csv", header, rows),
        ("ondertekening.csv", signing_header, signing),
    ]
