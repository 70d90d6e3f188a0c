"""The rule-based risk screener: :class:`RuleScreener`.

Owns the judgement across messages; reading a single message lives in
:mod:`bot.risk.reading`, folding text in :mod:`bot.risk.normalize` and the
rules in the ``patterns_*`` modules. Pure and synchronous: no I/O, no
model, no clock, nothing logged.

How a message is read:

1. Fold it (case, accents, leetspeak, spaced letters, emoji) and run only
   the rules whose words occur in it.
2. Idioms ("this commute is killing me") hide the signals they overlap.
3. Each remaining signal is read in its clause: negated ("I'm not going to
   hurt myself") or taken back ("..., not literally") it counts for
   nothing; about someone else it is ``concern`` with ``third_party`` (or
   nothing, for a story), though not for the one a message opens by calling
   ("mom when you read this I won't be here"); in the past it drops to
   ``concern``, or to nothing when the person says they are okay now; a
   time for acting ("tonight") in the same sentence makes ideation ``imminent``; a
   condition ("if I fail I'll ...") keeps intent at ``high``.
4. Cues that mean little alone ("I have a plan", "tonight", "goodbye
   everyone", "I have pills") become ``imminent`` once concern or more has
   been shown, in the same message or in ``recent`` ones, or when two come
   together, in one message or in two of the window ("thank you for
   everything", then "you were always good to me"). Ideation next to a
   plan, means, goodbye or attempt is ``imminent`` too. Cues told with the
   ordinary occasion they are for ("moving day is Saturday, everything is
   sorted") are that occasion's: they do not pair, and earlier concern does
   not raise them (a wish to die does).
5. A joking frame ("lol", the skull emoji) in the statement's own sentence
   caps slang and ideation at ``concern``, unless anything else in the
   message or context is serious.
6. A message that carries the one before it on ("until last night" after
   "been clean from self harm for 8 months") is also read joined to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from bot.domain import RiskAssessment, RiskLevel
from bot.risk.reading import MAX_JUDGED, Reading, names_occasion, read_message

__all__ = [
    "CONTEXT_WINDOW",
    "MAX_JUDGED",
    "REASONS",
    "RuleScreener",
    "ordered_reasons",
    "shown_before",
]

NONE, CONCERN, HIGH, IMMINENT = (
    RiskLevel.NONE,
    RiskLevel.CONCERN,
    RiskLevel.HIGH,
    RiskLevel.IMMINENT,
)

#: How many of the newest ``recent`` messages are read as context.
CONTEXT_WINDOW: Final = 5

#: Every reason id the screener can give, in the order it reports them.
REASONS: Final = (
    "ideation",
    "intent",
    "plan",
    "method",
    "means",
    "timeline",
    "goodbye",
    "attempt",
    "self_harm",
    "slang",
    "passive_wish",
    "burden",
    "hopeless",
    "third_party",
    "context",
    "learned",  # only from the learned stage (bot.risk.learned)
    "joking",
    "past",
    "negated",
    "media",
    "idiom",
)
_ORDER: Final = {reason: i for i, reason in enumerate(REASONS)}
# What an earlier message leaves behind: its risk, one level down.
_FLOOR: Final = {IMMINENT: HIGH, HIGH: CONCERN}
# How a message that carries on the one before it begins: a sentence sent in two.
# The sign a time said alone is ("so sad today", "everything is sorted now"): too
# common a word to pair with a sign in another message (after concern it still counts).
_BARE_TIME: Final = frozenset({"timeline"})
_CARRIED_ON: Final = ("until ", "till ", "til ", "untill ", "but ", "except ", "unless ")


def _carries_on(text: str) -> bool:
    return text.lstrip()[:8].lower().startswith(_CARRIED_ON)


# A sentence typed a few words a message: "i want to", then "die". Short, unended
# messages that say nothing alone are read together with the one that ends them.
_FRAGMENT_WORDS: Final = 3
_FRAGMENTS: Final = 3


def _fragment(text: str) -> bool:
    # maxsplit: a 500-character message is told from a fragment without splitting it all.
    words = text.split(None, _FRAGMENT_WORDS)
    return 0 < len(words) <= _FRAGMENT_WORDS and not text.rstrip().endswith((".", "!", "?"))


def _joined(text: str, recent: Sequence[str]) -> Iterator[str]:
    """``text`` with the earlier messages it completes: the one it carries on ("until
    last night" after a message that said nothing alone), and the unended fragments
    it ends ("i want to", then "die")."""
    if recent and _carries_on(text) and read_message(recent[-1]).level is NONE:
        yield f"{recent[-1]} {text}"
    whole = _sent_in_pieces(text, recent)
    if whole:
        yield whole


def _sent_in_pieces(text: str, recent: Sequence[str]) -> str:
    """``text`` joined to the unended fragments just before it, or "" if there are none."""
    if not _fragment(text):
        return ""
    pieces: list[str] = []
    for earlier in reversed(recent[-_FRAGMENTS:]):
        if not _fragment(earlier) or read_message(earlier).level is not NONE:
            break
        pieces.insert(0, earlier)
    return " ".join([*pieces, text]) if pieces else ""


def ordered_reasons(reasons: Iterable[str]) -> tuple[str, ...]:
    """``reasons`` in the order of :data:`REASONS`, as assessments report them."""
    return tuple(sorted(reasons, key=_ORDER.__getitem__))


def _pairs(reading: Reading, held: frozenset[str], said: Sequence[str]) -> bool:
    """``reading``'s cues are a second warning sign next to the ``held`` ones of earlier
    messages (``said``, the window up to and with this one): "thank you for everything",
    then "you were always good to me". Not one sign said again, nor signs told with an
    ordinary occasion anywhere in the window ("last day at work tomorrow", then "thanks
    for everything")."""
    return (
        bool(held)
        and bool(reading.signs - _BARE_TIME)
        and not reading.explained
        and not reading.signs - _BARE_TIME <= held
        and not any(names_occasion(text) for text in said)
    )


def _context(recent: Sequence[str]) -> tuple[RiskLevel, frozenset[str]]:
    """What the window shows: the person's own most (see :func:`shown_before`), and the
    warning signs its messages hold for context, each too little alone."""
    context = NONE
    held: frozenset[str] = frozenset()
    window = recent[-CONTEXT_WINDOW:]
    before = ""
    for i, earlier in enumerate(window):
        past = read_message(earlier)
        own = past.own
        if before and _carries_on(earlier):
            own = max(own, read_message(f"{before} {earlier}").own)
        if past.cues and (
            (context >= CONCERN and (context >= HIGH or not past.explained))
            or _pairs(past, held, window[: i + 1])
        ):
            own = max(own, *(level for level, _ in past.cues))
        if past.cues and not past.explained:
            held |= past.signs - _BARE_TIME
        context = max(context, own)
        before = earlier
    return context, held


def shown_before(recent: Sequence[str]) -> RiskLevel:
    """The most the person has shown of their own in the last :data:`CONTEXT_WINDOW`
    of ``recent`` (oldest first), read in order as the core heard them.

    "I have a plan" after "I want to die" was imminent then and still counts
    as imminent now, and so does a warning sign after a second one in an
    earlier message ("you were always good to me" after "thank you for
    everything"); a message that carries the one before it on is read joined
    to it too. Cached readings make this a lookup per message.
    """
    return _context(recent)[0]


class RuleScreener:
    """The rule stage of risk screening; implements :class:`bot.ports.RiskScreener`.

    Stateless and pure: the same text and ``recent`` always give the same
    assessment, and nothing is logged or stored. Safe to call on the event
    loop: tens of microseconds for a 500-character message, and a cache
    lookup for each earlier message already read.
    """

    def assess(self, text: str, recent: Sequence[str] = ()) -> RiskAssessment:
        """Screen ``text`` given the person's earlier messages, oldest first.

        Only the last :data:`CONTEXT_WINDOW` of ``recent`` are read. Context
        only ever raises the level: once concern has been shown, cues such as
        "I have a plan" or "tonight" become ``imminent`` and a joking cap is
        lifted; an ``imminent`` message in the window keeps the level at least
        ``high`` and a ``high`` one at least ``concern`` (reason ``context``),
        whatever the new message says ("I'm fine, just venting" erases
        nothing). A message that begins by carrying the one before it on
        ("until last night", "but ...") is read joined to it as well, the
        new message only when the one before said nothing alone; so is a
        short, unended message with the unended fragments before it that said
        nothing alone ("i want to", then "die"). Never raises.
        """
        reading = read_message(text)
        for sent in _joined(text, recent):
            joined = read_message(sent)
            if joined.level > reading.level:
                reading = joined
        context, held = _context(recent)
        level, reasons = reading.level, set(reading.reasons)
        if (
            reading.pair
            and context < HIGH
            and any(names_occasion(t) for t in recent[-CONTEXT_WINDOW:])
        ):
            # Two cues told just after the occasion they are for ("my last day before
            # retirement", then "wrote each colleague a letter, all tidied"): that
            # occasion's, as if named in the message.
            level, reasons = NONE, set()
        paired = bool(held) and _pairs(reading, held, [*recent[-CONTEXT_WINDOW:], text])
        if context >= CONCERN and reading.unjoked > level:
            level = reading.unjoked
            reasons.discard("joking")
            reasons.add("context")
        if context >= CONCERN or paired:
            # The cues context raises count together, whatever order the reading found
            # them in (two at one level give both their reasons, in any process). Cues
            # told with an ordinary occasion ("anyway, moving day is Saturday and
            # everything is sorted") are raised by a wish to die before them, not by concern;
            # a second warning sign after one held in the window, as two in one message.
            cues = reading.cues if context >= HIGH or not reading.explained else ()
            raised = [(cue_level, cue) for cue_level, cue in cues if cue_level > level]
            if raised:
                level = max(cue_level for cue_level, _ in raised)
                for _, cue_reasons in raised:
                    reasons.update(cue_reasons)
                reasons.discard("joking")  # "kms 😭" after "I'm a burden": no joke now
                reasons.add("context")
        floor = _FLOOR.get(context, NONE)
        if level < floor:
            level = floor
            reasons.add("context")
        return RiskAssessment(level, ordered_reasons(reasons))
