"""A GitHub / GitLab issues API on 127.0.0.1, serving recorded responses the way the real
APIs page them: GitHub through ``Link`` headers, GitLab through ``X-Next-Page``.

The repository addresses the tests use point at this server, and the test lists it in
``GITHUB_ENTERPRISE_HOSTS`` or ``GITLAB_HOSTS``, so the connector talks to it exactly as it
would to a company's own code host.
"""

import contextlib
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urlsplit

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> list[dict[str, Any]]:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def _has_labels(item: dict[str, Any], wanted: str) -> bool:
    """Both hosts AND a comma-separated ``labels`` parameter, ignoring case."""
    names = {
        (label["name"] if isinstance(label, dict) else label).lower()
        for label in item.get("labels", [])
    }
    return all(label.strip().lower() in names for label in wanted.split(",") if label.strip())


class CodeHost:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self._routes: dict[str, Callable[[dict[str, str]], tuple[int, dict, bytes]]] = {}
        self._delays: dict[str, float] = {}
        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
                host.requests.append(
                    {"path": parts.path, "query": query, "headers": dict(self.headers)}
                )
                time.sleep(host._delays.get(parts.path, 0))
                route = host._routes.get(parts.path)
                if route is None:
                    status, headers, body = 404, {}, b'{"message":"Not Found"}'
                else:
                    status, headers, body = route(query)
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                # A client that gave up on a slow answer has closed the connection.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.netloc = f"127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        return f"http://{self.netloc}{path}"

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # Recorded APIs -----------------------------------------------------------------------

    def github_issues(
        self, repository: str, pages: list[list[dict[str, Any]]], *, path: str = ""
    ) -> str:
        """Serve GitHub Enterprise's issues of ``repository``, split into ``pages``, at
        ``path`` (the usual one by default); returns the API path."""
        path = path or f"/api/v3/repos/{repository}/issues"

        def route(query: dict[str, str]) -> tuple[int, dict, bytes]:
            wanted = query.get("labels", "")
            # Only pages that still have a matching item: GitHub never sends an empty page
            # after a full one.
            matching = [[item for item in page if _has_labels(item, wanted)] for page in pages]
            matching = [page for page in matching if page] or [[]]
            number = int(query.get("page", "1"))
            headers = {"X-RateLimit-Limit": "5000", "X-RateLimit-Remaining": "4987"}
            links = []
            rest = {key: value for key, value in query.items() if key != "page"}
            if number < len(matching):
                links.append(
                    f'<{self.url(path)}?{urlencode({**rest, "page": number + 1})}>; rel="next"'
                )
                links.append(
                    f'<{self.url(path)}?{urlencode({**rest, "page": len(matching)})}>; rel="last"'
                )
            if number > 1:
                links.append(
                    f'<{self.url(path)}?{urlencode({**rest, "page": number - 1})}>; rel="prev"'
                )
                links.append(f'<{self.url(path)}?{urlencode({**rest, "page": 1})}>; rel="first"')
            if links:
                headers["Link"] = ", ".join(links)
            page = matching[number - 1] if number <= len(matching) else []
            return 200, headers, json.dumps(page, ensure_ascii=False).encode()

        self._routes[path] = route
        return path

    def gitlab_issues(
        self, project_path: str, items: list[dict[str, Any]], *, page_size: int = 2
    ) -> str:
        """Serve GitLab's issues of ``project_path`` in pages of ``page_size`` (smaller than
        the client's per_page, as a GitLab with a lower limit would); returns the API path."""
        path = f"/api/v4/projects/{quote(project_path, safe='')}/issues"

        def route(query: dict[str, str]) -> tuple[int, dict, bytes]:
            matching = [item for item in items if _has_labels(item, query.get("labels", ""))]
            number = int(query.get("page", "1"))
            total_pages = max(1, -(-len(matching) // page_size))
            page = matching[(number - 1) * page_size : number * page_size]
            headers = {
                "X-Page": str(number),
                "X-Per-Page": str(page_size),
                "X-Next-Page": str(number + 1) if number < total_pages else "",
                "X-Prev-Page": str(number - 1) if number > 1 else "",
                "X-Total": str(len(matching)),
                "X-Total-Pages": str(total_pages),
            }
            return 200, headers, json.dumps(page, ensure_ascii=False).encode()

        self._routes[path] = route
        return path

    def answer(
        self, path: str, status: int, *, headers: dict[str, str] | None = None, body: bytes = b""
    ) -> None:
        """Answer every request for ``path`` with ``status``."""
        self._routes[path] = lambda query: (status, headers or {}, body or b"{}")

    def delay(self, path: str, seconds: float) -> None:
        self._delays[path] = seconds
