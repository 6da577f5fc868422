"""factory_boy factories shared by every app's tests."""

from __future__ import annotations

import factory
from django.utils import timezone

from techbridge.accounts.models import Membership, Organisation, User
from techbridge.core.choices import MemberRole
from techbridge.profiles.models import TechnologyProfile

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    full_name = factory.Sequence(lambda n: f"User {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            from allauth.account.models import EmailAddress

            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)
            self.save()


class StaffFactory(UserFactory):
    is_staff = True
    department = "scientific"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"org-{n}")
    type = "company"
    country = "DE"
    province = ""
    city = "Berlin"
    sectors = factory.LazyFunction(lambda: ["energy-storage"])
    website = "https://example.org"
    description = "An organisation."


class ChineseOrganisationFactory(OrganisationFactory):
    country = "CN"
    province = "JS"
    city = "Suzhou"
    language = "zh"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = MemberRole.OWNER


class ProfileFactory(factory.django.DjangoModelFactory):
    """A published public offer unless told otherwise."""

    class Meta:
        model = TechnologyProfile

    organisation = factory.SubFactory(OrganisationFactory)
    kind = "offer"
    language = "en"
    title = factory.Sequence(lambda n: f"Battery recycling process {n}")
    summary = "Hydrometallurgical recovery of lithium from spent batteries."
    description = "Problem, solution, applications and advantages of the process."
    sectors = factory.LazyFunction(lambda: ["energy-storage", "recycling"])
    keywords = factory.LazyFunction(lambda: ["lithium", "recycling"])
    trl = 6
    ip_status = "granted_patent"
    patent_numbers = factory.LazyFunction(lambda: ["EP3123456B1"])
    partnership_types = factory.LazyFunction(lambda: ["licence_out"])
    target_countries = factory.LazyFunction(lambda: ["CN"])
    status = "published"
    visibility = "public"
    published_at = factory.LazyFunction(timezone.now)
