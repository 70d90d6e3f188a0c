"""English rules for death told in other words, and told as one's own.

Each family pairs the veiled words with what makes them mean dying: leaving
"this life" or "living" rather than a place, a euphemism then its literal
reading denied ("checking out. not the hotel kind"), a question about how a
death would feel closed with "asking for me", a parent's or partner's suicide
named before "following him", a dialect or misspelt wish ("mi just waan dead",
"i wan die", "want to dye" with no object). The look-alikes lack that part:
"leaving this life behind for Spain", "dye my hair", "following him on insta".
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import ADV, PILL_NEEDS, PILLS, THOUGHT
from bot.risk.rules import Kind, Rule, cue, imminent, rule

__all__ = ["VEILED_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT

_END = r"(?= (?:\.|$))"
_END_CLAUSE = r"(?= (?:[.,]|$))"
# A thought frame and its joint: "thinking about", "thinking to" (ESL), "think how".
_ABOUT = r"(?: (?:more and more|a lot|lately|again|seriously|really|properly|constantly))*"
_ABOUT += r" (?:about |of |bout |abt |to )?"
# Life itself as what one leaves: not "this life of crime", "life in the city".
_LIFE = (
    r"(?:this world|this life|this earth|life|living|being alive|existence|existing)"
    r"(?! (?:of|in|as|at|for(?! good)|with|behind (?:for|and|to|on))(?= ))"
)
_LEAVE = (
    r"(?:leave|leaving|go away from|going away from|exit|exiting|check out of|checking out of"
    r"|get out of|getting out of|escape|escaping|step off|stepping off)"
)
# Death's words before a question closed as one's own.
_DEATH_ASKED = (
    r"(?:to die (?:from|of|if|by)|kill (?:yourself|urself|ur self|your self)|killing (?:yourself"
    r"|urself)|suicide|overdose|to starve|bleed out|wanting to die|want to die)"
)

_LEAVING_LIFE: Final = [
    rule(
        # "thinking about how to leave this world quietly", "thinking to go away from this
        # life": life as the place left. Not "thinking of leaving this life behind for Spain".
        "thought_leave_life",
        THOUGHT,
        _ABOUT + rf"(?:how (?:to|i could|i would|id) )?{ADV}{_LEAVE} {_LIFE}",
        needs="world life living alive existence existing earth",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        # "I want out. ... Out of being alive.": the want made plain after it.
        "v_want_out_of_life",
        "want out|wanna out|need out",
        r"(?: [^ ]+){0,20}?(?<! not)(?<! never) (?:out of|from) (?:being alive|living|life"
        r"|this life|existence|existing|this world)" + _END_CLAUSE,
        needs="alive living life existence existing world",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "leaving the party early, and I don't mean this one. I mean life."
        "i_mean_life",
        "i mean life|i mean living|i mean from life|i mean from living|i mean this life"
        "|i mean being alive|i mean for good|i mean permanently|i mean the world",
        _END,
        needs="life living alive good permanently world",
        back=r"(?:leave|leaving|left|go|going|checking out|check out|exit|exiting|out|quit"
        r"|quitting|done)(?: [^ ]+){0,12}? \.",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "I've decided I'm checking out. Not the hotel kind.": the errand denied.
        "checking_out_not_hotel",
        "checking out|check out|clocking out|logging off|signing off|bowing out",
        r"(?: [^ .]+){0,3}? [.,] (?:and )?(?:not (?:the|like the|from the|of the) (?:hotel"
        r"|shop|store|supermarket|library|work|job|office)(?: kind| way| sense)?|not from (?:work"
        r"|the hotel|the job))" + _END_CLAUSE,
        needs="hotel shop store supermarket library work job office",
        level=HIGH,
        reasons="ideation intent",
    ),
    rule(
        # "thinking seriously about not continuing", "thinking of not waking up":
        # not going on, at the end of its clause ("not continuing the course" is a course).
        "thought_not_continuing",
        THOUGHT,
        _ABOUT + rf"{ADV}not (?:being here|existing|being around|waking up)" + _END_CLAUSE,
        needs="here existing around waking",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # Not going on, with what is endured named in the message: "a 9 for eleven years.
        # I've started seriously thinking about not continuing". Not a course or a show.
        "thought_not_going_on",
        THOUGHT,
        _ABOUT + rf"{ADV}not (?:continuing|carrying on|going on)" + _END_CLAUSE,
        needs="pain life living alive tired suffering hurt hurting exhausted",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "asking the Lord to take me, and ... thinking of not waiting for Him"
        "not_waiting_for_god",
        "not waiting for him|not waiting on him|not waiting for god|not waiting on god"
        "|not waiting for the lord|not waiting for his time|not waiting for gods time",
        _END_CLAUSE,
        needs="waiting",
        back=r"(?:lord|god|jesus|heaven)(?: [^ ]+){0,10} (?:thinking|think|thought|considering)"
        r"(?: about| of)?",
        level=HIGH,
        reasons="ideation",
    ),
]

_EUPHEMISMS: Final = [
    rule(
        # "The long sleep is looking really good": death as a rest, wished for.
        "long_sleep_good",
        "the long sleep|the big sleep|the eternal sleep|eternal sleep|permanent sleep"
        "|the endless sleep|eternal rest|a permanent nap|a permanent vacation",
        r" (?:is |has been |keeps )?(?:looking|looks|sounds|seeming|seems) (?:\w+ )?(?:good"
        r"|nice|tempting|appealing|inviting|peaceful|better)",
        needs="sleep rest nap vacation",
        level=CONCERN,
        reasons="passive_wish",
    ),
    cue(
        # "Gonna be a permanent vacation soon": said of retiring too, so a cue.
        "permanent_vacation_soon",
        "permanent vacation|permanent holiday|permanent nap|long sleep|big sleep|eternal sleep",
        r" (?:soon|tonight|tomorrow|this week|this weekend|before long)",
        needs="soon tonight tomorrow week weekend long",
        reasons="goodbye timeline",
    ),
    cue(
        # "Just need to sort some stuff first.": loose ends before it, as "affairs in order".
        "sort_stuff_first",
        "sort|sort out|tie up|finish|settle",
        r" (?:some|a few|a couple|the last|my|the)(?: of)? (?:stuff|things|loose ends|bits"
        r"|affairs)(?: out)? first" + _END_CLAUSE,
        needs="first",
        back=r"(?:need to|have to|gotta|got to|just need to|just have to)",
        reasons="plan",
    ),
    rule(
        # A plain death wish in a means emoji: "tonight i end it 🪢".
        "end_it_emoji",
        "i end it|i end this|i end everything|i end things|im ending it|ending it",
        r" emoji(?:rope|knife|razor|pill|gun|coffin)",
        needs="emojirope emojiknife emojirazor emojipill emojigun emojicoffin",
        level=HIGH,
        reasons="ideation intent method",
    ),
    cue(
        # "tonight i end it." alone: a break-up's words too, until concern is shown.
        "v_time_i_end_it",
        "i end it|i end this|i end everything|i end things",
        _END_CLAUSE,
        needs="end",
        back=r"(?:tonight|today|tomorrow|this weekend|on (?:monday|tuesday|wednesday|thursday"
        r"|friday|saturday|sunday))",
        reasons="intent timeline",
    ),
    rule(
        # "I don't plan on being around for Christmas.": no day out named.
        "v_not_around_for",
        "plan on being around|planning on being around|plan to be around|intend to be around"
        "|expect to be around|planning to be around|plan on being here|plan to be here",
        r" (?:for|at|by|on) (?:christmas|xmas|easter|new year|new years|my birthday|\w+s birthday"
        r"|the new year|next year|next month|next week|the summer|the holidays)" + _END,
        needs="christmas xmas easter new year years birthday next summer holidays",
        back=r"(?:dont|do not|not|im not|am not|no)",
        level=HIGH,
        context_level=IMMINENT,
        reasons="goodbye timeline",
    ),
]

_DIALECT: Final = [
    rule(
        # Jamaican and Nigerian Pidgin wishes: "mi just waan dead", "I wan die abeg".
        "dialect_want_die",
        "waan|wan|wah|waa|wanna",
        r" (?:(?:fi|to) )?(?:dead|die|dead off|go dead)"
        r"(?! (?:laugh|tired|serious|sure|right|on)(?= ))",
        needs="dead die",
        back=r"(?:i|mi|me|ah|a)(?: just| jus| only| really| truly)?",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        # "i just want to dye im so done": "dye" with no dye, nothing to colour after it.
        "want_dye",
        "want to dye|wanna dye|wish i could dye|want to just dye",
        r"(?= (?:\.|,|$|im|i|so|because|cause|cuz|bc|already|tbh|honestly|fr|rn|inside)(?= |$))"
        # "wanna dye. not my hair lol. my beard tho": the dye's object named after all.
        r"(?!(?: [^ ]+){0,5} (?:hair|beard|roots|fringe|bangs|tips|eyebrows|shirt|jeans|clothes"
        r"|wool|fabric|eggs|pink|blue|red|purple|green|black|blonde|colour|color)(?= ))",
        needs="dye",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
    rule(
        # Jamaican "tek mi own life", as "take my own life".
        "dialect_take_life",
        "tek mi own life|tek me own life|tek my own life|tek mi life|tek me life|take mi own life",
        _END_CLAUSE + r"|(?= (?:every|all|some|and|cause|because|tonight|now))",
        needs="tek take",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "If it wasn't for my little sister I'd have done myself in already": the one reason
        # left named, the act counterfactual only because of it.
        "only_reason_still_here",
        "id have|i would have|id of|i wouldve|id already have|i would already have",
        r"(?: already)? (?:done myself in|killed myself|ended it|ended my life|topped myself"
        r"|taken my (?:own )?life|been gone|gone through with it)",
        needs="myself ended taken gone",
        back=r"(?:if it wasnt for|if it werent for|if not for|if it wasnt for|were it not for"
        r"|if i didnt have|without)(?: [^ ]+){1,4}(?: [,.])?",
        level=HIGH,
        reasons="ideation",
    ),
]

_SLANG: Final = [
    rule(
        # "ngl im sui today", "thinking about sui again": "sui" for suicide or suicidal.
        "sui_slang",
        "im sui|i am sui|feeling sui|feel sui|so sui|kinda sui|been sui|getting sui|sui again"
        "|about sui|of sui|sui thoughts|sui urges|sui mood|sui vibes",
        r"(?! (?:generis|juris|gen|dhaaga|dhaga)(?= ))",
        needs="sui",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
        timed=False,
    ),
    rule(
        # "I'm kinda in a sewerslide mood": the slang as one's state, not a meme's.
        "slang_mood",
        "sewerslide|sewer slide|unalive|unaliving|kms|suicidal",
        r" (?:mood|vibes|mode|thoughts|urges|feelings)(?! (?:lol|lmao|emojiskull|emojilaugh)(?= ))",
        needs="mood vibes mode thoughts urges feelings",
        back=r"(?:im|i am|i feel|im feeling|feeling|been|having)(?: (?:kinda|kind of|so|very"
        r"|really|super|lowkey|in|a|an|such|some|those|these|the))*",
        level=HIGH,
        reasons="ideation slang",
        timed=False,
    ),
    rule(
        # Slang, then said in earnest: "Feeling very unalive-y today. Not in a funny way.",
        # "i keep telling myself to kys and i think i actually mean it now".
        "v_slang_in_earnest",
        "unalive|unaliving|sewerslide|sewer slide|kms|kys|sui",
        r"(?: [^ .]+){0,8}? (?:\. |, |and )?(?:(?:and )?not in a funny way|not (?:as )?a joke"
        r"|not joking|im not joking|no joke|(?:i )?(?:think )?i (?:actually |really |genuinely )?"
        r"mean it(?: now| this time)?)" + _END_CLAUSE,
        needs="funny joke joking mean",
        back=r"(?:im|i am|i feel|feeling|to|telling myself to|want to|wanna|gonna|going to)"
        r"(?: (?:very|so|kinda|really|just|lowkey|super))*",
        level=HIGH,
        reasons="ideation slang",
        timed=False,
    ),
    rule(
        # "s/h urges back", "sh urges are back": self-harm urges in their abbreviation.
        "sh_urges",
        "s h urges|sh urges|s h thoughts|s h urge|sh urge",
        r"(?: (?:are|r|is|came|coming))? (?:back|again|bad|strong|so bad|returning)",
        needs="urges urge thoughts",
        level=HIGH,
        reasons="self_harm",
    ),
]

_ASKED: Final = [
    rule(
        # "how long does it take to die from not eating? asking for me": a death's question
        # closed as one's own ("asking for a friend" turned round).
        "asking_for_me",
        "asking for me|asking for myself|asking for my self|not asking for a friend",
        _END_CLAUSE,
        needs="asking",
        back=rf"{_DEATH_ASKED}(?: [^ ]+){{0,8}}? \.",
        level=HIGH,
        reasons="ideation",
        personal=False,
    ),
    rule(
        # "is it normal to think about killing yourself ... because that's where I am"
        "thats_where_i_am",
        "thats where i am|thats where im at|thats me|because i do|cause i do|cos i do"
        "|because i am|asking because i do",
        _END_CLAUSE,
        needs="where me do am",
        back=rf"{_DEATH_ASKED}(?: [^ ]+){{0,10}}? [.,](?: because| cause| cos| bc)?",
        level=HIGH,
        reasons="ideation",
        personal=False,
    ),
    rule(
        # "If I jumped from the multistorey would it be quick?": a death's feel asked of
        # one's own act. Not "if I jumped on the bus would it be quicker".
        "if_i_would_it_be_quick",
        "if i jumped|if i jump|if i drowned|if i overdosed|if i od|if i did it|if i hanged"
        "|if i took them all|if i took all",
        r"(?: (?:off|from)(?: [^ .]+){1,4})?(?: [^ .]+){0,3}? (?:would it|will it|would i|does it)"
        r" (?:be quick|be painless|hurt|be instant|be fast|feel like anything|take long)"
        + _END_CLAUSE,
        needs="quick painless hurt instant fast anything long",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "Does it hurt, drowning? I keep thinking about the river behind the house."
        "pain_question_then_place",
        "does it hurt|would it hurt|is it painful|is it quick|does drowning hurt"
        "|would drowning hurt",
        r"(?: , (?:drowning|hanging|jumping|overdosing|bleeding out|falling))?"
        r" \. i (?:keep|cant stop|ve been|have been|been|always) (?:thinking|dreaming) about"
        r" (?:the|that) (?:river|lake|sea|bridge|water|tracks|railway|cliff|cliffs|canal|quarry"
        r"|rope|pills|reservoir|edge)(?: (?:behind|near|by|at|down|under|outside|next to|in|on)"
        r"(?: [^ .]+){1,4})?" + _END_CLAUSE,
        needs="river lake sea bridge water tracks railway cliff cliffs canal quarry rope pills"
        " reservoir edge",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "how long would it take for anyone to find me if i did it tonight"
        "find_me_if_i_did_it",
        "find me|find my body|find my corpse",
        r" (?:if|when|after|once) i (?:did it|do it|went through with it|go through with it"
        r"|ended it|end it|was gone)(?= (?:[.,]|$|tonight|today|tomorrow|now|this|and|i))",
        needs="did do went go ended end gone",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "How many of my pills would it take?": a lethal amount of one's own asked.
        "how_many_my_pills",
        "how many",
        rf" (?:of )?(?:my|these|the) {PILLS} (?:would it take|would kill me|would do it"
        r"|does it take|to take)" + _END_CLAUSE,
        needs=PILL_NEEDS,
        level=HIGH,
        reasons="ideation method",
    ),
    cue(
        # "I've got them here." after a thought of pills: means at hand.
        "got_them_here",
        "got them here|have them here|got them right here|have them right here",
        _END_CLAUSE,
        needs="here",
        back=r"(?:ive|i have|i|i already|ive already)",
        reasons="means",
    ),
]

_PICTURED: Final = [
    rule(
        # "I think about walking out in front of it" with a train named.
        "thought_in_front_of",
        THOUGHT,
        _ABOUT
        + rf"{ADV}(?:(?:walking|running) out|stepping(?: out)?|jumping|lying down) in front of"
        r" (?:it|one|(?:a|the|an|that|an oncoming|the next) (?:\w+ )?(?:train|bus|lorry|truck|car"
        r"|tram|tractor)(?: (?:on|by|near|when|as|that)(?: [^ .,]+){1,5})?)" + _END_CLAUSE,
        needs="train bus lorry truck car tram tractor traffic",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "think how easy it would be to just not take the bend"
        "easy_not_take_bend",
        "how easy it would be|how easy itd be|how easy it is",
        r" to (?:just )?(?:not take the (?:bend|corner|turn)|not turn the wheel|not brake"
        r"|keep going straight|let go of the wheel|drive (?:off the road|into (?:a|the|that|an)"
        r" (?:tree|wall|river|lorry|truck|bridge|barrier)))",
        needs="bend corner turn wheel brake straight tree wall river lorry truck bridge barrier",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "I understand now why people jump. I think about it every time ...": the
        # act understood, then thought of for oneself.
        "understand_why_think_about_it",
        "understand why|understand now why|get why",
        r" (?:people|someone|they|he|she|my \w+|men|women|vets) (?:jump|kill themselves"
        r"|killed (?:him|her)self|end it|ended it|take their own lives)"
        r" [.,] (?:and )?i (?:think about (?:it|doing it|that|following)"
        r"|keep thinking about (?:it|doing it|that)|get it now)",
        needs="think thinking",
        level=HIGH,
        reasons="ideation",
        timed=False,
    ),
    rule(
        # "My dad did it when I was nine ... I think about following him."
        "thought_following",
        THOUGHT,
        _ABOUT + r"following (?:him|her|them|my \w+|in (?:his|her|their) footsteps)" + _END_CLAUSE,
        # The death named in the message, by its words or by "understand why".
        needs="himself herself suicide hanged overdosed why",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "I'll take the same road my wife took last spring, only I'd choose the day myself"
        "same_road_chosen_day",
        "choose the day myself|pick the day myself|choose my own day|pick my own day"
        "|choose the day|pick the day",
        _END_CLAUSE,
        needs="choose pick",
        # The road dated, as a death is ("took last spring"), not a destination.
        back=r"same (?:road|way|path|route)(?: as)? (?:my|our|his|her) \w+(?: \w+)? (?:took|went"
        r"|did|chose)(?: (?:last|this|that) \w+| \w+ (?:years|months|weeks) ago| in \d+)?"
        r"(?: [,.])? (?:only|but|except)(?: id| i would| ill| i will| i)?",
        level=HIGH,
        reasons="ideation plan",
    ),
    rule(
        # "Some days I actively want it." after "I don't even fear death anymore".
        "fear_death_want_it",
        "actively want it|actually want it|really want it|want it|crave it|wants it",
        _END_CLAUSE,
        needs="want crave wants actively actually really",
        back=r"(?:fear|scared of|afraid of) (?:death|dying)(?: anymore)?(?: [.,])?"
        r"(?: [^ .]+){0,4}(?<! dont)(?<! not)(?<! never)(?<! didnt)(?<! would)",
        level=HIGH,
        reasons="ideation",
        personal=False,
    ),
    rule(
        # "thinking about making it happen" after a wish to be gone: the wish acted on.
        "thought_making_it_happen",
        THOUGHT,
        _ABOUT + r"(?:making it happen|making that happen|making it be over|making it (?:all )?"
        r"end|how to get there|how to make it happen|how to do it|how i would do it"
        r"|how id do it|ways to do it|acting on it)" + _END_CLAUSE,
        needs="happen over end there do it",
        context_level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "they'd rather have a dead son ... I could give them what they want"
        "give_them_their_wish",
        "give them what they want|give them their wish|grant their wish|give them that"
        "|give her what she wants|give him what he wants",
        _END_CLAUSE,
        needs="dead",
        back=r"(?:i could|i should|i might|maybe i should|id|ill|i will|to)",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # A baby better with another mother, then "I should end it".
        "better_with_another",
        "better with|better off with|happier with",
        r" a (?:mum|mom|mother|dad|father|parent|wife|husband|partner) (?:who isnt me"
        r"|that isnt me|other than me|who is not me|who wasnt me)",
        needs="isnt other not wasnt",
        level=CONCERN,
        reasons="burden",
        personal=False,
    ),
    rule(
        # "... and that I should end it": after concern, an act, not a relationship.
        "should_end_it",
        "should end it|should just end it|should end it all|should end things",
        _END_CLAUSE,
        needs="end",
        context_level=HIGH,
        reasons="ideation",
    ),
]

_PLAYED_DOWN: Final = [
    rule(
        # "Burnt the Sunday roast ... Someone put me out of my misery": a kitchen's groan.
        "misery_meal_ruined",
        "put me out of my misery|put me out of this misery",
        needs="burnt burned ruined dropped overcooked undercooked",
        back=r"(?:roast|dinner|turkey|lunch|cake|bread|rice|pasta|gravy|pie|chicken|lasagne|lasagna"
        r"|pudding|stew|curry|meal)(?: [^ ]+){0,12}? (?:someone|somebody|pls|please|just)?",
        kind=Kind.IDIOM,
        level=CONCERN,
        context_level=HIGH,
        reasons="slang joking",
        jokable=True,
    ),
]

VEILED_RULES: Final[list[Rule]] = [
    *_LEAVING_LIFE,
    *_EUPHEMISMS,
    *_DIALECT,
    *_SLANG,
    *_ASKED,
    *_PICTURED,
    *_PLAYED_DOWN,
    imminent(
        # "I've decided I'm checking out. Not the hotel kind.": a decision, then the leaving.
        "decided_checking_out",
        "checking out|clocking out|bowing out|logging off for good",
        r" [.,] not the (?:hotel|shop|store|supermarket|work|job)(?: kind| way| sense)?"
        + _END_CLAUSE,
        needs="hotel shop store supermarket work job",
        back=r"(?:decided|made up my mind)(?: that)? (?:im|i am|ill be|i will be)",
        reasons="intent",
    ),
]
