"""Backups of the database and the uploaded files, and their restore (docs/operations.md).

A backup is one directory `techbridge-<UTC time>/` holding
- `database.sqlite3` (SQLite's online backup API: consistent while the site runs) or
  `database.dump` (PostgreSQL, `pg_dump --format=custom`),
- `media.tar.gz` (MEDIA_ROOT: logos, attachments, documents),
- `manifest.json` (engine, time, size and SHA-256 of each file), checked before a restore.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.db import connections

PREFIX = "techbridge-"


class BackupError(Exception):
    pass


@dataclass(frozen=True)
class Backup:
    path: Path
    engine: str
    files: dict[str, dict[str, Any]]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _engine(alias: str) -> str:
    vendor = connections[alias].vendor
    if vendor not in ("sqlite", "postgresql"):
        raise BackupError(f"backups support SQLite and PostgreSQL, not {vendor}")
    return vendor


def _pg_env(alias: str) -> tuple[str, dict[str, str]]:
    """A libpq URL without the password, which goes in PGPASSWORD (not on a command line)."""
    conf = connections[alias].settings_dict
    user = quote(conf.get("USER") or "", safe="")
    host = conf.get("HOST") or "127.0.0.1"
    port = conf.get("PORT") or "5432"
    url = f"postgresql://{user + '@' if user else ''}{host}:{port}/{quote(conf['NAME'], safe='')}"
    env = {**os.environ}
    if conf.get("PASSWORD"):
        env["PGPASSWORD"] = str(conf["PASSWORD"])
    return url, env


def _dump_database(alias: str, engine: str, folder: Path) -> Path:
    connection = connections[alias]
    if engine == "sqlite":
        target = folder / "database.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(target) as dest:
            connection.connection.backup(dest)
        dest.close()
        return target
    target = folder / "database.dump"
    url, env = _pg_env(alias)
    cmd = ["pg_dump", "--format=custom", "--no-owner", "--file", str(target), url]
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=3600)
    return target


def _archive_media(folder: Path) -> Path:
    target = folder / "media.tar.gz"
    media = Path(settings.MEDIA_ROOT)
    with tarfile.open(target, "w:gz") as tar:
        if media.is_dir():
            for child in sorted(media.iterdir()):
                tar.add(child, arcname=child.name)
    return target


def backup_create(*, into: Path, alias: str = "default", now: datetime | None = None) -> Backup:
    """Back up the database and the uploaded files into a new folder under `into`."""
    engine = _engine(alias)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    folder = Path(into) / f"{PREFIX}{stamp}"
    folder.mkdir(parents=True, exist_ok=False)
    try:
        made = [_dump_database(alias, engine, folder), _archive_media(folder)]
    except Exception:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    files = {p.name: {"bytes": p.stat().st_size, "sha256": _sha256(p)} for p in made}
    manifest = {"engine": engine, "created": stamp, "files": files}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return Backup(folder, engine, files)


def backup_read(folder: Path) -> Backup:
    """The backup in `folder`, its files checked against the manifest."""
    try:
        manifest = json.loads((Path(folder) / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BackupError(f"{folder} is not a TechBridge backup (no readable manifest)") from exc
    for name, meta in manifest["files"].items():
        path = Path(folder) / name
        if not path.is_file() or _sha256(path) != meta["sha256"]:
            raise BackupError(f"{path} is missing or damaged (its checksum differs)")
    return Backup(Path(folder), manifest["engine"], manifest["files"])


def _restore_database(alias: str, saved: Backup) -> None:
    connection = connections[alias]
    if saved.engine == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(saved.path / "database.sqlite3") as source:
            source.backup(connection.connection)
        source.close()
        return
    connection.close()  # pg_restore drops tables: no open transaction of ours may hold them
    url, env = _pg_env(alias)
    cmd = [
        "pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
        "--exit-on-error", "--dbname", url, str(saved.path / "database.dump"),
    ]  # fmt: skip
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise BackupError(f"pg_restore failed: {done.stderr.strip()[-2000:]}")


def _restore_media(saved: Backup) -> None:
    media = Path(settings.MEDIA_ROOT)
    staging = media.with_name(media.name + ".restoring")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    with tarfile.open(saved.path / "media.tar.gz", "r:gz") as tar:
        tar.extractall(staging, filter="data")  # refuses absolute paths and ../ escapes
    if media.exists():
        shutil.rmtree(media)
    staging.rename(media)


def backup_restore(*, folder: Path, alias: str = "default") -> Backup:
    """Replace the database and the uploaded files with the backup in `folder`."""
    saved = backup_read(folder)
    if saved.engine != _engine(alias):
        raise BackupError(f"the backup is of {saved.engine}, the database is {_engine(alias)}")
    _restore_database(alias, saved)
    _restore_media(saved)
    return saved


def backup_prune(*, into: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups under `into`; the deleted folders."""
    found = sorted(p for p in Path(into).glob(f"{PREFIX}*") if (p / "manifest.json").is_file())
    old = found[: max(0, len(found) - keep)]
    for folder in old:
        shutil.rmtree(folder)
    return old
