"""The session player: the page, its panels (check-in, Stop, end), the figure view model, and Today's resume banner."""
