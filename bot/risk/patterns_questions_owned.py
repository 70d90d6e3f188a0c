"""English rules for a question about death that the asker then owns.

A practical question about a death (who finds the body, does insurance pay, does
a debt pass on, does God forgive) is ordinary on its own; what makes it a crisis is
the line that follows: "asking because I'm planning to", "asking for me. I'm doing
it", "because I'm going to make that happen soon", "I need to know before I go
through with it", "when I'm gone, and it's going to be soon". The look-alikes ask
the same questions and close them with someone else's death, a chore ("asking
because I'm planning to do it myself" after a plumbing question) or no owning line.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import ADV
from bot.risk.rules import Rule, imminent, rule

__all__ = ["OWNED_QUESTION_RULES"]

HIGH = RiskLevel.HIGH

# A death's words in the question just before the owning line (within the 60
# characters a ``back`` frame reads): not "a dead battery", "your body after a fast".
_DEATH_ASKED = (
    r"(?:die|dies|died|dying|(?:is|be|are|was|were|im|me) dead|death|suicide|suicides|kill|kills"
    r"|killed|killing|overboard|insurance|cliff|own life|overdose|drown|drowns|drowned"
    r"|hang|hangs|hanged|find me|found|miss me)"
)
# One of them must be in the message before an owning line is tried.
_DEATH_NEEDS = (
    "die dies died dying dead death suicide suicides kill kills killed killing overboard"
    " insurance cliff life overdose drown drowns drowned hang hangs hanged find found miss purpose"
)
# What the asker says they mean to do: "planning to not be here", "doing it this trip",
# "thinking to do it", "intend to be" (dead, from the question), "make that happen".
_OWN_INTENT = (
    r"(?:(?:planning|plan|going|gonna|intend|intending|meaning|about|decided|fixing)"
    r"(?: to| on| of| about)? (?:do it|doing it|do this|be dead|be gone|not be here"
    r"|not be around|not be alive|be one|be|end it|go through with it|going through with it"
    r"|make that happen|make it happen|it)|doing it)"
    r"(?= (?:[.,]|$|soon|this|next|tonight|tomorrow|before|by|after|on|a lot|lately|every|when))"
)
# A thought of it, kept, not an intent: "askin for myself, been thinkin on it a lot".
_OWN_THOUGHT = (
    r"(?:(?:thinking|thinkin|thought)(?: on| about| of) (?:it|doing it|that)"
    r"|(?:thinking|thinkin) to do it)"
    r"(?= (?:[.,]|$|a lot|lately|every|all|for|constantly|more|again))"
)
_SUBJECT = r"(?: (?:im|i am|i m|i|ive been|i have been|been|am|ill|i will))?"

OWNED_QUESTION_RULES: Final[list[Rule]] = [
    imminent(
        # "how long before they notice? asking for me. i'm doing it this trip", "what happen
        # to the body ... I ask because I am thinking to do it"
        "asked_then_own_intent",
        "asking|askin|i ask|ask|asked",
        r"(?: for (?:me|myself|my self)(?: [.,])?)?(?: because| cause| cos| coz| bc| since| as)?"
        + _SUBJECT
        + f" {ADV}"
        + _OWN_INTENT,
        needs=_DEATH_NEEDS,
        back=rf"{_DEATH_ASKED}(?: [^ ]+){{0,14}}?",
        # "plan", not "intent": the question's "if" is no condition on acting.
        reasons="ideation plan",
    ),
    rule(
        # "does the insurance pay out if a driver goes off a cliff on purpose? askin for myself,
        # been thinkin on it a lot", "I ask because I am thinking to do it": a thought, owned.
        "asked_then_own_thought",
        "asking|askin|i ask|ask|asked",
        r"(?: for (?:me|myself|my self)(?: [.,])?)?(?: because| cause| cos| coz| bc| since| as)?"
        + _SUBJECT
        + f" {ADV}"
        + _OWN_THOUGHT,
        needs=_DEATH_NEEDS,
        back=rf"{_DEATH_ASKED}(?: [^ ]+){{0,14}}?|on purpose(?: [^ ]+){{0,14}}?",
        level=HIGH,
        reasons="ideation method",
    ),
    imminent(
        # "if i die does my debt pass to my kids? because i'm going to make that happen soon"
        "death_asked_because_intent",
        "because|cause|cos|coz|bc",
        r" (?:im|i am|i m|i) (?:going to|gonna|planning to|about to|will|intend to|plan to)"
        r" (?:make that happen|make it happen|make sure of it|do that|be|go through with it)"
        r"(?= (?:[.,]|$|soon|this|next|tonight|tomorrow|before|by))",
        needs="die died dead gone",
        # Not "if i die in the game ...".
        back=r"(?:if|when|once|after) (?:i die|i died|im dead|i was dead|i were dead|i kill myself"
        r"|im gone)(?! in (?:a |the |this )?(?:game|match|raid|round|level|run))(?: [^ ]+){0,14}?",
        reasons="ideation plan",
    ),
    imminent(
        # "do you think God forgives people who take their own life? I need to know before I
        # go through with it": the question's answer wanted before acting.
        "know_before_i_do_it",
        "before i go through with it|before i go thru with it|before i do it|before i do this"
        "|before i follow through",
        r"(?= (?:[.,]|$))",
        needs="suicide life die dead death kill killing",
        back=r"(?:know|sure|answer|find out|hear|understand|ask|asking)(?: [^ .]+){0,6}?",
        reasons="ideation plan",
    ),
    imminent(
        # "so my family gets something when I'm gone, and it's going to be soon"
        "gone_and_soon",
        "when im gone|after im gone|once im gone|when im dead|after im dead|once im dead"
        "|when i die|after i die|once i die",
        r"(?: ,)? (?:and|which|that) (?:its|it is|thats|that is|that will be|it will be|will be"
        r"|its going to be|its gonna be|is going to be|wont be|isnt|is)"
        r" (?:very |real |really |pretty )?(?:soon|long now|far off|far away|this week|tonight"
        r"|tomorrow)(?= (?:[.,]|$))",
        # Not "the keys for when I'm gone, and it's soon": a death named in the message.
        needs="suicide die dead death insurance kill killing funeral life alive",
        reasons="ideation intent",
    ),
    rule(
        # "how do i write a note so my parents don't blame themselves after i'm gone": the
        # note only asked for in the message (a frame before would put the parents' reflexive
        # in the match and make it theirs).
        "note_for_after_im_gone",
        "after im gone|when im gone|once im gone|after im dead|when im dead|once im dead",
        r"(?! (?:on|for|to|away|abroad|travelling|traveling|out|back|from)(?= ))",
        needs="note notes letter letters",
        level=RiskLevel.IMMINENT,
        reasons="goodbye intent",
    ),
]
