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

HINT_RULES: Final[list[Rule]] = [*_TIME_LEFT, *_HINTED_PLANS, *_IN_PASSING, *_HOPE_GONE]
