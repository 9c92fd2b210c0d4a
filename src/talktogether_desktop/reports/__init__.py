"""Session-prep PDF report (reportlab): `render_session_prep(analysis, context, paper, transcript)`."""

from .document import render_session_prep

__all__ = ["render_session_prep"]
