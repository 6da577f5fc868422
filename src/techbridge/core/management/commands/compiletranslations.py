"""Compile the .po catalogues to .mo with polib (no system gettext needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand


def catalogue_roots() -> list[Path]:
    """LOCALE_PATHS, then the `locale/` folder of each of the platform's own apps (an app
    may keep its catalogue beside its code, as Django looks for it there too)."""
    roots = [Path(root) for root in settings.LOCALE_PATHS]
    for config in apps.get_app_configs():
        folder = Path(config.path) / "locale"
        if config.name.startswith("techbridge.") and folder.is_dir() and folder not in roots:
            roots.append(folder)
    return roots


class Command(BaseCommand):
    help = "Compile translation catalogues (.po -> .mo) without GNU gettext."

    def handle(self, *args: Any, **options: Any) -> None:
        count = 0
        for root in catalogue_roots():
            for po_path in Path(root).rglob("*.po"):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                count += 1
        if options["verbosity"] > 1:
            self.stdout.write(f"compiled {count} catalogue(s)")
