"""Address plans, hosting contracts and their know-your-customer documents.

Stored `Contract.status` is what people decided; `Contract.stage(today)` adds what the
calendar decides (up for renewal, ended) through `domiciliation.stages`. The database keeps
the rules that matter to the regulator: an active, noticed or ended contract has a recorded
KYC pass (`kyc_passed_on`), a terminated one has a reason and a day, one live contract per
firm, per credit code and per hosted address.
"""

from __future__ import annotations

import secrets
from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.accounts.models import Organisation
from techbridge.domiciliation.stages import Dates, Stage, last_day, stage_of

models.CharField.register_lookup(Length)


class Currency(models.TextChoices):
    CNY = "CNY", _("Chinese yuan (CNY)")
    EUR = "EUR", _("Euro (EUR)")
    USD = "USD", _("US dollar (USD)")


class DocumentKind(models.TextChoices):
    BUSINESS_LICENCE = "business_licence", _("Business licence or certificate of incorporation")
    LEGAL_REP_ID = "legal_rep_id", _("Legal representative's ID document")
    AUTHORISATION = "authorisation", _("Authorisation letter")
    BENEFICIAL_OWNERS = "beneficial_owners", _("Beneficial owners' declaration")
    PROOF_OF_ADDRESS = "proof_of_address", _("Proof of the parent company's address")


class Status(models.TextChoices):
    DRAFT = Stage.DRAFT.value, _("Draft")
    AWAITING_DOCUMENTS = Stage.AWAITING_DOCUMENTS.value, _("Awaiting documents")
    ACTIVE = Stage.ACTIVE.value, _("Active")
    NOTICE_SERVED = Stage.NOTICE_SERVED.value, _("Notice served")
    ENDED = Stage.ENDED.value, _("Ended")
    TERMINATED = Stage.TERMINATED.value, _("Terminated")


STAGE_LABELS = {
    **{Stage(v): label for v, label in Status.choices},
    Stage.UP_FOR_RENEWAL: _("Up for renewal"),
}
# Contracts that hold the firm's registered address (one per firm, credit code, address).
LIVE = (Status.DRAFT, Status.AWAITING_DOCUMENTS, Status.ACTIVE, Status.NOTICE_SERVED)
# Statuses that need a passed KYC check.
CHECKED = (Status.ACTIVE, Status.NOTICE_SERVED, Status.ENDED)


class TerminationReason(models.TextChoices):
    FIRM_REQUEST = "firm_request", _("At the firm's request")
    NON_PAYMENT = "non_payment", _("Fees not paid")
    KYC_FAILED = "kyc_failed", _("Know-your-customer checks failed")
    MISUSE = "misuse", _("Misuse of the address")
    DISSOLVED = "dissolved", _("The firm was dissolved or deregistered")
    OTHER = "other", _("Other reason")


class CheckResult(models.TextChoices):
    PENDING = "pending", _("Waiting for verification")
    VERIFIED = "verified", _("Verified")
    REJECTED = "rejected", _("Rejected")


def _localised(obj: object, field: str) -> str:
    lang = translation.get_language() or "en"
    en, zh = getattr(obj, f"{field}_en"), getattr(obj, f"{field}_zh")
    return (zh or en) if lang.startswith("zh") else (en or zh)


class Plan(models.Model):
    """An address plan: what it costs, which documents its firms must provide, how often
    they are checked again."""

    slug = models.SlugField(_("key"), max_length=60, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_zh = models.CharField(_("name (Chinese)"), max_length=120, blank=True)
    monthly_fee = models.DecimalField(_("monthly fee"), max_digits=10, decimal_places=2)
    setup_fee = models.DecimalField(_("set-up fee"), max_digits=10, decimal_places=2, default=0)
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.CNY
    )
    required_documents = models.JSONField(_("required documents"), default=list)
    recheck_months = models.PositiveSmallIntegerField(
        _("re-check documents every (months)"), default=12
    )
    term_months = models.PositiveSmallIntegerField(_("usual term (months)"), default=12)
    notice_days = models.PositiveSmallIntegerField(_("usual notice period (days)"), default=30)
    active = models.BooleanField(_("offered"), default=True)

    class Meta:
        verbose_name = _("address plan")
        verbose_name_plural = _("address plans")
        ordering = ["monthly_fee", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(monthly_fee__gte=0) & Q(setup_fee__gte=0), name="dom_plan_fees_positive"
            ),
            models.CheckConstraint(condition=Q(recheck_months__gte=1), name="dom_plan_recheck_1"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return _localised(self, "name")

    def required_kinds(self) -> list[DocumentKind]:
        return [DocumentKind(k) for k in self.required_documents if k in DocumentKind.values]


class Contract(models.Model):
    """A firm's hosting contract: the centre's address as its registered office."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="hosting_contracts"
    )
    plan = models.ForeignKey(
        Plan, on_delete=models.PROTECT, related_name="contracts", verbose_name=_("plan")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    firm_name_zh = models.CharField(_("firm name (Chinese)"), max_length=200)
    firm_name_en = models.CharField(_("firm name (English)"), max_length=200, blank=True)
    credit_code = models.CharField(
        _("unified social credit code"),
        max_length=18,
        blank=True,
        help_text=_("Empty until the firm is registered at this address."),
    )
    legal_representative = models.CharField(_("legal representative"), max_length=120)
    hosted_address = models.CharField(_("hosted address"), max_length=300)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    notice_days = models.PositiveSmallIntegerField(_("notice period (days)"), default=30)
    monthly_fee = models.DecimalField(_("monthly fee"), max_digits=10, decimal_places=2)
    setup_fee = models.DecimalField(_("set-up fee"), max_digits=10, decimal_places=2, default=0)
    deposit = models.DecimalField(_("deposit"), max_digits=10, decimal_places=2, default=0)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    signed_at = models.DateTimeField(_("signed at"), null=True, blank=True)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    kyc_passed_on = models.DateField(_("checks passed on"), null=True, blank=True)
    notice_served_on = models.DateField(_("notice served on"), null=True, blank=True)
    notice_served_by_firm = models.BooleanField(_("notice served by the firm"), default=False)
    terminated_on = models.DateField(_("terminated on"), null=True, blank=True)
    termination_reason = models.CharField(
        _("reason"), max_length=20, choices=TerminationReason.choices, blank=True
    )
    termination_note = models.TextField(_("note"), blank=True, max_length=2000)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    address_moved_on = models.DateField(_("registered address moved on"), null=True, blank=True)
    new_address = models.CharField(_("new registered address"), max_length=300, blank=True)
    renewal_reminded_for = models.DateField(null=True, blank=True, editable=False)
    move_reminded_on = models.DateField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("hosting contract")
        verbose_name_plural = _("hosting contracts")
        ordering = ["-created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gt=F("starts_on")), name="dom_contract_ends_after_start"
            ),
            models.CheckConstraint(
                condition=~Q(status__in=CHECKED) | Q(kyc_passed_on__isnull=False),
                name="dom_contract_active_needs_kyc",
            ),
            models.CheckConstraint(
                condition=~Q(status=Status.TERMINATED)
                | (Q(terminated_on__isnull=False) & ~Q(termination_reason="")),
                name="dom_contract_terminated_has_reason",
            ),
            models.CheckConstraint(
                condition=~Q(status=Status.NOTICE_SERVED) | Q(notice_served_on__isnull=False),
                name="dom_contract_notice_has_day",
            ),
            models.CheckConstraint(
                condition=Q(credit_code="") | Q(credit_code__length=18),
                name="dom_contract_credit_code_18",
            ),
            models.CheckConstraint(
                condition=Q(monthly_fee__gte=0) & Q(setup_fee__gte=0) & Q(deposit__gte=0),
                name="dom_contract_fees_positive",
            ),
            models.CheckConstraint(
                condition=Q(status__in=Status.values), name="dom_contract_status_valid"
            ),
            models.UniqueConstraint(
                fields=["organisation"],
                condition=Q(status__in=LIVE),
                name="dom_one_live_contract_per_firm",
            ),
            models.UniqueConstraint(
                fields=["credit_code"],
                condition=Q(status__in=LIVE) & ~Q(credit_code=""),
                name="dom_one_live_contract_per_code",
            ),
            models.UniqueConstraint(
                fields=["hosted_address"],
                condition=Q(status__in=LIVE),
                name="dom_one_live_contract_per_address",
            ),
        ]
        indexes = [models.Index(fields=["status", "ends_on"])]

    def __str__(self) -> str:
        return f"{self.reference} {self.firm_name}"

    @property
    def reference(self) -> str:
        return f"DOM-{self.pk or 0:05d}"

    @property
    def firm_name(self) -> str:
        lang = translation.get_language() or "en"
        if lang.startswith("zh"):
            return self.firm_name_zh or self.firm_name_en
        return self.firm_name_en or self.firm_name_zh

    @property
    def dates(self) -> Dates:
        return Dates(
            status=self.status,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            notice_days=self.notice_days,
            notice_served_on=self.notice_served_on,
        )

    def stage(self, today: date) -> Stage:
        return stage_of(self.dates, today)

    def stage_label(self, today: date) -> str:
        return str(STAGE_LABELS[self.stage(today)])

    @property
    def last_day(self) -> date:
        return self.ended_on or self.terminated_on or last_day(self.dates)


def document_path(instance: KycDocument, filename: str) -> str:
    # Random names: the original name is kept in a column, never in the path.
    return f"domiciliation/kyc/{instance.contract_id}/{secrets.token_hex(16)}"


class KycDocument(models.Model):
    """One document a firm provided for its contract's checks; the latest of each kind is
    the one that counts. Staff verify it (result, day, note); a verified document is checked
    again `plan.recheck_months` later, and an ID document no longer counts once it expires."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("document"), max_length=24, choices=DocumentKind.choices)
    file = models.FileField(upload_to=document_path)
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    expires_on = models.DateField(_("valid until"), null=True, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    result = models.CharField(
        _("result"), max_length=10, choices=CheckResult.choices, default=CheckResult.PENDING
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    checked_on = models.DateField(_("checked on"), null=True, blank=True)
    check_note = models.CharField(_("note"), max_length=500, blank=True)
    recheck_on = models.DateField(_("check again on"), null=True, blank=True)
    recheck_reminded_on = models.DateField(null=True, blank=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("KYC document")
        verbose_name_plural = _("KYC documents")
        ordering = ["-uploaded_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(result=CheckResult.PENDING)
                | (Q(checked_on__isnull=False) & Q(checked_by__isnull=False)),
                name="dom_kyc_checked_has_day",
            ),
            models.CheckConstraint(
                condition=~Q(result=CheckResult.VERIFIED) | Q(recheck_on__isnull=False),
                name="dom_kyc_verified_has_recheck",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.filename})"
