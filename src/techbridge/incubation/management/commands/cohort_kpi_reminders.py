"""`techbridge cohort_kpi_reminders`: remind cohort companies of the last month's KPIs they have
not reported (in-app and by e-mail, once a week until reported; run it daily)."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand

from techbridge.incubation.services.cohort_kpis import kpi_remind


class Command(BaseCommand):
    help = "Remind cohort companies of the monthly KPIs they have not reported yet."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--json", action="store_true", help="print the counts as JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        counts = kpi_remind()
        if options["json"]:
            self.stdout.write(json.dumps(counts))
        else:
            self.stdout.write(
                f"{counts['checked']} companies checked, {counts['reminded']} reminded"
            )
