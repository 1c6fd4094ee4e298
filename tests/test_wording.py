"""How councils word questions, answers and decisions: each layout parsed on its own, from
paragraphs as the extractors give them."""
from __future__ import annotations

from minutes.model import Block
from minutes.parse.discussion import parse_item
from minutes.parse.meeting import attendance_from_blocks, attendance_from_text


def _parse(*paragraphs, style=None):
    blocks = [p if isinstance(p, Block) else Block(text=p, page=1, style=style) for p in paragraphs]
    return parse_item(blocks)


def _pairs(questions):
    return [(q.text, q.response.text if q.response else None) for q in questions]


def test_answer_after_a_dash():
    questions, _ = _parse(
        "During the discussion the following points were raised:",
        "(i) a Member asked how many patients were still occupying acute beds – officers confirmed that the "
        "figure had been 64 on 10 January 2025;",
        "(ii) concern was raised that smaller agencies would struggle to compete – in response, the Head of "
        "Commissioning stated that the lots had been sized so that local agencies could bid;",
    )
    assert _pairs(questions) == [
        ("a Member asked how many patients were still occupying acute beds",
         "officers confirmed that the figure had been 64 on 10 January 2025;"),
        ("concern was raised that smaller agencies would struggle to compete",
         "the Head of Commissioning stated that the lots had been sized so that local agencies could bid;"),
    ]
    assert questions[1].response.given_by == "the Head of Commissioning"


def test_were_informed_that_answers_in_the_same_sentence():
    questions, _ = _parse(
        "Members asked about the number of births at the unit and were informed that there had been 212 births. "
        "Concerns were raised regarding travel times from the north of the county, and Members were advised "
        "that the Trust was extending the patient transport scheme."
    )
    assert _pairs(questions) == [
        ("Members asked about the number of births at the unit", "were informed that there had been 212 births."),
        ("Concerns were raised regarding travel times from the north of the county",
         "Members were advised that the Trust was extending the patient transport scheme."),
    ]


def test_officer_response_paragraph_under_each_point():
    questions, _ = _parse(
        "Members raised the following points:",
        Block("• Why the number of delayed discharges had risen to 96 in January.", 1, "list"),
        "Officer response: Winter pressures had increased delays; 41 patients were waiting for home care.",
        Block("• Whether the new beds were run by the Council or by a private operator.", 1, "list"),
        "The Director advised that the 20 beds were block-booked from an independent operator.",
        Block("• Members praised the reablement team.", 1, "list"),
    )
    assert _pairs(questions) == [
        ("Why the number of delayed discharges had risen to 96 in January.",
         "Winter pressures had increased delays; 41 patients were waiting for home care."),
        ("Whether the new beds were run by the Council or by a private operator.",
         "The Director advised that the 20 beds were block-booked from an independent operator."),
        ("Members praised the reablement team.", None),
    ]


def test_one_answer_paragraph_shared_among_the_points():
    questions, _ = _parse(
        "Members discussed a number of matters, including:",
        Block("• Whether the projected saving took account of transport costs for people travelling further.", 1, "list"),
        Block("• The position of the 46 staff employed at the two centres.", 1, "list"),
        Block("• The view of some Members that the proposal should have come to the Board first.", 1, "list"),
        "In response, the Director advised that transport costs had been built into the savings estimate; "
        "and that no compulsory redundancies were anticipated, as staff would be offered redeployment.",
    )
    answers = dict(_pairs(questions))
    assert "transport costs had been built into the savings estimate" in answers[questions[0].text]
    assert "no compulsory redundancies" in answers[questions[1].text]
    assert answers[questions[2].text] is None


def test_question_and_answer_labels_naming_who_spoke():
    questions, _ = _parse(
        "Q1 (Cllr Patel): How can the ICB claim that the stroke proposals will reduce health inequalities?",
        "Response (Chief Executive, Northgate ICB): The travel analysis relates to visitors rather than patients.",
    )
    assert questions[0].asked_by == "Cllr Patel"
    assert questions[0].response.given_by == "Chief Executive"
    assert questions[0].response.text.startswith("The travel analysis")


def test_a_question_put_to_a_named_member_and_the_reply_below():
    questions, _ = _parse(
        "(a) Councillor Penhale asked the Cabinet Member for Adult Social Care and Health:",
        "‘How many people assessed as eligible for domiciliary care were waiting for a package?’",
        "The Cabinet Member replied:",
        "‘As at 31 October, 137 people assessed as eligible were awaiting a package of home care.’",
    )
    assert len(questions) == 1
    assert questions[0].asked_by == "Councillor Penhale"
    assert questions[0].text.startswith("‘How many people")
    assert "137 people" in questions[0].response.text
    assert questions[0].response.given_by == "the Cabinet Member for Adult Social Care and Health"


def test_a_written_record_after_a_lead_in():
    questions, _ = _parse(
        "Question 1",
        "Mr Halloway asked Mr Fenner, Cabinet Member for Adult Social Care, the following question:",
        "“How many home care contracts have been handed back by providers in the last twelve months?”",
        "Answer",
        "Mr Fenner said that eleven providers had handed back a total of 2,140 hours of home care a week.",
        "Supplementary question",
        "Mr Halloway asked whether the Cabinet Member would consider bringing more home care in-house.",
        "Answer",
        "Mr Fenner replied that he was not ideologically opposed to in-house provision.",
    )
    assert [(q.asked_by, q.response.given_by if q.response else None) for q in questions] == [
        ("Mr Halloway", "Mr Fenner"), ("Mr Halloway", "Mr Fenner")]
    assert "2,140 hours" in questions[0].response.text
    assert "not ideologically opposed" in questions[1].response.text


def test_a_table_of_questions():
    questions, _ = _parse(
        "Questioner | Question | Response",
        "Mr Alan Drury (Parent Carer Forum) | How many children are waiting more than 20 weeks for a plan? | "
        "Mr Osei, Director of Education, responded that 312 plans were outside the timescale.",
        style="table",
    )
    assert _pairs(questions) == [("How many children are waiting more than 20 weeks for a plan?",
                                  "Mr Osei, Director of Education, responded that 312 plans were outside the timescale.")]
    assert questions[0].asked_by == "Mr Alan Drury"


def test_italic_answer_in_the_same_list_entry():
    questions, _ = _parse(
        "Members raised the following points, with officers' responses shown in italics:",
        Block("Was the proposed uplift enough to cover the increase in the National Living Wage?", 1, "list"),
        Block("The uplift had been modelled on a 6.7 per cent increase in the National Living Wage.", 1, "response"),
    )
    assert _pairs(questions) == [("Was the proposed uplift enough to cover the increase in the National Living Wage?",
                                  "The uplift had been modelled on a 6.7 per cent increase in the National Living Wage.")]


def test_decisions_with_lead_ins_and_clauses():
    _, resolutions = _parse(
        "RESOLVED:",
        "That the Health Overview and Scrutiny Committee:",
        "(a) notes the financial position of the system; and",
        "(b) notes the assurance given that no registered nursing posts will be lost.",
        "Resolved: 1. That the Committee’s comments be forwarded to the Cabinet Member.",
        "2. That a further report be brought to the Committee in September 2025.",
        "The minutes of the meeting held on 17 September 2024 were confirmed as a correct record.",
    )
    assert [r.outcome for r in resolutions] == ["noted", "agreed", "agreed"]
    assert "no registered nursing posts will be lost" in resolutions[0].text
    assert "further report be brought" in resolutions[1].text


def test_recommended_to_cabinet_over_its_decision():
    _, resolutions = _parse("RECOMMENDED to Cabinet", "that the lead provider model be approved as the preferred route.")
    assert len(resolutions) == 1 and "lead provider model" in resolutions[0].text
    assert resolutions[0].outcome == "recommended"


def test_attendance_written_chair_first_and_one_person_to_a_line():
    blocks = [Block(t, 1) for t in (
        "PRESENT:-", "Councillor Rashida Begum in the Chair;", "Councillors Tom Akehurst and Paul Hollins.",
        "ALSO PRESENT:-", "Dr Marcus Leung, Chief Medical Officer, Ashmore and Dellwood Integrated Care Board",
        "Present", "Chairman: Councillor Margaret Thorne",
    )]
    people = {a.name: (a.role, a.attendance) for a in attendance_from_blocks(blocks)}
    assert people == {
        "Councillor Rashida Begum": ("Chair", "present"),
        "Councillor Tom Akehurst": (None, "present"),
        "Councillor Paul Hollins": (None, "present"),
        "Dr Marcus Leung": ("Chief Medical Officer, Ashmore and Dellwood Integrated Care Board", "in_attendance"),
        "Councillor Margaret Thorne": ("Chairman", "present"),
    }


def test_people_listed_inside_an_item():
    people = attendance_from_text("\n".join([
        "The following were in attendance:",
        "• Councillor F Venner, Executive Member for Adult Social Care, Active Lifestyles and Culture",
        "• Caroline Ashworth, Director of Adults and Health",
        "The Executive Member introduced the report.",
    ]))
    assert [(a.name, a.role) for a in people] == [
        ("Councillor F Venner", "Executive Member for Adult Social Care, Active Lifestyles and Culture"),
        ("Caroline Ashworth", "Director of Adults and Health"),
    ]


def test_numbered_questions_with_the_answer_below_and_q_r_pairs():
    questions, _ = _parse(
        "Q1. Councillor Openshaw asked how long ambulance crews had waited to hand over patients in October.",
        "Andrea Stott stated that the average handover time in October had been 47 minutes.",
        "Q – Councillor Sugden raised concerns about care workers being charged fees by agencies.",
        "R – The Council had signed the regional ethical recruitment pledge.",
    )
    assert _pairs(questions) == [
        ("Councillor Openshaw asked how long ambulance crews had waited to hand over patients in October.",
         "Andrea Stott stated that the average handover time in October had been 47 minutes."),
        ("Councillor Sugden raised concerns about care workers being charged fees by agencies.",
         "The Council had signed the regional ethical recruitment pledge."),
    ]
    assert [q.kind for q in questions] == ["question", "concern"]


def test_responses_listed_after_the_questions():
    questions, _ = _parse(
        "Questions from Members",
        "(a) Cllr Rahman asked how the proposed uplift compared with the actual cost of care.",
        "(b) Cllr Dunmore asked whether any care homes had closed since the last meeting.",
        "Responses",
        "(a) The uplift left a gap of approximately £38 a week against the actual cost of care.",
        "(b) Two care homes with a combined 61 beds had given notice since January.",
    )
    answers = dict(_pairs(questions))
    assert "£38 a week" in answers[questions[0].text]
    assert "61 beds" in answers[questions[1].text]


def test_an_answer_set_as_a_list_entry_of_its_own():
    questions, _ = _parse(
        "Members asked questions and made comments, which are summarised below together with the responses given:",
        Block("• Councillor Okafor asked how long children were waiting for a first appointment.", 1, "list"),
        Block("• Dr Hartigan said that the median wait was nineteen weeks.", 1, "list"),
        Block("• Concern was expressed that children placed far away lost contact with their schools.", 1, "list"),
    )
    assert _pairs(questions) == [
        ("Councillor Okafor asked how long children were waiting for a first appointment.",
         "Dr Hartigan said that the median wait was nineteen weeks."),
        ("Concern was expressed that children placed far away lost contact with their schools.", None),
    ]


def test_numbered_and_boxed_decisions():
    _, resolutions = _parse(
        "RESOLVED 2025/044",
        "That consideration of the Carers Strategy 2025–2030 be deferred to the meeting on 8 December 2025.",
        Block("Resolved | To approve and sign the minutes of the meeting held on 15 January 2025.", 1, "table"),
        "The recommendation to Cabinet was supported, subject to the Committee's comments.",
    )
    assert [(r.outcome, r.text[:30]) for r in resolutions] == [
        ("deferred", "RESOLVED 2025/044\nThat conside"),
        ("agreed", "To approve and sign the minute"),
        ("recommended", "The recommendation to Cabinet "),
    ]


def test_absent_members_marked_and_substitutes_named():
    blocks = [Block(t, 1) for t in (
        "MEMBERS PRESENT (A denotes absent)", "Chairman – Councillor Sue Gorringe", "A Councillor Rachel Bentham",
        "SUBSTITUTE MEMBERS", "Councillor Keith Stenson for Councillor Rachel Bentham",
    )]
    people = {a.name: (a.role, a.attendance) for a in attendance_from_blocks(blocks)}
    assert people == {
        "Councillor Sue Gorringe": ("Chairman", "present"),
        "Councillor Rachel Bentham": (None, "absent"),
        "Councillor Keith Stenson": ("Substitute for Councillor Rachel Bentham", "present"),
    }
