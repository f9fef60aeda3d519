"""Make the catalogue of hostile and damaged import files in this folder.

Run ``python tests/data/bad/make_bad_files.py``; the files are committed.
Each file is small and refused for exactly one reason (see CATALOGUE in
tests/unit/test_bad_imports.py). The JSON is written by hand here, not by
the app, so the catalogue does not change when the app's writer changes.
Fixed timestamps make the output byte-for-byte reproducible.
"""

from __future__ import annotations

import copy
import io
import json
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
STAMP = (2027, 3, 1, 12, 0, 0)

MANIFEST: dict[str, Any] = {
    "format": "aantafel-export",
    "schema_version": 2,
    "app_version": "0.1.0",
    "created": "2027-03-01T12:00:00+01:00",
    "organisation": "Huurdersvereniging De Eendracht",
    "round": {"id": "2027", "year": 2027, "title": "Prestatieafspraken 2027"},
    "personal_data": False,
    "documents": ["position", "checklist"],
    "pdfs": [],
    "tables": [],
}
DATA: dict[str, Any] = {
    "round": {
        "id": "2027",
        "year": 2027,
        "title": "",
        "municipalities": ["Noorderveen"],
        "housing_associations": ["Woonstichting Het Anker"],
        "phase": "voorbereiding",
        "created": "2027-01-10T20:00:00+01:00",
        "updated": "2027-02-20T21:00:00+01:00",
    },
    "organisation": None,
    "documents": {
        "position": {"round_id": "2027", "themes": [], "member_summary": "", "adopted_on": None},
        "checklist": {"round_id": "2027", "answers": {}, "updated": None},
    },
}


def _dump(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=1).encode("utf-8")


def _zip(members: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, content in members:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = compression
            info.external_attr = 0o644 << 16
            zf.writestr(info, content)
    return buffer.getvalue()


def _bundle(manifest: Any = None, data: Any = None, extra: list[tuple[str, bytes]] = ()) -> bytes:  # type: ignore[assignment]
    m = _dump(MANIFEST if manifest is None else manifest)
    d = data if isinstance(data, bytes) else _dump(DATA if data is None else data)
    return _zip([("manifest.json", m), ("data.json", d), *extra])


def _data(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(DATA)
    for path, value in changes.items():
        target = data
        keys = path.split("__")
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value
    return data


def files() -> dict[str, bytes]:
    valid = _bundle()
    deep = b'{"round": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    duplicate = _dump(DATA)[:-2] + b',\n "round": {}\n}'
    bomb = _zip([("manifest.json", _dump(MANIFEST)), ("data.json", b" " * (30 * 1024 * 1024))])
    return {
        "valid.zip": valid,
        "not_a_zip.zip": b"Dit is gewoon een tekstbestand, geen zip.\n",
        "truncated.zip": valid[: len(valid) // 2],
        "zip_slip.zip": _bundle(extra=[("../../evil.txt", b"owned")]),
        "zip_slip_absolute.zip": _bundle(extra=[("/etc/evil.txt", b"owned")]),
        "zip_bomb.zip": bomb,
        "missing_manifest.zip": _zip([("data.json", _dump(DATA))]),
        "wrong_format.zip": _bundle(manifest={**MANIFEST, "format": "ander-programma-export"}),
        "newer_schema.zip": _bundle(manifest={**MANIFEST, "schema_version": 999}),
        "duplicate_keys.zip": _bundle(data=duplicate),
        "deep_nesting.zip": _bundle(data=deep),
        "wrong_types.zip": _bundle(data=_data(round__year="tweeduizend")),
        "oversized_string.zip": _bundle(data=_data(round__title="x" * 5000)),
        "other_round_mixed.zip": _bundle(data=_data(documents__checklist__round_id="2026")),
        "unknown_field.zip": _bundle(data=_data(round__admin=True)),
        "unknown_kind.zip": _bundle(data=_data(documents__macro={"run": "rm -rf /"})),
        "round_id_path.zip": _bundle(
            manifest={**MANIFEST, "round": {"id": "../../x", "year": 2027}},
            data=_data(round__id="../../x"),
        ),
        "not_json.zip": _bundle(data=b"{ dit is geen json"),
    }


def main() -> None:
    for name, content in files().items():
        (HERE / name).write_bytes(content)
        print(f"{name}: {len(content)} bytes")


if __name__ == "__main__":
    main()
