"""Writes of the search app: the index (kept in sync with profiles and organisations) and
members' saved searches with their alerts."""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from functools import partial
from typing import Any

from django.db import connection, connections, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from techbridge.accounts.models import Organisation
from techbridge.accounts.selectors import is_member
from techbridge.core.choices import ProfileStatus
from techbridge.core.errors import NotFound, PermissionDenied, ValidationFailed
from techbridge.notifications.services import Delivery, notify
from techbridge.profiles.models import TechnologyProfile
from techbridge.search.backends import get_backend
from techbridge.search.documents import organisation_document, profile_document
from techbridge.search.models import OrganisationDocument, SavedSearch, SearchDocument

logger = logging.getLogger(__name__)
BATCH = 500
BULK_BATCH = 2_000  # profiles per COPY when an empty index is filled
MAX_SAVED_SEARCHES = 50
ALERT_KIND = "search.alert"  # registered in SearchConfig.ready()


# --- the index -----------------------------------------------------------------------------


def index_profiles(profile_ids: Iterable[int]) -> dict[str, int]:
    """Bring the index rows of these profiles up to date: published ones are (re)indexed,
    the others (or deleted ones) removed. Idempotent; works in batches."""
    ids = sorted({int(i) for i in profile_ids if i is not None})
    backend = get_backend()
    indexed = removed = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        docs = _documents(chunk, postgres=backend.postgres)
        gone = set(chunk) - {d.profile_id for d in docs}
        with transaction.atomic():
            backend.delete(gone)
            backend.index(docs)
        indexed += len(docs)
        removed += len(gone)
    if ids:
        _merge_if_due()
    return {"indexed": indexed, "removed": removed}


def _documents(ids: list[int], *, postgres: bool) -> list[SearchDocument]:
    """The index rows of the published profiles among ``ids``."""
    profiles = TechnologyProfile.objects.select_related("organisation").filter(
        id__in=ids, status=ProfileStatus.PUBLISHED
    )
    return [profile_document(p, postgres=postgres) for p in profiles]


def _merge_if_due() -> None:
    """Enqueue the background merge when many changes were written since the resident
    index's current segment (processes carry those in memory until a merge)."""
    from techbridge.search.backends import RESIDENT, backend_name
    from techbridge.search.backends.store import SegmentStore

    if backend_name() != RESIDENT or not SegmentStore.for_default_database().merge_due():
        return
    from techbridge.search.tasks import merge_segments_task

    transaction.on_commit(merge_segments_task.enqueue)


def merge_segments() -> bool:
    """Write a new segment of the resident index with the changes since the current one
    (a task: see ``search.backends.store``). Returns whether one was written."""
    from techbridge.search.backends import RESIDENT, backend_name
    from techbridge.search.backends.resident import resident

    if backend_name() != RESIDENT:
        return False
    state = resident()
    with state.lock:
        return state.merge()


def index_organisations(organisation_ids: Iterable[int]) -> int:
    """(Re)index organisations by id; returns how many rows were written."""
    ids = sorted({int(i) for i in organisation_ids if i is not None})
    backend = get_backend()
    written = 0
    for start in range(0, len(ids), BATCH):
        orgs = Organisation.objects.filter(id__in=ids[start : start + BATCH])
        docs = [organisation_document(o, postgres=backend.postgres) for o in orgs]
        backend.index_organisations(docs)
        written += len(docs)
    return written


_rebuilding: ContextVar[bool] = ContextVar("search_rebuilding", default=False)


def reindex_all(
    *, progress: Callable[[int], Any] | None = None, workers: int = 1
) -> dict[str, int]:
    """Rebuild the whole index from the profiles and organisations (`techbridge reindex`).
    `progress(n)` is called after each batch of n profiles. An empty index is filled in
    bulk (``append``: no deletes, no change log, PostgreSQL's COPY), its rows analysed in
    ``workers`` forked processes; processes reload it at the new generation written at the
    end."""
    published = list(
        TechnologyProfile.objects.filter(status=ProfileStatus.PUBLISHED)
        .order_by("id")
        .values_list("id", flat=True)
    )
    # (a join, not a list of every published id: a million of them made one huge statement)
    stale = SearchDocument.objects.exclude(profile__status=ProfileStatus.PUBLISHED).values_list(
        "profile_id", flat=True
    )
    token = _rebuilding.set(True)  # the backend's first use must not start a rebuild of its own
    try:
        backend = get_backend()
    finally:
        _rebuilding.reset(token)
    backend.delete(list(stale))
    fresh = not SearchDocument.objects.exists()
    with backend.bulk_build(fresh=fresh):
        if fresh:
            chunks = [published[i : i + BULK_BATCH] for i in range(0, len(published), BULK_BATCH)]
            for docs in _analysed(chunks, postgres=backend.postgres, workers=workers):
                backend.append(docs)
                if progress is not None:
                    progress(len(docs))
        else:
            for start in range(0, len(published), BATCH):
                chunk = published[start : start + BATCH]
                index_profiles(chunk)
                if progress is not None:
                    progress(len(chunk))
    orgs = index_organisations(Organisation.objects.values_list("id", flat=True))
    _write_segment()
    return {"profiles": len(published), "organisations": orgs}


def _analysed(
    chunks: list[list[int]], *, postgres: bool, workers: int
) -> Iterator[list[SearchDocument]]:
    """The index rows of each chunk of profile ids, in order; analysed in ``workers``
    forked processes when there are several (the text analysis is most of a rebuild)."""
    build = partial(_documents, postgres=postgres)
    if workers <= 1 or len(chunks) <= 1 or connection.in_atomic_block:
        yield from map(build, chunks)
        return
    connections.close_all()  # each forked process opens its own connection
    with multiprocessing.get_context("fork").Pool(
        workers, initializer=connections.close_all
    ) as pool:
        yield from pool.imap(build, chunks)


def _write_segment() -> None:
    """After a rebuild (a new generation): the resident index's segment, written once here
    rather than by the first process that searches."""
    from techbridge.search.backends import RESIDENT, backend_name
    from techbridge.search.backends.resident import resident

    if backend_name() == RESIDENT:
        state = resident()
        with state.lock:
            state.sync()


def ensure_index() -> bool:
    """Build the index if it is empty while there are published profiles (first start, or
    after data was loaded without signals). Returns whether it was built."""
    if _rebuilding.get():
        return False
    if SearchDocument.objects.exists() or OrganisationDocument.objects.exists():
        return False
    if not TechnologyProfile.objects.filter(status=ProfileStatus.PUBLISHED).exists():
        return False
    reindex_all()
    return True


# --- saved searches ------------------------------------------------------------------------


@transaction.atomic
def saved_search_create(
    *, actor: Any, name: str, query_string: str, alerts: bool = True
) -> SavedSearch:
    """Save a search (name + the query string of the search page) for a member."""
    if not is_member(actor):
        raise PermissionDenied()
    from techbridge.search.forms import SavedSearchForm

    form = SavedSearchForm({"name": name, "query_string": query_string, "alerts": alerts})
    if not form.is_valid():
        from techbridge.core.errors import form_errors

        raise ValidationFailed(fields=form_errors(form))
    data = form.cleaned_data
    if SavedSearch.objects.filter(user=actor).count() >= MAX_SAVED_SEARCHES:
        raise ValidationFailed(_("You have too many saved searches; delete one first."))
    saved, _created = SavedSearch.objects.update_or_create(
        user=actor,
        name=data["name"],
        defaults={"query_string": data["query_string"], "alerts": data["alerts"]},
    )
    return saved


@transaction.atomic
def saved_search_delete(*, actor: Any, saved_search_id: int) -> None:
    deleted, _rows = SavedSearch.objects.filter(id=saved_search_id, user_id=actor.pk).delete()
    if not deleted:
        raise NotFound()


def saved_search_alerts(*, profile_ids: Iterable[int]) -> int:
    """Notify the owners of saved searches (with alerts) that match some of these newly
    published profiles, as each owner may see them. Returns how many were notified."""
    from techbridge.search.selectors import matching_profile_ids

    ids = [int(i) for i in profile_ids]
    if not ids:
        return 0
    notified = 0
    searches = SavedSearch.objects.filter(alerts=True).select_related("user")
    for saved in searches.iterator():
        if not saved.user.is_active:
            continue
        found = matching_profile_ids(actor=saved.user, query_string=saved.query_string, among=ids)
        if not found:
            continue
        notify(
            user_id=saved.user_id,
            kind=ALERT_KIND,
            title=partial(_alert_title, len(found), saved.name),  # in the owner's language
            url=f"{reverse('search:search')}?{saved.query_string}",
            email=Delivery.DIGEST,
        )
        SavedSearch.objects.filter(pk=saved.pk).update(last_alerted_at=timezone.now())
        notified += 1
    return notified


def _alert_title(n: int, name: str) -> str:
    return ngettext(
        "%(n)d new profile matches your saved search “%(name)s”",
        "%(n)d new profiles match your saved search “%(name)s”",
        n,
    ) % {"n": n, "name": name}
