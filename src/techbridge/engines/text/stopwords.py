"""Stop words of English and Chinese: frequent words that carry no topic."""

from __future__ import annotations

_ENGLISH_STOP_WORDS_TEXT = """a about above after again against all also am an and any are aren as at be because been
    before being below between both but by can cannot could couldn did didn do does doesn doing
    don down during each either etc few for from further had hadn has hasn have haven having he
    her here hers herself him himself his how however i if in into is isn it its itself just let
    ll me more most mustn my myself no nor not now of off on once only or other ought our ours
    ourselves out over own per re s same shall shan she should shouldn so some such t than that
    the their theirs them themselves then there these they this those through thus to too under
    until up upon us ve very via was wasn we were weren what when where which while who whom why
    will with within without won would wouldn yet you your yours yourself yourselves"""
ENGLISH_STOP_WORDS: frozenset[str] = frozenset(_ENGLISH_STOP_WORDS_TEXT.split())

_CHINESE_STOP_WORDS_TEXT = """的 了 和 与 及 或 等 在 是 对 为 将 把 被 由 从 以 于 之 其 而 并 且 也 就 都 又 这 那 该
    此 各 个 中 上 下 内 外 有 无 可 能 会 要 让 使 用 我们 我 你 他 她 它 他们 我司 本 即 如 若
    则 因 因此 所以 但 但是 而且 以及 进行 通过 对于 关于 具有 一种 一个 可以 能够 已经 目前
    需要 希望 主要 相关 方面 问题 情况 同时 以上 以下 左右 其中 一些 这些 那些 什么 如何 是否
    得到 达到 实现 采用 利用 基于 包括 提供 以便 从而 并且 以及 或者 还是 非常 比较 较 更 最"""
CHINESE_STOP_WORDS: frozenset[str] = frozenset(_CHINESE_STOP_WORDS_TEXT.split())

# Words that never explain a match (engines.matching's explanations leave them out): the
# generic vocabulary of every listing, and places -- two profiles "about Italy" are not
# about the same technology.
_GENERIC_CONCEPTS_EN = """problem problems technology technologies technical method methods system
    systems device devices product products process solution solutions application applications
    apply company companies enterprise enterprises industry industrial market markets
    partner partners partnership cooperation cooperate project projects development develop
    developed research service services customer customers need needs seek seeking looking
    offer request require requirement requirements demand new high low good better best year
    years cost costs quality field fields area areas way ways type types use used using
    based provide provides including include level levels advantage advantages feature
    features function functions performance effect effective efficient efficiency
    innovative innovation support result results work working make made existing current
    main key large small different various several one two three first well also free
    elsewhere able possible available smart intelligent"""
_GENERIC_CONCEPTS_ZH = """技术 问题 方法 系统 装置 设备 产品 工艺 方案 解决 应用 公司 企业 行业 产业
    工业 市场 合作 伙伴 项目 研发 开发 研究 服务 客户 需求 寻求 寻找 提供 新 高 低 成本 质量
    领域 方式 类型 使用 基于 包括 水平 优势 特点 功能 性能 效果 有效 效率 创新 支持 结果 工作
    现有 当前 主要 关键 大型 小型 不同 各种 多种 国际 国内 国家 全球 地区 本地 用于 一体 年
    生产 制造 联合 面议 智能 成果 转让 许可 征集 求购 资金 投资 合同"""
_PLACES_EN = """china chinese europe european asia asian africa african america american
    americas usa us uk britain british england english germany german france french italy
    italian spain spanish portugal portuguese netherlands dutch belgium belgian switzerland
    swiss austria austrian sweden swedish norway norwegian denmark danish finland finnish
    poland polish czech hungary hungarian greece greek ireland irish russia russian japan
    japanese korea korean india indian singapore malaysia thailand vietnam indonesia
    philippines australia australian canada canadian mexico brazil argentina chile israel
    turkey egypt morocco kenya nigeria pakistan luxembourg slovenia slovakia croatia serbia
    romania bulgaria ukraine beijing shanghai shenzhen guangzhou hong kong macao taiwan
    international global world worldwide overseas abroad foreign domestic national"""
_PLACES_ZH = """中国 中华 欧洲 亚洲 非洲 美洲 北美 南美 美国 英国 德国 法国 意大利 西班牙 葡萄牙 荷兰
    比利时 瑞士 奥地利 瑞典 挪威 丹麦 芬兰 波兰 捷克 匈牙利 希腊 爱尔兰 俄罗斯 日本 韩国 印度
    新加坡 马来西亚 泰国 越南 印尼 印度尼西亚 菲律宾 澳大利亚 加拿大 墨西哥 巴西 阿根廷 智利
    以色列 土耳其 埃及 摩洛哥 肯尼亚 尼日利亚 巴基斯坦 卢森堡 斯洛文尼亚 斯洛伐克 克罗地亚
    塞尔维亚 罗马尼亚 保加利亚 乌克兰 北京 上海 深圳 广州 香港 澳门 台湾 海外 国外 境外 中外
    外国 全国 世界 各国 省 市"""
CONCEPT_STOP_WORDS_EN: frozenset[str] = frozenset((_GENERIC_CONCEPTS_EN + _PLACES_EN).split())
CONCEPT_STOP_WORDS_ZH: frozenset[str] = frozenset((_GENERIC_CONCEPTS_ZH + _PLACES_ZH).split())
