"""English rules for a crisis told as a scene, a euphemism or a thought that returns.

Each family names the part that makes ordinary words mean dying: a body of water
that "can have me" (not "take me home"), an edge one "can't step back from", the
nerve worked up with a gun or pills in the message, more meds than prescribed "on
purpose", the people who will "understand why I couldn't keep going", being done
with it all "me included", not waking up "and this time I'm making sure of it", a
suicidal thought "coming up a lot lately", "making myself not exist", and "the big
sleep" wanted or weighed ("and I don't mean the movie"). Their look-alikes lack that
part: "the river can take me home", "working up the nerve to ask her out".
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import ADV_BACK, INTENT, PILL_NEEDS, PILLS, THOUGHT, WANT
from bot.risk.rules import Rule, cue, imminent, rule

__all__ = ["VEILED_SCENE_RULES"]

HIGH = RiskLevel.HIGH

_END_CLAUSE = r"(?= (?:[.,]|$))"
# Thinking of it, wanting it or meaning to, right before the words: a ``back`` frame.
_FRAME = (
    rf"(?:(?:{THOUGHT}|thinkin)(?: (?:about|of|bout))?|(?:{WANT}|{INTENT})(?: to| for| on)?)"
    + ADV_BACK
)

VEILED_SCENE_RULES: Final[list[Rule]] = [
    rule(
        # "the sea can have me", "the river can take me this time". Not "take me home".
        "water_can_have_me",
        "the sea|the ocean|the river|the water|the waves|the lake|the tracks|the canal",
        r" (?:can|will|gets to|is going to|is gonna|might as well|may as well|should)"
        r" (?:finally |just )?(?:have|take) me(?: now| tonight| then| for good| instead"
        r"| this time)?" + _END_CLAUSE,
        needs="sea ocean river water waves lake tracks canal",
        level=HIGH,
        reasons="ideation method",
    ),
    imminent(
        # "been stood on the top floor of the car park ... can't make myself step back from
        # the edge": on the edge now. Not "the edge of this project".
        "cant_step_back_from_edge",
        "step back from the edge|step away from the edge|step back from the ledge"
        "|step away from the ledge|get down from the ledge|climb back over the railing"
        "|step back off the ledge|come away from the edge",
        r"(?= (?:[.,]|$|now|yet|tonight))",
        needs="edge ledge railing",
        back=r"(?:cant|cannot|can not|unable to|dont want to|wont|couldnt)"
        r"(?: make myself| bring myself to| get myself to| seem to| even)?",
        reasons="ideation method",
    ),
    imminent(
        # "the gun's on the seat next to me and i've been sitting here an hour working up
        # to it": the means in the message, the nerve being gathered. Not "working up the
        # courage to ask her out".
        "working_up_to_it_with_means",
        "working up to it|working myself up to it|working up the nerve|working up the courage"
        "|building up to it|getting up the nerve|building up the nerve|building up the courage"
        "|working up my nerve|working up my courage",
        _END_CLAUSE,
        needs="gun guns pistol shotgun rifle rope noose edge bridge ledge knife blade razor "
        + PILL_NEEDS,
        reasons="ideation intent method",
    ),
    imminent(
        # "took a lot more of my meds than i should've about twenty minutes ago, on purpose"
        "took_more_meds_on_purpose",
        "took|taken|swallowed|necked|downed",
        # Not "extra" alone: a dose raised by the doctor is taken extra on purpose.
        r" (?:a lot |way |loads |far |so much |a bunch |a fair bit |heaps )?(?:more|too many"
        rf"|too much)(?: of)? (?:my |the |all my )?{PILLS}(?: [^ .]+){{0,10}}?"
        r" (?:on purpose|deliberately|intentionally|purposely|purposefully)",
        needs="purpose deliberately intentionally purposely purposefully",
        reasons="attempt",
    ),
    rule(
        # "tomorrow she'll understand why i couldn't keep going": a death explained ahead.
        # Not "why I couldn't stay in that job", "why I had to leave".
        "will_understand_why_i_couldnt_go_on",
        "understand why i|know why i|see why i|get why i",
        r" (?:couldnt|could not|cant|can not|had to|didnt want to) (?:keep going|go on|carry on"
        r"|keep living|live|do this anymore|be here anymore|take it anymore|hold on any longer"
        r"|stay alive)" + _END_CLAUSE,
        needs="understand know see get",
        back=r"(?:shell|hell|theyll|they will|she will|he will|youll|you will|everyone will"
        r"|people will|mum will|mom will|then)(?: finally| all| maybe| hopefully| one day)?",
        level=HIGH,
        reasons="ideation goodbye",
    ),
    rule(
        # "after that I'm done, with all of it, me included": the self among what ends.
        "done_with_it_all_me_included",
        "me included|myself included|including me|including myself|me as well",
        _END_CLAUSE,
        needs="included including well",
        back=r"(?:im|i am|i m|ill be) (?:done|finished|through)(?: ,)?(?: with)?(?: [^ .]+){0,5}?"
        r"(?: ,)?",
        level=HIGH,
        reasons="ideation",
    ),
    imminent(
        # "... on scheduled send for Sunday morning, and after that I'm done, with all of it,
        # me included": the same, with the time it follows.
        "done_after_that_me_included",
        "me included|myself included|including me|including myself|me as well",
        _END_CLAUSE,
        needs="included including well",
        back=r"(?:after that|after this|after tonight|after today|after then|then)(?: ,)?"
        r" (?:im|i am|i m|ill be) (?:done|finished|through)(?: ,)?(?: with)?(?: [^ .]+){0,5}?"
        r"(?: ,)?",
        reasons="ideation intent",
    ),
    imminent(
        # "i don't want to wake up tomorrow and this time i'm making sure of it"
        "not_waking_and_making_sure",
        "making sure of it|make sure of it|making sure|make sure|making it happen"
        "|make it happen|making that happen|make that happen",
        r"(?! (?:i|im|that|the|my|to)(?= ))",
        needs="wake alive exist around tomorrow",
        back=r"(?:dont|do not|never|not)(?: want to| wanna| going to| gonna)? (?:wake up|be here"
        r"|be alive|exist|be around|see tomorrow|see another day)(?: tomorrow| again| anymore"
        r"| ever again| in the morning)?(?: ,)? (?:and|so|but)(?: this time| now)?(?: ,)?"
        r" (?:im|i am|ill|i will|im going to|im gonna|i am going to)(?: actually| really)?",
        reasons="ideation intent",
    ),
    rule(
        # "all i could think about was taking my own life. it's been coming up a lot lately":
        # a thought told in the past, said to be back now. The lead holds the "was", which
        # would otherwise date the thought. Not "my brother took his own life. it keeps
        # coming up", nor "i hate myself for that. it keeps coming up".
        "suicidal_thought_coming_up_lately",
        "was taking my own life|was killing myself|was ending my life|was ending it all"
        "|was suicide|was how to kill myself|was how to end it|was not existing",
        r"(?: [^ .]+){0,3}? \. (?:and )?(?:its been|it keeps|it has been|it keeps on|its|it is"
        r"|thats been|it comes|it just keeps) (?:coming up|coming back|popping up|on my mind"
        r"|in my head)(?: (?:a lot|more|so much|more and more|again|all the time|every day"
        r"|constantly))*(?: lately| recently| these days| this week| now)?" + _END_CLAUSE,
        needs="coming popping mind head",
        level=HIGH,
        reasons="ideation",
        now=True,
    ),
    rule(
        # "i think about making myself not exist anymore". Not "disappear for good from
        # social media".
        "making_myself_not_exist",
        "making myself|make myself",
        r" (?:not exist|stop existing|cease to exist|not be here anymore|not be alive"
        r"|disappear for good|disappear forever|never wake up|not wake up)(?: anymore| any more"
        r"| again)?" + _END_CLAUSE,
        needs="exist existing alive disappear wake here",
        back=_FRAME,
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "srsly considering the big sleep and i don't mean the movie". Not "thinking about
        # the big sleep, the Bogart film": a film word before any "don't mean" or "not".
        "big_sleep_wanted",
        "the big sleep|the long sleep|the eternal sleep|the forever sleep|a dirt nap"
        "|the dirt nap|a permanent nap|the permanent sleep|eternal rest|the final sleep",
        r"(?!(?: (?!dont|not)[^ .]+){0,6} (?:movie|film|book|novel|bogart|chandler|remake"
        r"|screening|cinema)(?= ))",
        needs="sleep nap rest",
        back=_FRAME,
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
    cue(
        # "got it all figured out, the how and the where": a plan's parts, settled.
        "how_and_where_settled",
        "the how and the where|the how and the when|the where and the how|the when and the how"
        "|the how and where|the how and when|how and where|how and when|when and how"
        "|where and how|the when and where|when and where",
        _END_CLAUSE,
        needs="how",
        back=r"(?:figured|worked|sorted|planned|decided|picked|chosen|know|got)(?: [^ .]+){0,4}?"
        r"(?: ,)?",
        reasons="plan",
    ),
    rule(
        # "my head keeps going to 'just end yourself mate'": an intrusive command to oneself.
        # Not "end it with him", "just do it".
        "head_keeps_saying_end_yourself",
        "my head|my brain|my mind|the voice|a voice|the voices|my thoughts|my inner voice",
        r" (?:keeps|keep|kept|is|are|just|always|will not stop|wont stop|doesnt stop)"
        r"(?: on)? (?:going to|going|saying|telling me(?: to)?|whispering|screaming|yelling"
        r"|repeating|circling back to|goes to|says)(?: (?:like|that|just))*"
        r" (?:end yourself|kill yourself|kys|end it all|just die|you should die|go die"
        r"|unalive yourself|off yourself)",
        needs="yourself kys die",
        level=HIGH,
        reasons="ideation",
        personal=False,
    ),
    rule(
        # "it wrote sue aside i mean suicide. i just think about it all the time": the word
        # put right, then the thought of it. Not "i mean suicide prevention month. ...".
        "corrected_to_suicide_then_thought",
        "think about it|thinking about it|thought about it|think of it|thinking of it",
        r" (?:all the time|constantly|every day|a lot|most days|daily|nonstop|every night"
        r"|more and more)",
        needs="suicide",
        back=r"(?:i mean|i meant|meant to say|supposed to say|should say|should be|should read)"
        r"(?: ,)? (?:suicide|killing myself|kill myself) \. i(?: just| really"
        r"| still| honestly)?(?: keep| cant stop| always)?",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "picturing myself not being around at all, and i've started thinking about how i'd
        # actually make that happen": the wish, then the how of it.
        "not_around_then_how",
        "not being around|not being here|not existing|not being alive|being dead|being gone",
        # Not "not being around for the holidays ... how i'd make that happen with the kids".
        r"(?! (?:for|at(?! all)|on|in|during|this|next|when|over|till|until|to|while)(?= ))"
        r"(?: [^ .]+){0,12}? (?:thinking|thought|think|planning|figuring|working out|looking up)"
        r"(?: about| out| into)? how (?:id|i would|i could|to|i can|i will|ill|i might)"
        r"(?: actually| really)? (?:make that happen|make it happen|do it|do that|go about it"
        r"|manage it|pull it off)" + _END_CLAUSE,
        needs="around here existing alive dead gone",
        level=HIGH,
        reasons="ideation method",
    ),
    cue(
        # "i've decided i'm done", "i already decide, after hari raya ...": a decision, no
        # object; pairs with a time of being gone.
        "decided_and_done",
        "decided im done|decided i am done|already decide|already decided|decided its time"
        "|made my decision and im done",
        r"(?= (?:[.,]|$|and i|and im))",
        needs="decide decided decision",
        reasons="intent",
    ),
    cue(
        # "won't be needing any of it where i'm heading": the things left, not packed.
        "not_needed_where_im_heading",
        "where im heading|where im going|where i am going|where im goin|where im off to",
        _END_CLAUSE,
        needs="heading going goin off",
        back=r"(?:wont|will not|dont|wont be|not gonna be|not going to be) (?:need|needing)"
        r"(?: [^ .]+){0,4}?",
        reasons="goodbye",
    ),
    cue(
        # "sent the team my passwords": handed over, the one given them named first.
        "passwords_handed_to",
        "sent|gave|handed|emailed|texted|messaged",
        r" (?:the|my) \w+(?: \w+)? (?:all )?my (?:passwords|passcodes|logins|pin numbers|pins)",
        needs="passwords passcodes logins pin pins",
        reasons="plan",
    ),
    cue(
        # "after tonight none of it is my problem": a day after which nothing is one's own.
        "nothing_my_problem_after",
        "none of it is my problem|none of this is my problem|nothing is my problem"
        "|none of it will be my problem|none of this will be my problem|none of its my problem"
        "|nothing will be my problem|it wont be my problem",
        r"(?: anymore| any more)?" + _END_CLAUSE,
        needs="problem",
        back=r"(?:after|from|by|come) (?:tonight|today|tomorrow|this weekend|the weekend|monday"
        r"|tuesday|wednesday|thursday|friday|saturday|sunday)(?: ,)?",
        reasons="goodbye timeline",
    ),
    cue(
        # "taking the pills 2nite": the pills, or all of them, with a time and nothing after
        # it. Not "taking my pills tonight before bed".
        "taking_the_pills_at_a_time",
        "taking|take|swallowing|swallow",
        rf" (?:all (?:the |my |of my |of the )?{PILLS}|the {PILLS}|them all|all of them)"
        r"(?: all)? (?:tonight|tomorrow|today|this weekend|at midnight)" + _END_CLAUSE,
        needs=PILL_NEEDS,
        reasons="means timeline",
    ),
]
