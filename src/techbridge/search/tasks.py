"""Background work of the search app: take ids, idempotent, call a service."""

from __future__ import annotations

from django.tasks import task

from techbridge.core import pagecache
from techbridge.search import services


@task()
def index_profiles_task(profile_ids: list[int]) -> dict[str, int]:
    done = services.index_profiles(profile_ids)
    pagecache.bump()  # search pages cached before the index had them are dropped
    return done


@task()
def index_organisations_task(organisation_ids: list[int]) -> int:
    from techbridge.profiles.models import TechnologyProfile

    # Organisation fields (name, province, type) are denormalised into its profiles' rows.
    profile_ids = TechnologyProfile.objects.filter(
        organisation_id__in=organisation_ids, status="published"
    ).values_list("id", flat=True)
    services.index_profiles(list(profile_ids))
    done = services.index_organisations(organisation_ids)
    pagecache.bump()
    return done


@task()
def merge_segments_task() -> bool:
    return services.merge_segments()


@task()
def saved_search_alerts_task(profile_ids: list[int]) -> int:
    return services.saved_search_alerts(profile_ids=profile_ids)
