"""`techbridge bench <engine> ... --json`: benchmarks print one JSON object on stdout."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from techbridge.matches.rematching import check_workers
from techbridge.tooling.bench import load

BENCHES = {
    "search": "techbridge.tooling.bench.search",
    "matching": "techbridge.tooling.bench.matching",
    "rematch": "techbridge.tooling.bench.rematch",
    "repair": "techbridge.engines.scheduling.bench",
    "import": "techbridge.tooling.bench.imports",
    "event": "techbridge.tooling.bench.event",
    "load": "techbridge.tooling.bench.load",
}


class Command(BaseCommand):
    help = "Run a benchmark (search, matching, rematch, repair, import, event, load) and print its measurements as JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("engine", choices=sorted(BENCHES))
        parser.add_argument("--profiles", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument(
            "--database", default=None, help="database URL (search, rematch: a scratch database)"
        )
        parser.add_argument(
            "--reuse", action="store_true", help="keep an earlier run's scratch database (search)"
        )
        parser.add_argument(
            "--keep",
            action="store_true",
            help="keep the temporary SQLite scratch database (search, rematch; removed at the "
            "end of the run otherwise, unless --reuse)",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="processes (rematch; search: analysing the rows of a new index; default 1); "
            "CP-SAT workers (repair, default 2)",
        )
        parser.add_argument(
            "--dir", default=None, help="repair only: folder of NAME-late.json + NAME.previous.json"
        )
        parser.add_argument(
            "--time-limit",
            type=float,
            default=None,
            help="repair only: seconds per run (default 60; 120 above 10,000 meetings)",
        )
        parser.add_argument(
            "--anchors",
            action="store_true",
            help="repair only: measure the from-scratch and pinned anchors too (else the "
            "folder README's table)",
        )
        parser.add_argument(
            "--only", default=None, help="repair only: instances whose name has this"
        )
        parser.add_argument(
            "--processes",
            type=int,
            default=0,
            help="search: then measure this many serving processes sharing the index (first "
            "answer, latency, publish visibility, memory); matching: this many worker processes "
            "loading the engine's snapshot (open time, latency, memory)",
        )
        parser.add_argument(
            "--distinct",
            type=int,
            default=None,
            help="matching only: distinct profiles analysed and embedded; the rest of the "
            "index is filled with copies under new ids and organisations",
        )
        parser.add_argument(
            "--format",
            choices=("csv", "xlsx"),
            default=None,
            help="import only: the spreadsheet's format (default csv)",
        )
        _event_arguments(parser)
        _repair_arguments(parser)
        load.add_arguments(parser)
        parser.add_argument("--json", action="store_true", help="print JSON only")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["engine"] == "repair":
            self._repair(options)
            return
        if options["engine"] == "event":
            self._event(options)
            return
        if options["engine"] == "load":
            self.stdout.write(json.dumps(load.run_from_options(options), ensure_ascii=False))
            return
        module = importlib.import_module(BENCHES[options["engine"]])
        result = module.run(**self._kwargs(options))
        self.stdout.write(json.dumps(result, ensure_ascii=False))

    def _kwargs(self, options: dict[str, Any]) -> dict[str, Any]:
        """The profile benches' arguments, each option checked against its engine."""
        if options["profiles"] < 1 or options["profiles"] > 5_000_000:
            raise CommandError("--profiles must be between 1 and 5,000,000")
        kwargs: dict[str, Any] = {"profiles": options["profiles"], "seed": options["seed"]}
        if options["database"]:
            kwargs["database"] = options["database"]
        if options["reuse"]:
            if options["engine"] != "search":
                raise CommandError("--reuse is for search only")
            kwargs["reuse"] = True
        if options["keep"]:
            if options["engine"] == "matching":
                raise CommandError("--keep is for search and rematch only")
            kwargs["keep"] = True
        if options["distinct"] is not None:
            if options["engine"] != "matching" or options["distinct"] < 1:
                raise CommandError("--distinct is a positive number, for matching only")
            kwargs["unique"] = options["distinct"]
        if options["processes"]:
            kwargs["processes"] = _processes(options)
        if options["engine"] in ("rematch", "search"):
            kwargs["workers"] = check_workers(options["workers"] or 1)
        kwargs.update(_import_options(options))
        return kwargs

    def _event(self, options: dict[str, Any]) -> None:
        from techbridge.tooling.bench import event

        result = event.run(**_event_kwargs(options))
        self.stdout.write(json.dumps(result, ensure_ascii=False))

    def _repair(self, options: dict[str, Any]) -> None:
        from techbridge.engines.scheduling import bench

        workers = options["workers"] or 2
        limit = options["time_limit"]
        if workers < 1 or (limit is not None and limit <= 0):
            raise CommandError("--workers must be >= 1 and --time-limit > 0")
        folder = options["dir"] or bench.DEFAULT_DIR
        if not bench.instances(Path(folder)):
            raise CommandError(f"no NAME-late.json with NAME.previous.json in {folder}")
        labels = None
        if options["max_moves"]:
            labels = tuple(x.strip() for x in options["max_moves"].split(","))
            known = [label for label, _ in bench.SHARES]
            if not labels or any(x not in known for x in labels):
                raise CommandError(f"--max-moves takes a comma-separated list of {known}")
        result = bench.run(
            folder, time_limit=limit, seed=options["seed"], workers=workers,
            anchors=options["anchors"], only=options["only"],
            log=None if options["json"] else self.stderr.write,
            bounds=options["bounds"], labels=labels, bound_seconds=options["bound_time"],
        )  # fmt: skip
        self.stdout.write(json.dumps(result, ensure_ascii=False))


def _repair_arguments(parser: CommandParser) -> None:
    """`bench repair`'s bound and K options."""
    parser.add_argument(
        "--bounds",
        action="store_true",
        help="repair only: prove bounds at K = 0 and 5 %% with CP-SAT (the most priority, "
        "then the fewest holes at the target's priority), each stage with the time limit",
    )
    parser.add_argument(
        "--bound-time",
        type=float,
        default=None,
        help="repair only: seconds per bound stage (default: the run's time limit)",
    )
    parser.add_argument(
        "--max-moves",
        default=None,
        help="repair only: the K to run, comma-separated among 0,1%%,2%%,5%%,unlimited "
        "(default all)",
    )


def _event_arguments(parser: CommandParser) -> None:
    parser.add_argument("--participants", type=int, default=4000, help="event only: participants")
    parser.add_argument(
        "--requests", type=int, default=20_000, help="event only: accepted meeting requests"
    )
    parser.add_argument(
        "--through-services",
        type=int,
        default=None,
        help="event only: registrations and accepted requests made through the services "
        "(default 400 each; the rest are the same rows written in bulk)",
    )


def _event_kwargs(options: dict[str, Any]) -> dict[str, Any]:
    """`bench event`'s arguments, checked."""
    if not 10 <= options["participants"] <= 50_000:
        raise CommandError("--participants must be between 10 and 50,000")
    if not 1 <= options["requests"] <= 8 * options["participants"]:
        raise CommandError("--requests must be between 1 and 8 per participant")
    kwargs: dict[str, Any] = {
        "participants": options["participants"],
        "requests": options["requests"],
        "seed": options["seed"],
        "keep": options["keep"],
    }
    if options["database"]:
        kwargs["database"] = options["database"]
    if options["through_services"] is not None:
        if options["through_services"] < 0:
            raise CommandError("--through-services must be >= 0")
        kwargs["through_services"] = options["through_services"]
    if options["time_limit"] is not None:
        if not 1 <= options["time_limit"] <= 600:
            raise CommandError("--time-limit must be between 1 and 600 seconds")
        kwargs["time_limit"] = int(options["time_limit"])
    return kwargs


def _import_options(options: dict[str, Any]) -> dict[str, Any]:
    if not options["format"]:
        return {}
    if options["engine"] != "import":
        raise CommandError("--format is for import only")
    return {"fmt": options["format"]}


def _processes(options: dict[str, Any]) -> int:
    """``--processes``, checked: 1 to 16, for search and matching."""
    if options["engine"] not in ("search", "matching"):
        raise CommandError("--processes is for search and matching only")
    if not 1 <= options["processes"] <= 16:
        raise CommandError("--processes is between 1 and 16")
    return int(options["processes"])
