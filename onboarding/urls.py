from django.urls import include, path

urlpatterns = [
    path("", include("onboarding.urls_guides")),
    path("", include("onboarding.urls_journeys")),
    path("", include("onboarding.urls_starter_issues")),
]
