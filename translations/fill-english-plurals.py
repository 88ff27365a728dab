#!/usr/bin/env python3
"""Fills the plural forms of amparo_en.ts from the English source text:
"%n file(s)" becomes "%n file" / "%n files", "%n entries" becomes
"%n entry" / "%n entries". Sources that need more than this should be
written so that they don't: put the count next to a noun with "(s)"."""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {"entries": "entry", "are": "is", "people": "person"}
# Words whose plural is not the singular with "s": "%n person(s)".
IRREGULAR_NOUNS = {"person(s)": ("person", "people"), "entry(ies)": ("entry", "entries")}
# Whole sentences too irregular for the rules below.
OVERRIDES = {
    "The first %n matching people are listed; type more of the name to narrow the search.": (
        "The first matching person is listed; type more of the name to narrow the search.",
        "The first %n matching people are listed; type more of the name to narrow the search.",
    ),
}
# "%n case(s) match": the verb agrees with the count.
VERBS = {"match": "matches"}


def forms(source):
    if source in OVERRIDES:
        return OVERRIDES[source]
    plural, singular = source, source
    for marked, (one, many) in IRREGULAR_NOUNS.items():
        plural = plural.replace(marked, many)
        singular = singular.replace(marked, one)
    plural = plural.replace("(s)", "s")
    singular = singular.replace("(s)", "")
    for many, one in VERBS.items():
        singular = re.sub(r"^(%n \w+) " + many + r"$", r"\g<1> " + one, singular)
    for many, one in IRREGULAR.items():
        singular = re.sub(r"(%n\s+(?:\w+\s+)?)" + many + r"\b", r"\g<1>" + one, singular)
    return singular, plural


path = sys.argv[1] if len(sys.argv) > 1 else "translations/amparo_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    translation = message.find("translation")
    one, many = forms(source)
    for child in list(translation):
        translation.remove(child)
    for text in (one, many):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
    translation.attrib.pop("type", None)
    translation.text = None
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, encoding="utf-8") as f:
    body = f.read()
if "<!DOCTYPE TS>" not in body:
    body = body.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
with open(path, "w", encoding="utf-8") as f:
    f.write(body)
