"""Personal settings: language, text size, contrast."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from models.base import Record

TEXT_SCALES: tuple[float, ...] = (1.0, 1.25, 1.5)


class Settings(Record):
    language: Literal["nl", "en"] = "nl"
    text_scale: float = Field(default=1.0, ge=0.8, le=2.0)
    high_contrast: bool = False
