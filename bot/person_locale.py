"""A person's remembered locale: which code may be kept, and when it is used.

Some platforms send a person's locale only now and then (Discord: with a
slash command, never with a message), yet the locale picks the crisis lines
and the language of the crisis wording. So an adapter hands the core each
locale it sees (:meth:`bot.core.Conversation.remember_locale`) and the core
keeps it in the person's memory as the state :data:`LOCALE_STATE`: a short
code such as ``de`` or ``pt-BR`` and nothing else. Kept there, it survives a
restart, reaches every process on a shared database, is shown with the rest
of what is remembered and goes with ``forget``. A message's own locale, when
it has one, always wins. Pure functions; no I/O.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from bot.domain import IncomingMessage

__all__ = ["LOCALE_STATE", "locale_code", "with_remembered_locale"]

LOCALE_STATE = "locale"  # the key in the person's small state
MAX_CHARS = 16  # "zh-Hant-TW" fits; anything longer is not a locale code
# language, then up to three subtags: en-GB, es-419, sr-Latn-RS, pt_BR.
_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}")


def locale_code(text: str | None) -> str | None:
    """``text`` as a locale code fit to keep, or None when it is not one.

    Only the code's own shape passes, so a platform's odd value can never
    put anything else into a person's memory. Never raises.
    """
    code = (text or "").strip()
    return code if len(code) <= MAX_CHARS and _CODE.fullmatch(code) else None


def with_remembered_locale(message: IncomingMessage, state: Mapping[str, str]) -> IncomingMessage:
    """``message`` with the person's remembered locale when it carries none."""
    if message.locale:
        return message
    remembered = locale_code(state.get(LOCALE_STATE))
    return dataclasses.replace(message, locale=remembered) if remembered else message
