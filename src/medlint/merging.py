"""Combine the reports of shards (``medlint check --shard K/N``) into one RunResult.

Reads medlint's own JSON format (``--format json``) and SARIF 2.1.0 written by medlint.
Every report records its shard (K/N), medlint version, ``today`` and a digest of the
rule selection and options; merging checks that every K of one N is present exactly once
and that all parts agree on the rest, so an incomplete or mixed set of shards is an error
instead of a report that silently covers less. A file listed by more than one report is
an error too. One report written without ``--shard`` can be converted on its own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from medlint.model import Audience, FileResult, RuleInfo, RunResult, Severity, Violation

_SARIF_LEVELS = {"error": Severity.ERROR, "warning": Severity.WARNING, "note": Severity.INFO}


class MergeError(ValueError):
    pass


def _shard(facts: Any) -> tuple[int, int] | None:
    if not isinstance(facts, dict) or facts.get("shard") is None:
        return None
    shard = facts["shard"]
    return int(shard["index"]), int(shard["count"])


def _from_json(data: dict[str, Any]) -> RunResult:
    files = tuple(
        FileResult(
            path=f["path"],
            violations=tuple(
                Violation(
                    code=v["code"],
                    name=v["name"],
                    severity=Severity.parse(v["severity"]),
                    message=v["message"],
                    line=v["line"],
                    column=v["column"],
                    end_line=v["end_line"],
                    end_column=v["end_column"],
                    fix=v.get("fix"),
                    snippet=v.get("text", ""),
                )
                for v in f["violations"]
            ),
            audience=Audience(f["audience"]) if f.get("audience") else None,
            format=f.get("format"),
        )
        for f in data["files"]
    )
    rules = tuple(
        RuleInfo(r["code"], r["name"], r["summary"], Severity.parse(r["severity"]))
        for r in data.get("rules", [])
    )
    facts = data.get("run")
    return RunResult(
        files,
        rules,
        data["tool"]["version"],
        data.get("today", ""),
        int(data["summary"].get("internal_errors", 0)),
        shard=_shard(facts),
        selection=str(facts.get("selection", "")) if isinstance(facts, dict) else "",
    )


def _from_sarif(data: dict[str, Any]) -> RunResult:
    by_path: dict[str, list[Violation]] = {}
    rules: dict[str, RuleInfo] = {}
    version = ""
    facts: dict[str, Any] = {}
    for run in data["runs"]:
        properties = run.get("properties", {})
        if properties.get("truncated"):
            raise MergeError(
                "this SARIF report was cut to GitHub's result limit; merge JSON shards "
                "(--format json) instead"
            )
        if isinstance(properties.get("medlint"), dict):
            facts = properties["medlint"]
        driver = run["tool"]["driver"]
        version = driver.get("version", version)
        for r in driver.get("rules", []):
            level = r.get("defaultConfiguration", {}).get("level", "warning")
            rules[r["id"]] = RuleInfo(
                r["id"],
                r.get("name", r["id"]),
                r.get("shortDescription", {}).get("text", ""),
                _SARIF_LEVELS.get(level, Severity.WARNING),
            )
        for res in run.get("results", []):
            loc = res["locations"][0]["physicalLocation"]
            region = loc.get("region", {})
            rule = rules.get(res["ruleId"])
            by_path.setdefault(loc["artifactLocation"]["uri"], []).append(
                Violation(
                    code=res["ruleId"],
                    name=rule.name if rule else res["ruleId"],
                    severity=_SARIF_LEVELS.get(res.get("level", "warning"), Severity.WARNING),
                    message=res["message"]["text"],
                    line=region.get("startLine", 1),
                    column=region.get("startColumn", 1),
                    end_line=region.get("endLine", region.get("startLine", 1)),
                    end_column=region.get("endColumn", region.get("startColumn", 1)),
                )
            )
    files = tuple(FileResult(p, tuple(vs)) for p, vs in by_path.items())
    return RunResult(
        files,
        tuple(rules.values()),
        version,
        str(facts.get("today", "")),
        shard=_shard(facts),
        selection=str(facts.get("selection", "")),
    )


def load_report(path: Path) -> RunResult:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise MergeError(f"{path}: not a readable JSON report: {exc}") from None
    try:
        if isinstance(data, dict) and "runs" in data:
            return _from_sarif(data)
        if isinstance(data, dict) and "files" in data and "tool" in data:
            return _from_json(data)
    except MergeError as exc:
        raise MergeError(f"{path}: {exc}") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise MergeError(f"{path}: malformed report ({exc})") from None
    raise MergeError(f"{path}: neither medlint JSON (--format json) nor SARIF")


def check_complete(parts: list[tuple[Path, RunResult]]) -> None:
    """Every shard K of one N exactly once, and one version, today and selection."""
    if len(parts) == 1 and parts[0][1].shard is None:
        return
    unsharded = [str(p) for p, r in parts if r.shard is None]
    if unsharded:
        raise MergeError(
            f"{', '.join(unsharded)}: not written with --shard K/N (or by a medlint that did "
            "not record shards); only shard reports can be merged"
        )
    for label, attribute in (
        ("medlint versions", "version"),
        ("--today dates", "today"),
        ("rule selections or options (--select, --ignore, --rule-option, configuration)",
         "selection"),
    ):  # fmt: skip
        values = {str(getattr(r, attribute)): p for p, r in parts}
        if len(values) > 1:
            listed = "; ".join(f"{p}: {v or '(none)'}" for v, p in values.items())
            raise MergeError(f"the shards were run with different {label}: {listed}")
    counts = {r.shard[1] for _, r in parts if r.shard}
    if len(counts) > 1:
        listed = ", ".join(f"{p} is {r.shard[0]}/{r.shard[1]}" for p, r in parts if r.shard)
        raise MergeError(f"the shards split the files differently: {listed}")
    (n,) = counts
    where: dict[int, Path] = {}
    for path, result in parts:
        assert result.shard is not None
        k = result.shard[0]
        if k in where:
            raise MergeError(f"shard {k}/{n} is both {where[k]} and {path}; shards overlap")
        where[k] = path
    missing = [f"{k}/{n}" for k in range(1, n + 1) if k not in where]
    if missing:
        raise MergeError(
            f"shard{'s' if len(missing) > 1 else ''} {', '.join(missing)} missing: a merged "
            f"report must cover every shard from 1/{n} to {n}/{n}"
        )


def merge_reports(paths: list[Path]) -> RunResult:
    results = [load_report(p) for p in paths]
    check_complete(list(zip(paths, results, strict=True)))
    seen: dict[str, Path] = {}
    files: list[FileResult] = []
    rules: dict[str, RuleInfo] = {}
    for path, result in zip(paths, results, strict=True):
        for f in result.files:
            if f.path in seen:
                raise MergeError(f"{f.path} is in both {seen[f.path]} and {path}; shards overlap")
            seen[f.path] = path
            files.append(f)
        for r in result.rules:
            rules.setdefault(r.code, r)
    first = results[0]
    return RunResult(
        files=tuple(sorted(files, key=lambda f: f.path)),
        rules=tuple(sorted(rules.values(), key=lambda r: r.code)),
        version=first.version,
        today=first.today,
        internal_errors=sum(r.internal_errors for r in results),
        shard=None if len(results) > 1 else first.shard,
        selection=first.selection,
    )
