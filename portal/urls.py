"""Root URL map. Paths are stable: people bookmark them (see the URL map in docs)."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

from portal import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("teams/", views.team_list, name="team_list"),
    path("teams/<slug:slug>/", views.team_detail, name="team_detail"),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
]

if settings.DEBUG or not settings.HTTPS:
    # Uploaded files (logos) on a single machine; production serves them from the proxy.
    urlpatterns.append(path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT}))
