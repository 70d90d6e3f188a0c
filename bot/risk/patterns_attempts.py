"""English rules for attempts and for questions about methods and lethality.

An attempt in progress ("I just took 40 pills", "I'm standing on the
bridge", "I od'd an hour ago", "in the bath with the razor") is
``imminent``. A past attempt is an EVENT: ``high`` when its time is
unknown, ``imminent`` when recent ("last night"), ``concern`` in the
distant past and nothing once the person says they are okay now. Questions
about how to die, doses and lethality are ``high``, and ``imminent`` when
asked about oneself ("how many pills would it take to kill me"); curiosity
("how many tylenol would it take to kill someone", "the tallest bridge near
me") does not make them less so.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import (
    ADV,
    ANY_SELF,
    DRUGS,
    GUNS,
    OVERDOSE_AMOUNT,
    PILL_NEEDS,
    PILL_WORDS,
    PILLS,
    SELF,
)
from bot.risk.rules import Kind, Rule, Tense, cue, imminent, rule

__all__ = ["ATTEMPT_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT

# Medicines by name that people overdose on, beyond the lexicon's PILLS.
_MED_NAMES = (
    "lithium|seroquel|quetiapine|adderall|sertraline|zoloft|prozac|fluoxetine|lexapro"
    "|escitalopram|citalopram|celexa|wellbutrin|bupropion|trazodone|ambien|zolpidem|klonopin"
    "|clonazepam|valium|diazepam|ativan|lorazepam|lamictal|lamotrigine|gabapentin|lyrica"
    "|tramadol|codeine|oxycodone|oxycontin|percocet|vicodin|hydrocodone|morphine|fentanyl"
    "|aspirin|nyquil|unisom|excedrin|aleve|motrin|naproxen|amitriptyline|mirtazapine|abilify"
    "|risperdal|zyprexa|olanzapine|effexor|venlafaxine|cymbalta|duloxetine|paxil|ritalin"
    "|vyvanse|propranolol|diphenhydramine|dramamine|capsules|sleeping tablets"
)
# Plurals and street names as people type them: "30 tylenols", "20 xans".
_MED_SLANG = "tylenols|advils|benadryls|aspirins|xans|xannies|percs|addys|oxys|pils"
_MEDS = f"(?:{PILLS}|{_MED_NAMES}|{_MED_SLANG})"
_MED_NEEDS = f"{PILL_NEEDS} {_MED_NAMES.replace('|', ' ')} {_MED_SLANG.replace('|', ' ')}"
# Whose medicine, between the amount and the name: "30 of my moms sleeping pills".
_WHOSE = r"(?:(?:my|the|those|these|her|his|their|our|all my|all the|all of my) )?(?:\w+s )?"
# Amounts no prescription asks for, beyond OVERDOSE_AMOUNT: "my entire bottle of".
_LOTS = (
    rf"(?:{OVERDOSE_AMOUNT}|(?:(?:a|an|the|my|her|his|moms|dads) )?(?:whole|entire|full)"
    r" (?:\w+ )?(?:bottle|pack|packet|box|strip|sheet|container|jar|tub|prescription|supply)s?"
    r"(?: of)?|(?:a|an|my|the) (?:whole |entire )?(?:months?|weeks?) (?:worth|supply) of"
    r"|half (?:a |the |my )?(?:bottle|pack|packet|box)(?: of)?"
    r"|(?:two|three|four|\d+) (?:bottles|packs|packets|boxes|strips) of|every (?:single )?one of)"
)
# All of a pack, the medicine in it not named, where the clause ends (see took_whole_strip).
_WHOLE = r"(?:a|the|my|her|his|moms|dads) (?:whole|entire|full)"
_OF_THEM = (
    r"(?: of (?:them|em|those|these|pills|tablets))?(?= (?:[.,]|$|an hour|last night|earlier"
    r"|tonight|today|and|just now|at once|already))"
)
# What makes a dose the prescribed one: "as prescribed", "for my headache"; and pills
# taken from someone, not swallowed: "my mom took all my meds away".
_AS_TOLD = (
    # Put away, or taken out of where they are kept ("took all the pills out of the hiding
    # spot before the toddler found them") and not then swallowed.
    r"(?! away(?! from)(?= )| from (?:me|us)(?= )| out of(?= )(?!(?: [^ .]+){0,5} and"
    r" (?:swallowed|took|taken|downed|ate|popped|chugged)(?= )))"
    r"(?!(?: \w+){0,3} (?:as prescribed|like (?:the|my) doctor|on time|with (?:food|breakfast"
    r"|water)|for (?:my|the|a) (?:headache|pain|cold|migraine|back|fever|period)"
    # the day's doses: "took all my meds this morning", "... today like always"
    r"|(?:this|in the) (?:morning|evening)|for (?:the|to)day|today(?= (?:[.,]|$|like|as|and))"
    r"|like (?:always|usual|every day)|at (?:breakfast|lunch|dinner|bedtime)))"
)
# "I od'd" folds to "i odd", which must not read as the adjective; bare "od" is
# also slang for overdoing it.
_OD = "odd|oded|odded"
# "on" something else is a figure of speech ("on coffee", "on my feelings").
_NOT_ON_A_DRUG = (
    r"(?! on (?!(?:purpose|(?:(?:my|the|some|all|all of|all my|all of my|her|his|\d+) )?"
    f"(?:{_MEDS}|drugs|heroin|fentanyl|coke|cocaine|meth|opioids|alcohol))(?= )))"
)
_OD_WHO = [
    f" {who}{adv} odd"
    for who in (
        *("i", "ive", "he", "she", "they", "theyve", "friend", "brother", "sister", "cousin"),
        *("son", "daughter", "mom", "dad", "mother", "father", "uncle", "aunt", "boyfriend"),
        *("girlfriend", "bf", "gf", "husband", "wife", "partner", "roommate", "bestie", "ex"),
        *("neighbor", "coworker", "classmate", "kid", "nephew", "niece"),
    )
    for adv in ("", " just", " almost", " nearly", " already")
]
# One lookbehind per length (each must be of fixed width): a few checks, not 170.
_OD_SUBJECT = "|".join(
    f"(?<={'|'.join(w for w in _OD_WHO if len(w) == n)})" for n in sorted({len(w) for w in _OD_WHO})
)
# "it took everything I had" is effort, not an overdose.
_NOT_EFFORT = r"(?<! it took)(?<! that took)(?<! this took)(?<! its taken)(?<! it has taken)"

# How a lethality question joins the amount to the death: "would it take to",
# "before you just".
_TAKES = (
    r"(?:(?:would|will|does|do) (?:it|you|i|someone|a person|one) (?:take|need)(?: for"
    r" (?:you|me|someone|a person))?(?: to)?|(?:can|could|should|would) (?:you|i|someone"
    r"|a person|one) (?:take|have|drink|swallow)(?: to| before| until)?|to take to|to"
    r"|before|until|till|is enough to|would be enough to|would|will|could|can)"
    r"(?: (?:you|i|u|someone|they|a person))?"
)
# Of what: a medicine or a measure of one, not "how much longer until I die".
_SUBSTANCE = (
    rf"(?: \w+){{0,3}}? (?:{_MEDS}|mg|milligrams|grams|units|ml|of (?:them|these|those|it|this))"
    r"(?: \w+){0,3}?"
)
# What it ends in.
_DEATH = (
    r"(?:kill (?:you|someone|somebody|a person|an adult|a human|a man|a woman|a teen|yourself"
    r"|urself|oneself)|die|od|overdose|be (?:fatal|lethal|deadly)|not wake up|never wake up"
    r"|dont wake up|wont wake up|stop breathing|stop (?:your|a|the) heart"
    r"|cause (?:an? )?(?:overdose|death|liver failure|organ failure))(?= )"
)
_DEATH_NEEDS = "kill die od overdose fatal lethal deadly wake breathing heart cause"

_ATTEMPTS: Final = [
    imminent(
        # "I'm taking all my sleeping pills tonight": the present tense as a plan.
        "taking_all_pills",
        "taking|swallowing|downing|popping",
        r" (?:all|all of|every one of|every last one of|the whole bottle of|the whole box of"
        r"|a bottle of|a handful of|the rest of) (?:my |the |those |these |of my |of the )?"
        f"(?:\\w+ )?{PILLS}{_AS_TOLD}(?! (?:with me|to the|on the|for the|in my bag)(?= ))",
        needs=PILL_NEEDS,
        back=r"(?:im|i am)(?: just| finally| really| literally)?",
        reasons="ideation intent method",
    ),
    imminent(
        "took_pills",
        "took|taken|swallowed|downed|overdosed on|popped|drank|ate",
        f" (?:an overdose|{OVERDOSE_AMOUNT}(?: of)? (?:my |the |those |these )?{PILLS}){_AS_TOLD}",
        needs=f"{PILL_NEEDS} overdose",
        reasons="attempt",
    ),
    imminent(
        "bleeding",
        "bleeding|losing",
        r" (?:a lot|so much|out|everywhere|badly|heavily|too much|and it wont stop"
        r"|a lot of blood|so much blood)",
        needs="bleeding blood",
        back="im",
        reasons="attempt",
    ),
    imminent(
        "too_deep",
        "cut|went|cant|can not|cannot",
        r" (?:too deep|stop the bleeding)"
        # Not wood, a cake or a topic: "cut too deep into the dovetail", "went too deep
        # into the lore".
        r"(?! (?:into|in|on|with|for) (?:the|a|an|this|that|his|her|their|our)"
        r" (?!skin|wrist|wrists|vein|veins|arm|arms|thigh|thighs|leg|legs)[^ ]+)",
        needs="deep bleeding",
        reasons="attempt",
    ),
    imminent(
        "on_the_edge",
        "bridge|ledge|roof|rooftop|edge|tracks|railing|cliff|balcony|train tracks|railway"
        # "I'm on the bridge railing right now"
        "|bridge railing|bridge rail|balcony railing|balcony rail|roof ledge|rooftop ledge"
        "|wrong side of the railing|other side of the railing|edge of the roof|edge of the bridge",
        r"(?= (?:[.,]|$|now|right now|and))"
        # Out for the view or a walk, not at the edge: "on the bridge now, the sunset is mad".
        r"(?!(?: [^.]+?)? (?:view|views|sunset|sunrise|photos?|pics?|selfies?|fireworks|traffic"
        r"|jog|jogging|tourists|sightseeing)(?= ))",
        back=r"im(?: standing| sitting)? (?:on|at|on top of|at the top of|on the edge of)"
        r" (?:the|a|this)",
        reasons="attempt",
    ),
    imminent(
        "around_neck",
        "rope|noose|belt|cord|cable|scarf|wire|ligature",
        r" (?:is )?around my neck",
        reasons="attempt",
    ),
    imminent(
        # Someone else's hand on it ("the robber held a gun to my head") is an idiom rule.
        "gun_at_self",
        f"{GUNS}|barrel|muzzle|glock|9mm|357",
        r" (?:is |was )?(?:in my mouth|(?:to|against|under|at) my (?:head|chin|temple|skull"
        r"|forehead)|pointed at my (?:head|skull|temple|chin))",
        needs="mouth head chin temple skull forehead",
        reasons="attempt",
    ),
    imminent(
        "trying_now",
        "trying to|attempting to|doing it|about to do it",
        f"(?: (?:kill {SELF}|die|end (?:it|my life)|overdose)| (?:now|right now))",
        needs="trying attempting doing",
        back="im",
        reasons="attempt",
    ),
    imminent(
        "almost_did",
        "almost|nearly|just",
        f" (?:shot|hanged|hung|poisoned|electrocuted|suffocated|drowned) {SELF}"
        r"(?! in (?:the |my )?(?:foot|feet|leg|hand|coffee|tea|work|homework|paperwork)(?= ))",
        needs="shot hanged hung poisoned electrocuted suffocated drowned",
        reasons="attempt",
    ),
    imminent(
        "pulled_trigger",
        "pulled the trigger",
        r"(?! on(?= ))",
        back=r"(?:i|ive|i just|i already|i almost)",
        reasons="attempt",
    ),
    rule(
        "tried_pills",
        "tried to take|tried taking|tried to swallow|tried swallowing",
        r" (?:as many|all|all of|a bunch of|a lot of|too many|a bottle of|some|my|the)?"
        f"(?: \\w+){{0,3}} {PILLS}",
        needs=PILL_NEEDS,
        level=HIGH,
        recent_level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
    ),
    rule(
        "tried_to",
        "tried|try|attempted|attempt",
        f" (?:to )?(?:again )?(?:kill {ANY_SELF}|die|end (?:it|things|my life|his life"
        f"|her life)|overdose|od|hang {ANY_SELF}|drown {ANY_SELF}|commit suicide"
        r"|take (?:my|his|her) (?:own )?life|suicide|kms)",
        # "end": "I tried to end it last night" (a break-up's "with him" is an idiom's).
        needs="kill die overdose od hang drown suicide kms end",
        level=HIGH,
        recent_level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
    ),
    rule(
        "an_attempt",
        "attempt|attempts",
        r"(?! (?:at|to (?!(?:kill|die|end)(?= )))(?= ))",
        back=r"my|a|the|suicide|suicidal|first|second|last|another",
        level=HIGH,
        recent_level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
    ),
    rule(
        # "After my attempt I promised my mom ...": the attempt is the time things are told
        # from, so past; concern, as a past attempt is. An idiom, so it hides an_attempt's
        # reading of the same words; recent again with a time: "since my attempt last night".
        "after_my_attempt",
        "after|since|following",
        r" (?:my|a|the|that)(?: (?:first|second|third|last|suicide|failed|previous))*"
        r" (?:attempt|attempts|overdose)(?! (?:at|to (?!(?:kill|die|end)(?= )))(?= ))",
        needs="attempt attempts overdose",
        kind=Kind.IDIOM,
        level=CONCERN,
        recent_level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
    ),
    rule(
        "nearly_died",
        "almost|nearly",
        f" (?:killed {ANY_SELF}|ended it|ended my life|overdosed)",
        needs="killed ended overdosed",
        level=HIGH,
        recent_level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
    ),
    rule(
        "attempted",
        "attempted",
        r"(?= (?:and|but|[.,]|$|last|again|twice|once|before|when|in|at|earlier|yesterday"
        r"|today|tonight|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r"|this (?:morning|afternoon|evening|week|weekend)|an hour|a few|\d+))",
        level=HIGH,
        recent_level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
    ),
    rule(
        "overdosed",
        "overdosed|oded",
        # "overdosed on Sunday": a day is when, as a drug is what.
        f"(?! on (?!(?:{DRUGS}|purpose)(?= )|(?:monday|tuesday|wednesday|thursday|friday"
        r"|saturday|sunday|the weekend)(?= (?:[.,]|$|and|night|morning|evening|afternoon|last"
        r"|i|after))))",
        level=HIGH,
        recent_level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
    ),
    rule(
        "survived_attempt",
        "survived|surviving",
        r" (?:an|my|a|the|two|three|\d+) (?:suicide )?attempts?",
        needs="attempt attempts",
        level=HIGH,
        reasons="attempt",
        tense=Tense.STATE,
    ),
    # -- an overdose taken: named medicines, whole bottles, "them all", "od'd" --
    imminent(
        "took_a_bottle",
        "took|taken|swallowed|downed|popped|ate|chugged|necked",
        f" {_LOTS}(?: of)? {_WHOSE}{_MEDS}{_AS_TOLD}",
        needs=_MED_NEEDS,
        reasons="attempt means",
    ),
    imminent(
        # The packaging told, the medicine not: "swallowed the whole packet", "took a
        # whole strip of them an hour ago". "took" only with a strip or blister, which
        # hold nothing else people take; and only where the clause ends, so "the whole
        # pack of gum" and "took the whole box home" stay ordinary.
        "took_whole_strip",
        "swallowed|downed|popped|necked|took|taken",
        f" {_WHOLE} (?:strip|blister(?: pack)?|sheet)s?{_OF_THEM}",
        needs="strip strips blister blisters sheet sheets",
        reasons="attempt",
    ),
    imminent(
        "swallowed_whole_pack",
        "swallowed|downed|popped|necked",
        f" {_WHOLE} (?:pack|packet|box)s?{_OF_THEM}",
        needs="pack packs packet packets box boxes",
        reasons="attempt",
    ),
    imminent(
        # Pills and a bottle of drink, or on purpose.
        "pills_with_drink",
        "mixed|mixing|took|taken|swallowed|downed|washed down|chased",
        f" {_WHOSE}{_MEDS} with (?:a |an )?(?:(?:whole|entire|full) )?(?:bottle|fifth|handle"
        r"|liter|litre)s? of (?:\w+ )?(?:alcohol|vodka|whiskey|whisky|wine|rum|gin|tequila|booze"
        r"|liquor|beer|jack)"
        f"| {_WHOSE}{_MEDS} with (?:\\w+ ){{0,4}}on purpose",
        needs=_MED_NEEDS,
        reasons="attempt means",
    ),
    imminent(
        "took_everything",
        "took|taken|swallowed|downed",
        f"{_NOT_EFFORT} everything (?:i (?:had|have|could find|got|owned|had left)"
        r"|(?:in|from) (?:the|my|our|her|his|moms|dads) (?:\w+ ){0,2}(?:cabinet|cupboard|drawer"
        r"|pill box|pillbox|bottle|first aid kit))(?= (?:[.,]|$|at once|and|now|already|tonight"
        # "took everything in my med cabinet lol 20 min ago": a laugh before the time.
        r"|today|earlier|about|like|maybe|an hour|a few|\d+|half an|lol|lmao|ngl|rn|emoji\w+))",
        needs="everything",
        reasons="attempt",
    ),
    imminent(
        # "already swallowed half of them": pills by now, whatever "them" is.
        "swallowed_them",
        "swallowed|downed|popped|chugged",
        r" (?:(?:them|em|it) all|(?:all|half|most|the rest|every (?:single |last )?one) of"
        r" (?:them|em|it))(?= )",
        needs="them em it",
        reasons="attempt",
    ),
    imminent(
        # "I took them. All of them." Bare "took them all" is a cue: "to the vet".
        "took_them_all",
        "took|taken",
        r" (?:them|em) (?:[.,] )?(?:all of them|every (?:single |last )?one(?: of them)?"
        r"|all at once)(?= )|(?: them all| all of them) at once(?= )",
        needs="them em",
        reasons="attempt",
    ),
    imminent(
        "took_them_already",
        "took them|taken them|took em|took them all|swallowed them",
        # not "took them to school", "took them out", "took them home"
        r"(?! (?:to|for|out|home|back|with|on|in|there|shopping|outside|off|away)(?= ))",
        back=r"(?:already|just|i already|i just|ive already|ive just)",
        needs="them em",
        reasons="attempt",
    ),
    cue(
        "took_them_all_cue",
        "took|taken|swallowed",
        r"(?: (?:them|em) all| (?:like |about |around )?(?:all|half|most|[1-9]\d+) of (?:them|em))"
        r"(?= (?:[.,]|$|now|already))",
        needs="them em",
        reasons="attempt",
    ),
    rule(
        # "I od'd", "my friend od'd". The subject, looked for behind, keeps out
        # "that's odd" and stays out of the hit, so "my friend" reads as third person.
        "odd_did",
        "odd",
        r"(?= (?:[.,]|$|on|last|again|twice|once|before|and|but|like|about|around|a|an|\d+"
        r"|yesterday|earlier|this|at|in|when|after|from|so|today|tonight|just|years))"
        f"(?:{_OD_SUBJECT}){_NOT_ON_A_DRUG}",
        level=HIGH,
        recent_level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
    ),
    imminent(
        # "i od'd like 40 min ago": minutes and hours are now.
        "od_minutes_ago",
        f"{_OD}|overdosed|took an overdose|took it|took them|took the pills",
        f"{_NOT_ON_A_DRUG}(?: on \\w+)? (?:like |about |around |maybe |over |almost |at least )?"
        r"(?:\d+|an?|one|two|three|a few|a couple of|a couple|half an?) (?:min|mins|minute|minutes"
        r"|hr|hrs|hour|hours) ago",
        needs="ago",
        back=r"(?:i|ive|i have|i think i|i already|ive already|i just|ive just)",
        reasons="attempt",
    ),
    imminent(
        "od_just_now",
        "just odd|just oded|just odded|just overdosed|just took an overdose",
        f"{_NOT_ON_A_DRUG}",
        back=r"(?:i|ive|i think i|i literally|i actually)",
        needs="odd oded odded overdosed overdose",
        reasons="attempt",
    ),
    imminent(
        # Not "oding": in slang that is overdoing it.
        "overdosing_now",
        "overdosing",
        f"{_NOT_ON_A_DRUG}",
        back=r"(?:im|i am|i think im|im literally|im actually|i might be|im probably|pretty sure"
        r" im)",
        reasons="attempt",
    ),
    # -- an attempt under way: a place, a blade, the bath --------------------
    imminent(
        "wrong_side_railing",
        "wrong side|other side|outside",
        r"(?: of)? the (?:(?:bridge|balcony|roof|safety) )?(?:railing|railings|rail|guardrail"
        r"|guard rail|barrier)",
        needs="railing railings rail guardrail guard barrier",
        back=r"(?:im|i am|standing|sitting|climbed|i climbed|ive climbed|got|i got|now|already)"
        r"(?: (?:on|over to|to|onto|over on))?(?: the)?",
        reasons="attempt",
    ),
    imminent(
        # The same places as on_the_edge without "I'm": "sitting on the tracks, i can hear it".
        "sitting_on_tracks",
        "sitting on the|standing on the|lying on the|laying on the|sitting on top of the"
        "|standing on top of the|lying across the|laying across the",
        r" (?:(?:train |railroad |railway )?tracks|railway line"
        r"|(?:(?:bridge|roof|building|balcony) )?(?:ledge|railing|parapet)"
        r"|(?:ledge|edge|roof|top) of (?:the|a|this|my) (?:\w+ ){0,2}(?:building|garage|roof"
        r"|bridge|balcony|overpass|tower|rooftop|hotel|apartment|dam))(?= (?:[.,]|$|now"
        # Not "waiting for the kayak group to come past".
        r"|right now|and|again|rn|waiting(?! for (?:the|my|our) (?:kayak|kayaks|boat|boats|race"
        r"|parade|fireworks|group|friends|mates|bus|ferry))|i can))",
        needs="tracks railway ledge railing parapet edge roof top",
        reasons="attempt",
    ),
    cue(
        "top_of_place",
        "top of the|top of a|top floor of the|roof of the",
        r" (?:\w+ )?(?:parking garage|garage|building|bridge|tower|overpass|dam|skyscraper|hotel"
        r"|apartment building|parking structure)",
        needs="garage building bridge tower overpass dam skyscraper hotel structure",
        back=r"(?:im|i am|im up|im standing|im sitting|standing|sitting|up)(?: at| on)?(?: the)?",
        reasons="means",
    ),
    cue(
        "going_over",
        "going over|gonna go over|about to go over|going to go over|gonna jump|going to jump"
        "|about to jump",
        r"(?= (?:[.,]|$|now|right now|the edge|the railing|the side))",
        needs="over jump",
        back=r"(?:im|i am|and im|then im)",
        reasons="intent",
    ),
    imminent(
        # In the bath with a blade; "shaving my legs" is another bath.
        "blade_in_bath",
        "bathtub|bath|tub",
        r" with (?:the|a|my|this) (?:razor|razors|blade|blades|razor blade|razor blades|knife"
        r"|box cutter|toaster|hairdryer|hair dryer)(?!(?: \w+){0,4} (?:shav\w*|legs|armpits|pits))",
        needs="razor razors blade blades knife cutter toaster hairdryer hair",
        back=r"in (?:the|a|my)",
        reasons="attempt method",
    ),
    imminent(
        "blade_held",
        "knife|blade|razor|razor blade|box cutter|shard",
        r" (?:is )?(?:right )?(?:against|to|on|into|in) my (?:wrist|wrists|throat|neck|vein|veins)",
        needs="wrist wrists throat neck vein veins",
        back=r"(?:holding|pressing|pushing|have|got|ive got)(?: the| a| my| this)",
        reasons="attempt method",
    ),
    imminent(
        "blade_pressing",
        "knife|blade|razor|razor blade|box cutter|shard",
        r" (?:is )?(?:right )?(?:against|to|on|into|in) my (?:wrist|wrists|throat|neck|vein|veins)"
        r" (?:and (?:im )?(?:pressing|pushing|digging|cutting)|right now|now|rn)",
        needs="wrist wrists throat neck vein veins",
        reasons="attempt method",
    ),
    cue(
        # "it's pretty deep this time": a cut, once self-harm has been mentioned.
        "deep_this_time",
        "deep",
        r"(?= (?:this time|and (?:it )?(?:wont|isnt|cant|doesnt) stop|and (?:its )?bleeding))",
        back=r"(?:its|it is|this one is|this ones|the cut is|cut is|cuts are|went|cut|i went"
        r"|i cut)(?: (?:really|pretty|so|very|way|too|kinda|a bit|super))*",
        reasons="attempt",
    ),
    cue(
        "wont_stop_bleeding",
        "wont stop|will not stop|isnt stopping|doesnt stop|cant stop it|cant get it to stop",
        r"(?: bleeding)?(?= (?:[.,]|$|bleeding|and|now))",
        needs="bleeding blood deep",
        # "i can't get it to stop", with the bleeding named before
        back=r"(?:it|and it|bleeding|blood|the bleeding|the blood|i|and i)",
        reasons="attempt",
    ),
    cue(
        # "i think i went too far this time", said where blood or a cut is named.
        "went_too_far",
        "went too far|gone too far|went too deep|gone too deep|pushed it too far",
        r"(?: this time)?(?= (?:[.,]|$|and))",
        needs="bleeding blood cut cuts deep",
        back=r"(?:i|i think i|think i|ive|i may have|i might have|maybe i|i guess i)",
        reasons="attempt",
    ),
    cue(
        # "the pills are kicking in": taken already, unless they are the night's or the
        # pain's. Little alone; imminent with a sorry or a thanks after it (below).
        "pills_kicking_in",
        "pills|meds|tablets",
        r" (?:are|r|have|started|are starting to)(?: (?:finally|already|really))*"
        r" (?:kicking in|kicked in|kick in|taking effect|taken effect|hitting)(?= )",
        needs="kicking kicked kick effect hitting",
        back=r"(?:the|those|all the|all those)",
        reasons="attempt",
    ),
    imminent(
        "pills_kicking_in_sorry",
        "kicking in|taking effect",
        r"(?: [.,])? (?:im |i am )?(?:so |really )?(?:sorry(?: for (?:everything|wasting your time"
        r"|bothering you|being a burden|all of this|this))?|thank you for (?:everything|trying)"
        r"|thanks for (?:everything|trying)|goodbye|i love you)(?= (?:[.,]|$))"
        # "..., sorry, off to bed": the night's pills
        r"(?! (?:[.,] )?(?:talk|see|ttyl|gn|goodnight|good night|night|catch|until|till|off to"
        r"|going to|gonna|heading|sleep|bed)(?= ))",
        needs="sorry thank thanks goodbye bye love",
        back=r"(?:the|those|all the|all those) (?:pills|meds|tablets) (?:are|r)(?: (?:finally"
        r"|already|really))*",
        reasons="attempt goodbye",
    ),
]

_QUESTIONS: Final = [
    imminent(
        "how_self",
        "how",
        r" (?:do|can|could|would|should|shall|to|does one|do you|can you|can one|would one"
        f"|do i|can i|could i|should i|would i) {ADV}(?:kill {SELF}|end my (?:own )?life"
        f"|take my (?:own )?life|hang {SELF}|off {SELF}|unalive {SELF}|kms|overdose|od)",
        needs="kill kms overdose od unalive life",
        reasons="method",
    ),
    imminent(
        "lethal_self",
        "how many|how much",
        r"(?: \w+){0,4} (?:to|would|will|does it take to|do i need to|could|can"
        f"|should i take to|before i|until i) (?:kill (?:me|{SELF})|(?:i )?(?:die|wont wake up"
        "|never wake up|dont wake up))",
        needs="kill die wake",
        reasons="method means",
    ),
    rule(
        "how_generic",
        "how",
        r" (?:do|can|could|would|should|to|does|did) (?:you |one |someone |a person |people "
        r"|u |i )?(?:kill (?:yourself|urself|oneself|themselves|someone)|commit suicide|die"
        r"|overdose|od|hang (?:yourself|urself|oneself)|end (?:your|a|ones) life"
        r"|slit (?:your|a|ones) wrists?)(?= (?:[.,]|$|painlessly|quickly|fast|peacefully"
        r"|without|from|on|with|easily|quietly|in))",
        needs="kill suicide die overdose od hang life slit",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        "lethal_dose",
        "lethal|fatal",
        r" (?:dose|doses|dosage|amount|quantity|height)",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        "toxic_dose",
        "deadly|toxic",
        r" (?:dose|doses|dosage)",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        "how_many_generic",
        "how many|how much",
        r"(?: \w+){0,4}(?: for (?:a person|someone|somebody|me|an adult|a teen|a teenager|a kid"
        r"|a child))? (?:to|would|will|does it take to|could|can) (?:kill (?:you|someone"
        r"|a person|an adult)|die|overdose|od|be (?:lethal|fatal|deadly))",
        needs="kill die overdose od lethal fatal deadly",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        "easiest_way",
        "painless|painlessly|easiest|easy|quickest|quick|fastest|fast|surest|sure"
        "|least painful|best|most effective|effective|peaceful|reliable|simplest|cleanest",
        r" (?:way|ways|method|methods|means) (?:to|of) (?:die|dying|unalive|unaliving|kill (?:"
        f"{ANY_SELF}|me)|end (?:it|it all|my life|your life|ones life|things)|commit suicide"
        r"|suicide|kms|od|overdose)",
        needs="die dying kill suicide kms od overdose unalive unaliving",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        "method_judged",
        # "is jumping quick? would you feel it"; not jumping rope, nor good for the knees.
        "hanging|drowning|overdosing|an overdose|bleeding out|electrocution|suffocation"
        "|suffocating|carbon monoxide|slitting my wrists|jumping",
        r"(?: (?:off|from) (?:a|the) (?:bridge|building|roof|cliff|tower|balcony))?"
        r" (?:a |an |the )?(?:too |very |really |that |so |less |more )?"
        r"(?:painless|quick|quickest|fast|effective|reliable|peaceful|easy|easiest"
        r"|good|sure|surefire|guaranteed|painful|most painless|least painful|best)"
        r"(?= (?:way(?! to (?:describe|put|say|explain))|method|death|[.,]|$|or))",
        needs="painless quick quickest fast effective reliable peaceful easy easiest good sure "
        "surefire guaranteed painful most least best",
        back=r"(?:is|would|would be|does|will|isnt)",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        "how_painful",
        "how painful|how long|how quick|how fast|how quickly",
        r" (?:is|would|does|will)(?: it)?(?: take)?(?: to)? (?:hanging|drowning|overdosing"
        r"|an overdose|bleeding out|electrocution|suffocation|suffocating|drown|bleed out"
        r"|suffocate"
        r"|die from (?:hanging|an overdose|overdosing|bleeding|drowning))",
        needs="hanging drowning overdosing overdose bleeding electrocution suffocation "
        "suffocating drown bleed suffocate",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        # Looking it up: "I've been researching ways to die", "looked up how many
        # tylenol it takes".
        "method_research",
        "looked up|looking up|look up|researching|researched|googled|googling|searched"
        "|searching|reading about|read about|been reading about",
        r" (?:\w+ ){0,2}(?:ways to (?:die|kill (?:myself|yourself)|end it|commit suicide|unalive"
        # "been googling ways to go. i know i shouldn't be": to go, and nothing after.
        r"|go(?= (?:[.,]|$)))"
        r"|how to (?:kill myself|die|end it|end my life|overdose|od|hang myself)|suicide methods"
        r"|methods of suicide|lethal doses?|how (?:many|much) \w+(?: \w+)? (?:it takes"
        r"|it would take|to (?:die|od|overdose)))",
        needs="ways how suicide methods lethal",
        level=HIGH,
        reasons="method",
    ),
    imminent(
        # Looking it up for one's own medicine: "been looking up how many of my meds it would
        # take", "googled how much of my insulin would kill me".
        "research_own_dose",
        "looked up|looking up|look up|researching|researched|googled|googling|searched"
        "|searching|checked|checking|calculated|calculating|worked out|figured out|figuring out"
        "|reading about|read about",
        rf" how (?:many|much) (?:of )?(?:my|my own|all my|all of my) (?:\w+ ){{0,2}}?{_MEDS}"
        r"(?: \w+){0,2}? (?:(?:it takes|it would take|it will take|would take)"
        r"(?= (?:[.,]|$|to (?:die|kill|od|overdose|end it|not wake up)))|would kill me"
        r"|would be (?:enough|fatal|lethal)|to (?:die|od|overdose|not wake up|kill me))(?= )",
        needs=_MED_NEEDS,
        reasons="method means",
    ),
    rule(
        # "is 3 stories high enough?", "is this bridge tall enough to die": asking what a
        # fall would do. Not "high enough for the trucks".
        "high_enough",
        "high enough|tall enough",
        r"(?= (?:[.,]|$|to die|to kill (?:me|you|someone)|to end it|for it to work|to do it"
        r"|to be fatal|to be sure))",
        needs="enough",
        back=r"(?:stories|storeys|floors|story|storey|floor|building|bridge|balcony|roof|rooftop"
        r"|cliff|overpass|parking garage)(?: really| even)?",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        "painless_way_to_go",
        "least painful|most painless|painless|painlessly",
        # "tell me the easiest and painless way out", not "a painless way out of the lease".
        r" (?:way|ways|method|methods) (?:to go|out(?! (?:of|from|for|to)(?= )))",
        needs="go out",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        "option_for_suicide",
        "suicide",
        back="(?:option|options|place|places|spot|spots|location) for",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        "would_it_kill_me",
        "would it|would that|would this|will it|will that|will this|could it|could that",
        r" (?:kill me|be fatal|be lethal)(?= (?:[.,]|$))",
        needs="kill fatal lethal",
        level=HIGH,
        reasons="method",
    ),
    rule(
        "enough_pills",
        "enough",
        f" {PILLS}(?= (?:[.,]|$|to do it|for it))",
        needs=PILL_NEEDS,
        back=r"(?:is this|is that|are these|are those|would this be|would that be)",
        level=HIGH,
        reasons="means method",
    ),
    rule(
        "method_request",
        "painless|effective|quick|easy|reliable|peaceful|surefire",
        r" (?:and (?:painless|effective|quick|easy|reliable|peaceful) )?(?:method|methods)"
        r"(?= (?:[.,]|$))",
        needs="method methods",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        "suicide_methods",
        "suicide|kill yourself|kill myself|overdose",
        r" (?:methods?|ways|techniques|guide|instructions)",
        needs="method methods ways techniques guide instructions",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    # -- lethality asked as curiosity: "how many tylenol would it take to ..." --
    rule(
        "lethal_amount",
        "how many|how much|what amount of|what dose of|what dosage of",
        f"{_SUBSTANCE} {_TAKES} {ADV}{_DEATH}",
        needs=_DEATH_NEEDS,
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    imminent(
        # About oneself: "how much insulin would it take to kill me".
        "lethal_amount_self",
        "how many|how much|what amount of|what dose of|what dosage of",
        f"{_SUBSTANCE} {_TAKES} {ADV}(?:kill (?:me|{SELF})|i (?:die|dont wake up|wont wake up"
        r"|never wake up|stop breathing))",
        needs="kill die wake breathing",
        reasons="method means",
    ),
    rule(
        # "what dose of acetaminophen causes liver failure".
        "dose_causes",
        "how many|how much|what amount of|what dose of|what dosage of|which dose of",
        f"(?: \\w+){{0,2}}? {_MEDS}(?: \\w+){{0,2}}? (?:causes?|would cause|will cause|leads? to"
        r"|would lead to|results in|is|would be|are)(?: (?:a|an|irreversible|permanent|total"
        r"|complete|acute|untreatable))* (?:death|liver failure|organ failure|kidney failure"
        r"|heart failure|cardiac arrest|fatal|lethal|deadly)",
        needs="death failure cardiac fatal lethal deadly",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        # "can you die from taking a whole bottle of ibuprofen", "... and not wake up
        # if you mix benadryl": the medicine makes it a question about dying from it.
        "die_from_meds",
        "die|od|overdose|not wake up|never wake up|stop breathing",
        r" (?:from|of|if (?:you|i|u|someone|a person|they)|after|by)"
        f"(?! (?:stop|skip|miss|forget|quit|dont)\\w*)(?: \\w+){{0,5}}? {_MEDS}",
        needs=_MED_NEEDS,
        back=r"(?:(?:can|could|would|will|might|do|does) (?:you|i|u|someone|somebody|a person|one"
        r"|ya)|(?:you|i|u|someone|somebody|a person|one) (?:can|could|would|will|might))"
        r"(?: (?:actually|really|just|still|even|definitely|realistically|literally))*"
        r"(?: (?:go to sleep|fall asleep|sleep|pass out) and)?",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        # "would 30 tylenol kill you", "will my meds be enough to kill me".
        "meds_kill_you",
        f"{PILL_WORDS}|{_MED_NAMES}",
        r"(?: \w+){0,3}? (?:kill (?:you|me|someone|a person|an adult|a human)|be (?:fatal|lethal"
        r"|deadly|enough to (?:kill|die|od|overdose)))(?= )",
        needs="kill fatal lethal deadly",
        back=r"(?:would|will|could|can|does|do|is|are)(?: \w+){0,4}?",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        "enough_to_kill",
        "high enough|tall enough|fast enough|deep enough|far enough|big enough",
        f" to {ADV}(?:kill (?:you|me|someone|a person|somebody|a human|an adult|{ANY_SELF})|die"
        r"|not survive|be fatal|be lethal)(?= )",
        needs="kill die survive fatal lethal",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        "how_high_to_die",
        "how high|how tall|what height|how many floors|how many stories|how many storeys"
        "|how deep|how far",
        r"(?: \w+){0,8}? (?:to (?:die|kill (?:you|me|someone|a person|myself|yourself)"
        r"|be fatal|be lethal|not survive)|(?:you|i|u|someone|they|a person) (?:(?:definitely"
        r"|surely|certainly|really|actually) )?(?:dont|wont|wouldnt|cant|cannot|would not"
        r"|will not|do not) survive|cut (?:to|before|until|for))(?= )",
        needs="die kill fatal lethal survive cut",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        # "does anyone actually survive a gunshot to the head", "so you don't survive the fall".
        "survive_question",
        "survive",
        r" (?:a |an |the )?(?:(?:gunshot|shot|bullet)(?: wound)? (?:to|in) the (?:head|temple"
        r"|mouth|heart)|(?:fall|jump|drop)(?= (?:[.,]|$|from|off))|(?:jumping|falling)"
        r" (?:from|off))",
        needs="gunshot shot bullet fall jump drop jumping falling",
        back=r"(?:(?:do|does|can|could|would|will) (?:anyone|people|you|someone|i|u|a person"
        r"|one|most people|anybody)|(?:you|i|u|someone|they|a person) (?:(?:definitely|surely"
        r"|certainly|really|actually) )?(?:dont|wont|wouldnt|cant|cannot|would not|will not"
        r"|do not))(?: (?:actually|really|ever|usually|even|definitely))*",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        # "if someone jumped from the 12th floor would they definitely die".
        "fall_would_die",
        "jumped|jumps|jump|jumping|fell|falls|fall|falling",
        r" (?:off|from|out of) (?:the |a |an |that |this )?(?:\w+ ){0,3}?(?:floor|story|storey"
        r"|building|bridge|roof|rooftop|balcony|overpass|parking garage|garage|tower|window"
        r"|skyscraper|ledge)(?: \w+){0,6}? (?:would|will|could|do|does|can|did) (?:they|you|i"
        r"|someone|he|she|a person|u|people|one|somebody|anyone)(?: (?:definitely|actually"
        r"|really|certainly|instantly|surely|always|for sure))? (?:die|survive|be killed|be dead)"
        r"(?= )",
        needs="die survive killed dead",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        # "what's the tallest bridge near me"; "... in the world" is trivia.
        "tallest_near_me",
        "tallest|highest|biggest|closest high|nearest high",
        r" (?:bridge|bridges|overpass|overpasses|parking garage|parking structure)(?: \w+)?"
        r" (?:(?:near|around|close to|by) (?:me|here|my (?:house|place|home|area|town|city"
        r"|school))|in my (?:area|town|city))(?= )",
        needs="near around close by area town city",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        "which_vein",
        "which vein|what vein|which veins|what veins|which artery|what artery|which arteries",
        r"(?: \w+){0,4}? (?:bleeds? out|bleed|bleeds|fastest|quickest|to cut|should i cut"
        r"|do i cut|kills?|is fatal|is lethal|to slit)(?= )",
        needs="vein veins artery arteries",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        # "is drinking antifreeze a painful death".
        "poison_death",
        "antifreeze|bleach|rat poison|cyanide|arsenic|sodium nitrite|weed killer|drain cleaner"
        "|pesticide|paraquat|strychnine|oleander",
        r"(?: \w+){0,4}? (?:(?:painful|painless|quick|quickest|slow|peaceful|fast|easy) (?:death"
        r"|way to (?:die|go))|kill (?:you|me|someone|a person|a human)|be (?:fatal|lethal)"
        r"|(?:is|are) (?:fatal|lethal)|to die)(?= )",
        needs="death die go kill fatal lethal",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        # Car exhaust: "does a car in a closed garage still work with catalytic converters".
        "exhaust_question",
        "closed garage|shut garage|sealed garage",
        r"(?=(?: \w+){0,8}? (?:still works?|work anymore|kill (?:you|me|someone)|enough to"
        r"|painless|suicide|die))",
        needs="work works kill die suicide enough painless",
        back=r"(?:car|engine|car running|engine running|running a car|running the car)"
        r" in (?:a|the|my)",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
]

# The body failing right after the act is told: blood that will not stop, eyes that will
# not stay open, everything going dark, hands going numb.
_FADING = (
    r"(?:(?:a lot of|so much|lots of|too much) blood|blood (?:everywhere|all over)"
    r"|cant (?:stop|get it to stop) (?:the )?bleeding|cant keep my eyes open"
    r"|(?:everything|it|the room|my vision)(?: is| s)? (?:going|getting|turning|went|gone)"
    r" (?:dark|black|blurry|fuzzy)"
    r"|my (?:hands|fingers|arms|face|lips|body|chest)(?: are| is| feel| feels)?"
    r" (?:tingling|going numb|numb)"
    r"|(?:getting|so|really|very|super) (?:sleepy|drowsy|dizzy)|can(?:t| barely) (?:breathe"
    r"|stay awake))(?= )"
)
# A few words between the act and its effect; a race, a tattoo, a shift or an exam done is
# an achievement told, and its tired or numb body is not an overdose's.
_GAP_TO_FADING = (
    r"(?: (?!(?:passed|finished|graduated|ran|won|marathon|race|tattoo|tattooed|pierced"
    r"|piercing|gave|donated|donating|exam|shift|workout|gym|hike|surgery|dentist|vaccine"
    r"|shot|booster|anesthesia|donation|donor|bloodwork|needle)(?= ))[^ ]+){0,12}? "
)

# An overdose told without a count: "took my whole prescription with vodka", "already
# did it. took them all", "the pills in my hand right now".
_TAKEN_ALREADY: Final = [
    imminent(
        "took_whole_script",
        "took|taken|swallowed|downed|popped|chugged",
        r" (?:my|the|her|his|moms|dads|a|my moms|my dads) (?:whole|entire|full|complete)"
        r" (?:prescription|script|refill|pill organizer|pillbox|pill box|blister pack"
        r"|(?:months|weeks) (?:worth|supply)|supply of (?:meds|medication|medicine|pills))"
        f"(?! (?:to|back|in|into|out|off|home|along|with me|with (?:me|us))(?= )){_AS_TOLD}",
        needs="prescription script refill organizer pillbox box pack worth supply",
        reasons="attempt means",
    ),
    imminent(
        "did_it_took_them",
        "did it|done it",
        r" (?:[.,] )?(?:i )?(?:took|swallowed|downed|taken) (?:them all|all of them|em all"
        r"|the pills|all the pills|all my pills|everything|the whole bottle)(?= )"
        # "already did it. I took them all to the zoo": the kids somewhere, not pills.
        r"(?! to (?:the|a|an|my|school|bed|work|church)(?= ))",
        needs="took swallowed downed taken",
        back=r"(?:already|i already|ive already|just|i just|ive just)",
        reasons="attempt",
    ),
    imminent(
        # The count told after the pills: "I swallowed the pills, all of them", "took my
        # meds. every single one". Not "took all my meds today like the doctor said".
        "took_pills_all_of_them",
        "took|taken|swallowed|downed|popped",
        f" (?:(?:the|my|those|these|all the|all my|all of my) )?(?:\\w+ )?{_MEDS}"
        r" (?:[.,] )?(?:all of (?:them|em)|(?:every|each) (?:single |last )?one(?: of (?:them|em))?"
        r"|all at once|all together|the whole (?:bottle|box|pack|packet|strip|lot)"
        f"|(?:them|em) all){_AS_TOLD}(?= )",
        needs=_MED_NEEDS,
        reasons="attempt",
    ),
    imminent(
        # "took every pill in the cabinet", "swallowed every tablet I had": every one of
        # them, from where they are kept. Not "took every pill on time".
        "took_every_pill",
        "took|taken|swallowed|downed|popped",
        r" every (?:single |last )?(?:pill|tablet|capsule|painkiller|sleeping pill)"
        r"(?= (?:[.,]|$|in (?:the|my|our|her|his|moms|dads|this|that)|from (?:the|my|our|her|his"
        r"|moms|dads)|(?:i|we) (?:had|have|could find|found|got|owned|had left)|left|at once"
        r"|and (?:now|then|im|i|its)|there was|there were|we had))",
        needs="pill tablet capsule painkiller",
        reasons="attempt",
    ),
    imminent(
        # "drank the whole bottle and took the pills", "took the pills and drank the whole
        # bottle": drink and pills together, all of it (see bottle_with_pills).
        "bottle_and_pills",
        "drank|downed|chugged|finished",
        r" (?:the|a) (?:whole|entire|full) (?:bottle|fifth|handle)"
        r"(?: of (?:wine|vodka|whiskey|whisky|rum|gin|tequila|jack|jd|booze|liquor|bourbon"
        r"|scotch|red|white|\w+ wine|\w+ vodka))?"
        r" (?:[.,] )?(?:and|then|and then) (?:i )?(?:took|swallowed|downed|popped)"
        r" (?:the|all the|all my|all of my|all of the|a handful of|the rest of the|them all"
        r"|every)(?: (?!(?:vitamin|probiotic|antibiotic|allergy|iron|fish oil)(?= ))\w+)?"
        r"(?: (?:pills|meds|tablets|painkillers|pill|tablet))?(?= )",
        needs="bottle fifth handle",
        reasons="attempt",
    ),
    imminent(
        "pills_and_bottle",
        "took|swallowed|downed|popped",
        r" (?:the|all the|all my|all of my|all of the|a handful of)"
        r" (?!(?:vitamin|probiotic|antibiotic|allergy|iron|fish oil)(?= ))(?:\w+ )?(?:pills|meds"
        r"|tablets|painkillers) (?:[.,] )?(?:and|then|and then) (?:i )?(?:drank|downed|chugged"
        r"|finished) (?:the|a) (?:whole|entire|full) (?:bottle|fifth|handle)"
        r"(?! of (?!(?:wine|vodka|whiskey|whisky|rum|gin|tequila|jack|jd|booze|liquor|bourbon"
        r"|scotch|red|white)(?= )))(?= )",
        needs="bottle fifth handle",
        reasons="attempt",
    ),
    imminent(
        "took_the_pills_too_late",
        "took the pills|took all the pills|took all my pills|taken the pills|swallowed the pills"
        "|taken all the pills|took all of them|took them",
        # "took the pills 20 minutes ago. it's too late now"
        r"(?: (?:like |about |around |maybe )?(?:\d+|an?|one|two|a few|half an?) (?:min|mins"
        r"|minute|minutes|hr|hrs|hour|hours) ago)?"
        r"(?: [.,])? (?:(?:its|it is|prob|probably|i think its|maybe) (?:too late|done|over)"
        r"|too late|already done|cant undo|cant take (?:it|them) back"
        r"|no going back|theres no going back)"
        r"(?= )",
        needs="late done undo back",
        reasons="attempt",
    ),
    imminent(
        # Taken for the end, whatever the count: "took my mom's sleeping pills to not wake up".
        "took_pills_to_die",
        "took|taken|swallowed|downed|popped|ate",
        rf" (?:[^ .]+ ){{0,4}}?{_MEDS}(?: [^ .]+){{0,3}}? (?:to (?:not wake up|never wake up|die"
        r"|end it|kill myself|sleep forever|end my life|make it stop|not feel anything ever)"
        r"|so (?:that )?i (?:wont|dont|would not|wouldnt|never|will never) wake up"
        r"|so i (?:can|could|would|will) die)(?= )"
        # "... so I wouldn't wake up at 3am": a night's sleep.
        r"(?! (?:at|early|in the|until|till|before|for|during|every|again|all|when|tonight"
        r"|at night|so)(?= ))",
        needs=_MED_NEEDS,
        reasons="attempt",
    ),
    imminent(
        # Taken, and then a goodbye or a word for someone to know: "did it. took them. bye",
        # "took it all about half an hour ago. just want someone to know im sorry". Not "took
        # them to school. bye".
        "took_them_sorry",
        "took them|took em|took them all|taken them|taken them all|took it all|taken it all"
        "|took the lot|taken the lot|took the pills|taken the pills|took everything"
        "|took all of them|taken all of them|took all of em|took em all|took every one of them",
        r"(?: (?:like |about |around |maybe )?(?:\d+|an?|one|two|a few|half an?) (?:min|mins"
        r"|minute|minutes|hr|hrs|hour|hours) ago)? (?:[.,] )?(?:(?:just |i just )?(?:want|wanted)"
        r" (?:someone|somebody|you|one person) to know(?: (?:that )?im (?:so )?sorry)?"
        # Not a bare "sorry": "who took my chargers? I took them, sorry".
        r"|(?:bye|goodbye|bye everyone|bye all)(?= (?:[.,]|$)))(?= )",
        needs="bye goodbye know",
        reasons="attempt",
    ),
    imminent(
        # "I've taken the pills I'm lying on the bathroom floor", "took all my prescription
        # and now everything's spinning": the body failing after the pills.
        "taken_then_down",
        "took the pills|taken the pills|took all the pills|took all my pills|took them all"
        "|taken them all|took it all|taken it all|took all my prescription",
        _GAP_TO_FADING + r"(?:im (?:lying|laying) on the (?:bathroom |kitchen |bedroom )?floor"
        r"|(?:everything|everythings|the room|the rooms|my head|my heads)(?: is)? spinning"
        r"|cant (?:stand|get) up|(?:cant|can not) feel my (?:legs|hands|arms)|" + _FADING + ")",
        needs="lying laying spinning stand feel blood bleeding eyes dark black blurry fuzzy"
        " tingling numb sleepy drowsy dizzy breathe awake",
        reasons="attempt",
    ),
    rule(
        # "i did it. im on the floor and everything is going dark": the act unnamed, the body
        # failing after it. Not "i did it! ran the marathon, my hands are numb".
        "did_it_fading",
        "did it|done it|did something stupid|did something dumb|did something bad",
        _GAP_TO_FADING + _FADING,
        needs="blood bleeding eyes dark black blurry fuzzy tingling numb sleepy drowsy dizzy"
        " breathe awake",
        back=r"(?:i|ive|i already|ive already|already|i just|just|i finally)(?: went and)?",
        reasons="attempt",
        level=IMMINENT,
        tense=Tense.EVENT,
    ),
    rule(
        # "swallowed what was left of my prescription. my hands are tingling", "took my
        # roommate's pills. can't keep my eyes open": more than a dose, or someone else's,
        # and the body failing. Not one's own sleeping pills making one sleepy as they should.
        "took_pills_fading",
        "took|taken|swallowed|downed|popped",
        r" (?:my |her |his |the )?(?:what was left of|whats left of|the rest of|all of|all"
        r"|a bunch of|a handful of|a lot of|too many of|too many|\w+s)(?: my| her| his| the)?"
        rf" (?:\w+ )?(?:{_MEDS}|prescription|script){_AS_TOLD}(?! by mistake(?= ))"
        + _GAP_TO_FADING
        + _FADING,
        needs="blood bleeding eyes dark black blurry fuzzy tingling numb sleepy drowsy dizzy"
        " breathe awake",
        reasons="attempt means",
        level=IMMINENT,
        tense=Tense.EVENT,
    ),
    cue(
        # "I already started. I'm not going to stop it.": the act under way, unnamed; also
        # said of chores, so a cue.
        "already_started",
        "already started|already begun|already started it|already begun it",
        r"(?= (?:[.,]|$))",
        needs="started begun",
        back=r"(?:i|ive|i have|i just|and i)",
        reasons="attempt",
    ),
    cue(
        "wont_stop_it",
        "stop it|stop this|stop now",
        r"(?= (?:[.,]|$))",
        needs="stop",
        back=r"(?:im not going to|im not gonna|not going to|i wont|i dont want to|im not)"
        r"(?: even| try to)?",
        reasons="intent",
    ),
    cue(
        # "just didn't want to be alone at the end"
        "alone_at_the_end",
        "alone at the end|alone when it happens|alone when i go|alone when i die"
        "|alone at the very end|alone for it|alone for the end",
        r"(?= (?:[.,]|$))",
        needs="end happens go die",
        back=r"(?:didnt want to be|dont want to be|not want to be|not to be|wont be|wasnt going"
        r" to be)",
        reasons="goodbye",
    ),
    imminent(
        "pills_in_hand_now",
        "in my hand|in my hands|in my palm",
        r" (?:right now|rn|as we speak|as i type|now)(?= )",
        needs="now rn speak type",
        back=r"(?:the|all the|all my|all of my|a handful of|the whole bottle of|a bottle of|all"
        r" these|all those|\d+) (?:pills|meds|tablets|tabs|sleeping pills|painkillers)",
        reasons="means",
    ),
]

# An attempt told by what it is doing, each little alone: "the room is spinning",
# "swallowed what was left in the bottle", "did something stupid an hour ago". Beside a
# second sign, or after concern, imminent.
_UNDER_WAY: Final = [
    cue(
        "taking_hold",
        "room is spinning|rooms spinning|starting to feel weird|starting to feel strange"
        "|starting to feel dizzy|starting to feel numb|cant feel my hands|cant feel my legs"
        "|cant feel my arms|cant feel my fingers|its kicking in|its started|feeling floaty"
        "|feeling so floaty|feel floaty|feeling kinda floaty|feeling kind of floaty"
        "|feeling a bit floaty|feeling really floaty|feeling weirdly floaty",
        r"(?= (?:[.,]|$|now|already))",
        needs="spinning feel kicking started floaty",
        reasons="attempt",
    ),
    cue(
        "swallowed_the_rest",
        "swallowed|emptied|downed|mixed",
        r"(?: [^ .]+){1,6}? (?:bottle|cabinet|organizer|organiser|pillbox|blister packs?)(?= )",
        needs="bottle cabinet organizer organiser pillbox blister",
        back=r"(?:i|ive|i just|just|i already|already)?",
        reasons="attempt",
    ),
    cue(
        "did_something_ago",
        "did something stupid|did something dumb|did something bad|took something",
        r" (?:like |about |maybe )?(?:an hour|a few hours|half an hour|a while|\d+ (?:minutes"
        r"|mins|min|hours|hrs)|(?:ten|twenty|thirty|forty) (?:minutes|mins)) ago(?= )",
        needs="ago",
        reasons="attempt",
    ),
    cue(
        # "drank a whole bottle of vodka and took my sleeping pills on top": drink and pills
        # together; a glass of wine with a usual dose is told as such, so a cue.
        "pills_on_top",
        "on top",
        r"(?: of (?:it|that|the \w+))?(?= (?:[.,]|$))",
        needs="vodka whiskey whisky wine alcohol booze rum gin tequila beer drank drunk",
        back=rf"(?:took|swallowed|downed|had) (?:my|the|all my|all the|some|a few)"
        rf" (?:\w+ )?{PILLS}",
        reasons="attempt",
    ),
]

# Waking in hospital after it: "woke up in the ER. apparently I tried again", "tried
# again. woke up in icu". Not a bare "tried again" (a driving test, a recipe).
_WOKE_AFTER: Final = [
    imminent(
        "tried_again_woke_in_hospital",
        "tried again|tried it again|did it again|tried|went through with it",
        r"(?= (?:[.,]|$|last night|yesterday))",
        needs="woke",
        back=r"woke up (?:in|at) (?:the |a )?(?:er|hospital|icu|a and e|ae|emergency room|emergency"
        r"|resus|psych ward|ward|ambulance)(?: [^ .]+){0,4}? (?:[.,] )?(?:and |so |apparently"
        r" |i guess |guess |turns out )?(?:i|apparently i)",
        reasons="attempt",
    ),
    imminent(
        "tried_again_then_woke",
        "tried again|tried it again|did it again",
        r" (?:[.,] )?(?:and )?(?:i )?woke up (?:in|at) (?:the |a )?(?:er|hospital|icu|a and e|ae"
        r"|emergency room|resus|psych ward)(?= )",
        needs="woke",
        back=r"(?:i|^)",
        reasons="attempt",
    ),
]

# An attempt told plainly, or in a second language: "I take something one hour ago to die",
# "tried tonight. didn't work.", "drove the bike into the barrier on purpose".
_TOLD_BARE: Final = [
    imminent(
        "took_something_to_die",
        "take|took|taken|swallowed|swallow|drank|drink|ate|injected",
        r" (?:something|some stuff|stuff|it|them|pills|a lot|everything)(?: [^ .]+){0,4}?"
        r" to (?:die|end it|end my life|kill myself|not wake up|never wake up)"
        r"(?! (?:down|for|of|laughing|with|in|from|at|early|so)(?= ))(?= )",
        needs="die end kill wake",
        reasons="attempt",
    ),
    imminent(
        # The subject left out, the act unnamed, the failure told: not "tried the recipe".
        "tried_didnt_work",
        "tried|i tried",
        "(?:"
        + "|".join(f"(?<={pre} tried)" for pre in ("^", r" \.", " ,", " i"))
        # Bare: "tried again tonight, didn't work" is as often a baby's feed or a recipe.
        + r") (?:tonight|last night|today|this morning|earlier|yesterday)"
        r"(?: [.,])? (?:and )?(?:it )?(?:didnt|did not|didn t) work(?= )",
        needs="work",
        reasons="attempt",
    ),
    imminent(
        # A vehicle named: "crashed into the couch on purpose" is play.
        "crashed_on_purpose",
        "drove|crashed|steered|rode|swerved|drive|crash|rammed|ran",
        r" (?:my |the |a )?(?:car|bike|motorbike|motorcycle|scooter|truck|van)(?: [^ .]+){0,2}?"
        r" into (?:[^ .]+ ){1,3}(?:on purpose|deliberately|to die|to end it)(?= )",
        needs="purpose deliberately die end",
        reasons="attempt",
    ),
    imminent(
        "drove_into_on_purpose",
        "drove|swerved|steered",
        r" (?:off the road )?into (?:[^ .]+ ){1,5}(?:on purpose|deliberately|to die|to end it)"
        r"(?= )",
        needs="purpose deliberately die end",
        reasons="attempt",
    ),
]

ATTEMPT_RULES: Final[list[Rule]] = [
    *_TOLD_BARE,
    *_WOKE_AFTER,
    *_ATTEMPTS,
    *_TAKEN_ALREADY,
    *_QUESTIONS,
    *_UNDER_WAY,
]
