#!/usr/bin/env python3
"""Generate the shipped Ehime data files for Counterpart, deterministically.

Writes, relative to the repository root (the parent of this script's folder):

    Data/ehime/roster.xml               the full roster (scope="full")
    Data/ehime/drill-nankai-quake.xml   drill: Nankai Trough earthquake
    Data/ehime/drill-heavy-rain.xml     drill: July-2018-scale heavy rain

Facts (codes, names, kinds, office coordinates, populations, the official
groups A/B/C and the pairing table) come from
/work/shared/data/ehime-municipalities.md (sections 2, 3 and 3b).
Everything about people (names, phones, e-mails, staff, skills, availability)
is invented. The formats follow FORMATS.md (v1) and Data/schema/*.xsd.

The output is byte-for-byte the same on every run: one random.Random with a
fixed seed, drawn from in a fixed order, and no iteration over sets.

Usage:  python3 Scripts/make-ehime-data.py [--check]
        --check  also run the consistency checks and print the summary tables.
"""

import datetime as dt
import os
import random
import sys
from xml.sax.saxutils import escape

SEED = 20261123
PREFECTURE = "380008"
EFFECTIVE = "2026-04-01"
YEAR_FROM = dt.date(2026, 4, 1)
YEAR_TO = dt.date(2027, 3, 31)
TOTAL_STAFF = 1500
STAFF_FLOOR = 8

# ---------------------------------------------------------------------------
# Facts from ehime-municipalities.md, section 2.
# population: the final (確定) figure where the sheet gives one, else the
# preliminary (速報) one.
# (code, name, romaji, kind, lat, lon, population, area code for phones)
MUNICIPALITIES = [
    ("382019", "松山市", "matsuyama", "city", "33.8392", "132.7656", 511192, "089"),
    ("382027", "今治市", "imabari", "city", "34.0661", "132.9978", 151672, "0898"),
    ("382035", "宇和島市", "uwajima", "city", "33.2233", "132.5606", 70820, "0895"),
    ("382043", "八幡浜市", "yawatahama", "city", "33.4631", "132.4233", 31995, "0894"),
    ("382051", "新居浜市", "niihama", "city", "33.9603", "133.2833", 115938, "0897"),
    ("382060", "西条市", "saijo", "city", "33.9197", "133.1811", 104791, "0897"),
    ("382078", "大洲市", "ozu", "city", "33.5064", "132.5447", 40566, "0893"),
    ("382108", "伊予市", "iyo", "city", "33.7575", "132.7039", 35161, "089"),
    ("382132", "四国中央市", "shikokuchuo", "city", "33.9808", "133.5492", 82754, "0896"),
    ("382141", "西予市", "seiyo", "city", "33.3631", "132.5111", 35411, "0894"),
    ("382159", "東温市", "toon", "city", "33.7911", "132.8719", 33917, "089"),
    ("383562", "上島町", "kamijima", "town", "34.2575", "133.2044", 6510, "0897"),
    ("383864", "久万高原町", "kumakogen", "town", "33.6556", "132.9017", 7413, "0892"),
    ("384011", "松前町", "masaki", "town", "33.7875", "132.7114", 29646, "089"),
    ("384020", "砥部町", "tobe", "town", "33.7492", "132.7922", 20491, "089"),
    ("384224", "内子町", "uchiko", "town", "33.5331", "132.6581", 15333, "0893"),
    ("384429", "伊方町", "ikata", "town", "33.4883", "132.3542", 8401, "0894"),
    ("384844", "松野町", "matsuno", "town", "33.2272", "132.7108", 3681, "0895"),
    ("384887", "鬼北町", "kihoku", "town", "33.2558", "132.6842", 9685, "0895"),
    ("385069", "愛南町", "ainan", "town", "32.9622", "132.5833", 19606, "0895"),
]
CODE_BY_NAME = {m[1]: m[0] for m in MUNICIPALITIES}
NAME_BY_CODE = {m[0]: m[1] for m in MUNICIPALITIES}
POP_BY_CODE = {m[0]: m[6] for m in MUNICIPALITIES}

# ---------------------------------------------------------------------------
# Section 3 / 3b: official groups, and the pairing table (mostly PROPOSED).
# A "(松山市)" entry of the sheet is written here as a trailing "(松山市)" and
# becomes 松山市 as the LAST secondary.
ST_MASAKI = "OFFICIAL (松前町 town website)"
ST_INFERRED = ("OFFICIAL that 松山市 and 松前町 support (松前町 town website); "
               "primary/secondary split inferred")
ST_PROPOSED = "PROPOSED, NOT OFFICIAL"
GROUPS = [
    ("A", "Aグループ", [
        ("松前町", "宇和島市", ["松野町", "鬼北町", "愛南町"], "official", ST_MASAKI),
        ("松野町", "松山市", ["松前町"], "official", ST_INFERRED),
        ("鬼北町", "松山市", ["松前町"], "official", ST_INFERRED),
        ("宇和島市", "松山市", ["松前町", "新居浜市"], "proposed", ST_PROPOSED),
        ("愛南町", "松山市", ["松前町", "新居浜市"], "proposed", ST_PROPOSED),
        ("松山市", "新居浜市", ["宇和島市", "愛南町"], "proposed", ST_PROPOSED),
        ("新居浜市", "宇和島市", ["松野町", "鬼北町", "愛南町", "松山市"], "proposed", ST_PROPOSED),
    ]),
    ("B", "Bグループ", [
        ("今治市", "大洲市", ["内子町", "久万高原町", "(松山市)"], "proposed", ST_PROPOSED),
        ("上島町", "大洲市", ["内子町", "(松山市)"], "proposed", ST_PROPOSED),
        ("四国中央市", "大洲市", ["東温市", "内子町"], "proposed", ST_PROPOSED),
        ("大洲市", "今治市", ["上島町", "四国中央市", "(松山市)"], "proposed", ST_PROPOSED),
        ("内子町", "今治市", ["上島町", "(松山市)"], "proposed", ST_PROPOSED),
        ("東温市", "四国中央市", ["上島町", "今治市"], "proposed", ST_PROPOSED),
        ("久万高原町", "四国中央市", ["今治市", "(松山市)"], "proposed", ST_PROPOSED),
    ]),
    ("C", "Cグループ", [
        ("八幡浜市", "西条市", ["伊予市", "砥部町", "(松山市)"], "proposed", ST_PROPOSED),
        ("西予市", "西条市", ["伊予市", "砥部町", "(松山市)"], "proposed", ST_PROPOSED),
        ("伊方町", "西条市", ["伊予市", "(松山市)"], "proposed", ST_PROPOSED),
        ("西条市", "西予市", ["八幡浜市", "伊方町"], "proposed", ST_PROPOSED),
        ("伊予市", "西予市", ["伊方町", "西条市"], "proposed", ST_PROPOSED),
        ("砥部町", "八幡浜市", ["伊方町", "西条市"], "proposed", ST_PROPOSED),
    ]),
]

# ---------------------------------------------------------------------------
# Job categories, in the canonical order used inside a skills attribute.
CATEGORIES = ["shelter", "certificate", "damage-survey", "health",
              "civil-engineering", "building", "water", "waste",
              "management", "general"]
CAT_INDEX = {c: i for i, c in enumerate(CATEGORIES)}

# Invented names: common family names (many frequent in Ehime) and given names.
FAMILY_NAMES = [
    "高橋", "村上", "山本", "渡部", "越智", "伊藤", "田中", "井上", "矢野", "河野",
    "松本", "大西", "藤田", "二宮", "菊池", "兵頭", "西原", "近藤", "山内", "岡田",
    "佐藤", "鈴木", "渡辺", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口",
    "松田", "中島", "石川", "前田", "藤原", "岡本", "清水", "森", "池田", "橋本",
    "阿部", "石井", "山下", "小川", "後藤", "長谷川", "村田", "坂本", "遠藤", "青木",
    "藤井", "西村", "福田", "太田", "三浦", "岡崎", "松井", "野村", "菅", "宮本",
    "白石", "武田", "上田", "原田", "竹内", "久保", "片山", "桧垣", "篠原", "宇都宮",
    "曽我部", "玉井", "真鍋", "石丸", "黒田", "今井", "大野", "首藤", "芳野", "日野",
    "森田", "酒井", "増田", "土居", "門田", "塩崎", "徳永", "清家", "田頭", "三好",
]
GIVEN_NAMES = [
    "一郎", "健太", "翔太", "大輔", "拓也", "直樹", "雄一", "誠", "浩二", "隆",
    "和也", "修", "智之", "達也", "慎一", "亮", "勇気", "裕介", "英樹", "正人",
    "悠斗", "蓮", "陽介", "哲也", "航", "剛", "賢治", "康弘", "信也", "秀明",
    "恵子", "陽子", "美穂", "由美", "真由美", "明美", "裕子", "智子", "直子", "久美子",
    "彩", "愛", "美咲", "沙織", "香織", "舞", "千尋", "麻衣", "綾", "奈々",
    "さくら", "葵", "結衣", "遥", "理恵", "早苗", "典子", "純子", "幸子", "友美",
    "大樹", "俊介", "和彦", "伸二", "光", "圭", "優子", "恵美", "祐子", "晴美",
]

# ---------------------------------------------------------------------------
# Scenarios. Requests are given per municipality; they are then sorted by
# (from, priority, municipality order, category order) and numbered r-001...
# (municipality name, category, headcount, from, to, priority)
NANKAI = {
    "file": "drill-nankai-quake.xml",
    "id": "drill-nankai-2026",
    "name": "南海トラフ地震想定訓練",
    "start": "2027-01-18",
    "affected": ["宇和島市", "愛南町", "八幡浜市", "伊方町", "西予市"],
    "comment": [
        "南海トラフ地震想定訓練(架空の訓練シナリオ)",
        "2027年1月18日、南海トラフ沿いで巨大地震が発生し、愛媛県南予地域の沿岸部",
        "(宇和島市・愛南町・八幡浜市・伊方町・西予市)が震度6強から7の揺れと津波で",
        "大きな被害を受けたと想定する。避難所運営・保健師・給水・総括支援から始まり、",
        "約1週間後から住家被害認定調査・罹災証明書交付、その後に災害廃棄物の支援を求める。",
        "",
        "Invented drill: a Nankai Trough megaquake on 2027-01-18 hits the southern",
        "coast of Ehime (Nanyo) with strong shaking and tsunami. The five affected",
        "municipalities ask for shelter staff, public health nurses, water supply and",
        "management support at once, house-damage surveys and victim certificates",
        "from about a week later, and disaster-waste staff after that, over 4 weeks.",
        "Public health nurses are deliberately tight (about 32 a week asked for, about",
        "60 licensed outside the area, each resting every other week): expect shortfalls.",
        "Not an official plan; generated by Scripts/make-ehime-data.py.",
    ],
    "requests": [
        # 宇和島市: the largest affected city
        ("宇和島市", "shelter", 40, "2027-01-18", "2027-02-14", "critical"),
        ("宇和島市", "water", 8, "2027-01-18", "2027-01-31", "critical"),
        ("宇和島市", "health", 12, "2027-01-19", "2027-02-14", "high"),
        ("宇和島市", "management", 2, "2027-01-19", "2027-02-14", "high"),
        ("宇和島市", "civil-engineering", 5, "2027-01-20", "2027-02-07", "high"),
        ("宇和島市", "building", 5, "2027-01-21", "2027-02-07", "high"),
        ("宇和島市", "damage-survey", 16, "2027-01-25", "2027-02-14", "high"),
        ("宇和島市", "certificate", 12, "2027-02-01", "2027-02-14", "high"),
        ("宇和島市", "waste", 6, "2027-02-01", "2027-02-14", "normal"),
        # 愛南町: tsunami on the southern tip
        ("愛南町", "shelter", 30, "2027-01-18", "2027-02-14", "critical"),
        ("愛南町", "water", 6, "2027-01-18", "2027-01-31", "critical"),
        ("愛南町", "health", 8, "2027-01-19", "2027-02-14", "high"),
        ("愛南町", "management", 2, "2027-01-19", "2027-02-07", "high"),
        ("愛南町", "civil-engineering", 4, "2027-01-20", "2027-02-07", "high"),
        ("愛南町", "damage-survey", 10, "2027-01-25", "2027-02-14", "high"),
        ("愛南町", "certificate", 8, "2027-02-01", "2027-02-14", "normal"),
        ("愛南町", "waste", 4, "2027-02-01", "2027-02-14", "normal"),
        # 八幡浜市
        ("八幡浜市", "shelter", 15, "2027-01-18", "2027-02-07", "critical"),
        ("八幡浜市", "water", 3, "2027-01-18", "2027-01-24", "critical"),
        ("八幡浜市", "health", 5, "2027-01-19", "2027-02-07", "high"),
        ("八幡浜市", "management", 1, "2027-01-19", "2027-02-07", "high"),
        ("八幡浜市", "building", 3, "2027-01-21", "2027-02-07", "normal"),
        ("八幡浜市", "damage-survey", 8, "2027-01-25", "2027-02-07", "high"),
        ("八幡浜市", "certificate", 6, "2027-02-01", "2027-02-14", "normal"),
        # 西予市
        ("西予市", "shelter", 12, "2027-01-18", "2027-01-31", "critical"),
        ("西予市", "health", 4, "2027-01-19", "2027-02-07", "high"),
        ("西予市", "management", 1, "2027-01-19", "2027-01-31", "high"),
        ("西予市", "civil-engineering", 3, "2027-01-20", "2027-02-07", "high"),
        ("西予市", "damage-survey", 6, "2027-01-25", "2027-02-07", "normal"),
        # 伊方町
        ("伊方町", "shelter", 8, "2027-01-18", "2027-01-31", "critical"),
        ("伊方町", "water", 2, "2027-01-18", "2027-01-31", "critical"),
        ("伊方町", "health", 3, "2027-01-19", "2027-01-31", "high"),
        ("伊方町", "management", 1, "2027-01-19", "2027-01-31", "high"),
        ("伊方町", "certificate", 3, "2027-02-01", "2027-02-14", "normal"),
    ],
}

HEAVY_RAIN = {
    "file": "drill-heavy-rain.xml",
    "id": "drill-heavy-rain-2026",
    "name": "西日本豪雨(平成30年7月豪雨)規模の大雨想定訓練",
    "start": "2026-07-06",
    "affected": ["宇和島市", "大洲市", "西予市", "松野町", "鬼北町"],
    "comment": [
        "西日本豪雨(平成30年7月豪雨)規模の大雨想定訓練(架空の訓練シナリオ)",
        "2026年7月6日から記録的な大雨が続き、肱川・宇和川・広見川の氾濫と土砂災害で",
        "宇和島市・大洲市・西予市・松野町・鬼北町が被災したと想定する(2018年7月の被災パターン)。",
        "2018年は大洲・宇和島・西予で約3,840件の罹災証明書申請に対し職員が不足したため、",
        "罹災証明書交付・住家被害認定調査・災害廃棄物の支援を厚めに求める。",
        "",
        "Invented drill: heavy rain on the scale of the July 2018 floods from",
        "2026-07-06; river flooding and landslides hit Uwajima, Ozu, Seiyo, Matsuno",
        "and Kihoku (the 2018 pattern). Requests over 4 weeks: shelters, water,",
        "victim certificates and house-damage surveys (staff were short for the",
        "thousands of 2018 applications), health nurses, disaster waste, civil",
        "engineering. Disaster waste is deliberately tight (about 22 a week asked for,",
        "about 39 outside the area): expect some shortfalls there.",
        "Not an official plan; generated by Scripts/make-ehime-data.py.",
    ],
    "requests": [
        # 大洲市: 肱川 flooding; the most certificate applications in 2018
        ("大洲市", "shelter", 20, "2026-07-06", "2026-07-26", "critical"),
        ("大洲市", "health", 4, "2026-07-07", "2026-07-26", "high"),
        ("大洲市", "civil-engineering", 4, "2026-07-08", "2026-07-26", "high"),
        ("大洲市", "waste", 8, "2026-07-09", "2026-08-02", "high"),
        ("大洲市", "certificate", 16, "2026-07-13", "2026-08-02", "high"),
        ("大洲市", "damage-survey", 14, "2026-07-13", "2026-08-02", "high"),
        ("大洲市", "general", 6, "2026-07-13", "2026-07-26", "normal"),
        # 宇和島市: landslides in 吉田町, water plant lost
        ("宇和島市", "shelter", 22, "2026-07-06", "2026-07-26", "critical"),
        ("宇和島市", "water", 5, "2026-07-07", "2026-07-19", "critical"),
        ("宇和島市", "health", 3, "2026-07-07", "2026-07-26", "high"),
        ("宇和島市", "management", 1, "2026-07-08", "2026-07-26", "high"),
        ("宇和島市", "civil-engineering", 3, "2026-07-08", "2026-07-26", "high"),
        ("宇和島市", "waste", 7, "2026-07-09", "2026-08-02", "high"),
        ("宇和島市", "certificate", 8, "2026-07-13", "2026-08-02", "high"),
        ("宇和島市", "damage-survey", 8, "2026-07-13", "2026-07-26", "high"),
        # 西予市: 野村 flooding below the dam
        ("西予市", "shelter", 12, "2026-07-06", "2026-07-19", "critical"),
        ("西予市", "health", 2, "2026-07-07", "2026-07-26", "high"),
        ("西予市", "management", 1, "2026-07-08", "2026-07-26", "high"),
        ("西予市", "certificate", 5, "2026-07-13", "2026-08-02", "high"),
        ("西予市", "damage-survey", 6, "2026-07-13", "2026-07-26", "high"),
        ("西予市", "waste", 5, "2026-07-13", "2026-08-02", "normal"),
        # 松野町 / 鬼北町
        ("松野町", "shelter", 4, "2026-07-06", "2026-07-12", "high"),
        ("松野町", "damage-survey", 2, "2026-07-13", "2026-07-26", "normal"),
        ("鬼北町", "shelter", 5, "2026-07-06", "2026-07-19", "high"),
        ("鬼北町", "certificate", 2, "2026-07-13", "2026-07-26", "normal"),
        ("鬼北町", "waste", 2, "2026-07-13", "2026-07-26", "normal"),
    ],
}
SCENARIOS = [NANKAI, HEAVY_RAIN]
PRIORITY_RANK = {"critical": 0, "high": 1, "normal": 2}


# ---------------------------------------------------------------------------
def check_digit_ok(code):
    s = sum(int(d) * w for d, w in zip(code[:5], [6, 5, 4, 3, 2]))
    r = s % 11
    cd = 1 if r == 0 else 0 if r == 1 else 11 - r
    return cd % 10 == int(code[5])


def attr(value):
    return escape(str(value), {'"': "&quot;"})


def element(indent, name, attrs, close=True):
    parts = " ".join(f'{k}="{attr(v)}"' for k, v in attrs)
    return "  " * indent + f"<{name} {parts}{'/' if close else ''}>"


def comment(indent, text):
    assert "--" not in text and not text.endswith("-"), text
    return "  " * indent + f"<!-- {text} -->"


def block_comment(lines):
    for line in lines:
        assert "--" not in line, line
    return ["<!--"] + [("  " + l) if l else "" for l in lines] + ["-->"]


def allocate_staff():
    """Staff per municipality: proportional to population, floor of 8,
    largest remainder so that the total is exactly TOTAL_STAFF."""
    codes = [m[0] for m in MUNICIPALITIES]
    fixed = {}
    while True:
        free = [c for c in codes if c not in fixed]
        left = TOTAL_STAFF - sum(fixed.values())
        pop = sum(POP_BY_CODE[c] for c in free)
        quota = {c: left * POP_BY_CODE[c] / pop for c in free}
        low = [c for c in free if quota[c] < STAFF_FLOOR]
        if not low:
            break
        for c in low:
            fixed[c] = STAFF_FLOOR
    counts = {c: int(quota[c]) for c in free}
    rest = left - sum(counts.values())
    for c in sorted(free, key=lambda c: (-(quota[c] - int(quota[c])), c))[:rest]:
        counts[c] += 1
    counts.update(fixed)
    return {c: counts[c] for c in codes}


# Profiles: a person's main line of work, then extra skills.
# (profile, main skill, rate, [(extra skill, probability)])
PROFILES = [
    ("nurse", "health", 0.050, [("shelter", 0.35), ("general", 0.15)]),
    ("civil", "civil-engineering", 0.065, [("damage-survey", 0.40), ("water", 0.15)]),
    ("architect", "building", 0.060, [("damage-survey", 0.55), ("certificate", 0.10)]),
    ("waterworks", "water", 0.030, [("general", 0.35), ("civil-engineering", 0.15)]),
    ("environment", "waste", 0.030, [("general", 0.40), ("shelter", 0.15)]),
]
MANAGER_RATE = 0.028       # of staff in the larger cities only
MANAGER_MIN_POP = 80000    # 松山, 今治, 新居浜, 西条, 四国中央


def make_profiles(rng, code, n):
    """A deterministic list of n profile names for one municipality."""
    plist = []
    for name, _, rate, _ in PROFILES:
        exp = n * rate
        k = int(exp)
        if rng.random() < exp - k:
            k += 1
        if n >= 30:
            k = max(k, 1)
        plist += [name] * k
    if POP_BY_CODE[code] >= MANAGER_MIN_POP:
        plist += ["manager"] * max(1, round(n * MANAGER_RATE))
    plist += ["admin"] * (n - len(plist))
    assert len(plist) == n
    rng.shuffle(plist)
    return plist


def skills_for(rng, profile):
    skills = []
    if profile == "admin":
        # Office staff: 1-3 of the administrative categories.
        pool = [("general", 0.62), ("shelter", 0.58), ("certificate", 0.34),
                ("damage-survey", 0.27)]
        for cat, p in pool:
            if rng.random() < p:
                skills.append(cat)
        if not skills:
            skills.append(rng.choice(["general", "general", "shelter"]))
        while len(skills) > 3:
            skills.remove(rng.choice(skills))
    elif profile == "manager":
        skills = ["management", "general"]
        if rng.random() < 0.3:
            skills.append("shelter")
    else:
        for name, main, _, extras in PROFILES:
            if name == profile:
                skills.append(main)
                for cat, p in extras:
                    if len(skills) < 3 and rng.random() < p:
                        skills.append(cat)
    return sorted(set(skills), key=CAT_INDEX.get)


def random_day(rng, lo, hi):
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def availability_for(rng):
    """List of (from, to) date pairs."""
    x = rng.random()
    if x < 0.020:           # long leave: never available
        return []
    if x < 0.120:           # a gap: training, leave
        gap = rng.randint(5, 60)
        g0 = random_day(rng, YEAR_FROM + dt.timedelta(days=14),
                        YEAR_TO - dt.timedelta(days=gap + 14))
        g1 = g0 + dt.timedelta(days=gap - 1)
        return [(YEAR_FROM, g0 - dt.timedelta(days=1)),
                (g1 + dt.timedelta(days=1), YEAR_TO)]
    if x < 0.135:           # two intervals that touch or overlap
        cut = random_day(rng, YEAR_FROM + dt.timedelta(days=30),
                         YEAR_TO - dt.timedelta(days=30))
        kind = rng.randint(0, 2)
        if kind == 0:       # adjacent days
            return [(YEAR_FROM, cut), (cut + dt.timedelta(days=1), YEAR_TO)]
        if kind == 1:       # share one day
            return [(YEAR_FROM, cut), (cut, YEAR_TO)]
        over = rng.randint(2, 20)   # overlap by several days
        return [(YEAR_FROM, cut + dt.timedelta(days=over)), (cut, YEAR_TO)]
    return [(YEAR_FROM, YEAR_TO)]


class NameMaker:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def __call__(self):
        for _ in range(1000):
            name = f"{self.rng.choice(FAMILY_NAMES)} {self.rng.choice(GIVEN_NAMES)}"
            if name not in self.used:
                self.used.add(name)
                return name
        raise RuntimeError("ran out of names")


# ---------------------------------------------------------------------------
def build(rng):
    names = NameMaker(rng)
    counts = allocate_staff()

    # Staff first (capacity depends on the count).
    staff = []   # (id, code, name, skills, intervals)
    for code, *_ in MUNICIPALITIES:
        n = counts[code]
        for i, profile in enumerate(make_profiles(rng, code, n), start=1):
            staff.append((f"s-{code}-{i:04d}", code, names(),
                          skills_for(rng, profile), availability_for(rng)))

    capacity = {}
    for code, *_ in MUNICIPALITIES:
        share = rng.uniform(0.25, 0.35)
        capacity[code] = max(2, round(counts[code] * share))

    members = []  # (id, code, role, name, phone, email)
    for idx, (code, _, romaji, _, _, _, pop, area) in enumerate(MUNICIPALITIES, start=1):
        roles = ["vice-mayor", "disaster-manager", "personnel-manager", "liaison"]
        if pop > 100000:
            roles.append("liaison")
        for n, role in enumerate(roles, start=1):
            local = role if role != "liaison" or n == 4 else f"{role}{n - 3}"
            members.append((f"m-{code}-{n}", code, role, names(),
                            f"{area}-00-{idx:02d}{n:02d}",
                            f"{romaji}.{local}@example.jp"))
    hq_roles = ["hq-disaster", "hq-disaster", "hq-disaster",
                "hq-promotion", "hq-promotion", "hq-promotion"]
    for n, role in enumerate(hq_roles, start=1):
        members.append((f"hq-{n}", PREFECTURE, role, names(),
                        f"089-00-00{n:02d}", f"ehime.hq{n}@example.jp"))
    return counts, capacity, members, staff


def roster_xml(counts, capacity, members, staff):
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    out += block_comment([
        "Counterpart roster for 愛媛県 (Ehime Prefecture, 380008): its 20 municipalities,",
        "the counterpart groups A/B/C with one pairing per municipality, the hotline",
        "members and about 1,500 dispatchable staff.",
        "Generated by Scripts/make-ehime-data.py; do not edit by hand, rerun the script.",
        "",
        "Real facts: codes, names, kinds, office coordinates, populations (2020 census,",
        "final figure where known, else preliminary) and group membership, from",
        "ehime-municipalities.md. INVENTED: every person's name, phone number, e-mail,",
        "the staff list, skills, availability and dispatch capacities. Phone numbers",
        "(area code, 00, four digits) and example.jp addresses are fictitious.",
        "",
        "Pairings: only those marked status=\"official\" are published (松前町 town",
        "website). Pairings marked status=\"proposed\" are planning assumptions, to be",
        "replaced by the prefecture's official list (愛媛県 市町振興課) once obtained.",
    ])
    out.append(element(0, "roster", [("xmlns", "urn:counterpart:roster:1"),
                                     ("prefecture", PREFECTURE), ("effective", EFFECTIVE),
                                     ("scope", "full")], close=False))
    out.append("  <municipalities>")
    for code, name, _, kind, lat, lon, pop, _ in MUNICIPALITIES:
        out.append(element(2, "municipality", [
            ("code", code), ("name", name), ("kind", kind), ("lat", lat), ("lon", lon),
            ("dispatchCapacity", capacity[code]), ("population", pop)]))
    out.append("  </municipalities>")
    out.append("  <groups>")
    for gid, gname, rows in GROUPS:
        out.append(element(2, "group", [("id", gid), ("name", gname)], close=False))
        for affected, primary, secondaries, status, wording in rows:
            note = wording
            if any(s.startswith("(") for s in secondaries):
                note += "; 松山市 last: bracketed member of this group"
            out.append(comment(3, f"{affected}: {note}"))
            out.append(element(3, "pairing", [
                ("affected", CODE_BY_NAME[affected]), ("primary", CODE_BY_NAME[primary]),
                ("status", status)], close=False))
            for s in secondaries:
                out.append(element(4, "secondary", [("code", CODE_BY_NAME[s.strip("()")])]))
            out.append("      </pairing>")
        out.append("    </group>")
    out.append("  </groups>")
    out.append("  <members>")
    for mid, code, role, name, phone, email in members:
        out.append(element(2, "member", [("id", mid), ("municipality", code), ("role", role),
                                         ("name", name), ("phone", phone), ("email", email)]))
    out.append("  </members>")
    out.append("  <staff>")
    for sid, code, name, skills, intervals in staff:
        attrs = [("id", sid), ("municipality", code), ("name", name),
                 ("skills", " ".join(skills))]
        if not intervals:
            out.append(element(2, "person", attrs))
            continue
        out.append(element(2, "person", attrs, close=False))
        for f, t in intervals:
            out.append(element(3, "available", [("from", f.isoformat()), ("to", t.isoformat())]))
        out.append("    </person>")
    out.append("  </staff>")
    out.append("</roster>")
    return "\n".join(out) + "\n"


def sorted_requests(sc):
    order = {m[1]: i for i, m in enumerate(MUNICIPALITIES)}
    reqs = sorted(sc["requests"], key=lambda r: (r[3], PRIORITY_RANK[r[5]],
                                                 sc["affected"].index(r[0]), CAT_INDEX[r[1]]))
    return [(f"r-{i:03d}", CODE_BY_NAME[m], cat, hc, f, t, pr)
            for i, (m, cat, hc, f, t, pr) in enumerate(reqs, start=1)]


def scenario_xml(sc):
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    out += block_comment(sc["comment"])
    out.append(element(0, "scenario", [("xmlns", "urn:counterpart:scenario:1"),
                                       ("id", sc["id"]), ("name", sc["name"]),
                                       ("start", sc["start"]), ("rotationDays", 7)],
                       close=False))
    for m in sc["affected"]:
        out.append(element(1, "affected", [("code", CODE_BY_NAME[m])]))
    for rid, code, cat, hc, f, t, pr in sorted_requests(sc):
        out.append(element(1, "request", [("id", rid), ("municipality", code),
                                          ("category", cat), ("headcount", hc),
                                          ("from", f), ("to", t), ("priority", pr)]))
    out.append("  <policy>")
    out.append(element(2, "tierCost", [("primary", 0), ("secondary", 1000),
                                       ("group", 2000), ("prefecture", 3000)]))
    out.append(element(2, "priorityValue", [("critical", 1000000), ("high", 100000),
                                            ("normal", 10000)]))
    out.append(element(2, "maxConsecutivePeriods", [("value", 1)]))
    out.append("  </policy>")
    out.append("</scenario>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
def check(counts, capacity, members, staff):
    """Consistency checks beyond the XSD, and the summary tables."""
    codes = [m[0] for m in MUNICIPALITIES]
    assert len(codes) == 20 and len(set(codes)) == 20
    for c in codes + [PREFECTURE]:
        assert check_digit_ok(c), c
    # pairings
    affected_seen = []
    for _, _, rows in GROUPS:
        for affected, primary, secondaries, _, _ in rows:
            a, p = CODE_BY_NAME[affected], CODE_BY_NAME[primary]
            sec = [CODE_BY_NAME[s.strip("()")] for s in secondaries]
            assert a not in affected_seen, affected
            affected_seen.append(a)
            sup = [p] + sec
            assert a not in sup, affected
            assert len(set(sup)) == len(sup), affected
            assert all(c in codes for c in [a] + sup)
    assert sorted(affected_seen) == sorted(codes), "every municipality has one pairing"
    # ids
    ids = [m[0] for m in members]
    assert len(ids) == len(set(ids))
    sids = [s[0] for s in staff]
    assert len(sids) == len(set(sids))
    for s in staff:
        assert s[1] in codes
        assert 1 <= len(s[3]) <= 3
        assert s[3] == sorted(s[3], key=CAT_INDEX.get)
        for f, t in s[4]:
            assert f <= t
    for m in members:
        assert m[1] in codes or m[1] == PREFECTURE
    total = len(staff)
    assert 1450 <= total <= 1550, total
    # per-municipality table
    print(f"Total staff: {total}")
    print(f"{'code':7} {'name':8} {'pop':>8} {'staff':>5} {'cap':>4} {'members':>7}  categories missing")
    for code, name, *_ in MUNICIPALITIES:
        mine = [s for s in staff if s[1] == code]
        have = {c for s in mine for c in s[3]}
        missing = [c for c in CATEGORIES if c not in have]
        if len(mine) >= 30:
            assert all(c == "management" for c in missing), (name, missing)
        assert 2 <= capacity[code]
        nm = sum(1 for m in members if m[1] == code)
        print(f"{code:7} {name.ljust(5, chr(0x3000))} {POP_BY_CODE[code]:>8} {len(mine):>5} {capacity[code]:>4} {nm:>7}  {' '.join(missing)}")
    print(f"members: {len(members)} (prefecture HQ: {sum(1 for m in members if m[1] == PREFECTURE)})")
    # categories
    print("\nStaff per category (people having the skill):")
    for c in CATEGORIES:
        k = sum(1 for s in staff if c in s[3])
        print(f"  {c:18} {k:5}  {100 * k / total:5.1f}%")
    nskills = [len(s[3]) for s in staff]
    print("  skills per person: " + ", ".join(f"{k}: {nskills.count(k)}" for k in (1, 2, 3)))
    nint = [len(s[4]) for s in staff]
    touching = sum(1 for s in staff if len(s[4]) == 2 and s[4][1][0] <= s[4][0][1] + dt.timedelta(days=1))
    print(f"  availability: none {nint.count(0)}, one {nint.count(1)}, two {nint.count(2)} "
          f"(of which touch/overlap {touching}, gap {nint.count(2) - touching})")

    # scenarios
    for sc in SCENARIOS:
        reqs = sorted_requests(sc)
        aff = [CODE_BY_NAME[m] for m in sc["affected"]]
        for rid, code, cat, hc, f, t, pr in reqs:
            assert code in aff and f <= t and hc >= 1 and pr in PRIORITY_RANK
            assert f >= sc["start"]
        assert len({r[0] for r in reqs}) == len(reqs)
        start = dt.date.fromisoformat(sc["start"])
        last = max(dt.date.fromisoformat(r[5]) for r in reqs)
        nper = (last - start).days // 7 + 1
        outside = [s for s in staff if s[1] not in aff]
        cap_out = sum(capacity[c] for c in codes if c not in aff)
        print(f"\nScenario {sc['id']} ({sc['name']}), start {sc['start']}: "
              f"{len(reqs)} requests, {nper} periods, affected {', '.join(sc['affected'])}")
        print(f"  staff outside affected area: {len(outside)}; their dispatchCapacity sum: {cap_out}")
        head = f"  {'category':18} {'supply':>6} {'avail':>5}" + "".join(f" {'wk' + str(p):>5}" for p in range(nper))
        print(head + "   peak/avail")
        tot = [0] * nper
        for c in CATEGORIES:
            dem = [0] * nper
            for rid, code, cat, hc, f, t, pr in reqs:
                if cat != c:
                    continue
                fd, td = dt.date.fromisoformat(f), dt.date.fromisoformat(t)
                for p in range(nper):
                    p0 = start + dt.timedelta(days=7 * p)
                    p1 = p0 + dt.timedelta(days=6)
                    if fd <= p1 and td >= p0:
                        dem[p] += hc
            sup = [s for s in outside if c in s[3]]
            # available on the whole first week the category is asked for
            wk = next((p for p in range(nper) if dem[p]), 0)
            p0 = start + dt.timedelta(days=7 * wk)
            p1 = p0 + dt.timedelta(days=6)
            avail = sum(1 for s in sup if any(f <= p0 and t >= p1 for f, t in s[4]))
            for p in range(nper):
                tot[p] += dem[p]
            ratio = f"{max(dem) / avail:5.2f}" if avail and max(dem) else "    -"
            print(f"  {c:18} {len(sup):6} {avail:5}" + "".join(f" {d:5}" for d in dem) + f"   {ratio}")
        print(f"  {'total':18} {'':6} {'':5}" + "".join(f" {d:5}" for d in tot))
    print("\n(supply = outside staff with the skill; avail = of those, available all of the"
          "\n first week the category is requested; wkN = headcount requested in period N;"
          "\n with maxConsecutivePeriods=1 a person serves at most every other week, so a"
          "\n peak/avail ratio above about 0.5 in consecutive weeks means shortfalls.)")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    outdir = os.path.join(root, "Data", "ehime")
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(SEED)
    counts, capacity, members, staff = build(rng)
    files = [("roster.xml", roster_xml(counts, capacity, members, staff))]
    files += [(sc["file"], scenario_xml(sc)) for sc in SCENARIOS]
    for name, text in files:
        with open(os.path.join(outdir, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        print(f"wrote Data/ehime/{name}")
    if "--check" in sys.argv[1:]:
        check(counts, capacity, members, staff)


if __name__ == "__main__":
    main()
