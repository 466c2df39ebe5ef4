"""The site shell: home page, team pages, health. May read from every app."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from onboarding.models import Claim, JourneyRun, StarterIssue
from portal import health
from portal.models import Membership, Notification, Team, User
from portal.services import notifications_mark_read
from projects.models import Project


@require_GET
def home(request):
    projects = Project.objects.listed().select_related("owner_team")
    context = {
        "featured_projects": projects.order_by("-activity_score", "name")[:6],
        "newest_projects": projects.order_by("-created_at")[:5],
        "counts": {
            "projects": projects.count(),
            "teams": Team.objects.count(),
            "people": User.objects.filter(is_active=True).count(),
        },
        "newest_starter_issues": StarterIssue.objects.open()
        .select_related("project")
        .order_by("-created_at")[:5],
    }
    if request.user.is_authenticated:
        context["my_memberships"] = (
            Membership.objects.active().filter(user=request.user).select_related("team")
        )
        context["my_claims"] = Claim.objects.filter(
            user=request.user, released_at__isnull=True
        ).select_related("issue__project")
        context["my_journeys"] = JourneyRun.objects.filter(
            user=request.user, finished_at__isnull=True
        ).select_related("journey__project")
    return render(request, "portal/home.html", context)


@require_GET
def team_detail(request, slug: str):
    team = get_object_or_404(Team, slug=slug)
    today = timezone.localdate()
    memberships = (
        Membership.objects.active(on=today)
        .filter(team=team)
        .select_related("user")
        .order_by("user__first_name", "user__last_name", "user__username")
    )
    leads = [m for m in memberships if m.role == Membership.Role.LEAD]
    members = [m for m in memberships if m.role != Membership.Role.LEAD]
    children = team.children.annotate(
        member_count=Count(
            "memberships",
            filter=Q(memberships__until__isnull=True) | Q(memberships__until__gt=today),
        )
    ).order_by("name")
    owned = Project.objects.listed().filter(owner_team=team).order_by("-activity_score", "name")
    ancestors = Team.objects.ancestors(team)
    return render(
        request,
        "portal/team_detail.html",
        {
            "team": team,
            "ancestors": ancestors,
            "leads": leads,
            "members": members,
            "children": children,
            "owned_projects": owned,
        },
    )


@require_GET
def team_list(request):
    teams = Team.objects.annotate(
        member_count=Count(
            "memberships",
            filter=Q(memberships__until__isnull=True)
            | Q(memberships__until__gt=timezone.localdate()),
        )
    ).select_related("parent")
    return render(request, "portal/team_list.html", {"teams": teams})


@never_cache
@require_GET
def healthz(request):
    healthy, body = health.report()
    return JsonResponse(body, status=200 if healthy else 503)


@require_GET
def person_profile(request, username: str):
    """A contributor's profile: what they finished, where they help, their recognition."""
    from onboarding.selectors import contributor_record

    person = get_object_or_404(User, username=username, is_active=True)
    memberships = Membership.objects.active().filter(user=person).select_related("team")
    roles = person.project_roles.select_related("project").order_by("project__name")
    return render(
        request,
        "portal/person_profile.html",
        {
            "person": person,
            "memberships": memberships,
            "roles": roles,
            "record": contributor_record(user=person),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def notification_list(request):
    if request.method == "POST":
        notifications_mark_read(user=request.user)
        return redirect("notification_list")
    page = Paginator(Notification.objects.filter(user=request.user), 30).get_page(
        request.GET.get("page")
    )
    return render(request, "portal/notification_list.html", {"page": page})
