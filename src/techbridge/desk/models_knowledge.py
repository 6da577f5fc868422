"""The knowledge base of the service desk: Article (bilingual, maintained by staff, per
service type or general), with who may read it (draft and internal: staff only; members:
people of a member organisation; public: everyone). Staff link articles from their replies
(CaseMessage.articles); the request form suggests them ("before you ask")."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.desk.models_catalogue import ServiceType, localised


class Visibility(models.TextChoices):
    DRAFT = "draft", _("Draft (staff only, being written)")
    INTERNAL = "internal", _("Internal (staff only)")
    MEMBERS = "members", _("Members (people of member organisations)")
    PUBLIC = "public", _("Public (everyone)")


class Article(models.Model):
    """A knowledge-base article. `title_terms` and `terms` hold the analysed words of both
    languages (engines.text: stemmed English, segmented Chinese), kept by the service, so a
    search in either language matches in the database."""

    slug = models.SlugField(_("key"), max_length=80, unique=True)
    service_type = models.ForeignKey(
        ServiceType,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("service"),
    )
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    body_en = models.TextField(_("text (English)"), max_length=20000, blank=True)
    body_zh = models.TextField(_("text (Chinese)"), max_length=20000, blank=True)
    visibility = models.CharField(
        _("who may read it"), max_length=8, choices=Visibility.choices, default=Visibility.DRAFT
    )
    title_terms = models.TextField(blank=True, editable=False)
    terms = models.TextField(_("search terms"), blank=True, editable=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("updated by"),
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords(excluded_fields=["title_terms", "terms"])

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["title_en", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(visibility__in=Visibility.values), name="desk_article_visibility"
            ),
            models.CheckConstraint(
                condition=~Q(title_en="") | ~Q(title_zh=""),
                name="desk_article_has_title",
                violation_error_message=_("Give the article a title in English or Chinese."),
            ),
        ]
        indexes = [models.Index(fields=["visibility", "service_type"])]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return localised(self, "title")

    @property
    def body(self) -> str:
        return localised(self, "body")

    @property
    def staff_only(self) -> bool:
        return self.visibility in (Visibility.DRAFT, Visibility.INTERNAL)
