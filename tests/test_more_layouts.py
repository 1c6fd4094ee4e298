"""Layouts met in further councils: Word drafts with tracked changes, old-style web pages,
minutes laid out as a table in a PDF, exchanges written turn by turn, lettered items, and
lists of the items above or below the minutes."""
from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from minutes.extract import extract
from minutes.model import Block
from minutes.parse.discussion import parse_item
from minutes.parse.items import split_items

OTHER = Path(__file__).parent / "other-councils" / "documents"


def _run(text: str, deleted: bool = False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _tracked(tag: str, text: str):
    change = OxmlElement(tag)
    change.set(qn("w:id"), "1")
    change.set(qn("w:author"), "Democratic Services")
    change.append(_run(text, deleted=tag == "w:del"))
    return change


def test_word_tracked_changes_read_as_accepted(tmp_path):
    document = docx.Document()
    document.add_paragraph("Minutes of a meeting of the Overview and Scrutiny Committee held on 17 June 2025")
    p = document.add_paragraph("RESOLVED that the minutes of the meeting held on ")
    p._p.append(_tracked("w:del", "8 April"))
    p._p.append(_tracked("w:ins", "22 April"))
    p._p.append(_run(" 2025 be approved."))
    path = tmp_path / "draft.docx"
    document.save(path)

    texts = [b.text for b in extract(path).blocks]
    assert "RESOLVED that the minutes of the meeting held on 22 April 2025 be approved." in texts
    assert not any("8 April" in t for t in texts)


def test_old_style_page_with_br_lines_and_bold_headings(tmp_path):
    page = tmp_path / "minutes.html"
    page.write_text(
        "<html><body><font face=Arial size=2>"
        "<b>PRESENT:</b><br>Councillor Mrs G. Achterberg (Chairman)<br>Councillor D. Bhatt<br><br>"
        "<hr><b>1. Apologies for Absence</b><br>Apologies were received from Councillor <i>A. Mendes</i>.<br><br>"
        "<b>2. Minutes</b><br><b>DECISION:</b> That the minutes be confirmed.<br><br>"
        "</font></body></html>",
        encoding="utf-8",
    )
    blocks = [(b.style, b.number, b.text) for b in extract(page).blocks]
    assert blocks == [
        ("heading", None, "PRESENT:"),
        (None, None, "Councillor Mrs G. Achterberg (Chairman)"),
        (None, None, "Councillor D. Bhatt"),
        ("heading", "1", "Apologies for Absence"),
        (None, None, "Apologies were received from Councillor A. Mendes."),
        ("heading", "2", "Minutes"),
        (None, None, "DECISION: That the minutes be confirmed."),
    ]


def test_minutes_set_out_as_a_table_in_a_pdf():
    blocks = extract(OTHER / "q-westmarch-orley-jhosc-minutes-11-sept-2025.pdf").blocks
    headings = [b.text for b in blocks if b.style == "heading" and b.text.startswith("JHOSC")]
    assert headings[:3] == [
        "JHOSC 25/10 Welcome, introductions and apologies",
        "JHOSC 25/11 Declarations of interest",
        "JHOSC 25/12 Minutes of the previous meeting and action log",
    ]
    # The header row repeated on each page is gone; the action column follows its minute.
    assert not any(b.text.startswith("Item | Discussion") for b in blocks)
    assert any(b.text.startswith("Action / Owner: Update work programme") for b in blocks)
    # A minute's prose is kept in paragraphs, not one line per table row.
    assert any(b.text.startswith("Cllr Aziz asked whether the ICB accepted the report") for b in blocks)


def test_an_exchange_written_turn_by_turn():
    questions, _ = parse_item([Block(text=t, page=1) for t in (
        "Cllr Patel: Of the fourteen providers, how many are owned by private equity?",
        "Assistant Director, Commissioning and Quality (Adults): Four of the fourteen are part of larger groups.",
        "Cllr Patel (supplementary): What is the contingency if one of the zone providers fails?",
        "Director of Adult Social Care: Each zone has a lead provider and a second provider.",
        "Cllr Moss: I just want to put on record that the care workers are doing an extraordinary job.",
        "Chair: Thank you, Cllr Moss.",
        "Cllr Driscoll (Chair): What is being done specifically for men in their forties?",
        "Director of Public Health: The strategy has a dedicated workstream for middle-aged men.",
    )])
    got = [(q.asked_by, q.kind, q.text[:30], q.response.given_by if q.response else None) for q in questions]
    assert got == [
        ("Cllr Patel", "question", "Of the fourteen providers, how", "Assistant Director, Commissioning and Quality (Adults)"),
        ("Cllr Patel", "question", "What is the contingency if one", "Director of Adult Social Care"),
        ("Cllr Moss", "comment", "I just want to put on record t", None),
        ("Cllr Driscoll", "question", "What is being done specificall", "Director of Public Health"),
    ]


def test_a_public_question_after_asked_colon():
    questions, _ = parse_item([Block(text=t, page=1) for t in (
        "Mrs E. Quinlan, of Orchard Way, Netherfield, asked:",
        "“How many families are in bed and breakfast tonight?”",
        "The Portfolio Holder for Housing replied:",
        "“As of 28th February there were 17 families with children in bed and breakfast.”",
    )])
    assert [(q.asked_by, q.response.given_by) for q in questions] == [("Mrs E. Quinlan", "The Portfolio Holder for Housing")]
    assert "17 families" in questions[0].response.text


def test_lettered_items_and_their_sub_headings():
    blocks = [Block(text=t, page=1, style=s) for t, s in (
        ("A. APOLOGIES FOR ABSENCE", "heading"),
        ("Apologies for absence were received from Councillor B Clough.", None),
        ("B. PUBLIC HEALTH GRANT", "heading"),
        ("(i) Grant allocation and reserve", "heading"),
        ("A Member asked whether the uplift would be sufficient.", None),
        ("C. WORK PROGRAMME", "heading"),
        ("RESOLVED: That the work programme be approved.", None),
    )]
    _, items = split_items(blocks)
    assert [(i.number, i.title) for i in items] == [
        ("A", "APOLOGIES FOR ABSENCE"), ("B", "PUBLIC HEALTH GRANT"), ("C", "WORK PROGRAMME")]
    assert "(i) Grant allocation and reserve" in [b.text for b in items[1].blocks]


def test_a_contents_list_and_a_summary_of_decisions_are_not_items():
    lines = [
        "On this page", "Item 1: Apologies", "Item 2: Home care", "Item 3: Work programme", "Attendance",
        "Members present:", "Cllr Owen Driscoll (Chair)",
        "Item 1: Apologies", "Apologies were received from Cllr Lacey.",
        "Item 2: Home care", "RESOLVED: That the contracts be awarded.",
        "Item 3: Work programme", "RESOLVED: That the work programme be agreed.",
        "Summary of decisions", "Item 2 - Home care: contracts to be awarded.",
        "Item 3 - Work programme: agreed.", "Item 1 - Apologies: noted.",
    ]
    preamble, items = split_items([Block(text=t, page=1) for t in lines])
    assert [(i.number, [b.text for b in i.blocks]) for i in items] == [
        ("1", ["Apologies were received from Cllr Lacey."]),
        ("2", ["RESOLVED: That the contracts be awarded."]),
        ("3", ["RESOLVED: That the work programme be agreed.", "Summary of decisions"]),
    ]
    assert "Members present:" in [b.text for b in preamble]


def test_minutes_kept_in_markdown(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(
        "# Health and Care Scrutiny Panel\n\n"
        "**Present:** Councillors Priya Natarajan (Chair), Tom Beckett\n\n"
        "| Name | Role | Attendance |\n|---|---|---|\n| Dr Helen Marchetti | Director of Public Health | In person |\n\n"
        "## 5. Community Pharmacy Access\n\n"
        "- Councillor Siddiqui asked how many of the closures had been\n  independent pharmacies.\n"
        "  - *Response:* Five of the six were branches of national chains.\n\n"
        "> Will the Panel ask for the figures?\n\n"
        "**RESOLVED:** That the report be noted.\n",
        encoding="utf-8",
    )
    blocks = [(b.style, b.text) for b in extract(path).blocks]
    assert blocks == [
        ("heading", "Health and Care Scrutiny Panel"),
        (None, "Present: Councillors Priya Natarajan (Chair), Tom Beckett"),
        ("table", "Name | Role | Attendance"),
        ("table", "Dr Helen Marchetti | Director of Public Health | In person"),
        ("heading", "5. Community Pharmacy Access"),
        (None, "- Councillor Siddiqui asked how many of the closures had been independent pharmacies."),
        (None, "- Response: Five of the six were branches of national chains."),
        (None, "Will the Panel ask for the figures?"),
        (None, "RESOLVED: That the report be noted."),
    ]


def test_word_sections_in_content_controls(tmp_path):
    document = docx.Document()
    document.add_paragraph("Minutes of the Adult Care and Health Overview and Scrutiny Committee")
    body = document.element.body
    for alias, texts in (("Item 5", ["5. ACCESS TO NHS DENTISTRY", "RESOLVED – That the report be noted."]),
                         ("Item", ["Click or tap here to enter text."])):
        sdt, pr, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
        name = OxmlElement("w:alias")
        name.set(qn("w:val"), alias)
        pr.append(name)
        if alias == "Item":
            pr.append(OxmlElement("w:showingPlcHdr"))  # an empty control showing its prompt
        sdt.append(pr)
        for text in texts:
            p = OxmlElement("w:p")
            p.append(_run(text))
            content.append(p)
        sdt.append(content)
        body.insert(len(body) - 1, sdt)  # before the section properties
    path = tmp_path / "template.docx"
    document.save(path)
    assert [b.text for b in extract(path).blocks] == [
        "Minutes of the Adult Care and Health Overview and Scrutiny Committee",
        "5. ACCESS TO NHS DENTISTRY",
        "RESOLVED – That the report be noted.",
    ]


def test_bold_given_by_a_style_class(tmp_path):
    page = tmp_path / "export.html"
    page.write_text(
        "<html><head><style>.c5{font-weight:700}.c1{color:#000000}</style></head><body>"
        '<p class="c3"><span class="c5">6. Temporary</span><span class="c5"> accommodation pressures</span></p>'
        '<p class="c3"><span class="c1">Tom Angove introduced the report.</span></p>'
        "</body></html>",
        encoding="utf-8",
    )
    assert [(b.style, b.number, b.text) for b in extract(page).blocks] == [
        ("heading", None, "6. Temporary accommodation pressures"),
        (None, None, "Tom Angove introduced the report."),
    ]


def test_pdf_titles_in_the_margin_and_run_into_the_text():
    side = extract(OTHER / "s-brentmere-health-scrutiny-minutes-2025-03-11.pdf").blocks
    headings = [b.text for b in side if b.style == "heading" and b.text[:1].isdigit()]
    assert headings[:3] == ["1. Apologies for Absence and Substitutes", "2. Declarations of Interest",
                            "3. Minutes of the Previous Meeting"]
    assert any(b.text.startswith("Apologies for absence were received from Councillor Leonie Fraser.") for b in side)

    run_in = extract(OTHER / "t-norbridge-hasc-scrutiny-minutes-2025-02-19.pdf").blocks
    headings = [b.text for b in run_in if b.style == "heading" and b.text.startswith("(")]
    assert headings[:2] == ["(1) Apologies and Substitutes.", "(2) Declarations of Interests by Members in Items on the Agenda."]
    # The sentence the title ran into starts a paragraph of its own.
    assert any(b.text.startswith("Apologies for absence were received from Mr T Quarrie") for b in run_in)


def test_pdf_names_beside_roles_that_wrap_under_their_column():
    blocks = extract(OTHER / "n-ashworth-health-scrutiny-14-nov-2024.pdf").blocks
    rows = [b.text for b in blocks if b.style == "table"]
    assert "Councillor Sadia Iqbal (Chair) | Labour" in rows
    assert "Helen Brocklehurst | Chief Operating Officer, Ashworth and Moorfield Hospitals NHS Foundation Trust" in rows
    assert "Lisa Crompton | Senior Democratic Services Officer" in rows


def test_points_and_answers_lettered_inside_one_paragraph():
    questions, _ = parse_item([Block(text=t, page=1) for t in (
        "Members raised the following points: (a) the fall in uptake of the second dose of MMR vaccine; "
        "(b) whether the closure of two children's centres had reduced access to health visiting; and "
        "(c) whether the toothbrushing scheme could be extended to every primary school.",
        "In response, officers advised that: (a) community champions were running drop-in clinics in mosques; "
        "(b) health visiting had moved into the family hubs; and (c) any extension would depend on the grant.",
    )])
    assert [(q.text[:30], q.response.text[:30] if q.response else None) for q in questions] == [
        ("the fall in uptake of the seco", "community champions were runni"),
        ("whether the closure of two chi", "health visiting had moved into"),
        ("whether the toothbrushing sche", "any extension would depend on "),
    ]


def test_who_asked_and_answered_on_lines_of_their_own(tmp_path):
    page = tmp_path / "govuk.html"
    page.write_text(
        '<html><body><h2>4. Public questions</h2><dl class="govuk-summary-list">'
        '<div class="govuk-summary-list__row"><dt>Asked by</dt><dd>Mr Colin Ashworth, Carers’ Group</dd></div>'
        '<div class="govuk-summary-list__row"><dt>Question</dt><dd>Will the council guarantee that the centre stays open?</dd></div>'
        '<div class="govuk-summary-list__row"><dt>Answered by</dt><dd>Councillor Lorraine Whitby</dd></div>'
        '<div class="govuk-summary-list__row"><dt>Answer</dt><dd>A full analysis will be reported to this committee.</dd></div>'
        "</dl></body></html>",
        encoding="utf-8",
    )
    blocks = extract(page).blocks
    assert [b.text for b in blocks[1:]] == [
        "Asked by: Mr Colin Ashworth, Carers’ Group", "Question: Will the council guarantee that the centre stays open?",
        "Answered by: Councillor Lorraine Whitby", "Answer: A full analysis will be reported to this committee.",
    ]
    [question], _ = parse_item(blocks[1:])
    assert (question.asked_by, question.response.given_by) == ("Mr Colin Ashworth", "Councillor Lorraine Whitby")


def test_a_public_statement_is_a_comment_not_a_question():
    questions, _ = parse_item([Block(text=t, page=1) for t in (
        "Statement from Mrs Eileen Cartwright",
        "Mrs Cartwright said that the closure of the branch surgery would leave 3,800 patients facing a two-bus journey.",
        "The Chair thanked Mrs Cartwright for her statement and said that it would be taken into account under Item 5.",
        "Question from Mr Dennis Hulme",
        "Mr Hulme asked why the grass verges had been left uncut for six weeks.",
        "Reply: The Chair replied that the contractor had been short of staff.",
    )])
    assert [(q.kind, q.asked_by, q.response is not None) for q in questions] == [
        ("comment", "Mrs Eileen Cartwright", False), ("question", "Mr Dennis Hulme", True)]


def test_attendance_table_with_several_people_to_a_cell():
    from minutes.parse.meeting import attendance_from_blocks

    people = attendance_from_blocks([
        Block(text="Members | Officers and guests", page=1, style="table"),
        Block(text="Cllr Sarah Tennant (Chair)\nCllr Tom Lomax | Dr Helen Askew, Director of Public Health\nAlice Young, Scrutiny Officer",
              page=1, style="table"),
    ])
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Cllr Sarah Tennant", "Chair", "present"), ("Cllr Tom Lomax", None, "present"),
        ("Dr Helen Askew", "Director of Public Health", "in_attendance"), ("Alice Young", "Scrutiny Officer", "in_attendance"),
    ]


def test_pdf_titles_set_larger_on_a_band_are_headings():
    blocks = extract(OTHER / "w-kestermoor-hasc-minutes-2025-10-14.pdf").blocks
    headings = [b.text for b in blocks if b.style == "heading" and b.text[:1].isdigit()]
    assert headings[:2] == ["1 Apologies for Absence and Substitutions", "2 Declarations of Interest"]


def test_word_minutes_framed_in_a_single_table_cell(tmp_path):
    document = docx.Document()
    frame = document.add_table(rows=1, cols=1).cell(0, 0)
    frame.paragraphs[0].add_run("8. Children's Social Care Workforce").bold = True
    frame.add_paragraph("Councillor Jaworski asked what the average caseload was.")
    frame.add_paragraph("RESOLVED: That the report be noted.")
    path = tmp_path / "framed.docx"
    document.save(path)
    assert [(b.style, b.text) for b in extract(path).blocks] == [
        ("heading", "8. Children's Social Care Workforce"),
        (None, "Councillor Jaworski asked what the average caseload was."),
        (None, "RESOLVED: That the report be noted."),
    ]


def test_two_points_in_one_sentence():
    questions, _ = parse_item([Block(text="Councillor Gorringe queried whether physician associates were being used "
                                          "in place of GPs, and the Chair asked how patients would know which "
                                          "professional they were seeing.", page=1)])
    assert [(q.asked_by, q.text[:35]) for q in questions] == [
        ("Councillor Gorringe", "Councillor Gorringe queried whether"), ("the Chair", "the Chair asked how patients would ")]


def test_a_schedule_of_decisions_at_the_end_belongs_to_the_items_it_names():
    blocks = [Block(text=t, page=1, style=s) for t, s in (
        ("Minute 45/2025 – Patient Transport", "heading"),
        ("Mrs Brindle asked why journeys were late.", None),
        ("Minute 46/2025 – Community Equipment", "heading"),
        ("Mr Yelland asked why an eight-year term was proposed.", None),
        ("SCHEDULE OF DECISIONS", "heading"),
        ("45/2025", "heading"),
        ("RESOLVED that the report be noted.", None),
        ("46/2025", "heading"),
        ("RESOLVED that the procurement approach be endorsed.", None),
    )]
    _, items = split_items(blocks)
    assert [(i.number, [b.text for b in i.blocks][-1]) for i in items] == [
        ("45/2025", "RESOLVED that the report be noted."),
        ("46/2025", "RESOLVED that the procurement approach be endorsed."),
    ]


def test_word_plain_text_keeps_the_meaning_of_its_tabs(tmp_path):
    path = tmp_path / "saved-from-word.txt"
    path.write_bytes("\r\n".join([
        "PRESENT:",
        "Councillor Margaret Ellwood\tChairman",
        "Item 6\tHome Care Recommissioning",
        "The following points were raised in discussion:",
        "\u00b7\tCouncillor Petty asked how many people would have to change their care provider.",
        "o\tOfficers confirmed that approximately 640 people would transfer to a new provider.",
    ]).encode("cp1252"))
    blocks = [b.text for b in extract(path).blocks]
    assert "Councillor Margaret Ellwood – Chairman" in blocks
    assert "Item 6 Home Care Recommissioning" in blocks
    questions, _ = parse_item([Block(text=t, page=1) for t in blocks[3:]])
    assert [(q.asked_by, q.response.text[:20]) for q in questions] == [("Councillor Petty", "Officers confirmed t")]


def test_minutes_published_in_a_pre_block(tmp_path):
    page = tmp_path / "plain.html"
    page.write_text(
        "<html><body><nav>Home | Council</nav><pre>\n"
        "Minutes of the meeting held on Tuesday 22 July 2025 at 2.00 pm in the\n"
        "Kirkgate Room, Brackenmoor Civic Centre.\n\n"
        "5.  TEMPORARY ACCOMMODATION\n"
        "---------------------------\n\n"
        "Cllr Byrne asked how many families with children were in bed and\n"
        "breakfast accommodation. The Head of Housing Options said that there\n"
        "were nine such families at the end of June, down from twenty-three.\n\n"
        "RESOLVED - That the report be noted.\n\n"
        "6.  WORK PROGRAMME\n"
        "------------------\n\n"
        "RESOLVED - That the work programme be agreed.\n"
        "</pre></body></html>",
        encoding="utf-8",
    )
    blocks = extract(page).blocks
    assert "Cllr Byrne asked how many families with children were in bed and breakfast accommodation. The Head of " \
           "Housing Options said that there were nine such families at the end of June, down from twenty-three." \
           in [b.text for b in blocks]
    _, items = split_items(blocks)
    assert [(i.number, i.title) for i in items] == [("5", "TEMPORARY ACCOMMODATION"), ("6", "WORK PROGRAMME")]


def test_minutes_forwarded_in_an_email_with_every_line_quoted(tmp_path):
    path = tmp_path / "forwarded.txt"
    path.write_text(
        "From: Rayne, Carys\nSent: 20 February 2025 09:14\nSubject: FW: draft minutes\n\n"
        "Please find the draft minutes below.\n\n"
        "> Item 4 - Public Questions\n>\n"
        "> Mrs Byrne asked whether the minor injuries unit would reopen\n"
        "> overnight before the summer.\n>\n"
        "> RESOLVED: That the report be noted.\n",
        encoding="utf-8",
    )
    texts = [b.text for b in extract(path).blocks]
    assert "Mrs Byrne asked whether the minor injuries unit would reopen overnight before the summer." in texts
    assert "RESOLVED: That the report be noted." in texts


def test_line_numbers_in_a_pdf_margin_are_not_part_of_the_text():
    blocks = extract(OTHER / "ab-wexcombe-ahh-scrutiny-panel-minutes-2024-12-03.pdf").blocks
    headings = [b.text for b in blocks if b.style == "heading" and b.text[:1].isdigit()]
    assert headings[:2] == ["1. APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", "2. DECLARATIONS OF INTEREST"]
    assert any(b.text.startswith("Councillor Delaney asked what proportion of social work posts were filled by agency staff")
               for b in blocks)


def test_item_numbers_set_apart_from_their_titles():
    blocks = [Block(text=t, page=1, style=s) for t, s in (
        ("APOLOGIES FOR ABSENCE AND SUBSTITUTIONS Minute 34", "heading"),
        ("Apologies were received from Councillor Bell.", None),
        ("Item 35", None),
        ("Declarations of interest", "heading"),
        ("There were none.", None),
        ("Decision", "heading"),
        ("The Panel noted the report.", None),
    )]
    _, items = split_items(blocks)
    assert [(i.number, i.title) for i in items] == [
        ("34", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"), ("35", "Declarations of interest")]


def test_an_answer_in_italics_at_the_end_of_a_paragraph(tmp_path):
    page = tmp_path / "item.html"
    page.write_text(
        "<html><body><section><h2>Item 5: Home care</h2>"
        "<p><strong>Question:</strong> Councillor Whitlock asked how many providers were owned by national groups. "
        "<em>The Head of Commissioning said that seven of the eleven providers belonged to national groups.</em></p>"
        '<aside class="decision"><p>RESOLVED: That the report be noted.</p></aside>'
        "</section></body></html>",
        encoding="utf-8",
    )
    blocks = extract(page).blocks
    assert [b.style for b in blocks] == ["heading", None, "response", None]
    questions, resolutions = parse_item(blocks[1:])
    assert questions[0].response.text.startswith("The Head of Commissioning said")
    assert [r.text for r in resolutions] == ["RESOLVED: That the report be noted."]


def test_attendance_labels_in_capitals_with_dot_leaders_and_bodies_over_their_people():
    from minutes.parse.meeting import attendance_from_blocks

    blocks = [Block(text=t, page=1) for t in (
        "MEMBERS PRESENT Cllr Yvonne Tasker ................ (Chair)",
        "Cllr Bernard Lowe",
        "APOLOGIES ........ Cllr Neil Fothergill, Cllr Anna Grieve",
        "OFFICERS IN ATTENDANCE Jacqueline Orme Director of Children's Services",
        "Farah Iqbal Commissioning Manager, Placements and Sufficiency (Children)",
        "Also in attendance",
        "NHS Ashcombe, Kelbury and Thamesmoor Integrated Care Board",
        "Stephen Hallam Director of Urgent and Emergency Care",
        "Healthwatch Kelbury",
        "Ruth Oduya Healthwatch Manager",
        "Committee members present",
        "Councillor Maureen Ashby Kelbury Borough Council",
    )]
    people = {a.name: (a.role, a.attendance) for a in attendance_from_blocks(blocks)}
    assert people == {
        "Cllr Yvonne Tasker": ("Chair", "present"),
        "Cllr Bernard Lowe": (None, "present"),
        "Cllr Neil Fothergill": (None, "apologies"),
        "Cllr Anna Grieve": (None, "apologies"),
        "Jacqueline Orme": ("Director of Children's Services", "in_attendance"),
        "Farah Iqbal": ("Commissioning Manager, Placements and Sufficiency (Children)", "in_attendance"),
        "Stephen Hallam": ("Director of Urgent and Emergency Care", "in_attendance"),
        "Ruth Oduya": ("Healthwatch Manager", "in_attendance"),
        "Councillor Maureen Ashby": ("Kelbury Borough Council", "present"),
    }


def test_plain_text_items_in_square_brackets_with_underlined_sub_headings(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(
        "HOUSING SCRUTINY PANEL\n======================\n\n"
        "Present: Councillor J. Whitcombe (Chairman) and Councillor L. Baines.\n\n"
        "[27] APOLOGIES FOR ABSENCE\n==========================\n\n"
        "Apologies for absence were received from Councillor P. Grange.\n\n"
        "[31] TEMPORARY ACCOMMODATION\n============================\n\n"
        "Discussion\n----------\n\n"
        "Councillor Baines raised the question of why so much of the accommodation was\n"
        "nightly-paid rather than leased. Ms Kershaw replied that Brackenfield Homes held\n"
        "64 leased units against a target of a hundred and twenty, the rest of them being\n"
        "120.\n\n"
        "Recommendation to Cabinet\n-------------------------\n\n"
        "That Cabinet commission a business case for the purchase of up to 40 homes.\n",
        encoding="utf-8",
    )
    _, items = split_items(extract(path).blocks)
    assert [(i.number, i.title) for i in items] == [("27", "APOLOGIES FOR ABSENCE"), ("31", "TEMPORARY ACCOMMODATION")]
    questions, resolutions = parse_item(items[1].blocks)
    assert [q.text for q in questions] == [
        "Councillor Baines raised the question of why so much of the accommodation was nightly-paid rather than leased."]
    assert questions[0].response.text.endswith("the rest of them being 120.")
    assert [(r.text, r.outcome) for r in resolutions] == [(
        "Recommendation to Cabinet\nThat Cabinet commission a business case for the purchase of up to 40 homes.",
        "recommended")]


def test_a_point_put_in_an_opening_phrase_and_other_ways_of_raising_one():
    blocks = [Block(text=t, page=1) for t in (
        "Asked by Councillor Siddiqui what proportion of the providers were owned by private equity investors, "
        "the Head of Commissioning said that 7 of the 18 providers fell into that category.",
        "Councillor Adeyemi was keen to understand why handover delays had worsened over the summer. "
        "The Chief Medical Officer attributed the deterioration chiefly to bed occupancy.",
        "Mr Rhys enquired whether the reduction came from permanent contracts; the Director’s answer was that "
        "half had come from each route.",
        "Councillor Adeyemi pressed officers on whether the framework rate was sufficient.",
        "Councillor Pike was not persuaded that the market would correct itself.",
        "Councillor Arkwright asked that his dissent from the recommendation be recorded.",
    )]
    questions, _ = parse_item(blocks)
    assert [(q.kind, q.asked_by, bool(q.response)) for q in questions] == [
        ("question", "Councillor Siddiqui", True),
        ("question", "Councillor Adeyemi", True),
        ("question", "Mr Rhys", True),
        ("question", "Councillor Adeyemi", False),
        ("concern", "Councillor Pike", False),
    ]
    assert questions[0].response.text.startswith("the Head of Commissioning said")


def test_a_sentence_cut_by_a_page_break_after_an_open_word_is_joined():
    path = OTHER / "ae-thornmere-hosc-2025-10-14.pdf"
    texts = [b.text for b in extract(path).blocks]
    assert any("requested that an item on access to NHS dentistry be added" in t for t in texts)


def test_a_committee_title_wrapped_round_a_logo_in_the_header():
    from minutes.pipeline import read_document

    document = read_document(OTHER / "ae-thornmere-hosc-2025-10-14.pdf")
    assert document.committee == "Health Overview and Scrutiny Committee"


def test_item_titles_underlined_rather_than_bold():
    path = OTHER / "ah-carrowford-health-care-scrutiny-commission-2025-12-04.pdf"
    _, items = split_items(extract(path).blocks)
    assert [(i.number, i.title) for i in items][:4] == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"), ("3", "Minutes"),
        ("4", "Questions from Members of the Public")]
    assert len(items) == 10


def test_officer_response_answers_the_points_of_the_paragraph_above_in_order():
    blocks = [Block(text=t, page=1, style=s) for t, s in (
        ("Members’ questions and comments", "heading"),
        ("Members asked whether the hourly rate of £24.10 would let providers pay care workers the real living wage. "
         "Mr Brereton questioned why the valley lots had attracted no compliant bids in 2022.", None),
        ("Officer response", "heading"),
        ("The Assistant Director explained that the rate included a mileage element and that providers must pay "
         "the living wage. Two of the valley lots would carry a guaranteed volume of hours to attract bids. "
         "This had been welcomed by providers.", None),
        ("Mrs Okafor said that Healthwatch had received reports of missed visits, and asked how quality would be "
         "monitored.", None),
    )]
    questions, _ = parse_item(blocks)
    assert [q.asked_by for q in questions] == [None, "Mr Brereton", "Mrs Okafor"]
    assert questions[0].response.text.startswith("The Assistant Director explained")
    assert questions[1].response.text.startswith("Two of the valley lots")
    assert questions[1].response.text.endswith("welcomed by providers.")
    assert questions[2].response is None


def test_attendance_in_a_meeting_details_table_and_after_the_last_item():
    from minutes.pipeline import read_document

    document = read_document(OTHER / "ag-medwold-cyp-scrutiny-2025-11-20.docx")
    people = {a.name: a.attendance for a in document.attendees}
    assert document.doc_type == "minutes"
    assert document.committee == "Children and Young People Scrutiny Committee"
    assert people["Councillor Sarah Whitlock"] == "present"
    assert people["Mr Lionel Baptiste"] in ("present", "in_attendance")  # a co-opted member
    assert people["Joanne Tiernan"] == "in_attendance"
    assert not {"Meeting", "Venue"} & set(people)

    document = read_document(OTHER / "ag-severnshire-asch-osc-2025-10-14.pdf")
    people = {a.name: a.attendance for a in document.attendees}
    assert people["Mr R G Halloran"] == "present"  # under "Conservative Group"
    assert people["Ms C Idowu"] == "present"  # "Ms C Idowu *"
    assert people["Dr O Achterberg"] == "in_attendance"  # listed after the last minute


def test_minute_and_subject_pairs_and_minute_numbers_above_titles():
    blocks = [Block(text=t, page=1, style=s) for t, s in (
        ("Minute: 24", None),
        ("Subject: Apologies for absence", None),
        ("Apologies were received from Councillor Dale.", None),
        ("MINUTE 58/24", "heading"),
        ("Hospital Discharge – Update", "heading"),
        ("The Committee received an update.", None),
    )]
    _, items = split_items(blocks)
    assert [(i.number, i.title) for i in items] == [("24", "Apologies for absence"), ("58/24", "Hospital Discharge – Update")]


def test_a_list_of_questions_answered_by_a_list_of_answers_in_their_order():
    blocks = [Block(text=t, page=1, style=s) for t, s in (
        ("Members asked about:", None),
        ("the additional journey times for Stoweley residents in rural villages;", "list"),
        ("whether the ambulance service had the capacity to absorb longer conveyance times;", "list"),
        ("whether Stoweley would keep its stroke rehabilitation beds.", "list"),
        ("The ICB advised that:", None),
        ("96% of the Stoweley population would reach a stroke unit within 60 minutes;", "list"),
        ("two more ambulances would protect response times;", "list"),
        ("the 18 rehabilitation beds at Stoweley Community Hospital would be retained.", "list"),
    )]
    questions, _ = parse_item(blocks)
    assert [q.kind for q in questions] == ["question"] * 3
    assert [q.response.text[:10] for q in questions] == ["96% of the", "two more a", "the 18 reh"]
    assert questions[0].response.given_by == "The ICB"


def test_attendance_table_grouped_by_authority_with_people_on_lines_of_a_cell(tmp_path):
    page = tmp_path / "minutes.html"
    page.write_text(
        "<html><body><h2>Attendance</h2><table>"
        "<tr><th>Authority</th><th>Present</th><th>Apologies</th></tr>"
        "<tr><td>Brackenford City Council</td><td>Councillor Amira Kassam (Chair)<br>Councillor Gareth Lowry</td>"
        "<td>–</td></tr>"
        "<tr><td>Stoweley Borough Council</td><td>Councillor Femi Adeyemi</td><td>Councillor Lorna Quayle</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    from minutes.parse.meeting import attendance_from_blocks

    people = {(a.name, a.role, a.attendance) for a in attendance_from_blocks(extract(page).blocks)}
    assert people == {
        ("Councillor Amira Kassam", "Chair", "present"), ("Councillor Gareth Lowry", None, "present"),
        ("Councillor Femi Adeyemi", None, "present"), ("Councillor Lorna Quayle", None, "apologies"),
    }


def test_a_report_with_evidence_sessions_is_not_minutes():
    from minutes.pipeline import read_document

    document = read_document(OTHER / "ai-hallowmere-care-at-home-review-final-report.docx")
    assert document.doc_type == "report"
    assert not any(item.questions or item.resolutions for item in document.items)


def test_bullets_lost_in_conversion_and_a_decision_lead_in_without_a_colon():
    blocks = [Block(text=t, page=1) for t in (
        "The following comments were made by Members:",
        "? that six civil penalties in a year seemed very low;",
        "? a request that the Panel be told what funding the Government would provide.",
        "RESOLVED: That the Panel",
        "(a) notes the arrangements for severe weather provision; and",
        "(b) supports the proposed extension of the street outreach contract.",
    )]
    questions, resolutions = parse_item(blocks)
    assert [q.text for q in questions] == [
        "that six civil penalties in a year seemed very low;",
        "a request that the Panel be told what funding the Government would provide."]
    assert len(resolutions) == 1 and resolutions[0].text.endswith("street outreach contract.")


def test_word_minutes_in_a_table_with_the_number_opening_the_minute(tmp_path):
    document = docx.Document()
    document.add_paragraph("Minutes of the meeting of the People Scrutiny Committee held on 2 October 2025")
    table = document.add_table(rows=0, cols=2)
    rows = (
        ("Minute", "Discussion and decision"),
        ("Present", "Councillor Denise Harrow (Chair); Councillor Imran Siddiqui"),
        ("Action log", "38. The Scrutiny Officer presented the action log. Councillor Pell asked when the "
                       "promised briefing on damp and mould would be held, and was told it was set for November.\n"
                       "The Committee NOTED the action log."),
        ("Work programme", "39. The Scrutiny Officer presented the work programme, which had been updated since "
                           "the last meeting to include the items members had asked for.\nThe Committee AGREED the "
                           "work programme."),
    )
    for title, text in rows:
        cells = table.add_row().cells
        cells[0].text = title
        cells[1].text = ""
        for k, line in enumerate(text.split("\n")):
            (cells[1].paragraphs[0] if k == 0 else cells[1].add_paragraph()).add_run(line)
    path = tmp_path / "minutes.docx"
    document.save(path)
    blocks = extract(path).blocks
    assert "Present | Councillor Denise Harrow (Chair); Councillor Imran Siddiqui" in [b.text for b in blocks]
    _, items = split_items(blocks)
    assert [(i.number, i.title) for i in items] == [("38", "Action log"), ("39", "Work programme")]
    assert items[0].blocks[0].text.startswith("The Scrutiny Officer presented the action log.")


def test_questions_and_answers_labelled_inside_one_paragraph():
    blocks = [Block(text=(
        "Members then asked a number of questions, which are summarised below. Q: Cllr Whitcombe asked why the unit "
        "was still closed. A: The Director of Midwifery explained that the new midwives needed preceptorship. "
        "Q: How many babies had been transferred out of the county? A: Twenty-three babies had been transferred."),
        page=1)]
    questions, _ = parse_item(blocks)
    assert [(q.text[:20], q.response.text[:20]) for q in questions] == [
        ("Cllr Whitcombe asked", "The Director of Midw"), ("How many babies had ", "Twenty-three babies ")]


def test_several_attendance_labels_on_one_line():
    from minutes.parse.meeting import attendance_from_blocks

    blocks = [Block(text="Present: Cllrs Alan Smith (Chair), Rita Patel, Officers: Jane Corrie (Head of Housing), "
                         "Mike Tan (Community Safety Officer), Also attending: Kerry Doyle (Healthwatch)")]
    people = {(a.name, a.attendance) for a in attendance_from_blocks(blocks)}
    assert people == {("Cllr Alan Smith", "present"), ("Cllr Rita Patel", "present"),
                      ("Jane Corrie", "in_attendance"), ("Mike Tan", "in_attendance"),
                      ("Kerry Doyle", "in_attendance")}


def test_page_furniture_in_text_saved_from_a_paged_document(tmp_path):
    path = tmp_path / "minutes.txt"
    body = (
        "       58.    TEMPORARY ACCOMMODATION\n\n"
        "       Councillor Mrs Bexley asked that the Committee receive a\n"
        "       breakdown of the length of stay in temporary accommodation by\n"
        "       household type. The Manager undertook to circulate this to\n"
        "       Members.\n\n"
        "       RESOLVED: That the Executive be RECOMMENDED to (a) approve in\n"
        "       principle the purchase of properties for use as temporary\n\n"
        "                                            Chairman's initials ........\n"
        "\f\nOverview and Scrutiny Committee - 3.12.25                      Page 3\n\n"
        "       accommodation, subject to a business case; and (b) request a\n"
        "       progress report within six months.\n\n"
        "                                            Chairman's initials ........\n"
        "\f\nOverview and Scrutiny Committee - 3.12.25                      Page 4\n\n"
        "       59.    LEISURE CENTRE CONTRACT\n\n"
        "       The Contracts Officer presented the report on the options.\n"
    )
    path.write_text(body, encoding="utf-8")
    texts = [b.text for b in extract(path).blocks]
    assert not any("initials" in t or "Page 3" in t for t in texts)
    assert ("Councillor Mrs Bexley asked that the Committee receive a breakdown of the length of stay in temporary "
            "accommodation by household type. The Manager undertook to circulate this to Members.") in texts
    assert any(t.startswith("RESOLVED: That the Executive") and t.endswith("within six months.") for t in texts)


def test_a_deferral_reported_above_the_resolution_that_defers_is_one_decision():
    blocks = [Block(text=t, page=1) for t in (
        "The item was deferred to the next meeting at the request of the Cabinet Member.",
        "RESOLVED: That consideration of the action plan be deferred to the meeting on 2 December 2025.",
    )]
    _, resolutions = parse_item(blocks)
    assert [(r.text[:20], r.outcome) for r in resolutions] == [("RESOLVED: That consi", "deferred")]


def _read(name: str):
    from minutes.pipeline import read_document

    return read_document(OTHER / name)


def _attendance(document) -> dict[str, str]:
    return {a.name: a.attendance for a in document.attendees}


def test_attendance_in_a_boxed_panel_beside_the_first_minutes():
    document = _read("ao-kelderby-health-scrutiny-committee-2025-03-11.pdf")
    people = _attendance(document)
    assert people["Councillor D. Brannigan"] == "present"
    assert people["G. Lomax"] == "in_attendance"
    assert people["Councillor A. Sutcliffe"] == "apologies"
    # The minutes beside the panel read as whole paragraphs, not mixed with the names.
    assert not any("Councillor" in a.name and "Whitcombe and" in a.name for a in document.attendees)
    titles = [(i.number, i.title) for i in document.items]
    assert [n for n, _ in titles] == [str(n) for n in range(44, 52)]


def test_the_committee_over_clauses_with_capitalised_verbs_is_one_decision():
    document = _read("ao-kelderby-health-scrutiny-committee-2025-03-11.pdf")
    item = next(i for i in document.items if i.number == "47")
    assert len(item.resolutions) == 1
    assert "(b) REQUESTED that the Director of Public Health" in item.resolutions[0].text
    assert not any("REQUESTED" in q.text for q in item.questions)


def test_a_question_table_whose_row_is_split_by_a_page_break():
    document = _read("ao-kelderby-health-scrutiny-committee-2025-03-11.pdf")
    item = next(i for i in document.items if i.number == "48")
    asked = {q.asked_by: q for q in item.questions}
    darnley = next(q for q in item.questions if q.text.startswith("Mrs Darnley"))
    assert darnley.text.endswith("urgent treatment centre at Castle Rise.")
    assert darnley.response.text.endswith("would run from September.")
    assert not any(q.text == "Question raised" for q in item.questions)
    chair = next(q for q in item.questions if q.text.startswith("The Chair requested"))
    assert chair.response is None  # "–": no answer was given
    assert len(asked) >= 4


def test_word_attendance_in_a_text_box_and_item_numbers_from_a_numbered_bold_style():
    document = _read("ao-calderwick-adult-social-care-scrutiny-panel-2025-02-04.docx")
    assert [i.number for i in document.items] == [str(n) for n in range(61, 68)]
    people = _attendance(document)
    assert people["Councillor Joan Pettifer"] == "present"
    assert people["Lewis Carr"] == "in_attendance"
    # A body in brackets after a person names where they come from, not the meeting.
    assert document.committee == "Adult Social Care Scrutiny Panel"


def test_a_motion_carried_then_recorded_as_resolved_is_one_decision():
    document = _read("ap-kestwick-health-wellbeing-scrutiny-2025-09-23.pdf")
    item6 = next(i for i in document.items if i.number == "6")
    assert [r.outcome for r in item6.resolutions] == ["recommended"]
    item7 = next(i for i in document.items if i.number == "7")
    # "... casting vote against the motion, which was declared LOST.", then the decision made
    assert [r.outcome for r in item7.resolutions][0] == "rejected"
    assert len(item7.resolutions) == 2
    # "the proposed uplift" is not a motion being proposed
    assert any(q.text.startswith("Councillor Dutt asked how the proposed uplift") for q in item7.questions)


def test_a_justified_line_is_not_short_beside_a_title_running_into_the_margin():
    texts = [b.text for b in extract(OTHER / "ap-kestwick-health-wellbeing-scrutiny-2025-09-23.pdf").blocks]
    assert any("delays at Northwick General remained among the worst" in t for t in texts)
    assert any("had risen by 6.7 per cent but" in t for t in texts)


def test_web_page_attendance_cards_and_tabs():
    document = _read("ap-northmoor-hosc-2025-06-12.html")
    people = {a.name: a for a in document.attendees}
    assert people["Councillor Helen Marsh"].role == "Chairman"
    assert people["Councillor Sandra Whitlow"].attendance == "apologies"
    assert "Webcast" not in people and "Virtual" not in people
    points = [q.text for i in document.items for q in i.questions]
    assert any(p.startswith("A further query concerned the use of agency staff") for p in points)


def test_headings_numbered_by_the_style_sheet(tmp_path):
    page = tmp_path / "minutes.html"
    page.write_text(
        "<html><head><style>main { counter-reset: item } main h2 { counter-increment: item }"
        " main h2::before { content: counter(item) \". \" }</style></head><body><main>"
        "<h1>Adults Scrutiny Committee – minutes</h1><p>Date: Tuesday 11 March 2025</p>"
        "<h2>Apologies</h2><p>None.</p><h2>Minutes</h2><p>RESOLVED: That the minutes be approved.</p>"
        "</main></body></html>", encoding="utf-8")
    _, items = split_items(extract(page).blocks)
    assert [(i.number, i.title) for i in items] == [("1", "Apologies"), ("2", "Minutes")]


def test_minutes_exported_from_a_note_taking_app():
    document = _read("aq-harnley-overview-scrutiny-2025-02-04.txt")
    assert document.doc_type == "minutes"
    assert [i.number for i in document.items] == [str(n) for n in range(1, 9)]
    item4 = next(i for i in document.items if i.number == "4")
    first = item4.questions[0]
    assert first.text.startswith("Why has the number of families placed in bed and breakfast")
    assert first.response.text.startswith("Mainly section 21 notices")
    item7 = next(i for i in document.items if i.number == "7")
    assert [r.outcome for r in item7.resolutions] == ["deferred"]  # "Item deferred to the meeting on ..."
    assert _attendance(document)["Sophie Laing"] == "in_attendance"  # "Minute taker: ..."


def test_a_date_approved_at_a_later_meeting_is_not_the_meeting_date():
    document = _read("aq-westmarsh-adults-health-scrutiny-2025-03-11.html")
    assert document.meeting_date == "2025-03-11"
    assert [i.number for i in document.items][:3] == ["1", "2", "3"]
    people = _attendance(document)
    assert "Officers" not in people
    assert people["Helen Marchbank"] == "in_attendance"  # "Officers and others in attendance: ..."
    assert "Councillor Anita Brookes" not in people  # the same person as "Cllr Anita Brookes"


def test_word_label_tables_with_questions_and_responses_listed_in_order():
    document = _read("ar-calder-wenning-joint-hosc-2025-09-22.docx")
    item4 = next(i for i in document.items if i.number == "4")
    answers = {q.text.split(" asked")[0]: q.response for q in item4.questions}
    assert answers["Councillor Ridehalgh"].text.startswith("Mrs Holroyd said that modelling showed")
    assert [r.outcome for r in item4.resolutions] == ["recommended"]  # a deferral asked of another body
    item5 = next(i for i in document.items if i.number == "5")
    comment = next(q for q in item5.questions if q.text.startswith("Councillor Bairstow commented"))
    assert comment.response is None  # "—"
    item3 = next(i for i in document.items if i.number == "3")
    assert [r.outcome for r in item3.resolutions] == ["agreed"]
    # Attendance in one column per council
    assert _attendance(document)["Councillor R Entwistle-Shaw"] == "present"


def test_apologies_from_two_people_with_a_substitute_in_brackets():
    document = _read("ar-wexcombeshire-health-scrutiny-2025-10-14.pdf")
    people = {a.name: a for a in document.attendees}
    assert people["Mr W Gedge"].attendance == "apologies"
    assert people["Mr W Gedge"].role.startswith("Co-opted Member")
    # The officer introducing the report raises no point
    assert not any(q.text.startswith("Mr Elstob introduced the report") for i in document.items for q in i.questions)


def test_prefixed_minute_numbers_above_their_titles_and_attendance_at_the_end():
    document = _read("as-northbridge-city-council-hasc-commission-2025-06-18.pdf")
    assert [i.number for i in document.items] == [f"HASC/25/{n}" for n in range(17, 24)]
    people = {a.name: a for a in document.attendees}
    assert people["Councillor Tom Whitlow"].attendance == "present"  # "Commissioners present:"
    assert people["Councillor Sian Parry"].attendance == "present"
    assert "Cllr Parry" not in people  # named in passing above the record of attendance
    assert people["Simon Keele"].role == "Head of Commissioning and Market Management (Adults)"
    winter = next(i for i in document.items if i.number == "HASC/25/20")
    # "Commission's conclusions" over the Chair's summary is not a decision; "AGREED:" below is
    assert len(winter.resolutions) == 1 and winter.resolutions[0].text.startswith("AGREED")
    assert not any(q.text.startswith("The Chair summarised") for q in winter.questions)


def test_word_minutes_table_with_number_and_title_in_one_cell_and_continuation_rows():
    document = _read("as-ashcombe-district-council-overview-scrutiny-2025-07-08.docx")
    assert [i.number for i in document.items] == [str(n) for n in range(9, 17)]
    homelessness = next(i for i in document.items if i.number == "12")
    assert len(homelessness.questions) >= 4
    assert [r.outcome for r in homelessness.resolutions] == ["agreed"]  # noted, and figures "be reported"


def test_answers_on_lines_marked_with_a_quote_mark_under_each_point():
    document = _read("at-brackenfold-health-scrutiny-panel-2025-03-04.txt")
    gp = next(i for i in document.items if i.number == "4")
    first = gp.questions[0]
    assert first.text.endswith("had gone within twenty minutes.")
    assert first.response.text.startswith("Dr Wyke said the practices had moved to a total triage model")
    people = {a.name: a for a in document.attendees}
    assert people["Cllr D Pickersgill"].role == "Chair"  # "In the Chair: ..."
    assert people["Cllr P Sadler"].attendance == "apologies"  # a line back out of a hanging indent


def test_minutes_in_one_html_table_with_a_heading_row():
    document = _read("at-westmarch-asch-select-committee-2025-06-17.html")
    names = {a.name for a in document.attendees}
    assert not names & {"No", "No.", "Subject", "Minute"}
    item = next(i for i in document.items if i.number == "24")
    # "He drew attention to ..." goes on from the Director's introduction
    assert not any(q.text.startswith("He drew attention") for q in item.questions)


def test_minute_numbers_in_brackets_after_word_headings():
    document = _read("au-harbourne-childrens-services-scrutiny-2025-02-04.docx")
    assert [i.number for i in document.items] == [str(n) for n in range(37, 45)]
    assert "Elective home education" in [i.title for i in document.items]


def test_margin_titles_on_a_short_last_page_and_a_written_answer_run_on_after_its_lead_in():
    document = _read("au-wessendon-health-overview-scrutiny-2025-03-12.pdf")
    assert [i.number for i in document.items] == [str(n) for n in range(14, 23)]
    public = next(i for i in document.items if i.number == "17")
    question = public.questions[0]
    assert "what assurance can the ICB give that villagers without a car" in question.text
    assert question.asked_by == "Mr Ellery"
    assert question.response.text.startswith("“The practice partnership applied to close")
    assert question.response.given_by == "the ICB"


def test_html_question_and_answer_labels_naming_who_and_attendance_as_dashed_records():
    document = _read("av-wrenfield-adults-health-scrutiny-2025-06-17.html")
    people = {a.name: a for a in document.attendees}
    assert people["Councillor Helen Marchbank"].role == "Chair"
    assert people["Councillor Neil Parfitt"].attendance == "absent"
    assert people["Keith Rowland"].attendance == "in_attendance"
    care = next(i for i in document.items if i.number == "5")
    first = care.questions[0]
    assert first.response.text.startswith("Around 410 people")
    assert first.response.given_by == "Director of Adult Social Services"
    assert any(q.kind == "comment" and q.asked_by == "Cllr Ansty" for q in care.questions)


def test_an_amendment_that_fell_on_the_votes_counted():
    document = _read("av-hallambrook-health-scrutiny-sub-committee-2025-09-23.pdf")
    surgery = next(i for i in document.items if i.number == "6")
    assert "rejected" in [r.outcome for r in surgery.resolutions]
    assert [i.number for i in document.items] == [str(n) for n in range(1, 9)]


def test_minute_titles_in_an_articles_own_header_and_members_named_with_their_party():
    document = _read("ax-ashcombe-overview-and-scrutiny-committee-2025-03-11.html")
    assert [i.number for i in document.items] == [f"OS/2025/{n}" for n in range(14, 22)]
    leisure = next(i for i in document.items if i.number == "OS/2025/17")
    texts = [q.text for q in leisure.questions]
    assert any(t.startswith("Cllr. Okafor (Lab) probed whether staff") for t in texts)
    assert any(t.startswith("Cllr. Trevithick (Ind) pressed for details") for t in texts)
    people = {a.name: a for a in document.attendees}
    assert people["Councillor Anil Mistry"].attendance == "apologies"  # ✘ in the table, apologies below
    assert people["Councillor Harriet Lydgate"].attendance == "absent"
    assert not any(a.name in ("Cllr", "Penhale") for a in document.attendees)


def test_an_indented_point_that_wraps_short_of_the_page_margin_goes_on():
    document = _read("ax-north-harland-health-and-care-scrutiny-committee-2025-06-19.txt")
    item = next(i for i in document.items if i.number == "46/25")
    first = item.questions[0]
    assert first.response.text.startswith("In response, Dr Threlfall said that 2,930 patients")


def test_a_comment_and_its_answer_after_a_dash_in_one_numbered_point():
    document = _read("aw-westmarsh-health-scrutiny-committee-2025-11-06.docx")
    comment = next(q for i in document.items for q in i.questions if q.text.startswith("County Councillor Ellery commented"))
    assert comment.response.text.startswith("the Director replied that a call-back target")


def test_prefixed_numbers_before_a_dash_and_attendance_columns_with_empty_cells():
    document = _read("az-wealdshire-cc-asc-health-osc-2025-03-11.docx")
    assert [i.number for i in document.items][:2] == ["ASC/24/25", "ASC/25/25"]
    assert not any(i.title in ("Summary", "Members' questions") for i in document.items)
    people = {a.name: a for a in document.attendees}
    assert people["Councillor Simon Harte"].attendance == "present"  # a longer column than the others
    assert people["Gareth Lowe"].attendance == "in_attendance"


def test_an_answer_given_after_a_dash_by_someone_named():
    document = _read("az-hollowmere-dc-community-wellbeing-scrutiny-panel-2025-02-04.txt")
    point = next(q for i in document.items for q in i.questions if q.text.startswith("Cllr Sandhu asked what was driving"))
    assert point.response.text.startswith("answered by Mr Penhaligon, who said")


def test_a_web_page_printed_to_pdf_with_run_in_attendance_labels_and_a_motion_carried():
    document = _read("ba-kingsmere-health-scrutiny-committee-2025-10-14.pdf")
    people = {a.name: a for a in document.attendees}
    # "... Gareth Pyne (substitute for ...). Co-opted members: Margaret Dunsford (...)" on one line
    assert people["Margaret Dunsford"].role == "Healthwatch Kingsmere"
    assert people["Fiona Castellane"].attendance == "in_attendance"  # "Partners in attendance:"
    # "Apologies ... from Councillor Lydia Fenwick, for whom Councillor Gareth Pyne attended as
    # substitute, and from ...": one apology, and the substitute listed once, as present
    assert people["Councillor Lydia Fenwick"].role is None
    assert [a.attendance for a in document.attendees if a.name.endswith("Gareth Pyne")] == ["present"]
    assert "Who" not in people  # the "Who attended" heading
    winter = next(i for i in document.items if i.number == "27")
    assert [r.outcome for r in winter.resolutions] == ["agreed"]
    assert winter.resolutions[0].text.startswith("It was moved by Councillor Marchbank, seconded by")


def test_word_titles_run_in_bold_at_the_start_of_a_minute():
    document = _read("bb-ashbury-adults-health-scrutiny-panel-2025-03-11.docx")
    assert [(i.number, i.title) for i in document.items][:2] == [
        ("1", "Apologies for Absence and Substitutions"), ("2", "Declarations of Interest")]
    assert len(document.items) == 7
    care = next(i for i in document.items if i.number == "4")
    assert len(care.questions) == 6  # rows of the question table, the member cell merged down


def test_a_substitute_in_a_tabbed_attendance_list_is_one_person():
    document = _read("az-hollowmere-dc-community-wellbeing-scrutiny-panel-2025-02-04.txt")
    tarrant = [a for a in document.attendees if "Tarrant" in a.name]
    assert [(a.name, a.role, a.attendance) for a in tarrant] == [
        ("Cllr Sue Tarrant", "Substitute for Cllr Leigh", "present")]


def test_titles_in_a_grid_above_each_minute_and_a_heading_set_off_the_page():
    document = _read("bc-calderbrook-hasc-scrutiny-board-2025-05-14.pdf")
    # "Item | Item 4: Carers' Strategy Refresh" over "Report of | ..." and "Purpose | ..."
    assert [(i.number, i.title) for i in document.items][3] == ("4", "Carers' Strategy Refresh")
    assert len(document.items) == 8
    # The centred title runs off the page's edge; the body's lines still join as paragraphs.
    people = {a.name for a in document.attendees}
    assert "Councillor M Hollinrake" in people and "Hollinrake" not in people


def test_web_page_attendance_roles_in_spans_and_a_point_from_someone_without_a_title():
    document = _read("bc-kingsmere-adults-health-housing-scrutiny-2025-06-18.html")
    people = {a.name: a for a in document.attendees}
    assert people["Cllr Tom Ibbotson"].role == "Vice-Chair"
    assert people["Cllr Neil Varma"].role == "Substitute for Cllr Joan Pilbeam"
    assert "Cllr Varma" not in people  # "Cllr Varma attended as substitute" is the same person
    kerr = next(q for i in document.items for q in i.questions if q.asked_by == "Nadia Kerr")
    assert kerr.text.startswith("Healthwatch would like assurance")
    assert kerr.response.text.startswith("Two patient representatives")


def test_a_named_member_commented_after_a_dash():
    document = _read("bd-harwick-overview-scrutiny-2025-10-14.docx")
    rudge = [q for i in document.items for q in i.questions if q.text.startswith("Cllr Tom Rudge – Commented")]
    assert [q.kind for q in rudge] == ["comment"] and rudge[0].response is None


def test_points_in_the_passive_and_questions_quoted_in_direct_speech():
    document = _read("be-kelbrook-health-wellbeing-scrutiny-sub-committee-2025-10-14.pdf")
    points = [q for i in document.items for q in i.questions]
    raised = next(q for q in points if q.text.startswith("A question was raised regarding the level of savings"))
    assert raised.response.text.startswith("The response was that the Public Health Grant")
    quoted = next(q for q in points if q.text.startswith("Councillor Okafor said: “Why has the ICB"))
    # "... separately?” – The Director replied: “...”": the answer starts after the dash
    assert quoted.response.text.startswith("The Director replied:")
    assert quoted.response.given_by == "the Director"


def test_each_item_its_own_word_table_with_discussion_and_agreed_rows():
    document = _read("bf-wealdshire-health-and-wellbeing-board-2025-06-12.docx")
    assert [i.number for i in document.items] == [str(n) for n in range(1, 9)]
    strategy = next(i for i in document.items if i.number == "4")
    # "Dr Helen Carrow, Director of Public Health: ..." answers; "Graham Lowther, Healthwatch
    # Wealdshire: Commented that ..." raises a point.
    assert [q.asked_by for q in strategy.questions] == ["Cllr Nandra", "Graham Lowther", "Cllr Oakes"]
    assert strategy.questions[0].response.text.startswith("Inequalities had been made a golden thread")
    cyp = next(i for i in document.items if i.number == "7")
    assert [r.outcome for r in cyp.resolutions] == ["noted"]  # "Agreed: 1. That the Board note ..."
    people = {a.name: a for a in document.attendees}
    assert people["Sally Penfold"].role.endswith("Wealdshire Community Action (voluntary sector representative)")
    assert people["Superintendent Claire Naylor"].attendance == "apologies"


def test_minute_numbers_in_square_brackets_after_titles_and_attendance_by_council():
    document = _read("bf-ashdown-fairbourne-levenshire-jhosc-2025-07-17.txt")
    assert [i.number for i in document.items] == [f"JHOSC/25/{n:02d}" for n in range(5, 13)]
    assert document.items[3].title == "Stroke services reconfiguration: outcome of public consultation"
    people = {a.name: a for a in document.attendees}
    assert people["Cllr Owen Pryce"].attendance == "present"  # "From Fairbourne Borough Council: ..."
    assert people["Helen Rudd"].attendance == "in_attendance"  # "NHS and other attendees: ..."


def test_motions_moved_seconded_and_carried_under_numbered_sections():
    document = _read("bg-kestrelford-adults-health-housing-2025-02-04.pdf")
    # "5. Reports" heads 5.1, 5.2 and 5.3 and is not an item of its own
    assert [i.number for i in document.items] == ["1", "2", "3", "4", "5.1", "5.2", "5.3", "6"]
    smoking = next(i for i in document.items if i.number == "5.1")
    # the amendment DEFEATED, the motion CARRIED; a recorded vote goes with its motion
    assert [r.outcome for r in smoking.resolutions] == ["rejected", "agreed"]
    assert smoking.resolutions[0].text.startswith("Moved by: Councillor G. Carver")
    equipment = next(i for i in document.items if i.number == "5.3")
    assert [r.outcome for r in equipment.resolutions] == ["recommended"]
    people = {a.name: a for a in document.attendees}
    # "... and C. Yardley Regrets: Councillors B. Hinchcliffe and O. Strand" on one line
    assert people["Councillor C. Yardley"].attendance == "present"
    assert people["Councillor B. Hinchcliffe"].attendance == "apologies"
    assert people["J. Marsden"].attendance == "in_attendance"  # "Staff:"


def test_portal_item_titles_by_class_and_attendance_one_to_a_line_in_a_cell():
    document = _read("bg-calderbrook-health-adult-care-scrutiny-2025-03-11.html")
    assert [i.number for i in document.items][5:7] == ["6.1", "6.2"]
    people = {a.name: a for a in document.attendees}
    assert people["Anita Sorensen"].role == "Director of Adult Social Services"
    assert "Quigley" not in people  # "Councillor R. Quigley attended as substitute ..."


def test_word_attendance_columns_headed_inside_their_cells():
    document = _read("bh-brackenfield-cypf-scrutiny-2025-11-18.docx")
    people = {a.name: a for a in document.attendees}
    assert people["Councillor Harriet Okonedo"].attendance == "present"
    assert people["Alison Royce"].attendance == "in_attendance"


def test_a_petition_and_the_councils_response_is_not_a_report():
    document = _read("bh-brackenfield-petition-response-larchwood-respite.html")
    assert document.doc_type == "other"
    assert not document.items


def test_a_ruled_pdf_table_of_minutes_with_titles_beside_their_numbers():
    document = _read("bi-northmoor-hosc-2025-06-17.pdf")
    assert [(i.number, i.title) for i in document.items][0] == ("21", "Apologies and Substitutes")
    assert len(document.items) == 8
    workforce = next(i for i in document.items if i.number == "27")
    # The minute runs on to the next page in a row marked "27 (cont.)"; the decision set
    # beside it comes after all of it.
    comment = next(q for q in workforce.questions if q.text.startswith("Mr D Fairhurst commented"))
    assert comment.text.endswith("driving people out of the sector.")
    assert [r.outcome for r in workforce.resolutions] == ["agreed"]
    # Small justified type keeps its word spaces.
    assert any(q.text.startswith("Members asked whether the care transfer hub") for i in document.items for q in i.questions)


def test_a_word_title_page_header_and_surname_labels():
    document = _read("bj-kingsmere-city-council-health-scrutiny-committee-2025-03-12.docx")
    # title and attendance live in the first page's own header
    assert document.committee == "Health Scrutiny Committee" and document.meeting_date == "2025-03-12"
    people = {a.name: a for a in document.attendees}
    assert people["Councillor Rukhsana Begum"].role == "Vice-Chair"
    assert [i.number for i in document.items][:2] == ["HSC 45", "HSC 46"]  # "[HSC 45] Title"
    dental = next(i for i in document.items if i.number == "HSC 48")
    assert any(q.text.startswith("NOWAK: commented") and q.kind == "comment" for q in dental.questions)
    assert not any(q.text.startswith("The Committee considered a report") for q in dental.questions)
    assert not any(a.name.startswith("RESPONSE") for a in document.attendees)


def test_a_committee_system_export_in_fixed_width_fields():
    document = _read("bl-wexcombe-adult-social-care-scrutiny-2025-06-12.txt")
    assert document.doc_type == "minutes"  # "MEETING RECORD", "MINUTE NO: 34"
    assert [i.number for i in document.items] == [str(n) for n in range(34, 42)]
    people = {a.name: a for a in document.attendees}
    # "NAME   ROLE   ATTENDANCE" over a rule of dashes per column
    assert (people["Cllr Susan Broadbent"].role, people["Cllr Susan Broadbent"].attendance) == ("Member", "apologies")
    assert people["Cllr Anne Whitlock"].attendance == "absent"
    tender = next(i for i in document.items if i.number == "37")
    first = tender.questions[0]
    assert (first.asked_by, first.response.given_by) == ("Cllr Hanley", "Head of Commissioning")  # "Q1 Cllr Hanley: ..."
    discharge = next(i for i in document.items if i.number == "39")
    # "Q3 Mrs Fenn: ... families who were" / page break / "told of a discharge ..."
    assert any(q.text.endswith("no plan in place.") for q in discharge.questions)
    assert not any(q.response and q.response.text.startswith("A3 No answer") for i in document.items for q in i.questions)


def test_an_attendance_list_ends_where_the_minutes_title_begins():
    document = _read("bk-kessingford-dc-overview-scrutiny-2025-09-09.pdf")
    assert not {"Kessingford", "Castle Street Offices"} & {a.name for a in document.attendees}


def test_a_written_response_to_follow_is_no_answer_yet():
    document = _read("bm-halmshire-adult-social-care-health-scrutiny-2025-03-11.html")
    promised = [q for i in document.items for q in i.questions
                if q.text.startswith("Cllr Lister also asked whether the hourly rate")]
    assert len(promised) == 1 and promised[0].response is None


def test_a_point_and_its_response_after_a_dash_in_one_lettered_entry():
    document = _read("bn-wessmoor-health-scrutiny-committee-2025-06-18.pdf")
    point = next(q for i in document.items for q in i.questions if q.text.startswith("Concern about the rapid rise in vaping"))
    assert point.text.endswith("secondary school pupils")
    assert point.response.text.startswith("Trading Standards and schools were running a joint campaign")


def test_points_raised_by_members_beside_officer_responses_in_a_word_table():
    document = _read("bn-hollinbrook-overview-scrutiny-management-board-2025-09-09.docx")
    point = next(q for i in document.items for q in i.questions if q.text.startswith("Councillor Osei requested"))
    assert point.response.text.startswith("The Cabinet Member agreed")


def test_meeting_app_notes_with_pipe_titles_and_decision_marks():
    document = _read("bo-marshbrook-health-wellbeing-scrutiny-panel-2025-06-17.txt")
    assert document.doc_type == "minutes"
    assert [i.number for i in document.items] == [str(n) for n in range(1, 8)]  # "Agenda item 4 | Title"
    smoking = next(i for i in document.items if i.number == "5")
    assert [r.outcome for r in smoking.resolutions] == ["agreed", "recommended"]  # "✅ Decision: ..."
    assert "Agenda" not in {a.name for a in document.attendees}


def test_members_asked_about_and_officers_explained_in_one_sentence():
    document = _read("bo-thornleigh-adult-social-care-scrutiny-2025-09-23.html")
    point = next(q for i in document.items for q in i.questions if q.text.startswith("Members asked about the savings"))
    assert point.response.text.startswith("Officers explained that £1.9 million")


def test_co_optees_present_and_a_reverend_commenting():
    document = _read("bp-harbridge-health-adults-scrutiny-sub-committee-2025-06-17.docx")
    people = {a.name: a for a in document.attendees}
    assert people["Sarah Lindqvist"].attendance == "present"  # under "Co-optees present:"
    comment = next(q for i in document.items for q in i.questions if q.text.startswith("Reverend Colin Attwater"))
    assert comment.kind == "comment"


def test_select_committee_key_points_with_witnesses_and_two_columns_of_members():
    document = _read("bq-wealdshire-adults-health-select-2025-06-18.pdf")
    # "... FIRST SIX MONTHS OF THE" / "NEW FRAMEWORK [Item 5]": one title, and "[Item 5]" is not item 5
    care = next(i for i in document.items if i.number == "8/25")
    assert care.title.endswith("FIRST SIX MONTHS OF THE NEW FRAMEWORK")
    assert "5" not in [i.number for i in document.items]
    # the officer's introduction and a witness's statement in the numbered key points are not points
    assert not any(q.text.startswith(("The Assistant Director introduced", "The Chief Executive of the Wealdshire"))
                   for q in care.questions)
    people = {a.name: a for a in document.attendees}
    assert people["Helena Frost"].attendance == "present"  # "Fiona Harcourt (Chairman) | Helena Frost"
    assert people["Ross Kettering"].role == "Scrutiny Officer"  # "...; Ross Kettering, Scrutiny Officer."
    assert people["Sunil Rathore"].attendance == "in_attendance"  # under "Witnesses:"


def test_an_answer_after_and_the_officer_replied_in_one_sentence():
    document = _read("br-castleshire-health-committee-1996-03-12.txt")
    point = next(q for i in document.items for q in i.questions if q.text.startswith("Councillor Dunmore asked how many staff"))
    assert point.response.text.startswith("the County Medical Officer replied")


def test_attendance_columns_headed_attendees_apologies_officers():
    document = _read("bs-sandmere-hsc-scrutiny-panel-2025-03-04.docx")
    people = {a.name: a for a in document.attendees}
    assert (people["Cllr Maureen Ashdown"].role, people["Cllr Maureen Ashdown"].attendance) == ("Chair", "present")
    assert people["Cllr Peter Lindqvist"].attendance == "apologies"


def test_speaker_labels_on_lines_of_their_own():
    document = _read("bt-thornbury-mbc-health-scrutiny-2025-03-12.pdf")
    point = next(q for i in document.items for q in i.questions if q.text.startswith("Asked how many patients"))
    assert point.asked_by == "Cllr Haldane"
    assert point.response.text.startswith("Explained that on the worst day")
    assert point.response.given_by.startswith("Deputy Place Director")


def test_items_in_roman_numerals_and_a_question_answer_table_with_named_cells():
    document = _read("bu-wrenford-overview-and-scrutiny-panel-2025-03-11.pdf")
    assert [i.number for i in document.items] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    repairs = next(i for i in document.items if i.number == "IV")
    first = repairs.questions[0]
    assert (first.asked_by, first.response.given_by) == ("Cllr Osman", "Head of Housing")
    assert first.text.startswith("Why had the contractor missed")


def test_bold_by_inline_style_and_min_numbers_in_brackets():
    page = _read("bv-ashcombe-adult-care-health-scrutiny-2025-03-11.html")
    assert [i.number for i in page.items][:3] == ["1", "2", "3"]  # <span style="font-weight:700">1. Title</span>
    assert "Cllrs" not in {a.name for a in page.attendees}
    apologies = [a for a in page.attendees if a.name.endswith("Rhys Penhallow")]
    assert len(apologies) == 1  # "Cllr Rhys Penhallow" in the minute is the "Rhys Penhallow" of the list
    text = _read("bv-wenlock-bridge-tc-health-wellbeing-2025-06-17.txt")
    assert [i.number for i in text.items] == [str(n) for n in range(12, 20)]  # "Title (Min. 12)"


def test_answers_only_promised_or_not_recorded_in_a_question_table():
    document = _read("bx-calderford-childrens-scrutiny-commission-2025-06-17.html")
    assert [i.number for i in document.items][:2] == ["1/2025-26", "2/2025-26"]
    unanswered = [q for i in document.items for q in i.questions
                  if q.text.startswith(("Requested a breakdown of transport spending", "Commented that the regional memorandum"))]
    assert len(unanswered) == 2 and all(q.response is None for q in unanswered)


def test_an_answer_given_in_reply_to_a_named_members_question():
    document = _read("by-kirkbrook-adult-social-care-health-scrutiny-panel-2025-02-11.pdf")
    point = next(q for i in document.items for q in i.questions if q.text.startswith("In reply to Councillor Brannigan"))
    assert point.response is not None and "fallen from 94 in December to 61" in point.response.text
    account = _read("by-kirkbrook-adult-social-care-local-account-2023-24.pdf")
    assert account.doc_type == "report"  # "What you told us", "What we will do next": an account to residents


def test_decisions_under_an_outcome_heading_and_a_page_without_the_word_minutes():
    page = _read("bz-halbury-adults-health-housing-scrutiny-2025-11-03.html")
    assert page.doc_type == "minutes"  # "Item 5 – ...", "declared a personal interest", "There were no questions"
    housing = next(i for i in page.items if i.title.startswith("Temporary Accommodation"))
    assert len(housing.resolutions) == 1 and "private sector leasing scheme" in housing.resolutions[0].text
    outcomes = [r.outcome for i in page.items for r in i.resolutions]
    assert outcomes.count("deferred") == 1 and "recommended" in outcomes


def test_people_named_by_initials_answer_and_agreed_to_note_is_noted():
    note = _read("bz-northmoor-esk-jhosc-2025-10-14.docx")
    points = [q for i in note.items for q in i.questions]
    assert points and all(q.response is not None for q in points if not q.text.startswith("MF commented"))
    first = next(q for q in points if q.text.startswith("JB asked whether the additional reablement"))
    assert first.response.text.startswith("SP (Director of Adult Services) said")
    winter = next(i for i in note.items if i.title.startswith("Winter Resilience"))
    assert [r.outcome for r in winter.resolutions] == ["noted"]  # "The Committee agreed: • to note the plan"


def test_min_numbers_marked_names_in_a_grid_and_issues_raised():
    document = _read("ca-northmoor-hosc-2025-03-12.pdf")
    assert [i.number for i in document.items] == [f"{n}/25" for n in range(40, 49)]  # "Min 45/25 Title"
    names = {a.name for a in document.attendees}
    assert {"Councillor J Colley", "Councillor S Iqbal", "Councillor W Yeo"} <= names  # "J Colley †", "S Iqbal *"
    kinds = {q.text.split(" raised")[0]: q.kind for i in document.items for q in i.questions if " raised the issue of " in q.text}
    assert kinds["Councillor G Quennell"] == "concern"  # "raised the issue of out of area placements"
    assert kinds["Councillor K Aldridge"] == "question"  # "raised the issue of whether ..."
    gp = next(i for i in document.items if i.number == "45/25")
    assert [r.outcome for r in gp.resolutions] == ["agreed"]  # "(b) the Committee be consulted formally ..."


def test_decision_and_reason_boxes_give_the_decision_alone():
    document = _read("cb-kingsmere-hwb-2025-01-23.pdf")
    decisions = [r.text for i in document.items for r in i.resolutions]
    assert len(decisions) == 6 and all(d.startswith("That ") for d in decisions)
    assert not any("procedure rules" in d for d in decisions)  # the reason beside it is no part of it


def test_paragraph_numbers_in_a_margin_and_unnumbered_headings():
    document = _read("cc-dunmere-scrutiny-management-board-2025-03-12.pdf")
    titles = [i.title for i in document.items]
    assert titles[:3] == ["Apologies for Absence and Substitutions", "Declarations of Interest", "Minutes"]
    assert len(titles) == 8
    minutes = document.items[2]
    assert [r.outcome for r in minutes.resolutions] == ["agreed"]  # "3   RESOLVED that the minutes ..."
    call_in = document.items[3]
    assert any(r.text.startswith("Upon a vote being taken, the Board decided not to refer") for r in call_in.resolutions)
    assert not any(q.text.startswith("Members of the Board then asked questions") for q in call_in.questions)
    agenda = _read("cc-harrowfield-health-scrutiny-committee-2025-06-17.txt")
    assert agenda.doc_type == "agenda"  # "A G E N D A" set letter-spaced


def test_answers_indented_under_points_and_partners_in_an_attendance_column():
    notes = _read("cd-harrowfield-adult-care-housing-scrutiny-2025-09-09.html")
    point = next(q for i in notes.items for q in i.questions if q.text.startswith("Cllr Farouk raised the number of patients"))
    assert point.response is not None and point.response.text.startswith("Average of 47 a day in August")
    assert point.kind == "question"
    panel = _read("cd-stourmead-health-wellbeing-scrutiny-panel-2025-06-17.docx")
    attendance = _attendance(panel)
    assert attendance["Jo Brennan"] == "in_attendance"  # under "Partners"
    assert attendance["Cllr Helen Marchetti"] == "present"


def test_items_numbered_point_nought_and_a_table_of_written_questions():
    document = _read("ce-harrowdale-adults-health-select-committee-2025-06-17.pdf")
    assert [i.number for i in document.items] == [f"{n}.0" for n in range(1, 10)]
    home_care = document.items[4]
    assert [r.outcome for r in home_care.resolutions] == ["recommended"]  # "(2) recommended to the Cabinet Member ..."
    written = [q for i in document.items for q in i.questions if q.text.startswith(("How many", "What was spent"))]
    assert len(written) == 3 and all(q.response is not None for q in written)
    assert written[1].response.text.startswith("On 31 May 2025 there were 1,046 people")


def test_council_of_governors_and_a_typed_record_with_letter_spaced_labels():
    governors = _read("cf-harrowfield-teaching-hospitals-council-of-governors-2025-06-19.pdf")
    assert governors.committee == "Council of Governors"
    assert len([r for i in governors.items for r in i.resolutions]) == 6  # "The Council of Governors APPROVED ..."
    assert _attendance(governors)["Mr Sanjay Mistry"] == "present"  # "Staff Governors: ..."
    typed = _read("cf-ravensmoor-hasc-osc-2025-03-11.txt")
    attendance = _attendance(typed)
    assert len([a for a in attendance.values() if a == "apologies"]) >= 1  # "A P O L O G I E S"
    assert len(attendance) >= 12


def test_an_outcome_label_over_not_applicable_is_no_decision():
    document = _read("u-north-calderwick-hwbsc-minutes-2025-11-20.docx")
    decisions = [r.text for i in document.items for r in i.resolutions]
    assert len(decisions) == 7 and not any("Not applicable" in d for d in decisions)
    assert _read("u-thornmere-mgDecisionDetails-leisure-2025-11-04.html").doc_type == "other"


def test_speakers_in_a_bold_column_beside_what_they_said():
    document = _read("cg-thornmere-hasc-poc-2025-10-14.pdf")
    home_care = next(i for i in document.items if i.title.startswith("Home Care Recommissioning"))
    first = home_care.questions[0]
    assert first.asked_by == "Cllr Patel" and first.text.startswith("Asked whether any of the successful bidders")
    assert first.response.given_by == "Head of Commissioning and Market Development"
    smoking = next(i for i in document.items if i.title.startswith("Public Health"))
    chair = next(q for q in smoking.questions if q.text.startswith("Asked whether the national smoking cessation grant"))
    assert chair.asked_by == "Chair" and chair.response.text.startswith("Confirmed that the grant")
    community = next(i for i in document.items if i.title.startswith("Community Health Services"))
    assert len(community.resolutions) == 1  # "Decision: ..." run on into the last turn is set apart
    assert not any("Decision:" in q.response.text for q in community.questions if q.response)


def test_answers_to_supplementary_questions():
    record = _read("cg-caldermoor-members-questions-2025-11-20.html")
    supplementary = next(q for q in record.questions if q.text.startswith("Will the Cabinet Member commit to publishing"))
    assert supplementary.response.text.startswith("I am happy to publish the figures quarterly")


def test_a_practice_participation_group_in_plain_text():
    document = _read("ch-millbrook-surgery-ppg-minutes-2025-09-10.txt")
    assert [i.title for i in document.items][:4] == ["Welcome", "Matters arising", "Telephone access", "Online booking"]
    assert document.committee == "Patient Participation Group"  # "MILLBROOK SURGERY PATIENT PARTICIPATION GROUP (PPG)"
    arising = document.items[1]
    assert [r.text for r in arising.resolutions] == ["Agreed: minutes of 11th June to be signed by the Chair as a true record."]
    assert not arising.questions[0].response.text.endswith("true record.")


def test_names_over_their_roles_beside_a_vertical_rule():
    document = _read("ci-wexcombe-hosc-2025-10-14.pdf")
    people = {a.name: a for a in document.attendees}
    farraday = people["Dr Colin Farraday"]  # under "Officers and partners present"
    assert (farraday.role, farraday.attendance) == ("Chief Executive, Northbridge Hospitals NHS Foundation Trust", "in_attendance")
    assert "Northbridge Hospitals" not in people
    pressed = [q for i in document.items for q in i.questions if "pressed for the Trust to stop" in q.text]
    assert len(pressed) == 1 and pressed[0].kind == "request"


def test_a_page_about_what_a_committee_does_is_not_minutes():
    page = _read("ck-harrowfield-health-scrutiny-what-we-do.html")
    assert page.doc_type == "other"  # "Our role", "How to ask a question at a meeting", "Contact us"
    assert not page.questions and not page.items


def test_minutes_sent_on_in_an_email_are_dated_by_the_meeting():
    document = _read("cl-calderbrook-health-adult-care-scrutiny-panel-2025-09-23.txt")
    assert document.meeting_date == "2025-09-23"  # not the email's "Date: Thu, 2 Oct 2025 16:47:12"
    assert document.committee == "Health and Adult Care Scrutiny Panel"  # not "To: HASC Panel Members"
    public = next(q for i in document.items for q in i.questions if "consulted carers before closing" in q.text)
    assert public.kind == "question"  # "a resident ..., who asked (Q) why ..."
    decisions = [r.text for i in document.items for r in i.resolutions]
    assert any(d.startswith("DECISION - The Panel noted the update and asked") for d in decisions)


def test_resolutions_set_in_bold_and_council_members_present():
    document = _read("cm-westmarsh-kingsbridge-jhosc-2025-06-19.pdf")
    assert [i.number for i in document.items] == [f"JHOSC {n}" for n in range(12, 20)]  # "(1) That ..." in bold is no item
    urgent = document.items[3]
    assert len(urgent.resolutions) == 1 and "(2) That the ICB be requested" in urgent.resolutions[0].text
    attendance = _attendance(document)
    assert attendance["Cllr Rosalind Achterberg"] == "present"  # "County Council members present:"
    assert attendance["Ian Toller"] == "in_attendance"  # "NHS and officers in attendance:"


def test_a_clerk_writing_in_reported_speech():
    document = _read("cn-ashworth-health-scrutiny-panel-2025-03-11.docx")
    minutes_item = document.items[2]
    assert [r.outcome for r in minutes_item.resolutions] == ["agreed"]  # "Panel agreed that the minutes ..."
    assert any(q.text.startswith("On matters arising, Cllr Whitworth asked") for q in minutes_item.questions)
    winter = document.items[3]
    beds = next(q for q in winter.questions if q.text.startswith("Cllr Ahmed wanted to know"))
    assert beds.response.text.startswith("Ms Ford (ICB) told the panel")
    worried = next(q for q in winter.questions if "really worried" in q.text)
    assert worried.kind == "concern" and worried.response.text.startswith("Mr Ellison said")


def test_a_minute_number_and_title_in_a_small_grid_above_each_minute():
    document = _read("cp-westmarch-asch-osp-2025-03-11.docx")
    assert [i.number for i in document.items] == [str(n) for n in range(50, 58)]  # "Minute No. | 52" over "Title | ..."
    assert document.items[3].title == "Carers' Strategy Refresh"


def test_notes_of_a_public_forum_with_questions_from_the_public():
    forum = _read("cp-carnford-health-wellbeing-forum-2025-06-04.txt")
    assert forum.doc_type == "minutes"  # "Notes of the Forum held on ...", "Actions agreed:"
    assert len(forum.items) == 7
    assert _attendance(forum)["Dr Fiona Hartley"] == "in_attendance"  # listed under item 1
    annual = forum.items[2]
    assert [r.outcome for r in annual.resolutions] == ["agreed"]
    asked = next(q for q in annual.questions if "easy read version" in q.text)
    assert asked.kind == "request" and asked.response.text.startswith("Dr Hartley agreed")


def test_an_answer_only_promised_under_its_responders_name():
    document = _read("cr-kellingford-health-adults-scrutiny-2025-02-18.docx")
    promised = [q for i in document.items for q in i.questions if q.text.startswith("Could the Sub-Committee see the financial")]
    assert len(promised) == 1 and promised[0].response is None  # "Chief Finance Officer ... / To follow in writing."
    assert _attendance(document)["Tomasz Nowak"] == "present"  # "Co-opted: Tomasz Nowak (Healthwatch ...)"


def test_a_live_question_and_answer_session_is_not_minutes():
    session = _read("cs-calderbridge-ask-the-dph-live-qa.txt")
    assert session.doc_type == "other"  # "#AskTheDPH live Q&A", "Q from @user:"
    assert not session.questions


def test_minutes_embedded_in_a_frame_and_numbers_opening_the_first_paragraph():
    page = _read("ct-brookvale-dc-community-wellbeing-2025-06-18.html")
    assert page.doc_type == "minutes"  # read from <iframe srcdoc="...">
    assert [i.number for i in page.items][:2] == ["23/25", "24/25"]
    word = _read("ct-westmarsh-cc-cyp-scrutiny-2025-03-12.docx")
    assert [i.number for i in word.items] == [str(n) for n in range(112, 120)]  # "Min 114 RESOLVED: That ..."
    assert [r.outcome for r in word.items[2].resolutions] == ["agreed"]


def test_columns_extracted_one_after_the_other_in_plain_text():
    document = _read("cu-cresswold-health-housing-scrutiny-committee-2025-10-08.txt")
    texts = [q.text for i in document.items for q in i.questions]
    assert any(t.startswith("Councillor Pocklington asked whether the Council had considered buying") for t in texts)
    assert not any(t.endswith("asked whether the") for t in texts)


def test_decisions_in_an_outcome_row_of_an_item_table():
    document = _read("cv-castlebridge-hasc-select-committee-2025-09-16.docx")
    decisions = [r.text for i in document.items for r in i.resolutions]
    assert len(decisions) == 6 and all(d.startswith("The Committee RESOLVED") for d in decisions)
    assert not any("Apologies were received" in d for d in decisions)  # "Outcome | Apologies ..." decides nothing


def test_answers_in_brackets_after_each_point():
    page = _read("cx-ashcombe-health-scrutiny-panel-2025-03-11.html")
    point = next(q for i in page.items for q in i.questions if q.text.startswith("Whether patients were still being cared for in corridors"))
    assert point.response.text.startswith("the Chief Operating Officer acknowledged that corridor care")
    assert "(response" not in point.text
    typed = _read("cx-marcheston-health-social-care-committee-2025-06-17.txt")
    decisions = [r.text for i in typed.items for r in i.resolutions]
    assert any("held on 15 April 2025 be confirmed as a correct record" in d for d in decisions)  # "... 15 April" / "2025 be ..."


def test_answers_that_each_name_their_topic_with_on():
    document = _read("cw-wealdmarsh-cc-asc-ph-cabinet-committee-2025-05-14.pdf")
    points = {q.text: q for i in document.items for q in i.questions}
    rural = next(q for t, q in points.items() if t.startswith("on the concern that rural parts of the county"))
    assert rural.kind == "concern" and "would struggle to attract bidders" in rural.text
    assert rural.response.text.startswith("Mr Whitcombe said that")
    assert not any(t.startswith("Mr Ekwueme asked that his abstention") for t in points)


def test_a_page_converted_from_pdf_with_every_line_placed_by_position():
    page = _read("cy-eastmoor-adult-social-care-health-panel-2025-01-23.html")
    dentistry = next(i for i in page.items if i.number == "5")
    asked = next(q for q in dentistry.questions if "waiting to register with an NHS dentist" in q.text)
    assert asked.response is not None and len(page.items) == 8
    icb = _read("cz-northshire-wealdon-icb-joint-committee-2025-09-18.pdf")
    assert not any(r.text.startswith("The Committee noted that") for i in icb.items for r in i.resolutions)


def test_speakers_in_the_left_column_of_a_borderless_word_table():
    document = _read("dd-harbourne-adults-health-select-2025-10-14.docx")
    home_care = next(i for i in document.items if i.title.startswith("Recommissioning of Home Care"))
    first = home_care.questions[0]
    assert first.asked_by == "Councillor Anita Sharrock" and first.text.startswith("Asked how many of the eleven")
    assert first.response.given_by == "Director of Adult Social Services"


def test_lettered_questions_then_lettered_answers_in_one_paragraph():
    document = _read("da-hartsdown-health-and-social-care-scrutiny-commission-2025-09-17.pdf")
    points = {q.text: q for i in document.items for q in i.questions}
    asked = next(q for t, q in points.items() if "whether the new specification would require providers to pay" in t)
    assert asked.response.text.startswith("that payment of the London Living Wage would be a contractual condition")
    assert not any(t.startswith("Members asked:") for t in points)
    assert _attendance(document)["Cllr Kwame Osei"] == "present"  # "Councillors in attendance:"
    assert _attendance(document)["Colette Dunmore"] == "in_attendance"  # "Other people in attendance:"


def test_questions_taken_away_answered_from_the_log_after_the_meeting():
    document = _read("dh-northshire-jhosc-2025-06-17.docx")
    points = [q for i in document.items for q in i.questions]
    penalties = next(q for q in points if "what penalties applied if waiting times" in q.text)
    assert penalties.response.text.startswith("Service credits of up to 2.5 per cent")
    assert not any(q.text.startswith("Contractual remedies") for q in points)  # the log's row is no point of its own
    decisions = [r.text for i in document.items for r in i.resolutions]
    assert "The JHOSC noted the presentation on GP access and dental recovery." in decisions
    assert any(d.startswith("The JHOSC AGREED: that the minutes") for d in decisions)
    assert _attendance(document)["Mark Delaney"] == "in_attendance"  # "NHS and officers:"
    assert _read("dh-northshire-riverbank-icb-contract-award-notice.pdf").doc_type == "other"


def test_items_numbered_with_the_year_in_brackets_and_a_label_run_into_its_text():
    document = _read("di-haverleigh-health-scrutiny-panel-2025-10-14.pdf")
    assert [i.number for i in document.items] == [f"HSP(25){n}" for n in range(19, 26)]
    points = [q for i in document.items for q in i.questions]
    penalties = next(q for q in points if "about the financial penalties available under the contract" in q.text)
    assert penalties.response.text.startswith("it was confirmed that service credits")
    assert next(q for q in points if q.text.startswith("The Panel challenged officers on")).kind == "concern"
    to_cabinet = [r for i in document.items for r in i.resolutions if r.text.startswith("RECOMMENDATION TO CABINET")]
    assert len(to_cabinet) == 2 and all(r.outcome == "recommended" for r in to_cabinet)
    assert "the community equipment contract until the Panel" in to_cabinet[0].text  # the line set under the label


def test_officer_comments_and_numbered_decisions_each_with_a_label():
    document = _read("dj-wexcombe-public-health-prevention-subcommittee-2025-06-17.docx")
    assert document.committee == "Public Health and Prevention Sub-Committee"
    smoking = next(i for i in document.items if i.number == "10")
    assert smoking.questions[0].response.text.startswith("The specification would require the lead provider")
    assert [r.outcome for r in smoking.resolutions] == ["noted", "recommended", "agreed"]


def test_answers_in_square_brackets_after_each_numbered_point():
    document = _read("dk-marlshire-asch-osc-2025-06-18.pdf")
    points = [q for i in document.items for q in i.questions]
    travel = next(q for q in points if q.text.startswith("Cllr Penrose requested that every contract include"))
    assert travel.response.text.startswith("Officers agreed to write this into the final specification")
    icb = next(q for q in points if q.text.startswith("Cllr Oduya asked why waiting times"))
    assert icb.response.given_by == "the ICB" and icb.response.text.startswith("Vacancy rates of 28 per cent")


def test_labels_printed_in_welsh_and_english():
    document = _read("dl-glanrhyd-social-services-wellbeing-scrutiny-2025-03-11.pdf")
    assert len([r for i in document.items for r in i.resolutions]) == 5  # "PENDERFYNWYD / RESOLVED:"
    people = {a.name: (a.role, a.attendance) for a in document.attendees}
    assert people["Councillor G Prydderch"] == ("Chair", "present")  # "Cynghorydd / Councillor ... (Cadeirydd / Chair)"
    assert people["Councillor L Vaughan"][1] == "apologies"
    assert not any(i.number == "2025" for i in document.items)  # "... 11 MARCH" / "2025 AT 10:00"
    assert _read("dl-glanrhyd-ty-bryn-awel-inspection-summary.html").doc_type == "report"


def test_a_form_of_labelled_fields_and_agreed_actions():
    portal = _read("dg-harrowdene-health-adult-care-scrutiny-2025-10-08.html")
    assert portal.items[3].title == "Reablement service: proposal to bring the service back in-house"
    assert not any(a.name in ("Questions", "None") for a in portal.attendees)
    evidence = _read("dg-marshfordshire-hosc-2025-09-17.pdf")
    assert any(r.text.startswith("AGREED ACTIONS:") for i in evidence.items for r in i.resolutions)
    assert _attendance(evidence)["Dr Fiona Merrick"] == "in_attendance"  # "Witnesses and officers:"


def test_an_attendance_table_ruled_only_across_and_people_in_aligned_text_columns():
    icb = _read("cz-northshire-wealdon-icb-joint-committee-2025-09-18.pdf")
    people = {a.name: a for a in icb.attendees}
    assert people["Mr Callum Ridd"].attendance == "in_attendance"  # the last row, open below
    assert people["Cllr Margaret Ellison"].role.startswith("Vice-Chair; Cabinet Member for Adult Social Care")
    notes = _read("dc-marshfold-health-social-care-liaison-group-2025-04-02.txt")
    people = {a.name: a for a in notes.attendees}
    assert people["Mrs Ann Drury"].role == "Stourley Surgery Patient Participation Group"
    assert people["Mr Owen Pritchard"].attendance == "in_attendance"


def test_exchanges_kept_in_notes_at_the_end():
    document = _read("cy-harwick-health-scrutiny-committee-2025-03-12.docx")
    winter = next(i for i in document.items if i.number == "61")
    assert winter.questions[0].text.startswith("Councillor Banerjee asked how many patients had waited over twelve hours")
    assert winter.questions[0].response.text.startswith("Mr Haslam replied")
    assert not any(q.text.startswith("Members asked about") for i in document.items for q in i.questions)
    page = _read("dp-holmbridge-asc-health-scrutiny-panel-2025-03-11.html")  # written answers in footnotes
    assert page.meeting_date == "2025-03-11"  # Pandoc's title block
    staff = next(q for i in page.items for q in i.questions if q.text.startswith("Cllr Ferris asked how many staff"))
    assert staff.response.text.startswith("eleven staff employed by the current provider")
    assert staff.response.given_by == "the Head of Commissioning and Market Development"
    assert not any(r.text.startswith("The Panel agreed to take the answer") for i in page.items for r in i.resolutions)


def test_questions_and_answers_side_by_side_without_rules():
    document = _read("do-harrowfield-community-health-scrutiny-panel-2025-06-17.pdf")
    points = [q for i in document.items for q in i.questions]
    online = next(q for q in points if q.text.startswith("Councillor Everett expressed concern that the online booking"))
    assert online.response.text.startswith("Dr Lamb accepted the point. Every practice was required")
    damp = next(q for q in points if q.text.startswith("Councillor Fairbrother asked how long tenants"))
    assert "Page 2" not in damp.text and damp.response.text.startswith("Mr Jowett said the median wait was 19")


def test_decisions_each_labelled_under_the_board_and_outcome_lines():
    board = _read("dp-kelsham-health-wellbeing-board-2025-06-19.txt")
    assert len([r for i in board.items for r in i.resolutions]) == 10  # "The Board:" over "* NOTED ...", "* AGREED ..."
    panel = _read("db-westbrook-adults-health-panel-2025-11-03.html")
    outcomes = [r.text for i in panel.items for r in i.resolutions]
    assert "Outcome: The work programme was agreed, with the Healthwatch annual report added for January." in outcomes
    bullets = _read("dm-kestonbridge-health-adults-scrutiny-2025-11-04.pdf")
    assert not any(q.text.startswith("Joanne Pryce (Chief Nurse)") for i in bullets.items for q in i.questions)


def test_answers_set_in_italics_under_each_point():
    document = _read("dq-wealdshire-ascph-scrutiny-2025-06-17.pdf")
    home_care = next(i for i in document.items if i.number == "4")
    first = home_care.questions[0]
    assert first.asked_by == "Cllr Hartley" and first.text.startswith("Why has the number of people waiting")
    assert first.text.endswith("clearing?")  # the question goes on over the page
    assert first.response.text.startswith("The service has recruited 14 new providers")


def test_a_wiki_page_with_mentions_and_a_decision_table_per_item():
    notes = _read("dr-marlowe-vale-health-scrutiny-working-group-2025-10-08.html")
    assert _attendance(notes)["Cllr Harriet Okonedo"] == "present"  # "@Cllr Harriet Okonedo (Chair)"
    assert not any(i.title == "On this page" for i in notes.items)
    decisions = [r.text for i in notes.items for r in i.resolutions]
    assert "Recommend to Cabinet that the real living wage is a condition of the new contracts." in decisions
    assert _read("dr-marlowe-vale-health-scrutiny-jargon-buster.txt").doc_type == "other"


def test_a_board_s_public_questions_sheet_and_questions_that_run_on_after_a_colon():
    sheet = _read("ds-calderbrook-teaching-hospitals-public-questions-board-2025-07-03.pdf")
    assert sheet.doc_type == "questions" and len(sheet.questions) == 6
    assert sheet.questions[0].response.text.startswith("The car parks have been managed under a contract")
    minutes = _read("ds-brackenfold-health-scrutiny-2025-06-18.docx")
    public = next(q for i in minutes.items for q in i.questions if q.text.startswith("Mrs Pauline Entwistle asked:"))
    assert "Can the Cabinet Member tell us" in public.text  # one question, not two


def test_written_answers_in_footnotes_at_the_foot_of_the_page():
    document = _read("dt-thornbury-vale-hasc-2025-10-14.pdf")
    points = [q for i in document.items for q in i.questions]
    beds = next(q for q in points if "how many escalation beds had been commissioned" in q.text)
    assert beds.response.text.startswith("forty-two escalation beds were purchased")
    grant = next(q for q in points if "additional grant for stop smoking services would be" in q.text)
    assert "recurrent" in grant.text  # the paragraph goes on past the footnotes at the foot of the page


def test_a_table_of_themes_with_two_members_points_to_a_row():
    document = _read("du-wexcombe-health-adult-social-care-select-committee-2025-10-14.pdf")
    points = [q for i in document.items for q in i.questions]
    assert not any(q.text.startswith(("Workforce |", "Theme |")) for q in points)
    pryce = next(q for q in points if q.text.startswith("Cllr Pryce raised concern that moving to four lead providers"))
    assert pryce.asked_by == "Cllr Pryce" and pryce.kind == "concern"
    assert _read("du-wexcombe-hasc-select-committee-membership.html").doc_type == "other"


def test_an_office_meeting_minutes_template_with_conclusions():
    document = _read("dv-ashgrove-surgery-ppg-2025-03-18.docx")
    decisions = [r for i in document.items for r in i.resolutions]
    assert any(r.text.startswith("The group agreed that three PPG members would test") for r in decisions)
    assert not any(r.text.startswith("None") for r in decisions)  # "Conclusions: | None."


def test_tables_written_with_tabs_in_plain_text():
    document = _read("dx-marshfield-health-wellbeing-scrutiny-panel-2025-11-12.txt")
    people = {a.name: a for a in document.attendees}
    assert people["Councillor Owen Pryce"].attendance == "apologies"
    assert people["Mark Ellison"].role == "Director of Adult Social Care"
    first = next(i for i in document.items if i.number == "4").questions[0]
    assert first.asked_by == "Cllr Okafor" and first.response.text.startswith("The Associate Director said")


def test_a_page_whose_main_content_is_classed_as_a_layout_with_a_sidebar():
    page = _read("dz-hallowmere-health-adult-care-scrutiny-2025-03-12.html")
    assert page.doc_type == "minutes" and len(page.items) == 8  # <main class="layout layout--sidebar">
    assert page.meeting_date == "2025-03-12"  # not "approved ... at the meeting on 30 April", nor the minutes "held on 22 January"


def test_speakers_named_in_capitals_run_in_before_what_they_said():
    document = _read("eb-ashdown-fairbourne-jhosc-2025-10-14.pdf")
    stroke = next(i for i in document.items if i.number == "JHOSC/15")
    first = stroke.questions[0]
    assert first.text.startswith("Asked whether ambulance journey times") and first.asked_by == "Cllr Patel"
    assert first.response.text.startswith("Replied that the modelling used")
    assert len(stroke.resolutions) == 1  # "The Joint Committee RESOLVED: 1. ... 2. ... 3. ..."


def test_minutes_in_the_first_person_and_notes_timed_from_a_webcast():
    youth = _read("ed-castlebridge-young-peoples-health-scrutiny-panel-2025-06-18.docx")
    assert youth.doc_type == "minutes"  # "We asked ...", "Who was there:", "✔ We agreed to ..."
    assert any(r.text.lstrip("✔ ").startswith("We agreed to") for i in youth.items for r in i.resolutions)
    assert youth.attendees and all(a.attendance in ("present", "apologies", "in_attendance") for a in youth.attendees)
    assert _read("ed-castlebridge-leader-blog-why-health-scrutiny-matters.html").doc_type == "news"
    timed = _read("ef-harrowfield-health-wellbeing-scrutiny-2025-03-11.txt")
    assert [i.number for i in timed.items] == [str(n) for n in range(1, 9)]  # "[00:01:02] Item 1 – ..."
    first = next(i for i in timed.items if i.number == "4").questions[0]
    assert first.text.startswith("Cllr Ashcroft asked") and first.response.text.startswith("The Director of Public Health replied")


def test_a_question_spanning_the_rows_of_two_answers():
    page = _read("ee-wendlebury-health-adult-social-care-scrutiny-2025-09-16.html")
    points = [q for i in page.items for q in i.questions]
    assert not any(q.text.startswith("The Principal Social Worker added") for q in points)
    two = next(q for q in points if q.response and "The Principal Social Worker added" in q.response.text)
    assert two.response.text.index("Principal Social Worker") > 0  # the first officer's answer comes first


def test_only_welsh_words_before_a_slash_are_dropped():
    from minutes.parse.cues import load_cues

    prefix = load_cues().bilingual_prefix
    assert prefix.sub("", "PENDERFYNWYD / RESOLVED:") == "RESOLVED:"
    assert prefix.sub("", "Cynghorydd / Councillor G Prydderch (Cadeirydd / Chair)") == "Councillor G Prydderch (Chair)"
    for english in ("Members / Officers present", "Present / Apologies", "Chair / Vice-Chair:"):
        assert prefix.sub("", english) == english


def test_initials_do_not_end_a_list_of_people():
    from minutes.parse.meeting import attendance_from_blocks

    blocks = [Block("Present: Councillors J. Smith and K. Jones"), Block("Councillor L. Brown"), Block("Councillor M. Green")]
    assert len([a for a in attendance_from_blocks(blocks) if a.attendance == "present"]) == 4


def test_a_raised_unit_is_no_footnote_and_each_note_is_read_once():
    from minutes.parse import _endnotes_in_place
    from minutes.parse.items import RawItem

    item = RawItem("5", "Community hospital", 1, [
        Block("The new wing adds 200m² of clinical space. Cllr Ross asked how many beds would open.¹"),
        Block("Cllr Hale asked what the wing had cost.²"),
        Block("1 Written answer from the Director: twenty beds would open in May."),
        Block("2 Written answer from the Director: the wing cost £4.2 million."),
    ])
    _endnotes_in_place([item])
    texts = [b.text for b in item.blocks]
    assert texts[0] == "The new wing adds 200m² of clinical space. Cllr Ross asked how many beds would open."
    assert texts.count("Written answer from the Director: the wing cost £4.2 million.") == 1


def test_attendance_in_two_columns_where_a_long_name_narrows_the_gap():
    document = _read("dw-northmoor-hosc-2025-03-12.pdf")
    people = _attendance(document)
    assert people["Councillor Peter Dunmore"] == "present"  # "(co-opted, Carston  NHS Trust" parted at the column
    assert people["Mr Mark Ellery"] == "in_attendance"


def test_answers_joined_to_the_question_by_and_and_marked_names():
    document = _read("eg-hartmoor-adult-social-care-health-select-2025-06-17.pdf")
    points = [q for i in document.items for q in i.questions]
    # "... asked whether ... and the Cabinet Member said that ...", "... and Dr Hale advised that ..."
    said = next(q for q in points if q.text.startswith("Councillor Okafor asked whether the specification"))
    assert said.text.endswith("Real Living Wage") and said.response.text.startswith("the Cabinet Member said")
    doctor = next(q for q in points if q.text.startswith("Councillor Aske queried"))
    assert doctor.response.text.startswith("Dr Hale advised")
    # "Priya Ballard*, ..." and "Claire Benning* (Director ...)": marks for a footnote
    people = {a.name: a for a in document.attendees}
    assert people["Councillor David Aske"].role == "Vice-Chairman" and people["Councillor Priya Ballard"].attendance == "present"
    assert people["Claire Benning"].attendance == "in_attendance"


def test_a_group_label_inside_a_list_of_people():
    document = _read("eh-wealdhurst-health-scrutiny-sub-committee-2025-10-14.docx")
    people = {a.name: a for a in document.attendees}
    # "...; co-opted: Mrs P Garside (Co-opted Member, Healthwatch Weald)"
    assert people["Mrs P Garside"].role == "Co-opted Member, Healthwatch Weald"


def test_parallel_lists_of_questions_and_responses_under_headings():
    document = _read("ei-brackenfield-health-adult-care-scrutiny-board-2025-03-12.html")
    item = next(i for i in document.items if i.number == "4")
    assert len(item.questions) == 4
    first, second, third, fourth = item.questions
    assert first.response.text.startswith("The Head of Commissioning estimated")
    assert second.response.text.startswith("Officers said the tender")
    assert third.response is None  # "No response was recorded; officers to reply in writing."
    assert fourth.response.text.startswith("The Strategic Director confirmed")
    deferred = next(i for i in document.items if i.number == "5").resolutions[0]
    assert deferred.outcome == "deferred"  # "The Board deferred its determination on ..."
    assert _read("ei-hansard-westminster-hall-local-health-scrutiny-reconfiguration.html").doc_type == "other"


def test_easy_read_minutes_with_picture_captions():
    document = _read("ej-ashcombe-ldpb-2025-03-12.pdf")
    people = _attendance(document)
    assert people["Mark Ellis"] == "present"  # "Who came:" over "[picture: group of people]"
    assert people["Karen Bell"] == "in_attendance"  # "People who came to talk to us:"
    assert people["Helen Ford"] == "apologies"  # "Sorry, could not come:"
    points = [q for i in document.items for q in i.questions]
    tom = next(q for q in points if q.text.startswith("Tom asked if his day centre"))
    assert tom.response.text.startswith("Karen told us")
    guide = _read("ej-hollinsford-minute-taking-guide.txt")
    assert guide.doc_type == "other" and not guide.items


def test_an_answer_cell_saying_there_was_none():
    document = _read("ek-kingsmere-council-health-social-care-osc-2025-10-14.pdf")
    asked = next(q for i in document.items for q in i.questions if "reablement bases at Millbrook" in q.text)
    assert asked.response is None  # "Not answered at the meeting."


def test_a_question_time_whose_items_are_the_questions():
    document = _read("el-marlowvale-health-question-time-2025-03-12.docx")
    assert document.committee == "Health Scrutiny Panel"  # "the public meeting held by the Health Scrutiny Panel"
    dentist = next(i for i in document.items if i.number == "3")
    first = dentist.questions[0]
    assert first.asked_by == "Mrs Hilary Dunmore" and first.text.endswith("anywhere in Marlow Vale?")
    assert first.response.text.startswith("Dr Raman (ICB) said")
    assert any(q.text.startswith("Councillor Whitlow followed up by asking") for q in dentist.questions)
    summary = next(i for i in document.items if i.number == "8").resolutions
    assert [r.text.split()[1] for r in summary] == ["write", "invite", "ask", "add", "request", "recommend"]
    assert summary[-1].outcome == "recommended"
    assert _attendance(document)["Mr Colin Ferris"] == "in_attendance"  # "On the answering panel:"


def test_text_made_for_screen_readers():
    document = _read("en-ashcombe-health-scrutiny-committee-2025-10-14.txt")
    assert [i.number for i in document.items] == [str(n) for n in range(1, 9)]  # "Heading level 2: 1. ..."
    people = {a.name: a for a in document.attendees}  # "Row 2: Column 1: Cllr A Patel. Column 2: Chair. ..."
    assert (people["Cllr A Patel"].role, people["Cllr A Patel"].attendance) == ("Chair", "present")
    assert people["Dr K Mensah"].attendance == "in_attendance"
    item = next(i for i in document.items if i.number == "5")
    assert item.resolutions[0].outcome == "agreed"  # "(b) the ICB provide ward-level ... figures"
    bullets = [q for q in item.questions if q.text.startswith("Councillor Fenwick-Hart queried")]
    assert bullets and bullets[0].response.text.startswith("Mr Lindqvist advised")
    noted = next(i for i in document.items if i.number == "7").resolutions
    assert [r.outcome for r in noted] == ["noted"]  # "The Committee noted the update without discussion."
    register = _read("en-ashcombe-register-of-members-interests-health-scrutiny.txt")
    assert register.doc_type == "other"


def test_a_public_question_put_in_full_and_answered_in_the_first_person():
    document = _read("ds-brackenfold-health-scrutiny-2025-06-18.docx")
    public = next(i for i in document.items if i.number == "4").questions
    first = next(q for q in public if q.text.startswith("Mrs Pauline Entwistle asked:"))
    assert first.response.text.startswith("Corridor care is not acceptable and I have said so")
    supplementary = next(q for q in public if q.text.startswith("Mrs Entwistle asked a supplementary question:"))
    assert supplementary.response.text.startswith("I will ask the Trust")


def test_letter_spaced_titles_read_as_words(kent_dir):
    document = _read("eo-calderbrook-hasc-panel-2025-03-11.pdf")
    titles = {i.number: i.title for i in document.items}
    assert titles["HASC 24"] == "HOSPITAL DISCHARGE"  # "H O S P I T A L  D I S C H A R G E"
    assert titles["HASC 26"] == "PUBLIC HEALTH GRANT AND STOP SMOKING SERVICE"
    summons = extract(kent_dir / "council-2025-01-09" / "originals" / "Agenda frontsheet 09th-Jan-2025 10.00 County Council.pdf")
    assert "AGENDA" in [b.text for b in summons.blocks]


def test_questions_that_go_on_and_points_not_answered_at_the_meeting():
    document = _read("ep-thornbury-osc-health-2025-02-04.docx")
    assert [i.number for i in document.items] == [str(n) for n in range(1, 9)]  # numbered by the heading style
    points = [q for i in document.items for q in i.questions]
    assert any(q.text.startswith("Councillor Okafor went on to ask what would happen") for q in points)
    nandra = next(q for q in points if q.text.startswith("Councillor S Nandra requested"))
    assert nandra.response is None  # "this was not answered at the meeting but the Chairman undertook ..."
    log = next(r for i in document.items for r in i.resolutions if "action log be noted" in r.text)
    assert log.outcome == "agreed"  # "... and the out-of-borough placement action be re-opened"
    assert _read("ep-thornbury-day-services-easy-read.docx").doc_type == "other"


def test_a_joint_committee_named_after_its_councils_over_two_lines():
    document = _read("er-wexbridge-kingsholt-ashcombe-marlowe-jhosc-2025-11-20.txt")
    assert document.committee == "Wexbridge, Kingsholt, Ashcombe and Marlowe Joint Health Overview and Scrutiny Committee"
    points = [q for i in document.items for q in i.questions]
    assert not any(q.text.startswith(("the Chair asked", "and the Chair asked")) for q in points)
    assert _read("er-wexbridge-council-tax-2025-26-explained.txt").doc_type == "other"
    assert _read("eq-haldonmoor-dph-councillor-update-march-2025.html").doc_type == "news"


def test_a_slanted_watermark_is_not_read_into_the_text():
    document = _read("es-wealdmoor-hosc-2025-09-16.pdf")
    assert [i.number for i in document.items] == [f"HOSC/25/{n}" for n in range(31, 38)]
    assert "DRAFT – SUBJECT TO APPROVAL" not in document.text
    points = [q for i in document.items for q in i.questions]
    radiographers = next(q for q in points if "radiographers would be drawn away" in q.text)
    assert radiographers.response.text.startswith("the Chief Operating Officer said")  # ", and in reply the ..."


def test_word_fields_show_the_text_they_display():
    document = _read("et-ashvale-hasc-2025-03-12.docx")  # DOCPROPERTY and MERGEFIELD fields
    assert (document.committee, document.meeting_date) == ("Health and Adult Social Care Scrutiny Committee", "2025-03-12")


def test_minutes_in_welsh_and_english_side_by_side():
    document = _read("eu-glanrafon-social-care-health-scrutiny-2025-03-11.html")
    assert [i.title for i in document.items][:4] == ["Apologies for absence", "Declarations of interest", "Minutes", "Home care"]
    assert len([r for i in document.items for r in i.resolutions]) == 6
    first = next(q for i in document.items for q in i.questions)
    assert first.text.startswith("Councillor Huw Bevan asked") and first.response.text.startswith("The Head of Adult Services replied")
    assert not any("Holodd" in q.text for i in document.items for q in i.questions)


def test_grid_tables_with_cells_wrapped_over_several_lines():
    document = _read("ev-ravensmoor-health-adult-social-care-scrutiny-2025-03-11.txt")
    people = {a.name: a for a in document.attendees}
    assert people["Councillor Lorna Whitcombe"].role == "Member (substitute for Councillor G. Fenwick)"
    asked = next(q for q in next(i for i in document.items if i.number == "4").questions)
    assert asked.text.startswith("Asked how many home care hours") and asked.asked_by == "Cllr Bassi"
    assert asked.response.text.startswith("The Assistant Director said that all")


def test_single_letters_that_are_words_stay_apart():
    from minutes.extract.pdf import _letter_spaced_text

    def chars(text: str, letter_gap: float, word_gap: float) -> list[dict]:
        out, x = [], 0.0
        for ch in text:
            if ch == " ":
                x += word_gap - letter_gap
                continue
            x += letter_gap if out else 0
            out.append({"text": ch, "x0": x, "x1": x + 6})
            x += 6
        return out

    assert _letter_spaced_text(chars("Y N Y Y N A", 3.0, 3.0), 10, heading=False) is None  # a recorded vote
    assert _letter_spaced_text(chars("HOSPITAL DISCHARGE", 3.5, 10.7), 10.5, heading=False) == "HOSPITAL DISCHARGE"


def test_a_reply_in_the_first_person_is_not_any_paragraph_after_a_question():
    from minutes.parse.points import paragraph_points

    for after in ("Mr Okafor then read a statement on behalf of the Friends of Ashcombe Park: we have waited years.",
                  "The meeting was adjourned for ten minutes. When we resumed, the Chair moved to item 6."):
        questions: list = []
        waiting = paragraph_points("Mrs Entwistle asked: My husband waited. Can the Cabinet Member tell us what is being done?",
                                   1, questions, None)
        paragraph_points(after, 1, questions, waiting)
        assert questions[0].response is None


def test_review_edge_cases_in_people_decisions_and_names():
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import _rejoin_wrapped_name, attendance_from_blocks, split_people
    from minutes.parse.points import raises_point

    assert split_people("Cllr A Patel; Vice-Chair: Cllr C Okafor") == [("Cllr A Patel", None), ("Cllr C Okafor", "Vice-Chair")]
    names = [a.name for a in attendance_from_blocks([Block("Present: Councillors Tom REED*, Ann Lee, Joe Bass")])]
    assert names == ["Councillor Tom REED", "Councillor Ann Lee", "Councillor Joe Bass"]
    assert _rejoin_wrapped_name(["Health and Wellbeing Board", "Joint Commissioning Panel"])[1] == "Joint Commissioning Panel"
    assert outcome_of("RESOLVED that the update be noted, and that the Director of Public Health report was welcomed.") == "noted"
    assert not raises_point("The Director said officers had followed up with the Trust, asking for the missing data.")


def test_dialogue_lines_name_then_colon_then_what_was_said():
    document = _read("ex-harrowdene-dc-community-wellbeing-scrutiny-2025-10-14.pdf")
    first = next(i for i in document.items if i.number == "45").questions[0]
    assert first.asked_by == "Cllr Hussain"  # "— Cllr Hussain: asked whether ..."
    assert first.response.text.startswith("Head of Housing: said that eleven families")
    assert first.response.given_by == "Head of Housing"
    people = _attendance(document)  # "... at 6.30 pm. Councillors present: Cllr R Hussain (Chair), ..."
    assert people["Cllr R Hussain"] == "present" and people["Cllr J Ward"] == "present"
    assert [i.number for i in document.items if i.number.startswith("47")] == ["47a", "47b"]


def test_a_page_printing_its_minutes_twice_for_two_screens():
    document = _read("ey-brackenfold-asch-scrutiny-2025-03-11.html")
    assert [i.number for i in document.items] == [str(n) for n in range(52, 60)]  # "<caption>52. ...</caption>"
    texts = [q.text for i in document.items for q in i.questions]
    assert len(texts) == len(set(texts)) == 12  # once, not once per layout


def test_mojibake_read_as_the_characters_meant():
    document = _read("ez-ravensmoor-adult-social-care-scrutiny-panel-2025-03-11.txt")
    assert "â€" not in document.text and "Â£" not in document.text
    assert [i.title for i in document.items][4] == "Home Care Recommissioning 2025–2030"  # "Item 5 â€“ ..."
    assert _read("ez-ravensmoor-asc-panel-meeting-arrangements.txt").doc_type == "other"  # an email: "Sent:", "Dear Councillors,"


def test_items_framed_in_tables_with_nested_question_tables():
    document = _read("ew-marchbrook-hasc-2025-09-16.docx")
    assert [i.number for i in document.items] == ["1", "2", "3", "4", "5", "6", "7(a)", "7(b)"]
    tender = next(r for i in document.items for r in i.resolutions if "tender evaluation outcome" in r.text)
    assert tender.outcome == "agreed"  # "(2) the Committee receive a summary of the tender evaluation outcome"


def test_outlook_notes_with_sentence_case_items_and_bulleted_q_and_a():
    document = _read("fd-harwick-stellmoor-joint-health-scrutiny-working-group-2025-10-14.txt")
    assert [i.number for i in document.items] == [str(n) for n in range(1, 8)]  # "1)\tWelcome, apologies and declarations"
    first = next(i for i in document.items if i.number == "3").questions[0]
    assert first.asked_by == "Cllr Pennick" and first.text.startswith("how many of the 19 bids")  # "• Q (Cllr Pennick): ..."
    assert first.response.text.startswith("eleven bids were from regional or national groups")


def test_review_edge_cases_in_layouts_text_and_councils(tmp_path):
    from minutes.extract.html import html_to_blocks
    from minutes.extract.text import grid_tables, without_mojibake
    from minutes.parse.meeting import attendance_from_blocks

    people = attendance_from_blocks([Block("Present:"), Block(
        "Councillor A Patel (Chair), Councillor B Jones and Councillor E Ward. Apologies: Councillor C Smith.")])
    assert [(a.name, a.attendance) for a in people] == [("Councillor A Patel", "present"), ("Councillor B Jones", "present"),
                                                        ("Councillor E Ward", "present"), ("Councillor C Smith", "apologies")]
    assert without_mojibake("â€™ â€œ Â£5 and CAFÉ’S") == "’ “ £5 and CAFÉ’S"
    assert grid_tables(["+------+------+", "| Cllr | Role |", "+======+======+", "| Bob  | Chair|", "| Al   | Memb |",
                        "+------+------+"]) == ["| Cllr | Role |", "| Bob | Chair |", "| Al | Memb |"]
    same = "<p>" + " ".join(f"word{i}" for i in range(80)) + "</p>"
    page = f"<html><body><div class='item'><h2>5. Plans</h2>{same}</div><div class='item'><h2>6. Plans</h2>{same}</div></body></html>"
    assert [b.number for b in html_to_blocks(page) if b.style == "heading"] == ["5", "6"]  # two items, though alike


def test_labels_in_a_column_beside_questions_and_answers():
    document = _read("fe-calderbridge-health-scrutiny-2025-03-11.pdf")
    item = next(i for i in document.items if i.number == "43")
    first = item.questions[0]  # "Questions" over "1. Cllr Hargreaves asked ...", "Answers 1. The Assistant Director said ..."
    assert first.text.startswith("Cllr Hargreaves asked how the Council would stop a zone collapsing")
    assert first.response.text.startswith("The Assistant Director said each zone would have two reserve providers")


def test_an_officer_response_in_the_same_sub_paragraph():
    document = _read("ff-ashcombe-vale-osch-2025-10-14.docx")
    asked = next(q for i in document.items for q in i.questions if "underspend carried forward" in q.text)
    assert asked.text.endswith("at risk of being clawed back")  # "... – Officer response: the Principal Officer said ..."
    assert asked.response.text.startswith("the Principal Officer said that the County Council")


def test_minutes_printed_in_capitals():
    document = _read("fh-wexhampton-sshsc-2025-03-11.txt")
    assert document.committee == "Social Services and Health Scrutiny Committee"  # not the system's banner
    apologies = [a.name for a in document.attendees if a.attendance == "apologies"]
    assert apologies == ["COUNCILLOR R MOSS", "COUNCILLOR L VARNEY"]  # "COUNCILLORS R MOSS AND L VARNEY"
    assert "COUNCILLOR S BRADY" in _attendance(document)  # "COUNCILLORS S BRADY, D F COOMBE, ..."


def test_a_teams_meeting_recap():
    document = _read("fl-stanbridge-adult-social-care-scrutiny-panel-2025-10-14.txt")
    people = _attendance(document)
    assert people["Cllr Ruth Maddox"] == "apologies"  # "Invited but did not attend: Cllr Ruth Maddox; ..."
    assert people["Cllr Peter Annesley"] == "apologies" and "Cllr Maddox" not in people
    assert not any(name.startswith("Recording") for name in people)  # "Recording and transcript: available to ..."
    raised = next(q for i in document.items for q in i.questions if "forty per cent more" in q.text)
    assert raised.response.text.startswith("Owen Fairclough responded that the council could not set")
    last = document.items[-1]
    assert [(r.outcome, r.text[:40]) for r in last.resolutions] == [("noted", "The panel noted that the next meeting wo")]


def test_bold_questions_answered_in_the_same_bullet():
    document = _read("fj-wexcombe-adult-social-care-health-scrutiny-commission-2025-11-12.docx")
    assert _attendance(document)["Councillor Helen Dunmore"] == "present"  # "Commissioners | Officers | Guests"
    assert _attendance(document)["Dev Sharma"] == "in_attendance"
    rows = [q for i in document.items for q in i.questions]
    wage = next(q for q in rows if "Real Living Wage to care workers" in q.text)
    assert wage.text.endswith("(Cllr Dunmore)")  # the asker in brackets closes the question
    assert wage.response.text.startswith("The Head of Procurement and Commercial Assurance confirmed")
    felt = next(q for q in rows if q.text.startswith("Members felt that agency social workers"))
    assert felt.kind == "comment" and felt.response.text.startswith("It was reported that agency staff")  # under "Questions and answers"


def test_a_tender_clarification_log_is_not_minutes():
    document = _read("fj-wexcombe-home-care-tender-clarification-questions-log.docx")
    assert document.doc_type == "other" and not document.items


def test_answers_that_refer_to_points_by_number():
    document = _read("fi-tamebridge-hwosc-2025-10-08.pdf")
    item = next(i for i in document.items if i.number.endswith("17"))
    second = next(q for q in item.questions if q.text.startswith("Councillor Okoro enquired"))
    assert second.response.text.startswith("on (2), she confirmed that the extra allocation")  # "in respect of (1), ...; on (2), ..."
    commented = next(i for i in document.items if i.number.endswith("16")).resolutions
    assert [r.outcome for r in commented] == ["agreed"]  # "The Committee COMMENTED on ... and asked that ..."
    assert [r.outcome for r in item.resolutions] == ["agreed"]  # "(1) ... be noted; and (2) the Director ... circulate"
    pressed = next(q for i in document.items for q in i.questions if "pressed officers on the risk" in q.text)
    assert pressed.kind == "concern"


def test_mainstream_county_minutes_with_mixed_wording():
    document = _read("fm-wendmoor-asc-ph-cabinet-committee-2025-11-13.pdf")
    equipment = next(i for i in document.items if i.number == "33")
    assert equipment.title == "25/00091 – Community Equipment Service: future commissioning arrangements"  # "(Item 7)" set aside
    assert "Cabinet Member for Adult Social Care and Public Health that the Community Equipment Service" in \
        equipment.resolutions[0].text  # a decision broken by the page, read whole
    rows = [q for i in document.items for q in i.questions]
    assert any(q.text.startswith("A view was expressed that the Council could not keep absorbing") for q in rows)
    further = next(q for q in rows if "a further question about the duration of the funding" in q.text)
    assert further.response.text.startswith("Dr Stanbridge confirmed that the additional grant")
    assurance = next(q for q in rows if q.text.startswith("Mrs Pennick sought an assurance"))
    assert assurance.response.text.startswith("which was given, the Director adding")


def test_a_motion_carried_and_recommendations_agreed_without_a_vote():
    document = _read("fn-wyvern-vale-overview-and-scrutiny-2025-10-14.docx")
    rows = [r for i in document.items for r in i.resolutions]
    assert not any(r.text.startswith("The recommendations were agreed") for r in rows)
    recommended = next(r for r in rows if "fast-track grant" in r.text)
    assert recommended.outcome == "recommended" and recommended.text.endswith("The recommendations were agreed without a vote.")
    assert any(r.text.startswith("Councillor Whitlock proposed") and r.outcome == "agreed" for r in rows)
    housing = next(r for r in rows if "housing register" in r.text)
    assert housing.outcome == "agreed"  # "1. note the update ...; and 2. ask for a further report ..."


def test_text_saved_as_utf16(tmp_path):
    document = _read("fo-wealdmoor-joint-health-scrutiny-2025-10-14.txt")
    assert document.doc_type == "minutes" and len(document.items) == 8
    assert "£" in document.text
    from minutes.extract.text import read_text

    plain = tmp_path / "notes.txt"
    plain.write_bytes("Minutes of the meeting – £5".encode("utf-16-le"))  # no byte-order mark
    assert read_text(plain) == "Minutes of the meeting – £5"


def test_decision_first_minutes_and_further_questions():
    document = _read("fp-wyvernvale-health-adult-care-scrutiny-2025-03-11.docx")
    rows = [q for i in document.items for q in i.questions]
    zones = next(q for q in rows if "further question about whether the zones" in q.text)
    assert zones.response.text.startswith("was answered by the Director, who said that each zone")
    wards = next(q for q in rows if "quit rates by ward" in q.text)
    assert wards.response.text.startswith("this was agreed by the Director")
    assert any(q.text.startswith("Cllr Fenwick suggested a joint session") for q in rows)


def test_an_evidence_pack_of_suggested_questions_is_a_report():
    document = _read("fp-wyvernvale-discharge-review-evidence-pack.docx")
    assert document.doc_type == "report" and not document.items  # its "Minutes of the Panel, 21 January ..." is a reading list


def test_minutes_in_the_passive_voice():
    document = _read("fq-northmoor-health-scrutiny-2025-06-19.pdf")
    rows = [q for i in document.items for q in i.questions]
    clarity = next(q for q in rows if q.text.startswith("Clarity was sought as to whether the value of the contract"))
    assert clarity.response.text.startswith("Members were advised that the indicative annual contract value")
    query = next(q for q in rows if "query from County Councillor M Dawson" in q.text)
    assert query.response.text.startswith("Dr Whitlock reported that additional theatre lists")
    raised = next(q for q in rows if "ability of families in the rural north" in q.text)
    assert raised.response.text.startswith("reassurance was given that a third outreach clinic")


def test_a_members_question_and_answer_in_one_table_cell():
    document = _read("fr-marlcombe-people-scrutiny-2025-03-11.docx")
    first = document.items[3].questions[0]  # "Cllr Anwen Price" | "Q: Why ...?" / "A: The Director said ..."
    assert first.asked_by == "Cllr Anwen Price" and first.text.startswith("Why has the number of unfilled")
    assert first.response.text.startswith("The Director said that two providers had handed back rural rounds")
    assert [r.outcome for r in document.items[3].resolutions] == ["agreed"]  # "noted the report and asked for ..."


def test_decisions_indented_like_answers_in_an_email():
    document = _read("fs-wyvernbrook-health-communities-scrutiny-panel-2025-03-11.html")
    item = next(i for i in document.items if i.number == "5")
    assert len(item.resolutions) == 1 and "further update on waiting times" in item.resolutions[0].text
    assert all(q.response is None or not q.response.text.startswith("RESOLVED") for q in item.questions)


def test_questions_kept_in_an_appendix_and_a_work_programme():
    document = _read("ft-ashbridge-health-scrutiny-panel-2025-10-14.pdf")
    rows = [q for i in document.items for q in i.questions]
    assert not any("recorded in Appendix A" in q.text for q in rows)
    programme = _read("ft-ashbridge-health-scrutiny-panel-work-programme-2025-26.pdf")
    assert programme.doc_type == "other"  # "Meeting date | Topic | Lead officer(s) | Key questions"


def test_a_board_with_partners_and_attendance_tables_by_role():
    document = _read("fv-harrowdene-hwb-2025-09-18.docx")
    assert document.committee == "Health and Wellbeing Board"  # not the partner "in partnership with" it
    roles = {a.name: (a.role, a.attendance) for a in document.attendees}
    assert roles["Tom Heald"] == ("Democratic Services Officer (clerk)", "in_attendance")  # the Role column
    assert roles["Chief Inspector Ian Morrow"][1] == "apologies"
    assert any(q.text.startswith("Mark Lindqvist (Harrowdene and Vale NHS Foundation Trust) commented")
               for i in document.items for q in i.questions)


def test_a_sites_tags_are_not_a_minutes_label():
    document = _read("fw-ashcombe-community-wellbeing-osp-2025-10-14.html")
    last = document.items[-1]  # "Tags: ... Minutes / Health" under the last minute
    assert last.text.startswith("The Democratic Services Officer presented the work programme")
    assert len(last.resolutions) == 1 and last.questions[0].text.startswith("Cllr Nightingale requested")
    leisure = next(i for i in document.items if i.number == "48/25")
    assert not any("operator had requested" in q.text for q in leisure.questions)


def test_an_officer_response_label_over_its_answer_and_a_minutes_index():
    document = _read("fx-thornmouth-scrutiny-health-social-care-2025-01-14.txt")
    asked = next(q for i in document.items for q in i.questions if "1,240 people" in q.text)
    assert asked.response.text.startswith("Mr Hollins estimated that around 310 people")
    index = _read("fx-thornmouth-scrutiny-health-social-care-minutes-index-2024-25.txt")
    assert index.doc_type == "other" and not index.items


def test_a_reply_to_a_question_asked_under_another_item():
    from minutes.parse.points import paragraph_points

    rows = []
    paragraph_points("Responding to Mr Pilling’s question (minute 4), the Director said the figures would follow.", 1, rows, None)
    assert rows == []
    paragraph_points("Responding to a query from Councillor Dawson regarding waits, Dr Whitlock reported that lists were added.", 1, rows, None)
    assert rows[0].response.text.startswith("Dr Whitlock reported")


def test_a_note_with_front_matter_wiki_links_and_callouts():
    document = _read("gb-marlstone-overview-and-scrutiny-2025-10-14.txt")
    people = _attendance(document)
    assert people["Cllr Helen Ashworth"] == "present" and people["Karen Whitfield"] == "in_attendance"  # YAML lists
    assert people["Cllr Dev Malik"] == "apologies"
    rows = [q for i in document.items for q in i.questions]
    first = next(q for q in rows if q.text.startswith("Why were residents in Eastfield"))  # "> [!question] Cllr Priya Shah: ..."
    assert first.asked_by == "Cllr Priya Shah" and first.response.text.startswith("the halving was an average")
    assert not any("[[" in q.text for q in rows)
    assert document.items[2].resolutions[0].text.startswith("RESOLVED that the minutes")  # "> [!decision] RESOLVED ..."


def test_a_raw_email_in_quoted_printable():
    document = _read("gf-wyvernbrook-health-housing-scrutiny-2025-10-14.txt")
    assert document.doc_type == "minutes" and len(document.items) == 8
    assert "=E2=80=93" not in document.text and "Received:" not in document.text
    invitation = _read("gf-wyvernbrook-icb-winter-plan-briefing-invitation.txt")
    assert invitation.doc_type == "other"  # "no decisions will be taken and no minutes will be produced"


def test_a_running_header_naming_the_minute_continued():
    document = _read("gc-ashcombe-health-care-scrutiny-2025-10-14.pdf")
    assert [i.number for i in document.items] == [str(n) for n in range(53, 61)]
    assert not any("(continued)" in i.text for i in document.items)


def test_decisions_kept_in_a_log_at_the_end():
    document = _read("gd-harrowdale-hosc-2025-10-14.docx")
    assert [i.number for i in document.items] == [str(n) for n in range(61, 69)]  # the log's rows are no items
    recommissioning = next(i for i in document.items if i.number == "66")
    assert [r.outcome for r in recommissioning.resolutions] == ["recommended", "agreed"]  # two rows for minute 66


def test_topic_bullets_holding_several_points():
    document = _read("fz-cardenfield-health-scrutiny-committee-2025-03-11.docx")
    rows = [q for i in document.items for q in i.questions]
    agency = next(q for q in rows if q.text.startswith("Councillor Crossley questioned how much the Trust was relying"))
    assert agency.response.text.startswith("the Chief Operating Officer explained")  # a second point in "Workforce – ..."
    assert any(q.text.startswith("Councillor Crossley also commented that vaping") for q in rows)


def test_the_panel_asking_in_its_own_decision():
    document = _read("fy-marlcombe-asch-panel-2025-06-17.pdf")
    workforce = next(i for i in document.items if i.number == "ASCH/25/17")
    assert [r.outcome for r in workforce.resolutions] == ["agreed"]  # "NOTED the report. The Panel asked that ..."
    assert not any(q.text.startswith("The Panel asked") for q in workforce.questions)
    assert any(q.text.startswith("Cllr Strickland felt that") for i in document.items for q in i.questions)


def test_xhtml_exported_from_a_layout_program_reads_quietly():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        document = _read("ga-wealdshire-health-wellbeing-scrutiny-2025-10-14.html")
    assert document.doc_type == "minutes" and len(document.items) == 8


def test_third_review_edge_cases():
    from minutes.parse.decisions import outcome_of
    from minutes.parse.items import _clean_title
    from minutes.parse.meeting import attendance_from_blocks, attendance_from_text

    def read(*texts):
        return parse_item([Block(t) for t in texts])

    qs, _ = read("Cllr Patel asked about the figures, which were provided by the Trust in January, and the Director said they would be updated.")
    assert qs[0].response.given_by == "the Director"  # "which were provided by ..." is no answer
    qs, _ = read("Cllr Patel asked whether North Yorkshire and West Yorkshire responded to the consultation.")
    assert qs[0].response is None
    qs, _ = read("Cllr Patel asked whether the Trust had kept its promises and reassurance was given by the ICB last year.")
    assert qs[0].response is None
    qs, _ = read("In response to the presentation, Members made the following comments:",
                 "• Concern was expressed about the closure of the ward. This would affect residents in the north most.")
    assert qs[0].response is None  # "in response to" names no answers to come
    _, rs = read("An amendment moved by Councillor Ahmed, to defer the decision, was put to the vote and LOST.",
                 "The recommendations were carried (7 for, 2 against).")
    assert [r.outcome for r in rs] == ["rejected", "agreed"]
    assert outcome_of("RESOLVED that the report be noted, Members having asked a number of questions of the officers.") == "noted"
    assert outcome_of("RESOLVED that the update be noted; Members asked for their thanks to be passed to staff.") == "noted"
    people = attendance_from_blocks([Block("In attendance:"), Block("Jo Farrell"), Block("Chief Constable")])
    assert [(a.name, a.role) for a in people] == [("Jo Farrell", "Chief Constable")]
    people = attendance_from_blocks([Block("Present:"), Block("Name | Role", style="table"), Block("Councillor Joe Bloggs | Chair", style="table"),
                                     Block("Apologies:"), Block("Councillor Amy Patel | Labour | Apologies", style="table")])
    assert (people[1].role, people[1].party) == (None, "Labour")  # the "Role" column ended with its table
    names = [a.name for a in attendance_from_text(
        "Apologies for absence were received from Councillor Maddox; Councillor Annesley; and Councillor Hill, who was away.")]
    assert names == ["Councillor Maddox", "Councillor Annesley", "Councillor Hill"]
    assert _clean_title("Exclusion of the press and public for (Item 9) below") == "Exclusion of the press and public for (Item 9) below"
    _, rs = read("The Committee RECEIVED a presentation from Dr Jones on winter pressures.",
                 "The Committee noted that the next meeting of the ICB Board would consider the final plan in June.",
                 "RESOLVED that the presentation be noted.")
    assert len(rs) == 1


def test_each_decision_with_its_own_reference():
    document = _read("gh-wessendale-health-scrutiny-sub-committee-2025-06-17.docx")
    item = next(i for i in document.items if i.number == "17")
    assert [r.outcome for r in item.resolutions] == ["noted", "agreed"]  # "Decision HSS/25/17/1: ...", ".../2: ..."
    assert item.resolutions[1].text.startswith("Decision HSS/25/17/2: That the Integrated Care Board be asked")


def test_screen_reader_labels_and_icons_on_questions_and_attendance_spans():
    document = _read("gi-kestrelford-health-social-care-scrutiny-panel-2025-10-14.html")
    rows = [q for i in document.items for q in i.questions]
    warnings = next(q for q in rows if "same overspend warnings" in q.text)
    assert warnings.kind == "comment" and warnings.asked_by == "Councillor Mowbray"  # an icon's "?" is no question mark
    people = {a.name: (a.role, a.attendance) for a in document.attendees}
    assert people["Councillor Harriet Ossory"] == ("Chair", "present")  # name | role | status spans
    assert people["Councillor Nell Tregarthen"] == (None, "absent")
    assert people["Kerry Nantes"] == ("Head of Commissioning and Contract Management (Care and Support)", "in_attendance")


def test_text_exported_with_ligatures_and_symbol_bullets():
    document = _read("gj-calderbrook-adults-health-scrutiny-board-2025-09-09.txt")
    assert "\ufb01" not in document.text and "\uf0b7" not in document.text
    people = _attendance(document)
    assert people["Karen Sutton"] == "in_attendance"  # under "ALSO IN ATTENDANCE", one to a bullet
    assert any("clarification on what would happen to staff of providers" in q.text for i in document.items for q in i.questions)


def test_a_planning_policy_paper_and_disappointment_expressed():
    assert _read("gg-wealdbrook-statement-of-community-involvement.pdf").doc_type == "report"
    document = _read("gg-wealdbrook-overview-scrutiny-2025-03-11.pdf")
    assert any("expressed disappointment that the backlog" in q.text for i in document.items for q in i.questions)


def test_a_section_label_in_a_table_cell_beside_its_first_line():
    document = _read("fe-calderbridge-health-scrutiny-2025-03-11.pdf")
    item = next(i for i in document.items if i.number == "44")  # "Questions | 1. Cllr Whitworth asked ..."
    answers = [q.response.text for q in item.questions]
    assert answers[0].startswith("The Associate Director explained that the north locality")
    assert answers[1].startswith("The Place Director acknowledged a vacancy rate of 14 per cent")
    assert answers[2].startswith("The Place Director undertook to circulate the funding breakdown")


def test_inline_q_and_a_with_full_stops_and_an_attendance_table_at_the_end():
    document = _read("gl-wealdshire-adult-social-care-and-health-select-committee-2025-03-12.docx")
    rows = [q for i in document.items for q in i.questions]
    rural = next(q for q in rows if q.text.startswith("Cllr Reddaway – Will the contract guarantee"))  # "• Q. ... A. ..."
    assert rural.response.text.startswith("The Head of Commissioning – Yes, the zone contracts")
    page = _read("gm-wenmoor-hwosc-2025-06-17.html")
    people = {a.name: (a.role, a.attendance) for a in page.attendees}  # "Attendance details": Attendee | Role | Attendance
    assert people["Councillor Hilary Marchbank"] == ("Chairman", "present") and people["Councillor Ayesha Bukhari"][1] == "absent"
    surgery = next(q for i in page.items for q in i.questions if "Castle Fields" in q.text)
    assert surgery.response.text.startswith("Ms Ibbotson replied")  # "... was in discussion with ..." is no lead-in


def test_fourth_review_edge_cases(tmp_path):
    from minutes.extract.html import html_to_blocks
    from minutes.extract.text import email_body, front_matter
    from minutes.parse.meeting import attendance_from_blocks, attendance_from_text

    boxed = ["---", "Meeting: Health Scrutiny Committee", "Date: 4 March 2025", "---", "Present: Cllr Ann Smith"]
    assert front_matter(boxed) == boxed  # a header boxed in by rules is left as it is
    assert "Date: 14 October 2025" in front_matter(["---", "title: Minutes", "date: 2025-10-14", "---"])
    mail = ('From: ds@council.gov.uk\nTo: m@council.gov.uk\nSubject: Minutes\nMIME-Version: 1.0\n'
            'Content-Type: multipart/mixed; boundary="X"\n\n--X\nContent-Type: text/plain\n\nPlease see attached.\n'
            '--X\nContent-Type: text/plain; name="m.txt"\nContent-Disposition: attachment; filename="m.txt"\n\n'
            'RESOLVED that the report be noted.\n--X--\n')
    assert "RESOLVED that the report be noted." in email_body(mail)  # the attached minutes kept
    blocks = html_to_blocks("<ul><li><b>Cllr Bob Jones</b> <span>asked whether waiting lists had fallen.</span></li></ul>")
    assert blocks[0].style != "table"  # a point, not a person's card
    qs, rs = parse_item([Block("RESOLVED that Cabinet be recommended to approve the policy."),
                         Block("The recommendations were agreed by a majority.")])
    assert len(rs) == 1
    _, rs = parse_item([Block("The Committee RECEIVED the annual report of the Director of Public Health.")])
    assert [r.outcome for r in rs] == ["noted"]
    people = attendance_from_text("Apologies were received from Cllr Ann Maddox and Cllr Bob Annesley; there were no substitutes.")
    assert [(a.name, a.role) for a in people] == [("Cllr Ann Maddox", None), ("Cllr Bob Annesley", None)]
    people = attendance_from_blocks([Block("Apologies: received from Cllr Ann Smith and Cllr Bob Jones.")])
    assert [a.name for a in people] == ["Cllr Ann Smith", "Cllr Bob Jones"]
    qs, rs = parse_item([Block("The following questions were raised and answered:"),
                         Block("• How many care home beds were vacant? There were 40 vacant beds across the county.")])
    assert qs[0].response.text.startswith("There were 40 vacant beds")
    qs, rs = parse_item([Block("The Committee noted the report. The Committee asked for an explanation of the overspend and "
                               "the Director said it arose from agency costs.")])
    assert len(rs) == 1 and qs and qs[0].response is not None


def test_rounds_100_and_101_county_and_london_styles():
    surrey = _read("gq-wealdshire-adults-health-select-2025-09-18.pdf")
    rows = [q for i in surrey.items for q in i.questions]
    unmet = next(q for q in rows if q.text.startswith("A Member noted that the report contained no data on unmet need"))
    assert unmet.kind == "request" and unmet.response is None  # the "Actions/further information" below answer nothing
    decisions = [r.text for i in surrey.items for r in i.resolutions]
    assert any(t.startswith("The Select Committee noted that its next public meeting") for t in decisions)

    norfolk = _read("gr-broadmere-hosc-2025-09-11.docx")
    people = {a.name: a.role for a in norfolk.attendees}
    assert people["Cllr Sandra Pike"] == "Substitute for Cllr Brian Lowery"  # "Cllr A for Cllr B | Council" in a table
    rows = [q for i in norfolk.items for q in i.questions]
    delays = next(q for q in rows if q.text.startswith("In reply to a question the Director of Adult Social Services"))
    assert delays.kind == "question" and delays.response.text.startswith("the Director of Adult Social Services said that delays")
    assert not any(q.text.startswith("The Locality Director reported") for q in rows)  # an officer's statement first in the list

    london = _read("gt-ravensmere-hscss-2025-03-11.html")
    rows = [q for i in london.items for q in i.questions]
    vacant = next(q for q in rows if q.text.startswith("the neighbourhood teams had 14 vacant posts"))
    assert vacant.kind == "question" and vacant.response.given_by == "officers"  # "officers advised that:" over answers only
    decisions = {r.text.split("\n")[1 if r.text.startswith("RESOLVED:\n") else 0]: r.outcome for i in london.items for r in i.resolutions}
    assert not any(t.startswith("The Sub-Committee noted the following") for t in decisions)
    assert decisions["That the decision be referred back to Cabinet for reconsideration, with the following recommendations:"] == "recommended"


def test_rounds_102_and_103_city_county_and_metropolitan_styles():
    city = _read("gu-castlebridge-health-scrutiny-2025-06-11.pdf")
    rows = [q for i in city.items for q in i.questions]
    # "... responded to Members' comments and questions by stating that:-" over answers in the points' order
    wage = next(q for q in rows if q.text.startswith("Whether the additional funding for the Real Living Wage"))
    assert wage.response.text.startswith("the £4.2m cost of the Real Living Wage")
    assert next(q for q in rows if q.text.startswith("Why the Council was not considering")).kind == "question"
    assert next(q for q in rows if q.text.startswith("Requesting that the next update")).kind == "request"
    assert not any("Decision" in q.text or "responded to Members" in q.text for q in rows)  # a heading and a lead-in kept apart
    assert len([r for i in city.items for r in i.resolutions]) == 6

    nottingham = _read("gv-trentbridge-city-council-hasc-2025-06-19.docx")
    assert any(r.text.startswith("The Committee confirmed the minutes") for i in nottingham.items for r in i.resolutions)

    county = _read("gw-wealdmoor-health-scrutiny-2025-01-15.pdf")
    assert county.committee == "Health Scrutiny Committee for Wealdmoor"
    people = _attendance(county)  # members under "Wealdmoor District Councils" and "Healthwatch Wealdmoor" headings
    assert people["Councillor K Osei"] == "present" and people["Dr Ruth Abernethy"] == "present"
    assert people["Paul Rendell"] == "in_attendance"  # "County Officers:"

    wirral = _read("gx-merebrook-asc-public-health-committee-2025-10-14.docx")
    people = _attendance(wirral)  # "Councillors<tab>D Ashcroft<tab><tab>M Quayle" under "Present:"
    assert {"Councillor D Ashcroft", "Councillor M Quayle", "Councillor P Yelland"} <= set(people)
    rows = [q for i in wirral.items for q in i.questions]
    assert not any("Personal interest" in q.text for q in rows)  # declarations, not points
    assert any(q.text.startswith("Councillor T Sefton had submitted a question asking") for q in rows)
    outcomes = {r.text[:40]: r.outcome for i in wirral.items for r in i.resolutions}
    assert outcomes["An amendment was moved by Councillor Sef"] == "rejected"


def test_rounds_104_and_105_styles_writers_chose_from_real_councils():
    district = _read("gy-fenbridge-os-panel-communities-2025-09-10.pdf")
    decisions = [r.text for i in district.items for r in i.resolutions]
    # "RESOLVED" / "that the Panel" / "(a) notes ...; and" / "(b) requests ...": one decision
    assert any(t.startswith("RESOLVED\nthat the Panel\n(a) notes") and "(b) requests" in t for t in decisions)
    assert any(t.startswith("The Panel received and noted") for t in decisions)
    assert _attendance(district)["Councillor B Fairweather"] == "apologies"  # "submitted on behalf of Councillors ..."

    metropolitan = _read("gz-tynebridge-chw-osc-2025-10-13.html")
    assert _attendance(metropolitan)["Helen Marsh"] == "in_attendance"  # "Partners: Helen Marsh (...)"

    unitary = _read("ha-wessexdown-health-select-committee-2025-03-06.docx")
    people = _attendance(unitary)  # "Apologies were received from:" over a bulleted list
    assert people["Cllr Ian Merriweather"] == "apologies" and people["Cllr Jo Venning"] == "apologies"
    rows = [q for i in unitary.items for q in i.questions]  # "Issues highlighted in the course of the presentation and discussion included:"
    assert any(q.text.startswith("The importance of paying care workers") for q in rows)

    london = _read("hb-hartwell-hasc-scrutiny-2025-03-10.pdf")
    people = _attendance(london)  # "MEMBERS OF THE COMMITTEE PRESENT" / "... ABSENT"
    assert people["Councillor Anna Okafor-Reid"] == "present" and people["Councillor Lorna Beckett"] == "absent"


def test_rounds_106_and_107_county_district_metropolitan_and_joint_styles():
    county = _read("hc-northdale-scrutiny-of-health-2025-06-20.pdf")
    people = {a.name: (a.role, a.attendance) for a in county.attendees}
    assert people["County Councillor Heather Moorby"] == ("Chair", "present")  # "County Councillor X in the Chair."
    assert people["Dr Nadia Qureshi"][1] == people["Richard Webber"][1] == "in_attendance"  # "In attendance:- ...", "County Council Officers:- ..."
    rows = [q for i in county.items for q in i.questions]
    assert any(q.text.startswith("County Councillor Thwaite commented that") for q in rows)

    district = _read("hd-wealdbridge-housing-health-advisory-2025-06-17.html")
    assert _attendance(district)["Cllr Nnamdi"] == "in_attendance"  # "Cllrs Fairweather and Nnamdi were also present."
    rows = [q for i in district.items for q in i.questions]
    assert not any(q.text.startswith("Members asked questions and discussed") for q in rows)
    work = next(r for i in district.items for r in i.resolutions if "subject to the addition of" in r.text)
    assert work.outcome == "agreed"  # noted, and an item added: more than noting

    metropolitan = _read("he-brackwell-hasc-2025-11-13.docx")
    people = _attendance(metropolitan)
    assert people["H Lindqvist"] == "in_attendance"  # "Brackwell MBC Officers:"
    assert people["Councillor C Moorcroft"] == "apologies"  # "An apology for absence ... on behalf of ..."

    joint = _read("hf-pennine-vale-jhosc-2025-03-14.pdf")
    assert _attendance(joint)["Councillor Helen Ashworth"] == "present"  # "Holmebridge Council – Councillor ..."
    corridors = next(q for i in joint.items for q in i.questions if q.text.startswith("A question on how many patients"))
    assert corridors.response.text.startswith("the response that the Trust had recorded 412")


def test_rounds_108_and_109_boards_county_and_coordination_styles():
    county = _read("hg-wreakdale-hosc-2025-09-10.pdf")
    people = {a.name: (a.role, a.attendance) for a in county.attendees}
    # "PRESENT" run into the title above it; "Mr. D. Ashworth CC" told apart from "Mr. R. J. Fennimore CC"
    assert people["Mr. D. Ashworth CC"] == (None, "present") and people["Mr. R. J. Fennimore CC"][0] == "Chair"
    assert people["Mr. B. Lount CC"][0] == "Substitute for Mrs. P. Ingarsby CC"  # "... attended as a substitute for ..."
    assert people["Imran Daventry"][0].startswith("Assistant Director (Commissioning and Quality)")

    board = _read("hh-wreakshire-health-and-wellbeing-board-2025-06-12.pdf")
    names = {a.name for a in board.attendees}
    assert "Mrs. S. Lattimer CC" in names and not names & {"District Councils", "Community Sector"}
    decisions = [r.text for i in board.items for r in i.resolutions]
    assert any(t.startswith("RESOLVED:\n(a) That the proposed approach") for t in decisions)  # "RESOLVED:" at a page's top
    assert any(t.startswith("The minutes of the meeting held on 13 March 2025") for t in decisions)

    coordination = _read("hi-kenworth-scrutiny-coordination-2025-06-18.pdf")
    assert [i.number for i in coordination.items] == [str(n) for n in range(1, 9)]  # bold "1) ..." clauses are no items
    rows = [q for i in coordination.items for q in i.questions]
    assert next(q for q in rows if q.text.startswith("The number of hours of home support")).kind == "question"
    assert _attendance(coordination)["P Quayle"] == "in_attendance"  # "Employees (by Directorate):"

    children = _read("hj-avonmere-cyp-osc-2025-06-11.pdf")
    assert [i.title for i in children.items][:3] == ["General", "Public Speaking", "Questions to Portfolio Holders"]


def test_rounds_110_and_111_south_west_outer_london_north_and_merseyside_styles():
    county = _read("hk-brentmoor-scrutiny-adults-health-2025-03-05.pdf")
    rows = [q for i in county.items for q in i.questions]
    assert next(q for q in rows if q.text.startswith("Members raised a number of concerns")).kind == "concern"

    london = _read("hl-hayesbury-adult-care-health-pdsc-2025-03-11.html")
    rows = [q for i in london.items for q in i.questions]  # the question is known only by its answer
    assert any(q.text.startswith("Responding to a question from the Chairman, the Head of Strategic") for q in rows)

    unitary = _read("hm-elvet-awhosc-2025-03-13.docx")
    people = {a.name: (a.role, a.attendance) for a in unitary.attendees}
    assert people["Councillor B Coulthard"] == ("Chair", "present")  # in bold under "Present:"

    merseyside = _read("hn-crossmere-osc-adult-social-care-health-2025-03-04.pdf")
    assert [i.number for i in merseyside.items] == [str(n) for n in range(37, 45)]  # "Agenda Item 3" above the title
    assert _attendance(merseyside)["Councillor Tarleton"] == "absent"  # "... was not present and no apology ..."
    rows = [q for i in merseyside.items for q in i.questions]
    dowd = next(q for q in rows if q.text.startswith("Councillor Dowd expressed concern"))
    assert dowd.response.text.startswith("Mrs. Holroyd replied that a survey")  # ", to which Mrs. Holroyd replied"
    assert any(q.text.startswith("What the Trust was doing") for q in rows)  # "asked questions/commented on the following issues:"


def test_fifth_review_edge_cases():
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import attendance_from_blocks, attendance_from_text
    from minutes.parse.points import kind_of

    qs, _ = parse_item([Block("Cllr Okafor: Were apologies sent to the families affected by the data breach?"),
                        Block("Director of Children's Services: Yes, letters were sent to all 40 families.")])
    assert qs and qs[0].response is not None  # a turn mentioning apologies is still a question
    qs, rs = parse_item([Block("RESOLVED"), Block("That the report be noted"),
                         Block("2. Councillor Jones asked whether the new charges would apply to blue badge holders."),
                         Block("The Head of Parking confirmed that they would not.")])
    assert len(rs) == 1 and qs and qs[0].response is not None  # no lead-in: the numbered point is no clause
    people = attendance_from_blocks([Block("PRESENT: Councillors A Smith (Chair), B Jones and C Brown. APOLOGIES"),
                                     Block("Councillor D White.")])
    assert {a.name for a in people if a.attendance == "present"} >= {"Councillor A Smith", "Councillor B Jones"}
    people = attendance_from_blocks([Block("Present: Councillors A Smith (Chair), B Jones, C Brown Officers: Sarah Cole (Head of Finance)")])
    assert "Councillor C Brown" in {a.name for a in people}  # a name before "Officers:" is no part of the label
    people = attendance_from_blocks([Block("Present:"), Block("Councillor Patel thanked Councillor Green for her eight years in the Chair.")])
    assert not any("thanked" in a.name for a in people)
    _, rs = parse_item([Block("The Committee noted the following:"), Block("(a) the progress made on the action plan;"),
                        Block("(b) that a further update would be brought in March.")])
    assert len(rs) == 1  # "noted the following:" over lettered clauses is a decision
    assert kind_of("Members welcomed the new hub, which residents had called for over many years.") == "comment"
    assert kind_of("Councillor Brown commented that staff could now raise concerns anonymously.") == "comment"
    qs, _ = parse_item([Block("The Chair put the question on the amendment, which was lost.")])
    assert not qs
    assert attendance_from_text("The Director of Housing gave an apology on behalf of Councillor Smith, the Cabinet "
                                "Member, for the error in the report.") == []
    assert outcome_of("RESOLVED that the matter be referred back to the Executive Director of Place for further work.") == "agreed"
    assert outcome_of("RESOLVED that the report be noted, subject to the addition of Councillor Smith's apologies.") == "noted"


def test_rounds_112_and_113_police_panel_combined_authority_corporate_parenting_and_audit():
    panel = _read("ho-sedgeshire-police-crime-panel-2025-02-06.pdf")
    people = _attendance(panel)  # "Elected Members:" over "(* present)": a name without the mark was not there
    assert people["Councillor Hannah Prowse"] == "present" and people["Councillor Geoff Tindall"] == "absent"
    assert people["Councillor Mike Denholm"] == "apologies"  # not marked, and apologies recorded in item 1
    assert people["Mr Colin Rayner"] == "present"  # "Independent Members:"
    assert people["Amelia Stroud"] == "in_attendance"  # "Witness:" inside an item
    assert "Police" not in people  # "Martin Cheyne, Police and Crime Commissioner for Sedgeshire"
    rows = [q for i in panel.items for q in i.questions]
    assert not any(q.text.startswith("The Chief Finance Officer of the Office") for q in rows)  # an officer outlining
    assert next(q for q in rows if "on behalf of Councillor Joanne Pirie" in q.text).kind == "question"
    assert any(r.text.startswith("The minutes were agreed as a true record") for i in panel.items for r in i.resolutions)

    authority = _read("hp-holmewater-ca-overview-scrutiny-2025-03-12.html")
    assert [i.number for i in authority.items][:2] == ["O&SC 58/24", "O&SC 59/24"]  # the number in a cell of its own
    assert len([r for i in authority.items for r in i.resolutions]) == 8  # "RESOLVED/-"
    rows = [q for i in authority.items for q in i.questions]
    varma = next(q for q in rows if q.text.startswith("A Member asked what support was available for rough sleepers"))
    assert varma.response.text.startswith("Dr Anil Varma, Director of Population Health")
    assert not any(q.text.startswith("The Statutory Scrutiny Officer suggested") for q in rows)  # an officer answering
    assert _read("hp-holmewater-ca-mayors-question-time-ashcroft-2025-03-26.html").doc_type == "other"  # an event page

    parenting = _read("hq-havenstoke-corporate-parenting-board-2025-03-05.docx")
    rows = [q for i in parenting.items for q in i.questions]
    mileage = next(q for q in rows if "mileage rate" in q.text)
    assert mileage.response.text.startswith("“Thank you for your question")  # "The Chair provided the following reply:"
    assert any(q.text.startswith("Councillor Ruddick, who had declared an interest, said") for q in rows)

    audit = _read("hr-clystmoor-audit-governance-2025-01-28.pdf")
    people = _attendance(audit)
    assert people["C Ashworth-Lee"] == "present"  # "D R Halloran (Chairman) C Ashworth-Lee (Vice Chairman) B Caddick, ..."
    assert people["Councillor N Blatchford"] == "apologies" and people["Ian Rendell"] == "in_attendance"  # "Councillor(s)", "Officer(s):"
    assert people["Councillor L Kemp"] == "in_attendance"  # "Councillors Online"
    rows = [q for i in audit.items for q in i.questions]  # "Discussion took place regarding:" over topics
    assert next(q for q in rows if q.text.startswith("How long it would take")).response.text.startswith("It was explained")
    assert not any(q.text.startswith("The sector update drew attention") for q in rows)
    decisions = [r.text for i in audit.items for r in i.resolutions]
    assert "RESOLVED that the External Audit Plan for the year ending 31 March 2025 be NOTED." in decisions  # "NOTED." in bold below
    assert not any(t.startswith("(Proposed by") for t in decisions)  # who moved the decision above
    assert any(t.startswith("The Committee had before it, and NOTED") for t in decisions)


def test_rounds_114_and_115_fire_authority_city_corporation_and_county_and_city_styles():
    fire = _read("hs-hollingshire-cfa-performance-overview-2025-09-10.txt")
    assert [i.number for i in fire.items][:2] == ["9-25/26", "10-25/26"]
    rows = [q for i in fire.items for q in i.questions]
    assert any(q.text.startswith("At the invitation of the Chair, Mr Fairhurst commented") for q in rows)
    assert any(q.text.startswith("Members raised a number of questions regarding the resilience") for q in rows)
    assert not any(q.text.startswith("The Assistant Chief Fire Officer drew Members' attention") for q in rows)

    city = _read("ht-westhythe-health-social-care-scrutiny-sub-2025-10-21.html")
    decisions = [r for i in city.items for r in i.resolutions]

    def outcome(start: str) -> str:
        return next(r.outcome for r in decisions if r.text.startswith(start))

    assert outcome("RESOLVED, that – the presentation be noted") == "agreed"
    assert outcome("RESOLVED, that – Members:\nnote the report") == "agreed"  # asks an Executive Director: not to Cabinet
    assert outcome("The Sub Committee noted the report and asked") == "agreed"  # "Sub Committee" without its hyphen
    rows = [q for i in city.items for q in i.questions]
    assert any(q.text.startswith("Members expressed strong concern") for q in rows)
    assert not any(q.text.startswith("Is this page useful") for q in rows)

    county = _read("hu-ashwoldshire-health-scrutiny-committee-2025-10-09.pdf")
    rows = [q for i in county.items for q in i.questions]
    assert not any(re.search(r"\b(Farrant|Scrutiny Officer)$", q.text) for q in rows)  # the ACTION column is left out
    pharmacies = next(q for q in rows if q.text.startswith("A Member queried why two pharmacies"))
    assert pharmacies.response.text.startswith("It was noted that the ICB could not require")
    assert any(q.text.startswith("In response to a Member question regarding") for q in rows)
    assert _attendance(county)["K Ahmed"] == "present"  # "BOROUGH AND DISTRICT COUNCIL MEMBERS"
    assert any(r.text.startswith("1.2 The Minutes") or r.text.startswith("The Minutes of the Health Scrutiny")
               for i in county.items for r in i.resolutions)

    city = _read("hv-brindleford-hasc-osc-2025-01-21.pdf")
    assert [i.number for i in city.items] == [str(n) for n in range(58, 70)]  # "58 The Chair advised ..." under the title
    assert city.items[-1].resolutions  # "69. RESOLVED: -" under "AUTHORITY TO CHAIR AND OFFICERS"
    rows = [q for i in city.items for q in i.questions]
    assert not any("main points raised" in q.text for q in rows)
    work = next(r for i in city.items for r in i.resolutions if "day services consultation" in r.text)
    assert work.outcome == "agreed"  # noted, with the outcome of a consultation added to a meeting


def test_rounds_116_and_117_district_board_select_committee_and_commission_styles():
    district = _read("hw-stourmere-community-leadership-osc-2025-01-20.pdf")
    decisions = [r for i in district.items for r in i.resolutions]  # a justified motion among tables, one paragraph
    assert any(r.text.startswith("Councillor Gorringe moved") and r.outcome == "rejected" for r in decisions)
    rows = [q for i in district.items for q in i.questions]
    assert not any("received responses as follows" in q.text for q in rows)
    assert not any(q.text.startswith("The Committee had before it a report") for q in rows)
    assert any(q.text.startswith("Councillor Pryor commented that community pharmacies") for q in rows)

    board = _read("hx-wansmoor-health-wellbeing-board-2025-03-13.docx")
    people = _attendance(board)  # "BOARD MEMBERS" over "Bell, T. | Lockhart, S."
    assert people["Bell, T."] == "present" and people["Wilkinson, J."] == "present"
    assert not any(a.name == "K. Dunn" for a in board.attendees)  # "Dunn, K." of the list, named again below
    assert any(r.text.startswith("The Chair thanked Ms Scott") for i in board.items for r in i.resolutions)

    county = _read("hy-tarrantshire-hasc-select-committee-2025-11-18.pdf")
    people = {a.name: (a.role, a.attendance) for a in county.attendees}
    # "Chairman:" over a grid of names marked "*", the key "*Present" below it
    assert people["Councillor Graham Pellow"] == ("Chairman", "present")
    assert people["Councillor Peter Kilby"][1] == "present" and people["Councillor Rosalind Vesey"][1] == "apologies"
    assert people["Councillor Janet Thistlewood"][1] == "in_attendance"  # "Also present with the agreement of the Chairman:"
    rows = [q for i in county.items for q in i.questions]
    dental = next(q for q in rows if q.text.startswith("Members asked about the availability of NHS dental"))
    assert dental.response.text.startswith("heard that")
    assert not any(q.text.startswith("In response to questions, members heard") for q in rows)
    press = next(q for q in rows if "asked the Committee to press the Trust" in q.text)
    assert press.kind == "request" and press.response is None  # the Chairman thanking a deputation answers nothing

    london = _read("hz-lodgefield-living-in-lodgefield-2025-01-13.pdf")
    assert london.committee == "Living in Lodgefield Scrutiny Commission"  # the title framed in a table
    assert not any("in the Chair" in i.title for i in london.items)
    assert _attendance(london)["Gareth Pemberton"] == "in_attendance"  # "Dawn Okafor (...) Gareth Pemberton (...)"


def test_round_118_county_printed_minutes_and_a_joint_committee():
    county = _read("ia-downsfield-hasc-2025-01-15.pdf")
    assert county.doc_type == "minutes"  # "At a meeting of ... held at", though its items name a forward plan
    assert len([r for i in county.items for r in i.resolutions]) >= 5  # "38.1 Resolved – that ..."
    rows = [q for i in county.items for q in i.questions]
    assert not any(q.text.startswith("The Chairman drew attention") for q in rows)

    joint = _read("ib-welstead-joint-health-scrutiny-2025-11-18.pdf")
    people = _attendance(joint)  # people under their trusts' names, below "In attendance:"
    assert people["Dr Marcus Hale"] == "in_attendance" and people["Jerome Platt"] == "in_attendance"
    progress = next(r for i in joint.items for r in i.resolutions if r.text.startswith("The Committee noted the update on progress"))
    assert progress.outcome == "noted"  # "the actions agreed at the last meeting" agree nothing now
    assert _read("ib-welstead-maternity-consultation-findings-summary.pdf").doc_type == "report"


def test_rounds_119_and_120_london_county_district_and_metropolitan_styles():
    london = _read("ic-haverstone-adults-health-scrutiny-panel-2025-03-06.html")
    rows = [q for i in london.items for q in i.questions]
    assert not any(q.text.startswith("The Panel then asked questions") for q in rows)  # a lead-in
    assert any(q.text.startswith("a) Cllr Ansah asked") or q.text.startswith("Cllr Ansah asked") for q in rows)
    assert not any("Osei-Bonsu (Cabinet Member" in q.text for q in rows)  # "Also Present: ..." is attendance

    county = _read("id-hartshire-cyp-select-committee-2025-01-16.pdf")
    assert county.committee == "Children and Young People Select Committee"  # "AT A MEETING of the ... held"
    people = {a.name: (a.role, a.attendance) for a in county.attendees}
    # "p Councillor A a Councillor B p ..." under "Elected members of the Administration:"
    assert people["Councillor Alan Dunford"][1] == "present" and people["Councillor Sheila Ormerod"][1] == "apologies"
    assert people["Councillor Graham Petherick"] == ("Vice-Chairman", "present")  # "Vice-Chairman:" over its name
    assert any(r.text.startswith("The minutes of the meeting held on 14 November 2024 were reviewed and agreed")
               for i in county.items for r in i.resolutions)

    district = _read("ie-wrexford-hwe-scrutiny-2025-09-22.docx")
    people = _attendance(district)  # "Councillors: | Bromley | Fairclough | Holdcroft" over "Dunnett | Grocott | Mellor"
    assert people["Councillor Bromley"] == "present" and people["Councillor Whalley"] == "present"
    assert people["Karen Sherratt"] == "in_attendance" and people["Alison Birtles"] == "in_attendance"

    city = _read("if-thornlow-health-social-care-osc-2025-03-13.txt")
    people = _attendance(city)  # surnames in a column for each party, under the parties' names
    assert people["Councillor Pollard"] == "present" and people["Councillor Corrigan"] == "present"
    assert not any("LABOUR" in a.name or "INDEPENDENT" in a.name for a in city.attendees)
    assert people["Councillor Qureshi"] == "in_attendance"  # "Observer:"
    assert "45" in [i.number for i in city.items]  # a long title in capitals wrapped over two lines
    rows = [q for i in city.items for q in i.questions]  # "In response to Members’ questions, it was reported that:"
    assert not any(q.text.startswith("In response to Members") for q in rows)


def test_round_122_county_page_with_answers_after_a_dash():
    county = _read("ii-arundale-hasc-2025-11-12.html")
    rows = [q for i in county.items for q in i.questions]
    grant = next(q for q in rows if q.text.startswith("Members asked whether the Council’s public health grant"))
    # "... – Dr Anika Rao, Director of Public Health, said that ...": the post between commas
    assert grant.response is not None and grant.response.text.startswith("Dr Anika Rao")


def test_marks_beside_names_and_other_general_rules():
    from minutes.parse.meeting import attendance_from_blocks

    people = {a.name: a.attendance for a in attendance_from_blocks(
        [Block("Members (✓ = attended):", style="heading"), Block("✓ Councillor A Smith"), Block("Councillor B Jones"),
         Block("Officers:", style="heading"), Block("Sarah Cole, Head of Finance")])}
    assert people == {"Councillor A Smith": "present", "Councillor B Jones": "absent", "Sarah Cole": "in_attendance"}
    people = {a.name: a.attendance for a in attendance_from_blocks(
        [Block("Present:", style="heading"), Block("(* absent)"), Block("Councillor A Smith"), Block("* Councillor B Jones")])}
    assert people == {"Councillor A Smith": "present", "Councillor B Jones": "absent"}
    qs, rs = parse_item([Block("Councillor Rahman asked about evening services. Ruth Ellison, Head of Homelessness "
                               "and Housing, HCA, said that a review was under way.")])
    assert qs[0].response is not None
    qs, _ = parse_item([Block("Mrs Boswarva, for Healthwatch, reported that it had received 46 comments and asked "
                              "that the Trust respond formally.")])
    assert qs and qs[0].response is None  # someone speaking for a body, not an officer answering
    _, rs = parse_item([Block("RESOLVED/-"), Block("That the report be noted.")])
    assert len(rs) == 1


def test_sixth_review_edge_cases(tmp_path):
    from fpdf import FPDF

    from minutes.parse.decisions import outcome_of
    from minutes.parse.items import split_items
    from minutes.parse.meeting import attendance_from_blocks
    from minutes.parse.points import kind_of
    from minutes.pipeline import read_document

    # A bold label ending in a colon under a line that breaks off mid-sentence heads the decision.
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = 30
    for text, bold in [("HEALTH SCRUTINY PANEL", True), ("Minutes of the meeting held on 4 March 2025", False),
                       ("5. BUDGET MONITORING", True),
                       ("The Director of Finance presented the quarter three budget monitoring report which showed a", False),
                       ("forecast overspend on adult social care placements. Following discussion it was", False),
                       ("RESOLVED:", True), ("That the report be noted.", False)]:
        pdf.set_font("Helvetica", "B" if bold else "", 11)
        pdf.text(20, y, text)
        y += 5 if not bold or text == "RESOLVED:" else 10
    pdf.output(str(tmp_path / "minutes.pdf"))
    document = read_document(tmp_path / "minutes.pdf")
    assert [r.text for i in document.items for r in i.resolutions] == ["RESOLVED:\nThat the report be noted."]

    # Titles that begin with a decision word are titles; only a bare label is not.
    _, items = split_items([Block("5. APOLOGIES", style="heading"), Block("None."),
                            Block("6. Outcomes for Looked After Children", style="heading"), Block("The report was noted."),
                            Block("7. Recommendations to Cabinet", style="heading"), Block("Members agreed them.")])
    assert [i.number for i in items] == ["5", "6", "7"]
    # Paragraphs numbered through the document are no minute numbers under unnumbered titles.
    _, items = split_items([Block("APOLOGIES", style="heading"), Block("1. None were received."),
                            Block("BUDGET MONITORING", style="heading"), Block("2. The report was presented."),
                            Block("3. Members asked about savings."), Block("HOUSING STRATEGY", style="heading"),
                            Block("4. The strategy was noted."), Block("WORK PROGRAMME", style="heading"),
                            Block("5. The programme was agreed.")])
    assert all(i.number == "" for i in items)

    qs, rs = parse_item([Block("Members noted the update on waiting times and asked why the four-hour target had been missed again.")])
    assert not rs and qs and qs[0].kind == "question"
    qs, _ = parse_item([Block("Councillor Ahmed asked why the consultation closed in August."),
                        Block("Councillor Brown, who had sat on the Director's review panel last year, said that the "
                              "consultation had been far too short.")])
    assert qs[0].response is None
    qs, _ = parse_item([Block("Councillor Ahmed asked why the consultation closed in August. Anil Varma, Director of "
                              "Population Health, NHS Holmewater ICB, said that it had run for twelve weeks.")])
    assert qs[0].response is not None and qs[0].response.text.startswith("Anil Varma")
    qs, _ = parse_item([Block("Councillor Smith, the Liberal Democrat Group Leader, asked whether the savings were deliverable.")])
    assert qs and qs[0].kind == "question"
    qs, _ = parse_item([Block("The Councillor questioned the update and asked whether the targets were realistic.")])
    assert qs
    qs, _ = parse_item([Block("The Cabinet Member asked the Committee to support the recommendations to Cabinet.")])
    assert not qs
    qs, rs = parse_item([Block("Councillor Ahmed asked whether the grant would continue next year."),
                         Block("The funding position for next year was confirmed.")])
    assert not rs
    qs, _ = parse_item([Block("The Chairman asked whether there were any apologies for absence.")])
    assert not qs
    assert kind_of("The progress made since the last inspection and how partners had worked together") != "question"
    qs, _ = parse_item([Block("Members raised the following points:"),
                        Block("A Member said that she had spoken to parents at the school gates and heard that many "
                              "families were struggling with costs.", style="list")])
    assert qs and qs[0].response is None

    # A motion with its mover in brackets above it is still a motion.
    _, rs = parse_item([Block("(Moved by Councillor Smith and seconded by Councillor Jones)"),
                        Block("That the Committee recommends to Cabinet that the library closures be paused."),
                        Block("CARRIED")])
    assert [r.outcome for r in rs] == ["recommended"]

    # A key to marks holds in the list whose names carry the mark, not in the next list.
    people = {a.name: a.attendance for a in attendance_from_blocks(
        [Block("Members present:"), Block("(* present)"), Block("* Councillor A Smith"), Block("Councillor B Jones"),
         Block("Substitute Members:"), Block("Councillor F Black")])}
    assert people == {"Councillor A Smith": "present", "Councillor B Jones": "absent", "Councillor F Black": "present"}
    people = {a.name: a.attendance for a in attendance_from_blocks(
        [Block("Present:"), Block("(* present)"), Block("Councillor A Smith * Councillor B Jones Councillor C Brown *")])}
    assert people == {"Councillor A Smith": "present", "Councillor B Jones": "absent", "Councillor C Brown": "present"}
    people = {a.name: a.role for a in attendance_from_blocks(
        [Block("Vice-Chairman:"), Block("Vacant"), Block("Members:"), Block("Councillor B Jones")])}
    assert people == {"Councillor B Jones": None}
    people = {a.name: a.role for a in attendance_from_blocks(
        [Block("Chairman:"), Block("* Councillor Graham Pellow * Councillor Ann Fairweather"), Block("*Present"),
         Block("Officers in attendance:"), Block("Mr D Officer")])}
    assert people["Councillor Graham Pellow"] == "Chairman" and people["Mr D Officer"] is None
    assert outcome_of("RESOLVED that the minutes of the meeting held on 4 March 2025 be confirmed.") == "agreed"


def test_rounds_123_and_124_call_in_evidence_session_budget_scrutiny_and_emailed_minutes():
    call_in = _read("ik-kestridge-scrutiny-overview-2025-11-18.pdf")
    rows = [q for i in call_in.items for q in i.questions]
    # "The Committee requested the following information from officers:" over the requests
    assert any(q.text.startswith("A breakdown of the 38 affected posts") and q.kind == "request" for q in rows)
    assert not any(q.text.startswith("The Committee requested the following") for q in rows)
    # "In response to a question ..., X explained ... The Vice-Chair noted ... and requested that ..."
    assert any(q.text.startswith("The Vice-Chair noted that Appendix D") for q in rows)
    referral = next(r for i in call_in.items for r in i.resolutions if "refer the decision back" in r.text)
    assert referral.outcome == "recommended"

    review = _read("il-harrowburn-asch-select-committee-2025-01-14.docx")
    people = {a.name: a.role for a in review.attendees}
    # "Officers: Jon Cawthorn, Ellie Marsh (A,H&W); Sean Pledger, Kirsty Ward (CS)."
    assert people["Ellie Marsh"] == "A,H&W" and "Jon Cawthorn" in people and "Kirsty Ward" in people
    assert "Tarn Valley" not in people  # "representatives from ... were in attendance": bodies, not people
    assert any(r.text == "The evacuation procedure was noted by the Committee." for i in review.items for r in i.resolutions)
    rows = [q for i in review.items for q in i.questions]
    assert any(q.text.startswith("Members expressed their support for the service") for q in rows)

    budget = _read("im-wardlebridge-crmg-scrutiny-2025-01-14.pdf")
    assert budget.meeting_date == "2025-01-14"  # not "The Minutes (copies ...) of the meeting held on 26 November"
    rows = [q for i in budget.items for q in i.questions]
    pay = next(q for q in rows if q.text.startswith("A Member asked what assumption"))
    assert pay.response is not None and pay.response.text.startswith("It was stated that")
    capital = [r for i in budget.items if i.number == "8" for r in i.resolutions]
    assert [r.outcome for r in capital] == ["noted", "agreed"]  # "... indicators. It was also agreed that ..."
    assert _read("im-wardlebridge-news-budget-consultation-2025-01-16.html").doc_type == "news"

    emailed = _read("in-brendonshire-hosc-2025-10-15.txt")
    winter = [i for i in emailed.items if i.number == "1205"][0]
    # "... The Committee requested:" closing a paragraph, over the requests: the decision
    assert any(r.text.startswith("The Committee requested:") and "ambulance handover" in r.text for r in winter.resolutions)
    corridor = next(q for q in winter.questions if q.text.startswith("In response to a question about corridor care"))
    assert corridor.response.text.startswith("the Chief Operating Officer of the Acute Trust confirmed")


def test_rounds_125_and_126_cabinet_web_page_grid_and_word_numbering_styles():
    cabinet = _read("io-yarewold-cabinet-2025-09-08.pdf")
    decisions = {i.number: [r.outcome for r in i.resolutions] for i in cabinet.items}
    assert decisions["2"] == ["agreed"] and decisions["12"] == ["noted"]  # "Cabinet RESOLVED to ..."
    assert any(r.text.startswith("Cabinet agreed that the Leader") for i in cabinet.items for r in i.resolutions)
    people = _attendance(cabinet)
    assert people["Cllr Terry Dack"] == "in_attendance"  # "Non-Executive Members Present:"
    assert people["Gemma Blyth"] == "in_attendance" and "Early Effectiveness" not in people
    rows = [q for i in cabinet.items for q in i.questions]
    # "Cllr X, Leader of the Labour Group, said that ... but questioned how ..."
    assert any(q.text.startswith("Cllr Colin Hardingham, Leader of the Labour Group") for q in rows)

    page = _read("ip-north-brigwold-children-education-scrutiny-panel-2025-11-12.html")
    titles = {i.number: i.title for i in page.items}
    # "24 (5) ELECTIVE HOME EDUCATION ... – ANNUAL UPDATE – The Chairman welcomed ..."
    assert titles["22"] == "MINUTES" and titles["24"].startswith("ELECTIVE HOME EDUCATION")
    assert page.meeting_date == "2025-11-12"  # not "To take the minutes of the meeting held on 10 September"
    visits = next(q for i in page.items for q in i.questions if q.text.startswith("Mrs Scaife asked whether members"))
    assert visits.response is not None and visits.response.text.startswith("Karen agreed to arrange")

    grid = _read("iq-throstlebridge-chsc-scrutiny-board-2025-10-16.pdf")
    # "No. | Item | Discussion | Responsible | Timescale": the title from its own column
    assert [i.number for i in grid.items] == [str(n) for n in range(1, 12)]
    assert grid.items[1].title == "Action sheet of the meeting held on 11 September 2025 and matters arising"
    people = {a.name: a.role for a in grid.attendees}
    assert "Russell Kaye" in people and people["Nadia Shah"] == "Scrutiny Support"
    assert "Councillor People" not in people and "Officers" not in people
    assert _read("iq-throstlebridge-chsc-recommendations-monitoring-2025-10.docx").doc_type == "other"

    word = _read("ir-eastholt-hosc-2025-11-20.docx")
    rows = [q for i in word.items for q in i.questions]
    # "... undertook to circulate a corrected table. The Chair also asked what would happen ..."
    assert any(q.text.startswith("The Chair also asked what would happen") for q in rows)


def test_run_in_titles_decision_lead_ins_and_names_grouped_by_post():
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import split_people

    _, items = split_items([Block("21 MINUTES – Resolved – That the minutes be approved."),
                            Block("22 (4) HOUSING REPAIRS – ANNUAL UPDATE – The Chairman welcomed the Director."),
                            Block("1. RESOLVED – That the report be noted.")])
    assert [(i.number, i.title) for i in items] == [("21", "MINUTES"), ("22", "HOUSING REPAIRS – ANNUAL UPDATE")]
    _, rs = parse_item([Block("The Chairman thanked the Director for attending. The Committee requested:"),
                        Block("• a breakdown of delays by hospital site"), Block("• details of staff vaccination")])
    assert len(rs) == 1 and rs[0].text.startswith("The Committee requested:") and "vaccination" in rs[0].text
    _, rs = parse_item([Block("The Committee noted the proposed prudential indicators.")])
    assert [r.outcome for r in rs] == ["noted"]  # "proposed" here tells of no motion
    assert outcome_of("Cabinet RESOLVED to note the Delegated Decisions made since the last meeting.") == "noted"
    assert outcome_of("The Board decided not to refer the decision back to Cabinet.") != "recommended"
    assert split_people("Councillors F Ollerton and J Makin; Steve Burrows – Strategic Director, People") == [
        ("Councillor F Ollerton", None), ("Councillor J Makin", None), ("Steve Burrows", "Strategic Director, People")]


def test_rounds_127_and_128_nhs_board_london_select_committee_district_page_and_north_east_styles():
    board = _read("is-halvering-estbury-icb-board-2025-09-25.pdf")
    assert [i.number for i in board.items][:2] == ["ICB/09/25/01", "ICB/09/25/02"]  # month, year and item
    assert not any(i.title.startswith(("Question 1", "ACTION:")) for i in board.items)
    rows = [q for i in board.items for q in i.questions]
    # "ACTION: CW / ST" set among the points leaves the list open: the points below still count
    assert any(q.text.startswith("KD noted that Estbury Hospitals had opened") for q in rows)
    places = next(q for q in rows if q.text.startswith("GM commented that local authority partners"))
    assert places.response is not None and places.response.text.startswith("AP agreed and confirmed")
    assert not any(q.text.startswith("ST presented the paper, which asked the Board") for q in rows)
    assert any(r.outcome == "deferred" and "Risk Appetite Statement" in r.text for i in board.items for r in i.resolutions)

    select = _read("it-wendmore-healthier-communities-select-committee-2025-01-15.docx")
    assert select.meeting_date == "2025-01-15"  # not item 1, "Minutes of the meeting held on 13 November 2024"
    rows = [q for i in select.items for q in i.questions]
    # "X introduced the report. The following key points were noted:" over what X said
    assert not any(q.text.startswith(("The Council needed to identify", "GP practices in Wendmore")) for q in rows)
    assert any(q.text.startswith("Members asked how the saving from the review") for q in rows)

    district = _read("iu-north-fenstow-overview-scrutiny-2025-01-15.html")
    assert not any("Printed minutes" in r.text for i in district.items for r in i.resolutions)  # the side box
    people = _attendance(district)
    assert people["Cllr F Larwood"] == "in_attendance"  # "Members also attending:"
    rooms = next(q for i in district.items for q in i.questions if "changing rooms" in q.text)
    assert rooms.response is not None and rooms.response.text.startswith("The LLSM noted that")

    city = _read("iv-hetherburn-health-wellbeing-scrutiny-2025-11-04.pdf")
    # "Apologies for absence were submitted to the meeting on behalf of Councillors Craggs and Laverick."
    assert _attendance(city)["Councillor Craggs"] == "apologies"


def test_round_129_text_laid_out_by_pages_and_a_joint_committee_page():
    text = _read("iw-holmshire-cyp-scrutiny-2025-01-24.txt")
    # "pdftotext -layout": the running header on every page after the first is no paragraph
    assert sum(b.text == "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE" for b in extract(
        OTHER / "iw-holmshire-cyp-scrutiny-2025-01-24.txt").blocks) == 1
    assert [i.number for i in text.items][:3] == ["40", "41", "42"]
    assert {i.number: i.page for i in text.items}["43"] == 2  # pages counted from the form feeds
    rows = [q for i in text.items for q in i.questions]
    # "Members were guided through the report and the following key points were highlighted:"
    assert not any(q.text.startswith("The proposed net revenue budget") for q in rows)
    staff = next(q for q in rows if q.text.startswith("It was queried whether the school would be able to recruit"))
    # "... The Assistant Director" / "- Education advised that ...": the post broken at its dash
    assert staff.response is not None and "Assistant Director - Education advised" in staff.response.text
    support = next(r for i in text.items if i.number == "45" for r in i.resolutions)
    assert support.outcome == "agreed"  # "supports the recommendations to the Executive Councillor"
    assert _attendance(text)["Reverend A M Carver"] == "present"  # under "Added Members"

    joint = _read("ix-carnford-wcl-jhosc-2025-03-14.html")
    people = {a.name: a.role for a in joint.attendees}
    # "NHS and partner representatives in attendance" over "Body: Name (Post), Name (Post)"
    assert people["Jo Penrose"] == "Director of Strategy and Transformation"
    assert people["Dr Nadia Brereton"] == "Chief Operating Officer" and "Carnford" not in people
    rows = [q for i in joint.items for q in i.questions]
    assert not any(q.text.startswith("NHS England had also asked all ICBs") for q in rows)
    late = next(q for q in rows if "engagement materials had not been available" in q.text)
    assert late.response is not None and late.response.text.startswith("Jo Penrose accepted that")


def test_round_130_topics_before_exchanges_and_decisions_after_discussion():
    medway_like = _read("iy-wardenmouth-hasc-osc-2025-03-13.pdf")
    rows = [q for i in medway_like.items for q in i.questions]
    # "Agency social workers – In response to a question on ..., the Portfolio Holder said ..."
    agency = next(q for q in rows if q.text.startswith("Agency social workers – In response to a question"))
    assert agency.response is not None and agency.response.text.startswith("the Portfolio Holder said")
    fund = next(q for q in rows if q.text.startswith("Better Care Fund – A Member asked"))
    assert fund.asked_by is None  # the topic is nobody
    people = {a.name: a.role for a in medway_like.attendees}
    assert "Councillor Brennan" in people  # "Councillors: Carvell (Chairperson), Okonjo (...), Brennan, ..."
    assert people["Priya Venn"] == "Principal Lawyer - People" and "People" not in people
    assert any(r.text.startswith("The record of the meeting of the Committee held on 16 January 2025 was agreed")
               for i in medway_like.items for r in i.resolutions)

    county = _read("iz-cradleigh-acwb-osp-2025-09-22.pdf")
    assert _attendance(county)["Rachel Everitt"] == "in_attendance"  # "Also attended:"
    request = next(r for i in county.items if i.number == "616" for r in i.resolutions)
    assert request.text.startswith("Following discussion, the Panel agreed to request:") and "out of county" in request.text
    deputation = next(q for i in county.items if i.number == "614" for q in i.questions)
    # "... thanked Mrs" | "Bosworth for attending and confirmed ...": one paragraph across the page break
    assert deputation.response is not None and "confirmed that no decision had been taken" in deputation.response.text


def test_round_131_committee_system_word_minutes_and_a_council_web_page():
    word = _read("ja-ousemere-adults-health-committee-2025-03-13.docx")
    rows = [q for i in word.items for q in i.questions]
    # "• Noted the rise in ... and queried what was being done ...": a point among points
    assert any(q.text.startswith("Noted the rise in the number of children") for q in rows)
    assert any(q.text.startswith("Commented that the information on the NHS website") for q in rows)
    lost = next(r for i in word.items for r in i.resolutions if "amendment to add recommendation d) was lost" in r.text)
    assert lost.outcome == "rejected"
    assert "Mrs Whitlock" not in _attendance(word)  # "attended the meeting and read out her question"

    page = _read("jb-ryecroft-moor-ahsc-scrutiny-board-2025-01-14.html")
    assert not any("Print this page" in q.text for i in page.items for q in i.questions)  # a row of the site's links


def test_round_132_decisions_print_and_a_county_select_committee():
    barnet_like = _read("jc-thornhay-hosc-2025-12-08.pdf")
    rows = [q for i in barnet_like.items for q in i.questions]
    # "The Committee noted the following in response to questions from Members:" over "(a) ..."
    waits = next(q for q in rows if "children referred to community CAMHS" in q.text)
    assert waits.response is not None and waits.response.text.startswith("The median wait was 11 weeks")
    assert not any(q.text.startswith("Supplementary questions were asked and answered") for q in rows)
    lost = next(r for i in barnet_like.items for r in i.resolutions if r.outcome == "rejected")
    assert lost.text.startswith("Councillor Mulcahy moved that the Chair write")  # "The motion was therefore lost."

    county = _read("jd-chalkdown-health-select-committee-2025-03-05.pdf")
    rows = [q for i in county.items for q in i.questions]
    # "a) Briefing Note 25-04, which responded to the questions raised by members" over "b) ...":
    # the Chairman's announcements, not a lead-in to points
    assert not any(q.text.startswith(("The outcome of the Care Quality Commission", "The Health and Wellbeing Board would"))
                   for q in rows)
    assert any(q.kind == "concern" and "Save Westmoor Hospital campaign, expressing concern" in q.text for q in rows)
    people = _attendance(county)
    assert people["Louise Haddon"] == "apologies"  # "Apologies were also received from ..."
    assert "Mr Dearlove" not in people  # "attended the meeting and asked a supplementary question"


def test_seventh_review_edge_cases():
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import attendance_from_text, split_people

    # A presenter's list, unless members are raising points
    qs, _ = parse_item([Block("The Director presented the report. The following comments were made:"),
                        Block("• Councillor Ali felt that the targets were too modest."),
                        Block("• A Member asked when the strategy would be reviewed; the Director said in 2026.")])
    assert len(qs) == 2
    qs, _ = parse_item([Block("Ruth Palfrey introduced the report. The following key points were noted:"),
                        Block("• Referrals had risen by 12% over the year."),
                        Block("• Councillor Smith asked whether the hub would open at weekends. Ms Palfrey confirmed it would.")])
    assert [q.text[:18] for q in qs] == ["Councillor Smith a"]
    qs, rs = parse_item([Block("The Director presented the report. The Committee noted the following issues raised by Members:"),
                         Block("(a) Councillor Smith asked whether the hub would open at weekends."),
                         Block("(b) Concern was expressed about agency spend.")])
    assert len(qs) == 2 and not rs
    # An officer answering and asking members to help is still answering
    qs, _ = parse_item([Block("Councillor Jones asked how many residents had responded. Ms Blake explained that 412 "
                              "responses had been received and requested that Members promote the survey.")])
    assert len(qs) == 1 and qs[0].response is not None
    # An officer's account of a decision taken elsewhere is no decision of this meeting
    qs, rs = parse_item([Block("Councillor Jones asked whether the strategy had been signed off."),
                         Block("The Director said that the strategy was approved.")])
    assert not rs and qs[0].response is not None
    qs, rs = parse_item([Block("Councillor Smith asked about the history of the scheme. The Director explained that it "
                               "had been set up in 2019. Cabinet agreed to extend it in 2023 following a review.")])
    assert not rs
    _, rs = parse_item([Block("Health and Wellbeing Board RESOLVED to:"), Block("(a) approve the strategy;"),
                        Block("(b) delegate authority to the Director.")])
    assert len(rs) == 1 and rs[0].outcome == "agreed"
    assert outcome_of("RESOLVED – That the Committee declined to refer the decision back to the Cabinet Member.") != "recommended"
    assert outcome_of("RESOLVED that no action be taken and the decision will not be referred back to the Leader.") != "recommended"
    # Titles stop at a decision label; a topic paragraph needs a point after its dash
    _, items = split_items([Block("21 MINUTES – RESOLVED – That the minutes be confirmed."),
                            Block("22 DECLARATIONS OF INTEREST – NONE – There were none."), Block("23 WORK PROGRAMME – The Committee noted it.")])
    assert [i.title for i in items] == ["MINUTES", "DECLARATIONS OF INTEREST", "WORK PROGRAMME"]
    assert items[0].blocks[0].text.startswith("RESOLVED")
    qs, _ = parse_item([Block("The following issues were raised:"), Block("• Councillor Smith asked about delays."),
                        Block("Winter Plan – The Director of Operations then presented the winter plan, which set out "
                              "the additional beds to be opened in December and January.")])
    assert len(qs) == 1
    # Lists of people
    assert split_people("Councillors Smith (Chair); Jones (Vice-Chair); Brown; White") == [
        ("Councillor Smith", "Chair"), ("Councillor Jones", "Vice-Chair"), ("Councillor Brown", None), ("Councillor White", None)]
    assert split_people("Amy Long, Head of Finance (Resources); Sean Pledger, Kirsty Ward (CS)")[0] == (
        "Amy Long", "Head of Finance (Resources)")
    assert [a.name for a in attendance_from_text(
        "Dr Jane Doe and Mr Tom Hill, representatives of Carnford Hospitals NHS Trust, attended for this item.")] == [
        "Dr Jane Doe", "Mr Tom Hill"]


def test_running_headers_need_most_pages_and_dash_lists_stay_lists(tmp_path):
    page = "HEALTH SCRUTINY COMMITTEE\n\n{}\n\n"
    text = ("HEALTH SCRUTINY COMMITTEE\nMinutes of the meeting held on 4 March 2025\n\n1. WINTER PRESSURES\n\n"
            "Councillor Jones asked why delays had increased.\n\nRESOLVED:\n\f"
            + page.format("That the report be noted.\n\n2. DENTISTRY\n\nCouncillor Brown asked about practices.\n\nRESOLVED:")
            + "\f" + page.format("That the report be noted.\n\n3. WORK PROGRAMME\n\nThe Committee noted the programme."))
    (tmp_path / "m.txt").write_text(text, encoding="utf-8")
    blocks = [b.text for b in extract(tmp_path / "m.txt").blocks]
    assert blocks.count("That the report be noted.") == 2  # not a running footer
    assert blocks.count("HEALTH SCRUTINY COMMITTEE") == 1  # the header, kept on the first page only
    (tmp_path / "d.txt").write_text(
        "The following issues were raised:\n\n"
        "- Ambulance handover delays at Northwick General Hospital and Carnford Infirmary\n"
        "- Recruitment and retention of staff in the Community Nursing Service in Dellwick\n"
        "- The cost of agency staff across the Westshire and Dellwick Integrated Care Board\n", encoding="utf-8")
    assert len(extract(tmp_path / "d.txt").blocks) == 4


def test_round_133_metropolitan_and_county_printed_minutes():
    metropolitan = _read("je-lymebridge-asch-scrutiny-2025-03-06.pdf")
    # "The Chair thanked ... The Scrutiny Committee noted the update and asked that ...": a decision
    assert any(r.text.startswith("The Scrutiny Committee noted the update and asked that")
               for i in metropolitan.items for r in i.resolutions)

    county = _read("jf-brettshire-health-scrutiny-committee-2025-01-15.pdf")
    rows = [q for i in county.items for q in i.questions]
    # "Reason for decision: ... Members welcomed ... and were keen to understand ...": why, not points
    assert not any(q.text.startswith("Members welcomed the increase in the number of GP appointments") for q in rows)
    # "... the responses to information requested at the Committee's meeting": looking back
    assert not any(q.text.startswith("The Committee received an information bulletin") for q in rows)
    people = _attendance(county)
    # "Supporting officers Sarah Haddenham (...) and Martin Fulcher" / "present: (Democratic ...)"
    assert people["Martin Fulcher"] == "in_attendance"
    # "The Committee received evidence from the following witnesses:" over the witnesses
    assert people["Mark Tennant"] == "in_attendance" and people["Dr Eleanor Quaife"] == "in_attendance"


def test_round_134_county_word_minutes_and_a_unitary_printed_minutes():
    word = _read("jg-evenlodeshire-people-osc-2025-03-13.docx")
    # "Agenda Item 5: A, Director of X; B, Head of Y" under "Part of meeting:": people, not an item
    assert all("/" in i.number for i in word.items)
    people = {a.name: (a.role, a.attendance) for a in word.attendees}
    assert people["Stephen Ravenscroft"] == ("Director of Adult Social Care", "in_attendance")
    assert people["Lucy Ingram"] == ("Scrutiny Officer", "in_attendance")  # "Whole of meeting: ..."
    assert any(r.text.startswith("The Cabinet’s responses to the Committee’s recommendations were noted")
               for i in word.items for r in i.resolutions)
    assert not any(q.text.startswith("ACTION:") for i in word.items for q in i.questions)

    printed = _read("jh-selwood-health-select-committee-2025-11-11.pdf")
    # "The Health Select Committee:" / "1. Noted ..." / "2. Recommended that the Health and Wellbeing Board ..."
    dental = next(r for i in printed.items for r in i.resolutions if "Recommended that the Health and Wellbeing Board" in r.text)
    assert dental.outcome == "recommended"


def test_round_135_answers_listed_apart_and_a_london_printed_minutes():
    city = _read("ji-dunmouth-hasc-osc-2025-02-12.pdf")
    care = next(i for i in city.items if i.number == "43")
    # "Members discussed:" over a) to d), then "... In response to questions raised, it was
    # reported that:" run on from d), over a) to d): each answer to its point
    answers = {q.text[:30]: q.response.text[:30] if q.response else None for q in care.questions}
    assert answers["whether the zoned model would "] == "people already receiving care "
    assert answers["whether consideration had been"] == "an in-house option had been co"
    assert any(r.outcome == "rejected" for r in care.resolutions)  # the motion after the last answer

    london = _read("jj-calverley-health-care-scrutiny-2025-03-13.pdf")
    rows = [q for i in london.items for q in i.questions]
    # "..., made a presentation ..., during which the following main points were made –"
    assert not any(q.text.startswith("There were 31 GP practices in Calverley") for q in rows)
    assert any(r.text.startswith("RESOLVED:") and "30 January 2025 be confirmed" in r.text
               for i in london.items for r in i.resolutions)  # "... (ITEM NO. 6) RESOLVED:" on the title's line
    people = _attendance(london)
    assert "Councillor Nadia Marsh" not in people  # "Councillor Marsh (Chair)" of the list, in the Chair
    assert people["Councillor Halloran"] == "present"  # the list broken after a comma


def test_eighth_review_edge_cases(tmp_path):
    from minutes.parse.meeting import attendance_from_blocks, split_people

    # A member of the Cabinet answering is no decision; other bodies' decisions are not this one's
    qs, rs = parse_item([Block("Councillor Smith asked why the waiting list had grown."),
                         Block("The Cabinet Member agreed to provide a written response on the figures.")])
    assert not rs and qs[0].response is not None
    qs, rs = parse_item([Block("Councillor Smith asked about the delays. The ICB Board approved the recovery plan in "
                               "January and the Trust was now delivering it.")])
    assert not rs
    _, rs = parse_item([Block("Council resolved that the motion be adopted.")])
    assert [r.outcome for r in rs] == ["agreed"]
    _, rs = parse_item([Block("Cabinet agreed that the new charges would apply in April 2025.")])
    assert len(rs) == 1
    # Points made "by the Committee" after a presentation are points
    qs, _ = parse_item([Block("The Director of Public Health presented the report. The following points were made by the Committee:"),
                        Block("• Concern was expressed about the waiting times for assessments."),
                        Block("• Clarification was sought on how the funding would be allocated.")])
    assert len(qs) == 2
    # A decision's lead-in naming members' concerns is still a decision
    _, rs = parse_item([Block("The Committee agreed the following recommendations, arising from the concerns raised by Members:"),
                        Block("(a) that the Cabinet Member be asked to lobby the Government;"),
                        Block("(b) that a further report be brought in June.")])
    assert len(rs) == 1
    # A deadline is no look back
    qs, _ = parse_item([Block("Councillor Patel requested by the next meeting a breakdown of the figures by ward.")])
    assert qs and qs[0].kind == "request"
    # An officer's answer that mentions a proposal keeps its second sentence, and the next answer
    qs, _ = parse_item([Block("Members discussed:"), Block("(a) the waiting times for assessments;"),
                        Block("(b) whether the service could be brought back in-house."),
                        Block("In response to questions raised, it was reported that:"),
                        Block("(a) waiting times had fallen to six weeks. The Trust had proposed a new triage model."),
                        Block("(b) a review would be carried out.")])
    assert [q.response.text if q.response else None for q in qs] == [
        "waiting times had fallen to six weeks. The Trust had proposed a new triage model.", "a review would be carried out."]
    # Attendance labels and lists
    people = {a.name: a.attendance for a in attendance_from_blocks(
        [Block("Present:", style="heading"), Block("Councillor A Smith (Chair), Councillor B Jones,"),
         Block("1. APOLOGIES FOR ABSENCE", style="heading"), Block("Directors:", style="heading"),
         Block("Jane Hill (Director of Place)")])}
    assert people.get("Jane Hill") == "in_attendance"
    assert split_people("Councillors F Ollerton and J Makin; Steve Burrows (Strategic Director)")[-1] == (
        "Steve Burrows", "Strategic Director")
    # A running header on every page after the first of a three-page text
    text = ("HEALTH SCRUTINY COMMITTEE\n\n1. DENTAL SERVICES\n\nCouncillor Jones asked why so many practices had closed\f"
            "Health Scrutiny Committee - 5 March 2025\n\ntheir lists. The Director said that contracts limited this.\n\f"
            "Health Scrutiny Committee - 5 March 2025\n\nRESOLVED that the report be noted.\n")
    (tmp_path / "m.txt").write_text(text, encoding="utf-8")
    assert "Health Scrutiny Committee - 5 March 2025" not in [b.text for b in extract(tmp_path / "m.txt").blocks]


def test_rounds_136_and_137_county_pdf_columns_and_chairs_statements():
    county = _read("jk-bredeshire-hosc-2025-01-30.pdf")
    people = {a.name: (a.role, a.attendance) for a in county.attendees}
    # "LEAD OFFICER" beside its officer; two lines of a list run together where the first was full
    assert people["Rachel Tomkins"] == ("Senior Scrutiny Adviser", "in_attendance")
    assert people["Graham Pellow"] == ("Director of Adult Social Care and Health", "in_attendance")
    assert people["Lorraine Beckett"][0] == "Chief Executive, Healthwatch Bredeshire"

    metropolitan = _read("jl-oakenfold-hasc-scrutiny-board-2025-03-13.pdf")
    rows = [q for i in metropolitan.items for q in i.questions]
    # "• In relation to information and advice, members were informed that ...": a point of its
    # own, not an answer to the comment above it
    comment = next(q for q in rows if q.text.startswith("Councillor Collard commented"))
    assert comment.response is None
    # "She was informed that ..." answers; "Resolved ... (2) that a further update ... is presented"
    parking = next(q for q in rows if q.text.startswith("Councillor Begum raised concerns"))
    assert parking.response.text.startswith("She was informed that the Trust was in discussion")
    plan = next(r for r in metropolitan.items[4].resolutions)
    assert plan.outcome == "agreed"

    city = _read("jn-whitmouth-kembury-hosc-2025-01-15.pdf")
    rows = [q for i in city.items for q in i.questions]
    # "The Chair gave the following communications:" over a quoted statement: no points
    assert not any("consultation will not now begin until March" in q.text for q in rows)
    letter = next(q for q in rows if q.text.startswith("Cllr Pemberton asked that the committee look"))
    assert "she had raised the matter with the Trust" in letter.response.text  # thanks, then an answer
    assert _attendance(city)["Cllr Crosby"] == "apologies"  # "Cllr Voss was present in substitution for Cllr Crosby"


def test_rounds_138_and_139_welcomed_witnesses_and_a_joint_committee_table():
    word = _read("jp-crouchmere-hopsc-2025-03-05.docx")
    people = _attendance(word)
    # "The Chairman welcomed to the meeting the following representatives of CPFT:" over a list
    assert people["Dr Helen Marsh"] == "in_attendance" and people["Nicola Penfold"] == "in_attendance"
    texts = [r.text for i in word.items for r in i.resolutions]
    assert any(t.startswith("Following discussion it was agreed that:") for t in texts)
    assert any(t.startswith("The Committee noted that the next meeting would take place") for t in texts)

    joint = _read("jq-hornfleet-oet-jhosc-2025-10-21.pdf")
    # the committee's name in capitals on the same line as the place and date
    assert joint.committee == "Outer East Thames Joint Health Overview and Scrutiny Committee"
    people = _attendance(joint)
    # councils' names in a column beside their members, wrapping onto a line of their own
    assert people["Sabina Okafor"] == "present" and people["Marcus Vellacott"] == "present"
    stroke = next(r for i in joint.items for r in i.resolutions if r.text.startswith("The Joint Committee AGREED:"))
    assert stroke.outcome == "agreed"
    rows = [q for i in joint.items for q in i.questions]
    assert any(q.text.startswith("The Healthwatch Hornfleet representative praised") for q in rows)


def test_rounds_140_and_141_moderngov_exemptions_and_grids_of_initials():
    page = _read("js-stainmoor-osc-2025-02-11.html")
    # "62 | Paragraph 2" in the table of items taken in private is no item
    assert [i.number for i in page.items].count("62") == 1
    people = _attendance(page)
    # "..., Roebuck, Senior and Wadsworth together with co-opted member Mrs J Ellam."
    assert {"Councillor Senior", "Councillor Wadsworth", "Mrs J Ellam"} <= set(people)
    assert "Detective Chief Inspector Amir Rashid" in people

    district = _read("jt-ardingham-chcs-scrutiny-2025-03-05.pdf")
    assert district.committee == "Scrutiny Committee for Communities, Housing and Customer Services"
    assert {"M Fenwick", "J Harrop", "L Sewell"} <= set(_attendance(district))  # "A Barraclough M Fenwick J Harrop"
    assert any(r.text.startswith("The Chair thanked Ms Okonjo") for i in district.items for r in i.resolutions)

    board = _read("jv-wharfeton-health-and-wellbeing-board-2025-09-18.pdf")
    # "Representatives of NHS Calder and Wharfe Integrated Care Board" over its members
    assert _attendance(board)["Helen Garside"] == "present"


def test_rounds_142_to_145_cmis_tabs_comma_answers_and_label_lines():
    cmis = _read("jx-thamesbury-healthier-communities-asc-scrutiny-panel-2025-02-13.html")
    # the agenda tab repeats the items; the minutes tab is read alone
    assert [i.number for i in cmis.items] == [str(n) for n in range(1, 10)]
    assert _attendance(cmis)["Jacqueline Ormsby"] == "in_attendance"
    assert not any(q.text.startswith("Members asked a number of questions") for i in cmis.items for q in i.questions)

    word = _read("jw-isle-of-tarrow-pasc-health-social-care-2025-09-11.docx")
    assert word.committee == "Policy and Scrutiny Committee for Health and Social Care"  # "Name of meeting | ..."
    # "Questions were raised regarding X, it was confirmed that Y"
    beds = next(q for i in word.items for q in i.questions if "remained in hospital beds" in q.text)
    assert beds.response.text.startswith("it was confirmed that on average 58 patients")

    county = _read("ka-wrayshire-adults-community-wellbeing-scrutiny-2025-01-22.pdf")
    assert county.meeting_date == "2025-01-22"  # the first page's title, repeated at the head of the others

    metropolitan = _read("kb-stourholt-health-scrutiny-panel-2025-03-13.pdf")
    assert metropolitan.committee == "Health Scrutiny Panel"
    people = {a.name: a.role for a in metropolitan.attendees}
    assert people["Dr Imran Qureshi"] == "Clinical Director, Stour Valley Healthcare NHS FT"

    unitary = _read("kd-marchdale-health-care-wellbeing-scrutiny-2025-10-20.pdf")
    rows = [q for i in unitary.items for q in i.questions]
    # "Question:" and "Response:" on lines of their own over the question and the answer
    transport = next(q for q in rows if "Will the council promise" in q.text)
    assert transport.response.text.startswith("Transport to day services is not part")


def test_rounds_146_and_147_proposed_and_agreed_and_decisions_at_the_foot_of_a_page():
    district = _read("ke-wyldemere-osp-2025-11-17.docx")
    # "The minutes of the meeting of 15 September 2025 were confirmed ...": another meeting's date
    assert district.meeting_date == "2025-11-17"
    def outcome(start: str) -> str:
        return next(r.outcome for i in district.items for r in i.resolutions if r.text.startswith(start))

    # "Proposed by A, seconded by B and AGREED to note the report." / "... AGREED that ..."
    assert outcome("Proposed by Councillor Gathercole") == "noted"
    assert outcome("Proposed by Councillor Tebbutt") == "agreed"
    assert outcome("Members noted the action list and AGREED") == "agreed"

    city = _read("kg-fossbridge-hhasc-policy-scrutiny-2025-01-22.pdf")
    # "Meeting" over the committee's name in a grid of labels
    assert city.committee == "Health, Housing and Adult Social Care Policy and Scrutiny Committee"

    metropolitan = _read("kh-cragbrook-health-scrutiny-2025-01-28.pdf")
    # "It was agreed:" at the foot of several pages is no running footer
    primary = next(i for i in metropolitan.items if i.number == "HSC.25")
    assert len(primary.resolutions) == 1 and not any(q.text.startswith("1. That") for q in primary.questions)
    rows = [q for i in metropolitan.items for q in i.questions]
    agency = next(q for q in rows if "use of agency staff" in q.text)
    assert agency.response.text.startswith("Gareth Lomax reported")  # "In response to a Member’s question ..."
    options = next(q for q in rows if q.text.startswith("Councillor Pilkington asked about the financial"))
    assert options.response.given_by.startswith("Lorraine Whitehead")  # "X, Executive Director (...), reported"


def test_rounds_148_and_149_agreed_to_note_and_names_of_those_who_asked():
    unitary = _read("kj-stonemouth-housing-community-services-scrutiny-panel-2025-03-20.pdf")
    outcomes = {r.text: r.outcome for i in unitary.items for r in i.resolutions}
    assert next(o for t, o in outcomes.items() if t.startswith("The Panel agreed to note the Safer")) == "noted"
    assert any(t.startswith("Members noted the progress made against the actions") for t in outcomes)

    district = _read("kk-ivelbrook-overview-scrutiny-2025-01-14.pdf")
    rows = [q.text for i in district.items for q in i.questions]
    # "The following Members asked questions:" over their names only: who asked, not what
    assert "Councillor Imran Chaudhry" not in rows and "Councillor Hattie Frere" not in rows
    police = next(i for i in district.items if any(r.text.startswith("The Chair thanked Chief Inspector") for r in i.resolutions))
    assert [r.outcome for r in police.resolutions] == ["agreed"]  # "..., following discussion, the Committee noted the report and asked that ..."

    city = _read("kl-tettenford-health-scrutiny-panel-2025-03-13.pdf")
    # "1. That the report ... be noted. 2. That the Director of Public Health provide ...": agreed
    briefing = next(r for i in city.items for r in i.resolutions if "written briefing on uptake" in r.text)
    assert briefing.outcome == "agreed"


def test_ninth_review_edge_cases(tmp_path):
    from fpdf import FPDF

    from minutes.extract.html import html_to_blocks
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import attendance_from_text, split_people
    from minutes.parse.points import kind_of

    # A page with a column of labels keeps the prose below it whole, whatever word lands on
    # the labels' column
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for label, names in (("Members present:", "Carol Whitlow (Chairman), Graham Pettit and Sunita Rao"),
                         ("Apologies:", "Dermot Fenwick and Alan Birch"),
                         ("Officers:", "Jane Hill (Director of Public Health) and Mark Evans (Scrutiny Officer)")):
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(42, 6, label)
        pdf.set_xy(62, y)
        pdf.multi_cell(128, 6, names, align="L")
    pdf.ln(4)
    answer = ("The Director explained that two home care providers had left the market in January and that a new "
              "framework would be in place by September, with more providers in the rural areas. The Council had "
              "already increased the rate paid for rural visits by eight per cent and would review the effect of that "
              "increase in the autumn, when the new framework had been in place for a full quarter.")
    pdf.set_x(20)
    pdf.multi_cell(170, 6, answer, align="L")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 6, 5, tzinfo=__import__("datetime").timezone.utc))
    pdf.output(str(tmp_path / "m.pdf"))
    texts = [b.text for b in extract(tmp_path / "m.pdf").blocks]
    assert any(t.endswith("had been in place for a full quarter.") and t.startswith("The Director explained") for t in texts)
    assert "Apologies: Dermot Fenwick and Alan Birch" in texts

    # A table of items inside the minutes pane is no agenda tab
    blocks = html_to_blocks(
        '<div class="tab-content"><div class="tab-pane" id="agenda"><p>Agenda items: 1. Apologies 2. Discharge</p></div>'
        '<div class="tab-pane active" id="minutes"><table class="table agenda-items"><tr><td>1.</td><td>'
        "<p>Apologies for Absence</p><p>Apologies were received from Councillor D Reed and from others who could "
        "not attend the meeting of the committee this evening.</p></td></tr></table></div></div>")
    assert any("Councillor D Reed" in b.text for b in blocks)
    # A chair's statement is skipped, not what follows it
    qs, rs = parse_item([Block("The Chair gave the following communications:"),
                         Block("“Welcome to the meeting. I have asked the ICB to attend.”."),
                         Block("Councillor Smith asked why waits had grown."), Block("The Director said staffing was the cause."),
                         Block("RESOLVED: That the communications be noted.")])
    assert len(qs) == 1 and qs[0].response is not None and len(rs) == 1
    # What a councillor "said that ..." names the kind
    assert kind_of("Councillor Smith said that she was concerned about the delays in discharge.") == "concern"
    assert kind_of("Councillor Smith stated that he would like to see a breakdown of the figures by ward.") == "request"
    # Who moved a decision is no second decision; a motion "developed and agreed by" a board was lost
    _, rs = parse_item([Block("RESOLVED: That the report be noted."),
                        Block("Proposed by Councillor Smith, seconded by Councillor Jones and carried unanimously.")])
    assert len(rs) == 1
    # A topic opening answered by a member is no answer
    qs, _ = parse_item([Block("The following points were raised:"),
                        Block("• Regarding the new ward, Councillor Smith asked whether staff had been told about the changes."),
                        Block("• The Director confirmed that staff had been consulted.")])
    assert qs[0].text.startswith("Regarding the new ward, Councillor Smith asked") and qs[0].response is not None
    # No points from "No questions were raised" or an officer's "made several points:"
    qs, _ = parse_item([Block("No questions were raised regarding the report."), Block("RESOLVED: That the report be noted.")])
    assert not qs
    qs, _ = parse_item([Block("The Director of Public Health made several points:"),
                        Block("• smoking rates had fallen to 11 per cent;"), Block("• the gap in life expectancy had widened.")])
    assert not qs
    qs, _ = parse_item([Block("Councillor Smith welcomed the Cabinet Member for Health and the Director of Public Health to the meeting.")])
    assert not qs
    # The substituted member's name ends at the surname
    people = [(a.name, a.attendance) for a in attendance_from_text(
        "Councillor Patel attended as substitute for Councillor Reed for this meeting only.")]
    assert ("Councillor Reed", "apologies") in people
    # A numbered clause noting the work done is noted
    assert outcome_of("RESOLVED: (1) That the Committee notes the work undertaken to review the discharge process.") == "noted"
    # A body's name is not two people, as a grid of full names would be
    assert split_people("Kelbury Parent Carer Forum") == [("Kelbury Parent Carer Forum", None)]
    assert split_people("Graham Ashworth Pauline Hartshorne") == [("Graham Ashworth", None), ("Pauline Hartshorne", None)]


def test_round_150_present_for_an_item_and_a_title_not_run_into_a_paragraph():
    city = _read("kn-loxbridge-health-scrutiny-sub-committee-2025-03-19.pdf")
    # "MINUTES OF THE PREVIOUS MEETING" over "4.1 The minutes of the meeting of the Sub-Committee held on ..."
    assert city.committee == "Health Scrutiny Sub-Committee"
    people = _attendance(city)
    # "6.2 Present for this item were Rachel Ibbotson (...) and Dr Imran Qureshi (...)."
    assert people["Rachel Ibbotson"] == "in_attendance" and people["Dr Imran Qureshi"] == "in_attendance"
    assert people["Dawn Kettleborough"] == "present"  # "Non-Council Member (non-voting):- ..."


def test_rounds_151_to_154_posts_with_initials_roles_in_columns_and_two_people_to_a_cell():
    district = _read("kp-brettvale-overview-scrutiny-2025-03-17.pdf")
    people = {a.name: (a.role, a.attendance) for a in district.attendees}
    # "Officers: Director – Housing (GR)": an officer printed by post and initials
    assert people["GR"] == ("Director – Housing", "in_attendance")
    # "In attendance:" alone over "Councillors: ..." and "Apologies:" alone over "Councillors: ..."
    assert people["Harriet Lowther"][1] == "in_attendance" and people["Peter Ambrose"][1] == "apologies"
    assert not any(r.text.startswith("Note: The meeting was adjourned") for i in district.items for r in i.resolutions)

    panel = _read("ks-kinderdale-police-crime-panel-2025-02-06.pdf")
    rows = [q for i in panel.items for q in i.questions]
    # "... Mr T Staley ... attended the meeting and asked the following question:" over the quoted question
    public = next(q for q in rows if q.text.startswith("“Since the front counter"))
    assert public.asked_by == "Mr T Staley" and public.response is not None
    assert any(q.text.startswith("A question submitted by Councillor D Kirkland") for q in rows)
    assert not any("partner had raised a concern" in q.text for q in rows)  # told in the answer

    metropolitan = _read("kt-mottbridge-health-asc-scrutiny-panel-2025-01-16.docx")
    assert metropolitan.meeting_date == "2025-01-16"  # not the previous meeting's, confirmed below it
    people = {a.name: a.role for a in metropolitan.attendees}
    assert people["Joanne Threlfall"] == "Director of Adult Services"  # "Joanne Threlfall<tab>Director of Adult Services"
    nxt = next(r for i in metropolitan.items for r in i.resolutions if r.text.startswith("To note that the next meeting"))
    assert nxt.outcome == "noted"

    page = _read("ku-churnwold-overview-scrutiny-2025-09-08.html")
    people = {a.name: a.role for a in page.attendees}
    # "Rachel Venn, Chief Executive | Fiona Carrow, Deputy Chief Executive ...": two to a row
    assert people["Rachel Venn"] == "Chief Executive" and people["Martin Dowsett"] == "Business Manager - Leisure and Communities"
    finance = next(i for i in page.items if i.number == "48")
    # the motion above the RESOLVED that records it, and "NOTED ...; and" / "RECOMMENDED ..." under one lead-in
    assert [r.outcome for r in finance.resolutions] == ["recommended"]


def test_rounds_155_and_156_role_columns_titles_run_on_after_a_dash_and_agendas_above_minutes():
    metropolitan = _read("kw-pelsworth-schosc-2025-01-16.pdf")
    people = {a.name: a.role for a in metropolitan.attendees}
    # names and posts in columns, the post starting too close to a long name to part it alone
    assert people["S. Gallagher"] == "Place Director (Pelsworth), Forgeland Integrated Care Board"
    assert people["D. Whitcombe"] == "Executive Director, Adult Social Care, Public Health and Hub"

    unitary = _read("kx-cotherdale-health-housing-scrutiny-2025-01-22.docx")
    assert unitary.committee == "Health and Housing Scrutiny Committee"  # not "this Scrutiny Committee"
    assert ("HH28/Jan/25", "DECLARATIONS OF INTEREST") in [(i.number, i.title) for i in unitary.items]
    thanks = next(r for i in unitary.items for r in i.resolutions if r.text.startswith("The Chair thanked the Chief Operating"))
    assert thanks.outcome == "noted"

    county = _read("ky-thurneshire-hosc-2025-03-13.pdf")
    rows = [q for i in county.items for q in i.questions]
    assert next(q for q in rows if q.text.startswith("A Member raised the effect of")).kind == "concern"

    page = _read("kz-sowerbeck-ahsc-scrutiny-board-2025-01-21.html")
    assert page.meeting_date == "2025-01-21"  # "Date: Tuesday 21 January 2025", not a paper's link
    assert "31" not in [i.number for i in page.items]  # "Minute 31 (Reablement Service) – ..." under matters arising


def test_rounds_157_and_158_posts_without_names_public_forum_codes_and_presenters():
    district = _read("la-pevenbury-overview-scrutiny-2025-01-20.docx")
    names = [a.name for a in district.attendees]
    # officers listed by their posts alone are each their post, not names made of its words
    assert "Director – Place and Climate Change" in names and "Head of Neighbourhood Services" in names
    assert not any(n in ("Community", "Climate Change") for n in names)
    assert "Mr S. Blackler" in names and "Mr Simon Blackler" not in names
    assert any(r.text.startswith("The Chair was authorised to sign") for i in district.items for r in i.resolutions)
    rows = [q for i in district.items for q in i.questions]
    counter = next(q for q in rows if "front counter at Marhurst" in q.text)
    assert counter.response is not None and counter.response.text.startswith("The District Commander explained")

    city = _read("lb-brackwater-adult-social-care-policy-committee-2025-03-10.pdf")
    assert not any(i.number.startswith("PQ") for i in city.items)
    assert {a.name: a.role for a in city.attendees}["Ruth Kilbride"] == "Executive Director: Adults and Communities"
    lost = next(r for i in city.items for r in i.resolutions if r.outcome == "rejected")
    assert "moved an amendment" in lost.text and "LOST" in lost.text

    county = _read("lc-wendlemoor-eyp-osc-2025-01-24.html")
    people = _attendance(county)
    assert people["Cllr Ashcroft"] == "present" and people["Mrs Joanna Crane"] == "apologies"
    assert people["Cllr Tolley"] == "apologies" and people["Mark Devlin"] == "in_attendance"

    notice = _read("ld-wellandbridge-cmdn-care-at-home-recommissioning.docx")
    assert notice.doc_type == "other"
    unitary = _read("ld-wellandbridge-adults-health-scrutiny-2025-03-04.pdf")
    dental = next(i for i in unitary.items if i.number == "5")
    assert len(dental.resolutions) == 1 and "2. Request that" in dental.resolutions[0].text


def test_rounds_159_and_160_open_sections_cmis_agendas_and_narrow_labels():
    london = _read("le-dockhurst-hsc-scrutiny-commission-2026-01-14.docx")
    assert london.committee == "Health and Social Care Scrutiny Commission"
    assert _attendance(london)["Colin Adebayo-Shaw"] == "in_attendance"  # "OFFICER AND PARTNER SUPPORT:"
    assert any(r.text.startswith("The commission agreed to write") for i in london.items for r in i.resolutions)

    cmis = _read("lf-northfold-hosc-2025-09-11.html")
    # the agenda's items listed above the minutes of the same items
    assert [i.number for i in cmis.items] == [str(n) for n in range(1, 11)]
    assert cmis.meeting_date == "2025-09-11"

    board = _read("lg-drennington-hwb-2025-03-19.pdf")
    assert board.committee == "Health and Wellbeing Board"
    assert any(r.text.endswith("The Board noted the updates received from partners.") or
               r.text.startswith("The Board noted the updates") for i in board.items for r in i.resolutions)

    text = _read("lh-mid-caldon-scrutiny-committee-2025-03-17.txt")
    assert "K Rowcliffe" in " ".join(a.name for a in text.attendees)  # "Councillors" / "Online" / "Councillor(s) K Rowcliffe"
    assert not any(q.text.startswith("Mr Reg Stallard") for i in text.items for q in i.questions)


def test_rounds_161_and_162_action_columns_minutes_in_tables_and_paragraphs_across_pages():
    board = _read("li-kellow-health-ppb-2025-03-11.pdf")
    # "HEA37" in the number column is no person, and the banner over the first minute no item
    assert [i.number for i in board.items][:4] == ["HEA37", "HEA38", "HEA39", "HEA40"]
    # an "Action" column of officers' posts beside a decision is not the decision's text
    assert not any("Executive Director" in r.text for i in board.items for r in i.resolutions)
    rows = [q for i in board.items for q in i.questions]
    public = next(q for q in rows if q.text.startswith("‘When the walk-in centre"))
    assert public.text.endswith("figures?’")  # its lines joined although the text is narrower than the page
    assert not any(q.text.startswith("Members raised a number of questions") for q in rows)

    london = _read("lj-larkwood-health-wellbeing-board-2025-03-19.docx")
    # "34. | FILMING AT MEETINGS" over the minute in the row below it
    assert [i.number for i in london.items] == [str(n) for n in range(34, 46)]
    assert london.items[1].title == "WELCOME AND INTRODUCTIONS"

    county = _read("lk-wychmere-hosc-2025-11-19.docx")
    assert county.meeting_date == "2025-11-19"  # "Wednesday, 19 November 2025, County Hall, ..."
    names = [a.name for a in county.attendees]
    assert "Fiona Rudge" in names and not any(n.startswith(("Available", "Wychmere", "Ledshire")) for n in names)
    rows = [q for i in county.items for q in i.questions]
    fit = next(q for q in rows if q.text.startswith("A Member asked how many patients were currently in hospital"))
    assert fit.response.text.startswith("was advised that the figure on the previous Friday had been 87")
    assert any(q.text.startswith("A Member who also served on Redmarsh") for q in rows)

    metropolitan = _read("ll-north-linmouth-asch-sub-committee-2024-03-07.pdf")
    assert metropolitan.committee == "Adult Social Care, Health and Wellbeing Sub-committee"
    rows = [q.text for i in metropolitan.items for q in i.questions]
    assert any(t.startswith("Councillor Fenwick suggested that the sub-committee look at the new Pharmacy First") for t in rows)


def test_rounds_163_and_164_parts_of_items_apologies_alone_and_motions_put():
    county = _read("lm-feldonshire-adult-social-care-health-osc-2025-11-19.html")
    # "1(3)" on a line of its own over "Chair's Announcements"
    assert [i.number for i in county.items][:5] == ["1", "1(1)", "1(2)", "1(3)", "1(4)"]
    people = _attendance(county)
    # under "Apologies", the names one to a line, a substitute among them
    assert people["Councillor Marcus Doyle"] == "apologies" and people["Councillor Ann Pritchard"] == "present"
    assert people["Joanne Kirkby"] == "apologies"
    rows = [q.text for i in county.items for q in i.questions]
    assert any(t.startswith("How many people in Feldonshire were waiting for a Care Act assessment") for t in rows)
    assert any("question to the Ashenford and Feldonshire Integrated Care Board (ICB) about access" in t for t in rows)

    joint = _read("lo-sarnfordshire-sse-jhsc-2025-03-12.pdf")
    assert any(r.outcome == "rejected" and "put and not carried" in r.text for i in joint.items for r in i.resolutions)
    rows = [q.text for i in joint.items for q in i.questions]
    assert any(t.startswith("The Chair of Healthwatch Edenmoor reported") for t in rows)  # a partner's chair

    unitary = _read("lp-loddonmere-hosc-2025-01-20.docx")
    rows = [q for i in unitary.items for q in i.questions]
    plan = next(q for q in rows if q.text.startswith("Councillor Harwood asked about the financial implications"))
    assert plan.response is not None and plan.response.text.startswith("Graham Oduya indicated that")


def test_rounds_165_and_166_presenters_named_in_the_passive_and_declarations_naming_minutes():
    london = _read("lr-pellingham-hpd-scrutiny-panel-2025-11-20.html")
    people = {a.name: (a.role, a.attendance) for a in london.attendees}
    # "The report was introduced by Siobhan Kerrigan, Head of Repairs and Building Safety, as set out ..."
    assert people["Siobhan Kerrigan"] == ("Head of Repairs and Building Safety", "in_attendance")

    county = _read("ls-fellshire-health-wellbeing-scrutiny-2025-11-13.pdf")
    nxt = next(r for i in county.items for r in i.resolutions if "next meeting" in r.text)
    assert nxt.outcome == "noted"  # "RESOLVED, that it be noted that the next meeting ..."

    district = _read("lt-tormead-scrutiny-committee-2025-01-30.docx")
    # "Minute 46. Councillor Sarah Kellow, Affects Non-registerable Interest, ..." is no item 46
    assert [i.number for i in district.items] == [str(n) for n in range(41, 51)]
    assert _attendance(district)["W Pascoe"] == "in_attendance"  # "Councillors also present (for some or all the meeting)"
    plan = next(r for i in district.items for r in i.resolutions if "forward plan be noted" in r.text)
    assert plan.outcome == "agreed"  # "... with the addition of:"


def test_rounds_167_and_168_updates_received_substitutes_in_brackets_and_referrals():
    page = _read("lv-tandleford-adults-social-care-health-scrutiny-board-2025-11-11.html")
    outcomes = [r.outcome for i in page.items for r in i.resolutions
                if "six-monthly updates" in r.text or "subject to an interim update" in r.text]
    assert outcomes and set(outcomes) == {"agreed"}  # "... and that the Board receive six-monthly updates"
    assert _attendance(page)["Councillor Dearden"] == "present"  # "(Councillor Dearden substituting)"

    unitary = _read("lw-ormesfield-overview-scrutiny-board-2025-02-12.docx")
    decisions = [r for i in unitary.items for r in i.resolutions]
    # "The minutes of the meeting ... were submitted and approved as a correct record."
    assert any("were submitted and approved as a correct record" in r.text for r in decisions)
    # "AGREED that the findings and recommendations of the ... Panel's final report ... be endorsed and referred to the Executive"
    assert [r.outcome for r in decisions if "referred to the Executive" in r.text] == ["recommended"]


def test_rounds_169_and_170_points_answered_below_labelled_comments_and_virtual_members():
    county = _read("lz-culmshire-health-adult-care-scrutiny-2025-01-16.html")
    rows = [q for i in county.items for q in i.questions]
    # "Members asked questions in relation to X, Y and Z, and the following points were made
    # in response:": one point, the list below its answer
    ward = next(q for q in rows if q.text.startswith("Members asked questions in relation to the staffing of the ward"))
    assert ward.response.text.startswith("of the 11.4 whole-time equivalent")
    assert not any(q.text.startswith("the fire compartmentation works") for q in rows)
    # "Members' discussion points with the officers ... included:" over noun phrases
    overspend = next(q for q in rows if q.text.startswith("the reasons for the forecast overspend"))
    assert overspend.kind == "question" and overspend.response.text.startswith("which the Director attributed")

    district = _read("ma-thrusbury-policy-scrutiny-2025-01-21.txt")
    rows = [q for i in district.items for q in i.questions]
    dentist = next(q for q in rows if "still found it very difficult to register" in q.text)  # "Comment: ..."
    assert dentist.kind == "comment" and dentist.response.text.startswith("Councillor Ravi Dhillon agreed")
    assert not any(q.text.startswith("requested that Members' comments") for q in rows)

    fire = _read("mb-ardenchase-scrutiny-committee-2025-10-13.pdf")
    assert _attendance(fire)["Councillor Hargreave"] == "in_attendance"  # "Virtual: Councillor Hargreave"
    rows = [q for i in fire.items for q in i.questions]
    social = next(q for q in rows if "social media cases" in q.text)
    assert social.response.text.startswith("The Strategic Enabler advised")
    waits = next(q for q in rows if "disciplinary investigation" in q.text)
    assert waits.response.text.startswith("It was acknowledged that timescales were too long")

    assert _read("ly-northvale-ca-bus-franchising-your-questions-answered.html").doc_type == "other"
    assert _read("lv-tandleford-ascsb-work-programme-2025-26.docx").doc_type == "other"


def test_rounds_171_and_172_surnames_first_keyed_attendance_grids_and_wrapped_titles():
    county = _read("mc-ravenburn-facs-osc-2025-02-06.pdf")
    people = {a.name: (a.role, a.attendance) for a in county.attendees}
    # "Alder, K.  Fenwick, J." in two columns; "Kirsop, D. Executive Director ... Lumsden, J. ..."
    assert people["Alder, K."] == (None, "present") and people["Fenwick, J."] == (None, "present")
    assert people["Lumsden, J."][0] == "Service Director – Children’s Social Care"
    rows = [q for i in county.items for q in i.questions]
    deficit = next(q for q in rows if "accumulated deficit" in q.text)  # a fact, then the question
    assert deficit.text.startswith("The Dedicated Schools Grant") and deficit.response.text.startswith("Members were advised")

    london = _read("md-frayhurst-health-social-care-select-committee-2025-01-15.html")
    assert _attendance(london)["Kelvin Ashdown"] == "in_attendance"  # "LBF Officers Present:"
    public = next(r for i in london.items for r in i.resolutions if "considered in public" in r.text)
    assert public.outcome == "agreed"

    district = _read("me-tavington-overview-scrutiny-panel-2025-01-23.docx")
    # "O&S.58/24" numbers; the table of officers by minute heads no items
    assert [i.number for i in district.items] == [f"O&S.{n}/24" for n in range(58, 68)]
    people = _attendance(district)  # "* Denotes attendance | ø Denotes apology for absence"
    assert people["Cllr R Tremlett"] == "present" and people["Cllr N Cawse"] == "apologies"
    assert people["Cllr J Rowse"] == "absent" and people["Cllr C Bowden"] == "in_attendance"
    assert people["Dr R Haldane"] == "in_attendance"

    text = _read("mf-gullsea-asch-scrutiny-committee-2025-03-13.txt")
    assert text.meeting_date == "2025-03-13"  # "... THURSDAY, 13 MARCH" / "2025"
    assert _attendance(text)["Councillor Addison"] == "present"  # "Councillors" over "Addison"
    assert "6" in [i.number for i in text.items]
    speaker = next(q for i in text.items for q in i.questions if "reliable call times" in q.text)
    assert speaker.response.text.startswith("Ms Joanne Pilling, Director of Adult Services advised")
    assert _read("mf-gullsea-cabinet-member-decision-ph12-2025.pdf").doc_type == "other"


def test_rounds_173_and_174_a_topic_before_an_exchange_and_data_circulated():
    unitary = _read("mj-tollmouth-hosp-2025-02-13.html")
    rows = [q for i in unitary.items for q in i.questions]
    contract = next(q for q in rows if "whether the service would be retendered" in q.text)
    assert contract.text.startswith("The treatment contract") and contract.response.text.startswith("the Director of Public Health advised")
    strategy = next(r for i in unitary.items for r in i.resolutions if "Drug and Alcohol Strategy" in r.text)
    assert strategy.outcome == "agreed"  # "(ii) That the Director of Public Health circulates to the Panel data ..."


def test_rounds_175_and_176_keyed_marks_written_question_records_and_agenda_references():
    london = _read("mn-kenwold-hscssc-2025-11-24.pdf")
    people = {a.name: (a.role, a.attendance) for a in london.attendees}
    # "Chair: * Councillor Anjali Desor", "Councillors: * Graham Tolley * Nitin Raval (2)",
    # "† Dr Samir Kotecha - ..." under the key "* Denotes Member present" / "† Denotes apologies received"
    assert people["Councillor Anjali Desor"] == ("Chair", "present")
    assert people["Nitin Raval"] == (None, "present") and people["Dr Samir Kotecha"][1] == "apologies"
    # "Agenda Item 7 – Winter Planning ..." under the declarations refers to an item; no minute 7
    assert [i.number for i in london.items] == [str(n) for n in range(23, 34)]
    rows = [q for i in london.items for q in i.questions]
    public = next(q for q in rows if "Station Road pharmacy" in q.text)  # "Asked:" / "Written Response:"
    assert public.response.given_by == "Councillor Helen Marchbank" and public.response.text.startswith("“The Council has a statutory duty")
    assert any(q.text.startswith("“Will the Portfolio Holder share the reply") for q in rows)  # "Supplemental Question:"

    board = _read("mm-harcombe-north-lyncote-health-wellbeing-board-2025-12-03.html")
    assert any(r.text.startswith("Subject to an amendment at minute 31") for i in board.items for r in i.resolutions)
    visits = next(q for i in board.items for q in i.questions if "Enter and View visits" in q.text)
    assert visits.response.text == "This was already in the Healthwatch work plan for 2026."

    county = _read("mk-hambleshire-hasc-select-committee-2018-07-10.docx")
    rows = [q.text for i in county.items for q in i.questions]
    # "Mr Kettleborough asked the following question about the proposed closure of ...:" over its quotation
    assert not any(t.startswith("Mr Kettleborough asked the following question") for t in rows)
    assert any(t.startswith("‘Patients of the Wendbury Road Practice") for t in rows)

    assert _read("ml-glassmoor-budget-consultation-questionnaire-2026-27.pdf").doc_type == "other"


def test_rounds_177_and_178_numbers_alone_over_titles_closing_items_and_lost_bullets():
    joint = _read("mr-brindlecote-jhosc-2025-03-17.txt")
    # "6." alone over "NHS SOUTH WENDALE ...", "6.1" alone over its paragraph
    assert [i.number for i in joint.items] == [str(n) for n in range(1, 11)]
    assert joint.committee == "Joint Health Overview and Scrutiny Committee (South Wendale, Morcaster, Lindmoor and Wakeholme)"
    assert any(r.outcome == "rejected" and "negatived" in r.text for i in joint.items for r in i.resolutions)
    posts = next(q for i in joint.items for q in i.questions if "how many posts would be lost" in q.text)
    assert posts.response.text.startswith("Will Cartwright stated")  # a line a little short of the margin goes on

    metropolitan = _read("mo-bloxbury-education-osc-2025-03-13.pdf")
    assert metropolitan.items[-1].title == "Termination of meeting" and metropolitan.items[-1].number == ""
    assert _attendance(metropolitan)["Councillor K. Hartill"] == "in_attendance"  # under "Portfolio Holder"

    unitary = _read("mp-north-haverfleet-hasc-scrutiny-panel-2025-01-22.docx")
    # "Councillors ..., Shepherdson (substitute for Councillor Croftland) and Sillitoe."
    assert _attendance(unitary)["Councillor Sillitoe"] == "present"

    borough = _read("mq-kelsbury-community-select-committee-2026-01-14.html")
    rows = [q.text for i in borough.items for q in i.questions]
    # "Members raised the following issues:" over entries whose bullets were lost
    assert any(t.startswith("whether the Public Spaces Protection Order had reduced street drinking") for t in rows)


def test_rounds_179_and_180_plain_answers_columns_run_together_and_replies_as_follows():
    city = _read("mv-lindenford-hasc-scrutiny-committee-2025-01-16.txt")
    people = _attendance(city)  # "Present Absent" over "Councillor A (Chair) Councillor B"
    assert people["Councillor Farah Iqbal"] == "present" and people["Councillor Gareth Kinsey"] == "absent"
    assert people["Councillor Tom Hurrell"] == "apologies"  # absent, and gave apologies under item 44
    assert people["Anil Chaudhry"] == "in_attendance"  # "Colleagues, partners and others in attendance:"
    rows = [q for i in city.items for q in i.questions]
    # the presenters' points a) to d) are no rows; e) "The Committee asked why ..." answered plainly
    assert not any(q.text.startswith("The system-wide Winter Plan") for q in rows)
    assert any(q.text.startswith("The Committee asked why so many people continue to go to the ED") for q in rows)
    assert any(r.text.startswith("Resolved to recommend to the Portfolio Holder") for i in city.items for r in i.resolutions)

    district = _read("mt-wendleford-overview-and-scrutiny-2025-01-14.pdf")
    decisions = [r.text for i in district.items for r in i.resolutions]
    assert any(t.startswith("RESOLVED 1. That the Vale Environmental Services Annual Report") for t in decisions)
    assert any(t.endswith("and the Committee noted the position.") for t in decisions)

    unitary = _read("mu-lydmoor-people-health-osc-2025-11-10.docx")
    # "Minute 38 – Public Participation: questions and responses" in an appendix is more of minute 38
    assert [i.number for i in unitary.items].count("38") == 1
    carers = next(r for i in unitary.items for r in i.resolutions if "Carers Strategy" in r.text)
    assert carers.outcome == "recommended" and "approves the Lydmoor Carers Strategy" in carers.text

    county = _read("ms-irthwick-hosc-2025-09-11.html")
    public = next(q for i in county.items for q in i.questions if "effect this has had on ambulance call-outs" in q.text)
    assert public.response.text.startswith("“The overnight closure")  # "... responded as follows:-"
    assert _attendance(county)["Councillor Bowman"] == "apologies"  # "from councillors Bowman, ..."


def test_rounds_181_and_182_councils_beside_their_members_agenda_wording_and_named_askers():
    joint = _read("mw-brackwood-oet-jhosc-2025-01-21.pdf")
    # "London Borough of Brackwood   Maureen Tyler (Chairman) and Keith Darville": a council's
    # name beside its members, no colon between
    people = {a.name: (a.role, a.attendance) for a in joint.attendees}
    assert people["Maureen Tyler"] == ("Chairman", "present") and people["Olu Adeyemi"] == (None, "present")
    assert people["Shona McAllister"] == (None, "present")
    # "Councillor Darville stated that ... The Director of Primary Care accepted that ..."
    stated = next(q for i in joint.items for q in i.questions if "great difficulty in getting through" in q.text)
    assert stated.asked_by == "Councillor Darville" and stated.response.given_by == "the Director of Primary Care"

    page = _read("mx-greenmarsh-hassp-2025-11-13.html")
    decisions = [r.text for i in page.items for r in i.resolutions]
    # the agenda's "To note any apologies ..." and "To approve as a correct record ..." are no decisions
    assert not any(t.startswith("To ") for t in decisions)
    assert any(t.startswith("The minutes of the meeting held on 18 September 2025 be agreed") for t in decisions)

    borough = _read("my-cradlebrook-hasc-scrutiny-2025-01-14.docx")
    assert borough.committee == "Health and Adult Social Care Scrutiny Committee"  # not "Minutes of previous meeting ..."
    rows = [q for i in borough.items for q in i.questions]
    # "... by telephone at 8.00 a.m. and asked what was being done ...": one sentence, one row
    phone = next(q for q in rows if "getting through to their surgery" in q.text)
    assert phone.text.endswith("and asked what was being done to address this.") and phone.asked_by == "Councillor Parvez"
    assert next(q for q in rows if "continuity of care" in q.text).asked_by == "Councillor Mrs. Latham"
    pharmacy = next(q for q in rows if "closure of the pharmacy on Station Road" in q.text)
    assert pharmacy.asked_by == "Councillor Hargreaves" and pharmacy.response.text.startswith("Ms. Duckworth advised")
    assert any(q.text.startswith("Mr. Openshaw reported that Healthwatch Cradlebrook had received feedback") for q in rows)

    # "Question: Councillor Whitlock asked ...": the asker named in the words of a labelled question
    labelled = _read("ad-kestermoor-hasc-minutes-2025-03-12.html")
    assert all(q.asked_by and q.asked_by.startswith("Councillor") for i in labelled.items for q in i.questions)
    # "Chair Councillor P J Ambrose" / "Vice Chair Councillor S L Fairweather and Councillors:"
    district = {a.name: a.role for a in _read("mt-wendleford-overview-and-scrutiny-2025-01-14.pdf").attendees}
    assert district["Councillor P J Ambrose"] == "Chair" and district["Councillor S L Fairweather"] == "Vice Chair"


def test_rounds_183_and_184_minute_book_headers_public_questions_listed_and_thanks_before_answers():
    city = _read("nd-holmeford-health-select-commission-2025-01-16.txt")
    # "34H HEALTH SELECT COMMISSION - 16/01/25": a minute book's page number and header
    assert [i.number for i in city.items] == [str(n) for n in range(41, 52)]
    assert city.meeting_date == "2025-01-16"  # not the previous meeting's, named in minute 41
    public = next(q for i in city.items for q in i.questions if q.text.startswith("“Last winter my mother"))
    # "The Chair thanked Mr. Dawson for his question and invited ... The Strategic Director explained ..."
    assert public.response.text.startswith("The Strategic Director explained") and public.asked_by == "Mr. Dawson"
    assert not any("HEALTH SELECT COMMISSION" in q.text or (q.response and "HEALTH SELECT COMMISSION" in q.response.text)
                   for i in city.items for q in i.questions)

    unitary = _read("nb-severnshire-health-overview-scrutiny-2025-01-13.html")
    listed = [q for i in unitary.items for q in i.questions if " – regarding " in q.text]
    # "Public questions were received from:" over "Mr Colin Hartshorne – regarding ..."
    assert [(q.asked_by, q.kind) for q in listed] == [("Mr Colin Hartshorne", "question"), ("Ms Anwen Price", "question")]

    board = _read("nc-sevenbridge-health-wellbeing-board-2025-07-17.docx")
    assert board.committee == "Sevenbridge Health and Wellbeing Board"  # not "Proceedings Minutes of a meeting of ..."
    assert any(q.text.startswith("Helen Marchbank welcomed the findings of the Enter and View visits and commented")
               for i in board.items for q in i.questions)


def test_round_185_bold_decisions_across_pages_officers_suggesting_and_a_last_row_of_one_name():
    borough = _read("ne-larchbury-health-wellbeing-scrutiny-2025-01-21.pdf")
    # "RESOLVED: That the Work Plan be approved, subject to the addition of" | (page 7) "the items ..."
    plan = next(r for i in borough.items for r in i.resolutions if "Work Plan be approved" in r.text)
    assert "the items requested by Councillors Shale and Orme" in plan.text
    assert not any(q.text.startswith("the items requested") for i in borough.items for q in i.questions)
    # "The Consultant in Public Health suggested that ..." answers the question before it
    wragg = next(q for i in borough.items for q in i.questions if "what the Borough Council could do" in q.text)
    assert wragg.response.text.startswith("The Consultant in Public Health suggested")

    county = _read("nf-hodderfold-ecs-scrutiny-2025-01-15.docx")
    people = {a.name: (a.role, a.attendance) for a in county.attendees}
    assert people["E Walmsley"] == (None, "present")  # "R Bamber | J Colquhoun" ... "E Walmsley" alone
    assert people["Mrs Anne-Marie Duckworth"] == ("Parent Governor Representative", "present")


def test_speakers_named_by_first_name_or_initials():
    panel = _read("ip-north-brigwold-children-education-scrutiny-panel-2025-11-12.html")
    answered = [(q.asked_by, q.response.given_by) for i in panel.items for q in i.questions if q.response]
    # "Cllr Haigh asked ... Simon explained that ...": an officer named by a first name
    assert ("Cllr Haigh", "Simon") in answered
    board = _read("is-halvering-estbury-icb-board-2025-09-25.pdf")
    # "TJ asked ... AP confirmed ...": notes naming people by their initials
    assert ("TJ", "AP") in [(q.asked_by, q.response.given_by) for i in board.items for q in i.questions if q.response]
    # not "Concerns were raised" nor "Having thanked the Director, ...": nobody named
    questions, _ = parse_item([Block("Concerns were raised about the waiting list. Discussion highlighted that staff were stretched.")])
    assert [q.asked_by for q in questions] == [None]


def test_a_review_of_rounds_181_to_185_wording():
    def rows(*texts):
        questions, resolutions = parse_item([Block(t) for t in texts])
        return [(q.text, q.asked_by, q.response and q.response.given_by) for q in questions], [r.text for r in resolutions]

    # "..., which had been agreed by the Board in May, the Director said": the clause belongs to the question
    points, _ = rows("In response to a question about the plan, which had been agreed by the Board in May, "
                     "the Director said that it was on track.")
    assert points == [("In response to a question about the plan, which had been agreed by the Board in May", None, "the Director")]
    # the nearest person to the verb asked, not the one thanking the officers
    points, _ = rows("The Chair thanked the officers and Councillor Ames then asked whether the figures included agency staff.")
    assert points[0][1] == "Councillor Ames"
    # a member's statement then an officer presenting is no exchange
    points, _ = rows("Councillor Patel stated that the new home care contract would start in April. "
                     "The Director of Adult Social Care explained that the tender had attracted twelve bids.")
    assert points == []
    # "would be agreed at the next meeting" is no decision; an infinitive decision stays one unless restated below
    _, decided = rows("The minutes of the meeting held on 4 June 2025 would be agreed at the next meeting.")
    assert decided == []
    _, decided = rows("To agree the minutes of the meeting held on 4 June 2025 as a correct record.",
                      "It was agreed that the Clerk would circulate the response.")
    assert len(decided) == 2
    _, decided = rows("To approve as a correct record the minutes of the meeting held on 3 March 2025.",
                      "RESOLVED: That the minutes be approved as a correct record.")
    assert decided == ["RESOLVED: That the minutes be approved as a correct record."]


def test_rounds_186_and_187_police_ranks_labels_without_colons_and_grouped_officers():
    district = _read("nh-ravenden-overview-scrutiny-committee-2025-01-21.html")
    decided = {r.text[:60]: r.outcome for i in district.items for r in i.resolutions}
    # "The minutes of the meeting held on 10 December 2024 were submitted and agreed."
    assert decided["The minutes of the meeting held on 10 December 2024 were sub"] == "agreed"
    asb = next(q for i in district.items for q in i.questions if "anti-social behaviour involving e-scooters" in q.text)
    assert asb.response.given_by == "Chief Inspector Gorringe"  # "Chief Inspector Gorringe advised that ..."

    panel = _read("ni-west-nenwold-police-fire-crime-panel-2025-02-06.txt")
    assert [i.number for i in panel.items] == [str(n) for n in range(38, 49)]  # 39 in sentence case among them
    people = {a.name: (a.role, a.attendance) for a in panel.attendees}
    assert people["Paul Hendry"] == ("Democratic Services Manager", "in_attendance")  # "Officers Paul Hendry, ..."

    unitary = _read("nj-hollinsby-asch-select-committee-2025-02-18.docx")
    people = {a.name: a.role for a in unitary.attendees}
    # "Stuart Raine, Lorna Featherstone, Helen Mawson, Joanne Pattinson (A,H&W); Paul Kilbride, ..."
    assert people["Helen Mawson"] == "A,H&W" and people["Kirsty Lumsden"] == "CS"
    # what an officer outlined is not members' points
    assert not any("reablement service was delivered under contract" in q.text for i in unitary.items for q in i.questions)
    assert unitary.items[0].resolutions[0].text == "The Chair outlined the evacuation procedure, which was noted."


def test_rounds_188_and_189_named_answerers_run_on_apologies_and_narrow_columns_of_text():
    joint = _read("nk-avonford-anlst-joint-health-scrutiny-committee-2025-03-10.html")
    points = {q.text[:40]: q for i in joint.items for q in i.questions}
    # "Darren Hoskins, Western Counties Ambulance Service, said that ..."
    assert points["Councillor Bhatti asked why ambulance ha"].response.text.startswith("Darren Hoskins")
    assert points["Councillor Dunkerton requested that futu"].response.given_by == "Helen Stroud"
    # "Members suggested the following additions:" over the items suggested
    assert points["an item on the waiting lists for all-age"].kind == "request"

    county = _read("nl-hopedale-improvement-scrutiny-health-2025-01-20.pdf")
    # "... (Democratic Services Officer). Apologies for absence were submitted for Councillors A Brindley and C Wragg."
    assert ("Councillor A Brindley", "apologies") in [(a.name, a.attendance) for a in county.attendees]

    city = _read("nm-wigmere-phhi-scrutiny-commission-2025-01-14.docx")
    assert len([a for a in city.attendees if a.attendance == "present"]) == 7  # under "P R E S E N T :"
    waits = next(q for i in city.items for q in i.questions if "time people waited between referral" in q.text)
    assert waits.response.text.startswith("It was noted that the median wait")  # a concern answered
    assert not any(q.text.startswith("As part of the discussion") for i in city.items for q in i.questions)

    district = _read("nn-yarehithe-overview-scrutiny-2025-01-21.txt")
    assert district.committee == "Overview and Scrutiny Committee"  # "... Committee of Yarehithe District Council, held on"
    assert [i.number for i in district.items] == [str(n) for n in range(412, 422)]  # not "Minute no 404" under 415
    people = {a.name: (a.role, a.attendance) for a in district.attendees}
    # "Officers in" / "Attendance:" over "The Director of People and Communities (A Mortimer), the ..."
    assert people["A Mortimer"] == ("Director of People and Communities", "in_attendance")
    assert people["Councillor T Seaman-Holt"][1] == "present"  # a list wrapped in a column narrower than the page
    help_hub = next(r for i in district.items for r in i.resolutions if "Help Hub" in r.text)
    assert "(2) request that a report on the future funding" in help_hub.text  # "RESOLVED" / "To" / "(1) ..."


def test_a_review_of_rounds_186_to_189_wording(tmp_path):
    from minutes.evaluate import _speaker_same
    from minutes.parse.meeting import attendance_from_blocks, split_people
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = parse_item([Block(t) for t in texts])
        return [(q.text, q.asked_by, q.response and q.response.given_by) for q in questions], [r.text for r in resolutions]

    def document(name: str, text: str):
        path = tmp_path / name
        path.write_text("HEALTH SCRUTINY COMMITTEE\n\nMinutes of the meeting of the Health Scrutiny Committee held on "
                        "12 March 2025.\n\nPresent: Councillors A Smith (Chair), B Jones and C Cole.\n\n" + text)
        return read_document(path)

    # a word alone names a speaker only where the minutes name that person in full
    minutes = document("alone.txt", "1. Waiting Times\n\nSimon Arkwright, Head of Access, presented the report.\n\n"
                       "Councillor Jones asked why waits had risen. Simon explained that staffing was short.\n\n"
                       "Councillor Cole asked why costs were high. Benchmarking confirmed that the council was in the top quartile.\n")
    assert [q.response.given_by for q in minutes.items[0].questions] == ["Simon", None]
    # the person nearest the verb asks only when those words are the whole subject
    points, _ = rows("Councillor Ames noted the work of the Director and the Cabinet Member and asked whether the scheme would continue.")
    assert points[0][1] == "Councillor Ames"
    points, _ = rows("The Member for Darlington and Bishop Auckland asked whether the hospital would stay open.")
    assert points[0][1] == "the Member for Darlington and Bishop Auckland"
    # places between commas come before the speaker after the last comma
    points, _ = rows("In response to a question about flooding at Mill Lane, Castle Street, Moorend, the Director advised that work would start in May.")
    assert points == [("In response to a question about flooding at Mill Lane, Castle Street, Moorend", None, "the Director")]
    # an officer whose post holds "Youth" answers; a member's statement answered by an officer is an exchange
    points, _ = rows("Cllr Patel: Why has the youth club in Moorend closed?", "Head of Youth Services: The building failed its fire inspection.")
    assert [(q[1], q[2]) for q in points] == [("Cllr Patel", "Head of Youth Services")]
    points, _ = rows("Councillor Darville stated that residents continued to report long waits. "
                     "The Director of Primary Care confirmed that waits had risen over the winter.")
    assert points[0][2] == "the Director of Primary Care"
    points, _ = rows("Councillor Darville stated that he had visited the new unit. Members agreed that the unit was a great improvement.")
    assert points == []
    # what others agreed is no decision; agenda words above a labelled decision are not one either
    _, decided = rows("The Director reported that a number of changes had been proposed by the trust, which were agreed.")
    assert decided == []
    _, decided = rows("To agree the Committee's work programme for 2025/26.", "RESOLVED that the work programme be approved.")
    assert decided == ["RESOLVED that the work programme be approved."]
    # members' own remark answers nothing; items officers proposed are not members' requests
    points, _ = rows("Members expressed concern about staffing levels. It was noted that Members had raised the same concern before.")
    assert points[0][2] is None and "raised the same concern" in points[0][0]
    points, _ = rows("Members were advised that officers had proposed the following items:", "• a report on school transport",
                     "• an update on the leisure contract")
    assert points == []
    # "Apologies for absence were submitted for ..." after the list of those present
    people = attendance_from_blocks([Block("Present: Councillors A Smith (Chair), B Jones and C Cole."),
                                     Block("Apologies for absence were submitted for Councillors A Brindley and C Wragg.")])
    assert not any("Wragg" in a.name for a in people)
    # a directorate's letters in brackets group officers; a post or a place in brackets does not
    assert split_people("Peter Brown, Castle Hill, Moorend (ward councillor); Jon Cawthorn, Ellie Marsh (CEX)")[:2] == [
        ("Peter Brown", "Castle Hill, Moorend (ward councillor)"), ("Jon Cawthorn", "CEX")]
    # a minute book's running header without a date; minutes taken out of order; recommendations numbered 3 to 8
    book = document("book.txt", "1. Declarations of Interest\n\nThere were none.\n\n2. Waiting Times\n\nThe Director "
                    "introduced the report.\n34H HEALTH SCRUTINY COMMITTEE\n\nCouncillor Jones asked why waits had risen.\n\n"
                    "3. Work Programme\n\nRESOLVED that the work programme be agreed.\nHEALTH SCRUTINY COMMITTEE 35H\n\n"
                    "4. Date of Next Meeting\n\nThe next meeting will be held on 4 June 2025.\n36H HEALTH SCRUTINY COMMITTEE\n")
    assert [i.number for i in book.items] == ["1", "2", "3", "4"]
    swapped = document("swapped.txt", "Minute 24 – DECLARATIONS OF INTEREST\n\nThere were none.\n\nMinute 26 – AMBULANCE "
                       "RESPONSE TIMES\n\nRESOLVED that the report be noted.\n\nMinute 25 – WINTER PLANNING\n\nRESOLVED that "
                       "the plan be endorsed.\n\nMinute 27 – WORK PROGRAMME\n\nRESOLVED that the work programme be agreed.\n")
    assert [i.number for i in swapped.items] == ["24", "26", "25", "27"]
    listed = document("listed.txt", "The task group had made the following recommendations.\n\n" + "".join(
        f"{n} {title}\nThe task group had heard evidence on this.\n\n" for n, title in enumerate(
            ["Extend the hours of the hubs", "Publish waiting data", "Review the telephones", "Fund more navigators",
             "Improve online booking", "Report progress in six months"], 3)))
    assert len(listed.items) < 6
    # `minutes eval`: a name with its post after a comma or in brackets is the same person
    assert _speaker_same("Dr Emery", "Dr Emery, Director of Public Health")
    assert _speaker_same("Sarah Jones (Director of Public Health)", "Sarah Jones")
    assert not _speaker_same("Councillor A Patel", "Councillor R Patel")


def test_rounds_190_to_193_pages_copied_as_text_names_in_columns_and_full_width_rows():
    # a ModernGov meeting page copied as text: "37." over "Apologies for Absence" over "Minutes:"
    panel = _read("nr-thornbeck-hasc-osp-2025-02-06.txt")
    assert [i.number for i in panel.items] == [str(n) for n in range(37, 47)]
    assert panel.items[3].title == "Minutes of the Health and Adult Social Care Overview and Scrutiny Panel held on 28th November, 2024"
    home_care = next(r for i in panel.items for r in i.resolutions if "Receive the outcome" in r.text)
    assert home_care.outcome == "agreed"  # "2. Receive the outcome of the engagement ... at a future meeting."

    council = _read("nu-ockleyshire-county-council-2025-11-04.pdf")
    present = [a.name for a in council.attendees if a.attendance == "present"]
    # 56 names in four columns with no titles, one name to an entry
    assert {"Tariq Abbasi", "Steve Raikes", "Lucy Fenwick-Hale", "Ben Youens"} <= set(present) and len(present) >= 56
    supplementary = next(q for i in council.items for q in i.questions if "fewer than one in a hundred" in q.text)
    # a row across both columns of the questions table holds the question and its answer
    assert supplementary.response.given_by == "Councillor Ashdown"
    assert not any(q.text.startswith("10 Questions with Notice were asked") for i in council.items for q in i.questions)
    report = next(r for i in council.items for r in i.resolutions if "to receive the report and to thank" in r.text)
    assert report.outcome == "noted"  # "(on a motion by ..., and carried nem con)" is how, not what

    assert "CLOSE OF MEETING" not in [i.title for i in _read("no-marlbeck-health-adults-scrutiny-sub-committee-2025-01-21.pdf").items]

    county = _read("ns-penmarrow-hasc-osc-2026-01-14.pdf")
    points = [q.text for i in county.items for q in i.questions]
    # "The Committee received a joint presentation ..." over "The following key points were highlighted:"
    assert not any("OPEL 4" in p for p in points)
    assert any(p.startswith("Councillor Eddy expressed the view that") for p in points)
    # a line ending "... would be held on" goes on below
    assert any(r.text.startswith("The Committee noted that the next meeting would be held on Wednesday 11 March 2026")
               for i in county.items for r in i.resolutions)


def test_a_review_of_rounds_190_to_193_wording(tmp_path):
    from minutes.evaluate import _speaker_same
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import split_people
    from minutes.parse.points import asker_of, point_from_text
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = parse_item([Block(t) for t in texts])
        return [(q.text, q.asked_by, q.response and q.response.given_by) for q in questions], [r.text for r in resolutions]

    # a presentation above a lead-in: members' points still count when the lead-in only says
    # points were raised, when the paragraph above goes on to members, or when an entry raises one
    points, _ = rows("The Director of Public Health presented the report on the strategy.", "The following points were raised:",
                     "• Concern was expressed about waiting times; the Director said that these were falling.")
    assert [p[2] for p in points] == ["the Director"]
    points, _ = rows("The Committee received a joint presentation from the ICB and the Trust.",
                     "The following key points were highlighted:", "• Waiting lists had fallen by 10%.",
                     "• Concern was expressed about the closure of the Moorend clinic; the Director said no decision had been made.")
    assert len(points) == 1 and "Moorend" in points[0][0]
    # a question's own next words, or background above a labelled answer, are not its answer
    points, _ = rows("Question: Mr Smith asked whether the library would stay open. The Leader had said in January that it would.",
                     "Answer: The Leader replied that no decision had yet been taken.")
    assert points[0][2] == "the Leader" and "had said in January" in points[0][0]
    points, _ = rows("Supplementary question: Councillor Beddoes asked whether the Cabinet Member would meet residents. "
                     "Councillor Beddoes explained that residents had waited two years.",
                     "Councillor Ashdown responded that she would meet them in May.")
    assert points[0][2] == "Councillor Ashdown"
    # "It was noted that ..." answers, unless it says what members themselves had done
    points, _ = rows("Councillor Ames asked why the waiting list had grown. It was noted that members of the public could now book online.")
    assert points[0][2] is None and "book online" not in points[0][0]
    # a name and its post between commas speak; the person nearest the verb, after a clause of its own
    answered = point_from_text("In response to a question about waiting lists, Sarah Jones, the Director of Public Health, "
                               "confirmed that the lists had fallen.", None)
    assert answered.response.given_by == "Sarah Jones, the Director of Public Health"
    assert asker_of("Councillor Brown made a point about parking and Councillor Ames asked whether the charges would rise.", "") \
        == "Councillor Ames"
    assert asker_of("The Chair thanked the officers and Canon Reid asked whether church schools had been consulted.", "") == "Canon Reid"
    # a word alone names someone the minutes name in full in other ways too
    path = tmp_path / "alone.txt"
    path.write_text("HEALTH SCRUTINY COMMITTEE\n\nMinutes of the meeting held on 12 March 2025.\n\nPresent: Councillor A Ames "
                    "(Chair), Councillor B Brown.\n\n1. Adult Social Care\n\nKaren Ellwood – Assistant Director for "
                    "Commissioning presented the update.\n\nCouncillor Brown asked about the cost of care homes. Karen "
                    "confirmed that fees would rise by 5%.\n")
    assert read_document(path).items[0].questions[0].response.given_by == "Karen"
    # "receive" notes what is before the meeting, nothing else
    assert outcome_of("RESOLVED to receive the annual report of the Director of Public Health.") == "noted"
    assert outcome_of("RESOLVED that all Members receive training on the new Code of Conduct.") == "agreed"
    assert outcome_of("RESOLVED that the Committee continue to receive the minutes of the Health and Wellbeing Board.") == "agreed"
    # other members, or the Chair, saying the same answer nobody
    points, _ = rows("Councillor Darville stated that residents continued to report long waits for GP appointments. "
                     "Other Members said that their residents had reported the same.")
    assert points == []
    # what an officer outlined, then agreed
    _, decided = rows("The Democratic Services Officer outlined changes to the work programme, which were agreed.")
    assert decided and outcome_of(decided[0]) == "agreed"
    # a count of questions that names who asked, with the answer, is a question
    points, _ = rows("Two questions were asked by Councillor Ames about the library: whether it would close and when the "
                     "consultation would end. The Director replied that no decision had been made.")
    assert points and points[0][2] == "the Director"
    # officers grouped under a directorate written in words
    assert split_people("Jon Cawthorn, Ellie Marsh (Democratic Services); Helen Mawson, Head of Housing") == [
        ("Jon Cawthorn", "Democratic Services"), ("Ellie Marsh", "Democratic Services"), ("Helen Mawson", "Head of Housing")]
    # a lead-in after an opening word
    points, _ = rows("The Scrutiny Officer presented the draft work programme.", "In addition, Councillors proposed the following topics:",
                     "• A review of school transport costs", "• An update on the dental access pilot")
    assert [p[0] for p in points] == ["A review of school transport costs", "An update on the dental access pilot"]
    # `minutes eval`: a list of people is not the first of them
    assert not _speaker_same("Councillor Ames", "Councillor Ames, Councillor Brown and Councillor Patel")

    # three unruled columns whose rows pair up (a member, their ward, their party) are no grid of names
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Present:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for row in (("Councillor Anne Ames", "Castle Ward", "Labour Party"), ("Councillor Bill Brown", "Moorend North", "Labour Party"),
                ("Councillor Carl Patel", "Hill Top", "Conservative Party")):
        y = pdf.get_y()
        for x, text in zip((20, 80, 140), row):
            pdf.set_xy(x, y)
            pdf.cell(55, 6, text)
        pdf.ln(6)
    pdf.set_creation_date(__import__("datetime").datetime(2025, 6, 5, tzinfo=__import__("datetime").timezone.utc))
    pdf.output(str(tmp_path / "wards.pdf"))
    texts = [b.text for b in extract(tmp_path / "wards.pdf").blocks]
    assert "Castle Ward" not in texts and "Labour Party" not in texts


def test_rounds_194_to_196_cabinet_labels_posts_alone_written_appendices_and_wrapped_attendance():
    cabinet = _read("nz-arrowmere-cabinet-2025-01-23.pdf")
    attendance = _attendance(cabinet)
    # a cabinet's own labels: "Cabinet members in attendance remotely, non-voting:", "Scrutiny
    # chairpersons in attendance:"; officers listed by their posts alone
    assert attendance["Councillor Timothy Bevan"] == "present"
    assert attendance["Councillor Graham Hollings"] == attendance["Councillor Kath Hinton"] == "in_attendance"
    assert attendance["Chief Executive"] == attendance["Democratic Services Manager"] == "in_attendance"
    # "Question 1" / who asked / "To: cabinet member for ..." over "Question", "Response" and
    # "Supplementary question" in an appendix
    supplementary = next(q for i in cabinet.items for q in i.questions if "hourly rate it pays" in q.text)
    assert (supplementary.asked_by, supplementary.response.given_by) == (
        "Mrs Angela Fothergill", "cabinet member for adults, health and wellbeing")
    assert not any(q.text.startswith("Ms Talbot was not present") for i in cabinet.items for q in i.questions)
    assert any(r.text.startswith("Cabinet noted the progress") for i in cabinet.items for r in i.resolutions)

    # "PRESENT:" in bold beside names wrapped after an initial ("S. A." / "Bellamy"), and the
    # minutes of the last meeting named in the first lines date no meeting
    board = _read("nw-lickhurst-overview-scrutiny-board-2025-02-17.pdf")
    assert "Councillor S. A. Bellamy" in _attendance(board) and board.meeting_date == "2025-02-17"

    # names and posts run together, posts wrapped onto lines of their own
    text = _read("ob-brindlow-health-scrutiny-committee-2025-03-11.txt")
    roles = {a.name: a.role for a in text.attendees}
    assert roles["Councillor Nadia Chowdhury"] == "Cabinet Member for Health and Social Care"
    assert roles["Sue Holroyd"] == "Head of Primary Care Commissioning (Dental), NHS Rivermoor Integrated Care Board"

    # two lists side by side, both wrapping a name's council onto the next line; "Other apologies included ..."
    county = _attendance(_read("oa-leadonshire-hosc-2025-03-11.pdf"))
    assert county["Cllr Alan Whitcombe"] == county["Cllr Dr Priya Halsted"] == "present"
    assert county["Nadia Okonjo"] == "apologies"

    joint = _read("nx-ashwood-nml-jhosc-2025-01-24.html")
    decided = [r for i in joint.items for r in i.resolutions]
    # "The Chair thanked ... for attending. It was agreed that the ICB would bring a report ...":
    # the decision, not the thanks
    assert any(r.text.startswith("It was agreed that the ICB") for r in decided)
    assert not any(r.text.startswith("The Chair thanked") for r in decided)
    # "(1) the report be noted; and (2) the next update ... include data ...": more was asked for
    assert next(r.outcome for r in decided if "(2) the next update" in r.text) == "agreed"
    assert next(r.outcome for r in decided if r.text.startswith("The dates of future meetings")) == "noted"


def test_a_review_of_rounds_194_to_196_attendance_and_wording(tmp_path):
    from minutes.evaluate import _speaker_same
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import attendance_from_blocks, one_person, split_people
    from minutes.parse.points import asker_of
    from minutes.themes import Tagger, load_themes

    def people(*lines):
        return [(a.name, a.role, a.attendance) for a in attendance_from_blocks([Block(line) for line in lines])]

    def rows(*texts):
        questions, resolutions = parse_item([Block(t) for t in texts])
        return [(q.kind, q.text, q.response and q.response.given_by) for q in questions], [(r.text, r.outcome) for r in resolutions]

    # posts with their holders are no list of posts alone; letters that shorten a post are
    assert people("Officers in attendance: Director of Finance - Jane Smith, Chief Executive - Tom Jones") == [
        ("Jane Smith", "Director of Finance", "in_attendance"), ("Tom Jones", "Chief Executive", "in_attendance")]
    assert split_people("Chief Executive (J Smith), Director of Finance (P Brown)") == [
        ("J Smith", "Chief Executive"), ("P Brown", "Director of Finance")]
    assert split_people("Head of Legal (JS), Finance Manager (PB)") == [("JS", "Head of Legal"), ("PB", "Finance Manager")]
    assert split_people("Director for Communities (DFC), Leisure and Locality Services Manager (LLSM) and Democratic "
                        "Services Officer (DSO)") == [("Director for Communities", None), ("Leisure and Locality Services Manager", None),
                                                      ("Democratic Services Officer", None)]
    assert ("Director of Finance", None, "in_attendance") not in people("Officers in attendance:", "Tom Head, Director of Finance")
    # a post in words is the person's own, not a directorate grouping places before it
    assert [name for name, _ in split_people("Simon Redgrave, Director of Adults' Health and Care; Jane Smith, Moorend Surgery "
                                             "(Practice Manager); Peter Brown, Castle Hill (Ward Councillor)")] == [
        "Simon Redgrave", "Jane Smith", "Peter Brown"]
    # the committee's own members "in attendance" are present; a one-word line goes on with a post
    # only as a word of posts or the end of a body's name; the next person and post is a person
    assert people("Committee Members in attendance:", "Councillor K King (Chair)")[0][2] == "present"
    assert people("In attendance:", "Councillor N Chowdhury Cabinet Member for Health", "Healthwatch", "Mrs Z Zed")[0][1] == \
        "Cabinet Member for Health"
    assert [p[0] for p in people("In attendance:", "Jane Smith Head of Finance and", "Tom Baker Director of Place")] == [
        "Jane Smith", "Tom Baker"]
    assert one_person("Sarah Jones Chief Executive, Healthwatch (Brindlow), and Tom Brown, Head of Legal") == []
    # an officer after councillors named by surname alone is not a councillor
    assert split_people("Councillors Lowther and Sheriff, and D. Fairweather (Director of Adult Social Care)")[-1] == (
        "D. Fairweather", "Director of Adult Social Care")

    # a presenter's points under "... were highlighted:" stay the presenter's
    points, _ = rows("Ruth Palfrey introduced the report.", "The following points were highlighted:",
                     "• Smoking rates had fallen to 11 per cent.", "• Obesity rates remained above the national average.")
    assert points == []
    # answers that report what others had advised, or come from someone sharing the asker's surname
    points, _ = rows("Supplementary question: Councillor Beddoes asked whether the depot would close. Councillor Ashdown "
                     "responded that the Trust had advised that it would stay open until 2027.")
    assert points[0][2] == "Councillor Ashdown"
    points, _ = rows("Supplementary question: Councillor A Patel asked whether the depot would close. Councillor R Patel "
                     "responded that it would stay open.")
    assert points[0][2] == "Councillor R Patel"
    points, _ = rows("Councillor Ames stated that library opening hours had been cut. The Commissioning Manager confirmed that "
                     "the hours would be restored.")
    assert points[0][2] == "the Commissioning Manager"
    # background is no decision; the thanks are not part of one
    _, decided = rows("The Head of Finance presented the budget monitoring report.",
                      "Council agreed a net budget of £312m in February, including savings of £14m.")
    assert decided == []
    _, decided = rows("The Chair thanked Ms Penhaligon for attending. It was also agreed that Councillor Ames would visit the unit.")
    assert [d[0] for d in decided] == ["It was also agreed that Councillor Ames would visit the unit."]
    assert outcome_of("The dates of future meetings were noted and the Committee agreed to hold an additional meeting in July.") \
        == "agreed"
    assert outcome_of("RESOLVED that:\n(1) the report be noted; and\n(2) the Committee notes that the plan will include a new clinic.") \
        == "noted"
    assert outcome_of("RESOLVED that the Committee receive the final report of the review at its March meeting.") == "agreed"
    # "why no questions were asked" asks one
    points, _ = rows("Councillor Ames asked why no questions were asked of the provider during the inspection.")
    assert [p[0] for p in points] == ["question"]
    # streets are nobody
    assert asker_of("Councillor Ames reported that traders on Bishop Street and Lady Lane asked for more parking bays.", "") \
        == "Councillor Ames"
    # what members themselves had done, noted, answers nothing
    points, _ = rows("Councillor Ames asked whether the library would reopen. It was noted that the Committee had agreed to "
                     "visit the library in June.")
    assert points[0][2] is None
    # a bid for funding is not subcontracting
    tagger = Tagger(load_themes())
    assert "subcontracting" not in tagger.tag("The council had submitted a bid to the Levelling Up Fund for the town centre.")
    assert "subcontracting" not in tagger.tag("Families were being squeezed out of the housing market by rising rents.")
    assert "subcontracting" in tagger.tag("Three compliant bids were received and the bidders were evaluated.")
    # `minutes eval`: a body in brackets after a name is no list of people
    assert _speaker_same("Dr Jones (MS Society)", "Dr Jones") and _speaker_same("Ms Patel, Chair of the Councillors' Forum", "Ms Patel")
    assert not _speaker_same("Councillor Ames, Councillor Brown and Councillor Patel", "Councillor Ames")

    # PDF: a name grid with "(Chair)" or a surname "Ward" is read down its columns; two
    # side-by-side lists each under its own label keep their labels
    from fpdf import FPDF
    from minutes.pipeline import read_document

    def pdf_of(rows_, name):
        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("Helvetica", "", 11)
        y = 20
        for row in [["BRINDLOW BOROUGH COUNCIL"], ["Minutes of the meeting of the Health Scrutiny Committee held on 3 March 2025"], [""]] \
                + rows_ + [[""], ["1. Minutes"], ["RESOLVED that the minutes of the meeting held on 3 February 2025 be approved."]]:
            for k, text in enumerate(row):
                pdf.text(20 + (60 if len(row) == 3 else 90) * k, y, text)
            y += 6
        pdf.set_creation_date(__import__("datetime").datetime(2025, 6, 5, tzinfo=__import__("datetime").timezone.utc))
        pdf.output(str(tmp_path / name))
        return {a.name: a.attendance for a in read_document(tmp_path / name).attendees}

    grid = pdf_of([["Present:"], ["Tariq Abbasi (Chair)", "Paul Farrant", "Ruth Lattimore"], ["Steve Raikes", "Claire Ward", "Kim Holt"],
                   ["Lee Dunn", "Mo Patel", "Ian Cole"]], "grid.pdf")
    assert {"Paul Farrant", "Ruth Lattimore", "Claire Ward", "Kim Holt"} <= set(grid)
    sides = pdf_of([["Members present:", "Officers present:"], ["Councillor A Ames (Chair)", "Jane Smith, Chief Executive"],
                    ["Councillor B Brown", "Tom Baker, Head of Legal"], ["Councillor C Cole", "Mo Patel, Scrutiny Officer"],
                    ["Apologies:", "Also in attendance:"], ["Councillor D Dunn", "Councillor E Eves"]], "sides.pdf")
    assert sides["Jane Smith"] == sides["Mo Patel"] == "in_attendance" and sides["Councillor D Dunn"] == "apologies"


def test_rounds_197_to_199_deputations_appendices_tabbed_rows_and_side_labels():
    def answers(document, number):
        item = next(i for i in document.items if i.number == number)
        return [(q.kind, q.response and q.response.text) for q in item.questions]

    # a deputation's concerns, listed, then answered in one paragraph after the Chair invited
    # an answer: each sentence goes to the concern it speaks to
    borough = _read("of-wynford-community-wellbeing-scrutiny-2025-02-04.pdf")
    deputation = answers(borough, "3")
    assert [kind for kind, _ in deputation[:4]] == ["concern"] * 4
    assert "no one would be moved until an alternative had been agreed" in deputation[0][1]
    assert "assessed hours of support reduced" in deputation[1][1]
    assert "extended by four weeks" in deputation[2][1] and deputation[3][1] is None
    # "Having done so, the Committee RESOLVED:" over "(1) ...", "(2) ... that:" and its "(a)" to "(c)"
    decided = [r for r in next(i for i in borough.items if i.number == "6").resolutions]
    assert len(decided) == 1 and "(c) an individual transition plan" in decided[0].text and decided[0].outcome == "recommended"

    # "... responded to the points made by the deputation. He explained that ...": each point its own answer
    joint = _read("nx-ashwood-nml-jhosc-2025-01-24.html")
    points = answers(joint, "42")
    assert "Any provider would be required" in points[0][1] and "expanding capacity" in points[1][1]

    # questions in an appendix go to the item that says they are attached as that appendix
    cabinet = _read("nz-arrowmere-cabinet-2025-01-23.pdf")
    counts = {i.number: len(i.questions) for i in cabinet.items}
    assert counts["50"] and counts["51"] and counts["56"] == 2

    # a Word save as text: "41<TAB>TITLE" under the table's heading row is an item; the date
    # alone under the title is the meeting's, not the last meeting's in "Agreed – that the
    # minutes of the meeting of this Commission held on ..."
    saved = _read("oh-ferrymouth-health-wellbeing-osc-2025-01-17.txt")
    assert saved.meeting_date == "2025-01-17" and saved.items[0].number == "41"
    assert not any(a.name.startswith("Minute No") for a in saved.attendees)
    assert ("D. Fairweather", "apologies") in [(a.name, a.attendance) for a in saved.attendees]

    # labels in a side column wrapping over two or three lines ("Also in" / "attendance:")
    district = _attendance(_read("oc-roding-vale-overview-scrutiny-2025-02-04.pdf"))
    assert district["Chief Inspector D Harcourt"] == district["P Lyle"] == "in_attendance"
    assert not any(title.startswith("Also in") for title in
                   (i.title for i in _read("oc-roding-vale-overview-scrutiny-2025-02-04.pdf").items))

    # "Mrs C E Pattinson" of the apologies minute is "Councillor Mrs C E Pattinson" of the
    # attendance record; "The Chairman thanked ..., and it was agreed that ..."
    county = _read("od-brantshire-acph-scrutiny-2025-10-15.html")
    assert [name for name in _attendance(county) if "Pattinson" in name] == ["Councillor Mrs C E Pattinson"]
    assert any(r.text.startswith("The Chairman thanked") and r.outcome == "agreed" for i in county.items for r in i.resolutions)

    # "The Committee made comments including those that follow. It:" over bare entries, and a
    # member's statement answered by name in the next sentence
    select = _read("og-amberdown-hasc-2018-11-14.pdf")
    texts = [q.text for i in select.items for q in i.questions]
    assert any(t.startswith("Welcomed the reduction in delayed transfers") for t in texts)
    assert any(t.startswith("Commented that patients in Lyndon") for t in texts)
    cosgrove = next(q for i in select.items for q in i.questions if q.text.startswith("Mr Cosgrove said"))
    assert cosgrove.response.given_by == "Ms Bhandari"


def test_a_review_of_rounds_197_to_199_items_answers_and_attendance():
    from minutes.model import Attendee, Document, Extraction
    from minutes.parse import parse
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import attendance_from_blocks, merge_attendees, one_person, split_people

    def document(*blocks):
        doc = Document(path="x", filename="x.pdf", format="pdf", sha256="0", text="")
        return parse(Extraction([b if isinstance(b, Block) else Block(b) for b in blocks], metadata={}), doc)

    def rows(*texts):
        questions, resolutions = parse_item([t if isinstance(t, Block) else Block(t) for t in texts])
        return [(q.kind, q.response and q.response.text) for q in questions], [(r.outcome, r.text) for r in resolutions]

    heading, table = (lambda t: Block(t, style="heading")), (lambda t: Block(t, style="table"))
    top = ["HEALTH SCRUTINY PANEL", "Minutes of the meeting held on 3 March 2025", "Present:", "Councillor A Ames (Chair)"]
    # an agenda's listing in a table is no minutes' rows
    listed = document(*top, table("Item | Subject"), table("1 | APOLOGIES"), table("2 | CARE HOMES UPDATE"),
                      heading("1. Apologies"), "None.", heading("2. Care Homes Update"),
                      "Councillor Ames asked why fees had risen. The Director said inflation was high.")
    assert [i.number for i in listed.items] == ["1", "2"]
    # an appendix a report's paragraph names stays with the minute that attaches it to the minutes
    appended = document(*top, heading("1. CARERS STRATEGY"), "The draft Carers' Strategy, set out in Appendix 1, was presented.",
                        heading("2. QUESTIONS FROM THE PUBLIC"), "The questions and the answers given are attached as Appendix 1 to "
                        "these minutes.", heading("Appendix 1"), "Mr Smith asked why the bins were late. The Director said staff were short.")
    assert [len(i.questions) for i in appended.items] == [0, 1]

    # a wrapped post after "and" goes on; a bracket that names the body keeps a list of posts
    assert [(a.name, a.role) for a in attendance_from_blocks([Block(t) for t in (
        "In attendance:", "Jane Smith Director of Health and", "Wellbeing", "Tom Baker Head of Legal Services")])] == [
        ("Jane Smith", "Director of Health and Wellbeing"), ("Tom Baker", "Head of Legal Services")]
    assert split_people("Chief Executive (CEO), Head of Commissioning (ICB) and Democratic Services Officer") == [
        ("Chief Executive", None), ("Head of Commissioning", None), ("Democratic Services Officer", None)]
    assert one_person("Ann Lee Managing Director, Mid Essex, Director of Strategy") != []
    assert split_people("Councillors Ames and Brown, and C. Cole (Portfolio Holder for Adult Social Care)")[-1][0] == "Councillor C. Cole"
    assert split_people("Dr Anjali Mistry, Director of Public Health, and Fiona Garside, Assistant Director - Commissioning") == [
        ("Dr Anjali Mistry", "Director of Public Health"), ("Fiona Garside", "Assistant Director - Commissioning")]
    merged = merge_attendees([Attendee("Councillor Dr A Patel", None, "present")], [Attendee("Dr A Patel", "Clinical Director", "in_attendance")])
    assert len(merged) == 2
    assert not [a for a in attendance_from_blocks([Block("Absence declared on Council business: None")])]

    # decisions of a full Council; a report's concerns are the report's
    assert rows("The Leader introduced the report.", "Council agreed to adopt the revised Constitution.")[1] == [
        ("agreed", "Council agreed to adopt the revised Constitution.")]
    assert rows("The Head of Quality presented the report. She highlighted the following concerns identified by the CQC:",
                Block("staffing levels on the wards were too low;", style="list"))[0] == []
    # answers that are members' own dates to come, and requests that are members' own
    points, _ = rows("Councillor Ames asked when the Committee would see data on dental access by ward. It was noted that the "
                     "Committee was scheduled to receive a report on dental access in June.")
    assert points[0][1] and points[0][1].startswith("It was noted")
    assert rows("Councillor Ames referred to the loss of the pharmacy. She said she would welcome a further report on pharmacy "
                "provision at the next meeting.")[0][0][0] == "request"
    # an officer's statement, the Chair's housekeeping and an invitation to members answer nothing
    assert rows("Mrs Hart said that the report provided an update on the plan. The Director of Finance confirmed that the plan "
                "had been submitted on time.")[0] == []
    assert rows("The Chair began by asking those present to introduce themselves.")[0] == []
    points, decided = rows("Mrs Kelleher asked why the pharmacy in Lady Lane had closed.",
                           "She also asked what would be done about waiting times at the Castle Surgery.",
                           "The Chair thanked Mrs Kelleher for the deputation and invited the Director of Primary Care to respond. The "
                           "Director said that waiting times at the Castle Surgery had improved. It was agreed that a further report on "
                           "pharmacy closures be brought to the next meeting.")
    assert points[0][1] is None and "waiting times" in points[1][1] and decided[0][0] == "agreed"
    points, _ = rows("The Committee made the following comments:", Block("Members were concerned that the consultation had been too short.",
                     style="list"), Block("Members felt that carers had not been involved.", style="list"),
                     "The Chair thanked the Head of Commissioning and invited Members to respond to the consultation individually. The "
                     "consultation would close on 30 June 2025.")
    assert [p[1] for p in points] == [None, None]
    assert outcome_of("RESOLVED that:\n(1) the report be noted; and\n(2) the next update should include waiting time data by ward.") \
        == "agreed"
    # a label ending a paragraph over its clauses, however the paragraph opens
    _, decided = rows("Councillor Ames asked why the fees had risen. The Director said inflation was high. The Committee, having "
                      "considered the report, RESOLVED:", "(1) That the report be noted.", "(2) That a further report be brought back.")
    assert len(decided) == 1 and "(2) That a further report" in decided[0][1]


def test_rounds_200_to_202_action_columns_quoted_questions_starred_grids_and_welcomed_guests():
    # an "Action" column at the right of each page, beside the decisions, is no part of them;
    # "received, from Mrs A. Kenyon of Crossford, as follows:" over the quoted question
    board = _read("oi-saltbridge-health-ppb-2025-01-14.pdf")
    decided = [r.text for i in board.items for r in i.resolutions]
    assert "RESOLVED: That the Board\n(1) notes the report" in "\n".join(decided)
    assert not any(name in t for t in decided for name in ("Board Executive", "T. Kavanagh", "That Chief Executive"))
    assert any(t.startswith("The minutes were noted by the Board without comment") for t in decided)
    public = next(i for i in board.items if i.number == "HEA30").questions
    assert len(public) == 1 and public[0].asked_by == "Mrs A. Kenyon" and public[0].text.startswith("“My mother")
    assert not any(a.name == "None" for a in board.attendees)

    # "Question asked by Mr Colin Treadwell:" / "Reply by the Chairman:"; "At the invitation of
    # the Chairman, the Director ... advised ..."; "The Chairman suggested, and the Committee agreed, that ..."
    county = _read("oj-sencewold-children-families-osc-2026-01-20.docx")
    asked = {q.asked_by: q for i in county.items for q in i.questions}
    assert asked["Mr Colin Treadwell"].response.given_by == "the Chairman"
    assert asked["Mr Treadwell"].response.text.startswith("At the invitation of the Chairman")
    assert any(r.text.startswith("The Chairman suggested, and the Committee agreed") for i in county.items for r in i.resolutions)

    # members marked "*" in an unlabelled grid with "*Present" below it; "OS28." over its title
    borough = _read("ok-mardenford-overview-scrutiny-2025-11-18.html")
    people = _attendance(borough)
    assert people["Councillor Rosalind Featherby"] == "present" and people["Councillor Stuart Pennock"] == "absent"
    assert [i.number for i in borough.items][:2] == ["OS28", "OS29"]

    # "Questions asked:" over members' questions, each its own; guests the Chair welcomed by name and post
    copied = _read("ol-osterbridge-health-adults-care-scrutiny-panel-2025-11-10.txt")
    askers = [q.asked_by for q in next(i for i in copied.items if i.number == "28").questions]
    assert "Cllr Okonjo" in askers and "Cllr Fenn" in askers and "Questions" not in askers
    guests = _attendance(copied)
    assert guests["Lisa Marchetti"] == guests["Joanne Sturridge"] == "in_attendance"
    assert _read("ol-osterbridge-decision-details-drug-alcohol-service-recommissioning.html").doc_type == "other"



def test_a_review_of_rounds_200_to_202_answers_welcomes_and_minute_tables():
    from minutes.model import Document, Extraction
    from minutes.parse import parse
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import attendance_from_blocks, attendance_from_text

    def document(*blocks):
        doc = Document(path="x", filename="x.pdf", format="pdf", sha256="0", text="")
        return parse(Extraction([b if isinstance(b, Block) else Block(b) for b in blocks], metadata={}), doc)

    def rows(*texts):
        questions, resolutions = parse_item([t if isinstance(t, Block) else Block(t) for t in texts])
        return [(q.kind, q.asked_by, q.response and q.response.text) for q in questions], [(r.outcome, r.text) for r in resolutions]

    def people(*lines):
        return [(a.name, a.role, a.attendance) for a in attendance_from_blocks([Block(t) for t in lines])]

    heading, table = (lambda t: Block(t, style="heading")), (lambda t: Block(t, style="table"))
    top = ["HEALTH SCRUTINY PANEL", "Minutes of the meeting held on 3 March 2025", "Present:", "Councillor A Ames (Chair)"]
    # a written answer read out is no public question
    assert rows("The Chairman read out the written response to the question submitted by Mrs Kenyon:",
                "“The library has been closed on Saturdays because of staff shortages.”")[0] == []
    # a minutes table headed "Item | Discussion | Action" keeps its minutes' titles
    tabled = document(*top, table("Item | Discussion | Action"), table("1 | APOLOGIES | "),
                      table(" | Apologies were received from Councillor Jones. | "), table("2 | PRIMARY CARE ACCESS | "),
                      table(" | Councillor Lee asked why waits were long. | "))
    assert [(i.number, i.title) for i in tabled.items] == [("1", "APOLOGIES"), ("2", "PRIMARY CARE ACCESS")]
    # an officer after councillors named by surname keeps a post that is an officer's
    assert people("Present:", "Councillors Lowther and Sheriff, and D. Fairweather (Executive Director of Place)")[-1] == (
        "D. Fairweather", "Executive Director of Place", "present")
    # a Cabinet Member replying answers; an officer inviting views asks for nothing
    points, _ = rows("Councillor Ames said that residents in Northfield had waited six weeks for their bins to be repaired. "
                     "Councillor Baker, Cabinet Member for Environment, replied that a new contractor had been appointed.")
    assert points == [("comment", "Councillor Ames",
                       "Councillor Baker, Cabinet Member for Environment, replied that a new contractor had been appointed.")]
    points, _ = rows("Councillor Ames asked how residents would be involved in the new strategy.",
                     "The Director explained that a consultation would begin in May. She added that she would welcome Members' views.")
    assert len(points) == 1 and points[0][2].endswith("would welcome Members' views.")
    # "began by asking" whoever asks; concerns outlined by a member; a ward member's own point
    assert [p[1] for p in rows("Councillor Patel began by asking whether the Trust was able to confirm the number of beds.",
                               "Mr Cosgrove began by asking how the service would be funded next year.")[0]] == [
        "Councillor Patel", "Mr Cosgrove"]
    assert [p[0] for p in rows("Councillor Ames outlined the following concerns:", Block("the length of waiting lists;", style="list"),
                               Block("the lack of dentists in rural areas.", style="list"))[0]] == ["concern", "concern"]
    points, _ = rows("Councillor Patel asked when the Northfield play area would reopen.",
                     "At the invitation of the Chairman, Councillor Grey, the local ward member, said that residents were angry "
                     "and asked that it be given priority.")
    assert points[0][2] is None and points[1][1] in ("Councillor Grey", "Councillor Grey, the local ward member")
    # news of an appointment is no guest
    assert attendance_from_text("The Committee welcomed the appointment of Dr Helen Marsh (Director of Public Health), who "
                                "would take up her post in April.") == []
    # background and others' asking decide nothing
    assert rows("Council agreed the Local Development Scheme on 24 February 2025, which set out the timetable.")[1] == []
    assert outcome_of("RESOLVED that the petition be received, the petitioners having asked the Council to return the land.") == "noted"
    assert outcome_of("RESOLVED that the report be noted.\n1. The Committee heard that the strategy could include a new target.") \
        == "noted"
    # a heading after an officer ends the post; two people on one line
    assert people("Officers:", "Sarah Quinlan Head of Democratic Services", "Substitutions")[0][1] == "Head of Democratic Services"
    assert people("In attendance:", "Sarah Jones Chief Executive, Healthwatch Rivermoor, Tom Brown, Head of Legal") == [
        ("Sarah Jones", "Chief Executive, Healthwatch Rivermoor", "in_attendance"), ("Tom Brown", "Head of Legal", "in_attendance")]
    # "Q1" over a question's title is no minute; the last minute naming an appendix does not keep it
    asked = document(*top, heading("5. PUBLIC QUESTIONS"), "Two questions were received.", "Q1", heading("Parking in Station Road"),
                     "Mr Smith asked why charges had risen.", heading("6. WORK PROGRAMME"), "RESOLVED that it be noted.")
    assert [i.number for i in asked.items] == ["5", "6"]
    appended = document(*top, heading("1. MINUTES"), "The minutes were agreed.", heading("2. PUBLIC QUESTIONS"),
                        "The questions and the responses given are attached as Appendix 1.", heading("3. WORK PROGRAMME"),
                        "The Committee considered its work programme, set out in Appendix 1.", "Appendix 1",
                        "Mr Smith asked why the library was closed. The Director said staff were short.")
    assert [len(i.questions) for i in appended.items] == [0, 1, 0]


def test_rounds_203_to_205_year_first_numbers_surname_lists_named_committees_and_marked_grids():
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import attendance_from_blocks, attendance_from_text
    from minutes.themes import Tagger, load_themes

    # "24.OS.20 Minutes of meeting ..." numbers its minute; "Chair Date" left for signing is no item;
    # recommendations sent to the Executive Cabinet are recommended
    district = _read("or-hollinfold-overview-scrutiny-2024-11-14.pdf")
    assert [i.number for i in district.items][:3] == ["24.OS.20", "24.OS.21", "24.OS.22"]
    assert not any("Date" == i.title.split()[-1] for i in district.items)
    assert outcome_of("That the final report be approved and the recommendations contained within it be submitted to Executive "
                      "Cabinet for consideration.") == "recommended"
    assert outcome_of("That the Panel:\na) Notes the findings of the working group.\nb) Makes the recommendations set out in "
                      "the report to the Commissioner.") == "recommended"

    # "Present: | Councillors: | Okonjo-Ward (Chair), Haverley, ..." and "Councillors:" over surnames
    inner = _attendance(_read("oq-marchbank-health-care-scrutiny-2025-01-27.docx"))
    assert inner["Councillor Haverley"] == inner["Councillor Rawal"] == "present"
    assert inner["Councillor Calloway"] == "apologies"  # "... from Councillor Calloway and for lateness from Councillor Lusk"
    assert [(a.name, a.role) for a in attendance_from_blocks([Block("COUNCILLORS PRESENT:"), Block("Smith (Chair), Brown, Green")])] == [
        ("Councillor Smith", "Chair"), ("Councillor Brown", None), ("Councillor Green", None)]
    assert [a.name for a in attendance_from_text("Apologies for absence were received from Councillor Calloway and for lateness "
                                                 "from Councillor Lusk.", "APOLOGIES")] == ["Councillor Calloway"]

    # "The Scrutiny Committee - Adults and Health resolved to:" over its clauses; "The following
    # additions were requested:" leads the requests
    county = _read("op-tormarsh-scrutiny-adults-health-2025-11-20.html")
    decided = {i.number: [r.outcome for r in i.resolutions] for i in county.items}
    assert decided["63"] == ["agreed"] and decided["65"] == ["recommended"] and decided["64"] == ["agreed"]
    programme = next(i for i in county.items if i.number == "62").questions
    assert programme and not any(q.text.startswith("The following additions") for q in programme)

    # a panel's members marked "p" and "a" in two columns, each above their council
    panel = _attendance(_read("os-tolland-police-crime-panel-2025-01-31.pdf"))
    assert panel["Councillor Colin Ashdown"] == panel["Councillor Owen Tredgold"] == "present"
    assert "Councillor Dennis Lavington" in panel and not any("Council p" in name for name in panel)
    # the Commissioner's name, possessive and all, is no commissioning
    assert "subcontracting" not in Tagger(load_themes()).tag("the Police and Crime Commissioner’s proposal to raise the precept")

    # the committee named in a ModernGov page's title line below a website's menus
    copied = _read("ot-west-haddenbury-health-scrutiny-committee-2025-03-04.txt")
    assert copied.committee == "Health Scrutiny Committee"


def test_an_eighteenth_review_wrapped_posts_listings_welcomes_and_backgrounds(tmp_path):
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import attendance_from_blocks, attendance_from_text
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = parse_item([t if isinstance(t, Block) else Block(t) for t in texts])
        return [(q.kind, q.response and q.response.text) for q in questions], [(r.outcome, r.text) for r in resolutions]

    def people(*lines):
        return [(a.name, a.role, a.attendance) for a in attendance_from_blocks([l if isinstance(l, Block) else Block(l) for l in lines])]

    # a post cut short goes on with its last word, whatever the word
    assert [role for _, role, _ in people("In attendance:", "Dr Sam Patel Director of Patient", "Experience",
                                          "Jane Doe Head of Corporate", "Communications", "Ann Blake Director of Adult Social", "Care")] == [
        "Director of Patient Experience", "Head of Corporate Communications", "Director of Adult Social Care"]
    # an agenda's listing in a table, its numbers headed again below, is no set of minutes
    listing = [Block("Present: Councillor Smith")] + [Block(t, style="table") for t in (
        "Item | Description", "1 | APOLOGIES FOR ABSENCE", "2 | DECLARATIONS OF INTEREST")] + [Block(t) for t in (
        "1. Apologies for absence", "Apologies were received from Councillor Smith.", "2. Declarations of interest", "None were declared.")]
    assert [(i.number, i.title) for i in split_items(listing)[1]] == [("1", "Apologies for absence"), ("2", "Declarations of interest")]
    # guests welcomed after their post, or with news told later in the sentence, attended
    assert [a.name for a in attendance_from_text("The Chair welcomed the Director of Public Health, Dr Helen Marsh (Director of "
                                                 "Public Health), to the meeting.")] == ["Dr Helen Marsh"]
    assert len(attendance_from_text("The Chair welcomed Dr Helen Marsh (Director of Public Health), attending her first "
                                    "meeting since her appointment, and Sue Lee (Head of Commissioning).")) == 2
    assert attendance_from_text("The Chair welcomed the appointment of Dr Helen Marsh (Director of Public Health).") == []
    # recommendations made before, or by a report, are no recommending now
    assert outcome_of("RESOLVED that progress against the recommendations that were presented to Cabinet in March 2024 "
                      "be noted.") == "noted"
    assert outcome_of("RESOLVED that the Committee notes the Healthwatch report, which makes the following recommendations "
                      "to the ICB.") == "noted"
    assert outcome_of("RESOLVED that the annual report be noted and that the report set out the progress made.") == "noted"
    # an invited officer's answer mentioning what others asked still answers
    assert rows("Councillor Ames asked why the waiting list had grown.",
                "At the invitation of the Chair, the Director explained that GPs had been asked to refer earlier.")[0][0][1]
    # only a lone title line dated in ModernGov's way names the committee, not a list of meetings
    page = tmp_path / "upcoming.txt"
    page.write_text("Home\nUpcoming meetings\nPlanning Committee - Wednesday, 5th March, 2025 6.00 pm\n"
                       "Health Scrutiny Committee\nTuesday, 4th March, 2025 1.30 pm\n1. Apologies for absence\n"
                       "Apologies were received from Councillor Smith.\n2. Adult social care\n"
                       "Councillor Brown asked why waiting lists had grown.\nRESOLVED that the report be noted.\n")
    assert read_document(page).committee == "Health Scrutiny Committee"
    # a member's own wish for feedback is a request; asking whether the ICB would welcome comments asks
    assert rows("Councillor Ames said she would welcome feedback from carers being included in the next update.")[0][0][0] == "request"
    assert rows("Councillor Ames asked whether the ICB would welcome comments from the Committee on the draft strategy.",
                "The Director confirmed that it would.")[0] == [("question", "The Director confirmed that it would.")]
    # the Chair opening the meeting, and an officer listing concerns or changes, raise nothing
    assert rows("The Chair began by asking whether any Members had interests to declare in respect of the item.")[0] == []
    assert rows("The Director of Public Health outlined the following concerns:", Block("the rise in measles cases;", style="list"),
                "RESOLVED that the report be noted.")[0] == []
    assert rows("The Democratic Services Officer reported that the following changes to the work programme were made:",
                Block("the dentistry item had moved to June.", style="list"))[0] == []
    # "Councillors: None" is nobody; names of another group under a councillors' list keep no title
    assert people("Present:", "Councillors: Smith (Chair), Brown and Green", "Apologies:", "Councillors: None")[-1][0] == "Councillor Green"
    assert people(Block("Apologies: | Councillors: | Nil", style="table")) == []
    assert people("Councillors present:", "Smith (Chair), Brown and Green",
                  "Ann Blake (Independent Person) and Tom Hart (Youth Parliament)")[-2:] == [
        ("Ann Blake", "Independent Person", "present"), ("Tom Hart", "Youth Parliament", "present")]
    # a supplementary question after "the response" is a question
    asked = rows("Having heard the response, a supplementary question was asked by Mrs A. Kenyon as follows:",
                 "“When will the clinic reopen on Fridays?”", "The Cabinet Member replied that it would reopen in May.")[0]
    assert asked == [("question", "The Cabinet Member replied that it would reopen in May.")]
    # Cabinet's own decision, taking effect on a later date, is a decision
    assert rows("The Cabinet Member introduced the report.",
                "Cabinet approved the revised fees and charges, to take effect on 1 April 2025.")[1][0][0] == "agreed"
    # the last minute's appendix "attached as Appendix A" stays with it, though another minute said "set out in Appendix A"
    minutes = [Block(t) for t in (
        "Present: Councillor Smith", "1. Carers Strategy", "The action plan was set out in Appendix A.",
        "RESOLVED that the strategy be endorsed.", "2. Work Programme", "The Committee considered its work programme, attached "
        "as Appendix A.", "RESOLVED that the work programme be agreed.", "Appendix A", "June: Dentistry; September: Carers.")]
    items = split_items(minutes)[1]
    assert "Appendix A" in [b.text for b in items[-1].blocks] and "Appendix A" not in [b.text for b in items[0].blocks]


def test_rounds_206_to_208_numbers_alone_surname_columns_web_pages_and_replies():
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import attendance_from_blocks, attendance_from_text

    def rows(*texts):
        questions, resolutions = parse_item([t if isinstance(t, Block) else Block(t) for t in texts])
        return [(q.kind, q.asked_by, q.response and q.response.text) for q in questions], [(r.outcome, r.text) for r in resolutions]

    # printed minutes saved as text: "38" alone over "APOLOGIES FOR ABSENCE"; "That the Scrutiny
    # Committee" over its numbered clauses, one decision
    saved = _read("oz-weaverdale-east-scrutiny-committee-2025-01-16.txt")
    assert [i.number for i in saved.items] == [str(n) for n in range(38, 47)]
    stroke = next(i for i in saved.items if i.number == "43")
    assert any("substantial variation" in r.text and r.text.startswith("RESOLVED") for r in stroke.resolutions)

    # "Councillors: Harcourt (Chair)   Mirza" in two columns; "Also Attendance:"; the title on two lines
    district = _read("ox-chessbury-housing-community-osc-2025-03-12.pdf")
    members = _attendance(district)
    assert members["Councillor Okafor-Lyle"] == members["Councillor Hallam"] == members["Councillor Mirza"] == "present"
    assert members["Councillor Stanbridge"] == "in_attendance"
    assert district.committee == "Housing and Community Overview and Scrutiny Committee"
    # the one who thanks the speaker answers him; an officer named by initial answers; the
    # proposer's line before "RESOLVED" is no second decision
    public = rows("Mr P Vardy addressed the Committee. He asked whether leaseholders would be consulted.",
                  "Councillor Stanbridge thanked Mr Vardy for attending. She confirmed that every leaseholder would be consulted.")[0]
    assert public[0][2].startswith("She confirmed")
    assert rows("Cllr Dowsett asked whether the contractor was being held to account.",
                "M Delaporte acknowledged the concerns. He explained that the contract included a target.")[0][0][2]
    assert rows("Councillor Harcourt proposed and Councillor Okafor-Lyle seconded the recommendation, which was agreed unanimously.",
                "RESOLVED:", "That the Committee:", "1. recommends the draft strategy to Cabinet for approval.")[1] == [
        ("recommended", "RESOLVED:\nThat the Committee:\n1. recommends the draft strategy to Cabinet for approval.")]
    assert rows("The work programme was agreed with the above addition.")[1][0][0] == "agreed"

    # a council's own web page (not ModernGov): the meeting dated by the minutes' opening line
    # below menus and a summary; the tabs and the attendance above the first minute head no item
    city = _read("oy-wearbridge-health-wellbeing-scrutiny-2025-03-04.html")
    assert city.meeting_date == "2025-03-04"
    assert city.items[0].title.startswith("Apologies") and not any(i.title in ("Attendance", "Visitors") for i in city.items)
    assert outcome_of("RESOLVED that the draft recommendations of the policy review, as amended, be agreed and the final "
                      "report be submitted to the Cabinet.") == "agreed"

    # ModernGov: "RESOVLED : That" as printed; "That the minutes ... be confirmed" with no label;
    # points listed under "The main issues discussed at the meeting were:"
    county = _read("ow-churnetshire-hcosc-2025-10-13.html")
    assert all(i.resolutions for i in county.items if i.number in ("32", "35"))
    issues = rows("The main issues discussed at the meeting were:",
                  Block("The hourly rate paid to providers, which Members felt was too low. It was confirmed that the rate "
                        "was £24.86 per hour.", style="list"))[0]
    assert issues[0][2].startswith("It was confirmed")
    assert rows("The Chair expressed disappointment that the report did not include the figures.")[0][0][0] == "comment"
    assert rows("The Chair advised, and the Committee noted, that this meeting would be webcast.")[1][0][0] == "noted"

    # apologies from an officer who sent someone in her place; a member noting, an officer replying
    assert [a.name for a in attendance_from_text(
        "Apologies for absence were received from Councillor Liam Carver, and from Dr Helen Achebe, Director of Public "
        "Health, who was represented by Samir Qureshi, Consultant in Public Health.", "Apologies")] == [
        "Councillor Liam Carver", "Dr Helen Achebe"]
    assert rows("Councillor Eckersley noted that the response to the recommendations was still outstanding. Ms Oyelaran "
                "said that the response had been chased.")[0] == [
        ("comment", "Councillor Eckersley", "Ms Oyelaran said that the response had been chased.")]
    assert rows("Cllr Alison Moorcroft, attending remotely as the local member for Chedwell, commented that the letters "
                "had been hard to understand.")[0][0][:2] == ("comment", "Cllr Alison Moorcroft")
    assert rows("Mr Stallard asked why the ward had remained closed.",
                "A verbal response was provided at the meeting from Lucy Pardoe, who explained that the closure was "
                "on the grounds of safe staffing.")[0][0][2]

    # co-opted members marked "p" with no title, each over their post
    panel = attendance_from_blocks([Block("Co-opted Members:"), Block("p Councillor Lucy Carbery"),
                                    Block("Additional Local Authority Co-opted Member"), Block("p Alan Westlake MBE"),
                                    Block("Independent Co-opted Member")])
    assert [(a.name, a.role) for a in panel] == [("Councillor Lucy Carbery", "Additional Local Authority Co-opted Member"),
                                                 ("Alan Westlake MBE", "Independent Co-opted Member")]


def test_rounds_209_to_211_prefixed_numbers_lower_case_posts_deeper_answers_and_wrapped_labels(tmp_path):
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import attendance_from_blocks
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = parse_item([t if isinstance(t, Block) else Block(t) for t in texts])
        return [(q.kind, q.asked_by, q.response and q.response.text, q.response and q.response.given_by)
                for q in questions], [(r.outcome, r.text) for r in resolutions]

    # a district's printed minutes: "HCH41-24/25 APOLOGIES" numbered with the municipal year;
    # guests with a post in brackets inside brackets; a note of who left, in italics, answers nothing
    district = _read("pa-thornmoss-healthy-communities-housing-scrutiny-2025-01-20.pdf")
    assert [i.number for i in district.items] == [f"HCH{n}-24/25" for n in range(41, 52)]
    assert _attendance(district)["Helen Swindell"] == "in_attendance"
    assert not any(q.response and "left the meeting" in q.response.text for i in district.items for q in i.questions)
    assert rows("Members felt strongly that the current position was unacceptable for a District.")[0][0][0] == "comment"
    assert outcome_of("RESOLVED that (1) the progress be noted; (2) recommendations 6 and 8 be monitored again at the "
                      "meeting of the Committee in July 2025.") == "agreed"

    # Word minutes: answers set deeper ("List Bullet 2") under each point, however worded; the
    # presenter's points "During the presentation" are nobody's questions
    county = _read("pb-kimbleshire-hasc-select-committee-2025-11-20.docx")
    points = [q for i in county.items for q in i.questions]
    assert len(points) == 27 and sum(q.response is not None for q in points) == 25
    assert not any(q.text.startswith("Smoking prevalence") for q in points)

    # a London borough's page: posts in lower case answer and ask; "asked the cabinet member
    # questions on the following themes:" heads the points below it; a proposal not agreed
    assert rows("The chair asked how the social value element would be scored. The assistant director said that "
                "legal advice was that union recognition could not be scored.")[0] == [
        ("question", "the chair", "The assistant director said that legal advice was that union recognition could not be "
                                  "scored.", "the assistant director")]
    themes = rows("The commission then asked the cabinet member questions on the following themes:",
                  Block("Community pharmacy", style="heading"),
                  "Concern was raised about the closure of two pharmacies. The cabinet member said that she had raised it.")[0]
    assert themes == [("concern", None, "The cabinet member said that she had raised it.", "the cabinet member")]
    assert rows("Members then asked the deputation questions.")[0] == []
    assert rows("He explained that the contracts would expire in September, and that cabinet would be asked in March to "
                "agree a gateway report.")[0] == []
    assert rows("Councillor Lammond proposed that the commission recommend to cabinet that home care be brought back "
                "in-house. Councillor Osei seconded the proposal. On being put to the vote the proposal was not agreed, "
                "with two members voting for and five against.")[1][0][0] == "rejected"

    # text copied from a PDF: labels wrapped in a column of their own ("ALSO IN" / "ATTENDANCE:")
    page = tmp_path / "panel.txt"
    page.write_text("HEALTH SCRUTINY PANEL\n\nA meeting of the Health Scrutiny Panel was held on Wednesday 12 March 2025.\n\n"
                    "PRESENT: Councillors D Coulthard (Chair) and N Haq\n\n"
                    "ALSO IN Councillor C Heslop (Executive Member for Adult Social Care and Public\n"
                    "ATTENDANCE: Health) and M Gaskell (Integrated Care Board)\n\n"
                    "24/45 DENTAL ACCESS\n\nRESOLVED that the report be noted.\n", encoding="utf-8")
    assert _attendance(read_document(page))["Councillor C Heslop"] == "in_attendance"
    # what others requested or were asked to do raises no point here; an officer's assurance answers
    assert rows("The Democratic Services Officer confirmed that the information requested by Members had been circulated.")[0] == []
    assert rows("The Chair added that the Board had asked each scrutiny panel to submit its draft report by April.")[0] == []
    alderson = rows("At the Chair's invitation, J Alderson of Holmbrough Disability Forum expressed concern that equipment "
                    "was delivered without a demonstration. The Executive Member for Adult Social Care gave an assurance that "
                    "a demonstration would be required.")[0][0]
    assert alderson[1] == "J Alderson" and alderson[3] == "the Executive Member for Adult Social Care"
    assert rows("The Executive Member was asked whether the contract would require the living wage. The Executive "
                "Member confirmed that it would.")[0][0][1] is None

    # a West Midlands board: ", to which the Cabinet Member highlighted that ..."; a request
    # "Further to the supplementary question at Item 3"; a name with the post after it
    mahal = rows("Cllr S Mahal questioned whether the discharge monies would continue beyond March, to which the Cabinet "
                 "Member highlighted that no confirmation had been received.")[0][0]
    assert mahal[2].startswith("the Cabinet Member highlighted") and mahal[3] == "the Cabinet Member"
    assert rows("Further to the supplementary question at Item 3, Cllr Dr A Vasey requested that a visit to dental "
                "practices be arranged for Members.")[0][0][:2] == ("request", "Cllr Dr A Vasey")
    assert rows("Cllr M Okonedo raised concern about hospital extractions. Dr F Lindqvist, the Director of Public Health, "
                "advised that there had been 188.")[0][0][3] == "Dr F Lindqvist, the Director of Public Health"
    assert outcome_of("RESOLVED: That the report be noted and that the Board’s support for restricting vape flavours be "
                      "conveyed to the Cabinet Portfolio Holder.") == "agreed"

    # a unitary's Word minutes: bold "That ..." clauses numbered by Word are the decision, not
    # items; a decision after the time and the rule; "You said, we did" and a work programme
    unitary = _read("pf-fleetmarsh-health-wellbeing-osc-2025-11-13.docx")
    assert [i.number for i in unitary.items] == [str(n) for n in range(21, 30)]
    homecare = next(i for i in unitary.items if i.number == "25")
    assert [r.outcome for r in homecare.resolutions] == ["rejected", "recommended"]
    assert rows("At 9.27 pm, in accordance with the Council’s Constitution, the Committee agreed to suspend standing "
                "orders.")[1][0][0] == "agreed"
    assert _read("pf-fleetmarsh-home-care-you-said-we-did.html").doc_type == "other"
    assert _read("pe-wyrebury-hasc-scrutiny-board-work-programme-2024-25.docx").doc_type == "other"
    assert rows("Bernadette Coyle requested that young people design the campaign. Shona Kettering welcomed the "
                "suggestion and advised that the Youth Cabinet would co-design it.")[0][0][3] == "Shona Kettering"
    assert rows("The Chair felt that the wait was unacceptable, and asked what was being done. Dr Venkatesan stated "
                "that a theatre list had been secured.")[0][0][1] == "the Chair"
    assert [a.name for a in attendance_from_blocks([Block("Also in attendance at the meeting were Helen Swindell (Head of "
                                                         "Primary Care Commissioning (Dental), Erewood ICB) and Dr Ayesha "
                                                         "Khatun (Consultant in Public Health).")])] == [
        "Helen Swindell", "Dr Ayesha Khatun"]


def test_a_nineteenth_review_titles_page_numbers_openings_columns_and_answers(tmp_path):
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import attendance_from_blocks, attendance_from_text
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = parse_item([t if isinstance(t, Block) else Block(t) for t in texts])
        return [(q.asked_by, q.response and q.response.text) for q in questions], [(r.outcome, r.text) for r in resolutions]

    def people(*lines):
        return [(a.name, a.attendance) for a in attendance_from_blocks([Block(line) for line in lines])]

    def page(text):
        path = tmp_path / "page.txt"
        path.write_text(text, encoding="utf-8")
        return read_document(path)

    # a table row heading a minute stays a heading when a decision's clause below has its number
    table = [Block("1 | APOLOGIES FOR ABSENCE", style="table"), Block("None."),
             Block("2 | HOUSING REPAIRS", style="table"), Block("RESOLVED:"), Block("1. That the report be noted."),
             Block("2. That a further update be brought to the July meeting.")]
    assert [i.number for i in split_items(table)[1]] == ["1", "2"]
    # page numbers over numbered titles are no minute numbers
    numbered = page("12. APOLOGIES\n\nNone.\n\n13. BEDS\n\nRESOLVED: That the report be noted.\n\n1\n\n14. DAMP AND MOULD\n\n"
                    "RESOLVED: That the report be noted.\n\n2\n\n15. EXCLUSION OF THE PRESS AND PUBLIC\n\nRESOLVED: That the "
                    "press and public be excluded.\n\n3\n")
    assert [i.number for i in numbered.items] == ["12", "13", "14", "15"]
    # "At a meeting of the Cabinet held on ..." told inside a minute is no opening line
    told = [Block("Health Scrutiny Committee", style="heading"), Block("Present: Councillor Smith (Chair)")]
    for title in ("Chair's announcements", "Public questions", "Dental services", "Hospital discharge", "Work programme"):
        told += [Block(title, style="heading"), Block("The Committee considered the report.")]
        if title == "Dental services":
            told.append(Block("At a meeting of the Cabinet held on 11 February 2025, the new contract was awarded."))
        told.append(Block("RESOLVED: That the report be noted."))
    assert [i.title for i in split_items(told)[1]] == ["Chair's announcements", "Public questions", "Dental services",
                                                      "Hospital discharge", "Work programme"]
    # labels under surnames in columns are no councillors; a sentence between lists is one sentence
    assert people("Councillors: Harcourt (Chair)   Mirza", "Okafor   Pettifer", "Fairweather", "Apologies",
                  "Councillor Rowntree")[-1] == ("Councillor Rowntree", "apologies")
    assert ("Councillor Apologies", "present") not in people("Councillors: Harcourt (Chair)   Mirza", "Okafor   Pettifer",
                                                              "Apologies", "Councillor Rowntree")
    # past approvals are no decisions; a lost amendment before "RESOLVED" is one of its own
    assert rows("The strategy was agreed with partners including the police and the ICB in 2023.")[1] == []
    assert [o for o, _ in rows("Cllr Cross moved an amendment, seconded by Cllr Drew, to the recommendation, which was lost.",
                               "Cllr Cross said that fly-tipping would rise.",
                               "RESOLVED: That the decision of the Cabinet be upheld.")[1]] == ["rejected", "agreed"]
    assert len(rows("The recommendations in the report were agreed by a majority, with 6 in favour and 1 against.",
                    "Councillor Bhatt asked that the Committee write to the Secretary of State.",
                    "RESOLVED: That the Chair write to the Secretary of State about highways funding.")[1]) == 2
    # the Chair's own question; a councillor's list of concerns, whatever their post
    assert rows("The Chair began by asking why delayed discharges had risen. The Director explained that home care "
                "had been short.")[0][0][1].startswith("The Director explained")
    assert len(rows("Councillor Fenn, Lead Member for Scrutiny, outlined the following concerns:",
                    Block("- the closure of two youth centres;", style="list"),
                    Block("- the loss of detached youth workers.", style="list"))[0]) == 2
    # councillors listed by full name under "COUNCILLORS PRESENT:" are councillors
    assert people("COUNCILLORS PRESENT:", "Mary Ashworth (Chair), John Bellamy and Tom Delaney")[0] == (
        "Councillor Mary Ashworth", "present")
    # news the Chair welcomed names no guest; a written reply is no question
    assert attendance_from_text("The Chair welcomed the Council's success at the LGC Awards, where Mr Ian Cole (Head of "
                                "Commissioning) had been named Commissioner of the Year.") == []
    assert rows("The following written reply was sent to the question submitted by Mr Colin Treadwell:",
                "“The shelter will be replaced in May 2025.”")[0] == []
    # a residents' spokesperson, a member thanking a witness, and a member noting a fact answer nothing
    assert rows("Councillor Bray asked how many schools had applied.",
                "At the invitation of the Chair, Mrs Green, Chair of the Brookside Residents' Association, explained that "
                "residents had asked for a crossing.")[0] == [("Councillor Bray", None)]
    assert rows("Councillor Vardy asked what was being done about off-road motorbikes.",
                "Councillor Vardy thanked the Inspector for attending. He explained that residents had reported incidents.")[0][0][1] is None
    assert rows("Councillor Walsh noted that the action on the lighting survey had been completed. The Democratic Services "
                "Officer confirmed that the results had been circulated.")[0] == []
    # a label over a title is no part of the committee's name
    assert page("CITY OF WESTMINSTER\nOVERVIEW AND SCRUTINY COMMITTEE\n\nMinutes of the meeting held on Monday 3 March 2025\n\n"
                "1. APOLOGIES\n\nNone.\n").committee == "Overview and Scrutiny Committee"
    # smaller: the next report to show something is asked for; a label after a post; an apology after a substitute
    assert outcome_of("RESOLVED: That the report be noted and that the next report show attainment by ward.") == "agreed"
    assert people("Also present:", "Dr Sarah Webb, Director of Public Health", "Witnesses",
                  "Professor Kate Lyle, University of Wexford", "Apology", "Councillor Evans")[-1] == ("Councillor Evans", "apologies")
    assert [a.name for a in attendance_from_text("Apologies for absence were received from Councillor Tate, who was "
                                                 "substituted by Councillor Jowett, and Councillor Singh.", "Apologies")] == [
        "Councillor Tate", "Councillor Singh"]
    assert rows("Councillor Duffy asked about taxis.", "A Co-optee said that costs had risen.")[0][0] == (
        "Councillor Duffy", "A Co-optee said that costs had risen.")


def test_a_twentieth_review_requests_by_name_sub_bullets_labels_and_outcomes(tmp_path):
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import attendance_from_blocks, attendance_from_text
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = parse_item([t if isinstance(t, Block) else Block(t) for t in texts])
        return [(q.kind, q.asked_by, q.response and q.response.text) for q in questions], [(r.outcome, r.text) for r in resolutions]

    def page(text):
        path = tmp_path / "page.txt"
        path.write_text(text, encoding="utf-8")
        return read_document(path)

    # a line in capitals over a "LABEL:" line is no wrapped label unless the two make one
    minutes = page("MINUTES of a meeting of the IMPROVEMENT AND SCRUTINY COMMITTEE - HEALTH held on 10 March 2025\n"
                   "PRESENT: Councillor D Allen (Chair), Councillors R Ashton and P Bell\n\n1. DENTAL ACCESS\n\n"
                   "Councillor Bell asked about dentists. The Director said that the CQC\nRESOLVED: That the report be noted.\n")
    assert [a.name for a in minutes.attendees][:1] == ["Councillor D Allen"]
    # "was requested by Councillor X" is a request; "the information requested by Members" is not
    assert rows("A breakdown of waiting times by ward was requested by Councillor Quinn.")[0][0][0] == "request"
    assert rows("Further information on the pilot was requested by the Committee.")[0][0][0] == "request"
    # a member's own sub-bullets are no answer; an answer's words or an officer's are
    assert rows(Block("• Members expressed concern about the closure of the walk-in service.", style="list"),
                Block("◦ The nearest alternative site was over twenty miles away.", style="list", level=1))[0][0][2] is None
    # under answers' lead-in, a member's second sentence is no answer
    assert rows("In response to questions and comments from Members, the following points were noted:",
                Block("• Councillor Lowe expressed concern about bed and breakfast accommodation. Some families had "
                      "been placed there for over six months.", style="list"))[0][0][2] is None
    # another member adding to a point answers nothing; "to which the Cabinet Member highlighted" does
    assert rows(Block("• Councillor Fox asked about delays in assessments, and Councillor Brown highlighted that some "
                      "families had waited six weeks.", style="list"))[0][0][2] is None
    # an answer about residents or parents answers
    assert rows("Councillor Bray asked how residents would be told.",
                "At the invitation of the Chair, the Director of Adult Social Care explained that each resident would "
                "receive a letter.")[0][0][2]
    # posts wrapped after "Housing" go on; a sentence's lower-case words are no post
    assert [a.role for a in attendance_from_blocks([Block("Officers:"), Block("Rachel Dunn Head of Housing"), Block("Options"),
                                                     Block("Karen Holt Head of Environmental Health")])] == [
        "Head of Housing Options", "Head of Environmental Health"]
    # a review done routinely is no request
    assert outcome_of("RESOLVED that the Local Code, which is reviewed annually, be noted.") == "noted"
    assert outcome_of("RESOLVED that the report be noted and that recommendations 6 and 8 be monitored again in July.") == "agreed"
    # questions that end in "questions"; what a member had asked an officer
    assert rows("Members asked why the online survey had not included any open questions.")[0][0][0] == "question"
    assert rows("Councillor Grant had asked the Assistant Director how many potholes had been repaired. The Assistant "
                "Director said that 1,200 had been repaired.")[0][0][2]
    # guests welcomed, whatever follows their names
    assert len(attendance_from_text("The Chair welcomed Joanne Baxter (Head of Fostering and Adoption) and Amir Khan "
                                    "(Service Manager, Children in Care) to the meeting, and congratulated the fostering "
                                    "team on its award.")) == 2
    # a web page's opening line over "Members:" dates the meeting
    assert page("Home\nCouncil tax\n\nAt a meeting of the HEALTH SCRUTINY COMMITTEE held in the Council Chamber on TUESDAY, "
                "4th MARCH, 2025\nMembers: Councillor P Rees (Chair)\n\n1. APOLOGIES\n\nNone.\n").meeting_date == "2025-03-04"
    # a remit in capitals over "SCRUTINY COMMITTEE" is the committee's name
    assert page("CITY GROWTH AND PROSPERITY\nSCRUTINY COMMITTEE\n\nMinutes of the meeting held on Monday 3 March 2025\n\n"
                "1. APOLOGIES\n\nNone.\n").committee == "City Growth and Prosperity Scrutiny Committee"
    # a point praised in the passive names nobody as asking; an officer "was questioned"
    assert rows("Members made the following comments:",
                Block("• The Director of Public Health's focus on healthy weight in schools was welcomed.", style="list"))[0][0][1] is None
    assert rows("The Director of Finance was questioned about the overspend. She said it would be recovered.")[0][0][1] is None


def test_rounds_215_to_217_response_rows_margin_numbers_titled_rows_motions_and_question_records(tmp_path):
    from minutes.parse.meeting import attendance_from_blocks, attendance_from_text
    from minutes.pipeline import read_document
    from minutes.themes import Tagger, load_themes

    def rows(*texts):
        questions, resolutions = parse_item([t if isinstance(t, Block) else Block(t) for t in texts])
        return ([(q.kind, q.asked_by, q.response and q.response.text, q.response and q.response.given_by) for q in questions],
                [(r.outcome, r.text) for r in resolutions])

    def page(text):
        path = tmp_path / "page.txt"
        path.write_text(text, encoding="utf-8")
        return read_document(path)

    # a table of who raised what, each answer a row of its own marked "Response"
    table = [Block(t, style="table") for t in (
        "Raised by | Question or comment / Response",
        "Cllr Kazmi | asked why three practices had given up their NHS work.",
        "Response | Dr Mehra explained that a practice was paid the same however complex the treatment.",
        "Chairman | asked what the ICB was doing to attract dentists to the east of the county.",
        "Response | Ms Fairclough advised that the ICB had introduced a golden hello payment.",
        "Mr Birtles | commented that Healthwatch had received more enquiries about dentistry than anything else.")]
    found = rows(*table)[0]
    assert [(k, who, bool(answer)) for k, who, answer, _ in found] == [
        ("question", "Cllr Kazmi", True), ("question", "Chairman", True), ("comment", "Mr Birtles", False)]
    assert found[0][3] == "Dr Mehra"
    # titles over minutes whose numbers stand in the margin beside their first lines
    minutes = page("Cerneshire Health Scrutiny Committee\n\nMinutes of the meeting held on Wednesday, 14 March 2018.\n\n"
                   "Present:\nHarold Tuckett (Chairman)\n\nApologies for Absence\n\n10      Apologies for absence were received "
                   "from Ronald Hembury.\n\nCode of Conduct\n\n11      There were no declarations by members.\n\nMinutes\n\n"
                   "12      The minutes of the meeting held on 24 January 2018 were confirmed and signed.\n\n"
                   "        Matters Arising\n\n        Minute 7 – Ambulance Response Times\n\n        One member asked whether "
                   "the ambulance service had replied.\n\nDental Services\n\n13      The Committee considered a report.\n")
    assert [(i.number, i.title) for i in minutes.items] == [
        ("10", "Apologies for Absence"), ("11", "Code of Conduct"), ("12", "Minutes"), ("13", "Dental Services")]
    assert len(minutes.items[2].questions) == 1
    # labels for partners who came for their items
    assert [(a.name, a.attendance) for a in attendance_from_blocks([
        Block("For certain items, as appropriate:"), Block("Fiona Cardew (Consultant in Public Health)"),
        Block("Partners and guests:"), Block("Nasreen Bibi (Chief Officer, Healthwatch Hollinroyd)")])] == [
        ("Fiona Cardew", "in_attendance"), ("Nasreen Bibi", "in_attendance")]
    # members named without a title, as minutes that name every member so print them
    assert rows("Graham Cheverell felt that the Council had become too reliant on the market.")[0][0][:2] == (
        "comment", "Graham Cheverell")
    assert rows("In response to a question from Jennifer Hallett about why practices were handing back their contracts, "
                "the Head of Primary Care Commissioning explained that the contract did not pay enough.")[0][0][1] == "Jennifer Hallett"
    assert rows("In response to a question from the Chair about the risk of providers withdrawing, the Head of "
                "Commissioning stated that a plan was in place.")[0][0][1] == "the Chair"
    # councillors in rows headed "Councillors", "–" below for the same; apologies in brackets
    people = attendance_from_blocks([Block("PRESENT –", style="heading"),
                                     Block("Councillors | H. Nuttall (Vice-Chair) | K. Greenhalgh", style="table"),
                                     Block("– | A. Crabtree", style="table")])
    assert [(a.name, a.role) for a in people] == [
        ("Councillor H. Nuttall", "Vice-Chair"), ("Councillor K. Greenhalgh", None), ("Councillor A. Crabtree", None)]
    assert [a.name for a in attendance_from_text(
        "(Apologies for absence were received from Councillors B. Holden and F. Mistry.)")] == [
        "Councillor B. Holden", "Councillor F. Mistry"]
    # members as the subject of a sentence head no list of names
    assert attendance_from_blocks([Block("Members were reminded of the requirements on declaring interests."),
                                   Block("Councillor D. Pilling declared an interest as a trustee of Fellside Care and "
                                         "Repair and left the meeting.")]) == []
    # after an answer, "He added that ..." is the answer going on, whatever it reports
    found = rows("Members asked what powers the Council had over vape shops. The Head of Housing explained that no "
                 "licence was needed. He added that the Council had called for a power to license such premises.")[0]
    assert len(found) == 1 and found[0][2].endswith("license such premises.")
    # a motion in the mover's sentence, a recorded vote, then its verdict
    found = rows("Councillor Ashcroft moved and Councillor Tobin seconded that the Panel recommend to the Cabinet that a "
                 "fully costed in-house option be developed.", "RECORDED VOTE on the motion:",
                 "FOR: Councillors Ashcroft and Tobin", "AGAINST: Councillors Okonedo and Trelawney",
                 "Upon being put to the vote the motion was LOST.", "RESOLVED that the Panel noted the report.")[1]
    assert [o for o, _ in found] == ["rejected", "noted"] and "in-house option" in found[0][1]
    # people parted by semicolons, the last after "and"
    assert [(a.name, a.role) for a in attendance_from_text(
        "Dr Helen Marchbank, Director of Public Health; and Gary Stott, Service Lead, Trading Standards and Licensing, "
        "were present and addressed the meeting.")] == [
        ("Dr Helen Marchbank", "Director of Public Health"), ("Gary Stott", "Service Lead, Trading Standards and Licensing")]
    # a public question's record: who asked, of whom, the question, the answer, the supplemental
    found = rows("Questioner: Dennis Haverstock", "Asked of: Councillor Helen Marchetti, Portfolio Holder for Adult Social Care",
                 "Question: “Will every provider be required to pay its care workers for travel time?”",
                 "Answer: “Thank you for your question. Yes, it will be a contractual requirement.”",
                 "Supplemental “If a provider is found not to be paying for travel time,",
                 "Question: what will actually happen to that provider?”",
                 "Supplemental Answer: “The contract will allow us to suspend new referrals.”",
                 "Supplemental Question: None – the questioner was not present.")[0]
    assert [(who, bool(answer), by) for _, who, answer, by in found] == [
        ("Dennis Haverstock", True, "Councillor Helen Marchetti, Portfolio Holder for Adult Social Care"),
        ("Dennis Haverstock", True, "Councillor Helen Marchetti, Portfolio Holder for Adult Social Care")]
    # a clinical commissioning group is a body's name, not commissioning
    assert "subcontracting" not in Tagger(load_themes()).tag(
        "why the Clinical Commissioning Group had not used its own patient engagement network")


def test_a_twenty_first_review_motions_nested_answers_requests_labels_and_titles(tmp_path):
    from minutes.parse.decisions import outcome_of
    from minutes.parse.meeting import attendance_from_blocks, attendance_from_text
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = parse_item([t if isinstance(t, Block) else Block(t) for t in texts])
        return [(q.kind, q.asked_by, q.response and q.response.text) for q in questions], [(r.outcome, r.text) for r in resolutions]

    def page(text):
        path = tmp_path / "page.txt"
        path.write_text(text, encoding="utf-8")
        return read_document(path)

    # a motion "as follows:" ends at the RESOLVED after it, and "Upon being put to the vote" is its verdict
    found = rows("Councillor Ross proposed and Councillor Tait seconded an amendment as follows:",
                 "That recommendation (b) be deleted.", "Upon being put to the vote, the amendment was declared lost.",
                 "RESOLVED: That Cabinet be recommended to approve the scheme.")[1]
    assert [o for o, _ in found] == ["rejected", "recommended"]
    found = rows("Councillor Ross moved and Councillor Tait seconded a motion as follows:",
                 "That the Committee recommends to Cabinet that the increase be paused.",
                 "RESOLVED: That the report be noted.")[1]
    assert [o for o, _ in found][-1] == "noted" and len(found) == 2
    # under a question, an entry set deeper answers it however worded; under a concern, the
    # member's own detail in lower case goes on with the point; a Cabinet Member answers
    assert rows("Members raised the following points:",
                Block("• Councillor Ahmed asked how many long-term empty homes there were.", style="list"),
                Block("◦ There were currently 412 long-term empty homes.", style="list", level=1))[0][0][2]
    found = rows("Members raised the following points:",
                 Block("• Councillor Ahmed raised concerns about potholes in the north of the borough.", style="list"),
                 Block("◦ in particular on Station Road, which had been reported several times.", style="list", level=1))[0]
    assert len(found) == 1 and found[0][2] is None
    assert rows("Members raised the following points:",
                Block("• Councillor Whitfield asked whether the Council would buy empty homes.", style="list"),
                Block("◦ Cllr Lee (Cabinet Member for Housing) – yes; £2m had been set aside.", style="list", level=1))[0][0][2]
    # under answers' lead-in, what follows a question in its entry answers it
    assert rows("In response to Members' questions, officers advised as follows:",
                Block("• Councillor Fox asked how many people were waiting. On the day of the meeting 37 people were "
                      "waiting.", style="list"))[0][0][2]
    # what others had asked before raises nothing; a member who had asked an officer still asks
    assert rows("The report responded to the questions the Committee had asked in November about recycling.",
                "Since the last meeting, residents had asked the Council about garden waste.",
                "The Environment Agency had asked the contractor for a revised plan.")[0] == []
    # requests made earlier, or a member asked to declare, are no request now
    assert rows("A briefing note, which was requested by Members at the October meeting, had been circulated.",
                "The data was requested by the Committee in September and was included at Appendix B.",
                "Members were requested to declare any interests.")[0] == []
    # ", and the Associate Director emphasised that ..." answers
    assert rows("Councillor Byrne queried the take-up of the NHS App, and the Associate Director emphasised that "
                "registrations had doubled.")[0][0][2]
    # titles: "Cabinet minutes" names the Cabinet; a meeting's kind over the name is not part of it
    items = "\n\n1. APOLOGIES FOR ABSENCE\n\nNone.\n\n2. BUDGET MONITORING\n\nRESOLVED: That the position be noted.\n"
    assert page("Cabinet minutes\n\nWednesday 12 March 2025 at 6.00 pm\n\nPresent: Councillor T Ward (Chair), "
                "Councillors Ali and Barker" + items).committee == "Cabinet"
    assert page("EXTRAORDINARY MEETING\nOVERVIEW AND SCRUTINY COMMITTEE\n\nMinutes of the meeting held on Monday 3 "
                "February 2025\n\nPRESENT: Councillor D Marsh (Chairman), Councillors Fenn and Gough" + items
                ).committee == "Overview and Scrutiny Committee"
    # a policy to be reviewed annually is decided
    assert outcome_of("RESOLVED: That the report be noted and that the policy be reviewed annually by the Committee.") == "agreed"
    # labels wrapped in a column of their own, whoever they name
    minutes = page("MINUTES OF THE PLACE OVERVIEW AND SCRUTINY COMMITTEE HELD ON 10 MARCH 2025\n\nPRESENT: Councillor N "
                   "Quinn (Chair)\n\nSTAFF IN Karen Gale (Director of Place) and Ben\nATTENDANCE: Hollis (Head of Highways)\n\n"
                   "1. APOLOGIES\n\nNone.\n")
    assert [(a.name, a.attendance) for a in minutes.attendees][1:] == [("Karen Gale", "in_attendance"), ("Ben Hollis", "in_attendance")]
    # a heading after the last officer is not part of the post
    assert [a.role for a in attendance_from_blocks([Block("Officers:"), Block("Sarah Blake Director of Adult Social Care"),
                                                     Block("Webcast")])] == ["Director of Adult Social Care"]
    # news the Chair welcomed, about someone absent, names no guest
    assert attendance_from_text("The Chair welcomed the County Council's success at the LGC Awards 2025, where Mr Ian "
                                "Cole (Libraries Manager) had been named Manager of the Year.") == []
    # apologies "for the absence of" two councillors
    assert [a.name for a in attendance_from_text("Apologies for the absence of Councillors Fraser and Gill were received.")] == [
        "Councillor Fraser", "Councillor Gill"]
    # party groups with "and" or "&" in their names; a group that is no party is the member's role
    people = attendance_from_blocks([Block("Present:"), Block("Labour and Co-operative Group | Ann Bell and Ray Cox", style="table"),
                                     Block("Patient Reference Group | Mrs Jean Smith", style="table")])
    assert [(a.name, a.party, a.role) for a in people] == [
        ("Councillor Ann Bell", "Labour and Co-operative Group", None), ("Councillor Ray Cox", "Labour and Co-operative Group", None),
        ("Mrs Jean Smith", None, "Patient Reference Group")]


def test_a_twenty_second_review_sub_headings_follow_ups_record_labels_and_party_rows(tmp_path):
    from minutes.parse.meeting import attendance_from_blocks, attendance_from_text
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = parse_item([t if isinstance(t, Block) else Block(t) for t in texts])
        return ([(q.kind, q.asked_by, q.response and q.response.text, q.text) for q in questions],
                [(r.outcome, r.text) for r in resolutions])

    def page(text):
        path = tmp_path / "page.txt"
        path.write_text(text, encoding="utf-8")
        return read_document(path)

    def bullet(text, level=0):
        return Block(text, style="list", level=level)

    # sub-headings over paragraphs numbered under a numbered title are no minutes
    minutes = page("Overview and Scrutiny Committee\n\nMinutes of the meeting held on 9 January 2024\n\nPresent: Councillor "
                   "A Reid (Chair), Councillors B Lowe and C Mistry\n\n1. APOLOGIES\n\nNone.\n\n2. HOUSING STRATEGY REVIEW\n\n"
                   "Background\n\n12 The Head of Housing introduced the review.\n\nTemporary Accommodation\n\n13 Councillor "
                   "Lowe asked how many families were in bed and breakfast.\n\nRepairs\n\n14 Councillor Mistry raised concern "
                   "about damp.\n\nRESOLVED: That the report be noted.\n\n3. DATE OF NEXT MEETING\n\n5 March 2024.\n")
    assert [i.number for i in minutes.items] == ["1", "2", "3"]
    # a member asking the Cabinet Member, set deeper, is no answer; nor the topics under "in particular:"
    lead = "In discussion the following points were made:"
    found = rows(lead, bullet("Councillor Mistry asked how many rural routes would lose their evening service."),
                 bullet("Councillor Lowe asked the Cabinet Member whether the Council would subsidise them.", 1))[0]
    assert [(who, answer) for _, who, answer, _ in found] == [("Councillor Mistry", None), ("Councillor Lowe", None)]
    found = rows(lead, bullet("Councillor Mistry asked about access to the new centre:"),
                 bullet("Public transport links from the east of the borough were poor.", 1),
                 bullet("Parking at the Hollins site was already full most mornings.", 1),
                 bullet("The Programme Director said that a shuttle bus would run from the bus station."))[0]
    assert len(found) == 1 and "Parking" in found[0][3] and found[0][2].startswith("The Programme Director")
    # members who "had asked" an officer, answered below, asked
    assert rows("Members had asked the Head of SEND how many children were waiting.",
                "The Head of SEND explained that 140 children were waiting.")[0][0][2]
    # a paragraph "In response to the question from ..." under a listed question answers it
    found = rows(lead, bullet("Councillor Evans asked how many new drivers the operator had recruited?"),
                 "In response to a question about drivers, the Head of Transport said that 14 had been recruited.")[0]
    assert len(found) == 1 and found[0][2]
    # a public question that begins "None of ..." is a question
    assert rows("Question: None of the public toilets in Victoria Park are open. Why not?",
                "Answer: The Head of Parks said that two would reopen in April.")[0][0][2]
    # "They stressed ... and asked for ..." after an answer to Members is the members again
    found = rows("Members asked how many families were in bed and breakfast. The Head of Housing Options explained "
                 "that 42 families were. They stressed that this was unacceptable and asked for a monthly update.")[0]
    assert [k for k, *_ in found] == ["question", "request"]
    # "Also present were the Chair of ..., Councillor J Barker" is a label all the same
    people = attendance_from_blocks([Block("Present: Councillor M Holt (Leader), Councillor P Greaves"),
                                     Block("Also present were the Chair of the Overview and Scrutiny Committee, "
                                           "Councillor J Barker, and the Leader of the Opposition, Councillor S Nolan.")])
    assert [(a.name, a.attendance) for a in people][2:] == [
        ("Councillor J Barker", "in_attendance"), ("Councillor S Nolan", "in_attendance")]
    # party groups by their short names; a titled name in a "Councillors" row keeps its title
    people = attendance_from_blocks([Block("Present:"), Block("Green Group | Amy Fox and Tom Reed", style="table"),
                                     Block("Lib Dem Group | Councillor Sue Marsh", style="table")])
    assert [(a.name, a.party) for a in people] == [
        ("Councillor Amy Fox", "Green Group"), ("Councillor Tom Reed", "Green Group"), ("Councillor Sue Marsh", "Lib Dem Group")]
    assert [a.name for a in attendance_from_blocks([Block("PRESENT", style="heading"), Block(
        "Councillors | Cllr H Nuttall (Vice-Chair) | Cllr K Greenhalgh", style="table")])] == ["Cllr H Nuttall", "Cllr K Greenhalgh"]
    # a body's view is no member's comment
    assert rows("The Trust felt that the virtual ward model would ease pressure.")[0] == []
    # remits that hold "PRIVATE" or "SPECIAL" keep them
    items = "\n\n1. APOLOGIES\n\nNone.\n\n2. LICENSING\n\nRESOLVED: That the report be noted.\n"
    assert page("PRIVATE SECTOR HOUSING\nSCRUTINY PANEL\n\nMinutes of the meeting held on 14 November 2023\n\n"
                "Present: Councillor K Moss (Chair), Councillors H Dale and R Ince" + items).committee == \
        "Private Sector Housing Scrutiny Panel"
    # "Further to this, ..." before a "Response:" label is no wrapped label
    found = rows("Question: When will the new procurement strategy be published?",
                 "Further to this, Councillor Lowe asked whether social value would be weighted in tenders.",
                 "Response: The Cabinet Member said that it would be published in December.")[0]
    assert not any("Further Response" in text for *_, text in found)
    # a motion agreed "with 5 votes for, 1 against" is one decision
    assert len(rows("Moved by: Councillor Hill", "Seconded by: Councillor Khan",
                    "That the Committee recommends that 20mph limits be extended to all residential roads.",
                    "Agreed – with 5 votes for, 1 against and no abstentions.")[1]) == 1
    # "Response (Head of Repairs)" in a table's asker column answers, and names who answered
    questions, _ = parse_item([Block(t, style="table") for t in (
        "Raised by | Question or comment / Response", "Cllr Lowe | How many homes have open damp and mould cases?",
        "Response (Head of Repairs) | There are 312 open cases, down from 540 in April.")])
    assert [(q.asked_by, q.response and q.response.given_by) for q in questions] == [("Cllr Lowe", "Head of Repairs")]
    # apologies, then "and it was reported that ...": the name alone
    assert [(a.name, a.role) for a in attendance_from_text(
        "Apologies for absence were received from Councillor J Hughes, and it was reported that Councillor E Davies "
        "was attending as her substitute.") if a.attendance == "apologies"] == [("Councillor J Hughes", None)]


def test_rounds_218_to_220_numbers_beside_titles_wrapped_labels_votes_and_papers_to_committees(tmp_path):
    from minutes.parse.meeting import attendance_from_blocks
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = parse_item([t if isinstance(t, Block) else Block(t) for t in texts])
        return [(q.kind, q.asked_by, q.response and q.response.text) for q in questions], [(r.outcome, r.text) for r in resolutions]

    def page(text, name="page.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return read_document(path)

    # printed minutes as pdftotext writes them: each title, then its number alone, then the text
    minutes = page("HEALTH AND ADULT SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE\nTUESDAY, 18 FEBRUARY 2025\n\nPRESENT: -\n\n"
                   "Councillor Maureen Tillotson in the Chair;\n\nNOTICE OF RECORDING/WEBCAST\n\n1\n\nThe Chair advised that "
                   "the meeting would be webcast.\n\nAPOLOGIES\n\n2\n\nApologies were submitted on behalf of Councillor "
                   "Leonard Quarrie.\n\nREQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR ACTION/PETITIONS RECEIVED\n(IF ANY)\n\n3\n\n"
                   "None.\n\nOTHER URGENT BUSINESS\n\n4\n\nNone.\n")
    assert [i.number for i in minutes.items] == ["1", "2", "3", "4"]
    # a report put to a committee, with its author and questions for members, is a report
    report = page("Item 5\n\nHome support: what citizens told us\n\nA report to the Health and Adult Social Care Overview "
                  "and Scrutiny Committee\n18 February 2025\n\nAuthor: Peter Lindqvist, Chief Executive, Healthwatch\n\n"
                  "Contents\n\n1. Why we looked at home support\n2. What people told us\n\n1. Why we looked at home support\n\n"
                  "Home support was the third most common subject raised with us.\n\n2. What people told us\n\n“Who do I ring "
                  "when the carer doesn’t turn up?” one daughter asked us.\n\n3. Questions the Committee may wish to ask\n\n"
                  "How will the new contracts make sure carers arrive on time?\n", name="report.txt")
    assert report.doc_type == "report"
    # labels in a column of their own wrapped over two lines beside the names, and a label over an initial
    people = attendance_from_blocks([
        Block("PRESENT Councillor M Thwaites (Chair)"),
        Block("CO-OPTED MEMBER A Coverdale (Healthwatch Kelderby)"), Block("(NON-VOTING)", style="heading"),
        Block("OFFICERS K Mallaby (Director of Adult Social Care)"),
        Block("ALSO IN", style="heading"),
        Block("Councillor A Pounder (Cabinet Member for Adults) ATTENDANCE H Stobbart (Commissioning Manager, ICB)"),
        Block("APOLOGIES FOR Councillors Jopson and Readman"), Block("ABSENCE", style="heading")])
    assert [(a.name, a.attendance) for a in people] == [
        ("Councillor M Thwaites", "present"), ("A Coverdale", "present"), ("K Mallaby", "in_attendance"),
        ("Councillor A Pounder", "in_attendance"), ("H Stobbart", "in_attendance"),
        ("Councillor Jopson", "apologies"), ("Councillor Readman", "apologies")]
    # a co-optee named by initial and surname comments; "A Member" is nobody named
    assert rows("A Coverdale commented that dentistry remained the subject raised most often with Healthwatch.")[0] == [
        ("comment", "A Coverdale", None)]
    # the meeting extended at a time of day, with no comma after it
    assert rows("At 9.28 p.m. the Commission AGREED to extend the meeting by 15 minutes.")[1][0][0] == "agreed"
    # a motion proposed, its named vote in a table, "Rejected" and "The motion fell.": one decision
    decisions = rows("Councillor Bhandal proposed a motion that the Panel recommend to Cabinet that the re-procurement "
                     "be paused for six months.", "Pause of homecare tender (Motion)",
                     *[Block(f"Councillor {name} | {vote}", style="table") for name, vote in
                       [("Helena Marchbank", "Against"), ("Raj Bhandal", "For"), ("Teodora Quist", "Abstain"),
                        ("Kofi Adjaye", "Against"), ("Susannah Hollis", "Against"), ("Mirelle Achter", "For"),
                        ("Dominic Varley", "Against"), ("Priya Shah", "Against")]],
                     "Rejected", "The motion fell.", "AGREED: That the Panel noted the report.")[1]
    assert [o for o, _ in decisions] == ["rejected", "noted"] and "paused for six months" in decisions[0][1]
    # the Chair saying she was concerned raises a concern
    assert rows("The Chair said that she was concerned that residents who phoned practices were routinely told to go "
                "private.")[0][0][0] == "concern"
    # a minute's number in the margin over its title, the title's lines beside the text
    document = read_document(Path(__file__).parent / "other-councils" / "documents"
                             / "pw-wexlow-west-fenmere-environment-community-panel-2025-03-12.pdf")
    assert [(i.number, i.title) for i in document.items][:3] == [
        ("EC88", "APOLOGIES FOR ABSENCE"), ("EC89", "MINUTES OF THE PREVIOUS MEETING"), ("EC90", "DECLARATIONS OF INTEREST")]


def test_a_twenty_third_review_margin_numbers_verdicts_colons_header_words_and_numbers_under_titles(tmp_path):
    from fpdf import FPDF

    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = parse_item([t if isinstance(t, Block) else Block(t) for t in texts])
        return ([(q.kind, q.asked_by, q.response and q.response.text, q.text) for q in questions],
                [(r.outcome, r.text) for r in resolutions])

    def page(text, name="page.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return read_document(path)

    def bullet(text, level=0):
        return Block(text, style="list", level=level)

    top = ("SCRUTINY PANEL\n\nMinutes of the meeting held on 9 October 2024\n\nPresent: Councillor B Hollis (Chair), "
           "Councillors D Frost and M Rees\n\n")
    # numbers in the margin beside each minute's first line, an action list numbered 1, 2 in one of them
    minutes = page(top + "Apologies for Absence\n\n10 Apologies for absence were received from Councillor Adams.\n\n"
                   "Declarations of Interest\n\n11 There were no declarations of interest.\n\nTaxi Licensing Policy Review\n\n"
                   "12 The Licensing Manager presented the report.\n\nThe Committee agreed the following actions:\n\n"
                   "1. Circulate the test pass rates\n2. Report back in March 2025\n\nWork Programme\n\n"
                   "13 RESOLVED: That the work programme be agreed.\n")
    assert [i.number for i in minutes.items] == ["10", "11", "12", "13"]
    # numbers over their titles, and a figure under a caption in capitals inside a minute
    minutes = page(top + "27\nAPOLOGIES FOR ABSENCE\nApologies were received from Councillor Dyer.\n\n28\nHOMELESSNESS\n"
                   "The Head of Housing Options presented the dashboard:\n\nHOUSEHOLDS IN TEMPORARY ACCOMMODATION\n412\n"
                   "The figure had risen by 9% since March.\n\n29\nWORK PROGRAMME\nRESOLVED: That the work programme be agreed.\n")
    assert [i.number for i in minutes.items] == ["27", "28", "29"]
    # numbers under their titles, with a gap where a minute was taken in private, and a title on two lines
    minutes = page(top + "APOLOGIES FOR ABSENCE\n38\nApologies were received from Councillor Dale.\n\nDECLARATIONS OF INTEREST\n"
                   "39\nThere were no declarations of interest.\n\nMINUTES OF THE PREVIOUS MEETING\n40\nRESOLVED: That the "
                   "minutes of the meeting held on 21 January 2025 be confirmed as a correct record.\n\nNHS FOUNDATION TRUST - "
                   "URGENT\nAND EMERGENCY CARE WINTER REVIEW\n42\nThe Director of Operations presented the report.\n\n"
                   "Councillor Ford asked about ambulance handover delays. The Director explained that delays had fallen.\n\n"
                   "WORK PROGRAMME\n43\nRESOLVED: That the work programme be agreed.\n")
    assert [(i.number, i.title) for i in minutes.items][2:] == [
        ("40", "MINUTES OF THE PREVIOUS MEETING"), ("42", "NHS FOUNDATION TRUST - URGENT AND EMERGENCY CARE WINTER REVIEW"),
        ("43", "WORK PROGRAMME")]
    # "R1: ..." lines inside a minute are no items
    minutes = page(top + "1. APOLOGIES\n\nNone.\n\n2. TASK AND FINISH GROUP: EMPTY HOMES\n\nThe group made three "
                   "recommendations:\n\nR1: Appoint a Dedicated Empty Homes Officer\n\nR2: Review the Council Tax Premium\n\n"
                   "R3: Publish an Annual Empty Homes Action Plan\n\nRESOLVED: That the recommendations be referred to Cabinet.\n\n"
                   "3. WORK PROGRAMME\n\nRESOLVED: That the work programme be agreed.\n")
    assert [i.number for i in minutes.items] == ["1", "2", "3"]
    # "Report to the Panel from ..." and "Lead officer:" under each item of notes of a meeting
    item = ("{n}. {title}\n\nReport to the Panel from the {who}.\n\nLead officer: Head of {title}\n\nCouncillor Mistry asked "
            "how many were waiting. The Head of {title} explained that 11 were.\n\nAgreed: the report be noted.\n\n")
    notes = page("Health Scrutiny Panel\n\nNotes of the meeting - 3 December 2024\n\nPresent: Councillor R Dean (Chair), "
                 "Councillors F Mistry and J Cole\n\n" + "".join(item.format(n=n, title=title, who=who) for n, title, who in (
                     (1, "Dental Access", "ICB"), (2, "Care Quality", "Director of Adult Social Care"),
                     (3, "Scrutiny", "Scrutiny Officer"))), name="notes.txt")
    assert notes.doc_type == "minutes"
    # what kind of meeting over the committee's name is no part of the name
    for header in ("CLOSED SESSION", "PART II", "SPECIAL"):
        assert page(f"{header}\nOVERVIEW AND SCRUTINY COMMITTEE\n\nMinutes of the meeting held on 14 May 2025\n\nPresent: "
                    "Councillor J Ford (Chair), Councillors P Lim and R Shaw\n\n1. APOLOGIES\n\nNone.\n\n2. BUDGET\n\n"
                    "RESOLVED: That the report be noted.\n").committee == "Overview and Scrutiny Committee"
    # an amendment lost, then the motion carried: two decisions
    assert [o for o, _ in rows(
        "Councillor Marsh moved and Councillor Kaur seconded that the Committee ask Cabinet to defer the disposal of the depot.",
        "The amendment was put to the vote and was lost.", "The motion was then put to the vote and was carried.")[1]] == [
        "rejected", "agreed"]
    # a Trust's past proposal, rejected by the Secretary of State, is no decision of the committee
    assert rows("In 2022 the Trust had proposed that consultant-led maternity services be centralised at one hospital.",
                "The proposal was rejected by the Secretary of State in March 2023.")[1] == []
    # answers set under questions put after a colon
    lead = "The following points were raised:"
    found = rows(lead, bullet("Councillor Hale asked: how many damp and mould cases were still open?"),
                 bullet("There were 312 open cases, of which 40 were Category 1 hazards.", 1))[0]
    assert [(text, answer) for _, _, answer, text in found] == [
        ("Councillor Hale asked: how many damp and mould cases were still open?",
         "There were 312 open cases, of which 40 were Category 1 hazards.")]
    # "In response to the question from Councillor Patel ..." under Councillor Smith's point: Patel's own
    found = rows(lead, bullet("Councillor Smith asked how many potholes had been repaired on rural roads since April."),
                 "In response to the question from Councillor Patel about the delayed resurfacing of the A614, the Head of "
                 "Highways said that the works had been moved to the spring.")[0]
    assert [(who, bool(answer)) for _, who, answer, _ in found] == [("Councillor Smith", False), ("Councillor Patel", True)]
    # an officer "concerned" in answer is answering
    found = rows(lead, bullet("Councillor Moore asked whether independent travel training could be expanded."),
                 bullet("The Head of Transport explained that he was particularly concerned about the shortage of drivers."))[0]
    assert len(found) == 1 and found[0][2].startswith("The Head of Transport")
    # no supplementary question: "None, as ...", "None asked.", "Nil return."
    found = rows("Q1 (Councillor Ali): How many public toilets has the Council closed since 2020?",
                 "A1: Four toilets had closed.", "Supplementary question: None, as Councillor Ali had left the meeting.",
                 "Q2 (Councillor Kerr): When will the cycle lane be completed?", "A2: In September.",
                 "Supplementary question: None asked.", "Supplementary question: Nil return.")[0]
    assert [who for _, who, _, _ in found] == ["Councillor Ali", "Councillor Kerr"]
    # a PDF's margin: each title, its number under it in bold, the minute beside them
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "ECONOMY SCRUTINY COMMITTEE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "Minutes of the meeting held on 10 February 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Present: Councillor R Kemp (Chair), Councillors S Dunn and L Ward", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for margin, text in (
            (["APOLOGIES FOR", "ABSENCE", "41"], ["Apologies for absence were received from Councillor", "Hart and from "
                                                 "Councillor Yates, who was attending", "a meeting of the Local Government "
                                                 "Association on", "behalf of the Council."]),
            (["DECLARATIONS OF", "INTEREST", "42"], ["Councillor Dunn declared a personal interest in", "minute 44 as a "
                                                    "governor of Oakfield School and", "remained in the room for the "
                                                    "discussion of that", "item."]),
            (["MINUTES", "43"], ["RESOLVED: That the minutes of the meeting held", "on 9 December 2024 be confirmed as a "
                                 "correct record."]),
            (["SKILLS STRATEGY", "44"], ["The Head of Economic Development presented the", "report. Councillor Ward asked "
                                         "how many", "apprenticeships had been created. The Head", "of Economic Development "
                                         "said that 240 had", "been created in 2024."]),
            (["WORK PROGRAMME", "45"], ["RESOLVED: That the work programme be agreed."])):
        for r in range(max(len(margin), len(text))):
            y = pdf.get_y()
            if r < len(margin):
                pdf.set_font("Helvetica", "B", 11)
                pdf.set_xy(15, y)
                pdf.cell(40, 6, margin[r])
            if r < len(text):
                pdf.set_font("Helvetica", "", 11)
                pdf.set_xy(60, y)
                pdf.cell(135, 6, text[r])
            pdf.set_xy(15, y + 6)
        pdf.ln(4)
    pdf.output(str(tmp_path / "side.pdf"))
    document = read_document(tmp_path / "side.pdf")
    assert [(i.number, i.title) for i in document.items] == [
        ("41", "APOLOGIES FOR ABSENCE"), ("42", "DECLARATIONS OF INTEREST"), ("43", "MINUTES"), ("44", "SKILLS STRATEGY"),
        ("45", "WORK PROGRAMME")]


def test_a_twenty_fifth_review_bracketed_notes_annex_rows_witness_tags_and_letter_keys(tmp_path):
    from minutes.parse.meeting import attendance_from_blocks
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = parse_item([t if isinstance(t, Block) else Block(t) for t in texts])
        return ([(q.kind, q.asked_by, q.response and q.response.text, q.response and q.response.given_by) for q in questions],
                [(r.outcome, r.text) for r in resolutions])

    def page(text, name="page.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return read_document(path)

    def points(document, number):
        item = next(i for i in document.items if i.number == number)
        return [(q.asked_by, q.text, q.response and q.response.text, q.response and q.response.given_by) for q in item.questions]

    top = ("Scrutiny Panel\n\nMinutes of the meeting held on 9 October 2025\n\nPresent: Councillor S Ibbotson (Chair), "
           "Councillors J Rahman and K Lowe\n\n1. APOLOGIES\n\nNone.\n\n")
    # a numbered list whose lines carry a note in brackets is no run of titles
    minutes = page(top + "2. HOSPITAL DISCHARGE\n\nMembers discussed the following areas:\n\n1. Discharge to assess (the number "
                   "of people waiting in hospital had fallen to 38)\n\n2. Staffing (agency spend had risen by 14 per cent)\n\n"
                   "3. Care home capacity (two homes had closed to new admissions)\n\nCouncillor Rahman asked whether the homes "
                   "would reopen. The Assistant Director explained that one home expected to reopen in February.\n\n"
                   "RESOLVED: That the plan be noted.\n\n3. WORK PROGRAMME\n\nRESOLVED: That the work programme be agreed.\n")
    assert [i.number for i in minutes.items] == ["1", "2", "3"]
    assert [(who, bool(answer)) for who, _, answer, _ in points(minutes, "2")][-1] == ("Councillor Rahman", True)
    # ... nor a decision's clauses, "To ..." with no full stop
    minutes = page(top + "2. BUS SERVICES\n\nRESOLVED:\n\n1. To note the update (attached as Appendix A to the report)\n\n"
                   "2. To request a further update (to include patronage figures for each route)\n\n3. WORK PROGRAMME\n\n"
                   "RESOLVED: That the work programme be agreed.\n")
    assert [i.number for i in minutes.items] == ["1", "2", "3"] and len(minutes.items[1].resolutions) == 1
    # a supplementary question after the pointer to the annex is recorded here only
    found = rows("Two public questions had been received from Mr T Ashworth. The questions and the responses given are set "
                 "out in the Appendix to these minutes. Mr Ashworth asked a supplementary question about whether families "
                 "would be consulted. The Cabinet Member for Adult Social Care replied that a consultation would start in "
                 "January.")[0]
    assert [(who, bool(answer)) for _, who, answer, _ in found] == [("Mr Ashworth", True)]
    # a witness tagged between commas answers; a co-optee so tagged comments
    found = rows("Councillor Kaur asked how many people had contacted Healthwatch about GP access. Mrs K Nash, Healthwatch "
                 "Representative, said that 640 people had done so.")[0]
    assert [(kind, who) for kind, who, _, _ in found] == [("question", "Councillor Kaur")] and "640" in found[0][2]
    assert rows("Mr J Ross, Parent Governor Representative, said that schools needed more support.")[0][0][:2] == (
        "comment", "Mr J Ross")
    # "be carried out" is what the committee decided; "Concluded: 7.42 pm" is when the meeting ended
    assert rows("Decision: That a consultation with library users be carried out before any change is made.")[1][0][0] == "agreed"
    assert rows("The next meeting would be held on 11 December 2025.", "Concluded: 7.42 pm")[1] == []
    # an answer naming whose questions it answers reaches back to no one else's comment
    found = rows("Councillor Sutton commented that the Council should lobby the Government for a fairer settlement.",
                 "Councillor Greaves asked when the new scheme would take effect. The Head of Revenues replied that it "
                 "would take effect in April.",
                 "Councillor Baptiste asked whether claimants with disabilities would be protected.",
                 "The Head of Revenues responded to the questions raised by Councillor Baptiste. Claimants in receipt of "
                 "disability benefits would be protected. The cost to the Council's budget was £310,000 a year.")[0]
    assert [who for _, who, answer, _ in found if answer] == ["Councillor Greaves", "Councillor Baptiste"]
    # the committee's own name after the clerk's sign-off is no signature
    emailed = page("From: Harper, Lucy\nSent: 02 December 2025 11:20\nSubject: Draft minutes\n\nDear Panel Members\n\n"
                   "Please find below the draft minutes of last night's meeting.\n\nKind regards\n\nHEALTH SCRUTINY PANEL\n\n"
                   "Minutes of the meeting held on Monday 1 December 2025\n\nPresent: Councillor W Akhtar (Chair), Councillor "
                   "C Doyle\n\n1. APOLOGIES\n\nNone.\n\n2. HOUSING REPAIRS\n\nRESOLVED: That the report be noted.\n",
                   name="email.txt")
    assert emailed.committee == "Health Scrutiny Panel"
    # last meeting's action log, numbered by that meeting's minutes, stays under matters arising
    minutes = page(top + "2. MATTERS ARISING\n\nMinute\tQuestion and response\tStatus\n4\tCouncillor Lowe asked for the "
                   "number of empty homes. Response: 211 homes were empty.\tComplete\n\n3. HOMELESSNESS\n\nRESOLVED: That the "
                   "report be noted.\n\n4. ALLOCATIONS\n\nRESOLVED: That the changes be noted.\n", name="log.txt")
    assert [len(i.questions) for i in minutes.items] == [0, 1, 0, 0]
    # an annex: "Response" opening a sentence of the question, a post in brackets after the asker, a
    # question opening with a name, "Response from ...:", a row of the asker's own columns
    annex = page(top.replace("1. APOLOGIES", "14. APOLOGIES") + "15. AMBULANCE SERVICES\n\nRESOLVED: That the report be "
                 "noted.\n\n16. WORK PROGRAMME\n\nRESOLVED: That the work programme be agreed.\n\nANNEX: QUESTIONS ASKED AT "
                 "THE MEETING AND ANSWERS GIVEN\n\nNo.\tMinute\tQuestion and answer\n"
                 "1\t15\tQuestion from Councillor D Holt (Ward Member for Elmbridge) Rural residents wait too long. Response "
                 "times averaged 52 minutes. What is the Trust doing? Answer (Director of Operations) Two crews had been added.\n"
                 "2\t15\tQuestion from Councillor T Whelan Eastfield Hospital closed its ward. Where are patients treated? "
                 "Response from the Clinical Lead: At the Royal Infirmary.\n", name="annex.txt")
    assert points(annex, "15") == [
        ("Councillor D Holt", "Rural residents wait too long. Response times averaged 52 minutes. What is the Trust doing?",
         "Two crews had been added.", "Director of Operations"),
        ("Councillor T Whelan", "Eastfield Hospital closed its ward. Where are patients treated?", "At the Royal Infirmary.",
         "Clinical Lead")]
    assert not points(annex, "16")
    found = rows(*[Block(t, style="table") for t in (
        "Councillor | Question and response | Officer",
        "Cllr P Young | How many children are waiting? Response: 187 children were waiting. | Head of SEND")])[0]
    assert [(who, by) for _, who, _, by in found] == [("Cllr P Young", "Head of SEND")]
    # an answer in a row of its own and an unnumbered supplementary row in a web page's annex
    path = tmp_path / "annex.html"
    path.write_text(
        "<html><body><h1>Health Panel</h1><p>Minutes of the meeting held on 4 December 2025</p><p>Present: Councillor R "
        "Okafor (Chair), Councillor T Whelan, Councillor J Price</p><h2>21. Apologies</h2><p>None.</p><h2>22. Stroke "
        "Rehabilitation</h2><p>RESOLVED: That the presentation be noted.</p><h2>23. Crisis Services</h2><p>RESOLVED: That "
        "the report be noted.</p><h2>Annex: Questions and answers</h2><table border='1'>"
        "<tr><th>No.</th><th>Minute</th><th>Question and answer</th></tr>"
        "<tr><td>1</td><td>22</td><td>Question from Councillor T Whelan Where are patients now treated?</td></tr>"
        "<tr><td></td><td></td><td>Answer (Clinical Lead for Stroke) At the Royal Infirmary.</td></tr>"
        "<tr><td></td><td>22</td><td>Supplementary question from Councillor T Whelan How long is the wait? Answer "
        "(Clinical Lead for Stroke) Most were seen within 48 hours.</td></tr>"
        "<tr><td>2</td><td>23</td><td>Question from Councillor J Price How many used the café? Answer (Service Manager) "
        "412 people.</td></tr></table></body></html>", encoding="utf-8")
    annex = read_document(path)
    assert [(who, answer) for who, _, answer, _ in points(annex, "22")] == [
        ("Councillor T Whelan", "At the Royal Infirmary."), ("Councillor T Whelan", "Most were seen within 48 hours.")]
    assert [who for who, *_ in points(annex, "23")] == ["Councillor J Price"]
    # ... and in a Word table
    document = docx.Document()
    for text in ("Health Panel", "Minutes of the meeting held on 4 December 2025", "Present: Councillor R Okafor (Chair)"):
        document.add_paragraph(text)
    for title in ("15. Ambulance Services", "16. Dental Services"):
        document.add_heading(title, level=1)
        document.add_paragraph("RESOLVED: That the report be noted.")
    document.add_paragraph("Annex: Questions asked at the meeting and answers given")
    table = document.add_table(rows=1, cols=3)
    asked = ("Question from Councillor D Holt Are crews still diverted from the north of the borough to cover handovers at "
             "the General Hospital? Answer (Director of Operations) Crews were diverted 31 times in August.")
    for values in (("No.", "Minute", "Question and answer"), ("1", "15", asked)):
        cells = table.rows[-1].cells if values[0] == "No." else table.add_row().cells
        for cell, value in zip(cells, values):
            cell.text = value
    document.save(str(tmp_path / "annex.docx"))
    assert points(read_document(tmp_path / "annex.docx"), "15") == [
        ("Councillor D Holt", "Are crews still diverted from the north of the borough to cover handovers at the General "
         "Hospital?", "Crews were diverted 31 times in August.", "Director of Operations")]
    # the key to letters beside names on one line; names with a hyphen, or an initial only
    for key in ([Block("P = Present, A = Apologies for absence")], [Block("P: Present"), Block("A: Apologies")]):
        people = attendance_from_blocks([Block("Councillors:"), Block("P Mary-Ann Fletcher (Chair) A Susan Crewe"),
                                         Block("P Marcus Oyelaran P J Whitby"), *key])
        assert [(a.name, a.attendance) for a in people] == [
            ("Mary-Ann Fletcher", "present"), ("Susan Crewe", "apologies"), ("Marcus Oyelaran", "present"),
            ("J Whitby", "present")]


def test_a_twenty_seventh_review_labels_dashes_tables_and_recommendations(tmp_path):
    from minutes.pipeline import read_document

    def read(name: str, body: str):
        path = tmp_path / name
        if name.endswith(".html"):
            body = (f"<html><body><h1>Health Scrutiny Committee</h1><p>Minutes of the meeting held on 4 March 2025</p>"
                    f"<p>Present: Councillor A Brook (Chair), Councillors C Dunn, E Ellis and F Fry</p>{body}</body></html>")
        else:
            body = ("Health Scrutiny Committee\n\nMinutes of the meeting held on 4 March 2025\n\nPresent: Councillor A Brook "
                    f"(Chair), Councillors Adams, Dunn, Ellis and Fry\n\n{body}")
        path.write_text(body, encoding="utf-8")
        return read_document(path)

    def table(*rows: str) -> str:
        return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row.split(" | ")) + "</tr>" for row in rows) + "</table>"

    def points(document):
        return [(q.asked_by, q.text, q.response and q.response.given_by, q.response and q.response.text)
                for item in document.items for q in item.questions]

    def decisions(document):
        return [(r.outcome, r.text) for item in document.items for r in item.resolutions]

    # a speaker label naming a post "of the Council" still answers ("The Select Committee:" does not)
    found = points(read("label.txt", "7. Budget Proposals\n\nCouncillor Dunn:\n\nAsked how the Council would protect the "
                                     "library service.\n\nLeader of the Council:\n\nReplied that no library would close in "
                                     "2025/26.\n\nRESOLVED: That the budget proposals be noted.\n"))
    assert [(who, by) for who, _, by, _ in found] == [("Councillor Dunn", "Leader of the Council")]
    # an answer "to the points made by the deputation" answers its points, though nobody is named raising them
    found = points(read("deputation.txt", (
        "6. Deputation: Eastfield Community Hospital\n\nA deputation from the Friends of Eastfield Hospital addressed the "
        "Committee. The deputation raised the following concerns:\n\n• the closure of the inpatient ward would mean patients "
        "travelling 25 miles to Northgate;\n\n• no public meeting had been held in Eastfield during the consultation.\n\n"
        "Councillor Dunn asked how many beds the ward had.\n\nThe Director of Strategy said that the ward had 16 beds.\n\n"
        "The Director of Strategy then responded to the points made by the deputation. A community transport scheme would "
        "be funded, and a public meeting would be held in Eastfield on 20 October.\n\nRESOLVED: That the deputation be "
        "thanked.\n")))
    assert any(text.startswith("no public meeting") and answer and "community transport" in answer
               for _, text, _, answer in found)
    # a question table then a paragraph then an action log: the log is no question
    found = points(read("log.html", "<h2>6. Winter Pressures</h2>" + table(
        "Question | Response",
        "Cllr Dunn asked how many patients had waited more than 12 hours. | The Director said that 214 had.")
        + "<p>Councillor Fry requested that the Trust's winter plan be circulated to all members.</p>" + table(
        "Action | Lead | Due", "Circulate the Trust's winter plan to members | Scrutiny Officer | 31 March 2025")
        + "<p>RESOLVED: That the update be noted.</p>"))
    assert not any(text.startswith("Action") for _, text, _, _ in found) and len(found) == 2
    # an empty first cell: an attendance grid keeps its people; a question's member cell left empty names nobody
    document = read("grid.html", table(
        "Also present: | Dr R Emery | Director of Public Health", " | Ms K Nash | Chief Executive, Healthwatch Wealdshire")
        + "<h2>6. Winter Pressures</h2>" + table(
        "Member | Question / comment | Response",
        "Cllr Dunn | Asked how many patients had waited more than 12 hours. | Dr Emery said that 214 patients had.",
        " | Asked whether corridor care had been used. | Mr Lane confirmed that corridor care had been used on nine days."))
    assert "Ms K Nash" in {a.name for a in document.attendees}
    assert [who for who, *_ in points(document)] == ["Cllr Dunn", None]
    # residents named without a title before a dash ask and answer; topics, even with a post's word or a bracket, do not
    found = points(read("dashes.html", "<h2>5. Public Questions</h2>" + table(
        "Question | Response",
        "Jane Holt – How many families are placed in bed and breakfast outside the borough? | Kate Whitelaw – 38 families "
        "were placed outside the borough.",
        "Cllr Dunn – How many homes still have lead water pipes? | Lead pipe replacement – The water company estimates "
        "that 3,100 homes still have one.",
        "Waiting times (A&amp;E) – How many patients waited more than 12 hours? | Urgent care (ICB) – 214 patients waited "
        "more than 12 hours.")))
    assert [(who, by) for who, _, by, _ in found] == [("Jane Holt", "Kate Whitelaw"), ("Cllr Dunn", None), (None, None)]
    # a partner board's own decision, reported, is no resolution of the committee
    assert not decisions(read("board.txt", (
        "9. Stroke Services\n\nCouncillor Ellis asked how patients' families would travel to Eastfield.\n\nWealdshire "
        "Integrated Care Board agreed in October to fund a shuttle bus between the two hospitals.\n\n")))
    # a service named "Rapid Response – ..." inside an answer is no answer label
    found = points(read("rapid.html", "<h2>12. Public Questions</h2>" + table(
        "No. | Minute | Question and answer",
        "1 | 12 | Question from Mr K Lowther Why has the overnight nursing service been cut? Answer (Director of "
        "Community Services) The service has not been cut. Calls have been taken by the Rapid Response – the two-hour "
        "crisis team – which saw 412 patients.")))
    assert [(who, by) for who, _, by, _ in found] == [("Mr K Lowther", "Director of Community Services")]
    assert found[0][1] == "Why has the overnight nursing service been cut?"
    # co-opted members' comments under any co-optee's tag are points
    found = points(read("coopted.txt", (
        "5. School Attendance\n\nMr J Ross, Parent Governor, commented that many parents did not know the threshold.\n\n"
        "Mr T Wade, Co-opted Independent Member, remarked that the report gave no figures for pupils with a plan.\n\n")))
    assert [who for who, *_ in found] == ["Mr J Ross", "Mr T Wade"]
    # the asker of listed points from a lead-in with a relative clause of its own
    found = points(read("kay.txt", (
        "6. Marlowe Court Regeneration\n\nMrs Kay, a tenant at Marlowe Court who had been invited to address the "
        "Committee, made the following comments:\n\n• residents had not been told when the decant would begin;\n\n• the "
        "temporary homes offered were too far from the local primary school.\n\n")))
    assert [who for who, *_ in found] == ["Mrs Kay", "Mrs Kay"]
    # a topic, a dash, its answer: a relative clause's verb, or a hyphen, does not stop the split
    found = points(read("topics.txt", (
        "5. Temporary Accommodation\n\nIn response to Members' questions, the Head of Housing Options explained that:\n\n"
        "• The number of families who were in bed and breakfast for more than six weeks – there were 14 such families at "
        "the end of September.\n\n• The cost of nightly paid accommodation - spending had fallen by £212,000 in the half "
        "year.\n\n")))
    assert [text for _, text, _, _ in found] == [
        "The number of families who were in bed and breakfast for more than six weeks", "The cost of nightly paid accommodation"]
    # "Recommendations:" over clauses to another decision-maker recommends
    assert [outcome for outcome, _ in decisions(read("recommend.txt", (
        "5. Charging Policy\n\nRecommendations:\n\nThat the Cabinet Member for Adult Social Care defers the increase in the "
        "maximum weekly charge until the impact assessment has been completed.\n\n6. Code of Conduct\n\nRECOMMENDATIONS:\n\n"
        "That Council adopts the revised Code of Conduct with effect from 1 April 2025.\n\n")))] == ["recommended", "recommended"]
    # an answer naming its own speaker by a post outside the office words
    found = points(read("principal.txt", (
        "5. Alternative Provision\n\nMembers asked:\n\n• whether the alternative provision at Larkspur Academy had enough "
        "places.\n\nOfficers and partners responded as follows:\n\n• The Principal of Larkspur Academy said that the "
        "academy had 40 places and a waiting list of six.\n\n")))
    assert found[0][2] == "the Principal of Larkspur Academy"
    # a presenter raising "the following issues" presents them
    found = points(read("presenter.txt", (
        "7. Public Health Annual Report\n\nDr Ruth Emery, Director of Public Health, introduced her annual report and "
        "raised the following issues:\n\n• life expectancy in Eastfield ward was nine years lower than in Northgate ward;"
        "\n\n• smoking in pregnancy had fallen to 8 per cent, the lowest rate recorded.\n\n")))
    assert not found
    # "seconded and the Scrutiny Panel agreed": a decision of a body of two words, and a point after it
    document = read("seconded.txt", (
        "8. Bus Services Review\n\nCouncillor Dunn proposed, Councillor Fry seconded and the Scrutiny Panel agreed to write "
        "to the Cabinet Member asking for the evening services to be kept. Councillor Adams then asked whether the bus "
        "operators had been consulted.\n\n"))
    assert [outcome for outcome, _ in decisions(document)] == ["agreed"]
    assert [who for who, *_ in points(document)] == ["Councillor Adams"]
    # a post's label in capitals keeps its apostrophe's letter small; a name's "O'" is followed by a capital
    word = docx.Document()
    for text in ("Children and Young People Scrutiny Committee", "Minutes of the meeting held on 12 February 2025",
                 "Present: Councillor A Brook (Chair), Councillors Dunn and Fry"):
        word.add_paragraph(text)
    word.add_heading("7. Special Educational Needs Transport", level=1)
    for label, said in (("COUNCILLOR O'BRIEN.", "Asked how many children had been without transport."),
                        ("DIRECTOR OF CHILDREN'S SERVICES.", "Replied that 14 children had been without transport.")):
        word.add_paragraph().add_run(label).bold = True
        word.add_paragraph(said)
    word.save(str(tmp_path / "caps.docx"))
    assert [(who, by) for who, _, by, _ in points(read_document(tmp_path / "caps.docx"))] == [
        ("Councillor O'Brien", "Director of Children's Services")]
