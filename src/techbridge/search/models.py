"""The search index: one denormalised row per published profile (and per organisation), with
the pre-segmented terms the full-text tables index and the facet values the filters use.

The full-text part lives next to these rows and is created by migration 0002: an FTS5 table
kept in sync by triggers on SQLite, a weighted ``tsvector`` column with a GIN index on
PostgreSQL. Visibility, status, expiry and owner are stored under the profile's own field
names so that ``profiles.selectors.visible_filter(actor)`` applies to these rows unchanged.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import Organisation
from techbridge.profiles.models import TechnologyProfile


class TsVectorField(models.TextField):
    """A ``tsvector`` on PostgreSQL (written from a literal built in Python: no text parser,
    so jieba's segmentation is kept as is); plain unused text elsewhere."""

    def db_type(self, connection: Any) -> str | None:
        return "tsvector" if connection.vendor == "postgresql" else "text"

    def get_placeholder_sql(
        self, value: Any, compiler: Any, connection: Any
    ) -> tuple[str, tuple[Any, ...]]:
        return ("%s::tsvector" if connection.vendor == "postgresql" else "%s"), (value,)


class SearchDocument(models.Model):
    """The index row of one profile (only published profiles are indexed)."""

    profile = models.OneToOneField(
        TechnologyProfile, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    # Permission columns, named like the profile's fields (see the module docstring).
    organisation_id = models.BigIntegerField(db_index=True)
    status = models.CharField(max_length=10)
    visibility = models.CharField(max_length=8)
    expires_on = models.DateField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # Facets. Province and organisation type stay blank for blind profiles.
    kind = models.CharField(max_length=8)
    language = models.CharField(max_length=2)
    country = models.CharField(max_length=2, blank=True)
    province = models.CharField(max_length=2, blank=True)
    org_type = models.CharField(max_length=24, blank=True)
    trl = models.PositiveSmallIntegerField()
    ip_status = models.CharField(max_length=20)
    # Multi-valued facets as " code code " (space on both ends, so LIKE '% code %' is exact).
    sectors = models.CharField(max_length=1000, blank=True)
    partnership_types = models.CharField(max_length=500, blank=True)
    # Pre-segmented terms (engines.text.index_terms), space separated.
    title_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    tsv = TsVectorField(null=True, blank=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "search_document"
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        indexes = [
            models.Index(fields=["status", "visibility"], name="search_doc_status_vis"),
            models.Index(fields=["-published_at"], name="search_doc_published"),
        ]

    def __str__(self) -> str:
        return f"profile {self.profile_id}"


class IndexState(models.Model):
    """One row whose token changes with every write to the profile index (in the same
    transaction): cached facet counts are keyed by it, so they never outlive a change.

    Writers lock this row first, so the change log's sequence numbers follow commit order.
    ``generation`` changes with a full rebuild; ``pruned_below``: the change log no longer
    holds the entries up to it (a process behind it reloads)."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    token = models.CharField(max_length=32)
    generation = models.CharField(max_length=32, blank=True, default="")
    pruned_below = models.BigIntegerField(default=0)

    class Meta:
        db_table = "search_index_state"

    def __str__(self) -> str:
        return self.token


class SearchChange(models.Model):
    """The change log of the profile index: one entry per profile whose row was written or
    removed, in the writer's transaction. Processes that hold the index in memory apply the
    entries after the last one they saw."""

    seq = models.BigAutoField(primary_key=True)
    profile_id = models.BigIntegerField()

    class Meta:
        db_table = "search_change"

    def __str__(self) -> str:
        return f"{self.seq}: profile {self.profile_id}"


class OrganisationDocument(models.Model):
    """The index row of one organisation (name, name in the other language, description)."""

    organisation = models.OneToOneField(
        Organisation, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    title_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    tsv = TsVectorField(null=True, blank=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "search_org_document"
        verbose_name = _("organisation search document")
        verbose_name_plural = _("organisation search documents")

    def __str__(self) -> str:
        return f"organisation {self.organisation_id}"


class SavedSearch(models.Model):
    """A member's saved search: a name and the query string of the search page."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches"
    )
    name = models.CharField(_("name"), max_length=100)
    query_string = models.CharField(_("search"), max_length=2000)
    alerts = models.BooleanField(_("notify me of new matching profiles"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_alerted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "name"], name="saved_search_name_per_user")
        ]

    def __str__(self) -> str:
        return self.name
