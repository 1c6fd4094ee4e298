"""Attendance lists as councils print them: one person to a line, runs of names, roles before
or after the name, and the names that continue after a "Present:" line."""
from __future__ import annotations

import pytest

from minutes.model import Block
from minutes.parse.meeting import attendance_from_blocks, merge_attendees, split_people


@pytest.mark.parametrize("text, expected", [
    ("Councillor Abdul Karim Mirza Councillor Sinead Gallagher",
     [("Councillor Abdul Karim Mirza", None), ("Councillor Sinead Gallagher", None)]),
    ("Councillor L Greaves (Portfolio Holder for Housing) Councillor M Sutcliffe (Portfolio Holder for Leisure)",
     [("Councillor L Greaves", "Portfolio Holder for Housing"), ("Councillor M Sutcliffe", "Portfolio Holder for Leisure")]),
    ("The Mayor (Councillor Mrs E Holroyd) in the Chair", [("Councillor Mrs E Holroyd", "Mayor")]),
    ("Chief Executive - Ms F Leggett", [("Ms F Leggett", "Chief Executive")]),
    ("Director of Resources (Section 151 Officer) - Mr A Colquhoun Monitoring Officer - Mrs H Dunmore",
     [("Mr A Colquhoun", "Director of Resources (Section 151 Officer)"), ("Mrs H Dunmore", "Monitoring Officer")]),
    ("Dr Rachel Amsel Director of Public Health", [("Dr Rachel Amsel", "Director of Public Health")]),
    ("Councillor Joseph Adeyemi (Cabinet Member for Health and Adult Social Care)",
     [("Councillor Joseph Adeyemi", "Cabinet Member for Health and Adult Social Care")]),
    ("Councillors J Ackroyd, T Brannigan and M Thackray",
     [("Councillor J Ackroyd", None), ("Councillor T Brannigan", None), ("Councillor M Thackray", None)]),
    ("Mrs C Head (Head of Finance Operations)", [("Mrs C Head", "Head of Finance Operations")]),
])
def test_split_people(text, expected):
    assert split_people(text) == expected


def test_names_continue_after_a_present_line():
    blocks = [Block(t) for t in [
        "PRESENT: Councillor P Hendry (Chairman)",
        "Councillor D Foulkes (Vice-Chairman)",
        "Councillors Mrs J Albright, R Castellano and K Mbeki",
        "Co-opted Members Present:",
        "Dr Hannah Wexford Healthwatch Ashby",
        "Approximately 40 members of the public were present in the public gallery.",
        "1. APOLOGIES FOR ABSENCE",
        "Apologies were received from Councillor B Iqbal.",
    ]]
    people = {(a.name, a.attendance) for a in attendance_from_blocks(blocks)}
    assert {("Councillor P Hendry", "present"), ("Councillor D Foulkes", "present"),
            ("Mrs J Albright", "present"), ("Councillor R Castellano", "present"),
            ("Councillor K Mbeki", "present"), ("Dr Hannah Wexford", "present")} <= people
    # Sentences and item headings after the list are not people.
    assert not any("Approximately" in name or "APOLOGIES" in name for name, _ in people)


def test_parties_are_kept_apart_from_names_and_roles():
    blocks = [Block(text=t, page=1) for t in (
        "PRESENT:",
        "Councillor Sadia Iqbal (Chair) Labour",
        "Councillor Derek Ashcroft Independent",
        "Councillor Mary Green",
        "Present: Councillors Amara Okoye (Chair) (Lab), David Price (Con) and Ruth Lib (Liberal Democrat)",
    )]
    people = {(p.name, p.role, p.party) for p in merge_attendees(attendance_from_blocks(blocks))}
    assert people == {
        ("Councillor Sadia Iqbal", "Chair", "Labour"),
        ("Councillor Derek Ashcroft", None, "Independent"),
        ("Councillor Mary Green", None, None),  # a surname, not the Green Party
        ("Councillor Amara Okoye", "Chair", "Lab"),
        ("Councillor David Price", None, "Con"),
        ("Councillor Ruth Lib", None, "Liberal Democrat"),
    }
