"""Make the README's screenshots: the demo articles' graph and market map, drawn by
Debian's chromium.

    python tests/screenshot.py [FOLDER]      (default: docs/; writes screenshot.png, map.png)

Ingests ``data/articles/`` into an in-memory store, renders the whole-graph view and the
market map, opens each in chromium through Playwright with every network request
blocked, waits until the page says it is drawn (``data-ready``), and saves a PNG. The
browser tests use the same helpers to open views offline.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from graph.bench import CHROMIUM, CHROMIUM_FLAGS

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright, Route

ROOT = Path(__file__).resolve().parent.parent
VIEWPORT = {"width": 1400, "height": 1000}


def launch(playwright: Playwright) -> Browser:
    """Debian's chromium (Playwright's own browsers are never downloaded)."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_FLAGS))


@dataclass
class Visit:
    """An open view, the requests it made and the errors it logged."""

    page: Page
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def open_offline(browser: Browser, path: Path, timeout_ms: int = 60_000) -> Visit:
    """Open a rendered view with every request but the file itself blocked; wait for the layout."""
    page = browser.new_page(viewport=VIEWPORT)  # type: ignore[arg-type]
    visit = Visit(page)
    url = path.resolve().as_uri()

    def block_all_but_the_page(route: Route) -> None:
        visit.requests.append(route.request.url)
        if route.request.url == url:
            route.continue_()
        else:
            route.abort()

    page.on("console", lambda m: visit.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: visit.errors.append(str(error)))
    page.route("**/*", block_all_but_the_page)
    page.goto(url)
    # a function, not an expression: the page's policy forbids eval
    page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=timeout_ms)
    return visit


def render_demo(out: Path, view: str = "all") -> Path:
    """A view of the demo articles (``view``: all or map), written to ``out``."""
    from graph import KnowledgeGraph  # noqa: PLC0415

    with KnowledgeGraph() as kg:
        report = kg.ingest([ROOT / "data" / "articles"])
        if report.failed:
            raise SystemExit(f"error: could not read {report.failed} — fix the demo articles")
        return kg.render(out, view=view)


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    folder = Path(argv[0]) if argv else ROOT / "docs"
    shots = {"screenshot.png": "all", "map.png": "map"}
    with tempfile.TemporaryDirectory(prefix="mekg-screenshot-") as work, sync_playwright() as p:
        browser = launch(p)
        for name, view in shots.items():
            visit = open_offline(browser, render_demo(Path(work) / f"{view}.html", view))
            visit.page.screenshot(path=str(folder / name))
            print(f"wrote {folder / name}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
