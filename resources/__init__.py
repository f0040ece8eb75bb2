"""Data files installed as lossexplorer/resources: the icon, the desktop entry, the AppStream metainfo."""
