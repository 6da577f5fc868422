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


@task()
def warm_suggestions(event_id: int) -> int:
    """Fill the suggestion cache of every confirmed participant who brings profiles (the
    matching engine's scores), so the directory pages answer from the cache."""
    from techbridge.events.selectors import event_engine_scores

    return event_engine_scores(event_id)


@task()
def print_documents(run_id: int) -> str:
    """Render every badge and agenda of one print run into its archive."""
    from techbridge.events.services.printing import print_run_execute

    return print_run_execute(run_id).status
