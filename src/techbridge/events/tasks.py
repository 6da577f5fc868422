"""Background work for events: take ids, idempotent, call a service."""

from __future__ import annotations

from django.tasks import task


@task()
def schedule_event(run_id: int) -> str:
    """Solve and save one scheduler run (the run row says how it went)."""
    from techbridge.events.services import schedule_run_execute

    return schedule_run_execute(run_id).status


@task()
def expire_requests() -> int:
    from techbridge.events.services import requests_expire_due

    return requests_expire_due()
