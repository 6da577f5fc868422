from django.contrib import admin

from techbridge.notifications.models import Notification


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["title", "user", "kind", "delivery", "created_at", "read_at", "emailed_at"]
    list_filter = ["kind", "delivery", "read_at", "emailed_at"]
    search_fields = ["title", "user__email"]
