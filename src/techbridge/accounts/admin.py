from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from techbridge.accounts.models import ApiToken, Membership, Organisation, User
from techbridge.core.provinces import province_choices, province_name


class ProvinceFilter(admin.SimpleListFilter):
    """Provinces by their names in the staff member's language (the field's choices are
    English)."""

    title = _("province")
    parameter_name = "province"

    def lookups(self, request, model_admin):  # type: ignore[no-untyped-def]
        return province_choices()

    def queryset(self, request, queryset):  # type: ignore[no-untyped-def]
        return queryset.filter(province=self.value()) if self.value() else queryset


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "is_staff", "department", "is_active", "date_joined"]
    list_filter = ["is_staff", "is_superuser", "is_active", "department", "preferred_language"]
    search_fields = ["email", "full_name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Person"), {"fields": ("full_name", "job_title", "phone", "preferred_language")}),
        (
            _("Staff"),
            {
                "fields": (
                    "is_active",
                    "is_staff",
                    "is_superuser",
                    "department",
                    "groups",
                    "user_permissions",
                )
            },
        ),
        (_("Dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = [
        "name",
        "name_alt",
        "type",
        "country",
        "province_label",
        "verified",
        "created_at",
    ]
    list_filter = ["type", "verified", "country", ProvinceFilter, "size_band", "broker_requested"]
    search_fields = ["name", "name_alt", "city", "slug"]
    prepopulated_fields = {"slug": ("name",)}
    inlines = [MembershipInline]
    actions = ["mark_verified"]

    @admin.display(description=_("province"), ordering="province")
    def province_label(self, org: Organisation) -> str:
        return province_name(org.province)

    @admin.action(description=_("Mark selected organisations as verified"))
    def mark_verified(self, request, queryset):  # type: ignore[no-untyped-def]
        from techbridge.accounts.services import organisation_set_verified

        for org in queryset:
            organisation_set_verified(actor=request.user, organisation=org, verified=True)


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ["user", "organisation", "role", "created_at"]
    list_filter = ["role"]
    search_fields = ["user__email", "organisation__name"]
    autocomplete_fields = ["user", "organisation"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["name", "user__email", "prefix"]
    readonly_fields = ["prefix", "digest"]
