"""Uploads over the limit are refused from their declared size, before the body is read."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

FIFTY_MB = str(50 * 1024 * 1024)


def _declared(client: Client, path: str, size: str) -> Any:
    # The body is 10 bytes; the test client would fail if anything tried to read 50 MB of it.
    return client.generic(
        "POST", path, b"x" * 10, "multipart/form-data; boundary=zz", CONTENT_LENGTH=size
    )


def test_a_50_mb_page_upload_is_refused_before_it_is_read(client: Client) -> None:
    response = _declared(client, "/organisations/new/", FIFTY_MB)
    assert response.status_code == 413
    assert response["Connection"] == "close"
    assert "too large" in response.content.decode()


def test_a_50_mb_api_upload_is_refused_as_json() -> None:
    response = _declared(Client(), "/api/v1/profiles", FIFTY_MB)
    assert response.status_code == 413
    assert set(response.json()) == {"message", "fields"}


def test_the_spreadsheet_import_takes_larger_files(client: Client, settings: Any) -> None:
    """Imports have their own, larger limit: 50 MB passes the door (the form decides)."""
    assert _declared(client, "/data/imports/", FIFTY_MB).status_code != 413
    big = str(settings.TECHBRIDGE["IMPORT_MAX_BYTES"] + (2 << 20))
    assert _declared(client, "/data/imports/", big).status_code == 413


def test_a_normal_request_passes(client: Client) -> None:
    assert client.get("/").status_code == 200
