<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>accessible</name>
    <message>
        <source>plot</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>panneau</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>curseur</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>onglets</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>Tabs: {tabs}</source>
        <translation>Onglets : {tabs}</translation>
    </message>
    <message>
        <source>plot of {y} against {x}</source>
        <translation>graphique de {y} en fonction de {x}</translation>
    </message>
    <message>
        <source>{place} {kind}</source>
        <translation>{place} ({kind})</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>{name}: the arrow keys choose a tab</source>
        <translation>{name} : les flèches choisissent un onglet</translation>
    </message>
    <message>
        <source>{name}: the wheel zooms, a drag pans</source>
        <translation>{name} : la molette zoome, un glisser déplace la vue</translation>
    </message>
    <message>
        <source>{name}: the arrow keys choose</source>
        <translation>{name} : les flèches choisissent</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Run the optimizer (Space)</source>
        <translation>Lancer l&apos;optimiseur (Espace)</translation>
    </message>
    <message>
        <source>Run one epoch (→)</source>
        <translation>Calculer une époque (→)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Run the optimizer (Space pauses)</source>
        <translation>Lancer l&apos;optimiseur (Espace le met en pause)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to the start: β = 0, epoch 0 (R)</source>
        <translation>Retour au début : β = 0, époque 0 (R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <source>Remove the selected point (Delete)</source>
        <translation>Retirer le point sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Pin this fit</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Keep the current fit as a labelled line to compare with others (P)</source>
        <translation>Garder l&apos;ajustement actuel comme une ligne nommée, pour le comparer à d&apos;autres (P)</translation>
    </message>
    <message>
        <source>Clear all points</source>
        <translation>Effacer tous les points</translation>
    </message>
    <message>
        <source>Remove every point (undoable)</source>
        <translation>Retirer tous les points (annulable)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Back to the view</source>
        <translation>Retour à la vue</translation>
    </message>
    <message>
        <source>Leave a field: Space, →, R and 1–9 work again (Esc)</source>
        <translation>Quitter un champ : Espace, →, R et 1–9 fonctionnent à nouveau (Échap)</translation>
    </message>
    <message>
        <source>Fit view to data</source>
        <translation>Cadrer les données</translation>
    </message>
    <message>
        <source>Frame all the points and their squares (Ctrl+0)</source>
        <translation>Cadrer tous les points et leurs carrés (Ctrl+0)</translation>
    </message>
    <message>
        <source>Keyboard cursor</source>
        <translation>Curseur clavier</translation>
    </message>
    <message>
        <source>A crosshair on the canvas: arrows move it, Enter adds a point, Tab walks the points, Esc ends (K)</source>
        <translation>Une croix sur le graphique : les flèches la déplacent, Entrée ajoute un point, Tab parcourt les points, Échap termine (K)</translation>
    </message>
    <message>
        <source>Lock aspect (squares look square)</source>
        <translation>Verrouiller les proportions (les carrés restent carrés)</translation>
    </message>
    <message>
        <source>One unit of x as long as one unit of y: the squares look square, and points far wider than tall (or taller than wide) leave part of the canvas empty</source>
        <translation>Une unité de x aussi longue qu&apos;une unité de y : les carrés restent carrés, et des points bien plus larges que hauts (ou plus hauts que larges) laissent une partie du graphique vide</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Show the grid</source>
        <translation>Afficher la grille</translation>
    </message>
    <message>
        <source>random…</source>
        <translation>aléatoires…</translation>
    </message>
    <message>
        <source>n points on a line you choose, with the noise you choose</source>
        <translation>n points sur une droite de votre choix, avec le bruit de votre choix</translation>
    </message>
    <message>
        <source>Full precision</source>
        <translation>Précision complète</translation>
    </message>
    <message>
        <source>Every significant figure in the readouts, not the classroom&apos;s four</source>
        <translation>Tous les chiffres significatifs dans les affichages, pas seulement les quatre de la classe</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the run (Space)</source>
        <translation>Mettre l&apos;exécution en pause (Espace)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Loss</source>
        <translation>&amp;Perte</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Jeux d’exemple</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Real data</source>
        <translation>Données &amp;réelles</translation>
    </message>
    <message>
        <source>&amp;Made up</source>
        <translation>&amp;Inventées</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Régression</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>{title} ({source})</source>
        <translation>{title} ({source})</translation>
    </message>
    <message>
        <source>{name} (classification)</source>
        <translation>{name} (classification)</translation>
    </message>
    <message>
        <source>{summary}. {context}</source>
        <translation>{summary}. {context}</translation>
    </message>
    <message>
        <source>{action} {what} ({keys})</source>
        <translation>{action} : {what} ({keys})</translation>
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
        <translation>GIF animé</translation>
    </message>
    <message>
        <source>PNG frames</source>
        <translation>Images PNG</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>Vidéo MP4</translation>
    </message>
    <message>
        <source>epoch {epoch} · {loss} = {value}</source>
        <translation>époque {epoch} · {loss} = {value}</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>époque {epoch}</translation>
    </message>
    <message>
        <source>an animated GIF needs Pillow: {install}</source>
        <translation>un GIF animé demande Pillow : {install}</translation>
    </message>
    <message>
        <source>cannot write {name}</source>
        <translation>impossible d&apos;écrire {name}</translation>
    </message>
    <message>
        <source>an MP4 needs ffmpeg on PATH; GIF and PNG frames need none</source>
        <translation>un MP4 demande ffmpeg dans le PATH ; le GIF et les images PNG s&apos;en passent</translation>
    </message>
    <message>
        <source>ffmpeg failed: {said}</source>
        <translation>ffmpeg a échoué : {said}</translation>
    </message>
    <message>
        <source>{count} frames, {first} … {last}</source>
        <translation>{count} images, {first} … {last}</translation>
    </message>
    <message>
        <source>{path}: an animation is written as .gif, .png (frames) or .mp4</source>
        <translation>{path} : une animation s&apos;enregistre en .gif, .png (images) ou .mp4</translation>
    </message>
</context>
<context>
    <name>animation_export</name>
    <message>
        <source>The descent from epoch 0 to the end, with the epoch and J in each frame, as an animated GIF or PNG frames or an MP4</source>
        <extracomment>frames drawn per turn of the event loop (one takes 10–30 ms at 960×540) the frames&apos; width when the canvas is wider (the menu&apos;s export; the command line chooses its own) the menu entry&apos;s tip, by what can be written: (an animated GIF, an MP4) besides PNG frames</extracomment>
        <translation>La descente de l&apos;époque 0 jusqu&apos;à la fin, avec l&apos;époque et J dans chaque image, en GIF animé, en images PNG ou en MP4</translation>
    </message>
    <message>
        <source>The descent from epoch 0 to the end, with the epoch and J in each frame, as an animated GIF or PNG frames</source>
        <translation>La descente de l&apos;époque 0 jusqu&apos;à la fin, avec l&apos;époque et J dans chaque image, en GIF animé ou en images PNG</translation>
    </message>
    <message>
        <source>The descent from epoch 0 to the end, with the epoch and J in each frame, as PNG frames or an MP4</source>
        <translation>La descente de l&apos;époque 0 jusqu&apos;à la fin, avec l&apos;époque et J dans chaque image, en images PNG ou en MP4</translation>
    </message>
    <message>
        <source>The descent from epoch 0 to the end, with the epoch and J in each frame, as PNG frames</source>
        <translation>La descente de l&apos;époque 0 jusqu&apos;à la fin, avec l&apos;époque et J dans chaque image, en images PNG</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>Exporter une animation…</translation>
    </message>
    <message>
        <source>Export animation… (for a GIF: {install})</source>
        <translation>Exporter une animation… (pour un GIF : {install})</translation>
    </message>
    <message>
        <source>an animated GIF needs Pillow: {install}</source>
        <translation>un GIF animé demande Pillow : {install}</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Exporter une animation</translation>
    </message>
    <message>
        <source>Exporting the descent to {path}: running it again from epoch 0</source>
        <translation>Export de la descente vers {path} : elle est relancée depuis l&apos;époque 0</translation>
    </message>
    <message>
        <source>{path}: an animation is written as .gif, .png (frames) or .mp4</source>
        <translation>{path} : une animation s&apos;enregistre en .gif, .png (images) ou .mp4</translation>
    </message>
    <message>
        <source>{path}: an animated GIF needs Pillow ({install}); PNG frames need nothing</source>
        <translation>{path} : un GIF animé demande Pillow ({install}) ; les images PNG ne demandent rien</translation>
    </message>
    <message>
        <source>{path}: an MP4 needs ffmpeg on PATH; GIF and PNG frames need none</source>
        <translation>{path} : un MP4 demande ffmpeg dans le PATH ; le GIF et les images PNG s&apos;en passent</translation>
    </message>
    <message>
        <source>Nothing to animate: {why}</source>
        <translation>Rien à animer : {why}</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Export de {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation>Export annulé : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path} : impossible d&apos;écrire ({reason})</translation>
    </message>
    <message>
        <source>Exported the descent: {written}</source>
        <translation>Descente exportée : {written}</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>{path} cannot be used ({why})</source>
        <extracomment>the writing thread takes the interpreter from the GUI thread while it formats numbers: at most this share of the time goes to it (a session of 10⁷ points takes seconds to write, so it is then written less often) what the person may answer about an orphan</extracomment>
        <translation>impossible d&apos;utiliser {path} ({why})</translation>
    </message>
    <message>
        <source>{path} is not a folder (a link or a file is in its place)</source>
        <translation>{path} n&apos;est pas un dossier (un lien ou un fichier est à sa place)</translation>
    </message>
    <message>
        <source>{path} belongs to another user</source>
        <translation>{path} appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>{path} is open to other users and cannot be closed ({why})</source>
        <translation>{path} est ouvert aux autres utilisateurs et ne peut pas être fermé ({why})</translation>
    </message>
    <message>
        <source>Autosave is off: {path} cannot be made ({why})</source>
        <translation>La sauvegarde automatique est désactivée : impossible de créer {path} ({why})</translation>
    </message>
    <message>
        <source>Autosave is off: {why}</source>
        <translation>La sauvegarde automatique est désactivée : {why}</translation>
    </message>
    <message>
        <source>on an earlier run</source>
        <translation>lors d&apos;une exécution précédente</translation>
    </message>
    <message>
        <source>d MMM, HH:mm</source>
        <translation>d MMM, HH:mm</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>le {date}</translation>
    </message>
    <message>
        <source>lossexplorer did not close normally. Restore the work it autosaved {when}? ({index} of {count}: Discard offers the next)</source>
        <extracomment>the tests&apos; answer about an orphan (path, when, how many in all): RESTORE, DISCARD or LATER</extracomment>
        <translation>lossexplorer ne s&apos;est pas fermé normalement. Restaurer le travail sauvegardé automatiquement {when} ? ({index} sur {count} : Supprimer propose la suivante)</translation>
    </message>
    <message>
        <source>lossexplorer did not close normally. Restore the work it autosaved {when}?</source>
        <translation>lossexplorer ne s&apos;est pas fermé normalement. Restaurer le travail sauvegardé automatiquement {when} ?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>The work autosaved {when} could not be restored ({why}); the file is kept as {path}</source>
        <translation>Le travail sauvegardé automatiquement {when} n&apos;a pas pu être restauré ({why}) ; le fichier est gardé sous {path}</translation>
    </message>
    <message>
        <source>; 1 more autosave kept for the next start</source>
        <translation>; 1 autre sauvegarde automatique gardée pour le prochain démarrage</translation>
    </message>
    <message>
        <source>; {n} more autosaves kept for the next start</source>
        <translation>; {n} autres sauvegardes automatiques gardées pour le prochain démarrage</translation>
    </message>
    <message>
        <source>Restored the work autosaved {when}</source>
        <translation>Le travail sauvegardé automatiquement {when} a été restauré</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>decision boundary</source>
        <extracomment>per-point overlays (segments, squares, arrows) are drawn up to this many points; beyond it they would be a solid smear that only costs frames squares are readable up to a few hundred; past that they only hide the points a sample of many points leaves room for this many clicks, each drawn without drawing the rest the exact answer&apos;s own predictions (core.Solution.predict): stable where Σ β_j·x^j cancels the predicted mean of y from the model&apos;s p (the loss&apos;s inverse link: Poisson&apos;s exp(f)), None: p itself the framing the canvas chose (the width and height it shows), until the person zooms or pans</extracomment>
        <translation>frontière de décision</translation>
    </message>
    <message>
        <source>exact boundary</source>
        <translation>frontière exacte</translation>
    </message>
    <message>
        <source>current fit</source>
        <translation>ajustement actuel</translation>
    </message>
    <message>
        <source>exact answer</source>
        <translation>solution exacte</translation>
    </message>
</context>
<context>
    <name>class_choice</name>
    <message>
        <source>{k} classes</source>
        <extracomment>the class&apos;s marker as a character for the palette (the canvas&apos;s pyqtgraph symbols: theme.CLASS_SYMBOLS) each row of the palette holds this many classes</extracomment>
        <translation>{k} classes</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>classes</translation>
    </message>
    <message>
        <source>How many classes, K = 2 … 5. Two: every classification loss; more: the softmax model with the categorical cross-entropy. Fewer classes drop the points of the classes that go (one undo step)</source>
        <translation>Combien de classes, K = 2 … 5. Deux : toute perte de classification ; davantage : le modèle softmax avec l&apos;entropie croisée catégorielle. Moins de classes retire les points des classes supprimées (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>{glyph} class {k}</source>
        <translation>{glyph} classe {k}</translation>
    </message>
    <message>
        <source>A left click adds a class-{k} point (Ctrl+{key}; Shift+click: the next one)</source>
        <translation>Un clic gauche ajoute un point de la classe {k} (Ctrl+{key} ; Shift+clic : la suivante)</translation>
    </message>
    <message>
        <source>New points: class {k}</source>
        <translation>Nouveaux points : classe {k}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Loss functions and gradient descent, headless.</source>
        <translation>Fonctions de perte et descente de gradient, sans fenêtre.</translation>
    </message>
    <message>
        <source>start coefficients (default zeros)</source>
        <translation>coefficients de départ (par défaut des zéros)</translation>
    </message>
    <message>
        <source>log every K-th epoch (default: about 20 lines)</source>
        <translation>afficher une époque sur K (par défaut : une vingtaine de lignes)</translation>
    </message>
    <message>
        <source>my line p = m·x + c: its intercept and slope</source>
        <translation>ma droite p = m·x + c : son ordonnée à l&apos;origine et sa pente</translation>
    </message>
    <message>
        <source>my coefficients for another model (--model)</source>
        <translation>mes coefficients pour un autre modèle (--model)</translation>
    </message>
    <message>
        <source>Open the lossexplorer window, or run a headless command (below).</source>
        <translation>Ouvre la fenêtre de lossexplorer ou lance une commande sans fenêtre (ci-dessous).</translation>
    </message>
    <message>
        <source>a points .csv (or a .lossx session) to open</source>
        <translation>un .csv de points (ou une session .lossx) à ouvrir</translation>
    </message>
    <message>
        <source>start with a preset data set (default noisy-line): {choices}</source>
        <translation>démarrer avec un jeu d&apos;exemple (par défaut noisy-line) : {choices}</translation>
    </message>
    <message>
        <source>the learning rate to start with</source>
        <translation>le taux d&apos;apprentissage de départ</translation>
    </message>
    <message>
        <source>the number of epochs (screenshot mode runs them all)</source>
        <translation>le nombre d&apos;époques (le mode capture les parcourt toutes)</translation>
    </message>
    <message>
        <source>the view to show: {choices}</source>
        <translation>la vue à afficher : {choices}</translation>
    </message>
    <message>
        <source>render the window to OUT.png and exit</source>
        <translation>enregistrer la fenêtre dans OUT.png et quitter</translation>
    </message>
    <message>
        <source>write the descent from epoch 0 to the end as an animated GIF (needs Pillow: pip install &apos;lossexplorer[export]&apos;), PNG frames (OUT.png: OUT-000.png, ...) or an MP4 (ffmpeg), and exit</source>
        <translation>écrire la descente de l&apos;époque 0 à la fin en GIF animé (il faut Pillow : pip install &apos;lossexplorer[export]&apos;), en images PNG (OUT.png : OUT-000.png, ...) ou en MP4 (ffmpeg), puis quitter</translation>
    </message>
    <message>
        <source>frames a second of --animation (default 12)</source>
        <translation>images par seconde de --animation (par défaut 12)</translation>
    </message>
    <message>
        <source>window size in screenshot mode (default 1600x900); frame size of --animation (default 960x540)</source>
        <translation>taille de la fenêtre en mode capture (par défaut 1600x900) ; taille des images de --animation (par défaut 960x540)</translation>
    </message>
    <message>
        <source>start in projector mode</source>
        <translation>démarrer en mode projecteur</translation>
    </message>
    <message>
        <source>the window&apos;s language: en, de, es or fr (default: the one chosen in View → Language, else the system&apos;s)</source>
        <translation>la langue de la fenêtre : en, de, es ou fr (par défaut : celle choisie dans Affichage → Langue, sinon celle du système)</translation>
    </message>
    <message>
        <source>open in my-line mode with my line p = m·x + c (its intercept and slope)</source>
        <translation>ouvrir en mode « ma droite » avec ma droite p = m·x + c (ordonnée à l&apos;origine et pente)</translation>
    </message>
    <message>
        <source>--every must be 1 or more, got {every}</source>
        <translation>--every doit valoir 1 ou plus ; reçu {every}</translation>
    </message>
    <message>
        <source>--line gives a line&apos;s c and m; for model {model} give --coefficients</source>
        <translation>--line donne c et m d&apos;une droite ; pour le modèle {model}, donnez --coefficients</translation>
    </message>
    <message>
        <source>--line takes two numbers C,M (intercept, slope), got {n}</source>
        <translation>--line attend deux nombres C,M (ordonnée à l&apos;origine, pente) ; reçu {n}</translation>
    </message>
    <message>
        <source>the window does not draw the loss {loss} yet; &apos;{prog} fit&apos;, &apos;solve&apos; and &apos;score&apos; take it</source>
        <translation>la fenêtre ne trace pas encore la perte {loss} ; &apos;{prog} fit&apos;, &apos;solve&apos; et &apos;score&apos; l&apos;acceptent</translation>
    </message>
    <message>
        <source>the window does not draw the model {model} yet; &apos;{prog} fit&apos;, &apos;solve&apos; and &apos;score&apos; take it</source>
        <translation>la fenêtre ne trace pas encore le modèle {model} ; &apos;{prog} fit&apos;, &apos;solve&apos; et &apos;score&apos; l&apos;acceptent</translation>
    </message>
    <message>
        <source>the command &apos;{command}&apos; comes first: {prog} {command} [options]</source>
        <translation>la commande &apos;{command}&apos; vient en premier : {prog} {command} [options]</translation>
    </message>
</context>
<context>
    <name>cli_args</name>
    <message>
        <source>run gradient descent and print the epoch log</source>
        <extracomment>every preset, made up and real (the catalogue&apos;s real sets after the made-up ones) the options that choose a file&apos;s columns, by task the losses and models the window can draw (its task menus&apos;); the commands take every one the headless sub-commands, with the line `--help` shows for each (`command_help` translates it)</extracomment>
        <translation>lancer la descente de gradient et afficher le journal des époques</translation>
    </message>
    <message>
        <source>print the exact minimizer of the objective</source>
        <translation>afficher la solution exacte, le minimum de l&apos;objectif</translation>
    </message>
    <message>
        <source>score my line (or coefficients): my J against the best J</source>
        <translation>noter ma droite (ou mes coefficients) : mon J face au meilleur J</translation>
    </message>
    <message>
        <source>let the bar on springs settle and print where it comes to rest</source>
        <translation>laisser la barre sur ressorts se stabiliser et afficher où elle s&apos;immobilise</translation>
    </message>
    <message>
        <source>list the preset data sets: n, task, units and source</source>
        <translation>lister les jeux d&apos;exemple : n, tâche, unités et source</translation>
    </message>
    <message>
        <source>{prog}: {message} (see &apos;{command} --help&apos;)</source>
        <translation>{prog} : {message} (voir &apos;{command} --help&apos;)</translation>
    </message>
    <message>
        <source>print the versions and exit</source>
        <translation>afficher les versions et quitter</translation>
    </message>
    <message>
        <source>one of: {names}</source>
        <translation>au choix : {names}</translation>
    </message>
    <message>
        <source>{text} (default {default})</source>
        <translation>{text} (par défaut {default})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a finite number</source>
        <translation>&apos;{text}&apos; n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a comma-separated list of numbers</source>
        <translation>&apos;{text}&apos; n&apos;est pas une liste de nombres séparés par des virgules</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; holds a number that is not finite</source>
        <translation>&apos;{text}&apos; contient un nombre qui n&apos;est pas fini</translation>
    </message>
    <message>
        <source>points: columns x,y (x1,x2,label to classify), or choose columns below</source>
        <translation>points : colonnes x,y (x1,x2,label pour classer), ou choisissez les colonnes ci-dessous</translation>
    </message>
    <message>
        <source>points: columns x,y, or choose columns below</source>
        <translation>points : colonnes x,y, ou choisissez les colonnes ci-dessous</translation>
    </message>
    <message>
        <source>use a preset data set instead of a file: {choices}</source>
        <translation>utiliser un jeu d&apos;exemple au lieu d&apos;un fichier : {choices}</translation>
    </message>
    <message>
        <source>x1 (to classify)</source>
        <translation>x1 (pour classer)</translation>
    </message>
    <message>
        <source>x2 (to classify)</source>
        <translation>x2 (pour classer)</translation>
    </message>
    <message>
        <source>the class label (to classify; two text values become 0 and 1)</source>
        <translation>la classe (pour classer ; deux valeurs textuelles deviennent 0 et 1)</translation>
    </message>
    <message>
        <source>the column of DATA.csv for {what}: its header name or its number from 1</source>
        <translation>la colonne de DATA.csv pour {what} : son nom dans l&apos;en-tête ou son numéro à partir de 1</translation>
    </message>
    <message>
        <source>with chosen columns: leave out rows whose cell there is empty or not a number (stderr says which); without it such a row is an error</source>
        <translation>avec des colonnes choisies : laisser de côté les lignes dont la cellule y est vide ou n&apos;est pas un nombre (stderr dit lesquelles) ; sans cette option, une telle ligne est une erreur</translation>
    </message>
    <message>
        <source>{condition} for --loss {losses}: {tip}</source>
        <translation>{condition} pour --loss {losses} : {tip}</translation>
    </message>
    <message>
        <source>{model} for {losses}</source>
        <translation>{model} pour {losses}</translation>
    </message>
    <message>
        <source>softmax:K fixes K classes (2 to 5)</source>
        <translation>softmax:K fixe K classes (de 2 à 5)</translation>
    </message>
    <message>
        <source>R in J = R(ℓ) + penalties (default: the loss&apos;s own)</source>
        <translation>R dans J = R(ℓ) + pénalités (par défaut : celle de la perte)</translation>
    </message>
    <message>
        <source>print one JSON object instead of text</source>
        <translation>afficher un objet JSON au lieu du texte</translation>
    </message>
    <message>
        <source>the language of this help and of the messages: en, de, es or fr (default: the system&apos;s)</source>
        <translation>la langue de cette aide et des messages : en, de, es ou fr (par défaut : celle du système)</translation>
    </message>
    <message>
        <source>the learning rate by epoch t: {choices}</source>
        <translation>le taux d&apos;apprentissage selon l&apos;époque t : {choices}</translation>
    </message>
    <message>
        <source>{tip} (default: off)</source>
        <translation>{tip} (par défaut : désactivé)</translation>
    </message>
    <message>
        <source>{tip} (e.g. 1e-9; default: off)</source>
        <translation>{tip} (p. ex. 1e-9 ; par défaut : désactivé)</translation>
    </message>
    <message>
        <source>K of --stop-tol</source>
        <translation>K de --stop-tol</translation>
    </message>
    <message>
        <source>give either DATA.csv or --preset, not both</source>
        <translation>donnez DATA.csv ou --preset, pas les deux</translation>
    </message>
    <message>
        <source>{options} choose columns of DATA.csv, not of a preset</source>
        <translation>{options} choisissent des colonnes de DATA.csv, pas d&apos;un jeu d&apos;exemple</translation>
    </message>
    <message>
        <source>preset {name} is a classification data set; choose a classification loss (e.g. --loss bce)</source>
        <translation>le jeu d&apos;exemple {name} est un jeu de classification ; choisissez une perte de classification (p. ex. --loss bce)</translation>
    </message>
    <message>
        <source>preset {name} is a regression data set; choose a regression loss (e.g. --loss mse)</source>
        <translation>le jeu d&apos;exemple {name} est un jeu de régression ; choisissez une perte de régression (p. ex. --loss mse)</translation>
    </message>
    <message>
        <source>no data: give a DATA.csv file or --preset NAME</source>
        <translation>pas de données : donnez un fichier DATA.csv ou --preset NOM</translation>
    </message>
    <message>
        <source>{error}; choose the columns with {options} (a header name or a number)</source>
        <translation>{error} ; choisissez les colonnes avec {options} (un nom de l&apos;en-tête ou un numéro)</translation>
    </message>
    <message>
        <source>left out {row}</source>
        <translation>laissée de côté : {row}</translation>
    </message>
    <message>
        <source>left out {n} rows: {lines} ({first})</source>
        <translation>{n} lignes laissées de côté : {lines} ({first})</translation>
    </message>
    <message>
        <source>{option} chooses a column for regression; for this loss give {options}</source>
        <translation>{option} choisit une colonne pour la régression ; pour cette perte, donnez {options}</translation>
    </message>
    <message>
        <source>{option} chooses a column for classification; for this loss give {options}</source>
        <translation>{option} choisit une colonne pour la classification ; pour cette perte, donnez {options}</translation>
    </message>
    <message>
        <source>give {options} together: {missing} is missing</source>
        <translation>donnez {options} ensemble : {missing} manque</translation>
    </message>
    <message>
        <source>commands (each has its own --help):</source>
        <translation>commandes (chacune a sa propre --help) :</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ex. {example}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>add a class-{label} point ({x}, {y})</source>
        <extracomment>a hand edit of the points (rule 3: the descent goes on from the current coefficients); otherwise new points are a new data set (rule 1: the selection goes, the view reframes) where the new descent starts and stands (a session): the start point and the coefficients the student&apos;s own line (my-line mode); NO_LINE takes it away</extracomment>
        <translation>ajout d’un point de classe {label} ({x} ; {y})</translation>
    </message>
    <message>
        <source>add point ({x}, {y})</source>
        <translation>ajout du point ({x} ; {y})</translation>
    </message>
    <message>
        <source>move point {n}</source>
        <translation>déplacement du point {n}</translation>
    </message>
    <message>
        <source>remove point {n}</source>
        <translation>suppression du point {n}</translation>
    </message>
    <message>
        <source>remove {n} points</source>
        <translation>suppression de {n} points</translation>
    </message>
    <message>
        <source>change {settings}</source>
        <translation>modification de {settings}</translation>
    </message>
</context>
<context>
    <name>confusion</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>Rows: the points&apos; true class; columns: the class the model predicts (the most probable). The diagonal counts the right ones; every other cell a kind of mistake</source>
        <translation>Lignes : la vraie classe des points ; colonnes : la classe que le modèle prédit (la plus probable). La diagonale compte les bonnes réponses ; chaque autre case, un type d&apos;erreur</translation>
    </message>
    <message>
        <source>points of class {true} predicted as class {predicted}</source>
        <extracomment>the cells, [true class][predicted class]</extracomment>
        <translation>points de la classe {true} prédits comme classe {predicted}</translation>
    </message>
    <message>
        <source>A row: the points of a class; a column: the class the model predicts for them. The diagonal is right.</source>
        <translation>Une ligne : les points d&apos;une classe ; une colonne : la classe que le modèle leur prédit. La diagonale est juste.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>MSE: mean squared error</source>
        <translation>MSE : erreur quadratique moyenne</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>gaussien</translation>
    </message>
    <message>
        <source>Squared error is the maximum-likelihood choice when the noise is Gaussian with constant variance.</source>
        <translation>L&apos;erreur quadratique est le choix du maximum de vraisemblance quand le bruit est gaussien de variance constante.</translation>
    </message>
    <message>
        <source>error e = p − y</source>
        <translation>erreur e = p − y</translation>
    </message>
    <message>
        <source>SSE: sum of squared errors</source>
        <translation>SSE : somme des carrés des erreurs</translation>
    </message>
    <message>
        <source>J = Σ e²: the total area of the red squares</source>
        <translation>J = Σ e² : l&apos;aire totale des carrés rouges</translation>
    </message>
    <message>
        <source>½SSE: half the sum of squares</source>
        <translation>½SSE : la moitié de la somme des carrés</translation>
    </message>
    <message>
        <source>J = ½·Σ e²: its gradient is Σ e·∂p/∂β</source>
        <translation>J = ½·Σ e² : son gradient est Σ e·∂p/∂β</translation>
    </message>
    <message>
        <source>MAE: mean absolute error</source>
        <translation>MAE : erreur absolue moyenne</translation>
    </message>
    <message>
        <source>J = (1/n)·Σ |e|: every point pulls with the same force</source>
        <translation>J = (1/n)·Σ |e| : chaque point tire avec la même force</translation>
    </message>
    <message>
        <source>Laplace</source>
        <translation>Laplace</translation>
    </message>
    <message>
        <source>Absolute error is the maximum-likelihood choice when the noise is Laplace (double exponential): heavier tails, so outliers cost less.</source>
        <translation>L&apos;erreur absolue est le choix du maximum de vraisemblance quand le bruit suit une loi de Laplace (double exponentielle) : des queues plus lourdes, donc les valeurs aberrantes coûtent moins.</translation>
    </message>
    <message>
        <source>SAE: sum of absolute errors</source>
        <translation>SAE : somme des erreurs absolues</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>½e² for |e| ≤ δ, δ(|e| − ½δ) beyond: squared near the line, absolute far away</source>
        <translation>½e² pour |e| ≤ δ, δ(|e| − ½δ) au-delà : quadratique près de la droite, absolue loin d&apos;elle</translation>
    </message>
    <message>
        <source>Huber (Gaussian core, Laplace tails)</source>
        <translation>Huber (cœur gaussien, queues de Laplace)</translation>
    </message>
    <message>
        <source>Huber&apos;s loss is the maximum-likelihood choice when the noise is Gaussian in the middle with Laplace tails beyond δ.</source>
        <translation>La perte de Huber est le choix du maximum de vraisemblance quand le bruit est gaussien au centre avec des queues de Laplace au-delà de δ.</translation>
    </message>
    <message>
        <source>log-cosh</source>
        <translation>log-cosh</translation>
    </message>
    <message>
        <source>log cosh(e): like ½e² near 0 and |e| − log 2 far away</source>
        <translation>log cosh(e) : comme ½e² près de 0 et comme |e| − log 2 loin de 0</translation>
    </message>
    <message>
        <source>hyperbolic secant family</source>
        <translation>famille de la sécante hyperbolique</translation>
    </message>
    <message>
        <source>Log-cosh is the maximum-likelihood choice when the noise has density ∝ cosh(r)^(−1/τ): near-Gaussian in the middle, exponential tails.</source>
        <translation>Log-cosh est le choix du maximum de vraisemblance quand le bruit a la densité ∝ cosh(r)^(−1/τ) : presque gaussien au centre, queues exponentielles.</translation>
    </message>
    <message>
        <source>quantile (pinball)</source>
        <translation>quantile (pinball)</translation>
    </message>
    <message>
        <source>q·max(r, 0) + (1 − q)·max(−r, 0), r = y − p: a fraction q of the points lies below the fit</source>
        <translation>q·max(r, 0) + (1 − q)·max(−r, 0), r = y − p : une fraction q des points se trouve sous l&apos;ajustement</translation>
    </message>
    <message>
        <source>asymmetric Laplace</source>
        <translation>Laplace asymétrique</translation>
    </message>
    <message>
        <source>The pinball loss is the maximum-likelihood choice when the noise is asymmetric Laplace with its q-quantile at zero.</source>
        <translation>La perte pinball est le choix du maximum de vraisemblance quand le bruit suit une loi de Laplace asymétrique dont le quantile q est en zéro.</translation>
    </message>
    <message>
        <source>asymmetric</source>
        <translation>asymétrique</translation>
    </message>
    <message>
        <source>α|e| when p &lt; y, |e| otherwise: under-prediction costs α times more</source>
        <translation>α|e| si p &lt; y, |e| sinon : sous-estimer coûte α fois plus</translation>
    </message>
    <message>
        <source>The asymmetric loss is the maximum-likelihood choice when the noise is asymmetric Laplace: under-predictions are α times less likely to be large.</source>
        <translation>La perte asymétrique est le choix du maximum de vraisemblance quand le bruit suit une loi de Laplace asymétrique : les grandes sous-estimations sont α fois moins probables.</translation>
    </message>
    <message>
        <source>Poisson: counts, log link</source>
        <translation>Poisson : comptages, lien log</translation>
    </message>
    <message>
        <source>p − y·log p with the mean p = exp(f): minus the log-likelihood of counts y, without log y!</source>
        <translation>p − y·log p avec la moyenne p = exp(f) : moins la log-vraisemblance des comptages y, sans log y !</translation>
    </message>
    <message>
        <source>Poisson</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <source>The Poisson loss is the maximum-likelihood choice when each count y is drawn from a Poisson distribution with mean exp(f(x)).</source>
        <translation>La perte de Poisson est le choix du maximum de vraisemblance quand chaque comptage y est tiré d&apos;une loi de Poisson de moyenne exp(f(x)).</translation>
    </message>
    <message>
        <source>The bar hangs on springs whose pull depends on the gap e = p − y alone; Poisson&apos;s pull exp(f) − y grows with the predicted mean itself, and exp(f(x)) is no straight bar.</source>
        <translation>La barre est suspendue à des ressorts dont la traction ne dépend que de l&apos;écart e = p − y ; la traction exp(f) − y de Poisson croît avec la moyenne prédite elle-même, et exp(f(x)) n&apos;est pas une barre droite.</translation>
    </message>
    <message>
        <source>linear predictor f, for a count y = 1</source>
        <translation>prédicteur linéaire f, pour un comptage y = 1</translation>
    </message>
    <message>
        <source>BCE: binary cross-entropy</source>
        <translation>BCE : entropie croisée binaire</translation>
    </message>
    <message>
        <source>−[t·log σ(z) + (1 − t)·log(1 − σ(z))]: minus the log of the probability given to the true class</source>
        <translation>−[t·log σ(z) + (1 − t)·log(1 − σ(z))] : moins le logarithme de la probabilité donnée à la vraie classe</translation>
    </message>
    <message>
        <source>margin t·z</source>
        <translation>marge t·z</translation>
    </message>
    <message>
        <source>hinge</source>
        <translation>charnière (hinge)</translation>
    </message>
    <message>
        <source>max(0, 1 − t·z), t = ±1: no loss beyond the margin t·z ≥ 1, then a straight rise</source>
        <translation>max(0, 1 − t·z), t = ±1 : aucune perte au-delà de la marge t·z ≥ 1, puis une montée en ligne droite</translation>
    </message>
    <message>
        <source>focal</source>
        <translation>focale</translation>
    </message>
    <message>
        <source>−(1 − p_t)^γ·log p_t: BCE with the easy, confident points turned down by (1 − p_t)^γ</source>
        <translation>−(1 − p_t)^γ·log p_t : la BCE où les points faciles et sûrs sont atténués par (1 − p_t)^γ</translation>
    </message>
    <message>
        <source>Brier: squared error of the probability</source>
        <translation>Brier : erreur quadratique de la probabilité</translation>
    </message>
    <message>
        <source>(σ(z) − y)²: the squared loss on the probability; a sure, wrong point barely pulls</source>
        <translation>(σ(z) − y)² : la perte quadratique sur la probabilité ; un point sûr mais faux tire à peine</translation>
    </message>
    <message>
        <source>The Brier loss is no negative log-likelihood: it is the squared error of a probability, whose expectation is least at the true probability.</source>
        <translation>La perte de Brier n&apos;est pas une log-vraisemblance négative : c&apos;est l&apos;erreur quadratique d&apos;une probabilité, dont l&apos;espérance est minimale à la vraie probabilité.</translation>
    </message>
    <message>
        <source>cross-entropy: K classes (softmax)</source>
        <translation>entropie croisée : K classes (softmax)</translation>
    </message>
    <message>
        <source>−Σₖ yₖ·log p̂ₖ with p̂ = softmax(z): minus the log of the probability given to the true class</source>
        <translation>−Σₖ yₖ·log p̂ₖ avec p̂ = softmax(z) : moins le logarithme de la probabilité donnée à la vraie classe</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>catégorielle</translation>
    </message>
    <message>
        <source>The categorical cross-entropy is the maximum-likelihood choice when each label is drawn from the categorical distribution p̂ = softmax(z).</source>
        <translation>L&apos;entropie croisée catégorielle est le choix du maximum de vraisemblance quand chaque étiquette est tirée de la loi catégorielle p̂ = softmax(z).</translation>
    </message>
    <message>
        <source>probability p̂ of the true class</source>
        <translation>probabilité p̂ de la vraie classe</translation>
    </message>
    <message>
        <source>squared inside |e| ≤ δ, absolute beyond</source>
        <translation>quadratique pour |e| ≤ δ, absolue au-delà</translation>
    </message>
    <message>
        <source>the fraction of points the fit leaves below it</source>
        <translation>la fraction des points que l&apos;ajustement laisse en dessous</translation>
    </message>
    <message>
        <source>how many times more an under-prediction (p &lt; y) costs</source>
        <translation>combien de fois plus coûte une sous-estimation (p &lt; y)</translation>
    </message>
    <message>
        <source>train on the targets (1 − ε)·y + ε/K: no prediction is worth being sure of</source>
        <translation>entraîner sur les cibles (1 − ε)·y + ε/K : aucune prédiction ne mérite une certitude totale</translation>
    </message>
    <message>
        <source>how much (1 − p_t)^γ turns down the easy points; 0 is BCE</source>
        <translation>combien (1 − p_t)^γ atténue les points faciles ; 0 donne la BCE</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>descente de gradient</translation>
    </message>
    <message>
        <source>β ← β − L·∇J over all points; one epoch is one step</source>
        <translation>β ← β − L·∇J sur tous les points ; une époque est un pas</translation>
    </message>
    <message>
        <source>stochastic (mini-batch)</source>
        <translation>stochastique (mini-lots)</translation>
    </message>
    <message>
        <source>the step of gradient descent on shuffled mini-batches of b points; one epoch is one pass</source>
        <translation>le pas de la descente de gradient sur des mini-lots mélangés de b points ; une époque est un passage</translation>
    </message>
    <message>
        <source>momentum (heavy ball)</source>
        <translation>moment (boule lourde)</translation>
    </message>
    <message>
        <source>v ← μ·v − L·∇J, β ← β + v: a heavy ball that keeps rolling</source>
        <translation>v ← μ·v − L·∇J, β ← β + v : une boule lourde qui continue de rouler</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>steps of about L per coefficient, scaled by running averages of the gradient (M) and its square (V)</source>
        <translation>des pas d&apos;environ L par coefficient, mis à l&apos;échelle par des moyennes mobiles du gradient (M) et de son carré (V)</translation>
    </message>
    <message>
        <source>sign of the gradient</source>
        <translation>signe du gradient</translation>
    </message>
    <message>
        <source>β ← β − L·sign(∇J): every coefficient moves by exactly L each epoch, up or down, whatever the size of its gradient (0 only where it is exactly 0); the blog&apos;s MAE log. The subgradient step of gd on MAE is instead L times the average of the points&apos; signs (times x), so it shrinks as the signs balance</source>
        <translation>β ← β − L·sign(∇J) : chaque coefficient bouge d&apos;exactement L à chaque époque, vers le haut ou vers le bas, quelle que soit la taille de son gradient (0 seulement là où il vaut exactement 0) ; le journal MAE du blog. Le pas de sous-gradient de gd sur la MAE vaut au contraire L fois la moyenne des signes des points (fois x), il rétrécit donc à mesure que les signes s&apos;équilibrent</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <source>the same learning rate L in every epoch</source>
        <translation>le même taux d&apos;apprentissage L à chaque époque</translation>
    </message>
    <message>
        <source>step decay</source>
        <translation>décroissance par paliers</translation>
    </message>
    <message>
        <source>L·F^⌊t/K⌋: the rate is multiplied by F every K epochs</source>
        <translation>L·F^⌊t/K⌋ : le taux est multiplié par F toutes les K époques</translation>
    </message>
    <message>
        <source>1/t decay</source>
        <translation>décroissance en 1/t</translation>
    </message>
    <message>
        <source>L/(1 + t/τ): halved after τ epochs, a tenth after 9τ; the classic rate for subgradients</source>
        <translation>L/(1 + t/τ) : divisé par deux après τ époques, par dix après 9τ ; le taux classique pour les sous-gradients</translation>
    </message>
    <message>
        <source>exponential decay</source>
        <translation>décroissance exponentielle</translation>
    </message>
    <message>
        <source>L·γ^t: the rate shrinks by the factor γ every epoch</source>
        <translation>L·γ^t : le taux diminue du facteur γ à chaque époque</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>learning rate: the size of each step</source>
        <translation>taux d&apos;apprentissage : la taille de chaque pas</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>taille du lot</translation>
    </message>
    <message>
        <source>points per mini-batch</source>
        <translation>points par mini-lot</translation>
    </message>
    <message>
        <source>μ: how much of the last step carries over</source>
        <translation>μ : la part du dernier pas qui se prolonge</translation>
    </message>
    <message>
        <source>β₁: decay of the running mean of the gradient</source>
        <translation>β₁ : amortissement de la moyenne mobile du gradient</translation>
    </message>
    <message>
        <source>β₂: decay of the running mean of its square</source>
        <translation>β₂ : amortissement de la moyenne mobile de son carré</translation>
    </message>
    <message>
        <source>ε: keeps the step finite where the gradient is 0</source>
        <translation>ε : garde le pas fini là où le gradient vaut 0</translation>
    </message>
    <message>
        <source>step factor</source>
        <translation>facteur de palier</translation>
    </message>
    <message>
        <source>the rate is multiplied by F at each drop</source>
        <translation>le taux est multiplié par F à chaque palier</translation>
    </message>
    <message>
        <source>epochs between drops</source>
        <translation>époques entre paliers</translation>
    </message>
    <message>
        <source>the epochs between drops</source>
        <translation>les époques entre deux paliers</translation>
    </message>
    <message>
        <source>the epochs until the rate has halved</source>
        <translation>les époques avant que le taux soit divisé par deux</translation>
    </message>
    <message>
        <source>the rate is multiplied by γ each epoch</source>
        <translation>le taux est multiplié par γ à chaque époque</translation>
    </message>
    <message>
        <source>how many epochs a run performs (one epoch: one pass over the data)</source>
        <translation>combien d&apos;époques compte une exécution (une époque : un passage sur les données)</translation>
    </message>
    <message>
        <source>the seed of the sgd shuffle</source>
        <translation>la graine du mélange de sgd</translation>
    </message>
    <message>
        <source>penalise predictions above C: λ·R(max(0, p − C)²)</source>
        <translation>pénaliser les prédictions au-dessus de C : λ·R(max(0, p − C)²)</translation>
    </message>
    <message>
        <source>cap-weight</source>
        <translation>poids du plafond</translation>
    </message>
    <message>
        <source>λ of the cap penalty</source>
        <translation>λ de la pénalité de plafond</translation>
    </message>
    <message>
        <source>ridge: + λ·Σ β_j² over every coefficient but the intercept</source>
        <translation>ridge : + λ·Σ β_j² sur tous les coefficients sauf l&apos;ordonnée à l&apos;origine</translation>
    </message>
    <message>
        <source>lasso: + λ·Σ |β_j| over every coefficient but the intercept</source>
        <translation>lasso : + λ·Σ |β_j| sur tous les coefficients sauf l&apos;ordonnée à l&apos;origine</translation>
    </message>
    <message>
        <source>stop tolerance</source>
        <translation>tolérance d&apos;arrêt</translation>
    </message>
    <message>
        <source>stop when J changes by less than this (relative) over K epochs</source>
        <translation>arrêter quand J varie de moins que ceci (en relatif) sur K époques</translation>
    </message>
    <message>
        <source>stop window</source>
        <translation>fenêtre d&apos;arrêt</translation>
    </message>
    <message>
        <source>the number of epochs J must stay settled</source>
        <translation>le nombre d&apos;époques pendant lesquelles J doit rester stable</translation>
    </message>
    <message>
        <source>gradient tolerance</source>
        <translation>tolérance du gradient</translation>
    </message>
    <message>
        <source>stop when the gradient&apos;s norm falls to this</source>
        <translation>arrêter quand la norme du gradient tombe à cette valeur</translation>
    </message>
    <message>
        <source>residuals sum to zero: Σr = 0</source>
        <translation>les résidus ont une somme nulle : Σr = 0</translation>
    </message>
    <message>
        <source>mean residual is zero: r̄ = 0</source>
        <translation>le résidu moyen est nul : r̄ = 0</translation>
    </message>
    <message>
        <source>residuals uncorrelated with x: cov(x, r) = 0</source>
        <translation>résidus non corrélés à x : cov(x, r) = 0</translation>
    </message>
    <message>
        <source>least residual variance: var(r) = min</source>
        <translation>variance des résidus minimale : var(r) = min</translation>
    </message>
    <message>
        <source>passes through (x̄, ȳ): p(x̄) − ȳ = 0</source>
        <translation>passe par (x̄, ȳ) : p(x̄) − ȳ = 0</translation>
    </message>
    <message>
        <source>10 points on y = x with standard normal noise</source>
        <translation>10 points sur y = x avec un bruit normal centré réduit</translation>
    </message>
    <message>
        <source>heavy-tailed gamma noise and a few large outliers: MSE against MAE</source>
        <translation>bruit gamma à queue lourde et quelques grandes valeurs aberrantes : MSE contre MAE</translation>
    </message>
    <message>
        <source>one point: every line through it is a best fit</source>
        <translation>un point : toute droite qui y passe est un meilleur ajustement</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 1: same line, same R², different story (Anscombe 1973)</source>
        <translation>quartet d&apos;Anscombe, série 1 : même droite, même R², autre histoire (Anscombe 1973)</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 2: same line, same R², different story (Anscombe 1973)</source>
        <translation>quartet d&apos;Anscombe, série 2 : même droite, même R², autre histoire (Anscombe 1973)</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 3: same line, same R², different story (Anscombe 1973)</source>
        <translation>quartet d&apos;Anscombe, série 3 : même droite, même R², autre histoire (Anscombe 1973)</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 4: same line, same R², different story (Anscombe 1973)</source>
        <translation>quartet d&apos;Anscombe, série 4 : même droite, même R², autre histoire (Anscombe 1973)</translation>
    </message>
    <message>
        <source>Brownlee&apos;s stack-loss plant: air flow against stack loss, the classic robust set (Brownlee 1965)</source>
        <translation>l&apos;usine « stack loss » de Brownlee : débit d&apos;air contre perte d&apos;ammoniac, le jeu classique de la régression robuste (Brownlee 1965)</translation>
    </message>
    <message>
        <source>the blog&apos;s multi-objective example: predictions above 120 are penalised</source>
        <translation>l&apos;exemple multi-objectif du blog : les prédictions au-dessus de 120 sont pénalisées</translation>
    </message>
    <message>
        <source>two overlapping Gaussian clouds: no line separates them</source>
        <translation>deux nuages gaussiens qui se chevauchent : aucune droite ne les sépare</translation>
    </message>
    <message>
        <source>two clouds a line separates: without a penalty BCE has no finite minimum</source>
        <translation>deux nuages qu&apos;une droite sépare : sans pénalité, la BCE n&apos;a pas de minimum fini</translation>
    </message>
    <message>
        <source>four clouds in an XOR pattern: what a linear boundary cannot do</source>
        <translation>quatre nuages en motif XOR : ce qu&apos;une frontière linéaire ne peut pas faire</translation>
    </message>
    <message>
        <source>A noisy line</source>
        <translation>Une droite bruitée</translation>
    </message>
    <message>
        <source>Ten points on y = x with standard normal noise: every loss finds nearly the same line.</source>
        <translation>Dix points sur y = x avec un bruit normal centré réduit : toutes les pertes trouvent presque la même droite.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 7).</source>
        <translation>le générateur de lossexplorer (graine fixe) : les mêmes points à chaque fois (graine 7).</translation>
    </message>
    <message>
        <source>MIT, like lossexplorer</source>
        <translation>MIT, comme lossexplorer</translation>
    </message>
    <message>
        <source>Skewed noise and outliers</source>
        <translation>Bruit asymétrique et valeurs aberrantes</translation>
    </message>
    <message>
        <source>Heavy-tailed gamma noise and three large outliers above the line: MSE is pulled up, MAE is not.</source>
        <translation>Bruit gamma à queue lourde et trois grandes valeurs aberrantes au-dessus de la droite : la MSE est tirée vers le haut, la MAE non.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 11).</source>
        <translation>le générateur de lossexplorer (graine fixe) : les mêmes points à chaque fois (graine 11).</translation>
    </message>
    <message>
        <source>One point</source>
        <translation>Un point</translation>
    </message>
    <message>
        <source>One point: every line through it is a best fit, so the minimum is a whole valley.</source>
        <translation>Un point : toute droite qui y passe est un meilleur ajustement, le minimum est donc toute une vallée.</translation>
    </message>
    <message>
        <source>lossexplorer.</source>
        <translation>lossexplorer.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 1</source>
        <translation>quartet d&apos;Anscombe, série 1</translation>
    </message>
    <message>
        <source>Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but here a plain line with noise: plot before you fit.</source>
        <translation>Mêmes moyennes, même droite des moindres carrés (y = 3 + 0,5x) et même R² (0,67) que les trois autres séries, mais ici une simple droite avec du bruit : tracez avant d&apos;ajuster.</translation>
    </message>
    <message>
        <source>Anscombe, F. J. (1973). Graphs in statistical analysis. The American Statistician 27(1), 17–21, Table 1.</source>
        <translation>Anscombe, F. J. (1973). Graphs in statistical analysis. The American Statistician 27(1), 17–21, tableau 1.</translation>
    </message>
    <message>
        <source>Numbers constructed by Anscombe to make a point; factual table, free to use.</source>
        <translation>Nombres construits par Anscombe pour illustrer une idée ; table factuelle, libre d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 2</source>
        <translation>quartet d&apos;Anscombe, série 2</translation>
    </message>
    <message>
        <source>Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but here a smooth curve: plot before you fit.</source>
        <translation>Mêmes moyennes, même droite des moindres carrés (y = 3 + 0,5x) et même R² (0,67) que les trois autres séries, mais ici une courbe lisse : tracez avant d&apos;ajuster.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 3</source>
        <translation>quartet d&apos;Anscombe, série 3</translation>
    </message>
    <message>
        <source>Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but here a line with one outlier: plot before you fit.</source>
        <translation>Mêmes moyennes, même droite des moindres carrés (y = 3 + 0,5x) et même R² (0,67) que les trois autres séries, mais ici une droite avec une valeur aberrante : tracez avant d&apos;ajuster.</translation>
    </message>
    <message>
        <source>Anscombe&apos;s quartet, set 4</source>
        <translation>quartet d&apos;Anscombe, série 4</translation>
    </message>
    <message>
        <source>Same means, same least-squares line (y = 3 + 0.5x) and same R² (0.67) as the other three sets, but here one point of high leverage decides the slope: plot before you fit.</source>
        <translation>Mêmes moyennes, même droite des moindres carrés (y = 3 + 0,5x) et même R² (0,67) que les trois autres séries, mais ici un point à fort effet de levier décide de la pente : tracez avant d&apos;ajuster.</translation>
    </message>
    <message>
        <source>Predictions above a cap</source>
        <translation>Prédictions au-dessus d&apos;un plafond</translation>
    </message>
    <message>
        <source>The blog&apos;s multi-objective example: predictions above 120 are penalised by a second loss.</source>
        <translation>L&apos;exemple multi-objectif du blog : une seconde perte pénalise les prédictions au-dessus de 120.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 3).</source>
        <translation>le générateur de lossexplorer (graine fixe) : les mêmes points à chaque fois (graine 3).</translation>
    </message>
    <message>
        <source>Counts that grow with x</source>
        <translation>Des comptages qui croissent avec x</translation>
    </message>
    <message>
        <source>Forty counts drawn from a Poisson distribution whose mean exp(0.2 + 0.5·x) grows from 1.2 to 9 across the plot: the spread grows with the mean, as the Poisson loss expects and MSE does not.</source>
        <translation>Quarante comptages tirés d&apos;une loi de Poisson dont la moyenne exp(0,2 + 0,5·x) passe de 1,2 à 9 sur le graphique : la dispersion croît avec la moyenne, comme l&apos;attend la perte de Poisson et non la MSE.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 12).</source>
        <translation>le générateur de lossexplorer (graine fixe) : les mêmes points à chaque fois (graine 12).</translation>
    </message>
    <message>
        <source>count y</source>
        <translation>comptage y</translation>
    </message>
    <message>
        <source>Two overlapping clouds</source>
        <translation>Deux nuages qui se chevauchent</translation>
    </message>
    <message>
        <source>Two overlapping Gaussian clouds: no line separates them, so BCE has a finite minimum.</source>
        <translation>Deux nuages gaussiens qui se chevauchent : aucune droite ne les sépare, la BCE a donc un minimum fini.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 5).</source>
        <translation>le générateur de lossexplorer (graine fixe) : les mêmes points à chaque fois (graine 5).</translation>
    </message>
    <message>
        <source>class 0</source>
        <translation>classe 0</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>classe 1</translation>
    </message>
    <message>
        <source>Two separable clouds</source>
        <translation>Deux nuages séparables</translation>
    </message>
    <message>
        <source>Two clouds a line separates: without a penalty BCE has no finite minimum and the weights grow for ever.</source>
        <translation>Deux nuages qu&apos;une droite sépare : sans pénalité, la BCE n&apos;a pas de minimum fini et les poids croissent sans fin.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 6).</source>
        <translation>le générateur de lossexplorer (graine fixe) : les mêmes points à chaque fois (graine 6).</translation>
    </message>
    <message>
        <source>Four clouds, XOR</source>
        <translation>Quatre nuages, XOR</translation>
    </message>
    <message>
        <source>Four clouds in an XOR pattern: what a linear boundary cannot do.</source>
        <translation>Quatre nuages en motif XOR : ce qu&apos;une frontière linéaire ne peut pas faire.</translation>
    </message>
    <message>
        <source>lossexplorer&apos;s own generator (fixed seed): the same points every time (seed 8).</source>
        <translation>le générateur de lossexplorer (graine fixe) : les mêmes points à chaque fois (graine 8).</translation>
    </message>
    <message>
        <source>Five clouds</source>
        <translation>Cinq nuages</translation>
    </message>
    <message>
        <source>Five Gaussian clouds on a pentagon, 16 points each, neighbours overlapping a little: the softmax model&apos;s five regions meet at straight boundaries, and the categorical cross-entropy has a finite minimum.</source>
        <translation>Cinq nuages gaussiens sur un pentagone, 16 points chacun, les voisins se chevauchant un peu : les cinq régions du modèle softmax se rejoignent le long de frontières droites, et l&apos;entropie croisée catégorielle a un minimum fini.</translation>
    </message>
    <message>
        <source>class 2</source>
        <translation>classe 2</translation>
    </message>
    <message>
        <source>class 3</source>
        <translation>classe 3</translation>
    </message>
    <message>
        <source>class 4</source>
        <translation>classe 4</translation>
    </message>
    <message>
        <source>Cricket chirps and temperature</source>
        <translation>Stridulations de grillon et température</translation>
    </message>
    <message>
        <source>Fifteen evenings of the striped ground cricket: faster chirps on warmer nights. With so few points the least-absolute line (slope 2.3 °F per chirp/s) and the least-squares line (slope 3.3) disagree: the MAE line runs through two of the points.</source>
        <translation>Quinze soirées du grillon rayé : des stridulations plus rapides les nuits plus chaudes. Avec si peu de points, la droite des moindres écarts absolus (pente 2,3 °F par stridulation/s) et celle des moindres carrés (pente 3,3) diffèrent : la droite MAE passe par deux des points.</translation>
    </message>
    <message>
        <source>Pierce, G. W. (1948). The Songs of Insects. Cambridge, MA: Harvard University Press (the striped ground cricket, Nemobius fasciatus fasciatus).</source>
        <translation>Pierce, G. W. (1948). The Songs of Insects. Cambridge, MA : Harvard University Press (le grillon rayé, Nemobius fasciatus fasciatus).</translation>
    </message>
    <message>
        <source>Factual measurements, reproduced in many textbooks; no licence attached to the numbers.</source>
        <translation>Mesures factuelles, reproduites dans de nombreux manuels ; aucune licence ne s&apos;attache aux nombres.</translation>
    </message>
    <message>
        <source>chirp rate</source>
        <translation>fréquence des stridulations</translation>
    </message>
    <message>
        <source>chirps/s</source>
        <translation>stridulations/s</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>température</translation>
    </message>
    <message>
        <source>Old Faithful: eruption and wait</source>
        <translation>Old Faithful : éruption et attente</translation>
    </message>
    <message>
        <source>Two clouds, short and long eruptions, lined up: a line through both still fits well (R² 0.81). Each extra minute of eruption means about 10.7 minutes more to wait.</source>
        <translation>Deux nuages, éruptions courtes et longues, alignés : une droite à travers les deux s&apos;ajuste encore bien (R² 0,81). Chaque minute d&apos;éruption en plus signifie environ 10,7 minutes d&apos;attente de plus.</translation>
    </message>
    <message>
        <source>Härdle, W. (1991). Smoothing Techniques with Implementation in S. New York: Springer; see Azzalini, A. &amp; Bowman, A. W. (1990). A look at some data on the Old Faithful geyser. Applied Statistics 39, 357–365.</source>
        <translation>Härdle, W. (1991). Smoothing Techniques with Implementation in S. New York : Springer ; voir Azzalini, A. &amp; Bowman, A. W. (1990). A look at some data on the Old Faithful geyser. Applied Statistics 39, 357–365.</translation>
    </message>
    <message>
        <source>Factual measurements (Yellowstone National Park), distributed with R&apos;s datasets package (GPL-2 | GPL-3; the numbers themselves are facts).</source>
        <translation>Mesures factuelles (parc national de Yellowstone), distribuées avec le paquet datasets de R (GPL-2 | GPL-3 ; les nombres eux-mêmes sont des faits).</translation>
    </message>
    <message>
        <source>eruption length</source>
        <translation>durée de l&apos;éruption</translation>
    </message>
    <message>
        <source>wait until the next eruption</source>
        <translation>attente jusqu&apos;à l&apos;éruption suivante</translation>
    </message>
    <message>
        <source>Car speed and stopping distance</source>
        <translation>Vitesse et distance de freinage des voitures</translation>
    </message>
    <message>
        <source>Braking distance grows like speed squared, so the residuals of a line curve and fan out; still, poly:2 gains only 0.016 in R² over the line: noise hides the physics.</source>
        <translation>La distance de freinage croît comme le carré de la vitesse, donc les résidus d&apos;une droite s&apos;incurvent et s&apos;évasent ; pourtant poly:2 ne gagne que 0,016 de R² sur la droite : le bruit cache la physique.</translation>
    </message>
    <message>
        <source>Ezekiel, M. (1930). Methods of Correlation Analysis. New York: Wiley (cars of the 1920s).</source>
        <translation>Ezekiel, M. (1930). Methods of Correlation Analysis. New York : Wiley (voitures des années 1920).</translation>
    </message>
    <message>
        <source>Published 1930: public domain in the US; distributed with R&apos;s datasets package (GPL-2 | GPL-3; the numbers themselves are facts).</source>
        <translation>Publié en 1930 : domaine public aux États-Unis ; distribué avec le paquet datasets de R (GPL-2 | GPL-3 ; les nombres eux-mêmes sont des faits).</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>vitesse</translation>
    </message>
    <message>
        <source>stopping distance</source>
        <translation>distance de freinage</translation>
    </message>
    <message>
        <source>Hubble&apos;s galaxies</source>
        <translation>Les galaxies de Hubble</translation>
    </message>
    <message>
        <source>The expanding universe from 24 galaxies: velocity grows with distance. The slope is Hubble&apos;s constant, 454 km/s per Mpc here, about 6.5 times today&apos;s value because his distances were too short; the scatter is large, so the loss matters.</source>
        <translation>L&apos;univers en expansion à partir de 24 galaxies : la vitesse croît avec la distance. La pente est la constante de Hubble, ici 454 km/s par Mpc, environ 6,5 fois la valeur actuelle car ses distances étaient trop courtes ; la dispersion est grande, donc la perte compte.</translation>
    </message>
    <message>
        <source>Hubble, E. (1929). A relation between distance and radial velocity among extra-galactic nebulae. Proceedings of the National Academy of Sciences 15(3), 168–173, Table 1.</source>
        <translation>Hubble, E. (1929). A relation between distance and radial velocity among extra-galactic nebulae. Proceedings of the National Academy of Sciences 15(3), 168–173, tableau 1.</translation>
    </message>
    <message>
        <source>Published 1929: public domain in the US.</source>
        <translation>Publié en 1929 : domaine public aux États-Unis.</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>distance</translation>
    </message>
    <message>
        <source>radial velocity</source>
        <translation>vitesse radiale</translation>
    </message>
    <message>
        <source>Forbes: boiling point and pressure</source>
        <translation>Forbes : point d&apos;ébullition et pression</translation>
    </message>
    <message>
        <source>Forbes boiled water in the Alps to measure altitude: an almost perfect line, except one reading (204.6 °F) that sits 0.65 inHg above it, more than twice any other residual. Squared loss lets it pull; MAE barely notices.</source>
        <translation>Forbes faisait bouillir de l&apos;eau dans les Alpes pour mesurer l&apos;altitude : une droite presque parfaite, sauf une mesure (204,6 °F) située 0,65 inHg au-dessus, plus du double de tout autre résidu. La perte quadratique la laisse tirer ; la MAE la remarque à peine.</translation>
    </message>
    <message>
        <source>Forbes, J. D. (1857). Further experiments and remarks on the measurement of heights by the boiling point of water. Transactions of the Royal Society of Edinburgh 21; tabulated by Weisberg, S. (1985). Applied Linear Regression, 2nd ed. New York: Wiley.</source>
        <translation>Forbes, J. D. (1857). Further experiments and remarks on the measurement of heights by the boiling point of water. Transactions of the Royal Society of Edinburgh 21 ; mis en tableau par Weisberg, S. (1985). Applied Linear Regression, 2e éd. New York : Wiley.</translation>
    </message>
    <message>
        <source>Published 1857: public domain.</source>
        <translation>Publié en 1857 : domaine public.</translation>
    </message>
    <message>
        <source>boiling point of water</source>
        <translation>point d&apos;ébullition de l&apos;eau</translation>
    </message>
    <message>
        <source>air pressure</source>
        <translation>pression atmosphérique</translation>
    </message>
    <message>
        <source>Galton: parents&apos; and children&apos;s heights</source>
        <translation>Galton : taille des parents et des enfants</translation>
    </message>
    <message>
        <source>928 adult children against the mean height of their parents: the slope is 0.65, less than 1, the &apos;regression towards mediocrity&apos; that gave regression its name. Heights were recorded to the inch, so many points lie on top of each other.</source>
        <translation>928 enfants adultes face à la taille moyenne de leurs parents : la pente vaut 0,65, moins que 1, la « régression vers la médiocrité » qui a donné son nom à la régression. Les tailles étaient notées au pouce près, si bien que beaucoup de points se superposent.</translation>
    </message>
    <message>
        <source>Galton, F. (1886). Regression towards mediocrity in hereditary stature. Journal of the Anthropological Institute 15, 246–263, Table I.</source>
        <translation>Galton, F. (1886). Regression towards mediocrity in hereditary stature. Journal of the Anthropological Institute 15, 246–263, tableau I.</translation>
    </message>
    <message>
        <source>Published 1886: public domain.</source>
        <translation>Publié en 1886 : domaine public.</translation>
    </message>
    <message>
        <source>mid-parent height</source>
        <translation>taille moyenne des parents</translation>
    </message>
    <message>
        <source>adult child&apos;s height</source>
        <translation>taille de l&apos;enfant adulte</translation>
    </message>
    <message>
        <source>Brain and body weight of mammals (log10)</source>
        <translation>Poids du cerveau et du corps des mammifères (log10)</translation>
    </message>
    <message>
        <source>62 land mammals from a shrew to an African elephant, on log axes (both columns are log10 of the weights): brain weight grows as body weight to the power 0.75. A clean line: MSE and MAE slopes agree within 1%; humans sit far above it.</source>
        <translation>62 mammifères terrestres, de la musaraigne à l&apos;éléphant d&apos;Afrique, sur des axes logarithmiques (les deux colonnes sont le log10 des poids) : le poids du cerveau croît comme le poids du corps à la puissance 0,75. Une droite nette : les pentes MSE et MAE concordent à 1 % près ; l&apos;être humain se place très au-dessus.</translation>
    </message>
    <message>
        <source>Allison, T. &amp; Cicchetti, D. V. (1976). Sleep in mammals: ecological and constitutional correlates. Science 194, 732–734; the 62-species table of Weisberg, S. (1985). Applied Linear Regression, 2nd ed., Wiley, pp. 144–145.</source>
        <translation>Allison, T. &amp; Cicchetti, D. V. (1976). Sleep in mammals: ecological and constitutional correlates. Science 194, 732–734 ; la table des 62 espèces de Weisberg, S. (1985). Applied Linear Regression, 2e éd., Wiley, p. 144–145.</translation>
    </message>
    <message>
        <source>Factual measurements, distributed with R&apos;s MASS package (GPL-2 | GPL-3).</source>
        <translation>Mesures factuelles, distribuées avec le paquet MASS de R (GPL-2 | GPL-3).</translation>
    </message>
    <message>
        <source>log10 body weight</source>
        <translation>log10 du poids du corps</translation>
    </message>
    <message>
        <source>log10 brain weight</source>
        <translation>log10 du poids du cerveau</translation>
    </message>
    <message>
        <source>Belgian phone calls</source>
        <translation>Appels téléphoniques belges</translation>
    </message>
    <message>
        <source>From 1964 to 1969 the total length of calls in minutes was recorded instead of the number of calls: six wrong points. They drag the least-squares line (slope 5.0) far from the least-absolute line (slope 1.2), which follows the other years.</source>
        <translation>De 1964 à 1969, on a enregistré la durée totale des appels en minutes au lieu de leur nombre : six points faux. Ils entraînent la droite des moindres carrés (pente 5,0) loin de celle des moindres écarts absolus (pente 1,2), qui suit les autres années.</translation>
    </message>
    <message>
        <source>Rousseeuw, P. J. &amp; Leroy, A. M. (1987). Robust Regression and Outlier Detection. New York: Wiley, chapter 2 (from the Belgian Statistical Survey).</source>
        <translation>Rousseeuw, P. J. &amp; Leroy, A. M. (1987). Robust Regression and Outlier Detection. New York : Wiley, chapitre 2 (d&apos;après l&apos;annuaire statistique belge).</translation>
    </message>
    <message>
        <source>Factual data, distributed with R&apos;s MASS package (GPL-2 | GPL-3).</source>
        <translation>Données factuelles, distribuées avec le paquet MASS de R (GPL-2 | GPL-3).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>international calls</source>
        <translation>appels internationaux</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>millions</translation>
    </message>
    <message>
        <source>Newcomb&apos;s speed of light</source>
        <translation>La vitesse de la lumière de Newcomb</translation>
    </message>
    <message>
        <source>66 timings of light over 7.4 km; x is only the order. Most lie near 27, two are far off (−44 and −2): heavy tails. With the bias model MSE gives the mean, 26.2, and MAE the median, 27; the modern value is 33.0.</source>
        <translation>66 chronométrages de la lumière sur 7,4 km ; x n&apos;est que l&apos;ordre. La plupart sont proches de 27, deux très loin (−44 et −2) : des queues lourdes. Avec le modèle constant, la MSE donne la moyenne, 26,2, et la MAE la médiane, 27 ; la valeur moderne est 33,0.</translation>
    </message>
    <message>
        <source>Newcomb, S. (1891). Measures of the velocity of light made under direction of the Secretary of the Navy during the years 1880–1882. Astronomical Papers 2, 107–230; third series as listed by Stigler, S. M. (1977). Do robust estimators deal with real data? Annals of Statistics 5, 1055–1098, Table 5.</source>
        <translation>Newcomb, S. (1891). Measures of the velocity of light made under direction of the Secretary of the Navy during the years 1880–1882. Astronomical Papers 2, 107–230 ; troisième série telle que listée par Stigler, S. M. (1977). Do robust estimators deal with real data? Annals of Statistics 5, 1055–1098, tableau 5.</translation>
    </message>
    <message>
        <source>A US government publication of 1891: public domain.</source>
        <translation>Une publication du gouvernement des États-Unis de 1891 : domaine public.</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>number in order</source>
        <translation>numéro d&apos;ordre</translation>
    </message>
    <message>
        <source>passage time − 24 800 ns</source>
        <translation>temps de parcours − 24 800 ns</translation>
    </message>
    <message>
        <source>US population by census</source>
        <translation>Population des États-Unis par recensement</translation>
    </message>
    <message>
        <source>The census every ten years since 1790: growth that speeds up. A line misses the curve (R² 0.92, residuals in a U); poly:2 fits (R² 0.999). Extrapolate either and compare.</source>
        <translation>Le recensement tous les dix ans depuis 1790 : une croissance qui s&apos;accélère. Une droite manque la courbe (R² 0,92, résidus en U) ; poly:2 s&apos;ajuste (R² 0,999). Extrapolez l&apos;une et l&apos;autre et comparez.</translation>
    </message>
    <message>
        <source>U.S. Census Bureau, decennial census counts of the resident population, 1790–2020.</source>
        <translation>U.S. Census Bureau, recensements décennaux de la population résidente, 1790–2020.</translation>
    </message>
    <message>
        <source>A US government work: public domain.</source>
        <translation>Une œuvre du gouvernement des États-Unis : domaine public.</translation>
    </message>
    <message>
        <source>census year</source>
        <translation>année du recensement</translation>
    </message>
    <message>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <source>Galileo&apos;s ramp</source>
        <translation>La rampe de Galilée</translation>
    </message>
    <message>
        <source>Galileo rolled a ball down a ramp from seven heights and marked where it landed (1 punto ≈ 0.94 mm): distance grows like the square root of height, so the line bends away. poly:2 fits 7 points almost exactly (R² 0.990 against 0.926).</source>
        <translation>Galilée faisait rouler une bille sur une rampe depuis sept hauteurs et marquait où elle atterrissait (1 punto ≈ 0,94 mm) : la distance croît comme la racine carrée de la hauteur, donc la droite s&apos;en écarte. poly:2 ajuste les 7 points presque exactement (R² 0,990 contre 0,926).</translation>
    </message>
    <message>
        <source>Galileo Galilei (1608), manuscript folio 116v; transcribed by Drake, S. &amp; MacLachlan, J. (1975). Galileo&apos;s discovery of the parabolic trajectory. Scientific American 232(3), 102–110; used in Ramsey, F. L. &amp; Schafer, D. W., The Statistical Sleuth, case study 10.1.</source>
        <translation>Galileo Galilei (1608), manuscrit, folio 116v ; transcrit par Drake, S. &amp; MacLachlan, J. (1975). Galileo&apos;s discovery of the parabolic trajectory. Scientific American 232(3), 102–110 ; repris dans Ramsey, F. L. &amp; Schafer, D. W., The Statistical Sleuth, étude de cas 10.1.</translation>
    </message>
    <message>
        <source>Public domain (1608).</source>
        <translation>Domaine public (1608).</translation>
    </message>
    <message>
        <source>release height</source>
        <translation>hauteur de départ</translation>
    </message>
    <message>
        <source>punti</source>
        <translation>punti</translation>
    </message>
    <message>
        <source>horizontal distance</source>
        <translation>distance horizontale</translation>
    </message>
    <message>
        <source>Deaths by horse kicks</source>
        <translation>Morts par ruades de cheval</translation>
    </message>
    <message>
        <source>Soldiers killed by horse kicks in 14 Prussian army corps, per year: rare events, small whole numbers, never negative. A count whose spread grows with its mean is what a Poisson loss expects.</source>
        <translation>Soldats tués par des ruades de cheval dans 14 corps d&apos;armée prussiens, par an : des événements rares, de petits nombres entiers, jamais négatifs. Un comptage dont la dispersion croît avec sa moyenne est ce qu&apos;attend une perte de Poisson.</translation>
    </message>
    <message>
        <source>von Bortkiewicz, L. (1898). Das Gesetz der kleinen Zahlen. Leipzig: Teubner.</source>
        <translation>von Bortkiewicz, L. (1898). Das Gesetz der kleinen Zahlen. Leipzig : Teubner.</translation>
    </message>
    <message>
        <source>Published 1898: public domain.</source>
        <translation>Publié en 1898 : domaine public.</translation>
    </message>
    <message>
        <source>deaths by horse kicks</source>
        <translation>morts par ruade</translation>
    </message>
    <message>
        <source>soldiers per year</source>
        <translation>soldats par an</translation>
    </message>
    <message>
        <source>Brownlee&apos;s stack loss</source>
        <translation>La perte d&apos;ammoniac de Brownlee</translation>
    </message>
    <message>
        <source>21 days of a plant oxidising ammonia to nitric acid: more air flow, more ammonia lost up the stack. Days 21, 4, 3 and 1 sit far from the line (day 21 by 12‰): the classic set for robust regression.</source>
        <translation>21 jours d&apos;une usine qui oxyde l&apos;ammoniac en acide nitrique : plus de débit d&apos;air, plus d&apos;ammoniac perdu par la cheminée. Les jours 21, 4, 3 et 1 sont loin de la droite (le jour 21 de 12 ‰) : le jeu classique de la régression robuste.</translation>
    </message>
    <message>
        <source>Brownlee, K. A. (1965). Statistical Theory and Methodology in Science and Engineering, 2nd ed. New York: Wiley, pp. 491–500.</source>
        <translation>Brownlee, K. A. (1965). Statistical Theory and Methodology in Science and Engineering, 2e éd. New York : Wiley, p. 491–500.</translation>
    </message>
    <message>
        <source>Factual data, distributed with R&apos;s datasets package (GPL-2 | GPL-3; the numbers themselves are facts).</source>
        <translation>Données factuelles, distribuées avec le paquet datasets de R (GPL-2 | GPL-3 ; les nombres eux-mêmes sont des faits).</translation>
    </message>
    <message>
        <source>air flow</source>
        <translation>débit d&apos;air</translation>
    </message>
    <message>
        <source>plant rate, coded</source>
        <translation>régime de l&apos;usine, codé</translation>
    </message>
    <message>
        <source>stack loss</source>
        <translation>perte d&apos;ammoniac</translation>
    </message>
    <message>
        <source>‰ of the ammonia lost</source>
        <translation>‰ de l&apos;ammoniac perdu</translation>
    </message>
    <message>
        <source>Challenger O-rings</source>
        <translation>Joints toriques de Challenger</translation>
    </message>
    <message>
        <source>The 23 shuttle launches before Challenger: did an O-ring show heat distress? All 4 launches below 65 °F did, 3 of the 19 warmer ones. The leak-check pressure is the second feature. Challenger launched at 31 °F, far outside the data.</source>
        <translation>Les 23 lancements de la navette avant Challenger : un joint torique a-t-il montré des dégâts dus à la chaleur ? Les 4 lancements sous 65 °F, oui ; 3 des 19 plus chauds. La pression du test d&apos;étanchéité est la seconde variable. Challenger a décollé à 31 °F, loin en dehors des données.</translation>
    </message>
    <message>
        <source>Dalal, S. R., Fowlkes, E. B. &amp; Hoadley, B. (1989). Risk analysis of the space shuttle: pre-Challenger prediction of failure. Journal of the American Statistical Association 84(408), 945–957, Table 1 (from the Presidential Commission&apos;s report, 1986).</source>
        <translation>Dalal, S. R., Fowlkes, E. B. &amp; Hoadley, B. (1989). Risk analysis of the space shuttle: pre-Challenger prediction of failure. Journal of the American Statistical Association 84(408), 945–957, tableau 1 (d&apos;après le rapport de la Commission présidentielle, 1986).</translation>
    </message>
    <message>
        <source>Facts from a US government report (1986): public domain.</source>
        <translation>Faits tirés d&apos;un rapport du gouvernement des États-Unis (1986) : domaine public.</translation>
    </message>
    <message>
        <source>launch temperature</source>
        <translation>température au lancement</translation>
    </message>
    <message>
        <source>leak-check pressure</source>
        <translation>pression du test d&apos;étanchéité</translation>
    </message>
    <message>
        <source>no distress</source>
        <translation>aucun dégât</translation>
    </message>
    <message>
        <source>O-ring distress</source>
        <translation>dégât du joint torique</translation>
    </message>
    <message>
        <source>Palmer penguins, three species</source>
        <translation>Manchots de Palmer, trois espèces</translation>
    </message>
    <message>
        <source>Bills of three penguin species at Palmer Station, Antarctica: Gentoo stand apart by their shallow bills, Adélie and Chinstrap by length. Within each species deeper bills go with longer ones, yet a line through all birds slopes down (Simpson&apos;s paradox).</source>
        <translation>Becs de trois espèces de manchots à la station Palmer, en Antarctique : les manchots papous se distinguent par leur bec peu épais, les manchots Adélie et à jugulaire par la longueur. Dans chaque espèce, les becs plus épais vont avec les plus longs, et pourtant une droite à travers tous les oiseaux descend (paradoxe de Simpson).</translation>
    </message>
    <message>
        <source>Gorman, K. B., Williams, T. D. &amp; Fraser, W. R. (2014). Ecological sexual dimorphism and environmental variability within a community of Antarctic penguins (genus Pygoscelis). PLoS ONE 9(3), e90081; packaged by Horst, A. M., Hill, A. P. &amp; Gorman, K. B. (2020), palmerpenguins.</source>
        <translation>Gorman, K. B., Williams, T. D. &amp; Fraser, W. R. (2014). Ecological sexual dimorphism and environmental variability within a community of Antarctic penguins (genus Pygoscelis). PLoS ONE 9(3), e90081 ; mis en paquet par Horst, A. M., Hill, A. P. &amp; Gorman, K. B. (2020), palmerpenguins.</translation>
    </message>
    <message>
        <source>CC0 1.0 (public domain dedication).</source>
        <translation>CC0 1.0 (dédicace au domaine public).</translation>
    </message>
    <message>
        <source>bill length</source>
        <translation>longueur du bec</translation>
    </message>
    <message>
        <source>bill depth</source>
        <translation>épaisseur du bec</translation>
    </message>
    <message>
        <source>Adélie</source>
        <translation>Adélie</translation>
    </message>
    <message>
        <source>Chinstrap</source>
        <translation>à jugulaire</translation>
    </message>
    <message>
        <source>Gentoo</source>
        <translation>papou</translation>
    </message>
    <message>
        <source>Palmer penguins, Adélie and Chinstrap</source>
        <translation>Manchots de Palmer, Adélie et à jugulaire</translation>
    </message>
    <message>
        <source>Two species with the same bill depth: bill length nearly separates them, but no line does (the best BCE line misclassifies 6 birds), so BCE has a finite minimum and hinge and BCE boundaries differ.</source>
        <translation>Deux espèces de même épaisseur de bec : la longueur du bec les sépare presque, mais aucune droite n&apos;y parvient (la meilleure droite BCE classe mal 6 oiseaux), donc la BCE a un minimum fini et les frontières hinge et BCE diffèrent.</translation>
    </message>
    <message>
        <source>Gorman, K. B., Williams, T. D. &amp; Fraser, W. R. (2014). PLoS ONE 9(3), e90081; packaged by Horst, A. M., Hill, A. P. &amp; Gorman, K. B. (2020), palmerpenguins.</source>
        <translation>Gorman, K. B., Williams, T. D. &amp; Fraser, W. R. (2014). PLoS ONE 9(3), e90081 ; mis en paquet par Horst, A. M., Hill, A. P. &amp; Gorman, K. B. (2020), palmerpenguins.</translation>
    </message>
    <message>
        <source>Anderson&apos;s irises</source>
        <translation>Les iris d&apos;Anderson</translation>
    </message>
    <message>
        <source>Petal length and width of three iris species, 50 flowers each: setosa stands apart, versicolor and virginica overlap a little, so no pair of lines classifies every flower.</source>
        <translation>Longueur et largeur des pétales de trois espèces d&apos;iris, 50 fleurs chacune : setosa se tient à part, versicolor et virginica se chevauchent un peu, donc aucune paire de droites ne classe toutes les fleurs.</translation>
    </message>
    <message>
        <source>Anderson, E. (1935). The irises of the Gaspé Peninsula. Bulletin of the American Iris Society 59, 2–5; published in Fisher, R. A. (1936). The use of multiple measurements in taxonomic problems. Annals of Eugenics 7(2), 179–188.</source>
        <translation>Anderson, E. (1935). The irises of the Gaspé Peninsula. Bulletin of the American Iris Society 59, 2–5 ; publié dans Fisher, R. A. (1936). The use of multiple measurements in taxonomic problems. Annals of Eugenics 7(2), 179–188.</translation>
    </message>
    <message>
        <source>Published 1936: public domain.</source>
        <translation>Publié en 1936 : domaine public.</translation>
    </message>
    <message>
        <source>petal length</source>
        <translation>longueur du pétale</translation>
    </message>
    <message>
        <source>petal width</source>
        <translation>largeur du pétale</translation>
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
        <translation>gaussien</translation>
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
        <translation>{title} a {n} classes et la fenêtre en dessine {most} au plus ; essayez &apos;lossexplorer fit --preset {name} --loss crossentropy&apos;</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>{path}: the picture could not be written</source>
        <translation>{path} : l&apos;image n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>&amp;New lesson</source>
        <extracomment>ask about unsaved changes on close and open; screenshot mode and the tests turn it off</extracomment>
        <translation>&amp;Nouvelle leçon</translation>
    </message>
    <message>
        <source>Start a fresh lesson: the first preset, the first settings, no pins</source>
        <translation>Commencer une nouvelle leçon : le premier jeu d&apos;exemple, les premiers réglages, aucun ajustement épinglé</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a session (.lossx) or a points file (.csv)</source>
        <translation>Ouvrir une session (.lossx) ou un fichier de points (.csv)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the session under a new name</source>
        <translation>Enregistrer la session sous un autre nom</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>E&amp;xporter la vue…</translation>
    </message>
    <message>
        <source>Save the current view as a PNG or SVG picture</source>
        <translation>Enregistrer la vue actuelle comme image PNG ou SVG</translation>
    </message>
    <message>
        <source>Export points…</source>
        <translation>Exporter les points…</translation>
    </message>
    <message>
        <source>Write the points to a CSV file</source>
        <translation>Écrire les points dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export epoch log…</source>
        <translation>Exporter le journal des époques…</translation>
    </message>
    <message>
        <source>Write the epoch log to a CSV file</source>
        <translation>Écrire le journal des époques dans un fichier CSV</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Enregistrer les modifications de {name} ?</translation>
    </message>
    <message>
        <source>Save the changes to this session?</source>
        <translation>Enregistrer les modifications de cette session ?</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Sessions and points</source>
        <translation>Sessions et points</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} points</translation>
    </message>
    <message>
        <source>{points}, {fit}</source>
        <translation>{points}, {fit}</translation>
    </message>
    <message>
        <source>1 pin</source>
        <translation>1 ajustement épinglé</translation>
    </message>
    <message>
        <source>{n} pins</source>
        <translation>{n} ajustements épinglés</translation>
    </message>
    <message>
        <source>{points}, {fit}, {pins}</source>
        <translation>{points}, {fit}, {pins}</translation>
    </message>
    <message>
        <source>Opened {name}: {what}</source>
        <translation>{name} ouvert : {what}</translation>
    </message>
    <message>
        <source>Opened the session: {what}</source>
        <translation>Session ouverte : {what}</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>{path}: cannot be saved ({why}); nothing was changed</source>
        <translation>{path} : impossible d&apos;enregistrer ({why}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({why})</source>
        <translation>{path} : impossible d&apos;écrire ({why})</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exporté</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Fichiers CSV</translation>
    </message>
    <message>
        <source>Export points</source>
        <translation>Exporter les points</translation>
    </message>
    <message>
        <source>Export epoch log</source>
        <translation>Exporter le journal des époques</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>left click</source>
        <extracomment>the mouse&apos;s part of the shortcut sheet (shown through translate(&quot;help&quot;, ...))</extracomment>
        <translation>clic gauche</translation>
    </message>
    <message>
        <source>add a point (on empty space) or select one</source>
        <translation>ajouter un point (dans un espace vide) ou en sélectionner un</translation>
    </message>
    <message>
        <source>drag</source>
        <translation>glisser</translation>
    </message>
    <message>
        <source>move a point; on empty space, pan</source>
        <translation>déplacer un point ; dans un espace vide, déplacer la vue</translation>
    </message>
    <message>
        <source>right click</source>
        <translation>clic droit</translation>
    </message>
    <message>
        <source>remove the point under the cursor</source>
        <translation>retirer le point sous le curseur</translation>
    </message>
    <message>
        <source>Shift+right click</source>
        <translation>Maj+clic droit</translation>
    </message>
    <message>
        <source>the point&apos;s menu: hold it out of J (or back in), or remove it</source>
        <translation>le menu du point : le retirer de J (ou l’y remettre), ou le supprimer</translation>
    </message>
    <message>
        <source>wheel</source>
        <translation>molette</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>zoom</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; runs the descent: watch the line fit the points. &lt;b&gt;→&lt;/b&gt; takes one epoch, &lt;b&gt;R&lt;/b&gt; starts again.</source>
        <extracomment>the order of the shortcut sheet: what a teacher does first comes first (the rest follow, by key) keys as a person reads them</extracomment>
        <translation>&lt;b&gt;Espace&lt;/b&gt; lance la descente : regardez la droite s’ajuster aux points. &lt;b&gt;→&lt;/b&gt; avance d’une époque, &lt;b&gt;R&lt;/b&gt; recommence.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; to add a point (an outlier, say); &lt;b&gt;drag&lt;/b&gt; one to move it.</source>
        <translation>&lt;b&gt;Cliquez&lt;/b&gt; pour ajouter un point (une valeur aberrante, par exemple) ; &lt;b&gt;glissez&lt;/b&gt; un point pour le déplacer.</translation>
    </message>
    <message>
        <source>Keys &lt;b&gt;1–9&lt;/b&gt; change the loss (4 is MAE); &lt;b&gt;P&lt;/b&gt; pins a fit to compare.</source>
        <translation>Les touches &lt;b&gt;1–9&lt;/b&gt; changent de perte (4 est MAE) ; &lt;b&gt;P&lt;/b&gt; épingle un ajustement pour comparer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;E&lt;/b&gt; reveals the exact answer once the class has guessed; &lt;b&gt;F5&lt;/b&gt; is projector mode.</source>
        <translation>&lt;b&gt;E&lt;/b&gt; révèle la solution exacte une fois que la classe a deviné ; &lt;b&gt;F5&lt;/b&gt; passe en mode projecteur.</translation>
    </message>
    <message>
        <source>Welcome to lossexplorer</source>
        <translation>Bienvenue dans lossexplorer</translation>
    </message>
    <message>
        <source>The points are on the canvas; the line is where gradient descent starts.</source>
        <translation>Les points sont sur le graphique ; la droite est le point de départ de la descente de gradient.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Help → Teacher guide&lt;/i&gt; has a lesson plan for every view.</source>
        <translation>&lt;i&gt;Aide → Guide de l’enseignant&lt;/i&gt; propose un plan de séance pour chaque vue.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({n} points): {source} &lt;i&gt;Licence:&lt;/i&gt; {licence}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({n} points) : {source} &lt;i&gt;Licence :&lt;/i&gt; {licence}</translation>
    </message>
    <message>
        <source>See loss functions and gradient descent at work: the fit, the squares whose area is the error, the loss landscape and the path down it.</source>
        <translation>Voir les fonctions de perte et la descente de gradient à l’œuvre : l’ajustement, les carrés dont l’aire est l’erreur, le paysage de la perte et le chemin qui le descend.</translation>
    </message>
    <message>
        <source>Built on NumPy, SciPy, PySide6 and pyqtgraph. Colours: the Okabe–Ito palette.</source>
        <translation>Construit avec NumPy, SciPy, PySide6 et pyqtgraph. Couleurs : la palette d’Okabe–Ito.</translation>
    </message>
    <message>
        <source>The real data sets and their sources</source>
        <translation>Les jeux de données réels et leurs sources</translation>
    </message>
    <message>
        <source>The made-up sets are lossexplorer&apos;s own (fixed seeds) and Anscombe&apos;s quartet (Anscombe 1973).</source>
        <translation>Les jeux inventés sont ceux de lossexplorer (graines fixes) et le quartet d’Anscombe (Anscombe 1973).</translation>
    </message>
    <message>
        <source>&amp;Teacher guide</source>
        <extracomment>show the first-run hint once; screenshot mode (nothing remembered) and the tests turn it off</extracomment>
        <translation>&amp;Guide de l’enseignant</translation>
    </message>
    <message>
        <source>A lesson plan for every view: what to click, what to ask, what to point at</source>
        <translation>Un plan de séance pour chaque vue : où cliquer, quoi demander, que montrer</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut (F1)</source>
        <translation>Tous les raccourcis clavier (F1)</translation>
    </message>
    <message>
        <source>&amp;About lossexplorer</source>
        <translation>À &amp;propos de lossexplorer</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Version et crédits</translation>
    </message>
    <message>
        <source>pick a loss: {losses}</source>
        <translation>choisir une perte : {losses}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Teacher guide</source>
        <translation>Guide de l’enseignant</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Open the teacher guide</source>
        <translation>Ouvrir le guide de l’enseignant</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>About lossexplorer</source>
        <translation>À propos de lossexplorer</translation>
    </message>
</context>
<context>
    <name>holdout_cli</name>
    <message>
        <source>hold out a random share F of the points (0 ≤ F &lt; 1): J and the fit use the rest, and J and R² are reported on both (seeded by --seed)</source>
        <translation>mettre de côté une part aléatoire F des points (0 ≤ F &lt; 1) : J et l&apos;ajustement utilisent le reste, et J et R² sont donnés pour les deux (graine : --seed)</translation>
    </message>
    <message>
        <source>seed of the points --hold-out draws</source>
        <translation>graine des points que --hold-out tire</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>{title} ({cite}), {n} points</source>
        <translation>{title} ({cite}), {n} points</translation>
    </message>
    <message>
        <source>{summary}. {context} Source: {source}</source>
        <translation>{summary}. {context} Source : {source}</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Regression: x and y</source>
        <translation>Régression : x et y</translation>
    </message>
    <message>
        <source>Classification: x1, x2 and a label</source>
        <translation>Classification : x1, x2 et une étiquette</translation>
    </message>
    <message>
        <source>tab</source>
        <extracomment>the core&apos;s names of the separators and decimal marks (core/table.py), for the translators: shown translated</extracomment>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>espaces</translation>
    </message>
    <message>
        <source>point (1.5)</source>
        <translation>point (1.5)</translation>
    </message>
    <message>
        <source>comma (1,5)</source>
        <translation>virgule (1,5)</translation>
    </message>
    <message>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation>La première ligne contient les noms des colonnes</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>Séparateur décimal :</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>{role} column</source>
        <translation>colonne {role}</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tâche :</translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation>Laisser ces lignes de côté</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>{name}: {encoding}, {width} columns, 1 row of data. Choose the columns that become the points.</source>
        <translation>{name} : {encoding}, {width} colonnes, 1 ligne de données. Choisissez les colonnes qui deviennent les points.</translation>
    </message>
    <message>
        <source>{name}: {encoding}, {width} columns, {n} rows of data. Choose the columns that become the points.</source>
        <translation>{name} : {encoding}, {width} colonnes, {n} lignes de données. Choisissez les colonnes qui deviennent les points.</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>inutilisée</translation>
    </message>
    <message>
        <source>Labels: {mapping}</source>
        <translation>Étiquettes : {mapping}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <source>1 row cannot be used:</source>
        <translation>1 ligne est inutilisable :</translation>
    </message>
    <message>
        <source>{n} rows cannot be used:</source>
        <translation>{n} lignes sont inutilisables :</translation>
    </message>
    <message>
        <source>Import 1 point</source>
        <translation>Importer 1 point</translation>
    </message>
    <message>
        <source>Import {n} points</source>
        <translation>Importer {n} points</translation>
    </message>
    <message>
        <source>Imported {name}: columns {columns}, {n} points, {left} rows left out</source>
        <translation>{name} importé : colonnes {columns}, {n} points, {left} lignes laissées de côté</translation>
    </message>
    <message>
        <source>Imported {name}: columns {columns}, {n} points</source>
        <translation>{name} importé : colonnes {columns}, {n} points</translation>
    </message>
    <message>
        <source>{text} (labels {mapping})</source>
        <translation>{text} (étiquettes {mapping})</translation>
    </message>
</context>
<context>
    <name>keyboard_cursor</name>
    <message>
        <source>K, then ← → ↑ ↓</source>
        <extracomment>a small step is about this share of the view&apos;s width (or height) Shift multiplies the step by this modifiers that leave a key the cursor&apos;s: Shift (bigger steps, the other class) and the keypad&apos;s the keys the cursor takes while it is on (the others stay the window&apos;s shortcuts) the keys of the cursor for the shortcut sheet (F1), and of the physics bar (bar_keys.py), in English: `cursor_keys()` gives them in the window&apos;s language</extracomment>
        <translation>K, puis ← → ↑ ↓</translation>
    </message>
    <message>
        <source>keyboard cursor: move the crosshair (Shift: five steps)</source>
        <translation>curseur clavier : déplacer le réticule (Shift : cinq pas)</translation>
    </message>
    <message>
        <source>with the cursor: add a point at the crosshair (Shift+Enter: the other class)</source>
        <translation>avec le curseur : ajouter un point au réticule (Shift+Enter : l&apos;autre classe)</translation>
    </message>
    <message>
        <source>with the cursor: take the next or previous point; the arrows move it</source>
        <translation>avec le curseur : prendre le point suivant ou précédent ; les flèches le déplacent</translation>
    </message>
    <message>
        <source>with my line on: Tab walks on from the points to its handles; the arrows move one</source>
        <translation>avec ma droite : Tab passe des points à ses poignées ; les flèches en déplacent une</translation>
    </message>
    <message>
        <source>with the cursor: remove the point taken; let go of it (Esc again: cursor off)</source>
        <translation>avec le curseur : retirer le point sélectionné ; le relâcher (Esc à nouveau : curseur désactivé)</translation>
    </message>
    <message>
        <source>on the physics view: lift or tilt the bar</source>
        <translation>dans la vue physique : lever ou incliner la barre</translation>
    </message>
    <message>
        <source>({x}, {y})</source>
        <translation>({x} ; {y})</translation>
    </message>
    <message>
        <source>Keyboard cursor on: arrows move it, Enter adds a point, Tab walks the points, Esc ends</source>
        <translation>Curseur clavier activé : les flèches le déplacent, Enter ajoute un point, Tab parcourt les points, Esc termine</translation>
    </message>
    <message>
        <source>Keyboard cursor off</source>
        <translation>Curseur clavier désactivé</translation>
    </message>
    <message>
        <source>No point there: {problem}</source>
        <translation>Pas de point ici : {problem}</translation>
    </message>
    <message>
        <source>Point {n} added at {at}</source>
        <translation>Point {n} ajouté en {at}</translation>
    </message>
    <message>
        <source>No points to walk: Enter adds one at the crosshair</source>
        <translation>Aucun point à parcourir : Enter en ajoute un au réticule</translation>
    </message>
    <message>
        <source>Point {i} of {n} at {at}: arrows move it, Delete removes it, Enter lets go</source>
        <translation>Point {i} sur {n} en {at} : les flèches le déplacent, Delete le retire, Enter le relâche</translation>
    </message>
    <message>
        <source>Handle {i} of {n} of my line at {at}: arrows move it, Enter lets go</source>
        <translation>Poignée {i} sur {n} de ma droite en {at} : les flèches la déplacent, Entrée la lâche</translation>
    </message>
    <message>
        <source>My line&apos;s handles stay: Enter lets go of this one</source>
        <translation>Les poignées de ma droite restent : Entrée lâche celle-ci</translation>
    </message>
    <message>
        <source>handle {i} of my line taken, at {at}</source>
        <translation>poignée {i} de ma droite prise, en {at}</translation>
    </message>
    <message>
        <source>point {i} of {n} taken, at {at}</source>
        <translation>point {i} sur {n} sélectionné, en {at}</translation>
    </message>
    <message>
        <source>keyboard cursor at {at}</source>
        <translation>curseur clavier en {at}</translation>
    </message>
</context>
<context>
    <name>landscape_view</name>
    <message>
        <source>coefficient across the map</source>
        <translation>coefficient horizontal de la carte</translation>
    </message>
    <message>
        <source>coefficient up the map</source>
        <translation>coefficient vertical de la carte</translation>
    </message>
    <message>
        <source>The two coefficients the map varies; the others keep their current values</source>
        <translation>Les deux coefficients que la carte fait varier ; les autres gardent leurs valeurs actuelles</translation>
    </message>
    <message>
        <source>Race optimizers</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Run gd, sgd, momentum and adam from the same start, each with its own path</source>
        <translation>Lancer gd, sgd, momentum et adam depuis le même départ, chacun avec son propre chemin</translation>
    </message>
    <message>
        <source>Clear race</source>
        <translation>Effacer la course</translation>
    </message>
    <message>
        <source>across</source>
        <translation>axes</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Each spot on the map is one line, coloured by its J (dark is low: the bar on the right). Click to start the descent there.</source>
        <translation>Chaque endroit de la carte est une droite, colorée selon son J (foncé = bas : l&apos;échelle à droite). Cliquez pour lancer la descente à cet endroit.</translation>
    </message>
    <message>
        <source>the descent, a dot per epoch</source>
        <translation>la descente, un point par époque</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>son départ</translation>
    </message>
    <message>
        <source>the exact minimum</source>
        <translation>le minimum exact</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The translation {language} is not installed; the window keeps its language</source>
        <translation>La traduction {language} n’est pas installée ; la fenêtre garde sa langue</translation>
    </message>
    <message>
        <source>The window is now in English (View → Language)</source>
        <translation>La fenêtre est maintenant en français (Affichage → Langue)</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>No exact answer: {why}</source>
        <extracomment>every pace the lesson chose (and the defaults): settings still at one of them follow new data</extracomment>
        <translation>Pas de solution exacte : {why}</translation>
    </message>
    <message>
        <source>The points changed: a new descent starts from the current fit, epoch 0</source>
        <translation>Les points ont changé : une nouvelle descente part de l’ajustement actuel, époque 0</translation>
    </message>
    <message>
        <source>the points changed: a new descent starts from the current fit, epoch 0</source>
        <translation>les points ont changé : une nouvelle descente part de l’ajustement actuel, époque 0</translation>
    </message>
    <message>
        <source>The data set changed: a new descent starts from the start, epoch 0</source>
        <translation>Le jeu de données a changé : une nouvelle descente part du point de départ, époque 0</translation>
    </message>
    <message>
        <source>the data set changed: a new descent starts from the start, epoch 0</source>
        <translation>le jeu de données a changé : une nouvelle descente part du point de départ, époque 0</translation>
    </message>
    <message>
        <source>The settings changed: a new descent starts from the start, epoch 0</source>
        <translation>Les réglages ont changé : une nouvelle descente part du point de départ, époque 0</translation>
    </message>
    <message>
        <source>the settings changed: a new descent starts from the start, epoch 0</source>
        <translation>les réglages ont changé : une nouvelle descente part du point de départ, époque 0</translation>
    </message>
    <message>
        <source>The exact answer could not be found: {why}</source>
        <translation>La solution exacte n’a pas pu être trouvée : {why}</translation>
    </message>
    <message>
        <source>No point there: {why}</source>
        <translation>Pas de point ici : {why}</translation>
    </message>
    <message>
        <source>Click a point first to select it, or right-click a point to remove it</source>
        <translation>Cliquez d’abord sur un point pour le sélectionner, ou clic droit pour le retirer</translation>
    </message>
    <message>
        <source>Holding out points needs at least two: one to train on, one to test</source>
        <translation>Mettre des points de côté en demande au moins deux : un pour l’entraînement, un pour le test</translation>
    </message>
    <message>
        <source>hold out {share}</source>
        <translation>mise de côté de {share}</translation>
    </message>
    <message>
        <source>Held out {held} of {n} points (seed {seed}): hollow, they never enter J or the gradient</source>
        <translation>{held} points sur {n} mis de côté (graine {seed}) : évidés, ils n’entrent jamais dans J ni dans le gradient</translation>
    </message>
    <message>
        <source>hold out none</source>
        <translation>aucun point mis de côté</translation>
    </message>
    <message>
        <source>Every point is a training point again</source>
        <translation>Tous les points sont de nouveau des points d’entraînement</translation>
    </message>
    <message>
        <source>Select a point first (click it), then T holds it out</source>
        <translation>Sélectionnez d’abord un point (cliquez dessus), puis T le met de côté</translation>
    </message>
    <message>
        <source>hold out point {n}</source>
        <translation>mise de côté du point {n}</translation>
    </message>
    <message>
        <source>Point {n} held out: it no longer enters J or the gradient</source>
        <translation>Point {n} mis de côté : il n’entre plus dans J ni dans le gradient</translation>
    </message>
    <message>
        <source>train on point {n}</source>
        <translation>entraînement sur le point {n}</translation>
    </message>
    <message>
        <source>Point {n} a training point again</source>
        <translation>Le point {n} est de nouveau un point d’entraînement</translation>
    </message>
    <message>
        <source>clear points</source>
        <translation>effacement des points</translation>
    </message>
    <message>
        <source>preset {name}</source>
        <translation>jeu d’exemple {name}</translation>
    </message>
    <message>
        <source>Preset {name}: {description}{said}</source>
        <translation>Jeu d’exemple {name} : {description}{said}</translation>
    </message>
    <message>
        <source>open {path}</source>
        <translation>ouverture de {path}</translation>
    </message>
    <message>
        <source>Opened {path}: {n} points{said}</source>
        <translation>{path} ouvert : {n} points{said}</translation>
    </message>
    <message>
        <source>switch to classification</source>
        <translation>passage à la classification</translation>
    </message>
    <message>
        <source>Classification: left-click adds a point of the chosen class, Shift+click the next</source>
        <translation>Classification : le clic gauche ajoute un point de la classe choisie, Maj+clic un point de la suivante</translation>
    </message>
    <message>
        <source>switch to regression</source>
        <translation>passage à la régression</translation>
    </message>
    <message>
        <source>Regression: left-click adds a point (x, y)</source>
        <translation>Régression : le clic gauche ajoute un point (x, y)</translation>
    </message>
    <message>
        <source>{k} classes</source>
        <translation>{k} classes</translation>
    </message>
    <message>
        <source>{k} classes: {loss}; {gone} points of the classes past {last} went (Undo brings them back)</source>
        <translation>{k} classes : {loss} ; {gone} points des classes au-delà de {last} ont été retirés (Annuler les rétablit)</translation>
    </message>
    <message>
        <source>{k} classes: {loss}</source>
        <translation>{k} classes : {loss}</translation>
    </message>
    <message>
        <source>At most {n} pins: remove one first</source>
        <translation>Au plus {n} ajustements épinglés : retirez-en un d’abord</translation>
    </message>
    <message>
        <source>my boundary</source>
        <translation>ma frontière</translation>
    </message>
    <message>
        <source>my line</source>
        <translation>ma droite</translation>
    </message>
    <message>
        <source>pin {label}</source>
        <translation>épinglage de {label}</translation>
    </message>
    <message>
        <source>remove pin {label}</source>
        <translation>retrait de l’épingle {label}</translation>
    </message>
    <message>
        <source>place my line</source>
        <translation>placement de ma droite</translation>
    </message>
    <message>
        <source>A left click now adds a class-{label} point (Shift+click: class {other})</source>
        <translation>Un clic gauche ajoute maintenant un point de classe {label} (Maj+clic : classe {other})</translation>
    </message>
    <message>
        <source>A new lesson: preset {name}, {description}{said}</source>
        <translation>Une nouvelle leçon : jeu d’exemple {name}, {description}{said}</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <source>{path}: no such file</source>
        <extracomment>the speeds (epochs per second) the panel offers; 0 is as fast as possible decimals a number box keeps: every double from 1e-308 up survives (Qt rounds to these) the characters of a pin&apos;s label the window keeps</extracomment>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path} : illisible ({reason})</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path} : est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>{path}: not a regular file (a device, pipe or socket)</source>
        <translation>{path} : pas un fichier ordinaire (un périphérique, un tube ou un socket)</translation>
    </message>
    <message>
        <source>setting speed is {value}; the window offers {speeds} epochs per second, or 0 (as fast as possible)</source>
        <translation>le réglage speed vaut {value} ; la fenêtre propose {speeds} époques par seconde, ou 0 (le plus vite possible)</translation>
    </message>
    <message>
        <source>setting {name} is {value}, outside the window&apos;s range {low} to {high}</source>
        <translation>le réglage {name} vaut {value}, hors de la plage de la fenêtre, de {low} à {high}</translation>
    </message>
    <message>
        <source>setting {name} is {value}, too small to show (use 0)</source>
        <translation>le réglage {name} vaut {value}, trop petit pour être affiché (utilisez 0)</translation>
    </message>
    <message>
        <source>{name} = {value} is too large here ({name}^{power} overflows): zoom in</source>
        <translation>{name} = {value} est trop grand ici ({name}^{power} déborde) : zoomez</translation>
    </message>
</context>
<context>
    <name>loss_keys</name>
    <message>
        <source>Pick the loss {title} ({key})</source>
        <translation>Choisir la perte {title} ({key})</translation>
    </message>
    <message>
        <source>Loss: {title}</source>
        <translation>Perte : {title}</translation>
    </message>
</context>
<context>
    <name>losscurve</name>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>rate L</source>
        <translation>taux L</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>échelle log.</translation>
    </message>
    <message>
        <source>Show J on a logarithmic axis: steady convergence becomes a straight line</source>
        <translation>Afficher J sur un axe logarithmique : une convergence régulière devient une droite</translation>
    </message>
    <message>
        <source>training J</source>
        <translation>J d&apos;entraînement</translation>
    </message>
    <message>
        <source>held-out J</source>
        <translation>J de test</translation>
    </message>
    <message>
        <source>Epoch #</source>
        <extracomment>the widest number of the epoch log (written with 10 significant digits), and the epoch column&apos;s title</extracomment>
        <translation>Époque</translation>
    </message>
    <message>
        <source>follow the last epoch</source>
        <translation>suivre la dernière époque</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the epoch log as a CSV file</source>
        <translation>Enregistrer le journal des époques dans un fichier CSV</translation>
    </message>
</context>
<context>
    <name>modes</name>
    <message>
        <source>current fit</source>
        <extracomment>what the canvas can draw over the points, and what it draws at first</extracomment>
        <translation>ajustement actuel</translation>
    </message>
    <message>
        <source>The line (or curve) the optimizer has reached</source>
        <translation>La droite (ou courbe) atteinte par l’optimiseur</translation>
    </message>
    <message>
        <source>exact answer (E)</source>
        <translation>solution exacte (E)</translation>
    </message>
    <message>
        <source>Reveal the exact answer, dashed (the true minimizer of J), or hide it again (E)</source>
        <translation>Révéler la solution exacte, en tirets (le vrai minimiseur de J), ou la masquer à nouveau (E)</translation>
    </message>
    <message>
        <source>residuals</source>
        <translation>résidus</translation>
    </message>
    <message>
        <source>Vertical segments r = y − p from each point to the fit</source>
        <translation>Segments verticaux r = y − p de chaque point à l’ajustement</translation>
    </message>
    <message>
        <source>residual squares (RSS)</source>
        <translation>carrés des résidus (RSS)</translation>
    </message>
    <message>
        <source>Squares with side |r|: their total area is the RSS</source>
        <translation>Carrés de côté |r| : leur aire totale est la RSS</translation>
    </message>
    <message>
        <source>ȳ and its squares (TSS)</source>
        <translation>ȳ et ses carrés (TSS)</translation>
    </message>
    <message>
        <source>The bias-only model ȳ; its squares&apos; total area is the TSS</source>
        <translation>Le modèle réduit à la constante, ȳ ; l’aire totale de ses carrés est la TSS</translation>
    </message>
    <message>
        <source>gradient arrows</source>
        <translation>flèches du gradient</translation>
    </message>
    <message>
        <source>Which way each point pulls the fit, and how hard: −dℓ/dp</source>
        <translation>Dans quel sens chaque point tire l’ajustement, et avec quelle force : −dℓ/dp</translation>
    </message>
    <message>
        <source>mean point (x̄, ȳ)</source>
        <translation>point moyen (x̄, ȳ)</translation>
    </message>
    <message>
        <source>The least-squares line always passes through it</source>
        <translation>La droite des moindres carrés passe toujours par lui</translation>
    </message>
    <message>
        <source>decision boundary</source>
        <extracomment>the same overlays in classification mode (arrows and the mean point do not apply there)</extracomment>
        <translation>frontière de décision</translation>
    </message>
    <message>
        <source>Where the most likely class changes: σ(z) = ½ (z = 0) for two classes, z_k = z_l where classes k and l meet</source>
        <translation>Là où la classe la plus probable change : σ(z) = ½ (z = 0) pour deux classes, z_k = z_l là où les classes k et l se rencontrent</translation>
    </message>
    <message>
        <source>exact boundary (E)</source>
        <translation>frontière exacte (E)</translation>
    </message>
    <message>
        <source>Reveal the exact boundary, dashed (J&apos;s true minimizer), or hide it again (E)</source>
        <translation>Révéler la frontière exacte, en tirets (le vrai minimiseur de J), ou la masquer à nouveau (E)</translation>
    </message>
    <message>
        <source>per-point loss (rings)</source>
        <translation>perte par point (anneaux)</translation>
    </message>
    <message>
        <source>A ring around each point, its area growing with the point&apos;s loss</source>
        <translation>Un anneau autour de chaque point, dont l’aire croît avec la perte du point</translation>
    </message>
    <message>
        <source>predicted class (shading)</source>
        <translation>classe prédite (ombrage)</translation>
    </message>
    <message>
        <source>Each region in the faint colour of the class the model predicts there; stronger where it is surer</source>
        <translation>Chaque région dans la couleur pâle de la classe que le modèle y prédit ; plus soutenue là où il est plus sûr</translation>
    </message>
    <message>
        <source>margins z = ±1 (hinge)</source>
        <translation>marges z = ±1 (charnière)</translation>
    </message>
    <message>
        <source>Hinge loss is 0 beyond these lines on the right side</source>
        <translation>La perte charnière vaut 0 au-delà de ces lignes, du bon côté</translation>
    </message>
</context>
<context>
    <name>my_line</name>
    <message>
        <source>my line</source>
        <extracomment>how near (pixels) a press must be to the line&apos;s body to move it where the handles are (the view&apos;s, not the document&apos;s): a line&apos;s handles&apos; x, or a boundary&apos;s two handle points (2 × 2)</extracomment>
        <translation>ma droite</translation>
    </message>
    <message>
        <source>my boundary</source>
        <translation>ma frontière</translation>
    </message>
    <message>
        <source>My line: {coefficients}</source>
        <translation>Ma droite : {coefficients}</translation>
    </message>
    <message>
        <source>move my line</source>
        <translation>déplacer ma droite</translation>
    </message>
    <message>
        <source>tilt my line</source>
        <translation>incliner ma droite</translation>
    </message>
    <message>
        <source>bend my curve</source>
        <translation>courber ma courbe</translation>
    </message>
    <message>
        <source>move my boundary</source>
        <translation>déplacer ma frontière</translation>
    </message>
    <message>
        <source>turn my boundary</source>
        <translation>tourner ma frontière</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Ma droite</translation>
    </message>
    <message>
        <source>Place my own line (in classification my boundary): drag it to move it, drag a handle to tilt it, or type its coefficients; the bar compares its J with the best (M)</source>
        <translation>Placer ma propre droite (en classification, ma frontière) : faites-la glisser pour la déplacer, tirez une poignée pour l&apos;incliner, ou tapez ses coefficients ; la barre compare son J au meilleur (M)</translation>
    </message>
    <message>
        <source>Pin my line</source>
        <translation>Épingler ma droite</translation>
    </message>
    <message>
        <source>Keep my line as a pin labelled &apos;my line&apos;</source>
        <translation>Garder ma droite comme ajustement épinglé nommé « ma droite »</translation>
    </message>
    <message>
        <source>My line takes one line or boundary: not the softmax model&apos;s K</source>
        <translation>Ma droite n&apos;est qu&apos;une droite ou une frontière : pas pour les K classes du modèle softmax</translation>
    </message>
    <message>
        <source>Pin my boundary</source>
        <translation>Épingler ma frontière</translation>
    </message>
    <message>
        <source>My boundary: drag it to move it, drag a round handle to turn it, or type β0, β1, β2; E reveals the best boundary</source>
        <translation>Ma frontière : faites-la glisser pour la déplacer, tirez une poignée ronde pour la tourner, ou tapez β0, β1, β2 ; E révèle la meilleure frontière</translation>
    </message>
    <message>
        <source>My line: drag it to move it, drag a round handle to tilt it, or type its m and c; E reveals the best line</source>
        <translation>Ma droite : faites-la glisser pour la déplacer, tirez une poignée ronde pour l&apos;incliner, ou tapez son m et son c ; E révèle la meilleure droite</translation>
    </message>
</context>
<context>
    <name>my_line_panel</name>
    <message>
        <source>My line takes one line or boundary: not the softmax model&apos;s K</source>
        <extracomment>the panel&apos;s width per point of the font: 300 px at 11 pt, wider in projector mode, but at most this share of the canvas (a projector&apos;s 1280 pixels leave the points most of the room)</extracomment>
        <translation>Ma droite n&apos;est qu&apos;une droite ou une frontière : pas pour les K classes du modèle softmax</translation>
    </message>
    <message>
        <source>No points: nothing to score</source>
        <translation>Aucun point : rien à évaluer</translation>
    </message>
    <message>
        <source>the best line is being found…</source>
        <translation>la meilleure droite est en cours de calcul…</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Ma droite</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>J of my line against J of the best line, on one scale</source>
        <translation>J de ma droite face au J de la meilleure droite, sur une même échelle</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>Résidus</translation>
    </message>
    <message>
        <source>Residual r = y − p against x, for my line and for the current fit</source>
        <translation>Résidu r = y − p en fonction de x, pour ma droite et pour l&apos;ajustement actuel</translation>
    </message>
    <message>
        <source>my line&apos;s {name}: type a number, Enter</source>
        <translation>{name} de ma droite : tapez un nombre, Enter</translation>
    </message>
    <message>
        <source>my {name}</source>
        <translation>mon {name}</translation>
    </message>
    <message>
        <source>type my line&apos;s {name}</source>
        <translation>taper {name} de ma droite</translation>
    </message>
    <message>
        <source>My boundary</source>
        <translation>Ma frontière</translation>
    </message>
    <message>
        <source>My curve</source>
        <translation>Ma courbe</translation>
    </message>
</context>
<context>
    <name>pace</name>
    <message>
        <source>Adam, learning rate {lr}, {epochs} epochs at {speed}/s: about {seconds} s to the answer</source>
        <extracomment>the speeds (epochs per second) a pace may choose: each is one of the panel&apos;s choices</extracomment>
        <translation>Adam, taux d&apos;apprentissage {lr}, {epochs} époques à {speed}/s : environ {seconds} s jusqu&apos;à la solution</translation>
    </message>
    <message>
        <source>Learning rate {lr}, {epochs} epochs at {speed}/s: about {seconds} s to the answer</source>
        <translation>Taux d&apos;apprentissage {lr}, {epochs} époques à {speed}/s : environ {seconds} s jusqu&apos;à la solution</translation>
    </message>
    <message>
        <source>gradient descent would need over a million epochs here (x lies far from 0: a long, narrow valley)</source>
        <translation>la descente de gradient demanderait ici plus d&apos;un million d&apos;époques (x est loin de 0 : une vallée longue et étroite)</translation>
    </message>
    <message>
        <source>gradient descent would need about {n} epochs here (x lies far from 0: a long, narrow valley)</source>
        <translation>la descente de gradient demanderait ici environ {n} époques (x est loin de 0 : une vallée longue et étroite)</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>1 epoch/s</source>
        <extracomment>the losses&apos; titles and tips, the core&apos;s English (shown through core_tr) the speeds offered (epochs per second, 0: as fast as possible) and their titles, translated where shown</extracomment>
        <translation>1 époque/s</translation>
    </message>
    <message>
        <source>2 epochs/s</source>
        <translation>2 époques/s</translation>
    </message>
    <message>
        <source>5 epochs/s</source>
        <translation>5 époques/s</translation>
    </message>
    <message>
        <source>10 epochs/s</source>
        <translation>10 époques/s</translation>
    </message>
    <message>
        <source>30 epochs/s</source>
        <translation>30 époques/s</translation>
    </message>
    <message>
        <source>60 epochs/s</source>
        <translation>60 époques/s</translation>
    </message>
    <message>
        <source>250 epochs/s</source>
        <translation>250 époques/s</translation>
    </message>
    <message>
        <source>1000 epochs/s</source>
        <translation>1000 époques/s</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>bias: p = c</source>
        <translation>constante : p = c</translation>
    </message>
    <message>
        <source>line: p = m·x + c</source>
        <translation>droite : p = m·x + c</translation>
    </message>
    <message>
        <source>logistic: z = β0 + β1·x1 + β2·x2</source>
        <translation>logistique : z = β0 + β1·x1 + β2·x2</translation>
    </message>
    <message>
        <source>polynomial, degree {d}</source>
        <translation>polynôme de degré {d}</translation>
    </message>
    <message>
        <source>softmax, {k} classes: zₖ = βₖ0 + βₖ1·x1 + βₖ2·x2</source>
        <translation>softmax, {k} classes : zₖ = βₖ0 + βₖ1·x1 + βₖ2·x2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Compare fits</source>
        <translation>Comparer les ajustements</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>regression: y against x</source>
        <translation>régression : y selon x</translation>
    </message>
    <message>
        <source>classification: K classes</source>
        <translation>classification : K classes</translation>
    </message>
    <message>
        <source>Regression fits a curve p(x) to points (x, y); classification separates points of 2 to 5 classes in the (x1, x2) plane with a logistic (two classes) or softmax model</source>
        <translation>La régression ajuste une courbe p(x) à des points (x, y) ; la classification sépare des points de 2 à 5 classes dans le plan (x1, x2) avec un modèle logistique (deux classes) ou softmax</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>classes</translation>
    </message>
    <message>
        <source>new points</source>
        <translation>nouveaux points</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>The per-point loss ℓ(p, y); J averages (or sums) it over the points</source>
        <translation>La perte de chaque point ℓ(p, y) ; J en fait la moyenne (ou la somme) sur les points</translation>
    </message>
    <message>
        <source>the loss&apos;s own</source>
        <extracomment>a box for each parameter of the losses offered, in its row labelled with the symbol (δ, q, α, γ, ε); each is also the panel&apos;s attribute of the parameter&apos;s name (panel.delta)</extracomment>
        <translation>celle de la perte</translation>
    </message>
    <message>
        <source>mean (1/n)·Σ</source>
        <translation>moyenne (1/n)·Σ</translation>
    </message>
    <message>
        <source>sum Σ</source>
        <translation>somme Σ</translation>
    </message>
    <message>
        <source>R in J = R(ℓ) + penalties: the mean or the sum over the points</source>
        <translation>R dans J = R(ℓ) + pénalités : la moyenne ou la somme sur les points</translation>
    </message>
    <message>
        <source>reduce by</source>
        <translation>réduction</translation>
    </message>
    <message>
        <source>cap predictions at</source>
        <translation>plafonner p à</translation>
    </message>
    <message>
        <source>The blog&apos;s multi-objective penalty: λ·R(max(0, p − C)²)</source>
        <translation>La pénalité multi-objectif du blog : λ·R(max(0, p − C)²)</translation>
    </message>
    <message>
        <source>cap weight λ</source>
        <translation>poids du plafond λ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>p = f(x; β): a constant, a line m·x + c, or Σ β_j x^j</source>
        <translation>p = f(x; β) : une constante, une droite m·x + c ou Σ β_j x^j</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Learning rate on a log scale, 1e-6 … 10; the red mark is the largest stable rate</source>
        <translation>Taux d&apos;apprentissage sur une échelle logarithmique, 1e-6 … 10 ; le trait rouge marque le plus grand taux stable</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>2/L, L the largest eigenvalue of J&apos;s Hessian: gd diverges above it</source>
        <translation>2/L, où L est la plus grande valeur propre de la hessienne de J : au-delà, gd diverge</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>taille du lot</translation>
    </message>
    <message>
        <source>momentum μ</source>
        <translation>momentum μ</translation>
    </message>
    <message>
        <source>epochs</source>
        <extracomment>the optimizers&apos; settings&apos; rows, shown for the optimizers that take them</extracomment>
        <translation>époques</translation>
    </message>
    <message>
        <source>animation speed: epochs per second, or as fast as the computer goes</source>
        <translation>vitesse de l&apos;animation : époques par seconde, ou aussi vite que l&apos;ordinateur le permet</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>vitesse</translation>
    </message>
    <message>
        <source>largest stable rate {rate}: above it, gd diverges</source>
        <translation>plus grand taux stable {rate} : au-delà, gd diverge</translation>
    </message>
    <message>
        <source>largest stable rate {rate}</source>
        <translation>plus grand taux stable {rate}</translation>
    </message>
</context>
<context>
    <name>physics_view</name>
    <message>
        <source>&lt;b&gt;Each point pulls the bar towards itself with a spring; the bar comes to rest where the pulls balance, and that is where the loss is least.&lt;/b&gt; Each spring stores (k/2)·ℓ(e) and pulls the bar with −(k/2)·dℓ/de; at rest the net force and torque vanish, which are the normal equations, so the bar rests on the loss&apos;s minimizer (k = 2 makes ΣU the SSE). With heavy damping the bar creeps straight downhill, velocity ∝ force: that is gradient descent. With mass and little damping it overshoots and swings back: that is momentum.</source>
        <extracomment>the readings too wide to sit beside their names, with the widest text each shows (the rest: translated) the widest of the other readings</extracomment>
        <translation>&lt;b&gt;Chaque point tire la barre vers lui avec un ressort ; la barre s&apos;immobilise là où les forces s&apos;équilibrent, et c&apos;est là que la perte est minimale.&lt;/b&gt; Chaque ressort stocke (k/2)·ℓ(e) et tire la barre avec −(k/2)·dℓ/de ; au repos, la force et le moment résultants s&apos;annulent, ce sont les équations normales, donc la barre repose sur le minimiseur de la perte (avec k = 2, ΣU est la SSE). Avec un fort amortissement, la barre descend lentement tout droit, vitesse ∝ force : c&apos;est la descente de gradient. Avec de la masse et peu d&apos;amortissement, elle dépasse et revient en oscillant : c&apos;est le momentum.</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>temps (s)</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>énergie</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Let the bar move, or freeze it</source>
        <translation>Laisser la barre bouger, ou la figer</translation>
    </message>
    <message>
        <source>Reset bar</source>
        <translation>Replacer la barre</translation>
    </message>
    <message>
        <source>The bar horizontal at ȳ, at rest</source>
        <translation>La barre horizontale en ȳ, au repos</translation>
    </message>
    <message>
        <source>b per point: 0 swings for ever; large creeps like gradient descent</source>
        <translation>b par point : 0 oscille sans fin ; grand avance lentement comme la descente de gradient</translation>
    </message>
    <message>
        <source>M per point: more mass, slower swings, more overshoot (momentum)</source>
        <translation>M par point : plus de masse, des oscillations plus lentes, plus de dépassement (momentum)</translation>
    </message>
    <message>
        <source>k: spring stiffness; k = 2 makes ΣU the SSE</source>
        <translation>k : raideur du ressort ; avec k = 2, ΣU est la SSE</translation>
    </message>
    <message>
        <source>simulated seconds per second</source>
        <translation>secondes simulées par seconde</translation>
    </message>
    <message>
        <source>show the optimizer&apos;s path</source>
        <translation>montrer le chemin de l&apos;optimiseur</translation>
    </message>
    <message>
        <source>The fits gradient descent went through, as faint bars</source>
        <translation>Les ajustements par lesquels est passée la descente de gradient, en barres pâles</translation>
    </message>
    <message>
        <source>damping</source>
        <translation>amortissement</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>masse</translation>
    </message>
    <message>
        <source>stiffness k</source>
        <translation>raideur k</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>vitesse</translation>
    </message>
    <message>
        <source>The bar</source>
        <translation>La barre</translation>
    </message>
    <message>
        <source>net force ΣF</source>
        <translation>force nette ΣF</translation>
    </message>
    <message>
        <source>Σ F_i: zero at rest (the first normal equation)</source>
        <translation>Σ F_i : nulle au repos (la première équation normale)</translation>
    </message>
    <message>
        <source>net torque</source>
        <translation>moment résultant</translation>
    </message>
    <message>
        <source>Σ (x_i − x̄)·F_i: zero at rest (the second normal equation)</source>
        <translation>Σ (x_i − x̄)·F_i : nul au repos (la deuxième équation normale)</translation>
    </message>
    <message>
        <source>potential U</source>
        <translation>énergie potentielle U</translation>
    </message>
    <message>
        <source>Σ (k/2)·ℓ(e_i): the SSE when k = 2 and the loss is squared error</source>
        <translation>Σ (k/2)·ℓ(e_i) : la SSE quand k = 2 et que la perte est l&apos;erreur quadratique</translation>
    </message>
    <message>
        <source>kinetic</source>
        <extracomment>why there is no bar, for a loss the spring picture does not fit (Poisson: a pull that is no function of e)</extracomment>
        <translation>cinétique</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totale</translation>
    </message>
    <message>
        <source>kinetic + potential: kept when damping is 0</source>
        <translation>cinétique + potentielle : conservée quand l&apos;amortissement vaut 0</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>barre</translation>
    </message>
    <message>
        <source>the line the bar lies on</source>
        <translation>la droite sur laquelle repose la barre</translation>
    </message>
    <message>
        <source>potential</source>
        <translation>potentielle</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>en mouvement</translation>
    </message>
    <message>
        <source>at rest</source>
        <translation>au repos</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;The spring picture does not apply to {loss}.&lt;/b&gt;&lt;/span&gt; {why}</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;L&apos;image des ressorts ne s&apos;applique pas à {loss}.&lt;/b&gt;&lt;/span&gt; {why}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lancer</translation>
    </message>
</context>
<context>
    <name>pin_list</name>
    <message>
        <source>Pinned fits, drawn in their own colours on the canvas</source>
        <translation>Ajustements épinglés, chacun dans sa couleur sur le canevas</translation>
    </message>
    <message>
        <source>Remove pin</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected pin</source>
        <translation>Retirer l&apos;ajustement épinglé sélectionné</translation>
    </message>
</context>
<context>
    <name>presets_cli</name>
    <message>
        <source>`lossexplorer presets`: every preset data set, real and made up, with its number of points, its task, the units of its axes and its source (`--json`: one object a set, with the context and the licence too). The catalogue is core/datasets.py&apos;s; resources/DATASETS.md says the same.</source>
        <translation>`lossexplorer presets` : tous les jeux d&apos;exemple, réels et inventés, avec leur nombre de points, leur tâche, les unités de leurs axes et leur source (`--json` : un objet par jeu, avec aussi le contexte et la licence). Le catalogue est celui de core/datasets.py ; resources/DATASETS.md dit la même chose.</translation>
    </message>
    <message>
        <source>only the real or only the made-up sets</source>
        <translation>seulement les jeux réels ou seulement les jeux inventés</translation>
    </message>
</context>
<context>
    <name>problem</name>
    <message>
        <source>Add some points first: left-click on the canvas</source>
        <translation>Ajoutez d’abord des points : clic gauche sur le graphique</translation>
    </message>
    <message>
        <source>Every point is held out: keep some for training (T on a point, or Data → Hold out none)</source>
        <translation>Tous les points sont mis de côté : gardez-en pour l’entraînement (T sur un point, ou Données → Aucun mis de côté)</translation>
    </message>
    <message>
        <source>Gradient descent on MSE diverges above {stable} here, below the smallest learning rate ({lowest}): try Adam, or a lower degree</source>
        <extracomment>J on the points held out (train and test): the same loss, reduction and penalties; None without a split below this many points a full build takes under a millisecond or two: no edits needed</extracomment>
        <translation>Ici, la descente de gradient sur la MSE diverge au-dessus de {stable}, sous le plus petit taux d’apprentissage ({lowest}) : essayez Adam, ou un degré plus bas</translation>
    </message>
    <message>
        <source>Learning rate lowered to {lr}: gradient descent on MSE diverges above {stable} here</source>
        <translation>Taux d’apprentissage abaissé à {lr} : ici, la descente de gradient sur la MSE diverge au-dessus de {stable}</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <source>&amp;Projector mode</source>
        <translation>Mode pro&amp;jecteur</translation>
    </message>
    <message>
        <source>Large fonts, thick lines and big markers for a projector (F5)</source>
        <translation>Grandes polices, traits épais et gros marqueurs pour un projecteur (F5)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
</context>
<context>
    <name>race_view</name>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>exact J: the finish</source>
        <translation>J exact : l&apos;arrivée</translation>
    </message>
    <message>
        <source>{place} {racer} (epoch {epoch})</source>
        <translation>{place} {racer} (époque {epoch})</translation>
    </message>
    <message>
        <source>Race, epoch {epoch} of {last}</source>
        <translation>Course, époque {epoch} sur {last}</translation>
    </message>
    <message>
        <source>Race over {last} epochs</source>
        <translation>Course sur {last} époques</translation>
    </message>
    <message>
        <source>&lt;b&gt;{head}&lt;/b&gt; (the finish: J within 1% of the exact J)</source>
        <translation>&lt;b&gt;{head}&lt;/b&gt; (l&apos;arrivée : J à moins de 1 % du J exact)</translation>
    </message>
    <message>
        <source>{racers} did not get there</source>
        <translation>pas arrivés : {racers}</translation>
    </message>
    <message>
        <source>{racers} still racing</source>
        <translation>encore en course : {racers}</translation>
    </message>
</context>
<context>
    <name>random_dialog</name>
    <message>
        <source>gaussian</source>
        <extracomment>the core&apos;s noises (NOISES) as the dialog names them, translated where shown</extracomment>
        <translation>gaussien</translation>
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
        <translation>Student-t</translation>
    </message>
    <message>
        <source>random: {n} points</source>
        <translation>aléatoire : {n} points</translation>
    </message>
    <message>
        <source>Random points</source>
        <translation>Points aléatoires</translation>
    </message>
    <message>
        <source>m of the true line y = m·x + c</source>
        <translation>m de la vraie droite y = m·x + c</translation>
    </message>
    <message>
        <source>c of the true line</source>
        <translation>c de la vraie droite</translation>
    </message>
    <message>
        <source>Gaussian suits least squares, Laplace suits MAE; gamma and Student-t have heavy tails</source>
        <translation>Le bruit gaussien convient aux moindres carrés, celui de Laplace à MAE ; gamma et Student-t ont des queues lourdes</translation>
    </message>
    <message>
        <source>the noise&apos;s scale (σ for Gaussian)</source>
        <translation>l&apos;échelle du bruit (σ pour le gaussien)</translation>
    </message>
    <message>
        <source>fraction of points pushed far above the line</source>
        <translation>part des points repoussés loin au-dessus de la droite</translation>
    </message>
    <message>
        <source>the same seed gives the same points</source>
        <translation>la même graine donne les mêmes points</translation>
    </message>
    <message>
        <source>points n</source>
        <translation>points n</translation>
    </message>
    <message>
        <source>slope m</source>
        <translation>pente m</translation>
    </message>
    <message>
        <source>intercept c</source>
        <translation>ordonnée à l&apos;origine c</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>bruit</translation>
    </message>
    <message>
        <source>noise scale</source>
        <translation>échelle du bruit</translation>
    </message>
    <message>
        <source>outlier fraction</source>
        <translation>part de valeurs aberrantes</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
</context>
<context>
    <name>readouts</name>
    <message>
        <source>none: R² is negative, so this fit is worse than the flat line ȳ, and √R² does not exist</source>
        <extracomment>r from R² and from corr(y, p) agree with the points&apos; r to this many places at the least-squares line</extracomment>
        <translation>aucun : R² est négatif, cet ajustement est donc pire que la droite horizontale ȳ, et √R² n&apos;existe pas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{data}&lt;/b&gt; corr(x, y): the points&apos; own r, whatever the fit&lt;br&gt;&lt;b&gt;{from_r2}&lt;/b&gt; √R² of this fit, with the slope&apos;s sign&lt;br&gt;&lt;b&gt;{predictions}&lt;/b&gt; corr(y, p), with the slope&apos;s sign: the same as r for any straight line that slopes the same way</source>
        <translation>&lt;b&gt;{data}&lt;/b&gt; corr(x, y) : le r des points eux-mêmes, quel que soit l&apos;ajustement&lt;br&gt;&lt;b&gt;{from_r2}&lt;/b&gt; √R² de cet ajustement, avec le signe de la pente&lt;br&gt;&lt;b&gt;{predictions}&lt;/b&gt; corr(y, p), avec le signe de la pente : égal à r pour toute droite dont la pente a le même signe</translation>
    </message>
    <message>
        <source>For a curve √R² measures how well the curve fits, not how straight the points lie: it is not r.</source>
        <translation>Pour une courbe, √R² mesure la qualité de l&apos;ajustement de la courbe, pas l&apos;alignement des points : ce n&apos;est pas r.</translation>
    </message>
    <message>
        <source>All three agree: this is the least-squares line.</source>
        <translation>Les trois concordent : c&apos;est la droite des moindres carrés.</translation>
    </message>
    <message>
        <source>They differ now because this is not yet the least-squares line: it leaves more of the spread unexplained, so its R² and √R² are lower. At the least-squares line all three agree.</source>
        <translation>Ils diffèrent maintenant parce que ce n&apos;est pas encore la droite des moindres carrés : elle laisse inexpliquée une plus grande part de la dispersion, donc son R² et sa √R² sont plus faibles. Sur la droite des moindres carrés, les trois concordent.</translation>
    </message>
    <message>
        <source>0 (to rounding)</source>
        <translation>0 (aux arrondis près)</translation>
    </message>
    <message>
        <source>{value} (least: {least})</source>
        <translation>{value} (minimale : {least})</translation>
    </message>
    <message>
        <source>The current fit</source>
        <translation>Ajustement actuel</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>epochs run since the start (record 0 is the start)</source>
        <translation>époques écoulées depuis le départ (l&apos;enregistrement 0 est le départ)</translation>
    </message>
    <message>
        <source>coefficients</source>
        <translation>coefficients</translation>
    </message>
    <message>
        <source>the model&apos;s coefficients now</source>
        <translation>les coefficients actuels du modèle</translation>
    </message>
    <message>
        <source>the objective: the loss reduced over the points, plus penalties</source>
        <translation>l&apos;objectif : la perte agrégée sur les points, plus les pénalités</translation>
    </message>
    <message>
        <source>Σ (y − p)²: the total area of the red squares</source>
        <translation>Σ (y − p)² : l&apos;aire totale des carrés rouges</translation>
    </message>
    <message>
        <source>Σ (y − ȳ)²: the total area of the green squares</source>
        <translation>Σ (y − ȳ)² : l&apos;aire totale des carrés verts</translation>
    </message>
    <message>
        <source>1 − RSS/TSS: the share of the spread the model explains</source>
        <translation>1 − RSS/TSS : la part de la dispersion que le modèle explique</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>r de Pearson</translation>
    </message>
    <message>
        <source>how nearly the points lie on a straight line: corr(x, y), from −1 to 1</source>
        <translation>à quel point les points sont alignés sur une droite : corr(x, y), de −1 à 1</translation>
    </message>
    <message>
        <source>other ways</source>
        <translation>autres façons</translation>
    </message>
    <message>
        <source>Pearson r: two other ways</source>
        <translation>r de Pearson : deux autres façons</translation>
    </message>
    <message>
        <source>r from this fit&apos;s R² and from corr(y, p), and why they differ during a run</source>
        <translation>r tiré du R² de cet ajustement et de corr(y, p), et pourquoi ils diffèrent pendant une exécution</translation>
    </message>
    <message>
        <source>Least-squares properties</source>
        <translation>Propriétés des moindres carrés</translation>
    </message>
    <message>
        <source>They all hold for the least-squares line; for other losses some fail</source>
        <translation>Toutes sont vraies pour la droite des moindres carrés ; avec d&apos;autres pertes, certaines échouent</translation>
    </message>
    <message>
        <source>the intercept of the logit z = β0 + β1·x1 + β2·x2 (K classes: each class&apos;s βₖ0, in its colour)</source>
        <translation>l&apos;ordonnée à l&apos;origine du logit z = β0 + β1·x1 + β2·x2 (K classes : le βₖ0 de chaque classe, dans sa couleur)</translation>
    </message>
    <message>
        <source>the weight of x1 in the logit z (K classes: each class&apos;s βₖ1)</source>
        <translation>le poids de x1 dans le logit z (K classes : le βₖ1 de chaque classe)</translation>
    </message>
    <message>
        <source>the weight of x2 in the logit z (K classes: each class&apos;s βₖ2)</source>
        <translation>le poids de x2 dans le logit z (K classes : le βₖ2 de chaque classe)</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>points whose predicted class (the most probable; z ≥ 0 predicts class 1 of two) is their own</source>
        <translation>points dont la classe prédite (la plus probable ; à deux classes, z ≥ 0 prédit la classe 1) est la leur</translation>
    </message>
    <message>
        <source>mean loss</source>
        <translation>perte moyenne</translation>
    </message>
    <message>
        <source>the mean of the per-point loss ℓ, without penalties</source>
        <translation>la moyenne de la perte ℓ par point, sans pénalités</translation>
    </message>
    <message>
        <source>worst point</source>
        <translation>pire point</translation>
    </message>
    <message>
        <source>the point the loss charges most, and the probability it gets of its own class</source>
        <translation>le point que la perte pénalise le plus, et la probabilité qu&apos;il reçoit pour sa propre classe</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>What the loss charges a point when the model gives its true class probability P, and how many points now sit nearest each P (in log-odds)</source>
        <translation>Ce que la perte fait payer à un point quand le modèle donne à sa vraie classe la probabilité P, et combien de points sont maintenant les plus proches de chaque P (en log-odds)</translation>
    </message>
    <message>
        <source>the probability the model gives the point&apos;s true class</source>
        <translation>la probabilité que le modèle donne à la vraie classe du point</translation>
    </message>
    <message>
        <source>the chosen loss at that probability: what one such point adds to the sum</source>
        <translation>la perte choisie à cette probabilité : ce qu&apos;un tel point ajoute à la somme</translation>
    </message>
    <message>
        <source>how many points now have their own-class probability nearest this row&apos;s</source>
        <translation>combien de points ont maintenant la probabilité de leur propre classe la plus proche de celle de cette ligne</translation>
    </message>
    <message>
        <source>P(true class)</source>
        <translation>P(vraie classe)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Right and sure costs almost nothing; &lt;span style=&apos;color:{red}&apos;&gt;wrong and sure&lt;/span&gt; costs most.</source>
        <extracomment>the table&apos;s cells, [row][column] from the most confident row; columns as in the header</extracomment>
        <translation>Juste et sûr ne coûte presque rien ; &lt;span style=&apos;color:{red}&apos;&gt;faux et sûr&lt;/span&gt; coûte le plus.</translation>
    </message>
    <message>
        <source>{property}: {value} (least squares: {least})</source>
        <translation>{property} : {value} (moindres carrés : {least})</translation>
    </message>
    <message>
        <source>{right} of&amp;nbsp;{n}</source>
        <translation>{right} sur&amp;nbsp;{n}</translation>
    </message>
    <message>
        <source>point {point} &lt;span style=&apos;color:{grey}&apos;&gt;(class&amp;nbsp;{label})&lt;/span&gt;&lt;br&gt;loss&amp;nbsp;{loss}&lt;br&gt;P(own class) {p}</source>
        <translation>point {point} &lt;span style=&apos;color:{grey}&apos;&gt;(classe&amp;nbsp;{label})&lt;/span&gt;&lt;br&gt;perte&amp;nbsp;{loss}&lt;br&gt;P(classe propre) {p}</translation>
    </message>
</context>
<context>
    <name>residual_view</name>
    <message>
        <source>residual plot</source>
        <translation>graphique des résidus</translation>
    </message>
    <message>
        <source>residual r = y − p</source>
        <translation>résidu r = y − p</translation>
    </message>
    <message>
        <source>my line</source>
        <translation>ma droite</translation>
    </message>
    <message>
        <source>current fit</source>
        <translation>ajustement actuel</translation>
    </message>
</context>
<context>
    <name>reveal</name>
    <message>
        <source>Exact answer shown (dashed boundary) as soon as the solver has found it</source>
        <translation>La solution exacte (frontière en pointillés) s&apos;affichera dès que le solveur l&apos;aura trouvée</translation>
    </message>
    <message>
        <source>Exact answer shown (dashed line) as soon as the solver has found it</source>
        <translation>La solution exacte (droite en pointillés) s&apos;affichera dès que le solveur l&apos;aura trouvée</translation>
    </message>
    <message>
        <source>Exact answer shown (dashed curve) as soon as the solver has found it</source>
        <translation>La solution exacte (courbe en pointillés) s&apos;affichera dès que le solveur l&apos;aura trouvée</translation>
    </message>
    <message>
        <source>Exact answer revealed, the dashed boundary: {values}, {loss} = {value}</source>
        <translation>Solution exacte révélée, la frontière en pointillés : {values}, {loss} = {value}</translation>
    </message>
    <message>
        <source>Exact answer revealed, the dashed line: {values}, {loss} = {value}</source>
        <translation>Solution exacte révélée, la droite en pointillés : {values}, {loss} = {value}</translation>
    </message>
    <message>
        <source>Exact answer revealed, the dashed curve: {values}, {loss} = {value}</source>
        <translation>Solution exacte révélée, la courbe en pointillés : {values}, {loss} = {value}</translation>
    </message>
    <message>
        <source>Largest KKT violation: {violation} (0 to rounding: exact)</source>
        <translation>Plus grande violation des conditions KKT : {violation} (0 aux arrondis près : exacte)</translation>
    </message>
    <message>
        <source>Exact answer hidden: E reveals it</source>
        <translation>Solution exacte masquée : E la révèle</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>{what}. Reset, or lower the learning rate.</source>
        <extracomment>how long a problem that needs a solve in a child process stands still before the solve starts</extracomment>
        <translation>{what}. Réinitialisez, ou baissez le taux d’apprentissage.</translation>
    </message>
    <message>
        <source>Running to epoch {epoch}…</source>
        <translation>En cours jusqu’à l’époque {epoch}…</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}</source>
        <translation>En pause à l’époque {epoch}</translation>
    </message>
    <message>
        <source>The stop rule ended the run: {why}. Reset, or turn the stop rule off.</source>
        <translation>La règle d’arrêt a terminé l’exécution : {why}. Réinitialisez, ou désactivez la règle d’arrêt.</translation>
    </message>
    <message>
        <source>Back to the start: epoch 0</source>
        <translation>Retour au début : époque 0</translation>
    </message>
    <message>
        <source>Start set to {a} = {va}, {b} = {vb}</source>
        <translation>Départ fixé à {a} = {va}, {b} = {vb}</translation>
    </message>
    <message>
        <source>The run {what}. Lower the learning rate, then Reset.</source>
        <translation>L’exécution : {what}. Baissez le taux d’apprentissage, puis Réinitialiser.</translation>
    </message>
    <message>
        <source>The stop rule ended the run at epoch {epoch}: {why}</source>
        <translation>La règle d’arrêt a terminé l’exécution à l’époque {epoch} : {why}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: {label} = {value}</source>
        <translation>Époque {epoch} : {label} = {value}</translation>
    </message>
    <message>
        <source>Run stopped because {reason}</source>
        <translation>Exécution arrêtée parce que {reason}</translation>
    </message>
    <message>
        <source>Racing gd, sgd, momentum and adam…</source>
        <translation>Course entre gd, sgd, momentum et adam…</translation>
    </message>
    <message>
        <source>The race could not run: {why}</source>
        <translation>La course n’a pas pu avoir lieu : {why}</translation>
    </message>
    <message>
        <source>The race: gd, sgd, momentum and adam, {epochs} epochs from one start</source>
        <translation>La course : gd, sgd, momentum et adam, {epochs} époques depuis un même départ</translation>
    </message>
</context>
<context>
    <name>scene_words</name>
    <message>
        <source>line p = {m}·x{c}</source>
        <extracomment>the description is rewritten at most this often (a run changes it at every frame) R² is said up to this many points (beyond, the readouts show it; a run would pay for it twice)</extracomment>
        <translation>droite p = {m}·x{c}</translation>
    </message>
    <message>
        <source>constant p = {c}</source>
        <translation>constante p = {c}</translation>
    </message>
    <message>
        <source>decision boundary {b0}{b1}·x1{b2}·x2 = 0</source>
        <translation>frontière de décision {b0}{b1}·x1{b2}·x2 = 0</translation>
    </message>
    <message>
        <source>curve p = {c}{powers}</source>
        <translation>courbe p = {c}{powers}</translation>
    </message>
    <message>
        <source>coefficients {values}</source>
        <translation>coefficients {values}</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} points</translation>
    </message>
    <message>
        <source>no points: Enter adds one at the keyboard cursor (K)</source>
        <translation>aucun point : Enter en ajoute un au curseur clavier (K)</translation>
    </message>
    <message>
        <source>{count} of class {label}</source>
        <translation>{count} de la classe {label}</translation>
    </message>
    <message>
        <source>{loss} {value} at epoch {epoch}</source>
        <translation>{loss} {value} à l&apos;époque {epoch}</translation>
    </message>
    <message>
        <source>exact {loss} {value}</source>
        <translation>{loss} de la solution exacte {value}</translation>
    </message>
    <message>
        <source>Fit canvas</source>
        <translation>Zone de dessin de l&apos;ajustement</translation>
    </message>
</context>
<context>
    <name>schedule_group</name>
    <message>
        <source>Stop when J has stayed within a band of relative width tol for K epochs (max J − min J ≤ tol·max |J|): the descent has settled</source>
        <translation>Arrêter quand J est resté K époques dans une bande de largeur relative tol (max J − min J ≤ tol·max |J|) : la descente s&apos;est stabilisée</translation>
    </message>
    <message>
        <source>Stop when the gradient&apos;s norm ‖∇J‖ falls to this: the ground is flat, the steps go nowhere</source>
        <translation>Arrêter quand la norme du gradient ‖∇J‖ tombe à cette valeur : le terrain est plat, les pas ne mènent nulle part</translation>
    </message>
    <message>
        <source>Rate and stop</source>
        <translation>Taux et arrêt</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch: a decaying rate lets MAE&apos;s zig-zag settle</source>
        <translation>Comment le taux d&apos;apprentissage change d&apos;une époque à l&apos;autre : un taux décroissant laisse le zigzag de MAE se stabiliser</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>planification du taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>factor F</source>
        <translation>facteur F</translation>
    </message>
    <message>
        <source>every K epochs</source>
        <translation>toutes les K époques</translation>
    </message>
    <message>
        <source>half-life τ</source>
        <translation>demi-vie τ</translation>
    </message>
    <message>
        <source>decay γ</source>
        <translation>décroissance γ</translation>
    </message>
    <message>
        <source>The rate of epoch t + 1 (t: the epochs already run)</source>
        <translation>Le taux de l&apos;époque t + 1 (t : les époques déjà effectuées)</translation>
    </message>
    <message>
        <source>stop when J settles</source>
        <translation>arrêt si J est stable</translation>
    </message>
    <message>
        <source>relative tolerance</source>
        <translation>tolérance relative</translation>
    </message>
    <message>
        <source>over K epochs</source>
        <translation>sur K époques</translation>
    </message>
    <message>
        <source>stop when ‖∇J‖ ≤</source>
        <translation>arrêt si ‖∇J‖ ≤</translation>
    </message>
    <message>
        <source>gradient-norm threshold</source>
        <translation>seuil de la norme du gradient</translation>
    </message>
</context>
<context>
    <name>score_bar</name>
    <message>
        <source>score bar</source>
        <translation>barre de score</translation>
    </message>
    <message>
        <source>my {loss} {mine}, best {loss} {best}</source>
        <translation>mon {loss} {mine}, meilleur {loss} {best}</translation>
    </message>
    <message>
        <source>my {loss}</source>
        <translation>mon {loss}</translation>
    </message>
    <message>
        <source>best {loss}</source>
        <translation>meilleur {loss}</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>{name}: no such file</source>
        <extracomment>my line (issue 16): {&quot;model&quot;, &quot;coefficients&quot;, &quot;shown&quot;}; None in sessions from before it numbers formatted at once by `write_session_in_pieces`: another thread waits at most for one piece</extracomment>
        <translation>{name} : fichier introuvable</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({why})</source>
        <translation>{name} : impossible de lire ({why})</translation>
    </message>
    <message>
        <source>{name}: not a lossexplorer session (not UTF-8 text)</source>
        <translation>{name} : pas une session lossexplorer (pas du texte UTF-8)</translation>
    </message>
    <message>
        <source>{name}, line {line}, column {column}: damaged session ({why})</source>
        <translation>{name}, ligne {line}, colonne {column} : session endommagée ({why})</translation>
    </message>
    <message>
        <source>{name}: not a lossexplorer session</source>
        <translation>{name} : pas une session lossexplorer</translation>
    </message>
    <message>
        <source>{name}: damaged session (format version {version})</source>
        <translation>{name} : session endommagée (version de format {version})</translation>
    </message>
    <message>
        <source>{name}: written by a newer lossexplorer (format {version}; this one reads up to {newest})</source>
        <translation>{name} : écrite par un lossexplorer plus récent (format {version} ; celui-ci lit jusqu&apos;au {newest})</translation>
    </message>
    <message>
        <source>{name}: damaged session ({why})</source>
        <translation>{name} : session endommagée ({why})</translation>
    </message>
    <message>
        <source>{name}: damaged session ({where} must be a list of numbers)</source>
        <translation>{name} : session endommagée ({where} doit être une liste de nombres)</translation>
    </message>
    <message>
        <source>{name}: damaged session ({where}[{i}] is {value}, not a finite number)</source>
        <translation>{name} : session endommagée ({where}[{i}] vaut {value}, pas un nombre fini)</translation>
    </message>
    <message>
        <source>{name}: damaged session (no points)</source>
        <translation>{name} : session endommagée (aucun point)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.x has {nx} values, points.y {ny})</source>
        <translation>{name} : session endommagée (points.x a {nx} valeurs, points.y {ny})</translation>
    </message>
    <message>
        <source>{name}: damaged session (mode {mode} with the model {model})</source>
        <translation>{name} : session endommagée (mode {mode} avec le modèle {model})</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.labels has {nl} values, points.x {nx})</source>
        <translation>{name} : session endommagée (points.labels a {nl} valeurs, points.x {nx})</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.labels[{i}] is {value}, not 0 or 1)</source>
        <translation>{name} : session endommagée (points.labels[{i}] vaut {value}, ni 0 ni 1)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.labels[{i}] is {value}, not a whole number 0 … {top} ({model}))</source>
        <translation>{name} : session endommagée (points.labels[{i}] vaut {value}, pas un entier 0 … {top} ({model}))</translation>
    </message>
    <message>
        <source>{name}: damaged session ({where} has {n} values; {model} needs {k})</source>
        <translation>{name} : session endommagée ({where} a {n} valeurs ; {model} en demande {k})</translation>
    </message>
    <message>
        <source>{name}: damaged session (view must be an object)</source>
        <translation>{name} : session endommagée (view doit être un objet)</translation>
    </message>
    <message>
        <source>{name}: damaged session (view.overlays must map names to true or false)</source>
        <translation>{name} : session endommagée (view.overlays doit associer true ou false à chaque nom)</translation>
    </message>
    <message>
        <source>{name}: damaged session (view.range must be a list of 4 numbers)</source>
        <translation>{name} : session endommagée (view.range doit être une liste de 4 nombres)</translation>
    </message>
    <message>
        <source>its view range could not be shown, so the view frames the points</source>
        <translation>sa plage d&apos;affichage ne pouvait pas être montrée, la vue cadre donc les points</translation>
    </message>
    <message>
        <source>{name}: damaged session (my_line needs a model name and shown true or false)</source>
        <translation>{name} : session endommagée (my_line demande un nom de modèle et shown true ou false)</translation>
    </message>
    <message>
        <source>{name}: damaged session (my_line: {why})</source>
        <translation>{name} : session endommagée (my_line : {why})</translation>
    </message>
    <message>
        <source>{name}: damaged session (my_line has {n} coefficients; {model} needs {k})</source>
        <translation>{name} : session endommagée (my_line a {n} coefficients ; {model} en demande {k})</translation>
    </message>
    <message>
        <source>{name}: damaged session (my_line has coefficients but no model)</source>
        <translation>{name} : session endommagée (my_line a des coefficients mais aucun modèle)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.held must be a list of point indices)</source>
        <translation>{name} : session endommagée (points.held doit être une liste d&apos;indices de points)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.held[{k}] is {i}, twice)</source>
        <translation>{name} : session endommagée (points.held[{k}] vaut {i}, en double)</translation>
    </message>
    <message>
        <source>{name}: damaged session (points.held[{k}] is {i}, not one of the {n} points)</source>
        <translation>{name} : session endommagée (points.held[{k}] vaut {i}, qui n&apos;est aucun des {n} points)</translation>
    </message>
    <message>
        <source>{name}: damaged session (pins must be a list)</source>
        <translation>{name} : session endommagée (pins doit être une liste)</translation>
    </message>
    <message>
        <source>kept the first {kept} of its {count} pins (the window holds {kept})</source>
        <translation>seuls les {kept} premiers de ses {count} ajustements épinglés sont gardés (la fenêtre en contient {kept})</translation>
    </message>
    <message>
        <source>{name}: damaged session (pin {pin} needs a label and a colour)</source>
        <translation>{name} : session endommagée (l&apos;ajustement épinglé {pin} demande une étiquette et une couleur)</translation>
    </message>
    <message>
        <source>{name}: damaged session (pin {pin}: {why})</source>
        <translation>{name} : session endommagée (ajustement épinglé {pin} : {why})</translation>
    </message>
    <message>
        <source>{name}: damaged session (pin {pin} has {n} coefficients)</source>
        <translation>{name} : session endommagée (l&apos;ajustement épinglé {pin} a {n} coefficients)</translation>
    </message>
    <message>
        <source>pin {pin}&apos;s label was shortened or had control characters replaced</source>
        <translation>l&apos;étiquette de l&apos;ajustement épinglé {pin} a été raccourcie ou ses caractères de contrôle remplacés</translation>
    </message>
    <message>
        <source>{name}: damaged session (no settings)</source>
        <translation>{name} : session endommagée (aucun réglage)</translation>
    </message>
    <message>
        <source>{name}: damaged session (setting {setting} is {value})</source>
        <translation>{name} : session endommagée (le réglage {setting} vaut {value})</translation>
    </message>
</context>
<context>
    <name>shape_views</name>
    <message>
        <source>the loss ℓ(e)</source>
        <extracomment>the losses drawn faintly beside the chosen one: the menus&apos; losses of each task that average over the points (a sum&apos;s curve is the mean&apos;s) and are drawn against the same variable: the error (not Poisson&apos;s f), the margin (not the cross-entropy&apos;s p̂ of K classes) the classification losses compared against the margin, and the 0-1 loss for reference the pens of the losses compared with the chosen one (a thick vermillion line), in the order of each task&apos;s list: the palette&apos;s strong colours at full strength, thinner, and each its own dashes, so that two never read alike on a projector the margin axis runs over [−MARGIN_REACH, MARGIN_REACH] at least, widened to show the ticks but never beyond ±MARGIN_LIMIT (one far point must not squash the curves) (value plot, slope plot, x axis, slope axis), translated where they are shown</extracomment>
        <translation>perte ℓ(e)</translation>
    </message>
    <message>
        <source>its slope dℓ/de: how hard a point pulls</source>
        <translation>sa pente dℓ/de : avec quelle force un point tire</translation>
    </message>
    <message>
        <source>error e = p − y</source>
        <translation>erreur e = p − y</translation>
    </message>
    <message>
        <source>the loss ℓ(m) against the margin m = t·z</source>
        <translation>perte ℓ(m) en fonction de la marge m = t·z</translation>
    </message>
    <message>
        <source>its slope dℓ/dm: how hard a point pulls</source>
        <translation>sa pente dℓ/dm : avec quelle force un point tire</translation>
    </message>
    <message>
        <source>margin t·z</source>
        <translation>marge t·z</translation>
    </message>
    <message>
        <source>the loss ℓ(p) against p, the probability given to the true class</source>
        <translation>perte ℓ(p) en fonction de p, la probabilité donnée à la vraie classe</translation>
    </message>
    <message>
        <source>its slope dℓ/dp: how hard a point pulls</source>
        <translation>sa pente dℓ/dp : avec quelle force un point tire</translation>
    </message>
    <message>
        <source>probability p of the true class</source>
        <translation>probabilité p de la vraie classe</translation>
    </message>
    <message>
        <source>boundary m = 0</source>
        <extracomment>p̂ runs over [P_LOW, 1]: −log p̂ grows without end toward 0 the widest error axis drawn: ℓ(e) = e² of a wider one overflows the plot&apos;s range whether the view now shows the classification (margin) curves the decision boundary m = 0 and hinge&apos;s margin m = 1, one line in each plot</extracomment>
        <translation>frontière m = 0</translation>
    </message>
    <message>
        <source>margin m = 1</source>
        <translation>marge m = 1</translation>
    </message>
    <message>
        <source>−log p (no smoothing)</source>
        <translation>−log p (sans lissage)</translation>
    </message>
    <message>
        <source>0-1 loss</source>
        <translation>perte 0-1</translation>
    </message>
    <message>
        <source>the chosen loss</source>
        <translation>perte choisie</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;{beyond} of {count} points&lt;/span&gt; sit in the linear part (|e| &amp;gt; {symbol} = {edge}): they pull with the constant force {symbol}.</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;{beyond} points sur {count}&lt;/span&gt; sont dans la partie linéaire (|e| &amp;gt; {symbol} = {edge}) : ils tirent avec la force constante {symbol}.</translation>
    </message>
    <message>
        <source>Top: what one point costs when the line misses it by e. Bottom: how hard that point pulls the line (the slope). The ticks on the e axis are the points&apos; errors now.</source>
        <translation>En haut : ce que coûte un point quand la droite le manque de e. En bas : avec quelle force ce point tire sur la droite (la pente). Les traits sur l&apos;axe e sont les erreurs actuelles des points.</translation>
    </message>
    <message>
        <source>dℓ/de for {loss}</source>
        <translation>dℓ/de pour {loss}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;{wrong} of {count} points&lt;/span&gt; are misclassified (m &amp;lt; 0).</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;{wrong} points sur {count}&lt;/span&gt; sont mal classés (m &amp;lt; 0).</translation>
    </message>
    <message>
        <source>{pulling} lie inside the margin (m &amp;lt; 1) and pull; the rest pull with no force.</source>
        <translation>{pulling} sont dans la marge (m &amp;lt; 1) et tirent ; les autres ne tirent pas du tout.</translation>
    </message>
    <message>
        <source>{outside} lie beyond the drawn range (|m| &amp;gt; {limit}).</source>
        <translation>{outside} sont hors de la plage tracée (|m| &amp;gt; {limit}).</translation>
    </message>
    <message>
        <source>Top: what one point costs; bottom: how hard it pulls the boundary. A point on its own class&apos;s side has a positive margin m, and the further inside, the larger.</source>
        <translation>En haut : ce que coûte un point ; en bas : avec quelle force il tire sur la frontière. Un point du côté de sa propre classe a une marge m positive, d&apos;autant plus grande qu&apos;il est loin à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{loss}&lt;/b&gt;: ℓ(m) = {formula}, margin m = t·z, t = 2y − 1 = ±1.</source>
        <translation>&lt;b&gt;{loss}&lt;/b&gt; : ℓ(m) = {formula}, marge m = t·z, t = 2y − 1 = ±1.</translation>
    </message>
    <message>
        <source>The ticks are the current margins (m &amp;gt; 0: the right side of the boundary). Grey step: the 0-1 loss, the error count; its slope is 0 wherever it exists, nothing for gradient descent to follow.</source>
        <translation>Les traits sont les marges actuelles (m &amp;gt; 0 : le bon côté de la frontière). Marche grise : la perte 0-1, le nombre d&apos;erreurs ; sa pente vaut 0 partout où elle existe, la descente de gradient n&apos;a rien à suivre.</translation>
    </message>
    <message>
        <source>the loss ℓ against the {axis}</source>
        <translation>perte ℓ en fonction de : {axis}</translation>
    </message>
    <message>
        <source>its slope dℓ/d{variable}: how hard a point pulls</source>
        <translation>sa pente dℓ/d{variable} : avec quelle force un point tire</translation>
    </message>
    <message>
        <source>least at p = {p}</source>
        <translation>minimum en p = {p}</translation>
    </message>
    <message>
        <source>With K = {classes} classes a point is surely right at p = 1 and given up at p → 0, where −log p grows without end.</source>
        <translation>Avec K = {classes} classes, un point est sûrement juste en p = 1 et abandonné en p → 0, où −log p croît sans limite.</translation>
    </message>
    <message>
        <source>Label smoothing ε = {smoothing} trains on the targets (1 − ε)·y + ε/K: the loss is least at p = 1 − ε + ε/K = {best}, and a surer prediction costs more again: no point is worth being sure of, so the weights stay finite.</source>
        <translation>Le lissage des étiquettes ε = {smoothing} entraîne sur les cibles (1 − ε)·y + ε/K : la perte est minimale en p = 1 − ε + ε/K = {best}, et une prédiction plus sûre coûte à nouveau davantage : aucun point ne vaut une certitude totale, donc les poids restent finis.</translation>
    </message>
    <message>
        <source>The ticks are the points&apos; p now; &lt;span style=&apos;color:{colour}&apos;&gt;{low} of {count}&lt;/span&gt; get less than 1/K = {share}.</source>
        <translation>Les traits sont les p actuels des points ; &lt;span style=&apos;color:{colour}&apos;&gt;{low} sur {count}&lt;/span&gt; reçoivent moins de 1/K = {share}.</translation>
    </message>
    <message>
        <source>ℓ is least where the predicted mean exp(f) equals the count.</source>
        <translation>ℓ est minimale là où la moyenne prédite exp(f) est égale au comptage.</translation>
    </message>
    <message>
        <source>Top: what one point costs; bottom: how hard it pulls (the slope, {slope}).</source>
        <translation>En haut : ce que coûte un point ; en bas : avec quelle force il tire (la pente, {slope}).</translation>
    </message>
    <message>
        <source>{loss}: slope {formula}</source>
        <translation>{loss} : pente {formula}</translation>
    </message>
    <message>
        <source>residual r = y − p</source>
        <translation>résidu r = y − p</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densité</translation>
    </message>
    <message>
        <source>P(Y = y) under Poisson(exp(f(x)))</source>
        <translation>P(Y = y) selon Poisson(exp(f(x)))</translation>
    </message>
    <message>
        <source>Add points (counts y ≥ 0) to see the probability the fit gives each.</source>
        <translation>Ajoutez des points (comptages y ≥ 0) pour voir la probabilité que l&apos;ajustement donne à chacun.</translation>
    </message>
    <message>
        <source>Each bar is the probability the fit gives the count seen at that x; the curve the probability of the most likely count there, as high as a bar can reach.</source>
        <translation>Chaque barre est la probabilité que l&apos;ajustement donne au comptage observé en ce x ; la courbe, la probabilité du comptage le plus probable à cet endroit, la hauteur maximale qu&apos;une barre peut atteindre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Poisson counts&lt;/b&gt;: y ~ Poisson(exp(f(x))).</source>
        <translation>&lt;b&gt;Comptages de Poisson&lt;/b&gt; : y ~ Poisson(exp(f(x))).</translation>
    </message>
    <message>
        <source>Negative log-likelihood of the counts: &lt;b&gt;{nll}&lt;/b&gt; = Σℓ + Σ log y! = {sum} + {constant}; the loss J = {objective} (the mean of ℓ = exp(f) − y·f, without log y!, so it can be negative). Minimising one minimises the other.</source>
        <translation>Log-vraisemblance négative des comptages : &lt;b&gt;{nll}&lt;/b&gt; = Σℓ + Σ log y! = {sum} + {constant} ; la perte J = {objective} (la moyenne de ℓ = exp(f) − y·f, sans log y!, elle peut donc être négative). Minimiser l&apos;une minimise l&apos;autre.</translation>
    </message>
    <message>
        <source>The residuals reach {largest}: too large to fit a noise to (their squares overflow).</source>
        <translation>Les résidus atteignent {largest} : trop grands pour y ajuster un bruit (leurs carrés débordent).</translation>
    </message>
    <message>
        <source>Add at least two points to see their residuals.</source>
        <translation>Ajoutez au moins deux points pour voir leurs résidus.</translation>
    </message>
    <message>
        <source>The bars are how far the points lie from the fit; the curve is the spread of errors this loss expects (for MSE the bell-shaped Gaussian).</source>
        <translation>Les barres montrent à quelle distance de l&apos;ajustement se trouvent les points ; la courbe est la dispersion des erreurs qu&apos;attend cette fonction de perte (pour la MSE, la courbe en cloche de Gauss).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{noise} noise&lt;/b&gt;, fitted by maximum likelihood ({scale}).</source>
        <translation>&lt;b&gt;Bruit : {noise}&lt;/b&gt;, ajusté par maximum de vraisemblance ({scale}).</translation>
    </message>
    <message>
        <source>Negative log-likelihood of the residuals: &lt;b&gt;{nll}&lt;/b&gt; = Σℓ/τ + n·log Z(τ); the loss J = {objective}. Minimising one minimises the other.</source>
        <translation>Log-vraisemblance négative des résidus : &lt;b&gt;{nll}&lt;/b&gt; = Σℓ/τ + n·log Z(τ) ; la perte J = {objective}. Minimiser l&apos;une minimise l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>simulate_cli</name>
    <message>
        <source>Hang a bar from springs on the points, let it go from the horizontal at the mean of y, and print where it comes to rest. Spring i stores (k/2)·ℓ(e_i), so with k = 2 and squared error the springs&apos; energy is the SSE.</source>
        <translation>Suspend une barre à des ressorts fixés aux points, la lâche à l&apos;horizontale à la hauteur de la moyenne de y et affiche où elle s&apos;immobilise. Le ressort i stocke (k/2)·ℓ(e_i) : avec k = 2 et l&apos;erreur quadratique, l&apos;énergie des ressorts est la somme des carrés des résidus (SSE).</translation>
    </message>
    <message>
        <source>drag per point, b ≥ 0</source>
        <translation>amortissement par point, b ≥ 0</translation>
    </message>
    <message>
        <source>the bar&apos;s mass per point</source>
        <translation>la masse de la barre par point</translation>
    </message>
    <message>
        <source>spring constant k</source>
        <translation>raideur du ressort k</translation>
    </message>
    <message>
        <source>seconds to run</source>
        <translation>durée en secondes</translation>
    </message>
    <message>
        <source>energy samples, 2 to 1000</source>
        <translation>échantillons d&apos;énergie, de 2 à 1000</translation>
    </message>
    <message>
        <source>the bar came to rest</source>
        <translation>la barre s&apos;est immobilisée</translation>
    </message>
    <message>
        <source>the bar is still moving after {time} s (try a longer --time or more --damping)</source>
        <translation>la barre bouge encore après {time} s (essayez un --time plus long ou plus de --damping)</translation>
    </message>
</context>
<context>
    <name>split_actions</name>
    <message>
        <source>Hold out {share}</source>
        <translation>Mettre {share} de côté</translation>
    </message>
    <message>
        <source>Hold out a random {share} of the points (hollow): J and the gradient leave them out, the readouts and the loss curve show J on them too; again draws other points</source>
        <translation>Mettre de côté {share} des points au hasard (évidés) : J et le gradient les ignorent, les affichages et la courbe de perte montrent aussi J sur eux ; recommencer tire d’autres points</translation>
    </message>
    <message>
        <source>Hold out none</source>
        <translation>Aucun mis de côté</translation>
    </message>
    <message>
        <source>Every point back in J: no held-out points</source>
        <translation>Tous les points de retour dans J : aucun point mis de côté</translation>
    </message>
    <message>
        <source>Hold out the selected point</source>
        <translation>Mettre de côté le point sélectionné</translation>
    </message>
    <message>
        <source>Hold the selected point out of J, or take it back (T)</source>
        <translation>Retirer de J le point sélectionné, ou l’y remettre (T)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>Train on point {n}</source>
        <translation>Entraîner sur le point {n}</translation>
    </message>
    <message>
        <source>Hold out point {n}</source>
        <translation>Mettre de côté le point {n}</translation>
    </message>
    <message>
        <source>Remove point {n}</source>
        <translation>Retirer le point {n}</translation>
    </message>
</context>
<context>
    <name>teacher_guide</name>
    <message>
        <source>Teacher guide</source>
        <translation>Guide de l’enseignant</translation>
    </message>
    <message>
        <source>lossexplorer shows what a loss function is and how gradient descent finds its minimum. This guide gives a lesson plan for each view: &lt;b&gt;what to click&lt;/b&gt;, &lt;b&gt;what to ask the class&lt;/b&gt;, and &lt;b&gt;what to point at&lt;/b&gt;. Every step works with the keyboard, so you can teach from the front with a wireless keyboard or a clicker.</source>
        <translation>lossexplorer montre ce qu’est une fonction de perte et comment la descente de gradient trouve son minimum. Ce guide propose un plan de séance pour chaque vue : &lt;b&gt;où cliquer&lt;/b&gt;, &lt;b&gt;quoi demander à la classe&lt;/b&gt; et &lt;b&gt;que montrer&lt;/b&gt;. Chaque étape fonctionne au clavier : vous pouvez enseigner depuis le tableau avec un clavier sans fil ou une télécommande.</translation>
    </message>
    <message>
        <source>Before the class</source>
        <translation>Avant la séance</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;F5&lt;/b&gt; for projector mode: larger text, thicker lines, the side panels in one column of tabs.</source>
        <translation>Appuyez sur &lt;b&gt;F5&lt;/b&gt; pour le mode projecteur : texte plus grand, traits plus épais, panneaux latéraux réunis en une colonne d’onglets.</translation>
    </message>
    <message>
        <source>The app opens on the preset &lt;i&gt;noisy-line&lt;/i&gt;: ten points near the line y = x. Each preset sets a learning rate, a number of epochs and a speed under which the descent takes about five seconds to reach the answer; the status bar at the bottom says what was chosen.</source>
        <translation>L’application s’ouvre sur le jeu d’exemple &lt;i&gt;noisy-line&lt;/i&gt; : dix points près de la droite y = x. Chaque jeu d’exemple fixe un taux d’apprentissage, un nombre d’époques et une vitesse avec lesquels la descente met environ cinq secondes à atteindre la solution ; la barre d’état en bas indique ce qui a été choisi.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;exact answer&lt;/b&gt; (the dashed line) is hidden until you press &lt;b&gt;E&lt;/b&gt;, so the class can guess first.</source>
        <translation>La &lt;b&gt;solution exacte&lt;/b&gt; (la droite en tirets) reste cachée jusqu’à ce que vous appuyiez sur &lt;b&gt;E&lt;/b&gt;, pour que la classe puisse d’abord deviner.</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → New lesson&lt;/b&gt; (Ctrl+N) starts again from the first preset. Save a prepared lesson with Ctrl+S and open it in class with Ctrl+O: its points, settings and pinned fits come back.</source>
        <translation>&lt;b&gt;Fichier → Nouvelle leçon&lt;/b&gt; (Ctrl+N) repart du premier jeu d’exemple. Enregistrez une leçon préparée avec Ctrl+S et ouvrez-la en classe avec Ctrl+O : ses points, ses réglages et ses ajustements épinglés reviennent.</translation>
    </message>
    <message>
        <source>The keys you will use most</source>
        <translation>Les touches les plus utiles</translation>
    </message>
    <message>
        <source>key</source>
        <translation>touche</translation>
    </message>
    <message>
        <source>what it does</source>
        <translation>ce qu’elle fait</translation>
    </message>
    <message>
        <source>run the descent, or pause it</source>
        <translation>lancer la descente, ou la mettre en pause</translation>
    </message>
    <message>
        <source>one epoch (one step of gradient descent over all the points)</source>
        <translation>une époque (un pas de descente de gradient sur tous les points)</translation>
    </message>
    <message>
        <source>back to the start: the flat line β = 0, epoch 0</source>
        <translation>retour au début : la droite horizontale β = 0, époque 0</translation>
    </message>
    <message>
        <source>pick a loss: 1 MSE, 4 MAE, 6 Huber (the Loss menu lists them all)</source>
        <translation>choisir une perte : 1 MSE, 4 MAE, 6 Huber (le menu Perte les liste toutes)</translation>
    </message>
    <message>
        <source>pin the current fit, to compare it with the next one</source>
        <translation>épingler l’ajustement actuel, pour le comparer au suivant</translation>
    </message>
    <message>
        <source>reveal the exact answer, or hide it again</source>
        <translation>révéler la solution exacte, ou la masquer à nouveau</translation>
    </message>
    <message>
        <source>undo the last change of the points or settings</source>
        <translation>annuler la dernière modification des points ou des réglages</translation>
    </message>
    <message>
        <source>projector mode</source>
        <translation>mode projecteur</translation>
    </message>
    <message>
        <source>every shortcut</source>
        <translation>tous les raccourcis</translation>
    </message>
    <message>
        <source>Fit: the line, the points and the squares (10 minutes)</source>
        <translation>Ajustement : la droite, les points et les carrés (10 minutes)</translation>
    </message>
    <message>
        <source>The canvas shows the points, the current line (red), and one square per point: its side is the distance from the point to the line (the &lt;i&gt;residual&lt;/i&gt;), so its area is the squared error. The total red area is the &lt;b&gt;RSS&lt;/b&gt;, the sum of squared errors.</source>
        <translation>Le graphique montre les points, la droite actuelle (rouge) et un carré par point : son côté est la distance du point à la droite (le &lt;i&gt;résidu&lt;/i&gt;), donc son aire est l’erreur au carré. L’aire rouge totale est la &lt;b&gt;RSS&lt;/b&gt;, la somme des carrés des résidus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ask:&lt;/b&gt; &quot;Where would you draw the best line?&quot; Let someone come up and point. Press &lt;b&gt;E&lt;/b&gt; to reveal the exact answer (dashed), then &lt;b&gt;E&lt;/b&gt; again to hide it.</source>
        <translation>&lt;b&gt;Demandez :&lt;/b&gt; « Où traceriez-vous la meilleure droite ? » Laissez quelqu’un venir la montrer. Appuyez sur &lt;b&gt;E&lt;/b&gt; pour révéler la solution exacte (en tirets), puis de nouveau sur &lt;b&gt;E&lt;/b&gt; pour la masquer.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Point at&lt;/b&gt; the red squares shrinking as the line turns and slides into place, and at the loss curve on the right falling. &lt;b&gt;Ask:&lt;/b&gt; &quot;Why does it slow down near the end?&quot; (The slope of J gets smaller near the bottom, and each step is the learning rate times that slope.)</source>
        <translation>Appuyez sur &lt;b&gt;Espace&lt;/b&gt;. &lt;b&gt;Montrez&lt;/b&gt; les carrés rouges qui rétrécissent pendant que la droite tourne et glisse en place, et la courbe de perte qui descend à droite. &lt;b&gt;Demandez :&lt;/b&gt; « Pourquoi ralentit-elle vers la fin ? » (La pente de J diminue près du fond, et chaque pas vaut le taux d’apprentissage fois cette pente.)</translation>
    </message>
    <message>
        <source>When it stops, the status bar says how close J is to the exact answer&apos;s J. Near the bottom J is nearly flat, so the last stretch is slow: press &lt;b&gt;Space&lt;/b&gt; again to settle the line onto the answer, then &lt;b&gt;E&lt;/b&gt; to reveal the dashed exact answer under it. &lt;b&gt;Point at&lt;/b&gt; the least-squares checklist: all five ticks appear once the line is on the answer.</source>
        <translation>Quand elle s’arrête, la barre d’état indique à quel point J est proche du J de la solution exacte. Près du fond, J est presque plate, donc le dernier bout est lent : appuyez de nouveau sur &lt;b&gt;Espace&lt;/b&gt; pour poser la droite sur la solution, puis sur &lt;b&gt;E&lt;/b&gt; pour révéler en dessous la solution exacte en tirets. &lt;b&gt;Montrez&lt;/b&gt; la liste de contrôle des moindres carrés : les cinq coches apparaissent dès que la droite est sur la solution.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; an empty spot far above the line to add an &lt;b&gt;outlier&lt;/b&gt;. The descent starts again from where it was. &lt;b&gt;Ask:&lt;/b&gt; &quot;How much will one point move the line?&quot; Press &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Point at&lt;/b&gt; the outlier&apos;s huge square: squaring makes a far point count a lot.</source>
        <translation>&lt;b&gt;Cliquez&lt;/b&gt; sur un endroit vide bien au-dessus de la droite pour ajouter une &lt;b&gt;valeur aberrante&lt;/b&gt;. La descente repart de là où elle était. &lt;b&gt;Demandez :&lt;/b&gt; « De combien un seul point va-t-il déplacer la droite ? » Appuyez sur &lt;b&gt;Espace&lt;/b&gt;. &lt;b&gt;Montrez&lt;/b&gt; l’énorme carré de la valeur aberrante : le carré fait beaucoup compter un point éloigné.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;P&lt;/b&gt; to pin this MSE fit. Press &lt;b&gt;4&lt;/b&gt; (MAE) and &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Ask:&lt;/b&gt; &quot;Why did MAE move less?&quot; (Every point pulls with the same force, however far away it is.) Press &lt;b&gt;6&lt;/b&gt; (Huber) and &lt;b&gt;Space&lt;/b&gt;: in between. The pinned lines stay for comparison.</source>
        <translation>Appuyez sur &lt;b&gt;P&lt;/b&gt; pour épingler cet ajustement MSE. Appuyez sur &lt;b&gt;4&lt;/b&gt; (MAE) puis sur &lt;b&gt;Espace&lt;/b&gt;. &lt;b&gt;Demandez :&lt;/b&gt; « Pourquoi MAE a-t-elle moins bougé ? » (Chaque point tire avec la même force, quelle que soit sa distance.) Appuyez sur &lt;b&gt;6&lt;/b&gt; (Huber) puis sur &lt;b&gt;Espace&lt;/b&gt; : entre les deux. Les droites épinglées restent pour comparer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point at&lt;/b&gt; the readouts on the right: J, RSS, R² (the share of the spread the line explains) and Pearson&apos;s r. The checklist of least-squares properties is all ticked for MSE, and not for MAE or Huber.</source>
        <translation>&lt;b&gt;Montrez&lt;/b&gt; les affichages à droite : J, RSS, R² (la part de la dispersion que la droite explique) et le r de Pearson. La liste des propriétés des moindres carrés est entièrement cochée pour MSE, pas pour MAE ni Huber.</translation>
    </message>
    <message>
        <source>&lt;i&gt;If MAE stops short of the answer&lt;/i&gt;, the status bar says so and why: MAE&apos;s slope has the same size however close the line is, so each step overshoots. A smaller learning rate, or Adam, gets closer.</source>
        <translation>&lt;i&gt;Si MAE s’arrête avant la solution&lt;/i&gt;, la barre d’état le dit, et pourquoi : la pente de MAE garde la même taille, si proche que soit la droite, donc chaque pas dépasse le but. Un taux d’apprentissage plus petit, ou Adam, s’en approche davantage.</translation>
    </message>
    <message>
        <source>Landscape: J as a surface, and the way down (5 minutes)</source>
        <translation>Paysage : J comme surface, et le chemin vers le bas (5 minutes)</translation>
    </message>
    <message>
        <source>The map shows J for every line: across, the intercept c; up, the slope m. Dark is low J (the colour bar on the right gives the values). The star is the exact minimum; the red dots are the descent, one per epoch.</source>
        <translation>La carte montre J pour chaque droite : en abscisse l’ordonnée à l’origine c, en ordonnée la pente m. Sombre signifie J faible (la barre de couleurs à droite donne les valeurs). L’étoile est le minimum exact ; les points rouges sont la descente, un par époque.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ask:&lt;/b&gt; &quot;Where on this map is the best line?&quot; (At the bottom of the valley: the star.)</source>
        <translation>&lt;b&gt;Demandez :&lt;/b&gt; « Où se trouve la meilleure droite sur cette carte ? » (Au fond de la vallée : l’étoile.)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click&lt;/b&gt; anywhere on the map: the descent starts there and runs. &lt;b&gt;Point at&lt;/b&gt; how it goes straight down the steep sides first, then along the valley floor.</source>
        <translation>&lt;b&gt;Cliquez&lt;/b&gt; n’importe où sur la carte : la descente part de là et se lance. &lt;b&gt;Montrez&lt;/b&gt; comment elle dévale d’abord les pentes raides tout droit, puis suit le fond de la vallée.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Race optimizers&lt;/b&gt;: gradient descent, stochastic gradient descent, momentum and Adam start from the same point and move epoch by epoch together. The line above the map says who gets within 1% of the exact J first. &lt;b&gt;Ask:&lt;/b&gt; &quot;Why does momentum overshoot and swing back?&quot;</source>
        <translation>Appuyez sur &lt;b&gt;Course des optimiseurs&lt;/b&gt; : descente de gradient, descente de gradient stochastique, momentum et Adam partent du même point et avancent ensemble, époque par époque. La ligne au-dessus de la carte dit qui arrive le premier à moins de 1 % du J exact. &lt;b&gt;Demandez :&lt;/b&gt; « Pourquoi momentum dépasse-t-il le but et revient-il en arrière ? »</translation>
    </message>
    <message>
        <source>Loss shape: why each loss behaves as it does (3 minutes)</source>
        <translation>Forme de la perte : pourquoi chaque perte se comporte ainsi (3 minutes)</translation>
    </message>
    <message>
        <source>The top plot is the loss of one point against its error e; the bottom plot is its slope, the force with which the point pulls the line. The ticks on the e axis are the current errors.</source>
        <translation>Le graphique du haut est la perte d’un point en fonction de son erreur e ; celui du bas est sa pente, la force avec laquelle le point tire la droite. Les traits sur l’axe e sont les erreurs actuelles.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;1&lt;/b&gt; (MSE): &lt;b&gt;point at&lt;/b&gt; the parabola and its straight, rising slope: a far point pulls hard.</source>
        <translation>Appuyez sur &lt;b&gt;1&lt;/b&gt; (MSE) : &lt;b&gt;montrez&lt;/b&gt; la parabole et sa pente rectiligne et croissante : un point éloigné tire fort.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;4&lt;/b&gt; (MAE): the V and its flat slope: every point pulls the same.</source>
        <translation>Appuyez sur &lt;b&gt;4&lt;/b&gt; (MAE) : le V et sa pente plate : chaque point tire autant.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;6&lt;/b&gt; (Huber): a parabola near 0, straight beyond δ. &lt;b&gt;Ask:&lt;/b&gt; &quot;Which points are in the straight part?&quot; (The red ticks: the outliers.)</source>
        <translation>Appuyez sur &lt;b&gt;6&lt;/b&gt; (Huber) : une parabole près de 0, droite au-delà de δ. &lt;b&gt;Demandez :&lt;/b&gt; « Quels points sont dans la partie droite ? » (Les traits rouges : les valeurs aberrantes.)</translation>
    </message>
    <message>
        <source>Noise: what each loss assumes about the errors (3 minutes)</source>
        <translation>Bruit : ce que chaque perte suppose des erreurs (3 minutes)</translation>
    </message>
    <message>
        <source>The bars are the residuals of the current fit; the curve is the kind of noise the loss expects. MSE expects bell-shaped (Gaussian) noise; MAE expects a sharper peak with heavier tails (Laplace). &lt;b&gt;Ask:&lt;/b&gt; &quot;With the outliers preset, which curve fits the bars better?&quot;</source>
        <translation>Les barres sont les résidus de l’ajustement actuel ; la courbe est le type de bruit qu’attend la perte. MSE attend un bruit en cloche (gaussien) ; MAE, un pic plus pointu aux queues plus lourdes (Laplace). &lt;b&gt;Demandez :&lt;/b&gt; « Avec le jeu d’exemple outliers, quelle courbe épouse le mieux les barres ? »</translation>
    </message>
    <message>
        <source>Physics: a bar on springs (5 minutes)</source>
        <translation>Physique : une barre sur des ressorts (5 minutes)</translation>
    </message>
    <message>
        <source>Each point pulls the bar with a spring. For MSE the springs are ordinary ones and the bar comes to rest exactly on the least-squares line; its energy is the RSS.</source>
        <translation>Chaque point tire la barre avec un ressort. Pour MSE, les ressorts sont ordinaires et la barre s’immobilise exactement sur la droite des moindres carrés ; son énergie est la RSS.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Play&lt;/b&gt; and let the bar settle. &lt;b&gt;Point at&lt;/b&gt; the net force and torque falling to 0.</source>
        <translation>Appuyez sur &lt;b&gt;Lancer&lt;/b&gt; et laissez la barre se stabiliser. &lt;b&gt;Montrez&lt;/b&gt; la force résultante et le couple qui tombent à 0.</translation>
    </message>
    <message>
        <source>Drag the bar away and let go. &lt;b&gt;Ask:&lt;/b&gt; &quot;Why does it swing?&quot; (Mass: like momentum.) Raise the damping: the bar creeps straight to rest, like gradient descent.</source>
        <translation>Écartez la barre et lâchez-la. &lt;b&gt;Demandez :&lt;/b&gt; « Pourquoi oscille-t-elle ? » (La masse : comme momentum.) Augmentez l’amortissement : la barre rejoint lentement et directement le repos, comme la descente de gradient.</translation>
    </message>
    <message>
        <source>Worked epoch: one step of gradient descent by hand (5 minutes)</source>
        <translation>Époque détaillée : un pas de descente de gradient à la main (5 minutes)</translation>
    </message>
    <message>
        <source>The last tab writes out the epoch that → takes next, with the class&apos;s own numbers: each sum with its first terms (&lt;i&gt;show all&lt;/i&gt; for every one), the update m ← m − L·Dm, and J before and after.</source>
        <translation>Le dernier onglet écrit en détail l’époque que → calcule ensuite, avec les nombres de la classe : chaque somme avec ses premiers termes (&lt;i&gt;tout afficher&lt;/i&gt; pour tous), la mise à jour m ← m − L·Dm, et J avant et après.</translation>
    </message>
    <message>
        <source>Reset and open &lt;b&gt;Worked epoch&lt;/b&gt;. Read the sum for Dm aloud. &lt;b&gt;Ask:&lt;/b&gt; &quot;Which points push m up, and which push it down?&quot; (the sign of each term). Press &lt;b&gt;→&lt;/b&gt;: J after becomes J before.</source>
        <translation>Réinitialisez et ouvrez &lt;b&gt;Époque détaillée&lt;/b&gt;. Lisez à voix haute la somme pour Dm. &lt;b&gt;Demandez :&lt;/b&gt; « Quels points poussent m vers le haut, et lesquels vers le bas ? » (le signe de chaque terme). Appuyez sur &lt;b&gt;→&lt;/b&gt; : J après devient J avant.</translation>
    </message>
    <message>
        <source>Choose MAE: the terms become signs. Choose &lt;i&gt;sign of the gradient&lt;/i&gt; in the &lt;b&gt;Optimizer&lt;/b&gt; box at learning rate 0.1: every coefficient moves by exactly 0.1 an epoch, as in the blog&apos;s log.</source>
        <translation>Choisissez MAE : les termes deviennent des signes. Choisissez &lt;i&gt;signe du gradient&lt;/i&gt; dans le cadre &lt;b&gt;Optimiseur&lt;/b&gt; avec un taux d’apprentissage de 0,1 : chaque coefficient bouge d’exactement 0,1 par époque, comme dans le journal du blog.</translation>
    </message>
    <message>
        <source>Run MAE with gradient descent and &lt;b&gt;point at&lt;/b&gt; the zig-zag at the end of the loss curve. In &lt;b&gt;Rate and stop&lt;/b&gt; choose &lt;i&gt;1/t decay&lt;/i&gt;: the rate (the curve&apos;s right axis) shrinks and J settles at the exact answer. Tick &lt;i&gt;stop when J settles&lt;/i&gt;: the run ends there and the status bar says why.</source>
        <translation>Lancez MAE avec la descente de gradient et &lt;b&gt;montrez&lt;/b&gt; le zigzag à la fin de la courbe de perte. Dans &lt;b&gt;Taux et arrêt&lt;/b&gt;, choisissez &lt;i&gt;décroissance en 1/t&lt;/i&gt; : le taux (l’axe de droite de la courbe) diminue et J se pose sur la solution exacte. Cochez &lt;i&gt;arrêter quand J se stabilise&lt;/i&gt; : l’exécution s’arrête là et la barre d’état dit pourquoi.</translation>
    </message>
    <message>
        <source>Classification: two classes and a boundary (5 minutes)</source>
        <translation>Classification : deux classes et une frontière (5 minutes)</translation>
    </message>
    <message>
        <source>Choose &lt;i&gt;classification&lt;/i&gt; in the &lt;b&gt;Task&lt;/b&gt; box (or Presets → blobs). A left click adds a point of the chosen class, Shift+click the other one. The green line is where the model gives both classes probability ½.</source>
        <translation>Choisissez &lt;i&gt;classification&lt;/i&gt; dans le cadre &lt;b&gt;Tâche&lt;/b&gt; (ou Jeux d’exemple → blobs). Un clic gauche ajoute un point de la classe choisie, Maj+clic un point de l’autre. La ligne verte est là où le modèle donne aux deux classes la probabilité ½.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Point at&lt;/b&gt; the boundary turning to separate the colours, and at the rings: a large ring is a point the loss charges a lot (wrong, and sure of it).</source>
        <translation>Appuyez sur &lt;b&gt;Espace&lt;/b&gt;. &lt;b&gt;Montrez&lt;/b&gt; la frontière qui tourne pour séparer les couleurs, et les anneaux : un grand anneau est un point que la perte fait payer cher (mal classé, et avec assurance).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ask:&lt;/b&gt; &quot;What happens to the loss when the model is confidently wrong?&quot; Show the confidence table in the readouts: right and sure costs almost nothing; wrong and sure costs most.</source>
        <translation>&lt;b&gt;Demandez :&lt;/b&gt; « Que devient la perte quand le modèle se trompe avec assurance ? » Montrez la table de confiance dans les affichages : juste et sûr ne coûte presque rien ; faux et sûr coûte le plus.</translation>
    </message>
    <message>
        <source>Presets → separable: without a penalty the weights grow without end (no finite minimum), and the status bar says so; an L2 penalty gives one.</source>
        <translation>Jeux d’exemple → separable : sans pénalité, les poids croissent sans fin (pas de minimum fini), et la barre d’état le dit ; une pénalité L2 en donne un.</translation>
    </message>
    <message>
        <source>Train and test: fitting the points you have, missing the ones you do not (5 minutes)</source>
        <translation>Entraînement et test : coller aux points qu’on a, manquer ceux qu’on n’a pas (5 minutes)</translation>
    </message>
    <message>
        <source>Open &lt;code&gt;examples/hold-out.lossx&lt;/code&gt; (or Data → Hold out 30%): three of the ten points are hollow. They are held out: J and the gradient never see them.</source>
        <translation>Ouvrez &lt;code&gt;examples/hold-out.lossx&lt;/code&gt; (ou Données → Mettre 30% de côté) : trois des dix points sont évidés. Ils sont mis de côté : J et le gradient ne les voient jamais.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Space&lt;/b&gt;. &lt;b&gt;Point at&lt;/b&gt; the readouts&apos; &lt;i&gt;Train and test&lt;/i&gt;: J on the training points and J on the held-out ones. The loss curve draws both; held-out J is dashed.</source>
        <translation>Appuyez sur &lt;b&gt;Espace&lt;/b&gt;. &lt;b&gt;Montrez&lt;/b&gt; &lt;i&gt;Entraînement et test&lt;/i&gt; dans les affichages : J sur les points d’entraînement et J sur ceux mis de côté. La courbe de perte trace les deux ; le J des points mis de côté est en tirets.</translation>
    </message>
    <message>
        <source>Select a point and press &lt;b&gt;T&lt;/b&gt; to hold it out (or take it back). &lt;b&gt;Ask:&lt;/b&gt; &quot;Does the line move?&quot; Only if the point was a training point.</source>
        <translation>Sélectionnez un point et appuyez sur &lt;b&gt;T&lt;/b&gt; pour le mettre de côté (ou le reprendre). &lt;b&gt;Demandez :&lt;/b&gt; « La droite bouge-t-elle ? » Seulement si c’était un point d’entraînement.</translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;Validation&lt;/b&gt; view: the exact answer of every degree from 0 (bias) to 9. &lt;b&gt;Point at&lt;/b&gt; training J falling to 0 once the curve passes through every training point, and at held-out J exploding. &lt;b&gt;Ask:&lt;/b&gt; &quot;Which degree would you trust on new data?&quot;</source>
        <translation>Ouvrez la vue &lt;b&gt;Validation&lt;/b&gt; : la solution exacte de chaque degré, de 0 (la constante seule) à 9. &lt;b&gt;Montrez&lt;/b&gt; le J d’entraînement qui tombe à 0 dès que la courbe passe par chaque point d’entraînement, et le J des points mis de côté qui explose. &lt;b&gt;Demandez :&lt;/b&gt; « À quel degré feriez-vous confiance sur de nouvelles données ? »</translation>
    </message>
    <message>
        <source>Questions to leave the class with</source>
        <translation>Questions à laisser à la classe</translation>
    </message>
    <message>
        <source>Why square the errors, rather than just add them? (Positive and negative errors would cancel.)</source>
        <translation>Pourquoi élever les erreurs au carré plutôt que de simplement les additionner ? (Les erreurs positives et négatives se compenseraient.)</translation>
    </message>
    <message>
        <source>What does one outlier do to MSE, and to MAE?</source>
        <translation>Quel effet a une seule valeur aberrante sur MSE, et sur MAE ?</translation>
    </message>
    <message>
        <source>Why does a bigger learning rate not always get there faster? (Try it: above the red mark on the learning-rate slider, the descent diverges, and the status bar says so.)</source>
        <translation>Pourquoi un taux d’apprentissage plus grand n’arrive-t-il pas toujours plus vite ? (Essayez : au-delà du repère rouge du curseur du taux d’apprentissage, la descente diverge, et la barre d’état le dit.)</translation>
    </message>
</context>
<context>
    <name>train_test</name>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>test</translation>
    </message>
    <message>
        <source>Train and test</source>
        <extracomment>the columns, by key; their titles are translated where they are shown</extracomment>
        <translation>Entraînement et test</translation>
    </message>
    <message>
        <source>J and R² on the points the descent trains on, and on the held-out (hollow) points it never sees</source>
        <translation>J et R² sur les points sur lesquels la descente s&apos;entraîne, et sur les points mis de côté (creux), qu&apos;elle ne voit jamais</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>{row} {column}</source>
        <extracomment>the shown values: cells[row key][column title]</extracomment>
        <translation>{row} : {column}</translation>
    </message>
    <message>
        <source>Train and test ({loss})</source>
        <translation>Entraînement et test ({loss})</translation>
    </message>
</context>
<context>
    <name>validation_view</name>
    <message>
        <source>Validation curve: training J and held-out J against the degree</source>
        <extracomment>J below this share of the largest is drawn there on the log axis (and read &quot;0 to rounding&quot;) a log axis once the values span more than this factor</extracomment>
        <translation>Courbe de validation : J d&apos;entraînement et de test selon le degré</translation>
    </message>
    <message>
        <source>degree of the model</source>
        <translation>degré du modèle</translation>
    </message>
    <message>
        <source>training J</source>
        <translation>J d&apos;entraînement</translation>
    </message>
    <message>
        <source>held-out J</source>
        <translation>J de test</translation>
    </message>
    <message>
        <source>Validation curve&apos;s values</source>
        <translation>Valeurs de la courbe de validation</translation>
    </message>
    <message>
        <source>The validation curve is for regression: points (x, y) and polynomials of x</source>
        <translation>La courbe de validation est faite pour la régression : points (x, y) et polynômes en x</translation>
    </message>
    <message>
        <source>Solving degrees 0–9…</source>
        <translation>Résolution des degrés 0 à 9…</translation>
    </message>
    <message>
        <source>No validation curve: {reason}</source>
        <translation>Pas de courbe de validation : {reason}</translation>
    </message>
    <message>
        <source>Training J (solid) only falls as the degree grows; held-out J (dashed) rises once the model learns the noise.</source>
        <translation>Le J d&apos;entraînement (trait plein) ne fait que baisser quand le degré augmente ; le J de test (pointillés) remonte dès que le modèle apprend le bruit.</translation>
    </message>
    <message>
        <source>Hold out some points (Data → Hold out 30%, or T on a point) to see held-out J.</source>
        <translation>Mettez des points de côté (Données → Mettre 30 % de côté, ou T sur un point) pour voir J sur les données de test.</translation>
    </message>
    <message>
        <source>Each answer has the panel&apos;s L2, λ = {l2}.</source>
        <translation>Chaque solution inclut la pénalité L2 du panneau, λ = {l2}.</translation>
    </message>
    <message>
        <source>The panel&apos;s L2 can hold the high degrees back (where |x| is about 1 or less).</source>
        <translation>La pénalité L2 du panneau peut freiner les degrés élevés (là où |x| vaut environ 1 ou moins).</translation>
    </message>
    <message>
        <source>J (log scale)</source>
        <translation>J (échelle log.)</translation>
    </message>
    <message>
        <source>degree</source>
        <translation>degré</translation>
    </message>
    <message>
        <source>training&lt;br&gt;J</source>
        <translation>entraîn.&lt;br&gt;J</translation>
    </message>
    <message>
        <source>held-out&lt;br&gt;J</source>
        <translation>test&lt;br&gt;J</translation>
    </message>
    <message>
        <source>one answer of many:&lt;br&gt;fewer distinct x&lt;br&gt;than coefficients</source>
        <translation>une solution parmi d&apos;autres :&lt;br&gt;moins de x distincts&lt;br&gt;que de coefficients</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>the exact {exact} to four figures</source>
        <extracomment>J that rises and falls this many times over TAIL epochs zig-zags coefficients this far from the exact ones (relative to their size, at least 1) are visibly off</extracomment>
        <translation>la valeur exacte {exact} à quatre chiffres près</translation>
    </message>
    <message>
        <source>{percent}% above the exact J</source>
        <translation>{percent} % au-dessus du J exact</translation>
    </message>
    <message>
        <source>{percent}% above the exact {exact}</source>
        <translation>{percent} % au-dessus de la valeur exacte {exact}</translation>
    </message>
    <message>
        <source>{amount} above the exact {exact}</source>
        <translation>{amount} au-dessus de la valeur exacte {exact}</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value}</source>
        <translation>Terminé, époque {epoch} : {name} = {value}</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} within 1% of the exact J, but the fit is still a little off: Run again</source>
        <translation>Terminé, époque {epoch} : {name} à moins de 1 % du J exact, mais l&apos;ajustement est encore un peu décalé : relancez</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is within 1% of the exact {exact}, but the fit is still a little off: near the answer J is nearly flat, so the last stretch is slow. Run again to settle it onto the answer</source>
        <translation>Terminé, époque {epoch} : {name} = {value} est à moins de 1 % de la valeur exacte {exact}, mais l&apos;ajustement est encore un peu décalé : près de la solution, J est presque plat, donc la dernière étape est lente. Relancez pour qu&apos;il se pose sur la solution</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: on the answer, {name} = {value} is {gap}</source>
        <translation>Terminé, époque {epoch} : sur la solution, {name} = {value} est {gap}</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} {short_gap}, zig-zagging (constant-size subgradient steps): try a smaller rate, a decaying one, or Adam</source>
        <translation>Terminé, époque {epoch} : {name} {short_gap}, en zigzag (pas de sous-gradient de taille constante) : essayez un taux plus petit, un taux décroissant ou Adam</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is {gap} and zig-zags: {name}&apos;s slope keeps its size however close the fit is, so each step (a constant-size subgradient step) overshoots. A smaller learning rate, a rate that shrinks each epoch, or Adam gets closer</source>
        <translation>Terminé, époque {epoch} : {name} = {value} est {gap} et zigzague : la pente de {name} garde sa taille, aussi proche que soit l&apos;ajustement, donc chaque pas (un pas de sous-gradient de taille constante) dépasse la cible. Un taux d&apos;apprentissage plus petit, un taux qui diminue à chaque époque, ou Adam s&apos;en approche davantage</translation>
    </message>
    <message>
        <source>each mini-batch pulls its own way</source>
        <translation>chaque mini-lot tire de son côté</translation>
    </message>
    <message>
        <source>the steps overshoot</source>
        <translation>les pas dépassent la cible</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} {short_gap}, zig-zagging ({why}): try a smaller learning rate</source>
        <translation>Terminé, époque {epoch} : {name} {short_gap}, en zigzag ({why}) : essayez un taux d&apos;apprentissage plus petit</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is {gap} and zig-zags ({why}): a smaller learning rate calms it</source>
        <translation>Terminé, époque {epoch} : {name} = {value} est {gap} et zigzague ({why}) : un taux d&apos;apprentissage plus petit le calme</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} {short_gap} and still falling: Run again, or raise the learning rate</source>
        <translation>Terminé, époque {epoch} : {name} {short_gap} et diminue encore : relancez, ou augmentez le taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is {gap} and still falling: Run again for more epochs, or raise the learning rate</source>
        <translation>Terminé, époque {epoch} : {name} = {value} est {gap} et diminue encore : relancez pour plus d&apos;époques, ou augmentez le taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} {short_gap} and stopped: try a smaller learning rate, or Adam</source>
        <translation>Terminé, époque {epoch} : {name} {short_gap} et s&apos;est arrêté : essayez un taux d&apos;apprentissage plus petit, ou Adam</translation>
    </message>
    <message>
        <source>Done, epoch {epoch}: {name} = {value} is {gap} and has stopped: try a smaller learning rate, or Adam</source>
        <translation>Terminé, époque {epoch} : {name} = {value} est {gap} et s&apos;est arrêté : essayez un taux d&apos;apprentissage plus petit, ou Adam</translation>
    </message>
</context>
<context>
    <name>view_tabs</name>
    <message>
        <source>Fit</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>The points, the fit and its squares</source>
        <translation>Les points, l&apos;ajustement et ses carrés</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>J over two coefficients, with the path down it</source>
        <translation>J en fonction de deux coefficients, avec le chemin de la descente</translation>
    </message>
    <message>
        <source>Loss shape</source>
        <translation>Forme de la perte</translation>
    </message>
    <message>
        <source>ℓ and its slope against the error e, or in classification the margin t·z; the points as ticks</source>
        <translation>ℓ et sa pente en fonction de l&apos;erreur e, ou en classification de la marge t·z ; les points en graduations</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>The residuals and the noise the loss assumes</source>
        <translation>Les résidus et le bruit que suppose la perte</translation>
    </message>
    <message>
        <source>Physics</source>
        <translation>Physique</translation>
    </message>
    <message>
        <source>A bar on springs that settles where the loss says</source>
        <translation>Une barre sur ressorts qui s&apos;immobilise là où le dit la perte</translation>
    </message>
    <message>
        <source>Worked epoch</source>
        <translation>Époque détaillée</translation>
    </message>
    <message>
        <source>The next epoch&apos;s arithmetic in the blog&apos;s notation, with the real numbers</source>
        <translation>Le calcul de la prochaine époque dans la notation du blog, avec les vrais nombres</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Training J and held-out J of the exact answer for the degrees 0–9</source>
        <translation>J d&apos;entraînement et J mis de côté de la solution exacte pour les degrés 0 à 9</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} points</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>époque {epoch}</translation>
    </message>
    <message>
        <source>showing {drawn} of {n} points</source>
        <translation>{drawn} points affichés sur {n}</translation>
    </message>
    <message>
        <source>left-click on the canvas to add points</source>
        <translation>cliquez (bouton gauche) sur le graphique pour ajouter des points</translation>
    </message>
    <message>
        <source>lock aspect leaves {share} of the canvas empty (View menu)</source>
        <translation>le rapport d&apos;aspect fixe laisse {share} du graphique vide (menu Affichage)</translation>
    </message>
    <message>
        <source>Regression only</source>
        <translation>Régression seulement</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Run</source>
        <extracomment>a window narrower than this tabs the settings with the readouts: the views keep their width</extracomment>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Readouts</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Courbe de perte</translation>
    </message>
    <message>
        <source>Epoch log</source>
        <translation>Journal des époques</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>worked_view</name>
    <message>
        <source>line</source>
        <extracomment>the terms of each sum written out, and the mini-batches of a stochastic epoch &quot;show all&quot; writes at most this many terms of a sum and mini-batches of an epoch (a longer text would take seconds to lay out, and nobody reads it) while a run goes, the view is written again at most this often, and at most 1/DUTY of the time (10⁶ points: a writing costs about 0.2 s, so every 4 s): the GUI thread leaves the cores to the run the models&apos; keys as the worked epoch&apos;s first line says them (&quot;MSE on line by …&quot;)</extracomment>
        <translation>droite</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>logistic</source>
        <translation>modèle logistique</translation>
    </message>
    <message>
        <source>Take this epoch: the descent steps once and the view shows the next (→)</source>
        <translation>Effectuer cette époque : la descente fait un pas et la vue montre la suivante (→)</translation>
    </message>
    <message>
        <source>Step →</source>
        <translation>Pas →</translation>
    </message>
    <message>
        <source>show all</source>
        <translation>tout afficher</translation>
    </message>
    <message>
        <source>Every term of each sum (up to {terms}) and every mini-batch (up to {batches}), not only the first few</source>
        <translation>Chaque terme de chaque somme (jusqu&apos;à {terms}) et chaque mini-lot (jusqu&apos;à {batches}), pas seulement les premiers</translation>
    </message>
    <message>
        <source>all digits</source>
        <translation>tous les chiffres</translation>
    </message>
    <message>
        <source>Every number with {full} significant digits (the double it is), not the classroom&apos;s {digits}</source>
        <translation>Chaque nombre avec {full} chiffres significatifs (le double qu&apos;il est), et non les {digits} de la classe</translation>
    </message>
    <message>
        <source>worked epoch</source>
        <translation>époque détaillée</translation>
    </message>
    <message>
        <source>No points yet: add some, or choose a preset</source>
        <translation>Pas encore de points : ajoutez-en ou choisissez un jeu d&apos;exemple</translation>
    </message>
    <message>
        <source>This epoch cannot be written out: {reason}</source>
        <translation>Cette époque ne peut pas être détaillée : {reason}</translation>
    </message>
    <message>
        <source>The next epoch, {next}, from where the descent stands (epoch {epoch}): Step (→) takes it</source>
        <translation>L&apos;époque suivante, {next}, à partir de l&apos;état de la descente (époque {epoch}) : Pas (→) l&apos;effectue</translation>
    </message>
    <message>
        <source>Its rate L = {rate} at t = {t}</source>
        <translation>Son taux L = {rate} en t = {t}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: {loss} on {model} by {optimizer}, L = {rate}, n = {n}</source>
        <translation>Époque {epoch} : {loss} pour {model} par {optimizer}, L = {rate}, n = {n}</translation>
    </message>
    <message>
        <source>J = {value} before ({coefficients})</source>
        <translation>J = {value} avant ({coefficients})</translation>
    </message>
    <message>
        <source>J = {value} after ({coefficients})</source>
        <translation>J = {value} après ({coefficients})</translation>
    </message>
    <message>
        <source>where {text}</source>
        <translation>où {text}</translation>
    </message>
    <message>
        <source>mini-batch {k} of {batches}: points {points}</source>
        <translation>mini-lot {k} sur {batches} : points {points}</translation>
    </message>
    <message>
        <source>… 1 more mini-batch, each stepped the same way</source>
        <translation>… 1 mini-lot de plus, calculé de la même façon</translation>
    </message>
    <message>
        <source>… {rest} more mini-batches, each stepped the same way</source>
        <translation>… {rest} mini-lots de plus, chacun calculé de la même façon</translation>
    </message>
    <message>
        <source>… {rest} more</source>
        <translation>… {rest} de plus</translation>
    </message>
</context>
</TS>
