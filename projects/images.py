"""Logo uploads: limited in size and type, and re-encoded so that nothing but pixels is kept."""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

LOGO_MAX_BYTES = 1024 * 1024
LOGO_MAX_PIXELS = 4096 * 4096
LOGO_SIZE = 256
LOGO_FORMATS = {"PNG", "JPEG", "GIF", "WEBP"}


def logo_clean(upload) -> ContentFile:
    """Check an uploaded logo and return it re-encoded as a PNG of at most 256×256.

    Re-encoding drops metadata and anything hidden after the image data; SVG is refused
    because it can carry script.
    """
    if upload.size > LOGO_MAX_BYTES:
        raise ValidationError(
            _("The logo is %(size)s KB; the limit is %(limit)s KB.")
            % {"size": upload.size // 1024, "limit": LOGO_MAX_BYTES // 1024},
            code="too_large",
        )
    data = upload.read()
    try:
        with Image.open(io.BytesIO(data)) as probe:
            image_format = probe.format
            width, height = probe.size
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        raise ValidationError(
            _("The logo is not an image we can read; use PNG, JPEG, GIF or WebP."),
            code="not_an_image",
        ) from None
    if image_format not in LOGO_FORMATS:
        raise ValidationError(
            _("%(format)s logos are not accepted; use PNG, JPEG, GIF or WebP.")
            % {"format": image_format},
            code="format",
        )
    if width * height > LOGO_MAX_PIXELS:
        raise ValidationError(
            _("The logo is %(width)s×%(height)s pixels; at most 4096×4096 is accepted.")
            % {"width": width, "height": height},
            code="too_many_pixels",
        )
    with Image.open(io.BytesIO(data)) as image:
        image.seek(0)
        image = image.convert("RGBA")
        image.thumbnail((LOGO_SIZE, LOGO_SIZE))
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=True)
    return ContentFile(out.getvalue(), name="logo.png")
