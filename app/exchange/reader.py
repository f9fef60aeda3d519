"""Reads and validates an export bundle, safely, without extracting anything.

Order of checks (each refusal is an ``ImportRefused`` with a Dutch-translatable
message; nothing is written anywhere):

1. file size; is it a zip at all (damaged or truncated zips are refused);
2. the zip directory: member count, names (absolute paths, ``..``, backslashes,
   drive letters, duplicates: a "zip slip" file is refused even though we never
   extract), encryption, declared sizes and compression ratios (a zip bomb is
   refused before anything is decompressed);
3. manifest.json and data.json are read into memory with a hard byte cap
   (declared sizes can lie), parsed strictly (``safejson``);
4. the manifest: format name, schema version (newer refused; older upgraded);
5. every record validated with its pydantic model: unknown fields, wrong
   types and over-long text are refused, as are unknown document kinds and
   records that belong to another round.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from app.exchange import limits
from app.exchange.errors import ImportRefused
from app.exchange.registry import REGISTRY
from app.exchange.safejson import loads_strict
from app.exchange.schema import FORMAT, BundleData, Manifest, check_version, upgrade
from app.exchange.writer import DATA, MANIFEST
from app.exchange.zip_directory import read_directory
from app.exchange.zip_member import read_capped
from models.round import ROUND_ID_PATTERN
from models.text import N_

T = TypeVar("T")

_BAD_NAME = re.compile(r"(^[/\\])|(^[A-Za-z]:)|\\|(^|/)\.\.(/|$)|[\x00-\x1f]")


class _Identity:
    """Whose bundle it is, for reading many at once (``app.exchange.bulk``)."""

    manifest: Manifest
    data: BundleData

    @property
    def organisation_name(self) -> str:
        organisation = self.data.organisation
        return self.manifest.organisation or (organisation.name if organisation else "")

    @property
    def year(self) -> int:
        return self.data.round.year

    @property
    def created(self) -> dt.datetime:
        return self.manifest.created


@dataclass(frozen=True)
class Bundle(_Identity):
    """A validated bundle: safe to preview and to import."""

    manifest: Manifest
    data: BundleData
    #: The validated round documents, by kind.
    documents: dict[str, BaseModel]
    members: list[str]


def _refuse_damaged() -> ImportRefused:
    return ImportRefused(
        N_("This file is damaged or is not an Aan Tafel export (a .zip file) at all.")
    )


class _Member(Protocol):
    """What the checks read of a member: a ``zipfile.ZipInfo`` or a
    ``zip_directory.Entry``."""

    @property
    def filename(self) -> str: ...
    @property
    def flag_bits(self) -> int: ...
    @property
    def file_size(self) -> int: ...
    @property
    def compress_size(self) -> int: ...


def _unsafe_name(name: str) -> bool:
    if (  # most names: plainly none of what _BAD_NAME looks for
        name.isprintable()
        and "\\" not in name
        and ".." not in name
        and name[:1] != "/"
        and name[1:2] != ":"
    ):
        return len(name) > limits.MAX_NAME_LENGTH
    return len(name) > limits.MAX_NAME_LENGTH or bool(_BAD_NAME.search(name))


def _check_directory(infos: Sequence[_Member]) -> None:
    if len(infos) > limits.MAX_MEMBERS:
        raise ImportRefused(N_("The file contains too many parts to be an Aan Tafel export."))
    names: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if _unsafe_name(name):
            raise ImportRefused(
                N_("The file contains a part with an unsafe name ({name}). It is not imported."),
                name=name[:60],
            )
        if name in names:
            raise ImportRefused(
                N_("The file contains the part {name} twice. It is not imported."), name=name[:60]
            )
        names.add(name)
        if info.flag_bits & 0x1:
            raise ImportRefused(N_("The file is locked with a password. It cannot be imported."))
        total += info.file_size
        if info.file_size > limits.RATIO_EXEMPT_BYTES and info.file_size > limits.MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise _too_big()
    if total > limits.MAX_TOTAL_UNCOMPRESSED:
        raise _too_big()


def _too_big() -> ImportRefused:
    return ImportRefused(N_("The file is too large when unpacked. It is not imported."))


def _read_member(fh: IO[bytes], members: dict[str, Any], name: str, cap: int) -> bytes:
    info = members.get(name)
    if info is None:
        raise ImportRefused(
            N_("The file is not an Aan Tafel export: {file} is missing."), file=name
        )
    if info.file_size > cap:
        raise _too_big()
    raw = read_capped(fh, info, cap)
    if raw is None:  # not stored or deflated: zipfile's own reader
        with zipfile.ZipFile(fh) as zf, zf.open(zf.getinfo(name)) as member:
            raw = member.read(cap + 1)
    if len(raw) > cap:
        raise _too_big()
    return raw


def validation_refusal(errors: Sequence[Mapping[str, Any]], where: str) -> ImportRefused:
    """The refusal for a value the validation refused (``where``: the file or
    record; the first error names the field)."""
    location = ".".join(str(p) for p in errors[0]["loc"])[:80] if errors else ""
    too_many = [e for e in errors if e["type"] == "too_long"]
    if too_many:  # a list over its cap (issue 11 item 7): say which and how many
        first = too_many[0]
        return ImportRefused(
            N_(
                "The file is refused: {where} has more items in {field} than Aan Tafel "
                "allows (at most {maximum})."
            ),
            where=where,
            field=".".join(str(p) for p in first["loc"])[:80] or "?",
            maximum=(first.get("ctx") or {}).get("max_length", "?"),
        )
    return ImportRefused(
        N_("The file is not in order: {where} has a wrong or too long value ({field})."),
        where=where,
        field=location or "?",
    )


M = TypeVar("M")
D = TypeVar("D")


def validate_parts(
    raw_manifest: Any,
    raw_data: Any,
    manifest_as: Callable[[Any], M],
    data_as: Callable[[Any], D],
) -> tuple[M, D]:
    """The manifest's format and version checked, then the manifest validated
    with ``manifest_as`` and data.json, brought up to this version, with
    ``data_as`` (the models, or their plain-dict validators)."""
    if not isinstance(raw_manifest, dict):
        raise ImportRefused(N_("The file is not an Aan Tafel export: the manifest is wrong."))
    if raw_manifest.get("format") != FORMAT:
        raise ImportRefused(
            N_("This is not an Aan Tafel export: the format name is wrong or missing.")
        )
    version = raw_manifest.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportRefused(N_("The file is not an Aan Tafel export: the manifest is wrong."))
    check_version(version)
    try:
        manifest = manifest_as(raw_manifest)
    except ValidationError as exc:
        raise validation_refusal(exc.errors(), MANIFEST) from None
    if not isinstance(raw_data, dict):
        raise ImportRefused(N_("The file is not in order: {where} is wrong."), where=DATA)
    upgraded = upgrade(raw_data, version)
    try:
        data = data_as(upgraded)
    except ValidationError as exc:
        raise validation_refusal(exc.errors(), DATA) from None
    return manifest, data


@lru_cache(maxsize=1024)
def _valid_round_id(round_id: str) -> bool:
    """Cached: hundreds of bundles share a few round ids ("2026", "2027")."""
    return ROUND_ID_PATTERN.match(round_id) is not None


def check_round(manifest_round_id: str, round_id: str) -> None:
    """The round's code is a valid one and the manifest names the same round."""
    if not _valid_round_id(round_id):  # it becomes a file name
        raise ImportRefused(N_("The file is not in order: the round has an invalid code."))
    if manifest_round_id != round_id:
        raise ImportRefused(N_("The file is not in order: the manifest names another round."))


def validate_document(data: BundleData, kind: str) -> BaseModel:
    """One round record of ``data`` validated with its model: a wrong value
    or a record of another round is refused."""
    try:
        record = REGISTRY[kind].model.model_validate(data.documents[kind])
    except ValidationError as exc:
        raise validation_refusal(exc.errors(), kind[:40]) from None
    check_record_round(getattr(record, "round_id", data.round.id), data.round.id)
    return record


def check_record_round(record_round_id: object, round_id: str) -> None:
    """A round record belongs to the bundle's round."""
    if record_round_id != round_id:
        raise ImportRefused(
            N_("The file is not in order: it mixes in data of another round ({other})."),
            other=str(record_round_id)[:40],
        )


def check_kinds(kinds: Iterable[str]) -> None:
    """Every kind of round record is one this version knows."""
    for kind in kinds:
        if kind not in REGISTRY:
            raise ImportRefused(
                N_(
                    "The file contains a kind of data this version of Aan Tafel does not "
                    "know ({kind}). Update the app and try again."
                ),
                kind=kind[:40],
            )


@dataclass(frozen=True)
class OpenedBundle(_Identity):
    """A bundle whose zip, JSON, manifest, round and profile passed every check;
    its round records are known kinds but not yet validated (see
    :func:`validate_document`)."""

    manifest: Manifest
    data: BundleData
    members: list[str]


def open_bundle(source: Path | bytes) -> OpenedBundle:
    """Every check of :func:`read_bundle` except validating each round record.

    An import uses :func:`read_bundle`; Vergelijken reads plain data
    (``app.exchange.plain_reader``) with the same checks.
    """
    return open_with(source, _as_models)


def _as_models(members: list[str], raw_manifest: Any, raw_data: Any) -> OpenedBundle:
    manifest, data = validate_parts(
        raw_manifest, raw_data, Manifest.model_validate, BundleData.model_validate
    )
    check_round(manifest.round.id, data.round.id)
    check_kinds(data.documents)
    return OpenedBundle(manifest, data, members)


def open_with(source: Path | bytes, finish: Callable[[list[str], Any, Any], T]) -> T:
    """The zip and its two JSON parts read and checked (size, directory, caps,
    strict JSON); then ``finish(members, manifest, data)`` validates them."""
    if isinstance(source, bytes):
        _check_size(len(source))
        parts = _read_parts(io.BytesIO(source), len(source))
    else:
        try:
            # a path or a str, without pathlib's cost; unbuffered: each read
            # is a whole part (the directory, a member), so a buffer only copies
            with open(source, "rb", buffering=0) as fh:
                size = os.fstat(fh.fileno()).st_size
                _check_size(size)
                parts = _read_parts(fh, size)
        except OSError:
            raise ImportRefused(
                N_("The file could not be opened. Check the name and try again.")
            ) from None
    return finish(*parts)


def _check_size(size: int) -> None:
    if size > limits.MAX_FILE_BYTES:
        raise ImportRefused(N_("The file is too large to be an Aan Tafel export."))


def read_bundle(source: Path | bytes) -> Bundle:
    """Read and validate a bundle from a path or from bytes (web upload)."""
    opened = open_bundle(source)
    documents = {kind: validate_document(opened.data, kind) for kind in opened.data.documents}
    return Bundle(opened.manifest, opened.data, documents, opened.members)


def _read_parts(fh: IO[bytes], size: int) -> tuple[list[str], Any, Any]:
    """The member names, and manifest.json and data.json parsed (checks 1-3)."""
    try:
        infos: Sequence[Any] | None = read_directory(fh, size)
        if infos is None:  # not a plain zip: zipfile reads (or refuses) it
            with zipfile.ZipFile(fh) as zf:
                infos = zf.infolist()
    except Exception:
        # A damaged central directory surfaces as many types: BadZipFile, EOFError,
        # struct.error, even NotImplementedError ("zip file version 6.4") when
        # noise lands on a version field. All mean the same to the user: damaged.
        raise _refuse_damaged() from None
    _check_directory(infos)
    members = {info.filename: info for info in infos}
    try:
        raw_manifest = _read_member(fh, members, MANIFEST, limits.MAX_MANIFEST_BYTES)
        raw_data = _read_member(fh, members, DATA, limits.MAX_DATA_BYTES)
    except ImportRefused:
        raise
    except Exception:  # CRC errors, truncated data, unknown compression
        raise _refuse_damaged() from None
    return list(members), loads_strict(raw_manifest, MANIFEST), loads_strict(raw_data, DATA)
