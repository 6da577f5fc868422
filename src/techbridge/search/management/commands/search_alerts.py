"""`techbridge search_alerts`: the daily e-mail digest of saved-search alerts (run by cron);
the work goes through the task framework."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from techbridge.search.tasks import saved_search_digest_task


class Command(BaseCommand):
    help = "E-mail members the saved-search alerts of the last day (daily digest)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        result = saved_search_digest_task.enqueue()
        summary = {"task": result.id, "status": result.status.value}
        if result.is_finished:
            summary["emails"] = result.return_value
        self.stdout.write(json.dumps(summary) if options["json"] else str(summary))
