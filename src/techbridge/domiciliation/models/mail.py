"""The mailroom: items received for hosted firms, their life cycle (received → notified →
action requested → done), the firm's standing rules, forwarding addresses and bundles."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.accounts.models import Organisation
from techbridge.domiciliation.models.contracts import Contract


class MailKind(models.TextChoices):
    LETTER = "letter", _("Letter")
    PARCEL = "parcel", _("Parcel")
    OFFICIAL = "official", _("Official document")


class MailStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    NOTIFIED = "notified", _("Firm notified")
    ACTION_REQUESTED = "action_requested", _("Action requested")
    DONE = "done", _("Done")


class MailAction(models.TextChoices):
    SCAN = "scan", _("Open and scan")
    FORWARD = "forward", _("Forward")
    PICKUP = "pickup", _("Pick up")
    SHRED = "shred", _("Shred")


def mail_path(instance: MailItem, filename: str) -> str:
    return f"domiciliation/mail/{secrets.token_hex(16)}"


class ForwardingAddress(models.Model):
    """Where a firm's mail may be forwarded."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="forwarding_addresses"
    )
    label = models.CharField(_("label"), max_length=80)
    recipient = models.CharField(_("recipient"), max_length=120)
    address = models.TextField(_("address"), max_length=500)
    country = models.CharField(_("country"), max_length=2, default="CN")
    active = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("forwarding address")
        verbose_name_plural = _("forwarding addresses")
        ordering = ["label", "id"]

    def __str__(self) -> str:
        return f"{self.label}: {self.recipient}"


class ForwardBundle(models.Model):
    """Items forwarded together to one address in one envelope."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="bundles")
    address = models.ForeignKey(ForwardingAddress, on_delete=models.PROTECT, related_name="+")
    sent_at = models.DateTimeField(_("sent at"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    tracking = models.CharField(_("tracking number"), max_length=60, blank=True)

    class Meta:
        verbose_name = _("forwarding bundle")
        verbose_name_plural = _("forwarding bundles")
        ordering = ["-sent_at", "-id"]

    def __str__(self) -> str:
        return f"{self.contract.reference} → {self.address}"


class MailRule(models.Model):
    """A firm's standing instruction for a kind of item ("always scan official documents")."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="mail_rules")
    kind = models.CharField(_("for items of kind"), max_length=10, choices=MailKind.choices)
    action = models.CharField(_("action"), max_length=10, choices=MailAction.choices)
    forward_to = models.ForeignKey(
        ForwardingAddress,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("forward to"),
    )

    class Meta:
        verbose_name = _("standing rule")
        verbose_name_plural = _("standing rules")
        constraints = [
            models.UniqueConstraint(fields=["contract", "kind"], name="dom_one_rule_per_kind"),
            models.CheckConstraint(
                condition=~Q(action=MailAction.FORWARD) | Q(forward_to__isnull=False),
                name="dom_rule_forward_has_address",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} → {self.get_action_display()}"


class MailItem(models.Model):
    """An item received at the hosted address. Without a contract it waits in the
    unassigned queue; official documents are always urgent."""

    contract = models.ForeignKey(
        Contract, on_delete=models.PROTECT, null=True, blank=True, related_name="mail_items"
    )
    addressee = models.CharField(_("addressed to"), max_length=200)
    kind = models.CharField(_("type"), max_length=10, choices=MailKind.choices)
    sender = models.CharField(_("sender"), max_length=200)
    tracking = models.CharField(_("tracking or reference number"), max_length=60, blank=True)
    urgent = models.BooleanField(_("urgent"), default=False)
    received_at = models.DateTimeField(_("received at"))
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    envelope = models.FileField(_("photo of the envelope"), upload_to=mail_path, blank=True)
    envelope_type = models.CharField(max_length=100, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=MailStatus.choices, default=MailStatus.RECEIVED
    )
    notified_at = models.DateTimeField(null=True, blank=True)
    action = models.CharField(_("action"), max_length=10, choices=MailAction.choices, blank=True)
    forward_to = models.ForeignKey(
        ForwardingAddress,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("forward to"),
    )
    action_requested_at = models.DateTimeField(null=True, blank=True)
    action_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    by_rule = models.BooleanField(_("by standing rule"), default=False)
    scan = models.FileField(_("scan"), upload_to=mail_path, blank=True)
    scan_type = models.CharField(max_length=100, blank=True)
    bundle = models.ForeignKey(
        ForwardBundle, on_delete=models.SET_NULL, null=True, blank=True, related_name="items"
    )
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("mail item")
        verbose_name_plural = _("mail items")
        ordering = ["-received_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind=MailKind.OFFICIAL) | Q(urgent=True),
                name="dom_mail_official_is_urgent",
            ),
            models.CheckConstraint(
                condition=Q(contract__isnull=False) | Q(status=MailStatus.RECEIVED),
                name="dom_mail_unassigned_is_received",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=[MailStatus.ACTION_REQUESTED, MailStatus.DONE])
                | ~Q(action=""),
                name="dom_mail_requested_has_action",
            ),
            models.CheckConstraint(
                condition=~Q(action=MailAction.FORWARD) | Q(forward_to__isnull=False),
                name="dom_mail_forward_has_address",
            ),
            models.CheckConstraint(
                condition=~Q(status=MailStatus.DONE) | Q(done_at__isnull=False),
                name="dom_mail_done_has_time",
            ),
            models.CheckConstraint(
                condition=Q(status__in=MailStatus.values), name="dom_mail_status_valid"
            ),
        ]
        indexes = [models.Index(fields=["status", "received_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.sender}"
