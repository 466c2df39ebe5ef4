from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

# The main navigation. An entry appears once the app that serves it is installed, so the
# menu never leads to a page that does not exist.
NAVIGATION = [
    ("project_list", _("Catalogue")),
    ("starter_issue_list", _("Starter issues")),
    ("report_org", _("Reports")),
]


def _resolved(entries):
    for url_name, label in entries:
        try:
            yield {"url": reverse(url_name), "label": label, "name": url_name}
        except NoReverseMatch:
            continue


def navigation(request):
    user = getattr(request, "user", None)
    unread = 0
    if user is not None and user.is_authenticated:
        from portal.models import Notification

        unread = Notification.objects.unread().filter(user=user).count()
    return {
        "unread_notifications": unread,
        "main_navigation": list(_resolved(NAVIGATION)),
        "register_project_url": next(
            (item["url"] for item in _resolved([("project_register", "")])), None
        ),
    }
