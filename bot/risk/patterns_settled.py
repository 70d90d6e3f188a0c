"""English rules for a mind made up and told indirectly: a day, a way, a readiness.

Most are cues (see :func:`bot.risk.rules.cue`): "I've picked Saturday", "3
more days.", "I have it all ready now", "I know how I'll get up there" and
"then I can finally stop" are said of parties, holidays and last shifts too,
so one alone never raises the level; two together, or one after the person
has shown concern, are ``imminent``. The few with a level of their own say it
plainly enough: a date set to die, thanks given "before I end it", a night
said goodbye to "forever", ending it once the family is out, and keeping the
family from being the ones who find them.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Kind, Rule, cue, imminent, rule

__all__ = ["SETTLED_RULES"]

HIGH, IMMINENT = RiskLevel.HIGH, RiskLevel.IMMINENT

_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DAY_NEEDS = _DAYS.replace("|", " ")
# A statement's last words: the end of its sentence, or of a clause.
_END = r"(?= (?:\.|$))"
_END_CLAUSE = r"(?= (?:[.,]|$))"
# When: a day, a date or a time close by.
_WHEN = (
    rf"(?:{_DAYS}|tomorrow|tonight|the weekend|next week|the end of the (?:week|month)"
    r"|my birthday|the \d+(?:st|nd|rd|th)?|morning)"
)
# The act named in other words, after "before I" or ahead of a time.
_ENDING = (
    "end it|end things|end everything|end my life|kill myself|go through with it"
    "|end it all|take my life"
)
# The people in a home whose absence is waited for.
_HOUSEHOLD = (
    r"(?:the |my |all the )?(?:kids|wife|husband|partner|parents|mom|mum|dad|roommates?"
    r"|flatmates?|family|everyone|everybody|others|son|daughter|boyfriend|girlfriend)"
)
_HOUSEHOLD_NEEDS = (
    "kids wife husband partner parents mom mum dad roommate roommates flatmate flatmates "
    "family everyone everybody others son daughter boyfriend girlfriend"
)

_DECIDED: Final = [
    imminent(
        # "I've set a date to die."; not a date set to do up the kitchen.
        "date_to_die",
        "set|picked|chose|chosen",
        r" (?:a|the|my) (?:date|day) (?:to die|to end my life|to kill myself|i die|ill die"
        r"|im going to die|for my death|for my suicide)(?= )",
        needs="die death suicide life myself",
        back=r"(?:i|ive|i have|i finally|ive finally|ive already|i already)",
        reasons="plan timeline",
    ),
    cue(
        # "by sunday I'll be dead", "I'll be dead by Friday": said in a panic about exams too.
        "dead_by_day",
        "be dead",
        rf" (?:by|before|on) {_WHEN}(?= )",
        needs="dead",
        back=r"(?:ill|i will|im going to|im gonna|i should)",
        reasons="intent timeline",
    ),
    cue(
        "by_day_dead",
        "be dead",
        _END_CLAUSE,
        needs="dead",
        back=rf"(?:by|before|on) {_WHEN}(?: ,)? (?:ill|i will|im going to|im gonna)",
        reasons="intent timeline",
    ),
    cue(
        # "3 more days." with nothing after it: what is counted is left unsaid.
        "more_days",
        "more days|more nights|more sleeps|more weeks|days to go|nights to go",
        _END,
        needs="more go",
        back=r"(?:\d+|one|two|three|four|five|six|seven|a few|only|just|only \d+|just \d+)",
        reasons="timeline",
    ),
    cue(
        "picked_a_day",
        "picked|chosen|chose|settled on|decided on",
        rf" (?:{_DAYS}|the \d+(?:st|nd|rd|th)?|my birthday)" + _END_CLAUSE,
        needs="birthday " + _DAY_NEEDS,
        back=r"(?:ive|i have|i|ive already|i already|ive finally|i finally)",
        reasons="timeline",
    ),
    cue(
        "wont_matter_after",
        "it wont matter|it will not matter|none of it will matter|nothing will matter"
        "|none of this will matter",
        # Not when what ends is said next: "..., exams will be over", "..., the audit's done".
        r"(?: anymore| any more)?" + _END_CLAUSE + r"(?! (?:[.,] )?(?:the |my |our )?[^ .]+"
        r"(?: [^ .]+)? (?:will be|is|are|s|ll be|will all be) (?:over|done|finished|gone|behind"
        r" me|submitted|closed|sorted)(?= ))",
        needs="matter",
        back=rf"(?:after (?:tonight|today|tomorrow|this week|this weekend|{_DAYS})"
        rf"|by (?:tomorrow|next week|{_DAYS})|soon)(?: ,)?",
        reasons="timeline",
    ),
    cue(
        # "... and then I can finally stop": not "finally stop working" nor a rest.
        "then_finally_stop",
        "finally",
        r" (?:stop|let go|be at peace|be free|be done|go)" + _END_CLAUSE,
        back=r"then (?:i can|i get to|ill|i will|i)(?: just)?",
        reasons="intent",
    ),
    rule(
        # "gonna end it after the kids leave for school": the home waited to be empty.
        "end_it_when_alone",
        "after|once|when|while",
        rf" {_HOUSEHOLD}(?: \w+)? (?:leave|leaves|left|go|goes|are asleep|is asleep|fall asleep"
        r"|falls asleep|are out|is out|are gone|is gone|are at work|is at work)(?= )",
        needs=_HOUSEHOLD_NEEDS,
        back=rf"(?:{_ENDING})",
        level=HIGH,
        context_level=IMMINENT,
        reasons="intent plan",
    ),
]

_READY: Final = [
    cue(
        "plans_ready_bare",
        "plans ready|plans set|plans in place|plans made|plans all set",
        r"(?: now)?" + _END_CLAUSE,
        needs="ready set place made",
        reasons="plan",
    ),
    cue(
        # "Only thing left is doing it."
        "only_thing_left",
        "only thing left|all thats left|the only thing left|only thing left to do",
        r"(?: now)? (?:is |now is )?(?:to do it|doing it|to go through with it|to actually do it"
        r"|the doing|to end it|to go)" + _END_CLAUSE,
        needs="left",
        reasons="intent",
    ),
    cue(
        "have_it_all_ready",
        "it all ready|everything ready|it all set up|everything set up|it all prepared"
        "|everything prepared",
        r"(?: now)?" + _END_CLAUSE,
        needs="ready set prepared",
        back=r"(?:i have|ive got|i got|i now have|ive|i have got|got)",
        reasons="plan",
    ),
    cue(
        # "I finally know how I'm getting out", "I know how I'll get up there on Friday".
        "know_the_way_out",
        "know how|know exactly how",
        r" (?:im|ill|i will|im going to|im gonna) (?:get out|getting out|end it|get up there"
        r"|get onto it|get on it|get in there)"
        rf"(?= (?:[.,]|$|on|tonight|tomorrow|this|next|{_DAYS}))",
        needs="out end up onto on in",
        back=r"(?:i|i finally|finally|now i|i already|i just|and i|i now)",
        reasons="plan",
    ),
    cue(
        # "bought rope ... and I know exactly what it's for": the use left unsaid.
        "know_what_its_for",
        "know what its for|know exactly what its for|know what theyre for"
        "|know exactly what theyre for|know what it is for|know exactly what it is for",
        _END_CLAUSE,
        needs="for",
        back=r"(?:i|and i|i already|i just)",
        reasons="plan",
    ),
    cue(
        # "just to look down", "looking down at the river": the way down looked at again.
        "looking_down_at",
        "look down|looking down|stare down|staring down|looked down",
        r"(?: (?:at|into|over) (?:the )?(?:river|water|tracks|traffic|street|road|drop|rocks"
        r"|edge|ground))?" + _END_CLAUSE,
        needs="look looking stare staring looked",
        back=r"(?:just to|to|keep|kept|standing there|standing on the \w+|sat there|went there to)",
        reasons="method",
    ),
    cue(
        "how_quiet_down_there",
        "down there",
        _END_CLAUSE,
        needs="there",
        back=r"how (?:quiet|peaceful|calm|easy|nice|still|quick|cold)(?: it)?"
        r" (?:would|could|will|d|might|is) (?:be|feel|all be)(?: \w+)?",
        reasons="method",
    ),
]

# Notes that are a game or a kindness, left for someone to find: not a goodbye.
_NOT_FAREWELL_NOTES = (
    r"birthday|valentines|anniversary|christmas|love|treasure|scavenger|hunt|clue|riddle"
    r"|tooth|fairy|santa|easter|elf|surprise|lunchbox|thank|welcome|sticky|post it"
)

_SAID_BEFORE: Final = [
    imminent(
        # "wrote letters to my parents and left them where they'll find them in the morning"
        "letters_left_to_be_found",
        "letters|notes|letter|note",
        # Not a birthday card, a love letter or clues for a treasure hunt.
        rf"(?: (?!{_NOT_FAREWELL_NOTES})[\w,]+){{0,12}}?"
        r" (?:left|put|leave|leaving|placed) (?:them|it) where"
        r" (?:they|she|he|someone|everyone|my \w+)(?:ll| will| can)? find (?:them|it)(?= )",
        needs="find",
        reasons="goodbye",
    ),
    rule(
        # "wrote a tooth fairy letter and left it where she'll find it", "hid the easter eggs
        # and left notes where they'll find them": a game or a kindness, not a goodbye.
        "notes_for_a_game",
        "tooth fairy|treasure hunt|scavenger hunt|easter|santa|elf on the shelf|surprise"
        "|lunchbox|lunch box",
        r"(?: [\w,]+){0,8}? (?:letters|notes|letter|note|clues|cards)(?: [\w,]+){0,8}?"
        r" where (?:they|she|he|someone|everyone|my \w+|the \w+)(?:ll| will| can)? find"
        r" (?:them|it)(?= )",
        needs="find",
        kind=Kind.IDIOM,
    ),
    imminent(
        # "wanted to thank you before i end it": thanks given as a last word.
        "thanks_before_the_end",
        "before i",
        rf" (?:{_ENDING})" + _END_CLAUSE,
        needs="end kill through take",
        # "wanted to" goes in the frame: before it, it would read as a past state.
        back=r"(?:(?:i |just |i just )?(?:wanted|want|needed) to )?(?:thank|thanks|thank you"
        r"|say goodbye|say bye|goodbye|bye|tell you)(?: \w+){0,4}",
        reasons="goodbye intent",
    ),
    cue(
        "before_i_end_it",
        "before i",
        r" (?:end it|end things|end everything|end it all|go through with it)" + _END_CLAUSE,
        needs="end through",
        reasons="intent",
    ),
    imminent(
        # "gn everyone. forever this time"
        "goodnight_forever",
        "gn|goodnight|good night|nighty night",
        r"(?: (?:everyone|all|yall|guys|world|friends|everybody|all of you))?(?: [.,])?"
        r" (?:forever|for the last time)(?: this time)?" + _END_CLAUSE,
        needs="forever last",
        reasons="goodbye",
    ),
    imminent(
        # "so my family isn't the one who finds me": who would find them, arranged.
        "not_the_one_who_finds",
        # Not "found me": who did find the person is told of the past (hide and seek).
        "finds me|find me",
        _END_CLAUSE,
        needs="one ones person first",
        back=r"(?:isnt|is not|arent|are not|wont be|will not be|doesnt have to be"
        r"|dont have to be|never has to be|isnt going to be|not) the (?:one|ones|person|first"
        r"|first one|first ones)(?: who| that| to)?",
        reasons="plan",
    ),
    cue(
        # "gonna end it out here so nobody has to find me in the house": who would find them,
        # spared. A cue: "... so nobody has to find me a ride" names something else.
        "so_nobody_finds_me",
        "find me|clean up after me|clean me up",
        r"(?! (?:a|an|some|the) (?!house|home|room|flat|apartment)[^ .]+(?= ))(?= )",
        needs="find clean",
        back=r"(?:so|then|where|and) (?:nobody|no one|noone|none of them|my family doesnt"
        r"|my kids dont|she doesnt|he doesnt) (?:has to|have to|will have to|needs to|will)",
        reasons="plan",
    ),
    cue(
        # "I'm going to end it. and I don't mean the band": the ordinary sense ruled out.
        "not_the_ordinary_sense",
        # Not a bare "not the game.": after any sad message it would be a sign.
        "dont mean|do not mean|not talking about",
        # Not "job": "don't" and "job" come together in too many messages to look each time.
        r" (?:the|my|this|our) (?:band|game|relationship|account|stream|server|show"
        r"|channel|blog|podcast|project|marriage)" + _END_CLAUSE,
        needs="band game relationship account stream server show channel blog podcast project"
        " marriage",
        back=r"(?:and|and i|i|,|\.)",
        reasons="intent",
    ),
    cue(
        # "found where my dad keeps his gun": a locked means found.
        "found_where_kept",
        "keeps|keep|hides|hid|stores",
        r" (?:his|her|their|the) (?:gun|guns|pistol|rifle|shotgun|pills|meds|sleeping pills"
        r"|painkillers)(?= )",
        needs="gun guns pistol rifle shotgun pills meds painkillers",
        back=r"(?:found out where|found where|know where|figured out where) (?:my )?[^ .]+",
        reasons="means",
    ),
    cue(
        # "then nobody has to put up with me": the burden ended, said as a plan's end.
        "nobody_has_to",
        "put up with me|deal with me|look after me|worry about me",
        r"(?: anymore| any more| again)?" + _END_CLAUSE,
        needs="put deal look worry",
        back=r"(?:then|so|and then|and) (?:nobody|no one|noone|nobody else|no one else)"
        r" (?:has|will have|would have|needs|will need|would need|ever has|ever needs) to",
        reasons="burden goodbye",
    ),
    rule(
        # "like actively want it, not just wish": a passive wish said to be more.
        "wish_made_active",
        "actively want it|actively wanting it|actively want that|actively want this"
        "|want it actively",
        r"(?= (?:[.,]|$|now|not))",
        needs="actively",
        context_level=HIGH,
        reasons="ideation",
    ),
]

SETTLED_RULES: Final[list[Rule]] = [*_DECIDED, *_READY, *_SAID_BEFORE]
