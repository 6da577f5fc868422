"""The search parameters: one parser for the page, the API and saved searches. Nothing a
user sends is an error here: an unknown facet value is dropped (and reported), a long query is
cut at 500 characters (and reported), a page out of range is clamped later."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from techbridge.core.choices import IPStatus, Language, OrganisationType, PartnershipType
from techbridge.core.choices import ProfileKind as Kind
from techbridge.core.provinces import PROVINCES
from techbridge.core.regions import is_country
from techbridge.core.taxonomy import sector_choices
from techbridge.engines.text import QUERY_MAX_CHARS
from techbridge.search.query import FACETS, POSTED_WITHIN, SORTS, TRL_BANDS

_JUNK = re.compile(r"[\x00\ud800-\udfff]")
MAX_PAGE = 10_000


def clean_text(value: Any) -> str:
    """A string without NULs and lone surrogates (which no encoder or database accepts)."""
    return _JUNK.sub("", str(value or ""))


def _choices(values: Any) -> list[tuple[str, str]]:
    return [("", "")] + [(str(v), str(v)) for v in values]


class SearchForm(forms.Form):
    kind = forms.ChoiceField(required=False, choices=_choices(Kind.values))
    sector = forms.ChoiceField(required=False, choices=())
    country = forms.CharField(required=False, max_length=2)
    province = forms.ChoiceField(required=False, choices=_choices(c for c, _e, _z in PROVINCES))
    org_type = forms.ChoiceField(required=False, choices=_choices(OrganisationType.values))
    partnership = forms.ChoiceField(required=False, choices=_choices(PartnershipType.values))
    trl = forms.ChoiceField(required=False, choices=_choices(TRL_BANDS))
    ip_status = forms.ChoiceField(required=False, choices=_choices(IPStatus.values))
    language = forms.ChoiceField(required=False, choices=_choices(Language.values))
    posted = forms.ChoiceField(required=False, choices=_choices(POSTED_WITHIN))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sector"].choices = _choices(c for c, _l in sector_choices())  # type: ignore[attr-defined]

    def clean_country(self) -> str:
        code = str(self.cleaned_data.get("country") or "").upper()
        if code and not is_country(code):
            raise forms.ValidationError(_("Unknown country."), code="invalid")
        return code


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    values: dict[str, str] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    truncated: bool = False
    ignored: tuple[str, ...] = ()

    def query_string(self, **changes: Any) -> str:
        """The URL query of these parameters with some changed ('' or None removes one)."""
        data: dict[str, Any] = {"q": self.q, **self.values, "sort": self.sort}
        data.update(changes)
        if data.get("sort") == "relevance":
            data.pop("sort")
        if data.get("page") in (1, "1"):
            data.pop("page")
        return urlencode({k: v for k, v in data.items() if v not in ("", None)})

    @property
    def active(self) -> dict[str, str]:
        return {k: v for k, v in self.values.items() if v}


def _first(data: Any, key: str) -> str:
    if isinstance(data, QueryDict):
        value = data.get(key, "")
    else:
        value = data.get(key, "")
        if isinstance(value, list | tuple):
            value = value[0] if value else ""
    return clean_text(value)[: QUERY_MAX_CHARS * 4]


def parse_params(data: Any) -> SearchParams:
    """SearchParams from a QueryDict or a dict (see the module docstring)."""
    raw_q = " ".join(_first(data, "q").split())
    q = raw_q[:QUERY_MAX_CHARS]
    form = SearchForm({k: _first(data, k)[:100] for k in FACETS})
    form.is_valid()
    values = {k: str(form.cleaned_data.get(k) or "") for k in FACETS if k not in form.errors}
    sort = _first(data, "sort")
    try:
        page = int(_first(data, "page")[:12] or 1)
    except ValueError:
        page = 1
    return SearchParams(
        q=q,
        values={k: v for k, v in values.items() if v},
        sort=sort if sort in SORTS else "relevance",
        page=max(1, min(page, MAX_PAGE)),
        truncated=len(raw_q) > QUERY_MAX_CHARS,
        ignored=tuple(sorted(form.errors)),
    )


class SavedSearchForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100)
    query_string = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)
    alerts = forms.BooleanField(label=_("Notify me of new matching profiles"), required=False)

    def clean_name(self) -> str:
        name = clean_text(self.cleaned_data["name"]).strip()
        if not name:
            raise forms.ValidationError(_("Give the search a name."), code="required")
        return name

    def clean_query_string(self) -> str:
        return clean_text(self.cleaned_data.get("query_string", "")).lstrip("?")
