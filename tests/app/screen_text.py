"""What a reader would see on the app's screen, as plain text and as raw segments."""

from __future__ import annotations


def screen_strips(app):
    """The composed screen, line by line (Textual's compositor: what the driver writes)."""
    return list(app.screen._compositor.render_strips())


def screen_text(app) -> str:
    return "\n".join("".join(seg.text for seg in strip) for strip in screen_strips(app))
