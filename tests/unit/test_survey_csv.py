"""The survey CSV reader and the column matching: Dutch and English exports,
encodings, formulas, hostile files; Hypothesis feeds random CSV."""

from __future__ import annotations

import contextlib
import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.exchange.errors import ImportRefused
from app.exchange.survey_csv import MAX_COLUMNS, read_csv_bytes
from models.survey import Importance, Neighbourhood, design_from_themes
from models.survey_columns import build_answers, guess_columns

DESIGN = design_from_themes(
    [("bet", "Betaalbaarheid"), ("duu", "Kwaliteit en duurzaamheid"), ("lee", "Leefbaarheid")]
).model_copy(update={"neighbourhoods": [Neighbourhood(name="Bloemenbuurt")]})

DUTCH = (
    "Tijdstempel;Buurt of complex;Keuze 1;Keuze 2;Keuze 3;Betaalbaarheid;"
    "Kwaliteit en duurzaamheid;Leefbaarheid;Opmerking;E-mailadres\r\n"
    "1-3-2027 10:02;bloemenbuurt;Leefbaarheid;1;Kwaliteit en duurzaamheid;Heel belangrijk;"
    "Belangrijk;Zeer belangrijk;Café in de buurt is dicht, jammer;a@voorbeeld.nl\r\n"
    '1-3-2027 11:15;Centrum;2;;;niet zo belangrijk;weet niet;1;=HYPERLINK("x");\r\n'
)
ENGLISH = (
    'Timestamp,Your neighbourhood,"Top 3: 1st choice","Top 3: 2nd choice",'
    '"How important is Leefbaarheid?",Comments\n'
    '2027-03-01,Bloemenbuurt,Betaalbaarheid,Leefbaarheid,Very important,"Fine, thanks"\n'
)


def test_dutch_excel_utf8_with_bom() -> None:
    table = read_csv_bytes(("\ufeff" + DUTCH).encode("utf-8"))
    assert table.delimiter == ";" and table.encoding == "utf-8-sig"
    assert table.header[0] == "Tijdstempel" and len(table.rows) == 2
    columns = guess_columns(DESIGN, table.header)
    assert columns == [
        "",
        "neighbourhood",
        "top:1",
        "top:2",
        "top:3",
        "importance:bet",
        "importance:duu",
        "importance:lee",
        "remark",
        "contact:email",
    ]
    found = build_answers(DESIGN, table.rows, columns)
    first, second = found.responses
    assert first.neighbourhood == "Bloemenbuurt"  # spelled as in the design
    assert first.top == ["lee", "bet", "duu"]
    assert first.importance == {
        "bet": Importance.VERY,
        "duu": Importance.IMPORTANT,
        "lee": Importance.VERY,
    }
    assert first.remarks[0].text == "Café in de buurt is dicht, jammer"
    assert second.neighbourhood == "Centrum" and second.top == ["duu"]
    assert second.importance["bet"] is Importance.NOT_SO
    # The contact goes to the contacts, not into the answer.
    assert [c.email for c in found.contacts] == ["a@voorbeeld.nl"]


def test_formulas_are_neutralised_not_passed_on() -> None:
    table = read_csv_bytes(DUTCH.encode("utf-8"))
    found = build_answers(DESIGN, table.rows, guess_columns(DESIGN, table.header))
    assert found.responses[1].remarks[0].text == '\'=HYPERLINK("x")'
    cells = [c for row in table.rows for c in row]
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)


def test_dutch_excel_windows_1252() -> None:
    table = read_csv_bytes(DUTCH.encode("cp1252"))
    assert table.encoding == "cp1252"
    assert table.rows[0][8] == "Café in de buurt is dicht, jammer"


def test_english_export_with_commas() -> None:
    table = read_csv_bytes(ENGLISH.encode("utf-8"))
    assert table.delimiter == ","
    columns = guess_columns(DESIGN, table.header)
    assert columns == ["", "neighbourhood", "top:1", "top:2", "importance:lee", "remark"]
    answer = build_answers(DESIGN, table.rows, columns).responses[0]
    assert answer.top == ["bet", "lee"] and answer.importance == {"lee": Importance.VERY}
    assert answer.remarks[0].text == "Fine, thanks"


def test_utf16_unicode_text_from_excel() -> None:
    text = ENGLISH.replace(",", "\t").replace('"Fine\t thanks"', "Fine")
    table = read_csv_bytes(text.encode("utf-16"))
    assert table.delimiter == "\t" and table.rows[0][1] == "Bloemenbuurt"


def test_ranking_grid_columns() -> None:
    text = "Rang Betaalbaarheid;Rang Leefbaarheid;Rang Kwaliteit en duurzaamheid\n2;1;3\n"
    table = read_csv_bytes(text.encode())
    columns = guess_columns(DESIGN, table.header)
    assert columns == ["rank:bet", "rank:lee", "rank:duu"]
    assert build_answers(DESIGN, table.rows, columns).responses[0].top == ["lee", "bet", "duu"]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "leeg"),
        (b"   \r\n\r\n", "leeg"),
        (b"\xd0\xcf\x11\xe0old excel", "Excel"),
        (b"a;b\x00;c\n1;2;3\n", "Excel"),
        (b"Buurt;Keuze 1\n\x81\x8d;x\n", "tekens"),
        (b'Buurt;Keuze 1\n"Noord;1\n', "aanhalingstekens"),
        (b"Buurt;Keuze 1\n", "eerste regel"),
        (b"alleen een kolom\nja\n", "eerste regel"),
        (";".join(["k"] * (MAX_COLUMNS + 1)).encode() + b"\n1\n", "kolommen"),
        (b"Buurt;Opmerking\nNoord;" + b"x" * 2001 + b"\n", "2.000"),
    ],
)
def test_bad_files_are_refused_in_dutch(data: bytes, words: str) -> None:
    from app.i18n import _

    with pytest.raises(ImportRefused) as caught:
        read_csv_bytes(data)
    assert words in _(caught.value.message, **caught.value.params)


def test_huge_and_too_many_rows_refused() -> None:
    with pytest.raises(ImportRefused):
        read_csv_bytes(b"a;b\n" + b"1;2\n" * 20_002)
    with pytest.raises(ImportRefused):
        read_csv_bytes(b"a;b\n" + b"x" * (21 * 1024 * 1024))


cells = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(st.lists(cells, min_size=1, max_size=6), min_size=0, max_size=8),
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
)
def test_random_csv_is_read_or_refused_cleanly(
    rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    try:
        data = buffer.getvalue().encode(encoding)
    except UnicodeEncodeError:
        data = buffer.getvalue().encode("utf-8")
    try:
        table = read_csv_bytes(data)
    except ImportRefused:
        return
    assert all(len(row) == len(table.header) for row in table.rows)
    found = build_answers(DESIGN, table.rows, guess_columns(DESIGN, table.header))
    assert len(found.responses) <= len(table.rows)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([b"", b"PK\x03\x04", b"\xef\xbb\xbf"]))
def test_random_bytes_never_crash(data: bytes, prefix: bytes) -> None:
    from app.exchange.survey_xlsx import read_answers_bytes

    with contextlib.suppress(ImportRefused):
        read_answers_bytes(prefix + data)


def _workbook(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_microsoft_forms_workbook_is_read_without_running_formulas() -> None:
    from app.exchange.survey_xlsx import read_answers_bytes

    data = _workbook(
        [
            ["ID", "Buurt", "Keuze 1", "Betaalbaarheid", "Opmerking"],
            [1, "Bloemenbuurt", "Leefbaarheid", "Heel belangrijk", "=1+1"],
            [2, "Centrum", 1, 2, "@SUM(A1)"],
        ]
    )
    table = read_answers_bytes(data)
    assert table.encoding == "xlsx" and table.header[1] == "Buurt"
    # openpyxl stored "=1+1" as a formula without a cached value: it reads as empty,
    # it is never evaluated; "@SUM" is text and gets neutralised.
    assert table.rows[0][4] == "" and table.rows[1][4] == "'@SUM(A1)"
    found = build_answers(DESIGN, table.rows, guess_columns(DESIGN, table.header))
    assert [r.top for r in found.responses] == [["lee"], ["bet"]]
    assert found.responses[1].importance == {"bet": Importance.IMPORTANT}


def test_damaged_workbook_and_zip_bomb_are_refused() -> None:
    import zipfile

    from app.exchange.survey_xlsx import read_answers_bytes

    with pytest.raises(ImportRefused):
        read_answers_bytes(b"PK\x03\x04 not really a zip")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", b"<a/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"0" * (30 * 1024 * 1024))
    with pytest.raises(ImportRefused) as caught:
        read_answers_bytes(bomb.getvalue())
    assert "te groot" in _msg(caught.value)


def _msg(exc: ImportRefused) -> str:
    from app.i18n import _

    return _(exc.message, **exc.params)
