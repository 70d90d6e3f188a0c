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
from bot.risk.lexicon import GUNS, PILL_NEEDS, PILL_WORDS, PILLS, THOUGHT_GOES_ON
from bot.risk.rules import Rule, cue, rule

__all__ = ["MEANS_RULES"]

HIGH, IMMINENT = RiskLevel.HIGH, RiskLevel.IMMINENT

_GUN_NEEDS = f"{GUNS.replace('|', ' ')} guns firearm firearms"
# A statement's last words: the end of its sentence, or of a clause.
_END_CLAUSE = r"(?= (?:[.,]|$))"
# High places a jump is pictured from, as ``needs`` words.
_HIGH_PLACES = "roof rooftop bridge balcony ledge cliff building overpass tower garage"
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

# A gun is as often out for cleaning, the range or a hunt: none of that is a means kept.
_FOR_SPORT = (
    r"(?!(?: [^ .]+){0,6} (?:clean|cleaning|cleaned|oil|oiling|range|hunting|hunt|sell|selling"
    r"|sale|show|display|lesson|class|season|trip|inspection)(?= ))"
)

_TAKEN_OUT: Final = [
    cue(
        # Pills taken out of where they were locked away: "took the pills out of the
        # lockbox". Not out of a cabinet, where a dose is taken from.
        "pills_taken_out",
        PILL_WORDS,
        r" out of (?:the|my|its|their|his|her) (?:lock ?box|safe|locked \w+|hiding (?:place|spot))"
        r"(?= )",
        needs="lockbox lock safe locked hiding",
        back=r"(?:took|taken|got|pulled|have taken|ive taken) (?:the|my|all the|all my|all of the)",
        reasons="means",
    ),
    cue(
        # A gun no longer used for what it was for: "There's a shotgun in the barn ... I
        # don't hunt anymore". Alone, an old gun kept.
        "gun_not_used",
        "dont hunt|do not hunt|dont shoot|gave up hunting|stopped hunting|quit hunting"
        "|dont even hunt|never hunt|no longer hunt|not a hunter|havent hunted|have not hunted"
        "|havent been hunting|havent gone hunting|havent shot|havent fired|havent used|havent"
        " been to the range|havent gone to the range|dont go hunting|dont go to the range",
        # "haven't shot it in years", "haven't been hunting since dad died".
        r"(?: (?:it|one|them|that|this))?(?: (?:anymore|any more|these days|now|in years"
        r"|in ages|for years|in a long time|for a long time|since \w+(?: \w+){0,2}))?"
        r"(?= (?:[.,]|$))",
        needs=_GUN_NEEDS,
        reasons="means",
    ),
    cue(
        # A gun gone back to: "I've started checking on it every evening".
        "gun_checked_on",
        "checking on it|check on it|checking it|checking on them",
        r"(?= (?:[.,]|$|every|most|at night|again|each))",
        needs=_GUN_NEEDS,
        back=r"(?:started|keep|kept|been|ive been|i go|i keep)",
        reasons="means",
    ),
    cue(
        # Means reached in secret: "My brother doesn't know I know", where a gun or pills
        # are named. Alone, a kept secret.
        "doesnt_know_i_know",
        "doesnt know i know|dont know i know|has no idea i know|have no idea i know"
        "|doesnt know that i know|dont know that i know",
        needs=f"{_GUN_NEEDS} {PILL_NEEDS} safe",
        reasons="means",
    ),
    cue(
        # A stockpile kept hidden: "didn't tell them I still had last month's".
        "kept_quiet_about_pills",
        "didnt tell them|didnt tell the pharmacist|didnt tell the pharmacy|didnt tell my doctor"
        "|didnt tell the doctor|didnt tell anyone",
        r" (?:that )?i (?:still )?(?:had|have)(?= )",
        needs="had have",
        reasons="means",
    ),
    rule(
        # "bought a rope at the farm store today. didn't need it for anything else": every
        # ordinary use ruled out at once.
        "means_for_nothing_else",
        "didnt need it for anything else|dont need it for anything else"
        "|not for anything else|its not for anything else|wasnt for anything else",
        # Not with the use told after a comma: "..., just the swing", "..., mine broke".
        r"(?= (?:[.,]|$))(?! , (?:just|only|mine|my|its|it is|the|for|because|cause|cos|since"
        r"|needed|need)(?= ))",
        # Bought with no use named: not "bought a rope for the tire swing".
        back=r"(?:bought|got|picked up|ordered|have) (?:a|the|some) (?:rope|noose|gun|pistol|rifle"
        r"|shotgun|blade|blades|razor|razors)(?: (?:at|from) (?:the |a )?[^ .]+(?: store| shop)?)?"
        r"(?: (?:today|yesterday|this morning|earlier|tonight))? [.,](?: i| and)?",
        needs="rope noose gun pistol rifle shotgun revolver handgun blade razor",
        level=HIGH,
        context_level=IMMINENT,
        reasons="means intent",
    ),
    rule(
        # A means bought, an ordinary use ruled out, and owned: "bought a rope today. not for
        # camping. its for me". Not "... for my tree swing".
        "means_for_me",
        "its for me|it is for me|its for myself|thats for me|theyre for me|they are for me",
        r"(?= (?:\.|$))",
        needs="rope noose gun pistol rifle shotgun revolver handgun",
        back=r"not for (?:the |a |my |some )?[^ .]+(?: [^ .]+)? \.",
        level=HIGH,
        context_level=IMMINENT,
        reasons="means intent",
    ),
    cue(
        # "took my dad's pistol out of the safe": a locked gun taken out, with nothing said
        # of why. A crisis beside a second cue ("it's next to me on the bed").
        "gun_taken_out",
        GUNS,
        r" out(?: of (?:the|his|her|my|its|our) (?:gun )?(?:safe|case|closet|drawer|lockbox"
        r"|cabinet|glovebox|holster))?(?= )" + _FOR_SPORT,
        back=r"(?:took|pulled|got|grabbed|taken|brought|have taken|ive taken) (?:my|the|his|a"
        r"|dads|my dads|moms|my moms|grandpas|my grandpas)(?: \w+)?",
        reasons="means",
    ),
    cue(
        # "it's next to me on the bed", said where a gun or pills are named.
        "it_lies_by_me",
        "its next to me|its beside me|its in my lap|its on my lap|its in my hand|its on my bed"
        "|its on the bed|theyre next to me|theyre beside me|its lying next to me",
        r"(?= )" + _FOR_SPORT,
        needs=f"{_GUN_NEEDS} {PILL_NEEDS} rope noose",
        reasons="means",
    ),
]

_DWELT_ON: Final = [
    rule(
        # An end told with its means: "gonna end it with pills tonight", "i'll end it with a
        # rope", "want to end things with my dad's gun". Not "end it with him" (the idiom
        # ending_it_with_someone) nor "end it with a smile".
        "end_it_with_means",
        "end it|ending it|ended it|end things|ending things|end everything|end this",
        f" with(?: {_OWNER})?(?: \\w+)? (?:{PILLS}|{GUNS}|rope|noose|knife|blade|blades|razor"
        r"|razors|belt|cord)s?(?= )",
        needs=f"{_GUN_NEEDS} {PILL_NEEDS} rope noose knife blade blades razor razors belt cord",
        level=HIGH,
        reasons="ideation method",
    ),
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
        # going over", "... think about stepping in front of it", the thought carried on
        # ("thinking about the bridge. About going over the railing"). Not a step forward
        # in life or at work.
        "easy_to_step",
        "step forward|step off|step in front|lean forward|lean over|go over|going over|jump"
        "|jumping|walk in front|drive off|swerve|stepping forward|stepping off|stepping in front"
        "|leaning forward|leaning over|walking in front|driving off|swerving",
        r"(?: (?:the edge|the side|the railing|the rail|the ledge|the platform|the barrier"
        r"|the scaffold|the scaffolding|the crane))?"
        # "stepping off the platform edge": the edge named after the place.
        r"(?: edge)?(?: of (?:it|one|them|the train|a train|the next one))?"
        r"(?= (?:[.,]|$|and|when|in front))",
        needs="train trains tracks platform bridge bridges ledge edge cliff cliffs railing rail"
        " roof rooftop balcony overpass subway tube scaffold scaffolding crane",
        back=r"(?:think about|thinking about|thinks about|think of|picture|picturing|imagine"
        r"|imagining|wonder about"
        r"|how easy it would be to|how easy itd be to|how easy it is to|how simple it would be to"
        r"|think about how easy it would be to|think how easy it would be to|the urge to"
        rf"|an urge to|the pull to|{THOUGHT_GOES_ON})(?: just)?",
        level=HIGH,
        reasons="method",
    ),
    rule(
        # A high place that comes back unbidden, and the jump from it: "the roof of my dorm
        # keeps popping into my head, jumping from it". Not a dive into the lake.
        "place_comes_back",
        "jumping from it|jumping off it|jumping off of it|going over it|stepping off it"
        "|falling from it|throwing myself off it|jumping from there|jumping off there",
        r"(?= (?:[.,]|$|and))",
        needs=_HIGH_PLACES,
        back=r"(?:(?:keeps|keep|kept) (?:popping|coming|creeping|flashing) (?:back )?(?:into|in)"
        r" my (?:head|mind)|(?:thinking|think|picturing|imagining) about (?:the|that|my)"
        r"(?: [^ .]+){1,5})(?: [.,])?",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # A method that keeps returning as a thought: "the idea of overdosing keeps coming
        # back to me", "the thought of jumping off the bridge won't leave". Not a skydive,
        # nor dying thought of (a fear, or a passive wish at most).
        "method_idea_returns",
        "idea of|thought of|thoughts of|image of|picture of",
        r"(?: just)? (?:overdosing|killing myself|ending it all|ending my life|hanging myself"
        r"|shooting myself|drowning myself|taking all (?:my|the|of my) (?:pills|meds)"
        r"|jumping (?:off|from|in front of) (?:the|a|that|my) (?:[^ .]+ )?(?:bridge|building"
        r"|roof|cliff|balcony|overpass|ledge|train|tower|parking garage))"
        r"(?: [^ .]+){0,3}? (?:keeps|keep|kept|wont|will not|just wont|doesnt|never)"
        r" (?:coming back|come back|popping up|pop up|coming up|creeping (?:in|back)|returning"
        r"|leave|leaving|go away|going away|stops?)(?= )",
        needs="coming come popping pop creeping returning leave leaving go going stop stops",
        level=HIGH,
        reasons="ideation method",
    ),
]

# A game, a lesson or a film a crash or a swim is pictured in.
_NOT_FOR_REAL = (
    r"(?!(?: [^ .]+){0,8} (?:game|games|mario kart|gta|racing|simulator|movie|film|show"
    r"|lesson|lessons|instructor|swim|swimming|paddle|paddling|dip|holiday|vacation"
    # water sports and fishing: "wading into the river with my fly rod"
    r"|plunge|rod|fishing|surfboard|surfing|paddleboard|kayak|wetsuit|snorkel|waders"
    # a commute: "drive into the city traffic tomorrow instead of the train"
    r"|instead|commute)(?= ))"
)

# What a crash is pictured into: "the pillar", "oncoming traffic". Not a place named by
# the word: "the truck wash", "the bus stop".
_CRASH_TARGET = (
    r" (?:the|a|an|that|oncoming) (?:[^ .]+ )?(?:pillar|pillars|wall|tree|barrier|median"
    r"|abutment|guardrail|pole|bridge|semi|truck|traffic)(?= )"
    r"(?! (?:wash|stop|stops|stand|jam|lane|lights?|yard|depot|park|show|school)(?= ))"
)
_CRASH_NEEDS = (
    "pillar pillars wall tree barrier median abutment guardrail pole bridge semi truck traffic"
)
_CRASH_PICTURED = (
    r"(?:think about|thinking about|thought about|think of|thinking of|picture|picturing"
    r"|imagine|imagining|the urge to|an urge to|tempted to|want to|wanna|could just"
    r"|keep thinking about|cant stop thinking about)(?: just)?"
)

_PICTURED_AGAIN: Final = [
    rule(
        # A crash pictured at every turn: "every overpass I go under I think about steering
        # into the pillar", "keep picturing driving into the wall". Not a skid steered into
        # on ice, nor a game, nor a commute ("the city traffic").
        "steer_into",
        "steering into|steer into|driving into|drive into|crashing into|crash into|swerving into"
        "|swerve into|veering into|veer into|plowing into|plow into",
        _CRASH_TARGET
        + r"(?<! city traffic)(?<! town traffic)(?<! rush hour traffic)"
        + _NOT_FOR_REAL,
        needs=_CRASH_NEEDS,
        back=_CRASH_PICTURED,
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # The same crash with the vehicle named: "kept picturing putting the truck into the
        # bridge pillar". Not parking it in the garage, nor a game.
        "steer_vehicle_into",
        "putting|put|driving|drive|steering|steer|crashing|crash|wrapping|wrap|ramming|ram",
        r" (?:the|my|our|this|that) (?:car|truck|ute|van|lorry|rig|cab|bus|motorbike|motorcycle"
        r"|bike|tractor|semi) (?:into|through|at)" + _CRASH_TARGET + _NOT_FOR_REAL,
        needs=_CRASH_NEEDS,
        back=_CRASH_PICTURED,
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # Walking into water pictured: "keep thinking about walking into the lake behind the
        # venue". Not a swim, a paddle or a holiday.
        "walk_into_water",
        "walking into|walk into|wading into|wade into|walking out into|walk out into",
        r" (?:the|a) (?:[^ .]+ )?(?:lake|sea|ocean|river|water|waves|surf|bay)(?= )"
        + _NOT_FOR_REAL,
        needs="lake sea ocean river water waves surf bay",
        back=r"(?:think about|thinking about|thought about|think of|thinking of|picture|picturing"
        r"|imagine|imagining|the urge to|an urge to|tempted to|keep thinking about"
        # "been thinking a lot about walking into the sea"
        r"|thinking a lot about|think a lot about|cant stop thinking about)(?: just)?",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # A high place or a means that fills the mind: "my apartment is on the 12th floor and
        # the balcony is all I think about lately". Not a balcony being done up, or a bar.
        "place_all_i_think_about",
        "is all i think about|is all i can think about|are all i think about"
        "|are all i can think about|is the only thing i think about",
        r"(?!(?: [^ .]+){0,6} (?:plants|bar|party|view|renovation|garden|furniture|game|trip"
        r"|new|paint|design|song|gig|chorus|verse|leak|leaks|leaking|repair|repairs|fix|fixing"
        r"|tomatoes|flowers|herbs|sunset|bbq|solar|gutters)(?= ))",
        needs="balcony bridge roof rooftop ledge overpass cliff rope noose gun pills tracks",
        back=r"(?:the|my|that) (?:balcony|bridge|roof|rooftop|ledge|overpass|cliff|rope|noose"
        r"|gun|pills|tracks|train tracks)",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # The amount known: "I know exactly which meds would do it", "I know exactly how much
        # it takes"; imminent once concern has been shown or beside means counted out. Not a
        # dose for a headache or a marathon's training.
        "knows_the_dose",
        "which|how much|how many",
        r"(?: (?:meds|pills|tablets|of them|of those|of my meds|of my pills|it))?(?: (?:would|will"
        r"|itd|it would|it will) (?:do it|be enough|kill me|do the job)| it takes| (?:it )?would"
        r" take)(?= (?:[.,]|$|to die|to end it))(?! (?:for|to (?:fix|cure|help|sleep))(?= ))"
        # Not a recipe, a budget or a training plan said next.
        r"(?!(?: [.,])?(?: [^ .]+){0,6} (?:recipe|money|effort|work|time|hours|practice|training"
        r"|cost|costs|budget|cash|bucks|dollars|miles|reps|flour|sugar|paint"
        # quantities of work or supplies: "..., 12 pallets for the barn floor"
        r"|litres|liters|gallons|pallets|bags|boxes|kg|pounds|lbs|tiles|bricks|trips|diesel"
        r"|petrol|gas|fuel|hay|bales|posts|screws|nails|seeds|loads|coats)(?= ))",
        needs="do enough kill job takes take",
        back=r"(?:i know|i knew|i worked out|ive worked out|i figured out|ive figured out"
        r"|i looked up|ive looked up|i calculated|ive calculated)(?: exactly| just| already)?",
        level=HIGH,
        context_level=IMMINENT,
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
        "|standing by|sat on|sat at|parked by|parked next to|parked near|parked beside",
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
        "engine running|engine still running|motor running|car running|cars running"
        "|engines running|cars still running",
        r"(?= (?:[.,]|$|in the garage|and))",
        needs="running",
        back=r"(?:with the|with my|the|and the)",
        reasons="means",
    ),
    rule(
        # "I'm standing on the edge of the overpass on Rt 9 right now": at the edge of a
        # place no one stands at the edge of for the view. Not a roof being fixed or a cliff.
        "on_the_edge_of_place",
        "edge of the|edge of this|railing of the|wrong side of the|other side of the railing",
        r"(?: \w+)? (?:overpass|bridge|parking garage|car park|freeway bridge|highway bridge"
        r"|railing)(?= )(?!(?: [^ .]+){0,6} (?:photo|photos|picture|pictures|view|fireworks"
        # ... or for something to watch, film or wait for: "filming the traffic for my
        # timelapse", "watching the boat race", "eating chips with the lads".
        r"|parade|selfie|filming|film|video|timelapse|drone|watching|watch|eating|lunch|chips"
        r"|picnic|fishing|race|regatta|sunset|sunrise|traffic|bus|kayak|boats|lads|mates)(?= ))",
        needs="overpass bridge garage park railing",
        back=r"(?:im|i am|im standing|im sitting|i am standing|i am sitting|standing|sitting"
        r"|climbed|climbed over|im up) on the",
        level=HIGH,
        context_level=IMMINENT,
        reasons="means method",
    ),
]

# A place named alone as what the mind comes back to: a bridge on the news, a song's bridge,
# a roof being fixed and a trip's cliff are told with what they are.
_NOT_THE_PLACE = (
    # Into the next sentence too: "... the bridge on my commute. about how pretty it is".
    r"(?!(?: [^ ]+){0,10} (?:collapse|collapsed|news|scene|movie|film|show|episode|game|song"
    r"|album|chorus|lyrics|project|repair|repairs|fix|fixing|leak|leaks|leaking|tiles|gutters"
    r"|solar|design|painting|photo|photos|view|trip|party|bbq|garden|traffic|toll|works"
    r"|construction|closure|closed|inspection|model|dentist|dental|crown|we|our|holiday"
    r"|vacation|hike|hiking|climb|climbing|concert|wedding|proposal|pretty|beautiful|gorgeous"
    r"|lovely|stunning|architecture|lights|sunset|sunrise|dusk)(?= ))"
)
# A pill bottle kept from a child, a pet or a forgetful parent, not for oneself.
_KEPT_FROM_OTHERS = (
    r"(?!(?: [^ .]+){0,8} (?:kids|toddler|toddlers|baby|grandkids|puppy|dog|childproof|reach"
    r"|dementia|safe|safely|visitors|burglars)(?= ))"
)

_AT_HAND: Final = [
    rule(
        # A place the mind keeps going back to, named alone: "cant stop thinking about the
        # bridge on my way to school", "keep thinking about the roof of my building".
        "thinking_of_place",
        "bridge|roof|rooftop|ledge|balcony|overpass|cliff|cliffs|tracks|train tracks|quarry",
        # Not a piercing or the card game: "the bridge piercing", "the bridge tournament".
        r"(?= )(?! (?:piercing|piercings|club|tournament|game|night|party|loan)(?= ))"
        + _NOT_THE_PLACE,
        back=r"(?:cant stop thinking about|can not stop thinking about|cannot stop thinking about"
        r"|keep thinking about|always thinking about|constantly thinking about|obsessing over"
        r"|obsessing about|fixated on) (?:the|that)(?: old| big| high)?",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "every time I think about going up there and not coming back down"; not a cabin in
        # the hills wished for, which names no roof, top or "there".
        "not_coming_back_down",
        "not coming back down|not come back down|never coming back down|never come back down"
        "|not climbing back down|not climb back down",
        r"(?= )(?!(?: [^ .]+){0,8} (?:cabin|mountain|mountains|hills|woods|retreat|lake|farm"
        r"|island|village|lodge|chalet)(?= ))",
        needs="down",
        back=r"(?:think about|thinking about|thought about|picture|picturing|imagine|imagining"
        r"|the urge to|an urge to) (?:going|go|climbing|climb|getting|get|walking|walk|heading)"
        r" up(?: there| to the (?:roof|top|ledge|top floor))? and(?: just)?",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "letting it roll over the edge with me on it": a vehicle sent over with the person.
        "over_the_edge_with_me",
        "over the edge|off the edge|off the cliff|into the quarry|into the river|into the lake"
        "|into the sea|off the road|off the bridge|over the cliff",
        r" with me (?:still )?(?:on|in|inside) (?:it|them)(?= )"
        r"(?!(?: [^ .]+){0,6} (?:ride|rollercoaster|coaster|lol|lmao|haha|game)(?= ))",
        needs="me",
        level=HIGH,
        reasons="ideation method",
        jokable=True,
    ),
    cue(
        # "the shotgun's loaded and sitting on the kitchen table": not for the range or a hunt.
        "gun_loaded",
        "gun|pistol|shotgun|rifle|revolver|handgun|guns|pistols|shotguns|rifles|revolvers|handguns",
        r" (?:is |s )?(?:already )?loaded(?= (?:[.,]|$|and|next|on|in|beside|by|now))" + _FOR_SPORT,
        needs="loaded",
        back=r"(?:the|my|dads|his|her|my dads)",
        reasons="means",
    ),
    cue(
        # "Got the key to the roof of my building from the super today."
        "roof_key",
        "key to the roof|keys to the roof|key to the rooftop|key for the roof|roof key"
        "|rooftop key|key to the roof access",
        r"(?= )" + _OUTING + _NOT_THE_PLACE,
        needs="roof rooftop",
        back=r"(?:got|have|found|took|stole|borrowed|copied|getting|nicked)(?: the| a| myself the"
        r"| a copy of the| hold of the)?",
        reasons="means",
    ),
    cue(
        # "hid a whole bottle of my nan's sleeping tablets in my room".
        "pills_hidden",
        "hid|hidden|hiding|stashed|stashing|hoarded|hoarding",
        r" (?:a whole |the whole |a |the |a full |some |all |all of )?(?:bottle|box|packet|pack"
        rf"|strip|stash|tub) of (?:my |his |her |my \w+s |\w+s )?(?:\w+ )?{PILLS}(?= )"
        + _KEPT_FROM_OTHERS,
        needs=PILL_NEEDS,
        reasons="means",
    ),
    cue(
        # "filled my mum's prescription and kept it for myself instead".
        "kept_prescription",
        "kept it for myself|kept them for myself|kept it all for myself|kept them all for myself"
        "|kept the lot for myself|kept it myself|kept them myself",
        r"(?= )",
        back=r"(?:prescription|script|pills|meds|tablets|painkillers|medication) and",
        reasons="means",
    ),
    cue(
        # "i've got everything i need in the bathroom cupboard": a stash named by its place.
        "all_i_need_in",
        "everything i need|all i need|everything i need for it|what i need",
        # "... out in the shed", "in the boot of the car"
        r" (?:is )?(?:out |down |up |back )?(?:in|under) (?:the|my) (?:bathroom|bathroom cupboard"
        r"|bathroom cabinet|medicine cabinet|cupboard|drawer|bedside drawer|glovebox|garage|shed"
        r"|(?:boot|trunk|back) of (?:the|my) (?:car|ute|truck))" + _END_CLAUSE,
        needs="bathroom cupboard cabinet drawer glovebox garage shed boot trunk",
        back=r"(?:ive got|i have|got|i got|ive)",
        reasons="means",
    ),
    cue(
        # Got at a hardware store or a chemist, with nothing said of what for: "went to the
        # hardware store and got what i need today". Not "what I need for the deck".
        "got_what_i_need_at",
        "got what i need|got everything i need|got all i need|bought what i need"
        "|bought everything i need",
        r"(?= (?:[.,]|$|today|now|already|for it))",
        needs="need",
        back=r"(?:hardware store|hardware shop|bunnings|home depot|chemist|pharmacy|gun shop"
        r"|gun store|pawn shop)(?: [^ .]+){0,4}?(?: and| i)?",
        reasons="means",
    ),
    cue(
        # "bought rope today. i know what that means": the meaning owned, a sentence on (the
        # rope is bought_rope's, patterns_events).
        "know_what_it_means",
        "i know what that means|i know what it means|we both know what that means"
        "|we both know what it means",
        r"(?= (?:[.,]|$|and i think you do|and so do you|and you do too|and i think you know))",
        needs="means",
        back=r"\.",
        reasons="intent",
    ),
    cue(
        # "I'm in my car parked by the tracks. waiting for the next one": at the tracks only.
        "waiting_for_the_train",
        "waiting for the next one|waiting for the next train|waiting for a train"
        "|waiting for the train",
        _END_CLAUSE,
        needs="tracks railway rails crossing",
        reasons="method",
    ),
    cue(
        # "on the roof. the wind is so loud": where the person is, said first or with "I'm".
        "on_the_roof_now",
        "on the roof|on the rooftop|on the bridge|on the ledge|up on the roof",
        r"(?= \.)",
        needs="roof rooftop bridge ledge",
        back=r"(?:im|i am|im up|im sitting|im standing|currently|right now im)",
        reasons="means",
    ),
    cue(
        "on_the_roof_first",
        "on the roof|on the rooftop|on the bridge|on the ledge|up on the roof",
        # At the message's start: "on the roof. ...", not "worked on the roof."
        r"(?:(?<=^ on the roof)|(?<=^ on the rooftop)|(?<=^ on the bridge)|(?<=^ on the ledge)"
        r"|(?<=^ up on the roof))(?= \.)",
        needs="roof rooftop bridge ledge",
        reasons="means",
    ),
]

# Means kept where the person sleeps, checked on, bought with every other use denied,
# counted, got from several pharmacies, put by "for when I'm ready", and a means that
# stays on the mind.
_KEPT_BY: Final = [
    rule(
        # "the rope in the barn has been on my mind a lot"; pills are left out (a dose).
        "means_on_my_mind",
        f"rope|noose|blade|blades|razor|razors|{GUNS}|service weapon",
        r"(?: (?:in|under|on|at|out in|up in|in the back of) (?:the|my|his|our|dads) \w+)?"
        r" (?:has been|have been|s been|been|is|are|keeps being|stays|is always) (?:on my mind"
        r"|in my head|in my thoughts|stuck in my head)(?! (?:less|a lot less|much less)(?= ))",
        needs="mind head thoughts",
        back=_OWNER,
        level=HIGH,
        reasons="method",
    ),
    cue(
        # "the knife's next to the bed now", "the pills are under my pillow".
        "means_by_the_bed",
        # "the knife's" folds to "knifes".
        f"{PILL_WORDS}|knife|knifes|rope|ropes|noose|nooses|blade|blades|razor|razors|{GUNS}|guns",
        r" (?:is |s |are |are all |sits |stays |lies )?(?:next to|by|beside|under|on|in)"
        r" (?:the|my) (?:bed|pillow|nightstand|bedside table|night stand|mattress)(?= )",
        needs="bed pillow nightstand bedside night mattress",
        back=r"(?:the|my)",
        reasons="means",
    ),
    cue(
        # "the rope's in the closet".
        "rope_kept_in",
        "rope|ropes|noose|nooses",
        r" (?:is |s )?(?:in|under) (?:the|my) (?:closet|garage|shed|trunk|drawer|wardrobe|barn"
        r"|attic|basement|car|truck|backpack)" + _END_CLAUSE,
        needs="closet garage shed trunk drawer wardrobe barn attic basement car truck backpack",
        back=r"(?:the|my)",
        reasons="means",
    ),
    cue(
        # "I check it's still there every night", where a means is named.
        "means_checked_still_there",
        "still there",
        r"(?= )",
        needs=f"{_GUN_NEEDS} {PILL_NEEDS} rope ropes noose knife knifes blade blades razor",
        back=r"(?:check|checking|checked|make sure|making sure|look if|see if)(?: that)?"
        r" (?:its|it is|theyre|they are|the \w+ is|the \w+ are)",
        reasons="means",
    ),
    rule(
        # "bought rope today. not for the boat.": the ordinary use ruled out, nothing else said.
        "means_not_for_the_use",
        "not for",
        # At the message's end: not "... not for the farm. my kid wants a tire swing".
        r" (?:the |a |my |some |any )?[^ .]+(?: [^ .]+)?(?= (?:\. )?$)",
        needs="rope noose gun pistol rifle shotgun revolver handgun",
        back=r"(?:bought|got|picked up|ordered) (?:a |the |some )?(?:rope|noose|gun|pistol|rifle"
        r"|shotgun)(?: (?:today|yesterday|this morning|earlier|tonight))? [.,](?: and| its| it s)?",
        level=HIGH,
        context_level=IMMINENT,
        reasons="means intent",
    ),
    cue(
        # "I have enough pills now. I counted twice."
        "pills_counted_twice",
        "counted|counted them|counted it|checked|ive counted|i counted",
        r" (?:twice|again|three times|every night|(?:\d+|two|three) times)(?= )",
        needs=PILL_NEEDS,
        reasons="means",
    ),
    rule(
        # "filled both prescriptions at different pharmacies so nobody notices".
        "pharmacies_apart",
        "at different|at two different|at separate|from different|from two different"
        "|from separate|at multiple|from multiple",
        r" (?:pharmacies|chemists|drugstores|pharmacys|doctors|gps)(?= )",
        needs="pharmacies chemists drugstores pharmacys doctors gps",
        back=r"(?:filled|fill|filling|got|picked up|picking up|get|getting)(?: both| my| the| all"
        r"| two| three)?(?: \w+)? (?:prescriptions|scripts|prescription|script|pills|meds)",
        level=HIGH,
        context_level=IMMINENT,
        reasons="means",
    ),
    rule(
        # "pocketing meds from work ... for when I'm ready".
        "for_when_ready",
        "for when im ready|for when i am ready|for when the time comes|for when its time"
        "|for when i decide|for when i finally do it|for when i need them|for when i need it",
        r"(?= )",
        needs=f"{_GUN_NEEDS} {PILL_NEEDS} rope noose",
        level=HIGH,
        context_level=IMMINENT,
        reasons="means plan",
    ),
    cue(
        # "i keep holding it", where a gun or a means is named.
        "keeps_holding_it",
        "keep holding it|kept holding it|been holding it|keep picking it up|keep taking it out"
        "|sat holding it|sit holding it|sitting holding it",
        r"(?= )",
        needs=f"{_GUN_NEEDS} weapon rope noose knife blade",
        reasons="means",
    ),
]

_WATER = r"(?:dam|sea|ocean|river|lake|water|waves|surf|bay|reservoir|quarry|loch|creek)"
_TRAFFIC = r"(?:truck|trucks|lorry|lorries|bus|buses|traffic|road train|semi|semis)"
# Water or traffic named, then the way into it thought of: "looking at the dam and thinking
# about walking into it", "when I see the sea I think to walk in and not come back",
# "every truck that passes me I think, just swerve".
_DRAWN_TO: Final = [
    rule(
        "walk_into_named_water",
        "walking into it|walk into it|walking in|walk in|wading in|wade in|swimming out|swim out",
        r"(?: and (?:not|never) (?:come|coming) (?:back|out)| and (?:keep|keeping) (?:walking"
        r"|going|swimming))?(?= (?:[.,]|$|and))" + _NOT_FOR_REAL,
        needs="it walking walk wading wade swimming swim",
        back=rf"{_WATER}(?: [^ .]+){{0,10}} (?:thinking about|think about|thinking of|think of"
        r"|i think to|i want to|want to|wanna|urge to|tempted to|picture|picturing|imagine"
        r"|imagining)(?: just)?",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        "swerve_into_traffic",
        "swerve|swerving|veer|veering",
        r"(?= (?:[.,]|$|into|in front|under))",
        needs="swerve swerving veer veering",
        back=rf"{_TRAFFIC}(?: [^ .]+){{0,10}} (?:i think|thinking|i thought|think about"
        r"|thinking about|urge to|want to|wanna|tempted to)(?: ,)?(?: just)?",
        level=HIGH,
        reasons="ideation method",
    ),
]

# Medicine kept back instead of taken, or gathered in one place: "stopped taking my lithium
# and started keeping it instead", "kept back my sleeping tablets every night for a month",
# "my whole prescription stash is in one bag". A stockpile is preparation; a stash told
# alone is a cue.
_MED_NAMED = f"{PILL_NEEDS} lithium prescription script sertraline seroquel quetiapine"
_HELD_BACK: Final = [
    rule(
        "kept_instead",
        "keeping|kept|saving|saved|hiding|hid|stashing|stashed|hoarding",
        r" (?:it|them|those|these|my \w+|the \w+) instead of taking (?:it|them)(?= )",
        needs=_MED_NAMED,
        level=IMMINENT,
        reasons="means plan",
    ),
    rule(
        # "... instead" alone only after the taking stopped: not "didn't sell it, kept it instead".
        "stopped_taking_kept",
        "keeping|kept|saving|saved|hiding|hid|stashing|stashed|hoarding",
        r" (?:it|them|those|these) instead(?= )",
        needs=_MED_NAMED,
        back=r"(?:stopped|quit) taking (?:my |the |all my )?[^ .]+(?: [^ .]+)?(?: ,)? (?:and|but)"
        r"(?: (?:started|now|im|i am|i|just|have been|been))*",
        level=IMMINENT,
        reasons="means plan",
    ),
    rule(
        "kept_back_nightly",
        "kept back|keeping back|been keeping back|held back|holding back|kept aside|keeping aside"
        "|put by|putting by",
        f" (?:my |the |some of my |one of my )?(?:sleeping |pain |night |heart )?{PILLS}"
        r"(?: (?:every|each) (?:night|day|evening|morning|dose)| for (?:weeks|months|a month"
        r"|a week|ages))(?= )",
        needs=PILL_NEEDS,
        level=IMMINENT,
        reasons="means plan",
    ),
    cue(
        "pill_stash",
        "prescription stash|pill stash|pills stash|med stash|meds stash|medication stash"
        "|tablet stash|stash of pills|stash of meds|stash of tablets|stash of medication",
        needs="stash",
        reasons="means",
    ),
    # Means kept for the act: "one of my knives by the bed for when I decide to end it".
    rule(
        "kept_for_when_decide",
        "for when i|for when im|for the day i|for the night i",
        r" (?:finally |eventually )?(?:decide|choose|am ready|ready|get the nerve"
        r"|have the nerve|work up the nerve)"
        r" to (?:end it|end it all|end my life|die|kill myself|go through with it)(?= )",
        needs="end die kill through",
        level=IMMINENT,
        reasons="means plan",
    ),
    rule(
        # The act left unsaid, means named in the message: "the knife is in my drawer, for
        # when I'm ready". Not "saving the wine for when I'm ready to celebrate".
        "means_for_when_ready",
        "for when i|for when im",
        r" (?:finally |eventually )?(?:decide|choose|am ready|ready|cant take it anymore"
        r"|cant do this anymore)(?= (?:[.,]|$))",
        needs=f"{PILL_NEEDS} {_GUN_NEEDS} knife knives blade blades razor razors rope noose",
        level=IMMINENT,
        reasons="means plan",
    ),
    # Means bought and its ordinary use denied: "bought rope today. not for camping".
    cue(
        "not_for_ordinary_use",
        "not for|and not for|its not for|it isnt for|isnt for",
        r" (?:camping|climbing|hiking|the garden|gardening|a project|the boat|sailing|a swing"
        r"|the yard|diy|moving|work|cooking|the kitchen|sleep|sleeping|my back|pain)"
        # Not when the real use follows: "not for camping. for the tree swing."
        r"(?= (?:[.,]|$))(?! [.,] (?:(?:its|it is|just|but) )?for (?:the|a|an|my|our)(?= ))",
        needs="camping climbing hiking garden gardening project boat sailing swing yard diy moving"
        " work cooking kitchen sleep sleeping back pain",
        reasons="means",
    ),
]

MEANS_RULES: Final[list[Rule]] = [
    *_DRAWN_TO,
    *_HELD_BACK,
    *_KEPT_BY,
    *_KEPT,
    *_TAKEN_OUT,
    *_DWELT_ON,
    *_PICTURED_AGAIN,
    *_AT_THE_PLACE,
    *_AT_HAND,
]
