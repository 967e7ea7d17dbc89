<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChangePassphraseDialog</name>
    <message numerus="yes">
        <location filename="../../ui/settings/passphrase.py" line="100"/>
        <source>Please choose a new passphrase of at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/strength.py" line="86"/>
        <source>Use at least %n characters. A few unrelated words work well.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
