"""The readability score of the 'Waarom?' texts covers every section: also the
sections whose header is a (title, why) pair or whose text is a constant
(it once measured 8 of 15, after the sections moved to round_section)."""

from __future__ import annotations

from tests.plain_language import _why_msgids


def test_every_sections_why_text_is_measured() -> None:
    whys = _why_msgids()
    starts = [
        "Before 1 July the housing association sends its bod",  # Bod: header pair
        "Your position is only as strong as the members",  # Achterban: round_section
        "Answer each item with yes, partly, no",  # Checklist: intro + _(...)
        "Board members often work on the same round",  # Delen: _(WHY)
    ]
    for start in starts:
        assert any(w.startswith(start) for w in whys), start
    assert len(whys) >= 15
