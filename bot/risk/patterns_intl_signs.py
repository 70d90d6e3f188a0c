"""Spanish, French, German and Portuguese warning signs said in passing.

:mod:`bot.risk.patterns_intl` holds the plain statements; this module holds
what is said around them: pills gathered for weeks, a decision made, an end
set for a day, a letter to one's parents written, things given away "as I
won't need them", and a jump thought of at the bridge. Most are cues that
mean little alone ("ya lo decidí" is any decision) and, like all cues,
become a crisis next to another cue or once concern has been shown (see
:mod:`bot.risk.reading`). Folded text has no accents or apostrophes.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Rule, cue, rule

__all__ = ["INTL_SIGN_RULES"]

HIGH, IMMINENT = RiskLevel.HIGH, RiskLevel.IMMINENT

_PILLS = (
    "pastillas|pildoras|medicamentos|medicinas|remedios|remedio|calmantes|somniferos"
    "|comprimidos|pilulas|medicaments|medocs|cachets|comprimes|pilules|tabletten|pillen"
    "|medikamente|schlaftabletten"
)
# How long: "desde hace semanas", "faz um mês", "depuis des semaines", "seit Wochen".
_FOR_LONG = (
    r"(?:desde hace|hace|por|durante|faz|ha|desde|tem|depuis|pendant|seit|schon seit)"
    r" (?:semanas|meses|dias|un mes|um mes|mucho tiempo|muito tempo|des semaines|des mois"
    r"|un mois|wochen|monaten|tagen|einem monat|langem)"
)
_GATHERED = (
    "guardadas|guardados|juntadas|juntados|acumuladas|acumulados|escondidas|escondidos"
    "|ahorradas|ahorrados|guardees|cachees|gesammelt|gehortet|gebunkert|versteckt"
)
_GATHERING = (
    "guardando|juntando|acumulando|escondiendo|ahorrando|escondendo|guardo|junto|juntei"
    "|guardei|acumulei|garde|cache|accumule|sammle|horte"
)

_KEPT: Final = [
    cue(
        # "tengo las pastillas guardadas desde hace semanas": kept for a long time.
        "intl_pills_kept_long",
        _PILLS,
        rf" (?:{_GATHERED}) {_FOR_LONG}(?= )",
        needs=_GATHERED.replace("|", " "),
        reasons="means",
    ),
    cue(
        # "tô juntando remédio faz um mês", "je garde mes cachets depuis des semaines".
        "intl_gathering_long",
        _GATHERING,
        rf" (?:las |los |mis |os |as |meus |minhas |mes |les |des |meine |die )?(?:{_PILLS})"
        rf" {_FOR_LONG}(?= )",
        needs=_PILLS.replace("|", " "),
        reasons="means",
    ),
    cue(
        # ... and the time said first: "llevo meses juntando pastillas", "faz semanas que
        # guardo os remédios".
        "intl_long_gathering",
        "llevo semanas|llevo meses|llevo un mes|levo semanas|levo meses|hace semanas que"
        "|hace meses que|faz semanas que|faz meses que|faz um mes que|ha semanas que"
        "|ha meses que|depuis des semaines|depuis des mois",
        rf"(?: (?:que|je|j))? (?:{_GATHERING}) (?:las |los |mis |os |as |meus |minhas |mes"
        rf" |les |des )?(?:{_PILLS})(?= )",
        needs=_PILLS.replace("|", " "),
        reasons="means",
    ),
    rule(
        # "hab seit Wochen Tabletten gesammelt", as "I've been collecting pills" in English:
        # gathered over time is preparation.
        "de_pills_gathered",
        "hab|habe|ich hab|ich habe",
        r"(?: (?:schon|seit wochen|seit monaten|seit tagen|lange|heimlich|alle|meine|die))*"
        r" (?:tabletten|pillen|medikamente|schlaftabletten|schmerztabletten)"
        r" (?:gesammelt|gehortet|gebunkert|zusammengesammelt|beiseitegelegt)(?= )",
        needs="gesammelt gehortet gebunkert zusammengesammelt beiseitegelegt",
        level=HIGH,
        reasons="means",
    ),
    cue(
        # A decision made, with nothing named: "ya lo decidí.", "já decidi", "c'est décidé",
        # "ich hab mich entschieden". Any decision, until something else is said.
        "intl_decided",
        "ya lo decidi|lo decidi|ya decidi|ya me decidi|ya esta decidido|ya tome la decision"
        "|lo tengo decidido|ja decidi|eu decidi|ja esta decidido|ta decidido|ja tomei a decisao"
        "|ja tomei minha decisao|cest decide|jai pris ma decision|ma decision est prise"
        "|ich hab mich entschieden|ich habe mich entschieden|es ist entschieden"
        "|meine entscheidung steht|meine entscheidung ist gefallen",
        r"(?= (?:[.,]|$))",
        needs="decidi decidido decision decisao decide entschieden entscheidung",
        reasons="intent",
    ),
]

_DAY_WORDS = (
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|heute|morgen"
    "|heute nacht|heute abend"
)
_FAMILY = (
    "eltern|mutter|mama|vater|papa|familie|frau|mann|kinder|schwester|bruder|freundin|freund"
    "|oma|opa"
)

_ENDS: Final = [
    cue(
        # "Am Sonntag ist Schluss.": an end set for a day. Not "Schluss mit der Diät".
        "de_end_on_day",
        "ist schluss",
        r"(?= (?:[.,]|$|mit allem|mit mir|fur immer|endgultig))",
        needs="schluss",
        back=rf"(?:am|bis|ab|dann|spatestens)? ?(?:{_DAY_WORDS})",
        reasons="timeline",
    ),
    cue(
        # "Den Brief an meine Eltern hab ich schon geschrieben."
        "de_letter_to_family",
        "brief an|briefe an|brief fur|briefe fur",
        rf" (?:meine|meinen|mein) (?:{_FAMILY})(?: [^ .,]+){{0,4}}? (?:geschrieben|verfasst"
        r"|fertig|hingelegt)(?= )",
        needs="geschrieben verfasst fertig hingelegt",
        reasons="goodbye",
    ),
    cue(
        # "... j'ai donné mon chat à ma voisine, je n'en aurai plus besoin": things given away
        # "as I won't need them", as "won't need them where I'm going".
        "fr_wont_need",
        "je nen aurai plus besoin|jen aurai plus besoin|je nen aurai bientot plus besoin"
        "|no lo voy a necesitar mas|ya no lo voy a necesitar|ya no los voy a necesitar"
        "|nao vou mais precisar|nao vou precisar mais|ich brauche das nicht mehr"
        "|ich brauch das nicht mehr|ich werde das nicht mehr brauchen",
        needs="besoin necesitar precisar brauche brauch brauchen",
        reasons="goodbye",
    ),
]

_PLACES = (
    "pont|quai|falaise|toit|balcon|train|metro|puente|vias|tren|azotea|acantilado|ponte"
    "|trilhos|trem|penhasco|telhado|brucke|gleise|zug|dach|klippe|bahnsteig"
)

_PULL: Final = [
    rule(
        # At the bridge or the platform, a jump thought of: "chaque fois que je passe sur le
        # pont je pense à sauter", "cruzo el puente y pienso en tirarme". Not "sauter le pas",
        # a dive into the river, or a parachute.
        "intl_thinks_of_jumping",
        "je pense a|jpense a|pienso en|penso em|ich denke daran|ich denk daran|denke ich daran",
        r" (?:sauter|me jeter|enjamber|tirarme|aventarme|lanzarme|pular|me jogar|me atirar"
        r"|zu springen|runterzuspringen|mich fallen zu lassen)"
        r"(?!(?: [^ .,]+){0,4} (?:le pas|dans l eau|a l eau|en parachute|al agua|al rio"
        r"|na agua|no rio|de paraquedas|ins wasser|mit dem fallschirm|piscine|piscina|bungee"
        r"|puenting|elastique)(?= ))",
        needs=_PLACES.replace("|", " "),
        level=HIGH,
        reasons="ideation method",
    ),
]

# The act a plan is for, after "para", "pra", "pour" or "wie ich".
_PLAN_FOR = (
    r" (?:(?:para|pa|de) (?:quitarme la vida|matarme|suicidarme|(?:acabar|terminar) con mi vida"
    r"|morir(?:me)?)"
    r"|(?:pra|para|de) (?:tirar (?:a )?minha (?:propria )?vida|me matar|me suicidar"
    r"|acabar com (?:a )?minha vida|morrer)"
    r"|pour (?:me suicider|me tuer|en finir|mettre fin a (?:mes jours|ma vie))"
    r"|(?:, )?(?:wie ich mir das leben nehme|wie ich mich umbringe|wie ich mich tote"
    r"|mir das leben zu nehmen|mich umzubringen))(?= )"
)

_TOLD: Final = [
    rule(
        # "tengo un plan para quitarme la vida el viernes", "tenho um plano pra tirar minha
        # vida", "j'ai un plan pour en finir", "ich habe einen Plan, wie ich mir das Leben
        # nehme": a plan named with its end, as "I have a plan to kill myself". The frame
        # joins the hit, so "no tengo un plan ..." is read as denied.
        "intl_plan_to",
        "plan|plano",
        _PLAN_FOR,
        needs="quitarme matarme suicidarme vida morir morirme tirar matar suicidar morrer"
        " suicider tuer finir fin leben umbringe tote umzubringen",
        back=r"(?:(?:ya )?tengo (?:un|el|mi)|(?:eu )?(?:ja )?tenho (?:um|o|meu)|jai (?:un|mon)"
        r"|ich (?:habe|hab)(?: schon| bereits)? (?:einen|meinen))",
        level=IMMINENT,
        reasons="ideation plan",
    ),
    cue(
        # "C'est mon dernier message.", "Das ist meine letzte Nachricht.": little alone (a
        # last message before a holiday), a crisis beside an "adieu" or "lebt wohl".
        "intl_last_message",
        "mon dernier message|mi ultimo mensaje|meine letzte nachricht|minha ultima mensagem"
        "|a minha ultima mensagem",
        r"(?= (?:[.,]|$))",
        needs="message mensaje nachricht mensagem",
        back=r"(?:cest|ceci est|voici|este es|esta es|es|das ist|dies ist|hier ist|essa e|esta e"
        r"|e|aqui vai)",
        reasons="goodbye",
    ),
    rule(
        # "estoy cansada de vivir", "tô cansado de viver", "je suis fatiguée de vivre": tired
        # of living, a passive wish as in English.
        "intl_tired_of_living",
        "cansada de vivir|cansado de vivir|harta de vivir|harto de vivir|cansada de viver"
        "|cansado de viver|fatigue de vivre|fatiguee de vivre|lasse de vivre|las de vivre",
        needs="vivir viver vivre",
        level=RiskLevel.CONCERN,
        reasons="passive_wish",
    ),
    cue(
        # "mañana ya no voy a estar": no longer around, with nothing after; a trip names a
        # place ("... en la oficina").
        "es_wont_be_around",
        "ya no voy a estar|ya no estare|ya no vou estar|ja nao vou estar|nao vou mais estar",
        r"(?= (?:[.,]|$|mas|con ustedes|para nadie|com voces|pra ninguem))",
        needs="estar estare",
        reasons="goodbye",
    ),
    cue(
        # "der Tag steht fest", "la fecha está decidida": a day set, with nothing named.
        "intl_day_set",
        "der tag steht fest|das datum steht fest|der tag ist festgelegt|la fecha esta decidida"
        "|ya tengo la fecha|ja tenho a data|a data ta marcada|jai choisi le jour|la date est fixee",
        r"(?= (?:[.,]|$))",
        needs="tag datum fecha data jour date",
        reasons="timeline",
    ),
]

# Set11's plans, letters and wishes in other languages, told as people type them.
_TYPED: Final = [
    rule(
        # "j'ai tout prévu pour en finir", "já tenho tudo planejado pra acabar com a minha
        # vida", "ya tengo todo planeado para matarme": everything planned, for the end named.
        "intl_all_planned_for",
        "prevu|planifie|organise|planejado|planeado|preparado|organizado",
        _PLAN_FOR,
        needs="quitarme matarme suicidarme vida morir morirme tirar matar suicidar morrer"
        " suicider tuer finir fin",
        back=r"(?:jai tout|tout est|(?:ja )?tenho tudo|ta tudo|esta tudo|(?:ya )?tengo todo"
        r"|ya esta todo|todo esta)",
        level=IMMINENT,
        reasons="ideation plan",
    ),
    cue(
        # "ya escribí las cartas para mi familia": letters written for the family; not a cover
        # letter ("cartas de presentación").
        "es_wrote_letters",
        "cartas|carta",
        r" (?:para|a) (?:mi|mis) (?:familia|hij[oa]s|padres|mama|papa|herman[oa]s|esposa|esposo"
        r"|amig[oa]s|novi[oa])(?= )",
        needs="familia hijos hijas padres mama papa hermanos hermanas esposa esposo amigos amigas"
        " novio novia",
        back=r"(?:ya )?(?:escribi|he escrito|deje|termine)(?: ya)?(?: las| unas| mis)?",
        reasons="goodbye",
    ),
    cue(
        # "adiós, gracias por escucharme": a goodbye with thanks for listening.
        "es_goodbye_thanks",
        "adios",
        r"(?: [.,])? (?:y )?gracias por (?:escucharme|todo|leerme|estar ahi)(?= )",
        needs="gracias",
        reasons="goodbye",
    ),
    rule(
        # "ich hab die Tabletten schon gesammelt und will nicht mehr leben": the "ich" said
        # once, before a means got ready and "und". The frame is the participle alone, so the
        # means before it still counts as a sign of its own.
        "de_and_want_not_live",
        "und will|und mochte|und moechte",
        r" (?:(?:einfach|nur|noch|wirklich|echt|eigentlich|halt|jetzt) )*(?:nicht mehr leben"
        r"|sterben|tot sein)",
        needs="leben sterben tot",
        back=r"(?:gesammelt|besorgt|gekauft|versteckt|aufgehoben|geschrieben|verschenkt"
        r"|vorbereitet|geplant|satt|mude|muede|fertig)",
        level=RiskLevel.HIGH,
        reasons="ideation",
    ),
]

# Pieces of a farewell that set18 showed said in other words. Each is a cue: nothing alone
# ("tengo lo que necesito" is any errand, "c'est le moment" any moment), a crisis beside
# another cue ("tengo lo que necesito ..., el viernes lo hago") or after concern.
_WEEKDAYS = (
    "lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi"
    "|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    "|segunda|terca|quarta|quinta|sexta|weekend|wochenende|fin de semana|fim de semana"
)
_WHEN = (
    "hoy|esta noche|manana|manana temprano|ce soir|cette nuit|demain|demain matin|heute"
    "|heute nacht|heute abend|morgen|morgen fruh|hoje|esta noite|essa noite|amanha"
    "|amanha de manha|cette semaine|diese woche|esta semana|essa semana"
)
_CLAUSE_END = r"(?= (?:[.,]|$))"
# A thing got "for" something names what it is for: "todo lo que necesito para el viaje".
_NOT_FOR = r"(?! (?:para|pa|pra|pro|pour|fur|zum|zur|for|de|da|do|del)(?= ))"

_PIECES: Final = [
    cue(
        # "Ya tengo lo que necesito", "levei tudo que preciso", "hab mir schon alles besorgt".
        "intl_have_what_needed",
        "tengo lo que necesito|tengo todo lo que necesito|tenho tudo que preciso"
        "|tenho tudo o que preciso|levei tudo que preciso|levei tudo o que preciso"
        "|jai tout ce quil faut|jai tout ce dont jai besoin|hab alles was ich brauch"
        "|hab alles was ich brauche|habe alles was ich brauche|alles besorgt",
        r"(?: was ich (?:brauch|brauche))?(?: (?:escondido|guardado|aqui|comigo|ici|hier))?"
        + _NOT_FOR
        + _CLAUSE_END,
        needs="necesito preciso faut besoin brauch brauche besorgt",
        reasons="means",
    ),
    cue(
        # "El viernes lo hago", "après la prière de ce soir je le fais", "vou tomar no
        # sábado": doing it, with the day before or after.
        "intl_do_it_on_day",
        "lo hago|lo hare|je le fais|jle fais|je vais le faire|mach ichs|mach ich es|eu faco"
        "|vou fazer|vou tomar|me las tomo|voy a tomarlas",
        rf"(?: (?:el|le|am|no|na|este|ce|diesen|nesse|neste))? (?:{_WEEKDAYS}){_CLAUSE_END}",
        needs=_WEEKDAYS.replace("|", " "),
        reasons="intent timeline",
    ),
    cue(
        "intl_day_then_do_it",
        "lo hago|lo hare|je le fais|jle fais|mach ichs|mach ich es|eu faco|faco",
        _CLAUSE_END,
        needs="hago hare fais ichs faco",
        back=rf"(?:{_WEEKDAYS}|{_WHEN})(?: [^ .,]+){{0,3}}",
        reasons="intent timeline",
    ),
    cue(
        # "Sonntag ist es soweit", "ce weekend c'est le moment", "tomei coragem, é agora".
        "intl_its_time",
        "ist es soweit|es ist soweit|cest le moment|e agora|ha llegado la hora|llego la hora"
        "|llego el momento|chegou a hora|chegou o momento",
        _CLAUSE_END,
        needs="soweit moment agora hora momento",
        reasons="timeline",
    ),
    cue(
        # "Ce sera cette nuit", "demain matin ce sera fait", "amanhã de manhã acaba",
        # "an meinem Geburtstag wird's passieren": it, set for a time.
        "intl_it_at_time",
        "ce sera|cest|vai ser|va a ser|sera",
        rf" (?:{_WHEN}){_CLAUSE_END}",
        needs=_WHEN.replace("|", " "),
        reasons="timeline",
    ),
    cue(
        "intl_time_then_it",
        "ce sera fait|acaba|wirds passieren|wird es passieren|passiert es|va a pasar"
        "|vai acontecer|ca va se passer",
        _CLAUSE_END,
        needs="fait acaba passieren passiert pasar acontecer passer",
        back=rf"(?:{_WHEN}|{_WEEKDAYS}|geburtstag|cumpleanos|cumple|anniversaire|aniversario)",
        reasons="timeline",
    ),
    cue(
        # "Deje todo arreglado", "j'ai tout réglé", "alles ist geregelt", "já está tudo
        # tratado": affairs in order.
        "intl_all_settled",
        "deje todo arreglado|deje todo en orden|ya esta todo arreglado|todo esta arreglado"
        "|jai tout regle|tout est regle|jai tout mis en ordre|alles ist geregelt|alles geregelt"
        "|hab alles geregelt|habe alles geregelt|ja esta tudo tratado|esta tudo tratado"
        "|deixei tudo arrumado|deixei tudo resolvido|ta tudo resolvido",
        _CLAUSE_END,
        needs="arreglado orden regle ordre geregelt tratado arrumado resolvido",
        reasons="plan",
        personal=False,  # "ya" before it reads as English "ya"; the words name no one else
    ),
    cue(
        # "Nadie me va a detener", "ninguém vai me impedir", "ya no hay nada que me detenga".
        "intl_none_will_stop_me",
        "nadie me va a detener|nadie me va a parar|nadie me detendra|no hay nada que me detenga"
        "|nada me va a detener|no me intentes convencer|no me intentes detener"
        "|no me trates de convencer|ninguem vai me impedir|ninguem vai me parar|nada vai me impedir"
        "|personne ne marretera|personne va marreter|rien ne marretera|niemand halt mich auf"
        "|niemand wird mich aufhalten|nichts halt mich mehr",
        needs="detener parar detendra detenga convencer impedir marretera marreter halt aufhalten",
        reasons="intent",
        personal=False,  # "nadie", "personne": the words name others and deny nothing
    ),
    cue(
        # "Los quiero a todos.", "amo vocês", "pardonnez-moi tous": love or sorry to all, as
        # the message ends.
        "intl_love_all_bare",
        "los quiero a todos|las quiero a todas|los amo a todos|les quiero a todos|amo voces"
        "|amo todos voces|je vous aime tous|hab euch alle lieb|pardonnez moi tous"
        "|pardonnez moi|perdonenme todos|perdonenme|me perdoem|verzeiht mir",
        # sorry may close it: "los quiero a todos. perdón."
        r"(?= (?:[.,] )*(?:(?:perdon|perdao|pardon|sorry|entschuldigung|perdonenme|me perdoem"
        r"|pardonnez moi) (?:[.,] )*)?$)",
        needs="todos todas voces tous lieb pardonnez perdonenme perdoem verzeiht",
        reasons="goodbye",
    ),
    cue(
        # "Merci à ceux qui ont été là", "tschüss an alle, die mich gemocht haben".
        "intl_thanks_to_those",
        "merci a ceux qui ont ete la|merci a tous ceux qui|gracias a los que estuvieron"
        "|gracias a todos los que|obrigado a quem esteve|obrigada a quem esteve"
        "|die mich gemocht haben|die mich geliebt haben|qui mont aime|que me quisieron"
        "|que me amaram",
        needs="ete tous estuvieron todos esteve gemocht geliebt aime quisieron amaram",
        reasons="goodbye",
    ),
    cue(
        # At an edge or the water: "ya estoy en la azotea", "je suis sur les quais", "tô no
        # alto do morro", "na beira da represa". Someone waiting for a bus says so too.
        "intl_at_the_edge",
        "azotea|falaise|quais|morro|represa|penhasco|acantilado|klippe|barranco|cornisa",
        needs="azotea falaise quais morro represa penhasco acantilado klippe barranco cornisa",
        back=r"(?:estoy|ya estoy|toy|je suis|jsuis|suis|to|tou|estou|bin|ich bin|ich steh)"
        r"(?: [^ .,]+){1,6}",
        reasons="means",
    ),
    cue(
        # "Solo quería despedirme", "escrevendo pra vocês pela última vez".
        "intl_saying_goodbye",
        "queria despedirme|quiero despedirme|queria me despedir|quero me despedir"
        "|voulais vous dire adieu|wollte mich verabschieden|pela ultima vez|por ultima vez"
        "|pour la derniere fois|zum letzten mal",
        r"(?: (?:de|von|da|de la) (?:alguien|todos|ustedes|voces|vous|euch|alguem))?" + _CLAUSE_END,
        needs="despedirme despedir adieu verabschieden ultima derniere letzten",
        back=r"(?:solo|so|nur|juste|escribiendo|escrevendo|jecris|schreibe|hablando|falando"
        r"|(?:escribiendo|escrevendo) (?:pra|para|a) (?:ustedes|voces|ti|vos|todos))",
        reasons="goodbye",
    ),
    cue(
        # "Tomei coragem", "j'ai pris mon courage", "hab all meinen Mut zusammen".
        "intl_took_courage",
        "tomei coragem|criei coragem|tome valor|junte valor|jai pris mon courage"
        "|hab mut gefasst|hab all meinen mut",
        _CLAUSE_END,
        needs="coragem valor courage mut",
        reasons="intent",
    ),
    cue(
        # Dizzy or strange after "ya lo hice" or pills: "me estoy sintiendo rara", "mir ist
        # total schwindlig".
        "intl_feeling_strange",
        "me estoy sintiendo rara|me estoy sintiendo raro|me siento rara|me siento raro"
        "|me siento mareada|me siento mareado|mir ist schwindlig|mir ist total schwindlig"
        "|mir ist so schwindlig|mir ist voll schwindlig|je me sens bizarre|jai la tete qui tourne"
        "|to ficando zonza|to ficando zonzo|to me sentindo estranha|to me sentindo estranho",
        needs="rara raro mareada mareado schwindlig bizarre tourne zonza zonzo estranha estranho",
        reasons="attempt",
    ),
    cue(
        # "Ya lo hice", "já fiz", "ich hab's getan": done, with nothing named.
        "intl_done_it",
        "ya lo hice|ja fiz|ja fiz isso|je lai fait|cest fait|ich habs getan|ich hab es getan"
        "|habs getan",
        _CLAUSE_END,
        needs="hice fiz fait getan",
        reasons="attempt",
    ),
    cue(
        # "Cuando lean esto", "wenn ihr das lest", "quando lerem isso": read after.
        "intl_when_you_read",
        "cuando lean esto|cuando leas esto|wenn ihr das lest|wenn du das liest|quando lerem isso"
        "|quando voce ler isso|quand vous lirez ca|quand tu liras ca|quand vous lirez ceci"
        "|quando vc ler isso|quando vcs lerem isso|quando voces lerem isso|quando voce ler isto"
        "|quando leres isto|quando tu leres isto|quando lerem isto|cuando ustedes lean esto",
        needs="lean leas lest liest lerem ler leres lirez liras",
        reasons="goodbye",
    ),
    cue(
        # "... ya me habré ido", "eu já vou ter ido", "bin ich schon unterwegs zu dem Ort".
        "intl_gone_by_then",
        "ya me habre ido|ja vou ter ido|eu ja vou ter ido|je serai deja parti"
        "|je serai deja partie|bin ich schon weg|bin ich schon unterwegs",
        needs="habre ido parti partie weg unterwegs",
        reasons="goodbye",
    ),
    cue(
        # "Ya escolhi o lugar e o dia", "le lieu et le jour": a place and a day chosen.
        "intl_place_and_day",
        "o lugar e o dia|o sitio e o dia|el lugar y el dia|le lieu et le jour|lendroit et le jour"
        "|ort und tag|den ort und den tag",
        needs="lugar sitio lieu lendroit ort",
        reasons="plan timeline",
    ),
    cue(
        # "Ninguém sabe onde eu tô", "nadie sabe dónde estoy": gone where no one looks.
        "intl_nobody_knows_where",
        "ninguem sabe onde eu to|ninguem sabe onde eu estou|ninguem sabe onde to"
        "|nadie sabe donde estoy|personne sait ou je suis|personne ne sait ou je suis"
        "|niemand weiss wo ich bin",
        needs="sabe sait weiss",
        reasons="goodbye",
    ),
    cue(
        # "Heute Nacht mach ich Schluss": an end set for a time. "Schluss mit ihm" names whom.
        "de_end_it_at",
        "mach ich schluss|mache ich schluss",
        _CLAUSE_END,
        needs="schluss",
        back=rf"(?:{_WHEN}|{_WEEKDAYS}|am (?:{_WEEKDAYS}))",
        reasons="intent timeline",
    ),
    cue(
        # "Noch 5 Tage", "faltan 3 días", "plus que 2 jours": counting down, to nothing named.
        "intl_countdown",
        "noch|faltan|faltam|plus que|encore",
        r" \d+ (?:tage|dias|jours)" + _CLAUSE_END,
        needs="tage dias jours",
        reasons="timeline",
    ),
    cue(
        # "Ya puse fecha", "marquei a data", "j'ai choisi la date": a date set, for nothing
        # named ("marquei a data do casamento" names it).
        "intl_date_set",
        "puse fecha|ya puse fecha|ya tengo fecha|marquei a data|ja marquei a data|marquei o dia"
        "|jai choisi la date|jai fixe la date|hab das datum|hab den tag gewahlt",
        r"(?! (?:de|del|da|do|pour|para|pra|fur|der|des|du|con|com|avec|mit)(?= ))" + _CLAUSE_END,
        needs="fecha data date datum gewahlt dia",
        reasons="plan timeline",
    ),
    cue(
        # "No voy a llegar a los 20", "je verrai pas mes 30 ans": an age one will not reach.
        "intl_wont_reach_age",
        "no voy a llegar a los|no llego a los|nao vou chegar aos|nao chego aos"
        "|je verrai pas mes|je vais pas arriver a",
        r" \d+(?: anos| ans)?(?= )",
        needs="llegar llego chegar chego verrai arriver",
        reasons="goodbye",
    ),
]

INTL_SIGN_RULES: Final[list[Rule]] = [*_KEPT, *_ENDS, *_PULL, *_TOLD, *_TYPED, *_PIECES]
