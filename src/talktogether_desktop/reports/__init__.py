"""Session-prep PDF report (reportlab): `render_session_prep(analysis, context, paper, transcript)`."""

__all__ = ["render_session_prep"]


def __getattr__(name: str):
    """The renderer (reportlab and the fonts) is loaded when first asked for: the report's shared wording rules
    (`printed_lines`, `patterns`) are read by the window and the command line without it."""
    if name == "render_session_prep":
        from .document import render_session_prep

        return render_session_prep
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
