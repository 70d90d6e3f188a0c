"""heartline's one error tree.

    HeartlineError
    ├── ConfigError       a setting is missing or wrong; the message names the key
    ├── StorageError      the database could not be read or written
    │   └── CorruptDatabaseError   the file is not a usable SQLite database
    ├── ModelError        the model server failed, timed out or sent garbage
    └── InputError        a message the core cannot take as it is

Foreign exceptions are translated where they enter (``raise ... from exc``),
so the core and the adapters only ever catch these.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "CorruptDatabaseError",
    "HeartlineError",
    "InputError",
    "ModelError",
    "StorageError",
]


class HeartlineError(Exception):
    """Base of every error heartline raises on purpose."""


class ConfigError(HeartlineError):
    """``str()`` is "KEY: problem"; ``problem`` alone suits a line that names the key itself."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


class StorageError(HeartlineError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class ModelError(HeartlineError):
    """The model could not produce a usable reply.

    ``partial`` is true when some text had already been streamed.
    """

    def __init__(self, reason: str, *, partial: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.partial = partial


class InputError(HeartlineError):
    pass
