<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DiaryController</name>
    <message>
        <source>The diary is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeRow</name>
    <message>
        <source>Night of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 s · intensity %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>duration in seconds</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
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
        <source>Side</source>
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
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you were doing</source>
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
        <source>Numbness</source>
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
        <source>Weakness</source>
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
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>main</name>
    <message>
        <source>Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
