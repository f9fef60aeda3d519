"""Crash-safe storage on TinyDB: the only package that imports tinydb.

Layout of a data folder (see app.paths.DataPaths): ``aantafel.json`` holds the
organisation, the list of rounds and settings; ``rondes/<id>.json`` holds one
round's documents, so an edit in one round never rewrites another (design §7).
"""

from app.storage.errors import (
    DataFolderInUse,
    NewerSchemaError,
    ReadOnlyError,
    StorageError,
)

__all__ = ["DataFolderInUse", "NewerSchemaError", "ReadOnlyError", "StorageError"]
