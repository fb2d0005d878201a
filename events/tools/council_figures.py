#!/usr/bin/env python3
"""Writes the demo's areas file and the illustrative figures for every other English council.

    python3 events/tools/council_figures.py            (from the repository root)

Writes events/demo/config/areas.csv and four returns under events/demo/returns/. The councils are the
153 upper-tier local authorities in England (children's services authorities), with their ONS (GSS)
codes and names as ONS publishes them (Counties and Unitary Authorities, April 2023 boundaries: after
the Cumbria, North Yorkshire and Somerset reorganisations). The figures are GENERATED: a fixed-seed
"need" score per council, a regional offset and noise, around the England figures already in the demo.
They are plausible in size and spread, not published statistics. Leeds's own figures are not written
here (they are in the demo's existing returns), nor England's, the region's or the groups'.
"""
import csv
import io
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEMO = os.path.join(ROOT, "events", "demo")
LEEDS = "E08000035"

REGIONS = [
    ("E12000001", "North East"),
    ("E12000002", "North West"),
    ("E12000003", "Yorkshire and The Humber"),
    ("E12000004", "East Midlands"),
    ("E12000005", "West Midlands"),
    ("E12000006", "East of England"),
    ("E12000007", "London"),
    ("E12000008", "South East"),
    ("E12000009", "South West"),
]

COUNCILS = {
    "E12000001": [
        ("E06000047", "County Durham"), ("E06000005", "Darlington"), ("E08000037", "Gateshead"),
        ("E06000001", "Hartlepool"), ("E06000002", "Middlesbrough"), ("E08000021", "Newcastle upon Tyne"),
        ("E08000022", "North Tyneside"), ("E06000057", "Northumberland"), ("E06000003", "Redcar and Cleveland"),
        ("E08000023", "South Tyneside"), ("E06000004", "Stockton-on-Tees"), ("E08000024", "Sunderland"),
    ],
    "E12000002": [
        ("E06000008", "Blackburn with Darwen"), ("E06000009", "Blackpool"), ("E08000001", "Bolton"),
        ("E08000002", "Bury"), ("E06000049", "Cheshire East"), ("E06000050", "Cheshire West and Chester"),
        ("E06000063", "Cumberland"), ("E06000006", "Halton"), ("E08000011", "Knowsley"),
        ("E10000017", "Lancashire"), ("E08000012", "Liverpool"), ("E08000003", "Manchester"),
        ("E08000004", "Oldham"), ("E08000005", "Rochdale"), ("E08000006", "Salford"), ("E08000014", "Sefton"),
        ("E08000013", "St. Helens"), ("E08000007", "Stockport"), ("E08000008", "Tameside"),
        ("E08000009", "Trafford"), ("E06000007", "Warrington"), ("E06000064", "Westmorland and Furness"),
        ("E08000010", "Wigan"), ("E08000015", "Wirral"),
    ],
    "E12000003": [
        ("E08000016", "Barnsley"), ("E08000032", "Bradford"), ("E08000033", "Calderdale"),
        ("E08000017", "Doncaster"), ("E06000011", "East Riding of Yorkshire"),
        ("E06000010", "Kingston upon Hull, City of"), ("E08000034", "Kirklees"), (LEEDS, "Leeds"),
        ("E06000012", "North East Lincolnshire"), ("E06000013", "North Lincolnshire"),
        ("E06000065", "North Yorkshire"), ("E08000018", "Rotherham"), ("E08000019", "Sheffield"),
        ("E08000036", "Wakefield"), ("E06000014", "York"),
    ],
    "E12000004": [
        ("E06000015", "Derby"), ("E10000007", "Derbyshire"), ("E06000016", "Leicester"),
        ("E10000018", "Leicestershire"), ("E10000019", "Lincolnshire"), ("E06000061", "North Northamptonshire"),
        ("E06000018", "Nottingham"), ("E10000024", "Nottinghamshire"), ("E06000017", "Rutland"),
        ("E06000062", "West Northamptonshire"),
    ],
    "E12000005": [
        ("E08000025", "Birmingham"), ("E08000026", "Coventry"), ("E08000027", "Dudley"),
        ("E06000019", "Herefordshire, County of"), ("E08000028", "Sandwell"), ("E06000051", "Shropshire"),
        ("E08000029", "Solihull"), ("E10000028", "Staffordshire"), ("E06000021", "Stoke-on-Trent"),
        ("E06000020", "Telford and Wrekin"), ("E08000030", "Walsall"), ("E10000031", "Warwickshire"),
        ("E08000031", "Wolverhampton"), ("E10000034", "Worcestershire"),
    ],
    "E12000006": [
        ("E06000055", "Bedford"), ("E10000003", "Cambridgeshire"), ("E06000056", "Central Bedfordshire"),
        ("E10000012", "Essex"), ("E10000015", "Hertfordshire"), ("E06000032", "Luton"), ("E10000020", "Norfolk"),
        ("E06000031", "Peterborough"), ("E06000033", "Southend-on-Sea"), ("E10000029", "Suffolk"),
        ("E06000034", "Thurrock"),
    ],
    "E12000007": [
        ("E09000001", "City of London"), ("E09000002", "Barking and Dagenham"), ("E09000003", "Barnet"),
        ("E09000004", "Bexley"), ("E09000005", "Brent"), ("E09000006", "Bromley"), ("E09000007", "Camden"),
        ("E09000008", "Croydon"), ("E09000009", "Ealing"), ("E09000010", "Enfield"), ("E09000011", "Greenwich"),
        ("E09000012", "Hackney"), ("E09000013", "Hammersmith and Fulham"), ("E09000014", "Haringey"),
        ("E09000015", "Harrow"), ("E09000016", "Havering"), ("E09000017", "Hillingdon"),
        ("E09000018", "Hounslow"), ("E09000019", "Islington"), ("E09000020", "Kensington and Chelsea"),
        ("E09000021", "Kingston upon Thames"), ("E09000022", "Lambeth"), ("E09000023", "Lewisham"),
        ("E09000024", "Merton"), ("E09000025", "Newham"), ("E09000026", "Redbridge"),
        ("E09000027", "Richmond upon Thames"), ("E09000028", "Southwark"), ("E09000029", "Sutton"),
        ("E09000030", "Tower Hamlets"), ("E09000031", "Waltham Forest"), ("E09000032", "Wandsworth"),
        ("E09000033", "Westminster"),
    ],
    "E12000008": [
        ("E06000036", "Bracknell Forest"), ("E06000043", "Brighton and Hove"), ("E06000060", "Buckinghamshire"),
        ("E10000011", "East Sussex"), ("E10000014", "Hampshire"), ("E06000046", "Isle of Wight"),
        ("E10000016", "Kent"), ("E06000035", "Medway"), ("E06000042", "Milton Keynes"),
        ("E10000025", "Oxfordshire"), ("E06000044", "Portsmouth"), ("E06000038", "Reading"),
        ("E06000039", "Slough"), ("E06000045", "Southampton"), ("E10000030", "Surrey"),
        ("E06000037", "West Berkshire"), ("E10000032", "West Sussex"), ("E06000040", "Windsor and Maidenhead"),
        ("E06000041", "Wokingham"),
    ],
    "E12000009": [
        ("E06000022", "Bath and North East Somerset"), ("E06000058", "Bournemouth, Christchurch and Poole"),
        ("E06000023", "Bristol, City of"), ("E06000052", "Cornwall"), ("E10000008", "Devon"),
        ("E06000059", "Dorset"), ("E10000013", "Gloucestershire"), ("E06000053", "Isles of Scilly"),
        ("E06000024", "North Somerset"), ("E06000026", "Plymouth"), ("E06000066", "Somerset"),
        ("E06000025", "South Gloucestershire"), ("E06000030", "Swindon"), ("E06000027", "Torbay"),
        ("E06000054", "Wiltshire"),
    ],
}

# Leeds's ten statistical neighbours (DfE children's services statistical neighbours) and the other
# English core cities. See README: check the neighbours against DfE's current benchmarking tool.
STAT_NEIGHBOURS = {
    "E08000001", "E06000023", "E08000033", "E06000005", "E06000015",
    "E08000034", "E08000022", "E08000019", "E06000004", "E08000036",
}
CORE_CITIES = {"E08000025", "E06000023", "E08000012", "E08000003", "E08000021", "E06000018", "E08000019"}

CLUSTERS = [
    ("LEEDS-CL-ARMLEY", "Armley cluster"),
    ("LEEDS-CL-BRAMLEY", "Bramley cluster"),
    ("LEEDS-CL-INNER-EAST", "Inner East cluster"),
    ("LEEDS-CL-SEACROFT-MANSTON", "Seacroft and Manston cluster"),
    ("LEEDS-CL-MORLEY", "Morley cluster"),
    ("LEEDS-CL-OTLEY-POOL-BRAMHOPE", "Otley, Pool and Bramhope cluster"),
    ("LEEDS-CL-PUDSEY", "Pudsey cluster"),
    ("LEEDS-CL-ROTHWELL", "Rothwell cluster"),
    ("LEEDS-CL-WETHERBY", "Wetherby cluster"),
    ("LEEDS-CL-GARFORTH", "Garforth cluster"),
]

# NEET 16-17 by cluster, 2026/27 Q2 (numerator, denominator): Bramley's 3 is a small number and
# Otley, Pool and Bramhope's 7 the next smallest; Garforth last reported in Q1.
CLUSTER_NEET = {
    "2026/27 Q2": [
        ("LEEDS-CL-ARMLEY", 68, 1020), ("LEEDS-CL-BRAMLEY", 3, 410), ("LEEDS-CL-INNER-EAST", 142, 2210),
        ("LEEDS-CL-SEACROFT-MANSTON", 97, 1460), ("LEEDS-CL-MORLEY", 31, 1180),
        ("LEEDS-CL-OTLEY-POOL-BRAMHOPE", 7, 640), ("LEEDS-CL-PUDSEY", 24, 1090), ("LEEDS-CL-ROTHWELL", 44, 960),
        ("LEEDS-CL-WETHERBY", 9, 780),
    ],
    "2026/27 Q1": [("LEEDS-CL-GARFORTH", 12, 890)],
}

# (indicator, period, provider, file, England, spread, regional offsets, clamp, decimals, better, leave out)
# "better" is +1 when higher is better: a needier council's figure moves the other way.
N, NW, YH, EM, WM, EE, LO, SE, SW = (r[0] for r in REGIONS)
INDICATORS = [
    ("KS2-RWM", "2025/26", "schools", "2026-11-12-ks2-all-councils-2025-26.csv", 63.0, 3.6,
     {N: 1.0, NW: 0.0, YH: -1.5, EM: -1.2, WM: -1.0, EE: -1.2, LO: 4.0, SE: 0.3, SW: -0.8}, (48, 78), 1, +1, set()),
    ("TEEN-CONC", "2024", "nhs-public-health", "2026-10-15-teenage-conceptions-2024-all-councils.csv", 12.4, 3.0,
     {N: 3.0, NW: 2.0, YH: 2.0, EM: 0.5, WM: 1.5, EE: -1.0, LO: -2.0, SE: -2.0, SW: -1.5}, (3, 28), 1, -1,
     {"E09000001", "E06000053"}),
    ("NEET", "2026/27 Q2", "careers-service", "neet 2026-27 Q2 all councils.csv", 2.8, 0.65,
     {N: 0.8, NW: 0.5, YH: 0.6, EM: 0.2, WM: 0.3, EE: 0.0, LO: -0.6, SE: -0.3, SW: 0.0}, (0.6, 7.0), 1, -1,
     {"E09000001", "E06000053"}),
    ("CLA-RATE", "2026/27 Q2", "social-care", "2026-11-16-cla-2026-27-Q2-all-councils.csv", 69.7, 15.0,
     {N: 30, NW: 20, YH: 5, EM: -5, WM: 10, EE: -12, LO: -10, SE: -12, SW: -5}, (18, 220), 1, -1, set()),
]


# Group figures the demo's existing returns publish for these periods: the members' generated figures are
# shifted (their exclusive members only) so that their mean is about the published one.
PUBLISHED_GROUPS = {
    "KS2-RWM": {"STAT-NEIGHBOURS": 61.5, "CORE-CITIES": 60.7},
    "TEEN-CONC": {"CORE-CITIES": 17.1},
    "NEET": {"STAT-NEIGHBOURS": 3.6, "CORE-CITIES": 4.0},
    "CLA-RATE": {"STAT-NEIGHBOURS": 85.2, "CORE-CITIES": 98.6},
}


def match_groups(indicator, values, decimals, low, high):
    groups = {"STAT-NEIGHBOURS": STAT_NEIGHBOURS, "CORE-CITIES": CORE_CITIES}
    for group, published in PUBLISHED_GROUPS.get(indicator, {}).items():
        members = [c for c in groups[group] if c in values]
        other = set().union(*(m for g, m in groups.items() if g != group))
        exclusive = [c for c in members if c not in other]
        gap = published - sum(values[c] for c in members) / len(members)
        for c in exclusive:
            values[c] = round(min(high, max(low, values[c] + gap * len(members) / len(exclusive))), decimals)


def councils():
    for region, _ in REGIONS:
        for code, name in COUNCILS[region]:
            yield region, code, name


def write_csv(path, header, rows):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


def areas():
    rows = [[LEEDS, "Leeds", "home", "E12000003", ""], ["E92000001", "England", "national", "", ""]]
    rows += [[code, name, "region", "", ""] for code, name in REGIONS]
    rows.append(["STAT-NEIGHBOURS", "Statistical neighbours", "group", "", ""])
    rows.append(["CORE-CITIES", "Core cities", "group", "", ""])
    for region, code, name in councils():
        if code == LEEDS:
            continue
        groups = [g for g, members in (("STAT-NEIGHBOURS", STAT_NEIGHBOURS), ("CORE-CITIES", CORE_CITIES))
                  if code in members]
        rows.append([code, name, "authority", region, ";".join(groups)])
    rows += [[code, name, "sub-area", LEEDS, ""] for code, name in CLUSTERS]
    write_csv(os.path.join(DEMO, "config", "areas.csv"), ["code", "name", "kind", "parent", "groups"], rows)
    return len(rows)


def figures():
    rng = random.Random(20261125)
    need = {code: rng.gauss(0, 1) for _, code, _ in councils()}
    written = {}
    for code_, period, provider, name, england, spread, offsets, (low, high), decimals, better, left_out in INDICATORS:
        values = {}
        for region, code, _ in councils():
            if code == LEEDS or code in left_out:
                continue
            noise = rng.gauss(0, 0.6)
            value = england + offsets[region] + spread * (-better * 0.8 * need[code] + noise)
            values[code] = round(min(high, max(low, value)), decimals)
        match_groups(code_, values, decimals, low, high)
        rows = [[code_, period, code, f"{value:.{decimals}f}", "", "", ""] for code, value in values.items()]
        path = os.path.join(DEMO, "returns", provider, name)
        write_csv(path, ["indicator_code", "period", "area_code", "value", "numerator", "denominator", "note"], rows)
        written[path] = len(rows)
    rows = []
    for period, clusters in CLUSTER_NEET.items():
        for code, numerator, denominator in clusters:
            rows.append(["NEET", period, code, "", numerator, denominator, ""])
    path = os.path.join(DEMO, "returns", "careers-service", "neet 2026-27 Q2 clusters.csv")
    write_csv(path, ["indicator_code", "period", "area_code", "value", "numerator", "denominator", "note"], rows)
    written[path] = len(rows)
    return written


if __name__ == "__main__":
    assert sum(len(c) for c in COUNCILS.values()) == 153, "153 upper-tier councils"
    print("areas.csv:", areas(), "rows")
    for path, n in figures().items():
        print(os.path.relpath(path, ROOT) + ":", n, "rows")
