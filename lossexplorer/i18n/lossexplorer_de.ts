<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
</TS>
