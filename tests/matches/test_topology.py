"""The production topology on one machine (docs/scaling.md): two web nodes (gunicorn, each
started from its own working directory with its own data directory, so its own search
segments) and a task worker (`db_worker`), all on one PostgreSQL database, with
TASKS_BACKEND=database. A staff member approves a request through node A; the worker
indexes it and computes its matches; node B finds it in search and shows its matches. Then
the login lockout: failures through node A lock the account on node B.

PostgreSQL only, and only when asked for (``make test-topology``): it starts five processes
and took 140 s on the shared 2-core machine at load 15, over the suite's one-minute budget
for a single test."""

from __future__ import annotations

import html
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from http.cookiejar import Cookie, CookieJar
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from techbridge.matches import engine
from tests.factories import PASSWORD
from tests.matches.conftest import chinese_request

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

BIN = Path(sys.executable).parent
SEARCH = "/search/?" + urllib.parse.urlencode({"q": "锂电池回收"})
WAIT = 90.0  # seconds a node or the worker may take (2 cores shared by many jobs)
LOGIN = "/accounts/login/"
LOGIN_LIMIT = 3  # failed sign-ins of one account before it is locked (on every node)


@pytest.fixture(autouse=True)
def _postgres_only() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the topology test runs on PostgreSQL")
    if os.environ.get("TECHBRIDGE_TOPOLOGY_TEST") != "1":
        pytest.skip("run with `make test-topology` (TECHBRIDGE_TOPOLOGY_TEST=1)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _environment(var: Path) -> dict[str, str]:
    db = connection.settings_dict
    url = f"postgresql://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "DJANGO_SETT"))}
    env.update(
        DATABASE_URL=url,
        TASKS_BACKEND="database",
        TECHBRIDGE_TESTING="1",  # the hashing encoder: no model to load
        TECHBRIDGE_VAR=str(var),
        TECHBRIDGE_SEARCH_INDEX_DIR=str(var / "search"),
        DJANGO_DEBUG="1",
        DJANGO_SETTINGS_MODULE="techbridge.settings",
        TECHBRIDGE_LOGIN_FAILURES_PER_ACCOUNT=str(LOGIN_LIMIT),
    )
    return env


class Launcher:
    """Starts processes, each in its own working directory; `tail()` shows their output."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.procs: list[subprocess.Popen[bytes]] = []

    def __call__(self, name: str, *argv: str) -> subprocess.Popen[bytes]:
        cwd = self.root / name
        (cwd / "var").mkdir(parents=True)
        with (cwd / "log").open("wb") as log:
            proc = subprocess.Popen(
                argv, cwd=cwd, env=_environment(cwd / "var"), stdout=log, stderr=subprocess.STDOUT
            )
        self.procs.append(proc)
        return proc

    def tail(self) -> str:
        return "\n".join(
            f"== {log.parent.name}\n{log.read_text(errors='replace')[-3000:]}"
            for log in sorted(self.root.glob("*/log"))
        )

    def until(self, what: str, check: Callable[[], bool]) -> None:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            died = [p.args for p in self.procs if p.poll() is not None]
            assert not died, f"{died} died while waiting for {what}\n{self.tail()}"
            if check():
                return
            time.sleep(0.3)
        raise AssertionError(f"{what}: not within {WAIT:.0f} s\n{self.tail()}")

    def stop(self) -> None:
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Launcher]:
    launcher = Launcher(tmp_path)
    yield launcher
    launcher.stop()


class Node:
    """A browser of one web node: a session cookie and the CSRF dance."""

    def __init__(self, port: int, session: str | None = None) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.jar = CookieJar()
        if session:
            self.jar.set_cookie(_cookie("sessionid", session))
        handler = urllib.request.HTTPCookieProcessor(self.jar)
        self.opener = urllib.request.build_opener(handler, _NoRedirect)

    def get(self, path: str) -> tuple[int, str]:
        try:
            with self.opener.open(self.base + path, timeout=WAIT) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode(errors="replace")

    def post(self, path: str, data: dict[str, str], *, form: str) -> int:
        """Posts ``data`` to ``path`` with the CSRF token of the page ``form``."""
        _status, page = self.get(form)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert token, f"no form at {form}"
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token.group(1)}).encode()
        req = urllib.request.Request(  # noqa: S310 - an http:// address this test made
            self.base + path, data=body, headers={"Referer": self.base}
        )
        try:
            with self.opener.open(req, timeout=WAIT) as r:
                return int(r.status)
        except urllib.error.HTTPError as e:
            return int(e.code)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _cookie(name: str, value: str) -> Cookie:
    return Cookie(
        0, name, value, None, False, "127.0.0.1", False, False, "/", True, False, None, True,
        None, None, {},
    )  # fmt: skip


def _session(user: Any) -> str:
    client = Client()
    client.force_login(user)  # the session row is committed: every node reads it
    return str(client.cookies["sessionid"].value)


def _up(node: Node) -> bool:
    try:
        return node.get("/")[0] in (200, 302)
    except OSError:
        return False


def test_publish_through_one_node_is_found_through_the_other(
    market: Any, cn_org: Any, cn_member: Any, staff: Any, start: Launcher
) -> None:
    request = chinese_request(cn_org)
    engine.reset()
    ports = [_free_port(), _free_port()]
    gunicorn = [str(BIN / "gunicorn"), "techbridge.wsgi:application", "--timeout", "120"]
    for i, port in enumerate(ports):
        start(f"web{i}", *gunicorn, "--bind", f"127.0.0.1:{port}")
    start("worker", str(BIN / "techbridge"), "db_worker", "--interval", "0.2")
    a, b = Node(ports[0], _session(staff)), Node(ports[1], _session(cn_member))
    anonymous_b = Node(ports[1])
    start.until("both nodes answering", lambda: _up(a) and _up(b))
    assert anonymous_b.get(SEARCH)[1].count(f"/profiles/{request.id}/") == 0

    approve = {"decision": "approve"}
    assert a.post(f"/profiles/review/{request.id}/", approve, form="/profiles/review/") == 302

    def found() -> bool:
        return f"/profiles/{request.id}/" in anonymous_b.get(SEARCH)[1]

    start.until("the profile in node B's search", found)
    offer = market["offers"]["hydromet"]

    def matched() -> bool:
        status, page = b.get("/matches/")
        return status == 200 and html.escape(offer.title) in page

    start.until("the profile's matches on node B", matched)

    # Rate limits are shared (issue 17, point 10): failures through node A lock the account
    # on node B too, and only that account: another person behind the same address signs in.
    def sign_in(port: int, email: str, password: str) -> int:
        return Node(port).post(LOGIN, {"login": email, "password": password}, form=LOGIN)

    for _attempt in range(LOGIN_LIMIT):
        assert sign_in(ports[0], cn_member.email, "wrong password") == 200
    assert sign_in(ports[1], cn_member.email, PASSWORD) == 200  # refused: locked (302 = in)
    assert sign_in(ports[1], staff.email, PASSWORD) == 302
