"""The Settings and Profiles screens."""
