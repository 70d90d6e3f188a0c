"""Optional encryption at rest for what people tell heartline.

Fernet (AES-128-CBC with HMAC-SHA256, from the ``cryptography`` package) via
``MultiFernet`` so keys rotate: the first key encrypts, every key decrypts,
and ``rotate`` re-encrypts an old value under the first key. Sealed values
carry a prefix, so rows written before encryption was switched on still read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot.errors import ConfigError, StorageError

__all__ = ["Cipher", "PlainText", "TextCipher", "generate_key"]

_PREFIX = "hl1:"
_KEY_SETTING = "HEARTLINE_ENCRYPTION_KEY"


class Cipher(Protocol):
    encrypted: bool

    def seal(self, text: str) -> str: ...

    def open(self, stored: str) -> str: ...

    def rotate(self, stored: str) -> str: ...


def generate_key() -> str:
    return Fernet.generate_key().decode("ascii")


class PlainText:
    """The no-encryption cipher: values are stored as they are."""

    encrypted = False

    def seal(self, text: str) -> str:
        return text

    def open(self, stored: str) -> str:
        if stored.startswith(_PREFIX):
            raise StorageError(f"the database is encrypted: set {_KEY_SETTING} to read it")
        return stored

    def rotate(self, stored: str) -> str:
        return stored


class TextCipher:
    encrypted = True

    def __init__(self, keys: Sequence[str]) -> None:
        try:
            self._fernet = MultiFernet(
                [Fernet(k.strip().encode("ascii")) for k in keys if k.strip()]
            )
        except (ValueError, TypeError, UnicodeEncodeError):
            raise ConfigError(
                _KEY_SETTING, "each key must be a Fernet key; create one with `heartline keygen`"
            ) from None

    @classmethod
    def from_setting(cls, value: str) -> TextCipher:
        keys = [k for k in value.split(",") if k.strip()]
        if not keys:
            raise ConfigError(_KEY_SETTING, "is empty")
        return cls(keys)

    def seal(self, text: str) -> str:
        return _PREFIX + self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def open(self, stored: str) -> str:
        if not stored.startswith(_PREFIX):
            return stored  # written before encryption was switched on
        try:
            return self._fernet.decrypt(stored[len(_PREFIX) :].encode("ascii")).decode("utf-8")
        except InvalidToken:
            raise StorageError(
                f"a stored value does not decrypt with {_KEY_SETTING}: was a key removed?"
            ) from None

    def rotate(self, stored: str) -> str:
        if not stored.startswith(_PREFIX):
            return self.seal(stored)
        token = self._fernet.rotate(stored[len(_PREFIX) :].encode("ascii"))
        return _PREFIX + token.decode("ascii")
