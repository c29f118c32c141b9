import datetime

import factory

from articles.models import Article
from timeline.models import Event, Mention, Person, PersonAlias, Precision


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    body = factory.Sequence(lambda n: f"Le 9 août 2024, quelque chose est arrivé. Texte {n}.")
    language = "fr"
    source_name = "Le Quotidien"
    published_on = datetime.date(2024, 8, 10)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Personne {n}")
    slug = factory.Sequence(lambda n: f"personne-{n}")

    @factory.post_generation
    def alias(self, create, extracted, **kwargs):
        if create:
            PersonAlias.objects.create(person=self, name=self.name)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    date_start = datetime.date(2024, 8, 9)
    date_end = factory.LazyAttribute(lambda e: e.date_start)
    precision = Precision.DAY
    title = factory.Sequence(lambda n: f"Événement {n}")
    confidence = 0.9

    @factory.post_generation
    def persons(self, create, extracted, **kwargs):
        if create and extracted:
            self.persons.set(extracted)


class MentionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mention
        skip_postgeneration_save = True

    event = factory.SubFactory(EventFactory)
    article = factory.SubFactory(ArticleFactory)
    sentence = "Le 9 août 2024, quelque chose est arrivé."
    sentence_start = 0
    sentence_end = 41
    expression = "Le 9 août 2024"
    expression_start = 0
    expression_end = 14
    extracted_date_start = factory.LazyAttribute(lambda m: m.event.date_start)
    extracted_date_end = factory.LazyAttribute(lambda m: m.event.date_end)
    extracted_precision = factory.LazyAttribute(lambda m: m.event.precision)
