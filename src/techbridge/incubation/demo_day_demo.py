"""Demo day of the demo cohort (idempotent): tied to the next demo event with B2B meetings
when the events demo is loaded, and the matching engine's partner proposals for each
company, computed through the service."""

from __future__ import annotations

from datetime import datetime

from techbridge.accounts.models import User
from techbridge.events.models import Event
from techbridge.incubation.models import Cohort, DemoDay, PartnerProposal
from techbridge.incubation.services import demo_day


def load(*, now: datetime, staff: User) -> dict[str, int]:
    cohort = Cohort.objects.filter(slug="deep-tech-2026-spring").first()
    if cohort is None or DemoDay.objects.filter(cohort=cohort).exists():
        return {"incubation_partner_proposals": PartnerProposal.objects.count()}
    event = Event.objects.filter(starts_at__gt=now, b2b_enabled=True).order_by("starts_at").first()
    day = demo_day.demo_day_save(actor=staff, cohort=cohort, event=event)
    return {
        "incubation_partner_proposals": demo_day.demo_day_propose(
            actor=staff, demo_day=day, now=now
        )
    }
