"""The REST API (``/api/v1/``), its OpenAPI schema and its interactive docs.

The docs page loads Swagger UI from the drf-spectacular-sidecar package through the portal's
own static files (SPECTACULAR_SETTINGS uses "SIDECAR"): the portal runs on intranets without
a CDN.
"""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from projects.api import ProjectViewSet

router = DefaultRouter(trailing_slash=True)
router.register("projects", ProjectViewSet, basename="api-project")

urlpatterns = [
    path("api/v1/", include(router.urls)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api_schema"), name="api_docs"),
]
