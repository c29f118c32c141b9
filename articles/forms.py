from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from articles.models import Language

MAX_UPLOAD = 5 * 1024 * 1024


class ImportForm(forms.Form):
    """One article, pasted or uploaded (.txt or a saved .html page), with what is known of it."""

    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("A UTF-8 .txt file or a saved .html page."),
    )
    body = forms.CharField(label=_("Or paste the text"), required=False, widget=forms.Textarea)
    title = forms.CharField(label=_("Title"), required=False, max_length=500)
    source = forms.CharField(label=_("Source"), required=False, max_length=200)
    url = forms.URLField(label=_("URL"), required=False, max_length=1000, assume_scheme="https")
    published = forms.DateField(
        label=_("Published on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Relative dates resolve against it; left empty, it is inferred from the text."),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("Detect"))] + list(Language.choices),
    )

    def clean(self) -> dict:
        data = super().clean()
        upload = data.get("file")
        if upload and data.get("body"):
            raise ValidationError(_("Give a file or pasted text, not both."))
        if not upload and not (data.get("body") or "").strip():
            raise ValidationError(_("Give a file or paste the article's text."))
        if upload:
            if upload.size > MAX_UPLOAD:
                raise ValidationError(_("The file is larger than 5 MB."))
            if not upload.name.lower().endswith((".txt", ".html", ".htm")):
                raise ValidationError(_("Only .txt and .html files can be imported."))
        return data
