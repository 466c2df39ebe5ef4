"""Connectors to code hosts: each module reads one kind of fact from GitHub's or GitLab's API.

Connectors only read and translate: they return plain dataclasses and raise errors whose
message a maintainer can act on. Writing what they read is the job of the owning app's
services, called from ``metrics.tasks``.
"""
