"""The progress charts and the exercise figures as pictures, shared by the screens and every export.

* ``model``: what the charts show (plots, lines, bars, markers, legends, notes), built from
  ``ProgressData``, without Qt.
* ``describe``: the charts in words (hover read-outs, descriptions, the summary).
* ``plot`` and ``items``: the charts drawn with pyqtgraph (the Progress screen's widget).
* ``files``: the charts laid out off screen and painted into PNG, SVG and PDF; ``svg`` tidies Qt's SVG.
* ``figure_painter``: exercise figures painted with QPainter (widgets, images, SVG).

Nothing here imports ``coach.ui``; importing this package loads neither Qt nor pyqtgraph.
"""
