"""The core's texts that the window shows, for pyside6-lupdate (generated: do not edit).

Made by i18n/core_strings.py from the loss registry, the optimizers, the schedules, the
settings' parameters, the presets and the data sets; after changing any of them, run

    .venv/bin/python i18n/core_strings.py

(tests/test_core_text.py fails while this file is stale). The window translates each text
where it shows it, with `lossexplorer.gui.i18n.core_tr(text)`.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = (
    # losses: titles, tips, the noise each assumes, the shape view's axes, their parameters
    QT_TRANSLATE_NOOP("core", 'MSE: mean squared error'),
    QT_TRANSLATE_NOOP("core", 'Gaussian'),
    QT_TRANSLATE_NOOP(
        "core",
        'Squared error is the maximum-likelihood choice when the noise is Gaussian with constant variance.',
    ),
    QT_TRANSLATE_NOOP("core", 'error e = p − y'),
    QT_TRANSLATE_NOOP("core", 'SSE: sum of squared errors'),
    QT_TRANSLATE_NOOP("core", 'J = Σ e²: the total area of the red squares'),
    QT_TRANSLATE_NOOP("core", '½SSE: half the sum of squares'),
    QT_TRANSLATE_NOOP("core", 'J = ½·Σ e²: its gradient is Σ e·∂p/∂β'),
    QT_TRANSLATE_NOOP("core", 'MAE: mean absolute error'),
    QT_TRANSLATE_NOOP("core", 'J = (1/n)·Σ |e|: every point pulls with the same force'),
    QT_TRANSLATE_NOOP("core", 'Laplace'),
    QT_TRANSLATE_NOOP(
        "core",
        'Absolute error is the maximum-likelihood choice when the noise is Laplace (double exponential): '
        'heavier tails, so outliers cost less.',
    ),
    QT_TRANSLATE_NOOP("core", 'SAE: sum of absolute errors'),
    QT_TRANSLATE_NOOP("core", 'Huber'),
    QT_TRANSLATE_NOOP("core", '½e² for |e| ≤ δ, δ(|e| − ½δ) beyond: squared near the line, absolute far away'),
    QT_TRANSLATE_NOOP("core", 'Huber (Gaussian core, Laplace tails)'),
    QT_TRANSLATE_NOOP(
        "core",
        "Huber's loss is the maximum-likelihood choice when the noise is Gaussian in the middle with Laplace "
        'tails beyond δ.',
    ),
    QT_TRANSLATE_NOOP("core", 'log-cosh'),
    QT_TRANSLATE_NOOP("core", 'log cosh(e): like ½e² near 0 and |e| − log 2 far away'),
    QT_TRANSLATE_NOOP("core", 'hyperbolic secant family'),
    QT_TRANSLATE_NOOP(
        "core",
        'Log-cosh is the maximum-likelihood choice when the noise has density ∝ cosh(r)^(−1/τ): '
        'near-Gaussian in the middle, exponential tails.',
    ),
    QT_TRANSLATE_NOOP("core", 'quantile (pinball)'),
    QT_TRANSLATE_NOOP(
        "core",
        'q·max(r, 0) + (1 − q)·max(−r, 0), r = y − p: a fraction q of the points lies below the fit',
    ),
    QT_TRANSLATE_NOOP("core", 'asymmetric Laplace'),
    QT_TRANSLATE_NOOP(
        "core",
        'The pinball loss is the maximum-likelihood choice when the noise is asymmetric Laplace with its '
        'q-quantile at zero.',
    ),
    QT_TRANSLATE_NOOP("core", 'asymmetric'),
    QT_TRANSLATE_NOOP("core", 'α|e| when p < y, |e| otherwise: under-prediction costs α times more'),
    QT_TRANSLATE_NOOP(
        "core",
        'The asymmetric loss is the maximum-likelihood choice when the noise is asymmetric Laplace: '
        'under-predictions are α times less likely to be large.',
    ),
    QT_TRANSLATE_NOOP("core", 'Poisson: counts, log link'),
    QT_TRANSLATE_NOOP(
        "core",
        'p − y·log p with the mean p = exp(f): minus the log-likelihood of counts y, without log y!',
    ),
    QT_TRANSLATE_NOOP("core", 'Poisson'),
    QT_TRANSLATE_NOOP(
        "core",
        'The Poisson loss is the maximum-likelihood choice when each count y is drawn from a Poisson '
        'distribution with mean exp(f(x)).',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The bar hangs on springs whose pull depends on the gap e = p − y alone; Poisson's pull exp(f) − y "
        'grows with the predicted mean itself, and exp(f(x)) is no straight bar.',
    ),
    QT_TRANSLATE_NOOP("core", 'linear predictor f, for a count y = 1'),
    QT_TRANSLATE_NOOP("core", 'BCE: binary cross-entropy'),
    QT_TRANSLATE_NOOP(
        "core",
        '−[t·log σ(z) + (1 − t)·log(1 − σ(z))]: minus the log of the probability given to the true class',
    ),
    QT_TRANSLATE_NOOP("core", 'margin t·z'),
    QT_TRANSLATE_NOOP("core", 'hinge'),
    QT_TRANSLATE_NOOP("core", 'max(0, 1 − t·z), t = ±1: no loss beyond the margin t·z ≥ 1, then a straight rise'),
    QT_TRANSLATE_NOOP("core", 'focal'),
    QT_TRANSLATE_NOOP("core", '−(1 − p_t)^γ·log p_t: BCE with the easy, confident points turned down by (1 − p_t)^γ'),
    QT_TRANSLATE_NOOP("core", 'Brier: squared error of the probability'),
    QT_TRANSLATE_NOOP("core", '(σ(z) − y)²: the squared loss on the probability; a sure, wrong point barely pulls'),
    QT_TRANSLATE_NOOP(
        "core",
        'The Brier loss is no negative log-likelihood: it is the squared error of a probability, whose '
        'expectation is least at the true probability.',
    ),
    QT_TRANSLATE_NOOP("core", 'cross-entropy: K classes (softmax)'),
    QT_TRANSLATE_NOOP(
        "core",
        '−Σₖ yₖ·log p̂ₖ with p̂ = softmax(z): minus the log of the probability given to the true class',
    ),
    QT_TRANSLATE_NOOP("core", 'categorical'),
    QT_TRANSLATE_NOOP(
        "core",
        'The categorical cross-entropy is the maximum-likelihood choice when each label is drawn from the '
        'categorical distribution p̂ = softmax(z).',
    ),
    QT_TRANSLATE_NOOP("core", 'probability p̂ of the true class'),
    QT_TRANSLATE_NOOP("core", 'squared inside |e| ≤ δ, absolute beyond'),
    QT_TRANSLATE_NOOP("core", 'the fraction of points the fit leaves below it'),
    QT_TRANSLATE_NOOP("core", 'how many times more an under-prediction (p < y) costs'),
    QT_TRANSLATE_NOOP("core", 'train on the targets (1 − ε)·y + ε/K: no prediction is worth being sure of'),
    QT_TRANSLATE_NOOP("core", 'how much (1 − p_t)^γ turns down the easy points; 0 is BCE'),
    # optimizers and learning-rate schedules: titles, tooltips, their parameters
    QT_TRANSLATE_NOOP("core", 'gradient descent'),
    QT_TRANSLATE_NOOP("core", 'β ← β − L·∇J over all points; one epoch is one step'),
    QT_TRANSLATE_NOOP("core", 'stochastic (mini-batch)'),
    QT_TRANSLATE_NOOP(
        "core",
        'the step of gradient descent on shuffled mini-batches of b points; one epoch is one pass',
    ),
    QT_TRANSLATE_NOOP("core", 'momentum (heavy ball)'),
    QT_TRANSLATE_NOOP("core", 'v ← μ·v − L·∇J, β ← β + v: a heavy ball that keeps rolling'),
    QT_TRANSLATE_NOOP("core", 'Adam'),
    QT_TRANSLATE_NOOP(
        "core",
        'steps of about L per coefficient, scaled by running averages of the gradient (M) and its square (V)',
    ),
    QT_TRANSLATE_NOOP("core", 'sign of the gradient'),
    QT_TRANSLATE_NOOP(
        "core",
        'β ← β − L·sign(∇J): every coefficient moves by exactly L each epoch, up or down, whatever the size '
        "of its gradient (0 only where it is exactly 0); the blog's MAE log. The subgradient step of gd on "
        "MAE is instead L times the average of the points' signs (times x), so it shrinks as the signs "
        'balance',
    ),
    QT_TRANSLATE_NOOP("core", 'constant'),
    QT_TRANSLATE_NOOP("core", 'the same learning rate L in every epoch'),
    QT_TRANSLATE_NOOP("core", 'step decay'),
    QT_TRANSLATE_NOOP("core", 'L·F^⌊t/K⌋: the rate is multiplied by F every K epochs'),
    QT_TRANSLATE_NOOP("core", '1/t decay'),
    QT_TRANSLATE_NOOP(
        "core",
        'L/(1 + t/τ): halved after τ epochs, a tenth after 9τ; the classic rate for subgradients',
    ),
    QT_TRANSLATE_NOOP("core", 'exponential decay'),
    QT_TRANSLATE_NOOP("core", 'L·γ^t: the rate shrinks by the factor γ every epoch'),
    QT_TRANSLATE_NOOP("core", 'learning rate'),
    QT_TRANSLATE_NOOP("core", 'learning rate: the size of each step'),
    QT_TRANSLATE_NOOP("core", 'batch size'),
    QT_TRANSLATE_NOOP("core", 'points per mini-batch'),
    QT_TRANSLATE_NOOP("core", 'μ: how much of the last step carries over'),
    QT_TRANSLATE_NOOP("core", 'β₁: decay of the running mean of the gradient'),
    QT_TRANSLATE_NOOP("core", 'β₂: decay of the running mean of its square'),
    QT_TRANSLATE_NOOP("core", 'ε: keeps the step finite where the gradient is 0'),
    QT_TRANSLATE_NOOP("core", 'step factor'),
    QT_TRANSLATE_NOOP("core", 'the rate is multiplied by F at each drop'),
    QT_TRANSLATE_NOOP("core", 'epochs between drops'),
    QT_TRANSLATE_NOOP("core", 'the epochs between drops'),
    QT_TRANSLATE_NOOP("core", 'the epochs until the rate has halved'),
    QT_TRANSLATE_NOOP("core", 'the rate is multiplied by γ each epoch'),
    # the other settings: penalties, the stop rule, a run
    QT_TRANSLATE_NOOP("core", 'how many epochs a run performs (one epoch: one pass over the data)'),
    QT_TRANSLATE_NOOP("core", 'the seed of the sgd shuffle'),
    QT_TRANSLATE_NOOP("core", 'penalise predictions above C: λ·R(max(0, p − C)²)'),
    QT_TRANSLATE_NOOP("core", 'cap-weight'),
    QT_TRANSLATE_NOOP("core", 'λ of the cap penalty'),
    QT_TRANSLATE_NOOP("core", 'ridge: + λ·Σ β_j² over every coefficient but the intercept'),
    QT_TRANSLATE_NOOP("core", 'lasso: + λ·Σ |β_j| over every coefficient but the intercept'),
    QT_TRANSLATE_NOOP("core", 'stop tolerance'),
    QT_TRANSLATE_NOOP("core", 'stop when J changes by less than this (relative) over K epochs'),
    QT_TRANSLATE_NOOP("core", 'stop window'),
    QT_TRANSLATE_NOOP("core", 'the number of epochs J must stay settled'),
    QT_TRANSLATE_NOOP("core", 'gradient tolerance'),
    QT_TRANSLATE_NOOP("core", "stop when the gradient's norm falls to this"),
    # the least-squares properties the readouts check
    QT_TRANSLATE_NOOP("core", 'residuals sum to zero: Σr = 0'),
    QT_TRANSLATE_NOOP("core", 'mean residual is zero: r̄ = 0'),
    QT_TRANSLATE_NOOP("core", 'residuals uncorrelated with x: cov(x, r) = 0'),
    QT_TRANSLATE_NOOP("core", 'least residual variance: var(r) = min'),
    QT_TRANSLATE_NOOP("core", 'passes through (x̄, ȳ): p(x̄) − ȳ = 0'),
    # the first presets' one-line descriptions
    QT_TRANSLATE_NOOP("core", '10 points on y = x with standard normal noise'),
    QT_TRANSLATE_NOOP("core", 'heavy-tailed gamma noise and a few large outliers: MSE against MAE'),
    QT_TRANSLATE_NOOP("core", 'one point: every line through it is a best fit'),
    QT_TRANSLATE_NOOP("core", "Anscombe's quartet, set 1: same line, same R², different story (Anscombe 1973)"),
    QT_TRANSLATE_NOOP("core", "Anscombe's quartet, set 2: same line, same R², different story (Anscombe 1973)"),
    QT_TRANSLATE_NOOP("core", "Anscombe's quartet, set 3: same line, same R², different story (Anscombe 1973)"),
    QT_TRANSLATE_NOOP("core", "Anscombe's quartet, set 4: same line, same R², different story (Anscombe 1973)"),
    QT_TRANSLATE_NOOP(
        "core",
        "Brownlee's stack-loss plant: air flow against stack loss, the classic robust set (Brownlee 1965)",
    ),
    QT_TRANSLATE_NOOP("core", "the blog's multi-objective example: predictions above 120 are penalised"),
    QT_TRANSLATE_NOOP("core", 'two overlapping Gaussian clouds: no line separates them'),
    QT_TRANSLATE_NOOP("core", 'two clouds a line separates: without a penalty BCE has no finite minimum'),
    QT_TRANSLATE_NOOP("core", 'four clouds in an XOR pattern: what a linear boundary cannot do'),
    # the data sets: titles, contexts, sources, licences, axes and units, classes
    QT_TRANSLATE_NOOP("core", 'A noisy line'),
    QT_TRANSLATE_NOOP(
        "core",
        'Ten points on y = x with standard normal noise: every loss finds nearly the same line.',
    ),
    QT_TRANSLATE_NOOP("core", "lossexplorer's own generator (fixed seed): the same points every time (seed 7)."),
    QT_TRANSLATE_NOOP("core", 'MIT, like lossexplorer'),
    QT_TRANSLATE_NOOP("core", 'Skewed noise and outliers'),
    QT_TRANSLATE_NOOP(
        "core",
        'Heavy-tailed gamma noise and three large outliers above the line: MSE is pulled up, MAE is not.',
    ),
    QT_TRANSLATE_NOOP("core", "lossexplorer's own generator (fixed seed): the same points every time (seed 11)."),
    QT_TRANSLATE_NOOP("core", 'One point'),
    QT_TRANSLATE_NOOP("core", 'One point: every line through it is a best fit, so the minimum is a whole valley.'),
    QT_TRANSLATE_NOOP("core", 'lossexplorer.'),
    QT_TRANSLATE_NOOP("core", "Anscombe's quartet, set 1"),
    QT_TRANSLATE_NOOP(
        "core",
        'Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but '
        'here a plain line with noise: plot before you fit.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Anscombe, F. J. (1973). Graphs in statistical analysis. The American Statistician 27(1), 17–21, '
        'Table 1.',
    ),
    QT_TRANSLATE_NOOP("core", 'Numbers constructed by Anscombe to make a point; factual table, free to use.'),
    QT_TRANSLATE_NOOP("core", "Anscombe's quartet, set 2"),
    QT_TRANSLATE_NOOP(
        "core",
        'Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but '
        'here a smooth curve: plot before you fit.',
    ),
    QT_TRANSLATE_NOOP("core", "Anscombe's quartet, set 3"),
    QT_TRANSLATE_NOOP(
        "core",
        'Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but '
        'here a line with one outlier: plot before you fit.',
    ),
    QT_TRANSLATE_NOOP("core", "Anscombe's quartet, set 4"),
    QT_TRANSLATE_NOOP(
        "core",
        'Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but '
        'here one point of high leverage decides the slope: plot before you fit.',
    ),
    QT_TRANSLATE_NOOP("core", 'Predictions above a cap'),
    QT_TRANSLATE_NOOP(
        "core",
        "The blog's multi-objective example: predictions above 120 are penalised by a second loss.",
    ),
    QT_TRANSLATE_NOOP("core", "lossexplorer's own generator (fixed seed): the same points every time (seed 3)."),
    QT_TRANSLATE_NOOP("core", 'Counts that grow with x'),
    QT_TRANSLATE_NOOP(
        "core",
        'Forty counts drawn from a Poisson distribution whose mean exp(0.2 + 0.5·x) grows from 1.2 to 9 '
        'across the plot: the spread grows with the mean, as the Poisson loss expects and MSE does not.',
    ),
    QT_TRANSLATE_NOOP("core", "lossexplorer's own generator (fixed seed): the same points every time (seed 12)."),
    QT_TRANSLATE_NOOP("core", 'count y'),
    QT_TRANSLATE_NOOP("core", 'Two overlapping clouds'),
    QT_TRANSLATE_NOOP(
        "core",
        'Two overlapping Gaussian clouds: no line separates them, so BCE has a finite minimum.',
    ),
    QT_TRANSLATE_NOOP("core", "lossexplorer's own generator (fixed seed): the same points every time (seed 5)."),
    QT_TRANSLATE_NOOP("core", 'class 0'),
    QT_TRANSLATE_NOOP("core", 'class 1'),
    QT_TRANSLATE_NOOP("core", 'Two separable clouds'),
    QT_TRANSLATE_NOOP(
        "core",
        'Two clouds a line separates: without a penalty BCE has no finite minimum and the weights grow for '
        'ever.',
    ),
    QT_TRANSLATE_NOOP("core", "lossexplorer's own generator (fixed seed): the same points every time (seed 6)."),
    QT_TRANSLATE_NOOP("core", 'Four clouds, XOR'),
    QT_TRANSLATE_NOOP("core", 'Four clouds in an XOR pattern: what a linear boundary cannot do.'),
    QT_TRANSLATE_NOOP("core", "lossexplorer's own generator (fixed seed): the same points every time (seed 8)."),
    QT_TRANSLATE_NOOP("core", 'Five clouds'),
    QT_TRANSLATE_NOOP(
        "core",
        'Five Gaussian clouds on a pentagon, 16 points each, neighbours overlapping a little: the softmax '
        "model's five regions meet at straight boundaries, and the categorical cross-entropy has a finite "
        'minimum.',
    ),
    QT_TRANSLATE_NOOP("core", 'class 2'),
    QT_TRANSLATE_NOOP("core", 'class 3'),
    QT_TRANSLATE_NOOP("core", 'class 4'),
    QT_TRANSLATE_NOOP("core", 'Cricket chirps and temperature'),
    QT_TRANSLATE_NOOP(
        "core",
        'Fifteen evenings of the striped ground cricket: faster chirps on warmer nights. With so few points '
        'the least-absolute line (slope 2.3 °F per chirp/s) and the least-squares line (slope 3.3) disagree: '
        'the MAE line runs through two of the points.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Pierce, G. W. (1948). The Songs of Insects. Cambridge, MA: Harvard University Press (the striped '
        'ground cricket, Nemobius fasciatus fasciatus).',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Factual measurements, reproduced in many textbooks; no licence attached to the numbers.',
    ),
    QT_TRANSLATE_NOOP("core", 'chirp rate'),
    QT_TRANSLATE_NOOP("core", 'chirps/s'),
    QT_TRANSLATE_NOOP("core", 'temperature'),
    QT_TRANSLATE_NOOP("core", 'Old Faithful: eruption and wait'),
    QT_TRANSLATE_NOOP(
        "core",
        'Two clouds, short and long eruptions, lined up: a line through both still fits well (R² 0.81). Each '
        'extra minute of eruption means about 10.7 minutes more to wait.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Härdle, W. (1991). Smoothing Techniques with Implementation in S. New York: Springer; see Azzalini, '
        'A. & Bowman, A. W. (1990). A look at some data on the Old Faithful geyser. Applied Statistics 39, '
        '357–365.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Factual measurements (Yellowstone National Park), distributed with R's datasets package (GPL-2 | "
        'GPL-3; the numbers themselves are facts).',
    ),
    QT_TRANSLATE_NOOP("core", 'eruption length'),
    QT_TRANSLATE_NOOP("core", 'wait until the next eruption'),
    QT_TRANSLATE_NOOP("core", 'Car speed and stopping distance'),
    QT_TRANSLATE_NOOP(
        "core",
        'Braking distance grows like speed squared, so the residuals of a line curve and fan out; still, '
        'poly:2 gains only 0.016 in R² over the line: noise hides the physics.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Ezekiel, M. (1930). Methods of Correlation Analysis. New York: Wiley (cars of the 1920s).',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Published 1930: public domain in the US; distributed with R's datasets package (GPL-2 | GPL-3; the "
        'numbers themselves are facts).',
    ),
    QT_TRANSLATE_NOOP("core", 'speed'),
    QT_TRANSLATE_NOOP("core", 'stopping distance'),
    QT_TRANSLATE_NOOP("core", "Hubble's galaxies"),
    QT_TRANSLATE_NOOP(
        "core",
        "The expanding universe from 24 galaxies: velocity grows with distance. The slope is Hubble's "
        "constant, 454 km/s per Mpc here, about 6.5 times today's value because his distances were too "
        'short; the scatter is large, so the loss matters.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Hubble, E. (1929). A relation between distance and radial velocity among extra-galactic nebulae. '
        'Proceedings of the National Academy of Sciences 15(3), 168–173, Table 1.',
    ),
    QT_TRANSLATE_NOOP("core", 'Published 1929: public domain in the US.'),
    QT_TRANSLATE_NOOP("core", 'distance'),
    QT_TRANSLATE_NOOP("core", 'radial velocity'),
    QT_TRANSLATE_NOOP("core", 'Forbes: boiling point and pressure'),
    QT_TRANSLATE_NOOP(
        "core",
        'Forbes boiled water in the Alps to measure altitude: an almost perfect line, except one reading '
        '(204.6 °F) that sits 0.65 inHg above it, more than twice any other residual. Squared loss lets it '
        'pull; MAE barely notices.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Forbes, J. D. (1857). Further experiments and remarks on the measurement of heights by the boiling '
        'point of water. Transactions of the Royal Society of Edinburgh 21; tabulated by Weisberg, S. '
        '(1985). Applied Linear Regression, 2nd ed. New York: Wiley.',
    ),
    QT_TRANSLATE_NOOP("core", 'Published 1857: public domain.'),
    QT_TRANSLATE_NOOP("core", 'boiling point of water'),
    QT_TRANSLATE_NOOP("core", 'air pressure'),
    QT_TRANSLATE_NOOP("core", "Galton: parents' and children's heights"),
    QT_TRANSLATE_NOOP(
        "core",
        '928 adult children against the mean height of their parents: the slope is 0.65, less than 1, the '
        "'regression towards mediocrity' that gave regression its name. Heights were recorded to the inch, "
        'so many points lie on top of each other.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Galton, F. (1886). Regression towards mediocrity in hereditary stature. Journal of the '
        'Anthropological Institute 15, 246–263, Table I.',
    ),
    QT_TRANSLATE_NOOP("core", 'Published 1886: public domain.'),
    QT_TRANSLATE_NOOP("core", 'mid-parent height'),
    QT_TRANSLATE_NOOP("core", "adult child's height"),
    QT_TRANSLATE_NOOP("core", 'Brain and body weight of mammals (log10)'),
    QT_TRANSLATE_NOOP(
        "core",
        '62 land mammals from a shrew to an African elephant, on log axes (both columns are log10 of the '
        'weights): brain weight grows as body weight to the power 0.75. A clean line: MSE and MAE slopes '
        'agree within 1%; humans sit far above it.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Allison, T. & Cicchetti, D. V. (1976). Sleep in mammals: ecological and constitutional correlates. '
        'Science 194, 732–734; the 62-species table of Weisberg, S. (1985). Applied Linear Regression, 2nd '
        'ed., Wiley, pp. 144–145.',
    ),
    QT_TRANSLATE_NOOP("core", "Factual measurements, distributed with R's MASS package (GPL-2 | GPL-3)."),
    QT_TRANSLATE_NOOP("core", 'log10 body weight'),
    QT_TRANSLATE_NOOP("core", 'log10 brain weight'),
    QT_TRANSLATE_NOOP("core", 'Belgian phone calls'),
    QT_TRANSLATE_NOOP(
        "core",
        'From 1964 to 1969 the total length of calls in minutes was recorded instead of the number of calls: '
        'six wrong points. They drag the least-squares line (slope 5.0) far from the least-absolute line '
        '(slope 1.2), which follows the other years.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Rousseeuw, P. J. & Leroy, A. M. (1987). Robust Regression and Outlier Detection. New York: Wiley, '
        'chapter 2 (from the Belgian Statistical Survey).',
    ),
    QT_TRANSLATE_NOOP("core", "Factual data, distributed with R's MASS package (GPL-2 | GPL-3)."),
    QT_TRANSLATE_NOOP("core", 'year'),
    QT_TRANSLATE_NOOP("core", 'international calls'),
    QT_TRANSLATE_NOOP("core", 'millions'),
    QT_TRANSLATE_NOOP("core", "Newcomb's speed of light"),
    QT_TRANSLATE_NOOP(
        "core",
        '66 timings of light over 7.4 km; x is only the order. Most lie near 27, two are far off (−44 and '
        '−2): heavy tails. With the bias model MSE gives the mean, 26.2, and MAE the median, 27; the modern '
        'value is 33.0.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Newcomb, S. (1891). Measures of the velocity of light made under direction of the Secretary of the '
        'Navy during the years 1880–1882. Astronomical Papers 2, 107–230; third series as listed by Stigler, '
        'S. M. (1977). Do robust estimators deal with real data? Annals of Statistics 5, 1055–1098, Table 5.',
    ),
    QT_TRANSLATE_NOOP("core", 'A US government publication of 1891: public domain.'),
    QT_TRANSLATE_NOOP("core", 'measurement'),
    QT_TRANSLATE_NOOP("core", 'number in order'),
    QT_TRANSLATE_NOOP("core", 'passage time − 24 800 ns'),
    QT_TRANSLATE_NOOP("core", 'US population by census'),
    QT_TRANSLATE_NOOP(
        "core",
        'The census every ten years since 1790: growth that speeds up. A line misses the curve (R² 0.92, '
        'residuals in a U); poly:2 fits (R² 0.999). Extrapolate either and compare.',
    ),
    QT_TRANSLATE_NOOP("core", 'U.S. Census Bureau, decennial census counts of the resident population, 1790–2020.'),
    QT_TRANSLATE_NOOP("core", 'A US government work: public domain.'),
    QT_TRANSLATE_NOOP("core", 'census year'),
    QT_TRANSLATE_NOOP("core", 'population'),
    QT_TRANSLATE_NOOP("core", "Galileo's ramp"),
    QT_TRANSLATE_NOOP(
        "core",
        'Galileo rolled a ball down a ramp from seven heights and marked where it landed (1 punto ≈ 0.94 '
        'mm): distance grows like the square root of height, so the line bends away. poly:2 fits 7 points '
        'almost exactly (R² 0.990 against 0.926).',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Galileo Galilei (1608), manuscript folio 116v; transcribed by Drake, S. & MacLachlan, J. (1975). '
        "Galileo's discovery of the parabolic trajectory. Scientific American 232(3), 102–110; used in "
        'Ramsey, F. L. & Schafer, D. W., The Statistical Sleuth, case study 10.1.',
    ),
    QT_TRANSLATE_NOOP("core", 'Public domain (1608).'),
    QT_TRANSLATE_NOOP("core", 'release height'),
    QT_TRANSLATE_NOOP("core", 'punti'),
    QT_TRANSLATE_NOOP("core", 'horizontal distance'),
    QT_TRANSLATE_NOOP("core", 'Deaths by horse kicks'),
    QT_TRANSLATE_NOOP(
        "core",
        'Soldiers killed by horse kicks in 14 Prussian army corps, per year: rare events, small whole '
        'numbers, never negative. A count whose spread grows with its mean is what a Poisson loss expects.',
    ),
    QT_TRANSLATE_NOOP("core", 'von Bortkiewicz, L. (1898). Das Gesetz der kleinen Zahlen. Leipzig: Teubner.'),
    QT_TRANSLATE_NOOP("core", 'Published 1898: public domain.'),
    QT_TRANSLATE_NOOP("core", 'deaths by horse kicks'),
    QT_TRANSLATE_NOOP("core", 'soldiers per year'),
    QT_TRANSLATE_NOOP("core", "Brownlee's stack loss"),
    QT_TRANSLATE_NOOP(
        "core",
        '21 days of a plant oxidising ammonia to nitric acid: more air flow, more ammonia lost up the stack. '
        'Days 21, 4, 3 and 1 sit far from the line (day 21 by 12‰): the classic set for robust regression.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Brownlee, K. A. (1965). Statistical Theory and Methodology in Science and Engineering, 2nd ed. New '
        'York: Wiley, pp. 491–500.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Factual data, distributed with R's datasets package (GPL-2 | GPL-3; the numbers themselves are "
        'facts).',
    ),
    QT_TRANSLATE_NOOP("core", 'air flow'),
    QT_TRANSLATE_NOOP("core", 'plant rate, coded'),
    QT_TRANSLATE_NOOP("core", 'stack loss'),
    QT_TRANSLATE_NOOP("core", '‰ of the ammonia lost'),
    QT_TRANSLATE_NOOP("core", 'Challenger O-rings'),
    QT_TRANSLATE_NOOP(
        "core",
        'The 23 shuttle launches before Challenger: did an O-ring show heat distress? All 4 launches below '
        '65 °F did, 3 of the 19 warmer ones. The leak-check pressure is the second feature. Challenger '
        'launched at 31 °F, far outside the data.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Dalal, S. R., Fowlkes, E. B. & Hoadley, B. (1989). Risk analysis of the space shuttle: '
        'pre-Challenger prediction of failure. Journal of the American Statistical Association 84(408), '
        "945–957, Table 1 (from the Presidential Commission's report, 1986).",
    ),
    QT_TRANSLATE_NOOP("core", 'Facts from a US government report (1986): public domain.'),
    QT_TRANSLATE_NOOP("core", 'launch temperature'),
    QT_TRANSLATE_NOOP("core", 'leak-check pressure'),
    QT_TRANSLATE_NOOP("core", 'no distress'),
    QT_TRANSLATE_NOOP("core", 'O-ring distress'),
    QT_TRANSLATE_NOOP("core", 'Palmer penguins, three species'),
    QT_TRANSLATE_NOOP(
        "core",
        'Bills of three penguin species at Palmer Station, Antarctica: Gentoo stand apart by their shallow '
        'bills, Adélie and Chinstrap by length. Within each species deeper bills go with longer ones, yet a '
        "line through all birds slopes down (Simpson's paradox).",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Gorman, K. B., Williams, T. D. & Fraser, W. R. (2014). Ecological sexual dimorphism and '
        'environmental variability within a community of Antarctic penguins (genus Pygoscelis). PLoS ONE '
        '9(3), e90081; packaged by Horst, A. M., Hill, A. P. & Gorman, K. B. (2020), palmerpenguins.',
    ),
    QT_TRANSLATE_NOOP("core", 'CC0 1.0 (public domain dedication).'),
    QT_TRANSLATE_NOOP("core", 'bill length'),
    QT_TRANSLATE_NOOP("core", 'bill depth'),
    QT_TRANSLATE_NOOP("core", 'Adélie'),
    QT_TRANSLATE_NOOP("core", 'Chinstrap'),
    QT_TRANSLATE_NOOP("core", 'Gentoo'),
    QT_TRANSLATE_NOOP("core", 'Palmer penguins, Adélie and Chinstrap'),
    QT_TRANSLATE_NOOP(
        "core",
        'Two species with the same bill depth: bill length nearly separates them, but no line does (the best '
        'BCE line misclassifies 6 birds), so BCE has a finite minimum and hinge and BCE boundaries differ.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Gorman, K. B., Williams, T. D. & Fraser, W. R. (2014). PLoS ONE 9(3), e90081; packaged by Horst, A. '
        'M., Hill, A. P. & Gorman, K. B. (2020), palmerpenguins.',
    ),
    QT_TRANSLATE_NOOP("core", "Anderson's irises"),
    QT_TRANSLATE_NOOP(
        "core",
        'Petal length and width of three iris species, 50 flowers each: setosa stands apart, versicolor and '
        'virginica overlap a little, so no pair of lines classifies every flower.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'Anderson, E. (1935). The irises of the Gaspé Peninsula. Bulletin of the American Iris Society 59, '
        '2–5; published in Fisher, R. A. (1936). The use of multiple measurements in taxonomic problems. '
        'Annals of Eugenics 7(2), 179–188.',
    ),
    QT_TRANSLATE_NOOP("core", 'Published 1936: public domain.'),
    QT_TRANSLATE_NOOP("core", 'petal length'),
    QT_TRANSLATE_NOOP("core", 'petal width'),
    QT_TRANSLATE_NOOP("core", 'setosa'),
    QT_TRANSLATE_NOOP("core", 'versicolor'),
    QT_TRANSLATE_NOOP("core", 'virginica'),
    # the random points' noise kinds
    QT_TRANSLATE_NOOP("core", 'gaussian'),
    QT_TRANSLATE_NOOP("core", 'laplace'),
    QT_TRANSLATE_NOOP("core", 'gamma'),
    QT_TRANSLATE_NOOP("core", 'student-t'),
)
