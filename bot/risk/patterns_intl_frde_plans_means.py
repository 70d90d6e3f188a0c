"""French and German plans, means, goodbyes and self-harm that set32 showed open.

Going to a bridge or a roof "and jumping" or "not coming back" ("je vais sur le pont et
je saute", "fahr ich zur Brücke und spring"); the thought of the act after a frame ("die
Gedanken, Schluss zu machen", "im Kopf, mich aufzuhängen", "j'ai qu'une envie, c'est de
me tuer"); pills hoarded from a relative; hurting oneself told in the present (a head
hit against the wall "quand ça va pas", burning oneself with cigarettes, scratching
"bis es blutet", cut too deep and bleeding). Then cues, each little alone and a crisis
beside another or after concern: a gun's ammunition found, standing on a roof or a
bridge, "I don't know why I'm writing to you", a last message, love passed on, "you won't
see me again", debts repaid and passwords left, things given away "I won't need soon", a
cover story for the night, "nobody will look for me until it's too late", going to a
dead relative, "it's decided". And the hyperbole of a joke ("jvais
me pendre mdr"), and recoveries said in German ("jetzt ist das vorbei, ich bin stabil").
Folded text: lowercase ASCII, no accents or apostrophes.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Kind, Rule, cue, imminent, leveled, rule

__all__ = ["FRDE_PLAN_MARKERS", "FRDE_PLAN_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT

_END = r"(?= (?:[.,!?]|$))"
_FR_PILLS = "medicaments|medocs|cachets|comprimes|pilules|somniferes|anxiolytiques"
_DE_PILLS = "tabletten|pillen|medikamente|schlaftabletten|tabletta|tablettn"
_HEIGHTS_FR = "pont|toit|falaise|viaduc|barrage|rails|voies"
_HEIGHTS_DE = "brucke|bruck|dach|klippe|hochhaus|staudamm|talsperre|gleis|gleisen|schienen|see"


def _cue(
    name: str, lead: str, rest: str = "", *, needs: str = "", back: str = "", why: str
) -> Rule:
    return cue(name, lead, rest, needs=needs, back=back, reasons=why)


_ACTS: Final = [
    # "J'ai qu'une envie, c'est de me tuer", "une seule envie : en finir".
    leveled(
        HIGH,
        "ideation",
        "s32_fr_only_wish",
        "quune envie|une seule envie|quune seule envie|quune chose|une seule chose",
        r"(?: ,)?(?: cest| ce serait)? (?:de |d ?)?(?:me tuer(?! (?:a la tache|au travail))"
        r"|me suicider|en finir|mourir|munalive|me foutre en lair|disparaitre pour de bon)(?= )",
        needs="tuer suicider finir mourir munalive lair disparaitre",
    ),
    # Falling asleep for good, wanted: "je veux m'endormir pour de bon". Not "dormir pour de
    # bon" (a proper night's sleep), nor the softened "j'aimerais m'endormir et ne plus me
    # réveiller" (a passive wish, concern).
    leveled(
        HIGH,
        "ideation passive_wish",
        "s32_fr_sleep_for_good_wish",
        "mendormir|jmendormir",
        r" pour de bon(?= )",
        back=r"(?:je veux|jveux|envie de|envie d)(?: juste)?",
        needs="bon",
    ),
    # Chat slang with the French pronoun: "grave envie de m'unalive", "jvais m'unalive".
    leveled(
        HIGH,
        "ideation",
        "s32_fr_unalive_me",
        "munalive|me unalive",
        back=r"(?:envie de|envie d|veux|vais|voudrais|besoin de|pense a)(?: [a-z]+)?",
        needs="munalive unalive",
        jokable=True,
    ),
    # Going to the bridge "and jumping", "and not coming back": "demain je vais sur le pont
    # et je saute", "morgen fahr ich zur Brücke und spring", "geh ich zum See und komm
    # nicht zurück". Not a jump into water for fun.
    imminent(
        "s32_fr_go_and_jump",
        "je vais|jvais|jirai|je monte|je pars",
        rf" (?:sur le|au|sur la|a la|en haut du|sur les|aux) (?:{_HEIGHTS_FR})(?: [a-z]+){{0,3}}?"
        r" et (?:je saute|jsaute|je me jette|jme jette|je me lance|je reviens pas|je reviens plus"
        r"|jreviens pas|je reviendrai pas|je reviendrai plus)"
        r"(?! (?:dans la piscine|dans leau|a lelastique|en parachute|avant|tout de suite|tard))"
        r"(?= )",
        needs="pont toit falaise viaduc barrage rails voies",
        reasons="plan method",
    ),
    imminent(
        "s32_de_go_and_jump",
        "fahr ich|geh ich|gehe ich|ich fahr|ich geh|ich gehe|ich fahre|fahre ich|lauf ich",
        rf"(?: [a-z]+){{0,3}}? (?:zur|zu der|auf die|zum|an den|an die|aufs|auf das) "
        rf"(?:{_HEIGHTS_DE}) und (?:spring|springe|komm nicht zuruck|komme nicht zuruck"
        r"|komm nicht mehr zuruck|komm nimmer zuruck|komm nie wieder zuruck)"
        r"(?! (?:rein|ins wasser|ins kalte|in den see|kopfuber|bungee|vom steg|mit dir))(?= )",
        needs="brucke bruck dach klippe hochhaus staudamm talsperre gleis gleisen schienen see",
        reasons="plan method",
    ),
    # The thought of the act after its frame: "die Gedanken, Schluss zu machen, gehen nicht
    # weg", "hab immer wieder im Kopf, mich aufzuhängen". "Schluss zu machen" with a partner
    # is a break-up, not this.
    leveled(
        HIGH,
        "ideation",
        "s32_de_thought_end_it",
        "die gedanken|den gedanken|der gedanke|die idee|im kopf|im kopp",
        r"(?: ,)? (?:mit allem |mit dem leben )?schluss zu machen"
        r"(?! mit)(?![^.]*? (?:freund|freundin|beziehung|ihm|ihn|ihr|partner|mann|frau|job|firma"
        r"|liebe|lieb|schatz|ex)(?= ))"
        r"(?= )",
        needs="schluss",
    ),
    leveled(
        HIGH,
        "ideation method",
        "s32_de_thought_method",
        "die gedanken|den gedanken|der gedanke|die idee|im kopf|im kopp|dran|daran",
        r"(?: ,)? (?:mich|mi) (?:aufzuhangen|aufzhanga|aufzuhanga|zu erhangen|zu erschiessen"
        r"|zu vergiften|zu ertranken|runterzusturzen|zu erschiesse|vor den zug zu werfen)(?= )",
        needs="aufzuhangen aufzhanga aufzuhanga erhangen erschiessen vergiften ertranken"
        " runterzusturzen erschiesse werfen",
    ),
    # Pills hoarded, a relative's too: "ich hab die ganzen Tabletten von meiner Mutter
    # gesammelt und versteckt", "j'ai caché toutes les boîtes de médocs de ma mère".
    imminent(
        "s32_de_pills_hidden",
        _DE_PILLS,
        r"(?: (?:von|vo|vom) (?:meiner|meinem|mei|der|dem) [a-z]+)?"
        r"(?: (?:gesammelt und|zusammengesammelt und))? (?:versteckt|gehortet|gebunkert)"
        r"(?! (?:vor (?:dem|der|den) (?:hund|katze|kind|kindern|kleinen)))(?= )",
        back=r"(?:hab|habe|hob|hab ich|habe ich)(?: (?:die ganzen|alle|all die|meine|die|schon"
        r"|heimlich|seit wochen|ganz viele|viele))+",
        needs="versteckt gehortet gebunkert",
        reasons="means plan",
    ),
    imminent(
        "s32_fr_pills_hidden",
        "jai cache|jai planque|jai accumule|jai stocke|jai amasse|jai mis de cote",
        rf" (?:toutes |tous )?(?:les|mes|des) (?:boites de |plaquettes de )?(?:{_FR_PILLS})"
        r"(?= )",
        needs=_FR_PILLS.replace("|", " "),
        reasons="means plan",
    ),
    # Every box kept is a hoard: "j'ai gardé toutes les boîtes de médocs de ma mère".
    imminent(
        "s32_fr_pills_all_kept",
        "jai garde|jai garde de cote",
        rf" toutes (?:les|mes) (?:boites|plaquettes) de (?:{_FR_PILLS})(?= )",
        needs=_FR_PILLS.replace("|", " "),
        reasons="means plan",
    ),
    # Hurt oneself in the present, told with when: "je me tape la tête contre le mur quand
    # ça va pas", "ich verbrenn mich mit Zigaretten, wenn der Druck zu groß wird", "bin
    # grad dabei mich aufzukratzen bis es blutet". Not "envie de me taper la tête contre les
    # murs" (a figure) nor a burn at the oven.
    leveled(
        HIGH,
        "self_harm",
        "s32_fr_head_against_wall",
        "je me tape la tete|jme tape la tete|je me cogne la tete|jme cogne la tete"
        "|je me frappe la tete|je me tape|je me frappe|je me griffe|je me brule",
        r"(?: contre (?:le mur|les murs|la porte)| avec (?:des|une|ma|mes) (?:cigarettes"
        r"|cigarette|clopes|clope|briquet))?(?: [a-z]+){0,2}? (?:quand ca va pas|quand ca va mal"
        r"|quand je craque|quand je suis mal|quand jsuis mal|quand jangoisse|quand je stresse"
        r"|quand ca deborde|pour me calmer|pour sentir quelque chose|jusqua saigner"
        r"|jusquau sang)(?= )",
        needs="pas mal craque jangoisse stresse deborde calmer sentir saigner sang",
    ),
    leveled(
        HIGH,
        "self_harm",
        "s32_de_burn_hit_self",
        "ich verbrenn mich|ich verbrenne mich|i verbrenn mi|ich schlag mir|ich schlage mir"
        "|ich schlag meinen kopf|ich hau mir|ich kratz mich|ich kratze mich",
        r"(?: (?:den kopf|meinen kopf))?(?: (?:mit (?:zigaretten|zigarette|kippen|kippe"
        r"|dem feuerzeug|feuerzeug)|gegen die wand|an der wand|blutig))"
        r"(?:(?: ,)? (?:wenn|wenns|sobald) (?:der druck|es zu viel|alles zu viel|ichs nicht"
        r"|ich es nicht|es mir schlecht)| ,? ?(?:heute wieder|schon wieder|jeden tag)|(?= \.))",
        needs="zigaretten zigarette kippen kippe feuerzeug wand blutig",
    ),
    leveled(
        HIGH,
        "self_harm",
        "s32_de_scratch_till_blood",
        "mich aufzukratzen|mich aufkratzen|mi aufzkratzen|mich blutig zu kratzen"
        "|mich zu kratzen|mich aufzuritzen",
        r" bis (?:es blutet|es blutete|zum bluten|ich blute)"
        r"(?![^.]*? (?:neurodermitis|ekzem|juckt|mucken|stich|ausschlag)(?= ))(?= )",
        needs="blutet blutete bluten blute",
    ),
    imminent(
        "s32_frde_cut_too_deep",
        "mich zu tief geschnitten|mich zu tief geritzt|me suis coupe trop profond"
        "|me suis coupee trop profond|jme suis coupe trop profond|jme suis coupee trop profond",
        r"(?: ,)?(?: und)? (?:hort nicht auf zu bluten|hort nicht mehr auf zu bluten|blutet stark"
        r"|blutet so stark|ca arrete pas de saigner|ca sarrete pas de saigner|saigne beaucoup"
        r"|saigne trop)(?= )",
        needs="geschnitten geritzt profond",
        reasons="attempt",
    ),
]

_CUES: Final = [
    # Means at hand: "j'ai trouvé les cartouches", "ich weiß wo die Munition is".
    _cue(
        "s32_ammo_found",
        "jai trouve les|je sais ou sont les|jsais ou sont les|jai pris les|ich wees wo die"
        "|ich weiss wo die|ich weis wo die|i woas wo die|hab die|ich hab die",
        r" (?:cartouches|balles|munitions|munition|patronen|kugeln)(?: (?:is|ist|sind|san))?"
        r"(?= )",
        needs="cartouches balles munitions munition patronen kugeln",
        why="means",
    ),
    # Pills kept, a relative's too: "j'ai gardé toutes les boîtes de médocs de ma mère".
    _cue(
        "s32_fr_pills_kept",
        "jai garde|jai recupere",
        rf" (?:les|mes) (?:boites de |plaquettes de )?(?:{_FR_PILLS})(?= )",
        needs=_FR_PILLS.replace("|", " "),
        why="means",
    ),
    # "Wenn ich weg bin", "quand je serai plus là": said of what comes after.
    _cue(
        "s32_when_im_gone",
        "wenn ich weg bin|wenn ich nicht mehr da bin|wenn ich nimmer da bin"
        "|quand je serai plus la|quand je serai partie|quand je serai parti",
        _END,
        needs="weg da la partie parti",
        why="goodbye",
    ),
    # Standing at a height: "chui sur le toit de l'immeuble là", "steh grad uff dr Brücke".
    _cue(
        "s32_fr_on_the_height",
        "je suis|jsuis|je suis assis|je suis assise",
        r"(?: (?:la|deja|juste))? (?:sur le|au bord du|en haut du|sur la) (?:toit|pont|falaise"
        r"|viaduc|barrage|rebord)(?: (?:de limmeuble|du batiment|de la tour))?(?= )",
        needs="toit pont falaise viaduc barrage rebord",
        why="means",
    ),
    _cue(
        "s32_de_on_the_height",
        "ich steh|i steh|ick steh|ich stehe|ich sitz|ich bin|i bin|ick bin|ich hock",
        r"(?: (?:hier|scho|schon|jetzt|jetz|grad|gerade))* (?:uff dr|uff de|uff der|uffm"
        r"|uf de|auf de|uff|obn auf der|oben auf der|oben aufm) (?:gleis|brucke|bruck|dach"
        r"|klippe|hochhaus|staudamm)(?= )",
        needs="gleis brucke bruck dach klippe hochhaus staudamm",
        why="means",
    ),
    # "Je sais pas pourquoi je t'écris", "weeß ni warum ich dir noch schreib".
    _cue(
        "s32_why_writing_you",
        "jsp pk|jsp pourquoi|je sais pas pourquoi|sais pas pourquoi|weess ni warum"
        "|weiss nicht warum|weiss nich warum|weis nicht warum|keine ahnung warum|woas ned warum",
        r" (?:je tecris|jtecris|je vous ecris|ich dir (?:noch )?(?:schreib|schreibe)"
        r"|ich euch (?:noch )?(?:schreib|schreibe)|i dir (?:no )?schreib)(?! (?:ca|des|das)(?= ))"
        r"(?= )",
        needs="tecris jtecris ecris schreib schreibe",
        why="goodbye",
    ),
    # A last message, love and pardon passed on, not being seen again.
    _cue(
        "s32_fr_last_message",
        "cest mon dernier message|mon dernier message|cest mon dernier msg|das ist meine letzte"
        "|meine letzte nachricht|des is mei letzte",
        r"(?: nachricht)?" + _END,
        needs="message msg letzte",
        why="goodbye",
    ),
    _cue(
        "s32_fr_tell_love",
        "dites a|dis a|dites lui|dis lui",
        r"(?: (?:ma|mon|mes))? [a-z]+ que je (?:laime|les aime|laimais|laimerai toujours)(?= )",
        needs="laime aime laimais laimerai",
        why="goodbye",
    ),
    _cue(
        "s32_fr_forgive_all",
        "pardonnez moi pour tout|pardonne moi pour tout|pardonnez moi de tout|pardonnez moi"
        "|verzeiht mir alles|verzeih mir alles|verzeiht mir",
        _END,
        needs="pardonnez pardonne verzeiht verzeih",
        why="goodbye",
    ),
    _cue(
        "s32_fr_wont_see_me",
        "vous me reverrez plus|vous me reverrez pas|tu me reverras plus|tu me reverras pas"
        "|vous me verrez plus|vous mentendrez plus|ihr hort nix mehr von|ihr hort nichts mehr von"
        "|ji hort nix mehr von|du horst nix mehr von|du horst nichts mehr von"
        "|ihr werdet nichts mehr von|ihr seht mich nie wieder|ihr seht mich nicht wieder",
        r"(?: (?:mir|mi|mich))?(?: horen)?" + _END,
        needs="reverrez reverras verrez mentendrez hort horst werdet seht",
        why="goodbye",
    ),
    _cue(
        "s32_de_bye_all",
        "tschuss an alle|tschuss an euch alle|tschuss ihr alle|adieu a tous|au revoir a tous",
        _END,
        needs="alle tous",
        why="goodbye",
    ),
    # Affairs seen to: "j'ai remboursé tout le monde", "alle Schulden bezahlt", "laissé mes
    # codes à ma sœur", "mein Bankpasswort aufgeschrieben", "une lettre pour chacun".
    _cue(
        "s32_debts_repaid",
        "jai rembourse tout le monde|jai rembourse toutes mes dettes|jai paye toutes mes dettes"
        "|alle schulden bezahlt|alle schulden zuruckgezahlt|meine schulden bezahlt"
        "|alle schulden beglichen",
        needs="rembourse dettes schulden",
        why="plan",
    ),
    _cue(
        "s32_codes_left",
        "laisse mes codes|donne mes codes|laisse mes mots de passe|note mes mots de passe"
        "|bankpasswort|mein passwort|meine passworter|meine pin|meine zugangsdaten",
        r"(?: (?:a|au|pour) [a-z]+(?: [a-z]+)?| (?:aufgeschrieben|aufgschriebn|hinterlassen"
        r"|notiert|gegeben))?(?= )",
        back="(?:jai|et|,|hab|ich hab|und|habe|mein|meine|und mein|und meine)",
        needs="codes passe bankpasswort passwort passworter pin zugangsdaten",
        why="plan",
    ),
    _cue(
        "s32_fr_letters_each",
        "une lettre pour chacun|une lettre a chacun|des lettres pour tout le monde"
        "|ecrit les lettres|ecrit mes lettres|den brief geschrieben|die briefe geschrieben"
        "|ein brief fur jeden",
        r"(?! (?:de motivation|de candidature|de recommandation|au pere noel))(?= )",
        needs="chacun monde lettres brief briefe jeden",
        why="goodbye",
    ),
    _cue(
        "s32_fr_all_in_order",
        "tout est en ordre|tout est regle|comme ca tout est en ordre|alles ist erledigt"
        "|alles ist geregelt",
        _END,
        needs="ordre regle erledigt geregelt",
        why="plan",
    ),
    _cue(
        "s32_fr_nothing_behind",
        "rien laisser derriere moi|rien laisser en plan|nichts hinterlassen",
        _END,
        needs="derriere plan hinterlassen",
        why="plan",
    ),
    # Things given away "I won't need soon": "ich verschenk grad alles", "brauch ich eh bald
    # nicht mehr", "j'ai donné ma guitare à mon petit frère".
    _cue(
        "s32_de_giving_all",
        "ich verschenk|ich verschenke|hab alles verschenkt|habe alles verschenkt"
        "|hab meine sachen verschenkt",
        r"(?: (?:grad|gerade|jetzt))? (?:alles|meine sachen|all mein zeug)(?= )",
        needs="alles sachen zeug verschenkt",
        why="goodbye",
    ),
    _cue(
        "s32_de_wont_need_soon",
        "brauch ich eh bald|brauche ich eh bald|brauch ich bald|brauche ich bald"
        "|brauch ich ja bald|brauch ich dann eh",
        r" (?:nicht mehr|nich mehr|nimmer|ned mehr)(?= )",
        needs="bald eh",
        why="plan",
    ),
    _cue(
        "s32_fr_gave_my",
        "jai donne ma|jai donne mon|jai donne mes|jai offert ma|jai offert mon|jai offert mes",
        r" (?:guitare|console|ps5|pss|velo|affaires|fringues|bijoux|vetements|chat|chien"
        r"|collection|livres) (?:a|au|aux) (?!lanniversaire|noel)[a-z]+(?= )",
        needs="guitare console ps5 pss velo affaires fringues bijoux vetements chat chien"
        " collection livres",
        why="goodbye",
    ),
    _cue(
        "s32_fr_pet_to",
        "et mon chat|et ma chatte|et mon chien|et ma chienne",
        r" (?:a la|au|a) (?:voisine|voisin|soeur|frere|mere|pere|copine|pote)(?= )",
        needs="voisine voisin soeur frere mere pere copine pote",
        why="goodbye",
    ),
    # Plans and times: "j'ai tout préparé pour ce soir", "heute Nacht zieh ich es durch", "ich
    # hab alles geplant", "einen Plan, wie ich's mach", "ce soir c'est la fin", "hab's
    # beschlossen".
    _cue(
        "s32_fr_all_prepared",
        "jai tout prepare|tout est prepare|jai tout organise|jai tout prevu",
        r" pour (?:ce soir|cette nuit|demain)(?= )",
        needs="prepare organise prevu",
        why="plan",
    ),
    _cue(
        "s32_de_see_it_through",
        "zieh ich es durch|zieh ichs durch|ziehe ich es durch|ich zieh es durch|ich ziehs durch"
        "|hab alles geplant|habe alles geplant|einen plan wie ichs mach|nen plan wie ichs mach"
        "|einen plan wie ich es mache",
        needs="durch ziehs geplant plan",
        why="plan",
    ),
    _cue(
        "s32_de_nobody_home",
        "ist keiner zuhause|ist keiner daheim|ist niemand zuhause|ist niemand daheim"
        "|is keiner zuhause|ist keiner zu hause",
        _END,
        needs="zuhause daheim hause",
        why="plan",
    ),
    _cue(
        "s32_de_decided",
        "habs entschieden|habs beschlossen|hab ich beschlossen|ich habs entschieden"
        "|ich habs beschlossen|es ist entschieden",
        _END,
        needs="entschieden beschlossen",
        why="plan",
    ),
    _cue(
        "s32_fr_tonight_the_end",
        "ce soir cest la fin|cette nuit cest la fin|demain cest la fin|ce soir tout sarrete",
        _END,
        needs="fin sarrete",
        why="plan",
    ),
    _cue(
        "s32_fr_no_longer_problem",
        "je serai plus un|je ne serai plus un|jserai plus un|je serai plus une",
        r" (?:probleme|souci|charge|poids|fardeau)(?: pour (?:personne|vous|toi))?(?= )",
        needs="probleme souci charge poids fardeau",
        why="goodbye",
    ),
    # Cover stories: "dis que je dors chez Inès", "meiner Mutter hab ich erzählt ich penn bei
    # Tim", "allen hab ich gesagt, ich fahr campen". Then "dann sucht mich keiner, bis es zu
    # spät ist", "je reviens pas", "komm nicht zurück".
    _cue(
        "s32_fr_say_im_sleeping_at",
        "dis que je dors chez|dites que je dors chez|dis lui que je dors chez|dis que jdors chez",
        needs="dors",
        why="plan",
    ),
    _cue(
        "s32_de_told_them_i",
        "hab ich erzahlt|hab ich gesagt|habe ich erzahlt|habe ich gesagt",
        r"(?: ,)? (?:ich|i) (?:penn|schlaf|ubernachte|fahr|fahre|bin|geh|gehe)(?= )",
        needs="erzahlt gesagt",
        why="plan",
    ),
    _cue(
        "s32_de_nobody_looks_till_late",
        "sucht mich keiner|sucht mich niemand|vermisst mich keiner|findet mich keiner",
        r"(?: ,)? bis es zu spat (?:ist|is)(?= )",
        needs="spat",
        why="plan",
    ),
    _cue(
        "s32_de_not_coming_back",
        "komm nicht zuruck|komme nicht zuruck|komm nicht mehr zuruck|komm nimmer zuruck"
        "|komme nie wieder zuruck",
        _END,
        needs="zuruck",
        why="goodbye",
    ),
    # Going to a dead relative: "am Wochenende geh ich zu meinem Opa, der ist seit zwei
    # Jahren tot". Not a visit to the grave.
    _cue(
        "s32_de_to_the_dead",
        "geh ich zu|gehe ich zu|ich geh zu|ich gehe zu|komm ich zu|fahr ich zu",
        r" (?:meinem|meiner|mei|meim) [a-z]+ , (?:der|die) (?:ist|is) (?:schon )?"
        r"(?:seit [a-z]+ [a-z]+ )?(?:tot|gestorben|verstorben)"
        r"(?![^.]*? (?:friedhof|grab|grabe)(?= ))(?= )",
        needs="tot gestorben verstorben",
        why="goodbye",
    ),
]

_CONCERNS: Final = [
    # Worn out, said alone: "j'en peux plus, cher", "ich kann nicht mehr.", "ich mag nimmi".
    leveled(
        CONCERN,
        "hopeless",
        "s32_frde_cant_anymore",
        "jen peux plus|jen peux pu|j en peux plus|ich kann nicht mehr|ich kann nich mehr"
        "|i ko nimma|ich mag nimmi|i mag nimmi|ich mag nimme|i mog nimma",
        r"(?: ,)?(?: cher| la| vraiment| wirklich| echt)?(?= (?:[.!?]|$))",
        needs="peux kann ko nimmi nimme nimma",
    ),
]

# A laugh right after the hyperbole of a trivial mishap: "raté le bus, jvais me pendre
# mdrrr 💀", "ich häng mich auf lol". An idiom with a level: it hides the method, and
# stays a light check-in; anything serious beside it is read on its own.
_JOKES: Final = [
    rule(
        "s32_frde_hang_joke",
        "je vais me pendre|je me pends|je vais me defenestrer|je vais me jeter par la fenetre"
        "|ich hang mich auf|ich hange mich auf|ich erhang mich|ich spring ausm fenster"
        "|ich spring aus dem fenster",
        r"(?: (?:direct|de suite|la|jetzt|gleich|sofort))? (?:mdr|mdrr|mdrrr|ptdr|ptdrr|lol|xd"
        r"|emojiskull|emojilaugh|haha|hahaha|mdr emojiskull|lol emojiskull)"
        r"(?!(?: \.)? (?:non|nan|sans rire|serieux|jrigole pas|je rigole pas|kein witz|ernsthaft"
        r"|nein))(?= )",
        needs="mdr mdrr mdrrr ptdr ptdrr lol xd emojiskull emojilaugh haha hahaha",
        kind=Kind.IDIOM,
        level=CONCERN,
        reasons="ideation joking",
    ),
]

# Recoveries said in German and French: "jetzt ist das vorbei und ich bin stabil", "je m'en
# suis sortie".
FRDE_PLAN_MARKERS: Final[list[Rule]] = [
    rule(
        "s32_frde_over_now",
        "jetzt ist das vorbei|das ist jetzt vorbei|heute ist das vorbei|das ist lange vorbei"
        "|ich bin stabil|bin jetzt stabil"
        "|bin wieder stabil|jetzt geht es mir gut|jetzt geht es mir besser|je men suis sortie"
        "|je men suis sorti|ca va beaucoup mieux|jai remonte la pente",
        needs="vorbei stabil gut besser sortie sorti mieux pente",
        kind=Kind.RECOVERY,
    ),
]

FRDE_PLAN_RULES: Final[list[Rule]] = [*_ACTS, *_CUES, *_CONCERNS, *_JOKES]
