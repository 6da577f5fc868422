"""The facts a listing is written from, and the small formatting helpers its prose needs."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from techbridge.demo.concepts import Concept, Text
from techbridge.demo.places import COUNTRIES, PROVINCES
from techbridge.demo.vocabulary import FIELD_NOUNS

COUNTRY = {c.code: c for c in COUNTRIES}
PROVINCE = {p.code: p for p in PROVINCES}
_EN_TYPE = {
    "university": "university",
    "research_institute": "research institute",
    "science_park": "science park",
    "industry_cluster": "industry cluster",
    "public_organisation": "public agency",
    "investor": "investment fund",
    "service_provider": "technology consultancy",
}
_EN_COMPANY = {"1-9": "start-up", "10-49": "SME", "50-249": "medium-sized company",
               "250-999": "manufacturer", "1000+": "industrial group", "": "company"}  # fmt: skip
_ZH_TYPE = {
    "university": "高校",
    "research_institute": "科研院所",
    "science_park": "科技园区",
    "industry_cluster": "产业联盟",
    "public_organisation": "公共服务机构",
    "investor": "投资机构",
    "service_provider": "技术服务机构",
}


# Last sentences listings often end with, by (language, kind).
CLOSINGS: dict[tuple[str, str], tuple[str, ...]] = {
    ("en", "offer"): (
        "Contact us for a non-confidential presentation of the technology.",
        "Interested partners are welcome to arrange a video call or a site visit.",
        "Further technical details can be shared under a non-disclosure agreement.",
        "The team will attend the international technology transfer convention and is available for B2B meetings there.",
        "Samples, test reports and a business plan are available on request.",
        "Enquiries in English or Chinese are welcome.",
        "Other forms of cooperation can also be discussed.",
        "Customisation for specific industrial requirements is possible.",
    ),
    ("en", "request"): (
        "Proposals from universities, research institutes and companies are welcome.",
        "A non-disclosure agreement can be signed before technical discussions.",
        "Partners with proven industrial references will be preferred.",
        "The aim is to start cooperation within six months.",
        "The team will attend the international technology transfer convention and welcomes B2B meeting requests.",
        "Documentation in English or Chinese is acceptable.",
        "Other forms of cooperation can be discussed.",
        "For an outstanding solution the budget can be increased.",
    ),
    ("zh", "offer"): (
        "欢迎有意向的企业来电洽谈。",
        "可提供技术资料、检测报告并安排现场考察。",
        "签署保密协议后可提供详细技术资料。",
        "团队将参加国际技术转移大会，欢迎预约一对一洽谈。",
        "可根据企业需求进行二次开发。",
        "诚邀国内外企业合作推进产业化。",
        "可安排线上技术交流会。",
        "欢迎投资机构关注。",
    ),
    ("zh", "request"): (
        "欢迎国内外高校、科研院所和企业与我们联系。",
        "可先签署保密协议进行技术交流。",
        "有成熟应用案例者优先。",
        "希望尽快开展合作，可安排现场考察。",
        "我方将参加国际技术转移大会，欢迎预约洽谈。",
        "可接受中英文技术资料。",
        "具体合作方式可进一步协商。",
        "对于特别优秀的方案，预算可适当提高。",
    ),
}


def with_closing(description: str, closing: str, language: str) -> str:
    """The description with ``closing`` added to its last paragraph."""
    return description + (closing if language == "zh" else " " + closing)


def some_advantages(rng: random.Random, advantages: Sequence[str]) -> list[str]:
    """All or all but one of the advantages, in a listing's own order."""
    return rng.sample(list(advantages), rng.randint(max(2, len(advantages) - 1), len(advantages)))


def en_list(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def first_sentence(text: str, language: str) -> str:
    mark = "。" if language == "zh" else ". "
    head, sep, _ = text.partition(mark)
    return head + ("。" if language == "zh" else ".") if sep else text


def clip(text: str, limit: int, language: str) -> str:
    """Cut ``text`` to ``limit`` characters at a sentence end where possible."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind("。"), cut.rfind(". ") + 1 if cut.rfind(". ") >= 0 else -1)
    if end > limit // 2:
        return cut[: end + 1].rstrip()
    return cut[: limit - 1].rstrip() + "…"


class Author:
    """What a listing says about the organisation that posts it."""

    def __init__(self, org: dict[str, Any]) -> None:
        self.org = org
        self.kind = org["type"]
        self.cn = org["country"] == "CN"
        self.country = COUNTRY.get(org["country"])
        self.province = PROVINCE.get(org["province"])
        self.currency = "CNY" if self.cn else (self.country.currency if self.country else "USD")

    def type_en(self) -> str:
        if self.kind == "company":
            return _EN_COMPANY[self.org["size_band"]]
        return _EN_TYPE[self.kind]

    def who_en(self, blind: bool) -> str:
        if not blind:
            return str(self.org["name"] if self.org["language"] == "en" else self.org["name_alt"])
        adjective = "Chinese" if self.cn else self.country.adjective if self.country else ""
        noun = self.type_en()
        article = "An" if adjective[:1] in "AEIOU" else "A"
        return f"{article} {adjective} {noun}"

    def who_zh(self, blind: bool) -> str:
        place = (
            self.province.zh
            if self.cn and self.province
            else self.country.zh
            if self.country
            else ""
        )
        if blind:
            noun = (
                FIELD_NOUNS[self.org["sectors"][0]][1] + "企业"
                if self.kind == "company"
                else _ZH_TYPE[self.kind]
            )
            return f"{place}某{noun}"
        if self.org["language"] == "zh":
            return str(self.org["name"])
        return str(self.org["name_alt"] or f"{place}{self.org['name']}")

    def where_en(self) -> str:
        if self.cn and self.province:
            city = dict(self.province.cities).get(self.org["city"], self.province.en)
            return f"{city}, China"
        return f"{self.org['city']}, {country_en(self.org['country'])}"

    def country_en(self) -> str:
        return country_en(self.org["country"])

    def itself_en(self) -> str:
        """How a listing refers back to its author: "the company", "the institute"..."""
        return {"university": "the university", "research_institute": "the institute"}.get(
            self.kind, "the company"
        )


def money_en(low: int | None, high: int | None, currency: str) -> str:
    def fmt(v: int) -> str:
        return f"{v / 1_000_000:g} million" if v >= 1_000_000 else f"{v:,}"

    if high is None:
        return ""
    if low is None or low == high:
        return f"{currency} {fmt(high)}" if low else f"up to {currency} {fmt(high)}"
    return f"{currency} {fmt(low)} to {fmt(high)}"


def money_zh(low: int | None, high: int | None, currency: str) -> str:
    if high is None:
        return ""
    unit = {"CNY": "万元", "USD": "万美元", "EUR": "万欧元"}[currency]
    if low is None or low == high:
        return f"{high // 10_000}{unit}" if low else f"不超过{high // 10_000}{unit}"
    return f"{low // 10_000}～{high // 10_000}{unit}"


def country_en(code: str) -> str:
    """A country's English name as a sentence uses it: "China", "the Netherlands"."""
    if code == "CN":
        return "China"
    name = COUNTRY[code].en
    return f"the {name}" if name.startswith(("United", "Netherlands")) else name


def country_names(codes: Sequence[str], language: str) -> str:
    names = []
    for code in codes:
        if code == "CN":
            names.append("中国" if language == "zh" else "China")
        elif code in COUNTRY:
            names.append(COUNTRY[code].zh if language == "zh" else country_en(code))
    return "、".join(names) if language == "zh" else en_list(names)


@dataclass(slots=True)
class Facts:
    """Everything decided about a listing before its text is written."""

    concept: Concept
    text: Text
    author: Author
    kind: str
    language: str
    blind: bool
    trl: int
    ip_status: str
    patent_numbers: list[str]
    partnership_types: list[str]
    target_countries: list[str]
    value_min: int | None
    value_max: int | None
    currency: str
    rng: random.Random
    style: int = -1  # the house style of the text; -1 lets the writer choose at random
