"""Catalogue pages. Paths are stable: people bookmark them."""

from django.urls import path

from projects import views, views_export, views_import

urlpatterns = [
    path("projects/", views.project_list, name="project_list"),
    path("projects/register/", views.project_register, name="project_register"),
    # Manifest import and export routes (innersource.json, catalog-info.yaml):
    path("projects/import/", views_import.project_import, name="project_import"),
    path(
        "projects/<slug:slug>/innersource.json",
        views_export.project_innersource_json,
        name="project_export_innersource",
    ),
    path(
        "projects/<slug:slug>/catalog-info.yaml",
        views_export.project_catalog_info,
        name="project_export_backstage",
    ),
    path("projects/<slug:slug>/", views.project_detail, name="project_detail"),
    path("projects/<slug:slug>/edit/", views.project_edit, name="project_edit"),
    path("projects/<slug:slug>/archive/", views.project_archive, name="project_archive"),
    path("projects/<slug:slug>/restore/", views.project_restore, name="project_restore"),
    path("projects/<slug:slug>/people/", views.project_people, name="project_people"),
    path("projects/<slug:slug>/transfer/", views.project_transfer, name="project_transfer"),
    path(
        "projects/<slug:slug>/transfer/<int:transfer_id>/",
        views.project_transfer_decide,
        name="project_transfer_decide",
    ),
    path("projects/<slug:slug>/history/", views.project_history, name="project_history"),
]
