"""The Discord language a person last used with heartline, for their crisis lines.

Discord sends no locale with a message, only with an interaction: the
language of the person's own client (``en-GB``, ``de``, ``pt-BR``). So the
language seen on a person's last slash command is remembered here and given
to the core with their later messages, where it picks the crisis lines.
A server's ``preferred_locale`` is not used: it is the server's setting, not
the person's, and is often left at Discord's default, en-US, which would show
people elsewhere a US emergency number. Until a person runs a command their
messages carry no locale and the core uses ``HEARTLINE_DEFAULT_COUNTRY``.

Kept in this process only (user id → locale code, nothing else), for the
most recent :data:`REMEMBERED` people; a restart forgets it.
"""

from __future__ import annotations

from collections import OrderedDict

__all__ = ["REMEMBERED", "PersonLocales"]

REMEMBERED = 50_000  # people; an id and a short code each, a few MB at most


class PersonLocales:
    def __init__(self, size: int = REMEMBERED) -> None:
        self._size = size
        self._seen: OrderedDict[int, str] = OrderedDict()

    def remember(self, user_id: int, locale: str) -> None:
        """``locale`` (Discord's code) as this person's, the newest kept."""
        self._seen[user_id] = locale
        self._seen.move_to_end(user_id)
        while len(self._seen) > self._size:
            self._seen.popitem(last=False)

    def get(self, user_id: int) -> str | None:
        """The person's last seen locale, or None when none was seen."""
        return self._seen.get(user_id)
