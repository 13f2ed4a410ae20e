"""The words of a UN masthead in the Organization's other working languages.

The UN issues every document in its official languages, each version under the same
symbol and in the same layout: "Naciones Unidas" above "Consejo de Seguridad", "Distr.
general", "13 de septiembre de 2023", "Carta de fecha ... dirigida a ...". A collection
may hold a French or Spanish or Russian version where the English one is missing (the
corpora here do). ``metadata`` builds its patterns from these tables so that every rule
reads such a masthead as it reads the English one: the body, the distribution, the
date, the language lines, the session in words ("Septuagésimo octavo período de
sesiones": ``session_number``), the agenda item, the line naming the document, the
opening formula, the adoption line, the sign-off's meeting and the annexes. Facts are
recorded in English (the body "Security Council", the class "General"); the text stays
as printed.

Arabic and Chinese are not here yet: their mastheads set the Latin symbol apart from
right-to-left or unspaced text, which the readers would have to learn first.

Data, and the one function that reads an ordinal in words: no library knows the UN's
masthead vocabulary (number-parsing libraries read cardinals, not a session's
"soixante-dix-huitième"), so it is written here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# month names as dates print them: Spanish and French in lower case, Russian in the
# genitive ("11 марта 2024 года")
MONTHS: dict[str, int] = {
    name: number
    for names in (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    )
    for number, name in enumerate(names.split(), start=1)
}
# the spelling of "setiembre" some Spanish texts use
MONTHS["setiembre"] = 9

UNITED_NATIONS = ("Naciones Unidas", "Nations Unies", "Организация Объединенных Наций")

# a body's name as its masthead or opening formula prints it, and the fact recorded
BODY_NAMES: dict[str, str] = {
    "Asamblea General": "General Assembly",
    "Assemblée générale": "General Assembly",
    "Генеральная Ассамблея": "General Assembly",
    "Consejo de Seguridad": "Security Council",
    "Conseil de sécurité": "Security Council",
    "Совет Безопасности": "Security Council",
    "Consejo Económico y Social": "Economic and Social Council",
    "Conseil économique et social": "Economic and Social Council",
    "Экономический и Социальный Совет": "Economic and Social Council",
    "Consejo de Derechos Humanos": "Human Rights Council",
    "Conseil des droits de l’homme": "Human Rights Council",
    "Conseil des droits de l'homme": "Human Rights Council",
    "Совет по правам человека": "Human Rights Council",
    "Comisión de Derechos Humanos": "Commission on Human Rights",
    "Commission des droits de l’homme": "Commission on Human Rights",
    "Commission des droits de l'homme": "Commission on Human Rights",
    "Комиссия по правам человека": "Commission on Human Rights",
}

# "Distr. general", "Distr. générale", "Distr. limitée": the class, as recorded
DISTRIBUTION_CLASSES: dict[str, str] = {
    "general": "General",
    "générale": "General",
    "limitada": "Limited",
    "limitée": "Limited",
    "reservada": "Restricted",
    "restreinte": "Restricted",
}

# the line giving the version's own language ("Español", or "Russian" in the English a
# Russian masthead keeps), where it stands alone
_ISO_639_2 = ("eng", "fra", "spa", "rus", "ara", "zho")
_LANGUAGE_NAMES = (
    ("English", "French", "Spanish", "Russian", "Arabic", "Chinese"),
    ("Inglés", "Francés", "Español", "Ruso", "Árabe", "Chino"),
    ("Anglais", "Français", "Espagnol", "Russe", "Arabe", "Chinois"),
    ("Английский", "Французский", "Испанский", "Русский", "Арабский", "Китайский"),
)
LANGUAGES: tuple[str, ...] = tuple(name for names in _LANGUAGE_NAMES for name in names)


_LANGUAGE_CODES = {
    known.casefold(): code for names in _LANGUAGE_NAMES for code, known in zip(_ISO_639_2, names, strict=True)
}


def language_code(name: str | None) -> str | None:
    """A language's ISO 639-2 code ("Español": spa) as the masthead names it; None if
    ``name`` names none of the six."""
    return _LANGUAGE_CODES.get(name.casefold()) if name is not None else None


# how a line names the document, with the type it gives (``metadata.NAMED_TYPES``)
NAMED_TYPES: tuple[tuple[str, str], ...] = (
    (r"Cartas? (?:idénticas )?de fecha", "letter"),
    (r"(?:Lettres? (?:identiques )?datées? du|Lettres? identiques datées du)", "letter"),
    (r"(?:Идентичные )?[Пп]исьм[оа]\b", "letter"),
    (r"Nota verbal de fecha", "note verbale"),
    (r"Note verbale datée du", "note verbale"),
    (r"Вербальная нота\b", "note verbale"),
    (r"Nota (?:del|de la)\b", "note"),
    (r"Note (?:du|de la)\b", "note"),
    (r"Записка\b", "note"),
    (r"Informe (?:del|de la|de los)\b", "report"),
    (r"Rapport (?:du|de la|des)\b", "report"),
    (r"Доклад\b", "report"),
    (r"Observaciones finales sobre\b", "concluding observations"),
    (r"Observations finales concernant\b", "concluding observations"),
    (r"Заключительные замечания по\b", "concluding observations"),
)

# the line naming a report or note below its title ("Report of the Secretary-General"):
# "Informe del Secretario General", "Note du Secrétariat", "Документ Секретариата"
SUBTITLES = (
    r"(?:Nota|Informe|Documento) (?:del|de la|de los) .+"
    r"|(?:Note|Rapport|Document) (?:du|de la|des) .+"
    r"|(?:Записка|Доклад|Документ) (?:Генерального секретаря|Секретариата)\b.*"
)

# the line a resolution's masthead prints above its title, its groups ``decision``,
# ``body`` and ``date``: "Resolución aprobada por la Asamblea General el 19 de diciembre de
# 2023", "Résolution adoptée par l’Assemblée générale le 19 décembre 2023", "Резолюция,
# принятая Генеральной Ассамблеей 19 декабря 2023 года" (Russian names the body in the
# instrumental case, ``ADOPTING_BODIES``)
ADOPTING_BODIES: dict[str, str] = {
    "Генеральной Ассамблеей": "General Assembly",
    "Советом Безопасности": "Security Council",
    "Экономическим и Социальным Советом": "Economic and Social Council",
    "Советом по правам человека": "Human Rights Council",
    "Комиссией по правам человека": "Commission on Human Rights",
}
ADOPTED_BY = (
    r"^(?:Resolución|Résolution|Резолюция,|(?P<decision>Decisión|Décision|Решение,))"
    r" (?:aprobada|adoptada|adoptée|принятая|принятое)"
    r" (?:por (?:la |el )?|par (?:la |le |l’|l')?)?"
    rf"(?P<body>{'|'.join([*BODY_NAMES, *ADOPTING_BODIES])})"
    r"(?: (?:el |le )?(?P<date>\d.+))?$"
)
# a resolution's meeting as its sign-off prints it: "50e séance plénière", "50ª sesión
# plenaria", "50-е пленарное заседание"; recorded as printed
MEETING = (
    r"\d{1,4}(?:e|ème|ª|a|\.ª|-е|-м) (?:séance plénière|sesión plenaria|пленарное заседание|séance|sesión|заседание)"
)

# a session as the masthead names it: "Soixante-dix-huitième session", "Septuagésimo
# octavo período de sesiones", "Семьдесят восьмая сессия": up to four words before the
# word for session, read by ``session_number`` (the words it cannot read are the line's)
# (not a working group's "período de sesiones sustantivo", "session de fond": an English
# masthead's "substantive session" is no session of the body either)
SESSION = r"((?:[^\W\d_]+[ -]){0,3}[^\W\d_]+) (?:session|período de sesiones|сессия)\b(?! sustantivo| de fond)"


def _valued(words: str, values: Iterable[int]) -> dict[str, int]:
    """Each of the space-separated ``words`` with its value, in order."""
    return dict(zip(words.split(), values, strict=True))


# the number a session's words say: cardinal tens and units add up to the ordinal that
# ends them ("soixante" "dix" "huitième": 78; "septuagésimo" "octavo": 78; "семьдесят"
# "восьмая": 78); French's "quatre-vingt" is one word here, its "et" none
_CARDINALS = {
    **_valued("dix vingt trente quarante cinquante soixante quatrevingt", (10, 20, 30, 40, 50, 60, 80)),
    **_valued("двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто", range(20, 100, 10)),
}
_ORDINALS = {
    # French
    **_valued("unième premier première deuxième second seconde", (1, 1, 1, 2, 2, 2)),
    **_valued("troisième quatrième cinquième sixième septième huitième neuvième dixième", range(3, 11)),
    **_valued("onzième douzième treizième quatorzième quinzième seizième", range(11, 17)),
    **_valued("vingtième trentième quarantième cinquantième soixantième quatrevingtième", (20, 30, 40, 50, 60, 80)),
    # Spanish
    **_valued("primer primero segundo tercer tercero cuarto quinto sexto", (1, 1, 2, 3, 3, 4, 5, 6)),
    **_valued("séptimo octavo noveno décimo undécimo duodécimo", range(7, 13)),
    **_valued("vigésimo trigésimo cuadragésimo quincuagésimo sexagésimo", range(20, 70, 10)),
    **_valued("septuagésimo octogésimo nonagésimo", range(70, 100, 10)),
    # Russian (a session is feminine)
    **_valued("первая вторая третья четвертая четвёртая пятая шестая седьмая", (1, 2, 3, 4, 4, 5, 6, 7)),
    **_valued("восьмая девятая десятая одиннадцатая двенадцатая тринадцатая", range(8, 14)),
    **_valued("четырнадцатая пятнадцатая шестнадцатая семнадцатая восемнадцатая девятнадцатая", range(14, 20)),
    **_valued("двадцатая тридцатая сороковая пятидесятая шестидесятая семидесятая", range(20, 80, 10)),
    **_valued("восьмидесятая девяностая", (80, 90)),
}


def session_number(words: str) -> int | None:
    """The number ``words`` say as a session's ordinal in French, Spanish or Russian
    ("Soixante-dix-huitième": 78); None unless every word is read and an ordinal ends them."""
    text = re.sub(r"quatre[- ]vingts?", "quatrevingt", words.casefold())
    parts = [part for part in re.split(r"[\s-]+", text) if part and part != "et"]
    if not parts or parts[-1] not in _ORDINALS:
        return None
    if not all(part in _CARDINALS or part in _ORDINALS for part in parts[:-1]):
        return None
    return sum(_CARDINALS.get(part) or _ORDINALS[part] for part in parts)


# an agenda item: "Point 68 de l’ordre du jour", "Temas 68 y 70 del programa provisional",
# "Пункт 68 b) повестки дня"; its group the item (or items) as printed
_ITEM = r"\d+(?: ?[a-zа-я]\))?"
AGENDA = (
    rf"\b(?:Points?|Temas?|Пункты?) ({_ITEM}(?:(?:, | et | y | и ){_ITEM})*)"
    r" (?:de l[’']ordre du jour|del programa|(?:предварительной )?повестки дня)"
)

# "La Asamblea General,", "L’Assemblée générale,", "Совет Безопасности,": the article
# before the body's name, by language
OPENING_ARTICLES = ("El ", "La ", "Le ", "L’", "L'", "")

# an annex's first line: "Anexo", "Annexe II", "Приложение"
ANNEX_WORDS = ("Anexo", "ANEXO", "Annexe", "ANNEXE", "Приложение", "ПРИЛОЖЕНИЕ")
# a letter's annex naming what it is annexed to: "Anexo de la carta de fecha ...",
# "Annexe à la lettre datée du ...", "Приложение к письму ..."
ANNEXED_TO = r"(?:Anexo (?:[IVXLC]+ )?de la (?:carta|nota)|Annexe (?:[IVXLC]+ )?à la (?:lettre|note)|Приложение (?:[IVXLC]+ )?к (?:письму|вербальной ноте|записке))\b"
