"""Sad is not suicidal: whole conversations of people who feel low never reach high.

The conversations follow the people described in the persona notes: a job
lost weeks ago and a draining search, money worries, a breakup, friends who
moved away, a boss who is frustrated, hopeless phrasing without intent, and
roleplay cues in asterisks. Each message is screened with the person's
earlier messages as context, the way the core does it. A gentle check-in
(concern) is allowed now and then; a crisis takeover never is.
"""

from __future__ import annotations

import pytest

from bot.domain import RiskLevel
from bot.risk.screener import CONTEXT_WINDOW, RuleScreener

SCREENER = RuleScreener()

CONVERSATIONS: dict[str, list[str]] = {
    "job loss": [
        "hey. I've been feeling down all day and I can't shake it",
        "*sighs heavily* I lost my job about six weeks ago",
        "the job search is draining. I've sent out forty applications and heard back from two",
        "and the bills keep coming. rent is due next week and I don't know how I'll cover it",
        "I'm barely getting through each day honestly",
        "everything feels bleak and pointless right now",
        "I don't have the energy for advice, I just needed to say it to someone",
        "thanks for listening. maybe I'll take a walk later, it's sunny out",
    ],
    "breakup": [
        "my girlfriend and I broke up on Sunday",
        "*voice trembling* we were together four years and she said she's done",
        "I keep replaying everything I did wrong. this is killing me",
        "I wish this sadness would go away",
        "I'm scared it will never get better",
        "I haven't eaten much and I slept maybe three hours",
        "can we talk about something else? what's a good book to read",
        "*manages a small smile* ok I'll try that one. I feel a bit lighter",
    ],
    "lonely": [
        "I feel so lonely these days",
        "my two closest friends moved away last year, one to Berlin and one to Toronto",
        "at work there's no one I trust. my boss is frustrated with my late projects",
        "*sniffles* sometimes I cry on the way home and I don't even know why",
        "I feel like I'm invisible. nobody texts me first",
        "I'm so tired of feeling like this all the time",
        "maybe I should look for a therapist this week",
        "yeah, talking helped. I'll come back tomorrow",
    ],
    "money and purpose": [
        "I don't know what I'm doing with my life anymore",
        "I'm 34, I lost my job, I can't pay my bills and I feel like a failure",
        "what's the point of even trying at this point, nothing works out",
        "I hate how heavy everything feels",
        "my phone died halfway through a job interview today, I wanted to disappear",
        "I'd kill for one week without bad news",
        "I guess I'll make some tea and go to bed early",
    ],
    "a hard night": [
        "*sighs* tonight is rough",
        "I keep crying and I can't stop",
        "I feel empty, like nothing matters",
        "I'm exhausted from pretending I'm fine at work",
        "I just want this week to be over",
        "I don't want to go to that family dinner tomorrow",
        "ok. I'll try to sleep. good night",
    ],
}


@pytest.mark.parametrize("name", sorted(CONVERSATIONS))
def test_no_message_reaches_high(name: str) -> None:
    messages = CONVERSATIONS[name]
    levels = []
    for i, text in enumerate(messages):
        earlier = messages[max(0, i - CONTEXT_WINDOW) : i]
        assessment = SCREENER.assess(text, earlier)
        assert assessment.level < RiskLevel.HIGH, (text, assessment)
        levels.append(assessment.level)
    # Mostly no check-in at all: warmth, not a safety script.
    assert levels.count(RiskLevel.NONE) >= len(levels) - 1, levels


def test_roleplay_cues_are_not_risk() -> None:
    for cue in ("*sighs heavily*", "*voice trembling*", "*sniffles*", "*manages a small smile*"):
        assert SCREENER.assess(cue).level is RiskLevel.NONE
