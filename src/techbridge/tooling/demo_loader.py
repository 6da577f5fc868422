"""Turn the demo generator's plain dicts into rows, through the services."""

from __future__ import annotations

import importlib
import importlib.util
from datetime import timedelta
from decimal import Decimal
from typing import Any

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

from techbridge.accounts.models import ORGANISATION_FIELDS, Membership, Organisation, User
from techbridge.core.choices import Department, MemberRole
from techbridge.profiles.services import profiles_import

DEMO_PASSWORD = "techbridge-demo"  # noqa: S105 - printed by `make demo`, demo only
STAFF_EMAIL = "staff@techbridge.example"
MEMBER_EMAIL = "member@techbridge.example"
MEMBER_CN_EMAIL = "member-cn@techbridge.example"
DEMO_APPS = (
    "search",
    "matches",
    "deals",
    "events",
    "training",
    "desk",
    "incubation",
    "exchange",
    "domiciliation",
)
ORG_FIELDS = (*ORGANISATION_FIELDS, "verified")  # the demo set has verified organisations


def _user(email: str, *, full_name: str, staff: bool = False, department: str = "") -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            email=email,
            password=DEMO_PASSWORD,
            full_name=full_name,
            is_staff=staff,
            is_superuser=staff,
            department=department,
        )
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def _organisations(rows: list[dict[str, Any]]) -> dict[str, Organisation]:
    existing = {o.slug: o for o in Organisation.objects.filter(slug__in=[r["key"] for r in rows])}
    fresh = [
        Organisation(slug=r["key"], **{k: r[k] for k in ORG_FIELDS if k in r})
        for r in rows
        if r["key"] not in existing
    ]
    for org in fresh:
        org.founded = org.founded or None
    Organisation.objects.bulk_create(fresh, batch_size=500)
    return {o.slug: o for o in Organisation.objects.filter(slug__in=[r["key"] for r in rows])}


def _profile_row(r: dict[str, Any], org: Organisation, now: Any) -> dict[str, Any]:
    published = r["status"] == "published"
    posted = now - timedelta(days=r["posted_days_ago"])
    return {
        "ref": f"demo:{r['key']}",
        "organisation_id": org.id,
        "kind": r["kind"],
        "language": r["language"],
        "title": r["title"][:200],
        "summary": r["summary"][:500],
        "description": r["description"],
        "sectors": r["sectors"],
        "keywords": r["keywords"],
        "trl": r["trl"],
        "ip_status": r["ip_status"],
        "patent_numbers": r["patent_numbers"],
        "partnership_types": r["partnership_types"],
        "target_countries": r["target_countries"],
        "value_min": Decimal(r["value_min"]) if r.get("value_min") is not None else None,
        "value_max": Decimal(r["value_max"]) if r.get("value_max") is not None else None,
        "currency": r.get("currency") or "",
        "visibility": r["visibility"],
        "status": r["status"],
        "expires_on": (now + timedelta(days=r["expires_in_days"])).date(),
        "submitted_at": posted if r["status"] != "draft" else None,
        "published_at": posted if published else None,
    }


@transaction.atomic
def load_demo(
    *, stdout: Any = None, seed: int = 7, apps: tuple[str, ...] = DEMO_APPS
) -> dict[str, int]:
    """Load the demo set; `apps` names the later apps whose demo data to add too."""
    from techbridge.demo import demo_dataset

    data = demo_dataset(seed=seed)
    now = timezone.now()
    orgs = _organisations(data["organisations"])
    _user(STAFF_EMAIL, full_name="Li Na (staff)", staff=True, department=Department.MANAGEMENT)
    member = _user(MEMBER_EMAIL, full_name="Anna Weber")
    member_cn = _user(MEMBER_CN_EMAIL, full_name="王伟")
    foreign = next(o for o in orgs.values() if str(o.country) != "CN" and o.type == "university")
    chinese = next(o for o in orgs.values() if str(o.country) == "CN" and o.type == "company")
    for user, org in ((member, foreign), (member_cn, chinese)):
        Membership.objects.get_or_create(
            user=user, organisation=org, defaults={"role": MemberRole.OWNER}
        )
    rows = [_profile_row(r, orgs[r["org"]], now) for r in data["profiles"]]
    created = profiles_import(rows=rows)
    summary = {"organisations": len(orgs), "profiles": len(rows), "created": len(created)}
    for app in apps:
        # Each later app may add its own demo data: `techbridge.<app>.demo.load(now=...)`
        # returns a dict of counts; it must be idempotent like this loader.
        if importlib.util.find_spec(f"techbridge.{app}.demo") is not None:
            module = importlib.import_module(f"techbridge.{app}.demo")
            summary.update(module.load(now=now))
    return summary
