<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about.ui" line="+6"/>
        <source>About kindspace</source>
        <translation>Acerca de kindspace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kindspace</source>
        <translation>kindspace</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/about_dialog.py" line="+19"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credits could not be read from this copy of kindspace.</source>
        <translation>No se pudieron leer los créditos de esta copia de kindspace.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../kindspace/gui/app.py" line="+69"/>
        <source>kindspace seems to be open already but isn&apos;t answering. If it isn&apos;t, please wait a moment and start it again.</source>
        <translation>Parece que kindspace ya está abierto, pero no responde. Si no lo está, espera un momento y vuelve a abrirlo.</translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <location filename="../ui/settings_appearance.ui" line="+6"/>
        <location line="+9"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text &amp;size</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>A new language is used the next time kindspace starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que abras kindspace.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Theme and text size change straight away, also on the lock screen.</source>
        <translation>El tema y el tamaño del texto cambian al momento, también en la pantalla de bloqueo.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../ui/settings_backups.ui" line="+6"/>
        <location line="+9"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kindspace makes an encrypted backup the first time you open your journal each day. Each backup opens with the same passphrase, recovery key or keyring as your journal.</source>
        <translation>kindspace hace una copia de seguridad cifrada la primera vez que abres tu diario cada día. Cada copia se abre con la misma frase de contraseña, clave de recuperación o llavero que tu diario.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backups folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;folder</source>
        <translation>Abrir la car&amp;peta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the backups folder</source>
        <translation>Abrir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Conservar las más recientes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many automatic backups to keep</source>
        <translation>Cuántas copias automáticas conservar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>automatic backups</source>
        <translation>copias automáticas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Older automatic backups are removed when a new one is made. Backups you make yourself are always kept.</source>
        <translation>Las copias automáticas más antiguas se quitan cuando se hace una nueva. Las copias que haces tú se conservan siempre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back up now</source>
        <translation>Hacer una copia &amp;ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore this one…</source>
        <translation>&amp;Restaurar esta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia elegida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Breathing</name>
    <message>
        <location filename="../kindspace/gui/breathing.py" line="+28"/>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in slowly for about four, and out for about six</source>
        <translation>Inspira despacio contando hasta cuatro, y suelta el aire contando hasta seis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A circle that slowly grows as you breathe in and shrinks as you breathe out: in for about four seconds, out for about six.</source>
        <translation>Un círculo que crece despacio al inspirar y se encoge al soltar el aire: unos cuatro segundos al inspirar, unos seis al espirar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../kindspace/gui/calendar.py" line="+54"/>
        <source>Calendar of entries</source>
        <translation>Calendario de entradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days with entries are marked. Arrow keys move between days, Page Up and Page Down change the month, Enter opens the day.</source>
        <translation>Los días con entradas están marcados. Las flechas te mueven entre días, Re Pág y Av Pág cambian de mes, Intro abre el día.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>no entries</source>
        <translation>sin entradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}: {entries}</source>
        <translation>{day}: {entries}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
</context>
<context>
    <name>ComfortSettings</name>
    <message>
        <location filename="../ui/settings_comfort.ui" line="+6"/>
        <location line="+9"/>
        <source>Comfort and support</source>
        <translation>Bienestar y apoyo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the &amp;breathing guide still (less motion)</source>
        <translation>Mantener quieta la guía de &amp;respiración (menos movimiento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the breathing guide still</source>
        <translation>Mantener quieta la guía de respiración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer a look back at &amp;this day in earlier years on Today</source>
        <translation>Ofrecer en Hoy una mirada a &amp;este día en años anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer a look back at this day in earlier years</source>
        <translation>Ofrecer una mirada a este día en años anteriores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today only offers it: the old entries show when you choose to look.</source>
        <translation>Hoy solo lo ofrece: las entradas antiguas se muestran cuando tú decides mirarlas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep my support &amp;contacts readable while the journal is locked</source>
        <translation>Mantener legibles mis &amp;contactos de apoyo con el diario bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my support contacts readable while the journal is locked</source>
        <translation>Mantener legibles mis contactos de apoyo con el diario bloqueado</translation>
    </message>
</context>
<context>
    <name>ConflictFeature</name>
    <message>
        <location filename="../kindspace/gui/sync_conflicts.py" line="+356"/>
        <source>Kept. Your other devices will take the same version at their next sync.</source>
        <translation>Guardada. Tus otros dispositivos tomarán la misma versión en su próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>ConflictNote</name>
    <message>
        <location filename="../ui/sync_conflict_note.ui" line="+7"/>
        <source>This entry has two versions</source>
        <translation>Esta entrada tiene dos versiones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This entry was changed on two devices. Both versions are kept.</source>
        <translation>Esta entrada se cambió en dos dispositivos. Se conservan las dos versiones.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See &amp;both versions</source>
        <translation>Ver las &amp;dos versiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See both versions of this entry</source>
        <translation>Ver las dos versiones de esta entrada</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../kindspace/gui/sync_conflicts.py" line="-225"/>
        <source>The two versions have different titles.</source>
        <translation>Las dos versiones tienen títulos distintos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two versions have different text.</source>
        <translation>Las dos versiones tienen textos distintos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two versions have different answers.</source>
        <translation>Las dos versiones tienen respuestas distintas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From this device</source>
        <translation>De este dispositivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {device}</source>
        <translation>De {device}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From another device</source>
        <translation>De otro dispositivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}, {when}</source>
        <translation>{where}, {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} (shown now)</source>
        <translation>{where} (la que se muestra)</translation>
    </message>
    <message>
        <location filename="../ui/sync_conflict.ui" line="+6"/>
        <source>Two versions of an entry</source>
        <translation>Dos versiones de una entrada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Two versions of this entry</source>
        <translation>Dos versiones de esta entrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This entry was changed on two devices before they could exchange their changes. Both versions are kept, so nothing is lost. Keep the one you want (the other is then let go), or combine them into one.</source>
        <translation>Esta entrada se cambió en dos dispositivos antes de que pudieran intercambiar sus cambios. Se conservan las dos versiones, así que no se pierde nada. Quédate con la que quieras (la otra se deja ir) o combínalas en una.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The version shown now</source>
        <translation>La versión que se muestra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep &amp;this version</source>
        <translation>Conservar es&amp;ta versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the version shown now</source>
        <translation>Conservar la versión que se muestra</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which other version to compare</source>
        <translation>Qué otra versión comparar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other version</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep th&amp;at version</source>
        <translation>Conservar la &amp;otra versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the other version</source>
        <translation>Conservar la otra versión</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Both versions together; you can edit the text before keeping it</source>
        <translation>Las dos versiones juntas; puedes editar el texto antes de conservarlo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both versions combined</source>
        <translation>Las dos versiones combinadas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep the &amp;combined version</source>
        <translation>Conservar la versión &amp;combinada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the combined version</source>
        <translation>Conservar la versión combinada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Co&amp;mbine them…</source>
        <translation>Co&amp;mbinarlas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combine both versions</source>
        <translation>Combinar las dos versiones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later and go back</source>
        <translation>Decidir después y volver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../kindspace/gui/start_flow.py" line="+203"/>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/controller.py" line="+367"/>
        <source>A backup was saved in {folder}.</source>
        <translation>Se guardó una copia de seguridad en {folder}.</translation>
    </message>
</context>
<context>
    <name>CountryChooser</name>
    <message>
        <location filename="../kindspace/gui/country_chooser.py" line="+35"/>
        <source>Lines in your language</source>
        <translation>Líneas en tu idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show crisis lines for this country</source>
        <translation>Mostrar las líneas de crisis de este país</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show lines for:</source>
        <translation>Mostrar líneas de:</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../kindspace/gui/words.py" line="+38"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln hora</numerusform>
            <numerusform>%Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>Importar %Ln entrada</numerusform>
            <numerusform>Importar %Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Adding %Ln entries to your journal…</source>
        <translation>
            <numerusform>Añadiendo %Ln entrada a tu diario…</numerusform>
            <numerusform>Añadiendo %Ln entradas a tu diario…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You&apos;ve taken time for yourself on %Ln days this month.</source>
        <translation>
            <numerusform>Este mes te has dado un tiempo para ti en %Ln día.</numerusform>
            <numerusform>Este mes te has dado un tiempo para ti en %Ln días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Look back at this day in earlier years (%Ln entries)</source>
        <translation>
            <numerusform>Mirar este día en años anteriores (%Ln entrada)</numerusform>
            <numerusform>Mirar este día en años anteriores (%Ln entradas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The export was stopped after %Ln of {total}; those %Ln files are in {path}.</source>
        <translation>
            <numerusform>La exportación se detuvo tras %Ln de {total}; ese archivo está en {path}.</numerusform>
            <numerusform>La exportación se detuvo tras %Ln de {total}; esos %Ln archivos están en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A practice can have up to %Ln steps.</source>
        <translation>
            <numerusform>Una práctica puede tener hasta %Ln paso.</numerusform>
            <numerusform>Una práctica puede tener hasta %Ln pasos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>kindspace keeps up to %Ln reminder times a day.</source>
        <translation>
            <numerusform>kindspace guarda hasta %Ln hora de recordatorio al día.</numerusform>
            <numerusform>kindspace guarda hasta %Ln horas de recordatorio al día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The latest %Ln of {total} times are shown.</source>
        <translation>
            <numerusform>Se muestra la vez más reciente (%Ln de {total}).</numerusform>
            <numerusform>Se muestran las %Ln veces más recientes de {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remind me to read it again in %Ln days</source>
        <translation>
            <numerusform>Recuérdame volver a leerlo dentro de %Ln día</numerusform>
            <numerusform>Recuérdame volver a leerlo dentro de %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln minutes ago</source>
        <translation>
            <numerusform>hace %Ln minuto</numerusform>
            <numerusform>hace %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln hours ago</source>
        <translation>
            <numerusform>hace %Ln hora</numerusform>
            <numerusform>hace %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln days ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Up to date with %Ln devices</source>
        <translation>
            <numerusform>Al día con %Ln dispositivo</numerusform>
            <numerusform>Al día con %Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln changes waiting to go out</source>
        <translation>
            <numerusform>%Ln cambio espera para salir</numerusform>
            <numerusform>%Ln cambios esperan para salir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln changes waiting to come in</source>
        <translation>
            <numerusform>%Ln cambio espera para entrar</numerusform>
            <numerusform>%Ln cambios esperan para entrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>yet to take in %Ln changes from here</source>
        <translation>
            <numerusform>aún le falta recibir %Ln cambio de aquí</numerusform>
            <numerusform>aún le faltan recibir %Ln cambios de aquí</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../kindspace/gui/daily_backup.py" line="+45"/>
        <source>Making today&apos;s backup…</source>
        <translation>Haciendo la copia de seguridad de hoy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making a backup…</source>
        <translation>Haciendo una copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <location filename="../kindspace/gui/date_filter.py" line="+20"/>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../kindspace/gui/dates.py" line="+39"/>
        <source>MMMM yyyy</source>
        <comment>Qt date pattern: a month and its year</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dddd d MMMM</source>
        <comment>Qt date pattern: weekday, day and month</comment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>DayEntries</name>
    <message>
        <location filename="../kindspace/gui/day_list.py" line="+83"/>
        <source>two versions to look at</source>
        <translation>dos versiones para revisar</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location line="-57"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{day} · {entries}</source>
        <translation>{day} · {entries}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no words yet)</source>
        <translation>(aún sin palabras)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no take-away noted)</source>
        <translation>(nada para llevarte)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No entries on this day. You can add one with New note.</source>
        <translation>No hay entradas este día. Puedes añadir una con Nueva nota.</translation>
    </message>
</context>
<context>
    <name>EarlierWords</name>
    <message>
        <location filename="../kindspace/gui/earlier_words.py" line="+18"/>
        <source>(Nothing was written in that step yet.)</source>
        <translation>(Todavía no escribiste nada en ese paso.)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What you wrote in “{step}”:</source>
        <translation>Lo que escribiste en «{step}»:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>On {day}, the critic said “{critic}”, and you answered: “{kinder}”</source>
        <translation>El {day}, el crítico dijo «{critic}», y tú respondiste: «{kinder}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last time something similar came up:
</source>
        <translation>La última vez que surgió algo parecido:
</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../kindspace/gui/editor.py" line="+107"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Brought back from your draft — not saved yet.</source>
        <translation>Recuperado de tu borrador; aún no está guardado.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+94"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Not saved yet — kept as a draft as you write.</source>
        <translation>Aún no guardado; se conserva como borrador mientras escribes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your words are still here, but the draft couldn&apos;t be kept just now.</source>
        <translation>Tus palabras siguen aquí, pero ahora mismo no se pudo guardar el borrador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft kept — press Save when you&apos;re ready.</source>
        <translation>Borrador guardado. Pulsa Guardar cuando quieras.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There&apos;s nothing to save yet.</source>
        <translation>Todavía no hay nada que guardar.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unsaved words</source>
        <translation>Palabras sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have words that aren&apos;t saved yet.</source>
        <translation>Tienes palabras que aún no están guardadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them, keep them as a draft for later, or let them go?</source>
        <translation>¿Quieres guardarlas, dejarlas como borrador para más tarde o dejarlas ir?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep as draft</source>
        <translation>Dejar como borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let them go</source>
        <translation>Dejarlas ir</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Delete this entry?</source>
        <translation>¿Eliminar esta entrada?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this right after (Ctrl+Shift+Z).</source>
        <translation>Podrás deshacerlo justo después (Ctrl+Shift+Z).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../ui/editor.ui" line="+16"/>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date and time of the entry</source>
        <translation>Fecha y hora de la entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can move an entry to an earlier day.</source>
        <translation>Puedes mover una entrada a un día anterior.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write or preview</source>
        <translation>Escribir o ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write whatever is here for you. *Markdown* works: **bold**, lists with -, headings with #.</source>
        <translation>Escribe lo que esté aquí para ti. Puedes usar *Markdown*: **negrita**, listas con -, títulos con #.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the entry</source>
        <translation>Vista previa de la entrada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0 words</source>
        <translation>0 palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word count</source>
        <translation>Número de palabras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this entry</source>
        <translation>Eliminar esta entrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the editor</source>
        <translation>Cerrar el editor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the entry</source>
        <translation>Guardar la entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S). Your words are also kept as a draft while you write.</source>
        <translation>Guardar (Ctrl+S). Mientras escribes, tus palabras también se guardan como borrador.</translation>
    </message>
</context>
<context>
    <name>EntryReader</name>
    <message>
        <location filename="../ui/entry_reader.ui" line="+24"/>
        <source>The saved exercise</source>
        <translation>El ejercicio guardado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Continue this exercise</source>
        <translation>&amp;Continuar este ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue this exercise</source>
        <translation>Continuar este ejercicio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to &amp;Today</source>
        <translation>Volver a &amp;Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Today</source>
        <translation>Volver a Hoy</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/entry_reader.py" line="+48"/>
        <source>An entry</source>
        <translation>Una entrada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Nothing was written in this exercise.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se escribió nada en este ejercicio.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExerciseGrounding</name>
    <message>
        <location filename="../kindspace/gui/exercise_grounding.py" line="+23"/>
        <source>Paused. Your writing is kept.</source>
        <translation>En pausa. Lo que escribiste se conserva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go. Nothing from this exercise was saved.</source>
        <translation>Lo dejaste ir. No se guardó nada de este ejercicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for later. It will be here whenever you want to come back.</source>
        <translation>Guardado para luego. Estará aquí cuando quieras volver.</translation>
    </message>
</context>
<context>
    <name>ExerciseStepper</name>
    <message>
        <location filename="../ui/exercise_stepper.ui" line="+31"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step 1 of 1</source>
        <translation>Paso 1 de 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress through the exercise</source>
        <translation>Avance en el ejercicio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What is coming</source>
        <translation>Lo que viene</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>What you wrote earlier</source>
        <translation>Lo que escribiste antes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rating from 0 to 10 (optional)</source>
        <translation>Puntuación de 0 a 10 (opcional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not rated</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>I&apos;m &amp;OK to go on</source>
        <translation>Estoy &amp;bien para seguir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m OK to go on</source>
        <translation>Estoy bien para seguir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the step you were on, with everything you wrote</source>
        <translation>Volver al paso en el que estabas, con todo lo que escribiste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the su&amp;pport page</source>
        <translation>Abrir la página de a&amp;poyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <source>Open the support page</source>
        <translation>Abrir la página de apoyo</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>&amp;Stop for now</source>
        <translation>&amp;Dejarlo por ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the exercise for now</source>
        <translation>Dejar el ejercicio por ahora</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Thank you for taking this time.</source>
        <translation>Gracias por dedicarte este tiempo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What you kept</source>
        <translation>Lo que guardaste</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Read what you wrote</source>
        <translation>&amp;Leer lo que escribiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read what you wrote</source>
        <translation>Leer lo que escribiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the entry you just saved</source>
        <translation>Abrir la entrada que acabas de guardar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to &amp;Today</source>
        <translation>Volver a &amp;Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Today</source>
        <translation>Volver a Hoy</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This feels like too &amp;much</source>
        <translation>Esto es de&amp;masiado ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This feels like too much</source>
        <translation>Esto es demasiado ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause, breathe, and ground yourself; your writing is kept (Alt+M)</source>
        <translation>Haz una pausa, respira y vuelve al presente; lo que escribiste se conserva (Alt+M)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Su&amp;pport</source>
        <translation>A&amp;poyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis lines and your own people (F1)</source>
        <translation>Líneas de crisis y tu gente (F1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save for &amp;later</source>
        <translation>&amp;Guardar para luego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save for later</source>
        <translation>Guardar para luego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your progress and come back to it another time</source>
        <translation>Conserva tu avance y vuelve a él en otro momento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>ExerciseSteps</name>
    <message>
        <location filename="../kindspace/gui/exercise_steps.py" line="+40"/>
        <source>My own words:</source>
        <translation>Mis propias palabras:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Take as long as you like. Go on whenever you are ready.</source>
        <translation>Tómate el tiempo que necesites. Sigue cuando te sientas con ganas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your words</source>
        <translation>Tus palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your words</source>
        <translation>Tus palab&amp;ras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer: {step}</source>
        <translation>Tu respuesta: {step}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remind me to read it again</source>
        <translation>Recuérdame volver a leerlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tags (optional, separated by commas)</source>
        <translation>Eti&amp;quetas (opcional, separadas por comas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: work, family</source>
        <translation>por ejemplo: trabajo, familia</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+29"/>
        <source>Choices: {step}</source>
        <translation>Opciones: {step}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>My own words</source>
        <translation>Mis propias palabras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own words</source>
        <translation>Tus propias palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it your way</source>
        <translation>Dilo a tu manera</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Other words (separated by commas)</source>
        <translation>&amp;Otras palabras (separadas por comas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other words, separated by commas</source>
        <translation>Otras palabras, separadas por comas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phrases you can add to your words:</source>
        <translation>Frases que puedes añadir a tus palabras:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add: {phrase}</source>
        <translation>Añadir: {phrase}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds this phrase on its own line where your cursor is</source>
        <translation>Añade esta frase en su propia línea, donde está el cursor</translation>
    </message>
</context>
<context>
    <name>ExerciseView</name>
    <message>
        <location filename="../kindspace/gui/exercise_view.py" line="+44"/>
        <source>Welcome back. Here is where you left off.</source>
        <translation>Qué bueno verte de nuevo. Aquí es donde lo dejaste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for later. You can continue it from Today whenever you like.</source>
        <translation>Guardado para luego. Puedes continuarlo desde Hoy cuando quieras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your words are kept as a draft. You can continue from Today whenever you like.</source>
        <translation>Tus palabras se guardan como borrador. Puedes continuar desde Hoy cuando quieras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped. Nothing was written yet, so there was nothing to keep.</source>
        <translation>Detenido. Aún no habías escrito nada, así que no había nada que guardar.</translation>
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
        <translation>Paso {number} de {total}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>F&amp;inish and save</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish and save</source>
        <translation>Finalizar y guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{question} (optional)</source>
        <translation>{question} (opcional)</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>“{example}”</source>
        <comment>an example in the language&apos;s quotes</comment>
        <translation>«{example}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example:
</source>
        <translation>Por ejemplo:
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
        <translation>Exportar entradas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export as JSON</source>
        <translation>Exportar como JSON</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export as Markdown</source>
        <translation>Exportar como Markdown</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With every part ticked, it can be imported again.</source>
        <translation>Con todas las partes marcadas, se puede volver a importar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A folder with one file per entry, for Obsidian or any editor.</source>
        <translation>Una carpeta con un archivo por entrada, para Obsidian o cualquier editor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For printing, or sharing with someone you trust, such as a therapist.</source>
        <translation>Para imprimir o compartir con alguien de confianza, como tu terapeuta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;All entries</source>
        <translation>&amp;Todas las entradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export all entries</source>
        <translation>Exportar todas las entradas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Days from</source>
        <translation>&amp;Días del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the entries of a range of days</source>
        <translation>Exportar las entradas de un rango de días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export only the entry that is open</source>
        <translation>Exportar solo la entrada abierta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the entries I t&amp;ick:</source>
        <translation>Solo las entradas que ma&amp;rque:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export only the ticked entries</source>
        <translation>Exportar solo las entradas marcadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries to tick</source>
        <translation>Entradas para marcar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each entry to export, newest first; Space ticks the current one</source>
        <translation>Marca cada entrada que quieras exportar, la más reciente primero; Espacio marca la actual</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only with the ta&amp;g</source>
        <translation>Solo con la eti&amp;queta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only entries with this tag</source>
        <translation>Solo entradas con esta etiqueta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Parts to include</source>
        <translation>Partes que incluir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the date</source>
        <translation>Mostrar la fecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the title</source>
        <translation>Mostrar el título</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the text</source>
        <translation>Mostrar el texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exercise answers</source>
        <translation>Respuestas de los ejercicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the exercise answers</source>
        <translation>Mostrar las respuestas de los ejercicios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ratings</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the before and after ratings</source>
        <translation>Mostrar las puntuaciones de antes y después</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the tags</source>
        <translation>Mostrar las etiquetas</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/export_dialog.py" line="+47"/>
        <source>There are no entries on those days, so there is nothing to export.</source>
        <translation>No hay entradas en esos días, así que no hay nada que exportar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no entries to export yet.</source>
        <translation>Todavía no hay entradas que exportar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please tick at least one part to include.</source>
        <translation>Marca al menos una parte que incluir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose where to save the export.</source>
        <translation>Elige dónde guardar la exportación.</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/export_run.py" line="+39"/>
        <source>Like every export, it is not encrypted.</source>
        <translation>Como toda exportación, no está cifrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/export_choices.py" line="+116"/>
        <source>&amp;Save in folder</source>
        <translation>&amp;Guardar en la carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/export_dialog.ui" line="+15"/>
        <source>&amp;Save to</source>
        <translation>&amp;Guardar en</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
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
        <translation>Se enviaron a la impresora: {entries}.</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/export_choices.py" line="+17"/>
        <source>The folder {name} already holds files.</source>
        <translation>La carpeta {name} ya contiene archivos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files with the same names as the new ones will be replaced. Write into it?</source>
        <translation>Los archivos con el mismo nombre que los nuevos se reemplazarán. ¿Escribir en ella?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} already exists.</source>
        <translation>{name} ya existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacing it can&apos;t be undone. Replace it with this export?</source>
        <translation>Reemplazarlo no se puede deshacer. ¿Reemplazarlo con esta exportación?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace files?</source>
        <translation>¿Reemplazar archivos?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/export_run.py" line="+88"/>
        <source>Exporting {entries}…</source>
        <translation>Exportando {entries}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the export</source>
        <translation>Detener la exportación</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+16"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Exported {entries} into the folder {path}.</source>
        <translation>Exportación lista: {entries} en la carpeta {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {entries} to {path}.</source>
        <translation>Exportación lista: {entries} en {path}.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.ui" line="+6"/>
        <source>Where to save the export</source>
        <translation>Dónde guardar la exportación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the export</source>
        <translation>Elegir dónde guardar la exportación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What will leave the encryption</source>
        <translation>Lo que saldrá del cifrado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported files are not encrypted: anyone who can open them can read them. Keep them somewhere private.</source>
        <translation>Los archivos exportados no están cifrados: cualquiera que pueda abrirlos puede leerlos. Guárdalos en un lugar privado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export progress</source>
        <translation>Avance de la exportación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the export did</source>
        <translation>Lo que hizo la exportación</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/export_run.py" line="-18"/>
        <location filename="../ui/export_dialog.ui" line="+16"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.ui" line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the entries</source>
        <translation>Imprimir las entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the print dialog, to print the chosen entries as the PDF would show them</source>
        <translation>Abre el diálogo de impresión, para imprimir las entradas elegidas tal como se verían en el PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the entries</source>
        <translation>Exportar las entradas</translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <location filename="../kindspace/gui/export_selection.py" line="+28"/>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please tick at least one entry in the list.</source>
        <translation>Marca al menos una entrada de la lista.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No entries match this choice yet.</source>
        <translation>Todavía ninguna entrada coincide con esta elección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please tick at least one part to include.</source>
        <translation>Marca al menos una parte que incluir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entries} will leave the encryption, with every part.</source>
        <translation>Lo que saldrá del cifrado: {entries}, con todas sus partes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{entries} will leave the encryption, with only {parts}.</source>
        <translation>Lo que saldrá del cifrado: {entries}, solo con {parts}.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>d MMM yyyy</source>
        <comment>Qt date pattern: a day in a field</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the &amp;open entry (written {day})</source>
        <translation>Solo la entrada &amp;abierta (escrita el {day})</translation>
    </message>
</context>
<context>
    <name>FirstRunJoin</name>
    <message>
        <location filename="../ui/first_run_join.ui" line="+6"/>
        <source>Bring your journal to this computer</source>
        <translation>Trae tu diario a este ordenador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On your other device, Settings ▸ Sync shares your journal through a folder. Choose that folder here, as your sync tool or USB stick brings it to this computer, then type your journal&apos;s passphrase or its recovery key.</source>
        <translation>En tu otro dispositivo, Ajustes ▸ Sincronización comparte tu diario a través de una carpeta. Elige aquí esa carpeta, tal como la trae a este ordenador tu programa de sincronización o tu memoria USB, y luego escribe la frase de contraseña o la clave de recuperación de tu diario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;shared folder</source>
        <translation>La carpeta &amp;compartida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The shared folder</source>
        <translation>La carpeta compartida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder your journal is shared through on your other device</source>
        <translation>La carpeta por la que se comparte tu diario en tu otro dispositivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the shared folder</source>
        <translation>Elegir la carpeta compartida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Passphrase or recovery key</source>
        <translation>&amp;Frase de contraseña o clave de recuperación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase or recovery key</source>
        <translation>Frase de contraseña o clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase or recovery key that opens your journal on your other device</source>
        <translation>La misma frase de contraseña o clave de recuperación que abre tu diario en tu otro dispositivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let this computer&apos;s &amp;keyring open it from now on</source>
        <translation>Dejar que el &amp;llavero de este ordenador lo abra a partir de ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let this computer&apos;s keyring open the journal from now on</source>
        <translation>Dejar que el llavero de este ordenador abra el diario a partir de ahora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is made on this computer until your passphrase or recovery key opens the journal.</source>
        <translation>No se crea nada en este ordenador hasta que tu frase de contraseña o tu clave de recuperación abra el diario.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bringing your journal here</source>
        <translation>Trayendo tu diario aquí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>FirstRunProtection</name>
    <message>
        <location filename="../ui/first_run_protection.ui" line="+6"/>
        <source>How your journal is protected</source>
        <translation>Cómo se protege tu diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal is encrypted on this computer. Without its key the journal file can&apos;t be read, even by someone who copies it.</source>
        <translation>Tu diario está cifrado en este equipo. Sin su clave, el archivo del diario no se puede leer, aunque alguien lo copie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key can wait in your system keyring, so the journal opens by itself while you&apos;re logged in. Or you can choose a passphrase to type each time you open it.</source>
        <translation>La clave puede quedarse en el llavero del sistema, para que el diario se abra solo mientras tengas la sesión iniciada. O puedes elegir una frase de contraseña y escribirla cada vez que lo abras.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You&apos;ll also get a recovery key: a short code to write down or print. It opens the journal if the other ways are ever lost.</source>
        <translation>También recibirás una clave de recuperación: un código corto para anotar o imprimir. Abre el diario si alguna vez se pierden las otras formas.</translation>
    </message>
</context>
<context>
    <name>FirstRunReady</name>
    <message>
        <location filename="../ui/first_run_ready.ui" line="+6"/>
        <source>You&apos;re ready</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal is ready, and it&apos;s yours alone.</source>
        <translation>Tu diario está listo, y es solo tuyo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There&apos;s nothing you have to do every day. Come back whenever it helps: try a short exercise, or write a few words about how you are.</source>
        <translation>No hay nada que tengas que hacer cada día. Vuelve cuando te ayude: prueba un ejercicio corto o escribe unas palabras sobre cómo estás.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Be gentle with yourself.</source>
        <translation>Trátate con cariño.</translation>
    </message>
</context>
<context>
    <name>FirstRunRecovery</name>
    <message>
        <location filename="../ui/first_run_recovery.ui" line="+6"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal has been created, and it is encrypted.</source>
        <translation>Tu diario está creado y cifrado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This recovery key opens your journal if you ever forget your passphrase or your keyring is reset. Please write it down, print it or save it, and keep it somewhere safe and private.</source>
        <translation>Esta clave de recuperación abre tu diario si alguna vez olvidas tu frase de contraseña o se restablece tu llavero. Anótala, imprímela o guárdala, y tenla en un lugar seguro y privado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have &amp;written it down or saved it</source>
        <translation>Ya la &amp;tengo anotada o guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have written it down or saved it</source>
        <translation>Ya la tengo anotada o guardada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can see it again later in Settings.</source>
        <translation>Puedes volver a verla más tarde en Ajustes.</translation>
    </message>
</context>
<context>
    <name>FirstRunReminders</name>
    <message>
        <location filename="../ui/first_run_reminders.ui" line="+6"/>
        <source>Gentle reminders</source>
        <translation>Recordatorios amables</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kindspace can give you a quiet nudge to take a moment for yourself. A reminder is only ever an invitation; you can let it pass.</source>
        <translation>kindspace puede darte un aviso discreto para que te tomes un momento para ti. Un recordatorio es solo una invitación; puedes dejarlo pasar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remind me to take a moment</source>
        <translation>&amp;Recordarme que me tome un momento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me to take a moment</source>
        <translation>Recordarme que me tome un momento</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;At</source>
        <translation>A &amp;las</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and &amp;also at</source>
        <translation>y &amp;también a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a second reminder time</source>
        <translation>Añadir una segunda hora de recordatorio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Second reminder time</source>
        <translation>Segunda hora de recordatorio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On</source>
        <translation>Los días</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Skip the reminder on days I&apos;ve already practised</source>
        <translation>&amp;Omitir el recordatorio los días que ya practiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip the reminder on days I&apos;ve already practised</source>
        <translation>Omitir el recordatorio los días que ya practiqué</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can change this whenever you like.</source>
        <translation>Puedes cambiarlo cuando quieras.</translation>
    </message>
</context>
<context>
    <name>FirstRunUnlock</name>
    <message>
        <location filename="../ui/first_run_unlock.ui" line="+6"/>
        <source>How would you like to open your journal?</source>
        <translation>¿Cómo te gustaría abrir tu diario?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no secure system keyring that kindspace can use, so your journal will be protected with a passphrase. That keeps it just as safe; you&apos;ll type the passphrase when you open kindspace.</source>
        <translation>Este equipo no tiene un llavero del sistema seguro que kindspace pueda usar, así que tu diario se protegerá con una frase de contraseña. Es igual de seguro; la escribirás cuando abras kindspace.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open it &amp;automatically while I&apos;m logged in</source>
        <translation>Abrirlo a&amp;utomáticamente con mi sesión iniciada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it automatically while I&apos;m logged in</source>
        <translation>Abrirlo automáticamente con mi sesión iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is kept in your system keyring</source>
        <translation>La clave se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key is kept in your system keyring, which your login protects. There&apos;s nothing to type each day.</source>
        <translation>La clave se guarda en el llavero del sistema, que protege tu inicio de sesión. No hay nada que escribir cada día.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Also set a passphrase, as a &amp;second way in</source>
        <translation>Poner también una frase de contraseña, como segunda &amp;llave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also set a passphrase, as a second way in</source>
        <translation>Poner también una frase de contraseña, como segunda llave</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask for a &amp;passphrase each time</source>
        <translation>Pedir una &amp;frase de contraseña cada vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for a passphrase each time</source>
        <translation>Pedir una frase de contraseña cada vez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only someone who knows the passphrase can open the journal, even on your logged-in computer.</source>
        <translation>Solo quien conozca la frase de contraseña puede abrir el diario, incluso con tu sesión iniciada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pass&amp;phrase</source>
        <translation>Frase de co&amp;ntraseña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase hint</source>
        <translation>Pista sobre la frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type it &amp;again</source>
        <translation>Escríbela &amp;otra vez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new passphrase again</source>
        <translation>La nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whether the passphrases match</source>
        <translation>Si las frases de contraseña coinciden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>FirstRunWelcome</name>
    <message>
        <location filename="../ui/first_run_welcome.ui" line="+6"/>
        <source>Welcome to kindspace</source>
        <translation>Te damos la bienvenida a kindspace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kindspace is a quiet place to practise being kind to yourself, with short guided exercises and a private journal.</source>
        <translation>kindspace es un lugar tranquilo para practicar la amabilidad contigo, con ejercicios guiados cortos y un diario privado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything stays on this computer. kindspace works offline and never sends anything anywhere: there is no account, no cloud and no tracking.</source>
        <translation>Todo se queda en este equipo. kindspace funciona sin conexión y nunca envía nada a ningún sitio: no hay cuenta, ni nube, ni seguimiento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setting up takes a minute or two. You can change every choice later in Settings.</source>
        <translation>La configuración lleva un par de minutos. Puedes cambiar cada elección más tarde en Ajustes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start a &amp;new journal on this computer</source>
        <translation>Empezar un diario &amp;nuevo en este ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new journal on this computer</source>
        <translation>Empezar un diario nuevo en este ordenador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;already use kindspace on another device</source>
        <translation>&amp;Ya uso kindspace en otro dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I already use kindspace on another device</source>
        <translation>Ya uso kindspace en otro dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the journal you keep there to this computer, through the folder it is shared in</source>
        <translation>Traer a este ordenador el diario que llevas allí, a través de la carpeta donde se comparte</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/import_dialog.ui" line="+6"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>Import from another journal</source>
        <translation>Importar de otro diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import steps</source>
        <translation>Pasos de la importación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bring entries from jrnl, Day One or a kindspace export into this journal. You&apos;ll see what the file holds before anything is added.</source>
        <translation>Trae entradas de jrnl, Day One o una exportación de kindspace a este diario. Verás lo que contiene el archivo antes de que se añada nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a file or folder, or drop it here</source>
        <translation>Elige un archivo o una carpeta, o suéltalo aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File or folder to import from</source>
        <translation>Archivo o carpeta desde donde importar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a f&amp;ile…</source>
        <translation>Elegir un arc&amp;hivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .json, .txt or .zip file</source>
        <translation>Un archivo .json, .txt o .zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file to import</source>
        <translation>Elegir un archivo para importar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a f&amp;older…</source>
        <translation>Elegir una car&amp;peta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Day One classic journal is a folder ending in .dayone</source>
        <translation>Un diario clásico de Day One es una carpeta que termina en .dayone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder to import</source>
        <translation>Elegir una carpeta para importar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fo&amp;rmat</source>
        <translation>Fo&amp;rmato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format of the file</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kindspace usually recognises the format; choose one if it guesses wrong</source>
        <translation>kindspace suele reconocer el formato; elige uno si se equivoca</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>What the file holds</source>
        <translation>Lo que contiene el archivo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Adding the entries to your journal…</source>
        <translation>Añadiendo las entradas a tu diario…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import progress</source>
        <translation>Avance de la importación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you stop now, nothing is added and your journal stays as it was.</source>
        <translation>Si te detienes ahora, no se añade nada y tu diario queda como estaba.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What the import did</source>
        <translation>Lo que hizo la importación</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/import_dialog.py" line="+41"/>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file or folder to see what it holds.</source>
        <translation>Elige un archivo o una carpeta para ver lo que contiene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file or folder at that place. Please choose another one.</source>
        <translation>No hay ningún archivo ni carpeta en ese lugar. Elige otro, por favor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new entries are on their days in the calendar.</source>
        <translation>Las entradas nuevas están en sus días en el calendario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal exports (*.json *.txt *.zip *.md);;All files (*)</source>
        <translation>Exportaciones de diarios (*.json *.txt *.zip *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Leave these out, import {entries}</source>
        <translation>Omitir estas, importar {entries}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave those lines out, import {entries}</source>
        <translation>Omitir esas líneas, importar {entries}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{problem}

You can choose another file or folder.</source>
        <translation>{problem}

Puedes elegir otro archivo u otra carpeta.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Stopping… nothing will be added.</source>
        <translation>Deteniendo… no se añadirá nada.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+1"/>
        <location filename="../ui/import_dialog.ui" line="+26"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the import</source>
        <translation>Detener la importación</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.ui" line="+6"/>
        <source>Leave these out and import the rest</source>
        <translation>Omitir estas e importar el resto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import what kindspace can read; the summary names exactly what was left out</source>
        <translation>Importar lo que kindspace puede leer; el resumen dice exactamente qué se omitió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out what can&apos;t be read and import the rest</source>
        <translation>Omitir lo que no se puede leer e importar el resto</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/import_dialog.py" line="-217"/>
        <location line="+32"/>
        <location filename="../ui/import_dialog.ui" line="+6"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.ui" line="+2"/>
        <source>Import the entries</source>
        <translation>Importar las entradas</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>InsightsCalendar</name>
    <message>
        <location filename="../kindspace/gui/insights_calendar.py" line="+93"/>
        <source>Practice calendar</source>
        <translation>Calendario de práctica</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Practice calendar for {year}</source>
        <translation>Calendario de práctica de {year}</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>more</source>
        <translation>más</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fewer entries</source>
        <translation>menos entradas</translation>
    </message>
</context>
<context>
    <name>InsightsCharts</name>
    <message>
        <location filename="../kindspace/gui/insights_charts.py" line="+46"/>
        <source>Before and after chart</source>
        <translation>Gráfico de antes y después</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an exercise</source>
        <translation>un ejercicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before and after: {exercise}</source>
        <translation>Antes y después: {exercise}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>rating 0–10</source>
        <translation>puntuación 0–10</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No ratings to show yet</source>
        <translation>Todavía no hay puntuaciones que mostrar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>earlier  →  later</source>
        <translation>antes  →  después</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>after (lower is lighter)</source>
        <translation>después (más bajo es más ligero)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exercises you use</source>
        <translation>Ejercicios que usas</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../ui/insights.ui" line="+15"/>
        <location line="+10"/>
        <source>Insights</source>
        <translation>Tu recorrido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A quiet look back at your practice. It is worked out on this computer from your journal and never leaves it.</source>
        <translation>Una mirada tranquila a tu práctica. Se calcula en este equipo a partir de tu diario y nunca sale de él.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to look back on yet</source>
        <translation>Todavía no hay nada que mirar</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/insights_view.py" line="+42"/>
        <location filename="../ui/insights.ui" line="+13"/>
        <source>&amp;Summary in words</source>
        <translation>&amp;Resumen en palabras</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Show {year}</source>
        <translation>Mostrar {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Point at a day, or use the arrow keys in the calendar, to see it.</source>
        <translation>Señala un día, o usa las flechas en el calendario, para verlo.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Kinder words: {words}</source>
        <translation>Palabras más amables: {words}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The critic had said: {words}</source>
        <translation>El crítico había dicho: {words}</translation>
    </message>
    <message>
        <location filename="../ui/insights.ui" line="+1"/>
        <location line="+14"/>
        <source>Summary in words</source>
        <translation>Resumen en palabras</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Shows or hides every figure of this page as sentences.</source>
        <translation>Muestra u oculta todas las cifras de esta página como frases.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Practice calendar</source>
        <translation>Calendario de práctica</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Earlier year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the earlier year</source>
        <translation>Mostrar el año anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year shown</source>
        <translation>Año que se muestra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Later year</source>
        <translation>Año siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the later year</source>
        <translation>Mostrar el año siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chosen day</source>
        <translation>Día elegido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feelings you named in check-ins</source>
        <translation>Sentimientos que nombraste al registrar cómo estabas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Exercise:</source>
        <translation>E&amp;jercicio:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exercise shown before and after</source>
        <translation>Ejercicio que se muestra en antes y después</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What you practise</source>
        <translation>Lo que practicas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From critic to friend</source>
        <translation>De crítico a amigo</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Show the critic&apos;s words too</source>
        <translation>Mostrar también las palabras del crítico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your kinder rewrites, newest first</source>
        <translation>Tus versiones más amables, la más reciente primero</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Back to &amp;Today</source>
        <translation>Volver a &amp;Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Today</source>
        <translation>Volver a Hoy</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../kindspace/gui/onboarding_join.py" line="+142"/>
        <source>&amp;Join</source>
        <translation>&amp;Unirme</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the shared folder</source>
        <translation>Elegir la carpeta compartida</translation>
    </message>
</context>
<context>
    <name>JoinWorker</name>
    <message>
        <location line="-73"/>
        <source>Opening your journal&apos;s keys with what you typed…</source>
        <translation>Abriendo las llaves de tu diario con lo que escribiste…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making your journal on this computer…</source>
        <translation>Creando tu diario en este ordenador…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bringing in your entries from the folder…</source>
        <translation>Trayendo tus entradas desde la carpeta…</translation>
    </message>
</context>
<context>
    <name>LearnView</name>
    <message>
        <location filename="../ui/learn.ui" line="+13"/>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Learn articles</source>
        <translation>Artículos para aprender</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Try this exercise</source>
        <translation>&amp;Probar este ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try this exercise</source>
        <translation>Probar este ejercicio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to &amp;Today</source>
        <translation>Volver a &amp;Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Today</source>
        <translation>Volver a Hoy</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/learn_view.py" line="+22"/>
        <source>Basics</source>
        <translation>Lo básico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting help</source>
        <translation>Pedir ayuda</translation>
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
        <translation>Calendario de entradas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected day</source>
        <translation>Día elegido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries on the selected day</source>
        <translation>Entradas del día elegido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practice days this month</source>
        <translation>Días de práctica este mes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main area</source>
        <translation>Área principal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Entry</source>
        <translation>&amp;Entrada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>Hacer una &amp;copia ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save entry</source>
        <translation>&amp;Guardar entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete entry…</source>
        <translation>&amp;Eliminar entrada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer la eliminación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous day</source>
        <translation>Día &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to today in the calendar</source>
        <translation>&amp;Ir a hoy en el calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When it feels like &amp;too much</source>
        <translation>Cuando todo es &amp;demasiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an &amp;exercise</source>
        <translation>Empezar un &amp;ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lea&amp;rn about self-compassion</source>
        <translation>&amp;Aprender sobre la autocompasión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import from another journal…</source>
        <translation>&amp;Importar de otro diario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insights</source>
        <translation>Tu &amp;recorrido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tags</source>
        <translation>E&amp;tiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recently deleted…</source>
        <translation>Eliminadas &amp;recientemente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About kindspace</source>
        <translation>Acerca de &amp;kindspace</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/main_window.py" line="+82"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>The entry is back.</source>
        <translation>La entrada ha vuelto.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The entry was deleted.</source>
        <translation>Se eliminó la entrada.</translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <location filename="../kindspace/gui/markdown_preview.py" line="+28"/>
        <source>The preview shows the beginning; the whole note is in the editor.</source>
        <translation>La vista previa muestra el principio; la nota completa está en el editor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(an image)</source>
        <translation>(una imagen)</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <location filename="../kindspace/gui/onboarding.py" line="+34"/>
        <source>Welcome to {app}</source>
        <translation>Te damos la bienvenida a {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the setup?</source>
        <translation>¿Salir de la configuración?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal is made and stays safe on this computer.</source>
        <translation>Tu diario ya está creado y seguro en este equipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your recovery key is the way back in if the passphrase or keyring is ever lost. You can see it again in Settings and keep it then.</source>
        <translation>Tu clave de recuperación es la forma de volver a entrar si alguna vez pierdes la frase de contraseña o el llavero. Puedes volver a verla en Ajustes y guardarla entonces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminders stay off for now; you can turn them on whenever you like.</source>
        <translation>Los recordatorios quedan apagados por ahora; puedes activarlos cuando quieras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the setup</source>
        <translation>Salir de la configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay</source>
        <translation>Quedarme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be&amp;gin</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>OnboardingPages</name>
    <message>
        <location filename="../kindspace/gui/onboarding_pages.py" line="+30"/>
        <source>Both match.</source>
        <translation>Coinciden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose at least one day, or switch reminders off.</source>
        <translation>Elige al menos un día, o desactiva los recordatorios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create my journal</source>
        <translation>&amp;Crear mi diario</translation>
    </message>
</context>
<context>
    <name>OwnExerciseEditing</name>
    <message>
        <location filename="../kindspace/gui/own_exercise_editing.py" line="+38"/>
        <source>Saved. Your practice is in the list of practices now.</source>
        <translation>Guardada. Tu práctica ya está en la lista de prácticas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft kept. Your changes are waiting here for when you come back.</source>
        <translation>Borrador guardado. Tus cambios te esperan aquí para cuando vuelvas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brought back the changes you hadn&apos;t saved yet.</source>
        <translation>Se recuperaron los cambios que aún no habías guardado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The practice was deleted. Entries you wrote with it are still in your journal.</source>
        <translation>Se eliminó la práctica. Las entradas que escribiste con ella siguen en tu diario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That practice couldn&apos;t be found; it may have been deleted.</source>
        <translation>No se encontró esa práctica; puede que se haya eliminado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this practice?</source>
        <translation>¿Eliminar esta práctica?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It leaves the list of practices. Entries you wrote with it stay in your journal and can still be read.</source>
        <translation>Sale de la lista de prácticas. Las entradas que escribiste con ella se quedan en tu diario y se pueden seguir leyendo.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Delete practice</source>
        <translation>Eliminar la práctica</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete it</source>
        <translation>&amp;Eliminarla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
</context>
<context>
    <name>OwnExerciseEditor</name>
    <message>
        <location filename="../kindspace/gui/own_exercise_editor.py" line="+28"/>
        <source>One question or prompt for this step. Enter adds the next step; Alt+Up and Alt+Down move this one.</source>
        <translation>Una pregunta o indicación para este paso. Intro añade el paso siguiente; Alt+Arriba y Alt+Abajo mueven este.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Step {number}</source>
        <translation>Paso {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A question or a prompt</source>
        <translation>Una pregunta o una indicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move step {number} up</source>
        <translation>Subir el paso {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move step {number} down</source>
        <translation>Bajar el paso {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove step {number}</source>
        <translation>Quitar el paso {number}</translation>
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
        <translation>Tu propia práctica</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Write your own practice</source>
        <translation>Escribe tu propia práctica</translation>
    </message>
</context>
<context>
    <name>OwnExerciseEditorView</name>
    <message>
        <location filename="../ui/own_exercise_editor.ui" line="+25"/>
        <source>Your own practice</source>
        <translation>Tu propia práctica</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a short practice in your own words: a title, then one question or prompt for each step. It is kept inside your encrypted journal and runs like any other practice.</source>
        <translation>Escribe una práctica corta con tus propias palabras: un título y, luego, una pregunta o indicación para cada paso. Se guarda dentro de tu diario cifrado y funciona como cualquier otra práctica.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of your practice, as it shows in the list of practices</source>
        <translation>El nombre de tu práctica, tal como aparece en la lista de prácticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: A kind pause after work</source>
        <translation>P. ej.: una pausa amable tras el trabajo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A &amp;line about it</source>
        <translation>Una &amp;línea sobre ella</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A line about it (optional)</source>
        <translation>Una línea sobre ella (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: one sentence shown under the title in the list</source>
        <translation>Opcional: una frase que se muestra bajo el título en la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps: one question or prompt each, in the order you&apos;d like them</source>
        <translation>Pasos: una pregunta o indicación cada uno, en el orden que prefieras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add a step</source>
        <translation>Aña&amp;dir un paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a step</source>
        <translation>Añadir un paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds an empty step at the end and moves the cursor into it</source>
        <translation>Añade un paso vacío al final y lleva el cursor a él</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About how many &amp;minutes it takes</source>
        <translation>Cuántos &amp;minutos lleva, más o menos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About how many minutes it takes</source>
        <translation>Cuántos minutos lleva, más o menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From 1 to 120 minutes; shown beside the title</source>
        <translation>De 1 a 120 minutos; se muestra junto al título</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Rate how I feel before and after (0 to 10)</source>
        <translation>&amp;Puntuar cómo me siento antes y después (0 a 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate how I feel before and after</source>
        <translation>Puntuar cómo me siento antes y después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the optional 0 to 10 question at the start and the end; Insights shows how it changes</source>
        <translation>Añade la pregunta opcional de 0 a 10 al principio y al final; Tu recorrido muestra cómo cambia</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Delete this practice…</source>
        <translation>Elimi&amp;nar esta práctica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this practice</source>
        <translation>Eliminar esta práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks first. Entries you wrote with it stay in your journal</source>
        <translation>Pregunta antes. Las entradas que escribiste con ella se quedan en tu diario</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Try it &amp;now</source>
        <translation>P&amp;robarla ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try this practice now</source>
        <translation>Probar esta práctica ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begins the practice as it was last saved</source>
        <translation>Empieza la práctica tal como se guardó por última vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back to Today</source>
        <translation>Volver a &amp;Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Today</source>
        <translation>Volver a Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes you haven&apos;t saved are kept here until you come back</source>
        <translation>Los cambios que no has guardado se quedan aquí hasta que vuelvas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this practice</source>
        <translation>Guardar esta práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps it in your journal; it then shows in the list of practices</source>
        <translation>La guarda en tu diario; luego aparece en la lista de prácticas</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../kindspace/gui/pdf_export.py" line="+64"/>
        <source>kindspace journal</source>
        <translation>Diario de kindspace</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>Printing could not start. Please check the printer and try again.</source>
        <translation>No se pudo empezar a imprimir. Revisa la impresora y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF could not be started at {path}. Please choose another place.</source>
        <translation>No se pudo crear el PDF en {path}. Elige otro lugar, por favor.</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/pdf_pages.py" line="+142"/>
        <source>Page {number} of {count}</source>
        <translation>Página {number} de {count}</translation>
    </message>
</context>
<context>
    <name>Popup</name>
    <message>
        <location filename="../kindspace/gui/popup.py" line="+34"/>
        <source>In an hour</source>
        <translation>Dentro de una hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {minutes}</source>
        <translation>Dentro de {minutes}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Suggested: {exercise}</source>
        <translation>Sugerencia: {exercise}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A short practice is ready when you are.</source>
        <translation>Hay una práctica corta lista para cuando quieras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open {exercise}</source>
        <translation>Abrir {exercise}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a short practice</source>
        <translation>Abrir una práctica corta</translation>
    </message>
</context>
<context>
    <name>PracticeViews</name>
    <message>
        <location filename="../kindspace/gui/practice_views.py" line="+45"/>
        <source>This exercise isn&apos;t part of this version of kindspace.</source>
        <translation>Este ejercicio no forma parte de esta versión de kindspace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One or more exercises couldn&apos;t be read and are left out for now.</source>
        <translation>No se pudieron leer uno o más ejercicios; por ahora quedan fuera.</translation>
    </message>
    <message>
        <location line="+190"/>
        <location line="+5"/>
        <source>Saved in your journal.</source>
        <translation>Guardado en tu diario.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Back to the exercise</source>
        <translation>Volver al e&amp;jercicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to &amp;Today</source>
        <translation>Volver a &amp;Hoy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Back to unlocking</source>
        <translation>Volver al &amp;desbloqueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to unlocking</source>
        <translation>Volver al desbloqueo</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../kindspace/gui/print_dialog.py" line="+34"/>
        <source>Print entries</source>
        <translation>Imprimir entradas</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../kindspace/gui/problems.py" line="+30"/>
        <source>Part of the journal could not be read, so it may be damaged. Nothing was changed. Your backups are in the backups folder beside the journal, and Settings ▸ Backups can bring one back.</source>
        <translation>No se pudo leer una parte del diario, así que puede estar dañada. No se cambió nada. Tus copias de seguridad están en la carpeta de copias, junto al diario, y en Ajustes ▸ Copias de seguridad puedes recuperar una.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full, so this could not be saved yet. Please free some space and try again.</source>
        <translation>El disco está lleno, así que esto todavía no se pudo guardar. Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something unexpected got in the way. Nothing was deleted. Please try again; if it keeps happening, restarting kindspace usually helps.</source>
        <translation>Algo inesperado se interpuso. No se eliminó nada. Vuelve a intentarlo; si sigue pasando, reiniciar kindspace suele ayudar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you were writing is still in the editor and kept as a draft.</source>
        <translation>Lo que estabas escribiendo sigue en el editor y se guarda como borrador.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+19"/>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>That didn&apos;t open the journal</source>
        <translation>Eso no abrió el diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keyring isn&apos;t available</source>
        <translation>El llavero del sistema no está disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>The journal needs attention</source>
        <translation>El diario necesita atención</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Let&apos;s adjust that</source>
        <translation>Vamos a ajustarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>That didn&apos;t work this time</source>
        <translation>Esta vez no funcionó</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The folder ({folder}) is read-only or belongs to someone else. Please check it and try again.</source>
        <translation>La carpeta ({folder}) es de solo lectura o pertenece a otra persona. Revísala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder is read-only or belongs to someone else. Please check it and try again.</source>
        <translation>La carpeta es de solo lectura o pertenece a otra persona. Revísala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kindspace can&apos;t write there</source>
        <translation>kindspace no puede escribir ahí</translation>
    </message>
</context>
<context>
    <name>RecentlyDeleted</name>
    <message>
        <location filename="../kindspace/gui/recently_deleted.py" line="+24"/>
        <source>Nothing was deleted in the last 30 days.</source>
        <translation>No se eliminó nada en los últimos 30 días.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>d MMMM</source>
        <comment>Qt date pattern: day and month</comment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} · {kind} · deleted {when}</source>
        <translation>{day} · {kind} · eliminada el {when}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The entry is back on its day.</source>
        <translation>La entrada ha vuelto a su día.</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <location filename="../ui/recently_deleted.ui" line="+6"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Recently deleted</source>
        <translation>Eliminadas recientemente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries you deleted in the last 30 days, here or from the command line. Bring one back and it returns to its day, just as it was.</source>
        <translation>Entradas que eliminaste en los últimos 30 días, aquí o desde la línea de comandos. Recupera una y volverá a su día, tal como estaba.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recently deleted entries</source>
        <translation>Entradas eliminadas recientemente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to bring the chosen entry back.</source>
        <translation>Pulsa Intro para recuperar la entrada elegida.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the chosen entry</source>
        <translation>Recuperar la entrada elegida</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location filename="../ui/recovery_key.ui" line="+6"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seven groups of four letters and digits</source>
        <translation>Siete grupos de cuatro letras y números</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the recovery key, to paste it somewhere safe</source>
        <translation>Copiar la clave de recuperación, para pegarla en un lugar seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the recovery key</source>
        <translation>Copiar la clave de recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a page with the recovery key and what it is for</source>
        <translation>Imprimir una página con la clave de recuperación y para qué sirve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as &amp;file…</source>
        <translation>Guardar como &amp;archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key as a small text file only you can read</source>
        <translation>Guardar la clave de recuperación en un pequeño archivo de texto que solo tú puedes leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key as a file</source>
        <translation>Guardar la clave de recuperación como archivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What happened to the recovery key</source>
        <translation>Qué pasó con la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../kindspace/gui/recovery_sheet.py" line="+25"/>
        <source>Your kindspace recovery key</source>
        <translation>Tu clave de recuperación de kindspace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key opens your kindspace journal if you ever forget your passphrase or the system keyring is reset, for example on a new computer.</source>
        <translation>Esta clave abre tu diario de kindspace si alguna vez olvidas tu frase de contraseña o se restablece el llavero del sistema, por ejemplo en un equipo nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep it somewhere safe and private, such as with your important papers. Anyone who has this key and your journal file can read your journal, so please don&apos;t share it.</source>
        <translation>Guárdala en un lugar seguro y privado, por ejemplo con tus papeles importantes. Cualquiera que tenga esta clave y el archivo de tu diario puede leerlo, así que no la compartas, por favor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To use it, choose &quot;Use my recovery key instead&quot; when kindspace asks for your passphrase. Capital or small letters and the dashes don&apos;t matter.</source>
        <translation>Para usarla, elige «Usar mi clave de recuperación» cuando kindspace te pida la frase de contraseña. Da igual si usas mayúsculas o minúsculas, y los guiones tampoco importan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied. Paste it somewhere safe and private, and clear it from there when done.</source>
        <translation>Copiada. Pégala en un lugar seguro y privado, y bórrala de ahí cuando termines.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to the printer. Keep the page somewhere safe and private.</source>
        <translation>Enviada a la impresora. Guarda la página en un lugar seguro y privado.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved as {name}, readable only by you. Keep it somewhere private.</source>
        <translation>Guardada como {name}; solo tú puedes leerla. Guárdala en un lugar privado.</translation>
    </message>
</context>
<context>
    <name>ReminderDriver</name>
    <message>
        <location filename="../kindspace/gui/reminder_driver.py" line="+191"/>
        <source>Please unlock your journal to change your own phrases.</source>
        <translation>Desbloquea tu diario para cambiar tus propias frases.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../ui/reminder_popup.ui" line="+17"/>
        <source>kindspace reminder</source>
        <translation>Recordatorio de kindspace</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>kindspace</source>
        <translation>kindspace</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Start the suggested practice</source>
        <translation>Empezar la práctica sugerida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remind me later</source>
        <translation>Recordármelo más tarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No more reminders today</source>
        <translation>No más recordatorios hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>Close this reminder</source>
        <translation>Cerrar este recordatorio</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location filename="../ui/settings_reminders.ui" line="+14"/>
        <location line="+6"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A reminder is a small card near the corner of the screen. It never takes your typing, and it goes away by itself.</source>
        <translation>Un recordatorio es una pequeña tarjeta cerca de una esquina de la pantalla. Nunca interrumpe lo que escribes y desaparece sola.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Send me gentle reminders</source>
        <translation>Enviarme recordatorios amables</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reminder times</source>
        <translation>Horas de los recordatorios</translation>
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
        <translation>Nueva hora de recordatorio</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Add time</source>
        <translation>Añadir hora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the chosen time</source>
        <translation>Quitar la hora elegida</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Quiet hours</source>
        <translation>Horas de calma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No reminders from</source>
        <translation>Sin recordatorios de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet hours: no reminders between two times</source>
        <translation>Horas de calma: sin recordatorios entre dos horas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de calma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de calma</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>Skip reminders on days I have already written</source>
        <translation>Omitir los recordatorios los días que ya escribí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggest</source>
        <translation>Sugerir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggested exercise</source>
        <translation>Ejercicio sugerido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your phrases</source>
        <translation>Tus frases</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your own reminder phrases</source>
        <translation>Tus propias frases de recordatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One phrase per line, for example: You are doing your best.</source>
        <translation>Una frase por línea, por ejemplo: Estás haciendo lo que puedes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept inside your encrypted journal. While it is locked, reminders use kindspace&apos;s own gentle words.</source>
        <translation>Se guardan dentro de tu diario cifrado. Mientras está bloqueado, los recordatorios usan las frases amables de kindspace.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Start kindspace when I log in</source>
        <translation>Abrir kindspace al iniciar sesión</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+3"/>
        <source>Save reminders</source>
        <translation>Guardar recordatorios</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../ui/search.ui" line="+6"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search words</source>
        <translation>Palabras que buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching entries appear as you type. Press Down to move to the results.</source>
        <translation>Las entradas que coinciden aparecen mientras escribes. Pulsa Abajo para ir a los resultados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse tags</source>
        <translation>Explorar etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every tag with its entries, without typing a word (Ctrl+Shift+T)</source>
        <translation>Cada etiqueta con sus entradas, sin escribir ni una palabra (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From day</source>
        <translation>Desde el día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries from this day on. Press Delete for any day.</source>
        <translation>Solo entradas desde este día. Pulsa Supr para cualquier día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries from this day on (Delete: any day)</source>
        <translation>Solo entradas desde este día (Supr: cualquier día)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Until day</source>
        <translation>Hasta el día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries up to this day. Press Delete for any day.</source>
        <translation>Solo entradas hasta este día. Pulsa Supr para cualquier día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries up to this day (Delete: any day)</source>
        <translation>Solo entradas hasta este día (Supr: cualquier día)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only notes, or only one exercise</source>
        <translation>Solo notas, o solo un ejercicio</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/search_view.py" line="+59"/>
        <source>Nothing found for that. Try fewer words or another spelling.</source>
        <translation>No se encontró nada. Prueba con menos palabras o con otra forma de escribirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found with these filters. Try fewer words, or clear the filters.</source>
        <translation>No se encontró nada con estos filtros. Prueba con menos palabras o quita los filtros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+264"/>
        <location filename="../ui/search.ui" line="+9"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/search.ui" line="+1"/>
        <source>Only entries with this tag. Type to find a tag.</source>
        <translation>Solo entradas con esta etiqueta. Escribe para encontrar una etiqueta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries with this tag</source>
        <translation>Solo entradas con esta etiqueta</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every day, kind and tag again</source>
        <translation>Buscar de nuevo en todos los días, tipos y etiquetas</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/search_view.py" line="-288"/>
        <location filename="../ui/search.ui" line="+17"/>
        <source>Type a word or a phrase. Quotes find an exact phrase.</source>
        <translation>Escribe una palabra o una frase. Las comillas buscan una frase exacta.</translation>
    </message>
    <message>
        <location filename="../ui/search.ui" line="+4"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Number of entries found</source>
        <translation>Número de entradas encontradas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export these…</source>
        <translation>Exportar estas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export these entries</source>
        <translation>Exportar estas entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the entries found, ticked in the export dialog, where you can untick any</source>
        <translation>Exportar las entradas encontradas, marcadas en el diálogo de exportación, donde puedes desmarcar las que quieras</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open an entry.</source>
        <translation>Pulsa Intro para abrir una entrada.</translation>
    </message>
</context>
<context>
    <name>SecretFields</name>
    <message>
        <location filename="../kindspace/gui/secret_fields.py" line="+20"/>
        <source>At least {count} characters. A few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation>Al menos {count} caracteres. Unas cuantas palabras corrientes seguidas son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That works. A word or two more would make it even stronger.</source>
        <translation>Así está bien. Una o dos palabras más la harían aún más fuerte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That&apos;s a strong passphrase.</source>
        <translation>Es una frase de contraseña fuerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please type it once more, to be sure it&apos;s the one you meant.</source>
        <translation>Escríbela una vez más, para asegurarte de que es la que querías.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases don&apos;t match yet. Please type the same one in both fields.</source>
        <translation>Las dos frases de contraseña aún no coinciden. Escribe la misma en los dos campos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../kindspace/gui/settings_dialog.py" line="+36"/>
        <location line="+28"/>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller</source>
        <translation>Más pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>El más grande</translation>
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
        <translation>Bienestar y apoyo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close settings</source>
        <translation>Cerrar los ajustes</translation>
    </message>
</context>
<context>
    <name>SettingsBackups</name>
    <message>
        <location filename="../kindspace/gui/settings_backups.py" line="+29"/>
        <source>There are no backups yet. You can make one now; kindspace also makes one each day you open your journal.</source>
        <translation>Todavía no hay copias de seguridad. Puedes hacer una ahora; kindspace también hace una cada día que abres tu diario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done. The backup is checked and kept in the backups folder.</source>
        <translation>Hecho. La copia está comprobada y guardada en la carpeta de copias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal will go back to how it was on {when}. Your current journal is not deleted: it is set aside in the journal&apos;s folder, so nothing is lost. kindspace closes the journal, restores the backup and opens it again.</source>
        <translation>Tu diario volverá a estar como estaba el {when}. Tu diario actual no se elimina: se aparta en la carpeta del diario, así que no se pierde nada. kindspace cierra el diario, restaura la copia y lo vuelve a abrir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made by you</source>
        <translation>hecha por ti</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SettingsComfort</name>
    <message>
        <location filename="../kindspace/gui/settings_comfort.py" line="+27"/>
        <source>Keep your contacts readable while locked?</source>
        <translation>¿Mantener tus contactos legibles con el diario bloqueado?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kindspace would keep a copy of your support contacts (names, numbers and notes) in a separate file on this computer. That file is not encrypted: anyone who can use your account here could read it. In return, your people show on the support page even while your journal is locked. Your journal itself stays encrypted.</source>
        <translation>kindspace guardaría una copia de tus contactos de apoyo (nombres, números y notas) en un archivo aparte en este equipo. Ese archivo no está cifrado: cualquiera que pueda usar tu cuenta aquí podría leerlo. A cambio, tu gente aparece en la página de apoyo aunque tu diario esté bloqueado. Tu diario sigue cifrado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep them readable</source>
        <translation>Mantenerlos legibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your contacts are kept only inside your encrypted journal.</source>
        <translation>Tus contactos se guardan solo dentro de tu diario cifrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A copy of your contacts is kept readable outside the journal, so the support page shows them while it is locked. Switch this off to remove that copy.</source>
        <translation>Hay una copia legible de tus contactos fuera del diario, para que la página de apoyo los muestre mientras está bloqueado. Desactiva esta opción para quitar esa copia.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings.ui" line="+6"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings sections</source>
        <translation>Secciones de los ajustes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Desbloqueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings page</source>
        <translation>Página de los ajustes</translation>
    </message>
</context>
<context>
    <name>SettingsReminders</name>
    <message>
        <location filename="../kindspace/gui/settings_reminders.py" line="+34"/>
        <source>Your desktop isn&apos;t showing a tray right now, so kindspace keeps its window where you can see it, and reminders still appear while kindspace is open. On GNOME, the extension “AppIndicator and KStatusNotifierItem Support” adds a tray (in Debian and Ubuntu: the package gnome-shell-extension-appindicator). Turn it on in Extensions, then start kindspace again.</source>
        <translation>Tu escritorio no muestra ahora una bandeja del sistema, así que kindspace mantiene su ventana a la vista, y los recordatorios siguen apareciendo mientras kindspace está abierto. En GNOME, la extensión «AppIndicator and KStatusNotifierItem Support» añade una bandeja (en Debian y Ubuntu: el paquete gnome-shell-extension-appindicator). Actívala en Extensiones y vuelve a abrir kindspace.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock your journal to see and change your own phrases.</source>
        <translation>Desbloquea tu diario para ver y cambiar tus propias frases.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No particular one (just open kindspace)</source>
        <translation>Ninguno en particular (solo abrir kindspace)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Saved. Your reminders follow these settings from now on.</source>
        <translation>Guardado. A partir de ahora, tus recordatorios siguen estos ajustes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{time} is already in the list.</source>
        <translation>{time} ya está en la lista.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Reminders · kindspace</source>
        <translation>Recordatorios · kindspace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close reminder settings</source>
        <translation>Cerrar los ajustes de recordatorios</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save your reminder changes?</source>
        <translation>¿Guardar los cambios en tus recordatorios?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed your reminders (perhaps added a time) and haven&apos;t saved yet.</source>
        <translation>Cambiaste tus recordatorios (quizá añadiste una hora) y aún no los has guardado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t save</source>
        <translation>No guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>SettingsUnlock</name>
    <message>
        <location filename="../kindspace/gui/settings_unlock.py" line="+35"/>
        <source>No secure system keyring is available on this computer right now, so kindspace can&apos;t keep the key there.</source>
        <translation>Ahora mismo no hay un llavero del sistema seguro en este equipo, así que kindspace no puede guardar la clave ahí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To be asked for a passphrase, please set one below first.</source>
        <translation>Para que se te pida una frase de contraseña, primero crea una aquí abajo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done. Your journal now opens by itself while you&apos;re logged in.</source>
        <translation>Hecho. Ahora tu diario se abre solo mientras tienes la sesión iniciada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done. Your journal now asks for your passphrase each time it opens.</source>
        <translation>Hecho. Ahora tu diario te pide la frase de contraseña cada vez que se abre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your journal has no passphrase yet. A passphrase is a second way in, and it lets the journal lock itself when you&apos;re away.</source>
        <translation>Tu diario aún no tiene frase de contraseña. Una frase de contraseña es una segunda forma de entrar, y permite que el diario se bloquee solo cuando no estás.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That isn&apos;t the current passphrase. Please try again.</source>
        <translation>Esa no es la frase de contraseña actual. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passphrase is changed. Please use the new one from now on.</source>
        <translation>Tu frase de contraseña ha cambiado. A partir de ahora, usa la nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That isn&apos;t your passphrase. Please try again.</source>
        <translation>Esa no es tu frase de contraseña. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you think someone else may have seen this key, you can make a new one. The old one then stops working.</source>
        <translation>Si crees que alguien más pudo ver esta clave, puedes crear una nueva. Entonces la anterior deja de funcionar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This journal was made before kindspace kept its recovery key inside, so it can&apos;t be shown. You can make a new one now; any older recovery key then stops working.</source>
        <translation>Este diario se creó antes de que kindspace guardara dentro su clave de recuperación, así que no se puede mostrar. Puedes crear una nueva ahora; cualquier clave de recuperación anterior dejará de funcionar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Here is your new recovery key. Please write it down, print it or save it now.</source>
        <translation>Esta es tu nueva clave de recuperación. Anótala, imprímela o guárdala ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new recovery key?</source>
        <translation>¿Crear una nueva clave de recuperación?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your current recovery key will stop working, and the new one takes its place. Please keep the new one somewhere safe, as before.</source>
        <translation>Tu clave de recuperación actual dejará de funcionar y la nueva ocupará su lugar. Guarda la nueva en un lugar seguro, como antes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After this long without use, kindspace locks the journal and asks for your passphrase.</source>
        <translation>Tras este tiempo sin usarlo, kindspace bloquea el diario y te pide la frase de contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>While the key is in your keyring, a locked journal opens again with one click. To make locking ask for your passphrase, choose &quot;Ask for my passphrase each time&quot; above.</source>
        <translation>Mientras la clave está en tu llavero, un diario bloqueado se vuelve a abrir con un clic. Para que al bloquearse pida tu frase de contraseña, elige arriba «Pedir mi frase de contraseña cada vez».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auto-lock works once your journal has a passphrase, because only then does locking keep anyone out.</source>
        <translation>El bloqueo automático funciona cuando tu diario tiene frase de contraseña, porque solo entonces el bloqueo impide el paso a otras personas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+223"/>
        <location line="+3"/>
        <source>Make a new key</source>
        <translation>Crear una clave nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set a passphrase</source>
        <translation>&amp;Crear una frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a passphrase</source>
        <translation>Crear una frase de contraseña</translation>
    </message>
</context>
<context>
    <name>SupportView</name>
    <message>
        <location filename="../ui/support.ui" line="+22"/>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Support page</source>
        <translation>Página de apoyo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Breathe and &amp;ground yourself</source>
        <translation>Respira y vuelve al &amp;presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe and ground yourself</source>
        <translation>Respira y vuelve al presente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to &amp;Today</source>
        <translation>Volver a &amp;Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Today</source>
        <translation>Volver a Hoy</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Back to support</source>
        <translation>Volver al apo&amp;yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to support</source>
        <translation>Volver al apoyo</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/support_contacts.py" line="+21"/>
        <location filename="../kindspace/gui/support_crisis_lines.py" line="+24"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who they are</source>
        <translation>Quién es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other details</source>
        <translation>Otros datos</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/support_crisis_lines.py" line="-1"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number or contact</source>
        <translation>Número o contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/support_contacts.py" line="+2"/>
        <source>No contacts yet. Choose “Edit your contacts” to add the people you can turn to.</source>
        <translation>Todavía no hay contactos. Elige «Editar tus contactos» para añadir a las personas a las que puedes acudir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own contacts are kept inside your encrypted journal, so they show once it is open. In Settings ▸ Comfort and support you can choose to keep them readable here too.</source>
        <translation>Tus propios contactos se guardan dentro de tu diario cifrado, así que aparecen cuando está abierto. En Ajustes ▸ Bienestar y apoyo puedes elegir mantenerlos legibles aquí también.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>your support contacts</source>
        <translation>tus contactos de apoyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit your contacts</source>
        <translation>E&amp;ditar tus contactos</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/support_crisis_lines.py" line="+9"/>
        <location filename="../kindspace/gui/support_view.py" line="+119"/>
        <source>crisis lines</source>
        <translation>líneas de crisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this &amp;list</source>
        <translation>Editar esta &amp;lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use kindspace&apos;s list again</source>
        <translation>Usar de nuevo la lista de kindspace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use kindspace&apos;s list of crisis lines again</source>
        <translation>Usar de nuevo la lista de líneas de crisis de kindspace</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/support_editing.py" line="+74"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row to {table}</source>
        <translation>Añadir una fila a {table}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected row from {table}</source>
        <translation>Quitar la fila elegida de {table}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save {table}</source>
        <translation>Guardar {table}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing {table} without saving</source>
        <translation>Dejar de editar {table} sin guardar</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/support_crisis_lines.py" line="+20"/>
        <source>No crisis lines listed.</source>
        <translation>No hay líneas de crisis en la lista.</translation>
    </message>
    <message>
        <location filename="../kindspace/gui/support_view.py" line="+77"/>
        <source>Your contacts are saved in your encrypted journal.</source>
        <translation>Tus contactos están guardados en tu diario cifrado.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your list of crisis lines is saved.</source>
        <translation>Tu lista de líneas de crisis está guardada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing kindspace&apos;s own list of crisis lines again.</source>
        <translation>Se muestra de nuevo la lista de líneas de crisis de kindspace.</translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message>
        <location filename="../kindspace/gui/sync_feature.py" line="+87"/>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Your journal is now shared through the sync folder.</source>
        <translation>Tu diario se comparte ahora a través de la carpeta de sincronización.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This device no longer shares the journal. Your journal stays here.</source>
        <translation>Este dispositivo ya no comparte el diario. Tu diario se queda aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder couldn&apos;t be reached, so your other devices will hear of it once it is back.</source>
        <translation>No se pudo llegar a la carpeta; tus otros dispositivos se enterarán cuando vuelva a estar disponible.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <location filename="../ui/settings_sync.ui" line="+6"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync between your devices</source>
        <translation>Sincronizar entre tus dispositivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep one journal on your own computers, with no account and no server: kindspace leaves its changes in a folder that your sync tool (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive) or a USB stick already carries between them.</source>
        <translation>Lleva un solo diario en tus propios ordenadores, sin cuenta y sin servidor: kindspace deja sus cambios en una carpeta que tu programa de sincronización (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive) o una memoria USB ya lleva de uno a otro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start sharing</source>
        <translation>Empezar a compartir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only encrypted changes go into that folder, never your journal itself. They open only with your passphrase or recovery key, and your journal stays here just as it is.</source>
        <translation>En esa carpeta solo entran cambios cifrados, nunca tu diario en sí. Solo se abren con tu frase de contraseña o tu clave de recuperación, y tu diario se queda aquí tal como está.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Folder to share through</source>
        <translation>&amp;Carpeta para compartir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder to share through</source>
        <translation>Carpeta para compartir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder your sync tool or USB stick already carries</source>
        <translation>Una carpeta que ya lleva tu programa de sincronización o tu memoria USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder your sync tool already carries</source>
        <translation>Una carpeta que ya lleva tu programa de sincronización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder to share through</source>
        <translation>Elegir la carpeta para compartir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please choose a folder that is already carried between your computers, outside kindspace&apos;s own folder. On your other computer, choose &quot;I already use kindspace on another device&quot; when kindspace first starts.</source>
        <translation>Elige una carpeta que ya vaya de un ordenador a otro, fuera de la carpeta propia de kindspace. En tu otro ordenador, elige «Ya uso kindspace en otro dispositivo» cuando kindspace se abra por primera vez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Start sharing</source>
        <translation>&amp;Empezar a compartir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start sharing through this folder</source>
        <translation>Empezar a compartir a través de esta carpeta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sharing</source>
        <translation>Compartiendo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sync folder</source>
        <translation>La carpeta de sincronización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Devices</source>
        <translation>&amp;Dispositivos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Devices sharing this journal, and when each was last seen</source>
        <translation>Dispositivos que comparten este diario y cuándo se vio cada uno por última vez</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes waiting</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop sharing on this &amp;device…</source>
        <translation>Dejar de compartir en este dis&amp;positivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sharing on this device</source>
        <translation>Dejar de compartir en este dispositivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <location filename="../kindspace/gui/settings_sync.py" line="+55"/>
        <source>Shared through {folder}</source>
        <translation>Compartido a través de {folder}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exchanging changes with the sync folder…</source>
        <translation>Intercambiando cambios con la carpeta de sincronización…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the folder to share through</source>
        <translation>Elegir la carpeta para compartir</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stop sharing on this device?</source>
        <translation>¿Dejar de compartir en este dispositivo?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal stays on this device just as it is; it only stops exchanging changes with your other devices. They keep their journals too, and you can start sharing again at any time.</source>
        <translation>Tu diario se queda en este dispositivo tal como está; solo deja de intercambiar cambios con tus otros dispositivos. Ellos también conservan sus diarios, y puedes volver a compartir cuando quieras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Keep sharing</source>
        <translation>Seguir compartiendo</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../kindspace/gui/sync_words.py" line="+58"/>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a minute ago</source>
        <translation>hace un minuto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an hour ago</source>
        <translation>hace una hora</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The sync folder can&apos;t be reached right now — your journal is safe on this device</source>
        <translation>Ahora no se puede llegar a la carpeta de sincronización; tu diario está a salvo en este dispositivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync couldn&apos;t finish just now — your journal is safe on this device</source>
        <translation>La sincronización no pudo terminar ahora; tu diario está a salvo en este dispositivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Getting ready to exchange changes with your other devices</source>
        <translation>Preparando el intercambio de cambios con tus otros dispositivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up to date with your other device</source>
        <translation>Al día con tu otro dispositivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared through the sync folder; no other device has joined yet</source>
        <translation>Compartido a través de la carpeta de sincronización; aún no se ha unido otro dispositivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last exchange {when}</source>
        <translation>Último intercambio {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 change waiting to go out</source>
        <translation>1 cambio esperando para salir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing is waiting to go out or come in.</source>
        <translation>No hay nada esperando para salir ni para entrar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 change waiting to come in</source>
        <translation>1 cambio esperando para entrar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A device whose details haven&apos;t arrived yet</source>
        <translation>Un dispositivo cuyos datos aún no han llegado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A device</source>
        <translation>Un dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (this device)</source>
        <translation>{name} (este dispositivo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last exchange {when}</source>
        <translation>último intercambio {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped sharing</source>
        <translation>ya no comparte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yet to take in 1 change from here</source>
        <translation>aún tiene que recibir 1 cambio de aquí</translation>
    </message>
</context>
<context>
    <name>TagBrowser</name>
    <message>
        <location filename="../kindspace/gui/tag_browser.py" line="+28"/>
        <source>No tags yet. You can give an entry tags in the editor.</source>
        <translation>Todavía no hay etiquetas. Puedes ponerle etiquetas a una entrada en el editor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a tag to see its entries.</source>
        <translation>Elige una etiqueta para ver sus entradas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+50"/>
        <source>Entr&amp;ies</source>
        <translation>Entra&amp;das</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Entr&amp;ies tagged {tag} · {entries}</source>
        <translation>Entra&amp;das con la etiqueta {tag} · {entries}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;New name for {tag}</source>
        <translation>&amp;Nuevo nombre para {tag}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New name</source>
        <translation>&amp;Nuevo nombre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Merge tags</source>
        <translation>Fusionar etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename tag</source>
        <translation>Renombrar la etiqueta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge {tag} into {other}</source>
        <translation>Fusionar {tag} con {other}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the chosen tag on every entry</source>
        <translation>Renombrar la etiqueta elegida en todas las entradas</translation>
    </message>
</context>
<context>
    <name>TagBrowserView</name>
    <message>
        <location filename="../ui/tag_browser.ui" line="+6"/>
        <location line="+9"/>
        <location line="+18"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Tags</source>
        <translation>E&amp;tiquetas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every tag with how many entries have it. Choosing one lists its entries; press Enter to go to them.</source>
        <translation>Cada etiqueta con cuántas entradas la tienen. Al elegir una se muestran sus entradas; pulsa Intro para ir a ellas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entr&amp;ies</source>
        <translation>Entra&amp;das</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entries with this tag</source>
        <translation>Entradas con esta etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open an entry.</source>
        <translation>Pulsa Intro para abrir una entrada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New name</source>
        <translation>&amp;Nuevo nombre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New name for the tag</source>
        <translation>Nuevo nombre para la etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new name to rename the chosen tag, or the name of another tag to merge the two.</source>
        <translation>Escribe un nombre nuevo para renombrar la etiqueta elegida, o el nombre de otra etiqueta para fusionar las dos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new name, or another tag to merge with</source>
        <translation>Nombre nuevo, u otra etiqueta para unirlas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename tag</source>
        <translation>Renombrar la etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the chosen tag on every entry that has it</source>
        <translation>Renombrar la etiqueta elegida en todas las entradas que la tienen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tag status</source>
        <translation>Estado de las etiquetas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to T&amp;oday</source>
        <translation>Volver a &amp;Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Today</source>
        <translation>Volver a Hoy</translation>
    </message>
</context>
<context>
    <name>TagsFeature</name>
    <message>
        <location filename="../kindspace/gui/tags_feature.py" line="+97"/>
        <location line="+15"/>
        <location line="+4"/>
        <source>Merge tags</source>
        <translation>Fusionar etiquetas</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Merge “{tag}” into “{other}”?</source>
        <translation>¿Fusionar «{tag}» con «{other}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entries} will be tagged “{other}” instead of “{tag}”. Afterwards the two can&apos;t be told apart, and “{tag}” is no longer listed.</source>
        <translation>La etiqueta «{other}» sustituirá a «{tag}» en {entries}. Después ya no se podrán distinguir, y «{tag}» dejará de aparecer en la lista.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both</source>
        <translation>Conservar las dos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep both tags</source>
        <translation>Conservar las dos etiquetas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{tag}” was merged into “{other}” on {entries}.</source>
        <translation>«{tag}» se fusionó con «{other}» en {entries}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{tag}” was renamed to “{other}” on {entries}.</source>
        <translation>«{tag}» pasó a llamarse «{other}» en {entries}.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../kindspace/gui/today.py" line="+55"/>
        <source>Good morning.</source>
        <translation>Buenos días.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good afternoon.</source>
        <translation>Buenas tardes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good evening.</source>
        <translation>Buenas noches.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hello. Be gentle with yourself tonight.</source>
        <translation>Hola. Esta noche, trátate con cariño.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whenever you come back is a good time to practise.</source>
        <translation>Cualquier momento en que vuelvas es bueno para practicar.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>A feeling word; pick any that fit</source>
        <translation>Una palabra para lo que sientes; elige las que encajen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Strength: {strength}</source>
        <translation>Intensidad: {strength}</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+15"/>
        <source>Begin: {exercise}</source>
        <translation>Comenzar: {exercise}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Guided exercises will appear here.</source>
        <translation>Aquí aparecerán los ejercicios guiados.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An entry</source>
        <translation>Una entrada</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../ui/today.ui" line="+26"/>
        <source>Hello.</source>
        <translation>Hola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When it feels like too much</source>
        <translation>Cuando todo es demasiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support: when it feels like too much</source>
        <translation>Apoyo: cuando todo es demasiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis lines, your own people, and a moment to breathe (F1)</source>
        <translation>Líneas de crisis, tu gente y un momento para respirar (F1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How are you, right now? Pick any words that fit; no typing needed.</source>
        <translation>¿Cómo estás ahora mismo? Elige las palabras que encajen; no hace falta escribir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feeling words</source>
        <translation>Palabras de sentimientos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How strong?</source>
        <translation>¿Cuánto?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Guardarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this check-in</source>
        <translation>Guardar este registro de cómo estás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in your journal; Insights counts the words over time</source>
        <translation>Se guarda en tu diario; Tu recorrido cuenta las palabras a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check-in</source>
        <translation>Cómo estás</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Suggested practice</source>
        <translation>Práctica sugerida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Begin</source>
        <translation>&amp;Comenzar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begin the suggested practice</source>
        <translation>Comenzar la práctica sugerida</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Short practices, whenever you like:</source>
        <translation>Prácticas cortas, cuando quieras:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;All practices</source>
        <translation>&amp;Todas las prácticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all practices</source>
        <translation>Mostrar todas las prácticas</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Write a note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new entry for today (Ctrl+N)</source>
        <translation>Empezar una entrada nueva para hoy (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your own &amp;practice…</source>
        <translation>Crear tu &amp;práctica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your own practice</source>
        <translation>Escribir tu propia práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A title and your own questions, kept in your journal and run like any other practice</source>
        <translation>Un título y tus propias preguntas, guardados en tu diario y usados como cualquier otra práctica</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All practices</source>
        <translation>Todas las prácticas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit this practice…</source>
        <translation>Editar esta práctica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen practice</source>
        <translation>Editar la práctica elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For practices you wrote yourself: change, or delete, the one chosen in the list</source>
        <translation>Para las prácticas que escribiste tú: cambiar o eliminar la que elegiste en la lista</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On this day</source>
        <translation>Un día como hoy</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Look back at this day in earlier years</source>
        <translation>Mirar este día en años anteriores</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entries from this day in earlier years</source>
        <translation>Entradas de este día en años anteriores</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Practice days</source>
        <translation>Días de práctica</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Look back at your practice</source>
        <translation>Ver tu recorrido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Insights: practice days, ratings, feelings and kinder rewrites (Ctrl+I)</source>
        <translation>Abrir Tu recorrido: días de práctica, puntuaciones, sentimientos y versiones más amables (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>TransferWorker</name>
    <message>
        <location filename="../kindspace/gui/transfer_worker.py" line="+48"/>
        <source>The export was stopped, so nothing was written.</source>
        <translation>Se detuvo la exportación, así que no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../kindspace/gui/tray.py" line="+37"/>
        <source>kindspace is still here in the tray, so your reminders keep coming. Choose Quit in this menu to close it completely.</source>
        <translation>kindspace sigue aquí, en la bandeja del sistema, para que tus recordatorios sigan llegando. Elige Salir en este menú para cerrarlo del todo.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Open kindspace</source>
        <translation>Abrir kindspace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick kind note</source>
        <translation>Nota amable rápida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When it feels like too much</source>
        <translation>Cuando todo es demasiado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start an exercise</source>
        <translation>Empezar un ejercicio</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+55"/>
        <source>Pause reminders</source>
        <translation>Pausar los recordatorios</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>For an hour</source>
        <translation>Durante una hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I resume</source>
        <translation>Hasta que los reanude</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume reminders</source>
        <translation>Reanudar los recordatorios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminder settings…</source>
        <translation>Ajustes de los recordatorios…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit kindspace</source>
        <translation>Salir de kindspace</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reminders are paused</source>
        <translation>Los recordatorios están en pausa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kindspace · reminders paused</source>
        <translation>kindspace · recordatorios en pausa</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../kindspace/gui/unlock.py" line="+27"/>
        <source>Welcome back</source>
        <translation>Qué bueno verte de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal is locked</source>
        <translation>Tu diario está bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal is safe and encrypted on this computer. Type your passphrase to open it.</source>
        <translation>Tu diario está a salvo y cifrado en este equipo. Escribe tu frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your recovery key opens the journal too. It&apos;s the code you wrote down, printed or saved when the journal was made.</source>
        <translation>Tu clave de recuperación también abre el diario. Es el código que anotaste, imprimiste o guardaste cuando se creó el diario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal is safe and encrypted on this computer. It opens with the key kept in your system keyring.</source>
        <translation>Tu diario está a salvo y cifrado en este equipo. Se abre con la clave guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please type your passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open journal</source>
        <translation>A&amp;brir el diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
</context>
<context>
    <name>UnlockSettings</name>
    <message>
        <location filename="../ui/settings_unlock.ui" line="+6"/>
        <location line="+21"/>
        <source>Unlock</source>
        <translation>Desbloqueo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the journal opens</source>
        <translation>Cómo se abre el diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;automatically while I&apos;m logged in (system keyring)</source>
        <translation>Abrirlo a&amp;utomáticamente con mi sesión iniciada (llavero del sistema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open automatically while I&apos;m logged in</source>
        <translation>Abrirlo automáticamente con mi sesión iniciada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask for my &amp;passphrase each time</source>
        <translation>Pedir mi &amp;frase de contraseña cada vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for my passphrase each time</source>
        <translation>Pedir mi frase de contraseña cada vez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About how the journal opens</source>
        <translation>Sobre cómo se abre el diario</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+116"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>C&amp;urrent passphrase</source>
        <translation>Frase de contraseña ac&amp;tual</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase hint</source>
        <translation>Pista sobre la frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type it a&amp;gain</source>
        <translation>Escríbela &amp;otra vez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new passphrase again</source>
        <translation>La nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whether the passphrases match</source>
        <translation>Si las frases de contraseña coinciden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message about the passphrase</source>
        <translation>Mensaje sobre la frase de contraseña</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your recovery key opens the journal if the passphrase or the keyring is ever lost. To keep it private, kindspace asks before showing it.</source>
        <translation>Tu clave de recuperación abre el diario si alguna vez se pierden la frase de contraseña o el llavero. Para mantenerla en privado, kindspace pregunta antes de mostrarla.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your passphrase, to show the recovery key</source>
        <translation>Tu frase de contraseña, para mostrar la clave de recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>No one else can see my screen right now</source>
        <translation>Nadie más puede ver mi pantalla ahora</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show &amp;recovery key</source>
        <translation>Mostrar la clave de &amp;recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the recovery key</source>
        <translation>Mostrar la clave de recuperación</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Make a ne&amp;w recovery key…</source>
        <translation>Crear una clave de recuperación nue&amp;va…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recovery key</source>
        <translation>Crear una clave de recuperación nueva</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Hide</source>
        <translation>Ocu&amp;ltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the recovery key</source>
        <translation>Ocultar la clave de recuperación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message about the recovery key</source>
        <translation>Mensaje sobre la clave de recuperación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Auto-lock</source>
        <translation>Bloqueo automático</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock the journal after</source>
        <translation>&amp;Bloquear el diario tras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock the journal after this long without use</source>
        <translation>Bloquear el diario tras este tiempo sin usarlo</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../ui/unlock.ui" line="+6"/>
        <source>Unlock the journal</source>
        <translation>Desbloquear el diario</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Welcome back</source>
        <translation>Qué bueno verte de nuevo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your journal is safe and encrypted on this computer. Type your passphrase to open it.</source>
        <translation>Tu diario está a salvo y cifrado en este equipo. Escribe tu frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Clave de recuperación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type it as you wrote it down. Capital or small letters, spaces and dashes don&apos;t matter.</source>
        <translation>Escríbela tal como la anotaste. Da igual si usas mayúsculas o minúsculas, espacios o guiones.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use my recovery &amp;key instead</source>
        <translation>U&amp;sar mi clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use my recovery key instead</source>
        <translation>Usar mi clave de recuperación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Need support now?</source>
        <translation>¿Necesitas apoyo ahora?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support: crisis lines and a moment to breathe</source>
        <translation>Apoyo: líneas de crisis y un momento para respirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis lines and grounding, without opening the journal (F1)</source>
        <translation>Líneas de crisis y ejercicios para volver al presente, sin abrir el diario (F1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open journal</source>
        <translation>A&amp;brir el diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the journal</source>
        <translation>Abrir el diario</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <location filename="../kindspace/gui/window_dialogs.py" line="+21"/>
        <source>Words from last time</source>
        <translation>Palabras de la última vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have words from last time that weren&apos;t saved.</source>
        <translation>Tienes palabras de la última vez que no se guardaron.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Would you like to pick up where you left off?</source>
        <translation>¿Quieres seguir donde lo dejaste?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring them back</source>
        <translation>Recuperarlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each time you come back counts.</source>
        <translation>Cada vez que vuelves cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice days this month: {days}</source>
        <translation>Días de práctica este mes: {days}</translation>
    </message>
</context>
</TS>
