"""`techbridge search_alerts`: e-mail the saved-search alerts not yet e-mailed (run by cron).
The mail goes through the one notification digest, restricted to saved-search alerts; the
daily `techbridge digest` sends them too, so a row is never mailed twice."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from techbridge.notifications.tasks import send_digests_task
from techbridge.search.services import ALERT_KIND


class Command(BaseCommand):
    help = "E-mail members the saved-search alerts not yet e-mailed."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        result = send_digests_task.enqueue(kinds=[ALERT_KIND])
        summary = {"task": result.id, "status": result.status.value}
        if result.is_finished:
            summary["emails"] = result.return_value
        self.stdout.write(json.dumps(summary) if options["json"] else str(summary))
