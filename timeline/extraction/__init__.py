"""Event extraction: dated events and their people from French and English news articles.

Plain Python (never imports the Django ORM or settings). See README.md in this folder.
"""

from .language import detect_language
from .pipeline import extract
from .types import Extraction, FoundEvent, Timex

# Bump when the output changes: timeline.services re-extracts articles of older versions.
EXTRACTOR_VERSION = "1.26"

__all__ = ["EXTRACTOR_VERSION", "Extraction", "FoundEvent", "Timex", "detect_language", "extract"]
