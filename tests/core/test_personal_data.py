"""Personal data, app by app (issue 17, point 11): every reference to a person is declared by
some app's section (as personal data, or as a record of which member of staff acted), and the
download gathers every section for the person, with nobody else's data."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.test import Client

from techbridge.core import personal_data
from tests.accounts.test_privacy import _bearer
from tests.factories import MembershipFactory, ProfileFactory

pytestmark = pytest.mark.django_db

APPS_WITH_PEOPLE = {
    "accounts",
    "notifications",
    "profiles",
    "search",
    "matches",
    "deals",
    "events",
    "desk",
    "domiciliation",
    "incubation",
    "training",
    "exchange",
}


def references_to_people() -> set[str]:
    user = get_user_model()
    found = set()
    for model in apps.get_models():
        if model.__name__.startswith("Historical"):
            continue  # the audit trail: kept, showing "Deleted user" after erasure
        for f in model._meta.concrete_fields:
            if f.is_relation and f.related_model is user:
                found.add(f"{model._meta.app_label}.{model.__name__}.{f.name}")
    return found


def test_every_reference_to_a_person_is_declared() -> None:
    declared: set[str] = set()
    for section in personal_data.sections():
        declared |= set(section.covers) | set(section.not_personal)
    assert references_to_people() - declared == set()
    assert declared - references_to_people() == set()  # no stale names


def test_each_app_that_holds_people_has_a_section() -> None:
    keys = {s.key.split(".")[0] for s in personal_data.sections()}
    installed = {a.label for a in apps.get_app_configs()}
    assert APPS_WITH_PEOPLE & installed <= keys


def test_the_download_has_every_section_and_nobody_elses_profiles() -> None:
    me, other = MembershipFactory().user, MembershipFactory().user
    mine = ProfileFactory(created_by=me, title="Mine")
    ProfileFactory(created_by=other, title="Not mine")
    body = Client().get("/api/v1/me/personal-data", **_bearer(me)).json()
    assert set(body["sections"]) == {s.key for s in personal_data.sections()}
    assert [p["title"] for p in body["sections"]["profiles.profiles"]] == [mine.title]
