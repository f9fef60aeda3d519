"""Missed steps: a date of the cycle that passed while its step was not done.

Only steps the app can see being done get a warning (a bid entered, the
agreements signed, the monitoring filled in); which steps are done is told
by the caller, so this stays pure. Each warning says what happened and what
to do next, in plain words (design §9).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.calendar import CalendarDate, Step
from models.text import N_


@dataclass(frozen=True)
class MissedStep:
    """A passed date whose step is not done. ``message`` and ``action`` are msgids."""

    item: CalendarDate
    message: str
    action: str


#: What a missed step means and what to do about it.
MISSED_STEP_TEXT: dict[Step, tuple[str, str]] = {
    Step.BOD: (
        N_("The bid was due before 1 July, but no bid has been entered."),
        N_(
            "Ask the housing association in writing for its bid, and enter it under Bod "
            "when it arrives."
        ),
    ),
    Step.EVALUATION: (
        N_("The evaluation date has passed, but the agreements have not been followed up."),
        N_(
            "Fill in per agreement how far it got, print the Monitor and discuss it with "
            "your partners."
        ),
    ),
    Step.SIGNING: (
        N_("The signing date has passed, but no agreements have been entered."),
        N_(
            "Enter the agreements under Afspraken when they are signed, or set the new "
            "signing date in the calendar."
        ),
    ),
}


def missed_steps(dates: list[CalendarDate], today: dt.date, done: set[Step]) -> list[MissedStep]:
    """Warnings for the dates before ``today`` whose step is not in ``done``, oldest first."""
    missed: list[MissedStep] = []
    for item in sorted(dates, key=lambda d: d.date):
        if item.step is None or item.step in done or item.step not in MISSED_STEP_TEXT:
            continue
        if item.last_day < today:
            message, action = MISSED_STEP_TEXT[item.step]
            missed.append(MissedStep(item, message, action))
    return missed
