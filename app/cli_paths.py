"""Checks on paths given on the command line, before anything is written.

``backup --out <data folder>/aantafel.json`` once overwrote the main data file
with a zip and exited 0; the next start "repaired" it from an older backup and
the user's organisation and rounds were gone. Every command that writes a file
therefore goes through :func:`output_file`: the right suffix, never inside the
data folder, never over an existing file without ``--force``, and the folder
must exist. A refusal is an :class:`InvalidInput` (exit 2, one Dutch line).
"""

from __future__ import annotations

from pathlib import Path

from models.base import InvalidInput
from models.text import N_

SUFFIX_EXAMPLES = {".zip": "ronde-2027.zip", ".pdf": "brief.pdf", ".ics": "agenda.ics"}


def output_file(text: str | Path, data_dir: Path, suffix: str, force: bool = False) -> Path:
    """The absolute path to write, or InvalidInput saying why not."""
    out = Path(text).expanduser()
    if out.is_dir():
        raise InvalidInput(
            N_("{file} is a folder. Give a file name that ends in {suffix}."),
            file=str(out),
            suffix=suffix,
        )
    if out.suffix.lower() != suffix:
        raise InvalidInput(
            N_("The file name must end in {suffix}, for example {example}."),
            suffix=suffix,
            example=SUFFIX_EXAMPLES.get(suffix, "bestand" + suffix),
        )
    out = out.resolve()  # follows symbolic links: a link into the data folder counts
    data = data_dir.expanduser().resolve()
    if out == data or out.is_relative_to(data):
        raise InvalidInput(
            N_(
                "Aan Tafel does not write {file} inside its data folder, so your data cannot be "
                "overwritten. Choose another folder."
            ),
            file=str(out),
        )
    if not out.parent.is_dir():
        raise InvalidInput(N_("The folder {folder} does not exist."), folder=str(out.parent))
    if out.exists() and not force:
        raise InvalidInput(
            N_("{file} already exists. Choose another name, or add --force to overwrite it."),
            file=str(out),
        )
    return out


def data_folder(path: Path, must_exist: bool = False) -> Path:
    """Refuse a --data-dir that is a file (or, for reading commands, missing)."""
    if path.exists() and not path.is_dir():
        raise InvalidInput(
            N_("{folder} is a file, not a folder. Give a folder with --data-dir."),
            folder=str(path),
        )
    if must_exist and not path.is_dir():
        raise InvalidInput(N_("There is no data folder at {folder}."), folder=str(path))
    return path
