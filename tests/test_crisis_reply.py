"""The deterministic crisis reply, the crisis lines and the operator override."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.domain import CrisisLine, ReplyKind, RiskAssessment, RiskLevel
from bot.errors import ConfigError
from bot.outfilter import check_reply
from bot.risk.crisis import CrisisDirectory, CrisisResponder, country_from_locale

HIGH = RiskAssessment(RiskLevel.HIGH, ("ideation",))
IMMINENT = RiskAssessment(RiskLevel.IMMINENT, ("ideation", "intent", "timeline"))


@pytest.fixture(scope="module")
def directory() -> CrisisDirectory:
    return CrisisDirectory.load()


@pytest.fixture
def responder(directory: CrisisDirectory) -> CrisisResponder:
    return CrisisResponder(directory, default_country=None)


@pytest.mark.parametrize(
    ("locale", "default", "country"),
    [
        ("en-US", None, "US"),
        ("en_GB", None, "GB"),
        ("en-GB", "US", "GB"),
        ("de-DE", None, "DE"),
        ("pt-BR", None, "BR"),
        ("es-ES", None, "ES"),
        ("en_US.UTF-8", None, "US"),
        ("sr-Latn-RS", None, "RS"),
        ("GB", None, "GB"),
        ("en", "US", "US"),
        ("en", None, None),
        ("es-419", "gb", "GB"),
        ("C", None, None),
        (None, "IE", "IE"),
        ("", None, None),
    ],
)
def test_country_from_locale(locale: str | None, default: str | None, country: str | None) -> None:
    assert country_from_locale(locale, default) == country


@pytest.mark.parametrize(
    ("locale", "number", "emergency"),
    [
        ("en-US", "988", "911"),
        ("en-CA", "988", "911"),
        ("en-GB", "116 123", "999"),
        ("en-IE", "116 123", "112"),
        ("en-AU", "13 11 14", "000"),
        ("en-NZ", "1737", "111"),
        ("hi-IN", "14416", "112"),
        ("de-DE", "0800 111 0 111", "112"),
        ("fr-FR", "3114", "112"),
        ("es-ES", "024", "112"),
        ("es-MX", "800 911 2000", "911"),
        ("pt-BR", "188", "192"),
        ("ja-JP", "findahelpline.com", "your local emergency number"),
    ],
)
def test_lines_follow_the_locale(
    responder: CrisisResponder, locale: str, number: str, emergency: str
) -> None:
    reply = responder.reply(HIGH, locale=locale, variant=0)
    assert reply.kind is ReplyKind.CRISIS and reply.risk is RiskLevel.HIGH
    assert number in reply.text and emergency in reply.text
    assert [line.emergency for line in reply.resources].count(True) == 1
    assert all(line.contact in reply.text for line in reply.resources)


def test_imminent_puts_emergency_and_crisis_line_first(responder: CrisisResponder) -> None:
    for variant in range(4):
        reply = responder.reply(IMMINENT, locale="en-GB", variant=variant)
        first = reply.text.splitlines()[0]
        assert "999" in first and "116 123" in first
        assert reply.risk is RiskLevel.IMMINENT
    high_first = responder.reply(HIGH, locale="en-GB", variant=0).text.splitlines()[0]
    assert "999" not in high_first


def test_unknown_locale_uses_the_directory_and_local_emergency(
    responder: CrisisResponder,
) -> None:
    first = responder.reply(IMMINENT, locale=None, variant=0).text.splitlines()[0]
    assert "your local emergency number" in first and "findahelpline.com" in first


def test_default_country_only_when_the_locale_has_none(directory: CrisisDirectory) -> None:
    responder = CrisisResponder(directory, default_country="us")
    assert "988" in responder.reply(HIGH, locale="en", variant=0).text
    assert "116 123" in responder.reply(HIGH, locale="en-GB", variant=0).text
    assert "988" not in responder.reply(HIGH, locale="de-DE", variant=0).text


def test_variants_differ_but_keep_the_lines(responder: CrisisResponder) -> None:
    replies = [responder.reply(HIGH, locale="en-US", variant=v) for v in range(3)]
    assert len({r.text for r in replies}) == 3
    for reply in replies:
        assert "988" in reply.text and "741741" in reply.text and "911" in reply.text
        assert reply.resources == replies[0].resources


def test_the_reply_stays_in_the_conversation_and_is_safe(responder: CrisisResponder) -> None:
    for level in (HIGH, IMMINENT):
        for variant in range(3):
            text = responder.reply(level, locale="en-US", variant=variant).text
            assert text.rstrip().endswith("?")  # an invitation to keep talking
            assert check_reply(text).ok, text


def test_every_crisis_reply_says_it_is_an_ai_not_a_therapist(responder: CrisisResponder) -> None:
    for level in (HIGH, IMMINENT):
        for variant in range(3):
            closing = responder.reply(level, locale=None, variant=variant).text.split("\n\n")[-1]
            assert "I'm an AI" in closing and "not a therapist" in closing, closing


def test_concern_checkin_asks_directly_and_says_help_exists(responder: CrisisResponder) -> None:
    texts = {responder.concern_checkin(v) for v in range(3)}
    assert len(texts) == 3
    for text in texts:
        assert "?" in text
        assert "life" in text or "alive" in text
        assert check_reply(text).ok


def test_third_party_guidance_has_the_local_lines(responder: CrisisResponder) -> None:
    text = responder.third_party_guidance(locale="en-AU", variant=0)
    assert "13 11 14" in text and "000" in text
    assert responder.third_party_guidance(locale="en-AU", variant=1) != text


def test_resources_and_help(directory: CrisisDirectory) -> None:
    responder = CrisisResponder(directory, default_country="US")
    assert "116 123" in responder.resources_text("gb")
    assert "988" in responder.resources_text(None)
    assert "findahelpline.com" in responder.resources_text("JP")
    help_text = responder.help_text()
    assert "AI" in help_text and "not a person" in help_text and "therapist" in help_text
    assert "988" in help_text


def test_shipped_directory(directory: CrisisDirectory) -> None:
    assert set(directory.countries()) >= {"US", "CA", "GB", "IE", "AU", "NZ", "IN"}
    for country in [*directory.countries(), None]:
        lines = directory.lines_for(country)
        assert [line.emergency for line in lines].count(True) == 1
    assert directory.lines_for("us") == directory.lines_for("US")


def test_override_file_extends_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "lines.toml"
    path.write_text(
        "[countries.DE]\n"
        'name = "Germany"\n'
        "lines = [\n"
        '  { name = "TelefonSeelsorge", contact = "call 0800 111 0 111" },\n'
        '  { name = "Emergency services", contact = "112", emergency = true },\n'
        "]\n"
        "[countries.us]\n"
        'lines = [{ name = "Our campus line", contact = "call 555 0100" }]\n',
        encoding="utf-8",
    )
    directory = CrisisDirectory.load(path)
    assert "DE" in directory.countries() and "GB" in directory.countries()
    assert directory.lines_for("DE")[0] == CrisisLine("TelefonSeelsorge", "call 0800 111 0 111")
    assert directory.lines_for("US") == (CrisisLine("Our campus line", "call 555 0100"),)
    responder = CrisisResponder(directory, default_country=None)
    assert "0800 111 0 111" in responder.reply(IMMINENT, locale="de-DE", variant=0).text
    assert responder.resources_text("DE").startswith("Free support in Germany")


def test_override_can_replace_the_default(tmp_path: Path) -> None:
    path = tmp_path / "lines.toml"
    path.write_text(
        '[default]\nlines = [{ name = "Our helpline", contact = "call 555 0199" },'
        ' { name = "Emergency services", contact = "112", emergency = true }]\n',
        encoding="utf-8",
    )
    responder = CrisisResponder(CrisisDirectory.load(path), default_country=None)
    first = responder.reply(IMMINENT, locale="ja-JP", variant=0).text.splitlines()[0]
    assert "112" in first and "555 0199" in first


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[countries.DE\nlines = 3", "not valid"),
        ("[countries.DE]\nlines = []\n", "non-empty list"),
        ('[countries.DE]\nlines = [{ name = "x" }]\n', "'contact'"),
        ('[countries.DE]\nlines = [{ name = "x", contact = "y", emergency = "yes" }]\n', "true"),
        ('[countries.DE]\nlines = [{ name = "x", contact = "y", phone = "1" }]\n', "'phone'"),
        ('[countries.DEU]\nlines = [{ name = "x", contact = "y" }]\n', "two-letter"),
        ('[country.DE]\nlines = [{ name = "x", contact = "y" }]\n', "unknown table"),
        ("countries = 5\n", "table"),
    ],
)
def test_malformed_override_names_the_setting(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "lines.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        CrisisDirectory.load(path)
    assert caught.value.key == "HEARTLINE_CRISIS_LINES_FILE"
    assert problem in str(caught.value)


def test_missing_override_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        CrisisDirectory.load(tmp_path / "nope.toml")
    assert caught.value.key == "HEARTLINE_CRISIS_LINES_FILE"
    assert "cannot read" in str(caught.value)
