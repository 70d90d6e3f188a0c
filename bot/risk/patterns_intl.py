"""Spanish, French, German and Portuguese rules: explicit statements only.

Also the plainest statements in Hindi or Urdu and in Tagalog typed in Latin letters, as
they are mixed into English chat ("khud ko khatam kar du", "gusto ko nang mamatay").

Folded text has no accents or apostrophes ("j'ai envie de mourir" is
``jai envie de mourir``, "não quero" is ``nao quero``, "ich möchte" is
``ich mochte``). These rules cover plain wishes to die or to kill oneself,
intent, self-harm, passive wishes, burden, taking all the pills and a rope
that is ready; cues for a plan, means at hand, "doing it" at a time and a
goodbye to everyone or thanks for everything, as the English events are;
and a few idioms ("casi me mato"). The time words ("esta noche", "ce
soir", "heute Nacht", "hoje à noite") live with the timeline markers.
Negation is mostly built in: "je ne veux pas mourir" and "ich will nicht
sterben" simply do not match, while a Spanish or Portuguese "no"/"não"
right before a match (or before a frame that joins it, "no tengo
pensamientos suicidas") is caught by the screener's negation check.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Kind, Rule, Tense, cue, imminent, leveled, rule

__all__ = ["INTL_RULES", "NOT_A_JOB"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT


def _done(
    reasons: str, name: str, lead: str, rest: str = "", *, needs: str = "", back: str = ""
) -> Rule:
    """Self-harm told as done: recent unless told otherwise, as the English events are."""
    return leveled(HIGH, reasons, name, lead, rest, needs=needs, back=back, tense=Tense.EVENT)


def _idiom(name: str, lead: str, rest: str = "", *, needs: str = "") -> Rule:
    return rule(name, lead, rest, needs=needs, kind=Kind.IDIOM)


def _not_until(see_you: str) -> str:
    """After a goodbye: not followed by a "see you" that makes it an ordinary one."""
    return rf"(?! (?:[.,] )?(?:{see_you})(?= ))"


def _farewell(see_you: str) -> str:
    """After a goodbye's last words: the clause ends, and no "see you" follows."""
    return r"(?= (?:[.,]|$))" + _not_until(see_you)


# "Do it" with a time is a cue only after "and" or a sentence break (alone it is the
# whole message, which the bare-time cue would pair with: "lo hago mañana" is homework),
# and only with the time last: "ich mache es morgen fertig" is a chore.
_JOINED = r"(?:y|e|et|und|[.,])"
_LAST = r"(?= (?:[.,]|$))"


# After "acabo con todo", "je mets fin à tout": a job, a contract or a habit ended; a
# series watched to its end, a season's last match, a move, a diet, a subscription.
NOT_A_JOB: Final = (
    r"(?![^.]*? (?:trabajo|curro|contrato|relacion|novio|novia|gym|dieta|boulot|contrat"
    r"|relation|abonnement|copain|copine|arbeit|job|vertrag|beziehung|diat|rauchen|trabalho"
    r"|contrato|namoro|namorado|namorada|academia|dieta|cigarro|tabaco|clope|tesis|tese|tcc"
    r"|these|memoire|examen|examenes|prova|provas|projet|proyecto|projeto|projekt|entrego"
    r"|entrega|demissionne|demission|feierabend|kundigung|kundige"
    r"|capitulo|capitulos|episodio|episodios|serie|maratona|temporada|ultimo partido|finde"
    r"|vacaciones|ferias|urlaub|rente|mudanza|mudanca|pintar|rapport|bac|epreuve|exam|exams"
    r"|taf|seance|muscu|regime|forfait|resilie|netflix|desabonne|tinder|reunion|zucker"
    r"|plastik|spatschicht|hora extra|horas extras)(?= ))"
    # "... dou fim à minha vida... de sedentária": the pause, then the phrase's end.
    r"(?! \. \. \. (?:de|du|da|do|und|zuruck|y|e|et)(?= ))"
)

# "Me mato" at a task, said after the time: "me mato hoy trabajando", "eu me mato hoje de
# trabalhar", "me mato este finde a estudiar".
_NOT_DOING = r"(?![^.]*? (?:\w+(?:ando|iendo|yendo)|(?:a|de) \w+(?:ar|er|ir))(?= ))"

_ES_PILLS = "pastillas|pildoras|medicamentos|medicinas|remedios|calmantes|somniferos"
# After "all the pills": what makes it the prescribed dose, not an overdose. "Que" is the
# dose ("que me recetaron") unless it is all there were ("que encontré", "que había"), not
# the ones there were to take ("que tenía que tomar").
_ES_AS_TOLD = (
    r"(?! (?:[.,] )?(?:hoy )?"
    r"(?:que(?! (?:encontre|habia(?! que)|tenia(?! que)|quedaban|pude|halle))"
    r"|del dia|de hoy|de la receta"
    r"|de la (?:manana|tarde|noche)|como|a (?:su|la) hora"
    r"|a tiempo|del tratamiento|del antibiotico|recetad\w*))"
)
# An overdose taken: "all the pills" unless it reads as the day's dose; a box,
# a bottle or a count from ten on whatever follows.
_ES_DRUGS = (
    f"{_ES_PILLS}|tabletas|capsulas|antidepresivos|ansioliticos|paracetamol|ibuprofeno"
    "|aspirinas|clonazepam|rivotril|alprazolam|diazepam|valium|tramadol"
)
_ES_OVERDOSE = (
    rf" (?:(?:todas las|todos los|todas mis|todos mis) (?:{_ES_DRUGS}){_ES_AS_TOLD}"
    r"|(?:(?:(?:toda )?(?:la|una) (?:caja|tira|cajita)|(?:todo )?(?:el|un) (?:bote|frasco"
    r"|blister))(?: enter[oa]| complet[oa])? de|un monton de|un punado de|demasiad[oa]s"
    rf"|[1-9]\d+) (?:mis |las |los )?(?:{_ES_DRUGS}))"
)
# Where a jump is to: bridges, roofs, the tracks. A window only after a thought or a
# wish: "me voy a tirar por la ventana" is as often a sigh as a plan.
_ES_PLACE = (
    r"(?:(?:del|de un|de una|de la|desde el|desde la|desde un|desde una) (?:puente|edificio"
    r"|balcon|azotea|techo|terraza|precipicio|acantilado|barranco|mirador|piso \w+|\w+ piso)"
    r"|a las vias|(?:al|bajo el|bajo un|debajo del|debajo de un|frente al|frente a un"
    r"|delante del|delante de un|a un) (?:tren|metro|camion|coche|carro|autobus|bus))"
    # "... del puente a la piscina", "... en paracaídas": a dive or a sport.
    r"(?!(?: [^ .,]+){0,3} (?:piscina|alberca|pileta|agua|rio|mar|puenting|paracaidas)(?= ))"
)
_ES_JUMP = r"(?:tirar|aventar|lanzar|arrojar|botar)(?:me)?"
_ES_METHOD = (
    rf"(?:{_ES_JUMP} {_ES_PLACE}|(?:ahorcar|envenenar)(?:me)?(?! (?:a|al)(?= ))|colgarme"
    r"|cortar(?:me)? las venas|(?:pegar|dar)(?:me)? un (?:tiro|balazo))"
)
_ES_METHOD_WINDOW = rf"(?:{_ES_METHOD}|{_ES_JUMP} por la ventana)"
# A cut told as done, with what makes it self-harm: again, a time, an arm, on purpose.
_ES_AGAIN = r"(?:otra vez|otra ves|de nuevo|anoche|ayer|hoy|esta (?:manana|tarde|noche))"
# ... and not the hair, a finger, paper or cooking.
_ES_NOT_MEANT = (
    r"(?!(?: [^ .,]+){0,4} (?:el pelo|el cabello|el fleco|el flequillo|las unas|el dedo"
    r"|la barba|con (?:un|una|el|la) (?:papel|hoja|lata|vidrio|rama|clavo)|cocinando"
    r"|afeitandome|rasurandome|pelando|picando|sin querer|por accidente|jugando)(?= ))"
)
_ES_CUT_WHEN = (
    rf"(?= (?:{_ES_AGAIN}|(?:los|el|las|la) (?:brazos?|munecas?|piernas?|muslos?|panza"
    rf"|abdomen|estomago)|a proposito|aproposito|adrede"
    # "queriendo" alone, not "queriendo ayudar" (trying to help)
    rf"|queriendo(?! [a-z]+(?:ar|er|ir)(?:me|te|se|lo|la|le|los|las|les)?(?= )))(?= ))"
    rf"{_ES_NOT_MEANT}"
)
_ES_SEE_YOU = "nos vemos|hasta|chao|chau|besos|buenas noches"
# "me cortó un poco de arrachera": a piece cut for me, not cutting myself (the accent
# that tells "cortó" from "corto" is folded away).
_A_PORTION = (
    r"(?! (?:un|una|um|uma) (?:poco de|pouco de|pedazo|pedaco|trozo|rebanada|tajada|cacho"
    r"|pedacito|trocito|filete|rodaja|fatia|bocado|naco)(?= ))"
)

_ES_WANT = (
    r" (?:morir(?:me)?|matar(?:me)?|suicidar(?:me)?|quitarme la vida|dejar de vivir"
    r"|estar muert[oa])"
)

_SPANISH: Final = [
    leveled(
        IMMINENT,
        "ideation intent",
        "es_intent",
        "voy a|me voy a",
        # "Voy a matar" needs its "me": "voy a matar a mi hermano, se comió las croquetas".
        r" (?:matarme|suicidar(?:me)?|quitarme la vida|(?<= me voy a )(?:matar|quitar la vida))",
        needs="voy",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation",
        "es_want",
        "quiero|me quiero",
        _ES_WANT,
        needs="quiero",
        jokable=True,
    ),
    # The same after "ya", which the whose-words check would read as English "ya".
    leveled(
        HIGH,
        "ideation",
        "es_want_ya",
        "quiero|me quiero",
        _ES_WANT,
        needs="quiero",
        back="ya",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation",
        "es_dont_live",
        "no quiero|ya no quiero",
        r" (?:seguir )?(?:viviendo|vivir|estar viv[oa])",
        needs="quiero",
    ),
    leveled(
        HIGH,
        "ideation",
        "es_thinking",
        "pienso en|pensando en|he pensado en|pense en|tengo ganas de",
        r" (?:suicidarme|matarme|el suicidio|quitarme la vida|morirme|morir)",
        needs="suicidarme matarme suicidio quitarme morirme morir",
    ),
    # "me mato" / "me suicido": the present said of the future ("mañana me mato"). "Me mato"
    # only at a clause end or before a time: "me mato de risa", "me mato estudiando" are idioms.
    leveled(
        HIGH,
        "ideation intent",
        "es_kill_now",
        "me mato",
        r"(?= (?:[.,]|$|hoy|manana|esta noche|ahora|ahorita|ya|de verdad|en serio|jaja\w*|xd|lol"
        r"|hoje|amanha|esta noite|hoje a noite|agora|ja|kkk\w*))" + NOT_A_JOB + _NOT_DOING,
        needs="mato",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation intent",
        # "me mato este finde", "me mato el viernes. posta": the day, then the clause ends
        # (NOT_A_JOB reads "finde" as a chore's day: "acabo con todo el finde").
        "es_kill_on_a_day",
        "me mato",
        r"(?= (?:este|ese|el|esse|nesse|neste|no|na|nesta|nessa) (?:finde|fin de semana"
        r"|fim de semana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|terca"
        r"|quarta|quinta|sexta)(?= (?:[.,]|$|[^ .,]+ (?:[.,]|$))))" + _NOT_DOING,
        needs="mato",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation intent",
        "es_suicide_now",
        "me suicido|me quito la vida",
        # "Me suicido de tanto chocolate" is "me muero de".
        r"(?! de (?:tanto|tanta|tantos|tantas|risa|la risa|aburrimiento|verguenza|hambre)(?= ))",
        needs="suicido quito",
    ),
    _idiom("es_almost_died", "casi me mato|por poco me mato|casi me suicido", needs="casi poco"),
    # "No tengo pensamientos suicidas": the frame joins the hit, so "no" before it negates.
    # "Ya" (already) goes inside frames: the whose-words check reads it as English "ya".
    leveled(
        HIGH,
        "ideation",
        "es_suicidal",
        "suicidas|suicida",
        back=r"(?:ya )?(?:(?:tengo )?(?:pensamientos|ideas|tendencias)|estoy|me siento|soy)",
    ),
    leveled(
        HIGH,
        "self_harm",
        "es_self_harm",
        "quiero|voy a|necesito",
        r" (?:cortarme|hacerme dano)",
        needs="cortarme dano",
    ),
    leveled(
        HIGH,
        "self_harm",
        "es_cutting",
        "me corto|me estoy cortando|me hago dano",
        r"(?! (?:el|la|las|los) (?:pelo|unas|cabello)(?= ))" + _A_PORTION,
        needs="corto cortando dano",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "es_passive",
        "ojala|quisiera|me gustaria",
        r" (?:estuviera muert[oa]|me muriera|me muera|no despertar|no despierte|no despertara"
        r"|no despertase|no volver a despertar|no volviera a despertar|no amanecer|no existiera"
        r"|no hubiera nacido|morir|desaparecer|no existir)",
        needs="ojala quisiera gustaria",
    ),
    leveled(CONCERN, "passive_wish", "es_disappear", "quiero desaparecer"),
    leveled(
        CONCERN,
        "burden",
        "es_burden",
        "soy una carga|me siento una carga|soy un estorbo|me siento un estorbo",
        "",
        needs="carga estorbo",
    ),
    leveled(
        CONCERN,
        "burden",
        "es_better_without",
        "estarian|estaran|estarias|estaria|seria|serian|vivirian|viviria|irian|iria",
        " mejor sin mi",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "es_no_reason",
        "no tengo|no hay",
        r" (?:ninguna )?razon para vivir",
        needs="razon",
    ),
    # "Take all the pills" is a method; "... que me recetó el médico" is a dose.
    leveled(
        HIGH,
        "ideation method",
        "es_take_all",
        "tomar|tomarme|tragar|tragarme",
        rf" (?:todas las|todos los|toda la caja de) (?:mis )?(?:{_ES_PILLS}){_ES_AS_TOLD}",
        needs="todas todos toda",
        back=r"(?:ya )?(?:voy a|me voy a|quiero|pienso)",
    ),
    imminent(
        "es_rope_ready",
        "cuerda|soga",
        r"(?: ya)?(?: esta)? (?:lista|preparada|atada|colgada)"
        r"(?! (?:para|pa) (?!(?:hacerlo|matarme|colgarme|ahorcarme)(?= )))",
        back=r"(?:(?:ya )?tengo )?(?:la|una|mi)",
        reasons="means method",
    ),
    # Plans are led by the rare word, not by "tengo"/"ya"/"jai", which most messages hold.
    cue("es_plan", "plan", back="(?:ya )?tengo (?:un|el)", reasons="plan"),
    cue(
        "es_have_means",
        f"{_ES_PILLS}|cuerda|soga|pistola",
        back=r"(?:tengo|ya tengo|compre|consegui|guarde)(?: (?:las|mis|la|una|suficientes"
        r"|todas las|muchas))?",
        reasons="means",
    ),
    cue(
        "es_do_it",
        "lo hago|lo voy a hacer|voy a hacerlo|lo hare",
        r" (?:hoy|esta noche|manana|ahora|ya)" + _LAST,
        needs="hago hacer hacerlo hare",
        back=rf"{_JOINED}(?: yo| ya)?",
        reasons="intent",
    ),
    cue(
        "es_goodbye_all",
        "adios|chao|chau",
        r" a (?:todos|todas|todo el mundo)" + _not_until(_ES_SEE_YOU),
        reasons="goodbye",
    ),
    cue("es_thanks_all", "gracias", r" por todo(?= (?:[.,]|$))", needs="todo", reasons="goodbye"),
    # A goodbye to everyone with love and nothing ordinary after: "adiós a todos, los quiero".
    imminent(
        "es_goodbye_love",
        "adios a todos|adios a todas|adios a todo el mundo",
        r"(?: [.,])? (?:yo )?(?:los|las|les) (?:quiero|amo)(?: mucho| muchisimo)?"
        + _farewell(_ES_SEE_YOU),
        needs="quiero amo",
        reasons="goodbye",
    ),
    # Taken already: "me tomé todas las pastillas hace una hora". "He" and "ya" go in the
    # leads, where the whose-words check does not read them as English "he" and "ya".
    imminent(
        "es_took_all",
        "tome|trague|ya tome|ya trague|he tomado|he tragado|ya he tomado|acabo de tomar"
        "|acabo de tragar|acabo de tomarme|acabo de tragarme|me tome|me trague|ya me tome"
        "|me he tomado|me acabo de tomar",
        _ES_OVERDOSE,
        # not "he", a lead's first word
        needs="tome trague tomado tragado tomar tragar tomarme tragarme",
        reasons="attempt",
    ),
    # The pills named before: "tenía las pastillas y me las tomé todas".
    cue(
        "es_took_them_all",
        "me las tome todas|me los tome todos|me las trague todas|me los trague todos"
        "|me las he tomado todas|me los he tomado todos",
        needs="todas todos",
        reasons="attempt",
    ),
    leveled(
        IMMINENT,
        "ideation intent method",
        "es_method_intent",
        "voy a|ya voy a",
        f" {_ES_METHOD}",
        needs="voy",
    ),
    # "Me tiro del puente": the present said of the future, and a joke as often, as "me
    # mato" is; so no "method", which would keep a laugh from capping it.
    leveled(
        HIGH,
        "ideation intent",
        "es_jump_now",
        "me tiro|me aviento|me lanzo|me arrojo|me boto",
        f" {_ES_PLACE}",
        needs="tiro aviento lanzo arrojo boto",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation method",
        "es_method_thought",
        "pienso en|pensando en|he pensado en|pense en|tengo ganas de|quiero|me quiero"
        "|ya quiero|ganas de",
        f" {_ES_METHOD_WINDOW}",
        needs="pienso pensando pensado pense ganas quiero",
    ),
    # "Me corté otra vez anoche"; "me volví a cortar" is a relapse said outright.
    _done(
        "self_harm",
        "es_cut_done",
        "me corte|me he cortado|me hice cortes|me he hecho cortes|me lastime|me queme|me golpee",
        _ES_CUT_WHEN,
        needs="corte cortado cortes lastime queme golpee",
    ),
    # The time first: "anoche me corté", "otra vez me corté".
    _done(
        "self_harm",
        "es_cut_done_after",
        "me corte|me he cortado|me lastime|me queme|me hice cortes",
        _ES_NOT_MEANT,
        needs="corte cortado lastime queme cortes",
        back=rf"{_ES_AGAIN}(?: (?:yo|ya))?",
    ),
    _done(
        "self_harm",
        "es_cut_relapse",
        "me volvi a cortar|volvi a cortarme|me he vuelto a cortar|he vuelto a cortarme"
        "|me estuve cortando|me he estado cortando",
        _ES_NOT_MEANT,
        needs="cortar cortarme cortando",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "es_sleep_forever",
        "dormir",
        r" (?:y (?:ya )?no (?:volver a )?despertar(?:me)?|para siempre)",
        needs="despertar despertarme siempre",
        back=r"(?:quiero|quisiera|me gustaria|me encantaria|ojala pudiera)(?: solo| solamente"
        r"| nada mas)?",
    ),
    # "No le encuentro sentido a vivir": the "no" is in the frame, so it negates nothing.
    leveled(
        CONCERN,
        "hopeless",
        "es_no_meaning",
        "sentido",
        r" (?:a (?:la vida|mi vida|vivir|seguir(?: viviendo)?|existir)|(?:seguir )?(?:vivir"
        r"|viviendo|existir))",
        needs="vida vivir seguir viviendo existir",
        back=r"(?:ya )?no (?:le )?(?:encuentro|veo|hallo|tiene)(?: ningun| mas| ya)?",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "es_life_pointless",
        "la vida|mi vida|esta vida|vivir",
        r"(?: ya)? no tiene (?:ningun |mas |ya )?sentido",
        needs="sentido",
    ),
    imminent(
        "es_note",
        "carta de despedida|nota de despedida|carta suicida|nota suicida|carta de suicidio"
        "|nota de suicidio",
        # A farewell to a job, a class or a colleague is another letter.
        r"(?! (?:para|a|de|del|por) (?:el |la |los |las |mi |mis |su |nuestr\w+ )?(?:jefe|jefa"
        r"|trabajo|empresa|companer\w+|colega\w*|equipo|profe\w*|clase|colegio|escuela|oficina"
        r"|alumn\w+|jubilacion)(?= ))",
        back=r"(?:ya )?(?:escribi|he escrito|tengo|deje|termine|redacte|estoy escribiendo"
        r"|acabo de escribir)(?: ya)?(?: la| mi| una)",
        reasons="goodbye",
    ),
    cue(
        "es_last_night",
        "ultima noche|ultimo dia",
        r"(?= (?:[.,]|$))",
        back=r"(?:es|sera|hoy es|esta es) mi",
        reasons="goodbye timeline",
    ),
]

# Spanish: thoughts that never stop, pills kept back for the day, farewells to whoever is left.
_ES_KEPT_FOR = (
    r"(?: [^ .,]+){0,3}? para (?:cuando (?:me decida|este list[oa]|llegue el momento|lo haga"
    r"|(?:ya )?no aguante)|el (?:dia|momento)(?= (?:que|en que|[.,]|$))|hacerlo|matarme"
    r"|morir(?:me)?|el final|(?:acabar|terminar) con (?:todo|mi vida)|suicidarme|quitarme la vida)"
    r"(?= )"
)
_SPANISH_MORE: Final = [
    leveled(
        HIGH,
        "ideation",
        "es_thinking_often",
        "pienso|pensando|pense|pensado|pensar",
        r"(?: (?:todo el tiempo|siempre|mucho|tanto|demasiado|cada dia|a diario|todos los dias"
        # Not bare "morir": "me da miedo pensar en morir" is a fear, as dying thought of is
        # a passive wish at most in English.
        r"|ultimamente|seguido|a veces|constantemente|otra vez|de nuevo))* en (?:suicidarme"
        r"|matarme|el suicidio|quitarme la vida|morirme)(?= )",
        needs="suicidarme matarme suicidio quitarme morirme",
    ),
    imminent(
        "es_pills_kept",
        _ES_PILLS,
        r" (?:guardad[oa]s|escondid[oa]s|juntad[oa]s|ahorrad[oa]s|apartad[oa]s)" + _ES_KEPT_FOR,
        needs="guardadas guardados escondidas escondidos juntadas juntados ahorradas ahorrados"
        " apartadas apartados",
        reasons="means plan",
    ),
    # The same after "ya tengo", which the whose-words check would read as English "ya".
    imminent(
        "es_pills_kept_ya",
        _ES_PILLS,
        r" (?:guardad[oa]s|escondid[oa]s|juntad[oa]s|ahorrad[oa]s|apartad[oa]s)" + _ES_KEPT_FOR,
        needs="guardadas guardados escondidas escondidos juntadas juntados ahorradas ahorrados"
        " apartadas apartados",
        back=r"ya (?:tengo|tenia)(?: (?:las|los|mis|unas|unos|todas las|todos los|todas mis"
        r"|todos mis|muchas|muchos))?",
        reasons="means plan",
    ),
    imminent(
        "es_keeping_pills",
        "guardando|juntando|ahorrando|acumulando|escondiendo|guardo|junto|separe|aparte|guarde"
        "|junte|escondi",
        rf" (?:las |mis |unas |muchas |todas las )?(?:{_ES_PILLS})" + _ES_KEPT_FOR,
        needs=_ES_PILLS.replace("|", " "),
        reasons="means plan",
    ),
    cue(
        "es_take_care",
        "cuiden a mi|cuida a mi|cuiden de mi|cuida de mi|cuiden bien a mi|cuiden a mis"
        "|cuida a mis|cuiden de mis",
        r" (?:gat[oa]s?|perr[oa]s?|mascotas?|hij[oa]s?|mama|familia|herman[oa]s?)(?= )",
        needs="cuiden cuida",
        reasons="goodbye",
    ),
    cue(
        "es_sorry_all",
        "perdon por todo|perdonen por todo|lo siento por todo|disculpen por todo"
        "|perdonenme por todo|perdoname por todo",
        r"(?= (?:[.,]|$))",
        needs="todo",
        reasons="goodbye",
    ),
]

_FR_PILLS = (
    "medicaments|cachets|pilules|comprimes|somniferes|anxiolytiques|antidepresseurs|medocs"
    "|cachetons"
)
# After "all my pills": the prescribed dose, the day's.
_FR_AS_TOLD = (
    r"(?! (?:[.,] )?(?:aujourdhui )?(?:que|comme|du jour|de la journee|du (?:matin|midi|soir)"
    r"|ce matin|daujourdhui|prescrits|prescrites|a lheure|de lordonnance|prevus|prevues))"
)
_FR_DRUGS = f"{_FR_PILLS}|gelules|doliprane|paracetamol|lexomil|xanax|stilnox|tramadol"
_FR_OVERDOSE = (
    rf" (?:(?:tous les|toutes les|tous mes|toutes mes|tt les|tt mes|ts mes|ttes mes)"
    rf" (?:{_FR_DRUGS}){_FR_AS_TOLD}"
    r"|(?:(?:toute )?(?:la|une) (?:boite|plaquette)(?: entiere| complete)?|toute une (?:boite"
    r"|plaquette)|(?:tout )?(?:le|un) (?:tube|flacon)(?: entier)?|une poignee|plein|un tas"
    rf"|[1-9]\d+) (?:de |d )?(?:mes |ces )?(?:{_FR_DRUGS}))"
)
# Where a jump is to; a window only after a thought or a wish, as in Spanish.
_FR_PLACE = (
    r"(?:(?:du haut (?:du|dun|de la|dune) |du |dun |dune |de la |depuis le |depuis la"
    r" |depuis un )(?:pont|immeuble|toit|balcon|falaise|viaduc|tour|batiment|parking|\w+ etage)"
    r"|(?:sous|devant) (?:un|le|une|la) (?:train|metro|rer|tgv|voiture|camion|bus|tram))"
    r"(?!(?: [^ .,]+){0,3} (?:piscine|eau|parachute|elastique|riviere|lac|mer|fleuve"
    r"|plongeon|baignade)(?= ))"
)
_FR_METHOD = (
    rf"(?:me (?:jeter|balancer|lancer) (?:{_FR_PLACE}|dans le vide)|sauter {_FR_PLACE}"
    r"|me pendre(?! (?:a|au) (?:son|ton|leur|mon) cou)|me tirer une balle"
    r"|(?:mouvrir|me taillader|me trancher) les veines)"
)
_FR_METHOD_WINDOW = rf"(?:{_FR_METHOD}|(?:me jeter|sauter) par la fenetre)"
_FR_SEE_YOU = "a demain|a bientot|a plus|a lundi|bisous|bonne nuit"

_FRENCH: Final = [
    leveled(
        IMMINENT,
        "ideation intent",
        "fr_intent",
        "je vais|je compte",
        r" (?:me (?:suicider|tuer|foutre en lair)|en finir|mettre fin a (?:mes jours|ma vie))",
        needs="vais compte",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation",
        "fr_want",
        "veux|envie de|le gout de",
        # "Être mort", not "mort de rire", "mort... de fatigue", a "mort-vivant" for
        # Halloween or dead at a hundred.
        r" (?:etre mort(?:e)?(?!(?: \. \. \.)? (?:de|du|d|vivant|vivante|a \d+ ans|a cent ans)"
        r"(?= ))|mourir|me suicider|me tuer|me foutre en lair"
        r"|en finir|mettre fin a (?:mes jours"
        r"|ma vie)|crever(?! (?:de|dun|un|une|le|la|les|mes)(?= )))",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation",
        "fr_dont_live",
        # "j'ai plus envie de vivre": spoken French drops the "ne".
        "veux plus|nai plus|n ai plus|jai plus|j ai plus|jai pu",
        r" (?:vivre|(?:envie|la force|le gout) de vivre)",
        needs="plus pu",
    ),
    leveled(
        HIGH,
        "ideation",
        "fr_thinking",
        "pense|je pense",
        r" (?:au suicide|a me (?:suicider|tuer)|a en finir)",
        needs="pense",
    ),
    leveled(
        HIGH,
        "ideation",
        "fr_suicidal",
        "idees suicidaires|pensees suicidaires|je suis suicidaire|je me sens suicidaire"
        "|pensees de suicide",
        "",
        needs="suicidaires suicidaire suicide",
    ),
    leveled(
        HIGH,
        "self_harm",
        "fr_self_harm",
        "me faire du mal|je me fais du mal|je me scarifie|me scarifier|je me mutile|me mutiler",
        "",
        needs="mal scarifie scarifier mutile mutiler",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "fr_passive",
        "jaimerais|je voudrais|si seulement je pouvais|jaurais aime|jaurais voulu|jaurais prefere",
        r" (?:mourir|disparaitre|ne (?:pas|plus|jamais) (?:me reveiller|metre reveillee?)"
        r"|ne plus exister|(?:ne jamais etre|netre jamais|ne pas etre) nee?)",
        needs="mourir disparaitre reveiller reveille reveillee exister nee ne",
    ),
    leveled(CONCERN, "passive_wish", "fr_disappear", "envie de disparaitre"),
    leveled(
        CONCERN,
        "burden",
        "fr_burden",
        "je suis un fardeau|je ne suis quun fardeau|je suis un poids|je ne suis quun poids"
        "|je suis une charge|je ne suis quune charge",
        "",
        needs="fardeau poids charge",
    ),
    leveled(
        CONCERN,
        "burden",
        "fr_better_without",
        "seraient|serait|serais|iraient|irait|vivraient|vivrait",
        " mieux sans moi",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "fr_no_reason",
        "plus de raison|plus aucune raison",
        " de vivre",
        needs="raison",
    ),
    leveled(
        HIGH,
        "ideation method",
        "fr_take_all",
        "prendre|avaler",
        rf" (?:tous|toutes) (?:les|mes) (?:{_FR_PILLS}){_FR_AS_TOLD}",
        needs="tous toutes",
        back=r"(?:je )?(?:vais|veux|compte)",
    ),
    imminent(
        "fr_rope_ready",
        "corde",
        r" (?:est )?(?:prete|attachee|accrochee)(?! pour (?!(?:le faire|me pendre)(?= )))",
        reasons="means method",
    ),
    cue("fr_plan", "plan", back="jai (?:un|mon)", reasons="plan"),
    cue("fr_planned", "prevu|planifie", back="jai tout", reasons="plan"),
    cue(
        "fr_have_means",
        f"{_FR_PILLS}|corde",
        back=r"jai(?: deja| achete)? (?:les|mes|la|une|assez de|tous les|tous mes|plein de"
        r"|une boite de)",
        reasons="means",
    ),
    # "Je vais tous les prendre": the pills named before, all at once. No lead is a bare
    # "les" or "je": the index looks each up by the longest text its leads share.
    cue(
        "fr_take_them_all",
        "tous les prendre|toutes les prendre|tous les avaler|toutes les avaler"
        "|les prendre tous|les prendre toutes",
        needs="prendre avaler",
        back=r"(?:je )?(?:vais|veux|compte)",
        reasons="intent",
    ),
    cue(
        "fr_do_it",
        "vais le faire|le fais",
        r" (?:ce soir|cette nuit|demain|aujourdhui|maintenant)" + _LAST,
        needs="faire fais",
        back=rf"{_JOINED} je",
        reasons="intent",
    ),
    cue(
        "fr_goodbye_all",
        "adieu",
        r" (?:a tous|a toutes|tout le monde)" + _not_until(_FR_SEE_YOU),
        reasons="goodbye",
    ),
    cue("fr_thanks_all", "merci", r" pour tout(?= (?:[.,]|$))", needs="tout", reasons="goodbye"),
    imminent(
        "fr_goodbye_love",
        "adieu a tous|adieu a toutes|adieu tout le monde",
        r"(?: [.,])? je vous aime(?: tous| toutes| fort)?" + _farewell(_FR_SEE_YOU),
        needs="aime",
        reasons="goodbye",
    ),
    imminent(
        "fr_took_all",
        "jai pris|jai avale|jai deja pris|jai deja avale|je viens de prendre|je viens davaler"
        "|jai gobe|jai ingurgite|g pris|g avale|jai pri|jme suis pris",
        _FR_OVERDOSE,
        needs=_FR_DRUGS.replace("|", " "),
        reasons="attempt",
    ),
    # The pills named before: "j'avais mes cachets et je les ai tous pris".
    cue(
        "fr_took_them_all",
        "je les ai tous pris|je les ai toutes prises|je les ai tous avales"
        "|je les ai toutes avalees|jai tout pris|jai tout avale",
        needs="pris prises avales avalees avale",
        reasons="attempt",
    ),
    leveled(
        IMMINENT,
        "ideation intent method",
        "fr_method_intent",
        "je vais|je compte|jvais",
        f" {_FR_METHOD}",
        needs="vais compte jvais",
    ),
    leveled(
        HIGH,
        "ideation method",
        "fr_method_thought",
        "pense|je pense|songe|envie de|veux|je veux",
        f" (?:a |de )?{_FR_METHOD_WINDOW}",
        needs="pense songe envie veux",
    ),
    # Told as done: "je me suis scarifiée hier soir". A cut needs what makes it
    # self-harm, an arm or "on purpose": "je me suis coupé le doigt" is the kitchen.
    _done(
        "self_harm",
        "fr_self_harm_done",
        "je me suis|je me suis encore|je me suis de nouveau",
        r" (?:scarifiee?|mutilee?|(?:re)?fait du mal(?! en [a-z]+ant(?= ))|coupee?"
        r" (?:(?:les|le|la) (?:bras|poignets?|cuisses?|jambes?|ventre|hanches?)"
        r"|expres|volontairement|encore|a nouveau|de nouveau|hier soir))"
        r"(?!(?: [^ .,]+){0,4} (?:en cuisinant|en me rasant|sans faire expres|par accident"
        r"|avec (?:du|un|une) (?:papier|feuille|couteau de cuisine|boite))(?= ))",
        needs="scarifie scarifiee mutile mutilee fait refait coupe coupee",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "fr_sleep_forever",
        "mendormir|dormir",
        r" (?:et ne (?:plus|jamais|pas) (?:me )?reveiller|pour toujours)",
        needs="reveiller toujours",
        back=r"(?:jaimerais|je voudrais|jai envie de|je veux|si seulement je pouvais)"
        r"(?: juste| seulement)?",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "fr_no_meaning",
        "sens",
        back=r"(?:ma vie|la vie|vivre|mon existence)(?: ne)? na (?:plus|aucun|plus aucun|pas)"
        r"(?: de)?",
    ),
    imminent(
        "fr_note",
        "lettre dadieu|lettres dadieu|mot dadieu|lettre de suicide|mot de suicide",
        # A farewell to a job or colleagues is another letter.
        r"(?! (?:a|pour|au|aux) (?:mon |ma |mes |les |la |le )?(?:collegue\w*|equipe|patron"
        r"|boss|boulot|travail|eleves|classe|depart|retraite)(?= ))",
        back=r"(?:ecrit|redige|laisse|prepare|fini|termine|ecris|jecris|jai|jai deja)"
        r"(?: ma| mes| une| la| les| des| mon| un)",
        reasons="goodbye",
    ),
    cue(
        "fr_last_night",
        "derniere nuit|dernier jour|derniere soiree",
        r"(?= (?:[.,]|$))",
        back=r"(?:cest|ce sera|ca sera|ca va etre|aujourdhui cest|ce soir cest) (?:ma|mon)",
        reasons="goodbye timeline",
    ),
    # "Adieu" alone at the end: a farewell for good. Only a cue: in the south it is a
    # greeting, and "adieu les vacances" is a sigh.
    cue("fr_adieu", "adieu", r"(?= (?:[.,]|$))", reasons="goodbye"),
]

_FRENCH_MORE: Final = [
    leveled(
        HIGH,
        "ideation",
        "fr_thinking_often",
        "penser|pense|pensais",
        r"(?: (?:tout le temps|souvent|sans arret|constamment|tous les jours|de plus en plus"
        r"|encore|beaucoup|trop|serieusement))* (?:au suicide|a me (?:suicider|tuer)"
        r"|a en finir)(?= )",
        needs="suicide suicider tuer finir",
    ),
    # "ce soir j'en finis avec la vie": the present for a decision, as "je me suicide".
    leveled(
        HIGH,
        "ideation intent",
        "fr_finish_now",
        "jen finis|jen termine|je vais en finir",
        r"(?: avec (?:la vie|ma vie|tout|mes jours|cette vie|lexistence)"
        r"| une bonne fois pour toutes)?(?= (?:[.,]|$|ce soir|cette nuit|demain|maintenant"
        r"|aujourdhui|pour de bon))" + NOT_A_JOB,
        needs="finis termine finir",
    ),
    leveled(
        HIGH,
        "ideation intent",
        "fr_jump_now",
        "je saute|je me jette|je me balance|je me lance|jsaute",
        f" {_FR_PLACE}",
        needs="saute jette balance lance jsaute",
        jokable=True,
    ),
    cue(
        # "j'ai écrit mes lettres"; not "mes lettres de motivation".
        "fr_wrote_letters",
        "lettres|lettre|mots",
        r"(?= (?:[.,]|$|pour|a|aux))",
        back=r"jai (?:deja )?(?:ecrit|laisse|fini|termine|redige|prepare) (?:mes|ma|des|une|les"
        r"|mon|un)",
        reasons="goodbye",
    ),
    imminent(
        "fr_pills_kept",
        "je garde|je mets de cote|jaccumule|je cache|je stocke|je garde de cote|jai mis de cote"
        "|jai garde|jai cache|jai accumule|jai stocke",
        rf" (?:mes |les |des |tous mes |toutes mes )?(?:{_FR_PILLS})(?: [^ .,]+){{0,3}}? pour"
        r" (?:le jour ou|quand je (?:serai pret|serai prete|me deciderai|le ferai)|en finir"
        r"|mourir|me tuer|le grand jour|la fin)(?= )",
        needs=_FR_PILLS.replace("|", " "),
        reasons="means plan",
    ),
    cue(
        "fr_take_care",
        "prenez soin de|occupez vous de|prends soin de|occupe toi de",
        r" (?:mon|ma|mes) (?:chat|chatte|chien|chienne|chats|chiens|enfants?|mere|maman|famille"
        r"|soeur|frere)(?= )",
        needs="soin occupez occupe",
        reasons="goodbye",
    ),
    cue(
        "fr_sorry_all",
        "pardon pour tout|desole pour tout|desolee pour tout|pardonnez moi pour tout",
        r"(?= (?:[.,]|$))",
        needs="tout",
        reasons="goodbye",
    ),
]

_DE_SEE_YOU = "bis morgen|bis bald|bis dann|bis spater|gute nacht"
_DE_PILLS = (
    "tabletten|pillen|medikamente|schlaftabletten|schmerztabletten|beruhigungstabletten"
    "|antidepressiva|kapseln|paracetamol|ibuprofen|tavor|diazepam"
)
# "Alle meine Tabletten", "die ganze Packung": the amount right before the pills, so
# "alle seine Tabletten" (someone else's) does not count.
_DE_AMOUNT = (
    r"(?:alle(?: meine)?|all meine|meine ganzen|die ganzen|(?:die|eine|ne) ganze packung"
    r"|(?:die|eine) packung|(?:zwei|drei|mehrere) packungen|(?:eine|ne) handvoll|zu viele"
    r"|viel zu viele|[1-9]\d+)(?: von (?:meinen|den))?"
)
# Where a jump is to; the window only after a thought ("am liebsten aus dem Fenster
# springen" is a sigh).
_DE_PLACE = (
    r"(?:von (?:der|einer|dieser) (?:brucke|klippe|autobahnbrucke)|vom (?:dach|hochhaus|balkon"
    r"|turm|parkhaus|felsen)|von (?:dem|einem) (?:dach|hochhaus|balkon|turm|parkhaus|felsen)"
    r"|vor (?:den|einen) (?:zug|lkw|laster|bus)|vor (?:die|eine) (?:bahn|u bahn|ubahn|s bahn"
    r"|sbahn|strassenbahn|tram))"
)
# A word between a frame and its verb that is no denial: "ich falle allen nur zur Last",
# not "ich falle dir nicht zur Last". (\b, not a space: a frame ends at the lead.)
_DE_WORD = (
    r"(?: (?!(?:nicht|nie|niemals|nimmer|kein|keine|keinem|keinen|keinesfalls|niemandem"
    r"|niemand|kaum)\b)[^ .,]+)"
)
# What is wished, after "ich will" and its fillers (a time among them: "ich will heute
# sterben"), never a "nicht".
_DE_WANT_WHAT = (
    r" (?:(?:einfach|nur|noch|so gerne|so|wirklich|echt|eigentlich|am liebsten|bloss|halt"
    r"|endlich|jetzt|heute|heute nacht|morgen|gleich|bald|lieber) )*(?:sterben|tot sein"
    r"|nicht mehr leben|mich umbringen|mich toten|mi(?:ch|r) das leben nehmen)"
)
# When, between a verb's parts: "ich bring mich heute Nacht um".
_DE_WHEN = (
    r"(?:heute nacht|heute abend|heute|jetzt|gleich|morgen(?: fruh| abend| nacht)?|bald"
    r"|(?:am|dieses|diesen|nachstes|nachsten) (?:wochenende|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|abend))"
)
# What may follow a clause-final "um": another clause, or a word said after it.
_DE_CLAUSE_NEXT = (
    r"und|oder|aber|weil|wenn|dann|denn|sobald|bevor|nachdem|ich|echt|ehrlich|wirklich"
    r"|ernsthaft|jetzt|heute|morgen|bald|lol|digga|alter|sorry|tschuss|bye|egal|ok|okay"
    r"|emoji\w+"
)
_DE_NOT_A_DIVE = r"(?! (?:ins|in den|in die|in das) (?:wasser|see|pool|becken|fluss|meer)(?= ))"

_GERMAN: Final = [
    leveled(
        IMMINENT,
        "ideation intent",
        "de_intent",
        "ich werde mich|werde ich mich",
        # The verb ends the clause, a few words on: "ich werde mich am Wochenende
        # umbringen". Only "toten" right after a time: "mich mit den Toten befassen".
        rf"(?:{_DE_WORD}{{1,4}})? umbringen|(?: {_DE_WHEN})? toten",
        needs="umbringen toten",
        jokable=True,
    ),
    leveled(
        IMMINENT,
        "ideation intent",
        "de_intent_bring",
        "ich bringe mich|ich bring mich|bringe ich mich|bring ich mich",
        # "um" ends the clause: "ich bring mich am Freitag um". Before anything else it
        # is a preposition: "ich bring mich um acht ins Bett", "um den Schlaf".
        rf"(?:{_DE_WORD}{{1,4}})? (?:umbringen|um(?= (?:[.,]|$|{_DE_CLAUSE_NEXT})(?= |$)))",
        needs="bringe bring",
        jokable=True,
    ),
    leveled(
        IMMINENT,
        "ideation intent",
        "de_intent_life",
        "ich werde mir|werde ich mir|ich nehme mir|nehme ich mir",
        # Ends the clause: "ich werde mir das Leben schöner machen" is something else.
        r" (?:heute nacht |heute abend |heute |jetzt |morgen |bald )?das leben(?: nehmen)?"
        r"(?= (?:[.,]|$|weil|und))",
        needs="leben",
    ),
    leveled(
        HIGH,
        "ideation",
        "de_want",
        "ich will|ich mochte|ich moechte|ich wurde gerne|ich muss",
        # "ich will einfach nur noch sterben": fillers, not a "nicht".
        _DE_WANT_WHAT,
        needs="sterben tot leben umbringen toten",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation",
        # The verb first after a time or a "then": "heute will ich sterben", "dann will ich
        # nur noch sterben". Not on its own: "will ich sterben? nein" asks.
        "de_want_inverted",
        "will ich|mochte ich|moechte ich",
        _DE_WANT_WHAT,
        needs="sterben tot leben umbringen toten",
        back="(?:heute|heute nacht|jetzt|dann|manchmal|morgen|eigentlich|ehrlich gesagt|ehrlich"
        "|oft|immer ofter)",
        jokable=True,
    ),
    leveled(HIGH, "ideation", "de_cant_live", "ich kann", " nicht mehr leben", needs="leben"),
    leveled(
        HIGH,
        "ideation",
        "de_thinking",
        "denke|dachte|denk|ich denke|ich dachte|ich denk",
        # Any few words before: "jeden Tag", "in letzter Zeit ständig", but not "nicht" or "nie".
        rf"{_DE_WORD}{{0,5}}? (?:an|uber|daran|dran|daruber nach)(?: ,)?"
        r" (?:selbstmord|suizid|suicide|mich umzubringen|mich zu toten|mir das leben zu nehmen"
        r"|den tod(?! (?:meiner|meines|von|der|des)(?= )))",
        needs="denke dachte denk",
    ),
    leveled(
        HIGH,
        "ideation",
        # "manchmal überlege ich ernsthaft, mir das Leben zu nehmen": weighing it.
        "de_weighing",
        "uberlege|ueberlege",
        rf"(?: ich)?{_DE_WORD}{{0,3}}?(?: ,)? (?:mich umzubringen|mich zu toten"
        r"|mir das leben zu nehmen|selbstmord zu begehen)",
        needs="umzubringen toten leben selbstmord",
    ),
    leveled(HIGH, "ideation", "de_thoughts", "selbstmordgedanken|suizidgedanken"),
    leveled(HIGH, "ideation", "de_suicidal", "suizidal|suizidgefahrdet", back="bin|fuhle mich"),
    leveled(
        HIGH,
        "self_harm",
        "de_self_harm",
        "ich ritze mich|ich verletze mich|ritze mich|verletze mich|mich ritzen"
        "|mich selbst verletzen",
        "",
        needs="ritze ritzen verletze verletzen",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "de_passive",
        "ich wunschte|ich wunsche mir",
        # "ich wünschte, ich würde einfach nicht mehr aufwachen": the person's own verbs and
        # fillers only, so "ich wünschte, mein Handy wäre nicht tot" is not one.
        r"(?: ,)?(?: ich| mir)?(?: (?:ware|wurde|konnte|wache|einfach|nur|endlich|morgen"
        r"|morgens|doch))* (?:tot(?: sein| zu sein)?|nicht mehr (?:aufwachen|aufzuwachen|auf"
        r"|leben|zu leben|da sein|da|existieren|zu existieren)|verschwinden|zu verschwinden"
        r"|nie geboren|nicht (?:zu )?existieren|sterben|zu sterben)(?= (?:[.,]|$|und|oder))",
        needs="wunschte wunsche",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "de_disappear",
        "will einfach verschwinden|will verschwinden",
        "",
        needs="verschwinden",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "de_not_wake",
        "ich will|ich mochte|ich wurde gerne",
        r" (?:einfach |nur )?(?:(?:einschlafen und )?nicht mehr aufwachen|(?:fur immer|fur ewig)"
        r" (?:ein)?schlafen)",
        needs="aufwachen immer ewig",
    ),
    # "Ich bin nur eine Last", "ich falle allen nur zur Last": a few words between, never
    # a denial ("ich falle dir nicht zur Last").
    leveled(
        CONCERN,
        "burden",
        "de_burden",
        "eine last|eine belastung|ne last|na last|a last|oane last",
        back=rf"(?:ich |i )?bin{_DE_WORD}{{0,3}}",
        needs="last belastung",
    ),
    leveled(
        CONCERN,
        "burden",
        "de_burden_fall",
        "zur last",
        back=rf"(?:ich )?(?:falle|fall){_DE_WORD}{{0,3}}",
    ),
    leveled(
        CONCERN,
        "burden",
        "de_better_without",
        "waren|ware",
        r" (?:alle )?besser (?:dran )?ohne mich",
    ),
    leveled(CONCERN, "hopeless", "de_no_reason", "kein grund", r" (?:mehr )?zu leben"),
    leveled(
        CONCERN,
        "hopeless",
        "de_life_pointless",
        "keinen sinn",
        r"(?: mehr)?(?= (?:[.,]|$|und|mehr))",
        back=r"(?:mein|das) leben (?:hat|macht)(?: doch| einfach| eh| irgendwie| alles)?",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "de_no_point_living",
        "keinen sinn",
        r" (?:mehr )?(?:im leben|in meinem leben|zu leben|weiterzuleben)",
        needs="leben weiterzuleben",
    ),
    imminent(
        "de_rope_ready",
        "seil|strick",
        r" (?:ist )?(?:schon )?(?:bereit|fertig|geknupft|festgemacht)(?! (?:fur|zum|zur)(?= ))",
        reasons="means method",
    ),
    cue(
        "de_plan",
        "plan",
        back=r"(?:ich |i )?(?:habe|hab|hob)(?: (?:jetzt|schon|endlich|nun|mittlerweile))*"
        r" (?:einen|nen|meinen|an|n)",
        reasons="plan",
    ),
    cue(
        "de_have_means",
        "tabletten|pillen|medikamente|schlaftabletten|seil|strick",
        back=r"(?:habe|hab)(?: schon| bereits)? (?:die|meine|genug|alle|das|den|viele|\d+)",
        reasons="means",
    ),
    cue(
        "de_do_it",
        "mache es|mach es|machs|tue es",
        r" (?:heute nacht|heute abend|heute|morgen|jetzt|bald)" + _LAST,
        needs="mache mach machs tue",
        back=rf"{_JOINED}(?: ich)?",
        reasons="intent",
    ),
    cue(
        "de_do_it_will",
        "werde es|werds",
        r" (?:heute nacht|heute abend|heute|morgen|jetzt|bald) (?:tun|machen)",
        needs="tun machen",
        reasons="intent",
    ),
    cue("de_farewell", "lebt wohl|leb wohl", _not_until(_DE_SEE_YOU), reasons="goodbye"),
    cue("de_thanks_all", "danke", r" fur alles(?= (?:[.,]|$))", needs="alles", reasons="goodbye"),
    imminent(
        "de_farewell_love",
        "lebt wohl",
        r"(?: alle| ihr alle)?(?: [.,])? ich liebe euch(?: alle)?" + _farewell(_DE_SEE_YOU),
        needs="liebe",
        reasons="goodbye",
    ),
    # "ich habe vor einer Stunde alle meine Tabletten genommen": the participle ends it.
    imminent(
        "de_took_all",
        "genommen|geschluckt|eingenommen|eingeworfen",
        back=rf"{_DE_AMOUNT} (?:{_DE_PILLS})(?: (?!(?:wie|brav|regelmassig|punktlich)\b)[^ .,]+)"
        r"{0,3}",
        reasons="attempt",
    ),
    cue(
        "de_took_them_all",
        "alle genommen|alle geschluckt|alle eingenommen",
        back=r"(?:habe|hab|ich habe|ich hab)(?: sie)?(?: jetzt| gerade| schon)?",
        reasons="attempt",
    ),
    leveled(
        HIGH,
        "ideation method",
        "de_take_all",
        "nehmen|schlucken|einwerfen",
        back=rf"(?:ich werde|werde ich|ich will|will ich|ich mochte|ich werd)"
        rf"{_DE_WORD}{{0,3}}? {_DE_AMOUNT} (?:{_DE_PILLS})",
    ),
    # "heute Nacht springe ich von der Brücke": the present said of the future.
    leveled(
        IMMINENT,
        "ideation intent method",
        "de_jump_now",
        "ich springe|springe ich|ich spring|spring ich|ich werfe mich|werfe ich mich"
        "|ich schmeisse mich|schmeisse ich mich|ich schmeiss mich|schmeiss ich mich",
        rf"{_DE_WORD}{{0,3}}? {_DE_PLACE}{_DE_NOT_A_DIVE}",
        needs="springe spring werfe schmeisse schmeiss",
    ),
    leveled(
        IMMINENT,
        "ideation intent method",
        "de_jump_will",
        "springen|werfen|schmeissen|aufhangen|erhangen|erschiessen",
        _DE_NOT_A_DIVE,
        back=rf"(?:ich werde|werde ich|ich werd|werd ich){_DE_WORD}{{0,3}}?"
        rf" (?:(?:mich )?{_DE_PLACE}|mich)",
    ),
    leveled(
        HIGH,
        "ideation method",
        "de_jump_want",
        "springen|werfen|schmeissen|aufhangen|erhangen|erschiessen",
        _DE_NOT_A_DIVE,
        back=rf"(?:ich (?:will|mochte)|(?:will|mochte) ich){_DE_WORD}{{0,3}}?"
        rf" (?:(?:mich )?{_DE_PLACE}|mich)",
    ),
    leveled(
        HIGH,
        "ideation method",
        "de_jump_thought",
        "zu springen|zu werfen|zu schmeissen|aufzuhangen|zu erhangen|zu erschiessen",
        _DE_NOT_A_DIVE,
        needs="springen werfen schmeissen aufzuhangen erhangen erschiessen",
        back=rf"(?:denke|dachte|denk)(?: ,|{_DE_WORD}){{0,4}}?"
        rf" (?:(?:mich )?(?:{_DE_PLACE}|aus dem fenster)|mich)",
    ),
    # "ich habe mich wieder geritzt"; cut or hurt only "on purpose".
    _done(
        "self_harm",
        "de_self_harm_done",
        "geritzt|selbst verletzt|selbstverletzt|absichtlich verletzt|absichtlich geschnitten"
        "|mit absicht verletzt|mit absicht geschnitten",
        needs="geritzt verletzt selbstverletzt geschnitten",
        back=r"mich(?: (?!(?:nicht|nie|kein|keine|seit)\b)[^ .,]+){0,3}",
    ),
    imminent(
        "de_note",
        "abschiedsbrief|abschiedsbriefe|abschiedsnachricht",
        r"(?! (?:von|des|der|an (?:die|meine) (?:kollegen|firma|klasse))(?= ))",
        back=r"(?:meinen|meine|mein)",
        reasons="goodbye",
    ),
    imminent(
        "de_wrote_note",
        "abschiedsbrief|abschiedsbriefe",
        r" (?:geschrieben|verfasst|hinterlassen|fertig)",
        back=r"(?:einen|den|die|schon|bereits)",
        reasons="goodbye",
    ),
    cue(
        "de_last_night",
        "letzte nacht|letzter tag|letzten tag",
        r"(?= (?:[.,]|$))",
        back=r"(?:das ist|ist|heute ist|wird) (?:meine|mein)",
        reasons="goodbye timeline",
    ),
]

_GERMAN_MORE: Final = [
    imminent(
        # "das ist mein Abschied"; a farewell at work or before a move is another.
        "de_this_is_farewell",
        "ist mein abschied|ist meine verabschiedung|verabschiede ich mich",
        r"(?! (?:von (?:der|dem|meiner|meinem|euch als) (?:firma|arbeit|job|team|kollegen|klasse"
        r"|schule|stadt|abteilung)|aus (?:der|dem))(?= ))"
        r"(?!(?: [\w,.]+){0,8} (?:umzug|ziehe|umziehen|ausland|auswandern|rente|ruhestand"
        r"|job|stelle)(?= ))",
        needs="abschied verabschiedung verabschiede",
        back=r"(?:das|dies|das hier|hiermit|und hiermit|so)",
        reasons="goodbye",
    ),
    cue(
        "de_take_care_bye",
        "machts gut|macht es gut|mach es gut|machs gut",
        r"(?= (?:[.,] )*$)" + _not_until(_DE_SEE_YOU),
        needs="machts macht mach machs",
        reasons="goodbye",
    ),
    imminent(
        # "ich weiß schon, wie ich mich umbringe"
        "de_know_how",
        "wie ich mich",
        r" (?:umbringe|umbringen werde|umbringen will|tote|toten werde|toten will"
        r"|umbringen kann)(?= )",
        needs="umbringe umbringen tote toten",
        back=r"(?:ich )?(?:weiss|weis)(?: (?:schon|genau|jetzt|ganz genau|bereits|auch))*(?: ,)?",
        reasons="ideation plan",
    ),
    cue(
        "de_pills_at_hand",
        "tabletten|pillen|medikamente|schlaftabletten|schmerztabletten",
        r" (?:liegen|sind|stehen)(?: (?:hier|schon|alle|bereit|da))* (?:neben mir|vor mir|bereit"
        r"|griffbereit)(?= )",
        needs="neben vor bereit griffbereit",
        reasons="means",
    ),
    imminent(
        "de_pills_kept",
        "ich sammle|ich horte|ich spare|ich bunkere|ich hebe",
        rf"(?: (?:meine|die|alle|schon))* (?:{_DE_PILLS})(?: [^ .,]+){{0,3}}? (?:fur (?:den tag"
        r"|den moment|das ende|wenn ich)|um mich umzubringen|um zu sterben)(?= )",
        needs=_DE_PILLS.replace("|", " "),
        reasons="means plan",
    ),
]

_PT_PILLS = "remedios|comprimidos|pilulas|calmantes|medicamentos"
_PT_SEE_YOU = "ate|beijos|tchau|boa noite|nos vemos"
# After "all the pills": the prescribed dose, the day's.
_PT_AS_TOLD = (
    r"(?! (?:[.,] )?(?:hoje )?(?:que|do dia|de hoje|da (?:manha|noite)|de manha|como|na hora"
    r"|no horario|do tratamento|receitad\w*|direit\w*|certinho|da receita))"
)
_PT_DRUGS = (
    f"{_PT_PILLS}|remedio|comprimido|pilula|calmante|medicamento|antidepressivos|ansioliticos"
    "|rivotril|clonazepam|paracetamol|dipirona|fluoxetina|sertralina|tarja preta"
)
_PT_OVERDOSE = (
    rf" (?:(?:todos os|todas as)(?: meus| minhas)? (?:{_PT_DRUGS}){_PT_AS_TOLD}"
    r"|(?:(?:uma|a) (?:cartela|caixa|caixinha|embalagem)(?: inteira| toda)?|(?:um|o) (?:vidro"
    r"|frasco|pote)(?: inteiro| todo)?|um monte|um punhado|uma mao cheia|[1-9]\d+)"
    rf" (?:de |dos |das )?(?:meus |minhas )?(?:{_PT_DRUGS}))"
)
# Where a jump is to; the window only after a thought or a wish.
_PT_PLACE = (
    r"(?:(?:da|de uma|duma|do|de um|dum|do alto d[aoe]|do alto de um|do alto de uma)"
    r" (?:ponte|predio|viaduto|penhasco|sacada|terraco|telhado|varanda|laje|\w+ andar)"
    r"|(?:na frente|em frente|embaixo|debaixo) (?:d[oa]|de um|de uma) (?:trem|metro|onibus"
    r"|carro|caminhao)|nos trilhos)"
    r"(?!(?: [^ .,]+){0,3} (?:piscina|agua|rio|mar|paraquedas|bungee|corrida|videogame|game"
    r"|jogo)(?= ))"
)
_PT_METHOD = (
    rf"(?:(?:pular|me jogar|me atirar|me lancar) {_PT_PLACE}|me enforcar"
    r"|cortar (?:os|meus) pulsos|me envenenar|(?:me )?dar um tiro(?: na (?:minha )?cabeca)?)"
)
_PT_METHOD_WINDOW = rf"(?:{_PT_METHOD}|(?:pular|me jogar) (?:da|pela) janela)"

_PORTUGUESE: Final = [
    leveled(
        IMMINENT,
        "ideation intent",
        "pt_intent",
        "vou|eu vou",
        r" (?:me (?:matar|suicidar)|(?:tirar|acabar com) (?:a )?minha (?:propria )?vida"
        # "Acabar com tudo" only as the clause's last words: "... isso", "... na prova" differ.
        r"|acabar com tudo(?= (?:(?:hoje|amanha|agora|esta noite|hoje a noite) )?(?:[.,]|$)))",
        needs="vou",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation",
        "pt_want",
        "quero|eu quero|vontade de",
        r" (?:morrer|me matar|me suicidar|(?:tirar|acabar com) (?:a )?minha (?:propria )?vida)",
        needs="quero vontade",
        jokable=True,
    ),
    leveled(HIGH, "ideation", "pt_dont_live", "nao quero", r" (?:mais )?viver", needs="quero"),
    leveled(
        HIGH,
        "ideation",
        "pt_thinking",
        "penso em|pensando em|pensei em|tenho pensado em",
        # Not a character's "suicídio de personagem" nor "tudo isso de reunião".
        r" (?:me matar|suicidio(?! (?:de|do|da|dos|das) (?!novo |vez )[^ ]+)|me suicidar"
        r"|acabar com (?:tudo(?! isso de [^ ]+)|(?:a )?minha vida))",
        needs="penso pensando pensei pensado",
    ),
    leveled(
        HIGH,
        "ideation",
        "pt_suicidal",
        "suicidas|suicida",
        back=r"(?:tenho )?(?:pensamentos|ideias|tendencias)|estou|to|me sinto|sou",
    ),
    leveled(
        HIGH,
        "self_harm",
        "pt_self_harm",
        "quero me|vou me|preciso me",
        " (?:cortar|machucar)",
        needs="cortar machucar",
    ),
    leveled(
        HIGH,
        "self_harm",
        "pt_cutting",
        "me corto|me cortei|me machuco|me cortando|me machucando",
        # Not the hair or a finger, nor the kitchen or paper: "me cortei cozinhando".
        r"(?! (?:o|a|os|as) (?:cabelo|unhas|dedo)(?= ))"
        + _A_PORTION
        + r"(?!(?: [^ .,]+){0,4} (?:cozinhando|sem querer|no papel|com (?:a|uma|o|um) (?:faca"
        r"|papel|folha|lata|vidro)|fazendo a barba|me depilando|descascando)(?= ))",
        needs="corto cortei machuco cortando machucando",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "pt_passive",
        "queria|gostaria de|eu queria",
        r" (?:estar mort[oa]|morrer|sumir|desaparecer|nao acordar)",
        needs="queria gostaria",
    ),
    leveled(CONCERN, "passive_wish", "pt_disappear", "vontade de sumir", "", needs="sumir"),
    leveled(
        CONCERN,
        "burden",
        "pt_burden",
        "sou um peso|sou um fardo|sou um estorvo",
        "",
        needs="peso fardo estorvo",
    ),
    leveled(
        CONCERN,
        "burden",
        "pt_better_without",
        "estariam|seriam|ficariam|estaria|seria|ficaria|viveriam|viveria",
        " melhor sem mim",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "pt_no_reason",
        "nao tenho|sem",
        r" (?:motivo|razao) para viver",
        needs="motivo razao",
    ),
    # As es_take_all: "... que o médico receitou" is the dose.
    leveled(
        HIGH,
        "ideation method",
        "pt_take_all",
        "tomar|engolir",
        r" (?:todos os|todas as|a caixa toda de|a cartela toda de) (?:meus |minhas )?"
        rf"(?:{_PT_PILLS}){_PT_AS_TOLD}",
        needs="todos todas toda",
        back=r"(?:eu )?(?:vou|quero|penso em)",
    ),
    imminent(
        "pt_rope_ready",
        "corda",
        r"(?: ja)?(?: esta)? (?:pronta|amarrada|preparada)"
        r"(?! pra| para (?!(?:fazer isso|me enforcar)(?= )))",
        reasons="means method",
    ),
    cue("pt_plan", "plano", back="(?:eu )?tenho um", reasons="plan"),
    cue(
        "pt_have_means",
        f"{_PT_PILLS}|corda",
        back=r"(?:tenho|ja tenho|comprei|juntei|guardei)(?: (?:os|meus|as|minhas|a|uma|todos os"
        r"|varios|muitos))?",
        reasons="means",
    ),
    cue(
        "pt_do_it",
        "vou fazer isso|faco isso|vou fazer",
        r" (?:hoje|hoje a noite|esta noite|amanha|agora)" + _LAST,
        needs="fazer faco",
        back=rf"{_JOINED}(?: eu)?",
        reasons="intent",
    ),
    cue(
        "pt_goodbye_all",
        "adeus|tchau",
        r" a (?:todos|todas|todo mundo)" + _not_until(_PT_SEE_YOU),
        reasons="goodbye",
    ),
    cue(
        "pt_thanks_all",
        "obrigado|obrigada",
        r" por tudo(?= (?:[.,]|$))",
        needs="tudo",
        reasons="goodbye",
    ),
    imminent(
        "pt_goodbye_love",
        "adeus a todos|adeus a todas|adeus a todo mundo",
        r"(?: [.,])? (?:eu )?amo (?:voces|vcs|todos voces|todos)" + _farewell(_PT_SEE_YOU),
        needs="amo",
        reasons="goodbye",
    ),
    imminent(
        "pt_took_all",
        "tomei|engoli|acabei de tomar|acabei de engolir",
        _PT_OVERDOSE,
        needs=_PT_DRUGS.replace("|", " "),
        reasons="attempt",
    ),
    # The pills named before: "eu tinha os remédios e tomei todos".
    cue(
        "pt_took_them_all",
        "tomei todos|tomei todas|tomei tudo|engoli todos|engoli todas|engoli tudo",
        r"(?= (?:[.,]|$|de uma vez))",
        needs="todos todas tudo",
        reasons="attempt",
    ),
    leveled(
        IMMINENT,
        "ideation intent method",
        "pt_method_intent",
        "vou|eu vou",
        f" {_PT_METHOD}",
        needs="vou",
    ),
    # "Hoje eu pulo da ponte": the present said of the future; a joke as often.
    leveled(
        HIGH,
        "ideation intent",
        "pt_jump_now",
        "pulo|me jogo|me atiro",
        f" {_PT_PLACE}",
        needs="pulo jogo atiro",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation method",
        "pt_method_thought",
        "quero|eu quero|vontade de|penso em|pensando em|pensei em|tenho pensado em",
        f" {_PT_METHOD_WINDOW}",
        needs="quero vontade penso pensando pensei pensado",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "pt_sleep_forever",
        "dormir",
        r" (?:e (?:nao )?(?:acordar nunca mais|nao acordar(?: mais| nunca mais)?)|pra sempre"
        r"|para sempre)",
        needs="acordar sempre",
        back=r"(?:quero|queria|gostaria de|eu queria|eu quero)(?: so| apenas)?",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "pt_no_meaning",
        "sentido",
        r" (?:em|na|pra|para) (?:viver|vida|continuar(?: vivendo)?|existir)",
        needs="viver vida continuar existir",
        back=r"(?:ja )?nao (?:vejo|encontro|tem)(?: mais| nenhum)?",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "pt_life_pointless",
        "a vida|minha vida|viver",
        r"(?: ja)? nao tem (?:mais |nenhum )?sentido",
        needs="sentido",
    ),
    imminent(
        "pt_note",
        "carta de despedida|bilhete de despedida|carta de suicidio|bilhete de suicidio"
        "|carta suicida",
        r"(?! (?:pra|para|a|ao|do|da) (?:o |a |meu |minha |meus |minhas )?(?:chefe|trabalho"
        r"|empresa|colega\w*|equipe|turma|professor\w*|escola|aposentadoria)(?= ))",
        back=r"(?:ja )?(?:escrevi|deixei|terminei|fiz|tenho|to escrevendo|estou escrevendo)"
        r"(?: a| minha| uma| o| meu| um)",
        reasons="goodbye",
    ),
    cue(
        "pt_last_night",
        "ultima noite|ultimo dia",
        r"(?= (?:[.,]|$))",
        back=r"(?:e|hoje e|essa e|esta e|vai ser)(?: a)? (?:minha|meu)",
        reasons="goodbye timeline",
    ),
]

_PT_KEPT_FOR = (
    r"(?: [^ .,]+){0,4}? (?:pra|para) (?:acabar com tudo|me matar|morrer|quando eu (?:decidir"
    r"|estiver pront[oa]|nao aguentar)|o dia|o final|fazer isso|me suicidar)(?= )"
)
_PORTUGUESE_MORE: Final = [
    imminent(
        "pt_keeping_pills",
        "guardando|juntando|acumulando|escondendo|guardo|junto|separei|guardei|juntei|escondi",
        rf" (?:os |meus |as |minhas |uns |umas )?(?:{_PT_PILLS})" + _PT_KEPT_FOR,
        needs=_PT_PILLS.replace("|", " "),
        reasons="means plan",
    ),
    imminent(
        "pt_pills_kept",
        _PT_PILLS,
        r" (?:guardad[oa]s|escondid[oa]s|juntad[oa]s)" + _PT_KEPT_FOR,
        needs="guardados guardadas escondidos escondidas juntados juntadas",
        reasons="means plan",
    ),
    cue(
        # "já escrevi as cartas pra minha família"; not "cartas de apresentação".
        "pt_wrote_letters",
        "cartas|carta|bilhetes|bilhete",
        r"(?= (?:[.,]|$|pra|para|a|ao|aos|as))",
        back=r"(?:ja )?(?:escrevi|deixei|terminei|fiz)(?: as| minhas| uma| a| os| meus| umas)?",
        reasons="goodbye",
    ),
    cue("pt_adeus", "adeus", r"(?= (?:[.,] )*$)", reasons="goodbye"),
    cue(
        "pt_take_care",
        "cuidem do meu|cuida do meu|cuidem da minha|cuida da minha|cuidem dos meus"
        "|cuidem das minhas",
        r" (?:gat[oa]s?|cachorr[oa]s?|filh[oa]s?|mae|familia|irm[aã]o?s?)(?= )",
        needs="cuidem cuida",
        reasons="goodbye",
    ),
    cue(
        "pt_sorry_all",
        "desculpa por tudo|desculpem por tudo|perdao por tudo|me perdoem por tudo",
        r"(?= (?:[.,]|$))",
        needs="tudo",
        reasons="goodbye",
    ),
]

# At the place, said in the present; the same shape in each language as "I'm standing on
# the bridge". A now-word is needed, before or after the place: "ich stehe auf X" alone
# means "I like X", "être sur le pont" is being busy, "el puente" is a long weekend.
_NOW_AFTER = (
    r"(?= (?:jetzt|gerade|grad|maintenant|la|en ce moment|ahora|ahorita|agora|ja|ya"
    r"|und (?:ich )?(?:kann|denke|weiss|will)|et (?:je )?(?:pense|veux)|y (?:pienso|quiero)"
    r"|e (?:penso|quero))(?= (?:[.,]|$|und|et|y|e|\w+)))"
)


# On the way somewhere, not standing there: "estoy en el puente ahorita, ya llego".
_ARRIVING = (
    r"(?![^.]*? (?:ya llego|llego en|voy llegando|en camino|trafico|atasco|trancon|tranque"
    r"|ja chego|to chegando|chego em|transito|engarrafamento|bin gleich da|komme gleich|im stau"
    r"|stau|j arrive|jarrive|bouchons|bouchon|embouteillage)(?= ))"
)


def _at_place(name: str, lead: str, *, now: str, prep: str, places: str, before: str) -> Rule:
    place = f" (?:{prep}) (?:{places})"
    return imminent(
        name,
        lead,
        _ARRIVING
        + f"(?:(?: \\w+)?(?: {before})* (?:{now}){place}(?= )|(?: \\w+)?(?: {before})*{place}"
        f"{_NOW_AFTER})",
        needs=places.replace("|", " ").replace("(?:", "").replace(")", ""),
        reasons="means attempt",
    )


_AT_THE_PLACE: Final = [
    _at_place(
        "de_on_bridge",
        "ich steh|ich stehe|ich sitz|ich sitze|ich bin|steh|stehe|sitze",
        now="gerade|jetzt|grad|grade",
        prep="auf der|auf dem|auf den|an der|an dem|auf einer|auf einem",
        places="brucke|bruckengelander|gelander|dach|hochhausdach|gleisen|schienen|klippe|dachkante",
        before="hier|schon|oben",
    ),
    _at_place(
        "fr_on_bridge",
        "je suis|suis",
        now="en ce moment|maintenant|deja",
        prep="sur le|sur les|au bord du|au bord de la|en haut du|sur la",
        places="pont|toit|rails|voies|falaise|rebord|parapet",
        before="la",
    ),
    _at_place(
        "es_on_bridge",
        "estoy|toy|ando",
        now="ahorita|ahora|ya",
        prep="en el|en la|sobre el|en las|arriba del|al borde del|en la orilla del",
        places="puente|techo|azotea|vias|barandal|acantilado|cornisa",
        before="aqui",
    ),
    _at_place(
        "pt_on_bridge",
        "estou|to|tou",
        now="agora|ja",
        prep="na|no|nos|em cima da|em cima do|na beira da|na beira do",
        places="ponte|telhado|trilhos|laje|beirada|parapeito|penhasco",
        before="aqui",
    ),
    # A farewell from a team, a job or a town: "hoje é minha despedida do time, vou mudar de
    # cidade", "mañana es mi despedida del trabajo". Said as an idiom so nothing else reads
    # it as a last goodbye.
    _idiom(
        "es_pt_farewell_ordinary",
        "despedida",
        r" (?:de|do|da|del|de la|de los|dos|das) (?:time|equipe|equipo|trabalho|trabajo|emprego"
        r"|empresa|escola|escuela|colegio|faculdade|universidad|facu|turma|curso|oficina"
        r"|escritorio|clase|soltera|soltero|solteira|solteiro|ano|verano|ciudad"
        r"|cidade|bairro|barrio|pais)(?= )"
        r"|(?: [\w,.]+){0,8} (?:mudo|mudanza|mudamos|mudando|mudar|viaje|viajo|viagem"
        r"|intercambio)(?= )",
    ),
    imminent(
        # "esta es mi despedida", "é minha despedida": "this is goodbye"; a party is not.
        "es_pt_this_is_farewell",
        "es mi despedida|e mi despedida|e minha despedida|e a minha despedida|es una despedida"
        "|e uma despedida",
        r"(?! (?:de (?:soltera|soltero|solteira|solteiro|la empresa|trabajo)|del (?:trabajo"
        r"|equipo|curso)|do (?:trabalho|emprego)|da (?:empresa|equipe))(?= ))"
        r"(?! (?:es|e|sera|vai ser|va a ser) (?:el|la|o|a|en|no|na|amanha|manana)(?= ))"
        # a move or a trip: "me mudo a Canadá", "vou me mudar"
        r"(?!(?: [\w,.]+){0,8} (?:mudo|mudanza|mudamos|mudando|mudar|viaje|viajo|viagem"
        r"|intercambio)(?= ))",
        needs="despedida",
        back=r"(?:esta|esto|este|aqui|asi que|entonces|essa|esta|isso|entao|aqui vai)",
        reasons="goodbye",
    ),
    imminent(
        "es_pt_farewell_alone",
        "es mi despedida|e minha despedida|e a minha despedida",
        r"(?= (?:[.,]|$))(?!(?: [\w,.]+){0,8} (?:mudo|mudanza|mudamos|mudando|mudar|viaje"
        r"|viajo|viagem|intercambio)(?= ))",
        needs="despedida",
        reasons="goodbye",
    ),
    cue(
        "pt_wont_be_here",
        "nao vou estar mais aqui|nao vou mais estar aqui|nao vou estar aqui|nao estarei mais aqui"
        "|ya no voy a estar aqui|no voy a estar aqui|ya no estare aqui",
        r"(?! (?:no|na|em|en|el|la|para|pra) (?!(?:manana|amanha)(?= ))\w+)",
        needs="aqui",
        reasons="goodbye",
    ),
    rule(
        # "ce soir je mets fin à mes jours": the present for a decision, as "je vais".
        # "je me tue à le dire" is saying it again and again.
        "fr_present_intent",
        "je mets fin a mes jours|je mets fin a ma vie|je met fin a mes jours|je met fin a ma vie"
        "|je me suicide|je me tue",
        r"(?! (?:a|au|de|pour)(?= ))" + NOT_A_JOB,
        needs="mets met suicide tue",
        level=HIGH,
        reasons="ideation intent",
    ),
]

# Hindi and Urdu typed in Latin letters, as in Hinglish chat: "khud ko khatam kar du",
# "suicide kar lu", "neend ki goliyan jama kar li hain". The verb's ending says whether
# it is a thought ("kar du", let me) or a plan ("kar dunga", I will): both are high here,
# as the English thoughts are, and a time or a second cue raises them.
_HI_SELF_END = (
    r" (?:kar |kr )?(?:du|doon|dun|dunga|dungi|lu|loon|lun|lunga|lungi|dena|lena|deta|deti"
    r"|doo|du ga|lu ga)(?= )"
)
_HINGLISH: Final = [
    leveled(
        HIGH,
        "ideation",
        "hi_kill_self",
        "khud ko|khudko|apne aap ko|apneaap ko",
        r" (?:khatam|khtm|khatm|maar|mar)" + _HI_SELF_END,
        needs="khatam khtm khatm maar mar",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation",
        "hi_take_life",
        "khud ki jaan|apni jaan|apni jan",
        r" (?:le|lena|le lu|le loon|le lun|le lunga|le lungi|le leta|le leti)(?= )",
        needs="le lena",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation",
        "hi_suicide",
        "suicide|sucide",
        r" (?:kar|kr) (?:lu|loon|lun|lunga|lungi|lena|leta|leti|le|lenge|lu ga)(?= )"
        r"| karne ka (?:mann|man|soch|khayal|vichar)",
        needs="kar kr karne",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation",
        "hi_want_die",
        "marna|mar jana|mar jaana|mar jaun|mar jau",
        r" (?:chahta|chahti|chahata|hai mujhe|chahta hoon|chahti hoon)(?= )|(?= (?:[.,]|$))",
        needs="chahta chahti chahata hai mujhe marna jaun jau",
        back=r"(?:bas|main|mai|mujhe|me|mein)(?: bas| ab)?",
        jokable=True,
    ),
    leveled(
        IMMINENT,
        "means plan",
        "hi_pills_gathered",
        "goliyan|goliya|goli|tablets|pills",
        r" (?:jama|ikatthi|ikathi|collect|ekatthi) (?:kar li|kar rakhi|kar rakhi hain|ki hai"
        r"|kar li hain|kar raha|kar rahi|kar chuka|kar chuki)(?= )",
        needs="jama ikatthi ikathi collect ekatthi",
    ),
    cue(
        "hi_goodbye",
        "sab ko bye|sabko bye|alvida|hamesha ke liye",
        # Not "sab ko bye, kal milte hain": see you tomorrow.
        r"(?!(?: [^ .]+){0,4} (?:kal|milte|milenge|milta|milti|see you|phir)(?= ))(?= )",
        needs="bye alvida hamesha",
        reasons="goodbye",
    ),
    cue(
        "hi_forgive_me",
        "maaf karna|maaf kar dena|maaf kardena|mujhe maaf",
        r"(?= )",
        needs="maaf",
        reasons="goodbye",
    ),
]
# Tagalog and Taglish: "gusto ko nang mamatay", "magpakamatay", "tatapusin ko na ang
# buhay ko", "salamat sa lahat ... paalam na".
# An ordinary parting: "paalam na, kita tayo bukas", "uuwi na ako".
_TL_SEE_YOU = (
    r"(?!(?: [^ .]+){0,4} (?:bukas|mamaya|kita tayo|kitakits|uuwi|ingat|see you|next time"
    r"|sa susunod)(?= ))(?= )"
)
_TAGALOG: Final = [
    leveled(
        HIGH,
        "ideation",
        "tl_want_die",
        "gusto ko|gusto kong|gusto ko nang|gusto ko na|gusto ko na lang|gusto ko na lng",
        r" (?:na |nang |na lang |na lng |lang )?(?:mamatay|mawala na|magpakamatay)(?= )",
        needs="mamatay mawala magpakamatay",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation",
        "tl_suicide",
        "magpakamatay|magpapakamatay|mag suicide|magsuicide",
        needs="magpakamatay magpapakamatay suicide magsuicide",
        jokable=True,
    ),
    leveled(
        HIGH,
        "ideation",
        "tl_no_live",
        "ayoko nang mabuhay|ayoko na mabuhay|ayaw ko nang mabuhay|ayaw ko na mabuhay"
        "|ayokong mabuhay",
        needs="mabuhay",
    ),
    leveled(
        HIGH,
        "ideation",
        "tl_end_all",
        "tapusin|tapusin ko|tapusin ko na",
        r" (?:na |na lang |na lng |lang )?(?:ang |ng )?(?:lahat|buhay ko|aking buhay)"
        # "tapusin ko na lahat ng assignments": all of something, a chore.
        r"(?! (?:ng|nang|sa|ngayon|bukas|ng mga)(?= ))(?= )",
        needs="lahat buhay",
        jokable=True,
    ),
    leveled(
        IMMINENT,
        "ideation intent",
        "tl_will_end_life",
        "tatapusin ko|tatapusin ko na",
        r" (?:na )?(?:ang |ng )?(?:buhay ko|aking buhay|lahat)(?! (?:ng|nang|ng mga)(?= ))(?= )",
        needs="buhay lahat",
    ),
    leveled(CONCERN, "burden", "tl_burden", "pabigat ako|pabigat lang ako|pabigat na ako"),
    cue(
        "tl_thanks_all",
        "salamat sa lahat",
        # Not "salamat sa lahat ng tulong": thanks for all the help with something.
        r"(?! (?:ng|nang|ng mga)(?= ))" + _TL_SEE_YOU,
        needs="lahat",
        reasons="goodbye",
    ),
    cue(
        "tl_goodbye",
        "paalam na|paalam sa inyo|paalam sa lahat",
        _TL_SEE_YOU,
        needs="paalam",
        reasons="goodbye",
    ),
]

INTL_RULES: Final[list[Rule]] = [
    *_SPANISH,
    *_SPANISH_MORE,
    *_FRENCH,
    *_FRENCH_MORE,
    *_GERMAN,
    *_GERMAN_MORE,
    *_PORTUGUESE,
    *_PORTUGUESE_MORE,
    *_HINGLISH,
    *_TAGALOG,
    *_AT_THE_PLACE,
]
