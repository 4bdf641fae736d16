"""The words around personal data, in the languages chair reads: where people put a name (after
an introduction, a title, a kinship or role word, a sign-off...), what labels a field, and the
capitalised words that are never a person. Data for chair.insight.redaction; lower case."""

from __future__ import annotations

# A name follows: "my name is Anna", "je m'appelle Anna", "tôi tên là Lan". Strong: the words
# after them are a name even in lower case ("my name is anna nowak").
INTRO_STRONG = (
    "my name is", "my name's", "name's", "my full name is", "the name is",
    "nazywam się", "nazywam sie", "mam na imię", "mam na imie", "moje imię to", "z tej strony",
    "je m'appelle", "je m’appelle", "mon nom est", "mon nom c'est", "moi c'est",
    "ich heiße", "ich heisse", "mein name ist", "mein name:",
    "me llamo", "mi nombre es", "mi nombre:",
    "tôi tên là", "tôi tên", "tên tôi là", "tên mình là", "mình tên là", "mình tên", "em tên là",
    "em tên", "tên em là", "toi ten la", "ten toi la", "minh ten la", "minh ten", "em ten la",
    "em ten",
    "mijn naam is", "ik heet", "mi chiamo", "il mio nome è", "meu nome é", "me chamo",
)
# A name may follow, if it looks like one: "I'm Anna Nowak" but not "I'm happy".
INTRO_WEAK = (
    "i am", "i'm", "i’m", "im", "this is", "it's", "it’s", "its", "here is",
    "jestem", "tu", "tutaj", "piszę ja", "je suis", "c'est", "c’est", "ici", "ich bin", "ich bins",
    "hier ist", "hier spricht", "hier schreibt", "soy", "aquí", "habla", "le escribe",
    "tôi là", "mình là", "em là", "toi la", "minh la", "đây là", "day la",
    "ik ben", "hier is", "sono", "sou", "aqui é", "aqui",
)
# The weak introductions that present the writer ("I am", not "it's"): one word closing the
# clause after them is a name ("Mình là Khoa, ai bị giống mình...").
SELF_INTROS = frozenset({"i am", "i'm", "im", "jestem", "je suis", "ich bin", "ich bins", "soy",
                         "tôi là", "mình là", "em là", "toi la", "minh la", "ik ben", "sono",
                         "sou"})
# Words that come where a name might after a weak introduction but are not one.
NOT_AFTER_INTRO = frozenset([
    "a", "an", "the", "not", "so", "very", "really", "just", "still", "also", "here", "there",
    "back", "home", "fine", "good", "ok", "okay", "sorry", "happy", "glad", "sure", "new",
    "writing", "calling", "trying", "having", "looking", "interested", "unhappy", "disappointed",
    "angry", "upset", "frustrated", "waiting", "contacting", "asking", "reaching", "afraid",
    "going", "done", "tired", "fed", "your", "my", "our", "from", "in", "at", "on", "with", "for",
    "to", "of", "and", "or", "but", "as", "a", "customer", "client", "user", "buyer", "member",
    "nie", "tak", "bardzo", "już", "juz", "jeszcze", "tu", "bardzo", "zawiedziony", "zawiedziona",
    "klientem", "klientką", "pas", "très", "tres", "vraiment", "déçu", "déçue", "client",
    "cliente", "de", "du", "des", "la", "le", "les", "un", "une", "en", "à", "nicht", "sehr",
    "wirklich", "enttäuscht", "kunde", "kundin", "der", "die", "das", "ein", "eine", "aus", "in",
    "am", "no", "muy", "cliente", "de", "del", "la", "el", "un", "una", "en", "không", "rất",
    "khách", "là", "của",
])

# Titles and forms of address that come right before a name (any case in the text).
HONORIFICS = (
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "madam",
    "pan", "pani", "pana", "panią", "panu", "panem", "panie", "państwo",
    "m.", "mme", "mme.", "mlle", "monsieur", "madame", "mademoiselle",
    "herr", "herrn", "frau",
    "sr", "sr.", "sra", "sra.", "srta", "srta.", "señor", "señora", "señorita", "don", "doña",
    "anh", "chị", "em", "cô", "chú", "bác", "ông", "bà", "bạn",
    "meneer", "mevrouw", "mevr.", "dhr.", "signor", "signora", "sig.", "sig.ra", "senhor",
    "senhora",
)
# The writer or their kin right before a name in parentheses: "a ja (Anna Nowak) czekałem".
SELF_OR_KIN = frozenset({
    "i", "me", "myself", "ja", "mnie", "sam", "sama", "moi", "je", "ich", "mich", "yo", "mí",
    "tôi", "mình", "em", "ik", "io", "eu", "wife", "husband", "mother", "father", "son",
    "daughter", "brother", "sister", "partner", "żona", "mąż", "femme", "mari", "frau", "mann",
    "esposa", "marido", "vợ", "chồng",
})
# Titles that are everyday words in lower case ("I miss Paris", "pay the ban").
CAPITALISED_HONORIFICS = frozenset({"miss", "don", "sir", "madam", "dr", "pan", "em", "co"})
# Titles written with a dot: "Mr. Smith", "Sra. Vidal".
ABBREVIATED_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "m", "sr", "sra", "srta", "sig",
                                    "mme", "mlle", "dhr", "mevr", "st", "hr", "fr"})
# People named by who they are to the writer or the shop: "my husband Mark", "the courier
# Kike", "nhân viên Đức Anh". A comma, a colon or "là" may stand between.
RELATIONS = (
    "husband", "wife", "son", "daughter", "mother", "father", "mom", "mum", "dad", "brother",
    "sister", "partner", "boyfriend", "girlfriend", "friend", "neighbour", "neighbor",
    "colleague", "boss", "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle",
    "cousin", "fiancé", "fiancée",
    "customer", "client", "user", "caller", "buyer", "courier", "driver", "technician",
    "agent", "employee", "rep", "representative", "assistant", "manager", "advisor", "adviser",
    "mąż", "męża", "mężem", "żona", "żony", "żoną", "syn", "syna", "synem", "córka", "córki",
    "mama", "mamy", "tata", "taty", "brat", "brata", "siostra", "siostry", "sąsiad", "sąsiadka",
    "kolega", "koleżanka", "klient", "klientka", "kurier", "kuriera", "konsultant",
    "konsultantka", "pracownik", "pracownica", "doradca",
    "mari", "femme", "fils", "fille", "mère", "père", "frère", "sœur", "soeur", "voisin",
    "voisine", "collègue", "client", "cliente", "livreur", "livreuse", "conseiller",
    "conseillère", "technicien", "technicienne", "employé", "employée", "vendeur", "vendeuse",
    "mann", "ehemann", "frau", "ehefrau", "sohn", "tochter", "mutter", "vater", "bruder",
    "schwester", "nachbar", "nachbarin", "kollege", "kollegin", "kunde", "kundin", "fahrer",
    "zusteller", "mitarbeiter", "mitarbeiterin", "techniker", "berater", "beraterin",
    "marido", "esposo", "esposa", "mujer", "hijo", "hija", "madre", "padre", "hermano",
    "hermana", "vecino", "vecina", "compañero", "compañera", "cliente", "repartidor",
    "repartidora", "técnico", "técnica", "empleado", "empleada", "agente", "dependiente",
    "dependienta", "mensajero",
    "vợ", "chồng", "con trai", "con gái", "mẹ", "bố", "ba", "anh trai", "chị gái",
    "em trai", "em gái", "bạn", "hàng xóm", "đồng nghiệp", "khách", "khách hàng", "nhân viên",
    "shipper", "tài xế", "kỹ thuật viên", "tư vấn viên",
    "man", "vrouw", "zoon", "dochter", "moeder", "vader", "broer", "zus", "buurman", "buurvrouw",
    "klant", "bezorger", "chauffeur", "medewerker",
    "marito", "moglie", "figlio", "figlia", "madre", "padre", "fratello", "sorella", "cliente",
    "corriere", "marido", "esposa", "filho", "filha", "mãe", "pai", "irmão", "irmã",
    "entregador",
)
# Verbs and phrases a name comes right after: "a guy called Kevin", "thanks to Kai", "ask for
# Siobhan", "spoke to Mark", "served by Juan Carlos", "j'ai eu Sandrine".
BEFORE_NAME = (
    "guy called", "man called", "woman called", "lady called", "girl called", "boy called",
    "someone called", "somebody called", "person called", "chap called", "bloke called",
    "fellow called", "gentleman called", "guy named", "man named", "woman named",
    "lady named", "girl named", "someone named", "somebody named", "person named",
    "agent named", "rep named", "by the name of", "thanks to", "thank you to", "shout out to",
    "kudos to", "ask for", "asked for", "ask", "asked", "spoke to", "spoke with", "speak to",
    "speak with", "spoken to", "talked to", "talked with", "chatted with", "dealt with",
    "handled by", "served by", "helped by", "resolved by", "attended by", "from",
    "call from", "message from", "email from", "request from", "complaint from",
    "forwarded from", "note from", "zgłoszenie od", "wiadomość od", "telefon od",
    "appel de", "message de", "demande de", "réclamation de", "courriel de", "mail de",
    "anruf von", "nachricht von", "anfrage von", "beschwerde von", "llamada de",
    "mensaje de", "solicitud de", "reclamación de", "queja de", "cuộc gọi từ", "tin nhắn từ",
    "bericht van", "telefoontje van",
    "dossier", "case", "ticket", "file", "sprawa", "zgłoszenie", "vorgang", "fall",
    "expediente", "incidencia", "caso", "hồ sơ", "pratica",
    "o imieniu", "o nazwisku", "dzięki", "rozmawiałem z", "rozmawiałam z", "obsługiwał mnie",
    "obsługiwała mnie", "pytałem o", "pytałam o", "zapytać o", "od",
    "nommé", "nommée", "appelé", "appelée", "merci à", "j'ai eu", "j’ai eu", "parlé à",
    "parlé avec", "traité par", "traitée par", "géré par", "gérée par", "demandez", "de la part de",
    "namens", "danke an", "dank an", "gesprochen mit", "bearbeitet von", "von",
    "llamado", "llamada", "gracias a", "hablé con", "me atendió", "atendido por",
    "atendida por", "pregunté por", "preguntad por", "pregunte por", "de parte de",
    "tên là", "ten la", "gặp", "hỏi", "nhờ", "cảm ơn",
    "genaamd", "dank aan", "gesproken met", "chiamato", "chiamata", "grazie a", "chamado",
    "chamada", "obrigado a",
)
# After these only a full name (two words or more) counts: "from Anna Nowak" is a person,
# "from Amazon" is not.
NEEDS_FULL_NAME = frozenset({
    "handled by", "served by", "helped by", "resolved by", "attended by", "from", "od", "von",
    "ask", "asked", "hỏi", "gặp", "cảm ơn", "nhờ", "dossier", "case",
    "ticket", "file", "sprawa", "zgłoszenie", "vorgang", "fall", "expediente", "incidencia",
    "caso", "hồ sơ", "pratica",
})
# Cues that are bare prepositions: only in lower case ("Will Buy Again From Best Buy" is a
# title-case slogan, not a person).
PREPOSITIONS = frozenset({"from", "od", "von"})
# ...unless the name is followed by one of these: "ask Josh about the deal".
SINGLE_NAME_AFTER = ("about", "for", "to", "if", "whether", "why", "o", "à", "pour", "nach",
                     "por", "về")
# A name comes right before these: "Paulina from support", "Sergio de atención al cliente",
# "Hoa đây", "Anna here".
AFTER_NAME = (
    "from support", "from customer service", "from customer care", "from the help desk",
    "from your team", "from the shop", "from the store", "from cs", "at support",
    "at customer service", "in customer service", "here",
    "z obsługi klienta", "z działu obsługi", "z biura obsługi", "tutaj",
    "du service client", "du sav", "au service client", "ici",
    "vom kundenservice", "vom kundendienst", "vom support", "hier",
    "de atención al cliente", "del servicio al cliente", "de soporte", "de la tienda", "aquí",
    "bên cskh", "bên chăm sóc khách hàng", "ở cskh", "đây", "day",
    "van de klantenservice", "del servizio clienti", "do atendimento",
)
# The "here" of "Anna here": a name before it only when the line opens with it.
HERE = frozenset({"here", "tutaj", "ici", "hier", "aquí", "đây", "day"})
# Sign-offs: a name follows on the same line or the next ("Regards, Helen Oduya").
CLOSINGS = (
    "thanks", "thank you", "thanks again", "many thanks", "thx", "regards", "best regards",
    "kind regards", "warm regards", "warmest regards", "best wishes", "best", "cheers",
    "sincerely", "yours sincerely", "yours truly", "yours faithfully", "respectfully", "br",
    "all the best", "take care",
    "pozdrawiam", "pozdrawiam serdecznie", "serdecznie pozdrawiam", "z poważaniem",
    "z powazaniem", "z wyrazami szacunku", "dziękuję", "dziekuje", "dzięki", "dzieki",
    "serdecznie", "łączę pozdrowienia", "pozdrowienia",
    "cordialement", "bien cordialement", "bien à vous", "bien a vous", "merci", "merci d'avance",
    "merci beaucoup", "salutations", "sincères salutations", "salutations distinguées",
    "à bientôt", "a bientot", "bonne journée", "amicalement", "bisous", "bises",
    "viele grüße", "viele gruesse", "mit freundlichen grüßen", "mit freundlichen gruessen",
    "freundliche grüße", "beste grüße", "liebe grüße", "schöne grüße", "herzliche grüße",
    "grüße", "gruß", "lg", "vg", "mfg", "danke", "vielen dank",
    "saludos", "un saludo", "saludos cordiales", "atentamente", "cordialmente", "gracias",
    "muchas gracias", "un abrazo", "besos", "att", "atte",
    "cảm ơn", "cám ơn", "trân trọng", "thân", "thân ái", "xin cảm ơn", "cảm ơn nhiều",
    "cam on", "tran trong",
    "met vriendelijke groet", "met vriendelijke groeten", "groeten", "groetjes", "bedankt",
    "cordiali saluti", "distinti saluti", "saluti", "grazie", "atenciosamente", "obrigado",
    "obrigada", "abraços", "cumprimentos",
)
# Lines that head a forwarded or quoted message: "From: Name <address>".
HEADER_FIELDS = ("from", "de", "von", "od", "từ", "van", "da", "sender", "expéditeur",
                 "absender", "nadawca", "remitente", "người gửi")
# Field labels whose value is a name ("Name: Anna Nowak", "Người nhận: Lan").
NAME_FIELDS = (
    "name", "full name", "customer name", "account holder", "holder", "cardholder", "recipient",
    "contact", "contact person", "caller", "sender", "requester", "requested by", "reported by",
    "imię", "imię i nazwisko", "nazwisko", "odbiorca", "nadawca", "zgłaszający", "faktura na",
    "właściciel konta", "nom", "prénom", "nom et prénom", "nom complet", "destinataire",
    "titulaire", "titulaire du compte", "demandeur", "name", "vorname", "nachname",
    "kontoinhaber", "empfänger", "anrufer", "ansprechpartner", "nombre", "nombre completo",
    "apellidos", "titular", "destinatario", "solicitante", "họ tên", "họ và tên", "tên",
    "người nhận", "người gửi", "chủ tài khoản", "naam", "nome", "nome completo",
)
# Field labels whose value is never a name, whatever its case ("Subject: Return Label").
NOT_NAME_FIELDS = frozenset({
    "subject", "re", "fw", "fwd", "objet", "betreff", "asunto", "temat", "tiêu đề", "onderwerp",
    "oggetto", "assunto", "date", "datum", "fecha", "data", "ngày", "sent", "envoyé", "gesendet",
    "enviado", "wysłano", "to", "à", "an", "para", "do", "cc", "tel", "phone", "address",
})
# Labels that open a ticket line about a person, or a chat speaker: the name may follow.
TICKET_LABELS = frozenset({
    "vip", "incidencia", "litige", "dossier", "ticket", "case", "claim", "complaint",
    "reklamacja", "zgłoszenie", "beschwerde", "reclamación", "réclamation", "khiếu nại",
    "escalated", "escalation", "customer", "client", "kunde", "kundin", "cliente", "klient",
    "klientka", "khách", "khach", "visitor", "caller", "appel", "anruf", "llamada", "rappel",
    "callback", "note", "contact", "forwarded", "user", "użytkownik", "utilisateur", "usuario",
    "benutzer", "người dùng", "nadawca", "sender", "requester", "buyer", "kupujący",
})
# Questions that a chat answers with a name on the next line.
NAME_QUESTIONS = (
    "your name", "full name", "your first name", "your surname", "who am i speaking",
    "twoje imię", "pana imię", "pani imię", "imię i nazwisko", "pana nazwisko", "pani nazwisko",
    "votre nom", "votre prénom", "nom complet", "ihr name", "ihren namen", "ihr vorname",
    "su nombre", "tu nombre", "nombre completo", "tên của", "tên anh", "tên chị", "tên bạn",
    "họ tên", "uw naam", "il suo nome", "seu nome",
)

# Capitalised words that are never (part of) a person's name. Areas from the gazetteer are
# added at run time.
NOT_NAMES = frozenset([
    "i", "i'm", "im", "the", "a", "an", "my", "your", "our", "his", "her", "their", "this", "that",
    "these", "those", "it", "its", "we", "you", "they", "he", "she", "hi", "hello", "hey", "dear",
    "hola", "bonjour", "salut", "hallo", "witam", "cześć", "czesc", "chào", "chao", "xin", "ciao",
    "olá", "ola", "thanks", "thank", "regards", "best", "kind", "cheers", "sincerely", "yours",
    "please", "sorry", "ok", "okay", "yes", "no", "not", "customer", "client", "user", "service",
    "support", "team", "care", "help", "desk", "shop", "store", "order", "orders", "delivery",
    "courier", "driver", "agent", "manager", "staff", "department", "office", "company", "sales",
    "account", "invoice", "refund", "return", "returns", "warranty", "product", "item", "package",
    "parcel", "box", "tracking", "number", "email", "phone", "mobile", "tel", "tél", "telefon",
    "telefono", "teléfono", "address", "adres", "adresse", "dirección", "anschrift", "date",
    "datum", "fecha", "subject", "re", "fw", "fwd", "objet", "betreff", "asunto", "temat", "sent",
    "from", "to", "cc", "von", "od", "de", "van", "da", "para", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "july", "september", "october", "november", "december", "mon", "tue", "wed",
    "thu", "fri", "sat", "sun", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "today", "yesterday", "tomorrow", "poniedziałek", "wtorek", "środa",
    "czwartek", "piątek", "sobota", "niedziela", "styczeń", "luty", "marzec", "kwiecień", "maj",
    "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars",
    "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar",
    "februar", "märz", "september", "oktober",
    "november", "dezember", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
    "domingo", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre", "thứ", "tháng", "ngày", "dzień", "dobry",
    "pan", "pani", "państwo", "panie", "szanowni", "szanowny", "szanowna", "klient", "klientka",
    "zamówienie", "zamówienia", "paczka", "przesyłka", "kurier", "sklep", "reklamacja", "faktura",
    "monsieur", "madame", "mademoiselle", "messieurs", "mesdames", "cher", "chère", "client",
    "cliente", "commande", "colis", "livraison", "service", "réclamation", "facture", "merci",
    "cordialement", "herr", "frau", "herren", "damen", "liebe", "lieber", "sehr", "geehrte",
    "geehrter", "kunde", "kundin", "bestellung", "paket", "lieferung", "service", "reklamation",
    "rechnung", "danke", "grüße", "señor", "señora", "estimado", "estimada", "estimados",
    "cliente", "pedido", "paquete", "envío", "entrega", "servicio", "reclamación", "factura",
    "gracias", "saludos", "shop", "khách", "cảm", "vip", "pro", "premium", "gold", "silver", "new",
    "old", "geburtsdatum", "kundennummer", "bestellnummer", "adresse", "telefon", "handy",
    "straße", "strasse",
])
# Lower-case words that join the parts of a name: "Marcus de la Cruz", "van der Linden".
PARTICLES = frozenset({
    "de", "da", "das", "dos", "do", "del", "della", "delle", "di", "du", "des", "la", "le",
    "van", "von", "der", "den", "ter", "ten", "zu", "y", "i", "e", "bin", "ibn", "al", "el",
    "st.", "mac", "ben",
})

# Numbers hidden only when a label says what they are.
PHONE_LABELS = (
    "tel", "tel.", "tél", "tél.", "telephone", "phone", "phone number", "mobile", "cell",
    "call me", "call", "whatsapp", "zalo", "viber", "telefon", "telefonu", "komórka",
    "numer telefonu", "nr tel", "nr tel.", "téléphone", "portable", "numéro", "handy",
    "telefonnummer", "rufnummer", "móvil", "movil", "teléfono", "celular", "sđt", "sdt",
    "số điện thoại", "so dien thoai", "điện thoại", "dt", "đt", "telefoon", "cellulare",
)
ID_LABELS = (
    "pesel", "nip", "regon", "nr dowodu", "numer dowodu", "dowód", "dowód osobisty",
    "seria i numer", "paszport", "nr paszportu", "nir", "numéro de sécurité sociale",
    "sécurité sociale", "n° sécu", "carte d'identité", "cni", "passeport", "siret", "siren",
    "steuer-id", "steueridentifikationsnummer", "idnr", "personalausweis", "ausweisnummer",
    "ausweis", "reisepass", "passnummer", "sozialversicherungsnummer", "dni", "nie", "nif",
    "pasaporte", "documento", "cédula", "cccd", "cmnd", "căn cước", "can cuoc",
    "số cmnd", "số cccd", "hộ chiếu", "ssn", "social security", "social security number",
    "passport", "passport number", "id number", "id card", "identity card", "national id",
    "driver's license", "driving licence", "license number", "bsn", "codice fiscale", "cpf",
)
ACCOUNT_LABELS = (
    "account", "account number", "bank account", "acct", "konto", "nr konta", "numer konta",
    "rachunek", "nr rachunku", "rachunku", "compte", "rib", "kontonummer", "bankverbindung",
    "cuenta", "número de cuenta", "số tài khoản", "stk", "tài khoản", "rekening",
    "rekeningnummer", "conto", "conta",
)
BIRTH_LABELS = (
    "born", "born on", "date of birth", "birth date", "birthdate", "dob", "d.o.b.", "birthday",
    "né", "née", "né le", "née le", "date de naissance", "data urodzenia", "urodzony",
    "urodzona", "urodziłem się", "urodziłam się", "ur.", "geboren", "geboren am",
    "geburtsdatum", "geb.", "fecha de nacimiento", "nacido", "nacida", "nacido el",
    "nacida el", "ngày sinh", "sinh ngày", "sinh năm", "geboortedatum", "geboren op",
    "data di nascita", "nato il", "nata il", "data de nascimento", "nascido em", "nascida em",
)
ORDER_LABELS = (
    "order", "order number", "order no", "order no.", "order id", "order nr", "order ref",
    "my order", "the order", "ord", "ref", "ref.", "reference", "case", "case number", "ticket",
    "ticket number", "claim", "rma", "tracking", "tracking number", "invoice", "invoice number",
    "customer number", "customer id", "customer no", "account id", "membership",
    "zamówienie", "zamówienia", "zamówieniu", "nr zamówienia", "numer zamówienia", "zgłoszenie",
    "zgłoszenia", "sprawa", "numer przesyłki", "nr przesyłki", "faktura", "faktury",
    "numer klienta", "nr klienta",
    "commande", "n° de commande", "numéro de commande", "dossier", "référence", "réf", "réf.",
    "facture", "numéro de suivi", "n° client", "numéro client", "numéro de client",
    "bestellung", "bestellnummer", "auftrag", "auftragsnummer", "sendungsnummer",
    "kundennummer", "rechnung", "rechnungsnummer", "vorgang", "vorgangsnummer", "referenz",
    "pedido", "nº de pedido", "número de pedido", "número de seguimiento", "factura",
    "número de cliente", "incidencia", "expediente", "referencia",
    "đơn", "đơn hàng", "mã đơn", "mã đơn hàng", "mã vận đơn", "vận đơn", "hóa đơn",
    "mã khách hàng", "don hang", "ma don",
    "bestelling", "bestelnummer", "ordine", "numero ordine", "encomenda", "número do pedido",
    "nr", "nr.", "no", "no.", "n°", "nº", "n.º", "#", "num", "numéro", "número", "numer", "số",
)
ADDRESS_LABELS = (
    "address", "address is", "my address is", "shipping address", "delivery address",
    "home address", "i live at", "ship to", "deliver to", "send it to", "sent to",
    "adres", "adres to", "mój adres to", "adres dostawy", "mieszkam na", "mieszkam przy",
    "adresse", "mon adresse est", "adresse de livraison", "j'habite", "j’habite", "j'habite au",
    "anschrift", "lieferadresse", "adresse ist", "meine adresse", "wohne", "ich wohne",
    "wohnhaft", "dirección", "direccion", "mi dirección es", "dirección de entrega",
    "vivo en", "domicilio", "địa chỉ", "dia chi", "địa chỉ giao hàng", "giao tới", "giao toi",
    "giao đến", "giao den", "gửi về", "giao về", "adresa", "indirizzo", "endereço", "adresse:",
    "woonadres", "ik woon",
)
POSTCODE_LABELS = ("postcode", "post code", "postal code", "zip", "zip code", "kod pocztowy",
                   "code postal", "cp", "plz", "postleitzahl", "código postal", "mã bưu chính",
                   "postcode:")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
    "września", "października", "listopada", "grudnia",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember",
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "setiembre", "octubre", "noviembre", "diciembre",
    "tháng",
)
