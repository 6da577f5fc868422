"""Chinese listings: titles, summaries and descriptions of offers and requests."""

from __future__ import annotations

from techbridge.demo.facts import (
    CLOSINGS,
    Facts,
    clip,
    country_names,
    first_sentence,
    money_zh,
    some_advantages,
    with_closing,
)
from techbridge.demo.vocabulary import PARTNERSHIP_WORDS, TRL_WORDS
from techbridge.engines.text.taxonomy import FIELD_BY_CODE

__all__ = ["write_zh"]

_ZH_CONTEXT = (
    "随着国家相关政策和标准的出台，行业对该类技术的需求日益迫切。",
    "目前国内同类产品主要依赖进口，价格高、交货周期长、售后服务不便。",
    "现有技术成本高、稳定性差，难以满足大规模工业化应用的要求。",
    "在“双碳”目标背景下，企业亟需降本增效、节能减排的新技术。",
    "下游客户对产品性能和一致性的要求不断提高，现有工艺已难以满足。",
)
_ZH_PILOT = (
    "已建成中试线并连续稳定运行一年以上。",
    "已在两家企业完成现场应用试验，效果良好。",
    "可向意向合作方提供样品进行测试。",
    "主要性能指标已经第三方检测机构检测验证。",
    "已有示范应用案例，用户反馈良好。",
)
_IP = {
    "granted_patent": "已获授权发明专利{n}项（{numbers}）。",
    "patent_pending": "已申请发明专利{n}项（{numbers}），处于实质审查阶段。",
    "utility_model": "已获授权实用新型专利{n}项（{numbers}）。",
    "know_how": "核心工艺以技术秘密方式保护，转让时提供全套工艺文件和技术培训。",
    "software_copyright": "已登记计算机软件著作权，可提供源代码许可。",
    "none": "暂未申请知识产权保护，可开展合作开发。",
}
# Section headings in three house styles: 【…】, numbered, and plain "…：".
_STYLES = (
    ("【{}】", "\n"),
    ("{}、", "\n"),
    ("{}：", ""),
)
_NUMERALS = "一二三四五六七八"


def _ptypes(f: Facts) -> str:
    return "、".join(PARTNERSHIP_WORDS[p][1] for p in f.partnership_types)


def _sections(f: Facts, items: list[tuple[str, str]]) -> str:
    head, sep = _STYLES[f.style] if f.style >= 0 else f.rng.choice(_STYLES)
    out = []
    for i, (name, body) in enumerate(items):
        label = f"{_NUMERALS[i]}、{name}" if head == "{}、" else head.format(name)
        out.append(f"{label}{sep}{body}")
    return "\n\n".join(out)


def _numbered(items: tuple[str, ...] | list[str]) -> str:
    return "；".join(f"{i}. {s}" for i, s in enumerate(items, 1)) + "。"


def _offer(f: Facts) -> tuple[str, str, str]:
    t, rng = f.text, f.rng
    who = f.author.who_zh(f.blind)
    background = t.problem + (rng.choice(_ZH_CONTEXT) if rng.random() < 0.4 else "")
    technology = rng.choice((t.solution, f"{who}研发了一种新技术：{t.solution}",
                             f"针对上述问题，{who}经多年攻关，开发了本技术。{t.solution}"))  # fmt: skip
    apps = rng.sample(t.applications, min(len(t.applications), rng.randint(2, 4)))
    stage = TRL_WORDS[f.trl][1] + "。" + (rng.choice(_ZH_PILOT) if f.trl >= 6 else "")
    ip = _IP[f.ip_status].format(n=len(f.patent_numbers), numbers="、".join(f.patent_numbers))
    money = money_zh(f.value_min, f.value_max, f.currency)
    coop = f"{_ptypes(f)}。" + (f"参考价格：{money}。" if money else "价格面议。")
    if f.target_countries:
        coop += f"优先考虑{country_names(f.target_countries, 'zh')}的合作伙伴。"
    description = _sections(f, [
        ("技术背景", background), ("技术内容", technology),
        ("应用领域", f"可广泛应用于{'、'.join(apps)}等领域。"),
        ("技术优势", _numbered(some_advantages(rng, t.advantages))), ("知识产权", ip),
        ("成熟度", stage), ("合作方式", coop),
    ])  # fmt: skip
    app = rng.choice(t.applications)
    options = [t.title, t.title, t.title, f"一种{t.title}", f"面向{app}的{t.topic}技术",
               f"{t.title}及其应用", f"新型{t.topic}技术"]  # fmt: skip
    if f.trl >= 8:
        options.append(f"{t.topic}成套技术与装备（已产业化）")
    if "licence_out" in f.partnership_types:
        options.append(f"{t.title}（可许可）")
    if "sale" in f.partnership_types:
        options.append(f"{t.title}成果转让")
    summary = rng.choice((
        f"{first_sentence(t.solution, 'zh')}可应用于{'、'.join(apps)}等领域，寻求{_ptypes(f)}。",
        f"{who}推出{t.title}。{first_sentence(t.solution, 'zh')}",
    ))  # fmt: skip
    return rng.choice(options)[:200], clip(summary, 500, "zh"), description


def _request_title(f: Facts) -> str:
    topic = f.text.topic
    return f.rng.choice((
        f"寻求{topic}技术",
        f"求购{topic}技术",
        f"{topic}技术需求",
        f"寻求{topic}（{f.text.keywords[0]}）技术",
        f"征集{topic}解决方案",
        f"{topic}技术合作需求",
    ))[:200]  # fmt: skip


def _request(f: Facts) -> tuple[str, str, str]:
    t, rng, a = f.text, f.rng, f.author
    who = a.who_zh(f.blind)
    field = FIELD_BY_CODE[a.org["sectors"][0]].zh
    place = (
        ""
        if f.blind
        else (f"位于{a.org['city']}，" if a.cn else f"位于{a.country.zh if a.country else ''}，")
    )
    intro = f"{who}{place}主要从事{field}相关产品的研发、生产和销售。"
    specs = [*some_advantages(rng, t.advantages), f"技术成熟度不低于TRL {f.trl}"]
    money = money_zh(f.value_min, f.value_max, f.currency)
    coop = f"拟通过{_ptypes(f)}等方式合作。" + (f"预算{money}。" if money else "费用面议。")
    items = [
        ("企业简介", intro),
        ("需求背景", t.problem + (rng.choice(_ZH_CONTEXT) if rng.random() < 0.3 else "")),
        ("需求内容", f"现寻求{t.topic}技术，要求：{_numbered(specs)}"),
        (
            "应用场景",
            f"产品和服务主要面向{'、'.join(rng.sample(t.applications, min(2, len(t.applications))))}等领域。",
        ),
        ("合作方式", coop),
    ]
    regions = country_names(f.target_countries, "zh")
    items.append(("期望合作地区", f"{regions}等。" if regions else "不限，欢迎国内外单位对接。"))
    summary = rng.choice((
        f"{who}寻求{t.topic}技术。{t.problem}",
        f"{t.problem}现寻求{t.topic}技术，欢迎国内外高校、科研院所和企业对接。",
    ))  # fmt: skip
    return _request_title(f), clip(summary, 500, "zh"), _sections(f, items)


def _investment(f: Facts) -> tuple[str, str, str]:
    t, rng = f.text, f.rng
    who = f.author.who_zh(f.blind)
    money = money_zh(f.value_min, f.value_max, f.currency) or "视项目情况确定"
    title = rng.choice((f"投资机构寻求{t.topic}领域优质项目", f"{t.topic}领域早期项目股权投资"))
    description = _sections(f, [
        ("机构简介", f"{who}重点关注{'、'.join(FIELD_BY_CODE[s].zh for s in f.author.org['sectors'])}领域的科技创新项目。"),
        ("关注方向", f"{t.topic}。{t.problem}"),
        ("项目要求", _numbered([*t.advantages[:2], f"技术成熟度达到TRL {f.trl}及以上", "团队具有核心知识产权"])),
        ("投资方式", f"股权投资，单个项目{money}，可协助对接产业资源和地方政策。"),
    ])  # fmt: skip
    summary = f"{who}寻求{t.topic}领域的科技企业和海外技术团队，提供股权投资及落地支持。"
    return title, clip(summary, 500, "zh"), description


def write_zh(f: Facts) -> tuple[str, str, str]:
    """(title, summary, description) of a Chinese listing."""
    if "investment_offered" in f.partnership_types and f.author.kind == "investor":
        return _investment(f)
    title, summary, description = _offer(f) if f.kind == "offer" else _request(f)
    if f.style < 0 and f.rng.random() < 0.5:
        description = with_closing(description, f.rng.choice(CLOSINGS[("zh", f.kind)]), "zh")
    return title, summary, description
