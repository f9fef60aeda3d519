"""The bundle of things a UI session or a CLI command works with."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.i18n import _
from app.storage.recovery import Notice
from app.storage.repository import Repository


@dataclass
class Services:
    repo: Repository

    @classmethod
    def open(
        cls, data_dir: Path, read_only: bool = False, allow_read_only: bool = True
    ) -> Services:
        """Open a data folder (see Repository.open for locking and repair)."""
        return cls(
            Repository.open(Path(data_dir), read_only=read_only, allow_read_only=allow_read_only)
        )

    @property
    def read_only(self) -> bool:
        return self.repo.read_only

    @property
    def notices(self) -> list[Notice]:
        return self.repo.notices

    def notice_texts(self) -> list[str]:
        """Start-up notices in the user's language."""
        return [_(n.message, **n.params) for n in self.repo.notices]

    def close(self) -> None:
        self.repo.close()
