"""The register's layouts and the reports to the market regulator."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.domiciliation import register
from techbridge.domiciliation.models import RegisterLayout, RegulatorReport
from techbridge.domiciliation.selectors import can_manage
from techbridge.domiciliation.stages import Stage


@transaction.atomic
def layout_save(*, actor: Any, name: str, columns: list[str], is_default: bool) -> RegisterLayout:
    """Create or replace the layout of this name (columns in order, known keys only)."""
    if not can_manage(actor):
        raise PermissionDenied()
    unknown = [c for c in columns if c not in register.COLUMNS]
    if unknown or not columns or len(set(columns)) != len(columns):
        raise ValidationFailed(
            fields={"columns": [str(_("Choose each column once, from the list."))]}
        )
    if is_default:
        RegisterLayout.objects.select_for_update().filter(is_default=True).exclude(
            name=name
        ).update(is_default=False)
    layout, _created = RegisterLayout.objects.update_or_create(
        name=name.strip()[:80], defaults={"columns": columns, "is_default": is_default}
    )
    return layout


def _counts(rows: list[register.Row], start: date, end: date) -> dict[str, int]:
    def hosted_on(r: register.Row, day: date) -> bool:
        c = r.contract
        return c.starts_on <= day <= c.last_day

    return {
        "hosted_at_end": sum(hosted_on(r, end) for r in rows),
        "started": sum(start <= r.contract.starts_on <= end for r in rows),
        "ended": sum(
            r.stage in (Stage.ENDED, Stage.TERMINATED) and start <= r.contract.last_day <= end
            for r in rows
        ),
        "flagged": sum(r.flagged for r in rows),
    }


@transaction.atomic
def report_create(
    *, actor: Any, period_start: date, period_end: date, today: date
) -> RegulatorReport:
    """File the register for a period: the firms hosted during it (in the default layout,
    in Chinese, as the regulator reads it), with the period's counts. One report a period."""
    if not can_manage(actor):
        raise PermissionDenied()
    if period_end < period_start or period_end > today:
        raise ValidationFailed(
            fields={"period_end": [str(_("The period must end after it starts, by today."))]}
        )
    contracts = [
        c
        for c in register.registered(actor=actor)
        if c.starts_on <= period_end and c.last_day >= period_start
    ]
    with translation.override("zh-hans"):
        rows = register.rows(contracts, today)
        columns = register.layout_columns(register.default_layout())
        content = register.workbook(rows, columns, f"{period_start:%Y%m%d}-{period_end:%Y%m%d}")
    try:
        with transaction.atomic():
            report = RegulatorReport.objects.create(
                period_start=period_start,
                period_end=period_end,
                created_by=actor,
                counts=_counts(rows, period_start, period_end),
            )
    except IntegrityError as exc:
        raise Conflict(_("A report for this period has already been filed.")) from exc
    report.file.save(
        f"register-{period_start:%Y%m%d}-{period_end:%Y%m%d}.xlsx", ContentFile(content)
    )
    return report
