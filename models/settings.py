"""Personal settings: language, text size, contrast, and whether the welcome
was seen. Kept in the data folder, so they travel with the data."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from models.base import Record
from models.law import Regime
from models.text import N_

#: The text sizes offered in Instellingen, smallest first: (factor, label msgid).
#: Many volunteers are older; the largest step is twice the normal size.
TEXT_SIZES: tuple[tuple[float, str], ...] = (
    (1.0, N_("Normal")),
    (1.25, N_("Large")),
    (1.5, N_("Larger")),
    (2.0, N_("Largest")),
)
TEXT_SCALES: tuple[float, ...] = tuple(factor for factor, _label in TEXT_SIZES)


def nearest_text_scale(value: float) -> float:
    """The offered step closest to ``value`` (an old or hand-edited file may
    hold a factor that is not offered any more)."""
    return min(TEXT_SCALES, key=lambda step: abs(step - value))


class Settings(Record):
    language: Literal["nl", "en"] = "nl"
    text_scale: float = Field(default=1.0, ge=0.8, le=2.0)
    high_contrast: bool = False
    #: True once the user chose "load the example" or "start on my own".
    welcome_done: bool = False
    #: Which legal regime applies (the app cannot know whether the Wvrv is in force).
    regime: Regime = Regime.WONINGWET
