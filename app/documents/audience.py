"""Who each document is for, said plainly before it is made (issue 12).

Papers with red lines or who speaks are for the own delegation only; the
partner version of the position paper and the letters go to the other side.
Keyed by the print kind (the ``aantafel print`` name); kinds without an
entry show no audience line.
"""

from __future__ import annotations

from models.text import N_

AUDIENCE: dict[str, str] = {
    "brief": N_(
        "For your own delegation only (confidential): it holds your red lines and who "
        "speaks. Every page says so."
    ),
    "position": N_(
        "Internal version, for your own delegation only (confidential): with red lines "
        "and what you can lean on."
    ),
    "position-partners": N_(
        "For the municipality and the housing association: your position without red "
        "lines, speakers or tips for your own side."
    ),
    "checklist": N_("For your own board. You may attach it to the process letter."),
    "process": N_(
        "A letter to the municipality and the housing association's board. It asks each "
        "party only what that party must do."
    ),
    "process-rvc": N_("A short letter to the housing association's supervisory board (RvC)."),
    "survey": N_("For your members: a paper form to fill in."),
    "achterban": N_(
        "For the members' meeting and the partners: the results only, never names or "
        "contact details of members."
    ),
    "reactie": N_(
        "For the housing association and the municipality: your reaction to the bod, "
        "without red lines, speakers or internal notes."
    ),
    "afspraken": N_(
        "For everyone at the table, and as an annex to the process letter for the "
        "supervisory board (RvC): who signed, and any reservation."
    ),
    "monitor": N_(
        "For the evaluation meeting with the municipality and the housing association. "
        "Your notes are printed as you typed them: read them before you share it."
    ),
}


def audience(kind: str) -> str:
    """The msgid saying who ``kind`` is for; empty when not declared."""
    return AUDIENCE.get(str(kind), "")
