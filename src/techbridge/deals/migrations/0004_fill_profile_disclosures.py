"""Fill profiles' disclosure table from the connections accepted so far: OWNER for an
accepted contact, DOSSIER when its NDA step is complete as well."""

from django.db import migrations


def fill(apps, schema_editor):
    Connection = apps.get_model("deals", "Connection")
    ProfileDisclosure = apps.get_model("profiles", "ProfileDisclosure")
    rows = Connection.objects.filter(status="accepted").values_list(
        "profile_id", "requester_org_id", "nda__owner_confirmed_at", "nda__requester_confirmed_at"
    )
    levels: dict[tuple[int, int], str] = {}
    for profile_id, org_id, owner_ok, requester_ok in rows.iterator():
        key = (profile_id, org_id)
        if owner_ok and requester_ok:
            levels[key] = "dossier"
        else:
            levels.setdefault(key, "owner")
    existing = set(ProfileDisclosure.objects.values_list("profile_id", "organisation_id"))
    ProfileDisclosure.objects.bulk_create(
        [
            ProfileDisclosure(profile_id=p, organisation_id=o, level=level)
            for (p, o), level in levels.items()
            if (p, o) not in existing
        ],
        batch_size=1000,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("deals", "0003_trust_confirmation_verification"),
        ("profiles", "0002_disclosure"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
