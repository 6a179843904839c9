"""The session player: a full-window page that runs a session with the engine and records it as it happens.

* ``opening``: opens the player over the screens (``MainWindow.push_page``)
  for a day's slot, a stand-alone walk or an interrupted session, as
  ``coach.app.sessions`` decides (or says why not), and closes it when the
  user leaves the summary or the after-stop page.
* ``page``: :class:`~coach.ui.player.page.PlayerPage` renders the engine's
  :class:`~coach.core.session.Snapshot` and forwards what the user does
  (buttons and keys) to the engine; all rules are in the engine and in
  ``coach.core.safety``. Its parts and their arrangement are ``frame``'s
  (with ``exercise_view``, ``controls``, ``panels``, ``end_panel``,
  ``layouts`` and ``widgets``); the words for a snapshot are ``view``'s.
* Every recorded engine event (everything but cues) goes to the session's
  :class:`~coach.app.sessions.Recording` the moment the engine reports it and
  is written in one committed transaction; ``event_saved(seq, kind)`` is
  emitted after the commit. When saving fails (``StoreError``, e.g. a full
  disk) the session is paused, a banner says what happened, the events not
  yet saved are kept in memory in order and "Try again" writes them.
* A single-shot ``QTimer`` (``Qt.PreciseTimer``) wakes the page only for the
  next visible change (the digits once a second, the figure's next moment
  while it moves) and for the engine's next cue; hidden or minimised, only for
  the cues. Times come from the engine's clock, never from counting frames. It
  does not run while the engine waits for the user (an intro, a tap, a
  check-in, a pause, the end). Only what changed is redrawn. The details are
  in ``wakes``' docstring.
* Every engine event also goes to the session's voice (``spoken``): what it
  says (``coach.core.session.spoken``) goes to the ``CuePlayer`` with the time
  it was due, spoken or as beeps as the person chose; when nothing can be
  heard the timer flashes for each cue instead, and the player's one-time
  notice says why.
* Pain before and after (``pain``): the first exercise's introduction and the
  end page ask for the pain now, 0–10, with one key (or a click); it is kept
  with the session at once.
* ``resume``: Today's banner for an interrupted session, and the "Log a walk" row.

Keys: Space start / a rep done (self-paced, or a paced one ahead of its tempo) / next; P pause and resume;
S skip; Left back; Right next; E extend a walk; 1–5 check-in answers; 1–6 stop reasons, B or Esc again back
to the exercise; 0–9 (1 then 0 for 10) pain before the first exercise and at the end; Esc or the Stop media
key: Stop. Enter presses the focused button, as everywhere in the app.
"""
