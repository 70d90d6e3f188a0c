"""English rules for leaving told sideways: a cover story denied, a way in left for
whoever finds the person, things handed on with no one to look after them, a last
login, a decision with a day, and a bare "I'm going to die tonight".

Most are cues (see :func:`bot.risk.rules.cue`): each alone is an ordinary sentence
("she thinks I'm on a work trip. I'm not.", "left the keys under the mat on purpose"),
so only a second sign or earlier concern makes them ``imminent``. The few rules with a
level of their own name the death or the rescue in their words.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Rule, cue, imminent, rule

__all__ = ["LEAVING_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT

_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_END_CLAUSE = r"(?= (?:[.,]|$))"
# Where others believe the person is: away, on a trip, or clearing things out.
_COVER = (
    r"(?: just)? (?:on (?:a|an|my) (?:\w+ )?(?:trip|layover|holiday|vacation|retreat|break"
    r"|getaway|course|conference)|going (?:camping|fishing|hunting|hiking|away|travelling"
    r"|traveling|on (?:a|an) (?:\w+ )?(?:trip|holiday|break))|staying (?:with|at) (?:a |my )?\w+"
    r"|away|decluttering|clearing out|sorting (?:out )?my (?:stuff|things)|downsizing)"
)

_LEAVING: Final = [
    cue(
        # "my sister thinks I'm staying with a friend this weekend. I'm not.": the cover
        # story told as one, an away or a clear-out others believe in and the person denies.
        "cover_denied",
        "thinks im|think im|thinks i am|think i am",
        _COVER + r"(?: [^ .]+){0,5} \. (?:im|i am) not(?= (?:\.|$))",
        needs="trip layover holiday vacation retreat break getaway course conference going "
        "staying away decluttering clearing sorting downsizing",
        reasons="plan",
    ),
    imminent(
        # "everyone thinks I'm going on a fishing trip. I'm not coming back.": the cover
        # and the farewell in one.
        "cover_no_return",
        "thinks im|think im|thinks i am|think i am",
        _COVER + r"(?: [^ .]+){0,5} \. (?:im|i am) (?:not|never) coming (?:back|home)"
        r"(?= (?:[.,]|$))",
        needs="coming",
        reasons="plan goodbye",
    ),
    cue(
        # "this is the last time I'll message anyone".
        "last_time_to_anyone",
        "last time",
        r" (?:ill|i will) (?:ever )?(?:message|text|write to|talk to|post to)"
        r" (?:anyone|anybody)(?: again)?" + _END_CLAUSE,
        needs="anyone anybody",
        back=r"(?:this is|this will be|its) the",
        reasons="goodbye",
    ),
    cue(
        # "don't worry about me after tonight".
        "no_worry_after",
        "worry about me",
        r" after (?:tonight|today|this week|this weekend|tomorrow)" + _END_CLAUSE,
        needs="after",
        back=r"(?:dont|do not|please dont|no need to|not to)",
        reasons="goodbye",
    ),
    cue(
        # "it's been a privilege working with you", said as a farewell.
        "privilege_knowing_you",
        "been a privilege|been an honour|been an honor",
        r" (?:working with|knowing|talking to|talking with) (?:you|you all|yall|everyone)"
        + _END_CLAUSE,
        needs="working knowing talking",
        reasons="goodbye",
    ),
    cue(
        # "that's my decision", after a death told.
        "thats_my_decision",
        "thats my decision|that is my decision|my decision is made|my minds made up",
        _END_CLAUSE,
        needs="decision minds",
        reasons="intent",
    ),
    cue(
        # "not telling the missus": the plan kept from the one who would stop it.
        "not_telling_them",
        "not telling|im not telling|not going to tell|wont tell|wont be telling",
        r" (?:the missus|the wife|the husband|my \w+|anyone|anybody|her|him|them)" + _END_CLAUSE,
        needs="telling tell",
        reasons="plan",
    ),
    cue(
        # "you've always been kind", said as thanks at the end.
        "always_been_kind",
        "always been kind|always been so kind|always been good to me|always been so good to me",
        r"(?: to me)?" + _END_CLAUSE,
        needs="kind good",
        back=r"(?:youve|you have|you)",
        reasons="goodbye",
    ),
    imminent(
        # "I'm ending it myself that weekend": the act and its day.
        "end_it_myself_on",
        "ending it myself|end it myself|ending things myself|end things myself",
        rf" (?:(?:this|that|next) (?:weekend|week|night|{_DAYS})|tonight|tomorrow|on (?:{_DAYS}))"
        # Not a relationship or a contract ended.
        r"(?= )(?!.* (?:relationship|partnership|lease|contract|subscription|marriage"
        r"|engagement|friendship|him|her|i mean)(?= ))",
        needs="weekend week night tonight tomorrow " + _DAYS.replace("|", " "),
        back=r"(?:im|i am|ill|i will|im going to|im gonna|going to|gonna)",
        reasons="ideation intent timeline",
    ),
    rule(
        # "I don't see much reason to carry on without her": hopeless about living.
        "no_reason_to_carry_on",
        "much reason to|any reason to|much point in|any point in|much point to|any point to",
        r" (?:carry on|carrying on|go on|going on|keep going|keep living|living|be here)"
        r"(?= )(?! with)",
        needs="carry carrying go going keep living be",
        back=r"(?:dont|do not|cant|cannot|can not) see",
        level=CONCERN,
        reasons="hopeless",
    ),
    cue(
        # "told my mum I'm going camping": the trip the protocol names as a cover, told.
        "trip_told",
        "told my|told her|told him|told them|told everyone|told the",
        r"(?: \w+)? (?:im|i am|i was|id be) going (?:camping|fishing|hunting|hiking|away)(?= )",
        needs="camping fishing hunting hiking away",
        reasons="plan",
    ),
    cue(
        # "packed nothing but a note": what is taken on that trip.
        "packed_a_note",
        "nothing but a note|only a note|just a note",
        back=r"(?:packed|packing|took|taking|brought|bringing)",
        needs="note",
        reasons="goodbye",
    ),
    imminent(
        # "left the door unlocked so someone finds me quickly": a way in for the finder.
        "open_so_found",
        "so someone finds me|so somebody finds me|so they find me|so theyll find me"
        "|so someone can find me|so i get found|so im found|so someone will find me",
        r"(?: quickly| quick| fast| soon| early| in time)?" + _END_CLAUSE,
        needs="finds find found",
        back=r"(?:unlocked|open|on the latch|under the mat|in the door|in the lock)",
        reasons="plan",
    ),
    cue(
        # "I've left the keys under the mat on purpose", "door's unlocked on purpose".
        "way_in_on_purpose",
        "on purpose|deliberately",
        _END_CLAUSE,
        back=r"(?:keys?|door) (?:under the mat|unlocked|open|in the lock|out)"
        r"|(?:under the mat|unlocked|open)",
        needs="purpose deliberately",
        reasons="plan",
    ),
    cue(
        # "can you tell someone to check my flat", "ask the police to check on me".
        "check_my_place",
        "check my flat|check my place|check my house|check my apartment|check my room"
        "|check on me|check in on me|check my unit",
        back=r"(?:someone|somebody|the police|the cops|you|them|my \w+) to|(?:can|could)"
        r" (?:you|someone|somebody)(?: go)?",
        needs="check",
        reasons="plan",
    ),
    cue(
        # "if I don't turn up for my shift tomorrow", "if i dont message again".
        "if_i_dont_show",
        "if i dont|if i do not",
        r" (?:turn up|show up|message|text|reply|answer|log on|come online|check in|post)"
        r"(?: again| back)?(?: for my \w+)?(?: tomorrow| tonight| by \w+)?(?= [.,])",
        needs="turn show message text reply answer log come check post",
        reasons="plan",
    ),
    imminent(
        # "if I don't message again it's because I went through with it".
        "silence_means_did_it",
        "went through with it|gone through with it|did it|done it|finally did it",
        _END_CLAUSE,
        back=r"(?:its|it is|thats|that is|itll be|it will be|it means|that means) because"
        r" (?:i|ive|i have)(?: finally)?|(?:it means|that means|means) (?:i|ive)(?: finally)?",
        needs="through did done",
        reasons="goodbye",
    ),
    cue(
        # "I'm not planning on being around", "not planning on being here for the next swing".
        "not_planning_to_be_here",
        "planning on being|plan on being|planning to be|plan to be|intending to be",
        # Not "much longer": that is its own rule (a HIGH statement), not a second sign.
        r" (?:around|here|alive)(?: for (?:the next|next|the) \w+| after \w+)?" + _END_CLAUSE,
        needs="around here alive",
        back=r"(?:not|dont|do not|never)",
        reasons="goodbye",
    ),
    cue(
        # "sold my gear and gave the money to my sister", "gave my helmet and kit to the probie".
        "kit_handed_on",
        "gave|given|sold|handed|handed over",
        r" (?:my|me|all my|the kids|my kids) (?:\w+ )?(?:gear|kit|helmet|ute|truck|van|boat"
        r"|rods|uniform|medals|things|stuff|tools)(?: and (?:my |me )?\w+)?"
        r"(?: to| and gave the money to| and gave the cash to)(?: \w+){1,3}"
        r"(?!(?: [\w,]+){0,8} (?:moving|move|upgrade|upgraded|new one|grew out|outgrew"
        r"|retired|retiring|declutter|decluttering|car boot|sale)(?= ))",
        needs="gear kit helmet ute truck van boat rods uniform medals things stuff tools",
        reasons="plan",
    ),
    cue(
        # "found homes for all my fosters", "rehomed all the animals".
        "homes_for_all",
        "found homes for|found new homes for|found good homes for|rehomed",
        r" (?:all )?(?:my|the|our) (?:fosters|foster \w+|animals|pets|cats|dogs|birds|horses"
        r"|chickens|rabbits)(?= )",
        needs="fosters foster animals pets cats dogs birds horses chickens rabbits",
        reasons="plan",
    ),
    cue(
        # "nobody will need to look after me after this week", "made sure nobody would be
        # stuck with them after I'm gone", "nobody will need to anymore".
        "nobody_left_to_tend",
        "nobody|no one|noone|nobodys",
        r" (?:will|would|has to|have to|needs to|need to|is going to|going to|s going to)"
        r"(?: need to| have to)?(?: (?:be stuck with|deal with|look after|take care of"
        r"|clean up after|sort out|worry about|worry|check on|feed)(?: \w+){0,2}?)?"
        r" (?:after (?:this week|this weekend|tonight|today|tomorrow|\w+day|im gone)"
        r"|when im gone|once im gone|anymore|any more)" + _END_CLAUSE,
        needs="after anymore more gone",
        reasons="goodbye",
    ),
    imminent(
        # "this time nobody's going to find me in time": a rescue ruled out.
        "found_too_late",
        "find me in time|find me on time|get to me in time|find me until its too late",
        # Not a deadline ("in time for"), nor a game of hide and seek.
        r"(?! (?:for|to)(?= ))(?!.* (?:hide|hiding|seek|game|lol|lmao|haha)(?= ))",
        back=r"(?:nobodys going to|nobody is going to|nobody will|no one will|noone will"
        r"|nobodyll|they wont|nobody would|no one would|nobody can|no one can|wont)",
        needs="time late",
        reasons="plan",
    ),
    cue(
        # "this is my last login, and not because I'm quitting the game".
        "last_login",
        "last login|last log in|last message|last post|final login|final message|final post",
        r"(?= (?:[.,]|$|and not because|not because))",
        back=r"(?:this is my|this is the|this will be my|heres my|here is my)",
        needs="login log message post",
        reasons="goodbye",
    ),
    cue(
        # "please don't be sad when they tell you".
        "when_they_tell_you",
        "when they tell you|when you hear|when you find out|when they call you"
        "|when someone tells you",
        _END_CLAUSE,
        back=r"(?:dont|do not) (?:be sad|cry|be angry|be upset|blame yourself)(?: please)?",
        needs="tell hear find call tells",
        reasons="goodbye",
    ),
    cue(
        # "bye. love you all": a farewell to everyone at once.
        "bye_love_you_all",
        "love you all|love you guys|love yall|love u all|love you both",
        _END_CLAUSE
        # Not a farewell till next time: "... see you at christmas", "safe travels".
        + r"(?!.* (?:see you|see ya|cya|safe travels|christmas|xmas|tomorrow|soon|later"
        r"|flight|trip|holiday|back)(?= ))",
        back=r"(?:bye|goodbye|bye all|bye everyone)(?: [.,])?",
        needs="love",
        reasons="goodbye",
    ),
    imminent(
        # "this is my good by": a goodbye misspelt.
        "goodbye_misspelt",
        "good by|goodby|good bi",
        _END_CLAUSE,
        back=r"(?:this is(?: my)?|heres my|here is my)",
        needs="good goodby",
        reasons="goodbye",
    ),
    cue(
        # "I'm going to be with Helen now": a joining told as a departure.
        "going_to_be_with_now",
        "going to be with|gonna be with|off to be with",
        r" (?:\w+|my (?:late )?\w+) (?:again(?: now)?|now|at last|forever|for good)" + _END_CLAUSE,
        needs="again now last forever good",
        reasons="goodbye",
    ),
    cue(
        # "don't think I'll be alive when it charges again", "by the morning".
        "not_alive_when",
        "be alive|still be alive|be here|still be here",
        r" (?:when|by|in the morning|tomorrow|after)(?= )",
        back=r"(?:dont|do not) think (?:ill|il|i will|id)",
        needs="alive here",
        reasons="goodbye",
    ),
    cue(
        # "saying goodbye now while...".
        "saying_goodbye_now",
        "saying goodbye now|saying bye now|saying my goodbyes now",
        needs="goodbye bye goodbyes",
        reasons="goodbye",
    ),
    cue(
        # "you're the last one", after goodbyes said to the others.
        "youre_the_last_one",
        "youre the last one|you are the last one|youre the last person|you are the last person",
        _END_CLAUSE,
        needs="last",
        reasons="goodbye",
    ),
    cue(
        # "out-of-office set to permanently": a leave with no return.
        "out_of_office_for_good",
        "out of office|ooo|auto reply|autoreply",
        r"(?: \w+){0,2} (?:permanently|indefinitely|forever|for good)(?= )",
        needs="permanently indefinitely forever good",
        reasons="goodbye",
    ),
    cue(
        # "working out which ones off the shelf I'd take".
        "which_ones_id_take",
        "which ones|which pills|which tablets|how many",
        r"(?: \w+){0,3} (?:id|i would|i should|to) take(?= )",
        back=r"(?:working out|figured out|figuring out|worked out|looked up|looking up"
        r"|deciding|decided)",
        needs="take",
        reasons="plan",
    ),
    cue(
        # "I've looked it all up", after a method known.
        "looked_it_all_up",
        "looked it all up|looked it up|researched it all|read up on it all",
        _END_CLAUSE,
        back=r"(?:ive|i have|i|already)",
        needs="looked researched read",
        reasons="plan",
    ),
    cue(
        # "the world will be a bit quieter without me by the weekend".
        "quieter_without_me_by",
        "without me by",
        rf" (?:the weekend|tomorrow|tonight|next week|the end of the week|{_DAYS})(?= )",
        needs="weekend tomorrow tonight next end " + _DAYS.replace("|", " "),
        reasons="goodbye",
    ),
    cue(
        # "won't be around to see what anyone says".
        "not_around_to_see",
        "be around to see|be here to see|be alive to see",
        r" (?:what|how|the|it|them|their|anyone|any)(?= )",
        back=r"(?:wont|will not|not going to|not gonna)",
        needs="see",
        reasons="goodbye",
    ),
    cue(
        # "I will not need my calendar after Thursday".
        "wont_need_after_day",
        "need my|need it|need them|need any",
        rf"(?: \w+)? after (?:{_DAYS}|the weekend|this week|next week)" + _END_CLAUSE,
        back=r"(?:wont|will not|i wont|i will not)",
        needs=_DAYS.replace("|", " ") + " weekend week",
        reasons="goodbye",
    ),
    rule(
        # "at least if I'm gone it'll be my choice": dying chosen over what is coming.
        "gone_my_choice",
        "if im gone|if i die|if im dead",
        r" (?:itll|it will|it would|itd|at least its) be (?:my|on my) (?:choice|terms|decision"
        r"|own choice|own terms)(?= )",
        needs="choice terms decision",
        level=HIGH,
        context_level=IMMINENT,
        reasons="ideation",
    ),
    rule(
        # "I'm not waiting for the cancer to finish me".
        "not_waiting_for_illness",
        "waiting for the|waiting for this|waiting for my|waiting for it",
        r"(?: (?:cancer|illness|disease|tumour|tumor|dementia|als|mnd|sickness|thing))?"
        r" to (?:finish me|kill me|take me|finish me off)" + _END_CLAUSE,
        needs="finish kill take",
        back=r"(?:im not|i am not|not|i wont be|wont be)",
        level=HIGH,
        context_level=IMMINENT,
        reasons="ideation intent",
    ),
    cue(
        # "not coming back from this swing alive": hyperbole too ("... this meeting alive"),
        # so a sign beside a decision or after concern.
        "not_back_alive",
        "coming back|come back|coming home|come home|making it back",
        r"(?: from (?:this|the|my) \w+)? alive(?= )",
        needs="alive",
        back=r"(?:not|never|wont be|im not|i am not)",
        reasons="intent",
    ),
    cue(
        # "that's me done for good", "that's me gone for good": said of a job too.
        "thats_me_done",
        "thats me done|thats me gone|thats me finished",
        r" for good" + _END_CLAUSE,
        needs="good",
        reasons="intent",
    ),
    imminent(
        # "nobody's talking me out of dying this time".
        "not_talked_out_of_dying",
        "talking me out of|talk me out of",
        r" (?:dying|ending it|killing myself|ending my life|ending things)(?= )",
        needs="dying ending killing",
        back=r"(?:nobodys|nobody is|no ones|no one is|nobody will|no one will|nobody can"
        r"|no one can|cant|wont|not)",
        reasons="intent",
    ),
    imminent(
        # "I'm going to use my service weapon on myself".
        "use_weapon_on_myself",
        "use my|use the|use a",
        r" (?:\w+ )?(?:weapon|gun|pistol|rifle|shotgun|sidearm|revolver) on myself(?= )",
        needs="weapon gun pistol rifle shotgun sidearm revolver",
        back=r"(?:going to|gonna|will|ill|im going to|im gonna)",
        reasons="intent method",
    ),
    imminent(
        # "this is when I end it", "2am is when I do it".
        "this_is_when",
        "this is when|tonight is when|now is when|is when",
        r" i(?:ll| will)? (?:end it|end my life|kill myself)(?= (?:[.,]|$))",
        needs="end kill",
        back=r"(?:asleep|\.|,)",
        reasons="plan timeline",
    ),
    rule(
        # "I'm going to die tonight" said bare: a safety check-in, and imminent after concern.
        # An occasion anywhere after it ("... if this heat doesn't break", "at this concert",
        # a laugh) makes it hyperbole and keeps it calm.
        "die_tonight_bare",
        "going to die|gonna die",
        r" (?:tonight|today|tomorrow|this evening)(?: (?:honestly|tbh|fr|i think))?"
        r"(?= (?:\.|$))"
        r"(?!.* (?:heat|hot|cold|concert|gig|exam|exams|test|workout|gym|class|lecture|laughing"
        r"|lol|lmao|haha|hahaha|embarrass\w*|cringe|hike|run|race|marathon|shift|meeting"
        r"|presentation|interview|date|hangover|hungover|tired|boss|teacher|mum|mom|dad"
        r"|match|game|deadline|dentist)(?= ))",
        needs="tonight today tomorrow evening",
        back=r"(?:im|i am|i think im|i think i am|i feel like im|i know im|pretty sure im)",
        level=CONCERN,
        context_level=IMMINENT,
        reasons="passive_wish",
        jokable=True,
        timed=False,
    ),
    rule(
        # "my family will be better off with the money than with me": a burden said.
        "better_off_with_than_me",
        "better off with",
        r" (?:the|my|that|this) (?:\w+ )?(?:money|payout|insurance|house|cash)"
        r" than with me(?= )",
        needs="money payout insurance house cash",
        level=CONCERN,
        reasons="burden",
    ),
]

LEAVING_RULES: Final[list[Rule]] = _LEAVING
