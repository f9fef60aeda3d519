"""Law as data: every legal statement names its article and a recent check date,
and the shipped content agrees with domain.md's "Corrections, December 2026"."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.content import current_regime, set_regime
from app.content.checklist import checklist_content, item_article, item_rationale, item_text
from app.content.glossary import explanation, glossary
from app.content.themes import get_theme, theme_catalogue
from app.paths import content_dir, locales_dir
from app.services.context import Services
from models.calendar import Basis as DateBasis
from models.calendar import Step, cycle_dates
from models.checklist import Basis
from models.cycle import phase_windows
from models.law import CHECK_MAX_AGE, Regime, Who, names_article, stale
from models.organisation import OFFERED_LEGAL_FORMS, LegalForm
from models.round import Phase

TODAY = dt.date.today()


@pytest.fixture
def wvrv() -> Iterator[None]:
    before = current_regime()
    set_regime(Regime.WVRV)
    yield
    set_regime(before)


def _all_content_text() -> str:
    return "\n".join(
        (content_dir() / f"{name}.json").read_text(encoding="utf-8")
        for name in ("themes", "checklist", "glossary")
    )


def _po_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in locales_dir().rglob("*.po"))


# ------------------------------------------------------------------ sources and check dates


def test_every_law_hook_names_its_article_and_a_recent_check_date() -> None:
    for theme in theme_catalogue().themes:
        for hook in theme.legal_hooks:
            if hook.basis == "wet":
                assert names_article(hook.source), (theme.id, hook.source)
                assert not stale(hook.checked, TODAY), (theme.id, hook.source, hook.checked)


def test_every_law_item_names_its_article_and_a_recent_check_date() -> None:
    for item in checklist_content().items():
        if item.basis is Basis.LAW:
            assert item.article and names_article(item.article["nl"]), item.id
        if item.article is not None:
            assert not stale(item.checked, TODAY), (item.id, item.checked)


def test_glossary_sources_are_recent() -> None:
    for term in glossary().terms:
        if term.source:
            assert not stale(term.checked, TODAY), term.id


def test_staleness_rule() -> None:
    assert stale(None, TODAY)
    assert stale(TODAY - CHECK_MAX_AGE - dt.timedelta(days=1), TODAY)
    assert not stale(TODAY - CHECK_MAX_AGE, TODAY)
    assert names_article("Woningwet art. 44 lid 1") and names_article("artikel 7 Wohv")
    assert not names_article("Nationale Prestatieafspraken 2022")


def test_a_law_hook_without_article_or_date_is_refused() -> None:
    from pydantic import ValidationError

    from models.themes import LegalHook

    text = {"nl": "x", "en": "x"}
    with pytest.raises(ValidationError):
        LegalHook(text=text, basis="wet", source="Woningwet", checked=TODAY)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        LegalHook(text=text, basis="wet", source="Woningwet art. 42")  # type: ignore[arg-type]


def test_every_checklist_item_says_who_acts() -> None:
    raw = json.loads((content_dir() / "checklist.json").read_text(encoding="utf-8"))
    for group in raw["groups"]:
        for item in group["items"]:
            assert item["who"] in {w.value for w in Who}, item["id"]
    whos = {i.who for i in checklist_content().items()}
    assert whos == set(Who)


# ------------------------------------------------------------------ the corrections


def test_no_stale_article_or_status_anywhere() -> None:
    text = _all_content_text() + _po_text()
    assert "43/44" not in text and "art. 43 en 44" not in text.lower()
    assert "nog niet in werking" not in text.lower()
    assert "3 dagen per jaar" not in text and "drie dagen per jaar" not in text


def test_leefbaarheid_needs_no_agreement() -> None:
    theme = get_theme("leefbaarheid")
    assert theme is not None
    for value in [theme.why, *(h.text for h in theme.legal_hooks)]:
        assert "mag alleen" not in value.nl and "only allowed" not in value.en
    assert any("2022" in h.text.nl and "bod" in h.text.nl for h in theme.legal_hooks)
    from app.services.demo_position import position_2027

    demo = next(t for t in position_2027("2027").themes if t.theme_id == "leefbaarheid")
    assert "niet uitgeven" not in demo.arguments


def test_national_agreements_are_named_with_years_and_signatories() -> None:
    hooks = [h for t in theme_catalogue().themes for h in t.legal_hooks]
    npa = [h for h in hooks if "Prestatieafspraken" in h.source]
    assert npa and all(h.basis == "advies" for h in npa)
    assert all("2022" in h.text.nl for h in npa)
    building = next(h for h in npa if "250.000" in h.text.nl)
    assert "2024" in building.text.nl and "Woonbond tekende niet" in building.text.nl
    rent = next(h for h in npa if "0,5 procentpunt" in h.text.nl)
    assert "drie jaar" in rent.text.nl


def test_bod_article_and_date() -> None:
    item = checklist_content().item("B8")
    assert item.basis is Basis.LAW and item_article(item, "nl") == "Woningwet art. 44 lid 1"
    assert "30 juni" in item_text(item, "nl")
    bid = next(d for d in cycle_dates(2027) if d.step is Step.BOD)
    assert bid.date == dt.date(2026, 6, 30) and bid.basis is DateBasis.LAW
    assert "44 lid 1" in bid.explanation


def test_disputes_are_a_last_resort_with_the_right_limits(wvrv: None) -> None:
    item = checklist_content().item("F33")
    set_regime(Regime.WONINGWET)
    text = item_text(item, "nl") + " " + item_rationale(item, "nl")
    assert "laatste redmiddel" in text and "nadat het geschil ontstond" in text
    assert "álle afspraken" in text and "nakomen" in text
    set_regime(Regime.WVRV)
    assert "ook gaan over het nakomen" in item_rationale(item, "nl")
    theme = get_theme("proces_samenwerking")
    assert theme is not None
    current = " ".join(h.text.nl for h in theme.hooks_for(Regime.WONINGWET))
    new = " ".join(h.text.nl for h in theme.hooks_for(Regime.WVRV))
    assert "ook niet over het nakomen" in current and "ook niet over het nakomen" not in new
    assert "ook gaan over het nakomen" in new


def test_rent_sum_deviation_has_one_tag_in_both_files() -> None:
    item = checklist_content().item("E29")
    theme = get_theme("betaalbaarheid")
    assert theme is not None
    hook = next(h for h in theme.legal_hooks if "huursomstijging" in h.text.nl)
    assert hook.basis == item.basis.value == "advies"  # article not verified: not law


@pytest.mark.parametrize("item_id", ["A5", "D24", "E27", "F32"])
def test_own_actions_are_advice_with_the_right_named(item_id: str) -> None:
    item = checklist_content().item(item_id)
    assert item.basis is Basis.ADVICE
    assert item.article is not None  # the law that gives the right is still named


def test_training_days_without_per_year() -> None:
    rationale = item_rationale(checklist_content().item("A5"), "nl")
    assert "minstens drie scholingsdagen" in rationale and "per jaar" not in rationale


def test_legal_forms_offered_are_real_legal_forms() -> None:
    assert set(OFFERED_LEGAL_FORMS) == {LegalForm.VERENIGING, LegalForm.STICHTING, LegalForm.NONE}
    terms = {t.id: explanation(t, "nl") for t in glossary().terms}
    assert "geen rechtsvorm" in terms["bewonerscommissie"]
    assert "overkoepelende huurdersorganisatie" in terms["bewonerscommissie"]


def test_passend_toewijzen_measures_households_below_the_limit() -> None:
    theme = get_theme("betaalbaarheid")
    assert theme is not None
    assert "huurtoeslaggrens" in theme.example_demand.nl
    assert "aftoppingsgrens" in theme.example_demand.nl
    assert "vrijgekomen woningen wordt passend" not in theme.example_demand.nl


def test_15_december_is_a_custom() -> None:
    signing = next(d for d in cycle_dates(2027) if d.date == dt.date(2026, 12, 15))
    assert signing.step is Step.SIGNING and signing.basis is not DateBasis.LAW
    assert "not law" in signing.explanation
    assert "gewoonte" in item_text(checklist_content().item("C15"), "nl")


def test_glossary_has_the_missing_terms() -> None:
    words = " ".join(t.term.nl for t in glossary().terms)
    for word in ("aftoppingsgrens", "huurtoeslaggrens", "huurderscommissaris", "nakoming", "Wvrv"):
        assert word in words


# ------------------------------------------------------------------ regime


def test_texts_follow_the_chosen_regime(wvrv: None) -> None:
    item = checklist_content().item("B11")
    set_regime(Regime.WONINGWET)
    assert "woonvisie" in item_text(item, "nl")
    set_regime(Regime.WVRV)
    assert "volkshuisvestingsprogramma" in item_text(item, "nl")
    assert "woonvisie" not in item_text(item, "nl")
    term = next(t for t in glossary().terms if t.id == "geschilbeslechting")
    assert "onder de Wvrv wel" in explanation(term, "nl")


def test_regime_is_a_setting(services: Services) -> None:
    from app.services.settings import change_regime, load_settings

    try:
        change_regime(services.repo, "wvrv")
        assert load_settings(services.repo).regime is Regime.WVRV
        assert current_regime() is Regime.WVRV
    finally:
        set_regime(Regime.WONINGWET)


# ------------------------------------------------------------------ missing content


def test_new_themes_have_indicators_and_demands() -> None:
    for theme_id in ("woonlasten_energie", "woonruimteverdeling", "middenhuur"):
        theme = get_theme(theme_id)
        assert theme is not None and len(theme.indicators) >= 3
        assert theme.example_demand.nl.strip()


def test_new_checklist_items() -> None:
    content = checklist_content()
    texts = " ".join(item_text(i, "nl") for i in content.items())
    assert "woonvisie van de gemeente is actueel" in texts
    assert "raad van commissarissen" in texts
    assert "alle huurders te bereiken" in texts
    assert "woondeal" in texts
    assert content.item("B36").who is Who.CORPORATION


# ------------------------------------------------------------------ the cycle and the demo


def test_phases_explain_their_dates() -> None:
    windows = {w.phase: w for w in phase_windows(2027)}
    assert set(windows) == set(Phase)
    assert windows[Phase.BOD].end == dt.date(2026, 6, 30)
    assert windows[Phase.NEGOTIATION].start == dt.date(2026, 7, 1)
    assert windows[Phase.MONITORING].start.year == 2027


def test_demo_round_follows_the_cycle(services: Services) -> None:
    from app.services.demo import add_demo
    from app.services.meeting import load_meeting
    from app.services.position import load_position

    current = add_demo(services.repo)
    prep = current.year - 1
    position = load_position(services.repo, current.id)
    assert position.adopted_on is not None
    assert dt.date(prep, 1, 1) <= position.adopted_on < dt.date(prep, 7, 1)
    meeting = load_meeting(services.repo, current.id)
    assert meeting.date is not None and dt.date(prep, 7, 1) <= meeting.date <= dt.date(prep, 12, 31)
    assert str(prep) in meeting.survey_return
    assert f"februari {current.year}" not in position.member_summary


def test_demo_never_presents_the_expired_rent_clause_as_current() -> None:
    """NPA 2022's 'CAO min 0,5' clause covered three years: name it with its year."""

    import app.services as services_pkg

    folder = Path(services_pkg.__file__).parent
    for demo in folder.glob("demo_*.py"):
        text = demo.read_text(encoding="utf-8")
        assert "landelijk is afgesproken" not in text, demo.name
        assert "Zonder afspraak mag" not in text, demo.name
