"""Bulk import of innersource.json, repos.json and catalog-info.yaml files or whole folders.

    manage.py import_catalog ../shared/corpus/backstage --dry-run
    manage.py import_catalog repos.json --owner-team platform

Prints the plan (per file, entity and line, with every problem), then applies the entities
without blocking problems in one transaction unless --dry-run. Exits with status 1 when any
entry had a blocking problem, after importing the others.
"""

import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.models import Team
from projects.manifests import FORMAT_AUTO, ImportFailed, Plan, Source, apply_plan, build_plan
from projects.manifests.base import (
    InputRefused,
    ParsedSource,
    Problem,
    decode_text,
    size_problem,
)

SUFFIXES = {".json", ".yaml", ".yml"}
FORMAT_NAMES = {
    "innersource": "innersource.json",
    "crawl": "repos.json crawl listing",
    "backstage": "Backstage catalog-info.yaml",
}


def manifest_files(paths: list[str]) -> list[Path]:
    """The files named, and the manifest files in the folders named (hidden folders skipped)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(
                found
                for found in path.rglob("*")
                if found.is_file()
                and found.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in found.relative_to(path).parts)
            )
        elif path.is_file():
            files.append(path)
        else:
            raise CommandError(f"{raw} is neither a file nor a folder.")
    return list(dict.fromkeys(files))


class Command(BaseCommand):
    help = (
        "Import projects, teams and people from innersource.json, repos.json and Backstage "
        "catalog-info.yaml files, or from every such file in the folders given."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="A file or a folder.")
        parser.add_argument(
            "--owner-team",
            metavar="SLUG",
            help="The team that owns projects from innersource.json and repos.json files.",
        )
        parser.add_argument(
            "--format",
            choices=[FORMAT_AUTO, "innersource", "backstage"],
            default=FORMAT_AUTO,
            help="Read every file in this format (default: by file name and content).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Show the plan; save nothing.")

    def handle(self, *args, **options) -> None:
        owner_team = None
        if options["owner_team"]:
            owner_team = Team.objects.filter(slug=options["owner_team"]).first()
            if owner_team is None:
                raise CommandError(f"There is no team with the slug {options['owner_team']}.")
        sources: list[Source] = []
        refused: list[ParsedSource] = []
        for path in manifest_files(options["paths"]):
            name = os.path.relpath(path)
            size = path.stat().st_size
            problem = size_problem(size)
            if problem:
                # Not even read: the limit protects the machine as much as the portal.
                refused.append(
                    ParsedSource(name=name, format="", problems=[Problem(None, problem)])
                )
                continue
            try:
                sources.append(Source(name=name, text=decode_text(path.read_bytes())))
            except InputRefused as exc:
                refused.append(
                    ParsedSource(name=name, format="", problems=[Problem(exc.line, exc.message)])
                )
        if not sources and not refused:
            raise CommandError("No .json, .yaml or .yml files were found.")

        plan = build_plan(sources, actor=None, owner_team=owner_team, fmt=options["format"])
        plan.sources += refused
        self._print_plan(plan)

        blocking = plan.has_blocking_problems
        if options["dry_run"]:
            self.stdout.write(
                f"Dry run, nothing was saved: {plan.count('create')} to create, "
                f"{plan.count('update')} to update, {plan.count('skip')} skipped."
            )
            if blocking:
                raise CommandError(
                    "Some entries have blocking problems (see above); they would not be imported.",
                    returncode=1,
                )
            return
        if plan.applicable:
            try:
                result = apply_plan(plan, actor=None)
            except ImportFailed as exc:
                raise CommandError(f"Nothing was imported: {exc.message}") from exc
            self.stdout.write(self.style.SUCCESS(result.message()))
        else:
            self.stdout.write("Nothing to import.")
        if blocking:
            raise CommandError(
                "Some entries were not imported because of blocking problems (see above); "
                "the others were imported.",
                returncode=1,
            )

    def _print_plan(self, plan: Plan) -> None:
        for source in plan.sources:
            kind = FORMAT_NAMES.get(source.format, "not read")
            self.stdout.write(self.style.MIGRATE_HEADING(f"{source.name} ({kind})"))
            for problem in source.problems:
                where = f"line {problem.line}: " if problem.line else ""
                self.stdout.write(self.style.ERROR(f"  error {where}{problem.message}"))
            for entity in source.entities:
                action = "not imported" if entity.blocked else entity.action
                style = self.style.ERROR if entity.blocked else (lambda text: text)
                values = "; ".join(f"{label}: {value}" for label, value in entity.summary[:3])
                self.stdout.write(
                    style(f"  line {entity.line or '?':<5} {action:<12} {entity.kind:<8} ")
                    + entity.label
                    + (f" — {values}" if values else "")
                )
                if entity.reason and not entity.blocked:
                    self.stdout.write(f"        {entity.reason}")
                for problem in entity.problems:
                    label = "error" if problem.blocking else "note "
                    where = f"line {problem.line}: " if problem.line else ""
                    line = f"        {label} {where}{problem.message}"
                    self.stdout.write(self.style.ERROR(line) if problem.blocking else line)
