"""`techbridge backup [--into DIR] [--keep N] [--json]`: back up the database and the uploaded
files (docs/operations.md), then keep only the newest N backups."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from techbridge.tooling.backups import BackupError, backup_create, backup_prune


class Command(BaseCommand):
    help = "Back up the database and the uploaded files into a new folder."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--into", default=str(Path(settings.VAR_DIR) / "backups"))
        parser.add_argument(
            "--keep", type=int, default=14, help="backups to keep (older ones are deleted)"
        )
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            made = backup_create(into=Path(opts["into"]))
        except (BackupError, OSError) as exc:
            raise CommandError(f"backup failed: {exc}") from exc
        pruned = backup_prune(into=Path(opts["into"]), keep=max(1, opts["keep"]))
        result = {
            "path": str(made.path),
            "engine": made.engine,
            "files": made.files,
            "pruned": [str(p) for p in pruned],
        }
        if opts["json"]:
            self.stdout.write(json.dumps(result))
        else:
            self.stdout.write(f"Backup written to {made.path}")
