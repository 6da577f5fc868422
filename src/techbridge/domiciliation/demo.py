"""Demo hosting (`load(now=...)`, called by `techbridge demo`): three plans, three meeting
rooms and 30 hosted firms in every stage, with their documents, mail and bookings — all
written through the services, so stages, checks and notifications are the platform's own.

The demo member's organisation has a draft contract to sign (the browser story); the Chinese
demo member's company is hosted, with mail waiting for it. Idempotent: a second run adds
nothing. Depends only on the demo organisations (never on ../shared).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from techbridge.accounts.models import Organisation, User
from techbridge.core.tax_ids import uscc_check_char
from techbridge.domiciliation import notices, services
from techbridge.domiciliation.models import Contract, DocumentKind, Plan, Room
from techbridge.domiciliation.selectors.rooms import centre_tz
from techbridge.domiciliation.services import mail as mail_services
from techbridge.domiciliation.services import rooms as room_services
from techbridge.domiciliation.services.register import layout_save

STAFF_EMAIL = "staff@techbridge.example"
MEMBER_EMAIL = "member@techbridge.example"
MEMBER_CN_EMAIL = "member-cn@techbridge.example"
PDF = b"%PDF-1.4\n% TechBridge demo document\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
# Stages of the 28 other firms, in order (with the two demo members' firms: 30).
STAGES = (
    ["draft"] * 2 + ["awaiting"] * 4 + ["active"] * 9 + ["renewal"] * 5 + ["notice"] * 3
    + ["ended"] * 3 + ["terminated"] * 2
)  # fmt: skip
PLANS = [
    ("registered-address", "Registered address", "注册地址托管", "800", "500",
     [DocumentKind.BUSINESS_LICENCE, DocumentKind.LEGAL_REP_ID]),
    ("cluster-registration", "Cluster registration", "集群登记", "300", "200",
     [DocumentKind.BUSINESS_LICENCE, DocumentKind.LEGAL_REP_ID, DocumentKind.AUTHORISATION]),
    ("foreign-enterprise", "Foreign enterprise address", "外资企业注册地址", "1500", "1000",
     [DocumentKind.BUSINESS_LICENCE, DocumentKind.LEGAL_REP_ID, DocumentKind.AUTHORISATION,
      DocumentKind.BENEFICIAL_OWNERS, DocumentKind.PROOF_OF_ADDRESS]),
]  # fmt: skip
ROOMS = [("Yangtze", 8, "3F, east wing"), ("Huangpu", 4, "3F, west wing"), ("Pudong", 16, "5F")]
SENDERS = [
    ("official", "上海市市场监督管理局 (Market Regulation Bureau)"),
    ("official", "国家税务总局上海市税务局 (Tax Bureau)"),
    ("letter", "Bank of China, Shanghai branch"),
    ("letter", "Deutsche Handelskammer"),
    ("parcel", "SF Express"),
    ("letter", "China Mobile"),
]


def _plans() -> list[Plan]:
    out = []
    for slug, en, zh, fee, setup, docs in PLANS:
        out.append(
            Plan.objects.create(
                slug=slug,
                name_en=en,
                name_zh=zh,
                monthly_fee=Decimal(fee),
                setup_fee=Decimal(setup),
                required_documents=[str(d) for d in docs],
            )
        )
    return out


def _names(org: Organisation) -> tuple[str, str]:
    """(Chinese, English) names of a firm."""
    if str(org.country) == "CN":
        return org.name, org.name_alt
    return (org.name_alt or f"{org.name}（上海）有限公司"), org.name


def _firms() -> tuple[Organisation, Organisation, list[Organisation]]:
    member_org = Organisation.objects.get(memberships__user__email=MEMBER_EMAIL)
    cn_org = Organisation.objects.get(memberships__user__email=MEMBER_CN_EMAIL)
    others = Organisation.objects.filter(type="company").exclude(country="CN")
    others = others.exclude(pk__in=[member_org.pk, cn_org.pk]).order_by("slug")
    return member_org, cn_org, list(others[: len(STAGES)])


def _contract(
    staff: User, org: Organisation, plan: Plan, i: int, start: date, **kw: Any
) -> Contract:
    zh, en = _names(org)
    data = services.plan_terms(plan, start)
    body = f"91310115MA1K{i:04d}X"
    data.update(
        firm_name_zh=zh, firm_name_en=en, legal_representative=kw.pop("rep", f"Legal Rep {i}"),
        hosted_address=f"上海市浦东新区科苑路88号12层 {1200 + i}室",
        credit_code=kw.pop("code", body + uscc_check_char(body)),
    )  # fmt: skip
    data.update(kw)
    return services.contract_create(actor=staff, organisation=org, data=data)


def _documents(staff: User, contract: Contract, day: date, verify: bool = True) -> None:
    for kind in contract.plan.required_kinds():
        doc = services.document_upload(
            actor=staff, contract=contract, kind=kind, upload=ContentFile(PDF, name=f"{kind}.pdf"),
            filename=f"{kind}.pdf", content_type="application/pdf",
            expires_on=day + timedelta(days=900) if kind == DocumentKind.LEGAL_REP_ID else None,
            today=day,
        )  # fmt: skip
        if verify:
            services.document_verify(actor=staff, document=doc, result="verified", today=day)


def _hosted(staff: User, contract: Contract, day: date) -> Contract:
    services.contract_sign(actor=staff, contract=contract)
    _documents(staff, contract, day)
    contract.refresh_from_db()
    return contract


def _stage(
    staff: User, org: Organisation, plans: list[Plan], i: int, stage: str, today: date
) -> Contract:
    plan = plans[i % len(plans)]
    if stage == "draft":
        return _contract(staff, org, plan, i, today + timedelta(days=14), code="")
    if stage == "awaiting":
        c = _contract(staff, org, plan, i, today + timedelta(days=7), code="")
        services.contract_sign(actor=staff, contract=c)
        _documents(staff, c, today, verify=False)
        return c
    start = {
        "active": today - timedelta(days=60 + 20 * i), "renewal": today - timedelta(days=320 + i),
        "notice": today - timedelta(days=200), "ended": today - timedelta(days=420 + i),
        "terminated": today - timedelta(days=150),
    }[stage]  # fmt: skip
    c = _hosted(staff, _contract(staff, org, plan, i, start), start)
    if stage == "notice":
        services.contract_serve_notice(
            actor=staff, contract=c, served_on=today - timedelta(days=10), by_firm=i % 2 == 0,
            today=today,
        )  # fmt: skip
    elif stage == "terminated":
        services.contract_terminate(
            actor=staff, contract=c, reason=["non_payment", "firm_request"][i % 2],
            note="Demo", today=today - timedelta(days=20),
        )  # fmt: skip
    return c


def _mail(staff: User, contracts: list[Contract], now: datetime) -> int:
    count = 0
    for n, c in enumerate(contracts):
        for k in range(1 + n % 3):
            kind, sender = SENDERS[(n + k) % len(SENDERS)]
            received = now - timedelta(days=(n * 3 + k * 5) % 12, hours=k)
            item = mail_services.mail_log(
                actor=staff, contract=c, now=received,
                data={"addressee": c.firm_name_en or c.firm_name_zh, "kind": kind,
                      "sender": sender, "received_at": received},
            )  # fmt: skip
            count += 1
            if (n + k) % 4 == 1 and item.status == "notified":
                action = "shred" if kind == "letter" else "pickup"
                mail_services.mail_request(actor=staff, item=item, action=action, now=received)
            if (n + k) % 4 == 2 and kind != "parcel" and item.status == "notified":
                mail_services.mail_request(actor=staff, item=item, action="scan", now=received)
                mail_services.mail_scan(
                    actor=staff, item=item, scan=ContentFile(PDF, name="scan.pdf"),
                    content_type="application/pdf", now=received + timedelta(hours=3),
                )  # fmt: skip
    for sender in ("Unknown sender", "Shanghai Customs"):
        mail_services.mail_log(
            actor=staff, contract=None, now=now - timedelta(days=2),
            data={"addressee": "Nordlicht Robotics GmbH", "kind": "letter", "sender": sender,
                  "received_at": now - timedelta(days=2)},
        )  # fmt: skip
        count += 1
    return count


def _bookings(staff: User, contracts: list[Contract], rooms: list[Room], today: date) -> int:
    count = 0
    for n, c in enumerate(contracts[:12]):
        day = today + timedelta(days=1 + n % 6)
        start = datetime.combine(day, time(9 + (n * 2) % 9), tzinfo=centre_tz())
        room_services.booking_create(
            actor=staff, contract=c, room=rooms[n % len(rooms)], starts_at=start,
            ends_at=start + timedelta(hours=1 + n % 2), title="Client meeting",
            attendees=min(3, rooms[n % len(rooms)].capacity),
        )  # fmt: skip
        count += 1
    return count


@transaction.atomic
def load(*, now: datetime) -> dict[str, int]:
    if Plan.objects.filter(slug=PLANS[0][0]).exists():
        return {"hosted_firms": Contract.objects.count()}
    today = timezone.localdate(now)
    staff = User.objects.get(email=STAFF_EMAIL)
    plans = _plans()
    rooms = [Room.objects.create(name=n, capacity=c, location=loc) for n, c, loc in ROOMS]
    member_org, cn_org, others = _firms()
    with notices.in_app_only():
        contracts = [
            _contract(staff, member_org, plans[2], 0, today + timedelta(days=7), code=""),
            _stage(staff, cn_org, plans, 1, "active", today),
        ]
        for i, (org, stage) in enumerate(zip(others, STAGES, strict=False), start=2):
            contracts.append(_stage(staff, org, plans, i, stage, today))
        services.run_daily(today)
        hosted = [c for c in Contract.objects.filter(status__in=["active", "notice_served"])]
        mail = _mail(staff, hosted, now)
        bookings = _bookings(staff, hosted, rooms, today)
    layout_save(
        actor=staff, name="Market regulator (default)", is_default=True,
        columns=["firm_name_zh", "credit_code", "legal_representative", "hosted_address",
                 "starts_on", "ends_on", "status", "flagged"],
    )  # fmt: skip
    return {"hosted_firms": len(contracts), "mail_items": mail, "room_bookings": bookings}
