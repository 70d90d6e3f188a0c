"""Markers and idioms: rules that change how other hits are read.

* markers say when: a time for acting ("tonight", "when everyone is
  asleep"), the distant past ("years ago", "when I was 15"), recency
  ("last night", "again") and recovery ("I'm okay now", "two years
  clean"); they are only looked for when a message has a signal;
* idioms are figures of speech that hide the signals they overlap: "this
  commute is killing me", "dying to see it", "overdosed on coffee", "the
  hill I'll die on", "I cut myself shaving".
"""

from __future__ import annotations

from typing import Final

from bot.risk.lexicon import ADV, DRUGS, GUNS, PILL_NEEDS, PILLS, SELF, THAN_LIVING
from bot.risk.rules import Kind, Rule, rule

__all__ = ["IDIOM_RULES", "MARKER_RULES"]

_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DAYS_INTL = (
    "lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi"
    "|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    "|segunda|terca|quarta|quinta|sexta"
)
_WHO = (
    r"(?:everyone|everybody|they|my parents|my family|my (?:wife|husband|partner|roommate|mom|dad))"
)


_TIMELINE, _PAST, _RECENT, _RECOVERY = Kind.TIMELINE, Kind.PAST, Kind.RECENT, Kind.RECOVERY


# "after 4 months", "after two years": a span that ended, as a lookbehind at its end.
_AFTER_SPAN = "".join(
    f"(?<!after {'[a-z0-9]' * n} {unit})"
    for n in range(1, 6)
    for unit in ("years", "year", "months", "month", "days")
)


def _mark(kind: Kind, name: str, lead: str, rest: str = "", needs: str = "") -> Rule:
    timeline = kind in {Kind.TIMELINE, Kind.TIMELINE_AFTER}
    return rule(name, lead, rest, needs=needs, kind=kind, reasons="timeline" if timeline else "")


_TIMES = f"weekend|week|morning|{_DAYS}"
# The days of a month as written: "1st" to "31st".
_ORDINALS = "|".join(
    f"{n}{'th' if 10 <= n <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    for n in range(1, 32)
)
MARKER_RULES: Final[list[Rule]] = [
    _mark(
        _TIMELINE,
        "tonight",
        "tonight|tonite|2nite|2night|tomorrow|tmrw|tmr|midnight|esta noche|manana|ce soir"
        "|cette nuit|demain|heute nacht|heute abend|morgen|hoje a noite|esta noite|amanha",
    ),
    rule(
        "this_day",
        f"weekend|evening|afternoon|week|birthday|new years|{_DAYS}",
        back="this|next|on(?: my)?",
        kind=_TIMELINE,
        reasons="timeline",
    ),
    rule(
        # "este finde", "am Freitag", "ce week-end", "nesta sexta".
        "this_day_intl",
        f"finde|fin de semana|fim de semana|weekend|week end|wochenende|{_DAYS_INTL}",
        back="este|ese|el|esse|neste|nesse|no|na|nesta|nessa|ce|cette|am|dieses|diesen"
        "|kommendes|kommenden|nachstes|nachsten",
        kind=_TIMELINE,
        reasons="timeline",
    ),
    rule(
        # "after my birthday on the 3rd": a day of the month set for acting.
        "on_a_date",
        _ORDINALS,
        # Not a place or a rank: "on the 12th floor", "by the 3rd try".
        r"(?! (?:floor|storey|story|street|st|avenue|ave|grade|place|century|row|level|page"
        r"|line|hole|inning|lap|round|try|time|attempt|go|day of|week of|of my)(?= ))",
        back="on(?: the)?|by(?: the)?|after(?: the)?|before(?: the)?",
        kind=_TIMELINE,
        reasons="timeline",
    ),
    rule(
        # "after my birthday", "after Christmas": a day waited out first.
        "after_the_day",
        "birthday|christmas|xmas|new years|thanksgiving|the holidays|payday",
        back="after(?: my| the)?",
        # Needed words, not the leads' first ones: "the" and "new" are in most messages.
        needs="birthday christmas xmas years thanksgiving holidays payday",
        kind=_TIMELINE,
        reasons="timeline",
    ),
    rule(
        "before_dawn",
        "sunrise|morning|dawn|weekend",
        back="before(?: the)?",
        kind=_TIMELINE,
        reasons="timeline",
    ),
    rule(
        "when_asleep",
        "asleep|sleeping|sleep|bed|leaves|leave|gone|out",
        needs="asleep sleeping sleep bed leaves leave gone",
        back=f"(?:when|after|once|until) {_WHO}(?: is| are| s| re| goes| go| falls| fall| gets"
        "| get| has| have)?(?: to)?",
        kind=_TIMELINE,
        reasons="timeline",
    ),
    rule(
        "in_hours",
        "hour|hours|hrs|minutes|mins|min",
        back=r"(?:in|within) (?:an|one|a|a few|a couple of|a couple|two|three|\d+)",
        kind=_TIMELINE,
        reasons="timeline",
    ),
    rule(
        "by_then",
        _TIMES,
        back="by(?: the end of)?(?: the| this)?",
        kind=_TIMELINE,
        reasons="timeline",
    ),
    _mark(
        Kind.TIMELINE_AFTER,
        "now",
        "today|now|soon|asap|rn|hoy|aujourdhui|heute|hoje|agora|ahora",
    ),
    _mark(_PAST, "ago", "years|yrs|year|months", " ago", needs="ago"),
    # "years back": not "the years back home", nor pain come "back" after years.
    _mark(
        _PAST, "years_back", "years|yrs|year|months", r" back(?= (?:[.,]|$|i|and|but|when))", "back"
    ),
    _mark(_PAST, "last_year", "last", " year", needs="year"),
    _mark(
        _PAST,
        "when_i_was",
        "when i was|back when i was",
        r" (?:younger|little|a kid|a child|a teen|a teenager|in (?:high|middle|elementary"
        r"|primary|secondary|grade|junior high) school|in college|in uni|\d+|twelve|thirteen"
        r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|in (?:hs|ms|junior high"
        r"|grade school|my teens|my early teens|my twenties)|in (?:\w+ grade|grade \w+)"
        r"|a (?:freshman|sophomore|junior|senior) in"
        # "back when I was using": the years of an addiction now left.
        r"|(?:still )?(?:using|drinking)(?= (?:[.,]|$|i|and|every|heavily))|on drugs"
        r"|in active addiction"
        # A stretch served and over: "when I was inside", "when I was in the army".
        r"|inside|locked up|in (?:prison|jail|juvie|the army|the military|the forces|the service)"
        r"|deployed"
        # The first years of an illness: "when I was first diagnosed".
        r"|first diagnosed|first ill|first sick)",
    ),
    _mark(
        _PAST,
        "back_then",
        "back",
        r" (?:then|in (?:the day|high school|school|college|\d+))",
        needs="then day school college in",  # "in" for "back in 2015": numbers are not words
    ),
    _mark(
        _PAST,
        "used_to",
        "used to|growing up|long time ago|while ago|hace anos|hace mucho|il y a longtemps"
        "|vor jahren|vor langer zeit|ha anos|faz anos|faz muito tempo",
    ),
    rule("in_the_past", "past", back="in the", kind=_PAST),
    # A time left behind: "when I came back from Iraq", "after I got home from deployment".
    _mark(
        _PAST,
        "came_back_from",
        "when i came back from|when i got back from|after i came back from|after i got back from"
        "|when i came home from|when i got home from|after i got home from",
        needs="came got",
    ),
    # A year gone by: "I tried in 2012", "that was 1979". Not a year to come, nor one that
    # leads on to now: "my dad died in 2019 and now I want to die".
    # Led by the year itself, so "in", in every message, opens no search.
    rule(
        "in_a_year",
        "|".join(str(year) for year in range(1950, 2020)),
        r"(?! (?:words|characters|steps|pieces|calories|ways)(?= ))"
        r"(?!(?: [.,])? (?:and|but|now|so|yet|since)(?= ))",
        back=r"(?:in|back in|that was)",
        kind=_PAST,
    ),
    # A date kept for the past: "the anniversary of my attempt", "the first year after
    # the accident", "that winter".
    _mark(_PAST, "anniversary", "anniversary", " of"),
    rule(
        "that_year",
        "year|years|summer|winter|spring|autumn|semester",
        r" after(?= )|(?= (?:[.,]|i) )",
        needs="after first",
        back=r"(?:the first|that|those first)",
        kind=_PAST,
    ),
    _mark(
        _PAST, "survived", "survived|survivor of", r" (?:a|an|my) (?:jump|attempt|overdose|od|fall)"
    ),
    rule("as_a_kid", "kid|teen|teenager|child", back="as a", kind=_PAST),
    # Years of the dark kind looked back on: "after Iraq I had some dark years". Not a dark
    # time gone through now.
    rule(
        "dark_years",
        "some dark years|a few dark years|a couple of dark years|dark years|a dark few years",
        back=r"(?:had|went through|got through|been through|lived through)",
        kind=_PAST,
    ),
    # "The last time I self harmed was before my daughter was born": dated before a time
    # long gone; "the last time was last night" is recent.
    rule(
        "last_time_was_before",
        "was before",
        r" (?:my|i|the|we|our|he|she) (?:[^ .]+ ){0,3}(?:was born|were born|got married"
        r"|left school|graduated)(?= )",
        needs="born married left graduated",
        back=r"(?:the last time|last time) (?:i|that i)(?: [^ .]+){1,3}",
        kind=_PAST,
    ),
    # "at a young age", not "from a young age", which goes on since.
    rule("young_age", "young age|early age", back="at(?: a| an)", kind=_PAST),
    rule(
        "in_school",
        "high school|middle school|teens|twenties",
        back="in(?: my)?",
        kind=_PAST,
    ),
    # "five years since my attempt"; "two days since" stays recent.
    rule(
        "years_since",
        "since",
        r" (?:my (?:last )?(?:attempt|overdose|od|hospital stay)|i (?:was|tried|attempted|last))",
        needs="my i",
        back="(?:years|year|decade|decades)",
        kind=_PAST,
    ),
    _mark(
        _RECENT,
        "recent",
        "yesterday|last night|last week|last weekend|earlier|today",
    ),
    # "Again" is recent unless it is what they will never do: "I promised I'd never do it
    # again" dates nothing.
    _mark(
        _RECENT,
        "again",
        "again",
        r"(?<!never again)(?<!never do it again)(?<!never do that again)(?<!never try again)"
        r"(?<!never try it again)(?<!not do it again)(?<!wont do it again)"
        r"(?<!never happen again)(?<!never do this again)",
    ),
    rule("this_morning", "morning|week", back="this", kind=_RECENT),
    _mark(_RECENT, "days_ago", "days|hours|minutes|mins", " ago", needs="ago"),
    _mark(_RECENT, "an_hour_ago", "hour|hr|minute|min", " ago", needs="ago"),
    rule(
        "okay_now",
        "ok|okay|fine|better|good|well|safe|alright|great|happy|stable",
        " (?:now|these days|nowadays)",
        needs="now days nowadays",
        back=r"(?:im|i am|doing|feeling|things are|its|life is|i feel)(?: so| much| a lot| way)?",
        kind=_RECOVERY,
    ),
    # "ten years stable now", "stable for five years": an illness held steady, told by how long.
    _mark(
        _RECOVERY,
        "years_stable",
        "years|year|months",
        r" (?:stable|in remission|symptom free)(?= (?:[.,]|$|now|and))",
        needs="stable remission symptom",
    ),
    rule(
        "better_place",
        "better place|good place|safer place|better spot",
        back=r"im(?: in a)?(?: much)?",
        kind=_RECOVERY,
    ),
    rule(
        "glad_alive",
        "glad|grateful|happy|thankful",
        r" (?:i|im|that i) (?:survived|failed|didnt|am still here|still here|m still here|lived"
        r"|made it|got help|reached out)",
        back="im(?: so)?",
        kind=_RECOVERY,
    ),
    _mark(
        _RECOVERY,
        "clean_for",
        "clean|free",
        # "... for 8 months until last night" is the relapse (self_harm's clean_until).
        r" (?:from|of) (?:self harm|cutting) for(?!(?: [^ .]+){1,4} (?:until|till|til|untill)"
        r" (?:last night|yesterday|today|tonight|this morning|earlier|last weekend|last week"
        r"|this week|the other day|(?:a few|two|three|\d+) days ago)(?= ))",
        needs="for",
    ),
    _mark(
        _RECOVERY,
        "months_clean",
        "years|year|months|month|days",
        # "cut again last night after 4 months clean": the time the relapse ended.
        _AFTER_SPAN
        +  # "3 months clean gone just like that", "4 months clean and gone", "... and I blew it"
        # are the relapse, not the recovery.
        # "... clean from cutting and i threw it away": what it was clean from, named first.
        r" clean(?!(?: (?:from|of) (?:self harm|self harming|\w+))?"
        r"(?: (?:and|[.,]|all|just|now|its|is|are|i))* (?:gone|down the drain|ruined"
        r"|wasted|lost|out the window|over|undone|thrown away|for nothing|broken|threw it away"
        r"|blew it|ruined it|lost it|wasted it|threw it all away)(?= ))",
        needs="clean",
    ),
    _mark(
        _RECOVERY,
        "havent_since",
        "havent|hasnt",
        f" (?:cut|self harmed|harmed {SELF}|hurt {SELF}|relapsed|had (?:those|suicidal)"
        r" thoughts) (?:in|for|since)",
    ),
    _mark(
        _RECOVERY,
        "stopped",
        "stopped|quit",
        f" (?:cutting|self harming|hurting {SELF})",
        needs="cutting harming hurting",
    ),
    _mark(
        _RECOVERY,
        "got_help",
        "got|get|getting|went to|found",
        r" (?:help|therapy|treatment|a therapist)",
        needs="help therapy treatment therapist",
    ),
    _mark(_RECOVERY, "recovered", "recovered|recovering"),
    # Out of prison or hospital and years on: "out 2 years now, got my ticket and a flat".
    _mark(
        _RECOVERY,
        "out_years_now",
        "out|been out|home|been home",
        r" (?:for )?(?:\d+|two|three|four|five|six|a few|a couple of|a couple|many) (?:years|yrs)"
        r" now",
        needs="now",
    ),
    # What helped, told as the turn: "new meds and a good doctor changed that".
    rule(
        "help_changed_that",
        "changed that|changed all that|changed everything|turned that around|turned it around"
        "|got me through|pulled me through|got me out of it|pulled me out of it",
        # At a clause's end: "the group dynamics changed that made me ..." is no turn.
        r"(?= (?:[.,]|$|for me))",
        back=r"(?:meds|medication|therapy|treatment|doctor|therapist|counseling|counselling"
        r"|program|support|hospital|psychiatrist|lithium|antidepressants|care team|team"
        r"|rehab)(?: [^ .]+){0,3}",
        kind=_RECOVERY,
    ),
    # Led by the treatment, a rare word, not by "helps", which is in many messages.
    _mark(
        _RECOVERY,
        "treatment_helped",
        "therapy|meds|medication|treatment|counseling|counselling|therapist|dbt|cbt",
        r"(?: really| truly| has| have| has really| so much| a lot)*"
        r" (?:helped|helps|saved me|worked|works|is working)",
        needs="helped helps saved worked works working",
    ),
    rule(
        "content_now",
        "happy|content|at peace|grateful|thankful",
        r"(?= (?:[.,]|$|now|these days|with my life|to be (?:here|alive)))",
        back=r"(?:im|i am|and|now)(?: really| very| so| pretty| genuinely| truly)?",
        kind=_RECOVERY,
    ),
    rule(
        "different_person",
        "different person",
        back=r"(?:im|i am)(?: a)?(?: totally| completely| whole| very)?",
        kind=_RECOVERY,
    ),
    rule(
        "thoughts_gone",
        "gone|passed|behind me",
        back=r"(?:those|they|these|(?:the|those|these|my) (?:thoughts|feelings|urges))"
        r"(?: are| have| have been| re)(?: long| all)?",
        kind=_RECOVERY,
    ),
    # A sentence of its own after the past: "I was suicidal. Not anymore."
    rule("not_anymore", "not anymore", r"(?= (?:[.,]|$))", back=r"\.", kind=_RECOVERY),
    rule("in_recovery", "recovery", back="in", kind=_RECOVERY),
]

_NOT_A_DRUG = r"(?!(?:my |the |some |a bunch of |all (?:of )?(?:my |the )?|too many |\d+ )?"


# Who holds the gun in "the robber held a gun to my head" (see held_at_gunpoint).
_ARMED_NAMED = (
    "he|she|they|robber|mugger|guy|man|cop|officer|soldier|dad|father|stepdad|brother"
    "|boyfriend|husband"
)


# Small comforts people joke keep them alive.
_TREATS = (
    r"coffee|caffeine|espresso|energy drinks?|red ?bull|monster|tea|sugar|snacks?|pizza"
    r"|chocolate|naps?|the weekend|weekends|friday|fridays|payday|iced coffee|boba|matcha"
)


def _idiom(name: str, lead: str, rest: str = "", needs: str = "", back: str = "") -> Rule:
    return rule(name, lead, rest, needs=needs, back=back, kind=Kind.IDIOM, reasons="idiom")


IDIOM_RULES: Final[list[Rule]] = [
    # Someone else's job done by the speaker: "if the landlord won't end the lease I'll end
    # it myself", "... I'll end it myself and hire someone else".
    _idiom(
        "end_it_myself_instead",
        "if",
        r" (?:[^ .]+ ){1,6}(?:wont|doesnt|dont|cant|didnt|isnt|will not|does not|refuses to"
        r"|stops|stop)(?: [^ .]+){0,6} (?:ill|i will|then ill|id) end it myself",
        needs="myself",
    ),
    _idiom(
        "end_it_myself_and",
        "end it myself",
        r" and (?:walked|walk|left|leave|hung|hang|hire|hired|find|found|get|got|call|called"
        r"|move|moved)",
        needs="myself",
    ),
    _idiom("killing_me", "killing me|kill me now"),
    _idiom("kill_laughing", "kill myself laughing|killed myself laughing|killing myself laughing"),
    # A love song's line: "I want to die in your arms tonight".
    _idiom("die_in_arms", "die in your arms|die in his arms|die in her arms|die in my arms"),
    # A song lyric people sing and quote.
    _idiom("black_my_eyes", "cut my wrist|cut my wrists", " and black my eyes", needs="black"),
    _idiom(
        "dying_to",
        "dying|dyin",
        r" (?:to|for|of laughter|of laughing|laughing|from laughing|of embarrassment|of cringe"
        r"|of boredom|of thirst|of hunger)",
    ),
    _idiom(
        "die_of",
        "die|died|dead|dying",
        r" (?:(?:of|from) (?:embarrassment|laughter|laughing|cringe|boredom|shame|cuteness"
        r"|happiness|excitement|thirst|hunger|the heat|heat|secondhand embarrassment)|laughing"
        r"|(?:my|her|his|your) hair)",
    ),
    _idiom(
        "dead_tired",
        "dead",
        r" (?:tired|serious|set|wrong|end|ass|last|center|centre|weight|broke)",
    ),
    _idiom(
        "im_dead",
        "im|i am|omg im|im so|im literally",
        r" dead(?= (?:[.,]|$|lol|lmao|emojiskull|emojilaugh|haha|rn|bro))",
        needs="dead",
    ),
    _idiom(
        "thing_died",
        "phone|battery|laptop|computer|car|pc|charger|plant|plants|fish|hamster|headphones|mouse"
        "|keyboard|tv|router|wifi|internet|console|controller|engine|bulb|printer|airpods|ipad"
        "|tablet|camera|server",
        r" (?:just |finally |completely |literally )?(?:died|is dead|s dead|was dead|went dead"
        r"|dying|is dying)",
        needs="died dead dying",
    ),
    _idiom(
        "kill_for",
        "kill|killing|killed",
        r" (?:for|it|time|the (?:lights|music|mood|vibe|engine|game|competition|process)"
        r"|two birds|some time)",
    ),
    _idiom(
        "overdosed_on",
        "overdosed|overdose|overdosing|od|oding",
        # A day is when, not on what: "overdosed on Sunday, discharged today".
        f" on {_NOT_A_DRUG}{DRUGS}(?= )|purpose(?= )|(?:monday|tuesday|wednesday|thursday"
        "|friday|saturday|sunday|the weekend)(?= (?:[.,]|$|and|night|morning|evening|afternoon|last"
        "|i|after)))\\w+",
    ),
    _idiom(
        "hill_to_die_on",
        "hill|die on",
        r" (?:(?:i ?ll|i will|i would|id|im going to|im willing to|worth|to) die on"
        r"|(?:this|that) hill)",
        needs="hill",
    ),
    _idiom("dead_body", "over my dead body|die hard|drop dead|dropdead", "", "die dead"),
    # "this cake is to die for"; not "I want to die for real", "... for no reason".
    _idiom(
        "to_die_for",
        "to die for",
        r"(?! (?:real|reals|realsies|no reason|nothing|good|sure|once|now|a (?:while|bit|long time)"
        r"|so long|years|months|weeks|days)(?= ))",
        "die",
    ),
    _idiom(
        "to_death",
        "bored|scared|worried|sick|tired|frozen|freezing|stressed|loved|laughed",
        " to death",
        needs="death",
    ),
    _idiom(
        "cut_hair",
        "cut|cutting",
        r" (?:my |the |your |his |her )?(?:hair|bangs|nails|grass|losses|ties|class|carbs"
        r"|sugar|cord|corners|costs|down on)",
    ),
    # Told small ("cut myself a little on the trim"): the amount comes before where it
    # happened. "On" is a thing touched, not "on my arm" nor "on purpose".
    _idiom(
        "accident",
        "cut|hurt|burned|burnt|injured",
        f" (?:{SELF}|my (?:finger|thumb|hand|foot|toe|knee|back|leg|ankle|wrist))"
        r"(?: (?:a little|a little bit|a bit|slightly|lightly|pretty bad|pretty badly|badly))?"
        r" (?:on(?! (?:purpose|my|me)(?= ))|while"
        # A razor "again" is no shaving nick: "hurt myself with the razor again".
        r"|when|with (?:a|the) (?:knife|kitchen|razor(?! again(?= ))|paper|saw|chisel|drill"
        r"|mandoline|grater)"
        r"|with (?:a|the|my) (?:saw|chisel|drill|tools?)|shaving|cooking|chopping"
        r"|at (?:the gym|work|practice)|playing|lifting|skiing|running|by accident|accidentally"
        r"|pretty bad (?:at|on|while))",
    ),
    _idiom("foot", "shot", f" {SELF} in the foot", needs="foot"),
    _idiom(
        "suicide_squad",
        "suicide",
        r" (?:squad|mission|run|drill|doors|blonde|seat|knot|sprints?)",
    ),
    _idiom(
        "rather_than",
        "rather|sooner",
        f" {ADV}(?:die|be dead|kill {SELF}|jump off (?:a|the) \\w+|eat glass|drown)"
        f"(?!{THAN_LIVING}) than",
        needs="than",
    ),
    _idiom("go_kys", "go|you should|u should|you need to|u need to|pls|please", " kys", "kys"),
    _idiom(
        "gun_to_head",
        "if you|if someone|if somebody",
        " (?:put|held|puts|holds) a gun to my head",
        needs="gun",
    ),
    # Someone else's gun: "the robber held a gun to my head". Not "someone put a
    # gun to my head", which is a wish: "put" is past only after a person named.
    _idiom(
        "held_at_gunpoint",
        GUNS,
        r" (?:to|against|in|at|under) my (?:head|mouth|chin|temple|face|skull|forehead)",
        back=f"(?:(?:someone|somebody|{_ARMED_NAMED}) (?:held|holds|pointed|points|had|has|stuck"
        f"|shoved|aimed|aims)|(?:{_ARMED_NAMED}) put) (?:a|the|his|her|their)(?: \\w+)?",
    ),
    # A toy: "he aimed the nerf gun at my head".
    _idiom("toy_gun", "nerf|toy|water|paintball|airsoft|bb|cap|glue|staple|squirt", " gun"),
    # Hyperbole about a treat: "coffee is the only thing keeping me alive".
    _idiom(
        "treat_keeps_me_alive",
        "only thing|only things|only reason",
        back=f"(?:{_TREATS})(?: \\w+){{0,3}} (?:is|are)(?: literally| honestly| seriously)?"
        r"(?: the| my)?",
        needs="alive",
    ),
    _idiom(
        "keeps_me_alive_treat",
        "keeping me alive|keeps me alive",
        r"(?: (?:rn|right now|this week|lately|today))? (?:is|are)(?: literally| honestly)?"
        f"(?: the| my)? (?:{_TREATS})",
        needs="alive",
    ),
    # Embarrassment, not despair: "so embarrassing, I wanted to crawl in a hole and
    # die", "... and die, that was so cringe".
    _idiom(
        "shame_and_die",
        "and die",
        needs="die",
        back=r"(?:embarrass\w*|cringe\w*|humiliat\w*|mortified|awkward)(?: [^ .]+){0,10}",
    ),
    _idiom(
        "and_die_shame",
        "and die",
        r"(?=(?: ,)?(?: \w+){0,8} (?:embarrass\w*|cringe\w*|humiliat\w*|mortified|awkward) )",
        needs="die",
    ),
    _idiom(
        "drowning_in",
        "drown|drowning",
        r" in (?:work|homework|paperwork|emails|debt|assignments|bills|tasks|stress)",
    ),
    # Losing oneself in something: "I drown myself in work", "shows I drown myself in for hours".
    _idiom(
        "drown_self_in",
        "drown|drowning|drowned",
        f" {SELF} in(?= (?:[.,]|$|for|all|until|till|every|when|whenever|and))"
        f"| {SELF} in (?:my |the |some |a lot of )?(?:work|homework|school|studies|studying|tv"
        r"|shows|series|games|gaming|music|books|reading|alcohol|booze|drink|drinks|coffee|food"
        r"|junk food|sweets|anime|netflix|youtube|distractions|hobbies|projects|paperwork|emails"
        r"|self pity|sorrows?|tears|videos)(?= )",
        needs="myself",
    ),
    # A break from a site or a season's end, not a last word: "my last post before I
    # delete twitter for a while", "my last tweet of the year", "last post here for now".
    _idiom(
        "last_post_for_now",
        "last|final",
        r" (?:message|post|words|note|text|tweet|video|stream)(?: [^ .]+){0,4}? (?:for (?:a while"
        r"|a bit|now|the (?:day|night|week|month|year|summer|holidays))|of (?:the|this) (?:day"
        r"|night|week|month|year|season|summer)|of 20\d\d|before (?:i |im )?(?:delete|deleting"
        r"|deactivate|deactivating|uninstall|uninstalling|log off|logging off|take a break"
        r"|taking a break|go on (?:a |my )?(?:break|hiatus|vacation|holiday|trip)|going on"
        r" (?:a |my )?(?:break|hiatus|vacation|holiday|trip)|my (?:break|hiatus|vacation"
        r"|holiday|trip|exams|finals|flight|move|surgery|operation|procedure)))(?= )",
        needs="message post words note text tweet video stream",
    ),
    # A night's sign-off: "this is my last message tonight, going to bed. thanks", "last
    # text before bed, gn". Not last words, nor a sleep that never ends, nor an apology.
    _idiom(
        "last_message_bedtime",
        "last|final",
        r" (?:message|post|text|tweet|msg|reply)(?: before (?:bed|bedtime|i sleep|i go to sleep)"
        r"|(?: for)? tonight(?: [.,])?(?: (?:im|i am|then|so|anyway))?(?: (?:going|off|heading"
        r"|headed|gonna go|about to go) to (?:bed|sleep)| goodnight| good night| gn| night all"
        r"| nighty night))"
        r"(?!(?: [^ ]+){0,6} (?:forever|for good|for ever|never|permanently|sorry|goodbye|bye"
        r"|love you all|take care)(?= ))(?= )",
        needs="message post text tweet msg reply",
    ),
    # A jump made for sport: "going bungee jumping off the bridge next week", "cliff jumping
    # off the rocks", "base jumped from the tower". The sport's name hides the jump it holds.
    _idiom(
        "jump_for_sport",
        "bungee|bungy|bungie|base|cliff|tombstone|rope",
        r" (?:jump|jumping|jumped|jumps|dive|diving|dived|swing|swinging)",
        needs="jump jumping jumped jumps dive diving dived swing swinging",
    ),
    # A screening question answered no: "my therapist asked if I have suicidal thoughts and
    # I honestly said no", "the nurse asks whether I want to hurt myself, I tell her no".
    # Not when the answer is taken back: "... and I said no but I lied".
    _idiom(
        "asked_said_no",
        "asked|asks|asking|ask",
        r" (?:me )?(?:(?:every|each|at every|at each) (?:visit|time|appointment|session|week"
        r"|month|checkup) )?(?:if|whether) (?:i|im|id|ive)(?: [^ .]+){0,4}? (?:suicidal|suicide"
        r"|kill myself|killing myself|hurt myself|hurting myself|harm myself|harming myself"
        r"|self harm|end my life|ending my life|want to die|wanted to die)(?: [^ .]+){0,4}?"
        r" (?:and |but )?"
        r"(?:i )?(?:(?:honestly|truthfully|truly|just|genuinely|finally) )?(?:(?:said|say|told"
        r" (?:her|him|them)|tell (?:her|him|them)|answered|answer|replied) (?:no|nope|i dont"
        r"|im not|i wasnt|i didnt|not anymore)(?= )"
        # the answer given bare: "... and honestly, no, not at all"
        r"|(?:[.,] )?(?:(?:honestly|truthfully|truly|genuinely|nah) )?(?:[.,] )?(?:no|nope)"
        r"(?= (?:[.,]|$|not (?:at all|really|anymore|even close)(?= ))))"
        r"(?!(?: [^ ]+){0,8} (?:lied|lie|lying|wasnt true|isnt true|not true|a lie|truth is"
        r"|really am|actually am|but i am|but i do|but i did)(?= ))",
        needs="suicidal suicide killing kill hurt hurting harm harming life die",
    ),
    # An opinion of suicide as a subject: "suicide is selfish", "it's never the answer".
    _idiom(
        "suicide_judged",
        "suicide|suicides",
        r" (?:is|isnt|was|are) (?:so |really |just |very |always |kind of |kinda )?"
        r"(?:selfish|cowardly|wrong|a sin|sinful|stupid|tragic|awful|terrible|preventable"
        r"|never the answer|not the answer|not a solution|a permanent solution)(?= )",
    ),
    # A treat, not an end: "I'm taking myself out to dinner tonight" (take_self_out's twin).
    _idiom(
        "take_self_out_to",
        "take|taking|took",
        f" {SELF} out (?:to|for|on|shopping|tonight|today|later|dancing|more)(?= )",
        needs="myself",
    ),
    # The dose as told: "going to take all my meds before bed like the pharmacist said".
    _idiom(
        "all_pills_as_told",
        "take all|taking all|took all|swallow all",
        rf"(?: of)? (?:my |the |these |those |tonights |todays )?{PILLS}"
        # nothing of an end between: "... and not wake up, as the doctor said I'm hopeless"
        r"(?: (?!(?:wake|waking|die|dying|dead|end|ending|never|forever|good|all|once)(?= ))"
        r"[^ .]+){0,5}"
        r" (?:as prescribed|(?:like|as) (?:the|my) (?:doctor|dr|pharmacist|nurse|gp|psychiatrist)"
        r" (?:said|says|told me|told us|wants|prescribed))(?= )",
        needs=PILL_NEEDS,
    ),
    # A relationship ended, not a life: "thinking about ending things with my boyfriend".
    # Named people only: "end it with a ..." may name the means.
    _idiom(
        "ending_it_with_someone",
        "end things|ending things|ended things|end it|ending it|ended it",
        # "i'm ending it... with my personal trainer": a pause for effect before the name;
        # "gonna end it tonight with him": a day before it.
        r"(?: (?:tonight|today|tomorrow|soon|now|finally|officially|for good|once and for all"
        r"|this (?:week|weekend|evening|morning)|next week))?"
        r"(?: [.,])* (?:with|between) (?:him|her|them|(?:my|me and|me and my|the|this|that)"
        r"(?: personal| new| old)? (?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fiance"
        r"|fiancee|ex|man|guy|girl|situationship|crush|best friend|friend|boss|therapist"
        r"|trainer|coach|landlord|dentist|hairdresser|barber|gym|band|roommate|flatmate))(?= )",
    ),
    # The end of something named just after, as a correction: "I'll end it myself tonight,
    # the partnership I mean", "ending it tomorrow. the lease, i mean".
    _idiom(
        "end_it_then_named",
        "end it|ending it|end things|ending things",
        r"(?: myself)?(?: (?:tonight|today|tomorrow|soon|now|this week|this weekend))? [.,]"
        r"(?: i mean (?:the|my|our|this|that) (?!life|lifes|existence)[^ .]+(?= )"
        r"| (?:the|my|our|this|that)(?: (?!life|lifes|existence|self)[^ .]+){1,2}"
        r"(?: [.,])? i mean(?= ))",
        needs="mean",
    ),
    # A crash in a game: "in mario kart I keep picturing driving into the wall for the
    # shortcut". Hides steer_into.
    _idiom(
        "crash_in_a_game",
        "mario kart|gta|forza|racing game|driving game|the sim|simulator|need for speed"
        "|film scene|movie scene|stunt",
        # "in gta im gonna drive off the cliff again": off a cliff as well as into a wall.
        r"(?: [^ .]+){0,8}? (?:driving|steering|crashing|swerving|drive|steer|crash|swerve)"
        r"(?: [^ .]+){0,2}? (?:into|off)",
        needs="into off",
    ),
    # A farewell to a job or a routine: "goodbye night shift forever!", "goodbye forever,
    # night shift. retired as of today", "bye bye alarm clock". Not "... and goodbye world".
    _idiom(
        "farewell_to_work",
        "goodbye|bye|bye bye|farewell|so long",
        r"(?: forever)?(?: [.,])?(?: to)?(?: the| my| this| that| you)?(?: (?:stupid|old|dear"
        r"|lovely))? (?:night shift|day shift|night shifts|nights|early shifts|shift work|office"
        r"|cubicle|job|work|commute|alarm clock|alarm|uniform|overtime|retail|warehouse|register"
        r"|desk|timesheets|rota|pager|classroom|school|uni|college|dorm|exams|finals|braces|cast)"
        r"(?: forever)?(?= )(?!(?: [^ .]+){0,4} (?:and (?:everyone|everything|life|the world)"
        r"|world|im sorry|sorry)(?= ))",
        needs="shift shifts nights office cubicle job work commute alarm uniform overtime retail"
        " warehouse register desk timesheets rota pager classroom school uni college dorm exams"
        " finals braces cast",
    ),
    # Pain that a cure ends: "after the surgery the pain stops for good", "once the new meds
    # kick in it'll all stop forever". Hides pain_stops_for_good.
    _idiom(
        "pain_healed",
        "surgery|operation|treatment|physio|physiotherapy|injection|root canal|meds|painkillers"
        "|ibuprofen|antibiotics|tooth|knee|hip|dentist|brace|splint|cortisone",
        r"(?: [^ .]+){0,8}? (?:the pain|my pain|it all|the hurting) (?:stops|ends|will stop"
        r"|will end|is over|goes away|will go away)",
        needs="pain all hurting",
    ),
    # A relationship ended, the reason told next: "I'm ending it this weekend. We've grown
    # apart", "ending things tonight, our relationship has been dead for months". Not when
    # a life is named after: "... we've been fighting and I can't go on, I'm sorry".
    _idiom(
        "ending_it_we_drifted",
        "end things|ending things|end it|ending it",
        r"(?: [^ .]+){0,4}? (?:[.,] )?(?:(?:we ?ve|we have|we re|we are|we)(?: just| kind of"
        r"| kinda| really| both)? (?:grown apart|drifted apart|fallen out of love|fell out of love"
        r"|been fighting|keep fighting|fight all the time|want different things|are not working"
        r"|arent working|not working out)|(?:our|the) (?:relationship|marriage|engagement"
        r"|situationship)|(?:he|she) (?:cheated|is cheating|doesnt love me|never texts))(?= )"
        r"(?!(?: [^ .]+){0,8} (?:my life|go on|myself|forever|for good|goodbye|sorry)(?= ))",
        needs="apart love fighting fight different working relationship marriage engagement"
        " situationship cheated cheating texts",
    ),
    # A talk waited for, not a home left empty: "I'll end things once my boyfriend gets
    # back", "ending it when she comes home". Not "... so he finds me".
    _idiom(
        "end_it_when_back",
        "end things|ending things|end it|ending it|break it off|breaking it off",
        r" (?:once|when|after|as soon as) (?:my |the )?(?:boyfriend|girlfriend|bf|gf|partner"
        r"|husband|wife|fiance|fiancee|he|she) (?:gets back|comes back|comes home|gets home"
        r"|returns|is back|gets here|visits|lands)(?= )"
        r"(?!(?: [^ .]+){0,6} (?:find|finds|found|see|sees)(?= ))",
        needs="back home returns here visits lands",
    ),
    # A film or a show put off till the house is quiet: "this show is so long, I'll end
    # it once the kids are asleep". The screen and how long it runs named before it, in
    # the same sentence: "watched the show all day, I'm going to end it tonight" is not.
    _idiom(
        "end_it_watching",
        "end it|finish it",
        r" (?:once|when|after|tonight|later)",
        needs="once when after tonight later",
        back=r"(?:show|series|episode|episodes|season|movie|film|book|documentary|anime|kdrama"
        r"|audiobook|podcast)(?: [^ .]+){0,6}? (?:so long|too long|long|halfway|half way"
        r"|left|to go|remaining|dragging|hours)(?: [^ .]+){0,3}? (?:[.,] )?(?:ill|i will"
        r"|im gonna|gonna|im going to|going to|i can|i might|i should)",
    ),
    # An accident told as a near death: "I almost killed myself tripping on the stairs".
    _idiom(
        "nearly_killed_by_accident",
        "almost|nearly|basically|practically",
        rf" (?:kill|killed|killing) {SELF}(?: \w+){{0,6}}? (?:(?:got |get |was |been )?hit by"
        r" (?:a|an|the) \w+|(?:a|the) (?:car|bus|truck|bike|van|taxi|cyclist) (?:almost |nearly )?"
        r"(?:hit|ran over) me|tripping|tripped|slipping|slipped|falling (?:down|off|over)"
        r"|fell (?:down|off|over)|on (?:the|some) (?:stairs|ice|steps)|by accident|accidentally)",
        needs="kill killed killing",
    ),
]
