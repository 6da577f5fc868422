"""Panels and menu entries: a lower app's page shows what upper apps registered, without
knowing them; a panel whose context is None stays hidden; typos in slots fail loudly."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import engines
from django.test import RequestFactory

from techbridge.core import panels as registry
from techbridge.core.panels import MenuItem, Panel, register_menu_item, register_panel
from tests.conftest import login
from tests.factories import MembershipFactory, ProfileFactory, StaffFactory


@pytest.fixture
def clean_registry(monkeypatch: Any, settings: Any, tmp_path: Any) -> None:
    monkeypatch.setattr(registry, "_panels", {})
    monkeypatch.setattr(registry, "_menu", {})
    (tmp_path / "panel.html").write_text("[{{ flavour }}:{{ panel.name }}]\n")
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [*engine["DIRS"], tmp_path]}]


def render(source: str, user: Any, **context: Any) -> str:
    request = RequestFactory().get("/")
    request.user = user
    return engines["django"].from_string(source).render({**context, "user": user}, request)


def test_panels_render_in_order_and_hide_on_none(clean_registry: None) -> None:
    seen: list[Any] = []

    def shown(request: Any, objects: Any) -> dict[str, Any]:
        seen.append(objects)
        return {"flavour": "chestnut"}

    register_panel(Panel("event_detail", "b.second", "panel.html", shown, order=20))
    register_panel(
        Panel("event_detail", "a.first", "panel.html", lambda r, o: {"flavour": 1}, order=10)
    )
    register_panel(Panel("event_detail", "c.hidden", "panel.html", lambda r, o: None))
    out = render(
        '{% load panels %}{% panels "event_detail" event=thing %}', AnonymousUser(), thing=7
    )
    assert out.split() == ["[1:a.first]", "[chestnut:b.second]"]
    assert seen == [{"event": 7}]


def test_unknown_slot_is_refused(clean_registry: None) -> None:
    with pytest.raises(ValueError, match="slot"):
        register_panel(Panel("profile_detial", "x.y", "t.html", lambda r, o: {}))
    with pytest.raises(ValueError, match="slot"):
        render('{% load panels %}{% panels "nowhere" %}', AnonymousUser())


@pytest.mark.django_db
def test_menu_by_audience(clean_registry: None) -> None:
    register_menu_item(MenuItem("a.public", "Everyone", "web:home", order=2, query="?x=1"))
    register_menu_item(MenuItem("a.member", "Members", "web:dashboard", audience="member"))
    register_menu_item(MenuItem("a.staff", "Staff", "admin:index", audience="staff"))
    register_menu_item(MenuItem("a.gone", "Not mounted", "nowhere:at_all"))
    source = '{% load panels %}{% menu "public" %}|{% menu "member" %}|{% menu "staff" %}'
    assert render(source, AnonymousUser()) == '<a href="/?x=1" data-menu="a.public">Everyone</a>||'
    staff = render(source, StaffFactory())
    assert "Everyone" in staff and "Members" in staff and "Staff" in staff


@pytest.mark.django_db
def test_profile_page_shows_the_upper_apps_panels() -> None:
    """The profile page (profiles) shows deals' contact box and matches' panel to the owner,
    through the registry: profiles imports neither."""
    profile = ProfileFactory()
    owner = MembershipFactory(organisation=profile.organisation).user
    page = login(owner).get(f"/profiles/{profile.id}/").text
    assert 'data-testid="contact-box"' in page and 'data-testid="profile-matches"' in page
