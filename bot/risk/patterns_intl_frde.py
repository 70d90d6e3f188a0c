"""French and German families set30 showed open, written as families.

A thought of killing or harming oneself named after its frame ("ich denk dauernd dran,
mich umzubringen", "den Gedanken, mir was anzutun", "l'idée de me jeter sous un train",
"je pense de plus en plus à en finir"); wondering how ("hob i mir überlegt, wie i mi
umbringa kannt", "je me demande comment en finir"); leaving this life in words
("quitter ce monde", "j'en ai fini avec la vie"); the wish with the verb first ("will
ich auch nich mehr leben") or a filler ("will mich iwie umbringen"); cutting started
again; a whole bottle or the medicine cabinet swallowed; pills put aside; the means one
has "to end it". Then hopeless and burden lines that set a conversation's concern
("ick bin allen egal", "hat eh alles keinen Sinn mehr", "à quoi bon"). And cues, each
little alone and a crisis beside another or after concern: won't be here tomorrow,
"you'll be rid of me", goodbye for ever, thanks and sorry for everything, a pet, money,
papers or passwords left to someone, a letter left, "it's tonight", a trip one won't
come back from, standing at the tracks, pills lying by one, sleeping "for good", the
last time one writes. Folded text: lowercase ASCII, no accents or apostrophes.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Kind, Rule, Tense, cue, imminent, leveled, rule

__all__ = ["INTL_FRDE_MARKERS", "INTL_FRDE_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT

_END = r"(?= (?:[.,]|$))"
# Killing or harming oneself as an infinitive, standard and dialect: "mich umzubringen",
# "mi umzubringa", "mir das Leben zu nehmen", "mir ds Läbe z näh", "mir wat anzutun".
_DE_SELF_INF = (
    r"(?:mich|mi) (?:umzubringen|umzubringa|umzbringe|umzubringe|umzubringn|zu toten)"
    r"|(?:mir|mia) (?:das|ds|s|des) (?:leben|labe|lebe|lebn|leba) (?:zu|z) (?:nehmen|nah|neh|nehma)"
    r"|(?:mir|mia) (?:was|wat|etwas|ebbes|oppis|ebbis|eppas) (?:anzutun|aazutue|aaztue|ozdua)"
    r"|mein leben zu beenden"
)
_DE_SELF_NEEDS = "umzubringen umzubringa umzbringe umzubringe umzubringn toten nehmen nah neh"
_DE_SELF_NEEDS += " nehma anzutun aazutue aaztue ozdua beenden"
# A method as an infinitive: "mich vor'n Zug zu schmeißen", "mich vor den Zug zu werfen".
_DE_METHOD_INF = (
    r"(?:mich|mi) (?:vorn|vor den|vor dn|vor an|vor a|vor einen|vor nen|vor ne|vor die)"
    r" (?:zug|zuch|lkw|laster|bus|strassenbahn|ubahn|bahn) (?:zu|z) (?:schmeissen|werfen"
    r"|schmeisse|werfe|schmeissn|schmeiss)"
)
_FR_SELF_INF = (
    r"me tuer(?! (?:a la tache|au travail|a bosser|a reviser|de rire))|me suicider|en finir"
    r"|mettre fin a (?:mes jours|ma vie)|me foutre en lair|me pendre"
)
_FR_METHOD_INF = (
    r"me jeter (?:sous (?:un|le|une|la) (?:train|metro|camion|bus|tram|voiture)"
    r"|(?:du|dun|d un|de la|dune) (?:pont|toit|immeuble|falaise|fenetre)"
    r"|dans le vide|par la fenetre)"
    r"|sauter (?:du|dun|d un) (?:pont|toit|immeuble)"
)
_PILLS = (
    "medicaments|medocs|cachets|comprimes|pilules|somniferes|tabletten|pillen|medikamente"
    "|schlaftabletten"
)

_STATEMENTS: Final = [
    # The thought named by its frame, then the act: "ich denk dauernd dran, mich
    # umzubringen", "den Jedanken, mir wat anzutun", "dra dänkt, mir ds Läbe z näh".
    # Led by the frame, so a denial before it ("hab nie dran gedacht") is read.
    leveled(
        HIGH,
        "ideation",
        "de_thought_then_act",
        "dran|daran|dra|drauf|druber nach|daruber nach|den gedanken|den jedanken|der gedanke"
        "|die idee|dra dankt|dran gedacht|daran gedacht|drueber nach",
        rf"(?: (?:gedacht|dankt|denkt|jedacht|nachgedacht))?(?: ,)? (?:{_DE_SELF_INF})(?= )",
        needs=_DE_SELF_NEEDS,
    ),
    leveled(
        HIGH,
        "ideation method",
        "de_thought_then_method",
        "dran|daran|dra|drauf|den gedanken|den jedanken|der gedanke|die idee|dran gedacht",
        rf"(?: (?:gedacht|dankt|denkt|jedacht))?(?: ,)? (?:{_DE_METHOD_INF})(?= )",
        needs="schmeissen werfen schmeisse werfe schmeissn schmeiss",
    ),
    # How, weighed: "hob i mir überlegt, wie i mi umbringa kannt", "ich frag mich, wie ich
    # mich am besten umbringe".
    leveled(
        HIGH,
        "ideation method",
        "de_weighed_how",
        "uberlegt|nachgedacht|gedanken gemacht|frag mich|frage mich|gegoogelt|googel",
        r"(?: ,)? wie (?:ich|i|ick) (?:mich|mi)(?: am besten| am einfachsten)?"
        r" (?:umbringen|umbringa|umbringe|toten|umbring)(?: (?:kann|konnte|kannt|konnt|koennte"
        r"|soll|sollte|kunnt|kennt))?(?= )",
        needs="umbringen umbringa umbringe toten umbring",
    ),
    # "L'idée de me jeter sous un train", "l'envie d'en finir": the thought and its act.
    leveled(
        HIGH,
        "ideation",
        "fr_idea_of_act",
        "lidee de|la pensee de|lidee den|la pensee den|cette idee de",
        rf" ?(?:{_FR_SELF_INF})(?= )",
        needs="idee pensee",
    ),
    leveled(
        HIGH,
        "ideation method",
        "fr_idea_of_method",
        "lidee de|la pensee de|cette idee de|envie de|je pense a|jpense a|je songe a",
        rf" (?:{_FR_METHOD_INF})(?= )",
        needs="jeter sauter",
    ),
    # "Je pense de plus en plus à mettre fin à mes jours", "je songe sérieusement à en finir".
    leveled(
        HIGH,
        "ideation",
        "s30_fr_thinking_more",
        "de plus en plus|serieusement|sans cesse|constamment|chaque jour|tous les jours"
        "|beaucoup|souvent|parfois",
        rf" a (?:{_FR_SELF_INF})(?= )",
        needs="tuer suicider finir fin lair pendre",
        back="pense|jpense|songe|reflechis|pensais",
    ),
    # "Je me demande comment en finir", "... comment partir pour de bon".
    leveled(
        HIGH,
        "ideation method",
        "fr_wonder_how",
        "je me demande comment|jme demande comment|je cherche comment|jai cherche comment"
        "|je regarde comment",
        rf" (?:{_FR_SELF_INF}|mourir|partir pour de bon|quitter ce monde|disparaitre pour"
        r" (?:de bon|toujours))(?= )",
        needs="demande cherche regarde",
    ),
    # Leaving this life, wanted or set: "je vais quitter ce monde", "jvais fraya de cette vie".
    leveled(
        HIGH,
        "ideation",
        "fr_leave_this_life",
        "quitter ce monde|quitter cette vie|partir de cette vie|fraya de cette vie"
        "|partir de ce monde|quitter ce bas monde|fraya de la vie",
        # Not "quitter ce monde du travail", "... de la mode".
        r"(?! (?:du|de|des|dans|professionnel|politique|virtuel|numerique)(?= ))",
        needs="monde vie",
        back="(?:je vais|jvais|vais|je veux|jveux|veux|envie de|jaimerais|je voudrais|comment"
        "|vais bientot|veux juste|mas)(?: ,)?",
    ),
    # "J'en ai fini avec la vie": done with life itself, not with a task.
    leveled(
        HIGH,
        "ideation",
        "fr_done_with_life",
        "jen ai fini avec la vie|jen ai fini avec cette vie|jen ai fini de vivre"
        "|jai fini avec la vie"
        "|ich bin fertig mit dem leben|i bin fertig mitm leben|ich bin durch mit dem leben",
        needs="vie vivre leben",
    ),
    # The wish with the verb first or a filler: "will ich auch nich mehr leben", "will mich
    # iwie umbringen". Something comes first ("seit ..., will ich"), so "will ich sterben?"
    # asked alone is not this.
    leveled(
        HIGH,
        "ideation",
        "s30_de_want_inverted",
        "will ich|will i|will ick|mag ich|mog i|mag i",
        r"(?: (?:auch|och|ooch|a|au|einfach|nur|echt|halt|eigentlich))+"
        r" (?:nich|nicht|ned|nimmer|nemme|nimma|net) mehr (?:leben|lebn|lebe|leba)(?= )",
        needs="leben lebn lebe leba",
        back=r"(?:,|\w+ ,)",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation",
        "de_want_filler",
        "will mich|will mi|mocht mich|mocht mi",
        r"(?: (?:iwie|irgendwie|echt|einfach|eifach|nur|halt|so|grad|gerade|wirklich))+"
        r" (?:umbringen|umbringa|umbringe|toten)(?= )",
        needs="umbringen umbringa umbringe toten",
        jokable=True,
    ),
    # Ending it all oneself: "des Ganze beenden, selber", "alles beenden".
    leveled(
        HIGH,
        "ideation",
        "de_end_it_all",
        "das ganze beenden|des ganze beenden|dat janze beenden|alles beenden|ois beenden"
        "|allem ein ende setzen|allem a end setzen",
        r"(?: ,)?(?= (?:selber|selbst|heute|heut|jetzt|endgultig|fur immer)(?= ))",
        needs="beenden setzen",
        back="(?:will|mocht|mochte|mocht einfach|will einfach|einschlafen und|mocht eifach"
        "|will nur|mochte einfach|wurde gern|wurd gern)",
    ),
    # Cutting started again: "hab wieder angefangen mich zu ritzen".
    leveled(
        HIGH,
        "self_harm",
        "de_started_cutting",
        "angefangen|anjefangen|agfange|angfangt|fang wieder an|fange wieder an|afange",
        r"(?: ,)? (?:mich|mi) (?:zu|z) (?:ritzen|ritze|schneiden|schnide|verletzen|verletze)(?= )",
        needs="ritzen ritze schneiden schnide verletzen verletze",
    ),
    # Hurt again and hidden: "je me suis encore fait mal au bras ... je cache ça".
    leveled(
        HIGH,
        "self_harm",
        "fr_hurt_again_hidden",
        "me suis encore fait mal|me suis refait mal|me suis encore fait du mal",
        r"(?: [^ .]+){0,12} (?:je cache|pour cacher|manches longues|en cachette)(?= )",
        needs="mal",
        tense=Tense.EVENT,
    ),
    # "Je me suis encore coupée hier": cutting again, not a cut from a knife in the kitchen.
    leveled(
        HIGH,
        "self_harm",
        "s30_fr_cut_again",
        "je me suis encore coupe|je me suis encore coupee|je me suis recoupe|je me suis recoupee"
        "|jme suis encore coupe|jme suis encore coupee",
        r"(?! (?:au|aux|le|la|les|en|avec|sur|dans|a|un|une)(?= ))(?= )",
        needs="coupe coupee recoupe recoupee",
        tense=Tense.EVENT,
    ),
]

_ATTEMPTS: Final = [
    # A whole bottle or box swallowed: "j'ai avalé tout le flacon", "toute la boîte".
    imminent(
        "fr_swallowed_all",
        "jai avale|jai pris|jai gobe|javale|jai tout avale",
        r" (?:tout le flacon|toute la boite|toute la plaquette|tous les cachets|tous mes cachets"
        r"|toutes les pilules|tous les medocs|tous mes medocs|tous les comprimes"
        r"|tous mes comprimes)"
        r"(?! de (?:sirop|jus|parfum|sauce|ketchup|bonbons|chocolats|vitamines))(?= )",
        needs="flacon boite plaquette cachets pilules medocs comprimes",
        reasons="attempt",
    ),
    # The medicine cabinet emptied: "hab grad alles ausm Medikamentenschrank genommen".
    imminent(
        "de_cabinet_taken",
        "alles ausm|alles aus dem|allet ausm|den ganzen|ois ausm",
        r" (?:medikamentenschrank|arzneischrank|apothekenschrank|medizinschrank|tablettenschrank)"
        r" (?:genommen|geschluckt|jenommen|jeschluckt|eingeworfen|reingeworfen|gnumma|gschluckt)"
        r"(?= )",
        needs="medikamentenschrank arzneischrank apothekenschrank medizinschrank tablettenschrank",
        reasons="attempt",
    ),
    # "Wat reinjeworfen, allet wat da war": everything swallowed.
    imminent(
        "de_swallowed_everything",
        "reingeworfen|reinjeworfen|eingeworfen|jeschluckt|geschluckt|gschluckt|einjeworfen",
        r"(?: ,)? (?:alles|allet|ois) (?:was|wat|wos) (?:da|im schrank|ich hatte|ick hatte)"
        r"(?: (?:war|warn|hatte|jewesen))?(?= )",
        needs="alles allet ois",
        reasons="attempt",
    ),
    # Pills put aside: "je garde les médicaments de côté depuis des semaines", "ich sammle
    # seit Wochen Tabletten".
    imminent(
        "frde_pills_put_aside",
        "je garde|jgarde|je mets|je stocke|jai garde|jai mis|jai stocke|jmets",
        rf" (?:les|mes|des) (?:{_PILLS}) de cote(?= )",
        needs=_PILLS.replace("|", " "),
        reasons="means plan",
    ),
    # Hoarded or hidden is saving up; "gesammelt" alone is gathering, high (de_pills_gathered).
    imminent(
        "de_pills_hoarded",
        "ich hab|ich habe|ick hab|hab|i hob|i hab",
        rf"(?: (?:seit wochen|seit monaten|schon|scho|heimlich|meine|mei))* (?:{_PILLS})"
        r" (?:gehortet|gebunkert|zur seite gelegt|auf die seite gelegt|zruckglegt|versteckt)(?= )",
        needs="gehortet gebunkert seite zruckglegt versteckt",
        reasons="means plan",
    ),
    # What is needed, gathered "to end it": "hab alles dabei was ich brauche um es zu beenden".
    imminent(
        "de_all_needed_to_end",
        "alles dabei|alles da|alles beisammen|alles zusammen|alles besorgt|allet dabei",
        r"(?: ,)? (?:was|wat) (?:ich|i|ick) (?:brauche|brauch) um (?:es|des|dat) (?:zu|z)"
        r" (?:beenden|beende)(?= )",
        needs="beenden beende",
        reasons="means plan",
    ),
]


def _cue(
    name: str, lead: str, rest: str = "", *, needs: str = "", back: str = "", why: str
) -> Rule:
    return cue(name, lead, rest, needs=needs, back=back, reasons=why)


_CUES: Final = [
    # Won't be here: "morge früh bin i nemme do", "morgen gibt's mi nimmer".
    _cue(
        "de_wont_be_here",
        "bin ich|bin i|bin ick|bi i|bi ich",
        r" (?:nicht mehr|nich mehr|nimmer|nemme|nimma|nit meh|nume|ned mehr|nid meh|net mehr)"
        r" (?:da|do|doa|hier)" + _END,
        needs="da do doa hier",
        why="goodbye",
    ),
    _cue(
        "de_no_more_me",
        "gibts mich|gibts mi|gibt es mich|gits mi",
        r" (?:nicht mehr|nich mehr|nimmer|nemme|nimma|nume|ned mehr)" + _END,
        needs="gibts gibt gits",
        why="goodbye",
    ),
    # "Ab morgen seid ihr mich los": rid of me.
    _cue(
        "de_rid_of_me",
        "seid ihr mich los|seid ihr mi los|seids mi los|bist du mich los|bisch mi los"
        "|bist mich los|sin ihr mi los",
        needs="los",
        why="goodbye",
    ),
    # Goodbye for ever: "tschüss für immer", "adieu pour toujours".
    _cue(
        "frde_bye_forever",
        "tschuss|tschau|ciao|servus|adieu|salut|au revoir|machts gut|lebt wohl",
        r" (?:fur immer|pour toujours|a jamais)" + _END,
        needs="immer toujours jamais",
        why="goodbye",
    ),
    # Thanks, kindness and sorry to all in dialect: "danke für allet", "warst immer jut zu
    # mir", "sorry für alles", "dsl pr tt", "désolé pour tout".
    _cue(
        "frde_thanks_sorry_all",
        "danke fur allet|danke fia ois|dank dir fur alles|sorry fur alles|sorry fur allet"
        "|tut mir leid fur alles|entschuldigung fur alles|dsl pr tt|dsl pour tout|dsl pr tout"
        "|desole pour tout|desolee pour tout|pardon pour tout",
        needs="allet ois alles tt tout",
        why="goodbye",
    ),
    _cue(
        "de_always_good_to_me",
        "warst immer",
        r" (?:so )?(?:gut|jut|lieb|nett|fur mich da) (?:zu mir|zu mia)?(?= )",
        needs="gut jut lieb nett da",
        why="goodbye",
    ),
    # Love and no blame passed on: "sach meiner Deern, dass ich sie lieb hab", "dites à
    # maman que c'est pas sa faute".
    _cue(
        "de_tell_love",
        "sag|sach|sagt|sog|sags|sagen sie",
        r" (?:meiner|meinem|mina|mim|meim|der|dem|ihr|ihm|mei|meine|minere|mini) [a-z]+(?: ,)?"
        r" (?:dass|das|dat|dos) (?:(?:ich|i|ick) (?:sie|ihn|se|en|si|ihr) (?:lieb hab|lieb habe"
        r"|liebe|gern hab|lieb hob|lieb ha)|es nicht (?:ihre|seine) schuld (?:ist|war|is))(?= )",
        needs="lieb liebe gern schuld",
        why="goodbye",
    ),
    _cue(
        "fr_not_their_fault",
        "dites a|dis a|dites lui|dis lui",
        r"(?: (?:ma|mon|mes))? [a-z]+ que (?:c|cest|ce nest|ce n est|cetait) pas"
        r" (?:sa|leur|de sa|de leur) faute(?= )",
        needs="faute",
        why="goodbye",
    ),
    # "C'est la dernière fois que je t'écris".
    _cue(
        "fr_last_time_writing",
        "cest la derniere fois que je|cest la derniere fois que jte|derniere fois que je",
        r" (?:tecris|vous ecris|te parle|tparle|vous parle|tecrirai|ecris ici)(?= )",
        needs="tecris ecris parle tparle tecrirai",
        why="goodbye",
    ),
    # Sleep "for good": "je vais dormir pour de bon", "ce soir je m'endors pour de bon".
    _cue(
        "fr_sleep_for_good",
        "dormir|mendors|mendormir|mendormirai|dormirai",
        r" (?:pour de bon|pour toujours|a jamais|pour leternite)(?= )",
        needs="bon toujours jamais leternite",
        why="goodbye",
    ),
    # Pets, money, papers and passwords left to someone: "déposé le chat chez ma reus",
    # "viré tout mon argent à la daronne", "den Hund zum Bruder bracht", "Konto leergeräumt",
    # "Teschdament isch gmacht", "d'Kontodaten liegen im Schreibtisch", "passwörter
    # ufgschribe", "papiers en ordre".
    _cue(
        "fr_pet_left",
        "depose|laisse|confie|amene|donne",
        r" (?:le|la|mon|ma|mes) (?:chat|chatte|chien|chienne|chats|chiens|lapin|hamster"
        r"|perroquet) (?:chez|a) (?!le veto|la veto|la garderie|la pension)[a-z]+(?= )",
        needs="chat chatte chien chienne chats chiens lapin hamster perroquet",
        why="goodbye",
    ),
    _cue(
        "de_pet_left",
        "den hund|mein hund|d katz|die katze|der katz|an hund|mein katz",
        r" (?:zum|zur|zu|bei|beim|ins) [a-z]+ (?:bracht|gebracht|brocht|abgegeben|gegeben)(?= )"
        r"| (?:gnua|genug|gnuag) futter (?:hingstellt|hingestellt|gegeben|higstellt)(?= )",
        needs="bracht gebracht brocht abgegeben gegeben futter",
        why="goodbye",
    ),
    _cue(
        "frde_money_left",
        "vire tout mon argent|donne tout mon argent|vire tout mon fric|konto leergeraumt"
        "|konto leer geraumt|mein ganzes geld|ganze geld uberwiesen|mei ganzes geld",
        r"(?: (?:a|au|fur|an|auf))?(?= )",
        needs="argent fric leergeraumt leer geld uberwiesen",
        why="goodbye",
    ),
    _cue(
        "frde_papers_left",
        "testament|teschdament|tesdament|kontodaten|passworter|papiers en ordre|passwords",
        r"(?: (?:isch|ist|is|sind|liegen|liega))? (?:gemacht|gmacht|fertig|geschrieben|im"
        r"|aufgeschrieben|ufgschribe|aufgschriebn|notiert|pour|fur)(?= )",
        needs="testament teschdament tesdament kontodaten passworter ordre",
        why="plan",
    ),
    # A letter written or left: "an Brief für d'Mama gschriebn", "en brief hinterlah".
    _cue(
        "de_letter_left",
        "brief",
        r"(?: [a-z]+){0,3} (?:geschrieben|gschriebn|gschribe|hinterlassen|hinterlah|hingelegt"
        r"|hinglegt|dagelassen|higleit)(?= )",
        needs="geschrieben gschriebn gschribe hinterlassen hinterlah hingelegt hinglegt"
        " dagelassen higleit",
        back="(?:an|en|einen|nen|n|a|ein|abschieds)",
        why="goodbye",
    ),
    # "J'ai écrit à tout le monde", "samedi tout sera réglé".
    _cue(
        "fr_wrote_everyone",
        "jai ecrit a tout le monde|jai ecrit a tous|jai ecrit a chacun|hab allen geschrieben",
        needs="monde tous chacun geschrieben",
        why="goodbye",
    ),
    _cue(
        "frde_all_settled",
        "tout sera regle|tout sera fini|tout sera termine|alles wird geregelt sein"
        "|alles is geregelt|alles ist geregelt",
        needs="regle fini termine geregelt",
        why="plan",
    ),
    # A time and "it's over", "it's come": "heit auf d'Nacht is vorbei", "hüt znacht isch es
    # so wiit", "c'est à soir".
    _cue(
        "de_then_over",
        "is vorbei|isch vorbi|isch es so wiit|ist es so weit|is es so weit|ists so weit"
        "|isch es so wit|isses so weit|is dat so weit",
        _END,
        needs="vorbei vorbi wiit weit wit",
        back="(?:heute nacht|heut nacht|heit auf dnacht|heit znacht|hut znacht|hut nacht|heute"
        "|heut|hut|heit|morgen|morge|dann|heute abend)",
        why="plan",
    ),
    _cue("fr_its_tonight", "cest a soir|cest ce soir|c a soir", _END, needs="soir", why="plan"),
    # "Heut Nacht schlaf ich ein und wach nich mehr auf, so is dat geplant".
    _cue(
        "de_planned_so",
        "so is dat geplant|so ist es geplant|so isses geplant|so is es geplant|so ischs planet",
        needs="geplant planet",
        why="plan",
    ),
    _cue(
        "s30_de_sleep_not_wake",
        "schlaf ich ein|schlaf i ein|schlof i ei|schlafe ich ein",
        r" und (?:wach|wache|woch) (?:nich|nicht|ned|nimmer|nemme|net) (?:mehr )?(?:auf|uf)(?= )",
        needs="wach wache woch",
        why="goodbye",
    ),
    # A trip one won't come back from: "en vrai je reviens pas", "dass i ned zruckkimm",
    # "will nich mehr zurück".
    _cue(
        "fr_not_coming_back",
        "je reviens pas|je reviendrai pas|je reviendrai plus|je reviens plus|jreviens pas"
        "|jreviens pu|je reviens pu",
        _END,
        needs="reviens reviendrai jreviens",
        why="goodbye",
    ),
    _cue(
        "de_not_coming_back",
        "ned zruckkimm|nicht zuruckkomme|nimmer zruck|nich mehr zuruck|nicht mehr zuruck"
        "|nimma zruck|nemme zrugg|ned zruck|nicht wiederkomme|nimmer hoam",
        r"(?: (?:kimm|komm|komme|kumm|will))?(?= )",
        needs="zruckkimm zuruckkomme zruck zuruck zrugg wiederkomme hoam",
        why="goodbye",
    ),
    # The occasion told as a cover: "der glaubt, i fahr auf Kur", "j'ai dit à tout le monde
    # que je partais".
    _cue(
        "frde_cover_trip",
        "glaubt|glauben|glaubn|denkt|denken|meinen",
        r"(?: ,)? (?:ich|i|ick) (?:fahr|fahre|geh|gehe|flieg) (?:auf|in|nach|zu|am|an)(?= )",
        needs="glaubt glauben glaubn denkt denken meinen",
        why="plan",
    ),
    _cue(
        "fr_cover_trip",
        "jai dit a tout le monde que je|jai dit a mes parents que je|jai dit a tous que je",
        r" (?:partais|pars|vais|serai|allais)(?= )",
        needs="partais pars vais serai allais",
        why="plan",
    ),
    # Standing at the tracks, the dyke, the bridge: "i steh scho am Gleis".
    _cue(
        "de_standing_at",
        "ich steh|i steh|ick steh|ich stehe|ich sitz|i sitz|ich bin|i bin|ick bin",
        r"(?: (?:hier|scho|schon|jetzt|jetz|grad|gerade|jetzad))* (?:am|auf der|auf dem|aufm"
        r"|uf dr|an der) (?:gleis|gleisen|bahnsteig|brucke|bruck|dach|deich|klippe|abgrund"
        r"|bahngleis|schienen|hochhaus|staudamm)(?= )",
        needs="gleis gleisen bahnsteig brucke bruck dach deich klippe abgrund bahngleis"
        " schienen hochhaus staudamm",
        why="means",
    ),
    _cue(
        "fr_cant_come_down",
        "jarrive pas a redescendre|narrive pas a redescendre|je peux pas redescendre"
        "|jpeux pas redescendre|peux plus redescendre",
        needs="redescendre",
        why="means",
    ),
    # "Je vais sauter à soir", "m'as sauter": a jump set.
    _cue(
        "fr_will_jump",
        "mas sauter|je vais sauter|jvais sauter|vais sauter",
        r"(?= (?:a soir|ce soir|cette nuit|demain|tantot|[.,]|$))",
        needs="sauter",
        why="plan",
    ),
    _cue("s30_fr_decided", "cest decide|jai decide|c decide", _END, needs="decide", why="plan"),
    # Pills lying by one: "die Tabletten von Mudder liegen hier bei mir", "les médicaments
    # sont dans mon tiroir, je les ai sous la main".
    _cue(
        "de_pills_by_me",
        _PILLS,
        r"(?: (?:von|vo|vom) [a-z]+)? (?:liegen|lieg|sind) (?:hier|jetzt|schon|grad)"
        r"(?: (?:bei mir|neben mir|vor mir|im zimmer))+(?= )",
        needs="liegen lieg sind",
        why="means",
    ),
    _cue(
        "fr_pills_at_hand",
        _PILLS,
        r" (?:sont|est) (?:dans|sous) (?:mon|ma) (?:tiroir|chambre|sac|poche|table de nuit)"
        r"|(?: ,)? je les ai sous la main(?= )",
        needs="tiroir chambre sac poche nuit main",
        why="means",
    ),
    _cue(
        "fr_at_hand",
        "je les ai sous la main|jles ai sous la main",
        needs="main",
        why="means",
    ),
    _cue(
        "de_have_what_i_need",
        "alles",
        r"(?: ,)? (?:was|wat) (?:ich|i|ick) (?:brauch|brauche)" + _END,
        needs="brauch brauche",
        back="(?:hab|habe|hob|ha|hab jetzt|hab jetz|habe jetzt|hab nun|hab jetzt endlich)",
        why="means",
    ),
    # No longer a burden after tonight: "je ne serai plus un fardeau pour personne".
    _cue(
        "frde_no_longer_burden",
        "je serai plus un|je ne serai plus un|jserai plus un|bin ich keine|bin i koa",
        r" (?:fardeau|poids|last)(?: (?:mehr|pour personne|pour vous|fur euch))?(?= )",
        needs="fardeau poids last",
        why="goodbye",
    ),
]

# Hopeless, burden and not wanting any more, as a conversation's concern.
_CONCERNS: Final = [
    leveled(
        CONCERN,
        "burden",
        "de_nobody_cares",
        "ick bin allen|ich bin allen|i bin allen|ich bin eh allen|bin allen",
        r"(?: (?:eh|doch|sowieso|egal|eijal))* (?:egal|eijal|wurscht|schnuppe)(?= )",
        needs="egal eijal wurscht schnuppe",
    ),
    leveled(
        CONCERN,
        "burden",
        "de_dead_weight",
        "klotz am bein|klotz am bei|klotz am boa",
        r"(?: (?:fur alle|fur euch|fur jeden|fur meine familie))?(?= )",
        needs="klotz",
        back="(?:n|ein|en|a|nur noch n|nur noch ein|nur noch en|nur n|nur ein)",
    ),
    leveled(
        CONCERN,
        "burden",
        "s30_de_better_off_without",
        "ohne mich besser dran|ohne mi besser dran|ohne mich besser|ohne mi besser",
        needs="besser",
        back="(?:waren|warn|wurden|waeren|san|warat|waret|sind|seid|warets|warens)",
    ),
    leveled(
        CONCERN,
        "burden",
        "de_nobody_would_notice",
        "wurd keener merken|wurde keiner merken|wurd keiner merken|wurds keiner merken"
        "|wurde keener merken|merkt eh keiner|wurd koana merka",
        needs="merken merka",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "de_no_sense_anymore",
        "hat eh alles keinen sinn|hat alles keinen sinn|hat doch alles keinen sinn"
        "|hat eh keinen sinn mehr|macht alles keinen sinn mehr|hot eh ois koan sinn",
        needs="sinn",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "s30_fr_what_for",
        "a quoi bon|jai plus envie de rien|jai envie de plus rien|jai plus gout a rien",
        _END + r"|(?: meme| de toute facon| vivre)(?= )",
        needs="bon rien",
    ),
    # Not wanting any more, said alone: "i mog nimmer", "je veux plus." (not "plus de gâteau").
    leveled(
        CONCERN,
        "hopeless",
        "frde_dont_want_anymore",
        "i mog nimmer|i mag nimmer|ich mag nimmer|ich mag nicht mehr|ich will nicht mehr"
        "|ick will nich mehr|ich will nich mehr|je veux plus|jveux plus|je veux pu|jveux pu"
        "|je ne veux plus|will nich mehr|will nicht mehr|will nimmer|mag nimmer|mog nimmer",
        _END,
        needs="nimmer mehr plus pu",
    ),
]

# Pasts and recoveries: "mit 19 hab ich versucht", "heute, zehn Jahre später, geht's mir
# richtig gut".
INTL_FRDE_MARKERS: Final[list[Rule]] = [
    rule(
        "intl_at_age_bare",
        "|".join(str(age) for age in range(8, 70)),
        r"(?= (?:hab|habe|hatte|war|wollte|bin|jai|javais|jetais|ai|tentei|intente)(?= ))",
        back="(?:mit|a)",
        kind=Kind.PAST,
    ),
    rule(
        "de_well_now",
        "gehts mir|geht es mir|gehts ma|geht mirs",
        r"(?: (?:richtig|wirklich|echt|sehr|wieder|total|super|ziemlich))+ gut(?= )",
        needs="gut",
        back=r"(?:heute|jetzt|mittlerweile|inzwischen|spater|seitdem|nun)(?: ,)?",
        kind=Kind.RECOVERY,
    ),
]

INTL_FRDE_RULES: Final[list[Rule]] = [*_STATEMENTS, *_ATTEMPTS, *_CUES, *_CONCERNS]
