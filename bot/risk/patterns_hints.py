"""English rules for a time left, a plan only hinted at and hope given up.

Most are cues (see :func:`bot.risk.rules.cue`): "3 weeks left", "I've thought
it all through", "nobody goes there in winter" and "ending it this weekend"
are also said of term ends, new jobs, cabins and break-ups, so one alone never
raises the level; two together, or one after the person has shown concern
(here or in recent messages), are ``imminent``. The few with a level of their
own say it plainly enough: "I'm only calmer because I've decided", "I won't be
anyone's problem after Friday", a thought of swallowing all one's pills. The
hopelessness here is ``concern`` ("nothing is going to get better"), which is
what lets a later "I've got a plan now" mean one.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import PILL_NEEDS, PILLS, THOUGHT
from bot.risk.rules import Rule, cue, imminent, rule

__all__ = ["HINT_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT

_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# A statement's last words: the end of its sentence, or of a clause.
_END = r"(?= (?:\.|$))"
_END_CLAUSE = r"(?= (?:[.,]|$))"

_TIME_LEFT: Final = [
    cue(
        # "im not making it to my 18th birthday"
        "not_making_it_to",
        "making it to|making it past",
        r" (?:my (?:\w+ )?birthday|christmas|new years|(?:the )?(?:next )?(?:week|weekend|month"
        r"|year|summer|spring)|\d+)" + _END_CLAUSE,
        needs="birthday christmas years week weekend month year summer spring",
        back=r"(?:im not|i am not|not|im definitely not|im really not|wont be|will not be)",
        reasons="goodbye timeline",
    ),
    cue(
        # "3 weeks left." with nothing after it; "3 weeks left of term" says of what.
        "days_left",
        "days left|weeks left|day left|week left|nights left",
        _END,
        needs="left",
        back=r"(?:\d+|one|two|three|four|five|six|seven|a few|a couple of|only|just|only \d+"
        r"|just \d+)",
        reasons="timeline",
    ),
    cue(
        # "Friday. After payday ... Then I'm done with living.": the end set after a day.
        "then_im_done",
        "im done|i am done|ill be done|its over|it ends|it stops",
        r"(?= (?:[.,]|$|with (?:living|life|it all|everything|this world|being alive)))",
        needs="done over ends stops",
        back=r"then",
        reasons="timeline",
    ),
    cue(
        # "Tomorrow it all stops.": said of the builders next door too, so a cue.
        "it_all_stops",
        "it all stops|everything stops|it stops|it all ends|the pain stops",
        _END_CLAUSE,
        needs="stops ends",
        back=r"(?:tomorrow|tonight|today|soon|on (?:" + _DAYS + r")|this (?:week|weekend))",
        reasons="intent timeline",
    ),
    cue(
        # "ending it this week": a break-up's words too, until hope is seen to be gone.
        "ending_it_at",
        "ending it|ending things|ending everything",
        rf" (?:this (?:week|weekend|month)|tonight|tomorrow|soon|on (?:{_DAYS})|(?:{_DAYS}))"
        + _END_CLAUSE,
        needs="week weekend month tonight tomorrow soon " + _DAYS.replace("|", " "),
        reasons="intent timeline",
    ),
    cue(
        "soon_wont_have_to",
        "wont have to|will not have to|wont need to",
        r"(?: be(?: here| around| alive)?)?(?: anymore| much longer)?" + _END_CLAUSE,
        needs="soon",
        back=r"soon(?: enough)?(?: ,)? (?:i|ill|i will)?",
        reasons="goodbye timeline",
    ),
    cue(
        "better_off_by",
        "better off|happier|relieved",
        r" (?:by|after) (?:next week|next month|tomorrow|the weekend|tonight|(?:" + _DAYS + r"))",
        needs="next tomorrow weekend tonight " + _DAYS.replace("|", " "),
        back=r"(?:theyll|they will|everyone will|youll|you will|theyll all|they will all"
        r"|everyone will all|everyones gonna)(?: all)? be",
        reasons="burden timeline",
        personal=False,
    ),
    cue(
        "not_here_next",
        "myself here|myself around|myself alive|me here|me around",
        r" (?:next (?:week|month|year|christmas|summer)|in a (?:week|month|year)|by (?:next"
        r" (?:week|month)|christmas|summer))",
        needs="next week month year christmas summer",
        back=r"(?:dont|cant|do not|cannot) (?:see|picture|imagine)",
        reasons="goodbye timeline",
    ),
    rule(
        # "I won't be anyone's problem after Friday": everyone's burden lifted on a day.
        "nobodys_problem_after",
        "problem|burden",
        r" (?:anymore )?after (?:tonight|today|this week|this weekend|(?:" + _DAYS + r"))" + _END,
        needs="after",
        back=r"(?:wont|will not|im not going to|not going to|im not gonna) be"
        r" (?:anyones|everyones|anybodys|everybodys)",
        level=HIGH,
        context_level=IMMINENT,
        reasons="burden goodbye timeline",
    ),
    rule(
        # "in a few days nobody will have to worry about me ever again"
        "timed_no_worry",
        "worry about me|deal with me|hear from me",
        r" (?:ever again|again)" + _END_CLAUSE,
        needs="worry deal hear",
        back=r"(?:in (?:a few|a couple of|a couple|one|two|three|\d+) (?:days|weeks)"
        r"|in (?:a|one) (?:day|week)|after (?:tonight|today"
        r"|this week|this weekend)|by (?:next week|tomorrow|the weekend|(?:"
        + _DAYS
        + r"))|soon|tomorrow)(?: ,)? (?:nobody|no one|noone|you|they|everyone)"
        r" (?:will|wont|will never|ll)(?: ever)?(?: have to| need to)?",
        level=HIGH,
        context_level=IMMINENT,
        reasons="goodbye timeline",
    ),
]

_HINTED_PLANS: Final = [
    imminent(
        # Calm after deciding, set against what others believe: "I'm only calmer because I've
        # decided". Not "calmer because I've decided to take the job", nor "..., I'm going
        # back to uni": the decision named. Relief or happiness "now that I've decided" is
        # how any choice made is told.
        "calm_because_decided",
        "decided|made up my mind|made my decision|made the decision",
        _END,
        needs="decided mind decision",
        back=r"(?:only|just) (?:calm|calmer|at peace|peaceful)"
        r"(?: now)? (?:because|cause|bc|since) (?:ive|i have|i|i finally|ive finally)",
        reasons="intent",
    ),
    cue(
        "doing_it_this_time",
        "doing it this time|going through with it this time|doing it for real this time",
        _END,
        needs="time",
        back=r"(?:im|i am|im actually|im really|im finally|i am actually|ok im actually"
        r"|im definitely)",
        reasons="intent",
    ),
    cue(
        "do_it_at_the",
        "do it at|doing it at|do it from|doing it from|do it off|doing it off",
        r" the (?:bridge|tracks|train tracks|cliff|cliffs|overpass|quarry|lake|river|roof"
        r"|parking garage|car park|station|dam|pier|woods)(?= )",
        needs="bridge tracks cliff cliffs overpass quarry lake river roof garage park station"
        " dam pier woods",
        reasons="plan",
    ),
    cue(
        "thought_it_through",
        "thought it all through|thought it through|thought this through|thought everything"
        " through|thought it all out|worked it all out|got it all figured out|got it figured out"
        "|got it all worked out|got it worked out|have it all figured out|have it all worked out",
        _END_CLAUSE,
        needs="through out",
        back=r"(?:ive|i have|i|ive already|i already|ive really)",
        reasons="plan",
    ),
    cue(
        "date_and_place",
        "the date",
        # Ends on "everything", not on a dress or a venue: "the date, the place, the cake".
        r"(?: ,| and) the (?:place|time|spot|location)(?: ,| and)? (?:everything|all of it"
        r"|the lot|the way|the method|how)(?= )(?!(?: [\w,]+){0,8} (?:wedding|party|trip"
        r"|venue|guests|cake|honeymoon|reunion|birthday|holiday|vacation|dress)(?= ))",
        needs="place time spot location",
        reasons="plan",
    ),
    cue(
        "nobody_goes_there",
        "goes there|goes out there|comes there|comes out there|goes up there|will look there"
        "|would look there|ever looks there",
        r"(?= (?:[.,]|$|in (?:winter|the winter|the off season)|this time of year|anymore))",
        needs="goes comes look looks",
        back=r"(?:nobody|no one|noone|nobody ever|no one ever)",
        reasons="plan",
    ),
    cue(
        "everything_arranged",
        "everything is|everythings|its all|it is all|all is",
        r" (?:arranged|sorted|in order|taken care of|sorted out|organised|organized|in place)"
        r"(?= (?:[.,:]|$))",
        needs="arranged sorted order taken organised organized place",
        reasons="plan",
    ),
    cue(
        # "the insurance, the dog sitter, the note.": a note last in a list of things seen to.
        "the_note_listed",
        "note|letter|letters|notes",
        _END_CLAUSE,
        back=r"(?:,|and) (?:the|my)",
        reasons="goodbye",
    ),
    cue(
        "have_a_way",
        "a way to|a way to do it|the way to do it|a way out",
        _END_CLAUSE,
        needs="way",
        back=r"(?:this time )?(?:i have|ive got|i got|i found|ive found|i finally have"
        r"|now i have|i now have)",
        reasons="means",
    ),
]

# Said in the middle of a long message about other things, or after concern: a thought
# of the act with its means, a rope bought "because I'm done", pills set for a day.
_IN_PASSING: Final = [
    rule(
        # "I've been thinking of taking all my pills on Sunday"; a time makes it imminent.
        "thinking_of_taking_all",
        THOUGHT,
        rf" (?:of|about) (?:taking|swallowing|downing) (?:all|all of|every one of|the rest of"
        rf"|the whole bottle of) (?:my |the |these |those )?{PILLS}"
        r"(?! (?:with|along|to|on the trip|for the trip|in|as)(?= ))",
        needs="taking swallowing downing",
        level=HIGH,
        reasons="ideation method",
    ),
    cue(
        "because_im_done",
        "im done|i am done|im so done|im just done",
        r"(?= (?:[.,]|$|and|with (?:it all|everything|life|living)))",
        needs="done",
        back=r"(?:because|cause|bc|cuz|since)",
        reasons="intent",
    ),
    cue(
        "take_the_pills_after",
        "take the|take all the|take all my",
        rf" {PILLS} (?:after|on|once|when|before|tonight|tomorrow|this)(?= )",
        needs=PILL_NEEDS,
        back=r"(?:im gonna|im going to|ill|i will|gonna|going to|planning to|i plan to)",
        reasons="means intent",
    ),
    cue(
        # "the bridge is ten minutes from my flat": a place close by, after concern.
        "place_close_by",
        "the bridge|the cliff|the cliffs|the tracks|the train tracks|the overpass|the quarry"
        "|the railway|the river",
        r" (?:is|are|s) (?:only |just |like )?(?:\w+|\d+) (?:minutes?|mins?|blocks?|steps?"
        r"|minute walk|min walk) (?:away|from (?:my|here|the|where))",
        needs="minutes minute mins min blocks block steps step",
        reasons="means",
    ),
]

_HOPE_GONE: Final = [
    rule(
        "nothing_will_get_better",
        "nothing|nothing is|nothings|nothing s",
        r" (?:ever )?(?:going to|gonna|will)(?: ever)? (?:get|be|become) better"
        r"(?= (?:[.,]|$|and|so|for me|ever|anyway))",
        needs="better",
        level=CONCERN,
        reasons="hopeless",
    ),
    rule(
        # "I can't see it ever getting better": the same, seen from where they stand.
        "cant_see_better",
        "see it|see things|see anything|see life",
        r" (?:ever |ever actually )?(?:getting|get|being) better"
        r"(?= (?:[.,]|$|for me|ever|anymore))",
        needs="better",
        back=r"(?:cant|cannot|can not|dont|do not|never)(?: really| even)?",
        level=CONCERN,
        reasons="hopeless",
    ),
    rule(
        "done_fighting",
        "done fighting|tired of fighting|giving up fighting|stopped fighting",
        r"(?: (?:it|this|anymore|any more))*" + _END,
        needs="fighting",
        back=r"(?:im|i am|im just|im so|i am so)",
        level=CONCERN,
        reasons="hopeless",
    ),
    rule(
        "pretending_ill_get_better",
        "pretending|pretend",
        r" (?:ill|i will|im going to|im gonna|it will|itll|things will|things are going to)"
        r" (?:ever )?(?:get better|be okay|be ok|be fine)",
        needs="better okay ok fine",
        back=r"(?:done|sick of|tired of|stop|stopped|cant keep)",
        level=CONCERN,
        reasons="hopeless",
    ),
    rule(
        "point_of_a_future",
        "point of|point in",
        # "without her" is grief for someone: the speaker's own future only.
        r" (?:a|my|having a|planning a|any) future(?= (?:[.,]|$|when i|if i|for me|anymore))",
        needs="future",
        back=r"(?:(?:whats|what is|whats even) the|(?:theres|there is) no|i dont see (?:the|any))",
        level=CONCERN,
        reasons="hopeless",
    ),
]

# Times, plans and hope given up as set10 told them. The plans are cues ("which day, how,
# where" plans a party too); the hopelessness is concern, so a cue after it means one.
_SET_OUT: Final = [
    cue(
        # "I'm going there after work", a whole message after a place dwelt on: a gym's
        # words too, so only as the message's first words.
        "going_there_after",
        "im going there|i am going there|im going back there|im heading there|im gonna go there",
        r"(?:(?<=^ im going there)|(?<=^ i am going there)|(?<=^ im going back there)"
        r"|(?<=^ im heading there)|(?<=^ im gonna go there))"
        r" (?:after work|after school|tonight|later|tomorrow|today|after dinner|in the morning"
        r"|this evening)" + _END_CLAUSE,
        needs="there",
        reasons="plan timeline",
    ),
    cue(
        # "it happens tonight": a surprise party's words too.
        "it_happens_then",
        "it happens|it all happens|its happening|it will happen|itll happen|its going to happen"
        "|its gonna happen",
        rf" (?:tonight|tomorrow|this weekend|on (?:{_DAYS})|at midnight)" + _END_CLAUSE,
        needs="tonight tomorrow weekend midnight " + _DAYS.replace("|", " "),
        reasons="intent timeline",
    ),
    cue(
        # "New Year's Eve. That's my date.": a day, then owned as the date.
        "thats_my_date",
        "thats my date|that is my date|thats the date|thats my day|that is my day",
        _END,
        needs="date day",
        back=rf"(?:eve|day|christmas|birthday|anniversary|{_DAYS}|\d+(?:st|nd|rd|th)?) \.",
        reasons="plan timeline",
    ),
    cue(
        # "too busy partying to notice I'm gone for good": gone for good, unnoticed.
        "notice_gone_for_good",
        "notice im gone|notice ive gone|notice i am gone|notice im not here",
        r" (?:for good|forever)" + _END_CLAUSE,
        needs="good forever",
        reasons="goodbye",
    ),
    cue(
        # "worked out all of it, which day, how, where": the parts of a plan listed.
        "which_day_how",
        "which day|what day|what time|which night",
        r" (?:,|and) how(?: ,| and)? (?:where|what with)(?= )",
        needs="how",
        reasons="plan",
    ),
    cue(
        # "it's almost a relief to be ending it": not a lease or a relationship.
        "relief_ending_it",
        "relief to be ending it|relief to end it|relief to be ending it all"
        "|relief to finally end it"
        "|relief to be ending everything",
        _END_CLAUSE,
        needs="ending end",
        reasons="intent",
    ),
    cue(
        # "Got a plan for checking out": not of a hotel.
        "plan_checking_out",
        "plan for checking out|plan to check out|plan for check out|plan for clocking out",
        r"(?= (?:[.,]|$|and))",
        needs="checking check clocking",
        reasons="plan",
    ),
    cue(
        # "... and the means to do it."
        "means_to_do_it",
        "means to do it|means to go through with it|means to end it|means to do it now",
        _END_CLAUSE,
        needs="do go end",
        back=r"(?:got|have|and|ive got|i have|i now have|now i have)(?: got)? the",
        reasons="means",
    ),
    cue(
        # "i've got the paperwork and the meds sorted": both, as things to see to.
        "paperwork_and_meds",
        "the paperwork and the meds|the meds and the paperwork|the paperwork and the pills"
        "|the pills and the paperwork|the will and the pills|the will and the meds",
        r" (?:sorted|ready|done|in order|set)" + _END_CLAUSE,
        needs="meds pills",
        reasons="plan means",
    ),
    cue(
        # "I'm going up to the top of the old quarry early tomorrow": not for a view.
        "up_to_the_top_of",
        "going up to the top of|going to the top of|heading up to the top of"
        "|driving up to the top of"
        "|walking up to the top of",
        r" the (?:old )?(?:quarry|cliff|cliffs|bridge|car park|multi storey|dam|tower)(?= )"
        r"(?!(?: [^ .]+){0,8} (?:sunset|sunrise|view|views|photo|photos|pic|pics|picnic|hike"
        r"|hiking|tour|fishing|swim|dog|walk)(?= ))",
        needs="quarry cliff cliffs bridge park storey dam tower",
        reasons="plan",
    ),
    rule(
        # "I know how it finishes for me, and when.": the end and its time known.
        "how_it_ends_and_when",
        "how it ends for me|how it finishes for me|how it all ends for me",
        r"(?: ,)? and when" + _END,
        needs="when",
        back=r"(?:i know|i already know|i now know|ive decided)",
        level=HIGH,
        context_level=IMMINENT,
        reasons="plan timeline",
    ),
    rule(
        # "i won't be a problem for anyone after friday": nobodys_problem_after, said longer.
        "problem_for_anyone_after",
        "a problem for anyone|a problem for anybody|a burden to anyone|a burden on anyone"
        "|a problem to anyone|a burden for anyone|a burden to anybody",
        r" (?:anymore )?after (?:tonight|today|this week|this weekend|(?:" + _DAYS + r"))" + _END,
        needs="after",
        back=r"(?:wont|will not|im not going to|not going to|im not gonna) be",
        level=HIGH,
        context_level=IMMINENT,
        reasons="burden goodbye timeline",
    ),
    rule(
        # "the kids will be better off with just their mum": the speaker left out.
        "better_off_with_just",
        "better off with just|better off with only|better off just with",
        r" (?:their|her|his|my) (?:mum|mom|dad|mother|father|mam|mummy|mommy)" + _END_CLAUSE,
        needs="mum mom dad mother father mam mummy mommy",
        back=r"(?:(?:kids|children|boys|girls|family|they|daughter|son|she|he)"
        r" (?:will be|would be|are|were|will all be|would all be)|shell be|hell be|theyll be"
        r"|theyd be|shed be|hed be|theyll all be)",
        level=CONCERN,
        reasons="burden",
    ),
    rule(
        # "I've been a weight on them for too long": a burden in other words.
        "weight_on_them",
        "a weight on them|a weight on everyone|a weight on my family|a weight on you"
        "|a weight around their necks|a weight on my wife|a weight on my husband"
        "|a weight on my kids",
        r"(?: for (?:too long|years|so long|long enough))?" + _END_CLAUSE,
        needs="weight",
        back=r"(?:been|being|im|i am|im just|ive been|i have been)(?: nothing but| just| such)?",
        level=CONCERN,
        reasons="burden",
    ),
    rule(
        # "I've no wish to see another one alone": not a film's sequel.
        "no_wish_to_see_another",
        "no wish to see another|no desire to see another|dont want to see another"
        "|no want to see another",
        r" (?:one|winter|christmas|year|birthday|spring|summer)(?= )"
        r"(?!(?: [^ .]+){0,4} (?:film|movie|episode|season|sequel|show|game|match|like that"
        r"|of these|of those|in this|in that)(?= ))",
        needs="another",
        level=CONCERN,
        reasons="hopeless",
    ),
    rule(
        # "honestly don't see why i bother anymore": not with a chore named.
        "dont_see_why_bother",
        "see why i bother|see why i even bother|see why i should bother|see the point in bothering",
        r"(?: (?:anymore|any more|at all|with anything|with any of it|trying))?" + _END_CLAUSE,
        needs="bother bothering",
        back=r"(?:dont|do not|cant|cannot|honestly dont|really dont|just dont)",
        level=CONCERN,
        reasons="hopeless",
    ),
    rule(
        # "i can't see any reason to keep going": not with a diet or a project.
        "no_reason_to_keep_going",
        "reason to keep going|reason to carry on|reason to go on|reason to keep trying",
        r"(?: anymore| any more)?" + _END_CLAUSE,
        needs="going carry go trying",
        back=r"(?:cant see any|cant see a|dont see any|dont see a|cannot see any|can not see any"
        r"|have no|theres no|there is no|i have no|no|any)",
        level=CONCERN,
        reasons="hopeless",
    ),
    rule(
        # "nothing's got better in months": the past's nothing_will_get_better.
        "nothing_got_better",
        "nothings got better|nothing has got better|nothing has gotten better"
        "|nothings gotten better"
        "|nothing got better|nothing ever gets better|nothing gets better",
        r"(?: (?:in|for) (?:months|years|weeks|ages|a long time|so long))?" + _END_CLAUSE,
        needs="better",
        level=CONCERN,
        reasons="hopeless",
    ),
    rule(
        # "I couldn't hold on any longer", said as an end: not a bladder or a grip.
        "cant_hold_on",
        "couldnt hold on|cant hold on|could not hold on|cannot hold on|cant hang on"
        "|couldnt hang on",
        r" (?:any longer|anymore|any more)" + _END,
        needs="longer anymore more",
        back=r"(?:i|i just|im sorry i|sorry i)",
        level=CONCERN,
        reasons="hopeless",
    ),
]

# Told in passing, each in other words than the table's (set 23): things found homes,
# accounts closed, the how and the when worked out, the place gone to after a shift, and
# the word said twice to mean it ("gone gone"). Cues, all: each is an ordinary sentence
# on another day. The few with a level say the act itself in other words ("dying on
# purpose", "steering into the truck", the insurance asked about if one ended it).
_WHEN = f"tonight|tonite|tomorrow|tmrw|today|weekend|night|morning|{_DAYS}"
_PETS = (
    r"(?:cat|dog|cats|dogs|pets?|rabbits?|bunny|bunnies|hamster|birds?|fish|chickens|hens"
    r"|goats?|horses?|pony|ponies|guinea pigs?|parrot|budgie|snake|lizard|tortoise)"
)
_PET_NEEDS = (
    "cat dog cats dogs pet pets rabbit rabbits bunny bunnies hamster bird birds fish chickens"
    " hens goat goats horse horses pony ponies pig pigs parrot budgie snake lizard tortoise"
)
# Ways out of the act: tracks, a bridge, a drop; a place or thing the plan "is".
_PLACES = (
    r"(?:bridge|tracks|railway|train|cliff|cliffs|rope|pills|overpass|river|roof|rooftop|tower"
    r"|quarry|motorway|highway|car park|garage|gun|rifle|pier|dam|viaduct|ledge)"
)
_VEHICLES = r"(?:truck|lorry|bus|car|train|semi|van|tram)"

_SAID_ASIDE: Final = [
    cue(
        # "found homes for the chickens", "found a family for the dog": pets handed on.
        # Not a litter's kittens or a foster's, which are found homes as a matter of course.
        "found_pets_a_home",
        "found homes for|found a home for|found a new home for|found new homes for"
        "|found a family for|found someone to take|found somebody to take|found a new owner for",
        rf" (?:the|my|our) (?:\w+ )?{_PETS}(?= )"
        r"(?!(?: [^ .]+){0,8} (?:litter|kittens|puppies|foster|fostering|landlord|allergic"
        r"|allergies|moving|move|abroad|baby)(?= ))",
        needs=_PET_NEEDS,
        reasons="plan",
    ),
    cue(
        # "Rehomed Bear today. For good.": a pet named, not said to be one.
        "rehomed_by_name",
        "rehomed|re homed",
        r" (?!(?:my|the|our|a|some|them|it|him|her)(?= ))\w+"
        r"(?= (?:[.,]|$|today|yesterday|this (?:week|morning)|for good|last))"
        r"(?!(?: [^ .]+){0,8} (?:landlord|allergic|allergies|moving|move|abroad|baby)(?= ))",
        needs="rehomed homed",
        reasons="plan",
    ),
    cue(
        # "my plants, my records, my bike, all given away", "gave the rest to the staff":
        # the last of it handed on.
        "all_given_away",
        "all given away|everything given away|given it all away|given everything away"
        "|gave it all away|gave everything away|giving it all away|giving everything away"
        "|gave the rest to|given the rest to|gave the rest away|gave whatever was left to"
        "|gave what was left to",
        r"(?!(?: [\w,]+){0,8} (?:moving|move|moved|downsizing|declutter|decluttering|charity"
        r"|shop|thrift|goodwill|donation|donate)(?= ))",
        needs="away rest left",
        reasons="plan",
    ),
    cue(
        # "closing all my accounts tonight", "deleted all my socials": the last of a life
        # online shut. An account moved to another bank goes on ("closing my account at ...").
        "closing_my_accounts",
        "closing|closed|deleting|deleted|deactivating|deactivated|shutting down|shut down",
        r" (?:all |all of )?my (?:accounts|socials|social media|profiles)"
        r"(?= (?:[.,]|$|tonight|today|tomorrow|now|and))",
        needs="accounts socials media profiles",
        reasons="plan",
    ),
    cue(
        # "my sister has the passwords": what she will need after.
        "someone_has_passwords",
        "has the passwords|has my passwords|has all my passwords|has all the passwords"
        "|gave my passwords|left my passwords|given my passwords",
        _END_CLAUSE,
        needs="passwords",
        reasons="plan",
        personal=False,
    ),
    cue(
        # "Better he has them now rather than later": a keepsake handed on early.
        "better_has_them_now",
        "better he has|better she has|better they have|better he gets|better she gets"
        "|better they get|better for him to have|better for her to have",
        r" (?:them|it|those|these) now(?= )",
        needs="now",
        reasons="goodbye",
    ),
    cue(
        # "won't be using them again. won't be using anything again."
        "wont_be_using",
        "using|use",
        r" (?:them|it|those|these|any of it|any of them|anything|my \w+)(?: ever)?"
        r" (?:again|anymore|any more)" + _END_CLAUSE,
        needs="again anymore more",
        back=r"(?:wont|will not|not going to|im not going to|not gonna|i wont) be",
        reasons="goodbye",
    ),
    cue(
        # "it's almost time.", "it's nearly time now": a time come, with nothing it is for.
        "almost_time",
        "almost time|nearly time|about time now|almost time now|nearly time now",
        _END,
        needs="almost nearly",
        back=r"(?:its|it is|it s)",
        reasons="timeline",
    ),
    cue(
        # "by sunday I'll be gone", "after tonight I'll be gone".
        "gone_by_a_day",
        "be gone",
        _END_CLAUSE,
        needs="gone",
        back=rf"(?:by|before|after) (?:the end of )?(?:this |next )?(?:{_WHEN}|week|month)"
        r"(?: ,)? (?:ill|i will|i am going to|im going to|im gonna)",
        reasons="goodbye timeline",
    ),
    cue(
        # The word said twice to mean it: "and I mean gone gone", "Like here here. Alive."
        "said_twice_to_mean_it",
        "gone gone|dead dead|over over",
        _END_CLAUSE,
        needs="gone dead over",
        back=r"(?:mean|meant|be|like|im|i am|ill be|not)",
        reasons="intent",
    ),
    cue(
        # "and not in the travelling sense": leaving, with the trip taken back. Not "not in a
        # dramatic way", which softens a wish, nor "not in a plan-y way", which takes one back.
        "not_in_the_travel_sense",
        "not in the|and not in the",
        r" (?:travelling|traveling|travel|moving|moving house|holiday|vacation|trip|road trip"
        r"|going away|away|leaving town|new job|job|work) sense" + _END_CLAUSE,
        needs="sense",
        reasons="intent",
        personal=False,
    ),
    cue(
        "the_other_kind",
        "the other kind|the other way|the permanent kind|the permanent way",
        _END,
        needs="other permanent",
        back=r"(?:[.,]|not \w+ [.,])",
        reasons="intent",
        personal=False,
    ),
    cue(
        # "I've been researching ways out", "googling ways out": not of a job, said next.
        "researching_ways_out",
        "researching|looking up|googling|looking into|reading about|searching for|searching",
        r" (?:ways|a way|the way|the ways|different ways) out" + _END_CLAUSE,
        needs="out",
        reasons="method",
    ),
    cue(
        # "I've written it all out", "worked everything out".
        "worked_it_all_out",
        "written it all out|worked it all out|figured it all out|mapped it all out"
        "|planned it all out|thought it all out|written everything out|worked everything out"
        "|figured everything out|mapped everything out|planned everything out",
        _END_CLAUSE,
        needs="written worked figured mapped planned thought",
        reasons="plan",
    ),
    cue(
        # "Everything else is sorted too": after one thing handed on, the rest seen to.
        "everything_else_sorted",
        "everything else is sorted|everything else is taken care of|everything else is in order"
        "|everything else is done|everything else is arranged|everything else is ready"
        "|everything else s sorted|everything elses sorted",
        r"(?: too| as well| now)?" + _END_CLAUSE,
        needs="else elses",
        reasons="plan",
    ),
    cue(
        # "the kids have my things", "my brother has my guitars": things handed on.
        "they_have_my_things",
        "have my|has my|have all my|has all my|got my|have got my|has got my",
        r" (?:things|stuff|belongings|possessions|guitars?|medals|records|tools|games|books"
        r"|jewelry|jewellery|clothes|watch|rings?)(?= (?:[.,]|$|and|now))",
        needs="things stuff belongings possessions guitar guitars medals records tools games books"
        " jewelry jewellery clothes watch ring rings",
        back=r"(?:the kids|my kids|the boys|the girls|my (?:son|daughter|brother|sister|nephew"
        r"|niece|mum|mom|dad|wife|husband|ex|friend|cousin)|he|she|they)",
        reasons="plan",
        personal=False,
    ),
    cue(
        # "the cat's with my neighbour": a pet left with someone, no reason told.
        "pet_is_with",
        "cats with|dogs with|cat is with|dog is with|cats are with|dogs are with|pets with"
        "|pet is with|rabbits with|birds with",
        r" (?:my|a|the|our) \w+(?= (?:[.,]|$|and|now|for good))"
        r"(?!(?: [^ .]+){0,8} (?:holiday|vacation|trip|away|weekend|hospital|surgery|while"
        r"|until|till|moving|move)(?= ))",
        needs="with",
        reasons="plan",
        personal=False,
    ),
    cue(
        # "so long, and thanks": a parting, not the fish.
        "so_long_and_thanks",
        "so long and thanks|so long , and thanks|so long and thank you|so long , and thank you",
        _END_CLAUSE,
        needs="thanks thank",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # "thanks for always being there on the bad nights", before a goodbye.
        "thanks_always_there",
        "thanks for always being there|thank you for always being there"
        "|thanks for always being here|thank you for always being here",
        r"(?: for me)?(?: on the (?:bad|hard|rough|long|worst) (?:nights|days))?" + _END_CLAUSE,
        needs="always",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # "got it all mapped out", "I've written it all out": the plan worked through.
        "all_worked_out",
        "mapped out|planned out|worked out|figured out|written out|thought out|sorted out",
        _END_CLAUSE,
        needs="mapped planned worked figured written thought sorted",
        back=r"(?:got|have|ive|ive got|i have|i got|had|its|it s|ive written|written|i wrote"
        r"|wrote) (?:it all|everything|it all|the whole thing)",
        reasons="plan",
    ),
    cue(
        # ", the how and the when", "mapped out, where and when".
        "how_and_when_set",
        "the how and the when|the how and when|the where and the when|the when and the where"
        "|the when and the how|how and when|where and when|when and where|when and how",
        _END_CLAUSE,
        needs="when",
        # The comma alone is the frame, so the plan's own words stay a cue apart.
        back=r"(?:(?<=out )|(?<=decided )|(?<=figured )|(?<=planned )|(?<=picked )"
        r"|(?<=chosen )|(?<=settled )|(?<=sorted )),",
        reasons="plan",
    ),
    cue(
        # "I'm going there after my shift", "going up there once it's dark": a place gone
        # to at a time, with what it is for said before.
        "going_there_at_a_time",
        "going there|going up there|going down there|going out there|heading there"
        "|heading up there|heading out there|driving there|driving up there|walking there",
        rf" (?:after (?:my|the|work|school|dinner|\w+)|once (?:its|it s|it gets) dark|when its"
        rf" dark|{_WHEN}|later|at (?:midnight|dawn|\d+))(?= )",
        back=r"(?:im|i am|ill|i will|im gonna|im going to|gonna)(?: just)?",
        reasons="plan",
    ),
    rule(
        # "the plan is the bridge after the game": the plan named by its place or means.
        "plan_is_a_place",
        "plan is|plan s|plans is",
        rf" (?:the|a|my|to use the) {_PLACES}"
        rf"(?= (?:[.,]|$|after|on|at|tonight|tomorrow|this|next|when|before|once|{_DAYS}))",
        needs="bridge tracks railway train cliff cliffs rope pills overpass river roof rooftop"
        " tower quarry motorway highway car garage gun rifle pier dam viaduct ledge",
        back=r"(?:the|my)",
        level=HIGH,
        context_level=IMMINENT,
        reasons="ideation plan method",
    ),
    cue(
        # "that feels like relief", "weirdly it's a relief": a decision made peace with.
        "decided_feels_like_relief",
        "feels like relief|feels like a relief|feels like such a relief|is a relief"
        "|s a relief|its a relief",
        _END_CLAUSE,
        needs="relief",
        back=r"(?:and )?(?:weirdly |honestly |strangely |oddly )?(?:that|it|which|this)",
        reasons="intent",
    ),
    cue(
        # "you're the last thing on my list", "this is the last thing I had to do".
        "last_thing_on_list",
        "last thing on my list|last thing left on my list|last thing i had to do"
        "|last thing i needed to do|last thing left to do",
        _END_CLAUSE,
        needs="list do",
        back=r"(?:youre|you are|this is|that was|thats|that is|its|it is) the",
        reasons="goodbye",
    ),
    cue(
        # "Said bye to chat for real", "said goodbye to the guys for good".
        "said_bye_for_real",
        "said bye|said goodbye|said my goodbyes|said goodbyes|say bye|saying bye|saying goodbye",
        r"(?: to (?:[^ .]+ ){0,3}?[^ .]+)? (?:for real|for good|forever|properly)" + _END_CLAUSE,
        needs="real good forever properly",
        reasons="goodbye",
    ),
    cue(
        # "They think I'm just taking a break": the cover others believe.
        "they_think_a_break",
        "think im just|thinks im just|think i am just|think im only|thinks im only",
        r" (?:taking a break|on a break|busy|tired|having a bad week|stressed|away|quitting"
        r" \w+|going through a phase)" + _END_CLAUSE,
        needs="taking break busy tired bad stressed away quitting phase",
        back=r"(?:they|they all|she|he|everyone|everybody|my \w+|people|chat)",
        reasons="plan",
    ),
    cue(
        # "really done this time, no more trying": an end said twice.
        "done_this_time",
        "done this time|finished this time",
        _END_CLAUSE,
        needs="done finished",
        back=r"(?:really|im really|truly|im truly|i am really)",
        reasons="intent",
    ),
    rule(
        # "I can't see any way forward": hope gone, concern.
        "no_way_forward",
        "see any way forward|see a way forward|see any way through|see a way through",
        r"(?= (?:[.,]|$|and|anymore|any more|now|at all))",
        needs="forward out through",
        back=r"(?:cant|cannot|can not|dont|do not|couldnt|could not)",
        level=CONCERN,
        reasons="hopeless",
    ),
    rule(
        # "honestly don't see the point of any of it now".
        "no_point_of_any",
        "see the point of any of it|see the point in any of it|see the point of anything"
        "|see the point in anything|see the point of it all|see the point in it all",
        r"(?: now| anymore| any more)?" + _END_CLAUSE,
        needs="any anything all",
        back=r"(?:dont|do not|cant|cannot|no longer|honestly dont|really dont)",
        level=CONCERN,
        reasons="hopeless",
    ),
    rule(
        # "nothing left to stay alive for", "no reason to stay alive".
        "nothing_to_stay_alive_for",
        "nothing left to stay alive for|nothing to stay alive for|no reason to stay alive"
        "|nothing left to keep living for|nothing to keep living for",
        needs="alive living",
        level=CONCERN,
        reasons="hopeless",
    ),
    rule(
        # "I think about dying on purpose a lot": suicide in other words.
        "dying_on_purpose",
        "dying on purpose|die on purpose|dead on purpose",
        needs="purpose",
        back=rf"(?:{THOUGHT}) (?:about|of)(?: \w+)?|want to|wanna|going to|gonna",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "how to stop existing", "the day I stop existing": the act in other words.
        "stop_existing",
        "stop existing|cease to exist|cease existing",
        _END_CLAUSE,
        needs="existing exist",
        back=rf"(?:(?:{THOUGHT}) (?:a lot |lots |often )?about how to|how to|how i can|ways to"
        r"|(?<=today is )the day i|(?<=todays )the day i|(?<=tonight is )the night i"
        r"|going to|gonna|im going to|ill)",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "sit with the idea of ending it", "toying with the thought of ending things".
        "idea_of_ending_it",
        "idea of|thought of|notion of",
        r" (?:ending it|ending things|ending it all|ending my life|killing myself"
        r"|not being here|not existing)(?= )",
        needs="ending killing being existing",
        back=r"(?:sit|sitting|sat|toy|toying|toyed|flirt|flirting|flirted|play|playing"
        r"|entertain|entertaining|live|living|comfort|comforted|obsessed) (?:with|by|in) the",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "I don't want to be here anymore. Like here here. Alive.": the "here" of a wish
        # not to be here said to be life itself.
        "here_here_alive",
        "here here",
        r"(?: [.,])? (?:alive|as in alive|living|on this earth|on earth|in this world)"
        + _END_CLAUSE,
        needs="anymore longer",
        back=r"(?:like|i mean|as in)",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "I think about just letting the truck hit me".
        "letting_vehicle_hit_me",
        "letting a|letting the|let a|let the",
        rf" {_VEHICLES} hit me(?= )",
        needs="hit",
        back=rf"(?:{THOUGHT}) (?:about|of)(?: just)?|want to(?: just)?|wanna(?: just)?",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "thinking about steering into oncoming traffic", "like actually steering into it".
        # Not a wall on a driving test, which nerves picture.
        "steering_into_traffic",
        "steering into|swerving into|driving into|veering into",
        rf" (?:oncoming traffic|oncoming|(?:a |the )?{_VEHICLES}|(?<=steering into) it)(?= )",
        needs="steering swerving driving veering",
        back=rf"(?:{THOUGHT}) (?:about|of)(?: just)?|(?:like )?actually|want to(?: just)?"
        r"|wanna(?: just)?",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "the water under the pier keeps calling me, I keep thinking about going in": the
        # water named first, in the same sentence; not a swim planned after ("kept thinking
        # about going in, the water looked lovely").
        "going_into_the_water",
        "water|river|sea|ocean|lake|pier|canal|harbour|harbor|bridge|quarry",
        r"(?!(?: [^ .]+){0,16} (?:freezing|cold|warm|swim|swimming|beach|lovely|nice|pool|surf"
        r"|surfing|dip|paddle|paddling|wetsuit)(?= ))"
        rf"(?: [^ .]+){{0,16}} (?:i )?(?:keep|keeps|kept|been|always|ive been) (?:{THOUGHT})"
        r" about (?:going in|walking in|stepping in|stepping off|going over|going under)"
        + _END_CLAUSE,
        needs="going walking stepping",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "look at the pill bottle on the shelf and think about it".
        "look_at_means_and_think",
        "think about it|thinking about it|thought about it|think about using it"
        "|think about using them",
        _END_CLAUSE,
        needs="bottle pills rope gun rifle tablets meds belt bridge",
        back=r"(?:look|looking|looked|stare|staring|stared) at (?:the|my|that) (?:[^ .]+ ){0,5}"
        r"and(?: just)?",
        level=HIGH,
        reasons="ideation means",
    ),
    rule(
        # "if I ended it would the life insurance still pay out": the act asked about.
        "insurance_if_i_end_it",
        "if i ended it|if i end it|if i ended things|if i end things|if i killed myself"
        "|if i kill myself|if i took my own life|if i take my own life",
        r" (?:[^ .]+ ){0,4}(?:life )?insurance(?= )",
        needs="insurance",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "everyone's lives would go on fine if I ended things".
        "fine_if_i_ended_it",
        "if i ended it|if i end it|if i ended things|if i end things|if i just ended it"
        "|if i just ended things",
        r"(?: all)?" + _END_CLAUSE,
        needs="ended end",
        back=r"(?:fine|better|better off|go on|move on|easier|okay|ok|happier|relieved)",
        level=HIGH,
        reasons="ideation burden",
    ),
    rule(
        # Asked about others, then owned: "how do people live with thoughts of killing
        # themselves? i've had them every day for a month".
        "thoughts_had_too",
        "ive had them|i have had them|i have them|i get them|i keep having them"
        "|ive been having them|i been having them",
        r"(?= (?:[.,]|$|every|all|most|a lot|constantly|daily|too|again|lately|for|since"
        r"|right now|at night|non ?stop))",
        needs="thoughts urges ideation feelings",
        # The frame starts after what "them" stands for, each in a lookbehind of its own
        # (each is fixed width), so the hit holds no "themselves" to make it another's.
        back=r"(?:(?<=suicidal thoughts )|(?<=suicidal urges )|(?<=suicidal ideation )"
        r"|(?<=suicidal feelings )|(?<=of suicide )|(?<=about suicide )"
        r"|(?<=killing themselves )|(?<=killing yourself )|(?<=killing oneself )"
        r"|(?<=hurting themselves )|(?<=hurting yourself )|(?<=ending their lives )"
        r"|(?<=ending your life )|(?<=kill themselves )|(?<=kill yourself ))"
        r"(?:[^ .]+(?: [^ .]+){0,5}(?: [.,])?|[.,])",
        level=HIGH,
        reasons="ideation",
    ),
]

# The end given a day: "it ends saturday". A lease or a sale ends too, so a cue.
_END_DATED: Final = [
    cue(
        "it_ends_on",
        "it ends|it all ends|it ends on|it all ends on|this ends|this all ends|it finishes",
        rf" (?:tonight|tomorrow|this weekend|(?:on |this |next )?(?:{_DAYS}))(?= (?:[.,]|$))",
        needs="ends finishes",
        reasons="timeline",
    ),
]

HINT_RULES: Final[list[Rule]] = [
    *_END_DATED,
    *_TIME_LEFT,
    *_HINTED_PLANS,
    *_IN_PASSING,
    *_HOPE_GONE,
    *_SET_OUT,
    *_SAID_ASIDE,
]
