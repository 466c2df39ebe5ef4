"""URLs for starter issues: the board, an issue, its claim."""

from django.urls import path

from onboarding import views_starter_issues as views

urlpatterns = [
    path("starter-issues/", views.starter_issue_list, name="starter_issue_list"),
    path("starter-issues/<int:pk>/", views.starter_issue_detail, name="starter_issue_detail"),
    path("starter-issues/<int:pk>/claim/", views.starter_issue_claim, name="starter_issue_claim"),
    path(
        "starter-issues/<int:pk>/progress/",
        views.starter_issue_progress,
        name="starter_issue_progress",
    ),
    path(
        "starter-issues/<int:pk>/release/",
        views.starter_issue_release,
        name="starter_issue_release",
    ),
    path("starter-issues/<int:pk>/done/", views.starter_issue_done, name="starter_issue_done"),
    path(
        "starter-issues/<int:pk>/close/",
        views.starter_issue_close_view,
        name="starter_issue_close",
    ),
    path("starter-issues/<int:pk>/edit/", views.starter_issue_edit, name="starter_issue_edit"),
    path(
        "projects/<slug:slug>/starter-issues/new/",
        views.starter_issue_create,
        name="starter_issue_create",
    ),
]
