"""In-app notifications; e-mails (at once or in the digest) are sent from the same rows."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from techbridge.notifications.kinds import MAX_LENGTH, kind_label


class Delivery(models.TextChoices):
    """How a notification reaches its recipient's mailbox."""

    NOW = "now", _("E-mailed at once")
    DIGEST = "digest", _("In the e-mail digest")
    NONE = "none", _("Not e-mailed")


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("recipient"),
    )
    # A registered kind ("deals.message", notifications.kinds); not choices, since each app
    # registers its own.
    kind = models.CharField(_("kind"), max_length=MAX_LENGTH)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"), blank=True, max_length=5000)
    url = models.CharField(_("link"), max_length=500, blank=True)
    delivery = models.CharField(
        _("e-mail"), max_length=10, choices=Delivery.choices, default=Delivery.DIGEST
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["user", "read_at"]),
            models.Index(fields=["emailed_at", "delivery"], name="notification_unmailed_idx"),
        ]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self) -> str:
        return self.title

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)
