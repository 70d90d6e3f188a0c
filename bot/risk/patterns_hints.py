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

HINT_RULES: Final[list[Rule]] = [*_TIME_LEFT, *_HINTED_PLANS, *_IN_PASSING, *_HOPE_GONE, *_SET_OUT]
