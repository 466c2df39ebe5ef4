"""Personal API tokens: created, revoked and checked here; stored only as hashes.

A token looks like ``pt_`` followed by 43 URL-safe characters (256 random bits). The portal
keeps its first eight characters (to find the row and to let people tell tokens apart) and
the SHA-256 of the whole token. A plain, unsalted hash is enough because the token is random
and long: there is no dictionary to try, unlike a password.
"""

import datetime
import hashlib
import hmac
import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.request import Request

from portal.models import ApiToken, User

TOKEN_PREFIX = "pt_"  # noqa: S105 (a marker, not a secret)
# "Last used" is for people reviewing their tokens, not an audit log: minute precision spares
# the database a write on every request a busy script makes.
LAST_USED_PRECISION = datetime.timedelta(minutes=1)
# Enough for several scripts and machines per person, few enough to review at a glance.
ACTIVE_TOKENS_PER_PERSON = 50


class TokenRejected(Exception):
    """A token that does not (or no longer) open the API; the message says which case."""


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def api_token_create(
    *, user: User, name: str, expires_at: datetime.datetime | None = None
) -> tuple[ApiToken, str]:
    """Make a token for ``user``; returns the row and the token, which is never stored.

    The caller shows the token once; afterwards only its prefix can be seen.
    """
    if expires_at is not None and expires_at <= timezone.now():
        raise ValidationError({"expires_at": _("The expiry date must be in the future.")})
    if ApiToken.objects.filter(user=user).usable().count() >= ACTIVE_TOKENS_PER_PERSON:
        raise ValidationError(
            _("You already have %(limit)s active tokens; revoke some you no longer use.")
            % {"limit": ACTIVE_TOKENS_PER_PERSON}
        )
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user=user,
        name=" ".join(name.split()),
        prefix=raw[: ApiToken.PREFIX_LENGTH],
        key_hash=_hash(raw),
        expires_at=expires_at,
    )
    token.full_clean()
    token.save()
    return token, raw


def api_token_revoke(*, token: ApiToken, actor: User) -> ApiToken:
    """Stop a token from working, at once and for good; revoking twice changes nothing.

    Its owner or a portal admin may revoke it. The row is kept, so that its owner still sees
    when it was used last and when it was revoked.
    """
    if actor.pk != token.user_id and not (actor.is_staff or actor.is_superuser):
        raise PermissionDenied(_("Only the owner of a token can revoke it."))
    with transaction.atomic():
        token = ApiToken.objects.select_for_update().get(pk=token.pk)
        if token.revoked_at is None:
            token.revoked_at = timezone.now()
            token.save(update_fields=["revoked_at"])
    return token


def api_token_verify(raw: str) -> ApiToken:
    """The usable token matching ``raw``, with its user; else ``TokenRejected`` saying why.

    Rows are found by prefix, then the hashes are compared in constant time, so response
    times do not tell an attacker how much of a guessed hash was right.
    """
    if not raw.startswith(TOKEN_PREFIX) or len(raw) > 200:
        raise TokenRejected(_("This is not a portal API token."))
    wanted = _hash(raw)
    candidates = ApiToken.objects.filter(prefix=raw[: ApiToken.PREFIX_LENGTH]).select_related(
        "user"
    )
    token = next(
        (row for row in candidates if hmac.compare_digest(row.key_hash, wanted)),
        None,
    )
    if token is None:
        raise TokenRejected(_("Invalid token."))
    now = timezone.now()
    status = token.status_at(now)
    if status == ApiToken.Status.REVOKED:
        raise TokenRejected(_("This token was revoked."))
    if status == ApiToken.Status.EXPIRED:
        raise TokenRejected(_("This token has expired."))
    if not token.user.is_active:
        raise TokenRejected(_("The account this token belongs to is deactivated."))
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
        # An UPDATE of one column: never overwrites a revocation made meanwhile.
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


def api_token_authenticate(raw: str) -> User | None:
    """The person a token acts for, or None when it is unknown, revoked or expired."""
    try:
        return api_token_verify(raw).user
    except TokenRejected:
        return None


class ApiTokenAuthentication(BaseAuthentication):
    """``Authorization: Bearer <token>`` (``Token <token>`` also accepted) for the REST API.

    Requests without such a header are left to the next class (the session); a header with
    a bad, expired or revoked token is answered with 401, never silently treated as anonymous.
    """

    keywords = (b"bearer", b"token")

    def authenticate(self, request: Request) -> tuple[User, ApiToken] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() not in self.keywords:
            return None
        if len(parts) == 1:
            raise exceptions.AuthenticationFailed(
                _("The Authorization header has no token after its keyword.")
            )
        if len(parts) > 2:
            raise exceptions.AuthenticationFailed(
                _("The Authorization header must be 'Bearer <token>'.")
            )
        try:
            raw = parts[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed(_("This is not a portal API token.")) from None
        try:
            token = api_token_verify(raw)
        except TokenRejected as rejected:
            raise exceptions.AuthenticationFailed(str(rejected)) from None
        return token.user, token

    def authenticate_header(self, request: Request) -> str:
        # Makes DRF answer 401 (not 403) to anonymous writes, with this challenge.
        return 'Bearer realm="api"'


class ApiTokenScheme(OpenApiAuthenticationExtension):
    """Documents the token as an HTTP bearer scheme in the OpenAPI schema."""

    target_class = ApiTokenAuthentication
    name = "bearerAuth"

    def get_security_definition(self, auto_schema) -> dict:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": _(
                "A personal API token from /accounts/api-tokens/, sent as "
                "'Authorization: Bearer <token>'."
            ),
        }
