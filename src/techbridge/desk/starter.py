"""The starter catalogue: the service types the centre offers, with their request forms and
SLA targets, in English and Chinese. Loaded by the demo and by `techbridge desk_catalogue`
on a new installation; staff then maintain them in the back office (nothing here is read at
run time). Field lines: (key, kind, English label, Chinese label, required, choices, show-if)."""

from __future__ import annotations

from typing import Any

YES_NO = "yes|Yes|是\nno|No|否"

SERVICES: list[dict[str, Any]] = [
    {
        "slug": "market-entry-china",
        "department": "international",
        "name": ("Market entry to China", "进入中国市场"),
        "summary": (
            "First steps into the Chinese market: regulations, partners, locations, costs.",
            "进入中国市场的第一步：法规、合作伙伴、选址和成本。",
        ),
        "description": (
            "The international-relations department answers your questions on entering the "
            "Chinese market: which rules apply to your products, which form of presence fits "
            "(representative office, joint venture, wholly foreign-owned enterprise), which "
            "region and industrial park suit you, and whom to meet.",
            "国际合作部解答您进入中国市场的问题：产品适用哪些规定，哪种形式合适（代表处、合资企业、"
            "外商独资企业），哪个地区和产业园区适合您，以及应该与谁会面。",
        ),
        "targets": (8, 80),
        "fields": [
            ("sector", "text", "Your sector and products", "您的行业和产品", True, "", ""),
            (
                "presence",
                "choice",
                "Planned presence",
                "计划的存在形式",
                True,
                "none|Not decided|尚未决定\nrep|Representative office|代表处\n"
                "jv|Joint venture|合资企业\nwfoe|Wholly foreign-owned enterprise|外商独资企业",
                "",
            ),
            ("regions", "text", "Regions of interest", "感兴趣的地区", False, "", ""),
            ("visit", "date", "Planned visit to China", "计划访华日期", False, "", ""),
        ],
    },
    {
        "slug": "going-abroad",
        "department": "international",
        "name": ("Going abroad", "走出去"),
        "summary": (
            "For Chinese companies: markets, partners and rules abroad.",
            "面向中国企业：海外市场、合作伙伴和规则。",
        ),
        "description": (
            "For Chinese companies that want to sell, license or invest abroad: target "
            "markets, partner networks (such as the Enterprise Europe Network), rules and fairs.",
            "面向希望在海外销售、许可或投资的中国企业：目标市场、合作网络（如欧洲企业网络）、规则和展会。",
        ),
        "targets": (8, 80),
        "fields": [
            ("countries", "text", "Target countries", "目标国家", True, "", ""),
            (
                "goal",
                "choice",
                "Goal",
                "目标",
                True,
                "sell|Sell products|销售产品\nlicense|License technology|技术许可\n"
                "invest|Invest|投资\nrd|Joint research|联合研发",
                "",
            ),
        ],
    },
    {
        "slug": "partner-search",
        "department": "scientific",
        "name": ("Partner search", "合作伙伴搜寻"),
        "summary": (
            "We look for licensees, buyers, investors or research partners for you.",
            "我们为您寻找被许可方、买方、投资者或研究伙伴。",
        ),
        "description": (
            "The scientific department searches the platform and its networks for partners "
            "that fit your technology offer or request, and introduces you.",
            "科技部在平台及其网络中为您的技术供给或需求寻找合适的合作伙伴，并为您引荐。",
        ),
        "targets": (16, 120),
        "fields": [
            (
                "partner",
                "choice",
                "Partner sought",
                "寻找的伙伴",
                True,
                "licensee|Licensee|被许可方\nbuyer|Buyer|买方\ninvestor|Investor|投资者\n"
                "research|Research partner|研究伙伴",
                "",
            ),
            (
                "profile_text",
                "text",
                "What should the partner bring?",
                "合作伙伴应具备什么？",
                False,
                "",
                "",
            ),
        ],
    },
    {
        "slug": "legal-consultation",
        "department": "legal",
        "name": ("Legal consultation", "法律咨询"),
        "summary": (
            "Contracts, company law, IP licensing: a first answer from our lawyers.",
            "合同、公司法、知识产权许可：我们的律师给出初步答复。",
        ),
        "description": (
            "The legal department gives a confidential first answer on Chinese contract, "
            "company and IP law. It does not replace a law firm for a full opinion.",
            "法律部就中国合同法、公司法和知识产权法提供保密的初步答复，但不能替代律师事务所出具的完整意见。",
        ),
        "targets": (8, 40),
        "fields": [
            (
                "topic",
                "choice",
                "Topic",
                "主题",
                True,
                "contract|Contract|合同\ncompany|Company law|公司法\nip|Intellectual property|知识产权\n"
                "other|Other|其他",
                "",
            ),
            ("document", "file", "A document to look at", "需要审阅的文件", False, "", ""),
        ],
    },
    {
        "slug": "ip-filing-china",
        "procedure": "ip_filing",
        "department": "legal",
        "name": ("IP filing in China", "在华知识产权申请"),
        "summary": (
            "Patent and trademark filing in China, through an appointed Chinese agency.",
            "通过委托的中国代理机构在中国申请专利和商标。",
        ),
        "description": (
            "A foreign applicant without a residence or business site in China must appoint a "
            "Chinese patent agency. An invention made in China needs a confidentiality review "
            "by the patent office before it is filed abroad.",
            "在中国没有经常居所或营业所的外国申请人，必须委托依法设立的中国专利代理机构。"
            "在中国完成的发明向外国申请专利前，应当报经国务院专利行政部门进行保密审查。",
        ),
        "targets": (8, 80),
        "fields": [
            (
                "right",
                "choice",
                "Right",
                "权利类型",
                True,
                "invention|Invention patent|发明专利\nutility|Utility model|实用新型\n"
                "design|Design|外观设计\ntrademark|Trademark|商标",
                "",
            ),
            (
                "made_in_china",
                "choice",
                "Was the invention made in China?",
                "发明是否在中国完成？",
                True,
                YES_NO,
                "",
            ),
            (
                "foreign_filing",
                "date",
                "Planned foreign filing date",
                "计划向外国申请的日期",
                True,
                "",
                "made_in_china=yes",
            ),
            (
                "resident",
                "choice",
                "Do you have a residence or business site in China?",
                "您在中国是否有经常居所或营业所？",
                True,
                YES_NO,
                "",
            ),
            (
                "agency",
                "text",
                "Chinese patent agency appointed (if any)",
                "已委托的中国专利代理机构（如有）",
                False,
                "",
                "resident=no",
            ),
        ],
    },
    {
        "slug": "contract-registration",
        "procedure": "contract_registration",
        "department": "legal",
        "name": ("Technology-contract registration", "技术合同认定登记"),
        "summary": (
            "Registration of a technology contract for its tax benefits.",
            "技术合同认定登记，享受相关税收优惠。",
        ),
        "description": (
            "We prepare and submit the registration of a signed technology contract: the "
            "contract, its technical annex, the price breakdown, the IP proofs and a Chinese "
            "text of equal effect when the contract is in another language.",
            "我们为已签订的技术合同准备并提交认定登记材料：合同文本、技术附件、价格构成、知识产权证明，"
            "以及合同为外文时具有同等效力的中文文本。",
        ),
        "targets": (8, 120),
        "fields": [
            (
                "contract_language",
                "choice",
                "Language of the contract",
                "合同语言",
                True,
                "zh|Chinese|中文\nen|English|英文\nother|Other|其他",
                "",
            ),
            ("contract_file", "file", "The signed contract", "已签署的合同", True, "", ""),
        ],
    },
    {
        "slug": "export-control-check",
        "procedure": "export_control",
        "department": "legal",
        "name": ("Export-control check", "出口管制审查"),
        "summary": (
            "Is the technology prohibited, restricted or free for export from China?",
            "该技术属于禁止出口、限制出口还是自由出口？",
        ),
        "description": (
            "We classify a technology against the catalogue of technologies prohibited or "
            "restricted from export: prohibited; restricted (a licence is needed before "
            "substantive negotiation); or free (the contract is registered).",
            "我们对照《中国禁止出口限制出口技术目录》对技术进行分类：禁止出口；限制出口（实质性谈判前须取得许可）；"
            "或自由出口（合同登记）。",
        ),
        "targets": (8, 40),
        "fields": [
            (
                "direction",
                "choice",
                "Direction",
                "方向",
                True,
                "out|From China abroad|从中国出口\nin|From abroad into China|向中国进口",
                "",
            ),
            ("technology", "text", "The technology, in a few sentences", "技术简述", True, "", ""),
        ],
    },
    {
        "slug": "foreign-investment-report",
        "procedure": "fie_report",
        "department": "legal",
        "name": ("Foreign-investment information report", "外商投资信息报告"),
        "summary": (
            "Initial and change reports of a foreign-invested enterprise.",
            "外商投资企业的初始报告和变更报告。",
        ),
        "description": (
            "Foreign-invested enterprises report their investment information through the "
            "enterprise registration system: an initial report at establishment, a change "
            "report when reported facts change, and the annual report.",
            "外商投资企业通过企业登记系统报送投资信息：设立时报送初始报告，报告事项变更时报送变更报告，并报送年度报告。",
        ),
        "targets": (8, 80),
        "fields": [
            (
                "report",
                "choice",
                "Report",
                "报告类型",
                True,
                "initial|Initial report|初始报告\nchange|Change report|变更报告\nannual|Annual report|年度报告",
                "",
            ),
            ("change", "text", "What changed?", "变更事项", True, "", "report=change"),
            ("deadline", "date", "Deadline", "截止日期", False, "", ""),
        ],
    },
]
