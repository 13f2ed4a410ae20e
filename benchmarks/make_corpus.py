"""Synthetic collections: documents that are not seeds, in each of the five raw shapes.

A ``DocSpec`` holds a document (resolution or report, paragraphs with note markers
written ``{n}``, notes, metadata); one function per shape renders it with that shape's
damage (hard wraps and lost markers for PDF text, tabs and template furniture for
Word/ODS, superscripts for Markdown, banners and split paragraphs for the web page,
page breaks with notes for the report). ``make_corpus`` draws N varied documents from a
seed; the tests use the same renderers on hand-written and generated specs.
"""

from __future__ import annotations

import random
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Sessions (1995-2009) the documents are spread over, in turn
SESSIONS = 15
ORDINALS = {
    50: "Fiftieth",
    51: "Fifty-first",
    52: "Fifty-second",
    53: "Fifty-third",
    54: "Fifty-fourth",
    55: "Fifty-fifth",
    56: "Fifty-sixth",
    57: "Fifty-seventh",
    58: "Fifty-eighth",
    59: "Fifty-ninth",
    60: "Sixtieth",
    61: "Sixty-first",
    62: "Sixty-second",
    63: "Sixty-third",
    64: "Sixty-fourth",
}


@dataclass
class DocSpec:
    """A document to render. Resolutions have a preamble and numbered operative paragraphs
    (sub-paragraphs as ``("(a)", text)``); reports have numbered paragraphs only."""

    number: str = "59/194"
    title: str = "Protection of migrants"
    preamble: list[str] = field(default_factory=list)
    operative: list[tuple[str, str]] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    meeting: str = "74th plenary meeting"
    adopted: str = "20 December 2004"
    distributed: str = "9 February 2005"
    session_words: str = "Fifty-ninth"
    agenda: str = "105 (b)"
    report: str = "A/59/503/Add.2"
    body: str = "General Assembly"
    vote: str = "without a vote"

    @property
    def symbol(self) -> str:
        if self.body == "Commission on Human Rights":
            return f"E/CN.4/RES/{self.number}"
        return f"A/RES/{self.number}"

    def fill(self, text: str, marker) -> str:  # type: ignore[no-untyped-def]
        return re.sub(r"\{(\d+)\}", lambda m: marker(m.group(1)) if m.group(1) in self.notes else m.group(0), text)

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


def _sup(number: str) -> str:
    return number.translate(SUPERSCRIPT)


def markdown_superscript(spec: DocSpec) -> str:
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
    groups += [spec.fill(p, _sup) for p in spec.preamble[:half]]
    order = spec.note_order()
    first_page = [n for n in order if any("{" + n + "}" in p for p in spec.preamble[:half])]
    groups += [f"{_sup(n)} {spec.notes[n]}" for n in first_page]
    groups += [spec.fill(p, _sup) for p in spec.preamble[half:]]
    for number, text in spec.operative:
        verb, rest = [*spec.fill(text, _sup).split(" ", 1), ""][:2]
        groups.append(
            f"{_label(number)} *{verb}* {rest}".rstrip() if number.isdigit() else f"{number} {spec.fill(text, _sup)}"
        )
    groups.append(f"*{spec.meeting}\n{spec.adopted}*")
    groups += [f"{_sup(n)} {spec.notes[n]}" for n in order if n not in first_page]
    return "\n\n\n".join(groups) + "\n"


def word_ods(spec: DocSpec) -> str:
    lines = [
        f"[DU2]Resolution adopted by the General Assembly on {spec.adopted}",
        f"[on the report of the Third Committee ({spec.report})]",
        f"{spec.number}.\t{spec.title}",
        "",
        "\tThe General Assembly,",
        *(f"\t{spec.fill(p, str)}" for p in spec.preamble),
        *(f"\t{_label(n)}\t{spec.fill(t, str)}" for n, t in spec.operative),
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


def pdf_text(spec: DocSpec, width: int = 95) -> str:
    """Hard-wrapped; markers glued; note texts without markers at each page's end, and a
    page break in the middle of the second preambular paragraph."""
    wrap = lambda text: textwrap.wrap(text, width)  # noqa: E731
    lines = [*wrap(f"{spec.number}. {spec.title}"), "The General Assembly,"]
    broken = min(1, len(spec.preamble) - 1)
    page_one: list[str] = []
    for index, paragraph in enumerate(spec.preamble):
        wrapped = wrap(spec.fill(paragraph, str))
        if index == broken and len(wrapped) > 2:
            lines += wrapped[:2]
            page_one = [n for n in spec.note_order() if any("{" + n + "}" in p for p in spec.preamble[: broken + 1])]
            lines += [f" {spec.notes[n]}" for n in page_one] + [spec.symbol, "2"]
            lines += wrapped[2:]
        else:
            lines += wrapped
    for number, text in spec.operative:
        lines += wrap(f"{_label(number)} {spec.fill(text, str)}")
    lines += [spec.meeting, spec.adopted]
    lines += [f" {spec.notes[n]}" for n in spec.note_order() if n not in page_one]
    return "\n".join(lines) + "\n"


def ohchr_web(spec: DocSpec) -> str:
    """A Commission resolution saved from the web (no notes: the web pages print none)."""
    groups = [
        "**OFFICE OF THE HIGH COMMISSIONER FOR\nHUMAN RIGHTS**",
        f"**{spec.title}**",
        f"Commission on Human Rights resolution {spec.number}",
        "The Commission on Human Rights,",
    ]
    for index, paragraph in enumerate(spec.preamble):
        text = spec.plain(paragraph)
        words = text.split(" ")
        if index == 1 and len(words) > 6:  # a blank line falls mid-sentence
            cut = len(words) // 2
            while cut < len(words) - 1 and not words[cut][:1].islower():
                cut += 1
            groups += [" ".join(words[:cut]), " ".join(words[cut:])]
        else:
            groups.append(text)
    groups.append(
        "\n".join(
            f"{_label(n)} *{spec.plain(t).split(' ', 1)[0]}* {spec.plain(t).split(' ', 1)[1]}"
            if n.isdigit()
            else f"{n} {spec.plain(t)}"
            for n, t in spec.operative
        )
    )
    groups.append(f"{spec.meeting}\n{spec.adopted}\n[Adopted {spec.vote}.]")
    groups.append("See chap. XIV. - E/CN.4/2004/L.11/Add.5]")
    return "\n\n".join(groups) + "\n"


def markdown_report(spec: DocSpec) -> str:
    """A report: masthead headings, numbered paragraphs, a page break inside paragraph 2
    with the page's notes after it."""
    out = [
        "# General Assembly",
        "",
        "Distr.: General  ",
        spec.distributed,
        "",
        "Original: English",
        "",
        "---",
        "",
        f"## {spec.session_words} session",
        "",
        f"Item {spec.agenda} of the provisional agenda\\*",
        "",
        "### Human rights questions",
        "",
        f"## {spec.title}",
        "",
        "### Report of the Secretary-General",
        "",
    ]
    notes_done = False
    for number, text in spec.operative:
        body = spec.fill(text, _sup)
        words = body.split(" ")
        if number == "2" and len(words) > 8 and not notes_done:
            cut = len(words) // 2
            out += [f"{number}. {' '.join(words[:cut])}", "", "---", "", "\\* A/59/150.", ""]
            out += [f"{n} {spec.notes[n]}" for n in spec.note_order()] + ["", "", " ".join(words[cut:]), ""]
            notes_done = True
        else:
            out += [f"{number}. {body}", ""]
    if not notes_done:
        out += ["---", "", "\\* A/59/150.", ""] + [f"{n} {spec.notes[n]}" for n in spec.note_order()]
    return "\n".join([*out, "---"]) + "\n"


# -- generation -------------------------------------------------------------------------

WORDS = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "all",
    "migrant",
    "workers",
    "members",
    "families",
    "rights",
    "human",
    "states",
    "protection",
    "further",
    "efforts",
    "situation",
    "respect",
    "dignity",
    "promote",
    "ensure",
    "measures",
    "national",
    "international",
    "cooperation",
    "assistance",
    "programme",
    "services",
    "field",
    "particular",
    "women",
    "children",
    "vulnerable",
    "effective",
    "growing",
    "concern",
    "equal",
    "treatment",
    "labour",
    "law",
    "policies",
    "access",
    "health",
    "education",
    "housing",
    "regional",
    "dialogue",
    "information",
    "capacity",
]
OPENERS = ["Recalling", "Noting", "Reaffirming", "Considering", "Welcoming", "Bearing in mind", "Aware", "Concerned"]
VERBS = ["Decides", "Requests", "Calls upon", "Welcomes", "Urges", "Invites", "Encourages"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def generate_spec(
    rng: random.Random, index: int, shape: str, previous: list[str], agreed: list[list[str]] | None = None
) -> tuple[DocSpec, str | None]:
    """One document; returns its spec and, for a report, the symbol its sidecar states.

    ``agreed``: the opening and words of recent resolutions' paragraphs. As real resolutions do, a
    resolution repeats some of them word for word and amends others (two words changed);
    its own new paragraphs are added to the list."""
    session = 50 + index % SESSIONS
    year = 1945 + session
    notes: dict[str, str] = {}
    agreed = agreed if agreed is not None else []

    def sentence(opener: str, end: str) -> str:
        if agreed and shape != "markdown-report" and rng.random() < 0.4:
            opener, *words = rng.choice(agreed)
            if rng.random() < 0.5:  # amended: two words changed
                for _ in range(2):
                    words[rng.randrange(len(words))] = rng.choice(WORDS)
        else:
            words = [rng.choice(WORDS) for _ in range(rng.randint(12, 45))]
            if rng.random() < 0.3:
                words.insert(rng.randint(0, len(words)), f"on {rng.randint(1, 28)} {rng.choice(_MONTHS)} {year}")
            if previous and rng.random() < 0.3:
                words.insert(rng.randint(0, len(words)), f"resolution {rng.choice(previous)}")
            if rng.random() < 0.15:
                words.insert(rng.randint(0, len(words)), "resolution 45/158 and A/CONF.157/23")
            if shape != "markdown-report":
                agreed.append([opener, *words])
        if shape != "ohchr-web" and rng.random() < 0.35 and len(notes) < 9:
            number = str(len(notes) + 1)
            notes[number] = rng.choice(
                [f"Resolution {session - 1}/{rng.randint(100, 300)}.", f"See A/{session}/{rng.randint(100, 400)}."]
            )
            at = rng.randrange(len(words))
            words[at] = words[at] + ("," if words[at][-1:].isdigit() else rng.choice(["", ","])) + "{" + number + "}"
        return f"{opener} {' '.join(words)}{end}"

    body = "Commission on Human Rights" if shape == "ohchr-web" else "General Assembly"
    # numbered within the session (or year), as bodies number: four digits at most up to
    # 20,000 documents and beyond (a symbol of five is refused, rightly)
    within = index // SESSIONS
    number = f"{year}/{within + 1}" if body != "General Assembly" else f"{session}/{1000 + within}"
    if shape == "markdown-report":
        paragraphs = [
            (str(n), f"The Secretary-General {' '.join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))}.")
            for n in range(1, rng.randint(10, 40) + 1)
        ]
        paragraphs = [(n, sentence("The Secretary-General", ".") if rng.random() < 0.5 else t) for n, t in paragraphs]
        spec = DocSpec(
            number=number,
            title=f"Status of the Convention: report {index}",
            operative=paragraphs,
            notes=notes,
            session_words=ORDINALS[session],
            agenda=f"{100 + index % 40} (a)",
            distributed=f"{rng.randint(1, 28)} July {year}",
        )
        return spec, f"A/{session}/{2000 + within}"
    preamble = [sentence(rng.choice(OPENERS), ",") for _ in range(rng.randint(3, 15))]
    operative: list[tuple[str, str]] = []
    count = rng.randint(5, 25)
    for n in range(1, count + 1):
        subs = rng.choice([0, 0, 0, 2]) if n < count else 0
        operative.append((str(n), sentence(rng.choice(VERBS), ":" if subs else ("." if n == count else ";"))))
        operative += [(f"({letter})", sentence("To", ";")) for letter in "ab"[:subs]]
    spec = DocSpec(
        number=number,
        title=f"Protection of migrants {index}",
        preamble=preamble,
        operative=operative,
        notes=notes,
        body=body,
        adopted=f"{rng.randint(1, 28)} December {year}",
        distributed=f"{rng.randint(1, 28)} February {year + 1}",
        session_words=ORDINALS[session],
        agenda=f"{100 + index % 40} (b)",
        meeting=f"{rng.randint(50, 90)}th plenary meeting"
        if body == "General Assembly"
        else f"{rng.randint(50, 65)}th meeting",
    )
    return spec, None


RENDERERS = {
    "markdown-superscript": markdown_superscript,
    "word-ods": word_ods,
    "pdf-text": pdf_text,
    "ohchr-web": ohchr_web,
    "markdown-report": markdown_report,
}


def make_corpus(count: int, out: Path, seed: int = 20261123) -> list[str]:
    """Write ``count`` documents (and the reports' sidecars) into ``out``; their symbols."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    shapes = sorted(RENDERERS)
    symbols: list[str] = []
    previous: list[str] = []
    agreed: list[list[str]] = []
    for index in range(count):
        shape = shapes[index % len(shapes)]
        del agreed[:-200]  # the language of the last few resolutions
        spec, sidecar_symbol = generate_spec(rng, index, shape, previous[-50:], agreed)
        name = f"{index:05d}_{shape}.txt"
        (out / name).write_text(RENDERERS[shape](spec), encoding="utf-8")
        if sidecar_symbol:
            (out / name.replace(".txt", ".meta.yaml")).write_text(
                f"symbol:\n  value: {sidecar_symbol}\n  why: synthetic report (benchmark corpus)\n", encoding="utf-8"
            )
        symbols.append(sidecar_symbol or spec.symbol)
        if spec.body == "General Assembly" and shape != "markdown-report":
            previous.append(spec.number)
    return symbols


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python benchmarks/make_corpus.py N OUT", file=sys.stderr)
        return 2
    symbols = make_corpus(int(argv[0]), Path(argv[1]))
    print(f"{len(symbols)} documents written to {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
