"""Fictional organisations in China and abroad, with names, places, sectors and descriptions."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from typing import Any

from techbridge.demo.concepts import CONCEPTS
from techbridge.demo.org_texts import describe_en, describe_zh
from techbridge.demo.places import COUNTRIES, PROVINCES, Country, Province
from techbridge.demo.vocabulary import CN_BRANDS, FIELD_NOUNS, FOREIGN_ENDINGS, FOREIGN_STEMS

__all__ = ["ORG_TYPES", "make_organisations"]

ORG_TYPES = (
    "company",
    "university",
    "research_institute",
    "science_park",
    "industry_cluster",
    "public_organisation",
    "investor",
    "service_provider",
)
# How many of each type per 100 organisations, abroad and in China.
_TYPE_SHARES = {
    "foreign": (40, 15, 14, 5, 5, 6, 8, 7),
    "cn": (52, 10, 11, 5, 4, 5, 7, 6),
}
_SIZES = {
    "company": ("1-9", "10-49", "10-49", "50-249", "50-249", "250-999", "1000+", ""),
    "university": ("1000+", "1000+", "250-999"),
    "research_institute": ("50-249", "250-999", "1000+", "10-49"),
    "science_park": ("10-49", "1-9", "50-249", ""),
    "industry_cluster": ("1-9", "10-49", ""),
    "public_organisation": ("50-249", "10-49", "250-999"),
    "investor": ("1-9", "10-49", "10-49"),
    "service_provider": ("1-9", "10-49", "50-249"),
}
_FOUNDED = {
    "company": (1965, 2023),
    "university": (1890, 1995),
    "research_institute": (1950, 2018),
    "science_park": (1985, 2020),
    "industry_cluster": (2000, 2021),
    "public_organisation": (1978, 2019),
    "investor": (1995, 2022),
    "service_provider": (1990, 2022),
}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


_SLUG_STOP = {"of", "and", "for", "the", "co", "ltd", "&", "partners"}


def _site_slug(name: str) -> str:
    """A domain label from a name: its words, or the first word and an acronym when long."""
    plain = name.replace("'", "")
    words = [w for w in re.split(r"[^A-Za-z0-9]+", plain) if w and w.lower() not in _SLUG_STOP]
    if len(words) > 4:
        return _slug(words[0]) + "-" + "".join(w[0] for w in words[1:]).lower()
    return _slug(" ".join(words))


class _Namer:
    """Hands out unique names; retries with other random parts on a clash."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def unique(self, make: Any, *args: Any) -> tuple[str, str, str]:
        for _ in range(200):
            name, alt, slug = make(self.rng, *args)
            if name not in self.used:
                self.used.add(name)
                return name, alt, slug
        raise RuntimeError("could not find a unique organisation name")


def _foreign_name(rng: random.Random, kind: str, country: Country, sector: str):  # type: ignore[no-untyped-def]
    stem, stem_zh = rng.choice(FOREIGN_STEMS)
    end, end_zh = rng.choice(FOREIGN_ENDINGS)
    brand, brand_zh = stem + end, stem_zh + end_zh
    noun, noun_zh = FIELD_NOUNS[sector]
    city, region = rng.choice(country.cities), rng.choice(country.regions)
    choices: dict[str, list[str]] = {
        "company": [f"{brand} {noun} {rng.choice(country.company_suffixes)}"],
        "university": [
            f"{region} University of Technology",
            f"{city} Polytechnic University",
            f"University of Applied Sciences {region}",
            f"{region} Institute of Technology",
        ],
        "research_institute": [
            f"{region} Institute of Applied {noun}",
            f"{city} Research Centre for {noun}",
            f"{brand} Institute for {noun} Research",
            f"{region} {noun} Laboratory",
        ],
        "science_park": [
            f"{city} {brand} Science Park",
            f"{region} Innovation Campus",
            f"{brand} Technopole {city}",
        ],
        "industry_cluster": [f"{region} {noun} Cluster", f"{city} {noun} Alliance"],
        "public_organisation": [
            f"{region} Regional Innovation Agency",
            f"{city} Economic Development Board",
            f"{region} Technology Transfer Office",
        ],
        "investor": [
            f"{brand} Ventures",
            f"{brand} Capital Partners",
            f"{region} Deep Tech Fund",
            f"{brand} Growth Equity",
        ],
        "service_provider": [
            f"{brand} IP & Licensing Partners",
            f"{brand} Technology Transfer Consulting",
            f"{brand} Market Access Advisors",
            f"{brand} & Partners Patent Attorneys",
        ],
    }
    name = rng.choice(choices[kind])
    alt = ""
    if kind == "company" and rng.random() < 0.5:
        alt = f"{brand_zh}{noun_zh}公司"
    elif kind in ("investor", "service_provider") and rng.random() < 0.3:
        alt = f"{brand_zh}{'资本' if kind == 'investor' else '咨询'}"
    slug = _slug(name.split(" ")[0] + "-" + noun) if kind == "company" else _site_slug(name)
    return name, alt, slug


def _cn_name(rng: random.Random, kind: str, province: Province, city: tuple[str, str], sector: str):  # type: ignore[no-untyped-def]
    brand, brand_py = rng.choice(CN_BRANDS)
    noun_en, noun = FIELD_NOUNS[sector]
    city_zh, city_en = city
    prov = province.zh
    forms: dict[str, list[tuple[str, str]]] = {
        "company": [
            (
                f"{city_zh}{brand}{noun}科技有限公司",
                f"{city_en} {brand_py} {noun_en} Technology Co., Ltd.",
            ),
            (f"{brand}{noun}股份有限公司", f"{brand_py} {noun_en} Co., Ltd."),
            (
                f"{city_zh}{brand}{noun}技术有限公司",
                f"{city_en} {brand_py} {noun_en} Technologies Co., Ltd.",
            ),
        ],
        "university": [
            (f"{city_zh}{brand}理工学院", f"{city_en} {brand_py} Institute of Technology"),
            (
                f"{prov}{brand}科技大学",
                f"{province.en} {brand_py} University of Science and Technology",
            ),
        ],
        "research_institute": [
            (
                f"{city_zh}{noun}产业技术研究院",
                f"{city_en} Industrial Technology Research Institute of {noun_en}",
            ),
            (
                f"{prov}{brand}{noun}研究所",
                f"{province.en} {brand_py} Research Institute of {noun_en}",
            ),
        ],
        "science_park": [
            (f"{city_zh}{brand}科技园", f"{city_en} {brand_py} Science Park"),
            (f"{city_zh}高新区{brand}创新园", f"{city_en} Hi-tech Zone {brand_py} Innovation Park"),
        ],
        "industry_cluster": [
            (f"{city_zh}{noun}产业集群促进中心", f"{city_en} {noun_en} Cluster Promotion Centre"),
            (
                f"{prov}{noun}产业技术创新联盟",
                f"{province.en} {noun_en} Industry Innovation Alliance",
            ),
        ],
        "public_organisation": [
            (
                f"{city_zh}市科技成果转化服务中心",
                f"{city_en} Technology Commercialisation Service Centre",
            ),
            (
                f"{city_zh}国际技术转移促进中心",
                f"{city_en} International Technology Transfer Promotion Centre",
            ),
        ],
        "investor": [
            (
                f"{city_zh}{brand}创业投资有限公司",
                f"{city_en} {brand_py} Venture Capital Co., Ltd.",
            ),
            (f"{brand}{noun}产业投资基金", f"{brand_py} {noun_en} Industry Fund"),
        ],
        "service_provider": [
            (f"{city_zh}{brand}知识产权代理有限公司", f"{city_en} {brand_py} IP Agency Co., Ltd."),
            (f"{brand}技术转移服务有限公司", f"{brand_py} Technology Transfer Services Co., Ltd."),
            (
                f"{city_zh}{brand}科技咨询有限公司",
                f"{city_en} {brand_py} Technology Consulting Co., Ltd.",
            ),
        ],
    }
    name, alt = rng.choice(forms[kind])
    if kind in ("public_organisation", "industry_cluster") and name.startswith(prov + prov):
        name = name[len(prov) :]
    slug = _slug(f"{brand_py}-{noun_en}") if kind == "company" else _site_slug(alt)
    return name, alt, slug


def _type_list(rng: random.Random, n: int, shares: tuple[int, ...]) -> list[str]:
    out: list[str] = []
    for kind, share in zip(ORG_TYPES, shares, strict=True):
        out.extend([kind] * round(n * share / 100))
    out.extend(["company"] * (n - len(out)))
    rng.shuffle(out)
    return out[:n]


def _spread(
    rng: random.Random, items: Sequence[Any], weights: Sequence[int], n: int, floor: int
) -> list[Any]:
    """Each item ``floor`` times, the rest drawn by weight, shuffled."""
    out = [item for item in items for _ in range(floor)]
    out.extend(rng.choices(items, weights=weights, k=n - len(out)))
    rng.shuffle(out)
    return out


_BROAD = ("science_park", "industry_cluster", "public_organisation", "investor", "service_provider")


def _related() -> dict[str, list[str]]:
    """Fields that concepts join together (batteries with recycling, lidar with vehicles...)."""
    out: dict[str, list[str]] = {}
    for c in CONCEPTS:
        for a in c.sectors:
            for b in c.sectors:
                if a != b and b not in out.setdefault(a, []):
                    out[a].append(b)
    return out


_RELATED = _related()


def _sectors(rng: random.Random, kind: str, fields: Sequence[str], main: str) -> list[str]:
    """The main field, then related ones; broad bodies (parks, funds...) may add any field."""
    count = rng.choice((2, 3, 3, 4, 5)) if kind in _BROAD else rng.choice((1, 2, 2, 3))
    related = list(_RELATED.get(main, ()))
    rng.shuffle(related)
    out = [main, *related][: min(count, 3)]
    while len(out) < count:
        code = rng.choice(fields)
        if code not in out:
            out.append(code)
    return out


def _base(key: str, kind: str, rng: random.Random) -> dict[str, Any]:
    lo, hi = _FOUNDED[kind]
    return {
        "key": key,
        "type": kind,
        "size_band": rng.choice(_SIZES[kind]),
        "founded": rng.randint(lo, hi) if rng.random() < 0.9 else None,
        "verified": rng.random() < 0.7,
    }


def make_organisations(
    rng: random.Random, fields: Sequence[str], n_foreign: int, n_cn: int
) -> list[dict[str, Any]]:
    """``n_foreign + n_cn`` organisation dicts; every field in ``fields`` is some organisation's
    main sector."""
    namer = _Namer(rng)
    slugs: set[str] = set()

    def site(slug: str, city: str, tld: str) -> str:
        if slug in slugs:
            slug = f"{slug}-{_slug(city)}"
        while slug in slugs:
            slug += "-1"
        slugs.add(slug)
        return f"https://www.{slug}.{tld}"

    mains = [fields[i % len(fields)] for i in range(n_foreign + n_cn)]
    rng.shuffle(mains)
    countries = _spread(rng, COUNTRIES, [c.weight for c in COUNTRIES], n_foreign, 2)
    provinces = _spread(rng, PROVINCES, [p.weight for p in PROVINCES], n_cn, 1)
    orgs: list[dict[str, Any]] = []
    for i, kind in enumerate(_type_list(rng, n_foreign, _TYPE_SHARES["foreign"])):
        country = countries[i]
        org = _base(f"org-{len(orgs) + 1:04d}", kind, rng)
        org["sectors"] = _sectors(rng, kind, fields, mains[len(orgs)])
        name, alt, slug = namer.unique(_foreign_name, kind, country, org["sectors"][0])
        city = next((c for c in country.cities if c in name), rng.choice(country.cities))
        org.update(
            name=name,
            name_alt=alt,
            country=country.code,
            province="",
            city=city,
            website=site(slug, city, "example"),
            language="en",
        )
        org["description"] = describe_en(org, country, rng)
        orgs.append(org)
    for i, kind in enumerate(_type_list(rng, n_cn, _TYPE_SHARES["cn"])):
        province = provinces[i]
        city = rng.choice(province.cities)
        org = _base(f"org-{len(orgs) + 1:04d}", kind, rng)
        org["sectors"] = _sectors(rng, kind, fields, mains[len(orgs)])
        name, alt, slug = namer.unique(_cn_name, kind, province, city, org["sectors"][0])
        org.update(
            name=name,
            name_alt=alt,
            country="CN",
            province=province.code,
            city=city[0],
            website=site(slug, city[1], "example.cn"),
            language="zh",
        )
        org["description"] = describe_zh(org, province, rng)
        orgs.append(org)
    order = list(range(len(orgs)))
    rng.shuffle(order)
    shuffled = [orgs[i] for i in order]
    for i, org in enumerate(shuffled, 1):
        org["key"] = f"org-{i:04d}"
    return shuffled


_ORG_KEYS = (
    "key",
    "name",
    "name_alt",
    "type",
    "country",
    "province",
    "city",
    "sectors",
    "size_band",
    "founded",
    "website",
    "description",
    "language",
    "verified",
)


def ordered(org: dict[str, Any]) -> dict[str, Any]:
    """The organisation dict with the contract's keys in the contract's order."""
    return {k: org[k] for k in _ORG_KEYS}
