"""Export a search DB's rows + the bench mix's plans and the resident engine's answers (for the tantivy comparison)."""
import os, sys, json, time
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "techbridge.settings")
django.setup()
from techbridge.tooling.scratch import _use
import dj_database_url
_use(dj_database_url.parse(sys.argv[1]))
out = sys.argv[2]
from django.contrib.auth.models import AnonymousUser
from techbridge.search import selectors
from techbridge.tooling.bench.search import query_mix
from techbridge.search.forms import parse_params
from techbridge.search.backends.resident import resident, engine_query
from techbridge.search.backends.store import COLUMNS, rows_of as _rows
from techbridge.search.selectors import text_plan, _filters
os.makedirs(out, exist_ok=True)
state = resident(); index = state.sync()
visitor = AnonymousUser()
key, mask = state.mask(_filters(visitor, parse_params({})))
seen = mask.seen
with open(f"{out}/docs.jsonl", "w") as f:
    for rows in _rows():
        for r in rows:
            d = dict(zip(COLUMNS, r))
            d["published_at"] = int(d["published_at"].timestamp()) if d["published_at"] else None
            d["expires_on"] = d["expires_on"].toordinal() - 719163 if d["expires_on"] else None
            d["visible"] = bool(d["profile_id"] < seen.size and seen[d["profile_id"]])
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
queries = []
for params in query_mix(0):
    p = parse_params(params)
    plan = text_plan(p.q)
    filters = _filters(visitor, p)
    q = engine_query(plan, filters, p.sort, 1, 20, True)
    vis = mask.visible(index)
    index.search_visible(q, vis)
    t = time.perf_counter(); r = index.search_visible(q, vis); ms = (time.perf_counter() - t) * 1000
    queries.append({"params": params, "groups": plan.groups, "weights": plan.weights, "filters": q.filters,
                    "number": q.number, "sort": q.sort, "ids": r.ids, "total": r.total,
                    "counts": {k: dict(v) for k, v in r.counts.items()}, "engine_ms": ms})
json.dump(queries, open(f"{out}/queries.json", "w"), ensure_ascii=False)
print("exported", len(index), "docs", len(queries), "queries")
