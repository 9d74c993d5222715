#!/usr/bin/env python3
"""Regenerates the Unihan-derived tables of data/chinese from data/unihan (Unicode 15.0).

Run from the repository root:  python3 data/chinese/generate.py
Writes readings.tsv, traditional-to-simplified.tsv and simplified-to-traditional.tsv.
The hand-kept tables (place-readings.tsv, polyphone-rules.tsv, generics.tsv,
traditional-choices.tsv, search-variants.tsv) are not touched.
"""
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
UNIHAN = os.path.join(HERE, "..", "unihan")


def char(code):
    return chr(int(code[2:], 16))


def fields(name):
    with open(os.path.join(UNIHAN, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            yield char(code), field, value


def ordered_unique(items):
    seen = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def toneless(reading):
    base = unicodedata.normalize("NFD", reading)
    return "".join(c for c in base if c != "\u0304" and c != "\u0301" and c != "\u030c" and c != "\u0300")


def standard_characters():
    return {c for c, field, _ in fields("Unihan_Readings.txt") if field == "kTGHZ2013"}


def readings_table():
    by_char = {}
    for c, field, value in fields("Unihan_Readings.txt"):
        entry = by_char.setdefault(c, {})
        if field == "kMandarin":
            entry["common"] = value.split()[0]
        elif field in ("kTGHZ2013", "kXHC1983"):
            entry[field] = ordered_unique(part.split(":")[1] for part in value.split())
        elif field == "kHanyuPinyin":
            entry[field] = ordered_unique(r for part in value.split() for r in part.split(":")[1].split(","))
    rows = []
    for c in sorted(by_char, key=ord):
        entry = by_char[c]
        # The modern dictionaries decide which readings a character has today: the
        # 通用规范汉字字典 (kTGHZ2013) for the 8,105 standard characters, then the
        # 现代汉语词典 (kXHC1983); the Hanyu Da Zidian lists archaic readings too, so it is
        # only the last resort for rare characters.
        standard = "kTGHZ2013" in entry
        readings = entry.get("kTGHZ2013") or entry.get("kXHC1983") or entry.get("kHanyuPinyin") or []
        common = entry.get("common") or (readings[0] if readings else None)
        if common is None:
            continue
        readings = ordered_unique([common] + readings)
        # A neutral-tone reading (家 jia beside jiā) is not a different place-name reading.
        toned = {toneless(r) for r in readings if toneless(r) != r}
        readings = [r for r in readings if toneless(r) != r or r not in toned]
        rows.append(f"{c}\t{1 if standard else 0}\t{','.join(readings)}")
    return rows


def variants_tables(standard):
    simplified = {}
    traditional = {}
    for c, field, value in fields("Unihan_Variants.txt"):
        targets = [char(v.split("<")[0]) for v in value.split()]
        if field == "kSimplifiedVariant":
            simplified[c] = targets
        elif field == "kTraditionalVariant":
            traditional[c] = targets
    to_simplified = []
    for c in sorted(simplified, key=ord):
        targets = [t for t in simplified[c] if t != c]
        # Every character of the 通用规范汉字表 is standard simplified text and stays (乾 in
        # 乾隆, 阪); any other character with a simplified form takes it, even where Unihan
        # also lists itself (復 → 复).
        if targets and c not in standard:
            to_simplified.append(f"{c}\t{targets[0]}")
    to_traditional = []
    for c in sorted(traditional, key=ord):
        targets = traditional[c]
        if targets != [c]:
            to_traditional.append(f"{c}\t{''.join(targets)}")
    return to_simplified, to_traditional


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for row in rows:
            f.write(row + "\n")


def main():
    write("readings.tsv", "# character\tstandard (1 = in the 通用规范汉字表)\treadings, most common first", readings_table())
    to_simplified, to_traditional = variants_tables(standard_characters())
    write("traditional-to-simplified.tsv", "# traditional\tsimplified", to_simplified)
    write("simplified-to-traditional.tsv", "# simplified\ttraditional forms (several: one-to-many)", to_traditional)


if __name__ == "__main__":
    main()
