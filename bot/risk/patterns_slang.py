"""English rules for suicide slang: kms, kys said about oneself, unalive,
sewer slide, an hero, self delete, rope, "commit die" and the like.

Framed slang ("I'm gonna kms", "thinking about sewer slide") is ``high``,
like the plain words; a bare slang noun ("an hero") is ``concern`` and
becomes ``high`` once concern has been shown. Slang is what a joking frame
("kms lol") most often caps at ``concern``; see :mod:`bot.risk.reading`.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import ADV, ANY_SELF, INTENT, SELF, WANT
from bot.risk.rules import Kind, Rule, alt, rule

__all__ = ["SLANG_RULES"]

CONCERN, HIGH = RiskLevel.CONCERN, RiskLevel.HIGH

_SLANG_ACT = alt(
    "kms",
    "unaliving",
    "unalive",
    "un alive",
    "self delete",
    "sewer slide",
    "sewerslide",
    "sewercide",
    "sewer cide",
    "sewer side",
    "an hero",
    "ctb",
    # "thinking about rope a lot lately.": how often, then nothing named.
    r"rope(?= (?:[.,]|$|lol|fr|tonight|today|now|ngl|emoji\w+)| (?:a lot|lately|again"
    r"|constantly|all the time|more and more|every day)(?: lately| recently)?(?= (?:[.,]|$)))",
    "toaster bath",
    # "gonna go play in traffic": an insult turned on oneself.
    "play in traffic",
    # Seppuku misheard as the puzzle: "want to sudoku myself", "gonna commit sudoku".
    r"sudoku(?= (?:myself|mself|meself|my self))",
    r"(?<=commit )(?:sudoku|seppuku)",
    r"(?<=committing )(?:sudoku|seppuku)",
)


# A played-up word taken back at once, the despair then told plainly.
_TAKEN_BACK = (
    r"(?!(?: [.,])?(?: no)?(?: but)?(?: (?:actually|fr|for real|seriously))?"
    r" (?:im not (?:okay|ok|fine|joking)|im actually not|i mean it|not joking)(?= ))"
)


def _played_up(
    name: str,
    lead: str,
    rest: str = "",
    *,
    needs: str = "",
    back: str = "",
    reasons: str = "slang joking",
    personal: bool = True,
) -> Rule:
    """Despair played up over something small ("kms 😭", "mid boss fight kms",
    "they announced the tour, i want to die"): ``concern``, and ``high`` once
    concern has been shown. An idiom, so it hides the words it holds."""
    return rule(
        name,
        lead,
        rest,
        needs=needs,
        back=back,
        kind=Kind.IDIOM,
        level=CONCERN,
        context_level=HIGH,
        reasons=reasons,
        jokable=True,
        personal=personal,
    )


# A word between a small thing and the despair played up over it, never a denial.
_WORD = r"(?: (?!(?:dont|didnt|not|never|no)(?: |$))[^ .]+)"

# ... nor a loss that is no mishap: "lost my phone and my job, kms" is not played up.
_SMALL_WORD = (
    r"(?: (?!(?:dont|didnt|not|never|no|job|jobs|house|home|apartment|everything|everyone"
    r"|hates|hate|died|dead|left|fired|kicked|life|family|friends|wife|husband|partner|kids"
    r"|custody|money|mind|ashamed|disappointed|disowned|hurt|hit|abused)(?: |$))[^ .]+)"
)

_SLANG: Final = [
    rule(
        "slang_framed",
        f"{WANT}|{INTENT}|should|might|could|just|time to|lets|thinking about|thinking of"
        "|considering|commit|committing",
        # "considering the sewer slide option", "wanna take a toaster bath"
        # "wanna go full sewer slide mode", "wanna kermit sewerslide" (commit, misspelled on
        # purpose), "thinking about becoming an unalive person".
        f" (?:to )?(?:(?:take|do|go|have|try|go full|kermit|commit|becoming|become) )?"
        f"(?:the |a |an )?{ADV}{_SLANG_ACT}"
        # Said of a thing: "gonna unalive my old tumblr", "self delete this account".
        r"(?! (?:my|this|that|the|our) (?:old |whole |entire |main |alt )?(?:account|accounts|acc"
        r"|tumblr|twitter|blog|channel|profile|posts|tweets|history|insta|instagram|tiktok|page"
        r"|server|save|saves|file|files|character|plants?|phone|laptop)(?= ))",
        needs="kms unalive unaliving alive sewer sewerslide sewercide hero ctb rope toaster delete"
        " sudoku seppuku traffic",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
    rule("kms", "kms|ctb", level=HIGH, reasons="ideation slang", jokable=True),
    _played_up(
        # "lost the ranked match AGAIN kms 😭😭", "spilled coffee on my shirt, kms fr 😩": the
        # crying face right after "kms" plays the despair up, as a laugh does.
        "kms_crying",
        "kms|ctb",
        r"(?: (?:fr|frfr|istg|ong|deadass|rn|ngl|lowkey|fml|omg))*(?: emojicry)+(?= )"
        # Not when the face is taken back: "kmsss 😭 no but actually im not okay".
        f"{_TAKEN_BACK}",
        needs="emojicry",
    ),
    _played_up(
        # "time to sewer slide 😭", "gonna unalive 😭😭" over a haircut or a cancelled show:
        # the crying face right after the slang word plays it up, as with "kms 😭". Not
        # "... myself 😭" or "... tonight 😭", which say more than the word.
        "slang_crying",
        "sewer slide|sewerslide|sewercide|sewer side|unalive|ctb|self delete|an hero",
        r"(?: (?:fr|frfr|istg|ong|rn|ngl|lowkey|fml|omg))*(?: emojicry)+(?= )",
        needs="emojicry",
        back=r"(?:time to|gonna|going to|im going to|im gonna|about to|finna|bout to|ima|imma"
        r"|might|lets|im finna|i will|ill|i wanna|wanna)(?: just| actually| literally)?",
    ),
    _played_up(
        # "game crashed before the boss. goodbye cruel world lol": the old farewell line with
        # a laugh after it is a groan, not a goodbye.
        "cruel_world_laughed",
        "goodbye cruel world|bye cruel world|farewell cruel world|goodbye world|bye bye world",
        r"(?: [.,])?(?: (?:lol|lmao|lmfao|haha|hahaha|xd|emojilaugh|emojiskull|emojicry))+(?= )",
        needs="lol lmao lmfao haha hahaha xd emojilaugh emojiskull emojicry",
        reasons="joking",
    ),
    _played_up(
        # "goodbye world it was nice knowing y'all 💀": the old line carried on to its end,
        # then the laugh.
        "cruel_world_nice_knowing",
        "goodbye cruel world|bye cruel world|farewell cruel world|goodbye world|bye bye world",
        r"(?: [.,])? (?:it was|its been|was) nice knowing (?:yall|you all|you guys|everyone|ya|u"
        r"|you)(?: [.,])?(?: (?:lol|lmao|lmfao|haha|hahaha|xd|emojilaugh|emojiskull|emojicry))+"
        r"(?= )",
        needs="lol lmao lmfao haha hahaha xd emojilaugh emojiskull emojicry",
        reasons="joking",
    ),
    _played_up(
        # "lost 3 hours of progress mid boss fight. someone put me out of my misery 😩": the
        # game's groan, as "kms" is below.
        "misery_game_lost",
        "put me out of my misery|put me out of this misery",
        needs="misery",
        back=r"(?:wifi|wi fi|internet|lag|lagged|boss fight|boss|ranked|respawn|progress"
        r"|save file|controller|speedrun|raid|matchmaking|teammates)(?: [^ .]+){0,6}"
        r"(?: [.,])?(?: someone| somebody| pls| please| just)?",
    ),
    _played_up(
        # A game or the connection lost, with no laugh: "the wifi cut out mid boss fight kms",
        # "lagged out of ranked again kms"; as with a laugh.
        "kms_game_lost",
        "kms",
        r"(?!(?: [.,])? (?:for real|fr|frfr|not joking|no joke|seriously|srsly|tonight"
        r"|for good)(?= ))",
        back=r"(?:wifi|wi fi|internet|router|lag|lagged|lagging|laggy|ping|server|servers"
        r"|boss fight|boss|ranked|respawn|respawned|controller|speedrun|raid|matchmaking"
        r"|teammates|loading screen|buffering"
        # A game changed under the player: "the new patch nerfed my main, guess ill just kms".
        r"|patch|nerfed|nerf|update|my main)(?: [^ .]+){0,6}",
    ),
    _played_up(
        # A small mishap or embarrassment, with or without a laugh: "mom posted my baby pics
        # on facebook, kms", "lost my phone AND my keys in one day kms fr 💀", "forgot my
        # lines in front of the class, time to sewer slide 😭". "fr" is emphasis only with a
        # laugh after it; "kms for real" or "... tonight" is no mishap.
        "slang_over_mishap",
        "kms|sewer slide|sewerslide|sewercide|unalive myself|unaliving myself|unalive",
        r"(?!(?: [.,])? (?:(?:for real|fr|frfr)(?! (?:emojiskull|emojilaugh|emojicry|lol|lmao"
        r"|lmfao|haha))|not joking|no joke|seriously|srsly|tonight|for good|now)(?= ))",
        needs="kms sewer sewerslide sewercide unalive unaliving",
        back=rf"(?:(?:baby|childhood|kid|old|embarrassing|ugly|school|yearbook|prom)(?: [^ .]+)?"
        r" (?:pics|photos|pictures|videos)"
        r"|forgot my (?:lines|speech|lyrics|password|homework)|in front of (?:the whole|everyone"
        r"|my crush|my whole|the entire)|(?:lost|dropped|forgot|cracked|broke) my (?:phone|keys"
        r"|wallet|airpods|earbuds|headphones|charger|id|lunch|screen)|locked myself out"
        r"|tripped|spilled|typo|autocorrect|replied all|reply all|wrong (?:chat|person|group)"
        r"|voice cracked|waved back|said you too|(?:my )?(?:mom|mum|dad) (?:posted|commented"
        r"|shared)"
        # A name or an order got wrong, a bus missed, a toe stubbed: "the barista spelled my
        # name 'Brick' again. kms."
        r"|(?:spelled|spelt|misspelled|misspelt|wrote|said) my name|got my (?:name|order) wrong"
        r"|wrong (?:order|coffee|drink)|missed (?:the|my) (?:bus|train|tram)|stubbed my toe"
        r"|(?:bad|botched|awful|terrible) haircut|(?:burnt|burned) my toast"
        # "the barber butchered my fringe, unaliving myself brb"
        r"|(?:butchered|ruined|wrecked|massacred|chopped off) my (?:fringe|hair|bangs|beard)"
        # A bake or a meal burnt: "burnt the sourdough AGAIN. kms".
        r"|(?:burnt|burned|ruined|dropped) (?:the|my|our) (?:sourdough|bread|loaf|toast|pasta"
        r"|rice|cookies|cake|pizza|pancakes|eggs|dinner|lunch|brownies|muffins|bagel))"
        rf"{_SMALL_WORD}{{0,9}}?(?: [.,])?(?: time to| gonna| going to| about to| lets)?",
    ),
    _played_up(
        # The small thing named after it: "brb unaliving myself over this haircut 😭",
        # "kms over this typo". Not "over this breakup" or "over my life": no small thing.
        "slang_over_small_thing",
        "kms|unaliving myself|unalive myself|unaliving|sewer slide|sewerslide",
        r" (?:over|because of|bc of|cuz of) (?:this|that|my|the|a|an) (?:\w+ )?(?:haircut|hair"
        r"|bangs|fringe|outfit|typo|toast|sourdough|latte|coffee|meme|tweet|spoiler|finale"
        r"|episode|cliffhanger|pimple|zit|sunburn|playlist|parking ticket|group chat|selfie"
        r"|autocorrect|lag|wifi|boss fight|ranked match|crossword|wordle)(?= )",
        needs="haircut hair bangs fringe outfit typo toast sourdough latte coffee meme tweet"
        " spoiler finale episode cliffhanger pimple zit sunburn playlist parking chat selfie"
        " autocorrect lag wifi boss ranked crossword wordle",
    ),
    rule(
        "commit_die",
        "commit",
        " (?:die|toaster bath|neck rope|not alive)",
        needs="die toaster rope alive",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
    rule(
        "slang_self",
        # The skull, gun and knife emoji stand in for the verb: "I want to 💀 myself".
        "unalive|un alive|unaliving|unalived|self delete|self deleting|rope|roping|neck|necking"
        "|emojiskull|emojigun|emojiknife",
        f" {ANY_SELF}",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
    rule(
        "delete_self",
        "delete|deleting",
        f" {SELF}(?! (?:from|off|on|out)(?= ))",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
    rule(
        "yeet_self",
        "yeet|yeeting",
        f" {ANY_SELF} (?:off|from|in front of) (?:a|the|my|this|that) (?:\\w+ )?(?:bridge|building"
        "|roof|cliff|balcony|train|overpass|ledge|tower|parking deck|parking garage|skyscraper)",
        level=HIGH,
        reasons="ideation slang method",
        jokable=True,
    ),
    rule(
        "kys_self",
        "kys",
        back=r"(?:i|im|ima|imma|ill|i will|i should|i wanna|i want to|i need to|i might|i could"
        r"|gonna|going to|should i|time to|about to|finna|bout to|lemme|let me|i just wanna"
        r"|i just want to)(?: just| finally| actually)?",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
    rule(
        # "sewer slide thoughts are back", "the unalive thing has been on my mind": the slang
        # word as the thought a person keeps having, not a word mentioned.
        "slang_thoughts",
        "sewer slide|sewerslide|sewercide|sewer cide|sewer side|unalive|unaliving|ctb"
        "|self delete|toaster bath",
        r"(?: (?:thoughts?|urges?|ideas?|feelings?)(?: (?:are|is|s|have been|keep|keeps))?"
        r"(?: (?:back|coming back|getting (?:louder|worse|bad)|so loud|loud|again|every day"
        r"|every night|constantly|all the time))?(?= )"
        r"| (?:thing|stuff|idea|thought) (?:has been|s been|is|keeps|kept)(?: (?:coming|popping))?"
        r"(?: back)? (?:on|in|into|up in) my (?:mind|head|brain))"
        # The word itself talked about: "the unalive thing ... why do creators censor words".
        r"(?!(?: [^ .]+){0,8} (?:meme|memes|word|words|trend|tiktok|censor|censored|censoring"
        r"|creators|algorithm|filter|account|accounts|acc|twitter|tweets|posts|insta|instagram"
        r"|tumblr|profile|reddit|blog)(?= ))",
        needs="thoughts thought urges urge ideas idea feelings feeling thing stuff",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
    rule(
        # The slang word said in earnest: "feeling very 'unalive me pls' today and i mean it".
        "slang_in_earnest",
        "sewer slide|sewerslide|sewercide|sewer side|unalive|unaliving|self delete|an hero|ctb"
        "|toaster bath",
        r"(?: [^ .]+){0,6}? (?:[.,] )?(?:and |but )?(?:i mean it|im not being funny"
        r"|not being funny|not even joking|im not joking|not joking|like seriously|no joke"
        r"|for real|not kidding)(?= )",
        needs="mean funny joking seriously joke real kidding",
        # Said of oneself, not of the word: "tiktok says unalive, for real" is about the app.
        back=r"(?:feeling|feel|im|i am|so|very|wanna|want to|gonna|thinking about|thinking of"
        r"|becoming|be)(?: (?:so|very|really|kinda|an|a))?",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
        timed=False,  # "today and i mean it" is how it feels today, no time for acting
    ),
    rule(
        "slang_noun",
        "kys|sewer slide|sewerslide|sewercide|sewer cide|sewer side|seweslide|sewage slide"
        "|an hero|toaster bath|unalive|ropemax|ropemaxx|ropemaxing|ropemaxxing",
        needs="kys sewer sewerslide sewercide seweslide sewage hero toaster unalive ropemax "
        "ropemaxx ropemaxing ropemaxxing",
        level=CONCERN,
        context_level=HIGH,
        reasons="slang",
        jokable=True,
    ),
]

# The skull emoji is a laugh unless the person says it is not: "i want to be 💀 for real,
# not the funny kind".
_SKULL_IN_EARNEST: Final = [
    rule(
        # A slang noun with a day for it: "sewerslide this weekend prob".
        "slang_at_time",
        "sewer slide|sewerslide|sewercide|sewer cide|sewer side|toaster bath|self delete|unalive"
        "|ctb|an hero",
        r" (?:tonight|this weekend|tomorrow|today|soon|this week|next week|on (?:monday|tuesday"
        r"|wednesday|thursday|friday|saturday|sunday)|after (?:this|tonight|today))(?= )",
        needs="tonight weekend tomorrow today soon week monday tuesday wednesday thursday friday"
        " saturday sunday after",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
    rule(
        "want_skull_earnest",
        "emojiskull",
        r"(?: [.,])? (?:and |but )?(?:for real|fr|frfr|no joke|not joking|im not joking"
        r"|seriously|literally|not (?:the )?(?:funny|joke|joking|meme|lol) (?:kind|way|one)"
        r"|not as a joke|like actually)"
        r"(?= )",
        needs="real fr frfr joke joking seriously literally funny meme actually",
        back=f"(?:{WANT}|{INTENT})(?: to)? be",
        level=HIGH,
        reasons="ideation slang",
    ),
]

# Sleep and naps that never end: "thinking about the big sleep again", "ready for the dirt nap".
_LAST_SLEEP: Final = [
    rule(
        "big_sleep",
        "big sleep|eternal sleep|dirt nap|permanent nap|permanent sleep|forever sleep"
        "|endless sleep|forever nap",
        # "I need a big sleep" is rest; the film and the novel are a story.
        r"(?<! a big sleep)(?!(?: (?!not)[^ ]+){0,3} (?:chandler|bogart|novel|noir|film|book"
        r"|movie|dvd|remake|screening)(?= ))",
        back=r"(?:thinking about|think about|thought about|thinking of|dreaming of|dreaming about"
        r"|longing for|craving|ready for|wish for|wishing for|want|wanna|welcome|waiting for"
        r"|time for|take|taking)(?: (?:the|an?|that|my))?",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
    rule(
        # "i just wanna be 6 feet under rn": the grave wished for. Not the show watched.
        "six_feet_under",
        "six feet under|6 feet under|6ft under|six foot under|6 foot under",
        r"(?= )",
        needs="under",
        back=r"(?:wanna be|want to be|wish i was|wish i were|rather be|id rather be|ready to be"
        r"|need to be|should be)(?: just)?",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
]

# The way out looked at with longing: "sewer slide is looking real good rn" (death alone
# is a passive wish: "death sounds really nice rn"); and the endless sleep made plain:
# "sleep forever. not like a nap". Not "suicide doors" or the nap wished for after exams.
_LONGED_FOR: Final = [
    rule(
        "slang_looks_good",
        "sewer slide|sewerslide|sewercide|sewer cide|sewer side|unaliving|self deleting"
        "|toaster bath|an hero|ctb|suicide",
        r"(?: (?:is|s|looks|sounds|seems|feels))?(?: (?:looking|sounding|seeming|feeling))?"
        r"(?: (?:real|so|really|pretty|kinda|kind of|more and more|very|lowkey|mad|hella))*"
        r" (?:good|nice|tempting|appealing|inviting|attractive|better and better|like the move"
        r"|like the answer|like an option)(?= )",
        needs="good nice tempting appealing inviting attractive better move answer option",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
        timed=False,  # "looking good rn" is how it looks now, not a time for acting
    ),
    rule(
        "sleep_forever_meant",
        "sleep forever|sleep for ever|sleep permanently|go to sleep forever|sleeping forever",
        r"(?: [.,])? (?:not (?:like )?(?:a |just a |the )?(?:nap|rest|lie in|night|sleep in)"
        r"(?: kind)?|i mean (?:it|forever|for good)|like (?:actually|literally|for real)"
        r" forever|for good"
        # "sleeping forever, the unalive kind"
        r"|the (?:unalive|dead|permanent|forever|suicide|not waking up) kind)(?= )",
        needs="nap rest lie night mean forever good kind",
        level=HIGH,
        reasons="ideation",
        jokable=True,
    ),
]

# Hyperbole over fandom news: "she didn't announce the album, i want to die 😭", "tour
# postponed AGAIN i wanna die". Concern, as a joke is, and high once concern has been shown;
# an idiom, so it hides the wish it holds. Not "... i want to die, for real".
_FANDOM_NEWS = (
    r"(?:album|albums|tour|concert|tickets|ticket|presale|comeback|setlist|merch|single"
    r"|music video|mv|episode|finale|season|trailer|sequel|release date|teaser|lineup|encore)"
)
_NEWS = (
    r"(?:announce|announced|announcing|drop|dropped|dropping|cancelled|canceled|postponed"
    r"|delayed|sold out|leaked|flopped|teased|confirmed|released|pushed back|got pushed"
    r"|is out|came out|comes out)"
)
_FANDOM: Final = [
    _played_up(
        "fandom_news_die",
        "want to die|wanna die|want to actually die|wanna actually die",
        r"(?!(?: [.,])?(?: [^ .]+){0,3} (?:for real|fr|frfr|not joking|no joke|seriously"
        r"|srsly|not lol|im serious)(?= ))",
        needs="die",
        back=rf"(?:{_FANDOM_NEWS}{_WORD}{{0,5}}? {_NEWS}|{_NEWS}{_WORD}{{0,4}}? {_FANDOM_NEWS})"
        rf"{_WORD}{{0,6}}?(?: [.,])?{_WORD}{{0,3}}?",
        reasons="ideation joking",
        personal=False,  # the news is whose it is; "didn't announce" denies nothing
    ),
]

# Said to oneself, or said with an emoji for the means.
_TO_ONESELF: Final = [
    rule(
        # "kys is what I tell myself in the mirror": the words turned on oneself, as the
        # voice's are (what_my_brain_says in patterns_acts).
        "what_i_tell_myself",
        "is what i tell myself|is what i say to myself|is what i keep telling myself"
        "|is what i whisper to myself|is what i tell me",
        back=r"(?:kys|kill yourself|kill urself|just die|go die|unalive yourself)",
        needs="tell say telling whisper",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
        personal=False,  # "yourself" is the speaker, told by the speaker
    ),
    rule(
        # "me and the 🔪 tonight": the emoji stands for the means, and the night is set.
        # Not "me and my 🔪 in the kitchen".
        "me_and_the_means",
        "me and the|me and my|me n the|me n my|me and this|me with the|me with my",
        r" (?:emojiknife|emojirazor|emojipill|emojirope|emojigun|emojiblood)"
        r"(?!(?: [^ .]+){0,6} (?:kitchen|cooking|cook|dinner|lunch|chopping|chop|onions?"
        r"|veggies|vegetables|recipe|meal|steak|bread|cake|garden|camping|range)(?= ))",
        needs="emojiknife emojirazor emojipill emojirope emojigun emojiblood",
        level=HIGH,
        reasons="ideation method",
    ),
    rule(
        # "ready to catch the bus tbh": ctb spelled out. Little alone (buses are caught),
        # slang beside "done with everything" or once concern has been shown.
        "catch_the_bus",
        "catch the bus|catching the bus",
        # Said as a confession ("tbh", "for good"), not a plain "gonna catch the bus."
        r"(?= (?:tbh|fr|frfr|ngl|honestly|for good|for real|soon|already|emoji\w+))",
        needs="bus",
        back=r"(?:ready to|want to|wanna|time to|gonna|going to|about to|finna|thinking about"
        r"|thinking of|might|should|i should|just|finally)",
        context_level=HIGH,
        reasons="slang",
    ),
]

# Slang kept in mind or heard inside: "sewerslide's been on my mind nonstop", "my brain
# keeps saying kys and I'm starting to listen to it".
_HEARD_INSIDE: Final = [
    rule(
        "slang_on_my_mind",
        "sewerslides|sewerslide|sewer slides|sewer slide|unaliving|kms",
        # Not "on my mind less since therapy": a thought fading.
        r" (?:has been|s been|been|is|always) on my mind(?! (?:less|a lot less|much less))(?= )",
        needs="mind",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
        timed=False,  # a thought that stays, not an act: "... nonstop now" sets no time
    ),
    rule(
        "brain_keeps_saying",
        "keeps saying|keeps telling me|keep saying|keeps whispering|keeps screaming"
        "|kept saying|kept telling me|keep telling me|kept whispering|kept screaming",
        # "kept saying just end it, kill yourself": one command may come first.
        r"(?: (?:just )?(?:end it|do it|die) ,)? (?:to |just )?(?:kys|kms|unalive|sewerslide"
        r"|sewer slide|die|kill myself|kill yourself)(?= )",
        needs="brain head mind thoughts voice voices",
        back=r"(?:my )?(?:brain|head|mind|intrusive thoughts|thoughts|voice|voices|inner voice)",
        level=HIGH,
        reasons="ideation slang",
        personal=False,
        timed=False,  # a voice heard: "... this weekend" dates the hearing, not an act
    ),
]

# Told to by others, then taken up: "chat told me to kys and honestly I've been thinking
# about doing it", "people keep saying kys. maybe I should listen". Not "... I'd never do it".
_TAKEN_UP: Final = [
    rule(
        "told_kys_taken_up",
        "kys|kill yourself|kill urself|kill ur self|unalive yourself|go die|end yourself",
        # No denial anywhere between: not "... and I'm not going to do it".
        r"(?: (?!(?:not|never|dont|wont|wouldnt|cant|didnt|nah|no|aint)(?= ))[^ .]+){0,4}?"
        r" (?:[.,] )?(?:and |but |so |tbh |honestly |ngl |lowkey |now |maybe |and maybe )*"
        r"(?:ive been |i been |im |i am |i keep |i |been )(?:thinking about|thinking of"
        r"|considering|tempted to|(?:might|should|could|wanna|want to|gonna|going to)"
        r"(?: actually| just| really)?) (?:doing it|do it|it|listening|listen|taking (?:their|the)"
        r" advice|doing what (?:they|he|she) (?:said|say))(?= )",
        needs="kys kill unalive go end",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
        personal=False,  # "yourself" is the speaker, told by others
        timed=False,  # a thought taken up: "... and now I'm thinking about it" sets no time
    ),
]

# The command named as the thought it is: "the thought came back, the 'kill yourself' one".
_NAMED_THOUGHT: Final = [
    rule(
        "kys_thought",
        "the kill yourself|the kys|the kill urself|the kill myself|the kms|the just die|the go die",
        r" (?:thought|thoughts|one|voice|voices|urge|urges|loop)(?= )",
        # A thought or voice heard, not a comment someone left ("the kys one got deleted").
        needs="thought thoughts voice voices urge urges",
        level=HIGH,
        reasons="ideation",
        personal=False,  # "yourself" is the speaker, told by the thought
        timed=False,  # a thought that returns: "... back tonight" sets no time for acting
    ),
]

SLANG_RULES: Final[list[Rule]] = [
    *_NAMED_THOUGHT,
    *_TAKEN_UP,
    *_SLANG,
    *_SKULL_IN_EARNEST,
    *_LAST_SLEEP,
    *_LONGED_FOR,
    *_FANDOM,
    *_TO_ONESELF,
    *_HEARD_INSIDE,
]
