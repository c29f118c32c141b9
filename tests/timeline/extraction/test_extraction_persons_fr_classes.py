"""Classes of French person attribution: a lawyer pleading acts for the client."""

from datetime import date

from tests.timeline.extraction.support import persons_of

PUBLISHED = date(2024, 3, 11)


def test_possessive_counsel_pleading_includes_client():
    text = (
        "Le garagiste Yannick Perrot comparaît pour escroquerie devant le tribunal de Nantes. "
        "Les expertises comptables ont été versées au dossier.\n\n"
        "Son avocate, Me Odile Fabre, plaidera mercredi la relaxe."
    )
    assert persons_of(text, "mercredi", PUBLISHED, "fr") == {"Odile Fabre", "Yannick Perrot"}


def test_possessive_counsel_not_pleading_acts_alone():
    text = (
        "Le garagiste Yannick Perrot comparaît pour escroquerie devant le tribunal de Nantes.\n\n"
        "Son avocate, Me Odile Fabre, a déposé mercredi une demande de renvoi."
    )
    assert persons_of(text, "mercredi", PUBLISHED, "fr") == {"Odile Fabre"}


def test_counsel_of_a_role_pleading_includes_its_holder():
    text = (
        "L'ancienne directrice de la clinique (Vendée), Agnès Morel, est jugée pour fraude. "
        "Le parquet a requis un an avec sursis contre Julien Caradec, son adjoint.\n\n"
        "L'avocat de l'ancienne directrice, Me Hugo Lenoir, doit plaider vendredi l'acquittement."
    )
    assert persons_of(text, "vendredi", PUBLISHED, "fr") == {"Hugo Lenoir", "Agnès Morel"}


def test_english_counsel_pleading_for_client():
    text = (
        "Dale Hutchins, a local contractor, is on trial for fraud. "
        "The books were filed in evidence.\n\n"
        "His lawyer, Marcia Velde, will plead for leniency on Wednesday."
    )
    assert persons_of(text, "on Wednesday", PUBLISHED, "en") == {"Marcia Velde", "Dale Hutchins"}


def test_english_counsel_not_pleading_acts_alone():
    text = (
        "Dale Hutchins, a local contractor, is on trial for fraud.\n\n"
        "His lawyer, Marcia Velde, said on Wednesday she would file motions."
    )
    assert persons_of(text, "on Wednesday", PUBLISHED, "en") == {"Marcia Velde"}
