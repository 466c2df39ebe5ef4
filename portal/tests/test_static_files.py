"""The portal runs on intranets: every front-end library is vendored, pinned and intact."""

import hashlib
from pathlib import Path

import pytest

VENDOR = Path(__file__).resolve().parents[1] / "static" / "vendor"


def test_the_vendored_files_match_their_recorded_checksums():
    lines = (VENDOR / "SHA256SUMS").read_text().splitlines()

    assert len(lines) == 4
    for line in lines:
        digest, name = line.split()
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/static/vendor/htmx/htmx.min.js",
        "/static/vendor/bootstrap/bootstrap.min.css",
        "/static/vendor/bootstrap/bootstrap.bundle.min.js",
        "/static/vendor/chartjs/chart.umd.min.js",
    ],
)
def test_the_portal_serves_them_itself(client, path):
    response = client.get(path)

    assert response.status_code == 200
    assert b"".join(response.streaming_content)
