"""Word lists and pattern fragments shared by the rule tables.

Everything here is folded-text vocabulary (see :mod:`bot.risk.normalize`):
lowercase ASCII, no apostrophes. Pure data; no behaviour.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ADV",
    "CALLING",
    "CALLS",
    "ADV_BACK",
    "ANY_SELF",
    "DRUGS",
    "GUNS",
    "FIRST_PERSON",
    "GENERIC_PERSON",
    "INTENT",
    "JOKE_TOKENS",
    "MEDIA_TOKENS",
    "PETS",
    "NOT_LEAVING_LIFE",
    "PILLS",
    "PILL_NEEDS",
    "PILL_WORDS",
    "OVERDOSE_AMOUNT",
    "QUANTITY",
    "SECOND_PERSON",
    "METHOD_EMOJI",
    "SELF",
    "SOCIAL_TOKENS",
    "THAN_LIVING",
    "THIRD_PERSON",
    "THOUGHT",
    "THOUGHT_GOES_ON",
    "IBERIAN_PILLS",
    "IBERIAN_PILL_NEEDS",
    "TIMELINE_WORDS",
    "VOCATIVES",
    "WANT",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "myself" and the short forms folding leaves as they are (most misspellings
# are folded to "myself", see normalize); ANY_SELF adds other people's.
SELF: Final = r"(?:my ?self|my own ?self|mysef|mself|meself|miself)"
ANY_SELF: Final = (
    r"(?:my ?self|my own ?self|mysef|mself|meself|miself|him ?self|her ?self|them ?sel(?:f|ves)"
    r"|your ?self|ur ?self|your ?selves|one ?self|our ?selves)"
)

# Filler words that may sit between a frame and the act ("I just really want to").
# Swearing is not among them: folding drops it (see normalize).
_FILLERS = (
    "just|really|rly|honestly|seriously|actually|literally|kinda|kind of|sort of"
    "|so|truly|genuinely|still|sometimes|often|always|even|badly|desperately"
    "|simply|finally|totally|deeply|probably|definitely|lowkey|legit|rn|already|also|quietly"
    "|secretly|go|like|completely|slowly"
)
ADV: Final = f"(?:(?:{_FILLERS}) )*"
# The same fillers as they sit at the end of a ``back`` frame (" just really").
ADV_BACK: Final = f"(?: (?:{_FILLERS}))*"

# After "leave this world", words that make it something else: "a better
# place", "of academia", "with a smile on my face", "behind for a week" (but
# "ready to leave this world behind." is about dying).
NOT_LEAVING_LIFE: Final = r"(?! (?:a|better|of|in|with)(?= )| behind (?:for|and|to|on)(?= ))"

# Guns, as rule leads.
GUNS: Final = "gun|pistol|shotgun|rifle|revolver|handgun"

# What "I'd rather be dead than ..." weighs death against when it means living
# ("than feel like this", "than go on"), not a chore ("than go to that party").
# The verb may come after "keep", "have to" or "go on": "than keep feeling this".
THAN_LIVING: Final = (
    r" than (?:(?:keep|keep on|have to|continue to|go on|carry on|be forced to|to) )?"
    r"(?:feel|feeling|live|living|be alive|being alive|stay alive|go on|going on|exist|existing"
    r"|keep going|keep living|be here|being here|wake up|waking up|suffer|suffering|hurt|hurting"
    r"|this|continue|spend another|spend my life|spend the rest|be me|being me|go through this"
    r"|going through this|deal with this|dealing with this|face another|endure|enduring)(?= )"
)

# Desire frames ("I want to", "I need to", "I'm ready to"), as rule leads.
WANT: Final = (
    "want|wanna|wants|wanting|need|needs|gotta|would like|id like|ready"
    "|tempted|desperate|longing|urge|urges|feel like i want|feel like i need"
    "|feel like i wanna|wish to"
)

# Intent frames ("I'm going to", "I'll", "I've decided to"), as rule leads.
INTENT: Final = (
    "going to|gonna|gon|goin to|about to|bout to|abt to|finna|fixing to|planning to"
    "|planning on|plan to|plan on|decided to|determined to|will|ill|ima|imma|intend to"
    "|intending to|tryna"
)

# Thinking frames ("I keep thinking about", "thoughts of"), as rule leads.
THOUGHT: Final = (
    "thinking|thought|thoughts|think|thinkin|considering|considered|contemplating"
    "|contemplated|contemplate|consider|obsessing|obsessed|fantasizing|fantasising|fantasize"
    "|romanticizing|romanticising|romanticize"
    "|fantasise|talking|talks|talked|dreaming|dream|picturing|imagining"
)

# A thought carried into a fragment of its own, as a ``back`` frame: "I keep thinking
# about the bridge. About going over the railing."
THOUGHT_GOES_ON: Final = (
    r"(?:thinking|think|thought|thinkin|picturing|picture|imagining) (?:about|of)"
    r"(?: [^ .]+){1,8} \. about(?: just)?"
)

# Pills and medicines, as a pattern, as rule leads and as ``needs`` words.
PILLS: Final = (
    r"(?:pills|meds|medication|medications|tablets|sleeping pills|painkillers|pain killers"
    r"|antidepressants|insulin|tylenol|paracetamol|acetaminophen|ibuprofen|advil|xanax"
    r"|benadryl|oxy|\w+ pills)"
)
PILL_WORDS: Final = (
    "pills|meds|medication|medications|tablets|sleeping pills|painkillers|pain killers"
    "|antidepressants|insulin|tylenol|paracetamol|acetaminophen|ibuprofen|advil|xanax"
    "|benadryl|oxy"
)
PILL_NEEDS: Final = (
    "pills meds medication medications tablets painkillers killers antidepressants insulin "
    "tylenol paracetamol acetaminophen ibuprofen advil xanax benadryl oxy"
)
# How many: "all of my", "a bunch of", "40".
_AMOUNTS = (
    "all|all of|a bunch of|a lot of|too many|way too many|the whole|a whole|a handful of"
    "|twenty|thirty|forty|fifty|a hundred|so many|loads of|lots of|enough|a bottle of"
    "|bottles of|a box of|the rest of"
    # British and Australian: "swallowed a load of my pills", "a heap of tablets".
    "|a load of|a heap of|heaps of|a pile of|a fistful of|fistfuls of|a ton of|a shitload of"
)
QUANTITY: Final = rf"(?:{_AMOUNTS}|\d+)"
# How many pills make an overdose: not "2 pills for my headache", so numbers from 10.
OVERDOSE_AMOUNT: Final = (
    r"(?:(?:like|about|around|over|maybe|at least|almost|nearly) )?"
    rf"(?:{_AMOUNTS}|(?:a|the) whole bottle of|(?:an|the) entire bottle of|[1-9]\d+)"
)

# Drugs for "overdosed on ..."; anything else after "on" is a figure of speech.
DRUGS: Final = (
    f"(?:{PILLS}|drugs|heroin|fentanyl|aspirin|oxycodone|opioids|pills and \\w+|coke|cocaine"
    r"|meth|alcohol and pills|my \w+)"
)

# Whose words: the nearest of these before a statement decides. Scanning
# backwards, "my friend said she" finds "she" before "my".
FIRST_PERSON: Final = _words(
    "i im ive id ill me my myself mine ima imma ich je jai yo eu mich mir moi mim mi"
)
THIRD_PERSON: Final = _words(
    "he she they hes shes theyre theyd theyve hed him her hers them his their theirs friend "
    "friends bestie bff sister sis brother bro mom mum mother dad father son daughter wife husband "
    "partner boyfriend girlfriend bf gf cousin aunt uncle grandma grandpa grandmother "
    "grandfather roommate classmate coworker colleague kid kids child teen teenager "
    "student students classmates coworkers colleagues roommates cousins sisters brothers "
    "niece nephew fiance fiancee ex neighbor neighbour buddy mate amigo amiga ami "
    "amie freund freundin villain villains antagonist protagonist narrator bandmate bandmates "
    "teammate teammates flatmate flatmates housemate housemates workmate workmates squadmate "
    "bunkmate cellmate pal patient client tenant labmate labmates officemate officemates "
    "deskmate coursemate"
    # Spanish, French, German and Portuguese: kin, friends and a story's people, and the
    # pronouns no English word shares ("mi hermano quiere matarse", "er will sterben").
    " hermano hermana hermanito hermanita mama papa madre padre hijo hija novio novia esposo"
    " esposa marido amigos amigas prima primo abuela abuelo companero companera"
    " vecino vecina sobrino sobrina ella ellos ellas prota protagonista personaje"
    " frere soeur mere pere fils fille copain copine pote potes cousine tante oncle mari"
    " voisin voisine coloc il elle ils elles personnage heros"
    " bruder schwester mutter vater sohn tochter kumpel oma opa onkel kollege kollegin"
    " mitbewohner hauptfigur"
    # German "er"/"sie" ("er will nich mehr leben"); "sie" is also formal "you", which
    # takes "wollen", and English "er" is a filler a comma cuts off.
    " er sie"
    " irmao irma mae pai filho filha namorado namorada esposo vizinho vizinha ele ela eles"
    " elas personagem"
)
# Whom a message may open by addressing: "mom when you read this", "hermano cuando leas
# esto". Kin and friends, not pronouns ("she" is never called to).
VOCATIVES: Final = _words(
    "friend bestie bff sister sis brother bro mom mum mother dad father son daughter wife"
    " husband partner boyfriend girlfriend bf gf cousin aunt uncle grandma grandpa buddy mate"
    " amigo amiga hermano hermana hermanito hermanita mama papa madre padre hijo hija novio"
    " novia esposo esposa prima primo abuela abuelo frere soeur mere pere fils fille copain"
    " copine pote bruder schwester mutter vater sohn tochter kumpel oma opa irmao irma mae pai"
    " filho filha namorado namorada"
)
# Words of address in chat more than names for someone ("bro wanna die fr"): called,
# unless a verb of theirs follows ("bro wants to die", "sis is suicidal"; see reading).
CALLS: Final = _words("bro sis mate buddy bestie bff dude")
# What may come before the one addressed: "dear mom", "querida mama", "hey bro".
CALLING: Final = _words(
    "dear hey hi oh querido querida hola cher chere ma mon liebe lieber liebes hallo oi ola"
    " minha meu"
)
# Words that speak to someone: the second person in the five languages, and the verbs that
# carry it without a pronoun ("cuando leas esto", "quando leres isto").
SECOND_PERSON: Final = _words(
    "you u ya your ur yall tu te ti vos leas lees veas sepas toi vous liras lis du dich dir"
    " ihr euch liest voce vc leres"
)
GENERIC_PERSON: Final = _words(
    "you u ya yall youre ur yourself people someone somebody anyone anybody everyone "
    "everybody person character characters guy girl woman man boy folks users patients "
    "teens nobody noone victims"
)
# Animals, when one is the subject right before the statement: "my dog swallowed a
# whole bottle of pills" is a worried owner's, not an overdose.
PETS: Final = _words(
    "dog dogs doggo pup puppy cat cats kitten kitty pet bunny rabbit hamster parrot horse"
    " perro perrito gato gatito chien chat chiot hund katze cachorro gata"
)

# A joking frame: laughter, "jk", the skull and laughing emoji.
JOKE_TOKENS: Final = _words(
    "lol lolol lool lmao lmaoo lmfao rofl roflmao haha hahaha hahahaha ahah ahaha hehe "
    "hehehe jk jkjk jking xd xdd kmsl emojilaugh emojiskull jaja jajaja "
    "mdr mdrr mdrrr ptdr ptdrr lel lul kkk kkkk kkkkk kkkkkk kkkkkkk rsrs rsrsrs jsjs jsjsjs"
)

# Talk about a story, not about a person.
MEDIA_TOKENS: Final = _words(
    "show shows series episode episodes movie movies film films book books novel novels "
    "character characters season anime manga song songs lyrics lyric article articles "
    "documentary podcast scene plot protagonist villain story stories fanfic fic chapter "
    "comic comics netflix tv actor actress author poem video youtube fiction musical "
    "drama kdrama sitcom trailer"
)

# Words that make a short "tomorrow" message ordinary ("see you tomorrow").
SOCIAL_TOKENS: Final = _words(
    "see you u talk chat work school class meeting bed later dinner lunch breakfast party "
    "game match shift exam test appointment interview night morning weather thanks thank "
    "bye goodnight night"
)

# Time words for the bare-timeline cue ("tonight." after a hopeless message).
# Pills and medicines in Spanish and Portuguese, and the words that let their rules apply.
IBERIAN_PILLS: Final = (
    r"(?:pastillas|pildoras|medicamentos|medicinas|calmantes|somniferos|remedios|remedio"
    r"|comprimidos|pilulas|clonazepam|rivotril)"
)
IBERIAN_PILL_NEEDS: Final = (
    "pastillas pildoras medicamentos medicinas calmantes somniferos remedios remedio"
    " comprimidos pilulas clonazepam rivotril"
)

TIMELINE_WORDS: Final = _words(
    "tonight tonite 2nite 2night tomorrow tmrw tmr today now soon weekend noche manana soir nuit "
    "demain nacht abend morgen noite amanha hoje hoy heute"
)

METHOD_EMOJI: Final = _words(
    "emojiknife emojirazor emojipill emojirope emojigun emojiblood emojicoffin emojipin"
)
