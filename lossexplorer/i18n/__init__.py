"""The window's translations: lossexplorer_<lang>.ts (made by `i18n/translations.py update`,
translated in Qt Linguist or filled from i18n/parts) and the compiled lossexplorer_<lang>.qm the
app loads (`i18n/translations.py release`)."""
