"""The learned second screening stage: what it may raise, what it must leave alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adapters.commands.check import Status, check_screening
from adapters.wiring import build_screener
from bot.domain import RiskLevel
from bot.errors import ConfigError
from bot.risk.learned import (
    LearnedModel,
    TwoStageScreener,
    features,
    load_model,
    undecided_by_rules,
    word_count,
)
from bot.risk.reading import folded_message
from bot.risk.screener import RuleScreener
from tests.conftest import settings_for
from tests.test_cli import heartline
from tests.test_risk_screener import CASES, CONTEXT_CASES
from tests.test_sad_not_suicidal import CONVERSATIONS

RULES = RuleScreener()
BOTH = TwoStageScreener()
# Our own wording, rated none by the rules today: an attempt under way told in a few
# words that name nothing ("the tracks near my house", the old example, is a rule's since
# set10).
MISSED_BY_RULES = "sitting in the car. already started. not stopping it"


def test_the_shipped_model_loads_and_holds_single_words() -> None:
    model = load_model()
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 1000
    assert all(word and " " not in word for word in model.weights)


@pytest.mark.parametrize(("text", "level", "_reasons"), CASES)
def test_the_table_holds_with_both_stages(text: str, level: RiskLevel, _reasons: str) -> None:
    # The bot runs both stages by default, so the table is their contract too.
    assert BOTH.assess(text).level == level


@pytest.mark.parametrize(("context", "text", "level", "_label"), CONTEXT_CASES)
def test_the_context_table_holds_with_both_stages(
    context: list[str], text: str, level: RiskLevel, _label: str
) -> None:
    assert BOTH.assess(text, context).level == level


@pytest.mark.parametrize("name", sorted(CONVERSATIONS))
def test_sad_is_not_suicidal_with_both_stages(name: str) -> None:
    messages = CONVERSATIONS[name]
    for i, text in enumerate(messages):
        assert BOTH.assess(text, messages[:i]).level < RiskLevel.HIGH, text


def test_it_raises_a_message_the_rules_found_nothing_in() -> None:
    assert RULES.assess(MISSED_BY_RULES).level is RiskLevel.NONE
    found = BOTH.assess(MISSED_BY_RULES)
    assert found.level is RiskLevel.HIGH
    assert found.reasons == ("learned",)


def test_it_only_raises_to_high_and_never_lowers() -> None:
    for text, _, _ in CASES:
        rules, both = RULES.assess(text), BOTH.assess(text)
        assert both.level >= rules.level
        if both != rules:
            assert both.level is RiskLevel.HIGH and "learned" in both.reasons


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to kill myself",  # negated: the rules' reading stands
        "moving day is Saturday, everything is sorted",  # a cue told with its occasion
        "I just want it all to end",  # a passive wish the rules rate concern
        "this commute is killing me",  # an idiom
    ],
)
def test_it_leaves_what_the_rules_read_to_the_rules(text: str) -> None:
    assert not undecided_by_rules(text)
    assert BOTH.assess(text) == RULES.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        "ich habe die Tabletten",  # means, held for context
        "by friday it's done",  # a bare time
    ],
)
def test_it_reads_cues_the_rules_hold_for_context(text: str) -> None:
    # Plans, goodbyes and means said without a risk word: the rules wait for
    # context, the words may still tell a crisis.
    assert RULES.assess(text).level is RiskLevel.NONE
    assert undecided_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "cant stop thinking about that bridge scene in the movie",
        "we drove over the golden gate bridge today",
        "i cant stop thinking about my ex",
    ],
)
def test_look_alikes_of_a_learned_crisis_stay_calm(text: str) -> None:
    # No rule reads these either; the model itself must not take them for a crisis.
    assert BOTH.assess(text).level is RiskLevel.NONE


def test_an_occasion_named_just_before_keeps_the_cue_the_rules() -> None:
    # The model reads no context: "the party's tomorrow" explains what is ready.
    text = "anyway i have everything ready now"
    assert undecided_by_rules(text)
    assert not undecided_by_rules(text, ["the party's tomorrow"])
    assert BOTH.assess(text, ["the party's tomorrow"]).level is RiskLevel.NONE


@pytest.mark.parametrize(
    "text", ["", "i", "one two three", "kill", " ".join(["word"] * 40), "i.want.to.end.it"]
)
def test_the_words_counted_at_screening_are_the_trainers(text: str) -> None:
    # The screener counts the spaces of the cached fold; the trainer splits it.
    folded, words = folded_message(text)
    assert (words, word_count(folded)) == features(folded)


def test_context_still_comes_from_the_rules() -> None:
    # "I have the pills" after hopelessness is the rules' imminent cue, unchanged.
    earlier = ["nothing matters anymore and I'm a burden to everyone"]
    assert BOTH.assess("ich habe die Tabletten", earlier) == RULES.assess(
        "ich habe die Tabletten", earlier
    )


def test_after_concern_it_asks_less_certainty() -> None:
    # A model fairly sure of "guess" (p 0.73: above the context threshold, below the
    # threshold), and a message no rule reads: it is raised only once the person has
    # shown concern, as the rules read their earlier messages.
    model = LearnedModel(-2.0, 0.9, {"guess": 7.5}, context_threshold=0.6)
    screener = TwoStageScreener(model=model)
    text = "guess that's that then"
    assert 0.6 < model.probability(folded_message(text)[0]) < 0.9
    assert screener.assess(text).level is RiskLevel.NONE
    assert screener.assess(text, ["what's for dinner", "my boss is annoying"]).level is (
        RiskLevel.NONE
    )
    earlier = ["nobody would even notice if i disappeared", "ok"]
    assert RULES.assess(text, earlier).level < RiskLevel.HIGH
    found = screener.assess(text, earlier)
    assert found.level is RiskLevel.HIGH and "learned" in found.reasons
    # Someone else's concern is not the person's own.
    assert screener.assess(text, ["my friend wants to die"]).level < RiskLevel.HIGH
    # After a crisis reply the conversation carries on: no second block for this.
    assert screener.assess(text, ["i want to die"]).level < RiskLevel.HIGH


def test_the_context_threshold_is_optional_and_never_above_the_threshold() -> None:
    plain = load_model(json.dumps({"format": 1, "bias": 0, "threshold": 0.8, "weights": {}}))
    assert plain.context_threshold == 0.8
    assert LearnedModel(0.0, 0.8, {}, context_threshold=0.95).context_threshold == 0.8
    assert 0.0 < load_model().context_threshold <= load_model().threshold


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        json.dumps(
            {"format": 1, "bias": 0, "threshold": 0.5, "context_threshold": 0, "weights": {}}
        ),
        json.dumps({"format": 2, "bias": 0, "threshold": 0.5, "weights": {}}),
        json.dumps({"format": 1, "bias": 0, "threshold": 1.5, "weights": {}}),
        json.dumps({"format": 1, "bias": 0, "threshold": 0.5, "weights": {"a": "x"}}),
        json.dumps({"format": 1, "threshold": 0.5, "weights": {}}),
        json.dumps([1, 2]),
    ],
)
def test_unreadable_weights_fail_loudly(text: str) -> None:
    with pytest.raises(ConfigError, match="HEARTLINE_LEARNED_SCREENING"):
        load_model(text)


def test_the_setting_switches_the_stage(tmp_path: Path) -> None:
    assert isinstance(build_screener(settings_for(tmp_path / "a.db")), TwoStageScreener)
    off = settings_for(tmp_path / "a.db", HEARTLINE_LEARNED_SCREENING="false")
    assert isinstance(build_screener(off), RuleScreener)


def test_screen_reports_the_learned_stage_and_rules_only_leaves_it_out() -> None:
    both = heartline("screen", stdin=MISSED_BY_RULES + "\n", env={})
    alone = heartline("screen", "--rules-only", stdin=MISSED_BY_RULES + "\n", env={})
    assert json.loads(both.stdout) == {"level": "high", "reasons": ["learned"]}
    assert json.loads(alone.stdout) == {"level": "none", "reasons": []}


def test_a_learned_crisis_gets_the_crisis_reply_in_chat(tmp_path: Path) -> None:
    env = {"HEARTLINE_DB": str(tmp_path / "c.db"), "HEARTLINE_DEFAULT_COUNTRY": "US"}
    on = heartline("chat", "--jsonl", stdin=MISSED_BY_RULES + "\n", env=env)
    row = json.loads(on.stdout)
    assert row["risk"] == "high"
    assert "988" in row["reply"]
    off = heartline(
        "chat",
        "--jsonl",
        stdin=MISSED_BY_RULES + "\n",
        env={**env, "HEARTLINE_DB": str(tmp_path / "d.db"), "HEARTLINE_LEARNED_SCREENING": "0"},
    )
    assert json.loads(off.stdout)["risk"] == "none"


def test_check_names_the_screening_stages(tmp_path: Path) -> None:
    on = check_screening(settings_for(tmp_path / "a.db"))
    off = check_screening(settings_for(tmp_path / "a.db", HEARTLINE_LEARNED_SCREENING="no"))
    assert on.status is Status.OK and "learned stage" in on.detail
    assert off.status is Status.OK and "rules only" in off.detail


def test_check_fails_when_the_weights_cannot_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str | None = None) -> LearnedModel:
        raise ConfigError("HEARTLINE_LEARNED_SCREENING", "the weights are unreadable")

    monkeypatch.setattr("adapters.commands.check.load_model", broken)
    found = check_screening(settings_for(tmp_path / "a.db"))
    assert found.status is Status.FAIL and "HEARTLINE_LEARNED_SCREENING=false" in found.fix
