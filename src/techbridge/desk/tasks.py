"""Background work of the service desk: take nothing or ids, idempotent, call a service."""

from __future__ import annotations

from django.tasks import task
from django.utils import timezone

from techbridge.desk.services.sla_watch import sla_sweep


@task
def sla_sweep_task() -> dict[str, int]:
    """Warn before SLA targets fall due and escalate breaches (see services/sla_watch.py)."""
    return sla_sweep(now=timezone.now())
