"""Connections between organisations and the deals they lead to.

A connection starts as an expression of interest (EOI) from one organisation (the requester)
about a published profile of another (the owner). `status` says where the EOI stands (with
the broker, waiting for the owner, accepted, declined); once accepted, `stage` follows the
pipeline to a signed contract. Every stage change is kept in `StageChange`."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.accounts.models import Organisation
from techbridge.core.choices import Currency, Department, PartnershipType
from techbridge.deals.choices import (
    CLOSED_STAGES,
    DealType,
    DeclineReason,
    Stage,
    Status,
)
from techbridge.matches.models import Match
from techbridge.profiles.models import TechnologyProfile


class Connection(models.Model):
    """An expression of interest from `requester_org` about `profile` (owned by `owner_org`)."""

    profile = models.ForeignKey(
        TechnologyProfile,
        on_delete=models.PROTECT,
        related_name="connections",
        verbose_name=_("profile"),
    )
    # Denormalised from the profile so permission filters are one indexed condition.
    owner_org = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="connections_received"
    )
    requester_org = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="connections_sent"
    )
    requester_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    related_profile = models.ForeignKey(
        TechnologyProfile,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("related profile of the requester"),
    )
    # The automatic match the EOI was sent from (None: found another way). The pair's language
    # and score are copied, so the funnel still counts it after a rematch prunes the match.
    match = models.ForeignKey(
        Match,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="connections",
        verbose_name=_("match it was sent from"),
    )
    from_match = models.BooleanField(_("sent from an automatic match"), default=False)
    match_pair = models.CharField(_("language pair of the match"), max_length=8, blank=True)
    match_score = models.FloatField(_("score of the match"), null=True, blank=True)
    message = models.TextField(_("message"), max_length=3000)
    partnership_type = models.CharField(
        _("proposed partnership"), max_length=24, choices=PartnershipType.choices
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    stage = models.CharField(
        _("stage"), max_length=20, choices=Stage.choices, default=Stage.INTEREST
    )
    brokered = models.BooleanField(_("mediated by the centre"), default=False)
    department = models.CharField(
        _("department"), max_length=20, choices=Department.choices, blank=True
    )
    broker_note = models.TextField(_("broker's note"), blank=True, max_length=3000)
    forwarded_at = models.DateTimeField(null=True, blank=True)
    decline_reason = models.CharField(
        _("reason for declining"), max_length=20, choices=DeclineReason.choices, blank=True
    )
    decline_note = models.TextField(_("note on the decision"), blank=True, max_length=2000)
    lost_reason = models.TextField(_("why the deal was lost"), blank=True, max_length=2000)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("connection")
        verbose_name_plural = _("connections")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(requester_org=F("owner_org")), name="connection_not_to_self"
            ),
            models.CheckConstraint(
                condition=Q(status__in=Status.values), name="connection_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(stage__in=Stage.values), name="connection_stage_valid"
            ),
            # The pipeline runs only on accepted connections.
            models.CheckConstraint(
                condition=(Q(status=Status.ACCEPTED) & ~Q(stage=Stage.INTEREST))
                | (~Q(status=Status.ACCEPTED) & Q(stage=Stage.INTEREST)),
                name="connection_stage_needs_acceptance",
            ),
            models.CheckConstraint(
                condition=~Q(status=Status.DECLINED) | ~Q(decline_reason=""),
                name="connection_decline_has_reason",
            ),
            models.CheckConstraint(
                condition=~Q(stage=Stage.CLOSED_LOST) | ~Q(lost_reason=""),
                name="connection_lost_has_reason",
            ),
            models.CheckConstraint(
                condition=~Q(status=Status.BROKER_QUEUE) | Q(brokered=True),
                name="connection_queue_only_brokered",
            ),
            # One open EOI per organisation and profile; after a decline one may try again.
            models.UniqueConstraint(
                fields=["requester_org", "profile"],
                condition=~Q(status=Status.DECLINED),
                name="connection_one_open_per_profile",
            ),
        ]
        indexes = [
            models.Index(fields=["requester_org", "status"]),
            models.Index(fields=["owner_org", "status"]),
            models.Index(fields=["profile", "status"]),
            models.Index(fields=["status", "department"]),
        ]

    def __str__(self) -> str:
        return f"{self.requester_org} → {self.profile}"

    @property
    def is_open(self) -> bool:
        return self.status == Status.ACCEPTED and self.stage not in CLOSED_STAGES


class StageChange(models.Model):
    """One step of a connection's history: who moved it from which stage to which, when."""

    connection = models.ForeignKey(Connection, on_delete=models.CASCADE, related_name="changes")
    from_stage = models.CharField(max_length=20, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=20, choices=Stage.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    note = models.TextField(blank=True, max_length=2000)
    at = models.DateTimeField(default=timezone.now)
    # The side that recorded the change ("owner", "requester", "staff"); a change to one of
    # CONFIRMED_STAGES counts once the other side (or the broker) confirmed it.
    side = models.CharField(max_length=10, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("stage change")
        verbose_name_plural = _("stage changes")
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["to_stage", "connection"])]

    def __str__(self) -> str:
        return f"{self.connection_id}: {self.from_stage} → {self.to_stage}"


class Message(models.Model):
    """One message of a connection's conversation."""

    connection = models.ForeignKey(Connection, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # The side the author wrote for: an organisation, or NULL for the centre's staff.
    author_org = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    body = models.TextField(_("message"), max_length=5000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["connection", "created_at"])]

    def __str__(self) -> str:
        return self.body[:60]


def private_path(instance: models.Model, filename: str) -> str:
    # Random names under MEDIA_ROOT (outside the web root); the original name is a column.
    return f"deals/{secrets.token_hex(16)}"


class MessageAttachment(models.Model):
    """A file sent with a message; served only through a permission-checked view."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=private_path)
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("message attachment")
        verbose_name_plural = _("message attachments")

    def __str__(self) -> str:
        return self.filename


class ReadMarker(models.Model):
    """Up to when a user has read a connection's conversation (for unread counts)."""

    connection = models.ForeignKey(Connection, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    read_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["connection", "user"], name="one_read_marker")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} read {self.connection_id} at {self.read_at}"


class NdaStep(models.Model):
    """The NDA gate of a connection: a document is exchanged and both sides confirm."""

    connection = models.OneToOneField(Connection, on_delete=models.CASCADE, related_name="nda")
    document = models.FileField(upload_to=private_path, blank=True)
    filename = models.CharField(max_length=200, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    owner_confirmed_at = models.DateTimeField(null=True, blank=True)
    requester_confirmed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("NDA step")
        verbose_name_plural = _("NDA steps")

    def __str__(self) -> str:
        return f"NDA for {self.connection_id}"

    @property
    def complete(self) -> bool:
        return bool(self.owner_confirmed_at and self.requester_confirmed_at)


class CooperationIntention(models.Model):
    """A signed cooperation intention (the parties are the connection's two organisations)."""

    connection = models.OneToOneField(
        Connection, on_delete=models.CASCADE, related_name="intention"
    )
    signed_on = models.DateField(_("date signed"))
    type = models.CharField(_("type"), max_length=24, choices=DealType.choices)
    summary = models.TextField(_("summary"), max_length=3000)
    event = models.ForeignKey(
        "events.Event",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cooperation_intentions",
        verbose_name=_("event where it was reached"),
    )
    # For events the platform did not run (a fair abroad, a delegation visit).
    event_ref = models.CharField(_("other event"), max_length=100, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("cooperation intention")
        verbose_name_plural = _("cooperation intentions")
        constraints = [
            models.CheckConstraint(condition=Q(type__in=DealType.values), name="intention_type")
        ]

    def __str__(self) -> str:
        return f"{self.get_type_display()} — {self.connection}"


class Contract(models.Model):
    """A signed contract with its value (the parties are the connection's organisations)."""

    connection = models.OneToOneField(Connection, on_delete=models.CASCADE, related_name="contract")
    signed_on = models.DateField(_("date signed"))
    type = models.CharField(_("type"), max_length=24, choices=DealType.choices)
    value = models.DecimalField(_("value"), max_digits=18, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    registration_number = models.CharField(
        _("technology-contract registration number (技术合同登记号)"), max_length=40, blank=True
    )
    summary = models.TextField(_("summary"), max_length=3000, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # Evidence for the centre's verification: the registration number and/or a document.
    document = models.FileField(upload_to=private_path, blank=True)
    document_name = models.CharField(max_length=200, blank=True)
    # A contract counts in the figures once both parties confirmed it (its StageChange), staff
    # verified it and, above TECHBRIDGE["CONTRACT_SECOND_APPROVAL_CNY"], a second member of
    # staff approved it.
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("contract")
        verbose_name_plural = _("contracts")
        constraints = [
            models.CheckConstraint(condition=Q(value__gt=0), name="contract_value_positive"),
            models.CheckConstraint(
                condition=Q(currency__in=Currency.values), name="contract_currency_valid"
            ),
            models.CheckConstraint(condition=Q(type__in=DealType.values), name="contract_type"),
            models.CheckConstraint(
                condition=Q(approved_at__isnull=True) | Q(verified_at__isnull=False),
                name="contract_approved_after_verified",
            ),
            models.CheckConstraint(
                condition=Q(approved_by__isnull=True) | ~Q(approved_by=F("verified_by")),
                name="contract_two_people_approve",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.value} {self.currency} — {self.connection}"


class ExchangeRate(models.Model):
    """How many CNY one unit of `currency` is worth from `valid_from` on (kept by staff)."""

    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    rate_to_cny = models.DecimalField(_("rate to CNY"), max_digits=14, decimal_places=6)
    valid_from = models.DateField(_("valid from"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["currency", "-valid_from"]
        constraints = [
            models.UniqueConstraint(fields=["currency", "valid_from"], name="one_rate_per_day"),
            models.CheckConstraint(condition=Q(rate_to_cny__gt=0), name="rate_positive"),
        ]

    def __str__(self) -> str:
        return f"1 {self.currency} = {self.rate_to_cny} CNY from {self.valid_from}"
