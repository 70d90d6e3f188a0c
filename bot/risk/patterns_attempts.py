"""English rules for attempts and for questions about methods and lethality.

An attempt in progress ("I just took 40 pills", "I'm standing on the
bridge") is ``imminent``. A past attempt is an EVENT: ``high`` when its time
is unknown, ``imminent`` when recent ("last night"), ``concern`` in the
distant past and nothing once the person says they are okay now. Questions
about how to die, doses and lethality are ``high``, and ``imminent`` when
asked about oneself ("how many pills would it take to kill me").
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
    PILLS,
    SELF,
)
from bot.risk.rules import Rule, Tense, imminent, rule

__all__ = ["ATTEMPT_RULES"]

HIGH, IMMINENT = RiskLevel.HIGH, RiskLevel.IMMINENT

_ATTEMPTS: Final = [
    imminent(
        "took_pills",
        "took|taken|swallowed|downed|overdosed on|popped|drank|ate",
        f" (?:an overdose|{OVERDOSE_AMOUNT}(?: of)? (?:my |the |those |these )?{PILLS})"
        r"(?!(?: \w+){0,3} (?:as prescribed|like (?:the|my) doctor|on time|with (?:food|breakfast"
        r"|water)|for (?:my|the|a) (?:headache|pain|cold|migraine|back|fever|period)))",
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
        r" (?:too deep|stop the bleeding)",
        needs="deep bleeding",
        reasons="attempt",
    ),
    imminent(
        "on_the_edge",
        "bridge|ledge|roof|rooftop|edge|tracks|railing|cliff|balcony|train tracks|railway",
        r"(?= (?:[.,]|$|now|right now|and))",
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
        f"{GUNS}|barrel",
        r" (?:is )?(?:in my mouth|(?:to|against|under) my (?:head|chin|temple)|pointed at my head)",
        needs="mouth head chin temple",
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
        needs="kill die overdose od hang drown suicide kms",
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
        r"(?= (?:and|but|[.,]|$|last|again|twice|once|before|when|in|at))",
        level=HIGH,
        recent_level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
    ),
    rule(
        "overdosed",
        "overdosed|oded",
        f"(?! on (?!{DRUGS}(?= )))",
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
        r" (?:way|ways|method|methods|means) (?:to|of) (?:die|dying|kill (?:"
        f"{ANY_SELF}|me)|end (?:it|it all|my life|your life|ones life|things)|commit suicide"
        r"|suicide|kms|od|overdose)",
        needs="die dying kill suicide kms od overdose",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        "method_judged",
        "hanging|drowning|overdosing|an overdose|bleeding out|electrocution|suffocation"
        "|suffocating|carbon monoxide|slitting my wrists",
        r" (?:a |an |the )?(?:too |very |really |that |so |less |more )?"
        r"(?:painless|quick|quickest|fast|effective|reliable|peaceful|easy|easiest"
        r"|good|sure|surefire|guaranteed|painful|most painless|least painful|best)"
        r"(?= (?:way(?! to (?:describe|put|say|explain))|method|death|[.,]|$|or))",
        needs="painless quick quickest fast effective reliable peaceful easy easiest good sure "
        "surefire guaranteed painful most least best",
        back=r"(?:is|would|would be|does|will)",
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
        r" (?:\w+ ){0,2}(?:ways to (?:die|kill (?:myself|yourself)|end it|commit suicide)"
        r"|how to (?:kill myself|die|end it|end my life|overdose|od|hang myself)|suicide methods"
        r"|methods of suicide|lethal doses?|how (?:many|much) \w+(?: \w+)? (?:it takes"
        r"|it would take|to (?:die|od|overdose)))",
        needs="ways how suicide methods lethal",
        level=HIGH,
        reasons="method",
    ),
    rule(
        "painless_way_to_go",
        "least painful|most painless|painless|painlessly",
        " (?:way|ways|method|methods) to go",
        needs="go",
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
]

ATTEMPT_RULES: Final[list[Rule]] = [*_ATTEMPTS, *_QUESTIONS]
