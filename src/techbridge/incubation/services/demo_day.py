"""The demo day: staff tie a cohort to an event of the events app; before the day the
matching engine proposes, for every technology profile of each active company, the investors
(investor organisations the engine indexes as offers of investment) and the industrial
partners (companies through their live profiles) that fit it best. Proposals are stored and
recomputed on demand (a task: the engine belongs to task workers when they exist)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import Organisation
from techbridge.core.choices import OrganisationType
from techbridge.core.errors import ValidationFailed
from techbridge.events.models import Event
from techbridge.incubation.models import (
    Cohort,
    CompanyStatus,
    DemoDay,
    PartnerProposal,
    PartnerRole,
)
from techbridge.incubation.services.review_rounds import staff_only
from techbridge.matches.documents import ORG_PREFIX, PROFILE_PREFIX
from techbridge.matches.engine import matcher, top_for
from techbridge.matches.results import Proposal
from techbridge.profiles.models import TechnologyProfile

PER_ROLE = 5  # proposals kept per company and role
ASK = 80  # the engine's partners asked for per profile


@transaction.atomic
def demo_day_save(*, actor: Any, cohort: Cohort, event: Event | None) -> DemoDay:
    """Tie the cohort's demo day to an event (or to none yet)."""
    staff_only(actor)
    if event is not None and event.ends_at < timezone.now():
        raise ValidationFailed(_("This event is over: choose one still to come."))
    row, _created = DemoDay.objects.update_or_create(cohort=cohort, defaults={"event": event})
    return row


def _candidates(
    proposals: list[Proposal], own_org: int, orgs: dict[int, Organisation],
    profiles: dict[int, TechnologyProfile],
) -> list[tuple[str, float, Organisation | None, TechnologyProfile | None, dict[str, Any]]]:  # fmt: skip
    found = []
    for p in proposals:
        if p.ref.startswith(ORG_PREFIX):
            org = orgs.get(int(p.ref.removeprefix(ORG_PREFIX)))
            if org is not None and org.type == OrganisationType.INVESTOR:
                found.append((PartnerRole.INVESTOR, p.score, org, None, p.explanation))
        elif p.ref.startswith(PROFILE_PREFIX):
            prof = profiles.get(int(p.ref.removeprefix(PROFILE_PREFIX)))
            if prof is not None and prof.organisation_id != own_org:
                found.append((PartnerRole.INDUSTRIAL, p.score, None, prof, p.explanation))
    return found


def _refs(proposals: list[Proposal], prefix: str) -> set[int]:
    return {int(p.ref.removeprefix(prefix)) for p in proposals if p.ref.startswith(prefix)}


@transaction.atomic
def demo_day_propose(*, actor: Any, demo_day: DemoDay, now: datetime | None = None) -> int:
    """Recompute the demo day's partner proposals (returns how many were kept): per company
    and role the best PER_ROLE partners, each partner once (its best-scoring profile)."""
    staff_only(actor)
    now = now or timezone.now()
    day = DemoDay.objects.select_for_update().select_related("cohort").get(pk=demo_day.pk)
    engine = matcher()
    rows: list[PartnerProposal] = []
    companies = day.cohort.companies.filter(status=CompanyStatus.ACTIVE)
    for company in companies.select_related("organisation"):
        own = TechnologyProfile.objects.live().filter(organisation_id=company.organisation_id)
        best: dict[tuple[str, int], PartnerProposal] = {}
        for profile in own.select_related("organisation"):
            found = top_for(profile, k=ASK, now=now, using=engine)
            orgs = Organisation.objects.in_bulk(_refs(found, ORG_PREFIX))
            industrial = TechnologyProfile.objects.live().filter(
                pk__in=_refs(found, PROFILE_PREFIX), organisation__type=OrganisationType.COMPANY
            )
            profiles = industrial.select_related("organisation").in_bulk()
            for role, score, org, prof, why in _candidates(
                found, company.organisation_id, orgs, profiles
            ):
                key = (role, org.pk if org else prof.organisation_id)  # type: ignore[union-attr]
                if key not in best or best[key].score < score:
                    best[key] = PartnerProposal(
                        demo_day=day, company=company, profile=profile, role=role,
                        partner_org=org, partner_profile=prof, score=round(score, 3),
                        explanation=why,
                    )  # fmt: skip
        for role in PartnerRole.values:
            mine = sorted((p for (r, _o), p in best.items() if r == role), key=lambda p: -p.score)
            rows += mine[:PER_ROLE]
    day.proposals.all().delete()
    PartnerProposal.objects.bulk_create(rows)
    day.proposed_at = now
    day.save(update_fields=["proposed_at"])
    return len(rows)
