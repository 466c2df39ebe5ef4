"""Forms for registering and editing projects. They validate input; services do the writes."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from portal.models import Team, User
from projects.images import LOGO_MAX_BYTES, logo_clean
from projects.models import LINK_FIELDS, Project, ProjectRole, Tag

HTTP_URL = URLValidator(
    schemes=["http", "https"], message=_("Enter a full web address starting with https://.")
)
TAG_FIELDS = {
    "languages": Tag.Kind.LANGUAGE,
    "topics": Tag.Kind.TOPIC,
    "skills": Tag.Kind.SKILL,
    "contributions": Tag.Kind.CONTRIBUTION,
}
TAG_NAME_PATTERN = re.compile(r"^[\w +#./-]+$")
PACKAGE_PATTERN = re.compile(r"^[A-Za-z0-9@/._:+-]{1,200}$")
DESCRIPTION_MAX = 20000


class WebAddressField(forms.URLField):
    default_validators = [HTTP_URL]
    default_error_messages = {"invalid": _("Enter a full web address starting with https://.")}

    def __init__(self, **kwargs):
        super().__init__(assume_scheme="https", required=False, max_length=200, **kwargs)


class TagListField(forms.CharField):
    """Comma-separated names, e.g. "Python, Go"."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", _("Separate several with commas."))
        super().__init__(required=False, max_length=1000, **kwargs)

    def to_python(self, value) -> list[str]:
        names = [" ".join(part.split()) for part in (value or "").split(",")]
        names = [name for name in names if name]
        for name in names:
            if len(name) > 60:
                raise ValidationError(
                    _("“%(name)s…” is longer than 60 characters.") % {"name": name[:20]}
                )
            if not TAG_NAME_PATTERN.match(name) or not slugify(name):
                raise ValidationError(
                    _("“%(name)s”: use letters, digits, spaces and + # . - _ / only.")
                    % {"name": name[:30]}
                )
        if len(names) > 20:
            raise ValidationError(_("At most 20 values, please."))
        return names

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return ", ".join(value)
        return value


class ProjectForm(forms.Form):
    """The fields a maintainer fills in; ``owner_team`` only when registering."""

    name = forms.CharField(label=_("Name"), max_length=100, min_length=2)
    slug = forms.SlugField(
        label=_("Address"),
        max_length=80,
        required=False,
        help_text=_("The last part of the project's address; suggested from the name."),
    )
    tagline = forms.CharField(
        label=_("Tagline"),
        min_length=10,
        max_length=160,
        help_text=_("One sentence: what it is and for whom."),
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Markdown. What problem it solves, how to start, what is next."),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=Project.Kind.choices)
    stage = forms.ChoiceField(
        label=_("Stage"),
        choices=[c for c in Project.Stage.choices if c[0] != Project.Stage.ARCHIVED],
    )
    owner_team = forms.ModelChoiceField(label=_("Owner team"), queryset=Team.objects.none())
    languages = TagListField(label=_("Languages"))
    topics = TagListField(label=_("Topics"))
    skills = TagListField(label=_("Skills wanted"))
    contributions = TagListField(
        label=_("Contributions wanted"),
        help_text=_("For example: code, documentation, tests, design, bug reports."),
    )
    repository_url = WebAddressField(label=_("Repository"))
    docs_url = WebAddressField(label=_("Documentation"))
    issue_tracker_url = WebAddressField(label=_("Issue tracker"))
    chat_url = WebAddressField(label=_("Chat"))
    forum_url = WebAddressField(label=_("Forum"))
    sandbox_url = WebAddressField(label=_("Sandbox"))
    license = forms.CharField(
        label=_("Licence or inner-source terms"), max_length=200, required=False
    )
    warranty_days = forms.IntegerField(
        label=_("Warranty (days)"),
        min_value=0,
        max_value=3650,
        required=False,
        help_text=_("How long the owner team supports a contribution after merging it."),
    )
    packages = forms.CharField(
        label=_("Published packages"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line, e.g. pypi:fernhill-auth or npm:@fernhill/ui-kit."),
    )
    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        help_text=_("PNG, JPEG, GIF or WebP, up to %(kb)s KB.") % {"kb": LOGO_MAX_BYTES // 1024},
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/png,image/jpeg,image/gif,image/webp"}
        ),
    )

    def __init__(self, *args, user: User, project: Project | None = None, **kwargs):
        from projects.permissions import registrable_teams

        super().__init__(*args, **kwargs)
        self.project = project
        if project is None:
            teams = registrable_teams(user).order_by("name")
            self.fields["owner_team"].queryset = teams
            self.fields["owner_team"].empty_label = _("— Choose a team —")
            if not user.is_staff and len(own := list(teams[:2])) == 1:
                self.fields["owner_team"].initial = own[0].pk
            self.fields["owner_team"].help_text = _(
                "Your team owns the project and you become its first maintainer."
            )
        else:
            del self.fields["owner_team"]
            if project.is_archived:
                self.fields["stage"].choices = Project.Stage.choices
        for field in self.fields.values():
            widget = field.widget
            css = "form-select" if isinstance(widget, forms.Select) else "form-control"
            widget.attrs.setdefault("class", css)

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        clash = Project.objects.filter(name__iexact=name)
        if self.project:
            clash = clash.exclude(pk=self.project.pk)
        if clash.exists():
            raise ValidationError(
                _("A project called “%(name)s” is already registered.") % {"name": name}
            )
        return name

    def clean_slug(self) -> str:
        slug = self.cleaned_data.get("slug", "")
        if self.project is not None:
            return self.project.slug
        if slug and Project.objects.filter(slug=slug).exists():
            raise ValidationError(_("The address “%(slug)s” is taken.") % {"slug": slug})
        return slug

    def clean_packages(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["packages"].splitlines()]
        lines = [line for line in lines if line]
        if len(lines) > 30:
            raise ValidationError(_("At most 30 packages, please."))
        for line in lines:
            if not PACKAGE_PATTERN.match(line):
                raise ValidationError(
                    _("“%(line)s” is not a package name (letters, digits and @ / . _ : + -).")
                    % {"line": line[:60]}
                )
        return lines

    def clean_logo(self):
        upload = self.cleaned_data.get("logo")
        if not upload:
            return upload
        return logo_clean(upload)

    def clean(self):
        cleaned = super().clean()
        if self.project is None and "name" in cleaned and not cleaned.get("slug"):
            slug = slugify(cleaned["name"])[:80]
            if not slug:
                self.add_error("name", _("The name needs at least one letter or digit."))
            elif Project.objects.filter(slug=slug).exists():
                self.add_error(
                    "slug",
                    _("The address “%(slug)s” is taken; choose another one.") % {"slug": slug},
                )
            cleaned["slug"] = slug
        return cleaned

    def service_arguments(self) -> dict:
        """The cleaned values in the shape ``project_create`` / ``project_update`` take."""
        data = self.cleaned_data
        arguments = {
            field: data[field]
            for field in [
                "name",
                "tagline",
                "description",
                "kind",
                "stage",
                "license",
                "warranty_days",
                "packages",
                *LINK_FIELDS,
            ]
        }
        arguments["tags"] = {kind: data[field] for field, kind in TAG_FIELDS.items()}
        if data.get("logo"):
            arguments["logo"] = data["logo"]
        return arguments

    @classmethod
    def initial_for(cls, project: Project) -> dict:
        initial = {
            field: getattr(project, field)
            for field in [
                "name",
                "slug",
                "tagline",
                "description",
                "kind",
                "stage",
                "license",
                "warranty_days",
                *LINK_FIELDS,
            ]
        }
        initial["packages"] = "\n".join(project.packages)
        for field, kind in TAG_FIELDS.items():
            initial[field] = ", ".join(tag.name for tag in project.tags_of(kind))
        return initial


class ProjectRoleForm(forms.Form):
    person = forms.CharField(
        label=_("Person"), max_length=254, help_text=_("Username or email address.")
    )
    role = forms.ChoiceField(label=_("Role"), choices=ProjectRole.Role.choices)

    def clean_person(self) -> User:
        value = self.cleaned_data["person"].strip()
        user = (
            User.objects.filter(is_active=True)
            .filter(**({"email__iexact": value} if "@" in value else {"username__iexact": value}))
            .first()
        )
        if user is None:
            raise ValidationError(
                _("Nobody with the username or email “%(value)s”.") % {"value": value}
            )
        return user


class OwnershipTransferForm(forms.Form):
    to_team = forms.ModelChoiceField(label=_("New owner team"), queryset=Team.objects.all())
    note = forms.CharField(
        label=_("Note to the team's leads"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, project: Project, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_team"].queryset = Team.objects.exclude(pk=project.owner_team_id)
        self.fields["to_team"].widget.attrs["class"] = "form-select"
        self.fields["note"].widget.attrs["class"] = "form-control"
