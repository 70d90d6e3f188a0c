"""Read one message on its own: find rule hits and judge each in its sentence.

Owns steps 1 to 5 of :mod:`bot.risk.screener` for a single message; what
earlier messages add is the screener's job. Pure, and cached per text, so
reading the same earlier messages again costs a dictionary lookup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final, NamedTuple

from bot.domain import RiskLevel
from bot.risk.lexicon import (
    CALLING,
    CALLS,
    FIRST_PERSON,
    GENERIC_PERSON,
    JOKE_TOKENS,
    MEDIA_TOKENS,
    METHOD_EMOJI,
    PETS,
    SECOND_PERSON,
    SOCIAL_TOKENS,
    THIRD_PERSON,
    TIMELINE_WORDS,
    VOCATIVES,
)
from bot.risk.matching import Hit, RuleIndex
from bot.risk.normalize import fold_words
from bot.risk.patterns_acts import ACT_RULES
from bot.risk.patterns_attempts import ATTEMPT_RULES
from bot.risk.patterns_cover_stories import COVER_STORY_RULES
from bot.risk.patterns_doses_gathered import DOSE_GATHERED_RULES
from bot.risk.patterns_events import EVENT_RULES
from bot.risk.patterns_farewells import FAREWELL_RULES
from bot.risk.patterns_feelings import FEELING_RULES
from bot.risk.patterns_hints import HINT_RULES
from bot.risk.patterns_intl import INTL_RULES
from bot.risk.patterns_intl_crisis import INTL_CRISIS_MARKERS, INTL_CRISIS_RULES
from bot.risk.patterns_intl_families import INTL_FAMILY_RULES
from bot.risk.patterns_intl_frde import INTL_FRDE_MARKERS, INTL_FRDE_RULES
from bot.risk.patterns_intl_frde_plans_means import FRDE_PLAN_MARKERS, FRDE_PLAN_RULES
from bot.risk.patterns_intl_iberian import IBERIAN_RULES
from bot.risk.patterns_intl_iberian_more import IBERIAN_MORE_RULES
from bot.risk.patterns_intl_iberian_plans import IBERIAN_PLAN_MARKERS, IBERIAN_PLAN_RULES
from bot.risk.patterns_intl_iberian_veiled import IBERIAN_VEILED_RULES
from bot.risk.patterns_intl_regional import INTL_REGIONAL_MARKERS, INTL_REGIONAL_RULES
from bot.risk.patterns_intl_signs import INTL_SIGN_RULES
from bot.risk.patterns_kept import KEPT_RULES
from bot.risk.patterns_last_posts_and_handovers import LAST_POST_RULES
from bot.risk.patterns_leaving import LEAVING_RULES
from bot.risk.patterns_markers import IDIOM_RULES, MARKER_RULES
from bot.risk.patterns_means import MEANS_RULES
from bot.risk.patterns_occasions import OCCASION_RULES
from bot.risk.patterns_parting import PARTING_RULES
from bot.risk.patterns_questions_owned import OWNED_QUESTION_RULES
from bot.risk.patterns_self_harm import SELF_HARM_RULES
from bot.risk.patterns_self_harm_told_around import SELF_HARM_TOLD_AROUND_RULES
from bot.risk.patterns_settled import SETTLED_RULES
from bot.risk.patterns_slang import SLANG_RULES
from bot.risk.patterns_taken import TAKEN_RULES
from bot.risk.patterns_veiled import VEILED_RULES
from bot.risk.patterns_veiled_scenes import VEILED_SCENE_RULES
from bot.risk.rules import Kind, Tense

__all__ = ["MAX_JUDGED", "Reading", "folded_message", "names_occasion", "read_message"]

NONE, CONCERN, HIGH, IMMINENT = (
    RiskLevel.NONE,
    RiskLevel.CONCERN,
    RiskLevel.HIGH,
    RiskLevel.IMMINENT,
)
# Enum members as module constants: an enum class attribute costs several
# times a global name, and these are read for every hit.
_SIGNAL, _IDIOM, _PAST, _RECENT, _TIMELINE, _TIMELINE_AFTER = (
    Kind.SIGNAL,
    Kind.IDIOM,
    Kind.PAST,
    Kind.RECENT,
    Kind.TIMELINE,
    Kind.TIMELINE_AFTER,
)
_STATE, _EVENT = Tense.STATE, Tense.EVENT

#: Signal hits judged per message at most (a phrase repeated word for word counts once).
MAX_JUDGED: Final = 16

_SIGNALS: Final = RuleIndex(
    [
        *ACT_RULES,
        *SLANG_RULES,
        *SELF_HARM_RULES,
        *SELF_HARM_TOLD_AROUND_RULES,
        *FEELING_RULES,
        *EVENT_RULES,
        *FAREWELL_RULES,
        *LEAVING_RULES,
        *PARTING_RULES,
        *HINT_RULES,
        *SETTLED_RULES,
        *ATTEMPT_RULES,
        *MEANS_RULES,
        *KEPT_RULES,
        *LAST_POST_RULES,
        *TAKEN_RULES,
        *COVER_STORY_RULES,
        *DOSE_GATHERED_RULES,
        *VEILED_RULES,
        *OWNED_QUESTION_RULES,
        *VEILED_SCENE_RULES,
        *INTL_RULES,
        *INTL_SIGN_RULES,
        *INTL_CRISIS_RULES,
        *INTL_FAMILY_RULES,
        *INTL_REGIONAL_RULES,
        *INTL_FRDE_RULES,
        *FRDE_PLAN_RULES,
        *IBERIAN_RULES,
        *IBERIAN_MORE_RULES,
        *IBERIAN_VEILED_RULES,
        *IBERIAN_PLAN_RULES,
        *IDIOM_RULES,
    ]
)
_MARKS: Final = [
    *MARKER_RULES,
    *INTL_CRISIS_MARKERS,
    *INTL_REGIONAL_MARKERS,
    *INTL_FRDE_MARKERS,
    *FRDE_PLAN_MARKERS,
    *IBERIAN_PLAN_MARKERS,
]
_TIMES: Final = RuleIndex([r for r in _MARKS if r.kind is not Kind.RECOVERY])
_RECOVERY: Final = RuleIndex([r for r in _MARKS if r.kind is Kind.RECOVERY])
# Cues that tell one warning sign in other words: a will made, the will signed, the
# insurance paid up, affairs in order, a beneficiary named are one sign (a person's
# affairs seen to), which estate planning tells in several ways ("made a will finally,
# my affairs are in order"). Beside a second sign, or after concern, they are imminent.
_ONE_SIGN: Final = {
    **dict.fromkeys(
        ("made_will", "will_signed", "affairs_are_in_order", "affairs_in_order", "beneficiary"),
        "affairs",
    ),
    # One cue told twice in other words: "settled my tab and paid the last of my debts",
    # "don't hunt anymore, gave up hunting".
    "paid_off": "debts",
    "gun_not_used": "not_hunting",
    # "dei as camisolas ao meu irmão, já não me fazem falta": one giving, told twice.
    "ib28_not_needed": "given_away",
    "ib28_gave_away": "given_away",
    "ib28_pet_given": "given_away",
    # "left my guitar to Tolu, since I won't be playing anymore": the giving's reason.
    "giving_away": "given_away",
    "since_wont_be_using": "given_away",
    # "gave my ps5 to my cousin" beside "left my guitar to Tolu": one giving, told twice.
    "handed_to_someone": "given_away",
}
# The ordinary occasion cues are told for ("moving day is Saturday"): see patterns_occasions.
_OCCASIONS: Final = RuleIndex(OCCASION_RULES)
# "wanna die lol but fr": a laugh taken back; the statement stands.
_IN_EARNEST: Final = frozenset({"fr", "frfr", "deadass", "srsly"})
_EARNEST_PHRASES: Final = (
    " not joking ",
    " not kidding ",
    " i mean it ",
    " not being funny ",
    " not even joking ",
    " not lol ",  # "suicidal again lol. not lol": the laugh taken back
    " no lol at the end ",  # "want to unalive. no lol at the end of this one"
    " no lol this time ",
    " no joke ",
    " for real ",
    " im serious ",
    # The laugh taken back in so many words: "kms 😭 no but actually im not okay".
    " but actually im not ",
    " not a bit . ",
    " for real this time ",
    # "jaja ... este finde me mato. posta eh": Spanish and Portuguese "for real".
    " posta eh ",
    " posta ",
    " no es joda ",
    " sin joda ",
    " es en serio ",
    " de verdad te lo digo ",
    " to falando serio ",
    " tou a falar a serio ",
    " nao to brincando ",
    " nao estou a brincar ",
    # Weary of everything, not of a lost game: the laugh frames nothing trivial.
    " tired of everything ",
    " tired of it all ",
    " tired of life ",
    " sick of everything ",
    " sick of life ",
    " done with everything ",
    " done with life ",
)
_BOOSTERS: Final = frozenset({"plan", "means", "goodbye", "attempt"})
_REACH: Final = 100  # how far a sentence reaches around a hit, in characters
_JOKE_AFTER: Final = 12  # a laugh this far into the next sentence still frames one
_UNJOKABLE: Final = frozenset({"plan", "means", "goodbye", "attempt", "timeline", "method"})
_EXPLAINING: Final = frozenset({"negated", "past", "media", "idiom"})

# Negation right before a statement, allowing a few filler words: "I'm not
# going to", "I would never", "I don't really want to"; Spanish and
# Portuguese "no"/"nao" only right before it ("no me quiero morir").
_NEGATED = re.compile(
    # "I never will": the modal after the denial, not only before it ("I will never").
    r" (?:not|never|never will|no longer|dont|doesnt|didnt|wont|wouldnt|isnt|aint|nor|by no means"
    # "I'm nowhere near wanting to die", "far from wanting to": a distance is a denial.
    r"|in no way|nowhere near|nowhere close to|not even close to|far from"
    r"|havent|hasnt|nunca|jamais|nie|nicht|pas|nao"
    # "not that I'd ever hurt myself": the aside that denies it.
    r"|not that (?:id|i would|i ever would|i could)"
    # Jamaican "mi nah go", "mi nah guh": "I'm not going to".
    r"|nah go|nah guh|nah gwine|nah gonna"
    # "j'pense pas à me faire du mal", "je songe plus à mourir": a thought denied.
    r"|(?:j|je )?(?:pense|pensais|songe) (?:pas|plus|jamais) a"
    # "ich denke nicht mehr daran": "mehr" is no filler of the English list.
    r"|nicht mehr|nich mehr|nie mehr|ned mehr"
    # "I have zero thoughts of ending my life": none, said as a count.
    r"|zero|(?:no|zero)"
    r" (?:intention|intentions|plan|plans|thoughts|thought|desire|wish|urge|urges))"
    r"(?: (?:really|ever|even|actually|seriously|once|thought"
    r"|truly|honestly|currently|actively|necessarily|going|gonna|want|wanna|wanting|plan"
    r"|planning|intend|intending|to|like|feel|feeling|try|trying|have|need|be|been|at all|think"
    r"|thinking|about|of|on|that|so|i|im|me|do|anything|stupid|again|anymore|go|would|te|se"
    # "I'm not having any thoughts of harming myself"
    r"|having|any|thoughts|desire|urge|urges|intention|wish|in a|in an))*$"
    r"| no(?: (?:me|te|se|lo|la|le|nos|vou|voy a))?$"
)
# A feeling stated in the past: "I was suicidal", "I used to want to".
_PAST_STATE = re.compile(
    r" (?:was|were|used to be|used to feel|used to|use to be|use to feel|felt|had|once|wanted to"
    # "I was hospitalized for being suicidal": the stay dates the state.
    r"|needed to|(?:was|got|been) (?:hospitalized|hospitalised|admitted|sectioned) for(?: being)?"
    r"|previous|past|former|earlier|old"
    # French and German: "j'avais des idées suicidaires", "ich hatte Suizidgedanken", "war
    # (ich) wegen Suizidgedanken in der Klinik", "hospitalisée pour idées suicidaires".
    r"|javais(?: des| de| d)?|ich hatte|hatte ich|hatte|(?:ich )?war (?:ich )?wegen"
    r"|(?:hospitalise|hospitalisee|internee|interne) pour(?: des| de| d)?)"
    r"(?: (?:so|really|very|pretty|extremely|quite"
    r"|severely|a bit|a little|kinda|kind of|deeply|also|always|often|constantly|actively"
    r"|just|more|much more|a lot more|even more))*$"
)
# "I've wanted to die since I was 11", "I've had suicidal thoughts": a state that
# began in the past and goes on, so not a past one.
_CONTINUING = re.compile(
    r" (?:ive|i have|weve)(?: (?:always|often|constantly|long|really|honestly|just|secretly"
    r"|sometimes|kind of|kinda|literally|also|still|genuinely|seriously))*(?: (?:had|been|felt"
    r"|been having|been feeling|been thinking|thought|wanted to|wanted|needed to))?"
    r"(?: (?:so|really|very|pretty|extremely"
    r"|quite|severely|kinda|kind of|deeply|also|always|often|constantly|actively|just))*$"
)
# "I'm still", "I still": what follows goes on now, whatever past the sentence names.
_STILL = re.compile(
    r" (?:i|im|i am|ive been|i have been)(?: (?:really|just|honestly|literally))? still"
    r"(?: (?:really|just|honestly|so|kinda|actively|constantly|always))*$"
)
# A thought that keeps coming, after a "but" that turns from the past: it goes on now.
_KEEPS: Final = (" i keep", " i still keep", " i cant stop", " i keep on", " i still")
# A wish or an urge for an act: "I want to hurt myself" is not something done.
_DESIRE = re.compile(
    r" (?:want|wanna|need|urge|urges|tempted|desperate|itching|dying)(?: to)?"
    r"(?: (?:really|just|so|badly|honestly))*$"
)
# ... unless the sentence puts it behind them: "I've been suicidal in the past".
_BEHIND: Final = (" in the past ", " previously ", " at one point ", " at times in my life ")
# "by now", "for a decade now", "every day now": how long or how often, not a time for
# acting; nor is "I'm okay now", how the person is.
_SPAN_BEFORE = re.compile(
    r" (?:by|years|months|weeks|days|decade|decades|while|ages|long time|forever|since then"
    r"|day|night|nights|daily|everyday|lately|often|im okay|im ok|im fine|im better|im good"
    r"|im safe|im alright)"
    r" $"
)
# "i'm unaliving myself rn lol": chat's "rn" laughed at the moment it is said is the
# hyperbole's, not a time for acting ("gonna go unalive myself now lol" keeps its "now").
_LAUGH_AFTER = re.compile(rf"(?<= rn) (?:{'|'.join(sorted(JOKE_TOKENS))})(?= )")
# An exam's or a work day's own time, not one set for acting: "mathe klausur morgen",
# "exam de maths demain", "finals tomorrow", "my schedule for next week", "the deadline
# is tonight". A time said right after the occasion it belongs to.
_OCCASION_TIME = re.compile(
    r" (?:exam|exams|test|quiz|final|finals|midterm|midterms|examen|exa|partiel|partiels"
    r"|controle|interro|bac|brevet|klausur|klausuren|prufung|pruefung|schularbeit|mathearbeit"
    r"|prova|provas|parcial|parciales|prueba|pruebas|examenes"
    r"|schedule|shift|shifts|rota|deadline|deadlines|meeting|interview|presentation|homework"
    r"|assignment|assignments|essay|coursework|entrevista|reunion|reuniao|turno|plantao"
    r"|entretien|soutenance|expose|schicht|abgabe|referat|besprechung|vorstellungsgesprach"
    # "leg day tomorrow", "the gig tonight": a workout's or a show's own time.
    r"|leg day|arm day|chest day|gym|workout|training|practice|race|gig|recital)"
    r"(?: (?:de|d|en|in|du|der|of|at) [a-z]+)?"
    r"(?: (?:is|s|are|for|es|est|e|ist|sind|son|para|pour|fur|pra))?(?: ,)? $"
)
# The markers that name such a time: "tomorrow", "next week", "am Freitag".
_DAY_MARKERS: Final = frozenset({"tonight", "this_day", "this_day_intl"})
_AFTER_OCCASION = re.compile(r" (?:after|nach|apres|despues|depois|apos|tras|luego de)(?= )")


def _occasion_time(text: str, marker: Hit) -> bool:
    """``marker`` is "tomorrow" said of an exam, a shift or a workout, and no act is set
    for after it ("after my exam tomorrow I'll ..." is the act's time)."""
    if marker.rule.name not in _DAY_MARKERS:
        return False
    at = marker.start
    return (
        _OCCASION_TIME.search(text, max(0, at - 24), at) is not None
        and _AFTER_OCCASION.search(text, max(0, at - 40), at) is None
    )


# "I'm trying not to kill myself" is a struggle with the urge, not a denial; "I need
# a reason not to end my life" looks for one and has not found it.
_STRUGGLE: Final = (
    " trying not to",
    " try not to",
    " trying to not",
    " hard not to",  # "trying (really|so) hard not to"
    " best not to",  # "trying my best not to"
    " need a reason not to",
    " need one reason not to",
    " me a reason not to",  # "give me a reason not to"
    " me one reason not to",
    " find a reason not to",
    " find one reason not to",
    " out a reason not to",  # "figure out a reason not to"
    " no reason not to",
    " any reason not to",
)
# Two negations that affirm: "not a day goes by that I don't think about it", "I
# can't remember a day I didn't want to die" say it happens every day.
_EVERY_TIME = re.compile(
    r" (?:not an?|no|never an?|isnt an?|theres not an?|there is not an?|theres never an?"
    r"|there is never an?|cant remember an?|dont remember an?|cannot remember an?)"
    r"(?: single)? (?:day|night|moment|hour|minute|second|week|time|morning)"
    r"(?: (?:goes|go|passes|pass|has gone|went|has passed) by)?(?: (?:where|when|that|in which))?"
    r" i (?:dont|didnt|wont|havent|do not|did not)(?: \w+){0,4}$"
)
# A denial limited in time puts the act off: "I'm not going to kill myself today".
# "I'm not suicidal today" is a state of today, so a day counts only against intent.
_NOT_YET: Final = (" yet ", " just yet ", " until now ", " till now ", " before now ")
# ... but "I don't want to die yet" wants to live.
_NOT_WANTING = re.compile(r" (?:want|wanna|wish)(?: to)?$")
_WANTS: Final = ("want ", "wanna ", "wish ")
_NOT_TODAY: Final = (" today ", " tonight ", " this time ")
# Taken back right after it is said: "I wanna kill myself, not literally";
# ruled out: "killing myself is not an option".
_UNSAID = re.compile(
    r" (?:like )?(?:not literally|not seriously|figuratively|metaphorically) "
    r"| (?:is|was|will never be|would never be) (?:not|never) (?:an option|a choice|on the table) "
    r"| (?:isnt|wasnt) (?:an option|a choice|on the table) "
)
# Taken back in Spanish or Portuguese, at once or as the next sentence's first words:
# "me quiero matar estudiando... no, en serio no, es una forma de decir". Only a sentence
# that opens with it: "nadie me cree, dicen que no es en serio" reports others.
_UNSAID_IB = re.compile(
    r"(?:(?: [^ .]+){0,6}(?: \.)+| ,)? (?:no , en serio no|no en serio no|nao , serio nao"
    r"|nao serio nao|no es en serio|nao e serio|no lo digo en serio|nao falo serio"
    r"|es (?:solo )?(?:una )?forma de (?:decir|hablar)|es (?:solo )?un decir"
    r"|(?:e|eh) (?:so )?(?:um |uma )?(?:modo|jeito|forma|maneira) de (?:dizer|falar)"
    r"|e forca de expressao|(?:no|nao) literalmente)(?= [.,!?]| $)"
)
# A screening question told, then answered no: "the nurse asked if I've thought about
# killing myself. I haven't." Answered yes, or not answered, it stands.
# "my doctor asks every visit if ...": asked as a routine, the same question.
_ASKED_IF: Final = re.compile(
    r" (?:asked|asks|asking)(?: me)?(?: (?:every|each|at every|at each) (?:visit|time|appointment"
    r"|session|week|month|checkup))? (?:if|whether)(?= )"
)
_ANSWERED_NO: Final = re.compile(
    # "asking if I'm thinking of ending it since I lost the farm. I'm not.": the question
    # may name what it is about before the answer.
    r"(?: (?:since|after|because|cause|cos|over|about)(?: [^ .,]+){1,6}?(?= [.,]))?"
    r" (?:[.,] )?(?:and )?(?:no|nope|i said no|i told (?:her|him|them) no)?(?: [.,])?"
    r" ?(?:i havent|i have not|i dont|i do not|i didnt|i wasnt|i am not|im not|i never have"
    r"|i said no|no)(?= (?:[.,]|$|not|never|at all|just|really))"
)
# ... but not an answer taken back: "and no, not at all, but I lied".
_LIED: Final = re.compile(
    r" (?:lied|lie|lying|a lie|not true|wasnt true|isnt true|really am|actually am|but i do"
    r"|but i did) "
)
# "killing myself has never been on the table for me", "... has honestly never crossed my
# mind": right after the statement only, so in "I don't want to live but dying has never
# been an option" the wish stands.
_NEVER_BEEN = re.compile(
    r" (?:has|have|had)(?: honestly| truly| really| genuinely)? (?:never|not ever|not)"
    r" (?:been (?:an option|a choice|on the table)|crossed my mind|occurred to me) "
)
_THIRD_SELF = re.compile(
    r" (?:him ?self|her ?self|them ?sel(?:f|ves)|(?:his|her|their) (?:own )?life)"
)
_GENERIC_SELF = re.compile(r" (?:your ?self|ur ?self|your ?selves|one ?self|your (?:own )?life)")
# Verbs whose "me" is who a message went to, not who speaks: "he texted me".
_TO_ME: Final = frozenset(
    [
        "sent",
        "texted",
        "messaged",
        "told",
        "showed",
        "gave",
        "called",
        "asked",
        "dmed",
        "emailed",
        "wrote",
    ]
)
# Verbs that report someone's words: "she said I", "he keeps saying I".
_REPORTING: Final = frozenset(
    [
        "said",
        "says",
        "saying",
        "wrote",
        "writes",
        "writing",
        "posted",
        "posts",
        "texted",
        "texting",
        "texts",
        "messaging",
        "typed",
        "goes",
        "yelling",
        "screaming",
    ]
)
# What may sit between the reporting verb and the quoted "I": "kept texting things like I'm ...".
_SUCH_AS: Final = frozenset(["things", "stuff", "shit", "something"])
_QUOTED_I: Final = frozenset(["i", "im", "id", "ill", "ive"])
_QUOTED_IF: Final = frozenset(["if", "when", "once", "unless"])
_ADDRESSEE: Final = frozenset(["you", "u", "ya", "yall", "your", "ur"])
# Words of parting that take "you" as their object: in "thank you, goodbye" and
# "love you all, see you on the other side" the one who speaks is the writer.
_PARTING: Final = frozenset(["thank", "love", "miss", "bless", "hug", "hugs", "kiss"])
# Groups a person shares with others: "a girl in my server" is not the speaker.
_SHARED_PLACES: Final = frozenset(
    ["server", "discord", "class", "school", "group", "gc", "team", "dorm", "club", "guild"]
)
# Words between "and" and a verb that shares the subject before it: "and now just".
_BETWEEN_AND_VERB: Final = frozenset(
    ["now", "just", "honestly", "really", "then", "still", "so", "kinda", "literally", "also"]
)
# Verbs in the third person singular that may open a match: "... and wants to die".
_THIRD_VERBS: Final = frozenset(
    ["wants", "needs", "wishes", "plans", "tries", "keeps", "thinks", "talks", "says", "is"]
)
# Words after which a new clause with its own subject begins: "I think (my mom ...)".
_CLAUSE_OPENERS: Final = frozenset(
    [
        "think",
        "thought",
        "know",
        "knew",
        "feel",
        "felt",
        "guess",
        "worry",
        "worried",
        "fear",
        "afraid",
        "scared",
        "believe",
        "heard",
        "hear",
        "said",
        "say",
        "says",
        "told",
        "tell",
        "tells",
        "that",
        "if",
        "because",
        "cause",
        "since",
        "when",
        "while",
        "whether",
        "sure",
        "wonder",
        "wish",
        "hope",
    ]
)
# A group named as the subject right before a statement: "all comedians", "only optimists".
_QUANTIFIERS: Final = frozenset(["all", "only", "most", "many", "some", "both"])
# A plural noun, not a span of time ("some nights want to die" is the speaker's).
_GROUP_NOUN = re.compile(
    r"(?!(?:days|nights|mornings|evenings|afternoons|weekends|weeks|months|years|hours|times"
    r"|moments|mins|minutes|seconds|ways|parts|thoughts|things|lies|tears)$)[a-z]{2,}[a-rt-z]s"
)


# A verb of the one named, after a word of address: "bro wants to die" is theirs.
_THEIR_VERB = re.compile(
    r"(?:is|was|has|had|does|did|says|said|keeps|kept|wants|wanted|needs|tried|tries|thinks"
    r"|told|just|doesnt|didnt|hasnt|isnt|wasnt|(?!(?:this|its|thats|yes|plus)$)\w+s)$"
)
# A Spanish participle after "he" ("he dejado", "he escrito", "he vuelto"): "I have".
_ES_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ado|ido|echo|icho|isto|rito|uelto|ierto)")
# Whose word each pronoun is; one in several lists is first person, then third.
_PERSON: Final = {
    **{w: "pet" for w in PETS},
    **{w: "generic" for w in GENERIC_PERSON},
    **{w: "third" for w in THIRD_PERSON},
    **{w: "first" for w in FIRST_PERSON},
}


_Cue = tuple[RiskLevel, tuple[str, ...]]  # the level a cue reaches, and its reasons


class Reading(NamedTuple):
    """What one message says on its own.

    ``own`` is the person's own risk, which later messages read as context;
    ``unjoked`` the level before a joking frame capped it; ``cues`` the
    context-dependent cues that did not fire, with the level each reaches
    once concern has been shown; ``matched`` whether any rule matched at all
    ("people who want to die" matches, and means nothing for the speaker);
    ``explained`` whether those cues are an ordinary occasion's, named in the
    message ("moving day is Saturday, everything is sorted"), which concern
    shown earlier does not raise (see :mod:`bot.risk.patterns_occasions`);
    ``signs`` which warning signs those cues are (one per sign, however many
    ways it is told), so cues in two messages can be told apart from one cue
    said twice.
    """

    level: RiskLevel
    reasons: frozenset[str]
    own: RiskLevel
    unjoked: RiskLevel
    cues: tuple[_Cue, ...]
    matched: bool = True  # some rule matched, even one judged to mean nothing here
    explained: bool = False  # the cues are an ordinary occasion's, named in the message
    signs: frozenset[str] = frozenset()  # the warning signs the cues are
    pair: bool = False  # the level is two cues' alone, with nothing of concern beside them


_QUIET: Final = Reading(NONE, frozenset(), NONE, NONE, (), matched=False)
_IDIOM_ONLY: Final = Reading(NONE, frozenset({"idiom"}), NONE, NONE, ())
_TIMELINE_CUE: Final = Reading(
    NONE, frozenset(), NONE, NONE, ((IMMINENT, ("timeline",)),), signs=frozenset({"timeline"})
)


class _Verdict(NamedTuple):
    level: RiskLevel
    reasons: tuple[str, ...]
    start: int
    end: int
    cue: RiskLevel | None = None  # what the hit becomes once concern is shown
    own: bool = False  # the person's own, live statement: not negated or someone else's
    jokable: bool = False
    sign: str = ""  # cues that tell one warning sign in other words share it
    key: str = ""  # which warning sign: ``sign``, or the rule's name

    def apart(self, other: _Verdict) -> bool:
        return self.end <= other.start or other.end <= self.start

    def two_signs(self, other: _Verdict) -> bool:
        """Two cues apart that are two warning signs, not one told twice."""
        return self.apart(other) and not (self.sign and self.sign == other.sign)


class _Marks(NamedTuple):
    """The time markers in one sentence."""

    past: bool
    recent: bool
    timeline: bool
    last_after: int  # where the last TIMELINE_AFTER marker starts, -1 for none


_UNMARKED: Final = _Marks(False, False, False, -1)


class _Message:
    """One folded message being read; finds time markers lazily, per sentence."""

    __slots__ = ("_recovered", "_times", "hot", "text")

    def __init__(self, text: str, hot: frozenset[str]) -> None:
        self.text, self.hot = text, hot
        self._times: dict[tuple[int, int], _Marks] = {}
        self._recovered: bool | None = None

    def marks(self, lo: int, hi: int) -> _Marks:
        """The time markers in the sentence ``[lo, hi)``."""
        marks = self._times.get((lo, hi))
        if marks is None:
            past = recent = timeline = False
            last_after = -1
            for marker in _TIMES.hits(self.text, self.hot, lo, hi):
                kind = marker.rule.kind
                if kind is _PAST:
                    past = True
                elif kind is _RECENT:
                    recent = True
                elif kind is _TIMELINE:
                    timeline = timeline or not _occasion_time(self.text, marker)
                elif (
                    kind is _TIMELINE_AFTER
                    and not _SPAN_BEFORE.search(self.text, max(0, marker.start - 16), marker.start)
                    and not _LAUGH_AFTER.match(self.text, marker.end)
                ):
                    last_after = max(last_after, marker.start)
            found = past or recent or timeline or last_after >= 0
            marks = _Marks(past, recent, timeline, last_after) if found else _UNMARKED
            self._times[(lo, hi)] = marks
        return marks

    @property
    def recovered(self) -> bool:
        """The person says they are okay now, anywhere in the message."""
        if self._recovered is None:
            self._recovered = bool(_RECOVERY.hits(self.text, self.hot))
        return self._recovered


def _speaker_words(words: list[str]) -> list[str]:
    """``words`` without a "me" that only receives: "she sent me a goodbye message"."""
    return [w for i, w in enumerate(words) if w != "me" or not i or words[i - 1] not in _TO_ME]


def _reported(words: list[str]) -> bool:
    """The words end by quoting someone else: "someone in the server wrote I'm going to".

    Narrow on purpose: the reporting verb comes right before the quoted "I"
    and has a subject of its own, so "the nurse said it sounds like I ..."
    and "I turned to her and said I ..." stay the speaker's.
    """
    for i in range(len(words) - 2, max(len(words) - 8, 0), -1):
        quoted = i + 1
        if words[quoted] in _SUCH_AS and words[quoted + 1 : quoted + 2] == ["like"]:
            quoted += 2  # "kept texting things like I'm ...": two words more of reach
        elif words[quoted] in _QUOTED_IF:
            # "said if this paper gets rejected I'm ...": the quote opens with its condition.
            reach = range(quoted + 1, min(len(words), quoted + 8))
            quoted = next((j for j in reach if words[j] in _QUOTED_I), quoted)
        if (
            quoted < len(words)
            and words[quoted] in _QUOTED_I
            and words[i] in _REPORTING
            and words[i - 1] != "and"
            and len(words) - quoted <= 4
        ):
            before = (_PERSON.get(w) for w in reversed(words[:i]) if w not in _ADDRESSEE)
            return next((p for p in before if p is not None), None) in {"third", "generic"}
    return False


def _speaker_before_and(words: list[str]) -> bool:
    """A verb after "and" shares the speaker's subject: "I fought with my mom and want to
    die" is the speaker's, though "mom" is the nearer person. Only ever says yes: "my mom
    yells at me and wants to die" is left to the nearest person, as before."""
    at = len(words) - 1
    while at >= 0 and words[at] in _BETWEEN_AND_VERB:
        at -= 1
    if at <= 0 or words[at] != "and":
        return False
    for i, word in enumerate(words[:at]):
        person = _PERSON.get(word)
        if person is not None:
            # "my mom" names the mother; "I" names the speaker, unless a clause of its
            # own follows ("I think my mom is sad and ..."), or an infinitive does
            # ("they tell me to go there and ...").
            return (
                word in {"i", "im", "ive", "id"}
                and "to" not in words[i:at]
                and _CLAUSE_OPENERS.isdisjoint(words[i:at])
            )
    return False


def _called(words: list[str], i: int, said: list[str], parting: bool) -> bool:
    """``words[i]`` opens the sentence calling someone: then spoken to ("mom when you read
    this i won't be here", "hermano cuando leas esto"), bidden farewell right after ("mom
    goodbye forever", "bro this is goodbye"), or called in chat's way ("bro wanna die").
    The statement is the writer's."""
    word = words[i]
    if word not in VOCATIVES or not all(w in CALLING for w in words[:i]):
        return False
    after = words[i + 1 :] or said
    return (
        not (SECOND_PERSON.isdisjoint(after) and SECOND_PERSON.isdisjoint(said))
        or (parting and i == len(words) - 1)
        or (word in CALLS and _THEIR_VERB.match(after[0]) is None)
    )


def _person(matched: str, tail: str, opens: bool = False, parting: bool = False) -> str:
    """Whose statement this is: a reflexive in the match decides, else the nearest pronoun.

    One of "first", "third", "generic" (people at large) and "pet" (an animal did it).
    ``opens``: ``tail`` begins where the sentence does, so its first words may call the
    one the message is for; ``parting``: the statement is a farewell, said to someone.
    """
    if "sel" in matched or "life" in matched:  # all either pattern can match holds one
        if _THIRD_SELF.search(matched):
            return "third"
        if _GENERIC_SELF.search(matched):
            return "generic"
    words = tail.split()
    opens = opens and len(words) <= 12
    words = words[-12:]
    if not _REPORTING.isdisjoint(words[-7:]) and _reported(words):
        return "third"  # "someone wrote 'I'm going to kill myself'": the writer's words
    said = matched.split()
    if not FIRST_PERSON.isdisjoint(said) and (
        _TO_ME.isdisjoint(said) or not FIRST_PERSON.isdisjoint(_speaker_words(said))
    ):
        return "first"  # "better off without me", "no one would care if I died"
    if len(words) > 1 and (
        (words[-2] in _QUANTIFIERS and _GROUP_NOUN.fullmatch(words[-1]))
        or (words[-2] == "those" and words[-1] in {"who", "that"} and words[-3:-2] != ["of"])
    ):
        # "all comedians want to be dead", "only optimists commit suicide", "those who
        # don't want to live" (but "I'm one of those who want to die")
        return "generic"
    if not _TO_ME.isdisjoint(words):
        words = _speaker_words(words)
    if "and" in words and said[0] not in _THIRD_VERBS and _speaker_before_and(words):
        return "first"
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        person = _PERSON.get(word)
        if (
            person is None
            or (word == "my" and i + 1 < len(words) and words[i + 1] in _SHARED_PLACES)
            or (person == "pet" and i < len(words) - 1)
        ):
            # "a girl in my discord server": a place, not the speaker; "fed the dog and
            # took all my pills": an animal is the subject only right before the verb.
            continue
        if (word in _ADDRESSEE and i and words[i - 1] in _PARTING) or (
            word == "he" and i + 1 < len(words) and _ES_PARTICIPLE.fullmatch(words[i + 1])
        ):
            # "thank you", "love you": the writer speaks to them; Spanish "(yo) he
            # dejado", "he escrito": the speaker, not English "he"
            continue
        if opens and person == "third" and i <= 2 and _called(words, i, said, parting):
            continue  # "mom when you read this": the one spoken to, not the subject
        return person
    return "first"  # "wanna die", "feeling suicidal again": the speaker is implied


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, at most _REACH characters to each side.

    The bound matters for text without punctuation, where "when I was 15"
    three lines on must not make a statement about today a past one.
    """
    floor = max(0, start - _REACH)
    lo = max(floor, text.rfind(" . ", floor, start))
    hi = text.find(" . ", end, end + _REACH)
    return lo, hi if hi >= 0 else min(len(text), end + _REACH)


def _unsaid(text: str, end: int, hi: int) -> bool:
    """The statement ending at ``end`` is taken back right after it (see _UNSAID)."""
    if _NEVER_BEEN.match(text, end, min(hi + 1, end + 40)) is not None:
        return True
    # Every Spanish or Portuguese form holds one of these: a few cheap looks rule out most
    # hits before the regex, which would cost about 2 µs on each.
    window = text[end : end + 70]
    if (
        " serio " in window
        or " de decir" in window
        or " de hablar" in window
        or " un decir" in window
        or " de dizer" in window
        or " de falar" in window
        or " expressao" in window
        or " literalmente" in window
    ) and _UNSAID_IB.match(text, end, end + 70) is not None:
        return True
    stop = min(hi, end + 24)
    # Every form holds one of these: a few finds rule most hits out before the regex.
    find = text.find
    return (
        find("ly ", end, stop) >= 0
        or find(" option ", end, stop) >= 0
        or find(" choice ", end, stop) >= 0
        or find(" table ", end, stop) >= 0
    ) and _UNSAID.search(text, end, stop) is not None


def _judge(hit: Hit, msg: _Message) -> _Verdict:
    """Read one signal in its clause and sentence (step 3 of the screener's docstring)."""
    rule, start, end = hit
    text = msg.text
    lo, hi = _sentence(text, start, end)
    # The clause before the hit: back to a comma, "but" or the sentence start.
    cut = max(lo, start - 90)
    cut = max(
        cut,
        text.rfind(" , ", cut, start),
        text.rfind(" but ", cut, start),
        text.rfind(" pero ", cut, start),  # "le dije que me voy ... pero la neta es que ..."
    )
    tail = text[cut : start - 1]
    deferred = False
    if rule.personal and (
        (_NEGATED.search(tail) and not tail.endswith(_STRUGGLE) and not _EVERY_TIME.search(tail))
        or _unsaid(text, end, hi)
        or (
            " ask" in tail
            and _ASKED_IF.search(tail)
            and _ANSWERED_NO.match(text, end)
            and not _LIED.search(text, end, end + 60)
        )
    ):
        wanting = text.startswith(_WANTS, start) or _NOT_WANTING.search(tail)
        if wanting or not (
            text.startswith(_NOT_YET, end)
            or ("intent" in rule.reasons and text.startswith(_NOT_TODAY, end))
        ):
            return _Verdict(NONE, ("negated",), start, end)
        deferred = True  # "I won't kill myself yet": put off, not denied
    person = _person(text[start:end], tail, cut == lo, "goodbye" in rule.reasons)
    if person == "generic" and rule.tense is _EVENT and rule.kind is not _IDIOM:
        person = "third"  # "a girl in my server said goodbye": someone, not people
    story = rule.kind is _IDIOM or person != "first"
    if story and not MEDIA_TOKENS.isdisjoint(text[lo:hi].split()):
        return _Verdict(NONE, ("media",), start, end)  # a character, a song, a show
    if person == "third" and max(rule.level, rule.context_level or NONE) >= CONCERN:
        return _Verdict(CONCERN, ("third_party",), start, end)
    if person != "first" and rule.personal:
        # "people who want to die", "you should kys", "my dog swallowed the whole pack"
        return _Verdict(NONE, (), start, end)
    verdict = _in_time(hit, msg, lo, hi, tail)
    if deferred:  # put off: at most high, and no cue ("not gonna do it tonight")
        return verdict._replace(level=min(verdict.level, HIGH), cue=None)
    return verdict


def _past_elsewhere(hit: Hit, msg: _Message, lo: int, hi: int, tail: str) -> bool:
    """The sentence names a past, but only after the statement and not as its time."""
    rule, start, end = hit
    if rule.now:
        return True  # "years ago I thought of it, and today I'm thinking of it again"
    if tail.endswith(_KEEPS) and msg.text.rfind(" but ", lo, start) >= 0:
        return True  # "left him months ago, I'm safe now, but I keep thinking about ..."
    if msg.marks(lo, start).past:
        return False  # "when I was 15, I ..."
    if rule.tense is not _EVENT and not msg.marks(end, hi).past:
        return True  # the rule's own words: "I'd have killed myself years ago but ..."
    if _STILL.search(tail) or msg.text.find(" still ", start - 1, end) >= 0:
        return True  # "I'm still cutting, like I did in school": it goes on
    if rule.tense is _EVENT and not _DESIRE.search(tail):
        return False  # "I cut myself, two years ago"
    # "I want to hurt myself but I hate the scars from when I used to": the past is
    # in a clause of its own, about something else. Not "..., but that was years
    # ago", which dates what came before.
    but = msg.text.find(" but i ", end, hi)
    return but >= 0 and not msg.marks(lo, but).past


def _in_time(hit: Hit, msg: _Message, lo: int, hi: int, tail: str) -> _Verdict:
    """The person's own statement, weighed by when it happened and when it would."""
    rule, start, end = hit
    level, reasons = rule.level, rule.reasons  # reasons are read as a set downstream
    marks = msg.marks(lo, hi)
    distant = " used to" in tail or (marks.past and not _past_elsewhere(hit, msg, lo, hi, tail))
    state = rule.tense is _STATE or _PAST_STATE.search(tail) is not None
    if (
        not state
        and tail.endswith((" i", " jai"))
        and msg.text.startswith((" thought ", " pense ", " songe "), start - 1)
    ):
        # "I thought about ending it. Therapy pulled me through", "j'ai pensé au suicide,
        # la thérapie m'a aidé": a past thought, once the message tells how it ended;
        # alone it may be of this week.
        state = msg.recovered
    if (
        rule.tense is not _EVENT
        and ("ive" in tail or "i have" in tail)  # cheap, before the regex ("weve" has "ive")
        and _CONTINUING.search(tail)
    ):
        # Goes on, unless they are okay now or put it behind them. "Before" alone
        # does not: "I've thought about suicide many times before" is a history.
        after = msg.text[end:hi]
        state = (state and msg.recovered) or any(mark in after for mark in _BEHIND)
    if distant or state or (rule.tense is _EVENT and msg.recovered):
        recent = marks.recent
        if distant:
            level = min(level, CONCERN)
        elif state and not recent:
            level = RiskLevel(max(level - 1, 0))
        if msg.recovered:  # "... but I'm okay now"
            level = NONE if distant or state else RiskLevel(max(level - 1, 0))
        return _Verdict(level, (*reasons, "past"), start, end, own=level >= CONCERN)
    if rule.recent_level is not None and marks.recent:
        level = rule.recent_level
    if (
        level >= HIGH
        and "ideation" in reasons
        and rule.timed
        and (marks.timeline or marks.last_after > start)
    ):
        level, reasons = IMMINENT, (*reasons, "timeline")
    if level is IMMINENT and "intent" in reasons:
        sentence = msg.text[lo:hi]
        if " if " in sentence or " unless " in sentence:
            level = HIGH  # "if I fail I'm going to ...": active, but tied to a condition
    jokable = rule.jokable and "timeline" not in reasons
    sign = _ONE_SIGN.get(rule.name, "")
    return _Verdict(
        level, reasons, start, end, rule.context_level, True, jokable, sign, sign or rule.name
    )


def _tally(
    verdicts: Sequence[_Verdict],
) -> tuple[RiskLevel, RiskLevel, RiskLevel, list[_Verdict], set[str], list[_Verdict]]:
    """One pass over the verdicts: the highest level; the person's own highest,
    cues aside (``base``) and with them (``own``); the verdicts of concern or
    more and their reasons; and the cues."""
    level = base = own = NONE
    live: list[_Verdict] = []
    reasons: set[str] = set()
    cues: list[_Verdict] = []
    for v in verdicts:
        level = max(level, v.level)
        if v.own:
            own = max(own, v.level)
            if v.cue is not None:
                cues.append(v)
            else:
                base = max(base, v.level)
        if v.level >= CONCERN:
            live.append(v)
            reasons.update(v.reasons)
    return level, base, own, live, reasons, cues


def _laughed_at(live: Sequence[_Verdict], folded: str, laughs: frozenset[str]) -> bool:
    """Every serious statement has a laugh in its sentence or right after it ("... lol").

    A "haha" two sentences before "I want to die" is about something else,
    not a joking frame for it.
    """
    places = []
    for laugh in laughs:
        at = folded.find(f" {laugh} ")
        while at >= 0:
            places.append(at)
            at = folded.find(f" {laugh} ", at + 1)
    for v in live:
        if v.level >= HIGH:
            lo, hi = _sentence(folded, v.start, v.end)
            # A skull inside the statement is its verb ("I want to 💀 myself"), not a laugh.
            # (``at`` is the space before the laugh, ``start`` a word's first letter.)
            if not any(
                lo <= at <= hi + _JOKE_AFTER and not v.start <= at + 1 < v.end for at in places
            ):
                return False
    return True


def _beside_concern(cue: _Verdict, live: Sequence[_Verdict]) -> bool:
    """Some statement of the person's own, of concern or more and no cue, shows concern
    besides ``cue``: it is not a longer phrase holding the cue's words ("unalive" in
    "unalive myself"). Two readings of the very same words still count as two."""

    def holds(v: _Verdict) -> bool:
        same = (v.start, v.end) == (cue.start, cue.end)
        return v.start <= cue.start and cue.end <= v.end and not same

    return any(v.own and v.cue is None and not holds(v) for v in live)


def _explained(folded: str, hot: frozenset[str]) -> bool:
    """The message names an ordinary occasion, not as a cover story or a hurdle."""
    found = {hit.rule.name for hit in _OCCASIONS.hits(folded, hot)}
    return bool(found) and "occasion_cover" not in found


@lru_cache(maxsize=4096)
def names_occasion(text: str) -> bool:
    """``text`` names an ordinary occasion that cues may be for ("the party's
    tomorrow"), not as a cover story or a hurdle. Cached like :func:`read_message`:
    a conversation's window asks it of the same messages turn after turn."""
    return _explained(*folded_message(text))


def _combine(
    verdicts: Sequence[_Verdict], folded: str, hot: frozenset[str], idioms: bool
) -> Reading:
    """Steps 4 and 5: cues, boosters, method emoji and the joking cap."""
    level, base, own, live, reasons, cued = _tally(verdicts)
    cues = [(v.cue, v.reasons) for v in cued if v.cue is not None]
    # Cues told with the ordinary occasion they are for ("moving day is Saturday,
    # everything is sorted"), and nothing of concern said beside them, are that occasion's.
    explained = bool(cues) and base < CONCERN and _explained(folded, hot)
    # Two cues must be two statements: rules that read one phrase two ways count once,
    # and a cue that is a word of the statement showing concern ("unalive" in "time to
    # unalive myself lol") does not fire on it.
    fired = bool(cues) and (
        (base >= CONCERN and any(_beside_concern(c, live) for c in cued))
        or (
            not explained and any(a.two_signs(b) for i, a in enumerate(cued) for b in cued[i + 1 :])
        )
    )
    pair = fired and base < CONCERN
    if fired:  # "I have a plan." after "I'm a burden", or two cues together
        level = max(level, *(c for c, _ in cues))
        reasons.update(r for _, rs in cues for r in rs)
        reasons.discard("joking")  # a cue that reads as a joke alone ("kms 😭") is none here
    if (level is HIGH and not _BOOSTERS.isdisjoint(reasons)) and any(
        a.apart(b)
        for a in live
        if a.level >= HIGH and "ideation" in a.reasons
        for b in live
        if b.level >= HIGH and not _BOOSTERS.isdisjoint(b.reasons)
    ):
        level = IMMINENT  # ideation next to a plan, means, goodbye or attempt
    emoji = 0 if METHOD_EMOJI.isdisjoint(hot) else len(hot & METHOD_EMOJI)
    if emoji and (base >= CONCERN or emoji >= 2):
        level = max(level, HIGH if base >= CONCERN else CONCERN)
        reasons.add("method")
        fired = True
    if fired:
        own = max(own, level)
    unjoked = level
    if (
        level >= HIGH
        and not fired
        and not JOKE_TOKENS.isdisjoint(hot)
        and all(v.jokable for v in live)
        and _UNJOKABLE.isdisjoint(reasons)
        and hot.isdisjoint(_IN_EARNEST)
        and not any(phrase in folded for phrase in _EARNEST_PHRASES)
        and _laughed_at(live, folded, hot & JOKE_TOKENS)
    ):
        level, own = CONCERN, NONE
        reasons.add("joking")
    if level is NONE:
        reasons = {r for v in verdicts for r in v.reasons if r in _EXPLAINING}
        if idioms:
            reasons.add("idiom")
    if fired or not cues:
        pair = pair and not emoji
        return Reading(level, frozenset(reasons), own, unjoked, (), explained=explained, pair=pair)
    signs = frozenset(v.key for v in cued)
    return Reading(
        level, frozenset(reasons), own, unjoked, tuple(cues), explained=explained, signs=signs
    )


# Times that, said first as a sentence of their own, finish no statement.
_TIME_FIRST_WORDS: Final = ("tonight", "tonite", "tomorrow", "tmrw", "at midnight", "midnight")
_TIME_FIRST: Final = tuple(f" {word} " for word in _TIME_FIRST_WORDS)  # a cheap gate
_TIME_FIRST_RE: Final = re.compile(rf" (?:{'|'.join(_TIME_FIRST_WORDS)})(?: night| morning)? \. ")


_DAY_PARTS: Final = frozenset({"morning", "night", "evening", "afternoon"})
_BARE_DAYS: Final = frozenset(
    {"tomorrow", "tmrw", "tmr", "monday", "tuesday", "wednesday", "thursday", "friday"}
    | {"saturday", "sunday"}
)


def _bare_timeline(folded: str) -> bool:
    """A message that is little more than a time: "tonight.", "probably tomorrow"."""
    content = [w for w in folded.split() if w not in {".", ","}]
    # "tomorrow morning then": a part of the day after its day is the time, not a greeting.
    social = [
        w
        for i, w in enumerate(content)
        if not (i and w in _DAY_PARTS and content[i - 1] in _BARE_DAYS)
    ]
    return (
        0 < len(content) <= 4
        and not TIMELINE_WORDS.isdisjoint(content)
        and SOCIAL_TOKENS.isdisjoint(social)
        and {"not", "never", "no", "dont"}.isdisjoint(content)
    )


def _distinct(hits: list[Hit], folded: str) -> list[Hit]:
    """The hits worth judging: a phrase repeated in the same words is judged once, and at
    most :data:`MAX_JUDGED`, strongest rules first, so a message that repeats "I want to
    die" fifty times costs what a few lines do."""
    if len(hits) < 3:
        return hits
    seen: set[tuple[str, str]] = set()
    kept: list[Hit] = []
    rank = _SIGNALS.rank  # hits come in no set order: ties go by the rules' order
    for hit in sorted(hits, key=lambda h: (-h.rule.level, h.start, rank[h.rule.name])):
        key = (hit.rule.name, folded[max(0, hit.start - 40) : hit.end])
        if key not in seen:
            seen.add(key)
            kept.append(hit)
    return kept[:MAX_JUDGED]


@lru_cache(maxsize=4096)
def folded_message(text: str) -> tuple[str, frozenset[str]]:
    """``text`` folded, and its words; cached so the learned stage
    (:mod:`bot.risk.learned`) reads the same fold and words for free."""
    return fold_words(text)


@lru_cache(maxsize=4096)
def read_message(text: str) -> Reading:
    """Screen one message on its own. Cached: 4096 texts, least recently used first out."""
    folded, hot = folded_message(text)
    timeline = (
        len(folded) < 80
        and not hot.isdisjoint(TIMELINE_WORDS)
        and _bare_timeline(folded)
        and not _RECOVERY.hits(folded, hot)  # "but I'm fine now" is no time for acting
    )
    # "tonight. for real. im done living": a time said first, as a sentence of its own,
    # finishes no statement, so it is a cue whatever follows.
    time_first = (
        folded.startswith(_TIME_FIRST) and _TIME_FIRST_RE.match(folded) is not None
    ) and not _RECOVERY.hits(folded, hot)
    timeline = timeline or time_first
    if hot.isdisjoint(_SIGNALS.needs) and hot.isdisjoint(METHOD_EMOJI):
        return _TIMELINE_CUE if timeline else _QUIET
    signals = _SIGNALS.hits(folded, hot)
    # Idioms hide what they overlap ("I'd kill for a coffee"); the few that carry a
    # level ("this song makes me want to die") are then judged like any signal.
    idioms = [h for h in signals if h.rule.kind is _IDIOM]
    if idioms:  # else every hit is a signal: the index holds signals and idioms only
        signals = [h for h in signals if h.rule.kind is _IDIOM or not h.overlaps(idioms)]
        signals = [h for h in signals if h.rule.level > NONE or h.rule.kind is _SIGNAL]
    if not signals and hot.isdisjoint(METHOD_EMOJI) and not timeline:
        return _IDIOM_ONLY if idioms else _QUIET
    msg = _Message(folded, hot)
    verdicts = [_judge(h, msg) for h in _distinct(signals, folded)]
    # A bare time is a cue of its own only when nothing else was said: in "I'm doing
    # it tomorrow" or "I wish I didn't wake up tomorrow" the time belongs to the
    # statement it finishes.
    if timeline and (not verdicts or time_first):
        verdicts.append(_Verdict(NONE, ("timeline",), 0, 0, IMMINENT, True, key="timeline"))
    if not verdicts:
        verdicts.append(_Verdict(NONE, (), 0, 0))
    return _combine(verdicts, folded, hot, bool(idioms))
