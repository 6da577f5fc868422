"""`techbridge desk_sla`: warn before SLA targets and procedure steps fall due and escalate
breaches and overdue steps (run it every few minutes from cron or a task scheduler; it is
idempotent). `--json`: {checked, warned, escalated, steps_checked, steps_warned,
steps_escalated}."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from techbridge.desk.services.sla_watch import sla_sweep


class Command(BaseCommand):
    help = "Warn before the service desk's SLA targets fall due; escalate breaches."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--json", action="store_true", help="print the counts as JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        counts = sla_sweep(now=timezone.now())
        if options["json"]:
            self.stdout.write(json.dumps(counts))
        else:
            self.stdout.write(
                f"{counts['checked']} open cases checked, {counts['warned']} warned, "
                f"{counts['escalated']} escalated; {counts['steps_checked']} procedure steps "
                f"checked, {counts['steps_warned']} warned, {counts['steps_escalated']} escalated"
            )
