"""English rules for a last post, things handed over, a day set, and the words around
them (chat set31): "this is the last message you'll get from me", "told him it's his
now", "friday's the day I end things", "contract ends may 31. so do I".

Most are cues (see :func:`bot.risk.rules.cue`): a last stream, a truck signed over or
"take care of my mum for me" are also said of a channel closing, a sale or a trip, so
one alone stays calm; two together, or one after concern, are ``imminent``. The few
with a level of their own tie the end to the person and a day in their own words. The
feelings here ("just a weight on everyone", "can't live another 40 years like this")
are ``concern``, which is what lets a later "made my will" mean one.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Rule, cue, imminent, rule

__all__ = ["LAST_POST_RULES"]

CONCERN = RiskLevel.CONCERN

_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_END_CLAUSE = r"(?= (?:[.,!?]|$))"
# A day, a date or a part of a day: "friday", "the 14th", "may 31", "tonight".
_WHEN = (
    rf"(?:tonight|tomorrow|today|this (?:weekend|week|evening)|(?:on )?(?:{_DAYS})"
    r"|(?:on )?the \d{1,2}(?:st|nd|rd|th)?|(?:on )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|sept|oct|nov|dec)\w* \d{1,2}(?:st|nd|rd|th)?)"
)
_WHEN_NEEDS = (
    "tonight tomorrow today this on the jan feb mar apr may jun jul aug sep sept oct nov dec "
    + _DAYS.replace("|", " ")
)
# Who is left behind or looked after: family, friends, a pet, a community.
_KIN = (
    r"(?:mum|mom|mother|mam|ma|dad|father|da|pa|boy|girl|son|daughter|kids|children|wife"
    r"|husband|sister|brother|nan|gran|grandma|grandad|cat|dog|chat|community|mods?|lads"
    r"|girls|guys|partner|baby|babies|family)"
)

_LAST_POSTS: Final = [
    cue(
        # "this is the last message you'll get from me", "the last thing i'll ever post".
        "last_post_from_me",
        "last|final",
        r" (?:message|messages|thing|post|text|video|stream|letter|words?|note)"
        r" (?:(?:youll|you will) (?:ever )?(?:get|hear|see|read) from me"
        r"|(?:ill|i will|im gonna|im going to) (?:ever )?(?:post|write|send|say|type|make))",
        back=r"(?:the|my)",
        needs="youll will ill gonna going",
        reasons="goodbye",
    ),
    cue(
        # "this is my last entry in this logbook so to speak", "final stream tonight".
        "last_entry_here",
        "last|final",
        r" (?:message|post|entry|text|video|stream|letter|note|log|upload|broadcast)"
        r"(?: (?:in|on) (?:this|here|my)(?: [^ .]+){0,3}?)?(?= (?:tonight|so to speak|[.,]|$))",
        back=r"(?:this is|this will be|heres|here is|thats) (?:the|my)",
        needs="message post entry text video stream letter note log upload broadcast",
        reasons="goodbye",
    ),
    cue(
        # "final stream tonight": a streamer's last show, also an ordinary channel's end.
        "final_show_tonight",
        "final|last",
        r" (?:stream|broadcast|show|episode|upload|video|post) (?:tonight|today|ever)",
        needs="stream broadcast show episode upload video post",
        reasons="goodbye",
    ),
    cue(
        # "tell the lads i said cheers for everything", "tell mum i said sorry".
        "tell_them_i_said",
        "tell my|tell the|tell her|tell him|tell them|tell everyone",
        rf"(?: {_KIN})?(?: that)? i said (?:cheers|thanks|thank you|bye|goodbye|sorry|i love)",
        needs="said",
        reasons="goodbye",
    ),
    cue(
        # "I'm sorry for what I'm about to do".
        "sorry_about_to_do",
        "sorry for what|sorry about what|forgive me for what|forgive what",
        r" (?:im|i am) (?:about to|going to|gonna) do" + _END_CLAUSE,
        needs="about going gonna",
        reasons="goodbye",
    ),
    cue(
        # "Forgive me, all of you", "I forgive you both": forgiveness asked or given at the end.
        "forgive_all",
        "forgive me|forgive you|i forgive you",
        r"(?: ,)? (?:all of you|both|all|everyone|everybody|each of you)" + _END_CLAUSE,
        needs="all both everyone everybody each",
        reasons="goodbye",
    ),
    imminent(
        # "the boat'll come home without me": a seafarer's crew or vessel going home and
        # the person not on it, which no trip or move explains.
        "home_without_me",
        "come home without me|comes home without me|go home without me|sail home without me"
        "|sail without me|dock without me|come back without me|head home without me",
        # Not a new berth told beside it: "I've signed on with a Norwegian crew".
        r"(?= (?:[.,]|$))(?!.* (?:signed on|new job|new crew|another (?:boat|ship|crew)|staying"
        r"|moving|transfer|transferred|flying|flight|contract)(?= ))",
        back=r"(?:the )?(?:boatll|shipll|crewll|trawlerll|rigll|vesselll|(?:boat|ship|crew"
        r"|trawler|vessel) (?:will|is going to|is gonna|can))",
        needs="without",
        reasons="goodbye",
    ),
    cue(
        # "please take care of my mother for me", "look after chat when I'm gone".
        "look_after_for_me",
        "take care of|look after|watch over",
        rf" (?:my|the) (?:\w+ )?{_KIN}(?: for me| when (?:im|i am) gone| after (?:im|i am) gone)"
        + _END_CLAUSE,
        needs="me gone",
        reasons="goodbye",
    ),
    cue(
        # "thank u for trying w me", "to everyone who tried with me".
        "tried_with_me",
        "trying with me|trying w me|tried with me|tried w me|tried so hard with me"
        "|trying so hard with me|putting up with me",
        _END_CLAUSE,
        back=r"(?:for|who|that|you)(?: all| always| ever)?",
        needs="trying tried putting",
        reasons="goodbye",
    ),
    cue(
        # "you were the only people who ever used my real name", "you were the best mate
        # anyone could ask for": the person spoken of in the past to someone still here.
        "you_were_the_best",
        "you were the only|you were the best|youve been the best|you were always the best",
        r" (?:\w+ )?(?:people|person|ones?|mate|friend|friends|thing|family|brother|sister)"
        r"(?: (?:who|that|anyone|i) [^.]+)?" + _END_CLAUSE,
        needs="people person one ones mate friend friends thing family brother sister",
        reasons="goodbye",
    ),
    cue(
        # "i'm leaving the stage for good tonight", "logging off for good".
        "leaving_for_good",
        "leaving|logging off|signing off|checking out|clocking out|bowing out",
        r"(?: (?:the|this) \w+)? for good(?: (?:tonight|today|now)(?= )|" + _END_CLAUSE + ")",
        needs="good",
        back=r"(?:im|i am|ill be|i will be)",
        reasons="goodbye",
    ),
    cue(
        # "wrote my letters too", "written my letters".
        "my_letters_written",
        "wrote my letters|written my letters|writing my letters|wrote all my letters"
        "|finished my letters",
        r"(?: too| now| already| last night| today)?" + _END_CLAUSE,
        needs="letters",
        reasons="goodbye",
    ),
]

_HANDED_OVER: Final = [
    cue(
        # "wrote my letters too. nothing left to do now": a sentence of its own, with "now"
        # (not "nothing left to do here, the shop is sold").
        "nothing_left_to_do_now",
        "nothing left to do|nothing else to do|nothing more to do",
        r" now(?= (?:\.|$))",
        back=r"\.|(?:theres|there is|and)",
        needs="now",
        reasons="goodbye",
    ),
    cue(
        # "gave my machines and flash book to my apprentice", "give my phone to my roommate",
        # "send all my savings to my mother": one's things handed to someone by name.
        "handed_to_someone",
        "gave|give|giving|given|sent|send|sending|signed|signing|handed|handing",
        r"(?: away| over)? (?:all )?(?:of )?my"
        # Not schoolwork, a job or details passed on: "gave my notes to my junior".
        r"(?! (?:\w+ )?(?:notes|homework|assignment|cv|resume|report|essay|number|details"
        r"|address|email|shift|seat|spot|ticket|tickets|work|slides|keys|spare)(?= ))"
        r"(?: [^ .,]+){1,8}? (?:over )?to (?:my|the|her|his)"
        r" \w+(?= )(?! (?:shop|store|charity|bank|tip|dump|recycling|landlord|agency|office)(?= ))",
        needs="my",
        reasons="goodbye",
    ),
    cue(
        # "i won't be needin it no more", "won't be needing them anymore".
        "wont_be_needing",
        "wont be needing|wont be needin|will not be needing|wont need|will not need|dont need",
        r" (?:it|them|this|these|those|any of it|any of this)"
        r" (?:no more|anymore|any more|any longer|no longer)" + _END_CLAUSE,
        needs="more anymore longer",
        back=r"(?:i|ill|im)",
        reasons="goodbye",
    ),
    cue(
        # "i'm not going to be alive to run it", "soon I will not be alive".
        "not_alive_to",
        "not going to be alive|not gonna be alive|wont be alive|will not be alive"
        "|wont be alive much|not be alive",
        r"(?: to (?:run|use|water|feed|walk|look after|need|see|enjoy|pay|finish) (?:it|them|this)"
        r"| (?:soon|much longer|by \w+|after \w+))?" + _END_CLAUSE,
        needs="alive",
        reasons="goodbye",
    ),
    cue(
        # "there won't be anyone here to water them, i'm making sure of that".
        "nobody_here_to",
        "wont be anyone here|wont be anybody here|will not be anyone here|be no one here"
        "|wont be nobody here",
        r" to \w+",
        needs="here",
        reasons="goodbye",
    ),
    cue(
        # "i'm making sure of that", said after a death or an absence.
        "making_sure_of_that",
        "making sure of that|making sure of it|made sure of that|made sure of it",
        _END_CLAUSE,
        back=r"(?:im|i am|ive|i have|ill|i will)",
        needs="sure",
        reasons="intent",
    ),
]

_DAY_SET: Final = [
    imminent(
        # "friday's the day i end things", "the 14th is the night I end it all".
        "the_day_i_end_it",
        "the day i|the night i|the date i|the day im|the night im",
        # Not "do it" or "go through with it": a race, a surgery, a proposal.
        r" (?:end (?:it|things|it all|everything|my life)|kill myself"
        r"|ending (?:it|things|it all))(?= )(?! (?:with|for|between|on)(?= ))",
        back=r"\w+s|is|will be|its|thats|as",
        needs="end ending kill",
        reasons="intent timeline",
    ),
    imminent(
        # "i've decided i won't live past it", "made up my mind not to live past 30".
        "decided_not_past",
        "decided|made up my mind|my minds made up|ive made my mind up",
        r"(?: that)?(?: i)? (?:wont|will not|am not going to|not going to|im not going to|not to)"
        r" (?:live|make it|be alive|be here|see|get) past",
        needs="past",
        reasons="intent timeline",
    ),
    cue(
        # "i'm not carrying on after that", "not going on after tonight".
        "not_going_on_after",
        "not carrying on|not going on|not continuing|not sticking around|not hanging on",
        r" after (?:that|tonight|today|this|then|friday|sunday|the \w+)" + _END_CLAUSE,
        back=r"(?:im|i am|ill be|i will be)",
        needs="after",
        reasons="timeline",
    ),
    imminent(
        # "contract ends may 31. so do i.": an end set for oneself beside another's.
        "ends_so_do_i",
        "so do i|so will i|so am i|and so do i|and so will i",
        r"(?= (?:\.|$))",
        back=r"(?:ends|finishes|expires|runs out|is over|closes)(?: [^ .]+){0,4} \.",
        needs="ends finishes expires runs over closes",
        reasons="intent timeline",
    ),
    imminent(
        # "this is the last weekend i'm gonna be alive", "my last christmas i'll be alive".
        "last_alive",
        "last",
        r" (?:weekend|week|day|night|christmas|birthday|summer|month|sunday|friday|saturday)"
        r" (?:im|i am|ill|i will)(?: (?:gonna|going to|ever))? be (?:alive|here|around|breathing)",
        needs="alive breathing",
        reasons="intent timeline",
    ),
    imminent(
        # "ending it tonight y'all": told to everyone, not of a relationship.
        "ending_it_to_all",
        "ending it|ending it all|ending things|ending my life",
        rf" {_WHEN}(?: ,)? (?:yall|everyone|everybody|guys|folks|all|chat|fam)" + _END_CLAUSE,
        needs="yall everyone everybody guys folks all chat fam",
        reasons="intent timeline",
    ),
    cue(
        # "i'm ending it on the 14th", "ending it friday": said of a break-up too.
        "ending_it_on_date",
        "ending it|ending it all|end it",
        rf" {_WHEN}" + _END_CLAUSE,
        back=r"(?:im|i am|ill|i will|gonna|going to)",
        needs=_WHEN_NEEDS,
        reasons="timeline",
    ),
    cue(
        # "it's happening sunday", "it happens tonight".
        "its_happening_on",
        "its happening|it is happening|it happens|its going to happen|its gonna happen",
        rf" {_WHEN}" + _END_CLAUSE,
        needs="happening happens happen",
        reasons="timeline",
    ),
]

_CONTEXT: Final = [
    rule(
        # "thinking about the bridge again": the place the mind goes back to, with "again"
        # saying it keeps coming (the "keep thinking about the bridge" rule's sibling).
        "place_thought_again",
        "bridge|overpass|ledge|cliff|cliffs|tracks|train tracks|quarry|rooftop",
        r" again(?= (?:\.|$))",
        back=r"(?:thinking about|thinking of|thought about|dreaming about|dreamt about)"
        r" (?:the|that)(?: old| big| high)?",
        needs="again",
        level=RiskLevel.HIGH,
        reasons="ideation method",
    ),
    rule(
        # "i feel useless, just a weight on everyone": a burden in other words.
        "weight_on_everyone",
        "a weight on|a dead weight on|a drain on|a weight around",
        r" (?:everyone|everybody|them|my family|you all|the family|my kids|my wife|my husband"
        r"|everyones neck|their necks?)" + _END_CLAUSE,
        needs="weight drain",
        level=CONCERN,
        reasons="burden",
    ),
    rule(
        # "they'd manage fine without me", "everyone would cope better without me".
        "would_manage_without_me",
        "manage|cope|get on|get by|do fine|be fine",
        r"(?: (?:fine|better|okay|ok|alright|just fine))? without me" + _END_CLAUSE,
        back=r"(?:theyd|they would|theyll|they will|everyone would|everyoned|theyd all|shed|hed"
        r"|she would|he would|my family would|youd|you would)(?: all)?(?: probably| honestly)?",
        needs="without",
        level=CONCERN,
        reasons="burden",
    ),
    rule(
        # "I can't live another 40 years like this", "can't do ten more years of this".
        "cant_live_more_years",
        "cant live|cannot live|cant survive|cannot survive|cant keep living|cant go on living",
        r" (?:another|\w+ more) (?:\w+ )?(?:years?|decades?|months?)(?: like this| of this)",
        needs="another more",
        level=CONCERN,
        reasons="hopeless",
    ),
    rule(
        # "i don't see any future for me", "I can't see a future for myself".
        "no_future_for_me",
        "dont see|cant see|do not see|cannot see",
        r" (?:any|a) future (?:for me|for myself)" + _END_CLAUSE,
        needs="future",
        level=CONCERN,
        reasons="hopeless",
    ),
    cue(
        # "checked what time the chemist shuts": after concern, the means fetched.
        "chemist_hours",
        "what time the|when the",
        r" (?:chemist|chemists|pharmacy|drugstore|boots) (?:shuts|closes|opens)",
        needs="chemist chemists pharmacy drugstore boots",
        reasons="means",
    ),
    cue(
        # "they're in my bag now", after "they'd be fine without me": means carried.
        "in_my_bag_now",
        "theyre in my|they are in my|its in my|it is in my|got them in my",
        r" (?:bag|pocket|coat|jacket|car|backpack|handbag|purse) now" + _END_CLAUSE,
        needs="now",
        reasons="means",
    ),
]

LAST_POST_RULES: Final[list[Rule]] = [*_LAST_POSTS, *_HANDED_OVER, *_DAY_SET, *_CONTEXT]
