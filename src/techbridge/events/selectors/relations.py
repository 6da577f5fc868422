"""Relationship memory: what the actor's organisations already did with another organisation
(met at an event or in a connection's pipeline, connected, an expression of interest
pending, declined with its reason), so that matches, meeting suggestions and event
directories show a known partner as known rather than as new.

Read once per request (`relations_for_request`). A blind profile's owner is never revealed:
for a profile whose owner is hidden from the actor, only connections about that very
profile (which the actor's organisation took part in) are shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q

from techbridge.accounts.selectors import organisation_ids_of
from techbridge.deals.choices import DeclineReason, Stage, Status
from techbridge.deals.selectors import visible_connections
from techbridge.events.models import Attendance, Meeting

MET_STAGES = (
    Stage.MEETING_HELD,
    Stage.NEGOTIATION,
    Stage.INTENTION_SIGNED,
    Stage.CONTRACT_SIGNED,
    Stage.CLOSED_WON,
)
RANK = {"declined": 1, "pending": 2, "connected": 3, "met": 4}


@dataclass(frozen=True)
class Relation:
    """The strongest known relation with a partner: `state` is "met", "connected",
    "pending" or "declined"; `reason` the decline reason (a `DeclineReason` value)."""

    state: str
    reason: str = ""

    @property
    def reason_label(self) -> str:
        return str(dict(DeclineReason.choices).get(self.reason, "")) if self.reason else ""


@dataclass
class Relations:
    by_org: dict[int, Relation] = field(default_factory=dict)
    by_profile: dict[int, Relation] = field(default_factory=dict)

    @staticmethod
    def _keep(table: dict[int, Relation], key: int | None, relation: Relation) -> None:
        if key is None:
            return
        current = table.get(key)
        if current is None or RANK[relation.state] > RANK[current.state]:
            table[key] = relation

    def for_org(self, org_id: int | None) -> Relation | None:
        return self.by_org.get(org_id) if org_id is not None else None

    def for_profile(self, profile_id: int | None, owner_id: int | None) -> Relation | None:
        """The relation shown on a profile's card: with its owner when the owner is shown
        (`owner_id`), else only through connections about the profile itself."""
        if owner_id is not None:
            return self.for_org(owner_id)
        return self.by_profile.get(profile_id) if profile_id is not None else None


def _state(status: str, stage: str) -> str:
    if status == Status.DECLINED:
        return "declined"
    if status == Status.ACCEPTED:
        return "met" if stage in MET_STAGES else "connected"
    return "pending"


def relations_of(*, actor: Any) -> Relations:
    """Every relation of the actor's organisations (two queries)."""
    out = Relations()
    own = organisation_ids_of(actor)
    if not own:
        return out
    rows = (
        visible_connections(actor)
        .filter(Q(requester_org_id__in=own) | Q(owner_org_id__in=own))
        .order_by("created_at", "id")
        .values_list(
            "requester_org_id",
            "owner_org_id",
            "status",
            "stage",
            "decline_reason",
            "profile_id",
            "related_profile_id",
        )
    )
    for requester, owner, status, stage, reason, profile_id, related_id in rows:
        relation = Relation(_state(status, stage), reason if status == Status.DECLINED else "")
        other = owner if requester in own else requester
        out._keep(out.by_org, other, relation)
        out._keep(out.by_profile, profile_id, relation)
        out._keep(out.by_profile, related_id, relation)
    meetings = Meeting.objects.filter(
        Q(a__organisation_id__in=own) | Q(b__organisation_id__in=own),
        attendance=Attendance.HELD,
    ).values_list("a__organisation_id", "b__organisation_id")
    for a, b in meetings:
        out._keep(out.by_org, b if a in own else a, Relation("met"))
    return out


def relations_for_request(request: Any) -> Relations:
    """`relations_of` the request's user, computed once per request."""
    cached = getattr(request, "_tb_relations", None)
    if cached is None:
        cached = relations_of(actor=request.user)
        request._tb_relations = cached
    return cached
