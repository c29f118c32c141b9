from django import template
from django.utils.translation import gettext as _

from timeline.dates import day_text, iso_text, span_text

register = template.Library()


@register.filter
def span_date(obj) -> str:
    """An event's (or a mention's extracted) date, written at its precision."""
    if hasattr(obj, "extracted_date_start"):
        return span_text(obj.extracted_date_start, obj.extracted_date_end, obj.extracted_precision)
    return span_text(obj.date_start, obj.date_end, obj.precision)


@register.filter
def day_date(day) -> str:
    """A day as readers write it: '1er mai 2023', '1 May 2023'."""
    return day_text(day) if day else ""


@register.filter
def datetime_attr(event) -> str:
    """A <time datetime> value at the event's precision; HTML has no quarters, so their start."""
    if event.precision == "quarter":
        return event.date_start.isoformat()
    return iso_text(event.date_start, event.precision)


@register.filter
def vagueness(event) -> str:
    """Says that a vague event sits at the start of the span it covers."""
    labels = {
        "week": _("to the week"),
        "month": _("to the month"),
        "quarter": _("to the quarter"),
        "year": _("to the year"),
    }
    return labels.get(event.precision, "")
