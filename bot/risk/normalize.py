"""Fold a message into the plain form the risk rules are written against.

Owns text folding for screening only; the folded text is never shown to
anyone, logged or stored. Contract of :func:`fold`:

* lowercase ASCII words and tokens separated by single spaces, with one
  leading and one trailing space, so a rule can anchor on ``" word "``;
* compatibility forms (fullwidth, math letters, circled letters) are
  folded (NFKD), then combining marks, format characters (zero-width
  joiners and spaces, bidi overrides, tag characters, variation
  selectors) and control characters are removed: ``k\\u200bill`` is
  ``kill``, ``ich möchte`` is ``ich mochte``;
* apostrophes vanish (``i'm`` is ``im``, ``don't`` is ``dont``) and
  spelled-out negations contract (``do not`` is ``dont``, ``i am`` is
  ``im``), sentence
  punctuation and line breaks become the token ``.``, commas and colons
  become ``,``, and all other punctuation becomes a space;
* obfuscations are undone: leetspeak inside words (``k1ll``, ``$uicide``,
  ``5uicide``, ``k!ll``), letters spaced or dotted apart (``k i l l``,
  ``s.u.i.c.i.d.e``), stretched letters (``diiiie`` is ``die`` while
  ``killl`` is ``kill``), split contractions (``i m``, ``don t``) and
  common misspellings of *suicide* and *suicidal*;
* swearing used as an intensifier is dropped (``blow my fucking brains
  out`` is ``blow my brains out``): it never changes what a sentence says
  about risk, and rules would otherwise need it between any two words;
* emoji that carry risk meaning become word tokens (``emojiskull``,
  ``emojiknife``, ...); other characters outside ASCII become spaces.

Pure and deterministic. It must stay cheap: it runs on every message, so
the common path is a handful of C-level string operations and regex
searches that only fall into Python callbacks when a repair is needed.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Final

__all__ = ["EMOJI_TOKENS", "fold", "fold_words"]

# Emoji → token. Chosen from the emoji lists in the youth suicide lexicon:
# the skull is mostly a "dying of laughter" joke marker, the laughing faces
# are joke markers, and knife, razor, pill, rope, gun, blood drop, coffin,
# headstone and safety pin name a method or self-harm. Hearts and rain
# clouds are sadness, not risk, and are left out on purpose.
EMOJI_TOKENS: Final[dict[str, str]] = {
    "\N{SKULL}": "emojiskull",
    "\N{SKULL AND CROSSBONES}": "emojiskull",
    "\N{FACE WITH TEARS OF JOY}": "emojilaugh",
    "\N{ROLLING ON THE FLOOR LAUGHING}": "emojilaugh",
    "\N{SMILING FACE WITH OPEN MOUTH AND TIGHTLY-CLOSED EYES}": "emojilaugh",
    "\N{CAT FACE WITH TEARS OF JOY}": "emojilaugh",
    "\N{LOUDLY CRYING FACE}": "emojicry",
    # The weary and tired faces are the same despair played up: "kms fr 😩".
    "\N{WEARY FACE}": "emojicry",
    "\N{TIRED FACE}": "emojicry",
    "\N{HOCHO}": "emojiknife",
    "\N{DAGGER KNIFE}": "emojiknife",
    "\N{RAZOR}": "emojirazor",
    "\N{BLACK SCISSORS}": "emojirazor",
    "\N{PILL}": "emojipill",
    "\N{KNOT}": "emojirope",
    "\N{PISTOL}": "emojigun",
    "\N{DROP OF BLOOD}": "emojiblood",
    "\N{COFFIN}": "emojicoffin",
    "\N{HEADSTONE}": "emojicoffin",
    "\N{SAFETY PIN}": "emojipin",
}

# Look-alike letters from other scripts that are used to dodge filters.
_CONFUSABLES: Final[dict[str, str]] = {
    **dict(zip("аеорсухіјѕԁһӏ", "aeopcyxijsdhl", strict=True)),  # Cyrillic
    **dict(zip("αεικνορτυχ", "aeikvoptux", strict=True)),  # Greek
    # Small capitals ("ɪ ᴡᴀɴᴛ ᴛᴏ ᴅɪᴇ"), the fancy-font text of bios and usernames.
    **dict(zip("ɢɪɴʀʏʙʜʟᴀᴄᴅᴇᴊᴋᴍᴏᴘᴛᴜᴠᴡᴢꜰꜱꞯ", "ginrybhlacdejkmoptuvwzfsq", strict=True)),
    "ß": "ss",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ł": "l",
    "đ": "d",
    "€": "e",
}

_MAPPED: Final[dict[str, str]] = {
    **{ch: f" {tok} " for ch, tok in EMOJI_TOKENS.items()},
    **_CONFUSABLES,
}
_MAPPED_RE = re.compile("[" + "".join(re.escape(c) for c in _MAPPED) + "]")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")
# Typographic punctuation that is common enough to replace with str.replace.
_QUICK_REPLACE: Final = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'))


def _strip_class() -> str:
    """A character class of everything that hides inside words.

    Marks (Mn, Me), format characters (Cf, which holds the zero-width
    space/joiners, U+2060, U+FEFF, the bidi overrides and the tag
    characters), control characters except whitespace, and emoji skin-tone
    modifiers. Built once at import from the BMP plus the few astral
    ranges that matter, so it follows the running Python's Unicode data.
    """
    wanted = {"Mn", "Me", "Cf", "Cc"}
    keep = {"\n", "\r", "\t"}
    codepoints = [
        cp
        for cp in itertools.chain(range(0x10000), range(0xE0000, 0xE0080), range(0xE0100, 0xE01F0))
        if unicodedata.category(chr(cp)) in wanted and chr(cp) not in keep
    ]
    codepoints.extend(range(0x1F3FB, 0x1F400))  # skin tones are Sk, not marks
    ranges: list[tuple[int, int]] = []
    for cp in sorted(codepoints):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    parts = (
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return "[" + "".join(parts) + "]"


_STRIP_RE = re.compile(_strip_class())

# Lowercase and ASCII punctuation, as one bytes table: by then the text is
# ASCII, and bytes.translate is several times faster than str.translate. The
# sentence and clause marks are then padded to tokens with str.replace.
_ASCII_TABLE: Final = bytes.maketrans(
    b'ABCDEFGHIJKLMNOPQRSTUVWXYZ"#%&()*+-/<=>[\\]^_{|}~@$\t\r.!?;\n:',
    b"abcdefghijklmnopqrstuvwxyz                          .....,",
)
# Asterisks are dropped, not spaced: "s*icide" and "k*ms" are censored words.
_ASCII_DROP: Final = b"'`*"

# Leetspeak: only inside words that also hold letters, so "988", "3 years"
# and "10pm" stay as they are. Where the first and last digit or symbol are
# takes one bytes.translate and two finds, so text without any costs no
# search and the search in text with some looks only between the two.
_LEET: Final = str.maketrans("013457@$!|", "oieastasii")
_LEET_SEED_RE = re.compile(r"[0-9@$!|]+")
# One bytes.translate marks both what the leet repair and the capital-I repair look
# for: "#" for a digit or symbol, "a" for a lowercase letter, "I" for itself.
_REPAIR_MARKS: Final = bytes(
    ord("#" if chr(b) in "0123456789@$!|" else "a" if 97 <= b <= 122 else "I" if b == 73 else "-")
    for b in range(256)
)


# Numbers glued to a unit or a count noun ("10pm", "5minutes", "30pills") are not leet.
# The counts are split off ("30pills" is "30 pills"), the other units left glued.
_COUNTED_TEXT: Final = (
    "sec secs second seconds minute minutes hour hours day days week weeks month months "
    "year years pill pills tab tabs tablet tablets"
)
_COUNTED: Final = frozenset(_COUNTED_TEXT.split())
_UNIT_RE = re.compile(
    r"\d+(?:am|pm|st|nd|rd|th|s|h|hr|hrs|min|mins|mg|g|kg|ml|lbs?|k|x|yo|yr|yrs|d|m|w|ish|"
    + "|".join(_COUNTED_TEXT.split())
    + ")"
)


_ORDINALS: Final = {"1": "st", "2": "nd", "3": "rd"}


def _real_unit(core: str) -> bool:
    """Not a misspelled ordinal: "3rd" and "2nd" are numbers, "3nd" is leet for "end"."""
    unit = core.lstrip("0123456789")
    if unit not in {"st", "nd", "rd", "th"}:
        return True
    number = core[: -len(unit)]
    teen = len(number) > 1 and number[-2] == "1"
    return unit == ("th" if teen else _ORDINALS.get(number[-1], "th"))


def _deleet_word(word: str) -> str:
    core = word.strip("([{\"'").rstrip(".,!?;:)]}\"'")
    if not core or not any(ch.isalpha() for ch in core):
        return word
    if _UNIT_RE.fullmatch(core) and _real_unit(core):
        unit = core.lstrip("0123456789")
        # "30pills" reads as "30 pills", so rules about amounts and spans see both words.
        return word.replace(unit, " " + unit, 1) if unit in _COUNTED else word
    # "ki11" is "kill": a doubled 1 after a letter is nearly always "ll".
    return word.replace(core, core.replace("11", "ll").translate(_LEET), 1)


def _deleet(text: str, first: int, last: int) -> str:
    """Undo leetspeak in each whitespace-separated word that mixes letters and symbols.

    ``first`` and ``last`` are where the first and last digit or symbol are.
    Words it repairs come back lowercase, the rest as they were; ``text``
    itself when there is nothing to repair.
    """
    parts: list[str] = []
    done = 0
    end = len(text)
    for seed in _LEET_SEED_RE.finditer(text, first, last + 1):
        lo, hi = seed.span()
        if lo < done or not (
            (lo > 0 and text[lo - 1].isalpha()) or (hi < end and text[hi].isalpha())
        ):
            continue  # a number or punctuation on its own
        lo = max(text.rfind(" ", 0, lo), text.rfind("\n", 0, lo)) + 1
        ends = [at for at in (text.find(" ", hi), text.find("\n", hi)) if at >= 0]
        hi = min(ends, default=end)
        parts += (text[done:lo], _deleet_word(text[lo:hi].lower()))
        done = hi
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


# Stretched letters. Runs of three or more are cut to one letter unless the
# word is one of these, where a double letter is real. The gate in
# fold_words looks only for the letters people stretch most ("diiie",
# "noooo", "killlll", "pleeease"), spelled out because a loop costs twice
# as much; "kmsss" and "yesss" are not worth a check on every message.
_DOUBLE_WORDS_TEXT: Final = (
    "kill kills killed killing sleep sleeping asleep pill pills will still all feel feeling "
    "need needed bleed bleeding cutting too soon good goodbye off free better wanna gonna "
    "gotta tell well sorry really see seen bloody cannot"
)
_DOUBLE_WORDS: Final = frozenset(_DOUBLE_WORDS_TEXT.split())
_RUN_RE = re.compile(r"([a-z])\1{2,}")
_FINAL_RUN_RE = re.compile(r"([a-z])\1{2,}$")


def _unstretch(word: str) -> str:
    if not _RUN_RE.search(word):
        return word
    doubled = _RUN_RE.sub(r"\1\1", word)
    if doubled in _DOUBLE_WORDS:
        return doubled
    # "goooodbyeeee": inner runs keep a double, the final run keeps one.
    mixed = _RUN_RE.sub(r"\1\1", _FINAL_RUN_RE.sub(r"\1", word))
    if mixed in _DOUBLE_WORDS:
        return mixed
    return _RUN_RE.sub(r"\1", word)


# Repairs that need a look at the word set first.
# Contractions split by an upstream tokenizer ("i m", "don t"). Spaced letters
# are joined first, except "i m a" / "i d a", so "i m a burden" becomes "im a
# burden", not "ima burden", while "s u i c i d e" stays one word.
_CONTRACTION_BITS: Final = frozenset({"m", "t", "ve", "ll", "d", "s", "re"})
_CONTRACTIBLE_TEXT: Final = (
    "i don can won didn doesn isn wasn aren couldn wouldn shouldn haven hasn ain it that "
    "there he she you we they"
)
_CONTRACTIBLE: Final = frozenset(_CONTRACTIBLE_TEXT.split())
# Letters spaced or dotted apart: "k i l l", "s . u . i . c . i . d . e".
# " [a-z](?: (?:[.,] )?[a-z]){2,}(?= )" with the first two repeats written
# out: the same matches, but a search that fails at most spaces sets up no
# repeat there, which halves its cost.
_SPACED_RE = re.compile(r" [a-z] (?:[.,] )?[a-z] (?:[.,] )?[a-z](?: (?:[.,] )?[a-z])*(?= )")
_LONE_LETTERS: Final = frozenset("bcdefghjklmnopqrstuvwxyz")


def _join_contractions(text: str, bits: frozenset[str]) -> str:
    for bit in bits:
        key = f" {bit} "
        at = text.find(key)
        while at >= 0:
            start = text.rfind(" ", 0, at) + 1
            if text[start:at] in _CONTRACTIBLE:
                text = text[:at] + text[at + 1 :]  # drop the space: "i m" is "im"
            at = text.find(key, at + 1)
    return text


def _join(match: re.Match[str]) -> str:
    word = match.group().replace(" ", "").replace(".", "").replace(",", "")
    if len(word) == 3 and word[0] == "i" and word[1] in "md":
        return match.group()  # "i m a burden" is a split contraction, joined later
    return " " + _WORD_FIXES.get(word, word)


def _join_split(match: re.Match[str]) -> str:
    word = _WORD_FIXES.get(match[1] + match[2], match[1] + match[2])
    return f" {word}" if word in {"suicide", "suicidal"} else match.group()


def _suicide_typos() -> dict[str, str]:
    """Misspellings of suicide/suicidal: "sucide", "suiside", "suicdal", "sicide", ..."""
    typos: dict[str, str] = {}
    for first, mid, i, d, end in itertools.product(
        ("ui", "u", "iu", "ue", "i", "uu"),
        ("c", "s", "ss", "cc", "z", "x", "sc"),
        ("i", ""),
        ("d", "dd"),
        ("e", "es", "al", "ial", "el", "le", "ality"),
    ):
        typos[f"s{first}{mid}{i}{d}{end}"] = (
            "suicidal" if end in {"al", "ial", "el", "ality"} else "suicide"
        )
    return typos


# Words glued together, as in hashtags: "#killmyself", "#selfharm".
_GLUED_VERBS: Final = (
    "kill killing hurt hurting cut cutting harm harming hang hanging end ending off unalive "
    "shoot drown burn stab poison starve delete"
)
_GLUED_IBERIAN: Final = (
    "quiero morir|quiero morirme|quiero matarme|quiero suicidarme|me quiero morir"
    "|me quiero matar|voy a matarme|me voy a matar|me voy a suicidar|quero morrer"
    "|eu quero morrer|quero me matar|eu quero me matar|vou me matar|eu vou me matar"
    "|quero me suicidar|vou me suicidar"
)
_GLUED: Final[dict[str, str]] = {
    **{f"{verb}myself": f"{verb} myself" for verb in _GLUED_VERBS.split()},
    **{"self" + tail: "self " + tail for tail in ("harm", "harming", "harmed", "harms")},
    "wanttodie": "want to die",
    "iwanttodie": "i want to die",
    "wannadie": "wanna die",
    "iwannadie": "i wanna die",
    "endmylife": "end my life",
    # Spaced letters of a whole phrase join into one word: "g o i n g t o d i e".
    "goingtodie": "going to die",
    "imgoingtodie": "im going to die",
    "gonnadie": "gonna die",
    "goingtokillmyself": "going to kill myself",
    "wanttokillmyself": "want to kill myself",
    "iwanttokillmyself": "i want to kill myself",
    # Spaced letters after "I" join with it: "I w a n t" is "iwant".
    "iwant": "i want",
    "iwanna": "i wanna",
    # The same in Spanish and Portuguese: "q u i e r o m a t a r m e".
    **{phrase.replace(" ", ""): phrase for phrase in _GLUED_IBERIAN.split("|")},
}
# Misspellings of "myself" with the letters swapped or one dropped.
_MYSELF_TYPOS: Final = "myeslf myslef mysefl myslf mysel myselfe mysself myseld myselff"
# Swearing as an intensifier: dropped. "bloody" stays, it can describe a wound.
_INTENSIFIERS_TEXT: Final = (
    "fucking fuckin fking fkin fkn fcking freaking freakin frickin friggin effing goddamn goddamned"
)
_INTENSIFIERS: Final = frozenset(_INTENSIFIERS_TEXT.split())
_WORD_FIXES: Final[dict[str, str]] = {
    **_suicide_typos(),
    **_GLUED,
    **dict.fromkeys(_MYSELF_TYPOS.split(), "myself"),
    # Swapped or slipped letters in the words the rules lean on most.
    **dict.fromkeys(("wnat", "watn", "wnt"), "want"),
    **dict.fromkeys(("wnana", "wanan", "wnna", "wnaa"), "wanna"),
    **dict.fromkeys(("kilk", "kllll", "kiil", "klil"), "kill"),
    "abt": "about",
    # The g dropped ("thinkin aboot endin it"), and Scots and Irish spellings of the
    # words the act rules lean on: "toppin masel", "end maself".
    "endin": "ending",
    "takin": "taking",
    "toppin": "topping",
    "doin": "doing",
    "checkin": "checking",
    "hurtin": "hurting",
    "cuttin": "cutting",
    "havin": "having",
    "usin": "using",
    "thinkin": "thinking",
    "plannin": "planning",
    "drivin": "driving",
    "waitin": "waiting",
    "holdin": "holding",
    "savin": "saving",
    "fixin": "fixing",
    "aboot": "about",
    **dict.fromkeys(("masel", "maself", "masell", "mahself", "mesel"), "myself"),
    "kll": "kill",
    # French elisions typed without the apostrophe: "jveux plus vivre", "jsuis".
    "jveux": "je veux",
    "jvais": "je vais",
    "jpeux": "je peux",
    "jsuis": "je suis",
    "chui": "je suis",
    "chuis": "je suis",
    "jme": "je me",
    "hve": "have",
    # Texted times and a stretched "kms": "cut again 2nite", "kmsss".
    **dict.fromkeys(("2nite", "2night"), "tonight"),
    **dict.fromkeys(("2moro", "2morrow", "2mrw"), "tomorrow"),
    **dict.fromkeys(("kmss", "kmsss", "kmssss"), "kms"),
    # "kms" made a verb: "kmsing tonight" is "killing myself tonight".
    **dict.fromkeys(("kmsing", "kmsin", "kmsng"), "killing myself"),
}
_WORD_FIXES.pop("suicide")
_WORD_FIXES.pop("suicidal")
# A frozenset, not the dict: isdisjoint() iterates a dict argument in full.
_FIXED_WORDS: Final = frozenset(_WORD_FIXES)
_RETOKENED: Final = _FIXED_WORDS | _INTENSIFIERS  # words _repair rewrites token by token
# "suicide" broken once by a space ("sui cide", "suic idal"): the first piece, which is
# rare alone, gates the repair; the pieces join when they make the word or a typo of it.
_SPLIT_HEADS: Final = frozenset({"su", "sui", "suic", "suici", "suicid", "suc"})
_SPLIT_RE: Final = re.compile(r" (su|sui|suic|suici|suicid|suc) ([a-z]{1,6})(?= )")
_REPAIR_WORDS: Final = (
    _RETOKENED | _CONTRACTION_BITS | _LONE_LETTERS | _SPLIT_HEADS | {"bye", "byes"}
)
# Texting and typos around the words the rules lean on: "1m going 2 end it" (a digit
# for a word, only where a number cannot stand), "want too die", "i want to dye."
# (not "want to dye my hair").
_TEXTED_RE: Final = re.compile(
    r"(?<= )(?:(1m)(?= (?:going|gonna|done|so|not|ready|tired|sorry|just|about|really|never) )"
    r"|(?:going|want|wanted|wanna|need|needed|plan|planning|ready|trying|decided) (2)"
    r"(?= (?!(?:pills|tabs|tablets|days|weeks|hours|minutes|more|of|times|people|things) )"
    r"[a-z]+ )"
    r"|(?:want|wanted|going|need|ready|deserve) (too)(?= (?:die|live|end|kill|hurt|cut|disappear"
    r"|exist|be alive) )"
    r"|(?:want to|wanna|going to|gonna|wanted to|just) (dye)(?= $| \. )"
    r"(?!(?: [^ ]+){0,8} (?:hair|beard|roots|fringe|bangs|brows|eyebrows|tips|clothes|shirt) ))"
    # "done w/ life": the slash dropped leaves "w" for "with".
    r"|(?:done|finished|over it|fed up|sick|bored|through) (w)(?= (?:life|living|everything"
    r"|it all|this life|this world|existing|being alive) )"
)
_TEXTED: Final = {"1m": "im", "2": "to", "too": "to", "dye": "die", "w": "with"}
# "2" and "too" are common: the words they must stand beside come first, as a set check.
_BEFORE_TEXTED_2: Final = frozenset(
    {"going", "want", "wanted", "wanna", "need", "needed", "plan", "planning", "ready"}
    | {"trying", "decided"}
)
_AFTER_TOO: Final = frozenset(
    {"die", "live", "end", "kill", "hurt", "cut", "disappear", "exist", "alive"}
)


def _texted(words: frozenset[str]) -> bool:
    """Whether a word may be texted for another here (see ``_TEXTED_RE``)."""
    return (
        "1m" in words
        or "dye" in words
        or ("2" in words and not words.isdisjoint(_BEFORE_TEXTED_2))
        or ("too" in words and not words.isdisjoint(_AFTER_TOO))
    )


def _untext(match: re.Match[str]) -> str:
    word = next(g for g in match.groups() if g)
    whole = match.group()
    return whole[: -len(word)] + _TEXTED[word]


# Spelled-out negations and "i am" fold to their contractions, so rules
# need one form: "I do not want to live" reads as "i dont want to live".
_NOT_WORDS: Final = "do does did could would should is are was were have has"
_NOT_FORMS: Final[dict[str, str]] = {word: word + "nt" for word in _NOT_WORDS.split()} | {
    "can": "cant",
    "will": "wont",
}

# Right-to-left override: the stored letters are the shown ones reversed.
_RLO_RE = re.compile("\u202e([^\u202c\n]*)")

# UTF-8 punctuation read back as Latin-1 or Windows-1252 ("donâ\x80\x99t", "donâ€™t" for
# "don’t"): the three bytes of U+2000 to U+203F shown as three characters. Left alone,
# "â" folds to "a" and the rest vanishes, so "don’t" would read as "donat", "I’m" as "iam".
_MOJIBAKE_RE = re.compile("\u00e2[\u0080\u20ac][\u0080-\u00bf\u0152-\u2122]")


def _one_byte(char: str) -> bytes:
    try:
        return char.encode("cp1252")
    except UnicodeEncodeError:  # the C1 controls Windows-1252 leaves undefined
        return char.encode("latin-1")


def _unmojibake(match: re.Match[str]) -> str:
    try:
        return b"".join(_one_byte(c) for c in match.group()).decode("utf-8")
    except UnicodeError:
        return match.group()


def _fold_unicode(text: str) -> str:
    if "\u202e" in text:
        text = _RLO_RE.sub(lambda m: m.group(1)[::-1], text)
    if "\u00e2" in text:
        text = _MOJIBAKE_RE.sub(_unmojibake, text)
    text = unicodedata.normalize("NFKD", text)
    for old, new in _QUICK_REPLACE:
        text = text.replace(old, new)
    if text.isascii():  # curly quotes were the only thing: the common case
        return text
    text = _STRIP_RE.sub("", text)
    if text.isascii():
        return text
    text = _MAPPED_RE.sub(lambda m: _MAPPED[m.group()], text.lower())
    return _NON_ASCII_RE.sub(" ", text)


def _contract(text: str) -> str:
    """Fold "do not" to "dont" and the like (see _CONTRACTED)."""
    if " i am " in text:
        text = text.replace(" i am ", " im ")
    if " cannot " in text:
        text = text.replace(" cannot ", " cant ")
    at = text.find(" not ")
    while at >= 0:
        start = text.rfind(" ", 0, at) + 1
        short = _NOT_FORMS.get(text[start:at])
        if short is not None:
            text = text[:start] + short + text[at + 4 :]
            at = start
        at = text.find(" not ", at + 1)
    return text


# Words after which a lone "b" is "be": "i dont wanna b alive".
_BEFORE_TEXTED_BE: Final = frozenset(
    [
        "wanna",
        "to",
        "gonna",
        "not",
        "never",
        "cant",
        "shouldnt",
        "wont",
        "will",
        "should",
        "rather",
        "just",
        "even",
    ]
)


def _texted_be(text: str) -> str:
    """ "wanna b alive" is "wanna be alive"; found with str.find, as most "b"s are not."""
    at = text.find(" b ")
    while at >= 0:
        if text[text.rfind(" ", 0, at) + 1 : at] in _BEFORE_TEXTED_BE:
            text = text[: at + 2] + "e" + text[at + 2 :]
        at = text.find(" b ", at + 2)
    return text


def _repair(text: str, words: frozenset[str]) -> str:
    """The rare repairs on folded text; only called when the word set shows one may be needed."""
    if not words.isdisjoint(_RETOKENED):  # one pass: drop intensifiers, fix words
        tokens = [_WORD_FIXES.get(t, t) for t in text.split() if t not in _INTENSIFIERS]
        text = " " + " ".join(tokens) + " "  # a fix may be two words: "kill myself"
    if len(words & _LONE_LETTERS) >= 2:
        text = _SPACED_RE.sub(_join, text)
    if not words.isdisjoint(_SPLIT_HEADS):
        text = _SPLIT_RE.sub(_join_split, text)
    bits = words & _CONTRACTION_BITS
    if bits:
        text = _join_contractions(text, bits)
    if "b" in words:  # texting: "i dont wanna b alive"
        text = _texted_be(text)
    if " n e " in text:  # "n e more", "n e longer"
        text = text.replace(" n e more ", " anymore ").replace(" n e longer ", " any longer ")
    if not words.isdisjoint(_TEXTED):  # the words beside may be fixed just above: "wnt 2"
        text = _TEXTED_RE.sub(_untext, text)
    if " good bye" in text:  # "good bye", "good byes"
        text = text.replace(" good bye", " goodbye")
    return text


# Words dotted together with no space, "i.want.to.end.it": three or more, so "e.g." and
# "a.m." stay sentence marks. The search starts with a literal dot, which the regex
# engine finds fast; only a hit pays for the substitution.
_DOTTED_RE = re.compile(r"\.[a-z]{1,20}\.[a-z]")
_DOTTED_WORDS_RE = re.compile(r"[a-z]+(?:\.[a-z]+){2,}")
# A two-letter word dotted among longer ones ("w.a.n.t t.o d.i.e"); not "e.g." or "a.m.",
# which a dot ends.
_DOTTED_PAIR_RE = re.compile(r"(?<= )([a-z])\.([a-z])(?= )")


# A capital I typed for an l inside a lowercase word, which looks the same in many
# fonts: "kiII myseIf". Only after a lowercase letter, so "I", "If" and "IM" stay.
_CAPITAL_I_RE = re.compile(r"(?<=[a-z])I+")


def _capital_i(match: re.Match[str]) -> str:
    return "l" * len(match.group())


# One word to a sentence, stamped out for weight: "want. to. die.", "i. want. to. die".
# Only when a run of three or more holds a short function word ("to", "my") inside it,
# so "Fine. Thanks. Bye." and "... stop me. so. goodbye." stay sentences.
_STACCATO_RE = re.compile(r"(?<![a-z.])[a-z]+(?:\. [a-z]+){2,}(?=\.|\s|$)")
# Led by a literal dot, which the regex engine finds fast: most messages pay only that.
_STACCATO_HINT_RE = re.compile(r"\. [a-z]{1,12}\. [a-z]")
_STACCATO_GLUE: Final = frozenset({"to", "i", "my", "me", "myself", "a", "the", "it", "and"})


def _unstaccato(match: re.Match[str]) -> str:
    words = match.group().split(". ")
    if _STACCATO_GLUE.isdisjoint(words[1:-1]):  # inside the run: "me. so. goodbye." stays
        return match.group()
    return " ".join(words)


# Spaced letters with wider gaps between the words: "e n d i n g  i t  t o n i g h t".
# Read before spaces collapse, when the gaps still show where each word ends.
_SPACED_WORDS_RE = re.compile(r"(?<= )[a-z](?: [a-z])*(?:  +[a-z](?: [a-z])*)+(?= )")
_GAP_RE = re.compile(r"  +")


def _wide_gap_between_letters(text: str) -> bool:
    """Whether two or more spaces stand between two lone letters ("g  i" in
    "e n d i n g  i t"). Punctuation dropped from ordinary text leaves wide
    gaps too ("day 1: I"), so this cheap look spares them the regex."""
    at = text.find("  ")
    while at >= 0:
        end = at + 2
        while text[end : end + 1] == " ":
            end += 1
        if (
            at >= 2
            and text[at - 2] == " "
            and text[at - 1].isalpha()
            and text[end : end + 1].isalpha()
            and text[end + 1 : end + 2] == " "
        ):
            return True
        at = text.find("  ", end)
    return False


def _join_words(match: re.Match[str]) -> str:
    words = [w.replace(" ", "") for w in _GAP_RE.split(match.group())]
    if max(len(w) for w in words) < 3:
        return match.group()  # "a  b  c": letters listed, not words spaced out
    return " ".join(words)


def _undot(match: re.Match[str]) -> str:
    word = match.group()
    if len(word) == 2 * word.count(".") + 1:  # "d.o.n.e": one word's letters, kept as one
        return word.replace(".", "")
    return word.replace(".", " ")


def fold_words(text: str) -> tuple[str, frozenset[str]]:
    """:func:`fold`, and the set of its words.

    The screener needs both, and the words are at hand as tokens here: a
    frozenset of them costs less than picking out the few a caller wants,
    which callers do by intersecting.
    """
    if not text.isascii():
        text = _fold_unicode(text)
    # ASCII by now (see _fold_unicode), so the bytes round trips lose nothing.
    raw = text.encode("ascii")
    marks = raw.translate(_REPAIR_MARKS)
    if marks.find(b"aI") >= 0:  # "kiII myseIf": a capital I after a lowercase letter
        text = _CAPITAL_I_RE.sub(_capital_i, text)
        raw = text.encode("ascii")
    last = marks.rfind(b"#")
    if last >= 0:
        repaired = _deleet(text, marks.find(b"#"), last)
        if repaired is not text:
            raw = repaired.encode("ascii")
    text = " " + raw.translate(_ASCII_TABLE, _ASCII_DROP).decode("ascii") + " "
    if "  " in text and _wide_gap_between_letters(text):  # "j e   v e u x"
        text = _SPACED_WORDS_RE.sub(_join_words, text)
    if "not " in text or " i am " in text:  # "not " also finds " cannot "
        text = _contract(text)
    if _DOTTED_RE.search(text) is not None:  # "i.want.to.end.it": words, not sentences
        text = _DOTTED_PAIR_RE.sub(r"\1\2", _DOTTED_WORDS_RE.sub(_undot, text))
    if _STACCATO_HINT_RE.search(text) is not None:  # "want. to. die."
        text = _STACCATO_RE.sub(_unstaccato, text)
    # str.replace scans once whether or not it replaces: no need to look first.
    text = text.replace(".", " . ").replace(",", " , ")
    tokens = text.split()
    if (
        "iii" in text
        or "eee" in text
        or "ooo" in text
        or "lll" in text
        or "aaa" in text
        or "uuu" in text
        or "rrr" in text  # "morrerrrr", "morirrrr"
    ):
        tokens = [_unstretch(t) for t in tokens]
    words = frozenset(tokens)
    folded = " " + " ".join(tokens) + " "
    if words.isdisjoint(_REPAIR_WORDS) and not _texted(words):
        return folded, words
    repaired = _repair(folded, words)
    if repaired != folded:  # most often nothing changes: a stray letter, a lone "t"
        tokens = repaired.split()
        folded = " " + " ".join(tokens) + " "
        words = frozenset(tokens)
    return folded, words


def fold(text: str) -> str:
    """The folded form of ``text`` (see the module docstring for the contract)."""
    return fold_words(text)[0]
