"""`techbridge demo`: load the demo data set (idempotent: a second run changes nothing)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from techbridge.tooling.demo_loader import load_demo


class Command(BaseCommand):
    help = "Load the demo organisations, users and technology profiles (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        summary = load_demo(stdout=self.stdout if options["verbosity"] else None)
        self.stdout.write("demo: " + ", ".join(f"{k}={v}" for k, v in summary.items()))
