"""Trial of a learned second screening stage; the evidence for not shipping one.

Issue #8 welcomes a learned stage "if it raises recall without raising false
alarms". This script tests the most plausible candidate and prints what it
would add, per file, on the held-out test split:

* a TF-IDF (word 1-2 grams) logistic regression trained on the ``dev`` rows of
  all four files, each file weighted equally;
* text folded first so the known shortcut cues of the data cannot carry it:
  mojibake repaired, links, @handles and HTML entities removed, punctuation
  dropped and split contractions ("i m", "don t") joined;
* two ways to combine it with the rule stage, which always stands:
  ``concern`` lets it raise only rows the rules already rate ``concern`` to
  ``high``; ``any`` lets it raise any row to ``high``;
* the threshold picked on out-of-fold predictions over ``dev`` (5 folds): the
  lowest one whose added flags on dev are right at least 90% of the time.

With ``--audit bench/audit`` it trains and scores on the blind protocol
labels instead (the files that have them, every dev row of both): whether a
text says what the crisis protocol rates high, rather than where it was
posted. Same model, same threshold rule.

It needs scikit-learn, which heartline itself does not depend on::

    pip install scikit-learn
    python bench/learned_stage_trial.py ../shared/data/risk
    python bench/learned_stage_trial.py ../shared/data/risk --audit bench/audit

The result (docs/crisis-protocol.md, "Measuring the screener") is why heartline
ships no learned stage: on the files' labels every variant that raises
recall also raises the share of r/depression posts flagged high, and on the
protocol labels no threshold that keeps its added flags 90% right adds
more than a few rows.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from adapters.commands.eval_screen import Score, read_audit, repair_mojibake
from bot.domain import RiskLevel
from bot.risk.screener import RuleScreener

FILES = ("twitter_ideation", "twitter_intention", "sdcnl", "gaur500")
_CONTRACTED = re.compile(r"\b(i|don|can|won|it|that|you|didn|isn|doesn) (m|t|s|ll|re|ve|d)\b")


def fold(text: str) -> str:
    """Strip the cues that tell the sources apart without saying anything about risk."""
    text = re.sub(r"https?://\S+|@\w+|&\w+;|[’']", "", repair_mojibake(text).lower())
    return re.sub(r"[^a-z0-9 ]+", " ", _CONTRACTED.sub(r"\1\2", text))


def model() -> tuple[TfidfVectorizer, LogisticRegression]:
    vectorizer = TfidfVectorizer(
        ngram_range=(1, 2), min_df=3, sublinear_tf=True, max_features=30000
    )
    return vectorizer, LogisticRegression(C=2.0, max_iter=3000, class_weight="balanced")


def fit(rows: list[dict[str, Any]]) -> tuple[TfidfVectorizer, LogisticRegression]:
    sizes = Counter(row["file"] for row in rows)
    weights = np.array([len(rows) / (len(sizes) * sizes[row["file"]]) for row in rows])
    vectorizer, classifier = model()
    features = vectorizer.fit_transform([row["folded"] for row in rows])
    classifier.fit(features, [row["risk"] == "high" for row in rows], sample_weight=weights)
    return vectorizer, classifier


def score(
    vectorizer: TfidfVectorizer, classifier: LogisticRegression, rows: list[dict[str, Any]]
) -> Any:
    return classifier.predict_proba(vectorizer.transform([row["folded"] for row in rows]))[:, 1]


def combined(rule: int, p: float, threshold: float, mode: str) -> bool:
    floor = RiskLevel.CONCERN if mode == "concern" else RiskLevel.NONE
    return rule >= RiskLevel.HIGH or (rule >= floor and p >= threshold)


def pick_threshold(dev: list[dict[str, Any]], mode: str) -> float:
    """The lowest threshold whose added dev flags (out of fold) are right 90% of the time."""
    p = np.zeros(len(dev))
    labels = [row["risk"] == "high" for row in dev]
    for train, held in StratifiedKFold(5, shuffle=True, random_state=0).split(dev, labels):
        vectorizer, classifier = fit([dev[i] for i in train])
        p[held] = score(vectorizer, classifier, [dev[i] for i in held])
    for threshold in np.arange(0.5, 0.99, 0.01):
        added = [
            row["risk"] == "high"
            for row, q in zip(dev, p, strict=True)
            if row["rule"] < RiskLevel.HIGH and combined(row["rule"], q, threshold, mode)
        ]
        if added and sum(added) / len(added) >= 0.9:
            return float(threshold)
    return 1.0


def rates(rows: list[dict[str, Any]], flags: list[bool]) -> str:
    score = Score()
    for row, flagged in zip(rows, flags, strict=True):
        score.add(row["risk"], flagged)
    return " ".join(
        f"{name} {'  n/a' if value is None else f'{value:.3f}'}"
        for name, value in score.rates().items()
    )


def main(folder: Path, audit: Path | None) -> None:
    screener = RuleScreener()
    labels = {p.stem: read_audit(p) for p in sorted(audit.glob("*.tsv"))} if audit else {}
    files = tuple(name for name in FILES if name in labels) if audit else FILES
    rows = []
    for name in files:
        for line in (folder / f"{name}.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            if audit:
                if row["id"] not in labels[name]:
                    continue
                row["risk"] = labels[name][row["id"]]
            row["file"], row["folded"] = name, fold(row["text"])
            # As eval-screen scores them: protocol labels with --fix-mojibake.
            text = repair_mojibake(row["text"]) if audit else row["text"]
            row["rule"] = screener.assess(text).level
            rows.append(row)
    dev = [row for row in rows if row["split"] == "dev"]
    vectorizer, classifier = fit(dev)
    for mode in ("concern", "any"):
        threshold = pick_threshold(dev, mode)
        print(f"\nmode {mode}: threshold {threshold:.2f} (picked on dev, out of fold)")
        for name in files:
            test = [row for row in rows if row["file"] == name and row["split"] == "test"]
            p = score(vectorizer, classifier, test)
            rule_flags = [row["rule"] >= RiskLevel.HIGH for row in test]
            both = [
                combined(row["rule"], q, threshold, mode) for row, q in zip(test, p, strict=True)
            ]
            print(f"  {name:18} rules       {rates(test, rule_flags)}")
            print(f"  {'':18} with stage  {rates(test, both)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Trial of a learned second screening stage.")
    parser.add_argument("folder", type=Path, nargs="?", default=Path("../shared/data/risk"))
    parser.add_argument("--audit", type=Path, help="train and score on these protocol labels")
    args = parser.parse_args()
    main(args.folder, args.audit)
