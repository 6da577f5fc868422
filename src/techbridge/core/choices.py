"""Vocabularies shared by the apps: each a TextChoices with translatable labels."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from techbridge.engines.text.taxonomy import FIELDS


class Language(models.TextChoices):
    EN = "en", _("English")
    ZH = "zh", _("Chinese")


class OrganisationType(models.TextChoices):
    COMPANY = "company", _("Company")
    UNIVERSITY = "university", _("University")
    RESEARCH_INSTITUTE = "research_institute", _("Research institute")
    SCIENCE_PARK = "science_park", _("Science park")
    INDUSTRY_CLUSTER = "industry_cluster", _("Industry cluster")
    PUBLIC_ORGANISATION = "public_organisation", _("Public organisation")
    INVESTOR = "investor", _("Investor")
    SERVICE_PROVIDER = "service_provider", _("Service provider")


class SizeBand(models.TextChoices):
    MICRO = "1-9", _("1-9 employees")
    SMALL = "10-49", _("10-49 employees")
    MEDIUM = "50-249", _("50-249 employees")
    LARGE = "250-999", _("250-999 employees")
    XLARGE = "1000+", _("1,000+ employees")


class ProfileKind(models.TextChoices):
    OFFER = "offer", _("Technology offer")
    REQUEST = "request", _("Technology request")


class IPStatus(models.TextChoices):
    GRANTED_PATENT = "granted_patent", _("Granted patent")
    PATENT_PENDING = "patent_pending", _("Patent pending")
    UTILITY_MODEL = "utility_model", _("Utility model")
    KNOW_HOW = "know_how", _("Know-how")
    SOFTWARE_COPYRIGHT = "software_copyright", _("Software copyright")
    NONE = "none", _("None")


class PartnershipType(models.TextChoices):
    LICENCE_OUT = "licence_out", _("Licence out")
    LICENCE_IN = "licence_in", _("Licence in")
    SALE = "sale", _("Sale of technology")
    PURCHASE = "purchase", _("Purchase of technology")
    INVESTMENT_SOUGHT = "investment_sought", _("Investment sought")
    INVESTMENT_OFFERED = "investment_offered", _("Investment offered")
    DISTRIBUTION = "distribution", _("Distribution")
    JOINT_RD = "joint_rd", _("Joint research and development")
    TECHNICAL_COOPERATION = "technical_cooperation", _("Technical cooperation")
    JOINT_VENTURE = "joint_venture", _("Joint venture")
    MANUFACTURING = "manufacturing", _("Manufacturing agreement")


# The other side of a one-to-one partnership (a type missing here pairs with itself).
COMPLEMENT_OF: dict[str, str] = {
    "licence_out": "licence_in",
    "licence_in": "licence_out",
    "sale": "purchase",
    "purchase": "sale",
    "investment_sought": "investment_offered",
    "investment_offered": "investment_sought",
}


class Currency(models.TextChoices):
    CNY = "CNY", "CNY"
    USD = "USD", "USD"
    EUR = "EUR", "EUR"


class ProfileStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for review")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")
    CLOSED = "closed", _("Closed")
    EXPIRED = "expired", _("Expired")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    BLIND = "blind", _("Blind (owner hidden)")
    MEMBERS = "members", _("Members only")


class Department(models.TextChoices):
    LEGAL = "legal", _("Legal")
    SCIENTIFIC = "scientific", _("Scientific")
    INTERNATIONAL = "international", _("International relations")
    EVENTS = "events", _("Events")
    MANAGEMENT = "management", _("Management")


class MemberRole(models.TextChoices):
    OWNER = "owner", _("Owner")
    EDITOR = "editor", _("Editor")
    VIEWER = "viewer", _("Viewer")


SECTOR_CODES: frozenset[str] = frozenset(f.code for f in FIELDS)


def choice_label(choices: type[models.TextChoices], value: object) -> str:
    """The translated label of a stored code; the code itself if it is unknown."""
    return str(dict(choices.choices).get(value, value))
