"""`techbridge restore FOLDER --yes`: replace the database and the uploaded files with a
backup made by `techbridge backup` (its checksums are verified first)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from techbridge.tooling.backups import BackupError, backup_restore


class Command(BaseCommand):
    help = "Restore the database and the uploaded files from a backup folder."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("folder")
        parser.add_argument(
            "--yes", action="store_true", help="confirm: the current data is replaced"
        )

    def handle(self, *args: Any, **opts: Any) -> None:
        if not opts["yes"]:
            raise CommandError("restore replaces the current data: add --yes to confirm")
        try:
            saved = backup_restore(folder=Path(opts["folder"]))
        except (BackupError, OSError) as exc:
            raise CommandError(f"restore failed: {exc}") from exc
        # The search index files are built from the database: rebuilt at the next start.
        index = Path(settings.TECHBRIDGE.get("SEARCH_INDEX_DIR", ""))
        if index.name and index.is_dir():
            shutil.rmtree(index, ignore_errors=True)
        self.stdout.write(f"Restored {saved.engine} database and files from {saved.path}")
