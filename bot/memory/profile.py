"""The rolling summary and remembered facts, updated turn by turn.

Pure functions. The summary has a fixed shape we own ("Topics they have
brought up: ...; mood lately: ..."), so it is parsed back and updated in
place and can never grow past ``MAX_TOPICS`` topics. Facts keep at most one
entry per key (newest wins), with ``enjoys`` allowed a few entries, and at
most :data:`bot.prompt.MAX_FACTS` in all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from bot.cues import Cues
from bot.domain import Fact
from bot.prompt import MAX_FACTS

__all__ = ["update_profile"]

MAX_TOPICS = 8
MAX_ENJOYS = 3

_TOPIC_WORDS = {
    "job_loss": "losing their job",
    "job_search": "a draining job search",
    "money": "money worries",
    "breakup": "a relationship ending",
    "friends_moved": "close friends moving away",
    "boss": "pressure from their boss",
    "work_stress": "stress at work",
    "lonely": "loneliness",
    "purpose": "a lost sense of purpose",
    "family": "family",
    "sleep": "sleep",
    "grief": "grief",
    "school": "school",
    "health": "health",
}

_FACT_TEXT = {
    "job_loss": "lost their job",
    "job_search": "is looking for work and finds the search draining",
    "money": "is worried about money and bills",
    "breakup": "went through a breakup or a relationship ending",
    "friends_moved": "close friends moved away",
    "boss": "has a boss who is putting pressure on them",
    "lonely": "feels lonely and has few people to confide in",
    "purpose": "feels they have lost their sense of purpose",
    "grief": "is grieving a loss",
    "therapist": "has been thinking about seeing a therapist or counselor",
}

_MOODS = (
    ("lifted", "a little lighter"),
    ("hopeless", "hopeless"),
    ("crying", "tearful"),
    ("tired", "worn out"),
    ("anxious", "anxious"),
    ("lonely", "lonely"),
    ("sad", "low"),
)

_SUMMARY_RX = re.compile(
    r"Topics they have brought up: (?P<topics>[^.]*)\.(?: Mood lately: (?P<mood>[^.]*)\.)?"
)


def _parse_summary(summary: str) -> tuple[list[str], str]:
    m = _SUMMARY_RX.match(summary)
    if not m:
        return [], ""
    topics = [t.strip() for t in m.group("topics").split(",") if t.strip()]
    return topics, m.group("mood") or ""


def _summary(topics: Sequence[str], mood: str) -> str:
    if not topics and not mood:
        return ""
    text = f"Topics they have brought up: {', '.join(topics) or 'nothing specific yet'}."
    return f"{text} Mood lately: {mood}." if mood else text


def _new_facts(cues: Cues, now: datetime) -> list[Fact]:
    facts = []
    for topic in cues.topics:
        if topic in _FACT_TEXT:
            detail = cues.details.get("place", "") if topic == "friends_moved" else ""
            text = _FACT_TEXT[topic] + (f" (to {detail})" if detail else "")
            facts.append(Fact(topic, text, now, detail))
    if cues.wants("therapist") and not cues.wants("about_bot"):
        facts.append(Fact("therapist", _FACT_TEXT["therapist"], now))
    d = cues.details
    if "pet_name" in d:
        facts.append(
            Fact("pet", f"has a {d['pet_kind']} named {d['pet_name']}", now, d["pet_name"])
        )
    if "favorite" in d:
        kind = d.get("favorite_kind", "thing")
        facts.append(Fact("enjoys", f"loves the {kind} {d['favorite']}", now, d["favorite"]))
    elif "enjoys" in d:
        facts.append(Fact("enjoys", f"enjoys {d['enjoys']}", now, d["enjoys"]))
    if "name" in d:
        facts.append(Fact("name", f"likes to be called {d['name']}", now, d["name"]))
    return facts


def _merge(old: Sequence[Fact], new: Sequence[Fact]) -> list[Fact]:
    merged = list(old)
    for fact in new:
        if fact.key == "enjoys":
            merged = [f for f in merged if not (f.key == "enjoys" and f.detail == fact.detail)]
            enjoys = [f for f in merged if f.key == "enjoys"]
            if len(enjoys) >= MAX_ENJOYS:
                merged.remove(enjoys[0])
        else:
            merged = [f for f in merged if f.key != fact.key]
        merged.append(fact)
    return merged[-MAX_FACTS:]


def update_profile(
    summary: str, facts: Sequence[Fact], cues: Cues, now: datetime
) -> tuple[str, list[Fact]]:
    """Fold one message's cues into the summary and facts; both stay bounded."""
    topics, mood = _parse_summary(summary)
    for topic in cues.topics:
        words = _TOPIC_WORDS.get(topic)
        if words:
            if words in topics:
                topics.remove(words)
            topics.append(words)
    topics = topics[-MAX_TOPICS:]
    feel = set(cues.feelings) | ({"lifted"} if cues.wants("lifted") else set())
    mood = next((m for key, m in _MOODS if key in feel), mood)
    return _summary(topics, mood), _merge(facts, _new_facts(cues, now))
