"""`techbridge digest`: send the e-mail digest of notifications (run daily from cron)."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from techbridge.notifications.tasks import send_digests_task


class Command(BaseCommand):
    help = "E-mail each user the notifications they have not been e-mailed yet."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        result = send_digests_task.enqueue()
        sent = result.return_value if result.is_finished else None
        if options["json"]:
            self.stdout.write(json.dumps({"users_emailed": sent, "task": result.id}))
        else:
            self.stdout.write(f"digest: {sent if sent is not None else 'queued'}")
