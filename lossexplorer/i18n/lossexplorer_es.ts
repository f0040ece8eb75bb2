<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
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
</TS>
