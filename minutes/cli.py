"""Command-line interface: a thin layer over the library."""
from __future__ import annotations

from pathlib import Path

import click
import sqlite_utils

from . import __version__
from .ingest import default_jobs, ingest
from .serve import find_metadata, find_seeds, serve as serve_datasette
from .store import ensure_db_shape, retag_rows
from .parse.cues import CuesError, load_cues
from .themes import Tagger, ThemeFileError, load_themes

DB_OPTION = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default="minutes.db",
    show_default=True, help="SQLite database file",
)
THEMES_OPTION = click.option(
    "--themes", "themes_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Theme file (YAML) to use instead of the default list",
)


def _themes(path):
    try:
        load_cues()  # a broken cue file stops the run once, not file by file
        return load_themes(path)
    except (ThemeFileError, CuesError) as e:
        raise click.ClickException(str(e))


@click.group()
@click.version_option(__version__, prog_name="minutes")
def cli():
    """Turn council committee minutes into a searchable SQLite database for Datasette."""


@cli.command(name="ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@DB_OPTION
@THEMES_OPTION
@click.option("--force", is_flag=True, help="Re-read files even when they have not changed")
@click.option("-q", "--quiet", is_flag=True, help="Only report files that failed")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Files to read at once, each in its own process (0: one per processor)")
def ingest_command(paths, db_path, themes_path, force, quiet, jobs):
    """Read minutes files (PDF, DOCX, HTML, TXT, ModernGov XML) or folders of them into the database.

    Files already stored and unchanged are skipped. A file that cannot be read is reported,
    recorded in the ingest_errors table, and the run carries on; the exit status is 1 if
    any file failed.

    With --jobs, several files are read at once, each in a process of its own; they are
    still stored and reported one by one, in the order they were found.
    """
    themes = _themes(themes_path)
    db = sqlite_utils.Database(db_path)
    counts = {"stored": 0, "unchanged": 0, "failed": 0, "skipped": 0}
    for result in ingest(db, list(paths), themes, force=force, jobs=jobs or default_jobs()):
        counts[result.status] += 1
        if result.status == "failed":
            click.echo(f"Error: {result.path}: {result.message}", err=True)
        elif quiet:
            continue
        elif result.status == "stored":
            note = f" [{result.message}]" if result.message else ""
            click.echo(
                f"{result.path}: {result.doc_type}, {result.items} items, {result.questions} questions, "
                f"{result.resolutions} resolutions{note}"
            )
            for date, items, questions, resolutions in result.parts:
                click.echo(
                    f"  with the minutes of {date or 'an undated meeting'} inside: {items} items, "
                    f"{questions} questions, {resolutions} resolutions"
                )
        elif result.status == "skipped":
            click.echo(f"{result.path}: skipped, {result.message}")
    click.echo(
        f"{counts['stored']} stored, {counts['unchanged']} unchanged, {counts['skipped']} skipped, "
        f"{counts['failed']} failed -> {db_path}",
        err=bool(counts["failed"]),
    )
    if counts["failed"]:
        raise SystemExit(1)


@cli.command()
@DB_OPTION
@click.option("-h", "--host", default="127.0.0.1", show_default=True, help="Host to listen on")
@click.option("-p", "--port", default=8001, show_default=True, type=int, help="Port to listen on")
@click.option("--metadata", "metadata_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Datasette metadata file [default: the project's metadata.yml]")
def serve(db_path, host, port, metadata_path):
    """Publish the database with Datasette. If the database does not exist yet, the bundled
    seeds/ folder is ingested first."""
    try:
        metadata = find_metadata(metadata_path)
    except FileNotFoundError as e:
        raise click.ClickException(str(e))
    if not db_path.exists():
        seeds = find_seeds()
        if seeds is None:
            raise click.ClickException(f"{db_path} does not exist; run 'minutes ingest FOLDER --db {db_path}' first")
        click.echo(f"{db_path} does not exist yet: ingesting {seeds}/")
        db = sqlite_utils.Database(db_path)
        for result in ingest(db, [seeds], _themes(None)):
            if result.status == "failed":
                click.echo(f"Error: {result.path}: {result.message}", err=True)
    click.echo(f"Serving {db_path} at http://{host}:{port}/")
    raise SystemExit(serve_datasette(db_path, metadata, host, port))


@cli.command()
@THEMES_OPTION
def themes(themes_path):
    """List the themes and the words that trigger each one."""
    themes_list = _themes(themes_path)
    for theme in themes_list:
        click.echo(f"{theme.slug}: {theme.label}")
        if theme.description:
            click.echo(f"  {theme.description}")
        click.echo(f"  words: {', '.join(theme.words + theme.phrases)}")
        if theme.exceptions:
            click.echo(f"  except: {', '.join(theme.exceptions)}")
        if theme.from_item_title:
            click.echo("  also given to points under an item whose title carries it")
    if themes_list.bodies or themes_list.offices:
        click.echo("ignored inside names of bodies ending: " + ", ".join(themes_list.bodies))
        click.echo("ignored inside titles of offices starting: " + ", ".join(themes_list.offices))


@cli.command()
@DB_OPTION
@THEMES_OPTION
def retag(db_path, themes_path):
    """Re-apply the themes (after editing them) to every stored row, without re-reading files."""
    if not db_path.exists():
        raise click.ClickException(f"{db_path} does not exist; ingest some files first")
    themes_list = _themes(themes_path)
    db = sqlite_utils.Database(db_path)
    ensure_db_shape(db)
    counts = retag_rows(db, Tagger(themes_list), themes_list)
    click.echo(
        f"Retagged {counts['documents']} documents, {counts['items']} items, {counts['questions']} questions "
        f"and {counts['resolutions']} resolutions with {len(themes_list)} themes"
    )


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(file_okay=False, exists=True, path_type=Path))
@DB_OPTION
def eval_command(gold_dir, db_path):
    """Compare the database with gold annotations (one JSON file per document) and print
    precision, recall and F1."""
    from .evaluate import evaluate, format_report

    if not db_path.exists():
        raise click.ClickException(f"{db_path} does not exist; ingest the documents the gold files describe first")
    report = evaluate(sqlite_utils.Database(db_path), gold_dir)
    click.echo(format_report(report))
