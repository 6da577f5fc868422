"""What organisations say about themselves: the descriptions on their public pages."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from techbridge.demo.facts import country_en
from techbridge.demo.places import Country, Province
from techbridge.engines.text.taxonomy import FIELD_BY_CODE

__all__ = ["describe_en", "describe_zh"]

_SERVICES_EN = (
    "patent drafting and IP strategy",
    "technology valuation and licensing negotiation",
    "market-access and regulatory support for China and Europe",
    "partner search and due diligence",
    "grant writing for international R&D projects",
    "certification and testing support",
)
_SERVICES_ZH = (
    "专利申请与知识产权布局",
    "技术评估与许可谈判",
    "中欧市场准入与法规咨询",
    "合作伙伴搜寻与尽职调查",
    "国际科技合作项目申报",
    "检测认证服务",
)


def _en_list(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _field_en(code: str) -> str:
    name = FIELD_BY_CODE[code].en
    if name.startswith("Internet"):
        return "the " + name
    return name if name[:2].isupper() else name[0].lower() + name[1:]


def _staff(rng: random.Random, size_band: str) -> int:
    """A head count that fits the size band."""
    low, high = {"1-9": (3, 9), "10-49": (12, 45), "50-249": (60, 240), "250-999": (260, 950),
                 "1000+": (1100, 6000)}.get(size_band, (20, 200))  # fmt: skip
    return rng.randint(low, high)


def describe_en(org: dict[str, Any], country: Country, rng: random.Random) -> str:
    fields = _en_list([_field_en(s) for s in org["sectors"]])
    name, city, kind = org["name"], org["city"], org["type"]
    founded = f" founded in {org['founded']}" if org["founded"] else ""
    n = rng.choice((12, 25, 40, 60, 85, 120))
    staff = _staff(rng, org["size_band"])
    texts = {
        "company": (
            f"{name} is a {country.adjective} technology company{founded} and based in {city}. "
            f"It develops and manufactures products in {fields}. "
            + rng.choice(
                (
                    f"The company exports to more than {n // 3} countries and is looking for partners in China.",
                    f"Its R&D team of {max(2, staff // 4)} engineers works closely with universities in the region.",
                    "It holds several patents and supplies customers in Europe, Asia and North America.",
                )
            )
        ),
        "university": (
            f"{name} is a public university in {city}, {country.en}, with strong research groups in {fields}. "
            "Its technology transfer office licenses university inventions and supports spin-off companies. "
            f"About {n * 200:,} students and {n * 15:,} researchers study and work on its campus."
        ),
        "research_institute": (
            f"{name} is an applied research institute in {city} working on {fields}. "
            "It carries out contract research for industry and licenses its patented technologies. "
            f"Its {staff} scientists and engineers run pilot lines where partners can test new processes at scale."
        ),
        "science_park": (
            f"{name} hosts more than {n} technology companies and start-ups in {city}. "
            "It offers incubation, laboratory space and soft-landing services to Chinese companies "
            f"entering the {country.adjective} market, with a focus on {fields}."
        ),
        "industry_cluster": (
            f"{name} brings together {n * 2} companies, research centres and universities in {fields}. "
            "It organises matchmaking missions and joint R&D projects with partners in Asia."
        ),
        "public_organisation": (
            f"{name} is a public body promoting innovation and technology transfer in and around {city}. "
            "It helps local companies find international partners and supports foreign investors. "
            f"Its priority sectors are {fields}."
        ),
        "investor": (
            f"{name} is a venture capital investor based in {city} focusing on {fields}. "
            f"It invests {country.currency} 0.5-{rng.choice((5, 10, 20))} million in seed to growth-stage "
            "technology companies and helps portfolio companies enter the Chinese market."
        ),
        "service_provider": (
            f"{name} is a consultancy in {city} providing "
            f"{_en_list(rng.sample(_SERVICES_EN, 2))}. "
            f"Its team advises companies in {fields} on technology transfer between {country_en(country.code)} and China."
        ),
    }
    return texts[kind]


def describe_zh(org: dict[str, Any], province: Province, rng: random.Random) -> str:
    fields = "、".join(FIELD_BY_CODE[s].zh for s in org["sectors"])
    name, city, kind = org["name"], org["city"], org["type"]
    founded = f"成立于{org['founded']}年，" if org["founded"] else ""
    where = city if city == province.zh else f"{province.zh}{city}"
    n = rng.choice((12, 25, 40, 60, 85, 120))
    staff = _staff(rng, org["size_band"])
    texts = {
        "company": (
            f"{name}{founded}位于{where}，是一家专注于{fields}领域的高新技术企业。"
            + rng.choice(
                (
                    f"公司拥有员工{staff}人，其中研发人员{max(2, staff // 4)}人，建有省级工程技术研究中心。",
                    f"公司产品销往全国{n // 4 + 5}个省市，并出口东南亚和欧洲。",
                    "公司与多所高校建立了产学研合作关系，拥有多项发明专利。",
                )
            )
            + "现希望引进国外先进技术，开展国际技术合作。"
        ),
        "university": (
            f"{name}{founded}位于{where}，在{fields}等方向拥有一批重点实验室和科研团队。"
            "学校技术转移中心负责科技成果的转化与许可，积极与企业开展产学研合作。"
        ),
        "research_institute": (
            f"{name}{founded}位于{where}，主要从事{fields}领域的应用研究和成果转化。"
            f"研究院拥有科研人员{staff}人，建有中试基地，可为企业提供技术开发与检测服务。"
        ),
        "science_park": (
            f"{name}位于{where}，入驻科技企业{n * 3}余家，重点发展{fields}产业。"
            "园区提供孵化、办公、中试场地及国际技术转移等服务，欢迎海外项目落地。"
        ),
        "industry_cluster": (
            f"{name}汇聚了{where}地区{n * 2}余家{fields}领域的企业、高校和科研院所。"
            "定期组织技术对接、国际交流和联合攻关项目。"
        ),
        "public_organisation": (
            f"{name}是{where}推动科技成果转化和国际技术转移的公共服务机构。"
            f"中心为企业提供技术需求挖掘、成果对接和政策咨询服务，重点领域包括{fields}。"
        ),
        "investor": (
            f"{name}{founded}总部位于{where}，重点投资{fields}领域的早期和成长期科技企业。"
            f"单个项目投资额500万至{rng.choice((3000, 5000, 8000))}万元，关注具有海外技术背景的团队。"
        ),
        "service_provider": (
            f"{name}{founded}位于{where}，提供{'、'.join(rng.sample(_SERVICES_ZH, 2))}等服务。"
            f"公司团队熟悉{fields}领域，服务国内外企业和科研机构的技术转移项目。"
        ),
    }
    return texts[kind]
