"""The "Editors" group: review events, mentions and persons; read articles, never delete them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = {
    "timeline": {
        "event": ["view", "change"],
        "mention": ["view", "change"],
        # Merging two persons deletes one of them (timeline.services.merge_persons).
        "person": ["view", "add", "change", "delete"],
        "personalias": ["view", "add", "change", "delete"],
    },
    "articles": {"article": ["view"]},
}


def create_editors(apps, schema_editor):
    # Permissions are normally made after all migrations; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    codenames = [
        (app, f"{action}_{model}")
        for app, models in EDITOR_PERMISSIONS.items()
        for model, actions in models.items()
        for action in actions
    ]
    permissions = [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in codenames
    ]
    group.permissions.set(permissions)


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0001_initial"),
        ("articles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors, remove_editors)]
