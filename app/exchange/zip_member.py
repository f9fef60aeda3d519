"""Reading one member of a zip into memory with a hard cap, lean.

``ZipFile.open(...).read()`` builds a file object with its own buffering
for every member; Vergelijken reads two members of hundreds of bundles, and
that machinery cost about as much as inflating the bytes. For the members an
export has (stored or deflated, not encrypted, sizes that fit the cap) this
reads the local header and the compressed bytes in one go and inflates them
with ``zlib``, with the checks ``zipfile`` makes: the local header's
signature, its name equal to the directory's, the CRC, and the size the
directory declares (which ``zipfile`` cuts the output to; here it must
match, and a deflated stream must be complete). Anything else returns
``None``: the caller uses ``zipfile``.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from typing import IO

#: The local file header (``zipfile.structFileHeader``): its signature, and
#: where the lengths of the name and of the extra field are.
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_LOCAL_MAGIC = b"PK\x03\x04"
_ENCRYPTED, _PATCHED, _UTF8 = 0x1, 0x20, 0x800


def read_capped(fh: IO[bytes], info: zipfile.ZipInfo, cap: int) -> bytes | None:
    """The member's bytes (more than ``cap`` of them when it is too large:
    at most ``cap + 1``), or ``None`` when this member is not a plain one.

    Raises ``zipfile.BadZipFile`` when the member is damaged.
    """
    if (
        info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
        or info.flag_bits & (_ENCRYPTED | _PATCHED)
        or info.compress_size > cap + 1024
    ):
        return None
    fh.seek(info.header_offset)
    header = fh.read(_LOCAL.size)
    if len(header) != _LOCAL.size:
        raise zipfile.BadZipFile("truncated local header")
    fields = _LOCAL.unpack(header)
    if fields[0] != _LOCAL_MAGIC:
        raise zipfile.BadZipFile("bad local header")
    name_length, extra_length = fields[10], fields[11]
    rest = fh.read(name_length + extra_length + info.compress_size)
    if len(rest) != name_length + extra_length + info.compress_size:
        raise zipfile.BadZipFile("truncated member")
    name = rest[:name_length].decode("utf-8" if info.flag_bits & _UTF8 else "cp437")
    if name != info.orig_filename:
        raise zipfile.BadZipFile("the local name differs from the directory's")
    packed = memoryview(rest)[name_length + extra_length :]
    if info.compress_type == zipfile.ZIP_STORED:
        raw, complete = bytes(packed[: cap + 1]), True
    else:
        inflate = zlib.decompressobj(-15)
        raw = inflate.decompress(packed, cap + 1)
        complete = inflate.eof
    if len(raw) > cap:
        return raw
    if not complete or len(raw) != info.file_size or zlib.crc32(raw) != info.CRC:
        raise zipfile.BadZipFile("bad CRC or size, or cut off")
    return raw
