"""English rules for means kept close and methods dwelt on.

The means themselves ("I have the pills", "the rope is in the garage") are
cues in :mod:`bot.risk.patterns_events`; this module adds what turns them
into a crisis: a key known to a locked gun, the nerve still wanted, being
done with it all, a rope bought and stowed, and a method or a place that
keeps pulling at the person ("can't stop thinking about the rope", "every
time the train pulls in I think how easy it would be to step forward"), and
the person at the edge with the way down looked at ("standing on the bridge
rn. the water looks so calm").
The cues here mean little alone and, like all cues, become a crisis next to
another cue or once concern has been shown (see :mod:`bot.risk.reading`).
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import GUNS, PILL_NEEDS
from bot.risk.rules import Rule, cue, rule

__all__ = ["MEANS_RULES"]

HIGH, IMMINENT = RiskLevel.HIGH, RiskLevel.IMMINENT

_GUN_NEEDS = f"{GUNS.replace('|', ' ')} guns firearm firearms"
# Whose a means is: "the rope", "dad's gun".
_OWNER = r"(?:the|my|a|dads|my dads|his|her|moms|my moms|grandpas|my grandpas)"

_KEPT: Final = [
    cue(
        # A locked gun within reach: "I know where the key is", "I know the code to the safe".
        # Only where a gun or pills are named.
        "knows_the_key",
        "know where|know the|found the|found where",
        r"(?: (?:the|his|her|he keeps the|she keeps the|they keep the|dad keeps the"
        r"|my dad keeps the))? (?:key|keys|combination|code)(?: to (?:it|the (?:safe|cabinet"
        r"|case|box|lockbox|gun safe)))?(?: (?:is|are|was|were))?(?= (?:[.,]|$|too|now))",
        needs=f"{_GUN_NEEDS} {PILL_NEEDS} safe lockbox",
        reasons="means",
    ),
    cue(
        # The means got, the nerve still wanted: "just need the nerve", "all I need now is
        # the courage". Not the nerve to ask someone out.
        "needs_the_nerve",
        "nerve|courage|guts",
        r"(?= (?:[.,]|$|now|tonight|left|to do it|to go through with it|to follow through))",
        back=r"(?:just|only|still|now i just|i just|all i|all i need is|all i need now is"
        r"|all thats left is)(?: need| needs| needed| need to find| need to work up)?"
        r"(?: the| some| a bit of| a little| more)?",
        reasons="intent",
    ),
    rule(
        # "I'm done with all of it", "so done w everything": little alone, a crisis next to
        # means ("a bottle of pills on my nightstand and I'm done with all of it") or once
        # concern has been shown. Not a day's work done: "done with everything for today".
        "done_with_it_all",
        "done with|done w|done wit|finished with",
        # "done with life" is a hopeless statement of its own (patterns_feelings).
        r" (?:it all|all of it|everything|all this|all of this)"
        r"(?= (?:[.,]|$|tbh|honestly|now|and|i|im|anymore|fr))",
        context_level=HIGH,
        reasons="hopeless",
    ),
    rule(
        # A rope bought and stowed: "bought the rope today. it's in my trunk". Not one bought
        # for something named ("the rope for the tent"), which breaks the phrase.
        "rope_stowed",
        "its in my|it is in my|its in the|its hidden in my|i hid it in my|i put it in my"
        "|its under my|its sitting in my",
        r" (?:trunk|car|closet|room|bag|backpack|garage|drawer|shed|wardrobe|locker|truck)"
        r"(?!(?: [^ .]+){0,5} (?:for|ready for) (?:the|my|a|our) (?:trip|tent|camping|climb"
        r"|climbing|hammock|move|boat|swing|gym|class)(?= ))",
        needs="trunk car closet room bag backpack garage drawer shed wardrobe locker truck",
        back=r"(?:bought|got|have|picked up|ordered) (?:the|a) (?:rope|noose)(?: (?:today"
        r"|yesterday|tonight|earlier|already|now|this morning))?(?: [.,])?(?: and)?",
        level=HIGH,
        context_level=IMMINENT,
        reasons="means",
    ),
]

_DWELT_ON: Final = [
    rule(
        # A means that keeps coming back: "can't stop thinking about the rope in the garage",
        # "keep thinking about the razor blades". Not one in a game or a film. Guns are
        # thinking_of_gun's (patterns_events); pills are left out, as "I keep thinking about
        # my pills" is as often a dose missed.
        "thinking_of_means",
        "rope|noose|blade|blades|razor|razors|razor blades",
        r"(?!(?: [^ .]+){0,6} (?:game|games|movie|film|show|range|hunting|class|season"
        r"|episode)(?= ))",
        back=r"(?:cant stop thinking about|cant stop thinking of|can not stop thinking about"
        r"|cannot stop thinking about|keep thinking about|keep thinking of|always thinking about"
        r"|constantly thinking about|obsessing over|obsessing about|fixated on"
        r"|cant stop looking at|keep looking at|keep touching|keep holding) "
        f"{_OWNER}(?: \\w+)?",
        level=HIGH,
        reasons="method",
    ),
    rule(
        # A place or a step pictured as a way out: "every time the train pulls in I think
        # about how easy it would be to step forward", "I cross the bridge and think about
        # going over". Not a step forward in life or at work.
        "easy_to_step",
        "step forward|step off|step in front|lean forward|lean over|go over|going over|jump"
        "|jumping|walk in front|drive off|swerve",
        r"(?: (?:the edge|the side|the railing|the rail|the ledge|the platform|the barrier))?"
        r"(?= (?:[.,]|$|and|when|in front))",
        needs="train trains tracks platform bridge bridges ledge edge cliff railing rail roof"
        " balcony overpass subway tube",
        back=r"(?:think about|thinking about|thinks about|think of|picture|imagine|imagining"
        r"|wonder about"
        r"|how easy it would be to|how easy itd be to|how easy it is to|how simple it would be to"
        r"|think about how easy it would be to|think how easy it would be to|the urge to"
        r"|an urge to|the pull to)(?: just)?",
        level=HIGH,
        reasons="method",
    ),
]

# A trip or a view, which a place at the edge is as often part of.
_OUTING = (
    r"(?!(?: [^ .]+){0,8} (?:sunset|sunrise|view|views|photo|photos|pic|pics|picnic|hike"
    r"|hiking|tour|tourists|fishing|proposal|date|swim|swimming|kayak|boat|gorgeous|beautiful"
    r"|pretty|lovely|stunning)(?= ))"
)

_AT_THE_PLACE: Final = [
    cue(
        # At the edge with nothing said of why: "standing on the bridge rn", "parked at the
        # edge of the cliff road". A crisis beside a second cue ("the water looks so calm",
        # "the engine running") or once concern has been shown.
        "at_the_edge_now",
        "standing on|sitting on|standing at|sitting at|parked at|parked on|stopped at"
        "|standing by|sat on|sat at",
        r"(?: the edge of| the top of| top of)? (?:the|a) (?:bridge|cliff|cliffs|ledge|roof"
        r"|rooftop|overpass|tracks|quarry|dam|pier)(?: road| top| path)?"
        r"(?= (?:[.,]|$|rn|right now|now|again|alone|tonight|with the engine))" + _OUTING,
        needs="bridge cliff cliffs ledge roof rooftop overpass tracks quarry dam pier",
        reasons="means",
    ),
    cue(
        # "the water looks so calm", "the drop doesn't look that far": the way down looked at.
        "the_way_down",
        # Led by the noun, not "the": "the" is in every message, "water" in few.
        "water|river|drop|ground|sea|waves|tracks",
        r" (?:looks|seems|is|feels|looked) (?:so |really |very |kind of |kinda |weirdly )?"
        r"(?:calm|peaceful|inviting|tempting|welcoming|far down|close|quiet|cold)"
        r"(?= (?:[.,]|$|from here|down there|tonight|rn|right now|and))" + _OUTING,
        needs="looks seems feels looked",
        back="the",
        reasons="method",
    ),
    cue(
        # Sitting in a car with the engine running, which is ordinary alone.
        "engine_running",
        "engine running|engine still running|motor running|car running",
        r"(?= (?:[.,]|$|in the garage|and))",
        needs="running",
        back=r"(?:with the|with my|the|and the)",
        reasons="means",
    ),
]

MEANS_RULES: Final[list[Rule]] = [*_KEPT, *_DWELT_ON, *_AT_THE_PLACE]
