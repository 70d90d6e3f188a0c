"""English rules for self-harm told around its words rather than in them.

The act is named by what it was done with ("scratching up my own thigh with a spare
needle"), by what it was for ("didn't eat for three days as punishment", "i cut
because i ate"), by the state it left ("my arms are a mess from what i did to
them"), or by emoji ("🔪🩸 again last night"). The look-alikes name a chore or an
itch: "scratching my arm with a fork", "my legs are sore from what I did to them at
the gym", "i cut because the queue was long".
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Rule, Tense, rule

__all__ = ["SELF_HARM_TOLD_AROUND_RULES"]

HIGH = RiskLevel.HIGH

_BODY = r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|ankles?|forearms?|calf|calves)"
_SHARP = (
    r"(?:needle|pin|safety pin|razor|blade|compass|knife|scissors|glass|broken glass"
    r"|sharpener|nail file|box cutter|stanley knife)"
)

SELF_HARM_TOLD_AROUND_RULES: Final[list[Rule]] = [
    rule(
        # "scratching up my own thigh with a spare needle": the tool makes it an act.
        "scratched_with_sharp",
        "scratching up|scratched up|scratch up|scratching into|scratched into|carving up"
        "|carved up|digging into|dug into|scraping|scraped|scratching|scratched",
        rf" my (?:own )?{_BODY}(?: [^ .]+){{0,2}}? with (?:a|the|my|an) (?:spare |sewing |old"
        rf" |sharp |rusty )?{_SHARP}",
        needs="needle pin razor blade compass knife scissors glass sharpener file cutter",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "didnt eat for three days on purpose as punishment": starving as self-punishment.
        "starved_as_punishment",
        "as punishment|as a punishment|to punish myself|to punish me",
        r"(?= )",
        needs="punishment punish",
        back=r"(?:didnt|dont|not|stopped|wont|refuse to|refused to|skip|skipped|skipping|starve"
        r"|starved|starving)(?: (?:eat|eating|meals|food|myself))?(?: [^ ]+){0,6}?",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "then i cut because i ate": the cut paid for eating, a binge, a relapse.
        "cut_because_i_ate",
        "i cut|i cut myself|i burn myself|i burned myself|i hurt myself",
        # Not "i cut when i eat too much sugar": a plain "eat" only after "every time".
        r" (?:(?:because|cause|cos|after) i (?:ate|binged|purged|relapsed|had food)"
        r"|(?:whenever|every time|each time|when|if) i (?:binge|purge|relapse|eat anything"
        r"|eat at all)|(?:whenever|every time|each time) i eat)",
        needs="cut burn burned hurt",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "my arms are a mess from what i did to them last night". Not "my legs are sore
        # from what I did to them at the gym".
        "marks_from_what_i_did",
        "what i did to them|what i did to my arms|what i did to my wrists|what i did to my legs"
        "|what i did to my thighs|what i done to them|what ive done to them",
        r"(?! (?:at|in) (?:the )?(?:gym|training|practice|pool|run|race|match)(?= ))",
        needs="arms wrists legs thighs",
        back=rf"{_BODY} (?:are|is|were|look|looks|still)(?: a)? (?:mess|wrecked|covered|shredded"
        r"|torn up|scarred|raw|bleeding|cut up|marked up|ruined)(?: [^ .]+){0,3}?"
        r" (?:from|because of|after)",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "🔪🩸 again last night. arms.": a blade and blood, with a time, a place or "can't stop".
        "blade_blood_emoji",
        "emojiknife emojiblood|emojirazor emojiblood|emojiblood emojiknife|emojiblood emojirazor",
        r"(?: emoji\w+)*(?: [^ ]+){0,3}? (?:again|last night|tonight|arms|arm|wrist|wrists"
        r"|thighs|thigh|legs|cant stop)(?= )",
        needs="again night tonight arms arm wrist wrists thighs thigh legs stop",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
]
