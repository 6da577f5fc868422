"""One Redis setting: REDIS_URL makes both the shared cache and the shared counters Redis;
the old TECHBRIDGE_REDIS_URL is no longer read and `techbridge check` says so; the client is
listed once in pyproject.toml."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import django, json; django.setup(); from django.conf import settings; "
    "from django.core import checks; "
    "print(json.dumps({'cache': settings.CACHES['default']['BACKEND'], "
    "'location': settings.CACHES['default'].get('LOCATION', ''), "
    "'counters': settings.TECHBRIDGE['REDIS_URL'], "
    "'checks': [m.id for m in checks.run_checks()]}))"
)


def _settings_with(**env: str) -> dict[str, object]:
    clean = {k: v for k, v in os.environ.items() if "REDIS_URL" not in k}
    clean.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**clean, "DJANGO_SETTINGS_MODULE": "techbridge.settings", **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_redis_url_is_the_one_setting_for_cache_and_counters() -> None:
    url = "redis://127.0.0.1:1/3"  # nothing listens there: only the configuration is read
    seen = _settings_with(REDIS_URL=url)
    assert seen["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert seen["location"] == url and seen["counters"] == url


def test_the_old_variable_is_no_longer_read_and_the_check_says_so() -> None:
    seen = _settings_with(TECHBRIDGE_REDIS_URL="redis://127.0.0.1:1/3")
    assert seen["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert seen["counters"] == ""
    assert "techbridge.W002" in seen["checks"]


def test_no_dependency_is_listed_twice() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for group in [project["dependencies"], *project["optional-dependencies"].values()]:
        names = [re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0].lower() for d in group]
        assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
