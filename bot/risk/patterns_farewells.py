"""English rules for farewells told in passing and things handed on.

Nearly all are cues (see :func:`bot.risk.rules.cue`): each is also said on an
ordinary day ("thanks for trying", "you've been good to me", "you can have my
switch", "my plants go to maria"), so one alone never raises the level; two
together, or one after the person has shown concern, are ``imminent``. Moves,
holidays, work farewells and clear-outs are kept out by the words each must
end on, or by what follows it. Farewells said plainly ("this is goodbye") live
in :mod:`bot.risk.patterns_events`.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Kind, Rule, cue, rule

__all__ = ["FAREWELL_RULES"]

HIGH, IMMINENT = RiskLevel.HIGH, RiskLevel.IMMINENT

_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# A statement's last words: the end of its sentence, not a clause that gives a reason.
_END = r"(?= (?:\.|$))"
_END_CLAUSE = r"(?= (?:[.,]|$))"
# Someone else in the future tense, before what they will do without the person.
_OTHERS_WILL = "shell|hell|theyll|youll|she will|he will|they will|you will"
# Things a person owns and hands on.
_OWNED = (
    r"(?:\w+ )?(?:stuff|things|belongings|clothes|games|books|pets?|cat|dog|guitar|collection"
    r"|plants|jewelry|jewellery|bike|xbox|playstation|console|records|art|pc|laptop|computer"
    r"|switch|ps5|camera|car|tools|watch|ring|records|vinyl|plushies)"
)
_OWNED_NEEDS = (
    "stuff things belongings clothes games books pet pets cat dog guitar collection plants "
    "jewelry jewellery bike xbox playstation console records art pc laptop computer switch ps5 "
    "camera car tools watch ring vinyl plushies"
)
# Given away before a move, a trip or a clear-out, not as a goodbye.
_NOT_MOVING = (
    r"(?!(?: [\w,]+){0,8} (?:moving|move|moved|relocating|downsizing|declutter|decluttering"
    r"|upgraded|upgrading|new one|abroad|college|uni|university|trip|vacation|holiday|away for"
    r"|while im away|deployment)(?= ))"
)


# Seeing the people one loves one last time (see seeing_them_one_last_time).
_SEEING = "seeing|see|visiting|visit|hugging|hug|calling|call|saw|visited|hugged|called"
_ONE_LAST_TIME = (
    r" (?:everyone|everybody|them all|all of them|my (?:family|friends|parents|mom|mum|dad|kids"
    r"|sister|brother|grandma|nan|best friend)) (?:one last time|for the last time"
    r"|one final time|a final time)"
)

_FAREWELLS: Final = [
    cue(
        # "This is the last time I'll write", "the last time I'll message you".
        "last_time_ill_write",
        "last time",
        r" (?:ill|i will|im going to|im gonna) (?:ever )?(?:write|message|text|post|talk to you"
        r"|write to you|message you|text you)" + _END_CLAUSE,
        needs="write message text post talk",
        back=r"(?:this is|this will be|its) the",
        reasons="goodbye",
    ),
    cue(
        # "I'm not quitting the game, I'm quitting everything": not a pastime left.
        "quitting_everything",
        "quitting everything|quitting it all|quitting life|quit everything|quit life",
        _END_CLAUSE,
        needs="everything all life",
        back=r"(?:im|i am|im just|im really)",
        reasons="goodbye",
    ),
    cue(
        # "after that there's nothing left for me to do here": what was left done.
        "nothing_left_to_do",
        "nothing left for me to do|nothing more for me to do|nothing left to do",
        r"(?: here| in this world| on this earth)?" + _END_CLAUSE,
        needs="left more",
        back=r"(?:theres|there is|i have|ive got|ive)",
        reasons="goodbye",
    ),
    cue(
        # "Now I can go. Goodbye": said once the last thing is done.
        "now_i_can_go",
        "now i can go|i can go now|now i can rest|i can rest now",
        _END,
        needs="go rest",
        reasons="goodbye",
    ),
    cue(
        # "left the house clean for whoever comes", "for whoever finds me".
        "for_whoever_finds_me",
        "for whoever|for whomever|for the person who|for whoever it is that",
        r" (?:finds me|comes|comes for me|comes after|has to find me|has to deal with it)"
        + _END_CLAUSE,
        needs="finds comes find deal",
        reasons="goodbye",
    ),
    cue(
        # "you've been good to me", "you were a good friend to me": said looking back.
        "been_good_to_me",
        "you were|youve been|you have been|youve always been|you always were",
        r" (?:so |really |always |such |truly |the only )?(?:good|kind|a good friend|a great friend"
        r"|a real friend|the best friend|the best) (?:friend )?to me"
        + _END_CLAUSE
        # "you've been kinder to me than most people ever were"
        + r"| (?:always )?(?:kinder|nicer|better) to me than (?:most|anyone|anybody|most people"
        r"|everyone|my own \w+)(?: [^ .]+){0,3}" + _END_CLAUSE,
        needs="good kind great real best kinder nicer better",
        reasons="goodbye",
    ),
    cue(
        # "im sorry. i love you all": an apology and love, with nothing after.
        "sorry_love_you",
        "sorry",
        # "I'm sorry Mom. I'm sorry Jake. I love you both": sorry to someone named.
        r"(?: \w+)?(?: [.,])?(?: and)? i love (?:you|u|yall|them)(?: all| both| guys| so much"
        r"| all so much)?" + _END,
        needs="love",
        back=r"(?:im|i am|im so|im really)",
        reasons="goodbye",
    ),
    cue(
        "last_message_ever",
        "last message|final message|last post|final post|last text|last log in|last login",
        # "the last message ill send anyone", "last log-in ever"
        r"(?: (?:ill|i will) (?:ever )?send(?: to)?(?: anyone| anybody)?| (?:from me )?(?:ever"
        r"|forever|for good))" + _END_CLAUSE,
        needs="ever forever good send",
        reasons="goodbye",
    ),
    cue(
        "take_care_of_yourselves",
        "take care of yourselves|take care of each other|look after each other"
        "|look after yourselves",
        _END,
        needs="yourselves other",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # "thank u for trying": to someone who tried to help, at the end.
        "thanks_for_trying",
        "thank you|thanks|thank u|thx|ty",
        r" for (?:trying|everything you tried|all you tried)(?: to help(?: me)?)?" + _END,
        needs="trying tried",
        reasons="goodbye",
    ),
    cue(
        "thanks_these_months",
        "these past|these last|over the past|over the last",
        r"(?: few| couple of)? (?:months|years|weeks)" + _END_CLAUSE,
        needs="months years weeks",
        back=r"(?:thank you|thanks|thank u) for (?:listening|being there|putting up with me"
        r"|everything|talking to me|the talks)",
        reasons="goodbye",
    ),
    cue(
        "wont_be_messaging",
        "messaging|texting|writing|talking|posting|coming on|logging on|chatting",
        r"(?: (?:here|to you|you|with you))? (?:again|anymore|any more)" + _END_CLAUSE,
        needs="again anymore more",
        back=r"(?:i wont|i will not|wont|im not going to|im not gonna|i wont ever) be",
        reasons="goodbye",
    ),
    cue(
        # Told, not asked: "not asking for advice, just wanted someone to know". Not a bare
        # "just wanted someone to know", which ends good news as often.
        "wanted_someone_to_know",
        "someone to know|somebody to know|one person to know",
        _END,
        needs="know",
        back=r"(?:not (?:asking|looking) for (?:advice|help)|dont need advice|no need to talk me"
        r" (?:round|around|out of it))(?: [.,])?(?: i)?(?: just| only)? (?:wanted|needed)",
        reasons="goodbye",
    ),
    cue(
        # Told to someone just before, the sentence left unfinished: "just wanted to tell
        # somebody before um yeah", "wanted to tell someone the truth once before". Not
        # "before the meeting" or "before I forget", where the sentence goes on.
        "told_someone_before",
        "tell someone|tell somebody|tell anyone|tell anybody|tell one person|say it to someone"
        "|say it to somebody|tell someone the truth|tell somebody the truth",
        r"(?: the truth)?(?: once)?(?: first)? before(?= (?:[.,]|$|um|uh|erm|yeah|ya|idk|i go"
        r"|im gone|i do it|its too late))",
        needs="before",
        back=r"(?:wanted|needed|want|need|had|have)(?: to)?(?: just)?",
        reasons="goodbye",
    ),
    cue(
        # Last words left with someone: "said what I needed to say to him", "tell the world
        # I loved him", "tell mum I love her".
        "said_what_i_needed",
        "said what i needed to say|said everything i needed to say|said all i needed to say"
        "|said what i had to say|said everything i had to say",
        r"(?: (?:to|at|by) (?:[^ .,]+ ){0,2}[^ .,]+)?" + _END_CLAUSE,
        needs="needed had",
        reasons="goodbye",
    ),
    cue(
        # Asked not to be held against: "please don't be angry with me for going".
        "dont_be_angry",
        "angry with me|mad at me|angry at me|upset with me|hate me",
        r" for (?:going|leaving|doing this|what i did|what im about to do|this|it)" + _END_CLAUSE,
        needs="going leaving doing did about this it",
        back=r"(?:please )?(?:dont|do not|try not to)(?: be)?",
        reasons="goodbye",
    ),
    cue(
        # A goodbye being readied: "i just don't know how to say goodbye to my mum". Said of
        # a move or a dying parent as often, so a cue; the "don't" is no denial of it.
        "how_to_say_goodbye",
        "how to say goodbye|how to say bye",
        r" to (?:my \w+|him|her|them|everyone|you|\w+)" + _END_CLAUSE,
        needs="goodbye bye",
        back=r"(?:dont|do not|dunno|cant figure out|dont even) know",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # A note's opening line: "to whoever reads this", "to whoever finds this".
        "to_whoever_reads",
        "to whoever reads this|to whoever finds this|to whoever finds me|to anyone who reads this"
        "|to whoever is reading this",
        r"(?= (?:[.,]|$))",
        needs="whoever anyone",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # Company asked for an act already begun: "just didn't want to be alone for it".
        "not_alone_for_it",
        "didnt want to be alone|dont want to be alone|didnt wanna be alone|dont wanna be alone",
        r" (?:for|when|while) (?:it|i do it|it happens|this|the end)" + _END_CLAUSE,
        needs="alone",
        reasons="goodbye",
    ),
    cue(
        # "its not their fault" in a note left behind; "your" is said to comfort too often.
        "not_their_fault",
        "fault",
        _END_CLAUSE,
        back=r"(?:its|it is|it was|this is|this was|none of this is|none of it is)"
        r" (?:not |never )?(?:their|his|anyones|nobodys|my (?:parents|moms|mums|dads|familys))",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # "wrote a note for my parents": for those who would be left, not a sister's errand.
        "note_for_family",
        "note|letter",
        r" (?:for|to) (?:my|the) (?:parents|family|kids|children|husband|wife|partner)(?= )",
        needs="parents family kids children husband wife partner",
        back=r"(?:wrote|written|writing|left|leaving|finished)(?: a| my)?",
        reasons="goodbye",
    ),
    cue(
        # "one for mum, one for jake": letters or things counted out to each.
        "one_for_each",
        "one for",
        r" (?:my )?(?:mum|mom|dad|sister|brother|nan|gran|grandma|grandpa|\w+) , one for",
        # The list's start only: a later "one for" would read the name before it as the speaker.
        back=r"(?:\.|(?:letters|letter|notes|cards)(?: ,)?)",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        "better_this_way",
        "better this way|best this way|better for everyone this way",
        # "it's better this way for everyone"
        r"(?: for (?:everyone|everybody|all of (?:you|us|them)|the lot of them|them|the family))?"
        + _END_CLAUSE,
        needs="way",
        back=r"(?:its|it is|itll be|it will be|its just|its honestly|trust me its)",
        reasons="goodbye",
    ),
    cue(
        "see_me_one_more_time",
        "see me one more time|see me one last time|see me for the last time",
        r"(?= )",
        needs="more last",
        back=r"(?:gets to|get to|can|could|will|to)",
        reasons="goodbye",
    ),
    cue(
        # "i'm seeing everyone one last time": a farewell tour. A cue, as a move abroad is
        # one too; "... and none of them know that's what it is" says which.
        "seeing_them_one_last_time",
        _SEEING,
        _ONE_LAST_TIME,
        needs="last final",
        reasons="goodbye",
    ),
    rule(
        "last_time_unknown",
        _SEEING,
        _ONE_LAST_TIME
        + r"(?: [^ .]+){0,2} (?:and|but) (?:none of them|nobody|no one|they dont|they do not)"
        r" (?:knows?|realizes?|has any idea|have any idea)"
        r"(?: (?:thats|that is|its|it is|this is) (?:what it is|goodbye|the last|a goodbye))?"
        + _END_CLAUSE,
        needs="know knows realize realizes idea",
        level=HIGH,
        reasons="goodbye",
    ),
    cue(
        "nobody_to_answer",
        "anyone to answer|anyone to reply|anyone here to answer|anyone to read it"
        "|anyone to pick up|anybody to answer|anyone left to answer",
        r"(?= )",
        needs="answer reply read pick",
        back=r"(?:there wont be|there will not be|there wont be|wont be|there will be no)",
        reasons="goodbye",
    ),
    cue(
        "dont_text_after",
        "text me|message me|call me|dm me|write to me",
        r" after (?:tonight|today|this|tomorrow|(?:this )?(?:" + _DAYS + r"))",
        needs="after",
        back=r"(?:dont|do not|no need to|please dont|theres no point to)",
        reasons="goodbye",
    ),
    cue(
        # "thanks for being kind to me", said at the end; a boss thanked names the job.
        "thanks_for_being_kind",
        "thank you|thanks|thank u|thx|ty",
        # "... for being kind to an old woman": the speaker named as who they are.
        r" for (?:always )?being (?:so |always |really )?(?:kind|good|nice|there) (?:to|for)"
        r" (?:me|an old (?:woman|man|lady|fool)|a stranger|someone like me)" + _END_CLAUSE,
        needs="being",
        reasons="goodbye",
    ),
    cue(
        # "So this is it, goodbye."
        "this_is_it_goodbye",
        "this is it|this s it|thats it then",
        r" [.,] (?:goodbye|bye|farewell)",
        needs="goodbye bye farewell",
        reasons="goodbye",
    ),
    cue(
        "the_end_for_me",
        "the end for me|the end of the road for me|the end of the line for me",
        _END_CLAUSE,
        needs="end",
        back=r"(?:this is|this s|thats|this will be|its|it is)(?: really| finally)?",
        reasons="goodbye",
    ),
    cue(
        "sent_last_texts",
        "last texts|last text|last messages|last message|final texts|final messages",
        r" to (?:my|everyone|all|the people)(?= )",
        needs="texts text messages message",
        back=r"(?:sent|send|sending|texted|wrote|written)(?: out)?(?: my| all my)?",
        reasons="goodbye",
    ),
    cue(
        # "last time I'll talk to you": not "the last time I'll talk to you about him".
        "last_time_talk",
        "last time",
        r" (?:ill|i will|youll|you will|well|we will|im going to|im gonna)"
        r" (?:talk to you|hear from me|speak to you|message you|text you|write to you|talk)"
        + _END_CLAUSE,
        needs="talk hear speak message text write",
        reasons="goodbye",
    ),
    cue(
        # "she'll be better off with someone who's still going to be around"
        "someone_still_around",
        "still going to be around|still gonna be around|still be around|still be here"
        "|still going to be here|still gonna be here",
        _END_CLAUSE,
        needs="around here",
        back=r"(?:someone|somebody|people|someone who|somebody who) (?:whos|who is|wholl|who will"
        r"|who)",
        reasons="goodbye",
    ),
    cue(
        # "so he's looked after when I'm gone": cared for after, not while on a trip.
        "cared_for_when_gone",
        "when im gone|once im gone|after im gone|when i am gone|after i am gone",
        _END_CLAUSE + r"(?!(?: [\w,]+){0,6} (?:trip|holiday|vacation|away|week|weekend|days)(?= ))",
        needs="gone",
        back=r"(?:looked after|taken care of|cared for|provided for|okay|ok|fine|alright"
        r"|safe|settled|sorted"
        # "so she doesn't have to deal with any paperwork after I'm gone"
        r"|deal with(?: any| the| all the| all that)? (?:paperwork|bills|stuff|mess|forms))",
        reasons="goodbye",
    ),
    cue(
        # "it's better this way since i'm not going to be here": a reason given for what
        # was handed on. Not "since i won't be here next week".
        "since_not_here",
        "since im not going to be here|since i wont be here|since im not gonna be here"
        "|because i wont be here|because im not going to be here|cause i wont be here"
        "|since i wont be around|since im not going to be around|because i wont be around",
        r"(?: anymore| any more)?" + _END_CLAUSE,
        needs="here around",
        reasons="goodbye",
    ),
    cue(
        # "handed my journals over. by then it won't matter": nothing will, after a time.
        "wont_matter_by_then",
        "it wont matter|nothing will matter|none of it will matter|it wont matter anymore",
        r"(?: (?:by then|after (?:that|tonight|today|this week|this weekend)|anymore))?"
        + _END_CLAUSE,
        needs="matter",
        back=r"(?:\. )?(?:by then|after (?:that|tonight|today|this week|this weekend)"
        r"|(?:an hour|a few hours|two hours|a day) from now)(?: ,)?",
        reasons="goodbye",
    ),
    cue(
        "at_peace_decision",
        "at peace with my decision|at peace with the decision|at peace with my choice",
        r"(?: to go| to leave| to do it| to end it)?" + _END_CLAUSE,
        needs="decision choice",
        reasons="intent",
    ),
    cue(
        "nothing_left_but_to",
        "nothing left|nothing more|nothing else|all thats left",
        # Not "to go", which ends a move's news as often.
        r"(?: now)?(?: to do)? (?:but|except|than|is) to (?:do it|say goodbye|end it"
        r"|go through with it)" + _END_CLAUSE,
        needs="left more else",
        reasons="intent",
    ),
    cue(
        "theyll_understand",
        "understand one day|understand someday|understand some day|understand eventually"
        "|forgive me one day|forgive me someday|forgive me eventually",
        _END_CLAUSE,
        needs="day someday eventually",
        back=rf"(?:{_OTHERS_WILL}|everyone will)",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        "manage_without_me",
        "manage|cope|be fine|be okay|be ok|be alright|get by|do fine|do better|be happier",
        r"(?: just)?(?: fine)? without me" + _END_CLAUSE,
        needs="without",
        back=r"(?:will|ll|theyll|shell|hell|youll|kids will|they will|everyone will|wil)",
        reasons="burden",
        personal=False,
    ),
    cue(
        "one_last_walk",
        "one last|a last|my last",
        r" (?:walk|drive|swim|look at the|visit to the|hike)(?= )",
        needs="walk drive swim look visit hike",
        back=r"(?:going for|going on|taking|take|went for|go for|on)",
        reasons="goodbye",
    ),
]

_HANDED_ON: Final = [
    cue(
        "give_mine_to",
        "give|leave",
        rf" my {_OWNED} to (?:someone|somebody|whoever|anyone|my \w+|\w+)(?= ){_NOT_MOVING}",
        needs=_OWNED_NEEDS,
        reasons="plan",
    ),
    cue(
        "you_can_have_mine",
        "you can have|u can have|you can keep|u can keep|you should have|you get|she can have"
        "|he can have|they can have",
        rf" (?:all )?my {_OWNED}{_NOT_MOVING}",
        needs=_OWNED_NEEDS,
        reasons="plan",
    ),
    cue(
        "mine_go_to",
        "go to|goes to",
        r" \w+(?= (?:[.,]|$|and))",
        needs=_OWNED_NEEDS,
        back=rf"my {_OWNED}",
        reasons="plan",
    ),
    cue(
        "savings_to",
        "transferred|moved|sent|gave|given|signed",
        r" (?:all )?(?:of )?my (?:savings|money|crypto|bitcoin|pension|accounts?) (?:over )?to"
        rf" (?:my )?\w+(?= ){_NOT_MOVING}",
        needs="savings money crypto bitcoin pension account accounts",
        reasons="plan",
    ),
    cue(
        "boxed_with_names",
        "boxed up|labelled|labeled|packed up|tagged|sorted",
        r" (?:with (?:a name|names|who gets it|who it goes to|their names)|by who gets (?:it|what))"
        r"(?= )",
        needs="name names gets goes",
        reasons="plan",
    ),
    cue(
        "will_signed",
        "will is|will s|will has been|insurance is|insurance s|life insurance is",
        r" (?:signed|done|sorted|written|paid|paid up|in order|up to date)" + _END_CLAUSE,
        needs="signed done sorted written paid order",
        back=r"(?:the|my)",
        reasons="plan",
    ),
    cue(
        "affairs_are_in_order",
        "affairs are|affairs r|affairs s",
        # At the clause's end: "... in order before the surgery" gives the reason.
        r" (?:in order|sorted|settled|all sorted|taken care of)" + _END_CLAUSE,
        needs="order sorted settled taken",
        back=r"(?:my|all my)",
        reasons="plan",
    ),
    cue(
        "who_gets_what",
        "who gets what|who gets my stuff|who gets my things|who gets everything",
        _END_CLAUSE,
        needs="gets",
        reasons="plan",
    ),
    cue(
        "signed_over",
        "signed|transferred|put",
        rf" (?:the|my) (?:car|house|flat|truck|savings|accounts?|bike|dog|cat|pets?|farm|land"
        r"|business|shop|croft|boat|tractor|cottage)(?: title| deeds?| papers| keys)? over to"
        r" (?:my )?\w+"
        rf"(?= ){_NOT_MOVING}",
        needs="over",
        reasons="plan",
    ),
    cue(
        # "tell my mum the passwords are in the notebook": the speaker's, told on.
        "tell_where_passwords",
        "tell",
        r" (?:my \w+|him|her|them|everyone)(?: that)? (?:the|my|all my|all the)"
        r" (?:passwords|password|logins|pin numbers|bank details|account details)"
        r"(?: are| is| s)? (?:in|on|under|inside|taped to|next to)(?= )",
        needs="passwords password logins pin bank account",
        reasons="plan",
    ),
    cue(
        "need_them_after",
        "need them|need it|need those|need this|need these",
        r" after" + _END_CLAUSE,
        needs="after",
        back=rf"(?:{_OTHERS_WILL}|will)",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        "stopped_buying",
        "stopped buying|not buying|stopped getting|not renewing|didnt renew|cancelled",
        r" (?:groceries|food|anything|my (?:phone contract|lease|subscriptions|prescription))"
        r"(?: (?:past|after|beyond) (?:" + _DAYS + r"|this week|next week|the weekend))?"
        r"(?= (?:[.,]|$|past|after|beyond))",
        needs="groceries food anything contract lease subscriptions prescription",
        reasons="plan",
    ),
]

# When someone is back: a day, a span, a return. Not "till we meet again".
_BACK_WHEN = (
    rf"(?:{_DAYS}|tomorrow|tmrw|tonight|the weekend|next week|next month|the new year|new year"
    r"|(?:a|one|two|three|four|five|six|a few|a couple of|a couple|\d+) (?:days?|nights?|weeks?)"
    r"|the (?:summer|holidays|break|trip|week)|after (?:the|my) (?:trip|holidays|break|exams"
    r"|weekend|surgery|move)|(?:i|im|i get|we|were|we get) back)"
)
_ORDINARY_PARTINGS: Final = [
    rule(
        # A goodbye with a return date: "no signal at the campsite so this is goodbye till
        # Monday", "bye for a few days". An idiom, so it hides the goodbye it holds.
        "goodbye_till_back",
        "goodbye|goodbyes|bye|farewell",
        rf"(?: for now)?(?: [.,])? (?:till|until|til|untill|for|through|see you) {_BACK_WHEN}"
        r"(?= )",
        kind=Kind.IDIOM,
    ),
    rule(
        # A goodbye before a move: "moving to Canada next month so I'm saying goodbye to my
        # coworkers", "... goodbyes, we're relocating". Not "moving on", nor a move "to a
        # better place".
        "goodbye_for_a_move",
        "moving|relocating|emigrating|move",
        r" (?:to|away|abroad|back|across|out|overseas|house|cities|countries|states|home)"
        r"(?! (?:a better place|heaven|the other side|the next life|on)(?= ))"
        r"(?: [\w,]+){0,10} (?:goodbye|goodbyes|farewell|farewells)(?= )",
        needs="goodbye goodbyes farewell farewells",
        kind=Kind.IDIOM,
    ),
    rule(
        "goodbye_before_a_move",
        "goodbye|goodbyes|farewell|farewells",
        r"(?: [\w,]+){0,10} (?:moving|relocating|emigrating) (?:to|away|abroad|back|across"
        r"|out|overseas|house|cities|countries|states|home)"
        r"(?! (?:a better place|heaven|the other side|the next life)(?= ))(?= )",
        needs="moving relocating emigrating",
        kind=Kind.IDIOM,
    ),
]

# Last words and last things as set11 told them: each also said on an ordinary day ("my last
# message before bed", "so this is it, graduation!"), so cues.
_LAST_THINGS: Final = [
    cue(
        "last_thing_ill_type",
        "the last thing ill|the last thing i will|the last thing i ever|the last thing im going to",
        r" (?:type|write|say|send|post|text)(?= (?:[.,]|$|to you|here))",
        needs="type write say send post text",
        back=r"(?:this is|this will be|thats|its)",
        reasons="goodbye",
    ),
    cue(
        # "tell my daughter her dad loved her", "tell them I loved them": love in the past.
        "tell_them_i_loved",
        "tell",
        r" (?:my |the )?(?:[^ .]+ )?(?:that )?(?:i|her (?:dad|mom|mum|father|mother)"
        r"|(?:his|her|their) (?:dad|mom|mum|father|mother|daddy|mummy|mommy|mama|papa)|mommy|daddy)"
        r" (?:always |really )?loved (?:her|him|them|you)" + _END_CLAUSE,
        needs="loved",
        reasons="goodbye",
    ),
    cue(
        # "goodbye." as a sentence of its own, mid-message: "... explaining everything. goodbye."
        "goodbye_sentence",
        "goodbye|farewell",
        r"(?= \.)",
        back=r"\.",
        reasons="goodbye",
    ),
    cue(
        "goodbye_my_friend",
        "goodbye|farewell|bye",
        r" my (?:friend|dear friend|friends|dear|love)" + _END,
        needs="friend friends dear love",
        reasons="goodbye",
    ),
    cue(
        # "I just wanted to say goodbye to somebody": to anyone at all, not to a colleague.
        "say_goodbye_to_someone",
        "say goodbye|say bye",
        r" to (?:someone|somebody|anyone|anybody|you)(?= (?:[.,]|$|and|before|first))"
        + _NOT_MOVING,
        needs="someone somebody anyone anybody you",
        back=r"(?:wanted to|want to|needed to|need to|had to)",
        reasons="goodbye",
    ),
    cue(
        # "so this is it I guess": led by the shrug, as "this is it" is in every other message.
        "so_this_is_it",
        "this is it i guess|this is it i suppose|this is it then",
        # Nothing ordinary after it: "so this is it I guess, exams start monday" is a term.
        r"(?= (?:\.|$|i just|i wanted|i want|goodbye|bye))",
        back="so",
        needs="guess suppose then",
        reasons="goodbye",
    ),
    cue(
        # "it's my goodbye. please don't try to stop it"
        "its_my_goodbye",
        "its my goodbye|it is my goodbye|this is my goodbye|thats my goodbye",
        _END_CLAUSE,
        needs="goodbye",
        reasons="goodbye",
    ),
    cue(
        "dont_try_to_stop",
        "dont try to stop|do not try to stop|dont stop|please dont stop",
        r" (?:it|me)" + _END,
        needs="stop",
        back=r"(?:please|pls|plz)",
        reasons="intent",
    ),
    cue(
        "dont_be_sad",
        "dont be sad|do not be sad|not be sad|dont cry",
        # At a sentence's end: "please don't be sad, it's just a haircut" gives the reason.
        r"(?: (?:for|about|over) me| when im gone)?" + _END,
        needs="sad cry",
        back=r"(?:please|pls|plz)",
        reasons="goodbye",
    ),
    cue(
        "letter_explaining",
        "letter|note",
        r" explaining (?:everything|why|it all|myself)" + _END_CLAUSE,
        needs="explaining",
        reasons="goodbye",
    ),
    cue(
        "last_thing_to_do",
        "last thing i had to do|last thing i have to do|last thing i needed to do"
        "|last thing i need to do|last thing left to do",
        r"(?= (?:[.,]|$|before))",
        needs="do",
        reasons="plan",
    ),
    rule(
        # "nothing left to do here except the last thing": all but the act done. Not the last
        # thing on a list.
        "nothing_left_but_the_last",
        "nothing left to do|nothing else to do|nothing more to do",
        r"(?: here| now)? (?:except|but|apart from|other than) (?:the last thing|one last thing"
        r"|one thing|the one thing|it|go|to go|leave|die)(?= (?:[.,]|$))"
        # Not a move or a trip told after: "..., the movers took everything".
        r"(?!(?: [.,])?(?: [^ .]+){0,6} (?:movers|moving|car|packed|bags|suitcase|flight|train"
        r"|bus|airport|trip|keys|landlord|cab|taxi)(?= ))",
        needs="except but apart other",
        level=HIGH,
        context_level=IMMINENT,
        reasons="plan",
    ),
    cue(
        "wont_be_in_pain",
        "be in pain|hurt|suffer|be suffering|be hurting",
        r"(?: (?:anymore|any more))? (?:much longer|for much longer|for long|soon"
        r"|after (?:tonight|today|this))(?= )",
        needs="longer long soon after",
        back=r"(?:i wont|i will not|im not going to|i am not going to|im not gonna)",
        reasons="goodbye",
    ),
    cue(
        "wont_be_around_to",
        "be around to|be here to",
        r" (?:bother|annoy|burden|worry|trouble|upset|disappoint) (?:anyone|anybody|you"
        r"|everyone|people|them)(?: (?:much longer|soon|for long|anymore|any more))?" + _END_CLAUSE,
        needs="bother annoy burden worry trouble upset disappoint",
        back=r"(?:i wont|i will not|im not going to|im not gonna|i am not going to)",
        reasons="goodbye",
    ),
    rule(
        # "its cuz im not anywhere anymore": the absence explained by being nowhere.
        "not_anywhere_anymore",
        "not anywhere anymore|not anywhere any more|not in this world anymore"
        "|not on this earth anymore|not alive anymore|no longer alive|no longer in this world",
        r"(?= (?:[.,]|$|and|so))"
        # A game's world or character: "..., deep in elden ring lol", "my character died".
        r"(?!(?: [.,])?(?: [^ .]+){0,8} (?:game|gaming|character|server|hardcore|respawn|raid"
        r"|elden|minecraft|lol|lmao|emojiskull|emojilaugh)(?= ))",
        needs="anywhere alive world earth",
        back=r"(?:cuz|because|cause|coz|bc|its cuz|its because) (?:im|i am|ill be|i will be)",
        level=HIGH,
        context_level=IMMINENT,
        reasons="goodbye",
    ),
    cue(
        # "made sure my mom gets my stuff"
        "made_sure_gets_my",
        "made sure|making sure|make sure",
        r" (?:my |that my )?[^ .]+ (?:gets|get|has|have|will get|keeps) (?:my|all my) (?:stuff"
        r"|things|belongings|savings|money|car|cat|dog|room)" + _END_CLAUSE,
        needs="stuff things belongings savings money car cat dog room",
        reasons="plan",
    ),
    cue(
        # "im not gonna be around for the parole hearing on the 14th"
        "not_around_for",
        "be around for|be here for|be alive for|be around to see|be here to see|be alive to see",
        r" (?:the|my|his|her|their|next) [^ .]+",
        needs="around here alive",
        back=r"(?:im not gonna|im not going to|i wont|i will not|not gonna|i am not going to)",
        reasons="goodbye",
    ),
    cue(
        "found_a_home_for",
        "a new home|a good home|new home|good home|a home|home",
        r" for (?:\w+ and )?(?:my|the|our) (?:cat|dog|cats|dogs|pets?|bird|rabbit|hamster|fish"
        r"|kitten|puppy|pups|puppies|hens|chickens|horse|horses|sheepdog)"
        # Not with the reason: "..., my landlord banned pets", "the baby is allergic".
        r"(?= )(?!(?: [.,])?(?: [^ .]+){0,8} (?:landlord|allergic|allergies|allergy|baby|lease"
        r"|apartment|new job|moving|move|abroad)(?= ))",
        needs="cat dog cats dogs pet pets bird rabbit hamster fish kitten puppy pups puppies hens "
        "chickens horse horses sheepdog",
        back=r"(?:found|finding|find)",
        reasons="plan",
    ),
    cue(
        "key_left_with",
        "key with|keys with|spare key with|spare keys with",
        r" [^ .]+",
        back=r"(?:left|leaving|gave|given)(?: the| my)?",
        reasons="plan",
    ),
    cue(
        "when_she_finds_me",
        "finds me|find me",
        _END_CLAUSE,
        back=r"(?:when|once|after) (?:she|he|they|someone|somebody|my \w+|the \w+)",
        reasons="goodbye",
    ),
    cue(
        # "she'll get it after I'm gone": something left for someone. Not "nobody will miss me
        # when I'm gone", a burden said (feelings), nor a summer away.
        "after_im_gone",
        "after im gone|when im gone|once im gone|after i am gone|when i am gone",
        _END_CLAUSE,
        needs="gone",
        back=r"(?:get|gets|have|has|keep|keeps|find|finds|read|reads|hear|hears|open|opens)"
        r" (?:it|them|this|these|my \w+|all my \w+)",
        reasons="goodbye",
    ),
    rule(
        # "Tonight the pain stops for good.": an end to the pain, for good, with no cure named
        # (pain_healed in patterns_markers hides the surgery's). Timed, so "tonight" makes it
        # imminent.
        "pain_stops_for_good",
        # Led by the noun: "the" and "my" are in every message.
        "pain|hurting|suffering",
        r" (?:stops|ends|will stop|will end|is over|will be over|goes away|will go away)"
        r" (?:for good|forever|once and for all|permanently)(?= )"
        # The cure named after it: "..., after the root canal", "once the physio is done".
        r"(?!(?: [^ .]+){0,6} (?:surgery|operation|root canal|treatment|physio|physiotherapy"
        r"|injection|injections|meds|medication|painkillers|antibiotics|dentist|cast|brace"
        r"|recovery|heals|healed|sciatica|migraine|migraines|knee|back|tooth)(?= ))",
        needs="good forever once permanently",
        back=r"(?:the|all the|my|all my)",
        level=HIGH,
        reasons="ideation",
    ),
    cue(
        "thank_yous_said",
        "said my thank yous|said my thank you s|said my thanks|said all my thank yous",
        r"(?= )",
        needs="yous thanks",
        reasons="goodbye",
    ),
    cue(
        "wont_need_anything",
        "i will not need anything|i wont need anything",
        r"(?: (?:anymore|any more|ever again))?" + _END,
        needs="anything",
        reasons="goodbye",
    ),
    cue(
        # "After today she will not need to send me money."
        "wont_need_to_for_me",
        "will not need to|wont need to|wont have to|will not have to",
        # "... send me money"; not rent paid to the speaker.
        r" (?:(?:send|give) me (?:money|anything|cash)|(?:worry about|look after|take care of"
        r"|support|feed) me)" + _END_CLAUSE,
        needs="send give worry look take support feed",
        back=r"after (?:today|tonight|this|tomorrow)(?: ,)? (?:she|he|they|you|my \w+|mom|mum|dad)",
        reasons="goodbye",
    ),
    cue(
        # "I counted out what I brought home": something counted, not named.
        "counted_what",
        "counted out|counted|laid out|lined up",
        r" what i (?:brought home|took home|have|got|saved|kept|took)(?: from work)?" + _END_CLAUSE,
        needs="brought took have got saved kept",
        reasons="means",
    ),
]

# The words that close a goodbye, little alone: "please don't be sad", "if you ever see
# this", "just wanted to say bye", "tell my brother I'm sorry". Beside another sign, or
# after concern, imminent.
_CLOSING_WORDS: Final = [
    cue(
        "goodbye_comfort",
        "dont blame yourself|dont blame yourselves|if you ever see this|if you ever read this"
        "|just wanted to say bye|just wanted to say goodbye|wanted to say goodbye properly"
        "|posted my goodbye|last message from me|take care of the next person",
        r"(?= (?:[.,]|$|ok|okay|mom|mum|dad|anyway))",
        needs="blame fault see read bye goodbye message next",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # "I'm sorry. it's not your fault": absolution after an apology; in a reply that
        # comforts ("it's not your fault, it's an illness") there is none before it.
        "sorry_not_your_fault",
        "its not your fault|it wasnt your fault|its nobodys fault|its not anyones fault",
        needs="fault",
        back=r"(?:sorry|please know|please|be sad|forgive me)(?: [.,])?",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        "tell_them_sorry",
        "tell my",
        r" (?:[^ .]+ ){1,2}(?:im sorry|that im sorry|i love (?:him|her|them)|i said goodbye)(?= )",
        needs="sorry love goodbye",
        reasons="goodbye",
        personal=False,
    ),
]

# "goodbye to someone" right before "before I go".
_GOODBYE_BEFORE = (
    "(?:"
    + "|".join(
        f"(?<= goodbye to {who} {lead})"
        for who in ("someone", "somebody", "anyone", "anybody")
        for lead in ("before i go", "before im gone")
    )
    + ")"
)

# Goodbyes and things left behind as set10 told them: each also said on an ordinary day
# ("sorry for the mess", "goodbye. see you monday", "she deserves someone who'll be around"),
# so cues.
_SAID_LAST: Final = [
    cue(
        # "i'm sorry to whoever finds me"
        "whoever_finds_me",
        "to whoever finds me|whoever finds me|to the person who finds me|whoever has to find me",
        _END_CLAUSE,
        needs="finds find",
        reasons="goodbye",
    ),
    cue(
        # "love you mum. sorry for the mess": the mess left, after love said.
        "sorry_for_the_mess",
        "sorry for the mess|sorry about the mess",
        _END,
        needs="mess",
        back=r"(?:love you|i love you|love u)(?: all| \w+)? \.(?: im)?",
        reasons="goodbye",
    ),
    cue(
        # "my last words to anyone i guess"; not the last words before an exam.
        "last_words_to_anyone",
        "my last words|these are my last words|last words",
        r" to (?:anyone|anybody|everyone|you all|the world)(?= )",
        needs="anyone anybody everyone all world",
        reasons="goodbye",
    ),
    cue(
        "if_anyone_reads_this",
        "if anyone reads this|if anyone ever reads this|if someone reads this"
        "|if somebody reads this"
        "|whoever reads this|if anyone finds this",
        r"(?: later| one day| someday| after)?" + _END_CLAUSE,
        needs="reads finds",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # "i just couldnt stay.": left, and said as an ending.
        "couldnt_stay",
        "i just couldnt stay|i couldnt stay|i just cant stay|i cant stay any longer"
        "|i couldnt stay any longer",
        _END,
        needs="stay",
        reasons="goodbye",
    ),
    cue(
        # "goodbye." as the message's first words; goodbye_sentence takes it mid-message.
        "goodbye_first",
        "goodbye|farewell",
        r"(?:(?<=^ goodbye)|(?<=^ farewell))(?= \.)",
        reasons="goodbye",
    ),
    cue(
        # "I wanted to say goodbye to someone before I go": anyone, before going.
        "goodbye_before_i_go",
        "before i go|before im gone",
        # The goodbye looked back at, not a frame: say_goodbye_to_someone holds those words.
        _GOODBYE_BEFORE + r"(?= (?:[.,]|$|and))" + _NOT_MOVING,
        needs="go gone",
        reasons="goodbye",
    ),
    cue(
        # "this is my last weekend." with nothing after it; "... of summer" says of what.
        "my_last_weekend",
        "this is my last|its my last|this will be my last",
        r" (?:weekend|week|day|night|christmas|birthday|summer|sunrise|sunset)" + _END,
        needs="weekend week day night christmas birthday summer sunrise sunset",
        reasons="goodbye",
    ),
    rule(
        # "it's kind of peaceful knowing this is my last weekend": at peace with the end.
        "peaceful_last",
        "peaceful knowing|calm knowing|calming knowing|at peace knowing|comforting knowing",
        r" (?:this is|its|that this is|that its|this will be) my last (?:weekend|week|day|night"
        r"|christmas|birthday|summer)" + _END,
        needs="last",
        level=HIGH,
        context_level=IMMINENT,
        reasons="goodbye",
    ),
    cue(
        # "she doesn't know it's the last time": a last time kept from someone.
        "doesnt_know_last_time",
        "doesnt know its the last time|dont know its the last time|doesnt know it was the last time"
        "|has no idea its the last time|doesnt know this is the last time"
        "|dont know this is the last time|didnt know it was the last time",
        _END_CLAUSE,
        needs="last",
        # Who does not know, in the frame: the last time is the speaker's.
        back=r"(?:she|he|they|my \w+|mum|mom|dad|nobody|no one)",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # "He deserves someone who'll be around. I won't be."
        "someone_wholl_be_around",
        "someone wholl be around|someone who will be around|somebody wholl be around"
        "|someone whos going to be around|someone whos gonna be around|someone wholl be here",
        _END_CLAUSE,
        needs="around here",
        # The one who deserves it in the frame: it is theirs, not the speaker's, to have.
        back=r"(?:(?:he|she|they|it|my \w+) )?(?:deserves|deserve|needs|need)",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # "you won't have to listen to me much longer", "won't be bothering you much longer".
        "wont_have_me_long",
        "listen to me|put up with me|deal with me|hear me moan|read my messages|bothering you"
        "|bugging you|annoying you|bothering anyone|troubling you",
        r" (?:much longer|for much longer|for long|any longer)(?: anyway| anyways)?" + _END_CLAUSE,
        needs="longer long",
        back=r"(?:you wont have to|you will not have to|nobody will have to|no one will have to"
        r"|i wont be|wont be|i will not be|im not going to be)",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # "Nobody needs to come looking."
        "nobody_come_looking",
        "come looking|come looking for me|look for me|go looking for me|search for me",
        _END_CLAUSE,
        needs="looking look search",
        back=r"(?:(?:nobody|no one|noone) (?:needs to|has to|should|need)|dont|please dont"
        r"|no need to)",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # "nobody will have to sort through my stuff": the clearing after, done already.
        "nobody_sorts_my_stuff",
        "sort through my stuff|go through my stuff|sort out my stuff|clean up after me"
        "|deal with my stuff|sort through my things|go through my things",
        _END_CLAUSE + _NOT_MOVING,
        needs="stuff things after",
        back=r"(?:nobody|no one|noone) (?:will|wll|would)? ?(?:have to|need to)",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # "rehomed my rabbits"; not with the reason (a landlord, an allergy, a move).
        "rehomed_pets",
        "rehomed|re homed|rehoming",
        r" (?:my|the|our) (?:cat|dog|cats|dogs|pets?|rabbits?|bunny|bunnies|hamster|bird|birds"
        r"|fish|guinea pigs?|kitten|puppy)(?= )(?!(?: [.,])?(?: [^ .]+){0,8} (?:landlord"
        r"|allergic|allergies|allergy|baby|lease|apartment|new job|moving|move|abroad)(?= ))",
        needs="cat dog cats dogs pet pets rabbit rabbits bunny bunnies hamster bird birds fish pig"
        " pigs kitten puppy",
        reasons="plan",
    ),
    cue(
        # "next time I won't drive back": a trip out with no return.
        "wont_drive_back",
        "wont drive back|wont come back|wont be coming back|wont walk back|wont drive home"
        "|wont be driving back",
        _END_CLAUSE,
        needs="back home",
        back=r"(?:next time|one of these days|one day|this time)(?: ,)?(?: i)?",
        reasons="intent",
    ),
    cue(
        # "driving out to the back paddock with the rope in the ute": not a load tied down.
        "rope_in_vehicle",
        "rope",
        r" in (?:the|my) (?:ute|car|truck|boot|trunk|van|back seat)(?= )"
        r"(?!(?: [^ .]+){0,8} (?:fence|fences|cattle|load|tie|tow|towing|hay|trailer|camping"
        r"|tent|boat|climbing|work)(?= ))",
        needs="ute car truck boot trunk van seat",
        back=r"(?:with|got|have|keep|keeping|kept) (?:the|a)",
        reasons="means",
    ),
]

# Parting words told as final: "goodbye for real", "I won't need to talk to anyone after
# tonight", a letter left for someone, "the kids will be fine". Each is said of ordinary
# partings too, so each is a cue.
_PARTING_SIGNS: Final = [
    cue(
        "goodbye_for_real",
        "goodbye|bye|farewell",
        r" for (?:real|good)(?: this time)?(?= (?:[.,]|$))",
        needs="real good",
        reasons="goodbye",
    ),
    cue(
        "wont_need_after",
        "wont need|will not need|shant need|wont be needing|not gonna need|not going to need",
        r" (?:anything|anyone|anybody|it|them|this|any of (?:it|this|them)|to talk to (?:anyone"
        r"|anybody|you)|my \w+|this app)"
        r" (?:where im going|where i am going|after (?:tonight|today|this week|this weekend)"
        r"|anymore|any more)(?= (?:[.,]|$))",
        needs="wont will shant needing gonna going",
        reasons="goodbye",
    ),
    cue(
        "letter_left_for",
        "left a letter|left a note|left letters|left notes|left a card",
        r"(?: [^ .]+){0,4} for (?:my|the|each of|all of|everyone|him|her|them)(?= )",
        needs="letter note letters notes card",
        reasons="goodbye",
    ),
    cue(
        "theyll_be_fine",
        "the kids|my kids|the children|my children|my family|my wife|my husband|my son"
        "|my daughter|my parents|the boys|the girls",
        r" (?:will be|ll be|are going to be|re going to be|will all be)"
        r" (?:fine|okay|ok|alright|all right|looked after|taken care of)(?= (?:[.,]|$))",
        needs="kids children family wife husband son daughter parents boys girls",
        reasons="goodbye",
    ),
]

FAREWELL_RULES: Final[list[Rule]] = [
    *_PARTING_SIGNS,
    *_FAREWELLS,
    *_HANDED_ON,
    *_ORDINARY_PARTINGS,
    *_LAST_THINGS,
    *_CLOSING_WORDS,
    *_SAID_LAST,
]
