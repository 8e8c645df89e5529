"""Combine the reports of shards (``medlint check --shard K/N``) into one RunResult.

Reads medlint's own JSON format (``--format json``) and SARIF 2.1.0 written by medlint;
a file listed by more than one report is an error, so shards cannot silently overlap.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from medlint.model import FileResult, RuleInfo, RunResult, Severity, Violation

_SARIF_LEVELS = {"error": Severity.ERROR, "warning": Severity.WARNING, "note": Severity.INFO}


class MergeError(ValueError):
    pass


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
            audience=f.get("audience"),
            format=f.get("format"),
        )
        for f in data["files"]
    )
    rules = tuple(
        RuleInfo(r["code"], r["name"], r["summary"], Severity.parse(r["severity"]))
        for r in data.get("rules", [])
    )
    return RunResult(
        files,
        rules,
        data["tool"]["version"],
        data.get("today", ""),
        int(data["summary"].get("internal_errors", 0)),
    )


def _from_sarif(data: dict[str, Any]) -> RunResult:
    by_path: dict[str, list[Violation]] = {}
    rules: dict[str, RuleInfo] = {}
    version = ""
    for run in data["runs"]:
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
    return RunResult(files, tuple(rules.values()), version, "")


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
    except (KeyError, TypeError, ValueError) as exc:
        raise MergeError(f"{path}: malformed report ({exc})") from None
    raise MergeError(f"{path}: neither medlint JSON (--format json) nor SARIF")


def merge_reports(paths: list[Path]) -> RunResult:
    results = [load_report(p) for p in paths]
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
    )
