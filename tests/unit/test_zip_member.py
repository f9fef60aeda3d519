"""The lean member reader (app.exchange.zip_member) reads what zipfile reads
and refuses at least what zipfile refuses: a damaged member, a local header
that does not match the directory, content larger than declared or than the
cap. Members it does not handle go to zipfile."""

from __future__ import annotations

import copy
import io
import zipfile
import zlib

import pytest

from app.exchange.errors import ImportRefused
from app.exchange.reader import open_bundle
from app.exchange.zip_member import read_capped
from tests.bundle_factory import make_bundle

TEXT = b'{"a": "' + b"tekst " * 2000 + b'"}'


def _zip(compression: int = zipfile.ZIP_DEFLATED, text: bytes = TEXT) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        zf.writestr("eerst.txt", b"voor")
        zf.writestr("data.json", text)
    return buffer.getvalue()


def _info(payload: bytes, name: str = "data.json") -> zipfile.ZipInfo:
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        return zf.getinfo(name)


@pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_reads_what_zipfile_reads(compression: int) -> None:
    payload = _zip(compression)
    info = _info(payload)
    assert read_capped(io.BytesIO(payload), info, len(TEXT)) == TEXT
    # more than declared, over the cap: cap + 1 bytes come back (the caller refuses them)
    cap = len(TEXT) - 500
    raw = read_capped(io.BytesIO(payload), info, cap)
    assert raw is not None and len(raw) == cap + 1


@pytest.mark.parametrize("compression", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_other_compressions_are_left_to_zipfile(compression: int) -> None:
    payload = _zip(compression)
    assert read_capped(io.BytesIO(payload), _info(payload), 1 << 20) is None


def _zipfile_refuses(payload: bytes, info: zipfile.ZipInfo) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as zf, zf.open(info) as member:
            member.read()
    except Exception:
        return True
    return False


def _lies(payload: bytes) -> list[tuple[str, zipfile.ZipInfo]]:
    """Directory entries that do not match the member (the directory lies)."""
    info = _info(payload)
    cases = []
    for field, value in [
        ("CRC", info.CRC ^ 1),
        ("orig_filename", "anders.json"),
        ("header_offset", 0),  # the local header of another member
        ("file_size", info.file_size + 1),
        ("file_size", info.file_size - 1),
        ("compress_size", info.compress_size - 1),
    ]:
        lie = copy.copy(info)
        setattr(lie, field, value)
        cases.append((f"{field}={value}", lie))
    return cases


@pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_a_lying_directory_is_refused(compression: int) -> None:
    payload = _zip(compression)
    for label, lie in _lies(payload):
        with pytest.raises(Exception):  # noqa: B017 - any error: the caller says "damaged"
            read_capped(io.BytesIO(payload), lie, 1 << 20)
        if label.startswith(("CRC", "orig_filename", "header_offset")):
            assert _zipfile_refuses(payload, lie), label  # no stricter than needed there


def test_damaged_bytes_and_headers_are_refused() -> None:
    payload = _zip()
    info = _info(payload)
    start = info.header_offset + 30 + len("data.json")
    spoiled = bytearray(payload)
    spoiled[start + 10] ^= 0xFF  # inside the deflated bytes
    with pytest.raises((zipfile.BadZipFile, zlib.error)):
        read_capped(io.BytesIO(bytes(spoiled)), info, 1 << 20)
    spoiled = bytearray(payload)
    spoiled[info.header_offset] = ord("X")  # the local header's signature
    with pytest.raises(zipfile.BadZipFile):
        read_capped(io.BytesIO(bytes(spoiled)), info, 1 << 20)
    with pytest.raises(zipfile.BadZipFile):  # cut off
        read_capped(io.BytesIO(payload[: start + 20]), info, 1 << 20)


def test_a_damaged_data_json_refuses_the_bundle_as_damaged() -> None:
    payload = make_bundle(0).payload
    info = _info(payload)
    start = info.header_offset + 30 + len("data.json") + 40
    spoiled = bytearray(payload)
    spoiled[start] ^= 0xFF
    with pytest.raises(ImportRefused) as refused:
        open_bundle(bytes(spoiled))
    assert "damaged" in refused.value.message
