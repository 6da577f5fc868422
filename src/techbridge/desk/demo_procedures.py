"""Demo procedures (idempotent: nothing is added once a procedure exists), written through the
services with simulated times:

- a few entries of the export-control catalogue, clearly marked as samples (the official
  catalogue is the staff's to enter);
- the foreign demo member's licence of a Chinese company's request, signed and recorded in the
  deals pipeline without its registration number: the registration is theirs to ask for from
  the connection's page (the browser story does);
- contract registrations of the pipeline's demo contracts (one done, its number on the
  contract; one waiting for the legal review), export-control checks of three technologies
  (prohibited, restricted, free), an IP filing for a foreign applicant without residence, and
  a foreign-investment change report.

Depends on nothing outside the repository (no ../shared)."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from techbridge.accounts.models import Membership, User
from techbridge.deals import services as deals
from techbridge.deals.choices import Stage
from techbridge.deals.models import Connection, Contract
from techbridge.desk import services
from techbridge.desk.models import (
    OPEN_STATUSES,
    Case,
    ExportControlItem,
    Procedure,
    ServiceType,
)
from techbridge.desk.services import outcomes, procedures
from techbridge.profiles.models import TechnologyProfile

SAMPLE_ITEMS = (
    ("S-EX-01", "prohibited", "(Sample) Traditional process for a protected medicinal plant",
     "（示例）受保护药用植物的传统加工工艺"),
    ("S-EX-02", "prohibited", "(Sample) Rare-earth extraction and separation process",
     "（示例）稀土提炼、分离工艺"),
    ("S-EX-11", "restricted", "(Sample) High-performance battery cathode preparation",
     "（示例）高性能电池正极材料制备技术"),
    ("S-EX-12", "restricted", "(Sample) Crop breeding technology", "（示例）农作物育种技术"),
    ("S-EX-13", "restricted", "(Sample) Laser radar (lidar) for autonomous vehicles",
     "（示例）自动驾驶激光雷达技术"),
)  # fmt: skip


def pdf(name: str) -> SimpleUploadedFile:
    body = b"%PDF-1.4\n% TechBridge demo document\n"
    return SimpleUploadedFile(name, body, content_type="application/pdf")


def _items() -> tuple[dict[str, ExportControlItem], bool]:
    """The sample entries, and whether they are new (the procedures are added with them)."""
    out, new = {}, False
    for code, category, en, zh in SAMPLE_ITEMS:
        out[code], created = ExportControlItem.objects.get_or_create(
            direction="export", code=code,
            defaults={"category": category, "name_en": en, "name_zh": zh, "sample": True,
                      "scope_en": "A sample entry for the demo, not the official catalogue.",
                      "scope_zh": "演示用示例条目，并非官方目录。"},
        )  # fmt: skip
        new = new or created
    return out, new


def member_contract(member: User, now: datetime) -> Connection | None:
    """A signed licence of a member's organisation to a Chinese company's request (no
    registration number yet)."""
    mine = Membership.objects.filter(user=member).values_list("organisation_id", flat=True)
    done = Connection.objects.filter(requester_org_id__in=mine, contract__isnull=False).first()
    if done is not None:
        return done
    profile = (
        TechnologyProfile.objects.filter(
            kind="request", organisation__country="CN", status="published", visibility="public",
            organisation__memberships__role="owner",
        )
        .exclude(connections__requester_org_id__in=mine)
        .order_by("-id").first()
    )  # fmt: skip
    if profile is None:
        return None
    owner = profile.organisation.memberships.filter(role="owner").first().user
    conn = deals.connection_create(
        actor=member, profile=profile, message="We can license our process for your need.",
        partnership_type="licence_out",
    )  # fmt: skip
    if conn.status != "pending":
        return None
    deals.connection_accept(actor=owner, connection=conn)
    deals.connection_advance(actor=member, connection=conn, stage=Stage.MEETING_HELD)
    signed = (now - timedelta(days=20)).date()
    deals.intention_record(
        actor=member, connection=conn, signed_on=signed, type="licence",
        summary="Licence of the process for the Chinese market.",
    )  # fmt: skip
    deals.contract_record(
        actor=member, connection=conn, signed_on=signed + timedelta(days=10), type="licence",
        value=Decimal("1800000"), currency="EUR", summary="Exclusive licence, ten years.",
    )  # fmt: skip
    return conn


def _case(client: User, org: Any, service: ServiceType, subject: str, t: datetime,
          links: dict[str, Any]) -> Case:  # fmt: skip
    answers = {"contract_language": "en"}
    return services.case_submit(
        actor=client, service=service, organisation=org, now=t, links=links,
        data={"subject": subject, "description": subject, "answers": answers, "files": {}},
    )  # fmt: skip


def _send(proc: Procedure, actor: User, t: datetime, keys: Any = None) -> None:
    for doc in proc.documents.filter(required=True).order_by("order"):
        if keys is None or doc.key in keys:
            procedures.procedure_document_add(
                actor=actor, procedure=proc, key=doc.key, upload=pdf(f"{doc.key}.pdf"), now=t
            )


def _contracts(member: User | None, now: datetime) -> list[Contract]:
    """Two signed contracts other than the demo member's: the pipeline's demo ones, else
    licences of two foreign desk contacts."""
    qs = Contract.objects.order_by("id")
    if member is not None:
        qs = qs.exclude(connection__requester_org__memberships__user=member)
    found = list(qs[:2])
    contacts = User.objects.filter(email__startswith="desk-", preferred_language="en")
    for user in contacts.order_by("email")[: 2 - len(found)]:
        conn = member_contract(user, now)
        if conn is not None:
            found.append(Contract.objects.get(connection=conn))
    return found


def registrations(staff: User, now: datetime, member: User | None) -> int:
    """Registrations of two contracts: one done (its number on the contract), one waiting
    for the legal department's review."""
    service = ServiceType.objects.filter(slug="contract-registration").first()
    contracts = _contracts(member, now)
    for i, contract in enumerate(contracts):
        conn = contract.connection
        client = Membership.objects.filter(organisation_id=conn.requester_org_id).first()
        if service is None or client is None:
            continue
        t = now - timedelta(days=30 - i * 10)
        case = _case(client.user, client.organisation, service, "Registration of our licence "
                     "contract", t, {"connection": conn.pk})  # fmt: skip
        services.case_take(actor=staff, case=case, now=t + timedelta(hours=2))
        proc = case.procedures.get(kind="contract_registration")  # started with the request
        _send(proc, client.user, t + timedelta(days=1))
        procedures.procedure_step_done(
            actor=staff, procedure=proc, key="documents", now=t + timedelta(days=2)
        )
        if i == 1:
            continue  # waits for the legal review
        for key, days in (("legal_review", 3), ("submission", 4)):
            procedures.procedure_step_done(
                actor=staff, procedure=proc, key=key, now=t + timedelta(days=days)
            )
        number = contract.registration_number or f"2026{310100000000 + contract.pk}"
        outcomes.registration_record(
            actor=staff, procedure=proc, number=number,
            now=t + timedelta(days=9),
        )  # fmt: skip
    return len(contracts)


def checks(staff: User, now: datetime, items: dict[str, ExportControlItem]) -> int:
    """Export-control checks of three technologies of demo cases (no connection on them)."""
    cases = list(
        Case.objects.filter(profile__isnull=False, profile__connections__isnull=True)
        .filter(status__in=OPEN_STATUSES, requester__isnull=False)
        .exclude(procedures__kind="export_control")
        .select_related("requester", "profile").order_by("id")[:3]
    )  # fmt: skip
    verdicts = (("prohibited", "S-EX-02"), ("restricted", "S-EX-11"), ("free", ""))
    for case, (export_class, code) in zip(cases, verdicts, strict=False):
        t = max(case.created_at, now - timedelta(days=5))
        proc = procedures.procedure_start(
            actor=staff, case=case, kind="export_control", facts={"direction": "out"}, now=t
        )
        _send(proc, case.requester, t + timedelta(hours=4))
        outcomes.export_classify(
            actor=staff, procedure=proc, export_class=export_class, item=items.get(code),
            reason="" if export_class == "free" else "Matches the catalogue's control points.",
            now=t + timedelta(days=1),
        )  # fmt: skip
    return len(cases)


def others(now: datetime) -> None:
    """Documents sent for an IP filing and a foreign-investment report (their procedures
    started with the requests)."""
    for kind, keys in (("ip_filing", {"specification"}), ("fie_report", {"licence"})):
        proc = (
            Procedure.objects.filter(kind=kind, status="open", case__requester__isnull=False)
            .select_related("case__requester").order_by("id").first()
        )  # fmt: skip
        if proc is not None:
            t = max(proc.created_at, now - timedelta(days=3))
            _send(proc, proc.case.requester, t + timedelta(hours=5), keys=keys)


def load(*, now: datetime, staff: dict[str, list[User]], member: User | None) -> dict[str, int]:
    items, new = _items()
    if member is not None:
        member_contract(member, now)
    if not new:
        return {"desk_procedures": Procedure.objects.count()}
    registrations(staff["legal"][0], now, member)
    checks(staff["scientific"][0], now, items)
    others(now)
    return {"desk_procedures": Procedure.objects.count(), "desk_export_items": len(items)}
