"""The AI disclosure, the notices and Slack's and Discord's own words in the
person's language.

Spanish, French, German and Portuguese by the locale's language, the same
rule the crisis reply follows, English for any other locale and for a
wording a language file leaves out; a language file that is missing or
malformed stops heartline at start and fails ``heartline check``. (What a
person sees on Slack and Discord is tested through the apps in
tests/test_adapter_slack.py and tests/test_adapter_discord.py.)

What a person should read is taken from the TOML files themselves, so these
tests say what the person sees, not what an API returns.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from adapters.console import ConsoleAdapter
from bot.core import Conversation
from bot.domain import IncomingMessage, ReplyKind, RiskAssessment, RiskLevel, utcnow
from bot.memory.sqlite import SqliteStore
from bot.outfilter import check_reply
from bot.risk.crisis import CrisisDirectory, CrisisResponder
from persona import load_persona
from persona.local_texts import load_local_texts, text_file
from persona.wording import LANGUAGES, WordingError
from tests.conftest import OpenConversation
from tests.fakes.openai_server import Cut, FakeOpenAI, Stream
from tests.test_core import msg
from tests.test_crisis_languages import ENGLISH_WORDS, _assert_language

ROOT = Path(__file__).resolve().parents[1]


def _raw(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("persona").joinpath(name).read_text("utf-8"))


def _variants(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


ENGLISH = _raw("texts.toml")
SLACK = _raw("slack.toml")
DISCORD = _raw("discord.toml")
OWN = {language: _raw(text_file(language)) for language in LANGUAGES}
ENGLISH_DISCLOSURES = _variants(ENGLISH["disclosure"])


def _strings(value: Any) -> list[str]:
    """Every wording in a parsed file or a part of one, in order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for inner in value.values() for text in _strings(inner)]
    return [text for inner in value for text in _strings(inner)]


def _shape(value: Any) -> Any:
    """A file's structure with every wording replaced by its type: what a
    translation must match (the same tables, lists as long, strings where
    English has strings)."""
    if isinstance(value, dict):
        return {key: _shape(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [_shape(inner) for inner in value]
    return type(value).__name__


def disclosure(language: str, variant: int) -> str:
    return str(OWN[language]["disclosure"][variant])


def notices(language: str, key: str) -> list[str]:
    return _variants(OWN[language]["notices"][key])


def crisis_wordings(language: str, part: str) -> list[str]:
    return _variants(_raw(f"crisis/{language}.toml")[part])


def _with_locale(message: IncomingMessage, locale: str) -> IncomingMessage:
    return dataclasses.replace(message, locale=locale)


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


# What every disclosure must say in its language: an AI, not a person, not a therapist.
SAYS = {
    "es": (r"\bIA\b", r"\b[Nn]o (?:soy )?(?:una persona|un ser humano)\b", r"\bni terapeuta\b"),
    "fr": (r"\bIA\b", r"\bni une personne\b|\bpas un être humain\b", r"\bthérapeute\b"),
    "de": (r"\bKI\b", r"\bkein Mensch\b", r"\bkein Therapeut\b"),
    "pt": (r"\bIA\b", r"\b[Nn]ão sou (?:uma pessoa|um ser humano)\b", r"\bnem terapeuta\b"),
}


# -- the files ---------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_key_english_has(language: str) -> None:
    own = OWN[language]
    assert set(own) == {"disclosure", "notices", "slack", "discord"}
    assert _shape(own["slack"]) == _shape(SLACK)  # every Slack word, as many variants and prompts
    assert _shape(own["discord"]) == _shape(DISCORD)  # every Discord word, as many variants
    assert set(own["notices"]) == set(ENGLISH["notices"])
    pairs = [("disclosure", ENGLISH["disclosure"], own["disclosure"])] + [
        (key, value, own["notices"][key]) for key, value in ENGLISH["notices"].items()
    ]
    for key, english, theirs in pairs:
        assert type(theirs) is type(english), key  # variants where English has them
        assert len(_variants(theirs)) == len(_variants(english)), key
    assert load_persona().said.untranslated() == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_disclosure_says_ai_not_a_person_not_a_therapist(language: str) -> None:
    for text in _variants(OWN[language]["disclosure"]):
        for claim in SAYS[language]:
            assert re.search(claim, text), (claim, text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_slack_greeting_says_ai_not_a_person_not_a_therapist(language: str) -> None:
    """The assistant pane's greeting is said before the person writes anything."""
    for text in _variants(OWN[language]["slack"]["greeting"]):
        for claim in SAYS[language]:
            assert re.search(claim, text), (claim, text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_wording_reads_in_its_language_and_passes_the_filter(language: str) -> None:
    english = set(_strings(ENGLISH)) | set(_strings(SLACK)) | set(_strings(DISCORD))
    for text in _strings(OWN[language]):
        assert not ENGLISH_WORDS.search(text), (ENGLISH_WORDS.search(text), text)
        assert check_reply(text).ok, text
        assert text not in english


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_slack_usage_keeps_every_command_name(language: str) -> None:
    """People type these; a translated command name would not work."""
    usage = OWN[language]["slack"]["command"]["usage"]
    commands = re.findall(r"^• (/heartline \w+)", SLACK["command"]["usage"], re.M)
    assert len(commands) == 6
    assert re.findall(r"^• (/heartline \w+)", usage, re.M) == commands


def _named(value: Any, prefix: str = "") -> dict[str, str]:
    """Every wording in a parsed table by its dotted name (a variant by its index)."""
    if isinstance(value, str):
        return {prefix: value}
    items = value.items() if isinstance(value, dict) else enumerate(value)
    return {
        name: text
        for key, inner in items
        for name, text in _named(inner, f"{prefix}.{key}" if prefix else str(key)).items()
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_discords_words_keep_every_command_name_and_fit(language: str) -> None:
    """A command named in a Discord wording is what the person types; a
    description longer than 100 characters would make Discord refuse every
    command, a button label longer than 80 the /forget question."""
    own = _named(OWN[language]["discord"])
    for part, english in _named(DISCORD).items():
        named = sorted(re.findall(r"/[a-z]+", english))
        assert sorted(re.findall(r"/[a-z]+", own[part])) == named, (part, own[part])
    assert all(len(text) <= 100 for part, text in own.items() if part.startswith("commands."))
    assert len(own["forget.confirm"]) <= 80 and len(own["forget.cancel"]) <= 80


@pytest.mark.parametrize(
    "locale",
    ["es-MX", "es-419", "es", "fr-CA", "de_DE.UTF-8", "pt-PT", "en-GB", "it-IT", "DE", None],
)
def test_the_language_is_the_one_the_crisis_reply_is_in(locale: str | None) -> None:
    """One rule for both: a person never reads a crisis reply in one language
    and the disclosure in another."""
    responder = CrisisResponder(CrisisDirectory.load(), default_country=None)
    crisis = responder.reply(
        RiskAssessment(RiskLevel.HIGH, ("ideation",)), locale=locale, variant=0
    )
    closing = _paragraphs(crisis.text)[-1]
    language = next((lang for lang in LANGUAGES if closing in crisis_wordings(lang, "stay")), "en")
    expected = ENGLISH_DISCLOSURES[0] if language == "en" else disclosure(language, 0)
    persona = load_persona()
    assert persona.disclosure(0, locale=locale) == expected
    if language != "en":
        assert persona.notice("paused_ack", locale=locale) == notices(language, "paused_ack")[0]


# -- a broken or partial file ---------------------------------------------------------


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """The shipped language files and English's Slack and Discord words,
    copied to be broken one at a time."""
    for language in LANGUAGES:
        target = tmp_path / text_file(language)
        target.parent.mkdir(parents=True, exist_ok=True)
        _write(target, OWN[language])
    _write(tmp_path / "slack.toml", SLACK)
    _write(tmp_path / "discord.toml", DISCORD)
    return tmp_path


def _write(path: Path, data: dict[str, Any]) -> None:
    """``data`` as TOML: its top-level wordings, then each table, a table
    inside one written inline."""

    def value(v: Any) -> str:
        if isinstance(v, dict):
            return "{ " + ", ".join(f"{json.dumps(k)} = {value(x)}" for k, x in v.items()) + " }"
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return json.dumps(v, ensure_ascii=False)  # a JSON string is a valid TOML string

    lines = [f"{key} = {value(v)}" for key, v in data.items() if not isinstance(v, dict)]
    for table, entries in ((k, v) for k, v in data.items() if isinstance(v, dict)):
        lines.append(f"[{table}]")
        lines += [f"{key} = {value(v)}" for key, v in entries.items()]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def _loader(folder: Path) -> Any:
    def load(name: str) -> dict[str, Any]:
        return tomllib.loads((folder / name).read_text("utf-8"))

    return load


def _refused(folder: Path) -> str:
    with pytest.raises(WordingError) as caught:
        load_local_texts(ENGLISH, _loader(folder))
    return str(caught.value)


def test_the_copies_load(files: Path) -> None:
    said = load_local_texts(ENGLISH, _loader(files))
    assert said.untranslated() == []
    assert said.say("disclosure", 0, locale="pt-BR") == disclosure("pt", 0)
    assert said.say("slack.greeting", 1, locale="de-AT") == OWN["de"]["slack"]["greeting"][1]
    assert said.numbered("slack.suggested_prompts.prompts") == len(
        SLACK["suggested_prompts"]["prompts"]
    )
    prompt = said.say("discord.forget.prompt", 0, locale="fr-CA")
    assert prompt == OWN["fr"]["discord"]["forget"]["prompt"]


def test_a_missing_file_is_refused(files: Path) -> None:
    (files / text_file("fr")).unlink()
    problem = _refused(files)
    assert "persona/texts/fr.toml" in problem and "cannot read" in problem


def test_a_file_that_is_not_toml_is_refused(files: Path) -> None:
    (files / text_file("de")).write_text('disclosure = ["Ich bin eine KI"\n', "utf-8")
    problem = _refused(files)
    assert "persona/texts/de.toml" in problem and "TOML" in problem


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (lambda d: d["notices"].__setitem__("emtpy", "Hola"), "'notices.emtpy'"),
        (lambda d: d.__setitem__("public_note", "Hola"), "'public_note' is not said"),
        (lambda d: d.__setitem__("notices", "Hola"), "must be a table"),
        (lambda d: d.__setitem__("disclosure", d["disclosure"][:1]), "has 1 wordings"),
        (lambda d: d["notices"].__setitem__("forgotten", ["Hecho."]), "one string"),
        (lambda d: d["notices"].__setitem__("empty", "Hola"), "list of strings"),
        (lambda d: d["notices"]["rate_limited"].__setitem__(1, " "), "is empty"),
        (lambda d: d["notices"].__setitem__("paused", "Usa {comando}"), "{comando}"),
        (lambda d: d.__setitem__("slack", "Hola"), "[slack] must be a table"),
        (
            lambda d: d["slack"].__setitem__("greeting", d["slack"]["greeting"][:1]),
            "has 1 wordings",
        ),
        (
            lambda d: d["slack"]["command"].__setitem__("unknwon", "¿Qué?"),
            "'slack.command.unknwon'",
        ),
        (lambda d: d["slack"]["command"].__setitem__("usage", ["Cómo"]), "one string"),
        (lambda d: d["slack"].__setitem__("typing_status", "   "), "is empty"),
        (
            lambda d: d["slack"]["suggested_prompts"]["prompts"].pop(),
            "prompts: has 3 items, English has 4",
        ),
        (
            lambda d: d["slack"]["suggested_prompts"]["prompts"].__setitem__(0, "Hola"),
            "must be a list of tables",
        ),
        (
            lambda d: d["slack"]["suggested_prompts"]["prompts"][1].__setitem__("emoji", ":)"),
            "'slack.suggested_prompts.prompts.2.emoji'",
        ),
        (
            lambda d: d["slack"]["suggested_prompts"]["prompts"][2].__setitem__("message", ""),
            "prompts.3.message: is empty",
        ),
        (lambda d: d.__setitem__("discord", ["Hola"]), "[discord] must be a table"),
        (lambda d: d["discord"].__setitem__("error", "Perdona."), "list of strings"),
        (
            lambda d: d["discord"].__setitem__("error", d["discord"]["error"] * 2),
            "discord.error: has 4 wordings, English has 2",
        ),
        (
            lambda d: d["discord"]["forget"].__setitem__("expried", "Caducó."),
            "'discord.forget.expried'",
        ),
        (lambda d: d["discord"]["forget"].__setitem__("prompt", ""), "forget.prompt: is empty"),
        (
            lambda d: d["discord"]["forget"].__setitem__("cancelled", "Vale, {nombre}."),
            "{nombre}",
        ),
        (
            lambda d: d["discord"]["commands"].__setitem__("help", "Qué es heartline. " * 6),
            "discord.commands.help: has 108 characters, Discord takes 100",
        ),
        (
            lambda d: d["discord"]["forget"].__setitem__("confirm", "Sí, " * 21),
            "discord.forget.confirm: has 84 characters, Discord takes 80",
        ),
    ],
)
def test_a_malformed_file_is_refused(files: Path, breakage: Any, expected: str) -> None:
    spanish = copy.deepcopy(OWN["es"])
    breakage(spanish)
    _write(files / text_file("es"), spanish)
    problem = _refused(files)
    assert "persona/texts/es.toml" in problem and expected in problem, problem


def test_a_missing_wording_is_said_in_english(files: Path) -> None:
    spanish = copy.deepcopy(OWN["es"])
    del spanish["notices"]["shortened"], spanish["disclosure"]
    del spanish["slack"]["command"]["unknown"]
    del spanish["slack"]["suggested_prompts"]["prompts"][3]["message"]
    del spanish["discord"]["forget"]["expired"], spanish["discord"]["commands"]["pause"]
    _write(files / text_file("es"), spanish)
    said = load_local_texts(ENGLISH, _loader(files))
    assert said.untranslated() == [
        ("es", "disclosure"),
        ("es", "notices.shortened"),
        ("es", "slack.suggested_prompts.prompts.4.message"),
        ("es", "slack.command.unknown"),
        ("es", "discord.commands.pause"),
        ("es", "discord.forget.expired"),
    ]
    assert said.say("notices.shortened", 0, locale="es-MX") == ENGLISH["notices"]["shortened"]
    assert said.say("disclosure", 1, locale="es-MX") == ENGLISH_DISCLOSURES[1]
    assert said.say("notices.forgotten", 0, locale="es-MX") == notices("es", "forgotten")[0]
    assert said.say("slack.command.unknown", 0, locale="es-MX") == SLACK["command"]["unknown"]
    last = "slack.suggested_prompts.prompts.4"
    assert (
        said.say(f"{last}.message", 0, locale="es")
        == SLACK["suggested_prompts"]["prompts"][3]["message"]
    )
    assert (
        said.say(f"{last}.title", 0, locale="es")
        == spanish["slack"]["suggested_prompts"]["prompts"][3]["title"]
    )
    assert said.say("slack.command.usage", 0, locale="es") == spanish["slack"]["command"]["usage"]
    assert said.say("discord.forget.expired", 0, locale="es-ES") == DISCORD["forget"]["expired"]
    assert (
        said.say("discord.forget.prompt", 0, locale="es-419")
        == spanish["discord"]["forget"]["prompt"]
    )


def test_english_slack_words_that_disagree_are_refused(files: Path) -> None:
    """English is checked against itself: every variant of a part fills the
    same placeholders, so a translation has one set to match."""
    english = copy.deepcopy(SLACK)
    english["error_reply"][1] += " {name}"
    _write(files / "slack.toml", english)
    problem = _refused(files)
    assert "persona/slack.toml slack.error_reply, wording" in problem, problem
    (files / "slack.toml").unlink()
    assert "persona/slack.toml: cannot read" in _refused(files)


def test_english_discord_words_are_checked_as_the_translations_are(files: Path) -> None:
    english = copy.deepcopy(DISCORD)
    english["commands"]["forget"] = "Erase " + "everything heartline remembers, " * 4
    _write(files / "discord.toml", english)
    problem = _refused(files)
    assert "persona/discord.toml discord.commands.forget: has 134 characters" in problem, problem
    english = copy.deepcopy(DISCORD)
    english["error"][0] += " ({error})"
    _write(files / "discord.toml", english)
    assert "persona/discord.toml discord.error, wording" in _refused(files)
    (files / "discord.toml").unlink()
    assert "persona/discord.toml: cannot read" in _refused(files)


def _installed_copy(tmp_path: Path) -> Path:
    """heartline's packages copied, so one of their files can be broken."""
    source = tmp_path / "src"
    for package in ("bot", "adapters", "persona"):
        shutil.copytree(
            ROOT / package, source / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    return source


def _heartline(source: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("HEARTLINE_", "DISCORD_", "SLACK_", "PYTHON"))
    }
    env.update(
        PYTHONPATH=str(source),
        PYTHONIOENCODING="utf-8",
        HEARTLINE_DB=str(tmp_path / "heartline.db"),
        DISCORD_TOKEN="MTIz.canary.discordtoken",
        HEARTLINE_DISCORD_ALERT_CHANNEL_ID="42",
    )
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args],
        input="hola\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=source,
        timeout=60,
        check=False,
    )


def _persona_checks(result: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    report = json.loads(result.stdout)
    return [c for c in report["checks"] if c["part"] == "persona"]


def test_heartline_check_and_start_fail_on_a_broken_file_and_warn_on_a_gap(
    tmp_path: Path,
) -> None:
    source = _installed_copy(tmp_path)
    spanish = source / "persona" / text_file("es")
    good = spanish.read_text("utf-8")

    spanish.write_text(good.replace("disclosure = [", "disclosure = ", 1), "utf-8")  # not TOML
    checked = _heartline(source, tmp_path, "check", "--json")
    assert checked.returncode == 1
    [persona] = _persona_checks(checked)
    assert persona["status"] == "fail" and "persona/texts/es.toml" in persona["detail"]
    started = _heartline(source, tmp_path, "chat")
    assert started.returncode == 2 and "persona/texts/es.toml" in started.stderr
    assert "Traceback" not in started.stderr and started.stdout == ""

    too_long = "Qué es heartline y dónde encontrar ayuda ahora mismo, " * 2
    broken = re.sub(r'(?m)^help = "Qué es heartline.*"$', f'help = "{too_long}"', good)
    assert broken != good
    spanish.write_text(broken, "utf-8")  # a description Discord would refuse at sync
    checked = _heartline(source, tmp_path, "check", "--json")
    assert checked.returncode == 1
    [persona] = _persona_checks(checked)
    assert persona["status"] == "fail"
    assert "persona/texts/es.toml discord.commands.help: has 108 characters" in persona["detail"]

    spanish.unlink()
    started = _heartline(source, tmp_path, "chat")
    assert started.returncode == 2 and "persona/texts/es.toml: cannot read" in started.stderr

    spanish.write_text(re.sub(r"(?m)^(shortened|unknown|expired) = .*\n", "", good), "utf-8")
    checked = _heartline(source, tmp_path, "check", "--json")
    assert checked.returncode == 0, checked.stdout
    found = [(c["status"], c["detail"]) for c in _persona_checks(checked)]
    assert [status for status, _ in found] == ["ok", "warn", "warn", "warn"]
    assert "notices.shortened has no es wording" in found[1][1]
    assert "slack.command.unknown has no es wording in persona/texts/es.toml" in found[2][1]
    assert "discord.forget.expired has no es wording in persona/texts/es.toml" in found[3][1]


# -- through the core -------------------------------------------------------------------


@pytest.mark.parametrize(("locale", "language"), [("es-MX", "es"), ("fr-FR", "fr")])
async def test_disclosure_in_their_language_at_first_contact_and_after_three_hours(
    conversation_factory: OpenConversation, locale: str, language: str
) -> None:
    conv = await conversation_factory()
    now = [utcnow()]
    conv.clock = lambda: now[0]
    everyone = [*ENGLISH_DISCLOSURES, disclosure(language, 0), disclosure(language, 1)]

    async def shown(text: str) -> list[str]:
        reply = await conv.respond(_with_locale(msg(f"d-{language}", text), locale))
        assert reply is not None and reply.kind is ReplyKind.OFFLINE
        return [line for line in everyone if line in reply.text]

    assert await shown("hola") == [disclosure(language, 0)]
    for _ in range(5):  # two and a half hours of conversation
        now[0] += timedelta(minutes=30)
        assert await shown("sigo aquí") == []
    now[0] += timedelta(minutes=31)
    assert await shown("otra vez") == [disclosure(language, 1)]
    assert await shown("una más") == []


CRISIS = {"es": "quiero quitarme la vida", "fr": "je veux me suicider"}


@pytest.mark.parametrize(("locale", "language"), [("es-MX", "es"), ("fr-FR", "fr")])
async def test_a_crisis_reply_for_them_carries_their_disclosure_and_no_english(
    conversation_factory: OpenConversation, locale: str, language: str
) -> None:
    conv = await conversation_factory()
    now = [utcnow()]
    conv.clock = lambda: now[0]
    lines = conv.crisis.directory.lines_for(locale[-2:])
    for variant in (0, 1):  # first contact, then three hours later
        reply = await conv.respond(_with_locale(msg(f"c-{language}", CRISIS[language]), locale))
        assert reply is not None and reply.kind is ReplyKind.CRISIS
        paragraphs = _paragraphs(reply.text)
        # Before the closing question, so the reply still ends by asking.
        assert paragraphs[-2] == disclosure(language, variant)
        assert paragraphs[-1] in crisis_wordings(language, "stay")
        assert not any(line in reply.text for line in ENGLISH_DISCLOSURES)
        _assert_language(reply.text, language, lines)
        now[0] += timedelta(hours=3, minutes=1)


async def test_a_crisis_lifts_their_pause_and_says_so_in_their_language(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    await conv.respond(_with_locale(msg("p-es", "hola"), "es-MX"))
    await conv.pause(msg("p-es", "").user)
    reply = await conv.respond(_with_locale(msg("p-es", CRISIS["es"]), "es-MX"))
    assert reply is not None and reply.kind is ReplyKind.CRISIS
    assert notices("es", "pause_lifted")[0] in _paragraphs(reply.text)
    assert ENGLISH["notices"]["pause_lifted"] not in reply.text


async def test_after_a_crisis_the_gentle_question_is_in_their_language(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    await conv.respond(_with_locale(msg("a-es", CRISIS["es"]), "es-MX"))
    reply = await conv.respond(_with_locale(msg("a-es", "gracias"), "es-MX"))
    assert reply is not None and reply.risk is RiskLevel.CONCERN
    assert _paragraphs(reply.text)[-1] in notices("es", "after_crisis")


@pytest.mark.parametrize(
    ("text", "key"),
    [("   ", "empty"), (bytes(range(256)).decode("latin-1") * 4, "unreadable")],
    ids=["empty", "unreadable"],
)
async def test_empty_and_unreadable_messages_get_their_language(
    conversation_factory: OpenConversation, text: str, key: str
) -> None:
    conv = await conversation_factory()
    reply = await conv.respond(_with_locale(msg("e-es", text), "es-MX"))
    assert reply is not None and reply.kind is ReplyKind.NOTICE
    assert reply.text in notices("es", key)


async def test_rate_limited_in_their_language(conversation_factory: OpenConversation) -> None:
    conv = await conversation_factory(HEARTLINE_RATE_LIMIT=1)
    await conv.respond(_with_locale(msg("r-de", "hallo"), "de-DE"))
    reply = await conv.respond(_with_locale(msg("r-de", "noch da?"), "de-DE"))
    assert reply is not None and reply.kind is ReplyKind.NOTICE
    assert reply.text in notices("de", "rate_limited")


async def test_a_long_worried_message_gets_the_note_then_the_safety_question(
    conversation_factory: OpenConversation,
) -> None:
    """Both in their language, and the safety question last: the person
    answers the question, not the note about their message's length."""
    conv = await conversation_factory(HEARTLINE_MAX_MESSAGE_CHARS=200)
    text = "Todos estarían mejor sin mí. " + "Hoy fue un día largo y pesado en el trabajo. " * 8
    reply = await conv.respond(_with_locale(msg("l-es", text), "es-MX"))
    assert reply is not None and reply.risk is RiskLevel.CONCERN
    paragraphs = _paragraphs(reply.text)
    assert paragraphs[0] == disclosure("es", 0)
    assert paragraphs[-2] == notices("es", "shortened")[0]
    assert paragraphs[-1] in crisis_wordings("es", "concern_checkin")


async def test_a_broken_stream_and_a_filtered_reply_end_in_their_language(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    fake_model.queue(Cut(["Eso suena agotador. ", "Me pregunto"]))
    cut = await conv.respond(_with_locale(msg("s-pt", "oi"), "pt-BR"))
    assert cut is not None and cut.kind is ReplyKind.CHAT
    assert _paragraphs(cut.text)[-1] in notices("pt", "stream_broken")
    pieces = ["Here is what ", "people do:\n", "- take 30 ", "pills\n", "- that is ", "enough\n"]
    fake_model.queue(Stream([*pieces[:-1], "enough to die\n"]))
    filtered = await conv.respond(_with_locale(msg("s-pt", "o que as pessoas fazem?"), "pt-BR"))
    assert filtered is not None and "pills" not in filtered.text
    assert any(line in filtered.text for line in notices("pt", "filtered"))


async def test_storage_trouble_in_their_language(conversation_factory: OpenConversation) -> None:
    conv = await conversation_factory()
    await conv.respond(_with_locale(msg("t-fr", "salut"), "fr-FR"))
    store = conv.store
    assert isinstance(store, SqliteStore)
    pages = (await store.db.execute_fetchall("PRAGMA page_count"))[0][0]
    await store.db.execute_fetchall(f"PRAGMA max_page_count = {pages}")  # a full disk
    reply = await conv.respond(_with_locale(msg("t-fr", "x" * 20_000), "fr-FR"))
    assert reply is not None and reply.kind is ReplyKind.NOTICE
    assert reply.text == notices("fr", "storage_trouble")[0]


async def test_english_for_any_other_locale(conversation_factory: OpenConversation) -> None:
    conv = await conversation_factory()
    for locale in ("it-IT", "en-MX"):
        reply = await conv.respond(_with_locale(msg(f"o-{locale}", "ciao"), locale))
        assert reply is not None and _paragraphs(reply.text)[0] == ENGLISH_DISCLOSURES[0]


# -- through the console ------------------------------------------------------------------


async def test_the_console_speaks_their_language(conversation_factory: OpenConversation) -> None:
    conv: Conversation = await conversation_factory()
    out = io.StringIO()
    console = ConsoleAdapter(
        conv,
        user="lu",
        locale="es-MX",
        stdin=io.StringIO("hola\n/pause\n/resume\n/help\n/resources\n"),
        stdout=out,
    )
    await console.run_lines()
    said = out.getvalue()
    assert said.startswith(disclosure("es", 0) + "\n\n")
    assert notices("es", "paused_ack")[0] in said and notices("es", "resumed_ack")[0] in said
    assert not any(line in said for line in ENGLISH_DISCLOSURES)
    # /help and /resources too: in Spanish, with Mexico's lines.
    assert conv.crisis.help_text(locale="es-MX") in said
    assert conv.crisis.resources_text("MX", locale="es-MX") in said
    assert conv.crisis.help_text() not in said
