"""JUnit XML: one <testsuite> per run, one <testcase> per file.

The widely used JUnit schema (Ant's, validated against in tests) allows one <failure>
per testcase, so a file with violations gets one failure whose text lists every
violation, one per line, and whose type names their codes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from medlint.model import RunResult
from medlint.reporters.common import RenderOptions, relative_posix, xml_safe


def render_junit(result: RunResult, options: RenderOptions) -> str:
    failing = [f for f in result.files if f.violations]
    suite = ET.Element(
        "testsuite",
        {
            "name": "medlint",
            "timestamp": result.started or "1970-01-01T00:00:00",
            "hostname": result.hostname or "localhost",
            "tests": str(len(result.files)),
            "failures": str(len(failing)),
            "errors": "0",
            "skipped": "0",
            "time": f"{result.duration:.3f}",
        },
    )
    properties = ET.SubElement(suite, "properties")
    for name, value in (("medlint.version", result.version), ("medlint.today", result.today)):
        ET.SubElement(properties, "property", {"name": name, "value": value})
    for file in result.files:
        path = relative_posix(file.path)
        case = ET.SubElement(suite, "testcase", {"classname": "medlint", "name": path, "time": "0"})
        if not file.violations:
            continue
        codes = sorted({v.code for v in file.violations})
        n = len(file.violations)
        failure = ET.SubElement(
            case,
            "failure",
            {
                "message": f"{n} violation{'s' if n != 1 else ''}: {', '.join(codes)}",
                "type": " ".join(codes),
            },
        )
        failure.text = "\n".join(
            f"{path}:{v.line}:{v.column}: {v.code} [{v.severity.label}] {v.message}"
            for v in file.violations
        )
    ET.SubElement(suite, "system-out")
    ET.SubElement(suite, "system-err")
    ET.indent(suite)
    return xml_safe(
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
    )
