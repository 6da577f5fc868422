"""The daily run (`techbridge domiciliation_daily`, or the task): contracts past their last
day are ended, firms up for renewal are reminded once per end date, documents due for a
re-check are announced, and firms whose contract ended are reminded to move their registered
address. Each contract is handled in its own transaction under its row lock, so running the
job twice (or two workers at once) reminds nobody twice."""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from techbridge.domiciliation import notices
from techbridge.domiciliation.models import CheckResult, Contract, KycDocument, Status
from techbridge.domiciliation.stages import Stage, last_day

RECHECK_WARNING = timedelta(days=14)
MOVE_REMINDER_EVERY = timedelta(days=14)


def _url(contract: Contract) -> str:
    return reverse("domiciliation:contract", args=[contract.pk])


def end_expired(today: date) -> int:
    """Store ENDED on contracts whose last day has passed (frees the firm for a new one)."""
    done = 0
    candidates = Contract.objects.filter(
        Q(ends_on__lt=today) | Q(notice_served_on__isnull=False),
        status__in=[Status.ACTIVE, Status.NOTICE_SERVED],
    )
    for contract_id in candidates.values_list("pk", flat=True):
        with transaction.atomic():
            c = Contract.objects.select_for_update().get(pk=contract_id)
            if c.status in (Status.ACTIVE, Status.NOTICE_SERVED) and c.stage(today) == Stage.ENDED:
                c.status, c.ended_on = Status.ENDED, last_day(c.dates)
                c.save(update_fields=["status", "ended_on", "updated_at"])
                done += 1
    return done


def remind_renewals(today: date) -> int:
    """One reminder per contract and end date, when it becomes up for renewal."""
    sent = 0
    for contract_id in Contract.objects.filter(status=Status.ACTIVE).values_list("pk", flat=True):
        with transaction.atomic():
            c = Contract.objects.select_for_update().get(pk=contract_id)
            if c.stage(today) != Stage.UP_FOR_RENEWAL or c.renewal_reminded_for == c.ends_on:
                continue
            c.renewal_reminded_for = c.ends_on
            c.save(update_fields=["renewal_reminded_for", "updated_at"])
            notices.tell_firm(
                c.organisation_id,
                kind="domiciliation.renewal",
                title=lambda c=c: (
                    _("Your hosting contract %(ref)s ends on %(day)s")
                    % {"ref": c.reference, "day": c.ends_on.isoformat()}
                ),
                body=lambda c=c: (
                    _(
                        "To keep %(address)s as your registered address, tell us before %(day)s "
                        "whether you renew (notice period: %(days)s days)."
                    )
                    % {
                        "address": c.hosted_address,
                        "day": (c.ends_on - timedelta(days=c.notice_days)).isoformat(),
                        "days": c.notice_days,
                    }
                ),
                url=_url(c),
            )
            sent += 1
    return sent


def remind_rechecks(today: date) -> int:
    """Documents of contracts in force whose re-check or expiry is within two weeks."""
    soon = today + RECHECK_WARNING
    docs = KycDocument.objects.filter(
        contract__status__in=[Status.ACTIVE, Status.NOTICE_SERVED],
        result=CheckResult.VERIFIED,
        recheck_reminded_on__isnull=True,
    ).filter(Q(recheck_on__lte=soon) | Q(expires_on__lte=soon))
    sent = 0
    for doc_id in docs.values_list("pk", flat=True):
        with transaction.atomic():
            doc = KycDocument.objects.select_for_update().select_related("contract").get(pk=doc_id)
            if doc.recheck_reminded_on is not None:
                continue
            doc.recheck_reminded_on = today
            doc.save(update_fields=["recheck_reminded_on"])
            due = min(d for d in (doc.recheck_on, doc.expires_on) if d is not None)
            notices.tell_firm(
                doc.contract.organisation_id,
                kind="domiciliation.kyc",
                title=lambda doc=doc, due=due: (
                    _("%(document)s must be checked again by %(day)s")
                    % {"document": doc.get_kind_display(), "day": due.isoformat()}
                ),
                body=_("Please upload a current copy."),
                url=_url(doc.contract),
            )
            sent += 1
    return sent


def remind_moves(today: date) -> int:
    """Firms whose contract ended and whose registered address has not moved, every two
    weeks."""
    stale = today - MOVE_REMINDER_EVERY
    qs = Contract.objects.filter(
        status__in=[Status.ENDED, Status.TERMINATED], address_moved_on__isnull=True
    ).filter(Q(move_reminded_on__isnull=True) | Q(move_reminded_on__lte=stale))
    sent = 0
    for contract_id in qs.values_list("pk", flat=True):
        with transaction.atomic():
            c = Contract.objects.select_for_update().get(pk=contract_id)
            if c.address_moved_on or (c.move_reminded_on and c.move_reminded_on > stale):
                continue
            c.move_reminded_on = today
            c.save(update_fields=["move_reminded_on", "updated_at"])
            notices.tell_firm(
                c.organisation_id,
                kind="domiciliation.contract",
                title=lambda c=c: (
                    _("Please move your registered address away from %(address)s")
                    % {"address": c.hosted_address}
                ),
                body=_(
                    "Your hosting contract has ended. Register your new address with the market "
                    "regulator and send us the new business licence."
                ),
                url=_url(c),
            )
            sent += 1
    return sent


def run_daily(today: date) -> dict[str, int]:
    return {
        "ended": end_expired(today),
        "renewal_reminders": remind_renewals(today),
        "recheck_reminders": remind_rechecks(today),
        "move_reminders": remind_moves(today),
    }
