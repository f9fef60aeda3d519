"""CSV tables declared by column (app.features.tables) and the position's inzet.csv
(tests run in Dutch: tests/conftest.py)."""

from __future__ import annotations

from app.features.position import position_tables
from app.features.tables import table
from models.position import CUSTOM_THEME_ID, Demand, Position, Priority, ThemePosition
from models.text import N_


def test_a_table_translates_its_headers_and_fills_a_row_per_item() -> None:
    name, header, rows = table(
        "t.csv", ((N_("Theme"), lambda n: f"#{n}"), (N_("Who"), lambda n: str(n * 2))), [1, 2]
    )
    assert (name, header, rows) == ("t.csv", ["Thema", "Wie"], [["#1", "2"], ["#2", "4"]])


def test_inzet_csv_has_a_row_per_demand_and_one_for_a_theme_without() -> None:
    position = Position(
        round_id="2027",
        themes=[
            ThemePosition(theme_id=CUSTOM_THEME_ID, title="Leeg", demands=[], red_line="Nooit"),
            ThemePosition(
                theme_id=CUSTOM_THEME_ID,
                title="Huur",
                priority=Priority.MUST,
                demands=[Demand(what="a", amount="b", deadline="c", responsible="d"), Demand()],
            ),
        ],
    )
    [(name, header, rows)] = position_tables(position)
    assert name == "inzet.csv"
    assert header == ["Thema", "Prioriteit", "Eis", "Hoeveel", "Wanneer", "Wie", "Ondergrens"]
    assert rows == [
        ["Huur", "Moet", "a", "b", "c", "d", ""],
        ["Huur", "Moet", "", "", "", "", ""],
        ["Leeg", "", "", "", "", "", "Nooit"],
    ]
