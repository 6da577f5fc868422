"""`techbridge schedule solve|check` on tiny instance files written to tmp_path."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from techbridge.engines.scheduling import check_schedule, load_problem, load_schedule

INSTANCE = {
    "name": "cli",
    "tables": 2,
    "slots": [
        {"id": i, "session": "am", "start": f"2025-06-10T09:{20 * (i - 1):02d}:00+08:00"}
        for i in (1, 2, 3)
    ],
    "participants": [{"id": p, "unavailable": []} for p in ("a", "b", "c", "d")],
    "meetings": [
        {"id": "ab", "a": "a", "b": "b", "priority": 3},
        {"id": "ac", "a": "a", "b": "c", "priority": 2},
        {"id": "cd", "a": "c", "b": "d", "priority": 1},
        {"id": "bd", "a": "b", "b": "d", "priority": 1},
    ],
}


def write(tmp_path: Path, data: object, name: str = "instance.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def test_solve_prints_json_and_writes_a_checked_solution(tmp_path: Path) -> None:
    instance, out = write(tmp_path, INSTANCE), tmp_path / "solution.json"
    stdout = io.StringIO()
    call_command("schedule", "solve", str(instance), "--time-limit", "5", "--out", str(out),
                 "--seed", "3", "--workers", "1", "--json", stdout=stdout)  # fmt: skip
    summary = json.loads(stdout.getvalue())
    assert set(summary) == {
        "scheduled",
        "total",
        "priority_scheduled",
        "holes",
        "optimal",
        "seconds",
    }
    assert summary["scheduled"] == summary["total"] == 4
    assert summary["priority_scheduled"] == 7
    assert summary["holes"] == 0
    assert summary["optimal"] is True
    problem = load_problem(instance)
    assert check_schedule(problem, load_schedule(out)) == []
    checked = io.StringIO()
    call_command("schedule", "check", str(instance), str(out), "--json", stdout=checked)
    assert json.loads(checked.getvalue())["feasible"] is True


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({**INSTANCE, "tables": -2}, "tables must be >= 1"),
        (
            {**INSTANCE, "meetings": [{"id": "x", "a": "a", "b": "zz", "priority": 1}]},
            "unknown participant",
        ),
        ("not an object", "must be a JSON object"),
    ],
)
def test_bad_instance_is_a_one_line_error_with_status_2(
    tmp_path: Path, data: object, message: str
) -> None:
    with pytest.raises(CommandError, match=message) as info:
        call_command(
            "schedule", "solve", str(write(tmp_path, data)), "--json", stdout=io.StringIO()
        )
    assert info.value.returncode == 2
    assert "\n" not in str(info.value)


def test_bad_time_limit_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(CommandError) as info:
        call_command("schedule", "solve", str(write(tmp_path, INSTANCE)), "--time-limit", "0")
    assert info.value.returncode == 2


def test_check_reports_an_infeasible_solution(tmp_path: Path) -> None:
    instance = write(tmp_path, INSTANCE)
    bad = write(tmp_path, {"assignments": [{"meeting": "ab", "slot": 1, "table": 1},
                                            {"meeting": "ac", "slot": 1, "table": 2}],
                           "unscheduled": ["cd", "bd"]}, "bad.json")  # fmt: skip
    out = io.StringIO()
    with pytest.raises(CommandError) as info:
        call_command("schedule", "check", str(instance), str(bad), "--json", stdout=out)
    assert info.value.returncode == 1
    assert json.loads(out.getvalue())["violations"][0]["kind"] == "double_booking"


ANNOUNCED = {
    "assignments": [
        {"meeting": "ab", "slot": 1, "table": 1},
        {"meeting": "cd", "slot": 1, "table": 2},
        {"meeting": "ac", "slot": 2, "table": 1},
        {"meeting": "bd", "slot": 2, "table": 2},
    ],
    "unscheduled": [],
}
LATE = {**INSTANCE, "participants": [
    {"id": "a", "unavailable": []}, {"id": "b", "unavailable": [1]},
    {"id": "c", "unavailable": []}, {"id": "d", "unavailable": []},
]}  # fmt: skip
CHECK_REPAIR = Path("/work/shared/bench/b2b/check_repair.py")


def test_repair_prints_the_checker_figures_and_writes_a_valid_schedule(tmp_path: Path) -> None:
    late, previous = write(tmp_path, LATE), write(tmp_path, ANNOUNCED, "previous.json")
    out, stdout = tmp_path / "new.json", io.StringIO()
    call_command("schedule", "repair", str(late), "--previous", str(previous), "--max-moves",
                 "0", "--time-limit", "3", "--out", str(out), "--json", stdout=stdout)  # fmt: skip
    summary = json.loads(stdout.getvalue())
    assert {"scheduled", "total", "priority_scheduled", "holes", "moved", "dropped",
            "retabled", "seconds"} <= set(summary)  # fmt: skip
    assert summary["hit"] == 1 and summary["moved_extra"] == 0 and summary["max_moves"] == 0
    assert check_schedule(load_problem(late), load_schedule(out)) == []
    if CHECK_REPAIR.exists():  # the benchmark's own checker, when the shared folder is there
        import subprocess
        import sys

        done = subprocess.run([sys.executable, str(CHECK_REPAIR), str(late), str(previous),
                               str(out)], capture_output=True, text=True, check=False)  # fmt: skip
        theirs = json.loads(done.stdout)
        for key in ("scheduled", "priority_scheduled", "holes", "moved", "dropped", "retabled"):
            assert theirs[key] == summary[key], key


@pytest.mark.parametrize(
    ("value", "expected"), [("0", 0), ("2", 2), ("50%", 2), ("unlimited", 4), ("99", 4)]
)
def test_max_moves_accepts_numbers_percentages_and_unlimited(value: str, expected: int) -> None:
    from techbridge.events.management.commands.schedule import parse_max_moves

    assert parse_max_moves(value, 4) == expected


@pytest.mark.parametrize("value", ["-1", "abc", "120%", "-5%"])
def test_bad_max_moves_is_a_one_line_error(tmp_path: Path, value: str) -> None:
    late, previous = write(tmp_path, LATE), write(tmp_path, ANNOUNCED, "previous.json")
    with pytest.raises(CommandError, match="--max-moves") as info:
        call_command("schedule", "repair", str(late), "--previous", str(previous),
                     f"--max-moves={value}", stdout=io.StringIO())  # fmt: skip
    assert info.value.returncode == 2


def test_a_foreign_previous_schedule_is_refused(tmp_path: Path) -> None:
    late = write(tmp_path, LATE)
    foreign = write(tmp_path, {"assignments": [{"meeting": "zz", "slot": 1, "table": 1}]}, "f.json")
    with pytest.raises(CommandError, match="shares no meeting") as info:
        call_command("schedule", "repair", str(late), "--previous", str(foreign),
                     "--max-moves", "1", stdout=io.StringIO())  # fmt: skip
    assert info.value.returncode == 2


def test_bench_repair_with_bounds_prints_proven_bounds_no_better_than_the_repair(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "repair"
    folder.mkdir()
    write(folder, LATE, "tiny-late.json")
    write(folder, ANNOUNCED, "tiny.previous.json")
    stdout = io.StringIO()
    call_command("bench", "repair", "--dir", str(folder), "--bounds", "--max-moves", "0,5%",
                 "--time-limit", "1", "--json", stdout=stdout)  # fmt: skip
    [row] = json.loads(stdout.getvalue())["instances"]
    runs = {r["label"]: r for r in row["runs"]}
    bounds = {b["label"]: b for b in row["bounds"]}
    assert set(runs) == set(bounds) == {"0", "5%"}
    for label, run in runs.items():
        proof = bounds[label]
        assert proof["priority"]["bound"] >= run["priority_scheduled"]
        if run["priority_scheduled"] >= proof["priority_floor"]:
            assert proof["holes"]["bound"] <= run["holes"]
        assert proof["holes_engine"] == "SCIP" and proof["holes"]["status"] == "OPTIMAL"


def test_bench_repair_refuses_an_unknown_max_moves_label(tmp_path: Path) -> None:
    folder = tmp_path / "repair"
    folder.mkdir()
    write(folder, LATE, "tiny-late.json")
    write(folder, ANNOUNCED, "tiny.previous.json")
    with pytest.raises(CommandError, match="--max-moves"):
        call_command("bench", "repair", "--dir", str(folder), "--max-moves", "3%",
                     stdout=io.StringIO())  # fmt: skip
