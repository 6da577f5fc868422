"""The import graph report finds cycles between apps and between files."""

from __future__ import annotations

from techbridge.tooling.app_imports import report, strongly_connected


def test_strongly_connected_groups_are_the_cycles():
    graph = {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"], "e": []}
    assert strongly_connected(graph) == [["a", "b", "c"]]
    assert strongly_connected({"a": ["b"], "b": []}) == []


def test_the_report_names_the_floors():
    text = report()
    assert "core -> " in text
    core_line = next(line for line in text.splitlines() if line.startswith("  core -> "))
    assert core_line.split(" -> ")[1].split(", ") == ["engines"]
