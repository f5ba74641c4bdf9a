<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about.ui" line="+6"/>
        <source>About kindspace</source>
        <translation>Über kindspace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kindspace</source>
        <translation>kindspace</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Credits</source>
        <translation>Danksagung</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/about_dialog.py" line="+19"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credits could not be read from this copy of kindspace.</source>
        <translation>Die Danksagung konnte in dieser Kopie von kindspace nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../kindspace/gui/app.py" line="+69"/>
        <source>kindspace seems to be open already but isn&apos;t answering. If it isn&apos;t, please wait a moment and start it again.</source>
        <translation>kindspace scheint schon offen zu sein, antwortet aber nicht. Falls nicht, warte bitte einen Moment und starte es noch einmal.</translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <location filename="../ui/settings_appearance.ui" line="+6"/>
        <location line="+9"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text &amp;size</source>
        <translation>Schrift&amp;größe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>A new language is used the next time kindspace starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von kindspace.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Theme and text size change straight away, also on the lock screen.</source>
        <translation>Farbschema und Schriftgröße ändern sich sofort, auch auf dem Sperrbildschirm.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../ui/settings_backups.ui" line="+6"/>
        <location line="+9"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kindspace makes an encrypted backup the first time you open your journal each day. Each backup opens with the same passphrase, recovery key or keyring as your journal.</source>
        <translation>kindspace legt jeden Tag beim ersten Öffnen deines Tagebuchs eine verschlüsselte Sicherung an. Jede Sicherung öffnet sich mit derselben Passphrase, demselben Wiederherstellungsschlüssel oder demselben Schlüsselbund wie dein Tagebuch.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backups folder</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the backups folder</source>
        <translation>Den Ordner mit den Sicherungen öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keep the newest</source>
        <translation>Die &amp;neuesten behalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many automatic backups to keep</source>
        <translation>Wie viele automatische Sicherungen bleiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>automatic backups</source>
        <translation>automatische Sicherungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Older automatic backups are removed when a new one is made. Backups you make yourself are always kept.</source>
        <translation>Ältere automatische Sicherungen werden entfernt, wenn eine neue entsteht. Sicherungen, die du selbst machst, bleiben immer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups, newest first</source>
        <translation>Sicherungen, die neueste zuerst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore this one…</source>
        <translation>Diese &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup</source>
        <translation>Die gewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Breathing</name>
    <message>
        <location filename="../kindspace/gui/breathing.py" line="+28"/>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in slowly for about four, and out for about six</source>
        <translation>Atme langsam ein, etwa bis vier, und aus, etwa bis sechs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A circle that slowly grows as you breathe in and shrinks as you breathe out: in for about four seconds, out for about six.</source>
        <translation>Ein Kreis, der beim Einatmen langsam wächst und beim Ausatmen kleiner wird: etwa vier Sekunden ein, etwa sechs aus.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Breathing guide</source>
        <translation>Atemhilfe</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../kindspace/gui/calendar.py" line="+54"/>
        <source>Calendar of entries</source>
        <translation>Kalender der Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days with entries are marked. Arrow keys move between days, Page Up and Page Down change the month, Enter opens the day.</source>
        <translation>Tage mit Einträgen sind markiert. Mit den Pfeiltasten wechselst du den Tag, mit Bild auf und Bild ab den Monat, Enter öffnet den Tag.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>no entries</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}: {entries}</source>
        <translation>{day}: {entries}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
</context>
<context>
    <name>ComfortSettings</name>
    <message>
        <location filename="../ui/settings_comfort.ui" line="+6"/>
        <location line="+9"/>
        <source>Comfort and support</source>
        <translation>Halt und Unterstützung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the &amp;breathing guide still (less motion)</source>
        <translation>&amp;Atemhilfe ruhig halten (weniger Bewegung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the breathing guide still</source>
        <translation>Atemhilfe ruhig halten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer a look back at &amp;this day in earlier years on Today</source>
        <translation>Auf „Heute“ einen &amp;Blick auf diesen Tag in früheren Jahren anbieten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer a look back at this day in earlier years</source>
        <translation>Einen Rückblick auf diesen Tag in früheren Jahren anbieten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today only offers it: the old entries show when you choose to look.</source>
        <translation>„Heute“ bietet ihn nur an: Die alten Einträge erscheinen erst, wenn du nachsehen möchtest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep my support &amp;contacts readable while the journal is locked</source>
        <translation>Meine &amp;Kontakte lesbar lassen, während das Tagebuch gesperrt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my support contacts readable while the journal is locked</source>
        <translation>Meine Kontakte lesbar lassen, während das Tagebuch gesperrt ist</translation>
    </message>
</context>
<context>
    <name>ConflictFeature</name>
    <message>
        <location filename="../kindspace/gui/sync_conflicts.py" line="+356"/>
        <source>Kept. Your other devices will take the same version at their next sync.</source>
        <translation>Behalten. Deine anderen Geräte übernehmen beim nächsten Abgleich dieselbe Version.</translation>
    </message>
</context>
<context>
    <name>ConflictNote</name>
    <message>
        <location filename="../ui/sync_conflict_note.ui" line="+7"/>
        <source>This entry has two versions</source>
        <translation>Dieser Eintrag hat zwei Versionen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This entry was changed on two devices. Both versions are kept.</source>
        <translation>Dieser Eintrag wurde auf zwei Geräten geändert. Beide Versionen sind aufgehoben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See &amp;both versions</source>
        <translation>&amp;Beide Versionen ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See both versions of this entry</source>
        <translation>Beide Versionen dieses Eintrags ansehen</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../kindspace/gui/sync_conflicts.py" line="-225"/>
        <source>The two versions have different titles.</source>
        <translation>Die beiden Versionen haben verschiedene Titel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two versions have different text.</source>
        <translation>Die beiden Versionen haben verschiedenen Text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two versions have different answers.</source>
        <translation>Die beiden Versionen haben verschiedene Antworten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From this device</source>
        <translation>Von diesem Gerät</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {device}</source>
        <translation>Von {device}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From another device</source>
        <translation>Von einem anderen Gerät</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}, {when}</source>
        <translation>{where}, {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} (shown now)</source>
        <translation>{where} (jetzt angezeigt)</translation>
    </message>
    <message>
        <location filename="../ui/sync_conflict.ui" line="+6"/>
        <source>Two versions of an entry</source>
        <translation>Zwei Versionen eines Eintrags</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Two versions of this entry</source>
        <translation>Zwei Versionen dieses Eintrags</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This entry was changed on two devices before they could exchange their changes. Both versions are kept, so nothing is lost. Keep the one you want (the other is then let go), or combine them into one.</source>
        <translation>Dieser Eintrag wurde auf zwei Geräten geändert, bevor sie ihre Änderungen austauschen konnten. Beide Versionen sind aufgehoben, es geht also nichts verloren. Behalte die, die du möchtest (die andere wird dann losgelassen), oder füge beide zu einer zusammen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The version shown now</source>
        <translation>Die jetzt angezeigte Version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep &amp;this version</source>
        <translation>Diese &amp;Version behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the version shown now</source>
        <translation>Die jetzt angezeigte Version behalten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which other version to compare</source>
        <translation>Welche andere Version verglichen wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other version</source>
        <translation>Die andere Version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep th&amp;at version</source>
        <translation>Die a&amp;ndere Version behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the other version</source>
        <translation>Die andere Version behalten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Both versions together; you can edit the text before keeping it</source>
        <translation>Beide Versionen zusammen; du kannst den Text vor dem Behalten bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both versions combined</source>
        <translation>Beide Versionen zusammengeführt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep the &amp;combined version</source>
        <translation>&amp;Zusammengeführte Version behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the combined version</source>
        <translation>Zusammengeführte Version behalten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Co&amp;mbine them…</source>
        <translation>Zusammen&amp;führen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combine both versions</source>
        <translation>Beide Versionen zusammenführen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decide &amp;later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later and go back</source>
        <translation>Später entscheiden und zurückgehen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../kindspace/gui/start_flow.py" line="+203"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/controller.py" line="+367"/>
        <source>A backup was saved in {folder}.</source>
        <translation>Eine Sicherung wurde in {folder} gespeichert.</translation>
    </message>
</context>
<context>
    <name>CountryChooser</name>
    <message>
        <location filename="../kindspace/gui/country_chooser.py" line="+35"/>
        <source>Lines in your language</source>
        <translation>Telefone in deiner Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show crisis lines for this country</source>
        <translation>Krisentelefone für dieses Land zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show lines for:</source>
        <translation>Telefone zeigen für:</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../kindspace/gui/words.py" line="+38"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag importieren</numerusform>
            <numerusform>%Ln Einträge importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Adding %Ln entries to your journal…</source>
        <translation>
            <numerusform>%Ln Eintrag wird in dein Tagebuch übernommen…</numerusform>
            <numerusform>%Ln Einträge werden in dein Tagebuch übernommen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You&apos;ve taken time for yourself on %Ln days this month.</source>
        <translation>
            <numerusform>Diesen Monat hast du dir an %Ln Tag Zeit für dich genommen.</numerusform>
            <numerusform>Diesen Monat hast du dir an %Ln Tagen Zeit für dich genommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Look back at this day in earlier years (%Ln entries)</source>
        <translation>
            <numerusform>Rückblick auf diesen Tag in früheren Jahren (%Ln Eintrag)</numerusform>
            <numerusform>Rückblick auf diesen Tag in früheren Jahren (%Ln Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The export was stopped after %Ln of {total}; those %Ln files are in {path}.</source>
        <translation>
            <numerusform>Der Export wurde nach %Ln von {total} angehalten; diese %Ln Datei liegt in {path}.</numerusform>
            <numerusform>Der Export wurde nach %Ln von {total} angehalten; diese %Ln Dateien liegen in {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A practice can have up to %Ln steps.</source>
        <translation>
            <numerusform>Eine Übung kann bis zu %Ln Schritt haben.</numerusform>
            <numerusform>Eine Übung kann bis zu %Ln Schritte haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>kindspace keeps up to %Ln reminder times a day.</source>
        <translation>
            <numerusform>kindspace merkt sich bis zu %Ln Erinnerungszeit am Tag.</numerusform>
            <numerusform>kindspace merkt sich bis zu %Ln Erinnerungszeiten am Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The latest %Ln of {total} times are shown.</source>
        <translation>
            <numerusform>Die letzte %Ln von {total} Zeiten wird gezeigt.</numerusform>
            <numerusform>Die letzten %Ln von {total} Zeiten werden gezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remind me to read it again in %Ln days</source>
        <translation>
            <numerusform>Erinnere mich in %Ln Tag daran, es noch einmal zu lesen</numerusform>
            <numerusform>Erinnere mich in %Ln Tagen daran, es noch einmal zu lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln minutes ago</source>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln hours ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln days ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Up to date with %Ln devices</source>
        <translation>
            <numerusform>Auf dem neuesten Stand mit %Ln Gerät</numerusform>
            <numerusform>Auf dem neuesten Stand mit %Ln Geräten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln changes waiting to go out</source>
        <translation>
            <numerusform>%Ln Änderung wartet aufs Senden</numerusform>
            <numerusform>%Ln Änderungen warten aufs Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln changes waiting to come in</source>
        <translation>
            <numerusform>%Ln Änderung wartet aufs Ankommen</numerusform>
            <numerusform>%Ln Änderungen warten aufs Ankommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>yet to take in %Ln changes from here</source>
        <translation>
            <numerusform>muss noch %Ln Änderung von hier übernehmen</numerusform>
            <numerusform>muss noch %Ln Änderungen von hier übernehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../kindspace/gui/daily_backup.py" line="+45"/>
        <source>Making today&apos;s backup…</source>
        <translation>Die heutige Sicherung wird angelegt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making a backup…</source>
        <translation>Eine Sicherung wird angelegt…</translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <location filename="../kindspace/gui/date_filter.py" line="+20"/>
        <source>Any day</source>
        <translation>Jeder Tag</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../kindspace/gui/dates.py" line="+39"/>
        <source>MMMM yyyy</source>
        <comment>Qt date pattern: a month and its year</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dddd d MMMM</source>
        <comment>Qt date pattern: weekday, day and month</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
</context>
<context>
    <name>DayEntries</name>
    <message>
        <location filename="../kindspace/gui/day_list.py" line="+83"/>
        <source>two versions to look at</source>
        <translation>zwei Versionen zum Ansehen</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location line="-57"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{day} · {entries}</source>
        <translation>{day} · {entries}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no words yet)</source>
        <translation>(noch keine Worte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no take-away noted)</source>
        <translation>(nichts zum Mitnehmen notiert)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No entries on this day. You can add one with New note.</source>
        <translation>Keine Einträge an diesem Tag. Mit „Neue Notiz“ kannst du einen schreiben.</translation>
    </message>
</context>
<context>
    <name>EarlierWords</name>
    <message>
        <location filename="../kindspace/gui/earlier_words.py" line="+18"/>
        <source>(Nothing was written in that step yet.)</source>
        <translation>(In diesem Schritt wurde noch nichts geschrieben.)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What you wrote in “{step}”:</source>
        <translation>Was du bei „{step}“ geschrieben hast:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>On {day}, the critic said “{critic}”, and you answered: “{kinder}”</source>
        <translation>Am {day} sagte der innere Kritiker „{critic}“, und du hast geantwortet: „{kinder}“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last time something similar came up:
</source>
        <translation>Als zuletzt etwas Ähnliches auftauchte:
</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../kindspace/gui/editor.py" line="+107"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Brought back from your draft — not saved yet.</source>
        <translation>Aus deinem Entwurf zurückgeholt – noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+94"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Not saved yet — kept as a draft as you write.</source>
        <translation>Noch nicht gespeichert – beim Schreiben als Entwurf aufbewahrt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your words are still here, but the draft couldn&apos;t be kept just now.</source>
        <translation>Deine Worte sind noch da, aber der Entwurf ließ sich gerade nicht aufbewahren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft kept — press Save when you&apos;re ready.</source>
        <translation>Entwurf aufbewahrt – speichere, wenn du so weit bist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There&apos;s nothing to save yet.</source>
        <translation>Es gibt noch nichts zu speichern.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unsaved words</source>
        <translation>Ungespeicherte Worte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have words that aren&apos;t saved yet.</source>
        <translation>Du hast Worte, die noch nicht gespeichert sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them, keep them as a draft for later, or let them go?</source>
        <translation>Speichern, als Entwurf für später aufbewahren oder loslassen?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep as draft</source>
        <translation>Als Entwurf aufbewahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let them go</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this right after (Ctrl+Shift+Z).</source>
        <translation>Du kannst das gleich danach rückgängig machen (Strg+Umschalt+Z).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../ui/editor.ui" line="+16"/>
        <source>Title (optional)</source>
        <translation>Titel (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date and time of the entry</source>
        <translation>Datum und Uhrzeit des Eintrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can move an entry to an earlier day.</source>
        <translation>Du kannst einen Eintrag auf einen früheren Tag verschieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write or preview</source>
        <translation>Schreiben oder Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write whatever is here for you. *Markdown* works: **bold**, lists with -, headings with #.</source>
        <translation>Schreib, was gerade für dich da ist. *Markdown* geht: **fett**, Listen mit -, Überschriften mit #.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the entry</source>
        <translation>Vorschau des Eintrags</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, mit Komma getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0 words</source>
        <translation>0 Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word count</source>
        <translation>Anzahl der Wörter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save state</source>
        <translation>Speicherstand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this entry</source>
        <translation>Diesen Eintrag löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the editor</source>
        <translation>Editor schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the entry</source>
        <translation>Den Eintrag speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S). Your words are also kept as a draft while you write.</source>
        <translation>Speichern (Strg+S). Beim Schreiben bleiben deine Worte auch als Entwurf erhalten.</translation>
    </message>
</context>
<context>
    <name>EntryReader</name>
    <message>
        <location filename="../ui/entry_reader.ui" line="+24"/>
        <source>The saved exercise</source>
        <translation>Die gespeicherte Übung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Continue this exercise</source>
        <translation>Diese Übung &amp;fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue this exercise</source>
        <translation>Diese Übung fortsetzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to &amp;Today</source>
        <translation>Zurück zu He&amp;ute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Today</source>
        <translation>Zurück zu Heute</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/entry_reader.py" line="+48"/>
        <source>An entry</source>
        <translation>Ein Eintrag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Nothing was written in this exercise.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In dieser Übung wurde nichts geschrieben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExerciseGrounding</name>
    <message>
        <location filename="../kindspace/gui/exercise_grounding.py" line="+23"/>
        <source>Paused. Your writing is kept.</source>
        <translation>Pause. Was du geschrieben hast, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go. Nothing from this exercise was saved.</source>
        <translation>Losgelassen. Von dieser Übung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for later. It will be here whenever you want to come back.</source>
        <translation>Für später aufgehoben. Sie wartet hier, wann immer du zurückkommen möchtest.</translation>
    </message>
</context>
<context>
    <name>ExerciseStepper</name>
    <message>
        <location filename="../ui/exercise_stepper.ui" line="+31"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step 1 of 1</source>
        <translation>Schritt 1 von 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress through the exercise</source>
        <translation>Fortschritt in der Übung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What is coming</source>
        <translation>Was als Nächstes kommt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>What you wrote earlier</source>
        <translation>Was du vorhin geschrieben hast</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rating from 0 to 10 (optional)</source>
        <translation>Einschätzung von 0 bis 10 (freiwillig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not rated</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>I&apos;m &amp;OK to go on</source>
        <translation>Ich &amp;kann weitermachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m OK to go on</source>
        <translation>Ich kann weitermachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the step you were on, with everything you wrote</source>
        <translation>Zurück zu dem Schritt, bei dem du warst, mit allem, was du geschrieben hast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the su&amp;pport page</source>
        <translation>&amp;Unterstützung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <source>Open the support page</source>
        <translation>Die Unterstützungsseite öffnen</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>&amp;Stop for now</source>
        <translation>Erst mal &amp;beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the exercise for now</source>
        <translation>Die Übung erst mal beenden</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Thank you for taking this time.</source>
        <translation>Danke, dass du dir diese Zeit genommen hast.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What you kept</source>
        <translation>Was du aufbewahrt hast</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Read what you wrote</source>
        <translation>&amp;Lesen, was du geschrieben hast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read what you wrote</source>
        <translation>Lesen, was du geschrieben hast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the entry you just saved</source>
        <translation>Den eben gespeicherten Eintrag öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to &amp;Today</source>
        <translation>Zurück zu He&amp;ute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Today</source>
        <translation>Zurück zu Heute</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This feels like too &amp;much</source>
        <translation>Es wird zu &amp;viel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This feels like too much</source>
        <translation>Es wird zu viel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause, breathe, and ground yourself; your writing is kept (Alt+M)</source>
        <translation>Innehalten, atmen und dich erden; was du geschrieben hast, bleibt erhalten (Alt+V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Su&amp;pport</source>
        <translation>Unte&amp;rstützung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis lines and your own people (F1)</source>
        <translation>Krisendienste und deine eigenen Menschen (F1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save for &amp;later</source>
        <translation>S&amp;päter weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save for later</source>
        <translation>Später weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your progress and come back to it another time</source>
        <translation>Deinen Stand aufheben und ein andermal weitermachen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>ExerciseSteps</name>
    <message>
        <location filename="../kindspace/gui/exercise_steps.py" line="+40"/>
        <source>My own words:</source>
        <translation>Meine eigenen Worte:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Take as long as you like. Go on whenever you are ready.</source>
        <translation>Lass dir so viel Zeit, wie du magst. Mach weiter, wenn du so weit bist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your words</source>
        <translation>Deine Worte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your words</source>
        <translation>Dei&amp;ne Worte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer: {step}</source>
        <translation>Deine Antwort: {step}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remind me to read it again</source>
        <translation>Erinnere mich daran, es noch einmal zu lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tags (optional, separated by commas)</source>
        <translation>&amp;Schlagwörter (freiwillig, mit Komma getrennt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: work, family</source>
        <translation>zum Beispiel: Arbeit, Familie</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+29"/>
        <source>Choices: {step}</source>
        <translation>Auswahl: {step}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>My own words</source>
        <translation>Meine eigenen Worte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own words</source>
        <translation>Deine eigenen Worte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it your way</source>
        <translation>Sag es auf deine Art</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Other words (separated by commas)</source>
        <translation>Weitere Wör&amp;ter (mit Komma getrennt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other words, separated by commas</source>
        <translation>Weitere Wörter, mit Komma getrennt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phrases you can add to your words:</source>
        <translation>Sätze, die du zu deinen Worten hinzufügen kannst:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add: {phrase}</source>
        <translation>Hinzufügen: {phrase}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds this phrase on its own line where your cursor is</source>
        <translation>Fügt diesen Satz in einer eigenen Zeile dort ein, wo dein Cursor steht</translation>
    </message>
</context>
<context>
    <name>ExerciseView</name>
    <message>
        <location filename="../kindspace/gui/exercise_view.py" line="+44"/>
        <source>Welcome back. Here is where you left off.</source>
        <translation>Schön, dass du wieder da bist. Hier hast du aufgehört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for later. You can continue it from Today whenever you like.</source>
        <translation>Für später aufgehoben. Du kannst sie jederzeit von „Heute“ aus fortsetzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your words are kept as a draft. You can continue from Today whenever you like.</source>
        <translation>Deine Worte sind als Entwurf aufgehoben. Du kannst jederzeit von „Heute“ aus weitermachen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped. Nothing was written yet, so there was nothing to keep.</source>
        <translation>Beendet. Es war noch nichts geschrieben, also gab es nichts aufzuheben.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Step {number} of {total}</source>
        <translation>Schritt {number} von {total}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>F&amp;inish and save</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish and save</source>
        <translation>Fertig und speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{question} (optional)</source>
        <translation>{question} (freiwillig)</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>“{example}”</source>
        <comment>an example in the language&apos;s quotes</comment>
        <translation>„{example}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example:
</source>
        <translation>Zum Beispiel:
</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export_dialog.ui" line="+6"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Export entries</source>
        <translation>Einträge exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With every part ticked, it can be imported again.</source>
        <translation>Wenn alle Teile angekreuzt sind, lässt es sich wieder importieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A folder with one file per entry, for Obsidian or any editor.</source>
        <translation>Ein Ordner mit einer Datei pro Eintrag, für Obsidian oder jeden Editor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For printing, or sharing with someone you trust, such as a therapist.</source>
        <translation>Zum Drucken oder um es jemandem zu geben, dem du vertraust, etwa in der Therapie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;All entries</source>
        <translation>&amp;Alle Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export all entries</source>
        <translation>Alle Einträge exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Days from</source>
        <translation>&amp;Tage von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the entries of a range of days</source>
        <translation>Die Einträge eines Zeitraums exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export only the entry that is open</source>
        <translation>Nur den geöffneten Eintrag exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the entries I t&amp;ick:</source>
        <translation>Nur die Einträge, die ich an&amp;kreuze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export only the ticked entries</source>
        <translation>Nur die angekreuzten Einträge exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries to tick</source>
        <translation>Einträge zum Ankreuzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each entry to export, newest first; Space ticks the current one</source>
        <translation>Kreuze jeden Eintrag an, den du exportieren möchtest, die neuesten zuerst; die Leertaste kreuzt den aktuellen an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only with the ta&amp;g</source>
        <translation>Nur mit dem Schlagw&amp;ort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only entries with this tag</source>
        <translation>Nur Einträge mit diesem Schlagwort</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Parts to include</source>
        <translation>Was dazugehört</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the date</source>
        <translation>Das Datum zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the title</source>
        <translation>Den Titel zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the text</source>
        <translation>Den Text zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exercise answers</source>
        <translation>Antworten aus Übungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the exercise answers</source>
        <translation>Die Antworten aus Übungen zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ratings</source>
        <translation>Einschätzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the before and after ratings</source>
        <translation>Die Einschätzungen vorher und nachher zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the tags</source>
        <translation>Die Schlagwörter zeigen</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/export_dialog.py" line="+47"/>
        <source>There are no entries on those days, so there is nothing to export.</source>
        <translation>An diesen Tagen gibt es keine Einträge, also gibt es nichts zu exportieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no entries to export yet.</source>
        <translation>Es gibt noch keine Einträge zum Exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please tick at least one part to include.</source>
        <translation>Bitte kreuze mindestens einen Teil an, der dazugehören soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose where to save the export.</source>
        <translation>Bitte wähle, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/export_run.py" line="+39"/>
        <source>Like every export, it is not encrypted.</source>
        <translation>Wie jeder Export ist er nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/export_choices.py" line="+116"/>
        <source>&amp;Save in folder</source>
        <translation>&amp;Speichern im Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/export_dialog.ui" line="+15"/>
        <source>&amp;Save to</source>
        <translation>&amp;Speichern unter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a folder</source>
        <translation>Einen Ordner wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/export_dialog.py" line="+133"/>
        <source>{entries} sent to the printer.</source>
        <translation>{entries} an den Drucker geschickt.</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/export_choices.py" line="+17"/>
        <source>The folder {name} already holds files.</source>
        <translation>Im Ordner {name} liegen schon Dateien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files with the same names as the new ones will be replaced. Write into it?</source>
        <translation>Dateien mit denselben Namen wie die neuen werden ersetzt. Trotzdem hineinschreiben?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} already exists.</source>
        <translation>{name} gibt es schon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacing it can&apos;t be undone. Replace it with this export?</source>
        <translation>Das Ersetzen lässt sich nicht rückgängig machen. Durch diesen Export ersetzen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/export_run.py" line="+88"/>
        <source>Exporting {entries}…</source>
        <translation>{entries} werden exportiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the export</source>
        <translation>Den Export anhalten</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+16"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Exported {entries} into the folder {path}.</source>
        <translation>{entries} in den Ordner {path} exportiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {entries} to {path}.</source>
        <translation>{entries} nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.ui" line="+6"/>
        <source>Where to save the export</source>
        <translation>Wo der Export gespeichert wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the export</source>
        <translation>Wählen, wo der Export gespeichert wird</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What will leave the encryption</source>
        <translation>Was die Verschlüsselung verlässt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported files are not encrypted: anyone who can open them can read them. Keep them somewhere private.</source>
        <translation>Exportierte Dateien sind nicht verschlüsselt: Wer sie öffnen kann, kann sie lesen. Bewahre sie an einem privaten Ort auf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the export did</source>
        <translation>Was der Export getan hat</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/export_run.py" line="-18"/>
        <location filename="../ui/export_dialog.ui" line="+16"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.ui" line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the entries</source>
        <translation>Die Einträge drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the print dialog, to print the chosen entries as the PDF would show them</source>
        <translation>Öffnet den Druckdialog, um die gewählten Einträge so zu drucken, wie sie im PDF aussähen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the entries</source>
        <translation>Die Einträge exportieren</translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <location filename="../kindspace/gui/export_selection.py" line="+28"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please tick at least one entry in the list.</source>
        <translation>Bitte kreuze in der Liste mindestens einen Eintrag an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No entries match this choice yet.</source>
        <translation>Zu dieser Auswahl passen noch keine Einträge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please tick at least one part to include.</source>
        <translation>Bitte kreuze mindestens einen Teil an, der dazugehören soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entries} will leave the encryption, with every part.</source>
        <translation>{entries} verlassen die Verschlüsselung, mit allen Teilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{entries} will leave the encryption, with only {parts}.</source>
        <translation>{entries} verlassen die Verschlüsselung, nur mit {parts}.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>d MMM yyyy</source>
        <comment>Qt date pattern: a day in a field</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the &amp;open entry (written {day})</source>
        <translation>Nur der &amp;geöffnete Eintrag (geschrieben am {day})</translation>
    </message>
</context>
<context>
    <name>FirstRunJoin</name>
    <message>
        <location filename="../ui/first_run_join.ui" line="+6"/>
        <source>Bring your journal to this computer</source>
        <translation>Dein Tagebuch auf diesen Computer holen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On your other device, Settings ▸ Sync shares your journal through a folder. Choose that folder here, as your sync tool or USB stick brings it to this computer, then type your journal&apos;s passphrase or its recovery key.</source>
        <translation>Auf deinem anderen Gerät teilt Einstellungen ▸ Sync dein Tagebuch über einen Ordner. Wähle diesen Ordner hier, so wie dein Sync-Programm oder USB-Stick ihn auf diesen Computer bringt, und gib dann die Passphrase oder den Wiederherstellungsschlüssel deines Tagebuchs ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;shared folder</source>
        <translation>Der &amp;geteilte Ordner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The shared folder</source>
        <translation>Der geteilte Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder your journal is shared through on your other device</source>
        <translation>Der Ordner, über den dein Tagebuch auf deinem anderen Gerät geteilt wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the shared folder</source>
        <translation>Den geteilten Ordner wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Passphrase or recovery key</source>
        <translation>&amp;Passphrase oder Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase or recovery key</source>
        <translation>Passphrase oder Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase or recovery key that opens your journal on your other device</source>
        <translation>Dieselbe Passphrase oder derselbe Wiederherstellungsschlüssel, mit dem sich dein Tagebuch auf deinem anderen Gerät öffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the passphrase</source>
        <translation>Die Passphrase zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let this computer&apos;s &amp;keyring open it from now on</source>
        <translation>Ab jetzt den &amp;Schlüsselbund dieses Computers öffnen lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let this computer&apos;s keyring open the journal from now on</source>
        <translation>Ab jetzt den Schlüsselbund dieses Computers das Tagebuch öffnen lassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is made on this computer until your passphrase or recovery key opens the journal.</source>
        <translation>Auf diesem Computer wird nichts angelegt, bevor deine Passphrase oder dein Wiederherstellungsschlüssel das Tagebuch öffnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bringing your journal here</source>
        <translation>Dein Tagebuch kommt hierher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>FirstRunProtection</name>
    <message>
        <location filename="../ui/first_run_protection.ui" line="+6"/>
        <source>How your journal is protected</source>
        <translation>Wie dein Tagebuch geschützt ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal is encrypted on this computer. Without its key the journal file can&apos;t be read, even by someone who copies it.</source>
        <translation>Dein Tagebuch ist auf diesem Computer verschlüsselt. Ohne seinen Schlüssel lässt sich die Tagebuchdatei nicht lesen, auch nicht von jemandem, der sie kopiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key can wait in your system keyring, so the journal opens by itself while you&apos;re logged in. Or you can choose a passphrase to type each time you open it.</source>
        <translation>Der Schlüssel kann im Schlüsselbund deines Systems liegen, dann öffnet sich das Tagebuch von selbst, solange du angemeldet bist. Oder du wählst eine Passphrase, die du bei jedem Öffnen eingibst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You&apos;ll also get a recovery key: a short code to write down or print. It opens the journal if the other ways are ever lost.</source>
        <translation>Außerdem bekommst du einen Wiederherstellungsschlüssel: einen kurzen Code zum Aufschreiben oder Ausdrucken. Er öffnet das Tagebuch, falls die anderen Wege einmal verloren gehen.</translation>
    </message>
</context>
<context>
    <name>FirstRunReady</name>
    <message>
        <location filename="../ui/first_run_ready.ui" line="+6"/>
        <source>You&apos;re ready</source>
        <translation>Alles bereit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal is ready, and it&apos;s yours alone.</source>
        <translation>Dein Tagebuch ist bereit, und es gehört nur dir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There&apos;s nothing you have to do every day. Come back whenever it helps: try a short exercise, or write a few words about how you are.</source>
        <translation>Du musst nichts jeden Tag tun. Komm zurück, wann immer es dir guttut: Probier eine kurze Übung oder schreib ein paar Worte darüber, wie es dir geht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Be gentle with yourself.</source>
        <translation>Sei gut zu dir.</translation>
    </message>
</context>
<context>
    <name>FirstRunRecovery</name>
    <message>
        <location filename="../ui/first_run_recovery.ui" line="+6"/>
        <source>Your recovery key</source>
        <translation>Dein Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal has been created, and it is encrypted.</source>
        <translation>Dein Tagebuch ist angelegt und verschlüsselt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This recovery key opens your journal if you ever forget your passphrase or your keyring is reset. Please write it down, print it or save it, and keep it somewhere safe and private.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet dein Tagebuch, falls du einmal deine Passphrase vergisst oder dein Schlüsselbund zurückgesetzt wird. Bitte schreib ihn auf, druck ihn aus oder speichere ihn, und bewahre ihn sicher und privat auf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have &amp;written it down or saved it</source>
        <translation>Ich habe ihn &amp;aufgeschrieben oder gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have written it down or saved it</source>
        <translation>Ich habe ihn aufgeschrieben oder gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can see it again later in Settings.</source>
        <translation>Du kannst ihn später in den Einstellungen noch einmal sehen.</translation>
    </message>
</context>
<context>
    <name>FirstRunReminders</name>
    <message>
        <location filename="../ui/first_run_reminders.ui" line="+6"/>
        <source>Gentle reminders</source>
        <translation>Sanfte Erinnerungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kindspace can give you a quiet nudge to take a moment for yourself. A reminder is only ever an invitation; you can let it pass.</source>
        <translation>kindspace kann dich leise daran erinnern, dir einen Moment für dich zu nehmen. Eine Erinnerung ist immer nur eine Einladung; du kannst sie auch vorbeiziehen lassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remind me to take a moment</source>
        <translation>&amp;Erinnere mich an einen Moment für mich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me to take a moment</source>
        <translation>Erinnere mich an einen Moment für mich</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;At</source>
        <translation>U&amp;m</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and &amp;also at</source>
        <translation>und &amp;auch um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a second reminder time</source>
        <translation>Eine zweite Erinnerungszeit hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Second reminder time</source>
        <translation>Zweite Erinnerungszeit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Skip the reminder on days I&apos;ve already practised</source>
        <translation>An Tagen, an denen ich schon geübt habe, &amp;keine Erinnerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip the reminder on days I&apos;ve already practised</source>
        <translation>An Tagen, an denen ich schon geübt habe, keine Erinnerung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can change this whenever you like.</source>
        <translation>Du kannst das jederzeit ändern.</translation>
    </message>
</context>
<context>
    <name>FirstRunUnlock</name>
    <message>
        <location filename="../ui/first_run_unlock.ui" line="+6"/>
        <source>How would you like to open your journal?</source>
        <translation>Wie möchtest du dein Tagebuch öffnen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no secure system keyring that kindspace can use, so your journal will be protected with a passphrase. That keeps it just as safe; you&apos;ll type the passphrase when you open kindspace.</source>
        <translation>Dieser Computer hat keinen sicheren Schlüsselbund, den kindspace nutzen kann. Darum wird dein Tagebuch mit einer Passphrase geschützt. Das ist genauso sicher; du gibst die Passphrase ein, wenn du kindspace öffnest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open it &amp;automatically while I&apos;m logged in</source>
        <translation>&amp;Automatisch öffnen, solange ich angemeldet bin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it automatically while I&apos;m logged in</source>
        <translation>Automatisch öffnen, solange ich angemeldet bin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is kept in your system keyring</source>
        <translation>Der Schlüssel liegt im Schlüsselbund deines Systems</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key is kept in your system keyring, which your login protects. There&apos;s nothing to type each day.</source>
        <translation>Der Schlüssel liegt im Schlüsselbund deines Systems, den deine Anmeldung schützt. Du musst jeden Tag nichts eingeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Also set a passphrase, as a &amp;second way in</source>
        <translation>Zusätzlich eine Passphrase &amp;festlegen, als zweiten Weg hinein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also set a passphrase, as a second way in</source>
        <translation>Zusätzlich eine Passphrase festlegen, als zweiten Weg hinein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask for a &amp;passphrase each time</source>
        <translation>Jedes Mal nach einer Passphrase f&amp;ragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for a passphrase each time</source>
        <translation>Jedes Mal nach einer Passphrase fragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only someone who knows the passphrase can open the journal, even on your logged-in computer.</source>
        <translation>Nur wer die Passphrase kennt, kann das Tagebuch öffnen, auch an deinem angemeldeten Computer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pass&amp;phrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the passphrase</source>
        <translation>Die Passphrase zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase hint</source>
        <translation>Hinweis zur Passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type it &amp;again</source>
        <translation>&amp;Noch einmal eingeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new passphrase again</source>
        <translation>Die neue Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whether the passphrases match</source>
        <translation>Ob die Passphrasen übereinstimmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>FirstRunWelcome</name>
    <message>
        <location filename="../ui/first_run_welcome.ui" line="+6"/>
        <source>Welcome to kindspace</source>
        <translation>Willkommen bei kindspace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kindspace is a quiet place to practise being kind to yourself, with short guided exercises and a private journal.</source>
        <translation>kindspace ist ein ruhiger Ort, um zu üben, freundlich mit dir selbst zu sein, mit kurzen angeleiteten Übungen und einem privaten Tagebuch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything stays on this computer. kindspace works offline and never sends anything anywhere: there is no account, no cloud and no tracking.</source>
        <translation>Alles bleibt auf diesem Computer. kindspace arbeitet offline und schickt nie etwas irgendwohin: kein Konto, keine Cloud, keine Auswertung deines Verhaltens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setting up takes a minute or two. You can change every choice later in Settings.</source>
        <translation>Die Einrichtung dauert ein, zwei Minuten. Du kannst jede Wahl später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start a &amp;new journal on this computer</source>
        <translation>Ein &amp;neues Tagebuch auf diesem Computer beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new journal on this computer</source>
        <translation>Ein neues Tagebuch auf diesem Computer beginnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;already use kindspace on another device</source>
        <translation>Ich nutze kindspace &amp;schon auf einem anderen Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I already use kindspace on another device</source>
        <translation>Ich nutze kindspace schon auf einem anderen Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the journal you keep there to this computer, through the folder it is shared in</source>
        <translation>Das Tagebuch von dort über den Ordner, in dem es geteilt wird, auf diesen Computer holen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/import_dialog.ui" line="+6"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>Import from another journal</source>
        <translation>Aus einem anderen Tagebuch importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import steps</source>
        <translation>Schritte des Imports</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bring entries from jrnl, Day One or a kindspace export into this journal. You&apos;ll see what the file holds before anything is added.</source>
        <translation>Hol Einträge aus jrnl, Day One oder einem kindspace-Export in dieses Tagebuch. Du siehst, was die Datei enthält, bevor etwas hinzugefügt wird.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a file or folder, or drop it here</source>
        <translation>Wähle eine Datei oder einen Ordner, oder zieh sie hierher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File or folder to import from</source>
        <translation>Datei oder Ordner für den Import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a f&amp;ile…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .json, .txt or .zip file</source>
        <translation>Eine .json-, .txt- oder .zip-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file to import</source>
        <translation>Eine Datei zum Importieren wählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a f&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Day One classic journal is a folder ending in .dayone</source>
        <translation>Ein klassisches Day-One-Tagebuch ist ein Ordner, der auf .dayone endet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder to import</source>
        <translation>Einen Ordner zum Importieren wählen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fo&amp;rmat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format of the file</source>
        <translation>Format der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kindspace usually recognises the format; choose one if it guesses wrong</source>
        <translation>kindspace erkennt das Format meist selbst; wähle eines, falls es falsch rät</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>What the file holds</source>
        <translation>Was die Datei enthält</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Adding the entries to your journal…</source>
        <translation>Die Einträge werden in dein Tagebuch übernommen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you stop now, nothing is added and your journal stays as it was.</source>
        <translation>Wenn du jetzt anhältst, wird nichts hinzugefügt, und dein Tagebuch bleibt, wie es war.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What the import did</source>
        <translation>Was der Import getan hat</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/import_dialog.py" line="+41"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file or folder to see what it holds.</source>
        <translation>Wähle eine Datei oder einen Ordner, um zu sehen, was darin ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file or folder at that place. Please choose another one.</source>
        <translation>An dieser Stelle gibt es keine Datei und keinen Ordner. Bitte wähle etwas anderes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new entries are on their days in the calendar.</source>
        <translation>Die neuen Einträge stehen an ihren Tagen im Kalender.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal exports (*.json *.txt *.zip *.md);;All files (*)</source>
        <translation>Tagebuch-Exporte (*.json *.txt *.zip *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Leave these out, import {entries}</source>
        <translation>Diese auslassen, {entries} importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave those lines out, import {entries}</source>
        <translation>Diese Zeilen auslassen, {entries} importieren</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose a folder</source>
        <translation>Einen Ordner wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{problem}

You can choose another file or folder.</source>
        <translation>{problem}

Du kannst eine andere Datei oder einen anderen Ordner wählen.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Stopping… nothing will be added.</source>
        <translation>Wird angehalten… es wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+1"/>
        <location filename="../ui/import_dialog.ui" line="+26"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the import</source>
        <translation>Den Import anhalten</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.ui" line="+6"/>
        <source>Leave these out and import the rest</source>
        <translation>Diese auslassen und den Rest importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import what kindspace can read; the summary names exactly what was left out</source>
        <translation>Importiert, was kindspace lesen kann; die Zusammenfassung nennt genau, was ausgelassen wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out what can&apos;t be read and import the rest</source>
        <translation>Auslassen, was sich nicht lesen lässt, und den Rest importieren</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/import_dialog.py" line="-217"/>
        <location line="+32"/>
        <location filename="../ui/import_dialog.ui" line="+6"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.ui" line="+2"/>
        <source>Import the entries</source>
        <translation>Die Einträge importieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>InsightsCalendar</name>
    <message>
        <location filename="../kindspace/gui/insights_calendar.py" line="+93"/>
        <source>Practice calendar</source>
        <translation>Übungskalender</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Practice calendar for {year}</source>
        <translation>Übungskalender für {year}</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fewer entries</source>
        <translation>weniger Einträge</translation>
    </message>
</context>
<context>
    <name>InsightsCharts</name>
    <message>
        <location filename="../kindspace/gui/insights_charts.py" line="+46"/>
        <source>Before and after chart</source>
        <translation>Vorher-nachher-Diagramm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an exercise</source>
        <translation>eine Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before and after: {exercise}</source>
        <translation>Vorher und nachher: {exercise}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>rating 0–10</source>
        <translation>Einschätzung 0–10</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No ratings to show yet</source>
        <translation>Noch keine Einschätzungen zu zeigen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>earlier  →  later</source>
        <translation>früher  →  später</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>after (lower is lighter)</source>
        <translation>nachher (niedriger ist heller)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exercises you use</source>
        <translation>Übungen, die du nutzt</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../ui/insights.ui" line="+15"/>
        <location line="+10"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A quiet look back at your practice. It is worked out on this computer from your journal and never leaves it.</source>
        <translation>Ein ruhiger Blick zurück auf dein Üben. Er entsteht auf diesem Computer aus deinem Tagebuch und verlässt ihn nie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to look back on yet</source>
        <translation>Noch nichts, worauf du zurückblicken kannst</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/insights_view.py" line="+42"/>
        <location filename="../ui/insights.ui" line="+13"/>
        <source>&amp;Summary in words</source>
        <translation>&amp;Zusammenfassung in Worten</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Show {year}</source>
        <translation>{year} zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Point at a day, or use the arrow keys in the calendar, to see it.</source>
        <translation>Zeig auf einen Tag oder nutze im Kalender die Pfeiltasten, um ihn zu sehen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Kinder words: {words}</source>
        <translation>Freundlichere Worte: {words}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The critic had said: {words}</source>
        <translation>Der innere Kritiker hatte gesagt: {words}</translation>
    </message>
    <message>
        <location filename="../ui/insights.ui" line="+1"/>
        <location line="+14"/>
        <source>Summary in words</source>
        <translation>Zusammenfassung in Worten</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Shows or hides every figure of this page as sentences.</source>
        <translation>Zeigt oder verbirgt alle Zahlen dieser Seite als Sätze.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Practice calendar</source>
        <translation>Übungskalender</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Earlier year</source>
        <translation>Früheres Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the earlier year</source>
        <translation>Das frühere Jahr zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year shown</source>
        <translation>Gezeigtes Jahr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Later year</source>
        <translation>Späteres Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the later year</source>
        <translation>Das spätere Jahr zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chosen day</source>
        <translation>Gewählter Tag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feelings you named in check-ins</source>
        <translation>Gefühle, die du in Momentaufnahmen benannt hast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Exercise:</source>
        <translation>Ü&amp;bung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exercise shown before and after</source>
        <translation>Übung für vorher und nachher</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What you practise</source>
        <translation>Was du übst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From critic to friend</source>
        <translation>Vom Kritiker zur Freundin</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Show the critic&apos;s words too</source>
        <translation>Auch die Worte des Kritikers zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your kinder rewrites, newest first</source>
        <translation>Deine freundlicheren Fassungen, die neuesten zuerst</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Back to &amp;Today</source>
        <translation>Zurück zu He&amp;ute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Today</source>
        <translation>Zurück zu Heute</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../kindspace/gui/onboarding_join.py" line="+142"/>
        <source>&amp;Join</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the shared folder</source>
        <translation>Den geteilten Ordner wählen</translation>
    </message>
</context>
<context>
    <name>JoinWorker</name>
    <message>
        <location line="-73"/>
        <source>Opening your journal&apos;s keys with what you typed…</source>
        <translation>Die Schlüssel deines Tagebuchs werden mit deiner Eingabe geöffnet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making your journal on this computer…</source>
        <translation>Dein Tagebuch wird auf diesem Computer angelegt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bringing in your entries from the folder…</source>
        <translation>Deine Einträge werden aus dem Ordner geholt…</translation>
    </message>
</context>
<context>
    <name>LearnView</name>
    <message>
        <location filename="../ui/learn.ui" line="+13"/>
        <source>Learn</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Learn articles</source>
        <translation>Artikel zum Lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Try this exercise</source>
        <translation>Diese Übung aus&amp;probieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try this exercise</source>
        <translation>Diese Übung ausprobieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to &amp;Today</source>
        <translation>Zurück zu He&amp;ute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Today</source>
        <translation>Zurück zu Heute</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/learn_view.py" line="+22"/>
        <source>Basics</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting help</source>
        <translation>Hilfe finden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.ui" line="+9"/>
        <source>kindspace</source>
        <translation>kindspace</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Calendar of entries</source>
        <translation>Kalender der Einträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected day</source>
        <translation>Gewählter Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries on the selected day</source>
        <translation>Einträge am gewählten Tag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practice days this month</source>
        <translation>Übungstage in diesem Monat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main area</source>
        <translation>Hauptbereich</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Entry</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New note</source>
        <translation>&amp;Neue Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt si&amp;chern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save entry</source>
        <translation>Eintrag &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete entry…</source>
        <translation>Eintrag &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous day</source>
        <translation>&amp;Vorheriger Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next day</source>
        <translation>&amp;Nächster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to today in the calendar</source>
        <translation>Im Kalender zu &amp;heute springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When it feels like &amp;too much</source>
        <translation>Wenn es &amp;zu viel wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an &amp;exercise</source>
        <translation>Eine Übung b&amp;eginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lea&amp;rn about self-compassion</source>
        <translation>Über Selbstmitgefühl &amp;lernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import from another journal…</source>
        <translation>Aus anderem Tagebuch &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insights</source>
        <translation>E&amp;inblicke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recently deleted…</source>
        <translation>&amp;Zuletzt gelöscht…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About kindspace</source>
        <translation>Ü&amp;ber kindspace</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/main_window.py" line="+82"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>The entry is back.</source>
        <translation>Der Eintrag ist wieder da.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The entry was deleted.</source>
        <translation>Der Eintrag wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <location filename="../kindspace/gui/markdown_preview.py" line="+28"/>
        <source>The preview shows the beginning; the whole note is in the editor.</source>
        <translation>Die Vorschau zeigt den Anfang; die ganze Notiz steht im Editor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(an image)</source>
        <translation>(ein Bild)</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <location filename="../kindspace/gui/onboarding.py" line="+34"/>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the setup?</source>
        <translation>Die Einrichtung verlassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal is made and stays safe on this computer.</source>
        <translation>Dein Tagebuch ist angelegt und bleibt sicher auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your recovery key is the way back in if the passphrase or keyring is ever lost. You can see it again in Settings and keep it then.</source>
        <translation>Dein Wiederherstellungsschlüssel ist der Weg zurück hinein, falls die Passphrase oder der Schlüsselbund einmal verloren geht. Du kannst ihn in den Einstellungen noch einmal sehen und dann aufbewahren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminders stay off for now; you can turn them on whenever you like.</source>
        <translation>Erinnerungen bleiben vorerst aus; du kannst sie einschalten, wann immer du möchtest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the setup</source>
        <translation>Einrichtung verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be&amp;gin</source>
        <translation>&amp;Loslegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>OnboardingPages</name>
    <message>
        <location filename="../kindspace/gui/onboarding_pages.py" line="+30"/>
        <source>Both match.</source>
        <translation>Beide stimmen überein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose at least one day, or switch reminders off.</source>
        <translation>Bitte wähle mindestens einen Tag, oder schalte die Erinnerungen aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create my journal</source>
        <translation>Mein Tagebuch &amp;erstellen</translation>
    </message>
</context>
<context>
    <name>OwnExerciseEditing</name>
    <message>
        <location filename="../kindspace/gui/own_exercise_editing.py" line="+38"/>
        <source>Saved. Your practice is in the list of practices now.</source>
        <translation>Gespeichert. Deine Übung steht jetzt in der Liste der Übungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft kept. Your changes are waiting here for when you come back.</source>
        <translation>Entwurf aufbewahrt. Deine Änderungen warten hier, bis du zurückkommst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brought back the changes you hadn&apos;t saved yet.</source>
        <translation>Die Änderungen, die noch nicht gespeichert waren, sind zurückgeholt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The practice was deleted. Entries you wrote with it are still in your journal.</source>
        <translation>Die Übung wurde gelöscht. Einträge, die du damit geschrieben hast, bleiben in deinem Tagebuch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That practice couldn&apos;t be found; it may have been deleted.</source>
        <translation>Diese Übung ließ sich nicht finden; vielleicht wurde sie gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this practice?</source>
        <translation>Diese Übung löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It leaves the list of practices. Entries you wrote with it stay in your journal and can still be read.</source>
        <translation>Sie verschwindet aus der Liste der Übungen. Einträge, die du damit geschrieben hast, bleiben in deinem Tagebuch und lassen sich weiter lesen.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Delete practice</source>
        <translation>Übung löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete it</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
</context>
<context>
    <name>OwnExerciseEditor</name>
    <message>
        <location filename="../kindspace/gui/own_exercise_editor.py" line="+28"/>
        <source>One question or prompt for this step. Enter adds the next step; Alt+Up and Alt+Down move this one.</source>
        <translation>Eine Frage oder Anregung für diesen Schritt. Enter fügt den nächsten Schritt hinzu; Alt+Pfeil hoch und Alt+Pfeil runter verschieben diesen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Step {number}</source>
        <translation>Schritt {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A question or a prompt</source>
        <translation>Eine Frage oder Anregung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move step {number} up</source>
        <translation>Schritt {number} nach oben schieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move step {number} down</source>
        <translation>Schritt {number} nach unten schieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove step {number}</source>
        <translation>Schritt {number} entfernen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+24"/>
        <source>Your own practice</source>
        <translation>Deine eigene Übung</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Write your own practice</source>
        <translation>Eine eigene Übung schreiben</translation>
    </message>
</context>
<context>
    <name>OwnExerciseEditorView</name>
    <message>
        <location filename="../ui/own_exercise_editor.ui" line="+25"/>
        <source>Your own practice</source>
        <translation>Deine eigene Übung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a short practice in your own words: a title, then one question or prompt for each step. It is kept inside your encrypted journal and runs like any other practice.</source>
        <translation>Schreib eine kurze Übung in deinen eigenen Worten: einen Titel, dann für jeden Schritt eine Frage oder Anregung. Sie bleibt in deinem verschlüsselten Tagebuch und läuft wie jede andere Übung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of your practice, as it shows in the list of practices</source>
        <translation>Der Name deiner Übung, wie er in der Liste der Übungen steht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: A kind pause after work</source>
        <translation>Etwa: Eine freundliche Pause nach der Arbeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A &amp;line about it</source>
        <translation>Eine &amp;Zeile dazu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A line about it (optional)</source>
        <translation>Eine Zeile dazu (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: one sentence shown under the title in the list</source>
        <translation>Freiwillig: ein Satz, der in der Liste unter dem Titel steht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Freiwillig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps: one question or prompt each, in the order you&apos;d like them</source>
        <translation>Schritte: je eine Frage oder Anregung, in der Reihenfolge, die du möchtest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add a step</source>
        <translation>&amp;Neuer Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a step</source>
        <translation>Einen Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds an empty step at the end and moves the cursor into it</source>
        <translation>Fügt am Ende einen leeren Schritt hinzu und setzt den Cursor hinein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About how many &amp;minutes it takes</source>
        <translation>Ungefähre Dauer in &amp;Minuten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About how many minutes it takes</source>
        <translation>Ungefähre Dauer in Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From 1 to 120 minutes; shown beside the title</source>
        <translation>Von 1 bis 120 Minuten; steht neben dem Titel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Rate how I feel before and after (0 to 10)</source>
        <translation>Vorher und nachher n&amp;otieren, wie es mir geht (0 bis 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate how I feel before and after</source>
        <translation>Vorher und nachher notieren, wie es mir geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the optional 0 to 10 question at the start and the end; Insights shows how it changes</source>
        <translation>Fügt am Anfang und am Ende die freiwillige Frage von 0 bis 10 hinzu; „Einblicke“ zeigt, wie sie sich verändert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Delete this practice…</source>
        <translation>Diese Übung &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this practice</source>
        <translation>Diese Übung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks first. Entries you wrote with it stay in your journal</source>
        <translation>Fragt vorher nach. Einträge, die du damit geschrieben hast, bleiben in deinem Tagebuch</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Try it &amp;now</source>
        <translation>Jetzt aus&amp;probieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try this practice now</source>
        <translation>Diese Übung jetzt ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begins the practice as it was last saved</source>
        <translation>Beginnt die Übung so, wie sie zuletzt gespeichert wurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back to Today</source>
        <translation>Zurück zu He&amp;ute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Today</source>
        <translation>Zurück zu Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes you haven&apos;t saved are kept here until you come back</source>
        <translation>Was du noch nicht gespeichert hast, wartet hier, bis du zurückkommst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this practice</source>
        <translation>Diese Übung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps it in your journal; it then shows in the list of practices</source>
        <translation>Bewahrt sie in deinem Tagebuch auf; danach steht sie in der Liste der Übungen</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../kindspace/gui/pdf_export.py" line="+64"/>
        <source>kindspace journal</source>
        <translation>kindspace-Tagebuch</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>Printing could not start. Please check the printer and try again.</source>
        <translation>Das Drucken konnte nicht beginnen. Bitte sieh nach dem Drucker und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF could not be started at {path}. Please choose another place.</source>
        <translation>Das PDF konnte unter {path} nicht angelegt werden. Bitte wähle einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/pdf_pages.py" line="+142"/>
        <source>Page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <location filename="../kindspace/gui/popup.py" line="+34"/>
        <source>In an hour</source>
        <translation>In einer Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {minutes}</source>
        <translation>In {minutes}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Suggested: {exercise}</source>
        <translation>Vorschlag: {exercise}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A short practice is ready when you are.</source>
        <translation>Eine kurze Übung wartet, wann immer du magst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open {exercise}</source>
        <translation>{exercise} öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a short practice</source>
        <translation>Eine kurze Übung öffnen</translation>
    </message>
</context>
<context>
    <name>PracticeViews</name>
    <message>
        <location filename="../kindspace/gui/practice_views.py" line="+45"/>
        <source>This exercise isn&apos;t part of this version of kindspace.</source>
        <translation>Diese Übung gehört nicht zu dieser Version von kindspace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One or more exercises couldn&apos;t be read and are left out for now.</source>
        <translation>Eine oder mehrere Übungen ließen sich nicht lesen und fehlen vorerst.</translation>
    </message>
    <message>
        <location line="+190"/>
        <location line="+5"/>
        <source>Saved in your journal.</source>
        <translation>In deinem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Back to the exercise</source>
        <translation>&amp;Zurück zur Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to &amp;Today</source>
        <translation>Zurück zu He&amp;ute</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Back to unlocking</source>
        <translation>&amp;Zurück zum Entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to unlocking</source>
        <translation>Zurück zum Entsperren</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../kindspace/gui/print_dialog.py" line="+34"/>
        <source>Print entries</source>
        <translation>Einträge drucken</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../kindspace/gui/problems.py" line="+30"/>
        <source>Part of the journal could not be read, so it may be damaged. Nothing was changed. Your backups are in the backups folder beside the journal, and Settings ▸ Backups can bring one back.</source>
        <translation>Ein Teil des Tagebuchs ließ sich nicht lesen, vielleicht ist er beschädigt. Es wurde nichts verändert. Deine Sicherungen liegen im Sicherungsordner neben dem Tagebuch, und unter Einstellungen ▸ Sicherungen kannst du eine zurückholen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full, so this could not be saved yet. Please free some space and try again.</source>
        <translation>Der Speicherplatz ist voll, darum ließ sich das noch nicht speichern. Bitte schaff etwas Platz und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something unexpected got in the way. Nothing was deleted. Please try again; if it keeps happening, restarting kindspace usually helps.</source>
        <translation>Etwas Unerwartetes ist dazwischengekommen. Es wurde nichts gelöscht. Bitte versuch es noch einmal; wenn es wieder passiert, hilft meist ein Neustart von kindspace.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you were writing is still in the editor and kept as a draft.</source>
        <translation>Was du geschrieben hast, steht noch im Editor und ist als Entwurf aufbewahrt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+19"/>
        <source>The disk is full</source>
        <translation>Der Speicherplatz ist voll</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>That didn&apos;t open the journal</source>
        <translation>Damit ließ sich das Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keyring isn&apos;t available</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>The journal needs attention</source>
        <translation>Das Tagebuch braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Let&apos;s adjust that</source>
        <translation>Lass uns das anpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>That didn&apos;t work this time</source>
        <translation>Das hat diesmal nicht geklappt</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The folder ({folder}) is read-only or belongs to someone else. Please check it and try again.</source>
        <translation>Der Ordner ({folder}) ist schreibgeschützt oder gehört jemand anderem. Bitte sieh nach und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder is read-only or belongs to someone else. Please check it and try again.</source>
        <translation>Der Ordner ist schreibgeschützt oder gehört jemand anderem. Bitte sieh nach und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kindspace can&apos;t write there</source>
        <translation>kindspace kann dort nicht schreiben</translation>
    </message>
</context>
<context>
    <name>RecentlyDeleted</name>
    <message>
        <location filename="../kindspace/gui/recently_deleted.py" line="+24"/>
        <source>Nothing was deleted in the last 30 days.</source>
        <translation>In den letzten 30 Tagen wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>d MMMM</source>
        <comment>Qt date pattern: day and month</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} · {kind} · deleted {when}</source>
        <translation>{day} · {kind} · gelöscht am {when}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The entry is back on its day.</source>
        <translation>Der Eintrag ist wieder an seinem Tag.</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <location filename="../ui/recently_deleted.ui" line="+6"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Recently deleted</source>
        <translation>Zuletzt gelöscht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries you deleted in the last 30 days, here or from the command line. Bring one back and it returns to its day, just as it was.</source>
        <translation>Einträge, die du in den letzten 30 Tagen gelöscht hast, hier oder über die Kommandozeile. Holst du einen zurück, steht er wieder an seinem Tag, genau wie vorher.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recently deleted entries</source>
        <translation>Zuletzt gelöschte Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to bring the chosen entry back.</source>
        <translation>Drück Enter, um den gewählten Eintrag zurückzuholen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the chosen entry</source>
        <translation>Den gewählten Eintrag zurückholen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location filename="../ui/recovery_key.ui" line="+6"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your recovery key</source>
        <translation>Dein Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seven groups of four letters and digits</source>
        <translation>Sieben Gruppen aus je vier Buchstaben und Ziffern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the recovery key, to paste it somewhere safe</source>
        <translation>Den Wiederherstellungsschlüssel kopieren, um ihn an einem sicheren Ort einzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a page with the recovery key and what it is for</source>
        <translation>Eine Seite mit dem Wiederherstellungsschlüssel und seinem Zweck drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel drucken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as &amp;file…</source>
        <translation>Als Da&amp;tei speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key as a small text file only you can read</source>
        <translation>Den Wiederherstellungsschlüssel als kleine Textdatei speichern, die nur du lesen kannst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key as a file</source>
        <translation>Den Wiederherstellungsschlüssel als Datei speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What happened to the recovery key</source>
        <translation>Was mit dem Wiederherstellungsschlüssel geschehen ist</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../kindspace/gui/recovery_sheet.py" line="+25"/>
        <source>Your kindspace recovery key</source>
        <translation>Dein Wiederherstellungsschlüssel für kindspace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key opens your kindspace journal if you ever forget your passphrase or the system keyring is reset, for example on a new computer.</source>
        <translation>Dieser Schlüssel öffnet dein kindspace-Tagebuch, falls du einmal deine Passphrase vergisst oder der Schlüsselbund des Systems zurückgesetzt wird, zum Beispiel auf einem neuen Computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep it somewhere safe and private, such as with your important papers. Anyone who has this key and your journal file can read your journal, so please don&apos;t share it.</source>
        <translation>Bewahre ihn sicher und privat auf, etwa bei deinen wichtigen Unterlagen. Wer diesen Schlüssel und deine Tagebuchdatei hat, kann dein Tagebuch lesen; bitte gib ihn also nicht weiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To use it, choose &quot;Use my recovery key instead&quot; when kindspace asks for your passphrase. Capital or small letters and the dashes don&apos;t matter.</source>
        <translation>Um ihn zu nutzen, wähle „Stattdessen den Wiederherstellungsschlüssel nutzen“, wenn kindspace nach deiner Passphrase fragt. Groß- oder Kleinbuchstaben und die Bindestriche spielen keine Rolle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied. Paste it somewhere safe and private, and clear it from there when done.</source>
        <translation>Kopiert. Füge ihn an einem sicheren, privaten Ort ein und lösche ihn dort wieder, wenn du fertig bist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to the printer. Keep the page somewhere safe and private.</source>
        <translation>An den Drucker geschickt. Bewahre die Seite sicher und privat auf.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Print the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel drucken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved as {name}, readable only by you. Keep it somewhere private.</source>
        <translation>Als {name} gespeichert, nur für dich lesbar. Bewahre die Datei an einem privaten Ort auf.</translation>
    </message>
</context>
<context>
    <name>ReminderDriver</name>
    <message>
        <location filename="../kindspace/gui/reminder_driver.py" line="+191"/>
        <source>Please unlock your journal to change your own phrases.</source>
        <translation>Bitte entsperre dein Tagebuch, um deine eigenen Sätze zu ändern.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../ui/reminder_popup.ui" line="+17"/>
        <source>kindspace reminder</source>
        <translation>Erinnerung von kindspace</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>kindspace</source>
        <translation>kindspace</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Start the suggested practice</source>
        <translation>Die vorgeschlagene Übung beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remind me later</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No more reminders today</source>
        <translation>Heute keine Erinnerungen mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not today</source>
        <translation>Nicht heute</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>Close this reminder</source>
        <translation>Diese Erinnerung schließen</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location filename="../ui/settings_reminders.ui" line="+14"/>
        <location line="+6"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A reminder is a small card near the corner of the screen. It never takes your typing, and it goes away by itself.</source>
        <translation>Eine Erinnerung ist eine kleine Karte in der Ecke des Bildschirms. Sie unterbricht nie dein Tippen und verschwindet von selbst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Send me gentle reminders</source>
        <translation>Schick mir sanfte Erinnerungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Times</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+166"/>
        <location line="+17"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>New reminder time</source>
        <translation>Neue Erinnerungszeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Add time</source>
        <translation>Zeit hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the chosen time</source>
        <translation>Die gewählte Zeit entfernen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Quiet hours</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No reminders from</source>
        <translation>Keine Erinnerungen von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet hours: no reminders between two times</source>
        <translation>Ruhezeit: keine Erinnerungen zwischen zwei Uhrzeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>Skip reminders on days I have already written</source>
        <translation>Nicht erinnern, wenn ich schon geschrieben habe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggest</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggested exercise</source>
        <translation>Vorgeschlagene Übung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your phrases</source>
        <translation>Deine Sätze</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your own reminder phrases</source>
        <translation>Deine eigenen Sätze für Erinnerungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One phrase per line, for example: You are doing your best.</source>
        <translation>Ein Satz pro Zeile, zum Beispiel: Du gibst dein Bestes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept inside your encrypted journal. While it is locked, reminders use kindspace&apos;s own gentle words.</source>
        <translation>Bleibt in deinem verschlüsselten Tagebuch. Solange es gesperrt ist, nutzen Erinnerungen die sanften Worte von kindspace.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Start kindspace when I log in</source>
        <translation>kindspace starten, wenn ich mich anmelde</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+3"/>
        <source>Save reminders</source>
        <translation>Erinnerungen speichern</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../ui/search.ui" line="+6"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search your journal</source>
        <translation>Dein Tagebuch durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search words</source>
        <translation>Suchwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching entries appear as you type. Press Down to move to the results.</source>
        <translation>Passende Einträge erscheinen schon beim Tippen. Mit Pfeil runter kommst du zu den Ergebnissen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags…</source>
        <translation>Schlagwörter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse tags</source>
        <translation>Schlagwörter durchsehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every tag with its entries, without typing a word (Ctrl+Shift+T)</source>
        <translation>Alle Schlagwörter mit ihren Einträgen, ohne ein Wort zu tippen (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From day</source>
        <translation>Ab Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries from this day on. Press Delete for any day.</source>
        <translation>Nur Einträge ab diesem Tag. Mit Entf gilt wieder jeder Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries from this day on (Delete: any day)</source>
        <translation>Nur Einträge ab diesem Tag (Entf: jeder Tag)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Until day</source>
        <translation>Bis Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries up to this day. Press Delete for any day.</source>
        <translation>Nur Einträge bis zu diesem Tag. Mit Entf gilt wieder jeder Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries up to this day (Delete: any day)</source>
        <translation>Nur Einträge bis zu diesem Tag (Entf: jeder Tag)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only notes, or only one exercise</source>
        <translation>Nur Notizen oder nur eine bestimmte Übung</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/search_view.py" line="+59"/>
        <source>Nothing found for that. Try fewer words or another spelling.</source>
        <translation>Dazu wurde nichts gefunden. Versuch es mit weniger Wörtern oder einer anderen Schreibweise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found with these filters. Try fewer words, or clear the filters.</source>
        <translation>Mit diesen Filtern wurde nichts gefunden. Versuch es mit weniger Wörtern, oder setz die Filter zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+264"/>
        <location filename="../ui/search.ui" line="+9"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../ui/search.ui" line="+1"/>
        <source>Only entries with this tag. Type to find a tag.</source>
        <translation>Nur Einträge mit diesem Schlagwort. Tippe, um eines zu finden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries with this tag</source>
        <translation>Nur Einträge mit diesem Schlagwort</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every day, kind and tag again</source>
        <translation>Wieder in allen Tagen, Arten und Schlagwörtern suchen</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/search_view.py" line="-288"/>
        <location filename="../ui/search.ui" line="+17"/>
        <source>Type a word or a phrase. Quotes find an exact phrase.</source>
        <translation>Tippe ein Wort oder einen Satz. Anführungszeichen finden genau diesen Wortlaut.</translation>
    </message>
    <message>
        <location filename="../ui/search.ui" line="+4"/>
        <source>Search status</source>
        <translation>Stand der Suche</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Number of entries found</source>
        <translation>Anzahl gefundener Einträge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export these…</source>
        <translation>Diese exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export these entries</source>
        <translation>Diese Einträge exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the entries found, ticked in the export dialog, where you can untick any</source>
        <translation>Die gefundenen Einträge exportieren; im Exportfenster sind sie angekreuzt, und du kannst jeden wieder abwählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open an entry.</source>
        <translation>Drück Enter, um einen Eintrag zu öffnen.</translation>
    </message>
</context>
<context>
    <name>SecretFields</name>
    <message>
        <location filename="../kindspace/gui/secret_fields.py" line="+20"/>
        <source>At least {count} characters. A few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation>Mindestens {count} Zeichen. Ein paar gewöhnliche Wörter hintereinander sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That works. A word or two more would make it even stronger.</source>
        <translation>Das passt. Ein, zwei Wörter mehr würden sie noch stärker machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That&apos;s a strong passphrase.</source>
        <translation>Das ist eine starke Passphrase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please type it once more, to be sure it&apos;s the one you meant.</source>
        <translation>Bitte tippe sie noch einmal, um sicherzugehen, dass es die richtige ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases don&apos;t match yet. Please type the same one in both fields.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein. Bitte tippe in beide Felder dieselbe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the passphrase</source>
        <translation>Die Passphrase verbergen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the passphrase</source>
        <translation>Die Passphrase zeigen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../kindspace/gui/settings_dialog.py" line="+36"/>
        <location line="+28"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger</source>
        <translation>Etwas größer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>Sehr groß</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({percent} %)</source>
        <translation>{name} ({percent} %)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Comfort and support</source>
        <translation>Halt und Unterstützung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
</context>
<context>
    <name>SettingsBackups</name>
    <message>
        <location filename="../kindspace/gui/settings_backups.py" line="+29"/>
        <source>There are no backups yet. You can make one now; kindspace also makes one each day you open your journal.</source>
        <translation>Es gibt noch keine Sicherungen. Du kannst jetzt eine machen; kindspace macht außerdem an jedem Tag eine, an dem du dein Tagebuch öffnest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done. The backup is checked and kept in the backups folder.</source>
        <translation>Fertig. Die Sicherung ist geprüft und liegt im Sicherungsordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal will go back to how it was on {when}. Your current journal is not deleted: it is set aside in the journal&apos;s folder, so nothing is lost. kindspace closes the journal, restores the backup and opens it again.</source>
        <translation>Dein Tagebuch kehrt zu dem Stand vom {when} zurück. Dein jetziges Tagebuch wird nicht gelöscht: Es wird im Ordner des Tagebuchs beiseitegelegt, es geht also nichts verloren. kindspace schließt das Tagebuch, stellt die Sicherung wieder her und öffnet es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made by you</source>
        <translation>von dir gemacht</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SettingsComfort</name>
    <message>
        <location filename="../kindspace/gui/settings_comfort.py" line="+27"/>
        <source>Keep your contacts readable while locked?</source>
        <translation>Kontakte auch im gesperrten Zustand lesbar lassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kindspace would keep a copy of your support contacts (names, numbers and notes) in a separate file on this computer. That file is not encrypted: anyone who can use your account here could read it. In return, your people show on the support page even while your journal is locked. Your journal itself stays encrypted.</source>
        <translation>kindspace würde eine Kopie deiner Kontakte (Namen, Nummern und Notizen) in einer eigenen Datei auf diesem Computer aufbewahren. Diese Datei ist nicht verschlüsselt: Wer dein Benutzerkonto hier nutzen kann, könnte sie lesen. Dafür erscheinen deine Menschen auf der Unterstützungsseite, auch während dein Tagebuch gesperrt ist. Dein Tagebuch selbst bleibt verschlüsselt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep them readable</source>
        <translation>Lesbar lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your contacts are kept only inside your encrypted journal.</source>
        <translation>Deine Kontakte liegen nur in deinem verschlüsselten Tagebuch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A copy of your contacts is kept readable outside the journal, so the support page shows them while it is locked. Switch this off to remove that copy.</source>
        <translation>Eine Kopie deiner Kontakte liegt lesbar außerhalb des Tagebuchs, damit die Unterstützungsseite sie zeigt, während es gesperrt ist. Schalte das aus, um diese Kopie zu entfernen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings.ui" line="+6"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings page</source>
        <translation>Seite der Einstellungen</translation>
    </message>
</context>
<context>
    <name>SettingsReminders</name>
    <message>
        <location filename="../kindspace/gui/settings_reminders.py" line="+34"/>
        <source>Your desktop isn&apos;t showing a tray right now, so kindspace keeps its window where you can see it, and reminders still appear while kindspace is open. On GNOME, the extension “AppIndicator and KStatusNotifierItem Support” adds a tray (in Debian and Ubuntu: the package gnome-shell-extension-appindicator). Turn it on in Extensions, then start kindspace again.</source>
        <translation>Dein Desktop zeigt gerade keinen Infobereich. Darum lässt kindspace sein Fenster sichtbar, und Erinnerungen erscheinen weiter, solange kindspace offen ist. Unter GNOME fügt die Erweiterung „AppIndicator and KStatusNotifierItem Support“ einen Infobereich hinzu (in Debian und Ubuntu: das Paket gnome-shell-extension-appindicator). Schalte sie unter „Erweiterungen“ ein und starte kindspace dann neu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock your journal to see and change your own phrases.</source>
        <translation>Entsperre dein Tagebuch, um deine eigenen Sätze zu sehen und zu ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No particular one (just open kindspace)</source>
        <translation>Keine bestimmte (nur kindspace öffnen)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Saved. Your reminders follow these settings from now on.</source>
        <translation>Gespeichert. Deine Erinnerungen folgen ab jetzt diesen Einstellungen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{time} is already in the list.</source>
        <translation>{time} steht schon in der Liste.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Reminders · kindspace</source>
        <translation>Erinnerungen · kindspace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close reminder settings</source>
        <translation>Erinnerungseinstellungen schließen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save your reminder changes?</source>
        <translation>Änderungen an den Erinnerungen speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed your reminders (perhaps added a time) and haven&apos;t saved yet.</source>
        <translation>Du hast deine Erinnerungen geändert (vielleicht eine Uhrzeit hinzugefügt) und noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t save</source>
        <translation>Nicht speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>SettingsUnlock</name>
    <message>
        <location filename="../kindspace/gui/settings_unlock.py" line="+35"/>
        <source>No secure system keyring is available on this computer right now, so kindspace can&apos;t keep the key there.</source>
        <translation>Auf diesem Computer ist gerade kein sicherer Schlüsselbund verfügbar, darum kann kindspace den Schlüssel dort nicht aufbewahren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To be asked for a passphrase, please set one below first.</source>
        <translation>Damit nach einer Passphrase gefragt werden kann, leg bitte zuerst unten eine fest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done. Your journal now opens by itself while you&apos;re logged in.</source>
        <translation>Fertig. Dein Tagebuch öffnet sich jetzt von selbst, solange du angemeldet bist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done. Your journal now asks for your passphrase each time it opens.</source>
        <translation>Fertig. Dein Tagebuch fragt jetzt bei jedem Öffnen nach deiner Passphrase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your journal has no passphrase yet. A passphrase is a second way in, and it lets the journal lock itself when you&apos;re away.</source>
        <translation>Dein Tagebuch hat noch keine Passphrase. Eine Passphrase ist ein zweiter Weg hinein, und mit ihr kann sich das Tagebuch sperren, wenn du nicht da bist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That isn&apos;t the current passphrase. Please try again.</source>
        <translation>Das ist nicht die aktuelle Passphrase. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passphrase is changed. Please use the new one from now on.</source>
        <translation>Deine Passphrase ist geändert. Bitte nutze ab jetzt die neue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That isn&apos;t your passphrase. Please try again.</source>
        <translation>Das ist nicht deine Passphrase. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you think someone else may have seen this key, you can make a new one. The old one then stops working.</source>
        <translation>Wenn du denkst, dass jemand anderes diesen Schlüssel gesehen haben könnte, kannst du einen neuen erstellen. Der alte funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This journal was made before kindspace kept its recovery key inside, so it can&apos;t be shown. You can make a new one now; any older recovery key then stops working.</source>
        <translation>Dieses Tagebuch entstand, bevor kindspace seinen Wiederherstellungsschlüssel darin aufbewahrt hat, darum lässt er sich nicht zeigen. Du kannst jetzt einen neuen erstellen; jeder ältere Wiederherstellungsschlüssel funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Here is your new recovery key. Please write it down, print it or save it now.</source>
        <translation>Hier ist dein neuer Wiederherstellungsschlüssel. Bitte schreib ihn jetzt auf, druck ihn aus oder speichere ihn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new recovery key?</source>
        <translation>Einen neuen Wiederherstellungsschlüssel erstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your current recovery key will stop working, and the new one takes its place. Please keep the new one somewhere safe, as before.</source>
        <translation>Dein jetziger Wiederherstellungsschlüssel funktioniert dann nicht mehr, und der neue tritt an seine Stelle. Bitte bewahre den neuen wie zuvor sicher auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After this long without use, kindspace locks the journal and asks for your passphrase.</source>
        <translation>Nach so langer Zeit ohne Nutzung sperrt kindspace das Tagebuch und fragt nach deiner Passphrase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>While the key is in your keyring, a locked journal opens again with one click. To make locking ask for your passphrase, choose &quot;Ask for my passphrase each time&quot; above.</source>
        <translation>Solange der Schlüssel in deinem Schlüsselbund liegt, öffnet sich ein gesperrtes Tagebuch mit einem Klick wieder. Damit das Sperren nach deiner Passphrase fragt, wähle oben „Jedes Mal nach meiner Passphrase fragen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auto-lock works once your journal has a passphrase, because only then does locking keep anyone out.</source>
        <translation>Automatisches Sperren wirkt erst, wenn dein Tagebuch eine Passphrase hat, denn erst dann hält das Sperren andere fern.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+223"/>
        <location line="+3"/>
        <source>Make a new key</source>
        <translation>Neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Change passphrase</source>
        <translation>Passphrase ände&amp;rn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set a passphrase</source>
        <translation>Passphrase &amp;festlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a passphrase</source>
        <translation>Passphrase festlegen</translation>
    </message>
</context>
<context>
    <name>SupportView</name>
    <message>
        <location filename="../ui/support.ui" line="+22"/>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Support page</source>
        <translation>Unterstützungsseite</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Breathe and &amp;ground yourself</source>
        <translation>At&amp;men und dich erden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe and ground yourself</source>
        <translation>Atmen und dich erden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to &amp;Today</source>
        <translation>Zurück zu He&amp;ute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Today</source>
        <translation>Zurück zu Heute</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Back to support</source>
        <translation>&amp;Zurück zur Unterstützung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to support</source>
        <translation>Zurück zur Unterstützung</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/support_contacts.py" line="+21"/>
        <location filename="../kindspace/gui/support_crisis_lines.py" line="+24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who they are</source>
        <translation>Wer sie sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other details</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/support_crisis_lines.py" line="-1"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number or contact</source>
        <translation>Nummer oder Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/support_contacts.py" line="+2"/>
        <source>No contacts yet. Choose “Edit your contacts” to add the people you can turn to.</source>
        <translation>Noch keine Kontakte. Wähle „Kontakte bearbeiten“, um die Menschen einzutragen, an die du dich wenden kannst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own contacts are kept inside your encrypted journal, so they show once it is open. In Settings ▸ Comfort and support you can choose to keep them readable here too.</source>
        <translation>Deine eigenen Kontakte liegen in deinem verschlüsselten Tagebuch und erscheinen, sobald es offen ist. Unter Einstellungen ▸ Halt und Unterstützung kannst du sie auch hier lesbar lassen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>your support contacts</source>
        <translation>deine Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit your contacts</source>
        <translation>Kontakte &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/support_crisis_lines.py" line="+9"/>
        <location filename="../kindspace/gui/support_view.py" line="+119"/>
        <source>crisis lines</source>
        <translation>Krisendienste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this &amp;list</source>
        <translation>&amp;Liste bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use kindspace&apos;s list again</source>
        <translation>Wieder die Liste von kindspace nutzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use kindspace&apos;s list of crisis lines again</source>
        <translation>Wieder die Liste der Krisendienste von kindspace nutzen</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/support_editing.py" line="+74"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row to {table}</source>
        <translation>Eine Zeile zu {table} hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected row from {table}</source>
        <translation>Die gewählte Zeile aus {table} entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save {table}</source>
        <translation>{table} speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing {table} without saving</source>
        <translation>Bearbeiten von {table} beenden, ohne zu speichern</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/support_crisis_lines.py" line="+20"/>
        <source>No crisis lines listed.</source>
        <translation>Keine Krisendienste eingetragen.</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/support_view.py" line="+77"/>
        <source>Your contacts are saved in your encrypted journal.</source>
        <translation>Deine Kontakte sind in deinem verschlüsselten Tagebuch gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your list of crisis lines is saved.</source>
        <translation>Deine Liste der Krisendienste ist gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing kindspace&apos;s own list of crisis lines again.</source>
        <translation>Wieder die eigene Liste der Krisendienste von kindspace.</translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message>
        <location filename="../kindspace/gui/sync_feature.py" line="+87"/>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Your journal is now shared through the sync folder.</source>
        <translation>Dein Tagebuch wird jetzt über den Sync-Ordner geteilt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This device no longer shares the journal. Your journal stays here.</source>
        <translation>Dieses Gerät teilt das Tagebuch nicht mehr. Dein Tagebuch bleibt hier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder couldn&apos;t be reached, so your other devices will hear of it once it is back.</source>
        <translation>Der Ordner war nicht erreichbar; deine anderen Geräte erfahren davon, sobald er wieder da ist.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <location filename="../ui/settings_sync.ui" line="+6"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync between your devices</source>
        <translation>Zwischen deinen Geräten synchronisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep one journal on your own computers, with no account and no server: kindspace leaves its changes in a folder that your sync tool (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive) or a USB stick already carries between them.</source>
        <translation>Führe ein Tagebuch auf deinen eigenen Computern, ohne Konto und ohne Server: kindspace legt seine Änderungen in einen Ordner, den dein Sync-Programm (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive) oder ein USB-Stick schon zwischen ihnen trägt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start sharing</source>
        <translation>Teilen beginnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only encrypted changes go into that folder, never your journal itself. They open only with your passphrase or recovery key, and your journal stays here just as it is.</source>
        <translation>In diesen Ordner kommen nur verschlüsselte Änderungen, nie dein Tagebuch selbst. Sie öffnen sich nur mit deiner Passphrase oder deinem Wiederherstellungsschlüssel, und dein Tagebuch bleibt hier, genau wie es ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Folder to share through</source>
        <translation>&amp;Ordner zum Teilen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder to share through</source>
        <translation>Ordner zum Teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder your sync tool or USB stick already carries</source>
        <translation>Ein Ordner, den dein Sync-Programm oder USB-Stick schon trägt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder your sync tool already carries</source>
        <translation>Ein Ordner, den dein Sync-Programm schon trägt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder to share through</source>
        <translation>Den Ordner zum Teilen wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please choose a folder that is already carried between your computers, outside kindspace&apos;s own folder. On your other computer, choose &quot;I already use kindspace on another device&quot; when kindspace first starts.</source>
        <translation>Wähle bitte einen Ordner, der schon zwischen deinen Computern getragen wird, außerhalb von kindspaces eigenem Ordner. Wähle auf deinem anderen Computer beim ersten Start von kindspace „Ich nutze kindspace schon auf einem anderen Gerät“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Start sharing</source>
        <translation>&amp;Teilen beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start sharing through this folder</source>
        <translation>Über diesen Ordner teilen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sharing</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sync folder</source>
        <translation>Der Sync-Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Devices sharing this journal, and when each was last seen</source>
        <translation>Geräte, die dieses Tagebuch teilen, und wann jedes zuletzt da war</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes waiting</source>
        <translation>Wartende Änderungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync &amp;now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop sharing on this &amp;device…</source>
        <translation>Teilen auf diesem Gerät &amp;beenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sharing on this device</source>
        <translation>Teilen auf diesem Gerät beenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <location filename="../kindspace/gui/settings_sync.py" line="+55"/>
        <source>Shared through {folder}</source>
        <translation>Geteilt über {folder}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exchanging changes with the sync folder…</source>
        <translation>Änderungen werden mit dem Sync-Ordner ausgetauscht…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the folder to share through</source>
        <translation>Den Ordner zum Teilen wählen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stop sharing on this device?</source>
        <translation>Teilen auf diesem Gerät beenden?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal stays on this device just as it is; it only stops exchanging changes with your other devices. They keep their journals too, and you can start sharing again at any time.</source>
        <translation>Dein Tagebuch bleibt auf diesem Gerät, genau wie es ist; es tauscht nur keine Änderungen mehr mit deinen anderen Geräten aus. Sie behalten ihre Tagebücher auch, und du kannst jederzeit wieder mit dem Teilen beginnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Stop sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Keep sharing</source>
        <translation>Weiter teilen</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../kindspace/gui/sync_words.py" line="+58"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a minute ago</source>
        <translation>vor einer Minute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an hour ago</source>
        <translation>vor einer Stunde</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The sync folder can&apos;t be reached right now — your journal is safe on this device</source>
        <translation>Der Sync-Ordner ist gerade nicht erreichbar – dein Tagebuch ist auf diesem Gerät sicher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync couldn&apos;t finish just now — your journal is safe on this device</source>
        <translation>Der Abgleich konnte gerade nicht abgeschlossen werden – dein Tagebuch ist auf diesem Gerät sicher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Getting ready to exchange changes with your other devices</source>
        <translation>Der Austausch mit deinen anderen Geräten wird vorbereitet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up to date with your other device</source>
        <translation>Auf dem gleichen Stand wie dein anderes Gerät</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared through the sync folder; no other device has joined yet</source>
        <translation>Über den Sync-Ordner geteilt; noch ist kein anderes Gerät dabei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last exchange {when}</source>
        <translation>Letzter Austausch {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 change waiting to go out</source>
        <translation>1 Änderung wartet auf das Senden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing is waiting to go out or come in.</source>
        <translation>Nichts wartet darauf, gesendet oder empfangen zu werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 change waiting to come in</source>
        <translation>1 Änderung wartet auf den Empfang</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A device whose details haven&apos;t arrived yet</source>
        <translation>Ein Gerät, dessen Angaben noch nicht angekommen sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A device</source>
        <translation>Ein Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (this device)</source>
        <translation>{name} (dieses Gerät)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last exchange {when}</source>
        <translation>letzter Austausch {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped sharing</source>
        <translation>teilt nicht mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yet to take in 1 change from here</source>
        <translation>muss noch 1 Änderung von hier übernehmen</translation>
    </message>
</context>
<context>
    <name>TagBrowser</name>
    <message>
        <location filename="../kindspace/gui/tag_browser.py" line="+28"/>
        <source>No tags yet. You can give an entry tags in the editor.</source>
        <translation>Noch keine Schlagwörter. Im Editor kannst du einem Eintrag Schlagwörter geben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a tag to see its entries.</source>
        <translation>Wähle ein Schlagwort, um seine Einträge zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>Um&amp;benennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+50"/>
        <source>Entr&amp;ies</source>
        <translation>Einträ&amp;ge</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Entr&amp;ies tagged {tag} · {entries}</source>
        <translation>Einträ&amp;ge mit {tag} · {entries}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;New name for {tag}</source>
        <translation>&amp;Neuer Name für {tag}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New name</source>
        <translation>&amp;Neuer Name</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Merge tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge {tag} into {other}</source>
        <translation>{tag} mit {other} zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the chosen tag on every entry</source>
        <translation>Das gewählte Schlagwort in jedem Eintrag umbenennen</translation>
    </message>
</context>
<context>
    <name>TagBrowserView</name>
    <message>
        <location filename="../ui/tag_browser.ui" line="+6"/>
        <location line="+9"/>
        <location line="+18"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every tag with how many entries have it. Choosing one lists its entries; press Enter to go to them.</source>
        <translation>Jedes Schlagwort mit der Zahl seiner Einträge. Wählst du eines, erscheinen seine Einträge; mit Enter gehst du zu ihnen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entr&amp;ies</source>
        <translation>Einträ&amp;ge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entries with this tag</source>
        <translation>Einträge mit diesem Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open an entry.</source>
        <translation>Drück Enter, um einen Eintrag zu öffnen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New name</source>
        <translation>&amp;Neuer Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New name for the tag</source>
        <translation>Neuer Name für das Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new name to rename the chosen tag, or the name of another tag to merge the two.</source>
        <translation>Tippe einen neuen Namen, um das gewählte Schlagwort umzubenennen, oder den Namen eines anderen Schlagworts, um beide zusammenzuführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new name, or another tag to merge with</source>
        <translation>Neuer Name oder anderes Schlagwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rename</source>
        <translation>Um&amp;benennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the chosen tag on every entry that has it</source>
        <translation>Das gewählte Schlagwort in jedem Eintrag umbenennen, der es hat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tag status</source>
        <translation>Stand der Schlagwörter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to T&amp;oday</source>
        <translation>Zurück zu He&amp;ute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Today</source>
        <translation>Zurück zu Heute</translation>
    </message>
</context>
<context>
    <name>TagsFeature</name>
    <message>
        <location filename="../kindspace/gui/tags_feature.py" line="+97"/>
        <location line="+15"/>
        <location line="+4"/>
        <source>Merge tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Merge “{tag}” into “{other}”?</source>
        <translation>„{tag}“ mit „{other}“ zusammenführen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entries} will be tagged “{other}” instead of “{tag}”. Afterwards the two can&apos;t be told apart, and “{tag}” is no longer listed.</source>
        <translation>{entries} bekommen dann „{other}“ statt „{tag}“. Danach lassen sich die beiden nicht mehr unterscheiden, und „{tag}“ steht nicht mehr in der Liste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep both tags</source>
        <translation>Beide Schlagwörter behalten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{tag}” was merged into “{other}” on {entries}.</source>
        <translation>„{tag}“ wurde in {entries} mit „{other}“ zusammengeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{tag}” was renamed to “{other}” on {entries}.</source>
        <translation>„{tag}“ wurde in {entries} in „{other}“ umbenannt.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../kindspace/gui/today.py" line="+55"/>
        <source>Good morning.</source>
        <translation>Guten Morgen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good afternoon.</source>
        <translation>Guten Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good evening.</source>
        <translation>Guten Abend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hello. Be gentle with yourself tonight.</source>
        <translation>Hallo. Sei heute Nacht gut zu dir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whenever you come back is a good time to practise.</source>
        <translation>Wann immer du zurückkommst, ist eine gute Zeit zum Üben.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>A feeling word; pick any that fit</source>
        <translation>Ein Wort für ein Gefühl; wähl alle, die passen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Strength: {strength}</source>
        <translation>Stärke: {strength}</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+15"/>
        <source>Begin: {exercise}</source>
        <translation>Beginnen: {exercise}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Guided exercises will appear here.</source>
        <translation>Hier erscheinen angeleitete Übungen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An entry</source>
        <translation>Ein Eintrag</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../ui/today.ui" line="+26"/>
        <source>Hello.</source>
        <translation>Hallo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When it feels like too much</source>
        <translation>Wenn es zu viel wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support: when it feels like too much</source>
        <translation>Unterstützung: wenn es zu viel wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis lines, your own people, and a moment to breathe (F1)</source>
        <translation>Krisendienste, deine eigenen Menschen und ein Moment zum Atmen (F1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How are you, right now? Pick any words that fit; no typing needed.</source>
        <translation>Wie geht es dir gerade? Wähl die Worte, die passen; du musst nichts tippen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feeling words</source>
        <translation>Gefühlswörter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How strong?</source>
        <translation>Wie stark?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this check-in</source>
        <translation>Diese Momentaufnahme festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in your journal; Insights counts the words over time</source>
        <translation>Bleibt in deinem Tagebuch; „Einblicke“ zählt die Wörter über die Zeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check-in</source>
        <translation>Momentaufnahme</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Suggested practice</source>
        <translation>Vorgeschlagene Übung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Begin</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begin the suggested practice</source>
        <translation>Die vorgeschlagene Übung beginnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Short practices, whenever you like:</source>
        <translation>Kurze Übungen, wann immer du magst:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;All practices</source>
        <translation>A&amp;lle Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all practices</source>
        <translation>Alle Übungen zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Write a note</source>
        <translation>Eine Notiz schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new entry for today (Ctrl+N)</source>
        <translation>Einen neuen Eintrag für heute beginnen (Strg+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your own &amp;practice…</source>
        <translation>Eigene Übung &amp;schreiben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your own practice</source>
        <translation>Eine eigene Übung schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A title and your own questions, kept in your journal and run like any other practice</source>
        <translation>Ein Titel und deine eigenen Fragen, in deinem Tagebuch aufbewahrt und wie jede andere Übung nutzbar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All practices</source>
        <translation>Alle Übungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit this practice…</source>
        <translation>Diese Übung bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen practice</source>
        <translation>Die gewählte Übung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For practices you wrote yourself: change, or delete, the one chosen in the list</source>
        <translation>Für Übungen, die du selbst geschrieben hast: die in der Liste gewählte ändern oder löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On this day</source>
        <translation>An diesem Tag</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Look back at this day in earlier years</source>
        <translation>Rückblick auf diesen Tag in früheren Jahren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entries from this day in earlier years</source>
        <translation>Einträge von diesem Tag in früheren Jahren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Practice days</source>
        <translation>Übungstage</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Look back at your practice</source>
        <translation>Auf dein Üben zurückblicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Insights: practice days, ratings, feelings and kinder rewrites (Ctrl+I)</source>
        <translation>„Einblicke“ öffnen: Übungstage, Einschätzungen, Gefühle und freundlichere Fassungen (Strg+I)</translation>
    </message>
</context>
<context>
    <name>TransferWorker</name>
    <message>
        <location filename="../kindspace/gui/transfer_worker.py" line="+48"/>
        <source>The export was stopped, so nothing was written.</source>
        <translation>Der Export wurde angehalten, also wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../kindspace/gui/tray.py" line="+37"/>
        <source>kindspace is still here in the tray, so your reminders keep coming. Choose Quit in this menu to close it completely.</source>
        <translation>kindspace ist weiter hier im Infobereich, damit deine Erinnerungen kommen. Wähle in diesem Menü „Beenden“, um es ganz zu schließen.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Open kindspace</source>
        <translation>kindspace öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick kind note</source>
        <translation>Kurze freundliche Notiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When it feels like too much</source>
        <translation>Wenn es zu viel wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start an exercise</source>
        <translation>Eine Übung beginnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+55"/>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>For an hour</source>
        <translation>Für eine Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I resume</source>
        <translation>Bis ich sie wieder einschalte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminder settings…</source>
        <translation>Erinnerungseinstellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit kindspace</source>
        <translation>kindspace beenden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reminders are paused</source>
        <translation>Erinnerungen sind pausiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kindspace · reminders paused</source>
        <translation>kindspace · Erinnerungen pausiert</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../kindspace/gui/unlock.py" line="+27"/>
        <source>Welcome back</source>
        <translation>Schön, dass du wieder da bist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal is locked</source>
        <translation>Dein Tagebuch ist gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal is safe and encrypted on this computer. Type your passphrase to open it.</source>
        <translation>Dein Tagebuch liegt sicher und verschlüsselt auf diesem Computer. Gib deine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your recovery key opens the journal too. It&apos;s the code you wrote down, printed or saved when the journal was made.</source>
        <translation>Auch dein Wiederherstellungsschlüssel öffnet das Tagebuch. Das ist der Code, den du beim Anlegen des Tagebuchs aufgeschrieben, ausgedruckt oder gespeichert hast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal is safe and encrypted on this computer. It opens with the key kept in your system keyring.</source>
        <translation>Dein Tagebuch liegt sicher und verschlüsselt auf diesem Computer. Es öffnet sich mit dem Schlüssel aus dem Schlüsselbund deines Systems.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please type your passphrase first.</source>
        <translation>Bitte gib zuerst deine Passphrase ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open journal</source>
        <translation>&amp;Tagebuch öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>UnlockSettings</name>
    <message>
        <location filename="../ui/settings_unlock.ui" line="+6"/>
        <location line="+21"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the journal opens</source>
        <translation>Wie sich das Tagebuch öffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;automatically while I&apos;m logged in (system keyring)</source>
        <translation>&amp;Automatisch öffnen, solange ich angemeldet bin (Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open automatically while I&apos;m logged in</source>
        <translation>Automatisch öffnen, solange ich angemeldet bin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask for my &amp;passphrase each time</source>
        <translation>Jedes Mal nach meiner &amp;Passphrase fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for my passphrase each time</source>
        <translation>Jedes Mal nach meiner Passphrase fragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About how the journal opens</source>
        <translation>Dazu, wie sich das Tagebuch öffnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+116"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Bisherige Passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current passphrase</source>
        <translation>Bisherige Passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the passphrase</source>
        <translation>Die Passphrase zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase hint</source>
        <translation>Hinweis zur Passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type it a&amp;gain</source>
        <translation>Noch ein&amp;mal eingeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new passphrase again</source>
        <translation>Die neue Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whether the passphrases match</source>
        <translation>Ob die Passphrasen übereinstimmen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message about the passphrase</source>
        <translation>Hinweis zur Passphrase</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Change passphrase</source>
        <translation>Passphrase ände&amp;rn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your recovery key opens the journal if the passphrase or the keyring is ever lost. To keep it private, kindspace asks before showing it.</source>
        <translation>Dein Wiederherstellungsschlüssel öffnet das Tagebuch, falls die Passphrase oder der Schlüsselbund einmal verloren geht. Damit er privat bleibt, fragt kindspace nach, bevor es ihn zeigt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your passphrase, to show the recovery key</source>
        <translation>Deine Passphrase, um den Wiederherstellungsschlüssel zu zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>No one else can see my screen right now</source>
        <translation>Niemand sieht gerade meinen Bildschirm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show &amp;recovery key</source>
        <translation>Schlüssel &amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel zeigen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Make a ne&amp;w recovery key…</source>
        <translation>Neuen Wiederherstellungsschlüssel &amp;erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recovery key</source>
        <translation>Einen neuen Wiederherstellungsschlüssel erstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel verbergen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message about the recovery key</source>
        <translation>Hinweis zum Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Auto-lock</source>
        <translation>Automatisch sperren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock the journal after</source>
        <translation>Tagebuch &amp;sperren nach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock the journal after this long without use</source>
        <translation>Das Tagebuch nach so langer Zeit ohne Nutzung sperren</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../ui/unlock.ui" line="+6"/>
        <source>Unlock the journal</source>
        <translation>Das Tagebuch entsperren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Welcome back</source>
        <translation>Schön, dass du wieder da bist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your journal is safe and encrypted on this computer. Type your passphrase to open it.</source>
        <translation>Dein Tagebuch liegt sicher und verschlüsselt auf diesem Computer. Gib deine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the passphrase</source>
        <translation>Die Passphrase zeigen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type it as you wrote it down. Capital or small letters, spaces and dashes don&apos;t matter.</source>
        <translation>Gib ihn so ein, wie du ihn aufgeschrieben hast. Groß- oder Kleinbuchstaben, Leerzeichen und Bindestriche spielen keine Rolle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use my recovery &amp;key instead</source>
        <translation>Stattdessen den Wiederherstellungsschlüssel &amp;nutzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use my recovery key instead</source>
        <translation>Stattdessen den Wiederherstellungsschlüssel nutzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Need support now?</source>
        <translation>Brauchst du jetzt Unterstützung?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support: crisis lines and a moment to breathe</source>
        <translation>Unterstützung: Krisendienste und ein Moment zum Atmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis lines and grounding, without opening the journal (F1)</source>
        <translation>Krisendienste und Erdung, ohne das Tagebuch zu öffnen (F1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open journal</source>
        <translation>&amp;Tagebuch öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the journal</source>
        <translation>Das Tagebuch öffnen</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <location filename="../kindspace/gui/window_dialogs.py" line="+21"/>
        <source>Words from last time</source>
        <translation>Worte vom letzten Mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have words from last time that weren&apos;t saved.</source>
        <translation>Du hast Worte vom letzten Mal, die nicht gespeichert wurden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Would you like to pick up where you left off?</source>
        <translation>Möchtest du dort weitermachen, wo du aufgehört hast?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring them back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each time you come back counts.</source>
        <translation>Jedes Mal, wenn du zurückkommst, zählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice days this month: {days}</source>
        <translation>Übungstage in diesem Monat: {days}</translation>
    </message>
</context>
</TS>
