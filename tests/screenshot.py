"""Make the README's screenshot: the demo articles' graph, drawn by Debian's chromium.

    python tests/screenshot.py [OUT.png]      (default: docs/screenshot.png)

Ingests ``data/articles/`` into an in-memory store, renders the whole-graph view,
opens it in chromium through Playwright with every network request blocked,
waits until the layout has settled and physics is off, and saves a PNG. The
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


def render_demo(out: Path) -> Path:
    """The whole-graph view of the demo articles, written to ``out``."""
    from graph import KnowledgeGraph  # noqa: PLC0415

    with KnowledgeGraph() as kg:
        report = kg.ingest([ROOT / "data" / "articles"])
        if report.failed:
            raise SystemExit(f"error: could not read {report.failed} — fix the demo articles")
        return kg.render(out)


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshot.png"
    with tempfile.TemporaryDirectory(prefix="mekg-screenshot-") as folder, sync_playwright() as p:
        browser = launch(p)
        visit = open_offline(browser, render_demo(Path(folder) / "demo.html"))
        visit.page.screenshot(path=str(out))
        browser.close()
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
