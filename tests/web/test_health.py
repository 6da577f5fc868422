"""The monitoring endpoint."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client


@pytest.mark.django_db
def test_health_says_the_database_answers() -> None:
    response = Client().get("/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok" and response.json()["counters"] == "database"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_reports_redis_down(settings: Any) -> None:
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "REDIS_URL": "redis://127.0.0.1:1/0"}
    body = Client().get("/health").json()
    assert body["status"] == "ok" and body["counters"] == "database (redis unreachable)"


@pytest.mark.django_db
def test_health_is_503_when_the_database_does_not_answer(monkeypatch: Any) -> None:
    from techbridge.web import health

    monkeypatch.setattr(health, "_database", lambda: False)
    response = Client().get("/health")
    assert response.status_code == 503 and response.json()["status"] == "error"
