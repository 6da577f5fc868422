"""One notification pipeline: kinds are registered names ("<app>.<event>"), each row says how
it is e-mailed, and the connection notices already mailed at once by the old deals task are
marked e-mailed (the digest mailed them a second time)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.db.models import F

RENAMES = {
    "profile": "profiles.review",
    "match": "matches.new",
    "search_alert": "search.alert",
    "connection": "deals.connection",
    "message": "deals.message",
    "event": "events.meeting",
}
MAILED_AT_ONCE = ("deals.connection", "deals.message")


def forwards(apps, schema_editor):
    Notification = apps.get_model("notifications", "Notification")
    for old, new in RENAMES.items():
        Notification.objects.filter(kind=old).update(kind=new)
    deals = Notification.objects.filter(kind__in=MAILED_AT_ONCE)
    deals.update(delivery="now")
    deals.filter(emailed_at__isnull=True).update(emailed_at=F("created_at"))


def backwards(apps, schema_editor):
    Notification = apps.get_model("notifications", "Notification")
    for old, new in RENAMES.items():
        Notification.objects.filter(kind=new).update(kind=old)




class Migration(migrations.Migration):

    dependencies = [
        ('notifications', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='notification',
            options={'ordering': ['-created_at'], 'verbose_name': 'notification', 'verbose_name_plural': 'notifications'},
        ),
        migrations.AddField(
            model_name='notification',
            name='delivery',
            field=models.CharField(choices=[('now', 'E-mailed at once'), ('digest', 'In the e-mail digest'), ('none', 'Not e-mailed')], default='digest', max_length=10, verbose_name='e-mail'),
        ),
        migrations.AlterField(
            model_name='notification',
            name='body',
            field=models.TextField(blank=True, max_length=5000, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='notification',
            name='created_at',
            field=models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='created'),
        ),
        migrations.AlterField(
            model_name='notification',
            name='emailed_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='e-mailed'),
        ),
        migrations.AlterField(
            model_name='notification',
            name='kind',
            field=models.CharField(max_length=60, verbose_name='kind'),
        ),
        migrations.AlterField(
            model_name='notification',
            name='read_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='read'),
        ),
        migrations.AlterField(
            model_name='notification',
            name='title',
            field=models.CharField(max_length=300, verbose_name='title'),
        ),
        migrations.AlterField(
            model_name='notification',
            name='url',
            field=models.CharField(blank=True, max_length=500, verbose_name='link'),
        ),
        migrations.AlterField(
            model_name='notification',
            name='user',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='notifications', to=settings.AUTH_USER_MODEL, verbose_name='recipient'),
        ),
        migrations.AddIndex(
            model_name='notification',
            index=models.Index(fields=['emailed_at', 'delivery'], name='notification_unmailed_idx'),
        ),
        migrations.RunPython(forwards, backwards),
    ]
