"""The agreements register as a feature: the afspraken, who signed, the Afsprakenoverzicht.

Record kind ``"afspraken"`` (:class:`models.agreements.AgreementsRegister`).
Not copied into a new round: agreements are made anew each round; last
round's agreements are offered in the Afspraken section as starting points
for the new inzet (a choice). The register names organisations, not people.
"""

from __future__ import annotations

from app.features.base import DocumentSpec, Feature, NavSection
from app.features.builders import dated
from app.services import afspraken as service
from app.services import negotiation_documents as documents
from app.services.demo_afspraken import fill_demo_afspraken
from models.text import N_

FEATURE = Feature(
    service=service,
    label=N_("Agreements"),
    demo=fill_demo_afspraken,
    tables=documents.afspraken_tables,
    documents=(
        DocumentSpec(
            kind="afspraken",
            title=N_("Overview of agreements"),
            description=N_(
                "The agreements by theme and who signed, with any reservation: an annex "
                "to the process letter."
            ),
            build=dated(documents.afspraken_pdf),
            contents=documents.afspraken_contents,
            audience=N_(
                "For everyone at the table, and as an annex to the process letter for the "
                "supervisory board (RvC): who signed, and any reservation."
            ),
        ),
    ),
    section=NavSection(
        icon="HANDSHAKE",
        view="views.afspraken:AfsprakenSection",
        order=80,
    ),
)
