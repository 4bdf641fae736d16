<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name>Action</name>
        <message>
            <source>Close escalation</source>
            <translation>Zamknij eskalację</translation>
        </message>
        <message>
            <source>Mark answered</source>
            <translation>Oznacz jako odpowiedziane</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Otwórz ponownie</translation>
        </message>
        <message>
            <source>Start investigating</source>
            <translation>Rozpocznij wyjaśnianie</translation>
        </message>
        <message>
            <source>Submit COE</source>
            <translation>Złóż analizę COE</translation>
        </message>
    </context>
    <context>
        <name>Age</name>
        <message>
            <source>%1 ago</source>
            <translation>%1 temu</translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%n dzień</numerusform>
                <numerusform>%n dni</numerusform>
                <numerusform>%n dni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n godz.</numerusform>
                <numerusform>%n godz.</numerusform>
                <numerusform>%n godz.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n w</source>
            <translation>
                <numerusform>%n tydz.</numerusform>
                <numerusform>%n tyg.</numerusform>
                <numerusform>%n tyg.</numerusform>
            </translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>data nieznana</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>przed chwilą</translation>
        </message>
        <message>
            <source>now</source>
            <translation>teraz</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message numerus="yes">
            <source>%Ln times since %1</source>
            <translation>
                <numerusform>%Ln raz od %1</numerusform>
                <numerusform>%Ln razy od %1</numerusform>
                <numerusform>%Ln razy od %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Odrzuć</translation>
        </message>
        <message>
            <source>Dismiss the problem</source>
            <translation>Odrzuć komunikat o problemie</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>Between</name>
        <message>
            <source>%1 against about %2</source>
            <translation>%1 wobec ok. %2</translation>
        </message>
        <message>
            <source>%1 in %2: more voices than usual</source>
            <translation>%1 w %2: więcej głosów niż zwykle</translation>
        </message>
        <message numerus="yes">
            <source>%Ln decisions</source>
            <translation>
                <numerusform>%Ln decyzja</numerusform>
                <numerusform>%Ln decyzje</numerusform>
                <numerusform>%Ln decyzji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln things stand out.</source>
            <translation>
                <numerusform>Wyróżnia się %Ln rzecz.</numerusform>
                <numerusform>Wyróżniają się %Ln rzeczy.</numerusform>
                <numerusform>Wyróżnia się %Ln rzeczy.</numerusform>
            </translation>
        </message>
        <message>
            <source>All meetings · %1 to follow up</source>
            <translation>Wszystkie spotkania · %1 do sprawdzenia</translation>
        </message>
        <message>
            <source>Between meetings</source>
            <translation>Między spotkaniami</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Podjęto</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decyzja</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decyzje</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Odrzuć</translation>
        </message>
        <message>
            <source>Follow up by</source>
            <translation>Sprawdzić do</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>Sprawdzone</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Ostatnio</translation>
        </message>
        <message>
            <source>Look for spikes of voices per pillar and area, and for new phrases from several customers</source>
            <translation>Szukaj skoków liczby głosów według filaru i obszaru oraz nowych zwrotów od kilku klientów</translation>
        </message>
        <message>
            <source>Look now</source>
            <translation>Szukaj teraz</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Szukam…</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Spotkanie</translation>
        </message>
        <message>
            <source>Meetings and decisions</source>
            <translation>Spotkania i decyzje</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Jeszcze nie</translation>
        </message>
        <message>
            <source>Nothing noticed yet. Look now, or import voices: chair looks after every import.</source>
            <translation>Jeszcze nic nie zauważono. Szukaj teraz albo zaimportuj głosy: chair sprawdza po każdym imporcie.</translation>
        </message>
        <message>
            <source>Nothing stands out.</source>
            <translation>Nic się nie wyróżnia.</translation>
        </message>
        <message>
            <source>Noticed</source>
            <translation>Zauważone</translation>
        </message>
        <message>
            <source>Open again</source>
            <translation>Otwórz ponownie</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Właściciel</translation>
        </message>
        <message>
            <source>Past meetings</source>
            <translation>Minione spotkania</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Wczytuję…</translation>
        </message>
        <message>
            <source>Save the pre-read…</source>
            <translation>Zapisz materiał przed spotkaniem…</translation>
        </message>
        <message>
            <source>Select a line to read the voices behind it.</source>
            <translation>Wybierz wiersz, aby przeczytać stojące za nim głosy.</translation>
        </message>
        <message>
            <source>Since the last meeting</source>
            <translation>Od ostatniego spotkania</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>The one-page pre-read for the next meeting, as PDF or Markdown</source>
            <translation>Jednostronicowy materiał przed następnym spotkaniem, jako PDF lub Markdown</translation>
        </message>
        <message>
            <source>Voices</source>
            <translation>Głosy</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <source>What chair noticed</source>
            <translation>Co zauważył chair</translation>
        </message>
        <message>
            <source>What changed since the last meeting</source>
            <translation>Co się zmieniło od ostatniego spotkania</translation>
        </message>
        <message>
            <source>dismissed</source>
            <translation>odrzucone</translation>
        </message>
        <message>
            <source>no area</source>
            <translation>bez obszaru</translation>
        </message>
        <message>
            <source>open</source>
            <translation>otwarte</translation>
        </message>
        <message>
            <source>“%1”: from several customers at once</source>
            <translation>„%1”: od kilku klientów naraz</translation>
        </message>
        <message>
            <source>“?” raised</source>
            <translation>zadano „?”</translation>
        </message>
        <message>
            <source>“?” to the owner…</source>
            <translation>„?” do właściciela…</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>chat</source>
            <translation>czat</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>review</source>
            <translation>opinia</translation>
        </message>
        <message>
            <source>social</source>
            <translation>media społecznościowe</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>ankieta</translation>
        </message>
        <message>
            <source>ticket</source>
            <translation>zgłoszenie</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>closed</source>
            <translation>zamknięte</translation>
        </message>
        <message>
            <source>days (median)</source>
            <translation>dni (mediana)</translation>
        </message>
        <message>
            <source>first answer</source>
            <translation>pierwsza odpowiedź</translation>
        </message>
        <message>
            <source>no data in these weeks</source>
            <translation>brak danych w tych tygodniach</translation>
        </message>
        <message>
            <source>other areas</source>
            <translation>pozostałe obszary</translation>
        </message>
        <message>
            <source>response time allowed</source>
            <translation>dopuszczalny czas odpowiedzi</translation>
        </message>
        <message>
            <source>target</source>
            <translation>cel</translation>
        </message>
        <message>
            <source>waiting, no answer yet</source>
            <translation>czeka, bez odpowiedzi</translation>
        </message>
    </context>
    <context>
        <name>Coe</name>
        <message>
            <source>Corrective actions</source>
            <translation>Działania naprawcze</translation>
        </message>
        <message>
            <source>Critical implications, including security</source>
            <translation>Krytyczne konsekwencje, w tym dla bezpieczeństwa</translation>
        </message>
        <message>
            <source>Impact on customers and the business</source>
            <translation>Wpływ na klientów i na firmę</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>Wnioski</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Przyczyna źródłowa</translation>
        </message>
        <message>
            <source>Supporting data</source>
            <translation>Dane potwierdzające</translation>
        </message>
        <message>
            <source>This COE cannot close yet: %1.</source>
            <translation>Tej analizy COE nie można jeszcze zamknąć: %1.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Co się stało</translation>
        </message>
        <message>
            <source>no Correction of Error has been written</source>
            <translation>nie napisano jeszcze analizy błędu (COE)</translation>
        </message>
        <message>
            <source>no corrective action with an owner and a due date</source>
            <translation>brak działania naprawczego z właścicielem i terminem</translation>
        </message>
        <message>
            <source>no supporting data (write it or link voices and metrics)</source>
            <translation>brak danych potwierdzających (wpisz je albo powiąż głosy i wskaźniki)</translation>
        </message>
        <message>
            <source>the root cause is empty</source>
            <translation>przyczyna źródłowa jest pusta</translation>
        </message>
    </context>
    <context>
        <name>Detail</name>
        <message>
            <source>? escalation #%1</source>
            <translation>? eskalacja nr %1</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Obszar</translation>
        </message>
        <message>
            <source>Area of this voice</source>
            <translation>Obszar tego głosu</translation>
        </message>
        <message>
            <source>From %1</source>
            <translation>Od: %1</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Filar</translation>
        </message>
        <message>
            <source>Pillar of this voice</source>
            <translation>Filar tego głosu</translation>
        </message>
        <message>
            <source>Select a voice to read it in full.</source>
            <translation>Wybierz głos, aby przeczytać go w całości.</translation>
        </message>
        <message>
            <source>Verbatim text</source>
            <translation>Tekst dosłowny</translation>
        </message>
        <message>
            <source>Voice detail</source>
            <translation>Szczegóły głosu</translation>
        </message>
        <message>
            <source>classified, confidence %1</source>
            <translation>sklasyfikowano, pewność %1</translation>
        </message>
        <message>
            <source>corrected by hand</source>
            <translation>poprawiono ręcznie</translation>
        </message>
        <message>
            <source>×%1: the same words (numbers aside) from %1 voices, counted once</source>
            <translation>×%1: te same słowa (poza liczbami) od %1 głosów, liczone raz</translation>
        </message>
    </context>
    <context>
        <name>EscalateSheet</name>
        <message>
            <source>(a note is optional: the question mark says it all)</source>
            <translation>(notatka jest opcjonalna: znak zapytania mówi wszystko)</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Email the “?” to the owner</source>
            <translation>Wyślij „?” e-mailem do właściciela</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>Eskaluj</translation>
        </message>
        <message>
            <source>Escalate with “?”</source>
            <translation>Eskaluj z „?”</translation>
        </message>
        <message>
            <source>No owner of %1 in the directory: type a name and an email.</source>
            <translation>Brak właściciela dla %1 w katalogu: wpisz imię, nazwisko i e-mail.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Właściciel</translation>
        </message>
        <message>
            <source>Owner of %1 in the directory.</source>
            <translation>Właściciel dla %1 według katalogu.</translation>
        </message>
        <message>
            <source>Set an SMTP server in Settings to forward by email.</source>
            <translation>Aby przekazywać e-mailem, ustaw serwer SMTP w Ustawieniach.</translation>
        </message>
        <message>
            <source>Who owns this? Choose or type the owner.</source>
            <translation>Kto za to odpowiada? Wybierz lub wpisz właściciela.</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more voices</source>
            <translation>
                <numerusform>i jeszcze %Ln głos</numerusform>
                <numerusform>i jeszcze %Ln głosy</numerusform>
                <numerusform>i jeszcze %Ln głosów</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EscalationWindow</name>
        <message numerus="yes">
            <source>%Ln corrective actions overdue</source>
            <translation>
                <numerusform>%Ln działanie naprawcze po terminie</numerusform>
                <numerusform>%Ln działania naprawcze po terminie</numerusform>
                <numerusform>%Ln działań naprawczych po terminie</numerusform>
            </translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Dodaj działanie</translation>
        </message>
        <message>
            <source>Anything this exposes beyond this case — security and privacy first.</source>
            <translation>Wszystko, co ta sprawa odsłania poza nią samą — przede wszystkim bezpieczeństwo i prywatność.</translation>
        </message>
        <message>
            <source>Cite the escalated voices</source>
            <translation>Przytocz eskalowane głosy</translation>
        </message>
        <message>
            <source>Close this window; what was typed is saved</source>
            <translation>Zamknij to okno; wpisany tekst zostanie zapisany</translation>
        </message>
        <message>
            <source>Correction of Error</source>
            <translation>Analiza błędu (COE)</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Działanie naprawcze</translation>
        </message>
        <message>
            <source>Corrective actions</source>
            <translation>Działania naprawcze</translation>
        </message>
        <message>
            <source>Critical implications</source>
            <translation>Krytyczne konsekwencje</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gotowe</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>ESCALATION #%1</source>
            <translation>ESKALACJA NR %1</translation>
        </message>
        <message>
            <source>Email not sent: %1</source>
            <translation>E-mail nie został wysłany: %1</translation>
        </message>
        <message>
            <source>Escalation #%1</source>
            <translation>Eskalacja nr %1</translation>
        </message>
        <message>
            <source>Escalation #%1 no longer exists.</source>
            <translation>Eskalacja nr %1 już nie istnieje.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Dowody</translation>
        </message>
        <message>
            <source>Export Markdown…</source>
            <translation>Eksportuj Markdown…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Eksportuj PDF…</translation>
        </message>
        <message>
            <source>Export the Correction of Error</source>
            <translation>Eksportuj analizę błędu</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Wyeksportowano do %1</translation>
        </message>
        <message>
            <source>Five whys</source>
            <translation>Pięć razy „dlaczego”</translation>
        </message>
        <message>
            <source>Forward on…</source>
            <translation>Przekaż dalej…</translation>
        </message>
        <message>
            <source>Forwarded:</source>
            <translation>Przekazane:</translation>
        </message>
        <message>
            <source>Hand this “?” to someone else, who owns it from now</source>
            <translation>Przekaż ten „?” komuś innemu, kto od teraz za nie odpowiada</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Wpływ</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>Wnioski</translation>
        </message>
        <message>
            <source>Metric #%1: %2</source>
            <translation>Wskaźnik nr %1: %2</translation>
        </message>
        <message>
            <source>No voice is linked.</source>
            <translation>Nie powiązano żadnego głosu.</translation>
        </message>
        <message>
            <source>On customers and on the business: how many, how much, since when.</source>
            <translation>Na klientów i na firmę: ilu, ile, od kiedy.</translation>
        </message>
        <message>
            <source>One why per line: why did it happen, and why did that happen…</source>
            <translation>Jedno „dlaczego” w wierszu: dlaczego to się stało i dlaczego stało się tamto…</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Właściciel</translation>
        </message>
        <message>
            <source>Ready to submit and close.</source>
            <translation>Gotowe do złożenia i zamknięcia.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Usuń działanie</translation>
        </message>
        <message>
            <source>Replies from the owner</source>
            <translation>Odpowiedzi właściciela</translation>
        </message>
        <message>
            <source>Retry sending</source>
            <translation>Spróbuj wysłać ponownie</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Przyczyna źródłowa</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Zapisz</translation>
        </message>
        <message>
            <source>Save the Correction of Error (Ctrl+S)</source>
            <translation>Zapisz analizę błędu (Ctrl+S)</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Wyślij ponownie</translation>
        </message>
        <message>
            <source>Send back…</source>
            <translation>Odeślij…</translation>
        </message>
        <message>
            <source>Send “?” by email</source>
            <translation>Wyślij „?” e-mailem</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wysyłanie…</translation>
        </message>
        <message>
            <source>Supporting data</source>
            <translation>Dane potwierdzające</translation>
        </message>
        <message>
            <source>The cause that, once removed, prevents a recurrence.</source>
            <translation>Przyczyna, której usunięcie zapobiega powtórce.</translation>
        </message>
        <message>
            <source>The facts, in order, as a customer would tell them.</source>
            <translation>Fakty, po kolei, tak jak opowiedziałby je klient.</translation>
        </message>
        <message>
            <source>The leader's note:</source>
            <translation>Notatka lidera:</translation>
        </message>
        <message>
            <source>The numbers and the voices that prove the cause.</source>
            <translation>Liczby i głosy, które dowodzą przyczyny.</translation>
        </message>
        <message>
            <source>To close: %1.</source>
            <translation>Aby zamknąć: %1.</translation>
        </message>
        <message>
            <source>Voice #%1: %2</source>
            <translation>Głos nr %1: %2</translation>
        </message>
        <message>
            <source>Voices and replies</source>
            <translation>Głosy i odpowiedzi</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Co się stało</translation>
        </message>
        <message>
            <source>What the team now knows and will do differently.</source>
            <translation>Co zespół teraz wie i co zrobi inaczej.</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>RRRR-MM-DD</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>termin %1</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>brak właściciela</translation>
        </message>
        <message>
            <source>opened %1</source>
            <translation>otwarta %1</translation>
        </message>
        <message>
            <source>opened %1 by %2</source>
            <translation>otwarta %1 przez: %2</translation>
        </message>
        <message numerus="yes">
            <source>overdue %n d</source>
            <translation>
                <numerusform>po terminie %n dzień</numerusform>
                <numerusform>po terminie %n dni</numerusform>
                <numerusform>po terminie %n dni</numerusform>
            </translation>
        </message>
        <message>
            <source>owner %1</source>
            <translation>właściciel: %1</translation>
        </message>
        <message>
            <source>“?” emailed to %1</source>
            <translation>„?” wysłano e-mailem do %1</translation>
        </message>
    </context>
    <context>
        <name>Escalations</name>
        <message numerus="yes">
            <source>%Ln actions overdue</source>
            <translation>
                <numerusform>%Ln działanie po terminie</numerusform>
                <numerusform>%Ln działania po terminie</numerusform>
                <numerusform>%Ln działań po terminie</numerusform>
            </translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Wiek</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Notatka: %1</translation>
        </message>
        <message>
            <source>Open escalations</source>
            <translation>Otwarte eskalacje</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Właściciel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Głos</translation>
        </message>
        <message>
            <source>email not sent</source>
            <translation>e-mail niewysłany</translation>
        </message>
        <message numerus="yes">
            <source>in %n d</source>
            <translation>
                <numerusform>za %n dzień</numerusform>
                <numerusform>za %n dni</numerusform>
                <numerusform>za %n dni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>overdue %n d</source>
            <translation>
                <numerusform>po terminie %n dzień</numerusform>
                <numerusform>po terminie %n dni</numerusform>
                <numerusform>po terminie %n dni</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>dziś</translation>
        </message>
    </context>
    <context>
        <name>Feed</name>
        <message>
            <source>Customer voices</source>
            <translation>Głosy klientów</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>All areas</source>
            <translation>Wszystkie obszary</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Wszystkie języki</translation>
        </message>
        <message>
            <source>All pillars</source>
            <translation>Wszystkie filary</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Wszystkie źródła</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Dowolny czas</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Obszar</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Wyczyść</translation>
        </message>
        <message>
            <source>Clear all filters</source>
            <translation>Wyczyść wszystkie filtry</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <source>Last 24 hours</source>
            <translation>Ostatnie 24 godziny</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Ostatnie 30 dni</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Ostatnie 7 dni</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Ostatnie 90 dni</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Okres</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Filar</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <translation>ddd d MMM</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <translation>ddd d MMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>HandOn</name>
        <message>
            <source>(optional) what they should know</source>
            <translation>(opcjonalnie) co powinni wiedzieć</translation>
        </message>
        <message>
            <source>Choose or type whom to forward it to.</source>
            <translation>Wybierz lub wpisz, komu to przekazać.</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentarz</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Przekaż</translation>
        </message>
        <message>
            <source>Forward on</source>
            <translation>Przekaż dalej</translation>
        </message>
        <message>
            <source>Forward to</source>
            <translation>Przekaż do</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>Say what the COE still needs.</source>
            <translation>Napisz, czego jeszcze brakuje w COE.</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>Odeślij</translation>
        </message>
        <message>
            <source>Send the COE back</source>
            <translation>Odeślij COE</translation>
        </message>
        <message>
            <source>What does this Correction of Error still need? The owner reads it with the escalation.</source>
            <translation>Czego jeszcze brakuje w tym Correction of Error? Właściciel przeczyta to przy eskalacji.</translation>
        </message>
        <message>
            <source>Who should answer this “?”? They own it from now; the escalation keeps who handed it to whom.</source>
            <translation>Kto ma odpowiedzieć na to „?”? Od teraz to jego sprawa; eskalacja pamięta, kto komu ją przekazał.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%1 and %Ln more</source>
            <translation>
                <numerusform>%1 i jeszcze %Ln</numerusform>
                <numerusform>%1 i jeszcze %Ln</numerusform>
                <numerusform>%1 i jeszcze %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 imported, %2 already there, %3 rejected</source>
            <translation>zaimportowano: %1, już były: %2, odrzucono: %3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln areas of the metrics match no voice and no known place: %1. A spelling is mapped to an area with chair areas map.</source>
            <translation>
                <numerusform>%Ln obszar wskaźników nie pasuje do żadnego głosu ani znanego miejsca: %1. Pisownię przypisuje się do obszaru poleceniem chair areas map.</numerusform>
                <numerusform>%Ln obszary wskaźników nie pasują do żadnego głosu ani znanego miejsca: %1. Pisownię przypisuje się do obszaru poleceniem chair areas map.</numerusform>
                <numerusform>%Ln obszarów wskaźników nie pasuje do żadnego głosu ani znanego miejsca: %1. Pisownię przypisuje się do obszaru poleceniem chair areas map.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln voices had no readable date: they show “date unknown” and come after the dated voices.</source>
            <translation>
                <numerusform>%Ln głos nie miał czytelnej daty: widnieje jako „data nieznana” i jest po głosach z datą.</numerusform>
                <numerusform>%Ln głosy nie miały czytelnej daty: widnieją jako „data nieznana” i są po głosach z datą.</numerusform>
                <numerusform>%Ln głosów nie miało czytelnej daty: widnieją jako „data nieznana” i są po głosach z datą.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Cancelled: what was read before stays, and importing again completes it.</source>
            <translation>Anulowano: to, co już wczytano, zostaje, a ponowny import dokończy resztę.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Anulowanie…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Import anulowany</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import zakończony</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Postęp importu</translation>
        </message>
        <message>
            <source>Import voices</source>
            <translation>Import głosów</translation>
        </message>
        <message>
            <source>Importing %1</source>
            <translation>Importowanie: %1</translation>
        </message>
        <message>
            <source>Show the rejected records…</source>
            <translation>Pokaż odrzucone rekordy…</translation>
        </message>
        <message>
            <source>Total: %1 imported, %2 already there, %3 rejected.</source>
            <translation>Razem: zaimportowano %1, już było %2, odrzucono %3.</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more sources: %1 imported, %2 rejected</source>
            <translation>
                <numerusform>… i jeszcze %Ln źródło: zaimportowano %1, odrzucono %2</numerusform>
                <numerusform>… i jeszcze %Ln źródła: zaimportowano %1, odrzucono %2</numerusform>
                <numerusform>… i jeszcze %Ln źródeł: zaimportowano %1, odrzucono %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>#%1 is escalated, but the email was not sent: %2</source>
            <translation>Nr %1 jest eskalowany, ale e-mail nie został wysłany: %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln matching</source>
            <translation>
                <numerusform>%Ln pasujący</numerusform>
                <numerusform>%Ln pasujące</numerusform>
                <numerusform>%Ln pasujących</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new voices</source>
            <translation>
                <numerusform>%Ln nowy głos</numerusform>
                <numerusform>%Ln nowe głosy</numerusform>
                <numerusform>%Ln nowych głosów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln po terminie</numerusform>
                <numerusform>%Ln po terminie</numerusform>
                <numerusform>%Ln po terminie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln voices</source>
            <translation>
                <numerusform>%Ln głos</numerusform>
                <numerusform>%Ln głosy</numerusform>
                <numerusform>%Ln głosów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ matching</source>
            <translation>
                <numerusform>%Ln+ pasujący</numerusform>
                <numerusform>%Ln+ pasujące</numerusform>
                <numerusform>%Ln+ pasujących</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;The database could not be opened.&lt;/b&gt;&lt;br&gt;%1</source>
            <translation>&lt;b&gt;Nie udało się otworzyć bazy danych.&lt;/b&gt;&lt;br&gt;%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Welcome. No customer voices yet.&lt;/b&gt;&lt;br&gt;Start with a realistic demo in four languages (it can be removed later in one step from Help), bring your own exports and mail, or connect the mailbox where customers write.</source>
            <translation>&lt;b&gt;Witaj. Nie ma jeszcze głosów klientów.&lt;/b&gt;&lt;br&gt;Zacznij od realistycznego demo w czterech językach (później usuniesz je jednym krokiem z menu Pomoc), zaimportuj własne eksporty i pocztę albo podłącz skrzynkę, na którą piszą klienci.</translation>
        </message>
        <message>
            <source>? for %1 recorded as escalation #%2, due %3. Not emailed: to send it, open #%2 and press Send “?” by email.</source>
            <translation>? dla: %1 zapisane jako eskalacja #%2, termin %3. Nie wysłano e-mailem: aby wysłać, otwórz #%2 i naciśnij Wyślij „?” e-mailem.</translation>
        </message>
        <message>
            <source>? for %1 recorded as escalation #%2, due %3; emailing it…</source>
            <translation>? dla: %1 zapisane jako eskalacja #%2, termin %3; wysyłanie e-mailem…</translation>
        </message>
        <message>
            <source>A seat for the customer at the leadership table.</source>
            <translation>Miejsce dla klienta przy stole kierownictwa.</translation>
        </message>
        <message>
            <source>About chair</source>
            <translation>O programie chair</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Wszystkie pliki</translation>
        </message>
        <message>
            <source>Already escalated as #%1: opened it.</source>
            <translation>Już eskalowano jako nr %1: otwarto tę eskalację.</translation>
        </message>
        <message>
            <source>Between meetings…</source>
            <translation>Między spotkaniami…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Connect a mailbox…</source>
            <translation>Podłącz skrzynkę…</translation>
        </message>
        <message>
            <source>Correction kept: reclassifying will not change it.</source>
            <translation>Poprawka zachowana: ponowna klasyfikacja jej nie zmieni.</translation>
        </message>
        <message>
            <source>Creating demo data…</source>
            <translation>Tworzenie danych demo…</translation>
        </message>
        <message>
            <source>Customer voices</source>
            <translation>Głosy klientów</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Folder danych</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Baza danych</translation>
        </message>
        <message numerus="yes">
            <source>Demo data removed (%Ln voices).</source>
            <translation>
                <numerusform>Usunięto dane demo (%Ln głos).</numerusform>
                <numerusform>Usunięto dane demo (%Ln głosy).</numerusform>
                <numerusform>Usunięto dane demo (%Ln głosów).</numerusform>
            </translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Pomoc</translation>
        </message>
        <message>
            <source>How fast each owner answers and closes a '?'</source>
            <translation>Jak szybko każdy właściciel odpowiada na „?” i je zamyka</translation>
        </message>
        <message>
            <source>Import customer voices</source>
            <translation>Importuj głosy klientów</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>Importuj pliki…</translation>
        </message>
        <message>
            <source>Import voices, mail or metrics (Ctrl+I), or drop files here</source>
            <translation>Importuj głosy, pocztę lub wskaźniki (Ctrl+I) albo upuść tu pliki</translation>
        </message>
        <message>
            <source>Imported %1 voices (%2 already there, %3 rejected).</source>
            <translation>Zaimportowano głosy: %1 (już były: %2, odrzucono: %3).</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importuj…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Skróty klawiszowe</translation>
        </message>
        <message>
            <source>Keyboard shortcuts (F1), about chair, demo data</source>
            <translation>Skróty klawiszowe (F1), o programie, dane demo</translation>
        </message>
        <message>
            <source>Latest decision</source>
            <translation>Ostatnia decyzja</translation>
        </message>
        <message>
            <source>Live updates paused: %1</source>
            <translation>Aktualizacje na żywo wstrzymane: %1</translation>
        </message>
        <message>
            <source>Live updates paused: the database stopped answering (%1).</source>
            <translation>Aktualizacje na żywo wstrzymane: baza danych przestała odpowiadać (%1).</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Wczytaj dane demo</translation>
        </message>
        <message>
            <source>Meeting mode: the customer's seat on the big screen (F11)</source>
            <translation>Tryb spotkania: miejsce klienta na dużym ekranie (F11)</translation>
        </message>
        <message>
            <source>Meeting of %1</source>
            <translation>Spotkanie z dnia %1</translation>
        </message>
        <message>
            <source>Meeting saved. Minutes: %1.md and .pdf</source>
            <translation>Spotkanie zapisane. Protokół: %1.md i .pdf</translation>
        </message>
        <message>
            <source>Meeting…</source>
            <translation>Spotkanie…</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Protokoły</translation>
        </message>
        <message>
            <source>My ?</source>
            <translation>Moje ?</translation>
        </message>
        <message>
            <source>My ? · %1</source>
            <translation>Moje ? · %1</translation>
        </message>
        <message>
            <source>Names, emails, phones, order and card numbers are hidden. R shows them.</source>
            <translation>Imiona, e-maile, telefony, numery zamówień i kart są ukryte. R je pokazuje.</translation>
        </message>
        <message>
            <source>Names, emails, phones, order and card numbers are shown. R hides them.</source>
            <translation>Imiona, e-maile, telefony, numery zamówień i kart są widoczne. R je ukrywa.</translation>
        </message>
        <message>
            <source>No open “?” yet. Select a voice and press ? to ask its owner why; the answer comes back as a Correction of Error.</source>
            <translation>Nie ma jeszcze otwartych „?”. Wybierz głos i naciśnij ?, aby zapytać właściciela dlaczego; odpowiedź wróci jako analiza błędu (COE).</translation>
        </message>
        <message>
            <source>Offline — reconnecting to the team database…</source>
            <translation>Brak połączenia — ponowne łączenie z bazą zespołu…</translation>
        </message>
        <message>
            <source>Only a leader raises a “?”. To hand one of yours to someone else, open it and choose Forward on…</source>
            <translation>Tylko lider zadaje „?”. Aby przekazać swoje komuś innemu, otwórz je i wybierz Przekaż dalej…</translation>
        </message>
        <message>
            <source>Only the escalations assigned to me, oldest first</source>
            <translation>Tylko eskalacje przypisane do mnie, najstarsze najpierw</translation>
        </message>
        <message>
            <source>Open ? escalations</source>
            <translation>Otwarte eskalacje ?</translation>
        </message>
        <message>
            <source>Open ? escalations · %1</source>
            <translation>Otwarte eskalacje ? · %1</translation>
        </message>
        <message>
            <source>Open ? escalations — %1</source>
            <translation>Otwarte eskalacje ? — %1</translation>
        </message>
        <message>
            <source>Passwords live only in the system keyring.</source>
            <translation>Hasła są przechowywane wyłącznie w systemowym pęku kluczy.</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Dane osobowe</translation>
        </message>
        <message>
            <source>Personal data hidden</source>
            <translation>Dane osobowe ukryte</translation>
        </message>
        <message>
            <source>Personal data shown</source>
            <translation>Dane osobowe widoczne</translation>
        </message>
        <message numerus="yes">
            <source>Reminded %Ln owners of an overdue “?” by email</source>
            <translation>
                <numerusform>Przypomniano %Ln właścicielowi o zaległym „?” e-mailem</numerusform>
                <numerusform>Przypomniano %Ln właścicielom o zaległym „?” e-mailem</numerusform>
                <numerusform>Przypomniano %Ln właścicielom o zaległym „?” e-mailem</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove every demo voice, metric, owner, escalation and meeting? Your own imports stay.</source>
            <translation>Usunąć wszystkie głosy, wskaźniki, właścicieli, eskalacje i spotkania z demo? Twoje własne importy zostaną.</translation>
        </message>
        <message>
            <source>Remove imported voices…</source>
            <translation>Usuń zaimportowane głosy…</translation>
        </message>
        <message>
            <source>Remove the demo data</source>
            <translation>Usuń dane demo</translation>
        </message>
        <message>
            <source>Remove the demo data…</source>
            <translation>Usuń dane demo…</translation>
        </message>
        <message>
            <source>Remove this voice</source>
            <translation>Usuń ten głos</translation>
        </message>
        <message>
            <source>Remove this voice from chair? Its words leave the feed, the search and the counts; an escalation keeps a line saying a voice was removed. This cannot be undone.</source>
            <translation>Usunąć ten głos z chair? Jego słowa znikną z listy, wyszukiwania i liczników; eskalacja zachowa wpis, że głos usunięto. Tego nie można cofnąć.</translation>
        </message>
        <message>
            <source>Remove this voice…</source>
            <translation>Usuń ten głos…</translation>
        </message>
        <message>
            <source>Removed %1 voices and %2 rejected records of %3.</source>
            <translation>Usunięto głosy (%1) i odrzucone rekordy (%2) ze źródła %3.</translation>
        </message>
        <message>
            <source>Response times</source>
            <translation>Czasy odpowiedzi</translation>
        </message>
        <message>
            <source>Safe to share</source>
            <translation>Bezpieczne do udostępnienia</translation>
        </message>
        <message>
            <source>Save the pre-read for the next meeting</source>
            <translation>Zapisz materiał na następne spotkanie</translation>
        </message>
        <message>
            <source>Search voices</source>
            <translation>Szukaj głosów</translation>
        </message>
        <message>
            <source>Search what customers wrote…   ( / )</source>
            <translation>Szukaj w tym, co napisali klienci…   ( / )</translation>
        </message>
        <message>
            <source>Select a voice first, then press ? to escalate it.</source>
            <translation>Najpierw wybierz głos, potem naciśnij ?, aby go eskalować.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <source>Settings (Ctrl+,)</source>
            <translation>Ustawienia (Ctrl+,)</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Ustawienia zapisane.</translation>
        </message>
        <message>
            <source>Show new voices</source>
            <translation>Pokaż nowe głosy</translation>
        </message>
        <message>
            <source>Showing %1 voices from %2. Esc shows all.</source>
            <translation>Głosy: %1 — %2. Esc pokazuje wszystkie.</translation>
        </message>
        <message>
            <source>The meeting is saved, but its minutes were not: %1</source>
            <translation>Spotkanie zapisano, ale protokołu nie: %1</translation>
        </message>
        <message>
            <source>The pre-read is in %1</source>
            <translation>Materiał na spotkanie jest w %1</translation>
        </message>
        <message>
            <source>The search could not run: %1</source>
            <translation>Nie udało się wyszukać: %1</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Wersja</translation>
        </message>
        <message>
            <source>Voice exports and mail</source>
            <translation>Eksporty głosów i poczta</translation>
        </message>
        <message>
            <source>Voice removed.</source>
            <translation>Głos usunięty.</translation>
        </message>
        <message>
            <source>What changed since the last meeting, what chair noticed, the decisions to follow up, and the one-page pre-read for the next meeting</source>
            <translation>Co się zmieniło od ostatniego spotkania, co zauważył chair, decyzje do sprawdzenia i jednostronicowy materiał przed następnym spotkaniem</translation>
        </message>
        <message>
            <source>Writing the pre-read…</source>
            <translation>Zapisuję materiał na spotkanie…</translation>
        </message>
        <message>
            <source>chair cannot open its database</source>
            <translation>chair nie może otworzyć swojej bazy danych</translation>
        </message>
        <message>
            <source>chair noticed: %1. Between meetings… shows the voices behind it.</source>
            <translation>chair zauważył: %1. „Między spotkaniami…” pokazuje stojące za tym głosy.</translation>
        </message>
        <message>
            <source>chair — the customer's seat</source>
            <translation>chair — miejsce klienta</translation>
        </message>
        <message>
            <source>live sources</source>
            <translation>źródła na żywo</translation>
        </message>
        <message>
            <source>“?” of #%1 emailed to %2.</source>
            <translation>„?” nr %1 wysłano e-mailem do %2.</translation>
        </message>
    </context>
    <context>
        <name>Meeting</name>
        <message>
            <source>%1 in focus</source>
            <translation>w centrum: %1</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>zostało %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 open</source>
            <translation>
                <numerusform>%1 otwarta</numerusform>
                <numerusform>%1 otwarte</numerusform>
                <numerusform>%1 otwartych</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 over</source>
            <translation>%1 ponad czas</translation>
        </message>
        <message>
            <source>%1: the data says %2, on target — %3, %4 expected.</source>
            <translation>%1: dane mówią %2, zgodnie z celem — %3, oczekiwano %4.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln corrective actions past due</source>
            <translation>
                <numerusform>%Ln działanie naprawcze po terminie</numerusform>
                <numerusform>%Ln działania naprawcze po terminie</numerusform>
                <numerusform>%Ln działań naprawczych po terminie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers complained about it this week</source>
            <translation>
                <numerusform>%Ln klient złożył skargę w tym tygodniu</numerusform>
                <numerusform>%Ln klientów złożyło skargę w tym tygodniu</numerusform>
                <numerusform>%Ln klientów złożyło skargę w tym tygodniu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln po terminie</numerusform>
                <numerusform>%Ln po terminie</numerusform>
                <numerusform>%Ln po terminie</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;“?”&lt;/b&gt; to %1 · due %2 — Enter to send, Esc to cancel</source>
            <translation>&lt;b&gt;„?”&lt;/b&gt; do: %1 · termin %2 — Enter wysyła, Esc anuluje</translation>
        </message>
        <message>
            <source>Decision recorded: %1 — %2, follow up by %3</source>
            <translation>Zapisano decyzję: %1 — %2, sprawdzić do %3</translation>
        </message>
        <message>
            <source>Finding the owner…</source>
            <translation>Szukanie właściciela…</translation>
        </message>
        <message>
            <source>Follow up by</source>
            <translation>Sprawdzić do</translation>
        </message>
        <message>
            <source>Meeting view</source>
            <translation>Widok spotkania</translation>
        </message>
        <message>
            <source>No customer voices yet.</source>
            <translation>Nie ma jeszcze głosów klientów.</translation>
        </message>
        <message>
            <source>Not escalated: who owns this? Press ? and type a name.</source>
            <translation>Nie eskalowano: kto za to odpowiada? Naciśnij ? i wpisz imię i nazwisko.</translation>
        </message>
        <message>
            <source>OPEN “?”</source>
            <translation>OTWARTE „?”</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Właściciel</translation>
        </message>
        <message>
            <source>PERSONAL DATA VISIBLE</source>
            <translation>DANE OSOBOWE WIDOCZNE</translation>
        </message>
        <message>
            <source>Press R again to show personal data to everyone watching.</source>
            <translation>Naciśnij R ponownie, aby pokazać dane osobowe wszystkim oglądającym.</translation>
        </message>
        <message>
            <source>Safe to share</source>
            <translation>Bezpieczne do udostępnienia</translation>
        </message>
        <message>
            <source>Space next · ← back · P pause · 1 2 3 pillar · 0 all · ? escalate · D decision · N agenda · Esc leave</source>
            <translation>Spacja dalej · ← wstecz · P pauza · 1 2 3 filar · 0 wszystko · ? eskaluj · D decyzja · N agenda · Esc wyjdź</translation>
        </message>
        <message>
            <source>TO FOLLOW UP</source>
            <translation>DO SPRAWDZENIA</translation>
        </message>
        <message>
            <source>This voice is already escalated (#%1).</source>
            <translation>Ten głos jest już eskalowany (nr %1).</translation>
        </message>
        <message>
            <source>Type the decision, Tab for its owner and date, Enter to record it, Esc to cancel</source>
            <translation>Wpisz decyzję, Tab — właściciel i termin, Enter — zapisz, Esc — anuluj</translation>
        </message>
        <message>
            <source>What would the customer say?</source>
            <translation>Co powiedziałby klient?</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>i jeszcze %Ln</numerusform>
                <numerusform>i jeszcze %Ln</numerusform>
                <numerusform>i jeszcze %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more owners</source>
            <translation>
                <numerusform>i jeszcze %Ln właściciel</numerusform>
                <numerusform>i jeszcze %Ln właścicieli</numerusform>
                <numerusform>i jeszcze %Ln właścicieli</numerusform>
            </translation>
        </message>
        <message>
            <source>below target · %1</source>
            <translation>poniżej celu · %1</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>brak danych</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>bez właściciela</translation>
        </message>
        <message>
            <source>no owner in the directory: type a name</source>
            <translation>brak właściciela w katalogu: wpisz imię i nazwisko</translation>
        </message>
        <message>
            <source>oldest %1</source>
            <translation>najstarsza: %1</translation>
        </message>
        <message>
            <source>on target · %1</source>
            <translation>w celu · %1</translation>
        </message>
        <message>
            <source>paused (P)</source>
            <translation>wstrzymano (P)</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>od %1</translation>
        </message>
        <message>
            <source>voice %1 of %2</source>
            <translation>głos %1 z %2</translation>
        </message>
        <message>
            <source>who follows it up</source>
            <translation>kto to sprawdzi</translation>
        </message>
        <message>
            <source>“?” for %1 recorded as escalation #%2, not emailed yet: send it from its window after the meeting.</source>
            <translation>„?” dla: %1 zapisane jako eskalacja #%2, jeszcze nie wysłane e-mailem: wyślij je z jej okna po spotkaniu.</translation>
        </message>
        <message>
            <source>“?” open</source>
            <translation>„?” otwarte</translation>
        </message>
    </context>
    <context>
        <name>MeetingSetup</name>
        <message>
            <source> s per voice</source>
            <translation> s na głos</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <source>Optional, one item per line:
Delivery in apartment complexes · 15 · delivery
Price checks · 10 · price
Decisions · 5</source>
            <translation>Opcjonalnie, jeden punkt w wierszu:
Dostawy na osiedla · 15 · dostawa
Porównanie cen · 10 · cena
Decyzje · 5</translation>
        </message>
        <message>
            <source>Optional: who is in the room</source>
            <translation>Opcjonalnie: kto jest na sali</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Ekran</translation>
        </message>
        <message>
            <source>Start a meeting</source>
            <translation>Rozpocznij spotkanie</translation>
        </message>
        <message>
            <source>Start meeting</source>
            <translation>Rozpocznij spotkanie</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <source>Weekly business review</source>
            <translation>Cotygodniowy przegląd biznesowy</translation>
        </message>
    </context>
    <context>
        <name>Metric</name>
        <message>
            <source>Arrived undamaged</source>
            <translation>Dotarło bez uszkodzeń</translation>
        </message>
        <message>
            <source>At or below lowest price</source>
            <translation>Cena równa najniższej lub niższa</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>Dostępne</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>Na czas</translation>
        </message>
        <message>
            <source>Right-sized packaging</source>
            <translation>Opakowanie na miarę</translation>
        </message>
        <message>
            <source>Searches with results</source>
            <translation>Wyszukiwania z wynikami</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>%1 in %2 in the last 7 days</source>
            <translation>%1 — %2, ostatnie 7 dni</translation>
        </message>
        <message>
            <source>%1 in the last 7 days</source>
            <translation>%1 w ostatnich 7 dniach</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers</source>
            <translation>
                <numerusform>%Ln osoba</numerusform>
                <numerusform>%Ln osoby</numerusform>
                <numerusform>%Ln osób</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers found their item out of stock</source>
            <translation>
                <numerusform>%Ln osoba nie znalazła swojego produktu na stanie</numerusform>
                <numerusform>%Ln osoby nie znalazły swojego produktu na stanie</numerusform>
                <numerusform>%Ln osób nie znalazło swojego produktu na stanie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers got a box full of air</source>
            <translation>
                <numerusform>%Ln osoba dostała pudło pełne powietrza</numerusform>
                <numerusform>%Ln osoby dostały pudło pełne powietrza</numerusform>
                <numerusform>%Ln osób dostało pudło pełne powietrza</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers got a damaged parcel</source>
            <translation>
                <numerusform>%Ln osoba dostała uszkodzoną paczkę</numerusform>
                <numerusform>%Ln osoby dostały uszkodzoną paczkę</numerusform>
                <numerusform>%Ln osób dostało uszkodzoną paczkę</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers got a late package</source>
            <translation>
                <numerusform>%Ln osoba dostała spóźnioną paczkę</numerusform>
                <numerusform>%Ln osoby dostały spóźnioną paczkę</numerusform>
                <numerusform>%Ln osób dostało spóźnioną paczkę</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers saw a lower price elsewhere</source>
            <translation>
                <numerusform>%Ln osoba widziała niższą cenę gdzie indziej</numerusform>
                <numerusform>%Ln osoby widziały niższą cenę gdzie indziej</numerusform>
                <numerusform>%Ln osób widziało niższą cenę gdzie indziej</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers were not served as promised</source>
            <translation>
                <numerusform>%Ln osoba nie została obsłużona zgodnie z obietnicą</numerusform>
                <numerusform>%Ln osoby nie zostały obsłużone zgodnie z obietnicą</numerusform>
                <numerusform>%Ln osób nie zostało obsłużonych zgodnie z obietnicą</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln searches found nothing</source>
            <translation>
                <numerusform>%Ln wyszukiwanie nic nie znalazło</numerusform>
                <numerusform>%Ln wyszukiwania nic nie znalazły</numerusform>
                <numerusform>%Ln wyszukiwań nic nie znalazło</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%Ln more than the target allows)</source>
            <translation>
                <numerusform>(%Ln więcej, niż dopuszcza cel)</numerusform>
                <numerusform>(%Ln więcej, niż dopuszcza cel)</numerusform>
                <numerusform>(%Ln więcej, niż dopuszcza cel)</numerusform>
            </translation>
        </message>
        <message>
            <source>(within the target)</source>
            <translation>(w granicach celu)</translation>
        </message>
    </context>
    <context>
        <name>Pillar</name>
        <message>
            <source>Delivery</source>
            <translation>Dostawa</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Cena</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Asortyment</translation>
        </message>
    </context>
    <context>
        <name>Pillars</name>
        <message>
            <source>%1 over the weeks: the voices and the metric per area</source>
            <translation>%1 w kolejnych tygodniach: głosy i wskaźnik według obszaru</translation>
        </message>
        <message>
            <source>%1 pillar</source>
            <translation>Filar: %1</translation>
        </message>
        <message>
            <source>%1 says fine, %2 in 7 days against %3 expected</source>
            <translation>%1 mówi, że dobrze, a %2 w 7 dni wobec oczekiwanych %3</translation>
        </message>
        <message>
            <source>%1 trends</source>
            <translation>%1: trendy</translation>
        </message>
        <message>
            <source>%1 · target %2 · %3 · last 7 days</source>
            <translation>%1 · cel %2 · %3 · ostatnie 7 dni</translation>
        </message>
        <message>
            <source>%1: %2 (target %3), %4</source>
            <translation>%1: %2 (cel %3), %4</translation>
        </message>
        <message>
            <source>%1: voices and data disagree</source>
            <translation>%1: głosy i dane się nie zgadzają</translation>
        </message>
        <message>
            <source>%1: worst areas</source>
            <translation>%1: najsłabsze obszary</translation>
        </message>
        <message numerus="yes">
            <source>%Ln complaints</source>
            <translation>
                <numerusform>%Ln skarga</numerusform>
                <numerusform>%Ln skargi</numerusform>
                <numerusform>%Ln skarg</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln complaints from customers in 7 days</source>
            <translation>
                <numerusform>%Ln skarga klientów w 7 dni</numerusform>
                <numerusform>%Ln skargi klientów w 7 dni</numerusform>
                <numerusform>%Ln skarg klientów w 7 dni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue escalations</source>
            <translation>
                <numerusform>%Ln eskalacja po terminie</numerusform>
                <numerusform>%Ln eskalacje po terminie</numerusform>
                <numerusform>%Ln eskalacji po terminie</numerusform>
            </translation>
        </message>
        <message>
            <source>, most from %1 (%2)</source>
            <translation>, najwięcej z: %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>? %Ln overdue</source>
            <translation>
                <numerusform>? %Ln po terminie</numerusform>
                <numerusform>? %Ln po terminie</numerusform>
                <numerusform>? %Ln po terminie</numerusform>
            </translation>
        </message>
        <message>
            <source>Import metrics (Ctrl+I) to see this pillar.</source>
            <translation>Zaimportuj wskaźniki (Ctrl+I), aby zobaczyć ten filar.</translation>
        </message>
        <message>
            <source>Pillar metrics</source>
            <translation>Wskaźniki filarów</translation>
        </message>
        <message>
            <source>The data says on target; the customers disagree. When they do, the anecdotes are usually right: look at the measurement.</source>
            <translation>Dane mówią, że cel jest osiągnięty; klienci się nie zgadzają. W takiej sytuacji zwykle rację mają anegdoty: sprawdź sposób pomiaru.</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Trendy</translation>
        </message>
        <message>
            <source>Worst: %1</source>
            <translation>Najsłabsze: %1</translation>
        </message>
        <message>
            <source>below target</source>
            <translation>poniżej celu</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>brak danych</translation>
        </message>
        <message>
            <source>on target</source>
            <translation>cel osiągnięty</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiuj</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Wklej</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ponów</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Cofnij</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>W&amp;ytnij</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Zaznacz wszystko</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nie</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Tak</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Zapisz</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiuj</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Kopiuj &amp;adres odnośnika</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Zaznacz wszystko</translation>
        </message>
    </context>
    <context>
        <name>Rejects</name>
        <message numerus="yes">
            <source>%Ln records set aside, newest first.</source>
            <translation>
                <numerusform>%Ln rekord odłożony, najnowsze pierwsze.</numerusform>
                <numerusform>%Ln rekordy odłożone, najnowsze pierwsze.</numerusform>
                <numerusform>%Ln rekordów odłożonych, najnowsze pierwsze.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mend the file and import it again: what was imported stays, and nothing is imported twice.</source>
            <translation>Popraw plik i zaimportuj go ponownie: to, co zaimportowano, zostaje, a nic nie zostanie zaimportowane dwa razy.</translation>
        </message>
        <message>
            <source>No record was set aside.</source>
            <translation>Żaden rekord nie został odłożony.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <source>Rejected records</source>
            <translation>Odrzucone rekordy</translation>
        </message>
        <message>
            <source>Select a record to see what it held.</source>
            <translation>Wybierz rekord, aby zobaczyć jego zawartość.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>What the record held</source>
            <translation>Zawartość rekordu</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Gdzie</translation>
        </message>
        <message>
            <source>Why it was set aside</source>
            <translation>Dlaczego odłożono</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>#%1 %2 — %3, due %4</source>
            <translation>nr %1 %2 — %3, termin %4</translation>
        </message>
        <message>
            <source>#%1 “?” to %2, due %3, not answered</source>
            <translation>nr %1 „?” do: %2, termin %3, bez odpowiedzi</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (po terminie)</translation>
        </message>
        <message>
            <source>%1 (target %2)</source>
            <translation>%1 (cel %2)</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 dni</translation>
        </message>
        <message>
            <source>%1 in %2: %3 at %4 says fine, but %5 complaints came in 7 days against %6 expected.</source>
            <translation>%1 w %2: %3 na poziomie %4 mówi, że dobrze, ale w 7 dni przyszło %5 skarg wobec oczekiwanych %6.</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 new voices about the pillars; furthest above the weeks before: %2.</source>
            <translation>%1 nowych głosów o filarach; najwyżej ponad poprzednie tygodnie: %2.</translation>
        </message>
        <message>
            <source>%1 · owner %2</source>
            <translation>%1 · właściciel: %2</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <source>CORRECTION OF ERROR · ESCALATION #%1</source>
            <translation>ANALIZA BŁĘDU · ESKALACJA NR %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Nie można zapisać %1: %2</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Zamknięta</translation>
        </message>
        <message>
            <source>Correction of Error — escalation #%1</source>
            <translation>Analiza błędu — eskalacja nr %1</translation>
        </message>
        <message>
            <source>Corrective action #%1: %2 — %3, due %4</source>
            <translation>Działanie naprawcze #%1: %2 — %3, termin %4</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Decided %1: %2 — %3, follow up by %4</source>
            <translation>Postanowiono %1: %2 — %3, sprawdzić do %4</translation>
        </message>
        <message>
            <source>Decided at “%1” on %2: %3</source>
            <translation>Postanowiono na „%1” dnia %2: %3</translation>
        </message>
        <message>
            <source>Decision of %1: %2 — %3, follow up by %4</source>
            <translation>Decyzja z %1: %2 — %3, sprawdzić do %4</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decyzje</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wykonane</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Dowody</translation>
        </message>
        <message>
            <source>Five whys</source>
            <translation>Pięć razy „dlaczego”</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>In the customers' words</source>
            <translation>Słowami klientów</translation>
        </message>
        <message>
            <source>MEETING MINUTES</source>
            <translation>PROTOKÓŁ SPOTKANIA</translation>
        </message>
        <message>
            <source>Made %1. No meeting has ended yet: the last 7 days.</source>
            <translation>Przygotowano %1. Żadne spotkanie jeszcze się nie zakończyło: ostatnie 7 dni.</translation>
        </message>
        <message>
            <source>Made %1. Since “%2” ended on %3.</source>
            <translation>Przygotowano %1. Od zakończenia „%2” dnia %3.</translation>
        </message>
        <message>
            <source>Meeting minutes</source>
            <translation>Protokół spotkania</translation>
        </message>
        <message>
            <source>Meeting of %1</source>
            <translation>Spotkanie z dnia %1</translation>
        </message>
        <message>
            <source>Metric #%1</source>
            <translation>Wskaźnik nr %1</translation>
        </message>
        <message>
            <source>Minutes · %1</source>
            <translation>Protokół · %1</translation>
        </message>
        <message>
            <source>Moved: %1.</source>
            <translation>Zmiany: %1.</translation>
        </message>
        <message>
            <source>No decision was recorded.</source>
            <translation>Nie zapisano żadnej decyzji.</translation>
        </message>
        <message>
            <source>No metrics.</source>
            <translation>Brak wskaźników.</translation>
        </message>
        <message>
            <source>No new voices about the pillars since.</source>
            <translation>Od tego czasu brak nowych głosów o filarach.</translation>
        </message>
        <message>
            <source>No open “?”.</source>
            <translation>Brak otwartych „?”.</translation>
        </message>
        <message>
            <source>No voice is linked.</source>
            <translation>Nie powiązano żadnego głosu.</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>Jeszcze brak.</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Brak.</translation>
        </message>
        <message>
            <source>None: where the metrics say fine, the customers agree.</source>
            <translation>Brak: tam, gdzie wskaźniki mówią, że jest dobrze, klienci się zgadzają.</translation>
        </message>
        <message>
            <source>Not written yet.</source>
            <translation>Jeszcze nie napisano.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>Nothing due.</source>
            <translation>Nic nie czeka na termin.</translation>
        </message>
        <message>
            <source>Nothing was overdue.</source>
            <translation>Nic nie było po terminie.</translation>
        </message>
        <message>
            <source>Open “?” by owner</source>
            <translation>Otwarte „?” według właściciela</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Otwarta</translation>
        </message>
        <message>
            <source>Overdue actions reviewed</source>
            <translation>Omówione działania po terminie</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Właściciel</translation>
        </message>
        <message>
            <source>Personal data in customer voices is hidden in these minutes.</source>
            <translation>Dane osobowe w głosach klientów są w tym protokole ukryte.</translation>
        </message>
        <message>
            <source>Pillar snapshot</source>
            <translation>Stan filarów</translation>
        </message>
        <message>
            <source>Pillar · area</source>
            <translation>Filar · obszar</translation>
        </message>
        <message>
            <source>Pre-read for the next meeting</source>
            <translation>Materiał na następne spotkanie</translation>
        </message>
        <message>
            <source>Since the last meeting</source>
            <translation>Od ostatniego spotkania</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>THE CUSTOMER'S SEAT</source>
            <translation>MIEJSCE KLIENTA</translation>
        </message>
        <message>
            <source>The customer’s words</source>
            <translation>Słowa klienta</translation>
        </message>
        <message>
            <source>The three pillars</source>
            <translation>Trzy filary</translation>
        </message>
        <message>
            <source>Voice #%1</source>
            <translation>Głos nr %1</translation>
        </message>
        <message>
            <source>Voices shown</source>
            <translation>Pokazane głosy</translation>
        </message>
        <message>
            <source>Where the data and the customers disagree</source>
            <translation>Gdzie dane i klienci się nie zgadzają</translation>
        </message>
        <message>
            <source>chair · pre-read · personal data hidden</source>
            <translation>chair · materiał na spotkanie · dane osobowe ukryte</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>data nieznana</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>brak danych</translation>
        </message>
        <message>
            <source>no metric imported</source>
            <translation>nie zaimportowano wskaźnika</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>brak właściciela</translation>
        </message>
        <message>
            <source>not ended</source>
            <translation>niezakończone</translation>
        </message>
        <message>
            <source>open</source>
            <translation>otwarte</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>po terminie</translation>
        </message>
        <message>
            <source>the PDF writer produced nothing.</source>
            <translation>moduł zapisu PDF niczego nie utworzył.</translation>
        </message>
        <message>
            <source>“?” escalations raised</source>
            <translation>Zgłoszone eskalacje „?”</translation>
        </message>
        <message>
            <source>“?” raised %1, answered %2, overdue %3.</source>
            <translation>„?” zadane %1, z odpowiedzią %2, po terminie %3.</translation>
        </message>
    </context>
    <context>
        <name>ResponseTimes</name>
        <message>
            <source>%1 d</source>
            <translation>%1 dn.</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 godz.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Closed after</source>
            <translation>Zamknięte po</translation>
        </message>
        <message>
            <source>Escalations</source>
            <translation>Eskalacje</translation>
        </message>
        <message>
            <source>First answer</source>
            <translation>Pierwsza odpowiedź</translation>
        </message>
        <message>
            <source>Medians. First answer: the first reply, or the first move to Answered. Still waiting: the oldest open '?' with no answer yet.</source>
            <translation>Mediany. Pierwsza odpowiedź: pierwsza wiadomość zwrotna albo pierwsze przejście do stanu Odpowiedziane. Wciąż czeka: najstarsze otwarte „?” bez odpowiedzi.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otwarte</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Po terminie</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Właściciel</translation>
        </message>
        <message>
            <source>Response times by owner</source>
            <translation>Czasy odpowiedzi według właścicieli</translation>
        </message>
        <message>
            <source>Still waiting</source>
            <translation>Wciąż czeka</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>%1 (not connected)</source>
            <translation>%1 (niepodłączony)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln owners imported.</source>
            <translation>
                <numerusform>Zaimportowano %Ln właściciela.</numerusform>
                <numerusform>Zaimportowano %Ln właścicieli.</numerusform>
                <numerusform>Zaimportowano %Ln właścicieli.</numerusform>
            </translation>
        </message>
        <message>
            <source>A team database shared by the leadership team, as postgresql://you@host:port/database; empty keeps this computer's own file. Used when chair starts.</source>
            <translation>Wspólna baza zespołu kierowniczego, jako postgresql://ty@host:port/baza; puste zostawia własny plik tego komputera. Używana przy starcie chair.</translation>
        </message>
        <message>
            <source>Add mailbox</source>
            <translation>Dodaj skrzynkę</translation>
        </message>
        <message>
            <source>Add owner</source>
            <translation>Dodaj właściciela</translation>
        </message>
        <message>
            <source>Address '?' forwards come from; empty uses the SMTP user.</source>
            <translation>Adres, z którego wychodzą „?”; puste oznacza użytkownika SMTP.</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Wszystkie pliki</translation>
        </message>
        <message>
            <source>Area (empty: all)</source>
            <translation>Obszar (puste: wszystkie)</translation>
        </message>
        <message>
            <source>CSV files</source>
            <translation>Pliki CSV</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klasyfikacja</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Ciemny</translation>
        </message>
        <message>
            <source>Days an owner has to answer a '?'.</source>
            <translation>Liczba dni, jaką właściciel ma na odpowiedź na „?”.</translation>
        </message>
        <message>
            <source>Days to answer a ?</source>
            <translation>Dni na odpowiedź na ?</translation>
        </message>
        <message>
            <source>Digest day</source>
            <translation>Dzień podsumowania</translation>
        </message>
        <message>
            <source>Digest from hour</source>
            <translation>Podsumowanie od godziny</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Wygląd</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Email each owner of an overdue '?' a reminder, once a day at most (needs the SMTP server below).</source>
            <translation>Wysyłaj właścicielowi zaległego „?” przypomnienie e-mailem, najwyżej raz dziennie (potrzebny serwer SMTP poniżej).</translation>
        </message>
        <message>
            <source>Escalations</source>
            <translation>Eskalacje</translation>
        </message>
        <message>
            <source>Extra cue phrases and places, on top of the bundled ones.</source>
            <translation>Dodatkowe frazy i miejsca, oprócz wbudowanych.</translation>
        </message>
        <message>
            <source>Folders whose new files are imported once.</source>
            <translation>Foldery, których nowe pliki są importowane jeden raz.</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Jak w systemie</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Piątek</translation>
        </message>
        <message>
            <source>From which hour of that day (`chair digest --if-due`, run each hour by a scheduled task, sends it).</source>
            <translation>Od której godziny tego dnia (wysyła je `chair digest --if-due`, uruchamiane co godzinę przez zaplanowane zadanie).</translation>
        </message>
        <message>
            <source>Hide personal data by default</source>
            <translation>Domyślnie ukrywaj dane osobowe</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Wysoki kontrast</translation>
        </message>
        <message>
            <source>How the connection to the server is protected.</source>
            <translation>Jak chronione jest połączenie z serwerem.</translation>
        </message>
        <message>
            <source>IMAP folders</source>
            <translation>Foldery IMAP</translation>
        </message>
        <message>
            <source>IMAP folders read live, as imap://user@host:port/FOLDER.</source>
            <translation>Foldery IMAP czytane na żywo, w postaci imap://użytkownik@serwer:port/FOLDER.</translation>
        </message>
        <message>
            <source>Import owners from CSV…</source>
            <translation>Importuj właścicieli z CSV…</translation>
        </message>
        <message>
            <source>Its password</source>
            <translation>Jego hasło</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Jasny</translation>
        </message>
        <message>
            <source>Light, dark or high contrast; or as the system is set.</source>
            <translation>Jasny, ciemny lub wysoki kontrast; albo jak w systemie.</translation>
        </message>
        <message>
            <source>Meeting mode</source>
            <translation>Tryb spotkania</translation>
        </message>
        <message>
            <source>Metric targets</source>
            <translation>Cele wskaźników</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Poniedziałek</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Name shown as the sender of '?' forwards.</source>
            <translation>Nazwa nadawcy wyświetlana przy „?”.</translation>
        </message>
        <message>
            <source>Names, emails, phones, order and card numbers are hidden when chair starts (meeting mode always hides them).</source>
            <translation>Imiona, e-maile, telefony, numery zamówień i kart są ukryte od startu chair (tryb spotkania zawsze je ukrywa).</translation>
        </message>
        <message>
            <source>New IMAP folder</source>
            <translation>Nowy folder IMAP</translation>
        </message>
        <message>
            <source>New mailbox</source>
            <translation>Nowa skrzynka</translation>
        </message>
        <message>
            <source>None (this machine only)</source>
            <translation>Brak (tylko ten komputer)</translation>
        </message>
        <message>
            <source>Order number patterns</source>
            <translation>Wzorce numerów zamówień</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <source>Owner %1: an email address is needed.</source>
            <translation>Właściciel %1: potrzebny jest adres e-mail.</translation>
        </message>
        <message>
            <source>Owner %1: that pillar and area has an owner already.</source>
            <translation>Właściciel %1: ten filar i obszar mają już właściciela.</translation>
        </message>
        <message>
            <source>Owner %1: the pillar is price, selection, delivery or other.</source>
            <translation>Właściciel %1: filar to price, selection, delivery lub other.</translation>
        </message>
        <message>
            <source>Owners (CSV: name, email, pillar, area)</source>
            <translation>Właściciele (CSV: imię i nazwisko, e-mail, filar, obszar)</translation>
        </message>
        <message>
            <source>Owners directory</source>
            <translation>Katalog właścicieli</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Filar</translation>
        </message>
        <message>
            <source>Regular expressions of your order numbers.</source>
            <translation>Wyrażenia regularne Twoich numerów zamówień.</translation>
        </message>
        <message>
            <source>Remind overdue owners</source>
            <translation>Przypominaj o zaległych</translation>
        </message>
        <message>
            <source>Remove owner</source>
            <translation>Usuń właściciela</translation>
        </message>
        <message>
            <source>SMTP encryption</source>
            <translation>Szyfrowanie SMTP</translation>
        </message>
        <message>
            <source>SMTP password</source>
            <translation>Hasło SMTP</translation>
        </message>
        <message>
            <source>SMTP port</source>
            <translation>Port SMTP</translation>
        </message>
        <message>
            <source>SMTP server</source>
            <translation>Serwer SMTP</translation>
        </message>
        <message>
            <source>SMTP server for '?' forwards; empty means forwards are off.</source>
            <translation>Serwer SMTP do wysyłania „?”; puste oznacza, że wysyłanie jest wyłączone.</translation>
        </message>
        <message>
            <source>SMTP user</source>
            <translation>Użytkownik SMTP</translation>
        </message>
        <message>
            <source>SMTP user; the password lives in the OS keyring.</source>
            <translation>Użytkownik SMTP; hasło jest w systemowym pęku kluczy.</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Sobota</translation>
        </message>
        <message>
            <source>Scale of all text, for big rooms and small laptops.</source>
            <translation>Skala całego tekstu — dla dużych sal i małych laptopów.</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Ekran</translation>
        </message>
        <message>
            <source>Seconds each voice stays on the meeting screen.</source>
            <translation>Ile sekund każdy głos zostaje na ekranie spotkania.</translation>
        </message>
        <message>
            <source>Seconds per voice</source>
            <translation>Sekundy na głos</translation>
        </message>
        <message>
            <source>Send a test email</source>
            <translation>Wyślij testowy e-mail</translation>
        </message>
        <message>
            <source>Sender address</source>
            <translation>Adres nadawcy</translation>
        </message>
        <message>
            <source>Sender name</source>
            <translation>Nazwa nadawcy</translation>
        </message>
        <message>
            <source>Sending a test email…</source>
            <translation>Wysyłanie testowego e-maila…</translation>
        </message>
        <message>
            <source>Sent to %1: look for it in that inbox.</source>
            <translation>Wysłano na %1: sprawdź tę skrzynkę.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Źródła</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Niedziela</translation>
        </message>
        <message>
            <source>Targets by metric name, replacing the imported ones.</source>
            <translation>Cele według nazwy wskaźnika, zastępujące zaimportowane.</translation>
        </message>
        <message>
            <source>Taxonomy file</source>
            <translation>Plik taksonomii</translation>
        </message>
        <message>
            <source>Team database</source>
            <translation>Baza zespołu</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Rozmiar tekstu</translation>
        </message>
        <message>
            <source>The day the weekly digest goes out.</source>
            <translation>Dzień, w którym wychodzi cotygodniowe podsumowanie.</translation>
        </message>
        <message>
            <source>The password of %1 is in the system keyring.</source>
            <translation>Hasło konta %1 jest w systemowym pęku kluczy.</translation>
        </message>
        <message>
            <source>The screen the window is on</source>
            <translation>Ekran, na którym jest okno</translation>
        </message>
        <message>
            <source>The test email was not sent: %1</source>
            <translation>Testowy e-mail nie został wysłany: %1</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Motyw</translation>
        </message>
        <message>
            <source>Through the server above, to the address forwards come from</source>
            <translation>Przez serwer powyżej, na adres, z którego wychodzą przekazania</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Czwartek</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Wtorek</translation>
        </message>
        <message>
            <source>Usually 587 (STARTTLS) or 465 (TLS).</source>
            <translation>Zwykle 587 (STARTTLS) lub 465 (TLS).</translation>
        </message>
        <message>
            <source>Watched folders</source>
            <translation>Obserwowane foldery</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Środa</translation>
        </message>
        <message>
            <source>Weekly digest to</source>
            <translation>Cotygodniowe podsumowanie do</translation>
        </message>
        <message>
            <source>Where meeting mode opens: the projector or the room's big screen.</source>
            <translation>Gdzie otwiera się tryb spotkania: projektor lub duży ekran w sali.</translation>
        </message>
        <message>
            <source>Who gets the weekly digest (the pre-read by email): addresses separated by commas; empty sends none.</source>
            <translation>Kto dostaje cotygodniowe podsumowanie (materiał na spotkanie e-mailem): adresy rozdzielone przecinkami; puste — nie wysyłać.</translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>Twoje hasło</translation>
        </message>
        <message>
            <source>Your taxonomy file</source>
            <translation>Twój plik taksonomii</translation>
        </message>
        <message>
            <source>chair speaks English, Polish, French and Vietnamese.</source>
            <translation>chair mówi po angielsku, polsku, francusku i wietnamsku.</translation>
        </message>
        <message>
            <source>kept in the system keyring, never in a file</source>
            <translation>przechowywane w systemowym pęku kluczy, nigdy w pliku</translation>
        </message>
        <message>
            <source>name=value per line</source>
            <translation>nazwa=wartość w każdym wierszu</translation>
        </message>
        <message>
            <source>one per line</source>
            <translation>po jednym w wierszu</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Clear search and filters</source>
            <translation>Wyczyść wyszukiwanie i filtry</translation>
        </message>
        <message>
            <source>Escalate the selected voice to its owner</source>
            <translation>Eskaluj wybrany głos do jego właściciela</translation>
        </message>
        <message>
            <source>Hide or show personal data</source>
            <translation>Ukryj lub pokaż dane osobowe</translation>
        </message>
        <message>
            <source>Import files</source>
            <translation>Importuj pliki</translation>
        </message>
        <message>
            <source>Meeting mode</source>
            <translation>Tryb spotkania</translation>
        </message>
        <message>
            <source>Next / previous voice</source>
            <translation>Następny / poprzedni głos</translation>
        </message>
        <message>
            <source>Read the selected voice in full</source>
            <translation>Przeczytaj wybrany głos w całości</translation>
        </message>
        <message>
            <source>Search what customers wrote</source>
            <translation>Szukaj w tym, co napisali klienci</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <source>This sheet</source>
            <translation>Ta ściąga</translation>
        </message>
    </context>
    <context>
        <name>Since</name>
        <message>
            <source>#%1 %2 — %3, due %4</source>
            <translation>#%1 %2 — %3, termin %4</translation>
        </message>
        <message>
            <source>%1 in %2: %3 says fine, %4 complaints against %5 expected</source>
            <translation>%1 w %2: %3 mówi, że dobrze, a skarg jest %4 wobec oczekiwanych %5</translation>
        </message>
        <message>
            <source>%1 · %2 · %3: %4 → %5 (target %6)</source>
            <translation>%1 · %2 · %3: %4 → %5 (cel %6)</translation>
        </message>
        <message>
            <source>%1 · %2: %3 new, about %4 the weeks before would bring</source>
            <translation>%1 · %2: %3 nowych, wobec ok. %4 w poprzednich tygodniach</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new voices about the pillars (each text once)</source>
            <translation>
                <numerusform>%Ln nowy głos o filarach (każdy tekst raz)</numerusform>
                <numerusform>%Ln nowe głosy o filarach (każdy tekst raz)</numerusform>
                <numerusform>%Ln nowych głosów o filarach (każdy tekst raz)</numerusform>
            </translation>
        </message>
        <message>
            <source>Corrective action of #%1: %2 — %3, due %4</source>
            <translation>Działanie naprawcze do #%1: %2 — %3, termin %4</translation>
        </message>
        <message>
            <source>Decision of %1: %2 — %3, follow up by %4</source>
            <translation>Decyzja z %1: %2 — %3, sprawdzić do %4</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Na ten tydzień</translation>
        </message>
        <message>
            <source>Gone: %1 in %2</source>
            <translation>Zniknęła: %1 w %2</translation>
        </message>
        <message>
            <source>Metrics that moved</source>
            <translation>Wskaźniki, które się zmieniły</translation>
        </message>
        <message>
            <source>No disagreement appeared or went away.</source>
            <translation>Żadna rozbieżność nie pojawiła się ani nie zniknęła.</translation>
        </message>
        <message>
            <source>No headline metric moved.</source>
            <translation>Żaden główny wskaźnik się nie zmienił.</translation>
        </message>
        <message>
            <source>No meeting has ended yet: the last 7 days</source>
            <translation>Żadne spotkanie się jeszcze nie zakończyło: ostatnie 7 dni</translation>
        </message>
        <message>
            <source>No new voice about price, selection or delivery.</source>
            <translation>Brak nowych głosów o cenie, wyborze czy dostawie.</translation>
        </message>
        <message>
            <source>Nothing due this week.</source>
            <translation>Nic na ten tydzień.</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>Nic po terminie.</translation>
        </message>
        <message>
            <source>Since “%1” ended, %2</source>
            <translation>Od zakończenia „%1”, %2</translation>
        </message>
        <message>
            <source>When the data and the voices disagree</source>
            <translation>Gdy dane i głosy się nie zgadzają</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>i jeszcze %Ln</numerusform>
                <numerusform>i jeszcze %Ln</numerusform>
                <numerusform>i jeszcze %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>no area</source>
            <translation>bez obszaru</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>bez właściciela</translation>
        </message>
        <message>
            <source>the last meeting</source>
            <translation>ostatniego spotkania</translation>
        </message>
        <message>
            <source>“?”: %1 raised · %2 answered · %3 overdue</source>
            <translation>„?”: %1 zadanych · %2 z odpowiedzią · %3 po terminie</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>Nothing has been imported yet.</source>
            <translation>Nic jeszcze nie zaimportowano.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Odrzucone</translation>
        </message>
        <message>
            <source>Remove %1 voices and %2 rejected records that came from %3? This cannot be undone.</source>
            <translation>Usunąć głosy (%1) i odrzucone rekordy (%2) pochodzące z %3? Tego nie można cofnąć.</translation>
        </message>
        <message>
            <source>Remove imported voices</source>
            <translation>Usuń zaimportowane głosy</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Usuń…</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Źródła</translation>
        </message>
        <message>
            <source>Voices</source>
            <translation>Głosy</translation>
        </message>
        <message>
            <source>Where the voices came from. Removing a source takes back every voice and rejected record it brought; escalations keep a line where a voice was.</source>
            <translation>Skąd pochodzą głosy. Usunięcie źródła zabiera każdy głos i odrzucony rekord, który przyniosło; eskalacje zachowują wpis w miejscu głosu.</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Answered</source>
            <translation>Odpowiedziane</translation>
        </message>
        <message>
            <source>COE submitted</source>
            <translation>COE złożone</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Zamknięte</translation>
        </message>
        <message>
            <source>Investigating</source>
            <translation>W wyjaśnianiu</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otwarte</translation>
        </message>
        <message>
            <source>forwarded on</source>
            <translation>przekazane dalej</translation>
        </message>
        <message>
            <source>opened as %1</source>
            <translation>otwarto jako: %1</translation>
        </message>
    </context>
    <context>
        <name>Trends</name>
        <message>
            <source>%1 over the weeks</source>
            <translation>%1 w kolejnych tygodniach</translation>
        </message>
        <message>
            <source>%1 per week: the areas above, and those furthest below target</source>
            <translation>%1 tygodniowo: obszary z wykresu powyżej i te najdalej poniżej celu</translation>
        </message>
        <message>
            <source>Each customer-written text counted once; a week starts on Monday.</source>
            <translation>Każdy tekst napisany przez klienta liczony raz; tydzień zaczyna się w poniedziałek.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Wczytuję…</translation>
        </message>
        <message>
            <source>Voices about %1 per week</source>
            <translation>Głosy o filarze %1 tygodniowo</translation>
        </message>
    </context>
</TS>
