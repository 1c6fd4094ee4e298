#!/usr/bin/env python3
"""Build the "qp-" documents of round 229 and their gold annotations.

Two PDFs, each a North Weymoor Council web page printed from a browser ('Print to PDF'):

  qp-north-weymoor-scrutiny-committee-2025-02-13.pdf
      the ModernGov "Agenda and minutes" page of the Scrutiny Committee of 13 February 2025
  qp-north-weymoor-disabled-facilities-grants-web-page.pdf
      the council's web page on Disabled Facilities Grants (not minutes)

Usage:  build_qp.py           build documents/qp-* and gold/qp-*.json
        build_qp.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qp-north-weymoor-scrutiny-committee-2025-02-13.pdf"
PAGE_NAME = "qp-north-weymoor-disabled-facilities-grants-web-page.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = "DejaVu"

SITE = "North Weymoor Council"

# ---------------------------------------------------------------------------
# A web page printed from the browser
# ---------------------------------------------------------------------------


def _make_pdf_class():
    from fpdf import FPDF

    class BrowserPrint(FPDF):
        """A4 page as Firefox prints it: title and address in the header, page count and
        the date and time of printing in the footer."""

        def __init__(self, title: str, url: str, stamp: str):
            super().__init__(orientation="P", unit="mm", format="A4")
            self.page_title = title
            self.page_url = url
            self.stamp = stamp
            for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                                ("I", "DejaVuSans-Oblique.ttf"),
                                ("BI", "DejaVuSans-BoldOblique.ttf")):
                self.add_font(FONT, style, str(FONT_DIR / name))
            self.set_margins(16, 17, 16)
            self.set_auto_page_break(True, margin=17)

        def _fit(self, text: str, width: float) -> str:
            if self.get_string_width(text) <= width:
                return text
            while text and self.get_string_width(text + "\u2026") > width:
                text = text[:-1]
            return text + "\u2026"

        def header(self):
            self.set_font(FONT, "", 7.5)
            self.set_text_color(0, 0, 0)
            half = (self.w - 16) / 2 - 4
            self.set_xy(8, 6)
            self.cell(half, 4, self._fit(self.page_title, half), align="L")
            self.set_xy(self.w / 2 + 4, 6)
            self.cell(half, 4, self._fit(self.page_url, half), align="R")
            self.set_xy(self.l_margin, self.t_margin)

        def footer(self):
            self.set_font(FONT, "", 7.5)
            self.set_text_color(0, 0, 0)
            self.set_xy(8, self.h - 10)
            self.cell(60, 4, f"Page {self.page_no()} of {{nb}}", align="L")
            self.set_xy(self.w - 8 - 60, self.h - 10)
            self.cell(60, 4, self.stamp, align="R")

        # --- writing helpers -------------------------------------------------
        def need(self, height: float) -> None:
            if self.get_y() + height > self.page_break_trigger:
                self.add_page()

        def text(self, s: str, size: float = 10, style: str = "", indent: float = 0,
                 h: float = 5, after: float = 2.2, color=(0, 0, 0), md: bool = False):
            old = self.l_margin
            self.set_left_margin(old + indent)
            self.set_x(self.l_margin)
            self.set_font(FONT, style, size)
            self.set_text_color(*color)
            self.multi_cell(0, h, s, align="L", new_x="LMARGIN", new_y="NEXT",
                            markdown=md)
            self.set_left_margin(old)
            self.set_x(old)
            self.set_text_color(0, 0, 0)
            if after:
                self.ln(after)

        def bullets(self, entries, indent: float = 0, size: float = 10, mark="\u2022",
                    after: float = 2.2):
            for entry in entries:
                self.need(5)
                y = self.get_y()
                self.set_font(FONT, "", size)
                self.set_xy(self.l_margin + indent + 1, y)
                self.cell(4, 5, mark)
                self.set_y(y)
                self.text(entry, size=size, indent=indent + 6, after=1.2)
            self.ln(after - 1.2)

        def clauses(self, entries, indent: float = 0, size: float = 10, after: float = 2.2):
            for label, entry in entries:
                self.need(5)
                y = self.get_y()
                self.set_font(FONT, "", size)
                self.set_xy(self.l_margin + indent, y)
                self.cell(8, 5, label)
                self.set_y(y)
                self.text(entry, size=size, indent=indent + 8, after=1.2)
            self.ln(after - 1.2)

        def rule(self, gap: float = 2):
            self.set_draw_color(170, 170, 170)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(gap)

    return BrowserPrint


def new_pdf(title: str, url: str, stamp: str, created: dt.datetime):
    cls = _make_pdf_class()
    pdf = cls(title, url, stamp)
    pdf.set_creation_date(created)
    pdf.set_producer("cairo 1.18.0 (https://cairographics.org)")
    pdf.set_creator("Mozilla Firefox 123.0")
    pdf.set_title(title)
    pdf.add_page()
    return pdf


def site_top(pdf, crumbs: list[str]) -> None:
    """The council's site header, menu, search box and breadcrumb trail."""
    pdf.text("Skip to main content", size=8, color=(40, 40, 120), after=1)
    pdf.text("Cookies on this site: we use essential cookies to make this site work. "
             "Accept all cookies | Reject optional cookies | View cookie settings",
             size=7.5, color=(60, 60, 60), after=2)
    pdf.text(SITE, size=17, style="B", color=(0, 84, 64), h=8, after=0.5)
    pdf.text("Search this site  [                                        ]  Search",
             size=8, color=(60, 60, 60), after=1.5)
    pdf.text("Home    Bins and recycling    Council Tax    Housing    Planning    "
             "Business    Council and democracy    Contact us    My account",
             size=8.5, style="B", color=(0, 84, 64), after=1.5)
    pdf.rule(2)
    pdf.text("You are here:  " + "  >  ".join(crumbs), size=8, color=(60, 60, 60),
             after=3)


def site_bottom(pdf, updated: str | None = None) -> None:
    pdf.ln(4)
    pdf.rule(2)
    if updated:
        pdf.text(updated, size=8, color=(60, 60, 60), after=1.5)
    pdf.text("Accessibility statement    Privacy notice    Cookies    Freedom of "
             "Information    Contact us    Jobs    Sitemap", size=8, color=(0, 84, 64),
             after=1.5)
    pdf.text("North Weymoor Council, Pelland Building, Castlebridge Road, Sallowstow, "
             "TV31 1EA", size=8, color=(60, 60, 60), after=1)
    pdf.text("\u00a9 North Weymoor Council 2025", size=8, color=(60, 60, 60), after=0)


# ---------------------------------------------------------------------------
# The minutes page
# ---------------------------------------------------------------------------

MIN_TITLE = ("Agenda for Scrutiny Committee on Thursday, 13th February, 2025, 6.30 pm - "
             "North Weymoor Council")
MIN_URL = ("https://democracy.northweymoor.gov.uk/ieListDocuments.aspx?CId=318&MId=6042"
           "&Ver=4")
MIN_STAMP = "20/02/2025, 09:41"

DECL_NOTE = ("(Please complete the form provided at the meeting or telephone the Corporate "
             "and Community Services Team to prepare a form for your signature before the "
             "meeting. Interests must be re-declared when the item is called, and "
             "Councillors must leave the room if necessary)")

# Each item: number, title, agenda text (list of lines, may be empty), documents under
# the title, minutes blocks, supporting documents.  Minutes blocks:
#   str                  a paragraph
#   ("md", str)          a paragraph with **bold** parts
#   ("i", str)           an italic paragraph
#   ("b", [str])         a bulleted list
#   ("cl", [(l, str)])   lettered clauses

ITEMS = [
    {
        "no": "34.",
        "title": "Apologies for absence",
        "agenda": [],
        "docs": [],
        "minutes": [
            "Apologies for absence were received from Councillors Braund and Tamlyn. "
            "Councillor Sanger-Ley attended as a substitute for Councillor Braund.",
        ],
        "support": [],
    },
    {
        "no": "35.",
        "title": "To approve as a correct record the minutes of the meeting held on "
                 "9 January 2025 (attached)",
        "agenda": [],
        "docs": [("Minutes, 09/01/2025", "204 KB")],
        "minutes": [
            ("md", "**RESOLVED** that the minutes of the meeting held on 9 January 2025 "
                   "(circulated previously) be approved as a correct record and signed by "
                   "the Chair, subject to minute 29 being amended to read \u201cCouncillor "
                   "Murch\u201d in place of \u201cCouncillor Murcott\u201d."),
        ],
        "support": [("Minutes, 09/01/2025", "204 KB")],
    },
    {
        "no": "36.",
        "title": "Items brought forward which in the opinion of the Chair should be "
                 "considered by the meeting as a matter of urgency",
        "agenda": [],
        "docs": [],
        "minutes": [
            "There were no items brought forward which in the opinion of the Chair "
            "should be considered by the meeting as a matter of urgency.",
        ],
        "support": [],
    },
    {
        "no": "37.",
        "title": "Declaration of Interests",
        "agenda": [DECL_NOTE],
        "docs": [],
        "minutes": [
            "The following declarations of interest were announced:",
            ("b", [
                "Councillor Colwill \u2013 Personal Interest in item 39 (minute 39) as "
                "her daughter was employed as a staff nurse at North Weymoor District "
                "Hospital.",
                "Councillor Loosemore \u2013 Personal Interest in item 42 (minute 42) as "
                "a member of his household had received a Disabled Facilities Grant in "
                "2022.",
            ]),
        ],
        "support": [],
    },
    {
        "no": "38.",
        "title": "Public Question Time",
        "agenda": ["To receive any questions from members of the public, submitted in "
                   "accordance with the Council\u2019s Constitution (Part 4, Council "
                   "Procedure Rules)."],
        "docs": [],
        "minutes": [
            "The Chair advised that one question had been received from a member of the "
            "public in accordance with the Council\u2019s public question time procedure.",
            "Mr Colin Yendell, a resident of Sallowstow, asked the following question:",
            ("i", "\u201cHow many households with children from North Weymoor were placed "
                  "in temporary accommodation outside the district during 2024, and what "
                  "is the Council doing to bring those families back to the area?\u201d"),
            "The Head of Housing and Public Protection responded as follows:",
            ("i", "\u201cDuring the 2024 calendar year, 37 households with children were "
                  "placed in temporary accommodation outside the district for at least "
                  "one night, most of them in Harbrook and Okeworth Vale. On 31 December "
                  "2024, 11 such households remained outside the district. The Council "
                  "has purchased eight family-sized homes in Sallowstow and Lydmoor under "
                  "its Local Authority Housing Fund programme, the last of which will be "
                  "available from April 2025, and no family will be placed outside the "
                  "district where a suitable home is available within it.\u201d"),
            "Mr Yendell asked a supplementary question as to whether children of families "
            "placed outside the district had been able to remain at their existing "
            "schools. The Head of Housing and Public Protection advised that she did not "
            "have that information to hand and that a written response would be provided "
            "to Mr Yendell within 10 working days.",
        ],
        "support": [],
    },
    {
        "no": "39.",
        "title": "Northern Weymoor Healthcare NHS Trust - planned care waiting times and "
                 "urgent and emergency care",
        "agenda": ["Presentation by representatives of Northern Weymoor Healthcare NHS "
                   "Trust."],
        "docs": [("Presentation - NWHT waiting times and urgent care", "1 MB")],
        "minutes": [
            "The Chair welcomed Dr Imogen Trevisa-Hale, Chief Medical Officer, and Mr "
            "Mark Pellow, Director of Operations (Planned Care), Northern Weymoor "
            "Healthcare NHS Trust, to the meeting.",
            "The Committee received a presentation (circulated previously) from the Chief "
            "Medical Officer and the Director of Operations (Planned Care), which "
            "highlighted the following:",
            ("b", [
                "The Trust provided acute services from North Weymoor District Hospital in "
                "Sallowstow and community services from four community hospitals and 11 "
                "community nursing teams across North Weymoor and West Exmere.",
                "At the end of December 2024 there were 31,460 people on the waiting list "
                "for planned treatment, of whom 1,912 had waited more than 52 weeks and 96 "
                "more than 65 weeks.",
                "The national target was that no patient should wait more than 65 weeks "
                "by September 2024. The Trust now expected to meet the target by the end "
                "of March 2025, having been delayed by the loss of two orthopaedic "
                "surgeons and by the refurbishment of Theatre 3.",
                "Ophthalmology, orthopaedics and ear, nose and throat (ENT) accounted for "
                "58% of the patients who had waited more than 52 weeks.",
                "Performance against the four-hour standard in the Emergency Department "
                "had been 66.1% in December 2024, against a national target of 78% by "
                "March 2025.",
                "Ambulance handover delays had averaged 47 minutes in December. A new "
                "Rapid Assessment and Treatment area had opened on 6 January 2025.",
                "The Trust\u2019s vacancy rate had reduced from 9.4% to 6.8% over the "
                "year, although there were continuing vacancies in radiology, dermatology "
                "and anaesthetics.",
            ]),
            "In response to questions from Members, the Director of Operations (Planned "
            "Care) advised the following:",
            ("b", [
                "Whether patients could choose to be treated at another hospital with "
                "shorter waits \u2013 patients who had waited more than 40 weeks were "
                "being contacted and offered treatment elsewhere under the national "
                "mutual aid arrangements; 212 patients had been offered a transfer and 38 "
                "had accepted.",
                "The use of the independent sector to reduce orthopaedic waiting lists "
                "\u2013 the Trust had contracted with a private provider, Hollowmead "
                "Treatment Centre, for 420 hip and knee operations in 2024/25. Patients "
                "remained on the NHS pathway and were treated free of charge.",
                "What support was given to patients while they waited for surgery \u2013 "
                "all patients waiting more than 18 weeks received a letter giving a named "
                "contact, and the Waiting Well programme offered physiotherapy, weight "
                "management and stop smoking support.",
            ]),
            "Councillor Dallyn expressed concern regarding reports from residents of "
            "ambulances queuing outside the Emergency Department for several hours, and "
            "asked what effect this was having on response times in rural areas. The "
            "Chief Medical Officer advised that the Rapid Assessment and Treatment area "
            "had reduced the average handover time to 29 minutes in the first five weeks "
            "of its operation, and that the Trust was working with the ambulance service "
            "so that no crew waited longer than 45 minutes.",
            "Councillor Murch asked how many patients in the hospital were medically fit "
            "for discharge but unable to leave. The Chief Medical Officer advised that on "
            "the day of the meeting there were 63 such patients, of whom 41 were waiting "
            "for a package of care at home from Exmere County Council or an independent "
            "provider. The shortage of domiciliary care workers in the north of the "
            "district remained the single largest cause of delay.",
            "Councillor Quance asked whether the Trust would be sharing the results of its "
            "recent patient survey on the Emergency Department with the Committee. The "
            "Chief Medical Officer confirmed that the survey results would be published in "
            "March and would be shared with the Committee.",
            "The Committee discussed the following:",
            ("b", [
                "The difficulty faced by residents of outlying parishes without a car in "
                "reaching North Weymoor District Hospital for early morning appointments, "
                "given that the first bus from several villages did not arrive in "
                "Sallowstow until after 9.30 am.",
                "The importance of the Trust writing to patients in plain English to let "
                "them know how long they were likely to wait, rather than leaving them to "
                "chase their GP surgery for information.",
            ]),
            "The Chair thanked Dr Trevisa-Hale and Mr Pellow for their attendance.",
            ("md", "**RESOLVED** (unanimous) that:"),
            ("cl", [
                ("(a)", "the presentation be noted; and"),
                ("(b)", "representatives of Northern Weymoor Healthcare NHS Trust be "
                        "invited to attend the meeting of the Committee in October 2025 to "
                        "report on progress in reducing waiting times."),
            ]),
        ],
        "support": [("Presentation - NWHT waiting times and urgent care", "1 MB")],
    },
    {
        "no": "40.",
        "title": "Access to NHS dentistry in North Weymoor",
        "agenda": ["Presentation by NHS Weymoor (Integrated Care Board)."],
        "docs": [("Presentation - NHS dental access, North Weymoor", "786 KB")],
        "minutes": [
            "The Chair welcomed Ms Sian Carew-Doble, Head of Primary Care Commissioning "
            "(Dental), NHS Weymoor, and Ms Ruth Ackland, Manager, Healthwatch Exmere, to "
            "the meeting.",
            "The Head of Primary Care Commissioning (Dental) gave a presentation "
            "(circulated previously) regarding access to NHS dental services in North "
            "Weymoor, which highlighted the following:",
            ("b", [
                "NHS Weymoor had taken over responsibility for commissioning dental "
                "services from NHS England in April 2023.",
                "There were 14 dental practices in North Weymoor holding NHS contracts, "
                "compared with 19 in 2019. Five practices had handed back their contracts "
                "or reduced their NHS activity in the last three years.",
                "In the 24 months to September 2024, 36% of adults in North Weymoor had "
                "seen an NHS dentist, against 40% across the ICB area and nationally. For "
                "children the figure was 51%.",
                "The ICB had procured a new NHS practice in Sallowstow in 2024, to provide "
                "9,000 units of dental activity a year, and had funded 2,400 additional "
                "urgent appointments through its urgent dental care centres.",
                "The Dental Access Line held the details of 6,850 people from the district "
                "who had asked to be contacted when an NHS place became available.",
            ]),
            "Ms Ackland addressed the Committee and advised that dentistry had been the "
            "subject most frequently raised with Healthwatch Exmere in each of the last "
            "eight quarters, and that some residents had reported travelling more than 40 "
            "miles for an urgent appointment.",
            "Councillor Heddon asked how many residents of North Weymoor were currently "
            "waiting for an NHS dentist. The Head of Primary Care Commissioning (Dental) "
            "advised that there was no registration with a dental practice and therefore "
            "no waiting list in the way that there was for a GP, but that the 6,850 "
            "people on the Dental Access Line gave the best indication of unmet need.",
            "Councillor Ashplant queried why the new practice in Sallowstow, which had "
            "been due to open in September 2024, had not yet opened. The Head of Primary "
            "Care Commissioning (Dental) advised that the provider had been unable to "
            "recruit dentists and that, under the terms of the contract, it had until 30 "
            "June 2025 to begin providing services before the ICB could terminate the "
            "contract and re-tender it.",
            "Councillor Quance sought clarification as to whether children in care and "
            "care leavers were given priority for treatment. The Head of Primary Care "
            "Commissioning (Dental) confirmed that children in care were a priority group "
            "under the ICB\u2019s dental access scheme and that care leavers up to the "
            "age of 25 would be added from April 2025.",
            "Councillor Murch commented that the national dental contract was not fit for "
            "purpose and that the Council should add its voice to those calling for it to "
            "be reformed.",
            "The Chair requested that NHS Weymoor provide a list of practices accepting "
            "new NHS patients each month so that it could be circulated to town and "
            "parish councils. The Head of Primary Care Commissioning (Dental) agreed to "
            "provide the list to the Corporate and Community Services Team from March "
            "2025.",
            "It was moved by Councillor Murch and seconded by Councillor Heddon that the "
            "Chair write to the Secretary of State.",
            ("md", "**RESOLVED** (unanimous) that the Chair, on behalf of the Committee, "
                   "write to the Secretary of State for Health and Social Care and to the "
                   "local Member of Parliament, urging that reform of the national dental "
                   "contract be given the highest priority."),
        ],
        "support": [("Presentation - NHS dental access, North Weymoor", "786 KB")],
    },
    {
        "no": "41.",
        "title": "Re-procurement of the Housing Support and Temporary Accommodation "
                 "contract",
        "agenda": ["Report by the Head of Housing and Public Protection (attached)."],
        "docs": [("Report - HSTA re-procurement", "412 KB")],
        "minutes": [
            "The Committee considered a report by the Head of Housing and Public "
            "Protection (circulated previously) regarding the re-procurement of the "
            "Housing Support and Temporary Accommodation contract, which was currently "
            "delivered by Moorstead Housing Support Ltd under a contract let in 2020 and "
            "due to expire on 30 September 2025.",
            "The Head of Housing and Public Protection highlighted the following:",
            ("b", [
                "The current contract covered the management of 46 units of temporary "
                "accommodation leased by the Council, a 12-bed emergency hostel at Castle "
                "Yard, Sallowstow, and floating support for up to 90 households a year.",
                "The annual value of the contract was \u00a31.14m, of which \u00a3412,000 "
                "was met from the Homelessness Prevention Grant.",
                "The number of households in temporary accommodation had risen from 58 in "
                "March 2022 to 131 in December 2024, and the use of bed and breakfast had "
                "risen sharply, at a net cost to the Council of \u00a3623,000 in 2023/24.",
                "Moorstead Housing Support Ltd subcontracted the floating support element "
                "of the contract to the Weymoor Young People\u2019s Trust, a local "
                "charity.",
                "Soft market testing in the autumn of 2024 had attracted responses from "
                "nine organisations.",
                "Four options were set out in the report: to extend the current contract "
                "by up to two years; to re-procure a single contract; to re-procure in "
                "three lots (temporary accommodation management, the emergency hostel, "
                "and floating support); or to bring the service in-house. Officers "
                "recommended option 3.",
                "A survey of 64 people living in temporary accommodation had been carried "
                "out in November 2024 and its findings had been used to shape the service "
                "specification.",
            ]),
            "The Chair invited Councillor Vellacott, Lead Member for Housing and "
            "Community, to address the Committee. Councillor Vellacott advised that the "
            "number of families presenting as homeless because of the ending of private "
            "tenancies had doubled in two years, and that the new contract needed to give "
            "the Council more flexibility to respond to demand.",
            "In response to questions from Members, the Head of Housing and Public "
            "Protection advised the following:",
            ("b", [
                "Whether the current provider had been subject to any financial penalties "
                "under the contract \u2013 two service credits had been applied in 2023 for "
                "late completion of void repairs, totalling \u00a38,400, and performance "
                "had since improved.",
                "How the views of residents of temporary accommodation had been taken into "
                "account \u2013 residents had asked for fewer moves and for support to be "
                "available in the evenings, and both had been written into the "
                "specification.",
                "Whether the new contracts would require staff to be paid the Real Living "
                "Wage \u2013 payment of the Real Living Wage would be a condition of all "
                "three lots and had been included in the pricing model.",
                "The length of the proposed contracts \u2013 each lot would be let for five "
                "years with the option to extend for a further two years, with a break "
                "clause after three years.",
            ]),
            "Councillor Colwill expressed concern that dividing the contract into lots "
            "could make it harder for the current subcontractor, a small local charity, "
            "to continue to provide the floating support service. The Head of Housing and "
            "Public Protection advised that separating floating support into its own lot "
            "was intended to make it easier for local voluntary sector organisations to "
            "bid directly, and that three of the nine responses to soft market testing "
            "had come from charities based in the district.",
            "Councillor Sanger-Ley asked whether the option of bringing the service "
            "in-house had been properly costed. The Director of Resources and Deputy "
            "Chief Executive advised that the options appraisal at Appendix A estimated "
            "that an in-house service would cost approximately \u00a3186,000 more each "
            "year than option 3, largely because of pension and other on-costs, and that "
            "the Council did not currently have the staff or systems to manage the hostel "
            "directly.",
            "Councillor Penwarden asked what would happen if no compliant bids were "
            "received for one or more lots. The Head of Housing and Public Protection "
            "advised that the report sought authority to extend the current contract by "
            "up to six months to allow the lot to be re-tendered.",
            "It was moved by Councillor Sanger-Ley and seconded by Councillor Murch that "
            "the Committee recommend to the Strategy and Resources Committee that a full "
            "business case for bringing the Housing Support and Temporary Accommodation "
            "service in-house be prepared before any procurement commenced.",
            "The motion was put to the vote and was LOST (3 for, 7 against, 0 abstained).",
            "It was then moved by Councillor Hockridge and seconded by Councillor Quance "
            "that the recommendations in the report be supported.",
            ("md", "**RESOLVED** (7 for, 2 against, 1 abstained) that it be "
                   "**RECOMMENDED** to the Strategy and Resources Committee that:"),
            ("cl", [
                ("(a)", "the Housing Support and Temporary Accommodation contract be "
                        "re-procured in three lots, as set out in option 3 of the report;"),
                ("(b)", "delegated authority be given to the Head of Housing and Public "
                        "Protection, in consultation with the Lead Member for Housing and "
                        "Community, to award the contracts following the procurement; and"),
                ("(c)", "the current contract with Moorstead Housing Support Ltd be "
                        "extended for up to six months should no compliant bid be received "
                        "for any lot."),
            ]),
            "In accordance with Council Procedure Rule 19.4, Councillor Sanger-Ley "
            "requested that his vote against the recommendation be recorded.",
        ],
        "support": [("Report - HSTA re-procurement", "412 KB"),
                    ("Appendix A - Options appraisal", "223 KB"),
                    ("Appendix B - Temporary accommodation residents' survey 2024",
                     "318 KB")],
    },
    {
        "no": "42.",
        "title": "Disabled Facilities Grants - performance of the Home Improvement Agency",
        "agenda": ["Report by the Private Sector Housing Manager (attached)."],
        "docs": [("Report - DFG performance 2024-25", "356 KB")],
        "minutes": [
            "The Committee considered a report by the Private Sector Housing Manager "
            "(circulated previously) on the performance of the Disabled Facilities Grant "
            "(DFG) service in 2024/25 to date. Adaptations were delivered through the "
            "Exmere Home Improvement Agency, which was operated on behalf of the Council "
            "by Bridelford Care and Repair Ltd, with building works carried out by "
            "contractors drawn from a framework of eight local firms.",
            "The Private Sector Housing Manager highlighted the following:",
            ("b", [
                "The Council\u2019s allocation from the Better Care Fund for DFGs in "
                "2024/25 was \u00a31.62m, together with \u00a3388,000 carried forward from "
                "2023/24.",
                "96 grants had been approved and 74 adaptations completed between April "
                "and December 2024, most commonly level-access showers, stairlifts and "
                "ramps.",
                "The average time taken from referral to completion had lengthened from 31 "
                "weeks in 2023/24 to 38 weeks.",
                "The discretionary Safe and Warm Grant of up to \u00a35,000 had been "
                "introduced in June 2024 to help older residents with urgent repairs and "
                "heating, and 22 grants had been approved.",
            ]),
            "(Councillor Ashplant left the meeting at 8.21 pm.)",
            "Councillor Penwarden asked why the average time from referral to completion "
            "had increased to 38 weeks. The Private Sector Housing Manager advised that "
            "the main cause was the wait for an occupational therapy assessment by Exmere "
            "County Council, which was currently 19 weeks, and that the Council was "
            "funding a trusted assessor post within the Home Improvement Agency from April "
            "2025 to carry out assessments for straightforward adaptations.",
            "Councillor Dallyn queried whether any of the DFG allocation would be unspent "
            "at the end of the year and, if so, whether it would have to be returned. The "
            "Private Sector Housing Manager advised that an underspend of around "
            "\u00a3300,000 was forecast, which would be carried forward and was already "
            "committed to grants approved but not yet completed.",
            "Councillor Heddon raised concerns regarding the standard of work by one of "
            "the framework contractors, following complaints from a resident in her ward "
            "about a level-access shower which had leaked. The Private Sector Housing "
            "Manager advised that she would not comment on an individual case at the "
            "meeting, but that contractors\u2019 work was inspected on completion and any "
            "defects were required to be put right at no cost to the applicant.",
            "The Committee discussed the following:",
            ("b", [
                "The need to promote the Safe and Warm Grant more widely to older people "
                "living in rural parishes, many of whom did not use the internet.",
                "Whether housing associations were meeting their share of the cost of "
                "adaptations to their own properties.",
            ]),
            ("md", "**RESOLVED** (unanimous) that the performance of the Disabled "
                   "Facilities Grant service be noted."),
        ],
        "support": [("Report - DFG performance 2024-25", "356 KB")],
    },
    {
        "no": "43.",
        "title": "Work Programme 2024/25",
        "agenda": [],
        "docs": [("Work Programme 2024-25", "121 KB")],
        "minutes": [
            "The Committee considered the work programme for 2024/25 (circulated "
            "previously).",
            "Councillor Murch requested that an item on youth vaping and the enforcement "
            "of the ban on the sale of single-use vapes be added to the work programme. "
            "The Senior Corporate and Community Services Officer advised that the Public "
            "Protection Manager and a representative of Exmere County Council\u2019s "
            "Public Health team would be available to attend the meeting on 10 April "
            "2025.",
            "Councillor Quance asked when the Damp and Mould in Private Rented Homes Task "
            "and Finish Group would hold its first meeting. The Chair advised that the "
            "membership had now been confirmed and that the first meeting would be held "
            "on 3 March 2025.",
            ("md", "**RESOLVED** that the work programme for 2024/25 be noted, subject to "
                   "the addition of an item on youth vaping at the meeting on 10 April "
                   "2025."),
            "Chair",
            "The meeting ended at 9.07 pm",
            "NOTE: These minutes will be confirmed as a correct record at the next meeting "
            "of the Committee.",
        ],
        "support": [("Work Programme 2024-25", "121 KB")],
    },
]

ATTENDANCE = [
    ("PRESENT:", "Members:"),
    (None, "Councillor Hockridge (Chair)"),
    (None, "Councillors Ashplant, Colwill, Dallyn, Heddon, Loosemore, Murch, Penwarden, "
           "Quance (Vice-Chair) and Sanger-Ley"),
    ("Officers:", None),
    (None, "Director of Resources and Deputy Chief Executive, Head of Housing and Public "
           "Protection, Private Sector Housing Manager, Housing Options Manager and Senior "
           "Corporate and Community Services Officer"),
    ("Also Present:", None),
    (None, "Councillor Vellacott, Lead Member for Housing and Community"),
    (None, "Dr Imogen Trevisa-Hale, Chief Medical Officer, Northern Weymoor Healthcare NHS "
           "Trust (minute 39)"),
    (None, "Mr Mark Pellow, Director of Operations (Planned Care), Northern Weymoor "
           "Healthcare NHS Trust (minute 39)"),
    (None, "Ms Sian Carew-Doble, Head of Primary Care Commissioning (Dental), NHS Weymoor "
           "(minute 40)"),
    (None, "Ms Ruth Ackland, Manager, Healthwatch Exmere (minute 40)"),
]


def build_minutes(path: Path) -> None:
    pdf = new_pdf(MIN_TITLE, MIN_URL, MIN_STAMP,
                  dt.datetime(2025, 2, 20, 9, 41, 12, tzinfo=dt.timezone.utc))
    site_top(pdf, ["Home", "Council and democracy", "Committee meetings",
                   "Scrutiny Committee",
                   "Meeting of Scrutiny Committee on Thursday, 13th February, 2025, 6.30 pm"])
    pdf.text("Agenda and minutes", size=16, style="B", h=8, after=1.5)
    pdf.text("Scrutiny Committee - Thursday, 13th February, 2025 6.30 pm", size=12,
             style="B", h=6, after=2.5)
    pdf.text("**Venue:** Kingsley Room - Pelland Building, Castlebridge Road, Sallowstow. "
             "View directions", size=9.5, md=True, after=1)
    pdf.text("**Contact:** Corporate and Community Services. Tel: 01632 960431  Email: "
             "memberservices@northweymoor.gov.uk", size=9.5, md=True, after=2.5)
    pdf.text("Media", size=11, style="B", h=6, after=1)
    pdf.text("This meeting was live streamed. Watch the recording on the Council\u2019s "
             "YouTube channel", size=9.5, color=(0, 70, 150), after=2.5)
    pdf.text("Items", size=12, style="B", h=6, after=1)

    left = pdf.l_margin
    numw = 14
    pdf.set_font(FONT, "B", 9.5)
    pdf.set_fill_color(225, 232, 228)
    pdf.cell(numw, 6, "No.", fill=True)
    pdf.cell(0, 6, "Item", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    for item in ITEMS:
        pdf.need(20)
        y = pdf.get_y()
        pdf.set_font(FONT, "B", 10.5)
        pdf.set_xy(left, y)
        pdf.cell(numw, 5.5, item["no"])
        pdf.set_y(y)
        pdf.text(item["title"], size=10.5, style="B", indent=numw, h=5.5, after=0.8)
        for name, size in item["docs"]:
            pdf.text(f"{name} PDF {size}", size=8.5, indent=numw, color=(0, 70, 150),
                     after=0.8)
        for line in item["agenda"]:
            pdf.text(line, size=9.5, indent=numw, after=1.2)
        pdf.ln(1)
        pdf.text("Minutes:", size=10, style="B", indent=numw, after=1)
        for block in item["minutes"]:
            if isinstance(block, str):
                pdf.text(block, indent=numw)
            elif block[0] == "md":
                pdf.text(block[1], indent=numw, md=True)
            elif block[0] == "i":
                pdf.text(block[1], indent=numw + 4, style="I")
            elif block[0] == "b":
                pdf.bullets(block[1], indent=numw)
            elif block[0] == "cl":
                pdf.clauses(block[1], indent=numw)
            else:
                raise ValueError(block[0])
        if item["support"]:
            pdf.text("Supporting documents:", size=9, style="B", indent=numw, after=0.8)
            pdf.bullets([f"{n} PDF {s}" for n, s in item["support"]], indent=numw,
                        size=8.5, after=1)
        pdf.ln(1)
        pdf.rule(3)

    pdf.need(30)
    pdf.text("Attendance details", size=12, style="B", h=6, after=2)
    for label, text in ATTENDANCE:
        if label and text:
            pdf.text(f"**{label}** {text}", md=True, after=1)
        elif label:
            pdf.text(label, style="B", after=1)
        else:
            pdf.text(text, after=1)
    site_bottom(pdf)
    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# The web page on Disabled Facilities Grants (not minutes)
# ---------------------------------------------------------------------------

PAGE_TITLE = "Disabled Facilities Grants and home adaptations - North Weymoor Council"
PAGE_URL = ("https://www.northweymoor.gov.uk/residents/housing/repairs-adaptations-and-"
            "energy/disabled-facilities-grants/")
PAGE_STAMP = "03/03/2025, 16:05"


def build_page(path: Path) -> None:
    pdf = new_pdf(PAGE_TITLE, PAGE_URL, PAGE_STAMP,
                  dt.datetime(2025, 3, 3, 16, 5, 40, tzinfo=dt.timezone.utc))
    site_top(pdf, ["Home", "Housing", "Repairs, adaptations and energy",
                   "Disabled Facilities Grants and home adaptations"])

    def h2(s):
        pdf.need(16)
        pdf.ln(1)
        pdf.text(s, size=12.5, style="B", h=6.5, color=(0, 84, 64), after=1.5)

    pdf.text("Disabled Facilities Grants and home adaptations", size=18, style="B", h=9,
             after=2)
    pdf.text("If you or someone you live with is disabled, you may be able to get a grant "
             "to adapt your home so that you can stay living there safely and "
             "independently.", size=11, h=5.8, after=3)
    pdf.text("On this page", size=10, style="B", after=1)
    pdf.bullets(["What is a Disabled Facilities Grant?", "Who can apply",
                 "How to apply", "How long will it take?", "Paying towards the cost",
                 "Questions to ask before work starts", "You said, we did",
                 "Frequently asked questions", "Other help to stay in your home",
                 "Contact us"], size=9.5, mark="\u203a")

    h2("What is a Disabled Facilities Grant?")
    pdf.text("A Disabled Facilities Grant (DFG) helps towards the cost of adapting your "
             "home. The grant is paid by the Council from money we receive through the "
             "Better Care Fund, and the work is arranged for you by the Exmere Home "
             "Improvement Agency, which runs the service on our behalf.")
    pdf.text("Typical adaptations include:")
    pdf.bullets(["level-access showers and wet rooms", "stairlifts and through-floor lifts",
                 "ramps, handrails and wider doorways", "adapted kitchens, so that you can "
                 "prepare food safely from a wheelchair", "ground-floor bedrooms or "
                 "bathrooms, where there is no other way of meeting your needs",
                 "improved heating or lighting for a disabled person"])
    pdf.text("The most we can pay through a mandatory grant is \u00a330,000. In some cases "
             "we can add a discretionary top-up for larger schemes.")

    h2("Who can apply")
    pdf.text("You can apply if you, or someone who lives with you, is disabled and you:")
    pdf.bullets(["own your home, or are buying it with a mortgage", "rent your home from "
                 "a private landlord or a housing association", "live in a park home or "
                 "on a residential houseboat"])
    pdf.text("You must intend to live in the property for at least five years after the "
             "work has been finished. Landlords can also apply on behalf of a disabled "
             "tenant.")
    pdf.text("If you rent from a housing association, please speak to your landlord "
             "first. Many housing associations carry out smaller adaptations, such as grab "
             "rails and lever taps, themselves.")

    h2("How to apply")
    pdf.clauses([
        ("1.", "Ask Exmere County Council\u2019s Adult Social Care team for an occupational "
               "therapy assessment. You can do this yourself, or a family member, GP or "
               "carer can ask on your behalf. Telephone 03069 990412."),
        ("2.", "An occupational therapist will visit you and decide which adaptations you "
               "need. If they recommend works, they will send a referral to us."),
        ("3.", "A caseworker from the Exmere Home Improvement Agency will contact you, "
               "help you fill in the application form and arrange for plans and "
               "estimates to be drawn up."),
        ("4.", "We will carry out a test of your resources (a means test), unless the "
               "grant is for a child or young person under 19."),
        ("5.", "We will approve the grant in writing and tell you how much it is for. "
               "Please do not start any work before you have received our approval, as we "
               "cannot pay for work that has already been done."),
        ("6.", "The works are carried out by a contractor from our approved framework, "
               "and we pay the contractor direct once the work has been inspected."),
    ])

    h2("How long will it take?")
    pdf.text("We aim to complete straightforward adaptations, such as stairlifts and "
             "level-access showers, within 26 weeks of receiving the occupational "
             "therapist\u2019s referral. Larger schemes, such as extensions, can take a "
             "year or more because they may need planning permission or building "
             "regulations approval.")
    pdf.text("At the moment, many people are waiting longer than this for their first "
             "assessment. From April 2025 a trusted assessor based at the Home Improvement "
             "Agency will be able to assess people who need simpler adaptations, without "
             "waiting for an occupational therapist. If your circumstances change while "
             "you are waiting, please let Adult Social Care know.")

    h2("Paying towards the cost")
    pdf.text("For adults, the amount you may need to pay depends on your income and "
             "savings. Your caseworker will explain the result of the means test and "
             "what your contribution will be before you decide whether to go ahead. "
             "People receiving certain benefits, such as Pension Credit (Guarantee "
             "Credit), Universal Credit or income-related Employment and Support "
             "Allowance, will not normally have to pay anything.")
    pdf.text("If you own your home and the grant is more than \u00a35,000, we may place a "
             "local land charge on the property. You may have to repay part of the grant "
             "if you sell the property within 10 years.")

    h2("Questions to ask before work starts")
    pdf.text("Before you agree to a scheme of work, you may find it helpful to ask your "
             "caseworker:")
    pdf.bullets([
        "Who will carry out the work, and are they on the Council\u2019s approved "
        "framework?",
        "How long will the work take, and will I be able to stay in my home while it is "
        "being done?",
        "Who should I contact if something goes wrong after the work is finished?",
        "Is there a guarantee, and how long does it last?",
        "Will the equipment need servicing, and who will pay for it?",
    ])

    h2("You said, we did")
    pdf.text("In the summer of 2024 we asked everyone who had received a Disabled "
             "Facilities Grant in the previous two years about their experience. 112 "
             "people replied. Here is what you told us and what we have changed.")
    for said, did in (
        ("It was hard to find out how far your application had got.",
         "Every applicant now has a named caseworker, who will update you at least once "
         "every four weeks."),
        ("The means test form was long and confusing.",
         "We have shortened the form and your caseworker can now complete it with you at "
         "home."),
        ("You were not sure who to call when something went wrong after the builders had "
         "left.",
         "Every completed job now comes with a card giving the contractor\u2019s "
         "details, the guarantee period and our aftercare phone number."),
    ):
        pdf.need(16)
        pdf.text(f"**You said:** {said}", md=True, indent=4, after=0.8)
        pdf.text(f"**We did:** {did}", md=True, indent=4, after=2.5)
    pdf.text("You asked whether you could choose your own builder. You can: if you would "
             "prefer, you can get your own estimates and employ your own contractor, as "
             "long as the work meets our specification and is approved before it starts.")

    h2("Frequently asked questions")
    for q, a in (
        ("Do I have to pay the grant back?",
         "Not usually. You will only have to repay part of the grant if you own your "
         "home, the grant was more than \u00a35,000 and you sell the property within 10 "
         "years."),
        ("What happens if I move house?",
         "If you move before the work is finished, the grant will stop. You can apply "
         "again for your new home, but you will need a new assessment."),
        ("Can I get help with repairs that are not adaptations?",
         "You may be able to get a Safe and Warm Grant of up to \u00a35,000 for urgent "
         "repairs or heating if you are over 65 or have a long-term health condition. "
         "See Other help to stay in your home below."),
        ("Will a stairlift be removed if I no longer need it?",
         "Yes. Tell the Home Improvement Agency and they will arrange for it to be taken "
         "out and, where possible, reused."),
    ):
        pdf.need(18)
        pdf.text(q, style="B", after=0.8)
        pdf.text(a, after=2.5)

    h2("Other help to stay in your home")
    pdf.bullets([
        "Safe and Warm Grant \u2013 up to \u00a35,000 for urgent repairs, heating and "
        "insulation for older or vulnerable homeowners.",
        "Handyperson service \u2013 small jobs such as fitting key safes, grab rails and "
        "smoke alarms, run by the Exmere Home Improvement Agency for a small charge.",
        "Equipment such as bath seats, raised toilet seats and perching stools \u2013 "
        "contact Exmere County Council Adult Social Care.",
    ])

    h2("Contact us")
    pdf.text("Private Sector Housing Team, North Weymoor Council, Pelland Building, "
             "Castlebridge Road, Sallowstow, TV31 1EA", after=1)
    pdf.text("Telephone: 01632 960455", after=1)
    pdf.text("Email: privatesectorhousing@northweymoor.gov.uk", after=3)
    pdf.text("Was this page helpful?   Yes   No", size=9, style="B", after=1)
    site_bottom(pdf, "Last updated: 12 February 2025")
    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


HOUSING_HEAD = "Head of Housing and Public Protection"
TRUST_OPS = "Director of Operations (Planned Care)"
CMO = "Chief Medical Officer"
DENTAL = "Head of Primary Care Commissioning (Dental)"
PSH = "Private Sector Housing Manager"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Scrutiny Committee",
    "meeting_date": "2025-02-13",
    "items": [{"number": it["no"].rstrip("."), "title": it["title"]} for it in ITEMS],
    "questions": [
        # 38 public question time
        q("38", "question",
          "How many households with children from North Weymoor were placed",
          "Mr Colin Yendell",
          "37 households with children were placed in temporary accommodation outside the "
          "district",
          HOUSING_HEAD, ["housing", "children-and-families", "patient-and-public-input"]),
        q("38", "question",
          "whether children of families placed outside the district had been able to remain",
          "Mr Yendell",
          "a written response would be provided to Mr Yendell within 10 working days",
          HOUSING_HEAD, ["housing", "children-and-families", "patient-and-public-input"]),
        # 39 NHS trust
        q("39", "question",
          "Whether patients could choose to be treated at another hospital with shorter waits",
          None,
          "212 patients had been offered a transfer and 38 had accepted",
          TRUST_OPS, []),
        q("39", "question",
          "The use of the independent sector to reduce orthopaedic waiting lists",
          None,
          "the Trust had contracted with a private provider",
          TRUST_OPS, ["privatisation", "subcontracting"]),
        q("39", "question",
          "What support was given to patients while they waited for surgery",
          None,
          "the Waiting Well programme offered physiotherapy, weight management and stop "
          "smoking support",
          TRUST_OPS, ["public-health"]),
        q("39", "concern",
          "expressed concern regarding reports from residents of ambulances queuing outside "
          "the Emergency Department",
          "Councillor Dallyn",
          "had reduced the average handover time to 29 minutes",
          CMO, []),
        q("39", "question",
          "asked how many patients in the hospital were medically fit for discharge",
          "Councillor Murch",
          "41 were waiting for a package of care at home",
          CMO, ["adult-social-care", "workforce"]),
        q("39", "question",
          "asked whether the Trust would be sharing the results of its recent patient survey",
          "Councillor Quance",
          "the survey results would be published in March and would be shared",
          CMO, ["patient-and-public-input"]),
        q("39", "concern",
          "The difficulty faced by residents of outlying parishes without a car",
          None, None, None, []),
        q("39", "comment",
          "The importance of the Trust writing to patients in plain English",
          None, None, None, []),
        # 40 dentistry
        q("40", "question",
          "asked how many residents of North Weymoor were currently waiting for an NHS dentist",
          "Councillor Heddon",
          "there was no registration with a dental practice and therefore no waiting list",
          DENTAL, ["primary-care"]),
        q("40", "question",
          "queried why the new practice in Sallowstow, which had been due to open",
          "Councillor Ashplant",
          "the provider had been unable to recruit dentists",
          DENTAL, ["primary-care", "workforce", "subcontracting"]),
        q("40", "question",
          "sought clarification as to whether children in care and care leavers were given "
          "priority",
          "Councillor Quance",
          "care leavers up to the age of 25 would be added from April 2025",
          DENTAL, ["primary-care", "children-and-families"]),
        q("40", "comment",
          "commented that the national dental contract was not fit for purpose",
          "Councillor Murch", None, None, ["primary-care"]),
        q("40", "request",
          "requested that NHS Weymoor provide a list of practices accepting new NHS patients",
          "Chair",
          "agreed to provide the list to the Corporate and Community Services Team",
          DENTAL, ["primary-care"]),
        # 41 temporary accommodation contract
        q("41", "question",
          "Whether the current provider had been subject to any financial penalties",
          None,
          "two service credits had been applied in 2023 for late completion of void repairs",
          HOUSING_HEAD, ["housing", "subcontracting"]),
        q("41", "question",
          "How the views of residents of temporary accommodation had been taken into account",
          None,
          "both had been written into the specification",
          HOUSING_HEAD, ["housing", "patient-and-public-input"]),
        q("41", "question",
          "Whether the new contracts would require staff to be paid the Real Living Wage",
          None,
          "payment of the Real Living Wage would be a condition of all three lots",
          HOUSING_HEAD, ["housing", "workforce", "subcontracting"]),
        q("41", "question",
          "The length of the proposed contracts",
          None,
          "each lot would be let for five years with the option to extend",
          HOUSING_HEAD, ["housing", "subcontracting"]),
        q("41", "concern",
          "expressed concern that dividing the contract into lots could make it harder",
          "Councillor Colwill",
          "intended to make it easier for local voluntary sector organisations to bid directly",
          HOUSING_HEAD, ["housing", "subcontracting"]),
        q("41", "question",
          "asked whether the option of bringing the service in-house had been properly costed",
          "Councillor Sanger-Ley",
          "an in-house service would cost approximately £186,000 more each year than option 3",
          "Director of Resources and Deputy Chief Executive",
          ["housing", "privatisation", "finance"]),
        q("41", "question",
          "asked what would happen if no compliant bids were received for one or more lots",
          "Councillor Penwarden",
          "sought authority to extend the current contract by up to six months",
          HOUSING_HEAD, ["housing", "subcontracting"]),
        # 42 disabled facilities grants
        q("42", "question",
          "asked why the average time from referral to completion had increased to 38 weeks",
          "Councillor Penwarden",
          "the wait for an occupational therapy assessment by Exmere County Council",
          PSH, ["housing", "adult-social-care"]),
        q("42", "question",
          "queried whether any of the DFG allocation would be unspent",
          "Councillor Dallyn",
          "an underspend of around £300,000 was forecast, which would be carried forward",
          PSH, ["housing", "finance"]),
        q("42", "concern",
          "raised concerns regarding the standard of work by one of the framework contractors",
          "Councillor Heddon",
          "any defects were required to be put right at no cost to the applicant",
          PSH, ["housing", "subcontracting"]),
        q("42", "comment",
          "The need to promote the Safe and Warm Grant more widely to older people",
          None, None, None, ["housing", "adult-social-care"]),
        q("42", "question",
          "Whether housing associations were meeting their share of the cost of adaptations",
          None, None, None, ["housing", "finance"]),
        # 43 work programme
        q("43", "request",
          "requested that an item on youth vaping and the enforcement of the ban",
          "Councillor Murch",
          "would be available to attend the meeting on 10 April 2025",
          "Senior Corporate and Community Services Officer",
          ["public-health", "children-and-families"]),
        q("43", "question",
          "asked when the Damp and Mould in Private Rented Homes Task and Finish Group",
          "Councillor Quance",
          "the first meeting would be held on 3 March 2025",
          "Chair", ["housing"]),
    ],
    "resolutions": [
        res("35", "be approved as a correct record and signed by the Chair", "agreed", []),
        res("39", "representatives of Northern Weymoor Healthcare NHS Trust be invited to "
                  "attend", "agreed", []),
        res("40", "urging that reform of the national dental contract be given the highest "
                  "priority", "agreed", ["primary-care"]),
        res("41", "a full business case for bringing the Housing Support and Temporary "
                  "Accommodation service", "rejected", ["housing", "privatisation"]),
        res("41", "the Housing Support and Temporary Accommodation contract be re-procured "
                  "in three lots", "recommended", ["housing", "subcontracting"]),
        res("42", "the performance of the Disabled Facilities Grant service be noted",
            "noted", ["housing"]),
        res("43", "subject to the addition of an item on youth vaping", "agreed",
            ["public-health"]),
    ],
    "attendees": [
        att("Councillor Hockridge", "Chair", "present"),
        att("Councillor Ashplant", None, "present"),
        att("Councillor Colwill", None, "present"),
        att("Councillor Dallyn", None, "present"),
        att("Councillor Heddon", None, "present"),
        att("Councillor Loosemore", None, "present"),
        att("Councillor Murch", None, "present"),
        att("Councillor Penwarden", None, "present"),
        att("Councillor Quance", "Vice-Chair", "present"),
        att("Councillor Sanger-Ley", None, "present"),
        att("Councillor Braund", None, "apologies"),
        att("Councillor Tamlyn", None, "apologies"),
        att("Director of Resources and Deputy Chief Executive", None, "in_attendance"),
        att("Head of Housing and Public Protection", None, "in_attendance"),
        att("Private Sector Housing Manager", None, "in_attendance"),
        att("Housing Options Manager", None, "in_attendance"),
        att("Senior Corporate and Community Services Officer", None, "in_attendance"),
        att("Councillor Vellacott", "Lead Member for Housing and Community",
            "in_attendance"),
        att("Dr Imogen Trevisa-Hale",
            "Chief Medical Officer, Northern Weymoor Healthcare NHS Trust", "in_attendance"),
        att("Mr Mark Pellow",
            "Director of Operations (Planned Care), Northern Weymoor Healthcare NHS Trust",
            "in_attendance"),
        att("Ms Sian Carew-Doble",
            "Head of Primary Care Commissioning (Dental), NHS Weymoor", "in_attendance"),
        att("Ms Ruth Ackland", "Manager, Healthwatch Exmere", "in_attendance"),
    ],
}

PAGE_GOLD = {"document": PAGE_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_page(DOCS / PAGE_NAME)
    for gold in (MINUTES_GOLD, PAGE_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    raise ValueError(path)


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("qp-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): "
                          f"{phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answered = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answered} answered), {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / PAGE_NAME}\ngold in {GOLD}")
