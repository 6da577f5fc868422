"""`techbridge schedule solve INSTANCE.json --out SOLUTION.json --json`: the B2B scheduler on
an instance file (format b2b-instance/1); `schedule check INSTANCE SOLUTION` to verify one;
`schedule repair CHANGED.json --previous ANNOUNCED.json --max-moves K --out NEW.json --json`
to repair an announced schedule after late changes with at most K moves.

Bad input never gives a traceback: a one-line message on stderr and exit status 2.
"""

from __future__ import annotations

import json
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from techbridge.engines.scheduling import (
    InstanceError,
    check_schedule,
    count_holes,
    load_problem,
    load_schedule,
    priority_scheduled,
    save_schedule,
    solve,
)
from techbridge.engines.scheduling.repair import repair
from techbridge.engines.scheduling.repair_plan import RepairError

BAD_INPUT = 2


class Command(BaseCommand):
    help = "Schedule B2B meetings (OR-Tools CP-SAT), or check a schedule."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        run = sub.add_parser("solve", help="solve an instance file")
        run.add_argument("instance", help="instance JSON (b2b-instance/1, .gz allowed)")
        run.add_argument("--time-limit", type=float, default=60.0, help="seconds (default 60)")
        run.add_argument("--out", help="write the solution JSON here")
        run.add_argument("--seed", type=int, default=0)
        run.add_argument("--workers", type=int, default=2, help="CP-SAT workers (default 2)")
        run.add_argument("--json", action="store_true", help="print the summary as JSON")
        rep = sub.add_parser("repair", help="repair an announced schedule after late changes")
        rep.add_argument("instance", help="the changed event (b2b-instance/1)")
        rep.add_argument("--previous", required=True, help="the announced schedule (solution)")
        rep.add_argument(
            "--max-moves",
            required=True,
            help="announced meetings that may change slot: a number, a percentage of the kept "
            "meetings (5%%) or 'unlimited'",
        )
        rep.add_argument("--time-limit", type=float, default=60.0, help="seconds (default 60)")
        rep.add_argument("--out", help="write the new schedule here")
        rep.add_argument("--seed", type=int, default=0)
        rep.add_argument("--workers", type=int, default=2, help="CP-SAT workers (default 2)")
        rep.add_argument("--json", action="store_true", help="print the summary as JSON")
        chk = sub.add_parser("check", help="check a solution file against its instance")
        chk.add_argument("instance")
        chk.add_argument("solution")
        chk.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["action"] == "check":
                self._check(options)
            elif options["action"] == "repair":
                self._repair(options)
            else:
                self._solve(options)
        except (InstanceError, RepairError) as e:
            raise CommandError(str(e), returncode=BAD_INPUT) from None

    def _solve(self, options: dict[str, Any]) -> None:
        if options["time_limit"] <= 0 or options["workers"] < 1:
            raise CommandError("--time-limit must be > 0 and --workers >= 1", returncode=BAD_INPUT)
        problem = load_problem(options["instance"])
        schedule = solve(
            problem,
            time_limit=options["time_limit"],
            seed=options["seed"],
            workers=options["workers"],
        )
        if options["out"]:
            try:
                save_schedule(problem, schedule, options["out"])
            except OSError as e:
                msg = f"cannot write {options['out']}: {e.strerror or e}"
                raise CommandError(msg, returncode=BAD_INPUT) from None
        st = schedule.stats
        summary = {
            "scheduled": st.scheduled,
            "total": st.total,
            "priority_scheduled": st.priority_scheduled,
            "holes": st.holes,
            "optimal": st.optimal,
            "seconds": round(st.seconds, 3),
        }
        if options["json"]:
            self.stdout.write(json.dumps(summary))
            return
        self.stdout.write(
            f"{problem.name}: {st.scheduled}/{st.total} meetings, priority "
            f"{st.priority_scheduled}/{st.priority_total} (bound {st.priority_bound}), "
            f"{st.holes} holes, {'optimal' if st.optimal else 'not proven optimal'}, "
            f"{st.seconds:.1f} s"
        )
        for name, at, note in st.phases:
            self.stdout.write(f"  {at:8.2f} s  {name}: {note}")

    def _repair(self, options: dict[str, Any]) -> None:
        if options["time_limit"] <= 0 or options["workers"] < 1:
            raise CommandError("--time-limit must be > 0 and --workers >= 1", returncode=BAD_INPUT)
        problem = load_problem(options["instance"])
        previous = load_schedule(options["previous"])
        kept = len({a.meeting for a in previous.assignments} & {m.id for m in problem.meetings})
        budget = parse_max_moves(options["max_moves"], kept)
        result = repair(problem, previous, max_moves=budget, time_limit=options["time_limit"],
                        seed=options["seed"], workers=options["workers"])  # fmt: skip
        if options["out"]:
            try:
                save_schedule(problem, result.schedule, options["out"])
            except OSError as e:
                msg = f"cannot write {options['out']}: {e.strerror or e}"
                raise CommandError(msg, returncode=BAD_INPUT) from None
        summary = result.stats.summary()
        if options["json"]:
            self.stdout.write(json.dumps(summary))
            return
        self.stdout.write(
            f"{problem.name}: {summary['scheduled']}/{summary['total']} meetings, priority "
            f"{summary['priority_scheduled']} (bound {summary['priority_bound']}), "
            f"{summary['holes']} holes; of {summary['kept']} announced meetings kept, "
            f"{summary['hit']} hit, {summary['moved']} moved ({summary['moved_extra']} not "
            f"hit, at most {summary['max_moves']}), {summary['dropped']} dropped, "
            f"{summary['retabled']} at another table; {summary['seconds']:.1f} s"
        )
        for name, at, note in result.stats.phases:
            self.stdout.write(f"  {at:8.2f} s  {name}: {note}")

    def _check(self, options: dict[str, Any]) -> None:
        problem = load_problem(options["instance"])
        schedule = load_schedule(options["solution"])
        violations = check_schedule(problem, schedule)
        result = {
            "feasible": not violations,
            "scheduled": len(schedule.assignments),
            "total": len(problem.meetings),
            "priority_scheduled": priority_scheduled(problem, schedule),
            "holes": count_holes(problem, schedule),
            "violations": [{"kind": v.kind, "message": v.message} for v in violations],
        }
        self.stdout.write(json.dumps(result) if options["json"] else _describe(result))
        if violations:
            raise CommandError(f"{len(violations)} violations", returncode=1)


def _describe(result: dict[str, Any]) -> str:
    lines = [
        f"{'feasible' if result['feasible'] else 'INFEASIBLE'}: {result['scheduled']}/"
        f"{result['total']} scheduled, priority {result['priority_scheduled']}, "
        f"{result['holes']} holes"
    ]
    lines += [f"  {v['kind']}: {v['message']}" for v in result["violations"]]
    return "\n".join(lines)


def parse_max_moves(text: str, kept: int) -> int:
    """`--max-moves`: a whole number >= 0, a percentage of the kept announced meetings
    ("5%", rounded down), or "unlimited"; more than the kept meetings means all of them."""
    value = text.strip().lower()
    try:
        if value in ("unlimited", "all", "inf"):
            return kept
        if value.endswith("%"):
            share = float(value[:-1])
            if not 0 <= share <= 100:
                raise ValueError
            return int(kept * share / 100)
        number = int(value)
    except ValueError:
        raise CommandError(
            f"--max-moves must be a number >= 0, a percentage or 'unlimited', not {text!r}",
            returncode=BAD_INPUT,
        ) from None
    if number < 0:
        raise CommandError(f"--max-moves must be >= 0, not {number}", returncode=BAD_INPUT)
    return min(number, kept)
