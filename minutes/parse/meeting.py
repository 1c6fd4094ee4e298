"""Meeting details: council, committee, date, title, and who attended."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Optional

from ..markers import NAME_CELL, POST_START
from ..model import Attendee, Block
from .cues import load_cues
from .sentences import split_marker

MONTHS = {
    m: i
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
DATE_PATTERNS = [
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})[/.](?P<num>\d{1,2})[/.](?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<num>\d\d)-(?P<day>\d\d)\b"),
]


_WEEKDAY_DATE = re.compile(rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?:19|20)\d\d\b", re.I)


def find_date(text: str) -> Optional[str]:
    """The first date written in ``text``, as ISO 8601."""
    best = None
    for pattern in DATE_PATTERNS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            month = int(m.group("num")) if "num" in pattern.groupindex else MONTHS[m.group("month").lower()[:3]]
            try:
                best = (m.start(), date(int(m.group("year")), month, int(m.group("day"))).isoformat())
            except ValueError:
                continue
    return best[1] if best else None


def _mostly_capitals(text: str) -> bool:
    """A line in capitals, a stray lower-case letter allowed ("... 2006 AT l0.00 AM", as a
    scan is read)"""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.islower() for c in letters) <= max(1, len(letters) // 50)


def _tidy_case(text: str) -> str:
    text = " ".join(text.split()).strip(" .,:;-–")
    if _mostly_capitals(text):
        small = {"and", "of", "the", "for", "on", "in"}
        text = " ".join(
            w.lower() if w.lower() in small and i else re.sub(r"(^\W*|-)([a-z])", lambda m: m.group(1) + m.group(2).upper(), w.lower())
            for i, w in enumerate(text.split())
        )
    return text


_COUNCIL = re.compile(
    r"^(?:the\s+)?(?:(?:royal\s+)?(?:london\s+)?borough\s+of\s+)?[A-Z][\w .&’'-]{1,60}?\b(?:county|borough|city|district|metropolitan(?: borough)?|town|parish)?\s*councils?$",
    re.I,
)
_BOROUGH_OF = re.compile(r"^(?:the\s+)?(?:royal\s+)?(?:london\s+)?borough\s+of\s+[A-Z][\w .&’'-]{1,60}$", re.I)
_COUNCIL_KINDS = {"borough", "county", "city", "district", "metropolitan", "town", "parish", "council"}
# What a committee's name ends with; a full Council meeting is named by its council.
_BODY = r"(?:Sub[- ](?:[Cc]ommittee|[Bb]oard|[Pp]anel)|Committee|Panel|Board|Commission|Forum|Cabinet|Executive|Council of Governors|Council|Group)"
_WHEN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)"
_NAME = re.compile(
    # ("Health Scrutiny Committee for Wealdmoor": a county's committee named for its area)
    rf"(?P<c>(?:(?:[A-Z][\w&’'-]*|and|of|for|the|on|in|&)(?:,\s*|\s+)){{0,12}}{_BODY}\b(?:\s*\([A-Z][^)]{{2,60}}\))?"
    # ("Scrutiny Committee for Communities, Housing and Customer Services": and for its remit)
    rf"(?:\s+for\s+[A-Z][\w’'-]+(?:(?:,\s*|\s+(?:and|&)\s+|\s+)(?!{_WHEN}\b)[A-Z][\w’'-]+){{0,6}}(?=\s*$|\s*[-–—|:,]|\s+(?:held|on|at)\b))?)"
)
_NOT_A_NAME = re.compile(
    r"^(?:sub[- ]committee|committee|panel|board|commission|forum|(?:public\s+)?document\s+pack)$"
    r"|^(?:councillors?|cllrs?|mr|mrs|ms|dr)\b"
    # "the meeting of this Scrutiny Committee held on ...": another meeting of this one
    r"|^(?:this|that|its|the\s+same|said)\s",
    re.I,
)
# Words before a name that are not part of it: "Minutes of the", "Meeting of", "Draft".
_NAME_LEAD = re.compile(
    # ("Public minutes of ..." but "Public Health Sub-Committee")
    r"^(?:(?:draft|printed|unconfirmed|confirmed|public(?!\s+health)|agenda|minutes|decisions|meeting|notes|record|of|a|an|the|for|and|[-–—:|]"
    # "MINUTES of the OPEN section of the Health and Social Care Scrutiny Commission"
    r"|(?:open|closed|public|private|exempt)\s+(?:section|part)\s+of)\s+)+",
    re.I,
)
_COUNCIL_LEAD = re.compile(
    r"^(?:(?:the\s+)?(?:royal\s+|london\s+)?borough\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:metropolitan\s+borough|county|city|borough|district|town)?\s*council|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:surgery|medical\s+practice|medical\s+centre|health\s+centre))\s+(?=\S)",
    re.I,
)


def _clean_name(name: str) -> Optional[str]:
    name = _tidy_case(name)
    name = _NAME_LEAD.sub("", name)
    rest = _COUNCIL_LEAD.sub("", name)
    if rest != name and re.search(rf"\b{_BODY}\b", rest, re.I) and not re.fullmatch(rf"(?i:{_BODY})", rest):
        name = rest
    # "Health Scrutiny Sub-Committee of the People Overview and Scrutiny Committee": the
    # sub-committee is named without its parent, as its own heading names it.
    name = re.sub(r"(?i)\b(Sub-Committee|Sub-Panel)\s+of\s+the\s+.+$", r"\1", name)
    name = name.strip(" ,.:;-–")
    short = re.search(r"\s*\(([A-Za-z]{2,8})\)$", name)
    if short and short.group(1).upper() == "".join(w[0] for w in re.findall(r"[A-Z][\w’'-]*", name[:short.start()])).upper():
        name = name[:short.start()]  # "Patient Participation Group (PPG)": the initials again
    if not name or len(name) > 120 or _NOT_A_NAME.search(name) or not re.search(rf"\b{_BODY}\b", name, re.I):
        return None
    return name


def _committee(blocks: list[Block], page_title: str, running_header: str = "") -> Optional[str]:
    """The committee a set of minutes records: the name in the title lines, scored; the
    running header over the pages last."""
    cues = load_cues()
    texts = [page_title] if page_title else []
    # "Meeting | Children and Young People Scrutiny Committee" in a table of meeting details
    texts += [m.group(1) for b in blocks[:25] if b.style == "table"
              and (m := re.match(r"(?i:(?:name of (?:the )?)?(?:meeting|committee|body)|meeting of)\s*\|\s*([^|]+)$", b.text.strip()))]
    # (a title framed in a one-cell table: "Minutes of the proceedings of the ... Commission held at ...")
    # "Meeting" over "Health, Housing and Adult Social Care Policy and Scrutiny Committee" in a
    # grid of labels down the page
    texts += [after.text for before, after in zip(blocks[:25], blocks[1:25])
              if re.fullmatch(r"(?i)\s*(?:name of (?:the )?)?(?:meeting|committee|body)\s*:?\s*", before.text)]
    # ("OUTER EAST THAMES JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE Council Chamber, ...": the
    # name in capitals, then the place and date on the same line)
    texts += [part for b in blocks[:25] if (b.style not in ("list", "table") or (b.style == "table" and " | " not in b.text))
              and len(b.text) < 400 for part in _capitals_first(b.text)]
    texts = _rejoin_wrapped_name(texts) + ([running_header] if running_header else [])
    head = "\n".join(_tidy_case(t) if _mostly_capitals(t) else t for t in texts[:15])
    m = cues.meeting_held.search(head)
    # (not "MINUTES OF PREVIOUS MEETING" / "The minutes of the proceedings of the meeting of the
    # Committee held on ...": an item's heading and its minute, naming no committee)
    earlier = re.compile(r"(?i)\W*(?:the\s+)?(?:previous|last|earlier)\s+meeting\b")
    while m and m.group("committee") and not earlier.match(m.group("committee")) \
            and (inner := re.search(r"(?i)\n\W*(?:the\s+)?(?:minutes|notes|record)\s+of\b", m.group("committee"))) \
            and inner.start() < 40:
        # "MINUTES OF PROCEEDINGS" / "Minutes of a meeting of the ... Board held on ...": the
        # heading over the sentence that names the meeting (not "(Record of Decisions)")
        m = cues.meeting_held.search(head, m.start("committee") + inner.start() + 1)
    if m and earlier.match(m.group("committee") or ""):
        m = None
    if m:
        # "the Health Scrutiny Public Forum, a public meeting of ...": the name, not the gloss.
        held = m.group("committee") or m.group("host")
        # ("the Overview and Scrutiny Committee of Yarehithe District Council, held on ...")
        own = re.sub(r",?\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,5}Council\W*$", "", held.strip())
        if own != held.strip() and re.search(rf"(?i)\b{_BODY}$", own):
            held = own
        named = _NAME.match(held)
        name = _clean_name(named.group("c") if named else held)
        if name:
            return _full_council(name)
    # ("Health Scrutiny Committee - Tuesday, 4th March, 2025 1.30 pm" under a website's menus)
    # (one such line only: a website's list of "Upcoming meetings" in that form names others)
    dated = [(k, m) for k, b in enumerate(blocks[:40]) if len(b.text) < 200 and (m := cues.meeting_title_dated.match(b.text.strip()))]
    listed = any(re.search(r"(?i)\b(?:upcoming|forthcoming|future|next|other|recent|previous)\s+meetings\b|\bcalendar\b", b.text)
                 for k, _ in dated[:1] for b in blocks[max(0, k - 3):k])
    if len({m.group("committee").lower() for _, m in dated}) == 1 and not listed \
            and (name := _clean_name(dated[0][1].group("committee"))):
        return _full_council(name)
    best: tuple[float, str] | None = None
    for i, text in enumerate(texts):
        line = _tidy_case(text) if _mostly_capitals(text) else text
        if re.match(r"(?i)\W*(?:members|membership) of\b", line):
            continue  # "Members of the Health Scrutiny Panel" over its members: attendance
        for m in _NAME.finditer(line):
            after = line[m.end():m.end() + 12]
            # "Cabinet Member", "Committee Room 2", "Board of Directors" name people and places.
            if re.match(r"\s*(member|room|chamber|offices?|directors|meeting room|of directors|information|management|system)\b", after, re.I):
                continue
            # "Mr D Ogle (Carers' Forum)": the body a person comes from, not the meeting.
            if line[:m.start()].rstrip().endswith("("):
                continue
            # "in partnership with North Vale Integrated Care Board" over the Board's title: a
            # partner named under the council, not the meeting.
            if cues.partner_named.search(line[:m.start()]):
                continue
            name = _clean_name(m.group("c"))
            if not name:
                continue
            # ("Council tax", "Council and democracy" in a website's menu: a bare body word going
            # on in lower case names no meeting)
            # (not "Cabinet minutes", "Council meeting held on ...")
            if re.fullmatch(_BODY, name) and re.match(
                    r"\s+(?:and\s+)?(?!(?:minutes|meeting|agenda|decisions?|notes?|record|held|on|of|at|in|for|-)\b)[a-z]", line[m.end():]):
                continue
            score = 10 - i * 0.3
            score += 3 * (len(name) >= 0.6 * len(line.strip()))  # a title line
            score += 2 * bool(re.search(r"(?i:committee|panel|board|commission|forum)\b", name))
            # The council's own name heads the page; it names the meeting only when nothing
            # else does (a full Council meeting).
            score -= 8 * (re.search(r"(?i:council)$", name) is not None and _full_council(name) != name)
            score -= 3 * (len(line) > 150)  # named in passing in a paragraph
            if best is None or score > best[0]:
                best = (score, name)
    return _full_council(best[1]) if best else None


_CAPITALS_FIRST = re.compile(r"^((?:[A-Z][A-Z&’'-]*\s+){2,}[A-Z][A-Z&’'-]+)\s+(?=[A-Z][a-z]|\d)")  # (or "... BOARD 19th March, 2025")


def _capitals_first(text: str) -> list[str]:
    """A title in capitals and the words in mixed case after it on the same line, apart."""
    m = _CAPITALS_FIRST.match(text)
    return [m.group(1), text[m.end():]] if m else [text]


# The councils a joint committee is named after, listed on a line of their own: three or
# more ("Wexbridge, Kingsholt, Ashcombe and Marlowe"), or two in capitals ("ASHBY AND
# WENNING"); "Health and Wellbeing Board" is no such list.
_COUNCILS_LINE = re.compile(
    r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?(?:, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)+,? (?:and|AND|&) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?"
    r"|[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+)? (?:AND|&) [A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+)?")


# A political group heading its councillors: "Conservative Group", "Fennhurst Residents' Group",
# "Labour Party"
_PARTY_GROUP = re.compile(r"(?:[A-Z][\w’'&-]*\s+)(?:(?:[A-Z][\w’'&-]*|and|&)\s+){0,5}(?:Group|Party)")


def _rejoin_wrapped_name(texts: list[str]) -> list[str]:
    """"HEALTH OVERVIEW AND SCRUTINY" / "Thornmere" / "COMMITTEE": a title wrapped in a
    header box, a logo's words between its lines. The lone "COMMITTEE" ends the line above."""
    out = list(texts)
    for i, text in enumerate(out[:15]):
        above = out[i - 1].strip() if i else ""
        if above.count("(") > above.count(")") and re.search(rf"(?i:\b{_BODY})\s*\([^()]*$", above) \
                and re.fullmatch(r"[^()]{2,60}\)", text.strip()):
            # "Joint Health Overview and Scrutiny Committee (South Wendale, Morcaster," /
            # "Lindmoor and Wakeholme)": the councils in brackets wrapped onto the next line
            out[i - 1], out[i] = f"{above} {text.strip()}", ""
            continue
        if re.match(r"(?i:joint)\b", text.strip()) and _COUNCILS_LINE.fullmatch(above) \
                and not re.search(rf"(?i:\b{_BODY}\b|\b(health|care|adults?|wellbeing|social|services)\b)", above):
            # "WEXBRIDGE, KINGSHOLT, ASHCOMBE AND MARLOWE" over "JOINT HEALTH OVERVIEW AND
            # SCRUTINY COMMITTEE": the councils a joint committee is named after
            out[i - 1], out[i] = f"{above} {text.strip()}", ""
            continue
        above = out[i - 1].strip() if i else ""
        if re.fullmatch(rf"(?:OVERVIEW|SCRUTINY|SELECT|POLICY)(?: (?:AND|&) SCRUTINY)?(?: AND POLICY DEVELOPMENT)? {_BODY.upper()}", text.strip()) \
                and above.isupper() and len(above.split()) <= 6 and not re.search(r"\d", above) \
                and not re.search(rf"\b(?:{_BODY.upper()}|MINUTES|AGENDA|DOCUMENT|PACK|NOTICE|COUNCIL|BOROUGH|DISTRICT|COUNTY|OF|TO|DRAFT|CONFIDENTIAL|ITEM|APPROVAL|PUBLIC|EXEMPT"
                                  r"|MEETING|EXTRAORDINARY|INFORMAL|RECONVENED|ADJOURNED|WEBCAST|SUPPLEMENTARY|SUMMONS|NOTES|RECORD|DECISIONS?"
                                  r"|REPORT|PART\s+(?:[IVX]{1,4}|[12AB]|ONE|TWO)|SESSIONS?|LIVE STREAM\w*)\b", above) \
                and not re.fullmatch(r"(?:(?:SPECIAL|URGENT|ANNUAL|LIVE|PRIVATE|CLOSED|OPEN|PART)\W*)+", above):
            # "HOUSING AND COMMUNITY" over "OVERVIEW AND SCRUTINY COMMITTEE": the committee's
            # remit, then its kind, on two lines of the title (not "SPECIAL", "CLOSED SESSION"
            # or "PART II" over it: what kind of meeting; "PRIVATE SECTOR HOUSING" is a remit)
            out[i - 1], out[i] = f"{above} {text.strip()}", ""
            continue
        if not re.fullmatch(rf"(?i:{_BODY})", text.strip()):
            continue
        for j in (i - 1, i - 2):
            above = out[j].strip() if j >= 0 else ""
            if above and len(above) < 80 and not re.search(rf"(?i:\b{_BODY}\b)", above) \
                    and re.search(r"(?i:scrutiny|overview|health|select|joint|care|services|wellbeing)$", above):
                out[j], out[i] = f"{above} {text.strip()}", ""
                break
    return out


def _full_council(name: str) -> str:
    """"Kent County Council" meeting as a whole is its "County Council"."""
    if not re.search(r"(?i:council)$", name):
        return name
    return "County Council" if re.search(r"(?i:county council)$", name) else "Council"


# An email's header lines, above minutes sent on by email: they date and name the email.
_EMAIL_HEADER = re.compile(r"^(?:from|to|cc|bcc|date|sent|subject|mime-version|content-[\w-]+|reply-to)\s*:", re.I)


def _without_email_headers(blocks: list[Block]) -> list[Block]:
    """Minutes sent on in an email, without the email's own header lines."""
    if not blocks or not re.match(r"(?i)from\s*:", blocks[0].text):
        return blocks
    blocks = [b for b in blocks if not _EMAIL_HEADER.match(b.text)]
    # ("Dear Panel Members" / "Please see below the draft minutes ... the next meeting on 22
    # January ..." / "Many thanks": the covering note before the minutes' own first line)
    if blocks and re.match(r"(?i)dear\b", blocks[0].text):
        end = next((k for k, b in enumerate(blocks[:20])
                    if re.fullmatch(r"(?i)\W*(?:many |kind |best |warm )?(?:thanks|regards|wishes|thank you)\W*", b.text.strip())), None)
        if end is not None and any(re.match(r"(?i)\W*minutes\b", b.text) for b in blocks[end + 1:end + 16]):
            # (and the name signed under it: "Tamsin"; only where the minutes follow the note;
            # not the committee's own name, nor "MINUTES", opening them)
            signed = blocks[end + 1].text.strip() if end + 1 < len(blocks) else ""
            end += 1 if len(signed.split()) <= 3 and _looks_like_name(signed) and not signed.isupper() \
                and not _names_a_body(signed) and not re.search(rf"\b{_BODY}\b|(?i:\bminutes\b)", signed) else 0
            return blocks[end + 1:]
    return blocks


# A date alone on its line, the weekday and time perhaps with it: "Thursday, 16 January 2025 at 6.00pm"
_DATE_ALONE = re.compile(rf"(?i)(?:(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?\s*:\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:19|20)\d\d"
                         r"(?:,?\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))?"
                         # "11 Sep 2025 - 10:00 to 12:48"
                         r"(?:\s*[-–—,]?\s*\d{1,2}[.:]\d{2}\s*(?:am|pm)?\s*(?:to|-|–)\s*\d{1,2}[.:]\d{2}\s*(?:am|pm)?)?\.?")


def _date_alone(blocks: list[Block]) -> Optional[str]:
    """The first date standing alone on its line, not the one under "Date of next meeting"."""
    return next((find_date(b.text) for k, b in enumerate(blocks) if _DATE_ALONE.fullmatch(b.text.strip())
                 and not (k and re.search(r"(?i)\bnext meeting\b", blocks[k - 1].text))), None)


def meeting_details(blocks: list[Block], metadata: dict, doc_type: str) -> dict:
    blocks = _without_email_headers(blocks)
    head_blocks = blocks[:12]
    head = "\n".join(b.text for b in head_blocks)
    council = metadata.get("council")
    committee = metadata.get("committee")
    title = metadata.get("title")
    meeting_date = metadata.get("meeting_date")

    page_title = metadata.get("page_title") or ""
    # ModernGov page titles: "Agenda for Health Scrutiny Committee on Tuesday, 10th February, 2026, 6.00 pm".
    m = re.match(r"^(?:agenda|minutes|decisions|agenda item|issue)\s+(?:for|-)\s+(?P<c>.+?)\s+on\s+(?P<d>.+)$", page_title, re.I)
    if m:
        committee = committee or m.group("c").strip()
        meeting_date = meeting_date or find_date(m.group("d").replace(",", ""))
    if not council:
        for b in head_blocks[:6]:
            if len(b.text) < 70 and _COUNCIL.match(b.text) and not re.search(r"\b(committee|cabinet|panel|board)\b", b.text, re.I):
                council = _tidy_case(b.text)
                break
    running = metadata.get("running_header") or ""
    if not committee and doc_type in ("minutes", "agenda", "questions"):
        committee = _committee(blocks, page_title, running)
    if not meeting_date and doc_type == "agenda":
        # A front sheet dates its own meeting first; later lines name earlier meetings
        # ("Minutes of the meeting held on 9 January").
        meeting_date = find_date(head)
    earlier = load_cues().earlier_meeting_line
    held = "\n".join(b.text for b in head_blocks if not earlier.search(b.text) and b.style != "list")
    if not meeting_date and doc_type == "minutes" and not re.search(r"(?i)\bheld\b[^\n]{0,160}?\b(?:19|20)\d\d\b", held):
        # "16 January 2025" alone under the committee's name heads its own minutes ("Date:
        # Tuesday 21 January 2025" on a page of meeting details), unless a line says when
        # the meeting was held
        meeting_date = _date_alone(head_blocks[:6]) \
            or next((find_date(m.group()) for b in head_blocks[:3] if (m := _WEEKDAY_DATE.match(b.text.strip()))), None)
        # (or opens the line under it: "Wednesday, 19 November 2025, County Hall, Wychbridge - 10.00 am")
    if not meeting_date:
        # "held on ..." names this meeting; "approved at the meeting on ..." may name another.
        # ("That the minutes of the meeting held on 22 January be confirmed": another meeting)
        # (nor a link in a list of the meeting's papers: "Item 3 - Minutes of the meeting held on ...")
        m = re.search(r"\bheld\b.{0,200}", held, re.I | re.S) \
            or re.search(r"^\s*(?:meeting )?date(?: of (?:the )?meeting)?\s*[:|]\s*.{0,60}", held, re.I | re.M) \
            or re.search(r"(?<!approved at the )(?<!agreed at the )(?<!confirmed at the )(?<!next )(?<!previous )(?<!last )"
                         r"\bmeeting\b.{0,200}", held, re.I | re.S)
        meeting_date = find_date(m.group(0)) if m else None
        if not meeting_date:
            # A meeting is dated with its weekday ("Thursday 20 February 2025"); an email's
            # "Sent:" line or a publication date above it is not.
            for b in blocks[:25]:
                # (not "Draft minutes to be approved at the meeting to be held on Wednesday, ...")
                w = _WEEKDAY_DATE.search(b.text) if not earlier.search(b.text) else None
                meeting_date = find_date(w.group()) if w else None
                if meeting_date:
                    break
        meeting_date = meeting_date or find_date("\n".join(b.text for b in head_blocks if not earlier.search(b.text)))
        if not meeting_date and doc_type == "minutes":
            # "11 Sep 2025 - 10:00 to 12:48" in a page's meeting summary, below its menus (not
            # under "Date of next meeting")
            meeting_date = _date_alone(blocks[:30])
        if not meeting_date and doc_type == "minutes":
            # "At a meeting of the ... COMMITTEE held in the CITY HALL on TUESDAY, 4th MARCH,
            # 2025": the minutes' opening line, below a website's menus and meeting summary
            opening = opening_line(blocks)
            meeting_date = find_date(blocks[opening].text) if opening is not None else None
        meeting_date = meeting_date or find_date(running)
    if not title:
        for b in blocks[:8]:
            text = b.text.strip()
            if len(text) > 3 and not load_cues().single_item_page.match(text):
                title = text[:200]
                break
    return {"council": council, "committee": committee, "meeting_date": meeting_date, "title": title}


# --- Attendance ----------------------------------------------------------------------------

# "Councillors A, B and C": the title is shared by every name after it.
# ("Councillors: Carvell (Chairperson), Okonjo, Brennan")
# ("apologies ... were received from councillors Bowman, Hetherington and Sewell": in lower case
# inside a sentence)
_DISTRIBUTIVE = re.compile(r"^((?:County |Borough |District |City |Town )?[Cc]ouncillors|Cllrs\.?"
                           r"|(?:COUNTY |BOROUGH |DISTRICT |CITY |TOWN )?COUNCILLORS|CLLRS\.?)\s*:?\s+")

def _group_label(text: str) -> bool:
    """A label over another group, not names: "Officers and partners:" beside "Councillors:"."""
    # ("Parish representatives: Ann Blake, Tom Hart": another group's label before its names;
    # "None": nobody)
    return text.rstrip().endswith(":") or re.search(r"(?i)\b(?:officers|partners|others|guests|members|representatives?)\b", text) is not None \
        or re.match(r"[A-Za-z][^:,()]{1,40}:\s", text) is not None or re.fullmatch(r"(?i)\W*(?:none|nil|n/?a|no apologies)\W*", text) is not None


# A label naming everyone after it as councillors: "Councillors:", "Councillors present:"
_COUNCILLORS_LABEL = re.compile(r"(?i)(?:(?:county|borough|district|city|town) )?(?:councillors|cllrs\.?)"
                                r"(?: present| in attendance| attending)?\s*:?")


def _surname_run(text: str) -> Optional[list[str]]:
    """["Harcourt (Chair)", "Mirza"] from "Harcourt (Chair)   Mirza": surnames alone, each
    with its post in brackets or not, as columns of a list run together; None otherwise."""
    cues = load_cues()
    if re.fullmatch(r"(?i)\W*(?:none|nil|n/?a)\W*", text) or attendance_label_alone(text.strip()) \
            or cues.section_labels.match(text.strip().rstrip(":")):
        return None  # ("Apologies", "Substitutes" below the surnames: the next list's label)
    found = re.findall(r"[A-Z][a-z][\w’'-]*(?:-[A-Z][\w’'-]+)?(?:\s*\([^()]{1,60}\))?", text)
    if not found or re.sub(r"\s+", "", "".join(found)) != re.sub(r"\s+", "", "".join(text.split(" | "))):
        return None
    if " | " in text:
        # a row of cells, a surname to each: "Okafor-Lyle (Vice-Chair) | Pettifer"
        if len(found) != len([c for c in text.split(" | ") if c.strip()]):
            return None
    elif len(found) > 1 and any("(" not in w for w in found[:-1]):
        # "Kieran Dunmore Leslie Farrow", "Harriet Lowther (Cabinet Member)": full names, not a
        # surname to each column
        return None
    words = {w.split("(")[0].strip().lower() for w in found}
    if words & (cues.role_words | cues.organisation_words) or any(cues.person_title.match(w + " ") for w in found) \
            or any(cues.party.fullmatch(w.split("(")[0].strip()) for w in found):
        return None
    return [re.sub(r"\s+\(", " (", w) for w in found]


def _one_title(plural: str) -> str:
    """"County Councillors" -> "County Councillor", "Cllrs" -> "Cllr"."""
    one = re.sub(r"[sS]\.?$", "", plural)
    return one[:1].upper() + one[1:]  # ("councillors" in a sentence names "Councillor X")


def one_person(line: str) -> list[tuple[str, Optional[str]]]:
    """"Dr Marcus Leung, Chief Medical Officer, Ashmore and Dellwood Integrated Care Board":
    a line naming one person and their role, commas and all."""
    cues = load_cues()
    words = line.split()
    post = next((k for k, w in enumerate(words) if k >= 2 and w.lower() in cues.role_words), None)
    if post is not None and "(" not in " ".join(words[:post]) and re.search(r"\([^()]{1,40}\)\s*,", line):
        # "Sue Holroyd Head of Primary Care Commissioning (Dental), NHS ...": brackets within
        # the post run on from the name
        people = one_person(re.sub(r"\(([^()]{1,40})\)", "⟨\\1⟩", line))
        return [(name, role.replace("⟨", "(").replace("⟩", ")") if role else role) for name, role in people]
    # ... or after a dash, brackets and all: "Sally Penfold – Chief Executive, Wealdshire
    # Community Action (voluntary sector representative)"
    # ("Imran Daventry, Assistant Director (Commissioning and Quality), Adults and ...": a
    # role with brackets in it)
    m = re.match(r"^(?P<name>(?:(?!\s[–—-]\s)[^,();])+?)\s*,\s*(?P<role>[^();]+?(?:\([^()]{2,60}\)[^();]*?)?)\.?$", line.strip()) \
        or re.match(r"^(?P<name>[^,();–—]+?)\s+[–—-]\s+(?P<role>[^–—;]+?)\.?$", line.strip())
    if not m or re.match(r"(?i:councillors|cllrs)\b", m.group("name")) or _split_run_on_entries(line) != line:
        return []  # (nor two lines of a list run together: "A, Director of X B, Manager")
    name, role = m.group("name"), m.group("role")
    post_in_name = None
    if not _looks_like_name(name):
        # "Gemma Blyth Assistant Director, SEND Strategic Improvement and Early Effectiveness":
        # the post, commas and all, run on from the name in a column beside it
        words = name.split()
        j = next((k for k, w in enumerate(words) if k >= 2 and w.lower() in cues.role_words), None)
        if j is None or not _looks_like_name(" ".join(words[:j])) or "(" in line or _looks_like_name(role):
            return []  # (not "Age UK Westshire Chief Officer, Tom Hill": the post, then the person)
        name, post_in_name = " ".join(words[:j]), " ".join(words[j:])
    dash = re.search(r"\s[–—-]\s(?P<after>.+)$", role)
    # (not "Business Manager - Leisure and Communities": a post's remit after the dash)
    if dash and (len(dash.group("after").split()) > 1 and dash.group("after").split()[0].lower().strip(",") in cues.role_words
                 or cues.person_title.match(dash.group("after") + " ")
                 or _looks_like_name(" ".join(dash.group("after").split(",")[0].split()[:3]))
                 and ("," in dash.group("after") or not _has_role_word(dash.group("after")))):
        return []  # "A – Head of X B - Manager, Y": two people and their roles on one line
    if any(cues.person_title.match(word + " ") for word in role.split()):
        return []  # another person named in the "role": a list of people, not one
    if post_in_name and any(
            _looks_like_name(second.group("name")) and not _names_a_body(second.group("name")) and _opens_post(second.group("post"))
            for second in re.finditer(r"(?:,\s*|,?\s+and\s+)(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}),\s*(?P<post>[^,]+)",
                                      re.sub(r"\([^()]*\)", "", role))):
        return []  # "Sarah Jones Chief Executive, Healthwatch, (and) Tom Brown, Head of Legal": two people
    if post_in_name:
        return [(name, f"{post_in_name}, {role}")]
    if not any(w.lower().strip(",") in cues.role_words for w in role.split()[:4]):
        return []
    return [(name, role)]


# A second sentence after a list of names: "... Victoria Hale. There were no substitutions."
# ("Cllrs. Dyball and Nash", "J. Smith and K. Jones": a title's or an initial's full stop
# ends no sentence)
# "Members were reminded ...", "Members had been sent ...": a label's words as a sentence's
# subject (not "Also present were Councillor A and ...")
_VERB_AFTER_SUBJECT = re.compile(
    r"(?:were|was|are|is)\s+(?!(?:also\s+)?(?:(?:county\s+)?councillors?|cllrs?\.?|mr|mrs|ms|miss|dr|the following|as follows)\b)"
    r"|(?:had|has|have|would|will|should|could|must|may|then|noted|agreed|asked|thanked|welcomed|considered|discussed|received)\b")
_SENTENCE_AFTER = re.compile(
    r"\b[a-z]{3,}\.\s+[A-Z]|(?<!\bCllrs)(?<!\bCllr)(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bProf)(?<!\b[A-Z])\.\s+[A-Z][a-z]+\s+[a-z]{2,}")


def _people_in(line: str) -> list[tuple[str, Optional[str]]]:
    """One person and role to the line, else a list of people."""
    entries = [e.strip() for e in _SURNAME_FIRST_NEXT.split(line.strip())] if _SURNAME_FIRST.match(line.strip()) else []
    heads = [_SURNAME_FIRST.match(e) for e in entries]
    if entries and all(heads) and all(h.end() == len(e) or _has_role_word(e[h.end():]) for h, e in zip(heads, entries)):
        # "Alder, K. Fenwick, J.", "Anderson, N. Senior Manager – Finance", "Kirsop, D.
        # Executive Director ... Lumsden, J. Service Director": people named surname first,
        # two columns run into one line, or one alone ("Alder, K.")
        return [(e[:h.end()].strip(), e[h.end():].strip() or None) for h, e in zip(heads, entries)]
    return one_person(line) or split_people(line)


def split_people(text: str) -> list[tuple[str, Optional[str]]]:
    """"Mr A (Chair), Mrs B, Mr C, OBE and Dr D (Director)" -> [(name, role), ...]."""
    cues = load_cues()
    posts = _posts_alone(re.sub(r"\s+", " ", text).strip().rstrip("."))
    if posts:
        return posts
    text = _separate_people(re.sub(r"\s+", " ", text).strip().rstrip("."))
    # "Helen Marchbank Minutes 26 and 30 Rakesh Vora Minute 31": the minutes each attended for
    text = re.sub(r"(?<=[a-z])\s+Minutes?\s+\d[\w/.]*(?:\s*(?:,|and|&)\s*\d[\w/.]*)*(?=\s+[A-Z(]|\s*[,;]|$)", ",", text)
    text = re.sub(r",(?:\s*[,;])+", ",", text).rstrip(",")
    # "... Hetherington and Sewell together with the Director of Adult Social Care": posts
    # with no names, nobody to list
    posts = re.search(r"\s+together with the (?P<post>[^;]+)$", text)
    if posts and _has_role_word(posts.group("post")) and not cues.person_title.search(posts.group("post")):
        text = text[:posts.start()]
    # "... Senior and Wadsworth together with co-opted member Mrs J Ellam": another group
    text = _TOGETHER_WITH.sub(lambda m: f"; {m.group('rest')} ({m.group('group')})" if not re.search(r",|\sand\s", m.group("rest"))
                              else f"; {m.group('rest')}", text)
    # "Agenda Item 5: A Smith, Director of X; ...": those who attended for one item
    text = re.sub(r"(?i)^(?:for\s+)?(?:agenda\s+)?(?:items?|minutes?)\s+\d[\w/.]*(?:\s*(?:,|and|&)\s*\d[\w/.]*)*\s*:\s*", "", text)
    body = re.match(r"^(?P<label>[^:;()]{3,90}?)\s*:\s+(?P<rest>\S.*)$", text)
    if body and _names_a_body(body.group("label")):
        # "Carnford and Dellwick Hospitals NHS Foundation Trust: Dr N Brereton (...)",
        # "Thamesmere County Council: Marcus Vellacott"
        text = body.group("rest")
    by_post = _posts_with_initials(text)
    if by_post:
        return by_post
    # ("...; Dr B, Director of Public Health; and C, Service Lead, ...": the last after "and")
    entries = [re.sub(r"^(?:and|&)\s+", "", e.strip()) for e in text.split(";") if e.strip()]
    if len(entries) >= 2:
        # "Simon Redgrave, Director of Adults' Health and Care; Karen Ellwood, Assistant
        # Director for Commissioning, Quality and Market Sustainability; ...": semicolons part
        # the people, and each name ends at its first comma.
        # ("Helen Mawson (A,H&W)" alone in its entry, with the directorate's letters)
        pairs = [re.match(r"^(?P<name>[^,()]+?)\s*(?:,\s*(?P<role>.+)|(?P<role_>\((?-i:[A-Z][A-Z,&/ ]{1,11})\)))$", e) for e in entries]
        if all(pairs) and all(_looks_like_name(p.group("name")) for p in pairs):
            people = []
            for p in pairs:
                if p.group("role_"):
                    people.append((p.group("name"), p.group("role_").strip("()")))
                    continue
                # (only under a directorate's letters: not "Peter Brown, Waste Collection and
                # Street Cleansing (Environment)", "Peter Brown, Castle Hill, Moorend (ward councillor)")
                # (or a directorate in words, "Ellie Marsh (Democratic Services)", under names
                # parted by commas alone, none of them a post or a body)
                group = re.match(r"^(?P<other>[^()]+?)\s*\((?P<post>(?-i:[A-Z][A-Z,&/ ]{1,11}|[A-Z][\w’'&-]*(?: [A-Z&][\w’'&-]*){0,3}))\)\s*$", p.group("role"))
                words_post = group is not None and not group.group("post").isupper()
                others = re.split(r",\s*" if words_post else r",\s*|\s+and\s+", group.group("other")) if group else []
                # (not "Jane Smith, Moorend Surgery (Practice Manager)": a post in words is the
                # person's own, not a directorate grouping those before it)
                if words_post and {w.lower() for w in group.group("post").split()} & (_POST_WORDS | {"councillor", "member"}):
                    group = None
                if group and all(_looks_like_name(o) and not _names_a_body(o) and not (words_post and (
                        " and " in o or {w.lower() for w in o.split()} & (cues.role_words | cues.organisation_words)))
                        for o in others):
                    # "Jon Cawthorn, Ellie Marsh (A,H&W)": people grouped under their directorate
                    people += [(p.group("name"), group.group("post"))] + [(o, group.group("post")) for o in others]
                else:
                    people.append((p.group("name"), p.group("role")))
            return people
    run = _name_first_run(re.split(r"\s+[-–—]\s+", text))
    if run:
        text = "; ".join(run)
    distributive = None
    m = _DISTRIBUTIVE.match(text)
    if m:
        distributive = _one_title(m.group(1))
        text = text[m.end():]
    shouting = text.isupper()  # "COUNCILLORS R MOSS AND L VARNEY", from a system that prints in capitals
    # Split on commas, semicolons and "and" outside brackets, remembering each separator so a
    # role split by one ("Cabinet Member for Health and Adult Social Care") can be rejoined.
    parts, seps, depth, current, sep = [], [], 0, "", ""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        word_sep = next((w for w in (" and ", " & ", *((" AND ",) if shouting else ())) if text.startswith(w, i)), None)
        if depth == 0 and (ch in ",;" or word_sep):
            parts.append(current)
            seps.append(sep)
            current, sep = "", (word_sep or ch + " ")
            i += len(word_sep) if word_sep else 1
            continue
        current += ch
        i += 1
    parts.append(current)
    seps.append(sep)
    people: list[tuple[str, Optional[str]]] = []
    role_goes_on = False
    parts, seps = _split_role_name_runs(parts, seps)
    # "Name – Role, Place, Organisation": in a list written with dashes, a part without a
    # dash carries on the role before it.
    dash_list = any(re.search(r"\s[-–—]\s", re.sub(r"\([^()]*\)", "", p)) for p in parts)
    dashed_role = False  # the person before was written "Name – Role"
    post_before = False  # the part before was a post with nobody named
    for n, (part, sep) in enumerate(zip((p.strip() for p in parts), seps)):
        if not part:
            continue
        if post_before and sep == " and " and "(" not in part and not cues.person_title.match(part + " "):
            continue  # "Director – Place and Climate Change": a post named without a person goes on
        post_before = False
        # (a councillor's own post in brackets keeps the title going: "Jones (Vice-Chair)";
        # "Steve Burrows (Strategic Director)" or "Steve Burrows, Healthwatch" ends it)
        own_post = re.sub(r"(?i)\((?:vice[- ])?chair(?:man|person|woman)?\)", "", part)
        role_after = n + 1 < len(parts) and seps[n + 1].startswith(",") and not _looks_like_name(parts[n + 1].strip())
        if sep.startswith(";") and not _DISTRIBUTIVE.match(part) and (
                re.search(r"\s[–—-]\s", part) or cues.person_title.match(part + " ")
                or _has_role_word(own_post) or role_after):
            # "Councillors F Ollerton and J Makin; Steve Burrows – Strategic Director, People":
            # the title shared by the councillors ends with their entry
            distributive = None
        bracket = re.search(r"\(([^()]+)\)\s*$", part)
        if distributive and n and re.match(r"[A-Z]\.?\s+[A-Z]", part) and bracket and _has_role_word(bracket.group(1)) \
                and not re.search(r"(?i)\b(?:chair|substitut|deputis|vice|leader|member|portfolio|cabinet|mayor|"
                                  r"spokes|champion|councillor|opposition|group\b|(?:lead|executive) member)", bracket.group(1)) \
                and all(len(p.strip().split()) == 1 for p in parts[:n] if p.strip()):
            # "Councillors Lowther and Sheriff, and D. Fairweather (Director of Adult Social
            # Care)": an officer after councillors named by surname alone is not one of them
            distributive = None
        # "...; co-opted: Mrs P Garside (Healthwatch)": a group's label inside the list, or a
        # role ("Vice-Chair: Cllr C Okafor") or body ("Healthwatch: Mrs P Garside") before a name.
        # ("NHS West Central London Integrated Care Board: Andrea Whitlock (Director of ...)")
        label = re.match(r"^(?P<label>[A-Za-z][\w’'-]*(?: [\w’'&-]+){0,7})\s*:\s+(?P<rest>\S.*)$", part)
        label_role = None
        # (not "Ruth Kilbride - Executive Director: Adults and Communities": a post with a colon)
        if label and not re.search(r"\s[-–—]\s", label.group("label")) \
                and _looks_like_name(re.sub(r"\s*\(.*", "", label.group("rest"))) and (
                not _looks_like_name(label.group("label"))
                or any(w.lower() in cues.role_words | cues.organisation_words for w in re.split(r"[\s-]+", label.group("label")))):
            part = label.group("rest")
            if not any(pattern.match(label.group("label") + ":") for _, pattern in cues.attendance_labels):
                label_role = label.group("label")
        bare = part.strip(" .")
        if bare in cues.honours and people:
            name, role = people[-1]
            people[-1] = (f"{name}, {bare}", role)
            continue
        m = _DISTRIBUTIVE.match(part)
        if m:
            distributive = _one_title(m.group(1))
            part = part[m.end():]
        role = None
        chair = re.match(r"^(?P<name>.+?),?\s+\(?in the chair\)?$", part, re.I)
        if chair:
            # "Councillor H Lockwood in the Chair"
            part, role = chair.group("name"), "Chair"
        elif people and people[-1][1] and sep == " and " and len(re.split(r"\s+[-–—]\s+", part)[0].split()) == 1 \
                and not cues.person_title.match(part + " ") and not (distributive and re.fullmatch(r"[A-Z][\w’'-]+", part.strip(" ."))):
            # "Joanna Prior – Director of Strategy and Transformation – Northgate ICB" (not "Councillors
            # ..., Shepherdson (substitute for Councillor Croftland) and Sillitoe": a surname)
            name, prev_role = people[-1]
            people[-1] = (name, f"{prev_role}{sep}{part}")
            continue
        lone = re.fullmatch(r"[A-Z][\w’'-]+(?P<bracket>\s*\(.*\))?", part)
        if people and people[-1][1] and not distributive and lone and not cues.person_title.match(part + " ") \
                and (not lone.group("bracket") or role_goes_on or dash_list):
            # "Farah Iqbal Commissioning Manager, Placements and Sufficiency (Children)": one
            # word alone is not a person but more of the role before it ("and McKay (Acting
            # Chief Accountant)" is a person, unless the role was going on already).
            name, prev_role = people[-1]
            people[-1] = (name, f"{prev_role}{sep}{part}")
            role_goes_on = True
            continue
        role_goes_on = False
        # "Councillors Thackray (Chair), ..., Roebuck, Senior and Wadsworth": after a shared
        # title, a word alone is a surname, even one that reads like a post
        surname = bool(distributive) and re.fullmatch(r"[A-Z][\w’'-]+", part.strip(" .")) is not None
        m = re.match(r"^(?P<name>[^()]+?)\s*\((?P<role>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*(?P<rest>.*)$", part)
        dashed = re.match(r"^(?P<left>.+?)\s+[-–—]\s+(?P<right>.+)$", part)
        # (not "Director – Place and Climate Change": one word after the dash is no name)
        if dashed and (_looks_like_name(dashed.group("right")) and not _looks_like_name(dashed.group("left"))
                       and (len(dashed.group("right").split()) >= 2 or cues.person_title.match(dashed.group("right") + " "))
                       or cues.person_title.match(dashed.group("right") + " ") and not cues.person_title.match(dashed.group("left") + " ")):
            # "Chief Executive - Ms F Leggett"
            part, role = dashed.group("right"), dashed.group("left").strip()
        elif dashed and _looks_like_name(dashed.group("left")):
            # "Gareth Ibbotson – Chief Finance Officer (Section 151 Officer)"
            part, role = dashed.group("left"), dashed.group("right").strip()
        elif people and people[-1][1] and dashed_role and sep == " and " and not cues.person_title.match(part + " "):
            # "Simon Keele – Head of Commissioning and Market Management (Adults)"
            name, prev_role = people[-1]
            people[-1] = (name, f"{prev_role}{sep}{part}")
            continue
        elif m:
            part, role = m.group("name"), m.group("role").strip()
            rest = m.group("rest").strip(" ,")
            if rest and not role:
                role = rest
            elif rest and cues.party.fullmatch(rest.strip("() ")):
                role = f"{role} ({rest.strip('() ')})"  # "(Chair) (Lab)": the party goes on
            if re.fullmatch(r"(?i)remotely|virtually|online|in person|via (?:teams|zoom|video link)|by (?:video|telephone|phone)", role):
                role = ""  # "M.F. Quennell (remotely)": how they attended, not a role
            if cues.person_title.match(role + " ") and not _looks_like_name(part.strip()):
                # "The Mayor (Councillor Mrs E Holroyd) in the Chair"
                part, role = role, re.sub(r"^(the|The)\s+", "", part.strip())
        elif people and people[-1][1] and not distributive and not cues.person_title.match(part + " ") and (
            (sep == " and " and len(part.split()) == 1)
            or (dash_list and not dashed and "(" not in part and not (sep.startswith(";") and _looks_like_name(part))
                # (not "..., and Fiona Garside, Assistant Director - Commissioning": a person, her post after a comma)
                and not (len(part.split()) >= 2 and _looks_like_name(part) and n + 1 < len(parts) and seps[n + 1].startswith(",")
                         and _opens_post(parts[n + 1])))
        ):
            # "Dan Cheung – Head of Environment and Leisure": the role goes on after "and".
            name, prev_role = people[-1]
            people[-1] = (name, f"{prev_role}{sep}{part}")
            continue
        elif people and not _looks_like_name(part) and not surname:
            # "James Sumner, Deputy Chief Executive of ...": a role after a comma.
            name, prev_role = people[-1]
            people[-1] = (name, f"{prev_role}{sep}{part}" if prev_role else part)
            continue
        name = part.strip(" ,.")
        if name and not _looks_like_name(name) and not role:
            # "Dr Rachel Amsel Director of Public Health": a role column run into the name.
            words = name.split()
            j = next((k for k, w in enumerate(words) if k >= 2 and w.lower() in cues.role_words), None)
            # "Councillor Maureen Ashby Kelbury Borough Council": the council's name begins
            # after the person's.
            j = next((k for k in range(len(words) - 2, 1, -1) if _COUNCIL.fullmatch(" ".join(words[k:]))
                      and words[k].lower() not in _COUNCIL_KINDS), j)
            if j is not None and _looks_like_name(" ".join(words[:j])):
                name, role = " ".join(words[:j]), " ".join(words[j:])
        if not name or not (_looks_like_name(name) or surname) or (cues.person_title.match(name + " ") and len(name.split()) == 1):
            post_before = bool(name) and _has_role_word(name) and re.search(r"\s[–—-]\s", name) is not None
            continue  # "Present: Cllrs" over a name to a line: the title alone is nobody
        if distributive and not cues.person_title.match(name + " "):
            name = f"{distributive} {name}"
        people.append((name, role or label_role or None))
        dashed_role = bool(dashed and role and part == dashed.group("left"))
    return people


_POST_INITIALS = re.compile(r"(?P<post>[^()]+?)\s*\((?P<initials>[A-Z]{2,4})\)")


@lru_cache(maxsize=1)
def _post_name() -> re.Pattern:
    """"the Director of Resources (G Pennock)", "the Chief Executive (Dr Ann Emery)": the post,
    then the person in brackets."""
    titles = _titles_pattern()
    return re.compile(rf"(?:[Tt]he\s+)?(?P<post>[^()]+?)\s*\((?P<name>(?:{titles}\.?\s+)?(?:[A-Z]\.?\s?){{1,3}}\s[A-Z][\w’'-]+"
                      rf"|{titles}\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\)")


# The words a post begins or ends with: "Chief Executive", "Democratic Services Manager"
_POST_WORDS = frozenset(
    "director officer manager executive head chief clerk adviser advisor solicitor lead commissioner coordinator "
    "co-ordinator consultant analyst assistant secretary controller treasurer accountant engineer inspector "
    "specialist practitioner administrator superintendent leader".split())


def _posts_alone(text: str) -> list[tuple[str, Optional[str]]]:
    """"Chief Executive, Director of Governance and Law, Service Director Housing and
    Democratic Services Manager", "Director for Communities (DFC), ...": officers listed by
    their posts alone, each post standing for its holder."""
    cues = load_cues()

    def bare(part: str) -> str:
        # ("Director for Communities (DFC)": the letters shorten the post; "Head of Legal (JS)"
        # names its holder)
        short = re.fullmatch(r"(?P<post>.+?)\s*\((?P<letters>(?-i:[A-Z]{2,6}))\)", part)
        return short.group("post") if short and _shortens(short.group("letters"), short.group("post")) else part

    parts = [p.strip() for p in re.split(r"\s*[,;]\s*", text.strip(" .")) if p.strip()]
    ands = list(re.finditer(r"\s+and\s+", parts[-1])) if parts else []
    for m in reversed(ands):
        # "... Service Director Housing and Democratic Services Manager"
        last = [parts[-1][:m.start()], parts[-1][m.end():]]
        if all(_post_alone(bare(p), cues) for p in last):
            parts[-1:] = last
            break
    posts = [bare(p) for p in parts]
    if len(posts) < 2 or not all(_post_alone(p, cues) for p in posts):
        return []
    return [(post, None) for post in posts]


def _shortens(letters: str, post: str) -> bool:
    """"DPH" for "Director of Public Health", "DFC" for "Director for Communities"."""
    words = re.findall(r"[A-Za-z][\w’'-]*", post)
    if letters.lower() in load_cues().organisation_words:
        return True  # "Head of Commissioning (ICB)": the body the post is in
    # ("Chief Executive (CEO)": the letters may add the post's last word)
    return any(len(initials) >= 2 and (letters == initials or letters.startswith(initials) and len(letters) - len(initials) == 1)
               for initials in ("".join(w[0] for w in words if w[0].isupper()), "".join(w[0].upper() for w in words)))


def _opens_post(text: str) -> bool:
    """Whether text begins with a post: "Director of Place", "Head of Legal", "Chief Executive"."""
    words = text.split()
    return bool(POST_START.match(text.strip())) or bool(words) and words[0].lower() in _POST_WORDS


# A first name and surname before the words after them: "Tom Baker " of "Tom Baker Director of Place"
_NAME_THEN = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][\w’'-]+ (?=[A-Z])")


# (not "Tom Head", "Sam Leader": surnames that are words of posts)
_POST_END_WORDS = _POST_WORDS - {"head", "leader", "lead", "chief", "clerk"}


def _post_alone(text: str, cues) -> bool:
    segments = re.split(r"\s+[–—-]\s+|\s*\(", text)
    words = segments[0].split()
    # (not "Chief Officer - People and Places (Ms. H. Ashdown)", "Director of Finance - Jane
    # Smith", "Chief Executive (J Smith)", "Head of Legal (JS)": a post and its holder)
    return bool(words) and words[0][:1].isupper() and not cues.person_title.match(text + " ") \
        and not re.search(rf"\((?:(?:{cues.titles})\b|(?:[A-Z]\.?\s*)+[A-Z][a-z]|(?:[A-Z]\.\s*)+[A-Z]|[A-Z][a-z]+ [A-Z][a-z]+\)|(?-i:[A-Z]{{2,4}})\))", text) \
        and not any(len(seg.strip(" )").split()) >= 2 and _looks_like_name(seg.strip(" )")) for seg in segments[1:]) \
        and (_opens_post(text) or words[-1].lower() in _POST_END_WORDS)


def _posts_with_initials(text: str) -> list[tuple[str, Optional[str]]]:
    """"Director – Housing (GR), Governance Officer (CT)": officers printed by their post and
    initials. Not "Director of Public Health (DPH)", where the letters shorten the post."""
    cues = load_cues()
    people = []
    for entry in re.split(r"(?<=\))\s*(?:[,;]|\band\b)\s*", text.strip()):
        named = _post_name().fullmatch(entry.strip())
        if named and _has_role_word(named.group("post")) and not _looks_like_name(named.group("post")):
            people.append((named.group("name"), named.group("post").strip(" ,–—-")))
            continue
        m = _POST_INITIALS.fullmatch(entry.strip())
        if not m:
            return []
        post, initials = m.group("post").strip(" ,–—-"), m.group("initials")
        acronym = "".join(w[0] for w in re.findall(r"[A-Za-z][\w’'-]*", post) if w[0].isupper())
        if initials == acronym or cues.party.fullmatch(initials) or _looks_like_name(post) or "," in post \
                or cues.person_title.match(post + " ") or not _has_role_word(post):
            return []
        people.append((initials, post))
    return people


def _split_role_name_runs(parts: list[str], seps: list[str]) -> tuple[list[str], list[str]]:
    """"Director of Resources - Mr A Colquhoun Monitoring Officer - Mrs H Dunmore": one
    person per "role - name" pair, the name ending where the next role's words begin."""
    cues = load_cues()
    out_parts, out_seps = [], []
    for part, sep in zip(parts, seps):
        segments = re.split(r"\s+[-–—]\s+", part.strip())
        pairs: list[str] = []
        if len(segments) > 2:
            role = segments[0]
            for k, segment in enumerate(segments[1:], 1):
                words = segment.split()
                if k == len(segments) - 1:
                    name, next_role = segment, ""
                else:
                    j = next((i for i, w in enumerate(words) if i >= 2 and w.lower() in cues.role_words), None)
                    if j is None:
                        break
                    name, next_role = " ".join(words[:j]), " ".join(words[j:])
                if not cues.person_title.match(name + " "):
                    break
                pairs.append(f"{role} - {name}")
                role = next_role
            else:
                out_parts.extend(pairs)
                out_seps.extend([sep] + [", "] * (len(pairs) - 1))
                continue
        out_parts.append(part)
        out_seps.append(sep)
    return out_parts, out_seps


def _name_first_run(segments: list[str]) -> list[str]:
    """"Tom Whitfield - Head of Commissioning Grace Oduya - Democratic Services Officer":
    each name is the last two or three words before its dash."""
    if len(segments) < 3 or not _looks_like_name(segments[0]):
        return []
    titles = load_cues().person_title
    pairs, name = [], segments[0]
    for segment in segments[1:-1]:
        words = segment.split()
        size = 3 if len(words) > 3 and titles.match(words[-3] + " ") else 2
        role, following = " ".join(words[:-size]), " ".join(words[-size:])
        if ";" in segment:
            # "...; Russell Kaye and Nadia Shah – Scrutiny Support": the people after the last
            # semicolon share the post after the dash (written out below, one to a post)
            role, following = (p.strip() for p in segment.rsplit(";", 1))
            if not all(_looks_like_name(n) for n in re.split(r"\s+(?:and|&)\s+", following)):
                return []
        elif not _looks_like_name(following):
            return []
        if not role:
            return []
        pairs.append(f"{name} - {role}")
        name = following
    pairs.append(f"{name} - {segments[-1]}")
    shared = []
    for pair in pairs:
        names, post = pair.split(" - ", 1)
        shared += [f"{n} - {post}" for n in re.split(r"\s+(?:and|&)\s+", names)] if " - " in pair else [pair]
    return shared


def _separate_people(text: str) -> str:
    """Put commas between people a layout ran together: "Councillor A Councillor B",
    "Mr A (Chair) Mr B (Director)"."""
    cues = load_cues()
    titles = cues.person_title
    # "Dawn Okafor (Director of Housing) Gareth Pemberton (Head of Repairs)": a name and its
    # bracketed role after the bracket before
    text = re.sub(r"\)\s+(?=(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+\s*\()", "), ", text)
    text = _split_run_on_entries(text)
    if _NAMES_GRID.fullmatch(text) and not {w.lower() for w in text.split()} & (cues.role_words | cues.organisation_words) \
            and not cues.person_title.search(text) and not any(cues.party.fullmatch(w) for w in text.split()):
        # "Graham Ashworth Pauline Hartshorne": a row of a grid of names, two words each
        text = re.sub(r"(\S+ \S+) (?=\S)", r"\1, ", text)
    # "Susan Bickerton (Vice-Chair (Scrutiny)) Derek Holloway": a name after the bracket before
    text = re.sub(r"\)\s+(?=[A-Z][a-z’'-]+\s+[A-Z][\w’'-]+\s*$)", "), ", text)
    if _INITIALS_GRID.fullmatch(text):
        # "A Barraclough M Fenwick J Harrop": a row of a grid of members, initial and surname
        text = re.sub(r"(?<=[a-z’')])\s+(?=(?:[A-Z]\.?\s)+[A-Z][a-z])", ", ", text)
    words = text.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        if i and titles.match(word + " ") and len(words) > i + 1 and words[i + 1][:1].isupper():
            prev = words[i - 1]
            if titles.match(f"{prev} {word} "):
                out.append(word)  # "Chief Inspector": one title of two words
                continue
            if (prev[-1:].isalnum() or prev.endswith(")")) and not titles.match(prev.strip("([") + " ") \
                    and prev.lower().lstrip("(") not in ("the", "and", "by", "of", "from", "for", "to", "with", "county", "borough",
                                             "district", "city", "town", "parish"):
                out[-1] = prev + ","
        elif i and words[i - 1].endswith(")") and re.fullmatch(r"[A-Z]\.?", word) and len(words) > i + 1 \
                and re.match(r"[A-Z]", words[i + 1]):
            out[-1] = words[i - 1] + ","  # "D R Halloran (Chairman) C Ashworth-Lee (Vice Chairman) B Caddick"
        out.append(word)
    return " ".join(out)


_REPRESENTATIVES = re.compile(r"(?i)^(?:the\s+)?(?:[\w-]+\s+){0,3}representatives?(?:\s+(?:of|from|for)\b.{2,80})?$")
_TOGETHER_WITH = re.compile(r"\s+together with\s+(?:the\s+)?(?P<group>(?i:co-opted|co-optee|independent|added|parent governor|church|statutory)"
                            r"[\w -]{0,30}?(?i:members?|representatives?|co-optees?)),?\s+(?P<rest>\S.*)$")
_NAMES_GRID = re.compile(r"[A-Z][a-z’'-]+ [A-Z][a-z][\w’'-]*(?: [A-Z][a-z’'-]+ [A-Z][a-z][\w’'-]*)+")
_INITIALS_GRID = re.compile(r"(?:(?:[A-Z]\.?\s)+[A-Z][a-z][\w’'-]*(?:\s\([^()]{2,30}\))?\s*){2,}")
_RUN_ON_ENTRY = re.compile(r"(?<=[a-z)])\s+(?P<name>[A-Z][a-z’'-]+\s+[A-Z][\w’'-]+)(?=,\s+(?P<post>[^,;()]{2,80}))")
_JOINING_WORDS = {"of", "for", "and", "the", "to", "in", "at", "on", "with", "&"}


def _split_run_on_entries(text: str) -> str:
    """"Councillor Jean Farrant, Lead Member for Adult Social Care and Health Graham Pellow,
    Director of ...": two entries of a list, one to a line, run together where the first
    filled its line. After a name and its post, a two-word name whose post follows its comma
    begins the next entry."""
    cues = load_cues()
    first = text.find(", ")
    if first < 0:
        return text
    out, last = [], 0
    for m in _RUN_ON_ENTRY.finditer(text, first + 2):
        before = text[:m.start()].split()
        name = {w.lower() for w in m.group("name").split()}
        if (before and before[-1].lower() not in _JOINING_WORDS and not cues.person_title.match(before[-1] + " ")
                and not name & (cues.role_words | cues.organisation_words)
                and {w.lower() for w in re.findall(r"[\w-]+", m.group("post"))} & cues.office_words
                and "," in text[last:m.start()]):
            out.append(text[last:m.start()] + ";")
            last = m.start()
    return "".join(out) + text[last:]


_NAME_WORD = re.compile(r"^(?:[A-Z][\w’'.-]*|[A-Z]|de|van|von|da|di|le|la|O’\w+)$")


_CAPS_WORDS = r"[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){0,2}"


def _rejoin_split_labels(blocks: list[Block]) -> list[Block]:
    """Labels in a column of their own, wrapped over two lines beside the names: "APOLOGIES FOR
    Councillors Jopson and Readman" over "ABSENCE", "CO-OPTED MEMBER A Coverdale (...)" over
    "(NON-VOTING)", or "ALSO IN" alone over a line whose names "ATTENDANCE" cuts in two."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        block, nxt = blocks[k], blocks[k + 1] if k + 1 < len(blocks) else None
        text = block.text.strip()
        head = re.match(rf"({_CAPS_WORDS})\s+(?=\S*[a-z]|[A-Z]\.?\s)(.+)$", text)
        tail = re.fullmatch(r"\(?[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+)?\)?", nxt.text.strip()) if nxt is not None else None
        if head and tail and attendance_label_alone(f"{head.group(1)} {tail.group()}") \
                and (not attendance_label_alone(head.group(1)) or tail.group().startswith("(")):
            out.append(replace(block, text=f"{head.group(1)} {tail.group()}: {head.group(2)}"))
            k += 2
            continue
        alone = re.fullmatch(_CAPS_WORDS, text) if nxt is not None else None
        alone = alone if alone and not attendance_label_alone(text) else None
        inside = re.search(rf"\s({_CAPS_WORDS})\s", nxt.text) if alone else None
        if inside and attendance_label_alone(f"{text} {inside.group(1)}"):
            # "ALSO IN" / "Councillor A Pounder (...) ATTENDANCE H Stobbart (...)"
            rest = f"{nxt.text[:inside.start()].strip()}, {nxt.text[inside.end():].strip()}"
            out.append(replace(nxt, text=f"{text} {inside.group(1)}: {rest}"))
            k += 2
            continue
        out.append(block)
        k += 1
    return out


def _unbracketed(line: str) -> str:
    """"(Apologies for absence were received from Councillors B. Holden and F. Mistry.)": the
    sentence without the brackets set round the whole of it."""
    text = line.strip()
    if not text.startswith("("):
        return line
    depth = 0
    for k, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return text[1:k] if not text[k + 1:].strip(" .") else line
    return line


def _looks_like_name(text: str) -> bool:
    titled = load_cues().person_title.match(text + " ")
    if titled and len(text.split()) <= 6:
        rest = (text + " ")[titled.end():].split()  # after "Dr", "Chief Inspector"
        if not rest:
            return False  # "Chief Constable" alone is a post
        # "Mrs C Head" is a name; "Dr Hannah Wexford Healthwatch Ashby" runs into a role.
        role_like = len(rest) >= 3 and {w.lower() for w in rest} & load_cues().role_words
        return all(_NAME_WORD.match(w) for w in rest) and not role_like
    words = text.split()
    if not 1 <= len(words) <= 6:
        return False
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    # Job titles written in capitals are not names, nor groups of them ("Parent Governors").
    return not ({w.lower() for w in words} | {w.lower().removesuffix("s") for w in words}) & load_cues().role_words


_WRAPPED_TAIL = re.compile(r"\s(?P<tail>present|in attendance|attending)\s*:\s*(?P<rest>.+)$")


def _unwrapped_label(text: str) -> str:
    """"Co-opted Members Councillors A (X), present: B (Y) and C (Z)": a label wrapped in a
    narrow column beside its names ("Co-opted Members" / "present:"), read as one again."""
    cues = load_cues()
    # "-: Present :-" set off with dashes and colons; "(Also in attendance: Councillors A, B and C)"
    # in brackets: the label and its names
    decorated = re.fullmatch(r"\s*-\s*:\s*(?P<label>[A-Za-z][\w ]{2,40}?)\s*:\s*-\s*", text) \
        or re.fullmatch(r"\s*\((?P<label>[A-Za-z][\w ]{2,40}?:\s*\S.*)\)\W*", text)
    if decorated and any(pattern.match(decorated.group("label")) for _, pattern in cues.attendance_labels):
        label = decorated.group("label")
        return label if ":" in label else f"{label}:"
    tail = _WRAPPED_TAIL.search(text)
    if not tail or any(pattern.match(text) for _, pattern in cues.attendance_labels):
        return text
    words = text[:tail.start()].split()
    for n in range(1, min(4, len(words) - 1) + 1):
        label = f"{' '.join(words[:n])} {tail.group('tail')}:"
        if any(pattern.fullmatch(label + " ") or ((m := pattern.match(label)) is not None and m.end() >= len(label) - 1)
               for _, pattern in cues.attendance_labels):
            return f"{label} {' '.join(words[n:])} {tail.group('rest')}"
    return text


# "... and A Fenwick (Democratic Services Officer). Apologies for absence were submitted for
# Councillors A Brindley and C Wragg.": the apologies in a sentence of their own, run on
_NEXT_LIST = re.compile(r"(?<=[a-z).])\.\s+(?=(?:Apologies for absence|Apologies|Also (?:in attendance|present)|In attendance)\b[^.]{0,40}?\b(?:were|was)\b)")


def _attendance_sentences(block: Block) -> list[str]:
    if block.style == "table":
        return [block.text]
    parts = _NEXT_LIST.split(block.text)
    return [p if k == len(parts) - 1 else p + "." for k, p in enumerate(parts)]


def attendance_from_blocks(blocks: list[Block]) -> list[Attendee]:
    """Attendance lists ("PRESENT: ...", "Apologies: ...") and attendance tables."""
    cues = load_cues()
    found: list[Attendee] = []
    label_state: Optional[str] = None
    letter_key = _letter_legend(blocks)  # "P: Present", "A: Apologies ...": the key to letters beside names
    columns: Optional[list[str]] = None  # attendance by column, under "Members | Officers and guests"
    role_column: Optional[int] = None  # under "Name | Organisation | Role", the column giving roles
    last_named: Optional[str] = None  # a name alone on the line before, its role perhaps below
    row_label: Optional[str] = None  # the attendance a table row's label cell gave
    row_title: Optional[str] = None  # ... and the title its names share ("Councillors: | Bromley | ...")
    councillors_over = False  # "Councillors:" alone over surnames: each a councillor
    councillor_lines = 0  # lines of names under it given the title so far
    marks: Optional[tuple[str, str]] = None  # "(* present)": the mark beside some names, what it says
    table_marks: dict[str, str] = {}  # a table's key to its marks: {"*": "present", "ø": "apologies"}
    blocks = [replace(b, text=_unwrapped_label(part)) for b in _rejoin_split_labels(_rejoin_broken_lines(blocks))
              for part in _attendance_sentences(b)]
    # The key may come after the list it explains: "*Present" under the grid of names.
    after = next((legend for b in blocks[:60] if (legend := _mark_legend(b.text.strip(), alone=True))), None) \
        or _key_below_grid(blocks[:60])
    # ... and give more than one mark: "* Denotes Member present" / "† Denotes apologies received"
    keyed = dict(legend for b in blocks[:60] for part in _KEY_PARTS.split(b.text.strip())
                 if (legend := _mark_legend(part.strip(), alone=True)))
    chair_above: Optional[str] = None  # "Chairman:" alone over the chair's name
    title_over: Optional[str] = None  # "Councillors" alone over the members' surnames
    columns_run: Optional[list[str]] = None  # "Present Absent": two columns of names run together
    party_columns = False  # the members listed in a column for each party, headed by the parties' names
    group: Optional[str] = None  # "In attendance:" alone over "Councillors: ...", "Officers: ..."
    grouped = False  # ... a sub-label has followed the heading (names straight under it end the group)
    names_row = False  # the row before was a row of names in columns
    marked_one: Optional[int] = None  # the one name marked "p" or "a" on the line before
    surname_rows = False  # rows of surnames in columns under "Councillors:" go on
    titled_rows = False  # rows headed "Councillors" in their first cell ("–" below: the same)
    for k, block in enumerate(blocks):
        named_before, last_named = last_named, None
        if block.style != "table":
            role_column = row_label = row_title = None  # a table's "Role" column ends with the table
        # "Cllr Yvonne Tasker ........ (Chair)", "APOLOGIES ........ Cllr Neil Fothergill";
        # "Ms C Idowu *" marked for a footnote, at the end of a line or of a table cell, or
        # "Priya Ballard*," within a list.
        text = re.sub(r"\s*\.{3,}\s*", " ", block.text).strip()
        # "Councillor M. Tranwell (Chair, in the Chair)": the chair, once
        text = re.sub(r"(?i)\(\s*((?:vice[- ])?chair(?:man|person|woman)?)\s*,\s*in the chair\s*\)", r"(\1)", text)
        by_letter = _lettered_people(text, letter_key) if letter_key and label_state and block.style != "table" else []
        if by_letter and re.match(rf"(?:{'|'.join(map(re.escape, letter_key))})\s", text):
            # "P Brian Ackland – P Ruth Denbury" under "Councillors:", with "P: Present" and
            # "A: Apologies for absence submitted" below: each name as its letter says
            for attendance, name in by_letter:
                found.extend(Attendee(n, r, attendance) for n, r in split_people(name))
            continue
        surnames = _surname_run(text) if councillors_over and label_state == "present" else None
        # (a row of two or more in cells, or one alone only under such rows: not a website's
        # menu, "Calendar", "Committees", under a "Councillors" link)
        surnames = surnames if surnames and (len(surnames) >= 2 and " | " in text or surname_rows) else None
        surname_rows = bool(surnames)
        if surnames:
            # "Okafor-Lyle (Vice-Chair) | Pettifer", "Fairweather": more of the surnames under
            # "Councillors:", in columns
            found.extend(Attendee(n, r, label_state) for n, r in _people_in("Councillors " + ", ".join(surnames)))
            continue
        if block.style == "table":
            cells = [c.strip() for c in text.split(" | ")]
            # "Councillors | H. Nuttall (Vice-Chair) | K. Greenhalgh" then "– | A. Crabtree | ...":
            # the title in the first cell is every name's in the row, and in the rows marked below it
            titled = re.fullmatch(r"(?i)(?:(?:county|borough|district|city) )?(?:councillors|cllrs\.?)", cells[0]) \
                or (titled_rows and re.fullmatch(r"[–—\-\"”']?", cells[0]))
            titled_rows = bool(titled) and len(cells) > 1 and all(
                _looks_like_name(re.sub(r"\s*\([^()]*\)$", "", c)) for c in cells[1:] if c)
            if titled_rows:
                found.extend(Attendee(n, r, label_state or "present")
                             for c in cells[1:] if c
                             for n, r in _people_in(c if cues.person_title.match(c + " ") else "Councillor " + c))
                continue
            keys = [_mark_legend(c, alone=True) for c in cells]
            if len(cells) > 1 and all(keys):
                # "* Denotes attendance | ø Denotes apology for absence" over "* | Cllr A | ø | Cllr B"
                table_marks = dict(keys)
                continue
            if table_marks and len(cells) % 2 and len(cells) > 2 and cells[0] not in table_marks:
                cells = ["", *cells]  # the first mark's cell was empty
            if table_marks and len(cells) > 1 and not len(cells) % 2 and all(not c or c in table_marks for c in cells[0::2]) \
                    and all(_looks_like_name(re.sub(r"\s*\([^()]*\)$", "", c)) for c in cells[1::2]):
                for mark, name in zip(cells[0::2], cells[1::2]):
                    found.extend(Attendee(n, r, table_marks.get(mark, "absent")) for n, r in _people_in(name))
                continue
        words = text.split() if block.style != "table" and len(text) < 40 else []
        heads = [next((a for a, p in cues.attendance_columns.items() if p.fullmatch(w)), None) for w in words]
        if 2 <= len(heads) <= 3 and all(heads) and len(set(heads)) == len(heads):
            # "Present Absent" over "Councillor A (Chair) Councillor B": two columns run together
            columns_run, label_state = heads, heads[0]
            continue
        if columns_run and block.style != "table":
            starts = [m.start() for m in re.finditer(rf"(?:^|\s)(?:{_titles_pattern()})\.?\s", text)]
            if 1 <= len(starts) <= len(columns_run) and starts[0] == 0:
                cells = [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]
                found.extend(Attendee(n, r, state) for cell, state in zip(cells, columns_run) for n, r in _people_in(cell))
                continue
            columns_run = None
        run = _keyed_run(text, keyed) if len(keyed) > 1 and block.style != "table" else None
        if run is not None:
            # "Councillors: * Graham Tolley * Nitin Raval (2)", "† Dr Samir Kotecha - Kenwold
            # Local Medical Committee": each name marked with what the key says of it
            label, people, tail = run
            chair = cues.chair_alone.fullmatch(label + ":") if label else None
            for state, name in people:
                for n, r in _people_in(name):
                    found.append(Attendee(n, r or (chair.group("role") if chair else None), state))
            if tail:
                found.extend(attendance_from_blocks([Block(text=tail, page=block.page)]))
                label_state = next((a for a, p in cues.attendance_labels if p.match(tail)), None)
            elif label and not chair:
                label_state = next((a for a, p in cues.attendance_labels if p.match(label)), label_state)
            continue
        legend = _mark_legend(text, alone=True)
        if legend and (label_state or marks or legend == after):
            marks = legend  # "Elected Members:" over "(* present)", then "* Councillor A", "Councillor B"
            continue
        if label_state == "present" and block.style != "table" and re.fullmatch(r"(?i)councillors|cllrs\.?", text):
            title_over = _one_title(text)  # "Councillors" alone over a surname to a line
            continue
        if title_over and label_state and not any(p.match(text) for _, p in cues.attendance_labels) \
                and text.lower() not in cues.role_words | cues.organisation_words \
                and (re.fullmatch(r"(?:[A-Z]\.?\s){0,2}[A-Z][\w’'-]*[a-z][\w’'-]*", text)
                     or cues.person_title.match(text + " ") and len(text.split()) <= 3):
            # "Addison", "D Coulton", "Mrs Lund" under "Councillors"
            found.append(Attendee(text if cues.person_title.match(text + " ") else f"{title_over} {text}", None, label_state))
            continue
        title_over = None
        if after and re.fullmatch(r"(?i)\W*membership\W*", text):
            # "Membership" over the members in columns, those present marked and the key below
            # ("* Present"): without marks, the list says who sits on the committee, not who came
            label_state = "present"
            continue
        lone_chair = cues.chair_alone.fullmatch(text)
        if lone_chair and block.style != "table" and len(found) <= 1:
            # "Chairman:" over "* Councillor Graham Pellow" and the rest of the members
            label_state, chair_above, marks = "present", lone_chair.group("role"), marks or after
            continue
        if label_state == "present" and block.style != "table" and _party_header(text):
            party_columns = True  # "LABOUR CONSERVATIVE LIBERAL DEMOCRAT AND" over the names in columns
            continue
        if party_columns and label_state == "present" and re.fullmatch(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*", text) \
                and not cues.person_title.match(text + " ") and not text.isupper() \
                and not any(p.match(text) for _, p in cues.attendance_labels):
            # "Hargreaves Pollard Fenwick": a row of surnames across the party columns
            found.extend(Attendee(f"Councillor {w}", None, "present") for w in text.split())
            continue
        lettered = _lettered_people(text, letter_key) if label_state and block.style != "table" else []
        if marked_one is not None and not lettered and block.style != "table" and len(text.split()) <= 8 \
                and not cues.person_title.match(text + " ") and not _COUNCIL.match(text) \
                and not any(p.match(text) for _, p in cues.attendance_labels) \
                and re.search(r"\b(?:Member|Representative|Co-optee)$", text):
            # "p Alan Westlake MBE" over "Independent Co-opted Member": the post under a marked name
            if found[marked_one].role is None:
                found[marked_one] = replace(found[marked_one], role=text)
            marked_one = None
            continue
        marked_one = None
        if lettered:
            # "p Councillor Alan Dunford a Councillor Sheila Ormerod p ...": present and absent marked
            for attendance, name in lettered:
                for n, r in split_people(name):
                    found.append(Attendee(n, r or chair_above, attendance))
                    chair_above = None
            marked_one = len(found) - 1 if len(lettered) == 1 else None
            continue
        if re.match(r"(?i)\W*(?:venue|contact|place|location|address|time|date|webcast|media)\s*:", text):
            label_state = None  # "Venue: Committee Room 1 - Hallbridge Town Hall, ...": the meeting's details, nobody
            continue
        titles = _titles_pattern()
        if after and marks is None and label_state == "present" and re.match(rf"\s*{re.escape(after[0])}\s*(?:{titles})\.?\s", text):
            marks = after  # "*Councillor A | Councillor B" under "Attendance", "*Present" below the grid
        if marks and block.style == "table" and label_state == "present" and all(
                re.match(rf"(?:{re.escape(marks[0])})?\s*(?:{titles})\.?\s", c) for c in text.split(" | ") if c.strip()):
            text = " ".join(c.strip() for c in text.split(" | "))  # a row of the grid set as a table
            block = replace(block, style=None)
        cells = [c.strip() for c in text.split(" | ")]
        if marks and block.style == "table" and label_state == "present" and len(cells) == 2 \
                and re.match(rf"(?:{re.escape(marks[0])})?\s*(?:{titles})\.?\s", cells[0]) \
                and not cues.person_title.match(cells[1] + " "):
            # "Councillor J Cattermole | Dunmarsh District Council" in the grid, read as a table:
            # the name, marked or not, and the body it comes from
            mark = cells[0].startswith(marks[0])
            state = marks[1] if mark else ("absent" if marks[1] == "present" else "present")
            found.extend(Attendee(n, r or cells[1], state) for n, r in split_people(cells[0].strip(marks[0] + " ")))
            continue
        if marks and block.style != "table" and label_state == "present" \
                and len(re.findall(rf"(?:^|\s)(?:{re.escape(marks[0])})?(?:{titles})\.?\s", text)) >= 2:
            # "* Councillor A * Councillor B Councillor C": a row of a grid, a mark before some
            # names ("Councillor A * Councillor B": or after them)
            mark = re.escape(marks[0])
            if text.rstrip().endswith(marks[0]) and not text.lstrip().startswith(marks[0]):
                cells = [(m, n) for n, m in re.findall(rf"((?:{titles})\.?\s.+?)\s*({mark}?)(?=\s+(?:{titles})\.?\s|\s*$)", text)]
            else:
                cells = re.findall(rf"({mark}?)\s*((?:{titles})\.?\s.+?)(?=\s*{mark}|\s+(?:{titles})\.?\s|$)", text)
            for m, name in cells:
                state = marks[1] if m else ("absent" if marks[1] == "present" else "present")
                for n, r in split_people(name):
                    found.append(Attendee(n, r or chair_above, state))
                    chair_above = None
            continue
        marked = marks is not None and (text.startswith(marks[0] + " ") or text.endswith(marks[0]))
        if marked:
            text = text.strip().strip(marks[0]).strip()  # "✓ Councillor A Smith": the mark is no part of the name
        text = re.sub(r"\s*[*†‡]+(?=$| \| |\n)|(?<=[A-Za-z0-9)])[*†‡]+(?=[,;.]?\s|[,;.]?$| \()", "", text)
        text = re.sub(r"(?<![\w@])@(?=[A-Z])", "", text)  # "@Cllr Harriet Okonedo": people mentioned on a wiki page
        text = re.sub(r"\b(Councillor|Officer|Member|Cllr)\(s\)", r"\1s", text)  # "Councillor(s) A and B", "Officer(s):"
        row_before, names_row = names_row, False  # (a lone name goes on only straight after a row of names)
        if block.style == "table":
            cells = [c.strip() for c in text.split(" | ")]
            heads = [next((a for a, p in cues.attendance_columns.items() if p.match(c)), None) for c in cells]
            if len(cells) > 2 and heads[0] is None and re.fullmatch(r"(?i:authority|council|organisation|body|group|party)", cells[0]):
                heads[0] = "group"  # "Authority | Present | Apologies": the first column groups the people
            if len(cells) == 1 and not heads[0]:
                # ("Other Members also in attendance:" across the table)
                heads[0] = next((a for a, p in cues.attendance_labels if (m := p.match(cells[0])) and m.end() == len(cells[0])), None)
            if len(cells) == 1 and heads[0]:
                # "Members", "In attendance" across the table: the rows below are so
                label_state, columns = heads[0], None
                continue
            if all(heads):
                columns = heads
                continue
            tops = [next((a for a, p in cues.attendance_columns.items() if p.match(c.split("\n")[0].strip())), None)
                    if "\n" in c else None for c in cells]
            if all(tops):
                # "Committee Members" / "Others Present" heading each cell, a name to a line below
                for cell, attendance in zip(cells, tops):
                    for line in cell.split("\n")[1:]:
                        found.extend(Attendee(n, r, attendance) for n, r in _people_in(line.strip()))
                continue
            if len(cells) > 1 and all(_COUNCIL.match(c) or _names_a_body(c) for c in cells):
                # "Calderbrook Council | Wenning Borough Council": each authority's members below
                columns = [label_state or "present"] * len(cells)
                continue
            if label_state and len(cells) == 2 and (_COUNCIL.match(cells[0]) or _BOROUGH_OF.match(cells[0])) \
                    and (cues.person_title.match(cells[1] + " ") or _looks_like_name(" ".join(cells[1].split()[:2]))):
                # "London Borough of Brackwood | Maureen Tyler (Chairman) and Keith Darville"
                found.extend(Attendee(n, r, label_state) for n, r in split_people(cells[1]))
                continue
            # (a party's group, "Labour and Co-operative Group", "Fennhurst Residents' Group": not
            # "Patient Reference Group")
            if label_state == "present" and len(cells) == 2 and _PARTY_GROUP.fullmatch(cells[0]) \
                    and (cues.person_title.match(cells[1] + " ") or _looks_like_name(" ".join(cells[1].split()[:2]))):
                if re.search(rf"\b(?:{cues.party.pattern})\b", cells[0], re.I) \
                        or re.search(r"(?i)\b(?:party|residents|independents?|alliance|ratepayers)\b", cells[0]):
                    # "Conservative Group | Trudy Kemal (Chairman) and Martin Askew-Doyle": councillors
                    # listed by their political group
                    names = cells[1] if cues.person_title.match(cells[1] + " ") else f"Councillors {cells[1]}"
                    found.extend(Attendee(n, r, label_state, party=cells[0]) for n, r in split_people(names))
                    continue
                if cues.person_title.match(cells[1] + " "):
                    # "Patient Reference Group | Mrs Jean Smith": whom the member represents
                    found.extend(Attendee(n, r or cells[0], label_state) for n, r in split_people(cells[1]))
                    continue
            if len(cells) > 1 and all(cues.minutes_table_heading.match(c) for c in cells if c):
                # "Minute No. | Description/Decision | Action By/Deadline": the minutes begin
                label_state, columns = None, None
                continue
            if all(_OTHER_HEADING.fullmatch(c) for c in cells) or len(cells) > 1 and re.fullmatch(r"(?i)names?|attendees?", cells[0]) \
                    and all(len(c.split()) <= 3 for c in cells):
                # "Name | Role | Organisation", "Name | Organisation | Role | Voting member": a
                # table of its own begins
                columns = None
                role_column = next((k for k, c in enumerate(cells) if re.fullmatch(r"(?i)roles?|position|job title", c)), None)
                continue
            if columns and len(cells) <= len(columns):  # empty cells at the end are dropped
                # Several people to a cell, one to a line.
                for cell, attendance in zip(cells, columns):
                    if attendance == "group":
                        continue
                    for line in cell.split("\n"):
                        found.extend(Attendee(n, r, attendance) for n, r in _people_in(line))
                continue
            if label_state and cells and all(_SURNAME_FIRST.fullmatch(c) for c in cells):
                # "Bell, T. | Lockhart, S.": surnames first, in columns under "BOARD MEMBERS"
                found.extend(Attendee(c, None, label_state) for c in cells)
                continue
            entries = [one_person(c) for c in cells if c]
            if label_state and len(entries) > 1 and all(len(e) == 1 for e in entries):
                # "Rachel Venn, Chief Executive | Fiona Carrow, Deputy Chief Executive": a person
                # and post to a cell, two to a row
                found.extend(Attendee(n, r, label_state) for e in entries for n, r in e)
                continue
            bare = [re.sub(r"\s*\([^()]*\)$", "", c) for c in cells]
            bodies = cues.organisation_words | {"ward", "group", "division", "party"}
            if label_state and (len(cells) > 1 or row_before) and all(_looks_like_name(b) and len(b.split()) >= 2 and not cues.party.fullmatch(b)
                                                                     and not {w.lower() for w in b.split()} & bodies for b in bare):
                # "Fiona Harcourt (Chairman) | Helena Frost": a list of names set in two columns
                # (the last row perhaps with one name: "E Walmsley")
                found.extend(Attendee(n, r, label_state) for c in cells for n, r in _people_in(c))
                names_row = True
                continue
            labelled = _labelled_row(cells)
            if labelled is not None:
                found.extend(labelled)  # "Members present | Councillors A (Chair), B and C"
                row_label = labelled[0].attendance if labelled else None
                # ("Councillors: | Bromley | Fairclough": the title goes on to the rows below)
                row_title = labelled[0].name.split()[0] if labelled and len(cells) > 2 and labelled[0].role is None \
                    and cues.person_title.match(labelled[0].name + " ") else None
                continue
            if row_label and row_title and all(_looks_like_name(c) and len(c.split()) == 1 for c in cells if c):
                # "Dunnett | Grocott | Mellor" under "Councillors: | Bromley | ..."
                found.extend(Attendee(f"{row_title} {c}", None, row_label) for c in cells if c)
                continue
            if row_label and len(cells) == 2 and _looks_like_name(cells[0]) and _has_role_word(cells[1]):
                found.append(Attendee(cells[0], cells[1], row_label))  # "Alison Birtles | Home Improvement Agency Manager"
                continue
            if row_label and len(cells) == 1 and cues.person_title.match(cells[0] + " "):
                # "Present: | Councillor H Lightfoot (Chair)" over a row with the label cell
                # empty: "Councillors D Ashcroft, M Quayle ...", the same list going on
                found.extend(Attendee(n, r, row_label) for n, r in split_people(", ".join(cells[0].split("\n"))))
                continue
            # "Cllrs C Bowden, K Pengelly and W Stidston (via Teams)" across the table, or
            # "6 | O&S.63/24 | Ms C Oduya, Associate Director ...; Dr R Haldane, ..." beside the
            # item they attended for: a list of people in one cell
            listed = [c for c in cells if not _ITEM_REFERENCE.fullmatch(c)]
            people = split_people(listed[0]) if label_state and len(listed) == 1 and (len(cells) > 1 or "," in listed[0]) else []
            if people and all(_looks_like_name(n) and cues.person_title.match(n + " ") for n, _ in people):
                found.extend(Attendee(n, r, label_state) for n, r in people)
                continue
            # A row under "In attendance" is in attendance unless a cell says otherwise.
            found.extend(_table_row(text, label_state or "present", role_column))
            continue
        later = cues.embedded_label.search(text) if label_state is None else None
        if later and text[later.start()] == "." and re.search(r"(?i)\b(held|meeting|minutes|notes)\b", text[:later.start()]) \
                and not any(pattern.match(text) for _, pattern in cues.attendance_labels):
            # "... held in the Council Chamber on 14 October 2025. Councillors present: Cllr
            # R Hussain (Chair), ...": the list begins after the sentence naming the meeting.
            text = text[later.end():]
        tail = re.search(r"[.:]\s+(?P<label>[A-Z][A-Z ]{2,40})$", text) if label_state is None else None
        tail_label = next((a for a, p in cues.attendance_labels
                           if tail and (m := p.match(tail.group("label"))) and m.end() == len(tail.group("label"))), None)
        if tail_label:
            # "Minutes of a meeting ... held on 10 September 2025." with "PRESENT" run into it;
            # "PRESENT: Cllrs A, B and C. APOLOGIES" over the next line: the list before it kept
            head = text[:tail.start("label")].strip()
            if any(p.match(head) for _, p in cues.attendance_labels):
                found.extend(attendance_from_blocks([replace(block, text=head)]))
            label_state = tail_label
            continue
        record = _STATUS_RECORD.match(split_marker(text)[1])
        if record and _looks_like_name(record.group("name")):
            # "Councillor Helen Marchbank – Chair – Present": name, role and attendance.
            found.extend(_table_row(" | ".join(record.group("name", "role", "status")), label_state or "present"))
            continue
        chair_first = cues.chair_line.match(text)
        if chair_first:
            found.append(Attendee(chair_first.group("names"), "Chair", "present"))
            label_state = "present"  # "County Councillors A (Vice-Chairman), B and C." follow
            continue
        chair = cues.chair_label.match(text)
        if chair and cues.person_title.match(chair.group("names") + " "):
            # "In the Chair: Cllr D Pickersgill" heading the attendance
            role = "Chair" if chair.group("role").lower() == "in the chair" else chair.group("role")
            found.extend(Attendee(n, r or role, "present") for n, r in split_people(chair.group("names")))
            label_state = "present"
            continue
        matched = False
        for attendance, pattern in cues.attendance_labels:
            m = pattern.match(text)
            if m:
                rest = text[m.end():].strip()
                received = cues.apologies_received.match(rest)
                verb = re.search(r"\b(?:were|was)\s*$", m.group(0))
                # (not "Also present were the Chair of ..., Councillor J Barker": a label all the same)
                if not received and ":" not in text[:m.end()] \
                        and not re.search(r"(?i)\b(?:present|attendance|attending)\b", text[:m.end()]) \
                        and (_VERB_AFTER_SUBJECT.match(rest) or verb and re.match(
                            r"(?-i:[a-z])(?!(?:also\s+)?(?:present|in attendance|attending|received|submitted|given|tendered|noted|recorded|as follows)\b)", rest)):
                    label_state = None
                    break  # "Members were reminded of ...": a sentence about them, no label, and the lists above are over

                if received and ":" not in text[:m.end()]:
                    # "APOLOGIES FOR ABSENCE WERE RECEIVED FROM ...": a sentence, read as one
                    # elsewhere; it ends the list above it
                    label_state = marks = chair_above = group = None
                    matched = True
                    break
                if received:
                    rest = rest[received.end():]  # "Apologies: received from Cllr A and Cllr B."
                sentence = cues.apologies_sentence.match(rest) if attendance == "apologies" else None
                if sentence:
                    # "APOLOGIES: Apologies for absence ... were submitted on behalf of Councillors A and B."
                    rest = sentence.group("names")
                if attendance == "apologies" and re.match(r"^(none|no apologies|nil)\b", rest, re.I):
                    matched = True
                    break
                if cues.attendance_group_label.match(text) and group:
                    attendance, grouped = (group if group in ("in_attendance", "apologies") else attendance), True
                else:
                    group, grouped = (None if rest else attendance), False
                # "Present: Cllrs A, B, Officers: C (Head of Housing), Also attending: D": one
                # line, several labels.
                cuts = [0] + [x for m in cues.embedded_label.finditer(rest) for x in m.span()] + [len(rest)]
                rest, *others = [rest[a:b] for a, b in zip(cuts[::2], cuts[1::2])]
                marks = _mark_legend(text[:m.end()]) or marks  # "MEMBERS PRESENT (* denotes attendance):"
                chair_above, party_columns = None, False
                councillors_over = bool(_COUNCILLORS_LABEL.fullmatch(text[:m.end()].strip()))
                councillor_lines = 0
                surnames = _surname_run(rest) if councillors_over and rest and not re.search(r",|\sand\s", rest) else None
                surnames = surnames if surnames and len(surnames) >= 2 else None
                surname_rows = bool(surnames)
                if surnames:
                    rest = "Councillors " + ", ".join(surnames)  # "Councillors: Harcourt (Chair)   Mirza": two columns
                elif councillors_over and rest and not cues.person_title.match(rest + " ") \
                        and (re.search(r",|\sand\s", rest) or len(rest.split()) == 1) and not _group_label(rest):
                    rest = f"Councillors {rest}"  # "Councillors: Okonjo-Ward (Chair), Haverley and Rawal": each a councillor
                for name, role in split_people(rest):
                    found.append(Attendee(name, role, attendance))
                for other in others:
                    found.extend(attendance_from_blocks([Block(text=other, page=block.page)]))
                # More names may follow on the next lines, a person or a list to a line; not
                # after sentences ("Apologies were received from X. There were no substitutions.")
                label_state = None if _SENTENCE_AFTER.search(rest) else attendance
                matched = True
                break
        if matched:
            continue
        if label_state and block.style == "heading" and (re.fullmatch(r"[\w ’'-]{2,40}\bgroup", text, re.I)
                                                          or cues.party.fullmatch(text)):
            continue  # "Conservative Group" over its members: the list goes on
        if label_state and block.style == "heading" and _REPRESENTATIVES.match(text) and k + 1 < len(blocks) \
                and _people_in(split_marker(blocks[k + 1].text)[1]):
            continue  # "Representatives of NHS Providers" over the board members they send
        if label_state == "in_attendance" and block.style == "heading" and k + 1 < len(blocks) \
                and (re.fullmatch(r"[A-Z][\w ,&’'-]{2,60}:", text) or _names_a_body(text) or _COUNCIL.match(text)) \
                and _people_in(blocks[k + 1].text.split(" | ")[0]):
            # "Adult Services and Housing:" over its officers, under "Employees (by Directorate):";
            # "Midshires Ambulance Service NHS Trust" over its people, under "In attendance:"
            continue
        following = blocks[k + 1].text.strip() if k + 1 < len(blocks) else ""
        if block.style == "heading" and (_COUNCIL.match(text) or (label_state and _names_a_body(text))) \
                and label_state in (None, "present") and (cues.person_title.match(split_marker(following)[1] + " ")
                                                          or _SURNAME_FIRST.match(following)):
            # A joint committee lists its members under each council's name ("District
            # Councils", "Healthwatch Wealdmoor" under the members present too).
            label_state = "present"
            continue
        if label_state and (block.style == "list" or split_marker(text)[0] in ("•", "·", "-", "–", "▪", "●", "*")):
            text = split_marker(text)[1]  # "• Helen Crouch, Executive Director, ..."
        if label_state and re.fullmatch(r"[A-Z][\w’'-]*:?", text) and not cues.party.fullmatch(text) \
                and text.lower().rstrip(":") not in cues.organisation_words | cues.role_words:
            label_state = None  # "Agenda" after the apologies: one word alone heads what follows
        if label_state and find_date(text):
            label_state = None  # "Minutes of the meeting ... held on 9 September 2025 ...": the lists are over
        embedded = cues.embedded_label.search(text) if label_state else None
        # (a word alone before the label, "District Councillors:", is part of the label)
        head_people = [(n, r) for n, r in split_people(text[:embedded.start()]) if len(n.split()) >= 2] \
            if embedded and embedded.start() > 0 else []
        if head_people and len(text) < 800 and block.style != "heading":
            # "Present:" over "Cllr A (Chair), Cllr B and Cllr C. Apologies: Cllr D.": the list
            # goes on up to the next label, which heads a list of its own.
            found.extend(Attendee(n, r, label_state) for n, r in head_people)
            tail = text[embedded.end():]
            found.extend(attendance_from_blocks([Block(text=tail, page=block.page)]))
            # the list under the later label may go on below it
            label_state = next((a for a, p in cues.attendance_labels if p.match(tail)), None)
            label_state = None if label_state is None or _SENTENCE_AFTER.search(tail) else label_state
            continue
        # ("Councillor B Coulthard (Chair)" set in bold under "Present:" is a person all the same)
        if label_state and len(text) < 800 and (block.style != "heading" or cues.person_title.match(text + " ")) \
                and not re.match(r"^\(?[\w/]*\d", text):
            council = re.match(r"^(?P<body>[^–—:]{3,80}?)(?:\s+[–—-]|\s*(?P<colon>:))\s+(?P<people>.+)$", text)
            if council and (_COUNCIL.match(council.group("body")) or _BOROUGH_OF.match(council.group("body"))
                            or _names_a_body(council.group("body"))) \
                    and (cues.person_title.match(council.group("people") + " ")
                         or council.group("colon") and _looks_like_name(" ".join(council.group("people").split()[:2]))):
                # "Holmebridge Council – Councillor Helen Ashworth (Chair), Councillor Imran Qadir",
                # "London Borough of Barkwell & Daneford: Sabina Okafor and Dermot Fenwick"
                found.extend(Attendee(n, r, label_state) for n, r in split_people(council.group("people")))
                continue
            # "Chairman: Councillor Margaret Thorne", and without the colon, "Vice Chair Councillor
            # S L Fairweather and Councillors:" over the rest of the members
            titled = re.match(r"^(?P<role>[A-Z][\w’' -]{2,40}?)\s*:\s*(?P<names>.+)$", text) \
                or re.match(rf"^(?P<role>(?:Vice[ -])?Chair(?:man|woman|person)?)\s+(?P<names>{_titles_pattern()}\.?\s.+?)"
                            r"(?:\s+and\s+(?:Councillors|Cllrs)\.?\s*:?)?$", text)
            if titled and cues.person_title.match(titled.group("names") + " "):
                people = split_people(titled.group("names"))
                # ("Chair Councillor P J Ambrose and Councillors A Brown, C Cole ...": the first is the Chair)
                only_first = ":" not in text[: titled.end("role") + 2]
                found.extend(Attendee(n, r or (titled.group("role") if pos == 0 or not only_first else None), label_state)
                             for pos, (n, r) in enumerate(people))
                continue
            state = label_state
            if label_state == "present" and text.startswith("A ") and cues.person_title.match(text[2:]):
                # "A Councillor Rachel Bentham" where "A denotes absent"
                text, state = text[2:], "absent"
            elif label_state == "present" and marks and (marked or _run_marked(blocks, k, marks[0])):
                # Under "(* present)" a name without the mark was not there (in a list where
                # some names carry the mark).
                state = marks[1] if marked else ("absent" if marks[1] == "present" else "present")
            sub = _substitute(text)
            if sub:
                found.append(replace(sub, attendance=state))
                continue
            if _names_a_body(text):
                continue  # "Healthwatch Kelbury" over its people: the list goes on below
            title_first = cues.person_title.match(text + " ")  # "Dr Rowan Fairclough ...", not "Chief Constable"
            if found and found[-1].role is None and found[-1].name == named_before \
                    and not (title_first and (text + " ")[title_first.end():].strip()) \
                    and {w.lower() for w in re.findall(r"[\w-]+", text.split("(")[0].split(",")[0])} & cues.role_words:
                # "Dr Colin Farraday" over "Chief Executive, Northbridge Hospitals NHS Foundation
                # Trust": a name to a line, its role on the line below
                found[-1] = replace(found[-1], role=text)
                continue
            entries = [re.sub(r"\s*\([^()]*\)", "", e).strip() for e in re.split(r",\s*|\s+and\s+", text) if e.strip()]
            # (surnames, or full names on the first line under the label: "COUNCILLORS PRESENT:" over
            # "Mary Ashworth (Chair), John Bellamy ..."; not a later line of another group's names)
            if councillors_over and not title_first and re.search(r",|\sand\s", text) and not _has_role_word(text.split("(")[0]) \
                    and not _group_label(text) and (
                        all(re.fullmatch(r"(?:[A-Z]\.?\s)*[A-Z][\w’'-]+", e) for e in entries)
                        or not councillor_lines and all(re.fullmatch(r"(?:[A-Z][\w’'-]+\s){1,2}[A-Z][\w’'-]+", e) for e in entries)):
                text = f"Councillors {text}"  # "COUNCILLORS PRESENT:" over "Smith (Chair), Brown, Green"
                councillor_lines += 1
            people = _people_in(text)
            if chair_above and people:
                people[0], chair_above = (people[0][0], people[0][1] or chair_above), None
            if any(not re.search(r"[A-Z]", name) for name, _ in people) or re.fullmatch(r"(?i)(none|nil|n/?a)\W*", text) \
                    or re.match(r"[^:]{2,40}:\s+[a-z]", text):
                # "Questions and answers", "None.", "Recording and transcript: available to ...":
                # the next field of a form, not people
                people = []
            last_named = people[0][0] if len(people) == 1 and people[0][1] is None else None
            if people:
                found.extend(Attendee(n, r, state) for n, r in people)
                if group and not grouped:
                    group = None  # "Apologies:" over the names themselves: no sub-labels follow
                continue
        label_state = marks = chair_above = group = None
        councillors_over = False
    # ("Absence declared on Council business: None": nobody)
    return [a for a in found if not re.fullmatch(r"(?i)\W*(?:none|nil|n/?a|nobody|no one|not applicable)\W*", a.name)]


def _titles_pattern() -> str:
    """The titles before a name, as one alternation: "(?:County )?(?:Councillor|Cllr|Mr|...)"."""
    return rf"(?:(?:County|Borough|District|City|Town) )?{load_cues().titles}"


def _party_header(text: str) -> bool:
    """"LABOUR CONSERVATIVE LIBERAL DEMOCRAT AND" / "INDEPENDENT": the heads of a table of
    members in a column for each party, run together into one line."""
    cues = load_cues()
    rest = re.sub(r"\b(?:AND|&)\b", " ", text)
    for name in sorted(cues.raw["parties_in_full"] + cues.raw["parties"], key=len, reverse=True):
        rest = re.sub(rf"(?i)\b(?:{name})\b", " ", rest)
    return text.isupper() and not rest.strip()


def _letter_legend(blocks: list[Block]) -> dict[str, str]:
    """The key to letters marking attendance, where the minutes give one: "P: Present" / "A:
    Apologies for absence submitted" -> {"P": "present", "A": "apologies"}."""
    legend = {}
    for block in blocks:
        # (the key on one line too: "P = Present, A = Apologies for absence")
        entries = re.split(r"\s*[,;]?\s+(?=[A-Z]\s*[:=–-]\s*[A-Za-z])", block.text.strip())
        found = [re.fullmatch(r"\s*([A-Z])\s*[:=–-]\s*(?:(?P<present>present|attended|in attendance)|(?P<apologies>apolog\w*)"
                              r"|(?P<absent>absent|not present|did not attend))\b[^.]{0,60}\.?\s*", e, re.I) for e in entries]
        if found and all(found):
            legend.update((m.group(1), next(k for k in ("present", "apologies", "absent") if m.group(k))) for m in found)
    return legend


def _lettered_people(text: str, legend: Optional[dict[str, str]] = None) -> list[tuple[str, str]]:
    """[(attendance, name)] from "p Councillor A a Councillor B", each name after a letter
    that says whether they were there (``legend``: the minutes' own key to capital letters,
    "P Jenny Fairweather – A Gareth Winsor"); [] for any other line."""
    cues = load_cues()
    letters = {**(cues.raw.get("attendance_letter_marks") or {}), **(legend or {})}
    if not letters or not re.match(rf"(?:{'|'.join(map(re.escape, letters))})\s", text):
        return []
    titles = _titles_pattern()
    mark = "|".join(map(re.escape, letters))
    if legend and re.match(rf"(?:{'|'.join(map(re.escape, legend))})\s", text):
        # (names without titles, an empty cell left as "–": "P Brian Ackland – P Ruth Denbury")
        # ("Mary-Ann Fletcher", "J Whitby": a first name hyphenated, or an initial only)
        name = rf"(?:(?:{titles})\.?\s+)?(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\.?)(?: [A-Z]\.?)*(?: [A-Z][\w'’-]+)+(?:\s*\([^()]{{2,40}}\))?"
        parts = [p for p in re.split(rf"\s+(?:[–—-]\s+)*(?=(?:{mark})\s+[A-Z])", re.sub(r"(?:\s+[–—-])+\s*$", "", text.strip())) if p]
        marked = [re.fullmatch(rf"({mark})\s+({name})", p) for p in parts]
        if marked and all(marked):
            return [(letters[m.group(1)], m.group(2)) for m in marked]
    found = re.findall(rf"(?:^|\s)({mark})\s+((?:{titles})\.?\s.+?)(?=\s+(?:{mark})\s+(?:{titles})\.?\s|$)", text)
    lone = re.fullmatch(rf"({mark})\s+([A-Z][a-z]+(?: [A-Z]\.?)?(?: [A-Z][\w'’-]+)+?(?: [A-Z]{{2,4}})*)", text.strip())
    if not found and lone and not POST_START.match(lone.group(2)) and not _names_a_body(lone.group(2)) and not _has_role_word(lone.group(2)):
        found = [lone.groups()]  # "p Rosalind Heap": a co-opted member, marked, with no title
    if not found or sum(len(m) + len(n) + 1 for m, n in found) < len(text.strip()) - len(found):
        return []  # words other than marked names on the line
    return [(letters[m], n) for m, n in found]


_KEY_PARTS = re.compile(r"\s+(?=[*†‡✓✔✗✘øØ]\s*(?i:denotes|indicates|means|=)\s)")


def _keyed_run(text: str, keyed: dict[str, str]) -> Optional[tuple[Optional[str], list[tuple[str, str]], str]]:
    """(label, [(attendance, name)], what follows) for a line of names each carrying a mark
    the key explains: "Councillors: * Graham Tolley * Nitin Raval (2)"; None otherwise."""
    marks = "".join(re.escape(m) for m in keyed)
    m = re.match(rf"^(?:(?P<label>[A-Z][\w ()’'-]{{1,40}}?)\s*:\s*)?(?P<rest>[{marks}]\s*\S.*)$", text)
    if not m:
        return None
    rest, tail = m.group("rest"), ""
    later = load_cues().embedded_label.search(rest)
    if later:
        # "... Local Medical Committee In attendance: Helen Marchbank ...": another label
        rest, tail = rest[:later.start()], rest[later.end():].strip()
    people = [(keyed[p[0]], p[1:].strip()) for p in re.split(rf"\s+(?=[{marks}]\s*[A-Z])", rest.strip()) if p]
    if not people or not all(n and re.match(r"[A-Z]", n) for _, n in people):
        return None
    # "Nitin Raval (2)": a reserve member's category, not a role
    people = [(state, re.sub(r"\s*\(\d\)$", "", n)) for state, n in people]
    return m.group("label"), people, tail


def _run_marked(blocks: list[Block], k: int, mark: str) -> bool:
    """Whether the list of names around block ``k`` (up to the labels or headings that
    bound it) has a name carrying the mark."""
    def bound(b: Block) -> bool:
        text = b.text.strip()
        return b.style in ("heading", "table") or any(p.match(text) for _, p in load_cues().attendance_labels)
    lo = k
    while lo > 0 and not bound(blocks[lo - 1]):
        lo -= 1
    hi = k
    while hi + 1 < len(blocks) and not bound(blocks[hi + 1]):
        hi += 1
    return any(b.text.strip().startswith(mark) or b.text.strip().endswith(mark) for b in blocks[lo:hi + 1])


def _key_below_grid(blocks: list[Block]) -> Optional[tuple[str, str]]:
    """"* Present" on a line of its own after names marked "* Councillor A": the grid's key (a
    bulleted label elsewhere)."""
    titles = _titles_pattern()
    for k, block in enumerate(blocks):
        m = re.fullmatch(r"\s*([*†‡])\s+(\w+(?: \w+){0,2})\W*", block.text)
        legend = load_cues().attendance_mark_legend.match(f"{m.group(1)} {m.group(2)}") if m else None
        if not legend:
            continue
        mark = re.escape(m.group(1))
        named = [(len(re.findall(rf"(?:{titles})\.?\s", b.text)), len(re.findall(rf"{mark}\s*(?:{titles})\.?\s", b.text)))
                 for b in blocks[:k]]
        # (a grid marks some names and not others, "* Cllr A   Cllr B"; a list of "* Cllr A"
        # lines over "* Apologies" is bulleted)
        if sum(marked for _, marked in named) >= 2 and any(total > marked for total, marked in named if marked or total):
            return legend.group("mark"), next(status for status in ("present", "absent", "apologies") if legend.group(status))
    return None


def _mark_legend(text: str, alone: bool = False) -> Optional[tuple[str, str]]:
    """("*", "present") from "(* present)" alone on its line, or (unless ``alone``) from a label
    ending "(* denotes attendance)"."""
    note = None if alone else re.search(r"\(([^()]{1,40})\)\W*$", text)
    if not note and re.match(r"\W\s+\w+\W*$", text):
        return None  # "* Present" over a list: a bulleted label, not a key
    m = load_cues().attendance_mark_legend.match(note.group(1) if note else text)
    if not m:
        return None
    return m.group("mark"), next(status for status in ("present", "absent", "apologies") if m.group(status))


_ITEM_REFERENCE = re.compile(r"(?i)[\w&./-]*\d[\w&./-]*|all (?:agenda )?items|")
_SURNAME_FIRST = re.compile(r"[A-Z][\w’'-]+, (?:[A-Z]\.\s?){1,3}")
_SURNAME_FIRST_NEXT = re.compile(r"(?<=\S)\s+(?=[A-Z][\w’'-]+, (?:[A-Z]\.\s?){1,3}(?:\s|$))")

_OTHER_HEADING = re.compile(
    r"(?i:names?|roles?|organi[sz]ations?|position|job title|title|representing|body|authority|council|group|"
    r"party|ward|division|attendance)")


def _rejoin_broken_lines(blocks: list[Block]) -> list[Block]:
    """"Dr H Castellano (Associate Medical Director" / "– Primary Care, NHS ...)": a role
    broken where a dash began the next line, taken for a list bullet; and a list of names
    broken after a comma, "Councillors: Marsh (Chair), Beckett," / "Halloran and Ruiz-Allen"."""
    labels = load_cues().attendance_labels
    out: list[Block] = []
    for block in blocks:
        if out and out[-1].style is None and block.style in (None, "list") \
                and out[-1].text.count("(") > out[-1].text.count(")") and ")" in block.text \
                or out and out[-1].style is None and block.style is None and out[-1].text.rstrip().endswith(",") \
                and not any(pattern.match(block.text) for _, pattern in labels) \
                and split_marker(block.text)[0] is None and not block.text.isupper():
            out[-1] = replace(out[-1], text=f"{out[-1].text} {block.text.strip()}")
            continue
        if out and out[-1].style is None and block.style is None and _post_wrapped(out[-1].text, block.text):
            # "Councillor Nadia Chowdhury Cabinet Member for Health and Social" / "Care": a
            # person's post wrapped onto a line of its own
            out[-1] = replace(out[-1], text=f"{out[-1].text.rstrip()} {block.text.strip()}")
            continue
        joined = f"{out[-1].text.strip()} {block.text.strip()}" if out else ""
        if out and out[-1].style is None and block.style is None and "," in out[-1].text \
                and not re.search(r"[,;.:)]$", out[-1].text.strip()) and _posts_alone(joined) and not _posts_alone(out[-1].text):
            # "Director of Resources, Head of Housing, Private" / "Sector Housing Manager and ...":
            # officers by post alone, a post broken across the lines (or the pages)
            out[-1] = replace(out[-1], text=joined)
            continue
        if out and len(out[-1].text.split()) <= 3 and ":" not in out[-1].text and len(block.text.split()) <= 2 \
                and block.style is None and (len(out[-1].text.split()) == 1 and len(block.text.split()) == 1 or block.text.rstrip().endswith(":")) \
                and any((m := p.match(joined)) and m.end() >= len(joined) - 1 for _, p in labels):
            # "Councillors" / "Online", "Officers in" / "Attendance:": a label in a narrow column
            out[-1] = replace(out[-1], text=joined)
            continue
        out.append(block)
    return out


def _post_wrapped(line: str, following: str) -> bool:
    """Whether the line below a person and their post ("Dr Anil Mehra Clinical Director,
    Brindlow Locality, NHS") goes on with the post ("Rivermoor Integrated Care Board"): the
    line above ends on a word a post does not end with, or the line below is one word."""
    cues = load_cues()
    line, following = line.strip(), following.strip()
    words = following.split()
    if not words or len(words) > 6 or not following[:1].isupper() or following.isupper() and len(words) > 1 \
            or cues.person_title.match(following + " ") or split_marker(following)[0] is not None \
            or any(p.match(following) for _, p in cues.attendance_labels):
        return False
    person = cues.person_title.match(line + " ") or _NAME_THEN.match(line)
    if not person or not _has_role_word(line[person.end():]):
        return False
    below = _NAME_THEN.match(following)
    if below and _opens_post(following[below.end():]) and _looks_like_name(below.group().strip()):
        return False  # "Tom Baker Director of Place": the next person and post
    open_end = re.search(r"(?:\b(?:and|of|for|the|NHS)|&)$", line)
    if open_end and (not _looks_like_name(following) or len(words) == 1):
        return True  # "Jane Smith Director of Health and" / "Wellbeing"
    # (one word alone goes on with a post, "Care", "Partnerships", "Trust", but not a body of its
    # own, "Healthwatch", nor a heading, "Minutes")
    word = following.lower().strip(".,")
    # (a word of a post or a body, not "Substitutions" or "Welcome", the next heading)
    post_word = word in cues.role_words or word.removesuffix("s") in cues.role_words or word in _POST_TAIL_WORDS \
        or word in _BODY_ENDINGS or word.removesuffix("s") in _BODY_ENDINGS
    # ... or any word, after a post cut short ("Director of Patient" / "Experience"), unless
    # the post ended on an office ("Chief Executive" / "Substitutions", the next heading)
    last = line.split()[-1].lower().strip(".,")
    # (nor the next list's label or heading: "Director of Public Health" / "Witnesses",
    # "Director of Adult Social Care" / "Webcast")
    cut_short = last.removesuffix("s") not in _POST_ENDS \
        and not re.fullmatch(r"(?i)substitut\w*|welcome|introductions?|announcements?|webcasting|attendance|in attendance|officers"
                             r"|witness(?:es)?|apology|press|housekeeping|guests?|speakers?|observers?|visitors?|webcast|quorum"
                             r"|prayers?|online|others|interests?|petitions?|questions?|minutes|agenda|declarations?|exclusion"
                             r"|business|recording|filming|chair(?:man|person)?", word)
    return len(words) == 1 and (post_word or cut_short) and not following.endswith(":") and not cues.section_labels.match(following) \
        and not re.fullmatch(r"(?i)minutes|apologies|declarations?|present|agenda|items?|resolved|agreed|noted|chair(?:man)?", word) \
        and (word not in cues.organisation_words or word in _BODY_ENDINGS or word.removesuffix("s") in _BODY_ENDINGS)


# The words an office's title ends with: "Chief Executive", "Scrutiny Officer"
_POST_ENDS = frozenset(
    "director officer manager executive lead leader chair chairman chairperson chairwoman adviser advisor "
    "clerk secretary treasurer consultant commissioner coordinator co-ordinator nurse member councillor "
    "representative solicitor accountant analyst constable superintendent inspector mayor governor "
    "head partner practitioner worker".split()
)
# Words that end a post wrapped onto a line of its own, besides `role_words`: "Wellbeing"
_POST_TAIL_WORDS = frozenset(
    "wellbeing well-being partnerships integration safeguarding transformation quality nursing people place adults "
    "improvement engagement inclusion investment regeneration economy neighbourhoods equalities legal law "
    "protection prevention intelligence infrastructure customer customers contracts procurement".split())


# The words a body's name ends with, wrapped onto a line of their own: "... NHS Foundation" / "Trust"
_BODY_ENDINGS = frozenset(
    "trust board organisation partnership authority council group alliance service services foundation network "
    "commission centre collaborative federation".split())


def attendance_label_alone(text: str) -> bool:
    """Whether a line is an attendance label and nothing more: "Also in attendance:", "Present"."""
    text = text.strip()
    return any((m := p.match(text)) and m.end() == len(text) for _, p in load_cues().attendance_labels)


def attendance_at_end(blocks: list[Block]) -> list[Attendee]:
    """"Also in attendance:" and "Officers:" listed after the last item."""
    start = next((k for k, b in enumerate(blocks) if attendance_label_alone(b.text)), None)
    return attendance_from_blocks(blocks[start:]) if start is not None else []


def _names_a_body(line: str) -> bool:
    """"NHS Ashcombe Integrated Care Board", "Healthwatch Kelbury": a body heading its people."""
    cues = load_cues()
    words = {w.lower() for w in re.findall(r"[\w-]+", line)}
    person = re.match(r"^(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3})\s*(?:\(|[-–—,])", line)
    if person and _looks_like_name(person.group("name")):
        return False  # "Brian Nyland (Healthwatch Marlow Vale)"
    return len(line) < 120 and bool(words & cues.organisation_words) and not words & cues.office_words \
        and not cues.person_title.search(line)


def _has_role_word(text: str) -> bool:
    """"Service Director - Strategic Housing": words of a post, not of a name."""
    return bool({w.lower() for w in re.findall(r"[\w-]+", text)} & load_cues().role_words)


def _labelled_wide_row(cells: list[str]) -> Optional[list[Attendee]]:
    """"Councillors: | Bromley | Fairclough | Holdcroft", "Officers: | Karen Sherratt | Service
    Director - Strategic Housing": a label cell, then a name to a cell or a name and its role."""
    cues = load_cues()
    label, rest = cells[0], [c for c in cells[1:] if c]
    attendance = next((a for a, p in cues.attendance_labels if (m := p.match(label)) and m.end() == len(label)), None)
    if attendance is None or not rest:
        return None
    if len(rest) == 2 and _COUNCILLORS_LABEL.fullmatch(rest[0]) and re.fullmatch(r"(?i)\W*(?:none|nil|n/?a)\W*", rest[1]):
        return []  # "Apologies: | Councillors: | Nil": nobody
    if len(rest) == 2 and _COUNCILLORS_LABEL.fullmatch(rest[0]):
        # "Present: | Councillors: | Okonjo-Ward (Chair), Haverley, Lusk and Rawal"
        return [Attendee(n, r, attendance) for n, r in split_people(f"{rest[0]} {rest[1]}")]
    if len(rest) == 2 and _looks_like_name(rest[0]) and _has_role_word(rest[1]):
        return [Attendee(rest[0], rest[1], attendance)]
    if all(_looks_like_name(c) for c in rest):
        title = _DISTRIBUTIVE.match(label.rstrip(":") + " ")
        prefix = f"{_one_title(title.group(1))} " if title else ""
        return [Attendee(prefix + c if not cues.person_title.match(c + " ") else c, None, attendance) for c in rest]
    return None


def _labelled_row(cells: list[str]) -> Optional[list[Attendee]]:
    """A two-cell row whose first cell labels the people in the second: "Members present |
    ...", "Officers | ...", or a role such as "Cabinet Member | Councillor Helen Marsh, ..."."""
    cues = load_cues()
    if len(cells) > 2:
        return _labelled_wide_row(cells)
    if len(cells) != 2 or not cells[1]:
        return None
    label, people = cells
    for attendance, pattern in cues.attendance_labels:
        m = pattern.match(label)
        if m and m.end() == len(label):
            # One person to a line ("Anita Sorensen, Director of Adult Social Services"), or a list
            lines = people.split("\n")
            # ("Wychmere Acute Hospitals NHS Trust (WAHT):" over its people: a group's heading)
            found = [p for line in lines if not line.rstrip().endswith(":")
                     for p in (_people_in(line) if len(lines) > 1 else split_people(line))]
            return [Attendee(n, r, attendance) for n, r in found]
    if not _looks_like_name(label) and cues.person_title.match(people + " "):
        return [Attendee(n, r or label, "in_attendance") for n, r in _people_in(people)]
    return None


# A full stop that ends a sentence, not "Cllr." or "Dr." or an initial ("R.") before a name.
_STOP = r"(?:(?<!\bCllr)(?<!\bCllrs)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z])\.|(?<=\bCllrs)\.(?=\s+(?:The|It|There|This|He|She|They|A|An|In)\b))"

_STATUS_RECORD = re.compile(
    r"^(?P<name>[^–—|]{3,60}?)\s+[–—-]\s+(?P<role>.{2,200}?)\s+[–—-]\s+"
    r"(?P<status>present|apologies|absent|in attendance|attended|virtual|remote|present \(virtual\))\.?$", re.I)


def _substitute(text: str) -> Optional[Attendee]:
    """"Councillor Keith Stenson for Councillor Rachel Bentham": a substitute and whom for."""
    cues = load_cues()
    sub = cues.substitute_for.match(text)
    if sub and cues.person_title.match(sub.group("name")) and cues.person_title.match(sub.group("other")):
        return Attendee(sub.group("name"), f"Substitute for {sub.group('other').rstrip('.')}", "present")
    return None


def _table_row(text: str, attendance: str = "present", role_column: Optional[int] = None) -> list[Attendee]:
    cues = load_cues()
    cells = [c.strip() for c in text.split(" | ")]
    sub = _substitute(cells[0]) if cells else None
    if sub:
        # "Cllr Sandra Pike for Cllr Brian Lowery | Broadmere County Council"
        return [replace(sub, attendance=attendance)]
    named_role = cells[role_column] if role_column is not None and 0 < role_column < len(cells) else None
    if named_role and (cues.party.fullmatch(named_role) or re.fullmatch(r"(?i)present|apologies|absent|in attendance|yes|no|y|n|-|–", named_role)):
        named_role = None  # a party or an attendance mark in the column headed "Role"
    # "Councillor Sadia Iqbal (Chair) | Labour": a role in brackets after the name.
    bracket = re.match(r"^(?P<name>[^()]+?)\s*\((?P<role>[^()]+)\)$", cells[0]) if cells else None
    if bracket and _looks_like_name(bracket.group("name")):
        cells = [bracket.group("name"), bracket.group("role")] + cells[1:]
    if len(cells) < 2 or not _looks_like_name(cells[0]) or len(cells[0].split()) < 2:
        return []  # "Venue | Committee Room 2": one word alone is a label, not a name
    if any(len(c.split()) > 8 and re.match(r"(?:The|This|These|It|There)\s+[a-z]+ [a-z]+ [a-z]+\b", c) and ":" in c for c in cells[1:]):
        return []  # "Available Papers | The members had before them: ...": a label over prose
    roles = []
    party = None
    for cell in cells[1:]:
        low = cell.lower()
        if re.search(r"apolog", low):
            attendance = "apologies"
        elif re.search(r"absent|not present", low):
            attendance = "absent"
        elif re.search(r"in attendance|attending|officer", low) and not re.search(r"present", low):
            attendance = "in_attendance"
            if "officer" in low:
                roles.append(cell)
        elif re.fullmatch(r"present|yes|✓|✔|attended|x|sub|substitute", low):
            attendance = "present"
        elif re.fullmatch(r"✘|✗|×|no|did not attend", low):
            attendance = "absent"
        elif cues.party.fullmatch(cell):
            party = cell
        elif cell:
            roles.append(cell)
    # "Ridgeford MBC | Chair": the cell that reads like a role, else the first.
    role = named_role or next((r for r in roles if {w.lower() for w in re.findall(r"\w+", r)} & cues.role_words), None)
    role = role or (roles[0] if roles else None)
    if role and re.fullmatch(r"\([^()]*\)", role):
        role = role[1:-1]  # "(Chair)" in a cell of its own
    return [Attendee(cells[0], role, attendance, party)]


@lru_cache(maxsize=1)
def _name_post() -> re.Pattern:
    """"Lisa Marchetti (Director of Community Services)", "Dr Owen Carrick (Clinical Lead ...)":
    a person, then their post in brackets."""
    return re.compile(rf"(?-i:(?P<name>(?:{_titles_pattern()}\.?\s+)?[A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]+){{1,2}}))"
                      r"\s*\((?P<post>[^()]{3,120})\)")


def attendance_from_text(text: str, title: str = "") -> list[Attendee]:
    """Apologies, officer contacts and attendance stated in sentences inside items (``title``:
    the item's, where an apologies item may say only "Received from ...")."""
    cues = load_cues()
    apologies_item = bool(cues.apologies_item_title.match(title))
    found: list[Attendee] = []
    listing: Optional[str] = None  # under "The following were in attendance:" / "Apologies were received from:"
    lines: list[str] = []
    for line in text.split("\n"):
        # "... from Councillor D Rowe (Councillor" / "J Pemberton attending as his substitute)"
        if lines and lines[-1].count("(") > lines[-1].count(")"):
            lines[-1] = f"{lines[-1]} {line.strip()}"
        else:
            lines.append(line)
    for line in lines:
        line = line.strip()
        cells = [c.strip() for c in line.split(" | ")]
        if apologies_item and not listing and any(cues.person_title.match(c + " ") for c in cells) \
                and not re.search(r"(?i)\(\s*substitut", line) \
                and all(NAME_CELL.fullmatch(re.sub(r"\s*\([^()]*\)", "", cues.substitute_clause.sub("", c)).strip()) or one_person(c)
                        for c in cells):
            # Under "Apologies", the names alone, one to a line: "Councillor Marcus Doyle (...)
            # who was substituted by Councillor Ann Pritchard"
            for cell in cells:
                sub = re.search(r"\b(?:who was |was )?substituted by\s+(?P<sub>.+)$", cell)
                if sub:
                    found.extend(Attendee(n, r, "present") for n, r in split_people(sub.group("sub")))
                found.extend(Attendee(n, r, "apologies") for n, r in split_people(cues.substitute_clause.sub("", cell)))
            continue
        if cues.attendance_in_item.match(line):
            listing = "in_attendance"
            continue
        if cues.apologies_list_leadin.match(line):
            listing = "apologies"  # over a list, "• Cllr Jo Venning"
            continue
        if listing:
            entry = split_marker(line)[1]
            if listing == "apologies":
                # "Cllr Ian Merriweather, who was substituted by Cllr Derek Stallard"
                entry = cues.substitute_clause.sub("", entry)
            people = _people_in(entry)
            if people:
                found.extend(Attendee(n, r, listing) for n, r in people)
                continue
            listing = None
        m = cues.officer_contact.match(line)
        if m:
            found.append(Attendee(m.group("name").strip(), "Officer contact", "in_attendance"))
            continue
        # (each sentence: "Apologies were received from A. Apologies were also received from
        # the co-opted member Mrs B.")
        apologies = [m for piece in re.split(rf"(?<={_STOP})\s+(?=[A-Z])", _unbracketed(line))
                     if (m := cues.apologies_sentence.search(piece))] \
            or [m for m in [apologies_item and cues.apologies_received_alone.match(line)] if m]
        for m in apologies:
            # "... Councillors Ali and Pybus for their inability to attend the meeting."
            # "... from Cllr Maddox and Cllr Annesley; Cllr Lintern attended as substitute": a
            # clause of its own after the semicolon, not a name in the list.
            # (not "...; and Councillor Hill, who was attending another meeting": one more name)
            names = re.split(rf"{_STOP}\s|;\s+(?=[^;]*\b(?:attended|attending as|substitut\w*|was present|were present|had sent|sent (?:his|her|their) apologies)\b|there\b)"
                             r"|\s+for\s+(?:their|his|her)\b|,?\s+(?:and\s+)?(?:for|due to)\s+(?:lateness|illness|personal)",
                             m.group("names"))[0]
            # "Mrs K Lathbury (for whom Mr L Venn attended as substitute) and from Mr W Gedge"
            names = re.sub(r"\s*\((?:for whom|substituted by|with)\b[^)]*\)", "", names)
            # "Councillor A (Councillor B substituting)": B was there in A's place
            for sub in re.finditer(r"\((?P<sub>(?:Councillor|Cllr)\.?\s+[^()]{2,60}?)\s+substituting\)", names):
                found.extend(Attendee(n, r, "present") for n, r in split_people(sub.group("sub")))
            names = re.sub(r"\s*\((?:Councillor|Cllr)\.?\s+[^()]{2,60}?\s+substituting\)", "", names)
            # "... from Councillor Lydia Fenwick, for whom Councillor Gareth Pyne attended as
            # substitute, and from ..."
            names = re.sub(r",\s*(?:for whom|substituted by)\b[^,]*(?=,|$)", "", names)
            # "... Dr Helen Achebe, Director of Public Health, who was represented by Samir Qureshi, ..."
            # (up to the next name: "..., who was substituted by Councillor B, and from Councillor C")
            # (or "..., and Councillor C": the next name after a comma and "and")
            names = re.sub(r",?\s+who (?:was|were) (?:represented|substituted|replaced|deputised for) by\b.*?(?=,\s*and\s+(?:from\s+)?(?:[A-Z]|the\b)|;|$)", "", names)
            names = re.sub(r"\band from\b", "and", names)
            # "... from Cllr Lindqvist, with Cllr Ashcroft substituting, and from Cllr Sandhu"
            for sub in re.finditer(r",?\s*with\s+(?P<sub>(?:Councillor|Cllr)\.?\s+[^,()]{2,60}?)\s+(?:substituting|attending as (?:a |the |his |her )?substitute)\b,?", names):
                found.extend(Attendee(n, r, "present") for n, r in split_people(sub.group("sub")))
            names = re.sub(r",?\s*with\s+(?:Councillor|Cllr)\.?\s+[^,()]{2,60}?\s+(?:substituting|attending as (?:a |the |his |her )?substitute)\b,?", ",", names)
            # "the co-opted member Mrs Joanna Crane"
            names = re.sub(r"(?i)^(?:the\s+)?(?:co-opted|independent|parent governor|church)\s+(?:member|representative)\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\b)", "", names)
            found.extend(Attendee(n, r, "apologies") for n, r in split_people(names))
        for m in cues.substituted_sentence.finditer(line):
            found.append(Attendee(m.group("other").strip(), None, "apologies"))
        for m in cues.role_then_name.finditer(line):
            found.append(Attendee(m.group("name"), m.group("role").strip(), "in_attendance"))
        for sentence in re.split(rf"(?<={_STOP})\s+", line):
            item_only = cues.present_for_item.match(sentence)
            if item_only:
                found.extend(Attendee(n, r, "in_attendance") for n, r in split_people(item_only.group("people")))
                continue
            absent = cues.absent_sentence.match(sentence)
            if absent:
                found.extend(Attendee(n, r, "absent") for n, r in split_people(absent.group("people")))
                continue
            by = cues.presented_by_sentence.match(sentence)
            if by:
                found.extend(Attendee(n, r, "in_attendance") for n, r in _people_in(by.group("people").strip(" ,."))
                             if len(n.split()) >= 2 and not _names_a_body(n) and not _has_role_word(n))
                continue
            welcomed = cues.welcomed_sentence.match(sentence)
            if welcomed:
                guests = [(g.group("name"), g.group("post")) for g in _name_post().finditer(re.split(r",?\s+who\b", welcomed.group("rest"))[0])
                          if _has_role_word(g.group("post")) and _looks_like_name(g.group("name")) and not _names_a_body(g.group("name"))]
                if guests:
                    found.extend(Attendee(n, r, "in_attendance") for n, r in guests)
                    continue
            presenting = cues.presenters_sentence.match(sentence)
            if presenting:
                # "Sarah Quinlan, Head of Access to Learning, presented the annual report", "...
                # presented the report, together with Dr Alison Marsh, Director of ..., and ..."
                for people in presenting.group("people", "more"):
                    people = re.split(r",?\s+who\b", people or "")[0]
                    # (a person by title or with a post after a comma: not "Vantage Leisure presented ...")
                    if _names_a_body(people.strip(" ,.")) or cues.organisation_words & {w.lower() for w in people.split()} \
                            or not (cues.person_title.match(people.strip() + " ") or "," in people):
                        continue  # "Thames Valley Police presented the report": a body, nobody by name
                    found.extend(Attendee(n, r, "in_attendance") for n, r in split_people(people.strip(" ,."))
                                 if len(n.split()) >= 2 and not _names_a_body(n) and not _has_role_word(n))
                continue
            m = cues.attended_sentence.match(sentence)
            # Not the substitute in "Apologies ... from A, for whom B attended" (listed
            # elsewhere), and a name of two words at least ("41 organisations had attended").
            if m and len(m.group("people")) < 300 and not cues.apologies_sentence.search(sentence):
                # ("Dr Jane Doe, representative of Carnford Hospitals, and representatives from
                # Healthwatch attended": the bodies' representatives are nobody by name)
                people = re.split(r"(?i),?\s*(?:and\s+)?\b(?:the\s+)?representatives?\s+(?:of|from)\b", m.group("people"))[0]
                # ("The Chair welcomed Councillor A, who was attending as a substitute, ...")
                people = re.split(r",?\s+who\b", re.sub(r"^.*?\bwelcomed\s+", "", people))[0]
                sent = re.match(r"(?i)(?P<away>.+?),?\s+(?:had\s+)?sent\s+(?:(?:his|her|their)\s+)?apologies,?\s*(?:and\s+)?(?P<rest>.*)$", people)
                if sent:
                    # "Cllr Tolley, Cabinet Member for ..., had sent apologies, and Cllr Omondi,
                    # Deputy Leader of the Council, attended in her place."
                    found.extend(Attendee(n, r, "apologies") for n, r in split_people(sent.group("away").strip(" ,")))
                    people = sent.group("rest")
                found.extend(Attendee(n, r, "in_attendance") for n, r in split_people(people.strip(" ,"))
                             if len(n.split()) >= 2 and not _opens_a_body(n, people))
    return found


def _opens_a_body(name: str, text: str) -> bool:
    """Whether ``name`` is only the first words of a body's name in ``text``: "Joanne Tyson,
    Head of ..., North Fells and Coast Integrated Care Board (ICB), attended" names no "North
    Fells"."""
    cues = load_cues()
    after = re.search(re.escape(name) + r"\s+(?:and|&)\s+(?P<rest>[A-Z][^,;()]{2,80})", text)
    # (not "Dr Priya Raman and Healthwatch Northdale volunteers attended": a person, and others)
    return after is not None and not cues.person_title.match(name + " ") and not cues.person_title.match(after.group("rest") + " ") \
        and _names_a_body(after.group("rest").strip()) \
        and re.search(r"(?-i:\b(?:Board|Trust|ICB|Council|Partnership|Authority|Services?|Alliance|Collaborative|Hospitals?|Group|Commission))\s*$",
                      after.group("rest").strip()) is not None


def with_party(person: Attendee) -> Attendee:
    """The member's party apart from the name and role: "Councillor A Okoye (Lab)", "(Chair)
    (Con)", "Councillor Derek Ashcroft Independent"."""
    cues = load_cues()
    if person.party:
        return person
    if person.role and cues.party.fullmatch(person.role.strip("() ")):
        return replace(person, role=None, party=person.role.strip("() "))
    if person.role:
        m = re.match(r"^(?P<role>.+?)(?:[\s,]*\((?P<party>[^()]+)\)|,\s*(?P<after>[^,()]+))$", person.role)
        party = m and (m.group("party") or m.group("after") or "").strip()
        if party and cues.party.fullmatch(party):
            return replace(person, role=m.group("role").strip(), party=party)
    words = person.name.split()
    for n in (3, 2, 1):
        rest = words[:-n]
        named = rest[1:] if rest and cues.person_title.match(rest[0] + " ") else rest
        if cues.party_in_full.fullmatch(" ".join(words[-n:])) and len(named) >= 2 and _looks_like_name(" ".join(rest)):
            return replace(person, name=" ".join(rest), party=" ".join(words[-n:]))
    return person


def merge_attendees(*groups: list[Attendee]) -> list[Attendee]:
    """One row per person: the first mention wins, a later one may add a missing role."""
    out: dict[str, Attendee] = {}
    for group in groups:
        for person in map(with_party, group):
            key = _person_key(person.name)
            if not key:
                continue
            if key not in out:
                # "Cllr Rhys Penhallow" in the apologies minute is "Rhys Penhallow" of the list:
                # the same name, with a title on one side only.
                key = next((k for k in out if _untitled(k) == _untitled(key) and (k == _untitled(k)) != (key == _untitled(key))), key)
            if key not in out:
                # "Mrs C E Pattinson" in the apologies minute is "Councillor Mrs C E Pattinson" of
                # the record of attendance: a title before the title on one side only
                # (not "Dr A Patel, Clinical Director" of the ICB, in attendance, and "Councillor Dr A
                # Patel", present: an officer's post on either side keeps them apart)
                key = next((k for k in out if len(key.split()) > 2 and len(k.split()) > 2
                            and (out[k].attendance == person.attendance or not any(
                                _POST_WORDS & {w.lower() for w in re.findall(r"[\w-]+", role or "")} for role in (out[k].role, person.role)))
                            and key != _untitled(key) and k != _untitled(k) and (_untitled(k) == key or _untitled(key) == k)), key)
            if key not in out:
                # "Cllr Blake attended as substitute" is "Cllr Owen Blake" of the list above.
                # Not someone giving apologies who shares a listed member's surname.
                # ("Councillor Nadia Marsh in the Chair" under "Councillors: Marsh (Chair), ...")
                key = next((k for k in out if (_same_person(k, key) or _same_person(key, k)) and (person.attendance in (
                    out[k].attendance, "in_attendance") or {person.attendance, out[k].attendance} == {"absent", "apologies"})), key)
            if key not in out:
                # "Mr Simon Blackler" in the minutes is "Mr S. Blackler" of the list above
                key = next((k for k in out if _initialled(k, key) and person.attendance in (out[k].attendance, "in_attendance")), key)
            if key in out:
                if out[key].attendance == "absent" and person.attendance == "apologies":
                    out[key].attendance = "apologies"  # marked absent in a table, apologies recorded below
                if not out[key].role and person.role:
                    out[key].role = person.role
                if not out[key].party and person.party:
                    out[key].party = person.party
                continue
            out[key] = person
    return list(out.values())


def _initialled(known: str, other: str) -> bool:
    """Whether two keys name one person, a first name written out in one and as its initial in
    the other ("mr s blackler", "mr simon blackler"), a title on one side only perhaps."""
    a, b = known.split(), other.split()
    if len(a) != len(b):
        a, b = _untitled(known).split(), _untitled(other).split()
    if len(a) != len(b) or len(a) < 2 or a[-1] != b[-1]:
        return False
    initial = False
    for x, y in zip(a[:-1], b[:-1]):
        if x == y:
            continue
        if len(x) == 1 and y.startswith(x) or len(y) == 1 and x.startswith(y):
            initial = True
            continue
        return False
    return initial


def _same_person(known: str, short: str) -> bool:
    """Whether "cllr blake" is a shorter way of writing "cllr owen blake"."""
    a, b = known.split(), short.split()
    title = load_cues().person_title

    def titled(word: str) -> bool:
        return bool(title.match(word.capitalize() + " "))

    if len(b) >= len(a) or len(b) < 2 or not titled(b[0]) or a[-1] != b[-1]:
        return False
    # The same title, or "Councillor" and "Cllr".
    return a[0] == b[0] or (titled(a[0]) and a[0][0] == b[0][0] == "c")


def _untitled(key: str) -> str:
    """A person key without its title: "cllr rhys penhallow" -> "rhys penhallow"."""
    first, _, rest = key.partition(" ")
    return rest if rest and load_cues().person_title.match(first.capitalize() + " ") else key


def _person_key(name: str) -> str:
    cues = load_cues()
    if _SURNAME_FIRST.fullmatch(name.strip()):
        surname, _, initials = name.partition(",")
        name = f"{initials.strip()} {surname}"  # "Dunn, K." is "K. Dunn"
    words = [w.strip(".,") for w in name.split()]
    if words and words[0].lower() == "councillor":
        words[0] = "cllr"  # "Councillor Anita Brookes" is "Cllr Anita Brookes"
    return " ".join(w for w in words if w and w not in cues.honours).lower()


def opening_line(blocks: list[Block]) -> Optional[int]:
    """Where the minutes' own opening line is, below a website's menus and a meeting's summary:
    "At a meeting of the ... held ... on TUESDAY, 4th MARCH, 2025" with who was present just
    after it (not "At a meeting of the Cabinet held on ..." told inside a minute)."""
    cues = load_cues()
    for i, block in enumerate(blocks[:150]):
        if cues.meeting_opening.match(block.text) and not cues.earlier_meeting_line.search(block.text):
            near = [block.text] + [b.text for b in blocks[i + 1:i + 4]]
            if any(re.search(r"(?i)\b(?:present|attendance)\b", t)
                   or re.search(r"(?i)\b(?:members|councillors|officers|apologies)\s*(?:present\s*)?:", t) for t in near):
                return i
    return None

