"""``manage.py sync_starter_issues [slug ...]``: the hourly starter-issue sync, run now and in
this process, printing what changed per project."""

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from metrics.connectors.issues import issue_host_supported
from metrics.tasks import sync_starter_issues
from projects.models import Project


class Command(BaseCommand):
    help = (
        "Sync starter issues from the labelled issues of the projects' code hosts, now. "
        "Without slugs: every project that is not archived and has its repository on GitHub "
        "or GitLab."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slugs", nargs="*", metavar="slug", help="projects to sync")

    def handle(self, *args: Any, slugs: list[str], **options: Any) -> None:
        if not settings.STARTER_ISSUE_LABELS:
            raise CommandError(_("STARTER_ISSUE_LABELS is empty, which turns the sync off."))
        projects = self._projects(slugs)
        if not projects:
            self.stdout.write(
                _("No project has its repository on GitHub or GitLab; nothing to sync.")
            )
            return
        failed = 0
        for project in projects:
            # Called, not queued: the task's body runs here, with its lock, so a run of the
            # scheduled job for the same project is never overlapped.
            result = sync_starter_issues(project.pk)
            if "error" in result:
                failed += 1
                self.stderr.write(f"{project.slug}: {result['error']}")
            elif "skipped" in result:
                self.stdout.write(
                    _("%(project)s: skipped, %(reason)s")
                    % {"project": project.slug, "reason": result["skipped"]}
                )
            else:
                self.stdout.write(
                    _(
                        "%(project)s: %(created)s created, %(updated)s updated, %(closed)s "
                        "closed, %(unchanged)s unchanged."
                    )
                    % result
                )
        if failed:
            raise CommandError(
                _("%(failed)s of %(total)s projects could not be synced; see above why.")
                % {"failed": failed, "total": len(projects)}
            )

    def _projects(self, slugs: list[str]) -> list[Project]:
        if slugs:
            found = {project.slug: project for project in Project.objects.filter(slug__in=slugs)}
            unknown = [slug for slug in slugs if slug not in found]
            if unknown:
                raise CommandError(
                    _("No project has the slug %(slugs)s.") % {"slugs": ", ".join(unknown)}
                )
            # Named projects are synced even on an unknown host, so that the command says why
            # it cannot be done instead of silently doing nothing.
            return [found[slug] for slug in dict.fromkeys(slugs)]
        return [
            project
            for project in Project.objects.exclude(stage=Project.Stage.ARCHIVED)
            .exclude(repository_url="")
            .order_by("slug")
            if issue_host_supported(project.repository_url)
        ]
