"""The shape of a screening rule and the helper the pattern tables use.

Owns the :class:`Rule` type only; the tables live in the ``patterns_*``
modules and the judgement that combines hits in :mod:`bot.risk.screener`.

Rules are written against folded text (see :mod:`bot.risk.normalize`):
lowercase ASCII words separated by single spaces, sentence ends as the
token ``.``. A rule is a ``lead`` (the literal phrases a match starts with)
and the pattern that follows it. The screener never scans text with a rule:
it finds where a lead's first word occurs and tries the rule there with
``re.match``, and only when one of the rule's ``needs`` words occurs in the
message at all. A rule may also require ``back``: a frame that must end
right before the lead ("I'll" before "do it"), checked only after the lead
matched. That keeps screening a 500-character message within tens of
microseconds however many rules there are; the builder refuses a signal
rule that both starts with and needs :data:`COMMON_WORDS`, so a careless
rule cannot undo that.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from bot.domain import RiskLevel

__all__ = ["COMMON_WORDS", "Kind", "Rule", "Tense", "alt", "cue", "imminent", "leveled", "rule"]

#: Words in nearly every message. A signal rule may start with them or need
#: them, not both: that rule would be tried at dozens of places per message.
COMMON_WORDS: frozenset[str] = frozenset(
    [
        "i",
        "im",
        "me",
        "my",
        "to",
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "it",
        "its",
        "is",
        "am",
        "are",
        "was",
        "be",
        "this",
        "that",
        "so",
        "just",
        "you",
        "u",
        "not",
        "no",
        "have",
        "for",
        "with",
        "but",
        "they",
        "he",
        "she",
        "we",
    ]
)


class Kind(enum.Enum):
    SIGNAL = "signal"  # says something about risk; has a level
    IDIOM = "idiom"  # a figure of speech; hides the signals it overlaps
    TIMELINE = "timeline"  # a time for acting, anywhere in the sentence
    TIMELINE_AFTER = "timeline_after"  # "now", "today": counts only after the act
    PAST = "past"  # "years ago", "when I was 15", "used to"
    RECENT = "recent"  # "last night", "yesterday", "again"
    RECOVERY = "recovery"  # "I'm okay now", "two years clean"


class Tense(enum.Enum):
    PRESENT = "present"  # "I want to die"
    EVENT = "event"  # something done: "I cut myself", "I tried to"; recent unless told otherwise
    STATE = "state"  # a feeling in the past: "I wanted to die", "I was suicidal"


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern and what a hit on it means.

    ``level`` is the level of a first-person, present, non-negated hit.
    ``context_level`` is what the hit becomes once the person has shown
    concern or more (earlier in the message or in recent messages), for cues
    that mean little alone ("I have a plan", "tonight"). ``recent_level`` is
    the level of an EVENT with a recency marker ("last night"). ``jokable``
    hits may be capped at concern by a joking frame. ``personal`` hits go
    through the negation and whose-words checks. ``timed`` ideation becomes
    ``imminent`` with a time for acting in its sentence; a state that is not an
    act ("the only reason I'm alive today") is not timed. A ``now`` hit says in its own
    words that the thought is back today ("... y hoy lo vuelvo a pensar"): a past
    earlier in its sentence dates the first time, not it. ``starts`` are the words a
    match begins with; ``needs`` the words of which one must occur at all;
    ``leads`` the literal phrases a match begins with, longest first.
    """

    name: str
    kind: Kind
    starts: frozenset[str]
    needs: frozenset[str]
    regex: re.Pattern[str]
    leads: tuple[str, ...] = ()
    back: re.Pattern[str] | None = None
    level: RiskLevel = RiskLevel.NONE
    reasons: tuple[str, ...] = ()
    context_level: RiskLevel | None = None
    recent_level: RiskLevel | None = None
    tense: Tense = Tense.PRESENT
    jokable: bool = False
    personal: bool = True
    timed: bool = True
    now: bool = False


def alt(*parts: str) -> str:
    """A non-capturing alternation of pattern fragments."""
    return "(?:" + "|".join(parts) + ")"


def rule(
    name: str,
    lead: str,
    rest: str = "",
    *,
    needs: str = "",
    back: str = "",
    kind: Kind = Kind.SIGNAL,
    level: RiskLevel = RiskLevel.NONE,
    reasons: str = "",
    context_level: RiskLevel | None = None,
    recent_level: RiskLevel | None = None,
    tense: Tense = Tense.PRESENT,
    jokable: bool = False,
    personal: bool = True,
    timed: bool = True,
    now: bool = False,
) -> Rule:
    """Build a :class:`Rule`.

    ``lead`` holds ``|``-separated literal phrases ("going to|gonna|will");
    ``rest`` is the regex that follows the lead, usually starting with a
    space; ``back`` a regex for the words right before the lead. ``needs``
    and ``reasons`` are space-separated words; ``needs`` defaults to the
    lead's first words. The match must end at a word end: the builder adds
    ``(?= )``, which folded text's trailing space satisfies. Raises
    ``ValueError`` for a malformed rule, at import time.
    """
    phrases = sorted(lead.split("|"), key=len, reverse=True)
    if any(re.escape(p) != p.replace(" ", "\\ ") for p in phrases):
        raise ValueError(f"rule {name!r}: a lead must be literal words")
    starts = frozenset(p.split()[0] for p in phrases)
    regex = re.compile(f" (?:{'|'.join(phrases)})(?:{rest})(?= )")
    if regex.groups:
        raise ValueError(f"rule {name!r} opens a capturing group")
    gate = frozenset(needs.split()) or starts
    if kind in {Kind.SIGNAL, Kind.IDIOM} and gate & COMMON_WORDS and starts & COMMON_WORDS:
        raise ValueError(f"rule {name!r} starts with and needs common words")
    return Rule(
        name=name,
        kind=kind,
        starts=starts,
        needs=gate,
        regex=regex,
        leads=tuple(phrases),
        back=re.compile(f" (?:{back})$") if back else None,
        level=level,
        reasons=tuple(reasons.split()),
        context_level=context_level,
        recent_level=recent_level,
        tense=tense,
        jokable=jokable,
        personal=personal,
        timed=timed,
        now=now,
    )


def leveled(
    level: RiskLevel,
    reasons: str,
    name: str,
    lead: str,
    rest: str = "",
    *,
    needs: str = "",
    back: str = "",
    jokable: bool = False,
    tense: Tense = Tense.PRESENT,
    now: bool = False,
) -> Rule:
    """A rule at ``level`` on its own, level and reasons first: the shape of the
    tables that give each language's statements their levels side by side."""
    return rule(
        name,
        lead,
        rest,
        needs=needs,
        back=back,
        level=level,
        reasons=reasons,
        jokable=jokable,
        tense=tense,
        now=now,
    )


def imminent(
    name: str, lead: str, rest: str = "", *, needs: str = "", back: str = "", reasons: str
) -> Rule:
    """A rule that is ``imminent`` on its own ("I wrote my suicide note")."""
    return rule(name, lead, rest, needs=needs, back=back, level=RiskLevel.IMMINENT, reasons=reasons)


def cue(
    name: str,
    lead: str,
    rest: str = "",
    *,
    needs: str = "",
    back: str = "",
    reasons: str,
    personal: bool = True,
) -> Rule:
    """A cue that means little alone ("I have a plan") and is ``imminent`` once
    the person has shown concern, or next to another cue. ``personal=False``
    for a cue whose own words name others ("take care of yourselves"): no
    denial is looked for and a generic "you" does not make it someone else's."""
    return rule(
        name,
        lead,
        rest,
        needs=needs,
        back=back,
        context_level=RiskLevel.IMMINENT,
        reasons=reasons,
        personal=personal,
    )
