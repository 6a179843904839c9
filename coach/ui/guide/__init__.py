"""Between sessions: the Guide screen, the flare plan, movement breaks at the desk, and Today after the weeks."""
