"""TMX through translate-toolkit's tmx storage (Debian's translate-toolkit), for tests/int/tmx.test.ts:
another tool's reading and writing of the files Amicus exports and imports.

  list FILE                         the units as JSON: id, and per <tuv> its language and its words
                                    (the <seg> text without inline codes, as a CAT tool shows it)
  add FILE OUT SOURCE TARGET LANG   FILE with one new unit (SOURCE in the file's source language,
                                    TARGET in LANG), written by translate-toolkit to OUT
"""

import copy
import json
import sys

from lxml import etree
from translate.misc.xml_helpers import getXMLlang
from translate.storage.tmx import tmxfile

INLINE_CODES = ("bpt", "ept", "ph", "it", "ut")


def read(path):
    with open(path, "rb") as file:
        return tmxfile(file)


def words(seg):
    seg = copy.deepcopy(seg)
    etree.strip_elements(seg, *INLINE_CODES, with_tail=False)
    return "".join(seg.itertext())


def list_units(path):
    units = []
    for unit in read(path).units:
        tuvs = [
            {"lang": getXMLlang(tuv), "words": words(tuv.find("seg"))}
            for tuv in unit.getlanguageNodes()
        ]
        units.append({"id": unit.getid(), "source": unit.source, "tuvs": tuvs})
    json.dump(units, sys.stdout, ensure_ascii=False)


def add_unit(path, out, source, target, lang):
    store = read(path)
    header = store.document.getroot().find("header")
    store.addtranslation(source, header.get("srclang"), target, lang)
    with open(out, "wb") as file:
        store.serialize(file)


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"list": list_units, "add": add_unit}[command](*args)
