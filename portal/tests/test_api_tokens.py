"""Personal API tokens: stored hashed, shown once, checked on every API call, revocable."""

import datetime
import hashlib

import pytest
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import timezone
from rest_framework.test import APIClient

from portal.models import ApiToken
from portal.tests.factories import UserFactory
from portal.tokens import api_token_authenticate, api_token_create, api_token_revoke

pytestmark = pytest.mark.django_db

API = "/api/v1/projects/"
PAGE = "/accounts/api-tokens/"


@pytest.fixture(autouse=True)
def _fresh_throttle_counters():
    # The test cache is shared by the whole run; throttle counts must not carry over.
    cache.clear()


def bearer(raw: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}")
    return client


def whoami(client: APIClient):
    """A write that only an authenticated caller gets past: 400 (no body) means signed in."""
    return client.post(API, {}, format="json")


# The service ---------------------------------------------------------------------------------


def test_a_new_token_is_stored_only_as_a_hash():
    token, raw = api_token_create(user=UserFactory(), name="release script")

    assert raw.startswith("pt_") and len(raw) > 40
    assert token.prefix == raw[:8]
    assert token.key_hash == hashlib.sha256(raw.encode()).hexdigest()
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM portal_apitoken WHERE id = %s", [token.pk])
        row = cursor.fetchone()
    assert not any(raw in str(value) for value in row)


def test_two_tokens_are_never_the_same():
    user = UserFactory()

    assert api_token_create(user=user, name="a")[1] != api_token_create(user=user, name="b")[1]


def test_a_token_authenticates_its_owner():
    user = UserFactory()
    _token, raw = api_token_create(user=user, name="ci")

    assert api_token_authenticate(raw) == user


@pytest.mark.parametrize("raw", ["", "pt_", "pt_wrong", "ghp_abcdef", "pt_" + "x" * 300])
def test_an_unknown_token_authenticates_nobody(raw):
    api_token_create(user=UserFactory(), name="ci")

    assert api_token_authenticate(raw) is None


def test_a_token_with_a_known_prefix_but_wrong_rest_authenticates_nobody():
    _token, raw = api_token_create(user=UserFactory(), name="ci")

    assert api_token_authenticate(raw[:-2] + ("AA" if raw[-2:] != "AA" else "BB")) is None


def test_revoked_expired_and_deactivated_tokens_authenticate_nobody():
    user = UserFactory()
    revoked, revoked_raw = api_token_create(user=user, name="old")
    api_token_revoke(token=revoked, actor=user)
    expired, expired_raw = api_token_create(user=user, name="short")
    ApiToken.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    _token, inactive_raw = api_token_create(user=UserFactory(is_active=False), name="gone")

    assert api_token_authenticate(revoked_raw) is None
    assert api_token_authenticate(expired_raw) is None
    assert api_token_authenticate(inactive_raw) is None


def test_an_expiry_in_the_past_is_refused():
    with pytest.raises(ValidationError):
        api_token_create(
            user=UserFactory(), name="x", expires_at=timezone.now() - datetime.timedelta(days=1)
        )


def test_only_the_owner_or_an_admin_can_revoke_a_token():
    owner = UserFactory()
    token, _raw = api_token_create(user=owner, name="ci")

    with pytest.raises(PermissionDenied):
        api_token_revoke(token=token, actor=UserFactory())
    api_token_revoke(token=token, actor=UserFactory(is_staff=True))

    token.refresh_from_db()
    assert token.revoked_at is not None


def test_last_used_is_recorded_at_most_once_a_minute(django_assert_num_queries):
    token, raw = api_token_create(user=UserFactory(), name="ci")

    with django_assert_num_queries(2):  # the lookup, then the "last used" update
        api_token_authenticate(raw)
    first_use = ApiToken.objects.get(pk=token.pk).last_used_at
    with django_assert_num_queries(1):  # within the minute: the lookup only
        api_token_authenticate(raw)

    assert first_use is not None
    assert ApiToken.objects.get(pk=token.pk).last_used_at == first_use
    ApiToken.objects.filter(pk=token.pk).update(
        last_used_at=first_use - datetime.timedelta(minutes=2)
    )
    api_token_authenticate(raw)
    assert ApiToken.objects.get(pk=token.pk).last_used_at > first_use


# The API, with a token ------------------------------------------------------------------------


def test_a_bearer_token_signs_the_caller_in():
    _token, raw = api_token_create(user=UserFactory(), name="ci")

    response = whoami(bearer(raw))

    assert response.status_code == 400  # past authentication, stopped by validation
    assert "owner_team" in response.json()["error"]["fields"]


def test_the_token_keyword_is_accepted_too():
    _token, raw = api_token_create(user=UserFactory(), name="ci")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")

    assert whoami(client).status_code == 400


def test_using_a_token_updates_last_used():
    token, raw = api_token_create(user=UserFactory(), name="ci")

    bearer(raw).get(API)

    token.refresh_from_db()
    assert token.last_used_at is not None


@pytest.mark.parametrize(
    ("state", "message"),
    [
        ("revoked", "This token was revoked."),
        ("expired", "This token has expired."),
        ("wrong", "Invalid token."),
    ],
)
def test_a_bad_token_is_a_json_401_with_a_bearer_challenge(state, message):
    user = UserFactory()
    token, raw = api_token_create(user=user, name="ci")
    if state == "revoked":
        api_token_revoke(token=token, actor=user)
    elif state == "expired":
        ApiToken.objects.filter(pk=token.pk).update(
            expires_at=timezone.now() - datetime.timedelta(seconds=1)
        )
    else:
        raw = raw[:8] + "not-the-rest"

    # Even a read, which anyone may make, is refused: a broken token is a caller's bug.
    response = bearer(raw).get(API)

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'
    assert response.json() == {
        "error": {"status": 401, "code": "authentication_failed", "message": message}
    }


def test_a_header_without_a_token_is_a_clear_401():
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Bearer")

    response = client.get(API)

    assert response.status_code == 401
    assert "no token" in response.json()["error"]["message"]


def test_other_authorization_schemes_are_left_alone():
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Basic dXNlcjpwYXNz")

    assert client.get(API).status_code == 200


# The token page -------------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(PAGE)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/accounts/api-tokens/")


def test_the_page_lists_only_ones_own_tokens(client):
    me, someone = UserFactory(), UserFactory()
    api_token_create(user=me, name="my release script")
    api_token_create(user=someone, name="their deploy bot")
    client.force_login(me)

    html = client.get(PAGE).content.decode()

    assert "my release script" in html
    assert "their deploy bot" not in html


def test_creating_a_token_shows_it_once(client):
    me = UserFactory()
    client.force_login(me)

    response = client.post(PAGE, {"name": "release script", "expires_in_days": "30"})

    assert response.status_code == 200
    token = ApiToken.objects.get(user=me)
    html = response.content.decode()
    raw = html.split('id="new-token" value="')[1].split('"')[0]
    assert raw.startswith(token.prefix)
    assert api_token_authenticate(raw) == me
    assert "Copy it now: it will not be shown again." in html
    assert "no-store" in response["Cache-Control"]
    assert token.expires_at.date() == (timezone.now() + datetime.timedelta(days=30)).date()
    assert raw not in client.get(PAGE).content.decode()


def test_a_token_without_expiry_never_expires(client):
    me = UserFactory()
    client.force_login(me)

    client.post(PAGE, {"name": "forever", "expires_in_days": ""})

    assert ApiToken.objects.get(user=me).expires_at is None


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"name": "", "expires_in_days": ""}, "name", "This field is required."),
        ({"name": "x", "expires_in_days": "0"}, "expires_in_days", "greater than or equal to 1"),
        ({"name": "x", "expires_in_days": "366"}, "expires_in_days", "less than or equal to 365"),
    ],
)
def test_bad_input_is_shown_next_to_the_field(client, data, field, message):
    client.force_login(UserFactory())

    response = client.post(PAGE, data)

    assert response.status_code == 200
    assert not ApiToken.objects.exists()
    html = response.content.decode()
    assert f'id="id_{field}-errors"' in html
    assert message in html.split(f'id="id_{field}-errors"')[1].split("</div>")[0]


def test_revoking_asks_for_confirmation_first(client):
    me = UserFactory()
    token, _raw = api_token_create(user=me, name="ci")
    client.force_login(me)

    response = client.get(f"{PAGE}{token.pk}/revoke/")

    assert response.status_code == 200
    assert "Revoke this token?" in response.content.decode()
    token.refresh_from_db()
    assert token.revoked_at is None


def test_revoking_ones_own_token_stops_it_working(client):
    me = UserFactory()
    token, raw = api_token_create(user=me, name="ci")
    client.force_login(me)

    response = client.post(f"{PAGE}{token.pk}/revoke/", follow=True)

    assert response.redirect_chain == [(PAGE, 302)]
    assert "is revoked" in response.content.decode()
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert bearer(raw).get(API).status_code == 401


def test_someone_elses_token_cannot_be_revoked_or_even_seen(client):
    token, _raw = api_token_create(user=UserFactory(), name="theirs")
    client.force_login(UserFactory())

    assert client.get(f"{PAGE}{token.pk}/revoke/").status_code == 404
    assert client.post(f"{PAGE}{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


# The admin -----------------------------------------------------------------------------------


def test_the_admin_lists_tokens_without_their_hash(client):
    token, _raw = api_token_create(user=UserFactory(), name="ci")
    client.force_login(UserFactory(is_staff=True, is_superuser=True))

    listing = client.get("/admin/portal/apitoken/").content.decode()
    detail = client.get(f"/admin/portal/apitoken/{token.pk}/change/").content.decode()

    assert token.prefix in listing
    assert token.key_hash not in listing and token.key_hash not in detail


def test_the_admin_can_revoke_tokens_in_bulk(client):
    token, _raw = api_token_create(user=UserFactory(), name="ci")
    client.force_login(UserFactory(is_staff=True, is_superuser=True))

    client.post(
        "/admin/portal/apitoken/", {"action": "revoke", "_selected_action": [str(token.pk)]}
    )

    token.refresh_from_db()
    assert token.revoked_at is not None
