"""A newcomer signs up, verifies their email, signs in, sees the home page and signs out."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from portal.tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_newcomer_signs_up_verifies_signs_in_and_out(page):
    page.goto("/")
    page.get_by_role("link", name="Sign in").click()
    page.get_by_role("link", name="Sign up").click()

    page.get_by_label("Email").fill("lena.novak@corp.example")
    page.get_by_label("Username").fill("lena.novak")
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()

    expect(page.get_by_role("heading", name="Verify Your Email Address")).to_be_visible()
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[0].body).group(0)

    page.goto(link)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_text("You have confirmed lena.novak@corp.example.")).to_be_visible()

    page.get_by_label("Email").fill("lena.novak@corp.example")
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()

    expect(page.get_by_test_id("signed-in-as")).to_have_text("lena.novak")
    expect(page.get_by_role("heading", name="Your teams")).to_be_visible()

    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You have signed out.")).to_be_visible()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    expect(page.get_by_test_id("signed-in-as")).to_have_count(0)


def test_a_wrong_password_shows_a_clear_message(page):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill("nobody@corp.example")
    page.get_by_label("Password:", exact=True).fill("not-the-password")
    page.get_by_role("button", name="Sign In").click()

    expect(
        page.get_by_text("The email address and/or password you specified are not correct.")
    ).to_be_visible()
