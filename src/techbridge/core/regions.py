"""Countries (ISO 3166-1) and the regions a profile may target."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django_countries import countries

REGIONS: tuple[tuple[str, object], ...] = (
    ("WORLD", _("Worldwide")),
    ("EU", _("European Union")),
    ("ASEAN", _("ASEAN")),
    ("BRI", _("Belt and Road countries")),
    ("AFRICA", _("Africa")),
    ("LATAM", _("Latin America")),
    ("MENA", _("Middle East and North Africa")),
    ("NORTHAM", _("North America")),
)
REGION_CODES = frozenset(code for code, _label in REGIONS)


def country_choices() -> list[tuple[str, str]]:
    return [(code, str(name)) for code, name in countries]


def target_choices() -> list[tuple[str, str]]:
    return [(c, str(label)) for c, label in REGIONS] + country_choices()


target_choices.fixed_choices = True  # type: ignore[attr-defined]  # no database: fit for the API schema


def is_country(code: str) -> bool:
    return code in dict(countries)


def country_name(code: str) -> str:
    if code in REGION_CODES:
        return str(dict(REGIONS)[code])
    return str(dict(countries).get(code, code))
