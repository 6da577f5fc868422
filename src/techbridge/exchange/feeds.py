"""Atom feeds of new public listings — all sectors, or one — in the reader's language
(`?lang=zh-hans` or `en`): the feed's title and each entry's sectors in that language, each
entry's text in its own language."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from techbridge.core.taxonomy import sector_choices, sector_name
from techbridge.exchange.opendata import LICENCE, open_profiles
from techbridge.profiles.models import TechnologyProfile

ENTRIES = 50


class ListingsFeed(Feed):  # type: ignore[type-arg]
    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, sector: str = "") -> dict[str, str]:
        if sector and sector not in dict(sector_choices()):
            raise Http404
        language = "zh-hans" if request.GET.get("lang", "").startswith("zh") else "en"
        translation.activate(language)
        return {"sector": sector, "language": language}

    def title(self, obj: dict[str, str]) -> str:
        if obj["sector"]:
            return _("TechBridge: new listings in %(sector)s") % {
                "sector": sector_name(obj["sector"], obj["language"])
            }
        return _("TechBridge: new technology offers and requests")

    def subtitle(self, obj: dict[str, str]) -> str:
        return _("Public listings; licence %(licence)s.") % {"licence": LICENCE}

    def link(self, obj: dict[str, str]) -> str:
        return reverse("exchange:opendata")

    def feed_url(self, obj: dict[str, str]) -> str:
        return reverse(
            "exchange:feed_sector" if obj["sector"] else "exchange:feed",
            kwargs=({"sector": obj["sector"]} if obj["sector"] else {}),
        )

    def feed_copyright(self, obj: dict[str, str]) -> str:
        return LICENCE

    def items(self, obj: dict[str, str]) -> list[TechnologyProfile]:
        profiles = open_profiles()
        if not obj["sector"]:
            return list(profiles[:ENTRIES])
        ids: list[int] = []
        # Newest first, stopping at the feed's length (a JSON list is not indexed on SQLite).
        for pk, sectors in profiles.values_list("id", "sectors").iterator(chunk_size=500):
            if obj["sector"] in (sectors or []):
                ids.append(pk)
                if len(ids) == ENTRIES:
                    break
        return list(profiles.filter(id__in=ids))

    def item_title(self, item: TechnologyProfile) -> str:
        return item.title

    def item_description(self, item: TechnologyProfile) -> str:
        return item.summary

    def item_link(self, item: TechnologyProfile) -> str:
        return reverse("profiles:detail", args=[item.id])

    def item_guid(self, item: TechnologyProfile) -> str:
        return f"{settings.SITE_URL.rstrip('/')}/profiles/{item.id}/"

    def item_pubdate(self, item: TechnologyProfile) -> Any:
        return item.published_at

    def item_updateddate(self, item: TechnologyProfile) -> Any:
        return item.updated_at

    def item_author_name(self, item: TechnologyProfile) -> str:
        return item.organisation.name

    def item_categories(self, item: TechnologyProfile) -> list[str]:
        return [sector_name(s) for s in item.sectors or []]
