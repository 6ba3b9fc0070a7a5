#!/usr/bin/env python3
"""Draws the demo catalog's product pictures: a tinted card, a simple shape per category
in the product's colour, and the product name. Run again after editing demo-catalog.json."""
import html
import json
import pathlib

HERE = pathlib.Path(__file__).parent

# Colour words in German product names, longest first so "olivgrün" wins over "grün".
COLOURS = [
    ("hellblau", "#7fb8e6"), ("olivgrün", "#6b7a3a"), ("schwarz", "#2b2b2e"), ("marine", "#1f3a5f"),
    ("silber", "#b8bec6"), ("havanna", "#7a4a25"), ("cognac", "#a0522d"), ("beige", "#d9c3a0"),
    ("creme", "#efe4cf"), ("natur", "#e8dcc2"), ("braun", "#7b4b2a"), ("weiß", "#f7f7f5"),
    ("grau", "#8d9096"), ("gelb", "#f2c230"), ("grün", "#3f8f5a"), ("blau", "#2f6fb5"),
    ("rot", "#d0343a"), ("jeans", "#4a6f9c"), ("espresso", "#5a3520"), ("filterkaffee", "#6f4428"),
    ("chai", "#b7773a"), ("tee", "#7aa35a"),
]
DEFAULT = "#5b7fa6"

SHAPES = {
    "schuhe": '<path d="M90 250 Q95 190 130 185 L175 200 Q215 225 265 232 Q310 240 312 270 L312 285 L90 285 Z"/>'
              '<rect x="88" y="283" width="226" height="14" rx="7" fill="#fff" opacity=".85"/>',
    "shirts": '<path d="M150 110 L120 120 L80 165 L112 195 L135 175 L135 300 L265 300 L265 175 L288 195 L320 165 L280 120 L250 110 Q200 140 150 110 Z"/>',
    "pullover": '<path d="M160 100 Q200 70 240 100 L285 125 L320 250 L290 258 L268 170 L268 300 L132 300 L132 170 L110 258 L80 250 L115 125 Z"/>'
                '<path d="M175 110 Q200 150 225 110" fill="none" stroke="#000" stroke-opacity=".25" stroke-width="5"/>',
    "jacken": '<path d="M150 100 L115 118 L85 290 L135 296 L140 200 L140 305 L260 305 L260 200 L265 296 L315 290 L285 118 L250 100 L200 135 Z"/>'
              '<line x1="200" y1="135" x2="200" y2="305" stroke="#000" stroke-opacity=".3" stroke-width="4"/>',
    "hosen": '<path d="M135 95 L265 95 L285 310 L222 310 L200 170 L178 310 L115 310 Z"/>',
    "taschen": '<path d="M165 150 Q165 100 200 100 Q235 100 235 150" fill="none" stroke-width="12" stroke="currentColor"/>'
               '<rect x="110" y="145" width="180" height="160" rx="22"/>',
    "accessoires": '<circle cx="200" cy="200" r="95"/><circle cx="200" cy="200" r="55" fill="#fff" opacity=".3"/>',
    "kaffee": '<path d="M120 140 L280 140 L265 290 Q262 305 247 305 L153 305 Q138 305 135 290 Z"/>'
              '<path d="M280 170 Q325 170 322 210 Q318 248 272 250" fill="none" stroke-width="14" stroke="currentColor"/>'
              '<path d="M170 120 Q160 100 175 85 M205 120 Q195 100 210 85" fill="none" stroke="#8a8a8a" stroke-width="5"/>',
}


def colour_of(name: str) -> str:
    lower = name.lower()
    return next((hex_ for word, hex_ in COLOURS if word in lower), DEFAULT)


def is_light(hex_: str) -> bool:
    r, g, b = (int(hex_[i:i + 2], 16) for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b > 200


def tint(hex_: str, amount: float = 0.82) -> str:
    r, g, b = (int(hex_[i:i + 2], 16) for i in (1, 3, 5))
    return "#%02x%02x%02x" % tuple(round(c + (255 - c) * amount) for c in (r, g, b))


def card(name: str, category: str, colour: str) -> str:
    outline = ' stroke="#9a9a9a" stroke-width="3"' if is_light(colour) else ""
    background = "#eef1f4" if is_light(colour) else tint(colour)
    label = html.escape(name)
    size = 30 if len(name) <= 18 else 24
    return f'''<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="{label}">
  <rect width="400" height="400" rx="36" fill="{background}"/>
  <g fill="{colour}" color="{colour}"{outline}>{SHAPES.get(category, SHAPES["accessoires"])}</g>
  <text x="200" y="360" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="{size}" font-weight="600" fill="#2b2b2e">{label}</text>
</svg>
'''


def main() -> None:
    catalog = json.loads((HERE / "demo-catalog.json").read_text(encoding="utf-8"))
    for product in catalog["products"]:
        target = HERE / product["image"]
        target.parent.mkdir(exist_ok=True)
        target.write_text(card(product["name"], product["category"], colour_of(product["name"])), encoding="utf-8")


if __name__ == "__main__":
    main()
