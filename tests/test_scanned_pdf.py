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


def _scanned_page(pdf: FPDF, page: int) -> None:
    """Add a page that is only a picture of printed minutes, as a scanner makes."""
    import io

    from PIL import Image, ImageDraw

    picture = Image.new("L", (1240, 1754), color=250)  # A4 at 150 dpi, off-white paper
    draw = ImageDraw.Draw(picture)
    lines = ["MINUTES of a meeting of the Health Scrutiny Committee held on 4 March 2025",
             "PRESENT: Councillor A Smith (Chair), Councillor B Jones",
             f"{page}. RESOLVED - That the report be noted."]
    for n, line in enumerate(lines * 12):
        draw.text((120, 150 + n * 40), line, fill=20)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    buffer.seek(0)
    pdf.add_page()
    pdf.image(buffer, x=0, y=0, w=210, h=297)


def test_scanned_pages_as_images_need_ocr(tmp_path):
    """A scanner's output: every page a photograph of printed minutes, no text behind it."""
    pdf = FPDF()
    for page in range(3):
        _scanned_page(pdf, page + 1)
    path = tmp_path / "scan0001.pdf"
    pdf.output(str(path))
    db_path = tmp_path / "minutes.db"
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "scan0001.pdf" in result.output and "no text layer (needs OCR)" in result.output
    db = sqlite_utils.Database(db_path)
    [doc] = list(db.query("select status, pages, text from documents"))
    assert (doc["status"], doc["pages"], doc["text"]) == ("no text layer (needs OCR)", 3, "")
    # Nothing is invented from a page nobody can read.
    assert db["questions"].count == db["resolutions"].count == db["items"].count == 0


def test_some_scanned_pages_are_named(tmp_path):
    """Typed minutes with signed pages scanned in: the text is read, and the status says
    which pages need OCR."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "MINUTES of a meeting of the Health Scrutiny Committee held on 4 March 2025\n\n"
                         "PRESENT: Councillor A Smith (Chair), Councillor B Jones\n\n"
                         "1. Work Programme\n\nRESOLVED - That the work programme be agreed.")
    for page in (2, 3):
        _scanned_page(pdf, page)
    path = tmp_path / "signed-minutes.pdf"
    pdf.output(str(path))
    db_path = tmp_path / "minutes.db"
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    [doc] = list(db.query("select status, doc_type from documents"))
    assert doc == {"status": "no text layer on pages 2-3 (needs OCR)", "doc_type": "minutes"}
    assert db["resolutions"].count == 1
