"""The onboarding sections of a project page, registered with ``projects.panels``."""

from importlib import import_module

from projects import panels


def _lazy(dotted: str):
    """A context function imported on first use, so that app loading stays import-light."""

    def context(request, project):
        module, name = dotted.rsplit(".", 1)
        return getattr(import_module(module), name)(request, project)

    return context


def register() -> None:
    # Starter issues (order 10), journey (order 20) and guide (order 30) panels:
    registrations = [
        # (key, order, template, "module.function" returning the panel's context or None)
        (
            "starter-issues",
            10,
            "onboarding/_panel_starter_issues.html",
            "onboarding.views_starter_issues.project_panel",
        ),
        (
            "journey",
            20,
            "onboarding/_panel_journey.html",
            "onboarding.views_journeys.project_panel",
        ),
        ("guide", 30, "onboarding/_panel_guide.html", "onboarding.views_guides.project_panel"),
    ]
    for key, order, template, context in registrations:
        panels.register(key=key, order=order, template=template, context=_lazy(context))
