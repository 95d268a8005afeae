"""Drawing usual names by origin, at their real frequencies, from the name tables."""

from __future__ import annotations

import random

from bench.synth.names import ACCENT, CAN, HYPHEN, MIDDLE, REVERSED, NameBook, plain
from bench.synth.params import Params
from bench.synth.sampling import Table, choice
from bench.synth.tables.names_asia import (
    CN_FAMILY,
    CN_GIVEN,
    CN_SYLLABLE_1,
    CN_SYLLABLE_2,
    IN_FAMILY,
    IN_GIVEN,
    JP_FAMILY,
    JP_GIVEN,
    KR_FAMILY,
    KR_SYLLABLE_1,
    KR_SYLLABLE_2,
    ME_FAMILY,
    ME_GIVEN,
    RARE_PARTS,
    VN_FAMILY,
    VN_GIVEN,
    VN_MIDDLE,
)
from bench.synth.tables.names_west import MIDDLE_INITIALS, WE_INFIXES, WE_LANGUAGES, WE_STEMS
from bench.synth.tables.places import ORIGINS
from bench.synth.tables.weights import zipf


class NameDrawer:
    """Draws usual names by origin from the name tables."""

    def __init__(self, params: Params, book: NameBook):
        self.params, self.book = params, book
        self.origin = Table(list(params.origins))
        self.tables = {
            name: Table(table)
            for name, table in (
                ("cn_family", CN_FAMILY),
                ("cn_given", CN_GIVEN),
                ("cn_s1", CN_SYLLABLE_1),
                ("cn_s2", CN_SYLLABLE_2),
                ("kr_family", KR_FAMILY),
                ("kr_s1", KR_SYLLABLE_1),
                ("kr_s2", KR_SYLLABLE_2),
                ("jp_family", JP_FAMILY),
                ("jp_given", JP_GIVEN),
                ("in_family", IN_FAMILY),
                ("in_given", IN_GIVEN),
                ("vn_family", VN_FAMILY),
                ("vn_middle", VN_MIDDLE),
                ("vn_given", VN_GIVEN),
                ("me_family", ME_FAMILY),
                ("me_given", ME_GIVEN),
            )
        }
        self.languages = Table([(lang, spec[0]) for lang, spec in WE_LANGUAGES.items()])
        self.we = {
            lang: (Table(zipf(first, 1.0, 3)), Table(zipf(last, 0.9, 4)), suffixes.split(), middle)
            for lang, (_, first, last, suffixes, middle) in WE_LANGUAGES.items()
        }
        self.rare = {
            k: (stems.split(), endings.split()) for k, (stems, endings) in RARE_PARTS.items()
        }
        self.draws = {
            "cn": self._cn,
            "we": self._we,
            "in": self._in,
            "kr": self._kr,
            "jp": self._jp,
            "me": self._me,
            "vn": self._vn,
        }

    def draw(self, rng: random.Random) -> int:
        """The name id of a name drawn at its real frequency (the book records its origin)."""
        origin = self.origin.pick(rng)
        known = len(self.book.written)
        nid = self.draws[origin](rng)
        if len(self.book.written) > known:
            self.book.origin.append(ORIGINS.index(origin))
        return nid

    def _t(self, name: str, rng: random.Random) -> str:
        return self.tables[name].pick(rng)

    def _cn(self, rng: random.Random) -> int:
        family = self._t("cn_family", rng)
        if rng.random() < self.params.cn_single_given:
            return self.book.add(self._t("cn_given", rng), family, CAN[REVERSED])
        s1, s2 = self._t("cn_s1", rng), self._t("cn_s2", rng)
        return self._two_syllables(rng, s1, s2, family, CAN[REVERSED])

    def _kr(self, rng: random.Random) -> int:
        family = self._t("kr_family", rng)
        return self._two_syllables(rng, self._t("kr_s1", rng), self._t("kr_s2", rng), family, 0)

    def _two_syllables(self, rng: random.Random, s1: str, s2: str, family: str, caps: int) -> int:
        """Usual spelling: "Weijie" (half), "Wei-Jie" (a third) or "Wei-jie"."""
        u = rng.random()
        given = s1 + s2.lower() if u < 0.5 else f"{s1}-{s2}" if u < 0.83 else f"{s1}-{s2.lower()}"
        return self.book.add(given, family, caps | CAN[HYPHEN], boundary=len(s1))

    def _rare(self, rng: random.Random, parts: str) -> str:
        stems, endings = self.rare[parts]
        return choice(rng, stems) + choice(rng, endings)

    def _jp(self, rng: random.Random) -> int:
        rare = rng.random() < self.params.rare_surname
        given = self._rare(rng, "jp_given") if rare else self._t("jp_given", rng)
        family = self._rare(rng, "jp") if rare else self._t("jp_family", rng)
        return self.book.add(given, family, 0)

    def _in(self, rng: random.Random) -> int:
        family = (
            self._rare(rng, "in")
            if rng.random() < self.params.rare_surname
            else self._t("in_family", rng)
        )
        return self.book.add(self._t("in_given", rng), family, 0)

    def _vn(self, rng: random.Random) -> int:
        given = self._t("vn_given", rng)
        if rng.random() < 0.5:
            given = f"{self._t('vn_middle', rng)} {given}"
        return self.book.add(given, self._t("vn_family", rng), 0)

    def _me(self, rng: random.Random) -> int:
        family = (
            self._rare(rng, "me")
            if rng.random() < self.params.rare_surname
            else self._t("me_family", rng)
        )
        return self._with_accents(rng, self._t("me_given", rng), family, 0)

    def _we(self, rng: random.Random) -> int:
        lang = self.languages.pick(rng)
        first, last, suffixes, middle_share = self.we[lang]
        if rng.random() < self.params.rare_surname:
            family = (choice(rng, WE_STEMS) + choice(rng, WE_INFIXES)).capitalize() + choice(
                rng, suffixes
            )
        else:
            family = last.pick(rng)
        given, caps = first.pick(rng), 0
        if rng.random() < middle_share:
            given, caps = f"{given} {choice(rng, MIDDLE_INITIALS)}.", CAN[MIDDLE]
        return self._with_accents(rng, given, family, caps)

    def _with_accents(self, rng: random.Random, given: str, family: str, caps: int) -> int:
        """Names with accents are usually written with them; a fifth of their bearers don't."""
        if not self.book.accentable(f"{given} {family}"):
            return self.book.add(given, family, caps)
        if rng.random() < 0.2:
            given, family = plain(given), plain(family)
        return self.book.add(given, family, caps | CAN[ACCENT])
