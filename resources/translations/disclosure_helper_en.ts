<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChangePassphraseDialog</name>
    <message numerus="yes">
        <location filename="../../ui/settings/passphrase.py" line="67"/>
        <source>Please choose a new passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Please choose a new passphrase of at least %n character.</numerusform>
            <numerusform>Please choose a new passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message numerus="yes">
        <location filename="../../ui/core_messages.py" line="16"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/core_messages.py" line="17"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/core_messages.py" line="18"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/core_messages.py" line="19"/>
        <source>%n times</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/core_messages.py" line="20"/>
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/core_messages.py" line="21"/>
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/core_messages.py" line="22"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message numerus="yes">
        <location filename="../../ui/journal/editor.py" line="566"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/journal/export.py" line="149"/>
        <source>The %n entries you selected</source>
        <translation>
            <numerusform>The entry you selected</numerusform>
            <numerusform>The %n entries you selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/export.py" line="255"/>
        <source>Saved %n entries. Remember: this file is not encrypted.</source>
        <translation>
            <numerusform>Saved %n entry. Remember: this file is not encrypted.</numerusform>
            <numerusform>Saved %n entries. Remember: this file is not encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <location filename="../../ui/journal/page.py" line="442"/>
        <source>Moved %n entries to the trash.</source>
        <translation>
            <numerusform>Moved %n entry to the trash.</numerusform>
            <numerusform>Moved %n entries to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/page.py" line="460"/>
        <source>The %n entries are back.</source>
        <translation>
            <numerusform>The entry is back.</numerusform>
            <numerusform>The %n entries are back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/page.py" line="545"/>
        <source>%n entries match your filters.</source>
        <translation>
            <numerusform>%n entry matches your filters.</numerusform>
            <numerusform>%n entries match your filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/page.py" line="547"/>
        <source>%n entries, newest first.</source>
        <translation>
            <numerusform>%n entry, newest first.</numerusform>
            <numerusform>%n entries, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/page.py" line="575"/>
        <source>%n entries hold these words.</source>
        <translation>
            <numerusform>%n entry holds these words.</numerusform>
            <numerusform>%n entries hold these words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/page.py" line="648"/>
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/strength.py" line="69"/>
        <source>Use at least %n characters. A few unrelated words work well.</source>
        <translation>
            <numerusform>Use at least %n character. A few unrelated words work well.</numerusform>
            <numerusform>Use at least %n characters. A few unrelated words work well.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message numerus="yes">
        <location filename="../../ui/journal/trash.py" line="105"/>
        <source>%n entries are back in your journal.</source>
        <translation>
            <numerusform>%n entry is back in your journal.</numerusform>
            <numerusform>%n entries are back in your journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/trash.py" line="113"/>
        <source>Delete %n entries for good? They cannot be brought back, not even from here.</source>
        <translation>
            <numerusform>Delete %n entry for good? It cannot be brought back, not even from here.</numerusform>
            <numerusform>Delete %n entries for good? They cannot be brought back, not even from here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/trash.py" line="126"/>
        <source>%n entries deleted for good.</source>
        <translation>
            <numerusform>%n entry deleted for good.</numerusform>
            <numerusform>%n entries deleted for good.</numerusform>
        </translation>
    </message>
</context>
</TS>
