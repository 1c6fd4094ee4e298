"""Shared fixtures: where the sample files live, and builders for DOCX and HTML minutes."""
from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from minutes.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
KENT = FIXTURES / "kent"
MODERNGOV = FIXTURES / "moderngov"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def kent_dir() -> Path:
    return KENT


@pytest.fixture(scope="session")
def moderngov_dir() -> Path:
    return MODERNGOV


def run_cli(*args):
    """Invoke the CLI in-process. ``result.stdout`` and ``result.stderr`` are kept apart;
    ``result.output`` has both."""
    try:
        runner = CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps them apart by itself
        runner = CliRunner()
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def ingest_into(db_path: Path, *paths, extra=()):
    """``minutes ingest PATHS --db DB [extra]``."""
    return run_cli("ingest", *paths, "--db", db_path, *extra)


@pytest.fixture(scope="session")
def cli_run():
    return run_cli


@pytest.fixture(scope="session")
def ingest():
    return ingest_into


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> sqlite_utils.Database:
    """The seeds ingested once per test module; tests only read it."""
    db_path = tmp_path_factory.mktemp("seeds") / "minutes.db"
    result = ingest_into(db_path, SEEDS)
    assert result.exit_code == 0, result.output
    return sqlite_utils.Database(db_path)


# --- Builders ------------------------------------------------------------------------------

DOCX_COMMITTEE = "Health Scrutiny Committee"


def build_docx_minutes(path: Path) -> Path:
    """Word minutes as a council clerk would type them: Heading 1 items with typed numbers,
    a "List Number" list, an attendance table and a bulleted list of issues raised."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("Hillborough Borough Council")
    doc.add_paragraph(
        f"Minutes of the meeting of the {DOCX_COMMITTEE} held on Tuesday 11 February 2025 "
        "at the Town Hall, Hillborough."
    )
    doc.add_paragraph("Attendance:")
    table = doc.add_table(rows=1, cols=3)
    for cell, label in zip(table.rows[0].cells, ("Name", "Role", "Attendance")):
        cell.text = label
    for name, role, attendance in [
        ("Councillor Priya Raman", "Chair", "Present"),
        ("Councillor Daniel Okafor", "Vice-Chair", "Present"),
        ("Councillor Hannah Greaves", "Committee Member", "Apologies"),
        ("Dr Sam Ellison", "Director of Public Health", "In attendance"),
    ]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = name, role, attendance

    doc.add_heading("1. Apologies for Absence", level=1)
    doc.add_paragraph("Apologies for absence were received from Councillor Hannah Greaves.")

    doc.add_heading("4. Access to GP Services", level=1)
    doc.add_paragraph(
        "The Director of Public Health presented a report on access to GP services in the borough. "
        "The report set out the following changes since the last meeting:"
    )
    doc.add_paragraph("Telephone queues at eight practices had been replaced by online booking.", style="List Number")
    doc.add_paragraph("Two new pharmacies had opened in the east of the borough.", style="List Number")
    doc.add_paragraph("The following issues were raised:")
    doc.add_paragraph(
        "Members asked how many practices still required patients to telephone at 8am. "
        "In response, the Director explained that 19 of the 31 practices had moved to online booking.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Concerns were expressed about the shortage of GPs per head of population in the east of the borough.",
        style="List Bullet",
    )
    doc.add_paragraph("RESOLVED – That the report be noted.")

    doc.add_heading("5. Care Home Fees", level=1)
    doc.add_paragraph(
        "The Cabinet Member for Adult Social Care introduced the proposed fee uplift for residential care homes."
    )
    doc.add_paragraph("RESOLVED – That the fee uplift for 2025/26 be approved.")
    doc.save(str(path))
    return path


HTML_COMMITTEE = "Adult Social Care Scrutiny Committee"

HTML_MINUTES = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"></head>
<body>
<h1>Adult Social Care Scrutiny Committee, Thursday 6 March 2025</h1>
<p>Present: Councillors A Smith (Chair), B Jones and C Patel</p>
<h2>4. Home Care Reablement Service</h2>
<p>Minutes:</p>
<p>The Cabinet Member for Adult Social Care introduced a report on the proposal to
outsource the home care reablement service to an external provider.</p>
<p>Members discussed the report in detail.</p>
<ul>
  <li>Members asked whether the 64 staff who would transfer to the new provider would keep
  their terms and conditions. In response it was stated that the TUPE regulations would apply
  and that pensions would be protected.</li>
  <li>Concerns were raised about the lack of consultation with the people who currently use
  the service.</li>
</ul>
<p>RESOLVED: that the update be noted.</p>
<h2>5. Work Programme</h2>
<p>Minutes:</p>
<p>The Committee considered its work programme for the rest of the year.</p>
<p>RESOLVED: that the work programme be agreed.</p>
</body>
</html>
"""


def build_html_minutes(path: Path) -> Path:
    path.write_text(HTML_MINUTES, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def docx_builder():
    return build_docx_minutes


@pytest.fixture(scope="session")
def html_builder():
    return build_html_minutes


@pytest.fixture
def docx_minutes(tmp_path) -> Path:
    return build_docx_minutes(tmp_path / "hillborough-health-scrutiny.docx")


@pytest.fixture
def html_minutes(tmp_path) -> Path:
    return build_html_minutes(tmp_path / "adult-social-care-scrutiny.html")
