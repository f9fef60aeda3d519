"""Any number of varied, valid export bundles, for tests and benchmarks.

The bundles are made by the app's own export writer
(:func:`app.exchange.writer.build_bundle`) from generated records, so they are
exactly what a real user's export looks like: the same manifest, data.json,
CSV tables and (optionally) a PDF in documenten/. The data is varied but
deterministic (a seeded random generator): organisations of different sizes in
different gemeenten and provinces, with different corporations, checklist
answers from poor to good, themes and priorities, and for every fourth
organisation a second, earlier round (so "change since the previous round"
has something to show). Most organisations have a bod (per theme a text,
one of its figures for three years and the numbers to compare them with, as
the demo's bod has) whose demands went through the talks (agreed, partly
agreed, rejected, still open), and many an
agreements register the tenants signed, signed with a reservation, did not
sign or have not decided on yet.

    write_bundles(folder, 20)          # 20 files, aantafel-<org>-<year>.zip
    make_bundles(500, seed=1)          # [(file name, bytes), ...]
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from app.content.checklist import checklist_content
from app.content.themes import theme_catalogue
from app.exchange.writer import build_bundle
from models.agreements import Agreement, AgreementsRegister, Party, Signature, SignStatus
from models.bod import Bod, BodFigure, FigureValue, ReactionStatus, ThemeBod, figures_for_theme
from models.checklist import Answer, ChecklistAnswers, ItemAnswer
from models.organisation import BoardMember, Organisation
from models.overleg import DemandStatus, DemandTrack, StatusChange
from models.position import Demand, Position, Priority, ThemePosition
from models.round import Phase, Round

#: (gemeente, provincie): spread over the country, a few share a gemeente.
GEMEENTEN = [
    ("Groningen", "Groningen"),
    ("Leeuwarden", "Fryslân"),
    ("Assen", "Drenthe"),
    ("Zwolle", "Overijssel"),
    ("Enschede", "Overijssel"),
    ("Almere", "Flevoland"),
    ("Arnhem", "Gelderland"),
    ("Nijmegen", "Gelderland"),
    ("Utrecht", "Utrecht"),
    ("Amersfoort", "Utrecht"),
    ("Amsterdam", "Noord-Holland"),
    ("Haarlem", "Noord-Holland"),
    ("Rotterdam", "Zuid-Holland"),
    ("Leiden", "Zuid-Holland"),
    ("Middelburg", "Zeeland"),
    ("Eindhoven", "Noord-Brabant"),
    ("Tilburg", "Noord-Brabant"),
    ("Maastricht", "Limburg"),
    ("Venlo", "Limburg"),
]
CORPORATIONS = [
    "Woonstichting Het Anker",
    "Woonbedrijf De Linie",
    "Stichting Thuis Wonen",
    "Wooncorporatie Samen",
    "Woongoed Midden",
    "Stadswonen Noord",
    "Woonstede Zuid",
]
_FIRST = ["De Eendracht", "Ons Belang", "Samen Sterk", "Het Trefpunt", "De Toekomst"]
_SECOND = ["Noord", "Oost", "Zuid", "West", "Centrum", "Dorp", "Stad", "Wijk"]
_SAY = ["ja", "deels", "nee"]


@dataclass(frozen=True)
class GeneratedBundle:
    """One bundle and what went into it (so tests can assert on real values)."""

    file_name: str
    payload: bytes
    organisation: str
    gemeente: str
    provincie: str
    corporation: str
    year: int
    #: demand status value -> count (None: no bod in this bundle)
    demand_statuses: dict[str, int] | None = None
    #: the tenants' signing status value (None: no agreements register)
    tenant_signing: str | None = None


def organisation_name(index: int) -> str:
    """A unique, readable name, e.g. 'Huurdersvereniging Ons Belang Oost 3'."""
    first = _FIRST[index % len(_FIRST)]
    second = _SECOND[(index // len(_FIRST)) % len(_SECOND)]
    return f"Huurdersvereniging {first} {second} {index + 1}"


def _checklist(rng: random.Random, round_id: str, quality: float) -> ChecklistAnswers:
    answers: dict[str, ItemAnswer] = {}
    for item in checklist_content().items():
        draw = rng.random()
        if draw < 0.05:
            continue  # not answered
        if draw < 0.1:
            answer = Answer.NOT_APPLICABLE
        else:
            # quality 0..1: the chance of "ja"; the rest split over deels and nee
            roll = rng.random()
            answer = (
                Answer.YES
                if roll < quality
                else (Answer.PARTLY if roll < quality + (1 - quality) / 2 else Answer.NO)
            )
        answers[item.id] = ItemAnswer(item_id=item.id, answer=answer)
    return ChecklistAnswers(round_id=round_id, answers=answers)


def _position(rng: random.Random, round_id: str, gemeente: str) -> Position:
    themes = list(theme_catalogue().themes)
    chosen = rng.sample(themes, rng.randint(2, len(themes)))
    positions = []
    for theme in chosen:
        demands = [
            Demand(
                what=f"{theme.title.nl}: {rng.randint(10, 200)} woningen erbij in {gemeente}",
                amount=f"{rng.randint(10, 200)} woningen",
                deadline=f"eind {rng.randint(2026, 2030)}",
                responsible="de corporatie",
            )
            for _ in range(rng.randint(1, 3))
        ]
        positions.append(
            ThemePosition(
                theme_id=theme.id,
                situation=f"De situatie in {gemeente} rond {theme.title.nl.lower()}.",
                wishes="Wat huurders willen, in hun eigen woorden. " * rng.randint(1, 6),
                demands=demands,
                arguments="Onze argumenten.",
                red_line="Onze rode lijn.",
                priority=rng.choice([Priority.MUST, Priority.SHOULD, Priority.COULD, None]),
            )
        )
    return Position(round_id=round_id, themes=positions)


def _bod(
    rngs: tuple[random.Random, random.Random],
    round_: Round,
    corporation: str,
    position: Position,
    quality: float,
) -> Bod | None:
    """The talks on each demand; a better partnership agrees more. One in five
    organisations has not reached the bod yet. ``rngs``: for the talks, and
    for the figures of the bod per theme."""
    rng, figures_rng = rngs
    if rng.random() < 0.2:
        return None
    start = dt.date(round_.year - 1, 9, 1)
    tracks = []
    for theme in position.themes:
        for demand in theme.demands:
            roll = rng.random()
            if roll < 0.1:
                history: list[StatusChange] = []  # still only put on the table
            else:
                outcome = (
                    DemandStatus.AGREED
                    if roll < 0.1 + 0.6 * quality
                    else rng.choice(
                        [
                            DemandStatus.PARTLY_AGREED,
                            DemandStatus.REJECTED,
                            DemandStatus.DISCUSSING,
                            DemandStatus.WITHDRAWN,
                        ]
                    )
                )
                history = [StatusChange(status=DemandStatus.DISCUSSING, date=start)]
                if outcome != DemandStatus.DISCUSSING:
                    history.append(StatusChange(status=outcome, date=start + dt.timedelta(days=60)))
            tracks.append(
                DemandTrack(demand_id=demand.id, theme_position_id=theme.id, history=history)
            )
    return Bod(
        round_id=round_.id,
        first_year=round_.year,
        corporation=corporation,
        themes=[_theme_bod(figures_rng, round_.year, theme) for theme in position.themes],
        demand_tracks=tracks,
    )


def _like(level: float, factor: float, figure: BodFigure) -> float:
    """``level`` times ``factor``, as the figure is written: whole homes, or
    a percentage with one decimal."""
    value = level * factor
    return round(value, 1) if figure == BodFigure.RENT else float(round(value))


def _theme_bod(rng: random.Random, year: int, theme: ThemePosition) -> ThemeBod:
    """The bod on one theme as a corporation writes it (like the demo's): a
    text, one of the theme's figures for three years, the numbers to compare
    it with, and the tenants' reaction (a theme without figures: the text)."""
    said = ThemeBod(
        theme_id=theme.theme_id,
        theme_title=theme.title,
        text="Wat de corporatie op dit thema biedt, in haar eigen woorden. " * 2,
        reaction=rng.choice(list(ReactionStatus)),
        agree="Wat ons bevalt in dit bod.",
        miss="Wat we missen in dit bod.",
    )
    figures = figures_for_theme(theme.theme_id)
    if not figures:
        return said
    figure = rng.choice(figures)
    level = rng.uniform(2, 6) if figure == BodFigure.RENT else rng.randint(5, 150)
    return said.model_copy(
        update={
            "figures": [
                FigureValue(year=year + i, figure=figure, value=_like(level, 1 + i / 10, figure))
                for i in range(3)
            ],
            "key_figure": figure,
            "demand_value": _like(level, 1.3, figure),
            "red_line_value": _like(level, 0.9, figure),
            "last_agreement_value": _like(level, 0.8, figure),
        }
    )


#: How the tenants signed, and how often (weights).
_SIGNING = {
    SignStatus.SIGNED: 5,
    SignStatus.RESERVATION: 3,
    SignStatus.NOT_SIGNED: 2,
    SignStatus.OPEN: 1,
}
_REASONS = {
    SignStatus.RESERVATION: "Wij tekenen, maar de huurverhoging blijft een punt.",
    SignStatus.NOT_SIGNED: "De afspraken over betaalbaarheid gaan ons niet ver genoeg.",
}


def _register(
    rng: random.Random, round_: Round, position: Position, bod: Bod | None
) -> AgreementsRegister | None:
    """The agreements made of the agreed demands and the tenants' signing;
    a quarter of those with a bod have no register yet."""
    if bod is None or rng.random() < 0.25:
        return None
    agreed = {
        t.demand_id
        for t in bod.demand_tracks
        if t.status in (DemandStatus.AGREED, DemandStatus.PARTLY_AGREED)
    }
    agreements = [
        Agreement(
            theme_id=theme.theme_id,
            what=demand.what,
            target=demand.amount,
            years=[round_.year],
            source_demand_id=demand.id,
            source_theme_position_id=theme.id,
        )
        for theme in position.themes
        for demand in theme.demands
        if demand.id in agreed
    ]
    status = rng.choices(list(_SIGNING), weights=list(_SIGNING.values()))[0]
    signature = Signature(
        party=Party.TENANTS,
        status=status,
        date=None if status == SignStatus.OPEN else dt.date(round_.year - 1, 12, 15),
        reason=_REASONS.get(status, ""),
    )
    return AgreementsRegister(round_id=round_.id, agreements=agreements, signatures=[signature])


def make_bundle(
    index: int, *, seed: int = 0, year: int = 2027, with_pdf: bool = False
) -> GeneratedBundle:
    """Bundle number ``index`` for round ``year`` (same organisation for every year)."""
    rng = random.Random(f"{seed}-{index}-{year}")
    org_rng = random.Random(f"{seed}-{index}")
    gemeente, provincie = GEMEENTEN[org_rng.randrange(len(GEMEENTEN))]
    corporation = CORPORATIONS[org_rng.randrange(len(CORPORATIONS))]
    base_quality = org_rng.uniform(0.1, 0.9)
    # later rounds tend to be a bit better: a consultant wants to see change
    quality = min(0.95, base_quality + (year - 2026) * org_rng.uniform(0.0, 0.2))
    name = organisation_name(index)
    created = dt.datetime(year - 1, 11, 1, 20, 0, tzinfo=dt.UTC) + dt.timedelta(
        hours=rng.randint(0, 2000)
    )
    round_id = str(year)
    round_ = Round(
        id=round_id,
        year=year,
        municipalities=[gemeente],
        housing_associations=[corporation],
        phase=rng.choice(list(Phase)),
        created=created,
        updated=created + dt.timedelta(days=30),
    )
    organisation = Organisation(
        name=name,
        housing_associations=[corporation],
        municipalities=[gemeente],
        member_count=org_rng.randint(20, 5000),
        board=[BoardMember(name="Voorzitter", role="voorzitter", email="v@example.org")],
    )
    position = _position(rng, round_id, gemeente)
    # the bod's figures from a generator of their own: the rest stays as it was
    figures_rng = random.Random(f"{seed}-{index}-{year}-bod")
    bod = _bod((rng, figures_rng), round_, corporation, position, quality)
    register = _register(rng, round_, position, bod)
    documents = {
        "position": position.model_dump(mode="json"),
        "checklist": _checklist(rng, round_id, quality).model_dump(mode="json"),
    }
    if bod is not None:
        documents["bod"] = bod.model_dump(mode="json")
    if register is not None:
        documents["afspraken"] = register.model_dump(mode="json")
    pdfs = {"inzetnotitie.pdf": _fake_pdf(rng)} if with_pdf else None
    payload = build_bundle(
        round_,
        organisation,
        documents,
        personal_data=False,
        pdfs=pdfs,
        now=created + dt.timedelta(days=40),
    )
    slug = name.lower().replace("huurdersvereniging ", "").replace(" ", "-")
    statuses = None
    if bod is not None:
        statuses = {s.value: 0 for s in DemandStatus}
        for track in bod.demand_tracks:
            statuses[track.status.value] += 1
    return GeneratedBundle(
        f"aantafel-{slug}-{year}.zip",
        payload,
        name,
        gemeente,
        provincie,
        corporation,
        year,
        demand_statuses=statuses,
        tenant_signing=register.signature(Party.TENANTS).status.value if register else None,
    )


def _fake_pdf(rng: random.Random) -> bytes:
    """A PDF-sized blob that compresses like a real PDF (mostly incompressible)."""
    return b"%PDF-1.4\n" + rng.randbytes(40_000) + b"\n%%EOF\n"


def make_bundles(
    count: int, *, seed: int = 0, year: int = 2027, with_pdf: bool = False
) -> list[GeneratedBundle]:
    """``count`` bundles: one per organisation for ``year``, plus the previous
    year's round for every fourth organisation (those count towards ``count``)."""
    bundles: list[GeneratedBundle] = []
    index = 0
    while len(bundles) < count:
        bundles.append(make_bundle(index, seed=seed, year=year, with_pdf=with_pdf))
        if index % 4 == 0 and len(bundles) < count:
            bundles.append(make_bundle(index, seed=seed, year=year - 1, with_pdf=with_pdf))
        index += 1
    return bundles


def write_bundles(
    folder: Path, count: int, *, seed: int = 0, year: int = 2027, with_pdf: bool = False
) -> list[GeneratedBundle]:
    """Write :func:`make_bundles` into ``folder`` (created when missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    bundles = make_bundles(count, seed=seed, year=year, with_pdf=with_pdf)
    for bundle in bundles:
        (folder / bundle.file_name).write_bytes(bundle.payload)
    return bundles
