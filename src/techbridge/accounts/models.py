"""Users, organisations, memberships, staff departments and API tokens."""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from techbridge.core.choices import Department, MemberRole, OrganisationType, SizeBand
from techbridge.core.provinces import PROVINCES


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create(self, email: str, password: str | None, **extra: object) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: object) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: object) -> User:
        extra.update(is_staff=True, is_superuser=True)
        return self._create(email, password, **extra)


class User(AbstractUser):
    """A person. Logs in with an e-mail address; staff of the centre have `is_staff`."""

    username = None  # type: ignore[assignment]
    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        default="en",
        choices=[("en", "English"), ("zh-hans", "简体中文")],
    )
    department = models.CharField(
        _("department"),
        max_length=20,
        choices=Department.choices,
        blank=True,
        help_text=_("For staff of the centre only."),
    )
    # Consent to notices by e-mail (PIPL/GDPR): the notification service mails nobody who
    # withdrew it; the in-app notices stay. When it last changed, as the record of consent.
    email_consent = models.BooleanField(
        _("e-mail me notifications"),
        default=True,
        help_text=_(
            "At once or in the daily digest. Account e-mails (password, sign-in) are always sent."
        ),
    )
    email_consent_changed_at = models.DateTimeField(
        _("e-mail consent changed"), null=True, blank=True
    )
    # Set when the person deleted the account: the row stays, anonymised, for the records the
    # centre must keep (contracts, the connections and messages behind them).
    erased_at = models.DateTimeField(_("deleted"), null=True, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []
    objects = UserManager()  # type: ignore[misc]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=Q(department="") | Q(is_staff=True), name="department_only_for_staff"
            )
        ]

    def __str__(self) -> str:
        if self.erased_at is not None:
            return str(_("Deleted user"))
        return self.full_name or self.email

    @property
    def display_name(self) -> str:
        if self.erased_at is not None:
            return str(_("Deleted user"))
        return self.full_name or self.email.split("@")[0]


def logo_path(instance: Organisation, filename: str) -> str:
    return f"logos/{secrets.token_hex(8)}.png"


# What a member writes on an organisation: the one list the form, the services and the API's
# POST/PATCH bodies share (tests/architecture/test_shapes.py keeps them equal).
ORGANISATION_FIELDS = (
    "name",
    "name_alt",
    "type",
    "country",
    "province",
    "city",
    "sectors",
    "size_band",
    "founded",
    "website",
    "description",
    "language",
    "broker_requested",
)


class Organisation(models.Model):
    """A registered organisation: it posts profiles and its members act for it."""

    name = models.CharField(_("name"), max_length=200)
    name_alt = models.CharField(
        _("name in the other language"),
        max_length=200,
        blank=True,
        help_text=_("Chinese name for a foreign organisation, English name for a Chinese one."),
    )
    slug = models.SlugField(_("key"), max_length=64, unique=True)
    type = models.CharField(_("type"), max_length=24, choices=OrganisationType.choices)
    country = CountryField(_("country"))
    province = models.CharField(
        _("province"), max_length=2, blank=True, choices=[(c, en) for c, en, _zh in PROVINCES]
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    size_band = models.CharField(_("size"), max_length=10, choices=SizeBand.choices, blank=True)
    founded = models.PositiveSmallIntegerField(_("founding year"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True, max_length=5000)
    language = models.CharField(_("language"), max_length=2, default="en")
    verified = models.BooleanField(_("verified"), default=False)
    logo = models.ImageField(_("logo"), upload_to=logo_path, blank=True)
    broker_requested = models.BooleanField(
        _("ask the centre to mediate contacts"),
        default=False,
        help_text=_("Expressions of interest go to the centre's staff first."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(province="") | Q(country="CN"), name="province_only_in_china"
            ),
            models.CheckConstraint(
                condition=Q(founded__isnull=True) | Q(founded__gte=1000, founded__lte=2100),
                name="founded_plausible",
            ),
        ]
        indexes = [models.Index(fields=["country"]), models.Index(fields=["type"])]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A user's role in an organisation."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=10, choices=MemberRole.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organisation} ({self.role})"

    @property
    def can_edit(self) -> bool:
        return self.role in (MemberRole.OWNER, MemberRole.EDITOR)


class ApiToken(models.Model):
    """A personal API token. Only its SHA-256 is stored; the token is shown once."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(max_length=8, db_index=True)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def hash(raw: str) -> str:
        return hashlib.sha256(raw.encode()).hexdigest()
