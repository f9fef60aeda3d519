"""The example organisation of design §5, for exploring the app and its documents.

"Huurdersvereniging De Eendracht" in Noorderveen, working with "Woonstichting
Het Anker", with a 2026 round (for comparison) and the current 2027 round.
Adding the demo never overwrites work: it refuses when a profile exists.
"""

from __future__ import annotations

from decimal import Decimal

from app.features import FEATURES
from app.services.organisation import load_organisation, save_organisation
from app.services.rounds import create_round, list_rounds, update_round
from app.storage.repository import Repository
from models.base import InvalidInput
from models.organisation import BoardMember, LegalForm, Organisation
from models.round import Phase, Round
from models.text import N_

DEMO_NAME = "Huurdersvereniging De Eendracht"
MUNICIPALITY = "Noorderveen"
HOUSING_ASSOCIATION = "Woonstichting Het Anker"


def demo_organisation() -> Organisation:
    return Organisation(
        name=DEMO_NAME,
        legal_form=LegalForm.VERENIGING,
        housing_associations=[HOUSING_ASSOCIATION],
        municipalities=[MUNICIPALITY],
        member_count=1240,
        board=[
            BoardMember(
                name="Anneke de Vries",
                role="voorzitter",
                email="voorzitter@de-eendracht.example",
                phone="06-12345678",
            ),
            BoardMember(
                name="Mehmet Yılmaz", role="secretaris", email="secretaris@de-eendracht.example"
            ),
            BoardMember(name="Grażyna Kowalska", role="penningmeester"),
            BoardMember(name="Joop Bakker", role="lid, thema duurzaamheid"),
        ],
        support_budget=Decimal("18500.00"),
    )


def add_demo(repo: Repository) -> Round:
    """Add the demo organisation with its 2026 and 2027 rounds; returns 2027."""
    if load_organisation(repo) is not None or list_rounds(repo):
        raise InvalidInput(
            N_(
                "There is already data in this folder. The example is only added to an empty "
                "folder, so nothing of yours is overwritten."
            )
        )
    # All or nothing: a demo killed halfway once left half an example behind,
    # after which the demo refused forever ("there is already data").
    with repo.transaction():
        save_organisation(repo, demo_organisation())
        previous = create_round(repo, 2026, [MUNICIPALITY], [HOUSING_ASSOCIATION])
        previous = update_round(repo, previous.model_copy(update={"phase": Phase.MONITORING}))
        current = create_round(repo, 2027, [MUNICIPALITY], [HOUSING_ASSOCIATION])
        # The demo's 2027 agreements are signed (30 November 2026, the signing
        # date the parties agreed in its calendar): the round is in the phase
        # after signing, so phase, calendar and register tell one story.
        current = update_round(repo, current.model_copy(update={"phase": Phase.MONITORING}))
        for feature in FEATURES:  # in FEATURES order: a later one may use an earlier one's demo
            if feature.demo is not None:
                feature.demo(repo, previous, None)
                feature.demo(repo, current, previous)
    return current
