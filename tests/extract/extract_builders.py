"""Builders of the real files the extract tests read: PDFs (reportlab), DOCX (python-docx + injected
XML), HTML. The text is written for these tests; nothing comes from a corpus.

Also used by benchmarks/extract.py as "our own" corpus files.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = letter
LEFT = 72.0
LINE = 14.0

HEADER = "ACME AI PLATFORM AGREEMENT - CONFIDENTIAL"
FOOTER = "Acme AI, Inc. Platform Terms v2.1"

# Pages 1 and 2: one column of paragraphs, wrapped by reportlab at the measure like a word
# processor would; "|" forces a line break (used for hyphenated words).
PAGE1 = [
    "PLATFORM SERVICES AGREEMENT",
    "1. DEFINITIONS",
    '1.1 "Output" means any text, image or other content that the Service generates in response '
    "to an Input submitted by Customer, including any derivative of such content.",
    '1.2 "Model" means the machine learning model made available by Provider under this '
    "Agreement, including any updates, fine-tuned versions and successor models.",
    "2. INDEMNIFICATION",
    "2.1 Provider shall defend Customer against any third-party claim alleging that the Model "
    "infringes a patent or copyright, and shall pay the amounts finally awarded against Customer "
    "by a court. The obligation to provide such indemni-|fication does not apply to Outputs "
    "modified by Customer or combined with other content that Provider did not supply.",
    "2.2 Customer grants Provider a worldwide, royalty-free, non-|exclusive licence to use Inputs "
    "solely to provide the Service. Customer shall indemnify Provider against claims arising from "
    "Inputs that Customer submits, where the claim results from",
]
PAGE2 = [
    "content that Customer had no right to submit to the Service under applicable law.",
    "3. LIMITATION OF LIABILITY",
    "3.1 Neither party shall be liable for indirect or consequential damages arising out of this "
    "Agreement, except for breach of confidentiality or the indemnities in Section 2.",
    "(a) The total liability of Provider shall not exceed the fees paid by Customer in the twelve "
    "months before the claim.",
    "(b) The cap in clause (a) does not apply to claims for death or personal injury.",
]
# Page 3: a full-width heading, then two columns.
PAGE3_HEADING = "4. SERVICE LEVELS AND SUPPORT"
PAGE3_LEFT = [
    "4.1 Provider shall make the Service available 99.9% of each calendar month, excluding "
    "scheduled maintenance announced in advance.",
    "4.2 If availability falls below the commitment, Customer may claim a service credit of ten "
    "percent of the monthly fee.",
]
PAGE3_RIGHT = [
    "4.3 Service credits are the sole remedy for unavailability, unless Provider breaches this "
    "Section for three consecutive months.",
    "4.4 Provider shall respond to severity one incidents within one hour and notify Customer of "
    "any security incident without delay.",
]
MEASURE = PAGE_W - 2 * LEFT
COLUMN = MEASURE / 2 - 12
FONT, SIZE = "Times-Roman", 11


def wrap(paragraph: str, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    lines: list[str] = []
    for segment in paragraph.split("|"):
        lines.extend(simpleSplit(segment, FONT, SIZE, width))
    return lines


def _chrome(c: canvas.Canvas, page: int, pages: int) -> None:
    c.setFont("Helvetica", 8)
    c.drawString(LEFT, PAGE_H - 40, HEADER)
    c.drawString(LEFT, 40, FOOTER)
    c.drawRightString(PAGE_W - LEFT, 40, f"Page {page} of {pages}")


def _paragraphs(c: canvas.Canvas, paragraphs: list[str], x: float, y: float, width: float) -> float:
    c.setFont(FONT, SIZE)
    for para in paragraphs:
        for line in wrap(para, width):
            c.drawString(x, y, line)
            y -= LINE
        y -= LINE * 0.8  # paragraph spacing
    return y


def layout_pdf_bytes() -> bytes:
    """Three pages: running header/footer/page numbers, a hyphenated word, a paragraph that runs
    across a page break, numbered items, and a two-column page."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle("Acme AI Platform Agreement")
    for number, paras in ((1, PAGE1), (2, PAGE2)):
        _chrome(c, number, 3)
        _paragraphs(c, paras, LEFT, PAGE_H - 90, MEASURE)
        c.showPage()
    _chrome(c, 3, 3)
    c.setFont("Times-Bold", SIZE)
    c.drawString(LEFT, PAGE_H - 90, PAGE3_HEADING)
    top = PAGE_H - 90 - 2 * LINE
    _paragraphs(c, PAGE3_LEFT, LEFT, top, COLUMN)
    _paragraphs(c, PAGE3_RIGHT, LEFT + COLUMN + 24, top, COLUMN)
    c.showPage()
    c.save()
    return buf.getvalue()


def text_pdf_bytes(lines: list[str], pages: int = 1, font_size: float = 11) -> bytes:
    """Plain pages of the given lines (repeated per page) for speed and limit tests."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    for p in range(pages):
        c.setFont("Times-Roman", font_size)
        y = PAGE_H - 72
        for line in lines:
            c.drawString(LEFT, y, line.replace("{page}", str(p + 1)))
            y -= font_size * 1.3
            if y < 72:
                break
        c.showPage()
    c.save()
    return buf.getvalue()


def runs_pdf_bytes() -> bytes:
    """Bold run headings followed by regular text drawn as a separate run on the same line,
    the space inside the bold run (how report generators set "1.1 Heading. Text")."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    y = PAGE_H - 90
    for head, body in (
        ("1.1 Acceptance. ", "By clicking to accept these Terms you agree to them."),
        ("1.2 Fees.", " Fees are due in thirty days."),
    ):
        c.setFont("Times-Bold", SIZE)
        c.drawString(LEFT, y, head)
        c.setFont(FONT, SIZE)
        c.drawString(LEFT + stringWidth(head, "Times-Bold", SIZE), y, body)
        y -= 2 * LINE
    c.showPage()
    c.save()
    return buf.getvalue()


def fake_bold_pdf_bytes() -> bytes:
    """Bold faked by drawing text twice a fraction of a point apart, line-wise and char-wise."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont(FONT, SIZE)
    for dx in (0, 0.4):
        c.drawString(LEFT + dx, 700, "ARTICLE 7. LIMITATION OF LIABILITY")
    c.drawString(LEFT, 680, "7.1 Neither party is liable for lost profits.")
    x = LEFT
    for ch in "Fees are due.":
        c.drawString(x, 660, ch)
        c.drawString(x + 0.3, 660, ch)
        x += stringWidth(ch, FONT, SIZE)
    c.showPage()
    c.save()
    return buf.getvalue()


SC_SIZE = 12.0  # the capitals of small-caps lines; their small capitals are 0.8 of it


def _small_caps(c: canvas.Canvas, x: float, y: float, text: str, gap: float, spaces: bool) -> None:
    """A line in small capitals as word processors set them: a capital at SC_SIZE, each lowercase
    letter as a capital at 0.8 of it, each size its own run; `gap` points after a word's first
    capital when smaller capitals follow it. Words are apart by a space of the font: a space
    character drawn (`spaces`) or only the room of one."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for k, word in enumerate(text.split(" ")):
        if k:
            if spaces:
                c.setFont(FONT, SC_SIZE)
                c.drawString(x, y, " ")
            x += stringWidth(" ", FONT, SC_SIZE)
        for i, ch in enumerate(word):
            size = SC_SIZE if ch.isupper() or not ch.isalpha() else 0.8 * SC_SIZE
            c.setFont(FONT, size)
            c.drawString(x, y, ch.upper())
            x += stringWidth(ch.upper(), FONT, size)
            if i == 0 and ch.isupper() and word[1:2].islower():
                x += gap


def _kerned(c: canvas.Canvas, x: float, y: float, parts: list[str | float]) -> None:
    """One text object: strings, and between them kerning in thousandths of the font size
    (negative moves right), as a TJ array: how justified and kerned text is often set."""
    t = c.beginText(x, y)
    t.setFont(FONT, SC_SIZE)
    items = []
    for part in parts:
        if isinstance(part, str):
            escaped = part.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            items.append(f"({escaped})")
        else:
            items.append(f"{part:g}")
    t._code.append(f"[{' '.join(items)}] TJ")
    c.drawText(t)


#: a kerning that opens a word by 0.175 of the font size (2.1 pt at 12 pt): both engines read a
#: space there (pdfium from about 1/8 of the size, pdfplumber past 2 pt); a space is 0.25 of it
WORD_KERN = -175
#: the room of a space without a space character: two words
SPACE_KERN = -250


def split_words_pdf_bytes() -> bytes:
    """Words drawn apart: small-caps headings (a larger capital, a gap, smaller capitals), words
    kerned apart inside one text object and across two, and words that are really apart."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    y = PAGE_H - 72
    _small_caps(c, LEFT, y, "Master Services Agreement of the State of New York", 2.1, False)
    y -= 3 * LINE
    _small_caps(c, LEFT, y, "7. Limitation of Liability", 2.1, True)
    y -= 3 * LINE
    # single capitals and words in small capitals, apart by a space: they stay apart
    _small_caps(c, LEFT, y, "I am a team of A Team", 0.0, True)
    y -= 3 * LINE
    _small_caps(c, LEFT, y, "I am a team of A Team", 0.0, False)
    y -= 3 * LINE
    _kerned(
        c,
        LEFT,
        y,
        ["8. This Agreement is governed by the laws of the State of Cali", WORD_KERN, "fornia,"],
    )
    y -= 3 * LINE
    _kerned(
        c,
        LEFT,
        y,
        [
            "a Dela",
            WORD_KERN,
            "ware corporation, and the indemni",
            WORD_KERN,
            "fication by",
            SPACE_KERN,
            "the",
            SPACE_KERN,
            "Company",
            SPACE_KERN,
            "applies.",
        ],
    )
    y -= 3 * LINE
    # the same split across two text objects
    head = "9. Each party shall indemni"
    c.setFont(FONT, SC_SIZE)
    c.drawString(LEFT, y, head)
    c.drawString(LEFT + stringWidth(head, FONT, SC_SIZE) + 2.1, y, "fy the other party.")
    c.showPage()
    c.save()
    return buf.getvalue()


KEY_TERMS = [
    ("Provider", "Northwind Analytics Ltd"),
    ("Governing Law", "State of New York"),
    ("Term", "Three (3) years from the Effective Date"),
]


def key_terms_pdf_bytes(one_run: bool = False) -> bytes:
    """A cover page's key terms: labels in one column, values in another, nothing but room between
    them (each cell its own text, or each row one text object kerned across the gutter)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont(FONT, SC_SIZE)
    c.drawString(LEFT, PAGE_H - 72, "KEY TERMS")
    y = PAGE_H - 72 - 2 * LINE
    for label, value in KEY_TERMS:
        if one_run:
            room = (180 - stringWidth(label, FONT, SC_SIZE)) / SC_SIZE * 1000
            _kerned(c, LEFT, y, [label, -room, value])
        else:
            c.drawString(LEFT, y, label)
            c.drawString(LEFT + 180, y, value)
        y -= 1.5 * LINE
    c.showPage()
    c.save()
    return buf.getvalue()


def rotated_pdf_bytes(rotation: int) -> bytes:
    """A landscape page written upright and shown turned by /Rotate (how scanners and exporters
    turn pages): the text direction is the unrotated page's."""
    from reportlab.lib.pagesizes import landscape

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(letter), invariant=1)
    c.setPageRotation(rotation)
    c.setFont(FONT, 14)
    c.drawString(LEFT, 500, "1. Fees are due in thirty days.")
    c.drawString(LEFT, 470, "2. Late fees accrue at one percent.")
    c.showPage()
    c.save()
    return buf.getvalue()


SCAN_LINES = [
    "DATA PROCESSING ADDENDUM",
    "",
    "1. The Processor shall process Personal Data",
    "only on documented instructions from the",
    "Controller.",
    "",
    "2. The Processor shall notify the Controller",
    "of a Personal Data Breach without undue delay.",
]


def scan_pdf_bytes(dpi: int = 150) -> bytes:
    """An image-only PDF: a contract page drawn by reportlab, rendered to a bitmap by pdfium and
    placed as the only content of a new PDF (no text layer)."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    source = text_pdf_bytes(SCAN_LINES, font_size=16)
    doc = pdfium.PdfDocument(source)
    image = doc[0].render(scale=dpi / 72, grayscale=True).to_pil()
    doc.close()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.drawImage(ImageReader(image), 0, 0, width=PAGE_W, height=PAGE_H)
    c.showPage()
    c.save()
    return buf.getvalue()


def big_pdf_bytes(pages: int = 60) -> bytes:
    lines = [
        f"{i}. The Provider shall maintain the Service in accordance with clause {i}."
        for i in range(1, 50)
    ]
    return text_pdf_bytes(lines, pages=pages)


# ----------------------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

NUMBERING_XML = f"""
<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%4)"/></w:lvl>
</w:abstractNum>
"""
NUM_XML = f"""<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>"""

DOCX_ITEMS = [
    (0, "Definitions"),
    (1, '"Output" means content generated by the Service.'),
    (1, '"Input" means content submitted by Customer.'),
    (0, "Warranties"),
    (1, "Provider warrants that the Service will perform materially as described."),
    (2, "This warranty does not cover Outputs."),
    (2, "Customer's sole remedy is re-performance."),
    (3, "Re-performance is limited to ninety days."),
    (1, "Except as stated above, the Service is provided as is."),
]


def docx_bytes() -> bytes:
    """Multilevel automatic numbering, a table, tracked changes, a header/footer and a comment."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    document = docx.Document()
    document.core_properties.title = "Acme AI Order Terms"
    section = document.sections[0]
    section.header.paragraphs[0].text = "HEADER-ONLY Acme confidential"
    section.footer.paragraphs[0].text = "FOOTER-ONLY page footer"
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING_XML))
    numbering.append(parse_xml(NUM_XML))
    document.add_heading("Order Terms", level=1)
    intro = document.add_paragraph("These terms apply to every order.")
    for level, text in DOCX_ITEMS:
        p = document.add_paragraph(text)
        ppr = p._p.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
            )
        )
    # tracked changes: an insertion kept, a deletion dropped
    tracked = document.add_paragraph("Fees are payable within ")
    tracked._p.append(
        parse_xml(
            f'<w:del xmlns:w="{W_NS}" w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z">'
            f"<w:r><w:delText>sixty</w:delText></w:r></w:del>"
        )
    )
    tracked._p.append(
        parse_xml(
            f'<w:ins xmlns:w="{W_NS}" w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z">'
            f"<w:r><w:t>thirty</w:t></w:r></w:ins>"
        )
    )
    tail = tracked.add_run(" days of invoice.")
    assert tail is not None
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate((("Service", "Uptime"), ("API", "99.9%"))):
        for col, value in enumerate(row):
            table.cell(r, col).text = value
    commented = document.add_paragraph("Support is provided by email.")
    document.add_comment(commented.runs, text="COMMENT-ONLY check this", author="Reviewer")
    assert intro is not None and qn("w:p")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


# ----------------------------------------------------------------------------- HTML

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Acme AI Terms of Service</title>
<style>body { font-family: sans-serif } .x::after { content: "STYLE-ONLY" }</style>
<script>var tracking = "SCRIPT-ONLY";</script></head>
<body>
<header class="site-header"><a href="/">Acme</a> <nav><a href="/pricing">NAV-ONLY Pricing</a>
<a href="/blog">Blog</a></nav></header>
<div id="onetrust-consent-sdk" class="cookie-banner"><p>COOKIE-ONLY We use cookies.</p>
<button>Accept all</button></div>
<main>
<h1>Terms of Service</h1>
<p>Last updated: 1 March 2024</p>
<h2>1. Use of the Service</h2>
<p>You may use the Service only in compliance with these Terms.
   Acme may change these Terms at any time.</p>
<ol>
  <li>You must be 18 or older.</li>
  <li>You are responsible for your account.
    <ol type="a"><li>Keep your password secret.</li><li>Tell us about misuse.</li></ol>
  </li>
</ol>
<h2>2. Limitation of Liability</h2>
<p>To the maximum extent permitted by law, Acme is <strong>not liable</strong> for
<em>indirect</em> damages.</p>
<ol start="3"><li>Outputs may be inaccurate.</li><li>You must review Outputs.</li></ol>
<table><tr><th>Plan</th><th>Cap</th></tr><tr><td>Free</td><td>USD 100</td></tr></table>
</main>
<aside>ASIDE-ONLY Related posts</aside>
<footer><p>FOOTER-ONLY (c) 2024 Acme</p></footer>
<script>console.log("SCRIPT-ONLY")</script>
</body></html>
"""


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
