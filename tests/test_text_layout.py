"""Paragraphs and headings recovered from plain text and saved web pages."""
from __future__ import annotations

from minutes.extract.html import html_to_blocks
from minutes.extract.text import lines_to_blocks

EMAILED = """\
NORTHGATE AND WYRE VALE JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE
====================================================================

Attendees:
Cllr Susan Oduya – Chair – Northgate City Council
Joanna Prior – Director of Strategy and Transformation – Northgate ICB
Tom Keeling – Stroke Clinical Lead – Northgate Hospitals NHS Trust

Item 5: Stroke services reconfiguration
---------------------------------------
Tom Keeling and Joanna Prior presented the report on the proposal to
consolidate hyperacute stroke care on a single site at Halsey Royal
Infirmary, with Kellingford continuing to provide rehabilitation.
Response (Director of Strategy and Transformation, Northgate ICB): The
timing had been set to allow a decision before the new financial year.
However, the ICB has agreed to extend the consultation by three weeks to
4 April 2025 and additional drop-in sessions have been arranged.
"""

LAID_OUT = """\
Others Present:

    Dr Kwame Asante            - Clinical Director, Cobham Moor North Primary
                                 Care Network
    Louise Farrow              - Head of Primary Care, Thameside Integrated
                                 Care Board
"""


def test_underlined_headings_and_records_one_to_a_line():
    blocks = lines_to_blocks(EMAILED.splitlines())
    texts = [b.text for b in blocks]
    assert blocks[0].style == "heading" and texts[0].endswith("SCRUTINY COMMITTEE")
    assert "Item 5: Stroke services reconfiguration" in texts
    assert next(b for b in blocks if b.text.startswith("Item 5")).style == "heading"
    # One person to a line, though each line runs near the measure.
    assert "Joanna Prior – Director of Strategy and Transformation – Northgate ICB" in texts
    assert not any("====" in t or "----" in t for t in texts)
    # A full line after a sentence goes on with the paragraph; the label starts a new one.
    response = next(t for t in texts if t.startswith("Response ("))
    assert response.endswith("drop-in sessions have been arranged.")


def test_hanging_indents_keep_an_entry_together():
    texts = [b.text for b in lines_to_blocks(LAID_OUT.splitlines())]
    assert texts == [
        "Others Present:",
        "Dr Kwame Asante - Clinical Director, Cobham Moor North Primary Care Network",
        "Louise Farrow - Head of Primary Care, Thameside Integrated Care Board",
    ]


def test_word_saved_pages_lose_their_conditional_markup():
    markup = """<html><body>
    <p class=MsoListParagraphCxSpFirst><![if !supportLists]><span>1.<span>&nbsp;&nbsp;</span></span><![endif]>
    The draft Homelessness Strategy be noted.<o:p></o:p></p>
    <!-- a comment -->
    </body></html>"""
    assert [b.text for b in html_to_blocks(markup)] == ["1. The draft Homelessness Strategy be noted."]


def test_italic_answer_set_apart_from_its_point():
    markup = """<html><body><ul>
    <li>Was the proposed uplift enough to cover the increase in the National Living Wage?
    <em>The uplift had been modelled on a 6.7 per cent increase in the National Living Wage.</em></li>
    <li>Members welcomed the report, <em>particularly the section on carers.</em></li>
    </ul></body></html>"""
    assert [(b.text, b.style) for b in html_to_blocks(markup)] == [
        ("Was the proposed uplift enough to cover the increase in the National Living Wage?", "list"),
        ("The uplift had been modelled on a 6.7 per cent increase in the National Living Wage.", "response"),
        ("Members welcomed the report, particularly the section on carers.", "list"),
    ]
