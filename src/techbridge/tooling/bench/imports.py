"""`techbridge bench import --profiles N [--format csv|xlsx] [--database URL] --json`.

Writes N synthetic profiles (``techbridge.demo.synthetic_profiles``) as a staff member's
spreadsheet (organisation keys, English headers; one row in a thousand made invalid), loads
the 5,000 synthetic organisations into a scratch database (a temporary SQLite file, or a
fresh PostgreSQL database ``ms_bench_import`` on the server of ``--database``), then times
the import as the pages run it: upload (read + header check), dry run (every row through
ProfileForm, the report saved), apply of the valid rows (one transaction), and the search
indexing the import's announcement triggers. Matching is left to `techbridge rematch` /
`bench rematch` (its cost per profile is measured there).
"""

from __future__ import annotations

import io
import os
import resource
import time
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connections
from django.test.utils import override_settings
from django.utils import timezone

from techbridge.tooling.scratch import fill, progress, scratch_database

BENCH_DB = "ms_bench_import"
MEMORY_MAIL = "django.core.mail.backends.locmem.EmailBackend"
KEYS = ("external_id", "organisation", "kind", "language", "title", "summary", "description",
        "sectors", "keywords", "trl", "ip_status", "partnership_types", "value_min",
        "value_max", "currency", "expires_on", "visibility")  # fmt: skip


def _cells(i: int, r: dict[str, Any], expires: str) -> list[Any]:
    values = {
        "external_id": f"B{i:07d}",
        "organisation": f"synth-org-{i % 5000}",
        "kind": r["kind"],
        "language": r["language"],
        "title": r["title"][:200],
        "summary": r["summary"][:500],
        "description": r["description"],
        "sectors": "; ".join(r["sectors"]),
        "keywords": ", ".join(r["keywords"][:15]),
        "trl": str(r["trl"]),
        "ip_status": r["ip_status"],
        "partnership_types": "; ".join(r["partnership_types"]),
        "value_min": "" if r.get("value_min") is None else str(r["value_min"]),
        "value_max": "" if r.get("value_max") is None else str(r["value_max"]),
        "currency": r.get("currency") or "",
        "expires_on": expires,
        "visibility": r["visibility"],
    }
    if i % 1000 == 999:
        values["trl"] = "12"  # one row in a thousand is refused by the form
    return [values[k] for k in KEYS]


def spreadsheet(n: int, seed: int, fmt: str) -> bytes:
    from techbridge.core.spreadsheets import write_csv, write_xlsx
    from techbridge.demo import synthetic_profiles
    from techbridge.exchange.importers.base import importer_for

    importer = importer_for("profiles")
    headers = [importer.header(k, "en") for k in KEYS]
    expires = str(timezone.localdate() + timedelta(days=365))
    rows = [_cells(i, r, expires) for i, r in enumerate(synthetic_profiles(n, seed))]
    if fmt == "xlsx":
        return write_xlsx([("Data", headers, rows)])
    return write_csv(headers, rows)


def run(*, profiles: int, seed: int = 0, database: str | None = None, fmt: str = "csv",
        keep: bool = False) -> dict[str, Any]:  # fmt: skip
    progress(f"bench: writing {profiles} rows as {fmt}")
    started = time.perf_counter()
    content = spreadsheet(profiles, seed, fmt)
    write_seconds = time.perf_counter() - started
    with scratch_database(database, name=BENCH_DB, keep=keep) as scratch:
        progress(f"bench: importing into {scratch.config['NAME']}")
        result = _import(content, fmt)
    return {
        "rows": profiles,
        "format": fmt,
        "file_mb": round(len(content) / 1e6, 1),
        "write_file_seconds": round(write_seconds, 1),
        **result,
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1),
        "database": connections["default"].vendor,
        "scratch": str(scratch.config["NAME"]),
    }


def _import(content: bytes, fmt: str) -> dict[str, Any]:
    from techbridge.accounts.models import User
    from techbridge.exchange import services
    from techbridge.profiles.changes import profile_changed
    from techbridge.profiles.models import TechnologyProfile
    from techbridge.search.backends import get_backend
    from techbridge.search.services import index_profiles

    fill(0, 0)  # the 5,000 synthetic organisations the rows name
    # A serving process has its backend already: its first-use build (of an index that is
    # empty while published profiles exist) must not run inside the timed indexing below,
    # which would index every imported profile twice.
    get_backend()
    staff = User.objects.create_user(email="bench-staff@example.org", password=None, is_staff=True)
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "IMPORT_MAX_BYTES": len(content) + 1}
    # The indexing is timed on its own below; the end-of-import e-mail goes to memory, not to
    # the console's JSON.
    with (
        profile_changed.muted(),
        override_settings(MAILERS={"default": {"BACKEND": MEMORY_MAIL}}),
    ):
        timings, batch = _timed_import(services, staff, content, fmt)
    ids = list(TechnologyProfile.objects.filter(status="published").values_list("id", flat=True))
    started = time.perf_counter()
    index_profiles(ids)
    index_seconds = time.perf_counter() - started
    import_seconds = sum(v for k, v in timings.items() if k != "import_cpu_seconds")
    return {
        **{k: round(v, 1) for k, v in timings.items()},
        "import_seconds": round(import_seconds, 1),
        "rows_per_second": round(batch.total / import_seconds, 1),
        "status": batch.status,
        "counts": batch.counts,
        "profiles_created": TechnologyProfile.objects.count(),
        "index_seconds": round(index_seconds, 1),
        "indexed": len(ids),
        "import_and_index_seconds": round(import_seconds + index_seconds, 1),
        "load_average": [round(x, 1) for x in os.getloadavg()],
    }


def _timed_import(
    services: Any, staff: Any, content: bytes, fmt: str
) -> tuple[dict[str, float], Any]:
    """Upload, dry run, apply. With the default task backend the dry run and the apply run
    right after their service's commit (as on the page); their own time is read from the
    batch's timestamps. With a task queue configured, they are run here."""
    upload = SimpleUploadedFile(f"bench.{fmt}", content)
    upload.file = io.BytesIO(content)
    started, cpu = time.perf_counter(), time.process_time()
    batch = services.import_upload(
        actor=staff, kind="profiles", upload=upload, options={"status": "published"}
    )
    services.import_check(batch.id)  # a no-op when the task already ran
    uploaded = time.perf_counter() - started
    batch.refresh_from_db()
    dry_run = (batch.validated_at - batch.created_at).total_seconds()
    started = time.perf_counter()
    services.import_confirm(actor=staff, batch=batch, mode="valid")
    services.import_apply(batch.id)
    applied = time.perf_counter() - started
    batch.refresh_from_db()
    timings = {
        "import_cpu_seconds": time.process_time() - cpu,
        "upload_seconds": uploaded - dry_run,
        "dry_run_seconds": dry_run,
        "apply_seconds": applied,
    }
    return timings, batch
