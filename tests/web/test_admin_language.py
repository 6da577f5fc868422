"""Issue 18: the back office in Chinese shows no English app, model or field name."""

from __future__ import annotations

import re
from html.parser import HTMLParser
import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# Latin words the Chinese back office may show: names, abbreviations, identifiers.
ALLOWED = {
    "techbridge", "api", "b2b", "trl", "ip", "nda", "pdf", "csv", "xlsx", "ics", "cpd", "kyc",
    "sla", "qr", "cny", "id", "url", "token", "django", "email", "html", "json", "utc",
    "sqlite", "postgresql", "uuid",
}  # fmt: skip
LATIN = re.compile(r"[A-Za-z][A-Za-z'-]+")


class _Text(HTMLParser):
    """Visible text of a page (scripts, styles and user-entered values left out)."""

    SKIP = {"script", "style", "code", "pre", "textarea", "option"}

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.depth and data.strip():
            self.chunks.append(data.strip())


def english_words(html: str) -> set[str]:
    parser = _Text()
    parser.feed(html)
    words = set()
    for chunk in parser.chunks:
        chunk = re.sub(r"https?://\S+|[\w.+-]+@[\w.-]+|/[\w./-]*|\b\w*\d\w*\b", " ", chunk)
        words |= {w for w in LATIN.findall(chunk) if w.lower() not in ALLOWED}
    return words


@pytest.fixture
def chinese_admin() -> Client:
    user = UserFactory(is_staff=True, is_superuser=True, preferred_language="zh-hans")
    client = Client()
    client.force_login(user)
    client.cookies["django_language"] = "zh-hans"
    return client


def test_admin_index_and_forms_in_chinese(chinese_admin: Client) -> None:
    found: dict[str, set[str]] = {}
    urls = [reverse("admin:index")]
    for model in admin.site._registry:
        meta = model._meta
        if not meta.app_label.startswith(("accounts", "profiles", "deals", "events", "desk")):
            continue
        urls.append(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"))
        urls.append(reverse(f"admin:{meta.app_label}_{meta.model_name}_add"))
    for url in urls:
        response = chinese_admin.get(url)
        if response.status_code != 200:
            continue  # an add view some models do not offer
        words = english_words(response.content.decode())
        if words:
            found[url] = words
    assert found == {}, "\n".join(f"{u}: {sorted(w)}" for u, w in found.items())


def test_admin_index_names_every_app_in_chinese(chinese_admin: Client) -> None:
    page = chinese_admin.get(reverse("admin:index")).content.decode()
    assert "Tasks Database Backend" not in page and "后台任务" in page
    assert english_words(page) == set()

