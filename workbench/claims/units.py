"""Units of measure and currencies, each with its dimension and factor to one base unit.

So that "3 kilometers" and "2 miles" compare as lengths in metres, and a conflict finder
never sees the same distance in two units as a disagreement.
"""

from __future__ import annotations

import re

from workbench.claims.words import fold_case, wordset

# spelling -> (dimension, base unit, factor to base)
MEASURES: dict[str, tuple[str, str, float]] = {}


def _add(names: str, dimension: str, base: str, factor: float) -> None:
    for name in names.split("|"):
        MEASURES[name] = (dimension, base, factor)


_add("km|kms|kilometer|kilometers|kilometre|kilometres", "length", "m", 1000)
_add("m|meter|meters|metre|metres", "length", "m", 1)
_add("cm|centimeter|centimeters|centimetre|centimetres", "length", "m", 0.01)
_add("mm|millimeter|millimeters|millimetre|millimetres", "length", "m", 0.001)
_add("mile|miles|mi", "length", "m", 1609.344)
_add("ft|foot|feet", "length", "m", 0.3048)
_add("inch|inches", "length", "m", 0.0254)
_add("yard|yards|yd", "length", "m", 0.9144)
_add("nautical mile|nautical miles", "length", "m", 1852)
_add("kg|kgs|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos", "mass", "kg", 1)
_add("g|gram|grams|gramme|grammes", "mass", "kg", 0.001)
_add("tonne|tonnes|metric ton|metric tons", "mass", "kg", 1000)
_add("ton|tons", "mass", "kg", 907.18474)
_add("lb|lbs|pound|pounds", "mass", "kg", 0.45359237)
_add("ounce|ounces|oz", "mass", "kg", 0.028349523)
_add(
    "square kilometers|square kilometres|square kilometer|square kilometre|sq km|km2|km²",
    "area",
    "m2",
    1e6,
)
_add("square miles|square mile|sq mi", "area", "m2", 2_589_988.11)
_add("square meters|square metres|square meter|square metre|sq m|m2|m²", "area", "m2", 1)
_add("square feet|square foot|sq ft", "area", "m2", 0.09290304)
_add("hectare|hectares|ha", "area", "m2", 10_000)
_add("acre|acres", "area", "m2", 4046.8564)
_add("liter|liters|litre|litres|l", "volume", "l", 1)
_add("gallon|gallons", "volume", "l", 3.785411784)
_add("barrel|barrels", "volume", "l", 158.987294928)
_add("cubic meters|cubic metres|cubic meter|cubic metre|m3|m³", "volume", "l", 1000)
_add("second|seconds|sec|secs", "duration", "s", 1)
_add("minute|minutes|min|mins", "duration", "s", 60)
_add("hour|hours|hr|hrs", "duration", "s", 3600)
_add("day|days", "duration", "s", 86_400)
_add("week|weeks", "duration", "s", 604_800)
_add("month|months", "duration", "s", 2_629_746)
_add("year|years", "duration", "s", 31_556_952)
_add("km/h|kmh|kph|kilometers per hour|kilometres per hour", "speed", "m/s", 1 / 3.6)
_add("mph|miles per hour", "speed", "m/s", 0.44704)
_add("knot|knots", "speed", "m/s", 0.514444)
_add("megawatt|megawatts|mw", "power", "w", 1e6)
_add("gigawatt|gigawatts|gw", "power", "w", 1e9)
_add("kilowatt|kilowatts|kw", "power", "w", 1e3)
_add("degrees celsius|degrees centigrade|°c|ºc|c", "temperature", "°C", 1)
_add("degrees fahrenheit|°f|ºf|f", "temperature", "°C", 1)

# Units too short or too common to trust without digits right before them.
DIGIT_ONLY = wordset(
    "m cm mm mi ft yd kg g oz lb lbs l ha sec secs min mins hr hrs mw gw kw c f kgs kms"
)

CURRENCY_SYMBOLS = {
    "us$": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "r$": "BRL",
    "c$": "CAD",
    "a$": "AUD",
    "hk$": "HKD",
    "₩": "KRW",
    "₦": "NGN",
    "₺": "TRY",
}
CURRENCY_CODES = wordset(
    "USD EUR GBP JPY CNY INR RUB BRL CAD AUD CHF HKD KRW MXN NGN TRY ZAR VES ARS COP SEK "
    "NOK DKK PLN"
)
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "peso": "peso",
    "pesos": "peso",
    "bolivar": "bolivar",
    "bolivars": "bolivar",
    "bolívar": "bolivar",
    "bolívares": "bolivar",
    "bolivares": "bolivar",
    "franc": "franc",
    "francs": "franc",
    "real": "BRL",
    "reais": "BRL",
    "shekel": "ILS",
    "shekels": "ILS",
    "naira": "NGN",
    "rand": "ZAR",
    "lira": "TRY",
    "pounds sterling": "GBP",
    "sterling": "GBP",
}

_measure_alt = "|".join(re.escape(u) for u in sorted(MEASURES, key=len, reverse=True))
MEASURE_RE = re.compile(rf"(?:{_measure_alt})(?![\w°])", re.IGNORECASE)
_cur_words = "|".join(re.escape(u) for u in sorted(CURRENCY_WORDS, key=len, reverse=True))
CURRENCY_WORD_RE = re.compile(rf"(?:{_cur_words})\b", re.IGNORECASE)
_symbols = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
CURRENCY_BEFORE_RE = re.compile(
    rf"(?:(?P<sym>{_symbols})|\b(?P<code>{'|'.join(sorted(CURRENCY_CODES))})\s?)$",
    re.IGNORECASE,
)


def to_base(value: float, unit: str) -> tuple[float, str]:
    """A measure in its dimension's base unit (temperatures to Celsius)."""
    key = fold_case(unit)
    dimension, base, factor = MEASURES[key]
    if dimension == "temperature" and (
        "f" in key.replace("°", "").replace("º", "")[:1] or "fahrenheit" in key
    ):
        return (value - 32) * 5 / 9, base
    return value * factor, base
