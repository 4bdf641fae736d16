<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Action</name>
        <message>
            <source>Close escalation</source>
            <translation>Clore l’escalade</translation>
        </message>
        <message>
            <source>Mark answered</source>
            <translation>Marquer comme répondue</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>Start investigating</source>
            <translation>Commencer l’analyse</translation>
        </message>
        <message>
            <source>Submit COE</source>
            <translation>Soumettre la COE</translation>
        </message>
    </context>
    <context>
        <name>Age</name>
        <message>
            <source>%1 ago</source>
            <translation>il y a %1</translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%n j</numerusform>
                <numerusform>%n j</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n w</source>
            <translation>
                <numerusform>%n sem.</numerusform>
                <numerusform>%n sem.</numerusform>
            </translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>date inconnue</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>à l’instant</translation>
        </message>
        <message>
            <source>now</source>
            <translation>maintenant</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message numerus="yes">
            <source>%Ln times since %1</source>
            <translation>
                <numerusform>%Ln fois depuis %1</numerusform>
                <numerusform>%Ln fois depuis %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Dismiss the problem</source>
            <translation>Ignorer le problème</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
    </context>
    <context>
        <name>Between</name>
        <message>
            <source>%1 against about %2</source>
            <translation>%1 contre environ %2</translation>
        </message>
        <message>
            <source>%1 in %2: more voices than usual</source>
            <translation>%1 à %2 : plus de voix que d’habitude</translation>
        </message>
        <message numerus="yes">
            <source>%Ln decisions</source>
            <translation>
                <numerusform>%Ln décision</numerusform>
                <numerusform>%Ln décisions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln things stand out.</source>
            <translation>
                <numerusform>%Ln point ressort.</numerusform>
                <numerusform>%Ln points ressortent.</numerusform>
            </translation>
        </message>
        <message>
            <source>All meetings · %1 to follow up</source>
            <translation>Toutes les réunions · %1 à suivre</translation>
        </message>
        <message>
            <source>Between meetings</source>
            <translation>Entre les réunions</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Décidé</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Décisions</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Écarter</translation>
        </message>
        <message>
            <source>Follow up by</source>
            <translation>À suivre d’ici</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Vu en dernier</translation>
        </message>
        <message>
            <source>Look for spikes of voices per pillar and area, and for new phrases from several customers</source>
            <translation>Chercher des pics de voix par pilier et par zone, et des expressions nouvelles venant de plusieurs clients</translation>
        </message>
        <message>
            <source>Look now</source>
            <translation>Chercher maintenant</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Meetings and decisions</source>
            <translation>Réunions et décisions</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Pas encore</translation>
        </message>
        <message>
            <source>Nothing noticed yet. Look now, or import voices: chair looks after every import.</source>
            <translation>Rien de remarqué pour l’instant. Cherchez maintenant, ou importez des voix : chair regarde après chaque import.</translation>
        </message>
        <message>
            <source>Nothing stands out.</source>
            <translation>Rien ne ressort.</translation>
        </message>
        <message>
            <source>Noticed</source>
            <translation>Remarqué</translation>
        </message>
        <message>
            <source>Open again</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Past meetings</source>
            <translation>Réunions passées</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Lecture…</translation>
        </message>
        <message>
            <source>Save the pre-read…</source>
            <translation>Enregistrer la note préparatoire…</translation>
        </message>
        <message>
            <source>Select a line to read the voices behind it.</source>
            <translation>Sélectionnez une ligne pour lire les voix qui la fondent.</translation>
        </message>
        <message>
            <source>Since the last meeting</source>
            <translation>Depuis la dernière réunion</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>The one-page pre-read for the next meeting, as PDF or Markdown</source>
            <translation>La note préparatoire d’une page pour la prochaine réunion, en PDF ou Markdown</translation>
        </message>
        <message>
            <source>Voices</source>
            <translation>Voix</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>What chair noticed</source>
            <translation>Ce que chair a remarqué</translation>
        </message>
        <message>
            <source>What changed since the last meeting</source>
            <translation>Ce qui a changé depuis la dernière réunion</translation>
        </message>
        <message>
            <source>dismissed</source>
            <translation>écarté</translation>
        </message>
        <message>
            <source>no area</source>
            <translation>sans zone</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouvert</translation>
        </message>
        <message>
            <source>“%1”: from several customers at once</source>
            <translation>« %1 » : de plusieurs clients à la fois</translation>
        </message>
        <message>
            <source>“?” raised</source>
            <translation>« ? » posé</translation>
        </message>
        <message>
            <source>“?” to the owner…</source>
            <translation>« ? » au responsable…</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>chat</source>
            <translation>chat</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>review</source>
            <translation>avis</translation>
        </message>
        <message>
            <source>social</source>
            <translation>réseaux sociaux</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>enquête</translation>
        </message>
        <message>
            <source>ticket</source>
            <translation>ticket</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>closed</source>
            <translation>clôturées</translation>
        </message>
        <message>
            <source>days (median)</source>
            <translation>jours (médiane)</translation>
        </message>
        <message>
            <source>first answer</source>
            <translation>première réponse</translation>
        </message>
        <message>
            <source>no data in these weeks</source>
            <translation>aucune donnée sur ces semaines</translation>
        </message>
        <message>
            <source>other areas</source>
            <translation>autres zones</translation>
        </message>
        <message>
            <source>response time allowed</source>
            <translation>délai de réponse accordé</translation>
        </message>
        <message>
            <source>target</source>
            <translation>objectif</translation>
        </message>
        <message>
            <source>waiting, no answer yet</source>
            <translation>en attente, sans réponse</translation>
        </message>
    </context>
    <context>
        <name>Coe</name>
        <message>
            <source>Corrective actions</source>
            <translation>Actions correctives</translation>
        </message>
        <message>
            <source>Critical implications, including security</source>
            <translation>Implications critiques, y compris pour la sécurité</translation>
        </message>
        <message>
            <source>Impact on customers and the business</source>
            <translation>Impact sur les clients et sur l’entreprise</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>Enseignements</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Cause racine</translation>
        </message>
        <message>
            <source>Supporting data</source>
            <translation>Données à l’appui</translation>
        </message>
        <message>
            <source>This COE cannot close yet: %1.</source>
            <translation>Cette COE ne peut pas encore être close : %1.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s’est passé</translation>
        </message>
        <message>
            <source>no Correction of Error has been written</source>
            <translation>aucune correction d’erreur (COE) n’a été rédigée</translation>
        </message>
        <message>
            <source>no corrective action with an owner and a due date</source>
            <translation>aucune action corrective avec un responsable et une échéance</translation>
        </message>
        <message>
            <source>no supporting data (write it or link voices and metrics)</source>
            <translation>aucune donnée à l’appui (rédigez-la ou liez des voix et des indicateurs)</translation>
        </message>
        <message>
            <source>the root cause is empty</source>
            <translation>la cause racine est vide</translation>
        </message>
    </context>
    <context>
        <name>Detail</name>
        <message>
            <source>? escalation #%1</source>
            <translation>? escalade n°%1</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Area of this voice</source>
            <translation>Zone de cette voix</translation>
        </message>
        <message>
            <source>From %1</source>
            <translation>De %1</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Pilier</translation>
        </message>
        <message>
            <source>Pillar of this voice</source>
            <translation>Pilier de cette voix</translation>
        </message>
        <message>
            <source>Select a voice to read it in full.</source>
            <translation>Sélectionnez une voix pour la lire en entier.</translation>
        </message>
        <message>
            <source>Verbatim text</source>
            <translation>Texte intégral</translation>
        </message>
        <message>
            <source>Voice detail</source>
            <translation>Détail de la voix</translation>
        </message>
        <message>
            <source>classified, confidence %1</source>
            <translation>classée, confiance %1</translation>
        </message>
        <message>
            <source>corrected by hand</source>
            <translation>corrigée à la main</translation>
        </message>
        <message>
            <source>×%1: the same words (numbers aside) from %1 voices, counted once</source>
            <translation>×%1 : les mêmes mots (hors chiffres) de %1 voix, comptés une fois</translation>
        </message>
    </context>
    <context>
        <name>EscalateSheet</name>
        <message>
            <source>(a note is optional: the question mark says it all)</source>
            <translation>(la note est facultative : le point d’interrogation dit tout)</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Email the “?” to the owner</source>
            <translation>Envoyer le « ? » par e-mail au responsable</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>Escalader</translation>
        </message>
        <message>
            <source>Escalate with “?”</source>
            <translation>Escalader avec « ? »</translation>
        </message>
        <message>
            <source>No owner of %1 in the directory: type a name and an email.</source>
            <translation>Aucun responsable de %1 dans l’annuaire : saisissez un nom et un e-mail.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Owner of %1 in the directory.</source>
            <translation>Responsable de %1 selon l’annuaire.</translation>
        </message>
        <message>
            <source>Set an SMTP server in Settings to forward by email.</source>
            <translation>Indiquez un serveur SMTP dans les Réglages pour transférer par e-mail.</translation>
        </message>
        <message>
            <source>Who owns this? Choose or type the owner.</source>
            <translation>Qui en est responsable ? Choisissez ou saisissez le responsable.</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more voices</source>
            <translation>
                <numerusform>et %Ln autre voix</numerusform>
                <numerusform>et %Ln autres voix</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EscalationWindow</name>
        <message numerus="yes">
            <source>%Ln corrective actions overdue</source>
            <translation>
                <numerusform>%Ln action corrective en retard</numerusform>
                <numerusform>%Ln actions correctives en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Ajouter une action</translation>
        </message>
        <message>
            <source>Anything this exposes beyond this case — security and privacy first.</source>
            <translation>Tout ce que ce cas révèle au-delà de lui-même — sécurité et vie privée d’abord.</translation>
        </message>
        <message>
            <source>Cite the escalated voices</source>
            <translation>Citer les voix escaladées</translation>
        </message>
        <message>
            <source>Close this window; what was typed is saved</source>
            <translation>Fermer cette fenêtre ; la saisie est enregistrée</translation>
        </message>
        <message>
            <source>Correction of Error</source>
            <translation>Correction d’erreur (COE)</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Action corrective</translation>
        </message>
        <message>
            <source>Corrective actions</source>
            <translation>Actions correctives</translation>
        </message>
        <message>
            <source>Critical implications</source>
            <translation>Implications critiques</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>ESCALATION #%1</source>
            <translation>ESCALADE N°%1</translation>
        </message>
        <message>
            <source>Email not sent: %1</source>
            <translation>E-mail non envoyé : %1</translation>
        </message>
        <message>
            <source>Escalation #%1</source>
            <translation>Escalade n°%1</translation>
        </message>
        <message>
            <source>Escalation #%1 no longer exists.</source>
            <translation>L’escalade n°%1 n’existe plus.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Preuves</translation>
        </message>
        <message>
            <source>Export Markdown…</source>
            <translation>Exporter en Markdown…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Export the Correction of Error</source>
            <translation>Exporter la correction d’erreur</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exporté vers %1</translation>
        </message>
        <message>
            <source>Five whys</source>
            <translation>Cinq pourquoi</translation>
        </message>
        <message>
            <source>Forward on…</source>
            <translation>Transmettre…</translation>
        </message>
        <message>
            <source>Forwarded:</source>
            <translation>Transmis :</translation>
        </message>
        <message>
            <source>Hand this “?” to someone else, who owns it from now</source>
            <translation>Confier ce « ? » à quelqu’un d’autre, qui en répond désormais</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>Enseignements</translation>
        </message>
        <message>
            <source>Metric #%1: %2</source>
            <translation>Indicateur n°%1 : %2</translation>
        </message>
        <message>
            <source>No voice is linked.</source>
            <translation>Aucune voix n’est liée.</translation>
        </message>
        <message>
            <source>On customers and on the business: how many, how much, since when.</source>
            <translation>Sur les clients et sur l’entreprise : combien de personnes, combien d’argent, depuis quand.</translation>
        </message>
        <message>
            <source>One why per line: why did it happen, and why did that happen…</source>
            <translation>Un pourquoi par ligne : pourquoi est-ce arrivé, et pourquoi cela est-il arrivé…</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Ready to submit and close.</source>
            <translation>Prête à être soumise et close.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Retirer l’action</translation>
        </message>
        <message>
            <source>Replies from the owner</source>
            <translation>Réponses du responsable</translation>
        </message>
        <message>
            <source>Retry sending</source>
            <translation>Réessayer l’envoi</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Cause racine</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save the Correction of Error (Ctrl+S)</source>
            <translation>Enregistrer la correction d’erreur (Ctrl+S)</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Renvoyer</translation>
        </message>
        <message>
            <source>Send back…</source>
            <translation>Renvoyer…</translation>
        </message>
        <message>
            <source>Send “?” by email</source>
            <translation>Envoyer le « ? » par e-mail</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <source>Supporting data</source>
            <translation>Données à l’appui</translation>
        </message>
        <message>
            <source>The cause that, once removed, prevents a recurrence.</source>
            <translation>La cause qui, une fois supprimée, empêche que cela se reproduise.</translation>
        </message>
        <message>
            <source>The facts, in order, as a customer would tell them.</source>
            <translation>Les faits, dans l’ordre, comme un client les raconterait.</translation>
        </message>
        <message>
            <source>The leader's note:</source>
            <translation>Note du dirigeant :</translation>
        </message>
        <message>
            <source>The numbers and the voices that prove the cause.</source>
            <translation>Les chiffres et les voix qui prouvent la cause.</translation>
        </message>
        <message>
            <source>To close: %1.</source>
            <translation>Pour clore : %1.</translation>
        </message>
        <message>
            <source>Voice #%1: %2</source>
            <translation>Voix n°%1 : %2</translation>
        </message>
        <message>
            <source>Voices and replies</source>
            <translation>Voix et réponses</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s’est passé</translation>
        </message>
        <message>
            <source>What the team now knows and will do differently.</source>
            <translation>Ce que l’équipe sait désormais et fera autrement.</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>échéance %1</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>aucun responsable</translation>
        </message>
        <message>
            <source>opened %1</source>
            <translation>ouverte %1</translation>
        </message>
        <message>
            <source>opened %1 by %2</source>
            <translation>ouverte %1 par %2</translation>
        </message>
        <message numerus="yes">
            <source>overdue %n d</source>
            <translation>
                <numerusform>en retard de %n j</numerusform>
                <numerusform>en retard de %n j</numerusform>
            </translation>
        </message>
        <message>
            <source>owner %1</source>
            <translation>responsable %1</translation>
        </message>
        <message>
            <source>“?” emailed to %1</source>
            <translation>« ? » envoyé par e-mail à %1</translation>
        </message>
    </context>
    <context>
        <name>Escalations</name>
        <message numerus="yes">
            <source>%Ln actions overdue</source>
            <translation>
                <numerusform>%Ln action en retard</numerusform>
                <numerusform>%Ln actions en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note : %1</translation>
        </message>
        <message>
            <source>Open escalations</source>
            <translation>Escalades ouvertes</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voix</translation>
        </message>
        <message>
            <source>email not sent</source>
            <translation>e-mail non envoyé</translation>
        </message>
        <message numerus="yes">
            <source>in %n d</source>
            <translation>
                <numerusform>dans %n j</numerusform>
                <numerusform>dans %n j</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>overdue %n d</source>
            <translation>
                <numerusform>en retard de %n j</numerusform>
                <numerusform>en retard de %n j</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd’hui</translation>
        </message>
    </context>
    <context>
        <name>Feed</name>
        <message>
            <source>Customer voices</source>
            <translation>Voix des clients</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>All areas</source>
            <translation>Toutes les zones</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Toutes les langues</translation>
        </message>
        <message>
            <source>All pillars</source>
            <translation>Tous les piliers</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Toutes les sources</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Toutes dates</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Clear all filters</source>
            <translation>Effacer tous les filtres</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Last 24 hours</source>
            <translation>Dernières 24 heures</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>90 derniers jours</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Pilier</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>%1%</source>
            <translation>%1 %</translation>
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
            <translation>(facultatif) ce qu’il faut savoir</translation>
        </message>
        <message>
            <source>Choose or type whom to forward it to.</source>
            <translation>Choisissez ou tapez à qui le transmettre.</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Transmettre</translation>
        </message>
        <message>
            <source>Forward on</source>
            <translation>Transmettre</translation>
        </message>
        <message>
            <source>Forward to</source>
            <translation>Transmettre à</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Say what the COE still needs.</source>
            <translation>Dites ce qui manque encore au COE.</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>Renvoyer</translation>
        </message>
        <message>
            <source>Send the COE back</source>
            <translation>Renvoyer le COE</translation>
        </message>
        <message>
            <source>What does this Correction of Error still need? The owner reads it with the escalation.</source>
            <translation>Que manque-t-il encore à cette Correction of Error ? Le responsable le lira avec l’escalade.</translation>
        </message>
        <message>
            <source>Who should answer this “?”? They own it from now; the escalation keeps who handed it to whom.</source>
            <translation>Qui doit répondre à ce « ? » ? Il en répond désormais ; l’escalade garde qui l’a confié à qui.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%1 and %Ln more</source>
            <translation>
                <numerusform>%1 et %Ln autre</numerusform>
                <numerusform>%1 et %Ln autres</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 imported, %2 already there, %3 rejected</source>
            <translation>%1 importées, %2 déjà présentes, %3 rejetées</translation>
        </message>
        <message numerus="yes">
            <source>%Ln areas of the metrics match no voice and no known place: %1. A spelling is mapped to an area with chair areas map.</source>
            <translation>
                <numerusform>%Ln zone des indicateurs ne correspond à aucune voix ni à aucun lieu connu : %1. Une graphie se rattache à une zone avec chair areas map.</numerusform>
                <numerusform>%Ln zones des indicateurs ne correspondent à aucune voix ni à aucun lieu connu : %1. Une graphie se rattache à une zone avec chair areas map.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln voices had no readable date: they show “date unknown” and come after the dated voices.</source>
            <translation>
                <numerusform>%Ln voix n’avait pas de date lisible : elle porte « date inconnue » et vient après les voix datées.</numerusform>
                <numerusform>%Ln voix n’avaient pas de date lisible : elles portent « date inconnue » et viennent après les voix datées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancelled: what was read before stays, and importing again completes it.</source>
            <translation>Annulé : ce qui a déjà été lu reste, et un nouvel import termine le travail.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Import annulé</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import terminé</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progression de l’import</translation>
        </message>
        <message>
            <source>Import voices</source>
            <translation>Importer des voix</translation>
        </message>
        <message>
            <source>Importing %1</source>
            <translation>Import de %1</translation>
        </message>
        <message>
            <source>Show the rejected records…</source>
            <translation>Afficher les enregistrements rejetés…</translation>
        </message>
        <message>
            <source>Total: %1 imported, %2 already there, %3 rejected.</source>
            <translation>Total : %1 importées, %2 déjà présentes, %3 rejetées.</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more sources: %1 imported, %2 rejected</source>
            <translation>
                <numerusform>… et %Ln autre source : %1 importées, %2 rejetées</numerusform>
                <numerusform>… et %Ln autres sources : %1 importées, %2 rejetées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>#%1 is escalated, but the email was not sent: %2</source>
            <translation>Le n°%1 est escaladé, mais l’e-mail n’a pas été envoyé : %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln matching</source>
            <translation>
                <numerusform>%Ln résultat</numerusform>
                <numerusform>%Ln résultats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new voices</source>
            <translation>
                <numerusform>%Ln nouvelle voix</numerusform>
                <numerusform>%Ln nouvelles voix</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln en retard</numerusform>
                <numerusform>%Ln en retard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln voices</source>
            <translation>
                <numerusform>%Ln voix</numerusform>
                <numerusform>%Ln voix</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ matching</source>
            <translation>
                <numerusform>%Ln+ résultat</numerusform>
                <numerusform>%Ln+ résultats</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;The database could not be opened.&lt;/b&gt;&lt;br&gt;%1</source>
            <translation>&lt;b&gt;Impossible d’ouvrir la base de données.&lt;/b&gt;&lt;br&gt;%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Welcome. No customer voices yet.&lt;/b&gt;&lt;br&gt;Start with a realistic demo in four languages (it can be removed later in one step from Help), bring your own exports and mail, or connect the mailbox where customers write.</source>
            <translation>&lt;b&gt;Bienvenue. Aucune voix de client pour l’instant.&lt;/b&gt;&lt;br&gt;Commencez par une démo réaliste en quatre langues (vous pourrez la retirer en une étape depuis Aide), importez vos propres exports et e-mails, ou connectez la boîte où vos clients écrivent.</translation>
        </message>
        <message>
            <source>? for %1 recorded as escalation #%2, due %3. Not emailed: to send it, open #%2 and press Send “?” by email.</source>
            <translation>« ? » pour %1 enregistré comme escalade n°%2, échéance %3. Pas envoyé par e-mail : pour l’envoyer, ouvrez le n°%2 et cliquez sur Envoyer le « ? » par e-mail.</translation>
        </message>
        <message>
            <source>? for %1 recorded as escalation #%2, due %3; emailing it…</source>
            <translation>« ? » pour %1 enregistré comme escalade n°%2, échéance %3 ; envoi par e-mail…</translation>
        </message>
        <message>
            <source>A seat for the customer at the leadership table.</source>
            <translation>Une place pour le client à la table de la direction.</translation>
        </message>
        <message>
            <source>About chair</source>
            <translation>À propos de chair</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
        <message>
            <source>Already escalated as #%1: opened it.</source>
            <translation>Déjà escaladée (n°%1) : elle est ouverte.</translation>
        </message>
        <message>
            <source>Between meetings…</source>
            <translation>Entre les réunions…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Connect a mailbox…</source>
            <translation>Connecter une boîte mail…</translation>
        </message>
        <message>
            <source>Correction kept: reclassifying will not change it.</source>
            <translation>Correction conservée : un nouveau classement ne la changera pas.</translation>
        </message>
        <message>
            <source>Creating demo data…</source>
            <translation>Création des données de démo…</translation>
        </message>
        <message>
            <source>Customer voices</source>
            <translation>Voix des clients</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Dossier des données</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message numerus="yes">
            <source>Demo data removed (%Ln voices).</source>
            <translation>
                <numerusform>Données de démo retirées (%Ln voix).</numerusform>
                <numerusform>Données de démo retirées (%Ln voix).</numerusform>
            </translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>How fast each owner answers and closes a '?'</source>
            <translation>À quelle vitesse chaque responsable répond à un « ? » et le clôt</translation>
        </message>
        <message>
            <source>Import customer voices</source>
            <translation>Importer des voix de clients</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>Importer des fichiers…</translation>
        </message>
        <message>
            <source>Import voices, mail or metrics (Ctrl+I), or drop files here</source>
            <translation>Importer des voix, des e-mails ou des indicateurs (Ctrl+I), ou déposer des fichiers ici</translation>
        </message>
        <message>
            <source>Imported %1 voices (%2 already there, %3 rejected).</source>
            <translation>Voix importées : %1 (%2 déjà présentes, %3 rejetées).</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Keyboard shortcuts (F1), about chair, demo data</source>
            <translation>Raccourcis clavier (F1), à propos, données de démo</translation>
        </message>
        <message>
            <source>Latest decision</source>
            <translation>Dernière décision</translation>
        </message>
        <message>
            <source>Live updates paused: %1</source>
            <translation>Mises à jour en direct suspendues : %1</translation>
        </message>
        <message>
            <source>Live updates paused: the database stopped answering (%1).</source>
            <translation>Mises à jour en direct suspendues : la base de données ne répond plus (%1).</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Charger la démo</translation>
        </message>
        <message>
            <source>Meeting mode: the customer's seat on the big screen (F11)</source>
            <translation>Mode réunion : la place du client sur grand écran (F11)</translation>
        </message>
        <message>
            <source>Meeting of %1</source>
            <translation>Réunion du %1</translation>
        </message>
        <message>
            <source>Meeting saved. Minutes: %1.md and .pdf</source>
            <translation>Réunion enregistrée. Compte rendu : %1.md et .pdf</translation>
        </message>
        <message>
            <source>Meeting…</source>
            <translation>Réunion…</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Comptes rendus</translation>
        </message>
        <message>
            <source>My ?</source>
            <translation>Mes ?</translation>
        </message>
        <message>
            <source>My ? · %1</source>
            <translation>Mes ? · %1</translation>
        </message>
        <message>
            <source>Names, emails, phones, order and card numbers are hidden. R shows them.</source>
            <translation>Noms, e-mails, téléphones, numéros de commande et de carte sont masqués. R les affiche.</translation>
        </message>
        <message>
            <source>Names, emails, phones, order and card numbers are shown. R hides them.</source>
            <translation>Noms, e-mails, téléphones, numéros de commande et de carte sont affichés. R les masque.</translation>
        </message>
        <message>
            <source>No open “?” yet. Select a voice and press ? to ask its owner why; the answer comes back as a Correction of Error.</source>
            <translation>Aucun « ? » ouvert. Sélectionnez une voix et appuyez sur ? pour demander pourquoi à son responsable ; la réponse revient sous forme de correction d’erreur (COE).</translation>
        </message>
        <message>
            <source>Offline — reconnecting to the team database…</source>
            <translation>Hors ligne — reconnexion à la base de l’équipe…</translation>
        </message>
        <message>
            <source>Only a leader raises a “?”. To hand one of yours to someone else, open it and choose Forward on…</source>
            <translation>Seul un dirigeant pose un « ? ». Pour confier l’un des vôtres à quelqu’un d’autre, ouvrez-le et choisissez Transmettre…</translation>
        </message>
        <message>
            <source>Only the escalations assigned to me, oldest first</source>
            <translation>Seulement les escalades qui me sont confiées, les plus anciennes d’abord</translation>
        </message>
        <message>
            <source>Open ? escalations</source>
            <translation>Escalades ? ouvertes</translation>
        </message>
        <message>
            <source>Open ? escalations · %1</source>
            <translation>Escalades ? ouvertes · %1</translation>
        </message>
        <message>
            <source>Open ? escalations — %1</source>
            <translation>Escalades ? ouvertes — %1</translation>
        </message>
        <message>
            <source>Passwords live only in the system keyring.</source>
            <translation>Les mots de passe ne sont conservés que dans le trousseau du système.</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Données personnelles</translation>
        </message>
        <message>
            <source>Personal data hidden</source>
            <translation>Données personnelles masquées</translation>
        </message>
        <message>
            <source>Personal data shown</source>
            <translation>Données personnelles affichées</translation>
        </message>
        <message numerus="yes">
            <source>Reminded %Ln owners of an overdue “?” by email</source>
            <translation>
                <numerusform>%Ln responsable relancé par e-mail pour un « ? » en retard</numerusform>
                <numerusform>%Ln responsables relancés par e-mail pour un « ? » en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove every demo voice, metric, owner, escalation and meeting? Your own imports stay.</source>
            <translation>Retirer toutes les voix, indicateurs, responsables, escalades et réunions de la démo ? Vos propres imports restent.</translation>
        </message>
        <message>
            <source>Remove imported voices…</source>
            <translation>Retirer des voix importées…</translation>
        </message>
        <message>
            <source>Remove the demo data</source>
            <translation>Retirer les données de démo</translation>
        </message>
        <message>
            <source>Remove the demo data…</source>
            <translation>Retirer les données de démo…</translation>
        </message>
        <message>
            <source>Remove this voice</source>
            <translation>Retirer cette voix</translation>
        </message>
        <message>
            <source>Remove this voice from chair? Its words leave the feed, the search and the counts; an escalation keeps a line saying a voice was removed. This cannot be undone.</source>
            <translation>Retirer cette voix de chair ? Ses mots quittent le fil, la recherche et les comptes ; une escalade garde une ligne indiquant qu’une voix a été retirée. Impossible à annuler.</translation>
        </message>
        <message>
            <source>Remove this voice…</source>
            <translation>Retirer cette voix…</translation>
        </message>
        <message>
            <source>Removed %1 voices and %2 rejected records of %3.</source>
            <translation>%1 voix et %2 enregistrements rejetés de %3 retirés.</translation>
        </message>
        <message>
            <source>Response times</source>
            <translation>Délais de réponse</translation>
        </message>
        <message>
            <source>Safe to share</source>
            <translation>Partage sans risque</translation>
        </message>
        <message>
            <source>Save the pre-read for the next meeting</source>
            <translation>Enregistrer la note préparatoire de la prochaine réunion</translation>
        </message>
        <message>
            <source>Search voices</source>
            <translation>Rechercher des voix</translation>
        </message>
        <message>
            <source>Search what customers wrote…   ( / )</source>
            <translation>Rechercher dans ce que les clients ont écrit…   ( / )</translation>
        </message>
        <message>
            <source>Select a voice first, then press ? to escalate it.</source>
            <translation>Sélectionnez d’abord une voix, puis appuyez sur ? pour l’escalader.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>Settings (Ctrl+,)</source>
            <translation>Réglages (Ctrl+,)</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Réglages enregistrés.</translation>
        </message>
        <message>
            <source>Show new voices</source>
            <translation>Afficher les nouvelles voix</translation>
        </message>
        <message>
            <source>Showing %1 voices from %2. Esc shows all.</source>
            <translation>Voix %1 de %2. Échap affiche tout.</translation>
        </message>
        <message>
            <source>The meeting is saved, but its minutes were not: %1</source>
            <translation>La réunion est enregistrée, mais pas son compte rendu : %1</translation>
        </message>
        <message>
            <source>The pre-read is in %1</source>
            <translation>La note préparatoire est dans %1</translation>
        </message>
        <message>
            <source>The search could not run: %1</source>
            <translation>La recherche n’a pas pu aboutir : %1</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Voice exports and mail</source>
            <translation>Exports de voix et e-mails</translation>
        </message>
        <message>
            <source>Voice removed.</source>
            <translation>Voix retirée.</translation>
        </message>
        <message>
            <source>What changed since the last meeting, what chair noticed, the decisions to follow up, and the one-page pre-read for the next meeting</source>
            <translation>Ce qui a changé depuis la dernière réunion, ce que chair a remarqué, les décisions à suivre et la note préparatoire d’une page pour la prochaine réunion</translation>
        </message>
        <message>
            <source>Writing the pre-read…</source>
            <translation>Rédaction de la note préparatoire…</translation>
        </message>
        <message>
            <source>chair cannot open its database</source>
            <translation>chair ne peut pas ouvrir sa base de données</translation>
        </message>
        <message>
            <source>chair noticed: %1. Between meetings… shows the voices behind it.</source>
            <translation>chair a remarqué : %1. « Entre les réunions… » montre les voix qui le fondent.</translation>
        </message>
        <message>
            <source>chair — the customer's seat</source>
            <translation>chair — la place du client</translation>
        </message>
        <message>
            <source>live sources</source>
            <translation>sources en direct</translation>
        </message>
        <message>
            <source>“?” of #%1 emailed to %2.</source>
            <translation>« ? » du n°%1 envoyé par e-mail à %2.</translation>
        </message>
    </context>
    <context>
        <name>Meeting</name>
        <message>
            <source>%1 in focus</source>
            <translation>focus : %1</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>%1 restantes</translation>
        </message>
        <message numerus="yes">
            <source>%1 open</source>
            <translation>
                <numerusform>%1 ouvert</numerusform>
                <numerusform>%1 ouverts</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 over</source>
            <translation>%1 de dépassement</translation>
        </message>
        <message>
            <source>%1: the data says %2, on target — %3, %4 expected.</source>
            <translation>%1 : les données disent %2, dans l’objectif — %3, %4 attendus.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln corrective actions past due</source>
            <translation>
                <numerusform>%Ln action corrective en retard</numerusform>
                <numerusform>%Ln actions correctives en retard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers complained about it this week</source>
            <translation>
                <numerusform>%Ln client s’en est plaint cette semaine</numerusform>
                <numerusform>%Ln clients s’en sont plaints cette semaine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln en retard</numerusform>
                <numerusform>%Ln en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;“?”&lt;/b&gt; to %1 · due %2 — Enter to send, Esc to cancel</source>
            <translation>&lt;b&gt;« ? »&lt;/b&gt; à %1 · échéance %2 — Entrée pour envoyer, Échap pour annuler</translation>
        </message>
        <message>
            <source>Decision recorded: %1 — %2, follow up by %3</source>
            <translation>Décision enregistrée : %1 — %2, à suivre d’ici le %3</translation>
        </message>
        <message>
            <source>Finding the owner…</source>
            <translation>Recherche du responsable…</translation>
        </message>
        <message>
            <source>Follow up by</source>
            <translation>À suivre d’ici</translation>
        </message>
        <message>
            <source>Meeting view</source>
            <translation>Vue réunion</translation>
        </message>
        <message>
            <source>No customer voices yet.</source>
            <translation>Aucune voix de client pour l’instant.</translation>
        </message>
        <message>
            <source>Not escalated: who owns this? Press ? and type a name.</source>
            <translation>Pas d’escalade : qui en est responsable ? Appuyez sur ? et saisissez un nom.</translation>
        </message>
        <message>
            <source>OPEN “?”</source>
            <translation>« ? » OUVERTS</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>PERSONAL DATA VISIBLE</source>
            <translation>DONNÉES PERSONNELLES VISIBLES</translation>
        </message>
        <message>
            <source>Press R again to show personal data to everyone watching.</source>
            <translation>Appuyez de nouveau sur R pour montrer les données personnelles à tous ceux qui regardent.</translation>
        </message>
        <message>
            <source>Safe to share</source>
            <translation>Partage sans risque</translation>
        </message>
        <message>
            <source>Space next · ← back · P pause · 1 2 3 pillar · 0 all · ? escalate · D decision · N agenda · Esc leave</source>
            <translation>Espace suivante · ← retour · P pause · 1 2 3 pilier · 0 tout · ? escalader · D décision · N ordre du jour · Échap quitter</translation>
        </message>
        <message>
            <source>TO FOLLOW UP</source>
            <translation>À SUIVRE</translation>
        </message>
        <message>
            <source>This voice is already escalated (#%1).</source>
            <translation>Cette voix est déjà escaladée (n°%1).</translation>
        </message>
        <message>
            <source>Type the decision, Tab for its owner and date, Enter to record it, Esc to cancel</source>
            <translation>Saisissez la décision, Tab pour son responsable et sa date, Entrée pour l’enregistrer, Échap pour annuler</translation>
        </message>
        <message>
            <source>What would the customer say?</source>
            <translation>Qu’en dirait le client ?</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>et %Ln autre</numerusform>
                <numerusform>et %Ln autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more owners</source>
            <translation>
                <numerusform>et %Ln autre responsable</numerusform>
                <numerusform>et %Ln autres responsables</numerusform>
            </translation>
        </message>
        <message>
            <source>below target · %1</source>
            <translation>sous l’objectif · %1</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>aucune donnée</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>sans responsable</translation>
        </message>
        <message>
            <source>no owner in the directory: type a name</source>
            <translation>aucun responsable dans l’annuaire : saisissez un nom</translation>
        </message>
        <message>
            <source>oldest %1</source>
            <translation>plus ancien : %1</translation>
        </message>
        <message>
            <source>on target · %1</source>
            <translation>dans l’objectif · %1</translation>
        </message>
        <message>
            <source>paused (P)</source>
            <translation>en pause (P)</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>depuis le %1</translation>
        </message>
        <message>
            <source>voice %1 of %2</source>
            <translation>voix %1 sur %2</translation>
        </message>
        <message>
            <source>who follows it up</source>
            <translation>qui en assure le suivi</translation>
        </message>
        <message>
            <source>“?” for %1 recorded as escalation #%2, not emailed yet: send it from its window after the meeting.</source>
            <translation>« ? » pour %1 enregistré comme escalade n°%2, pas encore envoyé par e-mail : envoyez-le depuis sa fenêtre après la réunion.</translation>
        </message>
        <message>
            <source>“?” open</source>
            <translation>« ? » ouvert</translation>
        </message>
    </context>
    <context>
        <name>MeetingSetup</name>
        <message>
            <source> s per voice</source>
            <translation> s par voix</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Optional, one item per line:
Delivery in apartment complexes · 15 · delivery
Price checks · 10 · price
Decisions · 5</source>
            <translation>Facultatif, un point par ligne :
Livraison en résidences · 15 · livraison
Comparaison des prix · 10 · prix
Décisions · 5</translation>
        </message>
        <message>
            <source>Optional: who is in the room</source>
            <translation>Facultatif : qui est dans la salle</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Rythme</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Écran</translation>
        </message>
        <message>
            <source>Start a meeting</source>
            <translation>Démarrer une réunion</translation>
        </message>
        <message>
            <source>Start meeting</source>
            <translation>Démarrer la réunion</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Weekly business review</source>
            <translation>Revue hebdomadaire de l’activité</translation>
        </message>
    </context>
    <context>
        <name>Metric</name>
        <message>
            <source>Arrived undamaged</source>
            <translation>Arrivé intact</translation>
        </message>
        <message>
            <source>At or below lowest price</source>
            <translation>Au prix le plus bas ou en dessous</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>En stock</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>À l’heure</translation>
        </message>
        <message>
            <source>Right-sized packaging</source>
            <translation>Emballage bien dimensionné</translation>
        </message>
        <message>
            <source>Searches with results</source>
            <translation>Recherches avec résultats</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>%1 in %2 in the last 7 days</source>
            <translation>%1 à %2 ces 7 derniers jours</translation>
        </message>
        <message>
            <source>%1 in the last 7 days</source>
            <translation>%1 ces 7 derniers jours</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers</source>
            <translation>
                <numerusform>%Ln client</numerusform>
                <numerusform>%Ln clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers found their item out of stock</source>
            <translation>
                <numerusform>%Ln client a trouvé son article en rupture de stock</numerusform>
                <numerusform>%Ln clients ont trouvé leur article en rupture de stock</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers got a box full of air</source>
            <translation>
                <numerusform>%Ln client a reçu un carton rempli d’air</numerusform>
                <numerusform>%Ln clients ont reçu un carton rempli d’air</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers got a damaged parcel</source>
            <translation>
                <numerusform>%Ln client a reçu un colis abîmé</numerusform>
                <numerusform>%Ln clients ont reçu un colis abîmé</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers got a late package</source>
            <translation>
                <numerusform>%Ln client a reçu son colis en retard</numerusform>
                <numerusform>%Ln clients ont reçu leur colis en retard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers saw a lower price elsewhere</source>
            <translation>
                <numerusform>%Ln client a vu un prix plus bas ailleurs</numerusform>
                <numerusform>%Ln clients ont vu un prix plus bas ailleurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers were not served as promised</source>
            <translation>
                <numerusform>%Ln client n’a pas été servi comme promis</numerusform>
                <numerusform>%Ln clients n’ont pas été servis comme promis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln searches found nothing</source>
            <translation>
                <numerusform>%Ln recherche n’a rien trouvé</numerusform>
                <numerusform>%Ln recherches n’ont rien trouvé</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%Ln more than the target allows)</source>
            <translation>
                <numerusform>(%Ln de plus que l’objectif ne l’admet)</numerusform>
                <numerusform>(%Ln de plus que l’objectif ne l’admet)</numerusform>
            </translation>
        </message>
        <message>
            <source>(within the target)</source>
            <translation>(dans l’objectif)</translation>
        </message>
    </context>
    <context>
        <name>Pillar</name>
        <message>
            <source>Delivery</source>
            <translation>Livraison</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Choix</translation>
        </message>
    </context>
    <context>
        <name>Pillars</name>
        <message>
            <source>%1 over the weeks: the voices and the metric per area</source>
            <translation>%1 au fil des semaines : les voix et l’indicateur par zone</translation>
        </message>
        <message>
            <source>%1 pillar</source>
            <translation>Pilier %1</translation>
        </message>
        <message>
            <source>%1 says fine, %2 in 7 days against %3 expected</source>
            <translation>%1 dit que tout va bien, %2 en 7 jours contre %3 attendues</translation>
        </message>
        <message>
            <source>%1 trends</source>
            <translation>Tendances : %1</translation>
        </message>
        <message>
            <source>%1 · target %2 · %3 · last 7 days</source>
            <translation>%1 · objectif %2 · %3 · 7 derniers jours</translation>
        </message>
        <message>
            <source>%1: %2 (target %3), %4</source>
            <translation>%1 : %2 (objectif %3), %4</translation>
        </message>
        <message>
            <source>%1: voices and data disagree</source>
            <translation>%1 : les voix et les données divergent</translation>
        </message>
        <message>
            <source>%1: worst areas</source>
            <translation>%1 : zones les plus faibles</translation>
        </message>
        <message numerus="yes">
            <source>%Ln complaints</source>
            <translation>
                <numerusform>%Ln réclamation</numerusform>
                <numerusform>%Ln réclamations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln complaints from customers in 7 days</source>
            <translation>
                <numerusform>%Ln réclamation de clients en 7 jours</numerusform>
                <numerusform>%Ln réclamations de clients en 7 jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue escalations</source>
            <translation>
                <numerusform>%Ln escalade en retard</numerusform>
                <numerusform>%Ln escalades en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>, most from %1 (%2)</source>
            <translation>, surtout de %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>? %Ln overdue</source>
            <translation>
                <numerusform>? %Ln en retard</numerusform>
                <numerusform>? %Ln en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>Import metrics (Ctrl+I) to see this pillar.</source>
            <translation>Importez des indicateurs (Ctrl+I) pour voir ce pilier.</translation>
        </message>
        <message>
            <source>Pillar metrics</source>
            <translation>Indicateurs des piliers</translation>
        </message>
        <message>
            <source>The data says on target; the customers disagree. When they do, the anecdotes are usually right: look at the measurement.</source>
            <translation>Les données disent que l’objectif est atteint ; les clients ne sont pas d’accord. Dans ce cas, ce sont généralement les anecdotes qui ont raison : vérifiez la mesure.</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tendances</translation>
        </message>
        <message>
            <source>Worst: %1</source>
            <translation>Plus faibles : %1</translation>
        </message>
        <message>
            <source>below target</source>
            <translation>sous l’objectif</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>aucune donnée</translation>
        </message>
        <message>
            <source>on target</source>
            <translation>objectif atteint</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Co&amp;ller</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Tout sélectionner</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Non</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Oui</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copier l’adresse du &amp;lien</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Tout sélectionner</translation>
        </message>
    </context>
    <context>
        <name>Rejects</name>
        <message numerus="yes">
            <source>%Ln records set aside, newest first.</source>
            <translation>
                <numerusform>%Ln enregistrement mis de côté, les plus récents d’abord.</numerusform>
                <numerusform>%Ln enregistrements mis de côté, les plus récents d’abord.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mend the file and import it again: what was imported stays, and nothing is imported twice.</source>
            <translation>Corrigez le fichier et importez-le de nouveau : ce qui a été importé reste, et rien n’est importé deux fois.</translation>
        </message>
        <message>
            <source>No record was set aside.</source>
            <translation>Aucun enregistrement n’a été mis de côté.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Lecture…</translation>
        </message>
        <message>
            <source>Rejected records</source>
            <translation>Enregistrements rejetés</translation>
        </message>
        <message>
            <source>Select a record to see what it held.</source>
            <translation>Sélectionnez un enregistrement pour voir son contenu.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>What the record held</source>
            <translation>Contenu de l’enregistrement</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>Why it was set aside</source>
            <translation>Pourquoi il a été mis de côté</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>#%1 %2 — %3, due %4</source>
            <translation>n°%1 %2 — %3, échéance %4</translation>
        </message>
        <message>
            <source>#%1 “?” to %2, due %3, not answered</source>
            <translation>n°%1 « ? » à %2, échéance %3, sans réponse</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (en retard)</translation>
        </message>
        <message>
            <source>%1 (target %2)</source>
            <translation>%1 (objectif %2)</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 par %2</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 j</translation>
        </message>
        <message>
            <source>%1 in %2: %3 at %4 says fine, but %5 complaints came in 7 days against %6 expected.</source>
            <translation>%1 à %2 : %3 à %4 dit que tout va bien, mais %5 réclamations sont arrivées en 7 jours contre %6 attendues.</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 new voices about the pillars; furthest above the weeks before: %2.</source>
            <translation>%1 nouvelles voix sur les piliers ; les plus au-dessus des semaines précédentes : %2.</translation>
        </message>
        <message>
            <source>%1 · owner %2</source>
            <translation>%1 · responsable %2</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>CORRECTION OF ERROR · ESCALATION #%1</source>
            <translation>CORRECTION D’ERREUR · ESCALADE N°%1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Correction of Error — escalation #%1</source>
            <translation>Correction d’erreur — escalade n°%1</translation>
        </message>
        <message>
            <source>Corrective action #%1: %2 — %3, due %4</source>
            <translation>Action corrective n° %1 : %2 — %3, échéance %4</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Decided %1: %2 — %3, follow up by %4</source>
            <translation>Décidé le %1 : %2 — %3, à suivre d’ici le %4</translation>
        </message>
        <message>
            <source>Decided at “%1” on %2: %3</source>
            <translation>Décidé lors de « %1 » le %2 : %3</translation>
        </message>
        <message>
            <source>Decision of %1: %2 — %3, follow up by %4</source>
            <translation>Décision du %1 : %2 — %3, à suivre d’ici le %4</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Décisions</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Preuves</translation>
        </message>
        <message>
            <source>Five whys</source>
            <translation>Cinq pourquoi</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>In the customers' words</source>
            <translation>Dans les mots des clients</translation>
        </message>
        <message>
            <source>MEETING MINUTES</source>
            <translation>COMPTE RENDU DE RÉUNION</translation>
        </message>
        <message>
            <source>Made %1. No meeting has ended yet: the last 7 days.</source>
            <translation>Établie le %1. Aucune réunion n'est encore terminée : les 7 derniers jours.</translation>
        </message>
        <message>
            <source>Made %1. Since “%2” ended on %3.</source>
            <translation>Établie le %1. Depuis la fin de « %2 » le %3.</translation>
        </message>
        <message>
            <source>Meeting minutes</source>
            <translation>Compte rendu de réunion</translation>
        </message>
        <message>
            <source>Meeting of %1</source>
            <translation>Réunion du %1</translation>
        </message>
        <message>
            <source>Metric #%1</source>
            <translation>Indicateur n°%1</translation>
        </message>
        <message>
            <source>Minutes · %1</source>
            <translation>Compte rendu · %1</translation>
        </message>
        <message>
            <source>Moved: %1.</source>
            <translation>Évolutions : %1.</translation>
        </message>
        <message>
            <source>No decision was recorded.</source>
            <translation>Aucune décision n’a été consignée.</translation>
        </message>
        <message>
            <source>No metrics.</source>
            <translation>Aucun indicateur.</translation>
        </message>
        <message>
            <source>No new voices about the pillars since.</source>
            <translation>Aucune nouvelle voix sur les piliers depuis.</translation>
        </message>
        <message>
            <source>No open “?”.</source>
            <translation>Aucun « ? » ouvert.</translation>
        </message>
        <message>
            <source>No voice is linked.</source>
            <translation>Aucune voix n’est liée.</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>Aucune pour l’instant.</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Aucun.</translation>
        </message>
        <message>
            <source>None: where the metrics say fine, the customers agree.</source>
            <translation>Aucun : là où les indicateurs disent que tout va bien, les clients sont d'accord.</translation>
        </message>
        <message>
            <source>Not written yet.</source>
            <translation>Pas encore rédigé.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Nothing due.</source>
            <translation>Rien à échéance.</translation>
        </message>
        <message>
            <source>Nothing was overdue.</source>
            <translation>Rien n’était en retard.</translation>
        </message>
        <message>
            <source>Open “?” by owner</source>
            <translation>« ? » ouverts par responsable</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Overdue actions reviewed</source>
            <translation>Actions en retard passées en revue</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Personal data in customer voices is hidden in these minutes.</source>
            <translation>Les données personnelles des voix de clients sont masquées dans ce compte rendu.</translation>
        </message>
        <message>
            <source>Pillar snapshot</source>
            <translation>Instantané des piliers</translation>
        </message>
        <message>
            <source>Pillar · area</source>
            <translation>Pilier · zone</translation>
        </message>
        <message>
            <source>Pre-read for the next meeting</source>
            <translation>Note préparatoire de la prochaine réunion</translation>
        </message>
        <message>
            <source>Since the last meeting</source>
            <translation>Depuis la dernière réunion</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>THE CUSTOMER'S SEAT</source>
            <translation>LA PLACE DU CLIENT</translation>
        </message>
        <message>
            <source>The customer’s words</source>
            <translation>Les mots du client</translation>
        </message>
        <message>
            <source>The three pillars</source>
            <translation>Les trois piliers</translation>
        </message>
        <message>
            <source>Voice #%1</source>
            <translation>Voix n°%1</translation>
        </message>
        <message>
            <source>Voices shown</source>
            <translation>Voix montrées</translation>
        </message>
        <message>
            <source>Where the data and the customers disagree</source>
            <translation>Là où les données et les clients ne sont pas d'accord</translation>
        </message>
        <message>
            <source>chair · pre-read · personal data hidden</source>
            <translation>chair · note préparatoire · données personnelles masquées</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>date inconnue</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>aucune donnée</translation>
        </message>
        <message>
            <source>no metric imported</source>
            <translation>aucun indicateur importé</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>aucun responsable</translation>
        </message>
        <message>
            <source>not ended</source>
            <translation>non terminée</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouverte</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>the PDF writer produced nothing.</source>
            <translation>l’écriture du PDF n’a rien produit.</translation>
        </message>
        <message>
            <source>“?” escalations raised</source>
            <translation>Escalades « ? » lancées</translation>
        </message>
        <message>
            <source>“?” raised %1, answered %2, overdue %3.</source>
            <translation>« ? » posés %1, répondus %2, en retard %3.</translation>
        </message>
    </context>
    <context>
        <name>ResponseTimes</name>
        <message>
            <source>%1 d</source>
            <translation>%1 j</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Closed after</source>
            <translation>Clos après</translation>
        </message>
        <message>
            <source>Escalations</source>
            <translation>Escalades</translation>
        </message>
        <message>
            <source>First answer</source>
            <translation>Première réponse</translation>
        </message>
        <message>
            <source>Medians. First answer: the first reply, or the first move to Answered. Still waiting: the oldest open '?' with no answer yet.</source>
            <translation>Médianes. Première réponse : la première réponse reçue, ou le premier passage à « Répondue ». Toujours en attente : le plus ancien « ? » ouvert encore sans réponse.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvertes</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Response times by owner</source>
            <translation>Délais de réponse par responsable</translation>
        </message>
        <message>
            <source>Still waiting</source>
            <translation>Toujours en attente</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>%1 (not connected)</source>
            <translation>%1 (non connecté)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln owners imported.</source>
            <translation>
                <numerusform>%Ln responsable importé.</numerusform>
                <numerusform>%Ln responsables importés.</numerusform>
            </translation>
        </message>
        <message>
            <source>A team database shared by the leadership team, as postgresql://you@host:port/database; empty keeps this computer's own file. Used when chair starts.</source>
            <translation>Une base partagée par l’équipe de direction, sous la forme postgresql://vous@hôte:port/base ; vide garde le fichier de cet ordinateur. Prise en compte au démarrage de chair.</translation>
        </message>
        <message>
            <source>Add mailbox</source>
            <translation>Ajouter la boîte</translation>
        </message>
        <message>
            <source>Add owner</source>
            <translation>Ajouter un responsable</translation>
        </message>
        <message>
            <source>Address '?' forwards come from; empty uses the SMTP user.</source>
            <translation>Adresse d’expédition des « ? » ; vide, c’est l’utilisateur SMTP.</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
        <message>
            <source>Area (empty: all)</source>
            <translation>Zone (vide : toutes)</translation>
        </message>
        <message>
            <source>CSV files</source>
            <translation>Fichiers CSV</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classement</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Days an owner has to answer a '?'.</source>
            <translation>Jours dont dispose un responsable pour répondre à un « ? ».</translation>
        </message>
        <message>
            <source>Days to answer a ?</source>
            <translation>Jours pour répondre à un ?</translation>
        </message>
        <message>
            <source>Digest day</source>
            <translation>Jour de la synthèse</translation>
        </message>
        <message>
            <source>Digest from hour</source>
            <translation>Synthèse à partir de</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Affichage</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Email each owner of an overdue '?' a reminder, once a day at most (needs the SMTP server below).</source>
            <translation>Relancer par e-mail le responsable d’un « ? » en retard, une fois par jour au plus (il faut le serveur SMTP ci-dessous).</translation>
        </message>
        <message>
            <source>Escalations</source>
            <translation>Escalades</translation>
        </message>
        <message>
            <source>Extra cue phrases and places, on top of the bundled ones.</source>
            <translation>Expressions et lieux supplémentaires, en plus de ceux fournis.</translation>
        </message>
        <message>
            <source>Folders whose new files are imported once.</source>
            <translation>Dossiers dont les nouveaux fichiers sont importés une fois.</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Vendredi</translation>
        </message>
        <message>
            <source>From which hour of that day (`chair digest --if-due`, run each hour by a scheduled task, sends it).</source>
            <translation>À partir de quelle heure ce jour-là (`chair digest --if-due`, lancé chaque heure par une tâche planifiée, l'envoie).</translation>
        </message>
        <message>
            <source>Hide personal data by default</source>
            <translation>Masquer les données personnelles par défaut</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <source>How the connection to the server is protected.</source>
            <translation>Comment la connexion au serveur est protégée.</translation>
        </message>
        <message>
            <source>IMAP folders</source>
            <translation>Dossiers IMAP</translation>
        </message>
        <message>
            <source>IMAP folders read live, as imap://user@host:port/FOLDER.</source>
            <translation>Dossiers IMAP lus en direct, sous la forme imap://utilisateur@hôte:port/DOSSIER.</translation>
        </message>
        <message>
            <source>Import owners from CSV…</source>
            <translation>Importer les responsables (CSV)…</translation>
        </message>
        <message>
            <source>Its password</source>
            <translation>Son mot de passe</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Light, dark or high contrast; or as the system is set.</source>
            <translation>Clair, sombre ou contraste élevé ; ou comme le système.</translation>
        </message>
        <message>
            <source>Meeting mode</source>
            <translation>Mode réunion</translation>
        </message>
        <message>
            <source>Metric targets</source>
            <translation>Objectifs des indicateurs</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Lundi</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Name shown as the sender of '?' forwards.</source>
            <translation>Nom affiché comme expéditeur des « ? ».</translation>
        </message>
        <message>
            <source>Names, emails, phones, order and card numbers are hidden when chair starts (meeting mode always hides them).</source>
            <translation>Noms, e-mails, téléphones, numéros de commande et de carte sont masqués dès le démarrage de chair (le mode réunion les masque toujours).</translation>
        </message>
        <message>
            <source>New IMAP folder</source>
            <translation>Nouveau dossier IMAP</translation>
        </message>
        <message>
            <source>New mailbox</source>
            <translation>Nouvelle boîte</translation>
        </message>
        <message>
            <source>None (this machine only)</source>
            <translation>Aucun (cette machine seulement)</translation>
        </message>
        <message>
            <source>Order number patterns</source>
            <translation>Formats des numéros de commande</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autres</translation>
        </message>
        <message>
            <source>Owner %1: an email address is needed.</source>
            <translation>Responsable %1 : une adresse e-mail est nécessaire.</translation>
        </message>
        <message>
            <source>Owner %1: that pillar and area has an owner already.</source>
            <translation>Responsable %1 : ce pilier et cette zone ont déjà un responsable.</translation>
        </message>
        <message>
            <source>Owner %1: the pillar is price, selection, delivery or other.</source>
            <translation>Responsable %1 : le pilier est price, selection, delivery ou other.</translation>
        </message>
        <message>
            <source>Owners (CSV: name, email, pillar, area)</source>
            <translation>Responsables (CSV : nom, e-mail, pilier, zone)</translation>
        </message>
        <message>
            <source>Owners directory</source>
            <translation>Annuaire des responsables</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Pilier</translation>
        </message>
        <message>
            <source>Regular expressions of your order numbers.</source>
            <translation>Expressions régulières de vos numéros de commande.</translation>
        </message>
        <message>
            <source>Remind overdue owners</source>
            <translation>Relancer les retards</translation>
        </message>
        <message>
            <source>Remove owner</source>
            <translation>Retirer le responsable</translation>
        </message>
        <message>
            <source>SMTP encryption</source>
            <translation>Chiffrement SMTP</translation>
        </message>
        <message>
            <source>SMTP password</source>
            <translation>Mot de passe SMTP</translation>
        </message>
        <message>
            <source>SMTP port</source>
            <translation>Port SMTP</translation>
        </message>
        <message>
            <source>SMTP server</source>
            <translation>Serveur SMTP</translation>
        </message>
        <message>
            <source>SMTP server for '?' forwards; empty means forwards are off.</source>
            <translation>Serveur SMTP pour envoyer les « ? » ; vide, l’envoi est désactivé.</translation>
        </message>
        <message>
            <source>SMTP user</source>
            <translation>Utilisateur SMTP</translation>
        </message>
        <message>
            <source>SMTP user; the password lives in the OS keyring.</source>
            <translation>Utilisateur SMTP ; le mot de passe est dans le trousseau du système.</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Samedi</translation>
        </message>
        <message>
            <source>Scale of all text, for big rooms and small laptops.</source>
            <translation>Taille de tout le texte, pour les grandes salles et les petits portables.</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Écran</translation>
        </message>
        <message>
            <source>Seconds each voice stays on the meeting screen.</source>
            <translation>Secondes pendant lesquelles chaque voix reste à l’écran en réunion.</translation>
        </message>
        <message>
            <source>Seconds per voice</source>
            <translation>Secondes par voix</translation>
        </message>
        <message>
            <source>Send a test email</source>
            <translation>Envoyer un e-mail de test</translation>
        </message>
        <message>
            <source>Sender address</source>
            <translation>Adresse d’expédition</translation>
        </message>
        <message>
            <source>Sender name</source>
            <translation>Nom de l’expéditeur</translation>
        </message>
        <message>
            <source>Sending a test email…</source>
            <translation>Envoi d’un e-mail de test…</translation>
        </message>
        <message>
            <source>Sent to %1: look for it in that inbox.</source>
            <translation>Envoyé à %1 : regardez dans cette boîte.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Dimanche</translation>
        </message>
        <message>
            <source>Targets by metric name, replacing the imported ones.</source>
            <translation>Objectifs par nom d’indicateur, à la place de ceux importés.</translation>
        </message>
        <message>
            <source>Taxonomy file</source>
            <translation>Fichier de taxonomie</translation>
        </message>
        <message>
            <source>Team database</source>
            <translation>Base d’équipe</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Taille du texte</translation>
        </message>
        <message>
            <source>The day the weekly digest goes out.</source>
            <translation>Le jour où part le résumé hebdomadaire.</translation>
        </message>
        <message>
            <source>The password of %1 is in the system keyring.</source>
            <translation>Le mot de passe de %1 est dans le trousseau du système.</translation>
        </message>
        <message>
            <source>The screen the window is on</source>
            <translation>L’écran où se trouve la fenêtre</translation>
        </message>
        <message>
            <source>The test email was not sent: %1</source>
            <translation>L’e-mail de test n’a pas été envoyé : %1</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Through the server above, to the address forwards come from</source>
            <translation>Par le serveur ci-dessus, à l’adresse d’où partent les transferts</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Jeudi</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Mardi</translation>
        </message>
        <message>
            <source>Usually 587 (STARTTLS) or 465 (TLS).</source>
            <translation>En général 587 (STARTTLS) ou 465 (TLS).</translation>
        </message>
        <message>
            <source>Watched folders</source>
            <translation>Dossiers surveillés</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mercredi</translation>
        </message>
        <message>
            <source>Weekly digest to</source>
            <translation>Synthèse hebdomadaire à</translation>
        </message>
        <message>
            <source>Where meeting mode opens: the projector or the room's big screen.</source>
            <translation>Où s’ouvre le mode réunion : le projecteur ou le grand écran de la salle.</translation>
        </message>
        <message>
            <source>Who gets the weekly digest (the pre-read by email): addresses separated by commas; empty sends none.</source>
            <translation>Qui reçoit le résumé hebdomadaire (la note préparatoire par e-mail) : adresses séparées par des virgules ; vide, aucun envoi.</translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>Votre mot de passe</translation>
        </message>
        <message>
            <source>Your taxonomy file</source>
            <translation>Votre fichier de taxonomie</translation>
        </message>
        <message>
            <source>chair speaks English, Polish, French and Vietnamese.</source>
            <translation>chair parle anglais, polonais, français et vietnamien.</translation>
        </message>
        <message>
            <source>kept in the system keyring, never in a file</source>
            <translation>conservé dans le trousseau du système, jamais dans un fichier</translation>
        </message>
        <message>
            <source>name=value per line</source>
            <translation>nom=valeur par ligne</translation>
        </message>
        <message>
            <source>one per line</source>
            <translation>un par ligne</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Clear search and filters</source>
            <translation>Effacer la recherche et les filtres</translation>
        </message>
        <message>
            <source>Escalate the selected voice to its owner</source>
            <translation>Escalader la voix sélectionnée à son responsable</translation>
        </message>
        <message>
            <source>Hide or show personal data</source>
            <translation>Masquer ou afficher les données personnelles</translation>
        </message>
        <message>
            <source>Import files</source>
            <translation>Importer des fichiers</translation>
        </message>
        <message>
            <source>Meeting mode</source>
            <translation>Mode réunion</translation>
        </message>
        <message>
            <source>Next / previous voice</source>
            <translation>Voix suivante / précédente</translation>
        </message>
        <message>
            <source>Read the selected voice in full</source>
            <translation>Lire la voix sélectionnée en entier</translation>
        </message>
        <message>
            <source>Search what customers wrote</source>
            <translation>Rechercher dans ce que les clients ont écrit</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>This sheet</source>
            <translation>Cette fiche</translation>
        </message>
    </context>
    <context>
        <name>Since</name>
        <message>
            <source>#%1 %2 — %3, due %4</source>
            <translation>n° %1 %2 — %3, échéance %4</translation>
        </message>
        <message>
            <source>%1 in %2: %3 says fine, %4 complaints against %5 expected</source>
            <translation>%1 à %2 : %3 dit que tout va bien, %4 réclamations contre %5 attendues</translation>
        </message>
        <message>
            <source>%1 · %2 · %3: %4 → %5 (target %6)</source>
            <translation>%1 · %2 · %3 : %4 → %5 (objectif %6)</translation>
        </message>
        <message>
            <source>%1 · %2: %3 new, about %4 the weeks before would bring</source>
            <translation>%1 · %2 : %3 nouvelles, contre environ %4 les semaines précédentes</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new voices about the pillars (each text once)</source>
            <translation>
                <numerusform>%Ln nouvelle voix sur les piliers (chaque texte une fois)</numerusform>
                <numerusform>%Ln nouvelles voix sur les piliers (chaque texte une fois)</numerusform>
            </translation>
        </message>
        <message>
            <source>Corrective action of #%1: %2 — %3, due %4</source>
            <translation>Action corrective du n° %1 : %2 — %3, échéance %4</translation>
        </message>
        <message>
            <source>Decision of %1: %2 — %3, follow up by %4</source>
            <translation>Décision du %1 : %2 — %3, à suivre d’ici le %4</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>À faire cette semaine</translation>
        </message>
        <message>
            <source>Gone: %1 in %2</source>
            <translation>Disparu : %1 à %2</translation>
        </message>
        <message>
            <source>Metrics that moved</source>
            <translation>Indicateurs qui ont bougé</translation>
        </message>
        <message>
            <source>No disagreement appeared or went away.</source>
            <translation>Aucun désaccord n’est apparu ni n’a disparu.</translation>
        </message>
        <message>
            <source>No headline metric moved.</source>
            <translation>Aucun indicateur principal n’a bougé.</translation>
        </message>
        <message>
            <source>No meeting has ended yet: the last 7 days</source>
            <translation>Aucune réunion n’est encore terminée : les 7 derniers jours</translation>
        </message>
        <message>
            <source>No new voice about price, selection or delivery.</source>
            <translation>Aucune nouvelle voix sur le prix, le choix ou la livraison.</translation>
        </message>
        <message>
            <source>Nothing due this week.</source>
            <translation>Rien à faire cette semaine.</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>Rien en retard.</translation>
        </message>
        <message>
            <source>Since “%1” ended, %2</source>
            <translation>Depuis la fin de « %1 », %2</translation>
        </message>
        <message>
            <source>When the data and the voices disagree</source>
            <translation>Quand les données et les voix divergent</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>et %Ln autre</numerusform>
                <numerusform>et %Ln autres</numerusform>
            </translation>
        </message>
        <message>
            <source>no area</source>
            <translation>sans zone</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>sans responsable</translation>
        </message>
        <message>
            <source>the last meeting</source>
            <translation>la dernière réunion</translation>
        </message>
        <message>
            <source>“?”: %1 raised · %2 answered · %3 overdue</source>
            <translation>« ? » : %1 posés · %2 répondus · %3 en retard</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>Nothing has been imported yet.</source>
            <translation>Rien n’a encore été importé.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Lecture…</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejetés</translation>
        </message>
        <message>
            <source>Remove %1 voices and %2 rejected records that came from %3? This cannot be undone.</source>
            <translation>Retirer %1 voix et %2 enregistrements rejetés venus de %3 ? Impossible à annuler.</translation>
        </message>
        <message>
            <source>Remove imported voices</source>
            <translation>Retirer des voix importées</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Voices</source>
            <translation>Voix</translation>
        </message>
        <message>
            <source>Where the voices came from. Removing a source takes back every voice and rejected record it brought; escalations keep a line where a voice was.</source>
            <translation>D’où viennent les voix. Retirer une source reprend chaque voix et chaque enregistrement rejeté qu’elle a apportés ; les escalades gardent une ligne à la place de la voix.</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Answered</source>
            <translation>Répondue</translation>
        </message>
        <message>
            <source>COE submitted</source>
            <translation>COE soumise</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Investigating</source>
            <translation>En analyse</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>forwarded on</source>
            <translation>transmis</translation>
        </message>
        <message>
            <source>opened as %1</source>
            <translation>ouverte : %1</translation>
        </message>
    </context>
    <context>
        <name>Trends</name>
        <message>
            <source>%1 over the weeks</source>
            <translation>%1 au fil des semaines</translation>
        </message>
        <message>
            <source>%1 per week: the areas above, and those furthest below target</source>
            <translation>%1 par semaine : les zones ci-dessus, et les plus éloignées de l’objectif</translation>
        </message>
        <message>
            <source>Each customer-written text counted once; a week starts on Monday.</source>
            <translation>Chaque texte écrit par un client compté une fois ; une semaine commence le lundi.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Lecture…</translation>
        </message>
        <message>
            <source>Voices about %1 per week</source>
            <translation>Voix sur %1 par semaine</translation>
        </message>
    </context>
</TS>
