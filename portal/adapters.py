"""django-allauth hooks: who may sign up, and with which email address."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django import forms
from django.conf import settings
from django.utils.translation import gettext as _


def email_domain_allowed(email: str) -> bool:
    allowed = settings.ALLOWED_EMAIL_DOMAINS
    if not allowed:
        return True
    domain = email.rsplit("@", 1)[-1].lower()
    return domain in allowed


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request) -> bool:
        return settings.PASSWORD_SIGNUP

    def clean_email(self, email: str) -> str:
        email = super().clean_email(email)
        if not email_domain_allowed(email):
            raise forms.ValidationError(
                _("Sign-up is open to addresses at %(domains)s only.")
                % {"domains": ", ".join(settings.ALLOWED_EMAIL_DOMAINS)}
            )
        return email


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def is_open_for_signup(self, request, sociallogin) -> bool:
        # The identity provider vouches for the person; the domain rule still applies.
        email = sociallogin.user.email or ""
        return bool(email) and email_domain_allowed(email)
