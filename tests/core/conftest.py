"""Property tests draw the same examples whatever literals the package's modules hold.

Hypothesis (6.13x and later) mixes the numeric literals of every loaded local module into the
examples it draws, so a new constant anywhere in lossexplorer, or another order of loading
modules, changes what a derandomized property test tries: examples then come and go with
unrelated changes. An empty pool of local constants keeps each test's examples fixed.
"""

import pytest

try:  # a private hook: if Hypothesis renames it there is nothing to pin (and no pool to mix in)
    from hypothesis.internal.conjecture import providers
    from hypothesis.internal.constants_ast import Constants
except ImportError:  # pragma: no cover
    providers = None


@pytest.fixture(autouse=True)
def examples_independent_of_the_code(monkeypatch):
    if providers is None or not hasattr(providers, "_get_local_constants"):
        yield
        return
    empty = Constants()
    monkeypatch.setattr(providers, "_get_local_constants", lambda: empty)
    providers.CONSTANTS_CACHE.cache.clear()
    yield
    providers.CONSTANTS_CACHE.cache.clear()
