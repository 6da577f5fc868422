"""Demo connections: a handful at every stage among the demo organisations, with intentions
and contracts, so the figures page is not empty. Idempotent (keyed on requester and profile).

The two demo members' own story is left to them: the foreign university of
member@techbridge.example sends no demo EOI to the Chinese company of
member-cn@techbridge.example, so that story can be played live."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.db import transaction

from techbridge.accounts.models import Membership, Organisation, User
from techbridge.core.choices import ProfileStatus, Visibility
from techbridge.deals.choices import Stage, Status
from techbridge.deals.models import (
    Connection,
    Contract,
    CooperationIntention,
    ExchangeRate,
    StageChange,
)
from techbridge.deals.services.access import disclose
from techbridge.matches.models import Match
from techbridge.profiles.models import TechnologyProfile

MEMBER_EMAIL = "member@techbridge.example"
MEMBER_CN_EMAIL = "member-cn@techbridge.example"
RATES = (("USD", "7.100000"), ("EUR", "7.800000"))
PATH = (
    Stage.CONTACT_ACCEPTED,
    Stage.MEETING_HELD,
    Stage.NEGOTIATION,
    Stage.INTENTION_SIGNED,
    Stage.CONTRACT_SIGNED,
    Stage.CLOSED_WON,
)


@dataclass(frozen=True)
class Scenario:
    status: str
    stage: str = Stage.INTEREST
    contract: tuple[str, str] | None = None  # (value, currency)
    decline_reason: str = ""
    lost_reason: str = ""
    event_ref: str = ""


SCENARIOS = (
    Scenario(Status.PENDING),
    Scenario(Status.DECLINED, decline_reason="too_early"),
    Scenario(Status.ACCEPTED, Stage.CONTACT_ACCEPTED),
    Scenario(Status.ACCEPTED, Stage.MEETING_HELD),
    Scenario(Status.ACCEPTED, Stage.NEGOTIATION),
    Scenario(Status.ACCEPTED, Stage.INTENTION_SIGNED, event_ref="convention-2025"),
    Scenario(
        Status.ACCEPTED,
        Stage.CONTRACT_SIGNED,
        contract=("3500000", "CNY"),
        event_ref="convention-2025",
    ),
    Scenario(Status.ACCEPTED, Stage.CLOSED_WON, contract=("800000", "EUR")),
    Scenario(Status.ACCEPTED, Stage.CONTRACT_SIGNED, contract=("1200000", "USD")),
    Scenario(Status.ACCEPTED, Stage.CLOSED_LOST, lost_reason="The budget was cut."),
)
# Connections sent from automatic matches (the funnel's "from matching" part): the best
# matches between demo organisations, one scenario each.
MATCH_SCENARIOS = (
    Scenario(Status.ACCEPTED, Stage.CONTRACT_SIGNED, contract=("2600000", "CNY")),
    Scenario(Status.ACCEPTED, Stage.INTENTION_SIGNED, event_ref="convention-2025"),
    Scenario(Status.ACCEPTED, Stage.MEETING_HELD),
    Scenario(Status.ACCEPTED, Stage.CONTACT_ACCEPTED),
    Scenario(Status.PENDING),
    Scenario(Status.DECLINED, decline_reason="not_relevant"),
)


def _org_of(email: str) -> int | None:
    return (
        Membership.objects.filter(user__email=email)
        .values_list("organisation_id", flat=True)
        .first()
    )


def _pairs(n: int) -> list[tuple[TechnologyProfile, Organisation]]:
    """Published public demo profiles, each with an organisation from the other side of the
    bridge (foreign <-> Chinese), chosen deterministically."""
    foreign_member, cn_member = _org_of(MEMBER_EMAIL), _org_of(MEMBER_CN_EMAIL)
    profiles = list(
        TechnologyProfile.objects.filter(
            ref__startswith="demo:",
            status=ProfileStatus.PUBLISHED,
            visibility=Visibility.PUBLIC,
        )
        .exclude(organisation_id__in=[foreign_member, cn_member])
        .select_related("organisation")
        .order_by("ref")[: n * 4]
    )
    orgs = list(Organisation.objects.exclude(id=foreign_member).order_by("slug"))
    chinese = [o for o in orgs if str(o.country) == "CN"]
    foreign = [o for o in orgs if str(o.country) != "CN"]
    pairs = []
    step = max(1, len(profiles) // n)
    for i, profile in enumerate(profiles[::step]):
        pool = foreign if str(profile.organisation.country) == "CN" else chinese
        pool = [o for o in pool if o.pk != profile.organisation_id]
        if pool:
            pairs.append((profile, pool[(i * 7) % len(pool)]))
    return pairs[:n]


def _stages_to(target: str) -> list[str]:
    if target == Stage.CLOSED_LOST:
        return [Stage.CONTACT_ACCEPTED, Stage.MEETING_HELD, Stage.CLOSED_LOST]
    return list(PATH[: PATH.index(target) + 1]) if target in PATH else []


def _create(
    profile: TechnologyProfile, org: Organisation, scenario: Scenario, now: Any, i: int
) -> Connection:
    created = now - timedelta(days=60 - i * 5)
    actor = Membership.objects.filter(organisation=org).values_list("user", flat=True).first()
    connection = Connection.objects.create(
        profile=profile,
        owner_org_id=profile.organisation_id,
        requester_org=org,
        requester_user_id=actor,
        message="We would like to discuss a cooperation on this technology.",
        partnership_type=(profile.partnership_types or ["technical_cooperation"])[0],
        status=scenario.status,
        stage=scenario.stage,
        decline_reason=scenario.decline_reason,
        lost_reason=scenario.lost_reason,
        decided_at=created + timedelta(days=2) if scenario.status != Status.PENDING else None,
        created_at=created,
    )
    disclose(connection)
    previous = Stage.INTEREST
    for step, stage in enumerate(_stages_to(scenario.stage)):
        at = created + timedelta(days=2 + step * 4)
        # Recorded by the requester and confirmed by the owner a day later, except where the
        # demo connection stops at "meeting held": that one waits for its confirmation.
        confirmed = scenario.stage != Stage.MEETING_HELD
        StageChange.objects.create(
            connection=connection,
            from_stage=previous,
            to_stage=stage,
            at=at,
            side="requester",
            confirmed_at=at + timedelta(days=1) if confirmed else None,
        )
        previous = stage
    _deal_rows(connection, scenario, created)
    return connection


def _deal_rows(connection: Connection, scenario: Scenario, created: Any) -> None:
    stages = _stages_to(scenario.stage)
    if Stage.INTENTION_SIGNED in stages:
        CooperationIntention.objects.create(
            connection=connection,
            signed_on=(created + timedelta(days=14)).date(),
            type="licence" if scenario.contract else "joint_rd",
            summary="Cooperation intention signed at the demo convention.",
            event_ref=scenario.event_ref,
        )
    if scenario.contract and Stage.CONTRACT_SIGNED in stages:
        value, currency = scenario.contract
        Contract.objects.create(
            connection=connection,
            signed_on=(created + timedelta(days=18)).date(),
            type="licence",
            value=Decimal(value),
            currency=currency,
            registration_number=f"2025{connection.pk:012d}",
            # Verified by the centre against the registration number.
            verified_at=created + timedelta(days=20),
        )


@transaction.atomic
def load(*, now: Any) -> dict[str, int]:
    """Create the demo connections that are missing; returns counts."""
    for currency, rate in RATES:
        ExchangeRate.objects.get_or_create(
            currency=currency,
            valid_from=date(2020, 1, 1),
            defaults={"rate_to_cny": Decimal(rate)},
        )
    created = 0
    for i, ((profile, org), scenario) in enumerate(
        zip(_pairs(len(SCENARIOS)), SCENARIOS, strict=False)
    ):
        if Connection.objects.filter(requester_org=org, profile=profile).exists():
            continue
        _create(profile, org, scenario, now, i)
        created += 1
    created += _from_matches(now)
    _member_cn_example(now)
    return {"connections": Connection.objects.count(), "connections_created": created}


def _from_matches(now: Any) -> int:
    """Connections sent from the demo's best offer matches (the requester's organisation
    expresses interest in the matched offer), recording the match they came from."""
    demo_members = [_org_of(MEMBER_EMAIL), _org_of(MEMBER_CN_EMAIL)]
    matches = (
        Match.objects.filter(offer__isnull=False, offer__visibility=Visibility.PUBLIC)
        .exclude(request__organisation_id__in=demo_members)
        .exclude(offer__organisation_id__in=demo_members)
        .select_related("request__organisation", "offer__organisation")
        .order_by("-score", "id")
    )
    created, used = 0, set()
    for match in matches[:200]:
        if created == len(MATCH_SCENARIOS):
            break
        org, offer = match.request.organisation, match.offer
        if org.pk == offer.organisation_id or org.pk in used:  # type: ignore[union-attr]
            continue
        used.add(org.pk)
        if Connection.objects.filter(requester_org=org, profile=offer).exists():
            continue
        connection = _create(offer, org, MATCH_SCENARIOS[created], now, created)  # type: ignore[arg-type]
        Connection.objects.filter(pk=connection.pk).update(
            match=match,
            from_match=True,
            match_pair=f"{match.request.language}->{offer.language}",  # type: ignore[union-attr]
            match_score=match.score,
            related_profile=match.request,
        )
        created += 1
    return created


def _member_cn_example(now: Any) -> None:
    """One pending EOI from the Chinese demo company to a foreign offer, so the Chinese demo
    member's dashboard shows a connection (never to the foreign demo member's organisation)."""
    cn_org, foreign_member = _org_of(MEMBER_CN_EMAIL), _org_of(MEMBER_EMAIL)
    user = User.objects.filter(email=MEMBER_CN_EMAIL).first()
    if cn_org is None or user is None:
        return
    offer = (
        TechnologyProfile.objects.filter(
            ref__startswith="demo:",
            kind="offer",
            status=ProfileStatus.PUBLISHED,
            visibility=Visibility.PUBLIC,
        )
        .exclude(organisation__country="CN")
        .exclude(organisation_id=foreign_member)
        .order_by("ref")
        .first()
    )
    if offer is None or Connection.objects.filter(requester_org_id=cn_org, profile=offer).exists():
        return
    Connection.objects.create(
        profile=offer,
        owner_org_id=offer.organisation_id,
        requester_org_id=cn_org,
        requester_user=user,
        message="我们对该技术很感兴趣，希望进一步了解许可条件。",
        partnership_type="licence_in",
        status=Status.PENDING,
        created_at=now - timedelta(days=3),
    )
