<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Age</name>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
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
                <numerusform>%n w</numerusform>
                <numerusform>%n w</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message numerus="yes">
            <source>%Ln times since %1</source>
            <translation>
                <numerusform>once since %1</numerusform>
                <numerusform>%Ln times since %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Between</name>
        <message numerus="yes">
            <source>%Ln decisions</source>
            <translation>
                <numerusform>%Ln decision</numerusform>
                <numerusform>%Ln decisions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln things stand out.</source>
            <translation>
                <numerusform>%Ln thing stands out.</numerusform>
                <numerusform>%Ln things stand out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EscalateSheet</name>
        <message numerus="yes">
            <source>and %Ln more voices</source>
            <translation>
                <numerusform>and %Ln more voice</numerusform>
                <numerusform>and %Ln more voices</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EscalationWindow</name>
        <message numerus="yes">
            <source>%Ln corrective actions overdue</source>
            <translation>
                <numerusform>%Ln corrective action overdue</numerusform>
                <numerusform>%Ln corrective actions overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>overdue %n d</source>
            <translation>
                <numerusform>overdue %n d</numerusform>
                <numerusform>overdue %n d</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Escalations</name>
        <message numerus="yes">
            <source>%Ln actions overdue</source>
            <translation>
                <numerusform>%Ln action overdue</numerusform>
                <numerusform>%Ln actions overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n d</source>
            <translation>
                <numerusform>in %n d</numerusform>
                <numerusform>in %n d</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>overdue %n d</source>
            <translation>
                <numerusform>overdue %n d</numerusform>
                <numerusform>overdue %n d</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%1 and %Ln more</source>
            <translation>
                <numerusform>%1 and %Ln more</numerusform>
                <numerusform>%1 and %Ln more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln areas of the metrics match no voice and no known place: %1. A spelling is mapped to an area with chair areas map.</source>
            <translation>
                <numerusform>%Ln area of the metrics matches no voice and no known place: %1. A spelling is mapped to an area with chair areas map.</numerusform>
                <numerusform>%Ln areas of the metrics match no voice and no known place: %1. A spelling is mapped to an area with chair areas map.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln voices had no readable date: they show “date unknown” and come after the dated voices.</source>
            <translation>
                <numerusform>%Ln voice had no readable date: it shows “date unknown” and comes after the dated voices.</numerusform>
                <numerusform>%Ln voices had no readable date: they show “date unknown” and come after the dated voices.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more sources: %1 imported, %2 rejected</source>
            <translation>
                <numerusform>… and %Ln more source: %1 imported, %2 rejected</numerusform>
                <numerusform>… and %Ln more sources: %1 imported, %2 rejected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln matching</source>
            <translation>
                <numerusform>%Ln matching</numerusform>
                <numerusform>%Ln matching</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new voices</source>
            <translation>
                <numerusform>%Ln new voice</numerusform>
                <numerusform>%Ln new voices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln overdue</numerusform>
                <numerusform>%Ln overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln voices</source>
            <translation>
                <numerusform>%Ln voice</numerusform>
                <numerusform>%Ln voices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ matching</source>
            <translation>
                <numerusform>%Ln+ matching</numerusform>
                <numerusform>%Ln+ matching</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data removed (%Ln voices).</source>
            <translation>
                <numerusform>Demo data removed (%Ln voice).</numerusform>
                <numerusform>Demo data removed (%Ln voices).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reminded %Ln owners of an overdue “?” by email</source>
            <translation>
                <numerusform>Reminded %Ln owner of an overdue “?” by email</numerusform>
                <numerusform>Reminded %Ln owners of an overdue “?” by email</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Meeting</name>
        <message numerus="yes">
            <source>%1 open</source>
            <translation>
                <numerusform>%1 open</numerusform>
                <numerusform>%1 open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln corrective actions past due</source>
            <translation>
                <numerusform>%Ln corrective action past due</numerusform>
                <numerusform>%Ln corrective actions past due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers complained about it this week</source>
            <translation>
                <numerusform>%Ln customer complained about it this week</numerusform>
                <numerusform>%Ln customers complained about it this week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln overdue</numerusform>
                <numerusform>%Ln overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>and %Ln more</numerusform>
                <numerusform>and %Ln more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more owners</source>
            <translation>
                <numerusform>and %Ln more owner</numerusform>
                <numerusform>and %Ln more owners</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message numerus="yes">
            <source>%Ln customers</source>
            <translation>
                <numerusform>%Ln customer</numerusform>
                <numerusform>%Ln customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers found their item out of stock</source>
            <translation>
                <numerusform>%Ln customer found their item out of stock</numerusform>
                <numerusform>%Ln customers found their item out of stock</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers got a box full of air</source>
            <translation>
                <numerusform>%Ln customer got a box full of air</numerusform>
                <numerusform>%Ln customers got a box full of air</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers got a damaged parcel</source>
            <translation>
                <numerusform>%Ln customer got a damaged parcel</numerusform>
                <numerusform>%Ln customers got a damaged parcel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers got a late package</source>
            <translation>
                <numerusform>%Ln customer got a late package</numerusform>
                <numerusform>%Ln customers got a late package</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers saw a lower price elsewhere</source>
            <translation>
                <numerusform>%Ln customer saw a lower price elsewhere</numerusform>
                <numerusform>%Ln customers saw a lower price elsewhere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers were not served as promised</source>
            <translation>
                <numerusform>%Ln customer was not served as promised</numerusform>
                <numerusform>%Ln customers were not served as promised</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln searches found nothing</source>
            <translation>
                <numerusform>%Ln search found nothing</numerusform>
                <numerusform>%Ln searches found nothing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%Ln more than the target allows)</source>
            <translation>
                <numerusform>(%Ln more than the target allows)</numerusform>
                <numerusform>(%Ln more than the target allows)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pillars</name>
        <message numerus="yes">
            <source>%Ln complaints</source>
            <translation>
                <numerusform>%Ln complaint</numerusform>
                <numerusform>%Ln complaints</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln complaints from customers in 7 days</source>
            <translation>
                <numerusform>%Ln complaint from customers in 7 days</numerusform>
                <numerusform>%Ln complaints from customers in 7 days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue escalations</source>
            <translation>
                <numerusform>%Ln overdue escalation</numerusform>
                <numerusform>%Ln overdue escalations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>? %Ln overdue</source>
            <translation>
                <numerusform>? %Ln overdue</numerusform>
                <numerusform>? %Ln overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Rejects</name>
        <message numerus="yes">
            <source>%Ln records set aside, newest first.</source>
            <translation>
                <numerusform>%Ln record set aside, newest first.</numerusform>
                <numerusform>%Ln records set aside, newest first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message numerus="yes">
            <source>%Ln owners imported.</source>
            <translation>
                <numerusform>%Ln owner imported.</numerusform>
                <numerusform>%Ln owners imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Since</name>
        <message numerus="yes">
            <source>%Ln new voices about the pillars (each text once)</source>
            <translation>
                <numerusform>%Ln new voice about the pillars (each text once)</numerusform>
                <numerusform>%Ln new voices about the pillars (each text once)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>and %Ln more</numerusform>
                <numerusform>and %Ln more</numerusform>
            </translation>
        </message>
    </context>
</TS>
