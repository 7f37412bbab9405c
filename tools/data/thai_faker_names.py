"""The Thai names Faker's th_TH person provider holds, shared by the Thai check-set generators
(make_thai_chat_check.py, make_thai_chat2_check.py): Redact's lexicon reads them, so a check set
leaves them out. An empty set when Faker is not installed."""

import re


def faker_thai_names():
    """The names Faker's th_TH provider holds (Redact's lexicon reads them): left out."""
    try:
        import faker.providers.person.th_TH as provider
    except ImportError:
        return set()
    with open(provider.__file__, encoding="utf-8") as handle:
        return set(re.findall(r'"([\u0e00-\u0e7f]+)"', handle.read()))
