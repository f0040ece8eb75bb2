<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>accessible</name>
    <message>
        <source>plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>Schieberegler</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Reiter</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Tabs: {tabs}</source>
        <translation>Reiter: {tabs}</translation>
    </message>
    <message>
        <source>plot of {y} against {x}</source>
        <translation>Diagramm von {y} gegen {x}</translation>
    </message>
    <message>
        <source>{place} {kind}</source>
        <translation>{place} ({kind})</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>{name}: the arrow keys choose a tab</source>
        <translation>{name}: Die Pfeiltasten wählen einen Reiter</translation>
    </message>
    <message>
        <source>{name}: the wheel zooms, a drag pans</source>
        <translation>{name}: Das Mausrad zoomt, Ziehen verschiebt</translation>
    </message>
    <message>
        <source>{name}: the arrow keys choose</source>
        <translation>{name}: Die Pfeiltasten wählen aus</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Run the optimizer (Space)</source>
        <translation>Optimierer starten (Leertaste)</translation>
    </message>
    <message>
        <source>Run one epoch (→)</source>
        <translation>Eine Epoche rechnen (→)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Run the optimizer (Space pauses)</source>
        <translation>Optimierer starten (Leertaste hält an)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the start: β = 0, epoch 0 (R)</source>
        <translation>Zurück zum Anfang: β = 0, Epoche 0 (R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>Punkt löschen</translation>
    </message>
    <message>
        <source>Remove the selected point (Delete)</source>
        <translation>Den ausgewählten Punkt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Pin this fit</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Keep the current fit as a labelled line to compare with others (P)</source>
        <translation>Die aktuelle Anpassung als beschriftete Linie behalten, zum Vergleich mit anderen (P)</translation>
    </message>
    <message>
        <source>Clear all points</source>
        <translation>Alle Punkte löschen</translation>
    </message>
    <message>
        <source>Remove every point (undoable)</source>
        <translation>Alle Punkte entfernen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Back to the view</source>
        <translation>Zurück zur Ansicht</translation>
    </message>
    <message>
        <source>Leave a field: Space, →, R and 1–9 work again (Esc)</source>
        <translation>Ein Eingabefeld verlassen: Leertaste, →, R und 1–9 wirken wieder (Esc)</translation>
    </message>
    <message>
        <source>Fit view to data</source>
        <translation>Auf Daten zoomen</translation>
    </message>
    <message>
        <source>Frame all the points and their squares (Ctrl+0)</source>
        <translation>Alle Punkte und ihre Quadrate ins Bild holen (Ctrl+0)</translation>
    </message>
    <message>
        <source>Keyboard cursor</source>
        <translation>Tastaturcursor</translation>
    </message>
    <message>
        <source>A crosshair on the canvas: arrows move it, Enter adds a point, Tab walks the points, Esc ends (K)</source>
        <translation>Ein Fadenkreuz auf der Zeichenfläche: Pfeiltasten bewegen es, Enter fügt einen Punkt hinzu, Tab geht die Punkte durch, Esc beendet (K)</translation>
    </message>
    <message>
        <source>Lock aspect (squares look square)</source>
        <translation>Seitenverhältnis fest (Quadrate sehen quadratisch aus)</translation>
    </message>
    <message>
        <source>One unit of x as long as one unit of y: the squares look square, and points far wider than tall (or taller than wide) leave part of the canvas empty</source>
        <translation>Eine Einheit von x so lang wie eine Einheit von y: Die Quadrate sehen quadratisch aus, und Punkte, die viel breiter als hoch (oder höher als breit) liegen, lassen einen Teil der Zeichenfläche leer</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Gitter</translation>
    </message>
    <message>
        <source>Show the grid</source>
        <translation>Gitter anzeigen</translation>
    </message>
    <message>
        <source>random…</source>
        <translation>zufällig…</translation>
    </message>
    <message>
        <source>n points on a line you choose, with the noise you choose</source>
        <translation>n Punkte an einer selbst gewählten Geraden, mit selbst gewähltem Rauschen</translation>
    </message>
    <message>
        <source>Full precision</source>
        <translation>Volle Genauigkeit</translation>
    </message>
    <message>
        <source>Every significant figure in the readouts, not the classroom&apos;s four</source>
        <translation>Alle signifikanten Stellen in den Anzeigen, nicht nur die vier für den Unterricht</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the run (Space)</source>
        <translation>Lauf anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Loss</source>
        <translation>&amp;Verlust</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>Beis&amp;pieldaten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Real data</source>
        <translation>&amp;Reale Daten</translation>
    </message>
    <message>
        <source>&amp;Made up</source>
        <translation>&amp;Erfunden</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>{title} ({source})</source>
        <translation>{title} ({source})</translation>
    </message>
    <message>
        <source>{name} (classification)</source>
        <translation>{name} (Klassifikation)</translation>
    </message>
    <message>
        <source>{summary}. {context}</source>
        <translation>{summary}. {context}</translation>
    </message>
    <message>
        <source>{action} {what} ({keys})</source>
        <translation>{action}: {what} ({keys})</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
</context>
<context>
    <name>animation</name>
    <message>
        <source>Animated GIF</source>
        <extracomment>an animation has at most this many frames (a GIF of 1000 frames is tens of megabytes) the formats by suffix, with their names (translated where they are shown, in context &quot;animation&quot;)</extracomment>
        <translation>Animiertes GIF</translation>
    </message>
    <message>
        <source>PNG frames</source>
        <translation>PNG-Einzelbilder</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4-Video</translation>
    </message>
    <message>
        <source>epoch {epoch} · {loss} = {value}</source>
        <translation>Epoche {epoch} · {loss} = {value}</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>Epoche {epoch}</translation>
    </message>
    <message>
        <source>an animated GIF needs Pillow: {install}</source>
        <translation>ein animiertes GIF braucht Pillow: {install}</translation>
    </message>
    <message>
        <source>cannot write {name}</source>
        <translation>{name} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>an MP4 needs ffmpeg on PATH; GIF and PNG frames need none</source>
        <translation>ein MP4 braucht ffmpeg im PATH; GIF und PNG-Einzelbilder kommen ohne aus</translation>
    </message>
    <message>
        <source>ffmpeg failed: {said}</source>
        <translation>ffmpeg ist gescheitert: {said}</translation>
    </message>
    <message>
        <source>{count} frames, {first} … {last}</source>
        <translation>{count} Einzelbilder, {first} … {last}</translation>
    </message>
    <message>
        <source>{path}: an animation is written as .gif, .png (frames) or .mp4</source>
        <translation>{path}: Eine Animation wird als .gif, .png (Einzelbilder) oder .mp4 geschrieben</translation>
    </message>
</context>
<context>
    <name>animation_export</name>
    <message>
        <source>The descent from epoch 0 to the end, with the epoch and J in each frame, as an animated GIF or PNG frames or an MP4</source>
        <extracomment>frames drawn per turn of the event loop (one takes 10–30 ms at 960×540) the frames&apos; width when the canvas is wider (the menu&apos;s export; the command line chooses its own) the menu entry&apos;s tip, by what can be written: (an animated GIF, an MP4) besides PNG frames</extracomment>
        <translation>Der Abstieg von Epoche 0 bis zum Ende, mit Epoche und J in jedem Bild, als animiertes GIF, PNG-Einzelbilder oder MP4</translation>
    </message>
    <message>
        <source>The descent from epoch 0 to the end, with the epoch and J in each frame, as an animated GIF or PNG frames</source>
        <translation>Der Abstieg von Epoche 0 bis zum Ende, mit Epoche und J in jedem Bild, als animiertes GIF oder PNG-Einzelbilder</translation>
    </message>
    <message>
        <source>The descent from epoch 0 to the end, with the epoch and J in each frame, as PNG frames or an MP4</source>
        <translation>Der Abstieg von Epoche 0 bis zum Ende, mit Epoche und J in jedem Bild, als PNG-Einzelbilder oder MP4</translation>
    </message>
    <message>
        <source>The descent from epoch 0 to the end, with the epoch and J in each frame, as PNG frames</source>
        <translation>Der Abstieg von Epoche 0 bis zum Ende, mit Epoche und J in jedem Bild, als PNG-Einzelbilder</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>Animation exportieren…</translation>
    </message>
    <message>
        <source>Export animation… (for a GIF: {install})</source>
        <translation>Animation exportieren… (für ein GIF: {install})</translation>
    </message>
    <message>
        <source>an animated GIF needs Pillow: {install}</source>
        <translation>ein animiertes GIF braucht Pillow: {install}</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>Exporting the descent to {path}: running it again from epoch 0</source>
        <translation>Der Abstieg wird nach {path} exportiert: Er läuft noch einmal ab Epoche 0</translation>
    </message>
    <message>
        <source>{path}: an animation is written as .gif, .png (frames) or .mp4</source>
        <translation>{path}: Eine Animation wird als .gif, .png (Einzelbilder) oder .mp4 geschrieben</translation>
    </message>
    <message>
        <source>{path}: an animated GIF needs Pillow ({install}); PNG frames need nothing</source>
        <translation>{path}: Ein animiertes GIF braucht Pillow ({install}); PNG-Einzelbilder brauchen nichts</translation>
    </message>
    <message>
        <source>{path}: an MP4 needs ffmpeg on PATH; GIF and PNG frames need none</source>
        <translation>{path}: Ein MP4 braucht ffmpeg im PATH; GIF und PNG-Einzelbilder kommen ohne aus</translation>
    </message>
    <message>
        <source>Nothing to animate: {why}</source>
        <translation>Nichts zu animieren: {why}</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>{name} wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation>Export abgebrochen: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>Exported the descent: {written}</source>
        <translation>Abstieg exportiert: {written}</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>{path} cannot be used ({why})</source>
        <extracomment>the writing thread takes the interpreter from the GUI thread while it formats numbers: at most this share of the time goes to it (a session of 10⁷ points takes seconds to write, so it is then written less often) what the person may answer about an orphan</extracomment>
        <translation>{path} kann nicht verwendet werden ({why})</translation>
    </message>
    <message>
        <source>{path} is not a folder (a link or a file is in its place)</source>
        <translation>{path} ist kein Ordner (an seiner Stelle steht eine Verknüpfung oder Datei)</translation>
    </message>
    <message>
        <source>{path} belongs to another user</source>
        <translation>{path} gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>{path} is open to other users and cannot be closed ({why})</source>
        <translation>{path} ist für andere Benutzer offen und lässt sich nicht schließen ({why})</translation>
    </message>
    <message>
        <source>Autosave is off: {path} cannot be made ({why})</source>
        <translation>Automatisches Speichern ist aus: {path} kann nicht angelegt werden ({why})</translation>
    </message>
    <message>
        <source>Autosave is off: {why}</source>
        <translation>Automatisches Speichern ist aus: {why}</translation>
    </message>
    <message>
        <source>on an earlier run</source>
        <translation>bei einem früheren Lauf</translation>
    </message>
    <message>
        <source>d MMM, HH:mm</source>
        <translation>d. MMM, HH:mm</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>am {date}</translation>
    </message>
    <message>
        <source>lossexplorer did not close normally. Restore the work it autosaved {when}? ({index} of {count}: Discard offers the next)</source>
        <extracomment>the tests&apos; answer about an orphan (path, when, how many in all): RESTORE, DISCARD or LATER</extracomment>
        <translation>lossexplorer wurde nicht normal beendet. Die {when} automatisch gesicherte Arbeit wiederherstellen? ({index} von {count}: Verwerfen bietet die nächste an)</translation>
    </message>
    <message>
        <source>lossexplorer did not close normally. Restore the work it autosaved {when}?</source>
        <translation>lossexplorer wurde nicht normal beendet. Die {when} automatisch gesicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>The work autosaved {when} could not be restored ({why}); the file is kept as {path}</source>
        <translation>Die {when} automatisch gesicherte Arbeit ließ sich nicht wiederherstellen ({why}); die Datei bleibt als {path} erhalten</translation>
    </message>
    <message>
        <source>; 1 more autosave kept for the next start</source>
        <translation>; 1 weitere automatische Sicherung für den nächsten Start aufbewahrt</translation>
    </message>
    <message>
        <source>; {n} more autosaves kept for the next start</source>
        <translation>; {n} weitere automatische Sicherungen für den nächsten Start aufbewahrt</translation>
    </message>
    <message>
        <source>Restored the work autosaved {when}</source>
        <translation>Die {when} automatisch gesicherte Arbeit wurde wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>decision boundary</source>
        <extracomment>per-point overlays (segments, squares, arrows) are drawn up to this many points; beyond it they would be a solid smear that only costs frames squares are readable up to a few hundred; past that they only hide the points a sample of many points leaves room for this many clicks, each drawn without drawing the rest the exact answer&apos;s own predictions (core.Solution.predict): stable where Σ β_j·x^j cancels the predicted mean of y from the model&apos;s p (the loss&apos;s inverse link: Poisson&apos;s exp(f)), None: p itself the framing the canvas chose (the width and height it shows), until the person zooms or pans</extracomment>
        <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
        <source>exact boundary</source>
        <translation>exakte Grenze</translation>
    </message>
    <message>
        <source>current fit</source>
        <translation>aktuelle Anpassung</translation>
    </message>
    <message>
        <source>exact answer</source>
        <translation>exakte Lösung</translation>
    </message>
</context>
<context>
    <name>class_choice</name>
    <message>
        <source>{k} classes</source>
        <extracomment>the class&apos;s marker as a character for the palette (the canvas&apos;s pyqtgraph symbols: theme.CLASS_SYMBOLS) each row of the palette holds this many classes</extracomment>
        <translation>{k} Klassen</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>How many classes, K = 2 … 5. Two: every classification loss; more: the softmax model with the categorical cross-entropy. Fewer classes drop the points of the classes that go (one undo step)</source>
        <translation>Wie viele Klassen, K = 2 … 5. Zwei: jede Verlustfunktion der Klassifikation; mehr: das Softmax-Modell mit der kategorialen Kreuzentropie. Weniger Klassen entfernen die Punkte der wegfallenden Klassen (ein Schritt zum Rückgängigmachen)</translation>
    </message>
    <message>
        <source>{glyph} class {k}</source>
        <translation>{glyph} Klasse {k}</translation>
    </message>
    <message>
        <source>A left click adds a class-{k} point (Ctrl+{key}; Shift+click: the next one)</source>
        <translation>Ein Linksklick fügt einen Punkt der Klasse {k} hinzu (Ctrl+{key}; Shift+Klick: die nächste)</translation>
    </message>
    <message>
        <source>New points: class {k}</source>
        <translation>Neue Punkte: Klasse {k}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Loss functions and gradient descent, headless.</source>
        <translation>Verlustfunktionen und Gradientenverfahren, ohne Fenster.</translation>
    </message>
    <message>
        <source>start coefficients (default zeros)</source>
        <translation>Startkoeffizienten (Standard: Nullen)</translation>
    </message>
    <message>
        <source>log every K-th epoch (default: about 20 lines)</source>
        <translation>jede K-te Epoche ausgeben (Standard: etwa 20 Zeilen)</translation>
    </message>
    <message>
        <source>my line p = m·x + c: its intercept and slope</source>
        <translation>meine Gerade p = m·x + c: ihr Achsenabschnitt und ihre Steigung</translation>
    </message>
    <message>
        <source>my coefficients for another model (--model)</source>
        <translation>meine Koeffizienten für ein anderes Modell (--model)</translation>
    </message>
    <message>
        <source>Open the lossexplorer window, or run a headless command (below).</source>
        <translation>Öffnet das Fenster von lossexplorer oder führt einen Befehl ohne Fenster aus (unten).</translation>
    </message>
    <message>
        <source>a points .csv (or a .lossx session) to open</source>
        <translation>eine .csv mit Punkten (oder eine .lossx-Sitzung) zum Öffnen</translation>
    </message>
    <message>
        <source>start with a preset data set (default noisy-line): {choices}</source>
        <translation>mit Beispieldaten starten (Standard noisy-line): {choices}</translation>
    </message>
    <message>
        <source>the learning rate to start with</source>
        <translation>die Lernrate zu Beginn</translation>
    </message>
    <message>
        <source>the number of epochs (screenshot mode runs them all)</source>
        <translation>die Zahl der Epochen (der Bildschirmfoto-Modus durchläuft alle)</translation>
    </message>
    <message>
        <source>the view to show: {choices}</source>
        <translation>die anzuzeigende Ansicht: {choices}</translation>
    </message>
    <message>
        <source>render the window to OUT.png and exit</source>
        <translation>das Fenster als OUT.png speichern und beenden</translation>
    </message>
    <message>
        <source>write the descent from epoch 0 to the end as an animated GIF (needs Pillow: pip install &apos;lossexplorer[export]&apos;), PNG frames (OUT.png: OUT-000.png, ...) or an MP4 (ffmpeg), and exit</source>
        <translation>den Abstieg von Epoche 0 bis zum Ende als animiertes GIF (braucht Pillow: pip install &apos;lossexplorer[export]&apos;), als PNG-Bilder (OUT.png: OUT-000.png, ...) oder als MP4 (ffmpeg) schreiben und beenden</translation>
    </message>
    <message>
        <source>frames a second of --animation (default 12)</source>
        <translation>Bilder pro Sekunde für --animation (Standard 12)</translation>
    </message>
    <message>
        <source>window size in screenshot mode (default 1600x900); frame size of --animation (default 960x540)</source>
        <translation>Fenstergröße im Bildschirmfoto-Modus (Standard 1600x900); Bildgröße von --animation (Standard 960x540)</translation>
    </message>
    <message>
        <source>start in projector mode</source>
        <translation>im Projektormodus starten</translation>
    </message>
    <message>
        <source>the window&apos;s language: en, de, es or fr (default: the one chosen in View → Language, else the system&apos;s)</source>
        <translation>die Sprache des Fensters: en, de, es oder fr (Standard: die unter Ansicht → Sprache gewählte, sonst die des Systems)</translation>
    </message>
    <message>
        <source>open in my-line mode with my line p = m·x + c (its intercept and slope)</source>
        <translation>im Modus „Meine Gerade“ mit meiner Geraden p = m·x + c öffnen (Achsenabschnitt und Steigung)</translation>
    </message>
    <message>
        <source>--every must be 1 or more, got {every}</source>
        <translation>--every muss 1 oder größer sein, nicht {every}</translation>
    </message>
    <message>
        <source>--line gives a line&apos;s c and m; for model {model} give --coefficients</source>
        <translation>--line gibt c und m einer Geraden an; für das Modell {model} --coefficients angeben</translation>
    </message>
    <message>
        <source>--line takes two numbers C,M (intercept, slope), got {n}</source>
        <translation>--line erwartet zwei Zahlen C,M (Achsenabschnitt, Steigung), nicht {n}</translation>
    </message>
    <message>
        <source>the window does not draw the loss {loss} yet; &apos;{prog} fit&apos;, &apos;solve&apos; and &apos;score&apos; take it</source>
        <translation>das Fenster zeichnet den Verlust {loss} noch nicht; &apos;{prog} fit&apos;, &apos;solve&apos; und &apos;score&apos; kennen ihn</translation>
    </message>
    <message>
        <source>the window does not draw the model {model} yet; &apos;{prog} fit&apos;, &apos;solve&apos; and &apos;score&apos; take it</source>
        <translation>das Fenster zeichnet das Modell {model} noch nicht; &apos;{prog} fit&apos;, &apos;solve&apos; und &apos;score&apos; kennen es</translation>
    </message>
    <message>
        <source>the command &apos;{command}&apos; comes first: {prog} {command} [options]</source>
        <translation>der Befehl &apos;{command}&apos; kommt zuerst: {prog} {command} [Optionen]</translation>
    </message>
</context>
<context>
    <name>cli_args</name>
    <message>
        <source>run gradient descent and print the epoch log</source>
        <extracomment>every preset, made up and real (the catalogue&apos;s real sets after the made-up ones) the options that choose a file&apos;s columns, by task the losses and models the window can draw (its task menus&apos;); the commands take every one the headless sub-commands, with the line `--help` shows for each (`command_help` translates it)</extracomment>
        <translation>das Gradientenverfahren ausführen und das Protokoll der Epochen ausgeben</translation>
    </message>
    <message>
        <source>print the exact minimizer of the objective</source>
        <translation>die exakte Lösung (das Minimum der Zielfunktion) ausgeben</translation>
    </message>
    <message>
        <source>score my line (or coefficients): my J against the best J</source>
        <translation>meine Gerade (oder Koeffizienten) bewerten: mein J gegen das beste J</translation>
    </message>
    <message>
        <source>let the bar on springs settle and print where it comes to rest</source>
        <translation>den Stab an Federn einschwingen lassen und ausgeben, wo er zur Ruhe kommt</translation>
    </message>
    <message>
        <source>list the preset data sets: n, task, units and source</source>
        <translation>die Beispieldaten auflisten: n, Aufgabe, Einheiten und Quelle</translation>
    </message>
    <message>
        <source>{prog}: {message} (see &apos;{command} --help&apos;)</source>
        <translation>{prog}: {message} (siehe &apos;{command} --help&apos;)</translation>
    </message>
    <message>
        <source>print the versions and exit</source>
        <translation>die Versionen ausgeben und beenden</translation>
    </message>
    <message>
        <source>one of: {names}</source>
        <translation>eines von: {names}</translation>
    </message>
    <message>
        <source>{text} (default {default})</source>
        <translation>{text} (Standard {default})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a finite number</source>
        <translation>&apos;{text}&apos; ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a comma-separated list of numbers</source>
        <translation>&apos;{text}&apos; ist keine durch Kommas getrennte Liste von Zahlen</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; holds a number that is not finite</source>
        <translation>&apos;{text}&apos; enthält eine Zahl, die nicht endlich ist</translation>
    </message>
    <message>
        <source>points: columns x,y (x1,x2,label to classify), or choose columns below</source>
        <translation>Punkte: Spalten x,y (x1,x2,label zum Klassifizieren), oder Spalten unten wählen</translation>
    </message>
    <message>
        <source>points: columns x,y, or choose columns below</source>
        <translation>Punkte: Spalten x,y, oder Spalten unten wählen</translation>
    </message>
    <message>
        <source>use a preset data set instead of a file: {choices}</source>
        <translation>Beispieldaten statt einer Datei verwenden: {choices}</translation>
    </message>
    <message>
        <source>x1 (to classify)</source>
        <translation>x1 (zum Klassifizieren)</translation>
    </message>
    <message>
        <source>x2 (to classify)</source>
        <translation>x2 (zum Klassifizieren)</translation>
    </message>
    <message>
        <source>the class label (to classify; two text values become 0 and 1)</source>
        <translation>die Klasse (zum Klassifizieren; zwei Textwerte werden 0 und 1)</translation>
    </message>
    <message>
        <source>the column of DATA.csv for {what}: its header name or its number from 1</source>
        <translation>die Spalte von DATA.csv für {what}: ihr Name in der Kopfzeile oder ihre Nummer ab 1</translation>
    </message>
    <message>
        <source>with chosen columns: leave out rows whose cell there is empty or not a number (stderr says which); without it such a row is an error</source>
        <translation>mit gewählten Spalten: Zeilen auslassen, deren Zelle dort leer oder keine Zahl ist (stderr nennt sie); ohne diese Option ist eine solche Zeile ein Fehler</translation>
    </message>
    <message>
        <source>{condition} for --loss {losses}: {tip}</source>
        <translation>{condition} für --loss {losses}: {tip}</translation>
    </message>
    <message>
        <source>{model} for {losses}</source>
        <translation>{model} für {losses}</translation>
    </message>
    <message>
        <source>softmax:K fixes K classes (2 to 5)</source>
        <translation>softmax:K legt K Klassen fest (2 bis 5)</translation>
    </message>
    <message>
        <source>R in J = R(ℓ) + penalties (default: the loss&apos;s own)</source>
        <translation>R in J = R(ℓ) + Strafterme (Standard: die des Verlusts)</translation>
    </message>
    <message>
        <source>print one JSON object instead of text</source>
        <translation>ein JSON-Objekt statt Text ausgeben</translation>
    </message>
    <message>
        <source>the language of this help and of the messages: en, de, es or fr (default: the system&apos;s)</source>
        <translation>die Sprache dieser Hilfe und der Meldungen: en, de, es oder fr (Standard: die des Systems)</translation>
    </message>
    <message>
        <source>the learning rate by epoch t: {choices}</source>
        <translation>die Lernrate nach Epoche t: {choices}</translation>
    </message>
    <message>
        <source>{tip} (default: off)</source>
        <translation>{tip} (Standard: aus)</translation>
    </message>
    <message>
        <source>{tip} (e.g. 1e-9; default: off)</source>
        <translation>{tip} (z. B. 1e-9; Standard: aus)</translation>
    </message>
    <message>
        <source>K of --stop-tol</source>
        <translation>K von --stop-tol</translation>
    </message>
    <message>
        <source>give either DATA.csv or --preset, not both</source>
        <translation>entweder DATA.csv oder --preset angeben, nicht beides</translation>
    </message>
    <message>
        <source>{options} choose columns of DATA.csv, not of a preset</source>
        <translation>{options} wählen Spalten von DATA.csv, nicht von Beispieldaten</translation>
    </message>
    <message>
        <source>preset {name} is a classification data set; choose a classification loss (e.g. --loss bce)</source>
        <translation>die Beispieldaten {name} sind zur Klassifikation; einen Klassifikationsverlust wählen (z. B. --loss bce)</translation>
    </message>
    <message>
        <source>preset {name} is a regression data set; choose a regression loss (e.g. --loss mse)</source>
        <translation>die Beispieldaten {name} sind zur Regression; einen Regressionsverlust wählen (z. B. --loss mse)</translation>
    </message>
    <message>
        <source>no data: give a DATA.csv file or --preset NAME</source>
        <translation>keine Daten: eine Datei DATA.csv oder --preset NAME angeben</translation>
    </message>
    <message>
        <source>{error}; choose the columns with {options} (a header name or a number)</source>
        <translation>{error}; die Spalten mit {options} wählen (ein Name der Kopfzeile oder eine Nummer)</translation>
    </message>
    <message>
        <source>left out {row}</source>
        <translation>ausgelassen: {row}</translation>
    </message>
    <message>
        <source>left out {n} rows: {lines} ({first})</source>
        <translation>{n} Zeilen ausgelassen: {lines} ({first})</translation>
    </message>
    <message>
        <source>{option} chooses a column for regression; for this loss give {options}</source>
        <translation>{option} wählt eine Spalte für die Regression; für diesen Verlust {options} angeben</translation>
    </message>
    <message>
        <source>{option} chooses a column for classification; for this loss give {options}</source>
        <translation>{option} wählt eine Spalte für die Klassifikation; für diesen Verlust {options} angeben</translation>
    </message>
    <message>
        <source>give {options} together: {missing} is missing</source>
        <translation>{options} zusammen angeben: {missing} fehlt</translation>
    </message>
    <message>
        <source>commands (each has its own --help):</source>
        <translation>Befehle (jeder hat seine eigene --help):</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>z. B. {example}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>add a class-{label} point ({x}, {y})</source>
        <extracomment>a hand edit of the points (rule 3: the descent goes on from the current coefficients); otherwise new points are a new data set (rule 1: the selection goes, the view reframes) where the new descent starts and stands (a session): the start point and the coefficients the student&apos;s own line (my-line mode); NO_LINE takes it away</extracomment>
        <translation>Punkt der Klasse {label} hinzufügen ({x}; {y})</translation>
    </message>
    <message>
        <source>add point ({x}, {y})</source>
        <translation>Punkt hinzufügen ({x}; {y})</translation>
    </message>
    <message>
        <source>move point {n}</source>
        <translation>Punkt {n} verschieben</translation>
    </message>
    <message>
        <source>remove point {n}</source>
        <translation>Punkt {n} entfernen</translation>
    </message>
    <message>
        <source>remove {n} points</source>
        <translation>{n} Punkte entfernen</translation>
    </message>
    <message>
        <source>change {settings}</source>
        <translation>{settings} ändern</translation>
    </message>
</context>
<context>
    <name>confusion</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Rows: the points&apos; true class; columns: the class the model predicts (the most probable). The diagonal counts the right ones; every other cell a kind of mistake</source>
        <translation>Zeilen: die wahre Klasse der Punkte; Spalten: die Klasse, die das Modell vorhersagt (die wahrscheinlichste). Die Diagonale zählt die richtigen; jede andere Zelle eine Art Fehler</translation>
    </message>
    <message>
        <source>points of class {true} predicted as class {predicted}</source>
        <extracomment>the cells, [true class][predicted class]</extracomment>
        <translation>Punkte der Klasse {true}, vorhergesagt als Klasse {predicted}</translation>
    </message>
    <message>
        <source>A row: the points of a class; a column: the class the model predicts for them. The diagonal is right.</source>
        <translation>Eine Zeile: die Punkte einer Klasse; eine Spalte: die Klasse, die das Modell für sie vorhersagt. Die Diagonale ist richtig.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>MSE: mean squared error</source>
        <translation>MSE: mittlerer quadratischer Fehler</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gauß</translation>
    </message>
    <message>
        <source>Squared error is the maximum-likelihood choice when the noise is Gaussian with constant variance.</source>
        <translation>Der quadratische Fehler ist die Maximum-Likelihood-Wahl, wenn das Rauschen normalverteilt mit konstanter Varianz ist.</translation>
    </message>
    <message>
        <source>error e = p − y</source>
        <translation>Fehler e = p − y</translation>
    </message>
    <message>
        <source>SSE: sum of squared errors</source>
        <translation>SSE: Summe der quadrierten Fehler</translation>
    </message>
    <message>
        <source>J = Σ e²: the total area of the red squares</source>
        <translation>J = Σ e²: die Gesamtfläche der roten Quadrate</translation>
    </message>
    <message>
        <source>½SSE: half the sum of squares</source>
        <translation>½SSE: halbe Quadratsumme</translation>
    </message>
    <message>
        <source>J = ½·Σ e²: its gradient is Σ e·∂p/∂β</source>
        <translation>J = ½·Σ e²: sein Gradient ist Σ e·∂p/∂β</translation>
    </message>
    <message>
        <source>MAE: mean absolute error</source>
        <translation>MAE: mittlerer absoluter Fehler</translation>
    </message>
    <message>
        <source>J = (1/n)·Σ |e|: every point pulls with the same force</source>
        <translation>J = (1/n)·Σ |e|: jeder Punkt zieht mit derselben Kraft</translation>
    </message>
    <message>
        <source>Laplace</source>
        <translation>Laplace</translation>
    </message>
    <message>
        <source>Absolute error is the maximum-likelihood choice when the noise is Laplace (double exponential): heavier tails, so outliers cost less.</source>
        <translation>Der absolute Fehler ist die Maximum-Likelihood-Wahl, wenn das Rauschen laplaceverteilt (doppelt exponentiell) ist: schwerere Ränder, daher kosten Ausreißer weniger.</translation>
    </message>
    <message>
        <source>SAE: sum of absolute errors</source>
        <translation>SAE: Summe der absoluten Fehler</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>½e² for |e| ≤ δ, δ(|e| − ½δ) beyond: squared near the line, absolute far away</source>
        <translation>½e² für |e| ≤ δ, δ(|e| − ½δ) darüber hinaus: quadratisch nahe der Geraden, absolut weit weg</translation>
    </message>
    <message>
        <source>Huber (Gaussian core, Laplace tails)</source>
        <translation>Huber (Gauß-Kern, Laplace-Ränder)</translation>
    </message>
    <message>
        <source>Huber&apos;s loss is the maximum-likelihood choice when the noise is Gaussian in the middle with Laplace tails beyond δ.</source>
        <translation>Der Huber-Verlust ist die Maximum-Likelihood-Wahl, wenn das Rauschen in der Mitte normalverteilt ist und jenseits von δ Laplace-Ränder hat.</translation>
    </message>
    <message>
        <source>log-cosh</source>
        <translation>log-cosh</translation>
    </message>
    <message>
        <source>log cosh(e): like ½e² near 0 and |e| − log 2 far away</source>
        <translation>log cosh(e): wie ½e² nahe 0 und wie |e| − log 2 weit weg</translation>
    </message>
    <message>
        <source>hyperbolic secant family</source>
        <translation>Familie der hyperbolischen Sekans</translation>
    </message>
    <message>
        <source>Log-cosh is the maximum-likelihood choice when the noise has density ∝ cosh(r)^(−1/τ): near-Gaussian in the middle, exponential tails.</source>
        <translation>Log-cosh ist die Maximum-Likelihood-Wahl, wenn das Rauschen die Dichte ∝ cosh(r)^(−1/τ) hat: fast normalverteilt in der Mitte, exponentielle Ränder.</translation>
    </message>
    <message>
        <source>quantile (pinball)</source>
        <translation>Quantil (Pinball)</translation>
    </message>
    <message>
        <source>q·max(r, 0) + (1 − q)·max(−r, 0), r = y − p: a fraction q of the points lies below the fit</source>
        <translation>q·max(r, 0) + (1 − q)·max(−r, 0), r = y − p: ein Anteil q der Punkte liegt unter der Anpassung</translation>
    </message>
    <message>
        <source>asymmetric Laplace</source>
        <translation>asymmetrische Laplace-Verteilung</translation>
    </message>
    <message>
        <source>The pinball loss is the maximum-likelihood choice when the noise is asymmetric Laplace with its q-quantile at zero.</source>
        <translation>Der Pinball-Verlust ist die Maximum-Likelihood-Wahl, wenn das Rauschen asymmetrisch laplaceverteilt ist und sein q-Quantil bei null liegt.</translation>
    </message>
    <message>
        <source>asymmetric</source>
        <translation>asymmetrisch</translation>
    </message>
    <message>
        <source>α|e| when p &lt; y, |e| otherwise: under-prediction costs α times more</source>
        <translation>α|e| für p &lt; y, sonst |e|: Unterschätzen kostet α-mal mehr</translation>
    </message>
    <message>
        <source>The asymmetric loss is the maximum-likelihood choice when the noise is asymmetric Laplace: under-predictions are α times less likely to be large.</source>
        <translation>Der asymmetrische Verlust ist die Maximum-Likelihood-Wahl, wenn das Rauschen asymmetrisch laplaceverteilt ist: große Unterschätzungen sind α-mal seltener.</translation>
    </message>
    <message>
        <source>Poisson: counts, log link</source>
        <translation>Poisson: Zähldaten, Log-Link</translation>
    </message>
    <message>
        <source>p − y·log p with the mean p = exp(f): minus the log-likelihood of counts y, without log y!</source>
        <translation>p − y·log p mit dem Mittelwert p = exp(f): die negative Log-Likelihood der Zählwerte y, ohne log y!</translation>
    </message>
    <message>
        <source>Poisson</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <source>The Poisson loss is the maximum-likelihood choice when each count y is drawn from a Poisson distribution with mean exp(f(x)).</source>
        <translation>Der Poisson-Verlust ist die Maximum-Likelihood-Wahl, wenn jeder Zählwert y aus einer Poisson-Verteilung mit Mittelwert exp(f(x)) stammt.</translation>
    </message>
    <message>
        <source>The bar hangs on springs whose pull depends on the gap e = p − y alone; Poisson&apos;s pull exp(f) − y grows with the predicted mean itself, and exp(f(x)) is no straight bar.</source>
        <translation>Der Stab hängt an Federn, deren Zug nur vom Abstand e = p − y abhängt; der Zug exp(f) − y des Poisson-Verlusts wächst mit dem vorhergesagten Mittelwert selbst, und exp(f(x)) ist kein gerader Stab.</translation>
    </message>
    <message>
        <source>linear predictor f, for a count y = 1</source>
        <translation>linearer Prädiktor f, für einen Zählwert y = 1</translation>
    </message>
    <message>
        <source>BCE: binary cross-entropy</source>
        <translation>BCE: binäre Kreuzentropie</translation>
    </message>
    <message>
        <source>−[t·log σ(z) + (1 − t)·log(1 − σ(z))]: minus the log of the probability given to the true class</source>
        <translation>−[t·log σ(z) + (1 − t)·log(1 − σ(z))]: der negative Logarithmus der Wahrscheinlichkeit, die der wahren Klasse gegeben wird</translation>
    </message>
    <message>
        <source>margin t·z</source>
        <translation>Marge t·z</translation>
    </message>
    <message>
        <source>hinge</source>
        <translation>Hinge</translation>
    </message>
    <message>
        <source>max(0, 1 − t·z), t = ±1: no loss beyond the margin t·z ≥ 1, then a straight rise</source>
        <translation>max(0, 1 − t·z), t = ±1: kein Verlust jenseits der Marge t·z ≥ 1, davor ein gerader Anstieg</translation>
    </message>
    <message>
        <source>focal</source>
        <translation>Focal</translation>
    </message>
    <message>
        <source>−(1 − p_t)^γ·log p_t: BCE with the easy, confident points turned down by (1 − p_t)^γ</source>
        <translation>−(1 − p_t)^γ·log p_t: BCE, bei der die leichten, sicheren Punkte durch (1 − p_t)^γ gedämpft werden</translation>
    </message>
    <message>
        <source>Brier: squared error of the probability</source>
        <translation>Brier: quadratischer Fehler der Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>(σ(z) − y)²: the squared loss on the probability; a sure, wrong point barely pulls</source>
        <translation>(σ(z) − y)²: der quadratische Verlust auf der Wahrscheinlichkeit; ein sicherer, falscher Punkt zieht kaum</translation>
    </message>
    <message>
        <source>The Brier loss is no negative log-likelihood: it is the squared error of a probability, whose expectation is least at the true probability.</source>
        <translation>Der Brier-Verlust ist keine negative Log-Likelihood: Er ist der quadratische Fehler einer Wahrscheinlichkeit, dessen Erwartungswert bei der wahren Wahrscheinlichkeit am kleinsten ist.</translation>
    </message>
    <message>
        <source>cross-entropy: K classes (softmax)</source>
        <translation>Kreuzentropie: K Klassen (Softmax)</translation>
    </message>
    <message>
        <source>−Σₖ yₖ·log p̂ₖ with p̂ = softmax(z): minus the log of the probability given to the true class</source>
        <translation>−Σₖ yₖ·log p̂ₖ mit p̂ = softmax(z): der negative Logarithmus der Wahrscheinlichkeit, die der wahren Klasse gegeben wird</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message>
        <source>The categorical cross-entropy is the maximum-likelihood choice when each label is drawn from the categorical distribution p̂ = softmax(z).</source>
        <translation>Die kategoriale Kreuzentropie ist die Maximum-Likelihood-Wahl, wenn jedes Label aus der kategorialen Verteilung p̂ = softmax(z) stammt.</translation>
    </message>
    <message>
        <source>probability p̂ of the true class</source>
        <translation>Wahrscheinlichkeit p̂ der wahren Klasse</translation>
    </message>
    <message>
        <source>squared inside |e| ≤ δ, absolute beyond</source>
        <translation>quadratisch innerhalb |e| ≤ δ, absolut darüber hinaus</translation>
    </message>
    <message>
        <source>the fraction of points the fit leaves below it</source>
        <translation>der Anteil der Punkte, den die Anpassung unter sich lässt</translation>
    </message>
    <message>
        <source>how many times more an under-prediction (p &lt; y) costs</source>
        <translation>wie viel Mal mehr eine Unterschätzung (p &lt; y) kostet</translation>
    </message>
    <message>
        <source>train on the targets (1 − ε)·y + ε/K: no prediction is worth being sure of</source>
        <translation>auf den Zielen (1 − ε)·y + ε/K trainieren: keine Vorhersage ist es wert, sich sicher zu sein</translation>
    </message>
    <message>
        <source>how much (1 − p_t)^γ turns down the easy points; 0 is BCE</source>
        <translation>wie stark (1 − p_t)^γ die leichten Punkte dämpft; 0 ist BCE</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>Gradientenverfahren</translation>
    </message>
    <message>
        <source>β ← β − L·∇J over all points; one epoch is one step</source>
        <translation>β ← β − L·∇J über alle Punkte; eine Epoche ist ein Schritt</translation>
    </message>
    <message>
        <source>stochastic (mini-batch)</source>
        <translation>stochastisch (Mini-Batch)</translation>
    </message>
    <message>
        <source>the step of gradient descent on shuffled mini-batches of b points; one epoch is one pass</source>
        <translation>der Schritt des Gradientenverfahrens auf gemischten Mini-Batches von b Punkten; eine Epoche ist ein Durchlauf</translation>
    </message>
    <message>
        <source>momentum (heavy ball)</source>
        <translation>Momentum (schwere Kugel)</translation>
    </message>
    <message>
        <source>v ← μ·v − L·∇J, β ← β + v: a heavy ball that keeps rolling</source>
        <translation>v ← μ·v − L·∇J, β ← β + v: eine schwere Kugel, die weiterrollt</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>steps of about L per coefficient, scaled by running averages of the gradient (M) and its square (V)</source>
        <translation>Schritte von etwa L je Koeffizient, skaliert mit gleitenden Mittelwerten des Gradienten (M) und seines Quadrats (V)</translation>
    </message>
    <message>
        <source>sign of the gradient</source>
        <translation>Vorzeichen des Gradienten</translation>
    </message>
    <message>
        <source>β ← β − L·sign(∇J): every coefficient moves by exactly L each epoch, up or down, whatever the size of its gradient (0 only where it is exactly 0); the blog&apos;s MAE log. The subgradient step of gd on MAE is instead L times the average of the points&apos; signs (times x), so it shrinks as the signs balance</source>
        <translation>β ← β − L·sign(∇J): jeder Koeffizient bewegt sich in jeder Epoche um genau L nach oben oder unten, wie groß sein Gradient auch ist (0 nur, wo er genau 0 ist); das MAE-Protokoll des Blogs. Der Subgradientenschritt von gd auf MAE ist dagegen L mal der Mittelwert der Vorzeichen der Punkte (mal x), er schrumpft also, wenn sich die Vorzeichen ausgleichen</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>the same learning rate L in every epoch</source>
        <translation>dieselbe Lernrate L in jeder Epoche</translation>
    </message>
    <message>
        <source>step decay</source>
        <translation>stufenweise Abnahme</translation>
    </message>
    <message>
        <source>L·F^⌊t/K⌋: the rate is multiplied by F every K epochs</source>
        <translation>L·F^⌊t/K⌋: die Rate wird alle K Epochen mit F multipliziert</translation>
    </message>
    <message>
        <source>1/t decay</source>
        <translation>1/t-Abnahme</translation>
    </message>
    <message>
        <source>L/(1 + t/τ): halved after τ epochs, a tenth after 9τ; the classic rate for subgradients</source>
        <translation>L/(1 + t/τ): halbiert nach τ Epochen, ein Zehntel nach 9τ; die klassische Rate für Subgradienten</translation>
    </message>
    <message>
        <source>exponential decay</source>
        <translation>exponentielle Abnahme</translation>
    </message>
    <message>
        <source>L·γ^t: the rate shrinks by the factor γ every epoch</source>
        <translation>L·γ^t: die Rate schrumpft in jeder Epoche um den Faktor γ</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>learning rate: the size of each step</source>
        <translation>Lernrate: die Größe jedes Schritts</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Batch-Größe</translation>
    </message>
    <message>
        <source>points per mini-batch</source>
        <translation>Punkte je Mini-Batch</translation>
    </message>
    <message>
        <source>μ: how much of the last step carries over</source>
        <translation>μ: wie viel vom letzten Schritt erhalten bleibt</translation>
    </message>
    <message>
        <source>β₁: decay of the running mean of the gradient</source>
        <translation>β₁: Abklingen des gleitenden Mittels des Gradienten</translation>
    </message>
    <message>
        <source>β₂: decay of the running mean of its square</source>
        <translation>β₂: Abklingen des gleitenden Mittels seines Quadrats</translation>
    </message>
    <message>
        <source>ε: keeps the step finite where the gradient is 0</source>
        <translation>ε: hält den Schritt endlich, wo der Gradient 0 ist</translation>
    </message>
    <message>
        <source>step factor</source>
        <translation>Stufenfaktor</translation>
    </message>
    <message>
        <source>the rate is multiplied by F at each drop</source>
        <translation>die Rate wird bei jeder Stufe mit F multipliziert</translation>
    </message>
    <message>
        <source>epochs between drops</source>
        <translation>Epochen zwischen Stufen</translation>
    </message>
    <message>
        <source>the epochs between drops</source>
        <translation>die Epochen zwischen zwei Stufen</translation>
    </message>
    <message>
        <source>the epochs until the rate has halved</source>
        <translation>die Epochen, bis sich die Rate halbiert hat</translation>
    </message>
    <message>
        <source>the rate is multiplied by γ each epoch</source>
        <translation>die Rate wird in jeder Epoche mit γ multipliziert</translation>
    </message>
    <message>
        <source>how many epochs a run performs (one epoch: one pass over the data)</source>
        <translation>wie viele Epochen ein Lauf rechnet (eine Epoche: ein Durchlauf durch die Daten)</translation>
    </message>
    <message>
        <source>the seed of the sgd shuffle</source>
        <translation>der Startwert für das Mischen bei sgd</translation>
    </message>
    <message>
        <source>penalise predictions above C: λ·R(max(0, p − C)²)</source>
        <translation>Vorhersagen über C bestrafen: λ·R(max(0, p − C)²)</translation>
    </message>
    <message>
        <source>cap-weight</source>
        <translation>Gewicht der Obergrenze</translation>
    </message>
    <message>
        <source>λ of the cap penalty</source>
        <translation>λ des Strafterms für die Obergrenze</translation>
    </message>
    <message>
        <source>ridge: + λ·Σ β_j² over every coefficient but the intercept</source>
        <translation>Ridge: + λ·Σ β_j² über alle Koeffizienten außer dem Achsenabschnitt</translation>
    </message>
    <message>
        <source>lasso: + λ·Σ |β_j| over every coefficient but the intercept</source>
        <translation>Lasso: + λ·Σ |β_j| über alle Koeffizienten außer dem Achsenabschnitt</translation>
    </message>
    <message>
        <source>stop tolerance</source>
        <translation>Stopptoleranz</translation>
    </message>
    <message>
        <source>stop when J changes by less than this (relative) over K epochs</source>
        <translation>anhalten, wenn sich J über K Epochen um weniger als diesen Wert (relativ) ändert</translation>
    </message>
    <message>
        <source>stop window</source>
        <translation>Stoppfenster</translation>
    </message>
    <message>
        <source>the number of epochs J must stay settled</source>
        <translation>die Zahl der Epochen, über die J ruhig bleiben muss</translation>
    </message>
    <message>
        <source>gradient tolerance</source>
        <translation>Gradiententoleranz</translation>
    </message>
    <message>
        <source>stop when the gradient&apos;s norm falls to this</source>
        <translation>anhalten, wenn die Norm des Gradienten auf diesen Wert fällt</translation>
    </message>
    <message>
        <source>residuals sum to zero: Σr = 0</source>
        <translation>Residuen summieren sich zu null: Σr = 0</translation>
    </message>
    <message>
        <source>mean residual is zero: r̄ = 0</source>
        <translation>mittleres Residuum ist null: r̄ = 0</translation>
    </message>
    <message>
        <source>residuals uncorrelated with x: cov(x, r) = 0</source>
        <translation>Residuen unkorreliert mit x: cov(x, r) = 0</translation>
    </message>
    <message>
        <source>least residual variance: var(r) = min</source>
        <translation>kleinste Residuenvarianz: var(r) = min</translation>
    </message>
    <message>
        <source>passes through (x̄, ȳ): p(x̄) − ȳ = 0</source>
        <translation>geht durch (x̄, ȳ): p(x̄) − ȳ = 0</translation>
    </message>
    <message>
        <source>10 points on y = x with standard normal noise</source>
        <translation>10 Punkte auf y = x mit standardnormalverteiltem Rauschen</translation>
    </message>
    <message>
        <source>heavy-tailed gamma noise and a few large outliers: MSE against MAE</source>
        <translation>Gamma-Rauschen mit schweren Rändern und einige große Ausreißer: MSE gegen MAE</translation>
    </message>
    <message>
        <source>one point: every line through it is a best fit</source>
        <translation>ein Punkt: jede Gerade durch ihn ist eine beste Anpassung</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 1: same line, same R², different story (Anscombe 1973)</source>
        <translation>Anscombes Quartett, Satz 1: gleiche Gerade, gleiches R², andere Geschichte (Anscombe 1973)</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 2: same line, same R², different story (Anscombe 1973)</source>
        <translation>Anscombes Quartett, Satz 2: gleiche Gerade, gleiches R², andere Geschichte (Anscombe 1973)</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 3: same line, same R², different story (Anscombe 1973)</source>
        <translation>Anscombes Quartett, Satz 3: gleiche Gerade, gleiches R², andere Geschichte (Anscombe 1973)</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 4: same line, same R², different story (Anscombe 1973)</source>
        <translation>Anscombes Quartett, Satz 4: gleiche Gerade, gleiches R², andere Geschichte (Anscombe 1973)</translation>
    </message>
    <message>
        <source>Brownlee&apos;s stack-loss plant: air flow against stack loss, the classic robust set (Brownlee 1965)</source>
        <translation>Brownlees Stack-Loss-Anlage: Luftstrom gegen Ammoniakverlust, der klassische Datensatz für robuste Verfahren (Brownlee 1965)</translation>
    </message>
    <message>
        <source>the blog&apos;s multi-objective example: predictions above 120 are penalised</source>
        <translation>das Beispiel des Blogs mit mehreren Zielen: Vorhersagen über 120 werden bestraft</translation>
    </message>
    <message>
        <source>two overlapping Gaussian clouds: no line separates them</source>
        <translation>zwei überlappende Gauß-Wolken: keine Gerade trennt sie</translation>
    </message>
    <message>
        <source>two clouds a line separates: without a penalty BCE has no finite minimum</source>
        <translation>zwei Wolken, die eine Gerade trennt: ohne Strafterm hat BCE kein endliches Minimum</translation>
    </message>
    <message>
        <source>four clouds in an XOR pattern: what a linear boundary cannot do</source>
        <translation>vier Wolken in XOR-Anordnung: was eine lineare Grenze nicht kann</translation>
    </message>
    <message>
        <source>A noisy line</source>
        <translation>Eine verrauschte Gerade</translation>
    </message>
    <message>
        <source>Ten points on y = x with standard normal noise: every loss finds nearly the same line.</source>
        <translation>Zehn Punkte auf y = x mit standardnormalverteiltem Rauschen: jeder Verlust findet fast dieselbe Gerade.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 7).</source>
        <translation>der eigene Generator von lossexplorer (fester Startwert): jedes Mal dieselben Punkte (Startwert 7).</translation>
    </message>
    <message>
        <source>MIT, like lossexplorer</source>
        <translation>MIT, wie lossexplorer</translation>
    </message>
    <message>
        <source>Skewed noise and outliers</source>
        <translation>Schiefes Rauschen und Ausreißer</translation>
    </message>
    <message>
        <source>Heavy-tailed gamma noise and three large outliers above the line: MSE is pulled up, MAE is not.</source>
        <translation>Gamma-Rauschen mit schweren Rändern und drei große Ausreißer über der Geraden: MSE wird nach oben gezogen, MAE nicht.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 11).</source>
        <translation>der eigene Generator von lossexplorer (fester Startwert): jedes Mal dieselben Punkte (Startwert 11).</translation>
    </message>
    <message>
        <source>One point</source>
        <translation>Ein Punkt</translation>
    </message>
    <message>
        <source>One point: every line through it is a best fit, so the minimum is a whole valley.</source>
        <translation>Ein Punkt: jede Gerade durch ihn ist eine beste Anpassung, das Minimum ist also ein ganzes Tal.</translation>
    </message>
    <message>
        <source>lossexplorer.</source>
        <translation>lossexplorer.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 1</source>
        <translation>Anscombes Quartett, Satz 1</translation>
    </message>
    <message>
        <source>Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but here a plain line with noise: plot before you fit.</source>
        <translation>Gleiche Mittelwerte, gleiche Regressionsgerade der kleinsten Quadrate (y = 3 + 0,5x) und gleiches R² (0,67) wie die anderen drei Sätze, aber hier eine einfache Gerade mit Rauschen: erst zeichnen, dann anpassen.</translation>
    </message>
    <message>
        <source>Anscombe, F. J. (1973). Graphs in statistical analysis. The American Statistician 27(1), 17–21, Table 1.</source>
        <translation>Anscombe, F. J. (1973). Graphs in statistical analysis. The American Statistician 27(1), 17–21, Tabelle 1.</translation>
    </message>
    <message>
        <source>Numbers constructed by Anscombe to make a point; factual table, free to use.</source>
        <translation>Von Anscombe konstruierte Zahlen, um etwas zu zeigen; eine Faktentabelle, frei verwendbar.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 2</source>
        <translation>Anscombes Quartett, Satz 2</translation>
    </message>
    <message>
        <source>Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but here a smooth curve: plot before you fit.</source>
        <translation>Gleiche Mittelwerte, gleiche Regressionsgerade der kleinsten Quadrate (y = 3 + 0,5x) und gleiches R² (0,67) wie die anderen drei Sätze, aber hier eine glatte Kurve: erst zeichnen, dann anpassen.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 3</source>
        <translation>Anscombes Quartett, Satz 3</translation>
    </message>
    <message>
        <source>Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but here a line with one outlier: plot before you fit.</source>
        <translation>Gleiche Mittelwerte, gleiche Regressionsgerade der kleinsten Quadrate (y = 3 + 0,5x) und gleiches R² (0,67) wie die anderen drei Sätze, aber hier eine Gerade mit einem Ausreißer: erst zeichnen, dann anpassen.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 4</source>
        <translation>Anscombes Quartett, Satz 4</translation>
    </message>
    <message>
        <source>Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but here one point of high leverage decides the slope: plot before you fit.</source>
        <translation>Gleiche Mittelwerte, gleiche Regressionsgerade der kleinsten Quadrate (y = 3 + 0,5x) und gleiches R² (0,67) wie die anderen drei Sätze, aber hier entscheidet ein Punkt mit großer Hebelwirkung über die Steigung: erst zeichnen, dann anpassen.</translation>
    </message>
    <message>
        <source>Predictions above a cap</source>
        <translation>Vorhersagen über einer Obergrenze</translation>
    </message>
    <message>
        <source>The blog&apos;s multi-objective example: predictions above 120 are penalised by a second loss.</source>
        <translation>Das Beispiel des Blogs mit mehreren Zielen: Vorhersagen über 120 werden von einem zweiten Verlust bestraft.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 3).</source>
        <translation>der eigene Generator von lossexplorer (fester Startwert): jedes Mal dieselben Punkte (Startwert 3).</translation>
    </message>
    <message>
        <source>Counts that grow with x</source>
        <translation>Zählwerte, die mit x wachsen</translation>
    </message>
    <message>
        <source>Forty counts drawn from a Poisson distribution whose mean exp(0.2 + 0.5·x) grows from 1.2 to 9 across the plot: the spread grows with the mean, as the Poisson loss expects and MSE does not.</source>
        <translation>Vierzig Zählwerte aus einer Poisson-Verteilung, deren Mittelwert exp(0,2 + 0,5·x) über das Bild von 1,2 auf 9 wächst: die Streuung wächst mit dem Mittelwert, wie es der Poisson-Verlust erwartet und MSE nicht.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 12).</source>
        <translation>der eigene Generator von lossexplorer (fester Startwert): jedes Mal dieselben Punkte (Startwert 12).</translation>
    </message>
    <message>
        <source>count y</source>
        <translation>Zählwert y</translation>
    </message>
    <message>
        <source>Two overlapping clouds</source>
        <translation>Zwei überlappende Wolken</translation>
    </message>
    <message>
        <source>Two overlapping Gaussian clouds: no line separates them, so BCE has a finite minimum.</source>
        <translation>Zwei überlappende Gauß-Wolken: keine Gerade trennt sie, also hat BCE ein endliches Minimum.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 5).</source>
        <translation>der eigene Generator von lossexplorer (fester Startwert): jedes Mal dieselben Punkte (Startwert 5).</translation>
    </message>
    <message>
        <source>class 0</source>
        <translation>Klasse 0</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>Klasse 1</translation>
    </message>
    <message>
        <source>Two separable clouds</source>
        <translation>Zwei trennbare Wolken</translation>
    </message>
    <message>
        <source>Two clouds a line separates: without a penalty BCE has no finite minimum and the weights grow for ever.</source>
        <translation>Zwei Wolken, die eine Gerade trennt: ohne Strafterm hat BCE kein endliches Minimum, und die Gewichte wachsen immer weiter.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 6).</source>
        <translation>der eigene Generator von lossexplorer (fester Startwert): jedes Mal dieselben Punkte (Startwert 6).</translation>
    </message>
    <message>
        <source>Four clouds, XOR</source>
        <translation>Vier Wolken, XOR</translation>
    </message>
    <message>
        <source>Four clouds in an XOR pattern: what a linear boundary cannot do.</source>
        <translation>Vier Wolken in XOR-Anordnung: was eine lineare Grenze nicht kann.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 8).</source>
        <translation>der eigene Generator von lossexplorer (fester Startwert): jedes Mal dieselben Punkte (Startwert 8).</translation>
    </message>
    <message>
        <source>Five clouds</source>
        <translation>Fünf Wolken</translation>
    </message>
    <message>
        <source>Five Gaussian clouds on a pentagon, 16 points each, neighbours overlapping a little: the softmax model&apos;s five regions meet at straight boundaries, and the categorical cross-entropy has a finite minimum.</source>
        <translation>Fünf Gauß-Wolken auf einem Fünfeck, je 16 Punkte, Nachbarn überlappen ein wenig: die fünf Bereiche des Softmax-Modells treffen an geraden Grenzen aufeinander, und die kategoriale Kreuzentropie hat ein endliches Minimum.</translation>
    </message>
    <message>
        <source>class 2</source>
        <translation>Klasse 2</translation>
    </message>
    <message>
        <source>class 3</source>
        <translation>Klasse 3</translation>
    </message>
    <message>
        <source>class 4</source>
        <translation>Klasse 4</translation>
    </message>
    <message>
        <source>Cricket chirps and temperature</source>
        <translation>Grillenzirpen und Temperatur</translation>
    </message>
    <message>
        <source>Fifteen evenings of the striped ground cricket: faster chirps on warmer nights. With so few points the least-absolute line (slope 2.3 °F per chirp/s) and the least-squares line (slope 3.3) disagree: the MAE line runs through two of the points.</source>
        <translation>Fünfzehn Abende mit der gestreiften Bodengrille: schnelleres Zirpen in wärmeren Nächten. Bei so wenigen Punkten weichen die Gerade der kleinsten absoluten Abweichungen (Steigung 2,3 °F je Zirper/s) und die der kleinsten Quadrate (Steigung 3,3) voneinander ab: die MAE-Gerade geht durch zwei der Punkte.</translation>
    </message>
    <message>
        <source>Pierce, G. W. (1948). The Songs of Insects. Cambridge, MA: Harvard University Press (the striped ground cricket, Nemobius fasciatus fasciatus).</source>
        <translation>Pierce, G. W. (1948). The Songs of Insects. Cambridge, MA: Harvard University Press (die gestreifte Bodengrille, Nemobius fasciatus fasciatus).</translation>
    </message>
    <message>
        <source>Factual measurements, reproduced in many textbooks; no licence attached to the numbers.</source>
        <translation>Messwerte als Tatsachen, in vielen Lehrbüchern abgedruckt; für die Zahlen gilt keine Lizenz.</translation>
    </message>
    <message>
        <source>chirp rate</source>
        <translation>Zirprate</translation>
    </message>
    <message>
        <source>chirps/s</source>
        <translation>Zirper/s</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Old Faithful: eruption and wait</source>
        <translation>Old Faithful: Ausbruch und Wartezeit</translation>
    </message>
    <message>
        <source>Two clouds, short and long eruptions, lined up: a line through both still fits well (R² 0.81). Each extra minute of eruption means about 10.7 minutes more to wait.</source>
        <translation>Zwei Wolken, kurze und lange Ausbrüche, in einer Reihe: eine Gerade durch beide passt trotzdem gut (R² 0,81). Jede zusätzliche Minute Ausbruch bedeutet etwa 10,7 Minuten mehr Wartezeit.</translation>
    </message>
    <message>
        <source>Härdle, W. (1991). Smoothing Techniques with Implementation in S. New York: Springer; see Azzalini, A. &amp; Bowman, A. W. (1990). A look at some data on the Old Faithful geyser. Applied Statistics 39, 357–365.</source>
        <translation>Härdle, W. (1991). Smoothing Techniques with Implementation in S. New York: Springer; siehe Azzalini, A. &amp; Bowman, A. W. (1990). A look at some data on the Old Faithful geyser. Applied Statistics 39, 357–365.</translation>
    </message>
    <message>
        <source>Factual measurements (Yellowstone National Park), distributed with R&apos;s datasets package (GPL-2 | GPL-3; the numbers themselves are facts).</source>
        <translation>Messwerte als Tatsachen (Yellowstone-Nationalpark), verbreitet mit dem R-Paket datasets (GPL-2 | GPL-3; die Zahlen selbst sind Tatsachen).</translation>
    </message>
    <message>
        <source>eruption length</source>
        <translation>Ausbruchsdauer</translation>
    </message>
    <message>
        <source>wait until the next eruption</source>
        <translation>Wartezeit bis zum nächsten Ausbruch</translation>
    </message>
    <message>
        <source>Car speed and stopping distance</source>
        <translation>Geschwindigkeit und Bremsweg von Autos</translation>
    </message>
    <message>
        <source>Braking distance grows like speed squared, so the residuals of a line curve and fan out; still, poly:2 gains only 0.016 in R² over the line: noise hides the physics.</source>
        <translation>Der Bremsweg wächst mit dem Quadrat der Geschwindigkeit, daher krümmen sich die Residuen einer Geraden und fächern auf; trotzdem gewinnt poly:2 nur 0,016 an R² gegenüber der Geraden: das Rauschen verdeckt die Physik.</translation>
    </message>
    <message>
        <source>Ezekiel, M. (1930). Methods of Correlation Analysis. New York: Wiley (cars of the 1920s).</source>
        <translation>Ezekiel, M. (1930). Methods of Correlation Analysis. New York: Wiley (Autos der 1920er-Jahre).</translation>
    </message>
    <message>
        <source>Published 1930: public domain in the US; distributed with R&apos;s datasets package (GPL-2 | GPL-3; the numbers themselves are facts).</source>
        <translation>1930 veröffentlicht: in den USA gemeinfrei; verbreitet mit dem R-Paket datasets (GPL-2 | GPL-3; die Zahlen selbst sind Tatsachen).</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>stopping distance</source>
        <translation>Bremsweg</translation>
    </message>
    <message>
        <source>Hubble&apos;s galaxies</source>
        <translation>Hubbles Galaxien</translation>
    </message>
    <message>
        <source>The expanding universe from 24 galaxies: velocity grows with distance. The slope is Hubble&apos;s constant, 454 km/s per Mpc here, about 6.5 times today&apos;s value because his distances were too short; the scatter is large, so the loss matters.</source>
        <translation>Das expandierende Universum aus 24 Galaxien: die Geschwindigkeit wächst mit der Entfernung. Die Steigung ist die Hubble-Konstante, hier 454 km/s je Mpc, etwa das 6,5-Fache des heutigen Werts, weil seine Entfernungen zu kurz waren; die Streuung ist groß, also kommt es auf den Verlust an.</translation>
    </message>
    <message>
        <source>Hubble, E. (1929). A relation between distance and radial velocity among extra-galactic nebulae. Proceedings of the National Academy of Sciences 15(3), 168–173, Table 1.</source>
        <translation>Hubble, E. (1929). A relation between distance and radial velocity among extra-galactic nebulae. Proceedings of the National Academy of Sciences 15(3), 168–173, Tabelle 1.</translation>
    </message>
    <message>
        <source>Published 1929: public domain in the US.</source>
        <translation>1929 veröffentlicht: in den USA gemeinfrei.</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>radial velocity</source>
        <translation>Radialgeschwindigkeit</translation>
    </message>
    <message>
        <source>Forbes: boiling point and pressure</source>
        <translation>Forbes: Siedepunkt und Luftdruck</translation>
    </message>
    <message>
        <source>Forbes boiled water in the Alps to measure altitude: an almost perfect line, except one reading (204.6 °F) that sits 0.65 inHg above it, more than twice any other residual. Squared loss lets it pull; MAE barely notices.</source>
        <translation>Forbes brachte in den Alpen Wasser zum Sieden, um die Höhe zu messen: eine fast perfekte Gerade, bis auf eine Messung (204,6 °F), die 0,65 inHg darüber liegt, mehr als doppelt so weit wie jedes andere Residuum. Der quadratische Verlust lässt sie ziehen; MAE bemerkt sie kaum.</translation>
    </message>
    <message>
        <source>Forbes, J. D. (1857). Further experiments and remarks on the measurement of heights by the boiling point of water. Transactions of the Royal Society of Edinburgh 21; tabulated by Weisberg, S. (1985). Applied Linear Regression, 2nd ed. New York: Wiley.</source>
        <translation>Forbes, J. D. (1857). Further experiments and remarks on the measurement of heights by the boiling point of water. Transactions of the Royal Society of Edinburgh 21; tabelliert von Weisberg, S. (1985). Applied Linear Regression, 2. Aufl. New York: Wiley.</translation>
    </message>
    <message>
        <source>Published 1857: public domain.</source>
        <translation>1857 veröffentlicht: gemeinfrei.</translation>
    </message>
    <message>
        <source>boiling point of water</source>
        <translation>Siedepunkt des Wassers</translation>
    </message>
    <message>
        <source>air pressure</source>
        <translation>Luftdruck</translation>
    </message>
    <message>
        <source>Galton: parents&apos; and children&apos;s heights</source>
        <translation>Galton: Körpergröße von Eltern und Kindern</translation>
    </message>
    <message>
        <source>928 adult children against the mean height of their parents: the slope is 0.65, less than 1, the &apos;regression towards mediocrity&apos; that gave regression its name. Heights were recorded to the inch, so many points lie on top of each other.</source>
        <translation>928 erwachsene Kinder gegen die mittlere Größe ihrer Eltern: die Steigung ist 0,65, kleiner als 1, die „Regression zur Mittelmäßigkeit“, der die Regression ihren Namen verdankt. Die Größen wurden auf den Zoll genau notiert, daher liegen viele Punkte übereinander.</translation>
    </message>
    <message>
        <source>Galton, F. (1886). Regression towards mediocrity in hereditary stature. Journal of the Anthropological Institute 15, 246–263, Table I.</source>
        <translation>Galton, F. (1886). Regression towards mediocrity in hereditary stature. Journal of the Anthropological Institute 15, 246–263, Tabelle I.</translation>
    </message>
    <message>
        <source>Published 1886: public domain.</source>
        <translation>1886 veröffentlicht: gemeinfrei.</translation>
    </message>
    <message>
        <source>mid-parent height</source>
        <translation>mittlere Größe der Eltern</translation>
    </message>
    <message>
        <source>adult child&apos;s height</source>
        <translation>Größe des erwachsenen Kindes</translation>
    </message>
    <message>
        <source>Brain and body weight of mammals (log10)</source>
        <translation>Gehirn- und Körpergewicht von Säugetieren (log10)</translation>
    </message>
    <message>
        <source>62 land mammals from a shrew to an African elephant, on log axes (both columns are log10 of the weights): brain weight grows as body weight to the power 0.75. A clean line: MSE and MAE slopes agree within 1%; humans sit far above it.</source>
        <translation>62 Landsäugetiere von der Spitzmaus bis zum Afrikanischen Elefanten, auf logarithmischen Achsen (beide Spalten sind log10 der Gewichte): das Gehirngewicht wächst mit dem Körpergewicht hoch 0,75. Eine saubere Gerade: die Steigungen von MSE und MAE stimmen auf 1 % überein; der Mensch liegt weit darüber.</translation>
    </message>
    <message>
        <source>Allison, T. &amp; Cicchetti, D. V. (1976). Sleep in mammals: ecological and constitutional correlates. Science 194, 732–734; the 62-species table of Weisberg, S. (1985). Applied Linear Regression, 2nd ed., Wiley, pp. 144–145.</source>
        <translation>Allison, T. &amp; Cicchetti, D. V. (1976). Sleep in mammals: ecological and constitutional correlates. Science 194, 732–734; die Tabelle der 62 Arten bei Weisberg, S. (1985). Applied Linear Regression, 2. Aufl., Wiley, S. 144–145.</translation>
    </message>
    <message>
        <source>Factual measurements, distributed with R&apos;s MASS package (GPL-2 | GPL-3).</source>
        <translation>Messwerte als Tatsachen, verbreitet mit dem R-Paket MASS (GPL-2 | GPL-3).</translation>
    </message>
    <message>
        <source>log10 body weight</source>
        <translation>log10 Körpergewicht</translation>
    </message>
    <message>
        <source>log10 brain weight</source>
        <translation>log10 Gehirngewicht</translation>
    </message>
    <message>
        <source>Belgian phone calls</source>
        <translation>Belgische Telefonate</translation>
    </message>
    <message>
        <source>From 1964 to 1969 the total length of calls in minutes was recorded instead of the number of calls: six wrong points. They drag the least-squares line (slope 5.0) far from the least-absolute line (slope 1.2), which follows the other years.</source>
        <translation>Von 1964 bis 1969 wurde statt der Zahl der Anrufe ihre Gesamtdauer in Minuten erfasst: sechs falsche Punkte. Sie ziehen die Gerade der kleinsten Quadrate (Steigung 5,0) weit weg von der Gerade der kleinsten absoluten Abweichungen (Steigung 1,2), die den übrigen Jahren folgt.</translation>
    </message>
    <message>
        <source>Rousseeuw, P. J. &amp; Leroy, A. M. (1987). Robust Regression and Outlier Detection. New York: Wiley, chapter 2 (from the Belgian Statistical Survey).</source>
        <translation>Rousseeuw, P. J. &amp; Leroy, A. M. (1987). Robust Regression and Outlier Detection. New York: Wiley, Kapitel 2 (aus dem Belgischen Statistischen Jahrbuch).</translation>
    </message>
    <message>
        <source>Factual data, distributed with R&apos;s MASS package (GPL-2 | GPL-3).</source>
        <translation>Daten als Tatsachen, verbreitet mit dem R-Paket MASS (GPL-2 | GPL-3).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>international calls</source>
        <translation>Auslandsgespräche</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <source>Newcomb&apos;s speed of light</source>
        <translation>Newcombs Lichtgeschwindigkeit</translation>
    </message>
    <message>
        <source>66 timings of light over 7.4 km; x is only the order. Most lie near 27, two are far off (−44 and −2): heavy tails. With the bias model MSE gives the mean, 26.2, and MAE the median, 27; the modern value is 33.0.</source>
        <translation>66 Laufzeiten des Lichts über 7,4 km; x ist nur die Reihenfolge. Die meisten liegen nahe 27, zwei weit daneben (−44 und −2): schwere Ränder. Mit dem Modell nur mit Achsenabschnitt liefert MSE den Mittelwert 26,2 und MAE den Median 27; der heutige Wert ist 33,0.</translation>
    </message>
    <message>
        <source>Newcomb, S. (1891). Measures of the velocity of light made under direction of the Secretary of the Navy during the years 1880–1882. Astronomical Papers 2, 107–230; third series as listed by Stigler, S. M. (1977). Do robust estimators deal with real data? Annals of Statistics 5, 1055–1098, Table 5.</source>
        <translation>Newcomb, S. (1891). Measures of the velocity of light made under direction of the Secretary of the Navy during the years 1880–1882. Astronomical Papers 2, 107–230; dritte Messreihe nach Stigler, S. M. (1977). Do robust estimators deal with real data? Annals of Statistics 5, 1055–1098, Tabelle 5.</translation>
    </message>
    <message>
        <source>A US government publication of 1891: public domain.</source>
        <translation>Eine Veröffentlichung der US-Regierung von 1891: gemeinfrei.</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>number in order</source>
        <translation>laufende Nummer</translation>
    </message>
    <message>
        <source>passage time − 24 800 ns</source>
        <translation>Laufzeit − 24 800 ns</translation>
    </message>
    <message>
        <source>US population by census</source>
        <translation>US-Bevölkerung nach Volkszählung</translation>
    </message>
    <message>
        <source>The census every ten years since 1790: growth that speeds up. A line misses the curve (R² 0.92, residuals in a U); poly:2 fits (R² 0.999). Extrapolate either and compare.</source>
        <translation>Die Volkszählung alle zehn Jahre seit 1790: ein Wachstum, das sich beschleunigt. Eine Gerade verfehlt die Kurve (R² 0,92, Residuen in U-Form); poly:2 passt (R² 0,999). Extrapoliere beide und vergleiche.</translation>
    </message>
    <message>
        <source>U.S. Census Bureau, decennial census counts of the resident population, 1790–2020.</source>
        <translation>U.S. Census Bureau, Zählungen der ansässigen Bevölkerung bei den zehnjährlichen Volkszählungen, 1790–2020.</translation>
    </message>
    <message>
        <source>A US government work: public domain.</source>
        <translation>Ein Werk der US-Regierung: gemeinfrei.</translation>
    </message>
    <message>
        <source>census year</source>
        <translation>Jahr der Volkszählung</translation>
    </message>
    <message>
        <source>population</source>
        <translation>Bevölkerung</translation>
    </message>
    <message>
        <source>Galileo&apos;s ramp</source>
        <translation>Galileis schiefe Ebene</translation>
    </message>
    <message>
        <source>Galileo rolled a ball down a ramp from seven heights and marked where it landed (1 punto ≈ 0.94 mm): distance grows like the square root of height, so the line bends away. poly:2 fits 7 points almost exactly (R² 0.990 against 0.926).</source>
        <translation>Galilei ließ eine Kugel aus sieben Höhen eine Rampe hinabrollen und markierte, wo sie landete (1 punto ≈ 0,94 mm): die Weite wächst mit der Wurzel der Höhe, daher biegt sich die Gerade weg. poly:2 trifft die 7 Punkte fast genau (R² 0,990 gegen 0,926).</translation>
    </message>
    <message>
        <source>Galileo Galilei (1608), manuscript folio 116v; transcribed by Drake, S. &amp; MacLachlan, J. (1975). Galileo&apos;s discovery of the parabolic trajectory. Scientific American 232(3), 102–110; used in Ramsey, F. L. &amp; Schafer, D. W., The Statistical Sleuth, case study 10.1.</source>
        <translation>Galileo Galilei (1608), Manuskript, Folio 116v; transkribiert von Drake, S. &amp; MacLachlan, J. (1975). Galileo&apos;s discovery of the parabolic trajectory. Scientific American 232(3), 102–110; verwendet in Ramsey, F. L. &amp; Schafer, D. W., The Statistical Sleuth, Fallstudie 10.1.</translation>
    </message>
    <message>
        <source>Public domain (1608).</source>
        <translation>Gemeinfrei (1608).</translation>
    </message>
    <message>
        <source>release height</source>
        <translation>Starthöhe</translation>
    </message>
    <message>
        <source>punti</source>
        <translation>punti</translation>
    </message>
    <message>
        <source>horizontal distance</source>
        <translation>horizontale Weite</translation>
    </message>
    <message>
        <source>Deaths by horse kicks</source>
        <translation>Tod durch Hufschlag</translation>
    </message>
    <message>
        <source>Soldiers killed by horse kicks in 14 Prussian army corps, per year: rare events, small whole numbers, never negative. A count whose spread grows with its mean is what a Poisson loss expects.</source>
        <translation>Durch Hufschlag getötete Soldaten in 14 preußischen Armeekorps, je Jahr: seltene Ereignisse, kleine ganze Zahlen, nie negativ. Ein Zählwert, dessen Streuung mit seinem Mittelwert wächst, ist genau das, was ein Poisson-Verlust erwartet.</translation>
    </message>
    <message>
        <source>von Bortkiewicz, L. (1898). Das Gesetz der kleinen Zahlen. Leipzig: Teubner.</source>
        <translation>von Bortkiewicz, L. (1898). Das Gesetz der kleinen Zahlen. Leipzig: Teubner.</translation>
    </message>
    <message>
        <source>Published 1898: public domain.</source>
        <translation>1898 veröffentlicht: gemeinfrei.</translation>
    </message>
    <message>
        <source>deaths by horse kicks</source>
        <translation>Tote durch Hufschlag</translation>
    </message>
    <message>
        <source>soldiers per year</source>
        <translation>Soldaten pro Jahr</translation>
    </message>
    <message>
        <source>Brownlee&apos;s stack loss</source>
        <translation>Brownlees Ammoniakverlust</translation>
    </message>
    <message>
        <source>21 days of a plant oxidising ammonia to nitric acid: more air flow, more ammonia lost up the stack. Days 21, 4, 3 and 1 sit far from the line (day 21 by 12‰): the classic set for robust regression.</source>
        <translation>21 Tage einer Anlage, die Ammoniak zu Salpetersäure oxidiert: mehr Luftstrom, mehr Ammoniak geht durch den Schornstein verloren. Die Tage 21, 4, 3 und 1 liegen weit von der Geraden entfernt (Tag 21 um 12 ‰): der klassische Datensatz für robuste Regression.</translation>
    </message>
    <message>
        <source>Brownlee, K. A. (1965). Statistical Theory and Methodology in Science and Engineering, 2nd ed. New York: Wiley, pp. 491–500.</source>
        <translation>Brownlee, K. A. (1965). Statistical Theory and Methodology in Science and Engineering, 2. Aufl. New York: Wiley, S. 491–500.</translation>
    </message>
    <message>
        <source>Factual data, distributed with R&apos;s datasets package (GPL-2 | GPL-3; the numbers themselves are facts).</source>
        <translation>Daten als Tatsachen, verbreitet mit dem R-Paket datasets (GPL-2 | GPL-3; die Zahlen selbst sind Tatsachen).</translation>
    </message>
    <message>
        <source>air flow</source>
        <translation>Luftstrom</translation>
    </message>
    <message>
        <source>plant rate, coded</source>
        <translation>Anlagenleistung, kodiert</translation>
    </message>
    <message>
        <source>stack loss</source>
        <translation>Ammoniakverlust</translation>
    </message>
    <message>
        <source>‰ of the ammonia lost</source>
        <translation>‰ des verlorenen Ammoniaks</translation>
    </message>
    <message>
        <source>Challenger O-rings</source>
        <translation>Challenger-Dichtungsringe</translation>
    </message>
    <message>
        <source>The 23 shuttle launches before Challenger: did an O-ring show heat distress? All 4 launches below 65 °F did, 3 of the 19 warmer ones. The leak-check pressure is the second feature. Challenger launched at 31 °F, far outside the data.</source>
        <translation>Die 23 Shuttle-Starts vor der Challenger: zeigte ein Dichtungsring Hitzeschäden? Alle 4 Starts unter 65 °F ja, von den 19 wärmeren 3. Der Druck bei der Dichtheitsprüfung ist das zweite Merkmal. Die Challenger startete bei 31 °F, weit außerhalb der Daten.</translation>
    </message>
    <message>
        <source>Dalal, S. R., Fowlkes, E. B. &amp; Hoadley, B. (1989). Risk analysis of the space shuttle: pre-Challenger prediction of failure. Journal of the American Statistical Association 84(408), 945–957, Table 1 (from the Presidential Commission&apos;s report, 1986).</source>
        <translation>Dalal, S. R., Fowlkes, E. B. &amp; Hoadley, B. (1989). Risk analysis of the space shuttle: pre-Challenger prediction of failure. Journal of the American Statistical Association 84(408), 945–957, Tabelle 1 (aus dem Bericht der Präsidentenkommission, 1986).</translation>
    </message>
    <message>
        <source>Facts from a US government report (1986): public domain.</source>
        <translation>Tatsachen aus einem Bericht der US-Regierung (1986): gemeinfrei.</translation>
    </message>
    <message>
        <source>launch temperature</source>
        <translation>Starttemperatur</translation>
    </message>
    <message>
        <source>leak-check pressure</source>
        <translation>Druck der Dichtheitsprüfung</translation>
    </message>
    <message>
        <source>no distress</source>
        <translation>kein Schaden</translation>
    </message>
    <message>
        <source>O-ring distress</source>
        <translation>Dichtungsring-Schaden</translation>
    </message>
    <message>
        <source>Palmer penguins, three species</source>
        <translation>Palmer-Pinguine, drei Arten</translation>
    </message>
    <message>
        <source>Bills of three penguin species at Palmer Station, Antarctica: Gentoo stand apart by their shallow bills, Adélie and Chinstrap by length. Within each species deeper bills go with longer ones, yet a line through all birds slopes down (Simpson&apos;s paradox).</source>
        <translation>Schnäbel dreier Pinguinarten an der Palmer-Station in der Antarktis: Eselspinguine heben sich durch flache Schnäbel ab, Adélie- und Zügelpinguine durch die Länge. Innerhalb jeder Art gehen tiefere Schnäbel mit längeren einher, doch eine Gerade durch alle Vögel fällt (Simpson-Paradoxon).</translation>
    </message>
    <message>
        <source>Gorman, K. B., Williams, T. D. &amp; Fraser, W. R. (2014). Ecological sexual dimorphism and environmental variability within a community of Antarctic penguins (genus Pygoscelis). PLoS ONE 9(3), e90081; packaged by Horst, A. M., Hill, A. P. &amp; Gorman, K. B. (2020), palmerpenguins.</source>
        <translation>Gorman, K. B., Williams, T. D. &amp; Fraser, W. R. (2014). Ecological sexual dimorphism and environmental variability within a community of Antarctic penguins (genus Pygoscelis). PLoS ONE 9(3), e90081; als Paket palmerpenguins von Horst, A. M., Hill, A. P. &amp; Gorman, K. B. (2020).</translation>
    </message>
    <message>
        <source>CC0 1.0 (public domain dedication).</source>
        <translation>CC0 1.0 (Widmung an die Gemeinfreiheit).</translation>
    </message>
    <message>
        <source>bill length</source>
        <translation>Schnabellänge</translation>
    </message>
    <message>
        <source>bill depth</source>
        <translation>Schnabeltiefe</translation>
    </message>
    <message>
        <source>Adélie</source>
        <translation>Adéliepinguin</translation>
    </message>
    <message>
        <source>Chinstrap</source>
        <translation>Zügelpinguin</translation>
    </message>
    <message>
        <source>Gentoo</source>
        <translation>Eselspinguin</translation>
    </message>
    <message>
        <source>Palmer penguins, Adélie and Chinstrap</source>
        <translation>Palmer-Pinguine, Adélie- und Zügelpinguin</translation>
    </message>
    <message>
        <source>Two species with the same bill depth: bill length nearly separates them, but no line does (the best BCE line misclassifies 6 birds), so BCE has a finite minimum and hinge and BCE boundaries differ.</source>
        <translation>Zwei Arten mit gleicher Schnabeltiefe: die Schnabellänge trennt sie fast, aber keine Gerade tut es (die beste BCE-Gerade ordnet 6 Vögel falsch ein), daher hat BCE ein endliches Minimum, und die Grenzen von Hinge und BCE unterscheiden sich.</translation>
    </message>
    <message>
        <source>Gorman, K. B., Williams, T. D. &amp; Fraser, W. R. (2014). PLoS ONE 9(3), e90081; packaged by Horst, A. M., Hill, A. P. &amp; Gorman, K. B. (2020), palmerpenguins.</source>
        <translation>Gorman, K. B., Williams, T. D. &amp; Fraser, W. R. (2014). PLoS ONE 9(3), e90081; als Paket palmerpenguins von Horst, A. M., Hill, A. P. &amp; Gorman, K. B. (2020).</translation>
    </message>
    <message>
        <source>Anderson&apos;s irises</source>
        <translation>Andersons Schwertlilien</translation>
    </message>
    <message>
        <source>Petal length and width of three iris species, 50 flowers each: setosa stands apart, versicolor and virginica overlap a little, so no pair of lines classifies every flower.</source>
        <translation>Länge und Breite der Kronblätter von drei Schwertlilienarten, je 50 Blüten: setosa steht abseits, versicolor und virginica überlappen ein wenig, daher ordnet kein Geradenpaar jede Blüte richtig ein.</translation>
    </message>
    <message>
        <source>Anderson, E. (1935). The irises of the Gaspé Peninsula. Bulletin of the American Iris Society 59, 2–5; published in Fisher, R. A. (1936). The use of multiple measurements in taxonomic problems. Annals of Eugenics 7(2), 179–188.</source>
        <translation>Anderson, E. (1935). The irises of the Gaspé Peninsula. Bulletin of the American Iris Society 59, 2–5; veröffentlicht in Fisher, R. A. (1936). The use of multiple measurements in taxonomic problems. Annals of Eugenics 7(2), 179–188.</translation>
    </message>
    <message>
        <source>Published 1936: public domain.</source>
        <translation>1936 veröffentlicht: gemeinfrei.</translation>
    </message>
    <message>
        <source>petal length</source>
        <translation>Kronblattlänge</translation>
    </message>
    <message>
        <source>petal width</source>
        <translation>Kronblattbreite</translation>
    </message>
    <message>
        <source>setosa</source>
        <translation>setosa</translation>
    </message>
    <message>
        <source>versicolor</source>
        <translation>versicolor</translation>
    </message>
    <message>
        <source>virginica</source>
        <translation>virginica</translation>
    </message>
    <message>
        <source>gaussian</source>
        <translation>Gauß</translation>
    </message>
    <message>
        <source>laplace</source>
        <translation>Laplace</translation>
    </message>
    <message>
        <source>gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>student-t</source>
        <translation>Student-t</translation>
    </message>
</context>
<context>
    <name>dataset</name>
    <message>
        <source>{title} has {n} classes and the window draws {most} at most; try &apos;lossexplorer fit --preset {name} --loss crossentropy&apos;</source>
        <extracomment>True where a point is held out of J (train and test); None: every point trains a hand edit of a split: the parent&apos;s training points when the edit left them as they were, else how it changed them (an Edit of the parent&apos;s training points), so J follows in O(k²) what the canvas&apos;s axes say, with units (&apos;temperature (°F)&apos;); None: x and y (x1 and x2)</extracomment>
        <translation>{title} hat {n} Klassen, das Fenster zeichnet höchstens {most}; versuchen Sie &apos;lossexplorer fit --preset {name} --loss crossentropy&apos;</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>{path}: the picture could not be written</source>
        <translation>{path}: das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>&amp;New lesson</source>
        <extracomment>ask about unsaved changes on close and open; screenshot mode and the tests turn it off</extracomment>
        <translation>&amp;Neue Lektion</translation>
    </message>
    <message>
        <source>Start a fresh lesson: the first preset, the first settings, no pins</source>
        <translation>Eine neue Lektion beginnen: die ersten Beispieldaten, die ersten Einstellungen, keine angehefteten Anpassungen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a session (.lossx) or a points file (.csv)</source>
        <translation>Eine Sitzung (.lossx) oder eine Punktdatei (.csv) öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Die Sitzung speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the session under a new name</source>
        <translation>Die Sitzung unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>Ansicht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the current view as a PNG or SVG picture</source>
        <translation>Die aktuelle Ansicht als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>Export points…</source>
        <translation>Punkte exportieren…</translation>
    </message>
    <message>
        <source>Write the points to a CSV file</source>
        <translation>Die Punkte in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Export epoch log…</source>
        <translation>Epochenprotokoll exportieren…</translation>
    </message>
    <message>
        <source>Write the epoch log to a CSV file</source>
        <translation>Das Epochenprotokoll in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Die Änderungen an {name} speichern?</translation>
    </message>
    <message>
        <source>Save the changes to this session?</source>
        <translation>Die Änderungen an dieser Sitzung speichern?</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Sessions and points</source>
        <translation>Sitzungen und Punkte</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} Punkte</translation>
    </message>
    <message>
        <source>{points}, {fit}</source>
        <translation>{points}, {fit}</translation>
    </message>
    <message>
        <source>1 pin</source>
        <translation>1 angeheftete Anpassung</translation>
    </message>
    <message>
        <source>{n} pins</source>
        <translation>{n} angeheftete Anpassungen</translation>
    </message>
    <message>
        <source>{points}, {fit}, {pins}</source>
        <translation>{points}, {fit}, {pins}</translation>
    </message>
    <message>
        <source>Opened {name}: {what}</source>
        <translation>{name} geöffnet: {what}</translation>
    </message>
    <message>
        <source>Opened the session: {what}</source>
        <translation>Sitzung geöffnet: {what}</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>{path}: cannot be saved ({why}); nothing was changed</source>
        <translation>{path}: kann nicht gespeichert werden ({why}); nichts wurde geändert</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({why})</source>
        <translation>{path}: kann nicht geschrieben werden ({why})</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exportiert</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV-Dateien</translation>
    </message>
    <message>
        <source>Export points</source>
        <translation>Punkte exportieren</translation>
    </message>
    <message>
        <source>Export epoch log</source>
        <translation>Epochenprotokoll exportieren</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>left click</source>
        <extracomment>the mouse&apos;s part of the shortcut sheet (shown through translate(&quot;help&quot;, ...))</extracomment>
        <translation>Linksklick</translation>
    </message>
    <message>
        <source>add a point (on empty space) or select one</source>
        <translation>einen Punkt hinzufügen (auf leerer Fläche) oder auswählen</translation>
    </message>
    <message>
        <source>drag</source>
        <translation>Ziehen</translation>
    </message>
    <message>
        <source>move a point; on empty space, pan</source>
        <translation>einen Punkt verschieben; auf leerer Fläche die Ansicht verschieben</translation>
    </message>
    <message>
        <source>right click</source>
        <translation>Rechtsklick</translation>
    </message>
    <message>
        <source>remove the point under the cursor</source>
        <translation>den Punkt unter dem Mauszeiger entfernen</translation>
    </message>
    <message>
        <source>Shift+right click</source>
        <translation>Shift+Rechtsklick</translation>
    </message>
    <message>
        <source>the point&apos;s menu: hold it out of J (or back in), or remove it</source>
        <translation>das Menü des Punktes: ihn aus J herausnehmen (oder zurückholen) oder entfernen</translation>
    </message>
    <message>
        <source>wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>zoomen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; runs the descent: watch the line fit the points. &lt;b&gt;→&lt;/b&gt; takes one epoch, &lt;b&gt;R&lt;/b&gt; starts again.</source>
        <extracomment>the order of the shortcut sheet: what a teacher does first comes first (the rest follow, by key) keys as a person reads them</extracomment>
        <translation>&lt;b&gt;Leertaste&lt;/b&gt; startet den Gradientenabstieg: Sehen Sie zu, wie sich die Gerade an die Punkte anpasst. &lt;b&gt;→&lt;/b&gt; rechnet eine Epoche, &lt;b&gt;R&lt;/b&gt; beginnt von vorn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to add a point (an outlier, say); &lt;b&gt;drag&lt;/b&gt; one to move it.</source>
        <translation>&lt;b&gt;Klicken&lt;/b&gt; fügt einen Punkt hinzu (etwa einen Ausreißer); &lt;b&gt;Ziehen&lt;/b&gt; verschiebt ihn.</translation>
    </message>
    <message>
        <source>Keys &lt;b&gt;1–9&lt;/b&gt; change the loss (4 is MAE); &lt;b&gt;P&lt;/b&gt; pins a fit to compare.</source>
        <translation>Die Tasten &lt;b&gt;1–9&lt;/b&gt; wechseln die Verlustfunktion (4 ist MAE); &lt;b&gt;P&lt;/b&gt; heftet eine Anpassung zum Vergleich an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;E&lt;/b&gt; reveals the exact answer once the class has guessed; &lt;b&gt;F5&lt;/b&gt; is projector mode.</source>
        <translation>&lt;b&gt;E&lt;/b&gt; zeigt die exakte Lösung, sobald die Klasse geraten hat; &lt;b&gt;F5&lt;/b&gt; ist der Projektormodus.</translation>
    </message>
    <message>
        <source>Welcome to lossexplorer</source>
        <translation>Willkommen bei lossexplorer</translation>
    </message>
    <message>
        <source>The points are on the canvas; the line is where gradient descent starts.</source>
        <translation>Die Punkte liegen auf der Zeichenfläche; die Gerade zeigt, wo der Gradientenabstieg beginnt.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Help → Teacher guide&lt;/i&gt; has a lesson plan for every view.</source>
        <translation>&lt;i&gt;Hilfe → Leitfaden für Lehrkräfte&lt;/i&gt; enthält einen Stundenentwurf für jede Ansicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({n} points): {source} &lt;i&gt;Licence:&lt;/i&gt; {licence}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({n} Punkte): {source} &lt;i&gt;Lizenz:&lt;/i&gt; {licence}</translation>
    </message>
    <message>
        <source>See loss functions and gradient descent at work: the fit, the squares whose area is the error, the loss landscape and the path down it.</source>
        <translation>Verlustfunktionen und das Gradientenverfahren bei der Arbeit sehen: die Anpassung, die Quadrate, deren Fläche der Fehler ist, die Verlustlandschaft und den Weg hinab.</translation>
    </message>
    <message>
        <source>Built on NumPy, SciPy, PySide6 and pyqtgraph. Colours: the Okabe–Ito palette.</source>
        <translation>Gebaut mit NumPy, SciPy, PySide6 und pyqtgraph. Farben: die Okabe-Ito-Palette.</translation>
    </message>
    <message>
        <source>The real data sets and their sources</source>
        <translation>Die echten Datensätze und ihre Quellen</translation>
    </message>
    <message>
        <source>The made-up sets are lossexplorer&apos;s own (fixed seeds) and Anscombe&apos;s quartet (Anscombe 1973).</source>
        <translation>Die erfundenen Datensätze stammen von lossexplorer selbst (feste Startwerte) sowie Anscombes Quartett (Anscombe 1973).</translation>
    </message>
    <message>
        <source>&amp;Teacher guide</source>
        <extracomment>show the first-run hint once; screenshot mode (nothing remembered) and the tests turn it off</extracomment>
        <translation>&amp;Leitfaden für Lehrkräfte</translation>
    </message>
    <message>
        <source>A lesson plan for every view: what to click, what to ask, what to point at</source>
        <translation>Ein Stundenentwurf für jede Ansicht: was anklicken, was fragen, worauf zeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut (F1)</source>
        <translation>Alle Tastenkürzel (F1)</translation>
    </message>
    <message>
        <source>&amp;About lossexplorer</source>
        <translation>Ü&amp;ber lossexplorer</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Version und Danksagungen</translation>
    </message>
    <message>
        <source>pick a loss: {losses}</source>
        <translation>Verlustfunktion wählen: {losses}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Teacher guide</source>
        <translation>Leitfaden für Lehrkräfte</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Open the teacher guide</source>
        <translation>Leitfaden öffnen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>About lossexplorer</source>
        <translation>Über lossexplorer</translation>
    </message>
</context>
<context>
    <name>holdout_cli</name>
    <message>
        <source>hold out a random share F of the points (0 ≤ F &lt; 1): J and the fit use the rest, and J and R² are reported on both (seeded by --seed)</source>
        <translation>einen zufälligen Anteil F der Punkte zurückhalten (0 ≤ F &lt; 1): J und die Anpassung verwenden den Rest, J und R² werden für beide Teile angegeben (Zufall nach --seed)</translation>
    </message>
    <message>
        <source>seed of the points --hold-out draws</source>
        <translation>Startwert des Zufalls, mit dem --hold-out die Punkte zieht</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>{title} ({cite}), {n} points</source>
        <translation>{title} ({cite}), {n} Punkte</translation>
    </message>
    <message>
        <source>{summary}. {context} Source: {source}</source>
        <translation>{summary}. {context} Quelle: {source}</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Regression: x and y</source>
        <translation>Regression: x und y</translation>
    </message>
    <message>
        <source>Classification: x1, x2 and a label</source>
        <translation>Klassifikation: x1, x2 und eine Klasse</translation>
    </message>
    <message>
        <source>tab</source>
        <extracomment>the core&apos;s names of the separators and decimal marks (core/table.py), for the translators: shown translated</extracomment>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>point (1.5)</source>
        <translation>Punkt (1.5)</translation>
    </message>
    <message>
        <source>comma (1,5)</source>
        <translation>Komma (1,5)</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Dezimalzeichen</translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation>Erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>Dezimalzeichen:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>{role} column</source>
        <translation>Spalte {role}</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation>Diese Zeilen auslassen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>{name}: {encoding}, {width} columns, 1 row of data. Choose the columns that become the points.</source>
        <translation>{name}: {encoding}, {width} Spalten, 1 Datenzeile. Wählen Sie die Spalten, aus denen die Punkte werden.</translation>
    </message>
    <message>
        <source>{name}: {encoding}, {width} columns, {n} rows of data. Choose the columns that become the points.</source>
        <translation>{name}: {encoding}, {width} Spalten, {n} Datenzeilen. Wählen Sie die Spalten, aus denen die Punkte werden.</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>Labels: {mapping}</source>
        <translation>Klassen: {mapping}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <source>1 row cannot be used:</source>
        <translation>1 Zeile ist nicht verwendbar:</translation>
    </message>
    <message>
        <source>{n} rows cannot be used:</source>
        <translation>{n} Zeilen sind nicht verwendbar:</translation>
    </message>
    <message>
        <source>Import 1 point</source>
        <translation>1 Punkt importieren</translation>
    </message>
    <message>
        <source>Import {n} points</source>
        <translation>{n} Punkte importieren</translation>
    </message>
    <message>
        <source>Imported {name}: columns {columns}, {n} points, {left} rows left out</source>
        <translation>{name} importiert: Spalten {columns}, {n} Punkte, {left} Zeilen ausgelassen</translation>
    </message>
    <message>
        <source>Imported {name}: columns {columns}, {n} points</source>
        <translation>{name} importiert: Spalten {columns}, {n} Punkte</translation>
    </message>
    <message>
        <source>{text} (labels {mapping})</source>
        <translation>{text} (Klassen {mapping})</translation>
    </message>
</context>
<context>
    <name>keyboard_cursor</name>
    <message>
        <source>K, then ← → ↑ ↓</source>
        <extracomment>a small step is about this share of the view&apos;s width (or height) Shift multiplies the step by this modifiers that leave a key the cursor&apos;s: Shift (bigger steps, the other class) and the keypad&apos;s the keys the cursor takes while it is on (the others stay the window&apos;s shortcuts) the keys of the cursor for the shortcut sheet (F1), and of the physics bar (bar_keys.py), in English: `cursor_keys()` gives them in the window&apos;s language</extracomment>
        <translation>K, dann ← → ↑ ↓</translation>
    </message>
    <message>
        <source>keyboard cursor: move the crosshair (Shift: five steps)</source>
        <translation>Tastatur-Cursor: das Fadenkreuz bewegen (Shift: fünf Schritte)</translation>
    </message>
    <message>
        <source>with the cursor: add a point at the crosshair (Shift+Enter: the other class)</source>
        <translation>mit dem Cursor: einen Punkt am Fadenkreuz hinzufügen (Shift+Enter: die andere Klasse)</translation>
    </message>
    <message>
        <source>with the cursor: take the next or previous point; the arrows move it</source>
        <translation>mit dem Cursor: den nächsten oder vorigen Punkt wählen; die Pfeiltasten verschieben ihn</translation>
    </message>
    <message>
        <source>with my line on: Tab walks on from the points to its handles; the arrows move one</source>
        <translation>mit meiner Geraden: Tab geht von den Punkten weiter zu ihren Griffen; die Pfeile verschieben einen</translation>
    </message>
    <message>
        <source>with the cursor: remove the point taken; let go of it (Esc again: cursor off)</source>
        <translation>mit dem Cursor: den gewählten Punkt entfernen; ihn loslassen (nochmals Esc: Cursor aus)</translation>
    </message>
    <message>
        <source>on the physics view: lift or tilt the bar</source>
        <translation>in der Physik-Ansicht: den Stab heben oder kippen</translation>
    </message>
    <message>
        <source>({x}, {y})</source>
        <translation>({x}; {y})</translation>
    </message>
    <message>
        <source>Keyboard cursor on: arrows move it, Enter adds a point, Tab walks the points, Esc ends</source>
        <translation>Tastatur-Cursor an: die Pfeiltasten bewegen ihn, Enter fügt einen Punkt hinzu, Tab geht die Punkte durch, Esc beendet</translation>
    </message>
    <message>
        <source>Keyboard cursor off</source>
        <translation>Tastatur-Cursor aus</translation>
    </message>
    <message>
        <source>No point there: {problem}</source>
        <translation>Dort kein Punkt: {problem}</translation>
    </message>
    <message>
        <source>Point {n} added at {at}</source>
        <translation>Punkt {n} bei {at} hinzugefügt</translation>
    </message>
    <message>
        <source>No points to walk: Enter adds one at the crosshair</source>
        <translation>Keine Punkte zum Durchgehen: Enter fügt einen am Fadenkreuz hinzu</translation>
    </message>
    <message>
        <source>Point {i} of {n} at {at}: arrows move it, Delete removes it, Enter lets go</source>
        <translation>Punkt {i} von {n} bei {at}: die Pfeiltasten verschieben ihn, Delete entfernt ihn, Enter lässt ihn los</translation>
    </message>
    <message>
        <source>Handle {i} of {n} of my line at {at}: arrows move it, Enter lets go</source>
        <translation>Griff {i} von {n} meiner Geraden bei {at}: die Pfeiltasten verschieben ihn, Enter lässt los</translation>
    </message>
    <message>
        <source>My line&apos;s handles stay: Enter lets go of this one</source>
        <translation>Die Griffe meiner Geraden bleiben: Enter lässt diesen los</translation>
    </message>
    <message>
        <source>handle {i} of my line taken, at {at}</source>
        <translation>Griff {i} meiner Geraden gewählt, bei {at}</translation>
    </message>
    <message>
        <source>point {i} of {n} taken, at {at}</source>
        <translation>Punkt {i} von {n} gewählt, bei {at}</translation>
    </message>
    <message>
        <source>keyboard cursor at {at}</source>
        <translation>Tastatur-Cursor bei {at}</translation>
    </message>
</context>
<context>
    <name>landscape_view</name>
    <message>
        <source>coefficient across the map</source>
        <translation>Koeffizient waagrecht auf der Karte</translation>
    </message>
    <message>
        <source>coefficient up the map</source>
        <translation>Koeffizient senkrecht auf der Karte</translation>
    </message>
    <message>
        <source>The two coefficients the map varies; the others keep their current values</source>
        <translation>Die zwei Koeffizienten, die die Karte variiert; die übrigen behalten ihre aktuellen Werte</translation>
    </message>
    <message>
        <source>Race optimizers</source>
        <translation>Wettlauf</translation>
    </message>
    <message>
        <source>Run gd, sgd, momentum and adam from the same start, each with its own path</source>
        <translation>gd, sgd, momentum und adam vom selben Start aus laufen lassen, jeden mit seinem eigenen Weg</translation>
    </message>
    <message>
        <source>Clear race</source>
        <translation>Wettlauf löschen</translation>
    </message>
    <message>
        <source>across</source>
        <translation>Achsen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Each spot on the map is one line, coloured by its J (dark is low: the bar on the right). Click to start the descent there.</source>
        <translation>Jede Stelle der Karte ist eine Gerade, gefärbt nach ihrem J (dunkel ist niedrig: siehe die Farbskala rechts). Klicken Sie, um den Abstieg dort zu starten.</translation>
    </message>
    <message>
        <source>the descent, a dot per epoch</source>
        <translation>der Abstieg, ein Punkt pro Epoche</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>sein Start</translation>
    </message>
    <message>
        <source>the exact minimum</source>
        <translation>das exakte Minimum</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The translation {language} is not installed; the window keeps its language</source>
        <translation>Die Übersetzung {language} ist nicht installiert; das Fenster behält seine Sprache</translation>
    </message>
    <message>
        <source>The window is now in English (View → Language)</source>
        <translation>Das Fenster ist jetzt auf Deutsch (Ansicht → Sprache)</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>No exact answer: {why}</source>
        <extracomment>every pace the lesson chose (and the defaults): settings still at one of them follow new data</extracomment>
        <translation>Keine exakte Lösung: {why}</translation>
    </message>
    <message>
        <source>The points changed: a new descent starts from the current fit, epoch 0</source>
        <translation>Die Punkte haben sich geändert: Ein neuer Abstieg beginnt bei der aktuellen Anpassung, Epoche 0</translation>
    </message>
    <message>
        <source>the points changed: a new descent starts from the current fit, epoch 0</source>
        <translation>sich die Punkte geändert haben: Ein neuer Abstieg beginnt bei der aktuellen Anpassung, Epoche 0</translation>
    </message>
    <message>
        <source>The data set changed: a new descent starts from the start, epoch 0</source>
        <translation>Der Datensatz hat sich geändert: Ein neuer Abstieg beginnt am Startpunkt, Epoche 0</translation>
    </message>
    <message>
        <source>the data set changed: a new descent starts from the start, epoch 0</source>
        <translation>sich der Datensatz geändert hat: Ein neuer Abstieg beginnt am Startpunkt, Epoche 0</translation>
    </message>
    <message>
        <source>The settings changed: a new descent starts from the start, epoch 0</source>
        <translation>Die Einstellungen haben sich geändert: Ein neuer Abstieg beginnt am Startpunkt, Epoche 0</translation>
    </message>
    <message>
        <source>the settings changed: a new descent starts from the start, epoch 0</source>
        <translation>sich die Einstellungen geändert haben: Ein neuer Abstieg beginnt am Startpunkt, Epoche 0</translation>
    </message>
    <message>
        <source>The exact answer could not be found: {why}</source>
        <translation>Die exakte Lösung ließ sich nicht finden: {why}</translation>
    </message>
    <message>
        <source>No point there: {why}</source>
        <translation>Dort kein Punkt: {why}</translation>
    </message>
    <message>
        <source>Click a point first to select it, or right-click a point to remove it</source>
        <translation>Erst einen Punkt anklicken, um ihn auszuwählen, oder mit Rechtsklick entfernen</translation>
    </message>
    <message>
        <source>Holding out points needs at least two: one to train on, one to test</source>
        <translation>Zum Zurückhalten braucht es mindestens zwei Punkte: einen zum Trainieren, einen zum Testen</translation>
    </message>
    <message>
        <source>hold out {share}</source>
        <translation>{share} zurückhalten</translation>
    </message>
    <message>
        <source>Held out {held} of {n} points (seed {seed}): hollow, they never enter J or the gradient</source>
        <translation>{held} von {n} Punkten zurückgehalten (Startwert {seed}): hohl gezeichnet, sie gehen nie in J oder den Gradienten ein</translation>
    </message>
    <message>
        <source>hold out none</source>
        <translation>keine zurückhalten</translation>
    </message>
    <message>
        <source>Every point is a training point again</source>
        <translation>Alle Punkte sind wieder Trainingspunkte</translation>
    </message>
    <message>
        <source>Select a point first (click it), then T holds it out</source>
        <translation>Erst einen Punkt auswählen (anklicken), dann hält T ihn zurück</translation>
    </message>
    <message>
        <source>hold out point {n}</source>
        <translation>Punkt {n} zurückhalten</translation>
    </message>
    <message>
        <source>Point {n} held out: it no longer enters J or the gradient</source>
        <translation>Punkt {n} zurückgehalten: Er geht nicht mehr in J oder den Gradienten ein</translation>
    </message>
    <message>
        <source>train on point {n}</source>
        <translation>mit Punkt {n} trainieren</translation>
    </message>
    <message>
        <source>Point {n} a training point again</source>
        <translation>Punkt {n} ist wieder ein Trainingspunkt</translation>
    </message>
    <message>
        <source>clear points</source>
        <translation>Punkte löschen</translation>
    </message>
    <message>
        <source>preset {name}</source>
        <translation>Beispieldaten {name}</translation>
    </message>
    <message>
        <source>Preset {name}: {description}{said}</source>
        <translation>Beispieldaten {name}: {description}{said}</translation>
    </message>
    <message>
        <source>open {path}</source>
        <translation>{path} öffnen</translation>
    </message>
    <message>
        <source>Opened {path}: {n} points{said}</source>
        <translation>{path} geöffnet: {n} Punkte{said}</translation>
    </message>
    <message>
        <source>switch to classification</source>
        <translation>zur Klassifikation wechseln</translation>
    </message>
    <message>
        <source>Classification: left-click adds a point of the chosen class, Shift+click the next</source>
        <translation>Klassifikation: Linksklick fügt einen Punkt der gewählten Klasse hinzu, Shift+Klick einen der nächsten</translation>
    </message>
    <message>
        <source>switch to regression</source>
        <translation>zur Regression wechseln</translation>
    </message>
    <message>
        <source>Regression: left-click adds a point (x, y)</source>
        <translation>Regression: Linksklick fügt einen Punkt (x, y) hinzu</translation>
    </message>
    <message>
        <source>{k} classes</source>
        <translation>{k} Klassen</translation>
    </message>
    <message>
        <source>{k} classes: {loss}; {gone} points of the classes past {last} went (Undo brings them back)</source>
        <translation>{k} Klassen: {loss}; {gone} Punkte der Klassen über {last} sind weg (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>{k} classes: {loss}</source>
        <translation>{k} Klassen: {loss}</translation>
    </message>
    <message>
        <source>At most {n} pins: remove one first</source>
        <translation>Höchstens {n} angeheftete Anpassungen: erst eine entfernen</translation>
    </message>
    <message>
        <source>my boundary</source>
        <translation>meine Grenze</translation>
    </message>
    <message>
        <source>my line</source>
        <translation>meine Gerade</translation>
    </message>
    <message>
        <source>pin {label}</source>
        <translation>{label} anheften</translation>
    </message>
    <message>
        <source>remove pin {label}</source>
        <translation>angeheftete {label} entfernen</translation>
    </message>
    <message>
        <source>place my line</source>
        <translation>meine Gerade setzen</translation>
    </message>
    <message>
        <source>A left click now adds a class-{label} point (Shift+click: class {other})</source>
        <translation>Ein Linksklick fügt jetzt einen Punkt der Klasse {label} hinzu (Shift+Klick: Klasse {other})</translation>
    </message>
    <message>
        <source>A new lesson: preset {name}, {description}{said}</source>
        <translation>Eine neue Lektion: Beispieldaten {name}, {description}{said}</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <source>{path}: no such file</source>
        <extracomment>the speeds (epochs per second) the panel offers; 0 is as fast as possible decimals a number box keeps: every double from 1e-308 up survives (Qt rounds to these) the characters of a pin&apos;s label the window keeps</extracomment>
        <translation>{path}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>{path}: not a regular file (a device, pipe or socket)</source>
        <translation>{path}: keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>setting speed is {value}; the window offers {speeds} epochs per second, or 0 (as fast as possible)</source>
        <translation>Einstellung speed ist {value}; das Fenster bietet {speeds} Epochen pro Sekunde oder 0 (so schnell wie möglich)</translation>
    </message>
    <message>
        <source>setting {name} is {value}, outside the window&apos;s range {low} to {high}</source>
        <translation>Einstellung {name} ist {value}, außerhalb des Bereichs des Fensters von {low} bis {high}</translation>
    </message>
    <message>
        <source>setting {name} is {value}, too small to show (use 0)</source>
        <translation>Einstellung {name} ist {value}, zu klein zum Anzeigen (0 verwenden)</translation>
    </message>
    <message>
        <source>{name} = {value} is too large here ({name}^{power} overflows): zoom in</source>
        <translation>{name} = {value} ist hier zu groß ({name}^{power} läuft über): hineinzoomen</translation>
    </message>
</context>
<context>
    <name>loss_keys</name>
    <message>
        <source>Pick the loss {title} ({key})</source>
        <translation>Verlust {title} wählen ({key})</translation>
    </message>
    <message>
        <source>Loss: {title}</source>
        <translation>Verlust: {title}</translation>
    </message>
</context>
<context>
    <name>losscurve</name>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>rate L</source>
        <translation>Lernrate L</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>logarithmisch</translation>
    </message>
    <message>
        <source>Show J on a logarithmic axis: steady convergence becomes a straight line</source>
        <translation>J auf einer logarithmischen Achse zeigen: Gleichmäßige Konvergenz wird zur Geraden</translation>
    </message>
    <message>
        <source>training J</source>
        <translation>Trainings-J</translation>
    </message>
    <message>
        <source>held-out J</source>
        <translation>Test-J</translation>
    </message>
    <message>
        <source>Epoch #</source>
        <extracomment>the widest number of the epoch log (written with 10 significant digits), and the epoch column&apos;s title</extracomment>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>follow the last epoch</source>
        <translation>der letzten Epoche folgen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the epoch log as a CSV file</source>
        <translation>Das Epochenprotokoll als CSV-Datei speichern</translation>
    </message>
</context>
<context>
    <name>modes</name>
    <message>
        <source>current fit</source>
        <extracomment>what the canvas can draw over the points, and what it draws at first</extracomment>
        <translation>aktuelle Anpassung</translation>
    </message>
    <message>
        <source>The line (or curve) the optimizer has reached</source>
        <translation>Die Gerade (oder Kurve), die der Optimierer erreicht hat</translation>
    </message>
    <message>
        <source>exact answer (E)</source>
        <translation>exakte Lösung (E)</translation>
    </message>
    <message>
        <source>Reveal the exact answer, dashed (the true minimizer of J), or hide it again (E)</source>
        <translation>Die exakte Lösung gestrichelt zeigen (das wahre Minimum von J) oder wieder verbergen (E)</translation>
    </message>
    <message>
        <source>residuals</source>
        <translation>Residuen</translation>
    </message>
    <message>
        <source>Vertical segments r = y − p from each point to the fit</source>
        <translation>Senkrechte Strecken r = y − p von jedem Punkt zur Anpassung</translation>
    </message>
    <message>
        <source>residual squares (RSS)</source>
        <translation>Residuenquadrate (RSS)</translation>
    </message>
    <message>
        <source>Squares with side |r|: their total area is the RSS</source>
        <translation>Quadrate der Seitenlänge |r|: Ihre Gesamtfläche ist die RSS</translation>
    </message>
    <message>
        <source>ȳ and its squares (TSS)</source>
        <translation>ȳ und seine Quadrate (TSS)</translation>
    </message>
    <message>
        <source>The bias-only model ȳ; its squares&apos; total area is the TSS</source>
        <translation>Das Modell nur mit Achsenabschnitt, ȳ; die Gesamtfläche seiner Quadrate ist die TSS</translation>
    </message>
    <message>
        <source>gradient arrows</source>
        <translation>Gradientenpfeile</translation>
    </message>
    <message>
        <source>Which way each point pulls the fit, and how hard: −dℓ/dp</source>
        <translation>In welche Richtung und wie stark jeder Punkt an der Anpassung zieht: −dℓ/dp</translation>
    </message>
    <message>
        <source>mean point (x̄, ȳ)</source>
        <translation>Schwerpunkt (x̄, ȳ)</translation>
    </message>
    <message>
        <source>The least-squares line always passes through it</source>
        <translation>Die Ausgleichsgerade der kleinsten Quadrate geht immer durch ihn</translation>
    </message>
    <message>
        <source>decision boundary</source>
        <extracomment>the same overlays in classification mode (arrows and the mean point do not apply there)</extracomment>
        <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
        <source>Where the most likely class changes: σ(z) = ½ (z = 0) for two classes, z_k = z_l where classes k and l meet</source>
        <translation>Wo die wahrscheinlichste Klasse wechselt: σ(z) = ½ (z = 0) bei zwei Klassen, z_k = z_l, wo die Klassen k und l aneinandergrenzen</translation>
    </message>
    <message>
        <source>exact boundary (E)</source>
        <translation>exakte Grenze (E)</translation>
    </message>
    <message>
        <source>Reveal the exact boundary, dashed (J&apos;s true minimizer), or hide it again (E)</source>
        <translation>Die exakte Grenze gestrichelt zeigen (das wahre Minimum von J) oder wieder verbergen (E)</translation>
    </message>
    <message>
        <source>per-point loss (rings)</source>
        <translation>Verlust je Punkt (Ringe)</translation>
    </message>
    <message>
        <source>A ring around each point, its area growing with the point&apos;s loss</source>
        <translation>Ein Ring um jeden Punkt, dessen Fläche mit dem Verlust des Punktes wächst</translation>
    </message>
    <message>
        <source>predicted class (shading)</source>
        <translation>vorhergesagte Klasse (Schattierung)</translation>
    </message>
    <message>
        <source>Each region in the faint colour of the class the model predicts there; stronger where it is surer</source>
        <translation>Jeder Bereich in der blassen Farbe der Klasse, die das Modell dort vorhersagt; kräftiger, wo es sicherer ist</translation>
    </message>
    <message>
        <source>margins z = ±1 (hinge)</source>
        <translation>Ränder z = ±1 (Hinge)</translation>
    </message>
    <message>
        <source>Hinge loss is 0 beyond these lines on the right side</source>
        <translation>Der Hinge-Verlust ist jenseits dieser Linien auf der richtigen Seite 0</translation>
    </message>
</context>
<context>
    <name>my_line</name>
    <message>
        <source>my line</source>
        <extracomment>how near (pixels) a press must be to the line&apos;s body to move it where the handles are (the view&apos;s, not the document&apos;s): a line&apos;s handles&apos; x, or a boundary&apos;s two handle points (2 × 2)</extracomment>
        <translation>meine Gerade</translation>
    </message>
    <message>
        <source>my boundary</source>
        <translation>meine Grenze</translation>
    </message>
    <message>
        <source>My line: {coefficients}</source>
        <translation>Meine Gerade: {coefficients}</translation>
    </message>
    <message>
        <source>move my line</source>
        <translation>meine Gerade verschieben</translation>
    </message>
    <message>
        <source>tilt my line</source>
        <translation>meine Gerade kippen</translation>
    </message>
    <message>
        <source>bend my curve</source>
        <translation>meine Kurve biegen</translation>
    </message>
    <message>
        <source>move my boundary</source>
        <translation>meine Grenze verschieben</translation>
    </message>
    <message>
        <source>turn my boundary</source>
        <translation>meine Grenze drehen</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Meine Gerade</translation>
    </message>
    <message>
        <source>Place my own line (in classification my boundary): drag it to move it, drag a handle to tilt it, or type its coefficients; the bar compares its J with the best (M)</source>
        <translation>Eine eigene Gerade legen (in der Klassifikation meine Grenze): ziehen, um sie zu verschieben, an einem Griff ziehen, um sie zu kippen, oder die Koeffizienten eingeben; der Balken vergleicht ihr J mit dem besten (M)</translation>
    </message>
    <message>
        <source>Pin my line</source>
        <translation>Meine Gerade anheften</translation>
    </message>
    <message>
        <source>Keep my line as a pin labelled &apos;my line&apos;</source>
        <translation>Meine Gerade als angeheftete Anpassung „meine Gerade“ behalten</translation>
    </message>
    <message>
        <source>My line takes one line or boundary: not the softmax model&apos;s K</source>
        <translation>Meine Gerade ist eine einzige Gerade oder Grenze: nicht für die K Klassen des Softmax-Modells</translation>
    </message>
    <message>
        <source>Pin my boundary</source>
        <translation>Meine Grenze anheften</translation>
    </message>
    <message>
        <source>My boundary: drag it to move it, drag a round handle to turn it, or type β0, β1, β2; E reveals the best boundary</source>
        <translation>Meine Grenze: ziehen, um sie zu verschieben, an einem runden Griff ziehen, um sie zu drehen, oder β0, β1, β2 eingeben; E zeigt die beste Grenze</translation>
    </message>
    <message>
        <source>My line: drag it to move it, drag a round handle to tilt it, or type its m and c; E reveals the best line</source>
        <translation>Meine Gerade: ziehen, um sie zu verschieben, an einem runden Griff ziehen, um sie zu kippen, oder m und c eingeben; E zeigt die beste Gerade</translation>
    </message>
</context>
<context>
    <name>my_line_panel</name>
    <message>
        <source>My line takes one line or boundary: not the softmax model&apos;s K</source>
        <extracomment>the panel&apos;s width per point of the font: 300 px at 11 pt, wider in projector mode, but at most this share of the canvas (a projector&apos;s 1280 pixels leave the points most of the room)</extracomment>
        <translation>Meine Gerade ist eine einzige Gerade oder Grenze: nicht für die K Klassen des Softmax-Modells</translation>
    </message>
    <message>
        <source>No points: nothing to score</source>
        <translation>Keine Punkte: nichts zu bewerten</translation>
    </message>
    <message>
        <source>the best line is being found…</source>
        <translation>die beste Gerade wird gesucht…</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Meine Gerade</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>J of my line against J of the best line, on one scale</source>
        <translation>J meiner Geraden gegen J der besten Geraden, auf einer Skala</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>Residuen</translation>
    </message>
    <message>
        <source>Residual r = y − p against x, for my line and for the current fit</source>
        <translation>Residuum r = y − p gegen x, für meine Gerade und für die aktuelle Anpassung</translation>
    </message>
    <message>
        <source>my line&apos;s {name}: type a number, Enter</source>
        <translation>{name} meiner Geraden: Zahl eingeben, Enter</translation>
    </message>
    <message>
        <source>my {name}</source>
        <translation>mein {name}</translation>
    </message>
    <message>
        <source>type my line&apos;s {name}</source>
        <translation>{name} meiner Geraden eingeben</translation>
    </message>
    <message>
        <source>My boundary</source>
        <translation>Meine Grenze</translation>
    </message>
    <message>
        <source>My curve</source>
        <translation>Meine Kurve</translation>
    </message>
</context>
<context>
    <name>pace</name>
    <message>
        <source>Adam, learning rate {lr}, {epochs} epochs at {speed}/s: about {seconds} s to the answer</source>
        <extracomment>the speeds (epochs per second) a pace may choose: each is one of the panel&apos;s choices</extracomment>
        <translation>Adam, Lernrate {lr}, {epochs} Epochen mit {speed}/s: etwa {seconds} s bis zur Lösung</translation>
    </message>
    <message>
        <source>Learning rate {lr}, {epochs} epochs at {speed}/s: about {seconds} s to the answer</source>
        <translation>Lernrate {lr}, {epochs} Epochen mit {speed}/s: etwa {seconds} s bis zur Lösung</translation>
    </message>
    <message>
        <source>gradient descent would need over a million epochs here (x lies far from 0: a long, narrow valley)</source>
        <translation>das Gradientenverfahren bräuchte hier über eine Million Epochen (x liegt weit von 0: ein langes, enges Tal)</translation>
    </message>
    <message>
        <source>gradient descent would need about {n} epochs here (x lies far from 0: a long, narrow valley)</source>
        <translation>das Gradientenverfahren bräuchte hier etwa {n} Epochen (x liegt weit von 0: ein langes, enges Tal)</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>1 epoch/s</source>
        <extracomment>the losses&apos; titles and tips, the core&apos;s English (shown through core_tr) the speeds offered (epochs per second, 0: as fast as possible) and their titles, translated where shown</extracomment>
        <translation>1 Epoche/s</translation>
    </message>
    <message>
        <source>2 epochs/s</source>
        <translation>2 Epochen/s</translation>
    </message>
    <message>
        <source>5 epochs/s</source>
        <translation>5 Epochen/s</translation>
    </message>
    <message>
        <source>10 epochs/s</source>
        <translation>10 Epochen/s</translation>
    </message>
    <message>
        <source>30 epochs/s</source>
        <translation>30 Epochen/s</translation>
    </message>
    <message>
        <source>60 epochs/s</source>
        <translation>60 Epochen/s</translation>
    </message>
    <message>
        <source>250 epochs/s</source>
        <translation>250 Epochen/s</translation>
    </message>
    <message>
        <source>1000 epochs/s</source>
        <translation>1000 Epochen/s</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>bias: p = c</source>
        <translation>Konstante: p = c</translation>
    </message>
    <message>
        <source>line: p = m·x + c</source>
        <translation>Gerade: p = m·x + c</translation>
    </message>
    <message>
        <source>logistic: z = β0 + β1·x1 + β2·x2</source>
        <translation>logistisch: z = β0 + β1·x1 + β2·x2</translation>
    </message>
    <message>
        <source>polynomial, degree {d}</source>
        <translation>Polynom vom Grad {d}</translation>
    </message>
    <message>
        <source>softmax, {k} classes: zₖ = βₖ0 + βₖ1·x1 + βₖ2·x2</source>
        <translation>Softmax, {k} Klassen: zₖ = βₖ0 + βₖ1·x1 + βₖ2·x2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Compare fits</source>
        <translation>Anpassungen vergleichen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>regression: y against x</source>
        <translation>Regression: y gegen x</translation>
    </message>
    <message>
        <source>classification: K classes</source>
        <translation>Klassifikation: K Klassen</translation>
    </message>
    <message>
        <source>Regression fits a curve p(x) to points (x, y); classification separates points of 2 to 5 classes in the (x1, x2) plane with a logistic (two classes) or softmax model</source>
        <translation>Die Regression passt eine Kurve p(x) an Punkte (x, y) an; die Klassifikation trennt Punkte aus 2 bis 5 Klassen in der (x1, x2)-Ebene mit einem logistischen Modell (zwei Klassen) oder einem Softmax-Modell</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>new points</source>
        <translation>neue Punkte</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>The per-point loss ℓ(p, y); J averages (or sums) it over the points</source>
        <translation>Der Verlust je Punkt ℓ(p, y); J mittelt (oder summiert) ihn über die Punkte</translation>
    </message>
    <message>
        <source>the loss&apos;s own</source>
        <extracomment>a box for each parameter of the losses offered, in its row labelled with the symbol (δ, q, α, γ, ε); each is also the panel&apos;s attribute of the parameter&apos;s name (panel.delta)</extracomment>
        <translation>wie der Verlust</translation>
    </message>
    <message>
        <source>mean (1/n)·Σ</source>
        <translation>Mittelwert (1/n)·Σ</translation>
    </message>
    <message>
        <source>sum Σ</source>
        <translation>Summe Σ</translation>
    </message>
    <message>
        <source>R in J = R(ℓ) + penalties: the mean or the sum over the points</source>
        <translation>R in J = R(ℓ) + Strafterme: Mittelwert oder Summe über die Punkte</translation>
    </message>
    <message>
        <source>reduce by</source>
        <translation>Reduktion</translation>
    </message>
    <message>
        <source>cap predictions at</source>
        <translation>p kappen bei</translation>
    </message>
    <message>
        <source>The blog&apos;s multi-objective penalty: λ·R(max(0, p − C)²)</source>
        <translation>Der Strafterm für mehrere Ziele aus dem Blog: λ·R(max(0, p − C)²)</translation>
    </message>
    <message>
        <source>cap weight λ</source>
        <translation>Gewicht der Kappung λ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>p = f(x; β): a constant, a line m·x + c, or Σ β_j x^j</source>
        <translation>p = f(x; β): eine Konstante, eine Gerade m·x + c oder Σ β_j x^j</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate on a log scale, 1e-6 … 10; the red mark is the largest stable rate</source>
        <translation>Lernrate auf logarithmischer Skala, 1e-6 … 10; die rote Marke ist die größte stabile Lernrate</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>2/L, L the largest eigenvalue of J&apos;s Hessian: gd diverges above it</source>
        <translation>2/L, L der größte Eigenwert der Hesse-Matrix von J: darüber divergiert gd</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>momentum μ</source>
        <translation>Momentum μ</translation>
    </message>
    <message>
        <source>epochs</source>
        <extracomment>the optimizers&apos; settings&apos; rows, shown for the optimizers that take them</extracomment>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>animation speed: epochs per second, or as fast as the computer goes</source>
        <translation>Animationstempo: Epochen pro Sekunde, oder so schnell, wie der Rechner kann</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>largest stable rate {rate}: above it, gd diverges</source>
        <translation>größte stabile Lernrate {rate}: darüber divergiert gd</translation>
    </message>
    <message>
        <source>largest stable rate {rate}</source>
        <translation>größte stabile Lernrate {rate}</translation>
    </message>
</context>
<context>
    <name>physics_view</name>
    <message>
        <source>&lt;b&gt;Each point pulls the bar towards itself with a spring; the bar comes to rest where the pulls balance, and that is where the loss is least.&lt;/b&gt; Each spring stores (k/2)·ℓ(e) and pulls the bar with −(k/2)·dℓ/de; at rest the net force and torque vanish, which are the normal equations, so the bar rests on the loss&apos;s minimizer (k = 2 makes ΣU the SSE). With heavy damping the bar creeps straight downhill, velocity ∝ force: that is gradient descent. With mass and little damping it overshoots and swings back: that is momentum.</source>
        <extracomment>the readings too wide to sit beside their names, with the widest text each shows (the rest: translated) the widest of the other readings</extracomment>
        <translation>&lt;b&gt;Jeder Punkt zieht den Stab mit einer Feder zu sich hin; der Stab kommt dort zur Ruhe, wo sich die Kräfte ausgleichen, und genau dort ist der Verlust am kleinsten.&lt;/b&gt; Jede Feder speichert (k/2)·ℓ(e) und zieht den Stab mit −(k/2)·dℓ/de; in Ruhe verschwinden Gesamtkraft und Drehmoment – das sind die Normalgleichungen –, also ruht der Stab im Minimum des Verlusts (mit k = 2 ist ΣU die SSE). Bei starker Dämpfung kriecht der Stab geradewegs bergab, Geschwindigkeit ∝ Kraft: Das ist das Gradientenverfahren. Mit Masse und wenig Dämpfung schießt er über das Ziel hinaus und schwingt zurück: Das ist Momentum.</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Let the bar move, or freeze it</source>
        <translation>Den Stab bewegen lassen oder anhalten</translation>
    </message>
    <message>
        <source>Reset bar</source>
        <translation>Stab zurücksetzen</translation>
    </message>
    <message>
        <source>The bar horizontal at ȳ, at rest</source>
        <translation>Den Stab waagrecht auf ȳ legen, in Ruhe</translation>
    </message>
    <message>
        <source>b per point: 0 swings for ever; large creeps like gradient descent</source>
        <translation>b pro Punkt: 0 schwingt ewig; groß kriecht wie das Gradientenverfahren</translation>
    </message>
    <message>
        <source>M per point: more mass, slower swings, more overshoot (momentum)</source>
        <translation>M pro Punkt: mehr Masse, langsamere Schwingungen, mehr Überschwingen (Momentum)</translation>
    </message>
    <message>
        <source>k: spring stiffness; k = 2 makes ΣU the SSE</source>
        <translation>k: Federkonstante; mit k = 2 ist ΣU die SSE</translation>
    </message>
    <message>
        <source>simulated seconds per second</source>
        <translation>simulierte Sekunden pro Sekunde</translation>
    </message>
    <message>
        <source>show the optimizer&apos;s path</source>
        <translation>Weg des Optimierers zeigen</translation>
    </message>
    <message>
        <source>The fits gradient descent went through, as faint bars</source>
        <translation>Die Anpassungen, die das Gradientenverfahren durchlaufen hat, als blasse Stäbe</translation>
    </message>
    <message>
        <source>damping</source>
        <translation>Dämpfung</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <source>stiffness k</source>
        <translation>Federkonstante k</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>The bar</source>
        <translation>Der Stab</translation>
    </message>
    <message>
        <source>net force ΣF</source>
        <translation>Kraft ΣF</translation>
    </message>
    <message>
        <source>Σ F_i: zero at rest (the first normal equation)</source>
        <translation>Σ F_i: null in Ruhe (die erste Normalgleichung)</translation>
    </message>
    <message>
        <source>net torque</source>
        <translation>Drehmoment</translation>
    </message>
    <message>
        <source>Σ (x_i − x̄)·F_i: zero at rest (the second normal equation)</source>
        <translation>Σ (x_i − x̄)·F_i: null in Ruhe (die zweite Normalgleichung)</translation>
    </message>
    <message>
        <source>potential U</source>
        <translation>potenzielle Energie U</translation>
    </message>
    <message>
        <source>Σ (k/2)·ℓ(e_i): the SSE when k = 2 and the loss is squared error</source>
        <translation>Σ (k/2)·ℓ(e_i): die SSE, wenn k = 2 und der Verlust der quadratische Fehler ist</translation>
    </message>
    <message>
        <source>kinetic</source>
        <extracomment>why there is no bar, for a loss the spring picture does not fit (Poisson: a pull that is no function of e)</extracomment>
        <translation>kinetisch</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>kinetic + potential: kept when damping is 0</source>
        <translation>kinetisch + potenziell: bleibt erhalten, wenn die Dämpfung 0 ist</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>Stab</translation>
    </message>
    <message>
        <source>the line the bar lies on</source>
        <translation>die Gerade, auf der der Stab liegt</translation>
    </message>
    <message>
        <source>potential</source>
        <translation>potenziell</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>in Bewegung</translation>
    </message>
    <message>
        <source>at rest</source>
        <translation>in Ruhe</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;The spring picture does not apply to {loss}.&lt;/b&gt;&lt;/span&gt; {why}</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;Das Federmodell passt nicht zu {loss}.&lt;/b&gt;&lt;/span&gt; {why}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>pin_list</name>
    <message>
        <source>Pinned fits, drawn in their own colours on the canvas</source>
        <translation>Angeheftete Anpassungen, jede in ihrer Farbe auf der Zeichenfläche</translation>
    </message>
    <message>
        <source>Remove pin</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected pin</source>
        <translation>Die gewählte angeheftete Anpassung entfernen</translation>
    </message>
</context>
<context>
    <name>presets_cli</name>
    <message>
        <source>`lossexplorer presets`: every preset data set, real and made up, with its number of points, its task, the units of its axes and its source (`--json`: one object a set, with the context and the licence too). The catalogue is core/datasets.py&apos;s; resources/DATASETS.md says the same.</source>
        <translation>`lossexplorer presets`: alle Beispieldaten, echte und ausgedachte, mit der Zahl ihrer Punkte, ihrer Aufgabe, den Einheiten ihrer Achsen und ihrer Quelle (`--json`: ein Objekt je Datensatz, auch mit Kontext und Lizenz). Der Katalog ist der von core/datasets.py; resources/DATASETS.md sagt dasselbe.</translation>
    </message>
    <message>
        <source>only the real or only the made-up sets</source>
        <translation>nur die echten oder nur die ausgedachten Datensätze</translation>
    </message>
</context>
<context>
    <name>problem</name>
    <message>
        <source>Add some points first: left-click on the canvas</source>
        <translation>Erst Punkte hinzufügen: Linksklick auf die Zeichenfläche</translation>
    </message>
    <message>
        <source>Every point is held out: keep some for training (T on a point, or Data → Hold out none)</source>
        <translation>Alle Punkte sind zurückgehalten: Einige zum Trainieren behalten (T auf einem Punkt, oder Daten → Keine zurückhalten)</translation>
    </message>
    <message>
        <source>Gradient descent on MSE diverges above {stable} here, below the smallest learning rate ({lowest}): try Adam, or a lower degree</source>
        <extracomment>J on the points held out (train and test): the same loss, reduction and penalties; None without a split below this many points a full build takes under a millisecond or two: no edits needed</extracomment>
        <translation>Das Gradientenverfahren mit MSE divergiert hier oberhalb von {stable}, unterhalb der kleinsten Lernrate ({lowest}): Adam versuchen oder einen kleineren Grad</translation>
    </message>
    <message>
        <source>Learning rate lowered to {lr}: gradient descent on MSE diverges above {stable} here</source>
        <translation>Lernrate auf {lr} gesenkt: Das Gradientenverfahren mit MSE divergiert hier oberhalb von {stable}</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <source>&amp;Projector mode</source>
        <translation>&amp;Projektormodus</translation>
    </message>
    <message>
        <source>Large fonts, thick lines and big markers for a projector (F5)</source>
        <translation>Große Schrift, dicke Linien und große Punkte für einen Projektor (F5)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Vollbild (F11)</translation>
    </message>
</context>
<context>
    <name>race_view</name>
    <message>
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2.</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3.</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>exact J: the finish</source>
        <translation>exaktes J: das Ziel</translation>
    </message>
    <message>
        <source>{place} {racer} (epoch {epoch})</source>
        <translation>{place} {racer} (Epoche {epoch})</translation>
    </message>
    <message>
        <source>Race, epoch {epoch} of {last}</source>
        <translation>Wettlauf, Epoche {epoch} von {last}</translation>
    </message>
    <message>
        <source>Race over {last} epochs</source>
        <translation>Wettlauf über {last} Epochen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{head}&lt;/b&gt; (the finish: J within 1% of the exact J)</source>
        <translation>&lt;b&gt;{head}&lt;/b&gt; (das Ziel: J höchstens 1 % über dem exakten J)</translation>
    </message>
    <message>
        <source>{racers} did not get there</source>
        <translation>nicht im Ziel: {racers}</translation>
    </message>
    <message>
        <source>{racers} still racing</source>
        <translation>noch unterwegs: {racers}</translation>
    </message>
</context>
<context>
    <name>random_dialog</name>
    <message>
        <source>gaussian</source>
        <extracomment>the core&apos;s noises (NOISES) as the dialog names them, translated where shown</extracomment>
        <translation>Gauß</translation>
    </message>
    <message>
        <source>laplace</source>
        <translation>Laplace</translation>
    </message>
    <message>
        <source>gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>student-t</source>
        <translation>Student-t</translation>
    </message>
    <message>
        <source>random: {n} points</source>
        <translation>zufällig: {n} Punkte</translation>
    </message>
    <message>
        <source>Random points</source>
        <translation>Zufällige Punkte</translation>
    </message>
    <message>
        <source>m of the true line y = m·x + c</source>
        <translation>m der wahren Geraden y = m·x + c</translation>
    </message>
    <message>
        <source>c of the true line</source>
        <translation>c der wahren Geraden</translation>
    </message>
    <message>
        <source>Gaussian suits least squares, Laplace suits MAE; gamma and Student-t have heavy tails</source>
        <translation>Gauß passt zur Methode der kleinsten Quadrate, Laplace zu MAE; Gamma und Student-t haben schwere Ränder</translation>
    </message>
    <message>
        <source>the noise&apos;s scale (σ for Gaussian)</source>
        <translation>die Stärke des Rauschens (σ bei Gauß)</translation>
    </message>
    <message>
        <source>fraction of points pushed far above the line</source>
        <translation>Anteil der Punkte, die weit über die Gerade geschoben werden</translation>
    </message>
    <message>
        <source>the same seed gives the same points</source>
        <translation>derselbe Startwert ergibt dieselben Punkte</translation>
    </message>
    <message>
        <source>points n</source>
        <translation>Punkte n</translation>
    </message>
    <message>
        <source>slope m</source>
        <translation>Steigung m</translation>
    </message>
    <message>
        <source>intercept c</source>
        <translation>Achsenabschnitt c</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>noise scale</source>
        <translation>Stärke des Rauschens</translation>
    </message>
    <message>
        <source>outlier fraction</source>
        <translation>Anteil der Ausreißer</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
</context>
<context>
    <name>readouts</name>
    <message>
        <source>none: R² is negative, so this fit is worse than the flat line ȳ, and √R² does not exist</source>
        <extracomment>r from R² and from corr(y, p) agree with the points&apos; r to this many places at the least-squares line</extracomment>
        <translation>keiner: R² ist negativ, diese Anpassung ist also schlechter als die waagrechte Gerade ȳ, und √R² existiert nicht</translation>
    </message>
    <message>
        <source>&lt;b&gt;{data}&lt;/b&gt; corr(x, y): the points&apos; own r, whatever the fit&lt;br&gt;&lt;b&gt;{from_r2}&lt;/b&gt; √R² of this fit, with the slope&apos;s sign&lt;br&gt;&lt;b&gt;{predictions}&lt;/b&gt; corr(y, p), with the slope&apos;s sign: the same as r for any straight line that slopes the same way</source>
        <translation>&lt;b&gt;{data}&lt;/b&gt; corr(x, y): das r der Punkte selbst, unabhängig von der Anpassung&lt;br&gt;&lt;b&gt;{from_r2}&lt;/b&gt; √R² dieser Anpassung, mit dem Vorzeichen der Steigung&lt;br&gt;&lt;b&gt;{predictions}&lt;/b&gt; corr(y, p), mit dem Vorzeichen der Steigung: gleich r für jede Gerade mit Steigung gleichen Vorzeichens</translation>
    </message>
    <message>
        <source>For a curve √R² measures how well the curve fits, not how straight the points lie: it is not r.</source>
        <translation>Bei einer Kurve misst √R², wie gut die Kurve passt, nicht wie geradlinig die Punkte liegen: Es ist nicht r.</translation>
    </message>
    <message>
        <source>All three agree: this is the least-squares line.</source>
        <translation>Alle drei stimmen überein: Das ist die Ausgleichsgerade der kleinsten Quadrate.</translation>
    </message>
    <message>
        <source>They differ now because this is not yet the least-squares line: it leaves more of the spread unexplained, so its R² and √R² are lower. At the least-squares line all three agree.</source>
        <translation>Sie unterscheiden sich jetzt, weil dies noch nicht die Ausgleichsgerade der kleinsten Quadrate ist: Sie lässt mehr von der Streuung unerklärt, daher sind ihr R² und √R² kleiner. Bei der Ausgleichsgeraden stimmen alle drei überein.</translation>
    </message>
    <message>
        <source>0 (to rounding)</source>
        <translation>0 (bis auf Rundung)</translation>
    </message>
    <message>
        <source>{value} (least: {least})</source>
        <translation>{value} (Minimum: {least})</translation>
    </message>
    <message>
        <source>The current fit</source>
        <translation>Aktuelle Anpassung</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>epochs run since the start (record 0 is the start)</source>
        <translation>seit dem Start gelaufene Epochen (Eintrag 0 ist der Start)</translation>
    </message>
    <message>
        <source>coefficients</source>
        <translation>Koeffizienten</translation>
    </message>
    <message>
        <source>the model&apos;s coefficients now</source>
        <translation>die aktuellen Koeffizienten des Modells</translation>
    </message>
    <message>
        <source>the objective: the loss reduced over the points, plus penalties</source>
        <translation>die Zielfunktion: der über die Punkte zusammengefasste Verlust plus Strafterme</translation>
    </message>
    <message>
        <source>Σ (y − p)²: the total area of the red squares</source>
        <translation>Σ (y − p)²: die Gesamtfläche der roten Quadrate</translation>
    </message>
    <message>
        <source>Σ (y − ȳ)²: the total area of the green squares</source>
        <translation>Σ (y − ȳ)²: die Gesamtfläche der grünen Quadrate</translation>
    </message>
    <message>
        <source>1 − RSS/TSS: the share of the spread the model explains</source>
        <translation>1 − RSS/TSS: der Anteil der Streuung, den das Modell erklärt</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>Pearson-r</translation>
    </message>
    <message>
        <source>how nearly the points lie on a straight line: corr(x, y), from −1 to 1</source>
        <translation>wie genau die Punkte auf einer Geraden liegen: corr(x, y), von −1 bis 1</translation>
    </message>
    <message>
        <source>other ways</source>
        <translation>weitere Wege</translation>
    </message>
    <message>
        <source>Pearson r: two other ways</source>
        <translation>Pearson-r: zwei weitere Wege</translation>
    </message>
    <message>
        <source>r from this fit&apos;s R² and from corr(y, p), and why they differ during a run</source>
        <translation>r aus dem R² dieser Anpassung und aus corr(y, p), und warum sie sich während eines Laufs unterscheiden</translation>
    </message>
    <message>
        <source>Least-squares properties</source>
        <translation>Eigenschaften der kleinsten Quadrate</translation>
    </message>
    <message>
        <source>They all hold for the least-squares line; for other losses some fail</source>
        <translation>Für die Ausgleichsgerade der kleinsten Quadrate gelten alle; bei anderen Verlusten scheitern einige</translation>
    </message>
    <message>
        <source>the intercept of the logit z = β0 + β1·x1 + β2·x2 (K classes: each class&apos;s βₖ0, in its colour)</source>
        <translation>der Achsenabschnitt des Logits z = β0 + β1·x1 + β2·x2 (K Klassen: βₖ0 jeder Klasse, in ihrer Farbe)</translation>
    </message>
    <message>
        <source>the weight of x1 in the logit z (K classes: each class&apos;s βₖ1)</source>
        <translation>das Gewicht von x1 im Logit z (K Klassen: βₖ1 jeder Klasse)</translation>
    </message>
    <message>
        <source>the weight of x2 in the logit z (K classes: each class&apos;s βₖ2)</source>
        <translation>das Gewicht von x2 im Logit z (K Klassen: βₖ2 jeder Klasse)</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>points whose predicted class (the most probable; z ≥ 0 predicts class 1 of two) is their own</source>
        <translation>Punkte, deren vorhergesagte Klasse (die wahrscheinlichste; bei zwei Klassen sagt z ≥ 0 Klasse 1 vorher) ihre eigene ist</translation>
    </message>
    <message>
        <source>mean loss</source>
        <translation>mittlerer Verlust</translation>
    </message>
    <message>
        <source>the mean of the per-point loss ℓ, without penalties</source>
        <translation>der Mittelwert des Verlusts ℓ je Punkt, ohne Strafterme</translation>
    </message>
    <message>
        <source>worst point</source>
        <translation>schlechtester Punkt</translation>
    </message>
    <message>
        <source>the point the loss charges most, and the probability it gets of its own class</source>
        <translation>der Punkt, den der Verlust am stärksten belastet, und die Wahrscheinlichkeit, die er für seine eigene Klasse erhält</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>What the loss charges a point when the model gives its true class probability P, and how many points now sit nearest each P (in log-odds)</source>
        <translation>Was der Verlust einem Punkt anrechnet, wenn das Modell seiner wahren Klasse die Wahrscheinlichkeit P gibt, und wie viele Punkte jetzt jedem P am nächsten liegen (in Log-Odds)</translation>
    </message>
    <message>
        <source>the probability the model gives the point&apos;s true class</source>
        <translation>die Wahrscheinlichkeit, die das Modell der wahren Klasse des Punkts gibt</translation>
    </message>
    <message>
        <source>the chosen loss at that probability: what one such point adds to the sum</source>
        <translation>der gewählte Verlust bei dieser Wahrscheinlichkeit: was ein solcher Punkt zur Summe beiträgt</translation>
    </message>
    <message>
        <source>how many points now have their own-class probability nearest this row&apos;s</source>
        <translation>wie viele Punkte jetzt eine Wahrscheinlichkeit ihrer eigenen Klasse haben, die der dieser Zeile am nächsten liegt</translation>
    </message>
    <message>
        <source>P(true class)</source>
        <translation>P(wahre Klasse)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Right and sure costs almost nothing; &lt;span style=&apos;color:{red}&apos;&gt;wrong and sure&lt;/span&gt; costs most.</source>
        <extracomment>the table&apos;s cells, [row][column] from the most confident row; columns as in the header</extracomment>
        <translation>Richtig und sicher kostet fast nichts; &lt;span style=&apos;color:{red}&apos;&gt;falsch und sicher&lt;/span&gt; kostet am meisten.</translation>
    </message>
    <message>
        <source>{property}: {value} (least squares: {least})</source>
        <translation>{property}: {value} (kleinste Quadrate: {least})</translation>
    </message>
    <message>
        <source>{right} of&amp;nbsp;{n}</source>
        <translation>{right} von&amp;nbsp;{n}</translation>
    </message>
    <message>
        <source>point {point} &lt;span style=&apos;color:{grey}&apos;&gt;(class&amp;nbsp;{label})&lt;/span&gt;&lt;br&gt;loss&amp;nbsp;{loss}&lt;br&gt;P(own class) {p}</source>
        <translation>Punkt {point} &lt;span style=&apos;color:{grey}&apos;&gt;(Klasse&amp;nbsp;{label})&lt;/span&gt;&lt;br&gt;Verlust&amp;nbsp;{loss}&lt;br&gt;P(eigene Klasse) {p}</translation>
    </message>
</context>
<context>
    <name>residual_view</name>
    <message>
        <source>residual plot</source>
        <translation>Residuendiagramm</translation>
    </message>
    <message>
        <source>residual r = y − p</source>
        <translation>Residuum r = y − p</translation>
    </message>
    <message>
        <source>my line</source>
        <translation>meine Gerade</translation>
    </message>
    <message>
        <source>current fit</source>
        <translation>aktuelle Anpassung</translation>
    </message>
</context>
<context>
    <name>reveal</name>
    <message>
        <source>Exact answer shown (dashed boundary) as soon as the solver has found it</source>
        <translation>Die exakte Lösung (gestrichelte Grenze) erscheint, sobald der Löser sie gefunden hat</translation>
    </message>
    <message>
        <source>Exact answer shown (dashed line) as soon as the solver has found it</source>
        <translation>Die exakte Lösung (gestrichelte Gerade) erscheint, sobald der Löser sie gefunden hat</translation>
    </message>
    <message>
        <source>Exact answer shown (dashed curve) as soon as the solver has found it</source>
        <translation>Die exakte Lösung (gestrichelte Kurve) erscheint, sobald der Löser sie gefunden hat</translation>
    </message>
    <message>
        <source>Exact answer revealed, the dashed boundary: {values}, {loss} = {value}</source>
        <translation>Exakte Lösung aufgedeckt, die gestrichelte Grenze: {values}, {loss} = {value}</translation>
    </message>
    <message>
        <source>Exact answer revealed, the dashed line: {values}, {loss} = {value}</source>
        <translation>Exakte Lösung aufgedeckt, die gestrichelte Gerade: {values}, {loss} = {value}</translation>
    </message>
    <message>
        <source>Exact answer revealed, the dashed curve: {values}, {loss} = {value}</source>
        <translation>Exakte Lösung aufgedeckt, die gestrichelte Kurve: {values}, {loss} = {value}</translation>
    </message>
    <message>
        <source>Largest KKT violation: {violation} (0 to rounding: exact)</source>
        <translation>Größte Verletzung der KKT-Bedingungen: {violation} (0 bis auf Rundung: exakt)</translation>
    </message>
    <message>
        <source>Exact answer hidden: E reveals it</source>
        <translation>Exakte Lösung verborgen: E deckt sie auf</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>{what}. Reset, or lower the learning rate.</source>
        <extracomment>how long a problem that needs a solve in a child process stands still before the solve starts</extracomment>
        <translation>{what}. Zurücksetzen oder die Lernrate senken.</translation>
    </message>
    <message>
        <source>Running to epoch {epoch}…</source>
        <translation>Läuft bis Epoche {epoch}…</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}</source>
        <translation>Angehalten bei Epoche {epoch}</translation>
    </message>
    <message>
        <source>The stop rule ended the run: {why}. Reset, or turn the stop rule off.</source>
        <translation>Die Abbruchregel hat den Lauf beendet: {why}. Zurücksetzen oder die Abbruchregel ausschalten.</translation>
    </message>
    <message>
        <source>Back to the start: epoch 0</source>
        <translation>Zurück zum Anfang: Epoche 0</translation>
    </message>
    <message>
        <source>Start set to {a} = {va}, {b} = {vb}</source>
        <translation>Startpunkt gesetzt auf {a} = {va}, {b} = {vb}</translation>
    </message>
    <message>
        <source>The run {what}. Lower the learning rate, then Reset.</source>
        <translation>Der Lauf: {what}. Die Lernrate senken, dann Zurücksetzen.</translation>
    </message>
    <message>
        <source>The stop rule ended the run at epoch {epoch}: {why}</source>
        <translation>Die Abbruchregel hat den Lauf bei Epoche {epoch} beendet: {why}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: {label} = {value}</source>
        <translation>Epoche {epoch}: {label} = {value}</translation>
    </message>
    <message>
        <source>Run stopped because {reason}</source>
        <translation>Lauf angehalten, weil {reason}</translation>
    </message>
    <message>
        <source>Racing gd, sgd, momentum and adam…</source>
        <translation>Wettlauf von gd, sgd, momentum und adam…</translation>
    </message>
    <message>
        <source>The race could not run: {why}</source>
        <translation>Der Wettlauf konnte nicht laufen: {why}</translation>
    </message>
    <message>
        <source>The race: gd, sgd, momentum and adam, {epochs} epochs from one start</source>
        <translation>Der Wettlauf: gd, sgd, momentum und adam, {epochs} Epochen vom selben Startpunkt</translation>
    </message>
</context>
<context>
    <name>scene_words</name>
    <message>
        <source>line p = {m}·x{c}</source>
        <extracomment>the description is rewritten at most this often (a run changes it at every frame) R² is said up to this many points (beyond, the readouts show it; a run would pay for it twice)</extracomment>
        <translation>Gerade p = {m}·x{c}</translation>
    </message>
    <message>
        <source>constant p = {c}</source>
        <translation>Konstante p = {c}</translation>
    </message>
    <message>
        <source>decision boundary {b0}{b1}·x1{b2}·x2 = 0</source>
        <translation>Entscheidungsgrenze {b0}{b1}·x1{b2}·x2 = 0</translation>
    </message>
    <message>
        <source>curve p = {c}{powers}</source>
        <translation>Kurve p = {c}{powers}</translation>
    </message>
    <message>
        <source>coefficients {values}</source>
        <translation>Koeffizienten {values}</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} Punkte</translation>
    </message>
    <message>
        <source>no points: Enter adds one at the keyboard cursor (K)</source>
        <translation>keine Punkte: Enter fügt einen am Tastaturcursor (K) hinzu</translation>
    </message>
    <message>
        <source>{count} of class {label}</source>
        <translation>{count} der Klasse {label}</translation>
    </message>
    <message>
        <source>{loss} {value} at epoch {epoch}</source>
        <translation>{loss} {value} in Epoche {epoch}</translation>
    </message>
    <message>
        <source>exact {loss} {value}</source>
        <translation>{loss} der exakten Lösung {value}</translation>
    </message>
    <message>
        <source>Fit canvas</source>
        <translation>Zeichenfläche der Anpassung</translation>
    </message>
</context>
<context>
    <name>schedule_group</name>
    <message>
        <source>Stop when J has stayed within a band of relative width tol for K epochs (max J − min J ≤ tol·max |J|): the descent has settled</source>
        <translation>Anhalten, wenn J seit K Epochen in einem Band der relativen Breite tol liegt (max J − min J ≤ tol·max |J|): der Abstieg ist zur Ruhe gekommen</translation>
    </message>
    <message>
        <source>Stop when the gradient&apos;s norm ‖∇J‖ falls to this: the ground is flat, the steps go nowhere</source>
        <translation>Anhalten, wenn die Norm des Gradienten ‖∇J‖ auf diesen Wert fällt: der Boden ist flach, die Schritte führen nirgendwohin</translation>
    </message>
    <message>
        <source>Rate and stop</source>
        <translation>Lernrate und Stopp</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch: a decaying rate lets MAE&apos;s zig-zag settle</source>
        <translation>Wie sich die Lernrate von Epoche zu Epoche ändert: eine abklingende Lernrate lässt das Zickzack von MAE zur Ruhe kommen</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>Lernratenplan</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>factor F</source>
        <translation>Faktor F</translation>
    </message>
    <message>
        <source>every K epochs</source>
        <translation>alle K Epochen</translation>
    </message>
    <message>
        <source>half-life τ</source>
        <translation>Halbwertszeit τ</translation>
    </message>
    <message>
        <source>decay γ</source>
        <translation>Zerfall γ</translation>
    </message>
    <message>
        <source>The rate of epoch t + 1 (t: the epochs already run)</source>
        <translation>Die Lernrate der Epoche t + 1 (t: die schon gelaufenen Epochen)</translation>
    </message>
    <message>
        <source>stop when J settles</source>
        <translation>Stopp, wenn J ruht</translation>
    </message>
    <message>
        <source>relative tolerance</source>
        <translation>relative Toleranz</translation>
    </message>
    <message>
        <source>over K epochs</source>
        <translation>über K Epochen</translation>
    </message>
    <message>
        <source>stop when ‖∇J‖ ≤</source>
        <translation>Stopp, wenn ‖∇J‖ ≤</translation>
    </message>
    <message>
        <source>gradient-norm threshold</source>
        <translation>Schwelle der Gradientennorm</translation>
    </message>
</context>
<context>
    <name>score_bar</name>
    <message>
        <source>score bar</source>
        <translation>Vergleichsbalken</translation>
    </message>
    <message>
        <source>my {loss} {mine}, best {loss} {best}</source>
        <translation>mein {loss} {mine}, bester {loss} {best}</translation>
    </message>
    <message>
        <source>my {loss}</source>
        <translation>mein {loss}</translation>
    </message>
    <message>
        <source>best {loss}</source>
        <translation>bester {loss}</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>{name}: no such file</source>
        <extracomment>my line (issue 16): {&quot;model&quot;, &quot;coefficients&quot;, &quot;shown&quot;}; None in sessions from before it numbers formatted at once by `write_session_in_pieces`: another thread waits at most for one piece</extracomment>
        <translation>{name}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({why})</source>
        <translation>{name}: kann nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <source>{name}: not a lossexplorer session (not UTF-8 text)</source>
        <translation>{name}: keine lossexplorer-Sitzung (kein UTF-8-Text)</translation>
    </message>
    <message>
        <source>{name}, line {line}, column {column}: damaged session ({why})</source>
        <translation>{name}, Zeile {line}, Spalte {column}: beschädigte Sitzung ({why})</translation>
    </message>
    <message>
        <source>{name}: not a lossexplorer session</source>
        <translation>{name}: keine lossexplorer-Sitzung</translation>
    </message>
    <message>
        <source>{name}: damaged session (format version {version})</source>
        <translation>{name}: beschädigte Sitzung (Formatversion {version})</translation>
    </message>
    <message>
        <source>{name}: written by a newer lossexplorer (format {version}; this one reads up to {newest})</source>
        <translation>{name}: von einem neueren lossexplorer geschrieben (Format {version}; dieser liest bis {newest})</translation>
    </message>
    <message>
        <source>{name}: damaged session ({why})</source>
        <translation>{name}: beschädigte Sitzung ({why})</translation>
    </message>
    <message>
        <source>{name}: damaged session ({where} must be a list of numbers)</source>
        <translation>{name}: beschädigte Sitzung ({where} muss eine Liste von Zahlen sein)</translation>
    </message>
    <message>
        <source>{name}: damaged session ({where}[{i}] is {value}, not a finite number)</source>
        <translation>{name}: beschädigte Sitzung ({where}[{i}] ist {value}, keine endliche Zahl)</translation>
    </message>
    <message>
        <source>{name}: damaged session (no points)</source>
        <translation>{name}: beschädigte Sitzung (keine Punkte)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.x has {nx} values, points.y {ny})</source>
        <translation>{name}: beschädigte Sitzung (points.x hat {nx} Werte, points.y {ny})</translation>
    </message>
    <message>
        <source>{name}: damaged session (mode {mode} with the model {model})</source>
        <translation>{name}: beschädigte Sitzung (Modus {mode} mit dem Modell {model})</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.labels has {nl} values, points.x {nx})</source>
        <translation>{name}: beschädigte Sitzung (points.labels hat {nl} Werte, points.x {nx})</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.labels[{i}] is {value}, not 0 or 1)</source>
        <translation>{name}: beschädigte Sitzung (points.labels[{i}] ist {value}, nicht 0 oder 1)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.labels[{i}] is {value}, not a whole number 0 … {top} ({model}))</source>
        <translation>{name}: beschädigte Sitzung (points.labels[{i}] ist {value}, keine ganze Zahl 0 … {top} ({model}))</translation>
    </message>
    <message>
        <source>{name}: damaged session ({where} has {n} values; {model} needs {k})</source>
        <translation>{name}: beschädigte Sitzung ({where} hat {n} Werte; {model} braucht {k})</translation>
    </message>
    <message>
        <source>{name}: damaged session (view must be an object)</source>
        <translation>{name}: beschädigte Sitzung (view muss ein Objekt sein)</translation>
    </message>
    <message>
        <source>{name}: damaged session (view.overlays must map names to true or false)</source>
        <translation>{name}: beschädigte Sitzung (view.overlays muss Namen true oder false zuordnen)</translation>
    </message>
    <message>
        <source>{name}: damaged session (view.range must be a list of 4 numbers)</source>
        <translation>{name}: beschädigte Sitzung (view.range muss eine Liste von 4 Zahlen sein)</translation>
    </message>
    <message>
        <source>its view range could not be shown, so the view frames the points</source>
        <translation>ihr Ansichtsbereich ließ sich nicht darstellen, daher zeigt die Ansicht alle Punkte</translation>
    </message>
    <message>
        <source>{name}: damaged session (my_line needs a model name and shown true or false)</source>
        <translation>{name}: beschädigte Sitzung (my_line braucht einen Modellnamen und shown true oder false)</translation>
    </message>
    <message>
        <source>{name}: damaged session (my_line: {why})</source>
        <translation>{name}: beschädigte Sitzung (my_line: {why})</translation>
    </message>
    <message>
        <source>{name}: damaged session (my_line has {n} coefficients; {model} needs {k})</source>
        <translation>{name}: beschädigte Sitzung (my_line hat {n} Koeffizienten; {model} braucht {k})</translation>
    </message>
    <message>
        <source>{name}: damaged session (my_line has coefficients but no model)</source>
        <translation>{name}: beschädigte Sitzung (my_line hat Koeffizienten, aber kein Modell)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.held must be a list of point indices)</source>
        <translation>{name}: beschädigte Sitzung (points.held muss eine Liste von Punktindizes sein)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.held[{k}] is {i}, twice)</source>
        <translation>{name}: beschädigte Sitzung (points.held[{k}] ist {i}, zum zweiten Mal)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.held[{k}] is {i}, not one of the {n} points)</source>
        <translation>{name}: beschädigte Sitzung (points.held[{k}] ist {i}, keiner der {n} Punkte)</translation>
    </message>
    <message>
        <source>{name}: damaged session (pins must be a list)</source>
        <translation>{name}: beschädigte Sitzung (pins muss eine Liste sein)</translation>
    </message>
    <message>
        <source>kept the first {kept} of its {count} pins (the window holds {kept})</source>
        <translation>die ersten {kept} ihrer {count} angehefteten Anpassungen behalten (das Fenster fasst {kept})</translation>
    </message>
    <message>
        <source>{name}: damaged session (pin {pin} needs a label and a colour)</source>
        <translation>{name}: beschädigte Sitzung (angeheftete Anpassung {pin} braucht eine Beschriftung und eine Farbe)</translation>
    </message>
    <message>
        <source>{name}: damaged session (pin {pin}: {why})</source>
        <translation>{name}: beschädigte Sitzung (angeheftete Anpassung {pin}: {why})</translation>
    </message>
    <message>
        <source>{name}: damaged session (pin {pin} has {n} coefficients)</source>
        <translation>{name}: beschädigte Sitzung (angeheftete Anpassung {pin} hat {n} Koeffizienten)</translation>
    </message>
    <message>
        <source>pin {pin}&apos;s label was shortened or had control characters replaced</source>
        <translation>die Beschriftung der angehefteten Anpassung {pin} wurde gekürzt oder enthielt ersetzte Steuerzeichen</translation>
    </message>
    <message>
        <source>{name}: damaged session (no settings)</source>
        <translation>{name}: beschädigte Sitzung (keine Einstellungen)</translation>
    </message>
    <message>
        <source>{name}: damaged session (setting {setting} is {value})</source>
        <translation>{name}: beschädigte Sitzung (Einstellung {setting} ist {value})</translation>
    </message>
</context>
<context>
    <name>shape_views</name>
    <message>
        <source>the loss ℓ(e)</source>
        <extracomment>the losses drawn faintly beside the chosen one: the menus&apos; losses of each task that average over the points (a sum&apos;s curve is the mean&apos;s) and are drawn against the same variable: the error (not Poisson&apos;s f), the margin (not the cross-entropy&apos;s p̂ of K classes) the classification losses compared against the margin, and the 0-1 loss for reference the pens of the losses compared with the chosen one (a thick vermillion line), in the order of each task&apos;s list: the palette&apos;s strong colours at full strength, thinner, and each its own dashes, so that two never read alike on a projector the margin axis runs over [−MARGIN_REACH, MARGIN_REACH] at least, widened to show the ticks but never beyond ±MARGIN_LIMIT (one far point must not squash the curves) (value plot, slope plot, x axis, slope axis), translated where they are shown</extracomment>
        <translation>Verlust ℓ(e)</translation>
    </message>
    <message>
        <source>its slope dℓ/de: how hard a point pulls</source>
        <translation>seine Steigung dℓ/de: wie stark ein Punkt zieht</translation>
    </message>
    <message>
        <source>error e = p − y</source>
        <translation>Fehler e = p − y</translation>
    </message>
    <message>
        <source>the loss ℓ(m) against the margin m = t·z</source>
        <translation>Verlust ℓ(m) über der Margin m = t·z</translation>
    </message>
    <message>
        <source>its slope dℓ/dm: how hard a point pulls</source>
        <translation>seine Steigung dℓ/dm: wie stark ein Punkt zieht</translation>
    </message>
    <message>
        <source>margin t·z</source>
        <translation>Margin t·z</translation>
    </message>
    <message>
        <source>the loss ℓ(p) against p, the probability given to the true class</source>
        <translation>Verlust ℓ(p) über p, der Wahrscheinlichkeit der wahren Klasse</translation>
    </message>
    <message>
        <source>its slope dℓ/dp: how hard a point pulls</source>
        <translation>seine Steigung dℓ/dp: wie stark ein Punkt zieht</translation>
    </message>
    <message>
        <source>probability p of the true class</source>
        <translation>Wahrscheinlichkeit p der wahren Klasse</translation>
    </message>
    <message>
        <source>boundary m = 0</source>
        <extracomment>p̂ runs over [P_LOW, 1]: −log p̂ grows without end toward 0 the widest error axis drawn: ℓ(e) = e² of a wider one overflows the plot&apos;s range whether the view now shows the classification (margin) curves the decision boundary m = 0 and hinge&apos;s margin m = 1, one line in each plot</extracomment>
        <translation>Grenze m = 0</translation>
    </message>
    <message>
        <source>margin m = 1</source>
        <translation>Margin m = 1</translation>
    </message>
    <message>
        <source>−log p (no smoothing)</source>
        <translation>−log p (ohne Glättung)</translation>
    </message>
    <message>
        <source>0-1 loss</source>
        <translation>0-1-Verlust</translation>
    </message>
    <message>
        <source>the chosen loss</source>
        <translation>gewählter Verlust</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;{beyond} of {count} points&lt;/span&gt; sit in the linear part (|e| &amp;gt; {symbol} = {edge}): they pull with the constant force {symbol}.</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;{beyond} von {count} Punkten&lt;/span&gt; liegen im linearen Teil (|e| &amp;gt; {symbol} = {edge}): Sie ziehen mit der konstanten Kraft {symbol}.</translation>
    </message>
    <message>
        <source>Top: what one point costs when the line misses it by e. Bottom: how hard that point pulls the line (the slope). The ticks on the e axis are the points&apos; errors now.</source>
        <translation>Oben: was ein Punkt kostet, wenn die Gerade ihn um e verfehlt. Unten: wie stark dieser Punkt an der Geraden zieht (die Steigung). Die Striche auf der e-Achse sind die aktuellen Fehler der Punkte.</translation>
    </message>
    <message>
        <source>dℓ/de for {loss}</source>
        <translation>dℓ/de für {loss}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;{wrong} of {count} points&lt;/span&gt; are misclassified (m &amp;lt; 0).</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;{wrong} von {count} Punkten&lt;/span&gt; sind falsch klassifiziert (m &amp;lt; 0).</translation>
    </message>
    <message>
        <source>{pulling} lie inside the margin (m &amp;lt; 1) and pull; the rest pull with no force.</source>
        <translation>{pulling} liegen innerhalb der Margin (m &amp;lt; 1) und ziehen; die übrigen ziehen mit keiner Kraft.</translation>
    </message>
    <message>
        <source>{outside} lie beyond the drawn range (|m| &amp;gt; {limit}).</source>
        <translation>{outside} liegen außerhalb des gezeichneten Bereichs (|m| &amp;gt; {limit}).</translation>
    </message>
    <message>
        <source>Top: what one point costs; bottom: how hard it pulls the boundary. A point on its own class&apos;s side has a positive margin m, and the further inside, the larger.</source>
        <translation>Oben: was ein Punkt kostet; unten: wie stark er an der Entscheidungsgrenze zieht. Ein Punkt auf der Seite seiner eigenen Klasse hat eine positive Margin m, und je tiefer er darin liegt, desto größer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{loss}&lt;/b&gt;: ℓ(m) = {formula}, margin m = t·z, t = 2y − 1 = ±1.</source>
        <translation>&lt;b&gt;{loss}&lt;/b&gt;: ℓ(m) = {formula}, Margin m = t·z, t = 2y − 1 = ±1.</translation>
    </message>
    <message>
        <source>The ticks are the current margins (m &amp;gt; 0: the right side of the boundary). Grey step: the 0-1 loss, the error count; its slope is 0 wherever it exists, nothing for gradient descent to follow.</source>
        <translation>Die Striche sind die aktuellen Margins (m &amp;gt; 0: die richtige Seite der Entscheidungsgrenze). Graue Stufe: der 0-1-Verlust, die Anzahl der Fehler; seine Steigung ist überall, wo sie existiert, 0, das Gradientenverfahren hat also nichts, dem es folgen kann.</translation>
    </message>
    <message>
        <source>the loss ℓ against the {axis}</source>
        <translation>Verlust ℓ über {axis}</translation>
    </message>
    <message>
        <source>its slope dℓ/d{variable}: how hard a point pulls</source>
        <translation>seine Steigung dℓ/d{variable}: wie stark ein Punkt zieht</translation>
    </message>
    <message>
        <source>least at p = {p}</source>
        <translation>Minimum bei p = {p}</translation>
    </message>
    <message>
        <source>With K = {classes} classes a point is surely right at p = 1 and given up at p → 0, where −log p grows without end.</source>
        <translation>Bei K = {classes} Klassen ist ein Punkt bei p = 1 sicher richtig und bei p → 0 aufgegeben, wo −log p unbeschränkt wächst.</translation>
    </message>
    <message>
        <source>Label smoothing ε = {smoothing} trains on the targets (1 − ε)·y + ε/K: the loss is least at p = 1 − ε + ε/K = {best}, and a surer prediction costs more again: no point is worth being sure of, so the weights stay finite.</source>
        <translation>Label Smoothing mit ε = {smoothing} trainiert auf die Zielwerte (1 − ε)·y + ε/K: Der Verlust ist bei p = 1 − ε + ε/K = {best} am kleinsten, und eine noch sicherere Vorhersage kostet wieder mehr: Bei keinem Punkt lohnt sich volle Sicherheit, also bleiben die Gewichte endlich.</translation>
    </message>
    <message>
        <source>The ticks are the points&apos; p now; &lt;span style=&apos;color:{colour}&apos;&gt;{low} of {count}&lt;/span&gt; get less than 1/K = {share}.</source>
        <translation>Die Striche sind die aktuellen p der Punkte; &lt;span style=&apos;color:{colour}&apos;&gt;{low} von {count}&lt;/span&gt; erhalten weniger als 1/K = {share}.</translation>
    </message>
    <message>
        <source>ℓ is least where the predicted mean exp(f) equals the count.</source>
        <translation>ℓ ist am kleinsten, wo der vorhergesagte Mittelwert exp(f) gleich dem Zählwert ist.</translation>
    </message>
    <message>
        <source>Top: what one point costs; bottom: how hard it pulls (the slope, {slope}).</source>
        <translation>Oben: was ein Punkt kostet; unten: wie stark er zieht (die Steigung, {slope}).</translation>
    </message>
    <message>
        <source>{loss}: slope {formula}</source>
        <translation>{loss}: Steigung {formula}</translation>
    </message>
    <message>
        <source>residual r = y − p</source>
        <translation>Residuum r = y − p</translation>
    </message>
    <message>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>P(Y = y) under Poisson(exp(f(x)))</source>
        <translation>P(Y = y) unter Poisson(exp(f(x)))</translation>
    </message>
    <message>
        <source>Add points (counts y ≥ 0) to see the probability the fit gives each.</source>
        <translation>Fügen Sie Punkte hinzu (Zählwerte y ≥ 0), um zu sehen, welche Wahrscheinlichkeit die Anpassung jedem gibt.</translation>
    </message>
    <message>
        <source>Each bar is the probability the fit gives the count seen at that x; the curve the probability of the most likely count there, as high as a bar can reach.</source>
        <translation>Jeder Balken ist die Wahrscheinlichkeit, die die Anpassung dem an dieser Stelle x beobachteten Zählwert gibt; die Kurve die Wahrscheinlichkeit des dort wahrscheinlichsten Zählwerts, also die größtmögliche Balkenhöhe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Poisson counts&lt;/b&gt;: y ~ Poisson(exp(f(x))).</source>
        <translation>&lt;b&gt;Poisson-verteilte Zählwerte&lt;/b&gt;: y ~ Poisson(exp(f(x))).</translation>
    </message>
    <message>
        <source>Negative log-likelihood of the counts: &lt;b&gt;{nll}&lt;/b&gt; = Σℓ + Σ log y! = {sum} + {constant}; the loss J = {objective} (the mean of ℓ = exp(f) − y·f, without log y!, so it can be negative). Minimising one minimises the other.</source>
        <translation>Negative Log-Likelihood der Zählwerte: &lt;b&gt;{nll}&lt;/b&gt; = Σℓ + Σ log y! = {sum} + {constant}; der Verlust J = {objective} (der Mittelwert von ℓ = exp(f) − y·f, ohne log y!, daher kann er negativ sein). Wer das eine minimiert, minimiert auch das andere.</translation>
    </message>
    <message>
        <source>The residuals reach {largest}: too large to fit a noise to (their squares overflow).</source>
        <translation>Die Residuen erreichen {largest}: zu groß, um ein Rauschmodell anzupassen (ihre Quadrate laufen über).</translation>
    </message>
    <message>
        <source>Add at least two points to see their residuals.</source>
        <translation>Fügen Sie mindestens zwei Punkte hinzu, um ihre Residuen zu sehen.</translation>
    </message>
    <message>
        <source>The bars are how far the points lie from the fit; the curve is the spread of errors this loss expects (for MSE the bell-shaped Gaussian).</source>
        <translation>Die Balken zeigen, wie weit die Punkte von der Anpassung entfernt liegen; die Kurve ist die Streuung der Fehler, die diese Verlustfunktion erwartet (beim MSE die glockenförmige Normalverteilung).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{noise} noise&lt;/b&gt;, fitted by maximum likelihood ({scale}).</source>
        <translation>&lt;b&gt;Rauschen: {noise}&lt;/b&gt;, nach der Maximum-Likelihood-Methode angepasst ({scale}).</translation>
    </message>
    <message>
        <source>Negative log-likelihood of the residuals: &lt;b&gt;{nll}&lt;/b&gt; = Σℓ/τ + n·log Z(τ); the loss J = {objective}. Minimising one minimises the other.</source>
        <translation>Negative Log-Likelihood der Residuen: &lt;b&gt;{nll}&lt;/b&gt; = Σℓ/τ + n·log Z(τ); der Verlust J = {objective}. Wer das eine minimiert, minimiert auch das andere.</translation>
    </message>
</context>
<context>
    <name>simulate_cli</name>
    <message>
        <source>Hang a bar from springs on the points, let it go from the horizontal at the mean of y, and print where it comes to rest. Spring i stores (k/2)·ℓ(e_i), so with k = 2 and squared error the springs&apos; energy is the SSE.</source>
        <translation>Hängt einen Stab an Federn zu den Punkten auf, lässt ihn waagerecht auf der Höhe des Mittelwerts von y los und gibt aus, wo er zur Ruhe kommt. Feder i speichert (k/2)·ℓ(e_i); mit k = 2 und quadratischem Fehler ist die Energie der Federn also die Residuenquadratsumme (SSE).</translation>
    </message>
    <message>
        <source>drag per point, b ≥ 0</source>
        <translation>Dämpfung je Punkt, b ≥ 0</translation>
    </message>
    <message>
        <source>the bar&apos;s mass per point</source>
        <translation>die Masse des Stabs je Punkt</translation>
    </message>
    <message>
        <source>spring constant k</source>
        <translation>Federkonstante k</translation>
    </message>
    <message>
        <source>seconds to run</source>
        <translation>Laufzeit in Sekunden</translation>
    </message>
    <message>
        <source>energy samples, 2 to 1000</source>
        <translation>Energie-Messpunkte, 2 bis 1000</translation>
    </message>
    <message>
        <source>the bar came to rest</source>
        <translation>der Stab ist zur Ruhe gekommen</translation>
    </message>
    <message>
        <source>the bar is still moving after {time} s (try a longer --time or more --damping)</source>
        <translation>der Stab bewegt sich nach {time} s noch (längere --time oder mehr --damping versuchen)</translation>
    </message>
</context>
<context>
    <name>split_actions</name>
    <message>
        <source>Hold out {share}</source>
        <translation>{share} zurückhalten</translation>
    </message>
    <message>
        <source>Hold out a random {share} of the points (hollow): J and the gradient leave them out, the readouts and the loss curve show J on them too; again draws other points</source>
        <translation>Zufällig {share} der Punkte zurückhalten (hohl): J und der Gradient lassen sie aus, die Anzeigen und die Verlustkurve zeigen auch J auf ihnen; nochmals zieht andere Punkte</translation>
    </message>
    <message>
        <source>Hold out none</source>
        <translation>Keine zurückhalten</translation>
    </message>
    <message>
        <source>Every point back in J: no held-out points</source>
        <translation>Alle Punkte wieder in J: keine zurückgehaltenen Punkte</translation>
    </message>
    <message>
        <source>Hold out the selected point</source>
        <translation>Ausgewählten Punkt zurückhalten</translation>
    </message>
    <message>
        <source>Hold the selected point out of J, or take it back (T)</source>
        <translation>Den ausgewählten Punkt aus J herausnehmen oder zurückholen (T)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>Train on point {n}</source>
        <translation>Mit Punkt {n} trainieren</translation>
    </message>
    <message>
        <source>Hold out point {n}</source>
        <translation>Punkt {n} zurückhalten</translation>
    </message>
    <message>
        <source>Remove point {n}</source>
        <translation>Punkt {n} entfernen</translation>
    </message>
</context>
<context>
    <name>teacher_guide</name>
    <message>
        <source>Teacher guide</source>
        <translation>Leitfaden für Lehrkräfte</translation>
    </message>
    <message>
        <source>lossexplorer shows what a loss function is and how gradient descent finds its minimum. This guide gives a lesson plan for each view: &lt;b&gt;what to click&lt;/b&gt;, &lt;b&gt;what to ask the class&lt;/b&gt;, and &lt;b&gt;what to point at&lt;/b&gt;. Every step works with the keyboard, so you can teach from the front with a wireless keyboard or a clicker.</source>
        <translation>lossexplorer zeigt, was eine Verlustfunktion ist und wie das Gradientenverfahren ihr Minimum findet. Dieser Leitfaden bietet für jede Ansicht einen Stundenentwurf: &lt;b&gt;was Sie anklicken&lt;/b&gt;, &lt;b&gt;was Sie die Klasse fragen&lt;/b&gt; und &lt;b&gt;worauf Sie zeigen&lt;/b&gt;. Jeder Schritt geht auch mit der Tastatur, sodass Sie vorn mit einer Funktastatur oder einem Presenter unterrichten können.</translation>
    </message>
    <message>
        <source>Before the class</source>
        <translation>Vor der Stunde</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;F5&lt;/b&gt; for projector mode: larger text, thicker lines, the side panels in one column of tabs.</source>
        <translation>&lt;b&gt;F5&lt;/b&gt; schaltet den Projektormodus ein: größere Schrift, dickere Linien, die Seitenleisten als eine Spalte mit Reitern.</translation>
    </message>
    <message>
        <source>The app opens on the preset &lt;i&gt;noisy-line&lt;/i&gt;: ten points near the line y = x. Each preset sets a learning rate, a number of epochs and a speed under which the descent takes about five seconds to reach the answer; the status bar at the bottom says what was chosen.</source>
        <translation>Das Programm startet mit den Beispieldaten &lt;i&gt;noisy-line&lt;/i&gt;: zehn Punkte nahe der Geraden y = x. Alle Beispieldaten bringen eine Lernrate, eine Zahl von Epochen und ein Tempo mit, bei denen der Abstieg etwa fünf Sekunden bis zur Lösung braucht; die Statusleiste unten sagt, was gewählt wurde.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;exact answer&lt;/b&gt; (the dashed line) is hidden until you press &lt;b&gt;E&lt;/b&gt;, so the class can guess first.</source>
        <translation>Die &lt;b&gt;exakte Lösung&lt;/b&gt; (die gestrichelte Gerade) bleibt verborgen, bis Sie &lt;b&gt;E&lt;/b&gt; drücken, damit die Klasse erst raten kann.</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → New lesson&lt;/b&gt; (Ctrl+N) starts again from the first preset. Save a prepared lesson with Ctrl+S and open it in class with Ctrl+O: its points, settings and pinned fits come back.</source>
        <translation>&lt;b&gt;Datei → Neue Lektion&lt;/b&gt; (Ctrl+N) beginnt wieder mit den ersten Beispieldaten. Speichern Sie eine vorbereitete Lektion mit Ctrl+S und öffnen Sie sie im Unterricht mit Ctrl+O: Punkte, Einstellungen und angeheftete Anpassungen kommen zurück.</translation>
    </message>
    <message>
        <source>The keys you will use most</source>
        <translation>Die wichtigsten Tasten</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>what it does</source>
        <translation>was sie tut</translation>
    </message>
    <message>
        <source>run the descent, or pause it</source>
        <translation>den Abstieg starten oder anhalten</translation>
    </message>
    <message>
        <source>one epoch (one step of gradient descent over all the points)</source>
        <translation>eine Epoche (ein Schritt des Gradientenverfahrens über alle Punkte)</translation>
    </message>
    <message>
        <source>back to the start: the flat line β = 0, epoch 0</source>
        <translation>zurück zum Anfang: die waagerechte Gerade β = 0, Epoche 0</translation>
    </message>
    <message>
        <source>pick a loss: 1 MSE, 4 MAE, 6 Huber (the Loss menu lists them all)</source>
        <translation>Verlustfunktion wählen: 1 MSE, 4 MAE, 6 Huber (das Menü Verlust listet alle)</translation>
    </message>
    <message>
        <source>pin the current fit, to compare it with the next one</source>
        <translation>die aktuelle Anpassung anheften, um sie mit der nächsten zu vergleichen</translation>
    </message>
    <message>
        <source>reveal the exact answer, or hide it again</source>
        <translation>die exakte Lösung zeigen oder wieder verbergen</translation>
    </message>
    <message>
        <source>undo the last change of the points or settings</source>
        <translation>die letzte Änderung an Punkten oder Einstellungen rückgängig machen</translation>
    </message>
    <message>
        <source>projector mode</source>
        <translation>Projektormodus</translation>
    </message>
    <message>
        <source>every shortcut</source>
        <translation>alle Tastenkürzel</translation>
    </message>
    <message>
        <source>Fit: the line, the points and the squares (10 minutes)</source>
        <translation>Anpassung: die Gerade, die Punkte und die Quadrate (10 Minuten)</translation>
    </message>
    <message>
        <source>The canvas shows the points, the current line (red), and one square per point: its side is the distance from the point to the line (the &lt;i&gt;residual&lt;/i&gt;), so its area is the squared error. The total red area is the &lt;b&gt;RSS&lt;/b&gt;, the sum of squared errors.</source>
        <translation>Die Zeichenfläche zeigt die Punkte, die aktuelle Gerade (rot) und ein Quadrat je Punkt: Seine Seite ist der Abstand des Punktes zur Geraden (das &lt;i&gt;Residuum&lt;/i&gt;), seine Fläche also der quadrierte Fehler. Die gesamte rote Fläche ist die &lt;b&gt;RSS&lt;/b&gt;, die Residuenquadratsumme.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ask:&lt;/b&gt; &quot;Where would you draw the best line?&quot; Let someone come up and point. Press &lt;b&gt;E&lt;/b&gt; to reveal the exact answer (dashed), then &lt;b&gt;E&lt;/b&gt; again to hide it.</source>
        <translation>&lt;b&gt;Fragen Sie:&lt;/b&gt; „Wo würdet ihr die beste Gerade zeichnen?“ Lassen Sie jemanden nach vorn kommen und zeigen. &lt;b&gt;E&lt;/b&gt; zeigt die exakte Lösung (gestrichelt), &lt;b&gt;E&lt;/b&gt; noch einmal verbirgt sie.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Point at&lt;/b&gt; the red squares shrinking as the line turns and slides into place, and at the loss curve on the right falling. &lt;b&gt;Ask:&lt;/b&gt; &quot;Why does it slow down near the end?&quot; (The slope of J gets smaller near the bottom, and each step is the learning rate times that slope.)</source>
        <translation>Drücken Sie die &lt;b&gt;Leertaste&lt;/b&gt;. &lt;b&gt;Zeigen Sie auf&lt;/b&gt; die roten Quadrate, die schrumpfen, während sich die Gerade dreht und an ihren Platz gleitet, und auf die fallende Verlustkurve rechts. &lt;b&gt;Fragen Sie:&lt;/b&gt; „Warum wird es gegen Ende langsamer?“ (Die Steigung von J wird nahe dem Minimum kleiner, und jeder Schritt ist Lernrate mal Steigung.)</translation>
    </message>
    <message>
        <source>When it stops, the status bar says how close J is to the exact answer&apos;s J. Near the bottom J is nearly flat, so the last stretch is slow: press &lt;b&gt;Space&lt;/b&gt; again to settle the line onto the answer, then &lt;b&gt;E&lt;/b&gt; to reveal the dashed exact answer under it. &lt;b&gt;Point at&lt;/b&gt; the least-squares checklist: all five ticks appear once the line is on the answer.</source>
        <translation>Wenn er anhält, sagt die Statusleiste, wie nah J am J der exakten Lösung ist. Nahe dem Minimum ist J fast flach, deshalb ist das letzte Stück langsam: Drücken Sie noch einmal die &lt;b&gt;Leertaste&lt;/b&gt;, damit die Gerade auf der Lösung zur Ruhe kommt, dann &lt;b&gt;E&lt;/b&gt;, um die gestrichelte exakte Lösung darunter zu zeigen. &lt;b&gt;Zeigen Sie auf&lt;/b&gt; die Checkliste der kleinsten Quadrate: Alle fünf Häkchen erscheinen, sobald die Gerade auf der Lösung liegt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; an empty spot far above the line to add an &lt;b&gt;outlier&lt;/b&gt;. The descent starts again from where it was. &lt;b&gt;Ask:&lt;/b&gt; &quot;How much will one point move the line?&quot; Press &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Point at&lt;/b&gt; the outlier&apos;s huge square: squaring makes a far point count a lot.</source>
        <translation>&lt;b&gt;Klicken Sie&lt;/b&gt; auf eine leere Stelle weit über der Geraden, um einen &lt;b&gt;Ausreißer&lt;/b&gt; hinzuzufügen. Der Abstieg beginnt erneut, dort, wo er war. &lt;b&gt;Fragen Sie:&lt;/b&gt; „Wie weit verschiebt ein einziger Punkt die Gerade?“ Drücken Sie die &lt;b&gt;Leertaste&lt;/b&gt;. &lt;b&gt;Zeigen Sie auf&lt;/b&gt; das riesige Quadrat des Ausreißers: Durch das Quadrieren zählt ein ferner Punkt sehr viel.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;P&lt;/b&gt; to pin this MSE fit. Press &lt;b&gt;4&lt;/b&gt; (MAE) and &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Ask:&lt;/b&gt; &quot;Why did MAE move less?&quot; (Every point pulls with the same force, however far away it is.) Press &lt;b&gt;6&lt;/b&gt; (Huber) and &lt;b&gt;Space&lt;/b&gt;: in between. The pinned lines stay for comparison.</source>
        <translation>Drücken Sie &lt;b&gt;P&lt;/b&gt;, um diese MSE-Anpassung anzuheften. Drücken Sie &lt;b&gt;4&lt;/b&gt; (MAE) und die &lt;b&gt;Leertaste&lt;/b&gt;. &lt;b&gt;Fragen Sie:&lt;/b&gt; „Warum hat sich MAE weniger bewegt?“ (Jeder Punkt zieht mit derselben Kraft, egal wie weit er entfernt ist.) Drücken Sie &lt;b&gt;6&lt;/b&gt; (Huber) und die &lt;b&gt;Leertaste&lt;/b&gt;: dazwischen. Die angehefteten Geraden bleiben zum Vergleich.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point at&lt;/b&gt; the readouts on the right: J, RSS, R² (the share of the spread the line explains) and Pearson&apos;s r. The checklist of least-squares properties is all ticked for MSE, and not for MAE or Huber.</source>
        <translation>&lt;b&gt;Zeigen Sie auf&lt;/b&gt; die Anzeigen rechts: J, RSS, R² (der Anteil der Streuung, den die Gerade erklärt) und Pearsons r. Die Checkliste der Eigenschaften der kleinsten Quadrate ist bei MSE ganz abgehakt, bei MAE oder Huber nicht.</translation>
    </message>
    <message>
        <source>&lt;i&gt;If MAE stops short of the answer&lt;/i&gt;, the status bar says so and why: MAE&apos;s slope has the same size however close the line is, so each step overshoots. A smaller learning rate, or Adam, gets closer.</source>
        <translation>&lt;i&gt;Wenn MAE vor der Lösung stehen bleibt&lt;/i&gt;, sagt die Statusleiste das und warum: Die Steigung von MAE ist gleich groß, egal wie nah die Gerade ist, deshalb schießt jeder Schritt über das Ziel hinaus. Eine kleinere Lernrate oder Adam kommt näher heran.</translation>
    </message>
    <message>
        <source>Landscape: J as a surface, and the way down (5 minutes)</source>
        <translation>Landschaft: J als Fläche und der Weg hinab (5 Minuten)</translation>
    </message>
    <message>
        <source>The map shows J for every line: across, the intercept c; up, the slope m. Dark is low J (the colour bar on the right gives the values). The star is the exact minimum; the red dots are the descent, one per epoch.</source>
        <translation>Die Karte zeigt J für jede Gerade: nach rechts der Achsenabschnitt c, nach oben die Steigung m. Dunkel heißt kleines J (die Farbskala rechts gibt die Werte an). Der Stern ist das exakte Minimum; die roten Punkte sind der Abstieg, einer je Epoche.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ask:&lt;/b&gt; &quot;Where on this map is the best line?&quot; (At the bottom of the valley: the star.)</source>
        <translation>&lt;b&gt;Fragen Sie:&lt;/b&gt; „Wo auf dieser Karte liegt die beste Gerade?“ (Am Grund des Tals: der Stern.)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; anywhere on the map: the descent starts there and runs. &lt;b&gt;Point at&lt;/b&gt; how it goes straight down the steep sides first, then along the valley floor.</source>
        <translation>&lt;b&gt;Klicken Sie&lt;/b&gt; irgendwo auf die Karte: Der Abstieg beginnt dort und läuft los. &lt;b&gt;Zeigen Sie&lt;/b&gt;, wie er zuerst die steilen Hänge gerade hinabgeht und dann am Talboden entlang.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Race optimizers&lt;/b&gt;: gradient descent, stochastic gradient descent, momentum and Adam start from the same point and move epoch by epoch together. The line above the map says who gets within 1% of the exact J first. &lt;b&gt;Ask:&lt;/b&gt; &quot;Why does momentum overshoot and swing back?&quot;</source>
        <translation>Drücken Sie &lt;b&gt;Optimierer-Wettlauf&lt;/b&gt;: Gradientenverfahren, stochastisches Gradientenverfahren, Momentum und Adam starten am selben Punkt und laufen Epoche für Epoche gemeinsam. Die Zeile über der Karte sagt, wer zuerst auf 1 % an das exakte J herankommt. &lt;b&gt;Fragen Sie:&lt;/b&gt; „Warum schießt Momentum über das Ziel hinaus und schwingt zurück?“</translation>
    </message>
    <message>
        <source>Loss shape: why each loss behaves as it does (3 minutes)</source>
        <translation>Verlustform: warum sich jede Verlustfunktion so verhält (3 Minuten)</translation>
    </message>
    <message>
        <source>The top plot is the loss of one point against its error e; the bottom plot is its slope, the force with which the point pulls the line. The ticks on the e axis are the current errors.</source>
        <translation>Das obere Diagramm zeigt den Verlust eines Punktes über seinem Fehler e; das untere seine Steigung, die Kraft, mit der der Punkt an der Geraden zieht. Die Striche auf der e-Achse sind die aktuellen Fehler.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;1&lt;/b&gt; (MSE): &lt;b&gt;point at&lt;/b&gt; the parabola and its straight, rising slope: a far point pulls hard.</source>
        <translation>Drücken Sie &lt;b&gt;1&lt;/b&gt; (MSE): &lt;b&gt;Zeigen Sie auf&lt;/b&gt; die Parabel und ihre gerade, steigende Ableitung: Ein ferner Punkt zieht stark.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;4&lt;/b&gt; (MAE): the V and its flat slope: every point pulls the same.</source>
        <translation>Drücken Sie &lt;b&gt;4&lt;/b&gt; (MAE): das V und seine flache Ableitung: Jeder Punkt zieht gleich stark.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;6&lt;/b&gt; (Huber): a parabola near 0, straight beyond δ. &lt;b&gt;Ask:&lt;/b&gt; &quot;Which points are in the straight part?&quot; (The red ticks: the outliers.)</source>
        <translation>Drücken Sie &lt;b&gt;6&lt;/b&gt; (Huber): eine Parabel nahe 0, gerade jenseits von δ. &lt;b&gt;Fragen Sie:&lt;/b&gt; „Welche Punkte liegen im geraden Teil?“ (Die roten Striche: die Ausreißer.)</translation>
    </message>
    <message>
        <source>Noise: what each loss assumes about the errors (3 minutes)</source>
        <translation>Rauschen: was jede Verlustfunktion über die Fehler annimmt (3 Minuten)</translation>
    </message>
    <message>
        <source>The bars are the residuals of the current fit; the curve is the kind of noise the loss expects. MSE expects bell-shaped (Gaussian) noise; MAE expects a sharper peak with heavier tails (Laplace). &lt;b&gt;Ask:&lt;/b&gt; &quot;With the outliers preset, which curve fits the bars better?&quot;</source>
        <translation>Die Balken sind die Residuen der aktuellen Anpassung; die Kurve ist die Art Rauschen, die die Verlustfunktion erwartet. MSE erwartet glockenförmiges (gaußsches) Rauschen, MAE eine schärfere Spitze mit dickeren Rändern (Laplace). &lt;b&gt;Fragen Sie:&lt;/b&gt; „Welche Kurve passt bei den Beispieldaten outliers besser zu den Balken?“</translation>
    </message>
    <message>
        <source>Physics: a bar on springs (5 minutes)</source>
        <translation>Physik: ein Stab an Federn (5 Minuten)</translation>
    </message>
    <message>
        <source>Each point pulls the bar with a spring. For MSE the springs are ordinary ones and the bar comes to rest exactly on the least-squares line; its energy is the RSS.</source>
        <translation>Jeder Punkt zieht mit einer Feder am Stab. Bei MSE sind es gewöhnliche Federn, und der Stab kommt genau auf der Ausgleichsgeraden der kleinsten Quadrate zur Ruhe; seine Energie ist die RSS.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Play&lt;/b&gt; and let the bar settle. &lt;b&gt;Point at&lt;/b&gt; the net force and torque falling to 0.</source>
        <translation>Drücken Sie &lt;b&gt;Start&lt;/b&gt; und lassen Sie den Stab zur Ruhe kommen. &lt;b&gt;Zeigen Sie auf&lt;/b&gt; die Gesamtkraft und das Drehmoment, die auf 0 fallen.</translation>
    </message>
    <message>
        <source>Drag the bar away and let go. &lt;b&gt;Ask:&lt;/b&gt; &quot;Why does it swing?&quot; (Mass: like momentum.) Raise the damping: the bar creeps straight to rest, like gradient descent.</source>
        <translation>Ziehen Sie den Stab weg und lassen Sie los. &lt;b&gt;Fragen Sie:&lt;/b&gt; „Warum schwingt er?“ (Masse: wie Momentum.) Erhöhen Sie die Dämpfung: Der Stab kriecht direkt in die Ruhelage, wie beim Gradientenverfahren.</translation>
    </message>
    <message>
        <source>Worked epoch: one step of gradient descent by hand (5 minutes)</source>
        <translation>Epoche zum Nachrechnen: ein Schritt des Gradientenverfahrens von Hand (5 Minuten)</translation>
    </message>
    <message>
        <source>The last tab writes out the epoch that → takes next, with the class&apos;s own numbers: each sum with its first terms (&lt;i&gt;show all&lt;/i&gt; for every one), the update m ← m − L·Dm, and J before and after.</source>
        <translation>Der letzte Reiter schreibt die Epoche aus, die → als Nächstes rechnet, mit den Zahlen der Klasse: jede Summe mit ihren ersten Termen (&lt;i&gt;alles zeigen&lt;/i&gt; für alle), die Aktualisierung m ← m − L·Dm sowie J vorher und nachher.</translation>
    </message>
    <message>
        <source>Reset and open &lt;b&gt;Worked epoch&lt;/b&gt;. Read the sum for Dm aloud. &lt;b&gt;Ask:&lt;/b&gt; &quot;Which points push m up, and which push it down?&quot; (the sign of each term). Press &lt;b&gt;→&lt;/b&gt;: J after becomes J before.</source>
        <translation>Setzen Sie zurück und öffnen Sie &lt;b&gt;Epoche zum Nachrechnen&lt;/b&gt;. Lesen Sie die Summe für Dm laut vor. &lt;b&gt;Fragen Sie:&lt;/b&gt; „Welche Punkte drücken m nach oben, welche nach unten?“ (das Vorzeichen jedes Terms). Drücken Sie &lt;b&gt;→&lt;/b&gt;: J nachher wird zu J vorher.</translation>
    </message>
    <message>
        <source>Choose MAE: the terms become signs. Choose &lt;i&gt;sign of the gradient&lt;/i&gt; in the &lt;b&gt;Optimizer&lt;/b&gt; box at learning rate 0.1: every coefficient moves by exactly 0.1 an epoch, as in the blog&apos;s log.</source>
        <translation>Wählen Sie MAE: Die Terme werden zu Vorzeichen. Wählen Sie &lt;i&gt;Vorzeichen des Gradienten&lt;/i&gt; im Feld &lt;b&gt;Optimierer&lt;/b&gt; mit Lernrate 0,1: Jeder Koeffizient bewegt sich um genau 0,1 je Epoche, wie im Protokoll des Blogs.</translation>
    </message>
    <message>
        <source>Run MAE with gradient descent and &lt;b&gt;point at&lt;/b&gt; the zig-zag at the end of the loss curve. In &lt;b&gt;Rate and stop&lt;/b&gt; choose &lt;i&gt;1/t decay&lt;/i&gt;: the rate (the curve&apos;s right axis) shrinks and J settles at the exact answer. Tick &lt;i&gt;stop when J settles&lt;/i&gt;: the run ends there and the status bar says why.</source>
        <translation>Lassen Sie MAE mit dem Gradientenverfahren laufen und &lt;b&gt;zeigen Sie auf&lt;/b&gt; das Zickzack am Ende der Verlustkurve. Wählen Sie unter &lt;b&gt;Lernrate und Stopp&lt;/b&gt; &lt;i&gt;1/t-Abklingen&lt;/i&gt;: Die Lernrate (rechte Achse der Kurve) schrumpft, und J kommt bei der exakten Lösung zur Ruhe. Haken Sie &lt;i&gt;anhalten, wenn J ruht&lt;/i&gt; an: Der Lauf endet dort, und die Statusleiste sagt, warum.</translation>
    </message>
    <message>
        <source>Classification: two classes and a boundary (5 minutes)</source>
        <translation>Klassifikation: zwei Klassen und eine Grenze (5 Minuten)</translation>
    </message>
    <message>
        <source>Choose &lt;i&gt;classification&lt;/i&gt; in the &lt;b&gt;Task&lt;/b&gt; box (or Presets → blobs). A left click adds a point of the chosen class, Shift+click the other one. The green line is where the model gives both classes probability ½.</source>
        <translation>Wählen Sie &lt;i&gt;Klassifikation&lt;/i&gt; im Feld &lt;b&gt;Aufgabe&lt;/b&gt; (oder Beispieldaten → blobs). Ein Linksklick fügt einen Punkt der gewählten Klasse hinzu, Shift+Klick einen der anderen. Auf der grünen Linie gibt das Modell beiden Klassen die Wahrscheinlichkeit ½.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Point at&lt;/b&gt; the boundary turning to separate the colours, and at the rings: a large ring is a point the loss charges a lot (wrong, and sure of it).</source>
        <translation>Drücken Sie die &lt;b&gt;Leertaste&lt;/b&gt;. &lt;b&gt;Zeigen Sie auf&lt;/b&gt; die Grenze, die sich dreht, bis sie die Farben trennt, und auf die Ringe: Ein großer Ring ist ein Punkt, den der Verlust teuer bezahlen lässt (falsch und sich dessen sicher).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ask:&lt;/b&gt; &quot;What happens to the loss when the model is confidently wrong?&quot; Show the confidence table in the readouts: right and sure costs almost nothing; wrong and sure costs most.</source>
        <translation>&lt;b&gt;Fragen Sie:&lt;/b&gt; „Was passiert mit dem Verlust, wenn das Modell sich sicher irrt?“ Zeigen Sie die Konfidenztabelle in den Anzeigen: richtig und sicher kostet fast nichts, falsch und sicher am meisten.</translation>
    </message>
    <message>
        <source>Presets → separable: without a penalty the weights grow without end (no finite minimum), and the status bar says so; an L2 penalty gives one.</source>
        <translation>Beispieldaten → separable: Ohne Strafterm wachsen die Gewichte ohne Ende (kein endliches Minimum), und die Statusleiste sagt das; ein L2-Strafterm ergibt eines.</translation>
    </message>
    <message>
        <source>Train and test: fitting the points you have, missing the ones you do not (5 minutes)</source>
        <translation>Training und Test: die vorhandenen Punkte treffen, die fehlenden verfehlen (5 Minuten)</translation>
    </message>
    <message>
        <source>Open &lt;code&gt;examples/hold-out.lossx&lt;/code&gt; (or Data → Hold out 30%): three of the ten points are hollow. They are held out: J and the gradient never see them.</source>
        <translation>Öffnen Sie &lt;code&gt;examples/hold-out.lossx&lt;/code&gt; (oder Daten → 30% zurückhalten): Drei der zehn Punkte sind hohl. Sie sind zurückgehalten: J und der Gradient sehen sie nie.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Point at&lt;/b&gt; the readouts&apos; &lt;i&gt;Train and test&lt;/i&gt;: J on the training points and J on the held-out ones. The loss curve draws both; held-out J is dashed.</source>
        <translation>Drücken Sie die &lt;b&gt;Leertaste&lt;/b&gt;. &lt;b&gt;Zeigen Sie auf&lt;/b&gt; &lt;i&gt;Training und Test&lt;/i&gt; in den Anzeigen: J auf den Trainingspunkten und J auf den zurückgehaltenen. Die Verlustkurve zeichnet beide; das J der zurückgehaltenen ist gestrichelt.</translation>
    </message>
    <message>
        <source>Select a point and press &lt;b&gt;T&lt;/b&gt; to hold it out (or take it back). &lt;b&gt;Ask:&lt;/b&gt; &quot;Does the line move?&quot; Only if the point was a training point.</source>
        <translation>Wählen Sie einen Punkt aus und drücken Sie &lt;b&gt;T&lt;/b&gt;, um ihn zurückzuhalten (oder zurückzuholen). &lt;b&gt;Fragen Sie:&lt;/b&gt; „Bewegt sich die Gerade?“ Nur wenn der Punkt ein Trainingspunkt war.</translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;Validation&lt;/b&gt; view: the exact answer of every degree from 0 (bias) to 9. &lt;b&gt;Point at&lt;/b&gt; training J falling to 0 once the curve passes through every training point, and at held-out J exploding. &lt;b&gt;Ask:&lt;/b&gt; &quot;Which degree would you trust on new data?&quot;</source>
        <translation>Öffnen Sie die Ansicht &lt;b&gt;Validierung&lt;/b&gt;: die exakte Lösung für jeden Grad von 0 (nur Achsenabschnitt) bis 9. &lt;b&gt;Zeigen Sie auf&lt;/b&gt; das Trainings-J, das auf 0 fällt, sobald die Kurve durch jeden Trainingspunkt geht, und auf das J der zurückgehaltenen Punkte, das explodiert. &lt;b&gt;Fragen Sie:&lt;/b&gt; „Welchem Grad würdet ihr bei neuen Daten trauen?“</translation>
    </message>
    <message>
        <source>Questions to leave the class with</source>
        <translation>Fragen, die die Klasse mitnimmt</translation>
    </message>
    <message>
        <source>Why square the errors, rather than just add them? (Positive and negative errors would cancel.)</source>
        <translation>Warum die Fehler quadrieren, statt sie einfach zu addieren? (Positive und negative Fehler würden sich aufheben.)</translation>
    </message>
    <message>
        <source>What does one outlier do to MSE, and to MAE?</source>
        <translation>Was macht ein einzelner Ausreißer mit MSE, und was mit MAE?</translation>
    </message>
    <message>
        <source>Why does a bigger learning rate not always get there faster? (Try it: above the red mark on the learning-rate slider, the descent diverges, and the status bar says so.)</source>
        <translation>Warum kommt eine größere Lernrate nicht immer schneller ans Ziel? (Probieren Sie es aus: Oberhalb der roten Marke am Lernraten-Schieberegler divergiert der Abstieg, und die Statusleiste sagt es.)</translation>
    </message>
</context>
<context>
    <name>train_test</name>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Train and test</source>
        <extracomment>the columns, by key; their titles are translated where they are shown</extracomment>
        <translation>Training und Test</translation>
    </message>
    <message>
        <source>J and R² on the points the descent trains on, and on the held-out (hollow) points it never sees</source>
        <translation>J und R² auf den Punkten, mit denen der Abstieg trainiert, und auf den zurückgehaltenen (hohlen) Punkten, die er nie sieht</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>{row} {column}</source>
        <extracomment>the shown values: cells[row key][column title]</extracomment>
        <translation>{row}: {column}</translation>
    </message>
    <message>
        <source>Train and test ({loss})</source>
        <translation>Training und Test ({loss})</translation>
    </message>
</context>
<context>
    <name>validation_view</name>
    <message>
        <source>Validation curve: training J and held-out J against the degree</source>
        <extracomment>J below this share of the largest is drawn there on the log axis (and read &quot;0 to rounding&quot;) a log axis once the values span more than this factor</extracomment>
        <translation>Validierungskurve: J auf Trainings- und Testdaten über dem Grad</translation>
    </message>
    <message>
        <source>degree of the model</source>
        <translation>Grad des Modells</translation>
    </message>
    <message>
        <source>training J</source>
        <translation>Trainings-J</translation>
    </message>
    <message>
        <source>held-out J</source>
        <translation>Test-J</translation>
    </message>
    <message>
        <source>Validation curve&apos;s values</source>
        <translation>Werte der Validierungskurve</translation>
    </message>
    <message>
        <source>The validation curve is for regression: points (x, y) and polynomials of x</source>
        <translation>Die Validierungskurve gibt es nur für Regression: Punkte (x, y) und Polynome in x</translation>
    </message>
    <message>
        <source>Solving degrees 0–9…</source>
        <translation>Grade 0–9 werden gelöst…</translation>
    </message>
    <message>
        <source>No validation curve: {reason}</source>
        <translation>Keine Validierungskurve: {reason}</translation>
    </message>
    <message>
        <source>Training J (solid) only falls as the degree grows; held-out J (dashed) rises once the model learns the noise.</source>
        <translation>J auf den Trainingsdaten (durchgezogen) sinkt mit wachsendem Grad immer weiter; J auf den Testdaten (gestrichelt) steigt, sobald das Modell das Rauschen lernt.</translation>
    </message>
    <message>
        <source>Hold out some points (Data → Hold out 30%, or T on a point) to see held-out J.</source>
        <translation>Halten Sie einige Punkte zurück (Daten → 30 % zurückhalten, oder T auf einem Punkt), um J auf den Testdaten zu sehen.</translation>
    </message>
    <message>
        <source>Each answer has the panel&apos;s L2, λ = {l2}.</source>
        <translation>Jede Lösung enthält den L2-Strafterm des Bedienfelds, λ = {l2}.</translation>
    </message>
    <message>
        <source>The panel&apos;s L2 can hold the high degrees back (where |x| is about 1 or less).</source>
        <translation>Der L2-Strafterm des Bedienfelds kann die hohen Grade bremsen (wo |x| etwa 1 oder kleiner ist).</translation>
    </message>
    <message>
        <source>J (log scale)</source>
        <translation>J (logarithmisch)</translation>
    </message>
    <message>
        <source>degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>training&lt;br&gt;J</source>
        <translation>Training&lt;br&gt;J</translation>
    </message>
    <message>
        <source>held-out&lt;br&gt;J</source>
        <translation>Test&lt;br&gt;J</translation>
    </message>
    <message>
        <source>one answer of many:&lt;br&gt;fewer distinct x&lt;br&gt;than coefficients</source>
        <translation>eine von vielen Lösungen:&lt;br&gt;weniger verschiedene x&lt;br&gt;als Koeffizienten</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>the exact {exact} to four figures</source>
        <extracomment>J that rises and falls this many times over TAIL epochs zig-zags coefficients this far from the exact ones (relative to their size, at least 1) are visibly off</extracomment>
        <translation>auf vier Stellen genau der exakte Wert {exact}</translation>
    </message>
    <message>
        <source>{percent}% above the exact J</source>
        <translation>{percent} % über dem exakten J</translation>
    </message>
    <message>
        <source>{percent}% above the exact {exact}</source>
        <translation>{percent} % über dem exakten Wert {exact}</translation>
    </message>
    <message>
        <source>{amount} above the exact {exact}</source>
        <translation>{amount} über dem exakten Wert {exact}</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value}</source>
        <translation>Fertig, Epoche {epoch}: {name} = {value}</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} within 1% of the exact J, but the fit is still a little off: Run again</source>
        <translation>Fertig, Epoche {epoch}: {name} weniger als 1 % über dem exakten J, aber die Anpassung liegt noch etwas daneben: erneut starten</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is within 1% of the exact {exact}, but the fit is still a little off: near the answer J is nearly flat, so the last stretch is slow. Run again to settle it onto the answer</source>
        <translation>Fertig, Epoche {epoch}: {name} = {value} liegt weniger als 1 % über dem exakten Wert {exact}, aber die Anpassung liegt noch etwas daneben: Nahe der Lösung ist J fast flach, daher geht das letzte Stück langsam. Erneut starten, damit sie sich auf die Lösung einstellt</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: on the answer, {name} = {value} is {gap}</source>
        <translation>Fertig, Epoche {epoch}: an der Lösung, {name} = {value} ist {gap}</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} {short_gap}, zig-zagging (constant-size subgradient steps): try a smaller rate, a decaying one, or Adam</source>
        <translation>Fertig, Epoche {epoch}: {name} {short_gap}, im Zickzack (Subgradientenschritte konstanter Größe): kleinere Lernrate, eine abklingende oder Adam versuchen</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is {gap} and zig-zags: {name}&apos;s slope keeps its size however close the fit is, so each step (a constant-size subgradient step) overshoots. A smaller learning rate, a rate that shrinks each epoch, or Adam gets closer</source>
        <translation>Fertig, Epoche {epoch}: {name} = {value} ist {gap} und läuft im Zickzack: Die Steigung von {name} behält ihre Größe, wie nah die Anpassung auch ist, daher schießt jeder Schritt (ein Subgradientenschritt konstanter Größe) über das Ziel hinaus. Eine kleinere Lernrate, eine Lernrate, die mit jeder Epoche kleiner wird, oder Adam kommt näher heran</translation>
    </message>
    <message>
        <source>each mini-batch pulls its own way</source>
        <translation>jeder Mini-Batch zieht in seine eigene Richtung</translation>
    </message>
    <message>
        <source>the steps overshoot</source>
        <translation>die Schritte schießen über das Ziel hinaus</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} {short_gap}, zig-zagging ({why}): try a smaller learning rate</source>
        <translation>Fertig, Epoche {epoch}: {name} {short_gap}, im Zickzack ({why}): kleinere Lernrate versuchen</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is {gap} and zig-zags ({why}): a smaller learning rate calms it</source>
        <translation>Fertig, Epoche {epoch}: {name} = {value} ist {gap} und läuft im Zickzack ({why}): Eine kleinere Lernrate beruhigt das</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} {short_gap} and still falling: Run again, or raise the learning rate</source>
        <translation>Fertig, Epoche {epoch}: {name} {short_gap} und fällt noch: erneut starten oder die Lernrate erhöhen</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is {gap} and still falling: Run again for more epochs, or raise the learning rate</source>
        <translation>Fertig, Epoche {epoch}: {name} = {value} ist {gap} und fällt noch: für weitere Epochen erneut starten oder die Lernrate erhöhen</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} {short_gap} and stopped: try a smaller learning rate, or Adam</source>
        <translation>Fertig, Epoche {epoch}: {name} {short_gap} und steht still: kleinere Lernrate oder Adam versuchen</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is {gap} and has stopped: try a smaller learning rate, or Adam</source>
        <translation>Fertig, Epoche {epoch}: {name} = {value} ist {gap} und hat angehalten: kleinere Lernrate oder Adam versuchen</translation>
    </message>
</context>
<context>
    <name>view_tabs</name>
    <message>
        <source>Fit</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>The points, the fit and its squares</source>
        <translation>Die Punkte, die Anpassung und ihre Quadrate</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landschaft</translation>
    </message>
    <message>
        <source>J over two coefficients, with the path down it</source>
        <translation>J über zwei Koeffizienten, mit dem Weg hinab</translation>
    </message>
    <message>
        <source>Loss shape</source>
        <translation>Verlustform</translation>
    </message>
    <message>
        <source>ℓ and its slope against the error e, or in classification the margin t·z; the points as ticks</source>
        <translation>ℓ und seine Steigung über dem Fehler e, in der Klassifikation über dem Abstand t·z; die Punkte als Striche</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>The residuals and the noise the loss assumes</source>
        <translation>Die Residuen und das Rauschen, das der Verlust annimmt</translation>
    </message>
    <message>
        <source>Physics</source>
        <translation>Physik</translation>
    </message>
    <message>
        <source>A bar on springs that settles where the loss says</source>
        <translation>Ein Stab an Federn, der dort zur Ruhe kommt, wo der Verlust es sagt</translation>
    </message>
    <message>
        <source>Worked epoch</source>
        <translation>Epoche gerechnet</translation>
    </message>
    <message>
        <source>The next epoch&apos;s arithmetic in the blog&apos;s notation, with the real numbers</source>
        <translation>Die Rechnung der nächsten Epoche in der Schreibweise des Blogs, mit den echten Zahlen</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Training J and held-out J of the exact answer for the degrees 0–9</source>
        <translation>Trainings-J und zurückgehaltenes J der exakten Lösung für die Grade 0–9</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} Punkte</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>Epoche {epoch}</translation>
    </message>
    <message>
        <source>showing {drawn} of {n} points</source>
        <translation>{drawn} von {n} Punkten gezeigt</translation>
    </message>
    <message>
        <source>left-click on the canvas to add points</source>
        <translation>Linksklick in die Zeichenfläche fügt Punkte hinzu</translation>
    </message>
    <message>
        <source>lock aspect leaves {share} of the canvas empty (View menu)</source>
        <translation>feste Achsenverhältnisse lassen {share} der Fläche leer (Menü Ansicht)</translation>
    </message>
    <message>
        <source>Regression only</source>
        <translation>Nur für Regression</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Run</source>
        <extracomment>a window narrower than this tabs the settings with the readouts: the views keep their width</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Readouts</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Verlustkurve</translation>
    </message>
    <message>
        <source>Epoch log</source>
        <translation>Epochen-Protokoll</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>worked_view</name>
    <message>
        <source>line</source>
        <extracomment>the terms of each sum written out, and the mini-batches of a stochastic epoch &quot;show all&quot; writes at most this many terms of a sum and mini-batches of an epoch (a longer text would take seconds to lay out, and nobody reads it) while a run goes, the view is written again at most this often, and at most 1/DUTY of the time (10⁶ points: a writing costs about 0.2 s, so every 4 s): the GUI thread leaves the cores to the run the models&apos; keys as the worked epoch&apos;s first line says them (&quot;MSE on line by …&quot;)</extracomment>
        <translation>Gerade</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <source>logistic</source>
        <translation>logistisches Modell</translation>
    </message>
    <message>
        <source>Take this epoch: the descent steps once and the view shows the next (→)</source>
        <translation>Diese Epoche ausführen: Der Abstieg macht einen Schritt, und die Ansicht zeigt die nächste (→)</translation>
    </message>
    <message>
        <source>Step →</source>
        <translation>Schritt →</translation>
    </message>
    <message>
        <source>show all</source>
        <translation>alles zeigen</translation>
    </message>
    <message>
        <source>Every term of each sum (up to {terms}) and every mini-batch (up to {batches}), not only the first few</source>
        <translation>Jeden Summanden jeder Summe (bis zu {terms}) und jeden Mini-Batch (bis zu {batches}), nicht nur die ersten</translation>
    </message>
    <message>
        <source>all digits</source>
        <translation>alle Stellen</translation>
    </message>
    <message>
        <source>Every number with {full} significant digits (the double it is), not the classroom&apos;s {digits}</source>
        <translation>Jede Zahl mit {full} signifikanten Stellen (so, wie sie als double gespeichert ist), nicht mit den {digits} für die Klasse</translation>
    </message>
    <message>
        <source>worked epoch</source>
        <translation>ausgerechnete Epoche</translation>
    </message>
    <message>
        <source>No points yet: add some, or choose a preset</source>
        <translation>Noch keine Punkte: Fügen Sie welche hinzu oder wählen Sie Beispieldaten</translation>
    </message>
    <message>
        <source>This epoch cannot be written out: {reason}</source>
        <translation>Diese Epoche lässt sich nicht ausschreiben: {reason}</translation>
    </message>
    <message>
        <source>The next epoch, {next}, from where the descent stands (epoch {epoch}): Step (→) takes it</source>
        <translation>Die nächste Epoche, {next}, ausgehend vom aktuellen Stand des Abstiegs (Epoche {epoch}): Schritt (→) führt sie aus</translation>
    </message>
    <message>
        <source>Its rate L = {rate} at t = {t}</source>
        <translation>Ihre Lernrate L = {rate} bei t = {t}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: {loss} on {model} by {optimizer}, L = {rate}, n = {n}</source>
        <translation>Epoche {epoch}: {loss} für {model} mit {optimizer}, L = {rate}, n = {n}</translation>
    </message>
    <message>
        <source>J = {value} before ({coefficients})</source>
        <translation>J = {value} vorher ({coefficients})</translation>
    </message>
    <message>
        <source>J = {value} after ({coefficients})</source>
        <translation>J = {value} nachher ({coefficients})</translation>
    </message>
    <message>
        <source>where {text}</source>
        <translation>wobei {text}</translation>
    </message>
    <message>
        <source>mini-batch {k} of {batches}: points {points}</source>
        <translation>Mini-Batch {k} von {batches}: Punkte {points}</translation>
    </message>
    <message>
        <source>… 1 more mini-batch, each stepped the same way</source>
        <translation>… 1 weiterer Mini-Batch, auf dieselbe Weise gerechnet</translation>
    </message>
    <message>
        <source>… {rest} more mini-batches, each stepped the same way</source>
        <translation>… {rest} weitere Mini-Batches, jeder auf dieselbe Weise gerechnet</translation>
    </message>
    <message>
        <source>… {rest} more</source>
        <translation>… {rest} weitere</translation>
    </message>
</context>
</TS>
