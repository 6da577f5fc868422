"""`techbridge rematch`: recompute every live profile's matches, with a progress bar."""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from techbridge.matches import services
from techbridge.matches.rematching import check_workers


class Command(BaseCommand):
    help = "Recompute the matches of every published profile (or of the given profiles)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="Print a JSON summary on stdout.")
        parser.add_argument(
            "--profile",
            type=int,
            action="append",
            default=[],
            help="Only this profile (repeatable).",
        )
        parser.add_argument(
            "--no-notify", action="store_true", help="Do not notify about new matches."
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="Processes computing proposals (they share the engine built once).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        notify = not options["no_notify"]
        quiet = options["verbosity"] == 0
        workers = check_workers(options["workers"])

        def progress(ids: Any) -> Any:
            return tqdm(ids, desc="matching", unit="profile", file=sys.stderr, disable=quiet)

        if options["profile"]:
            totals = {"profiles": 0, "created": 0, "updated": 0, "removed": 0, "notified": 0}
            for profile_id in progress(options["profile"]):
                result = services.match_compute_for_profile(
                    profile_id=profile_id, notify=notify, force=True
                ).as_dict()
                for key in totals:
                    totals[key] += result[key]
            summary: dict[str, Any] = {**totals, "engine": result["engine"]}
        else:
            summary = services.match_compute_all(
                notify=notify, progress=progress, workers=workers
            ).as_dict()
        summary["seconds"] = round(time.perf_counter() - started, 2)
        if options["json"]:
            self.stdout.write(json.dumps(summary))
        else:
            self.stdout.write(
                f"{summary['profiles']} profiles: {summary['created']} new, "
                f"{summary['updated']} updated, {summary['removed']} removed matches, "
                f"{summary['notified']} notifications ({summary['engine']}, {summary['seconds']} s)"
            )
