"""URLs for journeys: read and walk a project's onboarding journey, and edit it."""

from django.urls import path

from onboarding import views_journeys as views

urlpatterns = [
    path("projects/<slug:slug>/journey/", views.project_journey, name="project_journey"),
    path(
        "projects/<slug:slug>/journey/edit/",
        views.project_journey_edit,
        name="project_journey_edit",
    ),
    path(
        "projects/<slug:slug>/journey/start/",
        views.project_journey_start,
        name="project_journey_start",
    ),
    path(
        "projects/<slug:slug>/journey/steps/<int:step_id>/tick/",
        views.project_journey_tick,
        name="project_journey_tick",
    ),
    path(
        "projects/<slug:slug>/journey/steps/<int:step_id>/block/",
        views.project_journey_block,
        name="project_journey_block",
    ),
    path(
        "projects/<slug:slug>/journey/steps/<int:step_id>/unblock/",
        views.project_journey_unblock,
        name="project_journey_unblock",
    ),
]
