"""Pence written after the figure ("5p", "35p"): a British price, as "£0.35" is.

Why this exists: a UK price list writes sums under a pound as "20p" with no currency
sign ("A4 colour | 20p | 35p", "10p per gram"). The money pattern read "£", "pence" and
"cents", not the bare "p", so such a row held no price and a question on it was answered
by a sentence that did ("Scanning … is free"). One or two digits only: a sum of 100p or
more is written in pounds, and "720p", "1080p" are screen resolutions, not prices;
"5pm" is a time (no word boundary after its "p").
"""

from __future__ import annotations

#: A sum in pence, as a price list writes it: "5p", "35p" (not "5pm", "720p", "5 p").
PENCE = r"(?<![\d.,£$])\b\d{1,2}p\b(?!\.m\.)"
