"""The built-in offline responder: heartline's voice with no model at all.

No weights, no network. It reads the cues of the message (bot.cues), what the
person told it before (facts) and its own earlier replies, then builds a
short reply from the persona's phrasing banks: acknowledge the feeling,
reflect a specific, offer support (a small step only when there is energy),
and ask at most one open question. Each sentence is chosen so it does not
repeat one the person has already read from it.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncGenerator, Sequence
from typing import Any

from bot.cues import Cues, read_cues
from bot.domain import Fact, RiskLevel
from bot.prompt import Prompt, PromptMode
from persona import load_toml

__all__ = ["OfflineResponder"]

# Which feeling to acknowledge first when several are present.
_FEELING_ORDER = (
    "crying",
    "hopeless",
    "overwhelmed",
    "lonely",
    "anxious",
    "angry",
    "tired",
    "numb",
    "sighing",
    "sad",
)
_HEAVY_FEELINGS = frozenset(_FEELING_ORDER)
# Facts worth bringing back unprompted, most meaningful first.
_CALLBACK_ORDER = (
    "job_search",
    "job_loss",
    "friends_moved",
    "breakup",
    "boss",
    "money",
    "grief",
    "therapist",
    "lonely",
    "purpose",
    "pet",
)


class _Chooser:
    """Picks wording that varies by person and turn and avoids repeats."""

    def __init__(self, seed: str, turn: int, shown: Sequence[str]) -> None:
        self._seed = seed
        self._turn = turn
        self._shown = "\n".join(shown)

    def one(self, slot: str, options: Sequence[str], **fill: str) -> str:
        digest = hashlib.blake2s(f"{self._seed}|{slot}|{self._turn}".encode(), digest_size=4)
        start = int.from_bytes(digest.digest(), "big")
        ordered = [options[(start + i) % len(options)] for i in range(len(options))]
        filled = [o.format(**fill) if fill else o for o in ordered]
        fresh = [o for o in filled if o not in self._shown]
        choice = fresh[0] if fresh else filled[0]
        self._shown += "\n" + choice
        return choice


class OfflineResponder:
    """:class:`bot.ports.ChatModel` that needs nothing but this package."""

    def __init__(self, banks: dict[str, Any] | None = None) -> None:
        self._b = banks if banks is not None else load_toml("offline.toml")

    async def aclose(self) -> None:
        return None

    async def stream(self, prompt: Prompt, *, deadline: float) -> AsyncGenerator[str, None]:
        # Yield word by word so adapters exercise the same streaming path.
        text = self.reply(prompt)
        words = text.split(" ")
        for i, word in enumerate(words):
            yield word if i == 0 else " " + word

    def reply(self, prompt: Prompt) -> str:
        """The whole reply for ``prompt``; deterministic for the same input."""
        shown = prompt.recent_replies
        pick = _Chooser(prompt.seed, len(shown), shown)
        cues = read_cues(prompt.user_text)
        parts = self._compose(prompt, cues, pick, shown)
        return " ".join(p for p in parts if p)

    # -- composition -----------------------------------------------------------

    def _compose(
        self, prompt: Prompt, cues: Cues, pick: _Chooser, shown: Sequence[str]
    ) -> list[str]:
        if prompt.risk >= RiskLevel.CONCERN:
            return self._concern(pick, cues)
        b = self._b
        facts = list(prompt.facts)
        heavy = bool(set(cues.feelings) & _HEAVY_FEELINGS) or bool(cues.topics)
        ask = prompt.mode is PromptMode.NORMAL  # concern mode: the core adds the one question
        if cues.wants("about_bot"):
            return [pick.one("about", b["about_bot"]["lines"]), self._q(pick, "open", ask)]
        if cues.wants("topic_change"):
            return [self._light_invite(pick, facts)]
        hurting = bool(set(cues.feelings) & _HEAVY_FEELINGS)
        if cues.wants("goodbye") and not hurting:
            lift = pick.one("lifted", b["lifted"]["lines"]) if cues.wants("lifted") else ""
            return [lift, pick.one("closing", b["closing"]["lines"])]
        if cues.wants("greeting") and not heavy:
            return self._greeting(pick, facts, ask)
        if (cues.wants("lifted") or cues.wants("therapist")) and not hurting:
            return self._lifted(pick, cues, ask)
        if not heavy and (cues.light or self._was_light(shown)):
            return self._light_follow(pick, cues, ask)
        if cues.wants("no_energy"):
            return [
                pick.one("backoff", b["backoff"]["lines"]),
                pick.one("presence", b["presence"]["lines"]),
                self._q(pick, "backoff", ask),
            ]
        return self._support(pick=pick, cues=cues, facts=facts, shown=shown, ask=ask)

    def _concern(self, pick: _Chooser, cues: Cues) -> list[str]:
        """A wish to be dead, feeling a burden, a friend at risk: name the feeling
        and stay. No topic reflection (the "sleep" in "sleep and not wake up" is
        not about sleep), no light talk, no question: the core adds the check-in."""
        feeling = next((f for f in _FEELING_ORDER if f in cues.feelings), None)
        ack = self._b["ack"][feeling] if feeling else self._b["concern"]["ack"]
        return [
            pick.one(f"ack_{feeling or 'concern'}", ack),
            pick.one("presence", self._b["presence"]["lines"]),
        ]

    def _q(self, pick: _Chooser, kind: str, ask: bool) -> str:
        return pick.one(f"q_{kind}", self._b["question"][kind]) if ask else ""

    def _greeting(self, pick: _Chooser, facts: list[Fact], ask: bool) -> list[str]:
        b = self._b
        callback = self._callback(pick, facts)
        if callback:
            return [pick.one("greet", b["greeting"]["returning"]), callback]
        return [
            pick.one("greet", b["greeting"]["new"]),
            pick.one("presence", b["presence"]["lines"]),
            self._q(pick, "greeting", ask),
        ]

    def _light_invite(self, pick: _Chooser, facts: list[Fact]) -> str:
        enjoys = [f for f in facts if f.key == "enjoys" and f.detail]
        if enjoys:
            return pick.one(
                "light_known", self._b["light_invite"]["known"], detail=enjoys[-1].detail
            )
        return pick.one("light_invite", self._b["light_invite"]["lines"])

    def _was_light(self, shown: Sequence[str]) -> bool:
        if not shown:
            return False
        last = shown[-1]
        b = self._b
        banks = [b["light_invite"]["lines"], b["question"]["light"]]
        banks += [v for v in b["light_follow"].values() if isinstance(v, list)]
        return any(line in last for bank in banks for line in bank if "{" not in line)

    def _light_follow(self, pick: _Chooser, cues: Cues, ask: bool) -> list[str]:
        follow = self._b["light_follow"]
        title = cues.details.get("favorite")
        if title:
            first = pick.one("light_named", follow["named"], detail=title)
        else:
            kind = next((k for k in cues.light if k in follow), "general")
            first = pick.one("light_follow", follow[kind])
        return [first, self._q(pick, "light", ask)]

    def _lifted(self, pick: _Chooser, cues: Cues, ask: bool) -> list[str]:
        b = self._b
        if cues.wants("therapist"):
            parts = [pick.one("therapist", b["therapist_support"]["lines"])]
        else:
            parts = [pick.one("lifted", b["lifted"]["lines"])]
        parts.append(self._q(pick, "lifted", ask))
        return parts

    def _callback(self, pick: _Chooser, facts: list[Fact]) -> str:
        by_key = {f.key: f for f in facts}
        memory = self._b["memory"]
        for key in (*_CALLBACK_ORDER, "enjoys"):
            fact = by_key.get(key)
            if fact is None or key not in memory:
                continue
            if "{detail}" in memory[key][0] and not fact.detail:
                continue
            return pick.one(f"memory_{key}", memory[key], detail=fact.detail)
        return ""

    def _support(
        self,
        *,
        pick: _Chooser,
        cues: Cues,
        facts: list[Fact],
        shown: Sequence[str],
        ask: bool,
    ) -> list[str]:
        b = self._b
        feeling = next((f for f in _FEELING_ORDER if f in cues.feelings), "general")
        parts = [pick.one(f"ack_{feeling}", b["ack"][feeling])]
        reflect = self._reflect(pick, cues)
        callback = "" if reflect or cues.topics else self._callback(pick, facts)
        if reflect:
            parts.append(reflect)
        turn = len(shown)
        if cues.wants("wants_steps"):
            parts.append(pick.one("step", b["step"]["lines"]))
            parts.append(self._q(pick, "steps", ask))
            return parts
        support = "normalize" if turn % 2 else "presence"
        parts.append(pick.one(support, b[support]["lines"]))
        # A counselor is suggested once, after a few heavy turns, never as a brush-off.
        if turn >= 4 and not _mentioned(shown, b["therapist_suggest"]):
            parts.append(pick.one("therapist", b["therapist_suggest"]["lines"]))
        elif callback and ask:
            parts.append(callback)
            return parts
        parts.append(self._q(pick, "open", ask))
        return parts

    def _reflect(self, pick: _Chooser, cues: Cues) -> str:
        reflect = self._b["reflect"]
        for topic in cues.topics:
            if topic == "friends_moved" and "place" in cues.details:
                return pick.one(
                    "reflect", reflect["friends_moved_place"], detail=cues.details["place"]
                )
            if topic in reflect:
                return pick.one(f"reflect_{topic}", reflect[topic])
        return ""


def _mentioned(shown: Sequence[str], bank: dict[str, list[str]]) -> bool:
    return any(line in reply for reply in shown for line in bank["lines"])
