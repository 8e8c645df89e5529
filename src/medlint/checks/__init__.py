"""Python-backed rule checks: logic that does not fit a phrase list.

A rule file selects one with ``kind: python`` and ``check: medlint.checks.MODULE:Class``.
"""
