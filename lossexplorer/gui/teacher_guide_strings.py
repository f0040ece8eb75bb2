"""The teacher guide's pieces for pyside6-lupdate, made by `python -m lossexplorer.gui.teacher_guide` from
resources/teacher-guide.md: do not edit by hand."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

PIECES = (
    QT_TRANSLATE_NOOP('teacher_guide',
        'Teacher guide'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'lossexplorer shows what a loss function is and how gradient descent finds its '
        'minimum. This guide gives a lesson plan for each view: <b>what to click</b>, '
        '<b>what to ask the class</b>, and <b>what to point at</b>. Every step works '
        'with the keyboard, so you can teach from the front with a wireless keyboard or '
        'a clicker.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Before the class'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Press <b>F5</b> for projector mode: larger text, thicker lines, the side panels '
        'in one column of tabs.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'The app opens on the preset <i>noisy-line</i>: ten points near the line y = x. '
        'Each preset sets a learning rate, a number of epochs and a speed under which '
        'the descent takes about five seconds to reach the answer; the status bar at the '
        'bottom says what was chosen.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'The <b>exact answer</b> (the dashed line) is hidden until you press <b>E</b>, '
        'so the class can guess first.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        '<b>File → New lesson</b> (Ctrl+N) starts again from the first preset. Save a '
        'prepared lesson with Ctrl+S and open it in class with Ctrl+O: its points, '
        'settings and pinned fits come back.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'The keys you will use most'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'key'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'what it does'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'run the descent, or pause it'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'one epoch (one step of gradient descent over all the points)'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'back to the start: the flat line β = 0, epoch 0'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'pick a loss: 1 MSE, 4 MAE, 6 Huber (the Loss menu lists them all)'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'pin the current fit, to compare it with the next one'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'reveal the exact answer, or hide it again'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'undo the last change of the points or settings'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'projector mode'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'every shortcut'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Fit: the line, the points and the squares (10 minutes)'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'The canvas shows the points, the current line (red), and one square per point: '
        'its side is the distance from the point to the line (the <i>residual</i>), so '
        'its area is the squared error. The total red area is the <b>RSS</b>, the sum of '
        'squared errors.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        '<b>Ask:</b> "Where would you draw the best line?" Let someone come up and '
        'point. Press <b>E</b> to reveal the exact answer (dashed), then <b>E</b> again '
        'to hide it.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Press <b>Space</b>. <b>Point at</b> the red squares shrinking as the line turns '
        'and slides into place, and at the loss curve on the right falling. <b>Ask:</b> '
        '"Why does it slow down near the end?" (The slope of J gets smaller near the '
        'bottom, and each step is the learning rate times that slope.)'),
    QT_TRANSLATE_NOOP('teacher_guide',
        "When it stops, the status bar says how close J is to the exact answer's J. Near "
        'the bottom J is nearly flat, so the last stretch is slow: press <b>Space</b> '
        'again to settle the line onto the answer, then <b>E</b> to reveal the dashed '
        'exact answer under it. <b>Point at</b> the least-squares checklist: all five '
        'ticks appear once the line is on the answer.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        '<b>Click</b> an empty spot far above the line to add an <b>outlier</b>. The '
        'descent starts again from where it was. <b>Ask:</b> "How much will one point '
        'move the line?" Press <b>Space</b>. <b>Point at</b> the outlier\'s huge square: '
        'squaring makes a far point count a lot.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Press <b>P</b> to pin this MSE fit. Press <b>4</b> (MAE) and <b>Space</b>. '
        '<b>Ask:</b> "Why did MAE move less?" (Every point pulls with the same force, '
        'however far away it is.) Press <b>6</b> (Huber) and <b>Space</b>: in between. '
        'The pinned lines stay for comparison.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        '<b>Point at</b> the readouts on the right: J, RSS, R² (the share of the spread '
        "the line explains) and Pearson's r. The checklist of least-squares properties "
        'is all ticked for MSE, and not for MAE or Huber.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        "<i>If MAE stops short of the answer</i>, the status bar says so and why: MAE's "
        'slope has the same size however close the line is, so each step overshoots. A '
        'smaller learning rate, or Adam, gets closer.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Landscape: J as a surface, and the way down (5 minutes)'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'The map shows J for every line: across, the intercept c; up, the slope m. Dark '
        'is low J (the colour bar on the right gives the values). The star is the exact '
        'minimum; the red dots are the descent, one per epoch.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        '<b>Ask:</b> "Where on this map is the best line?" (At the bottom of the valley: '
        'the star.)'),
    QT_TRANSLATE_NOOP('teacher_guide',
        '<b>Click</b> anywhere on the map: the descent starts there and runs. <b>Point '
        'at</b> how it goes straight down the steep sides first, then along the valley '
        'floor.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Press <b>Race optimizers</b>: gradient descent, stochastic gradient descent, '
        'momentum and Adam start from the same point and move epoch by epoch together. '
        'The line above the map says who gets within 1% of the exact J first. '
        '<b>Ask:</b> "Why does momentum overshoot and swing back?"'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Loss shape: why each loss behaves as it does (3 minutes)'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'The top plot is the loss of one point against its error e; the bottom plot is '
        'its slope, the force with which the point pulls the line. The ticks on the e '
        'axis are the current errors.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Press <b>1</b> (MSE): <b>point at</b> the parabola and its straight, rising '
        'slope: a far point pulls hard.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Press <b>4</b> (MAE): the V and its flat slope: every point pulls the same.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Press <b>6</b> (Huber): a parabola near 0, straight beyond δ. <b>Ask:</b> '
        '"Which points are in the straight part?" (The red ticks: the outliers.)'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Noise: what each loss assumes about the errors (3 minutes)'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'The bars are the residuals of the current fit; the curve is the kind of noise '
        'the loss expects. MSE expects bell-shaped (Gaussian) noise; MAE expects a '
        'sharper peak with heavier tails (Laplace). <b>Ask:</b> "With the outliers '
        'preset, which curve fits the bars better?"'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Physics: a bar on springs (5 minutes)'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Each point pulls the bar with a spring. For MSE the springs are ordinary ones '
        'and the bar comes to rest exactly on the least-squares line; its energy is the '
        'RSS.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Press <b>Play</b> and let the bar settle. <b>Point at</b> the net force and '
        'torque falling to 0.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Drag the bar away and let go. <b>Ask:</b> "Why does it swing?" (Mass: like '
        'momentum.) Raise the damping: the bar creeps straight to rest, like gradient '
        'descent.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Worked epoch: one step of gradient descent by hand (5 minutes)'),
    QT_TRANSLATE_NOOP('teacher_guide',
        "The last tab writes out the epoch that → takes next, with the class's own "
        'numbers: each sum with its first terms (<i>show all</i> for every one), the '
        'update m ← m − L·Dm, and J before and after.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Reset and open <b>Worked epoch</b>. Read the sum for Dm aloud. <b>Ask:</b> '
        '"Which points push m up, and which push it down?" (the sign of each term). '
        'Press <b>→</b>: J after becomes J before.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Choose MAE: the terms become signs. Choose <i>sign of the gradient</i> in the '
        '<b>Optimizer</b> box at learning rate 0.1: every coefficient moves by exactly '
        "0.1 an epoch, as in the blog's log."),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Run MAE with gradient descent and <b>point at</b> the zig-zag at the end of the '
        'loss curve. In <b>Rate and stop</b> choose <i>1/t decay</i>: the rate (the '
        "curve's right axis) shrinks and J settles at the exact answer. Tick <i>stop "
        'when J settles</i>: the run ends there and the status bar says why.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Classification: two classes and a boundary (5 minutes)'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Choose <i>classification</i> in the <b>Task</b> box (or Presets → blobs). A '
        'left click adds a point of the chosen class, Shift+click the other one. The '
        'green line is where the model gives both classes probability ½.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Press <b>Space</b>. <b>Point at</b> the boundary turning to separate the '
        'colours, and at the rings: a large ring is a point the loss charges a lot '
        '(wrong, and sure of it).'),
    QT_TRANSLATE_NOOP('teacher_guide',
        '<b>Ask:</b> "What happens to the loss when the model is confidently wrong?" '
        'Show the confidence table in the readouts: right and sure costs almost nothing; '
        'wrong and sure costs most.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Presets → separable: without a penalty the weights grow without end (no finite '
        'minimum), and the status bar says so; an L2 penalty gives one.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Train and test: fitting the points you have, missing the ones you do not (5 '
        'minutes)'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Open <code>examples/hold-out.lossx</code> (or Data → Hold out 30%): three of '
        'the ten points are hollow. They are held out: J and the gradient never see them.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        "Press <b>Space</b>. <b>Point at</b> the readouts' <i>Train and test</i>: J on "
        'the training points and J on the held-out ones. The loss curve draws both; '
        'held-out J is dashed.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Select a point and press <b>T</b> to hold it out (or take it back). <b>Ask:</b> '
        '"Does the line move?" Only if the point was a training point.'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Open the <b>Validation</b> view: the exact answer of every degree from 0 (bias) '
        'to 9. <b>Point at</b> training J falling to 0 once the curve passes through '
        'every training point, and at held-out J exploding. <b>Ask:</b> "Which degree '
        'would you trust on new data?"'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Questions to leave the class with'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Why square the errors, rather than just add them? (Positive and negative errors '
        'would cancel.)'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'What does one outlier do to MSE, and to MAE?'),
    QT_TRANSLATE_NOOP('teacher_guide',
        'Why does a bigger learning rate not always get there faster? (Try it: above the '
        'red mark on the learning-rate slider, the descent diverges, and the status bar '
        'says so.)'),
)
