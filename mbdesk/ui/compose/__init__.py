"""The composer's parts: target rows with live counters, images with alt text, snippets, the
schedule dialog, and the editor that ties them together (``editor.ComposerWidget``)."""
