"""Countries, Chinese provinces and cities the demo organisations are placed in: a data table,
kept in places.json next to this module and read once at import."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["COUNTRIES", "PROVINCES", "Country", "Province"]

DATA = Path(__file__).with_name("places.json")


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    en: str
    zh: str
    adjective: str
    currency: str  # the currency its listings quote values in
    cities: tuple[str, ...]
    regions: tuple[str, ...]  # geographic names used to build fictional institution names
    company_suffixes: tuple[str, ...]
    weight: int  # relative number of organisations


@dataclass(frozen=True, slots=True)
class Province:
    code: str
    zh: str
    en: str
    cities: tuple[tuple[str, str], ...]  # (Chinese, pinyin)
    weight: int


def _country(row: dict[str, Any]) -> Country:
    return Country(
        code=row["code"],
        en=row["en"],
        zh=row["zh"],
        adjective=row["adjective"],
        currency=row["currency"],
        cities=tuple(row["cities"]),
        regions=tuple(row["regions"]),
        company_suffixes=tuple(row["company_suffixes"]),
        weight=row["weight"],
    )


def _province(row: dict[str, Any]) -> Province:
    cities = tuple((chinese, pinyin) for chinese, pinyin in row["cities"])
    return Province(row["code"], row["zh"], row["en"], cities, row["weight"])


_data = json.loads(DATA.read_text(encoding="utf-8"))
COUNTRIES: tuple[Country, ...] = tuple(_country(row) for row in _data["countries"])
PROVINCES: tuple[Province, ...] = tuple(_province(row) for row in _data["provinces"])
del _data
