"""English rules for doses just taken, means gathered for the end, and a way set up.

Doses: what was taken said by its packaging or its count ("every pill in the
bottle", "all my blood thinners at once") with what it is doing now ("the room
is spinning", "heart beating very fast"); an ordinary dose has no such effect
told. Means gathered: kept back "to end it", "the pills I've been saving",
"enough now to not wake up", to be used "all at once". A way set up: an engine
running in a shut garage, a loaded gun laid out, a rail or a chair stood on
right now (cues: each has everyday uses).
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import GUNS, PILL_NEEDS
from bot.risk.rules import Rule, cue, imminent, rule

__all__ = ["DOSE_GATHERED_RULES"]

CONCERN = RiskLevel.CONCERN

_MEDS = (
    r"(?:pills|pill|meds|medication|tablets|tablet|painkillers|capsules|thinners|blood thinners"
    r"|sleeping tablets|sleeping pills|insulin|morphine|antidepressants|paracetamol|ibuprofen)"
)
_MED_NEEDS = f"{PILL_NEEDS} pill tablet capsules thinners morphine"
# What a dose is doing: said in the same breath as the dose.
_EFFECT = (
    r"(?:(?:the )?room(?: is|s)? spinning|(?:my )?heart(?: is|s)? (?:beating|racing|pounding)"
    r"|(?:i )?cant stop (?:throwing up|shaking|being sick)|throwing up|(?:im )?(?:so )?scared"
    r"(?: now)?|everything(?: is|s)? blurry|(?:im )?feeling (?:dizzy|sick|weird|sleepy)"
    r"|(?:i )?cant (?:feel|see|breathe) (?:properly|right|my \w+)|(?:im )?sorry)"
)
_AGO = (
    r"(?: (?:about |like )?(?:\d+|an?|half an|a few|\w+) (?:min|mins|minutes|hour|hours|hrs) ago)?"
)

_DOSES: Final = [
    imminent(
        # The whole lot, then what it is doing: "i took all of them. every pill in the bottle.
        # im scared now", "took all my blood thinners at once ... the room is spinning".
        "dose_then_effect",
        "took|take|taken|swallowed|downed|drank|necked",
        r" (?:all of them|them all|everything i had(?: saved| left)?|all my (?:\w+ )?"
        + _MEDS
        + r"|all the (?:\w+ )?"
        + _MEDS
        + r"|every (?:\w+ )?(?:pill|tablet|one)(?: [^ .]+){0,4}"
        r"|the whole (?:bottle|strip|packet|pack|box)(?: of (?:\w+ )?" + _MEDS + r")?)"
        r"(?: at once| together| in one go)?" + _AGO + r"(?: just now)?"
        r"(?:(?: [^ .]+){0,6} [.,]){0,2}(?: [^ .]+){0,3}(?: [.,])? " + _EFFECT + r"(?= )",
        needs="spinning beating racing pounding throwing scared blurry dizzy sick weird sleepy"
        " feel see breathe sorry",
        reasons="attempt",
    ),
    imminent(
        # Every pill the house holds: "took every migraine tablet in the house an hour ago".
        "every_pill_in_house",
        "took|taken|swallowed|downed",
        r" every (?:\w+ )?(?:pill|tablet|capsule|painkiller)s? (?:in|from) (?:the|my|our)"
        r" (?:house|flat|bottle|box|packet|cabinet|cupboard|drawer)",
        needs="pill tablet capsule painkiller pills tablets capsules painkillers",
        reasons="attempt",
    ),
    imminent(
        # What was put by, taken: "took everything i had saved. gg i guess".
        "took_what_was_saved",
        "took|taken|swallowed|downed|taking",
        r" (?:everything|all|all the \w+|whatever) (?:i had|id|ive|i have|i) (?:been )?"
        r"(?:saved|saving|stockpiled|stockpiling|stashed|hoarded|collected|kept)(?: up)?"
        r"(?= (?:[.,]|$|gg|ggs|just now|an hour|tonight))",
        needs="saved saving stockpiled stockpiling stashed hoarded collected kept",
        reasons="attempt means",
    ),
    imminent(
        # Drink on top of the pills: "drank the whole bottle of whiskey on top of all my pills".
        "drink_on_top_of_pills",
        "on top of",
        r" (?:all )?(?:my|the|those|these) (?:\w+ )?" + _MEDS,
        back=r"(?:drank|drunk|downed|necked|had)(?: [^ .]+){1,6}",
        needs=_MED_NEEDS,
        reasons="attempt",
    ),
]

_GATHERED: Final = [
    imminent(
        # Kept for the end: "saving them up to end it", "I'm keeping them to end it".
        "kept_to_end_it",
        "saving|keeping|hoarding|stockpiling|hiding|stashing|collecting|saved|kept|hoarded"
        "|stockpiled|hid|stashed|collected",
        r" (?:them|it|these|those|the \w+|my \w+|\w+ \w+)(?: up| away| all)?"
        r" to (?:end it|end it all|end things|end my life|kill myself)(?! (?:with|for)(?= ))",
        needs="end kill",
        reasons="means plan",
    ),
    imminent(
        # "bringing the pills I've been saving", "the tablets I've stockpiled".
        "pills_ive_been_saving",
        "pills|tablets|meds|painkillers|sleeping pills|sleeping tablets",
        r" (?:(?:ive|i have|im) been (?:saving|stockpiling|hoarding|stashing|squirrelling away"
        r"|putting aside)|(?:ive|i have) (?:stockpiled|hoarded|stashed))(?: up)?"
        r"(?= (?:[.,]|$|for (?:me|myself|this|the end)|since|because))",
        needs="saving saved stockpiling stockpiled hoarding hoarded stashing stashed squirrelling"
        " putting put",
        reasons="means plan",
    ),
    imminent(
        # Hoarded with the kind named: "been hoarding my migraine meds for months".
        "hoarding_named_meds",
        "hoarding|stockpiling|hoarded|stockpiled|stashing|squirrelling away",
        r" (?:all )?(?:my|the|her|his|mums|dads) (?:\w+ ){1,2}"
        + _MEDS
        + r"(?= (?:[.,]|$|for (?:weeks|months|ages|a while)))",
        needs=_MED_NEEDS,
        reasons="means plan",
    ),
    imminent(
        # Enough now: "i've got enough now to not wake up".
        "enough_to_not_wake",
        "enough now to|enough to|enough saved to|enough stashed to|enough put by to",
        r" (?:not wake up|never wake up|not wake|not wake up again|make sure i dont wake up)"
        r"(?= (?:[.,]|$|and|again|ever))",
        back=r"(?:got|have|gathered|collected|saved)",
        needs="wake",
        reasons="means plan",
    ),
    imminent(
        # All at once, pills named: "i'm going to use them all at once".
        "use_them_all_at_once",
        "use them all|take them all|swallow them all|use all of them|take all of them",
        r" (?:at once|at the same time|in one go|together|tonight)",
        back=r"(?:going to|gonna|will|ill|im going to|planning to|plan to|about to)",
        needs=_MED_NEEDS,
        reasons="means plan",
    ),
    cue(
        # The ordinary use denied: "stockpiling stuff ... not for the cut. it's for me".
        "not_for_that_for_me",
        "not for",
        r"(?: [^ .]+){1,4} (?:[.,] )?(?:its|it is|theyre|they are|its all|this is) for me"
        + "(?= (?:[.,]|$))",
        needs="stockpiling stockpiled hoarding hoarded stashing stashed saving saved collecting",
        reasons="means plan",
    ),
]

_SET_UP: Final = [
    imminent(
        # "engine's running in the closed garage", "car running in the garage, door shut".
        "engine_in_shut_garage",
        "engines running|engine running|engine is running|cars running|car running"
        "|car is running|motor running",
        r" in the (?:closed|shut|locked) garage| in the garage (?:with|and) the doors?"
        r" (?:shut|closed|down)",
        needs="garage",
        reasons="attempt method",
    ),
    cue(
        # "car's in the garage, door's shut, keys in my hand".
        "garage_shut_keys",
        "doors shut|door shut|door is shut|doors closed|door closed|door is closed|door down",
        r"(?: [,.])? (?:keys|key) in (?:my hand|the ignition|hand)",
        needs="keys key",
        reasons="means",
    ),
    cue(
        # A gun laid out loaded: "got my granddaddy's pistol loaded on the kitchen table".
        "gun_loaded_laid_out",
        GUNS,
        r"(?: is| s)? loaded (?:(?:on|beside|next to) (?:the|my) (?:\w+ )?(?:table|desk|bed"
        r"|pillow|seat|lap)|in my (?:lap|hand|hands))",
        needs="loaded",
        reasons="means",
    ),
    cue(
        # Its ordinary use denied: "and i aint fixin to clean it".
        "gun_not_to_clean",
        "not fixing to clean it|aint fixing to clean it|not going to clean it|not cleaning it"
        "|not here to clean it",
        needs=f"{GUNS.replace('|', ' ')} guns",
        reasons="means",
    ),
    cue(
        # Stood on the edge or the chair right now: "I am on the stern rail now",
        # "standing on the chair typing this".
        "on_rail_now",
        "rail|railing|railings",
        r" (?:now|right now)(?= )",
        back=r"(?:on|over) the(?: \w+)?",
        reasons="means",
    ),
    cue(
        "on_chair_typing",
        "standing on the chair|standing on a chair|standing on the stool|on the chair now",
        r" (?:typing this|writing this|right now|now)(?= )",
        needs="chair stool",
        reasons="means",
    ),
    cue(
        # "everything's set up in the garage".
        "set_up_in_garage",
        "everythings set up|everything is set up|its all set up|all set up",
        r" in the (?:garage|shed|loft|attic|basement|woods|barn|cellar)",
        needs="garage shed loft attic basement woods barn cellar",
        reasons="plan",
    ),
    cue(
        # Access to the medicine store, and what was taken from it: "I hold the key to the
        # medicine locker", "I've taken what I need".
        "medicine_store_key",
        "key to the|keys to the",
        r" (?:medicine|meds|drug|drugs|pharmacy|controlled drugs) (?:locker|cabinet|cupboard|safe"
        r"|room|store)",
        needs="medicine meds drug drugs pharmacy",
        reasons="means",
    ),
    cue(
        "taken_what_i_need",
        "taken what i need|took what i need|got what i need|taken what i needed|took what i needed",
        needs="medicine meds pills tablets drugs locker pharmacy",
        reasons="means",
    ),
    cue(
        "nobody_knows_here",
        "nobody knows im|no one knows im|noone knows im|nobody knows where i"
        "|nobodyll know where i|nobody will know where i|no one will know where i",
        r" (?:out )?(?:here|am)" + r"(?= (?:[.,]|$| when))",
        needs="knows know",
        reasons="plan",
    ),
    rule(
        "dont_want_to_do_life",
        "dont want to do this life|dont want to do life|dont wanna do this life|dont wanna do life"
        "|cant do this life",
        r"(?: anymore| any more| now)?",
        needs="life",
        level=CONCERN,
        reasons="passive_wish",
    ),
]

DOSE_GATHERED_RULES: Final[list[Rule]] = [*_DOSES, *_GATHERED, *_SET_UP]
