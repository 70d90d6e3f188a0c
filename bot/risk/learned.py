"""The learned stage: a linear model that raises crises the rules missed to ``high``.

Owns the second, optional stage of screening. The rule stage
(:class:`~bot.risk.screener.RuleScreener`) always runs first and stands on
its own; this stage only ever looks at a message the rules left undecided,
with nothing read at all or only warning signs held for context
(:func:`undecided_by_rules`), and only ever raises it, to
``high`` with the reason ``learned``. It never lowers a level, never makes a message
``imminent`` and never reads the words of earlier messages: a crisis it
catches gets the crisis reply, and what the person writes next is screened
as usual. What it takes from them is the rules' reading: once the person has
shown concern, and until a crisis reply, a message is likelier to be a
crisis than one out of the blue ("won't be bothering you much longer anyway"
after "nobody would notice if I disappeared"), so the stage may ask less
certainty of it (``context_threshold``, which the trainer keeps only when it
adds a crisis on our conversations).

The model is a logistic regression over the words of the folded message
(:mod:`bot.risk.normalize`), each present word counted once and the sum
scaled by one over the square root of how many words the message has (at
least :data:`MIN_WORDS`), so a long post does not win by length. Word pairs
were tried and caught a few more held-out crises, but cost three times as
much to look up on every message. ``bench/train_learned_stage.py`` trains it
(it needs scikit-learn; running it does not) on our own written chat
messages and the dev split of the labeled data, picks the threshold out of
fold and on our own calm examples, and writes
``learned_weights.json`` beside this module: the bias, the two thresholds
and one weight per word. Pure Python at run time: no weights to download,
no network, a dictionary lookup per word.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any, Final

from bot.domain import RiskAssessment, RiskLevel
from bot.errors import ConfigError
from bot.ports import RiskScreener
from bot.risk.reading import folded_message, names_occasion, read_message
from bot.risk.screener import RuleScreener, ordered_reasons, shown_before

__all__ = [
    "LearnedModel",
    "TwoStageScreener",
    "features",
    "load_model",
    "screener_for",
    "undecided_by_rules",
    "word_count",
]

_WEIGHTS_FILE: Final = "learned_weights.json"
_FORMAT: Final = 1


MIN_WORDS: Final = 6
"""A message counts as at least this many words when its sum is scaled.

A message of a few words says too little for its words to be sure: "ich
habe die Tabletten" or "I'll go for a walk now. bye" would otherwise score
on the strength of one word, scaled by one over the square root of four.
"""


def features(folded: str) -> tuple[frozenset[str], int]:
    """The distinct words of a folded message, and how many words it counts as."""
    return frozenset(folded.split()), word_count(folded)


def word_count(folded: str) -> int:
    """How many words a folded message counts as: " a b " has two, at least MIN_WORDS."""
    return max(folded.count(" ") - 1, MIN_WORDS)  # one space between words, one at each end


class LearnedModel:
    """Weights of the learned stage, as ``bench/train_learned_stage.py`` wrote them."""

    __slots__ = ("_known", "bias", "context_threshold", "threshold", "weights")

    def __init__(
        self,
        bias: float,
        threshold: float,
        weights: Mapping[str, float],
        context_threshold: float | None = None,
    ) -> None:
        """``context_threshold`` applies once the person has shown concern; it
        defaults to ``threshold`` and is never above it."""
        self.bias, self.threshold, self.weights = bias, threshold, weights
        self.context_threshold = min(threshold, context_threshold or threshold)
        # A set to intersect with: set.intersection(dict) would walk the whole dict.
        self._known = frozenset(weights)

    def score(self, folded: str) -> float:
        """The model's log-odds that the folded message is a crisis."""
        return self.score_words(*features(folded))

    def score_words(self, words: frozenset[str], count: int) -> float:
        """:meth:`score` from the message's distinct words and :func:`word_count`."""
        total = sum(map(self.weights.__getitem__, self._known.intersection(words)))
        return self.bias + total / math.sqrt(count)

    @property
    def words(self) -> frozenset[str]:
        """The words the model weighs."""
        return self._known

    def probability(self, folded: str) -> float:
        """:meth:`score` as a probability (what the trainer reports)."""
        return 1.0 / (1.0 + math.exp(-self.score(folded)))

    @property
    def cutoff(self) -> float:
        """The threshold as log-odds, so screening needs no exponential."""
        return _log_odds(self.threshold)

    @property
    def context_cutoff(self) -> float:
        """The threshold after concern has been shown, as log-odds."""
        return _log_odds(self.context_threshold)


def _log_odds(probability: float) -> float:
    return math.log(probability / (1.0 - probability))


def _probability(data: Mapping[str, Any], key: str) -> float:
    value = float(data[key])  # not a number: ValueError or TypeError, as load_model expects
    if not 0.0 < value < 1.0:
        raise ValueError(f"{key} must be between 0 and 1")
    return value


def load_model(text: str | None = None) -> LearnedModel:
    """The shipped model, or one from ``text`` (the JSON the trainer writes).

    Raises :class:`~bot.errors.ConfigError` when the file is malformed, so a
    broken install fails at start, not on someone's message.
    """
    try:
        if text is None:
            text = resources.files("bot.risk").joinpath(_WEIGHTS_FILE).read_text(encoding="utf-8")
        data = json.loads(text)
        if data.get("format") != _FORMAT:
            raise ValueError(f"format {data.get('format')!r}, expected {_FORMAT}")
        threshold = _probability(data, "threshold")
        # A file without one asks the same certainty after concern as before it.
        after_concern = (
            _probability(data, "context_threshold") if "context_threshold" in data else None
        )
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return LearnedModel(float(data["bias"]), threshold, weights, after_concern)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(
            "HEARTLINE_LEARNED_SCREENING", f"the learned stage's weights are unreadable: {exc}"
        ) from exc


def undecided_by_rules(text: str, recent: Sequence[str] = ()) -> bool:
    """The rules read nothing in ``text`` itself but, at most, cues held for context.

    The learned stage reads only such messages. A cue held for context is a
    warning sign the rules leave at ``none`` until concern has been shown
    ("I've sorted out who gets the dog", "by Friday it's done"): plans,
    goodbyes and means said without a risk word. Most crises the rules miss
    are told that way, and the model's words can tell them from the same
    signs told of an ordinary day. A cue explained as an ordinary occasion's,
    in the message ("moving day is Saturday, everything is sorted") or in
    the person's ``recent`` messages ("the party's tomorrow", then "I have
    everything ready now"), stays the rules': the model reads no earlier message.

    Where anything else matched, the rules have judged it in its grammar:
    negated, past, someone else's, a generic opinion ("only cowards commit
    suicide"), an idiom, a passive wish at ``concern``. A bag of words has
    no grammar to overrule them with.

    Reading only messages in which no rule matched at all, cues included,
    was how this stage began. Adding the cue-only ones triples what it adds
    out of fold on our chat messages, at the shipped threshold +30 crises
    against +10, for 6 false flags of 4,573 against 5, and leaves the data
    files' figures as they were.

    Letting it also read messages the rules rated ``concern`` from a bare
    feeling alone (passive wish, hopelessness, burden; nothing negated, past,
    someone else's, an idiom or a joke) was tried and not kept: out of fold
    it added no chat crisis and one sdcnl crisis, for two to four more chat
    false alarms and one more tweet, and in no chat set left out of training
    did it add one. The model rates "I just want it all to end" (``concern``) above most
    crises phrased as a wish: the line between the two is in the phrasing,
    not the words.
    """
    reading = read_message(text)
    if not reading.matched:
        return True
    return (
        reading.level is RiskLevel.NONE
        and not reading.reasons
        and bool(reading.cues)
        and not reading.explained
        and not any(map(names_occasion, recent))
    )


class TwoStageScreener:
    """Rules first, then the learned stage; implements :class:`bot.ports.RiskScreener`.

    Pure and synchronous like the rule stage. The fold and its words are
    shared with it (cached per text), so the second stage costs a lookup of
    the message's words.
    """

    def __init__(
        self, rules: RuleScreener | None = None, model: LearnedModel | None = None
    ) -> None:
        self.rules = rules or RuleScreener()
        self.model = model or load_model()
        self._cutoff, self._context_cutoff = self.model.cutoff, self.model.context_cutoff

    def assess(self, text: str, recent: Sequence[str] = ()) -> RiskAssessment:
        """The rule stage's assessment, raised to ``high`` when the model is sure
        enough: less sure when the person's recent messages have shown concern."""
        found = self.rules.assess(text, recent)
        if found.level >= RiskLevel.HIGH or not undecided_by_rules(text, recent):
            return found
        folded, words = folded_message(text)  # the rules' fold, cached: no second split
        score = self.model.score_words(words, word_count(folded))
        # Only while concern is all that has been shown: after a crisis reply the
        # conversation carries on in crisis mode, and "not good. I am scared" is
        # answered, not met with the crisis block again.
        if score < self._cutoff and (
            score < self._context_cutoff or shown_before(recent) is not RiskLevel.CONCERN
        ):
            return found
        return RiskAssessment(RiskLevel.HIGH, ordered_reasons({*found.reasons, "learned"}))


def screener_for(learned: bool) -> RiskScreener:
    """Both stages, or the rules alone (HEARTLINE_LEARNED_SCREENING, ``--rules-only``).

    Raises :class:`~bot.errors.ConfigError` when the learned stage's weights
    are unreadable.
    """
    return TwoStageScreener() if learned else RuleScreener()
