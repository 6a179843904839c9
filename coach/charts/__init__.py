"""The progress charts and the exercise figures as pictures, shared by the screens and every export.

* ``model``: what the charts show (plots, lines, bars, markers, legends, notes) and the colour palettes,
  built from ``ProgressData``, without Qt.
* ``describe``: the charts in words (hover read-outs, descriptions, the summary).
* ``layout``: where everything goes on a page, as plain shapes and text, without Qt.
* ``paint``: those shapes drawn with QPainter; ``plot``: the Progress screen's widget;
  ``files``: PNG, SVG and PDF bytes (QtGui only, safe on a worker thread).
* ``figure_painter``: exercise figures painted with QPainter (widgets, images, SVG).

Nothing here imports ``coach.ui``; importing this package loads no Qt.
"""
