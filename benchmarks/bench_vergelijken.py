"""Vergelijken: 500 export bundles read and summarised (issue 17 targets:
under 15 s and under 400 MB on a two-core machine; at most 2x the floor).

The floor is the least any reader must do: open each zip with ``zipfile`` and
parse its data.json with ``json.loads``. The app does much more per file (the
import's safe reader: limits, zip directory checks, strict JSON for manifest
and data, pydantic validation of the records it uses; then the summary and
the overview). The ratio is taken on CPU time (a shared machine stretches the
clock, not a process's CPU time); the clock time is shown too.

Where the time goes (500 bundles, ms of CPU, December 2026, measured in
the whole run with each part left out in turn and with py-spy, fresh
processes, a busy two-core machine): floor ~80 (zipfile ~40, json.loads
~35). The app's own zip reading (a lean directory and member reader,
app/exchange/zip_directory.py and zip_member.py: ~30 with inflating),
jiter's parse with duplicate names refused (~35; without that check ~20;
the nesting limit is jiter's own, no scan before it), one validation of
manifest and data.json straight into plain dicts, every record a summary
uses with its model's schema (~40: app/exchange/plain_reader.py), the
summary (~15) and the overview (~5). That is about 1.9x the floor in a
fresh process (1.92 over fifteen interleaved runs), 1.8x warm. The bods'
figures and their checks (since the bundles' bods have themes) add ~5%.
Before (stop 20) it was 2.3x, on bods without themes: a depth scan before
every parse (~9), model objects for manifest, round and profile and a
validation call per record (~15), a frozen dataclass per theme (~2).

Each measurement runs in its own child process, so its peak memory is its
own (VmHWM of /proc/self/status: unlike ru_maxrss it does not carry the
parent's peak over a fork). The bundles are made by the app's own writer,
each with a 40 KB PDF in documenten/ like a real export, a bod for most (per
theme a text and a figure for three years, with its checks) and an agreements
register for many. Run:
``python benchmarks/bench_vergelijken.py [COUNT]``.

tests/unit/test_vergelijken_speed.py holds the same ratio in one process.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

COUNT = 500
TARGET_SECONDS = 15.0
TARGET_MB = 400.0
TARGET_RATIO = 2.0
RUNS = 9


def floor(folder: Path) -> int:
    """The least any reader does: each zip opened, its data.json parsed."""
    count = 0
    for path in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            json.loads(zf.read("data.json"))
        count += 1
    return count


def _app(folder: Path) -> int:
    from app.services.vergelijken import compare_folder

    result = compare_folder(folder)
    overview = result.overview()
    assert overview.organisations > 0 and not result.skipped
    return len(result.items)


def peak_mb() -> float:
    """This process's peak resident memory in MB."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:  # not Linux: ru_maxrss (KiB on Linux, bytes on macOS)
        scale = 1024 * 1024 if sys.platform == "darwin" else 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    line = next(x for x in status.splitlines() if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _child(kind: str, folder: Path) -> None:
    """Measure one kind in this (fresh) process and print JSON."""
    if kind == "app":  # imports are not part of reading files
        import app.services.vergelijken  # noqa: F401
    start, cpu = time.perf_counter(), time.process_time()
    count = floor(folder) if kind == "floor" else _app(folder)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps({"seconds": seconds, "cpu": cpu, "count": count, "peak_mb": peak_mb()}))


def _measure(kind: str, folder: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(count: int) -> int:
    from tests.bundle_factory import write_bundles

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "exports"
        write_bundles(folder, count, with_pdf=True)
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1024 / 1024
        print(f"{count} bundles, {size:.1f} MB on disk")
        # best of nine, floor and app taken in turns so a busy moment on a
        # shared machine hits both alike; memory is the largest of the runs
        floors, apps = [], []
        for _ in range(RUNS):
            floors.append(_measure("floor", folder))
            apps.append(_measure("app", folder))
    floor_s, app_s = (min(r["seconds"] for r in runs) for runs in (floors, apps))
    floor_cpu, app_cpu = (min(r["cpu"] for r in runs) for runs in (floors, apps))
    floor_mb, app_mb = (max(r["peak_mb"] for r in runs) for runs in (floors, apps))
    ratio = app_cpu / floor_cpu
    for label, clock, cpu, mb in (
        ("floor (zipfile + json.loads of data.json)", floor_s, floor_cpu, floor_mb),
        ("Vergelijken (safe reader + summary + overview)", app_s, app_cpu, app_mb),
    ):
        print(
            f"{label}: {clock:.2f} s ({1000 * clock / count:.2f} ms per bundle), "
            f"CPU {cpu:.2f} s ({1000 * cpu / count:.2f} ms per bundle), peak {mb:.0f} MB"
        )
    print(f"ratio to the floor (CPU time): {ratio:.2f} (target <= {TARGET_RATIO})")
    checks = {
        f"time < {TARGET_SECONDS:.0f} s": app_s < TARGET_SECONDS,
        f"memory < {TARGET_MB:.0f} MB": app_mb < TARGET_MB,
        f"ratio <= {TARGET_RATIO}": ratio <= TARGET_RATIO,
    }
    print("; ".join(f"{name}: {'met' if ok else 'NOT met'}" for name, ok in checks.items()))
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(sys.argv[2], Path(sys.argv[3]))
    else:
        sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else COUNT))
