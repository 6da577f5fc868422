"""`techbridge bench search --processes N`: N serving processes over one database's index.

After the single-process run, a new interpreter (``spawn``) is started on the scratch
database and answers one search: ``first_answer_seconds`` from its start (imports, Django,
the text analyser, opening the index's shared segment files, the audience's mask). Then N
processes are forked from the bench process, as ``gunicorn --preload`` forks its workers
from the loaded application (code and dictionaries shared until written); each opens the
index itself and answers a first search, then, one process at a time, the query mix
(latencies of all of them: ``p50_ms``/``p95_ms``).
Then a profile is changed and re-indexed through the indexing service (as the task does)
while every process searches for its new word: ``publish_visible_seconds`` is the longest
time, from the commit, until a process found it. Memory: each process's ``Pss`` from
``/proc/PID/smaps_rollup`` (shared pages divided among the processes mapping them) at the
end; ``pss_sum_mb`` over the N against ``rss_one_mb``, the largest single resident size
(what one process alone holds: its Pss when nobody shares)."""

from __future__ import annotations

import multiprocessing
import statistics
import time
from datetime import date
from typing import Any

from django.db import connections

from techbridge.tooling.scratch import progress

POLL_SECONDS = 0.02
WATCH_SECONDS = 60
WORD = "zyxwvquasarword"


def _memory() -> dict[str, float]:
    out: dict[str, float] = {}
    try:
        with open("/proc/self/smaps_rollup") as f:
            for line in f:
                key, _sep, rest = line.partition(":")
                if key in ("Rss", "Pss", "Shared_Clean", "Private_Clean", "Private_Dirty"):
                    out[key] = int(rest.split()[0]) / 1024
    except OSError:
        pass
    return out


def _child(config: dict[str, Any], started: float, seed: int, pipe: Any) -> None:
    import django

    django.setup()
    from django.contrib.auth.models import AnonymousUser

    from techbridge.search import selectors
    from techbridge.search.forms import parse_params
    from techbridge.tooling.bench.search_queries import query_mix
    from techbridge.tooling.scratch import _use

    _use(config)
    visitor = AnonymousUser()
    mix = query_mix(seed)
    selectors.search(actor=visitor, params=parse_params(mix[0]))
    pipe.send({"first_answer_seconds": time.time() - started})
    while (message := pipe.recv()) != "done":
        if message == "mix":
            timings = []
            for params in mix:
                t0 = time.perf_counter()
                selectors.search(actor=visitor, params=parse_params(params))
                timings.append((time.perf_counter() - t0) * 1000)
            pipe.send({"timings": timings})
        elif message == "watch":
            pipe.send("watching")
            give_up = time.time() + WATCH_SECONDS
            while not selectors.search(actor=visitor, params=parse_params({"q": WORD})).total:
                if time.time() > give_up:
                    break
                time.sleep(POLL_SECONDS)
            pipe.send({"seen_at": time.time() if time.time() <= give_up else None})
    pipe.send(_memory())
    connections.close_all()


def _publish() -> float:
    """Give a published profile a new word and index it as the task does; the commit time."""
    from techbridge.profiles.models import TechnologyProfile
    from techbridge.search.services import index_profiles

    visible = TechnologyProfile.objects.filter(status="published", visibility="public")
    profile = visible.filter(expires_on__gte=date.today()).order_by("-id").first()  # noqa: DTZ011
    if profile is None:
        return time.time()
    TechnologyProfile.objects.filter(id=profile.id).update(title=f"{profile.title} {WORD}")
    index_profiles([profile.id])  # its own transaction: committed on return
    return time.time()


def _start(method: str, config: dict[str, Any], seed: int) -> tuple[Any, Any, float]:
    context = multiprocessing.get_context(method)
    parent_end, child_end = context.Pipe()
    connections.close_all()  # a forked child must not share the parent's connection
    child = context.Process(target=_child, args=(config, time.time(), seed, child_end))
    child.start()
    return child, parent_end, parent_end.recv()["first_answer_seconds"]


def _cold_start(config: dict[str, Any], seed: int) -> float:
    """A new interpreter's time to its first answer (imports, Django, opening the index)."""
    child, pipe, first = _start("spawn", config, seed)
    pipe.send("done")
    pipe.recv()
    child.join()
    return first


def run(*, processes: int, seed: int) -> dict[str, Any]:
    """Measure ``processes`` serving processes (see the module docstring)."""
    config = dict(connections["default"].settings_dict)
    progress("bench: a cold process's first answer")
    cold = _cold_start(config, seed)
    progress(f"bench: forking {processes} serving processes (as gunicorn --preload does)")
    children, pipes, first = [], [], []
    for _ in range(processes):
        child, pipe, seconds = _start("fork", config, seed)
        children.append(child)
        pipes.append(pipe)
        first.append(seconds)
    timings: list[float] = []
    for pipe in pipes:
        pipe.send("mix")
        timings += pipe.recv()["timings"]
    for pipe in pipes:
        pipe.send("watch")
        pipe.recv()
    committed = _publish()
    seen_at = [pipe.recv()["seen_at"] for pipe in pipes]
    seen = [at - committed for at in seen_at if at is not None]
    memory = []
    for pipe in pipes:
        pipe.send("done")
        memory.append(pipe.recv())
    for child in children:
        child.join()
    timings.sort()
    pss = [m.get("Pss", 0.0) for m in memory]
    rss = [m.get("Rss", 0.0) for m in memory]
    return {
        "processes": processes,
        "first_answer_seconds": round(cold, 2),
        "forked_first_answer_seconds": [round(x, 2) for x in first],
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 2),
        "max_ms": round(timings[-1], 2),
        # None: a process did not find it within WATCH_SECONDS
        "publish_visible_seconds": round(max(seen), 3) if len(seen) == processes else None,
        "pss_mb_each": [round(x, 1) for x in pss],
        "pss_sum_mb": round(sum(pss), 1),
        "rss_one_mb": round(max(rss), 1),
        "pss_sum_over_one": round(sum(pss) / max(rss), 2) if max(rss, default=0) else None,
        "shared_clean_mb_each": [round(m.get("Shared_Clean", 0.0), 1) for m in memory],
    }
