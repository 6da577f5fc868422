"""`techbridge backup` / `restore`: back up, change data and files, restore, compare."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from techbridge.accounts.models import Organisation
from techbridge.tooling.backups import BackupError, backup_prune, backup_read
from tests.factories import OrganisationFactory


def _state(media: Path) -> tuple[list[tuple[int, str]], dict[str, bytes]]:
    rows = sorted(Organisation.objects.values_list("pk", "name"))
    files = {str(p.relative_to(media)): p.read_bytes() for p in media.rglob("*") if p.is_file()}
    return rows, files


@pytest.mark.django_db(transaction=True)
def test_backup_change_restore_compare(tmp_path: Path, settings: Any) -> None:
    media = Path(settings.MEDIA_ROOT)
    (media / "logos").mkdir(parents=True)
    (media / "logos" / "acme.png").write_bytes(b"\x89PNG logo")
    OrganisationFactory(name="Acme Before")
    before = _state(media)

    out = io.StringIO()
    call_command("backup", "--into", str(tmp_path / "backups"), "--json", stdout=out)
    made = json.loads(out.getvalue())
    assert set(made["files"]) == {
        f"database.{'dump' if made['engine'] == 'postgresql' else 'sqlite3'}",
        "media.tar.gz",
    }

    Organisation.objects.update(name="Changed")
    OrganisationFactory(name="Added after")
    (media / "logos" / "acme.png").write_bytes(b"overwritten")
    (media / "extra.pdf").write_bytes(b"new file")
    assert _state(media) != before

    with pytest.raises(CommandError, match="--yes"):
        call_command("restore", made["path"])
    call_command("restore", made["path"], "--yes", stdout=io.StringIO())
    assert _state(media) == before


def test_a_damaged_backup_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "techbridge-x"
    folder.mkdir()
    (folder / "media.tar.gz").write_bytes(b"abc")
    manifest = {"engine": "sqlite", "created": "x", "files": {"media.tar.gz": {"sha256": "0"}}}
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BackupError, match="damaged"):
        backup_read(folder)
    with pytest.raises(BackupError, match="manifest"):
        backup_read(tmp_path)


def test_prune_keeps_the_newest(tmp_path: Path) -> None:
    for stamp in ("20260101", "20260102", "20260103"):
        folder = tmp_path / f"techbridge-{stamp}"
        folder.mkdir()
        (folder / "manifest.json").write_text("{}")
    removed = backup_prune(into=tmp_path, keep=2)
    assert [p.name for p in removed] == ["techbridge-20260101"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "techbridge-20260102",
        "techbridge-20260103",
    ]
