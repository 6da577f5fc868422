"""`techbridge bench load` drives a running server through its mix (eight seconds, one user,
against the test's live server): the requests answered, none refused."""

from __future__ import annotations

from typing import Any

import pytest

from techbridge.tooling.bench import load
from tests.factories import MembershipFactory, ProfileFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_mix_is_driven_without_errors(live_server: Any) -> None:
    ProfileFactory(kind="offer")
    MembershipFactory()
    # one user: the test database (in-memory SQLite) locks tables between concurrent threads
    result = load.run(users=1, seconds=8, url=live_server.url, warmup=0)
    kinds = {name for name, _who, _path in load.mix(1)}
    assert set(result["by_request"]) == kinds
    assert result["requests"] >= 4 and result["errors"] == 0, result
    assert 0 < result["p50_ms"] <= result["p95_ms"] <= result["p99_ms"]
