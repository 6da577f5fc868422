"""The search app's reactions: a profile change indexes the profiles (and a publication or an
import runs the saved-search alerts); an organisation change re-indexes it and its profiles
(their name, type and province are denormalised into the index). Each only enqueues a task."""

from __future__ import annotations

from techbridge.accounts.changes import OrganisationChange
from techbridge.profiles.changes import ProfileAction, ProfileChange
from techbridge.search import tasks

INDEX_ACTIONS = frozenset(ProfileAction)
ALERT_ACTIONS = frozenset({ProfileAction.PUBLISH, ProfileAction.IMPORT})


def index_profiles(change: ProfileChange) -> None:
    tasks.index_profiles_task.enqueue(list(change.ids))


def alert_saved_searches(change: ProfileChange) -> None:
    tasks.saved_search_alerts_task.enqueue(list(change.ids))


def index_organisation(change: OrganisationChange) -> None:
    tasks.index_organisations_task.enqueue([change.id])
