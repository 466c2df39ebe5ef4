import datetime
import socket

from celery import shared_task

from portal.services import heartbeat_record


@shared_task(name="portal.ping", queue="default", ignore_result=True)
def ping(sent_at: str | None = None) -> None:
    """Prove the job pipeline end to end by writing a heartbeat row."""
    sent = datetime.datetime.fromisoformat(sent_at) if sent_at else None
    heartbeat_record(
        sent_at=sent or datetime.datetime.now(datetime.UTC), worker=socket.gethostname()
    )


@shared_task(name="portal.email_notifications", queue="default", acks_late=True)
def email_notifications(notification_ids: list[int]) -> int:
    """Mail notifications that have not been mailed yet; safe to run twice."""
    from portal.notifications import send_notification_emails

    return send_notification_emails(notification_ids=notification_ids)
