"""`techbridge opendata`: write the open-data dumps again (run daily, e.g. from cron)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from techbridge.exchange.opendata import directory, write_dumps


class Command(BaseCommand):
    help = "Write the open-data dumps (profiles.jsonl, profiles.csv) under var/opendata."

    def handle(self, *args: Any, **options: Any) -> None:
        summary = write_dumps()
        self.stdout.write(f"opendata: {summary['open_profiles']} profiles in {directory()}")
