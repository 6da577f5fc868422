"""The fixed mix of 200 search queries `bench search` times (and its serving processes,
`bench.search_processes`): Chinese, English and mixed words, half with one or two facets."""

from __future__ import annotations

import random

from techbridge.engines.text.taxonomy import FIELDS

EN_WORDS = (
    "battery recycling", "lithium", "hydrogen fuel cell", "wastewater treatment", "graphene",
    "machine learning", "robot", "vaccine", "solar", "heat pump", "biodegradable plastic",
    "sensor", "semiconductor", "drone", "precision agriculture", "medical imaging",
    "carbon capture", "membrane", "enzyme", "5G",
)  # fmt: skip
ZH_WORDS = (
    "电池回收", "锂电池", "氢燃料电池", "污水处理", "石墨烯", "机器学习", "机器人", "疫苗",
    "光伏", "热泵", "可降解塑料", "传感器", "半导体", "无人机", "精准农业", "医学影像",
    "碳捕集", "膜", "酶", "储能",
)  # fmt: skip


FACET_VALUES = {"kind": ["offer", "request"], "language": ["en", "zh"], "trl": ["4-6", "7-9"]}


def query_mix(seed: int = 0) -> list[dict[str, str]]:
    """200 queries: Chinese, English and mixed words, half of them with one or two facets."""
    rng = random.Random(seed)
    sectors = [f.code for f in FIELDS]
    out: list[dict[str, str]] = []
    for i in range(200):
        kind = i % 4
        if kind == 0:
            q = rng.choice(ZH_WORDS)
        elif kind == 1:
            q = rng.choice(EN_WORDS)
        elif kind == 2:
            q = f"{rng.choice(ZH_WORDS)} {rng.choice(EN_WORDS)}"
        else:
            q = rng.choice([f.zh for f in FIELDS] + [f.en for f in FIELDS])
        params = {"q": q}
        if i % 2:  # one facet (key and value drawn together), sometimes a sector too
            facet = rng.choice(sorted(FACET_VALUES))
            params[facet] = rng.choice(FACET_VALUES[facet])
            if i % 6 == 1:
                params["sector"] = rng.choice(sectors)
            if i % 10 == 3:
                params["sort"] = "newest"
        out.append(params)
    return out
