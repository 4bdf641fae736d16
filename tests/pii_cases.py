"""A planted-PII set: texts in six languages with personal data whose values are known, so a
test can prove none of them survives redaction. Written for this test; all values fictional."""

from __future__ import annotations

import itertools

NAMES = {
    "en": ["Sarah Johnson", "Michael O'Brien", "Aisha Patel", "David Brooks"],
    "pl": ["Katarzyna Nowak", "Paweł Kamiński", "Agnieszka Dąbrowska", "Michał Woźniak"],
    "fr": ["Camille Dubois", "Julien Moreau", "Élodie Girard", "Antoine Roux"],
    "vi": ["Nguyễn Thị Lan", "Trần Văn Minh", "Lê Thu Hà", "Phạm Quốc Huy"],
    "de": ["Thomas Müller", "Anna Schäfer", "Jürgen Weiß", "Lena Hoffmann"],
    "es": ["Lucía García", "Javier Fernández", "Carmen Ruiz", "Pablo Martín"],
}
PHONES = {
    "en": ["(206) 555-0143", "+1 312 555 0178", "206-555-0199", "+1 (415) 555-0123"],
    "pl": ["+48 601 234 567", "601-234-567", "601 234 567", "+48 22 123 45 67"],
    "fr": ["06 12 34 56 78", "+33 6 98 76 54 32", "06.12.34.56.78", "01 42 68 53 00"],
    "vi": ["0912 345 678", "+84 90 123 4567", "0912345678", "028 3823 4567"],
    "de": ["+49 30 12345678", "030 1234567", "0171 1234567", "+49 (0)171 2345678"],
    "es": ["612 345 678", "+34 612 345 678", "91 123 45 67", "+34 91 123 4567"],
}
ADDRESSES = {
    "en": ["1423 Pine St", "808 Howell Street Apt 12", "2200 Westlake Ave N", "455 W Division St"],
    "pl": ["ul. Puławska 145 m. 12", "al. Jana Pawła II 61", "ul. Długa 14/3", "os. Zgody 7 m. 40"],
    "fr": ["12 rue Oberkampf", "48 boulevard Voltaire", "5 avenue Jean Jaurès", "27 rue de la République"],
    "vi": ["số 18 ngõ 64 Nguyễn Lương Bằng", "123 Nguyễn Thị Thập, Quận 7", "số 45 Bạch Đằng", "so 5 ngo 12 Tran Duy Hung"],
    "de": ["Hauptstraße 12", "Berliner Str. 5", "Goethestraße 33a", "Lindenallee 7"],
    "es": ["Calle Mayor 12", "C/ Alcalá 45", "Avenida de América 8", "Paseo de Gracia 92"],
}
EMAILS = ["sarah.j@example.com", "k.nowak@poczta.example.pl", "julien+shop@example.fr",
          "lan.nguyen@example.vn", "t.mueller@example.de", "lucia_garcia@example.es"]
ORDERS = ["#327-4345343-9559054", "#40218734", "ZAM/11000/2026", "order 5587123", "123-4567890-1234567"]
CARDS = ["4111 1111 1111 1111", "5500-0000-0000-0004", "4012888888881881", "3782 822463 10005"]
IBANS = ["PL61 1090 1014 0000 0712 1981 2874", "FR76 3000 6000 0112 3456 7890 189",
         "DE89 3704 0044 0532 0130 00", "ES91 2100 0418 4502 0005 1332"]

TEMPLATES = {
    "en": ["Hi,\n\nMy name is {name}. Order {order} never arrived at {address}. Call me on {phone}.\n\nThanks,\n{name}",
           "Hello, I'm {name} and I was charged twice on card {card}. Email {email} please.",
           "Dear team,\nplease refund to {iban}. You can reach me at {phone}.\nRegards,\n{name}",
           "{name} here - the courier left my parcel at {address} again."],
    "pl": ["Dzień dobry,\nnazywam się {name}. Zamówienie {order} nie dotarło na adres {address}. Tel. {phone}\n\nPozdrawiam,\n{name}",
           "Witam, proszę o zwrot na konto {iban}. Mój e-mail: {email}\n\nZ poważaniem\n{name}",
           "Kurier zostawił paczkę pod {address}, a ja ({name}) czekałem w domu. Kontakt {phone}",
           "Obciążono moją kartę {card} dwa razy. {name}"],
    "fr": ["Bonjour,\nje m'appelle {name}. La commande {order} n'est jamais arrivée au {address}. Mon numéro : {phone}\n\nCordialement,\n{name}",
           "Bonjour, merci de rembourser sur {iban}. Mon e-mail : {email}\n\nBien à vous,\n{name}",
           "Le livreur a déposé le colis devant le {address}. {name}, {phone}",
           "Carte {card} débitée deux fois ! Je suis {name}."],
    "vi": ["Chào shop,\ntôi tên là {name}. Đơn hàng {order} chưa giao tới {address}. SĐT {phone}\n\nCảm ơn,\n{name}",
           "Xin chào, hoàn tiền giúp mình vào {iban} nhé. Email: {email}\n\nTrân trọng,\n{name}",
           "Shipper để hàng ở {address} mà không gọi cho {name} ({phone}).",
           "Thẻ {card} bị trừ tiền hai lần. Tôi là {name}."],
    "de": ["Hallo,\nich heiße {name}. Bestellung {order} kam nie bei {address} an. Telefon {phone}\n\nViele Grüße\n{name}",
           "Guten Tag, bitte erstatten Sie auf {iban}. E-Mail: {email}\n\nMit freundlichen Grüßen\n{name}",
           "Der Bote hat das Paket vor {address} abgestellt. {name}, {phone}",
           "Meine Karte {card} wurde doppelt belastet. Mein Name ist {name}."],
    "es": ["Hola,\nme llamo {name}. El pedido {order} nunca llegó a {address}. Teléfono {phone}\n\nSaludos,\n{name}",
           "Buenos días, devuelvan el dinero a {iban}. Mi correo: {email}\n\nAtentamente,\n{name}",
           "El repartidor dejó el paquete en {address}. {name}, {phone}",
           "Me cobraron dos veces en la tarjeta {card}. Mi nombre es {name}."],
}


def cases() -> list[tuple[str, str, dict[str, str]]]:
    """(language, text, planted values by kind) — 240 strings."""
    out = []
    counter = itertools.count()
    for lang, templates in TEMPLATES.items():
        for variant in range(10):
            for k, template in enumerate(templates[:4]):
                n = next(counter)
                values = {
                    "name": NAMES[lang][(variant + k) % 4],
                    "phone": PHONES[lang][(variant + 2 * k) % 4],
                    "address": ADDRESSES[lang][(variant + k) % 4],
                    "email": EMAILS[n % len(EMAILS)],
                    "order": ORDERS[n % len(ORDERS)],
                    "card": CARDS[n % len(CARDS)],
                    "iban": IBANS[n % len(IBANS)],
                }
                text = template.format(**values)
                out.append((lang, text, {k2: v for k2, v in values.items() if v in text}))
    return out
