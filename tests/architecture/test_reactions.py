"""Reactions are declared and explicit: who reacts to a profile or organisation change, and a
staff approval under the database task backend runs no indexing, alert or matching inside the
request (a worker does)."""

from __future__ import annotations

from typing import Any

import pytest
from django_tasks_db.models import DBTaskResult

from techbridge.accounts import services as accounts
from techbridge.accounts.changes import organisation_changed
from techbridge.matches import engine
from techbridge.matches.models import Match
from techbridge.profiles.changes import ProfileAction, ProfileChange, profile_changed
from techbridge.search.models import OrganisationDocument, SearchDocument
from techbridge.search.services import saved_search_create
from tests.conftest import login
from tests.factories import OrganisationFactory, ProfileFactory

pytestmark = pytest.mark.django_db
ALL = frozenset(ProfileAction)


def _handled(name: str) -> frozenset[ProfileAction]:
    reaction = next(r for r in profile_changed.reactions() if r.name == name)
    return frozenset(a for a in ALL if reaction.when(ProfileChange((1,), a)))


def test_the_declared_reactions_to_a_profile_change() -> None:
    names = [r.name for r in profile_changed.reactions()]
    assert names.index("search.index") < names.index("search.alerts")  # indexed, then alerts
    assert {"matches.compute", "matches.remove"} <= set(names)
    assert _handled("search.index") == ALL
    assert _handled("search.alerts") == {ProfileAction.PUBLISH, ProfileAction.IMPORT}
    assert _handled("matches.compute") == {
        ProfileAction.PUBLISH,
        ProfileAction.UPDATE,
        ProfileAction.IMPORT,
    }
    assert _handled("matches.remove") == {
        ProfileAction.CLOSE,
        ProfileAction.EXPIRE,
        ProfileAction.DELETE,
        ProfileAction.REJECT,
    }
    assert _handled("matches.compute").isdisjoint(_handled("matches.remove"))
    assert [r.name for r in organisation_changed.reactions()] == ["search.organisation"]


def test_a_failing_reaction_is_logged_and_the_others_still_run(caplog: Any) -> None:
    heard: list[ProfileChange] = []

    def broken(change: ProfileChange) -> None:
        raise RuntimeError("boom")

    profile_changed.react("test.broken", broken)
    profile_changed.react("test.heard", heard.append)
    try:
        profile_changed.dispatch(ProfileChange((1,), ProfileAction.CLOSE))
    finally:
        profile_changed.forget("test.broken")
        profile_changed.forget("test.heard")
    assert heard == [ProfileChange((1,), ProfileAction.CLOSE)]
    assert "test.broken failed" in caplog.text


def test_staff_approval_under_the_database_backend_leaves_the_work_to_a_worker(
    member: Any,
    org: Any,
    cn_org: Any,
    staff: Any,
    settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    ProfileFactory(organisation=org, title="Lithium battery recycling")
    saved_search_create(actor=member, name="batteries", query_string="q=battery")
    profile = ProfileFactory(
        organisation=cn_org,
        kind="request",
        status="submitted",
        published_at=None,
        title="Seeking lithium battery recycling technology",
    )
    engine.reset()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        response = login(staff).post(f"/profiles/review/{profile.id}/", {"decision": "approve"})
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.status == "published"
    # Nothing ran in the request: no index row, no match, no engine built, no alert.
    assert not SearchDocument.objects.filter(profile_id=profile.pk).exists()
    assert not Match.objects.exists()
    assert not engine.built()
    assert not member.notifications.filter(kind="search.alert").exists()
    queued = sorted(DBTaskResult.objects.values_list("task_path", flat=True))
    assert "techbridge.search.tasks.index_profiles_task" in queued
    assert "techbridge.search.tasks.saved_search_alerts_task" in queued
    assert "techbridge.matches.tasks.match_profiles" in queued
    # What a worker does: run them, in order; then the profile is found.
    for result in DBTaskResult.objects.order_by("enqueued_at", "id"):
        result.task.call(*result.args_kwargs["args"], **result.args_kwargs["kwargs"])
    assert SearchDocument.objects.filter(profile_id=profile.pk).exists()
    engine.reset()


def test_an_organisation_edit_reindexes_it_through_its_reaction(
    member: Any, org: Any, django_capture_on_commit_callbacks: Any
) -> None:
    ProfileFactory(organisation=org)
    with django_capture_on_commit_callbacks(execute=True):
        accounts.organisation_update(actor=member, organisation=org, data={"name": "Renamed AG"})
    assert OrganisationDocument.objects.filter(organisation_id=org.pk).exists()


def test_saving_an_organisation_outside_the_services_reacts_to_nothing(
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        OrganisationFactory()
    assert callbacks == []


def _documented_reactions() -> dict[str, str]:
    """Reaction name -> the "Action" cell of its row in docs/architecture.md's table."""
    import re
    from pathlib import Path

    text = (Path(__file__).parents[2] / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("\n## Reactions\n", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1:-1] for line in section.splitlines() if line.startswith("| ")]
    out = {}
    for cells in rows:
        found = re.match(r"\s*`([\w.]+)`", cells[2])
        if found:
            out[found.group(1)] = cells[1].strip()
    return out


def test_the_documented_reaction_table_is_the_declared_one() -> None:
    """docs/architecture.md's table names every declared reaction with the actions it handles."""
    documented = _documented_reactions()
    declared = [r.name for r in profile_changed.reactions()]
    declared += [r.name for r in organisation_changed.reactions()]
    assert set(documented) == set(declared)
    for name in (r.name for r in profile_changed.reactions()):
        cell = documented[name]
        listed = ALL if cell == "every action" else {ProfileAction(a) for a in cell.split(", ")}
        assert listed == _handled(name), name
