"""`techbridge reindex [--json]`: rebuild the search index with a progress bar (on stderr)."""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from techbridge.profiles.models import TechnologyProfile
from techbridge.search.services import reindex_all


class Command(BaseCommand):
    help = "Rebuild the search index from the published profiles and the organisations."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="print a JSON summary only")
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="processes analysing the profiles when the index is empty (default 1)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        total = TechnologyProfile.objects.filter(status="published").count()
        with tqdm(
            total=total, unit="profile", file=sys.stderr, disable=options["verbosity"] == 0
        ) as bar:
            summary = reindex_all(progress=bar.update, workers=max(1, options["workers"]))
        summary["seconds"] = round(time.perf_counter() - started, 3)
        if options["json"]:
            self.stdout.write(json.dumps(summary))
        else:
            self.stdout.write(
                f"reindexed {summary['profiles']} profiles and "
                f"{summary['organisations']} organisations in {summary['seconds']} s"
            )
