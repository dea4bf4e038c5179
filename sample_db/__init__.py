"""The bundled sample corpus: five real articles, byte for byte, and their metadata."""
