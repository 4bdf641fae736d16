"""A team store with its people, for the tests of roles: a leader (Lea), two owners (Olga,
Otto), a facilitator (Fay) and a viewer (Vic), each a login of the private server with the
password "<name>-secret", and one escalation assigned to each owner."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from chair.domain.escalation import Coe, CorrectiveAction
from chair.domain.model import Voice
from chair.services import escalations, team
from chair.store import people
from chair.store import voices as voice_store
from chair.store.db import Database

PERSONAL = ("Jan Kowalski here. Call me on +48 601 234 567 or write to "
            "jan.kowalski@example.com, the parcel never came to ul. Piotrkowska 12, Łódź.")
PEOPLE = [("lea", "leader"), ("olga", "owner"), ("otto", "owner"), ("fay", "facilitator"),
          ("vic", "viewer")]


def email_of(name: str) -> str:
    return f"{name}@shop.example"


@dataclass
class Crew:
    url: str
    password: str
    admin: Database
    first: int = 0  # Olga's escalation
    second: int = 0  # Otto's

    def login(self, name: str) -> str:
        # Logins are the server's, shared by its databases: one name per test's database.
        return f"{name}_{urlsplit(self.url).path[-6:]}"

    def url_of(self, name: str) -> str:
        parts = urlsplit(self.url)
        return f"postgresql://{self.login(name)}@{parts.hostname}:{parts.port}{parts.path}"

    def as_(self, name: str) -> Database:
        return team.connect(self.url_of(name), f"{name}-secret", migrate=False)


def make_crew(url: str, password: str) -> Crew:
    admin = team.connect(url, password)
    people.init(admin)
    crew = Crew(url, password, admin)
    for name, role in PEOPLE:
        people.add(admin, people.Person(crew.login(name), name.title(), email_of(name), role),
                   f"{name}-secret")
    voice_store.add_voices(admin, [
        Voice(source="mail", source_key="m1", received_at=1_700_000_000, text=PERSONAL,
              author="Jan Kowalski", subject="Parcel for Jan Kowalski", pillar="delivery",
              meta={"sender": "jan.kowalski@example.com"}),
        Voice(source="mail", source_key="m2", received_at=1_700_000_100,
              text="Prices went up 30% for the same ink", pillar="price"),
    ])
    ids = [v.id for v in voice_store.page(admin, limit=10)]
    lea = crew.as_("lea")
    crew.first = escalations.escalate(lea, [ids[0]], owner_name="Olga",
                                      owner_email=email_of("olga"), due_at=1_800_000_000)
    crew.second = escalations.escalate(lea, [ids[1]], owner_name="Otto",
                                       owner_email=email_of("otto").upper(),
                                       due_at=1_800_000_000)
    lea.close()
    return crew


def full_coe(escalation_id: int) -> Coe:
    return Coe(escalation_id, what_happened="Ink prices were raised by a rule",
               impact="1,200 orders", root_cause="A pricing rule applied twice",
               supporting_data="Orders 3-9 May", implications="None for security",
               lessons="Review rules",
               actions=(CorrectiveAction("Remove the rule", "Olga", 1_800_000_000),))
