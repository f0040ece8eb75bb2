"""The shipped data sets: each loads, has units and a source, matches what its source publishes,
and teaches what its context sentence claims about losses."""

from pathlib import Path

import numpy as np
import pytest

from lossexplorer.core import (
    CLASSIFICATION_PRESET_NAMES,
    DATASETS,
    PRESET_NAMES,
    REAL_DATASET_NAMES,
    InputError,
    fit_stats,
    linearly_separable,
    make_model,
    preset,
    solve,
)
from lossexplorer.core import datasets as datasets_module
from lossexplorer.core.datasets import GROUPS, TASKS, catalogue, datasets_markdown, folder, read_table

ROOT = Path(__file__).resolve().parents[2]
REAL = [d for d in DATASETS.values() if d.group == "real"]
REGRESSION = [d.name for d in REAL if d.task == "regression"]
CLASSIFICATION = [d.name for d in REAL if d.task == "classification"]


def load(name):
    return DATASETS[name].load()


def slope(name, loss="mse"):
    x, y = load(name)
    return float(solve(x, y, loss, "line").coefficients[1])


def r2(name, model):
    x, y = load(name)
    beta = solve(x, y, "mse", model).coefficients
    return fit_stats(y, make_model(model).predict(beta, x)).r2


# --- the catalogue -------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(DATASETS))
def test_every_set_loads_finite_with_the_stated_number_of_points(name):
    d = DATASETS[name]
    x, y = d.load()
    assert len(y) == d.n
    assert x.shape == ((d.n, 2) if d.classification else (d.n,))
    assert np.isfinite(x).all() and np.isfinite(y).all()
    assert preset(name).classification == d.classification
    np.testing.assert_array_equal(preset(name).x, x)
    np.testing.assert_array_equal(preset(name).y, y)


@pytest.mark.parametrize("name", [d.name for d in REAL])
def test_every_real_set_has_units_context_source_licence_and_a_checked_copy(name):
    d = DATASETS[name]
    assert d.x.unit and d.y.unit, "a real set names the unit of both axes"
    assert d.title and len(d.context) > 60
    assert any(str(year) in d.source for year in range(1600, 2030)), "the source gives a year"
    assert d.licence and d.copied_from and d.checked
    assert d.cite.split()[-1] in preset(name).description, "the preset's description names its source"
    assert d.cite.split()[-1] in d.source
    if d.classification:
        assert len(d.classes) == len(np.unique(d.load()[1]))


def test_at_least_fourteen_sets_are_real_and_every_lesson_is_covered():
    assert len(REAL_DATASET_NAMES) >= 14
    assert set(REAL_DATASET_NAMES) == {d.name for d in REAL}
    kinds = {d.task for d in REAL}
    assert kinds == {"regression", "classification"}
    assert {len(d.classes) for d in REAL if d.classification} == {2, 3}


def test_catalogue_entries_are_well_formed_and_every_shipped_file_is_used():
    names = [d.name for d in catalogue()]
    assert len(names) == len(set(names))
    for d in catalogue():
        assert d.group in GROUPS and d.task in TASKS, d.name
        if d.file is not None:
            assert folder().joinpath(d.file).is_file(), d.file
            assert len(d.columns) == (3 if d.classification else 2), d.name
    shipped = {p.name for p in folder().iterdir() if p.name.endswith(".csv")}
    assert shipped == {d.file for d in catalogue() if d.file}


def test_existing_presets_keep_their_names_and_values_and_are_grouped_made_up():
    assert PRESET_NAMES == (
        "noisy-line", "outliers", "single-point", "anscombe-1", "anscombe-2", "anscombe-3", "anscombe-4",
        "stack-loss", "capped",
    )  # fmt: skip
    assert CLASSIFICATION_PRESET_NAMES == ("blobs", "separable", "xor-ish")
    for name in (*PRESET_NAMES, *CLASSIFICATION_PRESET_NAMES):
        assert DATASETS[name].group == ("real" if name == "stack-loss" else "made up"), name
    # values other tests rely on: the first noisy-line point, Anscombe's set 4 outlier
    assert preset("noisy-line").x[0] == -5.0
    assert preset("anscombe-4").y.max() == 12.50
    assert preset("blobs").y.sum() == 40


def test_unknown_preset_names_the_real_sets_too():
    with pytest.raises(InputError, match=r"unknown preset 'sunflower'; choose one of: noisy-line.*crickets.*iris"):
        preset("sunflower")


def test_datasets_md_is_generated_from_the_catalogue():
    """Renew with: .venv/bin/python -c "from lossexplorer.core.datasets import *;
    print(datasets_markdown(catalogue()), end='')" > resources/DATASETS.md"""
    text = (ROOT / "resources" / "DATASETS.md").read_text(encoding="utf-8")
    assert text == datasets_markdown(catalogue())
    for d in REAL:
        assert d.source in text and d.licence in text


def test_a_bad_cell_is_reported_with_its_file_and_row(tmp_path, monkeypatch):
    (tmp_path / "bad.csv").write_text("x,y\n1,2\n3,oops\n", encoding="utf-8")
    monkeypatch.setattr(datasets_module, "folder", lambda: tmp_path)
    with pytest.raises(InputError, match=r"bad.csv, row 3: expected numbers in columns x, y"):
        read_table("bad.csv", ("x", "y"), classification=False)
    with pytest.raises(InputError, match=r"bad.csv: no column 'z'"):
        read_table("bad.csv", ("x", "z"), classification=False)


# --- each copy against its source ----------------------------------------------------------
# (name, n, mean x, mean y, least-squares slope, tolerance on the slope, where the reference comes from).
# Where the source publishes no line (Newcomb, the census, Galileo's line, the horse kicks) the slope is our
# own, a guard against a changed file; those sets' published numbers are checked in the tests below.
PUBLISHED = [
    # Pierce (1948) as reproduced with the table: r = 0.835, ŷ = 25.2 + 3.29x
    ("crickets", 15, 16.65, 80.04, 3.29, 0.005, "Pierce 1948 table; r = 0.835"),
    # R: summary(faithful) means 3.488, 70.90; lm(waiting ~ eruptions) slope 10.73
    ("old-faithful", 272, 3.488, 70.90, 10.73, 0.005, "Härdle 1991 via R datasets::faithful"),
    # R: example(cars), lm(dist ~ speed): -17.579 + 3.932 speed; means 15.40 mph, 42.98 ft
    ("cars", 50, 15.40, 42.98, 3.932, 0.0005, "Ezekiel 1930 via R datasets::cars"),
    # Hubble's own K = 465 ± 50 km/s/Mpc (PNAS 1929; his fit also solved for the Sun's motion) is checked
    # below; the plain least-squares slope 454.2 is our own (a public transcription that prints L.Mag at
    # 0.03 Mpc instead of 0.034 gives 453.9)
    ("hubble", 24, 0.911, 373.1, 454.2, 0.05, "Hubble 1929, Table 1"),
    # Forbes's 17 readings; Weisberg's slope for 100·log10(pressure) is checked separately
    ("forbes", 17, 202.95, 25.06, 0.5229, 0.0001, "Forbes 1857 via Weisberg 1985"),
    # Galton's 928 children: means 68.31 and 68.09 in, slope 0.646 (HistData's lm example)
    ("galton", 928, 68.31, 68.09, 0.646, 0.0005, "Galton 1886, Table I"),
    # log10 brain on log10 body: the ~3/4 power law, slope 0.752 (lm on MASS::mammals)
    ("mammals", 62, 0.581, 1.364, 0.752, 0.0005, "Allison & Cicchetti 1976 via Weisberg 1985"),
    # Rousseeuw & Leroy (1987) ch. 2: least squares y = 5.04 x − 260.06 (x = year − 1900)
    ("phones", 24, 1961.5, 49.99, 5.04, 0.005, "Rousseeuw & Leroy 1987"),
    # Stigler (1977): n = 66, mean 26.21 (x is only the order 1..66)
    ("newcomb", 66, 33.5, 26.21, 0.1144, 0.0001, "Newcomb 1891 via Stigler 1977, Table 5"),
    ("us-population", 24, 1905.0, 113.46, 1.4247, 0.0001, "US Census Bureau counts 1790–2020"),
    ("galileo", 7, 492.86, 434.0, 0.3333, 0.0001, "Drake & MacLachlan 1975; Statistical Sleuth 10.1"),
    # Bortkiewicz (1898): 196 deaths in 14 corps over 20 years, 9.8 a year
    ("horse-kicks", 20, 1884.5, 9.8, 0.1835, 0.0001, "von Bortkiewicz 1898"),
    # R: lm(stack.loss ~ Air.Flow, stackloss): -44.132 + 1.0203 air flow
    ("stack-loss", 21, 60.43, 17.52, 1.0203, 0.0001, "Brownlee 1965 via R datasets::stackloss"),
]


@pytest.mark.parametrize(("name", "n", "mean_x", "mean_y", "ls_slope", "tol", "source"), PUBLISHED)
def test_regression_copy_matches_its_source(name, n, mean_x, mean_y, ls_slope, tol, source):
    x, y = load(name)
    assert len(x) == n == DATASETS[name].n
    assert x.mean() == pytest.approx(mean_x, rel=1e-3, abs=0.006), source
    assert y.mean() == pytest.approx(mean_y, rel=1e-3, abs=0.006), source
    assert slope(name) == pytest.approx(ls_slope, abs=tol), source


def test_every_real_regression_set_is_checked_against_a_source():
    assert {row[0] for row in PUBLISHED} == set(REGRESSION)


def test_crickets_correlation_is_the_published_0_835():
    x, y = load("crickets")
    assert np.corrcoef(x, y)[0, 1] == pytest.approx(0.835, abs=0.0005)


def test_hubble_slope_lies_within_hubbles_own_constant():
    assert abs(slope("hubble") - 465.0) < 50.0  # Hubble 1929: K = +465 ± 50 km/s/Mpc


def test_forbes_log_pressure_slope_is_weisbergs():
    # Weisberg (1985), Applied Linear Regression: 100·log10(pressure) = −42.14 + 0.8955 bp
    x, y = load("forbes")
    b = solve(x, 100 * np.log10(y), "mse", "line").coefficients
    assert b[1] == pytest.approx(0.8955, abs=0.0005)
    assert b[0] == pytest.approx(-42.14, abs=0.05)


def test_phones_intercept_is_rousseeuw_and_leroys():
    x, y = load("phones")
    b = solve(x - 1900, y, "mse", "line").coefficients
    assert b[0] == pytest.approx(-260.06, abs=0.01)  # Rousseeuw & Leroy (1987), ch. 2


def test_newcomb_mean_median_and_trimmed_mean_are_stiglers():
    _, y = load("newcomb")
    assert (y.mean(), np.median(y)) == (pytest.approx(26.21, abs=0.005), 27.0)
    assert np.sort(y)[2:].mean() == pytest.approx(27.75, abs=0.005)  # Stigler (1977): the two outliers set aside
    assert sorted(y)[:2] == [-44.0, -2.0]


def test_us_population_counts_are_the_census_bureaus():
    x, y = load("us-population")
    assert (x[0], x[-1]) == (1790, 2020) and np.all(np.diff(x) == 10)
    assert y[0] == pytest.approx(3.929214) and y[-1] == pytest.approx(331.449281)


def test_galileo_quadratic_is_the_statistical_sleuths():
    # Ramsey & Schafer, The Statistical Sleuth, case 10.1: distance = 199.9 + 0.708 h − 0.000344 h²
    x, y = load("galileo")
    b = solve(x, y, "mse", "poly:2").coefficients
    np.testing.assert_allclose(b, [199.9, 0.708, -0.000344], rtol=2e-3)


@pytest.mark.parametrize("k", [1, 2, 3, 4])
def test_anscombe_sets_share_the_means_and_line_anscombe_published(k):
    # Anscombe (1973): mean x 9.0, mean y 7.50, least-squares line y = 3.00 + 0.500x in all four sets
    x, y = load(f"anscombe-{k}")
    assert (x.mean(), y.mean()) == (pytest.approx(9.0), pytest.approx(7.50, abs=0.005))
    np.testing.assert_allclose(solve(x, y, "mse", "line").coefficients, [3.00, 0.500], atol=0.005)


def test_horse_kicks_total_is_bortkiewiczs():
    _, y = load("horse-kicks")
    assert y.sum() == 196  # deaths in the 14 corps, 1875–1894


# (name, counts per class, mean x1 and x2 per class or None, reference)
CLASS_COUNTS = [
    # Dalal, Fowlkes & Hoadley (1989), Table 1: 23 flights, 7 with thermal distress
    ("challenger", [16, 7], None, "Dalal et al. 1989"),
    # palmerpenguins: 151 Adélie, 68 Chinstrap, 123 Gentoo with both bill measurements;
    # species means of bill length 38.8, 48.8, 47.5 mm and depth 18.3, 18.4, 15.0 mm
    ("penguins", [151, 68, 123], [(38.79, 18.35), (48.83, 18.42), (47.50, 14.98)], "Gorman et al. 2014"),
    ("penguins-two", [151, 68], [(38.79, 18.35), (48.83, 18.42)], "Gorman et al. 2014"),
    # Fisher (1936), Table I: 50 flowers each; petal length 1.462, 4.260, 5.552; width 0.246, 1.326, 2.026
    ("iris", [50, 50, 50], [(1.462, 0.246), (4.260, 1.326), (5.552, 2.026)], "Anderson 1935 / Fisher 1936"),
]


@pytest.mark.parametrize(("name", "counts", "means", "source"), CLASS_COUNTS)
def test_class_copy_matches_its_source(name, counts, means, source):
    x, labels = load(name)
    assert np.bincount(labels.astype(int)).tolist() == counts, source
    assert len(DATASETS[name].classes) == len(counts)
    for k, mean in enumerate(means or []):
        np.testing.assert_allclose(x[labels == k].mean(axis=0), mean, atol=0.006, err_msg=source)


def test_every_real_class_set_is_checked_against_a_source():
    assert {row[0] for row in CLASS_COUNTS} == set(CLASSIFICATION)


def test_challenger_distressed_o_rings_add_up_to_nine():
    text = folder().joinpath("challenger.csv").read_text(encoding="utf-8").splitlines()
    column = text[0].split(",").index("distressed_orings")
    assert sum(int(row.split(",")[column]) for row in text[1:]) == 9  # Dalal et al. (1989), Table 1


# --- what each set teaches -------------------------------------------------------------------


def test_phones_mae_line_is_more_than_four_times_flatter_than_the_mse_line():
    mse, mae = slope("phones"), slope("phones", "mae")
    assert mse == pytest.approx(5.04, abs=0.01) and mae == pytest.approx(1.19, abs=0.01)
    assert mse > 4 * mae


def test_crickets_mae_and_mse_slopes_differ_by_a_degree_per_chirp():
    assert slope("crickets") - slope("crickets", "mae") > 1.0  # 3.29 against 2.28 °F per chirp/s


def test_mammals_on_log_axes_is_a_clean_line_with_humans_far_above_it():
    assert abs(slope("mammals", "mae") / slope("mammals") - 1) < 0.01
    assert r2("mammals", "line") > 0.92
    x, y = load("mammals")
    beta = solve(x, y, "mse", "line").coefficients
    above = int(np.argmax(y - make_model("line").predict(beta, x)))
    species = folder().joinpath("mammals.csv").read_text(encoding="utf-8").splitlines()[1 + above].split(",")[0]
    assert species == "Human"


def test_forbes_outlier_sits_more_than_twice_as_far_from_the_line_as_any_other_reading():
    x, y = load("forbes")
    beta = solve(x, y, "mse", "line").coefficients
    residuals = np.abs(y - make_model("line").predict(beta, x))
    worst = int(np.argmax(residuals))
    assert (x[worst], y[worst]) == (204.6, 26.57)  # Weisberg's case 12
    assert residuals[worst] == pytest.approx(0.65, abs=0.01)
    assert residuals[worst] > 2 * np.delete(residuals, worst).max()


def test_newcomb_has_heavy_tails_mse_gives_the_mean_and_mae_the_median():
    x, y = load("newcomb")
    assert solve(x, y, "mse", "bias").coefficients[0] == pytest.approx(y.mean())
    assert solve(x, y, "mae", "bias").coefficients[0] == pytest.approx(27.0)
    r = y - y.mean()
    assert np.mean(r**4) / np.mean(r**2) ** 2 > 20  # kurtosis 29; a normal sample has 3


@pytest.mark.parametrize(("name", "margin"), [("us-population", 0.07), ("galileo", 0.06), ("cars", 0.01)])
def test_curved_sets_poly2_beats_the_line_by_a_margin(name, margin):
    assert r2(name, "poly:2") - r2(name, "line") > margin


def test_old_faithful_and_galton_fit_a_line_as_their_contexts_say():
    assert r2("old-faithful", "line") == pytest.approx(0.81, abs=0.005)
    assert slope("galton") < 1.0


def test_horse_kicks_are_non_negative_integer_counts():
    _, y = load("horse-kicks")
    assert (y >= 0).all() and (y == np.round(y)).all()


def test_class_sets_have_two_and_three_labels():
    for name, k in (("challenger", 2), ("penguins-two", 2), ("penguins", 3), ("iris", 3)):
        _, labels = load(name)
        assert sorted(set(labels.tolist())) == list(range(k)), name


def test_challenger_cold_launches_all_show_distress():
    x, labels = load("challenger")
    cold = x[:, 0] < 65
    assert (cold.sum(), labels[cold].sum()) == (4, 4)
    assert ((~cold).sum(), labels[~cold].sum()) == (19, 3)


def test_penguins_show_simpsons_paradox():
    x, labels = load("penguins")
    assert np.polyfit(x[:, 0], x[:, 1], 1)[0] < 0
    for k in range(3):
        part = x[labels == k]
        assert np.polyfit(part[:, 0], part[:, 1], 1)[0] > 0


def test_penguins_two_and_iris_overlap_but_gentoo_stands_apart():
    x, labels = load("penguins-two")
    assert not linearly_separable(x, labels)
    beta = solve(x, labels, "bce", "logistic").coefficients
    wrong = (make_model("logistic").predict(beta, x) > 0) != (labels == 1)
    assert wrong.sum() == 6
    x, labels = load("penguins")
    apart = labels != 1
    assert linearly_separable(x[apart], (labels[apart] == 2).astype(float))  # Adélie against Gentoo
    x, labels = load("iris")
    two = labels > 0
    assert not linearly_separable(x[two], (labels[two] == 2).astype(float))
