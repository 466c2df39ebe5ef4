from django import forms
from django.utils.translation import gettext_lazy as _

from portal.models import User
from projects.forms import TagListField, WebAddressField


class StarterIssueForm(forms.Form):
    title = forms.CharField(label=_("Title"), min_length=5, max_length=200)
    body = forms.CharField(
        label=_("What needs doing"),
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Markdown. Say where to start and what done looks like."),
    )
    external_url = WebAddressField(label=_("Link to the issue in the tracker"))
    skills = TagListField(label=_("Skills"))
    effort_hours = forms.IntegerField(
        label=_("Effort (hours)"), min_value=1, max_value=80, initial=4
    )
    mentor = forms.CharField(
        label=_("Mentor"),
        required=False,
        max_length=254,
        help_text=_("Username or email of the person who helps the newcomer."),
    )
    points = forms.IntegerField(
        label=_("Points"), min_value=0, max_value=100, initial=0, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "form-control")

    def clean_mentor(self) -> User | None:
        value = self.cleaned_data["mentor"].strip()
        if not value:
            return None
        lookup = {"email__iexact": value} if "@" in value else {"username__iexact": value}
        mentor = User.objects.filter(is_active=True, **lookup).first()
        if mentor is None:
            raise forms.ValidationError(
                _("Nobody with the username or email “%(value)s”.") % {"value": value}
            )
        return mentor

    def clean_points(self) -> int:
        return self.cleaned_data.get("points") or 0


class ProgressForm(forms.Form):
    body = forms.CharField(
        label=_("Progress"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3, "class": "form-control"}),
    )
    change_request_url = WebAddressField(label=_("Your change request (pull or merge request)"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["change_request_url"].widget.attrs["class"] = "form-control"

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("body") or "").strip() and not cleaned.get("change_request_url"):
            raise forms.ValidationError(_("Write what you did, or link your change request."))
        return cleaned
