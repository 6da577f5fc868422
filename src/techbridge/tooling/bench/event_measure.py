"""What `techbridge bench event` measures once the convention is scheduled: page loads of the
participant directory and of personal agendas (as the organiser's browser gets them, through
Django's test client: middleware, templates, queries), and the printed documents."""

from __future__ import annotations

import random
import statistics
import time
from typing import Any

from django.test import Client


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    cut = statistics.quantiles(ordered, n=100, method="inclusive")
    return {
        "p50_ms": round(1000 * statistics.median(ordered), 1),
        "p95_ms": round(1000 * cut[94], 1),
        "max_ms": round(1000 * ordered[-1], 1),
    }


def _load(client: Client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise RuntimeError(f"{url}: HTTP {response.status_code}")
    return elapsed


def page_loads(staff: Any, event: Any, rng: random.Random, *, loads: int) -> dict[str, Any]:
    """`loads` random directory pages (30 cards each, a filter one time in four) and `loads`
    random personal agendas, after one warm-up load of each."""
    from techbridge.events.models import Participant, RegistrationStatus

    client = Client()
    client.force_login(staff)
    base = f"/events/{event.slug}"
    people = list(
        Participant.objects.filter(event=event, status=RegistrationStatus.CONFIRMED).values_list(
            "pk", flat=True
        )
    )
    pages = max(1, len(people) // 30)
    _load(client, f"{base}/participants/")
    _load(client, f"{base}/agenda/{people[0]}/")
    directory = []
    for _ in range(loads):
        query = f"?page={rng.randint(1, pages)}"
        if rng.random() < 0.25:
            query = f"?q=Representative+{rng.randint(1, 999)}"
        directory.append(_load(client, f"{base}/participants/{query}"))
    agendas = [_load(client, f"{base}/agenda/{rng.choice(people)}/") for _ in range(loads)]
    return {"directory": _percentiles(directory), "agenda": _percentiles(agendas),
            "loads": loads}  # fmt: skip


def documents(staff: Any, event: Any) -> dict[str, Any]:
    """Every badge and every PDF agenda of the event, rendered as the organiser's archive
    task renders them (`events.documents`)."""
    from techbridge.events.documents import render_archive

    started = time.perf_counter()
    ticks: list[tuple[int, int]] = []
    result = render_archive(event, base_url="http://testserver", on_progress=ticks.append)
    return {
        **result,
        "seconds": round(time.perf_counter() - started, 1),
        "progress_updates": len(ticks),
    }
