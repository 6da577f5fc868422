"""Demo data of the search app: the organisations' index rows and a saved search for the demo
member (profiles are indexed by the import's `ProfileChange`, after commit). Idempotent."""

from __future__ import annotations

from typing import Any

from techbridge.accounts.models import Organisation, User
from techbridge.search.models import SavedSearch
from techbridge.search.services import index_organisations

MEMBER_EMAIL = "member@techbridge.example"


def load(*, now: Any) -> dict[str, int]:
    orgs = index_organisations(Organisation.objects.values_list("id", flat=True))
    member = User.objects.filter(email=MEMBER_EMAIL).first()
    saved = 0
    if member is not None:
        _obj, created = SavedSearch.objects.get_or_create(
            user=member,
            name="Battery recycling",
            defaults={"query_string": "q=battery+recycling", "alerts": True},
        )
        saved = int(created)
    return {"search_organisations": orgs, "saved_searches": saved}
