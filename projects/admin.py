from django.contrib import admin

from projects.models import OwnershipTransfer, Project, ProjectChange, ProjectRole, Tag


class ProjectRoleInline(admin.TabularInline):
    model = ProjectRole
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "stage", "owner_team", "activity_score"]
    list_filter = ["kind", "stage"]
    list_select_related = ["owner_team"]
    search_fields = ["name", "slug", "tagline"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["owner_team", "tags"]
    inlines = [ProjectRoleInline]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]
    search_fields = ["name", "slug"]


@admin.register(ProjectChange)
class ProjectChangeAdmin(admin.ModelAdmin):
    """The history is a record: operators read it here, nobody edits it."""

    list_display = ["project", "at", "actor", "summary"]
    list_select_related = ["project", "actor"]
    search_fields = ["project__name", "summary"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(OwnershipTransfer)
class OwnershipTransferAdmin(admin.ModelAdmin):
    list_display = ["project", "from_team", "to_team", "status", "requested_at", "decided_at"]
    list_filter = ["status"]
    list_select_related = ["project", "from_team", "to_team"]
    raw_id_fields = ["project", "from_team", "to_team", "requested_by", "decided_by"]
