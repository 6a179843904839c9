"""The Programs screen and the physiotherapist's program editor (outline, forms, actions, exercise library)."""
