"""Pages render in both languages and load nothing from another host."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from tests.conftest import login
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db

EXTERNAL = re.compile(r'(?:src|href)=["\'](?:https?:)?//', re.I)


def test_home_shows_figures(client):
    ProfileFactory(kind="offer")
    ProfileFactory(kind="request", organisation__country="CN", organisation__province="GD")
    response = client.get("/")
    assert response.status_code == 200
    figures = response.context["figures"]
    assert figures["offers"] == 1 and figures["requests"] == 1 and figures["provinces"] == 1


@pytest.mark.parametrize(
    "url",
    ["/", "/profiles/", "/organisations/", "/accounts/login/", "/accounts/signup/", "/api/v1/docs"],
)
def test_no_asset_from_another_host(client, url):
    body = client.get(url).content.decode()
    for match in EXTERNAL.finditer(body):
        line = body[match.start() : match.start() + 120]
        assert (
            'rel="nofollow' in line or "<a " in body[max(0, match.start() - 60) : match.start()]
        ), line


def test_language_switch_to_chinese(client):
    response = client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"}, follow=True)
    body = response.content.decode()
    assert 'lang="zh-Hans"' in body
    assert "技术" in body  # translated navigation


def test_htmx_list_returns_fragment(client):
    ProfileFactory(title="Hydrogen storage alloy")
    response = client.get("/profiles/?q=hydrogen", HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "Hydrogen storage alloy" in body
    assert "<html" not in body


def test_list_query_count(client, django_assert_max_num_queries):
    ProfileFactory.create_batch(15)
    with django_assert_max_num_queries(5):
        client.get("/profiles/")


@pytest.mark.parametrize(
    "query",
    [
        "?page=-1",
        "?page=99999",
        "?page=abc",
        "?q=%00%00",
        "?sector=<script>",
        "?country=ZZZZ",
        "?q=" + "x" * 3000,
    ],
)
def test_list_survives_bad_params(client, query):
    assert client.get("/profiles/" + query).status_code == 200


def test_dashboard_and_notifications(member):
    client = login(member)
    assert client.get("/dashboard/").status_code == 200
    assert client.get("/notifications/").status_code == 200
    assert client.post("/notifications/read/", {"id": "abc"}).status_code == 302


def test_anonymous_redirected_from_member_pages():
    for url in ("/dashboard/", "/profiles/new/", "/my/organisation/", "/my/api-tokens/"):
        response = Client().get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
