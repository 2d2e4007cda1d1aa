"""The ``mekg`` command line: one thin command per API method."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from graph.errors import MekgError, printable
from graph.limits import Limits


class _Errors(click.Group):
    """Print MekgError as one line on stderr and exit 1; never a traceback."""

    def invoke(self, ctx: click.Context):  # noqa: ANN201
        try:
            return super().invoke(ctx)
        except MekgError as error:
            click.echo(f"error: {printable(error)}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo(
                "interrupted — committed articles are complete; "
                "run the same command again to finish",
                err=True,
            )
            sys.exit(130)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            _quiet_after_closed_pipe()
        except Exception as error:  # a bug, not bad input: still one line unless MEKG_DEBUG is set
            if os.environ.get("MEKG_DEBUG"):
                raise
            click.echo(
                f"error: internal error ({type(error).__name__}: {error}) — "
                "please report it; MEKG_DEBUG=1 shows the traceback",
                err=True,
            )
            sys.exit(1)


def _quiet_after_closed_pipe() -> None:
    """End as ``cat`` does when the reader of its output has gone (``mekg … | head``):
    no message, the status of a process ended by SIGPIPE (128 + 13)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # the interpreter's last flush must not fail again
    sys.exit(141)


STORE_HELP = "Store folder (or http(s):// SPARQL endpoint). Env: MEKG_STORE."


@click.group(cls=_Errors)
@click.option(
    "--store", envvar="MEKG_STORE", default="mekg-store", show_default=True, help=STORE_HELP
)
@click.option("--update-url", default=None, help="SPARQL update endpoint of a remote store.")
@click.option(
    "--gsp-url",
    default=None,
    help="Graph Store Protocol endpoint of a remote store (found on its own for Oxigraph "
    "and Virtuoso; 'none': write by SPARQL Update only). A user in a store URL takes "
    "the password from MEKG_REMOTE_PASSWORD.",
)
@click.version_option(package_name="mekg")
@click.pass_context
def cli(ctx: click.Context, store: str, update_url: str | None, gsp_url: str | None) -> None:
    """Turn news about companies entering markets into a queryable knowledge graph.

    \b
    mekg ingest data/articles/       read .txt/.html/.json/.jsonl files or folders
    mekg query --cq market_entries   run a competency query
    mekg render --focus BYD          write an interactive HTML view
    mekg demo                        the sample articles end to end

    Every command takes --store DIR (default: $MEKG_STORE, else ./mekg-store);
    only ingest and demo create a store.
    """
    ctx.obj = {
        "store": store,
        "update_url": update_url,
        "gsp_url": "" if gsp_url == "none" else gsp_url,
    }


def _kg(ctx: click.Context, *, create: bool = False):  # noqa: ANN202
    """The command's graph; only the commands that write (``create``) may make a store."""
    from graph.api import KnowledgeGraph  # noqa: PLC0415

    kg = KnowledgeGraph(
        ctx.obj["store"],
        update_url=ctx.obj["update_url"],
        gsp_url=ctx.obj["gsp_url"],
        create=create,
    )
    ctx.call_on_close(kg.close)
    return kg


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--force", is_flag=True, help="Re-extract articles even when unchanged.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Extraction processes  [default: all cores]",
)
@click.option(
    "--max-bytes", type=int, default=20_000_000, show_default=True, help="Refuse larger files."
)
@click.option(
    "--dask", "dask_address", default=None, help="Extract on a Dask cluster at this address."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    force: bool,
    workers: int | None,
    max_bytes: int,
    dask_address: str | None,
    quiet: bool,
) -> None:
    """Read articles (files, folders or web addresses) into the store.

    Re-ingesting an article replaces its graph. A bad input is reported on
    stderr and the rest of the batch goes on; the exit status is 1 if any
    input failed. Extraction runs on all cores unless --workers says otherwise.
    An http(s) address is fetched; its facts are named by the address.

    \b
    mekg --store my-store ingest data/articles/
    mekg ingest --workers 1 data/articles/     one process

    A web address (mekg ingest https://example.org/news/lidl.html) must answer
    within 60 s in all, http(s) redirects only. --dask tcp://HOST:8786 extracts
    on a Dask cluster.
    """
    from graph.ingest import available_cores  # noqa: PLC0415
    from graph.sources import count_articles  # noqa: PLC0415

    kg = _kg(ctx, create=True)
    show = not quiet and sys.stderr.isatty()
    with _progress_bar(count_articles(paths) if show else 0, enabled=show) as progress:
        report = kg.ingest(
            list(paths),
            force=force,
            workers=workers or available_cores(),
            max_bytes=max_bytes,
            progress=progress,
            dask_address=dask_address,
        )
    for _name, reason in report.failed:
        click.echo(f"error: {printable(reason)}", err=True)
    if not (report.ingested or report.unchanged or report.failed):
        raise MekgError("nothing to ingest — give article files, folders or web addresses")
    if not quiet:
        click.echo(
            f"{len(report.ingested)} ingested, {len(report.unchanged)} unchanged, "
            f"{len(report.failed)} failed; {report.facts} facts",
            err=True,
        )
    sys.exit(1 if report.failed else 0)


@contextmanager
def _progress_bar(total: int, enabled: bool) -> Iterator[Callable[[int, str], None] | None]:
    """A rich progress display on stderr (articles read of ``total``, rate, current file),
    or None. ``total`` is counted before reading (a .json file holding a list counts one),
    so the bar grows it when more come."""
    if not enabled:
        yield None
        return
    from rich.console import Console  # noqa: PLC0415
    from rich.markup import escape  # noqa: PLC0415
    from rich.progress import (  # noqa: PLC0415
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (
        SpinnerColumn(),
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("[dim]{task.fields[source]}"),
    )
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task("ingest", total=total or None, rate="", source="")
        started = time.perf_counter()

        def update(done: int, source: str) -> None:
            elapsed = time.perf_counter() - started
            bar.update(
                task,
                total=max(total, done) or None,
                completed=done,
                source=escape(printable(source)[-40:]),  # a name is never markup
                rate=f"{done / elapsed:.1f} articles/s" if elapsed > 1 else "",
            )

        yield update


@cli.command()
@click.argument("sparql", required=False)
@click.option("--cq", help="Name of a competency query (see --list).")
@click.option(
    "--file",
    "file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read SPARQL from a file.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="An aligned table, CSV, TSV, or SPARQL 1.1 JSON results.",
)
@click.option(
    "--where",
    "where",
    multiple=True,
    metavar="VARIABLE=VALUE",
    help="Bind a variable to a value (repeatable): only rows with that value. "
    "A competency query takes the parameters --list shows.",
)
@click.option("--list", "list_queries", is_flag=True, help="List the competency queries.")
@click.pass_context
def query(
    ctx: click.Context,
    sparql: str | None,
    cq: str | None,
    file: Path | None,
    fmt: str,
    where: tuple[str, ...],
    list_queries: bool,
) -> None:
    """Run SPARQL: a competency query, a file, or a query string.

    \b
    mekg query --cq market_entries --format csv
    mekg query --cq market_entries --where company=decathlon --where market=Mexiko
    mekg query --cq entries_in_region --where region=419
    mekg query --file ontology/queries/market_entries.rq --where company=IKEA
    mekg query 'SELECT ?name WHERE { GRAPH ?g { ?o a mekg:Retailer ; rdfs:label ?name } }'

    A competency query reads a value as --focus does: --where company=byd finds
    BYD (any case, accents, aliases, Wikidata IDs) and --where market=Deutschland
    finds DE (codes, or names in German, English or Spanish); a value that names
    nothing in the store is an error with a "did you mean". In your own SPARQL a
    value is compared as written.
    """
    from graph import queries  # noqa: PLC0415

    if list_queries:
        for name in queries.names():
            asked = ", ".join(queries.parameters(name))
            click.echo(f"{name:<20} {queries.description(name)}")
            if asked:
                click.echo(f"{'':<20} --where {asked}")
        return
    if sum(x is not None for x in (sparql, cq, file)) != 1:
        raise click.UsageError("give exactly one of SPARQL, --cq NAME or --file F")
    values: dict[str, str] = {}
    for item in where:
        variable, sep, value = item.partition("=")
        if not sep or not variable:
            raise click.BadParameter(f"{item!r} is not VARIABLE=VALUE", param_hint="--where")
        values[variable.strip().lstrip("?")] = value
    kg = _kg(ctx)
    if cq:
        result = queries.run(kg.store, cq, values)
    else:
        text = file.read_text(encoding="utf-8") if file else sparql or ""
        result = kg.sparql(text, **values)
    click.echo(queries.format_result(result, fmt))


@cli.command()
@click.option(
    "--out",
    default="graph.html",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The HTML file to write (it works offline: the script is inside).",
)
@click.option(
    "--focus",
    help="The entity at the centre (ego view): its label in any case, Wikidata ID, "
    "market code or IRI.",
)
@click.option(
    "--depth",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="With --focus: how many links away from the centre a node may be.",
)
@click.option(
    "--view",
    type=click.Choice(["all", "markets", "map"]),
    default="all",
    show_default=True,
    help="all: the fact graph; markets: companies and their markets; map: a world map "
    "of market entries (of the --focus company, or of all).",
)
@click.option(
    "--company",
    help="Write the company's dossier instead: a printable page of its markets, channels, "
    "products and people (named as --focus names an entity).",
)
@click.pass_context
def render(
    ctx: click.Context, out: str, focus: str | None, depth: int, view: str, company: str | None
) -> None:
    """Write an interactive, self-contained HTML view of the graph.

    \b
    mekg render --out graph.html
    mekg render --focus BYD --depth 1 --out byd.html
    mekg render --view map --out map.html
    mekg render --company BYD --out byd-dossier.html
    """
    path = _kg(ctx).render(out, focus=focus, depth=depth, view=view, company=company)
    click.echo(f"wrote {path}")


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "nt", "nq", "trig", "jsonld"]),
    default="trig",
    show_default=True,
    help="An RDF format: trig, nq and jsonld keep each article's graph; turtle and nt "
    "hold their union.",
)
@click.option("--out", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
@click.pass_context
def export(ctx: click.Context, fmt: str, out: str | None) -> None:
    """Export the whole graph (triple formats get the union of all article graphs)."""
    kg = _kg(ctx)
    if out:
        kg.export(out, fmt)
        click.echo(f"wrote {out}", err=True)
    else:
        kg.store.dump(sys.stdout.buffer, fmt)


@cli.command()
@click.pass_context
def validate(ctx: click.Context) -> None:
    """Check the store against the SHACL shapes; exit 1 with a report of violations."""
    report = _kg(ctx).validate()
    if report.conforms:
        click.echo("conforms: every graph satisfies ontology/shapes.ttl")
        return
    click.echo(f"{len(report.violations)} violation(s):", err=True)
    for line in report.violations:
        click.echo(f"  {line}", err=True)
    sys.exit(1)


@cli.command()
@click.pass_context
def stats(ctx: click.Context) -> None:
    """Counts of triples, articles, organisations, people, products, markets and facts."""
    for key, value in _kg(ctx).stats().items():
        click.echo(f"{key:<20} {value}")


@cli.command()
@click.option(
    "--out",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder for the HTML view.",
)
@click.pass_context
def demo(ctx: click.Context, out: str) -> None:
    """Ingest the sample articles in data/articles/, write a view, show some results."""
    from graph import queries  # noqa: PLC0415
    from graph.paths import DATA  # noqa: PLC0415

    kg = _kg(ctx, create=True)
    report = kg.ingest([DATA / "articles"])
    click.echo(
        f"ingested {len(report.ingested)} articles ({len(report.unchanged)} unchanged) "
        f"into {kg.store.location}: {report.facts} facts"
    )
    for _, reason in report.failed:
        click.echo(f"error: {printable(reason)}", err=True)
    for name in ("market_entries", "executives"):
        click.echo(f"\n{name}:")
        click.echo(queries.format_result(kg.store.query(queries.load(name)), "table"))
    try:
        path = kg.render(Path(out) / "mekg-demo.html")
        click.echo(f"\nwrote {path} — open it in a browser")
    except MekgError as error:
        click.echo(f"no view: {error}", err=True)


@cli.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (0.0.0.0: every interface).",
)
@click.option("--port", type=int, default=7878, show_default=True, help="Port to listen on.")
@click.option(
    "--timeout",
    type=float,
    default=Limits.timeout,
    show_default=True,
    help="Seconds a query may take.",
)
@click.option(
    "--limit",
    type=int,
    default=Limits.result_limit,
    show_default=True,
    help="Most rows or triples per answer (0: no limit).",
)
@click.option(
    "--max-body",
    type=click.IntRange(min=1),
    default=Limits.max_body_bytes,
    show_default=True,
    help="Largest request body in bytes (413 above).",
)
@click.option(
    "--max-query",
    type=click.IntRange(min=1),
    default=Limits.max_query_bytes,
    show_default=True,
    help="Largest query text in bytes (413 above).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=Limits.workers,
    show_default=True,
    help="Queries evaluated at the same time; others wait in line.",
)
@click.option(
    "--max-memory",
    type=click.IntRange(min=16),
    default=Limits.memory_mb,
    show_default=True,
    metavar="MB",
    help="Memory one query may use; a query that needs more gets a 500.",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    help="Also answer requests to this host name (repeatable); on a loopback address "
    "only localhost, 127.0.0.1 and [::1] are answered by default.",
)
@click.option(
    "--cors",
    "cors_origins",
    multiple=True,
    metavar="ORIGIN",
    help="Let web pages of this origin read the answers, e.g. https://app.example "
    "(repeatable; none by default).",
)
@click.pass_context
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    timeout: float,
    limit: int,
    max_body: int,
    max_query: int,
    workers: int,
    max_memory: int,
    allow_hosts: tuple[str, ...],
    cors_origins: tuple[str, ...],
) -> None:
    """Serve the graph read-only over the SPARQL 1.1 Protocol at /sparql.

    \b
    mekg serve --port 7878
    mekg serve --host 0.0.0.0 --allow-host graph.example.org --cors https://app.example
    curl 'http://127.0.0.1:7878/sparql?query=ASK%20%7B%3Fs%20%3Fp%20%3Fo%7D'
    """
    from graph.server import serve as run_server  # noqa: PLC0415

    run_server(
        _kg(ctx),
        host,
        port,
        Limits(
            timeout=timeout,
            result_limit=limit,
            max_body_bytes=max_body,
            max_query_bytes=max_query,
            workers=workers,
            memory_mb=max_memory,
        ),
        allow_hosts=allow_hosts,
        cors_origins=cors_origins,
    )


@cli.command()
@click.option("--top", type=int, default=10, show_default=True, help="Rows per ranking.")
@click.option(
    "--path",
    "path",
    nargs=2,
    default=None,
    metavar="FROM TO",
    help="Shortest path between two labels.",
)
@click.pass_context
def analyze(ctx: click.Context, top: int, path: tuple[str, str] | None) -> None:
    """Central companies, retailers and markets, communities, entries over time."""
    from rich.console import Console  # noqa: PLC0415

    from graph.analytics import print_report  # noqa: PLC0415

    class PipedConsole(Console):
        def on_broken_pipe(self) -> None:  # rich would exit 1; end as every command does
            _quiet_after_closed_pipe()

    print_report(_kg(ctx).analyze(top=top, path=path), PipedConsole())


@cli.command()
@click.option("--quick", is_flag=True, help="Small scale, well under a minute (for CI).")
@click.option(
    "--scale",
    "scale_out",
    is_flag=True,
    help="Instead: 10 million triples embedded and in Virtuoso (which it starts on "
    "loopback), and an ingest on Dask; see docs/performance.md.",
)
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the figures as JSON to this file.",
)
@click.option(
    "--report",
    "report_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the figures as a Markdown report (docs/performance.md).",
)
@click.option(
    "--from-json",
    "from_json",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Measure nothing: print (and --report) the figures of a run saved with --json.",
)
@click.option(
    "--corpus",
    "roots",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Article folders to build the corpus from  [default: data/articles and ../shared/corpus]",
)
def bench(
    quick: bool,
    scale_out: bool,
    json_out: Path | None,
    report_out: Path | None,
    from_json: Path | None,
    roots: tuple[Path, ...],
) -> None:
    """Measure extraction, ingest, query latency against rdflib, rendering and start-up.

    The full run builds a store of at least a million triples and takes
    several minutes; every figure comes from the same run. --store is ignored:
    the benchmark works in a temporary folder. --scale measures a store of 10
    million triples embedded and in Debian's Virtuoso instead (15 to 20 minutes).

    \b
    mekg bench --quick --json /tmp/bench.json
    mekg bench --from-json /tmp/bench.json --report /tmp/performance.md
    mekg bench --scale --json scale.json --report performance-scale.md
    """
    import json  # noqa: PLC0415

    from graph import bench as benchmark  # noqa: PLC0415
    from graph import bench_scale  # noqa: PLC0415

    say = lambda line: click.echo(f"· {line}", err=True)  # noqa: E731
    if from_json:
        figures = json.loads(from_json.read_text(encoding="utf-8"))
        scale_out = str(figures.get("scale", "")).startswith("scale")
    elif scale_out:
        scale = bench_scale.SCALE_QUICK if quick else bench_scale.SCALE_FULL
        figures = bench_scale.run(scale, roots=list(roots) or None, say=say)
    else:
        figures = benchmark.run(
            benchmark.QUICK if quick else benchmark.FULL, roots=list(roots) or None, say=say
        )
    table, report = (
        (bench_scale.table, bench_scale.report)
        if scale_out
        else (benchmark.table, benchmark.report)
    )
    click.echo(table(figures))
    for path, text in (
        (json_out, json.dumps(figures, indent=1) + "\n"),
        (report_out, report(figures)),
    ):
        if path:
            path.write_text(text, encoding="utf-8")
            click.echo(f"wrote {path}", err=True)


def _remember_store(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.obj["store"] = value


# `mekg stats --store X` as well as `mekg --store X stats`: the option after a command
# sets what the group's option would have set.
for _command in cli.commands.values():
    if _command.name != "bench":  # the benchmark works in a temporary folder
        _command.params.append(
            click.Option(["--store"], expose_value=False, callback=_remember_store, help=STORE_HELP)
        )


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="mekg")


if __name__ == "__main__":
    main()
