"""The API token page: people list, create and revoke their own tokens."""

import datetime

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from portal import tokens
from portal.models import ApiToken

TEMPLATE = "portal/api_tokens.html"


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Name"),
        max_length=100,
        help_text=gettext_lazy("What the token is for, e.g. “release script on the CI server”."),
    )
    expires_in_days = forms.IntegerField(
        label=gettext_lazy("Expires after (days)"),
        min_value=1,
        max_value=365,
        required=False,
        help_text=gettext_lazy("From 1 to 365 days; leave empty for a token that does not expire."),
    )


def _get_own_token(request: HttpRequest, token_id: int) -> ApiToken:
    """The signed-in person's token; another person's token is answered like a missing one."""
    return get_object_or_404(ApiToken, pk=token_id, user=request.user)


def _page(request: HttpRequest, **context) -> HttpResponse:
    context.setdefault("form", ApiTokenForm())
    context["tokens"] = ApiToken.objects.filter(user=request.user)
    return render(request, TEMPLATE, context)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def api_token_list(request: HttpRequest) -> HttpResponse:
    """GET: one's tokens and the form for a new one. POST: create one and show it, once."""
    if request.method != "POST":
        return _page(request)
    form = ApiTokenForm(request.POST)
    if form.is_valid():
        days = form.cleaned_data["expires_in_days"]
        expires_at = timezone.now() + datetime.timedelta(days=days) if days else None
        try:
            token, raw = tokens.api_token_create(
                user=request.user, name=form.cleaned_data["name"], expires_at=expires_at
            )
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            # Shown in this response only: never put in the session or a message, which are
            # stored, and never_cache keeps it out of browser and proxy caches.
            return _page(request, new_token=token, raw_token=raw)
    return _page(request, form=form)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def api_token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    """GET: ask for confirmation (works without JavaScript). POST: revoke, back to the list."""
    token = _get_own_token(request, token_id)
    if request.method != "POST":
        return _page(request, confirm_revoke=token)
    tokens.api_token_revoke(token=token, actor=request.user)
    messages.success(
        request,
        _("The token “%(name)s” (%(prefix)s…) is revoked; requests using it are refused.")
        % {"name": token.name, "prefix": token.prefix},
    )
    return redirect("api_token_list")
