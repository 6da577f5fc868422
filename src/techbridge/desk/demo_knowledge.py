"""Demo knowledge base: articles in English and Chinese for the starter catalogue's services,
in every visibility (public, members, internal, draft), written through the service
(idempotent: keyed on slugs). General guidance for the demo, not legal advice."""

from __future__ import annotations

from typing import Any

from techbridge.accounts.models import User
from techbridge.desk import services
from techbridge.desk.models import Article, ServiceType, Visibility

ARTICLES: list[dict[str, Any]] = [
    {
        "slug": "company-forms-for-foreign-investors",
        "service": "market-entry-china",
        "visibility": Visibility.PUBLIC,
        "title": (
            "Which company form suits a foreign firm entering China?",
            "外国企业进入中国适合哪种企业形式？",
        ),
        "body": (
            "Most foreign firms start with a wholly foreign-owned enterprise (WFOE): it can sign "
            "contracts, invoice in RMB and hire staff. A joint venture brings a Chinese "
            "partner's licences and network; a representative office may only do liaison work "
            "and cannot invoice.\n\nCheck the Negative List for Foreign Investment first: a "
            "sector on it is closed or needs a Chinese partner.",
            "大多数外国企业从外商独资企业起步：可以签订合同、开具人民币发票并雇用员工。"
            "合资企业可以借助中方伙伴的资质和渠道；代表处只能从事联络工作，不能开具发票。"
            "\n\n请先查阅《外商投资准入特别管理措施（负面清单）》：清单内的行业禁止外资进入，"
            "或须有中方合作伙伴。",
        ),
    },
    {
        "slug": "patent-filing-foreign-applicant",
        "service": "ip-filing-china",
        "visibility": Visibility.PUBLIC,
        "title": (
            "Filing a patent in China as a foreign applicant",
            "外国申请人在中国申请专利",
        ),
        "body": (
            "An applicant without residence or a business office in China must appoint a "
            "Chinese patent agency to file with CNIPA.\n\nAn invention made in China needs a "
            "confidentiality review by CNIPA before it is filed abroad, even by a foreign "
            "company; filing abroad without it can make the Chinese patent invalid.",
            "在中国没有经常居所或营业所的申请人，必须委托依法设立的中国专利代理机构向国家知识产权局"
            "提交申请。\n\n在中国完成的发明创造，向外国申请专利前须报国家知识产权局进行保密审查，"
            "外国企业也不例外；未经审查向外申请的，其在中国的专利权可能无效。",
        ),
    },
    {
        "slug": "technology-contract-registration-documents",
        "service": "contract-registration",
        "visibility": Visibility.PUBLIC,
        "title": (
            "Technology-contract registration: the documents you need",
            "技术合同认定登记：需要准备的材料",
        ),
        "body": (
            "Bring the signed contract, its technical annex, the breakdown of the price "
            "(technology and other parts), the proofs of the intellectual property, and a "
            "Chinese text of equal effect when the contract is in another language.\n\nA "
            "registered contract opens the tax benefits of technology transfer (VAT exemption, "
            "reduced enterprise income tax); we follow them up with you.",
            "请准备已签署的合同、技术附件、价款构成（技术部分与其他部分）、知识产权证明，"
            "合同为外文的，还需同等效力的中文文本。\n\n经认定登记的合同可享受技术转让的税收优惠"
            "（免征增值税、减免企业所得税），我们会与您一起跟进。",
        ),
    },
    {
        "slug": "export-control-classes",
        "service": "export-control-check",
        "visibility": Visibility.MEMBERS,
        "title": (
            "Export control of technology: prohibited, restricted, free",
            "技术出口管制：禁止、限制与自由出口",
        ),
        "body": (
            "China's catalogue of technologies prohibited or restricted from export decides "
            "the class of a technology. Prohibited: no export. Restricted: a licence is needed "
            "before substantive negotiation. Free: the contract is registered.\n\nAsk for the "
            "check before you start talking prices with a foreign partner.",
            "《中国禁止出口限制出口技术目录》决定技术的类别。禁止类：不得出口。限制类：实质性谈判前"
            "须取得许可。自由类：合同须登记。\n\n请在与外方洽谈价格之前申请检查。",
        ),
    },
    {
        "slug": "foreign-investment-information-reports",
        "service": "foreign-investment-report",
        "visibility": Visibility.PUBLIC,
        "title": (
            "Foreign-investment information reports: initial, change, annual",
            "外商投资信息报告：初始、变更与年度报告",
        ),
        "body": (
            "A foreign-invested enterprise reports through the enterprise registration system: "
            "an initial report when it is set up, a change report when its investors or key "
            "facts change, and an annual report between 1 January and 30 June.",
            "外商投资企业通过企业登记系统报送信息：设立时报送初始报告，投资者或主要信息变更时"
            "报送变更报告，每年1月1日至6月30日报送年度报告。",
        ),
    },
    {
        "slug": "going-abroad-first-steps",
        "service": "going-abroad",
        "visibility": Visibility.MEMBERS,
        "title": ("Going abroad: first steps for Chinese companies", "企业出海：第一步怎么走"),
        "body": (
            "An outbound investment is filed with the development and reform commission and "
            "the commerce department before the money leaves, then registered with the bank "
            "for foreign exchange. Plan these filings before you sign abroad.",
            "境外投资须在资金出境前向发展改革部门和商务部门备案，再通过银行办理外汇登记。"
            "请在境外签约之前安排好这些手续。",
        ),
    },
    {
        "slug": "how-the-service-desk-works",
        "service": None,
        "visibility": Visibility.PUBLIC,
        "title": ("How the service desk works", "服务台如何运作"),
        "body": (
            "Each service names the department that answers and its first-response time in "
            "business hours, on China's working calendar: public holidays do not count, the "
            "adjusted working Saturdays do. The clock stops while we wait for your answer.",
            "每项服务都写明负责的部门和以工作时间计算的首次答复时限，按照中国的工作日历计算："
            "法定节假日不计，调休上班的周六照常计算。等待您答复期间，计时暂停。",
        ),
    },
    {
        "slug": "internal-contract-review-checklist",
        "service": "contract-registration",
        "visibility": Visibility.INTERNAL,
        "title": ("Internal: reviewing a technology contract", "内部：技术合同审查要点"),
        "body": (
            "Check that the technical annex describes the technology, that the price "
            "breakdown separates the technology from equipment and services, and that the "
            "IP proofs name the licensor.",
            "核对技术附件是否描述了技术内容，价款构成是否将技术与设备、服务分开，"
            "知识产权证明是否载明许可方。",
        ),
    },
    {
        "slug": "draft-partner-search-tips",
        "service": "partner-search",
        "visibility": Visibility.DRAFT,
        "title": ("Draft: preparing a partner search", "草稿：如何准备寻找合作伙伴"),
        "body": ("To be written.", "待撰写。"),
    },
]


def load(*, actor: User) -> int:
    """Write the demo articles that do not exist yet; return how many."""
    existing = set(Article.objects.values_list("slug", flat=True))
    services_by_slug = {s.slug: s for s in ServiceType.objects.all()}
    created = 0
    for spec in ARTICLES:
        if spec["slug"] in existing:
            continue
        data = {
            "slug": spec["slug"],
            "service_type": services_by_slug.get(spec["service"] or ""),
            "visibility": spec["visibility"],
            "title_en": spec["title"][0],
            "title_zh": spec["title"][1],
            "body_en": spec["body"][0],
            "body_zh": spec["body"][1],
        }
        services.article_save(actor=actor, data=data)
        created += 1
    return created
