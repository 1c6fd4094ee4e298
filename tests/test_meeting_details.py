"""Which committee a set of minutes records, read from its title lines."""
import pytest

from minutes.model import Block
from minutes.parse.meeting import meeting_details


@pytest.mark.parametrize("lines, committee", [
    # The council's name above the committee's, both in capitals.
    (["DOWNSHIRE COUNTY COUNCIL",
      "MINUTES of a meeting of the Health Overview and Scrutiny Committee held at the Elm Room on Tuesday, 19th November, 2024",
      "Present"], "Health Overview and Scrutiny Committee"),
    (["NORTHFIELD METROPOLITAN BOROUGH COUNCIL HEALTH SCRUTINY PANEL",
      "Minutes of the meeting held on Wednesday, 22 January 2025 at 2.00 pm in Committee Room 1,"],
     "Health Scrutiny Panel"),
    (["ADULTS, HEALTH AND WELLBEING OVERVIEW AND SCRUTINY COMMITTEE MINUTES OF THE MEETING HELD ON TUESDAY, 14 JANUARY 2025",
      "PRESENT: Councillor M Hargreaves (in the Chair)"],
     "Adults, Health and Wellbeing Overview and Scrutiny Committee"),
    (["LONDON BOROUGH OF COBHAM MOOR", "MINUTES OF THE HEALTH AND ADULT SOCIAL CARE SCRUTINY SUB-COMMITTEE",
      "HELD AT 6.30 P.M. ON TUESDAY, 14 OCTOBER 2025"], "Health and Adult Social Care Scrutiny Sub-Committee"),
    # A bare "Cabinet" heading names the meeting; "Council Chamber" and "Committee Room" do not.
    (["Fenby Council", "Cabinet",
      "Minutes of the meeting held on Thursday 10 July 2025 at 10.00 am in the Council Chamber, Fenby Civic Centre"], "Cabinet"),
    # A meeting of the full Council.
    (["EASTVALE DISTRICT COUNCIL", "MEETING OF THE COUNCIL – THURSDAY 27 FEBRUARY 2025"], "Council"),
    (["GREYFORD COUNTY COUNCIL",
      "MINUTES of a meeting of the COUNTY COUNCIL held in the Council Chamber, Shire Hall, Greyford on Thursday, 17 July 2025"],
     "County Council"),
    # A gloss after the name is not part of it.
    (["Minutes of the Health Scrutiny Public Forum, a public meeting of councillors from the Health and Social Care "
      "Scrutiny Commission, held on Monday 16 June 2025"], "Health Scrutiny Public Forum"),
])
def test_committee_from_title_lines(lines, committee):
    blocks = [Block(text=line, page=1) for line in lines]
    assert meeting_details(blocks, {}, "minutes")["committee"] == committee
