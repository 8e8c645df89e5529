"""Checkstyle XML, read by Jenkins (warnings-ng), reviewdog and many CI dashboards."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from medlint.model import RunResult, Severity
from medlint.reporters.common import RenderOptions, relative_posix, xml_safe

SEVERITIES = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"}


def render_checkstyle(result: RunResult, options: RenderOptions) -> str:
    root = ET.Element("checkstyle", {"version": "4.3"})
    for file in result.files:
        node = ET.SubElement(root, "file", {"name": relative_posix(file.path)})
        for v in file.violations:
            ET.SubElement(
                node,
                "error",
                {
                    "line": str(v.line),
                    "column": str(v.column),
                    "severity": SEVERITIES[v.severity],
                    "message": f"{v.code} {v.message}",
                    "source": f"medlint.{v.code}.{v.name}",
                },
            )
    ET.indent(root)
    return xml_safe(
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
    )
