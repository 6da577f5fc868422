"""The knowledge base: who reads which article through every door (list, page, suggestions,
API, the articles linked from a case's replies, notifications), search in both languages,
staff writing and editing, and bad input."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.desk import article_reads, services
from techbridge.desk.models import Article, Visibility
from techbridge.notifications.models import Notification
from tests.conftest import login

pytestmark = pytest.mark.django_db


def write(actor: Any, slug: str, visibility: str, service: Any = None, **extra: Any) -> Article:
    data = {
        "slug": slug,
        "service_type": service,
        "visibility": visibility,
        "title_en": f"Patent filing {slug}",
        "title_zh": f"专利申请{slug}",
        "body_en": "Appoint a Chinese patent agency.",
        "body_zh": "委托中国专利代理机构。",
        **extra,
    }
    return services.article_save(actor=actor, data=data)


@pytest.fixture
def articles(legal_staff: Any, service: Any) -> dict[str, Article]:
    return {v: write(legal_staff, f"a-{v}", v, service) for v in Visibility.values}


READS = {
    "anonymous": {"public"},
    "lone_user": {"public"},
    "member": {"public", "members"},
    "outsider": {"public", "members"},
    "legal_staff": {"public", "members", "internal", "draft"},
}


def _client(who: str, request: Any) -> Client:
    return Client() if who == "anonymous" else login(request.getfixturevalue(who))


@pytest.mark.parametrize("who", list(READS))
def test_each_reader_reads_what_the_policy_allows_through_every_door(
    who: str, articles: dict[str, Article], service: Any, request: Any
) -> None:
    client = _client(who, request)
    allowed = READS[who]
    listing = client.get(reverse("desk:articles")).content.decode()
    api_list = {a["slug"] for a in client.get("/api/v1/desk/articles").json()}
    suggest = client.get(
        reverse("desk:article_suggest"), {"service": service.slug, "subject": "patent"}
    ).content.decode()
    for visibility, article in articles.items():
        readable = visibility in allowed
        page = client.get(reverse("desk:article", args=[article.slug]))
        assert page.status_code == (200 if readable else 404), (visibility, page.status_code)
        api = client.get(f"/api/v1/desk/articles/{article.slug}")
        assert api.status_code == (200 if readable else 404)
        assert (article.slug in listing) is readable
        assert (article.slug in api_list) is readable
        assert (article.slug in suggest) is readable
    assert client.get(reverse("desk:article", args=["no-such-article"])).status_code == 404


def test_search_in_either_language_finds_the_other_languages_article(
    legal_staff: Any, service: Any
) -> None:
    write(legal_staff, "filing", Visibility.PUBLIC, service, title_en="", body_en="")
    write(
        legal_staff, "tax", Visibility.PUBLIC, None, title_en="Tax benefits",
        title_zh="税收优惠", body_en="VAT exemption for registered contracts.", body_zh="免征增值税。",
    )  # fmt: skip
    found = article_reads.article_search(actor=None, q="专利")
    assert [a.slug for a in found] == ["filing"]
    assert [a.slug for a in article_reads.article_search(actor=None, q="taxes")] == ["tax"]
    assert [a.slug for a in article_reads.article_search(actor=None, q="增值税")] == ["tax"]
    assert article_reads.article_search(actor=None, q="zebra") == []


def test_a_title_word_ranks_first(legal_staff: Any) -> None:
    write(legal_staff, "body", Visibility.PUBLIC, title_en="Other", title_zh="其他",
          body_en="export licence", body_zh="")  # fmt: skip
    write(legal_staff, "title", Visibility.PUBLIC, title_en="Export licence", title_zh="",
          body_en="", body_zh="")  # fmt: skip
    assert [a.slug for a in article_reads.article_search(actor=None, q="licence")] == [
        "title",
        "body",
    ]


def test_request_form_suggests_articles_before_asking(
    articles: dict[str, Article], service: Any, member: Any
) -> None:
    page = login(member).get(reverse("desk:service", args=[service.slug]))
    body = page.content.decode()
    assert 'data-testid="before-you-ask"' in body
    assert articles["public"].slug in body and articles["members"].slug in body
    assert articles["internal"].slug not in body and articles["draft"].slug not in body


def test_suggestions_of_an_unknown_or_hostile_service_are_empty(client: Client) -> None:
    for params in ({"service": "nope"}, {"service": "x" * 5000, "subject": "\x00" * 10}, {}):
        response = client.get(reverse("desk:article_suggest"), params)
        assert response.status_code == 200
        assert b'data-testid="suggestions"' not in response.content


@pytest.fixture
def linked(case: Any, legal_staff: Any, articles: dict[str, Article]) -> Any:
    return services.case_reply(
        actor=legal_staff,
        case=case,
        body="See the articles.",
        articles=[articles["public"], articles["internal"]],
    )


def test_a_reply_points_to_articles_each_reader_sees_theirs(
    linked: Any, case: Any, member: Any, other_staff: Any, articles: dict[str, Article]
) -> None:
    page = login(member).get(reverse("desk:case", args=[case.pk])).content.decode()
    assert articles["public"].slug in page and articles["internal"].slug not in page
    api = login(member).get(f"/api/v1/desk/cases/{case.pk}").json()
    assert [m["articles"] for m in api["messages"]] == [[articles["public"].slug]]
    staff_page = login(other_staff).get(reverse("desk:case", args=[case.pk])).content.decode()
    assert articles["internal"].slug in staff_page
    for notice in Notification.objects.filter(user=member):
        assert articles["internal"].title_en not in f"{notice.title} {notice.body}"
    assert all(articles["internal"].title_en not in m.body for m in mail.outbox)


def test_drafts_are_never_linked_and_clients_link_nothing(
    case: Any, member: Any, legal_staff: Any, articles: dict[str, Article]
) -> None:
    message = services.case_reply(
        actor=legal_staff, case=case, body="x", articles=[articles["draft"]]
    )
    assert list(message.articles.all()) == []
    with pytest.raises(PermissionDenied):
        services.case_reply(actor=member, case=case, body="y", articles=[articles["public"]])
    response = login(member).post(
        f"/api/v1/desk/cases/{case.pk}/replies",
        {"body": "z", "articles": [articles["public"].slug]},
        content_type="application/json",
    )
    assert response.status_code == 422
    assert not case.messages.filter(body="z").exists()


def test_staff_link_articles_through_the_page_and_the_api(
    case: Any, legal_staff: Any, articles: dict[str, Article]
) -> None:
    client = login(legal_staff)
    client.post(
        reverse("desk:reply", args=[case.pk]),
        {"body": "page", "articles": [articles["public"].slug]},
    )
    assert [a.slug for a in case.messages.get(body="page").articles.all()] == ["a-public"]
    response = client.post(
        f"/api/v1/desk/cases/{case.pk}/replies",
        {"body": "api", "articles": ["a-members", "no-such"]},
        content_type="application/json",
    )
    assert response.status_code == 422 and not case.messages.filter(body="api").exists()


def test_staff_write_and_edit_an_article_on_the_page(legal_staff: Any, service: Any) -> None:
    client = login(legal_staff)
    response = client.post(
        reverse("desk:article_new"),
        {"service_type": service.pk, "visibility": "public", "title_en": "",
         "title_zh": "出口许可", "body_en": "", "body_zh": "正文"},
    )  # fmt: skip
    article = Article.objects.get(title_zh="出口许可")
    assert response.status_code == 302 and article.slug == "chukou-xuke"
    assert article.updated_by == legal_staff
    edit = client.post(
        reverse("desk:article_edit", args=[article.slug]),
        {"visibility": "members", "title_en": "Export licence", "title_zh": "出口许可",
         "body_en": "Text", "body_zh": "正文", "seen": article.version},
    )  # fmt: skip
    assert edit.status_code == 302
    article.refresh_from_db()
    assert article.visibility == "members" and article.history.count() == 2
    assert "export" in article.title_terms


def test_an_article_needs_a_title_and_nothing_is_saved(legal_staff: Any) -> None:
    response = login(legal_staff).post(
        reverse("desk:article_new"),
        {"visibility": "public", "title_en": "  ", "title_zh": "", "body_en": "Text"},
    )
    assert response.status_code == 200
    assert "Give the article a title" in response.content.decode()
    assert not Article.objects.exists()
    with pytest.raises(ValidationFailed):
        services.article_save(actor=legal_staff, data={"title_en": " ", "title_zh": ""})


def test_a_stale_edit_is_refused(legal_staff: Any, other_staff: Any) -> None:
    article = write(legal_staff, "stale", Visibility.PUBLIC)
    seen = article.version
    services.article_save(actor=other_staff, article=article, data={"body_en": "New"}, seen=seen)
    with pytest.raises(Conflict):
        services.article_save(
            actor=legal_staff, article=article, data={"body_en": "Old"}, seen=seen
        )
    article.refresh_from_db()
    assert article.body_en == "New"


@pytest.mark.parametrize("who", ["anonymous", "member", "lone_user"])
def test_only_staff_write_articles(who: str, request: Any, service: Any) -> None:
    client = _client(who, request)
    for url in (reverse("desk:article_new"),):
        response = client.post(url, {"visibility": "public", "title_en": "Mine"})
        assert response.status_code in (302, 403)
    assert not Article.objects.exists()
    if who != "anonymous":
        with pytest.raises(PermissionDenied):
            services.article_save(actor=request.getfixturevalue(who), data={"title_en": "x"})


def test_slugs_are_unique_and_avoid_the_pages_addresses(legal_staff: Any) -> None:
    a = services.article_save(actor=legal_staff, data={"title_en": "New"})
    b = services.article_save(actor=legal_staff, data={"title_en": "New"})
    assert a.slug not in ("new", b.slug)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(q=st.text(max_size=300))
def test_any_search_text_answers_without_error(q: str, client: Client, articles: Any) -> None:
    assert client.get(reverse("desk:articles"), {"q": q}).status_code == 200
    assert client.get("/api/v1/desk/articles", {"q": q}).status_code == 200
    assert article_reads.article_search(actor=None, q=q) is not None


def test_list_query_count_is_bounded(
    client: Client, legal_staff: Any, service: Any, django_assert_max_num_queries: Any
) -> None:
    for i in range(12):
        write(legal_staff, f"n{i}", Visibility.PUBLIC, service)
    with django_assert_max_num_queries(6):
        client.get(reverse("desk:articles"), {"q": "patent"})


def test_updated_at_moves_on_edit(legal_staff: Any) -> None:
    article = write(legal_staff, "t", Visibility.PUBLIC)
    later = article.updated_at + timedelta(hours=1)
    services.article_save(actor=legal_staff, article=article, data={}, now=later)
    article.refresh_from_db()
    assert article.updated_at == later
