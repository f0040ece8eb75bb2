"""The colours: one colour-blind-safe palette (Okabe–Ito) on a light background, and what each
colour stands for. Plain strings, no Qt: the lesson model names a pin's colour with them."""

# Okabe & Ito (2008), "Color Universal Design"
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"

POINT = BLUE
FIT = VERMILLION
EXACT = BLACK
RSS = VERMILLION
TSS = GREEN
ARROW = ORANGE
MEAN = PURPLE
RATE = PURPLE  # the learning rate per epoch on the loss curve
#: the student's own line (my-line mode): its curve, handles, residuals and squares
MINE = PURPLE
#: classification: classes 0 … 4 differ in colour and in shape (circle, triangle up, square, diamond,
#: triangle down), so they stay apart in grey too
CLASS_COLOURS = (BLUE, VERMILLION, PURPLE, ORANGE, SKY_BLUE)
CLASS_SYMBOLS = ("o", "t1", "s", "d", "t")
BOUNDARY = GREEN
PIN_COLOURS = (SKY_BLUE, GREEN, PURPLE, ORANGE, BLUE, "#7F7F7F")

BACKGROUND = "#FFFFFF"
FOREGROUND = "#202020"
