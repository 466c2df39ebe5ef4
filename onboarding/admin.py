from django.contrib import admin

from onboarding.models import (
    Claim,
    ClaimUpdate,
    Guide,
    Journey,
    JourneyRun,
    JourneyStep,
    StarterIssue,
)


@admin.register(Guide)
class GuideAdmin(admin.ModelAdmin):
    list_display = ["project", "source", "source_path", "last_synced_at", "sync_error"]
    list_filter = ["source"]
    list_select_related = ["project"]
    search_fields = ["project__name", "source_path"]
    raw_id_fields = ["project", "updated_by"]


class JourneyStepInline(admin.TabularInline):
    model = JourneyStep
    extra = 0
    fields = ["position", "title", "expected_minutes", "is_hello_world"]


@admin.register(Journey)
class JourneyAdmin(admin.ModelAdmin):
    list_display = ["project", "updated_at"]
    list_select_related = ["project"]
    search_fields = ["project__name"]
    raw_id_fields = ["project"]
    inlines = [JourneyStepInline]


@admin.register(JourneyRun)
class JourneyRunAdmin(admin.ModelAdmin):
    list_display = ["journey", "user", "started_at", "hello_world_at", "finished_at"]
    list_select_related = ["journey__project", "user"]
    search_fields = ["journey__project__name", "user__username", "user__email"]
    raw_id_fields = ["journey", "user"]


class ClaimInline(admin.TabularInline):
    model = Claim
    extra = 0
    fields = ["user", "claimed_at", "last_activity_at", "released_at", "outcome"]
    readonly_fields = fields
    can_delete = False


@admin.register(StarterIssue)
class StarterIssueAdmin(admin.ModelAdmin):
    list_display = ["title", "project", "state", "mentor", "effort_hours", "points", "created_at"]
    list_filter = ["state"]
    list_select_related = ["project", "mentor"]
    search_fields = ["title", "project__name", "external_id"]
    raw_id_fields = ["project", "mentor"]
    filter_horizontal = ["skills"]
    inlines = [ClaimInline]


class ClaimUpdateInline(admin.TabularInline):
    model = ClaimUpdate
    extra = 0
    raw_id_fields = ["author"]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["issue", "user", "claimed_at", "last_activity_at", "released_at", "outcome"]
    list_filter = ["outcome"]
    list_select_related = ["issue", "user"]
    search_fields = ["issue__title", "user__username", "user__email"]
    raw_id_fields = ["issue", "user"]
    inlines = [ClaimUpdateInline]
