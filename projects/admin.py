from django.contrib import admin

from projects.models import Project, ProjectRole, Tag


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
