"""Crisis-lines settings an operator can get quietly wrong, as `heartline check`
and the start-up log report them."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from adapters.commands.check import Finding, Status, check_crisis_lines, render
from adapters.wiring import open_conversation
from bot.crisis_lines import (
    MAX_FILE_BYTES,
    MAX_LINES_PER_COUNTRY,
    directory_warnings,
    load_directory,
)
from bot.errors import ConfigError
from tests.conftest import OpenConversation, settings_for
from tests.test_cli import heartline
from tests.test_core import msg

# A country heartline ships no lines for.
JAPAN = """[countries.JP]
name = "Japan"
lines = [
    { name = "A local line", contact = "call 0000" },
    { name = "Emergency services", contact = "119", emergency = true },
]
"""


def check(tmp_path: Path, **env: object) -> list[Finding]:
    return check_crisis_lines(settings_for(tmp_path / "h.db", **env))


def lines_file(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "lines.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def warnings(findings: list[Finding]) -> list[str]:
    return [f"{f.part}: {f.detail} → {f.fix}" for f in findings if f.status is Status.WARN]


def test_default_country_not_an_iso_code_is_a_warning(tmp_path: Path) -> None:
    [warning] = warnings(check(tmp_path, HEARTLINE_DEFAULT_COUNTRY="USA"))
    assert warning.startswith("default country: HEARTLINE_DEFAULT_COUNTRY=USA is not an ISO")
    assert "only the international directory" in warning and "US, GB or DE" in warning


def test_default_country_without_lines_is_a_warning(tmp_path: Path) -> None:
    [warning] = warnings(check(tmp_path, HEARTLINE_DEFAULT_COUNTRY="jp"))
    assert "HEARTLINE_DEFAULT_COUNTRY=JP has no crisis lines of its own" in warning
    assert "add [countries.JP]" in warning
    with_lines = check(
        tmp_path,
        HEARTLINE_DEFAULT_COUNTRY="JP",
        HEARTLINE_CRISIS_LINES_FILE=lines_file(tmp_path, JAPAN),
    )
    assert warnings(with_lines) == []
    assert ("default country", Status.OK) in [(f.part, f.status) for f in with_lines]


async def test_uk_is_read_as_gb(tmp_path: Path, conversation_factory: OpenConversation) -> None:
    assert warnings(check(tmp_path, HEARTLINE_DEFAULT_COUNTRY="UK")) == []
    conv = await conversation_factory(HEARTLINE_DEFAULT_COUNTRY="UK")
    reply = await conv.respond(msg("uk", "I want to kill myself"))  # no locale
    assert reply is not None and "Samaritans" in reply.text and "116 123" in reply.text


def test_override_codes_no_locale_can_pick_are_warnings(tmp_path: Path) -> None:
    path = lines_file(
        tmp_path,
        '[countries.UK]\nname = "the UK"\n'
        'lines = [{ name = "Samaritans", contact = "116 123" },'
        ' { name = "Emergency", contact = "999", emergency = true }]\n'
        '[countries.XX]\nlines = [{ name = "X", contact = "1", emergency = true }]\n',
    )
    found = warnings(check(tmp_path, HEARTLINE_CRISIS_LINES_FILE=path))
    assert found == [
        f"crisis lines: [countries.UK] in {path} is not an ISO 3166 country code, so no "
        "person's locale ever picks it → rename it [countries.GB]",
        f"crisis lines: [countries.XX] in {path} is not an ISO 3166 country code, so no "
        "person's locale ever picks it → use the country's two-letter ISO 3166 code, "
        "such as [countries.DE]",
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ('{ name = "A", contact = "1" }', "[countries.DE] has no line marked emergency = true"),
        (
            '{ name = "A", contact = "1", emergency = true },'
            ' { name = "B", contact = "2", emergency = true }',
            "[countries.DE] has 2 emergency lines",
        ),
    ],
)
def test_a_country_needs_exactly_one_emergency_line(
    tmp_path: Path, lines: str, expected: str
) -> None:
    path = lines_file(tmp_path, f"[countries.DE]\nlines = [{lines}]\n")
    [warning] = warnings(check(tmp_path, HEARTLINE_CRISIS_LINES_FILE=path))
    assert expected in warning and "mark exactly one line" in warning


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("# padding\n" * (MAX_FILE_BYTES // 10 + 1) + JAPAN, "is larger than 256 KB"),
        (
            "[countries.DE]\nlines = [\n"
            + "".join(
                f'{{ name = "L{n}", contact = "{n}" }},\n' for n in range(MAX_LINES_PER_COUNTRY + 1)
            )
            + "]\n",
            "[countries.DE] lists 9 lines, but a crisis reply shows every one",
        ),
        (
            f'[countries.DE]\nlines = [{{ name = "A", contact = "{"1" * 201}" }}]\n',
            "name or contact over 200 characters",
        ),
        (b"\x1f\x8b\x08\x00binary\xff\xfe", "is not a text file; save it as UTF-8 TOML"),
    ],
)
async def test_oversized_or_binary_files_are_refused_in_one_sentence(
    tmp_path: Path, content: str | bytes, problem: str
) -> None:
    path = lines_file(tmp_path, content)
    findings = check(tmp_path, HEARTLINE_CRISIS_LINES_FILE=path)
    [failed] = [f for f in findings if f.status is Status.FAIL]
    assert problem in failed.detail
    assert "HEARTLINE_CRISIS_LINES_FILE" not in failed.detail  # the fix line names it
    assert "codec" not in failed.detail
    assert render(findings).count("HEARTLINE_CRISIS_LINES_FILE") == 1
    with pytest.raises(ConfigError) as refused:  # `heartline run` refuses to start
        await open_conversation(settings_for(tmp_path / "h.db", HEARTLINE_CRISIS_LINES_FILE=path))
    assert refused.value.key == "HEARTLINE_CRISIS_LINES_FILE"


async def test_start_up_logs_each_warning_without_message_text(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="adapters.wiring")
    conv = await open_conversation(settings_for(tmp_path / "h.db", HEARTLINE_DEFAULT_COUNTRY="JP"))
    await conv.aclose()
    [record] = [r for r in caplog.records if r.getMessage() == "crisis_lines_warning"]
    fields = record.heartline  # type: ignore[attr-defined]
    assert fields["problem"] == "default_without_lines" and fields["country"] == "JP"
    assert fields["setting"] == "HEARTLINE_DEFAULT_COUNTRY"


def test_heartline_check_prints_the_warning_and_still_passes(tmp_path: Path) -> None:
    env = {"HEARTLINE_DB": str(tmp_path / "cli.db"), "HEARTLINE_DEFAULT_COUNTRY": "USA"}
    result = heartline("check", "--no-platforms", env=env)
    assert result.returncode == 0, result.stdout
    assert "! default country: HEARTLINE_DEFAULT_COUNTRY=USA is not an ISO 3166" in result.stdout


def test_the_shipped_lines_need_no_warning() -> None:
    directory = load_directory(None)
    assert directory_warnings(directory, default_country=None, override_file=None) == []
