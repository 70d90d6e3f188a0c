"""Crisis wording in the person's language: Spanish, French, German and
Portuguese by the locale's language, English for any other locale; and the
check that refuses a language file missing a part, a wording or a placeholder."""

from __future__ import annotations

import copy
import re
import string
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from bot.domain import CrisisLine, RiskAssessment, RiskLevel
from bot.outfilter import check_reply
from bot.risk.crisis import CrisisDirectory, CrisisResponder
from persona import load_toml
from persona.crisis_words import LANGUAGES, WordingError, check_words, language_of

HIGH = RiskAssessment(RiskLevel.HIGH, ("ideation",))
IMMINENT = RiskAssessment(RiskLevel.IMMINENT, ("ideation", "intent", "timeline"))

# locale -> (language, country whose lines it gets)
LOCALES = {
    "es-MX": ("es", "MX"),
    "es-ES": ("es", "ES"),
    "fr-FR": ("fr", "FR"),
    "de-DE": ("de", "DE"),
    "pt-BR": ("pt", "BR"),
}

# What marks each language: the AI sentence, the not-a-therapist sentence,
# and common words a reply in it cannot do without.
MARKERS = {
    "es": (
        r"\bSoy una IA\b",
        r"\bno soy terapeuta\b",
        {"que", "de", "y", "no", "tu", "te", "con", "por", "la", "el", "en", "lo", "es", "si"},
    ),
    "fr": (
        r"\bJe suis une IA\b",
        r"\bpas un thérapeute\b",
        {"tu", "de", "et", "je", "que", "toi", "te", "à", "la", "le", "pas", "est", "ce", "si"},
    ),
    "de": (
        r"\bIch bin eine KI\b",
        r"\bkein Therapeut\b",
        {"du", "und", "dir", "ich", "nicht", "dich", "die", "der", "das", "es", "ist", "zu"},
    ),
    "pt": (
        r"\bSou uma IA\b",
        r"\bnão sou terapeuta\b",
        {"você", "de", "que", "com", "não", "e", "a", "o", "para", "em", "se", "um", "uma"},
    ),
}
ENGLISH_WORDS = re.compile(r"\b(?:you|your|the|please|I'm|and|with|now|call|are)\b", re.I)


@pytest.fixture(scope="module")
def directory() -> CrisisDirectory:
    return CrisisDirectory.load()


@pytest.fixture(scope="module")
def responder(directory: CrisisDirectory) -> CrisisResponder:
    return CrisisResponder(directory, default_country=None)


def _without_line_data(text: str, lines: tuple[CrisisLine, ...]) -> str:
    """The text with every crisis line's name and contact taken out: those
    come from the lines file as they are, in English."""
    for line in lines:
        text = text.replace(line.name, " ").replace(line.contact, " ")
    return text


def _assert_language(text: str, language: str, lines: tuple[CrisisLine, ...]) -> None:
    own = _without_line_data(text, lines)
    assert not ENGLISH_WORDS.search(own), ENGLISH_WORDS.search(own)
    found = set(re.findall(r"\w+", own.lower()))
    common = MARKERS[language][2]
    assert len(found & common) >= 3, (language, found & common)


# -- the crisis reply --------------------------------------------------------


@pytest.mark.parametrize("level", [HIGH, IMMINENT], ids=["high", "imminent"])
@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_crisis_reply_is_in_the_locales_language_with_its_countrys_lines(
    responder: CrisisResponder, directory: CrisisDirectory, locale: str, level: RiskAssessment
) -> None:
    language, country = LOCALES[locale]
    ai, not_therapist, _ = MARKERS[language]
    lines = directory.lines_for(country)
    for variant in range(3):
        reply = responder.reply(level, locale=locale, variant=variant)
        assert reply.resources == lines and reply.risk is level.level
        for line in lines:
            assert line.name in reply.text and line.contact in reply.text
        _assert_language(reply.text, language, lines)
        closing = reply.text.split("\n\n")[-1]
        assert re.search(ai, closing) and re.search(not_therapist, closing), closing
        assert reply.text.rstrip().endswith("?")
        assert check_reply(reply.text).ok


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_imminent_opens_with_the_emergency_number_then_a_line(
    responder: CrisisResponder, directory: CrisisDirectory, locale: str
) -> None:
    lines = directory.lines_for(LOCALES[locale][1])
    emergency = next(line.contact for line in lines if line.emergency)
    crisis_line = next(line for line in lines if not line.emergency)
    for variant in range(3):
        first = responder.reply(IMMINENT, locale=locale, variant=variant).text.splitlines()[0]
        assert emergency in first and crisis_line.contact in first, first
        assert first.index(emergency) < first.index(crisis_line.name), first
        high = responder.reply(HIGH, locale=locale, variant=variant).text.splitlines()[0]
        assert crisis_line.contact not in high


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_three_crisis_replies_in_a_row_all_differ(responder: CrisisResponder, locale: str) -> None:
    for level in (HIGH, IMMINENT):
        replies = [responder.reply(level, locale=locale, variant=v).text for v in range(3)]
        assert len(set(replies)) == 3
        for part in range(len(replies[0].split("\n\n"))):
            said = {reply.split("\n\n")[part] for reply in replies}
            assert len(said) == 3, said  # every paragraph reads differently
        assert responder.reply(level, locale=locale, variant=3).text == replies[0]


def test_same_language_different_country_same_words_other_lines(
    responder: CrisisResponder,
) -> None:
    mexico = responder.reply(HIGH, locale="es-MX", variant=0)
    spain = responder.reply(HIGH, locale="es_ES.UTF-8", variant=0)
    assert "800 911 2000" in mexico.text and "024" in spain.text
    assert mexico.text.split("\n\n")[0] == spain.text.split("\n\n")[0]
    assert "800 911 2000" not in spain.text


def test_a_language_without_its_own_lines_says_local_emergency_in_that_language(
    responder: CrisisResponder,
) -> None:
    for locale, phrase in [
        ("es-AR", "número de emergencias de tu zona"),
        ("fr-BE", "numéro d'urgence local"),
        ("de-AT", "örtliche Notrufnummer"),
        ("pt-PT", "número de emergência local"),
        ("de", "örtliche Notrufnummer"),
    ]:
        text = responder.reply(IMMINENT, locale=locale, variant=0).text
        assert phrase in text.splitlines()[0] and "findahelpline.com" in text.splitlines()[0]
        assert "your local emergency number" not in text


# -- English stays as it was -------------------------------------------------

EN_US_IMMINENT_0 = (
    "If you might act on this now, please call 911 straight away, or reach 988 Suicide & Crisis"
    " Lifeline: call or text 988, or chat at 988lifeline.org.\n\nThank you for telling me. That"
    " took courage, and I'm taking it seriously.\n\nIt sounds like you're in a great deal of pain,"
    " and you deserve support from someone who can be with you through it.\n\nYou can talk to"
    " someone for free, right now:\n- 988 Suicide & Crisis Lifeline: call or text 988, or chat at"
    " 988lifeline.org\n- Crisis Text Line: text HOME to 741741\n- Emergency services: 911\n\n"
    "Would you be willing to contact one of them now? If that feels like too much, could you tell"
    " someone you trust who is nearby?\n\nI'm an AI, not a therapist, but I'm right here and I'll"
    " keep talking with you. How are you doing at this moment?"
)
JA_JP_HIGH_1 = (
    "I hear you, and I'm really glad you said it instead of keeping it inside.\n\nYou don't have"
    " to carry this by yourself. Feelings this heavy can ease with the right support, and that"
    " support exists.\n\nThese services are there for exactly this, at any hour:\n- Find a"
    " Helpline (free helplines in most countries): findahelpline.com\n- Emergency services: your"
    " local emergency number\n\nReaching out can feel hard, and a call or a text is enough to"
    " start. Is there someone close by who could be with you?\n\nI'm an AI and not a therapist,"
    " so I can't take the place of those people, but I'm still here with you. Are you somewhere"
    " safe right now?"
)


def test_english_replies_are_unchanged(responder: CrisisResponder) -> None:
    assert responder.reply(IMMINENT, locale="en-US", variant=0).text == EN_US_IMMINENT_0
    assert responder.reply(HIGH, locale="ja-JP", variant=1).text == JA_JP_HIGH_1


def _english_reply(level: RiskAssessment, lines: tuple[CrisisLine, ...], variant: int) -> str:
    words = load_toml("crisis.toml")
    bullets = "\n".join(f"- {line.name}: {line.contact}" for line in lines)
    parts = [
        words["acknowledge"][variant % 3],
        words["care"][variant % 3],
        f"{words['lines_intro'][variant % 3]}\n{bullets}",
        words["reach_now"][variant % 3],
        words["stay"][variant % 3],
    ]
    if level.level is RiskLevel.IMMINENT:
        emergency = next(line.contact for line in lines if line.emergency)
        line = next(line for line in lines if not line.emergency)
        urgent = words["urgent"][variant % 3]
        parts.insert(0, urgent.format(emergency=emergency, name=line.name, contact=line.contact))
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    ("locale", "country"),
    [
        ("en-US", "US"),
        ("en-GB", "GB"),
        (None, None),
        ("ja-JP", "JP"),
        ("it-IT", "IT"),
        ("C", None),
        ("DE", "DE"),  # a bare upper-case pair is a country, not a language
        ("esp", None),
        ("en-MX", "MX"),
    ],
)
def test_english_for_any_other_locale(
    responder: CrisisResponder,
    directory: CrisisDirectory,
    locale: str | None,
    country: str | None,
) -> None:
    lines = directory.lines_for(country)
    for level in (HIGH, IMMINENT):
        for variant in range(3):
            text = responder.reply(level, locale=locale, variant=variant).text
            assert text == _english_reply(level, lines, variant)
    assert responder.concern_checkin(0, locale=locale) == responder.concern_checkin(0)
    assert responder.help_text(locale=locale).startswith("I'm heartline, an AI companion.")


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("es-MX", "es"),
        ("es_ES.UTF-8", "es"),
        ("es-419", "es"),
        ("es", "es"),
        ("fr-CA", "fr"),
        ("FR-fr", "fr"),
        ("de", "de"),
        ("de_CH", "de"),
        ("pt-BR", "pt"),
        ("pt_PT@euro", "pt"),
        ("en-US", "en"),
        ("it-IT", "en"),
        ("ES", "en"),
        ("C", "en"),
        ("", "en"),
        (None, "en"),
        ("español", "en"),
    ],
)
def test_language_of(locale: str | None, language: str) -> None:
    assert language_of(locale) == language


# -- the other safety texts --------------------------------------------------


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_concern_checkin_asks_directly_in_the_language(
    responder: CrisisResponder, locale: str
) -> None:
    language = LOCALES[locale][0]
    life = {  # asks about ending one's life, in so many words
        "es": r"\bvida\b",
        "fr": r"\bvie\b|\bvivre\b|fin à tes jours",
        "de": r"\bleben\b",
        "pt": r"\bvida\b|\bviver\b",
    }[language]
    texts = [responder.concern_checkin(v, locale=locale) for v in range(3)]
    assert len(set(texts)) == 3
    for text in texts:
        assert "?" in text and re.search(life, text.lower()), text
        _assert_language(text, language, ())
        assert check_reply(text).ok


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_third_party_guidance_in_the_language_with_the_lines(
    responder: CrisisResponder, directory: CrisisDirectory, locale: str
) -> None:
    language, country = LOCALES[locale]
    lines = directory.lines_for(country)
    texts = [responder.third_party_guidance(locale=locale, variant=v) for v in range(3)]
    assert len(set(texts)) == 3
    for text in texts:
        assert all(line.contact in text for line in lines)
        _assert_language(text, language, lines)
        assert "{" not in text and check_reply(text).ok


@pytest.mark.parametrize(
    ("locale", "country", "intro"),
    [
        ("es-MX", "MX", "Apoyo gratuito en México, a cualquier hora:"),
        ("es-ES", "GB", "Apoyo gratuito en el Reino Unido, a cualquier hora:"),
        ("fr-FR", "MX", "Aide gratuite au Mexique, à toute heure :"),
        ("fr-FR", "US", "Aide gratuite aux États-Unis, à toute heure :"),
        ("de-DE", "DE", "Kostenlose Hilfe in Deutschland, rund um die Uhr:"),
        ("pt-BR", "BR", "Apoio gratuito no Brasil, a qualquer hora:"),
        ("pt-BR", "FR", "Apoio gratuito na França, a qualquer hora:"),
        ("es-MX", "JP", "Apoyo gratuito, estés donde estés:"),
        ("de-DE", "JP", "Kostenlose Hilfe, egal wo du bist:"),
        ("en-US", "MX", "Free support in Mexico, any time:"),
        (None, "FR", "Free support in France, any time:"),
    ],
)
def test_resources_name_the_country_in_the_language(
    responder: CrisisResponder, directory: CrisisDirectory, locale: str, country: str, intro: str
) -> None:
    text = responder.resources_text(country, locale=locale)
    assert text.splitlines()[0] == intro
    lines = directory.lines_for(country)
    assert all(line.name in text for line in lines)


def test_a_country_only_an_operator_ships_needs_no_article(tmp_path: Path) -> None:
    path = tmp_path / "lines.toml"
    path.write_text(
        '[countries.JP]\nname = "Japan"\nlines = [\n'
        '  { name = "Inochi no Denwa", contact = "0570 783 556" },\n'
        '  { name = "Emergency services", contact = "119", emergency = true },\n]\n',
        encoding="utf-8",
    )
    responder = CrisisResponder(CrisisDirectory.load(path), default_country=None)
    assert responder.resources_text("JP", locale="es-MX").startswith(
        "Apoyo gratuito, a cualquier hora (Japan):\n- Inochi no Denwa: 0570 783 556"
    )
    assert responder.resources_text("JP", locale="fr").startswith(
        "Aide gratuite, à toute heure (Japan) :"
    )
    assert responder.resources_text("JP").startswith("Free support in Japan, any time:")


@pytest.mark.parametrize(
    ("locale", "ai", "not_therapist"),
    [
        ("es-MX", "Soy heartline, una IA", "ni terapeuta"),
        ("fr-FR", "Je suis heartline, une IA", "ni un thérapeute"),
        ("de-DE", "Ich bin heartline, eine KI", "kein Therapeut"),
        ("pt-BR", "Sou heartline, uma IA", "nem terapeuta"),
    ],
)
def test_help_says_ai_not_a_person_not_a_therapist_in_the_language(
    responder: CrisisResponder,
    directory: CrisisDirectory,
    locale: str,
    ai: str,
    not_therapist: str,
) -> None:
    language, country = LOCALES[locale]
    text = responder.help_text(locale=locale)
    lines = directory.lines_for(country)
    assert text.startswith(ai) and not_therapist in text
    assert all(line.contact in text for line in lines)
    _assert_language(text, language, lines)


# -- every language file is whole ---------------------------------------------


def _raw(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("persona").joinpath(name).read_text("utf-8"))


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_file_has_every_part_with_englishs_placeholders(language: str) -> None:
    english = _raw("crisis.toml")
    words = _raw(f"crisis/{language}.toml")
    assert set(english) <= set(words)
    assert set(words) - set(english) <= {"resources_for", "in_country"}
    for part, reference in english.items():
        theirs = words[part]
        assert type(theirs) is type(reference), part
        if isinstance(reference, str):
            assert _placeholders(theirs) == _placeholders(reference), part
            continue
        assert len(theirs) == len(reference), part
        expected = set().union(*(_placeholders(text) for text in reference))
        for text in theirs:
            assert _placeholders(text) == expected, (part, text)
    assert _placeholders(words["resources_for"]) == {"country"}


def test_in_country_names_every_shipped_country(directory: CrisisDirectory) -> None:
    for language in LANGUAGES:
        places = _raw(f"crisis/{language}.toml")["in_country"]
        assert set(places) == set(directory.countries()), language


@pytest.fixture
def english() -> dict[str, Any]:
    return copy.deepcopy(_raw("crisis.toml"))


@pytest.fixture
def spanish() -> dict[str, Any]:
    return copy.deepcopy(_raw("crisis/es.toml"))


def _refused(english: dict[str, Any], data: dict[str, Any], language: str = "es") -> str:
    with pytest.raises(WordingError) as caught:
        check_words(english, data, language=language, source="crisis/es.toml")
    return str(caught.value)


def test_shipped_files_pass_the_check(english: dict[str, Any]) -> None:
    for language in LANGUAGES:
        words = check_words(english, _raw(f"crisis/{language}.toml"), language=language, source="")
        assert words.language == language
    assert check_words(english, english, language="en", source="").language == "en"


@pytest.mark.parametrize("part", ["urgent", "stay", "help", "no_emergency_line", "resources_for"])
def test_a_missing_part_is_refused(
    english: dict[str, Any], spanish: dict[str, Any], part: str
) -> None:
    del spanish[part]
    problem = _refused(english, spanish)
    assert "crisis/es.toml" in problem and repr(part) in problem


@pytest.mark.parametrize(
    ("part", "index", "placeholder"),
    [
        ("urgent", 1, "{emergency}"),
        ("urgent", 2, "{contact}"),
        ("third_party", 0, "{lines}"),
        ("line", None, "{name}"),
        ("help", None, "{lines}"),
        ("resources_in", None, "{country}"),
    ],
)
def test_a_missing_placeholder_is_refused(
    english: dict[str, Any], spanish: dict[str, Any], part: str, index: int | None, placeholder: str
) -> None:
    if index is None:
        spanish[part] = spanish[part].replace(placeholder, "")
    else:
        spanish[part][index] = spanish[part][index].replace(placeholder, "")
    problem = _refused(english, spanish)
    assert part in problem and f"lacks {placeholder}" in problem


def test_a_placeholder_english_does_not_fill_is_refused(
    english: dict[str, Any], spanish: dict[str, Any]
) -> None:
    spanish["acknowledge"][0] += " {pais}"
    assert "{pais}" in _refused(english, spanish)
    spanish = copy.deepcopy(_raw("crisis/es.toml"))
    spanish["stay"][1] += " {}"
    assert "named placeholder" in _refused(english, spanish)
    spanish = copy.deepcopy(_raw("crisis/es.toml"))
    spanish["care"][2] += " {"
    assert "care" in _refused(english, spanish)


def test_fewer_wordings_or_a_wrong_shape_is_refused(
    english: dict[str, Any], spanish: dict[str, Any]
) -> None:
    spanish["reach_now"] = spanish["reach_now"][:2]
    assert "has 2 wordings, English has 3" in _refused(english, spanish)
    spanish = copy.deepcopy(_raw("crisis/es.toml"))
    spanish["line"] = [spanish["line"]]
    assert "one string" in _refused(english, spanish)
    spanish = copy.deepcopy(_raw("crisis/es.toml"))
    spanish["care"] = spanish["care"][0]
    assert "list of strings" in _refused(english, spanish)
    spanish = copy.deepcopy(_raw("crisis/es.toml"))
    spanish["acknowledge"][1] = "  "
    assert "empty" in _refused(english, spanish)


def test_unknown_parts_and_bad_country_tables_are_refused(
    english: dict[str, Any], spanish: dict[str, Any]
) -> None:
    spanish["acknowlege"] = spanish["acknowledge"]
    assert "'acknowlege'" in _refused(english, spanish)
    spanish = copy.deepcopy(_raw("crisis/es.toml"))
    spanish["in_country"]["mx"] = "en México"
    assert "ISO" in _refused(english, spanish)
    spanish = copy.deepcopy(_raw("crisis/es.toml"))
    spanish["in_country"]["MX"] = ""
    assert "non-empty" in _refused(english, spanish)


def test_english_itself_must_be_consistent(english: dict[str, Any]) -> None:
    broken = copy.deepcopy(english)
    broken["urgent"][2] = broken["urgent"][2].replace("{name}", "them")
    assert "lacks {name}" in _refused(english=broken, data=broken, language="en")
