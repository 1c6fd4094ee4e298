"""Answers of the ModernGov web service (mgWebService.asmx).

``GetMeeting`` holds a meeting's agenda items, each minute as HTML in
``minutesnonemptyhtmlbody``, and its attendees. ``GetMeetings`` and ``GetCommittees``
answers saved in the same folder name the committee; on their own they hold no document.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Optional

from lxml import etree

from ..model import Attendee, Block, Extraction
from .errors import ExtractError, NotADocument
from .html import html_to_blocks

ATTENDANCE = {
    "present": "present",
    "expected": "present",
    "attended": "present",
    "in attendance": "in_attendance",
    "apologies": "apologies",
    "apologies received": "apologies",
    "sent apologies": "apologies",
    "absent": "absent",
    "not present": "absent",
}


def _parse(path: Path):
    try:
        return etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    except etree.XMLSyntaxError as e:
        raise ExtractError(f"not well-formed XML ({e.msg}); check the download is complete")


def _text(el, tag: str) -> str:
    found = el.find(tag)
    return (found.text or "").strip() if found is not None and found.text else ""


def _iso(value: str) -> Optional[str]:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(value.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _committee_from_neighbours(path: Path, meeting_id: str) -> Optional[str]:
    """Name the meeting's committee from GetMeetings and GetCommittees answers saved beside
    this file: GetMeetings gives the meeting's committee, GetCommittees its current title."""
    committee_id = title = None
    titles: dict[str, str] = {}
    for other in sorted(path.parent.glob("*.xml")):
        if other == path:
            continue
        try:
            root = etree.parse(str(other)).getroot()
        except (etree.XMLSyntaxError, OSError):
            continue
        if root.tag == "getmeetings":
            for committee in root.iter("committee"):
                for meeting in committee.iter("meeting"):
                    if _text(meeting, "meetingid") == meeting_id:
                        committee_id = _text(committee, "committeeid")
                        title = _text(committee, "committeetitle") or None
        elif root.tag in ("committees", "getcommittees"):
            for committee in root.iter("committee"):
                if _text(committee, "committeeid") and _text(committee, "committeetitle"):
                    titles[_text(committee, "committeeid")] = _text(committee, "committeetitle")
    return titles.get(committee_id or "") or title


def extract(path: Path) -> Extraction:
    root = _parse(path)
    if root.tag in ("getmeetings", "committees", "getcommittees"):
        raise NotADocument("a ModernGov list of meetings or committees; it names the committees of meeting files beside it")
    if root.tag != "meeting":
        raise ExtractError(f"unexpected XML (root <{root.tag}>); minutes reads ModernGov GetMeeting answers")
    meeting_id = _text(root, "meetingid")
    meeting_date = _iso(_text(root, "meetingdate"))
    committee = None
    for tag in ("committeetitle", "refertocommittee"):
        found = root.find(f".//{tag}")
        if found is not None and (found.text or "").strip():
            committee = found.text.strip()
            break
    committee = _committee_from_neighbours(path, meeting_id) or committee

    blocks: list[Block] = []
    has_minutes = False
    for item in root.iter("agendaitem"):
        number = _text(item, "fulldisplaynumberformat").rstrip(".") or _text(item, "minutesitemnumber")
        title = _text(item, "agendaitemtitle")
        blocks.append(Block(text=title or f"Item {number}", page=1, style="heading", number=number))
        minutes = _text(item, "minutesnonemptyhtmlbody")
        if minutes:
            has_minutes = True
            body = html_to_blocks(minutes)
        else:
            body = html_to_blocks(_text(item, "agendatext")) if _text(item, "agendatext") else []
        for block in body:
            block.page = 1
            # Headings inside a minute are not agenda items of their own.
            if block.style == "heading" and block.number is None:
                block.style = None
            blocks.append(block)

    attendees = []
    for person in root.iter("attendee"):
        name = (person.get("name") or "").strip()
        if not name:
            continue
        attendance = ATTENDANCE.get((person.get("attendance") or "").strip().lower(), "present")
        attendees.append(Attendee(name, (person.get("roledescription") or "").strip() or None, attendance,
                                  (person.get("politicalparty") or "").strip() or None))

    title = " – ".join(x for x in (committee, meeting_date) if x) or f"Meeting {meeting_id}"
    metadata = {
        "doc_type": "minutes" if has_minutes else "agenda",
        "committee": committee,
        "meeting_date": meeting_date,
        "title": title,
    }
    return Extraction(blocks=blocks, pages=1, metadata=metadata, attendees=attendees)
