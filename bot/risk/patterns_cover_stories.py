"""English rules for plans hidden behind a cover story or timed around others.

A cover story taken back ("told work it's a dental appointment. it's not",
"everyone thinks I'm at a wedding. I'm not getting on that plane") says the
occasion is not what the person will do: a cue, a crisis next to another cue
or after concern (see :mod:`bot.risk.reading`), since people also lie about
a day off for ordinary reasons. Then the truth told after it: not meaning to
be alive for a day, not meaning to come back, going to a lonely place to end
it. Then plans told in parts: timed to a house left empty ("just waiting
till the kids are at their dad's"), told as which night, what, where, or
hidden ("not telling anyone the date").
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Rule, cue, imminent, rule

__all__ = ["COVER_STORY_RULES"]

CONCERN = RiskLevel.CONCERN

# The people whose absence a plan waits for, and the going: "the kids are at their dad's",
# "my wife goes to her sister's", "mam's away".
_FOLK = (
    r"(?:my |the |our )?(?:kids|children|wife|husband|partner|mum|mam|mom|mum|ma|dad|da|parents"
    r"|family|flatmate|flatmates|roommate|roommates|housemate|housemates|girlfriend|boyfriend"
    r"|missus|mrs|hubby|nan|gran|sister|brother|carer|\w+s)"
)
_AWAY = (
    r"(?: is| are| s| has| have| goes| go| leaves| leave| gone| left)?"
    r" (?:away|out|gone|at (?:their|her|his|my|the) \w+|to (?:their|her|his|my|the) \w+"
    r"|on (?:holiday|nights|a trip|shift)|asleep|in bed|at work|at school)"
)
_END = r"(?= (?:[.,]|$))"
# Not a cover when what was told is a feeling ("told everyone I'm fine. I'm not").
_NOT_FEELING = (
    r"(?! (?:fine|ok|okay|good|alright|all right|happy|better|great|doing \w+|over it|coping"
    r"|managing|sick|ill|busy|tired|sorry)(?= ))"
)

_COVERS: Final = [
    cue(
        # The cover taken back: "told work it's a dental appointment on friday. it's not",
        # "said i'm visiting my nan. i'm not", "dispatcher thinks im takin a long haul. aint no
        # load", "said i'm going on holiday. it's not a holiday".
        "cover_story_denied",
        "told|telling|said|saying|announced|thinks",
        r"(?: (?:work|school|everyone|everybody|them|him|her|my \w+|the \w+|chat|\w+))?"
        r" (?:im|i am|i was|its|it is|it was|i have|ive got|theres|(?:my )?\w+s|(?:my )?\w+ is)"
        + _NOT_FEELING
        + r"(?: [^ .]+){1,10} \. (?:but )?(?:im not|i am not|im really not|its not|it is not"
        r"|(?:my )?\w+s fine|(?:my )?\w+ is fine|shes fine|hes fine|theyre fine"
        r"|it isnt|its not (?:a|an|the) \w+|there is no \w+|theres no \w+|aint no \w+|there aint"
        r" no \w+|no \w+ at all|thats a lie|its a lie|it was a lie|i lied|not really)" + _END,
        needs="not no isnt aint lie lied fine",
        reasons="plan",
    ),
    cue(
        # A break announced to cover going quiet, then named for what it is: "the break is
        # permanent", "the trip is one way".
        "break_is_permanent",
        "the break is|the break will be|the trip is|the trip will be|the holiday is|this break is",
        r" (?:permanent|forever|one way|for good|a one way trip)" + _END,
        needs="permanent forever way good",
        reasons="plan",
    ),
]

_TRUTH: Final = [
    imminent(
        # Not meaning to live to a day or come back: "I'm not planning to be alive for it",
        # "I don't intend to come back alive", "planning to be dead by then".
        "not_meaning_to_be_alive",
        "not planning to be|dont plan to be|dont plan on being|not planning on being"
        "|dont intend to be|not intending to be|no intention of being",
        # "around" and "here" also say a trip ("around for Christmas, we're off to Spain").
        r" (?:alive|breathing)(?: for (?:it|that|them|\w+day|christmas|the \w+)"
        r"| by (?:then|the \w+|\w+day)| (?:next|this) \w+)",
        needs="alive breathing",
        reasons="intent plan",
    ),
    imminent(
        "planning_to_be_dead",
        "planning to be|plan to be|intend to be|going to be|gonna be",
        r" dead (?:by|before) (?:then|that|the \w+|\w+day|next \w+|christmas|the end of \w+)",
        needs="dead",
        reasons="intent plan timeline",
    ),
    imminent(
        "not_coming_back_alive",
        "come back alive|coming back alive|get back alive|make it back alive",
        back=r"(?:dont|do not|not|no intention of|dont intend to|not planning to|not planning on"
        r"|wont|will not|not going to|never)(?: intend to| plan to| planning to| planning on)?",
        needs="alive",
        reasons="intent plan",
    ),
    cue(
        # "no intention of bringing the boat back, or myself", "not planning on coming back".
        "no_intention_back",
        "no intention of|dont intend to|not planning on|not planning to|dont plan on",
        r" (?:coming|come|bringing|bring|getting|get|driving|drive|walking|walk) (?:[^ .]+ ){0,3}"
        r"back(?! (?:to (?:work|school|the office)|after|until|till|for)(?= ))",
        needs="back",
        reasons="plan",
    ),
    imminent(
        # Going to a lonely place to end it: "im drivin out to the desert to end it". Not "to
        # end it with him": a relationship.
        "place_to_end_it",
        "desert|woods|forest|bridge|cliff|cliffs|lake|river|sea|coast|mountain|mountains"
        "|overlook|quarry|tracks|railway|motel|hotel|moor|moors|beach|pier|dam|reservoir",
        r"(?: [^ .]+){0,4} to (?:end it|end it all|end things|end my life|kill myself)"
        r"(?! (?:with|for|between)(?= ))",
        back=r"(?:to|into|out to|up to|down to|at|in) (?:the|a)",
        needs="end kill",
        reasons="plan method",
    ),
    imminent(
        # Not coming back, and saying it of oneself: "no intention of bringing the boat back,
        # or myself".
        "not_bringing_myself_back",
        "back or myself|back nor myself|back or me|back , or myself|back , nor myself",
        back=r"(?:no intention of|dont intend to|not planning on|not planning to|dont plan on"
        r"|not) (?:bringing|bring)(?: [^ .]+){0,3}",
        needs="myself me",
        reasons="intent plan",
    ),
    imminent(
        # The break from life, with its time: "i'm taking a break from living. tonight".
        "break_from_living_timed",
        "break from living|break from being alive|break from existing",
        r"(?: [.,])? (?:tonight|today|tomorrow|this weekend)(?= )",
        needs="tonight today tomorrow weekend",
        reasons="intent timeline",
    ),
    rule(
        # A break from life itself, as "done with living" is: concern alone.
        "break_from_living",
        "break from living|break from being alive|break from existing|break from existence",
        level=CONCERN,
        reasons="hopeless",
    ),
]

_PLANS_IN_PARTS: Final = [
    cue(
        # The house left empty: "just waiting until the kids are at their dad's", "planned it
        # for when mam's away", "waitin til my wife goes to her sisters".
        "timed_to_absence",
        "waiting until|waiting till|waiting til|waiting for when|planned it for when"
        "|planning it for when|doing it when|do it when|for when",
        rf" {_FOLK}{_AWAY}",
        needs="waiting planned planning doing do when",
        reasons="plan",
    ),
    cue(
        # Found only later: "she won't find me till she's back".
        "wont_find_me_till",
        "wont find me|will not find me|wont be found|not find me",
        r" (?:till|until|til|for (?:days|a while|hours|a week))",
        needs="till until til days while hours week",
        reasons="plan",
    ),
    cue(
        # The plan told as its parts: "which night, what I'll use, where", "what I'm going to
        # do and when", "already sorted how".
        "plan_parts",
        "which night|what ill use|what i will use",
        _END,
        needs="night use",
        reasons="plan",
    ),
    cue(
        "plan_parts_decided",
        "what im going to do and when|how and when|when and how|when and where|where and when"
        "|what to do and when",
        back=r"(?:decided|know|worked out|figured out|written out|wrote out|planned|picked"
        r"|chosen|sorted)(?: exactly)?",
        needs="when",
        reasons="plan",
    ),
    cue(
        "sorted_how",
        "sorted how|worked out how|figured out how|decided how|chosen how|picked how",
        _END,
        back=r"(?:already|ive|i have|i|got it|all)",
        needs="how",
        reasons="plan",
    ),
    imminent(
        # The plan with its means: "ive got it planned with the tablets they sent me home with".
        "planned_with_means",
        "got it planned with|got it all planned with|planned it with|planning it with"
        "|planned it out with|got it planned out with",
        r" (?:the|my|his|her|mums|dads|some) (?:\w+ )?(?:tablets|pills|meds|painkillers|rope"
        r"|gun|pistol|shotgun|rifle|blades|razor|insulin|morphine)",
        needs="planned planning",
        reasons="plan means",
    ),
    cue(
        # Done said of everything, not the thing named: "not with the game, with everything".
        "done_not_with_that",
        "not with",
        r"(?: the| my)? [^ .]+ (?:[,.] )?(?:but )?with (?:everything|life|living|it all|all of it"
        r"|the world|being alive)" + _END,
        needs="everything life living all world alive",
        reasons="hopeless",
    ),
    cue(
        "go_through_with_it_when",
        "go through with it",
        _END,
        back=r"(?:when|once|after|before|by the time) i",
        needs="through",
        reasons="plan",
    ),
    cue(
        # After the last job, the end: "... then im parkin up at the overlook and thats it for me".
        "thats_it_for_me",
        "thats it for me|thats me done",
        r"(?! (?:tonight|today|for (?:now|today|tonight|the \w+)|folks|guys|lads|from)(?= ))"
        + _END,
        back=r"(?:and|then|,)",
        needs="thats done",
        reasons="plan",
    ),
    cue(
        # "then end it": the last step of a plan told as a list.
        "then_end_it",
        "then end it|then i end it|then ill end it|then end things|then end my life",
        _END,
        back=r"(?:,|\.|and)",
        needs="end",
        reasons="plan",
    ),
    cue(
        # A plan with its day, the day kept secret: "i have a plan and a date".
        "plan_and_date",
        "a plan and a date|a plan and a day|a date and a plan|the plan and the date",
        needs="plan date",
        reasons="plan timeline",
    ),
    cue(
        "date_kept_secret",
        "not telling anyone|wont tell anyone|not telling anybody|wont tell anybody",
        r" (?:the date|the day|when|which day|the time)" + _END,
        needs="date day when time",
        reasons="plan",
    ),
    cue(
        # Gone before a day: "I'll be gone before next Sunday's service", "before it goes
        # live". Also a trip, so a cue.
        "gone_before",
        "ill be gone|i will be gone|im gone",
        r" (?:before|by) (?:then|next \w+|\w+day|it goes live|the \w+|it posts|anyone"
        r"|christmas)",
        needs="before by",
        reasons="goodbye",
    ),
    cue(
        # A goodbye posted ahead: "scheduled my last post", "caption's a goodbye".
        "goodbye_scheduled",
        "scheduled my last|queued my last|captions a goodbye|caption is a goodbye"
        "|the caption is goodbye|the post is a goodbye",
        needs="scheduled queued captions caption post",
        reasons="goodbye",
    ),
]

COVER_STORY_RULES: Final[list[Rule]] = [*_COVERS, *_TRUTH, *_PLANS_IN_PARTS]
