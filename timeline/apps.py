from django.apps import AppConfig
from django.db.backends.signals import connection_created


def _register_fold(sender, connection, **kwargs) -> None:
    """SQLite gets `frise_fold(text)`, the folding the search fallback compares with."""
    if connection.vendor == "sqlite":
        from .models import fold_text

        connection.connection.create_function("frise_fold", 1, fold_text, deterministic=True)


class TimelineConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "timeline"
    verbose_name = "Timeline"

    def ready(self) -> None:
        connection_created.connect(_register_fold, dispatch_uid="timeline-sqlite-fold")
