"""What a message is about: topics, feelings and conversational requests.

Pure pattern matching shared by the memory (which facts to keep) and the
offline responder (what to reflect back). It is deliberately not a risk
screener: safety lives in :mod:`bot.risk` and never depends on this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Cues", "read_cues"]


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts), re.IGNORECASE)


# Topics a person brings up; the key is also the fact key in memory.
TOPICS: dict[str, re.Pattern[str]] = {
    "job_loss": _rx(
        r"\b(lost|losing) (my|our) (job|work|position)",
        r"\b(got|been|was|were) (fired|laid off|let go|made redundant)",
        r"\blaid me off\b",
        r"\bunemployed\b",
        r"\bout of work\b",
    ),
    "job_search": _rx(
        r"\bjob (search|hunt|hunting|applications?)\b",
        r"\b(applying|applied) (for|to) (jobs|positions|roles)",
        r"\blooking for (a )?(new )?(job|work)\b",
        r"\b(no|zero) (callbacks|interviews|replies)\b",
        r"\brejection (emails?|letters?)\b",
    ),
    "money": _rx(
        r"\b(bills|rent|debt|mortgage|money|afford|savings|broke)\b",
    ),
    "breakup": _rx(
        r"\b(broke|breaking) up\b",
        r"\bbreak ?up\b",
        r"\b(my )?(ex|girlfriend|boyfriend|partner|wife|husband) (left|dumped|cheated)",
        r"\b(divorce|separated|separation)\b",
        r"\brelationship (ended|is over|is falling apart|fell apart)",
    ),
    "friends_moved": _rx(
        r"\b(friends?|bestie|best friend)\b[^.!?]{0,40}\b(moved|moving|relocated) (away|to|across)",
        r"\b(friends?|best friend)\b[^.!?]{0,40}\b(live|lives) (far|so far|across)",
    ),
    "boss": _rx(
        r"\b(my )?(boss|manager|supervisor)\b",
    ),
    "work_stress": _rx(
        r"\b(deadlines?|overtime|late projects?|workload|project is late)\b",
    ),
    "lonely": _rx(
        r"\b(lonely|alone|isolated|no one to talk to|nobody to talk to|no friends)\b",
        r"\bno one (at work )?(i|I) (can )?trust\b",
    ),
    "purpose": _rx(
        r"\b(purpose|meaning|pointless|what'?s the point of (it all|anything))\b",
    ),
    "family": _rx(r"\b(my )?(mom|mum|dad|mother|father|parents|family|sister|brother)\b"),
    "sleep": _rx(r"\b(can'?t sleep|insomnia|not sleeping|awake all night|sleep)\b"),
    "grief": _rx(
        r"\b(passed away|died|funeral|grieving|grief)\b",
    ),
    "school": _rx(r"\b(exams?|school|college|university|grades|homework|thesis)\b"),
    "health": _rx(r"\b(sick|illness|diagnosis|diagnosed|pain|hospital|doctor)\b"),
}

FEELINGS: dict[str, re.Pattern[str]] = {
    "crying": _rx(
        r"\*[^*]{0,30}(sniff|cr(y|ies|ying)|sob|tear)[^*]{0,30}\*", r"\b(crying|cried|in tears)\b"
    ),
    "sighing": _rx(r"\*[^*]{0,30}sigh[^*]{0,30}\*"),
    "hopeless": _rx(r"\b(hopeless|bleak|never get better|no way out|pointless|can'?t see a way)\b"),
    "overwhelmed": _rx(r"\b(overwhelm\w*|too much|drowning in|so much at once)\b"),
    "anxious": _rx(r"\b(anxious|anxiety|panic\w*|scared|afraid|worried|nervous|on edge)\b"),
    "angry": _rx(r"\b(angry|furious|pissed|frustrated|mad at|resent\w*)\b"),
    "tired": _rx(r"\b(tired|exhausted|drained|worn out|no energy|burn(ed|t)? out)\b"),
    "lonely": _rx(r"\b(lonely|alone|isolated)\b"),
    "numb": _rx(r"\b(numb|empty|hollow|nothing matters)\b"),
    "sad": _rx(
        r"\b(sad|down|low|blue|depress\w*|miserable|heavy|hurt(s|ing)?|heartbroken|awful)\b",
        r"\b(feel(ing)? (bad|terrible|horrible|like crap|like shit))\b",
    ),
}

REQUESTS: dict[str, re.Pattern[str]] = {
    "topic_change": _rx(
        r"\b(talk|chat) about (something|anything) else\b",
        r"\bchange (the )?(subject|topic)\b",
        r"\b(distract|take my mind off)\b",
        r"\bsomething (lighter|else|happier|fun)\b",
        r"\bdon'?t want to talk about (it|this|that)( anymore)?\b",
    ),
    "no_energy": _rx(
        r"\bno energy\b",
        r"\b(too|so) (tired|exhausted|drained) (for|to)\b",
        r"\bdon'?t (want|need) (any )?(advice|solutions|tips|to be fixed)\b",
        r"\bcan'?t (deal with|handle|think about) (advice|solutions|fixing|plans)\b",
        r"\bjust (want|need) to (vent|be heard|talk)\b",
        r"\bdon'?t have (it in me|the energy|the strength)\b",
    ),
    "wants_steps": _rx(
        r"\bwhat (should|can|could) i do\b",
        r"\b(any|some) (advice|ideas|tips|suggestions)\b",
        r"\bhow (do|can|could) i (cope|deal|handle|get through)\b",
        r"\bwhere (do|should) i (start|begin)\b",
    ),
    "goodbye": _rx(
        r"\b(good ?night|goodbye|bye|gotta go|got to go|have to go|need to go)\b",
        r"\b(talk (to you )?later|see you|heading (off|out|to bed))\b",
    ),
    "greeting": _rx(
        r"^\s*(hi|hello|hey|hiya|good (morning|afternoon|evening)|yo)\b[\s!.,]*\w{0,12}[\s!.]*$"
    ),
    "lifted": _rx(
        r"\b(feel(ing)? (a (little|bit) )?(better|lighter|calmer))\b",
        r"\b(that|this|talking) (helped|helps)\b",
        r"\b(i'?ll|i will|i'?m going to|gonna) (go for|take) a walk\b",
        r"\bsmall smile\b",
        r"\b(thank you|thanks)\b",
    ),
    "therapist": _rx(r"\b(therap\w*|counsel\w*|psycholog\w*|psychiatr\w*)\b"),
    "about_bot": _rx(
        r"\bare you (a |an )?(real|human|person|bot|ai|robot|therapist|counsell?or)\b",
        r"\bwho (are|r) (you|u)\b",
        r"\bwhat are you\b",
    ),
}

LIGHT_TOPICS: dict[str, re.Pattern[str]] = {
    "book": _rx(r"\b(book|novel|reading|read|author)\b"),
    "show": _rx(r"\b(show|series|tv|episode|anime|netflix)\b"),
    "film": _rx(r"\b(movie|film|cinema)\b"),
    "music": _rx(r"\b(music|song|album|band|playlist|guitar|piano|singing)\b"),
    "game": _rx(r"\b(game|gaming|video games?|board games?|puzzle)\b"),
    "pet": _rx(r"\b(dog|cat|puppy|kitten|pet|bird|rabbit|hamster)\b"),
    "outdoors": _rx(r"\b(hiking|hike|walk|garden\w*|nature|park|beach|running|cycling)\b"),
    "making": _rx(r"\b(cook\w*|bak\w*|paint\w*|draw\w*|knit\w*|craft\w*|writing|photograph\w*)\b"),
}

# Capture the specific thing to echo back.
_DETAILS: dict[str, re.Pattern[str]] = {
    "moved_to": re.compile(r"\bmoved (?:away )?to ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"),
    "pet_name": re.compile(
        r"\bmy (dog|cat|puppy|kitten|rabbit|bird|hamster),? (?:named |called )?([A-Z][a-z]+)"
    ),
    "favorite": re.compile(
        r"\b(?:favou?rite|fav) (book|show|series|movie|film|song|band|game|album) "
        r"(?:is|was|has to be) ([\w' :-]{2,40})",
        re.IGNORECASE,
    ),
    "enjoy": re.compile(
        r"\bi (?:really )?(?:love|like|enjoy|adore) (\w+ing\b(?: \w+)?|[\w' ]{2,30}?)(?:[.!,]|$)",
        re.IGNORECASE,
    ),
    "title": re.compile(r"[\"“]([^\"”]{2,60})[\"”]"),
    "name": re.compile(r"\b(?:my name is|call me|i'?m called) ([A-Z][a-z]{1,20})\b"),
}

_ROLEPLAY = re.compile(r"\*[^*\n]{1,80}\*")


@dataclass(frozen=True, slots=True)
class Cues:
    topics: tuple[str, ...]
    feelings: tuple[str, ...]
    requests: frozenset[str]
    light: tuple[str, ...]
    details: dict[str, str]
    asks_question: bool

    def wants(self, request: str) -> bool:
        return request in self.requests


def _matches(table: dict[str, re.Pattern[str]], text: str) -> tuple[str, ...]:
    return tuple(name for name, rx in table.items() if rx.search(text))


def _details(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    if m := _DETAILS["moved_to"].search(text):
        found["place"] = m.group(1)
    if m := _DETAILS["pet_name"].search(text):
        found["pet_kind"], found["pet_name"] = m.group(1).lower(), m.group(2)
    if m := _DETAILS["favorite"].search(text):
        found["favorite_kind"], found["favorite"] = m.group(1).lower(), m.group(2).strip(" .!")
    elif m := _DETAILS["title"].search(text):
        found["favorite"] = m.group(1).strip()
    if m := _DETAILS["enjoy"].search(text):
        thing = m.group(1).strip()
        if thing and thing.lower() not in {"it", "that", "this", "you", "to"}:
            found["enjoys"] = thing
    if m := _DETAILS["name"].search(text):
        found["name"] = m.group(1)
    return found


def read_cues(text: str) -> Cues:
    """Read the cues of one message. Roleplay cues (``*sighs*``) count as feelings."""
    return Cues(
        topics=_matches(TOPICS, text),
        feelings=_matches(FEELINGS, text),
        requests=frozenset(_matches(REQUESTS, text)),
        light=_matches(LIGHT_TOPICS, _ROLEPLAY.sub(" ", text)),
        details=_details(text),
        asks_question=text.rstrip().endswith("?"),
    )
