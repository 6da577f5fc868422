"""China's 34 provincial-level divisions: code, English and Chinese names."""

from __future__ import annotations

from django.utils.translation import get_language

PROVINCES: tuple[tuple[str, str, str], ...] = (
    ("BJ", "Beijing", "北京市"),
    ("TJ", "Tianjin", "天津市"),
    ("HE", "Hebei", "河北省"),
    ("SX", "Shanxi", "山西省"),
    ("NM", "Inner Mongolia", "内蒙古自治区"),
    ("LN", "Liaoning", "辽宁省"),
    ("JL", "Jilin", "吉林省"),
    ("HL", "Heilongjiang", "黑龙江省"),
    ("SH", "Shanghai", "上海市"),
    ("JS", "Jiangsu", "江苏省"),
    ("ZJ", "Zhejiang", "浙江省"),
    ("AH", "Anhui", "安徽省"),
    ("FJ", "Fujian", "福建省"),
    ("JX", "Jiangxi", "江西省"),
    ("SD", "Shandong", "山东省"),
    ("HA", "Henan", "河南省"),
    ("HB", "Hubei", "湖北省"),
    ("HN", "Hunan", "湖南省"),
    ("GD", "Guangdong", "广东省"),
    ("GX", "Guangxi", "广西壮族自治区"),
    ("HI", "Hainan", "海南省"),
    ("CQ", "Chongqing", "重庆市"),
    ("SC", "Sichuan", "四川省"),
    ("GZ", "Guizhou", "贵州省"),
    ("YN", "Yunnan", "云南省"),
    ("XZ", "Tibet", "西藏自治区"),
    ("SN", "Shaanxi", "陕西省"),
    ("GS", "Gansu", "甘肃省"),
    ("QH", "Qinghai", "青海省"),
    ("NX", "Ningxia", "宁夏回族自治区"),
    ("XJ", "Xinjiang", "新疆维吾尔自治区"),
    ("TW", "Taiwan", "台湾省"),
    ("HK", "Hong Kong SAR", "香港特别行政区"),
    ("MO", "Macao SAR", "澳门特别行政区"),
)
PROVINCE_BY_CODE = {code: (en, zh) for code, en, zh in PROVINCES}


def province_name(code: str, language: str | None = None) -> str:
    """The province's name in the active (or given) language; '' for an empty code."""
    if not code or code not in PROVINCE_BY_CODE:
        return ""
    en, zh = PROVINCE_BY_CODE[code]
    lang = language or get_language() or "en"
    return zh if lang.startswith("zh") else en


def province_choices() -> list[tuple[str, str]]:
    return [(code, province_name(code)) for code, _en, _zh in PROVINCES]
