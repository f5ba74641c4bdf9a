<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../kindspace/gui/words.py" line="+38"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>Import %Ln entry</numerusform>
            <numerusform>Import %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Adding %Ln entries to your journal…</source>
        <translation>
            <numerusform>Adding %Ln entry to your journal…</numerusform>
            <numerusform>Adding %Ln entries to your journal…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You&apos;ve taken time for yourself on %Ln days this month.</source>
        <translation>
            <numerusform>You&apos;ve taken time for yourself on %Ln day this month.</numerusform>
            <numerusform>You&apos;ve taken time for yourself on %Ln days this month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Look back at this day in earlier years (%Ln entries)</source>
        <translation>
            <numerusform>Look back at this day in earlier years (%Ln entry)</numerusform>
            <numerusform>Look back at this day in earlier years (%Ln entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The export was stopped after %Ln of {total}; those %Ln files are in {path}.</source>
        <translation>
            <numerusform>The export was stopped after %Ln of {total}; that file is in {path}.</numerusform>
            <numerusform>The export was stopped after %Ln of {total}; those %Ln files are in {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A practice can have up to %Ln steps.</source>
        <translation>
            <numerusform>A practice can have up to %Ln step.</numerusform>
            <numerusform>A practice can have up to %Ln steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>kindspace keeps up to %Ln reminder times a day.</source>
        <translation>
            <numerusform>kindspace keeps up to %Ln reminder time a day.</numerusform>
            <numerusform>kindspace keeps up to %Ln reminder times a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The latest %Ln of {total} times are shown.</source>
        <translation>
            <numerusform>The latest %Ln of {total} time is shown.</numerusform>
            <numerusform>The latest %Ln of {total} times are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remind me to read it again in %Ln days</source>
        <translation>
            <numerusform>Remind me to read it again in %Ln day</numerusform>
            <numerusform>Remind me to read it again in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln minutes ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln hours ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln days ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Up to date with %Ln devices</source>
        <translation>
            <numerusform>Up to date with %Ln device</numerusform>
            <numerusform>Up to date with %Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln changes waiting to go out</source>
        <translation>
            <numerusform>%Ln change waiting to go out</numerusform>
            <numerusform>%Ln changes waiting to go out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln changes waiting to come in</source>
        <translation>
            <numerusform>%Ln change waiting to come in</numerusform>
            <numerusform>%Ln changes waiting to come in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>yet to take in %Ln changes from here</source>
        <translation>
            <numerusform>yet to take in %Ln change from here</numerusform>
            <numerusform>yet to take in %Ln changes from here</numerusform>
        </translation>
    </message>
</context>
</TS>
