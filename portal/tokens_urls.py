"""The page where people manage their personal API tokens (``/accounts/api-tokens/``)."""

from django.urls import path

from portal import views_tokens

urlpatterns = [
    path("", views_tokens.api_token_list, name="api_token_list"),
    path("<int:token_id>/revoke/", views_tokens.api_token_revoke, name="api_token_revoke"),
]
