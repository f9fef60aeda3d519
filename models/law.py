"""Law as data: which legal regime applies, who acts, and when a legal statement is stale.

Every statement the app presents as law (``wet``) names its article and the
date it was last checked against the source. Content tests use
:func:`stale` so that a statement nobody re-checked for longer than
:data:`CHECK_MAX_AGE` fails CI instead of being shipped as current law.

The app cannot know whether the Wet versterking regie volkshuisvesting
(Wvrv, Kamerstuk 36512) is in force on the day a volunteer opens it, so the
user chooses the regime in Instellingen and texts that differ per regime
follow that choice (domain.md, "Corrections, December 2026").
"""

from __future__ import annotations

import datetime as dt
import re

from models.base import LabelledEnum
from models.text import N_

#: A legal statement checked longer ago than this must be checked again.
CHECK_MAX_AGE = dt.timedelta(days=365)

_ARTICLE = re.compile(r"\bart(?:ikel|\.)?\s*\d", re.IGNORECASE)


class Regime(LabelledEnum):
    """The rules the user says apply to their round."""

    WONINGWET = "woningwet", N_("Current Woningwet (woonvisie)")
    WVRV = "wvrv", N_("Wet versterking regie volkshuisvesting (volkshuisvestingsprogramma)")


#: What is known about the Wvrv, with its date; shown next to the choice.
WVRV_STATUS = N_(
    "As of December 2026: the Tweede Kamer adopted the Wvrv (Kamerstuk 36512) in July 2025, "
    "and the government aimed at entry into force on 1 July 2026 (news of 19 December 2025). "
    "Whether it applies to your round, this app cannot know: check it and choose here. "
    "Under the Wvrv the municipality's volkshuisvestingsprogramma replaces the woonvisie, and "
    "a dispute may also be about keeping agreements (nakoming)."
)


class Who(LabelledEnum):
    """Who must act on a checklist item; the process letter asks each party only its own."""

    WE = "wij", N_("Who acts: we ourselves")
    CORPORATION = "corporatie", N_("Who acts: the housing association")
    MUNICIPALITY = "gemeente", N_("Who acts: the municipality")
    TOGETHER = "samen", N_("Who acts: all three together")


WHO_SHORT: dict[Who, str] = {
    Who.WE: N_("we"),
    Who.CORPORATION: N_("housing association"),
    Who.MUNICIPALITY: N_("municipality"),
    Who.TOGETHER: N_("together"),
}


def names_article(source: str) -> bool:
    """True when ``source`` names an article ('Woningwet art. 44 lid 1', 'artikel 7')."""
    return bool(_ARTICLE.search(source))


def stale(checked: dt.date | None, today: dt.date, max_age: dt.timedelta = CHECK_MAX_AGE) -> bool:
    """A statement without a check date, or checked more than ``max_age`` ago, is stale."""
    return checked is None or today - checked > max_age
