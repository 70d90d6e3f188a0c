"""French and German crisis phrasings in regional and spoken forms.

The other intl modules read standard French and German; chat is written in
Réunion Creole ("mi la encore coupé"), joual and chiac ("à soir", "j'vois pu"),
Berlin ("ick will sterben"), Swiss German ("ich chume nöd zrugg"), Bavarian and
South Tyrolean ("i will mei Leba beenda"). Each family here takes a general way
of saying something and lists the standard form beside its regional ones: the
first person in dialect, ending one's life, "no way out but to die", a method
one cannot stop thinking about, self-harm again, a trip one will not come back
from, and farewells and means gathered, which stay cues (calm alone, a crisis
next to another sign or after concern). Folded text has no accents or
apostrophes ("z'gumpe" is ``zgumpe``).
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Kind, Rule, Tense, cue, leveled, rule

__all__ = ["INTL_REGIONAL_MARKERS", "INTL_REGIONAL_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT


def _words(pattern: str) -> str:
    """The ``needs`` words of a ``|``-separated list of phrases: each phrase's last word."""
    return " ".join(sorted({p.split()[-1] for p in pattern.split("|")}))


# Fillers between "ich will" and its verb: "ick will einfach nur sterben".
_DE_FILL = (
    r"(?: (?:einfach|eifach|eifach nume|nur|nume|noch|no|lei|bloss|echt|wirklich|halt|endlich"
    r"|jetzt|jetz|eh|so gerne))*"
)
_DE_DIE = (
    "sterben|sterbe|sterba|sterbn|stearbn|stirbe|tot sein|tot si|nimmer leben|nimmer lebn"
    "|nimma lebn|nimma leben|nid meh lebe|nod meh lebe|nume lebe|nich mehr leben"
    "|nich mehr lebn|nicht mehr leben|mi umbringa|mi umbringe|mi umbringen|mich umbringen"
)
# One's own life ended: "mein Leben beenden", "mei Leba beenda", "mis Lebe beände".
_DE_MY_LIFE = "mein leben|mei leben|mei leba|mei lebn|meen leben|mis lebe|mi lebe"
_DE_END_LIFE = "beenden|beenda|beende|beendn|beande|beandn"
# Killing oneself as the only way: "keinen anderen Weg als mich umzubringen".
_DE_AS_END = (
    "mich umzubringen|mi umzbringe|mi umzubringa|mich umzubringn|mir das leben zu nehmen"
    "|zu sterben|z sterbe|den tod|selbstmord|suizid|mich zu toten|mein leben zu beenden"
)
_FR_AS_END = (
    "mourir|me tuer|me suicider|la mort|le suicide|den finir|en finir|mettre fin a mes jours"
    "|mettre fin a ma vie"
)
# Means one keeps near: a rope in the shed, a father's hunting rifle.
_FR_MEANS = "fusil|carabine|arme|pistolet|flingue|revolver|corde"
_DE_MEANS = "seil|strick|pistole|waffe|gewehr|knarre|revolver"
_FR_PLACE = (
    "sous sol|garage|grenier|cabanon|chambre|tiroir|placard|armoire|chalet|cave|grange|remise"
)
_DE_PLACE = "datscha|keller|schuppen|dachboden|garage|schrank|schublade|laube|scheune|kammer"
# "Ich mach Schluss", "mach i Schluss": with oneself, intent; with everything, a cue (one
# quits a job that way too).
_DE_END_LEAD = (
    "ich mach schluss|ich mache schluss|ick mach schluss|i mach schluss|mach ich schluss"
    "|mache ich schluss|mach ick schluss|mach i schluss|ich machs schluss"
)
# Self-harm verbs in dialect: "g'ritzt", "gritzt".
_DE_CUT = "gritzt|geritzt|grizt|g ritzt"

_STATEMENTS: Final = [
    # "Ick will sterben", "i will nimmer leben", "ech will sterbe": the wish with the
    # dialect's "I". English "I will" never meets these German verbs.
    leveled(
        HIGH,
        "ideation",
        "de_dialect_want",
        "ick will|icke will|i will|ech will|isch will|i wott|ich wott|i wett|ich wett|i mecht"
        "|i mocht|ick mochte|i wui|ick wollte nur|i mog",
        rf"{_DE_FILL} (?:{_DE_DIE}|{_DE_MY_LIFE} {_DE_END_LIFE})(?= )",
        needs=_words(_DE_DIE) + " " + _words(_DE_END_LIFE),
        jokable=True,
    ),
    # "Ich will mein Leben beenden", "ich denke daran, mein Leben zu beenden".
    leveled(
        HIGH,
        "ideation",
        "de_end_my_life",
        _DE_MY_LIFE,
        rf"(?: (?:jetzt|endlich|einfach|eifach|bald))? (?:zu |z )?(?:{_DE_END_LIFE})(?= )",
        needs=_words(_DE_END_LIFE),
    ),
    # "Ich mach Schluss mit mir": ending oneself, said as a decision. Not a breakup ("mit
    # ihm"), nor "Schluss mit mir ... und meinem inneren Schweinehund".
    leveled(
        IMMINENT,
        "ideation intent",
        "de_end_me",
        _DE_END_LEAD,
        r" mit (?:mir|meinem leben|dem leben)(?= (?:[.,]|$|heute|morgen|jetzt|bald|endgultig"
        r"|emoji[a-z]+))(?!(?: [.,])* (?:und|u)(?= ))",
        needs="schluss",
    ),
    # "Ich seh keinen anderen Weg als mich umzubringen", "je vois pas d'autre solution que
    # de mourir": death as the only way left.
    leveled(
        HIGH,
        "ideation",
        "de_no_other_way",
        "keinen anderen weg|keenen anderen weg|kein anderen weg|keinen anderen ausweg"
        "|keine andere losung|keene andere losung|kei andere wag|kei anderi losig",
        rf" (?:mehr )?(?:als|ausser|wie) (?:{_DE_AS_END})(?= )",
        needs="weg ausweg losung wag losig",
    ),
    # Its own "pas" ("je vois pas d'autre solution") is no denial: not personal.
    rule(
        "fr_no_other_way",
        "dautre solution|dautre issue|dautre choix|dautre moyen|dautre sortie",
        rf" que (?:de )?(?:{_FR_AS_END})(?= )",
        needs="solution issue choix moyen sortie",
        level=HIGH,
        reasons="ideation",
        personal=False,
    ),
    # "Je pense seulement à mettre fin à mes jours", "je pense juste à en finir".
    leveled(
        HIGH,
        "ideation",
        "fr_thinking_only",
        "je pense|jpense|je pense juste|je pense seulement",
        r" (?:seulement|juste|que|qua|tout le temps|souvent|encore|toujours|sans arret|chaque jour)"
        r"(?: (?:seulement|juste|tout le temps|souvent|encore))? a (?:mettre fin a (?:mes jours"
        r"|ma vie)|en finir|me tuer|me suicider|mourir|la mort)(?= )",
        needs="fin finir tuer suicider mourir mort",
    ),
    # Swiss "ich dänk jede Tag dra, vor dr Zug z'gumpe", "mir öppis aaztue".
    leveled(
        HIGH,
        "ideation method",
        "de_swiss_thinking",
        "ich dank|i dank|dank ich|dank i|ich danke|i danke",
        r"(?: [^ .,]+){0,4}? (?:dra|dran|draa)(?: ,)? (?:mir oppis (?:aaztue|azetue|aatue|atue)"
        r"|mi umzbringe|mi umzubringe|vor (?:dr|de|den|e) zug (?:zgumpe|z gumpe|zspringe)"
        r"|vo (?:dr|de|ere) brugg (?:zgumpe|z gumpe|abezgumpe)|z sterbe|zsterbe)(?= )",
        needs="aaztue azetue aatue atue umzbringe umzubringe zgumpe gumpe zspringe"
        " abezgumpe sterbe zsterbe",
    ),
    # Self-harm again, in Réunion Creole ("mi la encore coupé hier soir") and in dialect
    # ("hon mi gestern wieder g'ritzt"). Not "mi la coupé le gato".
    rule(
        "rcf_cut_again",
        "mi la|mwin la|mi lavai|mi te",
        r" (?:encore |ankor |ankore |ancore )?(?:coupe|koupe)(?= (?:[.,]|$|hier|encore|ankor"
        r"|cette|ce|a moin|mon bra|mon bras|mon poignet|mes bras|la nuit|ek))",
        needs="coupe koupe",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
        recent_level=HIGH,
    ),
    rule(
        "de_dialect_cut",
        "hon mi|hob mi|hab mi|ha mi|han mi|hon mich|hob mich|hab ick mir|hab ick mich",
        rf"(?: [^ .,]+){{0,3}}? (?:{_DE_CUT})(?= )",
        needs="gritzt geritzt grizt ritzt",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
        recent_level=HIGH,
    ),
    # Burned oneself with a lighter or a cigarette, as "I burned myself with a lighter".
    rule(
        "fr_burned_self",
        "je me suis brulee|je me suis brule|jme suis brulee|jme suis brule|je me brule"
        "|je me suis encore brulee|je me suis encore brule|jme brule",
        r"(?: (?:encore|expres|volontairement|moi meme))* (?:avec|a) (?:le |un |mon |ma |une |la"
        r" |des |mes )?(?:briquet|cigarette|cigarettes|clope|clopes|allumette|allumettes)(?= )",
        needs="briquet cigarette cigarettes clope clopes allumette allumettes",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
        recent_level=HIGH,
    ),
]

# Cues: calm alone, a crisis beside a second sign or after concern.
_CUES: Final = [
    # A means kept at a place: "y'a le fusil de chasse à mon père dans le sous-sol", "auf
    # der Datscha liegt das Seil".
    cue(
        "fr_means_at_place",
        _FR_MEANS,
        rf"(?: [^ .,]+){{0,4}}? (?:dans|au|a la|sous) (?:le |la |les |mon |ma |l )?(?:{_FR_PLACE})"
        r"(?= )",
        needs=_FR_PLACE.replace("sous sol", "sol").replace("|", " "),
        back=r"(?:le|la|un|une|mon|ma|son|sa)",
        reasons="means",
    ),
    cue(
        "de_means_at_place",
        _DE_MEANS,
        r"(?= )",
        needs=_DE_PLACE.replace("|", " "),
        back=rf"(?:auf|in|im) (?:der |dem |den |meiner |meinem )?(?:{_DE_PLACE})"
        r"(?: (?:liegt|liegen|hangt|hangen|steht|ist|is))? (?:das|der|die|ein|eine|mein|meine)",
        reasons="means",
    ),
    # ... and the thought of it that will not stop, beside a means named.
    cue(
        "fr_means_on_mind",
        "jarrete|jy pense|je peux|jpeux",
        r"(?<=jarrete) (?:pas|plus) dy penser(?= )|(?<=peux) pas arreter dy penser(?= )"
        r"|(?<=jy pense) (?:tout le temps|sans arret|chaque jour|tous les jours|constamment"
        r"|jour et nuit)(?= )",
        needs=_FR_MEANS.replace("|", " "),
        reasons="ideation",
    ),
    cue(
        "de_means_on_mind",
        "ich muss|i muss|ick muss|muss|ich denk|ich denke|ich dank|denk|denke",
        r"(?: (?:standig|immer|dauernd|die ganze zeit|jeden tag|jede tag|stets))"
        r" (?:dran|daran|dra)(?: denken)?(?= )",
        needs=_DE_MEANS.replace("|", " "),
        reasons="ideation",
    ),
    # Pills gathered: "j'ai ramassé mes pilules", "i hab meine Tabletta jetzt beinander",
    # "j'ai caché les comprimés dans mon sac".
    cue(
        "fr_pills_gathered",
        "jai ramasse|jai cache|jai garde|jai stocke|jai mis de cote|jai rassemble",
        r" (?:mes|les|des|toutes mes|tous mes)(?: [^ .,]+)?"
        r" (?:pilules|comprimes|cachets|medocs|medicaments|somniferes)(?= )",
        needs="pilules comprimes cachets medocs medicaments somniferes",
        reasons="means",
    ),
    cue(
        "de_pills_together",
        "tabletten|tabletta|tablettn|pillen|pilla|medikamente",
        r"(?: (?:jetzt|jetz|etz|scho|schon|alle|endlich))* (?:beinander|beieinander|zamm|zusammen"
        r"|zsamme|beisamme|beisammen)(?= )",
        needs="beinander beieinander zamm zusammen zsamme beisamme beisammen",
        reasons="means",
    ),
    # Farewells in chat words: "c'est mon last message", "take care de vous autres".
    cue(
        "fr_last_message",
        "mon last message|mon dernier message|mon ultime message|mon last msg|mon dernier msg",
        reasons="goodbye",
    ),
    cue(
        "fr_take_care_all",
        "take care de vous|prenez soin de vous autres|prends soin de vous autres|merci pour toute",
        needs="take autres toute",
        reasons="goodbye",
    ),
    # Swiss and Austrian farewells: "machets guet zäme", "ich wird eu nüme störe".
    cue(
        "de_bye_all",
        "machets guet|machet s guet|machets gut|machts guet zame|machts gut zusammen",
        needs="machets machet zame zusammen",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        "de_wont_bother",
        "eu nume store|euch nicht mehr storen|euch nich mehr storen|enk nimmer storn"
        "|euch nie wieder storen|eu nie meh store|enk nimma storn",
        needs="store storen storn",
        reasons="goodbye",
    ),
    cue(
        "de_loved_you_all",
        "eu alli gern gha|euch alle lieb gehabt|euch alle gern gehabt|enk olle gern ghobt",
        needs="gha gehabt ghobt",
        reasons="goodbye",
    ),
    # No more worry: "ihr müend öich bald kei Sorge meh um mi mache", "lang miaßts enk eh
    # nimmer um mi kümmern".
    cue(
        "de_no_more_worry_dialect",
        "kei sorge meh|keene sorgen mehr|koane sorgen mehr|kei sorg meh|keine sorgen mehr"
        "|nimmer um mi|nimma um mi|nume um mi|nicht mehr um mich|nich mehr um mich",
        r" (?:um (?:mi|mich) )?(?:mache|machen|kummern|kummere|kimmern|sorgen)(?= )",
        needs="mache machen kummern kummere kimmern sorgen",
        reasons="goodbye",
    ),
    # Affairs put in order: "i hon olls g'regelt", "hab allet klar gemacht", "j'ai tout rangé".
    cue(
        "de_all_settled",
        "hon olls|hab allet|hab alles|hab ick allet|i hob olls|ha alles",
        r" (?:gregelt|geregelt|klar gemacht|klargemacht|erledigt|gricht)(?= )",
        needs="gregelt geregelt gemacht klargemacht erledigt gricht",
        reasons="plan",
    ),
    # "Dann is Ende mit mir", "dann ist es aus mit mir".
    cue(
        "de_end_of_me",
        "ende mit mir|schluss mit mir|aus mit mir",
        back=r"(?:ist|is|isch|ischs|es ist|is et|ist es|isch es)(?: dann| eh| halt)?",
        needs="ende schluss aus",
        reasons="goodbye",
    ),
    cue(
        "fr_all_tidied",
        "jai tout range|jai tout regle|jai tout mis en ordre|jai tout arrange",
        # Told as a last thing done, not "j'ai tout rangé et laissé un mot pour la coloc".
        r"(?: (?:dans|a) (?:lappartement|lappart|la maison|chez moi|ma chambre))?(?= (?:[.,]|$))",
        needs="range regle ordre arrange",
        reasons="plan",
    ),
    # Things given away, in Berlin ("jegeben") and in standard words.
    cue(
        "de_given_away",
        "hab schon alles verschenkt|hab alles verschenkt|habe alles verschenkt"
        "|hab meine sachen verschenkt|hab meene|hab meine",
        r"(?: [^ .,]+){0,6}? (?:verschenkt|jegeben|weggegeben|jeschenkt)(?= )",
        needs="verschenkt jegeben weggegeben jeschenkt",
        reasons="goodbye",
    ),
    # A trip one will not come back from: "a sait pas que j'redescendrai pas", "aber ich
    # chume nöd zrugg". The "pas" is the sign's own, not a denial.
    rule(
        "fr_wont_come_back",
        "sait pas que|savent pas que|sais pas que|sait pas qu",
        r"(?: je| j)? (?:ne )?(?:reviendrai|redescendrai|rentrerai|jreviendrai|jredescendrai"
        r"|jrentrerai|reviendrais|redescendrais) (?:pas|jamais|plus)(?= (?:[.,]|$))",
        needs="reviendrai redescendrai rentrerai jreviendrai jredescendrai jrentrerai"
        " reviendrais redescendrais",
        level=IMMINENT,
        reasons="plan",
        personal=False,
    ),
    cue(
        "de_wont_come_back",
        "aber ich|aber i|aber ick|aber ech",
        r" (?:chume|komme|kumm|kimm|kumme|chumm) (?:nod|nid|nicht|nich|ned|nit|net|nie|nimmer"
        r"|nimma|nume) (?:mehr |meh )?(?:zrugg|zuruck|zruck|hei|heim)(?= (?:[.,]|$))",
        needs="zrugg zuruck zruck hei heim",
        reasons="plan",
        personal=False,
    ),
    # The cover story told: "ha allne gseit ich gang is Tessin", "hab allen gesagt ich fahr weg".
    cue(
        "de_told_all_going",
        "ha allne gseit|han allne gseit|hab allen gesagt|habe allen gesagt|hab allen erzahlt"
        "|hab allen gsagt|hob olle gsogt",
        r"(?: ,)? (?:ich|i|ick) (?:gang|gehe|geh|fahr|fahre|gehn|flieg)(?= )",
        needs="gseit gesagt erzahlt gsagt gsogt",
        reasons="plan",
    ),
    # "Mach ich Schluss mit allem": beside another sign or after concern.
    cue(
        "de_end_all",
        _DE_END_LEAD,
        r" mit (?:allem|allet|olls|ollem)(?= (?:[.,]|$|und|heute|morgen|jetzt|bald|emoji[a-z]+))"
        r"(?! , (?:was|wat|das))",
        needs="schluss",
        reasons="intent",
    ),
    # "Wenn die Olle bei ihrer Mutter is, mach ich ...": "is allet durchgeplant".
    cue(
        "de_all_planned",
        "allet durchgeplant|alles durchgeplant|olls durchgeplant|alles duregplant",
        needs="durchgeplant duregplant",
        reasons="plan",
    ),
    # An idiom taken back: "je vais me pendre si y a encore des travaux... nan j'rigole,
    # c'est une expression". Hides the statement it takes back.
    rule(
        "fr_idiom_taken_back",
        "me pendre|me tuer|me suicider|mourir|me jeter|me flinguer|crever",
        r"(?: [^ ]+){0,14}? (?:nan|non|naan|nn|mais non) (?:jrigole|je rigole|je plaisante"
        r"|jdeconne|je deconne|cest une expression|cest une facon de parler)(?= )(?! pas )",
        needs="jrigole rigole plaisante jdeconne deconne expression",
        kind=Kind.IDIOM,
    ),
    # "Ce soir lé la dernière fois zot i entend parler de moin": the last time heard of.
    cue(
        "fr_last_time_heard",
        "la derniere fois",
        r"(?: que)? (?:vous|zot|vou|tu|ou)(?: i)? (?:entendez|entend|entends|antan)"
        r" parler de (?:moi|moin)(?= )",
        needs="parler",
        reasons="goodbye",
    ),
]

# Pasts and recoveries in chat words: "l'an passé", "früher hatt ich", "heute lach ich wieder".
INTL_REGIONAL_MARKERS: Final[list[Rule]] = [
    rule(
        "intl_last_year",
        "lan passe|lan dernier|lannee derniere|lannee passee|fruher hatt"
        "|fruher hat ich|fruher hatti|fruher hett i|fruher hani",
        needs="passe dernier derniere passee hatt hat hatti hett hani",
        kind=Kind.PAST,
    ),
    rule(
        "intl_laugh_again",
        "heute lach ich wieder|heute lache ich wieder|jetzt lach ich wieder|heute lachi wieder"
        "|aujourdhui je ris|aujourdhui je revis|maintenant je revis",
        needs="wieder ris revis",
        kind=Kind.RECOVERY,
    ),
]

INTL_REGIONAL_RULES: Final[list[Rule]] = [*_STATEMENTS, *_CUES]
