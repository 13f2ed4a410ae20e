"""Resolutions and reports that are *not* seeds, rendered into each raw shape.

New documents of the known shapes must build without code changes; these renderings
imitate each export's damage (hard wraps, glued or lost markers, page furniture, web
banners, page breaks mid-paragraph) on texts the converter has never seen. A spec holds
the document; one function per shape renders it. ``tests/test_properties.py`` feeds
generated specs through them.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass
class ResolutionSpec:
    """A General Assembly resolution. Paragraph texts mark note references as ``{n}``."""

    number: str = "59/194"
    title: str = "Protection of migrants"
    preamble: list[str] = field(default_factory=list)
    operative: list[tuple[str, str]] = field(default_factory=list)  # ("1", text), ("(a)", text)
    notes: dict[str, str] = field(default_factory=dict)
    meeting: str = "74th plenary meeting"
    adopted: str = "20 December 2004"
    distributed: str = "9 February 2005"
    session_words: str = "Fifty-ninth"
    agenda: str = "105 (b)"
    report: str = "A/59/503/Add.2"

    @property
    def symbol(self) -> str:
        return f"A/RES/{self.number}"

    def fill(self, text: str, marker) -> str:  # type: ignore[no-untyped-def]
        for number in self.notes:
            text = text.replace("{" + number + "}", marker(number))
        return text

    def plain(self, text: str) -> str:
        return self.fill(text, lambda n: "")

    def expected_paragraphs(self) -> list[tuple[str, str]]:
        out = [(f"pp{i}", self.plain(t)) for i, t in enumerate(self.preamble, start=1)]
        current = ""
        for number, text in self.operative:
            if number.isdigit():
                current = f"op{number}"
                out.append((current, self.plain(text)))
            else:
                out.append((current + number.strip("()"), self.plain(text)))
        return out

    def note_order(self) -> list[str]:
        """Notes in the order their markers first appear."""
        found: list[str] = []
        for text in [*self.preamble, *(t for _, t in self.operative)]:
            for match in re.finditer(r"\{(\d+)\}", text):
                if match.group(1) in self.notes and match.group(1) not in found:
                    found.append(match.group(1))
        return found


def _label(number: str) -> str:
    return f"{number}." if number.isdigit() else number


def markdown_superscript(spec: ResolutionSpec | None = None) -> str:
    spec = spec or _DEFAULT
    sup = lambda n: n.translate(SUPERSCRIPT)  # noqa: E731
    groups = [
        "General Assembly",
        f"Distr.: General\n{spec.distributed}",
        f"{spec.session_words} session",
        f"Agenda item {spec.agenda}",
        "Resolution adopted by the General Assembly",
        f"[on the report of the Third Committee ({spec.report})]",
        f"{spec.number}. {spec.title}",
        "The General Assembly,",
    ]
    half = max(1, len(spec.preamble) // 2)
    groups += [spec.fill(p, sup) for p in spec.preamble[:half]]
    order = spec.note_order()
    first_page = [n for n in order if any("{" + n + "}" in p for p in spec.preamble[:half])]
    groups += [f"{sup(n)} {spec.notes[n]}" for n in first_page]
    groups += [spec.fill(p, sup) for p in spec.preamble[half:]]
    for number, text in spec.operative:
        verb, rest = ([*spec.fill(text, sup).split(" ", 1), ""])[:2]
        groups.append(
            f"{_label(number)} *{verb}* {rest}".rstrip() if number.isdigit() else f"{number} {spec.fill(text, sup)}"
        )
    groups.append(f"*{spec.meeting}\n{spec.adopted}*")
    groups += [f"{sup(n)} {spec.notes[n]}" for n in order if n not in first_page]
    return "\n\n\n".join(groups) + "\n"


def word_ods(spec: ResolutionSpec | None = None) -> str:
    spec = spec or _DEFAULT
    glued = lambda n: n  # noqa: E731
    lines = [
        f"[DU2]Resolution adopted by the General Assembly on {spec.adopted}",
        f"[on the report of the Third Committee ({spec.report})]",
        f"{spec.number}.\t{spec.title}",
        "",
        "\tThe General Assembly,",
        *(f"\t{spec.fill(p, glued)}" for p in spec.preamble),
        *(f"\t{_label(n)}\t{spec.fill(t, glued)}" for n, t in spec.operative),
        "",
        spec.meeting,
        spec.adopted,
        *(f"{n} {spec.notes[n]}" for n in spec.note_order()),
        "<<ODS JOB NO>>N0448871E<<ODS JOB NO>>",
        f"<<ODS DOC SYMBOL1>>{spec.symbol}<<ODS DOC SYMBOL1>>",
        "______________",
        "",
        "1",
        "",
        f"United Nations{spec.symbol}General AssemblyDistr.: General",
        f"{spec.distributed}{spec.session_words} session",
        f"Agenda item {spec.agenda}",
        "",
        "04 48871",
        "",
        spec.symbol,
        "2",
    ]
    return "\n".join(lines) + "\n"


def pdf_text(spec: ResolutionSpec | None = None, width: int = 95) -> str:
    """Hard-wrapped; markers glued; note texts without markers at each page's end, and a
    page break in the middle of the second preambular paragraph."""
    spec = spec or _DEFAULT
    glued = lambda n: n  # noqa: E731
    wrap = lambda text: textwrap.wrap(text, width)  # noqa: E731
    lines = [*wrap(f"{spec.number}. {spec.title}"), "The General Assembly,"]
    broken = min(1, len(spec.preamble) - 1)
    page_one: list[str] = []
    for index, paragraph in enumerate(spec.preamble):
        wrapped = wrap(spec.fill(paragraph, glued))
        if index == broken and len(wrapped) > 2:
            lines += wrapped[:2]
            page_one = [n for n in spec.note_order() if any("{" + n + "}" in p for p in spec.preamble[: broken + 1])]
            lines += [f" {spec.notes[n]}" for n in page_one] + [spec.symbol, "2"]
            lines += wrapped[2:]
        else:
            lines += wrapped
    for number, text in spec.operative:
        lines += wrap(f"{_label(number)} {spec.fill(text, glued)}")
    lines += [spec.meeting, spec.adopted]
    lines += [f" {spec.notes[n]}" for n in spec.note_order() if n not in page_one]
    return "\n".join(lines) + "\n"


def default_spec() -> ResolutionSpec:
    return ResolutionSpec(
        preamble=[
            "Recalling its resolution 58/190 of 22 December 2003,{1}",
            "Reaffirming the Universal Declaration of Human Rights,{2} which proclaims that all human beings are born free and equal in dignity and rights and that everyone is entitled to all the rights and freedoms set out therein,",
            "Noting with concern the large and growing number of migrants in situations of vulnerability, including women and children, in many parts of the world,",
        ],
        operative=[
            (
                "1",
                "Calls upon all States to promote and protect effectively the human rights of all migrants, regardless of their status;",
            ),
            ("2", "Requests the Secretary-General:{3}"),
            (
                "(a)",
                "To submit to the General Assembly at its sixtieth session a report on the implementation of the present resolution;",
            ),
            (
                "(b)",
                "To continue to promote the International Convention, adopted on 18 December 1990, and to report thereon;",
            ),
            (
                "3",
                "Decides to continue its consideration of the question at its sixtieth session under the item entitled “Human rights questions”.",
            ),
        ],
        notes={"1": "Resolution 58/190.", "2": "Resolution 217 A (III).", "3": "See A/59/325 and Corr.1."},
    )


_DEFAULT = default_spec()
TITLE = _DEFAULT.title
NOTES = _DEFAULT.notes
EXPECTED_PARAGRAPHS = _DEFAULT.expected_paragraphs()
PREAMBLE = _DEFAULT.preamble
OPERATIVE = _DEFAULT.operative


CHR_PREAMBLE = [
    "Reaffirming that all human beings are born free and equal in dignity and rights,",
    "Recalling its resolution 2003/46 of 23 April 2003, and taking note of the report of the Special Rapporteur on the human rights of migrants (E/CN.4/2004/76),",
]
CHR_OPERATIVE = [
    ("1", "Encourages all States to consider signing and ratifying the Convention;"),
    ("2", "Decides to continue its consideration of the question at its sixty-first session."),
]


def ohchr_web() -> str:
    split_at = CHR_PREAMBLE[1].index("the Special Rapporteur")
    groups = [
        "**OFFICE OF THE HIGH COMMISSIONER FOR\nHUMAN RIGHTS**",
        f"**{TITLE}**",
        "Commission on Human Rights resolution 2004/53",
        "The Commission on Human Rights,",
        CHR_PREAMBLE[0],
        CHR_PREAMBLE[1][:split_at].rstrip(),
        CHR_PREAMBLE[1][split_at:],
        "\n".join(f"{n}. *{t.split(' ', 1)[0]}* {t.split(' ', 1)[1]}" for n, t in CHR_OPERATIVE),
        "57th meeting\n20 April 2004\n[Adopted by a recorded vote of 35 votes to none, with 17 abstentions.]",
        "See chap. XIV. - E/CN.4/2004/L.11/Add.5]",
    ]
    return "\n\n".join(groups) + "\n"


REPORT_PARAGRAPHS = [
    "The present report is submitted pursuant to General Assembly resolution 58/166 of 22 December 2003.¹",
    "As at 1 June 2004, the Convention had been ratified or acceded to by 26 States, namely, Azerbaijan, Belize, Bolivia, Bosnia and Herzegovina, Burkina Faso, Cape Verde, Colombia, Ecuador, Egypt, El Salvador, Ghana, Guatemala, Guinea, Kyrgyzstan, Mali, Mexico, Morocco, Philippines, Senegal, Seychelles, Sri Lanka, Tajikistan, Timor-Leste, Turkey, Uganda and Uruguay.",
    "The Committee on Migrant Workers held its first session in Geneva from 1 to 5 March 2004.",
]


def markdown_report() -> str:
    first_half = REPORT_PARAGRAPHS[1][: REPORT_PARAGRAPHS[1].index("Colombia")].rstrip()
    second_half = REPORT_PARAGRAPHS[1][len(first_half) :].lstrip()
    return (
        "\n".join(
            [
                "# General Assembly",
                "",
                "Distr.: General  ",
                "20 July 2004",
                "",
                "Original: English",
                "",
                "---",
                "",
                "## Fifty-ninth session",
                "",
                "Item 105 (a) of the provisional agenda\\*",
                "",
                "### Human rights questions",
                "",
                "## Status of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
                "",
                "### Report of the Secretary-General",
                "",
                "## I. Introduction",
                "",
                f"1. {REPORT_PARAGRAPHS[0]}",
                "",
                f"2. {first_half}",
                "",
                "---",
                "",
                "\\* A/59/150.",
                "",
                "1 See A/58/221.",
                "",
                "",
                second_half,
                "",
                "## II. The Committee",
                "",
                f"3. {REPORT_PARAGRAPHS[2]}",
                "",
                "---",
            ]
        )
        + "\n"
    )


def pdf_text_with_masthead() -> str:
    """PDF text whose first page keeps the masthead, and whose pages carry running heads."""
    masthead = [
        "United Nations A/RES/59/194",
        "General Assembly Distr.: General",
        "9 February 2005",
        "Fifty-ninth session",
        "Agenda item 105 (b)",
        "04-48871",
        "Resolution adopted by the General Assembly",
        "[on the report of the Third Committee (A/59/503/Add.2)]",
    ]
    body = pdf_text(_DEFAULT).replace("A/RES/59/194\n2\n", "2 A/RES/59/194\n")
    return "\n".join(masthead) + "\n" + body
