"""`techbridge domiciliation_daily [--date YYYY-MM-DD]`: end contracts past their last day and
send the renewal, re-check and address-move reminders (run once a day; safe to run twice)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from techbridge.domiciliation.services import run_daily


class Command(BaseCommand):
    help = "Daily hosting run: end expired contracts, send reminders."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", default="", help="the day to run for (default: today)")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            today = date.fromisoformat(options["date"]) if options["date"] else timezone.localdate()
        except ValueError as exc:
            raise CommandError("--date must be YYYY-MM-DD") from exc
        counts = run_daily(today)
        self.stdout.write(" ".join(f"{k}={v}" for k, v in counts.items()))
