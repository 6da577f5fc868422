"""`techbridge bench load`: the platform under load (issue 17, point 8).

Starts the production set-up (gunicorn, `--workers 2 --threads 4` as `make demo`, DEBUG off)
on the database this command uses (DATABASE_URL; PostgreSQL for the target, with the demo
loaded and the static files collected), or drives one already running (`--url`). `--users` threads
on this machine (20 by default) each keep one HTTP connection and walk a fixed mix of
anonymous pages, a member's pages (a session) and API calls (a member's token) for
`--seconds` (60); the first seconds warm the processes up and are not counted. Prints
requests/s, p50/p95/p99 in ms and errors (any status >= 400 or a broken connection), overall
and per kind of request, as JSON. Target on 2 cores (docs/scaling.md): >= 120 requests/s,
p95 <= 250 ms, 0 errors."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.db import connection

SEARCH = "/search/?" + urllib.parse.urlencode({"q": "电池回收"})
WARMUP = 5.0


def mix(offer_id: int) -> list[tuple[str, str, str]]:
    """(name, who, path): who is anonymous, member (session) or token (API)."""
    return [
        ("home", "anonymous", "/"),
        ("search", "anonymous", SEARCH),
        ("offer", "anonymous", f"/profiles/{offer_id}/"),
        ("api-profiles", "anonymous", "/api/v1/profiles"),
        ("offers-list", "anonymous", "/profiles/"),
        ("dashboard", "member", "/dashboard/"),
        ("search-member", "member", SEARCH),
        ("api-matches", "token", "/api/v1/matches"),
        ("api-connections", "token", "/api/v1/deals/connections"),
        ("offer-member", "member", f"/profiles/{offer_id}/"),
    ]


def _credentials() -> tuple[int, str, str]:
    """A published public offer, a member's session cookie and API token (from the demo)."""
    from django.contrib.sessions.backends.db import SessionStore

    from techbridge.accounts.models import Membership
    from techbridge.accounts.services import api_token_create
    from techbridge.profiles.models import TechnologyProfile

    offer = (
        TechnologyProfile.objects.filter(status="published", visibility="public", kind="offer")
        .order_by("id")
        .first()
    )
    member = Membership.objects.select_related("user").order_by("id").first()
    if offer is None or member is None:
        raise RuntimeError("no published offer or member: load the demo first (techbridge demo)")
    user = member.user
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    token = api_token_create(actor=user, name="bench load")[1]
    return offer.pk, store.session_key or "", token


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _server(workers: int) -> Iterator[str]:
    """gunicorn as in production (on this process's DATABASE_URL), until the block ends."""
    port = _free_port()
    env = dict(os.environ, DJANGO_DEBUG="0", DJANGO_SETTINGS_MODULE="techbridge.settings")
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    argv = [gunicorn, "techbridge.wsgi", "--bind", f"127.0.0.1:{port}"]
    argv += ["--workers", str(workers), "--threads", "4", "--log-level", "warning"]
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
    try:
        _wait_until_up(port, proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _wait_until_up(port: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("gunicorn stopped while starting")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/health")
            if conn.getresponse().status < 500:
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError("gunicorn did not answer within 120 s")


class Walker(threading.Thread):
    """One user: walks the mix from its own starting point, on one kept-alive connection."""

    def __init__(self, n: int, base: str, plan: list[Any], headers: dict[str, dict[str, str]]):
        super().__init__(daemon=True)
        self.n, self.plan, self.headers = n, plan, headers
        self.host = urllib.parse.urlsplit(base)
        self.samples: list[tuple[str, float, bool]] = []
        self.start_at = self.stop_at = 0.0

    def _connect(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host.hostname, self.host.port, timeout=30)

    def run(self) -> None:
        conn, i = self._connect(), self.n
        while (now := time.monotonic()) < self.stop_at:
            name, who, path = self.plan[i % len(self.plan)]
            i += 1
            try:
                conn.request("GET", path, headers=self.headers[who])
                response = conn.getresponse()
                response.read()
                ok = response.status < 400
            except (OSError, http.client.HTTPException):
                conn.close()
                conn, ok = self._connect(), False
            if now >= self.start_at:
                self.samples.append((name, time.monotonic() - now, ok))
        conn.close()


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return round(1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)


def _summary(samples: list[tuple[str, float, bool]], seconds: float) -> dict[str, Any]:
    times = [t for _n, t, _ok in samples]
    return {
        "requests": len(samples),
        "requests_per_s": round(len(samples) / seconds, 1),
        "p50_ms": _percentile(times, 0.50),
        "p95_ms": _percentile(times, 0.95),
        "p99_ms": _percentile(times, 0.99),
        "errors": sum(1 for _n, _t, ok in samples if not ok),
    }


def drive(
    base: str, plan: list[Any], headers: dict[str, Any], users: int, seconds: float,
    warmup: float = WARMUP,
) -> Any:  # fmt: skip
    walkers = [Walker(n, base, plan, headers) for n in range(users)]
    start = time.monotonic()
    for w in walkers:
        w.start_at, w.stop_at = start + warmup, start + warmup + seconds
        w.start()
    for w in walkers:
        w.join()
    samples = [s for w in walkers for s in w.samples]
    by_kind = {
        name: _summary([s for s in samples if s[0] == name], seconds)
        for name in sorted({n for n, _w, _p in plan})
    }
    return {**_summary(samples, seconds), "by_request": by_kind}


def run(
    *, users: int = 20, seconds: float = 60, workers: int = 2, url: str | None = None,
    warmup: float = WARMUP,
) -> Any:  # fmt: skip
    offer_id, session, token = _credentials()
    headers = {
        "anonymous": {},
        "member": {"Cookie": f"{settings.SESSION_COOKIE_NAME}={session}"},
        "token": {"Authorization": f"Bearer {token}"},
    }
    plan = mix(offer_id)
    meta = {"users": users, "seconds": seconds, "database": connection.vendor}
    if url:
        return {**meta, "url": url, **drive(url, plan, headers, users, seconds, warmup)}
    with _server(workers) as base:
        return {**meta, "workers": workers, **drive(base, plan, headers, users, seconds, warmup)}


def add_arguments(parser: Any) -> None:
    """`bench load`'s own options."""
    parser.add_argument("--users", type=int, default=20, help="load only: concurrent users")
    parser.add_argument("--seconds", type=float, default=60, help="load only: measured seconds")
    parser.add_argument("--url", default=None, help="load only: drive this running server")


def run_from_options(options: dict[str, Any]) -> dict[str, Any]:
    """`bench load`'s arguments, checked, then the run."""
    from django.core.management.base import CommandError

    if not 1 <= options["users"] <= 500 or not 1 <= options["seconds"] <= 3600:
        raise CommandError("--users is 1 to 500 and --seconds 1 to 3,600")
    workers = options["workers"] or 2
    if not 1 <= workers <= 16:
        raise CommandError("--workers is 1 to 16")
    return run(
        users=options["users"], seconds=options["seconds"], workers=workers, url=options["url"]
    )
