"""URLs for contributor guides: read, edit (write or choose a file to sync), sync now."""

from django.urls import path

from onboarding import views_guides as views

urlpatterns = [
    path("projects/<slug:slug>/guide/", views.guide_detail, name="project_guide"),
    path("projects/<slug:slug>/guide/edit/", views.guide_edit, name="project_guide_edit"),
    path("projects/<slug:slug>/guide/sync/", views.guide_sync_now, name="project_guide_sync"),
]
