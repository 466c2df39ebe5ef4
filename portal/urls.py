"""Root URL map. Paths are stable: people bookmark them (see the URL map in docs)."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

from portal import views
from portal.api_errors import api_not_found

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("teams/", views.team_list, name="team_list"),
    path("teams/<slug:slug>/", views.team_detail, name="team_detail"),
    path("people/<str:username>/", views.person_profile, name="person_profile"),
    path("notifications/", views.notification_list, name="notification_list"),
    path("", include("projects.urls")),
    path("", include("onboarding.urls")),
    # API routes:
    path("", include("portal.api_urls")),
    path("accounts/api-tokens/", include("portal.tokens_urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    # Last, so that it only catches what no API route above matched.
    re_path(r"^api/(?P<path>.*)$", api_not_found),
]

if settings.DEBUG or not settings.HTTPS:
    # Uploaded files (logos) on a single machine; production serves them from the proxy.
    urlpatterns.append(path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT}))
