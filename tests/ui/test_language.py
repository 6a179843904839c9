"""The language setting, the translation files and dates and numbers in the language in use."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys

import pytest

from coach.core import i18n, textfmt
from coach.core import settings as cs
from coach.export import language
from coach.resources import default_program_path

DAY = dt.date(2026, 11, 10)
ROOT = default_program_path().parent.parent


@pytest.fixture(autouse=True)
def english_after(monkeypatch):
    monkeypatch.delenv(language.ENV, raising=False)
    yield
    language.reset()


FUNCS = (textfmt.day_text, textfmt.day_month, textfmt.short_month, textfmt.short_month_year, textfmt.long_day,
         textfmt.date_text, textfmt.long_date, textfmt.day_month_year, textfmt.month_year, textfmt.weekday_name,
         textfmt.month_name)


def test_english_through_qlocale_reads_exactly_as_written(qapp):
    """The Qt date patterns give, in English, the very words the app wrote by hand (every day of a leap year)."""
    days = [dt.date(2028, 1, 1) + dt.timedelta(days=i) for i in range(366)]
    by_hand = [[f(d) for f in FUNCS] for d in days]
    numbers = [textfmt.number(v) for v in (6, 6.0, 2.5, 0.25, 1000, 12.75)] + [textfmt.fixed(3.456, 2)]
    i18n.install(language.make_backend("en", []))
    assert [[f(d) for f in FUNCS] for d in days] == by_hand
    assert [textfmt.number(v) for v in (6, 6.0, 2.5, 0.25, 1000, 12.75)] + [textfmt.fixed(3.456, 2)] == numbers
    assert by_hand[0][:2] == ["Sat 1 Jan", "1 Jan"] and numbers[:5] == ["6", "6", "2.5", "0.25", "1000"]


def test_english_is_the_default_and_installs_nothing(qapp):
    assert language.use_language("en") is None
    assert i18n.backend() is None and i18n.language() == "en"
    assert textfmt.long_date(DAY) == "Tuesday 10 November 2026"


def test_the_setting_is_checked_and_kept(store):
    s = cs.load(store.get_setting)
    assert s.language == cs.SYSTEM_LANGUAGE
    with pytest.raises(cs.SettingError, match="not a language"):
        s.with_value(cs.LANGUAGE, "xx")
    store.set_setting(cs.LANGUAGE, s.with_value(cs.LANGUAGE, "es").to_store()[cs.LANGUAGE])
    assert cs.load(store.get_setting).language == "es"
    store.set_setting(cs.LANGUAGE, "klingon")  # no longer valid: the system's again
    assert cs.load(store.get_setting).language == cs.SYSTEM_LANGUAGE


def test_chosen_language_env_then_setting_then_system(monkeypatch):
    monkeypatch.setattr(language, "system_language", lambda: "en")
    assert language.chosen_language("") == "en"
    assert language.chosen_language("es") == "es"
    monkeypatch.setenv(language.ENV, "en")
    assert language.chosen_language("es") == "en"
    monkeypatch.setenv(language.ENV, "de")  # not spoken: the setting counts
    assert language.chosen_language("es") == "es"


def test_settings_screen_saves_the_language(qtbot, window):
    screen = window().show_screen("settings")
    combo = screen.language
    assert combo.itemData(0) == cs.SYSTEM_LANGUAGE and combo.itemText(0).startswith("Follow the system")
    combo.setCurrentIndex(combo.findData("es"))
    combo.activated.emit(combo.currentIndex())
    assert cs.load(screen.ctx.store.get_setting).language == "es"
    assert "starts again" in screen.message_text.text() and screen.message.isVisibleTo(screen)


def test_without_lrelease_the_app_stays_in_english_and_says_why(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(language, "_lrelease", lambda: None)
    monkeypatch.setattr(language, "_cache_dir", lambda: tmp_path / "cache")
    problem = language.use_language("es")
    assert problem is not None and "English" in problem and "lrelease" in problem
    assert i18n.backend() is None and textfmt.long_date(DAY) == "Tuesday 10 November 2026"


@pytest.mark.slow
def test_spanish_compiles_and_writes_dates_and_numbers_in_spanish(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(language, "_cache_dir", lambda: tmp_path / "cache")
    assert language.use_language("es") is None
    assert list((tmp_path / "cache").glob("coach_es-*.qm")), "the .qm is compiled into the cache"
    assert textfmt.long_date(DAY) == "martes, 10 de noviembre de 2026"
    assert textfmt.day_month_year(DAY) == "10 de noviembre de 2026"
    assert textfmt.fixed(2.5) == "2,5" and textfmt.number(0.25) == "0,25" and textfmt.number(1000) == "1000"
    from PySide6.QtCore import QCoreApplication

    # Qt's own texts (standard dialog buttons) come from qtbase_es.qm
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


@pytest.mark.slow
def test_translation_files_are_current():
    """Every text the code marks is in every .ts, and nothing stale is: run tools/translations.py update."""
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    tool = importlib.util.module_from_spec(spec)
    sys.modules["translations_tool"] = tool
    spec.loader.exec_module(tool)
    assert tool.ts_files(), "no translation files in assets/translations"
    assert tool.stale() == []


def test_spanish_is_complete_and_keeps_every_placeholder():
    """Every text has its Spanish, and a translation names the same {fields} (an English grammar helper,
    ``{n2}`` adding an "s" or ``{are}`` giving "is" or "are", may be left out) and the same markup as the English."""
    import re
    import xml.etree.ElementTree as ET

    root = ET.parse(language.ts_path("es")).getroot()
    problems = []
    for context in root.iter("context"):
        for m in context.iter("message"):
            source, tr = m.findtext("source"), m.find("translation")
            text = tr.text or "".join(f.text or "" for f in tr.iter("numerusform"))
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not text:
                problems.append(f"not translated: {source!r}")
                continue
            fields = lambda t: set(re.findall(r"\{[^{}]*\}", t))  # noqa: E731
            missing = {f for f in fields(source) - fields(text) if not re.fullmatch(r"\{\w+2\}|\{allowed\}|\{are\}", f)}
            if missing or fields(text) - fields(source):
                problems.append(f"fields differ: {source!r} → {text!r}")
            if sorted(re.findall(r"</?\w+", source)) != sorted(re.findall(r"</?\w+", text)):
                problems.append(f"markup differs: {source!r} → {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_the_voice_says_a_session_in_spanish(qapp, monkeypatch, tmp_path):
    """With Spanish in use, every sentence the voice says in a session (the exercise's name from the program's
    own translations, its dose, the side, the countdown, the check-in and the pain and Stop questions) is
    Spanish, and the same session in English is said exactly as before."""
    from coach.core import safety
    from coach.core.plan import day_plan
    from coach.core.program_i18n import localized
    from coach.core.program_read import load_program
    from coach.core.session import spoken

    english = set(spoken.session_phrases(day_plan(load_program(default_program_path()), 1, "right")[0].exercises))
    assert "Exercise 1 of 4: Knee to chest. 5 holds of 20 seconds on each side, right side first. Press Space " \
           "to start." in english and "Three" in english and "Relax." in english

    monkeypatch.setattr(language, "_cache_dir", lambda: tmp_path / "cache")
    assert language.use_language("es") is None
    items = day_plan(localized(load_program(default_program_path())), 1, "right")[0].exercises
    said = spoken.session_phrases(items)
    assert "Ejercicio 1 de 4: Rodilla al pecho. 5 mantenimientos de 20 segundos en cada lado, primero el lado " \
           "derecho. Pulsa Espacio para empezar." in said
    assert {"Tres", "Dos", "Uno", "Relájate.", "Mantén 20 segundos.", "Lado derecho. Repetición 1 de 5.",
            "Cambia al lado izquierdo.", "Sesión completada. ¡Bien hecho!", "En pausa. Pulsa P para seguir."} \
        <= set(said)
    assert any(s.startswith("Hecho. ¿Qué tal ha ido? Pulsa 1 para bien, 2 para hormigueo leve") for s in said)
    assert spoken.pain_question(True).startswith("Antes de empezar: ¿cuánto dolor tienes ahora mismo, de 0 a 10?")
    stop = spoken.stop_question([r.label for r in safety.STOP_REASONS])
    assert stop.startswith("Todo está en pausa. ¿Qué ha pasado? Pulsa 1 para dolor agudo")
    assert spoken.pain_noted(4, spoken.back_to_today()) == "Anotado: 4. Pulsa Espacio para volver a Hoy."
    english_words = re.compile(r"\b(Press|Space|Hold|Rep|side|Exercise|Switch|Relax|seconds?|minutes?|reps?|"
                               r"holds?|Done|Session|Paused|for)\b")
    assert not [s for s in [*said, stop] if english_words.search(s)]


@pytest.mark.slow
def test_the_command_line_speaks_the_language_chosen_help_and_errors(qapp, monkeypatch, tmp_path, capsys):
    from coach import cli

    monkeypatch.setattr(language, "_cache_dir", lambda: tmp_path / "cache")
    monkeypatch.setenv(language.ENV, "es")
    with pytest.raises(SystemExit):
        cli.main(["export", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("uso: coach export") and "opciones:" in out and "mostrar esta ayuda y salir" in out
    assert "exportar tu perfil" in out and "solo desde este día, AAAA-MM-DD" in out
    with pytest.raises(SystemExit) as code:
        cli.main(["export", "--format", "xml", "--out", str(tmp_path / "x.json")])
    assert code.value.code == 2
    assert "coach export: error: argumento --format: opción no válida: 'xml'" in capsys.readouterr().err
    # and in English as written
    language.reset()
    monkeypatch.setenv(language.ENV, "en")
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: coach") and "a guided home exercise program" in out and "options:" in out
