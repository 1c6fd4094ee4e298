"""A PDF with pages but no text layer is stored with a status saying it needs OCR."""
import sqlite_utils
from click.testing import CliRunner
from fpdf import FPDF

from minutes.cli import cli


def test_pdf_without_text_layer_is_stored_with_needs_ocr_status(tmp_path):
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.rect(20, 20, 100, 60, style="F")  # a drawing, as a scanned page has an image, and no text
    path = tmp_path / "scanned-minutes.pdf"
    pdf.output(str(path))
    db_path = tmp_path / "minutes.db"
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "no text layer (needs OCR)" in result.output
    rows = list(sqlite_utils.Database(db_path).query("select status, pages, doc_type from documents"))
    assert rows == [{"status": "no text layer (needs OCR)", "pages": 2, "doc_type": "other"}]
