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
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Follow the system ({name})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{APP_NAME} needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are unset). Run it from a desktop session; the command-line tools (coach --help) work without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diary</name>
    <message>
        <source>Pain body map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen place: {current}. {values} Arrow keys or Tab choose a place, digits 0 to 9 set its score, plus and minus change it, Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen from behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in a mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{v} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary for one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a place on a figure, then a number; or type the scores in the boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where? Tick the places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling: other places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other places (for example the foot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength of the numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wea&amp;kness: which movements felt weak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: which movement felt weak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities limited by your symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other activities limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else you could not do as usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What else helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What eases symptoms: the Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What eases symptoms: open the Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercises completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning si&amp;gns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer all of them to have them saved with the day; leave them all empty to skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else about today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s diary fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more in the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added from the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> What set it off: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flare was recorded this day (the flare plan was opened at {started_at}).{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed {date} and have not saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes before showing another day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved at {when:%H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved {day} {when}, {when2:%H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a profile first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved: empty day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the added exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times done: {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times (sessions or walks) you did it today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises recorded for this day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in from the day&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the exercises from the day&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else you did (for example a swim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst pain of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 14 days, newest on the right. Pain is 0 (none) to 10 (the worst); – means not filled in. Click a day, or move to it with the arrow keys and press Enter, to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary: the last 14 days, one column per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row}, {day}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {row}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ You have not filled in today&apos;s diary yet. It takes about a minute: pain, numbness, what you managed and what helped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in today&apos;s diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain score for the chosen place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worst pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Left&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Right&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain score, {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 10; the dash (lowest) means not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: 0 no pain … 10 the worst; – not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– means not filled in; 0 means no pain there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all pain scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain score for the {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: &lt;b&gt;{key}&lt;/b&gt; — {score}. Click a number to set it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#e4f2ec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#fff3c4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#ffe69a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#ffd47a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#ffbd66</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#fca55a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#ea6c44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#ffffff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#e6ecf0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#dbe4ea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#cfdbe3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#c2d1dc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#a5bac9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#7f9cb0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain scores: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– = not filled,  0 = {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {v}. 0 is {low}, 10 is {high}. Left and Right arrows or digits change it; Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wee&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the week&apos;s scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall pain this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities that are hard for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Patient-Specific Functional Scale. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>climbing stairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getting up from a low chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walking to the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity {i}, for example {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well you can do activity {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as well as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the week (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week&apos;s scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: from {ws}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier weeks: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {day:02d} {week_start}: pain {overall_pain}, activity score {psfs_mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity score: {m} of 10 (the average of {rated} rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity score: {m} of 10 (the average of {rated} ratings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity score: – (rate at least one activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved at {now:%H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary views: day, 14 days, weekly scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>the chart file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown data format {value!r}: use {DATA_FORMATS}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: CSV files in a .zip need a name ending in .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the FHIR file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the charts ({period}) to {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report ({pages} page, {period}) to {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report ({pages} pages, {period}) to {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {what} to {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {what} as {files} CSV files in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR transaction bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the {kind} of all your records to {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk is left out today (see the notes on Today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program file {path} has problems, so the built-in program is shown instead:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program file {path} was not found, so the built-in program is shown instead. {PICK_ANOTHER}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program {program!r} could not be used ({name__}: {exc}), so the built-in program is shown instead. {PICK_ANOTHER}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <source>&lt;p&gt;{app} walks you through a gentle home exercise program for nerve-related back and leg pain, times every hold and repetition, and keeps a daily diary of your symptoms.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It coaches; it does not diagnose.&lt;/b&gt; Check with your doctor or physiotherapist that this program suits you. Stop any exercise that causes sharp pain, weakness or pain spreading further down the leg.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this app, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{about}&lt;p&gt;&lt;b&gt;Who it is for.&lt;/b&gt; {intended_for}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{about}&lt;p&gt;&lt;b&gt;Who it is for:&lt;/b&gt; this program does not say. Ask the doctor or physiotherapist who gave it to you whether it fits your symptoms.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read whom it was written for. A doctor or physiotherapist should confirm it fits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a program &amp;file from your physiotherapist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a program file from your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program file (.toml) your physiotherapist gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the program is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program} ({week_count} weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program file from your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program files (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your start date and side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change these later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of week 1, day 1 of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg has the symptoms?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected side: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-sided exercises start on the side with the symptoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME}: getting started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>{times} × about a minute: {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand up from your chair, slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk a few steps, around the room or to the window and back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift your weight slowly from one leg to the other a few times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few standing hip flexions each side: hold the back of your chair and lift one knee slowly, like a gentle march.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few seated nerve glides: smooth and gentle, never forced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle (flare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle exercises, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions that ease symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice or heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has helped you before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small changes of position can ease an irritated nerve a great deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not sit with your hips bent for long stretches at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest your feet on a footrest to ease the angle at your hips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand up and move every 20–30 minutes. The app can remind you while you work at the computer: Movement breaks, in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 20–30 minutes of sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standing desk lets you change between sitting and standing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with support for your lower back, such as a lumbar roll, rather than slouching on a soft sofa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting with the feet on a footrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing still for a long time can make symptoms worse, just as sitting for long can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not stand still in one position for long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention Strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift your weight from one leg to the other from time to time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest one foot on a low stool for a while, then change feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your spine neutral: neither slumped nor arched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing with one foot on a low stool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeping and resting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying flat often eases symptoms. For sleep and rest, these positions are the ones to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your side with a pillow between your knees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or lie on your back with your knees slightly raised on a pillow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid curling up tightly with your hips bent a long way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firm mattress usually helps; a soft or sagging one does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid sleeping on your stomach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the side, a pillow between the knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the back, the knees slightly raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how you do everyday things so that they do not provoke your symptoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On stairs, use a step-to pattern if you need to: step up onto a stair, then bring the other foot to the same stair before the next one. Hold the rail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift with your legs: bend your hips and knees, keep your back straight and hold the load close to your body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not lift heavy things with your back bent, and do not twist or bend suddenly while carrying a load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid deep squatting for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break activities into parts you can manage, with a rest between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On long drives, stop for breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-to on stairs: both feet on each stair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifting with the legs, the load close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What eases symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several gentle approaches together work better than one aggressive one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat, such as a warm pack, before your exercises loosens the tissues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15–20 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before exercising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice for a flare: a cold pack for 15 minutes at most, with a cloth between the pack and your skin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When symptoms flare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle nerve glides through the day ease symptoms. Keep them smooth and rhythmic, never forced; mild tingling is acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch gently: the front of the hips (hip flexors), the front of the thighs (quadriceps) and the back of the thighs (hamstrings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relax the muscles that tense up to guard the back, for example with slow breathing from the belly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace yourself: balance activity with rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle walking and changing position often ease symptoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note in the diary what helped each day: it shows which strategies work for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep moving, gently: avoid what provokes the nerve, not activity itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying for long in a position that brings on your symptoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions and movements that sharply increase your leg symptoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggressive stretching of an irritated nerve, and bouncing stretches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete rest: staying in bed or not moving at all. Stay as active as the pain allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running, jumping and other high-impact activity during a flare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good days and difficult days are common. When symptoms flare, the flare plan (on Today and in the tray menu) walks you through these steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to gentle exercises straight away: the first week&apos;s exercises, at the lowest dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid the positions that provoke your symptoms; rest in one that eases them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the relief strategies that have worked for you before: ice for 15 minutes at most, heat before exercising, gentle nerve glides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay as active as the pain allows; do not take to bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek help from your doctor or physiotherapist if the symptoms persist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery is gradual. The monograph describes it in phases, each with its own focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks 1–2: pain reduction and gentle movement; nerve symptoms may come and go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks 3–6: strength improves gradually and you can do more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks 7–12: a gradual return to normal activities, and preventing a recurrence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then, ongoing: keep up the preventive exercises and watch for early warning signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep up nerve glides 2–3 times a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–3 times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your core and leg muscles strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk (or swim) regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your hips and spine flexible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your workstation well, wear supportive shoes, manage your weight if needed, and find ways to reduce stress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warning signs: leg symptoms you had before coming back, weakness in muscles that were weak before, a stiffer back, or stairs and getting up becoming harder again. If you notice one, go back to gentle exercises; the app asks about them once a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency matters more than intensity: listen to your body&apos;s signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get emergency care now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor promptly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the warning signs the app asks about at first run and in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to stand and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been sitting for about {minutes} minutes. Stand up and move for a minute: sitting for long can bring symptoms on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement break reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze {SNOOZE_MINUTES} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the break for {SNOOZE_MINUTES} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: remind me after the next stretch of sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Click here for a one-minute routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-minute movement break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand and move for a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting for long can bring symptoms on: stand and move every 20–30 minutes (Monograph, Section 8). Go gently, and stop if you feel sharp pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: count it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: count the break in the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration: {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left}:{left2:02d} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was a minute. Press Done to count it in your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting for a long time can make symptoms worse: the monograph your program comes from says to stand and move every 20–30 minutes when sitting (Section 8). While the app runs, also from the tray, it can remind you, with a one-minute routine from your program. You can change this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement breaks at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: off unless you turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to stand and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of sitting between movement breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set it off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for example a long drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set the flare off (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the flare plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: the step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gentle exercises (week {first} of your program, the lowest dose):&lt;ul style=&apos;margin-left:-20px&apos;&gt;{rows}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise cannot start now. {block}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the gentle exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What your diary says helped you lately:&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{rows}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary does not say yet what helps you. Tick what helped each evening under “What helped”: over time it shows your own proven strategies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flare could not be saved in your diary: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile to keep flares in a diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your diary: a flare on {date}, from {started_at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {index} of {STEPS}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How long:&lt;/b&gt; {how_long}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;When:&lt;/b&gt; {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration: {caption}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide: between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do between your sessions, from the monograph your program comes from: how to sit, stand, sleep and go about the day, what eases symptoms and what to avoid. Under each piece of advice is the part of the source it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement break reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note what helped in the Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the flare plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What your diary says helped you lately:&lt;/b&gt; {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to sit, stand, sleep and lift, what eases symptoms and what to avoid: the Guide. If your symptoms flare, the flare plan takes you through what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> You opened the flare plan today at {started_at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions: sitting, standing, sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the flare plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m having a flare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}, week {today} (since {since}): your {week_count} weeks are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals now: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {phase} plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week ({first} to {last}):&lt;ul style=&apos;margin-left:-20px&apos;&gt;{rows}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s sessions below hold what is still to do this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week to go back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week {w}: {w2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the chosen week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide: after the four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to an earlier week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to week {week} ({value}) from today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to week {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today then shows that week&apos;s sessions, and the weeks follow on from it. The maintenance plan starts again once the last week is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to week {back_to_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly check: early warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Weekly check: early warning signs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your last check, have you noticed any of these? Tick those that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>Stop the exercise at once if you feel sharp pain, if your leg feels weak or gives way, or if pain spreads further down the leg, and tell your physiotherapist or doctor. This handout guides your home exercises; it does not diagnose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve glide: mild tingling is acceptable while you do it and should settle soon after. Keep it smooth and rhythmic; never force it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side: all reps on one side, then the other, starting with your affected side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your affected side only (both sides if both legs are affected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side: all reps with the left leg first, then the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side: all reps with the right leg first, then the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side: all reps on one side, then the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The left leg only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right leg only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs, one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg: exercises for one side are for the left leg, and those for each side start with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg: exercises for one side are for the right leg, and those for each side start with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs: exercises for one side are done with each leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, hold {hold} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow and even: about {move} s to move{hold}, {back} s to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At your own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest {rest_between_reps_seconds} s after each {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest {rest_between_sets_seconds} s between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start with {low} min and build up as it feels comfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start at the low number and build up only when the exercise feels easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a list of weeks (write them like 1-4, 2 or 1,3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part!r} runs backwards (write the first week first, e.g. {hi}-{lo})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program} has no week {which} (its weeks: {have}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks {numbers} to {numbers2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · for {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home exercise handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} · home exercise handout · printed {generated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your home exercise program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {weeks}: {weeks2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your home exercises: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg with symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sessions_per_day} a day: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety first.&lt;/b&gt; {SAFETY}&lt;br/&gt;{SEEK_CARE}{care}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who this program is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {w}: {w2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the weeks: {ph}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The weeks at a glance&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br/&gt;Call or write if anything here is unclear, or if your symptoms change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Goals:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace and rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Take care&lt;/b&gt;&lt;br/&gt;{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Note from your physiotherapist:&lt;/b&gt; {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Step {i}.&lt;/b&gt; {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tick each time you do it&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Day {d}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at the end of the day (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {w} log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days 1 to 7 of the week: tick a box each time you do an exercise, and write your pain at the end of the day (0 = none, 10 = the worst you can imagine). Bring it to your next appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps, pictures and cautions are those of week {week}, exercise {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program} has no weeks to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maintenance</name>
    <message>
        <source>done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done {done} of {per_week} this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have leg symptoms you had before come back: pain, numbness or tingling in the thigh, knee or shin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg symptoms coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do muscles that were weak before feel weak again, for example when you straighten the knee or lift the thigh?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakness in muscles that were affected before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is your back stiffer than usual?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stiffer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are stairs, or getting up from a chair, harder again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stairs or getting up being harder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown early-warning signs: {unknown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No early warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the early warning signs this week: carry on with your maintenance plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You noticed {what}. Go back to gentle exercises now: the app suggests week 1 of your program, and the flare plan on Today has more that may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakness in muscles that were affected before should be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signs were there at your last check too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Also see your doctor or physiotherapist: {why}. If the leg gives way, or you notice new problems with your bladder or bowels, get care at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your clinician, and go back to gentle exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to gentle exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source> each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × {sets} sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold {hold_seconds} s{reps}{side}{sets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps} reps{side}{sets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duration_minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice, open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold {hold_seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps} reps{each}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice at your own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affected side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{times_per_day}× daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{times_per_week}× a week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>program</name>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <source>Assign program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {who} the program “{value}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at week 1 today ({today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the program at week 1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today becomes day 1 of week 1. The history is kept: sessions and diary days already recorded stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date stays {start}, so the program continues at the week that date gives. The history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {w}: {w2} ({exercises} exercises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {exercises} exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of week {week_number}, {name} session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; of {program}: week {week_number}, {name} session. Nothing is recorded. Stop or finish to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview:&lt;/b&gt; nothing is recorded. Stop or finish to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded (preview): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where the preview was opened (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week_number} has no exercises in that session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given (the handout says “your affected side”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout options, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout of “{program}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {w}: {w2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leg with symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contact lines, one per line (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jo Park, physiotherapist
01234 567890 (without them the handout has lines to write on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leg with symptoms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note per exercise (optional; without one the handout has a line to write on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes per exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-week-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{safe}{which}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks {w} to {w2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↶ &amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↷ &amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview a week in the player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a handout of the program or of chosen weeks (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and warnings: press Enter on a problem to go to its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a week after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e&amp;xercises…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercises from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected week or exercise up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected week or exercise down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected week or exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program settings form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove week {sel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Removed: Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture was not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit program: {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new program, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new program with unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ⚠ {problems} problem, listed under the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ⚠ {problems} problems, listed under the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {warnings} warning under the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {warnings} warnings under the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {undo_label} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {redo_label} (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (nothing to undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (nothing to redo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} problem&lt;/b&gt; (as &lt;code&gt;coach validate&lt;/code&gt; reports them for the file that would be saved; the program can be saved but not assigned until they are fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} problems&lt;/b&gt; (as &lt;code&gt;coach validate&lt;/code&gt; reports them for the file that would be saved; the program can be saved but not assigned until they are fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{warnings} warning&lt;/b&gt; about how full a session is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{warnings} warnings&lt;/b&gt; about how full a session is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: fix the problems first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program has {n} problem (listed at the top of the editor). {what} works once they are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program has {n} problems (listed at the top of the editor). {what} works once they are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{users} {use} this program, so it can only be saved without problems. Fix the problems listed at the top first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program has {problems} problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program has {problems} problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be assigned to a profile, previewed or printed until they are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name} in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program “{program}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout of {program} saved as {name} in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step text: one short instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One short instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure for this step, from the figure library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an image file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an image file for this step instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the image from this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the movement: start position to key position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag or use the arrow keys: start position ← → key position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (no picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown figure {figure!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: {image}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image (a figure or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise id: lower-case letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body region (used to search the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve glide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve glide: mild tingling is acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in then says mild tingling is acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alternative to another exercise of this week (chosen per profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One caution per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summ&amp;ary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sid&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternati&amp;ve to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cauti&amp;ons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest after each rep or hold, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo: seconds to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo: seconds to hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo: seconds to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest after each rep (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo: move (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo: hold (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo: back (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range (low to high) starts at the low end and steps up after tolerated sessions; one number: the same at both ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none: an exercise of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option_of} (not in this week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other exercises are alternatives to this one, so it cannot be one itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done unless a physiotherapist chooses it for a profile (Programs → Exercise options) in place of the exercise named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week}, exercise {index}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose in words: {dose_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold: hold for some seconds, a number of times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps: repetitions in sets, tapped or paced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: a timer in minutes (walking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: open-ended, marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs together (no sides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side: one side, then the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affected side only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-paced: a tap counts each rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paced by a tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program id: lower-case letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id follows the title until you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two sentences about the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the program comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidelines, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One rule per line, e.g. Stop if you feel sharp pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a d&amp;ay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidelines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions done before moving on, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions that must be free of tingling outside a nerve glide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest rise in average pain that still counts as tolerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerated sessions in a row before a range dose steps up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions done to move on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions free of tingling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest pain rise (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerated sessions to step up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of session {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Gentle mobilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of the week, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One goal per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from the &amp;library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercises from the library to this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
    or {name} (an alternative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises yet: add some from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercises to {week_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise library: add exercises to {week_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or body region, e.g. plank, stretch, hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the exercise library by name or body region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected exercise: dose, picture, steps and cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected exercise to the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} exercise found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} exercises found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found: try fewer or other words, or all regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {added}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default dose: {dose_text} (you can change it after adding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program outline: settings, weeks and their exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {w}: {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    or {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, an alternative to {main}: {dose_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs: built-in and your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise options for the profile in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Pre&amp;view a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview a session of the selected program (nothing is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the program to the profile in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {problems} problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {problems} problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ● in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in program (never changed: editing makes a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program · {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {week_count} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}{weeks} · id {program_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Who it is for.&lt;/b&gt; {intended}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by: {users}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by any profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{problems} problem&lt;/b&gt; (as &lt;code&gt;coach validate&lt;/code&gt; reports them):&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{problems} problems&lt;/b&gt; (as &lt;code&gt;coach validate&lt;/code&gt; reports them):&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {w}: {w2} — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (or {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a copy of the built-in program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the program to {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: enter clinician mode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking, previewing, printing and exporting need no clinician mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, or an alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, as the program writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A physiotherapist can swap these exercises for an alternative once {who} follows this program (Assign), in clinician mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {who} does; a physiotherapist changes it in clinician mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what {who} does; Today, the player and handouts follow at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} now does {option_id} in place of {main}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} now does {main} as the program writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise library has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new program: add weeks and exercises, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a copy of the built-in “{label}”; the built-in program stays as it is. Save puts the copy in your programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated as “{program}” ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program files (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into your programs as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {out}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{label}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is removed from your programs. Export it first to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{label}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, week 1 from today ({start_date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} now follows “{label}”{since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout of {program} saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>
Flare: the flare plan was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}: no pain rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 7-day average {avg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}: worst pain {v}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head} · {region}: left {left}, right {right}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}: no sessions planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}: {done} of {planned} sessions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {stops} stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {pending} still to come today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning sign: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pain anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain reached the {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}: no weekly scores that week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall pain averaged {mean} in the first week and {mean2} in the last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stops} session stopped early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stops} sessions stopped early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs reported on {n} occasion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs reported on {n} occasions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall pain: {mean} in your first week, {mean2} in your last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall pain: {mean} on average in your first week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a meaningful improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: {adherence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst pain that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaningful improvement: {threshold} or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First week {baseline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare (flare plan opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diary entries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {label} pain rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions planned in this period yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furthest place with pain that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSFS (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall pain that week (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weekly scores yet: fill in the weekly check-in in the Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pending} more planned later today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pending} session{pending2} planned today, none done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions were planned in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {partial} done in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {stops} session{stops2} stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {planned} planned sessions done ({percent} %){part}{stopped}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough diary entries yet to compare how far the pain reaches in the first and the last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the first week {a} on most days; in the last week {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The pain has moved back toward the spine: that is a good sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The pain now reaches further down the leg than at the start; tell your clinician about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> How far the pain reaches has not clearly changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there was no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pain stayed in the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pain reached the {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program starts on {start}: there is nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {isoformat} is out of range: choose a date from {isoformat2} to today ({isoformat3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} {isoformat} is after {last} {isoformat2}; choose a first day on or before the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} {isoformat} is after today ({isoformat2}): there is no data for it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{last} {isoformat} is before the first day with data ({isoformat2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day with data is {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today is {today}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing {s} – {e}: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-week pain was already low ({baseline} of 10), so a meaningful drop cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meaningful improvement is a drop of {drop} points or more ({rule_text}): an average of {threshold} or less, from {baseline} in the first week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> There is no last week to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The last week&apos;s average, {current}, has reached it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The last week&apos;s average is {current}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {week_start}: PSFS {psfs_mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, overall pain {overall_pain}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meaningful improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meaningful worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a meaningful change yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSFS (activities, higher is better) went from {psfs_mean} in the week of {week_start} to {psfs_mean2} in the week of {week_start2}: {verdict} (meaningful: {rule_text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall (worst place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {n} day of diary entries so far: the trend becomes clearer after a week or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {n} days of diary entries so far: the trend becomes clearer after a week or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported {reported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}{where}: {what}. Advice: {outcome}{follow}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> during {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{session} session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: {session} stopped{where}: {reason_text}{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{baseline} out of 10, nothing to compare with yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, a meaningful improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, a meaningful worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {baseline} to {current} out of 10{words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files in a zip (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder of CSV files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON document (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR bundle (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dates to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts of the dates shown as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for your clinician…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report of the dates shown for your clinician, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your data of the dates shown as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period} ({days} day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period} ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dates cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export replaces it; nothing else is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts as {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report for your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Time for your {slot_name} session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for today&apos;s tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {slot_name} exercises are ready. Press Start when you are ready, and stop if anything brings sharp pain or weakness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a minute to note how your back and leg were today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>This report was generated by {app} from data the patient entered themselves (self-reported pain scores, diary entries and exercise sessions). It is not a diagnosis; it is meant to support a clinician&apos;s own assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSFS (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall pain that week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose as prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (strongest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back
L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back
R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thigh
L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thigh
R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee
L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee
R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shin
L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shin
R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst pain (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions done / planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSFS (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eased back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (weeks stopped following the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two tolerated sessions in a row: stepped up within the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stop for symptoms: stepped down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mean} ({days} day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mean} ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} % up the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period} ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week} of {week_count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the program&apos;s weeks are over; the last week&apos;s plan continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{diary_days} of {diary_due} days filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diary entries in this period, so there are no pain numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the first week of diary from the program&apos;s start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First week: {first}{before}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week: {last}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no last week yet (fewer than eight days between the first and the last entry). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averages are over the days rated (the number of days is in brackets); change is last week minus first week, so a negative change means less pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program}: week {week} of {week_count}, started {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the program&apos;s weeks are over and the last week&apos;s plan continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (week decisions: {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall pain (the worst place each day): {mean} on average in the first week, {mean2} in the last week ({change}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall pain (the worst place each day): {mean} on average in the first week; no last week to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meaningful-change mark ({rule_text}; {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drop meets {mark}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drop does not (yet) meet {mark}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain was rated in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{session} stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Warning signs reported {time}; the latest on {date}: {reported} ({outcome}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No warning signs reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the questions were answered {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops and warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence: {adherence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness and numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness on {day} of {diary_days} diary days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; numbness or tingling on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreading or centralizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centralization: {centralization}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve glides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild tingling after {glide_tingling} of {glide_checkins} nerve-glide check-ins (mild tingling is acceptable during a nerve glide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions stopped early: {n_stops}. Warning signs reported: {n_signs} (of {warnings} times the questions were answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (after the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exercise recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{session} stopped early in this period ({reasons}; most often during {exercises})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; by month in the month-by-month table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Each stop of the last {RECENT_DAYS} days ({recent}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning-sign questions were not answered in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning-sign questions were answered {n_all} time in this period; {none} of them reported a warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning-sign questions were answered {n_all} times in this period; {none} of them reported a warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. By what was reported, then each of the last {RECENT_WARNING_DAYS} days in full ({signs}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filled in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week {from_week} → week {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report{who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first-week pain average, so no meaningful-change mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Pain that retreats from the leg toward the back (centralization) is a good sign; pain that spreads further down the leg is worth attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a meaningful improvement ({rule_text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a meaningful worsening (2 points or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-week pain was low, so a meaningful drop cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a meaningful improvement yet: that needs a drop of {drop} points ({rule_text}), to {threshold} or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PSFS scores in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSFS (Patient-Specific Functional Scale): 0 cannot do the activity, 10 as well as before. A change of {rule_text} is meaningful ({source}); the band is {psfs_mean} ± 2 around the first score, in the week of {week_start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The last {weeks} weeks below; every month in the month-by-month table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meaningfully better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meaningfully worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diary entries in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weakness and no numbness or tingling recorded in the diary in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness on {day} and numbness or tingling on {day2} of {diary_days} diary days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness on {day} and numbness or tingling on {day2} of {diary_days} diary days (by month in the month-by-month table when the period is long); each day of the last {RECENT_DAYS} days with either:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{r}_left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{r}_right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {key}: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the start: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (nerve glide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down to the thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down to the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down to the shin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {pageNumber} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image cannot be read ({exc}); use a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report from self-reported data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} progress report{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated {generated} from self-reported data · not a diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by {APP_NAME} on {generated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure {figure}. {overall}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program could not be read, so its exercises are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dose changed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No week decision in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain by place: first week and last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions done against planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month in the table at the end of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in those days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session was stopped early in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning-sign answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every diary note of the period ({note_rows}), in date order down each column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diary notes in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly scores (PSFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centralization: how far down the leg the pain reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On most days the pain reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure {figure}. {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month: mean pain of the days rated (the worse side of each place), sessions, stops, symptom days, PSFS and warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary by {diary_summary_by}, before the last {tracker_rows} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean pain of the days rated (the worse side of each place), and the days with weakness or numbness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary: the last {tracker_rows} days ({tracker_period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst imaginable) at each place, L left and R right; – not rated. Worst is the highest of the day&apos;s ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>Week {week} is the program&apos;s last week. Its review comes on {review_from}, after 7 days on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week} starts only when week {week2} has been tolerated well and you confirm it: its review comes on {review_from}, after 7 days on week {week2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on to week {from_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay on week {from_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease back to week {from_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you did {done} of the {planned} planned sessions in full ({adherence:.0%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and {part} more in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{did}; moving on needs {min_adherence:.0%} in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you stopped {e} on {d} because of {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you felt tingling in {e} on {d} (tingling is acceptable only in nerve glides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your average pain rose {describe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you reported weakness on {recent_days} days in the week&apos;s last 7, against {before_days} in the 7 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your diary shows the pain reaching further down the leg on its last days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you reported {what} on {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Your pain went {describe}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {from_week} ({span}) was tolerated: {did}, with no stop for a symptom, no tingling outside the nerve glides and no warning sign.{pain_bit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} You can move on to week {from_week} if you feel ready, or stay a while longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} That was the last week of the program. Keep doing the exercises that help you, and stay active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The dose was stepped down for {eased}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We suggest easing back to week {from_week}&apos;s exercises for a while, then trying week {from_week2} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We suggest staying on week {from_week} and going more gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We suggest staying on week {from_week} for another week before moving on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {from_week} ({span}) is not yet tolerated well enough to move on: {why}. {advice} If symptoms keep you from exercising, talk to your doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Only a clinician can {what}: turn on clinician mode in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out until a clinician has seen you (you reported {steady_leg}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stay on week {week} until you answer its review below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stay on week {week}: its review below says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stay on week {week}: its review comes when exercises can start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time: {name} needs a steady leg, so it is left out until you confirm that a clinician has seen you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow exercise again today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} after {stop_day}&apos;s stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stop_day}&apos;s stop ({cause})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eased after {when}: {affected}, the low end of its range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eased after {when}: {affected}, the previous week&apos;s dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out today after {when}: the program has no easier dose for it. It comes back at its usual dose the day after; then go gently and stop short of where the symptoms started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time: {name} is paused and left out of your sessions, because it was stopped twice in a short time. Ask your doctor or physiotherapist about it before you re-enable it on Today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time: the next day {name} comes up, it is eased to {affected}, the low end of its range. After that it carries on one step lower than today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time: the next day {name} comes up, it is eased to {affected}, the previous week&apos;s dose. After that it comes back at this week&apos;s dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time: {name} has no easier dose in the program, so it is left out the next day it comes up. The day after it comes back at its usual dose: go gently, and stop short of where the symptoms started. If it happens again, ask your doctor or physiotherapist before carrying on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ends here, and you will see what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild tingling is expected during a nerve glide and is acceptable. Keep the movement smooth and gentle, never forced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tingling is acceptable only in nerve glides. Here it counts as a symptom: the session goes on, but this exercise stays at its dose until it goes without tingling. Go more gently, and stop if it builds up or turns into pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new or worse symptoms. Carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp pain means stop. {ENDS_HERE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness or giving way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness, or the leg giving way, means stop. {ENDS_HERE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain spreading down the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain spreading further down the leg means stop. {ENDS_HERE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness or the leg giving way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain spreading further down the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dizzy or feeling unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else (for example, an interruption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped with the Stop button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your leg getting weaker, especially the knee buckling: see a doctor promptly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New difficulty controlling your bladder or bowels, or numbness between your legs: seek emergency care now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe pain that no change of position or rest eases: see a doctor promptly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement after 4 to 6 weeks of the program: tell your doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls because your leg is weak or gives way: see a doctor promptly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fever, or losing weight without trying: see a doctor promptly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor, or get emergency care where it says so, if you notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lying on your side with a pillow between your knees, or on your back with your knees slightly raised on a pillow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during {exercise_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ended the session early. Everything you did so far is saved. When you are ready, you can start it again later today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: no more exercise today; you can start again tomorrow. Rest in a position that eases your symptoms, for example {REST_POSITIONS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped {where} because of sharp pain. Stopping was the right thing to do: the program says to stop for sharp pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Mild tingling is acceptable in a nerve glide; sharp pain is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the rest of the day: avoid the position that brought the pain on, and any position held for long that increases your symptoms. Keep moving gently around the home rather than staying in bed, and change position every 20 to 30 minutes. Ice for up to 15 minutes may ease a flare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped {where} because the leg felt weak or gave way. Stopping was the right thing to do. Hold on to something steady, or sit down, before you move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: no more exercise today; you can start again tomorrow. Take care on stairs: hold the rail and take one step at a time, both feet on each stair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leg giving way or feeling weak is one of the signs to see a doctor about promptly. It is recorded with today&apos;s date, and the exercises that need a steady leg (balance, step-ups, stairs, squats and wall sits) are left out until you confirm that a clinician has seen you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped {where} because pain spread further down the leg. Stopping was the right thing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid the position that brought it on. Pain that moves back toward the spine is a good sign; pain that spreads further down the leg is worth telling your physiotherapist or doctor about. Tell them sooner if it keeps spreading, or comes with weakness or numbness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped {where} because you felt dizzy or unwell. Sit or lie down where you cannot fall, and get up slowly when the feeling has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: no more exercise today. Start again another day only when you feel well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the feeling does not pass, or you have a fever or chills, call your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
If you are worried, call your doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during {exercise_name} </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped {what}today because of {label}: no more exercise today. You can start again tomorrow, {tomorrow}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek emergency care now if you have not yet. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises are blocked: on {reported_on} you reported {what}. {urgent}When a clinician has seen you, confirm the date on Today to unblock them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises are paused: on {reported_on} you reported {what}. See a doctor promptly, then confirm on Today that you have read the advice to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{short} (since {since})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises are paused: you reported {unread}. See a doctor promptly, and confirm on Today that you have read the advice to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercises that need a steady leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advice acknowledged {acknowledged_at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinician assessment confirmed {assessed_confirmed_at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>went down by {drop:.1f} points ({fraction:.0%}), less than a meaningful improvement ({rule_text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not go down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>went up by {drop:.1f} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} to {date2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {weeks_in} weeks of exercises, your average pain {change}: {before:.1f} out of 10 over your first {k} diary days ({first_span}), {after:.1f} over your last {k} ({last_span}). Pain that has not eased after four to six weeks of steady exercise is a reason to see your doctor or physiotherapist, who can check what else may help. Show them this diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain has not improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reported weakness on {n} {days} in the last week ({recent}), against {before} in the week before. Weakness that is getting more frequent should be checked: see your doctor or physiotherapist promptly, and take extra care on stairs and when getting up. If the leg gives way or you fall, answer the warning-sign questions: the exercises that need a steady leg are then left out until you have been seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness is reported more often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{r} on {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you stopped </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{e} on {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> because pain spread further down the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your diary shows the pain reaching {recent}, further than {before_typical}, where it reached on most days the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain is spreading down the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary shows the pain reaching {recent}, closer to your back than {before_typical}, where it reached on most days the week before. Pain moving back from the leg toward the spine (centralization) is a good sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good sign: the pain is centralizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped {name} {hits} times in its last {window} sessions ({what}). It is paused and left out of your sessions. Ask your doctor or physiotherapist about it before you re-enable it; they may suggest a gentler version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek emergency care now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor promptly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention it at your next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you had any new problems controlling your bladder or bowels? For example, not being able to pass urine, not feeling when you need to go, or leaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new bladder or bowel problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there new numbness in the saddle area: between your legs, on your inner thighs or around your buttocks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbness in the saddle area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has severe back pain come on suddenly, so that you cannot stand or walk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudden severe back pain with not being able to stand or walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is your back pain new after an accident, a fall or an injury? Or is it new back pain and you have had cancer, or have osteoporosis (thin bones)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new back pain after an injury, or with a history of cancer or osteoporosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you had a fever or chills, or an infection recently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fever, chills or a recent infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you lost weight without trying?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight loss without trying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is your leg getting weaker? For example, it is harder than before to straighten the knee, lift the thigh or lift the foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakness that is getting worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has your knee buckled, or your leg given way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the knee buckling or the leg giving way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you fallen, or nearly fallen, because your leg was weak or gave way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falls from the leg being weak or giving way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you started to limp, or does your foot drop so that your toes catch on the ground?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new limp or the foot dropping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is numbness in your leg spreading or getting stronger, or have you lost feeling in a new place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbness that is spreading or getting stronger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you now have symptoms in both legs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symptoms in both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is your pain unrelenting: no rest or change of position eases it, or it gets worse at night?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain that nothing eases or that is worse at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leg feeling weak or giving way during an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fever or unexplained weight loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises stay blocked until you confirm the date a clinician saw you about this. Answering the questions again does not lift it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises are paused until you confirm that you have read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a clinician has seen you, the exercises that need a steady leg (balance, step-ups, stairs, squats and wall sits) are left out; confirm the date on Today when you have been seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises are blocked because of the warning signs you reported, until you confirm that a clinician has seen you (see the notice at the top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises are paused because of the warning signs you reported, until you confirm you have read the advice (see the notice at the top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reported none of the warning signs. Carry on with your program, and answer these questions again whenever something changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reported {emergency}. With back or leg pain this needs to be checked the same day: go to an emergency department now, or call your local emergency number. Do not wait to see whether it passes, and do not exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Tell them that you also have {others}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reported {what}. This needs a doctor&apos;s check promptly: call your doctor or physiotherapist and tell them what changed. If you notice new problems controlling your bladder or bowels, or numbness between your legs, get emergency care now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Until a doctor has checked what is causing it, the program may not be right for you: {BLOCKED_NOTE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the visit, {seen_on}, is after today: choose today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit must be on or after {first}, the day you reported {first2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With back or leg pain this needs to be checked the same day: go to an emergency department now, or call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your doctor or physiotherapist promptly and tell them what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clinician has seen me about this since I reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the clinician saw you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{button_text}: a clinician has seen me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this: carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this advice: carry on with the exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Some exercises are left out until a clinician has seen you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ No more exercise today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow exercise today (clinician)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow exercise again today, as a clinician, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow exercise today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why may exercise start again today? The reason is recorded with the stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend-{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is left out of your sessions. Ask your doctor or physiotherapist about it before you re-enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused-{exercise_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enable {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enable {name} in your sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {from_week}: what next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice applies from today. You decide; you can also ask your physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eased today after a stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something new or changed? Answer the warning-sign questions again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the week (clinician)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the program week, as a clinician, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which week should the program be on from today, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety data not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questions look for signs that need a doctor rather than exercise. Answer each one for what is new or has changed since you last answered (or since a clinician last saw you). If you are unsure, answer Yes. By keyboard: Y or N answers and moves to the next question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning-sign questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start: warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer all {WARNING_QUESTIONS} questions to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning-sign questions, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: advice, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock exercises: a clinician has seen me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (exercises stay blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; exercises stay blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now (exercises stay paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now; exercises stay paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every question to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every question to save ({left} left).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a time of day. Write reminder times as hours:minutes on a 24-hour clock, for example 08:00 or 18:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session {index} in today&apos;s program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is either on or off (true or false), not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size is a whole percentage from {MIN_TEXT} to {MAX_TEXT}, not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {v} % is outside {MIN_TEXT}–{MAX_TEXT} %. Choose a size in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a theme. Choose one of: {THEMES}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement breaks come every {choices} minutes; {value!r} is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a language the app speaks. Choose one of: {LANGUAGES}, or leave it empty to follow the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session reminder times are a list with one time per session, for example 08:00 and 18:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement break reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called {key!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the clinician PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN keeps program editing and profile management for the clinician, so that a patient does not change doses by accident. It does not lock the data file itself. At least {MIN_PIN_LENGTH} characters: digits, letters or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the clinician PIN to edit programs and manage profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Clinician mode stays off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician mode is for the physiotherapist: it unlocks program editing and profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter clinician mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN is set. In clinician mode, Profiles lets you set one so that a patient does not enter by accident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a new clinician PIN now: PINs need at least {MIN_PIN_LENGTH} characters, and are kept more safely than before. Your current PIN works until you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinician mode is on.&lt;/b&gt; Programs can be edited and profiles managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinician mode is off.&lt;/b&gt; Program editing and profiles are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave clinician mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;clinician mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave clinician mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter clinician mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician mode: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician mode: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date: week 1, day 1 of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} ({week_count} weeks, {mark})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected &amp;side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Give the profile a name, so that people can tell the profiles apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Choose a program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another &amp;program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another program for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person using this computer has a profile with their own program, start date and history. Switching, adding or deleting profiles needs clinician mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected profile&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch to this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the clinician PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: &lt;b&gt;{display_name}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name}{in_use}
{affected_side} · started {start_date} · {program} · {sessions} sessions, {diary} diary days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician PIN: set. Clinician mode asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician PIN: not set. Anyone can enter clinician mode after a confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the clinician PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a clinician PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile in use cannot be deleted; switch first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {display_name}. Use “Switch to this profile” to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {display_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} now uses {program}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch to {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, the diary and progress will show their program and history. Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not switched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using {display_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sessions} sessions and {diary} diary days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {display_name} and their history ({history})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other profiles keep all their data. A backup of the data file is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {display_name} and their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinician PIN is set. Clinician mode asks for it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the clinician PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician mode will only ask for a confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinician PIN is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} · {why} · {size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours and minutes, 24-hour clock; Up and Down change the part under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to fill in the daily tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder shows only while that session or the day&apos;s tracker is not done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement breaks at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to stand and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of sitting between movement breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> On this computer the app can tell {detects}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section 8 of the monograph: stand and move every 20–30 minutes when sitting. The reminder offers a one-minute routine from your program and counts each break in the diary. It waits while a session is open, and pauses while the screen is locked or nobody is using the computer, as far as the system tells the app.{told}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} session at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} session reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play cue sounds during a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises done on one side follow this; it applies from the next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is kept in this folder on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups, newest first&lt;/b&gt;: choose one to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. Back up now makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces your data with the chosen backup; a copy of today&apos;s data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That setting was not saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Lumbar Coach starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affected side was not changed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected side: {side}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could open the folder. It is {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made: {name} in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your data with the backup from {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and diary entries made after that backup will no longer show. A copy of your data as it is now is kept first, and it appears in this list, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Your data as it was is kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from {when}.{kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Today: {planned_text}&lt;/b&gt;, {eased}&lt;br&gt;&lt;span style=&apos;color:{muted}&apos;&gt;{note}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:{link}&apos;&gt;Today: {planned_text}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;s&gt;{name}&lt;/s&gt; (left out today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, left out today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {name} session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the {name} session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercises} exercises · about {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} session: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start is turned off. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today{who}: {today}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program starts on {start_date}. Here is week 1 to look over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week_no} of {week_count}: {week} · day {day} on this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals this week: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep in mind&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{lines}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracker</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left shin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right shin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straightening the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifting the thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climbing stairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rising from a chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting for long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing for long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bending or lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat before exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice for a flare (15 minutes at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve glides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacing: activity balanced with rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing position every 20–30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footrest when sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillow between or under the knees in bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step at a time on stairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number from 0 to 10 (it is {value!r}). {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is {value:,} characters long; shorten it to at most {limit:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {k!r} is not one of the choices ({choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: a choice is listed twice; list each one once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {date!r} is not a calendar date. Pick a day in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is in the future. The diary records days that have happened: choose today ({today}) or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain: {unknown} is not a place on the body map (places: {LOCATIONS}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in the {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strength of the numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {i} has no name; type its name or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: times done must be a whole number from 0 to {MAX_EXERCISE_TIMES} (it is {times!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the numbness or tingling is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other activities limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What else helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong is the numbness or tingling? Set it from 1 (barely there) to 10 (the worst), or untick the places if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the numbness or tingling? Tick the places, or type them in the box, or set the strength back to none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which other movement felt weak, in the box next to Other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week starting {week_start} has not begun yet. Record the scores for this week or an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall pain this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at most {PSFS_MAX_ITEMS} activities (there are {psfs}); keep the ones that matter most to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity {i} has a rating but no name. Type the activity, or clear its rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating of {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating of activity {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means you cannot do it at all, 10 means as well as before your symptoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate {activity!r} from 0 (cannot do it) to 10 (as well as before).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>{app} is still running in the tray so your reminders can arrive. Choose Quit from the tray icon&apos;s menu to close it completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {slot_name} session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a movement break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m having a flare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more exercise today: start again tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises are held back (see Today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of today&apos;s sessions are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {next} session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration: {seq}{side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration: {replace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture {name} could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture not found:
{missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: set a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}, low end (or the only value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}, high end (the same as the low end for one value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
