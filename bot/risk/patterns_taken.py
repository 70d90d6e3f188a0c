"""English rules for what is already done or already kept: pills taken and now
waited on, medicine put by for oneself, self-harm begun or back, a way pictured.

Each family is told in words that name the act and, beside it, what makes it no
ordinary dose or errand: "took the pills. feeling weird", "kept it back for
myself" with a medicine named, "collecting my prescriptions instead of taking
them". The ordinary look-alikes ("took my pills, feeling better", "collecting my
prescription from the pharmacy") lack that second part.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import GUNS, PILL_NEEDS, SELF
from bot.risk.rules import Rule, Tense, cue, imminent, rule

__all__ = ["TAKEN_RULES"]

HIGH, IMMINENT = RiskLevel.HIGH, RiskLevel.IMMINENT

_MED_WORDS = (
    "pills|pill|meds|medication|tablets|painkillers|prescriptions|morphine|insulin|oxy"
    "|sleeping pills|euthanasia solution|pentobarbital|pentobarb|fentanyl|ketamine|opioids"
)
_MED_NEEDS = f"{PILL_NEEDS} pill prescriptions morphine pentobarbital pentobarb fentanyl ketamine"
# Whose: "my nan's tablets", "the", "all my", "many".
_WHOSE = r"(?:(?:all )?(?:my|the|his|her|those|these|many|all|a lot of|loads of)(?: \w+s)? )?"
# What follows a dose that is not one: waiting on it, its effect, a word to someone.
_WAITING = (
    r"(?:now i wait|now we wait|im waiting|just waiting|waiting for it|(?:im |i )?(?:feel|feeling)"
    r"(?: really| so| very| kinda| a bit)? (?:weird|sleepy|drowsy|dizzy|funny|strange|numb|floaty"
    r"|woozy|sick)|(?:i )?dont feel anything yet|nothing yet|(?:i )?just wanted someone to know"
    r"|(?:im )?sorry|(?:i )?dont care anymore|ggs|gg)"
)
_TAKEN = (
    rf" {_WHOSE}(?:{_MED_WORDS}|them all|all of them|the whole bottle|the whole lot|the lot)"
    rf"(?: (?:about |like )?(?:an hour|\w+ minutes|\w+ hours) ago)?"
)

_ATTEMPTS: Final = [
    # "already took the pills. feeling weird", "took my nan's tablets about an hour ago. i
    # dont feel anything yet", "I already take many pill. Now I wait. Sorry."
    imminent(
        "taken_now_waiting",
        "took|take|taken|swallowed|downed",
        rf"{_TAKEN}(?: [.,])?(?: [^ .]+){{0,3}}(?: [.,])? {_WAITING}(?= )",
        needs="wait waiting feel feeling anything yet know sorry care ggs gg",
        reasons="attempt",
    ),
    # Said as done, all at once: "I DID IT I TOOK THEM ALL", "just took the whole bottle".
    imminent(
        "took_them_all_done",
        "took|swallowed|downed|taken",
        r" (?:them all|all of them|every last one|the whole bottle)(?= (?:[.,]|$|ggs|gg))",
        back=r"(?:i did it(?: i)?|just|already|finally|i just|i already)",
        reasons="attempt",
    ),
    # Everything at hand with drink: "downing everything i have with the vodka rn".
    imminent(
        "downing_everything",
        "downing|downed|swallowing|swallowed|necking|taking|took",
        r" (?:everything|all) (?:i have|i got|ive got|in the (?:cabinet|cupboard|drawer|house))"
        r" with (?:the |some |a bottle of )?(?:vodka|whiskey|whisky|wine|gin|rum|alcohol|booze"
        r"|beer|drink)",
        needs="vodka whiskey whisky wine gin rum alcohol booze beer drink",
        reasons="attempt",
    ),
    # "did something to myself with meds from the ward": the act named by what it used.
    imminent(
        "did_something_with",
        "did something to|done something to|did something stupid|done something stupid",
        rf"(?: {SELF})?(?: with| using)(?: [^ .]+){{0,2}} (?:{_MED_WORDS}|drugs|insulin)",
        needs="something",
        reasons="attempt",
    ),
]

_KEPT: Final = [
    # Medicine put by for oneself: "I've kept it back for myself", "set some aside for me".
    imminent(
        "kept_back_for_myself",
        "kept|keeping|held|set|put|saved|saving",
        r" (?:it|them|some|a few|a bit|some of it|some of them|enough)"
        rf"(?: of (?:my|the|his|her|their) (?:\w+s )?(?:{_MED_WORDS}))? (?:back|aside|by)"
        rf"(?: for {SELF}| for me| for later| just in case)",
        needs=_MED_NEEDS,
        reasons="means plan",
    ),
    # Hoarded from work: "Stockpiled a bit from the ward", "stashing some from the clinic".
    imminent(
        "stockpiled_from_work",
        "stockpiled|stockpiling|been stockpiling|hoarded|hoarding|stashed|stashing"
        "|squirreled away|squirrelled away|pocketed|pocketing",
        r" (?:a bit|some|a few|a little|enough|a stash|plenty|a lot)(?: of (?:it|them))?"
        rf"(?: of (?:the )?(?:{_MED_WORDS}))? from (?:the|my) (?:ward|clinic|hospital|pharmacy"
        r"|hospice|surgery|dispensary|med cart|drug cupboard|drug cabinet)",
        needs="ward clinic hospital pharmacy hospice surgery dispensary cart cupboard cabinet",
        reasons="means plan",
    ),
    # Doses kept, not taken: "collecting my prescriptions instead of taking them".
    imminent(
        "doses_kept_not_taken",
        "collecting|saving|hoarding|keeping|storing|stockpiling|saving up|putting aside",
        rf" (?:my|the|all my|all the) (?:{_MED_WORDS}|doses|scripts)"
        r" (?:instead of|rather than|and not) taking (?:them|it)",
        needs="instead rather not",
        reasons="means plan",
    ),
    # A lethal drug brought home from work: "I brought some of the euthanasia solution home
    # from the clinic". Not paperwork or a pet: only the drugs named.
    imminent(
        "drug_brought_home",
        "brought|took|taken|bringing",
        r"(?: some(?: of)?)?(?: the| a vial of| a bottle of| some)?"
        r" (?:euthanasia solution|euthanasia drugs|pentobarbital|pentobarb|morphine|fentanyl"
        r"|ketamine|insulin|opioids|controlled drugs)(?: [^ .]+){0,2} home",
        needs="home",
        reasons="means plan",
    ),
    # Someone's medicine moved into one's own bag: a cue, as "I have the pills" is.
    cue(
        "others_pills_in_my_bag",
        "took|taken|moved|put",
        rf" (?:my|the) \w+s (?:{_MED_WORDS})(?: out of (?:the|his|her) (?:cabinet|cupboard"
        r"|drawer|bathroom))? and (?:put|hid|stashed) (?:them|it) in my (?:handbag|bag|purse"
        r"|pocket|room|drawer|car|backpack|locker)",
        needs="handbag bag purse pocket room drawer car backpack locker",
        reasons="means",
    ),
    # The way chosen and at hand: "I know exactly what I'd use to end it and it's in my truck".
    imminent(
        "what_id_use_at_hand",
        "what id use|what i would use|what ill use|what im going to use",
        r" to (?:end it|do it|kill myself|end my life|end things)(?: [.,])? and (?:its|it is"
        r"|theyre|they are) (?:in|under|at) (?:my|the) \w+",
        needs="use",
        reasons="means method",
    ),
    rule(
        "what_id_use",
        "what id use|what i would use|what ill use|what im going to use",
        r" to (?:end it|kill myself|end my life|end things)",
        needs="use",
        level=HIGH,
        context_level=IMMINENT,
        reasons="ideation method",
    ),
    # A gun at hand, one of them pictured on oneself: "thinking about using one on myself".
    imminent(
        "gun_one_on_myself",
        "using one on|use one on|turning one on|turn one on",
        f" {SELF}",
        needs=GUNS.replace("|", " ") + " guns",
        reasons="means method",
    ),
]

_SELF_HARM: Final = [
    # Hunger used as a punishment: "been starving myself on purpose as punishment".
    rule(
        "starving_as_punishment",
        "starving|starve|starved",
        rf" {SELF}(?: on purpose)?(?: as (?:a )?punishment| to punish {SELF}| on purpose)",
        needs="purpose punishment punish",
        level=HIGH,
        reasons="self_harm",
    ),
    # Begun or back: "cut for the first time tonight", "started again now im on my own.
    # arms are a mess".
    rule(
        "cut_first_time",
        "cut|self harmed|burned myself|burnt myself",
        r" for the first time(?= (?:[.,]|$|tonight|today|last night|yesterday|after|since))",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "started_again_arms",
        "started again|doing it again|started doing it again|back to doing it",
        r"(?! (?:at|with|on|in|going|training|working)(?= ))(?: [^.]+)? \. (?:my )?(?:arms|legs"
        r"|wrists|thighs) (?:are|look) (?:a mess|wrecked|covered|shredded|cut up)(?= (?:\.|$))",
        needs="arms legs wrists thighs",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    # Hurt done to oneself on purpose, said by what was wanted: "punched the wall till my
    # knuckles cracked. i wanted it to hurt me".
    rule(
        "hit_wanted_hurt",
        "punched|hit|banged|smashed|slammed",
        r" (?:the |a )?(?:wall|walls|door|my head)(?: [^.]+)? \. i (?:wanted|needed) it to hurt"
        r"(?: me)?",
        needs="wanted needed",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
]

_MEANT: Final = [
    # A soft wish made plain at once: "i just want to not exist anymore. like actually die".
    rule(
        "actually_die",
        "actually die|actually be dead",
        r"(?= (?:[.,]|$|not))",
        back=r"[.,] (?:like|i mean|as in)",
        needs="die dead",
        level=HIGH,
        reasons="ideation",
    ),
    # Death said to look better by the day: "sewerslide is looking better every day ngl".
    rule(
        "death_looking_better",
        "sewerslide|sewer slide|suicide|unaliving|dying|death|not existing|not being here",
        r" (?:is|has been|keeps) (?:looking|sounding|seeming) (?:better|good|nicer|more"
        r" (?:appealing|tempting)|like the (?:answer|only way|way out))",
        needs="looking sounding seeming",
        level=HIGH,
        reasons="ideation",
    ),
    # Told to die by others and agreeing: "kys is what they keep telling me and honestly
    # im starting to think they're right".
    rule(
        "told_to_die_agreeing",
        "starting to think|beginning to think|starting to believe|maybe|i think",
        r" (?:theyre|they are|theyre all|hes|shes|youre|they might be|they could be) right",
        needs="kys unalive",
        level=HIGH,
        reasons="ideation",
    ),
]

TAKEN_RULES: Final[list[Rule]] = [*_ATTEMPTS, *_KEPT, *_SELF_HARM, *_MEANT]
