"""ISO 3166-1 alpha-2 country codes: which two letters name a country.

Crisis lines are kept per country code and found from a person's locale
(``en-GB`` → ``GB``) or the operator's default, so a code that is not one of
these is never picked by any locale. "UK", the code people write for the
United Kingdom, is read as GB. Pure data; no I/O.
"""

from __future__ import annotations

__all__ = ["ALIASES", "ISO_3166_ALPHA2", "country_code", "is_country"]

# The 249 officially assigned codes (ISO 3166-1, as in the tz database's iso3166.tab).
ISO_3166_ALPHA2 = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ
    BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR
    CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
    GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU
    ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ
    LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
    PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
    SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR
    TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
    """.split()  # noqa: SIM905 - 249 codes read best as rows of text
)

# Codes people use that ISO reserves for another purpose: what they mean.
ALIASES = {"UK": "GB"}


def country_code(text: str) -> str:
    """``text`` as a country code: stripped, upper-cased, aliases resolved ("uk" → "GB").

    Does not check the result; see :func:`is_country`.
    """
    code = text.strip().upper()
    return ALIASES.get(code, code)


def is_country(code: str) -> bool:
    """True when ``code`` (upper case) is an assigned ISO 3166-1 alpha-2 code."""
    return code in ISO_3166_ALPHA2
