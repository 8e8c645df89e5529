"""What validating rule options costs, as a ratio to ``python -c "import spacy"``.

    python benchmarks/bench_options.py [PYTHON_WITH_PYDANTIC]

Times, in the same run: importing spaCy in a fresh interpreter (the unit), importing
jsonschema (which medlint loads anyway for rule files and configuration), and
``ruleoptions.check_specs`` over every built-in rule file (the cost added to each run).
Given an interpreter that has pydantic installed, it also times importing pydantic and
validating one model, the alternative to JSON Schema fragments (docs/architecture.md).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def _fresh(python: str, code: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([python, "-c", code], check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    from medlint import ruleoptions
    from medlint.ruleset import load_builtin_specs

    unit = _fresh(sys.executable, "import spacy")
    jsonschema = _fresh(sys.executable, "import jsonschema")
    specs = load_builtin_specs()
    ruleoptions.check_specs(specs)  # imports the check classes once
    runs = []
    for _ in range(20):
        started = time.perf_counter()
        ruleoptions.check_specs(specs)
        runs.append(time.perf_counter() - started)
    check = statistics.median(runs)
    print(f"python -c 'import spacy': {unit:.2f} s (1.00x)")
    print(f"import jsonschema:        {jsonschema:.2f} s ({jsonschema / unit:.3f}x)")
    print(f"check_specs, {len(specs)} files:  {check * 1000:.1f} ms ({check / unit:.4f}x)")
    if len(sys.argv) > 1:
        model = (
            "from pydantic import BaseModel\n"
            "class M(BaseModel):\n    max_age_months: int = 36\n"
            "M.model_validate({'max_age_months': 12})"
        )
        pydantic = _fresh(sys.argv[1], model)
        print(f"pydantic import + model:  {pydantic:.2f} s ({pydantic / unit:.3f}x)")


if __name__ == "__main__":
    main()
