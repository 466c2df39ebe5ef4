from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from portal.models import Membership, Notification, Team, User, WorkerHeartbeat


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user", "team"]


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    list_display = ["email", "username", "first_name", "last_name", "is_staff", "is_active"]
    search_fields = ["email", "username", "first_name", "last_name"]
    ordering = ["email"]
    fieldsets = [
        *UserAdmin.fieldsets,
        (_("Preferences"), {"fields": ["time_zone"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "username", "password1", "password2"]}),
    ]
    inlines = [MembershipInline]


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "parent"]
    list_select_related = ["parent"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "team", "role", "since", "until"]
    list_filter = ["role", "team"]
    list_select_related = ["user", "team"]
    search_fields = ["user__email", "user__username", "team__name"]
    autocomplete_fields = ["user", "team"]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["user", "message", "created_at", "read_at", "emailed_at"]
    list_select_related = ["user"]
    search_fields = ["user__email", "message"]
    raw_id_fields = ["user"]


@admin.register(WorkerHeartbeat)
class WorkerHeartbeatAdmin(admin.ModelAdmin):
    list_display = ["name", "sent_at", "executed_at", "worker"]
    readonly_fields = ["name", "sent_at", "executed_at", "worker"]


from portal import admin_tokens  # noqa: E402, F401  (registers the ApiToken admin)
