"""Mastheads and formulas in the UN's other languages (``languages``): a French, Spanish
or Russian version read as the English one is, its facts recorded in English."""

from __future__ import annotations

from datetime import date

from build_scripts import metadata as md
from build_scripts.readers.base import Block
from build_scripts.structure import build_document
from build_scripts.structure.masthead import body_name, original_language, report_subtitle

from .helpers import assert_declines, line, masthead, raw_document


def test_a_french_resolution_read_as_an_english_one() -> None:
    """ "Nations Unies", "Assemblée générale", "Distr. générale", "1er décembre 2023",
    "L’Assemblée générale,": the body, the class, the date and the formula; its preamble
    and operative part as a resolution's."""
    raw = raw_document(
        Block("Nations Unies A/RES/78/300", 1),
        Block("Assemblée générale Distr. générale", 2),
        Block("1er décembre 2023", 3),
        Block("Soixante-dix-huitième session\nPoint 14 de l’ordre du jour", 4),
        Block("Résolution adoptée par l’Assemblée générale le 28 novembre 2023", 4),
        Block("78/300. Coopération entre l’Organisation des Nations Unies et l’Union africaine", 5),
        Block("L’Assemblée générale,", 6),
        Block("Rappelant sa résolution 77/1,", 7),
        Block("1. Décide de poursuivre l’examen de la question.", 8),
        Block("50e séance plénière\n28 novembre 2023", 9),
    )
    doc = build_document(raw)
    assert (doc.symbol, doc.body, doc.doc_type, doc.distributed, doc.adopted, doc.meeting) == (
        "A/RES/78/300",
        "General Assembly",
        "resolution",
        date(2023, 12, 1),
        date(2023, 11, 28),
        "50e séance plénière",
    )
    assert doc.title == "Coopération entre l’Organisation des Nations Unies et l’Union africaine"
    assert (doc.session, doc.agenda_item) == (78, "14")
    assert not [w for w in doc.warnings if "[header-line]" in w]
    assert doc.extra["distribution"] == "General"
    assert [(p.id, p.kind) for p in doc.paragraphs] == [("pp1", "preamble"), ("op1", "operative")]


def test_body_names_and_language_lines_in_other_languages() -> None:
    """ "Consejo de Seguridad" alone is the Security Council; "Español" alone the version's
    language, "Original : anglais" (French spacing) the original's; an English title is
    neither."""
    m = masthead()
    assert body_name(m, line("Consejo de Seguridad"))
    assert m.doc.facts.body == "Security Council"
    assert original_language(m, line("Español"))
    assert original_language(m, line("Original : anglais"))
    assert (m.doc.extra["language"], m.doc.extra["original"]) == ("Español", "anglais")
    assert_declines(body_name, masthead(), line("Consejo de Seguridad y paz"))
    assert_declines(original_language, masthead(), line("Español y francés"))


def test_subtitles_naming_a_report_or_a_note_in_other_languages() -> None:
    """ "Documento de la Secretaría" names a report, "Note du Secrétaire général" a note,
    below the title as "Report of the Secretary-General" does."""
    m = masthead()
    assert report_subtitle(m, line("Note du Secrétaire général", 4))
    assert (m.doc.facts.subtitle, m.doc.facts.doc_type) == ("Note du Secrétaire général", "note")
    m = masthead()
    assert report_subtitle(m, line("Documento de la Secretaría", 4))
    assert m.doc.facts.doc_type == "report"
    assert_declines(report_subtitle, masthead(), line("Documento final de la Conferencia", 4))


def test_naming_lines_openings_and_annexes_in_other_languages() -> None:
    """What each language prints for a letter, a note verbale, an opening formula, an
    annex: the type it gives and the body it names."""
    assert md.named_type("Carta de fecha 12 de septiembre de 2023 dirigida a") == "letter"
    assert md.named_type("Lettre datée du 3 mars 2024, adressée au Président") == "letter"
    assert md.named_type("Письмо Постоянного представителя") == "letter"
    assert md.named_type("Note verbale datée du 4 juin 2024") == "note verbale"
    assert md.named_type("Observaciones finales sobre el sexto informe periódico") == "concluding observations"
    assert md.opening_body("La Asamblea General,") == "General Assembly"
    assert md.opening_body("Le Conseil de sécurité,") == "Security Council"
    assert md.opening_body("Совет Безопасности,") == "Security Council"
    assert md.opening_body("The Human Rights Council,") == "Human Rights Council"
    assert md.opening_body("La Asamblea General examinó") is None
    adopted = md.adopted_by("Резолюция, принятая Генеральной Ассамблеей 19 декабря 2023 года")
    assert adopted and md.body_named(adopted.group("body")) == "General Assembly"
    assert md.parse_date(adopted.group("date")) == date(2023, 12, 19)
    assert md.MEETING_RE.match("50ª sesión plenaria") and md.MEETING_RE.match("50-е пленарное заседание")
    assert md.ANNEX_RE.match("Annexe II") and md.ANNEX_RE.match("Приложение")
    assert md.ANNEXED_TO_RE.match("Anexo de la carta de fecha 12 de septiembre de 2023")


def test_sessions_and_agenda_items_in_other_languages() -> None:
    """A session's ordinal in words, French, Spanish or Russian; an agenda item as
    printed. Words that are no ordinal ("special", a working group's "sustantivo") name
    no session."""
    sessions = {
        "Soixante-dix-huitième session": 78,
        "Soixante et onzième session": 71,
        "Quatre-vingt-unième session": 81,
        "Septuagésimo octavo período de sesiones": 78,
        "Cuadragésimo noveno período de sesiones": 49,
        "Семьдесят восьмая сессия": 78,
        "Двадцатая сессия": 20,
        "Fifty-sixth session": 56,
        "Report on the special session": None,
        "Octavo período de sesiones sustantivo": None,
    }
    assert {text: md.parse_session(text) for text in sessions} == sessions
    items = ("Point 68 de l’ordre du jour", "Temas 68 y 70 del programa provisional", "Пункт 68 b) повестки дня")
    assert [md.agenda_items(md.AGENDA_RE.search(text)) for text in items] == ["68", "68 y 70", "68 b)"]
