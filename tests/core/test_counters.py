"""Shared counters (core.counters): atomic, shared by processes, Redis optional with the
database as the fallback that still holds when Redis is down."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from techbridge.accounts import lockout
from techbridge.core import counters

pytestmark = pytest.mark.django_db

TEST_REDIS_URL = os.environ.get("TECHBRIDGE_TEST_REDIS_URL", "redis://127.0.0.1:6379/9")

# One process of the web tier, with only what the lockout needs (the full settings take
# seconds to start on a loaded machine): it records failures of one account, or migrates,
# then prints the account's counter and whether it is locked.
WORKER = """
import os, sys, django
from django.conf import settings
settings.configure(
    INSTALLED_APPS=["techbridge.core"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["DB"],
                           "OPTIONS": {"timeout": 20, "transaction_mode": "IMMEDIATE",
                                       "init_command": "PRAGMA journal_mode=WAL;"}}},
    USE_TZ=True,
    TECHBRIDGE={"REDIS_URL": os.environ["REDIS_URL"], "REDIS_PREFIX": os.environ["PREFIX"]},
)
django.setup()
if sys.argv[1] == "migrate":
    from django.core.management import call_command
    call_command("migrate", "core", verbosity=0)
    sys.exit(0)
from techbridge.accounts import lockout
from techbridge.accounts import lockout
from techbridge.core import counters
for _ in range(int(sys.argv[2])):
    lockout.record_failure(None, "shared@example.com")
key = lockout._account_key("shared@example.com")
print(counters.get(key), lockout.is_locked(None, "shared@example.com"))
"""


def _redis_or_skip() -> str:
    import redis

    try:
        redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=0.5).ping()
    except Exception:  # pragma: no cover - depends on the machine
        pytest.skip(f"Redis not reachable at {TEST_REDIS_URL}")
    return TEST_REDIS_URL


@pytest.fixture
def redis_store(settings: Any) -> Any:
    """Redis with a prefix of this test's own: parallel workers and other people's runs on
    the same Redis never see each other's keys."""
    url = _redis_or_skip()
    prefix = f"tbtest:{uuid.uuid4().hex}:"
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "REDIS_URL": url, "REDIS_PREFIX": prefix}
    store = counters.store()
    yield store
    for key in store.client.scan_iter(f"{prefix}*"):
        store.client.delete(key)


def test_database_store_counts_and_expires() -> None:
    store = counters.DatabaseStore()
    assert [store.hit("k", 60) for _ in range(3)] == [1, 2, 3]
    assert store.get("k") == 3
    assert store.hit("gone", 0) == 1  # expires at once
    assert store.get("gone") == 0 and store.hit("gone", 60) == 1
    store.reset("k")
    assert store.get("k") == 0


def test_redis_store_counts_with_its_own_prefix(redis_store: Any) -> None:
    assert isinstance(redis_store, counters.RedisStore)
    assert [counters.hit("k", 60) for _ in range(3)] == [1, 2, 3]
    assert redis_store.client.ttl(redis_store.prefix + "k") > 0
    counters.reset("k")
    assert counters.get("k") == 0


def test_redis_down_falls_back_to_the_database(settings: Any, caplog: Any) -> None:
    settings.TECHBRIDGE = {
        **settings.TECHBRIDGE,
        "REDIS_URL": "redis://127.0.0.1:1/0",  # nothing listens there
        "REDIS_PREFIX": f"tbtest:{uuid.uuid4().hex}:",
    }
    assert [counters.hit("k", 60) for _ in range(2)] == [1, 2]
    assert counters.DatabaseStore().get("k") == 2
    assert counters.get("k") == 2
    assert "Redis unreachable" in caplog.text


def _run_two_processes(tmp_path: Path, redis_url: str, prefix: str, n: int) -> list[str]:
    """Two processes record `n` failures each at the same time; a third reads the result."""
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {
        **os.environ,
        "PYTHONPATH": src,
        "DB": str(tmp_path / "shared.sqlite3"),
        "REDIS_URL": redis_url,
        "PREFIX": prefix,
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    worker = [sys.executable, "-c", WORKER]
    subprocess.run([*worker, "migrate"], env=env, check=True)
    procs = [subprocess.Popen([*worker, "fail", str(n)], env=env) for _ in "ab"]
    for p in procs:
        assert p.wait(timeout=120) == 0
    reader = subprocess.run([*worker, "read", "0"], env=env, check=True, capture_output=True)
    return reader.stdout.decode().split()


def test_lockout_holds_across_processes_on_the_database(tmp_path: Path) -> None:
    """Two workers record 20 failures each of one account at the same time: a third process
    sees the account locked, and every increment counted (atomic across processes)."""
    count, locked = _run_two_processes(tmp_path, "", "", 20)
    assert (count, locked) == ("40", "True")


def test_lockout_holds_across_processes_on_redis(tmp_path: Path) -> None:
    url = _redis_or_skip()
    prefix = f"tbtest:{uuid.uuid4().hex}:"
    import redis

    client = redis.Redis.from_url(url)
    try:
        count, locked = _run_two_processes(tmp_path, url, prefix, 20)
        # Counted in Redis itself, not in the fallback database.
        assert client.get(prefix + lockout._account_key("shared@example.com")) == b"40"
    finally:
        for key in client.scan_iter(f"{prefix}*"):
            client.delete(key)
    assert (count, locked) == ("40", "True")
