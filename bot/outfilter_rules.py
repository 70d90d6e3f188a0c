"""The English rules :mod:`bot.outfilter` checks model replies against, as data.

Owns the patterns, the words that gate them and the helpers the other
languages' rules (:mod:`bot.outfilter_intl`) share; refusal scoping and the
sentence window live in :mod:`bot.outfilter`. Patterns are written for
folded text (:mod:`bot.risk.normalize`): lowercase ASCII words between
single spaces, accents dropped (``tödlich`` is ``todlich``), apostrophes
gone (``c'est`` is ``cest``), sentence ends and line breaks as the token
``.``, commas and colons as ``,``. A text can hold several sentences of a
reply, so ``GAP`` (a few words) may cross a sentence end ("Take 30 pills.
That would kill you.") and ``SPLIT`` lets punctuation split two words
("Suicide... is the answer.").

A rule runs only when each of its word groups has a word in the text: that
keeps the filter cheap on ordinary sentences, which have none of them. The
groups list folded tokens; a pattern must not be able to match without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["DIGIT", "ENGLISH", "GAP", "SPLIT", "Rule", "make_rules"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern, run only when each group in ``needs`` has a word in the text."""

    reason: str
    needs: tuple[frozenset[str], ...]
    regex: re.Pattern[str]
    refusable: bool  # a refusal governing the clause ("I won't list ...") excuses it


def make_rules(reason: str, *entries: tuple[str, str], refusable: bool = True) -> tuple[Rule, ...]:
    """Rules from (needs, pattern) pairs; ``needs`` is word groups split by " / "."""
    return tuple(
        Rule(
            reason,
            tuple(frozenset(group.split()) for group in needs.split(" / ")),
            re.compile(f" (?:{pattern})(?= )"),
            refusable,
        )
        for needs, pattern in entries
    )


SPLIT = r"(?: [.,])*"  # punctuation that may split a statement: "suicide... is"
GAP = r"(?: \S+){0,6}"  # a few words, across a sentence end
_YOU = r"(?:you|yourself|someone|a person|people|one|oneself|them|themselves|they)"
_N = (
    r"(?:\d[\d,.]*|a few|a couple of|several|a dozen|dozens of|a handful of|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|a hundred|hundreds of)"
)
# Enough to matter for "would do it": "two tablets should do it" is a headache.
_BIG = (
    r"(?:\d\d[\d,.]*|[5-9]|a dozen|dozens of|a handful of|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of)"
)
_PILLS = (
    "pills?|tablets?|capsules?|caps|tabs|doses|meds|paracetamol|acetaminophen|tylenol"
    "|ibuprofen|aspirin|painkillers|sleeping pills|benzos|opioids|insulin units"
)
_PILL = f"(?:{_PILLS})"
_UNIT = f"(?:{_PILLS}|mg|milligrams?|g|grams?|mcg|micrograms|ml|units)"
_OF = r"(?: (?:more|extra))?(?: of)?(?: (?:those|these|the|your|my|their|his|her))?(?: \w+)? ?"
_PACK = r"(?:bottle|pack|packet|box|strip|jar|blister pack)"
_WHOLE = (
    rf"(?:(?:half|all|most|the rest) (?:of )?(?:a |the |your |those |these |their |my )?(?:\w+ )?"
    rf"(?:{_PACK}|pills|tablets|capsules|meds|medication|medicine|painkillers)"
    rf"|(?:a|an|the|your|one) (?:whole |entire |full )?{_PACK}(?: of(?: \w+){{1,2}})?)"
)
_AMOUNT = rf"(?:{_N}{_OF}{_UNIT}|{_N} of (?:them|those|these)|{_WHOLE})"
_BIG_AMOUNT = rf"(?:{_BIG}{_OF}{_PILL}|{_BIG} of (?:them|those|these)|{_WHOLE})"
_DEADLY = (
    r"(?:kill|kills|killing|fatal|lethal|deadly|to die|enough to die|cause death|stop (?:your|a)"
    r" heart|end your life|to overdose|finish you|finish you off)"
)
_ENOUGH = (
    r"(?:would|will|should|could|might|ought to|is gonna)(?: \w+)? (?:do it|do the job"
    r"|do the trick|be enough|suffice|be plenty|be more than enough)"
)
_DEATH = (
    r"(?:die|dying|death|kill (?:yourself|oneself|myself|themselves|someone)|killing (?:yourself"
    r"|oneself|myself|themselves)|end (?:it all|your life|my life|ones life|their lives|their life"
    r"|things|everything|it(?! with))|ending (?:it all|your life|things|it(?! with))"
    r"|commit suicide|suicide|overdose|od|take your (?:own )?life|unalive)"
)
_ADJ = (
    r"(?:(?:most|least|more|less) )?(?:lethal|deadly|painless|painlessly|effective|reliable|certain"
    r"|successful|foolproof|surefire|quick|quickest|fast|fastest|easy|easiest|best|surest|simplest"
    r"|gentlest|cleanest|common|popular|sure)"
)
# Subjects that name a way to die: "hanging is the most reliable method".
_METHOD = (
    r"(?:hanging(?: yourself| oneself)?|an overdose|overdosing|overdoses|jumping (?:off|from)"
    r"(?: \w+){1,2}|drowning(?: yourself)?|shooting yourself|a gun|guns|a firearm|firearms"
    r"|a shotgun|carbon monoxide|poisoning(?: yourself)?|slitting your (?:wrists|throat)"
    r"|suffocation|asphyxiation|gassing yourself|a plastic bag|helium|exit bags?)"
)
_QUALITY = (
    r"(?:lethal|deadly|fatal|painless|effective|reliable|certain|successful|foolproof|surefire"
    r"|quick|quickest|fast|fastest|easiest|surest|(?:common|popular|usual|typical|preferred)"
    r" (?:method|way|means|choice))"
)
_MEANS = (
    r"(?:firearms?|guns?|shotguns?|pistols?|handguns?|hanging|hangings|overdoses?|jumps?|jumping"
    r"|drowning|poisoning|cutting|suicides?|attempts?|methods?|pills|carbon monoxide)"
)
_SITES = (
    r"(?:golden gate|aokigahara|beachy head|sunshine skyway|prince edward viaduct|nanjing yangtze"
    r"|clifton suspension|humber bridge|westgate bridge|jacques cartier)"
)
# Suicide named as the subject of a sentence, not as a thought someone has.
_SUICIDE = (
    r"(?<!about )(?<!of )(?:suicide|killing yourself|ending your life|ending it all|taking your"
    r" (?:own )?life|your death|death|dying|to die|to kill yourself|to end your life)"
)
_ANSWER = (
    r"(?:solution|answer|way out|option|choice|escape|relief|release|rest|peace|mercy|exit|fix"
    r"|cure|way to (?:stop|end) (?:the|this|your) pain)"
)
_SUICIDE_OBJECT = (
    r"(?:suicide|death|dying|to die|killing yourself|to kill yourself|kill yourself|ending your"
    r" life|to end your life|end your life|ending it all|to end it all|end it all|taking your"
    r" (?:own )?life|to take your (?:own )?life)"
)

# Word groups shared by several rules (folded tokens).
_W_DEADLY = "kill kills killing fatal lethal deadly die death heart life overdose finish"
#: Stands in the word set for "the text has a digit": "400mg" is one folded token.
DIGIT: Final = "#"
_W_PILLS = (
    "pill pills tablet tablets capsule capsules caps tabs doses meds paracetamol acetaminophen "
    "tylenol ibuprofen aspirin painkillers benzos opioids units bottle pack packet box strip jar "
    "medication medicine"
)
_W_AMOUNT = (
    f"{DIGIT} {_W_PILLS} mg milligrams g grams mcg micrograms ml few couple several dozen dozens "
    "handful two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty sixty seventy eighty ninety hundred hundreds"
)
_W_ADJ = (
    "lethal deadly painless painlessly effective reliable certain successful foolproof surefire "
    "quick quickest fast fastest easy easiest best surest simplest gentlest cleanest common "
    "popular sure"
)
_W_WAY = "way ways method methods means option options technique manner"
_W_DEATH = "die dying death kill killing end ending commit suicide overdose od take unalive"
_W_METHOD = (
    "hanging overdose overdosing overdoses jumping drowning shooting gun guns firearm firearms "
    "shotgun carbon poisoning slitting suffocation asphyxiation gassing bag bags helium"
)
_W_SUICIDE = "suicide killing ending taking death dying die kill end"
_W_ANSWER = "solution answer way option choice escape relief release rest peace mercy exit fix cure"

ENGLISH: Final = (
    *make_rules(
        "dose",
        (
            "lethal fatal deadly toxic overdose / dose doses dosage amount quantity level",
            r"(?:lethal|fatal|deadly|toxic|overdose) (?:dose|doses|dosage|amount|quantity|level)",
        ),
        ("ld50 ldso ld median", r"ld ?50|ldso|median lethal"),
        (f"{_W_DEADLY} / {_W_AMOUNT}", rf"{_AMOUNT}{GAP} {_DEADLY}"),
        (f"do enough suffice plenty / {_W_AMOUNT}", rf"{_BIG_AMOUNT}{GAP} {_ENOUGH}"),
        (
            "enough how / kill die overdose lethal fatal",
            rf"(?:enough|how many|how much) (?:\w+ ){{0,5}}(?:to|would|will|can|could)"
            rf" (?:kill {_YOU}|die|overdose|be (?:lethal|fatal))",
        ),
        (
            "take taking swallow swallowing / all handful bottle every",
            r"(?:take|taking|swallow|swallowing) (?:all of|all|a whole bottle of|the whole bottle"
            rf" of|a handful of|every one of) (?:the |your |their )?{_PILL}"
            r"(?! (?:as (?:prescribed|directed)|on time|with|every|each|daily|regularly))",
        ),
    ),
    *make_rules(
        "lethality",
        (
            f"{_W_ADJ} / {_W_WAY} / {_W_DEATH}",
            rf"{_ADJ}(?: \w+){{0,2}} (?:way|ways|method|methods|means|option|options|technique"
            rf"|manner) (?:to|of|for) {_DEATH}",
        ),
        (
            "painless quick quickest fastest easiest surest / death",
            r"(?:painless|quick|quickest|fastest|easiest|surest) death",
        ),
        (
            "most least / lethal deadly painless",
            r"(?:most|least) (?:lethal|deadly|painless) (?:way|ways|method|methods|means|option"
            r"|options|drug|drugs|combination)",
        ),
        (
            f"{_W_ADJ} / {_W_WAY} / {_W_METHOD} pills gunshot poison",
            rf"{_ADJ} (?:way|ways|method|methods|means|option)(?: \w+){{0,2}} (?:is|are"
            rf"|would be|remains)(?: \w+){{0,2}} (?:{_METHOD}|pills|sleeping pills|a gunshot"
            r"|gunshot|poison)",
        ),
        (
            f"{_W_METHOD} / {_W_ADJ} fatal method methods",
            rf"{_METHOD} (?:is|are|was|would be|remains|tends to be|has been)(?: \w+){{0,3}}"
            rf" (?:{_QUALITY}|method|methods)",
        ),
        (
            "fatality lethality kill chance chances / rate rates surviving survival dying",
            r"(?:fatality|lethality|case fatality|kill) rates?|chances? of (?:surviving|survival"
            r"|dying)",
        ),
        (
            "rate rates / survival death mortality success completion",
            rf"{_MEANS}(?: \S+){{0,8}} (?:survival|death|mortality|success|completion) rates?"
            rf"|(?:survival|death|mortality|success|completion) rates? (?:\S+ ){{0,5}}{_MEANS}",
        ),
        (
            "instantly quickly fast within / kill fatal lethal",
            rf"(?:would|will|can|could|is likely to) (?:kill {_YOU}|be fatal|be lethal)"
            r" (?:instantly|quickly|fast|within)",
        ),
        (
            "fatal lethal deadly",
            r"(?:is|are) (?:almost always |usually |often |nearly always |almost certainly )?"
            r"(?:fatal|lethal|deadly)(?= (?:if|when|at|within|in|around|about|[.,]|$))",
        ),
    ),
    *make_rules(
        "method",
        (
            "noose knot",
            r"(?:tie|tying|make|making) (?:a |the )?noose|noose|(?:hangman|hangmans|slip) knot",
        ),
        (
            "hang hanging drown drowning suffocate suffocating",
            rf"(?:hang|hanging|drown|drowning|suffocate|suffocating) {_YOU}",
        ),
        (
            "wrist wrists throat vein veins arteries artery",
            r"(?:slit|slitting|slice|slicing|cut|cutting) (?:open )?(?:your|the|ones|their|a)"
            r" (?:wrists?|throat|veins?|arteries|artery)|(?:along|across|down) the (?:veins?"
            r"|artery|arteries|wrists?)",
        ),
        (
            "cut cutting slice slicing slit vertically lengthwise longways longitudinally arm "
            "forearm / vertically lengthwise longways longitudinally down arm forearm across",
            r"(?:cut|cutting|slice|slicing|slit) (?:vertically|lengthwise|longways|longitudinally"
            r"|up and down|along the (?:arm|forearm))|(?:vertically|lengthwise|longways"
            r"|along the (?:arm|forearm))(?: [.,])? (?:not|rather than|instead of)"
            r" (?:across|sideways|horizontally)",
        ),
        (
            "carbon exhaust charcoal helium exit nitrogen inert",
            r"carbon monoxide|exhaust fumes|charcoal (?:burning|grill|in a)|helium (?:bag|hood"
            r"|tank)|exit bag|nitrogen (?:gas|bag)|inert gas",
        ),
        (
            "jump jumping leap leaping",
            r"(?:jump|jumping|leap|leaping) (?:off|from) (?:a|the|any) (?:\w+ ){0,2}(?:bridge"
            r"|building|roof|cliff|balcony|tower|height|window|floor)",
        ),
        (
            "front under / train truck bus lorry subway tram car",
            r"(?:step|stepping|walk|walking|jump|jumping|throw yourself|throwing yourself|lie"
            r"|lying|run|running) (?:out )?(?:in front of|under) (?:a|an|the) (?:oncoming |moving"
            r" |speeding |passing )?(?:train|truck|bus|lorry|subway|tram|car)",
        ),
        (
            "tracks rails railway motorway highway freeway",
            r"(?:lie|lying|lay|laying|stand|standing|sit|sitting) (?:down )?on the (?:tracks"
            r"|rails|railway|railway line|train tracks|motorway|highway|freeway)",
        ),
        (
            "bleach antifreeze poison pesticide insulin",
            r"(?:drink|drinking|swallow|swallowing|ingest|ingesting|inject|injecting) (?:some )?"
            r"(?:bleach|antifreeze|poison|pesticide|insulin)",
        ),
        (
            "gun firearm pistol rifle shotgun",
            rf"(?:gun|firearm|pistol|rifle|shotgun) (?:to|against|in|under) (?:your|the|their"
            rf"|{_YOU}s) (?:head|mouth|temple|chest|chin)",
        ),
        ("step steps", r"steps? (?:to|for) (?:kill|end|hang|suicide|dying|die)"),
        (
            "belt rope cord scarf sheet bedsheet ligature cable / door doorknob closet ceiling "
            "beam rafter banister",
            r"(?:belt|rope|cord|scarf|sheet|bedsheet|ligature|cable)(?: \w+){0,4} (?:door handle"
            r"|doorknob|door frame|closet rod|ceiling fan|beam|rafter|banister)",
        ),
    ),
    *make_rules(
        "location",
        (
            "tallest highest",
            r"(?:tallest|highest) (?:bridge|building|cliff|point|tower|roof|structure)"
            r"(?: \S+){0,8} (?:people go|people jump|to jump|jump from|jumping|where people"
            r"|place people|spot people|to die|to end|fall from|fall is|drop)",
        ),
        (
            "floors stories storeys feet ft meters metres m / enough fatal lethal deadly plenty",
            rf"{_N} (?:floors|stories|storeys|feet|ft|meters|metres|m)(?: \w+){{0,3}} (?:is|are"
            r"|would be|should be|will be)(?: \w+){0,2} (?:enough|high enough|fatal|lethal"
            r"|deadly|plenty)",
        ),
        (
            "fall falling jump jumping drop dropping leap leaping / floor floors stories storeys "
            "feet ft meters metres m",
            rf"(?:fall|falling|jump|jumping|drop|dropping|leap|leaping) (?:from|of|off)"
            rf"(?: \w+){{0,2}} (?:{_N}|\d+(?:st|nd|rd|th)) (?:floors?|stories|storeys|feet|ft"
            r"|meters|metres|m)",
        ),
        (
            "floor storey story / fall jump drop",
            r"\d+(?:st|nd|rd|th)? (?:floor|storey|story) (?:fall|jump|drop)",
        ),
        ("high tall / enough", r"(?:high|tall) enough to (?:die|kill)"),
        (
            "where / buy get find",
            r"where (?:to|you can|one can|people|someone can) (?:buy|get|find) (?:a gun|guns"
            r"|pills|rope|poison|helium|a noose)",
        ),
        (
            "where / jump jumps jumped die end kill take",
            r"(?:bridge|cliff|building|tower|station|spot|place|roof|rooftop|forest|overpass"
            r"|car park|parking garage|viaduct|tracks) (?:is|are|was)(?: \w+){0,2} where"
            r" (?:\w+ ){0,3}(?:go to )?(?:jump|jumps|jumped|die|end their lives|end it"
            r"|kill themselves|take their lives|die by suicide|end)",
        ),
        (
            "popular common known notorious famous suicide / spot place site location bridge "
            "cliff destination hotspot hot forest",
            r"(?:popular|common|known|notorious|famous) (?:\w+ )?(?:spot|place|site|location"
            r"|bridge|cliff|destination)(?: \w+){0,3} (?:for|to) (?:suicide|suicides|jumping"
            r"|jumpers|die|dying|end)|suicide (?:hotspot|hot spot|spot|bridge|forest|site"
            r"|location|destination)",
        ),
        (
            "golden aokigahara beachy skyway viaduct yangtze clifton humber westgate cartier",
            rf"{_SITES}(?: \w+){{0,6}} (?:jump|jumps|jumped|jumping|jumpers|suicide|suicides|die"
            r"|died|dies|end their lives|take their lives|kill themselves)|(?:jump|jumping"
            rf"|jumped|leap) (?:off|from) (?:the )?{_SITES}",
        ),
    ),
    *make_rules(
        "solution",
        (
            f"{_W_SUICIDE} / {_W_ANSWER}",
            rf"{_SUICIDE}{SPLIT}(?: (?:that|it|this|really|honestly))?{SPLIT} (?:is|would be"
            rf"|could be|might be|may be|seems|sounds|feels|is just)(?: like)?{SPLIT}"
            r" (?:a |an |the |your )?(?:only |best |real |final |valid |reasonable"
            r" |understandable |brave |peaceful |right |good |logical |easiest |true |last )?"
            rf"{_ANSWER}",
        ),
        (
            f"{_W_ANSWER} / {_W_SUICIDE}",
            rf"(?:the |your |a )?(?:only |best |real |last |final |true |easiest |one |simplest"
            rf" |logical )?{_ANSWER}(?: left| here| now| for you)?{SPLIT} (?:is|would be|could be"
            rf"|might be|may be|seems to be|is just|remains){SPLIT} (?:simply |just |really"
            rf" |honestly )?{_SUICIDE_OBJECT}",
        ),
        (
            f"{_W_SUICIDE} / sense understandable reasonable logical",
            rf"{_SUICIDE}(?: \w+)? (?:makes sense|would make sense|is understandable|is reasonable"
            r"|is logical|is the logical (?:step|choice|thing))",
        ),
        (
            f"{_W_SUICIDE} / solve fix end stop ease take make free set bring give",
            rf"{_SUICIDE} (?:would|will|could|might|can|is going to)(?: \w+){{0,2}} (?:solve|fix"
            r"|end|stop|ease|take away) (?:your|all|the|everything|it all|things|this)|"
            rf"{_SUICIDE} (?:would|will|could|might|can)(?: \w+){{0,2}} (?:make (?:the |your )?"
            r"(?:pain|it all|everything|things|it) (?:stop|go away|end|better|easier)|free you"
            r"|set you free|bring you (?:peace|relief)|give you (?:peace|relief))",
        ),
        (
            "better happier peace relieved / dead without",
            r"(?:would|will|wd|d|ll|be)(?: \w+){0,2} (?:better off|better|happier|at peace"
            r"|relieved) (?:dead|without you|if you (?:died|were gone|werent here|were dead"
            r"|killed yourself))",
        ),
        (
            "okay ok alright understandable reasonable valid brave right choice fine / kill end "
            "take commit die",
            r"(?:it is|its|that is|thats|it would be) (?:okay|ok|alright|understandable"
            r"|reasonable|valid|brave|your right|your choice|fine) to (?:kill yourself"
            r"|end your life|end it|take your (?:own )?life|commit suicide|die)",
        ),
        (
            "no nobody noone / miss mourn care notice blame",
            r"(?:no one|nobody|noone) (?:would|will|is going to|could)(?: even| really)?"
            r" (?:miss you|mourn you|(?:care|notice)(?: if| that)? you (?:were|was|are|had)"
            r" (?:gone|dead|no longer here|not here)|(?:care|notice) if you (?:died|disappeared"
            r"|didnt wake up|killed yourself))|(?:no one|nobody|noone) (?:would|could) blame you"
            r" (?:for|if you) (?:ending|killing|dying|died|taking your)",
        ),
        (
            "kill kys end unalive / should just go ahead then so",
            r"you should (?:kill yourself|kys|end it|end your life|die|go through with it)"
            r"|(?:just|go|go ahead|then|so)(?: and)? (?:kill yourself|kys|end it all"
            r"|end your life|unalive yourself)",
        ),
        (
            "favour favor",
            r"doing (?:everyone|them|us|your family|the world|everybody) a (?:favour|favor)"
            r" (?:by|if you) (?:ending|killing|dying|died|leaving this world)",
        ),
        (
            "maybe perhaps / time best right",
            r"(?:maybe|perhaps) (?:it is|its) (?:time|best|right) (?:for you )?to (?:go|die"
            r"|end it|let go of life)",
        ),
        refusable=False,
    ),
    *make_rules(
        "inevitable",
        (
            "inevitable bound matter unavoidable destiny fate",
            r"(?:suicide|it|killing yourself|dying|death) (?:is|was|seems|feels) (?:inevitable"
            r"|bound to happen|only a matter of time|unavoidable|your destiny|your fate)",
        ),
        (
            "will youll going bound / killing kill die commit take",
            r"(?:you will|youll|you are going to|youre going to|you are bound to) (?:end up )?"
            r"(?:killing yourself|kill yourself|die by suicide|commit suicide|take your (?:own )?"
            r"life)",
        ),
        (
            "nothing no nobody / help save",
            r"(?:nothing|no one|nobody) (?:can|could|will ever|is ever going to) (?:help|save)"
            r" you",
        ),
        (
            "never always / better way like",
            r"(?<!like )(?<!feel )(?<!feels )(?<!think )(?<!believe )(?:it|things|life"
            r"|your life) (?:will|is going to|are going to|wont) never (?:get|be) better"
            r"|you (?:will|are going to) always (?:feel|be) (?:this way|like this)",
        ),
        refusable=False,
    ),
    *make_rules(
        "common",
        (
            "suicide killing / common normal natural everywhere epidemic",
            r"(?:suicide|killing yourself|killing themselves) is (?:so |very |really |pretty "
            r"|incredibly |super )?(?:common|normal|natural|everywhere|an epidemic)"
            r"|suicide epidemic",
        ),
        (
            "themselves suicide lives / time day everyday constantly thousands millions hundreds",
            r"(?:everyone|everybody|lots of people|many people|so many people|most people"
            r"|people) (?:kill themselves|commit suicide|die by suicide|end their lives)"
            r" (?:all the time|every day|everyday|constantly)|(?:thousands|millions|hundreds)"
            r" of people (?:kill themselves|die by suicide|commit suicide|end their lives)",
        ),
        refusable=False,
    ),
)
