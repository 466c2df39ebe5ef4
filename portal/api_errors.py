"""One shape for every error the REST API returns, so that clients handle errors in one place.

    {"error": {"status": 400, "code": "invalid", "message": "…", "fields": {"name": ["…"]}}}

``fields`` appears only for validation errors; nested fields are named with dots
(``languages.0``). Services raise Django's ``ValidationError`` and ``PermissionDenied``; they
are turned into 400 and 403 here, so views can call services without translating errors.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler

_NON_FIELD_KEYS = {NON_FIELD_ERRORS, api_settings.NON_FIELD_ERRORS_KEY}


def _flatten(detail: Any, path: str = "") -> dict[str, list[str]]:
    """``{"links": {"docs_url": ["…"]}, "topics": {0: ["…"]}}`` → dotted names → messages."""
    if isinstance(detail, Mapping):
        flat: dict[str, list[str]] = {}
        for key, value in detail.items():
            name = f"{path}.{key}" if path else str(key)
            for field, messages in _flatten(value, name).items():
                flat.setdefault(field, []).extend(messages)
        return flat
    if isinstance(detail, Sequence) and not isinstance(detail, str):
        if all(not isinstance(item, Mapping | list) for item in detail):
            return {path: [str(item) for item in detail]}
        flat = {}
        for index, item in enumerate(detail):
            if item:  # a list serializer reports [] for its valid items
                flat.update(_flatten(item, f"{path}.{index}" if path else str(index)))
        return flat
    return {path: [str(detail)]}


def _validation_body(detail: Any) -> dict[str, Any]:
    fields = _flatten(detail if isinstance(detail, Mapping | list) else [detail])
    general = [message for key in _NON_FIELD_KEYS for message in fields.pop(key, [])]
    general += fields.pop("", [])
    if general:
        message = " ".join(general)
    elif len(fields) == 1:
        name, messages = next(iter(fields.items()))
        message = _("%(field)s: %(error)s") % {"field": name, "error": messages[0]}
    else:
        message = _("Some fields are not valid; see “fields” for each problem.")
    body: dict[str, Any] = {"code": "invalid", "message": message}
    if fields:
        body["fields"] = fields
    return body


def _from_django(exc: Exception) -> Exception:
    """The DRF equivalent of an exception a Django service or shortcut raised."""
    if isinstance(exc, DjangoValidationError):
        return exceptions.ValidationError(as_serializer_error(exc))
    if isinstance(exc, DjangoPermissionDenied):
        return exceptions.PermissionDenied(str(exc) or None)
    if isinstance(exc, Http404):
        return exceptions.NotFound()
    return exc


def api_exception_handler(exc: Exception, context: dict) -> Response | None:
    """DRF's ``EXCEPTION_HANDLER``: DRF's own handling, then the body reshaped.

    Unexpected exceptions return None, so Django logs them and answers 500 as for any page.
    """
    exc = _from_django(exc)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        body = _validation_body(exc.detail)
    else:
        detail = getattr(exc, "detail", "")
        codes = exc.get_codes() if isinstance(exc, exceptions.APIException) else None
        body = {
            "code": codes if isinstance(codes, str) else "error",
            "message": str(detail) if isinstance(detail, str) else _("The request failed."),
        }
        if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
            body["retry_after"] = int(exc.wait)
    response.data = {"error": {"status": response.status_code, **body}}
    return response


def api_not_found(request, path: str = ""):
    """Unknown paths under /api/ answer in the API's JSON error shape, not with an HTML page."""
    from django.http import JsonResponse

    return JsonResponse(
        {
            "error": {
                "status": 404,
                "code": "not_found",
                "message": _("There is no API endpoint at %(path)s.") % {"path": request.path},
            }
        },
        status=404,
    )
