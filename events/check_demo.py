#!/usr/bin/env python3
"""Checks the demo and fixture returns under events/ against the demo catalogue.

    python3 events/check_demo.py            # check events/demo, print the picture at the demo clock
    python3 events/check_demo.py --bad      # also list the errors found in each events/bad file

Exits non-zero if anything under events/demo fails a rule. The rules mirror what the product
validates: known indicator, provider allowed, period well formed for the indicator's frequency,
known area, numbers numeric and not negative, numerator not above denominator for a percent,
value equal to numerator / denominator x multiplier within 0.05, required cells present, no
indicator/period/area twice in one file, required columns present, non-empty UTF-8 file.
"""
import csv
import datetime as dt
import io
import re
import sys
from pathlib import Path

EVENTS = Path(__file__).resolve().parent
CLOCK = dt.date(2026, 11, 25)
AREAS = {"E08000035": "Leeds", "E92000001": "England", "E12000003": "Yorkshire and The Humber",
         "STAT-NEIGHBOURS": "Statistical neighbours", "CORE-CITIES": "Core cities"}
CATALOGUE_COLUMNS = ["code", "title", "priority_code", "priority_title", "outcome", "polarity",
                     "unit", "frequency", "due_days", "providers"]
TARGET_COLUMNS = ["indicator_code", "period", "target", "amber_tolerance"]
RETURN_COLUMNS = ["indicator_code", "period", "area_code", "value", "numerator", "denominator", "note"]
REQUIRED_RETURN_COLUMNS = ["indicator_code", "period", "area_code", "value"]
NUMBER = re.compile(r"-?\d+(\.\d+)?")
PROVIDER = re.compile(r"[a-z]+(-[a-z]+)*")


# ------------------------------------------------------------------ periods
def parse_period(freq, text):
    """Returns (index, end date) or raises ValueError, as uk.scrutiny.period.Period does."""
    t = text.strip()

    def split_year(s):
        m = re.fullmatch(r"(\d{4})/(\d{2})", s)
        if not m:
            raise ValueError(f"'{t}' is not a {freq} period")
        first, second = int(m.group(1)), int(m.group(2))
        if second != (first + 1) % 100:
            raise ValueError(f"'{t}': the second year must follow the first")
        return first

    if freq == "calendar-year":
        if not re.fullmatch(r"\d{4}", t):
            raise ValueError(f"'{t}' is not a calendar year")
        y = int(t)
        return y, dt.date(y, 12, 31)
    if freq in ("financial-year", "academic-year"):
        y = split_year(t)
        return y, dt.date(y + 1, 3, 31) if freq == "financial-year" else dt.date(y + 1, 8, 31)
    if freq == "quarterly":
        m = re.fullmatch(r"(\d{4}/\d{2}) Q(\d+)", t)
        if not m:
            raise ValueError(f"'{t}' is not a quarter such as 2009/10 Q2")
        y, q = split_year(m.group(1)), int(m.group(2))
        if not 1 <= q <= 4:
            raise ValueError(f"'{t}' has no quarter {q}")
        month = 4 + 3 * (q - 1)
        start = dt.date(y + (month > 12), (month - 1) % 12 + 1, 1)
        return y * 4 + q - 1, month_end(start, 2)
    if freq == "monthly":
        m = re.fullmatch(r"(\d{4})-(\d{2})", t)
        if not m:
            raise ValueError(f"'{t}' is not a month such as 2014-12")
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            raise ValueError(f"'{t}' has no month {m.group(2)}")
        return y * 12 + mo - 1, month_end(dt.date(y, mo, 1), 0)
    raise ValueError(f"unknown frequency {freq}")


def month_end(start, months_after):
    y, m = start.year, start.month + months_after + 1
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return dt.date(y, m, 1) - dt.timedelta(days=1)


def multiplier(unit):
    if unit == "percent":
        return 100
    if unit.startswith("per "):
        return int(unit[4:])
    return 1 if unit == "number" else None


# ------------------------------------------------------------------ config
def read_config(path, columns):
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != columns:
            sys.exit(f"{path}: header {header} is not {columns}")
        return [(reader.line_num, row) for row in reader if row]


def load_catalogue(path, problems):
    catalogue = {}
    for line, row in read_config(path, CATALOGUE_COLUMNS):
        rec = dict(zip(CATALOGUE_COLUMNS, row))
        where = f"{path.name}:{line}"
        if len(row) != len(CATALOGUE_COLUMNS):
            problems.append(f"{where}: {len(row)} cells")
        if rec["code"] in catalogue:
            problems.append(f"{where}: code {rec['code']} twice")
        if not re.fullmatch(r"P(0[1-9]|1[0-4])", rec["priority_code"]):
            problems.append(f"{where}: priority_code {rec['priority_code']}")
        if rec["polarity"] not in ("higher", "lower", "none"):
            problems.append(f"{where}: polarity {rec['polarity']}")
        if rec["unit"] not in ("percent", "count", "number") and not re.fullmatch(r"per [1-9]\d*", rec["unit"]):
            problems.append(f"{where}: unit {rec['unit']}")
        if rec["frequency"] not in ("calendar-year", "financial-year", "academic-year", "quarterly", "monthly"):
            problems.append(f"{where}: frequency {rec['frequency']}")
        if not rec["due_days"].isdigit():
            problems.append(f"{where}: due_days {rec['due_days']}")
        rec["providers"] = rec["providers"].split(";")
        if not all(PROVIDER.fullmatch(p) for p in rec["providers"]):
            problems.append(f"{where}: providers {rec['providers']}")
        catalogue[rec["code"]] = rec
    return catalogue


def load_targets(path, catalogue, problems):
    targets = {}
    for line, row in read_config(path, TARGET_COLUMNS):
        code, period, target, tolerance = row
        where = f"{path.name}:{line}"
        if code not in catalogue:
            problems.append(f"{where}: unknown indicator {code}")
            continue
        try:
            parse_period(catalogue[code]["frequency"], period)
        except ValueError as e:
            problems.append(f"{where}: {e}")
        if not NUMBER.fullmatch(target) or (tolerance and not NUMBER.fullmatch(tolerance)):
            problems.append(f"{where}: target or tolerance not a number")
            continue
        if (code, period) in targets:
            problems.append(f"{where}: target for {code} {period} twice")
        tol = float(tolerance) if tolerance else abs(float(target)) * 0.05
        targets[(code, period)] = (float(target), tol, not tolerance)
    return targets


# ------------------------------------------------------------------ returns
def check_return(data, provider, catalogue):
    """Returns (rows, errors); errors are (line, column, message) with 1-based line and column."""
    if not data.strip(b"\r\n\t \xef\xbb\xbf"):
        return [], [(1, None, "the file is empty")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        col = data[:e.start].split(b"\n")[-1].count(b",") + 1
        return [], [(line, col, f"not UTF-8: byte 0x{data[e.start]:02X}")]
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in next(reader)]
    errors = []
    missing = [c for c in REQUIRED_RETURN_COLUMNS if c not in header]
    for c in missing:
        errors.append((1, c, f"required column '{c}' is missing"))
    if missing:
        return [], errors
    position = {name: i for i, name in enumerate(header)}
    rows, seen = [], {}
    start = reader.line_num + 1
    for cells in reader:
        line, start = start, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        rec = {c: (cells[position[c]].strip() if position.get(c, len(cells)) < len(cells) else "")
               for c in RETURN_COLUMNS}
        problems = check_row(rec, provider, catalogue)
        errors += [(line, position[col] + 1 if col in position else col, msg) for col, msg in problems]
        key = (rec["indicator_code"], rec["period"], rec["area_code"])
        if not problems and key in seen:
            problems = [("indicator_code", f"{'/'.join(key)} is already given on line {seen[key]}")]
            errors.append((line, position["indicator_code"] + 1, problems[0][1]))
        seen.setdefault(key, line)
        if not problems:
            rows.append((line, rec))
    return rows, errors


def check_row(rec, provider, catalogue):
    out = []
    for col in ("indicator_code", "period", "area_code"):
        if not rec[col]:
            out.append((col, f"{col} is empty"))
    if out:
        return out
    ind = catalogue.get(rec["indicator_code"])
    if ind is None:
        return [("indicator_code", f"unknown indicator {rec['indicator_code']}")]
    if provider not in ind["providers"]:
        out.append(("indicator_code", f"{provider} may not submit {ind['code']}"))
    try:
        parse_period(ind["frequency"], rec["period"])
    except ValueError as e:
        out.append(("period", str(e)))
    if rec["area_code"] not in AREAS:
        out.append(("area_code", f"unknown area {rec['area_code']}"))
    nums = {}
    for col in ("value", "numerator", "denominator"):
        if rec[col]:
            if not NUMBER.fullmatch(rec[col]):
                out.append((col, f"{col} '{rec[col]}' is not a number"))
            elif float(rec[col]) < 0:
                out.append((col, f"{col} {rec[col]} is negative"))
            else:
                nums[col] = float(rec[col])
    mult = multiplier(ind["unit"])
    if ind["unit"] == "count" and rec["denominator"]:
        out.append(("denominator", "a count has no denominator"))
    if not rec["value"] and not (rec["numerator"] and rec["denominator"] and mult):
        out.append(("value", "value is empty and cannot be computed from numerator and denominator"))
    if bool(rec["numerator"]) != bool(rec["denominator"]) and mult:
        out.append(("numerator" if not rec["numerator"] else "denominator", "numerator and denominator go together"))
    if out or "denominator" not in nums or "numerator" not in nums or not mult:
        return out
    num, den = nums["numerator"], nums["denominator"]
    if den == 0:
        return [("denominator", "denominator is zero")]
    if ind["unit"] == "percent" and num > den:
        return [("numerator", f"numerator {rec['numerator']} is above denominator {rec['denominator']}")]
    computed = num / den * mult
    if "value" in nums and abs(nums["value"] - computed) > 0.05:
        out.append(("value", f"value {rec['value']} but numerator / denominator gives {computed:.2f}"))
    return out


# ------------------------------------------------------------------ picture at the clock
def rag(value, target, tol, polarity):
    miss = (target - value) if polarity == "higher" else (value - target)
    if miss <= 0:
        return "GREEN"
    return "AMBER" if miss <= tol + 1e-9 else "RED"


def picture(catalogue, targets, current):
    print(f"\nLeeds at {CLOCK} (latest period; E = England):")
    for code, ind in catalogue.items():
        mine = {p: v for (c, p, a), v in current.items() if c == code and a == "E08000035"}
        if not mine:
            print(f"  {code:11} no Leeds data")
            continue
        freq = ind["frequency"]
        order = sorted(mine, key=lambda p: parse_period(freq, p)[0])
        latest = order[-1]
        value, revisions = mine[latest]
        idx, end = parse_period(freq, latest)
        due_next = next_end(freq, idx) + dt.timedelta(days=int(ind["due_days"]))
        overdue = f" OVERDUE (next period due {due_next})" if due_next < CLOCK else ""
        eng = current.get((code, latest, "E92000001"), ("-", 0))[0]
        t = targets.get((code, latest))
        status = rag(value, t[0], t[1], ind["polarity"]) if t and ind["polarity"] != "none" else "NO_TARGET"
        target_text = f"target {t[0]:g} tol {t[1]:g}{' (default)' if t[2] else ''}" if t else ""
        trend = " -> ".join(f"{mine[p][0]:g}" for p in order)
        revised = f" revised x{revisions - 1}" if revisions > 1 else ""
        print(f"  {code:11} {latest:10} {value:>7g} {status:9} {target_text:26} E {eng!s:6} "
              f"[{len(order)} periods: {trend}]{revised}{overdue}")


def next_end(freq, idx):
    if freq == "monthly":
        return parse_period(freq, f"{(idx + 1) // 12:04d}-{(idx + 1) % 12 + 1:02d}")[1]
    if freq == "quarterly":
        y, q = divmod(idx + 1, 4)
        return parse_period(freq, f"{y}/{(y + 1) % 100:02d} Q{q + 1}")[1]
    if freq == "calendar-year":
        return dt.date(idx + 1, 12, 31)
    return parse_period(freq, f"{idx + 1}/{(idx + 2) % 100:02d}")[1]


def value_of(rec, unit):
    if rec["value"]:
        return float(rec["value"])
    return round(float(rec["numerator"]) / float(rec["denominator"]) * multiplier(unit), 1)


def main():
    problems = []
    config = EVENTS / "demo" / "config"
    catalogue = load_catalogue(config / "indicators.csv", problems)
    targets = load_targets(config / "targets.csv", catalogue, problems)
    current, total = {}, 0
    files = sorted(p for p in (EVENTS / "demo" / "returns").rglob("*") if p.is_file())
    print(f"catalogue: {len(catalogue)} indicators; targets: {len(targets)}")
    for path in files:
        provider = path.parent.name
        rows, errors = check_return(path.read_bytes(), provider, catalogue)
        total += len(rows)
        print(f"  {len(rows):3} rows  {path.relative_to(EVENTS)}")
        problems += [f"{path.name}:{line} col {col}: {msg}" for line, col, msg in errors]
        for _, rec in rows:
            key = (rec["indicator_code"], rec["period"], rec["area_code"])
            revisions = current.get(key, (None, 0))[1] + 1
            current[key] = (value_of(rec, catalogue[rec["indicator_code"]]["unit"]), revisions)
    print(f"  {total:3} rows in {len(files)} return files")
    picture(catalogue, targets, current)
    if "--bad" in sys.argv:
        print("\nevents/bad:")
        for path in sorted(p for p in (EVENTS / "bad").rglob("*.csv")):
            rows, errors = check_return(path.read_bytes(), path.parent.name, catalogue)
            print(f"  {path.relative_to(EVENTS / 'bad')}: {len(rows)} good rows, {len(errors)} errors")
            for line, col, msg in errors:
                print(f"      line {line}{'' if col is None else f', column {col}'}: {msg}")
    if problems:
        print("\nPROBLEMS:\n  " + "\n  ".join(problems))
        sys.exit(1)
    print("\nall demo rows pass")


if __name__ == "__main__":
    main()
