"""Median time to save one edit with 1 and with 10 years of history, and the
ratio (design §7 target: ratio <= 1.3).

Each year is a round with a realistic position (six themes, a few KB of text
each) in its own file, so an edit in the current round must not cost more when
there are more rounds. Run: ``python benchmarks/bench_storage.py``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401  (puts the project root on the import path)

from app.services.rounds import create_round
from app.storage.repository import Repository

SAMPLES = 60
THEME_TEXT = "Wij willen meer betaalbare sociale huurwoningen in Noorderveen. " * 60


def _history(root: Path, years: int) -> tuple[Repository, str]:
    repo = Repository.open(root)
    last = ""
    for year in range(2027 - years + 1, 2028):
        round_ = create_round(repo, year, ["Noorderveen"], ["Woonstichting Het Anker"])
        doc = {f"theme-{i}": {"text": THEME_TEXT, "year": year} for i in range(6)}
        repo.save_round_doc(round_.id, "position", doc)
        last = round_.id
    return repo, last


def median_save_seconds(years: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        repo, current = _history(Path(tmp), years)
        doc = repo.load_round_doc(current, "position") or {}
        times = []
        for i in range(SAMPLES):
            doc["theme-0"]["text"] = THEME_TEXT + str(i)
            start = time.perf_counter()
            repo.save_round_doc(current, "position", doc)
            times.append(time.perf_counter() - start)
        repo.close()
        return statistics.median(times)


def main() -> int:
    one = median_save_seconds(1)
    ten = median_save_seconds(10)
    ratio = ten / one
    print(f"median save, 1 year of history:  {one * 1000:.2f} ms")
    print(f"median save, 10 years of history: {ten * 1000:.2f} ms")
    print(f"ratio: {ratio:.2f} (target <= 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
