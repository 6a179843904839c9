"""Lumbar Coach: a home exercise coach for nerve-related back and leg pain."""

APP_ID = "org.lumbarcoach.LumbarCoach"
APP_NAME = "Lumbar Coach"
APP_SLUG = "lumbar-coach"
__version__ = "0.1.0"
