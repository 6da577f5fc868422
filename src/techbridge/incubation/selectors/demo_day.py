"""The demo day's partner proposals, for one actor: a company's own (its members, staff),
every company's (staff). An industrial partner appears only through a profile the actor may
see, and its owner only when the profiles app lets the actor know it (blind profiles stay
blind); investors are organisations the engine indexes as public offers of investment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import reverse

from techbridge.events.models import Participant, RegistrationStatus
from techbridge.incubation.models import CohortCompany, DemoDay, PartnerProposal
from techbridge.profiles.selectors import present, profile_list


@dataclass(frozen=True)
class ProposalCard:
    role: str
    role_label: str
    percent: int
    own_title: str
    partner: str
    partner_url: str
    meeting_url: str
    summary: str


def demo_day_of(company: CohortCompany) -> DemoDay | None:
    return DemoDay.objects.select_related("event").filter(cohort_id=company.cohort_id).first()


def _meeting_urls(day: DemoDay, org_ids: set[int]) -> dict[int, str]:
    """Where to ask each partner organisation for a meeting at the demo day's event: its
    first confirmed participant's request page."""
    if day.event is None or not day.event.b2b_enabled:
        return {}
    rows = Participant.objects.filter(
        event=day.event, organisation_id__in=org_ids, status=RegistrationStatus.CONFIRMED
    ).order_by("pk")
    urls: dict[int, str] = {}
    for p in rows:
        urls.setdefault(
            p.organisation_id, reverse("events:request_meeting", args=[day.event.slug, p.pk])
        )
    return urls


def _card(
    row: PartnerProposal, actor: Any, visible: dict[int, Any], urls: dict[int, str]
) -> ProposalCard | None:
    zh = getattr(actor, "preferred_language", "").startswith("zh")
    summary = str(row.explanation.get("summary_zh" if zh else "summary_en", "") or "")
    if row.partner_org is not None:
        org = row.partner_org
        name, url, org_id = org.name, reverse("accounts:organisation", args=[org.slug]), org.pk
    else:
        prof = visible.get(row.partner_profile_id or 0)
        if prof is None:
            return None
        card = present(prof, actor=actor)
        owner = card.owner.name if card.owner else ""
        name = f"{prof.title} — {owner}" if owner else prof.title
        url = reverse("profiles:detail", args=[prof.pk])
        org_id = prof.organisation_id if card.owner else 0
    return ProposalCard(
        role=row.role, role_label=str(row.get_role_display()), percent=round(row.score * 100),
        own_title=row.profile.title, partner=name, partner_url=url,
        meeting_url=urls.get(org_id, ""), summary=summary,
    )  # fmt: skip


def proposals_for(*, actor: Any, company: CohortCompany) -> list[ProposalCard]:
    """The company's proposals (the caller obtained `company` through `company_get_for`)."""
    day = demo_day_of(company)
    if day is None:
        return []
    rows = list(
        day.proposals.filter(company=company).select_related(
            "profile", "partner_org", "partner_profile__organisation"
        )
    )
    wanted = {r.partner_profile_id for r in rows if r.partner_profile_id}
    visible = {p.pk: p for p in profile_list(actor=actor).filter(pk__in=wanted)}
    orgs = {r.partner_org_id or r.partner_profile.organisation_id for r in rows}  # type: ignore[union-attr]
    urls = _meeting_urls(day, orgs)
    cards = (_card(r, actor, visible, urls) for r in rows)
    return [c for c in cards if c is not None]
