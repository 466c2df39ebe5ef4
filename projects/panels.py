"""Sections other apps add to a project page (starter issues, insights, scorecard…).

``projects`` must not import the apps above it, so they register here from their
``AppConfig.ready()``; the project page renders whatever is registered, in order.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest


@dataclass(frozen=True)
class Panel:
    key: str
    order: int
    template: str
    context: Callable[[HttpRequest, object], dict | None]


_panels: dict[str, Panel] = {}


def register(*, key: str, order: int, template: str, context) -> None:
    """``context(request, project)`` returns the template's context, or None to hide the panel."""
    _panels[key] = Panel(key=key, order=order, template=template, context=context)


def panels_for(request: HttpRequest, project) -> list[tuple[Panel, dict]]:
    shown = []
    for panel in sorted(_panels.values(), key=lambda p: p.order):
        context = panel.context(request, project)
        if context is not None:
            shown.append((panel, context))
    return shown
