"""Assigning reviewers in bulk: at random, or by sector expertise, until every application of
a round has the round's N active reviews, never over a reviewer's load limit and never a
reviewer from the applying organisation.

Two managers planning at once are serialised by the round's row lock (and the unique
(entry, reviewer) constraint stays the last guard): the second sees the first's assignments
and adds only what is still missing."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from techbridge.accounts.models import Membership
from techbridge.incubation.models import (
    Assignment,
    AssignmentMethod,
    Reviewer,
    Round,
    RoundEntry,
)
from techbridge.incubation.selectors.review import LOADED
from techbridge.incubation.services.review_assignments import lock_round
from techbridge.incubation.services.review_rounds import staff_only


@dataclass
class Plan:
    """What a bulk assignment did: how many assignments it made, and the applications still
    short of the round's N (reference → how many reviews are missing)."""

    assigned: int = 0
    short: dict[str, int] = field(default_factory=dict)


@dataclass
class _Pool:
    reviewers: list[Reviewer]
    load: dict[int, int]
    orgs_of: dict[int, set[int]]


def _pool(rnd: Round) -> _Pool:
    reviewers = list(
        Reviewer.objects.filter(programme_id=rnd.call.programme_id, active=True).select_related(
            "user"
        )
    )
    ids = [r.user_id for r in reviewers]
    load = dict.fromkeys(ids, 0)
    rows = Assignment.objects.filter(entry__round=rnd, state__in=LOADED, reviewer_id__in=ids)
    for uid in rows.values_list("reviewer_id", flat=True):
        load[uid] += 1
    orgs_of: dict[int, set[int]] = {uid: set() for uid in ids}
    for uid, oid in Membership.objects.filter(user_id__in=ids).values_list(
        "user_id", "organisation_id"
    ):
        orgs_of[uid].add(oid)
    return _Pool(reviewers, load, orgs_of)


def entry_sectors(entry: RoundEntry) -> set[str]:
    """An application's sectors: its organisation's and its linked technology profiles'."""
    app = entry.application
    sectors = set(app.organisation.sectors or [])
    for profile in app.profiles.all():
        sectors.update(profile.sectors or [])
    return sectors


def _candidates(
    entry: RoundEntry, pool: _Pool, taken: set[int], method: str, rng: random.Random
) -> list[Reviewer]:
    org = entry.application.organisation_id
    free = [
        r
        for r in pool.reviewers
        if r.user_id not in taken
        and org not in pool.orgs_of[r.user_id]
        and pool.load[r.user_id] < r.max_load
    ]
    order = {r.user_id: rng.random() for r in free}
    if method == AssignmentMethod.EXPERTISE:
        wanted = entry_sectors(entry)
        overlap = {r.user_id: len(wanted & set(r.sectors or [])) for r in free}
        free = [r for r in free if overlap[r.user_id] > 0]
        free.sort(key=lambda r: (-overlap[r.user_id], pool.load[r.user_id], order[r.user_id]))
    else:
        free.sort(key=lambda r: (pool.load[r.user_id], order[r.user_id]))
    return free


@transaction.atomic
def assignments_plan(*, actor: Any, rnd: Round, method: str, seed: int | None = None) -> Plan:
    """Give every application of the round the reviewers it still lacks (random: the least
    loaded first, ties drawn at random; expertise: only reviewers sharing a sector with the
    application, the most overlapping first). Reviewers who abstained or were recused on an
    application are never put back on it."""
    staff_only(actor)
    rnd = lock_round(rnd.pk)
    rng = random.Random(seed)  # fairness, not secrecy
    pool = _pool(rnd)
    entries = list(
        rnd.entries.select_related("application__organisation").prefetch_related(
            "application__profiles", "assignments"
        )
    )
    entries.sort(key=lambda e: sum(a.state in LOADED for a in e.assignments.all()))
    plan = Plan()
    for entry in entries:
        taken = {a.reviewer_id for a in entry.assignments.all()}
        missing = rnd.min_reviews - sum(a.state in LOADED for a in entry.assignments.all())
        for reviewer in _candidates(entry, pool, taken, method, rng)[: max(missing, 0)]:
            Assignment.objects.create(entry=entry, reviewer=reviewer.user, method=method)
            pool.load[reviewer.user_id] += 1
            plan.assigned += 1
            missing -= 1
        if missing > 0:
            plan.short[entry.application.reference] = missing
    return plan
