"""Export every project as innersource.json or Backstage catalog-info.yaml files.

    manage.py export_catalog var/export --format backstage

One file per project, named after its slug (``<slug>.innersource.json`` or
``<slug>.catalog-info.yaml``), so that the folder can be imported again with import_catalog.
"""

from pathlib import Path

from django.core.management.base import BaseCommand

from projects.models import Project
from projects.views_export import catalog_info_text, innersource_json_text


class Command(BaseCommand):
    help = "Write one innersource.json or catalog-info.yaml file per project into OUTDIR."

    def add_arguments(self, parser) -> None:
        parser.add_argument("outdir", metavar="OUTDIR")
        parser.add_argument("--format", choices=["innersource", "backstage"], default="innersource")
        parser.add_argument(
            "--base-url",
            default="",
            help="The portal's address, for links to uploaded logos (e.g. https://portal.corp).",
        )

    def handle(self, *args, **options) -> None:
        outdir = Path(options["outdir"])
        outdir.mkdir(parents=True, exist_ok=True)
        base_url = options["base_url"].rstrip("/")
        projects = Project.objects.select_related("owner_team").prefetch_related("tags")
        count = 0
        for project in projects.order_by("slug"):
            if options["format"] == "backstage":
                path = outdir / f"{project.slug}.catalog-info.yaml"
                text = catalog_info_text(project)
            else:
                logo_url = f"{base_url}{project.logo.url}" if base_url and project.logo else ""
                path = outdir / f"{project.slug}.innersource.json"
                text = innersource_json_text(project, logo_url=logo_url)
            path.write_text(text, encoding="utf-8")
            count += 1
        self.stdout.write(self.style.SUCCESS(f"Exported {count} projects to {outdir}."))
