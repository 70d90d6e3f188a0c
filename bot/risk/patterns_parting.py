"""English rules for a parting told plainly but without a risk word (chat set 29).

Mostly cues (see :func:`bot.risk.rules.cue`): "I won't be coming back", "I won't be
for long", "whoever has to clear my room after", "nothing left holding me here" are
each said of a move, a job or a trip too, so one alone stays calm; two together, or
one after concern, are ``imminent``. The few with a level of their own name a time
or a way with the going: "by the time you read this I'll be gone", "already decided
which bridge", "make it look like an accident", "I've decided I won't see the end of it".
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Rule, cue, imminent, rule

__all__ = ["PARTING_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT

_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_END = r"(?= (?:\.|$))"
_END_CLAUSE = r"(?= (?:[.,]|$))"
# One of a list of things done: "said my goodbyes and sorted my affairs".
_END_LIST = r"(?= (?:[.,]|$|and))"
_KIN = (
    r"(?:mama|mam|mum|mom|ma|mammy|mommy|mummy|dad|da|papa|daddy|them|everyone|my (?:mum|mom"
    r"|mam|dad|family|parents|wife|husband|kids|sister|brother|son|daughter))"
)
# A place or a way of dying, chosen: "which bridge", "what rope".
_WAY = r"(?:bridge|cliff|building|tree|rope|pills|gun|spot|way|method|train|car park|carpark)"

_PARTING: Final = [
    cue(
        # "I won't be coming back up", "somewhere I won't be coming back from": not a
        # place or a job left ("won't be coming back to this restaurant").
        "wont_be_coming_back",
        "wont be coming back|will not be coming back|wont come back|will not come back"
        "|not coming back|never coming back|never be coming back",
        # With where from: a bare "I'm not coming back" is said of jobs and shops too.
        r" (?:up|from(?: (?:the|this|that|my) [^ .]+)?|from it|from there|this time|ever)"
        + _END_CLAUSE,
        needs="coming come",
        back=r"(?:i|im|i am|ill|i will|and i|but i|mi)",
        reasons="goodbye",
    ),
    imminent(
        # "I'm going somewhere I won't be coming back from."
        "somewhere_no_return",
        "somewhere",
        r" (?:i|ill|i will|i ll) (?:wont|will not|never|cant|can not) (?:be coming|come|get)"
        r" back from" + _END_CLAUSE,
        needs="back",
        back=r"(?:going|go|heading|off)(?: to)?",
        reasons="goodbye plan",
    ),
    cue(
        # "while I'm still here to give them. I won't be for long."
        "wont_be_for_long",
        "wont be for long|will not be for long|wont be here for long|wont be around for long"
        "|wont be around much longer|wont be here much longer|not be here much longer",
        _END_CLAUSE,
        needs="long longer",
        back=r"(?:i|ill|im|i know i|but i)",
        reasons="goodbye",
    ),
    cue(
        "while_still_here",
        "while im still here|while i am still here|while im still around|while i still can",
        r"(?: to (?:give|hand|see|say|tell) (?:them|it|you|him|her))?" + _END_CLAUSE,
        needs="still",
        reasons="goodbye",
    ),
    cue(
        # "Mi gone now, fi good.", "I'm gone for good."
        "gone_for_good",
        "gone",
        r"(?: now)?(?: ,)? (?:for good|fi good|fe good|forever|for ever)(?: now)?"
        rf"(?: by (?:{_DAYS}|tomorrow|tonight|the morning|the weekend))?" + _END,
        back=r"(?:im|i am|mi|mi a|ill be|i will be)",
        reasons="goodbye",
    ),
    cue(
        # "Tell Mama seh mi sorry, it nuh fi har fault.", "tell my mum I'm sorry."
        "tell_kin_sorry",
        "tell",
        rf" {_KIN} (?:(?:seh|that|say) )?(?:mi|im|i am|i m|i was) (?:so |really )?sorry"
        r"(?= (?:\.|$|, (?:it|its|none|this) ))",
        needs="sorry",
        reasons="goodbye",
    ),
    imminent(
        # "I just wanted someone to know I was here. Bye."
        "know_i_was_here_bye",
        "someone to know|somebody to know|anyone to know|someone to remember",
        r" (?:that )?i (?:was here|existed|was ever here|lived) [.,] (?:bye|goodbye|farewell)",
        needs="bye goodbye farewell",
        reasons="goodbye",
    ),
    cue(
        "know_i_was_here",
        "someone to know|somebody to know|anyone to know|someone to remember",
        r" (?:that )?i (?:was here|existed|was ever here)" + _END,
        needs="here existed",
        back=r"(?:just|only) (?:wanted|want|needed|need)",
        reasons="goodbye",
    ),
    cue(
        # "I won't be needing you anymore after tonight."
        "wont_be_needing_after",
        "wont be needing|will not be needing|wont need|will not need",
        r" (?:you|this|it|them|these|those|any of (?:it|this|them))(?: anymore| any more)?"
        r" after (?:tonight|today|tomorrow|this week|this weekend|" + _DAYS + ")" + _END_CLAUSE,
        needs="after",
        reasons="goodbye",
    ),
    cue(
        # "a letter for when she's older explaining why I'm not there".
        "letter_why_not_there",
        "explaining why|to explain why|telling her why|telling him why|so she knows why"
        "|so he knows why|so they know why",
        r" (?:im|i am|i was|i wasnt|im not|i wont be|i couldnt stay) (?:not )?(?:there|here|around"
        r"|gone)" + _END_CLAUSE,
        needs="there here around gone",
        reasons="goodbye",
    ),
    cue(
        # "made sure the baby's got everything she needs at my mum's".
        "dependants_provided_for",
        "made sure|making sure",
        r" (?:the |my )?(?:baby|babys|kids|kid|children|dog|cat|dogs|cats|son|daughter|mum|mom"
        r"|dad)(?: s)? (?:has|have|got|s got|has got|will have) everything (?:she|he|they|it)"
        r" (?:needs|need|will need)",
        needs="everything",
        reasons="plan",
    ),
    cue(
        # "I've picked the spot up the hill": a place chosen with nothing it is for.
        "picked_the_spot",
        "picked|chosen|chose|found|decided on",
        r" (?:the|a) (?:spot|place)(?: (?:up|by|down|at|near|on|in) (?:the|a) \w+)?" + _END,
        back=r"(?:ive|i have|i|ive already|i already|ive finally)",
        needs="spot place",
        reasons="plan",
    ),
    cue(
        # "it wasn't anyone's fault": blame lifted from all, in a note.
        "no_ones_fault",
        "fault",
        _END_CLAUSE,
        back=r"(?:it wasnt|it was not|its not|it is not|it isnt|wasnt|none of this is)"
        r" (?:anyones|anybodys)",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # "It's not your fault, any of you.": to a group; "it's not your fault" alone comforts.
        "not_your_fault_all",
        "fault",
        r" (?:[.,] )?(?:any|none|all|either) of (?:you|yous|yall|them)" + _END_CLAUSE,
        needs="any none all either",
        back=r"(?:it wasnt|it was not|its not|it is not|it isnt|wasnt|none of this is)"
        r" (?:your|yalls)",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # "don't ping me, I won't answer".
        "wont_answer",
        "ping me|text me|call me|message me|dm me|msg me|ring me",
        r" (?:[.,] )?(?:i|cause i|cos i|because i) (?:wont|will not|cant|cannot) (?:answer|reply"
        r"|respond|pick up)" + _END_CLAUSE,
        needs="answer reply respond pick",
        back=r"(?:dont|do not|no point to|no need to|theres no point trying to)",
        reasons="goodbye",
    ),
    cue(
        # "Final message from me.", "last message from me."
        "last_message_from_me",
        "final message|last message|final post|last post|final words|last words",
        r" from me" + _END_CLAUSE,
        needs="from",
        reasons="goodbye",
    ),
    cue(
        # "make sure someone feeds the cat": a pet left in others' hands.
        "someone_feeds_pet",
        "make sure someone|make sure somebody|can someone|someone please",
        r" (?:feeds|walks|looks after|takes care of|takes in|gets) (?:the|my|our) (?:cat|dog|cats"
        r"|dogs|pets?|bird|rabbit|fish)",
        needs="cat dog cats dogs pet pets bird rabbit fish",
        reasons="plan",
    ),
    cue(
        # "easier for whoever has to clear my room after".
        "clear_my_room_after",
        "whoever has to|whoever needs to|whoever will have to|who has to|who will have to",
        r" (?:clear|clean|clear out|clean out|sort|sort out|go through|pack up) (?:my|all my)"
        r" (?:room|flat|apartment|house|place|stuff|things)(?: after| afterwards)?" + _END_CLAUSE,
        needs="clear clean sort go pack",
        reasons="plan",
    ),
    cue(
        # "my parents will just bin my stuff when I'm gone": things outliving the person.
        "stuff_binned_when_gone",
        "bin|throw out|throw away|get rid of|clear out|chuck",
        r" (?:the rest of )?(?:my|all my) (?:stuff|things|room)(?: out)? when (?:im|i am) gone",
        needs="gone",
        reasons="goodbye",
    ),
    cue(
        # "Already decided which bridge."
        "decided_which_way",
        "decided|picked|chosen|chose|know",
        rf" (?:which|what) {_WAY}" + _END_CLAUSE,
        back=r"(?:already|ive|ive already|i have|i|i already)",
        needs="bridge cliff building tree rope pills gun spot way method train car carpark",
        reasons="plan method",
    ),
    cue(
        # "Just waiting for a quiet night."
        "waiting_for_the_night",
        "waiting for",
        r" (?:a|the) (?:quiet|right|dark|empty|clear) (?:night|moment|time|day)(?: now)?"
        + _END_CLAUSE,
        needs="night moment time day",
        back=r"(?:just|im just|now just|im|now|\.|im only|only)",
        reasons="timeline",
    ),
    cue(
        # "In an hour I'll be gone."
        "in_a_while_gone",
        "in an hour|in a few hours|in an hours time|in a couple of hours|in ten minutes"
        "|in a few minutes|in half an hour|in a bit",
        r" (?:ill|i will|i ll|im gonna|im going to) be gone" + _END_CLAUSE,
        needs="gone",
        reasons="goodbye timeline",
    ),
    cue(
        # "Thank you for being nice to me these weeks", "you've been kinder than most".
        "kinder_than_most",
        "been kinder|been nicer|been better to me",
        r" (?:to me )?than (?:most|anyone|most people|anybody|i deserved)" + _END_CLAUSE,
        back=r"(?:youve|you have|you ve)",
        needs="kinder nicer better",
        reasons="goodbye",
    ),
    cue(
        "thanks_nice_these_weeks",
        "thank you|thanks|thank u",
        r" for being (?:so )?(?:nice|kind|good|patient) (?:to|with) me"
        r" (?:these|the past|the last|over the past) (?:few )?(?:weeks|months|days|years)"
        + _END_CLAUSE,
        needs="weeks months days years",
        reasons="goodbye",
    ),
    imminent(
        # "this is the last time I'll be talking to you or anyone".
        "last_time_anyone",
        "last time",
        r" (?:ill|i will) (?:ever )?be (?:talking|speaking|writing) to (?:you or |you and )?"
        r"(?:anyone|anybody)(?: again)?" + _END_CLAUSE,
        needs="anyone anybody",
        reasons="goodbye",
    ),
    rule(
        # "after my parents sleep I will jump already lah": the home waited to be asleep.
        "jump_when_home_asleep",
        "i will jump|ill jump|i jump|im gonna jump|im going to jump|i will end it|ill end it",
        r"(?: already| lah| liao| la)*" + _END_CLAUSE,
        needs="jump end",
        back=r"(?:after|once|when) (?:my |the |all the )?(?:parents|mum|mom|dad|family|kids"
        r"|wife|husband|everyone) (?:sleep|sleeps|are asleep|is asleep|fall asleep|go to sleep"
        r"|goes to sleep|go to bed|goes to bed|leave|leaves|go out|goes out)(?: ,)?",
        level=IMMINENT,
        reasons="intent plan timeline",
    ),
    cue(
        # "now I am free to go, nothing more to settle".
        "nothing_more_to_settle",
        "nothing more to|nothing left to|nothing else to",
        r" (?:settle|sort|sort out|arrange|put in order|tidy up|take care of)" + _END_CLAUSE,
        needs="settle sort arrange put tidy take",
        reasons="plan",
    ),
    cue(
        "free_to_go_now",
        "free to go",
        _END_CLAUSE,
        needs="free",
        back=r"(?:now im|now i am|now i can be|im now|i am now)",
        reasons="goodbye",
    ),
    cue(
        # "Last sunrise I'll see."
        "last_i_will_see",
        "last sunrise|last sunset|last christmas|last birthday|last spring|last summer"
        "|last morning|last night",
        r" (?:ill|i will|im going to|im gonna|i get to) (?:ever )?see" + _END_CLAUSE,
        needs="see",
        reasons="goodbye timeline",
    ),
    cue(
        "do_what_i_came_for",
        "do what i came",
        r" (?:out )?(?:here |up here |down here |out here )?(?:to do|for)" + _END_CLAUSE,
        needs="came",
        back=r"(?:ill|i will|and)(?: go and| go| just)?",
        reasons="plan",
    ),
    rule(
        # Gamer slang for ending one's life: "uninstalling life.exe", "alt f4 on life".
        "uninstall_life",
        "uninstalling|uninstall|uninstalled|logging out of|log out of|alt f4|alt f4 ing"
        "|rage quitting|rage quit|ragequitting",
        r" (?:on )?(?:life|my life|irl|real life)(?: \. exe| exe)?(?= )",
        needs="life irl",
        level=HIGH,
        context_level=IMMINENT,
        reasons="ideation",
        jokable=True,
    ),
    cue(
        "gg_everyone",
        "gg wp|gg",
        r" (?:everyone|all|guys|yall|everybody)" + _END_CLAUSE,
        needs="everyone all guys yall everybody",
        reasons="goodbye",
    ),
    imminent(
        # "Tomorrow is my birthday and I've decided I won't see the end of it."
        "decided_wont_see",
        "i wont see|i will not see|im not going to see|im not gonna see|i wont live to see",
        r" (?:the end of (?:it|the day|the week|tomorrow|my birthday)|another (?:birthday|christmas"
        r"|year|day|week)|next (?:year|week|christmas|birthday)|tomorrow|the new year)"
        + _END_CLAUSE,
        needs="end another next tomorrow new",
        back=r"(?:decided|made up my mind|made my mind up)(?: that| ,)?",
        reasons="intent timeline",
    ),
    cue(
        # "then I'm done with all of it. Permanently.": said of a habit or an app too.
        "done_with_it_permanently",
        "done with all of it|done with it all|done with everything|done with all this"
        "|done with all of this",
        r" (?:[.,] )?(?:permanently|for good|forever|for ever)" + _END_CLAUSE,
        needs="permanently good forever ever",
        back=r"(?:im|i am|ill be|i will be|then im|then ill be)",
        reasons="intent",
    ),
    cue(
        # "the plan is I finish the harvest, pay off Davey, and then I'm done": tasks, then an end.
        "plan_then_done",
        "the plan is|my plan is",
        r"(?: [^ .]+){2,16} (?:and )?then (?:im|i am|ill be|i will be)"
        # Up to the end told, so "done with all of it. Permanently." stays a sign apart.
        r"(?= (?:done|gone|out of here)(?: with (?:all of it|it all|everything|all this"
        r"|all of this|life))?(?: [.,]| $))",
        needs="done gone",
        reasons="plan",
    ),
    imminent(
        # "I know exactly how I'm gonna end it now": the way settled on, not a story's end.
        "know_how_ill_end_it",
        "know exactly how|know how|worked out how|figured out how|decided how",
        r" (?:im gonna|im going to|ill|i will|i am going to|to) (?:end it|do it|end it all"
        r"|end my life|kill myself)(?: now)?" + _END_CLAUSE,
        needs="end kill",
        back=r"(?:i|i now|now i|ive|i have|i finally|ive finally)",
        reasons="plan",
    ),
    cue(
        "nothing_holding_me",
        "nothing left holding|nothing holding|nothing left keeping|nothing keeping"
        "|no one left holding|nobody left keeping|nothing left to keep",
        r" me here(?: anymore| any more| now)?" + _END_CLAUSE,
        needs="here",
        reasons="goodbye",
    ),
    cue(
        # "Friday is when it stops.", "tonight is when it ends."
        "day_is_when_it_stops",
        "is when it|s when it|is when everything|is when the pain",
        r" (?:all )?(?:stops|ends|finishes|will stop|will end)" + _END_CLAUSE,
        needs="stops ends finishes stop end",
        back=rf"(?:{_DAYS}|tonight|tomorrow|sunday night|that)",
        reasons="timeline",
    ),
    cue(
        "thats_when",
        "thats when|that is when|thats the day",
        _END,
        needs="when day",
        # "half ten tonight when the house is quiet. that's when.": the time and its when.
        back=rf"(?:{_DAYS}|tonight|tomorrow)(?: [^ .]+){{0,8}} \.",
        reasons="timeline",
    ),
    cue(
        # "got it aw planned, how an when": Scots "aw" and "an" too.
        "planned_how_and_when",
        "planned|worked out|figured out|sorted",
        r" (?:[.,] )?(?:the )?(?:how an when|how and when|when and how|when an how|where and when"
        r"|how and where)" + _END_CLAUSE,
        needs="how when where",
        reasons="plan",
    ),
    cue(
        "not_here_by_new_year",
        "be here by|be here for|be around for|be around by|be here at",
        r" (?:the )?(?:new year|christmas|xmas|hogmanay|easter|spring|summer|my birthday)"
        + _END_CLAUSE,
        needs="year christmas xmas hogmanay easter spring summer birthday",
        back=r"(?:im no|ahm no|im not|i am not|ah wont|i wont|i will not|not) (?:gonnae|gonna"
        r"|going to)?",
        reasons="goodbye timeline",
    ),
    cue(
        "said_my_sorrys",
        "said my sorrys|said my sorries|said my apologies|said my sorry s|made my apologies"
        "|said my goodbyes",
        _END_LIST,
        needs="sorrys sorries apologies sorry goodbyes",
        reasons="goodbye",
    ),
    cue(
        "sorted_my_affairs",
        "sorted my affairs|sorted out my affairs|put my affairs in order|settled my affairs"
        "|got my affairs in order|tidied up my affairs",
        _END_LIST,
        needs="affairs",
        reasons="plan",
    ),
    cue(
        "end_of_road_at_peace",
        "the end of the road|the end of the line",
        r"(?: for me)? (?:and|,) (?:im|i am|i feel) (?:at peace|okay|ok|fine|ready)"
        r" with (?:that|it)",
        needs="peace okay ok fine ready",
        reasons="goodbye",
    ),
    rule(
        # "I'm going to make it look like an accident so mam gets the insurance".
        "look_like_accident",
        "make it look like an accident|make it look accidental|make it seem like an accident",
        r"(?= (?:[.,]|$|so|and|for|then|tonight|tomorrow))",
        needs="accident accidental",
        back=r"(?:im going to|im gonna|ill|i will|i could|i want to|i can|gonna|going to)",
        level=HIGH,
        context_level=IMMINENT,
        reasons="plan",
    ),
    cue(
        "insurance_for_family",
        "gets the insurance|get the insurance|gets the payout|get the payout|gets my insurance"
        "|get my insurance|gets the life insurance|get the life insurance",
        _END_CLAUSE,
        needs="insurance payout",
        back=rf"(?:so|so that) {_KIN}",
        reasons="plan",
    ),
    cue(
        "since_wont_be_using",
        "since i wont be|since i will not be|cause i wont be|because i wont be|as i wont be",
        r" (?:playing|using|needing|wearing|riding|driving) (?:it|them|this)?(?: )?"
        r"(?:anymore|any more|again)" + _END_CLAUSE,
        needs="anymore more again",
        reasons="goodbye",
    ),
    imminent(
        # "got maybe till sunday before i end it": a day with the act.
        "till_day_before_act",
        "till|until|til",
        rf" (?:{_DAYS}|tomorrow|tonight|the weekend|next week|friday night)"
        r" (?:before|then) (?:i|ill) (?:end it|do it|kill myself|end my life|end it all)",
        needs="end do kill",
        reasons="intent timeline",
    ),
    cue(
        "nothing_stopping_me",
        "nothings stopping me|nothing is stopping me|nothing can stop me|nothing will stop me"
        "|nothing stopping me",
        r"(?: now| anymore)?" + _END_CLAUSE,
        needs="stopping stop",
        reasons="intent",
    ),
    cue(
        "only_way_pain_stops",
        "only way the pain|only way it|only way this",
        r" (?:stops|ends|will stop|will end|goes away|is going to stop)" + _END_CLAUSE,
        needs="stops ends stop end goes going",
        reasons="ideation",
    ),
    cue(
        # "by the time you read this I'll be gone".
        "gone_by_the_time",
        "ill be gone|i will be gone|ill be long gone|i ll be gone",
        r"(?= )(?! (?:on|for|to (?:work|bed|school|the shop|the airport))(?= ))",
        needs="gone",
        back=r"(?:by the time|when) (?:you|anyone|someone|u) (?:read|reads|see|sees|get|gets)"
        r" this(?: ,)?"
        # "by the time the sun comes up I'll be gone": dawn as the time the going is done.
        r"|by (?:the time )?(?:the sun (?:comes up|rises|is up)|morning comes|it gets light"
        r"|sunrise|daybreak|dawn)(?: ,)?",
        reasons="goodbye",
    ),
    cue(
        "ill_be_joining_them",
        "ill be joining|i will be joining|im going to join|im gonna join|ill join",
        r" (?:him|her|them|my (?:wife|husband|son|daughter|mum|mom|dad|brother|sister))"
        r"(?: (?:that day|then|soon|on (?:the day|" + _DAYS + ")))?" + _END_CLAUSE,
        needs="him her them wife husband son daughter mum mom dad brother sister",
        reasons="intent",
    ),
    rule(
        # "There's no point carrying on now Jean's gone": hopeless about living.
        "no_point_carrying_on",
        "no point carrying on|no point in carrying on|no point going on|no point in going on"
        "|no point to carry on",
        r"(?= (?:[.,]|$|now|without|anymore|any more|like this|since))",
        needs="point",
        level=CONCERN,
        reasons="hopeless",
    ),
]

PARTING_RULES: Final[list[Rule]] = _PARTING
