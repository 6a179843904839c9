"""The shared widget kit: labels and banners, layouts, themes and text size, the figure view."""
