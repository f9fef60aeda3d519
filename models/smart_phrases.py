"""The Dutch phrasings the SMART check (:mod:`models.smart`) looks for.

Data more than logic: vague promises, vague moments, rhythms, number words,
parties and vague "who" answers, each as one compiled pattern.
"""

from __future__ import annotations

import re


def phrases(*words: str) -> re.Pattern[str]:
    """A pattern that finds any of ``words`` as whole words, case-insensitive."""
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![\w]){'(?:' + alternatives + ')'}(?![\w])", re.IGNORECASE)


# Phrases that promise effort instead of a result.
VAGUE = phrases(
    "zoveel mogelijk",
    "zo veel mogelijk",
    "waar mogelijk",
    "indien mogelijk",
    "zo mogelijk",
    "waar nodig",
    "zo nodig",
    "streven",
    "streeft",
    "streven naar",
    "proberen",
    "probeert",
    "proberen te",
    "inspannen",
    "inspant",
    "inspanning",
    "inspanningen",
    "voldoende",
    "meer aandacht",
    "aandacht voor",
    "aandacht besteden",
    "onderzoeken",
    "onderzoekt",
    "onderzoek naar",
    "bekijken",
    "bekijkt",
    "nader te bepalen",
    "ntb",
    "n.t.b.",
    "wellicht",
    "eventueel",
    "in principe",
    "zo goed mogelijk",
    "redelijk",
    "adequaat",
    "adequate",
)

# Phrases that sound like a moment but are not one.
VAGUE_TIME = phrases(
    "zo snel mogelijk",
    "zsm",
    "z.s.m.",
    "binnenkort",
    "op termijn",
    "op korte termijn",
    "op middellange termijn",
    "op lange termijn",
    "op den duur",
    "te zijner tijd",
    "t.z.t.",
    "tzt",
    "ooit",
    "in de toekomst",
    "de komende jaren",
    "komende jaren",
)

MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d])")
SHORT_YEAR = re.compile(r"['’]\d\d(?!\d)")
DATE = re.compile(
    r"(?<![\d.,])(?:\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{2,4})(?![\d])"
)
DAY_MONTH = re.compile(rf"(?<!\w)\d{{1,2}}\s+(?:{MONTHS})(?!\w)", re.IGNORECASE)
RHYTHM = phrases(
    "jaarlijks",
    "elk jaar",
    "ieder jaar",
    "per jaar",
    "elke maand",
    "iedere maand",
    "per maand",
    "maandelijks",
    "per kwartaal",
    "elk kwartaal",
    "ieder kwartaal",
    "halfjaarlijks",
    "elk half jaar",
    "ieder half jaar",
    "per half jaar",
    "twee keer per jaar",
    "wekelijks",
    "elke week",
    "per week",
    "dit jaar",
    "volgend jaar",
    "komend jaar",
    "voor de zomer",
    "na de zomer",
    "voor de zomervakantie",
)
WITHIN = re.compile(
    r"(?<!\w)binnen\s+(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)\s+"
    r"(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|werkdagen)(?!\w)",
    re.IGNORECASE,
)

NUMBER_WORDS = phrases(
    "één",
    "eén",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "vijftien",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
    "honderd",
    "duizend",
    "miljoen",
    "helft",
    "kwart",
    "procent",
    "alle",
    "allemaal",
    "geen",
    "niet één",
    "elke woning",
    "iedere woning",
    "elk huis",
    "ieder huis",
    "nul",
    # Benchmarks that make a rent demand measurable ("maximaal inflatie").
    "inflatie",
    "cao",
)
# Compound number words ("honderdtwintig", "tweehonderd") inside longer words.
NUMBER_PARTS = re.compile(r"(honderd|duizend|twintig|dertig|veertig|vijftig|tachtig)", re.I)
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# Units after which a four-digit number is a quantity, not a year.
UNIT_AFTER = re.compile(
    r"\s*(?:%|euro|woning|woningen|huizen|huis|eenheden|adressen|huishoudens|m2|m²|"
    r"huurders|leden|plekken|kamers|appartementen|procent)",
    re.IGNORECASE,
)

PARTIES = phrases(
    "corporatie",
    "corporaties",
    "woningcorporatie",
    "wooncorporatie",
    "woningstichting",
    "woonstichting",
    "verhuurder",
    "de ti",
    "gemeente",
    "gemeenten",
    "college",
    "wethouder",
    "b&w",
    "huurdersvereniging",
    "huurdersorganisatie",
    "huurderskoepel",
    "huurdersraad",
    "bewonerscommissie",
    "de ho",
    "zorgaanbieder",
    "zorgkantoor",
    "provincie",
    "rijk",
    "minister",
)
VAGUE_WHO = phrases(
    "iedereen",
    "samen",
    "alle partijen",
    "de partijen",
    "partijen",
    "we allemaal",
    "wij allemaal",
    "men",
    "iemand",
    "nvt",
    "n.v.t.",
    "nog onbekend",
    "onbekend",
    "weet niet",
    "?",
)
