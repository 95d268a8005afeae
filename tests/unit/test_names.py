"""graph.names: parsing, keys and compatibility, on names taken from the sample data."""

from __future__ import annotations

import unicodedata

import pytest

from graph.names import (
    _TRANSLITERATE,
    ParsedName,
    author_key,
    base_key,
    block_key,
    compatible,
    initials_only,
    normalize,
    parse_name,
    strip_accents,
    suffix_conflict,
    variant_keys,
)


@pytest.mark.parametrize(
    ("raw", "given", "family", "suffix"),
    [
        ("Song Han 0003", "Song", "Han", "0003"),
        ("Yao Lu 0006", "Yao", "Lu", "0006"),
        ("Ables, S.", "S.", "Ables", None),
        ("Zhang, Jun", "Jun", "Zhang", None),
        ("Khaled A. S. Abdel-Ghaffar", "Khaled A. S.", "Abdel-Ghaffar", None),
        ("Wil M. P. van der Aalst", "Wil M. P.", "van der Aalst", None),
        ("José Palazzo M. de Oliveira", "José Palazzo M.", "de Oliveira", None),
        ("Juan de la Cruz", "Juan", "de la Cruz", None),
        ("Anh Van Nguyen", "Anh Van", "Nguyen", None),
        ("H. Cai", "H.", "Cai", None),
        ("H.Cai", "H.", "Cai", None),
        ("H Cai", "H", "Cai", None),
        ("J.-P. Martin", "J.-P.", "Martin", None),
        ("  Han   Cai  ", "Han", "Cai", None),
        ("King, Jr., Martin", "Martin", "King Jr.", None),
        ("Madonna", "", "Madonna", None),
    ],
)
def test_parse_name(raw: str, given: str, family: str, suffix: str | None) -> None:
    assert parse_name(raw) == ParsedName(given, family, suffix, raw.strip())


def test_a_four_digit_number_alone_is_not_a_suffix() -> None:
    assert parse_name("0003").suffix is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Jürgen Beyerer", "jurgen beyerer"),
        ("M. Tamer Özsu", "m tamer ozsu"),
        ("Ingeborg Sølvberg", "ingeborg solvberg"),
        ("Paweł Łukasz", "pawel lukasz"),
        ("Groß", "gross"),
        ("François Chaumette", "francois chaumette"),
        ("Wei-jie Yu", "weijie yu"),
        ("J.-P. Martin", "j p martin"),
        ("Michael O'Neill", "michael oneill"),
        ("Hong (Iris) Xie", "hong iris xie"),
        ("  Han \t Cai ", "han cai"),
    ],
)
def test_normalize(text: str, key: str) -> None:
    assert normalize(text) == key


def test_hyphens_fold_to_nothing_inside_a_given_name() -> None:
    assert base_key("Wei-jie Yu") == base_key("Weijie Yu") == "weijie yu"


def test_author_key_keeps_the_dblp_suffix() -> None:
    assert author_key("Song Han 0003") == "song han 0003"
    assert author_key("Song Han") == "song han"
    assert author_key("Han, Song") == "song han"
    assert base_key("Song Han 0003") == "song han"


def test_block_key_groups_the_variants_of_one_name() -> None:
    variants = ["Han Cai", "H. Cai", "Cai, Han", "Han Cai 0001", "han  cai", "Hao Cai"]
    assert {block_key(v) for v in variants} == {"cai h"}


def test_variant_keys() -> None:
    assert variant_keys("Han Cai") == {"han cai", "h cai", "cai han", "c han"}
    assert variant_keys("Han Cai 0001") == {"han cai", "h cai", "cai han", "c han"}
    assert variant_keys("H. Cai") == {"h cai"}
    assert variant_keys("Cai Han") == {"cai han", "c han", "han cai", "h cai"}
    assert variant_keys("Barbara H. Liskov") == {"barbara h liskov", "b liskov"}


@pytest.mark.parametrize("other", ["H. Cai", "Cai, Han", "Han Cai 0001", "han  cai", "Cai Han"])
def test_compatible_variants(other: str) -> None:
    assert compatible("Han Cai", other)
    assert compatible(other, "Han Cai")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Han Cai 0001", "Han Cai 0002"),
        ("Han Cai", "Hao Cai"),
        ("J. Zhang", "Q. Zhang"),
        ("Barbara H. Liskov", "H. Liskov"),
        ("Jun Q. Zhang", "Jun R. Zhang"),
        # a hyphenated given name is one name: "Wei" is no more "Wei-Neng" than it is "Weineng"
        ("Wei Chen", "Wei-Neng Chen"),
        ("Wei Chen", "Weineng Chen"),
        ("Jean Martin", "Jean-Pierre Martin"),
    ],
)
def test_incompatible_names(a: str, b: str) -> None:
    assert not compatible(a, b)
    assert not compatible(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Weinan Zhang 0001", "Weinan Zhang"),
        ("Barbara Liskov", "Barbara H. Liskov"),
        ("W.-J. Yu", "Wei-jie Yu"),
        ("J.-P. Martin", "Jean-Pierre Martin"),
        ("Jürgen Müller", "Jurgen Muller"),
        ("X. Zhang", "Xingbin Zhang"),
        ("W. Chen", "Wei-Neng Chen"),
        ("Wei N. Chen", "Wei-Neng Chen"),
        ("Weineng Chen", "Wei-Neng Chen"),
        ("Wei Chen", "Wei Neng Chen"),
        ("Jean-Pierre Martin", "Jean-Pierre A. Martin"),
        ("Cai Han", "H. Cai"),
    ],
)
def test_more_compatible_names(a: str, b: str) -> None:
    assert compatible(a, b)
    assert compatible(b, a)


def test_suffix_conflict() -> None:
    assert suffix_conflict("Song Han 0003", "Song Han 0001")
    assert not suffix_conflict("Song Han 0003", "Song Han")
    assert not suffix_conflict("Song Han 0003", "Song Han 0003")


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("H. Cai", True),
        ("J.-P. Martin", True),
        ("Cai, H.", True),
        ("Han Cai", False),
        ("Han Cai 0001", False),
        ("Madonna", False),
        ("C. L. Philip Chen", False),
    ],
)
def test_initials_only(raw: str, expected: bool) -> None:
    assert initials_only(raw) is expected


def test_family_blocks_cover_both_orders() -> None:
    from graph.names import block_key, family_blocks

    assert family_blocks("Han Cai") == {"cai h", "han c"}
    assert block_key("Cai Han") in family_blocks("Han Cai")
    assert block_key("H. Cai") in family_blocks("Han Cai")


@pytest.mark.parametrize(
    "text",
    [
        "Søren García-Pérez",
        "Łukasz Ðorđević, Þór",
        "Efficient neural architecture search via parameter sharing (ICML'18) 1/2 ~ x^2",
        "",
        "naïve Bayes, façade, ﬁne",
        "tab\tand\nnewline\x7f",
    ],
)
def test_strip_accents_is_its_definition_with_or_without_a_shortcut(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
    assert strip_accents(text) == "".join(c for c in decomposed if not unicodedata.combining(c))
