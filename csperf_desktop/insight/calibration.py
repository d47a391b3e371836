"""How well graders agree: the statistics of a calibration session.

In a calibration session several graders score the same conversations against the
spot-check checklist (三要三不四个一样 …), each item 通过 (pass) or 不通过 (fail). A *unit*
is one checklist item of one conversation; each grader gives it one verdict or none.

What is computed, and how:

- **Per item, percent agreement**: for each conversation the share of grader pairs that
  gave the item the same verdict (Fleiss' P_i; with two graders simply 1 when they agree,
  0 when not), averaged over the conversations at least two graders rated. The items with
  the lowest agreement are the most disagreed.
- **Overall, chance-corrected**: Cohen's kappa for two graders, Fleiss' kappa for three or
  more, over every unit of the session.
  *A grader who skipped an item*: Cohen's kappa uses the units **both** graders rated
  (pairwise complete); Fleiss' kappa needs the same number of verdicts on every unit, so a
  unit that any grader left unrated is **left out** — the report says how many.
  *Undefined*: when the verdicts expected by chance agree with certainty (every verdict of
  every grader is the same, e.g. all 通过), kappa is 0/0; it is reported as undefined with
  the reason in Chinese — nothing is divided by zero. The percent agreement still stands.
- **Reading** (Landis & Koch 1977): κ < 0 很差（低于随机）, 0–0.20 较差, 0.21–0.40 一般,
  0.41–0.60 中等, 0.61–0.80 较好, 0.81–1 很好 (upper bounds inclusive: 0.20 reads 较差).
- **Per grader, leniency against the consensus**: the consensus of a unit is the majority
  verdict of the graders who rated it; a tie counts as half a fail. Leniency = the grader's
  fail verdicts − the consensus fails over the units the grader rated: negative is more
  lenient (fewer deductions than the group), positive stricter. Agreement with the
  consensus = the share of the grader's units with a majority where the grader's verdict is
  the majority's (ties left out).

Kappa is computed from integer counts with exact fractions, so an expected agreement of exactly
1 is recognised as such (never a float that happens to be 0.9999…); results are returned as
floats. A unit's agreement is 1 (unanimous) exactly when all its ordered grader pairs agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Hashable, Iterable, Mapping, Sequence

PASS, FAIL = "pass", "fail"
VERDICTS = {PASS: ("通过", "Pass"), FAIL: ("不通过", "Fail")}

# Landis & Koch (1977): upper bound (inclusive), Chinese reading, English reading.
BANDS: list[tuple[Fraction, str, str]] = [
    (Fraction(1, 5), "较差", "slight"),
    (Fraction(2, 5), "一般", "fair"),
    (Fraction(3, 5), "中等", "moderate"),
    (Fraction(4, 5), "较好", "substantial"),
    (Fraction(1), "很好", "almost perfect"),
]
BELOW_CHANCE = ("很差（低于随机一致）", "poor (below chance)")

ALL_SAME = ("所有评分都是同一个结论（例如全部“通过”），按随机也会完全一致，kappa 无法计算（不是 0，也不是 1）。"
            "此时请看各项的一致率。")
NO_UNITS_COHEN = "两位评分人没有共同评过的项目，无法计算 Cohen's kappa。"
NO_UNITS_FLEISS = "没有所有评分人都评过的项目（有人漏评的项目不计入 Fleiss' kappa），无法计算。"
TOO_FEW_GRADERS = "至少需要两位评分人才能计算一致性。"


def landis_koch(kappa: float | Fraction | None) -> tuple[str, str]:
    """The plain-language reading of a kappa value: (Chinese, English); ('—', '—') for None."""
    if kappa is None:
        return "—", "—"
    # A float is read as its decimal value to 6 places, so 0.4 computed as 0.4000000000000001 reads 一般.
    k = kappa if isinstance(kappa, Fraction) else Fraction(f"{kappa:.6f}")
    if k < 0:
        return BELOW_CHANCE
    for upper, zh, en in BANDS:
        if k <= upper:
            return zh, en
    return BANDS[-1][1], BANDS[-1][2]


@dataclass
class Kappa:
    """A kappa statistic and what it was computed from."""

    kind: str  # cohen | fleiss | none
    value: float | None
    observed: float | None  # observed agreement (P_o, or Fleiss' mean P_i)
    expected: float | None  # agreement expected by chance (P_e)
    units: int  # units used
    units_left_out: int = 0  # units with a missing verdict (Fleiss) / not rated by both (Cohen)
    graders: int = 0
    undefined: str = ""  # why there is no value (Chinese), "" when there is one

    @property
    def reading(self) -> str:
        return landis_koch(self.value)[0] if self.value is not None else "无法计算"

    @property
    def reading_en(self) -> str:
        return landis_koch(self.value)[1] if self.value is not None else "undefined"

    def as_json(self) -> dict:
        return {"kind": self.kind, "value": _round(self.value), "observed": _round(self.observed),
                "expected": _round(self.expected), "units": self.units, "units_left_out": self.units_left_out,
                "graders": self.graders, "reading": self.reading, "undefined": self.undefined or None}


def _round(x: float | None, digits: int = 4) -> float | None:
    return None if x is None else round(x, digits)


def fleiss_from_table(table: Sequence[Sequence[int]]) -> Kappa:
    """Fleiss' kappa from a subjects × categories table of counts (every row the same total n ≥ 2)."""
    rows = [list(r) for r in table]
    if not rows:
        return Kappa("fleiss", None, None, None, 0, undefined=NO_UNITS_FLEISS)
    n = sum(rows[0])
    if n < 2 or any(sum(r) != n for r in rows) or any(c < 0 for r in rows for c in r):
        raise ValueError("every subject needs the same number (≥ 2) of ratings")
    big_n = len(rows)
    k = len(rows[0])
    # Integer sums, one exact division each: P̄ = Σ_i (Σ_j n_ij² − n) / (N n (n−1)), P_e = Σ_j (Σ_i n_ij)² / (N n)².
    p_bar = Fraction(sum(sum(c * c for c in r) - n for r in rows), big_n * n * (n - 1))
    p_e = Fraction(sum(sum(r[j] for r in rows) ** 2 for j in range(k)), (big_n * n) ** 2)
    if p_e == 1:
        return Kappa("fleiss", None, float(p_bar), 1.0, big_n, graders=n, undefined=ALL_SAME)
    return Kappa("fleiss", float((p_bar - p_e) / (1 - p_e)), float(p_bar), float(p_e), big_n, graders=n)


def cohen_from_pairs(pairs: Iterable[tuple[Hashable, Hashable]]) -> Kappa:
    """Cohen's kappa from (grader A's category, grader B's category) pairs, one per unit."""
    pairs = list(pairs)
    if not pairs:
        return Kappa("cohen", None, None, None, 0, graders=2, undefined=NO_UNITS_COHEN)
    total = len(pairs)
    p_o = Fraction(sum(1 for a, b in pairs if a == b), total)
    cats = {c for pair in pairs for c in pair}
    count_a = {c: sum(1 for a, _ in pairs if a == c) for c in cats}
    count_b = {c: sum(1 for _, b in pairs if b == c) for c in cats}
    p_e = sum((Fraction(count_a[c] * count_b[c], total * total) for c in cats), Fraction(0))
    if p_e == 1:
        return Kappa("cohen", None, float(p_o), 1.0, total, graders=2, undefined=ALL_SAME)
    return Kappa("cohen", float((p_o - p_e) / (1 - p_e)), float(p_o), float(p_e), total, graders=2)


# ---------------------------------------------------------------- a whole session

Unit = tuple[Hashable, Hashable]  # (conversation, item)


@dataclass
class ItemAgreement:
    item: Hashable
    code: str
    text: str
    section: str
    agreement: float | None  # mean pairwise agreement over the conversations, 0..1
    conversations: int  # conversations at least two graders rated
    fails: int  # fail verdicts given on this item, all graders
    verdicts: int  # verdicts given on this item, all graders
    unanimous: int  # conversations where every verdict was the same

    def as_json(self) -> dict:
        return {"code": self.code, "text": self.text, "section": self.section,
                "agreement": _round(self.agreement), "conversations": self.conversations,
                "fails": self.fails, "verdicts": self.verdicts, "unanimous": self.unanimous}


@dataclass
class GraderStats:
    grader: Hashable
    name: str
    rated: int  # verdicts given
    skipped: int  # units of the session left unrated
    fails: int
    consensus_fails: float  # the consensus' fails over the same units (a tie counts 0.5)
    matched: int  # units with a majority where the grader's verdict is the majority's
    with_majority: int  # units rated by the grader that have a majority

    @property
    def leniency(self) -> float:
        """Fails − consensus fails: negative more lenient, positive stricter."""
        return self.fails - self.consensus_fails

    @property
    def agreement_with_consensus(self) -> float | None:
        return None if not self.with_majority else self.matched / self.with_majority

    @property
    def leaning(self) -> str:
        if self.leniency < 0:
            return "偏宽"
        if self.leniency > 0:
            return "偏严"
        return "与共识一致"

    def as_json(self) -> dict:
        return {"name": self.name, "rated": self.rated, "skipped": self.skipped, "fails": self.fails,
                "consensus_fails": self.consensus_fails, "leniency": self.leniency, "leaning": self.leaning,
                "agreement_with_consensus": _round(self.agreement_with_consensus)}


@dataclass
class Analysis:
    conversations: int
    graders: list[GraderStats]
    items: list[ItemAgreement]
    kappa: Kappa
    units: int  # conversation × item
    verdicts: int
    overall_agreement: float | None  # mean pairwise agreement over every unit rated by ≥ 2
    notes: list[str] = field(default_factory=list)

    def most_disagreed(self, limit: int = 3) -> list[ItemAgreement]:
        """The items with the lowest agreement (below 100 %), lowest first."""
        rated = [i for i in self.items if i.agreement is not None and i.agreement < 1]
        return sorted(rated, key=lambda i: (i.agreement, i.code))[:limit]


def _pairwise_same(verdicts: Sequence[str]) -> tuple[int, int]:
    """(ordered pairs of graders who agree, ordered pairs) among ``verdicts`` of one unit."""
    n = len(verdicts)
    fails = verdicts.count(FAIL)
    passes = n - fails
    return fails * (fails - 1) + passes * (passes - 1), n * (n - 1)


def analyse(conversations: Sequence[Hashable], graders: Sequence[tuple[Hashable, str]],
            items: Sequence[tuple[Hashable, str, str, str]],
            ratings: Mapping[tuple[Hashable, Hashable, Hashable], str]) -> Analysis:
    """The statistics of one session.

    ``graders``: (key, name); ``items``: (key, code, text, section); ``ratings``:
    {(conversation, item, grader): "pass" | "fail"} — a missing key is an unrated unit.
    """
    grader_keys = [g for g, _ in graders]
    by_unit: dict[Unit, dict[Hashable, str]] = {}
    for (conv, item, grader), verdict in ratings.items():
        if verdict not in VERDICTS:
            raise ValueError(f"verdict {verdict!r}")
        by_unit.setdefault((conv, item), {})[grader] = verdict

    item_rows = []
    all_p: list[float] = []
    for key, code, text, section in items:
        ps, fails, given, unanimous = [], 0, 0, 0
        for conv in conversations:
            vs = list(by_unit.get((conv, key), {}).values())
            fails += vs.count(FAIL)
            given += len(vs)
            if len(vs) >= 2:
                same, pairs = _pairwise_same(vs)
                ps.append(same / pairs)
                unanimous += 1 if same == pairs else 0
        all_p.extend(ps)
        agreement = sum(ps) / len(ps) if ps else None
        item_rows.append(ItemAgreement(key, code, text, section, agreement, len(ps), fails, given, unanimous))

    units = [(c, i[0]) for c in conversations for i in items]
    notes: list[str] = []
    if len(grader_keys) < 2:
        kappa = Kappa("none", None, None, None, 0, graders=len(grader_keys), undefined=TOO_FEW_GRADERS)
    elif len(grader_keys) == 2:
        a, b = grader_keys
        pairs = [(by_unit[u][a], by_unit[u][b]) for u in units if a in by_unit.get(u, {}) and b in by_unit.get(u, {})]
        kappa = cohen_from_pairs(pairs)
        kappa.units_left_out = len(units) - len(pairs)
        if kappa.units_left_out:
            notes.append(f"有 {kappa.units_left_out} 个项目不是两位评分人都评了，Cohen's kappa 只按两人都评过的 "
                         f"{len(pairs)} 个项目计算。")
    else:
        complete = [u for u in units if len(by_unit.get(u, {})) == len(grader_keys)]
        table = [[list(by_unit[u].values()).count(PASS), list(by_unit[u].values()).count(FAIL)] for u in complete]
        kappa = fleiss_from_table(table)
        kappa.graders = len(grader_keys)
        kappa.units_left_out = len(units) - len(complete)
        if kappa.units_left_out:
            notes.append(f"有 {kappa.units_left_out} 个项目有人漏评，不计入 Fleiss' kappa（按 {len(complete)} 个"
                         "所有人都评过的项目计算）；各项一致率仍计入已有的评分。")

    # consensus per unit: majority verdict; a tie counts as half a fail (kept as halves: 0, 1 or 2)
    consensus: dict[Unit, tuple[str | None, int]] = {}
    for u, vs in by_unit.items():
        fails = list(vs.values()).count(FAIL)
        passes = len(vs) - fails
        consensus[u] = (FAIL, 2) if fails > passes else (PASS, 0) if passes > fails else (None, 1)
    grader_rows = []
    for g, name in graders:
        rated = fails = matched = with_majority = halves = 0
        for u in units:
            v = by_unit.get(u, {}).get(g)
            if v is None:
                continue
            rated += 1
            fails += v == FAIL
            major, share = consensus[u]
            halves += share
            if major is not None:
                with_majority += 1
                matched += v == major
        grader_rows.append(GraderStats(g, name, rated, len(units) - rated, fails,
                                       halves // 2 if halves % 2 == 0 else halves / 2, matched, with_majority))
    overall = sum(all_p) / len(all_p) if all_p else None
    return Analysis(len(conversations), grader_rows, item_rows, kappa, len(units),
                    sum(len(v) for v in by_unit.values()), overall, notes)
