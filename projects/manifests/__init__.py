"""Manifest import and export: innersource.json, crawl listings (repos.json) and Backstage
catalog-info.yaml. Parse text into a plan, show it, then apply it (docs/importing.md)."""

from projects.manifests.base import MAX_BYTES, Action, Entity, Kind, Problem, size_problem
from projects.manifests.plan import (
    FORMAT_AUTO,
    ImportFailed,
    ImportResult,
    Plan,
    Source,
    apply_plan,
    build_plan,
)

__all__ = [
    "FORMAT_AUTO",
    "MAX_BYTES",
    "Action",
    "Entity",
    "ImportFailed",
    "ImportResult",
    "Kind",
    "Plan",
    "Problem",
    "Source",
    "apply_plan",
    "build_plan",
    "size_problem",
]
