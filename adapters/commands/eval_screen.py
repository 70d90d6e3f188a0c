"""``heartline eval-screen``: measure the screener on the labeled risk data.

Reads each ``*.jsonl`` file of the risk data folder (rows with ``text``,
``risk`` none/concern/high and ``split`` dev/test), screens the rows of one
split message by message, and reports per file, next to a keyword-only
baseline on the same rows:

* recall of ``high`` rows (flagged ``high`` or ``imminent``), first;
* precision of those flags;
* how often ``none`` rows and ``concern`` rows are flagged ``high`` or more.

Tune on ``dev``; report ``test``. The sources are not pooled: their label
schemes differ (see the data folder's README).

With ``--chat FILE...`` it scores our own written chat sets instead
(``bench/chat``: each line ``category``, ``level``, ``text``, ``context``):
how many crisis messages (level ``high`` or ``imminent``) are flagged
``high`` or more, how many are rated ``none``, and how many of the others
are flagged ``high``. A level written ``a|b`` (the protocol allows either)
counts as its lower one; ``context`` goes to the screener as earlier
messages.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bot.domain import RiskLevel
from bot.errors import InputError
from bot.ports import RiskScreener
from bot.risk.learned import screener_for

NAME = "eval-screen"
HELP = "Measure the risk screener on labeled data (per file, next to a keyword baseline)."

# The keyword-only screen the rule screener has to beat.
KEYWORDS = re.compile(
    r"\b(?:suicide|suicidal|kill myself|want to die|end my life|self[- ]?harm|cut myself)\b",
    re.IGNORECASE,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        type=Path,
        default=Path("../shared/data/risk"),
        help="folder with the *.jsonl files (default: ../shared/data/risk)",
    )
    parser.add_argument("--split", choices=("test", "dev"), default="test")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--audit",
        type=Path,
        metavar="DIR",
        help="score against re-annotated levels instead: DIR/<file>.tsv rows of id, level"
        " (bench/audit holds ours); rows without one are skipped",
    )
    parser.add_argument(
        "--rules-only", action="store_true", help="the rule stage alone, without the learned one"
    )
    parser.add_argument(
        "--chat",
        type=Path,
        nargs="+",
        metavar="FILE",
        help="score written chat sets instead (bench/chat/set*.jsonl)",
    )
    parser.add_argument(
        "--fix-mojibake",
        action="store_true",
        help="repair double-encoded UTF-8 first (it is a label cue in some files)",
    )


@dataclass(slots=True)
class Score:
    """Counts for one screen on one file, and the rates derived from them."""

    high: int = 0  # rows labeled high
    caught: int = 0  # high rows flagged high or imminent
    flagged: int = 0  # rows flagged high or imminent
    none: int = 0
    none_flagged: int = 0
    concern: int = 0
    concern_flagged: int = 0

    def add(self, risk: str, flagged: bool) -> None:
        self.flagged += flagged
        if risk == "high":
            self.high += 1
            self.caught += flagged
        elif risk == "none":
            self.none += 1
            self.none_flagged += flagged
        elif risk == "concern":
            self.concern += 1
            self.concern_flagged += flagged

    def rates(self) -> dict[str, float | None]:
        return {
            "recall_high": _rate(self.caught, self.high),
            "precision_high": _rate(self.caught, self.flagged),
            "none_flagged_high": _rate(self.none_flagged, self.none),
            "concern_flagged_high": _rate(self.concern_flagged, self.concern),
        }


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1 ("iâ\\x80\\x99m" → "i’m"); other text is kept."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text


_AUDIT_LEVELS = {"none": "none", "concern": "concern", "high": "high", "imminent": "high"}


def read_audit(path: Path) -> dict[str, str]:
    """Re-annotated levels by row id, folded to the data's scheme (imminent counts as high)."""
    levels: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split("\t")
        if len(fields) < 2 or fields[1] not in _AUDIT_LEVELS:
            raise InputError(f"{path}:{number}: expected 'id<TAB>none|concern|high|imminent'")
        levels[fields[0]] = _AUDIT_LEVELS[fields[1]]
    return levels


def evaluate(
    path: Path,
    split: str,
    fix_mojibake: bool,
    labels: dict[str, str] | None = None,
    screener: RiskScreener | None = None,
) -> dict[str, Any]:
    """Screen one file's rows of ``split``; rows without text or a known split are skipped.

    With ``labels`` (row id → risk), those replace the file's own labels and
    rows without one are skipped. ``screener`` defaults to both stages.
    """
    screener = screener or screener_for(learned=True)
    rules, keywords, rows = Score(), Score(), 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row.get("split") != split or not isinstance(row.get("text"), str):
                continue
            risk = row.get("risk", "") if labels is None else labels.get(row.get("id", ""))
            if risk is None:
                continue
            text = repair_mojibake(row["text"]) if fix_mojibake else row["text"]
            rows += 1
            rules.add(risk, screener.assess(text).level >= RiskLevel.HIGH)
            keywords.add(risk, KEYWORDS.search(text) is not None)
    return {
        "file": path.name,
        "rows": rows,
        "high_rows": rules.high,
        "screener": rules.rates(),
        "keywords": keywords.rates(),
        "counts": {"screener": asdict(rules), "keywords": asdict(keywords)},
    }


_LEVELS = {level.label: level for level in RiskLevel}


def evaluate_chat(path: Path, screener: RiskScreener) -> dict[str, Any]:
    """Screen one written chat set, each message with its ``context``.

    Raises :class:`bot.errors.InputError` naming the line that is not a chat row.
    """
    crisis = caught = rated_none = others = false_alarms = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            expected = min(_LEVELS[part] for part in row["level"].split("|"))
            text, context = row["text"], [str(c) for c in row.get("context") or ()]
            if not isinstance(text, str):
                raise TypeError("text is not a string")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{path}:{number}: not a chat row ({exc})") from exc
        level = screener.assess(text, context).level
        if expected.is_crisis:
            crisis += 1
            caught += level.is_crisis
            rated_none += level is RiskLevel.NONE
        else:
            others += 1
            false_alarms += level.is_crisis
    return {
        "file": path.name,
        "crisis": crisis,
        "crisis_flagged_high": _rate(caught, crisis),
        "crisis_rated_none": _rate(rated_none, crisis),
        "others": others,
        "others_flagged_high": _rate(false_alarms, others),
        "counts": {"caught": caught, "rated_none": rated_none, "false_alarms": false_alarms},
    }


def _chat_table(results: list[dict[str, Any]], stages: str) -> str:
    lines = [
        f"written chat sets; screener: {stages}. crisis = labeled high or imminent.\n"
        f"{'file':14} {'crisis':>6} {'flagged high+':>14} {'rated none':>11} "
        f"{'others':>6} {'others flagged high':>20}"
    ]
    for r in results:
        counts = r["counts"]
        lines.append(
            f"{r['file']:14} {r['crisis']:6} "
            f"{_cell(r['crisis_flagged_high'])} ({counts['caught']:3}) "
            f"{_cell(r['crisis_rated_none']):>11} {r['others']:6} "
            f"{_cell(r['others_flagged_high']):>13} ({counts['false_alarms']:3})"
        )
    return "\n".join(lines)


def _cell(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


def _table(results: list[dict[str, Any]], split: str, source: str) -> str:
    head = (
        f"split: {split}; labels: {source}. recall/precision of high-risk flags (high or "
        "imminent); none→high and concern→high are the rates at which those rows are flagged "
        "high or more.\n"
        f"{'file':24} {'rows':>6} {'high':>5} | {'screener':^31} | {'keyword baseline':^31}\n"
        f"{'':24} {'':>6} {'':>5} | {'recall':>6} {'prec':>6} {'none→':>8} {'conc→':>8} |"
        f" {'recall':>6} {'prec':>6} {'none→':>8} {'conc→':>8}"
    )
    lines = [head]
    for r in results:
        cells = []
        for screen in ("screener", "keywords"):
            rates = r[screen]
            cells.append(
                f"{_cell(rates['recall_high'])} {_cell(rates['precision_high'])} "
                f"{_cell(rates['none_flagged_high']):>8} {_cell(rates['concern_flagged_high']):>8}"
            )
        lines.append(f"{r['file']:24} {r['rows']:6} {r['high_rows']:5} | {cells[0]} | {cells[1]}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    if args.chat:
        return _run_chat(args)
    folder: Path = args.data
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    if not files:
        raise InputError(
            f"no risk data (*.jsonl) in {folder.resolve()}; pass --data DIR with the labeled files"
        )
    screener = screener_for(learned=not args.rules_only)
    if args.audit is None:
        results = [evaluate(path, args.split, args.fix_mojibake, None, screener) for path in files]
    else:
        audits = {p.stem: p for p in sorted(args.audit.glob("*.tsv"))}
        if not audits:
            raise InputError(f"no re-annotated levels (*.tsv) in {args.audit.resolve()}")
        results = [
            evaluate(path, args.split, args.fix_mojibake, read_audit(audits[path.stem]), screener)
            for path in files
            if path.stem in audits
        ]
    source = "each file's own" if args.audit is None else f"re-annotated, from {args.audit}"
    stages = "rules" if args.rules_only else "rules + learned"
    if args.json:
        summary = {"split": args.split, "labels": source, "stages": stages, "files": results}
        json.dump(summary, sys.stdout, indent=2)
        print()
    else:
        print(_table(results, args.split, f"{source}; screener: {stages}"))
    return 0


def _run_chat(args: argparse.Namespace) -> int:
    missing = [str(path) for path in args.chat if not path.is_file()]
    if missing:
        raise InputError(f"no chat set at {', '.join(missing)}")
    screener = screener_for(learned=not args.rules_only)
    results = [evaluate_chat(path, screener) for path in args.chat]
    stages = "rules" if args.rules_only else "rules + learned"
    if args.json:
        json.dump({"stages": stages, "chat_sets": results}, sys.stdout, indent=2)
        print()
    else:
        print(_chat_table(results, stages))
    return 0
