<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Backup</name>
    <message>
        <source>cannot create the backup folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the current diary as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put the restored diary at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup target %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup copy failed its check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the backup into place at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; undoing the restore failed too: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the backup %1 beside the diary: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the backup %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy %1 of the backup is not sound: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep %1 as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set aside %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The diary is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n cramp</numerusform>
            <numerusform>%n cramps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp-free night(s)</source>
        <translation>
            <numerusform>%n cramp-free night</numerusform>
            <numerusform>%n cramp-free nights</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, from the night of %2 to the night of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1. The diary now holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced diary is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored backup is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore is undone: the diary is back as it was, with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareAdvice</name>
    <message>
        <source>Keep your legs warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your legs warm at night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not let an air conditioner or a fan blow on your legs: cold makes the nerves more excitable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soak your feet in warm water for 10–15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch your calves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older people and those who sit for long: simple leg exercises, such as rising onto your toes and pulling your toes up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A balanced diet with enough calcium, magnesium and potassium: milk, soy foods, dark green vegetables, bananas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcium alone does little for cramps that are not caused by a lack of calcium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After heavy sweating or diarrhoea, drink and replace potassium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have diabetes, avoid low blood sugar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull your toes up toward you to stretch the muscle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then massage the muscle or warm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps becoming frequent: three or more a week, several in one night, or a sudden rise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or weakness with the cramps: numbness that stays after the cramp, toes dragging when walking, trouble with stairs, or pain running down the leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps that begin with a posture or an action: bending, coughing or sneezing, or after sitting or standing for a long time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With any of these, see a doctor: neurology (神经内科) or orthopaedics (骨科).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareComparisons</name>
    <message>
        <source>Not enough nights yet: needs %1 with and %1 without; now %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With: %1 cramps a night (%2 on %3); without: %4 a night (%5 on %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n cramp</numerusform>
            <numerusform>%n cramps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareLog</name>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the care items of a night</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The night of %1 is still to come: care can be logged for tonight or a past night.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareLogPage</name>
    <message>
        <source>Bedtime care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This night is still to come: care can be logged for tonight or a past night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet. Tap what you did before bed and what the day was like, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save: none of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log tonight&apos;s care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your nights compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nights recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps a night on the nights from %1 to last night (%2) that are recorded and have a bedtime care record, with the item and without it. Each side needs %3 nights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An association in your own diary, not proof of cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary records and summarises what you logged. It is not a diagnosis and no basis for treatment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>The diary is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n cramp(s) to %1.</source>
        <translation>
            <numerusform>Exported %n cramp to %1.</numerusform>
            <numerusform>Exported %n cramps to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; it is not a diary export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 has these problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n cramp</numerusform>
            <numerusform>%n cramps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp-free night(s)</source>
        <translation>
            <numerusform>%n cramp-free night</numerusform>
            <numerusform>%n cramp-free nights</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the diary, so skipped: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s settings and profile will be used, as this diary has no records yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diary keeps its own settings and profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no checked import to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care records to add: %1; already in the diary, so skipped: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On %n night(s) the diary keeps its own care record, which differs from the file&apos;s.</source>
        <translation>
            <numerusform>On %n night the diary keeps its own care record, which differs from the file&apos;s.</numerusform>
            <numerusform>On %n nights the diary keeps its own care record, which differs from the file&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Care records: %n added.</source>
        <translation>
            <numerusform>Care records: %n added.</numerusform>
            <numerusform>Care records: %n added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diary file</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the diary %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Cramp Diary file (an SQLite database of another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Cramp Diary (schema %2; this version reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a Cramp Diary file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a diary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not a Cramp Diary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Cramp Diary file (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1 to sync it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sync %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (read-only): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade %1 to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the diary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot begin a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a diary as Cramp Diary writes it: it has a trigger &apos;%2&apos;, which the app never makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a diary as Cramp Diary writes it: it has a view &apos;%2&apos;, which the app never makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a diary as Cramp Diary writes it: it has &apos;%2&apos;, which the app never makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a diary as Cramp Diary writes it: &apos;%2&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a diary as Cramp Diary writes it: &apos;%2&apos; differs from the app&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program (still locked after %2 seconds); try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space left on the disk of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no diary at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiarySession</name>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiarySettings</name>
    <message>
        <source>The diary is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth: %1 is not between %2 and %3, so it is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorView</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>onset: not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time is still to come: pick a time that has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The night of %1 has not ended yet: only a past night can be recorded as cramp-free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The night of %1 is not recorded as cramp-free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp-free night recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp-free mark removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>%1: %2 is outside %3–%4 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is outside %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than one hour in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a known IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 characters, at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a known risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episode %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>night %1 already has a cramp recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cramp-free night %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is before the start %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medicine %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeRow</name>
    <message>
        <source>%1 · intensity %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>File</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>No cramps this night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · intensity %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the entry at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entry at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line %1: a quote inside a field that does not start with one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the text is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not %3 or %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be empty for a cramp-free night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a known IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time like %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in the array, expected strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a field of the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a field of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2): %3, expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a field of an episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a field of a cramp-free night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: this is not a Cramp Diary export (expected an object with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing; this is not a Cramp Diary export (expected an object with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not %2; this is not a Cramp Diary export (expected an object with %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a field of a Cramp Diary export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file is empty; expected the header %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header is &apos;%2&apos;, expected &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 differs from %3, the night of its onset in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a cramp-free night already in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is marked cramp-free, but %3 logs a cramp that night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is marked cramp-free, but the diary has a cramp that night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is longer than %1 bytes; no record is that long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a temporary copy of the input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is in %1, not UTF-8: save it as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed after it was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be empty for a care record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not %3, %4 or %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be empty for an episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a field of a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a field of a care record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a version this program reads (it reads versions %3 and %4; a newer Cramp Diary wrote this file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a field of a version %2 export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has a care record already in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JSON</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty; expected a JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byte %1 is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected control character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; expected a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number may not start with 0 (leading zeros are not JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; expected a digit after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; expected a digit in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \u escape needs four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character (%1) inside a string; write it as an escape such as \n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a low surrogate without a high surrogate before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a high surrogate without a low surrogate after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not UTF-8 (a string holds a byte sequence that is not UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrays and objects are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma before &apos;]&apos; (trailing commas are not JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; expected &apos;,&apos; or &apos;]&apos; after an element of an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; expected a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; expected &apos;:&apos; after the key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma before &apos;}&apos; (trailing commas are not JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; expected &apos;,&apos; or &apos;}&apos; after a member of an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment, which JSON does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 values in one record; no record of a Cramp Diary export has that many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number longer than %1 characters; no Cramp Diary export holds one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string longer than %1 bytes; no Cramp Diary export holds one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of medicines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side of thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying in bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coughing or sneezing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After long sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After long standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still numb after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toes drag when walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble with stairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age 40 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lumbar disc herniation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lumbar spinal canal stenosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varicose veins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arterial disease of the legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kidney disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretching</source>
        <comment>what eased the cramp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm foot soak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs kept warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drank enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy sweating or diarrhoea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cold night</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>duration in seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatestEntries</name>
    <message>
        <source>Latest entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cramps logged yet. When one wakes you, tap “Log a cramp”: the time is filled in for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 min or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong: %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you were doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As logged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or pain running from the buttock down the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tingling or numbness in both feet or both hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It woke me up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What eased it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cramp of %1 is unusually long. Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The night before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The night after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts for the night of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicineEditor</name>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medicines recorded. Add those you take, e.g. a diuretic or a statin, with the night you started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the diary? The report will no longer list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medicine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. atorvastatin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose (optional), e.g. 20 mg every evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: no start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first night it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last night it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the last night it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the medicine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still taken (set a last night…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicineList</name>
    <message>
        <source>no start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start night: choose the night the medicine was first taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This medicine is no longer in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MorningQuestions</name>
    <message>
        <source>About last night (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did numbness stay after the cramp eased?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness stayed: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness stayed: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did your toes drag when walking, or were stairs hard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness: no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NightCalendarView</name>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of nights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NightCell</name>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n cramp</numerusform>
            <numerusform>%n cramps</numerusform>
        </translation>
    </message>
    <message>
        <source>no cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NightHeader</name>
    <message>
        <source>Crossed the threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NightPanel</name>
    <message numerus="yes">
        <source>%n cramp(s) that night</source>
        <translation>
            <numerusform>%n cramp that night</numerusform>
            <numerusform>%n cramps that night</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as a night without cramps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This night has not ended yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ On this night the last 7 nights reached your threshold of %1 cramps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 as cramp-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the cramp-free mark of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedtime care: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedtime care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedtime care of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front of thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side of thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cough/sneeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age 40 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lumbar disc herniation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lumbar spinal canal stenosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>varicose veins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arterial disease of the legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kidney disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg cramp diary: report for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cramps were recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps per calendar week (weeks start on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: median %1 s, longest %2 s. Intensity (0–10): median %3, highest %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites: %1. Sides: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report records and summarises what the patient logged. It is not a diagnosis and no basis for treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cramps in the period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp-free nights (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report font (WenQuanYi Micro Hei, Debian package fonts-wqy-microhei) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot paint the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toes drag when walking (self-reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warmth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walking about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetric tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(continued from the previous page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night: named by the date of its evening. Onset: the calendar date and local time; the UTC offset is shown where it is not %1, the period&apos;s usual one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[emoji]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stretching the calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a week (%2 of %3 nights recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 nights (to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cramps: at or over the threshold of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cramps: under the threshold of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the %2 nights before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 nights before: not recorded (%2 recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in this period; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First recorded cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more cramps in 7 nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest: %1 in the 7 nights to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several cramps in one night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most: %1 cramps on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps becoming more frequent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judged once the diary reaches back 84 nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 28 nights: %1; 56 nights before: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (uncertain: under half of the earlier nights recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or weakness with cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbness stayed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radiating from the buttock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symmetric tingling of both feet or hands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by a posture or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk factors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 (%2 nights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or over the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial week (not wholly in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the last %1 of %2 weeks, every week from page 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps by hour of onset (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was recorded with the cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps: %1 in total. Woke the patient: %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eased by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture or action at onset: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app told the patient: these signs are worth showing a doctor: neurology or orthopaedics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For reference, the articles the app follows name these examinations for such signs: lumbar MRI, ultrasound of the leg&apos;s blood vessels, nerve conduction studies or EMG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app told the patient: none of the warning signs showed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps per calendar week, every week of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nights: %1 · first: %2 · latest: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calf stretch before bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm foot soak before bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legs kept warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drank enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard exercise that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long sitting that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long standing that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy sweating or diarrhoea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cold night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal comparisons: cramps on nights with and without each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the nights of the period that are recorded and have a care record; an item is compared only when each side has at least %1 nights. An association in the patient&apos;s own diary, not proof of cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough nights yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medicine started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medicine stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportControls</name>
    <message>
        <source>Report for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, %n page(s). Page 1 is the summary; then every cramp.</source>
        <translation>
            <numerusform>%1 to %2, %n page. Page 1 is the summary; then every cramp.</numerusform>
            <numerusform>%1 to %2, %n pages. Page 1 is the summary; then every cramp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>From: “%1” is not a date like 2026-03-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: “%1” is not a date like 2026-03-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (%1) is after To (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is longer than ten years; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Report for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSheet</name>
    <message>
        <source>Report page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportZoomBar</name>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to width (now %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is replaced by the backup %1. The current diary is kept beside it, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary holds now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps in 7 nights that count as frequent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold: cramps in 7 nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A night ends at (hour of the day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day boundary hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the doctor&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What applies to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary stays on this device. A backup is made each day you open the app; the last 7 are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, everything, for another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR, for a doctor&apos;s system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV or JSON file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary exports (*.csv *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary backups (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import these records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark at night (%1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diaries replaced by a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this diary back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemedDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemedFileDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folders or files of this type here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name or path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>The diary could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cramps last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night (%1) is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup (%1); the damaged file is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodaySummary</name>
    <message numerus="yes">
        <source>%n or more cramps in 7 nights</source>
        <translation>
            <numerusform>%n or more cramps in 7 nights</numerusform>
            <numerusform>%n or more cramps in 7 nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Highest: %1 cramps in the 7 nights to %2. %n night(s) of the last 28 were at or over the threshold.</source>
        <translation>
            <numerusform>Highest: %1 cramps in the 7 nights to %2. %n night of the last 28 were at or over the threshold.</numerusform>
            <numerusform>Highest: %1 cramps in the 7 nights to %2. %n nights of the last 28 were at or over the threshold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cramps)</source>
        <translation>
            <numerusform>%1 (%n cramp)</numerusform>
            <numerusform>%1 (%n cramps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more night(s)</source>
        <translation>
            <numerusform> and %n more night</numerusform>
            <numerusform> and %n more nights</numerusform>
        </translation>
    </message>
    <message>
        <source>Several cramps in one night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps are becoming more frequent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbness that stayed after the cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toes dragging (foot drop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakness on stairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbness or pain running down the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or weakness with a cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coughing or sneezing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sitting for a long time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing for a long time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cramps (%2)</source>
        <translation>
            <numerusform>%1: %n cramp (%2)</numerusform>
            <numerusform>%1: %n cramps (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cramps started by a posture or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s) in the last 7 nights</source>
        <translation>
            <numerusform>%n cramp in the last 7 nights</numerusform>
            <numerusform>%n cramps in the last 7 nights</numerusform>
        </translation>
    </message>
    <message>
        <source>The diary records and summarises what you logged. It is not a diagnosis and no basis for treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These signs are worth showing a doctor: neurology (神经内科) or orthopedics (骨科).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a week in the last 28 nights (%2 cramps), against %3 a week in the 56 nights before (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodaySummaryCard</name>
    <message>
        <source>%1 of a threshold of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodaySummaryDetails</name>
    <message>
        <source>At or over your threshold of %1 cramps in 7 nights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under your threshold of %1 cramps in 7 nights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night of %1: %2 cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warning signs in the last 28 nights.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TonightCare</name>
    <message>
        <source>Tonight&apos;s care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you do before bed, and what was the day like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tonight&apos;s care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log tonight&apos;s care</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>26 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>52 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps per calendar week: %1 in %2 weeks; %3 weeks at or over your threshold of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly cramps chart: %1 cramps in %2 weeks, %3 weeks at or over the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs in the last 28 nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warning signs in the last 28 nights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent or increasing cramps can have nerve, blood-vessel or metabolic causes (for example diabetes, a lumbar disc, or the leg&apos;s arteries or veins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness that stays, weakness (toes dragging, trouble with stairs) or pain running down the leg can come from the nerves or the lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps started by bending, coughing or long sitting or standing help a doctor tell a lower-back cause from a blood-vessel one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a night to see its entries, log a cramp for it, or record it as cramp-free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cramps that night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cramps (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 7 nights reached the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or over your threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medicine started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medicine stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
