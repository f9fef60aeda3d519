"""The bod feature's services: bod per theme, figures, documents, log, demand statuses."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import bod as svc
from app.services import position as position_service
from app.services.bod_compare import comparisons, for_partners, gap_words
from app.services.negotiation_records import load_bod
from models.base import InvalidInput
from models.bod import BodFigure, DocumentKey, ReactionStatus
from models.bod_gap import Verdict
from models.overleg import DemandStatus


def test_empty_round_has_an_empty_bod_for_its_period(services, round_id):
    bod = load_bod(services.repo, round_id)
    assert bod.period == (2027, 2031)
    assert bod.themes == [] and not bod.is_entered()
    assert bod.documents[0].key == DocumentKey.BOD


def test_enter_bod_for_a_theme_and_see_the_gap(services, round_id):
    _, theme = position_service.add_theme(services.repo, round_id, "beschikbaarheid")
    item = svc.ensure_theme(services.repo, round_id, "beschikbaarheid")
    assert svc.ensure_theme(services.repo, round_id, "beschikbaarheid").id == item.id
    svc.update_theme(services.repo, round_id, item.id, text="Wij bouwen 70 woningen.")
    svc.set_figure_text(services.repo, round_id, item.id, BodFigure.NEW_SOCIAL, 2027, "70")
    svc.set_figure_text(services.repo, round_id, item.id, BodFigure.NEW_SOCIAL, 2028, "1.250")
    svc.update_theme(services.repo, round_id, item.id, demand_value=120, red_line_value=80)
    rows = comparisons(services.repo, round_id)
    assert [r.key for r in rows] == [f"tp:{theme.id}"]
    row = rows[0]
    assert row.gap.verdict == Verdict.BELOW_RED_LINE
    words = gap_words(row.gap)
    assert "70" in words and "rode lijn" in words and "80" in words
    partner = for_partners(row)
    assert partner.gap.verdict == Verdict.NOT_MET and partner.red_line == ""
    assert "rode lijn" not in gap_words(partner.gap, partners=True)
    assert (
        load_bod(services.repo, round_id).theme(item.id).value(BodFigure.NEW_SOCIAL, 2028) == 1250
    )


def test_bad_figures_are_refused_and_nothing_changes(services, round_id):
    item = svc.ensure_theme(services.repo, round_id, "beschikbaarheid")
    before = load_bod(services.repo, round_id)
    for year, text in ((2027, "-5"), (2027, "2,5"), (2032, "10"), (2026, "10"), (2027, "veel")):
        with pytest.raises(InvalidInput):
            svc.set_figure_text(services.repo, round_id, item.id, BodFigure.NEW_SOCIAL, year, text)
    assert load_bod(services.repo, round_id).themes == before.themes
    svc.set_figure_text(services.repo, round_id, item.id, BodFigure.RENT, 2027, "-1,5")
    svc.set_figure_text(services.repo, round_id, item.id, BodFigure.RENT, 2027, "")
    assert load_bod(services.repo, round_id).theme(item.id).figures == []


def test_bod_only_theme_and_reaction(services, round_id):
    item = svc.ensure_theme(services.repo, round_id, "eigen", "Tuinonderhoud")
    svc.update_theme(
        services.repo, round_id, item.id, reaction=ReactionStatus.AGREE, agree="Goed plan"
    )
    rows = comparisons(services.repo, round_id)
    assert rows[0].key == f"bod:{item.id}" and rows[0].title == "Tuinonderhoud"
    assert rows[0].bod is not None and rows[0].bod.reaction == ReactionStatus.AGREE
    with pytest.raises(InvalidInput):
        svc.update_theme(services.repo, round_id, item.id, agree="x" * 100_001)


def test_arrival_date_and_documents(services, round_id):
    svc.update_bod(services.repo, round_id, received_on=dt.date(2026, 7, 3), corporation="Anker")
    svc.set_document(services.repo, round_id, 0, received=True, note="Per mail")
    svc.add_document(services.repo, round_id, "Wijkplan Oost")
    bod = load_bod(services.repo, round_id)
    assert bod.received_on == dt.date(2026, 7, 3) and bod.documents[0].received
    assert bod.documents[-1].label == "Wijkplan Oost"
    with pytest.raises(KeyError):
        svc.remove_document(services.repo, round_id, 0)  # a standard document stays
    svc.remove_document(services.repo, round_id, len(bod.documents) - 1)
    with pytest.raises(InvalidInput):
        svc.add_document(services.repo, round_id, "  ")


def test_meeting_log(services, round_id):
    first = svc.add_log_meeting(services.repo, round_id, dt.date(2026, 10, 1), "Anna")
    svc.add_log_meeting(services.repo, round_id, dt.date(2026, 9, 1))
    svc.set_meeting_note(services.repo, round_id, first.id, "tp1", "Huur besproken")
    svc.update_log_meeting(services.repo, round_id, first.id, next_steps="Doorrekenen")
    bod = load_bod(services.repo, round_id)
    assert [m.date.month for m in bod.meetings] == [9, 10]
    assert bod.meetings[1].theme_notes == {"tp1": "Huur besproken"}
    with pytest.raises(InvalidInput):
        svc.update_log_meeting(services.repo, round_id, first.id, date=None)
    svc.remove_log_meeting(services.repo, round_id, first.id)
    assert len(load_bod(services.repo, round_id).meetings) == 1


def test_demand_status_history_and_reason_rule(services, round_id):
    day = dt.date(2026, 9, 1)
    track = svc.set_demand_status(
        services.repo, round_id, "d1", "tp1", DemandStatus.AGREED, day, ""
    )
    assert track.status == DemandStatus.AGREED
    with pytest.raises(InvalidInput):
        svc.set_demand_status(services.repo, round_id, "d1", "tp1", DemandStatus.REJECTED, day)
    with pytest.raises(InvalidInput):
        svc.set_demand_status(services.repo, round_id, "d1", "tp1", DemandStatus.REJECTED, None)
    svc.set_demand_status(
        services.repo, round_id, "d1", "tp1", DemandStatus.REJECTED, day, "Geld weg"
    )
    bod = load_bod(services.repo, round_id)
    history = svc.demand_track(bod, "d1").history
    assert [c.status for c in history] == [DemandStatus.AGREED, DemandStatus.REJECTED]
    assert history[-1].note == "Geld weg"
