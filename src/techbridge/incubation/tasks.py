"""Background work for incubation: take ids, idempotent, call a service."""

from __future__ import annotations

from django.tasks import task


@task()
def propose_demo_day_partners(demo_day_id: int, actor_id: int) -> int:
    """Recompute a demo day's partner proposals with the matching engine."""
    from techbridge.accounts.models import User
    from techbridge.incubation.models import DemoDay
    from techbridge.incubation.services.demo_day import demo_day_propose

    day = DemoDay.objects.get(pk=demo_day_id)
    return demo_day_propose(actor=User.objects.get(pk=actor_id), demo_day=day)
