"""Sign-up and sign-in with email and password (django-allauth)."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from portal.models import User
from portal.tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def sign_up(client, email="new.person@corp.example", username="new.person"):
    return client.post(
        "/accounts/signup/",
        {"email": email, "username": username, "password1": PASSWORD, "password2": PASSWORD},
    )


def test_sign_up_sends_a_verification_email(client):
    response = sign_up(client)

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new.person@corp.example"]
    assert "/accounts/confirm-email/" in mail.outbox[0].body
    assert not EmailAddress.objects.get(email="new.person@corp.example").verified


def test_an_unverified_person_cannot_sign_in(client):
    sign_up(client)
    client.logout()

    response = client.post(
        "/accounts/login/", {"login": "new.person@corp.example", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session


def test_sign_up_is_limited_to_the_allowed_email_domains(client, settings):
    settings.ALLOWED_EMAIL_DOMAINS = ["corp.example"]

    response = sign_up(client, email="someone@gmail.example", username="someone")

    assert response.status_code == 200
    assert "Sign-up is open to addresses at corp.example only." in response.content.decode()
    assert not User.objects.filter(username="someone").exists()


def test_sign_up_can_be_closed_for_single_sign_on_only(client, settings):
    settings.PASSWORD_SIGNUP = False

    response = client.get("/accounts/signup/")

    assert "Sign Up Closed" in response.content.decode()


def test_a_verified_person_signs_in_with_their_email_in_any_case(client):
    UserFactory(email="ana.lima@corp.example", username="ana.lima")

    response = client.post(
        "/accounts/login/", {"login": "Ana.Lima@Corp.Example", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert client.session["_auth_user_id"]


def test_repeated_wrong_passwords_are_rate_limited(client):
    UserFactory(email="target@corp.example", username="target")

    responses = [
        client.post("/accounts/login/", {"login": "target@corp.example", "password": "wrong"})
        for _ in range(6)
    ]

    assert "Too many failed login attempts" in responses[-1].content.decode()
    assert "Too many failed login attempts" not in responses[0].content.decode()
