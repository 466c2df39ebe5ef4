import zoneinfo

from django.utils import timezone


class UserTimezoneMiddleware:
    """Show dates in the signed-in person's own time zone (stored in UTC regardless)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone_name = getattr(request.user, "time_zone", "") if request.user.is_authenticated else ""
        if zone_name:
            timezone.activate(zoneinfo.ZoneInfo(zone_name))
        else:
            timezone.deactivate()
        return self.get_response(request)
