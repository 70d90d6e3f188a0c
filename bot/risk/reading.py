"""Read one message on its own: find rule hits and judge each in its sentence.

Owns steps 1 to 5 of :mod:`bot.risk.screener` for a single message; what
earlier messages add is the screener's job. Pure, and cached per text, so
reading the same earlier messages again costs a dictionary lookup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final, NamedTuple

from bot.domain import RiskLevel
from bot.risk.lexicon import (
    FIRST_PERSON,
    GENERIC_PERSON,
    JOKE_TOKENS,
    MEDIA_TOKENS,
    METHOD_EMOJI,
    SOCIAL_TOKENS,
    THIRD_PERSON,
    TIMELINE_WORDS,
)
from bot.risk.matching import Hit, RuleIndex, WordPlaces
from bot.risk.normalize import fold_words
from bot.risk.patterns_acts import ACT_RULES
from bot.risk.patterns_attempts import ATTEMPT_RULES
from bot.risk.patterns_events import EVENT_RULES
from bot.risk.patterns_feelings import FEELING_RULES
from bot.risk.patterns_intl import INTL_RULES
from bot.risk.patterns_markers import IDIOM_RULES, MARKER_RULES
from bot.risk.patterns_self_harm import SELF_HARM_RULES
from bot.risk.patterns_slang import SLANG_RULES
from bot.risk.rules import Kind, Tense

__all__ = ["MAX_JUDGED", "Reading", "read_message"]

NONE, CONCERN, HIGH, IMMINENT = (
    RiskLevel.NONE,
    RiskLevel.CONCERN,
    RiskLevel.HIGH,
    RiskLevel.IMMINENT,
)

#: Signal hits judged per message at most (a phrase repeated word for word counts once).
MAX_JUDGED: Final = 16

_SIGNALS: Final = RuleIndex(
    [
        *ACT_RULES,
        *SLANG_RULES,
        *SELF_HARM_RULES,
        *FEELING_RULES,
        *EVENT_RULES,
        *ATTEMPT_RULES,
        *INTL_RULES,
        *IDIOM_RULES,
    ]
)
_TIMES: Final = RuleIndex([r for r in MARKER_RULES if r.kind is not Kind.RECOVERY])
_RECOVERY: Final = RuleIndex([r for r in MARKER_RULES if r.kind is Kind.RECOVERY])
# Every word a later step looks for: folding keeps only these, and every
# check after it works on that handful of words.
_HOT: Final = frozenset().union(
    *(i.needs | i.starts for i in (_SIGNALS, _TIMES, _RECOVERY)),
    TIMELINE_WORDS,
    METHOD_EMOJI,
    JOKE_TOKENS,
)
_BOOSTERS: Final = frozenset({"plan", "means", "goodbye", "attempt"})
_REACH: Final = 100  # how far a sentence reaches around a hit, in characters
_UNJOKABLE: Final = frozenset({"plan", "means", "goodbye", "attempt", "timeline", "method"})
_EXPLAINING: Final = frozenset({"negated", "past", "media", "idiom"})

# Negation right before a statement, allowing a few filler words: "I'm not
# going to", "I would never", "I don't really want to"; Spanish and
# Portuguese "no"/"nao" only right before it ("no me quiero morir").
_NEGATED = re.compile(
    r" (?:not|never|no longer|dont|doesnt|didnt|wont|wouldnt|isnt|aint|nor|by no means"
    r"|in no way|nunca|jamais|nie|nicht|pas|nao)(?: (?:really|ever|even|actually|seriously"
    r"|truly|honestly|currently|actively|necessarily|going|gonna|want|wanna|wanting|plan"
    r"|planning|intend|intending|to|like|feel|feeling|try|trying|have|need|be|at all|think"
    r"|thinking|about|of|on|that|so|i|im|me|do|anything|stupid|again|anymore|go|te|se))*$"
    r"| no(?: (?:me|te|se|lo|la|le|nos|vou|voy a))?$"
)
# A feeling stated in the past: "I was suicidal", "I used to want to".
_PAST_STATE = re.compile(
    r" (?:was|were|used to be|used to feel|used to|felt|had|once|wanted to|needed to"
    r"|previous|past|former|earlier|old)(?: (?:so|really|very|pretty|extremely|quite"
    r"|severely|a bit|a little|kinda|kind of|deeply|also|always|often|constantly|actively"
    r"|just))*$"
)
# "I'm trying not to kill myself" is a struggle with the urge, not a denial.
_STRUGGLE: Final = (" trying not to", " try not to", " trying to not", " trying hard not to")
_THIRD_SELF = re.compile(
    r" (?:him ?self|her ?self|them ?sel(?:f|ves)|(?:his|her|their) (?:own )?life)"
)
_GENERIC_SELF = re.compile(r" (?:your ?self|ur ?self|your ?selves|one ?self|your (?:own )?life)")


class Reading(NamedTuple):
    """What one message says on its own.

    ``own`` is the person's own risk, which later messages read as context;
    ``unjoked`` the level before a joking frame capped it; ``cues`` the
    context-dependent cues that did not fire, with the level each reaches
    once concern has been shown.
    """

    level: RiskLevel
    reasons: frozenset[str]
    own: RiskLevel
    unjoked: RiskLevel
    cues: tuple[tuple[RiskLevel, tuple[str, ...]], ...]


_QUIET: Final = Reading(NONE, frozenset(), NONE, NONE, ())
_IDIOM_ONLY: Final = Reading(NONE, frozenset({"idiom"}), NONE, NONE, ())
_TIMELINE_CUE: Final = Reading(NONE, frozenset(), NONE, NONE, ((IMMINENT, ("timeline",)),))


class _Verdict(NamedTuple):
    level: RiskLevel
    reasons: tuple[str, ...]
    start: int
    end: int
    cue: RiskLevel | None = None  # what the hit becomes once concern is shown
    own: bool = False  # the person's own, live statement: not negated or someone else's
    jokable: bool = False

    def apart(self, other: _Verdict) -> bool:
        return self.end <= other.start or other.end <= self.start


class _Message:
    """One folded message being read; finds time markers lazily, per sentence."""

    __slots__ = ("_recovered", "_times", "hot", "places", "text")

    def __init__(self, text: str, hot: frozenset[str], places: WordPlaces) -> None:
        self.text, self.hot, self.places = text, hot, places
        self._times: dict[tuple[int, int], list[Hit]] = {}
        self._recovered: bool | None = None

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around a hit, at most :data:`_REACH` characters to each side.

        The bound matters for text without punctuation, where "when I was 15"
        three lines on must not make a statement about today a past one.
        """
        floor = max(0, start - _REACH)
        lo = self.text.rfind(" . ", floor, start)
        hi = self.text.find(" . ", end, end + _REACH)
        return max(lo, floor), min(len(self.text), end + _REACH) if hi < 0 else hi

    def tail(self, start: int, lo: int) -> str:
        """The clause before ``start``: back to a comma, "but" or the sentence start."""
        floor = max(lo, start - 90)
        cut = max(
            floor, self.text.rfind(" , ", floor, start), self.text.rfind(" but ", floor, start)
        )
        return self.text[cut : start - 1]

    def marked(self, kind: Kind, lo: int, hi: int, after: int = -1) -> bool:
        """A marker of ``kind`` in the sentence ``[lo, hi)``, after ``after`` if given."""
        times = self._times.get((lo, hi))
        if times is None:
            local = WordPlaces(self.text, lo, hi)
            times = self._times[(lo, hi)] = _TIMES.hits(self.text, self.hot, local)
        return any(m.rule.kind is kind and m.start > after for m in times)

    @property
    def recovered(self) -> bool:
        """The person says they are okay now, anywhere in the message."""
        if self._recovered is None:
            self._recovered = bool(_RECOVERY.hits(self.text, self.hot, self.places))
        return self._recovered


def _person(matched: str, tail: str) -> str:
    """Whose statement this is: a reflexive in the match decides, else the nearest pronoun."""
    if _THIRD_SELF.search(matched):
        return "third"
    if _GENERIC_SELF.search(matched):
        return "generic"
    if not FIRST_PERSON.isdisjoint(matched.split()):
        return "first"  # "better off without me", "no one would care if I died"
    for word in reversed(tail.split()[-12:]):
        if word in FIRST_PERSON:
            return "first"
        if word in THIRD_PERSON:
            return "third"
        if word in GENERIC_PERSON:
            return "generic"
    return "first"  # "wanna die", "feeling suicidal again": the speaker is implied


def _judge(hit: Hit, msg: _Message) -> _Verdict:
    """Read one signal in its clause and sentence (step 3 of the screener's docstring)."""
    rule, start, end = hit
    lo, hi = msg.sentence(start, end)
    tail = msg.tail(start, lo)
    if rule.personal and _NEGATED.search(tail) and not tail.endswith(_STRUGGLE):
        return _Verdict(NONE, ("negated",), start, end)
    person = _person(msg.text[start:end], tail)
    story = rule.kind is Kind.IDIOM or person != "first"
    if story and not MEDIA_TOKENS.isdisjoint(msg.text[lo:hi].split()):
        return _Verdict(NONE, ("media",), start, end)  # a character, a song, a show
    if person == "third" and max(rule.level, rule.context_level or NONE) >= CONCERN:
        return _Verdict(CONCERN, ("third_party",), start, end)
    if person != "first" and rule.personal:
        return _Verdict(NONE, (), start, end)  # "people who want to die", "you should kys"
    return _in_time(hit, msg, lo, hi, tail)


def _in_time(hit: Hit, msg: _Message, lo: int, hi: int, tail: str) -> _Verdict:
    """The person's own statement, weighed by when it happened and when it would."""
    rule, start, end = hit
    level, reasons = rule.level, set(rule.reasons)
    distant = " used to" in tail or msg.marked(Kind.PAST, lo, hi)
    state = rule.tense is Tense.STATE or _PAST_STATE.search(tail) is not None
    if distant or state or (rule.tense is Tense.EVENT and msg.recovered):
        recent = msg.marked(Kind.RECENT, lo, hi)
        if distant:
            level = min(level, CONCERN)
        elif state and not recent:
            level = RiskLevel(max(level - 1, 0))
        if msg.recovered:  # "... but I'm okay now"
            level = NONE if distant or state else RiskLevel(max(level - 1, 0))
        reasons.add("past")
        return _Verdict(level, tuple(reasons), start, end, own=level >= CONCERN)
    if rule.recent_level is not None and msg.marked(Kind.RECENT, lo, hi):
        level = rule.recent_level
    if (
        level >= HIGH
        and "ideation" in reasons
        and (
            msg.marked(Kind.TIMELINE, lo, hi)
            or msg.marked(Kind.TIMELINE_AFTER, lo, hi, after=start)
        )
    ):
        level = IMMINENT
        reasons.add("timeline")
    if level is IMMINENT and "intent" in reasons:
        sentence = msg.text[lo:hi]
        if " if " in sentence or " unless " in sentence:
            level = HIGH  # "if I fail I'm going to ...": active, but tied to a condition
    jokable = rule.jokable and "timeline" not in reasons
    return _Verdict(level, tuple(reasons), start, end, rule.context_level, True, jokable)


def _combine(verdicts: Sequence[_Verdict], hot: frozenset[str], idioms: bool) -> Reading:
    """Steps 4 and 5: cues, boosters, method emoji and the joking cap."""
    level = max(v.level for v in verdicts)
    base = max((v.level for v in verdicts if v.own and v.cue is None), default=NONE)
    live = [v for v in verdicts if v.level >= CONCERN]
    reasons = {r for v in live for r in v.reasons}
    cues = [(v.cue, v.reasons) for v in verdicts if v.cue is not None and v.own]
    fired = bool(cues) and (base >= CONCERN or len(cues) >= 2)
    if fired:  # "I have a plan." after "I'm a burden", or two cues together
        level = max(level, *(c for c, _ in cues))
        reasons.update(r for _, rs in cues for r in rs)
    if level is HIGH and any(
        a.apart(b)
        for a in live
        if a.level >= HIGH and "ideation" in a.reasons
        for b in live
        if b.level >= HIGH and not _BOOSTERS.isdisjoint(b.reasons)
    ):
        level = IMMINENT  # ideation next to a plan, means, goodbye or attempt
    emoji = len(hot & METHOD_EMOJI)
    if emoji and (base >= CONCERN or emoji >= 2):
        level = max(level, HIGH if base >= CONCERN else CONCERN)
        reasons.add("method")
        fired = True
    own = max(base, max((v.level for v in verdicts if v.own), default=NONE))
    if fired:
        own = max(own, level)
    unjoked = level
    if (
        level >= HIGH
        and not fired
        and not JOKE_TOKENS.isdisjoint(hot)
        and all(v.jokable for v in live)
        and _UNJOKABLE.isdisjoint(reasons)
    ):
        level, own = CONCERN, NONE
        reasons.add("joking")
    if level is NONE:
        reasons = {r for v in verdicts for r in v.reasons if r in _EXPLAINING}
        if idioms:
            reasons.add("idiom")
    return Reading(level, frozenset(reasons), own, unjoked, () if fired else tuple(cues))


def _bare_timeline(folded: str) -> bool:
    """A message that is little more than a time: "tonight.", "probably tomorrow"."""
    content = [w for w in folded.split() if w not in {".", ","}]
    return (
        0 < len(content) <= 4
        and not TIMELINE_WORDS.isdisjoint(content)
        and SOCIAL_TOKENS.isdisjoint(content)
        and {"not", "never", "no", "dont"}.isdisjoint(content)
    )


def _distinct(hits: list[Hit], folded: str) -> list[Hit]:
    """The hits worth judging: a phrase repeated in the same words is judged once, and at
    most :data:`MAX_JUDGED`, strongest rules first, so a message that repeats "I want to
    die" fifty times costs what a few lines do."""
    if len(hits) < 3:
        return hits
    seen: set[tuple[str, str]] = set()
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-h.rule.level, h.start)):
        key = (hit.rule.name, folded[max(0, hit.start - 40) : hit.end])
        if key not in seen:
            seen.add(key)
            kept.append(hit)
    return kept[:MAX_JUDGED]


@lru_cache(maxsize=4096)
def read_message(text: str) -> Reading:
    """Screen one message on its own. Cached: 4096 texts, least recently used first out."""
    folded, hot = fold_words(text, _HOT)
    timeline = len(folded) < 80 and not hot.isdisjoint(TIMELINE_WORDS) and _bare_timeline(folded)
    if hot.isdisjoint(_SIGNALS.needs) and hot.isdisjoint(METHOD_EMOJI):
        return _TIMELINE_CUE if timeline else _QUIET
    places = WordPlaces(folded)
    hits = _SIGNALS.hits(folded, hot, places)
    # Idioms hide what they overlap ("I'd kill for a coffee"); the few that carry a
    # level ("this song makes me want to die") are then judged like any signal.
    idioms = [h for h in hits if h.rule.kind is Kind.IDIOM]
    signals = [h for h in hits if h.rule.kind is Kind.IDIOM or not h.overlaps(idioms)]
    signals = [h for h in signals if h.rule.level > NONE or h.rule.kind is Kind.SIGNAL]
    if not signals and hot.isdisjoint(METHOD_EMOJI) and not timeline:
        return _IDIOM_ONLY if idioms else _QUIET
    msg = _Message(folded, hot, places)
    verdicts = [_judge(h, msg) for h in _distinct(signals, folded)]
    if timeline:
        verdicts.append(_Verdict(NONE, ("timeline",), 0, 0, IMMINENT, True))
    if not verdicts:
        verdicts.append(_Verdict(NONE, (), 0, 0))
    return _combine(verdicts, hot, bool(idioms))
