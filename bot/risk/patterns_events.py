"""English rules for plans, means and goodbyes: what raises risk to ``imminent``.

Some are imminent on their own ("I wrote my suicide note", "the rope is
ready"). Others mean little alone and are cues: "I have a plan", "goodbye
everyone", "I have the pills" become imminent once the person has shown
concern or more, or when two of them come together. Warning signs that only
hint ("I've put everything in order", "... you know why", "the fear is gone")
are cues too: one alone never raises the level, two together or one after
concern do.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import ADV, ANY_SELF, GUNS, PILL_NEEDS, PILL_WORDS, PILLS, QUANTITY, SELF
from bot.risk.rules import Kind, Rule, Tense, cue, imminent, rule

__all__ = ["EVENT_RULES"]

# Whoever reads a message later: "(by the time) you read this", "(if) you're reading this".
_READ_LATER = (
    r"(?:(?:you|anyone|someone|they|u|my (?:family|mom|mum|dad|parents|wife|husband|kids))"
    r" (?:read|reads|see|sees|find|finds|get|gets) (?:this|it)"
    r"|(?:youre|you are|ur|u are|anyone is|someone is) reading this)(?: (?:message|note|letter"
    r"|post|text|email))?(?: tomorrow| later| in the morning)?(?: [,.])?"
)
# Where the writer will be instead: "I won't be here, I'm at my mum's all weekend". Not
# "I'm at peace", "I'm in a better place".
_AWAY = (
    r"(?: [.,])* (?:(?:im|ill be|i will be|were|well be|cause|because|cos) (?:at(?! peace| rest)"
    r"|in(?! a better| heaven| peace)|on|away|out|off|travelling|traveling|visiting|working"
    r"|staying|going(?! to (?:end|do it|kill|die))|moving)"
    # "we moved to Perth", "gone to mum's", "the kids and I are at nani's"
    r"|we (?:moved|have moved|ve moved|left|re moving|are moving)|(?:gone|off|moved|moving) to"
    r"|gone for|(?:the kids|my \w+|\w+) and i (?:are|will be|re|were) (?:at|in|on|away|staying"
    r"|going)"
    # a trip or the day's plans: "early train to Manchester", "the conference runs all week"
    r"|(?:[^ .]+ ){0,3}(?:train|flight|plane|bus|shift|exam|exams|match|game|surgery"
    r"|operation|interview|meeting|conference|trip|holiday|vacation|course))(?= )"
)
_NOT_HERE = (
    r"(?:i|ill) (?:wont|will not|wont ever|will never|shant|shall not) be (?:here|around|alive"
)
# Away, not gone: "I won't be here by Sunday, flying to Perth", "..., going home to Enugu".
_TRAVELLING = (
    f"(?!{_AWAY}|(?: [.,])* (?:going|heading|flying|driving|off|travelling|traveling)"
    r" (?:home|back|up|down|out|away|abroad|to (?!end |do |kill |die ))(?= ))"
)
# The writer gone by then, as a note says it: "I'll be gone", "I won't be here anymore".
_GONE_BY_THEN = (
    r"(?:(?:i(?:ll| will)|it(?:ll| will)(?: all)?) (?:already )?be"
    r" (?:gone|dead|over|done|at peace|in a better place|too late|free)"
    r"|(?:im|i am|ill be|i will be) (?:already )?(?:gone|dead)"
    f"|{_NOT_HERE}"
    r"|with (?:you|u|yall|you all))(?: anymore| any more| any longer)?)"
)
# ... and where they will be instead: gone "to the shops" or "for the day" (not "for
# good"), "dead to the world", or a place, a trip or the day's plans told after it.
_GONE_WHERE = (
    r"(?:(?<= gone)|(?<= dead)) (?:for (?!good |ever |real )|to (?!a better |heaven "
    f"|the other side )|till |until )|{_AWAY}"
)

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT

# Guns as people name their own, and the words that gate the rules about them.
_GUN = f"{GUNS}|guns|pistols|rifles|revolvers|shotguns|handguns|sidearm|firearm|glock|9mm"
_GUN_NEEDS = (
    "gun guns pistol pistols shotgun shotguns rifle rifles revolver revolvers handgun handguns "
    "sidearm firearm glock 9mm"
)
# Medicines by name, for saving them up: "the oxycodone they gave me".
_MEDS = (
    f"(?:{PILLS}|oxycodone|oxycontin|morphine|fentanyl|seroquel|lithium|opioids|percocet"
    "|vicodin|tramadol|codeine)"
)
_MED_NEEDS = (
    f"{PILL_NEEDS} oxycodone oxycontin morphine fentanyl seroquel lithium opioids percocet "
    "vicodin tramadol codeine emojipill"
)
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WHEN = f"tonight|tonite|tomorrow|tmrw|today|weekend|night|morning|{_DAYS}"

_ACT = (
    f"(?:kill {ANY_SELF}|killing {ANY_SELF}|die|dying|end it|ending it|end things|end my life"
    f"|ending my life|do it|overdose|overdosing|od|kms|unalive|hang {SELF}|jump|jumping"
    "|never wake up|not wake up|go through with it"
    r"|(?:my )?suicide(?! (?:prevention|awareness|hotline|line|squad|watch|risk)(?= ))"
    # "taking all my insulin", not "taking all my meds with me on the trip".
    r"|(?:take|taking|swallow|swallowing) (?:all|all of|every one of|the rest of|the whole bottle"
    f" of) (?:my |the |these |those )?{_MEDS}(?! (?:with|along|to|on|in|for|as)(?= ))"
    # Drink and pills together: "finish the vodka and the pills after work".
    r"|(?:finish|finishing|drink|drinking|down|downing|take|taking|mix|mixing) (?:off )?"
    r"(?:the |a |my |all the |all my |a bottle of |the bottle of |the rest of the )?(?:vodka"
    r"|whiskey|whisky|wine|alcohol|booze|rum|gin|tequila|liquor|beer) (?:and|with)"
    f" (?:the |my |all the |all my |all of my |the rest of the )?(?:\\w+ )?{_MEDS})"
)


# Whose pills they were: "my nan's old tablets", "my dads pills".
_KIN = "(?:nans|grans|mums|moms|dads|grandmas|grandads|nanas)"

# Pills set aside as a routine asks: sorted into an organizer, for a ward's patients, taken
# back for disposal, kept as the pharmacist said. Not a date ("for the weekend"): saving
# pills up for one is the plan itself.
_PILLS_AS_TOLD = (
    r"(?!(?: [^ .]+){0,6} (?:organizer|organiser|pill box|pillbox|pill case|dosette|blister"
    r"|patient|patients|rounds|ward|residents|take back|takeback|take them back"
    r"|bring them back|disposal|dispose|fridge|like the (?:pharmacist|doctor|nurse) said)(?= ))"
)

_PLANS: Final = [
    imminent(
        "plan_act",
        "plan|plans|planning|planned|planing",
        # "I make the plan already for to die": the order of a learner's English.
        r"(?: is)?(?: already)? (?:for to|to|for|on|on how to|of how to|how to|out how to|out how"
        r"|(?:on |of )?how id"
        r"|(?:on |of )?how i would|(?:on |of )?how ill|(?:on |of )?how i will"
        r"|(?:on |of )?how im going to) "
        # "my plan is to wait until everyone's asleep and then end it"
        r"(?:wait (?:until|till|for) (?:[^ .]+ ){1,8}?(?:and then|then|and) )?"
        # Not "how I'd do it if I won the lottery": "it" is then something else.
        f"(?!{ADV}do it (?:if|differently|better|again|over|this way|that way|right"
        # "planning to do it myself this weekend": a job done without paying for help.
        r"|properly|myself|ourselves)(?= ))"
        f"{ADV}{_ACT}",
        reasons="ideation plan",
    ),
    imminent("suicide_plan", "suicide", " plan", needs="plan", reasons="ideation plan"),
    imminent(
        # "I've been planning my death for weeks"; not a death metal playlist, nor a funeral
        # planned ahead, which older people do.
        "planning_my_death",
        "planning|planned|plan|plotting|plotted|planned out|mapping out|mapped out|preparing",
        r" (?:out )?my (?:own )?(?:death|suicide)(?! (?:metal|match|star|note|stranding|scene"
        r"|in (?:the|a|my) (?:game|book|story|novel|campaign))(?= ))",
        needs="death suicide",
        reasons="ideation plan",
    ),
    cue(
        # "My plan is set." Also a weekend's plan, so a cue.
        "plan_is_set",
        "plan|plans",
        r" (?:is|are) (?:set|ready|made|final|finalized|in place|all set|decided|settled)"
        r"(?= (?:[.,]|$|now))",
        needs="set ready made final finalized place decided settled",
        reasons="plan",
    ),
    cue(
        "have_plan",
        "plan",
        r"(?= (?:[.,]|now|already|ready|and|for (?:it|this|tonight|tomorrow|how|when|the weekend"
        r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|$))",
        back=r"(?:have|has|got|made|ve got|ve made|s got|came up with|worked out|figured out"
        r"|already have|already has|theres|there is) (?:a|my|the|her|his|their)",
        reasons="plan",
    ),
    cue(
        # "I finally have the guts to carry out my plan": a plan about to be acted on.
        "carry_out_plan",
        "fulfil|fulfill|carry out|execute|follow through with|follow through on|go through with"
        "|act on|put",
        r" (?:my|the) plans?(?: into (?:action|motion))?"
        r"(?= (?:[.,]|$|tonight|today|tomorrow|soon|now|this|when|after|before|at|finally))",
        needs="plan plans",
        reasons="plan",
    ),
    cue(
        "planned_it",
        "planned|plotted|prepared",
        r" (?:it all|everything|it|it out|the (?:date|day|time|place))"
        r"(?: (?:carefully|properly|perfectly|thoroughly|for (?:weeks|months|a while)))?"
        r"(?= (?:[.,]|$|out|already|so))",
        reasons="plan",
    ),
    cue(
        "picked_date",
        "picked|chose|chosen|set|decided on|found",
        r" (?:a|the) (?:date|day|time|place|spot|bridge|building|cliff|tree|method)"
        # "I set the date for the end of the month": a date with nothing it is for.
        r"(?= (?:[.,]|$|for it|already|for the end of (?:the|this|next) (?:month|week|year)"
        r"(?= (?:[.,]|$))))",
        needs="date place spot bridge building cliff tree method",
        reasons="plan",
    ),
    cue(
        "do_it",
        "do it|doing it|go through with it|going through with it|end it|end this|take them all"
        "|take all of them|swallow them|taking them all|taking all of them",
        r"(?= (?:[.,]|tonight|today|tomorrow|now|soon|this|when|after|before|then|$))",
        back=r"ill|i will|im going to|im gonna|gonna|going to|im|how (?:ill|im going to|to)"
        r"|when (?:ill|im going to)|(?:ill|im going to|gonna) (?:finally|really|actually)"
        # "I'm going to die alone, might as well do it now"
        r"|(?:i )?(?:might|may) as well(?: just)?",
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
        "decided|made up my mind|made my mind up|made my decision|made my choice",
        # Not a choice named after it: "made my mind up, golf it is".
        r"(?= (?:[.,]|$))(?! , (?:[^ .]+ ){1,3}it is(?= ))",
        reasons="intent",
    ),
    cue(
        "its_time",
        "time",
        r"(?= (?:[.,]|$))",
        back=r"(?:its|it is)(?: finally)?",
        reasons="intent",
    ),
    cue(
        "ready",
        "ready",
        # "I think I'm ready to go."
        r"(?: to go| to leave| for it)?"
        # "ready to go and be with Harold tonight": to someone, not to work or to bed.
        r"(?: (?:to|and be with|and join|to be with) (?!(?:work|school|bed|sleep|the|a|an|class"
        r"|church|the gym|dinner|lunch|my|our|your|his|her|their|him|them|you|us)(?= ))[^ .]+)?"
        r"(?= (?:[.,]|now|$|tonight))",
        back=r"im(?: finally)?",
        reasons="intent",
    ),
    cue(
        "it_ends",
        "ends|end|ending",
        r" (?:tonight|today|now|soon|here)",
        back=r"(?:this|it)(?: will| all| is)?",
        reasons="intent",
    ),
    cue("no_turning_back", "turning back", back="no(?: more)?", reasons="intent"),
    # "Going through with it" is said of the act; with a time either side it is a plan.
    imminent(
        "through_with_it_when",
        "going through with it|go through with it|going thru with it|go thru with it",
        f" (?:(?:on|this|next|at) )?(?:{_WHEN})(?= )",
        needs="through thru",  # the times ("today", "night") are in most messages
        back=r"(?:im|ill|i will|im going to|im gonna|gonna|going to)(?: finally| actually"
        r"| really| just| definitely)?",
        reasons="intent timeline",
    ),
    imminent(
        "when_through_with_it",
        "going through with it|go through with it|going thru with it|go thru with it",
        needs="through thru",
        back=f"(?:{_WHEN})(?: ,)? (?:im|ill|i will|im going to|im gonna|im just)(?: finally"
        "| actually| really| just| definitely)?",
        reasons="intent timeline",
    ),
    cue(
        # "I've decided to take it all": the pills named earlier. Not "take it all in".
        "take_it_all",
        "take it all|take them all|take all of it|take all of them|swallow it all"
        "|swallow them all|take everything",
        r"(?! (?:in|back|off|out|with|along|apart|away|home|personally|seriously|down)(?= ))",
        needs=_MED_NEEDS,
        back=r"(?:decided to|going to|gonna|ill|i will|plan to|planning to|want to|im just going"
        r" to)(?: just| finally)?",
        reasons="intent",
    ),
    cue(
        # Tying up loose ends, putting affairs in order, updating the beneficiary: a will's
        # kin, read the same way as made_will.
        "loose_ends",
        "loose ends",
        back=r"(?:tying|tie|tied|wrap|wrapping|wrapped|tidying|tidy)(?: up)?(?: all| my| the"
        r"| some| all my| all the| a few| any)?",
        reasons="plan",
    ),
    cue(
        # Putting one's affairs in order, a warning sign of its own.
        "affairs_in_order",
        "order",
        r"(?= (?:[.,]|$|for|before|now|so))",
        back=r"(?:put|putting|got|getting|have|set|setting|had)(?: all)? (?:my affairs|everything"
        r"|my things|things|my stuff|my life|my papers|my finances|my accounts|my paperwork) in",
        reasons="plan",
    ),
    cue(
        "beneficiary",
        "beneficiary|beneficiaries|life insurance",
        back=r"(?:updated|changed|named|added|checked|set up|sorted|sorted out|took out|increased)"
        r"(?: my| the| a)?",
        reasons="plan",
    ),
    cue(
        # Where the passwords are: left for whoever comes after.
        "passwords_left",
        "passwords|password|logins|pin numbers|bank details|account details",
        r"(?: are| is| s)? (?:in|on|under|inside|taped to|next to) (?:the|an|a|my) (?:\w+ )?"
        r"(?:envelope|fridge|drawer|desk|folder|safe|notebook|table|box|counter|doc|document"
        r"|notes app)",
        reasons="plan",
    ),
    cue(
        # "saturday it is": a day settled on.
        "day_it_is",
        f"tonight|tomorrow|{_DAYS}",
        r" it is(?= (?:[.,]|$))",
        reasons="timeline",
    ),
    cue(
        # "It's a nice day to die": a film line too, so a cue.
        "good_day_to_die",
        "die",  # led by the rare word: "day" is in most messages
        back=r"(?:nice|good|beautiful|perfect|great|fine|lovely|as good a) (?:day|night) to",
        reasons="ideation timeline",
    ),
    cue(
        # "tonight I'm done"; not "done with studying".
        "done_tonight",
        "done",
        r"(?= (?:[.,]|$|for good|forever))",
        back=r"(?:tonight|today|after tonight|after this|after today|this weekend)(?: ,)?"
        r" (?:im|i am|ill be)(?: finally| just| so| really)?",
        reasons="intent timeline",
    ),
    cue(
        # "... to the overpass and that's it": only where a place is named.
        "that_is_it",
        "thats it|that will be it|thatll be it",
        r"(?= (?:[.,]|$))",
        needs="bridge roof tracks cliff overpass ledge canyon building garage river railway",
        back="(?:and|then)",
        reasons="intent",
    ),
    # "I know how and I know where": one lead each, so each is one find.
    cue(
        "know_how_and",
        "know how and",
        r" (?:i )?(?:know )?(?:where|when)(?= )",
        needs="where when",
        back="(?:i|i already|and i|yeah i|i finally)",
        reasons="plan",
    ),
    cue(
        "know_where_and",
        "know where and",
        r" (?:i )?(?:know )?(?:how|when)(?= )",
        needs="how when",
        back="(?:i|i already|and i|yeah i|i finally)",
        reasons="plan",
    ),
    cue(
        # Calm once decided, a warning sign: "I feel strangely organised about it".
        "calm_about_it",
        "calm|peaceful|organised|organized|relieved|settled",
        r" about (?:it|this|everything)(?= (?:[.,]|$|now|like|which|for|calmer))",
        back=r"(?:feel|felt|im|i am|feeling)(?: so| strangely| weirdly| oddly| really| very"
        r"| kind of| kinda| surprisingly| actually| pretty)?",
        reasons="intent",
    ),
    cue(
        # No fear left of the act: "the fear is gone", "I'm not scared anymore".
        "fear_gone",
        "fear is gone|fears gone|fear has gone|fear went away|not scared anymore"
        "|not afraid anymore|not scared any more|not afraid any more|no longer scared"
        "|no longer afraid"
        # "I have a plan and I'm not afraid of it": a surgery's fear too, so a cue as the rest.
        "|not afraid of it|not scared of it|not afraid of dying|not scared of dying"
        "|not afraid to die|not scared to die|not afraid of death|not scared of death",
        r"(?= (?:[.,]|$|which|now|and|so|anymore|at all|either|of (?:it|dying|death)))",
        needs="fear fears scared afraid",
        back="(?:the|my|im|i am|and im|im just)",
        reasons="intent",
    ),
]

# After pills picked up or sorted: a pharmacy run or a weekly organizer, not a stash.
_ROUTINE = (
    r"(?! (?:from|at)(?= )| for (?:the|this|next|a) (?:week|month|day|morning|night|trip)(?= )"
    r"| in (?:my|the|a) (?:organizer|pill box|pillbox|pill organizer)(?= )"
    # Counted as a job: "counted pills by hand all afternoon", "... for patients".
    r"| by hand(?= )| all (?:day|afternoon|morning|shift)(?= )| (?:at|for) work(?= )"
    r"| for (?:patients|customers|the pharmacy|the ward)(?= )"
    # "counted pills for about 300 scripts": a pharmacy's work told by its count.
    r"| for (?:about |around |over |nearly |like )?(?:\d+ )?(?:scripts|prescriptions|orders"
    r"|patients|customers|residents)(?= ))"
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
        # Not a prop: "a noose for the haunted house".
        r"(?! (?:prop|decoration|costume|knot|for (?:the |a |our )?(?:halloween|haunted|play"
        r"|show|scene|costume)))",
        back=r"(?:tied|tie|tying|made|make|making|bought|got|have|set up|setting up|hung"
        r"|hanging up|had|keep|kept|keeping|hid|hide|hidden|hiding)(?: a| the| my)?",
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
        "|stashing|stashed|put aside|putting aside|set aside|setting aside|been putting aside",
        # "stockpiled my pain meds", "put aside my tablets these last months"
        f" (?:up )?(?:my |the |his |her |their |all my |some |enough |a lot of |\\d+ )?"
        # "my nan's old tablets"
        f"(?:{_KIN} )?"
        f"(?:pain |sleeping |heart |old )?{PILLS}" + _PILLS_AS_TOLD,
        needs=PILL_NEEDS,
        reasons="means plan",
    ),
    cue(
        # A stash told by how long it would last: "a year's worth of pain meds saved in the
        # drawer", "months' worth of tablets put away".
        "worth_of_pills_saved",
        "worth of",
        f" (?:my |the |his |her |\\w+s )?(?:pain |sleeping |heart |old )?{PILLS}"
        r" (?:saved|stashed|hidden|put away|put aside|set aside|squirreled away|kept)(?= )",
        needs="saved stashed hidden put set squirreled kept",
        back=r"(?:years|months|weeks|(?:a|two|three|six|\d+) (?:years|months))",
        reasons="means",
    ),
    rule(
        "collecting_pills",
        "collecting|collected|gathering|gathered",
        f" (?:up )?(?:my |the |all my |some |enough |a lot of |\\d+ )?"
        f"(?:(?:my )?{_KIN} )?(?:old )?"
        f"{PILLS}{_ROUTINE}",
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
        r"(?: (?:the|my|a|dads|my dads) (?:gun|pistol|rifle)| is loaded)"
        # Stored or kept for sport, not at hand: "my pistol is loaded in the safe".
        r"(?!(?: [^ .,]+){0,4} (?:in (?:the|my|a|its|his) (?:safe|gun safe|cabinet|lockbox)"
        r"|locked|at the range|for (?:the range|hunting|deer|the season))(?= ))",
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
        # "i got my dads pills in my room now"
        back=rf"(?:have|got|bought|grabbed|found|already have) (?:the|my)(?: {_KIN})?",
        reasons="means",
    ),
    cue(
        "have_weapon",
        f"rope|noose|{GUNS}|firearm|9mm|glock|sidearm|razor blades"
        "|blades|bullets|sodium nitrite|nitrite|poison|cyanide|charcoal|helium",
        # Not handed on: "you can have my rifle mate".
        back=r"(?:(?<!you can )(?<!u can )(?<!he can )(?<!she can )(?<!they can )have|got|bought"
        r"|ordered|grabbed|found|picking up|pick up|picked up|buying|buy"
        r"|getting|saving up for|saving for|looking for|searching for|purchased|purchasing|afford)"
        r"(?: a| some| the| myself a| my)?(?: \w+){0,2}",
        reasons="means",
    ),
    cue(
        "nice_knowing",
        "knowing",
        " (?:you|ya|u|yall|everyone|all of you)",
        # "it was" goes in the frame: before it, "was" would read as a past state.
        back="(?:it was |it s been |its been |twas )?(?:nice|good|great|an honor|a pleasure)",
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
    # Led by "the night" / "the day", found as whole phrases: "today" and "day"
    # are in most messages, "the day" after "today is" in few.
    cue(
        "the_night",
        "the night",
        back=r"(?:tonights|tonight is|tonight might be|tonight could be|tonight will be"
        r"|tonight may be|tonight is gonna be|tonight is going to be|tonight feels like"
        r"|feels like tonight is)",
        needs="night",
        reasons="timeline",
    ),
    cue(
        # "i think it's tonight": the time for it felt out, with nothing named.
        "its_tonight",
        # Led by the hedge; "today" is in too many messages to gate a rule.
        "think its|think it is|think itll be|think it will be|guess its|guess it is|know its"
        "|know it is|feel like its|maybe its|probably its",
        r" (?:tonight|tomorrow)(?= (?:[.,]|$|because|then|i))",
        needs="tonight tomorrow",
        reasons="timeline",
    ),
    cue(
        # "I just want one last good conversation before I go."
        "one_last_talk",
        "one last",
        r"(?: ,)?(?: good| real| nice| proper)? (?:conversation|talk|chat)"
        r"(?= (?:[.,]|$|with|before))",
        needs="conversation talk chat",
        back=r"(?:want|need|have|wanted|would like|id like|to have)(?: to have)?",
        reasons="goodbye",
    ),
    cue(
        "the_day",
        "the day",
        back=r"(?:todays|today is|today feels like|today might be|today could be|today will be)",
        needs="day",
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
    imminent(
        # A gun out and at hand: "the revolver out on the desk in front of me", "sitting with
        # it loaded in my lap". Not one out for cleaning or at the range.
        "gun_out",
        # "old revolver" as a lead: "old" before a lead reads as the past (see reading).
        "|".join(f"old {gun}" for gun in _GUN.split("|")) + f"|{_GUN}|loaded",
        r"(?: is| s| sitting| lying| laying| right| already)*"
        r" (?:out (?:on|in front of|next to|beside) (?:the|my|me)|(?:in|on) my lap|in front of me"
        r"|next to me|beside me|on my chest|under my chin)"
        r"(?!(?: [\w,]+){0,5} (?:clean|cleaning|cleaned|oil|oiling|range|hunting|sale|selling"
        r"|sell|display|case|counter|store|shop|museum)(?= ))",
        needs=f"{_GUN_NEEDS} loaded",
        reasons="means method",
    ),
    cue(
        # Where the means are kept: "my sidearm is in the nightstand", "the rope is in the
        # garage", "the bottle's open on my nightstand".
        "means_put_by",
        f"{_GUN}|{PILL_WORDS}|rope|noose|blade|blades|razor|razors|bottle|bottles",
        # "a full bottle of sleeping tablets in my bag"
        rf"(?: of(?: my| the)?(?: \w+)? (?:{PILL_WORDS}))?"
        r"(?: is| are| s| stays| sits| sitting| lies| lying| still)?(?: out| loaded| ready"
        r"| hidden| already| open)? (?:on|in|under|inside|next to|by|beside) (?:my|the|a)"
        r" (?:nightstand|night stand|bedside table|bedside drawer|bedside|glovebox|glove box"
        # "... in the hall closet"
        r"|glove compartment|drawer|desk|garage|(?:hall |bedroom |coat )?closet|trunk|truck|shed"
        r"|attic|basement|wardrobe"
        r"|pillow|mattress|lap|bag|backpack|purse|pocket|handbag)(?= )"
        # ... or at hand: "a bottle of my sleeping pills next to me".
        r"| (?:right )?(?:next to|beside|in front of) me(?= )",
        # "my husband's hunting rifle"
        back=r"(?:the|my|a|his|her|dads|grandpas|moms|my husbands|my wifes|my dads|my moms)"
        r"(?: \w+)?",
        reasons="means",
    ),
    cue(
        # "sitting in the truck with my pistol"
        "with_gun",
        _GUN,
        r"(?= (?:[.,]|$|in my|on my|again|tonight|right now|now))",
        back=r"(?:sitting|sat|sit|lying|laying|alone|up late|awake)(?: \w+){0,4} with (?:my|a|the"
        r"|dads|his|my dads|my \w+s)(?: \w+)?",
        reasons="means",
    ),
    rule(
        # "thinking about eating it" with a gun named: the barrel, not a meal.
        "eat_the_gun",
        # "I think about eating my rifle", "want to eat a bullet": any gun, or its round.
        "eating|eat",
        r" (?:it|the barrel|(?:my|a|the|my own) (?:gun|rifle|pistol|shotgun|revolver|handgun"
        r"|sidearm|service weapon|service pistol|service rifle|glock|bullet|barrel))(?= )",
        needs=f"{_GUN_NEEDS} bullet barrel sidearm glock weapon",
        back=r"(?:thinking about|think about|thought about|want to|wanna|gonna|going to|could"
        r"|might|just|to|of)",
        level=HIGH,
        context_level=IMMINENT,
        reasons="ideation method",
    ),
    cue(
        # "got it right here", said where a means is named.
        "right_here",
        "right here|right next to me|right beside me",
        r"(?= (?:[.,]|$|next to me|with me|beside me))",
        needs=f"{_GUN_NEEDS} {_MED_NEEDS} rope noose blade blades razor",
        back=r"(?:got|have|ive got|keep|i keep|its|it is|theyre|they are|got it|have it|got them"
        r"|have them|its sitting|theyre sitting)",
        reasons="means",
    ),
    cue(
        # "I bought a handgun yesterday. Not for protection.": the purpose left unsaid.
        "not_for_protection",
        "protection|self defense|self defence|home defense|home defence|hunting|range"
        "|target practice|sport",
        r"(?= (?:\.|$))",
        back=r"(?:not|and not|but not|its not|it isnt|isnt) for(?: the| my)?",
        reasons="intent",
    ),
    cue(
        # "... today. you know why" ends the message: left unsaid on purpose.
        "you_know_why",
        "know why|know what for|know what its for|guess why|guess what for",
        r"(?= (?:[.,] )*$)",
        back=r"(?:you|u|ya)(?: can| already| probably| all)?",
        reasons="intent",
    ),
    cue(
        # "counted my pills again: 64. should be plenty"
        "should_be_plenty",
        "plenty|enough|more than enough",
        r"(?= (?:[.,]|$))",
        needs=_MED_NEEDS,
        back=r"(?:should be|that should be|thatll be|that will be|will be|thats|its|theyll be"
        r"|they should be|thats more than|should do)",
        reasons="means",
    ),
    cue(
        # Someone else's medicines: "I have pills of my father".
        "others_pills",
        PILL_WORDS,
        r" (?:of|from) my (?:father|mother|mom|mum|dad|parents|grandma|grandpa|grandmother"
        r"|grandfather|nan|nana|roommate)s?(?= )",
        back=r"(?:have|got|took|stole|found|taking|grabbed|using|stealing)(?: some| the| all"
        r"| all the| all of)?",
        reasons="means",
    ),
    cue(
        # Buying a gun in a hurry: "do gun shops near me do same day sales".
        "gun_shop",
        "gun shop|gun shops|gun store|gun stores|pawn shop|pawn shops",
        r" (?:near me|nearby|around here|open(?= (?:now|today|tonight|late)))"
        r"|(?: \w+){0,4} same day (?:sale|sales|purchase|purchases|pickup)",
        needs="gun pawn",
        reasons="means",
    ),
    rule(
        # "I keep thinking about my gun": little alone, much next to a time.
        "thinking_of_gun",
        _GUN,
        r"(?= (?:[.,]|$|and|again|a lot|all|every|lately|tonight|today|constantly|so|right))",
        back=r"(?:keep|cant stop|been|always|constantly|keep on|started) thinking (?:about|of)"
        r" (?:my|the|dads|my dads|his)(?: \w+)?",
        level=CONCERN,
        context_level=IMMINENT,
        reasons="means",
    ),
    cue(
        # "bought what I need, it's in the trunk": the means unnamed.
        "bought_what_i_need",
        "what i need|everything i need|all i need|the stuff i need|what i needed"
        "|everything i needed|all i needed",
        r"(?= (?:[.,]|$|its in|for it|for this|from the (?:pharmacy|chemist|drugstore"
        r"|hardware store)))",
        needs="need",
        back=r"(?:bought|got|picked up|ordered|ive got|gathered|ive bought)",
        reasons="means",
    ),
    cue(
        "access_to",
        "access to",
        r" (?:a gun|guns|pills|a firearm|firearms|my \w+ gun|his gun|weapons|knives|a knife"
        r"|a rope|rope)",
        reasons="means",
    ),
]

# A farewell letter to what a person leaves behind them, a therapy exercise or a
# leaving card: "wrote a goodbye letter to my old job", "... to my eating disorder".
_NOT_TO_WHAT_IS_LEFT = (
    r"(?! to (?:my|the|this|our|an|a) (?:old |former |last |first |younger )?(?:job|team"
    r"|class|office|school|work|workplace|company|house|home|apartment|flat|city|town"
    r"|country|twenties|thirties|teens|youth|eating disorder|ed|addiction|drinking|anxiety"
    r"|depression|self|body|band|car|hometown|uni|college)(?= ))"
)


_OWNED_WORDS = (
    "stuff things belongings possessions clothes games books pet pets cat dog guitar guitars "
    "collection plants headphones jacket jewelry jewellery bike bikes xbox playstation console "
    "records art pc laptop computer hoodie journal diary ring necklace watch camera keyboard "
    "switch ps5 skateboard plushies tools sneakers shoes trainers keys passwords figures merch "
    "journals acc account accounts skins rings gear medals uniform rods skates setup kit "
    "tags sketchbook sketchbooks pss ps4 chain"
)
# What is handed on: one thing, or two ("my medals and my watch", "my pc and my whole setup").
_ITEM = (
    r"(?:(?:whole|entire) )?(?:\w+ )?(?:stuff|things"
    r"|belongings|possessions|figures|merch|journals"
    r"|clothes|games|books|pets?|cat|dog|guitars?|collection|plants|headphones|jacket|jewelry"
    r"|jewellery|bikes?|xbox|playstation|console|records|art|pc|laptop|computer|hoodie|journal"
    r"|diary|ring|necklace|watch|camera|keyboard|switch|ps5|skateboard|plushies|tools|sneakers"
    r"|shoes|trainers|keys|passwords|acc|account|accounts|skins|rings|gear|medals|uniform"
    r"|(?:fishing )?rods|skates|setup|kit|(?:dog )?tags|sketchbooks?|pss|ps4|chain)"
)
_OWNED = (
    # "my whole skin collection": how much of it, then what kind.
    rf"(?:all |most )?(?:of )?(?:my|his|her|their) {_ITEM}"
    rf"(?: and (?:all )?(?:my |his |her )?{_ITEM})?"
)
# Given away before a move or a clear-out, not as a goodbye.
_NOT_MOVING = (
    r"(?!(?: [\w,]+){0,8} (?:moving|move|moved|relocating|downsizing|declutter|decluttering"
    r"|decluttered|outgrew|upgraded|new one)(?= ))"
)

_GOODBYES: Final = [
    imminent(
        "this_is_goodbye",
        "goodbye",
        # Not to a team or a class left: "this is my goodbye to the team, new job on monday".
        r"(?! to (?:the|my|this|our) (?:team|class|office|club|job|colleagues|coworkers|crew"
        r"|school|students|group)(?= ))"
        # For a time, not for good: "this is goodbye for a while! moving to Auckland".
        r"(?! for (?:a while|now|a bit|a little while|a few (?:days|weeks|months)|today"
        r"|the (?:summer|weekend|week|month|semester|year|holidays))(?= ))",
        back="this is(?: my)?",
        reasons="goodbye",
    ),
    imminent(
        "goodbye_forever",
        "goodbye|bye|farewell",
        # Not "goodbye forever calc": a farewell to something named is not one to life.
        r" (?:forever(?= (?:[.,]|$|and|everyone|i|im|emoji\w+|bye|goodbye|my|its|this))"
        r"|(?:cruel )?world"
        # "goodbye everyone, and i mean everyone, forever"
        r"|(?:to )?(?:everyone|everybody|all|yall|you all|guys|friends)(?: [^ .]+){0,6} forever"
        r"(?= (?:[.,]|$))"
        # "tonight I say goodbye to this life"
        r"|to (?:this|my|the) (?:life|world|existence)(?= (?:[.,]|$|forever|tonight)))",
        needs="forever world life existence",
        reasons="goodbye",
    ),
    imminent(
        # A note to be read after: "when you read this I won't be here anymore", "if you're
        # reading this I'm already gone". Not "... I'll be at the hospital having the baby",
        # nor "I won't be here, I'm at my mum's all weekend".
        "read_when_gone",
        "by the time|when|once|if",
        f" {_READ_LATER} {_GONE_BY_THEN}(?!(?: anymore| any more| any longer)?(?:{_GONE_WHERE}))",
        needs="read reads reading see sees find finds get gets",
        reasons="goodbye",
    ),
    cue(
        # The frame alone: "by the time you read this tomorrow ...". A goodbye beside a
        # second sign or after concern; "by the time you read this I'll have landed" is not,
        # nor a long post's "thank you if you read this", "if you read it all, thank you".
        "read_later",
        "by the time|when|once|if",
        r"(?<!thank you if)(?<!thanks if)(?<!thank u if)(?<!ty if)"
        f" {_READ_LATER}"
        r"(?! (?:i(?:ll| will) (?:have )?(?:landed|arrived|be (?:home|back|at|on|in|there|asleep"
        r"|out|done with))|we(?:ll| will)|all|far|in the middle|and|until|till|to the end"
        r"|thank|thanks|thx|ty|please|pls|sorry|dont|do not)(?= ))"
        f"(?! (?:{_NOT_HERE}|home)(?: anymore| any more)?|{_GONE_BY_THEN})"
        f"(?: anymore| any more| any longer)?(?:{_GONE_WHERE}))",
        needs="read reads reading see sees find finds get gets",
        reasons="goodbye",
    ),
    imminent(
        "last_words",
        "last|final",
        r" (?:message|post|words|goodbye|note|text|tweet|letter)"
        # Not the last words on a subject, nor the last post on a forum left for another:
        # "... on the subject: pineapple belongs on pizza", "..., we're moving to Canada".
        r"(?! on (?:the|this|that) (?:subject|matter|topic|issue)(?= ))"
        # Nor the last post in a role left: "... as a moderator, stepping down".
        r"(?! as (?:a |an |the |your |our |this )?(?!living|human|person)[^ .]+(?= ))"
        r"(?!(?: [^ .]+){0,8} (?:moving(?! on )|relocating|switching to|new account|new forum"
        r"|new server|new one|new site)(?= ))"
        # Not the last message before a trip: "... before the fishing trip, no signal".
        r"(?! (?:before|until|till) (?:the|my|our|a|we|i (?:leave|head|fly|go) (?:on|for|to|off))"
        r"(?: [^ .]+){0,3} (?:trip|vacation|holiday|flight|camp|camping|cruise|hike|retreat"
        r"|deployment|surgery|exam|exams|finals|weekend|week|break)(?= ))"
        # Nor the last for the day: "... for today, going to bed", "..., night night".
        r"(?! (?:for|of) (?:today|tonight|the day|the night|now|the evening|this week)(?= ))"
        r"(?!(?: [^ .]+){0,3} (?:(?:going|off|heading|gotta go|have to go) to (?:bed|sleep)"
        r"|goodnight|good night|gn|night night|see you tomorrow|talk tomorrow)"
        r"(?! (?:forever|for good|for ever|permanently|and never|and not|and wont))(?= ))",
        needs="message post words goodbye note text tweet letter",
        back=r"(?:this is|this will be|these are|here are) my",
        reasons="goodbye",
    ),
    imminent(
        # "my last words before my death", "my last message before I go".
        "last_words_before",
        "last|final",
        r" (?:message|post|words|goodbye|note|text|tweet|letter) before (?:my death"
        f"|(?:i die|i go|i leave|im gone|i end it|i do it)(?= (?:[.,]|$|forever|tonight))"
        f"|i kill {SELF})",
        needs="message post words goodbye note text tweet letter",
        back="my",
        reasons="goodbye",
    ),
    imminent(
        "wont_be_here",
        "here|alive|around",
        # "... alive to need this app after tonight"
        r"(?: to \w+(?: \w+){0,3}?)? (?:tomorrow|in the morning|by (?:the )?morning"
        r"|to see (?:tomorrow|the morning|another day|the sunrise)|after (?:tonight|today))",
        needs="tomorrow morning see after",
        back="(?:wont|will not) be",
        reasons="goodbye",
    ),
    cue(
        # "I won't be here by Sunday", "I won't see Monday": a day not lived to. Also a trip
        # ("won't be here by Sunday, flying out"), so a cue.
        "wont_be_here_by",
        "here by|around by|alive by|see",
        f" (?:the weekend|next week|{_DAYS}|christmas|another (?:week|month|birthday))"
        r"(?= (?:[.,]|$))" + _TRAVELLING,
        needs=f"weekend week christmas another {_DAYS.replace('|', ' ')}",
        back="(?:wont|will not|im not going to|not going to)(?: be| live to| make it to)?",
        reasons="goodbye",
    ),
    imminent(
        "saying_goodbye",
        "saying",
        # "to all", not "to all my coworkers"
        r" (?:my )?goodbyes?(?= (?:[.,]|$|to (?:everyone|you|all(?! (?:my|the|our|of my|of the"
        r"|of our)(?= ))|the world)"
        # "I'm saying goodbye now", not "... now, see you tomorrow"
        r"|(?:now|forever|for good|for real)(?! (?:[.,] )?(?:see|talk|ttyl|gn|goodnight|good night"
        r"|catch|until|till|gotta|have to|bc|because|cause)(?= ))))",
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
        _NOT_TO_WHAT_IS_LEFT,
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
        " (?:a|my|the|some) (?:suicide|goodbye|farewell) (?:note|letter|letters|notes)"
        f"{_NOT_TO_WHAT_IS_LEFT}",
        needs="suicide goodbye farewell",
        reasons="goodbye",
    ),
    imminent(
        "last_day_alive",
        "last|final",
        r" (?:day|night|days|hours|breath|sunrise|sunset|week|weekend|month|morning|christmas"
        r"|birthday|summer) (?:on (?:this )?earth|alive|of my life"
        r"|on this planet|in this world)",
        needs="earth alive life planet world",
        back="my",
        reasons="goodbye timeline",
    ),
    cue(
        "my_last_day",
        "last|final",
        r" (?:day|night|week|weekend)(?= (?:[.,]|$))",
        needs="day night week weekend",
        back=r"(?:today|tonight|this|it) (?:is|will be|might be|could be|may be) my",
        reasons="goodbye timeline",
    ),
    cue(
        # "I guess this is the last month of my life". Not "the last year of my life
        # has been hell", which looks back: only a present or future "is" leads.
        "last_of_my_life",
        "last|final",
        r" (?:day|days|night|nights|week|weeks|weekend|month|months)"
        r" (?:of my life|i will be alive|im alive|alive|on earth)(?= )",
        needs="life alive earth",
        back=r"(?:today|tonight|this|it|its)(?: (?:is|will be|might be|could be|may be"
        r"|is going to be))? (?:the|my)",
        reasons="goodbye timeline",
    ),
    cue(
        # A deadline set for oneself: "I give myself one week and if nothing changes ...".
        "give_myself_until",
        "give myself|giving myself|gave myself",
        r" (?:(?:one|a|two|three|four|five|six|a few|a couple of|another|\d+)(?: more)?"
        r" (?:day|days|week|weeks|month|months|year|years)|(?:until|till|til) \w+)(?= )",
        needs="day days week weeks month months year years until till til",
        reasons="plan timeline",
    ),
    imminent(
        "dead_by",
        "dead",
        r" (?:by (?:the end of )?(?:tonight|the night|tomorrow|morning|the morning|sunrise"
        r"|midnight|the weekend|the end of the day)|before (?:the )?(?:sun comes up|sun rises"
        r"|sunrise|morning|dawn|midnight|tomorrow|the weekend|anyone wakes up|you wake up"
        r"|they wake up|morning comes))"
        r"(?! (?:if|from|of|lol|lmao|haha|emojilaugh|emojiskull)(?= ))",  # "... if this flu ..."
        needs="tonight night tomorrow morning sunrise midnight weekend day sun dawn wakes wake"
        " comes rises",
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
        "coming back|come back|returning|driving back|drive back|coming home|come home"
        "|walking back|swimming back|going home|go home",
        r"(?= (?:[.,]|$|from this|this time|home))",
        back=r"(?:not (?:planning|going|intending) (?:on|to)|dont plan (?:on|to)|wont be"
        # Not "wish I could disappear and not come back": the passive wish's own words.
        r"|never|(?<!could disappear )(?<!could just disappear )(?<!could vanish )"
        r"(?<!could just vanish )(?<!run away )(?:and not|and never)"
        r"|no plans to|no plan to"
        # "I'm going now and I'm not coming back"; not "I quit and I'm not coming back".
        r"|(?:going|leaving)(?: now)? and (?:im|i am) not)",
        reasons="goodbye",
    ),
    rule(
        "find_my_body",
        "find|finds|found|discover|discovers",
        r" my (?:dead |lifeless )?(?:body|corpse)(?! (?:board|wash|lotion|spray|butter|pillow|suit"
        r"|weight|fat|hair|type|shape|image|language|clock|count|parts?|temperature)(?= ))",
        needs="body corpse",
        back=r"(?:will|would|wont|have to|has to|going to|gonna|dont want (?:\w+ ){1,3}to|who"
        r"|someone|somebody|nobody|no one)"
        # "so long as he doesn't have to wake up and find my body"
        r"(?: (?:wake up|come home|walk in|get home|come in|go in|open the door))?(?: and)?",
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
        # "my" makes them the speaker's own: no frame needed ("..., said my goodbyes").
        "said_goodbyes",
        "said|made|saying",
        r" (?:all )?my goodbyes(?= (?:[.,]|$|to (?:everyone|you|all|the world|my)|tonight|today"
        r"|now))",
        needs="goodbyes",
        reasons="goodbye",
    ),
    cue(
        # Goodbyes sent rather than said: "just sent goodbyes to my kids".
        "sent_goodbyes",
        "sent|send|sending|texted|texting|wrote|writing|messaged",
        r" (?:all )?(?:my )?(?:goodbyes|goodbye (?:texts|messages|letters))"
        r"(?= (?:[.,]|$|to (?:everyone|you|all|the world|my)))",
        needs="goodbyes goodbye",
        reasons="goodbye",
    ),
    cue(
        "other_side",
        "see",
        # Not "on the other side of the atlantic": a place across, reached by a trip.
        r" (?:you|ya|u|yall|you all|everyone) on the other side(?! of(?= ))",
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
        r"(?: to)? (?:everyone|everybody|all|guys|friends|yall|all of you|my friends)",
        reasons="goodbye",
    ),
    cue(
        "thanks_for_everything",
        "thank you|thanks|thank u|sorry",
        r" for everything(?= (?:[.,]|$|youve|you have|i (?:put|did|said|caused|made|ever)"
        r"|before (?:i go|i leave|im gone)))",
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
        r" me (?:anymore|again|ever again|much longer|for much longer|for long"
        r"|(?:at all|after (?:tonight|today|tomorrow|this week|this weekend))(?= (?:[.,]|$)))",
        needs="worry deal hear bothered",
        back=r"(?:you|u|they) (?:wont|will never)(?: have to| need to)?",
        reasons="goodbye",
    ),
    cue(
        # "take care of my dog for me", "look after mum for me": the ones left behind,
        # given into someone's care.
        "take_care_of",
        "take care of|please take care of|look after|please look after",
        # Not for a weekend away: "look after my dog for me this weekend".
        r" (?:my (?:cat|dog|kids|family|mom|mum|dad|pets|little sister|little brother|sister"
        r"|brother|nan|gran|grandma|babies|baby|plants)(?: for me)?|(?:mom|mum|dad|nan|gran"
        r"|grandma) for me)(?= (?:[.,]|$|when (?:im|i am) (?:gone|not here|not around)))",
        needs="cat dog kids family mom mum dad pets sister brother nan gran grandma babies baby"
        " plants",
        reasons="goodbye",
    ),
    cue(
        "wont_be_a_burden",
        "problem|burden|bother|nuisance",
        r"(?: (?:for|to) (?:anyone|anybody|everyone|you|you guys|them|my family|yall))?"
        " (?:much longer|for much longer|for long|anymore|soon|after (?:this|tonight|today))",
        needs="longer long anymore soon after",
        back=r"(?:wont|will not|not going to|im not going to|aint gonna|im not gonna) be"
        r" (?:a|your|anyones|everyones)",
        reasons="goodbye",
    ),
    rule(
        # "I won't be a problem for anyone after tonight": a burden lifted at a time named.
        # High alone; not a move or a new job said after it.
        "wont_be_a_burden_after",
        "problem|burden|bother|nuisance",
        r"(?: (?:for|to) (?:anyone|anybody|everyone|you|you guys|them|my family|yall))?"
        r" after (?:tonight|today)(?= (?:[.,]|$))"
        + _NOT_MOVING
        # Nor a cast off or the kids picked up: "..., the cast comes off".
        + r"(?!(?: [\w,]+){0,8} (?:cast|crutches|stitches|surgery|picking|babysitter|babysitting"
        r"|kids|shift|exam|deadline|flight|car|fixed|repaired)(?= ))",
        needs="after",
        back=r"(?:wont|will not|not going to|im not going to|aint gonna|im not gonna) be"
        r" (?:a|your|anyones|everyones)",
        level=HIGH,
        context_level=IMMINENT,
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
        # "It'll all be done by the weekend", "by the end of the week it'll be over": an end
        # with a date and nothing named that ends.
        # Not "it'll be done by Friday", said of work: done only with "all".
        "over_by",
        "be over|all be over|all be done|all be finished",
        f"(?: by (?:the end of )?(?:the |this |next )?(?:week|month|{_WHEN}))?(?= (?:[.,]|$))",
        needs="week month tonight tonite tomorrow tmrw today weekend night morning monday tuesday"
        " wednesday thursday friday saturday sunday",
        back=r"(?:by (?:the end of )?(?:the |this |next )?(?:week|month|"
        f"{_WHEN})(?: ,)? )?(?:itll|it will)",
        reasons="goodbye timeline",
    ),
    cue(
        # Giving away what one owns, a warning sign of its own; "away" either side.
        "giving_away",
        "gave|giving|given|handed|handing|gifting|gifted",
        f"(?: away {_OWNED}| {_OWNED} away| {_OWNED} to(?! the (?:shelter|charity|thrift|goodwill"
        r"|library)(?= ))(?: \w+){1,3}| (?:my|our) (?:little |big |baby |best )?(?:sister|brother"
        r"|friend|neighbour|neighbor|cousin|mom|mum|son|daughter|roommate|bro|sis|aunt|uncle)"
        f" {_OWNED})"
        f"{_NOT_MOVING}",
        needs=_OWNED_WORDS,
        reasons="plan",
    ),
    cue(
        # A learner's present: "I give my phone and my clothes to my roommate". Only "my"
        # things, so "give her things to look forward to" is advice.
        "give_my_things_to",
        "give",
        rf" my (?:[^ .]+ ){{0,4}}?(?:{_OWNED_WORDS.replace(' ', '|')}|phone) to (?:my|the|a)"
        r" [^ .]+" + _NOT_MOVING,
        needs=_OWNED_WORDS + " phone",
        back=r"i(?: will| am going to| want to)?",
        reasons="plan",
    ),
    cue(
        # Left with someone: "put the dog with my ex", "left my cat with the neighbour".
        "pet_left_with",
        "put|left|dropped off|dropped|dropping off|dropping|rehomed|gave|took",
        r" (?:the|my|our) (?:dog|cat|dogs|cats|pets?|bird|rabbit|hamster|fish)"
        # "took my cat to my ex's and told her he's hers now"
        r"(?: off)? (?:with|at|to) (?:my|a|the|our) \w+(?: \w+)?"
        r"(?= (?:[.,]|$|and|for good|forever))",
        needs="dog cat dogs cats pet pets bird rabbit hamster fish",
        reasons="plan",
    ),
    cue(
        "paid_off",
        "paid off|paid|settled|cleared",
        r" (?:off )?(?:what i could|all my debts|my debts|everything i owe|what i owe|all i owe"
        r"|my (?:credit cards?|bills|loans|tab)|the last bill|my last bills?|the last of my bills"
        r"|the last of my debts)(?= )",
        needs="could debts owe credit bills bill loans tab",
        reasons="plan",
    ),
    cue(
        # "won't be needing them where I'm going"
        "wont_need_them",
        "needing|need",
        r" (?:it|them|this|these|those|that|any of (?:it|this|them|that)|my \w+|any \w+)"
        r"(?: anymore| any more)? (?:where im going|where i am going|where im headed"
        r"|after (?:tonight|this week|this weekend|today|tomorrow|this)|much longer"
        r"|for much longer|soon|for long"
        # "gave Earl my rods, told him I'd not be needing them again": things given or
        # cancelled, said not to be needed, with no reason.
        r"|again(?= (?:[.,]|$))|anymore(?= (?:[.,]|$))|(?= (?:[.,]|$)))(?= )" + _NOT_MOVING,
        back=r"(?:wont|will not|not going to|im not going to|not gonna|i wont|id not"
        r"|i would not|i wouldnt)(?: be)?",
        reasons="goodbye",
    ),
    cue(
        # "told her to keep them forever": things given as keepsakes.
        "keep_forever",
        "keep it|keep them|keep these|keep those",
        r" (?:forever|for always)(?= )",
        needs="forever always",
        back=r"(?:told|asked|want|wanted|telling) (?:her|him|them|you|my \w+)(?: to)?",
        reasons="plan",
    ),
    cue(
        "made_will",
        "will",
        r"(?= (?:[.,]|$|and|so|too|as well|just in case|last night|yesterday|today"
        r"|this (?:week|morning|afternoon|evening)|already|finally))",
        needs="made wrote written updated finished signed drew sorted changed rewrote redid redone",
        back=r"(?:made|wrote|written|updated|finished|signed|made out|drew up|sorted out|sorted"
        r"|changed|rewrote|redid|redone)"
        r" (?:my|a)",
        reasons="plan",
    ),
    cue(
        "letters_to",
        "letters|letter|notes|envelopes",
        r" (?:to|for) (?:everyone|all|(?:my|the) (?:family|kids|children|parents|mom|mum|dad|wife"
        r"|husband|partner|friends|sisters?|brothers?|boys|girls|sons?|daughters?|mam|nan|gran"
        r"|grandkids)|the people i love|everyone i love"
        r"|(?:each|all) of (?:them|you|the kids|my kids|the children|my children)"
        r"(?= (?:[.,]|$|and|last|tonight|today|yesterday|this)))",
        needs="everyone all family kids children parents mom mum dad wife husband partner friends "
        "sister sisters brother brothers people each boys girls son sons daughter daughters mam "
        "nan gran grandkids",
        back=r"(?:wrote|written|writing|write|left|leaving|leave)(?: some| a few| a| my| goodbye)?",
        reasons="goodbye",
    ),
    cue(
        # A letter left to be found: "written her a letter and left it on the mantel where
        # she'll find it". Not keys or a parcel. Led by the writing, and the finder kept out
        # of the match, so the nearest "I've" says whose letter it is.
        "letter_left_to_find",
        "wrote|written|writing",
        r" (?:her|him|them|my \w+|\w+)?(?: a| my)? (?:letter|note|letters|notes)"
        r" (?:and )?(?:left|put|placed) (?:it|them)(?: [^ .]+){0,5}"
        r"(?= where (?:shell|hell|theyll|she|he|they|someone|somebody|\w+)"
        r"(?: will| would| can)? (?:find|see) (?:it|them) )",
        needs="find see",
        reasons="goodbye",
    ),
    cue(
        # A note left where it is seen first: "left a note on my desk"; things left for
        # someone "with a note". Not one on the fridge about dinner.
        "left_a_note",
        "left a note|left notes|left my note|left a letter",
        r" (?:on|in) (?:my|the) (?:desk|bed|pillow|kitchen table|table|dresser|nightstand"
        r"|bedside table|mantel|mantelpiece)" + r"(?= (?:[.,]|$))",
        needs="desk bed pillow table dresser nightstand mantel mantelpiece",
        reasons="goodbye",
    ),
    cue(
        "left_with_a_note",
        "with a note|with a letter|and a note|and a letter",
        r"(?= (?:[.,]|$))",
        needs="note letter",
        back=r"(?:left|leaving) (?:them|it|everything|all of it)(?: [^ .]+){0,5}",
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
        # Where the note is left: "my note is in the drawer".
        "note_left_in",
        "note|notes|letter|letters",
        r"(?: is| are| s)? (?:on|in|under|inside|next to|by|taped to) (?:my|the|a)"
        r" (?:drawer|desk|table|fridge|kitchen|counter|envelope|nightstand|pillow|bed|mailbox"
        r"|car)(?= )",
        back=r"(?:my|the)(?: suicide| goodbye)?",
        reasons="goodbye",
    ),
    cue(
        # "I've made my peace", "I'm going to be at peace soon": a farewell's words.
        "made_peace",
        "peace",
        r"(?= (?:[.,]|$|with (?:it|everything|everyone|god|dying|death"
        r"|leaving|this)(?= )))",
        back="(?:made|making|make) my",
        reasons="goodbye",
    ),
    cue(
        "at_peace_soon",
        "peace",
        r"(?: soon| tonight| finally| at last)?(?= (?:[.,]|$))",
        back=r"(?:ill|i will|im going to|im gonna|gonna|going to)(?: finally)? be(?: finally)? at",
        reasons="goodbye",
    ),
    cue(
        # Lines from a note: "none of this was your fault", "don't let them blame my brother".
        "not_your_fault",
        "fault",
        back=r"none of (?:this|it|that) (?:is|was|will be|were)(?: ever)? (?:your|anyones"
        r"|anybodys|their|his|her|my \w+s)",
        reasons="goodbye",
    ),
    cue(
        "dont_blame",
        "blame",
        r" (?:my \w+|anyone|anybody|yourself|yourselves|themselves|him|her|them|each other"
        r"|you)(?= )",
        back=r"(?:please dont|please do not|dont let (?:them|anyone|people|him|her|my \w+)"
        r"|nobody should|no one should)",
        reasons="goodbye",
    ),
    cue(
        # "tell my sister I loved her, I can't tell her myself": a message left for after.
        "cant_tell_myself",
        "tell her myself|tell him myself|tell them myself|tell you myself|tell her in person"
        "|tell him in person|tell them in person|say goodbye myself|say goodbye in person",
        needs="myself person",
        back=r"(?:cant|couldnt|wont be able to|wont get to|wont be there to|im not able to)",
        reasons="goodbye",
    ),
    cue(
        # "this is my last time talking to you": also said before a move, so a cue.
        "last_time_talking",
        "last time",
        r" (?:(?:ill|i will|im going to|im gonna|i get to)(?: ever)? (?:talk|speak|write|chat"
        r"|message)|talking|speaking|writing|chatting|messaging) (?:to|with) (?:you|u|anyone|yall)"
        # "this is the last time I'll message. bye": the farewell said after it.
        r"|(?:ill|i will)(?: ever)? (?:message|text|write|post|talk)(?: here)?"
        r" [.,] (?:bye|goodbye)",
        needs="talking speaking writing chatting messaging talk speak write chat message",
        back=r"(?:this is|this will be|thats|that was|its)(?: my| the)",
        reasons="goodbye",
    ),
    cue(
        # A goodbye hinted at: "I don't think he got what I meant".
        "what_i_meant",
        "what i meant|what i really meant",
        r"(?= (?:[.,]|$|by (?:that|it)))",
        needs="meant",
        back=r"(?:dont think|doubt|dont know if|not sure if|not sure) (?:he|she|they|anyone"
        r"|my \w+) (?:got|get|understood|understands|caught|realized|realised|knew)",
        reasons="goodbye",
    ),
    cue(
        # "picked a spot where nobody will find me"
        "nobody_will_find",
        "find me",
        r"(?= (?:[.,]|$|in time|until))",
        needs="find",
        back=r"(?:where|somewhere|someplace|place|spot) (?:nobody|no one|noone)(?: will| would"
        r"| wont| is going to| ever)+",
        reasons="plan",
    ),
    cue(
        # "I won't make it to my 18th birthday. I've made sure of that."
        "wont_make_it_to",
        "make it to",
        r" (?:my (?:\w+ )?birthday|christmas|new years|(?:the )?(?:next )?(?:week|weekend"
        r"|month|year|summer|spring)|\d+)(?= (?:[.,]|$))",
        needs="birthday christmas years week weekend month year summer spring",
        back=r"(?:wont|will not|im not going to|not going to|i dont think ill|i wont)",
        reasons="goodbye",
    ),
    cue(
        "made_sure",
        "made sure of that|made sure of it|make sure of that|make sure of it|taken care of it"
        "|taken care of that|taken care of everything|sorted it out|sorted it all out",
        r"(?= (?:[.,]|$|already|now|for good))",
        back=r"(?:ive|i have|i|ill|i will|im going to|ive already|i already)",
        reasons="plan",
    ),
    cue(
        # With someone who died, soon: "I'll be with him before morning", "going to be with
        # Danny tonight", "I'll see her soon". Ordinary said of the living, so a cue.
        "with_them_soon",
        "be with|see|join",
        r" (?:him|her|them|my \w+|\w+)(?: again)?(?: (?:tonight|soon|before morning|before dawn"
        r"|before the morning|by morning|before sunrise))(?= (?:[.,]|$|i|ive|its))",
        needs="tonight soon morning dawn sunrise",
        back=r"(?:ill|i will|im going to|going to|im gonna|gonna|ill finally|i can finally"
        r"|ill be able to)",
        reasons="goodbye",
    ),
    cue(
        "gone_soon",
        "gone|dead",
        # "I'll be gone before the harvest is in"
        r" (?:soon|before (?:the \w+|christmas|spring|summer|winter|fall|autumn|thanksgiving"
        r"|easter|my birthday)(?= (?:[.,]|$|is|comes|starts|ends))"
        # "I'll be gone before the lads are up", "... before anyone wakes", "before morning".
        r"|before (?:morning|dawn|sunrise|daylight|first light|the sun comes up|the morning)"
        r"|before (?:the \w+|my \w+|everyone|anyone|anybody|everybody|they|he|she|the kids)"
        r" (?:are up|is up|wake up|wakes up|wake|wakes|get up|gets up|are awake|is awake"
        r"|get home|gets home|come home|comes home|notice|notices))(?= )",
        back=r"(?:ill|i will|wont|not going to|im not going to)(?: be)?",
        reasons="goodbye",
    ),
    cue(
        # The how and the when both settled: "i know how and i know when", "I know exactly
        # when and where".
        "know_how_and_when",
        "know how and when|know how and i know when|know when and how|know exactly how and when"
        "|know exactly when and where|know exactly when and how|know where and when"
        "|know when and where|know exactly where and when|know exactly how and where",
        r"(?= (?:[.,]|$|and|its|i))",
        needs="when",
        reasons="plan",
    ),
    cue(
        # Not there for what is coming: "the repossession's on monday. i won't be there for it".
        "not_there_for_it",
        "there for it|there for that|there to see it|there to see that",
        r"(?= (?:[.,]|$|anyway|anyways))",
        needs="there",
        back=r"(?:wont|not going to|im not going to|not gonna|im not gonna) be",
        reasons="goodbye",
    ),
    cue(
        # A night set with nothing said of what for: "it's set for the night after my last
        # exam". Not "the party's set for friday": only "it", and a night or an "after".
        "its_set_for",
        "set for|planned for|happening",
        r" (?:tonight|the night|the night after|the day after|the morning after|after)(?= )",
        needs="tonight night day morning after",
        back=r"(?:its|its all|it is|it is all|everythings)",
        reasons="plan timeline",
    ),
    cue(
        # "I've made my arrangements and I'm at peace with leaving"
        "made_arrangements",
        "made my arrangements|made all my arrangements|made my final arrangements"
        "|made final arrangements|made the final arrangements",
        r"(?= (?:[.,]|$|and|now|already))",
        needs="arrangements",
        reasons="plan",
    ),
    cue(
        "not_around",
        "here|alive|around",
        # "I won't be here for them" (the holidays), "won't be there for it" (the repossession)
        r" (?:for (?:it|them|that|christmas|xmas|the holidays|breakfast|the morning"
        r"|(?:his|her|their|my) \w+)"
        r"(?= (?:[.,]|$|anyway|anyways))"
        r"|much longer|for long|for much longer|anymore|after (?:this|tonight|today|the)"
        r" (?:weekend|week|month|\w+day)|after \w+day(?= (?:[.,]|$))"
        # "won't be around to dust them anyway": any one thing done for what is left.
        r"|to(?: \w+(?: with)? (?:it|them|this|that|these|any of it|your \w+))?"
        r"(?: anyway| anyways)?"
        r"(?= (?:[.,]|$)))(?= )",
        needs="wont shant longer after gonna going",
        back=r"(?:ill|i will|wont|shant|shall not|not going to|im not going to|not gonna"
        r"|im not gonna)(?: be)?",
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
        # "tonight's the last time I'll ever see the stars": a farewell to the world.
        "last_time_see",
        "last time",
        r" (?:ill|i will|im going to|im gonna) (?:ever )?(?:see|watch|feel) (?:the )?(?:stars"
        r"|sun|sky|sunrise|sunset|moon|ocean|sea|daylight|snow|rain)"
        r"(?= (?:[.,]|$|lol|lmao|haha|emoji\w+|rise|set))",
        needs="stars sun sky sunrise sunset moon ocean sea daylight snow rain",
        back=r"(?:tonights|tonight is|todays|today is|this is|this will be|its|this might be)"
        r" the",
        reasons="goodbye",
    ),
    imminent(
        # "the hotel room I booked to do it in": a place taken for the act.
        "room_booked_for_it",
        "booked|rented|reserved|got",
        r" (?:to do it in|to do it at|to do it|for it)(?= (?:[.,]|$))",
        needs="hotel motel airbnb cabin",
        back=r"(?:hotel|motel|airbnb|cabin)(?: room)? (?:i|that i|ive)(?: just)?",
        reasons="plan",
    ),
    imminent(
        # "wanted to look nice when they find me": dressed for being found.
        "look_nice_found",
        "find me|finds me|found me",
        r"(?= (?:[.,]|$))",
        needs="find finds found",
        back=r"(?:look|looking|be|to look) (?:nice|good|pretty|peaceful|decent|presentable|clean)"
        r" when (?:they|someone|somebody|people|my \w+|whoever|the \w+)",
        reasons="goodbye plan",
    ),
    cue(
        # Access gained: "found the key to my dad's gun safe".
        "gun_safe_key",
        "key|code|combination|combo",
        r" (?:to|for) (?:my dads |my moms |the |his |her |my |our )?(?:gun safe|gun cabinet"
        r"|gun locker|safe|ammo box|ammo|gun case|lockbox|lock box)(?= )",
        needs="safe cabinet locker ammo case lockbox",
        back=r"(?:found|got|have|know|stole|figured out|guessed|cracked|learned)(?: where)?"
        r"(?: the)?",
        reasons="means",
    ),
    cue(
        # Alone for days: "he's out of town till monday".
        "away_until",
        "out of town|away|gone|on a trip",
        r" (?:till|until|til|for the (?:weekend|week|night)|all (?:weekend|week))(?= )",
        needs="town away gone trip",
        back=r"(?:hes|shes|theyre|theyll be|hell be|shell be|my \w+ is|my \w+ are|my \w+s"
        r"|everyones|everybodys|my parents are|my family is)",
        reasons="plan timeline",
    ),
    cue(
        # "if u dont hear from me tmrw, thats why": also said before a trip, so a cue.
        "no_word_tomorrow",
        "hear from me",
        r" (?:tomorrow|tmrw|tmr|again|by (?:tomorrow|morning|monday)|after tonight)"
        r"(?: ,)? (?:thats why|you know why|now you know)(?= )",
        needs="why know",
        back=r"(?:if|when) (?:you|u|yall|anyone) (?:dont|doesnt|wont|stop)",
        reasons="goodbye",
    ),
    rule(
        # A life not expected to last: "not sure I'll still be around by then".
        "still_around_by_then",
        "still be around|still be here|still be alive|still be breathing",
        r" (?:by then|that long|in (?:a|\d+|a few|two|three|six) (?:weeks|months|years|week"
        r"|month|year)|next (?:year|month))"
        # ... unless what follows is a move: "..., my lease ends in may".
        r"(?!(?: [\w,]+){0,10} (?:lease|move|moving|moved|job|contract|visa|graduate|graduating"
        r"|transfer|transferring|flight|deployed|deployment|relocating)(?= ))",
        needs="then long weeks months years week month year next",
        back=r"(?:not sure|dont know if|doubt|dont think) (?:ill|i will)(?: even)?",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # "lost too many guys to suicide. I think I'm next"
        "im_next",
        "next",
        r"(?= (?:[.,]|$|and|honestly))",
        needs="suicide suicides",
        back=r"(?:i think|maybe|probably|pretty sure|i feel like|feels like|i know) im",
        level=HIGH,
        reasons="ideation",
    ),
    rule(
        # Guns locked away from someone who spoke of suicide: the means, and the risk.
        "guns_locked_away",
        "guns|gun|firearms|weapons|rifles|pistol",
        r"(?= )",
        needs="suicidal suicide",
        back=r"(?:locked up|locked away|took|took away|hid|removed|is holding|keeps|has) my",
        level=HIGH,
        reasons="means",
    ),
    cue(
        # "sitting in the truck with my pistol. thinking about it": only where a gun is named.
        "gun_thinking_about_it",
        "thinking about it|thinkin about it|thinking abt it",
        r"(?= (?:[.,]|$|again|tonight))",
        needs=_GUN_NEEDS,
        reasons="ideation",
    ),
    cue(
        # "saturday I'm stopping there", after a bridge or a roof.
        "stopping_there",
        "stopping there|stop there|going there|doing it there",
        r"(?= (?:[.,]|$|for good))",
        needs="bridge roof tracks cliff overpass ledge canyon building garage river railway",
        back=f"(?:{_WHEN})(?: ,)? (?:im|ill|i will|im going to|im gonna)(?: finally| just)?",
        reasons="plan timeline",
    ),
    cue(
        # Messages set to go out after: "I scheduled the emails to send tomorrow morning".
        "scheduled_messages",
        "emails|messages|texts|posts|email|message|letters",
        r" to (?:send|go out|post|be sent|arrive)(?= )",
        needs="send sent post arrive",
        back=r"(?:scheduled|timed|set up|queued)(?: the| my| a| some| all the| all my)?",
        reasons="goodbye",
    ),
    cue(
        # "By then it will be done": the act finished before the messages land.
        "done_by_then",
        "done|over",
        r"(?= (?:[.,]|$))",
        needs="then",
        back=r"by then(?: ,)? (?:it will|itll|it will all|itll all|everything will|it should)"
        r"(?: already)? be(?: all)?",
        reasons="goodbye timeline",
    ),
    imminent(
        "already_dead",
        "already be dead|already be gone|be dead by then|be gone by then",
        # Not with where they will be: "I'll already be gone, early train to Manchester".
        f"(?!{_GONE_WHERE})",
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
        back=r"(?:the|my|a|this) (?:razor blade|razor blades|razor|blade|blades|box cutter|gun"
        r"|pistol|noose|knife to my wrist)(?: is| are| right| already)?",
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
        "|use the blade on|use the razor on|turn it on|turn the gun on|using it on|using this on"
        "|using that on|using them on|using the gun on|using the knife on|using the rope on"
        "|using the blade on|using the razor on|turning it on|turning the gun on"
        # "I keep picturing using a gun on myself"
        "|use a gun on|using a gun on|use a knife on|using a knife on|use a blade on"
        "|using a blade on",
        f" {SELF}",
        level=HIGH,
        context_level=IMMINENT,
        reasons="ideation intent method",
    ),
    cue(
        "at_the_edge",
        "roof|ledge|edge|bridge|cliff|railing|top of the building|top of the bridge",
        r"(?= (?:[.,]|$|of|right|now|and|again|at|in|looking|to see|to look))",
        back=r"(?:im|i am|standing|sitting|here|im standing|im sitting|im up)(?: (?:on|at|by))?"
        r"(?: the(?: very)?| this| a)?",
        reasons="means",
    ),
    cue(
        "heading_to_place",
        "bridge|roof|tracks|cliff|cliffs|train tracks|railway|overpass|canyon|quarry|dam|ocean"
        "|sea|river",
        r"(?= (?:[.,]|$|now|tonight|today|tomorrow|later|after|when|and|at \d|by \d))",
        back=r"(?:(?:going|heading|walking|driving|on my way|gonna go|going to go|about to go)"
        r"(?: up| out| down| over| back)? to|(?:ill be|i will be|ill be waiting|meet me) at) the",
        reasons="plan",
    ),
    cue(
        # Into the water, said as a plan: "I'm going to walk into the ocean tonight".
        "into_the_water",
        "walk into|walking into|wade into|wading into|swim out into|walk out into",
        r" (?:the |a )?(?:ocean|sea|lake|river|waves|water|surf|bay)(?= )",
        needs="ocean sea lake river waves water surf bay",
        back=r"(?:im going to|im gonna|going to|gonna|ill|i will|i want to|i wanna|planning to"
        r"|plan to|about to)(?: just| finally)?",
        reasons="method",
    ),
    imminent(
        # ... and not coming out: "walk into the ocean tonight and keep walking", "swim out as
        # far as I can and not come back". Not "and not come back until sunset".
        "no_way_back",
        "walk|walking|wade|wading|swim|swimming|paddle|paddling",
        r"(?: out| in)?(?: into| to| in)?(?: (?:the |a )?(?:ocean|sea|lake|river|waves|water|surf"
        r"|bay)| out (?:as far as i can|until i cant|too far))"
        r"(?: (?:tonight|today|now|alone|at night|as far as i can)){0,2} (?:and|then) (?:just )?"
        r"(?:keep (?:walking|swimming|going)|(?:not|never) (?:come|coming|swim|swimming|walk"
        r"|walking) back|(?:let|letting) (?:it|the water|the waves|the current|the sea|the ocean)"
        r" take me"
        r"|not stop|never stop)(?! (?:until|till|til|for|before|after)(?= ))",
        needs="ocean sea lake river waves water surf bay far cant",
        reasons="method intent",
    ),
    cue(
        # Waiting to be alone: "just waiting for my roommate to leave".
        "waiting_to_be_alone",
        "waiting for|wait for|waiting till|waiting until|wait till|wait until",
        r" (?:my \w+|everyone|everybody|them|the house|my (?:mom|dad|parents|wife|husband"
        r"|roommate|family)) to (?:leave|go to sleep|fall asleep|be asleep|go out|go to bed"
        r"|be gone|get out)(?= (?:[.,]|$|then|tonight))",
        needs="leave sleep asleep out bed gone",
        reasons="plan timeline",
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
    imminent(
        # Up to a high place and not back: "drive up to the lookout after my shift and not
        # drive back down", "walk out to the cliffs tonight and never come home". Not "... and
        # not come back down till sunset".
        "place_no_return",
        "lookout|overlook|cliff|cliffs|bridge|roof|rooftop|quarry|canyon|summit|ridge|dam"
        "|viaduct|gorge|tracks",
        r"(?: [^ .]+){0,6}? (?:and|then) (?:just )?(?:not|never) (?:come|coming|drive|driving|walk"
        r"|walking|go|going|climb|climbing|head|heading) (?:back|home)(?: down| home)?"
        r"(?= (?:[.,]|$|again|this time|alive))",
        needs="back home",
        back=r"(?:to|up|at|off|on|onto) (?:the|a|that)",
        reasons="plan goodbye",
    ),
    cue(
        # "I wrote my note." with nothing said of what note: a cue, next to a goodbye.
        "wrote_my_note",
        "note|notes|letter|letters",
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
        # "I'll wait until the house is quiet", "worked out which day the house will be
        # empty", "while Rob is away at his conference".
        "away|asleep|at work|not home|out of town|on vacation|gone|empty|quiet",
        r"(?= )",
        needs="away asleep work home town vacation gone empty quiet",
        back=r"(?:when|while|until|till|which day|the day) (?:(?:my \w+|everyone|everybody|nobody"
        r"|no one|they|my parents|my family|the house)"
        r"(?: is| are| s| re| goes| go| has| have| will be| gets)?"
        # a name: "while Rob is away"
        r"|(?!(?:i|im|it|its|this|that|the|school|you|we|he|she)(?= ))\w+ (?:is|will be|gets))"
        r"(?: fast)?",
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
        r" (?:way too |much too |too |so |really |very )?deep(?:er)?"
        r"(?= (?:[.,]|$|and|this|tonight|today|again))",
        needs="deep deeper",
        back=r"(?:i|ive|i just|i accidentally)",
        level=HIGH,
        context_level=IMMINENT,
        reasons="self_harm",
    ),
    rule(
        # The subject left out, opening a sentence: "cut way too deep tonight".
        "cut_deep_opening",
        "cut",
        r"(?:(?<=^ cut)|(?<= \. cut)|(?<= , cut)) (?:way |much )?too deep"
        r"(?= (?:[.,]|$|tonight|today|last night|earlier|yesterday|this morning|again"
        r"|this time))",
        needs="deep",
        level=HIGH,
        context_level=IMMINENT,
        reasons="self_harm",
    ),
    imminent(
        # Pills kept back for the act: "keeping all of it for one night so I can finally stop",
        # "saving my meds for when I decide". Not "for the trip" or "for my next refill".
        "saved_for_when",
        "keeping|saving|kept|saved|holding onto|holding on to|hiding|stashing|stashed|hoarding",
        r" (?:(?:all|all of|some of|the rest of|most of) )?(?:(?:it|them|my|the|these|those) )?"
        r"(?:\w+ )?(?:(?:" + PILL_WORDS + r") )?for (?:one night|the night|one go|the one night"
        r"|when i (?:decide|am ready|finally|do it|need them|cant take it)|when im ready"
        r"|the right (?:night|time|moment|day)|the end|when the time comes|when its time)(?= )",
        needs=_MED_NEEDS + " prescription script",
        reasons="means plan",
    ),
    cue(
        # A prescription filled early on purpose, or refilled before it ran out.
        "refilled_early",
        "filled|refilled|picked up|got",
        r" (?:my|the) (?:prescription|script|refill|meds|pills|medication)s? early"
        # "... early and I didn't tell them I still had last month's"
        r"(?= (?:[.,]|$|on purpose|again|so|without|and (?:i )?didnt tell))",
        needs="early",
        reasons="means",
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
        # "22 a day": the count of veterans lost to suicide, named by those who know it.
        "twenty_two_a_day",
        "22|twenty two",
        r" a day(?= (?:[.,]|$))",
        needs="22 twenty",
        reasons="ideation",
    ),
    cue(
        # "some days I get why": understanding those who died, said of oneself.
        "get_why",
        "get why|understand why|see why",
        r"(?= (?:[.,]|$|they do it|people do it|guys do it|they did it|he did it|she did it))",
        needs="why",
        back=r"(?:i|i totally|i really|i kinda|i finally|i can|i can kinda|i kind of)",
        reasons="ideation",
    ),
    rule(
        # "thinking about how easy it would be to use what I have access to at work"
        "easy_to_use",
        "how easy it would be|how easy itd be|how easy it is",
        r" to (?:just )?(?:use (?:it|them|what i|the stuff|the drugs|the meds|my gun)|take (?:all"
        r"|them|it all|everything|the pills|those)|swallow|inject|overdose|od|end it|step off"
        # "jump", not "jump on a plane" or "jump in the pool".
        r"|step in front|jump(?= (?:[.,]|$|off|from|in front))|pull the trigger|drive off"
        r"|drive into|let go)(?= )",
        needs="easy",
        back=r"(?:thinking|think|thought|thinking about|thought about|think about|realized"
        r"|realizing|realising|realised|imagining|know)(?: about| of)?",
        level=HIGH,
        reasons="ideation method",
    ),
    imminent(
        # Kept instead of taken: "keeping the oxycodone they gave me instead of taking it".
        "kept_not_taken",
        "keeping|kept|saving|saved|hiding|hid|hoarding",
        f" (?:the |my |all the |all my |some of my |some of the )?{_MEDS}(?: \\w+){{0,7}}"
        r" instead of (?:taking|using) (?:it|them)",
        needs="instead",
        reasons="means plan",
    ),
    rule(
        # A decision, not a gun: "I'm going to pull the trigger on the release tonight".
        "trigger_on_a_thing",
        "pull the trigger|pulled the trigger|pulling the trigger|pulls the trigger",
        f" (?:on (?!{SELF}(?= )|me(?= )|it(?= )|(?:the |my |this |a )?(?:{_GUN})(?= ))\\w+"
        r"|and (?:buy|bought|order|ordered|book|booked|get|got|sign|signed|apply|applied|quit"
        r"|hire|hired|launch|ship|release|merge|deploy))",
        needs="trigger",
        kind=Kind.IDIOM,
        reasons="idiom",
    ),
    imminent(
        # A rope emoji with a time: "🪢🪑 tonight" (the chair emoji folds away).
        "rope_emoji_now",
        "emojirope",
        r"(?: emoji\w+)* (?:tonight|tonite|now|rn|right now|today)(?= )",
        needs="tonight tonite now rn today",
        reasons="means timeline",
    ),
    rule(
        # "💊💊💊💊💊 all of them": the means, and all of it.
        "emoji_all_of_them",
        "emojipill|emojirope|emojigun|emojiknife|emojirazor",
        r"(?: emoji\w+)+ (?:all of them|all|all at once|every one|every last one|the whole bottle"
        r"|whole bottle|them all)(?= )",
        needs="all every whole",
        level=HIGH,
        context_level=IMMINENT,
        reasons="means method",
    ),
    imminent(
        # A method emoji and a goodbye, nothing else: "🔫🔫 goodbye".
        "emoji_then_bye",
        "emojipill|emojirope|emojigun|emojiknife|emojirazor|emojicoffin",
        r"(?: emoji\w+)*(?: [.,])? (?:bye|goodbye|byebye|farewell|byee)(?= (?:[.,] )*$)",
        needs="bye goodbye byebye farewell byee",
        reasons="means goodbye",
    ),
    cue(
        # A method emoji added to the speaker, with a time: "💊💊💊 + me tonight".
        "emoji_plus_me",
        "emojipill|emojirope|emojigun|emojiknife|emojirazor",
        r"(?: emoji\w+)* (?:and |plus |with )?me (?:tonight|today|now|tomorrow|later|soon)(?= )",
        needs="me",
        reasons="means timeline",
    ),
    cue(
        # "... bye" ending a message that shows a method emoji.
        "emoji_bye",
        "bye|goodbye|byebye|farewell|byee",
        r"(?= (?:[.,] )*$)",
        needs="emojipill emojirope emojigun emojiknife emojirazor emojicoffin emojiblood",
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

_SAID_PLAINLY: Final = [
    # A third audit's plain-language plans, goodbyes and means (held-out chat).
    imminent(
        "ending_it_now",
        "ending it|ending things|ending my life",
        r"(?= (?:[.,]|$|tonight|today|now|tomorrow|this|soon|for real|for good|before then"
        r"|before that|by then))",
        back=r"(?:im|i am)(?: just| finally| really| actually| definitely)?",
        reasons="ideation intent",
    ),
    imminent(
        "suicide_at_time",
        "suicide",
        r" (?:at (?:midnight|dawn|sunrise|\d+(?: ?(?:am|pm))?)|tonight|tomorrow)(?= (?:[.,]|$))",
        needs="midnight dawn sunrise at tonight tomorrow",
        reasons="ideation timeline",
    ),
    imminent(
        "knowing_when_ill_die",
        "when ill die|when im going to die|when i will die|how ill die|when ill do it",
        back=r"(?:know|knowing|decided|chose|chosen|picked)(?: exactly)?",
        needs="die do",
        reasons="plan timeline",
    ),
    imminent(
        "walking_in_front",
        "walking|stepping|jumping|throwing myself",
        r" in front of (?:a|the) (?:train|bus|truck|subway|car|tram)"
        r"(?! (?:stop|station|depot|driver|terminal|park|wash)(?= ))",
        needs="train bus truck subway car tram",
        back=r"(?:im|i am|gonna be|im going to be)(?: just| finally)?",
        reasons="ideation intent method",
    ),
    imminent(
        "last_time_before",
        "before i do it|before i go through with it|before i end it|before i kill myself",
        back=r"(?:one last time|for the last time|a last time|last conversation)",
        needs="do go end kill",
        reasons="goodbye intent",
    ),
    rule(
        "ways_to_end_it",
        "ways to|methods to|way to|ways of|methods of",
        r" (?:end it|end my life|die|kill myself|do it|ending it|killing myself|dying)(?= )",
        needs="end die kill ending killing dying",
        back=r"(?:thinking (?:of|about)|looking (?:up|at|into)|researching|planning|considering"
        r"|googling)(?: different| the| some| possible| painless| easy)?",
        level=HIGH,
        reasons="ideation method",
    ),
    cue(
        "dont_find_me",
        "try to find me|look for me|come looking for me|search for me|call anyone|call 911"
        "|call an ambulance|call the police|call for help",
        back=r"(?:dont|do not|please dont|no need to|no one should)",
        needs="find look looking search call",
        reasons="goodbye",
    ),
    cue(
        "not_coming_down",
        "coming down|come down|coming back down",
        r"(?= (?:[.,]|$|the normal way|alive|again|from here))",
        back=r"(?:not|wont be|never|im not)",
        reasons="intent",
    ),
    cue(
        "beam_will_hold",
        "hold|hold me|hold my weight|hold the weight",
        back=r"(?:beam|hook|branch|pipe|rafter|tree|door|railing)(?: \w+){0,5}"
        r" (?:thatll|that will|strong enough to|that can|which will|thatd)",
        needs="beam hook branch pipe rafter tree door railing",
        reasons="means",
    ),
    cue(
        "ends_when",
        "it ends|it all ends|this ends|ill end it|i end it",
        r"(?= (?:[.,]|$))",
        back=r"(?:tomorrow|tonight|today|soon|on (?:monday|tuesday|wednesday|thursday|friday"
        r"|saturday|sunday))",
        needs="ends end",
        reasons="intent timeline",
    ),
    cue(
        "deleted_accounts",
        "everything|all my accounts|my accounts|all my socials|my socials|all my social media",
        r"(?= (?:[.,]|$|and|except))",
        back=r"(?:deleted|wiped|deactivated)",
        needs="deleted wiped deactivated",
        reasons="goodbye",
    ),
    cue(
        "know_which_place",
        "which cliff|which bridge|which building|which tree|which overpass",
        back=r"(?:know|knowing|picked|chose|found)",
        reasons="plan",
    ),
    cue(
        "need_to_swallow",
        "swallow|swallow them|swallow it",
        r"(?= (?:[.,]|$|now|all))",
        back=r"(?:just need to|only need to|just have to|all i have to do is)",
        reasons="means",
    ),
    cue(
        "all_planned_out",
        "all planned out|all planned|planned out",
        back=r"(?:got|have|had|ive got) (?:it|everything)(?: all)?",
        needs="planned",
        reasons="plan",
    ),
    cue(
        "means_stowed",
        "in my backpack|in my bag|in my car|in my trunk|in my pocket|in my room|in my drawer",
        back=r"(?:rope|noose|pills|gun|knife|blade|razor|pistol)(?: is| are)",
        needs="backpack bag car trunk pocket room drawer",
        reasons="means",
    ),
    cue(
        "left_in_bottle",
        "left in the bottle|in the bottle|left in my bottle",
        back=r"(?:have|got|still have) (?:like |about |around )?\d+",
        needs="bottle",
        reasons="means",
    ),
]

# A time named for ending it, with the act said: "tonight's the night I end it",
# "tomorrow I finally go through with it", "when term ends I'm ending too".
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_TIMED_ACTS: Final = [
    imminent(
        "time_i_end_it",
        "end it|end things|end everything|end my life|kill myself|go through with it",
        r"(?= (?:[.,]|$|and|for good|once and for all|finally|then))",
        needs="end kill through",
        back=r"(?:tonights|todays|tomorrows|tonight is|today is|tomorrow is|tonight will be"
        r"|tomorrow will be) the (?:night|day)(?: that)? (?:i|ill|im gonna|im going to|i will)"
        r"(?: finally| actually| really)?",
        reasons="intent timeline",
    ),
    imminent(
        # A bare time is said of a break-up too ("tomorrow I end it"): the act named.
        "time_i_end_my_life",
        "end my life|kill myself|end everything|go through with it|take my life",
        r"(?= (?:[.,]|$|and|for good|once and for all|finally|then))",
        needs="end kill through take",
        back=f"(?:tonight|tomorrow|this weekend|(?:this |on )?(?:{_DAYS})|after (?:this|the) \\w+)"
        r"(?: ,)?(?: is when| is the (?:night|day))? (?:i|ill|im gonna|im going to|i will)"
        r"(?: finally| actually| really)?",
        reasons="intent timeline",
    ),
    rule(
        # "when the semester ends, I'm ending too": one's own end set beside another.
        "ending_too",
        "ending too|ending as well|end too|end as well|ending with it",
        r"(?= (?:[.,]|$|for good|permanently))",
        needs="ending end",
        back=r"(?:im|i am|ill|i will|im gonna|im going to|so am i|then im|and im|so im)",
        level=HIGH,
        reasons="ideation intent",
    ),
]

# Means got quietly, and farewells dressed as something ordinary: each means little
# alone ("bought rope for the gym", "stocked up on painkillers for my surgery"), two
# together or one after concern are the warning.
_GOT_QUIETLY: Final = [
    cue(
        "bought_rope",
        "rope|a rope|some rope|a length of rope|a noose|extension cord",
        r"(?! (?:for|to climb|to tie|at|from the gym|light|lights|swing|toy|course|bridge"
        r"|ladder|access|toys)(?= ))",
        needs="rope noose cord",
        back=r"(?:bought|got|picked up|ordered|purchased|buying|getting|got myself|bought myself)",
        reasons="means",
    ),
    cue(
        "stocked_up_pills",
        "stocked up on|stocking up on|stockpiled|stockpiling|been buying|buying up|bought up"
        "|saving up|hoarded|squirreled away",
        f"(?: \\w+)? {PILLS}",
        needs=PILL_NEEDS,
        reasons="means",
    ),
    cue(
        "unseen_buying",
        "different stores|different shops|different pharmacies|different chemists"
        "|separate stores|separate pharmacies|separate shops|different places",
        back=r"(?:from|at|across)(?: like| about| around)? (?:\d+|two|three|four|five|six"
        r"|several|multiple|a few|a bunch of)",
        needs="different separate",
        reasons="means",
    ),
    cue(
        "so_nobody_notices",
        "so nobody|so no one|so noone|so people|so they|so my parents|so my family",
        r" (?:would|will|wouldnt|wont|could|couldnt|cant|doesnt|dont|didnt)?(?: \w+)?"
        r" (?:notice|suspect|ask questions|get suspicious|find out|catch on|stop me)",
        needs="notice suspect questions suspicious find catch stop",
        reasons="means",
    ),
    cue(
        "wont_say_why",
        "talk about why|say why|explain why|say what for|say what its for",
        r"(?! (?:lol|lmao|haha|hahaha|lmfao|xd)(?= ))",
        back=r"(?:dont|dont really|rather not|not gonna|im not gonna|wont|please dont|i cant)"
        r"(?: really)?(?: want to| wanna)?",
        needs="why what",
        reasons="intent",
    ),
    rule(
        # "told her it was just for a little while. it isn't." Her words are not the point.
        "said_temporary_isnt",
        "told her|told him|told them|told everyone|said",
        r" (?:it was|its|it is|it would be|itd be) (?:just |only )?(?:for a (?:little |short )?"
        r"(?:while|bit|few days|week)|temporary|til i get back|until i get back)(?: [.,])?"
        r" (?:but )?(?:it isnt|its not|it wont be|it is not|it wasnt|thats not true|it isnt true"
        r"|i lied)(?= )",
        needs="while bit days week temporary back",
        context_level=IMMINENT,
        reasons="goodbye plan",
        personal=False,
    ),
    imminent(
        # The giving and the cover story in one breath: "gave my cat to my neighbor and told
        # her it was just for a little while. it isn't."
        "gave_away_said_temporary",
        "gave|given|giving|dropped off|dropped|left|handed",
        r" (?:my|the) \w+(?: [\w,]+){0,8} (?:and |then )?(?:told|said|telling|saying)(?: \w+)?"
        r" (?:it was|its|it is|it would be|itd be) (?:just |only )?(?:for a (?:little |short )?"
        r"(?:while|bit|few days|week)|temporary|til i get back|until i get back)(?: [.,])?"
        r" (?:but )?(?:it isnt|its not|it wont be|it is not|it wasnt|thats not true|it isnt true"
        r"|i lied)(?= )",
        needs="isnt not wont wasnt true lied",
        reasons="goodbye plan",
    ),
    cue(
        # Leaving for good in chat's words: "gonna dip for good", "logging off for good". A
        # cue: a server or a job is left so too.
        "dip_for_good",
        "dip|dipping|peace out|peacing out|bounce|bouncing",
        r" (?:for good|forever|permanently)(?= )",
        needs="good forever permanently",
        back=r"(?:gonna|going to|about to|bout to|finna|im|ima|imma|ill|time to)",
        reasons="goodbye",
    ),
    cue(
        "before_i_go",
        "before i go|before i leave|before im gone|before i check out",
        r"(?= (?:[.,]|$|for good|forever))(?! [.,] (?:see|back|talk|ttyl|catch|ill be back"
        r"|be back|brb)(?= ))",
        needs="go leave gone check",
        reasons="goodbye",
    ),
]

# Preparation told in passing: each a cue ("been planning it for months" is also a
# wedding), two together or one after concern are a plan.
_PREPARED: Final = [
    cue(
        "planned_for_long",
        "planning it|planned it|planning this|planned this|planning for this",
        r" for (?:weeks|months|ages|a while|a long time|years|so long|a year)(?= )",
        needs="weeks months ages while time years long year",
        reasons="plan",
    ),
    cue(
        "figuring_out_when",
        "figuring out when|deciding when|working out when|picking a day|picking the day"
        "|choosing the day|choosing a day|picking a date|deciding the day|figuring out the date",
        r"(?= (?:[.,]|$|now|exactly|to do it|to go))",
        needs="figuring deciding working picking choosing",
        reasons="plan timeline",
    ),
    cue(
        "have_everything_needed",
        "everything i need|everything needed|whats needed",
        r"(?= (?:[.,]|$|now|already|ready|here|in my room|at home))",
        needs="need needed",
        back=r"(?:i have|i got|ive got|have|got|i finally have|i finally got|i now have|already"
        r" have|i already have)",
        reasons="means",
    ),
    cue(
        # "whats needed is already in my room"
        "needed_is_here",
        "whats needed|everything i need|what i need|everything needed",
        r" is (?:already |all |now )?(?:in my room|here|ready|at home|hidden|under my bed"
        r"|in my (?:car|bag|closet|drawer|desk|backpack))(?= )",
        needs="room here ready home hidden bed car bag closet drawer desk backpack",
        reasons="means",
    ),
    rule(
        "not_alive_much_longer",
        "alive|living|breathing",
        r" (?:much longer|for much longer|for long|past (?:this|the) (?:week|weekend|month)"
        r"|after (?:this|tonight|today|the) ?\w*)(?= )",
        needs="longer long past after",
        back=r"(?:im not gonna be|im not going to be|i wont be|i will not be|not gonna be"
        r"|not going to be|wont be|i dont plan on being|i dont intend to be|dont plan on being)",
        level=HIGH,
        reasons="ideation intent",
    ),
    rule(
        # "... and today I started thinking about how I'd actually do it": after
        # hopelessness it is the method, before it a to-do list.
        "how_id_do_it",
        "how id|how i would|how i could|how to|how ill|how im gonna|how im going to",
        r" (?:actually |really |even |finally )?(?:do it|go through with it|end it|go about it)"
        r"(?= (?:[.,]|$|and|so|without))",
        needs="do through end about",
        back=r"(?:thinking about|think about|thought about|thinking of|planning|planned out"
        r"|figured out|figuring out|wondering|know exactly|researching|picturing|imagining)",
        context_level=HIGH,
        reasons="ideation plan",
    ),
]

# Farewells as people write their last messages: "this is the last time. goodbye", "I'm going
# to go now, for good", "final message.", "if anyone reads this". The plain ones are imminent;
# those also said at the end of an ordinary day are cues, imminent next to another.
_LAST_WORDS: Final = [
    imminent(
        "last_time_goodbye",
        "goodbye|bye|farewell",
        r"(?= (?:[.,]|$|everyone|all|forever|for good))",
        back=r"(?:this is|this will be|thats|its) (?:the|my) last time(?: [.,])?"
        r"(?: so| and| then)?",
        reasons="goodbye",
    ),
    imminent(
        # "goodbye. I mean it this time"
        "goodbye_mean_it",
        "goodbye|farewell",
        r"(?: [.,])? (?:and )?i (?:really |truly )?mean it(?: this time)?(?= (?:[.,]|$))",
        needs="mean",
        reasons="goodbye",
    ),
    cue(
        "last_time_said",
        "last time",
        # Not "this is the last time, I promise": a habit given up.
        r"(?= (?:[.,]|$))(?! [.,] (?:i promise|i swear|promise|swear|ever)(?= ))",
        back=r"(?:this is|this will be|its|it is)(?: the| my)",
        reasons="goodbye",
    ),
    cue(
        # "goodbye" as a message's last word; "bye" ends too many ordinary ones.
        "goodbye_last_word",
        "goodbye|farewell",
        r"(?= (?:[.,] )*$)",
        reasons="goodbye",
    ),
    cue(
        "if_anyone_reads",
        # "if anybody finds my phone", "Kids, if you ever read this": found after. Not "if
        # you read this far, thanks", a long post's sign-off.
        "reads this|finds this|sees this|finds my phone|finds my body|ever read this",
        # Not a lost phone or a summer's thanks: "..., please text this number".
        r"(?= )(?!(?: [.,])?(?: [^ .]+){0,5} (?:text|call|return|contact|reward|lost|great|fun"
        r"|summer|remember)(?= ))",
        needs="reads finds sees read",
        back=r"(?:if anyone|if someone|if somebody|if anybody|whoever|to whoever|to whomever"
        r"|to anyone who|if you|when you)",
        reasons="goodbye",
    ),
    cue(
        # "I can't stay anymore"; a job or a town is named when it is one.
        "cant_stay",
        "stay",
        # At a sentence's end: "I can't stay any longer, my shift starts at 6" gives a reason.
        r" (?:anymore|any more|any longer|here anymore|around anymore|alive)(?= (?:\.|$))",
        needs="anymore more longer alive",
        back=r"(?:cant|cannot|can not|wont|not going to|im not going to)(?: \w+)?",
        reasons="goodbye",
    ),
    cue(
        # "I wrote everyone letters", "left each of them a note".
        "letters_for_everyone",
        "letters|letter|notes|note",
        r"(?= )",
        back=r"(?:wrote|written|writing|left|leaving) (?:everyone|all of you|each of you"
        r"|each of them|them all|my (?:family|kids|parents|friends|mom|mum|dad|sister|brother"
        r"|wife|husband|partner))(?: a)?",
        reasons="goodbye",
    ),
    cue(
        # "they'll find them tomorrow with me": the letters found with the body.
        "found_with_me",
        "with me|next to me|beside me",
        r"(?= (?:[.,]|$))",
        needs="find finds found",
        back=r"(?:find|finds|found)(?: them| it| the letters?| the notes?| my notes?| my letters?)"
        r"(?: \w+){0,2}",
        reasons="goodbye",
    ),
    cue(
        # "I'm going to go now, for good"; "for good" after a place is a move.
        "go_for_good",
        "go",
        rf"(?: now)?(?: [.,])? (?:for good|forever|permanently)(?= (?:[.,]|$)){_NOT_MOVING}",
        needs="good forever permanently",
        back=r"(?:im going to|im gonna|gonna|going to|ill|i will|time to|time for me to|i have to"
        r"|i need to|im about to|im just going to|im)(?: just)?",
        reasons="goodbye",
    ),
    cue(
        "final_message",
        "final message|final words|final post|final note|final text|my last words",
        r"(?= [.,] )",
        needs="final last",
        reasons="goodbye",
    ),
    cue(
        # "don't go in the bathroom, call someone first": who will find them, warned off.
        "dont_go_in",
        "go in|come in|go into|come into|open|look in",
        r" (?:the|my) (?:bathroom|garage|basement|shed|room|bedroom|attic|car|closet)"
        r"(?= (?:[.,]|$)(?: (?:call|get|have) (?:someone|somebody|911|the police|dad|your dad"
        r"|mom|your mom))?)",
        needs="bathroom garage basement shed room bedroom attic car closet",
        back=r"(?:dont|do not|please dont|please do not|never)(?: \w+)?",
        reasons="goodbye",
    ),
    cue(
        # "a video for my friends explaining why I did it"
        "why_i_did_it",
        "why i did it|why i did this|why i had to do it|why i had to|why im doing this"
        "|why i did what i did|why i went through with it",
        r"(?= )",
        needs="why",
        back=r"(?:explaining|explain|explains|to explain|will explain|itll explain|telling (?:you"
        r"|them|everyone)|so (?:you|they|everyone) (?:know|understand|understands))",
        reasons="goodbye",
    ),
    cue(
        # "it'll post tomorrow morning": messages set to go out after.
        "posts_later",
        "post|go out|send|be posted|be sent|arrive|go live|upload",
        r"(?= (?:tomorrow|tonight|in the morning|at \d|after|later|when|once))",
        needs="tomorrow tonight morning after later when once",
        back=r"(?:itll|it will|they will|theyll|it should|its set to|its going to|its gonna"
        r"|theyre set to|its scheduled to|theyre scheduled to)",
        reasons="goodbye",
    ),
    cue(
        # "tell my son it wasn't his fault"
        "tell_not_fault",
        "fault",
        # "tell the server I said bye and it wasn't their fault"
        back=r"tell (?:my \w+|him|her|them|everyone|my \w+ and my \w+|the \w+)"
        r"(?: (?:that )?i said (?:bye|goodbye) and)?(?: that)? (?:it|this)"
        r" (?:wasnt|isnt|was not|is not|was never|is never) (?:your|his|her|their|anyones)",
        reasons="goodbye",
    ),
    cue(
        # "one more shift. then I'm done": the time left counted down.
        "one_more_then",
        "one more|one last|just one more|two more|three more|a few more|a couple more",
        r" (?:\w+ ){1,3}?(?:[.,] )?(?:and )?then (?:im|ill|i will|its|it is|thats|i go|i can)"
        r"(?= )",
        needs="then",
        reasons="timeline",
    ),
]

# Said outright but in words of its own: a plan worked out down to when, pills put aside, a
# way known to "finish me", a road driven off, an attempt told in pieces.
_TOLD_OUTRIGHT: Final = [
    rule(
        # "I've worked out how I'd do it and when": the how and the when, with nothing named.
        # High alone, imminent after concern.
        "how_and_when",
        "how id do it and|how i would do it and|how ill do it and|how i will do it and"
        "|how im going to do it and|how and|when and|where and",
        r" (?:when|where|how)(?= (?:[.,]|$|already|now|i))"
        # Not when the "it" is named after: "..., the kitchen reno starts in May".
        r"(?!(?: [.,])?(?: [^ .]+){0,5} (?:reno|renovation|wedding|party|proposal|surprise"
        r"|project|move|trip|interview|presentation|speech|launch|exam|test|race|job|gig|concert"
        r"|show|match|game|meeting|dinner|date|flight|ceremony|recital|delivery|meetup|reunion"
        r"|visit|sorted)(?= ))",
        needs="when where how",
        back=r"(?:ive|i have|i|i already|ive already|i finally|ive finally) (?:worked out"
        r"|figured out|planned|decided|know|thought through|thought out|planned out)",
        level=HIGH,
        context_level=IMMINENT,
        reasons="plan",
    ),
    cue(
        # "It's all planned." Also a wedding, so a cue.
        "its_all_planned",
        "its all planned|it is all planned|its planned|it is planned|everything is planned"
        "|everythings planned|its all planned out|all planned out|its all been planned",
        # At a sentence's end: "it's all planned, we leave friday" names what for.
        r"(?= (?:\.|$|now|already))",
        needs="planned",
        reasons="plan",
    ),
    cue(
        # "after I drop the kids back Sunday I'm done for good".
        "done_bare_for_good",
        "done for good|gone for good|finished for good|out of here for good",
        r"(?= (?:[.,]|$|after|tonight|this|on))",
        needs="good",
        back=r"(?:im|i am|ill be|i will be|i ll be)",
        reasons="intent",
    ),
    imminent(
        # Pills set aside, the object first: "I've been putting meds aside for months". Not for
        # a trip or for now.
        "pills_put_aside",
        "putting|put|setting|set|been putting|tucking|tucked",
        f" (?:my |some |the |all my |all the )?(?:pain |sleeping )?{PILLS} aside"
        r"(?! (?:for (?:now|the (?:trip|week|night|morning)|a (?:trip|week|bit))|until|while)"
        r"(?= ))" + _PILLS_AS_TOLD,
        needs=PILL_NEEDS,
        reasons="means plan",
    ),
    rule(
        # Something got that will end it: "got ahold of something on the street today that'll
        # finish me", "got enough put away that would kill me". Not a meal or a workout.
        "got_what_will_finish_me",
        "thatll|that will|that would|which will|which would|thats going to|that is going to"
        "|thats gonna|that is gonna",
        r"(?: (?:definitely|surely|actually))? (?:finish me(?: off)?|kill me|end me|end it"
        r"|end everything|put me to sleep for good)(?= (?:[.,]|$|and|sitting|its|now))"
        # "..., ghost peppers", "..., ten seasons lol": what it is, named or laughed at.
        r"(?!(?: [.,])?(?: [^ .]+){0,6} (?:lol|lmao|haha|emojilaugh|emojiskull|peppers|seasons"
        r"|episodes|pack|spicy|calories|sugar)(?= ))",
        needs="finish kill end sleep",
        # Not from a gym, a shop or a kitchen: "got something from the gym that will kill me".
        back=r"(?:got|have|bought|found|picked up|got ahold of|got a hold of|scored|put away"
        r"|saved|kept|stashed|ordered) (?:something|some stuff|stuff|enough|what i need)"
        r"(?: (?!(?:gym|bakery|restaurant|store|shop|cafe|kitchen|menu|trainer|coach|hike|hiking"
        r"|marathon|race|workout|training|netflix|hulu|series|market|grocery|boss|fight|raid"
        r"|game|match|tournament|festival|trip|party)(?: |$))[^ .]+){0,6}?",
        level=HIGH,
        context_level=IMMINENT,
        reasons="means",
    ),
    cue(
        # "I've got something put away that'll do it": the same, with the end unnamed.
        "got_what_will_do_it",
        "thatll|that will|that would|which will|which would",
        r" (?:do it|do the job|be enough)(?= (?:[.,]|$|and|sitting|now))",
        needs="do job enough",
        back=r"(?:got|have|bought|found|picked up|got ahold of|got a hold of|scored|put away"
        r"|saved|kept|stashed) (?:something|some stuff|stuff|enough|what i need)"
        r"(?: [^ .]+){0,4}?",
        reasons="means",
    ),
    cue(
        # "... and I'm not scared to use it anymore": the nerve found, for something named.
        "not_scared_to_use_it",
        "not scared to use|not afraid to use|no longer scared to use|no longer afraid to use",
        # At a sentence's end: "..., the new blender is great" says what it is.
        r" (?:it|them)(?: anymore| any more| now)?(?= (?:\.|$))",
        needs="scared afraid",
        reasons="intent",
    ),
    rule(
        # A road driven off, meant: "I've decided I'm going to drive this thing off the road
        # somewhere out here", "I know exactly where I'm driving off the road". Not a pull-over
        # to let someone pass, nor a trail taken on purpose.
        "drive_off_road_meant",
        "drive|driving|steer|steering|swerve|swerving|crash|crashing",
        r"(?: (?:this thing|my car|the car|the truck|my truck|the rig|the van|it|myself))? off"
        r" (?:the road|a cliff|the cliff|the bridge|the overpass|the edge|the mountain"
        r"|an overpass|a bridge)(?= )"
        r"(?!(?: [^ .]+){0,5} (?:to let|to park|to camp|to avoid|onto|for (?:a|the) (?:trail"
        r"|camp|shortcut)|by accident|into a ditch|in the snow|and (?:camp|park|wait|pull over"
        r"|sleep|set up)|into (?:the|a) (?:field|fields|pasture|paddock|yard|meadow|verge|grass"
        r"|driveway|lot|barn)|to (?:check|unload|load|feed|fix)|stunt|scene|film|movie|game"
        r"|lol|lmao)(?= ))",
        needs="road cliff bridge overpass edge mountain",
        back=r"(?:im going to|im gonna|gonna|going to|ill|i will|decided to|where im|when im"
        r"|planning to|plan to|im)(?: just| finally)?",
        level=IMMINENT,
        reasons="ideation intent method",
    ),
    rule(
        # A learner's "finish myself" for killing oneself: "After this I finish myself."
        "finish_myself",
        "finish myself|finish my self|finish me",
        r"(?= (?:[.,]|$|tonight|today|tomorrow|soon|now))"
        r"(?!(?: (?:tonight|today|tomorrow|soon|now))+ (?:the|my|this|that|a|an|all|it|homework"
        r"|work|project)(?= ))",
        needs="myself self me",
        back=r"(?:i|ill|i will|i going to|im going to|i am going to|gonna|i want to|i want"
        r"|want to|i decide to|i decided to|i am decide to)",
        level=HIGH,
        reasons="ideation intent",
    ),
    cue(
        # "I have kept all my sleeping tablets in a jar": all of them kept, a means at hand.
        "pills_kept_all",
        "kept|keeping|been keeping|saved|been saving",
        # Not kept as told: "in the organizer like my doctor said".
        f" all (?:of )?(?:my |the )?(?:sleeping |pain )?{PILLS}(?= )"
        r"(?!(?: [^ .]+){0,6} (?:organizer|organiser|pill box|pillbox|doctor|pharmacist"
        r"|prescribed|cabinet|fridge|original)(?= ))",
        needs=PILL_NEEDS,
        reasons="means",
    ),
    cue(
        # "I think it is enough now to go to Harold": the amount enough to go. Not to go to
        # work, to the shops, or on a trip.
        "enough_to_go",
        "enough",
        r"(?: now)? to (?:go|die|end it|do it|not wake up|never wake up|sleep forever)"
        r"(?! (?:to (?:the|a|an|work|school|bed|class|town|church|my)|on|out|for|with|home|back"
        r"|shopping|around|and)(?= ))(?= )",
        needs="go die end do wake sleep",
        back=r"(?:is|its|it is|are|theyre|thats|that is|should be|will be|would be|have|got)"
        r"(?: (?:more than|just|easily|definitely|surely))?",
        reasons="means",
    ),
    cue(
        # "written to each of the children": letters to everyone, said without "letters".
        "written_to_each",
        "written to|wrote to|writing to",
        r" (?:each of|all of|every one of) (?:the|my) (?:children|kids|grandchildren|family"
        r"|sisters|brothers|friends)(?= )",
        needs="children kids grandchildren family sisters brothers friends",
        reasons="goodbye",
    ),
    cue(
        # An attempt told in pieces: "I already did it I took them I'm lying on the bathroom
        # floor". Each is said of homework, a vet visit or a hangover; two together are not.
        "already_did_it",
        "already did it|just did it|did it already",
        # Followed by what was done, or by nothing: not "..., the homework was easy".
        r"(?= (?:[.,] )?(?:i (?:took|swallowed) (?:them|it|all)(?: all)?(?= (?:[.,]|$|i|im))"
        r"|i (?:cut|jumped|drank|overdosed|injected)|im (?:lying|bleeding|dying|sorry)|$))",
        needs="did",
        back="i",
        reasons="attempt",
    ),
    cue(
        "took_them_bare",
        "took them|took it all|swallowed them|took all of it|swallowed it all",
        r"(?= (?:[.,]|$|i|im|all(?= (?:[.,]|$|i|im))))",
        needs="took swallowed",
        back=r"i(?: already| just)?",
        reasons="attempt",
    ),
    cue(
        "lying_on_the_floor",
        "bathroom floor|kitchen floor|bedroom floor|floor",
        # Not a hangover, a stretch or the heat: "..., this hangover is brutal".
        r"(?= )(?!(?: [.,])?(?: [^ .]+){0,5} (?:hangover|hungover|drunk|lol|lmao|yoga|stretch"
        r"|stretching|cool|cold|hot|heat|tired|exhausted|cramps|period)(?= ))",
        needs="floor",
        back=r"(?:im|i am) (?:lying|laying|lieing|collapsed) on (?:the|my)",
        reasons="attempt",
    ),
    imminent(
        # A poison drunk: "I drink the bleach. Sorry." Not by accident, nor a question ("should
        # I drink ...").
        "drank_poison",
        "drank|drink|drunk|swallowed|swallow|downed",
        r" (?:the |some |a bottle of |a cup of |a glass of )?(?:bleach|antifreeze|drain cleaner"
        r"|rat poison|weed killer|pesticide|poison)(?= )"
        r"(?!(?: [^ .]+){0,4} (?:by accident|accidentally|by mistake|thinking it was|every|daily"
        r"|called|aka|smell|fumes|ivy|apple|cocktail|shot)(?= ))",
        needs="bleach antifreeze cleaner poison killer pesticide",
        back=r"(?<!should )(?<!could )(?<!would )(?<!if )(?<!might )(?<!to )(?<!not )"
        r"(?<!never )i(?: just| already| have| ve)?",
        reasons="attempt",
    ),
]

# Said in few words, as people coming off a shift or out of the barn write: pills saved
# up and taken, a window of time named, a place gone to with no coming back, what is
# ready told without naming it. Work talk ("the meds I was saving for the trip", "it's on
# the table in front of me") keeps most of these cues: one alone means little.
# "End it" or "do it" told next to be a task: "before I end it, the auction closes at 5",
# "everything I need to do it. baking day", "the free trial I mean".
_IT_A_TASK = (
    r"(?! [.,](?: [^ .]+){0,6} (?:i mean|i meant|closes|expires|runs out|baking|cooking"
    r"|cleaning|auction|trial|subscription|campaign|chapter|thesis|project)(?= ))"
)
# A move told with the leaving: "not coming back, got a job at the lodge".
_A_MOVE = (
    r"(?!(?: [.,])?(?: [^ .]+){0,6} (?:got a job|new job|moving|moved|we bought|i bought a"
    r" (?:place|house|flat|cabin)|is ours|are ours|a place in|lease|relocating)(?= ))"
)

_SAID_SHORT: Final = [
    imminent(
        # "swallowed the meds I was saving": a stockpile taken. Not saved for a trip.
        "saved_pills_taken",
        "swallowed|took|taken|downed|popped",
        r" (?:all )?(?:the|my|those) (?:pills|meds|tablets|medication|sleeping pills|painkillers)"
        r" (?:i|id|ive|i had|i have) (?:been |was )?(?:saving|saved|stockpiling|stockpiled"
        r"|hoarding|hoarded|collecting|collected|putting aside|put aside)"
        r"(?! (?:up )?for (?:the|a|my|when|later|emergencies)(?= ))(?= )",
        needs="pills meds tablets medication painkillers",
        back=r"(?<!not )(?<!never )(?<!if )(?<!should )i?(?: just| already| finally)?",
        reasons="attempt",
    ),
    cue(
        # "the pills I've been saving": a stockpile, told as what it is.
        "pills_being_saved",
        "ive been saving|i have been saving|i was saving|ive saved up|ive been stockpiling"
        "|ive been hoarding|ive been collecting|i been saving|id been saving|i had been saving",
        r"(?! (?:up )?(?:for|to buy|money|cash|points)(?= ))",
        needs="saving saved stockpiling hoarding collecting",
        back=r"(?:pills|meds|tablets|medication|painkillers|sleeping pills)",
        reasons="means",
    ),
    imminent(
        # "drank the whole bottle with my pills": drink and pills together, all of it.
        "bottle_with_pills",
        "drank|downed|chugged",
        r" (?:the|a) (?:whole|entire|full) (?:bottle|fifth|handle)"
        # The drink alcohol, or not named: not kefir or kombucha with vitamins.
        r"(?: of (?:wine|vodka|whiskey|whisky|rum|gin|tequila|jack|jd|booze|liquor|bourbon"
        r"|scotch|red|white|\w+ wine|\w+ vodka))?"
        r" with (?:my|the|all my|all the|all of my|a handful of)"
        r" (?!(?:vitamin|probiotic|antibiotic|allergy|iron|fish oil)(?= ))(?:\w+ )?(?:pills|meds"
        r"|tablets|painkillers)(?= )",
        needs="bottle fifth handle",
        reasons="attempt",
    ),
    imminent(
        # "I have maybe 2 hours before I end it": the time left, counted.
        "hours_before_i_end_it",
        "hours|hour|minutes|mins|hrs|days",
        r" (?:left )?(?:before|till|until|til) i (?:end it|end my life|kill myself|end things"
        r"|take my life)(?= (?:[.,]|$|all|for good))" + _IT_A_TASK,
        needs="end kill take",
        back=r"(?:have|got|ve got|given myself|giving myself) (?:maybe |about |like |only |just )?"
        r"(?:\d+|an|a few|one|two|three|a couple of|a couple)",
        reasons="timeline",
    ),
    imminent(
        # "that's when I end my life", after a day or a date.
        "thats_when_i_end",
        "thats when|that is when|thats the day|thats the night",
        r" i(?:m| am|ll| will)? (?:going to |gonna )?(?:end my life|kill myself|take my life"
        r"|end it)(?= (?:[.,]|$|all|for good))" + _IT_A_TASK,
        needs="end kill take",
        reasons="ideation plan timeline",
    ),
    imminent(
        # "picked a date to end my life".
        "picked_a_date",
        "picked|chose|chosen|set|settled on|decided on",
        r" (?:a|the|my) (?:date|day|night) (?:to|for when i|when i|that i|ill)"
        # "On" a day, not "end it on good terms" or "on the farm".
        rf" (?:end my life|kill myself|take my life|die|end it)(?= (?:[.,]|$|the|on (?:the )?"
        rf"(?:\d|{_DAYS}|my birthday|christmas|new years)))" + _IT_A_TASK,
        needs="date day night",
        reasons="plan",
    ),
    imminent(
        # "going out to the lake Saturday and I'm not coming back": a place with no return.
        "gone_out_not_back",
        "going out to|driving out to|heading out to|walking out to|going to|driving to"
        "|heading to|walking to|going down to|going up to",
        r" the (?:\w+ ){0,2}(?:lake|woods|river|bridge|cliffs?|mountains?|tracks|quarry|barn"
        r"|coast|sea|ocean|forest|dam|falls|reservoir)(?: \w+){0,6}? (?:and|,)"
        r" (?:im|i am|ill|i will|i) (?:not|never|wont be|will not be) (?:coming|driving|walking"
        r"|going|be coming)? ?(?:back|home)(?= (?:[.,]|$|again|ever|this time))" + _A_MOVE,
        needs="lake woods river bridge cliff cliffs mountain mountains tracks quarry barn coast"
        " sea ocean forest dam falls reservoir",
        reasons="plan",
    ),
    imminent(
        # "left the door unlocked so they won't have to break it": for whoever finds them.
        "unlocked_for_finders",
        "unlocked|open",
        r" so (?:they|the police|the cops|nobody|no one|noone|whoever comes|whoever finds me)"
        r" (?:wont|will not|doesnt|does not|dont) (?:have to|need to)"
        # The door or a way in, not "the padlock" for the plumber.
        r" (?:break|kick|bust|force)(?: (?:it|in|down|the door|my door|it down|the door down"
        r"|through|the lock|in the door|it in|the door in|it open|the door open))?"
        r"(?= (?:[.,]|$|to|if|when))(?! [.,] the \w+ (?:comes|is coming))",
        needs="break kick bust force",
        reasons="plan",
    ),
    rule(
        # "bought a blade today. not for crafts": means bought, and the ordinary use denied.
        "means_not_for_work",
        "blade|blades|razor|razors|rope|knife|pills|gun|pistol|rifle|shotgun",
        r"(?: \w+){0,3} [.,] not for (?:crafts|crafting|work|shaving|cooking|the garden"
        r"|the farm|the kitchen|hunting|the house|a project|projects|art|the shop)(?= (?:[.,]|$))"
        # Not when the use is told next: "not for the farm, for the tire swing".
        r"(?! [.,] (?:for|its for|it is for|just for|but for|but|its)(?= ))"
        # Nor when another use or owner is: "my kid wants a swing", "target shooting".
        r"(?! [.,](?: [^ .]+){0,3} (?:wants|collects|needs|asked for|target|range|swing|gift"
        r"|present|camping|climbing|sailing|fishing|collection)(?= ))",
        needs="crafts crafting work shaving cooking garden farm kitchen hunting house project"
        " projects art shop",
        back=r"(?:bought|got|ordered|picked up|buying|getting)(?: a| an| some| the| another)?",
        level=HIGH,
        context_level=IMMINENT,
        reasons="means",
    ),
    imminent(
        # "I've got access to whatever I need to end this": the means, for the act.
        "means_to_end_this",
        "whatever i need|everything i need|all i need|what i need",
        r" to (?:end this|end it|end it all|end my life|kill myself|do it)(?= (?:[.,]|$))"
        + _IT_A_TASK,
        needs="end kill do",
        back=r"(?:access to|have|got|ive got|i have|i got)",
        reasons="means",
    ),
    cue(
        # "I keep going out there to look at it", "keep taking it out to hold it": means visited.
        "keep_going_to_means",
        "keep|kept|keeps",
        r" (?:going (?:out |down |back |up )?(?:there |to the \w+ )?(?:to )?|taking (?:it|them)"
        r" out (?:to )?)(?:look at|stare at|hold|sit with)(?: it| them)(?= (?:[.,]|$|again))",
        needs="rope ropes gun guns pistol pistols rifle rifles shotgun noose blade razor pills",
        reasons="means",
    ),
    cue(
        # "it's on the table in front of me": what is ready, within reach.
        "in_front_of_me",
        "in front of me|next to me|beside me|in my lap|in my hand",
        r"(?= (?:[.,]|$|now|right now))",
        needs="front next beside lap hand",
        back=r"(?:its|it is|theyre|they are|its sitting|theyre sitting|its lying|sitting)"
        r" (?:on|in) (?:the|my) (?:table|desk|bed|counter|floor|seat|dash)",
        reasons="means",
    ),
    cue(
        # "just waiting for the house to be empty", "before anyone gets home".
        "house_empty",
        "waiting for|wait for|waiting till|waiting until|wait till|wait until",
        r" (?:the house|the apartment|the flat|the place|everyone|the kids|my \w+)"
        r" to (?:be empty|be gone|leave|go to sleep|fall asleep|be asleep|go out|clear out)"
        r"(?= (?:[.,]|$))",
        needs="empty gone leave sleep asleep out",
        reasons="timeline",
    ),
    cue(
        # "letters are written": farewell notes, done. A cover letter alone is a cue too.
        "letters_written",
        "letters are|letter is|notes are|note is",
        r" (?:already |all )?(?:written|sealed|in the (?:drawer|glovebox|envelope))"
        r"(?= (?:[.,]|$))",
        needs="written sealed drawer glovebox envelope",
        reasons="goodbye",
    ),
    cue(
        # "everything's arranged for Sunday morning", "everything's ready": the day set.
        "everything_ready_for",
        "everythings|everything is|everything",
        r" (?:all )?(?:ready|(?:arranged|set|sorted|in place|prepared|taken care of) for"
        r" (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow)"
        r"(?: \w+)?)(?= (?:[.,]|$))",
        needs="arranged ready set sorted place prepared care",
        reasons="plan",
    ),
    cue(
        # "you're not talking me out of it": a decision closed to others.
        "not_talked_out_of_it",
        "talking me out of it|talk me out of it|talk me out of this|talking me out of this",
        r"(?= (?:[.,]|$|this time|anymore))",
        needs="talking talk",
        back=r"(?:not|cant|wont|can not|will not|no one is|nobody is|nobodys|no ones|dont try"
        r"|dont try to|no use trying to|youre not)",
        reasons="intent",
        personal=False,
    ),
    cue(
        # "nobody has to worry about me anymore": a burden lifted by not being there.
        "nobody_worry_anymore",
        "nobody|no one|noone",
        r" (?:has|will have|needs|will need|is going) to worry about me"
        r" (?:anymore|any more|again|after (?:tonight|today|this|friday|saturday|sunday))"
        r"(?= (?:[.,]|$))",
        needs="worry",
        reasons="goodbye",
    ),
    cue(
        # "he's at work till 6": the window when no one is home.
        "away_till",
        "at work till|at work until|out till|out until|gone till|gone until|away till"
        "|away until|on shift till|on shift until",
        r" (?:\d+|late|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday"
        r"|sunday|morning|midnight)(?= )",
        needs="work out gone away shift",
        back=r"(?:hes|shes|theyre|everyones|he is|she is|they are|everyone is|moms|mums|dads"
        r"|mom is|dad is|my \w+ is|wifes|husbands)",
        reasons="timeline",
    ),
    cue(
        # "I'm not waiting anymore": the waiting given up.
        "not_waiting_anymore",
        "not waiting",
        r" (?:anymore|any more|any longer)(?= (?:[.,]|$))",
        needs="anymore more longer",
        back=r"(?:im|i am|i m)",
        reasons="timeline",
    ),
    cue(
        # "I won't be alive for Christmas": an end foreseen, unless a doctor says so.
        "wont_be_alive_for",
        "wont be alive|will not be alive|wont be around",
        r" (?:for|by|at|on|to see|next) (?:christmas|xmas|my birthday|new years|thanksgiving"
        r"|easter|the weekend|next \w+|the holidays|summer|spring|winter|fall|january|february"
        r"|march|april|may|june|july|august|september|october|november|december)(?= (?:[.,]|$))"
        + _TRAVELLING,
        needs="alive around",
        back=r"(?<!says)(?<!said)(?<!think)(?<!thinks)(?<!doctor)(?<!doctors)(?<!if)"
        r"(?<!rate)(?:i|ill|im sure i|i know i|i just know i|^)",
        reasons="ideation timeline",
    ),
    cue(
        # "then it's over for good": an end, not a season ("over for good, retiring!").
        "over_for_good",
        "over",
        # Not something moved: "took over for good", "switched over for good".
        r"(?<!took over)(?<!moved over)(?<!came over)(?<!switched over)(?<!handed over)"
        r"(?<!turned over)(?<!crossed over)(?<!signed over)(?<!game over) for good(?= (?:[.,]|$))"
        r"(?!(?: [.,])?(?: \w+){0,4} (?:retir\w*|vacation|holiday|free|freedom|party|promoted"
        r"|new job|yay|woo\w*|finally|cant wait|graduat\w*)(?= ))",
        needs="good",
        reasons="goodbye",
    ),
    cue(
        # "going to the woods this weekend with my dad's gun": a gun taken somewhere alone.
        "going_with_gun",
        "going|heading|driving|walking",
        r" (?:out )?(?:to|into) the (?:\w+ ){1,6}?with (?:my|my \w+s|the|a) (?:gun|rifle|pistol"
        r"|shotgun|revolver|handgun)(?= (?:[.,]|$))",
        needs="gun rifle pistol shotgun revolver handgun",
        reasons="means",
    ),
    cue(
        # "I've worked out exactly how I'd do it": the how, with nothing named.
        "worked_out_how",
        "worked out|figured out|planned out",
        r" (?:exactly |just )?how (?:id|i would|ill|i will|im going to|im gonna) do it"
        r"(?= (?:[.,]|$|and))"
        # Not when the "it" is named after: "..., the bathroom tile".
        r"(?!(?: [^ .]+){0,8} [,:] (?:the|my|our) \w+(?: \w+)?(?= (?:[.,]|$)))",
        needs="how",
        reasons="plan",
    ),
    cue(
        # "told him to remember me when he plays": a keepsake left.
        "remember_me_by",
        "remember me",
        r" (?:by|when|whenever|every time)(?= )",
        needs="remember",
        back=r"(?:told|tell|asked|ask) (?:him|her|them|my \w+(?: \w+)?) to",
        reasons="goodbye",
    ),
    cue(
        # "gave my guitar to my nephew. won't be needing it": no use for it left.
        "wont_be_needing_it",
        "needing|need",
        r" (?:it|them|those|these|any of it|any of them)(?: anymore| any more)?(?= (?:[.,]|$))"
        + _NOT_MOVING,
        needs="needing need",
        back=r"(?:wont|will not|not going to|im not going to|not gonna) be",
        reasons="goodbye",
    ),
    cue(
        # No return from a trip just named: "i'm not coming back from it".
        "not_back_from_it",
        "coming back from it|coming back from there|coming home from it|coming back from that"
        "|coming back from this trip|be back from it",
        r"(?= (?:[.,]|$))",
        needs="back home",
        back=r"(?:im|i am|ill|i will|i) (?:not|never|wont|will not)(?: be)?",
        reasons="goodbye",
    ),
    cue(
        # A trip others believe in: "they think I'm going fishing on Sunday", "they all
        # think I'm going camping this weekend". The cover story the protocol names: a sign
        # after concern or beside another one, an ordinary trip alone.
        "they_think_a_trip",
        "think im going|thinks im going|think i am going|thinks i am going|think im off"
        "|thinks im off",
        r" (?:camping|fishing|hunting|hiking|on a trip|away|on holiday|on vacation|to stay with"
        r"|to my \w+s|to \w+s|for a drive|for a walk)(?= )",
        needs="camping fishing hunting hiking trip away holiday vacation stay drive walk",
        back=r"(?:they|they all|she|he|everyone|everybody|my \w+|mum|mom|dad|the kids|people)",
        reasons="plan",
    ),
    rule(
        # "she thinks I'm moving. I'm not moving": a cover story told as one.
        "cover_story",
        "thinks im|think im|thinks i am|think i am",
        r" (?:moving|going away|going on a trip|leaving town|on holiday|on vacation)"
        r" [.,] (?:im|i am) not(?: (?:moving|going|leaving))?(?= (?:\.|$))"
        # The truth told next is a surprise or a clear-out, not a cover.
        r"(?!(?: [.,])?(?: [^ .]+){0,5} (?:surprise|party|repainting|renovating|redecorating"
        r"|painting)(?= ))",
        needs="moving going leaving holiday vacation",
        level=HIGH,
        context_level=IMMINENT,
        reasons="plan",
    ),
    cue(
        # "service weapon at home": a gun at hand that the job put there.
        "service_weapon_home",
        "service weapon|service pistol|duty weapon|duty gun|duty pistol|issued weapon|sidearm"
        "|work gun",
        r" (?:at home|home|in the house|in my house|in my room|in my locker|in my car)(?= )",
        needs="home house room locker car",
        reasons="means",
    ),
]

# Second signs, each little alone, told beside another cue: a time after which the
# person is gone, help turned down, means dwelt on, a decision made peace with, an act
# set for a day, and the coda of a disclosure ("I don't know why I messaged you").
_SECOND_SIGNS: Final = [
    cue(
        # "after sunday i won't be here", "I'm not going to be around for it".
        "not_around_after",
        "wont be here|wont be around|will not be here|wont be alive|not going to be around"
        "|not going to be here|not gonna be around|not gonna be here",
        # "... when he gets home from work": gone before someone is back.
        r"(?= (?:[.,]|$|for it|anymore|much longer|by then|after that"
        # "i won't be around come sunday": the day said the Northern way.
        rf"|come (?:{_DAYS}|the weekend|next week)"
        r"|when (?:he|she|they|you|my \w+|the kids) (?:gets|get|comes|come) (?:home|back)))",
        needs="here around alive",
        back=r"(?:i|im|ill|i will)(?: just| simply| really)?",
        reasons="goodbye timeline",
    ),
    cue(
        # "once I'm gone next week": a time set for being gone.
        "gone_at_a_time",
        "once im gone|when im gone|after im gone",
        rf" (?:next (?:week|month|weekend)|this (?:week|weekend)|tomorrow|tonight|on (?:{_DAYS}))",
        needs="gone",
        reasons="goodbye timeline",
    ),
    cue(
        # Help turned down: "I don't want a number", "please don't try to stop me".
        "help_turned_down",
        "dont want a number|dont give me a number|dont want a hotline|dont send me a hotline"
        "|dont try to stop me|wouldnt try to stop me|wont try to stop me|dont try to fix it"
        "|dont try to save me|not sure i want help|dont want to be saved|dont want to be stopped",
        r"(?= (?:[.,]|$|this time|anymore))",
        needs="number hotline stop fix save help saved stopped",
        reasons="intent",
        personal=False,
    ),
    cue(
        # Means gone back to: "I keep going out there at night and looking at it", "been
        # sitting next to it most nights", "keep staring at them".
        "means_dwelt_on",
        "looking at it|looking at them|staring at it|staring at them|sitting next to it"
        "|sitting with it|holding it|holding them|counting them",
        r"(?= (?:[.,]|$|every|most|at night|again|for hours))",
        needs="looking staring sitting holding counting",
        back=r"(?:keep|kept|been|ive been|i sit|just)(?: [^ .]+){0,5}?(?: and)?",
        reasons="means",
    ),
    cue(
        # "tonight could be it", "today might be the day": a time weighed for the act.
        "could_be_it",
        "tonight could be|tonight might be|today could be|today might be|tomorrow could be"
        "|tomorrow might be",
        r" (?:it|the night|the day)(?= (?:[.,]|$))",
        needs="could might",
        reasons="intent timeline",
    ),
    cue(
        # "going to do it the day after my birthday", "I'm going to end it here".
        "do_it_set",
        "do it|doing it|end it|go through with it",
        rf"(?= (?:here(?= (?:[.,]|$))|the day (?:after|before|of)|on (?:the|{_DAYS})))",
        back=r"(?:im|i am|ill|i will|im going to|im gonna|going to|gonna)",
        reasons="intent",
    ),
    cue(
        # "I'm actually going to do it this time": the thought carried out at last.
        "do_it_really",
        "do it|go through with it|end it",
        r"(?= (?:[.,]|$|this time|now))",
        back=r"im (?:finally|really|actually|definitely|seriously) (?:going to|gonna)",
        reasons="intent",
    ),
    cue(
        # "not just think about it": thinking put behind for doing.
        "not_just_thinking",
        "not just think about it|not just thinking about it|instead of just thinking about it"
        "|no more thinking about it",
        needs="think thinking",
        reasons="intent",
        personal=False,
    ),
    cue(
        # A decision made peace with: "I've made my decision and I'm at peace with it".
        "at_peace_with_it",
        "at peace with it|at peace with my decision|made my peace with it|made my peace with that"
        "|made peace with it|made peace with that"
        # "I'm at peace with leaving", "and I'm at peace with that"
        "|at peace with leaving|at peace with going|at peace with dying|at peace with my choice"
        "|at peace with the decision",
        needs="peace",
        reasons="intent",
    ),
    cue(
        # The coda of a disclosure: "I don't know why I messaged you". Not "just wanted
        # someone to know", said of good news as often.
        "someone_to_know",
        "dont know why i messaged you|dont know why im messaging you|dont know why im telling you"
        "|dont know why i texted you|dont know why im writing to you|dont know why i messaged",
        r"(?= (?:[.,]|$))",
        needs="why",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        # Affairs finished: "nothing left undone", "that was the last thing I needed to sort out".
        "nothing_left_undone",
        "nothing left undone|nothing left to tie up|anything left to tie up|squared away"
        "|last thing i needed to sort out|last thing i had to sort out|last thing i needed to do"
        "|last thing i had to do|last thing left to do",
        r"(?= (?:[.,]|$|now))",
        needs="undone tie squared thing",
        reasons="plan",
    ),
]

# Things let go of, and what they are let go for: someone else's things and then one's
# own given away, everything listed for free, passwords left for family, clothes no use
# to "a dead girl", a dead person to be joined.
_LET_GO: Final = [
    cue(
        "given_theirs_and_mine",
        "gave|giving|given|gifted",
        rf" (?:[^ .]+ )?{_ITEM} away and (?:all )?(?:of )?my (?:own )?{_ITEM}" + _NOT_MOVING,
        needs=_OWNED_WORDS,
        reasons="plan",
    ),
    cue(
        # "listed all my stuff on marketplace for free": given away, not sold.
        "listed_for_free",
        "listed|posted|put up|putting up|listing|posting",
        rf" (?:all (?:of )?my {_ITEM}|everything i own|everything)(?: [^ .]+){{0,3}} for free"
        + _NOT_MOVING,
        needs="free",
        reasons="plan",
    ),
    cue(
        "passwords_written_for",
        "wrote|written|writing|left|gave|sent|shared",
        r"(?: down)? (?:all )?my (?:passwords|passcodes|logins|pin numbers|pins)(?: down)?"
        r" (?:for|to|with) (?:my|the) \w+",
        needs="passwords passcodes logins pin pins",
        reasons="plan",
    ),
    rule(
        # "gave my clothes away, they won't fit a dead girl anyway": oneself dead.
        "no_use_to_the_dead",
        "a dead",
        r" (?:girl|guy|man|woman|person|boy|body|kid|teen)(?= )",
        needs="dead",
        # The things' subject in the frame, so "they" is not read as whose statement it is.
        back=r"(?:(?:they|it|these|those|that|this) )?(?:wont|will not|dont|doesnt|wouldnt"
        r"|cant) (?:fit|suit|be any use to|matter to)",
        level=HIGH,
        reasons="ideation",
        personal=False,  # "a dead girl" is the speaker
    ),
    rule(
        # "On the anniversary I'm going to join her": the one who died, joined.
        "join_the_dead",
        "join her|join him|join them|be with her again|be with him again|be with them again",
        r"(?= (?:[.,]|$|soon|then|there|in heaven|on the other side|up there))",
        needs="join again",
        back=r"(?:anniversary|grave|funeral|since (?:she|he|they) (?:died|passed|went)"
        r"|her death|his death|their death|she died|he died)(?: [^ .]+){0,10}"
        r" (?:im going to|i am going to|im gonna|going to|gonna|ill|i will|i want to|want to"
        r"|wanna|i can|time to|ready to|i need to)",
        level=HIGH,
        context_level=IMMINENT,
        reasons="intent",
    ),
]

EVENT_RULES: Final[list[Rule]] = [
    *_LET_GO,
    *_TOLD_OUTRIGHT,
    *_TIMED_ACTS,
    *_PREPARED,
    *_GOT_QUIETLY,
    *_PLANS,
    *_MEANS,
    *_GOODBYES,
    *_IN_THE_MOMENT,
    *_SAID_PLAINLY,
    *_LAST_WORDS,
    *_SECOND_SIGNS,
    *_SAID_SHORT,
]
