"""English rules for plans, means and goodbyes: what raises risk to ``imminent``.

Some are imminent on their own ("I wrote my suicide note", "the rope is
ready"). Others mean little alone and are cues: "I have a plan", "goodbye
everyone", "I have the pills" become imminent once the person has shown
concern or more, or when two of them come together.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import ADV, ANY_SELF, GUNS, PILL_NEEDS, PILL_WORDS, PILLS, QUANTITY, SELF
from bot.risk.rules import Rule, Tense, cue, imminent, rule

__all__ = ["EVENT_RULES"]

HIGH, IMMINENT = RiskLevel.HIGH, RiskLevel.IMMINENT

_ACT = (
    f"(?:kill {ANY_SELF}|killing {ANY_SELF}|die|dying|end it|ending it|end things|end my life"
    f"|ending my life|do it|overdose|overdosing|od|kms|unalive|hang {SELF}|jump|jumping"
    "|never wake up|not wake up|go through with it)"
)


_PLANS: Final = [
    imminent(
        "plan_act",
        "plan|plans|planning|planned|planing",
        r" (?:to|for|on|on how to|of how to|how to|out how to|out how) "
        f"{ADV}{_ACT}",
        reasons="ideation plan",
    ),
    imminent("suicide_plan", "suicide", " plan", needs="plan", reasons="ideation plan"),
    cue(
        "have_plan",
        "plan",
        r"(?= (?:[.,]|now|already|ready|and|for (?:it|this|tonight|tomorrow|how|when|the weekend"
        r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|$))",
        back=r"(?:have|has|got|made|ve got|ve made|s got|came up with|worked out|figured out"
        r"|already have|already has) (?:a|my|the|her|his|their)",
        reasons="plan",
    ),
    cue(
        "planned_it",
        "planned|plotted|prepared",
        r" (?:it all|everything|it|it out|the (?:date|day|time|place))"
        r"(?= (?:[.,]|$|out|already))",
        reasons="plan",
    ),
    cue(
        "picked_date",
        "picked|chose|chosen|set|decided on|found",
        r" (?:a|the) (?:date|day|time|place|spot|bridge|building|cliff|tree|method)"
        r"(?= (?:[.,]|$|for it|already))",
        needs="date place spot bridge building cliff tree method",
        reasons="plan",
    ),
    cue(
        "do_it",
        "do it|doing it|go through with it|end it|take them all|take all of them|swallow them"
        "|taking them all|taking all of them",
        r"(?= (?:[.,]|tonight|today|tomorrow|now|soon|this|when|after|before|$))",
        back=r"ill|i will|im going to|im gonna|gonna|going to|im|how (?:ill|im going to|to)"
        r"|when (?:ill|im going to)|(?:ill|im going to|gonna) (?:finally|really|actually)",
        reasons="intent",
    ),
    cue(
        # Wanting or weighing it, with a time: "I want to do it tonight".
        "do_it_when",
        "do it|doing it",
        r"(?: (?:on )?(?:the )?(?:tonight|today|tomorrow|this|next|soon|sunday|monday|tuesday"
        r"|wednesday|thursday|friday|saturday|weekend))(?= )",
        back=r"i (?:want to|wanna|need to)|thinking (?:of|about)|planning on",
        reasons="intent",
    ),
    cue(
        # Asking for a reason not to act; means little alone ("tell me why I
        # shouldn't get a cat"), a lot next to hopelessness or a list of means.
        "reason_not_to",
        "tell me why i shouldnt|give me a reason not to|give me one reason not to"
        "|one good reason not to|why shouldnt i just",
        r"(?= )",
        reasons="intent",
    ),
    cue(
        "decided",
        "decided|made up my mind|made my decision",
        r"(?= (?:[.,]|$))",
        reasons="intent",
    ),
    cue(
        "its_time",
        "time",
        r"(?= (?:[.,]|$))",
        back=r"(?:its|it is)(?: finally)?",
        reasons="intent",
    ),
    cue("ready", "ready", r"(?= (?:[.,]|now|$))", back=r"im(?: finally)?", reasons="intent"),
    cue(
        "it_ends",
        "ends|end|ending",
        r" (?:tonight|today|now|soon|here)",
        back=r"(?:this|it)(?: will| all| is)?",
        reasons="intent",
    ),
    cue("no_turning_back", "turning back", back="no(?: more)?", reasons="intent"),
]

# After pills picked up or sorted: a pharmacy run or a weekly organizer, not a stash.
_ROUTINE = (
    r"(?! (?:from|at)(?= )| for (?:the|this|next|a) (?:week|month|day|morning|night|trip)(?= )"
    r"| in (?:my|the|a) (?:organizer|pill box|pillbox|pill organizer)(?= ))"
)

_MEANS: Final = [
    imminent(
        "enough_to_die",
        "enough",
        f" {PILLS} (?:to|for) {ADV}(?:kill (?:me|{SELF})|die|end it|do it|overdose|od"
        r"|never wake up|not wake up)",
        reasons="means method",
    ),
    imminent(
        "noose",
        "noose",
        back=r"(?:tied|tie|tying|made|make|making|bought|got|have|set up|setting up|hung"
        r"|hanging up)(?: a| the| my)?",
        reasons="means method",
    ),
    imminent(
        "rope_ready",
        "noose|rope",
        " is (?:ready|tied|up|set up|hanging)",
        reasons="means method",
    ),
    # Saving pills up is preparation, which the protocol rates imminent.
    imminent(
        "hoarding_pills",
        "stockpiling|stockpiled|stockpile|hoarding|hoarded|hoard|saving up|been saving|saved up"
        "|stashing|stashed",
        f" (?:up )?(?:my |the |his |her |their |all my |some |enough |a lot of |\\d+ )?{PILLS}",
        needs=PILL_NEEDS,
        reasons="means plan",
    ),
    rule(
        "collecting_pills",
        "collecting|collected|gathering|gathered",
        f" (?:up )?(?:my |the |all my |some |enough |a lot of |\\d+ )?{PILLS}{_ROUTINE}",
        needs=PILL_NEEDS,
        level=HIGH,
        reasons="means",
    ),
    rule(
        "pills_ready",
        PILL_WORDS,
        r" (?:are |is )?(?:counted out|counted|lined up|laid out|set out|sorted out|ready)"
        r"(?= )",
        needs="counted lined laid set sorted ready",
        level=HIGH,
        reasons="means",
    ),
    rule(
        "counted_pills",
        "counted|counting|lined up|laid out|laying out|set out",
        f" (?:out |up )?(?:the |my |all my |all the |all of my |\\d+ )?{PILLS}{_ROUTINE}",
        needs=PILL_NEEDS,
        level=HIGH,
        reasons="means",
    ),
    rule(
        "loaded_gun",
        "loaded|gun|pistol|rifle",
        r"(?: (?:the|my|a|dads|my dads) (?:gun|pistol|rifle)| is loaded)",
        needs="loaded",
        level=HIGH,
        reasons="means",
    ),
    cue(
        "have_pills",
        PILL_WORDS,
        back=f"(?:have|got|bought|ordered|grabbed|found) {QUANTITY}(?: of)?(?: my| the| these"
        r"| those)?(?: \w+)?",
        reasons="means",
    ),
    cue(
        "have_the_pills",
        PILL_WORDS,
        back=r"(?:have|got|bought|grabbed|found|already have) (?:the|my)",
        reasons="means",
    ),
    cue(
        "have_weapon",
        f"rope|noose|{GUNS}|firearm|9mm|glock|razor blades"
        "|blades|bullets|sodium nitrite|nitrite|poison|cyanide",
        back=r"(?:have|got|bought|ordered|grabbed|found|picking up|pick up|buying|buy|getting"
        r"|saving up for|saving for|looking for|searching for|purchased|purchasing|afford)"
        r"(?: a| some| the| myself a| my)?(?: \w+){0,2}",
        reasons="means",
    ),
    cue(
        "nice_knowing",
        "knowing",
        " (?:you|ya|u|yall|everyone|all of you)",
        back="nice|good|great|an honor|a pleasure",
        reasons="goodbye",
    ),
    cue(
        # "If only I had the courage." with nothing after: the act goes unsaid.
        "lacks_courage",
        "courage|guts|balls|nerve",
        r"(?= (?:[.,]|$))",
        back="(?:if only i|i wish i|wish i) had the",
        reasons="intent",
    ),
    cue(
        "not_talked_out",
        "talked out of it",
        back="(?:dont want to|refuse to|wont|not going to|cant) be",
        reasons="intent",
    ),
    imminent(
        "minutes_from",
        "minutes|minute|hours|seconds|moments",
        r" (?:away )?from (?:ending it|ending my life|killing myself|doing it|pulling the trigger"
        r"|jumping|taking the pills)",
        needs="ending killing doing pulling jumping taking",
        reasons="ideation timeline",
    ),
    cue(
        "the_night",
        "tonights the night|tonight is the night|tonight might be the night|tonight could be the"
        " night|tonight will be the night|tonight may be the night|tonight is gonna be the night"
        "|tonight is going to be the night|todays the day|today is the day",
        needs="night day",
        reasons="timeline",
    ),
    cue(
        "final_goodbye",
        "goodbye",
        r" (?:message|messages|note|notes|text|texts|letter|letters|post|video)",
        needs="goodbye",
        back="final|last",
        reasons="goodbye",
    ),
    cue(
        "access_to",
        "access to",
        r" (?:a gun|guns|pills|a firearm|firearms|my \w+ gun|his gun|weapons|knives|a knife"
        r"|a rope|rope)",
        reasons="means",
    ),
]

_OWNED = (
    r"(?:all |most )?(?:of )?(?:my|his|her|their) (?:stuff|things|belongings|possessions|clothes"
    r"|games|books|pets?|cat|dog|guitar|collection)"
)

_GOODBYES: Final = [
    imminent("this_is_goodbye", "goodbye", back="this is(?: my)?", reasons="goodbye"),
    imminent(
        "goodbye_forever",
        "goodbye|bye|farewell",
        # Not "goodbye forever calc": a farewell to something named is not one to life.
        r" (?:forever(?= (?:[.,]|$|and|everyone|i|im|emoji\w+|bye|goodbye|my|its|this))"
        r"|(?:cruel )?world)",
        needs="forever world",
        reasons="goodbye",
    ),
    imminent(
        "by_the_time",
        "by the time",
        r" (?:you|anyone|someone|they|u) (?:read|reads|see|sees|find|finds|get|gets) this",
        reasons="goodbye",
    ),
    imminent(
        "last_words",
        "last|final",
        r" (?:message|post|words|goodbye|note|text|tweet|letter)",
        needs="message post words goodbye note text tweet letter",
        back=r"(?:this is|this will be|these are|here are) my",
        reasons="goodbye",
    ),
    imminent(
        "wont_be_here",
        "here|alive|around",
        r" (?:tomorrow|in the morning|by (?:the )?morning|to see (?:tomorrow|the morning"
        r"|another day|the sunrise)|after (?:tonight|today))",
        needs="tomorrow morning see after",
        back="(?:wont|will not) be",
        reasons="goodbye",
    ),
    imminent(
        "saying_goodbye",
        "saying",
        r" (?:my )?goodbyes?(?= (?:[.,]|$|to (?:everyone|you|all|the world)))",
        needs="goodbye goodbyes",
        back="im",
        reasons="goodbye",
    ),
    imminent(
        "my_note",
        "suicide|goodbye|farewell",
        " (?:note|letter|letters|notes|video|message)",
        back="my",
        reasons="goodbye",
    ),
    imminent(
        "kept_note",
        "suicide note|goodbye note|suicide letter|goodbye letter",
        # "havent deleted" first: the frame then holds the "havent", which is no denial.
        back=r"(?:havent deleted|never deleted|wrote|written|writing|deleted|keep|kept|saved|have"
        r"|finished|drafted|drafting|left|typing|typed|typing up|typed up|working on|started"
        r"|gave|give|giving|hid)"
        r"(?: up)?(?: the| a| my)?",
        reasons="goodbye",
    ),
    imminent(
        "wrote_note",
        "wrote|written|finished|drafted|left",
        " (?:a|my|the|some) (?:suicide|goodbye|farewell) (?:note|letter|letters|notes)",
        needs="suicide goodbye farewell",
        reasons="goodbye",
    ),
    imminent(
        "last_day_alive",
        "last|final",
        r" (?:day|night|days|hours|breath|sunrise|sunset) (?:on (?:this )?earth|alive|of my life"
        r"|on this planet|in this world)",
        needs="earth alive life planet world",
        back="my",
        reasons="goodbye timeline",
    ),
    cue(
        "my_last_day",
        "last|final",
        r" (?:day|night)(?= (?:[.,]|$))",
        needs="day night",
        back=r"(?:today|tonight|this|it) (?:is|will be|might be|could be|may be) my",
        reasons="goodbye timeline",
    ),
    imminent(
        "dead_by",
        "dead",
        r" by (?:the end of )?(?:tonight|the night|tomorrow|morning|the morning|sunrise"
        r"|midnight|the weekend|the end of the day)"
        r"(?! (?:if|from|of|lol|lmao|haha|emojilaugh|emojiskull)(?= ))",  # "... if this flu ..."
        needs="tonight night tomorrow morning sunrise midnight weekend day",
        back=r"(?:ill|i will|im going to|ill already|i will already)(?: be)",
        reasons="goodbye timeline",
    ),
    cue(
        "gone_by",
        "gone|dead",
        r" by (?:the end of )?(?:tonight|the night|tomorrow|morning|the morning|sunrise"
        r"|midnight|the weekend|the end of the day)",
        needs="tonight night tomorrow morning sunrise midnight weekend day",
        back=r"(?:be|ill be|i will be|im going to be|gonna be)",
        reasons="goodbye timeline",
    ),
    cue(
        "not_coming_back",
        "coming back|come back|returning",
        r"(?= (?:[.,]|$|from this|this time|home))",
        back=r"(?:not (?:planning|going|intending) (?:on|to)|dont plan (?:on|to)|wont be"
        r"|never)",
        reasons="goodbye",
    ),
    rule(
        "find_my_body",
        "find|finds|found|discover|discovers",
        r" my (?:dead |lifeless )?(?:body|corpse)(?! (?:board|wash|lotion|spray|butter|pillow|suit"
        r"|weight|fat|hair|type|shape|image|language|clock|count|parts?|temperature)(?= ))",
        needs="body corpse",
        back=r"(?:will|would|wont|have to|has to|going to|gonna|dont want (?:\w+ ){1,3}to|who"
        r"|someone|somebody|nobody|no one)",
        level=HIGH,
        reasons="plan",
        context_level=IMMINENT,
    ),
    rule(
        "beyond_resuscitation",
        "resuscitate|revive",
        " me",
        back=r"(?:no one|nobody|noone|they|anyone) (?:can|could|will|would|cant|wont)"
        r"(?: be able to)?",
        level=HIGH,
        reasons="method",
    ),
    cue(
        "said_goodbyes",
        "said|say|saying",
        r" my goodbyes(?= (?:[.,]|$|to (?:everyone|you|all|the world|my)))",
        needs="goodbyes",
        back=r"(?:ive|i have|i|ive already|i already|i just|ive just)",
        reasons="goodbye",
    ),
    cue(
        "other_side",
        "see",
        r" (?:you|ya|u|yall|you all|everyone) on the other side",
        needs="side",
        reasons="goodbye",
    ),
    cue(
        "set_a_date",
        "set|picked|chose|chosen",
        r" (?:a|the) date(?= (?:[.,]|$|for it|to do it))",
        needs="date",
        back=r"(?:i|ive|i have|i finally|ive finally)",
        reasons="plan timeline",
    ),
    cue(
        "goodbye_all",
        "goodbye|bye|farewell",
        r" (?:everyone|everybody|all|guys|friends|yall|all of you|my friends)",
        reasons="goodbye",
    ),
    cue(
        "thanks_for_everything",
        "thank you|thanks|thank u|sorry",
        r" for everything(?= (?:[.,]|$|youve|you have))",
        needs="everything",
        reasons="goodbye",
    ),
    cue(
        "tell_them",
        "tell",
        r" (?:my|them|everyone|her|him) (?:mom |mum |dad |family |parents |friends |sister "
        r"|brother )?(?:that )?(?:i love|i loved|im sorry)",
        reasons="goodbye",
    ),
    cue(
        "wont_worry",
        "worry about|deal with|hear from|be bothered by",
        r" me (?:anymore|again|ever again|much longer|for much longer|for long)",
        needs="worry deal hear bothered",
        back=r"(?:you|u|they) (?:wont|will never)(?: have to| need to)?",
        reasons="goodbye",
    ),
    cue(
        "take_care_of",
        "take care of|please take care of",
        r" my (?:cat|dog|kids|family|mom|mum|pets)(?= (?:[.,]|$|for me|when))",
        needs="cat dog kids family mom mum pets",
        reasons="goodbye",
    ),
    cue(
        "wont_be_a_burden",
        "problem|burden|bother|nuisance",
        " (?:much longer|for much longer|for long|anymore|soon)",
        needs="longer long anymore soon",
        back=r"(?:wont|will not|not going to|im not going to) be (?:a|your|anyones|everyones)",
        reasons="goodbye",
    ),
    cue(
        "over_soon",
        "over",
        " soon",
        needs="soon",
        back=r"(?:itll|it will|this will|itll all|it will all|this will all) be",
        reasons="goodbye",
    ),
    cue(
        # Giving away what one owns, a warning sign of its own; "away" either side.
        "giving_away",
        "gave|giving|given",
        f"(?: away {_OWNED}| {_OWNED} away)",
        needs="stuff things belongings possessions clothes games books pet pets cat dog guitar "
        "collection",
        reasons="plan",
    ),
    cue(
        "made_will",
        "will",
        r"(?= (?:[.,]|$|and|so|just in case))",
        needs="made wrote written updated finished signed drew",
        back=r"(?:made|wrote|written|updated|finished|signed|made out|drew up) (?:my|a)",
        reasons="plan",
    ),
    cue(
        "letters_to",
        "letters|letter|notes",
        r" (?:to|for) (?:everyone|all|my (?:family|kids|children|parents|mom|mum|dad|wife|husband"
        r"|partner|friends|sisters?|brothers?)|the people i love|everyone i love)",
        needs="everyone all family kids children parents mom mum dad wife husband partner friends "
        "sister sisters brother brothers people",
        back=r"(?:wrote|written|writing|write|left|leaving|leave)(?: some| a few| my| goodbye)?",
        reasons="goodbye",
    ),
    cue(
        # "letters for my mom and sister": the same, with the person named after "for my".
        "letters_for",
        "letters|letter|notes",
        r" for my (?:\w+ )?(?:mom|mum|dad|sisters?|brothers?|kids|wife|husband|sons?"
        r"|daughters?|parents|family|friends|partner|girlfriend|boyfriend)",
        needs="mom mum dad sister sisters brother brothers kids wife husband son sons daughter "
        "daughters parents family friends partner girlfriend boyfriend",
        back=r"(?:wrote|written|writing|left|leaving)(?: some| a few| my| goodbye)?",
        reasons="goodbye",
    ),
    cue(
        "gone_soon",
        "gone|dead",
        " soon",
        back=r"(?:ill|i will|wont|not going to|im not going to)(?: be)?",
        reasons="goodbye",
    ),
    cue(
        "not_around",
        "here|alive|around",
        " (?:much longer|for long|for much longer|anymore)",
        needs="wont longer",
        back=r"(?:ill|i will|wont|not going to|im not going to)(?: be)?",
        reasons="goodbye",
    ),
]

_IN_THE_MOMENT: Final = [
    # Said as it happens: where they are, what is in their hand, what is set up.
    imminent(
        "goodbye_before",
        "goodbye|bye",
        r" before i (?:do it|die|end it|kill myself|go(?= (?:[.,]|$))|leave(?= (?:[.,]|$)))",
        needs="do die end kill go leave",
        back=r"(?:wanted|want|wanna|needed|need|came|here|just wanted|just want) to say",
        reasons="goodbye intent",
    ),
    imminent(
        "last_time_hear",
        "last time",
        r" (?:youll|you will|anyone will|anyone|you|u|youll ever|you will ever|yall will)"
        r" (?:hear|see) (?:from )?me(?! (?:about|on|complain|talk|say|mention|whine)(?= ))",
        needs="hear see",
        back=r"(?:this is|this will be|its|that was)(?: the)?",
        reasons="goodbye",
    ),
    imminent(
        "already_dead",
        "already be dead|already be gone|be dead by then|be gone by then",
        needs="dead gone",
        back=r"(?:ill|i will|i would|id|i)",
        reasons="goodbye",
    ),
    imminent(
        "engine_in_garage",
        "engine running|engine on|motor running|car running|car on",
        r" in (?:the|my|a) (?:closed |shut )?garage",
        needs="garage",
        back=r"(?:sitting|lying|laying|sat|in|im)(?: here)?(?: in (?:my|the) car)?",
        reasons="method",
    ),
    imminent(
        "garage_engine",
        "garage",
        r" with the (?:engine|motor|car) (?:running|on)",
        needs="engine motor",
        back=r"in (?:the|my|a)(?: closed| shut)?",
        reasons="method",
    ),
    rule(
        # A hanging set up: high on its own, imminent next to any concern.
        "rope_and_chair",
        "rope and|noose and|chair and",
        r" (?:a |the |my )?(?:chair|stool|rope|noose)",
        needs="chair stool",
        level=HIGH,
        context_level=IMMINENT,
        reasons="means method",
    ),
    rule(
        "weapon_in_hand",
        "in my hand|in my hands|against my wrist|against my skin|to my wrist",
        r"(?= )",
        needs="hand hands wrist skin",
        back=r"(?:the|my|a|this) (?:razor|blade|gun|pistol|noose|knife to my wrist)"
        r"(?: is| are| right| already)?",
        level=HIGH,
        context_level=IMMINENT,
        reasons="means",
    ),
    cue(
        "means_in_hand",
        "in my hand|in my hands",
        needs="hand hands",
        back=r"(?:the|my|these|those|all the|all my|a bottle of|a handful of)"
        r" (?:pills|meds|tablets|rope|knife|bottle)(?: is| are| right| already)?",
        reasons="means",
    ),
    cue(
        "means_ready",
        "ready",
        r"(?= (?:[.,]|$|and|now|for|to go))",
        back=r"(?:the|my) (?:blade|blades|razor|razors|rope|noose|pills|gun|knife|meds)"
        r"(?: is| are| all)?",
        reasons="means",
    ),
    rule(
        "means_to_end_it",
        "everything i need|all the pills i need|enough pills",
        r" (?:to|for) (?:end it|do it|kill myself|end my life|die|overdose|go through with it)",
        needs="end do kill die overdose go",
        level=HIGH,
        context_level=IMMINENT,
        reasons="means plan",
    ),
    rule(
        "use_on_myself",
        "use it on|use this on|use that on|use them on|use the gun on|use the knife on"
        "|use the blade on|use the razor on|turn it on|turn the gun on",
        f" {SELF}",
        level=HIGH,
        context_level=IMMINENT,
        reasons="ideation intent method",
    ),
    cue(
        "at_the_edge",
        "roof|ledge|edge|bridge|cliff|railing|top of the building|top of the bridge",
        r"(?= (?:[.,]|$|of|right|now|and|again|at|in|looking))",
        back=r"(?:im|i am|standing|sitting|here|im standing|im sitting|im up)(?: (?:on|at|by))?"
        r"(?: the(?: very)?| this| a)?",
        reasons="means",
    ),
    cue(
        "heading_to_place",
        "bridge|roof|tracks|cliff|train tracks|railway|overpass",
        r"(?= (?:[.,]|$|now|tonight|today|tomorrow|later|after|when|and))",
        back=r"(?:going|heading|walking|driving|on my way|gonna go|going to go|about to go)"
        r" to the",
        reasons="plan",
    ),
    imminent(
        "jump_when",
        "jump",
        r" (?:tonight|today|right now|now|tomorrow)(?= )",
        needs="tonight today now tomorrow",
        back=r"(?:im going to|im gonna|going to|gonna|im about to|about to|ill|i will)"
        r"(?: just| finally)?",
        reasons="intent timeline",
    ),
    cue(
        # "I wrote my note." with nothing said of what note: a cue, next to a goodbye.
        "wrote_my_note",
        "note",
        r"(?= (?:[.,]|$|and|for))",
        back=r"(?:wrote|written|finished|left|writing|typed)(?: my| the)",
        reasons="goodbye",
    ),
    cue(
        "going_to_jump",
        "jump",
        r"(?= (?:[.,]|$|soon|when|if))",  # with a time it is jump_when
        back=r"(?:im going to|im gonna|going to|gonna|im about to|about to|ill|i will|i want to"
        r"|i wanna|i need to)(?: just| finally)?",
        reasons="intent",
    ),
    cue(
        "finally_end_it",
        "finally end it|finally do it|finally end things|finally go through with it",
        back=r"(?:i|ill|i will|im going to|gonna|i can|i get to|to|i could)",
        reasons="intent",
    ),
    cue(
        "its_happening",
        "happening",
        r" (?:tonight|today|tomorrow|now|soon|this weekend)",
        needs="tonight today tomorrow now soon weekend",
        back=r"(?:its|it is|its finally|it will be|its gonna be|its going to be)",
        reasons="intent timeline",
    ),
    cue(
        "when_alone",
        "away|asleep|at work|not home|out of town|on vacation|gone",
        r"(?= )",
        needs="away asleep work home town vacation gone",
        back=r"when (?:my \w+|everyone|everybody|nobody|no one|they|my parents|my family|the house)"
        r"(?: is| are| s| re| goes| go| has| have)?(?: fast)?",
        reasons="plan timeline",
    ),
    cue(
        "know_how_id",
        "know how|know exactly how",
        r" (?:id|i would|ill|im going to|im gonna) do it",
        needs="do",
        back=r"(?:i|i already|yeah i|i just)",
        reasons="plan",
    ),
    cue(
        "know_what_for",
        "know what im doing with it|know what ill do with it|know what im going to do with it"
        "|know what im gonna do with it",
        needs="doing do",
        back=r"(?:i|i already|yeah i|i just)",
        reasons="plan",
    ),
    rule(
        "cut_deep",
        "cut|cutted",
        r" (?:too |so |really |very )?deep(?:er)?(?= (?:[.,]|$|and|this|tonight|today|again))",
        needs="deep deeper",
        back=r"(?:i|ive|i just|i accidentally)",
        level=HIGH,
        context_level=IMMINENT,
        reasons="self_harm",
    ),
    imminent(
        "pills_put_by",
        "saved up|stashed|stockpiled|hidden away|put aside",
        r"(?= )",
        needs="saved stashed stockpiled hidden aside",
        back=r"(?:pills|meds|tablets|painkillers|sleeping pills)(?: are| is)?",
        reasons="means plan",
    ),
    rule(
        # "she posted a pic of pills and said goodbye": something done, so a
        # someone who did it is a third party, not a generic "people".
        "said_goodbye_and",
        "said goodbye|says goodbye|saying goodbye",
        r"(?= (?:[.,]|$|and|to everyone|to us|to all|then|what|forever))",
        back=r"(?:and|just|then|she|he|they|has|have|and just)",
        level=IMMINENT,
        reasons="goodbye",
        tense=Tense.EVENT,
    ),
    imminent(
        "goodbye_message",
        "goodbye message|goodbye post|goodbye text|goodbye note|goodbye video"
        "|message saying goodbye|text saying goodbye|post saying goodbye",
        back=r"(?:posted|sent|wrote|left|texted|uploaded)(?: me| us| everyone)?"
        r"(?: a| an| this| my)?",
        reasons="goodbye",
    ),
    cue(
        "bleeding_heavily",
        "blood|bleeding",
        r"(?= )",
        back=r"(?:a lot of|so much|too much|lots of|theres a lot of|cant stop the|wont stop"
        r"|cant stop)",
        reasons="attempt",
    ),
]

EVENT_RULES: Final[list[Rule]] = [*_PLANS, *_MEANS, *_GOODBYES, *_IN_THE_MOMENT]
