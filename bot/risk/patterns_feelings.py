"""English rules for feelings: passive death wishes, hopelessness about
living and feeling a burden. All are ``concern`` on their own.

Ordinary sadness ("everything feels bleak", "I wish this sadness would go
away", "I'm scared it will never get better") deliberately matches nothing
here: only statements about living, dying, hope itself or other people
being better off count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import ADV, NOT_LEAVING_LIFE, THAN_LIVING, THOUGHT, WANT
from bot.risk.rules import Rule, alt, rule

__all__ = ["FEELING_RULES"]

CONCERN, HIGH = RiskLevel.CONCERN, RiskLevel.HIGH


def _concern(reasons: str) -> Callable[..., Rule]:
    """A rule maker for one kind of concern-level rule."""

    def make(name: str, lead: str, rest: str = "", *, needs: str = "", back: str = "") -> Rule:
        return rule(name, lead, rest, needs=needs, back=back, level=CONCERN, reasons=reasons)

    return make


_passive, _hopeless, _burden = _concern("passive_wish"), _concern("hopeless"), _concern("burden")


# Disappearing from a place or into a pastime is not a wish to be gone.
_DISAPPEAR = (
    r"disappear(?! (?:for|to|from (?:social media|the internet|online|twitter|instagram|insta"
    r"|tiktok|discord|the group chat)|into (?:the|a|my) (?:woods|mountains|wild|good book|book"
    r"|game|show|novel))(?= ))"
)
_DEATH_WISH = alt(
    "dead",
    "die",
    "died",
    "gone",
    r"never (?:been )?born",
    "not born",
    "not alive",
    "not here",
    _DISAPPEAR,
    "vanish",
    r"(?:not|never|dont|wont|didnt|wouldnt) wake up",
    # "i wish i hadnt woken up this morning", not "... so early"
    r"(?:hadnt|had not|had never|never) (?:woken|woke) up(?! (?:so |this |that )?(?:early|late))",
    "stop existing",
    "not exist",
    "didnt exist",
    "wasnt alive",
    "wasnt born",
    "wasnt here",
    r"(?:fall a|go to )?sleep and (?:never|not|dont) wake up",
    r"(?:go to )?sleep forever",
    r"get hit by (?:a )?(?:car|bus|truck|train)",
    "die in my sleep",
    "cease to exist",
)
_GONE_WORDS = (
    "died|was gone|were gone|disappeared|wasnt here|werent here|was dead|were dead"
    "|killed myself|stopped existing|never woke up|didnt wake up|didnt exist|vanished"
)
_GONE = f"(?:{_GONE_WORDS})"

_PASSIVE: Final = [
    _passive(
        # "like not wanting to wake up kind of not ok": the wish as a state, said with "not".
        "not_wanting_to_wake",
        "not wanting to|not wanting to ever|never wanting to",
        r" (?:wake up(?! (?:early|for|at|in|to|so|on|before|tomorrow|with)(?= ))|be alive|exist"
        r"|be here anymore|live anymore|keep living|go on living)"
        r"(?= )",
        needs="wake alive exist here live living",
    ),
    _passive(
        "wish_dead",
        "wish|wished|wishing|wishes|hope|hoping|hopes|pray|praying|prays",
        r" (?:that )?(?:i|id|she|he|they) (?:was |were |could be |would be |had been |had |d be "
        r"|could |would "
        f"|will |just |could just |would just |could finally )?{ADV}{_DEATH_WISH}",
        needs="dead die died gone born alive here disappear vanish wake woken woke existing exist"
        " hit asleep sleep cease",
    ),
    _passive(
        "someone_kill_me",
        "wish|wishing|hope|hoping|want|wanting|wanna|praying|pray",
        r" (?:that )?(?:someone|somebody|something|a car|a truck|a bus|a train|god|the universe"
        r"|you|they|he|she|it) (?:would|to|could|will|d) (?:just )?(?:kill|hit|end|take|run over"
        r"|shoot|murder) me",
        needs="kill hit shoot murder",
    ),
    _passive(
        "dont_wake",
        "wake up",
        r"(?! (?:early|at|before|for|so)(?= ))",
        back=r"(?:dont|never|dont even) (?:want|wanna|wish) to",
    ),
    _passive(
        "wouldnt_mind",
        "mind|care",
        r" (?:if i )?(?:dying|died|die|dead|being dead|not waking up|if i didnt wake up"
        r"|if i never woke up|getting hit|got hit|if something happened to me|if i just died"
        r"|if i was dead|if i didnt exist|didnt wake up|never woke up|live or die"
        # "I don't care if I wake up anymore": whether, not a wish.
        r"|if i wake up (?:anymore|any more|again|tomorrow|or not))",
        needs="dying died die dead waking wake hit happened exist",
        back=r"wouldnt|dont|wont",
    ),
    _passive(
        "want_disappear",
        WANT,
        f" (?:to )?{ADV}(?:{_DISAPPEAR}"
        r"|vanish|not exist|stop existing|cease to exist|fade away|sleep forever|go to sleep"
        r" forever|sleep for eternity|(?:fall a|go to )?sleep and (?:never|not) wake up"
        f"|not wake up|never wake up|be gone(?! for )|leave this world{NOT_LEAVING_LIFE}"
        r"|escape (?:this life|life"
        r"|this world|existence)|not be here anymore|not be around anymore|be erased"
        r"|go away forever|rest forever)",
        needs="disappear vanish exist existing sleep wake gone leave escape erased fade forever",
    ),
    _passive(
        "dont_want_exist",
        "exist|be here|be around|be born|have been born",
        r"(?= (?:[.,]|$|anymore|any ?more|any longer))",
        needs="exist here around born",
        back=r"(?:dont|no longer)(?: even| really)? (?:want|wanna|wish)(?: to)?",
    ),
    _passive(
        "want_out",
        "want out|wanna out|need out|want to get out|need to get out",
        r"(?= (?:[.,]|$|of (?:here|this|it all|everything)(?= (?:[.,]|$))))",
        needs="out",  # not "want": that would try it wherever anyone wants anything
        back=r"(?:i|i just|i really|i finally|i so|i just really)",
    ),
    _passive(
        "easier_dead",
        "easier|simpler|better",
        r" (?:to be|being|if i was|if i were|if i was just|if i were just) dead",
        needs="dead",
    ),
    _passive("better_dead", "better|happier", r" (?:off )?dead", needs="dead"),
    _passive(
        "rather_dead",
        "rather|sooner",
        # Not "than <a chore>" (an idiom), but "than feel like this".
        rf" (?:be dead|die|not exist|not be alive|not be here|not wake up|be in a coffin"
        rf"|be in the ground|be six feet under|be in a grave)(?:{THAN_LIVING}"
        r"|(?! than ))",
    ),
    _passive(
        "death_relief",
        "death",
        r" (?:would be|will be|is|seems like|sounds like|feels like) (?:a |the |so much )?"
        r"(?:relief|release|welcome|better|easier|peaceful|mercy|escape|gift|blessing"
        r"|only (?:way|option|answer)|answer|solution|best option)",
    ),
    _passive(
        "death_sounds_nice",
        "death|dying|being dead",
        r" (?:sounds|seems|feels|looks)(?: really| so| pretty| kinda| kind of)?"
        r" (?:nice|good|peaceful|appealing|great|comforting|like a relief)(?= )",
        needs="nice good peaceful appealing great comforting relief",
    ),
    _passive(
        "not_sure_want_live",
        "not sure i want to|not sure if i want to|dont know if i want to|idk if i want to"
        "|dont know if i wanna|idk if i wanna|not sure i wanna",
        r" (?:be alive|live|be here|exist|keep living|go on|keep going|be around|stay alive)"
        r"(?= (?:[.,]|$|anymore|any more|any longer|much longer|tbh|honestly))",
        needs="alive live here exist living around",
    ),
    _passive(
        "wouldnt_mind_if",
        "if a bus hit me|if a car hit me|if i got hit|if i died|if i didnt wake up|if i got cancer"
        "|if something happened to me|if i just died",
        back=r"(?:wouldnt mind|would not mind|wouldnt care|dont care|would be fine|id be fine"
        r"|id be relieved|i would be relieved)",
        needs="hit died wake cancer happened",
    ),
    _passive(
        "care_live_or_die",
        "live or die|die or not|live or not",
        back=r"(?:dont|do not|dont really|no longer|dont even)(?: even)? care(?: if| whether)? i",
        needs="die live",
    ),
    _passive(
        "something_happens_to_me",
        "something will just happen to me|something will happen to me|something happens to me"
        "|something happened to me",
        back=r"(?:hoping|hope|wish|wishing|praying)(?: that)?",
        needs="happen happens happened",
    ),
    _passive(
        "hope_illness",
        "cancer comes back|cancer gets me|cancer kills me|get cancer|get hit by a car"
        "|get hit by a bus|get hit by a truck|get in a car accident|get in an accident",
        back=r"(?:hope|hoping|wish|wishing|pray|praying)(?: that)?(?: the| i| my)?",
        needs="cancer hit accident",
    ),
    _passive(
        "wouldnt_fight_it",
        "fight it|fight back|mind it|try to stop it",
        r" if (?:something|anything) (?:happened|happens|were to happen|bad happened) to me",
        needs="happened happens happen",
        back=r"(?:wouldnt|would not|wont|not gonna|not going to|dont think id)(?: even| really)?",
    ),
    _passive(
        "tired_living",
        "tired|sick|exhausted|weary",
        r" of (?:living|being alive|life|existing|this life|being here|breathing|waking up"
        r"|being a person|being human)",
        needs="living alive life existing here breathing waking person human",
    ),
    _passive(
        "want_it_to_end",
        WANT,
        r" (?:it all|everything|all of this|this all|all this|the pain|this pain|it) to (?:just )?"
        r"(?:end|stop|be over|stop hurting|be the end)"
        r"(?= (?:[.,]|$|now|already|forever|for good|permanently|all the time|so much))",
        needs="end stop over",
    ),
    _passive(
        # "wanted it to be the end" after what was taken: the wish told in the past.
        "wanted_it_to_end",
        "wanted|i wanted",
        r" (?:it all|it|this|everything) to (?:just )?(?:end|be the end)"
        r"(?= (?:[.,]|$|for good|forever))",
        needs="end",
    ),
    _passive(
        # "trying to end it." said alone, at a sentence's end: not "trying to end it with him".
        "trying_to_end_it",
        "trying to end it|trying to end it all|trying to end things",
        r"(?= (?:[.,]|$))",
        needs="end",
    ),
    _passive(
        "wish_it_would_end",
        "wish|wished|wishing",
        r" (?:this|it|it all|everything|the pain|this pain|this agony|my life|life) (?:would|could"
        r"|will) (?:just )?(?:end|stop|be over)",
        needs="end stop over",
    ),
    _passive(
        "thinking_of_death",
        THOUGHT,
        r" (?:about |of )?(?:death|dying|being dead|not existing|not waking up|my funeral)",
        needs="death dying dead existing waking funeral",
    ),
    _passive(
        "death_come",
        "death",
        r" (?:cant|couldnt|wont) come (?:for me )?(?:fast|soon|quick|quickly) enough",
        needs="come",
    ),
    rule(
        "somebody_kill_me",
        "somebody|someone",
        r" (?:just |please |pls |plz )*kill me",
        needs="kill",
        level=CONCERN,
        reasons="passive_wish",
        jokable=True,
    ),
    _passive(
        "waiting_die",
        "waiting|wait",
        r" (?:to die|for (?:death|the end|it to end|my death|it all to end))",
        needs="die death end",
    ),
    rule(
        "feel_like_dying",
        "feel|feeling|felt",
        r" like (?:just )?(?:dying|disappearing|not existing|ending it|ending things)",
        needs="dying disappearing existing ending",
        level=CONCERN,
        context_level=HIGH,
        reasons="passive_wish",
    ),
    rule(
        "let_me_die",
        "let me|lemme",
        " die",
        needs="die",
        level=CONCERN,
        reasons="passive_wish",
        jokable=True,
    ),
    rule(
        "want_end_it",
        f"{WANT}|{THOUGHT}",
        f" (?:to do is (?:to )?|to |about |of )?{ADV}(?:end|ending) (?:it|things)(?! (?:with"
        r"|between|for|early|off|on|here|now that|now with|already|today|soon|by|at|before|after"
        r"|in|so|because|but|and|if|when|all)(?= ))",
        needs="end ending",
        level=CONCERN,
        context_level=HIGH,
        reasons="hopeless",
    ),
]

_LIVING = (
    r"(?:live|living|be alive|being alive|go on|going on|keep going|stay alive|staying alive"
    r"|keep living|exist|existing|continue living|wake up|waking up|be here|stick around"
    r"|be around)"
)
_HOPELESS: Final = [
    _hopeless(
        "no_reason_live",
        "reason|reasons|point|purpose|desire|motivation",
        f" (?:in |to |for me to |left to |for |of )?{_LIVING}"
        # Where or how to live, or a trip: "no desire to live in a big city", "no point
        # going on a diet". Not "in a world without her".
        r"(?! (?:(?:in|near|by|on) (?:a|an|the) (?!world |planet |earth |body )"
        r"|(?:abroad|overseas|alone|about|there) "
        r"|with (?:my|his|her|him|them|roommates|a|an|the) ))"
        r"(?<!go on(?= (?:a|an|about) ))(?<!going on(?= (?:a|an|about) ))",
        # "zero desire to live": none, said as a count.
        back=r"no|zero|(?:dont|dont really|dont even) have (?:a|any)"
        r"|(?:cant|cannot) find (?:a|any)",
    ),
    _hopeless(
        "no_will_live", "will to live", needs="live", back="no|zero|lost the|lost my|losing the"
    ),
    _hopeless(
        "nothing_live_for",
        "nothing",
        " (?:left )?(?:to live for|worth living for)",
        needs="live living",
    ),
    _hopeless(
        "lost_will_live",
        "lost|losing|lose",
        " (?:the|my|all|any) (?:will|desire|reason|reasons) to live",
        needs="live",
    ),
    _hopeless(
        "point_of_living",
        "point",
        r" (?:of|in|to) (?:living|life|being alive|going on|staying alive|existing|waking up"
        r"|trying anymore|anything anymore|anything(?= (?:[.,]|$|if|when|anymore))|continuing"
        r"|being here|live|go on|stay alive"
        r"|keep living|my life)",
        back=r"(?:whats|what is|whats even|what even is) the|(?:theres|there is|i see|there s)"
        r" no|(?:dont|cant|do not|cannot|no longer|can no longer|never) see (?:the|any)",
    ),
    _hopeless(
        "not_worth_living",
        "worth",
        r" (?:living|it anymore|it any more|it either|it at all|the (?:pain|effort|struggle))",
        back=r"(?:(?:life|living|being alive|staying alive|existing|it all)(?: just| honestly)?"
        r" (?:isnt|aint|wasnt|doesnt (?:feel|seem|sound)|no longer (?:feels|seems)|is no longer"
        r"|isnt even|really isnt)|not)(?: really| even)?",
    ),
    _passive(
        # "I'd hate to live to see the sun rise", "I hope I don't live to see 30".
        "not_live_to_see",
        "live to see",
        r" (?:the (?:sun ?rise|sunrise|morning|next day|new year|weekend|end of the (?:week"
        r"|year))|tomorrow|another (?:day|week|year|birthday|christmas)|next (?:year|week|month)"
        r"|my \w+ birthday|\d+|twenty\w*|thirty\w*|forty\w*)(?= )",
        back=r"(?:hate to|dont want to|do not want to|rather not|hope i dont|hope i never"
        r"|hope i wont|pray i dont|wish i wouldnt)",
    ),
    _passive(
        # "being alive just doesn't sound appealing to me"
        "alive_not_appealing",
        "appealing|worth it|bearable|like an option",
        r"(?= )",
        needs="appealing worth bearable option",
        back=r"(?:being alive|staying alive|living|existing|waking up|life)(?: just| really"
        r"| honestly| even| anymore)? (?:doesnt|does not|no longer|isnt|is not)(?: (?:sound|seem"
        r"|feel|look|sounds|seems|feels|looks))?(?: very| so| that| at all)?",
    ),
    _hopeless(
        "cant_go_on",
        "cant|no longer able to",
        r" (?:just |really |honestly )?(?:(?:go on|keep going|keep living|keep doing this"
        r"|live like this|do this|take it|take this|take much more|handle (?:it|this)|cope"
        r"|bear (?:it|this)|keep fighting|fight (?:it|this)|hold on|survive (?:this|another"
        r" (?:day|week|year))) (?:any ?more|any longer|much longer|for much longer|like this)"
        r"|(?:go on|keep going|keep living|live like this|hold on)(?= (?:[.,]|$))"
        r"|any ?more(?= (?:[.,]|$)))",  # "I can't anymore."
        needs="cant",
    ),
    _hopeless(
        # "I don't think I'm strong enough to keep going", like "I can't keep going".
        "not_strong_enough",
        "strong enough to",
        r" (?:keep going|go on|keep living|keep fighting|hold on|carry on|survive this"
        r"|live like this|keep doing this)(?= )",
        needs="strong",
        back=r"(?:not|no longer|never|dont think im|dont think i am|doubt im|doubt i am"
        r"|dont know if im|not sure im|not sure if im)(?: really| even| honestly)?",
    ),
    _hopeless(
        "why_bother_living",
        "bother",
        r" (?:staying alive|living|being alive|going on|waking up|existing|trying to live)",
        needs="staying living alive going waking existing live",
        back=r"why(?: even| would i| should i)?",
    ),
    _hopeless(
        "nothing_left_here",
        "nothing left for me",
        r"(?= (?:[.,]|$|here|in this|anymore))",
        needs="left",
    ),
    _hopeless(
        "no_point_anymore",
        "point",
        r" (?:anymore|any more|in anything|in trying|of anything)(?= )",
        back=r"(?:dont|cant|no longer) see (?:the|any)|(?:theres|there is) no",
    ),
    _hopeless(
        "how_much_longer",
        "how much longer|how long",
        r" i (?:can|could) (?:keep going|go on|do this|take (?:it|this)|hold on|keep doing this"
        r"|last|keep living|keep this up)",
        needs="longer long",
        back=r"(?:dont|do not|dunno|not sure)(?: really)?(?: know)?",
    ),
    _hopeless(
        "no_way_out",
        "way out",
        r"(?! of (?!(?:this|it|life|my life|here|the pain)(?= )))",
        back=r"no|(?:cant|dont) see (?:a|any)",
    ),
    _hopeless(
        # "can't see a way through this one", said of a life's trouble, not a task.
        "no_way_through",
        "way through",
        r" (?:this|it|this one|any of this|it all|this time)(?= (?:[.,]|$|anymore|any more))",
        needs="through",
        back=r"(?:cant|dont|cannot|can not) see (?:a|any)|(?:theres|there is) no",
    ),
    _hopeless(
        "had_enough",
        "had enough|have had enough",
        r" (?:of )?(?:life|living|everything|it all|this life|being alive)(?= (?:[.,]|$|and|so))",
        needs="life living everything all alive",
    ),
    _hopeless(
        "give_up_life",
        "give|giving|gave|given",
        " up on (?:life|living|everything|being alive)",
        needs="life living everything alive",
    ),
    _hopeless(
        "done_with_life",
        "done|finished|finish",  # "I am finish with life": a learner's past participle
        r" with (?:life|living|being alive|this life|existing|it all|this world|my life)",
        needs="life living alive existing world",
    ),
    _hopeless(
        # "I'm done being alive"; "done living in this city" names a place.
        "done_being_alive",
        "done being alive|done living|done existing|finished being alive|over being alive",
        r"(?= (?:[.,]|$|anymore))",
        needs="alive living existing",
        back=r"(?:im|i am|im so|im just|i am so|im really|im honestly)",
    ),
    _hopeless(
        "life_pointless",
        "life|living|existence|alive",
        f" (?:is|feels|seems|has become|became) {ADV}(?:pointless|meaningless|worthless"
        "|unbearable|not worth it)",
        needs="pointless meaningless worthless unbearable worth",
    ),
    _hopeless(
        "why_alive",
        "why|what",
        r" (?:am i|do i|the hell am i|tf am i) (?:still |even )?(?:alive|living|still here"
        r"|keep living|bother living|bother waking up)"
        # The question told: "i dont know why i keep living", "not sure why i'm still here".
        r"|(?<=know why|sure why|idea why) (?:i|im) (?:even )?(?:keep living|keep going|still"
        r" (?:alive|here|living)|bother living|bother waking up|am still (?:alive|here))"
        r"(?= (?:[.,]|$|tbh|honestly|anymore|at all|some days|most days|like this))",
        needs="alive living here bother going",
    ),
    _hopeless(
        "no_future_me",
        "see|imagine|picture",
        r" (?:myself|me) (?:living|alive|being alive|making it|being here|existing) (?:past|to"
        r"|until|beyond|much longer|in (?:a|five|ten|\d+) years)",
        needs="living alive making here existing",
        back=r"dont|cant",
    ),
    _hopeless(
        "wont_make_it",
        "make it",
        r" (?:to|past)",
        back=r"(?:im not|not) (?:going to|gonna)",
    ),
    _hopeless(
        "hate_being_alive",
        "hate|hating|cant stand",
        r" (?:being alive|living|existing|that im alive)",
        needs="alive living existing",
    ),
    _hopeless(
        "feel_hopeless",
        "hopeless",
        back=r"(?:feel|feels|feeling|felt|seems|am|im|is|its)(?: so| completely| totally"
        r"| utterly| really| just| very| pretty| kind of| kinda)?",
    ),
    _hopeless(
        "no_hope",
        "hope|future",
        r"(?: left| for me| anymore)?",
        back=r"(?:there is|theres|i have|ive got|i see|i feel) no",
    ),
    _hopeless("lost_hope", "lost all|losing all|lost my|losing my", " hope", needs="hope"),
]

_BURDEN: Final = [
    _burden(
        # "tired of being everyone's problem": a burden in other words.
        "everyones_problem",
        "everyones problem|everybodys problem|everyones burden|everybodys burden"
        "|a problem for everyone|a problem for everybody|a problem to everyone|a problem for"
        " my family|everyones headache|a problem to my family|everyones problem child",
        r"(?! (?:solver|solvers|fixer|fixers|to solve|to fix)(?= ))",
        needs="problem burden headache",
        back=r"(?:im|i am|being|feel like|i feel like|i became|ive become|always|just|only|been)"
        r"(?: just| always| only| such| really)?",
    ),
    _burden(
        "better_without_me",
        "better|happier|easier",
        # "they'd be happier if i just didn't exist"
        f" (?:off )?(?:without me|if i (?:just |simply )?(?:was|were|wasnt|werent|{_GONE_WORDS}"
        r"|never existed|was never born))",
        needs="without if",
    ),
    _burden(
        "im_a_burden",
        "burden",
        back=r"(?:im|feel like|ive become|i have become|i became|i feel|being|such|just|only)"
        r"(?: just| only| always| really| so| nothing but| nothing more than)?(?: a| an| the"
        r"| such a)?(?: big| huge| total| massive| complete| constant)?",
    ),
    _burden(
        "burden_to",
        "burden",
        r" (?:to|on|for) (?:everyone|everybody|my family|my friends|them|you|people|my parents"
        r"|my kids|the world|those around me|others)",
    ),
    _burden(
        # "everyone would be better off." with the "without me" left unsaid.
        "better_off_unsaid",
        "better off",
        r"(?= (?:[.,]|$|anyway|honestly))",
        back=r"(?:everyone|everybody|they|people|the world|my family|my friends)(?: would| will"
        r"|d)(?: all)?(?: be)?(?: so much| much| a lot)?",
    ),
    _burden(
        "nobody_notice_if",
        "nobody|no one|noone",
        r" would (?:even |really |ever )?(?:notice|care|miss me)(?= )",
        needs="notice care miss",
        back=r"if i (?:died|was gone|were gone|disappeared|vanished|was dead|were dead)"
        r"(?: \w+){0,2}",
    ),
    _burden(
        "easier_if_i_wasnt",
        "easier|better",
        r" (?:for (?:everyone|everybody|them|my family|my parents|all of them) )?if i"
        r" (?:just )?(?:wasnt|werent|was not|were not) (?:around|here|alive|there)",
        needs="around here alive there",
    ),
    _burden(
        "drain_on",
        "drain on|mistake|burden on",
        r"(?= (?:[.,]|$|everyone|everybody|my|the))",
        needs="drain mistake burden",
        back=r"(?:im|i am|im just|im such|im nothing but|my (?:whole )?(?:existence|life|birth)"
        r" (?:is|was))(?: a| such a| just a)?",
    ),
    _burden(
        "taking_up_space",
        "taking up space|taking up room|wasting space|wasting air|wasting oxygen",
        needs="space room air oxygen",
        back=r"(?:im|i am|just|i feel like im)(?: just| only| literally)?",
    ),
    _burden(
        "move_on_without",
        "move on|get over it|forget me",
        r"(?: \w+){0,4} if i (?:was|were|wasnt|werent|died|left|disappeared)"
        r"(?: gone| dead| here| around)?",
        needs="was were wasnt werent died left disappeared",
        back=r"(?:everyone|they|people|nobody|no one|everybody|my family|my friends)"
        r"(?: would| will| d)?(?: just| all)?",
    ),
    _burden(
        "waste_of_space",
        "waste of",
        r" (?:space|air|oxygen|life|skin)",
        needs="waste",
        back=r"(?:im|i feel like|i feel like im|feel like)(?: just| such| only)?"
        r"(?: a| such a| just a)?",
    ),
    _burden(
        "no_one_would_care",
        "no one|noone|nobody|no body|not a single person|not one person",
        r"(?: (?:would|will|d|is going to|gonna))?(?: (?:even|really|ever|actually))?"
        f" (?:(?:care|notice|be sad|cry)(?: if i {_GONE}| when im gone)|miss me|mourn me"
        "|come to my funeral)",
        needs="care notice miss mourn funeral sad cry",
    ),
    _burden(
        "would_anyone_care",
        "anyone|anybody",
        f" (?:even |really |actually )?(?:care|notice|miss me|be sad|cry) if i {_GONE}",
        needs="care notice miss sad cry",
        back="would|will|does",
    ),
    _burden(
        "if_i_died_care",
        _GONE_WORDS,
        r" (?:tomorrow |today |tonight |right now )?(?:would|will|who) (?:anyone|anybody|people"
        r"|you|they|my \w+) (?:even |really |actually )?(?:care|notice|miss me|cry|be sad|come"
        r"|mourn)",
        needs="care notice miss cry sad come mourn",
        back="if i",
    ),
    _burden(
        "dont_deserve_live",
        "deserve to",
        r" (?:live|be alive|exist|be here)",
        needs="deserve",
        back=r"(?:dont|didnt)(?: even| really)?",
    ),
]

FEELING_RULES: Final[list[Rule]] = [*_PASSIVE, *_HOPELESS, *_BURDEN]
