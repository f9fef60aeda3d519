"""The central directory of a plain zip, read lean.

``zipfile.ZipFile`` builds a ``ZipInfo`` per member (a Python object with
twenty attributes, its extra field decoded, its name decoded through the
cp437 codec's Python code): for the ten members of hundreds of bundles that
was most of opening them. An export written by the app is a *plain* zip:
no archive comment, no zip64 records, nothing in front of the zip, no extra
fields. For such a file this reads the directory into :class:`Entry` tuples
with exactly the values ``zipfile`` would give (name, flags, method, CRC,
sizes, offset); for anything else it returns ``None`` and the caller lets
``zipfile`` read (or refuse) the file, so nothing is accepted that
``zipfile`` would refuse and no odd zip is read differently.
"""

from __future__ import annotations

import os
import struct
from typing import IO, NamedTuple

#: The end of central directory record (``zipfile.structEndArchive``) and a
#: central directory entry (``zipfile.structCentralDir``).
_END = struct.Struct("<4s4H2LH")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END_MAGIC = b"PK\x05\x06"
_CENTRAL_MAGIC = b"PK\x01\x02"
#: The zip64 end of central directory locator, right before the end record.
_LOCATOR_MAGIC = b"PK\x06\x07"
_LOCATOR_SIZE = 20
#: The highest "version needed to extract" zipfile reads (MAX_EXTRACT_VERSION).
_MAX_VERSION = 63
_UTF8 = 0x800


class Entry(NamedTuple):
    """One member, with the ``zipfile.ZipInfo`` attributes the reader uses."""

    filename: str
    flag_bits: int
    compress_type: int
    CRC: int  # ZipInfo's name
    compress_size: int
    file_size: int
    header_offset: int

    @property
    def orig_filename(self) -> str:
        return self.filename  # a plain zip's names need no cleaning


def read_directory(fh: IO[bytes], size: int) -> list[Entry] | None:
    """The members of the zip in ``fh`` (``size`` bytes), in directory order,
    or ``None`` when it is not a plain zip (see the module's docstring)."""
    if size < _END.size:
        return None
    fh.seek(max(0, size - _END.size - _LOCATOR_SIZE))
    last = fh.read()
    if len(last) < _END.size:
        return None
    magic, _disk, _start, _here, _total, dir_size, dir_offset, comment = _END.unpack_from(
        last, len(last) - _END.size
    )
    if (
        magic != _END_MAGIC
        or comment
        or last[: len(_LOCATOR_MAGIC)] == _LOCATOR_MAGIC
        or dir_offset + dir_size != size - _END.size  # data in front, or a wrong directory
    ):
        return None
    fh.seek(dir_offset)
    directory = fh.read(dir_size)
    if len(directory) != dir_size:
        return None
    entries: list[Entry] = []
    at = 0
    unpack = _CENTRAL.unpack_from
    while at < dir_size:
        if at + _CENTRAL.size > dir_size:
            return None
        fields = unpack(directory, at)
        start = at + _CENTRAL.size
        at = start + fields[12] + fields[13] + fields[14]  # name, extra, comment
        if fields[0] != _CENTRAL_MAGIC or fields[3] > _MAX_VERSION or fields[13] or at > dir_size:
            return None
        raw = directory[start : start + fields[12]]
        flags = fields[5]
        if flags & _UTF8:
            try:
                name = raw.decode("utf-8")
            except UnicodeDecodeError:
                return None
        elif raw.isascii():  # cp437 is ASCII in its lower half
            name = raw.decode("ascii")
        else:
            name = raw.decode("cp437")
        if "\x00" in name or (os.sep != "/" and os.sep in name):
            return None  # zipfile cleans such names: it reads this file
        entries.append(Entry(name, flags, fields[6], fields[9], fields[10], fields[11], fields[18]))
    return entries
