"""The screenshots of docs/screenshots/first-hour/, at 1280 and 390 px in both languages.

Not a check: runs only when TECHBRIDGE_SCREENSHOTS names the folder to write, e.g.
`TECHBRIDGE_SCREENSHOTS=docs/screenshots/first-hour/after .venv/bin/python -m pytest
tests/e2e/test_screenshots.py -p no:randomly` (the "before" set was taken by the same file on
the commit before issue 18's changes, 97452a5). `make screenshots` installs the CJK fonts and
takes the "after" set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.test import Client

from techbridge.accounts.models import User
from techbridge.tooling.demo_loader import MEMBER_CN_EMAIL, load_demo

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

OUT = os.environ.get("TECHBRIDGE_SCREENSHOTS", "")
PAGES = {
    "home": "/",
    "dashboard": "/dashboard/",
    "profile-form": "/profiles/new/",
    "profiles": "/profiles/",
    "results": "/results/",
}


@pytest.mark.skipif(not OUT, reason="TECHBRIDGE_SCREENSHOTS is not set")
def test_take_screenshots(browser, live_server):
    load_demo(apps=())
    out = Path(OUT)
    out.mkdir(parents=True, exist_ok=True)
    client = Client()
    client.force_login(User.objects.get(email=MEMBER_CN_EMAIL))
    session = client.cookies["sessionid"].value
    for language, code in (("en", "en"), ("zh", "zh-hans")):
        for width in (1280, 390):
            context = browser.new_context(viewport={"width": width, "height": 900})
            context.add_cookies(
                [
                    {"name": "django_language", "value": code, "url": live_server.url},
                    {"name": "sessionid", "value": session, "url": live_server.url},
                ]
            )
            page = context.new_page()
            for name, path in PAGES.items():
                page.goto(live_server.url + path)
                page.screenshot(path=str(out / f"{name}-{language}-{width}.png"))
            context.close()
