"""List markers: the bullet or number that opens a paragraph.

Extraction uses them to tell where a paragraph starts; parsing uses them to tell list levels
apart. Both read this one pattern. The shapes of table cells that more than one extractor
looks for (a minute number, a name on its own) are written here too.
"""
from __future__ import annotations

import re

# Bullet characters, Symbol-font ones (U+F0B7 ...) included, as text converted from Word keeps them.
BULLETS = "•·▪◦●○■□\\-–—*\uf0b7\uf0a7\uf076\uf0d8"

MARKER = re.compile(
    r"""^\s*(?P<marker>
        [""" + BULLETS + r"""](?=\s)                                # bullets
      | \?(?=\s+[a-z])                                          # a bullet lost in conversion
      | o(?=\s{2,})                                             # "o" spaced as a bullet
      | (?P<dec>\d{1,3}\.\d{1,3}(?:\.\d{1,3})?)\.?(?=\s|$)       # 5.1  5.1.2  numbered paragraphs
      | \(?(?P<num>\d{1,4})[.)](?=\s|$)                         # 1.  1)  (1)  292.
      | \((?P<pnum>\d{1,3})\)                                   # (1)
      | \(?(?P<let>[a-zA-Z])[.)](?=\s|$)                        # a.  a)  (a)
      | \((?P<plet>[a-zA-Z])\)                                  # (a)
      | \(?(?P<rom>[ivxlc]{1,6})[.)](?=\s|$)                    # iv.  iv)  (iv)
    )\s*""",
    re.VERBOSE,
)

# These open a paragraph too but are not entries of a list: "Q." / "A." / "Q1:" labels,
# "Q1 Cllr Hanley: ..." / "A1 Head of Commissioning: ...",
# "Answer (Cabinet Member for Health):", and "o " sub-bullets, which belong to the point above.
_OTHER_START = re.compile(
    r"^\s*(?:[QA]\d*[.:]|[QA]\d+(?=\s+[A-Z][^:]{2,80}:\s)|o|(?:supplementary\s+)?(?:question|answer|response|reply)(?:\s+\d+)?(?:\s*\([^)]{2,80}\))?\s*:)(?=\s)",
    re.I,
)


def starts_paragraph(line: str) -> bool:
    """Whether a line opens a new paragraph: a bullet, "1.", "(a)", "ii.", "292.", "Q." ..."""
    return bool(MARKER.match(line) or _OTHER_START.match(line))


# Minutes laid out as a table ("Minute No. | Item | Discussion", "Item | Discussion | Action"):
# a cell holding only a minute number ("12.", "JHOSC 25/14", "Minute 45") beside a cell of
# prose this long.
MINUTE_NUMBER = re.compile(r"^(?:minute\s+|item\s+)?(?:[A-Z]{1,6}[ /.-]?)?\d{1,4}(?:[/.]\d{1,4}|-\d{2}/\d{2})?[a-z]?[.)]?$", re.I)
PROSE_CELL = 150

# A column holding each question and its answer together ("No. | Minute | Question and
# answer"): an annex of questions, each row naming its minute. Extraction keeps such a table a
# table; parsing reads its rows apart.
QUESTION_ANSWER_COLUMN = re.compile(r"^questions?\s*(?:and|&|/)\s*(?:answers?|responses?|repl(?:y|ies))$", re.I)

# A name in a cell or field of its own: "Councillor Sadia Iqbal (Chair)", "Helen Brocklehurst".
NAME_CELL = re.compile(
    r"^(?:(?:Councillors?|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+(?:\s+\([^)]{1,30}\))*$")

# The first words of a post, not of a name: "Clinical Director, Stour Valley Healthcare",
# "Chief Executive, Healthwatch Stourholt".
POST_START = re.compile(r"^(?:Chief|Clinical|Medical|Executive|Deputy|Assistant|Associate|Interim|Acting|Senior|Principal|"
                        r"Head|Director|Lead|Service|Strategic|Corporate|Managing|Operations|Programme|General|Finance|Nursing)\b")

# A council's name as a label beside its members, with no colon after it: "London Borough
# of Fairmead", "Chelmere County Council".
AUTHORITY_NAME = re.compile(
    r"^(?:The\s+)?(?:(?:Royal\s+)?(?:London\s+)?Borough\s+of\s+[A-Z][\w’'-]*(?:\s+(?:(?:&|and|upon|on)\s+)?[A-Z][\w’'-]*){0,3}"
    r"|[A-Z][\w’'-]*(?:\s+(?:(?:&|and|upon|on)\s+)?[A-Z][\w’'-]*){0,3}\s+(?:(?:County|Borough|City|District|Metropolitan Borough)\s+)?Council)$")

# A bold decision label opening a line is the start of a minute, not a title of its own.
DECISION_LABEL = re.compile(r"^\W*(RESOLVED|AGREED|DECISIONS?|DECIDED|RECOMMENDED|RECOMMENDATIONS?|NOTED|ACTIONS?)\b", re.I)
# ... and a bold clause of a decision ("That the Committee noted the report.", numbered by Word
# under "RESOLVED:") is a sentence of the minute, not a title.
DECISION_CLAUSE = re.compile(r"^\W*That\s+\S.*[.;:]$", re.S)


def is_run_in_title(title: str, rest: str, words: int = 2) -> bool:
    """Whether a bold lead such as "(5) Access to NHS Dentistry." followed by ``rest`` in
    ordinary type is a title run into the minute's first line. A title ends in a full stop;
    one ending in a colon is a label ("Question (Cllr X):") unless numbered like an item. A
    numbered title in capitals may end at a dash: "HH28/Jan/25 DECLARATIONS OF INTEREST – ..."."""
    ends = title.endswith(".") or (title.endswith(":") and re.match(r"\(?\d", title)) \
        or (re.match(r"[–—-]\s", rest) and re.match(r"\(?[A-Z]{0,6}\d", title)
            and re.sub(r"^\S*\d\S*\s+", "", title).isupper())
    return bool(ends) and len(title.split()) >= words and len(rest.split()) >= 2 \
        and not DECISION_LABEL.match(title) \
        and not re.fullmatch(r"\(?[0-9a-zA-Z]{1,4}[.)]", title)  # a bold list number: "1. That ..."


# An attendance label, as a label in a column of its own may wrap over two lines ("ALSO IN" /
# "ATTENDANCE:", "APOLOGIES FOR" / "ABSENCE:").
_WHO = r"(?:ALSO|OTHER|OTHERS|MEMBERS|COUNCILLORS|OFFICERS|STAFF|PARTNERS|GUESTS|CABINET|EXECUTIVE|WARD|CO-OPTED|SUBSTITUTE)"
WRAPPED_ATTENDANCE_LABEL = re.compile(
    rf"(?:{_WHO} ){{0,2}}(?:IN ATTENDANCE|PRESENT)|APOLOGIES(?: FOR ABSENCE)?|CO-OPTED MEMBERS?|SUBSTITUTE MEMBERS?")

