import datetime

from django import template
from django.http import QueryDict
from django.utils.translation import gettext, ngettext

from portal.markdown import render_markdown

register = template.Library()


@register.filter
def markdown(text: str):
    return render_markdown(text)


@register.filter
def duration(value: datetime.timedelta | None) -> str:
    """A length of time for people: "3 days, 4 hours", "25 minutes", "under a minute"."""
    if value is None:
        return ""
    seconds = int(value.total_seconds())
    if seconds < 60:
        return gettext("under a minute")
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    parts = []
    if days:
        parts.append(ngettext("%(n)d day", "%(n)d days", days) % {"n": days})
    if hours:
        parts.append(ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours})
    if minutes and not days:
        parts.append(ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes})
    return ", ".join(parts)


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (None removes one); for links
    that keep the filters, such as pagination and sort."""
    params: QueryDict = context["request"].GET.copy()
    for key, value in changes.items():
        params.pop(key, None)
        if value not in (None, ""):
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def query_toggle(context, name: str, value: str) -> str:
    """The current query string with one value of a multi-value filter switched on or off."""
    params: QueryDict = context["request"].GET.copy()
    values = params.getlist(name)
    params.setlist(name, [v for v in values if v != value] if value in values else [*values, value])
    params.pop("page", None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


# How a package is installed, by the ecosystem prefix people write in "Published packages".
_INSTALL = {
    "pypi": "pip install {}",
    "npm": "npm install {}",
    "go": "go get {}",
    "docker": "docker pull {}",
    "cargo": "cargo add {}",
    "gem": "gem install {}",
    "nuget": "dotnet add package {}",
}


@register.filter
def install_command(package: str) -> str:
    """``pypi:fernhill-auth`` → ``pip install fernhill-auth``; Maven coordinates and unknown
    ecosystems are shown as written."""
    ecosystem, _, name = package.partition(":")
    template = _INSTALL.get(ecosystem.lower())
    return template.format(name) if template and name else package
