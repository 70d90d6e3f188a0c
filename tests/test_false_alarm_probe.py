"""Ordinary messages written to trip this cycle's rules stay below ``high`` with the rules.

``bench/probe/cycle_fa.jsonl`` holds look-alikes of the new rules in English, Spanish,
French, German and Portuguese: the same words in their everyday senses (a nurse's rounds,
a bridge being built, pills taken as every day, "ich geh jetzt"), some after a sad message.
``cycle_fa2.jsonl`` and ``cycle_fa3.jsonl`` do the same for later rules.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.domain import RiskLevel
from bot.risk.learned import TwoStageScreener
from bot.risk.screener import RuleScreener

PROBE = Path(__file__).resolve().parent.parent / "bench" / "probe" / "cycle_fa.jsonl"
# The second probe: set14/set15 rules and the es/fr/de/pt families.
PROBE2 = PROBE.with_name("cycle_fa2.jsonl")

# Still read as a crisis: their words are a crisis's, with little in the message to say
# otherwise, so narrowing the rule would lose the crisis told the same way.
NOT_FIXED = {
    # a sign-off in the words of a goodbye
    "ok chat, I'm going to end this now, thanks for everything, love you all",
    "if you ever read this, mom, thank you for everything",
    # two cues with no occasion named, imminent by the protocol
    "everything is planned now, I'm ready.",
    "it's all planned. I'm ready.",
    # a way or an amount pictured, with only a destination or decor to say otherwise
    "i figured out exactly how many it takes.",
    "imagine the balcony with fairy lights and how easy it would be.",
    "picturing the train to Edinburgh, honestly how easy it would be.",
    "I could just drive into the truck wash on the way home",
    # cutting "on my ankle" with no subject: the boots are a sentence away
    "new boots, been cutting on my ankle for a week",
    # taken back only by "I mean" after the pause
    "just want to dei... I mean dye my hair pink lol",
    # "I don't want to live through this anymore": distress, close to a wish
    "je veux plus vivre ça, ces disputes avec mon coloc",
    # "in an hour I won't be here", "after Saturday I won't need them": a farewell's words,
    # the reason in another sentence or not given
    "je prends le train. dans une heure je serai plus là.",
    "in einer Stunde bin ich nicht mehr da.",
    "Die Winterreifen? Nach Samstag brauch ich die nicht mehr.",
    # pills taken and dizziness, explained only at the end
    "já tomei os comprimidos, tô ficando tonta, acho que é a pressão baixa",
}


# Still read as a crisis in the second probe. Most are read so by an older rule, not the
# one probed: narrowing that rule is outside this probe (named per text).
NOT_FIXED2 = {
    # "that's when I end it" after a date: the crisis says it the same way
    "my contract is up in May, that's when I end it.",
    "the lease runs out on the 30th. that's when I end it, no more renting from him",
    # a gun bought and a day named: older gun rules (have_weapon, not_for_protection)
    "got a new gun. not for hunting. target shooting with my dad at the range on sunday",
    # "everything I need to do it": older do_it / means_to_end_it
    "flour, eggs, butter: I have everything I need to do it. baking day!",
    "I have everything I need to do it. baking day!",
    # a film's scene: older method_place / drive_off_road_meant
    "the image of the car driving off the cliff in Thelma and Louise is stuck in my head",
    # "unaliving" a game boss or a starter: older slang_framed
    "I keep thinking about unaliving the boss in Elden Ring, 40 tries now",
    "thinking about unaliving my sourdough starter, it smells like feet",
    # an end in old age: older patterns_intl es_want / pt_want
    "quiero morir en mi tierra, cuando sea viejito, mirando el mar",
    "mejor morirme en la playa que en la oficina, a los 90 claro",
    "quero morrer na praia, aos cem anos, com um livro na mão",
    # "decidí acabar con todo", then things sold: giving away is a crisis's sign too
    "decidí acabar con todo. vendo el coche, la moto y me voy a recorrer sudamérica",
    # "dem allem ein Ende setzen": the resignation only told a sentence later
    "die Streitereien im Verein: ich werde dem allem ein Ende setzen. Ich trete als Kassenwart"
    " zurück.",
    # suicide as a topic: older de_thinking
    "ich denke gerade an Selbstmord als Thema für meine Hausarbeit in Soziologie",
    "beim Film denke ich sofort an Suizid als Motiv, typisch Haneke",
    # lying before a bus as protest, told a sentence later
    "die Aktivisten: ich leg mich vor den Bus, wenn die Linie gestrichen wird. Das ist Protest",
    # "minha vida de sedentário": older pt_thinking
    "tô pensando em acabar com a minha vida de sedentário, academia amanhã",
    # gym and football knocks: older pt_cutting
    "tô me machucando muito na academia, preciso de um personal",
    "quero me machucar menos no futebol, vou comprar caneleira",
}


# The third probe: the es/fr/de/pt rules of chat set17 (a day before the present, a thought
# back today, someone else weighing it, denials, self-harm on purpose, new wish frames,
# the pills found).
PROBE3 = PROBE.with_name("cycle_fa3.jsonl")

# Still read as a crisis in the third probe (named per text).
NOT_FIXED3 = {
    # "on purpose?" asked and denied with a fall: the "?" folds to a full stop, and a fall
    # told after the act is also a cover story ("I told mum I fell")
    "¿me hice daño a propósito? noo, me caí de la bici, qué torpe",
    "je me suis fait mal exprès ? non, je suis tombé dans l'escalier",
    "me feri de propósito? não, caí da escada",
    "Ich hab mir absichtlich wehgetan? Quatsch, bin vom Rad gefallen",
    # the day and the end alone, the ordinary occasion only a sentence later
    "hoy acabo con todo, por fin. mañana llega el camión de la mudanza",
    "demain j'en finis. je déménage enfin de ce studio minuscule",
    "Freitag mach ich Schluss mit allem. Dann bin ich in Rente!",
    # the rent paid up and the room tidied are a farewell's affairs settled too
    "el jueves acabo con todo, que se acaba el alquiler del piso y me vuelvo con mis padres",
    "hoje acabo com tudo, arrumo o quarto inteiro",
    # "if Schalke loses", "if I'm on the late shift again": a threat on a condition, read as
    # "si no apruebo me mato" is (older de_intent)
    "Morgen bring ich mich um, wenn ich wieder Spätschicht hab lol",
    "Am Freitag bringe ich mich um, wenn Schalke wieder verliert",
    # taken back only after the pause (older es_want, de_want)
    "quiero estar muerta... de cansancio jaja, 3 turnos seguidos",
    "Ich will tot sein... müde, meine ich. Todmüde.",
    # the noun alone is the person's own thoughts (older de_thoughts): a question denied a
    # sentence later, a series that shows them
    "Die Suizidgedanken sind wieder da? Nein, zum Glück nicht, nur Müdigkeit",
    "Selbstmordgedanken kommen wieder in der neuen Staffel von 13 Reasons Why vor",
}


# The fourth probe: the English rules from chat set12 and the read-later note.
PROBE4 = PROBE.with_name("cycle_fa4.jsonl")

# Still read as a crisis in the fourth probe: each is two of set12's cues, or a goodbye's
# own words after a sad message, with nothing in the message to tell it from the crisis.
NOT_FIXED4 = {
    # things given away and said not to be needed, after a lost job: set12's crisis
    # ("gave my guitar to my nephew ... won't be needing either of them") told the same way
    "gave away my work shoes. won't be needing them again.",
    # "this is my last post here." after loneliness: older last_words, a goodbye's words
    "this is my last post here.",
    # a day set while someone is away, and debts paid: the spa day is no occasion
    "while Rob is away I've paid off my credit cards and booked a spa day",
    # a decision made and a day not lived to, after a bad exam or results: the crisis's words
    "made my mind up. I won't be here by Sunday.",
    "it'll all be over by friday. I've made my mind up.",
    # "now I can go" and "nothing left for me to do here" after a divorce: the children
    # settled elsewhere is a crisis's reason as often as an arrangement
    "now i can go. there's nothing left for me to do here, the kids are settled at their dad's",
}


# Each probe, what it must hold (at least so many messages, so many after a sad one),
# and the messages left as crises.
PROBES = [
    (PROBE, 300, 0, NOT_FIXED),
    (PROBE2, 200, 40, NOT_FIXED2),
    (PROBE3, 200, 40, NOT_FIXED3),
    (PROBE4, 220, 70, NOT_FIXED4),
]


@pytest.mark.parametrize(
    ("probe", "messages", "after_sad", "not_fixed"), PROBES, ids=[p[0].stem for p in PROBES]
)
def test_probe_messages_stay_below_high(
    probe: Path, messages: int, after_sad: int, not_fixed: set[str]
) -> None:
    rows = [json.loads(line) for line in probe.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= messages
    assert sum(bool(row["context"]) for row in rows) >= after_sad
    assert {row["text"] for row in rows} >= not_fixed  # a text left must still be probed
    screener = RuleScreener()
    alarms = [
        (row["text"], screener.assess(row["text"], row["context"]))
        for row in rows
        if row["text"] not in not_fixed
    ]
    assert [(text, a) for text, a in alarms if a.level >= RiskLevel.HIGH] == []


# Everyday chat written blind to the rules: 200 messages in each of English, Spanish,
# French, German and Portuguese, rich in the everyday senses of crisis words ("ich werde
# mich um ihn kümmern", "me mato a estudiar", "took my pills"). Unlike the probes above it
# was not written against any rule, so it measures how often an ordinary day is mistaken
# for a crisis. The learned stage never trains on it. The second file was written later,
# by another writer, with 15% of its messages after a sad one.
EVERYDAY = (PROBE.with_name("everyday.jsonl"), PROBE.with_name("everyday2.jsonl"))

# Still read as a crisis in the everyday probe.
NOT_FIXED_EVERYDAY = {
    # "me mató" (it killed me) folds to "me mato" (I kill myself) once its accent is gone
    "morí con el monólogo de anoche, lo de las instrucciones de Ikea me mató",
}


@pytest.mark.parametrize("path", EVERYDAY, ids=lambda path: path.stem)
def test_everyday_chat_is_never_a_crisis(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1000
    left = {row["text"] for row in rows} & NOT_FIXED_EVERYDAY
    screener = TwoStageScreener()  # what the bot runs by default
    raised = [
        (row["text"], assessment.level)
        for row in rows
        if row["text"] not in left
        and (assessment := screener.assess(row["text"], row["context"])).level >= RiskLevel.HIGH
    ]
    assert raised == []


def test_everyday_leftovers_are_in_the_probe() -> None:
    texts = {
        json.loads(line)["text"]
        for path in EVERYDAY
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    assert texts >= NOT_FIXED_EVERYDAY
