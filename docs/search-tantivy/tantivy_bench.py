"""tantivy vs the resident engine: build, query mix (top 20 + disjunctive facet counts), parity, Pss."""
import json, os, sys, time, statistics, shutil
import tantivy
D = sys.argv[1]; mode = sys.argv[2]
PATH = f"{D}/tantivy"
SINGLE = ("kind", "language", "country", "province", "org_type", "ip_status")
MULTI = {"sector": "sectors", "partnership": "partnership_types"}

def schema():
    b = tantivy.SchemaBuilder()
    b.add_unsigned_field("id", stored=True, indexed=True, fast=True)
    b.add_text_field("title", tokenizer_name="whitespace", index_option="freq")
    b.add_text_field("body", tokenizer_name="whitespace", index_option="freq")
    for f in (*SINGLE, *MULTI):
        b.add_text_field(f, tokenizer_name="raw", index_option="basic", fast=True)
    b.add_unsigned_field("trl", indexed=True, fast=True)
    b.add_integer_field("published", indexed=True, fast=True)
    b.add_unsigned_field("visible", indexed=True, fast=True)
    return b.build()

def build():
    shutil.rmtree(PATH, ignore_errors=True); os.makedirs(PATH)
    idx = tantivy.Index(schema(), path=PATH)
    w = idx.writer(heap_size=200_000_000, num_threads=2)
    t = time.perf_counter(); n = 0
    for line in open(f"{D}/docs.jsonl"):
        d = json.loads(line)
        doc = tantivy.Document()
        doc.add_unsigned("id", d["profile_id"]); doc.add_text("title", d["title_terms"]); doc.add_text("body", d["body_terms"])
        doc.add_unsigned("trl", d["trl"]); doc.add_integer("published", d["published_at"] or -(2**62)); doc.add_unsigned("visible", int(d["visible"]))
        for f in SINGLE:
            doc.add_text(f, d[f] or "_")
        for f, c in MULTI.items():
            for v in (d[c].split() or ["_"]):
                doc.add_text(f, v)
        w.add_document(doc); n += 1
    w.commit(); w.wait_merging_threads()
    print(json.dumps({"built": n, "build_seconds": round(time.perf_counter() - t, 1),
                      "disk_mb": round(sum(os.path.getsize(os.path.join(PATH, f)) for f in os.listdir(PATH)) / 2**20, 1)}))

def pss():
    for l in open("/proc/self/smaps_rollup"):
        if l.startswith("Pss:"): return int(l.split()[1]) / 1024

def run():
    sch = schema(); idx = tantivy.Index.open(PATH); idx.reload(); s = idx.searcher()
    Q, O = tantivy.Query, tantivy.Occur
    def term(t):
        return Q.boolean_query([(O.Should, Q.boost_query(Q.term_query(sch, "title", t), 4.0)), (O.Should, Q.term_query(sch, "body", t))])
    def text(groups, weights):
        w = dict(weights)
        gs = [Q.boolean_query([(O.Must, Q.boost_query(term(t), w[t]) if t in w else term(t)) for t in g]) for g in groups]
        return gs[0] if len(gs) == 1 else Q.boolean_query([(O.Should, g) for g in gs])
    def filt(name, value):
        if name in MULTI: return Q.term_query(sch, name, value)
        return Q.term_query(sch, name, value)
    queries = json.load(open(f"{D}/queries.json"))
    times, same_total, same_counts, same_ids, same_set = [], 0, 0, 0, 0
    vis = Q.term_query(sch, "visible", 1)
    for q in queries:
        t0 = time.perf_counter()
        base = [(O.Must, text(q["groups"], q["weights"]))] if q["groups"] else []
        conds = {n: filt(n, v) for n, v in q["filters"]}
        if q["number"]:
            conds["trl"] = Q.range_query(sch, "trl", tantivy.FieldType.Unsigned, q["number"][0], q["number"][1])
        def qry(but=None):
            parts = [(O.Must, vis), *base] + [(O.Must, c) for n, c in conds.items() if n != but]
            return Q.boolean_query(parts)
        full = qry()
        if q["sort"] == "newest" or not q["groups"]:
            res = s.search(full, 20, count=True, order_by_field="published")
        else:
            res = s.search(full, 20, count=True)
        ids = [s.doc(a)["id"][0] for _, a in res.hits]
        counts = {}
        aggs = {f: {"terms": {"field": f, "size": 200}} for f in (*SINGLE, *MULTI) if f not in conds}
        aggs["trl"] = {"range": {"field": "trl", "ranges": [{"key": "1-3", "from": 1, "to": 4}, {"key": "4-6", "from": 4, "to": 7}, {"key": "7-9", "from": 7, "to": 10}]}}
        if "trl" in conds: del aggs["trl"]
        r = s.aggregate(full, aggs)
        for f in conds:
            r.update(s.aggregate(qry(f), {f: {"terms": {"field": f, "size": 200}}} if f != "trl" else {"trl": {"range": {"field": "trl", "ranges": [{"key": "1-3", "from": 1, "to": 4}, {"key": "4-6", "from": 4, "to": 7}, {"key": "7-9", "from": 7, "to": 10}]}}}))
        times.append((time.perf_counter() - t0) * 1000)
        for f, v in r.items():
            counts[{"sectors": "sector", "partnership_types": "partnership"}.get(f, f)] = {b["key"]: b["doc_count"] for b in v["buckets"] if b["key"] != "_" and b["doc_count"]}
        mine = {f: counts.get(f, {}) for f in q["counts"] if f != "posted"}
        ref = {f: v for f, v in q["counts"].items() if f != "posted"}
        same_total += res.count == q["total"]
        same_counts += mine == ref
        same_ids += ids == q["ids"]
        same_set += set(ids) == set(q["ids"])
    times.sort()
    eng = sorted(q["engine_ms"] for q in queries)
    print(json.dumps({"queries": len(queries), "p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[int(len(times)*.95)-1], 1),
                      "resident_engine_p50_ms": round(statistics.median(eng), 1), "resident_engine_p95_ms": round(eng[int(len(eng)*.95)-1], 1),
                      "same_total": same_total, "same_counts": same_counts, "same_top20_order": same_ids, "same_top20_set": same_set,
                      "pss_mb": round(pss(), 1)}))
if mode == "build": build()
else: run()
