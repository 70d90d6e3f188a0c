"""Ordinary occasions that explain the cues told beside them.

A cue ("everything is sorted", "two weeks left", "take care of yourselves",
"my plants go to maria") means little alone and is ``imminent`` next to a
second cue or after concern (see :mod:`bot.risk.reading`). Ordinary news is
often told as two of them: "moving day is Saturday, everything is sorted and
I have everything ready now", "last day at work Friday, thanks for everything,
you've been so good to me". When the message names the occasion the cues are
for (a move, a trip, a wedding or a party, leaving a job, an operation, a
club closing, a photo shoot, cards for the family), they are that occasion's
and not a farewell: two of them do not make a crisis, and after a message of
concern they are not read as one (after a statement of ``high`` or more they
still are).

Only occasions that are what the cue is for are listed, never what may lead
someone to despair: a job lost, a break-up done to the person, exams failed,
something sold. The message's own concern ("nobody would miss me") is never
explained away: the cues beside it fire as before.
"""

from __future__ import annotations

from typing import Final

from bot.risk.rules import Kind, Rule, rule

__all__ = ["OCCASION_RULES"]


def _occasion(name: str, lead: str, rest: str = "", needs: str = "") -> Rule:
    return rule(name, lead, rest, needs=needs, kind=Kind.IDIOM, reasons="idiom")


OCCASION_RULES: Final[list[Rule]] = [
    _occasion(
        # A move: "moving day", "moving to Lisbon", "the movers come Friday". Not "moving
        # on" nor a move "to a better place".
        "occasion_move",
        "moving",
        r" (?:day|house|out|in|abroad|back|away|overseas|home|cities|countries|states|to|next"
        r"|this)(?! (?:a better place|heaven|the other side|the next life)(?= ))(?= )",
    ),
    _occasion(
        "occasion_emigrating",
        "relocating|emigrating|emigrate|relocate|the move",
        needs="relocating emigrating emigrate relocate move",
    ),
    _occasion(
        "occasion_move_things",
        "the movers|the removal van|the van is booked|housewarming|new flat|new apartment"
        "|new house|the new place|the new flat|the handover|downsizing|decluttering",
        needs="movers removal van housewarming flat apartment house place handover downsizing"
        " decluttering",
    ),
    # Leaving a job on one's own terms, or a leave from it.
    _occasion(
        "occasion_job_end",
        "my notice|two weeks notice|last day at work|last day at the|last shift|my last shift"
        "|retiring|paternity leave|maternity leave|as your team lead|the new manager"
        "|the new job|my new job|a new job|new firm|the internship|my internship|my placement",
        needs="notice weeks work last shift retiring retirement leave lead manager job firm"
        " internship placement",
    ),
    # One's own retirement, not "the retirement party for Jim from accounting".
    _occasion(
        "occasion_retirement",
        "retirement",
        r"(?! (?:party|do|cake|card|lunch|dinner|gift|collection) for(?= ))",
    ),
    _occasion("occasion_travel", "airport|passport|passports|backpacking|honeymoon|off grid"),
    # A visa granted, a new city or school ahead: "I got visa! I go to new city next week".
    _occasion(
        "occasion_visa",
        "got visa|got my visa|got the visa|visa approved|visa came|visa is approved|new city"
        "|new country|study abroad|exchange semester|exchange year|semester abroad",
        needs="visa city country abroad exchange semester",
    ),
    # A will and letters written for a new child, or before a deployment, as parents and
    # soldiers are told to: "changed my will and wrote letters for the kids, standard stuff
    # for new parents", "... the army makes you do it before deployment".
    _occasion(
        "occasion_new_baby",
        "new baby|newborn|new parents|new parent|the babys here|the baby arrived|first baby",
        needs="baby newborn parents parent babys",
    ),
    _occasion(
        "occasion_deployment",
        "deployment|deploying|before i deploy|before we deploy",
        needs="deployment deploying deploy",
    ),
    rule(
        # The speaker's own trip: "we leave for the holiday Monday", "my flight". Not "my
        # therapist is on vacation": someone else's.
        "occasion_trip",
        "holiday|holidays|vacation|trip|flight|flights",
        back=r"(?:(?:im|i am|were|we are|going|go|off|leave for|leaving for|fly|flying|i|we)"
        # Not "I won't be alive for the holidays": a day not lived to, not a trip.
        r"(?: on| for)?(?: a| the| my| our)?|my|our|this"
        r"|(?<!alive )(?<!around )(?<!here )for (?:the|our|my))",
        kind=Kind.IDIOM,
        reasons="idiom",
    ),
    _occasion(
        # "the party's tomorrow" folds to "the partys".
        "occasion_event",
        "wedding|engagement|engaged|getting married|proposing|the party|the partys|surprise party"
        "|birthday party|reunion|bachelorette|hen do|stag do|the venue|the caterer",
        needs="wedding engagement engaged married proposing party partys reunion bachelorette hen"
        " stag venue caterer",
    ),
    _occasion(
        # The speaker ending a relationship; not one ended by the other.
        "occasion_breaking_up",
        "breaking up with|break up with|im leaving him|im leaving her",
        r"(?: (?:him|her|them|my (?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fiance"
        r"|fiancee)))?(?= )",
        needs="breaking break leaving",
    ),
    _occasion(
        "occasion_operation",
        "surgery|my operation|the operation|my op|hip op|knee op|hospital bag|colonoscopy",
        needs="surgery operation op bag colonoscopy",
    ),
    _occasion(
        # A club, a channel or a server that closes, not a person who leaves.
        "occasion_closing",
        "is closing|are closing|closes|is shutting|are shutting|shutting it down|shut down"
        "|disbanding",
        needs="closing closes shutting shut disbanding",
    ),
    _occasion(
        # A new phone or number: "switching phones, see you on the other side".
        "occasion_new_phone",
        "switching phones|changing phones|new phone|new number|changing my number"
        "|switching to android|switching to iphone|deleting this app",
        needs="switching changing phone number deleting",
    ),
    _occasion(
        "occasion_outing",
        "photos|photo shoot|engagement shoot|kayaking|fishing trip|the buyer",
        needs="photos photo shoot kayaking fishing buyer",
    ),
    _occasion(
        # Cards and gifts counted out to each: "bought christmas cards. one for mum, ...".
        "occasion_cards",
        "christmas cards|postcards|birthday cards|secret santa|souvenirs|presents for",
    ),
    # Spanish, French, German and Portuguese (folded: no accents or apostrophes).
    _occasion(
        # A rope or a cord bought for what ropes are for: "a rope for the tire swing".
        "occasion_rope_use",
        "tire swing|tyre swing|rope swing|tree swing|clothesline|clothes line|washing line"
        "|hammock|tow rope|towing|climbing gym|bouldering|rock climbing|sailing|mooring|tie down",
        needs="tire tyre tree swing clothesline clothes washing hammock tow towing climbing"
        " bouldering sailing mooring tie",
    ),
    # The occasion told as a cover story or a hurdle: "they think I'm just going on a trip",
    # "just need to get through my sister's wedding on Saturday and then ...". Not explained.
    rule(
        "occasion_cover",
        "they think|everyone thinks|she thinks|he thinks|they all think|told them|told everyone"
        "|told my|told her|told him|said its for|said it was for|supposedly"
        "|pretending|get through|getting through|make it through|as far as they know"
        # "after my daughter's wedding so I don't ruin it for her": the occasion waited out.
        "|so i dont ruin|so i dont spoil|dont want to ruin|dont want to spoil"
        # "les dije a todos que me voy de vacaciones", "a minha mãe acha que vou viajar".
        "|les dije a todos que|les dije que|le dije a mi|acha que|acham que|cree que|creen que"
        "|disse a todos que|disse pra todo mundo que|falei pra todo mundo que",
        needs="think thinks told said supposedly pretending through know ruin spoil dije acha"
        " acham cree creen disse falei",
        kind=Kind.IDIOM,
        reasons="idiom",
    ),
    # A last day at a workplace or school: "mañana es mi último día en el call center",
    # "meu último dia no trabalho". Not "mi último día en este mundo".
    _occasion(
        "occasion_last_day_iberian",
        "ultimo dia",
        r" (?:en el|en la|en|de|no|na|do|da|en mi|no meu|na minha) (?:trabajo|chamba|curro"
        r"|laburo|pega|empresa|oficina|call center|tienda|cole|colegio|escuela|uni|universidad"
        r"|facultad|clases|trabalho|emprego|firma|escritorio|escola|faculdade|loja|obra"
        r"|restaurante|practicas|pasantia|estagio|aula|aulas|turno|servicio|servico)(?= )",
    ),
    # An exam ahead, not one failed: "este final de anato me va a matar", "tenho prova".
    _occasion(
        "occasion_exam_ahead_iberian",
        "tengo examen|tengo un examen|tengo el examen|tengo final|tengo el final|tengo parcial"
        "|tengo el parcial|este final|este parcial|este examen|estudiando para|estudiar para"
        "|tenho prova|tenho uma prova|essa prova|esta prova|estudando para|estudando pra",
        r"(?![^.]{0,60}?(?:reprobe|suspendi|jale|repeti|rodei|reprovei|bombei|me fue mal"
        r"|fui mal)(?= ))",
        needs="examen final parcial estudiando estudiar prova",
    ),
    _occasion(
        "occasion_intl",
        "me mudo|nos mudamos|mudanza|nos casamos|boda|vacaciones|de viaje|nuevo trabajo"
        "|me cambio de numero|demenage|demenagement|mariage|vacances|nouveau travail"
        "|je change de numero|je quitte mon travail|ziehen nach|ziehe nach|umzug|hochzeit"
        "|urlaub|neuen firma|neue firma|neuen job|neuer job|wechsle die nummer|vou me mudar"
        "|mudanca|casamento|ferias|viagem|novo emprego|largar o emprego|troquei de numero"
        "|fiesta|festa|intercambio|voy a viajar|vou viajar|vou morar"
        # One's retirement: "mon dernier jour avant la retraite", "ab Montag in Rente".
        "|la retraite|ma retraite|ruhestand|in rente|in pension|letzter arbeitstag"
        "|dernier jour de travail"
        # Moving in chat's short forms: "ich zieh nach Berlin", "wir ziehen um".
        "|zieh nach|zieh um|ziehe um|ziehen um|umziehen|wandere aus|auswandern"
        # A party one throws: "freitag ist keiner zuhause, dann schmeiß ich die Party".
        "|die party|ne party|eine party|meine party|party bei|geburtstagsfeier|une fete|la fete"
        "|une soiree|ma soiree",
        needs="mudo mudamos mudanza casamos boda vacaciones viaje trabajo cambio demenage"
        " demenagement mariage vacances travail change quitte ziehen ziehe umzug hochzeit urlaub"
        " firma job wechsle mudar mudanca casamento ferias viagem emprego troquei fiesta festa"
        " intercambio viajar morar retraite ruhestand rente pension arbeitstag"
        " zieh um umziehen wandere auswandern party geburtstagsfeier fete soiree",
    ),
]
