"""Demo courses (idempotent: keyed on slugs), written through the services so that seats,
waiting lists, marks and certificates are exactly what the platform would have made:

- `licensing-practice` — finished: five sessions 6-10 weeks ago, 14 people, attendance for
  every session, certificates for those who met the 80 % rule (the demo member among them);
- `patent-drafting-cn` — running: two sessions held, two to come; capacity 12 with people on
  the waiting list and one enrolment waiting for approval; fee with Chinese (发票) and
  foreign (VAT) invoice details; 50 % rule, so the people at both held sessions already hold
  a certificate;
- `export-control-compliance` — upcoming, open for enrolment (the browser story enrols there).

Depends on nothing outside the repository (no ../shared)."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from django.db import transaction

from techbridge.accounts.models import Organisation, User
from techbridge.core.tax_ids import org_code_check_char, uscc_check_char, vat_id_error
from techbridge.training import notices, services
from techbridge.training.models import (
    Certificate,
    Course,
    CourseSession,
    Enrolment,
    EnrolmentStatus,
)

TZ = ZoneInfo("Asia/Shanghai")
STAFF_EMAIL = "staff@techbridge.example"
MEMBER_EMAIL = "member@techbridge.example"
MEMBER_CN_EMAIL = "member-cn@techbridge.example"
FIRST = ("Anna", "Lukas", "Sophie", "Marco", "Elena", "Jan", "Claire", "Pierre", "Sara", "David",
         "Ingrid", "Mikko", "Olga", "Rahul", "Julia", "Nils", "Chloé", "Paolo")  # fmt: skip
LAST = ("Müller", "Rossi", "Dubois", "García", "Novak", "Jensen", "Virtanen", "Kim", "Smith",
        "Schmidt", "Bianchi", "Kowalski", "Horvat", "Berg", "Silva")  # fmt: skip
CN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭"
CN_GIVEN = ("伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "秀英", "建华", "晓东", "海燕", "志强")
TRAINERS = ("Dr. Chen Jing (IP Academy)", "Prof. Martin Keller", "Liu Yang, patent attorney")
VAT_DIGITS = {"DE": 9, "IT": 11, "PL": 10, "PT": 9, "CZ": 8, "GB": 9, "GR": 9, "DK": 8, "FI": 8}

COURSES: list[dict[str, Any]] = [
    {
        "slug": "licensing-practice",
        "title_en": "Technology licensing in practice",
        "title_zh": "技术许可实务",
        "description_en": "Five afternoons on licence agreements between foreign and Chinese "
        "partners: scope and field of use, royalties, know-how, registration of technology "
        "import and export contracts, and disputes.",
        "description_zh": "五个下午的课程，讲解中外合作方之间的许可协议：许可范围与使用领域、"
        "许可费、技术秘密、技术进出口合同登记以及争议解决。",
        "cpd_hours": Decimal("15.0"),
        "capacity": 20,
        "fee_amount": Decimal("1200.00"),
        "fee_currency": "CNY",
        "sessions": [-70, -63, -56, -49, -42],
        "people": 14,
        "members": (MEMBER_EMAIL, MEMBER_CN_EMAIL),
    },
    {
        "slug": "patent-drafting-cn",
        "title_en": "Patent drafting for the Chinese market",
        "title_zh": "面向中国市场的专利撰写",
        "description_en": "Four sessions on drafting and filing patent applications with "
        "CNIPA: claims, translation pitfalls, the confidentiality review for inventions made "
        "in China, and working with a Chinese patent agency.",
        "description_zh": "四次课程，讲解向国家知识产权局撰写和提交专利申请：权利要求、"
        "翻译陷阱、在华完成发明的保密审查以及与中国专利代理机构合作。",
        "cpd_hours": Decimal("12.0"),
        "capacity": 12,
        "requires_approval": True,
        "fee_amount": Decimal("450.00"),
        "fee_currency": "EUR",
        "min_attendance_percent": 50,
        "sessions": [-14, -7, 7, 14],
        "people": 16,
        "members": (MEMBER_EMAIL, MEMBER_CN_EMAIL),
    },
    {
        "slug": "export-control-compliance",
        "title_en": "Export control and technology transfer compliance",
        "title_zh": "出口管制与技术转移合规",
        "description_en": "Three mornings on the catalogue of technologies prohibited or "
        "restricted from export, licences before substantive negotiation, and registration of "
        "free technologies.",
        "description_zh": "三个上午的课程：禁止出口限制出口技术目录、实质性谈判前的许可以及"
        "自由出口技术的登记。",
        "cpd_hours": Decimal("9.0"),
        "capacity": 30,
        "sessions": [21, 28, 35],
        "people": 4,
        "members": (MEMBER_CN_EMAIL,),
        "hour": 9,
    },
]


def _day(now: datetime, days: int, hour: int) -> datetime:
    local = (now + timedelta(days=days)).astimezone(TZ).date()
    return datetime.combine(local, time(hour), tzinfo=TZ)


def _course(spec: dict[str, Any], now: datetime, staff: User) -> Course:
    fields = {k: v for k, v in spec.items() if k not in ("sessions", "people", "hour", "members")}
    course = services.course_create(actor=staff, data={**fields, "visibility": "public"})
    hour = spec.get("hour", 14)
    for i, offset in enumerate(spec["sessions"]):
        start = _day(now, offset, hour)
        CourseSession.objects.create(
            course=course,
            title_en=f"Part {i + 1}",
            title_zh=f"第{i + 1}讲",
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            room="Room 301, TechBridge Centre" if i % 2 == 0 else "",
            online_url="" if i % 2 == 0 else "https://meet.techbridge.example/training",
            trainer=TRAINERS[i % len(TRAINERS)],
        )
    return course


def _uscc(rng: random.Random) -> str:
    org_body = "".join(rng.choice("0123456789") for _ in range(8))
    body = "91" + "320505" + org_body + org_code_check_char(org_body)
    return body + uscc_check_char(body)


def _invoice(org: Organisation, rng: random.Random) -> dict[str, str]:
    country = str(org.country)
    if country == "CN":
        return {
            "invoice_kind": "cn_normal",
            "invoice_company": org.name,
            "invoice_tax_number": _uscc(rng),
            "invoice_address": f"{org.city or '苏州'}",
        }
    if country in VAT_DIGITS:
        prefix = "EL" if country == "GR" else country
        vat = prefix + "".join(rng.choice("0123456789") for _ in range(VAT_DIGITS[country]))
        if vat_id_error(vat) is None:
            return {
                "invoice_kind": "foreign",
                "invoice_company": org.name,
                "invoice_vat_id": vat,
                "invoice_address": f"{org.city}, {country}",
            }
    return {"invoice_kind": "none"}


def _person(rng: random.Random, org: Organisation) -> tuple[str, str]:
    if str(org.country) == "CN":
        name = rng.choice(CN_SURNAMES) + rng.choice(CN_GIVEN)
    else:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    handle = f"trainee{rng.randrange(10**6):06d}"
    return name, f"{handle}@{org.slug}.example"


def _enrol_people(
    course: Course, spec: dict[str, Any], now: datetime, rng: random.Random
) -> list[Enrolment]:
    staff = User.objects.get(email=STAFF_EMAIL)
    before = _day(now, spec["sessions"][0] - 10, 9)
    members = User.objects.filter(email__in=spec["members"], memberships__isnull=False)
    orgs = list(Organisation.objects.order_by("slug")[:80])
    done: list[Enrolment] = []
    for user in members.order_by("email").distinct():
        org = Organisation.objects.filter(memberships__user=user).order_by("pk").first()
        data = {"user": user, **_invoice(org, rng)}
        done.append(
            services.enrolment_create(
                actor=user, course=course, organisation=org, data=data, now=before
            )
        )
    while len(done) < spec["people"]:
        org = rng.choice(orgs)
        name, email = _person(rng, org)
        data = {"user": None, "name": name, "email": email, **_invoice(org, rng)}
        done.append(
            services.enrolment_create(
                actor=staff, course=course, organisation=org, data=data, now=before
            )
        )
    return done


def _attendance(course: Course, people: list[Enrolment], now: datetime, rng: random.Random) -> None:
    """Marks for every held session: mostly present, some late, excused or absent; the demo
    members always attend."""
    staff = User.objects.get(email=STAFF_EMAIL)
    held = course.sessions.filter(ends_at__lt=now).order_by("starts_at")
    for session in held:
        for e in people:
            e.refresh_from_db()
            if e.status != EnrolmentStatus.CONFIRMED:
                continue
            if e.user_id is not None:
                status = "present"
            else:
                status = rng.choices(["present", "late", "excused", "absent"], [70, 12, 8, 10])[0]
            if status in ("present", "late"):
                minutes = 2 if status == "present" else 25
                services.checkin_scan(
                    actor=staff,
                    enrolment=e,
                    session=session,
                    now=session.starts_at + timedelta(minutes=minutes),
                )
            else:
                services.attendance_set(
                    actor=staff, session=session, enrolment=e, status=status, now=session.ends_at
                )


def _approve_and_pay(course: Course, people: list[Enrolment], now: datetime) -> None:
    """Approve all but the last person waiting for approval; record most fees as paid."""
    staff = User.objects.get(email=STAFF_EMAIL)
    pending = [e for e in people if Enrolment.objects.get(pk=e.pk).status == "pending"]
    for e in pending[:-1]:
        services.enrolment_approve(actor=staff, enrolment=e, now=now)
    for i, e in enumerate(people):
        if course.has_fee and i % 4 != 3 and Enrolment.objects.get(pk=e.pk).status == "confirmed":
            services.enrolment_record_payment(
                actor=staff,
                enrolment=e,
                fee_status="paid",
                paid_on=(now - timedelta(days=30)).date(),
                reference=f"BANK-{course.pk:03d}-{i:03d}",
            )


@transaction.atomic
def load(*, now: datetime) -> dict[str, int]:
    staff = User.objects.filter(email=STAFF_EMAIL).first()
    if staff is None:
        return {}
    rng = random.Random(15)
    created = 0
    for spec in COURSES:
        if Course.objects.filter(slug=spec["slug"]).exists():
            continue
        with notices.in_app_only():  # the demo members find them in-app, nobody is mailed
            course = _course(spec, now, staff)
            people = _enrol_people(course, spec, now, rng)
            _approve_and_pay(course, people, now)
            _attendance(course, people, now, rng)
        created += 1
    return {
        "courses": Course.objects.filter(slug__in=[c["slug"] for c in COURSES]).count(),
        "courses_created": created,
        "enrolments": Enrolment.objects.filter(
            course__slug__in=[c["slug"] for c in COURSES]
        ).count(),
        "certificates": Certificate.objects.count(),
    }
