from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from timeline import services
from timeline.dates import span_for, span_text
from timeline.models import REVIEW_ORDER, Event, Mention, Person, PersonAlias, Status


class EventAdminForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = ["title", "date_start", "date_end", "precision", "persons", "status"]

    def clean(self) -> dict:
        data = super().clean()
        start, precision = data.get("date_start"), data.get("precision")
        moved = {"date_start", "precision"} & set(self.changed_data)
        if start and precision and moved and "date_end" not in self.changed_data:
            # An editor who fixes the start or precision means the whole span.
            data["date_start"], data["date_end"] = span_for(start, precision)
        return data


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["article", "highlighted_sentence", "extracted", "confidence"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("sentence"))
    def highlighted_sentence(self, mention: Mention) -> str:
        before, expression, after = mention.sentence_parts
        return format_html("{}<mark>{}</mark>{}", before, expression, after)

    @admin.display(description=_("extracted date"))
    def extracted(self, mention: Mention) -> str:
        return format_html(
            "{} <small>({})</small>",
            span_text(
                mention.extracted_date_start,
                mention.extracted_date_end,
                mention.extracted_precision,
            ),
            mention.get_extracted_precision_display(),
        )


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    form = EventAdminForm
    list_display = [
        "when",
        "precision",
        "status",
        "confidence_display",
        "title",
        "people",
        "articles",
    ]
    list_display_links = ["when", "title"]
    list_filter = ["status", "precision", ("persons", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "mentions__sentence", "persons__name"]
    date_hierarchy = "date_start"
    autocomplete_fields = ["persons"]
    readonly_fields = ["extracted_as", "confidence", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "status", "persons"]}),
        (_("Date"), {"fields": ["date_start", "date_end", "precision", "extracted_as"]}),
        (_("Extraction"), {"fields": ["confidence", "created_at", "updated_at"]}),
    ]
    inlines = [MentionInline]
    actions = ["mark_verified", "mark_rejected"]
    list_per_page = 50

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("persons", "mentions__article")

    def get_ordering(self, request):
        return REVIEW_ORDER

    def save_model(self, request, obj: Event, form, change: bool) -> None:
        if change and "status" not in form.changed_data:
            obj.status = services.status_after_edit(obj.status, set(form.changed_data))
        super().save_model(request, obj, form, change)

    @admin.display(description=_("date"), ordering="date_start")
    def when(self, event: Event) -> str:
        return span_text(event.date_start, event.date_end, event.precision)

    @admin.display(description=_("confidence"), ordering="confidence")
    def confidence_display(self, event: Event) -> str:
        return f"{event.confidence:.2f}"

    @admin.display(description=_("people"))
    def people(self, event: Event) -> str:
        return ", ".join(p.name for p in event.persons.all())

    @admin.display(description=_("articles"))
    def articles(self, event: Event) -> str:
        seen = {m.article_id: m.article for m in event.mentions.all()}
        return format_html_join(
            ", ",
            '<a href="{}">{}</a>',
            ((a.get_absolute_url(), a.title[:40]) for a in seen.values()),
        )

    @admin.display(description=_("as extracted"))
    def extracted_as(self, event: Event) -> str:
        rows = {
            (
                span_text(m.extracted_date_start, m.extracted_date_end, m.extracted_precision),
                m.get_extracted_precision_display(),
                m.expression,
            )
            for m in event.mentions.all()
        }
        return format_html_join(mark_safe("<br>"), "{} ({}) ← «{}»", sorted(rows)) or "—"

    @admin.action(description=_("Mark selected events verified"))
    def mark_verified(self, request, queryset) -> None:
        count = queryset.update(status=Status.VERIFIED)
        self.message_user(request, _("%(count)d events verified.") % {"count": count})

    @admin.action(description=_("Reject selected events (hidden from the timeline)"))
    def mark_rejected(self, request, queryset) -> None:
        count = queryset.update(status=Status.REJECTED)
        self.message_user(request, _("%(count)d events rejected.") % {"count": count})


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["expression", "extracted_date_start", "extracted_precision", "article", "event"]
    list_filter = ["extracted_precision", "article__language"]
    list_select_related = ["article", "event"]
    search_fields = ["sentence", "expression", "article__title"]
    autocomplete_fields = ["event", "persons"]
    fields = [
        "event",
        "persons",
        "article",
        "sentence",
        "expression",
        "extracted_date_start",
        "extracted_date_end",
        "extracted_precision",
        "confidence",
        "extractor_version",
    ]
    readonly_fields = fields[2:]

    def has_add_permission(self, request) -> bool:
        return False


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 1


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "event_count", "alias_list"]
    search_fields = ["name", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PersonAliasInline]
    actions = ["merge"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(event_count=Count("events", distinct=True))
            .prefetch_related("aliases")
        )

    @admin.display(description=_("events"), ordering="event_count")
    def event_count(self, person: Person) -> int:
        return person.event_count

    @admin.display(description=_("aliases"))
    def alias_list(self, person: Person) -> str:
        return ", ".join(a.name for a in person.aliases.all())

    @admin.action(description=_("Merge selected persons into the one with most events"))
    def merge(self, request, queryset) -> None:
        people = sorted(queryset, key=lambda p: (-p.event_count, p.pk))
        if len(people) < 2:
            self.message_user(request, _("Select at least two persons."), messages.WARNING)
            return
        target = services.merge_persons(people[0], people[1:])
        self.message_user(
            request,
            _("Merged %(count)d persons into %(name)s.")
            % {"count": len(people) - 1, "name": target.name},
        )
