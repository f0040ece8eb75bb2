<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>accessible</name>
    <message>
        <source>plot</source>
        <translation>gráfico</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>panel</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>selección</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>deslizador</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>pestañas</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lectura</translation>
    </message>
    <message>
        <source>Tabs: {tabs}</source>
        <translation>Pestañas: {tabs}</translation>
    </message>
    <message>
        <source>plot of {y} against {x}</source>
        <translation>gráfico de {y} frente a {x}</translation>
    </message>
    <message>
        <source>{place} {kind}</source>
        <translation>{place} ({kind})</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>{name}: the arrow keys choose a tab</source>
        <translation>{name}: las flechas eligen una pestaña</translation>
    </message>
    <message>
        <source>{name}: the wheel zooms, a drag pans</source>
        <translation>{name}: la rueda amplía, arrastrar desplaza</translation>
    </message>
    <message>
        <source>{name}: the arrow keys choose</source>
        <translation>{name}: las flechas eligen</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Run the optimizer (Space)</source>
        <translation>Iniciar el optimizador (Espacio)</translation>
    </message>
    <message>
        <source>Run one epoch (→)</source>
        <translation>Calcular una época (→)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Run the optimizer (Space pauses)</source>
        <translation>Iniciar el optimizador (Espacio lo pausa)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to the start: β = 0, epoch 0 (R)</source>
        <translation>Volver al inicio: β = 0, época 0 (R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>Borrar punto</translation>
    </message>
    <message>
        <source>Remove the selected point (Delete)</source>
        <translation>Quitar el punto seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Pin this fit</source>
        <translation>Fijar ajuste</translation>
    </message>
    <message>
        <source>Keep the current fit as a labelled line to compare with others (P)</source>
        <translation>Guardar el ajuste actual como una línea con nombre para compararlo con otros (P)</translation>
    </message>
    <message>
        <source>Clear all points</source>
        <translation>Borrar todos los puntos</translation>
    </message>
    <message>
        <source>Remove every point (undoable)</source>
        <translation>Quitar todos los puntos (se puede deshacer)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Back to the view</source>
        <translation>Volver a la vista</translation>
    </message>
    <message>
        <source>Leave a field: Space, →, R and 1–9 work again (Esc)</source>
        <translation>Salir de un campo: Espacio, →, R y 1–9 vuelven a funcionar (Esc)</translation>
    </message>
    <message>
        <source>Fit view to data</source>
        <translation>Encuadrar los datos</translation>
    </message>
    <message>
        <source>Frame all the points and their squares (Ctrl+0)</source>
        <translation>Encuadrar todos los puntos y sus cuadrados (Ctrl+0)</translation>
    </message>
    <message>
        <source>Keyboard cursor</source>
        <translation>Cursor de teclado</translation>
    </message>
    <message>
        <source>A crosshair on the canvas: arrows move it, Enter adds a point, Tab walks the points, Esc ends (K)</source>
        <translation>Una cruz sobre el lienzo: las flechas la mueven, Intro añade un punto, Tab recorre los puntos, Esc termina (K)</translation>
    </message>
    <message>
        <source>Lock aspect (squares look square)</source>
        <translation>Bloquear proporción (los cuadrados se ven cuadrados)</translation>
    </message>
    <message>
        <source>One unit of x as long as one unit of y: the squares look square, and points far wider than tall (or taller than wide) leave part of the canvas empty</source>
        <translation>Una unidad de x mide lo mismo que una de y: los cuadrados se ven cuadrados, y unos puntos mucho más anchos que altos (o más altos que anchos) dejan parte del lienzo vacía</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Show the grid</source>
        <translation>Mostrar la cuadrícula</translation>
    </message>
    <message>
        <source>random…</source>
        <translation>aleatorios…</translation>
    </message>
    <message>
        <source>n points on a line you choose, with the noise you choose</source>
        <translation>n puntos en una recta que elijas, con el ruido que elijas</translation>
    </message>
    <message>
        <source>Full precision</source>
        <translation>Precisión completa</translation>
    </message>
    <message>
        <source>Every significant figure in the readouts, not the classroom&apos;s four</source>
        <translation>Todas las cifras significativas en las lecturas, no solo las cuatro de clase</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause the run (Space)</source>
        <translation>Pausar la ejecución (Espacio)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Loss</source>
        <translation>&amp;Pérdida</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>Ejemp&amp;los</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Real data</source>
        <translation>Datos &amp;reales</translation>
    </message>
    <message>
        <source>&amp;Made up</source>
        <translation>&amp;Inventados</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>{title} ({source})</source>
        <translation>{title} ({source})</translation>
    </message>
    <message>
        <source>{name} (classification)</source>
        <translation>{name} (clasificación)</translation>
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
        <translation>GIF animado</translation>
    </message>
    <message>
        <source>PNG frames</source>
        <translation>Fotogramas PNG</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>Vídeo MP4</translation>
    </message>
    <message>
        <source>epoch {epoch} · {loss} = {value}</source>
        <translation>época {epoch} · {loss} = {value}</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>época {epoch}</translation>
    </message>
    <message>
        <source>an animated GIF needs Pillow: {install}</source>
        <translation>un GIF animado necesita Pillow: {install}</translation>
    </message>
    <message>
        <source>cannot write {name}</source>
        <translation>no se puede escribir {name}</translation>
    </message>
    <message>
        <source>an MP4 needs ffmpeg on PATH; GIF and PNG frames need none</source>
        <translation>un MP4 necesita ffmpeg en el PATH; el GIF y los fotogramas PNG no</translation>
    </message>
    <message>
        <source>ffmpeg failed: {said}</source>
        <translation>ffmpeg falló: {said}</translation>
    </message>
    <message>
        <source>{count} frames, {first} … {last}</source>
        <translation>{count} fotogramas, {first} … {last}</translation>
    </message>
    <message>
        <source>{path}: an animation is written as .gif, .png (frames) or .mp4</source>
        <translation>{path}: una animación se guarda como .gif, .png (fotogramas) o .mp4</translation>
    </message>
</context>
<context>
    <name>animation_export</name>
    <message>
        <source>The descent from epoch 0 to the end, with the epoch and J in each frame, as an animated GIF or PNG frames or an MP4</source>
        <extracomment>frames drawn per turn of the event loop (one takes 10–30 ms at 960×540) the frames&apos; width when the canvas is wider (the menu&apos;s export; the command line chooses its own) the menu entry&apos;s tip, by what can be written: (an animated GIF, an MP4) besides PNG frames</extracomment>
        <translation>El descenso desde la época 0 hasta el final, con la época y J en cada fotograma, como GIF animado, fotogramas PNG o un MP4</translation>
    </message>
    <message>
        <source>The descent from epoch 0 to the end, with the epoch and J in each frame, as an animated GIF or PNG frames</source>
        <translation>El descenso desde la época 0 hasta el final, con la época y J en cada fotograma, como GIF animado o fotogramas PNG</translation>
    </message>
    <message>
        <source>The descent from epoch 0 to the end, with the epoch and J in each frame, as PNG frames or an MP4</source>
        <translation>El descenso desde la época 0 hasta el final, con la época y J en cada fotograma, como fotogramas PNG o un MP4</translation>
    </message>
    <message>
        <source>The descent from epoch 0 to the end, with the epoch and J in each frame, as PNG frames</source>
        <translation>El descenso desde la época 0 hasta el final, con la época y J en cada fotograma, como fotogramas PNG</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>Exportar animación…</translation>
    </message>
    <message>
        <source>Export animation… (for a GIF: {install})</source>
        <translation>Exportar animación… (para un GIF: {install})</translation>
    </message>
    <message>
        <source>an animated GIF needs Pillow: {install}</source>
        <translation>un GIF animado necesita Pillow: {install}</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Exportar animación</translation>
    </message>
    <message>
        <source>Exporting the descent to {path}: running it again from epoch 0</source>
        <translation>Exportando el descenso a {path}: se ejecuta de nuevo desde la época 0</translation>
    </message>
    <message>
        <source>{path}: an animation is written as .gif, .png (frames) or .mp4</source>
        <translation>{path}: una animación se guarda como .gif, .png (fotogramas) o .mp4</translation>
    </message>
    <message>
        <source>{path}: an animated GIF needs Pillow ({install}); PNG frames need nothing</source>
        <translation>{path}: un GIF animado necesita Pillow ({install}); los fotogramas PNG no necesitan nada</translation>
    </message>
    <message>
        <source>{path}: an MP4 needs ffmpeg on PATH; GIF and PNG frames need none</source>
        <translation>{path}: un MP4 necesita ffmpeg en el PATH; el GIF y los fotogramas PNG no</translation>
    </message>
    <message>
        <source>Nothing to animate: {why}</source>
        <translation>Nada que animar: {why}</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Exportando {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation>Exportación cancelada: no se ha escrito nada</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: no se puede escribir ({reason})</translation>
    </message>
    <message>
        <source>Exported the descent: {written}</source>
        <translation>Descenso exportado: {written}</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>{path} cannot be used ({why})</source>
        <extracomment>the writing thread takes the interpreter from the GUI thread while it formats numbers: at most this share of the time goes to it (a session of 10⁷ points takes seconds to write, so it is then written less often) what the person may answer about an orphan</extracomment>
        <translation>no se puede usar {path} ({why})</translation>
    </message>
    <message>
        <source>{path} is not a folder (a link or a file is in its place)</source>
        <translation>{path} no es una carpeta (en su lugar hay un enlace o un archivo)</translation>
    </message>
    <message>
        <source>{path} belongs to another user</source>
        <translation>{path} pertenece a otro usuario</translation>
    </message>
    <message>
        <source>{path} is open to other users and cannot be closed ({why})</source>
        <translation>{path} está abierta a otros usuarios y no se puede cerrar ({why})</translation>
    </message>
    <message>
        <source>Autosave is off: {path} cannot be made ({why})</source>
        <translation>El guardado automático está desactivado: no se puede crear {path} ({why})</translation>
    </message>
    <message>
        <source>Autosave is off: {why}</source>
        <translation>El guardado automático está desactivado: {why}</translation>
    </message>
    <message>
        <source>on an earlier run</source>
        <translation>en una ejecución anterior</translation>
    </message>
    <message>
        <source>d MMM, HH:mm</source>
        <translation>d MMM, HH:mm</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>el {date}</translation>
    </message>
    <message>
        <source>lossexplorer did not close normally. Restore the work it autosaved {when}? ({index} of {count}: Discard offers the next)</source>
        <extracomment>the tests&apos; answer about an orphan (path, when, how many in all): RESTORE, DISCARD or LATER</extracomment>
        <translation>lossexplorer no se cerró con normalidad. ¿Restaurar el trabajo que guardó automáticamente {when}? ({index} de {count}: Descartar ofrece la siguiente)</translation>
    </message>
    <message>
        <source>lossexplorer did not close normally. Restore the work it autosaved {when}?</source>
        <translation>lossexplorer no se cerró con normalidad. ¿Restaurar el trabajo que guardó automáticamente {when}?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>The work autosaved {when} could not be restored ({why}); the file is kept as {path}</source>
        <translation>No se pudo restaurar el trabajo guardado automáticamente {when} ({why}); el archivo se conserva como {path}</translation>
    </message>
    <message>
        <source>; 1 more autosave kept for the next start</source>
        <translation>; se guarda 1 copia automática más para el próximo inicio</translation>
    </message>
    <message>
        <source>; {n} more autosaves kept for the next start</source>
        <translation>; se guardan {n} copias automáticas más para el próximo inicio</translation>
    </message>
    <message>
        <source>Restored the work autosaved {when}</source>
        <translation>Se ha restaurado el trabajo guardado automáticamente {when}</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>decision boundary</source>
        <extracomment>per-point overlays (segments, squares, arrows) are drawn up to this many points; beyond it they would be a solid smear that only costs frames squares are readable up to a few hundred; past that they only hide the points a sample of many points leaves room for this many clicks, each drawn without drawing the rest the exact answer&apos;s own predictions (core.Solution.predict): stable where Σ β_j·x^j cancels the predicted mean of y from the model&apos;s p (the loss&apos;s inverse link: Poisson&apos;s exp(f)), None: p itself the framing the canvas chose (the width and height it shows), until the person zooms or pans</extracomment>
        <translation>frontera de decisión</translation>
    </message>
    <message>
        <source>exact boundary</source>
        <translation>frontera exacta</translation>
    </message>
    <message>
        <source>current fit</source>
        <translation>ajuste actual</translation>
    </message>
    <message>
        <source>exact answer</source>
        <translation>solución exacta</translation>
    </message>
</context>
<context>
    <name>class_choice</name>
    <message>
        <source>{k} classes</source>
        <extracomment>the class&apos;s marker as a character for the palette (the canvas&apos;s pyqtgraph symbols: theme.CLASS_SYMBOLS) each row of the palette holds this many classes</extracomment>
        <translation>{k} clases</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>clases</translation>
    </message>
    <message>
        <source>How many classes, K = 2 … 5. Two: every classification loss; more: the softmax model with the categorical cross-entropy. Fewer classes drop the points of the classes that go (one undo step)</source>
        <translation>Cuántas clases, K = 2 … 5. Dos: cualquier pérdida de clasificación; más: el modelo softmax con la entropía cruzada categórica. Con menos clases se quitan los puntos de las clases que desaparecen (un paso que se puede deshacer)</translation>
    </message>
    <message>
        <source>{glyph} class {k}</source>
        <translation>{glyph} clase {k}</translation>
    </message>
    <message>
        <source>A left click adds a class-{k} point (Ctrl+{key}; Shift+click: the next one)</source>
        <translation>Un clic izquierdo añade un punto de la clase {k} (Ctrl+{key}; Shift+clic: la siguiente)</translation>
    </message>
    <message>
        <source>New points: class {k}</source>
        <translation>Puntos nuevos: clase {k}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Loss functions and gradient descent, headless.</source>
        <translation>Funciones de pérdida y descenso de gradiente, sin ventana.</translation>
    </message>
    <message>
        <source>start coefficients (default zeros)</source>
        <translation>coeficientes iniciales (por defecto ceros)</translation>
    </message>
    <message>
        <source>log every K-th epoch (default: about 20 lines)</source>
        <translation>mostrar una de cada K épocas (por defecto: unas 20 líneas)</translation>
    </message>
    <message>
        <source>my line p = m·x + c: its intercept and slope</source>
        <translation>mi recta p = m·x + c: su ordenada en el origen y su pendiente</translation>
    </message>
    <message>
        <source>my coefficients for another model (--model)</source>
        <translation>mis coeficientes para otro modelo (--model)</translation>
    </message>
    <message>
        <source>Open the lossexplorer window, or run a headless command (below).</source>
        <translation>Abre la ventana de lossexplorer o ejecuta una orden sin ventana (abajo).</translation>
    </message>
    <message>
        <source>a points .csv (or a .lossx session) to open</source>
        <translation>un .csv de puntos (o una sesión .lossx) que abrir</translation>
    </message>
    <message>
        <source>start with a preset data set (default noisy-line): {choices}</source>
        <translation>empezar con un conjunto de ejemplo (por defecto noisy-line): {choices}</translation>
    </message>
    <message>
        <source>the learning rate to start with</source>
        <translation>la tasa de aprendizaje inicial</translation>
    </message>
    <message>
        <source>the number of epochs (screenshot mode runs them all)</source>
        <translation>el número de épocas (el modo captura las recorre todas)</translation>
    </message>
    <message>
        <source>the view to show: {choices}</source>
        <translation>la vista que mostrar: {choices}</translation>
    </message>
    <message>
        <source>render the window to OUT.png and exit</source>
        <translation>guardar la ventana como OUT.png y salir</translation>
    </message>
    <message>
        <source>write the descent from epoch 0 to the end as an animated GIF (needs Pillow: pip install &apos;lossexplorer[export]&apos;), PNG frames (OUT.png: OUT-000.png, ...) or an MP4 (ffmpeg), and exit</source>
        <translation>escribir el descenso de la época 0 al final como GIF animado (requiere Pillow: pip install &apos;lossexplorer[export]&apos;), fotogramas PNG (OUT.png: OUT-000.png, ...) o un MP4 (ffmpeg), y salir</translation>
    </message>
    <message>
        <source>frames a second of --animation (default 12)</source>
        <translation>fotogramas por segundo de --animation (por defecto 12)</translation>
    </message>
    <message>
        <source>window size in screenshot mode (default 1600x900); frame size of --animation (default 960x540)</source>
        <translation>tamaño de la ventana en modo captura (por defecto 1600x900); tamaño de fotograma de --animation (por defecto 960x540)</translation>
    </message>
    <message>
        <source>start in projector mode</source>
        <translation>empezar en modo proyector</translation>
    </message>
    <message>
        <source>the window&apos;s language: en, de, es or fr (default: the one chosen in View → Language, else the system&apos;s)</source>
        <translation>el idioma de la ventana: en, de, es o fr (por defecto: el elegido en Ver → Idioma, si no el del sistema)</translation>
    </message>
    <message>
        <source>open in my-line mode with my line p = m·x + c (its intercept and slope)</source>
        <translation>abrir en el modo «mi recta» con mi recta p = m·x + c (ordenada en el origen y pendiente)</translation>
    </message>
    <message>
        <source>--every must be 1 or more, got {every}</source>
        <translation>--every debe ser 1 o más; se dio {every}</translation>
    </message>
    <message>
        <source>--line gives a line&apos;s c and m; for model {model} give --coefficients</source>
        <translation>--line da c y m de una recta; para el modelo {model} use --coefficients</translation>
    </message>
    <message>
        <source>--line takes two numbers C,M (intercept, slope), got {n}</source>
        <translation>--line espera dos números C,M (ordenada en el origen, pendiente); se dieron {n}</translation>
    </message>
    <message>
        <source>the window does not draw the loss {loss} yet; &apos;{prog} fit&apos;, &apos;solve&apos; and &apos;score&apos; take it</source>
        <translation>la ventana aún no dibuja la pérdida {loss}; &apos;{prog} fit&apos;, &apos;solve&apos; y &apos;score&apos; la aceptan</translation>
    </message>
    <message>
        <source>the window does not draw the model {model} yet; &apos;{prog} fit&apos;, &apos;solve&apos; and &apos;score&apos; take it</source>
        <translation>la ventana aún no dibuja el modelo {model}; &apos;{prog} fit&apos;, &apos;solve&apos; y &apos;score&apos; lo aceptan</translation>
    </message>
    <message>
        <source>the command &apos;{command}&apos; comes first: {prog} {command} [options]</source>
        <translation>la orden &apos;{command}&apos; va primero: {prog} {command} [opciones]</translation>
    </message>
</context>
<context>
    <name>cli_args</name>
    <message>
        <source>run gradient descent and print the epoch log</source>
        <extracomment>every preset, made up and real (the catalogue&apos;s real sets after the made-up ones) the options that choose a file&apos;s columns, by task the losses and models the window can draw (its task menus&apos;); the commands take every one the headless sub-commands, with the line `--help` shows for each (`command_help` translates it)</extracomment>
        <translation>ejecutar el descenso de gradiente y mostrar el registro de épocas</translation>
    </message>
    <message>
        <source>print the exact minimizer of the objective</source>
        <translation>mostrar la solución exacta, el mínimo del objetivo</translation>
    </message>
    <message>
        <source>score my line (or coefficients): my J against the best J</source>
        <translation>puntuar mi recta (o coeficientes): mi J frente al mejor J</translation>
    </message>
    <message>
        <source>let the bar on springs settle and print where it comes to rest</source>
        <translation>dejar que la barra con muelles se asiente y mostrar dónde queda en reposo</translation>
    </message>
    <message>
        <source>list the preset data sets: n, task, units and source</source>
        <translation>listar los conjuntos de ejemplo: n, tarea, unidades y fuente</translation>
    </message>
    <message>
        <source>{prog}: {message} (see &apos;{command} --help&apos;)</source>
        <translation>{prog}: {message} (vea &apos;{command} --help&apos;)</translation>
    </message>
    <message>
        <source>print the versions and exit</source>
        <translation>mostrar las versiones y salir</translation>
    </message>
    <message>
        <source>one of: {names}</source>
        <translation>uno de: {names}</translation>
    </message>
    <message>
        <source>{text} (default {default})</source>
        <translation>{text} (por defecto {default})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; no es un número</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a finite number</source>
        <translation>&apos;{text}&apos; no es un número finito</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a comma-separated list of numbers</source>
        <translation>&apos;{text}&apos; no es una lista de números separados por comas</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; holds a number that is not finite</source>
        <translation>&apos;{text}&apos; contiene un número que no es finito</translation>
    </message>
    <message>
        <source>points: columns x,y (x1,x2,label to classify), or choose columns below</source>
        <translation>puntos: columnas x,y (x1,x2,label para clasificar), o elija las columnas abajo</translation>
    </message>
    <message>
        <source>points: columns x,y, or choose columns below</source>
        <translation>puntos: columnas x,y, o elija las columnas abajo</translation>
    </message>
    <message>
        <source>use a preset data set instead of a file: {choices}</source>
        <translation>usar un conjunto de ejemplo en lugar de un archivo: {choices}</translation>
    </message>
    <message>
        <source>x1 (to classify)</source>
        <translation>x1 (para clasificar)</translation>
    </message>
    <message>
        <source>x2 (to classify)</source>
        <translation>x2 (para clasificar)</translation>
    </message>
    <message>
        <source>the class label (to classify; two text values become 0 and 1)</source>
        <translation>la clase (para clasificar; dos valores de texto pasan a 0 y 1)</translation>
    </message>
    <message>
        <source>the column of DATA.csv for {what}: its header name or its number from 1</source>
        <translation>la columna de DATA.csv para {what}: su nombre en la cabecera o su número desde 1</translation>
    </message>
    <message>
        <source>with chosen columns: leave out rows whose cell there is empty or not a number (stderr says which); without it such a row is an error</source>
        <translation>con columnas elegidas: omitir las filas cuya celda allí esté vacía o no sea un número (stderr dice cuáles); sin esta opción, una fila así es un error</translation>
    </message>
    <message>
        <source>{condition} for --loss {losses}: {tip}</source>
        <translation>{condition} para --loss {losses}: {tip}</translation>
    </message>
    <message>
        <source>{model} for {losses}</source>
        <translation>{model} para {losses}</translation>
    </message>
    <message>
        <source>softmax:K fixes K classes (2 to 5)</source>
        <translation>softmax:K fija K clases (de 2 a 5)</translation>
    </message>
    <message>
        <source>R in J = R(ℓ) + penalties (default: the loss&apos;s own)</source>
        <translation>R en J = R(ℓ) + penalizaciones (por defecto: la propia de la pérdida)</translation>
    </message>
    <message>
        <source>print one JSON object instead of text</source>
        <translation>mostrar un objeto JSON en lugar de texto</translation>
    </message>
    <message>
        <source>the language of this help and of the messages: en, de, es or fr (default: the system&apos;s)</source>
        <translation>el idioma de esta ayuda y de los mensajes: en, de, es o fr (por defecto: el del sistema)</translation>
    </message>
    <message>
        <source>the learning rate by epoch t: {choices}</source>
        <translation>la tasa de aprendizaje según la época t: {choices}</translation>
    </message>
    <message>
        <source>{tip} (default: off)</source>
        <translation>{tip} (por defecto: desactivado)</translation>
    </message>
    <message>
        <source>{tip} (e.g. 1e-9; default: off)</source>
        <translation>{tip} (p. ej. 1e-9; por defecto: desactivado)</translation>
    </message>
    <message>
        <source>K of --stop-tol</source>
        <translation>K de --stop-tol</translation>
    </message>
    <message>
        <source>give either DATA.csv or --preset, not both</source>
        <translation>indique DATA.csv o --preset, no ambos</translation>
    </message>
    <message>
        <source>{options} choose columns of DATA.csv, not of a preset</source>
        <translation>{options} eligen columnas de DATA.csv, no de un conjunto de ejemplo</translation>
    </message>
    <message>
        <source>preset {name} is a classification data set; choose a classification loss (e.g. --loss bce)</source>
        <translation>el conjunto de ejemplo {name} es de clasificación; elija una pérdida de clasificación (p. ej. --loss bce)</translation>
    </message>
    <message>
        <source>preset {name} is a regression data set; choose a regression loss (e.g. --loss mse)</source>
        <translation>el conjunto de ejemplo {name} es de regresión; elija una pérdida de regresión (p. ej. --loss mse)</translation>
    </message>
    <message>
        <source>no data: give a DATA.csv file or --preset NAME</source>
        <translation>no hay datos: indique un archivo DATA.csv o --preset NOMBRE</translation>
    </message>
    <message>
        <source>{error}; choose the columns with {options} (a header name or a number)</source>
        <translation>{error}; elija las columnas con {options} (un nombre de la cabecera o un número)</translation>
    </message>
    <message>
        <source>left out {row}</source>
        <translation>omitida: {row}</translation>
    </message>
    <message>
        <source>left out {n} rows: {lines} ({first})</source>
        <translation>{n} filas omitidas: {lines} ({first})</translation>
    </message>
    <message>
        <source>{option} chooses a column for regression; for this loss give {options}</source>
        <translation>{option} elige una columna para regresión; para esta pérdida indique {options}</translation>
    </message>
    <message>
        <source>{option} chooses a column for classification; for this loss give {options}</source>
        <translation>{option} elige una columna para clasificación; para esta pérdida indique {options}</translation>
    </message>
    <message>
        <source>give {options} together: {missing} is missing</source>
        <translation>indique {options} juntas: falta {missing}</translation>
    </message>
    <message>
        <source>commands (each has its own --help):</source>
        <translation>órdenes (cada una tiene su propia --help):</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ej. {example}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>add a class-{label} point ({x}, {y})</source>
        <extracomment>a hand edit of the points (rule 3: the descent goes on from the current coefficients); otherwise new points are a new data set (rule 1: the selection goes, the view reframes) where the new descent starts and stands (a session): the start point and the coefficients the student&apos;s own line (my-line mode); NO_LINE takes it away</extracomment>
        <translation>añadir un punto de la clase {label} ({x}; {y})</translation>
    </message>
    <message>
        <source>add point ({x}, {y})</source>
        <translation>añadir punto ({x}; {y})</translation>
    </message>
    <message>
        <source>move point {n}</source>
        <translation>mover el punto {n}</translation>
    </message>
    <message>
        <source>remove point {n}</source>
        <translation>quitar el punto {n}</translation>
    </message>
    <message>
        <source>remove {n} points</source>
        <translation>quitar {n} puntos</translation>
    </message>
    <message>
        <source>change {settings}</source>
        <translation>cambiar {settings}</translation>
    </message>
</context>
<context>
    <name>confusion</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>Rows: the points&apos; true class; columns: the class the model predicts (the most probable). The diagonal counts the right ones; every other cell a kind of mistake</source>
        <translation>Filas: la clase real de los puntos; columnas: la clase que predice el modelo (la más probable). La diagonal cuenta los aciertos; cada otra celda, un tipo de error</translation>
    </message>
    <message>
        <source>points of class {true} predicted as class {predicted}</source>
        <extracomment>the cells, [true class][predicted class]</extracomment>
        <translation>puntos de la clase {true} predichos como clase {predicted}</translation>
    </message>
    <message>
        <source>A row: the points of a class; a column: the class the model predicts for them. The diagonal is right.</source>
        <translation>Una fila: los puntos de una clase; una columna: la clase que el modelo predice para ellos. La diagonal es lo acertado.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>MSE: mean squared error</source>
        <translation>MSE: error cuadrático medio</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>gaussiano</translation>
    </message>
    <message>
        <source>Squared error is the maximum-likelihood choice when the noise is Gaussian with constant variance.</source>
        <translation>El error cuadrático es la elección de máxima verosimilitud cuando el ruido es gaussiano con varianza constante.</translation>
    </message>
    <message>
        <source>error e = p − y</source>
        <translation>error e = p − y</translation>
    </message>
    <message>
        <source>SSE: sum of squared errors</source>
        <translation>SSE: suma de los errores al cuadrado</translation>
    </message>
    <message>
        <source>J = Σ e²: the total area of the red squares</source>
        <translation>J = Σ e²: el área total de los cuadrados rojos</translation>
    </message>
    <message>
        <source>½SSE: half the sum of squares</source>
        <translation>½SSE: la mitad de la suma de cuadrados</translation>
    </message>
    <message>
        <source>J = ½·Σ e²: its gradient is Σ e·∂p/∂β</source>
        <translation>J = ½·Σ e²: su gradiente es Σ e·∂p/∂β</translation>
    </message>
    <message>
        <source>MAE: mean absolute error</source>
        <translation>MAE: error absoluto medio</translation>
    </message>
    <message>
        <source>J = (1/n)·Σ |e|: every point pulls with the same force</source>
        <translation>J = (1/n)·Σ |e|: cada punto tira con la misma fuerza</translation>
    </message>
    <message>
        <source>Laplace</source>
        <translation>Laplace</translation>
    </message>
    <message>
        <source>Absolute error is the maximum-likelihood choice when the noise is Laplace (double exponential): heavier tails, so outliers cost less.</source>
        <translation>El error absoluto es la elección de máxima verosimilitud cuando el ruido sigue una Laplace (doble exponencial): colas más pesadas, así que los valores atípicos cuestan menos.</translation>
    </message>
    <message>
        <source>SAE: sum of absolute errors</source>
        <translation>SAE: suma de los errores absolutos</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>½e² for |e| ≤ δ, δ(|e| − ½δ) beyond: squared near the line, absolute far away</source>
        <translation>½e² si |e| ≤ δ, δ(|e| − ½δ) más allá: cuadrática cerca de la recta, absoluta lejos</translation>
    </message>
    <message>
        <source>Huber (Gaussian core, Laplace tails)</source>
        <translation>Huber (núcleo gaussiano, colas de Laplace)</translation>
    </message>
    <message>
        <source>Huber&apos;s loss is the maximum-likelihood choice when the noise is Gaussian in the middle with Laplace tails beyond δ.</source>
        <translation>La pérdida de Huber es la elección de máxima verosimilitud cuando el ruido es gaussiano en el centro con colas de Laplace más allá de δ.</translation>
    </message>
    <message>
        <source>log-cosh</source>
        <translation>log-cosh</translation>
    </message>
    <message>
        <source>log cosh(e): like ½e² near 0 and |e| − log 2 far away</source>
        <translation>log cosh(e): como ½e² cerca de 0 y como |e| − log 2 lejos</translation>
    </message>
    <message>
        <source>hyperbolic secant family</source>
        <translation>familia de la secante hiperbólica</translation>
    </message>
    <message>
        <source>Log-cosh is the maximum-likelihood choice when the noise has density ∝ cosh(r)^(−1/τ): near-Gaussian in the middle, exponential tails.</source>
        <translation>Log-cosh es la elección de máxima verosimilitud cuando el ruido tiene densidad ∝ cosh(r)^(−1/τ): casi gaussiano en el centro, colas exponenciales.</translation>
    </message>
    <message>
        <source>quantile (pinball)</source>
        <translation>cuantil (pinball)</translation>
    </message>
    <message>
        <source>q·max(r, 0) + (1 − q)·max(−r, 0), r = y − p: a fraction q of the points lies below the fit</source>
        <translation>q·max(r, 0) + (1 − q)·max(−r, 0), r = y − p: una fracción q de los puntos queda por debajo del ajuste</translation>
    </message>
    <message>
        <source>asymmetric Laplace</source>
        <translation>Laplace asimétrica</translation>
    </message>
    <message>
        <source>The pinball loss is the maximum-likelihood choice when the noise is asymmetric Laplace with its q-quantile at zero.</source>
        <translation>La pérdida pinball es la elección de máxima verosimilitud cuando el ruido sigue una Laplace asimétrica con su cuantil q en cero.</translation>
    </message>
    <message>
        <source>asymmetric</source>
        <translation>asimétrica</translation>
    </message>
    <message>
        <source>α|e| when p &lt; y, |e| otherwise: under-prediction costs α times more</source>
        <translation>α|e| si p &lt; y, |e| en otro caso: quedarse corto cuesta α veces más</translation>
    </message>
    <message>
        <source>The asymmetric loss is the maximum-likelihood choice when the noise is asymmetric Laplace: under-predictions are α times less likely to be large.</source>
        <translation>La pérdida asimétrica es la elección de máxima verosimilitud cuando el ruido sigue una Laplace asimétrica: las predicciones por defecto grandes son α veces menos probables.</translation>
    </message>
    <message>
        <source>Poisson: counts, log link</source>
        <translation>Poisson: conteos, enlace logarítmico</translation>
    </message>
    <message>
        <source>p − y·log p with the mean p = exp(f): minus the log-likelihood of counts y, without log y!</source>
        <translation>p − y·log p con la media p = exp(f): menos la log-verosimilitud de los conteos y, sin log y!</translation>
    </message>
    <message>
        <source>Poisson</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <source>The Poisson loss is the maximum-likelihood choice when each count y is drawn from a Poisson distribution with mean exp(f(x)).</source>
        <translation>La pérdida de Poisson es la elección de máxima verosimilitud cuando cada conteo y procede de una distribución de Poisson de media exp(f(x)).</translation>
    </message>
    <message>
        <source>The bar hangs on springs whose pull depends on the gap e = p − y alone; Poisson&apos;s pull exp(f) − y grows with the predicted mean itself, and exp(f(x)) is no straight bar.</source>
        <translation>La barra cuelga de muelles cuya fuerza depende solo de la separación e = p − y; la fuerza exp(f) − y de Poisson crece con la propia media predicha, y exp(f(x)) no es una barra recta.</translation>
    </message>
    <message>
        <source>linear predictor f, for a count y = 1</source>
        <translation>predictor lineal f, para un conteo y = 1</translation>
    </message>
    <message>
        <source>BCE: binary cross-entropy</source>
        <translation>BCE: entropía cruzada binaria</translation>
    </message>
    <message>
        <source>−[t·log σ(z) + (1 − t)·log(1 − σ(z))]: minus the log of the probability given to the true class</source>
        <translation>−[t·log σ(z) + (1 − t)·log(1 − σ(z))]: menos el logaritmo de la probabilidad asignada a la clase verdadera</translation>
    </message>
    <message>
        <source>margin t·z</source>
        <translation>margen t·z</translation>
    </message>
    <message>
        <source>hinge</source>
        <translation>bisagra (hinge)</translation>
    </message>
    <message>
        <source>max(0, 1 − t·z), t = ±1: no loss beyond the margin t·z ≥ 1, then a straight rise</source>
        <translation>max(0, 1 − t·z), t = ±1: ninguna pérdida más allá del margen t·z ≥ 1, y luego una subida recta</translation>
    </message>
    <message>
        <source>focal</source>
        <translation>focal</translation>
    </message>
    <message>
        <source>−(1 − p_t)^γ·log p_t: BCE with the easy, confident points turned down by (1 − p_t)^γ</source>
        <translation>−(1 − p_t)^γ·log p_t: BCE con los puntos fáciles y seguros atenuados por (1 − p_t)^γ</translation>
    </message>
    <message>
        <source>Brier: squared error of the probability</source>
        <translation>Brier: error cuadrático de la probabilidad</translation>
    </message>
    <message>
        <source>(σ(z) − y)²: the squared loss on the probability; a sure, wrong point barely pulls</source>
        <translation>(σ(z) − y)²: la pérdida cuadrática sobre la probabilidad; un punto seguro pero erróneo apenas tira</translation>
    </message>
    <message>
        <source>The Brier loss is no negative log-likelihood: it is the squared error of a probability, whose expectation is least at the true probability.</source>
        <translation>La pérdida de Brier no es una log-verosimilitud negativa: es el error cuadrático de una probabilidad, cuya esperanza es mínima en la probabilidad verdadera.</translation>
    </message>
    <message>
        <source>cross-entropy: K classes (softmax)</source>
        <translation>entropía cruzada: K clases (softmax)</translation>
    </message>
    <message>
        <source>−Σₖ yₖ·log p̂ₖ with p̂ = softmax(z): minus the log of the probability given to the true class</source>
        <translation>−Σₖ yₖ·log p̂ₖ con p̂ = softmax(z): menos el logaritmo de la probabilidad asignada a la clase verdadera</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>categórica</translation>
    </message>
    <message>
        <source>The categorical cross-entropy is the maximum-likelihood choice when each label is drawn from the categorical distribution p̂ = softmax(z).</source>
        <translation>La entropía cruzada categórica es la elección de máxima verosimilitud cuando cada etiqueta procede de la distribución categórica p̂ = softmax(z).</translation>
    </message>
    <message>
        <source>probability p̂ of the true class</source>
        <translation>probabilidad p̂ de la clase verdadera</translation>
    </message>
    <message>
        <source>squared inside |e| ≤ δ, absolute beyond</source>
        <translation>cuadrática dentro de |e| ≤ δ, absoluta más allá</translation>
    </message>
    <message>
        <source>the fraction of points the fit leaves below it</source>
        <translation>la fracción de puntos que el ajuste deja por debajo</translation>
    </message>
    <message>
        <source>how many times more an under-prediction (p &lt; y) costs</source>
        <translation>cuántas veces más cuesta quedarse corto (p &lt; y)</translation>
    </message>
    <message>
        <source>train on the targets (1 − ε)·y + ε/K: no prediction is worth being sure of</source>
        <translation>entrenar con los objetivos (1 − ε)·y + ε/K: ninguna predicción merece total seguridad</translation>
    </message>
    <message>
        <source>how much (1 − p_t)^γ turns down the easy points; 0 is BCE</source>
        <translation>cuánto atenúa (1 − p_t)^γ los puntos fáciles; 0 es BCE</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>descenso de gradiente</translation>
    </message>
    <message>
        <source>β ← β − L·∇J over all points; one epoch is one step</source>
        <translation>β ← β − L·∇J sobre todos los puntos; una época es un paso</translation>
    </message>
    <message>
        <source>stochastic (mini-batch)</source>
        <translation>estocástico (minilotes)</translation>
    </message>
    <message>
        <source>the step of gradient descent on shuffled mini-batches of b points; one epoch is one pass</source>
        <translation>el paso del descenso de gradiente sobre minilotes barajados de b puntos; una época es una pasada</translation>
    </message>
    <message>
        <source>momentum (heavy ball)</source>
        <translation>momento (bola pesada)</translation>
    </message>
    <message>
        <source>v ← μ·v − L·∇J, β ← β + v: a heavy ball that keeps rolling</source>
        <translation>v ← μ·v − L·∇J, β ← β + v: una bola pesada que sigue rodando</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>steps of about L per coefficient, scaled by running averages of the gradient (M) and its square (V)</source>
        <translation>pasos de unos L por coeficiente, escalados por medias móviles del gradiente (M) y de su cuadrado (V)</translation>
    </message>
    <message>
        <source>sign of the gradient</source>
        <translation>signo del gradiente</translation>
    </message>
    <message>
        <source>β ← β − L·sign(∇J): every coefficient moves by exactly L each epoch, up or down, whatever the size of its gradient (0 only where it is exactly 0); the blog&apos;s MAE log. The subgradient step of gd on MAE is instead L times the average of the points&apos; signs (times x), so it shrinks as the signs balance</source>
        <translation>β ← β − L·sign(∇J): cada coeficiente se mueve exactamente L en cada época, hacia arriba o hacia abajo, sea cual sea el tamaño de su gradiente (0 solo donde es exactamente 0); el registro de MAE del blog. El paso de subgradiente de gd sobre MAE es en cambio L veces la media de los signos de los puntos (por x), así que se encoge a medida que los signos se equilibran</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>the same learning rate L in every epoch</source>
        <translation>la misma tasa de aprendizaje L en cada época</translation>
    </message>
    <message>
        <source>step decay</source>
        <translation>decaimiento escalonado</translation>
    </message>
    <message>
        <source>L·F^⌊t/K⌋: the rate is multiplied by F every K epochs</source>
        <translation>L·F^⌊t/K⌋: la tasa se multiplica por F cada K épocas</translation>
    </message>
    <message>
        <source>1/t decay</source>
        <translation>decaimiento 1/t</translation>
    </message>
    <message>
        <source>L/(1 + t/τ): halved after τ epochs, a tenth after 9τ; the classic rate for subgradients</source>
        <translation>L/(1 + t/τ): la mitad tras τ épocas, una décima parte tras 9τ; la tasa clásica para subgradientes</translation>
    </message>
    <message>
        <source>exponential decay</source>
        <translation>decaimiento exponencial</translation>
    </message>
    <message>
        <source>L·γ^t: the rate shrinks by the factor γ every epoch</source>
        <translation>L·γ^t: la tasa se reduce por el factor γ en cada época</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>learning rate: the size of each step</source>
        <translation>tasa de aprendizaje: el tamaño de cada paso</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>tamaño del lote</translation>
    </message>
    <message>
        <source>points per mini-batch</source>
        <translation>puntos por minilote</translation>
    </message>
    <message>
        <source>μ: how much of the last step carries over</source>
        <translation>μ: cuánto del último paso se conserva</translation>
    </message>
    <message>
        <source>β₁: decay of the running mean of the gradient</source>
        <translation>β₁: decaimiento de la media móvil del gradiente</translation>
    </message>
    <message>
        <source>β₂: decay of the running mean of its square</source>
        <translation>β₂: decaimiento de la media móvil de su cuadrado</translation>
    </message>
    <message>
        <source>ε: keeps the step finite where the gradient is 0</source>
        <translation>ε: mantiene finito el paso donde el gradiente es 0</translation>
    </message>
    <message>
        <source>step factor</source>
        <translation>factor de escalón</translation>
    </message>
    <message>
        <source>the rate is multiplied by F at each drop</source>
        <translation>la tasa se multiplica por F en cada caída</translation>
    </message>
    <message>
        <source>epochs between drops</source>
        <translation>épocas entre caídas</translation>
    </message>
    <message>
        <source>the epochs between drops</source>
        <translation>las épocas entre dos caídas</translation>
    </message>
    <message>
        <source>the epochs until the rate has halved</source>
        <translation>las épocas hasta que la tasa se reduce a la mitad</translation>
    </message>
    <message>
        <source>the rate is multiplied by γ each epoch</source>
        <translation>la tasa se multiplica por γ en cada época</translation>
    </message>
    <message>
        <source>how many epochs a run performs (one epoch: one pass over the data)</source>
        <translation>cuántas épocas realiza una ejecución (una época: una pasada por los datos)</translation>
    </message>
    <message>
        <source>the seed of the sgd shuffle</source>
        <translation>la semilla de la mezcla de sgd</translation>
    </message>
    <message>
        <source>penalise predictions above C: λ·R(max(0, p − C)²)</source>
        <translation>penalizar las predicciones por encima de C: λ·R(max(0, p − C)²)</translation>
    </message>
    <message>
        <source>cap-weight</source>
        <translation>peso del tope</translation>
    </message>
    <message>
        <source>λ of the cap penalty</source>
        <translation>λ de la penalización del tope</translation>
    </message>
    <message>
        <source>ridge: + λ·Σ β_j² over every coefficient but the intercept</source>
        <translation>ridge: + λ·Σ β_j² sobre todos los coeficientes salvo la ordenada en el origen</translation>
    </message>
    <message>
        <source>lasso: + λ·Σ |β_j| over every coefficient but the intercept</source>
        <translation>lasso: + λ·Σ |β_j| sobre todos los coeficientes salvo la ordenada en el origen</translation>
    </message>
    <message>
        <source>stop tolerance</source>
        <translation>tolerancia de parada</translation>
    </message>
    <message>
        <source>stop when J changes by less than this (relative) over K epochs</source>
        <translation>parar cuando J cambie menos que esto (en relativo) durante K épocas</translation>
    </message>
    <message>
        <source>stop window</source>
        <translation>ventana de parada</translation>
    </message>
    <message>
        <source>the number of epochs J must stay settled</source>
        <translation>el número de épocas que J debe mantenerse estable</translation>
    </message>
    <message>
        <source>gradient tolerance</source>
        <translation>tolerancia del gradiente</translation>
    </message>
    <message>
        <source>stop when the gradient&apos;s norm falls to this</source>
        <translation>parar cuando la norma del gradiente baje a este valor</translation>
    </message>
    <message>
        <source>residuals sum to zero: Σr = 0</source>
        <translation>los residuos suman cero: Σr = 0</translation>
    </message>
    <message>
        <source>mean residual is zero: r̄ = 0</source>
        <translation>el residuo medio es cero: r̄ = 0</translation>
    </message>
    <message>
        <source>residuals uncorrelated with x: cov(x, r) = 0</source>
        <translation>residuos no correlacionados con x: cov(x, r) = 0</translation>
    </message>
    <message>
        <source>least residual variance: var(r) = min</source>
        <translation>mínima varianza de los residuos: var(r) = min</translation>
    </message>
    <message>
        <source>passes through (x̄, ȳ): p(x̄) − ȳ = 0</source>
        <translation>pasa por (x̄, ȳ): p(x̄) − ȳ = 0</translation>
    </message>
    <message>
        <source>10 points on y = x with standard normal noise</source>
        <translation>10 puntos sobre y = x con ruido normal estándar</translation>
    </message>
    <message>
        <source>heavy-tailed gamma noise and a few large outliers: MSE against MAE</source>
        <translation>ruido gamma de cola pesada y algunos valores atípicos grandes: MSE frente a MAE</translation>
    </message>
    <message>
        <source>one point: every line through it is a best fit</source>
        <translation>un punto: cualquier recta que pase por él es un mejor ajuste</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 1: same line, same R², different story (Anscombe 1973)</source>
        <translation>cuarteto de Anscombe, conjunto 1: misma recta, mismo R², otra historia (Anscombe 1973)</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 2: same line, same R², different story (Anscombe 1973)</source>
        <translation>cuarteto de Anscombe, conjunto 2: misma recta, mismo R², otra historia (Anscombe 1973)</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 3: same line, same R², different story (Anscombe 1973)</source>
        <translation>cuarteto de Anscombe, conjunto 3: misma recta, mismo R², otra historia (Anscombe 1973)</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 4: same line, same R², different story (Anscombe 1973)</source>
        <translation>cuarteto de Anscombe, conjunto 4: misma recta, mismo R², otra historia (Anscombe 1973)</translation>
    </message>
    <message>
        <source>Brownlee&apos;s stack-loss plant: air flow against stack loss, the classic robust set (Brownlee 1965)</source>
        <translation>la planta stack loss de Brownlee: caudal de aire frente a pérdida de amoníaco, el conjunto clásico de la regresión robusta (Brownlee 1965)</translation>
    </message>
    <message>
        <source>the blog&apos;s multi-objective example: predictions above 120 are penalised</source>
        <translation>el ejemplo multiobjetivo del blog: se penalizan las predicciones por encima de 120</translation>
    </message>
    <message>
        <source>two overlapping Gaussian clouds: no line separates them</source>
        <translation>dos nubes gaussianas solapadas: ninguna recta las separa</translation>
    </message>
    <message>
        <source>two clouds a line separates: without a penalty BCE has no finite minimum</source>
        <translation>dos nubes que una recta separa: sin penalización, BCE no tiene mínimo finito</translation>
    </message>
    <message>
        <source>four clouds in an XOR pattern: what a linear boundary cannot do</source>
        <translation>cuatro nubes en patrón XOR: lo que una frontera lineal no puede hacer</translation>
    </message>
    <message>
        <source>A noisy line</source>
        <translation>Una recta con ruido</translation>
    </message>
    <message>
        <source>Ten points on y = x with standard normal noise: every loss finds nearly the same line.</source>
        <translation>Diez puntos sobre y = x con ruido normal estándar: todas las pérdidas encuentran casi la misma recta.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 7).</source>
        <translation>el generador propio de lossexplorer (semilla fija): los mismos puntos cada vez (semilla 7).</translation>
    </message>
    <message>
        <source>MIT, like lossexplorer</source>
        <translation>MIT, como lossexplorer</translation>
    </message>
    <message>
        <source>Skewed noise and outliers</source>
        <translation>Ruido asimétrico y valores atípicos</translation>
    </message>
    <message>
        <source>Heavy-tailed gamma noise and three large outliers above the line: MSE is pulled up, MAE is not.</source>
        <translation>Ruido gamma de cola pesada y tres valores atípicos grandes por encima de la recta: MSE se desplaza hacia arriba, MAE no.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 11).</source>
        <translation>el generador propio de lossexplorer (semilla fija): los mismos puntos cada vez (semilla 11).</translation>
    </message>
    <message>
        <source>One point</source>
        <translation>Un punto</translation>
    </message>
    <message>
        <source>One point: every line through it is a best fit, so the minimum is a whole valley.</source>
        <translation>Un punto: cualquier recta que pase por él es un mejor ajuste, así que el mínimo es todo un valle.</translation>
    </message>
    <message>
        <source>lossexplorer.</source>
        <translation>lossexplorer.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 1</source>
        <translation>cuarteto de Anscombe, conjunto 1</translation>
    </message>
    <message>
        <source>Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but here a plain line with noise: plot before you fit.</source>
        <translation>Mismas medias, misma recta de mínimos cuadrados (y = 3 + 0,5x) y mismo R² (0,67) que los otros tres conjuntos, pero aquí una recta sencilla con ruido: dibuja antes de ajustar.</translation>
    </message>
    <message>
        <source>Anscombe, F. J. (1973). Graphs in statistical analysis. The American Statistician 27(1), 17–21, Table 1.</source>
        <translation>Anscombe, F. J. (1973). Graphs in statistical analysis. The American Statistician 27(1), 17–21, tabla 1.</translation>
    </message>
    <message>
        <source>Numbers constructed by Anscombe to make a point; factual table, free to use.</source>
        <translation>Números construidos por Anscombe para ilustrar una idea; tabla de hechos, de uso libre.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 2</source>
        <translation>cuarteto de Anscombe, conjunto 2</translation>
    </message>
    <message>
        <source>Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but here a smooth curve: plot before you fit.</source>
        <translation>Mismas medias, misma recta de mínimos cuadrados (y = 3 + 0,5x) y mismo R² (0,67) que los otros tres conjuntos, pero aquí una curva suave: dibuja antes de ajustar.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 3</source>
        <translation>cuarteto de Anscombe, conjunto 3</translation>
    </message>
    <message>
        <source>Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but here a line with one outlier: plot before you fit.</source>
        <translation>Mismas medias, misma recta de mínimos cuadrados (y = 3 + 0,5x) y mismo R² (0,67) que los otros tres conjuntos, pero aquí una recta con un valor atípico: dibuja antes de ajustar.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 4</source>
        <translation>cuarteto de Anscombe, conjunto 4</translation>
    </message>
    <message>
        <source>Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but here one point of high leverage decides the slope: plot before you fit.</source>
        <translation>Mismas medias, misma recta de mínimos cuadrados (y = 3 + 0,5x) y mismo R² (0,67) que los otros tres conjuntos, pero aquí un punto de gran influencia decide la pendiente: dibuja antes de ajustar.</translation>
    </message>
    <message>
        <source>Predictions above a cap</source>
        <translation>Predicciones por encima de un tope</translation>
    </message>
    <message>
        <source>The blog&apos;s multi-objective example: predictions above 120 are penalised by a second loss.</source>
        <translation>El ejemplo multiobjetivo del blog: una segunda pérdida penaliza las predicciones por encima de 120.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 3).</source>
        <translation>el generador propio de lossexplorer (semilla fija): los mismos puntos cada vez (semilla 3).</translation>
    </message>
    <message>
        <source>Counts that grow with x</source>
        <translation>Conteos que crecen con x</translation>
    </message>
    <message>
        <source>Forty counts drawn from a Poisson distribution whose mean exp(0.2 + 0.5·x) grows from 1.2 to 9 across the plot: the spread grows with the mean, as the Poisson loss expects and MSE does not.</source>
        <translation>Cuarenta conteos de una distribución de Poisson cuya media exp(0,2 + 0,5·x) crece de 1,2 a 9 a lo ancho del gráfico: la dispersión crece con la media, como espera la pérdida de Poisson y no MSE.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 12).</source>
        <translation>el generador propio de lossexplorer (semilla fija): los mismos puntos cada vez (semilla 12).</translation>
    </message>
    <message>
        <source>count y</source>
        <translation>conteo y</translation>
    </message>
    <message>
        <source>Two overlapping clouds</source>
        <translation>Dos nubes solapadas</translation>
    </message>
    <message>
        <source>Two overlapping Gaussian clouds: no line separates them, so BCE has a finite minimum.</source>
        <translation>Dos nubes gaussianas solapadas: ninguna recta las separa, así que BCE tiene un mínimo finito.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 5).</source>
        <translation>el generador propio de lossexplorer (semilla fija): los mismos puntos cada vez (semilla 5).</translation>
    </message>
    <message>
        <source>class 0</source>
        <translation>clase 0</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>clase 1</translation>
    </message>
    <message>
        <source>Two separable clouds</source>
        <translation>Dos nubes separables</translation>
    </message>
    <message>
        <source>Two clouds a line separates: without a penalty BCE has no finite minimum and the weights grow for ever.</source>
        <translation>Dos nubes que una recta separa: sin penalización, BCE no tiene mínimo finito y los pesos crecen sin fin.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 6).</source>
        <translation>el generador propio de lossexplorer (semilla fija): los mismos puntos cada vez (semilla 6).</translation>
    </message>
    <message>
        <source>Four clouds, XOR</source>
        <translation>Cuatro nubes, XOR</translation>
    </message>
    <message>
        <source>Four clouds in an XOR pattern: what a linear boundary cannot do.</source>
        <translation>Cuatro nubes en patrón XOR: lo que una frontera lineal no puede hacer.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 8).</source>
        <translation>el generador propio de lossexplorer (semilla fija): los mismos puntos cada vez (semilla 8).</translation>
    </message>
    <message>
        <source>Five clouds</source>
        <translation>Cinco nubes</translation>
    </message>
    <message>
        <source>Five Gaussian clouds on a pentagon, 16 points each, neighbours overlapping a little: the softmax model&apos;s five regions meet at straight boundaries, and the categorical cross-entropy has a finite minimum.</source>
        <translation>Cinco nubes gaussianas sobre un pentágono, 16 puntos cada una, las vecinas algo solapadas: las cinco regiones del modelo softmax se encuentran en fronteras rectas y la entropía cruzada categórica tiene un mínimo finito.</translation>
    </message>
    <message>
        <source>class 2</source>
        <translation>clase 2</translation>
    </message>
    <message>
        <source>class 3</source>
        <translation>clase 3</translation>
    </message>
    <message>
        <source>class 4</source>
        <translation>clase 4</translation>
    </message>
    <message>
        <source>Cricket chirps and temperature</source>
        <translation>Chirridos de grillo y temperatura</translation>
    </message>
    <message>
        <source>Fifteen evenings of the striped ground cricket: faster chirps on warmer nights. With so few points the least-absolute line (slope 2.3 °F per chirp/s) and the least-squares line (slope 3.3) disagree: the MAE line runs through two of the points.</source>
        <translation>Quince tardes del grillo de tierra rayado: chirridos más rápidos en las noches más cálidas. Con tan pocos puntos, la recta de mínimos valores absolutos (pendiente 2,3 °F por chirrido/s) y la de mínimos cuadrados (pendiente 3,3) no coinciden: la recta MAE pasa por dos de los puntos.</translation>
    </message>
    <message>
        <source>Pierce, G. W. (1948). The Songs of Insects. Cambridge, MA: Harvard University Press (the striped ground cricket, Nemobius fasciatus fasciatus).</source>
        <translation>Pierce, G. W. (1948). The Songs of Insects. Cambridge, MA: Harvard University Press (el grillo de tierra rayado, Nemobius fasciatus fasciatus).</translation>
    </message>
    <message>
        <source>Factual measurements, reproduced in many textbooks; no licence attached to the numbers.</source>
        <translation>Mediciones de hechos, reproducidas en muchos libros de texto; los números no tienen licencia.</translation>
    </message>
    <message>
        <source>chirp rate</source>
        <translation>frecuencia de chirridos</translation>
    </message>
    <message>
        <source>chirps/s</source>
        <translation>chirridos/s</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperatura</translation>
    </message>
    <message>
        <source>Old Faithful: eruption and wait</source>
        <translation>Old Faithful: erupción y espera</translation>
    </message>
    <message>
        <source>Two clouds, short and long eruptions, lined up: a line through both still fits well (R² 0.81). Each extra minute of eruption means about 10.7 minutes more to wait.</source>
        <translation>Dos nubes, erupciones cortas y largas, alineadas: una recta que pase por ambas sigue ajustando bien (R² 0,81). Cada minuto más de erupción supone unos 10,7 minutos más de espera.</translation>
    </message>
    <message>
        <source>Härdle, W. (1991). Smoothing Techniques with Implementation in S. New York: Springer; see Azzalini, A. &amp; Bowman, A. W. (1990). A look at some data on the Old Faithful geyser. Applied Statistics 39, 357–365.</source>
        <translation>Härdle, W. (1991). Smoothing Techniques with Implementation in S. Nueva York: Springer; véase Azzalini, A. &amp; Bowman, A. W. (1990). A look at some data on the Old Faithful geyser. Applied Statistics 39, 357–365.</translation>
    </message>
    <message>
        <source>Factual measurements (Yellowstone National Park), distributed with R&apos;s datasets package (GPL-2 | GPL-3; the numbers themselves are facts).</source>
        <translation>Mediciones de hechos (Parque Nacional de Yellowstone), distribuidas con el paquete datasets de R (GPL-2 | GPL-3; los números en sí son hechos).</translation>
    </message>
    <message>
        <source>eruption length</source>
        <translation>duración de la erupción</translation>
    </message>
    <message>
        <source>wait until the next eruption</source>
        <translation>espera hasta la siguiente erupción</translation>
    </message>
    <message>
        <source>Car speed and stopping distance</source>
        <translation>Velocidad y distancia de frenado de coches</translation>
    </message>
    <message>
        <source>Braking distance grows like speed squared, so the residuals of a line curve and fan out; still, poly:2 gains only 0.016 in R² over the line: noise hides the physics.</source>
        <translation>La distancia de frenado crece con el cuadrado de la velocidad, así que los residuos de una recta se curvan y se abren en abanico; aun así, poly:2 solo gana 0,016 de R² frente a la recta: el ruido oculta la física.</translation>
    </message>
    <message>
        <source>Ezekiel, M. (1930). Methods of Correlation Analysis. New York: Wiley (cars of the 1920s).</source>
        <translation>Ezekiel, M. (1930). Methods of Correlation Analysis. Nueva York: Wiley (coches de la década de 1920).</translation>
    </message>
    <message>
        <source>Published 1930: public domain in the US; distributed with R&apos;s datasets package (GPL-2 | GPL-3; the numbers themselves are facts).</source>
        <translation>Publicado en 1930: de dominio público en EE. UU.; distribuido con el paquete datasets de R (GPL-2 | GPL-3; los números en sí son hechos).</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>velocidad</translation>
    </message>
    <message>
        <source>stopping distance</source>
        <translation>distancia de frenado</translation>
    </message>
    <message>
        <source>Hubble&apos;s galaxies</source>
        <translation>Las galaxias de Hubble</translation>
    </message>
    <message>
        <source>The expanding universe from 24 galaxies: velocity grows with distance. The slope is Hubble&apos;s constant, 454 km/s per Mpc here, about 6.5 times today&apos;s value because his distances were too short; the scatter is large, so the loss matters.</source>
        <translation>El universo en expansión a partir de 24 galaxias: la velocidad crece con la distancia. La pendiente es la constante de Hubble, aquí 454 km/s por Mpc, unas 6,5 veces el valor actual porque sus distancias eran demasiado cortas; la dispersión es grande, así que la pérdida importa.</translation>
    </message>
    <message>
        <source>Hubble, E. (1929). A relation between distance and radial velocity among extra-galactic nebulae. Proceedings of the National Academy of Sciences 15(3), 168–173, Table 1.</source>
        <translation>Hubble, E. (1929). A relation between distance and radial velocity among extra-galactic nebulae. Proceedings of the National Academy of Sciences 15(3), 168–173, tabla 1.</translation>
    </message>
    <message>
        <source>Published 1929: public domain in the US.</source>
        <translation>Publicado en 1929: de dominio público en EE. UU.</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>distancia</translation>
    </message>
    <message>
        <source>radial velocity</source>
        <translation>velocidad radial</translation>
    </message>
    <message>
        <source>Forbes: boiling point and pressure</source>
        <translation>Forbes: punto de ebullición y presión</translation>
    </message>
    <message>
        <source>Forbes boiled water in the Alps to measure altitude: an almost perfect line, except one reading (204.6 °F) that sits 0.65 inHg above it, more than twice any other residual. Squared loss lets it pull; MAE barely notices.</source>
        <translation>Forbes hirvió agua en los Alpes para medir la altitud: una recta casi perfecta, salvo una lectura (204,6 °F) que queda 0,65 inHg por encima, más del doble que cualquier otro residuo. La pérdida cuadrática la deja tirar; MAE apenas la nota.</translation>
    </message>
    <message>
        <source>Forbes, J. D. (1857). Further experiments and remarks on the measurement of heights by the boiling point of water. Transactions of the Royal Society of Edinburgh 21; tabulated by Weisberg, S. (1985). Applied Linear Regression, 2nd ed. New York: Wiley.</source>
        <translation>Forbes, J. D. (1857). Further experiments and remarks on the measurement of heights by the boiling point of water. Transactions of the Royal Society of Edinburgh 21; tabulado por Weisberg, S. (1985). Applied Linear Regression, 2.ª ed. Nueva York: Wiley.</translation>
    </message>
    <message>
        <source>Published 1857: public domain.</source>
        <translation>Publicado en 1857: de dominio público.</translation>
    </message>
    <message>
        <source>boiling point of water</source>
        <translation>punto de ebullición del agua</translation>
    </message>
    <message>
        <source>air pressure</source>
        <translation>presión atmosférica</translation>
    </message>
    <message>
        <source>Galton: parents&apos; and children&apos;s heights</source>
        <translation>Galton: estatura de padres e hijos</translation>
    </message>
    <message>
        <source>928 adult children against the mean height of their parents: the slope is 0.65, less than 1, the &apos;regression towards mediocrity&apos; that gave regression its name. Heights were recorded to the inch, so many points lie on top of each other.</source>
        <translation>928 hijos adultos frente a la estatura media de sus padres: la pendiente es 0,65, menor que 1, la «regresión hacia la mediocridad» que dio nombre a la regresión. Las estaturas se anotaron en pulgadas enteras, así que muchos puntos quedan unos encima de otros.</translation>
    </message>
    <message>
        <source>Galton, F. (1886). Regression towards mediocrity in hereditary stature. Journal of the Anthropological Institute 15, 246–263, Table I.</source>
        <translation>Galton, F. (1886). Regression towards mediocrity in hereditary stature. Journal of the Anthropological Institute 15, 246–263, tabla I.</translation>
    </message>
    <message>
        <source>Published 1886: public domain.</source>
        <translation>Publicado en 1886: de dominio público.</translation>
    </message>
    <message>
        <source>mid-parent height</source>
        <translation>estatura media de los padres</translation>
    </message>
    <message>
        <source>adult child&apos;s height</source>
        <translation>estatura del hijo adulto</translation>
    </message>
    <message>
        <source>Brain and body weight of mammals (log10)</source>
        <translation>Peso del cerebro y del cuerpo de mamíferos (log10)</translation>
    </message>
    <message>
        <source>62 land mammals from a shrew to an African elephant, on log axes (both columns are log10 of the weights): brain weight grows as body weight to the power 0.75. A clean line: MSE and MAE slopes agree within 1%; humans sit far above it.</source>
        <translation>62 mamíferos terrestres, de una musaraña a un elefante africano, en ejes logarítmicos (ambas columnas son log10 de los pesos): el peso del cerebro crece como el peso del cuerpo elevado a 0,75. Una recta limpia: las pendientes de MSE y MAE coinciden en menos de un 1 %; los humanos quedan muy por encima.</translation>
    </message>
    <message>
        <source>Allison, T. &amp; Cicchetti, D. V. (1976). Sleep in mammals: ecological and constitutional correlates. Science 194, 732–734; the 62-species table of Weisberg, S. (1985). Applied Linear Regression, 2nd ed., Wiley, pp. 144–145.</source>
        <translation>Allison, T. &amp; Cicchetti, D. V. (1976). Sleep in mammals: ecological and constitutional correlates. Science 194, 732–734; la tabla de 62 especies de Weisberg, S. (1985). Applied Linear Regression, 2.ª ed., Wiley, pp. 144–145.</translation>
    </message>
    <message>
        <source>Factual measurements, distributed with R&apos;s MASS package (GPL-2 | GPL-3).</source>
        <translation>Mediciones de hechos, distribuidas con el paquete MASS de R (GPL-2 | GPL-3).</translation>
    </message>
    <message>
        <source>log10 body weight</source>
        <translation>log10 del peso corporal</translation>
    </message>
    <message>
        <source>log10 brain weight</source>
        <translation>log10 del peso del cerebro</translation>
    </message>
    <message>
        <source>Belgian phone calls</source>
        <translation>Llamadas telefónicas belgas</translation>
    </message>
    <message>
        <source>From 1964 to 1969 the total length of calls in minutes was recorded instead of the number of calls: six wrong points. They drag the least-squares line (slope 5.0) far from the least-absolute line (slope 1.2), which follows the other years.</source>
        <translation>De 1964 a 1969 se registró la duración total de las llamadas en minutos en lugar de su número: seis puntos erróneos. Arrastran la recta de mínimos cuadrados (pendiente 5,0) lejos de la de mínimos valores absolutos (pendiente 1,2), que sigue a los demás años.</translation>
    </message>
    <message>
        <source>Rousseeuw, P. J. &amp; Leroy, A. M. (1987). Robust Regression and Outlier Detection. New York: Wiley, chapter 2 (from the Belgian Statistical Survey).</source>
        <translation>Rousseeuw, P. J. &amp; Leroy, A. M. (1987). Robust Regression and Outlier Detection. Nueva York: Wiley, capítulo 2 (de la encuesta estadística belga).</translation>
    </message>
    <message>
        <source>Factual data, distributed with R&apos;s MASS package (GPL-2 | GPL-3).</source>
        <translation>Datos de hechos, distribuidos con el paquete MASS de R (GPL-2 | GPL-3).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>international calls</source>
        <translation>llamadas internacionales</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>millones</translation>
    </message>
    <message>
        <source>Newcomb&apos;s speed of light</source>
        <translation>La velocidad de la luz de Newcomb</translation>
    </message>
    <message>
        <source>66 timings of light over 7.4 km; x is only the order. Most lie near 27, two are far off (−44 and −2): heavy tails. With the bias model MSE gives the mean, 26.2, and MAE the median, 27; the modern value is 33.0.</source>
        <translation>66 tiempos de la luz sobre 7,4 km; x es solo el orden. La mayoría están cerca de 27, dos muy lejos (−44 y −2): colas pesadas. Con el modelo de solo sesgo, MSE da la media, 26,2, y MAE la mediana, 27; el valor actual es 33,0.</translation>
    </message>
    <message>
        <source>Newcomb, S. (1891). Measures of the velocity of light made under direction of the Secretary of the Navy during the years 1880–1882. Astronomical Papers 2, 107–230; third series as listed by Stigler, S. M. (1977). Do robust estimators deal with real data? Annals of Statistics 5, 1055–1098, Table 5.</source>
        <translation>Newcomb, S. (1891). Measures of the velocity of light made under direction of the Secretary of the Navy during the years 1880–1882. Astronomical Papers 2, 107–230; tercera serie según la lista de Stigler, S. M. (1977). Do robust estimators deal with real data? Annals of Statistics 5, 1055–1098, tabla 5.</translation>
    </message>
    <message>
        <source>A US government publication of 1891: public domain.</source>
        <translation>Una publicación del Gobierno de EE. UU. de 1891: de dominio público.</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>medición</translation>
    </message>
    <message>
        <source>number in order</source>
        <translation>número de orden</translation>
    </message>
    <message>
        <source>passage time − 24 800 ns</source>
        <translation>tiempo de paso − 24 800 ns</translation>
    </message>
    <message>
        <source>US population by census</source>
        <translation>Población de EE. UU. por censo</translation>
    </message>
    <message>
        <source>The census every ten years since 1790: growth that speeds up. A line misses the curve (R² 0.92, residuals in a U); poly:2 fits (R² 0.999). Extrapolate either and compare.</source>
        <translation>El censo cada diez años desde 1790: un crecimiento que se acelera. Una recta no sigue la curva (R² 0,92, residuos en forma de U); poly:2 ajusta (R² 0,999). Extrapola ambas y compara.</translation>
    </message>
    <message>
        <source>U.S. Census Bureau, decennial census counts of the resident population, 1790–2020.</source>
        <translation>U.S. Census Bureau, recuentos decenales de la población residente, 1790–2020.</translation>
    </message>
    <message>
        <source>A US government work: public domain.</source>
        <translation>Una obra del Gobierno de EE. UU.: de dominio público.</translation>
    </message>
    <message>
        <source>census year</source>
        <translation>año del censo</translation>
    </message>
    <message>
        <source>population</source>
        <translation>población</translation>
    </message>
    <message>
        <source>Galileo&apos;s ramp</source>
        <translation>La rampa de Galileo</translation>
    </message>
    <message>
        <source>Galileo rolled a ball down a ramp from seven heights and marked where it landed (1 punto ≈ 0.94 mm): distance grows like the square root of height, so the line bends away. poly:2 fits 7 points almost exactly (R² 0.990 against 0.926).</source>
        <translation>Galileo hizo rodar una bola por una rampa desde siete alturas y marcó dónde caía (1 punto ≈ 0,94 mm): la distancia crece como la raíz cuadrada de la altura, así que la recta se aparta. poly:2 ajusta los 7 puntos casi exactamente (R² 0,990 frente a 0,926).</translation>
    </message>
    <message>
        <source>Galileo Galilei (1608), manuscript folio 116v; transcribed by Drake, S. &amp; MacLachlan, J. (1975). Galileo&apos;s discovery of the parabolic trajectory. Scientific American 232(3), 102–110; used in Ramsey, F. L. &amp; Schafer, D. W., The Statistical Sleuth, case study 10.1.</source>
        <translation>Galileo Galilei (1608), manuscrito, folio 116v; transcrito por Drake, S. &amp; MacLachlan, J. (1975). Galileo&apos;s discovery of the parabolic trajectory. Scientific American 232(3), 102–110; usado en Ramsey, F. L. &amp; Schafer, D. W., The Statistical Sleuth, caso de estudio 10.1.</translation>
    </message>
    <message>
        <source>Public domain (1608).</source>
        <translation>Dominio público (1608).</translation>
    </message>
    <message>
        <source>release height</source>
        <translation>altura de salida</translation>
    </message>
    <message>
        <source>punti</source>
        <translation>punti</translation>
    </message>
    <message>
        <source>horizontal distance</source>
        <translation>distancia horizontal</translation>
    </message>
    <message>
        <source>Deaths by horse kicks</source>
        <translation>Muertes por coces de caballo</translation>
    </message>
    <message>
        <source>Soldiers killed by horse kicks in 14 Prussian army corps, per year: rare events, small whole numbers, never negative. A count whose spread grows with its mean is what a Poisson loss expects.</source>
        <translation>Soldados muertos por coces de caballo en 14 cuerpos del ejército prusiano, por año: sucesos raros, números enteros pequeños, nunca negativos. Un conteo cuya dispersión crece con su media es lo que espera una pérdida de Poisson.</translation>
    </message>
    <message>
        <source>von Bortkiewicz, L. (1898). Das Gesetz der kleinen Zahlen. Leipzig: Teubner.</source>
        <translation>von Bortkiewicz, L. (1898). Das Gesetz der kleinen Zahlen. Leipzig: Teubner.</translation>
    </message>
    <message>
        <source>Published 1898: public domain.</source>
        <translation>Publicado en 1898: de dominio público.</translation>
    </message>
    <message>
        <source>deaths by horse kicks</source>
        <translation>muertes por coces</translation>
    </message>
    <message>
        <source>soldiers per year</source>
        <translation>soldados por año</translation>
    </message>
    <message>
        <source>Brownlee&apos;s stack loss</source>
        <translation>La pérdida de amoníaco de Brownlee</translation>
    </message>
    <message>
        <source>21 days of a plant oxidising ammonia to nitric acid: more air flow, more ammonia lost up the stack. Days 21, 4, 3 and 1 sit far from the line (day 21 by 12‰): the classic set for robust regression.</source>
        <translation>21 días de una planta que oxida amoníaco a ácido nítrico: más caudal de aire, más amoníaco perdido por la chimenea. Los días 21, 4, 3 y 1 quedan lejos de la recta (el día 21 a 12 ‰): el conjunto clásico de la regresión robusta.</translation>
    </message>
    <message>
        <source>Brownlee, K. A. (1965). Statistical Theory and Methodology in Science and Engineering, 2nd ed. New York: Wiley, pp. 491–500.</source>
        <translation>Brownlee, K. A. (1965). Statistical Theory and Methodology in Science and Engineering, 2.ª ed. Nueva York: Wiley, pp. 491–500.</translation>
    </message>
    <message>
        <source>Factual data, distributed with R&apos;s datasets package (GPL-2 | GPL-3; the numbers themselves are facts).</source>
        <translation>Datos de hechos, distribuidos con el paquete datasets de R (GPL-2 | GPL-3; los números en sí son hechos).</translation>
    </message>
    <message>
        <source>air flow</source>
        <translation>caudal de aire</translation>
    </message>
    <message>
        <source>plant rate, coded</source>
        <translation>ritmo de la planta, codificado</translation>
    </message>
    <message>
        <source>stack loss</source>
        <translation>pérdida de amoníaco</translation>
    </message>
    <message>
        <source>‰ of the ammonia lost</source>
        <translation>‰ del amoníaco perdido</translation>
    </message>
    <message>
        <source>Challenger O-rings</source>
        <translation>Juntas tóricas del Challenger</translation>
    </message>
    <message>
        <source>The 23 shuttle launches before Challenger: did an O-ring show heat distress? All 4 launches below 65 °F did, 3 of the 19 warmer ones. The leak-check pressure is the second feature. Challenger launched at 31 °F, far outside the data.</source>
        <translation>Los 23 lanzamientos del transbordador antes del Challenger: ¿mostró alguna junta tórica daños por calor? Los 4 lanzamientos por debajo de 65 °F, sí; de los 19 más cálidos, 3. La presión de la prueba de fugas es la segunda variable. El Challenger despegó a 31 °F, muy fuera de los datos.</translation>
    </message>
    <message>
        <source>Dalal, S. R., Fowlkes, E. B. &amp; Hoadley, B. (1989). Risk analysis of the space shuttle: pre-Challenger prediction of failure. Journal of the American Statistical Association 84(408), 945–957, Table 1 (from the Presidential Commission&apos;s report, 1986).</source>
        <translation>Dalal, S. R., Fowlkes, E. B. &amp; Hoadley, B. (1989). Risk analysis of the space shuttle: pre-Challenger prediction of failure. Journal of the American Statistical Association 84(408), 945–957, tabla 1 (del informe de la Comisión Presidencial, 1986).</translation>
    </message>
    <message>
        <source>Facts from a US government report (1986): public domain.</source>
        <translation>Hechos de un informe del Gobierno de EE. UU. (1986): de dominio público.</translation>
    </message>
    <message>
        <source>launch temperature</source>
        <translation>temperatura de lanzamiento</translation>
    </message>
    <message>
        <source>leak-check pressure</source>
        <translation>presión de la prueba de fugas</translation>
    </message>
    <message>
        <source>no distress</source>
        <translation>sin daños</translation>
    </message>
    <message>
        <source>O-ring distress</source>
        <translation>daño en la junta tórica</translation>
    </message>
    <message>
        <source>Palmer penguins, three species</source>
        <translation>Pingüinos de Palmer, tres especies</translation>
    </message>
    <message>
        <source>Bills of three penguin species at Palmer Station, Antarctica: Gentoo stand apart by their shallow bills, Adélie and Chinstrap by length. Within each species deeper bills go with longer ones, yet a line through all birds slopes down (Simpson&apos;s paradox).</source>
        <translation>Picos de tres especies de pingüino en la estación Palmer, en la Antártida: los papúa se distinguen por sus picos poco altos; los adelia y los barbijo, por la longitud. Dentro de cada especie los picos más altos van con los más largos, y sin embargo una recta por todas las aves desciende (paradoja de Simpson).</translation>
    </message>
    <message>
        <source>Gorman, K. B., Williams, T. D. &amp; Fraser, W. R. (2014). Ecological sexual dimorphism and environmental variability within a community of Antarctic penguins (genus Pygoscelis). PLoS ONE 9(3), e90081; packaged by Horst, A. M., Hill, A. P. &amp; Gorman, K. B. (2020), palmerpenguins.</source>
        <translation>Gorman, K. B., Williams, T. D. &amp; Fraser, W. R. (2014). Ecological sexual dimorphism and environmental variability within a community of Antarctic penguins (genus Pygoscelis). PLoS ONE 9(3), e90081; empaquetado por Horst, A. M., Hill, A. P. &amp; Gorman, K. B. (2020), palmerpenguins.</translation>
    </message>
    <message>
        <source>CC0 1.0 (public domain dedication).</source>
        <translation>CC0 1.0 (cesión al dominio público).</translation>
    </message>
    <message>
        <source>bill length</source>
        <translation>longitud del pico</translation>
    </message>
    <message>
        <source>bill depth</source>
        <translation>altura del pico</translation>
    </message>
    <message>
        <source>Adélie</source>
        <translation>adelia</translation>
    </message>
    <message>
        <source>Chinstrap</source>
        <translation>barbijo</translation>
    </message>
    <message>
        <source>Gentoo</source>
        <translation>papúa</translation>
    </message>
    <message>
        <source>Palmer penguins, Adélie and Chinstrap</source>
        <translation>Pingüinos de Palmer, adelia y barbijo</translation>
    </message>
    <message>
        <source>Two species with the same bill depth: bill length nearly separates them, but no line does (the best BCE line misclassifies 6 birds), so BCE has a finite minimum and hinge and BCE boundaries differ.</source>
        <translation>Dos especies con la misma altura de pico: la longitud del pico casi las separa, pero ninguna recta lo consigue (la mejor recta BCE clasifica mal 6 aves), así que BCE tiene un mínimo finito y las fronteras de hinge y BCE difieren.</translation>
    </message>
    <message>
        <source>Gorman, K. B., Williams, T. D. &amp; Fraser, W. R. (2014). PLoS ONE 9(3), e90081; packaged by Horst, A. M., Hill, A. P. &amp; Gorman, K. B. (2020), palmerpenguins.</source>
        <translation>Gorman, K. B., Williams, T. D. &amp; Fraser, W. R. (2014). PLoS ONE 9(3), e90081; empaquetado por Horst, A. M., Hill, A. P. &amp; Gorman, K. B. (2020), palmerpenguins.</translation>
    </message>
    <message>
        <source>Anderson&apos;s irises</source>
        <translation>Los lirios de Anderson</translation>
    </message>
    <message>
        <source>Petal length and width of three iris species, 50 flowers each: setosa stands apart, versicolor and virginica overlap a little, so no pair of lines classifies every flower.</source>
        <translation>Longitud y anchura de los pétalos de tres especies de lirio, 50 flores de cada una: setosa queda aparte, versicolor y virginica se solapan un poco, así que ningún par de rectas clasifica bien todas las flores.</translation>
    </message>
    <message>
        <source>Anderson, E. (1935). The irises of the Gaspé Peninsula. Bulletin of the American Iris Society 59, 2–5; published in Fisher, R. A. (1936). The use of multiple measurements in taxonomic problems. Annals of Eugenics 7(2), 179–188.</source>
        <translation>Anderson, E. (1935). The irises of the Gaspé Peninsula. Bulletin of the American Iris Society 59, 2–5; publicado en Fisher, R. A. (1936). The use of multiple measurements in taxonomic problems. Annals of Eugenics 7(2), 179–188.</translation>
    </message>
    <message>
        <source>Published 1936: public domain.</source>
        <translation>Publicado en 1936: de dominio público.</translation>
    </message>
    <message>
        <source>petal length</source>
        <translation>longitud del pétalo</translation>
    </message>
    <message>
        <source>petal width</source>
        <translation>anchura del pétalo</translation>
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
        <translation>gaussiano</translation>
    </message>
    <message>
        <source>laplace</source>
        <translation>Laplace</translation>
    </message>
    <message>
        <source>gamma</source>
        <translation>gamma</translation>
    </message>
    <message>
        <source>student-t</source>
        <translation>t de Student</translation>
    </message>
</context>
<context>
    <name>dataset</name>
    <message>
        <source>{title} has {n} classes and the window draws {most} at most; try &apos;lossexplorer fit --preset {name} --loss crossentropy&apos;</source>
        <extracomment>True where a point is held out of J (train and test); None: every point trains a hand edit of a split: the parent&apos;s training points when the edit left them as they were, else how it changed them (an Edit of the parent&apos;s training points), so J follows in O(k²) what the canvas&apos;s axes say, with units (&apos;temperature (°F)&apos;); None: x and y (x1 and x2)</extracomment>
        <translation>{title} tiene {n} clases y la ventana dibuja {most} como máximo; prueba &apos;lossexplorer fit --preset {name} --loss crossentropy&apos;</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>{path}: the picture could not be written</source>
        <translation>{path}: no se pudo escribir la imagen</translation>
    </message>
    <message>
        <source>&amp;New lesson</source>
        <extracomment>ask about unsaved changes on close and open; screenshot mode and the tests turn it off</extracomment>
        <translation>&amp;Nueva lección</translation>
    </message>
    <message>
        <source>Start a fresh lesson: the first preset, the first settings, no pins</source>
        <translation>Empezar una lección nueva: el primer conjunto de ejemplo, los primeros ajustes, sin ajustes fijados</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a session (.lossx) or a points file (.csv)</source>
        <translation>Abrir una sesión (.lossx) o un archivo de puntos (.csv)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Guardar la sesión</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the session under a new name</source>
        <translation>Guardar la sesión con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>&amp;Exportar vista…</translation>
    </message>
    <message>
        <source>Save the current view as a PNG or SVG picture</source>
        <translation>Guardar la vista actual como imagen PNG o SVG</translation>
    </message>
    <message>
        <source>Export points…</source>
        <translation>Exportar puntos…</translation>
    </message>
    <message>
        <source>Write the points to a CSV file</source>
        <translation>Escribir los puntos en un archivo CSV</translation>
    </message>
    <message>
        <source>Export epoch log…</source>
        <translation>Exportar registro de épocas…</translation>
    </message>
    <message>
        <source>Write the epoch log to a CSV file</source>
        <translation>Escribir el registro de épocas en un archivo CSV</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>¿Guardar los cambios en {name}?</translation>
    </message>
    <message>
        <source>Save the changes to this session?</source>
        <translation>¿Guardar los cambios de esta sesión?</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>Sessions and points</source>
        <translation>Sesiones y puntos</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} puntos</translation>
    </message>
    <message>
        <source>{points}, {fit}</source>
        <translation>{points}, {fit}</translation>
    </message>
    <message>
        <source>1 pin</source>
        <translation>1 ajuste fijado</translation>
    </message>
    <message>
        <source>{n} pins</source>
        <translation>{n} ajustes fijados</translation>
    </message>
    <message>
        <source>{points}, {fit}, {pins}</source>
        <translation>{points}, {fit}, {pins}</translation>
    </message>
    <message>
        <source>Opened {name}: {what}</source>
        <translation>Se ha abierto {name}: {what}</translation>
    </message>
    <message>
        <source>Opened the session: {what}</source>
        <translation>Sesión abierta: {what}</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>{path}: cannot be saved ({why}); nothing was changed</source>
        <translation>{path}: no se puede guardar ({why}); no se ha cambiado nada</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Se ha guardado {path}</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({why})</source>
        <translation>{path}: no se puede escribir ({why})</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Se ha exportado {path}</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Archivos CSV</translation>
    </message>
    <message>
        <source>Export points</source>
        <translation>Exportar puntos</translation>
    </message>
    <message>
        <source>Export epoch log</source>
        <translation>Exportar registro de épocas</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>left click</source>
        <extracomment>the mouse&apos;s part of the shortcut sheet (shown through translate(&quot;help&quot;, ...))</extracomment>
        <translation>clic izquierdo</translation>
    </message>
    <message>
        <source>add a point (on empty space) or select one</source>
        <translation>añadir un punto (en un lugar vacío) o seleccionar uno</translation>
    </message>
    <message>
        <source>drag</source>
        <translation>arrastrar</translation>
    </message>
    <message>
        <source>move a point; on empty space, pan</source>
        <translation>mover un punto; en un lugar vacío, desplazar la vista</translation>
    </message>
    <message>
        <source>right click</source>
        <translation>clic derecho</translation>
    </message>
    <message>
        <source>remove the point under the cursor</source>
        <translation>quitar el punto bajo el cursor</translation>
    </message>
    <message>
        <source>Shift+right click</source>
        <translation>Mayús+clic derecho</translation>
    </message>
    <message>
        <source>the point&apos;s menu: hold it out of J (or back in), or remove it</source>
        <translation>el menú del punto: apartarlo de J (o devolverlo), o quitarlo</translation>
    </message>
    <message>
        <source>wheel</source>
        <translation>rueda</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>zoom</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; runs the descent: watch the line fit the points. &lt;b&gt;→&lt;/b&gt; takes one epoch, &lt;b&gt;R&lt;/b&gt; starts again.</source>
        <extracomment>the order of the shortcut sheet: what a teacher does first comes first (the rest follow, by key) keys as a person reads them</extracomment>
        <translation>&lt;b&gt;Espacio&lt;/b&gt; inicia el descenso: mira cómo la recta se ajusta a los puntos. &lt;b&gt;→&lt;/b&gt; avanza una época, &lt;b&gt;R&lt;/b&gt; vuelve a empezar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to add a point (an outlier, say); &lt;b&gt;drag&lt;/b&gt; one to move it.</source>
        <translation>&lt;b&gt;Haz clic&lt;/b&gt; para añadir un punto (un valor atípico, por ejemplo); &lt;b&gt;arrastra&lt;/b&gt; uno para moverlo.</translation>
    </message>
    <message>
        <source>Keys &lt;b&gt;1–9&lt;/b&gt; change the loss (4 is MAE); &lt;b&gt;P&lt;/b&gt; pins a fit to compare.</source>
        <translation>Las teclas &lt;b&gt;1–9&lt;/b&gt; cambian la pérdida (4 es MAE); &lt;b&gt;P&lt;/b&gt; fija un ajuste para comparar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;E&lt;/b&gt; reveals the exact answer once the class has guessed; &lt;b&gt;F5&lt;/b&gt; is projector mode.</source>
        <translation>&lt;b&gt;E&lt;/b&gt; muestra la solución exacta cuando la clase ya ha opinado; &lt;b&gt;F5&lt;/b&gt; es el modo proyector.</translation>
    </message>
    <message>
        <source>Welcome to lossexplorer</source>
        <translation>Te damos la bienvenida a lossexplorer</translation>
    </message>
    <message>
        <source>The points are on the canvas; the line is where gradient descent starts.</source>
        <translation>Los puntos están en el lienzo; la recta es donde empieza el descenso de gradiente.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Help → Teacher guide&lt;/i&gt; has a lesson plan for every view.</source>
        <translation>&lt;i&gt;Ayuda → Guía para docentes&lt;/i&gt; tiene un plan de clase para cada vista.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({n} points): {source} &lt;i&gt;Licence:&lt;/i&gt; {licence}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({n} puntos): {source} &lt;i&gt;Licencia:&lt;/i&gt; {licence}</translation>
    </message>
    <message>
        <source>See loss functions and gradient descent at work: the fit, the squares whose area is the error, the loss landscape and the path down it.</source>
        <translation>Mira funcionar las funciones de pérdida y el descenso de gradiente: el ajuste, los cuadrados cuya área es el error, el paisaje de la pérdida y el camino hacia abajo.</translation>
    </message>
    <message>
        <source>Built on NumPy, SciPy, PySide6 and pyqtgraph. Colours: the Okabe–Ito palette.</source>
        <translation>Hecho con NumPy, SciPy, PySide6 y pyqtgraph. Colores: la paleta de Okabe–Ito.</translation>
    </message>
    <message>
        <source>The real data sets and their sources</source>
        <translation>Los conjuntos de datos reales y sus fuentes</translation>
    </message>
    <message>
        <source>The made-up sets are lossexplorer&apos;s own (fixed seeds) and Anscombe&apos;s quartet (Anscombe 1973).</source>
        <translation>Los conjuntos inventados son propios de lossexplorer (semillas fijas) y el cuarteto de Anscombe (Anscombe 1973).</translation>
    </message>
    <message>
        <source>&amp;Teacher guide</source>
        <extracomment>show the first-run hint once; screenshot mode (nothing remembered) and the tests turn it off</extracomment>
        <translation>&amp;Guía para docentes</translation>
    </message>
    <message>
        <source>A lesson plan for every view: what to click, what to ask, what to point at</source>
        <translation>Un plan de clase para cada vista: qué pulsar, qué preguntar, qué señalar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut (F1)</source>
        <translation>Todos los atajos de teclado (F1)</translation>
    </message>
    <message>
        <source>&amp;About lossexplorer</source>
        <translation>Acerca &amp;de lossexplorer</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Versión y créditos</translation>
    </message>
    <message>
        <source>pick a loss: {losses}</source>
        <translation>elegir una pérdida: {losses}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Teacher guide</source>
        <translation>Guía para docentes</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Open the teacher guide</source>
        <translation>Abrir la guía para docentes</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>About lossexplorer</source>
        <translation>Acerca de lossexplorer</translation>
    </message>
</context>
<context>
    <name>holdout_cli</name>
    <message>
        <source>hold out a random share F of the points (0 ≤ F &lt; 1): J and the fit use the rest, and J and R² are reported on both (seeded by --seed)</source>
        <translation>reservar una fracción aleatoria F de los puntos (0 ≤ F &lt; 1): J y el ajuste usan el resto, y se dan J y R² de ambas partes (semilla: --seed)</translation>
    </message>
    <message>
        <source>seed of the points --hold-out draws</source>
        <translation>semilla de los puntos que --hold-out elige</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>{title} ({cite}), {n} points</source>
        <translation>{title} ({cite}), {n} puntos</translation>
    </message>
    <message>
        <source>{summary}. {context} Source: {source}</source>
        <translation>{summary}. {context} Fuente: {source}</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Regression: x and y</source>
        <translation>Regresión: x e y</translation>
    </message>
    <message>
        <source>Classification: x1, x2 and a label</source>
        <translation>Clasificación: x1, x2 y una etiqueta</translation>
    </message>
    <message>
        <source>tab</source>
        <extracomment>the core&apos;s names of the separators and decimal marks (core/table.py), for the translators: shown translated</extracomment>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>espacios</translation>
    </message>
    <message>
        <source>point (1.5)</source>
        <translation>punto (1.5)</translation>
    </message>
    <message>
        <source>comma (1,5)</source>
        <translation>coma (1,5)</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation>La primera fila contiene los nombres de las columnas</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separador:</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>Separador decimal:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>{role} column</source>
        <translation>columna {role}</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation>Omitir estas filas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>{name}: {encoding}, {width} columns, 1 row of data. Choose the columns that become the points.</source>
        <translation>{name}: {encoding}, {width} columnas, 1 fila de datos. Elige las columnas que formarán los puntos.</translation>
    </message>
    <message>
        <source>{name}: {encoding}, {width} columns, {n} rows of data. Choose the columns that become the points.</source>
        <translation>{name}: {encoding}, {width} columnas, {n} filas de datos. Elige las columnas que formarán los puntos.</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>sin usar</translation>
    </message>
    <message>
        <source>Labels: {mapping}</source>
        <translation>Etiquetas: {mapping}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <source>1 row cannot be used:</source>
        <translation>1 fila no se puede usar:</translation>
    </message>
    <message>
        <source>{n} rows cannot be used:</source>
        <translation>{n} filas no se pueden usar:</translation>
    </message>
    <message>
        <source>Import 1 point</source>
        <translation>Importar 1 punto</translation>
    </message>
    <message>
        <source>Import {n} points</source>
        <translation>Importar {n} puntos</translation>
    </message>
    <message>
        <source>Imported {name}: columns {columns}, {n} points, {left} rows left out</source>
        <translation>{name} importado: columnas {columns}, {n} puntos, {left} filas omitidas</translation>
    </message>
    <message>
        <source>Imported {name}: columns {columns}, {n} points</source>
        <translation>{name} importado: columnas {columns}, {n} puntos</translation>
    </message>
    <message>
        <source>{text} (labels {mapping})</source>
        <translation>{text} (etiquetas {mapping})</translation>
    </message>
</context>
<context>
    <name>keyboard_cursor</name>
    <message>
        <source>K, then ← → ↑ ↓</source>
        <extracomment>a small step is about this share of the view&apos;s width (or height) Shift multiplies the step by this modifiers that leave a key the cursor&apos;s: Shift (bigger steps, the other class) and the keypad&apos;s the keys the cursor takes while it is on (the others stay the window&apos;s shortcuts) the keys of the cursor for the shortcut sheet (F1), and of the physics bar (bar_keys.py), in English: `cursor_keys()` gives them in the window&apos;s language</extracomment>
        <translation>K, luego ← → ↑ ↓</translation>
    </message>
    <message>
        <source>keyboard cursor: move the crosshair (Shift: five steps)</source>
        <translation>cursor de teclado: mover la cruz (Shift: cinco pasos)</translation>
    </message>
    <message>
        <source>with the cursor: add a point at the crosshair (Shift+Enter: the other class)</source>
        <translation>con el cursor: añadir un punto en la cruz (Shift+Enter: la otra clase)</translation>
    </message>
    <message>
        <source>with the cursor: take the next or previous point; the arrows move it</source>
        <translation>con el cursor: tomar el punto siguiente o el anterior; las flechas lo mueven</translation>
    </message>
    <message>
        <source>with my line on: Tab walks on from the points to its handles; the arrows move one</source>
        <translation>con mi recta activa: Tab pasa de los puntos a sus asas; las flechas mueven una</translation>
    </message>
    <message>
        <source>with the cursor: remove the point taken; let go of it (Esc again: cursor off)</source>
        <translation>con el cursor: quitar el punto tomado; soltarlo (Esc otra vez: cursor desactivado)</translation>
    </message>
    <message>
        <source>on the physics view: lift or tilt the bar</source>
        <translation>en la vista de física: subir o inclinar la barra</translation>
    </message>
    <message>
        <source>({x}, {y})</source>
        <translation>({x}; {y})</translation>
    </message>
    <message>
        <source>Keyboard cursor on: arrows move it, Enter adds a point, Tab walks the points, Esc ends</source>
        <translation>Cursor de teclado activado: las flechas lo mueven, Enter añade un punto, Tab recorre los puntos, Esc termina</translation>
    </message>
    <message>
        <source>Keyboard cursor off</source>
        <translation>Cursor de teclado desactivado</translation>
    </message>
    <message>
        <source>No point there: {problem}</source>
        <translation>Ahí no cabe un punto: {problem}</translation>
    </message>
    <message>
        <source>Point {n} added at {at}</source>
        <translation>Punto {n} añadido en {at}</translation>
    </message>
    <message>
        <source>No points to walk: Enter adds one at the crosshair</source>
        <translation>No hay puntos que recorrer: Enter añade uno en la cruz</translation>
    </message>
    <message>
        <source>Point {i} of {n} at {at}: arrows move it, Delete removes it, Enter lets go</source>
        <translation>Punto {i} de {n} en {at}: las flechas lo mueven, Delete lo quita, Enter lo suelta</translation>
    </message>
    <message>
        <source>Handle {i} of {n} of my line at {at}: arrows move it, Enter lets go</source>
        <translation>Asa {i} de {n} de mi recta en {at}: las flechas la mueven, Intro la suelta</translation>
    </message>
    <message>
        <source>My line&apos;s handles stay: Enter lets go of this one</source>
        <translation>Las asas de mi recta se quedan: Intro suelta esta</translation>
    </message>
    <message>
        <source>handle {i} of my line taken, at {at}</source>
        <translation>asa {i} de mi recta tomada, en {at}</translation>
    </message>
    <message>
        <source>point {i} of {n} taken, at {at}</source>
        <translation>punto {i} de {n} tomado, en {at}</translation>
    </message>
    <message>
        <source>keyboard cursor at {at}</source>
        <translation>cursor de teclado en {at}</translation>
    </message>
</context>
<context>
    <name>landscape_view</name>
    <message>
        <source>coefficient across the map</source>
        <translation>coeficiente horizontal del mapa</translation>
    </message>
    <message>
        <source>coefficient up the map</source>
        <translation>coeficiente vertical del mapa</translation>
    </message>
    <message>
        <source>The two coefficients the map varies; the others keep their current values</source>
        <translation>Los dos coeficientes que varía el mapa; los demás conservan sus valores actuales</translation>
    </message>
    <message>
        <source>Race optimizers</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <source>Run gd, sgd, momentum and adam from the same start, each with its own path</source>
        <translation>Ejecutar gd, sgd, momentum y adam desde el mismo inicio, cada uno con su propio camino</translation>
    </message>
    <message>
        <source>Clear race</source>
        <translation>Borrar carrera</translation>
    </message>
    <message>
        <source>across</source>
        <translation>ejes</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Each spot on the map is one line, coloured by its J (dark is low: the bar on the right). Click to start the descent there.</source>
        <translation>Cada lugar del mapa es una recta, coloreada según su J (oscuro es bajo: la barra de la derecha). Haga clic para empezar el descenso ahí.</translation>
    </message>
    <message>
        <source>the descent, a dot per epoch</source>
        <translation>el descenso, un punto por época</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>su inicio</translation>
    </message>
    <message>
        <source>the exact minimum</source>
        <translation>el mínimo exacto</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The translation {language} is not installed; the window keeps its language</source>
        <translation>La traducción {language} no está instalada; la ventana conserva su idioma</translation>
    </message>
    <message>
        <source>The window is now in English (View → Language)</source>
        <translation>La ventana está ahora en español (Ver → Idioma)</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>No exact answer: {why}</source>
        <extracomment>every pace the lesson chose (and the defaults): settings still at one of them follow new data</extracomment>
        <translation>Sin solución exacta: {why}</translation>
    </message>
    <message>
        <source>The points changed: a new descent starts from the current fit, epoch 0</source>
        <translation>Los puntos han cambiado: un nuevo descenso empieza desde el ajuste actual, época 0</translation>
    </message>
    <message>
        <source>the points changed: a new descent starts from the current fit, epoch 0</source>
        <translation>los puntos han cambiado: un nuevo descenso empieza desde el ajuste actual, época 0</translation>
    </message>
    <message>
        <source>The data set changed: a new descent starts from the start, epoch 0</source>
        <translation>El conjunto de datos ha cambiado: un nuevo descenso empieza desde el inicio, época 0</translation>
    </message>
    <message>
        <source>the data set changed: a new descent starts from the start, epoch 0</source>
        <translation>el conjunto de datos ha cambiado: un nuevo descenso empieza desde el inicio, época 0</translation>
    </message>
    <message>
        <source>The settings changed: a new descent starts from the start, epoch 0</source>
        <translation>Los ajustes han cambiado: un nuevo descenso empieza desde el inicio, época 0</translation>
    </message>
    <message>
        <source>the settings changed: a new descent starts from the start, epoch 0</source>
        <translation>los ajustes han cambiado: un nuevo descenso empieza desde el inicio, época 0</translation>
    </message>
    <message>
        <source>The exact answer could not be found: {why}</source>
        <translation>No se pudo hallar la solución exacta: {why}</translation>
    </message>
    <message>
        <source>No point there: {why}</source>
        <translation>Ahí no cabe un punto: {why}</translation>
    </message>
    <message>
        <source>Click a point first to select it, or right-click a point to remove it</source>
        <translation>Primero haz clic en un punto para seleccionarlo, o clic derecho para quitarlo</translation>
    </message>
    <message>
        <source>Holding out points needs at least two: one to train on, one to test</source>
        <translation>Para apartar puntos hacen falta al menos dos: uno para entrenar y otro para probar</translation>
    </message>
    <message>
        <source>hold out {share}</source>
        <translation>apartar el {share}</translation>
    </message>
    <message>
        <source>Held out {held} of {n} points (seed {seed}): hollow, they never enter J or the gradient</source>
        <translation>Apartados {held} de {n} puntos (semilla {seed}): huecos, nunca entran en J ni en el gradiente</translation>
    </message>
    <message>
        <source>hold out none</source>
        <translation>no apartar ninguno</translation>
    </message>
    <message>
        <source>Every point is a training point again</source>
        <translation>Todos los puntos vuelven a ser de entrenamiento</translation>
    </message>
    <message>
        <source>Select a point first (click it), then T holds it out</source>
        <translation>Primero selecciona un punto (haz clic en él); luego T lo aparta</translation>
    </message>
    <message>
        <source>hold out point {n}</source>
        <translation>apartar el punto {n}</translation>
    </message>
    <message>
        <source>Point {n} held out: it no longer enters J or the gradient</source>
        <translation>Punto {n} apartado: ya no entra en J ni en el gradiente</translation>
    </message>
    <message>
        <source>train on point {n}</source>
        <translation>entrenar con el punto {n}</translation>
    </message>
    <message>
        <source>Point {n} a training point again</source>
        <translation>El punto {n} vuelve a ser de entrenamiento</translation>
    </message>
    <message>
        <source>clear points</source>
        <translation>borrar los puntos</translation>
    </message>
    <message>
        <source>preset {name}</source>
        <translation>conjunto de ejemplo {name}</translation>
    </message>
    <message>
        <source>Preset {name}: {description}{said}</source>
        <translation>Conjunto de ejemplo {name}: {description}{said}</translation>
    </message>
    <message>
        <source>open {path}</source>
        <translation>abrir {path}</translation>
    </message>
    <message>
        <source>Opened {path}: {n} points{said}</source>
        <translation>Abierto {path}: {n} puntos{said}</translation>
    </message>
    <message>
        <source>switch to classification</source>
        <translation>pasar a clasificación</translation>
    </message>
    <message>
        <source>Classification: left-click adds a point of the chosen class, Shift+click the next</source>
        <translation>Clasificación: el clic izquierdo añade un punto de la clase elegida; Mayús+clic, de la siguiente</translation>
    </message>
    <message>
        <source>switch to regression</source>
        <translation>pasar a regresión</translation>
    </message>
    <message>
        <source>Regression: left-click adds a point (x, y)</source>
        <translation>Regresión: el clic izquierdo añade un punto (x, y)</translation>
    </message>
    <message>
        <source>{k} classes</source>
        <translation>{k} clases</translation>
    </message>
    <message>
        <source>{k} classes: {loss}; {gone} points of the classes past {last} went (Undo brings them back)</source>
        <translation>{k} clases: {loss}; se han quitado {gone} puntos de las clases por encima de {last} (Deshacer los recupera)</translation>
    </message>
    <message>
        <source>{k} classes: {loss}</source>
        <translation>{k} clases: {loss}</translation>
    </message>
    <message>
        <source>At most {n} pins: remove one first</source>
        <translation>Como máximo {n} ajustes fijados: quita uno primero</translation>
    </message>
    <message>
        <source>my boundary</source>
        <translation>mi frontera</translation>
    </message>
    <message>
        <source>my line</source>
        <translation>mi recta</translation>
    </message>
    <message>
        <source>pin {label}</source>
        <translation>fijar {label}</translation>
    </message>
    <message>
        <source>remove pin {label}</source>
        <translation>quitar el ajuste fijado {label}</translation>
    </message>
    <message>
        <source>place my line</source>
        <translation>colocar mi recta</translation>
    </message>
    <message>
        <source>A left click now adds a class-{label} point (Shift+click: class {other})</source>
        <translation>Ahora el clic izquierdo añade un punto de la clase {label} (Mayús+clic: clase {other})</translation>
    </message>
    <message>
        <source>A new lesson: preset {name}, {description}{said}</source>
        <translation>Una lección nueva: conjunto de ejemplo {name}, {description}{said}</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <source>{path}: no such file</source>
        <extracomment>the speeds (epochs per second) the panel offers; 0 is as fast as possible decimals a number box keeps: every double from 1e-308 up survives (Qt rounds to these) the characters of a pin&apos;s label the window keeps</extracomment>
        <translation>{path}: no existe el archivo</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>{path}: not a regular file (a device, pipe or socket)</source>
        <translation>{path}: no es un archivo normal (un dispositivo, una tubería o un socket)</translation>
    </message>
    <message>
        <source>setting speed is {value}; the window offers {speeds} epochs per second, or 0 (as fast as possible)</source>
        <translation>el ajuste speed es {value}; la ventana ofrece {speeds} épocas por segundo, o 0 (lo más rápido posible)</translation>
    </message>
    <message>
        <source>setting {name} is {value}, outside the window&apos;s range {low} to {high}</source>
        <translation>el ajuste {name} es {value}, fuera del intervalo de la ventana, de {low} a {high}</translation>
    </message>
    <message>
        <source>setting {name} is {value}, too small to show (use 0)</source>
        <translation>el ajuste {name} es {value}, demasiado pequeño para mostrarlo (usa 0)</translation>
    </message>
    <message>
        <source>{name} = {value} is too large here ({name}^{power} overflows): zoom in</source>
        <translation>{name} = {value} es demasiado grande aquí ({name}^{power} se desborda): acerca la vista</translation>
    </message>
</context>
<context>
    <name>loss_keys</name>
    <message>
        <source>Pick the loss {title} ({key})</source>
        <translation>Elegir la pérdida {title} ({key})</translation>
    </message>
    <message>
        <source>Loss: {title}</source>
        <translation>Pérdida: {title}</translation>
    </message>
</context>
<context>
    <name>losscurve</name>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>rate L</source>
        <translation>tasa L</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>escala log.</translation>
    </message>
    <message>
        <source>Show J on a logarithmic axis: steady convergence becomes a straight line</source>
        <translation>Mostrar J en un eje logarítmico: una convergencia regular se vuelve una recta</translation>
    </message>
    <message>
        <source>training J</source>
        <translation>J de entrenamiento</translation>
    </message>
    <message>
        <source>held-out J</source>
        <translation>J de prueba</translation>
    </message>
    <message>
        <source>Epoch #</source>
        <extracomment>the widest number of the epoch log (written with 10 significant digits), and the epoch column&apos;s title</extracomment>
        <translation>Época</translation>
    </message>
    <message>
        <source>follow the last epoch</source>
        <translation>seguir la última época</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the epoch log as a CSV file</source>
        <translation>Guardar el registro de épocas como archivo CSV</translation>
    </message>
</context>
<context>
    <name>modes</name>
    <message>
        <source>current fit</source>
        <extracomment>what the canvas can draw over the points, and what it draws at first</extracomment>
        <translation>ajuste actual</translation>
    </message>
    <message>
        <source>The line (or curve) the optimizer has reached</source>
        <translation>La recta (o curva) a la que ha llegado el optimizador</translation>
    </message>
    <message>
        <source>exact answer (E)</source>
        <translation>solución exacta (E)</translation>
    </message>
    <message>
        <source>Reveal the exact answer, dashed (the true minimizer of J), or hide it again (E)</source>
        <translation>Mostrar la solución exacta, discontinua (el verdadero minimizador de J), u ocultarla de nuevo (E)</translation>
    </message>
    <message>
        <source>residuals</source>
        <translation>residuos</translation>
    </message>
    <message>
        <source>Vertical segments r = y − p from each point to the fit</source>
        <translation>Segmentos verticales r = y − p de cada punto al ajuste</translation>
    </message>
    <message>
        <source>residual squares (RSS)</source>
        <translation>cuadrados de los residuos (RSS)</translation>
    </message>
    <message>
        <source>Squares with side |r|: their total area is the RSS</source>
        <translation>Cuadrados de lado |r|: su área total es la RSS</translation>
    </message>
    <message>
        <source>ȳ and its squares (TSS)</source>
        <translation>ȳ y sus cuadrados (TSS)</translation>
    </message>
    <message>
        <source>The bias-only model ȳ; its squares&apos; total area is the TSS</source>
        <translation>El modelo solo con ordenada en el origen, ȳ; el área total de sus cuadrados es la TSS</translation>
    </message>
    <message>
        <source>gradient arrows</source>
        <translation>flechas del gradiente</translation>
    </message>
    <message>
        <source>Which way each point pulls the fit, and how hard: −dℓ/dp</source>
        <translation>Hacia dónde tira cada punto del ajuste, y con qué fuerza: −dℓ/dp</translation>
    </message>
    <message>
        <source>mean point (x̄, ȳ)</source>
        <translation>punto medio (x̄, ȳ)</translation>
    </message>
    <message>
        <source>The least-squares line always passes through it</source>
        <translation>La recta de mínimos cuadrados siempre pasa por él</translation>
    </message>
    <message>
        <source>decision boundary</source>
        <extracomment>the same overlays in classification mode (arrows and the mean point do not apply there)</extracomment>
        <translation>frontera de decisión</translation>
    </message>
    <message>
        <source>Where the most likely class changes: σ(z) = ½ (z = 0) for two classes, z_k = z_l where classes k and l meet</source>
        <translation>Donde cambia la clase más probable: σ(z) = ½ (z = 0) con dos clases, z_k = z_l donde se encuentran las clases k y l</translation>
    </message>
    <message>
        <source>exact boundary (E)</source>
        <translation>frontera exacta (E)</translation>
    </message>
    <message>
        <source>Reveal the exact boundary, dashed (J&apos;s true minimizer), or hide it again (E)</source>
        <translation>Mostrar la frontera exacta, discontinua (el verdadero minimizador de J), u ocultarla de nuevo (E)</translation>
    </message>
    <message>
        <source>per-point loss (rings)</source>
        <translation>pérdida por punto (anillos)</translation>
    </message>
    <message>
        <source>A ring around each point, its area growing with the point&apos;s loss</source>
        <translation>Un anillo alrededor de cada punto, cuya área crece con la pérdida del punto</translation>
    </message>
    <message>
        <source>predicted class (shading)</source>
        <translation>clase predicha (sombreado)</translation>
    </message>
    <message>
        <source>Each region in the faint colour of the class the model predicts there; stronger where it is surer</source>
        <translation>Cada región en el color tenue de la clase que el modelo predice allí; más intenso donde está más seguro</translation>
    </message>
    <message>
        <source>margins z = ±1 (hinge)</source>
        <translation>márgenes z = ±1 (bisagra)</translation>
    </message>
    <message>
        <source>Hinge loss is 0 beyond these lines on the right side</source>
        <translation>La pérdida bisagra vale 0 más allá de estas líneas, en el lado correcto</translation>
    </message>
</context>
<context>
    <name>my_line</name>
    <message>
        <source>my line</source>
        <extracomment>how near (pixels) a press must be to the line&apos;s body to move it where the handles are (the view&apos;s, not the document&apos;s): a line&apos;s handles&apos; x, or a boundary&apos;s two handle points (2 × 2)</extracomment>
        <translation>mi recta</translation>
    </message>
    <message>
        <source>my boundary</source>
        <translation>mi frontera</translation>
    </message>
    <message>
        <source>My line: {coefficients}</source>
        <translation>Mi recta: {coefficients}</translation>
    </message>
    <message>
        <source>move my line</source>
        <translation>mover mi recta</translation>
    </message>
    <message>
        <source>tilt my line</source>
        <translation>inclinar mi recta</translation>
    </message>
    <message>
        <source>bend my curve</source>
        <translation>curvar mi curva</translation>
    </message>
    <message>
        <source>move my boundary</source>
        <translation>mover mi frontera</translation>
    </message>
    <message>
        <source>turn my boundary</source>
        <translation>girar mi frontera</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Mi recta</translation>
    </message>
    <message>
        <source>Place my own line (in classification my boundary): drag it to move it, drag a handle to tilt it, or type its coefficients; the bar compares its J with the best (M)</source>
        <translation>Colocar mi propia recta (en clasificación, mi frontera): arrástrala para moverla, arrastra un asa para inclinarla o escribe sus coeficientes; la barra compara su J con el mejor (M)</translation>
    </message>
    <message>
        <source>Pin my line</source>
        <translation>Fijar mi recta</translation>
    </message>
    <message>
        <source>Keep my line as a pin labelled &apos;my line&apos;</source>
        <translation>Guardar mi recta como ajuste fijado con el nombre «mi recta»</translation>
    </message>
    <message>
        <source>My line takes one line or boundary: not the softmax model&apos;s K</source>
        <translation>Mi recta es una sola recta o frontera: no sirve para las K clases del modelo softmax</translation>
    </message>
    <message>
        <source>Pin my boundary</source>
        <translation>Fijar mi frontera</translation>
    </message>
    <message>
        <source>My boundary: drag it to move it, drag a round handle to turn it, or type β0, β1, β2; E reveals the best boundary</source>
        <translation>Mi frontera: arrástrala para moverla, arrastra un asa redonda para girarla o escribe β0, β1, β2; E muestra la mejor frontera</translation>
    </message>
    <message>
        <source>My line: drag it to move it, drag a round handle to tilt it, or type its m and c; E reveals the best line</source>
        <translation>Mi recta: arrástrala para moverla, arrastra un asa redonda para inclinarla o escribe su m y su c; E muestra la mejor recta</translation>
    </message>
</context>
<context>
    <name>my_line_panel</name>
    <message>
        <source>My line takes one line or boundary: not the softmax model&apos;s K</source>
        <extracomment>the panel&apos;s width per point of the font: 300 px at 11 pt, wider in projector mode, but at most this share of the canvas (a projector&apos;s 1280 pixels leave the points most of the room)</extracomment>
        <translation>Mi recta es una sola recta o frontera: no sirve para las K clases del modelo softmax</translation>
    </message>
    <message>
        <source>No points: nothing to score</source>
        <translation>Sin puntos: nada que puntuar</translation>
    </message>
    <message>
        <source>the best line is being found…</source>
        <translation>se está buscando la mejor recta…</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Mi recta</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>J of my line against J of the best line, on one scale</source>
        <translation>J de mi recta frente a J de la mejor recta, en una misma escala</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>Residuos</translation>
    </message>
    <message>
        <source>Residual r = y − p against x, for my line and for the current fit</source>
        <translation>Residuo r = y − p frente a x, para mi recta y para el ajuste actual</translation>
    </message>
    <message>
        <source>my line&apos;s {name}: type a number, Enter</source>
        <translation>{name} de mi recta: escribe un número, Enter</translation>
    </message>
    <message>
        <source>my {name}</source>
        <translation>mi {name}</translation>
    </message>
    <message>
        <source>type my line&apos;s {name}</source>
        <translation>escribir {name} de mi recta</translation>
    </message>
    <message>
        <source>My boundary</source>
        <translation>Mi frontera</translation>
    </message>
    <message>
        <source>My curve</source>
        <translation>Mi curva</translation>
    </message>
</context>
<context>
    <name>pace</name>
    <message>
        <source>Adam, learning rate {lr}, {epochs} epochs at {speed}/s: about {seconds} s to the answer</source>
        <extracomment>the speeds (epochs per second) a pace may choose: each is one of the panel&apos;s choices</extracomment>
        <translation>Adam, tasa de aprendizaje {lr}, {epochs} épocas a {speed}/s: unos {seconds} s hasta la solución</translation>
    </message>
    <message>
        <source>Learning rate {lr}, {epochs} epochs at {speed}/s: about {seconds} s to the answer</source>
        <translation>Tasa de aprendizaje {lr}, {epochs} épocas a {speed}/s: unos {seconds} s hasta la solución</translation>
    </message>
    <message>
        <source>gradient descent would need over a million epochs here (x lies far from 0: a long, narrow valley)</source>
        <translation>el descenso de gradiente necesitaría aquí más de un millón de épocas (x está lejos de 0: un valle largo y estrecho)</translation>
    </message>
    <message>
        <source>gradient descent would need about {n} epochs here (x lies far from 0: a long, narrow valley)</source>
        <translation>el descenso de gradiente necesitaría aquí unas {n} épocas (x está lejos de 0: un valle largo y estrecho)</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>1 epoch/s</source>
        <extracomment>the losses&apos; titles and tips, the core&apos;s English (shown through core_tr) the speeds offered (epochs per second, 0: as fast as possible) and their titles, translated where shown</extracomment>
        <translation>1 época/s</translation>
    </message>
    <message>
        <source>2 epochs/s</source>
        <translation>2 épocas/s</translation>
    </message>
    <message>
        <source>5 epochs/s</source>
        <translation>5 épocas/s</translation>
    </message>
    <message>
        <source>10 epochs/s</source>
        <translation>10 épocas/s</translation>
    </message>
    <message>
        <source>30 epochs/s</source>
        <translation>30 épocas/s</translation>
    </message>
    <message>
        <source>60 epochs/s</source>
        <translation>60 épocas/s</translation>
    </message>
    <message>
        <source>250 epochs/s</source>
        <translation>250 épocas/s</translation>
    </message>
    <message>
        <source>1000 epochs/s</source>
        <translation>1000 épocas/s</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>bias: p = c</source>
        <translation>constante: p = c</translation>
    </message>
    <message>
        <source>line: p = m·x + c</source>
        <translation>recta: p = m·x + c</translation>
    </message>
    <message>
        <source>logistic: z = β0 + β1·x1 + β2·x2</source>
        <translation>logístico: z = β0 + β1·x1 + β2·x2</translation>
    </message>
    <message>
        <source>polynomial, degree {d}</source>
        <translation>polinomio de grado {d}</translation>
    </message>
    <message>
        <source>softmax, {k} classes: zₖ = βₖ0 + βₖ1·x1 + βₖ2·x2</source>
        <translation>softmax, {k} clases: zₖ = βₖ0 + βₖ1·x1 + βₖ2·x2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Compare fits</source>
        <translation>Comparar ajustes</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>regression: y against x</source>
        <translation>regresión: y frente a x</translation>
    </message>
    <message>
        <source>classification: K classes</source>
        <translation>clasificación: K clases</translation>
    </message>
    <message>
        <source>Regression fits a curve p(x) to points (x, y); classification separates points of 2 to 5 classes in the (x1, x2) plane with a logistic (two classes) or softmax model</source>
        <translation>La regresión ajusta una curva p(x) a puntos (x, y); la clasificación separa puntos de 2 a 5 clases en el plano (x1, x2) con un modelo logístico (dos clases) o softmax</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>clases</translation>
    </message>
    <message>
        <source>new points</source>
        <translation>puntos nuevos</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>The per-point loss ℓ(p, y); J averages (or sums) it over the points</source>
        <translation>La pérdida de cada punto ℓ(p, y); J la promedia (o la suma) sobre los puntos</translation>
    </message>
    <message>
        <source>the loss&apos;s own</source>
        <extracomment>a box for each parameter of the losses offered, in its row labelled with the symbol (δ, q, α, γ, ε); each is also the panel&apos;s attribute of the parameter&apos;s name (panel.delta)</extracomment>
        <translation>la de la pérdida</translation>
    </message>
    <message>
        <source>mean (1/n)·Σ</source>
        <translation>media (1/n)·Σ</translation>
    </message>
    <message>
        <source>sum Σ</source>
        <translation>suma Σ</translation>
    </message>
    <message>
        <source>R in J = R(ℓ) + penalties: the mean or the sum over the points</source>
        <translation>R en J = R(ℓ) + penalizaciones: la media o la suma sobre los puntos</translation>
    </message>
    <message>
        <source>reduce by</source>
        <translation>reducción</translation>
    </message>
    <message>
        <source>cap predictions at</source>
        <translation>limitar p a</translation>
    </message>
    <message>
        <source>The blog&apos;s multi-objective penalty: λ·R(max(0, p − C)²)</source>
        <translation>La penalización multiobjetivo del blog: λ·R(max(0, p − C)²)</translation>
    </message>
    <message>
        <source>cap weight λ</source>
        <translation>peso del límite λ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>p = f(x; β): a constant, a line m·x + c, or Σ β_j x^j</source>
        <translation>p = f(x; β): una constante, una recta m·x + c o Σ β_j x^j</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Learning rate on a log scale, 1e-6 … 10; the red mark is the largest stable rate</source>
        <translation>Tasa de aprendizaje en escala logarítmica, 1e-6 … 10; la marca roja es la mayor tasa estable</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>2/L, L the largest eigenvalue of J&apos;s Hessian: gd diverges above it</source>
        <translation>2/L, con L el mayor valor propio de la hessiana de J: por encima, gd diverge</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>tamaño de lote</translation>
    </message>
    <message>
        <source>momentum μ</source>
        <translation>momento μ</translation>
    </message>
    <message>
        <source>epochs</source>
        <extracomment>the optimizers&apos; settings&apos; rows, shown for the optimizers that take them</extracomment>
        <translation>épocas</translation>
    </message>
    <message>
        <source>animation speed: epochs per second, or as fast as the computer goes</source>
        <translation>velocidad de la animación: épocas por segundo, o tan rápido como pueda el ordenador</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>velocidad</translation>
    </message>
    <message>
        <source>largest stable rate {rate}: above it, gd diverges</source>
        <translation>mayor tasa estable {rate}: por encima, gd diverge</translation>
    </message>
    <message>
        <source>largest stable rate {rate}</source>
        <translation>mayor tasa estable {rate}</translation>
    </message>
</context>
<context>
    <name>physics_view</name>
    <message>
        <source>&lt;b&gt;Each point pulls the bar towards itself with a spring; the bar comes to rest where the pulls balance, and that is where the loss is least.&lt;/b&gt; Each spring stores (k/2)·ℓ(e) and pulls the bar with −(k/2)·dℓ/de; at rest the net force and torque vanish, which are the normal equations, so the bar rests on the loss&apos;s minimizer (k = 2 makes ΣU the SSE). With heavy damping the bar creeps straight downhill, velocity ∝ force: that is gradient descent. With mass and little damping it overshoots and swings back: that is momentum.</source>
        <extracomment>the readings too wide to sit beside their names, with the widest text each shows (the rest: translated) the widest of the other readings</extracomment>
        <translation>&lt;b&gt;Cada punto tira de la barra hacia sí con un muelle; la barra queda en reposo donde las fuerzas se equilibran, y ahí es donde la pérdida es mínima.&lt;/b&gt; Cada muelle almacena (k/2)·ℓ(e) y tira de la barra con −(k/2)·dℓ/de; en reposo la fuerza neta y el momento neto se anulan, que son las ecuaciones normales, así que la barra reposa en el minimizador de la pérdida (con k = 2, ΣU es la SSE). Con mucho amortiguamiento la barra se arrastra cuesta abajo, velocidad ∝ fuerza: eso es el descenso de gradiente. Con masa y poco amortiguamiento se pasa de largo y vuelve oscilando: eso es el momentum.</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>tiempo (s)</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energía</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Let the bar move, or freeze it</source>
        <translation>Dejar que la barra se mueva, o congelarla</translation>
    </message>
    <message>
        <source>Reset bar</source>
        <translation>Reiniciar barra</translation>
    </message>
    <message>
        <source>The bar horizontal at ȳ, at rest</source>
        <translation>La barra horizontal en ȳ, en reposo</translation>
    </message>
    <message>
        <source>b per point: 0 swings for ever; large creeps like gradient descent</source>
        <translation>b por punto: 0 oscila sin fin; grande avanza lento como el descenso de gradiente</translation>
    </message>
    <message>
        <source>M per point: more mass, slower swings, more overshoot (momentum)</source>
        <translation>M por punto: más masa, oscilaciones más lentas, más sobreoscilación (momentum)</translation>
    </message>
    <message>
        <source>k: spring stiffness; k = 2 makes ΣU the SSE</source>
        <translation>k: rigidez del muelle; con k = 2, ΣU es la SSE</translation>
    </message>
    <message>
        <source>simulated seconds per second</source>
        <translation>segundos simulados por segundo</translation>
    </message>
    <message>
        <source>show the optimizer&apos;s path</source>
        <translation>mostrar el camino del optimizador</translation>
    </message>
    <message>
        <source>The fits gradient descent went through, as faint bars</source>
        <translation>Los ajustes por los que pasó el descenso de gradiente, como barras tenues</translation>
    </message>
    <message>
        <source>damping</source>
        <translation>amortiguamiento</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>masa</translation>
    </message>
    <message>
        <source>stiffness k</source>
        <translation>rigidez k</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>velocidad</translation>
    </message>
    <message>
        <source>The bar</source>
        <translation>La barra</translation>
    </message>
    <message>
        <source>net force ΣF</source>
        <translation>fuerza neta ΣF</translation>
    </message>
    <message>
        <source>Σ F_i: zero at rest (the first normal equation)</source>
        <translation>Σ F_i: cero en reposo (la primera ecuación normal)</translation>
    </message>
    <message>
        <source>net torque</source>
        <translation>momento neto</translation>
    </message>
    <message>
        <source>Σ (x_i − x̄)·F_i: zero at rest (the second normal equation)</source>
        <translation>Σ (x_i − x̄)·F_i: cero en reposo (la segunda ecuación normal)</translation>
    </message>
    <message>
        <source>potential U</source>
        <translation>energía potencial U</translation>
    </message>
    <message>
        <source>Σ (k/2)·ℓ(e_i): the SSE when k = 2 and the loss is squared error</source>
        <translation>Σ (k/2)·ℓ(e_i): la SSE si k = 2 y la pérdida es el error cuadrático</translation>
    </message>
    <message>
        <source>kinetic</source>
        <extracomment>why there is no bar, for a loss the spring picture does not fit (Poisson: a pull that is no function of e)</extracomment>
        <translation>cinética</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>kinetic + potential: kept when damping is 0</source>
        <translation>cinética + potencial: se conserva si el amortiguamiento es 0</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>barra</translation>
    </message>
    <message>
        <source>the line the bar lies on</source>
        <translation>la recta sobre la que está la barra</translation>
    </message>
    <message>
        <source>potential</source>
        <translation>potencial</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>en movimiento</translation>
    </message>
    <message>
        <source>at rest</source>
        <translation>en reposo</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;The spring picture does not apply to {loss}.&lt;/b&gt;&lt;/span&gt; {why}</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;La imagen de los muelles no sirve para {loss}.&lt;/b&gt;&lt;/span&gt; {why}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>pin_list</name>
    <message>
        <source>Pinned fits, drawn in their own colours on the canvas</source>
        <translation>Ajustes fijados, cada uno en su color sobre el lienzo</translation>
    </message>
    <message>
        <source>Remove pin</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected pin</source>
        <translation>Quitar el ajuste fijado seleccionado</translation>
    </message>
</context>
<context>
    <name>presets_cli</name>
    <message>
        <source>`lossexplorer presets`: every preset data set, real and made up, with its number of points, its task, the units of its axes and its source (`--json`: one object a set, with the context and the licence too). The catalogue is core/datasets.py&apos;s; resources/DATASETS.md says the same.</source>
        <translation>`lossexplorer presets`: todos los conjuntos de ejemplo, reales e inventados, con su número de puntos, su tarea, las unidades de sus ejes y su fuente (`--json`: un objeto por conjunto, también con el contexto y la licencia). El catálogo es el de core/datasets.py; resources/DATASETS.md dice lo mismo.</translation>
    </message>
    <message>
        <source>only the real or only the made-up sets</source>
        <translation>solo los conjuntos reales o solo los inventados</translation>
    </message>
</context>
<context>
    <name>problem</name>
    <message>
        <source>Add some points first: left-click on the canvas</source>
        <translation>Primero añade puntos: clic izquierdo en el lienzo</translation>
    </message>
    <message>
        <source>Every point is held out: keep some for training (T on a point, or Data → Hold out none)</source>
        <translation>Todos los puntos están apartados: deja algunos para entrenar (T sobre un punto, o Datos → No apartar ninguno)</translation>
    </message>
    <message>
        <source>Gradient descent on MSE diverges above {stable} here, below the smallest learning rate ({lowest}): try Adam, or a lower degree</source>
        <extracomment>J on the points held out (train and test): the same loss, reduction and penalties; None without a split below this many points a full build takes under a millisecond or two: no edits needed</extracomment>
        <translation>Aquí el descenso de gradiente con MSE diverge por encima de {stable}, por debajo de la tasa de aprendizaje mínima ({lowest}): prueba Adam o un grado menor</translation>
    </message>
    <message>
        <source>Learning rate lowered to {lr}: gradient descent on MSE diverges above {stable} here</source>
        <translation>Tasa de aprendizaje reducida a {lr}: aquí el descenso de gradiente con MSE diverge por encima de {stable}</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <source>&amp;Projector mode</source>
        <translation>Modo &amp;proyector</translation>
    </message>
    <message>
        <source>Large fonts, thick lines and big markers for a projector (F5)</source>
        <translation>Letra grande, líneas gruesas y marcadores grandes para un proyector (F5)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Pantalla completa (F11)</translation>
    </message>
</context>
<context>
    <name>race_view</name>
    <message>
        <source>1st</source>
        <translation>1.º</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2.º</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3.º</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4.º</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>exact J: the finish</source>
        <translation>J exacto: la meta</translation>
    </message>
    <message>
        <source>{place} {racer} (epoch {epoch})</source>
        <translation>{place} {racer} (época {epoch})</translation>
    </message>
    <message>
        <source>Race, epoch {epoch} of {last}</source>
        <translation>Carrera, época {epoch} de {last}</translation>
    </message>
    <message>
        <source>Race over {last} epochs</source>
        <translation>Carrera de {last} épocas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{head}&lt;/b&gt; (the finish: J within 1% of the exact J)</source>
        <translation>&lt;b&gt;{head}&lt;/b&gt; (la meta: J a menos del 1 % del J exacto)</translation>
    </message>
    <message>
        <source>{racers} did not get there</source>
        <translation>sin llegar a la meta: {racers}</translation>
    </message>
    <message>
        <source>{racers} still racing</source>
        <translation>aún en carrera: {racers}</translation>
    </message>
</context>
<context>
    <name>random_dialog</name>
    <message>
        <source>gaussian</source>
        <extracomment>the core&apos;s noises (NOISES) as the dialog names them, translated where shown</extracomment>
        <translation>gaussiano</translation>
    </message>
    <message>
        <source>laplace</source>
        <translation>Laplace</translation>
    </message>
    <message>
        <source>gamma</source>
        <translation>gamma</translation>
    </message>
    <message>
        <source>student-t</source>
        <translation>t de Student</translation>
    </message>
    <message>
        <source>random: {n} points</source>
        <translation>aleatorio: {n} puntos</translation>
    </message>
    <message>
        <source>Random points</source>
        <translation>Puntos aleatorios</translation>
    </message>
    <message>
        <source>m of the true line y = m·x + c</source>
        <translation>m de la recta verdadera y = m·x + c</translation>
    </message>
    <message>
        <source>c of the true line</source>
        <translation>c de la recta verdadera</translation>
    </message>
    <message>
        <source>Gaussian suits least squares, Laplace suits MAE; gamma and Student-t have heavy tails</source>
        <translation>La gaussiana va con mínimos cuadrados, la de Laplace con MAE; la gamma y la t de Student tienen colas pesadas</translation>
    </message>
    <message>
        <source>the noise&apos;s scale (σ for Gaussian)</source>
        <translation>la escala del ruido (σ para el gaussiano)</translation>
    </message>
    <message>
        <source>fraction of points pushed far above the line</source>
        <translation>fracción de puntos desplazados muy por encima de la recta</translation>
    </message>
    <message>
        <source>the same seed gives the same points</source>
        <translation>la misma semilla da los mismos puntos</translation>
    </message>
    <message>
        <source>points n</source>
        <translation>puntos n</translation>
    </message>
    <message>
        <source>slope m</source>
        <translation>pendiente m</translation>
    </message>
    <message>
        <source>intercept c</source>
        <translation>ordenada en el origen c</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ruido</translation>
    </message>
    <message>
        <source>noise scale</source>
        <translation>escala del ruido</translation>
    </message>
    <message>
        <source>outlier fraction</source>
        <translation>fracción de valores atípicos</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
</context>
<context>
    <name>readouts</name>
    <message>
        <source>none: R² is negative, so this fit is worse than the flat line ȳ, and √R² does not exist</source>
        <extracomment>r from R² and from corr(y, p) agree with the points&apos; r to this many places at the least-squares line</extracomment>
        <translation>ninguno: R² es negativo, así que este ajuste es peor que la recta horizontal ȳ, y √R² no existe</translation>
    </message>
    <message>
        <source>&lt;b&gt;{data}&lt;/b&gt; corr(x, y): the points&apos; own r, whatever the fit&lt;br&gt;&lt;b&gt;{from_r2}&lt;/b&gt; √R² of this fit, with the slope&apos;s sign&lt;br&gt;&lt;b&gt;{predictions}&lt;/b&gt; corr(y, p), with the slope&apos;s sign: the same as r for any straight line that slopes the same way</source>
        <translation>&lt;b&gt;{data}&lt;/b&gt; corr(x, y): el r de los propios puntos, sea cual sea el ajuste&lt;br&gt;&lt;b&gt;{from_r2}&lt;/b&gt; √R² de este ajuste, con el signo de la pendiente&lt;br&gt;&lt;b&gt;{predictions}&lt;/b&gt; corr(y, p), con el signo de la pendiente: igual a r para cualquier recta cuya pendiente tenga el mismo signo</translation>
    </message>
    <message>
        <source>For a curve √R² measures how well the curve fits, not how straight the points lie: it is not r.</source>
        <translation>Para una curva, √R² mide lo bien que se ajusta la curva, no lo alineados que están los puntos: no es r.</translation>
    </message>
    <message>
        <source>All three agree: this is the least-squares line.</source>
        <translation>Los tres coinciden: esta es la recta de mínimos cuadrados.</translation>
    </message>
    <message>
        <source>They differ now because this is not yet the least-squares line: it leaves more of the spread unexplained, so its R² and √R² are lower. At the least-squares line all three agree.</source>
        <translation>Ahora difieren porque esta aún no es la recta de mínimos cuadrados: deja sin explicar más parte de la dispersión, así que su R² y su √R² son menores. En la recta de mínimos cuadrados los tres coinciden.</translation>
    </message>
    <message>
        <source>0 (to rounding)</source>
        <translation>0 (salvo redondeo)</translation>
    </message>
    <message>
        <source>{value} (least: {least})</source>
        <translation>{value} (mínima: {least})</translation>
    </message>
    <message>
        <source>The current fit</source>
        <translation>El ajuste actual</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>epochs run since the start (record 0 is the start)</source>
        <translation>épocas ejecutadas desde el inicio (el registro 0 es el inicio)</translation>
    </message>
    <message>
        <source>coefficients</source>
        <translation>coeficientes</translation>
    </message>
    <message>
        <source>the model&apos;s coefficients now</source>
        <translation>los coeficientes actuales del modelo</translation>
    </message>
    <message>
        <source>the objective: the loss reduced over the points, plus penalties</source>
        <translation>el objetivo: la pérdida agregada sobre los puntos, más las penalizaciones</translation>
    </message>
    <message>
        <source>Σ (y − p)²: the total area of the red squares</source>
        <translation>Σ (y − p)²: el área total de los cuadrados rojos</translation>
    </message>
    <message>
        <source>Σ (y − ȳ)²: the total area of the green squares</source>
        <translation>Σ (y − ȳ)²: el área total de los cuadrados verdes</translation>
    </message>
    <message>
        <source>1 − RSS/TSS: the share of the spread the model explains</source>
        <translation>1 − RSS/TSS: la parte de la dispersión que explica el modelo</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>r de Pearson</translation>
    </message>
    <message>
        <source>how nearly the points lie on a straight line: corr(x, y), from −1 to 1</source>
        <translation>lo cerca que están los puntos de una recta: corr(x, y), de −1 a 1</translation>
    </message>
    <message>
        <source>other ways</source>
        <translation>otras vías</translation>
    </message>
    <message>
        <source>Pearson r: two other ways</source>
        <translation>r de Pearson: otras dos vías</translation>
    </message>
    <message>
        <source>r from this fit&apos;s R² and from corr(y, p), and why they differ during a run</source>
        <translation>r a partir del R² de este ajuste y de corr(y, p), y por qué difieren durante una ejecución</translation>
    </message>
    <message>
        <source>Least-squares properties</source>
        <translation>Propiedades de mínimos cuadrados</translation>
    </message>
    <message>
        <source>They all hold for the least-squares line; for other losses some fail</source>
        <translation>Todas se cumplen para la recta de mínimos cuadrados; con otras pérdidas algunas fallan</translation>
    </message>
    <message>
        <source>the intercept of the logit z = β0 + β1·x1 + β2·x2 (K classes: each class&apos;s βₖ0, in its colour)</source>
        <translation>la ordenada en el origen del logit z = β0 + β1·x1 + β2·x2 (K clases: el βₖ0 de cada clase, en su color)</translation>
    </message>
    <message>
        <source>the weight of x1 in the logit z (K classes: each class&apos;s βₖ1)</source>
        <translation>el peso de x1 en el logit z (K clases: el βₖ1 de cada clase)</translation>
    </message>
    <message>
        <source>the weight of x2 in the logit z (K classes: each class&apos;s βₖ2)</source>
        <translation>el peso de x2 en el logit z (K clases: el βₖ2 de cada clase)</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <source>points whose predicted class (the most probable; z ≥ 0 predicts class 1 of two) is their own</source>
        <translation>puntos cuya clase predicha (la más probable; con dos clases, z ≥ 0 predice la clase 1) es la suya</translation>
    </message>
    <message>
        <source>mean loss</source>
        <translation>pérdida media</translation>
    </message>
    <message>
        <source>the mean of the per-point loss ℓ, without penalties</source>
        <translation>la media de la pérdida ℓ por punto, sin penalizaciones</translation>
    </message>
    <message>
        <source>worst point</source>
        <translation>peor punto</translation>
    </message>
    <message>
        <source>the point the loss charges most, and the probability it gets of its own class</source>
        <translation>el punto al que la pérdida más cobra, y la probabilidad que recibe su propia clase</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>What the loss charges a point when the model gives its true class probability P, and how many points now sit nearest each P (in log-odds)</source>
        <translation>Lo que la pérdida cobra a un punto cuando el modelo da a su clase real la probabilidad P, y cuántos puntos quedan ahora más cerca de cada P (en log-odds)</translation>
    </message>
    <message>
        <source>the probability the model gives the point&apos;s true class</source>
        <translation>la probabilidad que el modelo da a la clase real del punto</translation>
    </message>
    <message>
        <source>the chosen loss at that probability: what one such point adds to the sum</source>
        <translation>la pérdida elegida con esa probabilidad: lo que un punto así suma al total</translation>
    </message>
    <message>
        <source>how many points now have their own-class probability nearest this row&apos;s</source>
        <translation>cuántos puntos tienen ahora la probabilidad de su propia clase más cercana a la de esta fila</translation>
    </message>
    <message>
        <source>P(true class)</source>
        <translation>P(clase real)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Right and sure costs almost nothing; &lt;span style=&apos;color:{red}&apos;&gt;wrong and sure&lt;/span&gt; costs most.</source>
        <extracomment>the table&apos;s cells, [row][column] from the most confident row; columns as in the header</extracomment>
        <translation>Acertar con seguridad casi no cuesta nada; &lt;span style=&apos;color:{red}&apos;&gt;fallar con seguridad&lt;/span&gt; es lo que más cuesta.</translation>
    </message>
    <message>
        <source>{property}: {value} (least squares: {least})</source>
        <translation>{property}: {value} (mínimos cuadrados: {least})</translation>
    </message>
    <message>
        <source>{right} of&amp;nbsp;{n}</source>
        <translation>{right} de&amp;nbsp;{n}</translation>
    </message>
    <message>
        <source>point {point} &lt;span style=&apos;color:{grey}&apos;&gt;(class&amp;nbsp;{label})&lt;/span&gt;&lt;br&gt;loss&amp;nbsp;{loss}&lt;br&gt;P(own class) {p}</source>
        <translation>punto {point} &lt;span style=&apos;color:{grey}&apos;&gt;(clase&amp;nbsp;{label})&lt;/span&gt;&lt;br&gt;pérdida&amp;nbsp;{loss}&lt;br&gt;P(clase propia) {p}</translation>
    </message>
</context>
<context>
    <name>residual_view</name>
    <message>
        <source>residual plot</source>
        <translation>gráfico de residuos</translation>
    </message>
    <message>
        <source>residual r = y − p</source>
        <translation>residuo r = y − p</translation>
    </message>
    <message>
        <source>my line</source>
        <translation>mi recta</translation>
    </message>
    <message>
        <source>current fit</source>
        <translation>ajuste actual</translation>
    </message>
</context>
<context>
    <name>reveal</name>
    <message>
        <source>Exact answer shown (dashed boundary) as soon as the solver has found it</source>
        <translation>La solución exacta (frontera discontinua) se mostrará en cuanto el solucionador la encuentre</translation>
    </message>
    <message>
        <source>Exact answer shown (dashed line) as soon as the solver has found it</source>
        <translation>La solución exacta (recta discontinua) se mostrará en cuanto el solucionador la encuentre</translation>
    </message>
    <message>
        <source>Exact answer shown (dashed curve) as soon as the solver has found it</source>
        <translation>La solución exacta (curva discontinua) se mostrará en cuanto el solucionador la encuentre</translation>
    </message>
    <message>
        <source>Exact answer revealed, the dashed boundary: {values}, {loss} = {value}</source>
        <translation>Solución exacta revelada, la frontera discontinua: {values}, {loss} = {value}</translation>
    </message>
    <message>
        <source>Exact answer revealed, the dashed line: {values}, {loss} = {value}</source>
        <translation>Solución exacta revelada, la recta discontinua: {values}, {loss} = {value}</translation>
    </message>
    <message>
        <source>Exact answer revealed, the dashed curve: {values}, {loss} = {value}</source>
        <translation>Solución exacta revelada, la curva discontinua: {values}, {loss} = {value}</translation>
    </message>
    <message>
        <source>Largest KKT violation: {violation} (0 to rounding: exact)</source>
        <translation>Mayor violación de las condiciones KKT: {violation} (0 salvo redondeo: exacta)</translation>
    </message>
    <message>
        <source>Exact answer hidden: E reveals it</source>
        <translation>Solución exacta oculta: E la revela</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>{what}. Reset, or lower the learning rate.</source>
        <extracomment>how long a problem that needs a solve in a child process stands still before the solve starts</extracomment>
        <translation>{what}. Reinicia o baja la tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>Running to epoch {epoch}…</source>
        <translation>En marcha hasta la época {epoch}…</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}</source>
        <translation>En pausa en la época {epoch}</translation>
    </message>
    <message>
        <source>The stop rule ended the run: {why}. Reset, or turn the stop rule off.</source>
        <translation>La regla de parada terminó la ejecución: {why}. Reinicia o desactiva la regla de parada.</translation>
    </message>
    <message>
        <source>Back to the start: epoch 0</source>
        <translation>De vuelta al inicio: época 0</translation>
    </message>
    <message>
        <source>Start set to {a} = {va}, {b} = {vb}</source>
        <translation>Inicio fijado en {a} = {va}, {b} = {vb}</translation>
    </message>
    <message>
        <source>The run {what}. Lower the learning rate, then Reset.</source>
        <translation>La ejecución: {what}. Baja la tasa de aprendizaje y luego Reiniciar.</translation>
    </message>
    <message>
        <source>The stop rule ended the run at epoch {epoch}: {why}</source>
        <translation>La regla de parada terminó la ejecución en la época {epoch}: {why}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: {label} = {value}</source>
        <translation>Época {epoch}: {label} = {value}</translation>
    </message>
    <message>
        <source>Run stopped because {reason}</source>
        <translation>Ejecución detenida porque {reason}</translation>
    </message>
    <message>
        <source>Racing gd, sgd, momentum and adam…</source>
        <translation>Carrera de gd, sgd, momentum y adam…</translation>
    </message>
    <message>
        <source>The race could not run: {why}</source>
        <translation>La carrera no pudo hacerse: {why}</translation>
    </message>
    <message>
        <source>The race: gd, sgd, momentum and adam, {epochs} epochs from one start</source>
        <translation>La carrera: gd, sgd, momentum y adam, {epochs} épocas desde un mismo inicio</translation>
    </message>
</context>
<context>
    <name>scene_words</name>
    <message>
        <source>line p = {m}·x{c}</source>
        <extracomment>the description is rewritten at most this often (a run changes it at every frame) R² is said up to this many points (beyond, the readouts show it; a run would pay for it twice)</extracomment>
        <translation>recta p = {m}·x{c}</translation>
    </message>
    <message>
        <source>constant p = {c}</source>
        <translation>constante p = {c}</translation>
    </message>
    <message>
        <source>decision boundary {b0}{b1}·x1{b2}·x2 = 0</source>
        <translation>frontera de decisión {b0}{b1}·x1{b2}·x2 = 0</translation>
    </message>
    <message>
        <source>curve p = {c}{powers}</source>
        <translation>curva p = {c}{powers}</translation>
    </message>
    <message>
        <source>coefficients {values}</source>
        <translation>coeficientes {values}</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} puntos</translation>
    </message>
    <message>
        <source>no points: Enter adds one at the keyboard cursor (K)</source>
        <translation>sin puntos: Enter añade uno en el cursor de teclado (K)</translation>
    </message>
    <message>
        <source>{count} of class {label}</source>
        <translation>{count} de la clase {label}</translation>
    </message>
    <message>
        <source>{loss} {value} at epoch {epoch}</source>
        <translation>{loss} {value} en la época {epoch}</translation>
    </message>
    <message>
        <source>exact {loss} {value}</source>
        <translation>{loss} de la solución exacta {value}</translation>
    </message>
    <message>
        <source>Fit canvas</source>
        <translation>Lienzo del ajuste</translation>
    </message>
</context>
<context>
    <name>schedule_group</name>
    <message>
        <source>Stop when J has stayed within a band of relative width tol for K epochs (max J − min J ≤ tol·max |J|): the descent has settled</source>
        <translation>Parar cuando J lleva K épocas dentro de una banda de anchura relativa tol (max J − min J ≤ tol·max |J|): el descenso se ha asentado</translation>
    </message>
    <message>
        <source>Stop when the gradient&apos;s norm ‖∇J‖ falls to this: the ground is flat, the steps go nowhere</source>
        <translation>Parar cuando la norma del gradiente ‖∇J‖ baja hasta este valor: el terreno es llano, los pasos no llevan a ninguna parte</translation>
    </message>
    <message>
        <source>Rate and stop</source>
        <translation>Tasa y parada</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch: a decaying rate lets MAE&apos;s zig-zag settle</source>
        <translation>Cómo cambia la tasa de aprendizaje de una época a otra: una tasa decreciente deja que el zigzag de MAE se asiente</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>programación de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>factor F</source>
        <translation>factor F</translation>
    </message>
    <message>
        <source>every K epochs</source>
        <translation>cada K épocas</translation>
    </message>
    <message>
        <source>half-life τ</source>
        <translation>semivida τ</translation>
    </message>
    <message>
        <source>decay γ</source>
        <translation>decaimiento γ</translation>
    </message>
    <message>
        <source>The rate of epoch t + 1 (t: the epochs already run)</source>
        <translation>La tasa de la época t + 1 (t: las épocas ya ejecutadas)</translation>
    </message>
    <message>
        <source>stop when J settles</source>
        <translation>parar si J se estabiliza</translation>
    </message>
    <message>
        <source>relative tolerance</source>
        <translation>tolerancia relativa</translation>
    </message>
    <message>
        <source>over K epochs</source>
        <translation>durante K épocas</translation>
    </message>
    <message>
        <source>stop when ‖∇J‖ ≤</source>
        <translation>parar si ‖∇J‖ ≤</translation>
    </message>
    <message>
        <source>gradient-norm threshold</source>
        <translation>umbral de la norma del gradiente</translation>
    </message>
</context>
<context>
    <name>score_bar</name>
    <message>
        <source>score bar</source>
        <translation>barra de puntuación</translation>
    </message>
    <message>
        <source>my {loss} {mine}, best {loss} {best}</source>
        <translation>mi {loss} {mine}, mejor {loss} {best}</translation>
    </message>
    <message>
        <source>my {loss}</source>
        <translation>mi {loss}</translation>
    </message>
    <message>
        <source>best {loss}</source>
        <translation>mejor {loss}</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>{name}: no such file</source>
        <extracomment>my line (issue 16): {&quot;model&quot;, &quot;coefficients&quot;, &quot;shown&quot;}; None in sessions from before it numbers formatted at once by `write_session_in_pieces`: another thread waits at most for one piece</extracomment>
        <translation>{name}: no existe el archivo</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({why})</source>
        <translation>{name}: no se puede leer ({why})</translation>
    </message>
    <message>
        <source>{name}: not a lossexplorer session (not UTF-8 text)</source>
        <translation>{name}: no es una sesión de lossexplorer (no es texto UTF-8)</translation>
    </message>
    <message>
        <source>{name}, line {line}, column {column}: damaged session ({why})</source>
        <translation>{name}, línea {line}, columna {column}: sesión dañada ({why})</translation>
    </message>
    <message>
        <source>{name}: not a lossexplorer session</source>
        <translation>{name}: no es una sesión de lossexplorer</translation>
    </message>
    <message>
        <source>{name}: damaged session (format version {version})</source>
        <translation>{name}: sesión dañada (versión de formato {version})</translation>
    </message>
    <message>
        <source>{name}: written by a newer lossexplorer (format {version}; this one reads up to {newest})</source>
        <translation>{name}: escrita por un lossexplorer más reciente (formato {version}; este lee hasta el {newest})</translation>
    </message>
    <message>
        <source>{name}: damaged session ({why})</source>
        <translation>{name}: sesión dañada ({why})</translation>
    </message>
    <message>
        <source>{name}: damaged session ({where} must be a list of numbers)</source>
        <translation>{name}: sesión dañada ({where} debe ser una lista de números)</translation>
    </message>
    <message>
        <source>{name}: damaged session ({where}[{i}] is {value}, not a finite number)</source>
        <translation>{name}: sesión dañada ({where}[{i}] es {value}, no un número finito)</translation>
    </message>
    <message>
        <source>{name}: damaged session (no points)</source>
        <translation>{name}: sesión dañada (sin puntos)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.x has {nx} values, points.y {ny})</source>
        <translation>{name}: sesión dañada (points.x tiene {nx} valores, points.y {ny})</translation>
    </message>
    <message>
        <source>{name}: damaged session (mode {mode} with the model {model})</source>
        <translation>{name}: sesión dañada (modo {mode} con el modelo {model})</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.labels has {nl} values, points.x {nx})</source>
        <translation>{name}: sesión dañada (points.labels tiene {nl} valores, points.x {nx})</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.labels[{i}] is {value}, not 0 or 1)</source>
        <translation>{name}: sesión dañada (points.labels[{i}] es {value}, no 0 ni 1)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.labels[{i}] is {value}, not a whole number 0 … {top} ({model}))</source>
        <translation>{name}: sesión dañada (points.labels[{i}] es {value}, no un número entero 0 … {top} ({model}))</translation>
    </message>
    <message>
        <source>{name}: damaged session ({where} has {n} values; {model} needs {k})</source>
        <translation>{name}: sesión dañada ({where} tiene {n} valores; {model} necesita {k})</translation>
    </message>
    <message>
        <source>{name}: damaged session (view must be an object)</source>
        <translation>{name}: sesión dañada (view debe ser un objeto)</translation>
    </message>
    <message>
        <source>{name}: damaged session (view.overlays must map names to true or false)</source>
        <translation>{name}: sesión dañada (view.overlays debe asignar true o false a cada nombre)</translation>
    </message>
    <message>
        <source>{name}: damaged session (view.range must be a list of 4 numbers)</source>
        <translation>{name}: sesión dañada (view.range debe ser una lista de 4 números)</translation>
    </message>
    <message>
        <source>its view range could not be shown, so the view frames the points</source>
        <translation>su rango de vista no se podía mostrar, así que la vista encuadra los puntos</translation>
    </message>
    <message>
        <source>{name}: damaged session (my_line needs a model name and shown true or false)</source>
        <translation>{name}: sesión dañada (my_line necesita un nombre de modelo y shown true o false)</translation>
    </message>
    <message>
        <source>{name}: damaged session (my_line: {why})</source>
        <translation>{name}: sesión dañada (my_line: {why})</translation>
    </message>
    <message>
        <source>{name}: damaged session (my_line has {n} coefficients; {model} needs {k})</source>
        <translation>{name}: sesión dañada (my_line tiene {n} coeficientes; {model} necesita {k})</translation>
    </message>
    <message>
        <source>{name}: damaged session (my_line has coefficients but no model)</source>
        <translation>{name}: sesión dañada (my_line tiene coeficientes pero ningún modelo)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.held must be a list of point indices)</source>
        <translation>{name}: sesión dañada (points.held debe ser una lista de índices de puntos)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.held[{k}] is {i}, twice)</source>
        <translation>{name}: sesión dañada (points.held[{k}] es {i}, repetido)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.held[{k}] is {i}, not one of the {n} points)</source>
        <translation>{name}: sesión dañada (points.held[{k}] es {i}, que no es ninguno de los {n} puntos)</translation>
    </message>
    <message>
        <source>{name}: damaged session (pins must be a list)</source>
        <translation>{name}: sesión dañada (pins debe ser una lista)</translation>
    </message>
    <message>
        <source>kept the first {kept} of its {count} pins (the window holds {kept})</source>
        <translation>se conservan los primeros {kept} de sus {count} ajustes fijados (la ventana admite {kept})</translation>
    </message>
    <message>
        <source>{name}: damaged session (pin {pin} needs a label and a colour)</source>
        <translation>{name}: sesión dañada (el ajuste fijado {pin} necesita una etiqueta y un color)</translation>
    </message>
    <message>
        <source>{name}: damaged session (pin {pin}: {why})</source>
        <translation>{name}: sesión dañada (ajuste fijado {pin}: {why})</translation>
    </message>
    <message>
        <source>{name}: damaged session (pin {pin} has {n} coefficients)</source>
        <translation>{name}: sesión dañada (el ajuste fijado {pin} tiene {n} coeficientes)</translation>
    </message>
    <message>
        <source>pin {pin}&apos;s label was shortened or had control characters replaced</source>
        <translation>la etiqueta del ajuste fijado {pin} se acortó o se sustituyeron sus caracteres de control</translation>
    </message>
    <message>
        <source>{name}: damaged session (no settings)</source>
        <translation>{name}: sesión dañada (sin ajustes)</translation>
    </message>
    <message>
        <source>{name}: damaged session (setting {setting} is {value})</source>
        <translation>{name}: sesión dañada (el ajuste {setting} es {value})</translation>
    </message>
</context>
<context>
    <name>shape_views</name>
    <message>
        <source>the loss ℓ(e)</source>
        <extracomment>the losses drawn faintly beside the chosen one: the menus&apos; losses of each task that average over the points (a sum&apos;s curve is the mean&apos;s) and are drawn against the same variable: the error (not Poisson&apos;s f), the margin (not the cross-entropy&apos;s p̂ of K classes) the classification losses compared against the margin, and the 0-1 loss for reference the pens of the losses compared with the chosen one (a thick vermillion line), in the order of each task&apos;s list: the palette&apos;s strong colours at full strength, thinner, and each its own dashes, so that two never read alike on a projector the margin axis runs over [−MARGIN_REACH, MARGIN_REACH] at least, widened to show the ticks but never beyond ±MARGIN_LIMIT (one far point must not squash the curves) (value plot, slope plot, x axis, slope axis), translated where they are shown</extracomment>
        <translation>pérdida ℓ(e)</translation>
    </message>
    <message>
        <source>its slope dℓ/de: how hard a point pulls</source>
        <translation>su pendiente dℓ/de: con qué fuerza tira un punto</translation>
    </message>
    <message>
        <source>error e = p − y</source>
        <translation>error e = p − y</translation>
    </message>
    <message>
        <source>the loss ℓ(m) against the margin m = t·z</source>
        <translation>pérdida ℓ(m) frente al margen m = t·z</translation>
    </message>
    <message>
        <source>its slope dℓ/dm: how hard a point pulls</source>
        <translation>su pendiente dℓ/dm: con qué fuerza tira un punto</translation>
    </message>
    <message>
        <source>margin t·z</source>
        <translation>margen t·z</translation>
    </message>
    <message>
        <source>the loss ℓ(p) against p, the probability given to the true class</source>
        <translation>pérdida ℓ(p) frente a p, la probabilidad dada a la clase verdadera</translation>
    </message>
    <message>
        <source>its slope dℓ/dp: how hard a point pulls</source>
        <translation>su pendiente dℓ/dp: con qué fuerza tira un punto</translation>
    </message>
    <message>
        <source>probability p of the true class</source>
        <translation>probabilidad p de la clase verdadera</translation>
    </message>
    <message>
        <source>boundary m = 0</source>
        <extracomment>p̂ runs over [P_LOW, 1]: −log p̂ grows without end toward 0 the widest error axis drawn: ℓ(e) = e² of a wider one overflows the plot&apos;s range whether the view now shows the classification (margin) curves the decision boundary m = 0 and hinge&apos;s margin m = 1, one line in each plot</extracomment>
        <translation>frontera m = 0</translation>
    </message>
    <message>
        <source>margin m = 1</source>
        <translation>margen m = 1</translation>
    </message>
    <message>
        <source>−log p (no smoothing)</source>
        <translation>−log p (sin suavizado)</translation>
    </message>
    <message>
        <source>0-1 loss</source>
        <translation>pérdida 0-1</translation>
    </message>
    <message>
        <source>the chosen loss</source>
        <translation>pérdida elegida</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;{beyond} of {count} points&lt;/span&gt; sit in the linear part (|e| &amp;gt; {symbol} = {edge}): they pull with the constant force {symbol}.</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;{beyond} de {count} puntos&lt;/span&gt; están en la parte lineal (|e| &amp;gt; {symbol} = {edge}): tiran con la fuerza constante {symbol}.</translation>
    </message>
    <message>
        <source>Top: what one point costs when the line misses it by e. Bottom: how hard that point pulls the line (the slope). The ticks on the e axis are the points&apos; errors now.</source>
        <translation>Arriba: lo que cuesta un punto cuando la recta lo falla por e. Abajo: con qué fuerza tira ese punto de la recta (la pendiente). Las marcas en el eje e son los errores actuales de los puntos.</translation>
    </message>
    <message>
        <source>dℓ/de for {loss}</source>
        <translation>dℓ/de para {loss}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;{wrong} of {count} points&lt;/span&gt; are misclassified (m &amp;lt; 0).</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;{wrong} de {count} puntos&lt;/span&gt; están mal clasificados (m &amp;lt; 0).</translation>
    </message>
    <message>
        <source>{pulling} lie inside the margin (m &amp;lt; 1) and pull; the rest pull with no force.</source>
        <translation>{pulling} están dentro del margen (m &amp;lt; 1) y tiran; el resto no tira con ninguna fuerza.</translation>
    </message>
    <message>
        <source>{outside} lie beyond the drawn range (|m| &amp;gt; {limit}).</source>
        <translation>{outside} quedan fuera del rango dibujado (|m| &amp;gt; {limit}).</translation>
    </message>
    <message>
        <source>Top: what one point costs; bottom: how hard it pulls the boundary. A point on its own class&apos;s side has a positive margin m, and the further inside, the larger.</source>
        <translation>Arriba: lo que cuesta un punto; abajo: con qué fuerza tira de la frontera. Un punto del lado de su propia clase tiene un margen m positivo, y cuanto más adentro, mayor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{loss}&lt;/b&gt;: ℓ(m) = {formula}, margin m = t·z, t = 2y − 1 = ±1.</source>
        <translation>&lt;b&gt;{loss}&lt;/b&gt;: ℓ(m) = {formula}, margen m = t·z, t = 2y − 1 = ±1.</translation>
    </message>
    <message>
        <source>The ticks are the current margins (m &amp;gt; 0: the right side of the boundary). Grey step: the 0-1 loss, the error count; its slope is 0 wherever it exists, nothing for gradient descent to follow.</source>
        <translation>Las marcas son los márgenes actuales (m &amp;gt; 0: el lado correcto de la frontera). Escalón gris: la pérdida 0-1, el número de errores; su pendiente es 0 allí donde existe, nada que el descenso de gradiente pueda seguir.</translation>
    </message>
    <message>
        <source>the loss ℓ against the {axis}</source>
        <translation>pérdida ℓ frente a {axis}</translation>
    </message>
    <message>
        <source>its slope dℓ/d{variable}: how hard a point pulls</source>
        <translation>su pendiente dℓ/d{variable}: con qué fuerza tira un punto</translation>
    </message>
    <message>
        <source>least at p = {p}</source>
        <translation>mínimo en p = {p}</translation>
    </message>
    <message>
        <source>With K = {classes} classes a point is surely right at p = 1 and given up at p → 0, where −log p grows without end.</source>
        <translation>Con K = {classes} clases un punto es seguro en p = 1 y se da por perdido en p → 0, donde −log p crece sin límite.</translation>
    </message>
    <message>
        <source>Label smoothing ε = {smoothing} trains on the targets (1 − ε)·y + ε/K: the loss is least at p = 1 − ε + ε/K = {best}, and a surer prediction costs more again: no point is worth being sure of, so the weights stay finite.</source>
        <translation>El suavizado de etiquetas ε = {smoothing} entrena con los objetivos (1 − ε)·y + ε/K: la pérdida es mínima en p = 1 − ε + ε/K = {best}, y una predicción más segura vuelve a costar más: no compensa estar seguro de ningún punto, así que los pesos se mantienen finitos.</translation>
    </message>
    <message>
        <source>The ticks are the points&apos; p now; &lt;span style=&apos;color:{colour}&apos;&gt;{low} of {count}&lt;/span&gt; get less than 1/K = {share}.</source>
        <translation>Las marcas son los p actuales de los puntos; &lt;span style=&apos;color:{colour}&apos;&gt;{low} de {count}&lt;/span&gt; reciben menos de 1/K = {share}.</translation>
    </message>
    <message>
        <source>ℓ is least where the predicted mean exp(f) equals the count.</source>
        <translation>ℓ es mínima donde la media predicha exp(f) es igual al conteo.</translation>
    </message>
    <message>
        <source>Top: what one point costs; bottom: how hard it pulls (the slope, {slope}).</source>
        <translation>Arriba: lo que cuesta un punto; abajo: con qué fuerza tira (la pendiente, {slope}).</translation>
    </message>
    <message>
        <source>{loss}: slope {formula}</source>
        <translation>{loss}: pendiente {formula}</translation>
    </message>
    <message>
        <source>residual r = y − p</source>
        <translation>residuo r = y − p</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densidad</translation>
    </message>
    <message>
        <source>P(Y = y) under Poisson(exp(f(x)))</source>
        <translation>P(Y = y) según Poisson(exp(f(x)))</translation>
    </message>
    <message>
        <source>Add points (counts y ≥ 0) to see the probability the fit gives each.</source>
        <translation>Añada puntos (conteos y ≥ 0) para ver la probabilidad que el ajuste da a cada uno.</translation>
    </message>
    <message>
        <source>Each bar is the probability the fit gives the count seen at that x; the curve the probability of the most likely count there, as high as a bar can reach.</source>
        <translation>Cada barra es la probabilidad que el ajuste da al conteo observado en ese x; la curva, la probabilidad del conteo más probable allí, la altura máxima que puede alcanzar una barra.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Poisson counts&lt;/b&gt;: y ~ Poisson(exp(f(x))).</source>
        <translation>&lt;b&gt;Conteos de Poisson&lt;/b&gt;: y ~ Poisson(exp(f(x))).</translation>
    </message>
    <message>
        <source>Negative log-likelihood of the counts: &lt;b&gt;{nll}&lt;/b&gt; = Σℓ + Σ log y! = {sum} + {constant}; the loss J = {objective} (the mean of ℓ = exp(f) − y·f, without log y!, so it can be negative). Minimising one minimises the other.</source>
        <translation>Log-verosimilitud negativa de los conteos: &lt;b&gt;{nll}&lt;/b&gt; = Σℓ + Σ log y! = {sum} + {constant}; la pérdida J = {objective} (la media de ℓ = exp(f) − y·f, sin log y!, por eso puede ser negativa). Minimizar una minimiza la otra.</translation>
    </message>
    <message>
        <source>The residuals reach {largest}: too large to fit a noise to (their squares overflow).</source>
        <translation>Los residuos alcanzan {largest}: demasiado grandes para ajustarles un ruido (sus cuadrados desbordan).</translation>
    </message>
    <message>
        <source>Add at least two points to see their residuals.</source>
        <translation>Añada al menos dos puntos para ver sus residuos.</translation>
    </message>
    <message>
        <source>The bars are how far the points lie from the fit; the curve is the spread of errors this loss expects (for MSE the bell-shaped Gaussian).</source>
        <translation>Las barras muestran a qué distancia del ajuste están los puntos; la curva es la dispersión de errores que espera esta función de pérdida (para el MSE, la campana de Gauss).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{noise} noise&lt;/b&gt;, fitted by maximum likelihood ({scale}).</source>
        <translation>&lt;b&gt;Ruido: {noise}&lt;/b&gt;, ajustado por máxima verosimilitud ({scale}).</translation>
    </message>
    <message>
        <source>Negative log-likelihood of the residuals: &lt;b&gt;{nll}&lt;/b&gt; = Σℓ/τ + n·log Z(τ); the loss J = {objective}. Minimising one minimises the other.</source>
        <translation>Log-verosimilitud negativa de los residuos: &lt;b&gt;{nll}&lt;/b&gt; = Σℓ/τ + n·log Z(τ); la pérdida J = {objective}. Minimizar una minimiza la otra.</translation>
    </message>
</context>
<context>
    <name>simulate_cli</name>
    <message>
        <source>Hang a bar from springs on the points, let it go from the horizontal at the mean of y, and print where it comes to rest. Spring i stores (k/2)·ℓ(e_i), so with k = 2 and squared error the springs&apos; energy is the SSE.</source>
        <translation>Cuelga una barra de muelles unidos a los puntos, la suelta en horizontal a la altura de la media de y y muestra dónde queda en reposo. El muelle i almacena (k/2)·ℓ(e_i), así que con k = 2 y error cuadrático la energía de los muelles es la suma de cuadrados de los residuos (SSE).</translation>
    </message>
    <message>
        <source>drag per point, b ≥ 0</source>
        <translation>amortiguamiento por punto, b ≥ 0</translation>
    </message>
    <message>
        <source>the bar&apos;s mass per point</source>
        <translation>la masa de la barra por punto</translation>
    </message>
    <message>
        <source>spring constant k</source>
        <translation>constante del muelle k</translation>
    </message>
    <message>
        <source>seconds to run</source>
        <translation>segundos de simulación</translation>
    </message>
    <message>
        <source>energy samples, 2 to 1000</source>
        <translation>muestras de energía, de 2 a 1000</translation>
    </message>
    <message>
        <source>the bar came to rest</source>
        <translation>la barra quedó en reposo</translation>
    </message>
    <message>
        <source>the bar is still moving after {time} s (try a longer --time or more --damping)</source>
        <translation>la barra aún se mueve tras {time} s (pruebe un --time más largo o más --damping)</translation>
    </message>
</context>
<context>
    <name>split_actions</name>
    <message>
        <source>Hold out {share}</source>
        <translation>Apartar el {share}</translation>
    </message>
    <message>
        <source>Hold out a random {share} of the points (hollow): J and the gradient leave them out, the readouts and the loss curve show J on them too; again draws other points</source>
        <translation>Apartar al azar el {share} de los puntos (huecos): J y el gradiente los dejan fuera, las lecturas y la curva de pérdida muestran también J sobre ellos; repetirlo elige otros puntos</translation>
    </message>
    <message>
        <source>Hold out none</source>
        <translation>No apartar ninguno</translation>
    </message>
    <message>
        <source>Every point back in J: no held-out points</source>
        <translation>Todos los puntos de vuelta en J: ninguno apartado</translation>
    </message>
    <message>
        <source>Hold out the selected point</source>
        <translation>Apartar el punto seleccionado</translation>
    </message>
    <message>
        <source>Hold the selected point out of J, or take it back (T)</source>
        <translation>Apartar de J el punto seleccionado, o devolverlo (T)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>Train on point {n}</source>
        <translation>Entrenar con el punto {n}</translation>
    </message>
    <message>
        <source>Hold out point {n}</source>
        <translation>Apartar el punto {n}</translation>
    </message>
    <message>
        <source>Remove point {n}</source>
        <translation>Quitar el punto {n}</translation>
    </message>
</context>
<context>
    <name>teacher_guide</name>
    <message>
        <source>Teacher guide</source>
        <translation>Guía para docentes</translation>
    </message>
    <message>
        <source>lossexplorer shows what a loss function is and how gradient descent finds its minimum. This guide gives a lesson plan for each view: &lt;b&gt;what to click&lt;/b&gt;, &lt;b&gt;what to ask the class&lt;/b&gt;, and &lt;b&gt;what to point at&lt;/b&gt;. Every step works with the keyboard, so you can teach from the front with a wireless keyboard or a clicker.</source>
        <translation>lossexplorer muestra qué es una función de pérdida y cómo el descenso de gradiente encuentra su mínimo. Esta guía ofrece un plan de clase para cada vista: &lt;b&gt;qué pulsar&lt;/b&gt;, &lt;b&gt;qué preguntar a la clase&lt;/b&gt; y &lt;b&gt;qué señalar&lt;/b&gt;. Todos los pasos funcionan con el teclado, así que puedes dar la clase desde la pizarra con un teclado inalámbrico o un presentador.</translation>
    </message>
    <message>
        <source>Before the class</source>
        <translation>Antes de la clase</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;F5&lt;/b&gt; for projector mode: larger text, thicker lines, the side panels in one column of tabs.</source>
        <translation>Pulsa &lt;b&gt;F5&lt;/b&gt; para el modo proyector: texto más grande, líneas más gruesas y los paneles laterales en una sola columna de pestañas.</translation>
    </message>
    <message>
        <source>The app opens on the preset &lt;i&gt;noisy-line&lt;/i&gt;: ten points near the line y = x. Each preset sets a learning rate, a number of epochs and a speed under which the descent takes about five seconds to reach the answer; the status bar at the bottom says what was chosen.</source>
        <translation>La aplicación se abre con el conjunto de ejemplo &lt;i&gt;noisy-line&lt;/i&gt;: diez puntos cerca de la recta y = x. Cada conjunto de ejemplo fija una tasa de aprendizaje, un número de épocas y una velocidad con los que el descenso tarda unos cinco segundos en llegar a la solución; la barra de estado de abajo dice qué se ha elegido.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;exact answer&lt;/b&gt; (the dashed line) is hidden until you press &lt;b&gt;E&lt;/b&gt;, so the class can guess first.</source>
        <translation>La &lt;b&gt;solución exacta&lt;/b&gt; (la recta discontinua) está oculta hasta que pulsas &lt;b&gt;E&lt;/b&gt;, para que la clase pueda adivinar primero.</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → New lesson&lt;/b&gt; (Ctrl+N) starts again from the first preset. Save a prepared lesson with Ctrl+S and open it in class with Ctrl+O: its points, settings and pinned fits come back.</source>
        <translation>&lt;b&gt;Archivo → Nueva lección&lt;/b&gt; (Ctrl+N) vuelve a empezar desde el primer conjunto de ejemplo. Guarda una lección preparada con Ctrl+S y ábrela en clase con Ctrl+O: vuelven sus puntos, sus ajustes y los ajustes fijados.</translation>
    </message>
    <message>
        <source>The keys you will use most</source>
        <translation>Las teclas que más usarás</translation>
    </message>
    <message>
        <source>key</source>
        <translation>tecla</translation>
    </message>
    <message>
        <source>what it does</source>
        <translation>qué hace</translation>
    </message>
    <message>
        <source>run the descent, or pause it</source>
        <translation>iniciar el descenso o pausarlo</translation>
    </message>
    <message>
        <source>one epoch (one step of gradient descent over all the points)</source>
        <translation>una época (un paso de descenso de gradiente sobre todos los puntos)</translation>
    </message>
    <message>
        <source>back to the start: the flat line β = 0, epoch 0</source>
        <translation>volver al inicio: la recta horizontal β = 0, época 0</translation>
    </message>
    <message>
        <source>pick a loss: 1 MSE, 4 MAE, 6 Huber (the Loss menu lists them all)</source>
        <translation>elegir una pérdida: 1 MSE, 4 MAE, 6 Huber (el menú Pérdida las muestra todas)</translation>
    </message>
    <message>
        <source>pin the current fit, to compare it with the next one</source>
        <translation>fijar el ajuste actual para compararlo con el siguiente</translation>
    </message>
    <message>
        <source>reveal the exact answer, or hide it again</source>
        <translation>mostrar la solución exacta u ocultarla de nuevo</translation>
    </message>
    <message>
        <source>undo the last change of the points or settings</source>
        <translation>deshacer el último cambio de los puntos o los ajustes</translation>
    </message>
    <message>
        <source>projector mode</source>
        <translation>modo proyector</translation>
    </message>
    <message>
        <source>every shortcut</source>
        <translation>todos los atajos</translation>
    </message>
    <message>
        <source>Fit: the line, the points and the squares (10 minutes)</source>
        <translation>Ajuste: la recta, los puntos y los cuadrados (10 minutos)</translation>
    </message>
    <message>
        <source>The canvas shows the points, the current line (red), and one square per point: its side is the distance from the point to the line (the &lt;i&gt;residual&lt;/i&gt;), so its area is the squared error. The total red area is the &lt;b&gt;RSS&lt;/b&gt;, the sum of squared errors.</source>
        <translation>El lienzo muestra los puntos, la recta actual (roja) y un cuadrado por punto: su lado es la distancia del punto a la recta (el &lt;i&gt;residuo&lt;/i&gt;), así que su área es el error al cuadrado. El área roja total es la &lt;b&gt;RSS&lt;/b&gt;, la suma de cuadrados de los residuos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ask:&lt;/b&gt; &quot;Where would you draw the best line?&quot; Let someone come up and point. Press &lt;b&gt;E&lt;/b&gt; to reveal the exact answer (dashed), then &lt;b&gt;E&lt;/b&gt; again to hide it.</source>
        <translation>&lt;b&gt;Pregunta:&lt;/b&gt; «¿Dónde dibujaríais la mejor recta?». Deja que alguien salga a señalarla. Pulsa &lt;b&gt;E&lt;/b&gt; para mostrar la solución exacta (discontinua) y &lt;b&gt;E&lt;/b&gt; otra vez para ocultarla.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Point at&lt;/b&gt; the red squares shrinking as the line turns and slides into place, and at the loss curve on the right falling. &lt;b&gt;Ask:&lt;/b&gt; &quot;Why does it slow down near the end?&quot; (The slope of J gets smaller near the bottom, and each step is the learning rate times that slope.)</source>
        <translation>Pulsa &lt;b&gt;Espacio&lt;/b&gt;. &lt;b&gt;Señala&lt;/b&gt; los cuadrados rojos que encogen mientras la recta gira y se desliza a su sitio, y la curva de pérdida que baja a la derecha. &lt;b&gt;Pregunta:&lt;/b&gt; «¿Por qué va más despacio al final?». (La pendiente de J se hace menor cerca del fondo, y cada paso es la tasa de aprendizaje por esa pendiente.)</translation>
    </message>
    <message>
        <source>When it stops, the status bar says how close J is to the exact answer&apos;s J. Near the bottom J is nearly flat, so the last stretch is slow: press &lt;b&gt;Space&lt;/b&gt; again to settle the line onto the answer, then &lt;b&gt;E&lt;/b&gt; to reveal the dashed exact answer under it. &lt;b&gt;Point at&lt;/b&gt; the least-squares checklist: all five ticks appear once the line is on the answer.</source>
        <translation>Cuando se detiene, la barra de estado dice lo cerca que está J del J de la solución exacta. Cerca del fondo J es casi plana, así que el último tramo es lento: pulsa &lt;b&gt;Espacio&lt;/b&gt; otra vez para que la recta se asiente sobre la solución y luego &lt;b&gt;E&lt;/b&gt; para mostrar debajo la solución exacta discontinua. &lt;b&gt;Señala&lt;/b&gt; la lista de comprobación de mínimos cuadrados: aparecen las cinco marcas en cuanto la recta está sobre la solución.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; an empty spot far above the line to add an &lt;b&gt;outlier&lt;/b&gt;. The descent starts again from where it was. &lt;b&gt;Ask:&lt;/b&gt; &quot;How much will one point move the line?&quot; Press &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Point at&lt;/b&gt; the outlier&apos;s huge square: squaring makes a far point count a lot.</source>
        <translation>&lt;b&gt;Haz clic&lt;/b&gt; en un lugar vacío muy por encima de la recta para añadir un &lt;b&gt;valor atípico&lt;/b&gt;. El descenso vuelve a empezar desde donde estaba. &lt;b&gt;Pregunta:&lt;/b&gt; «¿Cuánto moverá la recta un solo punto?». Pulsa &lt;b&gt;Espacio&lt;/b&gt;. &lt;b&gt;Señala&lt;/b&gt; el enorme cuadrado del valor atípico: al elevar al cuadrado, un punto lejano cuenta muchísimo.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;P&lt;/b&gt; to pin this MSE fit. Press &lt;b&gt;4&lt;/b&gt; (MAE) and &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Ask:&lt;/b&gt; &quot;Why did MAE move less?&quot; (Every point pulls with the same force, however far away it is.) Press &lt;b&gt;6&lt;/b&gt; (Huber) and &lt;b&gt;Space&lt;/b&gt;: in between. The pinned lines stay for comparison.</source>
        <translation>Pulsa &lt;b&gt;P&lt;/b&gt; para fijar este ajuste MSE. Pulsa &lt;b&gt;4&lt;/b&gt; (MAE) y &lt;b&gt;Espacio&lt;/b&gt;. &lt;b&gt;Pregunta:&lt;/b&gt; «¿Por qué MAE se ha movido menos?». (Cada punto tira con la misma fuerza, esté a la distancia que esté.) Pulsa &lt;b&gt;6&lt;/b&gt; (Huber) y &lt;b&gt;Espacio&lt;/b&gt;: queda en medio. Las rectas fijadas se quedan para comparar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point at&lt;/b&gt; the readouts on the right: J, RSS, R² (the share of the spread the line explains) and Pearson&apos;s r. The checklist of least-squares properties is all ticked for MSE, and not for MAE or Huber.</source>
        <translation>&lt;b&gt;Señala&lt;/b&gt; las lecturas de la derecha: J, RSS, R² (la parte de la dispersión que explica la recta) y la r de Pearson. La lista de propiedades de mínimos cuadrados está toda marcada con MSE, y no con MAE ni con Huber.</translation>
    </message>
    <message>
        <source>&lt;i&gt;If MAE stops short of the answer&lt;/i&gt;, the status bar says so and why: MAE&apos;s slope has the same size however close the line is, so each step overshoots. A smaller learning rate, or Adam, gets closer.</source>
        <translation>&lt;i&gt;Si MAE se queda antes de la solución&lt;/i&gt;, la barra de estado lo dice y explica por qué: la pendiente de MAE tiene el mismo tamaño por cerca que esté la recta, así que cada paso se pasa. Una tasa de aprendizaje menor, o Adam, se acerca más.</translation>
    </message>
    <message>
        <source>Landscape: J as a surface, and the way down (5 minutes)</source>
        <translation>Paisaje: J como superficie y el camino hacia abajo (5 minutos)</translation>
    </message>
    <message>
        <source>The map shows J for every line: across, the intercept c; up, the slope m. Dark is low J (the colour bar on the right gives the values). The star is the exact minimum; the red dots are the descent, one per epoch.</source>
        <translation>El mapa muestra J para cada recta: en horizontal, la ordenada en el origen c; en vertical, la pendiente m. Oscuro es J bajo (la barra de colores de la derecha da los valores). La estrella es el mínimo exacto; los puntos rojos son el descenso, uno por época.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ask:&lt;/b&gt; &quot;Where on this map is the best line?&quot; (At the bottom of the valley: the star.)</source>
        <translation>&lt;b&gt;Pregunta:&lt;/b&gt; «¿Dónde está la mejor recta en este mapa?». (En el fondo del valle: la estrella.)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; anywhere on the map: the descent starts there and runs. &lt;b&gt;Point at&lt;/b&gt; how it goes straight down the steep sides first, then along the valley floor.</source>
        <translation>&lt;b&gt;Haz clic&lt;/b&gt; en cualquier lugar del mapa: el descenso empieza allí y arranca. &lt;b&gt;Señala&lt;/b&gt; cómo baja primero en línea recta por las laderas empinadas y luego sigue el fondo del valle.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Race optimizers&lt;/b&gt;: gradient descent, stochastic gradient descent, momentum and Adam start from the same point and move epoch by epoch together. The line above the map says who gets within 1% of the exact J first. &lt;b&gt;Ask:&lt;/b&gt; &quot;Why does momentum overshoot and swing back?&quot;</source>
        <translation>Pulsa &lt;b&gt;Carrera de optimizadores&lt;/b&gt;: el descenso de gradiente, el descenso de gradiente estocástico, momentum y Adam salen del mismo punto y avanzan juntos época a época. La línea sobre el mapa dice quién llega antes a menos del 1 % del J exacto. &lt;b&gt;Pregunta:&lt;/b&gt; «¿Por qué momentum se pasa y vuelve atrás?».</translation>
    </message>
    <message>
        <source>Loss shape: why each loss behaves as it does (3 minutes)</source>
        <translation>Forma de la pérdida: por qué cada pérdida se comporta así (3 minutos)</translation>
    </message>
    <message>
        <source>The top plot is the loss of one point against its error e; the bottom plot is its slope, the force with which the point pulls the line. The ticks on the e axis are the current errors.</source>
        <translation>El gráfico de arriba es la pérdida de un punto frente a su error e; el de abajo es su pendiente, la fuerza con la que el punto tira de la recta. Las marcas del eje e son los errores actuales.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;1&lt;/b&gt; (MSE): &lt;b&gt;point at&lt;/b&gt; the parabola and its straight, rising slope: a far point pulls hard.</source>
        <translation>Pulsa &lt;b&gt;1&lt;/b&gt; (MSE): &lt;b&gt;señala&lt;/b&gt; la parábola y su pendiente recta y creciente: un punto lejano tira con fuerza.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;4&lt;/b&gt; (MAE): the V and its flat slope: every point pulls the same.</source>
        <translation>Pulsa &lt;b&gt;4&lt;/b&gt; (MAE): la V y su pendiente plana: todos los puntos tiran igual.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;6&lt;/b&gt; (Huber): a parabola near 0, straight beyond δ. &lt;b&gt;Ask:&lt;/b&gt; &quot;Which points are in the straight part?&quot; (The red ticks: the outliers.)</source>
        <translation>Pulsa &lt;b&gt;6&lt;/b&gt; (Huber): una parábola cerca de 0 y recta más allá de δ. &lt;b&gt;Pregunta:&lt;/b&gt; «¿Qué puntos están en la parte recta?». (Las marcas rojas: los valores atípicos.)</translation>
    </message>
    <message>
        <source>Noise: what each loss assumes about the errors (3 minutes)</source>
        <translation>Ruido: qué supone cada pérdida sobre los errores (3 minutos)</translation>
    </message>
    <message>
        <source>The bars are the residuals of the current fit; the curve is the kind of noise the loss expects. MSE expects bell-shaped (Gaussian) noise; MAE expects a sharper peak with heavier tails (Laplace). &lt;b&gt;Ask:&lt;/b&gt; &quot;With the outliers preset, which curve fits the bars better?&quot;</source>
        <translation>Las barras son los residuos del ajuste actual; la curva es el tipo de ruido que espera la pérdida. MSE espera un ruido en forma de campana (gaussiano); MAE, un pico más agudo con colas más pesadas (Laplace). &lt;b&gt;Pregunta:&lt;/b&gt; «Con el conjunto de ejemplo outliers, ¿qué curva se ajusta mejor a las barras?».</translation>
    </message>
    <message>
        <source>Physics: a bar on springs (5 minutes)</source>
        <translation>Física: una barra sobre muelles (5 minutos)</translation>
    </message>
    <message>
        <source>Each point pulls the bar with a spring. For MSE the springs are ordinary ones and the bar comes to rest exactly on the least-squares line; its energy is the RSS.</source>
        <translation>Cada punto tira de la barra con un muelle. Con MSE los muelles son normales y la barra se detiene justo sobre la recta de mínimos cuadrados; su energía es la RSS.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Play&lt;/b&gt; and let the bar settle. &lt;b&gt;Point at&lt;/b&gt; the net force and torque falling to 0.</source>
        <translation>Pulsa &lt;b&gt;Iniciar&lt;/b&gt; y deja que la barra se asiente. &lt;b&gt;Señala&lt;/b&gt; la fuerza neta y el momento de torsión, que caen a 0.</translation>
    </message>
    <message>
        <source>Drag the bar away and let go. &lt;b&gt;Ask:&lt;/b&gt; &quot;Why does it swing?&quot; (Mass: like momentum.) Raise the damping: the bar creeps straight to rest, like gradient descent.</source>
        <translation>Arrastra la barra fuera de su sitio y suéltala. &lt;b&gt;Pregunta:&lt;/b&gt; «¿Por qué oscila?». (La masa: como momentum.) Sube la amortiguación: la barra avanza despacio y directa al reposo, como el descenso de gradiente.</translation>
    </message>
    <message>
        <source>Worked epoch: one step of gradient descent by hand (5 minutes)</source>
        <translation>Época paso a paso: un paso de descenso de gradiente a mano (5 minutos)</translation>
    </message>
    <message>
        <source>The last tab writes out the epoch that → takes next, with the class&apos;s own numbers: each sum with its first terms (&lt;i&gt;show all&lt;/i&gt; for every one), the update m ← m − L·Dm, and J before and after.</source>
        <translation>La última pestaña escribe la época que → dará a continuación, con los números de la propia clase: cada suma con sus primeros términos (&lt;i&gt;mostrar todo&lt;/i&gt; para verlos todos), la actualización m ← m − L·Dm, y J antes y después.</translation>
    </message>
    <message>
        <source>Reset and open &lt;b&gt;Worked epoch&lt;/b&gt;. Read the sum for Dm aloud. &lt;b&gt;Ask:&lt;/b&gt; &quot;Which points push m up, and which push it down?&quot; (the sign of each term). Press &lt;b&gt;→&lt;/b&gt;: J after becomes J before.</source>
        <translation>Reinicia y abre &lt;b&gt;Época paso a paso&lt;/b&gt;. Lee en voz alta la suma de Dm. &lt;b&gt;Pregunta:&lt;/b&gt; «¿Qué puntos empujan m hacia arriba y cuáles hacia abajo?» (el signo de cada término). Pulsa &lt;b&gt;→&lt;/b&gt;: J después pasa a ser J antes.</translation>
    </message>
    <message>
        <source>Choose MAE: the terms become signs. Choose &lt;i&gt;sign of the gradient&lt;/i&gt; in the &lt;b&gt;Optimizer&lt;/b&gt; box at learning rate 0.1: every coefficient moves by exactly 0.1 an epoch, as in the blog&apos;s log.</source>
        <translation>Elige MAE: los términos se convierten en signos. Elige &lt;i&gt;signo del gradiente&lt;/i&gt; en el recuadro &lt;b&gt;Optimizador&lt;/b&gt; con tasa de aprendizaje 0,1: cada coeficiente se mueve exactamente 0,1 por época, como en el registro del blog.</translation>
    </message>
    <message>
        <source>Run MAE with gradient descent and &lt;b&gt;point at&lt;/b&gt; the zig-zag at the end of the loss curve. In &lt;b&gt;Rate and stop&lt;/b&gt; choose &lt;i&gt;1/t decay&lt;/i&gt;: the rate (the curve&apos;s right axis) shrinks and J settles at the exact answer. Tick &lt;i&gt;stop when J settles&lt;/i&gt;: the run ends there and the status bar says why.</source>
        <translation>Ejecuta MAE con descenso de gradiente y &lt;b&gt;señala&lt;/b&gt; el zigzag al final de la curva de pérdida. En &lt;b&gt;Tasa y parada&lt;/b&gt; elige &lt;i&gt;decaimiento 1/t&lt;/i&gt;: la tasa (el eje derecho de la curva) disminuye y J se asienta en la solución exacta. Marca &lt;i&gt;parar cuando J se estabilice&lt;/i&gt;: la ejecución termina ahí y la barra de estado dice por qué.</translation>
    </message>
    <message>
        <source>Classification: two classes and a boundary (5 minutes)</source>
        <translation>Clasificación: dos clases y una frontera (5 minutos)</translation>
    </message>
    <message>
        <source>Choose &lt;i&gt;classification&lt;/i&gt; in the &lt;b&gt;Task&lt;/b&gt; box (or Presets → blobs). A left click adds a point of the chosen class, Shift+click the other one. The green line is where the model gives both classes probability ½.</source>
        <translation>Elige &lt;i&gt;clasificación&lt;/i&gt; en el recuadro &lt;b&gt;Tarea&lt;/b&gt; (o Ejemplos → blobs). Un clic izquierdo añade un punto de la clase elegida; Mayús+clic, de la otra. La línea verde es donde el modelo da a las dos clases probabilidad ½.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Point at&lt;/b&gt; the boundary turning to separate the colours, and at the rings: a large ring is a point the loss charges a lot (wrong, and sure of it).</source>
        <translation>Pulsa &lt;b&gt;Espacio&lt;/b&gt;. &lt;b&gt;Señala&lt;/b&gt; la frontera que gira hasta separar los colores, y los anillos: un anillo grande es un punto que la pérdida cobra caro (mal clasificado, y con seguridad).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ask:&lt;/b&gt; &quot;What happens to the loss when the model is confidently wrong?&quot; Show the confidence table in the readouts: right and sure costs almost nothing; wrong and sure costs most.</source>
        <translation>&lt;b&gt;Pregunta:&lt;/b&gt; «¿Qué le pasa a la pérdida cuando el modelo se equivoca con seguridad?». Muestra la tabla de confianza en las lecturas: acertar con seguridad casi no cuesta nada; equivocarse con seguridad es lo que más cuesta.</translation>
    </message>
    <message>
        <source>Presets → separable: without a penalty the weights grow without end (no finite minimum), and the status bar says so; an L2 penalty gives one.</source>
        <translation>Ejemplos → separable: sin penalización los pesos crecen sin fin (no hay mínimo finito), y la barra de estado lo dice; una penalización L2 da uno.</translation>
    </message>
    <message>
        <source>Train and test: fitting the points you have, missing the ones you do not (5 minutes)</source>
        <translation>Entrenamiento y prueba: acertar los puntos que tienes y fallar los que no (5 minutos)</translation>
    </message>
    <message>
        <source>Open &lt;code&gt;examples/hold-out.lossx&lt;/code&gt; (or Data → Hold out 30%): three of the ten points are hollow. They are held out: J and the gradient never see them.</source>
        <translation>Abre &lt;code&gt;examples/hold-out.lossx&lt;/code&gt; (o Datos → Apartar el 30%): tres de los diez puntos están huecos. Están apartados: J y el gradiente nunca los ven.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Point at&lt;/b&gt; the readouts&apos; &lt;i&gt;Train and test&lt;/i&gt;: J on the training points and J on the held-out ones. The loss curve draws both; held-out J is dashed.</source>
        <translation>Pulsa &lt;b&gt;Espacio&lt;/b&gt;. &lt;b&gt;Señala&lt;/b&gt; &lt;i&gt;Entrenamiento y prueba&lt;/i&gt; en las lecturas: J sobre los puntos de entrenamiento y J sobre los apartados. La curva de pérdida dibuja ambas; la J de los apartados es discontinua.</translation>
    </message>
    <message>
        <source>Select a point and press &lt;b&gt;T&lt;/b&gt; to hold it out (or take it back). &lt;b&gt;Ask:&lt;/b&gt; &quot;Does the line move?&quot; Only if the point was a training point.</source>
        <translation>Selecciona un punto y pulsa &lt;b&gt;T&lt;/b&gt; para apartarlo (o devolverlo). &lt;b&gt;Pregunta:&lt;/b&gt; «¿Se mueve la recta?». Solo si el punto era de entrenamiento.</translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;Validation&lt;/b&gt; view: the exact answer of every degree from 0 (bias) to 9. &lt;b&gt;Point at&lt;/b&gt; training J falling to 0 once the curve passes through every training point, and at held-out J exploding. &lt;b&gt;Ask:&lt;/b&gt; &quot;Which degree would you trust on new data?&quot;</source>
        <translation>Abre la vista &lt;b&gt;Validación&lt;/b&gt;: la solución exacta de cada grado, de 0 (solo ordenada en el origen) a 9. &lt;b&gt;Señala&lt;/b&gt; cómo la J de entrenamiento cae a 0 en cuanto la curva pasa por todos los puntos de entrenamiento, y cómo la J de los apartados se dispara. &lt;b&gt;Pregunta:&lt;/b&gt; «¿En qué grado confiaríais con datos nuevos?».</translation>
    </message>
    <message>
        <source>Questions to leave the class with</source>
        <translation>Preguntas para que la clase se lleve</translation>
    </message>
    <message>
        <source>Why square the errors, rather than just add them? (Positive and negative errors would cancel.)</source>
        <translation>¿Por qué elevar los errores al cuadrado en lugar de sumarlos sin más? (Los errores positivos y negativos se anularían.)</translation>
    </message>
    <message>
        <source>What does one outlier do to MSE, and to MAE?</source>
        <translation>¿Qué le hace un solo valor atípico a MSE, y qué a MAE?</translation>
    </message>
    <message>
        <source>Why does a bigger learning rate not always get there faster? (Try it: above the red mark on the learning-rate slider, the descent diverges, and the status bar says so.)</source>
        <translation>¿Por qué una tasa de aprendizaje mayor no siempre llega antes? (Pruébalo: por encima de la marca roja del control deslizante de la tasa de aprendizaje, el descenso diverge, y la barra de estado lo dice.)</translation>
    </message>
</context>
<context>
    <name>train_test</name>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>Train and test</source>
        <extracomment>the columns, by key; their titles are translated where they are shown</extracomment>
        <translation>Entrenamiento y prueba</translation>
    </message>
    <message>
        <source>J and R² on the points the descent trains on, and on the held-out (hollow) points it never sees</source>
        <translation>J y R² en los puntos con los que entrena el descenso y en los puntos reservados (huecos), que nunca ve</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>{row} {column}</source>
        <extracomment>the shown values: cells[row key][column title]</extracomment>
        <translation>{row}: {column}</translation>
    </message>
    <message>
        <source>Train and test ({loss})</source>
        <translation>Entrenamiento y prueba ({loss})</translation>
    </message>
</context>
<context>
    <name>validation_view</name>
    <message>
        <source>Validation curve: training J and held-out J against the degree</source>
        <extracomment>J below this share of the largest is drawn there on the log axis (and read &quot;0 to rounding&quot;) a log axis once the values span more than this factor</extracomment>
        <translation>Curva de validación: J de entrenamiento y de prueba según el grado</translation>
    </message>
    <message>
        <source>degree of the model</source>
        <translation>grado del modelo</translation>
    </message>
    <message>
        <source>training J</source>
        <translation>J de entrenamiento</translation>
    </message>
    <message>
        <source>held-out J</source>
        <translation>J de prueba</translation>
    </message>
    <message>
        <source>Validation curve&apos;s values</source>
        <translation>Valores de la curva de validación</translation>
    </message>
    <message>
        <source>The validation curve is for regression: points (x, y) and polynomials of x</source>
        <translation>La curva de validación es para regresión: puntos (x, y) y polinomios en x</translation>
    </message>
    <message>
        <source>Solving degrees 0–9…</source>
        <translation>Resolviendo los grados 0–9…</translation>
    </message>
    <message>
        <source>No validation curve: {reason}</source>
        <translation>Sin curva de validación: {reason}</translation>
    </message>
    <message>
        <source>Training J (solid) only falls as the degree grows; held-out J (dashed) rises once the model learns the noise.</source>
        <translation>J de entrenamiento (continua) solo baja al crecer el grado; J de prueba (discontinua) sube en cuanto el modelo aprende el ruido.</translation>
    </message>
    <message>
        <source>Hold out some points (Data → Hold out 30%, or T on a point) to see held-out J.</source>
        <translation>Reserve algunos puntos (Datos → Reservar 30 %, o T sobre un punto) para ver J en los datos de prueba.</translation>
    </message>
    <message>
        <source>Each answer has the panel&apos;s L2, λ = {l2}.</source>
        <translation>Cada solución lleva la penalización L2 del panel, λ = {l2}.</translation>
    </message>
    <message>
        <source>The panel&apos;s L2 can hold the high degrees back (where |x| is about 1 or less).</source>
        <translation>La penalización L2 del panel puede frenar los grados altos (donde |x| es del orden de 1 o menor).</translation>
    </message>
    <message>
        <source>J (log scale)</source>
        <translation>J (escala log.)</translation>
    </message>
    <message>
        <source>degree</source>
        <translation>grado</translation>
    </message>
    <message>
        <source>training&lt;br&gt;J</source>
        <translation>entren.&lt;br&gt;J</translation>
    </message>
    <message>
        <source>held-out&lt;br&gt;J</source>
        <translation>prueba&lt;br&gt;J</translation>
    </message>
    <message>
        <source>one answer of many:&lt;br&gt;fewer distinct x&lt;br&gt;than coefficients</source>
        <translation>una solución entre muchas:&lt;br&gt;menos x distintos&lt;br&gt;que coeficientes</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>the exact {exact} to four figures</source>
        <extracomment>J that rises and falls this many times over TAIL epochs zig-zags coefficients this far from the exact ones (relative to their size, at least 1) are visibly off</extracomment>
        <translation>el valor exacto {exact} con cuatro cifras</translation>
    </message>
    <message>
        <source>{percent}% above the exact J</source>
        <translation>un {percent} % mayor que el J exacto</translation>
    </message>
    <message>
        <source>{percent}% above the exact {exact}</source>
        <translation>un {percent} % mayor que el valor exacto {exact}</translation>
    </message>
    <message>
        <source>{amount} above the exact {exact}</source>
        <translation>{amount} mayor que el valor exacto {exact}</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value}</source>
        <translation>Hecho, época {epoch}: {name} = {value}</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} within 1% of the exact J, but the fit is still a little off: Run again</source>
        <translation>Hecho, época {epoch}: {name} a menos del 1 % del J exacto, pero el ajuste aún se desvía un poco: vuelve a iniciar</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is within 1% of the exact {exact}, but the fit is still a little off: near the answer J is nearly flat, so the last stretch is slow. Run again to settle it onto the answer</source>
        <translation>Hecho, época {epoch}: {name} = {value} está a menos del 1 % del valor exacto {exact}, pero el ajuste aún se desvía un poco: cerca de la solución J es casi plana, así que el último tramo es lento. Vuelve a iniciar para que se asiente en la solución</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: on the answer, {name} = {value} is {gap}</source>
        <translation>Hecho, época {epoch}: en la solución, {name} = {value} es {gap}</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} {short_gap}, zig-zagging (constant-size subgradient steps): try a smaller rate, a decaying one, or Adam</source>
        <translation>Hecho, época {epoch}: {name} {short_gap}, en zigzag (pasos de subgradiente de tamaño constante): prueba una tasa menor, una decreciente o Adam</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is {gap} and zig-zags: {name}&apos;s slope keeps its size however close the fit is, so each step (a constant-size subgradient step) overshoots. A smaller learning rate, a rate that shrinks each epoch, or Adam gets closer</source>
        <translation>Hecho, época {epoch}: {name} = {value} es {gap} y va en zigzag: la pendiente de {name} conserva su tamaño por cerca que esté el ajuste, así que cada paso (un paso de subgradiente de tamaño constante) se pasa de largo. Una tasa de aprendizaje menor, una tasa que disminuye en cada época o Adam se acercan más</translation>
    </message>
    <message>
        <source>each mini-batch pulls its own way</source>
        <translation>cada minilote tira hacia su lado</translation>
    </message>
    <message>
        <source>the steps overshoot</source>
        <translation>los pasos se pasan de largo</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} {short_gap}, zig-zagging ({why}): try a smaller learning rate</source>
        <translation>Hecho, época {epoch}: {name} {short_gap}, en zigzag ({why}): prueba una tasa de aprendizaje menor</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is {gap} and zig-zags ({why}): a smaller learning rate calms it</source>
        <translation>Hecho, época {epoch}: {name} = {value} es {gap} y va en zigzag ({why}): una tasa de aprendizaje menor lo calma</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} {short_gap} and still falling: Run again, or raise the learning rate</source>
        <translation>Hecho, época {epoch}: {name} {short_gap} y aún baja: vuelve a iniciar o sube la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is {gap} and still falling: Run again for more epochs, or raise the learning rate</source>
        <translation>Hecho, época {epoch}: {name} = {value} es {gap} y aún baja: vuelve a iniciar para más épocas o sube la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} {short_gap} and stopped: try a smaller learning rate, or Adam</source>
        <translation>Hecho, época {epoch}: {name} {short_gap} y se ha detenido: prueba una tasa de aprendizaje menor o Adam</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is {gap} and has stopped: try a smaller learning rate, or Adam</source>
        <translation>Hecho, época {epoch}: {name} = {value} es {gap} y se ha detenido: prueba una tasa de aprendizaje menor o Adam</translation>
    </message>
</context>
<context>
    <name>view_tabs</name>
    <message>
        <source>Fit</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>The points, the fit and its squares</source>
        <translation>Los puntos, el ajuste y sus cuadrados</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paisaje</translation>
    </message>
    <message>
        <source>J over two coefficients, with the path down it</source>
        <translation>J sobre dos coeficientes, con el camino de descenso</translation>
    </message>
    <message>
        <source>Loss shape</source>
        <translation>Forma de la pérdida</translation>
    </message>
    <message>
        <source>ℓ and its slope against the error e, or in classification the margin t·z; the points as ticks</source>
        <translation>ℓ y su pendiente frente al error e, o en clasificación frente al margen t·z; los puntos como marcas</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>The residuals and the noise the loss assumes</source>
        <translation>Los residuos y el ruido que supone la pérdida</translation>
    </message>
    <message>
        <source>Physics</source>
        <translation>Física</translation>
    </message>
    <message>
        <source>A bar on springs that settles where the loss says</source>
        <translation>Una barra sobre muelles que se detiene donde dice la pérdida</translation>
    </message>
    <message>
        <source>Worked epoch</source>
        <translation>Época resuelta</translation>
    </message>
    <message>
        <source>The next epoch&apos;s arithmetic in the blog&apos;s notation, with the real numbers</source>
        <translation>Las cuentas de la próxima época en la notación del blog, con los números reales</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Training J and held-out J of the exact answer for the degrees 0–9</source>
        <translation>J de entrenamiento y J reservado de la solución exacta para los grados 0–9</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} puntos</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>época {epoch}</translation>
    </message>
    <message>
        <source>showing {drawn} of {n} points</source>
        <translation>se muestran {drawn} de {n} puntos</translation>
    </message>
    <message>
        <source>left-click on the canvas to add points</source>
        <translation>haga clic izquierdo en el lienzo para añadir puntos</translation>
    </message>
    <message>
        <source>lock aspect leaves {share} of the canvas empty (View menu)</source>
        <translation>la proporción fija deja vacío el {share} del lienzo (menú Ver)</translation>
    </message>
    <message>
        <source>Regression only</source>
        <translation>Solo en regresión</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Run</source>
        <extracomment>a window narrower than this tabs the settings with the readouts: the views keep their width</extracomment>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Readouts</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Curva de pérdida</translation>
    </message>
    <message>
        <source>Epoch log</source>
        <translation>Registro de épocas</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Curva</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>worked_view</name>
    <message>
        <source>line</source>
        <extracomment>the terms of each sum written out, and the mini-batches of a stochastic epoch &quot;show all&quot; writes at most this many terms of a sum and mini-batches of an epoch (a longer text would take seconds to lay out, and nobody reads it) while a run goes, the view is written again at most this often, and at most 1/DUTY of the time (10⁶ points: a writing costs about 0.2 s, so every 4 s): the GUI thread leaves the cores to the run the models&apos; keys as the worked epoch&apos;s first line says them (&quot;MSE on line by …&quot;)</extracomment>
        <translation>recta</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>logistic</source>
        <translation>modelo logístico</translation>
    </message>
    <message>
        <source>Take this epoch: the descent steps once and the view shows the next (→)</source>
        <translation>Ejecutar esta época: el descenso avanza un paso y la vista muestra la siguiente (→)</translation>
    </message>
    <message>
        <source>Step →</source>
        <translation>Paso →</translation>
    </message>
    <message>
        <source>show all</source>
        <translation>mostrar todo</translation>
    </message>
    <message>
        <source>Every term of each sum (up to {terms}) and every mini-batch (up to {batches}), not only the first few</source>
        <translation>Cada término de cada suma (hasta {terms}) y cada minilote (hasta {batches}), no solo los primeros</translation>
    </message>
    <message>
        <source>all digits</source>
        <translation>todas las cifras</translation>
    </message>
    <message>
        <source>Every number with {full} significant digits (the double it is), not the classroom&apos;s {digits}</source>
        <translation>Cada número con {full} cifras significativas (el double que es), no con las {digits} del aula</translation>
    </message>
    <message>
        <source>worked epoch</source>
        <translation>época desarrollada</translation>
    </message>
    <message>
        <source>No points yet: add some, or choose a preset</source>
        <translation>Aún no hay puntos: añada algunos o elija un conjunto de ejemplo</translation>
    </message>
    <message>
        <source>This epoch cannot be written out: {reason}</source>
        <translation>Esta época no se puede desarrollar: {reason}</translation>
    </message>
    <message>
        <source>The next epoch, {next}, from where the descent stands (epoch {epoch}): Step (→) takes it</source>
        <translation>La siguiente época, {next}, desde donde está el descenso (época {epoch}): Paso (→) la ejecuta</translation>
    </message>
    <message>
        <source>Its rate L = {rate} at t = {t}</source>
        <translation>Su tasa L = {rate} en t = {t}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: {loss} on {model} by {optimizer}, L = {rate}, n = {n}</source>
        <translation>Época {epoch}: {loss} para {model} con {optimizer}, L = {rate}, n = {n}</translation>
    </message>
    <message>
        <source>J = {value} before ({coefficients})</source>
        <translation>J = {value} antes ({coefficients})</translation>
    </message>
    <message>
        <source>J = {value} after ({coefficients})</source>
        <translation>J = {value} después ({coefficients})</translation>
    </message>
    <message>
        <source>where {text}</source>
        <translation>donde {text}</translation>
    </message>
    <message>
        <source>mini-batch {k} of {batches}: points {points}</source>
        <translation>minilote {k} de {batches}: puntos {points}</translation>
    </message>
    <message>
        <source>… 1 more mini-batch, each stepped the same way</source>
        <translation>… 1 minilote más, calculado de la misma manera</translation>
    </message>
    <message>
        <source>… {rest} more mini-batches, each stepped the same way</source>
        <translation>… {rest} minilotes más, cada uno calculado de la misma manera</translation>
    </message>
    <message>
        <source>… {rest} more</source>
        <translation>… {rest} más</translation>
    </message>
</context>
</TS>
