from django import forms
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Language
from timeline.models import Person, Status

# How many persons the picker offers at once (timeline.views.person_choices).
PICKER_SIZE = 12


class EventFilterForm(forms.Form):
    """Timeline filters; every field lives in the query string so a view can be shared."""

    person = forms.ModelMultipleChoiceField(
        label=_("People"),
        queryset=Person.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    # Narrows the persons the picker offers; not a filter of events.
    who = forms.CharField(
        label=_("Find a person"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    q = forms.CharField(
        label=_("Words"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    source = forms.ChoiceField(label=_("Source"), required=False)
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("All languages")), *Language.choices],
    )
    status = forms.ChoiceField(
        label=_("Review status"),
        required=False,
        choices=[("", _("All but rejected")), *Status.choices],
    )

    def __init__(self, *args, can_review: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        sources = (
            Article.objects.exclude(source_name="")
            .order_by("source_name")
            .values_list("source_name", flat=True)
            .distinct()
        )
        self.fields["source"].choices = [("", _("All sources"))] + [(s, s) for s in sources]
        if not can_review:
            del self.fields["status"]  # review status is the editors' business

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", _("The end date is before the start date."))
        return data


class PersonSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Find a person"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
