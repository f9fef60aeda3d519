"""Median build time of the meeting brief for the demo round, and of a position
paper with 10 themes of 500 words each (design §7 targets: brief well under
1 s, a 40-page paper under 2 s).

Builds go through the same code as the app (service for the brief, the pure
builder for the paper). The first build of a process registers the fonts;
it is measured separately. Run: ``python benchmarks/bench_documents.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import _common  # noqa: F401  (puts the project root on the import path)
import pypdf

from app.documents.data import PositionDoc, RoundInfo, ThemeDoc
from app.documents.position_paper import build_position_paper
from app.services import documents
from app.services.context import Services
from app.services.demo import add_demo
from models.position import Demand, Position, Priority, ThemePosition

SAMPLES = 7
WORDS = [
    "huurders",
    "willen",
    "betaalbare",
    "en",
    "goed",
    "geïsoleerde",
    "woningen",
    "in",
    "Noorderveen",
    "waar",
    "ze",
    "veilig",
    "kunnen",
    "wonen",
    "terwijl",
    "de",
    "corporatie",
    "investeert",
    "in",
    "onderhoud",
    "nieuwbouw",
    "en",
    "leefbaarheid",
]


def _words(n: int, seed: int) -> str:
    return " ".join(WORDS[(i * 7 + seed) % len(WORDS)] for i in range(n))


def _paper_input(scale: int = 1) -> tuple[RoundInfo, PositionDoc]:
    """10 themes, each with 500 words (times ``scale``) spread over its text fields."""
    themes = []
    for i in range(10):
        item = ThemePosition(
            theme_id="eigen",
            title=f"Thema {i + 1}",
            priority=[Priority.MUST, Priority.SHOULD, Priority.COULD][i % 3],
            situation=_words(150 * scale, i),
            situation_source="Jaarverslag 2026",
            wishes=_words(80 * scale, i + 1),
            arguments=_words(120 * scale, i + 2),
            red_line=_words(30, i + 3),
            member_input=_words(100 * scale, i + 4),
            demands=[
                Demand(
                    what=_words(20, i),
                    amount="120 woningen",
                    deadline="2027",
                    responsible="Woonstichting Het Anker",
                )
            ],
        )
        themes.append(ThemeDoc(item, item.title))
    position = Position(round_id="2027", themes=[t.theme for t in themes])
    info = RoundInfo(
        "Huurdersvereniging De Eendracht",
        "Prestatieafspraken 2027",
        2027,
        dt.date(2027, 3, 1),
        ["Noorderveen"],
        ["Woonstichting Het Anker"],
    )
    return info, PositionDoc(position, themes, themes[:3])


def _median(build: Callable[[], bytes]) -> tuple[float, float, bytes]:
    start = time.perf_counter()
    data = build()
    first = time.perf_counter() - start
    times = []
    for _ in range(SAMPLES):
        start = time.perf_counter()
        data = build()
        times.append(time.perf_counter() - start)
    return first, statistics.median(times), data


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(Path(folder), allow_read_only=False)
        try:
            round_id = add_demo(services.repo).id
            first, brief, data = _median(
                lambda: documents.build_document(services.repo, "brief", round_id)
            )
        finally:
            services.close()
    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    print(
        f"brief (demo round): median {brief:.3f} s, first {first:.3f} s, {pages} pages "
        f"(target < 1 s: {'ok' if brief < 1 else 'TOO SLOW'})"
    )
    info, doc = _paper_input()
    first, paper, data = _median(lambda: build_position_paper(info, doc))
    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    print(
        f"position paper (10 themes x 500 words): median {paper:.3f} s, first {first:.3f} s, "
        f"{pages} pages (target < 2 s: {'ok' if paper < 2 else 'TOO SLOW'})"
    )
    info, doc = _paper_input(scale=3)
    first, paper, data = _median(lambda: build_position_paper(info, doc))
    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    print(
        f"position paper (10 themes x ~1400 words): median {paper:.3f} s, {pages} pages "
        f"(target for a 40-page paper < 2 s: {'ok' if paper < 2 else 'TOO SLOW'})"
    )


if __name__ == "__main__":
    main()
