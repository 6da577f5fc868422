"""Query counts of the main pages (issue 17, point 8): each page's count is pinned, and does
not grow with the rows it lists (no query per row)."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.conftest import login
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db

# page -> the most queries it may make (as measured when pinned, 2026-12-07, caches warm)
PAGES = {
    "/": 7,
    "/profiles/": 2,
    "/search/?q=battery": 5,
    "/organisations/": 2,
    "/results/": 11,
    "/events/": 2,
}
MEMBER_PAGES = {
    "/dashboard/": 15,
    "/matches/": 5,
    "/connections/": 5,
}


def count(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def _rows(n: int, member: Any = None) -> None:
    org = member.memberships.first().organisation if member else None
    for i in range(n):
        extra = {"organisation": org} if org and i % 2 else {}
        ProfileFactory(title=f"Lithium battery recycling {i}", **extra)


@pytest.mark.parametrize("url", list(PAGES))
def test_anonymous_pages_are_pinned_and_flat(url: str) -> None:
    _rows(3)
    client = Client()
    client.get(url)  # caches warm, as in production
    few = count(client, url)
    _rows(12)
    many = count(client, url)
    assert many <= PAGES[url], (url, many)
    assert many == few, (url, few, many)


@pytest.mark.parametrize("url", list(MEMBER_PAGES))
def test_member_pages_are_pinned_and_flat(url: str, member: Any) -> None:
    _rows(3, member)
    client = login(member)
    client.get(url)
    few = count(client, url)
    _rows(12, member)
    many = count(client, url)
    assert many <= MEMBER_PAGES[url], (url, many)
    assert many == few, (url, few, many)


@pytest.mark.parametrize("path", ["/api/v1/profiles", "/api/v1/organisations"])
def test_api_lists_are_pinned_and_flat(path: str) -> None:
    _rows(3)
    few = count(Client(), path)
    _rows(12)
    many = count(Client(), path)
    assert many <= 2 and many == few, (path, few, many)
