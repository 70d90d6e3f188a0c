"""Ordinary messages written to trip this cycle's rules stay below ``high`` with the rules.

``bench/probe/cycle_fa.jsonl`` holds look-alikes of the new rules in English, Spanish,
French, German and Portuguese: the same words in their everyday senses (a nurse's rounds,
a bridge being built, pills taken as every day, "ich geh jetzt"), some after a sad message.
"""

from __future__ import annotations

import json
from pathlib import Path

from bot.domain import RiskLevel
from bot.risk.screener import RuleScreener

PROBE = Path(__file__).resolve().parent.parent / "bench" / "probe" / "cycle_fa.jsonl"

# Still read as a crisis: their words are a crisis's, with little in the message to say
# otherwise, so narrowing the rule would lose the crisis told the same way.
NOT_FIXED = {
    # a sign-off in the words of a goodbye
    "ok chat, I'm going to end this now, thanks for everything, love you all",
    "if you ever read this, mom, thank you for everything",
    # two cues with no occasion named, imminent by the protocol
    "everything is planned now, I'm ready.",
    "it's all planned. I'm ready.",
    # a way or an amount pictured, with only a destination or decor to say otherwise
    "i figured out exactly how many it takes.",
    "imagine the balcony with fairy lights and how easy it would be.",
    "picturing the train to Edinburgh, honestly how easy it would be.",
    "I could just drive into the truck wash on the way home",
    # cutting "on my ankle" with no subject: the boots are a sentence away
    "new boots, been cutting on my ankle for a week",
    # taken back only by "I mean" after the pause
    "just want to dei... I mean dye my hair pink lol",
    # "I don't want to live through this anymore": distress, close to a wish
    "je veux plus vivre ça, ces disputes avec mon coloc",
    # "in an hour I won't be here", "after Saturday I won't need them": a farewell's words,
    # the reason in another sentence or not given
    "je prends le train. dans une heure je serai plus là.",
    "in einer Stunde bin ich nicht mehr da.",
    "Die Winterreifen? Nach Samstag brauch ich die nicht mehr.",
    # pills taken and dizziness, explained only at the end
    "já tomei os comprimidos, tô ficando tonta, acho que é a pressão baixa",
}


def test_probe_messages_stay_below_high() -> None:
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 300
    screener = RuleScreener()
    alarms = [
        (row["text"], screener.assess(row["text"], row["context"]))
        for row in rows
        if row["text"] not in NOT_FIXED
    ]
    assert [(text, a) for text, a in alarms if a.level >= RiskLevel.HIGH] == []
