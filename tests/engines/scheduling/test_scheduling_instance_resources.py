"""The instance format's optional resource keys (`participants[].languages`, `interpreters`,
`rooms`): the benchmark's checker (../shared/bench/b2b/check.py) ignores them, ours
(`techbridge schedule check`) enforces interpreter capacity, language coverage and
availability, and room closures; bad resource input is a one-line error, never a traceback."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

SHARED_CHECK = Path("/work/shared/bench/b2b/check.py")

INSTANCE: dict[str, Any] = {
    "format": "b2b-instance/1",
    "name": "with-interpreters",
    "tables": 3,
    "slots": [
        {"id": 1, "session": "am", "start": "2030-06-10T09:00:00+08:00"},
        {"id": 2, "session": "am", "start": "2030-06-10T09:20:00+08:00"},
    ],
    "participants": [
        {"id": "wang", "unavailable": [], "languages": ["zh"]},
        {"id": "anna", "unavailable": [], "languages": ["de"]},
        {"id": "claire", "unavailable": [], "languages": ["fr", "en"]},
        {"id": "li", "unavailable": [], "languages": ["zh", "en"]},
    ],
    "meetings": [
        {"id": "wang-anna", "a": "wang", "b": "anna", "priority": 3},
        {"id": "li-claire", "a": "li", "b": "claire", "priority": 1},
        {"id": "wang-claire", "a": "wang", "b": "claire", "priority": 2},
    ],
    "interpreters": [
        {"id": "mei", "languages": ["zh", "de"], "unavailable": [2]},
        {"id": "jun", "languages": ["zh", "en"], "unavailable": []},
    ],
    "rooms": [{"id": "hall", "tables": [1, 2], "unavailable": [2]}],
}
VIOLATING = {
    "assignments": [
        # jun speaks no German; table 1 is closed in slot 2
        {"meeting": "wang-anna", "slot": 2, "table": 1, "interpreter": "jun"},
        {"meeting": "li-claire", "slot": 2, "table": 3},
        {"meeting": "wang-claire", "slot": 1, "table": 3, "interpreter": "jun"},
    ],
    "unscheduled": [],
}


def _write(tmp_path: Path, data: object, name: str) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _shared_check(instance: Path, solution: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(SHARED_CHECK), str(instance), str(solution)],
        capture_output=True,
        text=True,
        check=False,
    )
    return json.loads(done.stdout)


@pytest.mark.skipif(not SHARED_CHECK.exists(), reason="the benchmark's checker is not here")
def test_the_benchmark_checker_ignores_the_keys_ours_enforces_them(tmp_path: Path) -> None:
    instance = _write(tmp_path, INSTANCE, "instance.json")
    bad = _write(tmp_path, VIOLATING, "bad.json")
    assert _shared_check(instance, bad)["feasible"] is True
    out = io.StringIO()
    with pytest.raises(CommandError) as info:
        call_command("schedule", "check", str(instance), str(bad), "--json", stdout=out)
    assert info.value.returncode == 1
    kinds = {v["kind"] for v in json.loads(out.getvalue())["violations"]}
    assert {"no_interpreter", "room_closed"} <= kinds


def _kinds(
    tmp_path: Path, instance: Path, rows: list[dict[str, Any]], unscheduled: Any = ()
) -> set[str]:
    out = io.StringIO()
    solution = _write(tmp_path, {"assignments": rows, "unscheduled": list(unscheduled)}, "s.json")
    try:
        call_command("schedule", "check", str(instance), str(solution), "--json", stdout=out)
    except CommandError as exc:
        assert exc.returncode == 1
    return {v["kind"] for v in json.loads(out.getvalue())["violations"]}


def test_our_checker_sees_an_interpreter_in_two_meetings_or_off_duty(tmp_path: Path) -> None:
    more = {
        **INSTANCE,
        "participants": [*INSTANCE["participants"], {"id": "hans", "languages": ["de"]}],
        "meetings": [*INSTANCE["meetings"], {"id": "hans-li", "a": "hans", "b": "li"}],
    }
    instance = _write(tmp_path, more, "instance.json")
    twice = [
        {"meeting": "wang-anna", "slot": 1, "table": 1, "interpreter": "mei"},
        {"meeting": "hans-li", "slot": 1, "table": 2, "interpreter": "mei"},
        {"meeting": "wang-claire", "slot": 2, "table": 3, "interpreter": "jun"},
    ]
    assert _kinds(tmp_path, instance, twice, ["li-claire"]) == {"interpreter_clash"}
    off_duty = [
        {"meeting": "wang-anna", "slot": 2, "table": 3, "interpreter": "mei"},
        {"meeting": "hans-li", "slot": 1, "table": 2, "interpreter": "mei"},
        {"meeting": "wang-claire", "slot": 1, "table": 3, "interpreter": "jun"},
        # li and claire share English: no interpreter needed, none given
        {"meeting": "li-claire", "slot": 2, "table": 1},
    ]
    assert _kinds(tmp_path, instance, off_duty) == {"interpreter_unavailable", "room_closed"}
    fine = [
        {"meeting": "wang-anna", "slot": 1, "table": 1, "interpreter": "mei"},
        {"meeting": "wang-claire", "slot": 2, "table": 3, "interpreter": "jun"},
        {"meeting": "li-claire", "slot": 1, "table": 2},
    ]
    assert _kinds(tmp_path, instance, fine, ["hans-li"]) == set()


@pytest.mark.skipif(not SHARED_CHECK.exists(), reason="the benchmark's checker is not here")
def test_a_solved_instance_passes_both_checkers(tmp_path: Path) -> None:
    instance = _write(tmp_path, INSTANCE, "instance.json")
    solution, out = tmp_path / "solution.json", io.StringIO()
    call_command("schedule", "solve", str(instance), "--time-limit", "2", "--workers", "1",
                 "--out", str(solution), "--json", stdout=out)  # fmt: skip
    assert json.loads(out.getvalue())["scheduled"] == 3
    rows = json.loads(solution.read_text())["assignments"]
    who = {r["meeting"]: r.get("interpreter") for r in rows}
    assert who["wang-anna"] == "mei" and who["wang-claire"] == "jun"
    assert who["li-claire"] is None
    assert _shared_check(instance, solution)["feasible"] is True
    call_command("schedule", "check", str(instance), str(solution), stdout=io.StringIO())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"participants": [*INSTANCE["participants"][:3],
                           {"id": "li", "languages": ["Chinese"]}]}, "unknown language codes"),
        ({"interpreters": [{"id": "mei", "languages": ["zh", "xx-"]}]}, "unknown language"),
        ({"interpreters": [{"id": "mei", "languages": ["zh", "de"], "unavailable": [1, 2]}]},
         "unavailable in every slot"),
        ({"rooms": [{"id": "a", "tables": [1, 2]}, {"id": "b", "tables": [2, 3]}]},
         "table 2 is in rooms a and b"),
        ({"rooms": [{"id": "a", "tables": [1, 7]}]}, "not in 1..3"),
        ({"interpreters": [{"id": "mei", "languages": "zh"}]}, "must be list"),
    ],
)  # fmt: skip
def test_bad_resources_are_one_line_errors(
    tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    path = _write(tmp_path, {**INSTANCE, **change}, "bad.json")
    with pytest.raises(CommandError, match=message) as info:
        call_command("schedule", "solve", str(path), "--json", stdout=io.StringIO())
    assert info.value.returncode == 2 and "\n" not in str(info.value)
