"""English rules for acts: wanting, intending or thinking about suicide,
and methods.

A rule's level is what a first-person, present, non-negated hit means: a
plain wish to die or to kill oneself is ``high``, stated intent is
``imminent``. Whose words they are, negation, tense, jokes and the
conversation around them are judged in :mod:`bot.risk.screener`.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import (
    ADV,
    ADV_BACK,
    ANY_SELF,
    INTENT,
    NOT_LEAVING_LIFE,
    PILL_NEEDS,
    SELF,
    THOUGHT,
    THOUGHT_GOES_ON,
    WANT,
)
from bot.risk.rules import Kind, Rule, Tense, alt, cue, imminent, rule

__all__ = ["ACT_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT

# A statement's last words: the end of its sentence, or of a clause.
_END_CLAUSE = r"(?= (?:[.,]|$))"

_KILL_WORDS = "kill|kil|kills|murder|off|end|killing|kiling|killin|murdering|offing|ending"
# "my life", "this miserable life", "my own sorry ass life".
_LIFE = r"(?:my|his|her|their|your|this) (?:own )?(?:\w+ ){0,2}(?:life|existence)"
# Not "taking everything of value to the pawn shop", "taking everything personally".
_NOT_ALL_OF_LIFE = (
    r"(?! (?:with (?:my|the|this|that|him|her|them)|of (?:value|worth|mine|ours|his|hers|theirs)"
    r"|personally|too personally|for granted|to (?:the|a|heart)|back|away|apart|out on"
    r"|so seriously|too seriously|seriously|too hard|in stride|from (?:me|him|her|them|us))(?= ))"
)
_END_ALL = (
    # "taking everything in the cabinet to the new house" is a move.
    rf"(?:(?:it all|everything(?! in (?:the|my|our|this|that|it|there)(?= ))){_NOT_ALL_OF_LIFE}"
    r"|(?:it|things|everything) (?:for good|forever|permanently|once and for all))"
)
# The act after a frame ("I want to ___", "I'm going to ___").
# "do suicide" in a second language, "die by suicide" in a clinician's; not "do suicide
# prevention training".
_BY_SUICIDE = (
    r"(?:do|die by|die of|die from|go for|go with) suicide"
    r"(?! (?:prevention|awareness|hotline|line|training|research|watch|risk)(?= ))"
)
_SUICIDE = alt(
    f"(?:kill|kil|murder|off|end) {ANY_SELF}",
    "commit suicide",
    _BY_SUICIDE,
    f"(?:take|end) {_LIFE}",
    f"end {_END_ALL}",
)
_SUICIDE_NEEDS = "kill kil murder off end suicide life existence"
_PILLS = r"(?:pills|meds|medication|tablets|sleeping pills|painkillers)"
_PLACE = (
    r"(?:bridge|building|roof|rooftop|cliff|balcony|tower|overpass|train|bus|truck|subway"
    r"|ledge|window|skyscraper|parking garage|car)"
)
_METHOD_VERBS = "hang|shoot|drown|poison|suffocate|electrocute|stab|gas|strangle|immolate"
_METHOD_GERUNDS = (
    "hanging|shooting|drowning|poisoning|suffocating|electrocuting|stabbing|gassing"
    "|strangling|immolating"
)
_METHOD = alt(
    f"(?:{_METHOD_VERBS}) {ANY_SELF}",
    r"(?:jump|leap|throw my ?self|step|drive) (?:my car )?(?:off|from|in front of|under|off of)"
    rf" (?:a|the|this|that|an|my|our) (?:\w+ )?{_PLACE}",
    r"(?:walk|run|step) (?:out )?into (?:oncoming )?traffic",
    r"(?:drive|crash|steer) (?:my car |the car )?(?:into|off) (?:a|the) (?:wall|tree|pole|river"
    r"|lake|truck|semi|bridge|cliff|barrier|road|highway|overpass)",
    r"(?:lie|lay) (?:down )?on (?:the )?(?:train )?tracks",
    r"(?:slit|slice|sliced|cut|open) (?:open )?my (?:wrists?|throat|veins?|neck)",
    r"(?:take|swallow) every (?:single )?(?:pill|tablet)(?: i have| in (?:my|the) (?:\w+ ){0,2}"
    r"(?:bottle|bottles|cabinet|house))?",
    r"(?:take|swallow) (?:all|all of|every one of|the whole bottle of|a bottle of|a bunch of"
    rf"|a handful of|enough) (?:my |the |these |those )?{_PILLS}",
    rf"(?:down|downing|swallow|swallowing) (?:all |the |these |those |my |whatever )(?:\w+ ){{0,4}}"
    f"{_PILLS}",
    r"overdose|od|take an overdose",
    r"bleed (?:out|to death)",
    r"(?:put|hold|point) (?:a|the|my|my dads) gun (?:to|against|in) my (?:head|mouth|temple)",
    r"eat a bullet|blow my (?:brains|head) (?:out|off)|pull the trigger",
)
_METHOD_NEEDS = (
    "hang shoot drown poison suffocate electrocute stab gas strangle immolate jump leap throw "
    "step drive crash steer traffic tracks wrists wrist throat veins vein pills meds medication "
    "tablets painkillers overdose od bleed gun bullet brains trigger pill tablet neck"
)
# "lay down and die", "crawl in a hole and die", "go to sleep and die": a wish to
# die after lying down, hiding or giving up. Not "see Paris and die", "grow old and
# die with you" or "die happy": only withdrawing verbs lead, and the idioms that
# follow "and die" are left out.
_AND_DIE = (
    r"(?:lay|lie|laying|lying|curl|curling|crawl|crawling|roll over|rot|rotting|sleep|go to sleep"
    r"|fall asleep|give up|go home|hide|fade|wither|waste away|smoke|drink|starve|shrivel up"
    r"|sink|melt)(?: (?!and )\w+){0,4} and die"
    r"(?! (?:happy|young|old|laughing|trying|of|from|for|on|together|with (?:you|him|her))(?= ))"
)
_DIE = alt(
    "die",
    "be dead",
    r"not be alive(?: anymore)?",
    "not live anymore",
    "stop living",
    r"(?:drink|starve) my ?self to death",
    r"(?:get )?out of (?:this )?(?:life|world)",
    _AND_DIE,
)
# "... thoughts keep coming into my head": taken into the match, so "my" says whose
# thoughts they are, whoever was named before ("after the fight with my mom ...").
_INTO_MY_HEAD = (
    r"(?:(?: (?:thoughts?|ideation|urges|feelings))?(?: keep| keeps| kept| always| still)?"
    r" (?:come|comes|came|coming|pop|pops|popping|popped|creep|creeps|creeping|crept|flood"
    r"|floods|flooding|run|runs|running|race|racing)(?: back)?(?: up)? (?:in|into|to|through"
    r"|across) my (?:mind|head|brain))?"
)
# "I don't want to", "I no longer wish to", before the verb of a rule.
# "doesnt" is someone else's wish, which reading turns into third-party concern.
_DONT_WANT = (
    r"(?:dont|doesnt|no longer)(?: really| even| honestly)? (?:want|wanna|wish|have the will)"
    r"(?: to)?"
    # A learner's "I not want live anymore"; "do not" spelled out.
    r"|(?:i|i do|do|i really) not (?:really )?(?:want|wanna)(?: to)?"
    # "I don't think I want to be alive much longer"
    r"|dont (?:think|feel like|know that) i(?: really| even)? (?:want|wanna)(?: to)?"
)

_IDEATION: Final = [
    rule(
        "intent_suicide",
        INTENT,
        f" {ADV}{_SUICIDE}",
        needs=_SUICIDE_NEEDS,
        level=IMMINENT,
        reasons="ideation intent",
        jokable=True,
    ),
    rule(
        "intent_method",
        INTENT,
        f" {ADV}{_METHOD}",
        needs=_METHOD_NEEDS,
        level=IMMINENT,
        reasons="ideation intent method",
    ),
    rule(
        "intent_end_it",
        INTENT,
        f" {ADV}end (?:it|things)(?! (?:with|between|for|early|off|on|here|now|already|today"
        r"|soon|by|at|before|after|in|so|because|but|and|if|when|all)(?= ))|"
        f"{ADV}end this(?= (?:[.,]|$))",
        needs="end",
        level=HIGH,
        context_level=IMMINENT,
        reasons="ideation intent",
        jokable=True,
    ),
    rule(
        "want_suicide",
        f"{WANT}|feel like|felt like|thinking about|thinking of|close to",
        f" (?:to )?{ADV}{_SUICIDE}",
        needs=_SUICIDE_NEEDS,
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule("kill_self", _KILL_WORDS, f" {ANY_SELF}", level=HIGH, reasons="ideation", jokable=True),
    rule(
        # "thinking about taking myself out", "take myself out of the equation for good"
        "take_self_out",
        "take|taking",
        f" {SELF} out(?! (?:to|for|on|shopping|tonight|today|later|dancing|more)(?= ))",
        needs="myself",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
    rule(
        # British, Irish and Australian ways to say suicide: "doing away with myself",
        # "thinking about doing myself in", "I'll top myself". "Did myself in at the gym"
        # (worn out) and "topped myself this year" (outdid) have no frame of wanting,
        # intending or thinking before them, so a frame is asked for.
        "do_self_in",
        "do|doing|top|topping",
        f" {SELF}(?: in(?! (?:the|a|my|at|on|with|for)(?= ))| off)?"
        r"(?= (?:[.,]|$|in|off|one|some|soon|tonight|today|for good|like|and|but|again|too|a lot"
        # "the thoughts about topping myself are right here"
        r"|anyway|already|lately|every|all|are|is|keep|wont"
        # "wanting to top myself for weeks": how long the wish has lasted.
        r"|for (?:weeks|months|days|ages|years|a while|so long|a long time)))",
        needs="myself meself mysef mself self",
        back=rf"(?:{THOUGHT}|thinkin|thoughts)(?: (?:proper|seriously|serious|properly|really))*"
        rf" (?:about|of|bout|aboot){ADV_BACK}"
        rf"|(?:{WANT}|tempted|urge)(?: to)?{ADV_BACK}"
        rf"|(?:{INTENT}|should|could|might|may|ill|i will|i could|i should){ADV_BACK}"
        r"|(?:close|closer|closest)(?: than ever)? to|(?:nearly|almost|near|about to)",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
    rule(
        "do_away_with_self",
        "do away with|doing away with|did away with|done away with",
        f" {SELF}",
        needs="away",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        "out_of_misery",
        "put myself out of|put me out of|take myself out of",
        " (?:my|this) misery",
        needs="misery",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        "fantasize_death",
        "fantasizing|fantasize|fantasise|fantasising|fantasies|daydream|daydreaming|daydreams",
        r" (?:about |of )(?:my own death|dying|being dead|killing myself|ending it|ending my life"
        r"|suicide|my suicide)",
        needs="death dying dead killing ending suicide",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "suicide_on_mind",
        "suicide|killing myself|ending it|ending my life",
        # ... or with no verb: "suicide on my mind 24/7", "killing myself on repeat in my head"
        r"(?: (?:has been|is|keeps|is always|has been living|lives)(?: \w+){0,2})?"
        # "suicide's been on my mind": the folded "'s" leaves "been" alone.
        r"(?: been)? (?:rent free|on my mind|in my head|in my thoughts|on repeat)",
        needs="rent mind head thoughts repeat",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # The thought told as a chant: "my brain all day: just end it just end it just end it".
        "end_it_chant",
        "end it|kill yourself|kys",
        r"(?: [.,])? (?:just )?(?:end it|kill yourself|kys)(?: [.,])? (?:just )?"
        r"(?:end it|kill yourself|kys)",
        needs="end kill kys",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        "voice_says_do_it",
        "telling me to|tells me to|saying to|saying just|says to|says just|keeps saying",
        # "my brain says just turn the wheel": the way named.
        r" (?:just )?(?:end it|kill myself|die|do it|jump|end my life|kill me|turn the wheel"
        r"|yank the wheel|swerve|drive off|step off|step out|step in front|pull the trigger"
        r"|let go|go over|take them all)(?= )",
        needs="end kill die do jump wheel swerve drive step trigger let go take",
        back=r"(?:brain|head|mind|voice|voices|thoughts)(?: keeps| keep| is| are| always| just)*",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "yank_the_wheel",
        "yank|yanking|jerk|jerking|swerve|swerving|turn|turning",
        r" the (?:steering )?wheel(?= (?:[.,]|$|into|off|and|hard))",
        needs="wheel",
        back=r"(?:think about|thought about|thinking about|urge to|want to|wanna|tempted to"
        r"|imagine|imagining)(?: just)?",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # Told a clinician "I'm safe" and takes it back here.
        "not_safe_really",
        "but honestly im not|but im not|but really im not|but truthfully im not"
        "|but im really not|but im not really",
        r"(?= (?:[.,]|$|safe))",
        needs="safe",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # A question about people that ends on the speaker: "is it normal to think about
        # killing yourself every day? because I do", "does everyone think about suicide or
        # is it just me". The "you" is generic, so whose words they are is not asked.
        "asking_because_i_do",
        "because i do|cause i do|cuz i do|coz i do|cos i do|bc i do|i do too|same here"
        "|or is it just me|or just me|asking because i do|asking cause i do",
        r"(?= (?:[.,]|$|too|as well|all the time|every day|constantly|a lot|lol|tbh|honestly))",
        needs="yourself urself oneself suicide die dead life",
        back=r"(?:(?:killing|kill|ending|end|hurting|hurt|cutting|cut|harming|harm)"
        # Not "themselves": a reflexive of others reads as someone else's (third_party).
        r" (?:yourself|urself|oneself|your life|ur life)|suicide"
        r"|wanting to die|want to die|wanna die|being dead)(?: [^ ]+){0,9}?"
        r"(?: (?:and|but|asking|im asking|i ask|just|like))?",
        level=HIGH,
        reasons="ideation",
        personal=False,
    ),
    rule(
        "commit_suicide",
        "commit|committing",
        " suicide",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        "end_life",
        "take|taking|end|ending|finish|finishing",
        f" (?:{_LIFE}|{_END_ALL})",
        needs="life existence end ending everything forever permanently",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        "want_method",
        f"{WANT}|{THOUGHT}|feel like|felt like|should|could|might|close to",
        f" (?:to |about |of )?{ADV}{_METHOD}",
        needs=_METHOD_NEEDS,
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        "method_self",
        f"{_METHOD_VERBS}|{_METHOD_GERUNDS}",
        f" {ANY_SELF}",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        "method_place",
        "jump|jumping|leap|leaping|throw|throwing|step|stepping|drive|driving",
        r" (?:my ?self |my car )?(?:off|from|in front of|under|off of) (?:a|the|this|that|an"
        # "from the top of the parking garage"
        r"|my|our) (?:(?:top|edge|roof) of (?:a|the|this|that|my|our) )?"
        rf"(?:\w+ )?{_PLACE}"
        # Not "jump off my roof into the pool".
        r"(?! (?:into|in) (?:the|a|our|my) (?:pool|lake|water|river|sea|ocean|snow|hay)(?= ))",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        "method_other",
        "walk|walking|run|running|slit|slitting|slice|slicing|sliced|eat|eating|blow|put|putting"
        "|hold|holding",
        r" (?:out )?into (?:oncoming )?traffic| (?:open )?my (?:wrists?|throat|veins?|neck)"
        r"(?! (?:shaving|by accident|accidentally|on (?:a|the))(?= ))"
        r"| a bullet| my (?:brains|head) (?:out|off)| (?:a|the|my|my dads) gun (?:to|against"
        r"|in) my (?:head|mouth|temple)",
        needs="traffic wrists wrist throat veins vein bullet brains gun neck",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        "want_die",
        WANT,
        f" (?:to )?{ADV}{_DIE}",
        needs="die dead alive live living death",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        # "i wnat to dei": the letters of "die" slipped; only right after a want ("DEI" is
        # also a training's name).
        "want_dei",
        "to dei|2 dei|too dei",
        r"(?= (?:[.,]|$|so|rn|now|tonight))",
        needs="dei",
        back=r"(?:want|wanna|need|just want|really want|i want|i wanna)",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        # "I want myself dead", "I want me dead": the wish to be dead, said of oneself.
        "want_self_dead",
        "want|wanna|wish",
        f" (?:me|{SELF}) dead(?! (?:serious|tired|set|wrong)(?= ))",
        needs="dead",
        back=f"i{ADV_BACK}",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        # "god wants me dead and I do too": someone's wish for one's death, shared.
        "they_want_me_dead_too",
        "want me dead|wants me dead|wanted me dead|wish me dead|wishes me dead",
        r"(?: too| already)? (?:and|,)(?: honestly| tbh)? (?:so do i|i do too|i do as well"
        r"|me too|i agree|i want it too|i want that too|i want to be too|so do i honestly"
        r"|so would i|id agree)(?= )",
        needs="dead",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        # Blaming oneself for still being alive: "I feel like a coward for not just
        # ending it". Not "for not ending it sooner" with someone.
        "coward_for_not",
        "for not|for never",
        r" (?:just |already )?(?:ending it|ending my life|killing myself|going through with it"
        r"|doing it already)(?! (?:sooner|earlier|with|between)(?= ))",
        needs="ending killing going doing",
        back=r"(?:coward|pussy|weak|weakling|loser|idiot|failure|pathetic|chicken|wimp"
        r"|hate myself|mad at myself|angry at myself|disappointed in myself)",
        level=HIGH,
        reasons="ideation",
        timed=False,  # "for not ending it right now": the time is of the act not done
    ),
    rule(
        # Held back only at the last step: "I tried knives but I can't bring myself to
        # draw blood". Not "can't bring myself to cut my hair" or "jump into the pool".
        "cant_bring_myself",
        "bring myself to|bring my self to",
        r" (?:draw blood|cut(?= (?:[.,]|$))|cut (?:myself|deep|deeper|my wrists?)"
        r"|pull the trigger(?! on)|jump(?= (?:[.,]|$))|swallow (?:them|the pills|all of them)"
        f"|kick the chair|step off|kill {SELF}|end it(?= (?:[.,]|$)))",
        needs="draw cut trigger jump swallow kick step kill end",
        back=r"(?:cant|couldnt|cannot|could not|can not|never could)(?: even| quite| just)?",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "I don't plan on living past 25": an end of life foreseen and chosen.
        "no_plan_to_live",
        "plan on living|plan to live|planning on living|planning to live|plan on being alive"
        "|plan on being around|plan to be alive|plan to be around",
        r" (?:(?:past|beyond|to|until|till) (?:[1-5]?\d(?!\d)|twenty\w*|thirty\w*|forty\w*"
        r"|fifty\w*|next year|this year|my \w+ birthday|graduation)"
        r"|more than (?:a|another|one|two|five|a few|a couple of) (?:year|years|decade|decades)"
        r"|much longer|for much longer|long)(?= )",
        needs="living live alive around",
        back=r"(?:dont|do not|never)(?: really| even)?",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "cant_wait_to_die",
        # "just waiting to die" is a passive wish (patterns_feelings), unless a time is set.
        "cant wait to|cannot wait to|tired of wanting to|wanting to|waiting to",
        " (?:just )?die(?<!waiting to die)(?<!waiting to just die)"
        "| die(?= (?:tonight|tonite|now|right now|today|tomorrow|soon)(?= ))",
        needs="die",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        "should_have_died",
        "should have|shouldve|should of",
        f" (?:just )?(?:killed {SELF}|committed suicide|died|ended it|ended my life)",
        needs="killed committed died ended",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "best_if_i_die",
        "best|better|easier|simpler",
        r" (?:if|that) i (?:just )?(?:die|died|killed myself|was dead|wasnt here|took my life"
        r"|ended my life|ended (?:it|things|it all|everything)"
        r"(?= (?:[.,]|$|and|tbh|honestly|ngl|already|now)))",
        needs="die died killed dead wasnt ended took",
        back=r"(?:its|it is|it would be|it d be|would be|be|itd be)(?: just| all| so much| a lot)?",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # Better for others, not for oneself: a burden ("my family would be better if I
        # died"), as "better off without me" is. "It would be better if I died" stays above.
        "better_for_them_if_i_die",
        "everyone|everybody|others|other people|people|the world|my family|my parents"
        "|my friends|my kids|my children|them|they",
        r"(?: \w+){0,3} (?:would|will|d)(?: all| honestly| probably| just)? be (?:so much |a lot"
        r" |much |way |far )?better (?:if|when) i (?:just )?(?:die|died|was dead|were dead"
        r"|was gone|wasnt here|wasnt around)",
        needs="better",
        kind=Kind.IDIOM,
        level=CONCERN,
        reasons="burden",
    ),
    rule(
        "mind_on_suicide",
        "mind|minds|thoughts",
        r" (?:is |are |keeps |keep |always )?(?:on|going to|goes to|go to|turning to|drifting to"
        f"|drift to) (?:suicide|killing {SELF}|ending it|ending my life)",
        needs="suicide killing ending",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "suicide_appeals",
        "suicide|killing myself|ending it|ending my life|dying|death",
        r"(?: still| really| honestly)? (?:is|seems|feels|sounds|looks"
        r"|is (?:starting|beginning) to (?:sound|seem|feel|look))(?: like)?"
        r" (?:such |a |an |the |my )?(?:\w+ )?(?:(?:appealing|attractive|good|best|only|easy"
        r"|easiest|better|real) (?:option|answer|solution|way out|choice|escape"
        r"|idea(?= (?:[.,]|$|to me|tbh|honestly|lately|now)))|optimal)",
        needs="option answer solution way choice escape optimal idea",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "all_i_think_about",
        "suicide|killing myself|ending it|ending my life|dying",
        r" is (?:all|the only thing) (?:i |im )?(?:can |ever )?(?:think|thinking) (?:about|of)",
        needs="think thinking",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "i_think_about_all",
        "all i think about|all i can think about|all i ever think about|all i think of"
        "|all i can think|all i think|all i ever think",
        r"(?: \w+){0,3} (?:is|are) (?:either )?(?:suicide|killing myself|ending it|ending my life"
        r"|dying|my death)",
        needs="suicide killing ending dying death",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "courage_to",
        "courage|balls|guts|nerve|strength",
        f" to {ADV}(?:jump|do it|end it|end it all|kill {SELF}|go through with it|die|pull the"
        r" trigger)",
        needs="jump do end kill through die trigger",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "ready_for_suicide",
        "suicide",
        back="ready for|ready to commit|prepared for",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "how is suicide not the answer?", "why isn't suicide an option": a question
        # that argues for it. The statement "suicide isn't the answer" folds differently.
        "suicide_not_answer",
        "suicide",
        r"(?: not)? (?:the|an|a) (?:real |only |good |valid |better )?(?:answer|option|solution"
        r"|way out)",
        back="is|isnt",
        level=HIGH,
        reasons="ideation",
        personal=False,
    ),
    rule(
        "deserve_death",
        "deserve death|deserve to die|deserve to be dead",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        # "then I'm done with life for good": done, and for good.
        "done_for_good",
        "done with life|done with living|done with it all|done with everything|done with this life"
        "|done with being alive|done with this world|done with existing|finished with life"
        "|done with all of it",
        r" (?:for good|forever|permanently|once and for all)(?= )"
        r"(?!(?: [\w,]+){0,8} (?:moving|move|moved|relocating|retiring|retired|quitting)(?= ))",
        needs="good forever permanently once",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        "check_out",
        "check out|checking out|clock out|clocking out|log off|logging off|sign off|signing off"
        "|permanently log off|permanently check out|permanently sign off",
        # Not "checking out early tonight" or "early from work": leaving a place.
        r" (?:(?:a bit |a little |way )?early(?! (?:from|of|to|for|today|tonight|tomorrow|this"
        r"|on|at)(?= ))|for good|permanently|forever|of life|of this life|from life"
        r"|from this life|from existence)"
        # "signing off forever... or at least until my next question": taken back at once.
        r"(?!(?: [.,])* or (?:at least )?(?:until|till|til)(?= ))"
        # A stay cut short: "checking out early. The hotel was awful."
        r"(?!(?: [^ ]+){0,8} (?:hotel|hostel|motel|airbnb|resort|room|rooms|reception"
        r"|library|flight|shift|the shop|the store)(?= ))",
        needs="early good permanently forever life",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
    rule(
        "kill_oneself",
        "kill oneself|killing oneself|end ones life",
        level=HIGH,
        reasons="method",
        personal=False,
    ),
    rule(
        # "passively suicidal", "passively wanting to die", "a passive death wish"
        "passively_suicidal",
        "suicidal|suicidal ideation|ideation|si|death wish|wanting to die|want to die|wanna die"
        "|wishing to die|wanting to be dead|want to be dead|wishing i was dead|wishing i were dead",
        needs="passively passive",
        back="passively|passive",
        kind=Kind.IDIOM,
        level=CONCERN,
        reasons="passive_wish",
    ),
    rule(
        # Unsure of the wish, as "not sure I want to be alive" (patterns_feelings): "I don't
        # know if I want to die or live". Not a choice of when or how ("... tonight or").
        "unsure_want_die",
        "not sure i want to|not sure if i want to|not sure whether i want to|not sure i wanna"
        "|dont know if i want to|dont know whether i want to|dont know i want to"
        "|dont know if i wanna|idk if i want to|idk if i wanna",
        r" (?:die|be dead)(?= (?:[.,]|$|or (?:not|live|if|to live|be alive|just)|anymore"
        r"|tbh|honestly))",
        needs="die dead",
        kind=Kind.IDIOM,
        level=CONCERN,
        reasons="passive_wish",
    ),
    rule(
        # Torn between the two, as "not sure I want to die": "I don't wanna be alive but
        # I also don't wanna die", "I don't want to die, I just don't want to live like this".
        "alive_nor_dead",
        "dont want|dont wanna|dont really want|dont really wanna|do not want",
        r"(?: to)? (?:be alive|live|exist|be here|keep living)(?: [^ .]+){0,3}? (?:but|and|yet"
        r"|,)(?: [^ .]+){0,3}? (?:dont|do not)(?: really| even)? (?:want|wanna)(?: to)?"
        r" (?:die|be dead)(?= (?:[.,]|$|either|if|tho|though|really|exactly|\w+ing))"
        r"|(?: to)? (?:die|be dead)(?: [^ .]+){0,3}? (?:but|and|yet|,)(?: [^ .]+){0,3}?"
        r" (?:dont|do not)(?: really| even)? (?:want|wanna)(?: to)? (?:be alive|live|exist"
        r"|be here|keep living)(?= (?:[.,]|$|either|like this|this way|if|tho|though))",
        needs="die dead",
        kind=Kind.IDIOM,
        level=CONCERN,
        reasons="passive_wish",
    ),
    rule(
        "should_die",
        "should|deserve to",
        f" (?:just |really |honestly )?(?:{_AND_DIE}|die|be dead)",
        needs="die dead",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        "wanted_die",
        "wanted|needed|was ready|were ready|felt like i wanted",
        f" (?:to )?{ADV}{alt(_DIE, _SUICIDE)}",
        needs=f"die dead alive live living {_SUICIDE_NEEDS}",
        level=HIGH,
        reasons="ideation",
        tense=Tense.STATE,
        jokable=True,
    ),
    rule(
        "dont_want_live",
        "live|be alive|stay alive|keep living|keep on living|go on living|carry on living|go on",
        r"(?! (?:with|in|at|there|near|on|together|alone|here|like (?!this)|by|off|through|for"
        r"|abroad|somewhere|anywhere|close|forever|that|the|a|an|my|to|and|about|vacation"
        r"|holiday|dates?|walks?|trips?)(?= ))",
        needs="live alive living go",
        back=_DONT_WANT,
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "dont_want_life",
        "my life|this life|life",
        r" (?:anymore|any more|any longer)",
        needs="life",
        back=r"(?:dont|no longer) want",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "want_life_end",
        "want|wanna|need|wish|begging for|begged for|beg for|praying for|prayed for|pray for",
        r" (?:my life|this life|my existence) to (?:end|be over|stop)",
        needs="life existence",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "thought_suicide",
        THOUGHT,
        # "I think suicide is selfish" is an opinion, not a thought of it.
        r"(?! suicide (?:is|isnt|should|shouldnt|can|cant|would|wouldnt|will|wont"
        r"|has|does|doesnt|seems|sounds|makes|happens|rates)(?= ))"
        # "thinking more and more about ending things"
        r"(?: (?:more and more|more|a lot more|a lot|so much|too much|lately|again|seriously"
        r"|really|properly|hard|constantly))*"
        # Not "ending things with my boyfriend".
        f" (?:about |of |over |on |bout |abt |aboot )?{ADV}(?:suicide"
        r"|ending (?:it|things)(?! (?:with|between|early)(?= ))|ending everything"
        f"|ending my life|not being alive|not living|(?:{_METHOD_GERUNDS})(?: {ANY_SELF})?"
        "|jumping|overdosing|the pills|(?:crashing|flipping|wrecking|driving) my car"
        " (?:on|off|into|in front of))",
        needs=f"suicide ending alive living jumping overdosing pills car {_METHOD_GERUNDS}".replace(
            "|", " "
        ),
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        "suicidal",
        "suicidal",
        r"(?! (?:people|person|patients|teens|youth|individuals|behaviou?r|friend|friends"
        r"|clients|users|callers|kids|students|ideation in)(?= ))"
        f"{_INTO_MY_HEAD}",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        "my_suicide",
        "suicide",
        r"(?! (?:prevention|hotline|awareness|line|squad|mission)(?= ))",
        back="my(?: own)?",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "if_i_killed",
        "what if|if|maybe if",
        f" i (?:just )?(?:killed {SELF}|ended it all|ended my life)",
        needs="killed ended",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        "all_i_want_is",
        "all i want|all i wanna|all i wish|only thing i want|only thing i wanna|all i ever want",
        f"(?: anymore| now| right now)?(?: to do| to| do)? is (?:to )?{ADV}"
        f"(?:overdose and )?(?:{_AND_DIE}|die|be dead"
        f"|not be alive|not exist|stop existing|kill {SELF}|end my life)",
        needs="die dead alive exist existing kill life",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        "only_reason_havent",
        "only reason|only thing|one reason|one thing",
        r"(?: that| why)? i (?:havent|have not|havnt|didnt|did not|dont|do not|wont|am not|im not)"
        f"(?: yet| already)? (?:killed {SELF}|kill {SELF}|ended it|end it|ended my life|end my life"
        r"|committed suicide|commit suicide|gone through with it|go through with it)",
        needs="killed kill ended end committed commit gone go",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "only_thing_stopping",
        "only thing|only reason|only one|only person|only ones|only things",
        r" (?:thats |that is |that are |thats been )?(?:keeping|stopping|holding) me (?:back )?from"
        f" (?:killing {SELF}|ending it|ending my life|committing suicide|suicide)",
        needs="killing ending committing suicide",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "my cat is the only reason I'm still alive": one reason left holds them back.
        # Not "the only reason I'm still here is the pay", a place; not "coffee is
        # the only thing keeping me alive" (an idiom, see patterns_markers).
        "only_reason_alive",
        "only thing|only things|only reason|only reasons|only one|only ones|only person",
        r"(?: that| thats| which| why)?(?: (?:is|are|has been|have been|really|still|actually"
        r"|literally|honestly|truly))*"
        r" (?:(?:keeping|keeps|kept|keep) me|(?:im|i am|ive been|i have been)"
        r"(?: (?:still|even|really|only|honestly))*)"
        r" (?:alive|breathing|living|(?:here|around)(?! (?:at|in|on|for|with)(?= ))"
        r"(?!(?: \w+){0,6} (?:job|work|paycheck|pay|money|salary|insurance|lease|contract|visa"
        r"|degree|company|school|class|town|city|country|apartment|house)(?= )))",
        needs="alive breathing living here around",
        level=HIGH,
        reasons="ideation",
        jokable=True,
        timed=False,
    ),
    rule(
        # "this prozac is the only thing between me and suicide"
        "between_me_and",
        "between me and",
        f" (?:suicide|killing {SELF}|ending it|ending my life|the (?:bridge|rope|pills|gun|edge))",
        needs="suicide killing ending bridge rope pills gun edge",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "the suicidal thoughts I've been having": whose thoughts comes after them.
        "thoughts_im_having",
        "suicidal thoughts|thoughts of suicide|suicidal feelings|thoughts of killing myself",
        r" (?:that )?(?:ive|i have|im|i am|i keep|i still|i get|i)(?: been| still| always)?"
        r" (?:having|getting|feeling|had|get|have)",
        needs="suicidal suicide killing",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "I was so close to ending it today": near acting, like "close to ending my life".
        "close_to_ending_it",
        "close to ending it|closer to ending it|closest to ending it|close to ending things",
        r"(?! (?:with|between|for|early|off|on|here|so|because|but|if|when|all)(?= ))",
        needs="ending",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "edge_of_suicide",
        "edge of|verge of|brink of",
        f" (?:suicide|killing {SELF}|ending it all|ending my life|ending it)",
        needs="suicide killing ending",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "want_out_of_life",
        WANT,
        r" (?:to get )?out of (?:this |my |the )?(?:life|world|existence)(?! of)",
        needs="life world existence",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "leave_this_world",
        f"{WANT}|{THOUGHT}",
        f" (?:about |of |to )?{ADV}(?:leaving|abandoning|exiting|departing|leave|abandon|exit"
        r"|depart) (?:this|the) (?:world|earth|planet)" + NOT_LEAVING_LIFE,
        needs="leaving abandoning exiting departing leave abandon exit depart",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "how_i_would_do_it",
        THOUGHT,
        r" (?:about )?how (?:i would|id|i could|i will|ill|i might|i am going to|im going to)"
        f" (?:do it|end it|end it all|kill {SELF}|go through with it)"
        r"(?! (?:differently|better|again|over|if|this way|that way|right|properly)(?= ))",
        needs="do end kill go",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        "suicide_thoughts",
        "suicide thoughts|suicide thought|thoughts of suicide",
        r"(?! (?:in|among|of) (?:people|teens|kids|students|men|women)(?= ))"
        f"{_INTO_MY_HEAD}",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        "regret_surviving",
        "survived|surviving|survive",
        r"(?= (?:[.,]|$|the attempt|my attempt|last time))",
        back=r"(?:wish i (?:hadnt|didnt|had not|did not|never)|i regret|hate that i)",
        level=HIGH,
        reasons="ideation attempt",
    ),
    rule(
        "would_have_killed",
        "would have|wouldve|would of|woulda|id have|id of",
        f" (?:killed {SELF}|ended (?:my life|it all|it)|committed suicide)"
        r"(?: (?:by now|already|long ago|a long time ago|years ago))?"
        r"(?: (?:but|if (?:it wasnt|it werent|it was not|not) for|if not for))",
        needs="killed ended committed",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "suicide_an_option",
        "suicide|killing myself|ending my life|ending it all",
        # "feels less like a scary word and more like an option": a few words between.
        r" (?:is|feels|seems|is starting to feel|has started to feel|has become)"
        r"(?: (?!(?:not|never|no|isnt)(?= ))\w+){0,8}? (?:still |like )?(?:on the table|an option"
        r"|a real option"
        r"|a (?:valid|viable|reasonable|legit|good) option"
        r"|my (?:only )?option|the answer)",
        needs="table option answer",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "ruled_out",
        "ruled out|ruled",
        r" (?:suicide|killing myself|ending my life)(?: out)?",
        needs="suicide killing ending",
        back=r"(?:havent|have not|never|not)(?: completely| fully| entirely)?",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "reactive",
        "makes|made|make|making",
        f" me {ADV}(?:want to|wanna) {ADV}(?:die|kill {SELF}|kms|unalive(?: {SELF})?)",
        # Schoolwork named bare, with no "this": "group project made me want to unalive".
        back=r"(?:this|that|these|those|the|it|group project|group projects|homework|coursework"
        r"|assignments?|exams?|revision|deadlines?)(?: \w+){0,3}",
        needs="die kill kms unalive",
        kind=Kind.IDIOM,
        level=CONCERN,
        reasons="ideation",
        jokable=True,
    ),
]

# A method pictured, the way people tell it without naming the act: "thinking how easy it
# would be to just go over", "I think about swallowing everything in the cabinet".
_PICTURE = (
    r"(?:think about|thinking about|thought about|thinkin about|thinking of|think of"
    r"|keep picturing|picturing|picture|imagine|imagining|want to|wanna|tempted to|urge to"
    r"|could|should|might)(?: just)?"
)
_PICTURED: Final = [
    rule(
        "how_easy_to",
        "easy it would be|easy itd be|easy it is|easy it would|easy it will be|easy it could be"
        "|simple it would be|simple itd be|quick it would be|quick itd be",
        r" to (?:just )?(?:go over(?= (?:[.,]|$|the (?:edge|railing|rail|side|ledge|barrier)))"
        r"|jump(?= (?:[.,]|$|off|from|in front))|step (?:off|over)(?= (?:[.,]|$|the (?:edge"
        r"|railing|rail|ledge|platform)))|step out(?= (?:[.,]|$|in front|into))"
        r"|let go(?= (?:[.,]|$))|lean (?:over|forward)(?= (?:[.,]|$))|fall(?= (?:[.,]|$|off|from))"
        r"|end it(?: all)?(?= (?:[.,]|$))|end everything|end my life|drive off"
        # Not round a pothole or past a cyclist.
        r"|swerve(?= (?:[.,]|$|into|off|in front|across|over))"
        rf"|take them all|take all of them|swallow them all|kill {SELF}|die|not wake up"
        r"|never wake up|overdose|pull the trigger|stop breathing)(?= )",
        back="how",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # The place named, then the thought left unfinished: "I keep thinking about the bridge
        # on my drive home. just how easy it would be". Only at a sentence's end, so "how easy
        # it would be to fix" or "... if we had notes" say what would be easy.
        "how_easy_it_would_be",
        "how easy it would be|how easy itd be|how easy it is|how simple it would be"
        "|how quick it would be|how easy it could be",
        r"(?: (?:really|honestly|tbh))?(?= (?:\.|$))",
        needs="bridge overpass cliff ledge balcony roof rooftop tracks train trains platform"
        " pills meds rope gun",
        back=rf"{_PICTURE}(?: the| my| that)? (?:bridge|overpass|cliff|ledge|balcony|roof"
        r"|rooftop|tracks|train|trains|platform|pills|meds|rope|gun)(?: [^ .]+){0,6}"
        r"(?: \.| and| ,)?(?: just| about)?",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # A high place named, then the act left unsaid: "there's a parking garage near
        # work, that's how I'm gonna do it". Only "do it" or "end it" at a clause's end, so
        # "that's where I'll go" (a walk to the cliffs) and "that's how I'll do it next
        # time" (a renovation) stay ordinary.
        "place_then_do_it",
        "thats how|thats where|that is how|that is where|thats the way",
        r" (?:im (?:gonna|going to)|ill|i will|i want to|i wanna|id|i would|im (?:gonna|going"
        r" to) have to) (?:do it|end it|end things)(?= (?:[.,]|$|tonight|tomorrow|soon|when))",
        needs="bridge overpass cliff ledge rooftop tracks railway garage park multistorey",
        back=r"(?:bridge|overpass|cliff|ledge|rooftop|roof|tracks|railway|parking garage"
        r"|parking structure|car park|multistorey|multi storey)(?: [^ .]+){0,6}(?: ,| \.)?"
        r"(?: [^ .]+){0,3}",  # "... today to look. i think that's how"
        level=HIGH,
        reasons="plan method",
    ),
    rule(
        "swallow_everything",
        "swallowing|swallow|taking|take|downing|down",
        r" (?:everything|every pill|all the pills|all the meds|whatever is|whats) in (?:it|there"
        r"|(?:the|my|our|that|a|moms|dads|my moms|my dads) (?:\w+ ){0,2}(?:cabinet|cupboard"
        r"|pill box|pillbox|first aid kit|drawer|bottle))"
        r"(?! (?:to|with|out|home|back|along|into|off|and (?:put|move|pack|sort))(?= ))",
        needs="cabinet cupboard pillbox medicine pills meds",
        back=_PICTURE,
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        "take_them_all_thought",
        "taking them all|taking all of them|swallowing them all|swallowing all of them"
        "|taking the whole bottle|swallowing the whole bottle|taking all of it|swallowing all of it"
        "|downing them all|downing the whole bottle|taking every last one|taking every one",
        r"(?! (?:to|with|home|out|along|back|in|off)(?= ))",
        needs=f"{PILL_NEEDS} pill bottle bottles emojipill",
        back=r"(?:think|thinking|thought|thinkin|obsessing|fantasizing|dreaming|daydreaming)"
        rf" (?:about|of)(?: just)?|{THOUGHT_GOES_ON}",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "... the gun in my dad's closet and how it would all just stop": a means named and
        # the quiet after it.
        "means_and_it_stops",
        "how it would|how itd|how everything would|how it all would|how the pain would"
        "|how quiet it would",
        r"(?: all)?(?: just)? (?:stop|end|be over|go quiet|go away|be quiet)"
        r"(?= (?:[.,]|$|forever|for good|finally|and))",
        needs="gun pistol rifle pills rope noose bridge blade razor meds",
        back=r"(?:gun|pistol|rifle|pills|rope|noose|bridge|blade|razor|meds)(?: [^ .]+){0,6}"
        r" and(?: (?:thinking|think|thought) (?:about|of))?",
        level=HIGH,
        reasons="ideation method",
    ),
]

# The wish said and then made plain: "I want out. like out out", "not run away, like actually
# stop living", "... makes me feel calm", "thinking about making sure I don't (wake up)".
_MADE_PLAIN: Final = [
    rule(
        "out_out",
        "out out",
        r"(?= )",
        back=r"(?:want|wanna|need|wanting)(?: to get)?(?: out(?: [.,])? (?:like|i mean|as in"
        r"|and i mean))?",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        "like_actually_dead",
        "stop living|stop existing|not be alive|not exist anymore|be dead|cease to exist"
        "|not be here anymore",
        r"(?= )",
        needs="living existing alive exist dead cease here",
        back=r"(?:like|i mean|as in|meaning)(?: actually| literally| really| properly| for real)",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        # "I think about being dead all the time and it makes me feel calm"
        "death_calms_me",
        "makes me feel|make me feel|made me feel|calms me|calms me down|gives me peace"
        "|brings me peace",
        r"(?:(?<=feel)(?: (?:so|really|weirdly|strangely|oddly|kind of|kinda|more|a bit))*"
        r" (?:calm|calmer|peaceful|at peace|better|happy|happier|relieved|safe|comforted|warm"
        r"|good)|(?<!feel))(?= )",
        needs="dead dying death existing killing suicide waking ending",
        back=r"(?:being dead|dying|my death|my own death|not existing|killing myself|suicide"
        r"|not waking up|ending it|ending my life)(?: [^ .]+){0,5}?(?: and)?(?: it| that| which"
        r"| this| the thought| the idea)?",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "make_sure_no_waking",
        "making sure i dont|make sure i dont|making sure i never|make sure i never"
        "|make sure i wont|making sure i wont|ensure i dont|ensure i never|ensuring i dont",
        r"(?: (?:ever )?wake up(?: again)?)?(?= (?:[.,]|$|tomorrow|this time))",
        needs="wake",
        back=r"(?:thinking about|thinking of|think about|planning on|planning to|going to|gonna"
        r"|im going to|ill|i will|want to|wanna|decided to|how to|a way to|im)(?: just| finally)?",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "kys is what my brain tells me all day": the voice's words, said of oneself.
        "what_my_brain_says",
        "is what my brain|is what my head|is what my mind|is what the voice|is what the voices"
        "|is what my thoughts|is all my brain|is all my head|is what my inner voice",
        r" (?:tells?|says?|keeps? telling|keeps? saying|is telling|are telling|screams?"
        r"|whispers?|repeats?)(?= )",
        needs="brain head mind voice voices thoughts",
        back=r"(?:kys|kms|kill yourself|kill urself|kill myself|just die|die|end it|unalive"
        r" yourself|jump|do it)",
        level=HIGH,
        reasons="ideation",
        personal=False,  # "kill yourself" is what the voice says; the speaker hears it
    ),
]

# Said in other words than the usual ones: an intent put formally, a weapon turned on
# oneself, a way of ending it dwelt on, means thought of for the act.
_OTHER_WORDS: Final = [
    rule(
        # "I intend to die by my own hand": intent, not a life lived to old age.
        "intend_to_die",
        "intend to|fully intend to|really intend to",
        r" (?:die|kill myself|end my life|take my life|end it)"
        r"(?! (?:laughing|happy|old|of old age|in my sleep|peacefully|trying|on this hill)(?= ))"
        # Nor a life's end pictured: "die rich", "die a legend", "die in Paris".
        r"(?! (?:rich|famous|young|a legend|a hero|an old|with my boots|surrounded|doing"
        r"|at \d+|in (?!my |the |a |this |here )[^ .]+)(?= ))",
        needs="intend",
        back=r"i(?: still| now)?",
        level=IMMINENT,
        reasons="ideation intent",
    ),
    rule(
        # "thinking about using my dad's gun on myself".
        "weapon_on_myself",
        "gun|pistol|rifle|shotgun|revolver|handgun|firearm",
        r" on (?:myself|me|my self)(?= )",
        needs="myself me self",
        # Someone else's weapon ("my dad's gun"); "a gun on myself" is _PICTURED's.
        back=r"(?:use|using|turn|turning|point|pointing|used)(?: my)? \w+s",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "like ending it that way", "the thought of cutting too deep".
        "way_dwelt_on",
        "ending it that way|end it that way|ending things that way|end my life that way"
        "|ending my life that way|cutting too deep|cut too deep",
        # Not into wood or a dog's nail: "cutting too deep into the dovetail".
        r"(?! (?:into|when|while|with|through|on the|the|and ruin)(?= ))",
        needs="ending end cutting cut",
        back=r"(?:like|about|of|thought of|thinking about|thinking of|think about|considering)",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "keep thinking about using it to end things": means named before, the act now.
        "means_to_end",
        "using it|use it|using them|use them|using that|use that",
        r" to (?:end (?:things|it|it all|everything|my life)|kill myself|not wake up)(?= )"
        # Earplugs and curtains: "to not wake up when he snores", "at 5am".
        r"(?! (?:when|at|early|before|until|till|every|from|in the)(?= ))",
        needs="end kill wake",
        level=HIGH,
        reasons="ideation means",
    ),
]

# Set out in few words: a way of dying pictured and not going away, slang and puns for
# dying said in earnest ("I want to dye. and not my hair").
_SAID_SHORT: Final = [
    rule(
        # "the image of steering into oncoming traffic won't leave me alone".
        "method_idea_lingers",
        "image of|idea of|thought of|picture of|images of|thoughts of",
        r" (?:myself )?(?:steering|driving|swerving|crashing|veering) (?:my |the )?(?:car |truck )?"
        r"(?:into (?:oncoming traffic|a (?:tree|wall|pole|semi|truck|bridge))|off (?:the|a)"
        r" (?:road|bridge|cliff|overpass)|on purpose)"
        # Not a test driver's nerves: "driving into a wall on my driving test".
        r"(?! on my (?:driving )?test)"
        r"(?: \w+){0,3}? (?:wont leave me alone|wont go away|is on my mind|keeps coming back"
        r"|is stuck in my head|is in my head|wont leave my head|is always there|follows me)(?= )",
        needs="steering driving swerving crashing veering",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "keep thinking about crashing my car on purpose": the way, as a thought.
        "crash_on_purpose",
        # "when I'm on the tractor I picture rolling it on purpose"
        "crashing|crash|wrecking|wreck|steering|steer|driving|drive|rolling|roll|flipping|flip",
        r" (?:(?:my|the) (?:car|truck|van|tractor|quad|atv)|it) (?:into \w+ )?on purpose(?= )"
        # A stunt or a game's trick: "for the final stunt", "to get the insurance money".
        r"(?! (?:for (?:the|a|our) (?:\w+ )?(?:stunt|scene|shot|video|movie|film)|to get)(?= ))"
        # ... in a game, a show or a drill: "... down the hill in the game lol", "so we
        # know how to jump clear".
        r"(?!(?: [^ .]+){0,6} (?:game|simulator|sim|gta|stunt|show|demo|drill|training"
        r"|practice|practise|jump clear|so (?:we|you) (?:know|learn|can))(?= ))",
        needs="purpose",
        back=r"(?:thinking about|think about|thought about|thinking of|want to|wanna|going to"
        r"|gonna|might|picture|picturing|imagine|imagining)",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "I should just end it myself before it gets bad": the act done by one's own hand.
        # Not "end it with him".
        "end_it_myself",
        "end it myself|end it all myself|end things myself|end it on my own terms"
        "|end it on my terms",
        r"(?!(?: [^ .]+){0,6} (?:relationship|marriage|friendship|contract|lease|game|story"
        # ... or a job, a meeting, a subscription: "I'll end it on my own terms, handing in
        # my notice", "... and hire someone else".
        r"|stream|series|with (?:him|her|them)|notice|job|meeting|call|subscription"
        r"|membership|account|chat|argument|project|band|bank|hire|walked|walk)(?= ))",
        needs="myself terms",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "I promised myself if the scans came back bad I'd end it": a condition met or not,
        # the act promised.
        "promised_to_end_it",
        "promised myself|made a promise to myself|swore to myself",
        r" (?:that )?(?:if|when|once) (?:(?:[^ .]+ ){1,8}?(?:id|i would|ill|i will)"
        r" (?:kill myself|end my life|take my life)"
        # "end it" of a relationship, a band, a project or an app: "if he cheated again I'd
        # end it", "I'd end it and move on", "I'd end things with twitter".
        r"|(?:(?!(?:cheated|cheats|cheat|lied|band|project|business|series|show|season|startup"
        r"|shop|course|degree|gig)(?= ))[^ .]+ ){1,8}?(?:id|i would|ill|i will)"
        r" (?:end it|end things)(?! (?:with|and (?:move|moved|start|started|try|tried))(?= )))"
        r"(?= )",
        needs="promised promise swore",
        level=HIGH,
        reasons="ideation intent",
    ),
    rule(
        # After "kys" or "unalive" is named: "now I'm starting to think about doing it
        # myself", "that's all I think about doing lately".
        "slang_thought_of",
        "doing it myself|do it myself|all i think about doing|all i think about"
        "|all i can think about",
        r"(?= (?:[.,]|$|lately|these days|anymore|now|recently))",
        needs="kys unalive kms suicide",
        back=r"(?:think|thinking|thought) (?:about|of)|(?:thats|that is|its|it is)",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "I want to dye. and not my hair": the pun taken back at once.
        "dye_not_hair",
        "dye|dyeing",
        r" (?:[.,] )?(?:and |but )?not (?:my|the|a) hair(?= (?:[.,]|$|lol|lmao))"
        r"(?!(?: lol| lmao)? [.,] (?:my|the|but|just|i mean)(?= ))",
        needs="hair",
        back=r"(?:want to|wanna|going to|gonna|about to|thinking about|wish i could)",
        level=HIGH,
        reasons="ideation slang",
    ),
    rule(
        # "thinking about being unalive a lot lately": the state wished for, not the word.
        "thinking_being_unalive",
        "being unalive|becoming unalive|going unalive|unaliving myself|unaliving",
        # Not a boss or a sourdough starter unalived: "unaliving the boss".
        r"(?= )(?:(?<!unaliving)|(?! (?:the|my|a|an|this|that|these|those|his|her|their|every"
        r"|all|some)(?= )))",
        needs="unalive unaliving",
        back=r"(?:thinking about|think about|thought about|thinking of|keep thinking about"
        r"|thinking abt|dreaming about|dream about|fantasizing about)",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
]

_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# Said to oneself as one intends it: "going to", "will".
_GOING_TO = r"(?:im going to|i am going to|going to|im gonna|gonna|ill|i will|im about to|about to)"
# A life's end put in the speaker's own words: "put an end to myself".
_END_OF_ME = "put an end to myself|put an end to my life|put an end to my own life|put an end to me"
# "make sure I never wake up", and the ways it is spelt.
_NOT_WAKING = (
    "make sure i never wake up|make sure i dont wake up|make sure i wont wake up"
    "|make sure i do not wake up|make sure i dont ever wake up|make sure i never wake"
)

# Intent said in other words than the usual ones, as set10 told it: an end put to oneself,
# not waking made sure of, dying on purpose, the brain's own "just end it".
_INTENT_OTHERWISE: Final = [
    rule(
        # "want to put an end to myself"; not "... to my life as a student".
        "end_to_myself",
        _END_OF_ME,
        r"(?! (?:as|of|here|in this|at this)(?= ))",
        needs="end",
        level=HIGH,
        reasons="ideation",
    ),
    imminent(
        # The act named, then owned as the plan: "S.U.I.C.I.D.E. that's the plan", "suicide,
        # that's my plan this weekend". Not a plot: "... that's the plan for chapter two".
        "suicide_is_the_plan",
        "suicide|killing myself|ending it all|ending my life",
        r" [.,]? ?(?:thats|that is|its|it is|is|as) (?:the|my) (?:plan|decision)"
        r"(?! (?:for|in) (?:the|my|this|that|chapter|act|book|story|novel|script|game|episode)"
        r"(?= ))",
        needs="plan decision",
        reasons="plan intent",
    ),
    imminent(
        "going_to_end_myself",
        _END_OF_ME,
        r"(?! (?:as|of|here|in this|at this)(?= ))",
        needs="end",
        back=_GOING_TO,
        reasons="ideation intent",
    ),
    rule(
        # "... and make sure I never wake up from it"; not the baby, nor an alarm at five.
        "sure_never_wake",
        _NOT_WAKING,
        r"(?: (?:from it|again|this time|ever again|up again))?(?= (?:[.,]|$))",
        needs="wake",
        level=HIGH,
        context_level=IMMINENT,
        reasons="ideation",
    ),
    imminent(
        # "picked up enough to make sure i don't wake up", "going to ... and make sure".
        "enough_never_wake",
        _NOT_WAKING,
        r"(?: (?:from it|again|this time|ever again|up again))?(?= (?:[.,]|$))",
        needs="wake",
        back=r"(?:enough to|going to|gonna|and|will|ill|i will)",
        reasons="ideation intent",
    ),
    rule(
        # "that's the day I'm going to die on purpose"; timed, so a day makes it imminent.
        # Not a game's deliberate death ("die on purpose to skip the level").
        "die_on_purpose",
        "die on purpose|dying on purpose",
        r"(?!(?: [^ .]+){0,8} (?:game|respawn|level|boss|checkpoint|speedrun|glitch|skip"
        r"|mario|character|run|achievement|trophy)(?= ))",
        needs="purpose",
        back=r"(?:going to|gonna|want to|wanna|will|ill|plan to|planning to|about to)",
        level=HIGH,
        reasons="ideation intent",
    ),
    rule(
        # "my brain keeps going 'just end it, just end it'": the urge heard, in its words.
        "brain_keeps_going",
        "brain keeps going|brain keeps saying|brain goes|head keeps going|head keeps saying"
        "|mind keeps going|mind keeps saying|brain just keeps going|brain keeps telling me"
        "|head keeps telling me|mind keeps telling me",
        r" (?:just )?(?:end it|end it all|kill yourself|kill urself|kys|kill myself|kms|just die"
        r"|unalive yourself)(?= )",
        needs="end kill kys kms die unalive",
        level=HIGH,
        reasons="ideation",
        personal=False,  # "kill yourself" is what the brain says; the speaker hears it
    ),
    rule(
        # "they'd all be better if I was gone, like actually killed myself gone": gone, meant.
        # Not someone else gone ("he's gone, like actually dead").
        "gone_like_actually",
        "like actually|like literally",
        # "gone" looked back at, not a frame: a frame would take "if I was" into the hit.
        r"(?:(?<= gone , like actually)|(?<= gone like actually)|(?<= gone , like literally)"
        r"|(?<= gone like literally)) (?:killed myself|kill myself)(?: gone| dead)?(?= )",
        needs="killed kill",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "I'm gonna end things and I want one person to know": intent_end_it leaves a
        # clause after "and" alone ("end things and move on"); this one is told.
        "end_it_and_tell",
        "end things|end it|end it all",
        r"(?= and i (?:just )?(?:want|wanted|need|needed) (?:one person|someone|somebody"
        r"|someone|one someone|you) to know)",
        needs="know",
        back=_GOING_TO,
        level=HIGH,
        context_level=IMMINENT,
        reasons="ideation intent",
    ),
    cue(
        # "I'll be dead by friday": also said of a week's work, so a cue.
        "dead_by_then",
        "ill be dead by|i will be dead by|im going to be dead by|im gonna be dead by",
        rf" (?:tomorrow|tonight|the weekend|next week|the morning|then|{_DAYS})" + _END_CLAUSE,
        needs="dead",
        reasons="intent timeline",
    ),
    cue(
        "by_then_dead",
        "by this time tomorrow|by tomorrow|this time tomorrow|by tonight|by the weekend",
        r"(?: ,)? (?:ill|i will|im going to|im gonna) be dead" + _END_CLAUSE,
        needs="dead",
        reasons="intent timeline",
    ),
    cue(
        # "I'm doing it first thing in the morning": a chore's words too.
        "doing_it_first_thing",
        "doing it first thing|do it first thing",
        r"(?: in the morning| tomorrow| tomorrow morning)?" + _END_CLAUSE,
        needs="first",
        back=r"(?:im|i am|ill|i will|im going to be|gonna)",
        reasons="intent timeline",
    ),
]

# A thought told around its words: the act at the end of a longer thought ("thinking about
# walking out past the fence line one night and ending it"), "doing it to myself" after
# the calls that showed what it is, someone else's thoughts owned ("Marcus is me"), a way with
# the thought of the end ("thinking this is how I go"), a whole supply pictured taken.
_TOLD_AROUND: Final = [
    rule(
        "thought_then_ending_it",
        "thinking about|thinking of|think about|thought about|thinkin about|thinking bout"
        "|thinkin bout|picturing|imagining",
        rf"(?: [^ .]+){{1,12}}? and {ADV}ending (?:it|it all|things|my life|everything)"
        r"(?! (?:with|between|early|on a|on an|on the)(?= ))",
        needs="ending",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        "doing_it_to_myself",
        "doing it to myself|doing that to myself|doing the same to myself|doing the same thing"
        " to myself|do it to myself|do that to myself|do the same to myself",
        r"(?! (?:every|when|again)(?= ))",
        needs="calls suicide suicides suicidal died dead death kill killed killing hanging hanged"
        " overdose overdoses jumper jumpers behind funeral body bodies",
        back=rf"(?:thinking|think|thought|thinkin) (?:about|of){ADV_BACK}",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "Marcus is thinking about killing himself again. Marcus is me."
        "the_other_is_me",
        "is me|is actually me|is really me|was me|was actually me|was really me|is just me",
        r"(?= (?:[.,]|$))",
        needs="himself herself themselves suicide suicidal die dying kill killing",
        back=r"(?:[.,]|ok|okay|honestly|actually|truth is|lol) (?:[^ .,]+|my friend|the friend"
        r"|this friend|my buddy|the buddy|my mate|the person|this person|the guy|this guy"
        r"|the girl|this girl|my friend \w+)",
        level=HIGH,
        reasons="ideation",
        personal=False,  # the other named is the speaker
    ),
    rule(
        # "i keep holding it and thinking this is how i go".
        "this_is_how_i_go",
        "this is how",
        r" (?:i|ill|i will|im going to|im gonna|i want to|id) (?:go|die|end it|end things|do it"
        r"|check out|want to go|want to die)(?= (?:[.,]|$|and|tonight|now|soon|someday|one day))",
        needs="go die end do check",
        back=r"(?:thinking|think|thought|knowing|know|decided|feel like|feeling like|imagining"
        r"|picturing)(?: that)?",
        level=HIGH,
        reasons="ideation method",
        jokable=True,
    ),
    rule(
        # "thinking about taking the whole cart for myself", "... swallowing the whole supply".
        "take_whole_supply",
        "taking the whole|take the whole|swallowing the whole|swallow the whole|taking the entire"
        "|downing the whole|taking the whole lot|taking my whole",
        r" (?:med cart|medicine cart|drug cart|meds cart|cart|supply|stock|stash|lot|cabinet"
        r"|pharmacy|bottle|box|pack|packet|prescription|script)"
        # Not moved: "... the whole box of meds home to sort".
        r"(?!(?: of [^ .]+)? (?:to|with|home|out|along|back|off|in|into|and (?:put|move|sell"
        r"|pack))(?= ))(?!(?: [^ .]+){0,3} (?:home|back|along|to sort|to the)(?= ))",
        needs=PILL_NEEDS,
        back=rf"(?:thinking|think|thought|thinkin|picturing|imagining|fantasizing|dreaming)"
        rf" (?:about|of){ADV_BACK}",
        level=HIGH,
        reasons="ideation method",
    ),
]

# Stopping oneself for good, and ending told in a learner's plain present or as the one
# way left: "thinking about making myself stop permanently", "tomorrow night I die",
# "suicide feels like the only treatment left".
_PUT_PLAINLY: Final = [
    rule(
        "make_myself_stop",
        "make myself stop|making myself stop|make me stop|making me stop|switch myself off"
        "|switching myself off|turn myself off|turning myself off",
        r" (?:permanently|for good|forever|for ever)(?= )",
        needs="permanently good forever ever",
        back=rf"(?:{THOUGHT}|thoughts) (?:about|of){ADV_BACK}|(?:{WANT}|tempted|urge)(?: to)?"
        rf"{ADV_BACK}|(?:{INTENT}|should|could|might|ill|i will){ADV_BACK}",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "tomorrow night I die.", "on Friday I die": a time, then the act in the present.
        # Not "tonight I die laughing", "I die a little": the act ends its clause.
        "time_then_i_die",
        # Not "tomorrow i end it": said of a relationship too.
        "i die|i end my life|i kill myself",
        r"(?= (?:[.,]|$))",
        needs="die end kill",
        # The time opens its clause: not "the day after tomorrow i die of boredom".
        back=r"(?<![a-z0-9] )(?:and )?(?:then )?(?:tonight|tomorrow(?: night| morning)?|on \w+day"
        r"|this (?:weekend|week)|at midnight)(?: ,)?",
        level=HIGH,
        reasons="ideation intent",
    ),
    rule(
        # "suicide feels like the only treatment left": the last thing untried.
        "suicide_only_thing_left",
        "suicide|killing myself|ending it|dying",
        r" (?:feels|seems|looks|is)(?: like)? the only (?:[^ .]+ )?(?:left|remaining)"
        r"|(?: feels| seems| looks| is)(?: like)? the only (?:treatment|cure|fix|medicine"
        r"|medication|therapy|answer|solution|thing)(?= (?:left|that|nobody|no one|i|[.,]|$))",
        needs="only",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "my life insurance pays out for suicide": checked for oneself.
        "insurance_pays_for_suicide",
        "life insurance|insurance",
        r" (?:[^ .]+ ){0,2}(?:pays out|pay out|pays|pay|covers|cover|counts|includes)"
        r" (?:for |on |if (?:its |it is )?|after )?(?:a )?suicide(?= )",
        needs="suicide",
        back=r"(?:my|whether my|if my|does my|would my|will my)",
        level=HIGH,
        reasons="ideation plan",
    ),
    rule(
        # "I think about not waking up, and lately ... about helping that along": death
        # hurried, once a wish for it has been said.
        "helping_it_along",
        "helping that along|help that along|helping it along|help it along|speeding it up"
        "|speed it up|hurrying it along|hurry it along|helping things along|help things along",
        needs="along speeding speed hurrying hurry",
        back=rf"(?:{THOUGHT}|thoughts) (?:about|of){ADV_BACK}|(?:{WANT}|tempted|urge)(?: to)?"
        rf"{ADV_BACK}|(?:{INTENT}|should|could|might){ADV_BACK}",
        context_level=HIGH,
        reasons="ideation",
    ),
]

ACT_RULES: Final[list[Rule]] = [
    *_PUT_PLAINLY,
    *_TOLD_AROUND,
    *_IDEATION,
    *_PICTURED,
    *_MADE_PLAIN,
    *_OTHER_WORDS,
    *_SAID_SHORT,
    *_INTENT_OTHERWISE,
]
