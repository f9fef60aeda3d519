"""20,000 online survey answers: read, matched, counted and charted (issue 16: < 2 s).

The same CSV (Dutch Excel style: ``;``, UTF-8 with BOM, seven themes, a top
three, remarks) is
  (a) read with the standard library's ``csv`` module into lists, as the floor;
  (b) read with the app's safe reader, its columns matched, turned into
      validated answers, counted and ranked, and the Achterbanrapport with its
      bar charts built as a PDF — everything the app does after "Importeer".
Prints the median of each, and (b) as a ratio of (a).
Run: ``python benchmarks/bench_survey.py``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import statistics
import time

import _common  # noqa: F401  (puts the project root on the import path)

from app.documents.data import RoundInfo
from app.documents.survey_report import SurveyReportDoc, build_survey_report
from app.exchange.survey_csv import read_csv_bytes
from models.survey import MAX_RESPONSES, Neighbourhood, Survey, add_responses, design_from_themes
from models.survey_columns import build_answers, guess_columns
from models.survey_results import count_survey

SAMPLES = 5
THEMES = [
    ("bet", "Betaalbaarheid"),
    ("duu", "Kwaliteit en duurzaamheid"),
    ("bes", "Beschikbaarheid"),
    ("zor", "Wonen en zorg"),
    ("lee", "Leefbaarheid"),
    ("pro", "Proces en samenwerking"),
    ("ser", "Servicekosten"),
]
HOODS = ["Bloemenbuurt", "De Horst", "Centrum"]
LEVELS = ["Heel belangrijk", "Belangrijk", "Niet zo belangrijk", "Weet niet", ""]


def make_csv(rows: int = MAX_RESPONSES) -> bytes:
    rng = random.Random(16)
    header = ["Tijdstempel", "Buurt", "Keuze 1", "Keuze 2", "Keuze 3"]
    header += [title for _key, title in THEMES] + ["Opmerking"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    titles = [title for _key, title in THEMES]
    for n in range(rows):
        top = rng.sample(titles, 3)
        remark = "Schimmel in de badkamer, al drie keer gemeld." if n % 9 == 0 else ""
        writer.writerow(
            [f"1-3-2027 10:{n % 60:02d}", rng.choice(HOODS), *top]
            + [rng.choice(LEVELS) for _ in THEMES]
            + [remark]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def stdlib_read(data: bytes) -> int:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    return len(rows)


def app_pipeline(data: bytes, survey: Survey) -> int:
    table = read_csv_bytes(data)
    columns = guess_columns(survey.design, table.header)
    found = build_answers(survey.design, table.rows, columns)
    filled = add_responses(survey, found.responses)
    count = count_survey(filled, members=40_000)
    info = RoundInfo(
        "Huurdersvereniging De Eendracht", "Prestatieafspraken 2027", 2027, dt.date(2027, 3, 1)
    )
    pdf = build_survey_report(info, SurveyReportDoc(count, f"{count.total} leden deden mee."))
    assert count.total == MAX_RESPONSES and pdf.startswith(b"%PDF")
    return count.total


def median_seconds(action: object, *args: object) -> tuple[float, float]:
    """Median wall-clock and CPU seconds (CPU time shows the cost on a busy machine)."""
    wall, cpu = [], []
    for _ in range(SAMPLES):
        start, start_cpu = time.perf_counter(), time.process_time()
        action(*args)  # type: ignore[operator]
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    data = make_csv()
    design = design_from_themes(THEMES).model_copy(
        update={"neighbourhoods": [Neighbourhood(name=h) for h in HOODS]}
    )
    survey = Survey(round_id="2027", design=design)
    app_pipeline(data, survey)  # warm up: fonts, imports
    floor, floor_cpu = median_seconds(stdlib_read, data)
    full, full_cpu = median_seconds(app_pipeline, data, survey)
    print(f"CSV: {len(data) / 1e6:.1f} MB, {MAX_RESPONSES} answers, {len(THEMES)} themes")
    print(f"stdlib csv.reader only:      {floor * 1000:7.1f} ms (CPU {floor_cpu * 1000:7.1f} ms)")
    print(
        f"read+match+count+report:     {full * 1000:7.1f} ms (CPU {full_cpu * 1000:7.1f} ms), "
        "target < 2000 ms"
    )
    print(f"ratio: {full / floor:.1f}x the stdlib read (CPU: {full_cpu / floor_cpu:.1f}x)")


if __name__ == "__main__":
    main()
