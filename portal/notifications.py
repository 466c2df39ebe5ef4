"""Mailing in-portal notifications."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from portal.models import Notification


def _absolute(url: str) -> str:
    if not url or "://" in url:
        return url
    return settings.PORTAL_URL.rstrip("/") + url


def send_notification_emails(*, notification_ids: list[int]) -> int:
    """Send each notification once: the row is marked inside a locked transaction first, so
    a second worker running the same job finds nothing left to send."""
    sent = 0
    for notification_id in notification_ids:
        with transaction.atomic():
            notification = (
                Notification.objects.select_for_update()
                .select_related("user")
                .filter(pk=notification_id, emailed_at__isnull=True)
                .first()
            )
            if notification is None:
                continue
            notification.emailed_at = timezone.now()
            notification.save(update_fields=["emailed_at"])
            link = _absolute(notification.url)
            send_mail(
                subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + notification.message[:120],
                message=f"{notification.message}\n\n{link}\n".strip() + "\n",
                from_email=None,
                recipient_list=[notification.user.email],
            )
            sent += 1
    return sent
