"""The bilingual technology taxonomy: the fields a profile is filed under.

Pure data (no Django) so that the search and matching engines can load the terms into their
analysers. Codes are stable identifiers stored in the database; names are shown to users. The
``terms`` of each field are extra words in both languages that name it (used to add the field's
vocabulary to jieba's dictionary and to recognise a field in free text)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Field:
    code: str
    en: str
    zh: str
    terms: tuple[str, ...] = ()


FIELDS: tuple[Field, ...] = (
    Field(
        "next-gen-it",
        "New-generation information technology",
        "新一代信息技术",
        ("信息技术", "information technology", "软件", "software", "云计算", "cloud computing"),
    ),
    Field(
        "ai",
        "Artificial intelligence",
        "人工智能",
        (
            "机器学习",
            "machine learning",
            "深度学习",
            "deep learning",
            "计算机视觉",
            "computer vision",
        ),
    ),
    Field(
        "integrated-circuits",
        "Integrated circuits and semiconductors",
        "集成电路与半导体",
        ("集成电路", "芯片", "半导体", "chip", "semiconductor", "晶圆", "wafer"),
    ),
    Field(
        "communications",
        "5G and communications",
        "5G与通信",
        ("通信", "5G", "无线通信", "wireless", "光通信", "optical communication"),
    ),
    Field(
        "big-data",
        "Big data and cloud computing",
        "大数据与云计算",
        ("大数据", "big data", "数据分析", "data analytics"),
    ),
    Field("iot", "Internet of Things", "物联网", ("物联网", "传感网", "sensor network", "IoT")),
    Field("blockchain", "Blockchain", "区块链", ("区块链", "blockchain", "distributed ledger")),
    Field(
        "cybersecurity", "Cybersecurity", "网络安全", ("网络安全", "信息安全", "encryption", "加密")
    ),
    Field("quantum", "Quantum technology", "量子科技", ("量子", "quantum")),
    Field("robotics", "Robotics", "机器人", ("机器人", "robot", "工业机器人", "industrial robot")),
    Field(
        "advanced-manufacturing",
        "Advanced and intelligent manufacturing",
        "高端装备与智能制造",
        ("智能制造", "高端装备", "数控机床", "CNC", "smart manufacturing"),
    ),
    Field(
        "additive-manufacturing",
        "Additive manufacturing (3D printing)",
        "增材制造(3D打印)",
        ("增材制造", "3D打印", "3D printing", "additive manufacturing"),
    ),
    Field(
        "aerospace",
        "Aerospace",
        "航空航天",
        ("航空", "航天", "卫星", "satellite", "aircraft", "飞机"),
    ),
    Field(
        "marine",
        "Marine engineering and shipbuilding",
        "海洋工程与船舶",
        ("海洋工程", "船舶", "ship", "offshore"),
    ),
    Field("rail", "Rail transit", "轨道交通", ("轨道交通", "高铁", "railway", "metro")),
    Field(
        "new-energy-vehicles",
        "New-energy vehicles",
        "新能源汽车",
        ("新能源汽车", "电动汽车", "electric vehicle", "EV", "充电桩", "charging"),
    ),
    Field(
        "intelligent-vehicles",
        "Intelligent and connected vehicles",
        "智能网联汽车",
        ("自动驾驶", "autonomous driving", "车联网", "connected vehicle"),
    ),
    Field(
        "new-energy",
        "New energy (solar, wind, hydrogen)",
        "新能源",
        ("太阳能", "光伏", "solar", "photovoltaic", "风电", "wind power", "氢能", "hydrogen"),
    ),
    Field(
        "energy-storage",
        "Energy storage and batteries",
        "储能与电池",
        ("储能", "电池", "锂电池", "battery", "lithium", "energy storage", "电池回收"),
    ),
    Field(
        "smart-grid",
        "Smart grid and power equipment",
        "智能电网与电力装备",
        ("智能电网", "电网", "power grid", "输电", "transmission"),
    ),
    Field(
        "energy-efficiency",
        "Energy saving and efficiency",
        "节能",
        ("节能", "能效", "energy saving", "energy efficiency", "余热", "waste heat"),
    ),
    Field(
        "environmental-protection",
        "Environmental protection",
        "环境保护",
        ("环保", "环境保护", "污染", "pollution", "废气", "emission"),
    ),
    Field(
        "water-treatment",
        "Water treatment",
        "水处理",
        ("水处理", "污水", "wastewater", "water treatment", "净水", "desalination", "海水淡化"),
    ),
    Field(
        "recycling",
        "Recycling and circular economy",
        "资源循环利用",
        ("回收", "循环利用", "recycling", "circular economy", "固废", "solid waste"),
    ),
    Field(
        "carbon-neutrality",
        "Carbon capture and carbon neutrality",
        "碳捕集与碳中和",
        ("碳中和", "碳捕集", "carbon capture", "CCUS", "低碳", "low carbon"),
    ),
    Field(
        "new-materials",
        "New materials",
        "新材料",
        ("新材料", "advanced materials", "复合材料", "composite", "纳米材料", "nanomaterial"),
    ),
    Field(
        "chemicals",
        "Fine and green chemicals",
        "精细化工与绿色化工",
        ("化工", "chemical", "催化剂", "catalyst", "绿色化工", "green chemistry"),
    ),
    Field(
        "metallurgy",
        "Metallurgy and metals",
        "冶金与金属材料",
        ("冶金", "合金", "alloy", "metallurgy", "钢铁", "steel"),
    ),
    Field(
        "biomedicine",
        "Biomedicine and pharmaceuticals",
        "生物医药",
        ("生物医药", "药物", "drug", "pharmaceutical", "疫苗", "vaccine", "抗体", "antibody"),
    ),
    Field(
        "medical-devices",
        "Medical devices",
        "医疗器械",
        ("医疗器械", "medical device", "诊断", "diagnostic", "影像", "imaging"),
    ),
    Field(
        "digital-health",
        "Digital health",
        "数字医疗",
        ("数字医疗", "远程医疗", "telemedicine", "digital health", "医疗信息"),
    ),
    Field(
        "traditional-chinese-medicine",
        "Traditional Chinese medicine",
        "中医药",
        ("中医药", "中药", "TCM", "herbal medicine"),
    ),
    Field(
        "biotechnology",
        "Industrial biotechnology",
        "生物技术",
        ("生物技术", "发酵", "fermentation", "酶", "enzyme", "合成生物学", "synthetic biology"),
    ),
    Field(
        "modern-agriculture",
        "Modern agriculture",
        "现代农业",
        ("农业", "agriculture", "种植", "crop", "智慧农业", "smart farming", "育种", "breeding"),
    ),
    Field(
        "food",
        "Food science and processing",
        "食品",
        ("食品", "food", "食品加工", "food processing", "保鲜", "preservation"),
    ),
    Field(
        "forestry-ecology",
        "Forestry and ecology",
        "林业与生态",
        ("林业", "forestry", "生态", "ecology"),
    ),
    Field(
        "animal-health",
        "Animal husbandry and veterinary",
        "畜牧兽医",
        ("畜牧", "养殖", "livestock", "兽医", "veterinary", "aquaculture", "水产"),
    ),
    Field(
        "construction",
        "Green building and construction",
        "绿色建筑与建造",
        ("建筑", "building", "construction", "装配式", "prefabricated"),
    ),
    Field(
        "smart-city",
        "Smart city and transport",
        "智慧城市与交通",
        ("智慧城市", "smart city", "交通", "traffic", "城市管理"),
    ),
    Field(
        "instruments",
        "Instruments and sensors",
        "仪器仪表与传感器",
        ("仪器", "传感器", "sensor", "检测", "measurement", "instrument"),
    ),
    Field(
        "photonics",
        "Photonics and lasers",
        "光电与激光",
        ("激光", "laser", "光电", "photonics", "光学", "optics"),
    ),
    Field(
        "display",
        "Display and lighting",
        "显示与照明",
        ("显示", "display", "LED", "照明", "lighting", "OLED"),
    ),
    Field(
        "textiles",
        "Textiles and light industry",
        "纺织与轻工",
        ("纺织", "textile", "服装", "garment", "轻工"),
    ),
    Field(
        "mining",
        "Mining and geology",
        "矿业与地质",
        ("矿山", "mining", "地质", "geology", "勘探", "exploration"),
    ),
    Field(
        "oil-gas",
        "Oil and gas",
        "石油天然气",
        ("石油", "天然气", "oil", "natural gas", "油田", "oilfield"),
    ),
    Field(
        "education-culture",
        "Education, culture and creative technology",
        "文化科技与教育",
        ("教育", "education", "文化", "culture", "数字创意", "creative"),
    ),
    Field(
        "finance-tech",
        "Financial technology",
        "金融科技",
        ("金融科技", "fintech", "支付", "payment"),
    ),
    Field(
        "space-remote-sensing",
        "Remote sensing and geoinformation",
        "遥感与地理信息",
        ("遥感", "remote sensing", "地理信息", "GIS", "北斗", "BeiDou", "GNSS"),
    ),
)

FIELD_BY_CODE: dict[str, Field] = {f.code: f for f in FIELDS}


def field_terms() -> list[str]:
    """Every name and term of every field, both languages, for analysers' dictionaries."""
    out: list[str] = []
    for f in FIELDS:
        out.extend((f.en, f.zh, *f.terms))
    return out
