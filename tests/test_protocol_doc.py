"""docs/crisis-protocol.md is published as heartline's crisis protocol: its
level table must say what the screener does, example by example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.domain import RiskLevel
from bot.risk.screener import RuleScreener

PAGE = Path(__file__).resolve().parent.parent / "docs" / "crisis-protocol.md"
ROW = re.compile(r"^\| `(none|concern|high|imminent)` \| [^|]+ \| ([^|]+) \|", re.MULTILINE)


def table_examples() -> list[tuple[str, str]]:
    rows = ROW.findall(PAGE.read_text("utf-8"))
    assert {level for level, _ in rows} == {"none", "concern", "high", "imminent"}
    return [(level, text) for level, cell in rows for text in re.findall(r'"([^"]+)"', cell)]


@pytest.mark.parametrize(("level", "text"), table_examples())
def test_each_table_example_alone_has_its_rows_level(level: str, text: str) -> None:
    assert RuleScreener().assess(text).level.label == level


def test_a_plan_alone_is_held_until_it_means_more() -> None:
    screener = RuleScreener()
    assert screener.assess("I have a plan").level is RiskLevel.NONE
    assert screener.assess("I have a plan", ["I feel so hopeless"]).level is RiskLevel.IMMINENT
    assert screener.assess("I have a plan and I have the pills").level is RiskLevel.IMMINENT
