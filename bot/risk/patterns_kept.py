"""English rules for means kept back for oneself and acts told in few words.

Means first: a gun or a rope bought with a cover story the person then takes
back ("told my sister it's for protection. it's for me"), a place a gun is
kept known, a dead partner's tablets kept, a means sitting somewhere for
months, everything needed got. Most are cues: little alone, a crisis next to
another cue or after concern (see :mod:`bot.risk.reading`). Then acts told in
few words: an attempt survived and regretted ("tried last night. woke up"),
a railing climbed over, "not going to hurt anyone else, just me", and hurts
done to oneself that no accident explains (nails dug in until it hurts,
scars picked open).
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import GUNS, PILL_NEEDS, PILL_WORDS
from bot.risk.rules import Rule, Tense, cue, imminent, rule

__all__ = ["KEPT_RULES"]

HIGH, IMMINENT = RiskLevel.HIGH, RiskLevel.IMMINENT

_MEANS = f"{GUNS}|guns|rope|noose|{PILL_WORDS}|morphine|heart tablets|blades|razor blades"
_PLACES = (
    r"(?:wardrobe|closet|drawer|bedside drawer|nightstand|garage|shed|attic|loft|cupboard"
    r"|kitchen|bag|backpack|car|trunk|boot|glovebox|room|bedroom|safe|locker|basement)"
)
_SORRY = r"(?:gutted|disappointed|devastated|upset|angry|annoyed|furious|pissed) (?:that )?i"
_SORRY_NEEDS = "gutted disappointed devastated upset angry annoyed furious pissed"
# Where, when, then the clause ends: "... on the bridge last night".
_ON_BRIDGE = (
    r"(?: (?:on|of|at|off) (?:the|a) (?:bridge|overpass|viaduct|cliff|roof|car park))?"
    r"(?: (?:last night|tonight|today|yesterday|again))?(?= (?:[.,]|$|and (?:stood|sat|held|hung)))"
)
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_MEANS_KEPT: Final = [
    cue(
        # The truth after the cover: "told my sister it's for protection. it's for me",
        # "told the guy it was for the boat. i don't have a boat". A present bought and
        # told as for someone else is the same shape, so a cue: it needs a means beside it.
        "cover_taken_back",
        "told",
        r"(?: [^ .]+){1,8}? (?:it was|its|it is|they were|theyre|they are) for"
        r"(?: [^ .]+){1,3} \. (?:but )?(?:(?:its|it was|theyre|they were|it is)"
        r" (?:really |actually |truly )?for me|i dont (?:even )?(?:have|own) (?:a|an|any))(?= )",
        needs="me have own",
        reasons="means plan",
    ),
    cue(
        # Where someone keeps the gun or the pills: "i know where he keeps the gun".
        "knows_where_kept",
        "know where|found where|i know where",
        r" (?:he|she|they|dad|mum|mom|my dad|my mum|my mom|my stepdad|grandad|grandpa)"
        r" (?:keeps|hides|stores|kept|hid|puts) (?:the|his|her|their) (?:" + _MEANS + r")(?= )",
        needs=f"{GUNS.replace('|', ' ')} rope {PILL_NEEDS} morphine",
        reasons="means",
    ),
    cue(
        # A means sitting somewhere for a long time: "the rope's been in my wardrobe since
        # march", "the pills have been in my drawer for weeks".
        "means_been_kept",
        "ropes|rope|noose|nooses|guns|gun|pills|tablets|meds|blades",
        r" (?:has |have |s )?been (?:sitting |hidden |kept |stashed )?(?:in|under|at the back of"
        r"|on top of) (?:my|the) " + _PLACES + r"(?= )",
        needs="been",
        reasons="means",
    ),
    cue(
        # A dead or dying person's medicine kept: "I've kept Harold's heart tablets all this
        # time", "my mum's morphine is still in the kitchen from when she was dying".
        "their_meds_kept",
        "kept|still have|held on to|hung on to|hung onto|couldnt throw out|never threw out",
        r" (?:\w+s|his|her|my \w+s|my late \w+s)(?: old| heart| sleeping| pain)?"
        r" (?:tablets|pills|meds|medication|morphine|painkillers|patches|insulin)(?= )",
        needs=f"{PILL_NEEDS} morphine patches",
        reasons="means",
    ),
    cue(
        "their_meds_still_here",
        "morphine|tablets|pills|meds|medication|painkillers|patches",
        r" (?:is|are) still (?:in|here|at|on)(?= )",
        back=r"(?:mums|dads|moms|his|her|my (?:late )?\w+s|\w+s)(?: old| heart| sleeping| pain)?",
        needs="still",
        reasons="means",
    ),
    cue(
        # A means told as meant for oneself: "I keep thinking it's meant for me now".
        "meant_for_me",
        "meant for me|there for me|waiting for me",
        r"(?= (?:[.,]|$|now))",
        back=r"(?:its|theyre|it is|they are|thats|it was|they were)",
        needs="meant there waiting",
        reasons="means",
    ),
    cue(
        # A lot of a means at hand: "a fridge full of insulin", "a drawer full of pills".
        "full_of_means",
        "fridge full of|drawer full of|cupboard full of|cabinet full of|box full of"
        "|bag full of|bathroom full of",
        f" (?:{PILL_WORDS}|morphine)(?= )",
        needs=f"{PILL_NEEDS} morphine",
        reasons="means",
    ),
    cue(
        # "got the plan sorted", "the plan's all sorted now": a plan settled.
        "plan_sorted",
        "plan|plans",
        r" (?:is |s )?(?:all )?(?:sorted|worked out|figured out|sorted out)"
        r"(?= (?:[.,]|$|now|and))",
        back=r"(?:got|have|ve got|the|my|got it)",
        needs="sorted worked figured",
        reasons="plan",
    ),
    cue(
        # Something done, left unnamed: "I'm in the bath and I've done something". Beside
        # blood or pills it is an attempt; alone a mistake owned.
        "done_something",
        "done something|did something",
        r"(?: bad| stupid| terrible| really stupid| really bad)?(?= (?:[.,]|$))",
        back=r"(?:ive|i have|i|i just|ive just|and ive|and i)",
        needs="done did",
        reasons="attempt",
    ),
    cue(
        # At the edge for a while, or again: "stood at the edge for an hour".
        "stood_at_edge",
        "stood at the edge|stood on the edge|sat on the edge|stood on the ledge|sat on the ledge"
        "|stood at the railing|stood by the railing|stood on the railing|sat on the railing",
        r"(?= (?:[.,]|$|for (?:an|a|ages|hours|\d+)|again|of the (?:bridge|cliff|roof|car park)))",
        needs="edge ledge railing",
        reasons="attempt",
    ),
    cue(
        # A wish to be with someone who died, with a day or a way: "that's the day I'll go
        # to her", "I'd like to be with him". Alone it is a wish to see a partner.
        "join_them",
        "go to her|go to him|be with her|be with him|join her|join him",
        r"(?: again| now| at last| finally)?(?= (?:[.,]|$))",
        back=r"(?:ill|i will|id like to|i want to|i wanna|i just want to|id love to|im going to"
        r"|im gonna|time to)",
        needs="her him",
        reasons="plan",
    ),
]

_ACTS: Final = [
    rule(
        # The thoughts told worse, with "it" for what was said before: "it's getting
        # worse" after "been thinking about killing myself". Alone, or of a knee, nothing.
        "its_getting_worse",
        "getting worse|worse now|getting stronger|getting louder|getting harder to fight"
        "|worse every day|worse and worse",
        r"(?= (?:[.,]|$|now|tbh|honestly|every day|lately|again))",
        # The message begins with it, so "it" is what came before; in a long post "it" is
        # whatever the post told ("been a year, and it's only getting worse. I need $2000").
        back=r"(?<=^ )(?:(?:and|but|yeah|honestly|tbh|ok|no) (?:[.,] )?)?(?:its|it is|its been"
        r"|theyre|they are|theyve been|the thoughts are|the urges are)"
        r"(?: just| only| really| still| actually)?",
        needs="worse stronger louder harder",
        context_level=HIGH,
        reasons="ideation",
    ),
    rule(
        # Rather with the dead than alive: "I'd rather be with her than here".
        "rather_with_them",
        "rather be with",
        r" (?:her|him|them|mum|mom|dad|my (?:wife|husband|son|daughter|mum|mom|dad|mother"
        r"|father|brother|sister|partner|baby|nan|gran|grandma|grandad|boy|girl))"
        r" than (?:here|alive|living|be here|stay here|down here)(?= (?:[.,]|$|now|anymore))",
        needs="rather",
        level=RiskLevel.CONCERN,
        reasons="passive_wish",
    ),
    imminent(
        # Waiting for a train not to board it: "Next one's due in four minutes. I'm not
        # getting on it." Not a train skipped for being full.
        "not_boarding",
        "not getting on it|not getting on|not going to get on it|wont be getting on it",
        r"(?= (?:[.,]|$))(?! (?:[.,] )?(?:[^ .]+ ){0,6}(?:packed|full|rammed|crowded|busy|wait"
        r"|next|later|walk|bus|late|delayed|uber|taxi|cab)(?= ))",
        back=r"(?:im|i am|but im)",
        needs="platform train tube due",
        reasons="attempt",
    ),
    imminent(
        # "I have everything I need now to end it": the means got, the end named.
        "everything_to_end_it",
        "everything i need|all i need|what i need|everything ready|all the things i need",
        r"(?: now)? to (?:end it|end my life|end things|kill myself|go through with it|die)"
        r"(?! (?:with|for|between)(?= ))(?= )",
        needs="end kill die go",
        back=r"(?:have|got|ve got|now have|finally have|finally got|bought|collected)",
        reasons="means intent",
    ),
    rule(
        # "not going to hurt anyone else, just me": the self named as the one to be hurt.
        "only_me",
        "just me|only me|except me|but me|apart from me|just myself|only myself|except myself"
        "|but myself|apart from myself",
        r"(?= (?:[.,]|$))",
        # The others denied, the self left: "not going to hurt anyone else, just me".
        # The denial is part of the statement, so the rule reads it itself: said by the
        # person, with a will ("I won't", "I'm going to"), not of a diet or a rule.
        back=r"(?:im not going to|im not gonna|i wont|i will not|i would never|i dont want to"
        r"|im going to|im gonna|i will|ill|i only want to|i just want to)"
        r" (?:hurt|harm|kill|shoot) (?:anyone|anybody|no one|nobody)(?: else)?(?: ,)?",
        needs="anyone anybody nobody else one",
        level=IMMINENT,
        reasons="intent",
        personal=False,
    ),
    imminent(
        # The attempt told bare, then waking: "Tried last night. Woke up this morning."
        "tried_then_woke",
        "tried|tried again|did it|tried it",
        r" (?:last night|tonight|yesterday|on \w+ night|this morning|on " + _DAYS + r")"
        r" (?:[.,] )?(?:and )?(?:i )?(?:woke up|still woke up|came round|came to)(?= )",
        needs="woke came",
        reasons="attempt",
    ),
    imminent(
        # A railing climbed over on a bridge: "went up to the bridge and climbed over. a
        # cyclist talked me back". Not a fence climbed to get a ball.
        "climbed_over_railing",
        "climbed over|got over|went over|climbed the railing|stepped over",
        r"(?: (?:the|a) (?:railing|railings|barrier|rail|edge|side|parapet))?" + _ON_BRIDGE,
        needs="bridge ledge railing railings parapet cliff overpass viaduct",
        reasons="attempt",
    ),
    imminent(
        "talked_back_from",
        "talked me back|talked me down|pulled me back|grabbed me",
        r"(?: off the (?:ledge|edge|railing|bridge)| from the (?:edge|ledge|railing))?"
        + _ON_BRIDGE,
        needs="bridge ledge railing railings parapet cliff overpass viaduct edge",
        reasons="attempt",
    ),
    imminent(
        # "done it. took them.": the act told done, then what was taken.
        "done_it_took_them",
        "done it|did it",
        r" (?:[.,] )?(?:i )?(?:took|swallowed|downed|taken) (?:them|them all|all of them|the lot"
        r"|em|em all|it all)(?= (?:[.,]|$))",
        needs="took swallowed downed taken",
        reasons="attempt",
    ),
    imminent(
        # "i swallowed something i shouldn't have on purpose": something taken, meant.
        "swallowed_something_meant",
        "swallowed|took|drank|ate|downed",
        r" (?:something|some stuff|stuff|a load of (?:pills|tablets)|pills|tablets|bleach"
        r"|everything)(?: [^ .]+){0,5}? (?:on purpose|deliberately)(?= )",
        needs="purpose deliberately",
        reasons="attempt",
    ),
    rule(
        # "I'm gutted I walked away", "disappointed I survived": living through it told as a
        # loss, which only an attempt is. Not a job walked away from.
        "sorry_to_survive",
        "walked away|survived|came round|came through it|walked away from it",
        r"(?= (?:[.,]|$|honestly|tbh|again))",
        back=_SORRY,
        needs=_SORRY_NEEDS,
        level=HIGH,
        reasons="attempt",
    ),
    rule(
        # "disappointed I woke up": the wish not to have, as "I wish I hadn't woken up".
        "sorry_to_wake",
        "woke up|am still here|im still here|still woke up",
        r"(?= (?:[.,]|$|honestly|tbh|again|this morning|today))",
        back=_SORRY,
        needs=_SORRY_NEEDS,
        level=RiskLevel.CONCERN,
        reasons="passive_wish",
    ),
]

_HURTS: Final = [
    rule(
        # Nails dug in until it hurts or bleeds: "dig my nails into my thigh until it hurts
        # worse somewhere else". Not nails dug into a palm to stay calm.
        "nails_dug_in",
        "dig|digging|dug|digs",
        r" my (?:finger)?nails into my (?:\w+ )?(?:arms?|wrists?|legs?|thighs?|skin|hands?"
        r"|palms?|stomach|face|chest)"
        r" (?:until|till|til) (?:it|they|i) (?:hurts?|bleeds?|bled|break the skin|breaks the skin"
        r"|draw blood|draws blood|feel it)(?= )",
        needs="until till til",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # Scars or cuts picked or torn open: "picking at the scars until they open again".
        # Not a scab from a fall, nor a wound a surgeon reopened.
        "scars_opened",
        "picking at|picked at|pick at|scratching at|scratched at|reopening|reopened|reopen"
        "|tearing open|tore open|ripping open|ripped open|opening up|opened up",
        r" (?:the|my|my old|the old) (?:scars|cuts|sh scars)"
        r"(?:(?: [^ .]+){0,2}? (?:until|till|til) (?:they|it) (?:open|opens|bleed|bleeds|bled"
        r"|opened|split)| again)?(?= )",
        needs="scars cuts",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # A blade to the hand day after day, in a second English: "I am cutting my hand with
        # blade since one month". A kitchen knife slipping is not told with "since".
        "blade_since",
        "cutting|cut|am cutting|been cutting",
        r" my (?:hand|hands|arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin)"
        r" with (?:a |the )?(?:blade|razor|razor blade|blades)"
        r" (?:since|for|from|every|daily|again)(?= )",
        needs="blade razor blades",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # The hurt told, then the reason in a sentence of its own: "Punched the wall ...
        # Hand's a mess. I do it on purpose, to feel something."
        "do_it_on_purpose",
        "do it on purpose|did it on purpose|do it to feel something|did it to feel something"
        "|do it deliberately|did it deliberately",
        r"(?= )",
        needs="wall walls nails stars knuckles",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
]

KEPT_RULES: Final[list[Rule]] = [*_MEANS_KEPT, *_ACTS, *_HURTS]
