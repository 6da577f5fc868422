from django.contrib import admin

from techbridge.search.models import SavedSearch, SearchDocument


@admin.register(SearchDocument)
class SearchDocumentAdmin(admin.ModelAdmin):
    list_display = ("profile_id", "kind", "language", "status", "visibility", "country", "trl")
    list_filter = ("kind", "language", "status", "visibility", "trl")
    search_fields = ("=profile__id", "title_terms")
    readonly_fields = [f.name for f in SearchDocument._meta.fields]


@admin.register(SavedSearch)
class SavedSearchAdmin(admin.ModelAdmin):
    list_display = ("name", "user", "alerts", "created_at", "last_alerted_at")
    list_filter = ("alerts",)
    search_fields = ("name", "user__email", "query_string")
    raw_id_fields = ("user",)
