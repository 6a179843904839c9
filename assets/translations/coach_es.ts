<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Dates</name>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Follow the system ({name})</source>
        <translation>Según el sistema ({name})</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{APP_NAME} needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are unset). Run it from a desktop session; the command-line tools (coach --help) work without one.</source>
        <translation>{APP_NAME} necesita una pantalla gráfica y no se ha encontrado ninguna (DISPLAY y WAYLAND_DISPLAY no están definidas). Ábrelo desde una sesión de escritorio; las herramientas de línea de órdenes (coach --help) funcionan sin ella.</translation>
    </message>
    <message>
        <source>data restored</source>
        <translation>datos restaurados</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un valor</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un valor</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>No sound device found; cues will flash on screen instead.</source>
        <translation>No se ha encontrado ningún dispositivo de sonido; los avisos parpadearán en la pantalla.</translation>
    </message>
    <message>
        <source>No program to play sounds was found (install GStreamer&apos;s gst-play-1.0 or FFmpeg&apos;s ffplay); cues will flash on screen instead.</source>
        <translation>No se ha encontrado ningún programa para reproducir sonidos (instala gst-play-1.0 de GStreamer o ffplay de FFmpeg); los avisos parpadearán en la pantalla.</translation>
    </message>
    <message>
        <source>The sound player is not working; cues will flash on screen instead.</source>
        <translation>El reproductor de sonido no funciona; los avisos parpadearán en la pantalla.</translation>
    </message>
    <message>
        <source>Sound is turned off.</source>
        <translation>El sonido está desactivado.</translation>
    </message>
    <message>
        <source>The cue sound files are missing; cues will flash on screen instead.</source>
        <translation>Faltan los archivos de sonido de los avisos; los avisos parpadearán en la pantalla.</translation>
    </message>
    <message>
        <source>No speech engine was found (on Linux, install espeak-ng); cues will beep instead of speaking.</source>
        <translation>No se ha encontrado ningún motor de voz (en Linux, instala espeak-ng); los avisos serán pitidos en lugar de palabras.</translation>
    </message>
    <message>
        <source>The speech engine is not working; cues will beep instead of speaking.</source>
        <translation>El motor de voz no funciona; los avisos serán pitidos en lugar de palabras.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{app}: a guided home exercise program for nerve-related back and leg pain.</source>
        <translation>{app}: un programa guiado de ejercicios en casa para el dolor de espalda y pierna de origen nervioso.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <source>folder for the database and backups (default: the platform&apos;s user data folder; or set COACH_DATA_DIR)</source>
        <translation>carpeta de la base de datos y las copias de seguridad (por defecto: la carpeta de datos de usuario del sistema; o define COACH_DATA_DIR)</translation>
    </message>
    <message>
        <source>open the window on a throwaway data folder, check Today shows, and exit (or set COACH_SMOKE_TEST=1)</source>
        <translation>abrir la ventana con una carpeta de datos desechable, comprobar que se muestra Hoy y salir (o define COACH_SMOKE_TEST=1)</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>first day, YYYY-MM-DD (default: the program&apos;s start or the first record)</source>
        <translation>primer día, AAAA-MM-DD (por defecto: el inicio del programa o el primer registro)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default: today)</source>
        <translation>último día, AAAA-MM-DD (por defecto: hoy)</translation>
    </message>
    <message>
        <source>replace the file if it exists already</source>
        <translation>sustituir el archivo si ya existe</translation>
    </message>
    <message>
        <source>{flag} {value!r} is not a date; use YYYY-MM-DD, for example 2026-03-01</source>
        <translation>{flag} {value!r} no es una fecha; usa AAAA-MM-DD, por ejemplo 2026-03-01</translation>
    </message>
    <message>
        <source>no profile yet in {data_dir}: open the app (run coach) once to set up your program, then try again</source>
        <translation>aún no hay ningún perfil en {data_dir}: abre la aplicación (ejecuta coach) una vez para preparar tu programa y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>back up the database now (SQLite backup API; the newest 10 are kept)</source>
        <translation>hacer ahora una copia de seguridad de la base de datos (API de copia de SQLite; se guardan las 10 más recientes)</translation>
    </message>
    <message>
        <source>list the backups instead of making one</source>
        <translation>enumerar las copias de seguridad en lugar de hacer una</translation>
    </message>
    <message>
        <source>save the progress charts as PNG, SVG or PDF (vector), with no display needed</source>
        <translation>guardar los gráficos de progreso como PNG, SVG o PDF (vectorial), sin necesidad de pantalla</translation>
    </message>
    <message>
        <source>file to write: .png, .svg or .pdf</source>
        <translation>archivo que escribir: .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>width in pixels, and a height the page is at least (default: 1100 wide, as tall as the charts need)</source>
        <translation>ancho en píxeles y un alto mínimo de la página (por defecto: 1100 de ancho, tan alto como necesiten los gráficos)</translation>
    </message>
    <message>
        <source>--size {value!r} is not a size; use WIDTHxHEIGHT in pixels, for example 1100x1700</source>
        <translation>--size {value!r} no es un tamaño; usa ANCHOxALTO en píxeles, por ejemplo 1100x1700</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity (PRAGMA quick_check) and schema and show the data folder; --repair restores the newest good backup when the file is damaged</source>
        <translation>comprobar la integridad (PRAGMA quick_check) y el esquema de la base de datos y mostrar la carpeta de datos; --repair restaura la copia de seguridad correcta más reciente si el archivo está dañado</translation>
    </message>
    <message>
        <source>when the database is damaged, keep it aside and restore the newest good backup</source>
        <translation>si la base de datos está dañada, apartarla y restaurar la copia buena más reciente</translation>
    </message>
    <message>
        <source> (newest {created:%Y-%m-%d %H:%M})</source>
        <translation> (la más reciente: {created:%Y-%m-%d %H:%M})</translation>
    </message>
    <message>
        <source>export your profile, program, sessions, session events, diary, weekly scores, week decisions and warning-sign answers as CSV (a folder, or a .zip), JSON, or an HL7 FHIR R4 bundle for a clinic</source>
        <translation>exportar tu perfil, programa, sesiones, eventos de sesión, diario, puntuaciones semanales, decisiones semanales y respuestas a los signos de alarma como CSV (una carpeta o un .zip), JSON o un paquete HL7 FHIR R4 para una clínica</translation>
    </message>
    <message>
        <source>csv: one file per table (UTF-8 with a byte-order mark); json: one document; fhir: an HL7 FHIR R4 Bundle of the whole record (see docs/fhir.md)</source>
        <translation>csv: un archivo por tabla (UTF-8 con marca de orden de bytes); json: un documento; fhir: un Bundle HL7 FHIR R4 de todo el historial (ver docs/fhir.md)</translation>
    </message>
    <message>
        <source>csv: a new or empty folder (created if needed) or a file ending in .zip; json, fhir: a .json file</source>
        <translation>csv: una carpeta nueva o vacía (se crea si hace falta) o un archivo que termine en .zip; json, fhir: un archivo .json</translation>
    </message>
    <message>
        <source>only from this day, YYYY-MM-DD</source>
        <translation>solo desde este día, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>only up to this day, YYYY-MM-DD</source>
        <translation>solo hasta este día, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>replace the file, or the files of an earlier export in the folder, if it exists already</source>
        <translation>sustituir el archivo, o los archivos de una exportación anterior en la carpeta, si ya existen</translation>
    </message>
    <message>
        <source>fhir: put the profile&apos;s name in the Patient (left out unless you ask)</source>
        <translation>fhir: poner el nombre del perfil en el Patient (se omite salvo que lo pidas)</translation>
    </message>
    <message>
        <source>fhir: write a transaction bundle, ready to POST to a FHIR server&apos;s base URL</source>
        <translation>fhir: escribir un bundle de transacción, listo para enviar con POST a la URL base de un servidor FHIR</translation>
    </message>
    <message>
        <source>--with-name and --transaction apply to --format fhir only</source>
        <translation>--with-name y --transaction solo se aplican a --format fhir</translation>
    </message>
    <message>
        <source>a FHIR bundle holds the whole record; --from and --to apply to csv and json</source>
        <translation>un bundle FHIR contiene todo el historial; --from y --to se aplican a csv y json</translation>
    </message>
    <message>
        <source>write a printable A4 handout (PDF) of a program, every week or the weeks chosen: each exercise with its pictures, dose, steps and cautions, a note line per exercise, contact lines and a log to tick</source>
        <translation>escribir una hoja imprimible A4 (PDF) de un programa, todas las semanas o las elegidas: cada ejercicio con sus imágenes, dosis, pasos y precauciones, una línea de notas por ejercicio, líneas de contacto y un registro para marcar</translation>
    </message>
    <message>
        <source>program file (.toml), or the id of a shipped or saved program</source>
        <translation>archivo de programa (.toml), o el id de un programa incluido o guardado</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>dónde escribir el PDF</translation>
    </message>
    <message>
        <source>which weeks, e.g. 1-4, 2 or 1,3 (default: the whole program)</source>
        <translation>qué semanas, p. ej. 1-4, 2 o 1,3 (por defecto: todo el programa)</translation>
    </message>
    <message>
        <source>one week (the same as --weeks N)</source>
        <translation>una semana (lo mismo que --weeks N)</translation>
    </message>
    <message>
        <source>the patient&apos;s name, printed on the handout (optional)</source>
        <translation>el nombre del paciente, impreso en la hoja (opcional)</translation>
    </message>
    <message>
        <source>the leg with symptoms: one-sided exercises then name it (optional)</source>
        <translation>la pierna con síntomas: los ejercicios de un solo lado la nombran (opcional)</translation>
    </message>
    <message>
        <source>the physiotherapist&apos;s contact lines, e.g. &quot;Jo Park; 01234 567890&quot; (optional; without it the handout has lines to write them on)</source>
        <translation>los datos de contacto del fisioterapeuta, p. ej. &quot;Jo Park; 01234 567890&quot; (opcional; sin ellos la hoja trae líneas para escribirlos)</translation>
    </message>
    <message>
        <source>--for is {name} characters long; give a name of at most {MAX_NAME} characters</source>
        <translation>--for tiene {name} caracteres; da un nombre de como máximo {MAX_NAME} caracteres</translation>
    </message>
    <message>
        <source>--contact is {contact} characters long; give at most {MAX_CONTACT} characters</source>
        <translation>--contact tiene {contact} caracteres; da como máximo {MAX_CONTACT} caracteres</translation>
    </message>
    <message>
        <source>{path} has problems; fix them first (the same as `coach validate {path}` reports).</source>
        <translation>{path} tiene problemas; corrígelos primero (los mismos que indica `coach validate {path}`).</translation>
    </message>
    <message>
        <source>the handout</source>
        <translation>la hoja de ejercicios</translation>
    </message>
    <message>
        <source>{out} already exists; choose another name, or add --force to replace it</source>
        <translation>{out} ya existe; elige otro nombre o añade --force para sustituirlo</translation>
    </message>
    <message>
        <source>week {weeks}</source>
        <translation>semana {weeks}</translation>
    </message>
    <message>
        <source>weeks {weeks}</source>
        <translation>semanas {weeks}</translation>
    </message>
    <message>
        <source>draw every step of a program as SVG and PNG files (figure or image), plus a contact sheet of them all for review</source>
        <translation>dibujar cada paso de un programa como archivos SVG y PNG (figura o imagen), más una hoja de contactos con todos para revisarlos</translation>
    </message>
    <message>
        <source>program file (.toml)</source>
        <translation>archivo de programa (.toml)</translation>
    </message>
    <message>
        <source>folder for the pictures (created if needed)</source>
        <translation>carpeta para las imágenes (se crea si hace falta)</translation>
    </message>
    <message>
        <source>list the figure names a step can use (figure = &quot;...&quot;) with what each shows, and draw nothing</source>
        <translation>enumerar los nombres de figura que puede usar un paso (figure = &quot;...&quot;) con lo que muestra cada una, sin dibujar nada</translation>
    </message>
    <message>
        <source>width of each picture in pixels (default: 480)</source>
        <translation>ancho de cada imagen en píxeles (por defecto: 480)</translation>
    </message>
    <message>
        <source>use the dark colour palette</source>
        <translation>usar la paleta de colores oscura</translation>
    </message>
    <message>
        <source>skip the contact sheet</source>
        <translation>omitir la hoja de contactos</translation>
    </message>
    <message>
        <source>replace the pictures of an earlier run in the folder (it must hold nothing else)</source>
        <translation>sustituir las imágenes de una ejecución anterior en la carpeta (no debe contener nada más)</translation>
    </message>
    <message>
        <source>give a program file and --out DIR (or --list for the figure names)</source>
        <translation>indica un archivo de programa y --out DIR (o --list para los nombres de figura)</translation>
    </message>
    <message>
        <source>program file not found: {program}</source>
        <translation>no se encuentra el archivo de programa: {program}</translation>
    </message>
    <message>
        <source>{program} has problems; fix them first (the same as `coach validate {program}` reports).</source>
        <translation>{program} tiene problemas; corrígelos primero (los mismos que indica `coach validate {program}`).</translation>
    </message>
    <message>
        <source>--size must be between 16 and 8000 pixels (got {size})</source>
        <translation>--size debe estar entre 16 y 8000 píxeles (hay {size})</translation>
    </message>
    <message>
        <source>{out} already holds pictures of an earlier run; choose another folder, or add --force to replace them</source>
        <translation>{out} ya contiene imágenes de una ejecución anterior; elige otra carpeta o añade --force para sustituirlas</translation>
    </message>
    <message>
        <source>cannot write to {out}: {e}</source>
        <translation>no se puede escribir en {out}: {e}</translation>
    </message>
    <message>
        <source>write a progress report for your clinician (PDF), with no display needed</source>
        <translation>escribir un informe de progreso para tu profesional sanitario (PDF), sin necesidad de pantalla</translation>
    </message>
    <message>
        <source>PDF file to write (.pdf)</source>
        <translation>archivo PDF que escribir (.pdf)</translation>
    </message>
    <message>
        <source>leave the charts out</source>
        <translation>omitir los gráficos</translation>
    </message>
    <message>
        <source>check program files; every problem is reported as file:line: field: message</source>
        <translation>comprobar archivos de programa; cada problema se indica como archivo:línea: campo: mensaje</translation>
    </message>
    <message>
        <source>program files (.toml)</source>
        <translation>archivos de programa (.toml)</translation>
    </message>
    <message>
        <source>, then {ph}</source>
        <translation>, luego {ph}</translation>
    </message>
    <message>
        <source>Week {week} · {exercise_name} · step {step_number}</source>
        <translation>Semana {week} · {exercise_name} · paso {step_number}</translation>
    </message>
    <message>
        <source>program file not found: {path}</source>
        <translation>no se encuentra el archivo de programa: {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: {e}</source>
        <translation>no se puede leer {path}: {e}</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {e}</source>
        <translation>{path} no es TOML válido: {e}</translation>
    </message>
    <message>
        <source>{path} has no [[weeks]]: is it a program file?</source>
        <translation>{path} no tiene [[weeks]]: ¿es un archivo de programa?</translation>
    </message>
    <message>
        <source>{path}: week {value}, {ex_id}, step {si}: {e}</source>
        <translation>{path}: semana {value}, {ex_id}, paso {si}: {e}</translation>
    </message>
    <message>
        <source>the pictures</source>
        <translation>las imágenes</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>sin imagen</translation>
    </message>
</context>
<context>
    <name>diary</name>
    <message>
        <source>Pain body map</source>
        <translation>Mapa corporal del dolor</translation>
    </message>
    <message>
        <source>Chosen place: {current}.</source>
        <translation>Zona elegida: {current}.</translation>
    </message>
    <message>
        <source>No place chosen yet.</source>
        <translation>Aún no has elegido ninguna zona.</translation>
    </message>
    <message>
        <source>{chosen} {values} Arrow keys or Tab choose a place, digits 0 to 9 set its score, plus and minus change it, Delete clears it.</source>
        <translation>{chosen} {values} Las flechas o Tab eligen una zona, los dígitos del 0 al 9 ponen su puntuación, más y menos la cambian, Supr la borra.</translation>
    </message>
    <message>
        <source>seen from behind</source>
        <translation>vista desde detrás</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Der.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Detrás</translation>
    </message>
    <message>
        <source>as in a mirror</source>
        <translation>como en un espejo</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izq.</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>sin rellenar</translation>
    </message>
    <message>
        <source>{v} of 10</source>
        <translation>{v} de 10</translation>
    </message>
    <message>
        <source>Diary for one day</source>
        <translation>Diario de un día</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>Dí&amp;a:</translation>
    </message>
    <message>
        <source>Day of the diary entry</source>
        <translation>Día de la entrada del diario</translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation>Mostrar el día anterior</translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation>Mostrar el día siguiente</translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>El día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>El día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Mostrar hoy</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save this day</source>
        <translation>Guardar este día</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>&amp;Dolor</translation>
    </message>
    <message>
        <source>Click a place on a figure, then a number; or type the scores in the boxes.</source>
        <translation>Haz clic en una zona de una figura y luego en un número, o escribe las puntuaciones en las casillas.</translation>
    </message>
    <message>
        <source>Ov&amp;erall, how much pain did you have today?</source>
        <translation>En genera&amp;l, ¿cuánto dolor has tenido hoy?</translation>
    </message>
    <message>
        <source>Overall pain today</source>
        <translation>Dolor general hoy</translation>
    </message>
    <message>
        <source>&amp;Numbness or tingling</source>
        <translation>&amp;Entumecimiento u hormigueo</translation>
    </message>
    <message>
        <source>Where? Tick the places:</source>
        <translation>¿Dónde? Marca las zonas:</translation>
    </message>
    <message>
        <source>Numbness or tingling: {key}</source>
        <translation>Entumecimiento u hormigueo: {key}</translation>
    </message>
    <message>
        <source>Numbness or tingling: other places</source>
        <translation>Entumecimiento u hormigueo: otras zonas</translation>
    </message>
    <message>
        <source>Other places (for example the foot)</source>
        <translation>Otras zonas (por ejemplo, el pie)</translation>
    </message>
    <message>
        <source>How strong?</source>
        <translation>¿Con qué intensidad?</translation>
    </message>
    <message>
        <source>Strength of the numbness or tingling</source>
        <translation>Intensidad del entumecimiento u hormigueo</translation>
    </message>
    <message>
        <source>the worst</source>
        <translation>lo peor</translation>
    </message>
    <message>
        <source>Wea&amp;kness: which movements felt weak?</source>
        <translation>De&amp;bilidad: ¿qué movimientos notaste débiles?</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>Other weakness</source>
        <translation>Otra debilidad</translation>
    </message>
    <message>
        <source>Other: which movement felt weak?</source>
        <translation>Otro: ¿qué movimiento notaste débil?</translation>
    </message>
    <message>
        <source>&amp;Activities limited by your symptoms</source>
        <translation>A&amp;ctividades limitadas por tus síntomas</translation>
    </message>
    <message>
        <source>Activities limited</source>
        <translation>Actividades limitadas</translation>
    </message>
    <message>
        <source>Other activities limited</source>
        <translation>Otras actividades limitadas</translation>
    </message>
    <message>
        <source>Anything else you could not do as usual</source>
        <translation>Cualquier otra cosa que no pudiste hacer como siempre</translation>
    </message>
    <message>
        <source>What &amp;helped</source>
        <translation>Lo que a&amp;yudó</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>What else helped</source>
        <translation>Qué más ayudó</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Cualquier otra cosa</translation>
    </message>
    <message>
        <source>What eases symptoms: the Guide</source>
        <translation>Qué alivia los síntomas: la Guía</translation>
    </message>
    <message>
        <source>What eases symptoms: open the Guide</source>
        <translation>Qué alivia los síntomas: abrir la Guía</translation>
    </message>
    <message>
        <source>E&amp;xercises completed</source>
        <translation>E&amp;jercicios hechos</translation>
    </message>
    <message>
        <source>Warning si&amp;gns</source>
        <translation>Si&amp;gnos de alarma</translation>
    </message>
    <message>
        <source>Answer all of them to have them saved with the day; leave them all empty to skip them.</source>
        <translation>Responde a todas para que se guarden con el día; déjalas todas vacías para saltarlas.</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything else about today</source>
        <translation>Cualquier otra cosa sobre hoy</translation>
    </message>
    <message>
        <source>The day&apos;s diary fields</source>
        <translation>Los campos del diario del día</translation>
    </message>
    <message>
        <source>No more in the sessions</source>
        <translation>Ya no está en las sesiones</translation>
    </message>
    <message>
        <source>Added from the sessions</source>
        <translation>Añadido desde las sesiones</translation>
    </message>
    <message>
        <source> What set it off: {note}</source>
        <translation> Qué la desencadenó: {note}</translation>
    </message>
    <message>
        <source>A flare was recorded this day (the flare plan was opened at {started_at}).{note}</source>
        <translation>Este día se registró una crisis de dolor (el plan para crisis se abrió a las {started_at}).{note}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You changed {date} and have not saved it.</source>
        <translation>Has cambiado el {date} y no lo has guardado.</translation>
    </message>
    <message>
        <source>Save the changes before showing another day?</source>
        <translation>¿Guardar los cambios antes de mostrar otro día?</translation>
    </message>
    <message>
        <source>● Not saved yet</source>
        <translation>● Aún sin guardar</translation>
    </message>
    <message>
        <source>✓ Saved at {when:%H:%M}</source>
        <translation>✓ Guardado a las {when:%H:%M}</translation>
    </message>
    <message>
        <source>✓ Saved {day} {when}, {when2:%H:%M}</source>
        <translation>✓ Guardado el {day} {when}, {when2:%H:%M}</translation>
    </message>
    <message>
        <source>Create a profile first</source>
        <translation>Primero crea un perfil</translation>
    </message>
    <message>
        <source>⚠ Not saved: {exc}</source>
        <translation>⚠ No guardado: {exc}</translation>
    </message>
    <message>
        <source>✓ Saved: empty day</source>
        <translation>✓ Guardado: día vacío</translation>
    </message>
    <message>
        <source>Exercise name: {name}</source>
        <translation>Nombre del ejercicio: {name}</translation>
    </message>
    <message>
        <source>Name of the added exercise</source>
        <translation>Nombre del ejercicio añadido</translation>
    </message>
    <message>
        <source>Exercise name</source>
        <translation>Nombre del ejercicio</translation>
    </message>
    <message>
        <source>Times done: {exercise}</source>
        <translation>Veces hecho: {exercise}</translation>
    </message>
    <message>
        <source>How many times (sessions or walks) you did it today</source>
        <translation>Cuántas veces (sesiones o paseos) lo hiciste hoy</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {exercise}</source>
        <translation>Quitar {exercise}</translation>
    </message>
    <message>
        <source>Exercises completed</source>
        <translation>Ejercicios hechos</translation>
    </message>
    <message>
        <source>No exercises recorded for this day yet.</source>
        <translation>Aún no hay ejercicios registrados para este día.</translation>
    </message>
    <message>
        <source>Add an exercise</source>
        <translation>Añadir un ejercicio</translation>
    </message>
    <message>
        <source>Fill in from the day&apos;s sessions</source>
        <translation>Rellenar con las sesiones del día</translation>
    </message>
    <message>
        <source>Fill in the exercises from the day&apos;s sessions</source>
        <translation>Rellenar los ejercicios con las sesiones del día</translation>
    </message>
    <message>
        <source>Other exercises</source>
        <translation>Otros ejercicios</translation>
    </message>
    <message>
        <source>Anything else you did (for example a swim)</source>
        <translation>Cualquier otra cosa que hiciste (por ejemplo, nadar)</translation>
    </message>
    <message>
        <source>no entry</source>
        <translation>sin entrada</translation>
    </message>
    <message>
        <source>Worst pain of the day</source>
        <translation>El peor dolor del día</translation>
    </message>
    <message>
        <source>Pain: {place}</source>
        <translation>Dolor: {place}</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Entumecimiento u hormigueo</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Ejercicios hechos</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signos de alarma</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>The last 14 days</source>
        <translation>Los últimos 14 días</translation>
    </message>
    <message>
        <source>The last 14 days, newest on the right. Pain is 0 (none) to 10 (the worst); – means not filled in. Click a day, or move to it with the arrow keys and press Enter, to open it.</source>
        <translation>Los últimos 14 días, el más reciente a la derecha. El dolor va de 0 (nada) a 10 (lo peor); – significa sin rellenar. Haz clic en un día, o ve hasta él con las flechas y pulsa Intro, para abrirlo.</translation>
    </message>
    <message>
        <source>Diary: the last 14 days, one column per day</source>
        <translation>Diario: los últimos 14 días, una columna por día</translation>
    </message>
    <message>
        <source>✓ none</source>
        <translation>✓ ninguno</translation>
    </message>
    <message>
        <source>
(today)</source>
        <translation>
(hoy)</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>sin preguntar</translation>
    </message>
    <message>
        <source>{row}, {day}: {text}</source>
        <translation>{row}, {day}: {text}</translation>
    </message>
    <message>
        <source>{day}, {row}: {text}</source>
        <translation>{day}, {row}: {text}</translation>
    </message>
    <message>
        <source>✎ You have not filled in today&apos;s diary yet. It takes about a minute: pain, numbness, what you managed and what helped.</source>
        <translation>✎ Aún no has rellenado el diario de hoy. Se tarda alrededor de un minuto: dolor, entumecimiento, lo que pudiste hacer y lo que te ayudó.</translation>
    </message>
    <message>
        <source>Fill in today&apos;s diary</source>
        <translation>Rellenar el diario de hoy</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Pain score for the chosen place</source>
        <translation>Puntuación del dolor de la zona elegida</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <source>the worst pain</source>
        <translation>el peor dolor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left&lt;/b&gt;</source>
        <translation>&lt;b&gt;Izquierda&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Right&lt;/b&gt;</source>
        <translation>&lt;b&gt;Derecha&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pain score, {key}</source>
        <translation>Puntuación del dolor, {key}</translation>
    </message>
    <message>
        <source>0 to 10; the dash (lowest) means not filled in</source>
        <translation>De 0 a 10; el guion (el más bajo) significa sin rellenar</translation>
    </message>
    <message>
        <source>{key}: 0 no pain … 10 the worst; – not filled in</source>
        <translation>{key}: 0 sin dolor … 10 lo peor; – sin rellenar</translation>
    </message>
    <message>
        <source>– means not filled in; 0 means no pain there.</source>
        <translation>– significa sin rellenar; 0 significa sin dolor en esa zona.</translation>
    </message>
    <message>
        <source>Clear all pain scores</source>
        <translation>Borrar todas las puntuaciones de dolor</translation>
    </message>
    <message>
        <source>Pain score for the {key}</source>
        <translation>Puntuación del dolor: {key}</translation>
    </message>
    <message>
        <source>Pain score: choose a place first</source>
        <translation>Puntuación del dolor: elige antes una zona</translation>
    </message>
    <message>
        <source>No place chosen yet: click a place on a figure (or use the arrow keys), then a number.</source>
        <translation>Aún no has elegido ninguna zona: haz clic en una zona de una figura (o usa las flechas) y luego en un número.</translation>
    </message>
    <message>
        <source>Chosen: &lt;b&gt;{key}&lt;/b&gt; — {score}. Click a number to set it:</source>
        <translation>Elegido: &lt;b&gt;{key}&lt;/b&gt; — {score}. Haz clic en un número para ponerlo:</translation>
    </message>
    <message>
        <source>Pain scores: </source>
        <translation>Puntuaciones de dolor: </translation>
    </message>
    <message>
        <source>Not filled in: </source>
        <translation>Sin rellenar: </translation>
    </message>
    <message>
        <source>– = not filled,  0 = {low}</source>
        <translation>– = sin rellenar,  0 = {low}</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} de 10</translation>
    </message>
    <message>
        <source>{name}: {v}. 0 is {low}, 10 is {high}. Left and Right arrows or digits change it; Delete clears it.</source>
        <translation>{name}: {v}. 0 es {low}, 10 es {high}. Las flechas izquierda y derecha o los dígitos lo cambian; Supr lo borra.</translation>
    </message>
    <message>
        <source>Weekly scores</source>
        <translation>Puntuaciones semanales</translation>
    </message>
    <message>
        <source>Wee&amp;k:</source>
        <translation>Sema&amp;na:</translation>
    </message>
    <message>
        <source>Program week</source>
        <translation>Semana del programa</translation>
    </message>
    <message>
        <source>Save the week&apos;s scores</source>
        <translation>Guardar las puntuaciones de la semana</translation>
    </message>
    <message>
        <source>Overall pain this week</source>
        <translation>Dolor general esta semana</translation>
    </message>
    <message>
        <source>Activities that are hard for you</source>
        <translation>Actividades que te cuestan</translation>
    </message>
    <message>
        <source>The Patient-Specific Functional Scale. </source>
        <translation>La Escala Funcional Específica del Paciente (PSFS). </translation>
    </message>
    <message>
        <source>Activity {i}</source>
        <translation>Actividad {i}</translation>
    </message>
    <message>
        <source>climbing stairs</source>
        <translation>subir escaleras</translation>
    </message>
    <message>
        <source>getting up from a low chair</source>
        <translation>levantarme de una silla baja</translation>
    </message>
    <message>
        <source>walking to the shop</source>
        <translation>ir andando a la tienda</translation>
    </message>
    <message>
        <source>Activity {i}, for example {example}</source>
        <translation>Actividad {i}, por ejemplo {example}</translation>
    </message>
    <message>
        <source>How well you can do activity {i}</source>
        <translation>Cómo de bien puedes hacer la actividad {i}</translation>
    </message>
    <message>
        <source>cannot do it</source>
        <translation>no puedo hacerla</translation>
    </message>
    <message>
        <source>as well as before</source>
        <translation>tan bien como antes</translation>
    </message>
    <message>
        <source>Note for the week</source>
        <translation>Nota de la semana</translation>
    </message>
    <message>
        <source>A note for the week (optional)</source>
        <translation>Una nota para la semana (opcional)</translation>
    </message>
    <message>
        <source>The week&apos;s scores</source>
        <translation>Las puntuaciones de la semana</translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation>Semana {n}</translation>
    </message>
    <message>
        <source>Before the program</source>
        <translation>Antes del programa</translation>
    </message>
    <message>
        <source>{label}: from {ws}</source>
        <translation>{label}: desde el {ws}</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
    </message>
    <message>
        <source>Earlier weeks: </source>
        <translation>Semanas anteriores: </translation>
    </message>
    <message>
        <source>from {day:02d} {week_start}: pain {overall_pain}, activity score {psfs_mean}</source>
        <translation>desde el {day:02d} {week_start}: dolor {overall_pain}, puntuación de actividades {psfs_mean}</translation>
    </message>
    <message>
        <source>Activity score: {m} of 10 (the average of {rated} rating)</source>
        <translation>Puntuación de actividades: {m} de 10 (la media de {rated} valoración)</translation>
    </message>
    <message>
        <source>Activity score: {m} of 10 (the average of {rated} ratings)</source>
        <translation>Puntuación de actividades: {m} de 10 (la media de {rated} valoraciones)</translation>
    </message>
    <message>
        <source>Activity score: – (rate at least one activity)</source>
        <translation>Puntuación de actividades: – (valora al menos una actividad)</translation>
    </message>
    <message>
        <source>✓ Saved at {now:%H:%M}</source>
        <translation>✓ Guardado a las {now:%H:%M}</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Diary views</source>
        <translation>Vistas del diario</translation>
    </message>
    <message>
        <source>Diary views: day, 14 days, weekly scores</source>
        <translation>Vistas del diario: día, 14 días, puntuaciones semanales</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>&amp;14 days</source>
        <translation>&amp;14 días</translation>
    </message>
    <message>
        <source>&amp;Weekly scores</source>
        <translation>Puntuaciones &amp;semanales</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>the chart file</source>
        <translation>el archivo del gráfico</translation>
    </message>
    <message>
        <source>unknown data format {value!r}: use {DATA_FORMATS}</source>
        <translation>formato de datos desconocido {value!r}: usa {DATA_FORMATS}</translation>
    </message>
    <message>
        <source>{path}: CSV files in a .zip need a name ending in .zip</source>
        <translation>{path}: los archivos CSV en un .zip necesitan un nombre que termine en .zip</translation>
    </message>
    <message>
        <source>the FHIR file</source>
        <translation>el archivo FHIR</translation>
    </message>
    <message>
        <source>Saved the charts ({period}) to {out}</source>
        <translation>Gráficos ({period}) guardados en {out}</translation>
    </message>
    <message>
        <source>Saved the report ({pages} page, {period}) to {out}</source>
        <translation>Informe ({pages} página, {period}) guardado en {out}</translation>
    </message>
    <message>
        <source>Saved the report ({pages} pages, {period}) to {out}</source>
        <translation>Informe ({pages} páginas, {period}) guardado en {out}</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>los datos</translation>
    </message>
    <message>
        <source>Saved {what} to {files}</source>
        <translation>Guardado: {what} en {files}</translation>
    </message>
    <message>
        <source>Saved {what} as {files} CSV files in {path}</source>
        <translation>Guardado: {what} como {files} archivos CSV en {path}</translation>
    </message>
    <message>
        <source>FHIR transaction bundle</source>
        <translation>Paquete de transacción FHIR</translation>
    </message>
    <message>
        <source>FHIR bundle</source>
        <translation>Paquete FHIR</translation>
    </message>
    <message>
        <source>Saved the {kind} of all your records to {out}</source>
        <translation>Guardado: {kind} de todos tus registros en {out}</translation>
    </message>
    <message>
        <source>The walk is left out today (see the notes on Today).</source>
        <translation>Hoy se omite el paseo (mira las notas en Hoy).</translation>
    </message>
    <message>
        <source>Extra walk</source>
        <translation>Paseo extra</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Your program file {path} has problems, so the built-in program is shown instead:
</source>
        <translation>Tu archivo de programa {path} tiene problemas, así que se muestra el programa incluido:
</translation>
    </message>
    <message>
        <source>Your program file {path} was not found, so the built-in program is shown instead. {PICK_ANOTHER}</source>
        <translation>No se ha encontrado tu archivo de programa {path}, así que se muestra el programa incluido. {PICK_ANOTHER}</translation>
    </message>
    <message>
        <source>Your program {program!r} could not be used ({name__}: {exc}), so the built-in program is shown instead. {PICK_ANOTHER}</source>
        <translation>No se ha podido usar tu programa {program!r} ({name__}: {exc}), así que se muestra el programa incluido. {PICK_ANOTHER}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in {ends}</source>
        <translation>{path} es una carpeta; da un nombre de archivo que termine en {ends}</translation>
    </message>
    <message>
        <source>{path}: {what} must end in {ends} (it ends in {nothing})</source>
        <translation>{path}: {what} debe terminar en {ends} (termina en {nothing})</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name, or replace it (--force)</source>
        <translation>{path} ya existe; elige otro nombre o sustitúyelo (--force)</translation>
    </message>
    <message>
        <source>cannot replace {path}: permission denied</source>
        <translation>no se puede sustituir {path}: permiso denegado</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>no se puede escribir {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write {path}: you may not write to the folder {folder}</source>
        <translation>no se puede escribir {path}: no tienes permiso para escribir en la carpeta {folder}</translation>
    </message>
    <message>
        <source>cannot write {path}: {exc}</source>
        <translation>no se puede escribir {path}: {exc}</translation>
    </message>
    <message>
        <source>{path} is a file; give a folder for {what} (it is created if needed)</source>
        <translation>{path} es un archivo; da una carpeta para {what} (se crea si hace falta)</translation>
    </message>
    <message>
        <source>{path} already holds other files ({shown}); choose a new or empty folder</source>
        <translation>{path} ya contiene otros archivos ({shown}); elige una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>{path} already holds an earlier export; choose another folder, or replace it (--force)</source>
        <translation>{path} ya contiene una exportación anterior; elige otra carpeta o sustitúyela (--force)</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Standing tall</source>
        <translation>De pie, erguido</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Caminando</translation>
    </message>
    <message>
        <source>Walking uphill</source>
        <translation>Caminando cuesta arriba</translation>
    </message>
    <message>
        <source>Standing with support</source>
        <translation>De pie con apoyo</translation>
    </message>
    <message>
        <source>Standing march</source>
        <translation>Marcha de pie</translation>
    </message>
    <message>
        <source>Single-leg balance</source>
        <translation>Equilibrio sobre una pierna</translation>
    </message>
    <message>
        <source>Ready to squat</source>
        <translation>Preparado para la sentadilla</translation>
    </message>
    <message>
        <source>Quarter squat</source>
        <translation>Cuarto de sentadilla</translation>
    </message>
    <message>
        <source>Rising from the squat</source>
        <translation>Subiendo de la sentadilla</translation>
    </message>
    <message>
        <source>Back against the wall</source>
        <translation>Espalda contra la pared</translation>
    </message>
    <message>
        <source>Wall sit</source>
        <translation>Sentadilla en la pared</translation>
    </message>
    <message>
        <source>Sliding back up</source>
        <translation>Subiendo por la pared</translation>
    </message>
    <message>
        <source>Facing the step</source>
        <translation>Frente al escalón</translation>
    </message>
    <message>
        <source>Step up</source>
        <translation>Subir al escalón</translation>
    </message>
    <message>
        <source>Step down</source>
        <translation>Bajar del escalón</translation>
    </message>
    <message>
        <source>Going up stairs</source>
        <translation>Subiendo escaleras</translation>
    </message>
    <message>
        <source>Going down stairs</source>
        <translation>Bajando escaleras</translation>
    </message>
    <message>
        <source>Sitting on a chair</source>
        <translation>Sentado en una silla</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>De sentado a de pie</translation>
    </message>
    <message>
        <source>Half kneeling</source>
        <translation>Medio arrodillado</translation>
    </message>
    <message>
        <source>Hip flexor stretch</source>
        <translation>Estiramiento de flexores de cadera</translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <translation>Mantener el estiramiento</translation>
    </message>
    <message>
        <source>Standing, one foot back</source>
        <translation>De pie, un pie atrás</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>Estiramiento de flexores de cadera de pie</translation>
    </message>
    <message>
        <source>Lying on the back</source>
        <translation>Boca arriba</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Rodilla al pecho</translation>
    </message>
    <message>
        <source>Hold the knee</source>
        <translation>Sujetar la rodilla</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Puente</translation>
    </message>
    <message>
        <source>Lowering the bridge</source>
        <translation>Bajando el puente</translation>
    </message>
    <message>
        <source>Ready for a leg raise</source>
        <translation>Preparado para elevar la pierna</translation>
    </message>
    <message>
        <source>Straight leg raise</source>
        <translation>Elevación de pierna estirada</translation>
    </message>
    <message>
        <source>Lowering the leg</source>
        <translation>Bajando la pierna</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>Boca abajo</translation>
    </message>
    <message>
        <source>Prone knee bend</source>
        <translation>Flexión de rodilla boca abajo</translation>
    </message>
    <message>
        <source>Lowering the foot</source>
        <translation>Bajando el pie</translation>
    </message>
    <message>
        <source>Prone press-up</source>
        <translation>Extensión boca abajo</translation>
    </message>
    <message>
        <source>Lying on the side</source>
        <translation>De lado</translation>
    </message>
    <message>
        <source>Side-lying knee bend</source>
        <translation>Flexión de rodilla de lado</translation>
    </message>
    <message>
        <source>Easing the leg forward</source>
        <translation>Llevando la pierna hacia delante</translation>
    </message>
    <message>
        <source>Drawing in</source>
        <translation>Metiendo el abdomen</translation>
    </message>
    <message>
        <source>Plank</source>
        <translation>Plancha</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Estiramiento de isquiotibiales</translation>
    </message>
    <message>
        <source>Knees to chest</source>
        <translation>Rodillas al pecho</translation>
    </message>
    <message>
        <source>Piriformis stretch</source>
        <translation>Estiramiento del piriforme</translation>
    </message>
    <message>
        <source>Cat and camel</source>
        <translation>Gato y camello</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Basculación pélvica</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>A cuatro patas</translation>
    </message>
    <message>
        <source>On forearms and knees</source>
        <translation>Sobre antebrazos y rodillas</translation>
    </message>
    <message>
        <source>Plank from the knees</source>
        <translation>Plancha sobre las rodillas</translation>
    </message>
    <message>
        <source>Lying on the side, knees bent</source>
        <translation>De lado, rodillas flexionadas</translation>
    </message>
    <message>
        <source>Clamshell</source>
        <translation>Almeja</translation>
    </message>
    <message>
        <source>Closing the clamshell</source>
        <translation>Cerrando la almeja</translation>
    </message>
    <message>
        <source>Slump glide</source>
        <translation>Deslizamiento slump</translation>
    </message>
    <message>
        <source>Easing back</source>
        <translation>Volviendo atrás</translation>
    </message>
    <message>
        <source>Sitting with a footrest</source>
        <translation>Sentado con reposapiés</translation>
    </message>
    <message>
        <source>One foot on a stool</source>
        <translation>Un pie en un taburete</translation>
    </message>
    <message>
        <source>On the back, knees raised</source>
        <translation>Boca arriba, rodillas elevadas</translation>
    </message>
    <message>
        <source>On the side, pillow between the knees</source>
        <translation>De lado, almohada entre las rodillas</translation>
    </message>
    <message>
        <source>Step-to on stairs</source>
        <translation>Escaleras de escalón en escalón</translation>
    </message>
    <message>
        <source>Lifting with the legs</source>
        <translation>Levantando con las piernas</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <source>&lt;p&gt;{app} walks you through a gentle home exercise program for nerve-related back and leg pain, times every hold and repetition, and keeps a daily diary of your symptoms.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It coaches; it does not diagnose.&lt;/b&gt; Check with your doctor or physiotherapist that this program suits you. Stop any exercise that causes sharp pain, weakness or pain spreading further down the leg.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{app} te guía en un programa suave de ejercicios en casa para el dolor de espalda y pierna de origen nervioso, cronometra cada mantenimiento y cada repetición, y lleva un diario de tus síntomas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Te acompaña; no diagnostica.&lt;/b&gt; Comprueba con tu médico o fisioterapeuta que este programa es adecuado para ti. Para cualquier ejercicio que te provoque un dolor agudo, debilidad o un dolor que se extienda más abajo por la pierna.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to {APP_NAME}</source>
        <translation>Te damos la bienvenida a {APP_NAME}</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Sobre esta aplicación</translation>
    </message>
    <message>
        <source>About this app, scrollable</source>
        <translation>Sobre esta aplicación, con desplazamiento</translation>
    </message>
    <message>
        <source>{about}&lt;p&gt;&lt;b&gt;Who it is for.&lt;/b&gt; {intended_for}&lt;/p&gt;</source>
        <translation>{about}&lt;p&gt;&lt;b&gt;Para quién es.&lt;/b&gt; {intended_for}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{about}&lt;p&gt;&lt;b&gt;Who it is for:&lt;/b&gt; this program does not say. Ask the doctor or physiotherapist who gave it to you whether it fits your symptoms.&lt;/p&gt;</source>
        <translation>{about}&lt;p&gt;&lt;b&gt;Para quién es:&lt;/b&gt; este programa no lo dice. Pregunta al médico o fisioterapeuta que te lo dio si se ajusta a tus síntomas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your program</source>
        <translation>Tu programa</translation>
    </message>
    <message>
        <source>Read whom it was written for. A doctor or physiotherapist should confirm it fits you.</source>
        <translation>Lee para quién se escribió. Un médico o fisioterapeuta debe confirmar que es adecuado para ti.</translation>
    </message>
    <message>
        <source>Your program, scrollable</source>
        <translation>Tu programa, con desplazamiento</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>Use a program &amp;file from your physiotherapist…</source>
        <translation>Usar un &amp;archivo de programa de tu fisioterapeuta…</translation>
    </message>
    <message>
        <source>Use a program file from your physiotherapist</source>
        <translation>Usar un archivo de programa de tu fisioterapeuta</translation>
    </message>
    <message>
        <source>A program file (.toml) your physiotherapist gave you</source>
        <translation>Un archivo de programa (.toml) que te dio tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Who the program is for</source>
        <translation>Para quién es el programa</translation>
    </message>
    <message>
        <source>{program} ({week_count} weeks)</source>
        <translation>{program} ({week_count} semanas)</translation>
    </message>
    <message>
        <source>A program file from your physiotherapist</source>
        <translation>Un archivo de programa de tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Program files (*.toml)</source>
        <translation>Archivos de programa (*.toml)</translation>
    </message>
    <message>
        <source>Your start date and side</source>
        <translation>Tu fecha de inicio y tu lado</translation>
    </message>
    <message>
        <source>You can change these later.</source>
        <translation>Puedes cambiarlo más adelante.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>The day of week 1, day 1 of the program</source>
        <translation>El día 1 de la semana 1 del programa</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Fecha de inicio:</translation>
    </message>
    <message>
        <source>Which leg has the symptoms?</source>
        <translation>¿Qué pierna tiene los síntomas?</translation>
    </message>
    <message>
        <source>Affected side: {label}</source>
        <translation>Lado afectado: {label}</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Tu nombre (opcional)</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>One-sided exercises start on the side with the symptoms.</source>
        <translation>Los ejercicios de un solo lado empiezan por el lado con síntomas.</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Durante una sesión</translation>
    </message>
    <message>
        <source>You can change this later in Settings.</source>
        <translation>Puedes cambiarlo más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>While you exercise on a mat you may not see the screen. With the voice, the app tells you which exercise and side come next, counts the reps and the last seconds of each hold, and asks how it felt. Beeps only mark the moments; silent, the timer flashes.</source>
        <translation>Mientras haces ejercicio en la esterilla puede que no veas la pantalla. Con la voz, la aplicación te dice qué ejercicio y qué lado vienen ahora, cuenta las repeticiones y los últimos segundos de cada mantenimiento, y te pregunta qué tal ha ido. Los pitidos solo marcan los momentos; en silencio, el temporizador parpadea.</translation>
    </message>
    <message>
        <source>Cues during a session: {mode}</source>
        <translation>Avisos durante una sesión: {mode}</translation>
    </message>
    <message>
        <source>{APP_NAME}: getting started</source>
        <translation>{APP_NAME}: primeros pasos</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>{times} × about a minute: {clock}</source>
        <translation>{times} × alrededor de un minuto: {clock}</translation>
    </message>
    <message>
        <source>Stand up from your chair, slowly.</source>
        <translation>Levántate de la silla, despacio.</translation>
    </message>
    <message>
        <source>Walk a few steps, around the room or to the window and back.</source>
        <translation>Da unos pasos, por la habitación o hasta la ventana y vuelta.</translation>
    </message>
    <message>
        <source>Shift your weight slowly from one leg to the other a few times.</source>
        <translation>Pasa el peso despacio de una pierna a la otra unas cuantas veces.</translation>
    </message>
    <message>
        <source>A few standing hip flexions each side: hold the back of your chair and lift one knee slowly, like a gentle march.</source>
        <translation>Unas cuantas flexiones de cadera de pie, a cada lado: agárrate al respaldo de la silla y sube una rodilla despacio, como una marcha suave.</translation>
    </message>
    <message>
        <source>A few seated nerve glides: smooth and gentle, never forced.</source>
        <translation>Unos cuantos deslizamientos neurales sentado: suaves y tranquilos, nunca forzados.</translation>
    </message>
    <message>
        <source>Gentle (flare)</source>
        <translation>Suave (crisis)</translation>
    </message>
    <message>
        <source>Gentle exercises, now</source>
        <translation>Ejercicios suaves, ahora</translation>
    </message>
    <message>
        <source>Positions that ease symptoms</source>
        <translation>Posturas que alivian los síntomas</translation>
    </message>
    <message>
        <source>Ice or heat</source>
        <translation>Hielo o calor</translation>
    </message>
    <message>
        <source>What has helped you before</source>
        <translation>Lo que te ha ayudado antes</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>Monograph</source>
        <translation>Monografía</translation>
    </message>
    <message>
        <source>L1–L2 reference</source>
        <translation>Referencia L1–L2</translation>
    </message>
    <message>
        <source>L2–L3 reference</source>
        <translation>Referencia L2–L3</translation>
    </message>
    <message>
        <source>L3–L4 reference</source>
        <translation>Referencia L3–L4</translation>
    </message>
    <message>
        <source>Section {number}</source>
        <translation>Sección {number}</translation>
    </message>
    <message>
        <source>{source}, {part}</source>
        <translation>{source}, {part}</translation>
    </message>
    <message>
        <source>“Do’s” and “Don’ts”</source>
        <translation>«Qué hacer» y «qué no hacer»</translation>
    </message>
    <message>
        <source>What to Do and What to Avoid</source>
        <translation>Qué hacer y qué evitar</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Small changes of position can ease an irritated nerve a great deal.</source>
        <translation>Pequeños cambios de postura pueden aliviar mucho un nervio irritado.</translation>
    </message>
    <message>
        <source>Do not sit with your hips bent for long stretches at a time.</source>
        <translation>No estés sentado con las caderas flexionadas durante largos ratos seguidos.</translation>
    </message>
    <message>
        <source>Rest your feet on a footrest to ease the angle at your hips.</source>
        <translation>Apoya los pies en un reposapiés para abrir el ángulo de las caderas.</translation>
    </message>
    <message>
        <source>Stand up and move every 20–30 minutes. The app can remind you while you work at the computer: Movement breaks, in Settings.</source>
        <translation>Levántate y muévete cada 20–30 minutos. La aplicación puede recordártelo mientras trabajas con el ordenador: Pausas para moverse, en Ajustes.</translation>
    </message>
    <message>
        <source>Every 20–30 minutes of sitting</source>
        <translation>Cada 20–30 minutos sentado</translation>
    </message>
    <message>
        <source>A standing desk lets you change between sitting and standing.</source>
        <translation>Una mesa elevable te permite alternar entre estar sentado y de pie.</translation>
    </message>
    <message>
        <source>Sit with support for your lower back, such as a lumbar roll, rather than slouching on a soft sofa.</source>
        <translation>Siéntate con apoyo para la zona lumbar, como un cojín lumbar, en lugar de hundirte en un sofá blando.</translation>
    </message>
    <message>
        <source>Sitting with the feet on a footrest</source>
        <translation>Sentado con los pies en un reposapiés</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Standing still for a long time can make symptoms worse, just as sitting for long can.</source>
        <translation>Estar de pie quieto mucho rato puede empeorar los síntomas, igual que estar sentado mucho rato.</translation>
    </message>
    <message>
        <source>Do not stand still in one position for long.</source>
        <translation>No te quedes de pie quieto en la misma postura mucho rato.</translation>
    </message>
    <message>
        <source>Prevention Strategies</source>
        <translation>Estrategias de prevención</translation>
    </message>
    <message>
        <source>Shift your weight from one leg to the other from time to time.</source>
        <translation>Pasa el peso de una pierna a la otra de vez en cuando.</translation>
    </message>
    <message>
        <source>Rest one foot on a low stool for a while, then change feet.</source>
        <translation>Apoya un pie en un taburete bajo durante un rato y luego cambia de pie.</translation>
    </message>
    <message>
        <source>Keep your spine neutral: neither slumped nor arched.</source>
        <translation>Mantén la columna neutra: ni encorvada ni arqueada.</translation>
    </message>
    <message>
        <source>Preventive Strategies</source>
        <translation>Estrategias preventivas</translation>
    </message>
    <message>
        <source>Standing with one foot on a low stool</source>
        <translation>De pie con un pie en un taburete bajo</translation>
    </message>
    <message>
        <source>Sleeping and resting</source>
        <translation>Dormir y descansar</translation>
    </message>
    <message>
        <source>Lying flat often eases symptoms. For sleep and rest, these positions are the ones to use.</source>
        <translation>Estar tumbado suele aliviar los síntomas. Para dormir y descansar, estas son las posturas que conviene usar.</translation>
    </message>
    <message>
        <source>Lie on your side with a pillow between your knees.</source>
        <translation>Túmbate de lado con una almohada entre las rodillas.</translation>
    </message>
    <message>
        <source>Or lie on your back with your knees slightly raised on a pillow.</source>
        <translation>O túmbate boca arriba con las rodillas algo elevadas sobre una almohada.</translation>
    </message>
    <message>
        <source>Avoid curling up tightly with your hips bent a long way.</source>
        <translation>Evita acurrucarte con las caderas muy flexionadas.</translation>
    </message>
    <message>
        <source>A firm mattress usually helps; a soft or sagging one does not.</source>
        <translation>Un colchón firme suele ayudar; uno blando o hundido, no.</translation>
    </message>
    <message>
        <source>Avoid sleeping on your stomach.</source>
        <translation>Evita dormir boca abajo.</translation>
    </message>
    <message>
        <source>On the side, a pillow between the knees</source>
        <translation>De lado, con una almohada entre las rodillas</translation>
    </message>
    <message>
        <source>On the back, the knees slightly raised</source>
        <translation>Boca arriba, con las rodillas algo elevadas</translation>
    </message>
    <message>
        <source>Daily activities</source>
        <translation>Actividades diarias</translation>
    </message>
    <message>
        <source>Change how you do everyday things so that they do not provoke your symptoms.</source>
        <translation>Cambia cómo haces las cosas de cada día para que no provoquen tus síntomas.</translation>
    </message>
    <message>
        <source>On stairs, use a step-to pattern if you need to: step up onto a stair, then bring the other foot to the same stair before the next one. Hold the rail.</source>
        <translation>En las escaleras, si lo necesitas, sube de escalón en escalón: sube un pie a un escalón y lleva el otro al mismo escalón antes de seguir. Agárrate al pasamanos.</translation>
    </message>
    <message>
        <source>Lift with your legs: bend your hips and knees, keep your back straight and hold the load close to your body.</source>
        <translation>Levanta peso con las piernas: flexiona caderas y rodillas, mantén la espalda recta y la carga pegada al cuerpo.</translation>
    </message>
    <message>
        <source>Do not lift heavy things with your back bent, and do not twist or bend suddenly while carrying a load.</source>
        <translation>No levantes cosas pesadas con la espalda doblada, y no gires ni te agaches de golpe mientras llevas una carga.</translation>
    </message>
    <message>
        <source>Avoid deep squatting for now.</source>
        <translation>Por ahora, evita las sentadillas profundas.</translation>
    </message>
    <message>
        <source>Break activities into parts you can manage, with a rest between them.</source>
        <translation>Divide las actividades en partes que puedas manejar, con descansos entre ellas.</translation>
    </message>
    <message>
        <source>On long drives, stop for breaks.</source>
        <translation>En los viajes largos en coche, para a descansar.</translation>
    </message>
    <message>
        <source>Step-to on stairs: both feet on each stair</source>
        <translation>Escaleras de escalón en escalón: los dos pies en cada escalón</translation>
    </message>
    <message>
        <source>Lifting with the legs, the load close</source>
        <translation>Levantar con las piernas, la carga pegada</translation>
    </message>
    <message>
        <source>What eases symptoms</source>
        <translation>Qué alivia los síntomas</translation>
    </message>
    <message>
        <source>Several gentle approaches together work better than one aggressive one.</source>
        <translation>Varias medidas suaves juntas funcionan mejor que una sola agresiva.</translation>
    </message>
    <message>
        <source>Heat, such as a warm pack, before your exercises loosens the tissues.</source>
        <translation>El calor, como una bolsa caliente, antes de los ejercicios relaja los tejidos.</translation>
    </message>
    <message>
        <source>Heat Therapy</source>
        <translation>Terapia con calor</translation>
    </message>
    <message>
        <source>15–20 minutes</source>
        <translation>15–20 minutos</translation>
    </message>
    <message>
        <source>Before exercising</source>
        <translation>Antes del ejercicio</translation>
    </message>
    <message>
        <source>Ice for a flare: a cold pack for 15 minutes at most, with a cloth between the pack and your skin.</source>
        <translation>Hielo en una crisis: una bolsa de frío durante 15 minutos como máximo, con un paño entre la bolsa y la piel.</translation>
    </message>
    <message>
        <source>Cold Therapy</source>
        <translation>Terapia con frío</translation>
    </message>
    <message>
        <source>15 minutes at most</source>
        <translation>15 minutos como máximo</translation>
    </message>
    <message>
        <source>When symptoms flare</source>
        <translation>Cuando los síntomas empeoran</translation>
    </message>
    <message>
        <source>Gentle nerve glides through the day ease symptoms. Keep them smooth and rhythmic, never forced; mild tingling is acceptable.</source>
        <translation>Los deslizamientos neurales suaves a lo largo del día alivian los síntomas. Hazlos suaves y rítmicos, nunca forzados; un hormigueo leve es aceptable.</translation>
    </message>
    <message>
        <source>Through the day</source>
        <translation>A lo largo del día</translation>
    </message>
    <message>
        <source>Stretch gently: the front of the hips (hip flexors), the front of the thighs (quadriceps) and the back of the thighs (hamstrings).</source>
        <translation>Estira con suavidad: la parte delantera de las caderas (flexores de cadera), la parte delantera de los muslos (cuádriceps) y la parte de atrás de los muslos (isquiotibiales).</translation>
    </message>
    <message>
        <source>Relax the muscles that tense up to guard the back, for example with slow breathing from the belly.</source>
        <translation>Relaja los músculos que se tensan para proteger la espalda, por ejemplo respirando despacio con el abdomen.</translation>
    </message>
    <message>
        <source>Pace yourself: balance activity with rest.</source>
        <translation>Dosifícate: equilibra la actividad con el descanso.</translation>
    </message>
    <message>
        <source>Gentle walking and changing position often ease symptoms.</source>
        <translation>Caminar con suavidad y cambiar de postura a menudo alivian los síntomas.</translation>
    </message>
    <message>
        <source>Note in the diary what helped each day: it shows which strategies work for you.</source>
        <translation>Anota en el diario qué te ayudó cada día: así verás qué estrategias te funcionan.</translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation>Qué evitar</translation>
    </message>
    <message>
        <source>Keep moving, gently: avoid what provokes the nerve, not activity itself.</source>
        <translation>Sigue moviéndote, con suavidad: evita lo que irrita el nervio, no la actividad en sí.</translation>
    </message>
    <message>
        <source>Staying for long in a position that brings on your symptoms.</source>
        <translation>Quedarte mucho rato en una postura que te provoca los síntomas.</translation>
    </message>
    <message>
        <source>Positions and movements that sharply increase your leg symptoms.</source>
        <translation>Posturas y movimientos que aumentan de golpe los síntomas de la pierna.</translation>
    </message>
    <message>
        <source>Aggressive stretching of an irritated nerve, and bouncing stretches.</source>
        <translation>Estirar con fuerza un nervio irritado, y los estiramientos con rebotes.</translation>
    </message>
    <message>
        <source>Complete rest: staying in bed or not moving at all. Stay as active as the pain allows.</source>
        <translation>El reposo absoluto: quedarte en la cama o no moverte nada. Mantente tan activo como el dolor te permita.</translation>
    </message>
    <message>
        <source>Running, jumping and other high-impact activity during a flare.</source>
        <translation>Correr, saltar y otras actividades de impacto durante una crisis.</translation>
    </message>
    <message>
        <source>Good days and difficult days are common. When symptoms flare, the flare plan (on Today and in the tray menu) walks you through these steps.</source>
        <translation>Es normal que haya días buenos y días difíciles. Cuando los síntomas empeoran, el plan para crisis (en Hoy y en el menú de la bandeja) te guía por estos pasos.</translation>
    </message>
    <message>
        <source>Go back to gentle exercises straight away: the first week&apos;s exercises, at the lowest dose.</source>
        <translation>Vuelve enseguida a los ejercicios suaves: los de la primera semana, a la dosis más baja.</translation>
    </message>
    <message>
        <source>Avoid the positions that provoke your symptoms; rest in one that eases them.</source>
        <translation>Evita las posturas que provocan tus síntomas; descansa en una que los alivie.</translation>
    </message>
    <message>
        <source>Use the relief strategies that have worked for you before: ice for 15 minutes at most, heat before exercising, gentle nerve glides.</source>
        <translation>Usa las medidas de alivio que te han funcionado antes: hielo 15 minutos como máximo, calor antes del ejercicio, deslizamientos neurales suaves.</translation>
    </message>
    <message>
        <source>Stay as active as the pain allows; do not take to bed.</source>
        <translation>Mantente tan activo como el dolor te permita; no te metas en la cama.</translation>
    </message>
    <message>
        <source>Seek help from your doctor or physiotherapist if the symptoms persist.</source>
        <translation>Pide ayuda a tu médico o fisioterapeuta si los síntomas persisten.</translation>
    </message>
    <message>
        <source>After the four weeks</source>
        <translation>Después de las cuatro semanas</translation>
    </message>
    <message>
        <source>Recovery is gradual. The monograph describes it in phases, each with its own focus.</source>
        <translation>La recuperación es gradual. La monografía la describe en fases, cada una con su objetivo.</translation>
    </message>
    <message>
        <source>Weeks 1–2: pain reduction and gentle movement; nerve symptoms may come and go.</source>
        <translation>Semanas 1–2: reducir el dolor y moverse con suavidad; los síntomas del nervio pueden ir y venir.</translation>
    </message>
    <message>
        <source>Weeks 3–6: strength improves gradually and you can do more.</source>
        <translation>Semanas 3–6: la fuerza mejora poco a poco y puedes hacer más.</translation>
    </message>
    <message>
        <source>Weeks 7–12: a gradual return to normal activities, and preventing a recurrence.</source>
        <translation>Semanas 7–12: vuelta gradual a las actividades normales y prevención de recaídas.</translation>
    </message>
    <message>
        <source>Then, ongoing: keep up the preventive exercises and watch for early warning signs.</source>
        <translation>Después, de forma continuada: sigue con los ejercicios preventivos y vigila las señales de aviso.</translation>
    </message>
    <message>
        <source>Keep up nerve glides 2–3 times a week.</source>
        <translation>Sigue con los deslizamientos neurales 2–3 veces por semana.</translation>
    </message>
    <message>
        <source>2–3 times a week</source>
        <translation>2–3 veces por semana</translation>
    </message>
    <message>
        <source>Keep your core and leg muscles strong.</source>
        <translation>Mantén fuertes los músculos del abdomen y de las piernas.</translation>
    </message>
    <message>
        <source>Walk (or swim) regularly.</source>
        <translation>Camina (o nada) con regularidad.</translation>
    </message>
    <message>
        <source>Keep your hips and spine flexible.</source>
        <translation>Mantén flexibles las caderas y la columna.</translation>
    </message>
    <message>
        <source>Set up your workstation well, wear supportive shoes, manage your weight if needed, and find ways to reduce stress.</source>
        <translation>Prepara bien tu puesto de trabajo, usa calzado que sujete bien, controla tu peso si hace falta y busca formas de reducir el estrés.</translation>
    </message>
    <message>
        <source>Early warning signs: leg symptoms you had before coming back, weakness in muscles that were weak before, a stiffer back, or stairs and getting up becoming harder again. If you notice one, go back to gentle exercises; the app asks about them once a week.</source>
        <translation>Señales de aviso: que vuelvan síntomas de la pierna que ya tuviste, debilidad en músculos que ya estuvieron débiles, la espalda más rígida, o que las escaleras y levantarte vuelvan a costarte más. Si notas alguna, vuelve a los ejercicios suaves; la aplicación te pregunta por ellas una vez a la semana.</translation>
    </message>
    <message>
        <source>Consistency matters more than intensity: listen to your body&apos;s signals.</source>
        <translation>La constancia importa más que la intensidad: escucha las señales de tu cuerpo.</translation>
    </message>
    <message>
        <source>Get emergency care now</source>
        <translation>Busca atención de urgencia ahora</translation>
    </message>
    <message>
        <source>See a doctor promptly</source>
        <translation>Consulta a un médico sin demora</translation>
    </message>
    <message>
        <source>These are the warning signs the app asks about at first run and in the diary.</source>
        <translation>Estos son los signos de alarma por los que la aplicación pregunta al principio y en el diario.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Time to stand and move</source>
        <translation>Hora de levantarse y moverse</translation>
    </message>
    <message>
        <source>You have been sitting for about {minutes} minutes. Stand up and move for a minute: sitting for long can bring symptoms on.</source>
        <translation>Llevas sentado unos {minutes} minutos. Levántate y muévete un minuto: estar sentado mucho rato puede provocar síntomas.</translation>
    </message>
    <message>
        <source>Movement break reminder</source>
        <translation>Recordatorio de pausa para moverse</translation>
    </message>
    <message>
        <source>Start the break</source>
        <translation>Empezar la pausa</translation>
    </message>
    <message>
        <source>Snooze {SNOOZE_MINUTES} min</source>
        <translation>Posponer {SNOOZE_MINUTES} min</translation>
    </message>
    <message>
        <source>Snooze the break for {SNOOZE_MINUTES} minutes</source>
        <translation>Posponer la pausa {SNOOZE_MINUTES} minutos</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: remind me after the next stretch of sitting</source>
        <translation>Ahora no: avísame tras el siguiente rato sentado</translation>
    </message>
    <message>
        <source> Click here for a one-minute routine.</source>
        <translation> Haz clic aquí para una rutina de un minuto.</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Pausa para moverse</translation>
    </message>
    <message>
        <source>A one-minute movement break</source>
        <translation>Una pausa de un minuto para moverse</translation>
    </message>
    <message>
        <source>Stand and move for a minute</source>
        <translation>Levántate y muévete un minuto</translation>
    </message>
    <message>
        <source>Sitting for long can bring symptoms on: stand and move every 20–30 minutes (Monograph, Section 8). Go gently, and stop if you feel sharp pain.</source>
        <translation>Estar sentado mucho rato puede provocar síntomas: levántate y muévete cada 20–30 minutos (Monografía, sección 8). Hazlo con suavidad y para si notas un dolor agudo.</translation>
    </message>
    <message>
        <source>The routine</source>
        <translation>La rutina</translation>
    </message>
    <message>
        <source>Skip this one</source>
        <translation>Saltar esta</translation>
    </message>
    <message>
        <source>Done: count it</source>
        <translation>Hecho: contarla</translation>
    </message>
    <message>
        <source>Done: count the break in the diary</source>
        <translation>Hecho: contar la pausa en el diario</translation>
    </message>
    <message>
        <source>Illustration: {i}</source>
        <translation>Ilustración: {i}</translation>
    </message>
    <message>
        <source>{left}:{left2:02d} left</source>
        <translation>quedan {left}:{left2:02d}</translation>
    </message>
    <message>
        <source>That was a minute. Press Done to count it in your diary.</source>
        <translation>Ya ha pasado un minuto. Pulsa Hecho para contarlo en tu diario.</translation>
    </message>
    <message>
        <source>The break could not be saved</source>
        <translation>No se ha podido guardar la pausa</translation>
    </message>
    <message>
        <source>Sitting for a long time can make symptoms worse: the monograph your program comes from says to stand and move every 20–30 minutes when sitting (Section 8). While the app runs, also from the tray, it can remind you, with a one-minute routine from your program. You can change this later in Settings.</source>
        <translation>Estar sentado mucho rato puede empeorar los síntomas: la monografía en la que se basa tu programa dice que te levantes y te muevas cada 20–30 minutos cuando estás sentado (sección 8). Mientras la aplicación está abierta, también desde la bandeja, puede recordártelo con una rutina de un minuto de tu programa. Puedes cambiarlo más adelante en Ajustes.</translation>
    </message>
    <message>
        <source>Movement breaks at the desk</source>
        <translation>Pausas para moverse en el escritorio</translation>
    </message>
    <message>
        <source>Optional: off unless you turn it on.</source>
        <translation>Opcional: desactivado salvo que lo actives.</translation>
    </message>
    <message>
        <source>Remind me to stand and move</source>
        <translation>Recordarme que me levante y me mueva</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Minutes of sitting between movement breaks</source>
        <translation>Minutos sentado entre pausas para moverse</translation>
    </message>
    <message>
        <source>{m} minutes</source>
        <translation>{m} minutos</translation>
    </message>
    <message>
        <source>Flare plan</source>
        <translation>Plan para crisis</translation>
    </message>
    <message>
        <source>What set it off?</source>
        <translation>¿Qué la desencadenó?</translation>
    </message>
    <message>
        <source>Optional, for example a long drive</source>
        <translation>Opcional, por ejemplo un viaje largo en coche</translation>
    </message>
    <message>
        <source>What set the flare off (optional)</source>
        <translation>Qué desencadenó la crisis (opcional)</translation>
    </message>
    <message>
        <source>Close the plan</source>
        <translation>Cerrar el plan</translation>
    </message>
    <message>
        <source>Close the flare plan</source>
        <translation>Cerrar el plan para crisis</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back: the step before</source>
        <translation>Atrás: el paso anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>The gentle exercises (week {first} of your program, the lowest dose):&lt;ul style=&apos;margin-left:-20px&apos;&gt;{rows}&lt;/ul&gt;</source>
        <translation>Los ejercicios suaves (semana {first} de tu programa, la dosis más baja):&lt;ul style=&apos;margin-left:-20px&apos;&gt;{rows}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Exercise cannot start now. {block}</source>
        <translation>Ahora no se puede empezar a hacer ejercicio. {block}</translation>
    </message>
    <message>
        <source>Start the gentle exercises</source>
        <translation>Empezar los ejercicios suaves</translation>
    </message>
    <message>
        <source>&lt;b&gt;What your diary says helped you lately:&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{rows}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Lo que te ha ayudado últimamente, según tu diario:&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{rows}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Your diary does not say yet what helps you. Tick what helped each evening under “What helped”: over time it shows your own proven strategies.</source>
        <translation>Tu diario aún no dice qué te ayuda. Marca cada noche lo que te ayudó en «Lo que ayudó»: con el tiempo verás tus propias estrategias probadas.</translation>
    </message>
    <message>
        <source>The flare could not be saved in your diary: {problem}</source>
        <translation>No se ha podido guardar la crisis en tu diario: {problem}</translation>
    </message>
    <message>
        <source>Choose a profile to keep flares in a diary.</source>
        <translation>Elige un perfil para guardar las crisis en un diario.</translation>
    </message>
    <message>
        <source>Saved in your diary: a flare on {date}, from {started_at}.</source>
        <translation>Guardado en tu diario: una crisis el {date}, desde las {started_at}.</translation>
    </message>
    <message>
        <source>Step {index} of {STEPS}: {step}</source>
        <translation>Paso {index} de {STEPS}: {step}</translation>
    </message>
    <message>
        <source>The note could not be saved: {exc}</source>
        <translation>No se ha podido guardar la nota: {exc}</translation>
    </message>
    <message>
        <source>From: </source>
        <translation>Fuente: </translation>
    </message>
    <message>
        <source>&lt;b&gt;How long:&lt;/b&gt; {how_long}</source>
        <translation>&lt;b&gt;Cuánto tiempo:&lt;/b&gt; {how_long}</translation>
    </message>
    <message>
        <source>&lt;b&gt;When:&lt;/b&gt; {when}</source>
        <translation>&lt;b&gt;Cuándo:&lt;/b&gt; {when}</translation>
    </message>
    <message>
        <source>Illustration: {caption}</source>
        <translation>Ilustración: {caption}</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Guide, scrollable</source>
        <translation>Guía, con desplazamiento</translation>
    </message>
    <message>
        <source>Guide: between sessions</source>
        <translation>Guía: entre sesiones</translation>
    </message>
    <message>
        <source>What to do between your sessions, from the monograph your program comes from: how to sit, stand, sleep and go about the day, what eases symptoms and what to avoid. Under each piece of advice is the part of the source it comes from.</source>
        <translation>Qué hacer entre sesiones, según la monografía en la que se basa tu programa: cómo sentarte, estar de pie, dormir y hacer tu vida diaria, qué alivia los síntomas y qué evitar. Bajo cada consejo se indica la parte de la fuente de la que procede.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Go to {t}</source>
        <translation>Ir a {t}</translation>
    </message>
    <message>
        <source>Movement break reminders…</source>
        <translation>Recordatorios de pausas para moverse…</translation>
    </message>
    <message>
        <source>Note what helped in the Diary</source>
        <translation>Anotar en el Diario lo que ayudó</translation>
    </message>
    <message>
        <source>Open the flare plan</source>
        <translation>Abrir el plan para crisis</translation>
    </message>
    <message>
        <source>&lt;b&gt;What your diary says helped you lately:&lt;/b&gt; {lines}</source>
        <translation>&lt;b&gt;Lo que te ha ayudado últimamente, según tu diario:&lt;/b&gt; {lines}</translation>
    </message>
    <message>
        <source>Between sessions</source>
        <translation>Entre sesiones</translation>
    </message>
    <message>
        <source>How to sit, stand, sleep and lift, what eases symptoms and what to avoid: the Guide. If your symptoms flare, the flare plan takes you through what to do.</source>
        <translation>Cómo sentarte, estar de pie, dormir y levantar peso, qué alivia los síntomas y qué evitar: la Guía. Si tus síntomas empeoran, el plan para crisis te explica qué hacer.</translation>
    </message>
    <message>
        <source> You opened the flare plan today at {started_at}.</source>
        <translation> Hoy abriste el plan para crisis a las {started_at}.</translation>
    </message>
    <message>
        <source>Positions: sitting, standing, sleeping</source>
        <translation>Posturas: sentado, de pie, durmiendo</translation>
    </message>
    <message>
        <source>Guide: {value}</source>
        <translation>Guía: {value}</translation>
    </message>
    <message>
        <source>Open the flare plan again</source>
        <translation>Volver a abrir el plan para crisis</translation>
    </message>
    <message>
        <source>I&apos;m having a flare</source>
        <translation>Tengo una crisis de dolor</translation>
    </message>
    <message>
        <source>{phase}, week {today} (since {since}): your {week_count} weeks are done</source>
        <translation>{phase}, semana {today} (desde el {since}): tus {week_count} semanas se han completado</translation>
    </message>
    <message>
        <source>Goals now: </source>
        <translation>Objetivos ahora: </translation>
    </message>
    <message>
        <source>Your {phase} plan</source>
        <translation>Tu plan de {phase}</translation>
    </message>
    <message>
        <source>This week ({first} to {last}):&lt;ul style=&apos;margin-left:-20px&apos;&gt;{rows}&lt;/ul&gt;</source>
        <translation>Esta semana ({first} a {last}):&lt;ul style=&apos;margin-left:-20px&apos;&gt;{rows}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Today&apos;s sessions below hold what is still to do this week.</source>
        <translation>Las sesiones de hoy, más abajo, contienen lo que aún queda por hacer esta semana.</translation>
    </message>
    <message>
        <source>Go back to</source>
        <translation>Volver a</translation>
    </message>
    <message>
        <source>Week to go back to</source>
        <translation>Semana a la que volver</translation>
    </message>
    <message>
        <source>week {w}: {w2}</source>
        <translation>semana {w}: {w2}</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Go back to the chosen week</source>
        <translation>Volver a la semana elegida</translation>
    </message>
    <message>
        <source>Guide: after the four weeks</source>
        <translation>Guía: después de las cuatro semanas</translation>
    </message>
    <message>
        <source>Go back to an earlier week</source>
        <translation>Volver a una semana anterior</translation>
    </message>
    <message>
        <source>Go back to week {week} ({value}) from today?</source>
        <translation>¿Volver a la semana {week} ({value}) desde hoy?</translation>
    </message>
    <message>
        <source>Go back to week {week}</source>
        <translation>Volver a la semana {week}</translation>
    </message>
    <message>
        <source>Today then shows that week&apos;s sessions, and the weeks follow on from it. The maintenance plan starts again once the last week is done.</source>
        <translation>Hoy mostrará entonces las sesiones de esa semana, y las semanas seguirán a partir de ella. El plan de mantenimiento vuelve a empezar cuando termine la última semana.</translation>
    </message>
    <message>
        <source>Could not go back</source>
        <translation>No se ha podido volver</translation>
    </message>
    <message>
        <source>Go back to week {back_to_week}</source>
        <translation>Volver a la semana {back_to_week}</translation>
    </message>
    <message>
        <source>Weekly check: early warning signs</source>
        <translation>Revisión semanal: señales de aviso</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weekly check: early warning signs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Revisión semanal: señales de aviso&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Since your last check, have you noticed any of these? Tick those that apply.</source>
        <translation>Desde tu última revisión, ¿has notado alguna de estas? Marca las que correspondan.</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Ninguna de estas</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Guardar mis respuestas</translation>
    </message>
    <message>
        <source>Could not save the check</source>
        <translation>No se ha podido guardar la revisión</translation>
    </message>
    <message>
        <source>how long the keyboard and mouse have not been used, and when the screen saver or lock is on</source>
        <translation>cuánto tiempo llevan sin usarse el teclado y el ratón, y cuándo está activo el salvapantallas o el bloqueo</translation>
    </message>
    <message>
        <source>how long the keyboard and mouse have not been used, and when the computer is locked</source>
        <translation>cuánto tiempo llevan sin usarse el teclado y el ratón, y cuándo está bloqueado el ordenador</translation>
    </message>
    <message>
        <source>how long the keyboard and mouse have not been used</source>
        <translation>cuánto tiempo llevan sin usarse el teclado y el ratón</translation>
    </message>
    <message>
        <source>how long the keyboard and mouse have not been used, or when the screen is locked, as the desktop says</source>
        <translation>cuánto tiempo llevan sin usarse el teclado y el ratón, o cuándo está bloqueada la pantalla, según lo indica el escritorio</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>Stop the exercise at once if you feel sharp pain, if your leg feels weak or gives way, or if pain spreads further down the leg, and tell your physiotherapist or doctor. This handout guides your home exercises; it does not diagnose.</source>
        <translation>Para el ejercicio enseguida si notas un dolor agudo, si la pierna se nota débil o falla, o si el dolor se extiende más abajo por la pierna, y díselo a tu fisioterapeuta o médico. Esta hoja guía tus ejercicios en casa; no diagnostica.</translation>
    </message>
    <message>
        <source>Nerve glide: mild tingling is acceptable while you do it and should settle soon after. Keep it smooth and rhythmic; never force it.</source>
        <translation>Deslizamiento neural: un hormigueo leve es aceptable mientras lo haces y debería calmarse poco después. Hazlo suave y rítmico; nunca lo fuerces.</translation>
    </message>
    <message>
        <source>Each side: all reps on one side, then the other, starting with your affected side.</source>
        <translation>A cada lado: todas las repeticiones de un lado y luego las del otro, empezando por tu lado afectado.</translation>
    </message>
    <message>
        <source>Your affected side only (both sides if both legs are affected).</source>
        <translation>Solo tu lado afectado (los dos lados si tienes afectadas las dos piernas).</translation>
    </message>
    <message>
        <source>Each side: all reps with the left leg first, then the right.</source>
        <translation>A cada lado: todas las repeticiones primero con la pierna izquierda y luego con la derecha.</translation>
    </message>
    <message>
        <source>Each side: all reps with the right leg first, then the left.</source>
        <translation>A cada lado: todas las repeticiones primero con la pierna derecha y luego con la izquierda.</translation>
    </message>
    <message>
        <source>Each side: all reps on one side, then the other.</source>
        <translation>A cada lado: todas las repeticiones de un lado y luego las del otro.</translation>
    </message>
    <message>
        <source>The left leg only.</source>
        <translation>Solo la pierna izquierda.</translation>
    </message>
    <message>
        <source>The right leg only.</source>
        <translation>Solo la pierna derecha.</translation>
    </message>
    <message>
        <source>Both legs, one after the other.</source>
        <translation>Las dos piernas, una tras otra.</translation>
    </message>
    <message>
        <source>Left leg: exercises for one side are for the left leg, and those for each side start with it.</source>
        <translation>Pierna izquierda: los ejercicios de un solo lado son para la pierna izquierda, y los de cada lado empiezan por ella.</translation>
    </message>
    <message>
        <source>Right leg: exercises for one side are for the right leg, and those for each side start with it.</source>
        <translation>Pierna derecha: los ejercicios de un solo lado son para la pierna derecha, y los de cada lado empiezan por ella.</translation>
    </message>
    <message>
        <source>Both legs: exercises for one side are done with each leg.</source>
        <translation>Ambas piernas: los ejercicios de un solo lado se hacen con cada pierna.</translation>
    </message>
    <message>
        <source>, hold {hold} s</source>
        <translation>, mantén {hold} s</translation>
    </message>
    <message>
        <source>Slow and even: about {move} s to move{hold}, {back} s to come back</source>
        <translation>Lento y regular: unos {move} s para moverte{hold}, {back} s para volver</translation>
    </message>
    <message>
        <source>At your own pace</source>
        <translation>A tu ritmo</translation>
    </message>
    <message>
        <source>rest {rest_between_reps_seconds} s after each {what}</source>
        <translation>descansa {rest_between_reps_seconds} s tras cada {what}</translation>
    </message>
    <message>
        <source>rest {rest_between_sets_seconds} s between sets</source>
        <translation>descansa {rest_between_sets_seconds} s entre series</translation>
    </message>
    <message>
        <source>start with {low} min and build up as it feels comfortable</source>
        <translation>empieza con {low} min y ve aumentando según te resulte cómodo</translation>
    </message>
    <message>
        <source>start at the low number and build up only when the exercise feels easy</source>
        <translation>empieza por el número más bajo y aumenta solo cuando el ejercicio te resulte fácil</translation>
    </message>
    <message>
        <source>{value!r} is not a list of weeks (write them like 1-4, 2 or 1,3)</source>
        <translation>{value!r} no es una lista de semanas (escríbelas así: 1-4, 2 o 1,3)</translation>
    </message>
    <message>
        <source>{part!r} runs backwards (write the first week first, e.g. {hi}-{lo})</source>
        <translation>{part!r} va al revés (escribe primero la primera semana, p. ej. {hi}-{lo})</translation>
    </message>
    <message>
        <source>{program} has no week {which} (its weeks: {have}).</source>
        <translation>{program} no tiene semana {which} (sus semanas: {have}).</translation>
    </message>
    <message>
        <source>week {numbers}</source>
        <translation>semana {numbers}</translation>
    </message>
    <message>
        <source>weeks {numbers} to {numbers2}</source>
        <translation>semanas {numbers} a {numbers2}</translation>
    </message>
    <message>
        <source>weeks </source>
        <translation>semanas </translation>
    </message>
    <message>
        <source> and {numbers}</source>
        <translation> y {numbers}</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nada previsto</translation>
    </message>
    <message>
        <source> · for {patient}</source>
        <translation> · para {patient}</translation>
    </message>
    <message>
        <source>Home exercise handout</source>
        <translation>Hoja de ejercicios en casa</translation>
    </message>
    <message>
        <source>{APP_NAME} · home exercise handout · printed {generated}</source>
        <translation>{APP_NAME} · hoja de ejercicios en casa · impresa el {generated}</translation>
    </message>
    <message>
        <source>Your home exercise program</source>
        <translation>Tu programa de ejercicios en casa</translation>
    </message>
    <message>
        <source>Week {weeks}: {weeks2}</source>
        <translation>Semana {weeks}: {weeks2}</translation>
    </message>
    <message>
        <source>Your home exercises: {label}</source>
        <translation>Tus ejercicios en casa: {label}</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Leg with symptoms</source>
        <translation>Pierna con síntomas</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>{sessions_per_day} a day: </source>
        <translation>{sessions_per_day} al día: </translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety first.&lt;/b&gt; {SAFETY}&lt;br/&gt;{SEEK_CARE}{care}</source>
        <translation>&lt;b&gt;Lo primero, la seguridad.&lt;/b&gt; {SAFETY}&lt;br/&gt;{SEEK_CARE}{care}</translation>
    </message>
    <message>
        <source>Who this program is for</source>
        <translation>Para quién es este programa</translation>
    </message>
    <message>
        <source>How to exercise</source>
        <translation>Cómo hacer los ejercicios</translation>
    </message>
    <message>
        <source>Week {w}: {w2}</source>
        <translation>Semana {w}: {w2}</translation>
    </message>
    <message>
        <source>After the weeks: {ph}</source>
        <translation>Después de las semanas: {ph}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The weeks at a glance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Las semanas de un vistazo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Your physiotherapist</source>
        <translation>Tu fisioterapeuta</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Call or write if anything here is unclear, or if your symptoms change.</source>
        <translation>&lt;br/&gt;Llama o escribe si algo de esta hoja no está claro, o si tus síntomas cambian.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goals:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Objetivos:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Tu día</translation>
    </message>
    <message>
        <source>Pace and rest</source>
        <translation>Ritmo y descanso</translation>
    </message>
    <message>
        <source>Which leg</source>
        <translation>Qué pierna</translation>
    </message>
    <message>
        <source>&lt;b&gt;Take care&lt;/b&gt;&lt;br/&gt;{lines}</source>
        <translation>&lt;b&gt;Cuidado&lt;/b&gt;&lt;br/&gt;{lines}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note from your physiotherapist:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Nota de tu fisioterapeuta:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Note from your physiotherapist</source>
        <translation>Nota de tu fisioterapeuta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step {i}.&lt;/b&gt; {step}</source>
        <translation>&lt;b&gt;Paso {i}.&lt;/b&gt; {step}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tick each time you do it&lt;/b&gt;</source>
        <translation>&lt;b&gt;Marca cada vez que lo hagas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Day {d}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Día {d}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pain at the end of the day (0–10)</source>
        <translation>Dolor al final del día (0–10)</translation>
    </message>
    <message>
        <source>Week {w} log</source>
        <translation>Registro de la semana {w}</translation>
    </message>
    <message>
        <source>Days 1 to 7 of the week: tick a box each time you do an exercise, and write your pain at the end of the day (0 = none, 10 = the worst you can imagine). Bring it to your next appointment.</source>
        <translation>Días 1 a 7 de la semana: marca una casilla cada vez que hagas un ejercicio y escribe tu dolor al final del día (0 = nada, 10 = el peor que puedas imaginar). Tráelo a tu próxima cita.</translation>
    </message>
    <message>
        <source>{phase} log (a week)</source>
        <translation>Registro de {phase} (una semana)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>The steps, pictures and cautions are those of week {week}, exercise {value}.</source>
        <translation>Los pasos, las imágenes y las precauciones son los de la semana {week}, ejercicio {value}.</translation>
    </message>
    <message>
        <source>{program} has no weeks to print.</source>
        <translation>{program} no tiene semanas que imprimir.</translation>
    </message>
    <message>
        <source>the handout</source>
        <translation>la hoja de ejercicios</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Choose a screen</source>
        <translation>Elige una pantalla</translation>
    </message>
</context>
<context>
    <name>maintenance</name>
    <message>
        <source>done today</source>
        <translation>hecho hoy</translation>
    </message>
    <message>
        <source>not yet today</source>
        <translation>aún no hoy</translation>
    </message>
    <message>
        <source>done {done} of {per_week} this week</source>
        <translation>hecho {done} de {per_week} esta semana</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Daily walk</source>
        <translation>Paseo diario</translation>
    </message>
    <message>
        <source>Daily {name}</source>
        <translation>Cada día: {name}</translation>
    </message>
    <message>
        <source>Daily exercises</source>
        <translation>Ejercicios diarios</translation>
    </message>
    <message>
        <source>Have leg symptoms you had before come back: pain, numbness or tingling in the thigh, knee or shin?</source>
        <translation>¿Han vuelto síntomas de la pierna que ya tuviste: dolor, entumecimiento u hormigueo en el muslo, la rodilla o la espinilla?</translation>
    </message>
    <message>
        <source>leg symptoms coming back</source>
        <translation>la vuelta de síntomas en la pierna</translation>
    </message>
    <message>
        <source>Do muscles that were weak before feel weak again, for example when you straighten the knee or lift the thigh?</source>
        <translation>¿Vuelves a notar débiles músculos que antes lo estaban, por ejemplo al estirar la rodilla o levantar el muslo?</translation>
    </message>
    <message>
        <source>weakness in muscles that were affected before</source>
        <translation>debilidad en músculos que ya estuvieron afectados</translation>
    </message>
    <message>
        <source>Is your back stiffer than usual?</source>
        <translation>¿Tienes la espalda más rígida de lo normal?</translation>
    </message>
    <message>
        <source>a stiffer back</source>
        <translation>la espalda más rígida</translation>
    </message>
    <message>
        <source>Are stairs, or getting up from a chair, harder again?</source>
        <translation>¿Te vuelven a costar más las escaleras o levantarte de una silla?</translation>
    </message>
    <message>
        <source>stairs or getting up being harder</source>
        <translation>más dificultad con las escaleras o al levantarte</translation>
    </message>
    <message>
        <source>unknown early-warning signs: {unknown}</source>
        <translation>unknown early-warning signs: {unknown}</translation>
    </message>
    <message>
        <source>No early warning signs</source>
        <translation>Sin señales de aviso</translation>
    </message>
    <message>
        <source>None of the early warning signs this week: carry on with your maintenance plan.</source>
        <translation>Esta semana no hay ninguna señal de aviso: sigue con tu plan de mantenimiento.</translation>
    </message>
    <message>
        <source>You noticed {what}. Go back to gentle exercises now: the app suggests week 1 of your program, and the flare plan on Today has more that may help.</source>
        <translation>Has notado {what}. Vuelve ahora a los ejercicios suaves: la aplicación te propone la semana 1 de tu programa, y el plan para crisis de Hoy tiene más cosas que pueden ayudarte.</translation>
    </message>
    <message>
        <source>weakness in muscles that were affected before should be checked</source>
        <translation>la debilidad en músculos que ya estuvieron afectados debe revisarse</translation>
    </message>
    <message>
        <source>the signs were there at your last check too</source>
        <translation>las señales también estaban en tu revisión anterior</translation>
    </message>
    <message>
        <source> Also see your doctor or physiotherapist: {why}. If the leg gives way, or you notice new problems with your bladder or bowels, get care at once.</source>
        <translation> Consulta además a tu médico o fisioterapeuta: {why}. Si la pierna falla, o notas problemas nuevos con la vejiga o el intestino, busca atención de inmediato.</translation>
    </message>
    <message>
        <source>See your clinician, and go back to gentle exercises</source>
        <translation>Consulta a tu profesional sanitario y vuelve a los ejercicios suaves</translation>
    </message>
    <message>
        <source>Go back to gentle exercises</source>
        <translation>Vuelve a los ejercicios suaves</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source> each side</source>
        <translation> a cada lado</translation>
    </message>
    <message>
        <source> × {sets} sets</source>
        <translation> × {sets} series</translation>
    </message>
    <message>
        <source>Hold {hold_seconds} s{reps}{side}{sets}</source>
        <translation>Mantener {hold_seconds} s{reps}{side}{sets}</translation>
    </message>
    <message>
        <source>{reps} reps{side}{sets}</source>
        <translation>{reps} repeticiones{side}{sets}</translation>
    </message>
    <message>
        <source>{duration_minutes} min</source>
        <translation>{duration_minutes} min</translation>
    </message>
    <message>
        <source>Practice, open-ended</source>
        <translation>Práctica, sin límite fijo</translation>
    </message>
    <message>
        <source>Session {i}</source>
        <translation>Sesión {i}</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>pierna izquierda</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>pierna derecha</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>ambas piernas</translation>
    </message>
    <message>
        <source>Hold {hold_seconds} s</source>
        <translation>Mantener {hold_seconds} s</translation>
    </message>
    <message>
        <source>{reps} reps{each}</source>
        <translation>{reps} repeticiones{each}</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>a cada lado</translation>
    </message>
    <message>
        <source>Practice at your own pace</source>
        <translation>Practica a tu ritmo</translation>
    </message>
    <message>
        <source>{sets} sets</source>
        <translation>{sets} series</translation>
    </message>
    <message>
        <source>affected side</source>
        <translation>lado afectado</translation>
    </message>
    <message>
        <source>once daily</source>
        <translation>una vez al día</translation>
    </message>
    <message>
        <source>{times_per_day}× daily</source>
        <translation>{times_per_day} veces al día</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>una vez a la semana</translation>
    </message>
    <message>
        <source>{times_per_week}× a week</source>
        <translation>{times_per_week} veces a la semana</translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <source>Keys:  Space start / rep done / next    P pause    S skip    ← back    → next    Esc stop</source>
        <translation>Teclas:  Espacio empezar / repetición hecha / siguiente    P pausa    S saltar    ← atrás    → siguiente    Esc parar</translation>
    </message>
    <message>
        <source>Keys:  1 fine    2 mild tingling    3 sharp pain    4 weakness or giving way    5 pain spreading    Esc stop</source>
        <translation>Teclas:  1 bien    2 hormigueo leve    3 dolor agudo    4 debilidad o la pierna falla    5 dolor que se extiende    Esc parar</translation>
    </message>
    <message>
        <source>Space start · rep done · next   P pause   S skip   ← →   Esc stop</source>
        <translation>Espacio empezar · repetición · siguiente   P pausa   S saltar   ← →   Esc parar</translation>
    </message>
    <message>
        <source>Space  P  S  ←  →  Esc</source>
        <translation>Espacio  P  S  ←  →  Esc</translation>
    </message>
    <message>
        <source>1 fine   2 tingling   3 sharp pain   4 weakness   5 spreading   Esc stop</source>
        <translation>1 bien   2 hormigueo   3 dolor agudo   4 debilidad   5 se extiende   Esc parar</translation>
    </message>
    <message>
        <source>1  2  3  4  5  Esc</source>
        <translation>1  2  3  4  5  Esc</translation>
    </message>
    <message>
        <source>▶  Resume  (Space)</source>
        <translation>▶  Seguir  (Espacio)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Seguir (Espacio)</translation>
    </message>
    <message>
        <source>▶  Start  (Space)</source>
        <translation>▶  Empezar  (Espacio)</translation>
    </message>
    <message>
        <source>Start the exercise (Space)</source>
        <translation>Empezar el ejercicio (Espacio)</translation>
    </message>
    <message>
        <source>✓  Rep done  (Space)</source>
        <translation>✓  Repetición hecha  (Espacio)</translation>
    </message>
    <message>
        <source>Rep done (Space)</source>
        <translation>Repetición hecha (Espacio)</translation>
    </message>
    <message>
        <source>Start the {side} side now  (Space)</source>
        <translation>Empezar ahora el lado {side}  (Espacio)</translation>
    </message>
    <message>
        <source>Start the {side} side now (Space)</source>
        <translation>Empezar ahora el lado {side} (Espacio)</translation>
    </message>
    <message>
        <source>Finish walk  (Space)</source>
        <translation>Terminar el paseo  (Espacio)</translation>
    </message>
    <message>
        <source>Finish the walk (Space)</source>
        <translation>Terminar el paseo (Espacio)</translation>
    </message>
    <message>
        <source>✓  Done  (Space)</source>
        <translation>✓  Hecho  (Espacio)</translation>
    </message>
    <message>
        <source>Done practising (Space)</source>
        <translation>He terminado de practicar (Espacio)</translation>
    </message>
    <message>
        <source>◀  Back  (←)</source>
        <translation>◀  Atrás  (←)</translation>
    </message>
    <message>
        <source>Back to the previous exercise (Left arrow)</source>
        <translation>Volver al ejercicio anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>❚❚  Pause  (P)</source>
        <translation>❚❚  Pausa  (P)</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pausa (P)</translation>
    </message>
    <message>
        <source>Skip  (S)</source>
        <translation>Saltar  (S)</translation>
    </message>
    <message>
        <source>Skip this exercise (S)</source>
        <translation>Saltar este ejercicio (S)</translation>
    </message>
    <message>
        <source>+1 min  (E)</source>
        <translation>+1 min  (E)</translation>
    </message>
    <message>
        <source>Extend the walk by 1 minute (E)</source>
        <translation>Alargar el paseo 1 minuto (E)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Practice note (optional)</source>
        <translation>Nota de la práctica (opcional)</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Teclas del teclado</translation>
    </message>
    <message>
        <source>▶  Resume  (P)</source>
        <translation>▶  Seguir  (P)</translation>
    </message>
    <message>
        <source>Resume (P)</source>
        <translation>Seguir (P)</translation>
    </message>
    <message>
        <source>Extend the walk by 1 minute, up to {top} minutes (E)</source>
        <translation>Alargar el paseo 1 minuto, hasta {top} minutos (E)</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>mantenimientos</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source> after {done_units} {unit}</source>
        <translation> tras {done_units} {unit}</translation>
    </message>
    <message>
        <source>Skipped{done}</source>
        <translation>Saltado{done}</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No se llegó</translation>
    </message>
    <message>
        <source>{done_units} of {planned_units} {unit}</source>
        <translation>{done_units} de {planned_units} {unit}</translation>
    </message>
    <message>
        <source> ({sets_done} of {planned_sets} sets)</source>
        <translation> ({sets_done} de {planned_sets} series)</translation>
    </message>
    <message>
        <source>{done_units} of {planned_minutes} min</source>
        <translation>{done_units} de {planned_minutes} min</translation>
    </message>
    <message>
        <source>{done_units} practised</source>
        <translation>{done_units} de práctica</translation>
    </message>
    <message>
        <source>Practised</source>
        <translation>Practicado</translation>
    </message>
    <message>
        <source>, stopped here</source>
        <translation>, parado aquí</translation>
    </message>
    <message>
        <source>, not finished</source>
        <translation>, sin terminar</translation>
    </message>
    <message>
        <source>, ended early</source>
        <translation>, terminado antes de tiempo</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Note: {note}&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Nota: {note}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=&apos;left&apos; style=&apos;padding-right:14px&apos;&gt;Exercise&lt;/th&gt;&lt;th align=&apos;left&apos; style=&apos;padding-right:14px&apos;&gt;Done&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;How it felt&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=&apos;left&apos; style=&apos;padding-right:14px&apos;&gt;Ejercicio&lt;/th&gt;&lt;th align=&apos;left&apos; style=&apos;padding-right:14px&apos;&gt;Hecho&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Cómo fue&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Time exercising: {total_seconds}</source>
        <translation>Tiempo de ejercicio: {total_seconds}</translation>
    </message>
    <message>
        <source> (pauses not counted: {paused_seconds} paused)</source>
        <translation> (sin contar las pausas: {paused_seconds} en pausa)</translation>
    </message>
    <message>
        <source>Saved: {what}{detail}.</source>
        <translation>Guardado: {what}{detail}.</translation>
    </message>
    <message>
        <source>{side} side</source>
        <translation>lado {side}</translation>
    </message>
    <message>
        <source>rep {rep} of {reps}</source>
        <translation>repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>set {set} of {sets}</source>
        <translation>serie {set} de {sets}</translation>
    </message>
    <message>
        <source>Saved: {what}{detail}, during {parts}.</source>
        <translation>Guardado: {what}{detail}, durante {parts}.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>See the Guide</source>
        <translation>Ver la Guía</translation>
    </message>
    <message>
        <source>Back to Today  (Space)</source>
        <translation>Volver a Hoy  (Espacio)</translation>
    </message>
    <message>
        <source>Back to Today</source>
        <translation>Volver a Hoy</translation>
    </message>
    <message>
        <source>✓ {slot_name} session complete</source>
        <translation>✓ Sesión completada ({slot_name})</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Done  (Space)</source>
        <translation>Hecho  (Espacio)</translation>
    </message>
    <message>
        <source>Done: back to Today</source>
        <translation>Hecho: volver a Hoy</translation>
    </message>
    <message>
        <source>■ Session stopped</source>
        <translation>■ Sesión parada</translation>
    </message>
    <message>
        <source>Session ended early</source>
        <translation>Sesión terminada antes de tiempo</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión parada</translation>
    </message>
    <message>
        <source>What happened and what to do now</source>
        <translation>Qué ha pasado y qué hacer ahora</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>See the Guide: {value}</source>
        <translation>Ver la Guía: {value}</translation>
    </message>
    <message>
        <source>See the Guide: {value} (leaves the session)</source>
        <translation>Ver la Guía: {value} (sale de la sesión)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Today: {today}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Hoy: {today}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Program: {program_dose}</source>
        <translation>&lt;br&gt;Programa: {program_dose}</translation>
    </message>
    <message>
        <source>Exercise and steps</source>
        <translation>Ejercicio y pasos</translation>
    </message>
    <message>
        <source>■  Stop  (Esc)</source>
        <translation>■  Parar  (Esc)</translation>
    </message>
    <message>
        <source>Stop the session (Escape)</source>
        <translation>Parar la sesión (Escape)</translation>
    </message>
    <message>
        <source>◀  Back  (B or Esc)</source>
        <translation>◀  Volver  (B o Esc)</translation>
    </message>
    <message>
        <source>Go back to the exercise and continue the session (B or Escape)</source>
        <translation>Volver al ejercicio y seguir con la sesión (B o Escape)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>Intentar guardar de nuevo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saving failed.&lt;/b&gt; {problem} The session is paused so that nothing more is lost; what was saved before is safe. Press “Try again” when the problem is fixed.</source>
        <translation>&lt;b&gt;No se ha podido guardar.&lt;/b&gt; {problem} La sesión está en pausa para que no se pierda nada más; lo guardado antes está a salvo. Pulsa «Reintentar» cuando el problema esté resuelto.</translation>
    </message>
    <message>
        <source>Exercises cannot be started now</source>
        <translation>Ahora no se pueden empezar ejercicios</translation>
    </message>
    <message>
        <source>unknown player request {request!r}</source>
        <translation>unknown player request {request!r}</translation>
    </message>
    <message>
        <source>{slot_name} session</source>
        <translation>Sesión: {slot_name}</translation>
    </message>
    <message>
        <source>Noted: mild tingling. </source>
        <translation>Anotado: hormigueo leve. </translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No se ha guardado: {problem}</translation>
    </message>
    <message>
        <source>{slot_name}&#xa0;session</source>
        <translation>Sesión: {slot_name}</translation>
    </message>
    <message>
        <source>week&#xa0;{week}</source>
        <translation>semana {week}</translation>
    </message>
    <message>
        <source>exercise&#xa0;{i}&#xa0;of&#xa0;{n}</source>
        <translation>ejercicio {i} de {n}</translation>
    </message>
    <message>
        <source>Sound off: cues flash</source>
        <translation>Sonido apagado: los avisos parpadean</translation>
    </message>
    <message>
        <source>The session could not be started</source>
        <translation>No se ha podido empezar la sesión</translation>
    </message>
    <message>
        <source>Saving to your data file failed, so the session was not started (nothing would be kept).</source>
        <translation>No se ha podido guardar en tu archivo de datos, así que la sesión no ha empezado (no se conservaría nada).</translation>
    </message>
    <message>
        <source>Just ending early</source>
        <translation>Solo quiero terminar antes</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Cómo ha ido</translation>
    </message>
    <message>
        <source>Check-in answers</source>
        <translation>Respuestas sobre cómo ha ido</translation>
    </message>
    <message>
        <source>Press 1 to 5, or choose an answer. One tap is enough.</source>
        <translation>Pulsa del 1 al 5 o elige una respuesta. Basta con un toque.</translation>
    </message>
    <message>
        <source>{label} (key {k})</source>
        <translation>{label} (tecla {k})</translation>
    </message>
    <message>
        <source>How did {exercise_name} feel?</source>
        <translation>¿Cómo te ha sentado {exercise_name}?</translation>
    </message>
    <message>
        <source>How did {exercise_name} feel? Press 1 to 5.</source>
        <translation>¿Cómo te ha sentado {exercise_name}? Pulsa del 1 al 5.</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Parar la sesión</translation>
    </message>
    <message>
        <source>Everything is paused. What happened? Press 1 to 6.</source>
        <translation>Todo está en pausa. ¿Qué ha pasado? Pulsa del 1 al 6.</translation>
    </message>
    <message>
        <source>Stop reasons</source>
        <translation>Motivos para parar</translation>
    </message>
    <message>
        <source>Everything is paused. What happened?</source>
        <translation>Todo está en pausa. ¿Qué ha pasado?</translation>
    </message>
    <message>
        <source>Press the number key or choose. Your answer is saved with where you were. B or Esc: back to the exercise.</source>
        <translation>Pulsa la tecla del número o elige. Tu respuesta se guarda junto con el punto en que estabas. B o Esc: volver al ejercicio.</translation>
    </message>
    <message>
        <source>{value} (key {k})</source>
        <translation>{value} (tecla {k})</translation>
    </message>
    <message>
        <source>What happened? (optional)</source>
        <translation>¿Qué ha pasado? (opcional)</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Qué ha pasado (opcional)</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>del {date}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>de hoy</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>extra walk</source>
        <translation>paseo extra</translation>
    </message>
    <message>
        <source>{slot} session</source>
        <translation>sesión ({slot})</translation>
    </message>
    <message>
        <source>Your {what} {day} (week {week}) was interrupted before it ended.</source>
        <translation>Tu {what} {day} (semana {week}) se interrumpió antes de terminar.</translation>
    </message>
    <message>
        <source>Recorded so far: </source>
        <translation>Guardado hasta ahora: </translation>
    </message>
    <message>
        <source>Nothing was recorded yet.</source>
        <translation>Aún no se había guardado nada.</translation>
    </message>
    <message>
        <source>It continues with the check-in for {name}.</source>
        <translation>Continúa con la pregunta de cómo ha ido {name}.</translation>
    </message>
    <message>
        <source>Continuing from </source>
        <translation>Continúa desde </translation>
    </message>
    <message>
        <source>It continues with {name}</source>
        <translation>Continúa con {name}</translation>
    </message>
    <message>
        <source>Every exercise was dealt with; it continues to the end.</source>
        <translation>Todos los ejercicios están resueltos; continúa hasta el final.</translation>
    </message>
    <message>
        <source>It was on an earlier day, so it cannot be continued now. Closing it keeps everything that was recorded.</source>
        <translation>Era de un día anterior, así que ya no se puede continuar. Al cerrarla se conserva todo lo guardado.</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>Cerrarla</translation>
    </message>
    <message>
        <source>Close the interrupted session (keep what was recorded)</source>
        <translation>Cerrar la sesión interrumpida (se conserva lo guardado)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Resume the interrupted session. {where}</source>
        <translation>Seguir con la sesión interrumpida. {where}</translation>
    </message>
    <message>
        <source>It could not be closed: {exc}</source>
        <translation>No se ha podido cerrar: {exc}</translation>
    </message>
    <message>
        <source>{dose} min</source>
        <translation>{dose} min</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is {times}× daily this week: your sessions include {in_sessions}, and you can log {left:g} more walk{left2} of {minutes} on its own today.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {times} veces al día esta semana. Tus sesiones incluyen {in_sessions} y hoy puedes anotar {left:g} paseo(s) más de {minutes} por separado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: ✓ today&apos;s extra walk{allowed} logged ({done} of {allowed2}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: ✓ paseos extra de hoy anotados ({done} de {allowed2}).</translation>
    </message>
    <message>
        <source>Log a walk</source>
        <translation>Anotar un paseo</translation>
    </message>
    <message>
        <source>Log a walk on its own</source>
        <translation>Anotar un paseo por separado</translation>
    </message>
    <message>
        <source>{m} minute{m2}</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{mins} {r} second{r2}</source>
        <translation>{mins} {r} s</translation>
    </message>
    <message>
        <source>{s} second{s2}</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {r} s</source>
        <translation>{m} min {r} s</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>Get ready to start</source>
        <translation>Prepárate para empezar</translation>
    </message>
    <message>
        <source>How did it feel?</source>
        <translation>¿Cómo ha ido?</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sesión completada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation>Colócate en posición</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Release slowly</source>
        <translation>Suelta despacio</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>Switch to the {side} side</source>
        <translation>Cambia al lado {side}</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Your pace: press Space after each rep</source>
        <translation>A tu ritmo: pulsa Espacio tras cada repetición</translation>
    </message>
    <message>
        <source>Move slowly</source>
        <translation>Muévete despacio</translation>
    </message>
    <message>
        <source>Ease back</source>
        <translation>Vuelve despacio</translation>
    </message>
    <message>
        <source>Target reached: keep going or finish</source>
        <translation>Objetivo alcanzado: sigue o termina</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Caminando</translation>
    </message>
    <message>
        <source>Practising</source>
        <translation>Practicando</translation>
    </message>
    <message>
        <source>until it starts</source>
        <translation>hasta que empiece</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Pulsa Espacio para empezar</translation>
    </message>
    <message>
        <source>of {reps} reps done</source>
        <translation>de {reps} repeticiones hechas</translation>
    </message>
    <message>
        <source>of {tgt} target</source>
        <translation>de {tgt} de objetivo</translation>
    </message>
    <message>
        <source> (up to {max_seconds})</source>
        <translation> (hasta {max_seconds})</translation>
    </message>
    <message>
        <source>time practised</source>
        <translation>tiempo de práctica</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>segundos restantes</translation>
    </message>
    <message>
        <source>second left</source>
        <translation>segundo restante</translation>
    </message>
    <message>
        <source>left</source>
        <comment>time remaining</comment>
        <translation>restantes</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>rest {rest} s, then rep {rep} of {reps}</source>
        <translation>descanso de {rest} s y luego repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>switch to the {side} side</source>
        <translation>cambia al lado {side}</translation>
    </message>
    <message>
        <source>rest {rest} s, then set {set} of {sets}</source>
        <translation>descanso de {rest} s y luego serie {set} de {sets}</translation>
    </message>
    <message>
        <source>a quick check-in</source>
        <translation>una pregunta rápida de cómo ha ido</translation>
    </message>
    <message>
        <source>, then {next_name}</source>
        <translation>, luego {next_name}</translation>
    </message>
    <message>
        <source>, {sides} side first</source>
        <translation>, primero el lado {sides}</translation>
    </message>
    <message>
        <source>, {sides} side</source>
        <translation>, lado {sides}</translation>
    </message>
    <message>
        <source>Today: {planned_text}{first}</source>
        <translation>Hoy: {planned_text}{first}</translation>
    </message>
    <message>
        <source>Then hold {hold_seconds} s</source>
        <translation>Luego mantén {hold_seconds} s</translation>
    </message>
    <message>
        <source>Then {reps} slow reps</source>
        <translation>Luego {reps} repeticiones lentas</translation>
    </message>
    <message>
        <source> on the {side} side</source>
        <translation> en el lado {side}</translation>
    </message>
    <message>
        <source>Then release, then </source>
        <translation>Luego suelta y después </translation>
    </message>
    <message>
        <source>Then </source>
        <translation>Luego </translation>
    </message>
    <message>
        <source> · {side} side</source>
        <translation> · lado {side}</translation>
    </message>
    <message>
        <source>Rest, then rep {rep} of {reps}{side}</source>
        <translation>Descanso y luego repetición {rep} de {reps}{side}</translation>
    </message>
    <message>
        <source>Rest, then set {set} of {sets}{side}</source>
        <translation>Descanso y luego serie {set} de {sets}{side}</translation>
    </message>
    <message>
        <source>{n} hold</source>
        <translation>{n} mantenimiento</translation>
    </message>
    <message>
        <source>{n} holds</source>
        <translation>{n} mantenimientos</translation>
    </message>
    <message>
        <source>{n} rep</source>
        <translation>{n} repetición</translation>
    </message>
    <message>
        <source>{n} reps</source>
        <translation>{n} repeticiones</translation>
    </message>
    <message>
        <source>Next: {count} on the {side} side</source>
        <translation>Siguiente: {count} en el lado {side}</translation>
    </message>
    <message>
        <source>Then switch to the {side} side</source>
        <translation>Luego cambia al lado {side}</translation>
    </message>
    <message>
        <source>Then rest, then set {set} of {sets}</source>
        <translation>Luego descanso y después serie {set} de {sets}</translation>
    </message>
    <message>
        <source>Then a quick check-in</source>
        <translation>Luego una pregunta rápida de cómo ha ido</translation>
    </message>
    <message>
        <source> (up to {max_seconds} min)</source>
        <translation> (hasta {max_seconds} min)</translation>
    </message>
    <message>
        <source>Finish when you are ready, or extend{top}</source>
        <translation>Termina cuando quieras, o alarga{top}</translation>
    </message>
    <message>
        <source>Target {target}; finish whenever you want to</source>
        <translation>Objetivo {target}; termina cuando quieras</translation>
    </message>
    <message>
        <source>Take your time; press Done when you have finished</source>
        <translation>Tómate tu tiempo; pulsa Hecho cuando termines</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>{done} of {reps} reps done</source>
        <translation>{done} de {reps} repeticiones hechas</translation>
    </message>
    <message>
        <source>{elapsed} walked of {target}</source>
        <translation>{elapsed} caminados de {target}</translation>
    </message>
    <message>
        <source>{elapsed} practised</source>
        <translation>{elapsed} de práctica</translation>
    </message>
    <message>
        <source>{phase_left} left</source>
        <translation>quedan {phase_left}</translation>
    </message>
    <message>
        <source>press Space to start</source>
        <translation>pulsa Espacio para empezar</translation>
    </message>
    <message>
        <source>on the {side_index} side</source>
        <translation>en el lado {side_index}</translation>
    </message>
    <message>
        <source>in set {set} of {sets}</source>
        <translation>en la serie {set} de {sets}</translation>
    </message>
    <message>
        <source>Starting this exercise again</source>
        <translation>Volviendo a empezar este ejercicio</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Paused · {label}</source>
        <translation>En pausa · {label}</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Exercise {current} of {names}: {cur}.</source>
        <translation>Ejercicio {current} de {names}: {cur}.</translation>
    </message>
    <message>
        <source> Done: </source>
        <translation> Hecho: </translation>
    </message>
    <message>
        <source> Skipped: </source>
        <translation> Saltado: </translation>
    </message>
    <message>
        <source> The session stopped because of: </source>
        <translation> La sesión se paró por: </translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Step {i}{now}: {i2}</source>
        <translation>Paso {i}{now}: {i2}</translation>
    </message>
    <message>
        <source>, now</source>
        <translation>, ahora</translation>
    </message>
    <message>
        <source>Before you start: how much pain do you have right now?</source>
        <translation>Antes de empezar: ¿cuánto dolor tienes ahora mismo?</translation>
    </message>
    <message>
        <source>How much pain do you have now?</source>
        <translation>¿Cuánto dolor tienes ahora?</translation>
    </message>
    <message>
        <source>Press a number key (for 10, press 1 then 0), or choose on the scale. Optional.</source>
        <translation>Pulsa una tecla de número (para 10, pulsa 1 y luego 0) o elige en la escala. Opcional.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{question}&lt;/b&gt; (0 no pain, 10 the worst)</source>
        <translation>&lt;b&gt;{question}&lt;/b&gt; (0 sin dolor, 10 el peor)</translation>
    </message>
    <message>
        <source>Pain now, before the session</source>
        <translation>Dolor ahora, antes de la sesión</translation>
    </message>
    <message>
        <source>Pain now, after the session</source>
        <translation>Dolor ahora, después de la sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;{question}&lt;/b&gt; Noted: {value} of 10.</source>
        <translation>&lt;b&gt;{question}&lt;/b&gt; Anotado: {value} de 10.</translation>
    </message>
</context>
<context>
    <name>program</name>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>buttock</source>
        <translation>glúteo</translation>
    </message>
    <message>
        <source>core</source>
        <translation>abdomen</translation>
    </message>
    <message>
        <source>hip</source>
        <translation>cadera</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lumbar</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>muslo</translation>
    </message>
    <message>
        <source>whole body</source>
        <translation>todo el cuerpo</translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <source>Assign program</source>
        <translation>Asignar el programa</translation>
    </message>
    <message>
        <source>Give {who} the program “{value}”?</source>
        <translation>¿Dar a {who} el programa «{value}»?</translation>
    </message>
    <message>
        <source>Start at week 1 today ({today})</source>
        <translation>Empezar por la semana 1 hoy ({today})</translation>
    </message>
    <message>
        <source>Start the program at week 1 today</source>
        <translation>Empezar el programa por la semana 1 hoy</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>Today becomes day 1 of week 1. The history is kept: sessions and diary days already recorded stay as they are.</source>
        <translation>Hoy pasa a ser el día 1 de la semana 1. El historial se conserva: las sesiones y los días de diario ya registrados se quedan como están.</translation>
    </message>
    <message>
        <source>The start date stays {start}, so the program continues at the week that date gives. The history is kept.</source>
        <translation>La fecha de inicio sigue siendo el {start}, así que el programa continúa en la semana que corresponde a esa fecha. El historial se conserva.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Week {w}: {w2} ({exercises} exercises)</source>
        <translation>Semana {w}: {w2} ({exercises} ejercicios)</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Semana:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>Se&amp;sión:</translation>
    </message>
    <message>
        <source>{name}: {exercises} exercises</source>
        <translation>{name}: {exercises} ejercicios</translation>
    </message>
    <message>
        <source>Preview of week {week_number}, {name} session</source>
        <translation>Vista previa de la semana {week_number}, sesión ({name})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; of {program}: week {week_number}, {name} session. Nothing is recorded. Stop or finish to go back.</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt; de {program}: semana {week_number}, sesión ({name}). No se registra nada. Para o termina para volver.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview:&lt;/b&gt; nothing is recorded. Stop or finish to go back.</source>
        <translation>&lt;b&gt;Vista previa:&lt;/b&gt; no se registra nada. Para o termina para volver.</translation>
    </message>
    <message>
        <source>Not recorded (preview): </source>
        <translation>No registrado (vista previa): </translation>
    </message>
    <message>
        <source>Back  (Space)</source>
        <translation>Volver  (Espacio)</translation>
    </message>
    <message>
        <source>Back to where the preview was opened (Space)</source>
        <translation>Volver a donde se abrió la vista previa (Espacio)</translation>
    </message>
    <message>
        <source>Nothing to preview</source>
        <translation>Nada que previsualizar</translation>
    </message>
    <message>
        <source>Week {week_number} has no exercises in that session.</source>
        <translation>La semana {week_number} no tiene ejercicios en esa sesión.</translation>
    </message>
    <message>
        <source>Not given (the handout says “your affected side”)</source>
        <translation>Sin indicar (la hoja dice «tu lado afectado»)</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Ambas piernas</translation>
    </message>
    <message>
        <source>Print a handout</source>
        <translation>Imprimir una hoja de ejercicios</translation>
    </message>
    <message>
        <source>Handout options, scrollable</source>
        <translation>Opciones de la hoja, con desplazamiento</translation>
    </message>
    <message>
        <source>Handout of “{program}”</source>
        <translation>Hoja de «{program}»</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Weeks to print</source>
        <translation>Semanas que imprimir</translation>
    </message>
    <message>
        <source>Week {w}: {w2}</source>
        <translation>Semana {w}: {w2}</translation>
    </message>
    <message>
        <source>The patient&apos;s name (optional)</source>
        <translation>El nombre del paciente (opcional)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>The leg with symptoms</source>
        <translation>La pierna con síntomas</translation>
    </message>
    <message>
        <source>Your contact lines, one per line (optional)</source>
        <translation>Tus datos de contacto, uno por línea (opcional)</translation>
    </message>
    <message>
        <source>e.g. Jo Park, physiotherapist
01234 567890 (without them the handout has lines to write on)</source>
        <translation>p. ej., Jo Park, fisioterapeuta
01234 567890 (sin ellos la hoja trae líneas para escribirlos)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Leg with symptoms:</source>
        <translation>&amp;Pierna con síntomas:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <source>A note per exercise (optional; without one the handout has a line to write on)</source>
        <translation>Una nota por ejercicio (opcional; sin ella la hoja trae una línea para escribirla)</translation>
    </message>
    <message>
        <source>Notes per exercise</source>
        <translation>Notas por ejercicio</translation>
    </message>
    <message>
        <source>&amp;Save the PDF…</source>
        <translation>&amp;Guardar el PDF…</translation>
    </message>
    <message>
        <source>Note for {name}</source>
        <translation>Nota para {name}</translation>
    </message>
    <message>
        <source>-week-</source>
        <translation>-semana-</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Guardar la hoja de ejercicios</translation>
    </message>
    <message>
        <source>{safe}{which}.pdf</source>
        <translation>{safe}{which}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>.pdf</source>
        <translation>.pdf</translation>
    </message>
    <message>
        <source>The handout was not saved</source>
        <translation>La hoja de ejercicios no se ha guardado</translation>
    </message>
    <message>
        <source>week {w}</source>
        <translation>semana {w}</translation>
    </message>
    <message>
        <source>weeks {w} to {w2}</source>
        <translation>semanas {w} a {w2}</translation>
    </message>
    <message>
        <source>weeks </source>
        <translation>semanas </translation>
    </message>
    <message>
        <source>Program editor</source>
        <translation>Editor de programas</translation>
    </message>
    <message>
        <source>↶ &amp;Undo</source>
        <translation>↶ &amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>↷ &amp;Redo</source>
        <translation>↷ &amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>▶ Pre&amp;view…</source>
        <translation>▶ &amp;Vista previa…</translation>
    </message>
    <message>
        <source>Preview a week in the player</source>
        <translation>Previsualizar una semana en el reproductor</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>&amp;Hoja…</translation>
    </message>
    <message>
        <source>Print a handout of the program or of chosen weeks (PDF)</source>
        <translation>Imprimir una hoja del programa o de las semanas elegidas (PDF)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Cerrar el editor</translation>
    </message>
    <message>
        <source>Problems and warnings: press Enter on a problem to go to its place</source>
        <translation>Problemas y avisos: pulsa Intro en un problema para ir a su sitio</translation>
    </message>
    <message>
        <source>Add &amp;week</source>
        <translation>Añadir se&amp;mana</translation>
    </message>
    <message>
        <source>Add a week after the selected one</source>
        <translation>Añadir una semana tras la elegida</translation>
    </message>
    <message>
        <source>Cop&amp;y week</source>
        <translation>Co&amp;piar la semana</translation>
    </message>
    <message>
        <source>Copy the selected week</source>
        <translation>Copiar la semana elegida</translation>
    </message>
    <message>
        <source>Add e&amp;xercises…</source>
        <translation>Añadir e&amp;jercicios…</translation>
    </message>
    <message>
        <source>Add exercises from the library</source>
        <translation>Añadir ejercicios de la biblioteca</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Subir</translation>
    </message>
    <message>
        <source>Move the selected week or exercise up (Alt+Up)</source>
        <translation>Subir la semana o el ejercicio elegido (Alt+Arriba)</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Bajar</translation>
    </message>
    <message>
        <source>Move the selected week or exercise down (Alt+Down)</source>
        <translation>Bajar la semana o el ejercicio elegido (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected week or exercise</source>
        <translation>Quitar la semana o el ejercicio elegido</translation>
    </message>
    <message>
        <source>Program settings form</source>
        <translation>Formulario de ajustes del programa</translation>
    </message>
    <message>
        <source>Week form</source>
        <translation>Formulario de la semana</translation>
    </message>
    <message>
        <source>Exercise form</source>
        <translation>Formulario del ejercicio</translation>
    </message>
    <message>
        <source>Remove week {sel}</source>
        <translation>Quitar la semana {sel}</translation>
    </message>
    <message>
        <source>Remove the selected exercise</source>
        <translation>Quitar el ejercicio elegido</translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation>semana {value}</translation>
    </message>
    <message>
        <source> · Removed: Undo (Ctrl+Z) brings it back.</source>
        <translation> · Quitado: Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>Choose a picture for this step</source>
        <translation>Elige una imagen para este paso</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The picture was not copied</source>
        <translation>La imagen no se ha copiado</translation>
    </message>
    <message>
        <source>Edit program: {no}</source>
        <translation>Editar el programa: {no}</translation>
    </message>
    <message>
        <source>A new program, not saved yet</source>
        <translation>Un programa nuevo, aún sin guardar</translation>
    </message>
    <message>
        <source>A new program with unsaved changes</source>
        <translation>Un programa nuevo con cambios sin guardar</translation>
    </message>
    <message>
        <source>Unsaved changes · {name}</source>
        <translation>Cambios sin guardar · {name}</translation>
    </message>
    <message>
        <source>All changes saved · {name}</source>
        <translation>Todos los cambios guardados · {name}</translation>
    </message>
    <message>
        <source> · ⚠ {problems} problem, listed under the form</source>
        <translation> · ⚠ {problems} problema, indicado bajo el formulario</translation>
    </message>
    <message>
        <source> · ⚠ {problems} problems, listed under the form</source>
        <translation> · ⚠ {problems} problemas, indicados bajo el formulario</translation>
    </message>
    <message>
        <source> · {warnings} warning under the form</source>
        <translation> · {warnings} aviso bajo el formulario</translation>
    </message>
    <message>
        <source> · {warnings} warnings under the form</source>
        <translation> · {warnings} avisos bajo el formulario</translation>
    </message>
    <message>
        <source>Undo {undo_label} (Ctrl+Z)</source>
        <translation>Deshacer {undo_label} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Redo {redo_label} (Ctrl+Shift+Z)</source>
        <translation>Rehacer {redo_label} (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>Undo (nothing to undo)</source>
        <translation>Deshacer (nada que deshacer)</translation>
    </message>
    <message>
        <source>Redo (nothing to redo)</source>
        <translation>Rehacer (nada que rehacer)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} problem&lt;/b&gt; (as &lt;code&gt;coach validate&lt;/code&gt; reports them for the file that would be saved; the program can be saved but not assigned until they are fixed)</source>
        <translation>&lt;b&gt;{n} problema&lt;/b&gt; (tal como los indica &lt;code&gt;coach validate&lt;/code&gt; para el archivo que se guardaría; el programa se puede guardar, pero no asignar hasta que se corrijan)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} problems&lt;/b&gt; (as &lt;code&gt;coach validate&lt;/code&gt; reports them for the file that would be saved; the program can be saved but not assigned until they are fixed)</source>
        <translation>&lt;b&gt;{n} problemas&lt;/b&gt; (tal como los indica &lt;code&gt;coach validate&lt;/code&gt; para el archivo que se guardaría; el programa se puede guardar, pero no asignar hasta que se corrijan)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{warnings} warning&lt;/b&gt; about how full a session is</source>
        <translation>&lt;b&gt;{warnings} aviso&lt;/b&gt; sobre lo llena que está una sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;{warnings} warnings&lt;/b&gt; about how full a session is</source>
        <translation>&lt;b&gt;{warnings} avisos&lt;/b&gt; sobre lo llena que está una sesión</translation>
    </message>
    <message>
        <source>{what}: fix the problems first</source>
        <translation>{what}: primero corrige los problemas</translation>
    </message>
    <message>
        <source>The program has {n} problem (listed at the top of the editor). {what} works once they are fixed.</source>
        <translation>El programa tiene {n} problema (indicado arriba en el editor). {what} funciona cuando se corrija.</translation>
    </message>
    <message>
        <source>The program has {n} problems (listed at the top of the editor). {what} works once they are fixed.</source>
        <translation>El programa tiene {n} problemas (indicados arriba en el editor). {what} funciona cuando se corrijan.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>{users} {use} this program, so it can only be saved without problems. Fix the problems listed at the top first.</source>
        <translation>{users} {use} este programa, así que solo se puede guardar sin problemas. Corrige primero los problemas indicados arriba.</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>¿Guardar con problemas?</translation>
    </message>
    <message>
        <source>The program has {problems} problem.</source>
        <translation>El programa tiene {problems} problema.</translation>
    </message>
    <message>
        <source>The program has {problems} problems.</source>
        <translation>El programa tiene {problems} problemas.</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
    <message>
        <source>It cannot be assigned to a profile, previewed or printed until they are fixed.</source>
        <translation>No se puede asignar a un perfil, previsualizar ni imprimir hasta que se corrijan.</translation>
    </message>
    <message>
        <source>Saved as {name} in {parent}.</source>
        <translation>Guardado como {name} en {parent}.</translation>
    </message>
    <message>
        <source>The program “{program}”</source>
        <translation>El programa «{program}»</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview a session</source>
        <translation>Previsualizar una sesión</translation>
    </message>
    <message>
        <source>The handout</source>
        <translation>La hoja de ejercicios</translation>
    </message>
    <message>
        <source>Handout of {program} saved as {name} in {parent}.</source>
        <translation>Hoja de {program} guardada como {name} en {parent}.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Steps of the exercise</source>
        <translation>Pasos del ejercicio</translation>
    </message>
    <message>
        <source>Week 1</source>
        <translation>Semana 1</translation>
    </message>
    <message>
        <source>{exercises} exercises</source>
        <translation>{exercises} ejercicios</translation>
    </message>
    <message>
        <source>about {minutes} minutes of exercises (walks not counted)</source>
        <translation>unos {minutes} minutos de ejercicios (sin contar los paseos)</translation>
    </message>
    <message>
        <source>{slot_name}: {n} exercise{n2}, about {minutes} min of exercises at the top of every range</source>
        <translation>{slot_name}: {n} ejercicio(s), unos {minutes} min de ejercicios en lo más alto de cada rango</translation>
    </message>
    <message>
        <source>, plus {walk_minutes} min of walking</source>
        <translation>, más {walk_minutes} min de paseo</translation>
    </message>
    <message>
        <source> (no walk in this session)</source>
        <translation> (sin paseo en esta sesión)</translation>
    </message>
    <message>
        <source>{id!r} is already used by another program (give this program its own id)</source>
        <translation>{id!r} ya lo usa otro programa (da a este programa su propio id)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>Progresión</translation>
    </message>
    <message>
        <source>Week {i}</source>
        <translation>Semana {i}</translation>
    </message>
    <message>
        <source>Add week</source>
        <translation>Añadir semana</translation>
    </message>
    <message>
        <source>Copy week</source>
        <translation>Copiar la semana</translation>
    </message>
    <message>
        <source>Remove week</source>
        <translation>Quitar la semana</translation>
    </message>
    <message>
        <source>Move week</source>
        <translation>Mover la semana</translation>
    </message>
    <message>
        <source>Week </source>
        <translation>Semana </translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Añadir {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Move exercise</source>
        <translation>Mover el ejercicio</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Describe this step.</source>
        <translation>Describe este paso.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Mover paso</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Texto del paso</translation>
    </message>
    <message>
        <source>Step figure</source>
        <translation>Figura del paso</translation>
    </message>
    <message>
        <source>Step picture</source>
        <translation>Imagen del paso</translation>
    </message>
    <message>
        <source>Add a step after the selected one</source>
        <translation>Añadir un paso tras el elegido</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Quitar el paso elegido</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>Subir el paso</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>Bajar el paso</translation>
    </message>
    <message>
        <source>Step text: one short instruction</source>
        <translation>Texto del paso: una instrucción breve</translation>
    </message>
    <message>
        <source>One short instruction</source>
        <translation>Una instrucción breve</translation>
    </message>
    <message>
        <source>Figure for this step, from the figure library</source>
        <translation>Figura para este paso, de la biblioteca de figuras</translation>
    </message>
    <message>
        <source>(no figure)</source>
        <translation>(sin figura)</translation>
    </message>
    <message>
        <source>Use an image file…</source>
        <translation>Usar un archivo de imagen…</translation>
    </message>
    <message>
        <source>Use an image file for this step instead</source>
        <translation>Usar un archivo de imagen para este paso</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Quitar la imagen</translation>
    </message>
    <message>
        <source>Remove the image from this step</source>
        <translation>Quitar la imagen de este paso</translation>
    </message>
    <message>
        <source>Step &amp;text:</source>
        <translation>&amp;Texto del paso:</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Figura:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Imagen:</translation>
    </message>
    <message>
        <source>Preview the movement: start position to key position</source>
        <translation>Previsualizar el movimiento: posición inicial a posición clave</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys: start position ← → key position</source>
        <translation>Arrastra o usa las flechas: posición inicial ← → posición clave</translation>
    </message>
    <message>
        <source>  (no picture)</source>
        <translation>  (sin imagen)</translation>
    </message>
    <message>
        <source>Unknown figure {figure!r}</source>
        <translation>Figura desconocida {figure!r}</translation>
    </message>
    <message>
        <source>Image: {image}</source>
        <translation>Imagen: {image}</translation>
    </message>
    <message>
        <source>No image (a figure or nothing)</source>
        <translation>Sin imagen (una figura o nada)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Exercise name</source>
        <translation>Nombre del ejercicio</translation>
    </message>
    <message>
        <source>Exercise id: lower-case letters, digits and dashes</source>
        <translation>Id del ejercicio: minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>Kind of exercise</source>
        <translation>Tipo de ejercicio</translation>
    </message>
    <message>
        <source>Summary (optional)</source>
        <translation>Resumen (opcional)</translation>
    </message>
    <message>
        <source>A short description</source>
        <translation>Una descripción breve</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Body region (used to search the library)</source>
        <translation>Región del cuerpo (sirve para buscar en la biblioteca)</translation>
    </message>
    <message>
        <source>Nerve glide</source>
        <translation>Deslizamiento neural</translation>
    </message>
    <message>
        <source>Nerve glide: mild tingling is acceptable</source>
        <translation>Deslizamiento neural: un hormigueo leve es aceptable</translation>
    </message>
    <message>
        <source>The check-in then says mild tingling is acceptable.</source>
        <translation>La pregunta de cómo ha ido dirá entonces que un hormigueo leve es aceptable.</translation>
    </message>
    <message>
        <source>An alternative to another exercise of this week (chosen per profile)</source>
        <translation>Una alternativa a otro ejercicio de esta semana (se elige por perfil)</translation>
    </message>
    <message>
        <source>Cautions, one per line</source>
        <translation>Precauciones, una por línea</translation>
    </message>
    <message>
        <source>One caution per line</source>
        <translation>Una precaución por línea</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Summ&amp;ary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>Sid&amp;es:</source>
        <translation>La&amp;dos:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <source>Alternati&amp;ve to:</source>
        <translation>Alternati&amp;va a:</translation>
    </message>
    <message>
        <source>Cauti&amp;ons:</source>
        <translation>Preca&amp;uciones:</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <source>Rest after each rep or hold, seconds</source>
        <translation>Descanso tras cada repetición o mantenimiento, en segundos</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Descanso entre series, en segundos</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Tempo: seconds to move</source>
        <translation>Tempo: segundos para moverse</translation>
    </message>
    <message>
        <source>Tempo: seconds to hold</source>
        <translation>Tempo: segundos de mantenimiento</translation>
    </message>
    <message>
        <source>Tempo: seconds to come back</source>
        <translation>Tempo: segundos para volver</translation>
    </message>
    <message>
        <source>Reps:</source>
        <translation>Repeticiones:</translation>
    </message>
    <message>
        <source>Sets:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>Mantener:</translation>
    </message>
    <message>
        <source>Times a day:</source>
        <translation>Veces al día:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Rest after each rep (s):</source>
        <translation>Descanso tras cada repetición (s):</translation>
    </message>
    <message>
        <source>Rest between sets (s):</source>
        <translation>Descanso entre series (s):</translation>
    </message>
    <message>
        <source>&amp;Pacing:</source>
        <translation>&amp;Ritmo:</translation>
    </message>
    <message>
        <source>Tempo: move (s):</source>
        <translation>Tempo: moverse (s):</translation>
    </message>
    <message>
        <source>Tempo: hold (s):</source>
        <translation>Tempo: mantener (s):</translation>
    </message>
    <message>
        <source>Tempo: back (s):</source>
        <translation>Tempo: volver (s):</translation>
    </message>
    <message>
        <source>A range (low to high) starts at the low end and steps up after tolerated sessions; one number: the same at both ends.</source>
        <translation>Un rango (de mínimo a máximo) empieza por el mínimo y sube tras sesiones toleradas; un solo número: igual en los dos extremos.</translation>
    </message>
    <message>
        <source>— none: an exercise of the program</source>
        <translation>— ninguno: un ejercicio del programa</translation>
    </message>
    <message>
        <source>{option_of} (not in this week)</source>
        <translation>{option_of} (no está en esta semana)</translation>
    </message>
    <message>
        <source>Other exercises are alternatives to this one, so it cannot be one itself.</source>
        <translation>Otros ejercicios son alternativas a este, así que no puede ser una alternativa.</translation>
    </message>
    <message>
        <source>Not done unless a physiotherapist chooses it for a profile (Programs → Exercise options) in place of the exercise named.</source>
        <translation>No se hace salvo que un fisioterapeuta lo elija para un perfil (Programas → Opciones de ejercicio) en lugar del ejercicio indicado.</translation>
    </message>
    <message>
        <source>Week {week}, exercise {index}: {name}</source>
        <translation>Semana {week}, ejercicio {index}: {name}</translation>
    </message>
    <message>
        <source>Dose in words: {dose_text}</source>
        <translation>Dosis en palabras: {dose_text}</translation>
    </message>
    <message>
        <source>Hold: hold for some seconds, a number of times</source>
        <translation>Mantener: mantener unos segundos, varias veces</translation>
    </message>
    <message>
        <source>Reps: repetitions in sets, tapped or paced</source>
        <translation>Repeticiones: repeticiones en series, con toque o con tempo</translation>
    </message>
    <message>
        <source>Duration: a timer in minutes (walking)</source>
        <translation>Duración: un temporizador en minutos (caminar)</translation>
    </message>
    <message>
        <source>Practice: open-ended, marked done</source>
        <translation>Práctica: sin límite fijo, se marca como hecha</translation>
    </message>
    <message>
        <source>Both legs together (no sides)</source>
        <translation>Las dos piernas a la vez (sin lados)</translation>
    </message>
    <message>
        <source>Each side: one side, then the other</source>
        <translation>A cada lado: un lado y luego el otro</translation>
    </message>
    <message>
        <source>The affected side only</source>
        <translation>Solo el lado afectado</translation>
    </message>
    <message>
        <source>Self-paced: a tap counts each rep</source>
        <translation>A su ritmo: un toque cuenta cada repetición</translation>
    </message>
    <message>
        <source>Paced by a tempo</source>
        <translation>Con un tempo</translation>
    </message>
    <message>
        <source>Program settings</source>
        <translation>Ajustes del programa</translation>
    </message>
    <message>
        <source>Program title</source>
        <translation>Título del programa</translation>
    </message>
    <message>
        <source>Program id: lower-case letters, digits and dashes</source>
        <translation>Id del programa: minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>The id follows the title until you change it.</source>
        <translation>El id sigue al título hasta que lo cambies.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>One or two sentences about the program</source>
        <translation>Una o dos frases sobre el programa</translation>
    </message>
    <message>
        <source>Source (optional)</source>
        <translation>Fuente (opcional)</translation>
    </message>
    <message>
        <source>Where the program comes from</source>
        <translation>De dónde procede el programa</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>Sesiones al día</translation>
    </message>
    <message>
        <source>Guidelines, one per line</source>
        <translation>Pautas, una por línea</translation>
    </message>
    <message>
        <source>One rule per line, e.g. Stop if you feel sharp pain.</source>
        <translation>Una regla por línea, p. ej.: Para si notas un dolor agudo.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>F&amp;uente:</translation>
    </message>
    <message>
        <source>Sessions a d&amp;ay:</source>
        <translation>Sesiones al dí&amp;a:</translation>
    </message>
    <message>
        <source>Session names:</source>
        <translation>Nombres de las sesiones:</translation>
    </message>
    <message>
        <source>&amp;Guidelines:</source>
        <translation>&amp;Pautas:</translation>
    </message>
    <message>
        <source>Progression thresholds</source>
        <translation>Umbrales de progresión</translation>
    </message>
    <message>
        <source>Sessions done before moving on, in percent</source>
        <translation>Sesiones hechas antes de avanzar, en porcentaje</translation>
    </message>
    <message>
        <source>Recent sessions that must be free of tingling outside a nerve glide</source>
        <translation>Sesiones recientes que deben estar libres de hormigueo fuera de un deslizamiento neural</translation>
    </message>
    <message>
        <source>Largest rise in average pain that still counts as tolerated</source>
        <translation>Mayor subida del dolor medio que aún cuenta como tolerada</translation>
    </message>
    <message>
        <source>Tolerated sessions in a row before a range dose steps up</source>
        <translation>Sesiones toleradas seguidas antes de que suba una dosis con rango</translation>
    </message>
    <message>
        <source>Sessions done to move on:</source>
        <translation>Sesiones hechas para avanzar:</translation>
    </message>
    <message>
        <source>Sessions free of tingling:</source>
        <translation>Sesiones sin hormigueo:</translation>
    </message>
    <message>
        <source>Largest pain rise (0–10):</source>
        <translation>Mayor subida del dolor (0–10):</translation>
    </message>
    <message>
        <source>Tolerated sessions to step up:</source>
        <translation>Sesiones toleradas para subir:</translation>
    </message>
    <message>
        <source>Name of session {i}</source>
        <translation>Nombre de la sesión {i}</translation>
    </message>
    <message>
        <source>Week title</source>
        <translation>Título de la semana</translation>
    </message>
    <message>
        <source>e.g. Gentle mobilization</source>
        <translation>p. ej., Movilización suave</translation>
    </message>
    <message>
        <source>Goals of the week, one per line</source>
        <translation>Objetivos de la semana, uno por línea</translation>
    </message>
    <message>
        <source>One goal per line</source>
        <translation>Un objetivo por línea</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>Add from the &amp;library…</source>
        <translation>Añadir de la &amp;biblioteca…</translation>
    </message>
    <message>
        <source>Add exercises from the library to this week</source>
        <translation>Añadir a esta semana ejercicios de la biblioteca</translation>
    </message>
    <message>
        <source>Week {w}</source>
        <translation>Semana {w}</translation>
    </message>
    <message>
        <source>
    or {name} (an alternative)</source>
        <translation>
    o {name} (una alternativa)</translation>
    </message>
    <message>
        <source>No exercises yet: add some from the library.</source>
        <translation>Aún no hay ejercicios: añade algunos de la biblioteca.</translation>
    </message>
    <message>
        <source>Add exercises to {week_label}</source>
        <translation>Añadir ejercicios a {week_label}</translation>
    </message>
    <message>
        <source>Exercise library: add exercises to {week_label}</source>
        <translation>Biblioteca de ejercicios: añadir ejercicios a {week_label}</translation>
    </message>
    <message>
        <source>Search by name or body region, e.g. plank, stretch, hip</source>
        <translation>Busca por nombre o región del cuerpo, p. ej.: plancha, estiramiento, cadera</translation>
    </message>
    <message>
        <source>Search the exercise library by name or body region</source>
        <translation>Buscar en la biblioteca de ejercicios por nombre o región del cuerpo</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Body region</source>
        <translation>Región del cuerpo</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Exercises found</source>
        <translation>Ejercicios encontrados</translation>
    </message>
    <message>
        <source>The selected exercise: dose, picture, steps and cautions</source>
        <translation>El ejercicio elegido: dosis, imagen, pasos y precauciones</translation>
    </message>
    <message>
        <source>&amp;Add to the week</source>
        <translation>&amp;Añadir a la semana</translation>
    </message>
    <message>
        <source>Add the selected exercise to the week</source>
        <translation>Añadir el ejercicio elegido a la semana</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Close the library</source>
        <translation>Cerrar la biblioteca</translation>
    </message>
    <message>
        <source>{n} exercise found</source>
        <translation>{n} ejercicio encontrado</translation>
    </message>
    <message>
        <source>{n} exercises found</source>
        <translation>{n} ejercicios encontrados</translation>
    </message>
    <message>
        <source>Nothing found: try fewer or other words, or all regions.</source>
        <translation>No se ha encontrado nada: prueba con menos palabras u otras, o con todas las regiones.</translation>
    </message>
    <message>
        <source>Added: {added}.</source>
        <translation>Añadido: {added}.</translation>
    </message>
    <message>
        <source>Default dose: {dose_text} (you can change it after adding)</source>
        <translation>Dosis por defecto: {dose_text} (puedes cambiarla tras añadirlo)</translation>
    </message>
    <message>
        <source>Program outline: settings, weeks and their exercises</source>
        <translation>Esquema del programa: ajustes, semanas y sus ejercicios</translation>
    </message>
    <message>
        <source>Week {w}: {no}</source>
        <translation>Semana {w}: {no}</translation>
    </message>
    <message>
        <source>    or {name}</source>
        <translation>    o {name}</translation>
    </message>
    <message>
        <source>{name}, an alternative to {main}: {dose_text}</source>
        <translation>{name}, una alternativa a {main}: {dose_text}</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Programs: built-in and your own</source>
        <translation>Programas: incluidos y propios</translation>
    </message>
    <message>
        <source>Exercise options</source>
        <translation>Opciones de ejercicio</translation>
    </message>
    <message>
        <source>Exercise options for the profile in use</source>
        <translation>Opciones de ejercicio para el perfil en uso</translation>
    </message>
    <message>
        <source>▶ Pre&amp;view a session…</source>
        <translation>▶ &amp;Vista previa…</translation>
    </message>
    <message>
        <source>Preview a session of the selected program (nothing is recorded)</source>
        <translation>Previsualizar una sesión del programa elegido (no se registra nada)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the program file</source>
        <translation>Exportar el archivo del programa</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the selected program</source>
        <translation>Editar el programa elegido</translation>
    </message>
    <message>
        <source>Assign the program to the profile in use</source>
        <translation>Asignar el programa al perfil en uso</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Programa nuevo</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected program</source>
        <translation>Duplicar el programa elegido</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importar un archivo…</translation>
    </message>
    <message>
        <source>Import a program file</source>
        <translation>Importar un archivo de programa</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Delete the selected program</source>
        <translation>Borrar el programa elegido</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ válido</translation>
    </message>
    <message>
        <source>⚠ {problems} problem</source>
        <translation>⚠ {problems} problema</translation>
    </message>
    <message>
        <source>⚠ {problems} problems</source>
        <translation>⚠ {problems} problemas</translation>
    </message>
    <message>
        <source> · ● in use</source>
        <translation> · ● en uso</translation>
    </message>
    <message>
        <source>Built-in program (never changed: editing makes a copy)</source>
        <translation>Programa incluido (nunca cambia: al editarlo se hace una copia)</translation>
    </message>
    <message>
        <source>Your program · {path}</source>
        <translation>Tu programa · {path}</translation>
    </message>
    <message>
        <source> · {week_count} weeks</source>
        <translation> · {week_count} semanas</translation>
    </message>
    <message>
        <source>{where}{weeks} · id {program_id}</source>
        <translation>{where}{weeks} · id {program_id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who it is for.&lt;/b&gt; {intended}</source>
        <translation>&lt;b&gt;Para quién es.&lt;/b&gt; {intended}</translation>
    </message>
    <message>
        <source>Used by: {users}</source>
        <translation>Lo usa: {users}</translation>
    </message>
    <message>
        <source>Not used by any profile.</source>
        <translation>No lo usa ningún perfil.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{problems} problem&lt;/b&gt; (as &lt;code&gt;coach validate&lt;/code&gt; reports them):&lt;br&gt;</source>
        <translation>&lt;b&gt;{problems} problema&lt;/b&gt; (tal como los indica &lt;code&gt;coach validate&lt;/code&gt;):&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{problems} problems&lt;/b&gt; (as &lt;code&gt;coach validate&lt;/code&gt; reports them):&lt;br&gt;</source>
        <translation>&lt;b&gt;{problems} problemas&lt;/b&gt; (tal como los indica &lt;code&gt;coach validate&lt;/code&gt;):&lt;br&gt;</translation>
    </message>
    <message>
        <source>Week {w}: {w2} — </source>
        <translation>Semana {w}: {w2} — </translation>
    </message>
    <message>
        <source> (or {name})</source>
        <translation> (o {name})</translation>
    </message>
    <message>
        <source>&amp;Edit a copy</source>
        <translation>&amp;Editar una copia</translation>
    </message>
    <message>
        <source>Edit a copy of the built-in program</source>
        <translation>Editar una copia del programa incluido</translation>
    </message>
    <message>
        <source>the profile in use</source>
        <translation>el perfil en uso</translation>
    </message>
    <message>
        <source>&amp;Assign to {who}</source>
        <translation>&amp;Asignar a {who}</translation>
    </message>
    <message>
        <source>Assign the program to {who}</source>
        <translation>Asignar el programa a {who}</translation>
    </message>
    <message>
        <source>Locked: enter clinician mode first.</source>
        <translation>Bloqueado: primero entra en el modo profesional.</translation>
    </message>
    <message>
        <source>Looking, previewing, printing and exporting need no clinician mode.</source>
        <translation>Ver, previsualizar, imprimir y exportar no necesitan el modo profesional.</translation>
    </message>
    <message>
        <source>{name}, or an alternative</source>
        <translation>{name}, o una alternativa</translation>
    </message>
    <message>
        <source>{name} (as written)</source>
        <translation>{name} (tal como está escrito)</translation>
    </message>
    <message>
        <source>{name}, as the program writes it</source>
        <translation>{name}, tal como lo escribe el programa</translation>
    </message>
    <message>
        <source>A physiotherapist can swap these exercises for an alternative once {who} follows this program (Assign), in clinician mode.</source>
        <translation>Un fisioterapeuta puede cambiar estos ejercicios por una alternativa cuando {who} siga este programa (Asignar), en modo profesional.</translation>
    </message>
    <message>
        <source>What {who} does; a physiotherapist changes it in clinician mode.</source>
        <translation>Lo que hace {who}; un fisioterapeuta lo cambia en modo profesional.</translation>
    </message>
    <message>
        <source>Choose what {who} does; Today, the player and handouts follow at once.</source>
        <translation>Elige lo que hace {who}; Hoy, el reproductor y las hojas lo siguen al momento.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambiar</translation>
    </message>
    <message>
        <source>The profile</source>
        <translation>El perfil</translation>
    </message>
    <message>
        <source>{who} now does {option_id} in place of {main}.</source>
        <translation>{who} hace ahora {option_id} en lugar de {main}.</translation>
    </message>
    <message>
        <source>{who} now does {main} as the program writes it.</source>
        <translation>{who} hace ahora {main} tal como lo escribe el programa.</translation>
    </message>
    <message>
        <source>The exercise library has problems</source>
        <translation>La biblioteca de ejercicios tiene problemas</translation>
    </message>
    <message>
        <source>A new program: add weeks and exercises, then Save.</source>
        <translation>Un programa nuevo: añade semanas y ejercicios y luego Guarda.</translation>
    </message>
    <message>
        <source>This is a copy of the built-in “{label}”; the built-in program stays as it is. Save puts the copy in your programs.</source>
        <translation>Esta es una copia del programa incluido «{label}»; el programa incluido se queda como está. Guardar pone la copia en tus programas.</translation>
    </message>
    <message>
        <source>Not duplicated</source>
        <translation>Sin duplicar</translation>
    </message>
    <message>
        <source>Duplicated as “{program}” ({name}).</source>
        <translation>Duplicado como «{program}» ({name}).</translation>
    </message>
    <message>
        <source>Program files (*.toml)</source>
        <translation>Archivos de programa (*.toml)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Sin importar</translation>
    </message>
    <message>
        <source>Imported into your programs as {name}.</source>
        <translation>Importado a tus programas como {name}.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Sin exportar</translation>
    </message>
    <message>
        <source>Exported to {out}.</source>
        <translation>Exportado a {out}.</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Borrar el programa</translation>
    </message>
    <message>
        <source>Delete “{label}”?</source>
        <translation>¿Borrar «{label}»?</translation>
    </message>
    <message>
        <source>&amp;Delete the program</source>
        <translation>&amp;Borrar el programa</translation>
    </message>
    <message>
        <source>The file {name} is removed from your programs. Export it first to keep a copy.</source>
        <translation>El archivo {name} se quita de tus programas. Expórtalo antes para conservar una copia.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Sin borrar</translation>
    </message>
    <message>
        <source>Deleted “{label}”.</source>
        <translation>Se ha borrado «{label}».</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>, week 1 from today ({start_date})</source>
        <translation>, semana 1 desde hoy ({start_date})</translation>
    </message>
    <message>
        <source>{display_name} now follows “{label}”{since}.</source>
        <translation>{display_name} sigue ahora «{label}»{since}.</translation>
    </message>
    <message>
        <source>Handout of {program} saved to {path}.</source>
        <translation>Hoja de {program} guardada en {path}.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>
Flare: the flare plan was opened</source>
        <translation>
Crisis: se abrió el plan para crisis</translation>
    </message>
    <message>
        <source>{head}: no pain rated</source>
        <translation>{head}: sin dolor valorado</translation>
    </message>
    <message>
        <source> · 7-day average {avg}</source>
        <translation> · media de 7 días {avg}</translation>
    </message>
    <message>
        <source>{head}: worst pain {v}/10</source>
        <translation>{head}: peor dolor {v}/10</translation>
    </message>
    <message>
        <source>{head} · {region}: left {left}, right {right}</source>
        <translation>{head} · {region}: izquierda {left}, derecha {right}</translation>
    </message>
    <message>
        <source>{head}: no sessions planned</source>
        <translation>{head}: ninguna sesión prevista</translation>
    </message>
    <message>
        <source>{head}: {done} of {planned} sessions done</source>
        <translation>{head}: {done} de {planned} sesiones hechas</translation>
    </message>
    <message>
        <source>, {stops} stopped early</source>
        <translation>, {stops} paradas antes de tiempo</translation>
    </message>
    <message>
        <source>, {pending} still to come today</source>
        <translation>, {pending} aún por hacer hoy</translation>
    </message>
    <message>
        <source>Warning sign: {w}</source>
        <translation>Signo de alarma: {w}</translation>
    </message>
    <message>
        <source>no pain anywhere</source>
        <translation>sin dolor en ninguna parte</translation>
    </message>
    <message>
        <source>pain reached the {r}</source>
        <translation>el dolor llegó a: {r}</translation>
    </message>
    <message>
        <source>{head}: no weekly scores that week</source>
        <translation>{head}: sin puntuaciones semanales esa semana</translation>
    </message>
    <message>
        <source>Period {period}.</source>
        <translation>Periodo {period}.</translation>
    </message>
    <message>
        <source>Overall pain averaged {mean} in the first week and {mean2} in the last week.</source>
        <translation>El dolor general fue de media {mean} la primera semana y {mean2} la última.</translation>
    </message>
    <message>
        <source>{stops} session stopped early.</source>
        <translation>{stops} sesión parada antes de tiempo.</translation>
    </message>
    <message>
        <source>{stops} sessions stopped early.</source>
        <translation>{stops} sesiones paradas antes de tiempo.</translation>
    </message>
    <message>
        <source>Warning signs reported on {n} occasion.</source>
        <translation>Signos de alarma indicados en {n} ocasión.</translation>
    </message>
    <message>
        <source>Warning signs reported on {n} occasions.</source>
        <translation>Signos de alarma indicados en {n} ocasiones.</translation>
    </message>
    <message>
        <source>Overall pain: {mean} in your first week, {mean2} in your last week.</source>
        <translation>Dolor general: {mean} en tu primera semana, {mean2} en tu última semana.</translation>
    </message>
    <message>
        <source>Overall pain: {mean} on average in your first week.</source>
        <translation>Dolor general: {mean} de media en tu primera semana.</translation>
    </message>
    <message>
        <source>That is a meaningful improvement.</source>
        <translation>Es una mejoría significativa.</translation>
    </message>
    <message>
        <source>Sessions: {adherence}</source>
        <translation>Sesiones: {adherence}</translation>
    </message>
    <message>
        <source>Overall pain: the worst place each day</source>
        <translation>Dolor general: la zona peor de cada día</translation>
    </message>
    <message>
        <source>Pain by place, left and right</source>
        <translation>Dolor por zona, izquierda y derecha</translation>
    </message>
    <message>
        <source>Sessions done and planned</source>
        <translation>Sesiones hechas y previstas</translation>
    </message>
    <message>
        <source>How far down the leg the pain reaches (lower on the chart is better)</source>
        <translation>Hasta dónde baja el dolor por la pierna (más abajo en el gráfico es mejor)</translation>
    </message>
    <message>
        <source>Weekly scores</source>
        <translation>Puntuaciones semanales</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Llega a</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>Puntuación (0–10)</translation>
    </message>
    <message>
        <source>PSFS (Patient-Specific Functional Scale): how well you manage the everyday activities you chose, from 0 (cannot do it) to 10 (as well as before the symptoms).</source>
        <translation>PSFS (Escala Funcional Específica del Paciente): cómo de bien haces las actividades cotidianas que elegiste, de 0 (no puedo hacerla) a 10 (tan bien como antes de los síntomas).</translation>
    </message>
    <message>
        <source>No diary entries yet: fill in the Diary each evening and your charts appear here.</source>
        <translation>Aún no hay entradas en el diario: rellena el Diario cada noche y aquí aparecerán tus gráficos.</translation>
    </message>
    <message>
        <source>Pain before a session</source>
        <translation>Dolor antes de una sesión</translation>
    </message>
    <message>
        <source>and after it</source>
        <translation>y después</translation>
    </message>
    <message>
        <source>Worst pain that day</source>
        <translation>Peor dolor de ese día</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>Meaningful improvement: {threshold} or less</source>
        <translation>Mejoría significativa: {threshold} o menos</translation>
    </message>
    <message>
        <source>First week {baseline}</source>
        <translation>Primera semana {baseline}</translation>
    </message>
    <message>
        <source>Flare (flare plan opened)</source>
        <translation>Crisis (se abrió el plan para crisis)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>No diary entries yet</source>
        <translation>Aún no hay entradas en el diario</translation>
    </message>
    <message>
        <source>No {label} pain rated</source>
        <translation>Sin dolor valorado en: {label}</translation>
    </message>
    <message>
        <source>{label} pain</source>
        <translation>Dolor: {label}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Paradas antes de tiempo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Signo de alarma</translation>
    </message>
    <message>
        <source>No sessions planned in this period yet</source>
        <translation>Aún no hay sesiones previstas en este periodo</translation>
    </message>
    <message>
        <source>Furthest place with pain that day</source>
        <translation>Zona más lejana con dolor ese día</translation>
    </message>
    <message>
        <source>PSFS (higher is better)</source>
        <translation>PSFS (más alto es mejor)</translation>
    </message>
    <message>
        <source>Overall pain that week (lower is better)</source>
        <translation>Dolor general esa semana (más bajo es mejor)</translation>
    </message>
    <message>
        <source>No weekly scores yet: fill in the weekly check-in in the Diary</source>
        <translation>Aún no hay puntuaciones semanales: rellena la revisión semanal en el Diario</translation>
    </message>
    <message>
        <source>{pending} more planned later today</source>
        <translation>{pending} más previstas hoy</translation>
    </message>
    <message>
        <source>{pending} session{pending2} planned today, none done yet.</source>
        <translation>Sesiones previstas hoy: {pending}; aún no has hecho ninguna.</translation>
    </message>
    <message>
        <source>No sessions were planned in this period.</source>
        <translation>No había sesiones previstas en este periodo.</translation>
    </message>
    <message>
        <source>; {partial} done in part</source>
        <translation>; {partial} hechas en parte</translation>
    </message>
    <message>
        <source>; {stops} session{stops2} stopped early</source>
        <translation>; sesiones paradas antes de tiempo: {stops}</translation>
    </message>
    <message>
        <source>{done} of {planned} planned sessions done ({percent} %){part}{stopped}</source>
        <translation>{done} de {planned} sesiones previstas hechas ({percent} %){part}{stopped}</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>Espinilla</translation>
    </message>
    <message>
        <source>Pain that retreats from the leg toward the back (centralization) is a good sign. Pain that spreads further down the leg is worth telling your clinician about.</source>
        <translation>Que el dolor retroceda desde la pierna hacia la espalda (centralización) es una buena señal. Que se extienda más abajo por la pierna es algo que conviene contar a tu profesional sanitario.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Not enough diary entries yet to compare how far the pain reaches in the first and the last week.</source>
        <translation>Aún no hay suficientes entradas en el diario para comparar hasta dónde llega el dolor en la primera y en la última semana.</translation>
    </message>
    <message>
        <source>In the first week {a} on most days; in the last week {b}.</source>
        <translation>En la primera semana {a} la mayoría de los días; en la última semana {b}.</translation>
    </message>
    <message>
        <source> The pain has moved back toward the spine: that is a good sign.</source>
        <translation> El dolor ha retrocedido hacia la columna: es una buena señal.</translation>
    </message>
    <message>
        <source> The pain now reaches further down the leg than at the start; tell your clinician about it.</source>
        <translation> Ahora el dolor llega más abajo por la pierna que al principio; cuéntaselo a tu profesional sanitario.</translation>
    </message>
    <message>
        <source> How far the pain reaches has not clearly changed.</source>
        <translation> Hasta dónde llega el dolor no ha cambiado claramente.</translation>
    </message>
    <message>
        <source>nothing was rated</source>
        <translation>no se valoró nada</translation>
    </message>
    <message>
        <source>there was no pain</source>
        <translation>no hubo dolor</translation>
    </message>
    <message>
        <source>the pain stayed in the back</source>
        <translation>el dolor se quedó en la espalda</translation>
    </message>
    <message>
        <source>the pain reached the {value}</source>
        <translation>el dolor llegó a: {value}</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Últimos 14 días</translation>
    </message>
    <message>
        <source>Last 28 days</source>
        <translation>Últimos 28 días</translation>
    </message>
    <message>
        <source>Whole program</source>
        <translation>Todo el programa</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>The program starts on {start}: there is nothing to show yet.</source>
        <translation>El programa empieza el {start}: aún no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>{name} {isoformat} is out of range: choose a date from {isoformat2} to today ({isoformat3})</source>
        <translation>{name} {isoformat} está fuera del intervalo: elige una fecha entre {isoformat2} y hoy ({isoformat3})</translation>
    </message>
    <message>
        <source>{first} {isoformat} is after {last} {isoformat2}; choose a first day on or before the last day</source>
        <translation>{first} {isoformat} es posterior a {last} {isoformat2}; elige un primer día igual o anterior al último</translation>
    </message>
    <message>
        <source>{first} {isoformat} is after today ({isoformat2}): there is no data for it yet</source>
        <translation>{first} {isoformat} es posterior a hoy ({isoformat2}): aún no hay datos de ese día</translation>
    </message>
    <message>
        <source>{last} {isoformat} is before the first day with data ({isoformat2})</source>
        <translation>{last} {isoformat} es anterior al primer día con datos ({isoformat2})</translation>
    </message>
    <message>
        <source>the first day with data is {start}</source>
        <translation>el primer día con datos es el {start}</translation>
    </message>
    <message>
        <source>today is {today}</source>
        <translation>hoy es {today}</translation>
    </message>
    <message>
        <source>showing {s} – {e}: {notes}</source>
        <translation>mostrando {s} – {e}: {notes}</translation>
    </message>
    <message>
        <source>Week {value}</source>
        <translation>Semana {value}</translation>
    </message>
    <message>
        <source>First-week pain was already low ({baseline} of 10), so a meaningful drop cannot be measured.</source>
        <translation>El dolor de la primera semana ya era bajo ({baseline} de 10), así que no se puede medir una bajada significativa.</translation>
    </message>
    <message>
        <source>A meaningful improvement is a drop of {drop} points or more ({rule_text}): an average of {threshold} or less, from {baseline} in the first week.</source>
        <translation>Una mejoría significativa es una bajada de {drop} puntos o más ({rule_text}): una media de {threshold} o menos, desde {baseline} en la primera semana.</translation>
    </message>
    <message>
        <source> There is no last week to compare yet.</source>
        <translation> Aún no hay una última semana con la que comparar.</translation>
    </message>
    <message>
        <source> The last week&apos;s average, {current}, has reached it.</source>
        <translation> La media de la última semana, {current}, la ha alcanzado.</translation>
    </message>
    <message>
        <source> The last week&apos;s average is {current}.</source>
        <translation> La media de la última semana es {current}.</translation>
    </message>
    <message>
        <source>Week of {week_start}: PSFS {psfs_mean}</source>
        <translation>Semana del {week_start}: PSFS {psfs_mean}</translation>
    </message>
    <message>
        <source>, overall pain {overall_pain}/10</source>
        <translation>, dolor general {overall_pain}/10</translation>
    </message>
    <message>
        <source>a meaningful improvement</source>
        <translation>una mejoría significativa</translation>
    </message>
    <message>
        <source>a meaningful worsening</source>
        <translation>un empeoramiento significativo</translation>
    </message>
    <message>
        <source>not a meaningful change yet</source>
        <translation>aún no es un cambio significativo</translation>
    </message>
    <message>
        <source>PSFS (activities, higher is better) went from {psfs_mean} in the week of {week_start} to {psfs_mean2} in the week of {week_start2}: {verdict} (meaningful: {rule_text}).</source>
        <translation>La PSFS (actividades, más alto es mejor) pasó de {psfs_mean} en la semana del {week_start} a {psfs_mean2} en la semana del {week_start2}: {verdict} (significativo: {rule_text}).</translation>
    </message>
    <message>
        <source>Overall (worst place)</source>
        <translation>General (la zona peor)</translation>
    </message>
    <message>
        <source>Only {n} day of diary entries so far: the trend becomes clearer after a week or two.</source>
        <translation>Por ahora solo hay {n} día de entradas en el diario: la tendencia se verá más clara en una o dos semanas.</translation>
    </message>
    <message>
        <source>Only {n} days of diary entries so far: the trend becomes clearer after a week or two.</source>
        <translation>Por ahora solo hay {n} días de entradas en el diario: la tendencia se verá más clara en una o dos semanas.</translation>
    </message>
    <message>
        <source>reported {reported}</source>
        <translation>indicados: {reported}</translation>
    </message>
    <message>
        <source>no warning signs</source>
        <translation>sin signos de alarma</translation>
    </message>
    <message>
        <source>{date}{where}: {what}. Advice: {outcome}{follow}.</source>
        <translation>{date}{where}: {what}. Consejo: {outcome}{follow}.</translation>
    </message>
    <message>
        <source> during {exercise}</source>
        <translation> durante {exercise}</translation>
    </message>
    <message>
        <source>{session} session</source>
        <translation>sesión ({session})</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>{date}: {session} stopped{where}: {reason_text}{detail}</source>
        <translation>{date}: sesión ({session}) parada{where}: {reason_text}{detail}</translation>
    </message>
    <message>
        <source>2 points or 30 %, whichever is larger</source>
        <translation>2 puntos o un 30 %, lo que sea mayor</translation>
    </message>
    <message>
        <source>2 points on the mean score</source>
        <translation>2 puntos en la puntuación media</translation>
    </message>
    <message>
        <source>{baseline} out of 10, nothing to compare with yet</source>
        <translation>{baseline} de 10, aún sin nada con lo que comparar</translation>
    </message>
    <message>
        <source>, a meaningful improvement</source>
        <translation>, una mejoría significativa</translation>
    </message>
    <message>
        <source>, a meaningful worsening</source>
        <translation>, un empeoramiento significativo</translation>
    </message>
    <message>
        <source>from {baseline} to {current} out of 10{words}</source>
        <translation>de {baseline} a {current} de 10{words}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files in a zip (*.zip)</source>
        <translation>Archivos CSV en un zip (*.zip)</translation>
    </message>
    <message>
        <source>A new folder of CSV files (*)</source>
        <translation>Una carpeta nueva de archivos CSV (*)</translation>
    </message>
    <message>
        <source>JSON document (*.json)</source>
        <translation>Documento JSON (*.json)</translation>
    </message>
    <message>
        <source>FHIR bundle (*.json)</source>
        <translation>Paquete FHIR (*.json)</translation>
    </message>
    <message>
        <source>Saving the charts…</source>
        <translation>Guardando los gráficos…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Exporting the data…</source>
        <translation>Exportando los datos…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Fechas…</translation>
    </message>
    <message>
        <source>Choose the dates to show</source>
        <translation>Elegir las fechas que se muestran</translation>
    </message>
    <message>
        <source>Show {value}</source>
        <translation>Mostrar: {value}</translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation>Guardar los gráficos</translation>
    </message>
    <message>
        <source>Save the charts of the dates shown as a file</source>
        <translation>Guardar en un archivo los gráficos de las fechas mostradas</translation>
    </message>
    <message>
        <source>Report for your clinician…</source>
        <translation>Informe para tu profesional sanitario…</translation>
    </message>
    <message>
        <source>Write a report of the dates shown for your clinician, as a PDF</source>
        <translation>Escribir un informe en PDF de las fechas mostradas para tu profesional sanitario</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar los datos</translation>
    </message>
    <message>
        <source>Export your data of the dates shown as CSV or JSON</source>
        <translation>Exportar tus datos de las fechas mostradas en CSV o JSON</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Show these dates</source>
        <translation>Mostrar estas fechas</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation>Exportación en curso</translation>
    </message>
    <message>
        <source>Values under the pointer</source>
        <translation>Valores bajo el puntero</translation>
    </message>
    <message>
        <source>Summary of your progress</source>
        <translation>Resumen de tu progreso</translation>
    </message>
    <message>
        <source>Charts, scrollable</source>
        <translation>Gráficos, con desplazamiento</translation>
    </message>
    <message>
        <source>{period} ({days} day)</source>
        <translation>{period} ({days} día)</translation>
    </message>
    <message>
        <source>{period} ({days} days)</source>
        <translation>{period} ({days} días)</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>El primer día</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>el último día</translation>
    </message>
    <message>
        <source>These dates cannot be shown</source>
        <translation>No se pueden mostrar estas fechas</translation>
    </message>
    <message>
        <source>Replace the {what}?</source>
        <translation>¿Sustituir: {what}?</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} ya existe.</translation>
    </message>
    <message>
        <source>&amp;Replace the {what}</source>
        <translation>&amp;Sustituir: {what}</translation>
    </message>
    <message>
        <source>The export replaces it; nothing else is changed.</source>
        <translation>La exportación lo sustituye; no se cambia nada más.</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>No se ha guardado nada</translation>
    </message>
    <message>
        <source>Save the charts as {value}</source>
        <translation>Guardar los gráficos como {value}</translation>
    </message>
    <message>
        <source>.pdf</source>
        <translation>.pdf</translation>
    </message>
    <message>
        <source>Save the report for your clinician</source>
        <translation>Guardar el informe para tu profesional sanitario</translation>
    </message>
    <message>
        <source>.zip</source>
        <translation>.zip</translation>
    </message>
    <message>
        <source>.json</source>
        <translation>.json</translation>
    </message>
    <message>
        <source>Export your data</source>
        <translation>Exportar tus datos</translation>
    </message>
    <message>
        <source>The chart size {w}×{h} is out of range: choose a width from {MIN_SIZE} to {MAX_SIZE} and a height from {MIN_SIZE2} to {MAX_SIZE2} pixels.</source>
        <translation>El tamaño del gráfico {w}×{h} está fuera del intervalo: elige un ancho de {MIN_SIZE} a {MAX_SIZE} y un alto de {MIN_SIZE2} a {MAX_SIZE2} píxeles.</translation>
    </message>
    <message>
        <source>The chart picture could not be made.</source>
        <translation>No se ha podido crear la imagen del gráfico.</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>Gráficos de progreso</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se ha podido empezar el PDF.</translation>
    </message>
    <message>
        <source> of {patient}</source>
        <translation> de {patient}</translation>
    </message>
    <message>
        <source>Progress{who}: {period}</source>
        <translation>Progreso{who}: {period}</translation>
    </message>
    <message>
        <source>{path}: the chart file must end in .png, .svg or .pdf (it ends in {nothing})</source>
        <translation>{path}: el archivo del gráfico debe terminar en .png, .svg o .pdf (termina en {nothing})</translation>
    </message>
    <message>
        <source>unknown chart format {kind!r}: use png, svg or pdf</source>
        <translation>formato de gráfico desconocido {kind!r}: usa png, svg o pdf</translation>
    </message>
    <message>
        <source>the chart file</source>
        <translation>el archivo del gráfico</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Time for your {slot_name} session</source>
        <translation>Hora de tu sesión ({slot_name})</translation>
    </message>
    <message>
        <source>Time for today&apos;s tracker</source>
        <translation>Hora del diario de hoy</translation>
    </message>
    <message>
        <source>Your {slot_name} exercises are ready. Press Start when you are ready, and stop if anything brings sharp pain or weakness.</source>
        <translation>Tus ejercicios ({slot_name}) están listos. Pulsa Empezar cuando quieras y para si algo te provoca un dolor agudo o debilidad.</translation>
    </message>
    <message>
        <source>Take a minute to note how your back and leg were today.</source>
        <translation>Tómate un minuto para anotar cómo han estado hoy tu espalda y tu pierna.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>This report was generated by {app} from data the patient entered themselves (self-reported pain scores, diary entries and exercise sessions). It is not a diagnosis; it is meant to support a clinician&apos;s own assessment.</source>
        <translation>Este informe lo ha generado {app} a partir de datos introducidos por el propio paciente (puntuaciones de dolor, entradas del diario y sesiones de ejercicio autorregistradas). No es un diagnóstico; su fin es apoyar la valoración del propio profesional sanitario.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>First week</source>
        <translation>Primera semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Última semana</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Asked in</source>
        <translation>Preguntado en</translation>
    </message>
    <message>
        <source>Warning signs reported</source>
        <translation>Signos de alarma indicados</translation>
    </message>
    <message>
        <source>What the app advised</source>
        <translation>Qué aconsejó la aplicación</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Not yet acknowledged</source>
        <translation>Aún no leído</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Program week</source>
        <translation>Semana del programa</translation>
    </message>
    <message>
        <source>PSFS (0–10)</source>
        <translation>PSFS (0–10)</translation>
    </message>
    <message>
        <source>Change from the first</source>
        <translation>Cambio desde la primera</translation>
    </message>
    <message>
        <source>Activities rated</source>
        <translation>Actividades valoradas</translation>
    </message>
    <message>
        <source>Overall pain that week</source>
        <translation>Dolor general esa semana</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Dose as prescribed</source>
        <translation>Dosis prescrita</translation>
    </message>
    <message>
        <source>Planned now</source>
        <translation>Prevista ahora</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Se aplica desde</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Entumecimiento u hormigueo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Days with weakness</source>
        <translation>Días con debilidad</translation>
    </message>
    <message>
        <source>Days with numbness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>Where (strongest)</source>
        <translation>Días con entumecimiento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Back
L</source>
        <translation>Espalda
I</translation>
    </message>
    <message>
        <source>Back
R</source>
        <translation>Espalda
D</translation>
    </message>
    <message>
        <source>Thigh
L</source>
        <translation>Muslo
I</translation>
    </message>
    <message>
        <source>Thigh
R</source>
        <translation>Muslo
D</translation>
    </message>
    <message>
        <source>Knee
L</source>
        <translation>Rodilla
I</translation>
    </message>
    <message>
        <source>Knee
R</source>
        <translation>Rodilla
D</translation>
    </message>
    <message>
        <source>Shin
L</source>
        <translation>Espinilla
I</translation>
    </message>
    <message>
        <source>Shin
R</source>
        <translation>Espinilla
D</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Activities limited</source>
        <translation>Actividades limitadas</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Ejercicios hechos</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>Diary days</source>
        <translation>Días de diario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>Espinilla</translation>
    </message>
    <message>
        <source>Worst (mean)</source>
        <translation>Peor (media)</translation>
    </message>
    <message>
        <source>Weakness days</source>
        <translation>Días con debilidad</translation>
    </message>
    <message>
        <source>Numbness days</source>
        <translation>Días con entumecimiento</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Worst pain (mean)</source>
        <translation>Peor dolor (media)</translation>
    </message>
    <message>
        <source>Sessions done / planned</source>
        <translation>Sesiones hechas / previstas</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Paradas</translation>
    </message>
    <message>
        <source>PSFS (mean)</source>
        <translation>PSFS (media)</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signos de alarma</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Avanzó</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>Se quedó</translation>
    </message>
    <message>
        <source>Eased back</source>
        <translation>Volvió atrás</translation>
    </message>
    <message>
        <source>Set by a clinician</source>
        <translation>Fijada por un profesional</translation>
    </message>
    <message>
        <source>Kept (weeks stopped following the calendar)</source>
        <translation>Mantenida (las semanas dejaron de seguir el calendario)</translation>
    </message>
    <message>
        <source>two tolerated sessions in a row: stepped up within the range</source>
        <translation>dos sesiones toleradas seguidas: se subió dentro del rango</translation>
    </message>
    <message>
        <source>a stop for symptoms: stepped down</source>
        <translation>una parada por síntomas: se bajó</translation>
    </message>
    <message>
        <source>{mean} ({days} day)</source>
        <translation>{mean} ({days} día)</translation>
    </message>
    <message>
        <source>{mean} ({days} days)</source>
        <translation>{mean} ({days} días)</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambio</translation>
    </message>
    <message>
        <source>{n} session</source>
        <translation>{n} sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <source>{n} time</source>
        <translation>{n} vez</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n} veces</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>low end</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <source>{level} % up the range</source>
        <translation>{level} % del rango</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>{period} ({days} days)</source>
        <translation>{period} ({days} días)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Program start</source>
        <translation>Inicio del programa</translation>
    </message>
    <message>
        <source>Week {week} of {week_count}</source>
        <translation>Semana {week} de {week_count}</translation>
    </message>
    <message>
        <source> (the program&apos;s weeks are over; the last week&apos;s plan continues)</source>
        <translation> (las semanas del programa han terminado; sigue el plan de la última semana)</translation>
    </message>
    <message>
        <source>Affected side</source>
        <translation>Lado afectado</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>{diary_days} of {diary_due} days filled in</source>
        <translation>{diary_days} de {diary_due} días rellenados</translation>
    </message>
    <message>
        <source>No diary entries in this period, so there are no pain numbers.</source>
        <translation>No hay entradas en el diario en este periodo, así que no hay cifras de dolor.</translation>
    </message>
    <message>
        <source> (the first week of diary from the program&apos;s start)</source>
        <translation> (la primera semana de diario desde el inicio del programa)</translation>
    </message>
    <message>
        <source>First week: {first}{before}. </source>
        <translation>Primera semana: {first}{before}. </translation>
    </message>
    <message>
        <source>Last week: {last}. </source>
        <translation>Última semana: {last}. </translation>
    </message>
    <message>
        <source>There is no last week yet (fewer than eight days between the first and the last entry). </source>
        <translation>Aún no hay última semana (menos de ocho días entre la primera y la última entrada). </translation>
    </message>
    <message>
        <source>Averages are over the days rated (the number of days is in brackets); change is last week minus first week, so a negative change means less pain.</source>
        <translation>Las medias se calculan sobre los días valorados (el número de días va entre paréntesis); el cambio es la última semana menos la primera, así que un cambio negativo significa menos dolor.</translation>
    </message>
    <message>
        <source>{program}: week {week} of {week_count}, started {start}</source>
        <translation>{program}: semana {week} de {week_count}, empezó el {start}</translation>
    </message>
    <message>
        <source>; the program&apos;s weeks are over and the last week&apos;s plan continues</source>
        <translation>; las semanas del programa han terminado y sigue el plan de la última semana</translation>
    </message>
    <message>
        <source> (week decisions: {kinds})</source>
        <translation> (decisiones semanales: {kinds})</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Dolor antes y después de las sesiones</translation>
    </message>
    <message>
        <source>Pain before and after sessions: {around}</source>
        <translation>Dolor antes y después de las sesiones: {around}</translation>
    </message>
    <message>
        <source>Overall pain (the worst place each day): {mean} on average in the first week, {mean2} in the last week ({change}).</source>
        <translation>Dolor general (la zona peor de cada día): {mean} de media la primera semana, {mean2} la última ({change}).</translation>
    </message>
    <message>
        <source>Overall pain (the worst place each day): {mean} on average in the first week; no last week to compare yet.</source>
        <translation>Dolor general (la zona peor de cada día): {mean} de media la primera semana; aún no hay última semana con la que comparar.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>the meaningful-change mark ({rule_text}; {source})</source>
        <translation>el umbral de cambio significativo ({rule_text}; {source})</translation>
    </message>
    <message>
        <source>The drop meets {mark}.</source>
        <translation>La bajada alcanza {mark}.</translation>
    </message>
    <message>
        <source>The drop does not (yet) meet {mark}.</source>
        <translation>La bajada no alcanza (aún) {mark}.</translation>
    </message>
    <message>
        <source>No pain was rated in this period.</source>
        <translation>No se valoró el dolor en este periodo.</translation>
    </message>
    <message>
        <source>{session} stopped early</source>
        <translation>Sesiones paradas antes de tiempo: {session}</translation>
    </message>
    <message>
        <source> Warning signs reported {time}; the latest on {date}: {reported} ({outcome}).</source>
        <translation> Signos de alarma indicados {time}; el último el {date}: {reported} ({outcome}).</translation>
    </message>
    <message>
        <source> No warning signs reported</source>
        <translation> No se indicaron signos de alarma</translation>
    </message>
    <message>
        <source> (the questions were answered {time}).</source>
        <translation> (las preguntas se respondieron {time}).</translation>
    </message>
    <message>
        <source>Stops and warning signs</source>
        <translation>Paradas y signos de alarma</translation>
    </message>
    <message>
        <source>Adherence: {adherence}</source>
        <translation>Adherencia: {adherence}</translation>
    </message>
    <message>
        <source>Weakness and numbness</source>
        <translation>Debilidad y entumecimiento</translation>
    </message>
    <message>
        <source>Weakness on {day} of {diary_days} diary days</source>
        <translation>Debilidad en {day} de {diary_days} días de diario</translation>
    </message>
    <message>
        <source>; numbness or tingling on {day}</source>
        <translation>; entumecimiento u hormigueo en {day}</translation>
    </message>
    <message>
        <source>Spreading or centralizing</source>
        <translation>Extensión o centralización</translation>
    </message>
    <message>
        <source>Centralization: {centralization}</source>
        <translation>Centralización: {centralization}</translation>
    </message>
    <message>
        <source>PSFS</source>
        <translation>PSFS</translation>
    </message>
    <message>
        <source>Nerve glides</source>
        <translation>Deslizamientos neurales</translation>
    </message>
    <message>
        <source>Mild tingling after {glide_tingling} of {glide_checkins} nerve-glide check-ins (mild tingling is acceptable during a nerve glide).</source>
        <translation>Hormigueo leve en {glide_tingling} de {glide_checkins} respuestas tras deslizamientos neurales (el hormigueo leve es aceptable durante un deslizamiento neural).</translation>
    </message>
    <message>
        <source>Paused exercises</source>
        <translation>Ejercicios en pausa</translation>
    </message>
    <message>
        <source>Sessions stopped early: {n_stops}. Warning signs reported: {n_signs} (of {warnings} times the questions were answered).</source>
        <translation>Sesiones paradas antes de tiempo: {n_stops}. Signos de alarma indicados: {n_signs} (de {warnings} veces que se respondieron las preguntas).</translation>
    </message>
    <message>
        <source>Week {key}</source>
        <translation>Semana {key}</translation>
    </message>
    <message>
        <source> (after the program)</source>
        <translation> (tras el programa)</translation>
    </message>
    <message>
        <source>no exercise recorded</source>
        <translation>ningún ejercicio registrado</translation>
    </message>
    <message>
        <source>{session} stopped early in this period ({reasons}; most often during {exercises})</source>
        <translation>Sesiones paradas antes de tiempo en este periodo: {session} ({reasons}; sobre todo durante {exercises})</translation>
    </message>
    <message>
        <source>; by month in the month-by-month table</source>
        <translation>; por meses en la tabla mes a mes</translation>
    </message>
    <message>
        <source>. Each stop of the last {RECENT_DAYS} days ({recent}):</source>
        <translation>. Cada parada de los últimos {RECENT_DAYS} días ({recent}):</translation>
    </message>
    <message>
        <source>The warning-sign questions were not answered in this period.</source>
        <translation>Las preguntas de signos de alarma no se respondieron en este periodo.</translation>
    </message>
    <message>
        <source>The warning-sign questions were answered {n_all} time in this period; {none} of them reported a warning sign</source>
        <translation>Las preguntas de signos de alarma se respondieron {n_all} vez en este periodo; en {none} no se indicó ningún signo de alarma</translation>
    </message>
    <message>
        <source>The warning-sign questions were answered {n_all} times in this period; {none} of them reported a warning sign</source>
        <translation>Las preguntas de signos de alarma se respondieron {n_all} veces en este periodo; en {none} no se indicó ningún signo de alarma</translation>
    </message>
    <message>
        <source>. By what was reported, then each of the last {RECENT_WARNING_DAYS} days in full ({signs}):</source>
        <translation>. Por lo indicado y, después, cada uno de los últimos {RECENT_WARNING_DAYS} días completo ({signs}):</translation>
    </message>
    <message>
        <source>not filled in yet</source>
        <translation>aún sin rellenar</translation>
    </message>
    <message>
        <source>no entry</source>
        <translation>sin entrada</translation>
    </message>
    <message>
        <source>week {from_week} → week {week}</source>
        <translation>semana {from_week} → semana {week}</translation>
    </message>
    <message>
        <source> for {patient}</source>
        <translation> de {patient}</translation>
    </message>
    <message>
        <source>Progress report{who}</source>
        <translation>Informe de progreso{who}</translation>
    </message>
    <message>
        <source>No first-week pain average, so no meaningful-change mark.</source>
        <translation>No hay media de dolor de la primera semana, así que no hay umbral de cambio significativo.</translation>
    </message>
    <message>
        <source> Pain that retreats from the leg toward the back (centralization) is a good sign; pain that spreads further down the leg is worth attention.</source>
        <translation> Que el dolor retroceda desde la pierna hacia la espalda (centralización) es una buena señal; que se extienda más abajo por la pierna merece atención.</translation>
    </message>
    <message>
        <source>That is a meaningful improvement ({rule_text}).</source>
        <translation>Es una mejoría significativa ({rule_text}).</translation>
    </message>
    <message>
        <source>That is a meaningful worsening (2 points or more).</source>
        <translation>Es un empeoramiento significativo (2 puntos o más).</translation>
    </message>
    <message>
        <source>First-week pain was low, so a meaningful drop cannot be measured.</source>
        <translation>El dolor de la primera semana era bajo, así que no se puede medir una bajada significativa.</translation>
    </message>
    <message>
        <source>Not a meaningful improvement yet: that needs a drop of {drop} points ({rule_text}), to {threshold} or less.</source>
        <translation>Aún no es una mejoría significativa: hace falta una bajada de {drop} puntos ({rule_text}), hasta {threshold} o menos.</translation>
    </message>
    <message>
        <source>before start</source>
        <translation>antes del inicio</translation>
    </message>
    <message>
        <source>No PSFS scores in this period.</source>
        <translation>No hay puntuaciones PSFS en este periodo.</translation>
    </message>
    <message>
        <source>PSFS (Patient-Specific Functional Scale): 0 cannot do the activity, 10 as well as before. A change of {rule_text} is meaningful ({source}); the band is {psfs_mean} ± 2 around the first score, in the week of {week_start}</source>
        <translation>PSFS (Escala Funcional Específica del Paciente): 0 no puede hacer la actividad, 10 tan bien como antes. Un cambio de {rule_text} es significativo ({source}); la banda es {psfs_mean} ± 2 alrededor de la primera puntuación, en la semana del {week_start}</translation>
    </message>
    <message>
        <source>. The last {weeks} weeks below; every month in the month-by-month table.</source>
        <translation>. Abajo, las últimas {weeks} semanas; todos los meses, en la tabla mes a mes.</translation>
    </message>
    <message>
        <source>meaningfully better</source>
        <translation>significativamente mejor</translation>
    </message>
    <message>
        <source>meaningfully worse</source>
        <translation>significativamente peor</translation>
    </message>
    <message>
        <source>within the band</source>
        <translation>dentro de la banda</translation>
    </message>
    <message>
        <source>No diary entries in this period.</source>
        <translation>No hay entradas en el diario en este periodo.</translation>
    </message>
    <message>
        <source>No weakness and no numbness or tingling recorded in the diary in this period.</source>
        <translation>No se registró debilidad ni entumecimiento u hormigueo en el diario en este periodo.</translation>
    </message>
    <message>
        <source>Weakness on {day} and numbness or tingling on {day2} of {diary_days} diary days:</source>
        <translation>Debilidad en {day} y entumecimiento u hormigueo en {day2} de {diary_days} días de diario:</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Weakness on {day} and numbness or tingling on {day2} of {diary_days} diary days (by month in the month-by-month table when the period is long); each day of the last {RECENT_DAYS} days with either:</source>
        <translation>Debilidad en {day} y entumecimiento u hormigueo en {day2} de {diary_days} días de diario (por meses en la tabla mes a mes cuando el periodo es largo); cada día de los últimos {RECENT_DAYS} días con alguno de los dos:</translation>
    </message>
    <message>
        <source>{r}_left</source>
        <translation>{r}_left</translation>
    </message>
    <message>
        <source>{r}_right</source>
        <translation>{r}_right</translation>
    </message>
    <message>
        <source>Week {key}: {date}</source>
        <translation>Semana {key}: {date}</translation>
    </message>
    <message>
        <source>Before the start: {date}</source>
        <translation>Antes del inicio: {date}</translation>
    </message>
    <message>
        <source> (now)</source>
        <translation> (ahora)</translation>
    </message>
    <message>
        <source> (nerve glide)</source>
        <translation> (deslizamiento neural)</translation>
    </message>
    <message>
        <source>Every exercise of {title}, week by week: the dose as the program prescribes it and the dose planned now. A range starts at its low end and steps up after two tolerated sessions in a row; a stop for symptoms steps it down.</source>
        <translation>Cada ejercicio de {title}, semana a semana: la dosis que prescribe el programa y la dosis prevista ahora. Un rango empieza por su mínimo y sube tras dos sesiones toleradas seguidas; una parada por síntomas lo baja.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <source>back only</source>
        <translation>solo en la espalda</translation>
    </message>
    <message>
        <source>down to the thigh</source>
        <translation>hasta el muslo</translation>
    </message>
    <message>
        <source>down to the knee</source>
        <translation>hasta la rodilla</translation>
    </message>
    <message>
        <source>down to the shin</source>
        <translation>hasta la espinilla</translation>
    </message>
    <message>
        <source>Page {pageNumber} of {total}</source>
        <translation>Página {pageNumber} de {total}</translation>
    </message>
    <message>
        <source>An image cannot be read ({exc}); use a PNG or JPEG file.</source>
        <translation>No se puede leer una imagen ({exc}); usa un archivo PNG o JPEG.</translation>
    </message>
    <message>
        <source>Overall pain, the worst place each day (dots), with its 7-day average (thick line), the first week&apos;s average (dotted) and the meaningful-improvement zone (shaded, below the dashed line).</source>
        <translation>Dolor general, la zona peor de cada día (puntos), con su media de 7 días (línea gruesa), la media de la primera semana (punteada) y la zona de mejoría significativa (sombreada, bajo la línea discontinua).</translation>
    </message>
    <message>
        <source>Pain at each place: left as a solid line with filled circles, right as a dashed line with hollow squares. Gaps are days not rated.</source>
        <translation>Dolor en cada zona: la izquierda con línea continua y círculos rellenos, la derecha con línea discontinua y cuadrados huecos. Los huecos son días sin valorar.</translation>
    </message>
    <message>
        <source>Sessions done (dark) against planned (light) each day (long periods: the mean per day of each week or month); sessions stopped early in mid grey, stops as triangles, warning signs as stars.</source>
        <translation>Sesiones hechas (oscuro) frente a previstas (claro) cada día (en periodos largos, la media diaria de cada semana o mes); las sesiones paradas antes de tiempo en gris medio, las paradas como triángulos y los signos de alarma como estrellas.</translation>
    </message>
    <message>
        <source>How far down the leg the pain reached each day.</source>
        <translation>Hasta dónde bajó el dolor por la pierna cada día.</translation>
    </message>
    <message>
        <source>Weekly PSFS score (higher is better) and weekly overall pain (lower is better).</source>
        <translation>Puntuación PSFS semanal (más alto es mejor) y dolor general semanal (más bajo es mejor).</translation>
    </message>
    <message>
        <source>Progress report from self-reported data</source>
        <translation>Informe de progreso a partir de datos autorregistrados</translation>
    </message>
    <message>
        <source>{APP_NAME} progress report{name}</source>
        <translation>Informe de progreso de {APP_NAME}{name}</translation>
    </message>
    <message>
        <source>Generated {generated} from self-reported data · not a diagnosis</source>
        <translation>Generado el {generated} a partir de datos autorregistrados · no es un diagnóstico</translation>
    </message>
    <message>
        <source>Generated by {APP_NAME} on {generated}</source>
        <translation>Generado por {APP_NAME} el {generated}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Figure {figure}. {overall}</source>
        <translation>Figura {figure}. {overall}</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescripción</translation>
    </message>
    <message>
        <source>The program could not be read, so its exercises are not listed.</source>
        <translation>No se ha podido leer el programa, así que sus ejercicios no se enumeran.</translation>
    </message>
    <message>
        <source>Dose changes</source>
        <translation>Cambios de dosis</translation>
    </message>
    <message>
        <source>No dose changed in this period.</source>
        <translation>Ninguna dosis cambió en este periodo.</translation>
    </message>
    <message>
        <source>Week decisions</source>
        <translation>Decisiones semanales</translation>
    </message>
    <message>
        <source>No week decision in this period.</source>
        <translation>Ninguna decisión semanal en este periodo.</translation>
    </message>
    <message>
        <source>Pain by place: first week and last week</source>
        <translation>Dolor por zona: primera y última semana</translation>
    </message>
    <message>
        <source>Sessions done against planned</source>
        <translation>Sesiones hechas frente a previstas</translation>
    </message>
    <message>
        <source>Month by month in the table at the end of the report.</source>
        <translation>Mes a mes en la tabla al final del informe.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>% hechas</translation>
    </message>
    <message>
        <source>Sessions stopped early</source>
        <translation>Sesiones paradas antes de tiempo</translation>
    </message>
    <message>
        <source>None in those days.</source>
        <translation>Ninguna en esos días.</translation>
    </message>
    <message>
        <source>No session was stopped early in this period.</source>
        <translation>Ninguna sesión se paró antes de tiempo en este periodo.</translation>
    </message>
    <message>
        <source>Warning-sign answers</source>
        <translation>Respuestas a los signos de alarma</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Every diary note of the period ({note_rows}), in date order down each column.</source>
        <translation>Cada nota del diario del periodo ({note_rows}), por orden de fecha en cada columna.</translation>
    </message>
    <message>
        <source>No diary notes in this period.</source>
        <translation>No hay notas en el diario en este periodo.</translation>
    </message>
    <message>
        <source>Weekly scores (PSFS)</source>
        <translation>Puntuaciones semanales (PSFS)</translation>
    </message>
    <message>
        <source>Centralization: how far down the leg the pain reaches</source>
        <translation>Centralización: hasta dónde baja el dolor por la pierna</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>On most days the pain reached</source>
        <translation>La mayoría de los días el dolor llegó a</translation>
    </message>
    <message>
        <source>Figure {figure}. {key}</source>
        <translation>Figura {figure}. {key}</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Month by month: mean pain of the days rated (the worse side of each place), sessions, stops, symptom days, PSFS and warning signs</source>
        <translation>Mes a mes: dolor medio de los días valorados (el lado peor de cada zona), sesiones, paradas, días con síntomas, PSFS y signos de alarma</translation>
    </message>
    <message>
        <source>Diary by {diary_summary_by}, before the last {tracker_rows} days</source>
        <translation>Diario por {diary_summary_by}, antes de los últimos {tracker_rows} días</translation>
    </message>
    <message>
        <source>Mean pain of the days rated (the worse side of each place), and the days with weakness or numbness.</source>
        <translation>Dolor medio de los días valorados (el lado peor de cada zona) y los días con debilidad o entumecimiento.</translation>
    </message>
    <message>
        <source>Diary: the last {tracker_rows} days ({tracker_period})</source>
        <translation>Diario: los últimos {tracker_rows} días ({tracker_period})</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst imaginable) at each place, L left and R right; – not rated. Worst is the highest of the day&apos;s ratings.</source>
        <translation>Dolor de 0 (nada) a 10 (el peor imaginable) en cada zona, I izquierda y D derecha; – sin valorar. Peor es la más alta de las valoraciones del día.</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>el informe</translation>
    </message>
    <message>
        <source>1 session rated before and after</source>
        <translation>1 sesión puntuada antes y después</translation>
    </message>
    <message>
        <source>{n} sessions rated before and after</source>
        <translation>{n} sesiones puntuadas antes y después</translation>
    </message>
    <message>
        <source>{rated}: {before} before and {after} after on average; the pain rose by {points} points or more after {up} and fell by as much after {down}.</source>
        <translation>{rated}: {before} antes y {after} después de media; el dolor subió {points} puntos o más tras {up} y bajó otro tanto tras {down}.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>Week {week} is the program&apos;s last week. Its review comes on {review_from}, after 7 days on it.</source>
        <translation>La semana {week} es la última del programa. Su revisión llega el {review_from}, tras 7 días en ella.</translation>
    </message>
    <message>
        <source>Week {week} starts only when week {week2} has been tolerated well and you confirm it: its review comes on {review_from}, after 7 days on week {week2}.</source>
        <translation>La semana {week} solo empieza cuando la semana {week2} se ha tolerado bien y lo confirmas: su revisión llega el {review_from}, tras 7 días en la semana {week2}.</translation>
    </message>
    <message>
        <source>Move on to week {from_week}</source>
        <translation>Pasar a la semana {from_week}</translation>
    </message>
    <message>
        <source>Stay on week {from_week}</source>
        <translation>Quedarme en la semana {from_week}</translation>
    </message>
    <message>
        <source>Ease back to week {from_week}</source>
        <translation>Volver a la semana {from_week}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>you did {done} of the {planned} planned sessions in full ({adherence:.0%})</source>
        <translation>hiciste completas {done} de las {planned} sesiones previstas ({adherence:.0%})</translation>
    </message>
    <message>
        <source>, and {part} more in part</source>
        <translation>, y {part} más en parte</translation>
    </message>
    <message>
        <source>{did}; moving on needs {min_adherence:.0%} in full</source>
        <translation>{did}; para avanzar hace falta un {min_adherence:.0%} completas</translation>
    </message>
    <message>
        <source>you stopped {e} on {d} because of {label}</source>
        <translation>paraste {e} el {d} por {label}</translation>
    </message>
    <message>
        <source>you felt tingling in {e} on {d} (tingling is acceptable only in nerve glides)</source>
        <translation>notaste hormigueo en {e} el {d} (el hormigueo solo es aceptable en los deslizamientos neurales)</translation>
    </message>
    <message>
        <source>your average pain rose {describe}</source>
        <translation>tu dolor medio subió {describe}</translation>
    </message>
    <message>
        <source>you reported weakness on {recent_days} days in the week&apos;s last 7, against {before_days} in the 7 before</source>
        <translation>indicaste debilidad {recent_days} días de los últimos 7 de la semana, frente a {before_days} en los 7 anteriores</translation>
    </message>
    <message>
        <source>your diary shows the pain reaching further down the leg on its last days</source>
        <translation>tu diario muestra que el dolor llegó más abajo por la pierna en sus últimos días</translation>
    </message>
    <message>
        <source>you reported {what} on {d}</source>
        <translation>indicaste {what} el {d}</translation>
    </message>
    <message>
        <source> Your pain went {describe}.</source>
        <translation> Tu dolor {describe}.</translation>
    </message>
    <message>
        <source>Week {from_week} ({span}) was tolerated: {did}, with no stop for a symptom, no tingling outside the nerve glides and no warning sign.{pain_bit}</source>
        <translation>La semana {from_week} ({span}) se toleró bien: {did}, sin paradas por síntomas, sin hormigueo fuera de los deslizamientos neurales y sin signos de alarma.{pain_bit}</translation>
    </message>
    <message>
        <source>{summary} You can move on to week {from_week} if you feel ready, or stay a while longer.</source>
        <translation>{summary} Puedes pasar a la semana {from_week} si te sientes preparado, o quedarte un poco más.</translation>
    </message>
    <message>
        <source>{summary} That was the last week of the program. Keep doing the exercises that help you, and stay active.</source>
        <translation>{summary} Esa era la última semana del programa. Sigue haciendo los ejercicios que te ayudan y mantente activo.</translation>
    </message>
    <message>
        <source>. The dose was stepped down for {eased}</source>
        <translation>. La dosis se bajó para {eased}</translation>
    </message>
    <message>
        <source>We suggest easing back to week {from_week}&apos;s exercises for a while, then trying week {from_week2} again.</source>
        <translation>Te proponemos volver un tiempo a los ejercicios de la semana {from_week} y después intentar de nuevo la semana {from_week2}.</translation>
    </message>
    <message>
        <source>We suggest staying on week {from_week} and going more gently.</source>
        <translation>Te proponemos quedarte en la semana {from_week} y hacerlo con más suavidad.</translation>
    </message>
    <message>
        <source>We suggest staying on week {from_week} for another week before moving on.</source>
        <translation>Te proponemos quedarte en la semana {from_week} una semana más antes de avanzar.</translation>
    </message>
    <message>
        <source>Week {from_week} ({span}) is not yet tolerated well enough to move on: {why}. {advice} If symptoms keep you from exercising, talk to your doctor or physiotherapist.</source>
        <translation>La semana {from_week} ({span}) aún no se tolera lo bastante bien para avanzar: {why}. {advice} Si los síntomas no te dejan hacer ejercicio, habla con tu médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>your pain rose by {points} points or more after your sessions on {flared} of the {rated} days you rated it before and after</source>
        <translation>tu dolor subió {points} puntos o más tras tus sesiones en {flared} de los {rated} días en que lo puntuaste antes y después</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Only a clinician can {what}: turn on clinician mode in Settings first.</source>
        <translation>Solo un profesional sanitario puede {what}: primero activa el modo profesional en Ajustes.</translation>
    </message>
    <message>
        <source>Left out until a clinician has seen you (you reported {steady_leg}).</source>
        <translation>Se omite hasta que te haya visto un profesional sanitario (indicaste {steady_leg}).</translation>
    </message>
    <message>
        <source>You stay on week {week} until you answer its review below.</source>
        <translation>Sigues en la semana {week} hasta que respondas a su revisión, más abajo.</translation>
    </message>
    <message>
        <source>You stay on week {week}: its review below says why.</source>
        <translation>Sigues en la semana {week}: su revisión, más abajo, explica por qué.</translation>
    </message>
    <message>
        <source>You stay on week {week}: its review comes when exercises can start again.</source>
        <translation>Sigues en la semana {week}: su revisión llegará cuando puedas volver a hacer ejercicio.</translation>
    </message>
    <message>
        <source>Next time: {name} needs a steady leg, so it is left out until you confirm that a clinician has seen you.</source>
        <translation>La próxima vez: {name} necesita una pierna estable, así que se omite hasta que confirmes que te ha visto un profesional sanitario.</translation>
    </message>
    <message>
        <source>set the week</source>
        <translation>fijar la semana</translation>
    </message>
    <message>
        <source>allow exercise again today</source>
        <translation>permitir de nuevo el ejercicio hoy</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>{verb} after {stop_day}&apos;s stop</source>
        <translation>{verb} tras la parada del {stop_day}</translation>
    </message>
    <message>
        <source>{stop_day}&apos;s stop ({cause})</source>
        <translation>parada del {stop_day} ({cause})</translation>
    </message>
    <message>
        <source>Eased after {when}: {affected}, the low end of its range.</source>
        <translation>Suavizado tras {when}: {affected}, el mínimo de su rango.</translation>
    </message>
    <message>
        <source>Eased after {when}: {affected}, the previous week&apos;s dose.</source>
        <translation>Suavizado tras {when}: {affected}, la dosis de la semana anterior.</translation>
    </message>
    <message>
        <source>Left out today after {when}: the program has no easier dose for it. It comes back at its usual dose the day after; then go gently and stop short of where the symptoms started.</source>
        <translation>Se omite hoy tras {when}: el programa no tiene una dosis más suave para este ejercicio. Vuelve a su dosis habitual al día siguiente; entonces hazlo con suavidad y para antes del punto en que empezaron los síntomas.</translation>
    </message>
    <message>
        <source>Next time: {name} is paused and left out of your sessions, because it was stopped twice in a short time. Ask your doctor or physiotherapist about it before you re-enable it on Today.</source>
        <translation>La próxima vez: {name} queda en pausa y fuera de tus sesiones, porque lo paraste dos veces en poco tiempo. Consúltalo con tu médico o fisioterapeuta antes de volver a activarlo en Hoy.</translation>
    </message>
    <message>
        <source>Next time: the next day {name} comes up, it is eased to {affected}, the low end of its range. After that it carries on one step lower than today.</source>
        <translation>La próxima vez: el siguiente día que toque {name}, se suaviza a {affected}, el mínimo de su rango. Después sigue un paso por debajo de hoy.</translation>
    </message>
    <message>
        <source>Next time: the next day {name} comes up, it is eased to {affected}, the previous week&apos;s dose. After that it comes back at this week&apos;s dose.</source>
        <translation>La próxima vez: el siguiente día que toque {name}, se suaviza a {affected}, la dosis de la semana anterior. Después vuelve a la dosis de esta semana.</translation>
    </message>
    <message>
        <source>Next time: {name} has no easier dose in the program, so it is left out the next day it comes up. The day after it comes back at its usual dose: go gently, and stop short of where the symptoms started. If it happens again, ask your doctor or physiotherapist before carrying on with it.</source>
        <translation>La próxima vez: {name} no tiene una dosis más suave en el programa, así que se omite el siguiente día que toque. Al día siguiente vuelve a su dosis habitual: hazlo con suavidad y para antes del punto en que empezaron los síntomas. Si vuelve a pasar, consulta a tu médico o fisioterapeuta antes de seguir con él.</translation>
    </message>
    <message>
        <source>The session ends here, and you will see what to do next.</source>
        <translation>La sesión termina aquí y verás qué hacer a continuación.</translation>
    </message>
    <message>
        <source>Mild tingling is expected during a nerve glide and is acceptable. Keep the movement smooth and gentle, never forced.</source>
        <translation>Un hormigueo leve es esperable durante un deslizamiento neural y es aceptable. Haz el movimiento suave y tranquilo, nunca forzado.</translation>
    </message>
    <message>
        <source>Tingling is acceptable only in nerve glides. Here it counts as a symptom: the session goes on, but this exercise stays at its dose until it goes without tingling. Go more gently, and stop if it builds up or turns into pain.</source>
        <translation>El hormigueo solo es aceptable en los deslizamientos neurales. Aquí cuenta como síntoma: la sesión sigue, pero este ejercicio se queda en su dosis hasta que lo hagas sin hormigueo. Hazlo con más suavidad y para si aumenta o se convierte en dolor.</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>No new or worse symptoms. Carry on.</source>
        <translation>Ningún síntoma nuevo ni peor. Sigue.</translation>
    </message>
    <message>
        <source>Mild tingling</source>
        <translation>Hormigueo leve</translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation>Dolor agudo</translation>
    </message>
    <message>
        <source>Sharp pain means stop. {ENDS_HERE}</source>
        <translation>El dolor agudo significa parar. {ENDS_HERE}</translation>
    </message>
    <message>
        <source>Weakness or giving way</source>
        <translation>Debilidad o la pierna falla</translation>
    </message>
    <message>
        <source>Weakness, or the leg giving way, means stop. {ENDS_HERE}</source>
        <translation>La debilidad, o que la pierna falle, significa parar. {ENDS_HERE}</translation>
    </message>
    <message>
        <source>Pain spreading down the leg</source>
        <translation>Dolor que baja por la pierna</translation>
    </message>
    <message>
        <source>Pain spreading further down the leg means stop. {ENDS_HERE}</source>
        <translation>El dolor que se extiende más abajo por la pierna significa parar. {ENDS_HERE}</translation>
    </message>
    <message>
        <source>Weakness or the leg giving way</source>
        <translation>Debilidad o la pierna falla</translation>
    </message>
    <message>
        <source>Pain spreading further down the leg</source>
        <translation>Dolor que se extiende más abajo por la pierna</translation>
    </message>
    <message>
        <source>Dizzy or feeling unwell</source>
        <translation>Mareo o malestar</translation>
    </message>
    <message>
        <source>Something else (for example, an interruption)</source>
        <translation>Otra cosa (por ejemplo, una interrupción)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Stopped with the Stop button</source>
        <translation>Parada con el botón Parar</translation>
    </message>
    <message>
        <source>Your leg getting weaker, especially the knee buckling: see a doctor promptly.</source>
        <translation>Que la pierna se debilite, sobre todo si la rodilla cede: consulta a un médico sin demora.</translation>
    </message>
    <message>
        <source>New difficulty controlling your bladder or bowels, or numbness between your legs: seek emergency care now.</source>
        <translation>Dificultad nueva para controlar la vejiga o el intestino, o entumecimiento entre las piernas: busca atención de urgencia ahora.</translation>
    </message>
    <message>
        <source>Severe pain that no change of position or rest eases: see a doctor promptly.</source>
        <translation>Dolor intenso que no se alivia con ningún cambio de postura ni con reposo: consulta a un médico sin demora.</translation>
    </message>
    <message>
        <source>No improvement after 4 to 6 weeks of the program: tell your doctor or physiotherapist.</source>
        <translation>Ninguna mejoría tras 4 a 6 semanas de programa: díselo a tu médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>Falls because your leg is weak or gives way: see a doctor promptly.</source>
        <translation>Caídas porque la pierna está débil o falla: consulta a un médico sin demora.</translation>
    </message>
    <message>
        <source>A fever, or losing weight without trying: see a doctor promptly.</source>
        <translation>Fiebre, o perder peso sin proponértelo: consulta a un médico sin demora.</translation>
    </message>
    <message>
        <source>See a doctor, or get emergency care where it says so, if you notice:</source>
        <translation>Consulta a un médico, o busca atención de urgencia donde se indica, si notas:</translation>
    </message>
    <message>
        <source>lying on your side with a pillow between your knees, or on your back with your knees slightly raised on a pillow</source>
        <translation>tumbado de lado con una almohada entre las rodillas, o boca arriba con las rodillas algo elevadas sobre una almohada</translation>
    </message>
    <message>
        <source>during {exercise_name}</source>
        <translation>durante {exercise_name}</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>la sesión</translation>
    </message>
    <message>
        <source>You ended the session early. Everything you did so far is saved. When you are ready, you can start it again later today.</source>
        <translation>Has terminado la sesión antes de tiempo. Todo lo que has hecho hasta ahora está guardado. Cuando quieras, puedes volver a empezarla más tarde hoy.</translation>
    </message>
    <message>
        <source>Now: no more exercise today; you can start again tomorrow. Rest in a position that eases your symptoms, for example {REST_POSITIONS}.</source>
        <translation>Ahora: no más ejercicio hoy; puedes volver a empezar mañana. Descansa en una postura que alivie tus síntomas, por ejemplo {REST_POSITIONS}.</translation>
    </message>
    <message>
        <source>You stopped {where} because of sharp pain. Stopping was the right thing to do: the program says to stop for sharp pain.</source>
        <translation>Has parado ({where}) por un dolor agudo. Parar era lo correcto: el programa dice que hay que parar ante un dolor agudo.</translation>
    </message>
    <message>
        <source> Mild tingling is acceptable in a nerve glide; sharp pain is not.</source>
        <translation> Un hormigueo leve es aceptable en un deslizamiento neural; un dolor agudo no.</translation>
    </message>
    <message>
        <source>For the rest of the day: avoid the position that brought the pain on, and any position held for long that increases your symptoms. Keep moving gently around the home rather than staying in bed, and change position every 20 to 30 minutes. Ice for up to 15 minutes may ease a flare.</source>
        <translation>Durante el resto del día: evita la postura que provocó el dolor y cualquier postura mantenida mucho rato que aumente tus síntomas. Muévete con suavidad por casa en lugar de quedarte en la cama y cambia de postura cada 20 a 30 minutos. El hielo, hasta 15 minutos, puede aliviar una crisis.</translation>
    </message>
    <message>
        <source>You stopped {where} because the leg felt weak or gave way. Stopping was the right thing to do. Hold on to something steady, or sit down, before you move on.</source>
        <translation>Has parado ({where}) porque la pierna se notaba débil o falló. Parar era lo correcto. Agárrate a algo estable, o siéntate, antes de moverte.</translation>
    </message>
    <message>
        <source>Now: no more exercise today; you can start again tomorrow. Take care on stairs: hold the rail and take one step at a time, both feet on each stair.</source>
        <translation>Ahora: no más ejercicio hoy; puedes volver a empezar mañana. Ten cuidado en las escaleras: agárrate al pasamanos y sube o baja un escalón cada vez, con los dos pies en cada escalón.</translation>
    </message>
    <message>
        <source>The leg giving way or feeling weak is one of the signs to see a doctor about promptly. It is recorded with today&apos;s date, and the exercises that need a steady leg (balance, step-ups, stairs, squats and wall sits) are left out until you confirm that a clinician has seen you.</source>
        <translation>Que la pierna falle o se note débil es uno de los signos por los que hay que consultar a un médico sin demora. Queda registrado con la fecha de hoy, y los ejercicios que necesitan una pierna estable (equilibrio, subir a un escalón, escaleras, sentadillas y sentadillas en la pared) se omiten hasta que confirmes que te ha visto un profesional sanitario.</translation>
    </message>
    <message>
        <source>You stopped {where} because pain spread further down the leg. Stopping was the right thing to do.</source>
        <translation>Has parado ({where}) porque el dolor se extendió más abajo por la pierna. Parar era lo correcto.</translation>
    </message>
    <message>
        <source>Avoid the position that brought it on. Pain that moves back toward the spine is a good sign; pain that spreads further down the leg is worth telling your physiotherapist or doctor about. Tell them sooner if it keeps spreading, or comes with weakness or numbness.</source>
        <translation>Evita la postura que lo provocó. Que el dolor vuelva hacia la columna es una buena señal; que se extienda más abajo por la pierna es algo que conviene contar a tu fisioterapeuta o médico. Díselo antes si sigue extendiéndose o si aparece con debilidad o entumecimiento.</translation>
    </message>
    <message>
        <source>You stopped {where} because you felt dizzy or unwell. Sit or lie down where you cannot fall, and get up slowly when the feeling has passed.</source>
        <translation>Has parado ({where}) porque te sentías mareado o mal. Siéntate o túmbate donde no puedas caerte, y levántate despacio cuando se te haya pasado.</translation>
    </message>
    <message>
        <source>Now: no more exercise today. Start again another day only when you feel well.</source>
        <translation>Ahora: no más ejercicio hoy. Vuelve a empezar otro día solo cuando te encuentres bien.</translation>
    </message>
    <message>
        <source>If the feeling does not pass, or you have a fever or chills, call your doctor.</source>
        <translation>Si no se te pasa, o tienes fiebre o escalofríos, llama a tu médico.</translation>
    </message>
    <message>
        <source>
If you are worried, call your doctor or physiotherapist.</source>
        <translation>
Si estás preocupado, llama a tu médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>during {exercise_name} </source>
        <translation>durante {exercise_name} </translation>
    </message>
    <message>
        <source>You stopped {what}today because of {label}: no more exercise today. You can start again tomorrow, {tomorrow}.</source>
        <translation>Has parado {what}hoy por {label}: no más ejercicio hoy. Puedes volver a empezar mañana, {tomorrow}.</translation>
    </message>
    <message>
        <source>Seek emergency care now if you have not yet. </source>
        <translation>Busca atención de urgencia ahora si aún no lo has hecho. </translation>
    </message>
    <message>
        <source>Exercises are blocked: on {reported_on} you reported {what}. {urgent}When a clinician has seen you, confirm the date on Today to unblock them.</source>
        <translation>Los ejercicios están bloqueados: el {reported_on} indicaste {what}. {urgent}Cuando te haya visto un profesional sanitario, confirma la fecha en Hoy para desbloquearlos.</translation>
    </message>
    <message>
        <source>Exercises are paused: on {reported_on} you reported {what}. See a doctor promptly, then confirm on Today that you have read the advice to carry on.</source>
        <translation>Los ejercicios están en pausa: el {reported_on} indicaste {what}. Consulta a un médico sin demora y luego confirma en Hoy que has leído el consejo para seguir.</translation>
    </message>
    <message>
        <source>{short} (since {since})</source>
        <translation>{short} (desde el {since})</translation>
    </message>
    <message>
        <source>Exercises are paused: you reported {unread}. See a doctor promptly, and confirm on Today that you have read the advice to carry on.</source>
        <translation>Los ejercicios están en pausa: indicaste {unread}. Consulta a un médico sin demora y confirma en Hoy que has leído el consejo para seguir.</translation>
    </message>
    <message>
        <source>the exercises that need a steady leg</source>
        <translation>los ejercicios que necesitan una pierna estable</translation>
    </message>
    <message>
        <source>advice acknowledged {acknowledged_at}</source>
        <translation>consejo leído el {acknowledged_at}</translation>
    </message>
    <message>
        <source>clinician assessment confirmed {assessed_confirmed_at}</source>
        <translation>valoración profesional confirmada el {assessed_confirmed_at}</translation>
    </message>
    <message>
        <source>not yet acknowledged</source>
        <translation>aún no leído</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <source>the back</source>
        <translation>la espalda</translation>
    </message>
    <message>
        <source>the thigh</source>
        <translation>el muslo</translation>
    </message>
    <message>
        <source>the knee</source>
        <translation>la rodilla</translation>
    </message>
    <message>
        <source>the shin</source>
        <translation>la espinilla</translation>
    </message>
    <message>
        <source>went down by {drop:.1f} points ({fraction:.0%}), less than a meaningful improvement ({rule_text})</source>
        <translation>ha bajado {drop:.1f} puntos ({fraction:.0%}), menos que una mejoría significativa ({rule_text})</translation>
    </message>
    <message>
        <source>did not go down</source>
        <translation>no ha bajado</translation>
    </message>
    <message>
        <source>went up by {drop:.1f} points</source>
        <translation>ha subido {drop:.1f} puntos</translation>
    </message>
    <message>
        <source>{date} to {date2}</source>
        <translation>{date} a {date2}</translation>
    </message>
    <message>
        <source>After {weeks_in} weeks of exercises, your average pain {change}: {before:.1f} out of 10 over your first {k} diary days ({first_span}), {after:.1f} over your last {k} ({last_span}). Pain that has not eased after four to six weeks of steady exercise is a reason to see your doctor or physiotherapist, who can check what else may help. Show them this diary.</source>
        <translation>Tras {weeks_in} semanas de ejercicios, tu dolor medio {change}: {before:.1f} de 10 en tus primeros {k} días de diario ({first_span}), {after:.1f} en los últimos {k} ({last_span}). Un dolor que no ha mejorado tras cuatro a seis semanas de ejercicio constante es un motivo para consultar a tu médico o fisioterapeuta, que pueden valorar qué más puede ayudarte. Enséñales este diario.</translation>
    </message>
    <message>
        <source>Your pain has not improved</source>
        <translation>Tu dolor no ha mejorado</translation>
    </message>
    <message>
        <source>You reported weakness on {n} {days} in the last week ({recent}), against {before} in the week before. Weakness that is getting more frequent should be checked: see your doctor or physiotherapist promptly, and take extra care on stairs and when getting up. If the leg gives way or you fall, answer the warning-sign questions: the exercises that need a steady leg are then left out until you have been seen.</source>
        <translation>Indicaste debilidad {n} {days} de la última semana ({recent}), frente a {before} la semana anterior. Una debilidad cada vez más frecuente debe revisarse: consulta a tu médico o fisioterapeuta sin demora y ten especial cuidado en las escaleras y al levantarte. Si la pierna falla o te caes, responde a las preguntas de signos de alarma: los ejercicios que necesitan una pierna estable se omitirán hasta que te hayan visto.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Weakness is reported more often</source>
        <translation>Indicas debilidad más a menudo</translation>
    </message>
    <message>
        <source>{r} on {d}</source>
        <translation>{r} el {d}</translation>
    </message>
    <message>
        <source>you stopped </source>
        <translation>paraste </translation>
    </message>
    <message>
        <source>{e} on {d}</source>
        <translation>{e} el {d}</translation>
    </message>
    <message>
        <source> because pain spread further down the leg</source>
        <translation> porque el dolor se extendió más abajo por la pierna</translation>
    </message>
    <message>
        <source>your diary shows the pain reaching {recent}, further than {before_typical}, where it reached on most days the week before</source>
        <translation>tu diario muestra que el dolor llega a {recent}, más lejos que {before_typical}, adonde llegaba la mayoría de los días de la semana anterior</translation>
    </message>
    <message>
        <source>Pain is spreading down the leg</source>
        <translation>El dolor se extiende por la pierna</translation>
    </message>
    <message>
        <source>Your diary shows the pain reaching {recent}, closer to your back than {before_typical}, where it reached on most days the week before. Pain moving back from the leg toward the spine (centralization) is a good sign.</source>
        <translation>Tu diario muestra que el dolor llega a {recent}, más cerca de la espalda que {before_typical}, adonde llegaba la mayoría de los días de la semana anterior. Que el dolor retroceda desde la pierna hacia la columna (centralización) es una buena señal.</translation>
    </message>
    <message>
        <source>A good sign: the pain is centralizing</source>
        <translation>Una buena señal: el dolor se está centralizando</translation>
    </message>
    <message>
        <source>You stopped {name} {hits} times in its last {window} sessions ({what}). It is paused and left out of your sessions. Ask your doctor or physiotherapist about it before you re-enable it; they may suggest a gentler version.</source>
        <translation>Has parado {name} {hits} veces en sus últimas {window} sesiones ({what}). Queda en pausa y fuera de tus sesiones. Consúltalo con tu médico o fisioterapeuta antes de volver a activarlo; quizá te propongan una versión más suave.</translation>
    </message>
    <message>
        <source>{name} is paused</source>
        <translation>{name} está en pausa</translation>
    </message>
    <message>
        <source>Seek emergency care now</source>
        <translation>Busca atención de urgencia ahora</translation>
    </message>
    <message>
        <source>See a doctor promptly</source>
        <translation>Consulta a un médico sin demora</translation>
    </message>
    <message>
        <source>Mention it at your next visit</source>
        <translation>Coméntalo en tu próxima consulta</translation>
    </message>
    <message>
        <source>No warning signs</source>
        <translation>Sin signos de alarma</translation>
    </message>
    <message>
        <source>Have you had any new problems controlling your bladder or bowels? For example, not being able to pass urine, not feeling when you need to go, or leaking.</source>
        <translation>¿Has tenido algún problema nuevo para controlar la vejiga o el intestino? Por ejemplo, no poder orinar, no notar cuándo necesitas ir o tener escapes.</translation>
    </message>
    <message>
        <source>new bladder or bowel problems</source>
        <translation>problemas nuevos de vejiga o intestino</translation>
    </message>
    <message>
        <source>Is there new numbness in the saddle area: between your legs, on your inner thighs or around your buttocks?</source>
        <translation>¿Tienes entumecimiento nuevo en la zona de la silla de montar: entre las piernas, en la cara interna de los muslos o alrededor de las nalgas?</translation>
    </message>
    <message>
        <source>numbness in the saddle area</source>
        <translation>entumecimiento en la zona de la silla de montar</translation>
    </message>
    <message>
        <source>Has severe back pain come on suddenly, so that you cannot stand or walk?</source>
        <translation>¿Te ha aparecido de repente un dolor de espalda intenso que no te deja estar de pie ni caminar?</translation>
    </message>
    <message>
        <source>sudden severe back pain with not being able to stand or walk</source>
        <translation>dolor de espalda intenso y repentino que no te deja estar de pie ni caminar</translation>
    </message>
    <message>
        <source>Is your back pain new after an accident, a fall or an injury? Or is it new back pain and you have had cancer, or have osteoporosis (thin bones)?</source>
        <translation>¿Tu dolor de espalda es nuevo tras un accidente, una caída o una lesión? ¿O es un dolor de espalda nuevo y has tenido cáncer, o tienes osteoporosis (huesos frágiles)?</translation>
    </message>
    <message>
        <source>new back pain after an injury, or with a history of cancer or osteoporosis</source>
        <translation>dolor de espalda nuevo tras una lesión, o con antecedentes de cáncer u osteoporosis</translation>
    </message>
    <message>
        <source>Have you had a fever or chills, or an infection recently?</source>
        <translation>¿Has tenido fiebre o escalofríos, o una infección reciente?</translation>
    </message>
    <message>
        <source>fever, chills or a recent infection</source>
        <translation>fiebre, escalofríos o una infección reciente</translation>
    </message>
    <message>
        <source>Have you lost weight without trying?</source>
        <translation>¿Has perdido peso sin proponértelo?</translation>
    </message>
    <message>
        <source>weight loss without trying</source>
        <translation>pérdida de peso sin proponértelo</translation>
    </message>
    <message>
        <source>Is your leg getting weaker? For example, it is harder than before to straighten the knee, lift the thigh or lift the foot.</source>
        <translation>¿Se te está debilitando la pierna? Por ejemplo, te cuesta más que antes estirar la rodilla, levantar el muslo o levantar el pie.</translation>
    </message>
    <message>
        <source>weakness that is getting worse</source>
        <translation>debilidad que va a más</translation>
    </message>
    <message>
        <source>Has your knee buckled, or your leg given way?</source>
        <translation>¿Te ha cedido la rodilla o te ha fallado la pierna?</translation>
    </message>
    <message>
        <source>the knee buckling or the leg giving way</source>
        <translation>la rodilla que cede o la pierna que falla</translation>
    </message>
    <message>
        <source>Have you fallen, or nearly fallen, because your leg was weak or gave way?</source>
        <translation>¿Te has caído, o casi, porque la pierna estaba débil o te falló?</translation>
    </message>
    <message>
        <source>falls from the leg being weak or giving way</source>
        <translation>caídas porque la pierna está débil o falla</translation>
    </message>
    <message>
        <source>Have you started to limp, or does your foot drop so that your toes catch on the ground?</source>
        <translation>¿Has empezado a cojear, o se te cae el pie de forma que los dedos tropiezan con el suelo?</translation>
    </message>
    <message>
        <source>a new limp or the foot dropping</source>
        <translation>una cojera nueva o el pie que cae</translation>
    </message>
    <message>
        <source>Is numbness in your leg spreading or getting stronger, or have you lost feeling in a new place?</source>
        <translation>¿El entumecimiento de la pierna se está extendiendo o haciendo más fuerte, o has perdido sensibilidad en un sitio nuevo?</translation>
    </message>
    <message>
        <source>numbness that is spreading or getting stronger</source>
        <translation>entumecimiento que se extiende o se hace más fuerte</translation>
    </message>
    <message>
        <source>Do you now have symptoms in both legs?</source>
        <translation>¿Tienes ahora síntomas en las dos piernas?</translation>
    </message>
    <message>
        <source>symptoms in both legs</source>
        <translation>síntomas en las dos piernas</translation>
    </message>
    <message>
        <source>Is your pain unrelenting: no rest or change of position eases it, or it gets worse at night?</source>
        <translation>¿Tu dolor es implacable: no lo alivia el reposo ni ningún cambio de postura, o empeora por la noche?</translation>
    </message>
    <message>
        <source>pain that nothing eases or that is worse at night</source>
        <translation>dolor que no se alivia con nada o que empeora por la noche</translation>
    </message>
    <message>
        <source>the leg feeling weak or giving way during an exercise</source>
        <translation>la pierna débil o que falla durante un ejercicio</translation>
    </message>
    <message>
        <source>fever or unexplained weight loss</source>
        <translation>fiebre o pérdida de peso sin explicación</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Exercises stay blocked until you confirm the date a clinician saw you about this. Answering the questions again does not lift it.</source>
        <translation>Los ejercicios siguen bloqueados hasta que confirmes la fecha en que te vio un profesional sanitario por esto. Volver a responder a las preguntas no lo levanta.</translation>
    </message>
    <message>
        <source>Exercises are paused until you confirm that you have read this.</source>
        <translation>Los ejercicios están en pausa hasta que confirmes que has leído esto.</translation>
    </message>
    <message>
        <source>Until a clinician has seen you, the exercises that need a steady leg (balance, step-ups, stairs, squats and wall sits) are left out; confirm the date on Today when you have been seen.</source>
        <translation>Hasta que te vea un profesional sanitario, se omiten los ejercicios que necesitan una pierna estable (equilibrio, subir a un escalón, escaleras, sentadillas y sentadillas en la pared); confirma la fecha en Hoy cuando te hayan visto.</translation>
    </message>
    <message>
        <source>Exercises are blocked because of the warning signs you reported, until you confirm that a clinician has seen you (see the notice at the top).</source>
        <translation>Los ejercicios están bloqueados por los signos de alarma que indicaste, hasta que confirmes que te ha visto un profesional sanitario (mira el aviso de arriba).</translation>
    </message>
    <message>
        <source>Exercises are paused because of the warning signs you reported, until you confirm you have read the advice (see the notice at the top).</source>
        <translation>Los ejercicios están en pausa por los signos de alarma que indicaste, hasta que confirmes que has leído el consejo (mira el aviso de arriba).</translation>
    </message>
    <message>
        <source>You reported none of the warning signs. Carry on with your program, and answer these questions again whenever something changes.</source>
        <translation>No has indicado ningún signo de alarma. Sigue con tu programa y vuelve a responder a estas preguntas siempre que algo cambie.</translation>
    </message>
    <message>
        <source>You reported {emergency}. With back or leg pain this needs to be checked the same day: go to an emergency department now, or call your local emergency number. Do not wait to see whether it passes, and do not exercise.</source>
        <translation>Has indicado {emergency}. Con dolor de espalda o de pierna, esto debe revisarse el mismo día: ve ahora a urgencias o llama al número de emergencias de tu zona. No esperes a ver si se pasa y no hagas ejercicio.</translation>
    </message>
    <message>
        <source> Tell them that you also have {others}.</source>
        <translation> Diles que además tienes {others}.</translation>
    </message>
    <message>
        <source>You reported {what}. This needs a doctor&apos;s check promptly: call your doctor or physiotherapist and tell them what changed. If you notice new problems controlling your bladder or bowels, or numbness between your legs, get emergency care now.</source>
        <translation>Has indicado {what}. Esto necesita que lo revise un médico sin demora: llama a tu médico o fisioterapeuta y cuéntale qué ha cambiado. Si notas problemas nuevos para controlar la vejiga o el intestino, o entumecimiento entre las piernas, busca atención de urgencia ahora.</translation>
    </message>
    <message>
        <source> Until a doctor has checked what is causing it, the program may not be right for you: {BLOCKED_NOTE}</source>
        <translation> Hasta que un médico haya valorado la causa, puede que el programa no sea adecuado para ti: {BLOCKED_NOTE}</translation>
    </message>
    <message>
        <source>The date of the visit, {seen_on}, is after today: choose today or an earlier day.</source>
        <translation>La fecha de la consulta, {seen_on}, es posterior a hoy: elige hoy o un día anterior.</translation>
    </message>
    <message>
        <source>The visit must be on or after {first}, the day you reported {first2}.</source>
        <translation>La consulta debe ser el {first} o después, el día en que indicaste {first2}.</translation>
    </message>
    <message>
        <source>With back or leg pain this needs to be checked the same day: go to an emergency department now, or call your local emergency number.</source>
        <translation>Con dolor de espalda o de pierna, esto debe revisarse el mismo día: ve ahora a urgencias o llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>Call your doctor or physiotherapist promptly and tell them what changed.</source>
        <translation>Llama sin demora a tu médico o fisioterapeuta y cuéntale qué ha cambiado.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>A clinician has seen me about this since I reported it</source>
        <translation>Un profesional sanitario me ha visto por esto desde que lo indiqué</translation>
    </message>
    <message>
        <source>The date the clinician saw you</source>
        <translation>La fecha en que te vio el profesional sanitario</translation>
    </message>
    <message>
        <source>{button_text}: a clinician has seen me</source>
        <translation>{button_text}: me ha visto un profesional sanitario</translation>
    </message>
    <message>
        <source>Seen on:</source>
        <translation>Me vio el:</translation>
    </message>
    <message>
        <source>Unblock exercises</source>
        <translation>Desbloquear los ejercicios</translation>
    </message>
    <message>
        <source>I have read this: carry on</source>
        <translation>Lo he leído: seguir</translation>
    </message>
    <message>
        <source>I have read this advice: carry on with the exercises</source>
        <translation>He leído este consejo: seguir con los ejercicios</translation>
    </message>
    <message>
        <source>⚠ Some exercises are left out until a clinician has seen you</source>
        <translation>⚠ Algunos ejercicios se omiten hasta que te vea un profesional sanitario</translation>
    </message>
    <message>
        <source>Put them back</source>
        <translation>Volver a incluirlos</translation>
    </message>
    <message>
        <source>■ No more exercise today</source>
        <translation>■ No más ejercicio hoy</translation>
    </message>
    <message>
        <source>Allow exercise today (clinician)…</source>
        <translation>Permitir ejercicio hoy (profesional)…</translation>
    </message>
    <message>
        <source>Allow exercise again today, as a clinician, with a reason</source>
        <translation>Permitir de nuevo el ejercicio hoy, como profesional sanitario, indicando el motivo</translation>
    </message>
    <message>
        <source>Allow exercise today</source>
        <translation>Permitir ejercicio hoy</translation>
    </message>
    <message>
        <source>Why may exercise start again today? The reason is recorded with the stop.</source>
        <translation>¿Por qué puede volver a empezar el ejercicio hoy? El motivo se registra junto con la parada.</translation>
    </message>
    <message>
        <source>{name} is left out of your sessions. Ask your doctor or physiotherapist about it before you re-enable it.</source>
        <translation>{name} está fuera de tus sesiones. Consúltalo con tu médico o fisioterapeuta antes de volver a activarlo.</translation>
    </message>
    <message>
        <source>Re-enable {name}</source>
        <translation>Volver a activar {name}</translation>
    </message>
    <message>
        <source>Re-enable {name} in your sessions</source>
        <translation>Volver a activar {name} en tus sesiones</translation>
    </message>
    <message>
        <source>Week {from_week}: what next?</source>
        <translation>Semana {from_week}: ¿y ahora qué?</translation>
    </message>
    <message>
        <source>Your choice applies from today. You decide; you can also ask your physiotherapist.</source>
        <translation>Tu elección se aplica desde hoy. Tú decides; también puedes consultarlo con tu fisioterapeuta.</translation>
    </message>
    <message>
        <source>{label} (suggested)</source>
        <translation>{label} (sugerido)</translation>
    </message>
    <message>
        <source>Eased today after a stop</source>
        <translation>Suavizado hoy tras una parada</translation>
    </message>
    <message>
        <source>Something new or changed? Answer the warning-sign questions again.</source>
        <translation>¿Algo nuevo o diferente? Vuelve a responder a las preguntas de signos de alarma.</translation>
    </message>
    <message>
        <source>Check for warning signs</source>
        <translation>Revisar los signos de alarma</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>Semana:</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Set the week (clinician)…</source>
        <translation>Fijar la semana (profesional)…</translation>
    </message>
    <message>
        <source>Set the program week, as a clinician, with a reason</source>
        <translation>Fijar la semana del programa, como profesional sanitario, indicando el motivo</translation>
    </message>
    <message>
        <source>Set the week</source>
        <translation>Fijar la semana</translation>
    </message>
    <message>
        <source>Which week should the program be on from today, and why?</source>
        <translation>¿En qué semana debe estar el programa desde hoy, y por qué?</translation>
    </message>
    <message>
        <source>Safety data not updated</source>
        <translation>Datos de seguridad sin actualizar</translation>
    </message>
    <message>
        <source>These questions look for signs that need a doctor rather than exercise. Answer each one for what is new or has changed since you last answered (or since a clinician last saw you). If you are unsure, answer Yes. By keyboard: Y or N answers and moves to the next question.</source>
        <translation>Estas preguntas buscan signos que necesitan un médico en lugar de ejercicio. Responde cada una según lo que sea nuevo o haya cambiado desde la última vez que respondiste (o desde que te vio un profesional sanitario por última vez). Si tienes dudas, responde Sí. Con el teclado: Y (sí) o N (no) responde y pasa a la siguiente pregunta.</translation>
    </message>
    <message>
        <source>Warning-sign questions</source>
        <translation>Preguntas de signos de alarma</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Before you start: warning signs</source>
        <translation>Antes de empezar: signos de alarma</translation>
    </message>
    <message>
        <source>Answer all {WARNING_QUESTIONS} questions to finish.</source>
        <translation>Responde a las {WARNING_QUESTIONS} preguntas para terminar.</translation>
    </message>
    <message>
        <source>Warning-sign questions, scrollable</source>
        <translation>Preguntas de signos de alarma, con desplazamiento</translation>
    </message>
    <message>
        <source>{value}: advice, scrollable</source>
        <translation>{value}: consejo, con desplazamiento</translation>
    </message>
    <message>
        <source>Unblock exercises: a clinician has seen me</source>
        <translation>Desbloquear los ejercicios: me ha visto un profesional sanitario</translation>
    </message>
    <message>
        <source>Close (exercises stay blocked)</source>
        <translation>Cerrar (los ejercicios siguen bloqueados)</translation>
    </message>
    <message>
        <source>Close; exercises stay blocked</source>
        <translation>Cerrar; los ejercicios siguen bloqueados</translation>
    </message>
    <message>
        <source>Not now (exercises stay paused)</source>
        <translation>Ahora no (los ejercicios siguen en pausa)</translation>
    </message>
    <message>
        <source>Not now; exercises stay paused</source>
        <translation>Ahora no; los ejercicios siguen en pausa</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Guardar las respuestas</translation>
    </message>
    <message>
        <source>Save the answers</source>
        <translation>Guardar las respuestas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Cancelar sin guardar</translation>
    </message>
    <message>
        <source>Answer every question to save.</source>
        <translation>Responde a todas las preguntas para guardar.</translation>
    </message>
    <message>
        <source>Answer every question to save ({left} left).</source>
        <translation>Responde a todas las preguntas para guardar (faltan {left}).</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Ambas piernas</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No estoy seguro</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Beeps</source>
        <translation>Pitidos</translation>
    </message>
    <message>
        <source>Silent (the timer flashes)</source>
        <translation>Silencio (solo parpadeos)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>{value!r} is not a time of day. Write reminder times as hours:minutes on a 24-hour clock, for example 08:00 or 18:30.</source>
        <translation>{value!r} no es una hora del día. Escribe las horas de los recordatorios como horas:minutos en formato de 24 horas, por ejemplo 08:00 o 18:30.</translation>
    </message>
    <message>
        <source>There is no session {index} in today&apos;s program.</source>
        <translation>No hay una sesión {index} en el programa de hoy.</translation>
    </message>
    <message>
        <source>{what} is either on or off (true or false), not {value!r}.</source>
        <translation>{what} solo puede estar activado o desactivado (true o false), no {value!r}.</translation>
    </message>
    <message>
        <source>Text size is a whole percentage from {MIN_TEXT} to {MAX_TEXT}, not {value!r}.</source>
        <translation>El tamaño del texto es un porcentaje entero de {MIN_TEXT} a {MAX_TEXT}, no {value!r}.</translation>
    </message>
    <message>
        <source>Text size {v} % is outside {MIN_TEXT}–{MAX_TEXT} %. Choose a size in that range.</source>
        <translation>El tamaño del texto {v} % está fuera de {MIN_TEXT}–{MAX_TEXT} %. Elige un tamaño dentro de ese intervalo.</translation>
    </message>
    <message>
        <source>{value!r} is not a way to give cues. Choose one of: {modes}.</source>
        <translation>{value!r} no es una forma de dar avisos. Elige una de: {modes}.</translation>
    </message>
    <message>
        <source>{value!r} is not a theme. Choose one of: {THEMES}.</source>
        <translation>{value!r} no es un tema. Elige uno de estos: {THEMES}.</translation>
    </message>
    <message>
        <source>Movement breaks come every {choices} minutes; {value!r} is not one of them.</source>
        <translation>Las pausas para moverse son cada {choices} minutos; {value!r} no es uno de esos valores.</translation>
    </message>
    <message>
        <source>{value!r} is not a language the app speaks. Choose one of: {LANGUAGES}, or leave it empty to follow the system.</source>
        <translation>{value!r} no es un idioma de la aplicación. Elige uno de estos: {LANGUAGES}, o déjalo vacío para seguir al sistema.</translation>
    </message>
    <message>
        <source>Session reminder times are a list with one time per session, for example 08:00 and 18:00.</source>
        <translation>Las horas de los recordatorios de sesión son una lista con una hora por sesión, por ejemplo 08:00 y 18:00.</translation>
    </message>
    <message>
        <source>Session reminders</source>
        <translation>Los recordatorios de sesión</translation>
    </message>
    <message>
        <source>The tracker reminder</source>
        <translation>El recordatorio del diario</translation>
    </message>
    <message>
        <source>Movement break reminders</source>
        <translation>Los recordatorios de pausas para moverse</translation>
    </message>
    <message>
        <source>There is no setting called {key!r}.</source>
        <translation>No existe ningún ajuste llamado {key!r}.</translation>
    </message>
    <message>
        <source>Clinician PIN</source>
        <translation>PIN de profesional</translation>
    </message>
    <message>
        <source>Set the clinician PIN</source>
        <translation>Poner el PIN de profesional</translation>
    </message>
    <message>
        <source>The PIN keeps program editing and profile management for the clinician, so that a patient does not change doses by accident. It does not lock the data file itself. At least {MIN_PIN_LENGTH} characters: digits, letters or both.</source>
        <translation>El PIN reserva la edición de programas y la gestión de perfiles para el profesional sanitario, para que un paciente no cambie las dosis por error. No bloquea el archivo de datos en sí. Al menos {MIN_PIN_LENGTH} caracteres: cifras, letras o ambas.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Repite el PIN nuevo</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <source>Clinician mode</source>
        <translation>Modo profesional</translation>
    </message>
    <message>
        <source>Enter the clinician PIN to edit programs and manage profiles.</source>
        <translation>Escribe el PIN de profesional para editar programas y gestionar perfiles.</translation>
    </message>
    <message>
        <source>{message} Clinician mode stays off.</source>
        <translation>{message} El modo profesional sigue desactivado.</translation>
    </message>
    <message>
        <source>Clinician mode is for the physiotherapist: it unlocks program editing and profiles.</source>
        <translation>El modo profesional es para el fisioterapeuta: desbloquea la edición de programas y los perfiles.</translation>
    </message>
    <message>
        <source>&amp;Enter clinician mode</source>
        <translation>&amp;Entrar en el modo profesional</translation>
    </message>
    <message>
        <source>No PIN is set. In clinician mode, Profiles lets you set one so that a patient does not enter by accident.</source>
        <translation>No hay ningún PIN. En el modo profesional, Perfiles permite poner uno para que un paciente no entre por error.</translation>
    </message>
    <message>
        <source>Please choose a new clinician PIN now: PINs need at least {MIN_PIN_LENGTH} characters, and are kept more safely than before. Your current PIN works until you change it.</source>
        <translation>Elige ahora un PIN de profesional nuevo: los PIN necesitan al menos {MIN_PIN_LENGTH} caracteres y se guardan de forma más segura que antes. Tu PIN actual funciona hasta que lo cambies.</translation>
    </message>
    <message>
        <source>PIN not set</source>
        <translation>PIN no guardado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinician mode is on.&lt;/b&gt; Programs can be edited and profiles managed.</source>
        <translation>&lt;b&gt;El modo profesional está activado.&lt;/b&gt; Se pueden editar los programas y gestionar los perfiles.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinician mode is off.&lt;/b&gt; Program editing and profiles are locked.</source>
        <translation>&lt;b&gt;El modo profesional está desactivado.&lt;/b&gt; La edición de programas y los perfiles están bloqueados.</translation>
    </message>
    <message>
        <source>&amp;Leave clinician mode</source>
        <translation>&amp;Salir del modo profesional</translation>
    </message>
    <message>
        <source>Enter &amp;clinician mode…</source>
        <translation>&amp;Modo profesional…</translation>
    </message>
    <message>
        <source>Leave clinician mode</source>
        <translation>Salir del modo profesional</translation>
    </message>
    <message>
        <source>Enter clinician mode</source>
        <translation>Entrar en el modo profesional</translation>
    </message>
    <message>
        <source>Clinician mode: on</source>
        <translation>Modo profesional: activado</translation>
    </message>
    <message>
        <source>Clinician mode: off</source>
        <translation>Modo profesional: desactivado</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>Edit {display_name}</source>
        <translation>Editar {display_name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. Sam</source>
        <translation>p. ej., Sam</translation>
    </message>
    <message>
        <source>Affected side</source>
        <translation>Lado afectado</translation>
    </message>
    <message>
        <source>Start date: week 1, day 1 of the program</source>
        <translation>Fecha de inicio: día 1 de la semana 1 del programa</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>{entry} ({week_count} weeks, {mark})</source>
        <translation>{entry} ({week_count} semanas, {mark})</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Affected &amp;side:</source>
        <translation>&amp;Lado afectado:</translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation>&amp;Fecha de inicio:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>⚠ Give the profile a name, so that people can tell the profiles apart.</source>
        <translation>⚠ Pon un nombre al perfil para que se puedan distinguir los perfiles.</translation>
    </message>
    <message>
        <source>⚠ Choose a program.</source>
        <translation>⚠ Elige un programa.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Choose another &amp;program…</source>
        <translation>Elegir otro &amp;programa…</translation>
    </message>
    <message>
        <source>Choose another program for this profile</source>
        <translation>Elegir otro programa para este perfil</translation>
    </message>
    <message>
        <source>Each person using this computer has a profile with their own program, start date and history. Switching, adding or deleting profiles needs clinician mode.</source>
        <translation>Cada persona que usa este ordenador tiene un perfil con su propio programa, fecha de inicio e historial. Para cambiar, añadir o borrar perfiles hace falta el modo profesional.</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Perfiles en este ordenador</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>Perfil &amp;nuevo…</translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation>Añadir un perfil nuevo</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar los datos…</translation>
    </message>
    <message>
        <source>Edit the selected profile&apos;s details</source>
        <translation>Editar los datos del perfil elegido</translation>
    </message>
    <message>
        <source>&amp;Switch to this profile</source>
        <translation>&amp;Cambiar a este perfil</translation>
    </message>
    <message>
        <source>Switch to the selected profile</source>
        <translation>Cambiar al perfil elegido</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its history</source>
        <translation>Borrar el perfil elegido y su historial</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Quitar el PIN</translation>
    </message>
    <message>
        <source>Remove the clinician PIN</source>
        <translation>Quitar el PIN de profesional</translation>
    </message>
    <message>
        <source>In use: &lt;b&gt;{display_name}&lt;/b&gt;</source>
        <translation>En uso: &lt;b&gt;{display_name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No profile yet.</source>
        <translation>Aún no hay ningún perfil.</translation>
    </message>
    <message>
        <source>no program</source>
        <translation>sin programa</translation>
    </message>
    <message>
        <source>{display_name}{in_use}
{affected_side} · started {start_date} · {program} · {sessions} sessions, {diary} diary days</source>
        <translation>{display_name}{in_use}
{affected_side} · empezó el {start_date} · {program} · {sessions} sesiones, {diary} días de diario</translation>
    </message>
    <message>
        <source>   ● in use</source>
        <translation>   ● en uso</translation>
    </message>
    <message>
        <source>Clinician PIN: set. Clinician mode asks for it.</source>
        <translation>PIN de profesional: puesto. El modo profesional lo pide.</translation>
    </message>
    <message>
        <source>Clinician PIN: not set. Anyone can enter clinician mode after a confirmation.</source>
        <translation>PIN de profesional: sin poner. Cualquiera puede entrar en el modo profesional tras una confirmación.</translation>
    </message>
    <message>
        <source>Change the PIN…</source>
        <translation>Cambiar el PIN…</translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation>Poner un PIN…</translation>
    </message>
    <message>
        <source>Change the clinician PIN</source>
        <translation>Cambiar el PIN de profesional</translation>
    </message>
    <message>
        <source>Set a clinician PIN</source>
        <translation>Poner un PIN de profesional</translation>
    </message>
    <message>
        <source>The profile in use cannot be deleted; switch first.</source>
        <translation>El perfil en uso no se puede borrar; cambia antes de perfil.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Added {display_name}. Use “Switch to this profile” to use it.</source>
        <translation>Se ha añadido {display_name}. Usa «Cambiar a este perfil» para usarlo.</translation>
    </message>
    <message>
        <source>Saved {display_name}.</source>
        <translation>Se ha guardado {display_name}.</translation>
    </message>
    <message>
        <source>{display_name} now uses {program}.</source>
        <translation>{display_name} usa ahora {program}.</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Cambiar de perfil</translation>
    </message>
    <message>
        <source>Switch to {display_name}?</source>
        <translation>¿Cambiar a {display_name}?</translation>
    </message>
    <message>
        <source>&amp;Switch to {display_name}</source>
        <translation>&amp;Cambiar a {display_name}</translation>
    </message>
    <message>
        <source>Today, the diary and progress will show their program and history. Nothing is deleted.</source>
        <translation>Hoy, el diario y el progreso mostrarán su programa y su historial. No se borra nada.</translation>
    </message>
    <message>
        <source>Not switched</source>
        <translation>Sin cambiar</translation>
    </message>
    <message>
        <source>Now using {display_name}.</source>
        <translation>Ahora se usa {display_name}.</translation>
    </message>
    <message>
        <source>{sessions} sessions and {diary} diary days</source>
        <translation>{sessions} sesiones y {diary} días de diario</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Borrar el perfil</translation>
    </message>
    <message>
        <source>Delete {display_name} and their history ({history})?</source>
        <translation>¿Borrar {display_name} y su historial ({history})?</translation>
    </message>
    <message>
        <source>&amp;Delete {display_name}</source>
        <translation>&amp;Borrar {display_name}</translation>
    </message>
    <message>
        <source>Other profiles keep all their data. A backup of the data file is made first.</source>
        <translation>Los demás perfiles conservan todos sus datos. Antes se hace una copia de seguridad del archivo de datos.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No borrado</translation>
    </message>
    <message>
        <source>Deleted {display_name} and their history.</source>
        <translation>Se ha borrado {display_name} y su historial.</translation>
    </message>
    <message>
        <source>Enter the current PIN first.</source>
        <translation>Primero escribe el PIN actual.</translation>
    </message>
    <message>
        <source>PIN not changed</source>
        <translation>PIN sin cambiar</translation>
    </message>
    <message>
        <source>The clinician PIN is set. Clinician mode asks for it from now on.</source>
        <translation>El PIN de profesional está puesto. A partir de ahora el modo profesional lo pedirá.</translation>
    </message>
    <message>
        <source>Remove the clinician PIN?</source>
        <translation>¿Quitar el PIN de profesional?</translation>
    </message>
    <message>
        <source>&amp;Remove the PIN</source>
        <translation>&amp;Quitar el PIN</translation>
    </message>
    <message>
        <source>Clinician mode will only ask for a confirmation.</source>
        <translation>El modo profesional solo pedirá una confirmación.</translation>
    </message>
    <message>
        <source>The clinician PIN is removed.</source>
        <translation>Se ha quitado el PIN de profesional.</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>state before a restore</source>
        <translation>estado antes de una restauración</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>{created} · {why} · {size} KB</source>
        <translation>{created} · {why} · {size} KB</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Hours and minutes, 24-hour clock; Up and Down change the part under the cursor</source>
        <translation>Horas y minutos, formato de 24 horas; las flechas arriba y abajo cambian la parte bajo el cursor</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me of each session</source>
        <translation>Recordarme cada sesión</translation>
    </message>
    <message>
        <source>Remind me to fill in the daily tracker</source>
        <translation>Recordarme rellenar el diario</translation>
    </message>
    <message>
        <source>Tracker at</source>
        <translation>Diario a las</translation>
    </message>
    <message>
        <source>Tracker reminder time</source>
        <translation>Hora del recordatorio del diario</translation>
    </message>
    <message>
        <source>A reminder shows only while that session or the day&apos;s tracker is not done yet.</source>
        <translation>Un recordatorio solo aparece mientras esa sesión o el diario del día estén sin hacer.</translation>
    </message>
    <message>
        <source>Movement breaks at the desk</source>
        <translation>Pausas para moverse en el escritorio</translation>
    </message>
    <message>
        <source>Remind me to stand and move</source>
        <translation>Recordarme que me mueva</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Minutes of sitting between movement breaks</source>
        <translation>Minutos sentado entre pausas para moverse</translation>
    </message>
    <message>
        <source>{m} minutes</source>
        <translation>{m} minutos</translation>
    </message>
    <message>
        <source> On this computer the app can tell {detects}.</source>
        <translation> En este ordenador la aplicación puede saber {detects}.</translation>
    </message>
    <message>
        <source>Section 8 of the monograph: stand and move every 20–30 minutes when sitting. The reminder offers a one-minute routine from your program and counts each break in the diary. It waits while a session is open, and pauses while the screen is locked or nobody is using the computer, as far as the system tells the app.{told}</source>
        <translation>Sección 8 de la monografía: levántate y muévete cada 20–30 minutos cuando estés sentado. El recordatorio ofrece una rutina de un minuto de tu programa y cuenta cada pausa en el diario. Espera mientras haya una sesión abierta y se detiene mientras la pantalla está bloqueada o nadie usa el ordenador, en la medida en que el sistema se lo indica a la aplicación.{told}</translation>
    </message>
    <message>
        <source>{name} session at</source>
        <translation>Sesión ({name}) a las</translation>
    </message>
    <message>
        <source>{name} session reminder time</source>
        <translation>Hora del recordatorio de la sesión ({name})</translation>
    </message>
    <message>
        <source>Sound and display</source>
        <translation>Sonido y pantalla</translation>
    </message>
    <message>
        <source>Cues during a session</source>
        <translation>Avisos en la sesión</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Voice: during a session a voice says which exercise and side come next, counts the reps and the last seconds of each hold, and asks the check-in question.</source>
        <translation>Voz: durante una sesión, una voz dice qué ejercicio y qué lado vienen ahora, cuenta las repeticiones y los últimos segundos de cada mantenimiento, y pregunta qué tal ha ido.</translation>
    </message>
    <message>
        <source>Your program</source>
        <translation>Tu programa</translation>
    </message>
    <message>
        <source>Exercises done on one side follow this; it applies from the next session.</source>
        <translation>Los ejercicios de un solo lado siguen esto; se aplica desde la próxima sesión.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Everything is kept in this folder on this computer:</source>
        <translation>Todo se guarda en esta carpeta de este ordenador:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups, newest first&lt;/b&gt;: choose one to restore it</source>
        <translation>&lt;b&gt;Copias de seguridad, la más reciente primero&lt;/b&gt;: elige una para restaurarla</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>No backups yet. Back up now makes one.</source>
        <translation>Aún no hay copias de seguridad. «Hacer una copia ahora» crea una.</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>Restaurar la copia elegida…</translation>
    </message>
    <message>
        <source>Replaces your data with the chosen backup; a copy of today&apos;s data is kept</source>
        <translation>Sustituye tus datos por la copia elegida; se guarda una copia de los datos de hoy</translation>
    </message>
    <message>
        <source>That setting was not saved: {exc}</source>
        <translation>Ese ajuste no se ha guardado: {exc}</translation>
    </message>
    <message>
        <source>The language changes when Lumbar Coach starts again.</source>
        <translation>El idioma cambiará cuando Lumbar Coach se vuelva a abrir.</translation>
    </message>
    <message>
        <source>The affected side was not changed: {exc}</source>
        <translation>El lado afectado no se ha cambiado: {exc}</translation>
    </message>
    <message>
        <source>Affected side: {side}.</source>
        <translation>Lado afectado: {side}.</translation>
    </message>
    <message>
        <source>No file manager could open the folder. It is {folder}</source>
        <translation>Ningún gestor de archivos ha podido abrir la carpeta. Está en {folder}</translation>
    </message>
    <message>
        <source>No backup was made: {exc}</source>
        <translation>No se ha hecho ninguna copia: {exc}</translation>
    </message>
    <message>
        <source>Backup made: {name} in {parent}.</source>
        <translation>Copia hecha: {name} en {parent}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace your data with the backup from {when}?</source>
        <translation>¿Sustituir tus datos por la copia del {when}?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Sessions and diary entries made after that backup will no longer show. A copy of your data as it is now is kept first, and it appears in this list, so you can go back to it.</source>
        <translation>Las sesiones y entradas del diario posteriores a esa copia dejarán de verse. Antes se guarda una copia de tus datos tal como están ahora, y aparece en esta lista, así que puedes volver a ella.</translation>
    </message>
    <message>
        <source>Nothing was restored: {exc}</source>
        <translation>No se ha restaurado nada: {exc}</translation>
    </message>
    <message>
        <source> Your data as it was is kept as {name}.</source>
        <translation> Tus datos tal como estaban se guardan como {name}.</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.{kept}</source>
        <translation>Se ha restaurado la copia del {when}.{kept}</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Too many wrong PINs. Try again in {wait}.</source>
        <translation>Demasiados PIN incorrectos. Vuelve a intentarlo dentro de {wait}.</translation>
    </message>
    <message>
        <source>That PIN is not right. Too many wrong PINs: try again in {wait}.</source>
        <translation>Ese PIN no es correcto. Demasiados PIN incorrectos: vuelve a intentarlo dentro de {wait}.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <source>{s} seconds</source>
        <translation>{s} segundos</translation>
    </message>
    <message>
        <source>{s} minutes</source>
        <translation>{s} minutos</translation>
    </message>
    <message>
        <source>quick_check failed</source>
        <translation>quick_check ha fallado</translation>
    </message>
    <message>
        <source>Your data file {path} is damaged ({problem}). Nothing was changed. Run `coach check --repair` to keep it aside and restore the newest good backup, or open {APP_NAME}, which does the same and tells you what was restored.</source>
        <translation>Tu archivo de datos {path} está dañado ({problem}). No se ha cambiado nada. Ejecuta `coach check --repair` para apartarlo y restaurar la copia buena más reciente, o abre {APP_NAME}, que hace lo mismo y te dice qué se ha restaurado.</translation>
    </message>
    <message>
        <source>You can look at everything, but nothing new is saved until this is fixed.</source>
        <translation>Puedes consultarlo todo, pero no se guardará nada nuevo hasta que se resuelva.</translation>
    </message>
    <message>
        <source>Your data file was made by a newer {APP_NAME} ({detail}), so this version opened it read-only. {look} Use the newer version of {APP_NAME} to go on recording.</source>
        <translation>Tu archivo de datos lo creó una versión más nueva de {APP_NAME} ({detail}), así que esta versión lo ha abierto en modo de solo lectura. {look} Usa la versión más nueva de {APP_NAME} para seguir registrando.</translation>
    </message>
    <message>
        <source>The disk holding {parent} is full, so {APP_NAME} opened your data read-only. {look} Free some space on that disk, then start {APP_NAME} again.</source>
        <translation>El disco que contiene {parent} está lleno, así que {APP_NAME} ha abierto tus datos en modo de solo lectura. {look} Libera algo de espacio en ese disco y vuelve a abrir {APP_NAME}.</translation>
    </message>
    <message>
        <source>Your data file {path} is in use by another program, so {APP_NAME} opened it read-only. {look} Close other copies of {APP_NAME}, then start it again.</source>
        <translation>Tu archivo de datos {path} lo está usando otro programa, así que {APP_NAME} lo ha abierto en modo de solo lectura. {look} Cierra las otras copias de {APP_NAME} y vuelve a abrirlo.</translation>
    </message>
    <message>
        <source>Your data file {path} cannot be written ({detail}), so {APP_NAME} opened it read-only. {look} Check the permissions of the file and its folder, then start again.</source>
        <translation>No se puede escribir en tu archivo de datos {path} ({detail}), así que {APP_NAME} lo ha abierto en modo de solo lectura. {look} Comprueba los permisos del archivo y de su carpeta y vuelve a empezar.</translation>
    </message>
    <message>
        <source>Your data file {path} could not be written ({detail}), so {APP_NAME} opened it read-only. {look} Check the disk, then start again.</source>
        <translation>No se ha podido escribir en tu archivo de datos {path} ({detail}), así que {APP_NAME} lo ha abierto en modo de solo lectura. {look} Comprueba el disco y vuelve a empezar.</translation>
    </message>
    <message>
        <source>The disk holding {parent} is full, so your data cannot be opened. Nothing was changed. Free some space on that disk and try again.</source>
        <translation>El disco que contiene {parent} está lleno, así que no se pueden abrir tus datos. No se ha cambiado nada. Libera algo de espacio en ese disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your data file {path} is in use by another program ({detail}). Nothing was changed. Close other copies of {APP_NAME} and try again.</source>
        <translation>Tu archivo de datos {path} lo está usando otro programa ({detail}). No se ha cambiado nada. Cierra las otras copias de {APP_NAME} y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your data file {path} cannot be opened ({detail}). Nothing was changed. Check the permissions of the file and its folder.</source>
        <translation>No se puede abrir tu archivo de datos {path} ({detail}). No se ha cambiado nada. Comprueba los permisos del archivo y de su carpeta.</translation>
    </message>
    <message>
        <source>Your data file {path} cannot be opened now ({detail}). Nothing was changed. Check the disk and try again.</source>
        <translation>Ahora no se puede abrir tu archivo de datos {path} ({detail}). No se ha cambiado nada. Comprueba el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>it cannot be written now</source>
        <translation>ahora no se puede escribir en él</translation>
    </message>
    <message>
        <source> It cannot be repaired because the folder {data_dir} cannot be written; fix the folder&apos;s permissions and start again.</source>
        <translation> No se puede reparar porque no se puede escribir en la carpeta {data_dir}; corrige los permisos de la carpeta y vuelve a empezar.</translation>
    </message>
    <message>
        <source>Your data file {path} is damaged ({problem}), and repairing it failed ({exc}). Nothing was deleted; free some space or fix the folder, and try again.</source>
        <translation>Tu archivo de datos {path} está dañado ({problem}) y no se ha podido reparar ({exc}). No se ha borrado nada; libera algo de espacio o corrige la carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your data file {path} was made by a newer {APP_NAME} that changed how data is kept ({problem}). Nothing was changed. Use the newer version of {APP_NAME}.</source>
        <translation>Tu archivo de datos {path} lo creó una versión más nueva de {APP_NAME} que cambió cómo se guardan los datos ({problem}). No se ha cambiado nada. Usa la versión más nueva de {APP_NAME}.</translation>
    </message>
    <message>
        <source>the folder {data_dir} cannot be written</source>
        <translation>no se puede escribir en la carpeta {data_dir}</translation>
    </message>
    <message>
        <source>The data folder {data_dir} cannot be written. Fix its permissions, or choose another folder with --data-dir or COACH_DATA_DIR.</source>
        <translation>No se puede escribir en la carpeta de datos {data_dir}. Corrige sus permisos o elige otra carpeta con --data-dir o COACH_DATA_DIR.</translation>
    </message>
    <message>
        <source> It cannot be repaired now either: {detail}</source>
        <translation> Ahora tampoco se puede reparar: {detail}</translation>
    </message>
    <message>
        <source>Your data file {path} needs updating for this version of {APP_NAME}, which needs to write it: {detail}</source>
        <translation>Tu archivo de datos {path} necesita actualizarse para esta versión de {APP_NAME}, que necesita escribir en él: {detail}</translation>
    </message>
    <message>
        <source> Changes saved just before the app last stopped may not show until then.</source>
        <translation> Puede que los cambios guardados justo antes de que se cerrara la aplicación no se vean hasta entonces.</translation>
    </message>
    <message>
        <source>Not saved: your data is open read-only because {read_only_because}.</source>
        <translation>No guardado: tus datos están abiertos en modo de solo lectura porque {read_only_because}.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged ({problem}); choose another one.</source>
        <translation>La copia de seguridad {name} está dañada ({problem}); elige otra.</translation>
    </message>
    <message>
        <source>Nothing was restored: {path}</source>
        <translation>No se ha restaurado nada: {path}</translation>
    </message>
    <message>
        <source>The data folder {data_dir} is a file, not a folder. Choose another folder with --data-dir or COACH_DATA_DIR.</source>
        <translation>La carpeta de datos {data_dir} es un archivo, no una carpeta. Elige otra carpeta con --data-dir o COACH_DATA_DIR.</translation>
    </message>
    <message>
        <source>The data folder {data_dir} cannot be created ({exc}). Choose another folder with --data-dir or COACH_DATA_DIR.</source>
        <translation>No se puede crear la carpeta de datos {data_dir} ({exc}). Elige otra carpeta con --data-dir o COACH_DATA_DIR.</translation>
    </message>
    <message>
        <source>The data folder {data_dir} cannot be read. Fix its permissions, or choose another folder with --data-dir or COACH_DATA_DIR.</source>
        <translation>No se puede leer la carpeta de datos {data_dir}. Corrige sus permisos o elige otra carpeta con --data-dir o COACH_DATA_DIR.</translation>
    </message>
    <message>
        <source>The disk holding {parent} is full, so the last change could not be saved. Everything saved before it is safe. Free some space and try again.</source>
        <translation>El disco que contiene {parent} está lleno, así que no se ha podido guardar el último cambio. Todo lo guardado antes está a salvo. Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({exc}). Check the folder&apos;s permissions.</source>
        <translation>No se puede escribir en {path} ({exc}). Comprueba los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>{path} is in use by another program ({exc}). Close other copies of {APP_NAME} and try again.</source>
        <translation>{path} lo está usando otro programa ({exc}). Cierra las otras copias de {APP_NAME} y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Saving to {path} failed ({exc}).</source>
        <translation>No se ha podido guardar en {path} ({exc}).</translation>
    </message>
    <message>
        <source>it holds no tables</source>
        <translation>no contiene tablas</translation>
    </message>
    <message>
        <source>its record of schema changes cannot be read ({exc})</source>
        <translation>no se puede leer su registro de cambios de esquema ({exc})</translation>
    </message>
    <message>
        <source>its record of schema changes is missing</source>
        <translation>falta su registro de cambios de esquema</translation>
    </message>
    <message>
        <source>table {table}</source>
        <translation>tabla {table}</translation>
    </message>
    <message>
        <source>column {table}.{c}</source>
        <translation>columna {table}.{c}</translation>
    </message>
    <message>
        <source>; {missing} that this version reads {are} not there</source>
        <translation>; falta lo que esta versión lee: {missing}</translation>
    </message>
    <message>
        <source>{missing} {are} missing</source>
        <translation>falta: {missing}</translation>
    </message>
    <message>
        <source>data version {version}; this version knows up to {schema_version}</source>
        <translation>versión de datos {version}; esta versión conoce hasta la {schema_version}</translation>
    </message>
    <message>
        <source> and {most} more</source>
        <translation> y {most} más</translation>
    </message>
    <message>
        <source>there is no data file</source>
        <translation>no hay archivo de datos</translation>
    </message>
    <message>
        <source>a folder is where the data file should be</source>
        <translation>hay una carpeta donde debería estar el archivo de datos</translation>
    </message>
    <message>
        <source>something that is not a file is where the data file should be</source>
        <translation>hay algo que no es un archivo donde debería estar el archivo de datos</translation>
    </message>
    <message>
        <source>the data file is empty</source>
        <translation>el archivo de datos está vacío</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the integrity check failed</source>
        <translation>la comprobación de integridad ha fallado</translation>
    </message>
    <message>
        <source>the data file holds no data</source>
        <translation>el archivo de datos no contiene datos</translation>
    </message>
    <message>
        <source>the data file is missing</source>
        <translation>falta el archivo de datos</translation>
    </message>
    <message>
        <source>The programs folder {d} cannot be created: {exc}.</source>
        <translation>No se puede crear la carpeta de programas {d}: {exc}.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {exc}.</source>
        <translation>No se puede escribir en {path}: {exc}.</translation>
    </message>
    <message>
        <source>{target} is not in your programs folder ({folder}); shipped programs are never changed, save a copy instead.</source>
        <translation>{target} no está en tu carpeta de programas ({folder}); los programas incluidos nunca cambian, guarda una copia.</translation>
    </message>
    <message>
        <source>{name} has problems and was not imported.</source>
        <translation>{name} tiene problemas y no se ha importado.</translation>
    </message>
    <message>
        <source>Another program already has the id {id!r}, so the imported copy is {new_id!r}.</source>
        <translation>Otro programa ya tiene el id {id!r}, así que la copia importada es {new_id!r}.</translation>
    </message>
    <message>
        <source>Some pictures could not be copied: </source>
        <translation>Algunas imágenes no se han podido copiar: </translation>
    </message>
    <message>
        <source>Choose another place: that is the program file itself.</source>
        <translation>Elige otro sitio: ese es el propio archivo del programa.</translation>
    </message>
    <message>
        <source>{out} cannot be written: {exc}.</source>
        <translation>No se puede escribir en {out}: {exc}.</translation>
    </message>
    <message>
        <source>Shipped programs cannot be deleted.</source>
        <translation>Los programas incluidos no se pueden borrar.</translation>
    </message>
    <message>
        <source>{p} is not in your programs folder.</source>
        <translation>{p} no está en tu carpeta de programas.</translation>
    </message>
    <message>
        <source>{users} {use} this program; assign another program first.</source>
        <translation>{users} {use} este programa; asigna antes otro programa.</translation>
    </message>
    <message>
        <source>{p} cannot be deleted: {exc}.</source>
        <translation>No se puede borrar {p}: {exc}.</translation>
    </message>
    <message>
        <source> It was kept as {name} in the data folder; nothing was deleted.</source>
        <translation> Se ha guardado como {name} en la carpeta de datos; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>Your data file was damaged ({problem}) and no good backup was found.{kept} {APP_NAME} started a new, empty data file. Your earlier records are not shown; keep the damaged file and ask for help if you need them.</source>
        <translation>Tu archivo de datos estaba dañado ({problem}) y no se ha encontrado ninguna copia buena.{kept} {APP_NAME} ha empezado un archivo de datos nuevo y vacío. Tus registros anteriores no se muestran; conserva el archivo dañado y pide ayuda si los necesitas.</translation>
    </message>
    <message>
        <source> It holds {holds}.</source>
        <translation> Contiene {holds}.</translation>
    </message>
    <message>
        <source>Your data file was damaged ({problem}).{kept} The newest good backup, made on {when}, was restored.{holds} Anything recorded after {when} is missing from the app; it may still be in the damaged file.</source>
        <translation>Tu archivo de datos estaba dañado ({problem}).{kept} Se ha restaurado la copia buena más reciente, del {when}.{holds} Lo registrado después del {when} no está en la aplicación; puede que siga en el archivo dañado.</translation>
    </message>
    <message>
        <source>{sessions} session{sessions2}</source>
        <translation>{sessions} sesión(es)</translation>
    </message>
    <message>
        <source>{days} diary day{days2}</source>
        <translation>{days} día(s) de diario</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>, the last on {last}</source>
        <translation>, la última el {last}</translation>
    </message>
    <message>
        <source>{units} min</source>
        <translation>{units} min</translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation> (parada antes de tiempo)</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>✓ Done</source>
        <translation>✓ Hecha</translation>
    </message>
    <message>
        <source>■ Stopped early</source>
        <translation>■ Parada a medias</translation>
    </message>
    <message>
        <source>… Interrupted</source>
        <translation>… Interrumpida</translation>
    </message>
    <message>
        <source>Closed unfinished</source>
        <translation>Cerrada sin terminar</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Aún sin empezar</translation>
    </message>
    <message>
        <source>{name} session</source>
        <translation>Sesión: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today: {planned_text}&lt;/b&gt;, {eased}&lt;br&gt;&lt;span style=&apos;color:{muted}&apos;&gt;{note}&lt;/span&gt;</source>
        <translation>&lt;b&gt;Hoy: {planned_text}&lt;/b&gt;, {eased}&lt;br&gt;&lt;span style=&apos;color:{muted}&apos;&gt;{note}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:{link}&apos;&gt;Today: {planned_text}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:{link}&apos;&gt;Hoy: {planned_text}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;s&gt;{name}&lt;/s&gt; (left out today)</source>
        <translation>&lt;s&gt;{name}&lt;/s&gt; (hoy se omite)</translation>
    </message>
    <message>
        <source>{name}, left out today</source>
        <translation>{name}, hoy se omite</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Hacerla otra vez</translation>
    </message>
    <message>
        <source>Start {name} session</source>
        <translation>Empezar ({name})</translation>
    </message>
    <message>
        <source>Start the {name} session</source>
        <translation>Empezar la sesión ({name})</translation>
    </message>
    <message>
        <source>{exercises} exercises · about {minutes} minutes</source>
        <translation>{exercises} ejercicios · unos {minutes} minutos</translation>
    </message>
    <message>
        <source>{name} session: {status}</source>
        <translation>Sesión {name}: {status}</translation>
    </message>
    <message>
        <source>Start is turned off. {reason}</source>
        <translation>Empezar está desactivado. {reason}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today, scrollable</source>
        <translation>Hoy, con desplazamiento</translation>
    </message>
    <message>
        <source>Today{who}: {today}</source>
        <translation>Hoy{who}: {today}</translation>
    </message>
    <message>
        <source>Your program starts on {start_date}. Here is week 1 to look over.</source>
        <translation>Tu programa empieza el {start_date}. Aquí tienes la semana 1 para echarle un vistazo.</translation>
    </message>
    <message>
        <source>Week {week_no} of {week_count}: {week} · day {day} on this week</source>
        <translation>Semana {week_no} de {week_count}: {week} · día {day} de esta semana</translation>
    </message>
    <message>
        <source>Goals this week: </source>
        <translation>Objetivos de esta semana: </translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep in mind&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Ten en cuenta&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{lines}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>tracker</name>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>Espinilla</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>Left back</source>
        <translation>Espalda izquierda</translation>
    </message>
    <message>
        <source>Right back</source>
        <translation>Espalda derecha</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Muslo izquierdo</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Muslo derecho</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Rodilla izquierda</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rodilla derecha</translation>
    </message>
    <message>
        <source>Left shin</source>
        <translation>Espinilla izquierda</translation>
    </message>
    <message>
        <source>Right shin</source>
        <translation>Espinilla derecha</translation>
    </message>
    <message>
        <source>Straightening the knee</source>
        <translation>Estirar la rodilla</translation>
    </message>
    <message>
        <source>Lifting the thigh</source>
        <translation>Levantar el muslo</translation>
    </message>
    <message>
        <source>Climbing stairs</source>
        <translation>Subir escaleras</translation>
    </message>
    <message>
        <source>Rising from a chair</source>
        <translation>Levantarme de una silla</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Sitting for long</source>
        <translation>Estar sentado mucho rato</translation>
    </message>
    <message>
        <source>Standing for long</source>
        <translation>Estar de pie mucho rato</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Caminar</translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation>Escaleras</translation>
    </message>
    <message>
        <source>Bending or lifting</source>
        <translation>Agacharme o levantar peso</translation>
    </message>
    <message>
        <source>Squatting</source>
        <translation>Ponerme en cuclillas</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Dormir</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Conducir</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Heat before exercise</source>
        <translation>Calor antes del ejercicio</translation>
    </message>
    <message>
        <source>Ice for a flare (15 minutes at most)</source>
        <translation>Hielo en una crisis (máx. 15 min)</translation>
    </message>
    <message>
        <source>Nerve glides</source>
        <translation>Deslizamientos neurales</translation>
    </message>
    <message>
        <source>Gentle stretching</source>
        <translation>Estiramientos suaves</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation>Relajación</translation>
    </message>
    <message>
        <source>Pacing: activity balanced with rest</source>
        <translation>Dosificar: actividad y descanso</translation>
    </message>
    <message>
        <source>Changing position every 20–30 minutes</source>
        <translation>Cambiar de postura cada 20–30 minutos</translation>
    </message>
    <message>
        <source>Footrest when sitting</source>
        <translation>Reposapiés al estar sentado</translation>
    </message>
    <message>
        <source>Pillow between or under the knees in bed</source>
        <translation>Almohada en las rodillas al dormir</translation>
    </message>
    <message>
        <source>One step at a time on stairs</source>
        <translation>Un escalón cada vez en las escaleras</translation>
    </message>
    <message>
        <source>Choose 0 for none at all and 10 for the worst you can imagine, or leave it empty.</source>
        <translation>Elige 0 para nada en absoluto y 10 para lo peor que puedas imaginar, o déjalo vacío.</translation>
    </message>
    <message>
        <source>{what} must be a whole number from 0 to 10 (it is {value!r}). {hint}</source>
        <translation>{what} debe ser un número entero del 0 al 10 (es {value!r}). {hint}</translation>
    </message>
    <message>
        <source>{what} is {value:,} characters long; shorten it to at most {limit:,}.</source>
        <translation>{what} tiene {value:,} caracteres; acórtalo a {limit:,} como máximo.</translation>
    </message>
    <message>
        <source>{what}: {k!r} is not one of the choices ({choices}).</source>
        <translation>{what}: {k!r} no es una de las opciones ({choices}).</translation>
    </message>
    <message>
        <source>{what}: a choice is listed twice; list each one once.</source>
        <translation>{what}: una opción aparece dos veces; pon cada una una sola vez.</translation>
    </message>
    <message>
        <source>The date {date!r} is not a calendar date. Pick a day in the calendar.</source>
        <translation>La fecha {date!r} no es una fecha del calendario. Elige un día en el calendario.</translation>
    </message>
    <message>
        <source>{date} is in the future. The diary records days that have happened: choose today ({today}) or an earlier day.</source>
        <translation>{date} es una fecha futura. El diario registra días que ya han pasado: elige hoy ({today}) o un día anterior.</translation>
    </message>
    <message>
        <source>Pain: {unknown} is not a place on the body map (places: {LOCATIONS}).</source>
        <translation>Dolor: {unknown} no es una zona del mapa corporal (zonas: {LOCATIONS}).</translation>
    </message>
    <message>
        <source>Pain in the {k}</source>
        <translation>Dolor en: {k}</translation>
    </message>
    <message>
        <source>The strength of the numbness or tingling</source>
        <translation>La intensidad del entumecimiento u hormigueo</translation>
    </message>
    <message>
        <source>The overall pain today</source>
        <translation>El dolor general de hoy</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>Activities limited</source>
        <translation>Actividades limitadas</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>exercise {i}</source>
        <translation>ejercicio {i}</translation>
    </message>
    <message>
        <source>Exercise {i} has no name; type its name or remove it.</source>
        <translation>El ejercicio {i} no tiene nombre; escribe su nombre o quítalo.</translation>
    </message>
    <message>
        <source>{name}: times done must be a whole number from 0 to {MAX_EXERCISE_TIMES} (it is {times!r}).</source>
        <translation>{name}: las veces hechas deben ser un número entero del 0 al {MAX_EXERCISE_TIMES} (es {times!r}).</translation>
    </message>
    <message>
        <source>The name of {name}</source>
        <translation>El nombre de {name}</translation>
    </message>
    <message>
        <source>Where the numbness or tingling is</source>
        <translation>Dónde está el entumecimiento u hormigueo</translation>
    </message>
    <message>
        <source>The other weakness</source>
        <translation>La otra debilidad</translation>
    </message>
    <message>
        <source>The other activities limited</source>
        <translation>Las otras actividades limitadas</translation>
    </message>
    <message>
        <source>The other exercises</source>
        <translation>Los otros ejercicios</translation>
    </message>
    <message>
        <source>What else helped</source>
        <translation>Qué más ayudó</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>How strong is the numbness or tingling? Set it from 1 (barely there) to 10 (the worst), or untick the places if there is none.</source>
        <translation>¿Con qué intensidad notas el entumecimiento u hormigueo? Ponla del 1 (apenas se nota) al 10 (lo peor), o desmarca las zonas si no hay.</translation>
    </message>
    <message>
        <source>Where is the numbness or tingling? Tick the places, or type them in the box, or set the strength back to none.</source>
        <translation>¿Dónde está el entumecimiento u hormigueo? Marca las zonas, escríbelas en la casilla o vuelve a poner la intensidad en nada.</translation>
    </message>
    <message>
        <source>Say which other movement felt weak, in the box next to Other.</source>
        <translation>Indica qué otro movimiento notaste débil, en la casilla junto a Otro.</translation>
    </message>
    <message>
        <source>Name up to three everyday activities that are hard for you because of your back or leg symptoms, for example climbing stairs or getting up from a low chair. Then rate how well you can do each one now, from 0 to 10: 0 means you cannot do it at all, 10 means you can do it as well as before your symptoms started. Keep the same activities from week to week so the scores can be compared; your score is the average of the ratings.</source>
        <translation>Indica hasta tres actividades cotidianas que te cuesten por los síntomas de la espalda o la pierna, por ejemplo subir escaleras o levantarte de una silla baja. Luego valora cómo de bien puedes hacer cada una ahora, de 0 a 10: 0 significa que no puedes hacerla en absoluto, 10 que puedes hacerla tan bien como antes de que empezaran los síntomas. Mantén las mismas actividades de una semana a otra para poder comparar las puntuaciones; tu puntuación es la media de las valoraciones.</translation>
    </message>
    <message>
        <source>On average over the past week, how bad was your pain? 0 means no pain, 10 the worst pain you can imagine.</source>
        <translation>De media, en la última semana, ¿cuánto te ha dolido? 0 significa sin dolor y 10 el peor dolor que puedas imaginar.</translation>
    </message>
    <message>
        <source>The week starting {week_start} has not begun yet. Record the scores for this week or an earlier one.</source>
        <translation>La semana que empieza el {week_start} aún no ha comenzado. Registra las puntuaciones de esta semana o de una anterior.</translation>
    </message>
    <message>
        <source>Overall pain this week</source>
        <translation>Dolor general esta semana</translation>
    </message>
    <message>
        <source>Name at most {PSFS_MAX_ITEMS} activities (there are {psfs}); keep the ones that matter most to you.</source>
        <translation>Indica como máximo {PSFS_MAX_ITEMS} actividades (hay {psfs}); quédate con las que más te importan.</translation>
    </message>
    <message>
        <source>Activity {i} has a rating but no name. Type the activity, or clear its rating.</source>
        <translation>La actividad {i} tiene una valoración pero no un nombre. Escribe la actividad o borra su valoración.</translation>
    </message>
    <message>
        <source>The rating of {name!r}</source>
        <translation>La valoración de {name!r}</translation>
    </message>
    <message>
        <source>The rating of activity {i}</source>
        <translation>La valoración de la actividad {i}</translation>
    </message>
    <message>
        <source>0 means you cannot do it at all, 10 means as well as before your symptoms.</source>
        <translation>0 significa que no puedes hacerla en absoluto; 10, tan bien como antes de los síntomas.</translation>
    </message>
    <message>
        <source>Activity {i}</source>
        <translation>Actividad {i}</translation>
    </message>
    <message>
        <source>Rate {activity!r} from 0 (cannot do it) to 10 (as well as before).</source>
        <translation>Valora {activity!r} del 0 (no puedo hacerla) al 10 (tan bien como antes).</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>{app} is still running in the tray so your reminders can arrive. Choose Quit from the tray icon&apos;s menu to close it completely.</source>
        <translation>{app} sigue funcionando en la bandeja del sistema para que te lleguen los recordatorios. Elige Salir en el menú del icono de la bandeja para cerrarlo del todo.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation>Texto del recordatorio</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Descartar el recordatorio</translation>
    </message>
    <message>
        <source>Start {slot_name} session</source>
        <translation>Empezar la sesión ({slot_name})</translation>
    </message>
    <message>
        <source>Open the diary</source>
        <translation>Abrir el diario</translation>
    </message>
    <message>
        <source>{APP_NAME} tray menu</source>
        <translation>Menú de {APP_NAME} en la bandeja</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Start next session</source>
        <translation>Empezar la siguiente sesión</translation>
    </message>
    <message>
        <source>Take a movement break now</source>
        <translation>Hacer ahora una pausa para moverse</translation>
    </message>
    <message>
        <source>I&apos;m having a flare</source>
        <translation>Tengo una crisis de dolor</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>No more exercise today: start again tomorrow</source>
        <translation>No más ejercicio hoy: vuelve a empezar mañana</translation>
    </message>
    <message>
        <source>Exercises are held back (see Today)</source>
        <translation>Los ejercicios están en pausa (mira Hoy)</translation>
    </message>
    <message>
        <source>All of today&apos;s sessions are done</source>
        <translation>Todas las sesiones de hoy están hechas</translation>
    </message>
    <message>
        <source>Start {next} session</source>
        <translation>Empezar la sesión ({next})</translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <source>{v}a {v2}-digit number</source>
        <translation>{v}un número de {v2} cifras</translation>
    </message>
    <message>
        <source>got {v}, expected a number</source>
        <translation>hay {v}, se esperaba un número</translation>
    </message>
    <message>
        <source>{v} is not a number that can be used (use {bound})</source>
        <translation>{v} no es un número que se pueda usar (usa {bound})</translation>
    </message>
    <message>
        <source>{v} is out of range (use {bound}{why})</source>
        <translation>{v} está fuera del intervalo (usa {bound}{why})</translation>
    </message>
    <message>
        <source>{v} is not a whole number (use a whole number)</source>
        <translation>{v} no es un número entero (usa un número entero)</translation>
    </message>
    <message>
        <source>a range needs exactly two numbers, got {value} (write it as [low, high], e.g. [5, 10])</source>
        <translation>un rango necesita exactamente dos números, hay {value} (escríbelo como [mínimo, máximo], p. ej. [5, 10])</translation>
    </message>
    <message>
        <source>range [{low}, {high}] is inverted (write the low end first: [{high}, {low}])</source>
        <translation>el rango [{low}, {high}] está al revés (escribe primero el mínimo: [{high}, {low}])</translation>
    </message>
    <message>
        <source>is {value} characters long (use at most {most})</source>
        <translation>tiene {value} caracteres (usa como máximo {most})</translation>
    </message>
    <message>
        <source>has {values} entries (use at most {most})</source>
        <translation>tiene {values} entradas (usa como máximo {most})</translation>
    </message>
    <message>
        <source>an entry is {v} characters long (use at most {text_most})</source>
        <translation>una entrada tiene {v} caracteres (usa como máximo {text_most})</translation>
    </message>
    <message>
        <source>{id} must be lower-case letters, digits and dashes (e.g. &apos;my-program&apos;)</source>
        <translation>{id} debe tener solo minúsculas, dígitos y guiones (p. ej. &apos;mi-programa&apos;)</translation>
    </message>
    <message>
        <source>is {id} characters long (use at most {MAX_ID_CHARS})</source>
        <translation>tiene {id} caracteres (usa como máximo {MAX_ID_CHARS})</translation>
    </message>
    <message>
        <source>{session_names} names for {spd} sessions a day (give at most one name per session)</source>
        <translation>{session_names} nombres para {spd} sesiones al día (pon como máximo un nombre por sesión)</translation>
    </message>
    <message>
        <source>session name {i} is empty (name each session, e.g. &quot;Morning&quot;)</source>
        <translation>el nombre de la sesión {i} está vacío (pon nombre a cada sesión, p. ej. &quot;Mañana&quot;)</translation>
    </message>
    <message>
        <source>{n} is used for sessions {key} and {i} (give each session its own name)</source>
        <translation>{n} se usa para las sesiones {key} y {i} (pon a cada sesión su propio nombre)</translation>
    </message>
    <message>
        <source>session name {i} is {n} characters long (use at most {MAX_NAME_CHARS})</source>
        <translation>el nombre de la sesión {i} tiene {n} caracteres (usa como máximo {MAX_NAME_CHARS})</translation>
    </message>
    <message>
        <source>a program needs at least one week (add [[weeks]])</source>
        <translation>un programa necesita al menos una semana (añade [[weeks]])</translation>
    </message>
    <message>
        <source>{weeks} weeks (a program has at most {MAX_WEEKS})</source>
        <translation>{weeks} semanas (un programa tiene como máximo {MAX_WEEKS})</translation>
    </message>
    <message>
        <source>{id} must be lower-case letters, digits and dashes</source>
        <translation>{id} debe tener solo minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>duplicate id {id} in {where} (first used by exercise {id2}; give each exercise of a week its own id)</source>
        <translation>id {id} repetido en {where} (lo usa primero el ejercicio {id2}; da a cada ejercicio de una semana su propio id)</translation>
    </message>
    <message>
        <source>an earlier week</source>
        <translation>una semana anterior</translation>
    </message>
    <message>
        <source>the exercise library</source>
        <translation>la biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>{low} times a day, but the program has {spd} session{spd2} a day (use at most {spd}, or raise sessions_per_day)</source>
        <translation>{low} veces al día, pero el programa tiene {spd} sesión(es) al día (usa como máximo {spd}, o sube sessions_per_day)</translation>
    </message>
    <message>
        <source>up to {high} times a day, but the program has {spd} session{spd2} a day (only walks may be logged more often than the sessions; use at most {spd})</source>
        <translation>hasta {high} veces al día, pero el programa tiene {spd} sesión(es) al día (solo los paseos pueden anotarse más a menudo que las sesiones; usa como máximo {spd})</translation>
    </message>
    <message>
        <source>a tempo needs some time to move (set move and back, e.g. 2 and 2)</source>
        <translation>un tempo necesita algo de tiempo para moverse (pon move y back, p. ej. 2 y 2)</translation>
    </message>
    <message>
        <source>a &apos;{kind}&apos; exercise needs {fname} (add it under [weeks.exercises.dose])</source>
        <translation>un ejercicio &apos;{kind}&apos; necesita {fname} (añádelo en [weeks.exercises.dose])</translation>
    </message>
    <message>
        <source>a &apos;reps&apos; exercise needs reps (add it under [weeks.exercises.dose])</source>
        <translation>un ejercicio &apos;reps&apos; necesita reps (añádelo en [weeks.exercises.dose])</translation>
    </message>
    <message>
        <source>at the top of its ranges this exercise takes about {minutes} minutes (keep one exercise under {MAX_EXERCISE_MINUTES}: fewer reps or sets, shorter holds or rests)</source>
        <translation>en lo más alto de sus rangos este ejercicio dura unos {minutes} minutos (mantén cada ejercicio por debajo de {MAX_EXERCISE_MINUTES}: menos repeticiones o series, mantenimientos o descansos más cortos)</translation>
    </message>
    <message>
        <source>the step text is empty (say what to do in this step)</source>
        <translation>el texto del paso está vacío (di qué hacer en este paso)</translation>
    </message>
    <message>
        <source>a step takes a figure or an image, not both (remove one)</source>
        <translation>un paso lleva una figura o una imagen, no las dos (quita una)</translation>
    </message>
    <message>
        <source>did you mean &apos;{guess}&apos;?</source>
        <translation>¿quisiste decir &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>coach illustrate --list gives the names; programs/README.md lists them</source>
        <translation>coach illustrate --list da los nombres; programs/README.md los enumera</translation>
    </message>
    <message>
        <source>unknown figure {figure} ({hint})</source>
        <translation>figura desconocida {figure} ({hint})</translation>
    </message>
    <message>
        <source>{wm} is not a week number (use 1, 2, 3, … up to {MAX_WEEKS})</source>
        <translation>{wm} no es un número de semana (usa 1, 2, 3, … hasta {MAX_WEEKS})</translation>
    </message>
    <message>
        <source>week {wm} appears twice (first at week entry {wm2}; give each week its own number)</source>
        <translation>la semana {wm} aparece dos veces (primero en la entrada de semana {wm2}; da a cada semana su propio número)</translation>
    </message>
    <message>
        <source>a week needs at least one exercise (add [[weeks.exercises]])</source>
        <translation>una semana necesita al menos un ejercicio (añade [[weeks.exercises]])</translation>
    </message>
    <message>
        <source>{exercises} exercises in one week (use at most {MAX_EXERCISES_PER_WEEK})</source>
        <translation>{exercises} ejercicios en una semana (usa como máximo {MAX_EXERCISES_PER_WEEK})</translation>
    </message>
    <message>
        <source>week {wm}</source>
        <translation>semana {wm}</translation>
    </message>
    <message>
        <source>weeks are numbered {got}{got2}: week {missing} is missing (number the weeks 1, 2, 3, … with no gaps)</source>
        <translation>las semanas están numeradas {got}{got2}: falta la semana {missing} (numera las semanas 1, 2, 3, … sin huecos)</translation>
    </message>
    <message>
        <source>Session {i}</source>
        <translation>Sesión {i}</translation>
    </message>
    <message>
        <source>a translation is a pair: the text as written, then that text in the language, for example [&quot;Walking&quot;, &quot;Caminar&quot;] (got {pair} items)</source>
        <translation>una traducción es un par: el texto tal como está escrito y luego ese texto en el idioma, por ejemplo [&quot;Walking&quot;, &quot;Caminar&quot;] (hay {pair} elementos)</translation>
    </message>
    <message>
        <source>an exercise cannot be an option of itself (name the exercise of this week it can replace)</source>
        <translation>un ejercicio no puede ser una opción de sí mismo (indica el ejercicio de esta semana al que puede sustituir)</translation>
    </message>
    <message>
        <source>{option_of!r} is itself an option; name the exercise it replaces</source>
        <translation>{option_of!r} ya es una opción; indica el ejercicio al que sustituye</translation>
    </message>
    <message>
        <source>did you mean {guess!r}?</source>
        <translation>¿quisiste decir {guess!r}?</translation>
    </message>
    <message>
        <source>exercises of week {wm}: {none}</source>
        <translation>ejercicios de la semana {wm}: {none}</translation>
    </message>
    <message>
        <source>{option_of!r} is not an exercise of week {wm} that this one can replace ({hint})</source>
        <translation>{option_of!r} no es un ejercicio de la semana {wm} al que este pueda sustituir ({hint})</translation>
    </message>
    <message>
        <source>{id} must be lower-case letters, digits and dashes (e.g. &apos;maintenance&apos;)</source>
        <translation>{id} debe tener solo minúsculas, dígitos y guiones (p. ej. &apos;mantenimiento&apos;)</translation>
    </message>
    <message>
        <source>phase {id} appears twice (first at phase entry {id2}; give each phase its own id)</source>
        <translation>la fase {id} aparece dos veces (primero en la entrada de fase {id2}; da a cada fase su propio id)</translation>
    </message>
    <message>
        <source>only the last phase may go on without an end (give this one weeks = N, or move it to the end)</source>
        <translation>solo la última fase puede seguir sin final (pon a esta weeks = N, o muévela al final)</translation>
    </message>
    <message>
        <source>{weeks} is out of range (use 1 to {MAX_WEEKS} weeks, or leave it out for a phase that goes on)</source>
        <translation>{weeks} está fuera del intervalo (usa de 1 a {MAX_WEEKS} semanas, o quítalo para una fase que sigue)</translation>
    </message>
    <message>
        <source>{check_days} is out of range (use 1 to {MAX_CHECK_DAYS} days between early-warning checks, or 0 for none)</source>
        <translation>{check_days} está fuera del intervalo (usa de 1 a {MAX_CHECK_DAYS} días entre revisiones de señales de aviso, o 0 para ninguna)</translation>
    </message>
    <message>
        <source>a phase needs at least one exercise (add [[phases.exercises]])</source>
        <translation>una fase necesita al menos un ejercicio (añade [[phases.exercises]])</translation>
    </message>
    <message>
        <source>{exercises} exercises in one phase (use at most {MAX_EXERCISES_PER_WEEK})</source>
        <translation>{exercises} ejercicios en una fase (usa como máximo {MAX_EXERCISES_PER_WEEK})</translation>
    </message>
    <message>
        <source>phase {id}</source>
        <translation>fase {id}</translation>
    </message>
    <message>
        <source>options are for the weeks; after the weeks an exercise with an option chosen is done as that option (remove option_of here)</source>
        <translation>las opciones son para las semanas; después de las semanas, un ejercicio con una opción elegida se hace como esa opción (quita option_of aquí)</translation>
    </message>
    <message>
        <source>times_per_week is for the phases after the weeks; in a week say how often a day with times_per_day</source>
        <translation>times_per_week es para las fases después de las semanas; en una semana indica cuántas veces al día con times_per_day</translation>
    </message>
    <message>
        <source>give either times_per_week or times_per_day, not both</source>
        <translation>pon times_per_week o times_per_day, no los dos</translation>
    </message>
    <message>
        <source>the image name is empty (name a PNG, JPG or SVG file in the program&apos;s folder)</source>
        <translation>el nombre de la imagen está vacío (indica un archivo PNG, JPG o SVG de la carpeta del programa)</translation>
    </message>
    <message>
        <source>the image name is {ref} characters long (use at most {MAX_NAME})</source>
        <translation>el nombre de la imagen tiene {ref} caracteres (usa como máximo {MAX_NAME})</translation>
    </message>
    <message>
        <source>the image name contains a NUL character</source>
        <translation>el nombre de la imagen contiene un carácter NUL</translation>
    </message>
    <message>
        <source>{ref} is an absolute path (use a path relative to the program&apos;s folder)</source>
        <translation>{ref} es una ruta absoluta (usa una ruta relativa a la carpeta del programa)</translation>
    </message>
    <message>
        <source>{ref} is not a PNG, JPG or SVG image (use one of {IMAGE_SUFFIXES})</source>
        <translation>{ref} no es una imagen PNG, JPG o SVG (usa una de {IMAGE_SUFFIXES})</translation>
    </message>
    <message>
        <source>the program&apos;s folder {program_dir} cannot be read ({exc})</source>
        <translation>no se puede leer la carpeta del programa {program_dir} ({exc})</translation>
    </message>
    <message>
        <source>{ref} cannot be followed ({exc})</source>
        <translation>no se puede seguir {ref} ({exc})</translation>
    </message>
    <message>
        <source>{ref} points outside the program&apos;s folder (keep images in {name}/ or below, as files, not links)</source>
        <translation>{ref} apunta fuera de la carpeta del programa (guarda las imágenes en {name}/ o más abajo, como archivos, no enlaces)</translation>
    </message>
    <message>
        <source>{ref} does not exist (put the image at {target})</source>
        <translation>{ref} no existe (pon la imagen en {target})</translation>
    </message>
    <message>
        <source>{ref} cannot be read ({exc})</source>
        <translation>no se puede leer {ref} ({exc})</translation>
    </message>
    <message>
        <source>{ref} is not a regular file (name an image file)</source>
        <translation>{ref} no es un archivo normal (indica un archivo de imagen)</translation>
    </message>
    <message>
        <source>{ref} is {st_size} MB (use an image of at most {MAX_IMAGE_BYTES} MB)</source>
        <translation>{ref} ocupa {st_size} MB (usa una imagen de {MAX_IMAGE_BYTES} MB como máximo)</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(file)</translation>
    </message>
    <message>
        <source>is {value} KB of text; a program file is at most {MAX_FILE_BYTES} KB (is this a program file?)</source>
        <translation>tiene {value} KB de texto; un archivo de programa tiene como máximo {MAX_FILE_BYTES} KB (¿es un archivo de programa?)</translation>
    </message>
    <message>
        <source>this line is {line} characters long; a program&apos;s lines are at most {MAX_LINE_CHARS} (break the text up, or shorten it)</source>
        <translation>esta línea tiene {line} caracteres; las líneas de un programa tienen como máximo {MAX_LINE_CHARS} (divide el texto o acórtalo)</translation>
    </message>
    <message>
        <source>tables and lists are nested more than {MAX_DEPTH} deep; a program is not (is this a program file?)</source>
        <translation>las tablas y listas están anidadas más de {MAX_DEPTH} niveles; un programa no lo está (¿es un archivo de programa?)</translation>
    </message>
    <message>
        <source>a key is {k} characters long; keys are at most {MAX_KEY_CHARS} (see programs/README.md for the fields)</source>
        <translation>una clave tiene {k} caracteres; las claves tienen como máximo {MAX_KEY_CHARS} (mira los campos en programs/README.md)</translation>
    </message>
    <message>
        <source>not valid TOML: {detail} (fix the syntax on this line)</source>
        <translation>TOML no válido: {detail} (corrige la sintaxis de esta línea)</translation>
    </message>
    <message>
        <source>tables and lists are nested too deeply; a program is not (is this a program file?)</source>
        <translation>las tablas y listas están anidadas demasiado; un programa no lo está (¿es un archivo de programa?)</translation>
    </message>
    <message>
        <source>is not UTF-8 text (save the file as UTF-8 TOML)</source>
        <translation>no es texto UTF-8 (guarda el archivo como TOML en UTF-8)</translation>
    </message>
    <message>
        <source>contains binary data; this is not a TOML program file</source>
        <translation>contiene datos binarios; no es un archivo de programa TOML</translation>
    </message>
    <message>
        <source>file not found (check the path)</source>
        <translation>no se encuentra el archivo (comprueba la ruta)</translation>
    </message>
    <message>
        <source>cannot be read: {exc} (check the path and permissions)</source>
        <translation>no se puede leer: {exc} (comprueba la ruta y los permisos)</translation>
    </message>
    <message>
        <source>is a folder, not a program file (name a .toml file)</source>
        <translation>es una carpeta, no un archivo de programa (indica un archivo .toml)</translation>
    </message>
    <message>
        <source>is not a regular file (a device or a pipe); name a .toml program file</source>
        <translation>no es un archivo normal (un dispositivo o una tubería); indica un archivo de programa .toml</translation>
    </message>
    <message>
        <source>is {st_size} KB; a program file is at most {MAX_FILE_BYTES} KB (is this a program file?)</source>
        <translation>ocupa {st_size} KB; un archivo de programa ocupa como máximo {MAX_FILE_BYTES} KB (¿es un archivo de programa?)</translation>
    </message>
    <message>
        <source>cannot be read: {exc} (check permissions)</source>
        <translation>no se puede leer: {exc} (comprueba los permisos)</translation>
    </message>
    <message>
        <source>is larger than {MAX_FILE_BYTES} KB; a program file is not (is this a program file?)</source>
        <translation>ocupa más de {MAX_FILE_BYTES} KB; un archivo de programa no (¿es un archivo de programa?)</translation>
    </message>
    <message>
        <source>known fields here: {known}</source>
        <translation>campos conocidos aquí: {known}</translation>
    </message>
    <message>
        <source>unknown field ({hint})</source>
        <translation>campo desconocido ({hint})</translation>
    </message>
    <message>
        <source>required field is missing (add it)</source>
        <translation>falta un campo obligatorio (añádelo)</translation>
    </message>
    <message>
        <source>; did you mean &apos;{m}&apos;?</source>
        <translation>; ¿quisiste decir &apos;{m}&apos;?</translation>
    </message>
    <message>
        <source>{got!r} is not allowed (use one of {allowed}{guess})</source>
        <translation>{got!r} no está permitido (usa uno de {allowed}{guess})</translation>
    </message>
    <message>
        <source>a number, or a range written as [low, high]</source>
        <translation>un número, o un rango escrito como [mínimo, máximo]</translation>
    </message>
    <message>
        <source>a different value</source>
        <translation>otro valor</translation>
    </message>
    <message>
        <source>got {got}, expected {want}</source>
        <translation>hay {got}, se esperaba {want}</translation>
    </message>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation>de {low} a {high}{unit}</translation>
    </message>
    <message>
        <source>the monograph holds 10–30 s; 120 s is four times its longest hold</source>
        <translation>la monografía mantiene 10–30 s; 120 s es cuatro veces su mantenimiento más largo</translation>
    </message>
    <message>
        <source>the monograph asks 5–15 reps; 50 allows high-repetition drills</source>
        <translation>la monografía pide 5–15 repeticiones; 50 permite ejercicios de muchas repeticiones</translation>
    </message>
    <message>
        <source>the monograph asks 1–2 sets; more than 10 is a slip</source>
        <translation>la monografía pide 1–2 series; más de 10 es un error</translation>
    </message>
    <message>
        <source>the monograph&apos;s walks are 5–25 min; an hour is a long walk for sore nerves</source>
        <translation>los paseos de la monografía son de 5–25 min; una hora es un paseo largo para nervios irritados</translation>
    </message>
    <message>
        <source>the monograph asks 2–3× daily; a day has at most 6 session slots</source>
        <translation>la monografía pide 2–3 veces al día; un día tiene como máximo 6 sesiones</translation>
    </message>
    <message>
        <source>a week has 7 days; something done every day is times_per_day</source>
        <translation>una semana tiene 7 días; lo que se hace cada día es times_per_day</translation>
    </message>
    <message>
        <source>a breather between holds, not a break</source>
        <translation>un respiro entre mantenimientos, no una pausa</translation>
    </message>
    <message>
        <source>up to 5 minutes between sets</source>
        <translation>hasta 5 minutos entre series</translation>
    </message>
    <message>
        <source>one part of one paced repetition; nerve glides are smooth and rhythmic, a few seconds each way</source>
        <translation>una parte de una repetición con tempo; los deslizamientos neurales son suaves y rítmicos, unos segundos en cada sentido</translation>
    </message>
    <message>
        <source>morning and evening in the monograph; six slots at most</source>
        <translation>mañana y tarde en la monografía; seis sesiones como máximo</translation>
    </message>
    <message>
        <source>a fraction of the week&apos;s planned sessions</source>
        <translation>una fracción de las sesiones previstas de la semana</translation>
    </message>
    <message>
        <source>at most a week of sessions (6 a day × 7 days)</source>
        <translation>como máximo una semana de sesiones (6 al día × 7 días)</translation>
    </message>
    <message>
        <source>points on the 0–10 pain scale</source>
        <translation>puntos en la escala de dolor de 0 a 10</translation>
    </message>
    <message>
        <source>at most a week of sessions</source>
        <translation>como máximo una semana de sesiones</translation>
    </message>
</context>
<context>
    <name>voice</name>
    <message>
        <source>Three</source>
        <translation>Tres</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Uno</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation>{n} minuto</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation>{n} segundo</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <source>{n} rep</source>
        <translation>{n} repetición</translation>
    </message>
    <message>
        <source>{n} reps</source>
        <translation>{n} repeticiones</translation>
    </message>
    <message>
        <source> on each side</source>
        <translation> en cada lado</translation>
    </message>
    <message>
        <source>, {n} sets</source>
        <translation>, {n} series</translation>
    </message>
    <message>
        <source>{n} hold</source>
        <translation>{n} mantenimiento</translation>
    </message>
    <message>
        <source>{n} holds</source>
        <translation>{n} mantenimientos</translation>
    </message>
    <message>
        <source>{holds} of {duration}</source>
        <translation>{holds} de {duration}</translation>
    </message>
    <message>
        <source>{n} slow reps</source>
        <translation>{n} repeticiones lentas</translation>
    </message>
    <message>
        <source>{n} reps at your own pace</source>
        <translation>{n} repeticiones a tu ritmo</translation>
    </message>
    <message>
        <source>{minutes} of walking</source>
        <translation>{minutes} de paseo</translation>
    </message>
    <message>
        <source>practise at your own pace</source>
        <translation>practica a tu ritmo</translation>
    </message>
    <message>
        <source>, {side} side first</source>
        <translation>, primero el lado {side}</translation>
    </message>
    <message>
        <source>, on your {side} side</source>
        <translation>, en el lado {side}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{key} for {answer}</source>
        <translation>{key} para {answer}</translation>
    </message>
    <message>
        <source>How did that feel? Press {keys}.</source>
        <translation>¿Qué tal ha ido? Pulsa {keys}.</translation>
    </message>
    <message>
        <source>Before you start: how much pain do you have right now, from 0 to 10?</source>
        <translation>Antes de empezar: ¿cuánto dolor tienes ahora mismo, de 0 a 10?</translation>
    </message>
    <message>
        <source>How much pain do you have right now, from 0 to 10?</source>
        <translation>¿Cuánto dolor tienes ahora mismo, de 0 a 10?</translation>
    </message>
    <message>
        <source>Press a number key; for 10, press 1 then 0. You may leave it out.</source>
        <translation>Pulsa una tecla de número; para 10, pulsa 1 y luego 0. Puedes no contestar.</translation>
    </message>
    <message>
        <source>Everything is paused. What happened? Press {keys}. Or press B to go back to the exercise.</source>
        <translation>Todo está en pausa. ¿Qué ha pasado? Pulsa {keys}. O pulsa B para volver al ejercicio.</translation>
    </message>
    <message>
        <source>Noted: {value}.</source>
        <translation>Anotado: {value}.</translation>
    </message>
    <message>
        <source>Press Space to go back to Today.</source>
        <translation>Pulsa Espacio para volver a Hoy.</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>Sesión completada. ¡Bien hecho!</translation>
    </message>
    <message>
        <source>Paused. Press P to go on.</source>
        <translation>En pausa. Pulsa P para seguir.</translation>
    </message>
    <message>
        <source>Going on.</source>
        <translation>Seguimos.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Saltado.</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>Sesión detenida.</translation>
    </message>
    <message>
        <source>Exercise {i} of {n}: </source>
        <translation>Ejercicio {i} de {n}: </translation>
    </message>
    <message>
        <source>{where}{name}. {dose}{side_first}. Press Space to start.</source>
        <translation>{where}{name}. {dose}{side_first}. Pulsa Espacio para empezar.</translation>
    </message>
    <message>
        <source>Get into position.</source>
        <translation>Colócate en posición.</translation>
    </message>
    <message>
        <source>{dose}. Get ready.</source>
        <translation>{dose}. Prepárate.</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps} next.</source>
        <translation>Ahora viene la repetición {rep} de {reps}.</translation>
    </message>
    <message>
        <source>Relax.</source>
        <translation>Relájate.</translation>
    </message>
    <message>
        <source>Rest over.</source>
        <translation>Fin del descanso.</translation>
    </message>
    <message>
        <source>Switch to your {side} side.</source>
        <translation>Cambia al lado {side}.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambia de lado.</translation>
    </message>
    <message>
        <source>You reached your target. Keep going, or press Space to finish.</source>
        <translation>Has llegado a tu objetivo. Sigue, o pulsa Espacio para terminar.</translation>
    </message>
    <message>
        <source>Done. {question}</source>
        <translation>Hecho. {question}</translation>
    </message>
    <message>
        <source>Hold for {duration}.</source>
        <translation>Mantén {duration}.</translation>
    </message>
    <message>
        <source>Move slowly.</source>
        <translation>Muévete despacio.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Mantén.</translation>
    </message>
    <message>
        <source>Ease back.</source>
        <translation>Vuelve despacio.</translation>
    </message>
    <message>
        <source>{reps} at your own pace. Press Space after each one.</source>
        <translation>{reps} a tu ritmo. Pulsa Espacio después de cada una.</translation>
    </message>
    <message>
        <source>Walk at an easy pace. Your target is {minutes}; press Space when you finish.</source>
        <translation>Camina a un ritmo tranquilo. Tu objetivo: {minutes}; pulsa Espacio cuando termines.</translation>
    </message>
    <message>
        <source>Take your time. Press Space when you have finished.</source>
        <translation>Tómate tu tiempo. Pulsa Espacio cuando hayas terminado.</translation>
    </message>
    <message>
        <source>Set {set} of {sets} done.</source>
        <translation>Serie {set} de {sets} hecha.</translation>
    </message>
    <message>
        <source>Rest {duration}.</source>
        <translation>Descansa {duration}.</translation>
    </message>
    <message>
        <source>{side} side.</source>
        <translation>Lado {side}.</translation>
    </message>
    <message>
        <source>Rep {rep}.</source>
        <translation>Repetición {rep}.</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}.</source>
        <translation>Repetición {rep} de {reps}.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
    <message>
        <source>, other side</source>
        <translation>, otro lado</translation>
    </message>
    <message>
        <source>Illustration: {seq}{side}</source>
        <translation>Ilustración: {seq}{side}</translation>
    </message>
    <message>
        <source>Illustration: {replace}</source>
        <translation>Ilustración: {replace}</translation>
    </message>
    <message>
        <source>The picture {name} could not be opened.</source>
        <translation>No se ha podido abrir la imagen {name}.</translation>
    </message>
    <message>
        <source>Picture not found:
{missing}</source>
        <translation>No se encuentra la imagen:
{missing}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>{what} has changes that are not saved.</source>
        <translation>{what} tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar los cambios</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Poner</translation>
    </message>
    <message>
        <source>{value}: set a value</source>
        <translation>{value}: poner un valor</translation>
    </message>
    <message>
        <source>{value}, low end (or the only value)</source>
        <translation>{value}, mínimo (o el único valor)</translation>
    </message>
    <message>
        <source>{value}, high end (the same as the low end for one value)</source>
        <translation>{value}, máximo (igual al mínimo si es un solo valor)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
</TS>
