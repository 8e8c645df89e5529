"""Issue 13's experiment: a small linear sentence model against the hand-written rules.

python benchmarks/eval_shape_model.py [--folds 5] [--rules-cache FILE] [--out FILE]
python benchmarks/eval_shape_model.py --heldout dev6 --model MODEL.json

For the cure/safety claim (MED201), medication advice (MED202) and discouraging care
(MED111) classes it prints, by cross-validation grouped by source page (items of one page,
or one block of ten consecutive variants, are never in both the training and the
validation folds), precision and recall of: the rules alone, the model alone at several
thresholds, and the rule OR the model above a threshold. Only the development splits are
read (dev, test of the first set, dev2, dev4, dev5); never test2-test6.

The rules' figures are in-sample: they were tuned on these very splits over six rounds.
The model's are out-of-fold. A fair comparison on unseen text needs a held-out split.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from shape_model import features, load_models, tokens  # noqa: E402
from train_shape_model import (  # noqa: E402
    CLASSES,
    DEV_SPLITS,
    development_items,
    featurize,
    fit,
    vocabulary,
)

from medlint.evaluation import (  # noqa: E402
    SentenceItem,
    evaluate_sentences,
    load_sentences,
)

THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95)
# The categories that stop a model hit in the approximate guard (MED201 and MED202's
# unless_context); discouraging care is negated care, so it gets only the sentence guards.
GUARDED = {
    "cure_or_safety_claim": frozenset({"negated", "reported", "debunking", "hypothetical"}),
    "medication_advice": frozenset({"negated", "reported", "debunking"}),
    "discourages_care": frozenset({"reported", "debunking"}),
}


def _alternatives(pattern: str) -> list[list[tuple[frozenset[str], bool]]]:
    """A cue pattern as token slots (alternatives, optional)."""
    slots = []
    for part in pattern.split():
        optional = part.endswith("?") and len(part) > 1
        part = part.rstrip("?") if optional else part
        alts = part[1:-1].split("|") if part.startswith("{") else [part]
        slots.append((frozenset(a.lower() for a in alts), optional))
    return [slots]


def _matches(slots: list[tuple[frozenset[str], bool]], words: list[str], at: int) -> int:
    """The end of a match of ``slots`` at ``at``, or -1 (optional slots greedy)."""
    i = at
    for alts, optional in slots:
        if i < len(words) and words[i] in alts:
            i += 1
        elif not optional:
            return -1
    return i if i > at else -1


class ApproximateGuard:
    """The rules' context guards approximated on a bare sentence: the ConText cues of
    rules/context/cues.yaml (scope, terminators, direction; pseudo-cues ignored) around
    the model's evidence word, a question, or evidence inside quotation marks. Not the
    engine's code: an experiment's stand-in, to see whether guards could save precision."""

    def __init__(self) -> None:
        import yaml

        data = yaml.safe_load((ROOT / "rules/context/cues.yaml").read_text(encoding="utf-8"))
        self.scope = int(data.get("scope", 8))
        self.stops = frozenset(str(t).lower() for t in data["terminators"])
        self.clause_stops = frozenset(str(t).lower() for t in data.get("clause_terminators", []))
        self.cues = [
            (
                _alternatives(c["pattern"])[0],
                c["category"],
                c.get("direction", "forward"),
                int(c.get("scope", self.scope)),
            )
            for c in data["cues"]
        ]

    @staticmethod
    def words(text: str) -> list[str]:
        import re

        out = []
        for w in re.findall(
            r"[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]", text.lower().replace("\u2019", "'")
        ):
            if w.endswith("n't") and len(w) > 3:
                out += [w[:-3], "n't"]
            else:
                out.append(w)
        return out

    def blocked(self, text: str, evidence_word: str, categories: frozenset[str]) -> bool:
        words = self.words(text)
        if words and words[-1] == "?":
            return True
        if evidence_word not in words:
            return False
        target = words.index(evidence_word)
        quotes = sum(1 for w in words[:target] if w in ('"', "\u201c", "\u201d"))
        if quotes % 2 == 1:
            return True
        for slots, category, direction, scope in self.cues:
            if category not in categories:
                continue
            for at in range(len(words)):
                end = _matches(slots, words, at)
                if end < 0:
                    continue
                if direction in ("forward", "both") and end <= target:
                    between = words[end:target]
                elif direction in ("backward", "both") and at > target:
                    between = words[target + 1 : at]
                else:
                    continue
                stops = self.stops | (self.clause_stops if category == "negated" else frozenset())
                if len(between) <= scope and not any(w in stops for w in between):
                    return True
        return False


def groups(items: Sequence[SentenceItem]) -> list[str]:
    """The source page of each item; a variant's group is its block of ten in file order
    (variants were written in runs of near-paraphrases)."""
    out = []
    nth = 0
    for item in items:
        if item.source == "variant":
            out.append(f"variant-block-{nth // 10}")
            nth += 1
        else:
            out.append(item.source)
    return out


def kept(group: str, fraction: float) -> bool:
    """Is a group in the training share (a second hash, independent of the fold's)?"""
    digest = hashlib.sha256(("share:" + group).encode()).hexdigest()[:8]
    return int(digest, 16) % 1000 < fraction * 1000


def fold_of(group: str, folds: int) -> int:
    return int(hashlib.sha256(group.encode()).hexdigest()[:8], 16) % folds


def pr(pairs: Sequence[tuple[bool, bool]]) -> tuple[int, int, int, str, str]:
    tp = sum(1 for y, d in pairs if y and d)
    fp = sum(1 for y, d in pairs if not y and d)
    fn = sum(1 for y, d in pairs if y and not d)
    p = f"{tp / (tp + fp):.2f}" if tp + fp else "  -  "
    r = f"{tp / (tp + fn):.2f}" if tp + fn else "  -  "
    return tp, fp, fn, p, r


def rule_detections(
    items: Sequence[SentenceItem], cache: Path | None
) -> dict[str, dict[str, bool]]:
    if cache is not None and cache.is_file():
        loaded: dict[str, dict[str, bool]] = json.loads(cache.read_text())
        return loaded
    found: dict[str, dict[str, bool]] = {}
    for o in evaluate_sentences(list(items), list(CLASSES)):
        found.setdefault(o.item.id, {})[o.cls] = o.detected
    if cache is not None:
        cache.write_text(json.dumps(found))
    return found


def print_table(
    items: Sequence[SentenceItem],
    subsets: dict[str, Callable[[SentenceItem], bool]],
    rules: dict[str, dict[str, bool]],
    prob_of: dict[str, dict[str, float]],
    blocked: dict[str, dict[str, bool]],
) -> None:
    print(
        f"{'class':22} {'subset':9} {'detector':18} {'TP':>4} {'FP':>4} {'FN':>4} {'P':>5} {'R':>5}"
    )
    for cls in CLASSES:
        for subset, keep in subsets.items():
            chosen = [i for i in items if keep(i)]
            label = [i.labels.get(cls, False) for i in chosen]
            rule = [rules[i.id][cls] for i in chosen]
            prob = [prob_of[i.id][cls] for i in chosen]
            safe = [not blocked[i.id][cls] for i in chosen]
            lines = [("rules", rule)]
            for t in THRESHOLDS:
                lines.append((f"model>={t}", [p >= t for p in prob]))
            for t in THRESHOLDS:
                lines.append(
                    (f"rules|model>={t}", [r or p >= t for r, p in zip(rule, prob, strict=True)])
                )
            for t in THRESHOLDS:
                guarded = [r or (p >= t and ok) for r, p, ok in zip(rule, prob, safe, strict=True)]
                lines.append((f"rules|guarded>={t}", guarded))
            for name, detected in lines:
                tp, fp, fn, p, r = pr(list(zip(label, detected, strict=True)))
                print(f"{cls:22} {subset:9} {name:18} {tp:4} {fp:4} {fn:4} {p:>5} {r:>5}")


def heldout(split: str, model_file: Path) -> int:
    """Score a stored model and the rules on a split the model never saw."""
    items = [i for i in load_sentences(ROOT / "tests/eval/sentences") if i.split == split]
    text = model_file.read_text(encoding="utf-8")
    models, provenance = load_models(text)
    vocab = vocabulary()
    rules = rule_detections(items, None)
    guard = ApproximateGuard()
    prob: dict[str, dict[str, float]] = {}
    blocked: dict[str, dict[str, bool]] = {}
    for item in items:
        found = features(item.text, vocab)
        words = tokens(item.text)
        prob[item.id], blocked[item.id] = {}, {}
        for cls in CLASSES:
            scored = models[cls].score(found)
            prob[item.id][cls] = scored.probability
            word = words[scored.evidence] if scored.evidence >= 0 else ""
            blocked[item.id][cls] = guard.blocked(item.text, word, GUARDED[cls])
    print(
        f"{len(items)} items of {split}, held out; model {model_file} "
        f"(trained {provenance.get('date')} on {provenance.get('training_data')})"
    )
    print_table(items, {split: lambda i: True}, rules, prob, blocked)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--rules-cache", type=Path)
    parser.add_argument("--out", type=Path, help="write the out-of-fold probabilities (JSON)")
    parser.add_argument(
        "--heldout",
        choices=("dev6", "dev7", "dev8"),
        help="score a model trained without this split on it (no cross-validation)",
    )
    parser.add_argument("--model", type=Path, help="the model file for --heldout")
    parser.add_argument(
        "--fraction",
        type=float,
        default=1.0,
        help="train each fold on this share of its training groups (a learning curve)",
    )
    args = parser.parse_args(argv)
    if args.heldout:
        return heldout(args.heldout, args.model)
    items = development_items()
    group = groups(items)
    fold = [fold_of(g, args.folds) for g in group]
    rows = featurize(items)
    rules = rule_detections(items, args.rules_cache)
    print(
        f"{len(items)} items ({', '.join(DEV_SPLITS)}), {len(set(group))} groups, "
        f"{args.folds} folds grouped by source page"
    )
    oof: dict[str, dict[str, float]] = {i.id: {} for i in items}
    evidence: dict[str, dict[str, str]] = {i.id: {} for i in items}
    for cls in CLASSES:
        for k in range(args.folds):
            train_at = [
                j for j in range(len(items)) if fold[j] != k and kept(group[j], args.fraction)
            ]
            models = fit([rows[j] for j in train_at], [items[j] for j in train_at], [cls])
            for j in range(len(items)):
                if fold[j] == k:
                    scored = models[cls].score(rows[j])
                    oof[items[j].id][cls] = scored.probability
                    words = tokens(items[j].text)
                    evidence[items[j].id][cls] = (
                        words[scored.evidence] if scored.evidence >= 0 else ""
                    )
    guard = ApproximateGuard()
    blocked = {
        i.id: {cls: guard.blocked(i.text, evidence[i.id][cls], GUARDED[cls]) for cls in CLASSES}
        for i in items
    }
    subsets = {
        "all": lambda i: True,
        "web": lambda i: i.split in ("dev2", "dev4", "dev5"),
        "first set": lambda i: i.split in ("dev", "test"),
    }
    print_table(items, subsets, rules, oof, blocked)
    if args.out:
        args.out.write_text(
            json.dumps({"oof": oof, "evidence": evidence}, indent=0, sort_keys=True)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
