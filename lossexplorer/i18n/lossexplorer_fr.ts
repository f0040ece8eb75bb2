<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
</TS>
