"""The lean directory reader (app.exchange.zip_directory) gives, for a plain
zip, exactly the members zipfile gives; for any other file it gives None and
leaves the file to zipfile, so it never accepts what zipfile refuses."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.exchange.zip_directory import read_directory
from tests.bundle_factory import make_bundle

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
FIELDS = ("filename", "orig_filename", "flag_bits", "compress_type", "CRC")
SIZES = ("compress_size", "file_size", "header_offset")


def _zipfile_members(payload: bytes) -> list[tuple[object, ...]] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as zf:
            return [tuple(getattr(i, f) for f in FIELDS + SIZES) for i in zf.infolist()]
    except Exception:
        return None


def _ours(payload: bytes) -> list[tuple[object, ...]] | None:
    entries = read_directory(io.BytesIO(payload), len(payload))
    if entries is None:
        return None
    return [tuple(getattr(e, f) for f in FIELDS + SIZES) for e in entries]


def _zip(*, comment: bytes = b"", extra: bytes = b"", names: tuple[str, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in names or ("manifest.json", "data.json"):
            info = zipfile.ZipInfo(name)
            info.extra = extra
            zf.writestr(info, b"{}" * 50)
        zf.comment = comment
    return buffer.getvalue()


def test_the_apps_own_bundles_are_read_as_zipfile_reads_them() -> None:
    for i in range(5):
        payload = make_bundle(i).payload
        assert _ours(payload) is not None  # the lean path is taken
        assert _ours(payload) == _zipfile_members(payload)


def test_non_ascii_names_as_zipfile_decodes_them() -> None:
    payload = _zip(names=("tabellen/één.csv", "data.json"))  # UTF-8 flag set
    assert _ours(payload) == _zipfile_members(payload) is not None
    # a name in cp437 (no UTF-8 flag): the byte 0x82 is é
    cp437 = _zip(names=("tabellen/Xx.csv",)).replace(b"Xx.csv", b"\x82x.csv")
    assert _ours(cp437) == _zipfile_members(cp437) is not None
    assert _ours(cp437)[0][0] == "tabellen/éx.csv"  # type: ignore[index]


@pytest.mark.parametrize(
    "payload",
    [
        _zip(comment=b"een opmerking"),
        _zip(extra=b"\x55\x54\x05\x00\x01\x00\x00\x00\x00"),  # an extended timestamp
        b"prepended " + _zip(),
        _zip(names=("aXb.json", "data.json")).replace(b"aXb", b"a\x00b"),  # zipfile cuts at NUL
        b"",
        b"PK\x05\x06",
    ],
)
def test_anything_but_a_plain_zip_is_left_to_zipfile(payload: bytes) -> None:
    assert _ours(payload) is None


def test_the_catalogue_of_bad_files() -> None:
    for path in sorted(BAD.glob("*.zip")):
        payload = path.read_bytes()
        ours = _ours(payload)
        assert ours is None or ours == _zipfile_members(payload), path.name


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_spoiled_zip_is_never_read_where_zipfile_would_not(data: st.DataObject) -> None:
    payload = bytearray(_zip(names=("manifest.json", "data.json", "tabellen/a.csv")))
    directory = payload.rfind(b"PK\x01\x02", 0, payload.rfind(b"PK\x01\x02"))
    # spoil a few bytes, mostly in the directory and the end record
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(max(0, directory - 60), len(payload) - 1))
        payload[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, 3))
    spoiled = bytes(payload[: len(payload) - cut] if cut else payload)
    ours = _ours(spoiled)
    assert ours is None or ours == _zipfile_members(spoiled)
