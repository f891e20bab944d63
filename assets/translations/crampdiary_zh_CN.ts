<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backup</name>
    <message>
        <source>cannot create the backup folder %1: %2</source>
        <translation>无法创建备份文件夹 %1：%2</translation>
    </message>
    <message>
        <source>the backup cannot be restored: %1</source>
        <translation>这个备份无法恢复：%1</translation>
    </message>
    <message>
        <source>cannot keep the current diary as %1: %2</source>
        <translation>无法把当前日记保留为 %1：%2</translation>
    </message>
    <message>
        <source>cannot put the restored diary at %1: %2</source>
        <translation>无法把恢复的日记放到 %1：%2</translation>
    </message>
    <message>
        <source>backup target %1 already exists</source>
        <translation>备份目标 %1 已存在</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>cannot back up to %1: %2</source>
        <translation>无法备份到 %1：%2</translation>
    </message>
    <message>
        <source>cannot finish the backup %1: %2</source>
        <translation>无法完成备份 %1：%2</translation>
    </message>
    <message>
        <source>the backup copy failed its check: %1</source>
        <translation>备份副本未通过检查：%1</translation>
    </message>
    <message>
        <source>cannot move the backup into place at %1: %2</source>
        <translation>无法把备份移到 %1：%2</translation>
    </message>
    <message>
        <source>%1; undoing the restore failed too: %2</source>
        <translation>%1；撤销这次恢复也失败了：%2</translation>
    </message>
    <message>
        <source>cannot copy the backup %1 beside the diary: %2</source>
        <translation>无法把备份 %1 复制到日记旁边：%2</translation>
    </message>
    <message>
        <source>cannot copy the backup %1 to %2: %3</source>
        <translation>无法把备份 %1 复制为 %2：%3</translation>
    </message>
    <message>
        <source>the copy %1 of the backup is not sound: %2</source>
        <translation>备份的副本 %1 不完好：%2</translation>
    </message>
    <message>
        <source>cannot keep %1 as %2: %3</source>
        <translation>无法把 %1 保留为 %2：%3</translation>
    </message>
    <message>
        <source>cannot set aside %1: %2</source>
        <translation>无法移开 %1：%2</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The diary is not open.</source>
        <translation>日记未打开。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Choose a backup file on this device.</source>
        <translation>请选择本设备上的备份文件。</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n 次抽筋</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp-free night(s)</source>
        <translation>
            <numerusform>%n 个无抽筋之夜</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, from the night of %2 to the night of %3</source>
        <translation>%1，从 %2 夜间到 %3 夜间</translation>
    </message>
    <message>
        <source>cannot be restored: %1</source>
        <translation>无法恢复：%1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Restored %1. The diary now holds %2.</source>
        <translation>已恢复 %1。日记现有%2。</translation>
    </message>
    <message>
        <source>The replaced diary is kept as %1.</source>
        <translation>被替换的日记保留为 %1。</translation>
    </message>
    <message>
        <source>The restored backup is kept as %1.</source>
        <translation>恢复进来的备份保留为 %1。</translation>
    </message>
    <message>
        <source>The restore is undone: the diary is back as it was, with %1.</source>
        <translation>已撤销恢复：日记已回到原来的样子，有%1。</translation>
    </message>
</context>
<context>
    <name>CareAdvice</name>
    <message>
        <source>Keep your legs warm</source>
        <translation>注意腿部保暖</translation>
    </message>
    <message>
        <source>Keep your legs warm at night.</source>
        <translation>夜间注意腿部保暖。</translation>
    </message>
    <message>
        <source>Do not let an air conditioner or a fan blow on your legs: cold makes the nerves more excitable.</source>
        <translation>不要让空调或电风扇对着腿吹：受凉会使神经兴奋性增高。</translation>
    </message>
    <message>
        <source>Before bed</source>
        <translation>睡前</translation>
    </message>
    <message>
        <source>Soak your feet in warm water for 10–15 minutes.</source>
        <translation>用温水泡脚 10～15 分钟。</translation>
    </message>
    <message>
        <source>Stretch your calves.</source>
        <translation>拉伸小腿肌肉。</translation>
    </message>
    <message>
        <source>During the day</source>
        <translation>白天</translation>
    </message>
    <message>
        <source>Older people and those who sit for long: simple leg exercises, such as rising onto your toes and pulling your toes up.</source>
        <translation>老年人和久坐的人：白天做些简单的腿部运动，比如踮脚尖、勾脚尖。</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>饮食</translation>
    </message>
    <message>
        <source>A balanced diet with enough calcium, magnesium and potassium: milk, soy foods, dark green vegetables, bananas.</source>
        <translation>饮食均衡，摄入足够的钙、镁、钾：如牛奶、豆制品、深绿色蔬菜、香蕉。</translation>
    </message>
    <message>
        <source>Calcium alone does little for cramps that are not caused by a lack of calcium.</source>
        <translation>不是缺钙引起的抽筋，单纯补钙作用不大。</translation>
    </message>
    <message>
        <source>After heavy sweating or diarrhoea, drink and replace potassium.</source>
        <translation>大量出汗或腹泻后，要及时补充水分和钾。</translation>
    </message>
    <message>
        <source>If you have diabetes, avoid low blood sugar.</source>
        <translation>糖尿病患者要避免低血糖。</translation>
    </message>
    <message>
        <source>During a cramp</source>
        <translation>抽筋时</translation>
    </message>
    <message>
        <source>Pull your toes up toward you to stretch the muscle.</source>
        <translation>用力扳脚，把脚尖往身体方向拉，拉伸抽筋的肌肉。</translation>
    </message>
    <message>
        <source>Then massage the muscle or warm it.</source>
        <translation>然后按摩或热敷这块肌肉。</translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation>什么时候该看医生</translation>
    </message>
    <message>
        <source>Cramps becoming frequent: three or more a week, several in one night, or a sudden rise.</source>
        <translation>抽筋越来越频繁：每周三次或以上、一晚多次，或突然增多。</translation>
    </message>
    <message>
        <source>Numbness or weakness with the cramps: numbness that stays after the cramp, toes dragging when walking, trouble with stairs, or pain running down the leg.</source>
        <translation>抽筋伴有麻木或无力：抽筋缓解后仍然麻木、走路脚尖拖地、上楼梯费力，或疼痛沿腿往下放射。</translation>
    </message>
    <message>
        <source>Cramps that begin with a posture or an action: bending, coughing or sneezing, or after sitting or standing for a long time.</source>
        <translation>抽筋与姿势或动作有关：弯腰、咳嗽或打喷嚏时，或久坐、久站之后发作。</translation>
    </message>
    <message>
        <source>With any of these, see a doctor: neurology (神经内科) or orthopaedics (骨科).</source>
        <translation>出现以上任何一种情况，请及时就医：神经内科或骨科。</translation>
    </message>
</context>
<context>
    <name>CareComparisons</name>
    <message>
        <source>Not enough nights yet: needs %1 with and %1 without; now %2 and %3.</source>
        <translation>夜数还不够：有、没有这一项各需 %1 晚；目前分别为 %2 晚和 %3 晚。</translation>
    </message>
    <message>
        <source>With: %1 cramps a night (%2 on %3); without: %4 a night (%5 on %6).</source>
        <translation>有这一项：每晚 %1 次（%3共 %2）；没有：每晚 %4 次（%6共 %5）。</translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n 晚</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareLog</name>
    <message>
        <source>None of these</source>
        <translation>以上都没有</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the care items of a night</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The diary is not open.</source>
        <translation>日记没有打开。</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 不是日期。</translation>
    </message>
    <message>
        <source>The night of %1 is still to come: care can be logged for tonight or a past night.</source>
        <translation>%1 这一晚还没到：只能记录今晚或以前夜晚的护理。</translation>
    </message>
</context>
<context>
    <name>CareLogPage</name>
    <message>
        <source>Bedtime care</source>
        <translation>睡前护理</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Tonight, %1</source>
        <translation>今晚，%1</translation>
    </message>
    <message>
        <source>This night is still to come: care can be logged for tonight or a past night.</source>
        <translation>这一晚还没到：只能记录今晚或以前夜晚的护理。</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>已记录：%1</translation>
    </message>
    <message>
        <source>Not recorded yet. Tap what you did before bed and what the day was like, then save.</source>
        <translation>还没有记录。点选睡前做了什么、白天怎么样，然后保存。</translation>
    </message>
    <message>
        <source>Before bed</source>
        <translation>睡前</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>白天</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>以上都没有</translation>
    </message>
    <message>
        <source>Save: none of these</source>
        <translation>保存：以上都没有</translation>
    </message>
    <message>
        <source>Clear the record</source>
        <translation>清除这条记录</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Care</source>
        <translation>护理</translation>
    </message>
    <message>
        <source>Log tonight&apos;s care</source>
        <translation>记录今晚的护理</translation>
    </message>
    <message>
        <source>Your nights compared</source>
        <translation>您的夜晚对比</translation>
    </message>
    <message>
        <source>No nights recorded yet.</source>
        <translation>还没有记录任何夜晚。</translation>
    </message>
    <message>
        <source>Cramps a night on the nights from %1 to last night (%2) that are recorded and have a bedtime care record, with the item and without it. Each side needs %3 nights.</source>
        <translation>统计 %1 至昨晚（%2）之间有记录、并记了睡前护理的夜晚：有这一项和没有这一项时每晚的抽筋次数。两边各需 %3 晚。</translation>
    </message>
    <message>
        <source>An association in your own diary, not proof of cause.</source>
        <translation>这只是您自己日记里的关联，不能证明因果关系。</translation>
    </message>
    <message>
        <source>The diary records and summarises what you logged. It is not a diagnosis and no basis for treatment.</source>
        <translation>本日记只记录和汇总您填写的内容，不是诊断，也不能作为治疗依据。</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>The diary is not open.</source>
        <translation>日记未打开。</translation>
    </message>
    <message>
        <source>Unknown export format “%1”.</source>
        <translation>未知的导出格式“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n cramp(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 次抽筋导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; it is not a diary export.</source>
        <translation>%1 大于 64 MB，不是日记导出文件。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 has these problems.</source>
        <translation>未导入任何内容：%1 有以下问题。</translation>
    </message>
    <message>
        <source>To add: %1 and %2.</source>
        <translation>将添加：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n 次抽筋</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp-free night(s)</source>
        <translation>
            <numerusform>%n 个无抽筋之夜</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the diary, so skipped: %1 and %2.</source>
        <translation>日记中已有，将跳过：%1，%2。</translation>
    </message>
    <message>
        <source>The file&apos;s settings and profile will be used, as this diary has no records yet.</source>
        <translation>此日记还没有记录，将使用文件中的设置和个人资料。</translation>
    </message>
    <message>
        <source>This diary keeps its own settings and profile.</source>
        <translation>此日记保留自己的设置和个人资料。</translation>
    </message>
    <message>
        <source>There is no checked import to write.</source>
        <translation>没有已检查、待写入的导入。</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>已导入 %1，%2。</translation>
    </message>
    <message>
        <source>The diary could not be read.</source>
        <translation>无法读取日记。</translation>
    </message>
    <message>
        <source>Care records to add: %1; already in the diary, so skipped: %2.</source>
        <translation>护理记录：将添加 %1 条；日记中已有，将跳过 %2 条。</translation>
    </message>
    <message numerus="yes">
        <source>On %n night(s) the diary keeps its own care record, which differs from the file&apos;s.</source>
        <translation>
            <numerusform>有 %n 个夜晚的护理记录与文件中的不同，日记保留自己的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Care records: %n added.</source>
        <translation>
            <numerusform>护理记录：已添加 %n 条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Previous year</source>
        <translation>上一年</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>下一年</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Diary file</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the diary %1: %2</source>
        <translation>无法创建日记 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Cramp Diary file (an SQLite database of another program)</source>
        <translation>%1 不是抽筋日记文件（是其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 was written by a newer Cramp Diary (schema %2; this version reads up to %3)</source>
        <translation>%1 由更新版本的抽筋日记写入（数据结构 %2；本版本最多能读取 %3）</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Cramp Diary file: %2</source>
        <translation>%1 已损坏，或不是抽筋日记文件：%2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is a folder, not a diary file</source>
        <translation>%1 是文件夹，不是日记文件</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not a Cramp Diary file</source>
        <translation>%1 是空文件（0 字节），不是抽筋日记文件</translation>
    </message>
    <message>
        <source>%1 is not a Cramp Diary file (not an SQLite database)</source>
        <translation>%1 不是抽筋日记文件（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>cannot open %1 to sync it: %2</source>
        <translation>无法打开 %1 以写入磁盘：%2</translation>
    </message>
    <message>
        <source>cannot sync %1 to disk: %2</source>
        <translation>无法把 %1 写入磁盘：%2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written (read-only): %2</source>
        <translation>%1 无法写入（只读）：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written (read-only)</source>
        <translation>%1 无法写入（只读）</translation>
    </message>
    <message>
        <source>cannot set up %1: %2</source>
        <translation>无法设置 %1：%2</translation>
    </message>
    <message>
        <source>cannot upgrade %1 to schema %2: %3</source>
        <translation>无法把 %1 升级到数据结构 %2：%3</translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation>无法升级 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the diary: %1</source>
        <translation>无法写入日记：%1</translation>
    </message>
    <message>
        <source>cannot prepare &apos;%1&apos;: %2</source>
        <translation>无法准备“%1”：%2</translation>
    </message>
    <message>
        <source>cannot begin a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>%1 is not a diary as Cramp Diary writes it: it has a trigger &apos;%2&apos;, which the app never makes</source>
        <translation>%1 不是抽筋日记写出的日记：其中有触发器“%2”，本应用从不创建触发器</translation>
    </message>
    <message>
        <source>%1 is not a diary as Cramp Diary writes it: it has a view &apos;%2&apos;, which the app never makes</source>
        <translation>%1 不是抽筋日记写出的日记：其中有视图“%2”，本应用从不创建视图</translation>
    </message>
    <message>
        <source>%1 is not a diary as Cramp Diary writes it: it has &apos;%2&apos;, which the app never makes</source>
        <translation>%1 不是抽筋日记写出的日记：其中有本应用从不创建的“%2”</translation>
    </message>
    <message>
        <source>%1 is not a diary as Cramp Diary writes it: &apos;%2&apos; is missing</source>
        <translation>%1 不是抽筋日记写出的日记：缺少“%2”</translation>
    </message>
    <message>
        <source>%1 is not a diary as Cramp Diary writes it: &apos;%2&apos; differs from the app&apos;s own</source>
        <translation>%1 不是抽筋日记写出的日记：“%2”与本应用的定义不同</translation>
    </message>
    <message>
        <source>%1 is in use by another program (still locked after %2 seconds); try again when it has finished</source>
        <translation>%1 正被另一个程序使用（等了 %2 秒仍被锁定）；请等它用完后再试</translation>
    </message>
    <message>
        <source>no space left on the disk of %1: %2</source>
        <translation>%1 所在的磁盘没有空间了：%2</translation>
    </message>
    <message>
        <source>no diary at %1</source>
        <translation>%1 处没有日记</translation>
    </message>
</context>
<context>
    <name>DiarySession</name>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>今天的自动备份没能写入：%1</translation>
    </message>
    <message>
        <source>reading “%1” failed: %2</source>
        <translation>读取“%1”失败：%2</translation>
    </message>
</context>
<context>
    <name>DiarySettings</name>
    <message>
        <source>The diary is not open.</source>
        <translation>日记未打开。</translation>
    </message>
    <message>
        <source>Year of birth: %1 is not between %2 and %3, so it is not saved.</source>
        <translation>出生年份：%1 不在 %2 到 %3 之间，因此未保存。</translation>
    </message>
</context>
<context>
    <name>DoctorView</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>onset: not a date and time</source>
        <translation>开始时间：不是有效的日期和时间</translation>
    </message>
    <message>
        <source>The diary is not open.</source>
        <translation>日记未打开。</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>这条记录已不存在。</translation>
    </message>
    <message>
        <source>That time is still to come: pick a time that has passed.</source>
        <translation>这个时间还没到：请选择已经过去的时间。</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 不是日期。</translation>
    </message>
    <message>
        <source>The night of %1 has not ended yet: only a past night can be recorded as cramp-free.</source>
        <translation>%1 的夜间还没有结束：只有过去的夜间才能记为无抽筋。</translation>
    </message>
    <message>
        <source>The night of %1 is not recorded as cramp-free.</source>
        <translation>%1 的夜间没有记为无抽筋。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>修改已保存</translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>记录已删除</translation>
    </message>
    <message>
        <source>Cramp-free night recorded</source>
        <translation>已记为无抽筋之夜</translation>
    </message>
    <message>
        <source>Cramp-free mark removed</source>
        <translation>已取消无抽筋标记</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>%1: %2 is outside %3–%4 seconds</source>
        <translation>%1：%2 不在 %3–%4 秒之间</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3–%4</source>
        <translation>%1：%2 不在 %3–%4 之间</translation>
    </message>
    <message>
        <source>%1: unknown value</source>
        <translation>%1：未知的值</translation>
    </message>
    <message>
        <source>%1: more than one hour in the future</source>
        <translation>%1：比现在晚一小时以上</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a known IANA time zone</source>
        <translation>%1：“%2”不是已知的 IANA 时区</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 text</source>
        <translation>%1：不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>%1: %2 characters, at most %3</source>
        <translation>%1：%2 个字符，最多 %3 个</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a known risk factor</source>
        <translation>%1：“%2”不是已知的风险因素</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation>%1：超过 %2 个字符</translation>
    </message>
    <message>
        <source>episode %1 does not exist</source>
        <translation>记录 %1 不存在</translation>
    </message>
    <message>
        <source>night %1 already has a cramp recorded</source>
        <translation>%1 这一晚已记录了抽筋</translation>
    </message>
    <message>
        <source>cramp-free night %1 does not exist</source>
        <translation>无抽筋之夜 %1 不存在</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1：缺少</translation>
    </message>
    <message>
        <source>%1: %2 is before the start %3</source>
        <translation>%1：%2 早于开始日期 %3</translation>
    </message>
    <message>
        <source>medicine %1 does not exist</source>
        <translation>药物 %1 不存在</translation>
    </message>
</context>
<context>
    <name>EpisodeRow</name>
    <message>
        <source>%1 · intensity %2 of 10</source>
        <translation>%1 · 强度 %2/10</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>File</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>还没有任何记录。</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>No cramps this night</source>
        <translation>这一晚没有抽筋</translation>
    </message>
    <message>
        <source>%1 · intensity %2 of 10</source>
        <translation>%1 · 强度 %2/10</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the entry at %1</source>
        <translation>编辑 %1 的记录</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the entry at %1</source>
        <translation>删除 %1 的记录</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line %1: a quote inside a field that does not start with one</source>
        <translation>第 %1 行：字段中间有引号，但字段不是以引号开头</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>第 %1 行：字段的结束引号后面还有文字</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>第 %1 行：带引号的字段没有结束引号</translation>
    </message>
    <message>
        <source>line %1: the text is not UTF-8</source>
        <translation>第 %1 行：文本不是 UTF-8 编码</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not %3 or %4</source>
        <translation>%1：“%2”不是 %3 或 %4</translation>
    </message>
    <message>
        <source>columns: %1, expected %2</source>
        <translation>列数：%1，应为 %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1：“%2”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1: must be empty for a cramp-free night</source>
        <translation>%1：无抽筋之夜的这一项必须为空</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a known IANA time zone</source>
        <translation>%1：“%2”不是已知的 IANA 时区</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time like %3</source>
        <translation>%1：“%2”不是形如 %3 的时间</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1：“%2”不是整数</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1：“%2”不在可选值之中（%3）</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1：缺失</translation>
    </message>
    <message>
        <source>%1: %2, expected %3</source>
        <translation>%1：是%2，应为%3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is listed twice</source>
        <translation>%1：“%2”列出了两次</translation>
    </message>
    <message>
        <source>%1: %2 in the array, expected strings</source>
        <translation>%1：数组中有%2，应全为字符串</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number</source>
        <translation>%1：%2 不是整数</translation>
    </message>
    <message>
        <source>%1: %2 is out of range</source>
        <translation>%1：%2 超出范围</translation>
    </message>
    <message>
        <source>%1: not a field of the settings</source>
        <translation>%1：不是设置中的字段</translation>
    </message>
    <message>
        <source>%1: not a field of the profile</source>
        <translation>%1：不是个人资料中的字段</translation>
    </message>
    <message>
        <source>%1 (line %2): %3, expected %4</source>
        <translation>%1（第 %2 行）：是%3，应为%4</translation>
    </message>
    <message>
        <source>%1: not a field of an episode</source>
        <translation>%1：不是抽筋记录中的字段</translation>
    </message>
    <message>
        <source>%1: not a field of a cramp-free night</source>
        <translation>%1：不是无抽筋之夜中的字段</translation>
    </message>
    <message>
        <source>line %1: this is not a Cramp Diary export (expected an object with %2)</source>
        <translation>第 %1 行：这不是抽筋日记的导出文件（应为含有 %2 的对象）</translation>
    </message>
    <message>
        <source>%1: missing; this is not a Cramp Diary export (expected an object with %2)</source>
        <translation>%1：缺失；这不是抽筋日记的导出文件（应为含有 %2 的对象）</translation>
    </message>
    <message>
        <source>%1: not %2; this is not a Cramp Diary export (expected an object with %3)</source>
        <translation>%1：不是 %2；这不是抽筋日记的导出文件（应为含有 %3 的对象）</translation>
    </message>
    <message>
        <source>%1: not a field of a Cramp Diary export</source>
        <translation>%1：不是抽筋日记导出文件中的字段</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1（第 %2 行）</translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
    <message>
        <source>%1 (line %2), %3</source>
        <translation>%1（第 %2 行），%3</translation>
    </message>
    <message>
        <source>line %1: the file is empty; expected the header %2</source>
        <translation>第 %1 行：文件是空的；应有表头 %2</translation>
    </message>
    <message>
        <source>line %1: the header is &apos;%2&apos;, expected &apos;%3&apos;</source>
        <translation>第 %1 行：表头是“%2”，应为“%3”</translation>
    </message>
    <message>
        <source>%1: %2 differs from %3, the night of its onset in %4</source>
        <translation>%1：%2 与 %3 不符，后者是按 %4 时区由开始时间算出的夜晚</translation>
    </message>
    <message>
        <source>%1: %2 is a cramp-free night already in %3</source>
        <translation>%1：%2 在 %3 中已是无抽筋之夜</translation>
    </message>
    <message>
        <source>%1: %2 is marked cramp-free, but %3 logs a cramp that night</source>
        <translation>%1：%2 被标为无抽筋，但%3记录了那晚的抽筋</translation>
    </message>
    <message>
        <source>%1: %2 is marked cramp-free, but the diary has a cramp that night</source>
        <translation>%1：%2 被标为无抽筋，但日记中那晚有抽筋记录</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>the row is longer than %1 bytes; no record is that long</source>
        <translation>这一行超过 %1 字节；没有哪条记录有这么长</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 个问题</translation>
    </message>
    <message>
        <source>cannot make a temporary copy of the input: %1</source>
        <translation>无法为输入建立临时副本：%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the file is in %1, not UTF-8: save it as UTF-8 and import it again</source>
        <translation>文件是 %1 编码，不是 UTF-8：请另存为 UTF-8 后再导入</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file changed after it was checked</source>
        <translation>文件在检查之后被改动过</translation>
    </message>
    <message>
        <source>%1: must be empty for a care record</source>
        <translation>%1：护理记录的这一项必须为空</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not %3, %4 or %5</source>
        <translation>%1：“%2”不是 %3、%4 或 %5</translation>
    </message>
    <message>
        <source>%1: must be empty for an episode</source>
        <translation>%1：抽筋记录的这一项必须为空</translation>
    </message>
    <message>
        <source>%1: not a field of a medicine</source>
        <translation>%1：不是药物中的字段</translation>
    </message>
    <message>
        <source>%1: not a field of a care record</source>
        <translation>%1：不是护理记录中的字段</translation>
    </message>
    <message>
        <source>%1: %2 is not a version this program reads (it reads versions %3 and %4; a newer Cramp Diary wrote this file?)</source>
        <translation>%1：本程序不能读取版本 %2（只能读取版本 %3 和 %4；这个文件也许是更新版本的抽筋日记写的）</translation>
    </message>
    <message>
        <source>%1: not a field of a version %2 export</source>
        <translation>%1：不是版本 %2 导出文件中的字段</translation>
    </message>
    <message>
        <source>%1: %2 has a care record already in %3</source>
        <translation>%1：%2 在 %3 中已有护理记录</translation>
    </message>
</context>
<context>
    <name>JSON</name>
    <message>
        <source>null</source>
        <translation>null（空值）</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>the text is empty; expected a JSON value</source>
        <translation>文本是空的；应为一个 JSON 值</translation>
    </message>
    <message>
        <source>%1 after the end of the JSON value</source>
        <translation>JSON 值结束后还有%1</translation>
    </message>
    <message>
        <source>unexpected end of the text</source>
        <translation>文本意外结束</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>意外的“%1”</translation>
    </message>
    <message>
        <source>unexpected character %1</source>
        <translation>意外的字符 %1</translation>
    </message>
    <message>
        <source>the byte %1 is not UTF-8</source>
        <translation>字节 %1 不是 UTF-8</translation>
    </message>
    <message>
        <source>unexpected control character %1</source>
        <translation>意外的控制字符 %1</translation>
    </message>
    <message>
        <source>%1; expected a value</source>
        <translation>%1；此处应为一个值</translation>
    </message>
    <message>
        <source>%1; expected a digit</source>
        <translation>%1；此处应为数字</translation>
    </message>
    <message>
        <source>a number may not start with 0 (leading zeros are not JSON)</source>
        <translation>数字不能以 0 开头（JSON 不允许前导零）</translation>
    </message>
    <message>
        <source>%1; expected a digit after the decimal point</source>
        <translation>%1；小数点后应为数字</translation>
    </message>
    <message>
        <source>%1; expected a digit in the exponent</source>
        <translation>%1；指数中应为数字</translation>
    </message>
    <message>
        <source>a \u escape needs four hex digits</source>
        <translation>\u 转义需要四位十六进制数字</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>字符串没有结束引号</translation>
    </message>
    <message>
        <source>a control character (%1) inside a string; write it as an escape such as \n</source>
        <translation>字符串中有控制字符（%1）；请写成转义形式，如 \n</translation>
    </message>
    <message>
        <source>%1 is a low surrogate without a high surrogate before it</source>
        <translation>%1 是低位代理项，但前面没有高位代理项</translation>
    </message>
    <message>
        <source>%1 is a high surrogate without a low surrogate after it</source>
        <translation>%1 是高位代理项，但后面没有低位代理项</translation>
    </message>
    <message>
        <source>%1 is not a JSON escape</source>
        <translation>%1 不是 JSON 转义</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (a string holds a byte sequence that is not UTF-8)</source>
        <translation>文本不是 UTF-8 编码（某个字符串含有非 UTF-8 的字节序列）</translation>
    </message>
    <message>
        <source>arrays and objects are nested more than %1 deep</source>
        <translation>数组和对象的嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a comma before &apos;]&apos; (trailing commas are not JSON)</source>
        <translation>“]”前有逗号（JSON 不允许结尾逗号）</translation>
    </message>
    <message>
        <source>%1; expected &apos;,&apos; or &apos;]&apos; after an element of an array</source>
        <translation>%1；数组元素后应为“,”或“]”</translation>
    </message>
    <message>
        <source>%1; expected a key in double quotes</source>
        <translation>%1；此处应为双引号中的键名</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>键名“%1”在同一对象中出现了两次</translation>
    </message>
    <message>
        <source>%1; expected &apos;:&apos; after the key &quot;%2&quot;</source>
        <translation>%1；键名“%2”后应为“:”</translation>
    </message>
    <message>
        <source>a comma before &apos;}&apos; (trailing commas are not JSON)</source>
        <translation>“}”前有逗号（JSON 不允许结尾逗号）</translation>
    </message>
    <message>
        <source>%1; expected &apos;,&apos; or &apos;}&apos; after a member of an object</source>
        <translation>%1；对象成员后应为“,”或“}”</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>字符串数组</translation>
    </message>
    <message>
        <source>a year or null</source>
        <translation>年份或 null</translation>
    </message>
    <message>
        <source>a comment, which JSON does not allow</source>
        <translation>一段注释，而 JSON 不允许注释</translation>
    </message>
    <message>
        <source>more than %1 values in one record; no record of a Cramp Diary export has that many</source>
        <translation>一条记录中的值超过 %1 个；抽筋日记导出的记录不会有这么多</translation>
    </message>
    <message>
        <source>a number longer than %1 characters; no Cramp Diary export holds one</source>
        <translation>数字超过 %1 个字符；抽筋日记的导出文件里不会有这样的数字</translation>
    </message>
    <message>
        <source>a string longer than %1 bytes; no Cramp Diary export holds one</source>
        <translation>字符串超过 %1 字节；抽筋日记的导出文件里不会有这样的字符串</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) or null</source>
        <translation>日期（YYYY-MM-DD）或 null</translation>
    </message>
    <message>
        <source>an array of medicines</source>
        <translation>药物数组</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Calf</source>
        <translation>小腿（腓肠肌）</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>脚</translation>
    </message>
    <message>
        <source>Back of thigh</source>
        <translation>大腿后侧</translation>
    </message>
    <message>
        <source>Front of thigh</source>
        <translation>大腿前侧</translation>
    </message>
    <message>
        <source>Side of thigh</source>
        <translation>大腿外侧</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>双侧</translation>
    </message>
    <message>
        <source>Lying in bed</source>
        <translation>躺在床上</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>伸懒腰/拉伸</translation>
    </message>
    <message>
        <source>Bending</source>
        <translation>弯腰</translation>
    </message>
    <message>
        <source>Coughing or sneezing</source>
        <translation>咳嗽或打喷嚏</translation>
    </message>
    <message>
        <source>After long sitting</source>
        <translation>久坐后</translation>
    </message>
    <message>
        <source>After long standing</source>
        <translation>久站后</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>运动</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>走路</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>During the cramp</source>
        <translation>抽筋时麻木</translation>
    </message>
    <message>
        <source>Still numb after</source>
        <translation>抽筋后仍麻木</translation>
    </message>
    <message>
        <source>Toes drag when walking</source>
        <translation>走路时脚尖拖地</translation>
    </message>
    <message>
        <source>Trouble with stairs</source>
        <translation>上楼梯困难</translation>
    </message>
    <message>
        <source>Other weakness</source>
        <translation>其他无力</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>按摩</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>热敷</translation>
    </message>
    <message>
        <source>Walking about</source>
        <translation>下地走动</translation>
    </message>
    <message>
        <source>Age 40 or over</source>
        <translation>40岁及以上</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>糖尿病</translation>
    </message>
    <message>
        <source>Lumbar disc herniation</source>
        <translation>腰椎间盘突出</translation>
    </message>
    <message>
        <source>Lumbar spinal canal stenosis</source>
        <translation>腰椎管狭窄</translation>
    </message>
    <message>
        <source>Varicose veins</source>
        <translation>下肢静脉曲张</translation>
    </message>
    <message>
        <source>Arterial disease of the legs</source>
        <translation>下肢动脉疾病</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>怀孕</translation>
    </message>
    <message>
        <source>Kidney disease</source>
        <translation>肾病</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>左%1</translation>
    </message>
    <message>
        <source>Right %1</source>
        <translation>右%1</translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation>%1（双侧）</translation>
    </message>
    <message>
        <source>Stretching</source>
        <comment>what eased the cramp</comment>
        <translation>拉伸小腿/扳脚尖</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>拉伸小腿</translation>
    </message>
    <message>
        <source>Warm foot soak</source>
        <translation>温水泡脚</translation>
    </message>
    <message>
        <source>Legs kept warm</source>
        <translation>腿部保暖</translation>
    </message>
    <message>
        <source>Drank enough</source>
        <translation>喝够了水</translation>
    </message>
    <message>
        <source>Hard exercise</source>
        <translation>剧烈运动</translation>
    </message>
    <message>
        <source>Long sitting</source>
        <translation>久坐</translation>
    </message>
    <message>
        <source>Long standing</source>
        <translation>久站</translation>
    </message>
    <message>
        <source>Heavy sweating or diarrhoea</source>
        <translation>大量出汗或腹泻</translation>
    </message>
    <message>
        <source>A cold night</source>
        <translation>夜里受凉</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>duration in seconds</comment>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes</comment>
        <translation>
            <numerusform>%n分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation>%1分%2秒</translation>
    </message>
</context>
<context>
    <name>LatestEntries</name>
    <message>
        <source>Latest entries</source>
        <translation>最近记录</translation>
    </message>
    <message>
        <source>No cramps logged yet. When one wakes you, tap “Log a cramp”: the time is filled in for you.</source>
        <translation>还没有记录。夜里抽筋醒来时，点“记录一次抽筋”，时间会自动填好。</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>记录一次抽筋</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>When</source>
        <translation>什么时候</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>15 min ago</source>
        <translation>15分钟前</translation>
    </message>
    <message>
        <source>1 h ago</source>
        <translation>1小时前</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>哪个部位</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>侧别</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>持续多久</translation>
    </message>
    <message>
        <source>Under 30 s</source>
        <translation>不到30秒</translation>
    </message>
    <message>
        <source>About 1 min</source>
        <translation>约1分钟</translation>
    </message>
    <message>
        <source>About 2 min</source>
        <translation>约2分钟</translation>
    </message>
    <message>
        <source>5 min or more</source>
        <translation>5分钟以上</translation>
    </message>
    <message>
        <source>How strong: %1 of 10</source>
        <translation>疼痛强度：%1 / 10</translation>
    </message>
    <message>
        <source>What you were doing</source>
        <translation>当时在做什么</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>麻木</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>无力</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <source>As logged (%1)</source>
        <translation>按原记录（%1）</translation>
    </message>
    <message>
        <source>Pick a time</source>
        <translation>选择时间</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Exact…</source>
        <translation>精确时长…</translation>
    </message>
    <message>
        <source>Duration in seconds</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>seconds (%1)</source>
        <translation>秒（%1）</translation>
    </message>
    <message>
        <source>Intensity, 0 to 10</source>
        <translation>强度，0 到 10</translation>
    </message>
    <message>
        <source>Numbness or pain running from the buttock down the leg</source>
        <translation>麻木或疼痛从臀部沿腿向下放射</translation>
    </message>
    <message>
        <source>Tingling or numbness in both feet or both hands</source>
        <translation>双脚或双手对称发麻</translation>
    </message>
    <message>
        <source>It woke me up</source>
        <translation>把我疼醒了</translation>
    </message>
    <message>
        <source>What eased it</source>
        <translation>怎样缓解的</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation>确定吗？</translation>
    </message>
    <message>
        <source>A cramp of %1 is unusually long. Save it anyway?</source>
        <translation>抽筋持续 %1 时间很长，确定要保存吗？</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜晚</translation>
    </message>
    <message>
        <source>Older…</source>
        <translation>更早…</translation>
    </message>
    <message>
        <source>The night before</source>
        <translation>前一晚</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Night (YYYY-MM-DD)</source>
        <translation>夜晚（年-月-日）</translation>
    </message>
    <message>
        <source>The night after</source>
        <translation>后一晚</translation>
    </message>
    <message>
        <source>Counts for the night of %1</source>
        <translation>计入%1 夜间</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Cramp Diary</source>
        <translation>抽筋日记</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>护理</translation>
    </message>
</context>
<context>
    <name>MedicineEditor</name>
    <message>
        <source>Medicines</source>
        <translation>用药</translation>
    </message>
    <message>
        <source>No medicines recorded. Add those you take, e.g. a diuretic or a statin, with the night you started.</source>
        <translation>还没有记录用药。请添加正在服用的药，例如利尿剂或他汀类药物，并选开始服用的那一晚。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Stopped…</source>
        <translation>已停药…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1 from the diary? The report will no longer list it.</source>
        <translation>从日记中删除%1？报告将不再列出它。</translation>
    </message>
    <message>
        <source>Add a medicine…</source>
        <translation>添加用药…</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>添加用药</translation>
    </message>
    <message>
        <source>Edit the medicine</source>
        <translation>编辑用药</translation>
    </message>
    <message>
        <source>Name, e.g. atorvastatin</source>
        <translation>药名，例如阿托伐他汀</translation>
    </message>
    <message>
        <source>Name of the medicine</source>
        <translation>药名</translation>
    </message>
    <message>
        <source>Dose (optional), e.g. 20 mg every evening</source>
        <translation>剂量（可不填），例如每晚20 mg</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>Started: no start date</source>
        <translation>开始：未记录开始日期</translation>
    </message>
    <message>
        <source>Last night taken: %1</source>
        <translation>最后服用的一晚：%1</translation>
    </message>
    <message>
        <source>Still taken</source>
        <translation>仍在服用</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The first night it was taken</source>
        <translation>开始服用的第一晚</translation>
    </message>
    <message>
        <source>The last night it was taken</source>
        <translation>最后服用的一晚</translation>
    </message>
    <message>
        <source>Night (YYYY-MM-DD)</source>
        <translation>夜晚（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1: the last night it was taken</source>
        <translation>%1：最后服用的一晚</translation>
    </message>
    <message>
        <source>Delete the medicine?</source>
        <translation>删除这项用药？</translation>
    </message>
    <message>
        <source>Still taken (set a last night…)</source>
        <translation>仍在服用（设定最后服用的一晚…）</translation>
    </message>
</context>
<context>
    <name>MedicineList</name>
    <message>
        <source>no start date</source>
        <translation>未记录开始日期</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1起</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1不是日期。</translation>
    </message>
    <message>
        <source>Start night: choose the night the medicine was first taken.</source>
        <translation>开始的夜晚：请选择第一次服用这种药的那一晚。</translation>
    </message>
    <message>
        <source>The diary is not open.</source>
        <translation>日记未打开。</translation>
    </message>
    <message>
        <source>This medicine is no longer in the diary.</source>
        <translation>这项用药已不在日记中。</translation>
    </message>
</context>
<context>
    <name>MorningQuestions</name>
    <message>
        <source>About last night (%1)</source>
        <translation>关于昨晚（%1）</translation>
    </message>
    <message>
        <source>Did numbness stay after the cramp eased?</source>
        <translation>抽筋缓解后，麻木是否还在？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Numbness stayed: yes</source>
        <translation>麻木仍在：是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Numbness stayed: no</source>
        <translation>麻木仍在：否</translation>
    </message>
    <message>
        <source>Did your toes drag when walking, or were stairs hard?</source>
        <translation>走路时脚尖是否拖地，或上下楼梯是否吃力？</translation>
    </message>
    <message>
        <source>Weakness: no</source>
        <translation>无力：否</translation>
    </message>
</context>
<context>
    <name>NightCalendarView</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Calendar of nights</source>
        <translation>夜间日历</translation>
    </message>
</context>
<context>
    <name>NightCell</name>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n 次抽筋</numerusform>
        </translation>
    </message>
    <message>
        <source>no cramps</source>
        <translation>没有抽筋</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>threshold reached</source>
        <translation>达到阈值</translation>
    </message>
</context>
<context>
    <name>NightHeader</name>
    <message>
        <source>Crossed the threshold</source>
        <translation>本晚超过阈值</translation>
    </message>
</context>
<context>
    <name>NightPanel</name>
    <message numerus="yes">
        <source>%n cramp(s) that night</source>
        <translation>
            <numerusform>当夜抽筋 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as a night without cramps.</source>
        <translation>已记为无抽筋之夜。</translation>
    </message>
    <message>
        <source>This night has not ended yet.</source>
        <translation>这个夜间还没有结束。</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>未记录。</translation>
    </message>
    <message>
        <source>▲ On this night the last 7 nights reached your threshold of %1 cramps.</source>
        <translation>▲ 这一夜，最近 7 夜的抽筋次数达到了你的阈值 %1 次。</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>记录一次抽筋</translation>
    </message>
    <message>
        <source>Cramp-free</source>
        <translation>无抽筋</translation>
    </message>
    <message>
        <source>Record %1 as cramp-free</source>
        <translation>将 %1 记为无抽筋</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>取消标记</translation>
    </message>
    <message>
        <source>Remove the cramp-free mark of %1</source>
        <translation>取消 %1 的无抽筋标记</translation>
    </message>
    <message>
        <source>Bedtime care: %1</source>
        <translation>睡前护理：%1</translation>
    </message>
    <message>
        <source>Bedtime care</source>
        <translation>睡前护理</translation>
    </message>
    <message>
        <source>Bedtime care of %1</source>
        <translation>%1 的睡前护理</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>calf</source>
        <translation>小腿（腓肠肌）</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>脚</translation>
    </message>
    <message>
        <source>back of thigh</source>
        <translation>大腿后侧</translation>
    </message>
    <message>
        <source>front of thigh</source>
        <translation>大腿前侧</translation>
    </message>
    <message>
        <source>side of thigh</source>
        <translation>大腿外侧</translation>
    </message>
    <message>
        <source>other site</source>
        <translation>其他部位</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>双侧</translation>
    </message>
    <message>
        <source>lying</source>
        <translation>卧床</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>伸展</translation>
    </message>
    <message>
        <source>bending</source>
        <translation>弯腰</translation>
    </message>
    <message>
        <source>cough/sneeze</source>
        <translation>咳嗽/打喷嚏</translation>
    </message>
    <message>
        <source>long sitting</source>
        <translation>久坐</translation>
    </message>
    <message>
        <source>long standing</source>
        <translation>久站</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>运动</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>走路</translation>
    </message>
    <message>
        <source>other activity</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>during</source>
        <translation>抽筋时</translation>
    </message>
    <message>
        <source>persisted</source>
        <translation>抽筋后持续</translation>
    </message>
    <message>
        <source>stairs</source>
        <translation>上楼梯困难</translation>
    </message>
    <message>
        <source>other weakness</source>
        <translation>其他无力</translation>
    </message>
    <message>
        <source>age 40 or over</source>
        <translation>40岁及以上</translation>
    </message>
    <message>
        <source>diabetes</source>
        <translation>糖尿病</translation>
    </message>
    <message>
        <source>lumbar disc herniation</source>
        <translation>腰椎间盘突出</translation>
    </message>
    <message>
        <source>lumbar spinal canal stenosis</source>
        <translation>腰椎管狭窄</translation>
    </message>
    <message>
        <source>varicose veins</source>
        <translation>下肢静脉曲张</translation>
    </message>
    <message>
        <source>arterial disease of the legs</source>
        <translation>下肢动脉疾病</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>怀孕</translation>
    </message>
    <message>
        <source>kidney disease</source>
        <translation>肾病</translation>
    </message>
    <message>
        <source>Leg cramp diary: report for the doctor</source>
        <translation>夜间腿抽筋日记：就诊报告</translation>
    </message>
    <message>
        <source>Cramp Diary</source>
        <translation>抽筋日记</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>患者：%1</translation>
    </message>
    <message>
        <source>No cramps were recorded in this period.</source>
        <translation>这段时间没有记录到抽筋。</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <source>Cramps per calendar week (weeks start on %1)</source>
        <translation>每个自然周的抽筋次数（每周从%1开始）</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Duration: median %1 s, longest %2 s. Intensity (0–10): median %3, highest %4.</source>
        <translation>持续时间：中位数%1秒，最长%2秒。疼痛强度（0–10）：中位数%3，最高%4。</translation>
    </message>
    <message>
        <source>Sites: %1. Sides: %2.</source>
        <translation>部位：%1。侧别：%2。</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>警示信号</translation>
    </message>
    <message>
        <source>This report records and summarises what the patient logged. It is not a diagnosis and no basis for treatment.</source>
        <translation>本报告只记录和汇总患者填写的内容，不是诊断，也不能作为治疗依据。</translation>
    </message>
    <message>
        <source>All cramps in the period (%1)</source>
        <translation>本期全部抽筋记录（%1次）</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜晚</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>侧别</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>诱发动作/姿势</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>麻木</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>无力</translation>
    </message>
    <message>
        <source>Cramp-free nights (%1)</source>
        <translation>无抽筋的夜晚（%1晚）</translation>
    </message>
    <message>
        <source>the report font (WenQuanYi Micro Hei, Debian package fonts-wqy-microhei) is not installed</source>
        <translation>未安装报告所用的字体（文泉驿微米黑，Debian 软件包 fonts-wqy-microhei）</translation>
    </message>
    <message>
        <source>cannot paint the report</source>
        <translation>无法绘制报告</translation>
    </message>
    <message>
        <source>toes drag when walking (self-reported)</source>
        <translation>走路脚尖拖地（自述）</translation>
    </message>
    <message>
        <source>massage</source>
        <translation>按摩</translation>
    </message>
    <message>
        <source>warmth</source>
        <translation>热敷</translation>
    </message>
    <message>
        <source>walking about</source>
        <translation>下地走动</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>发作时间</translation>
    </message>
    <message>
        <source>Woke</source>
        <translation>痛醒</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>缓解方式</translation>
    </message>
    <message>
        <source>Radiating</source>
        <translation>放射痛</translation>
    </message>
    <message>
        <source>Symmetric tingling</source>
        <translation>对称性麻刺感</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(continued from the previous page)</source>
        <translation>（接上页）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Night: named by the date of its evening. Onset: the calendar date and local time; the UTC offset is shown where it is not %1, the period&apos;s usual one.</source>
        <translation>夜晚：以当晚的日期命名。发作时间：日历日期和当地时间；UTC偏移与本期常见的%1不同时另行标出。</translation>
    </message>
    <message>
        <source>[emoji]</source>
        <translation>〔表情〕</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第%1页，共%2页</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>生成日期：%1</translation>
    </message>
    <message>
        <source>stretching the calf</source>
        <translation>拉伸小腿/扳脚尖</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 a week (%2 of %3 nights recorded)</source>
        <translation>每周%1次（%3晚中记录了%2晚）</translation>
    </message>
    <message>
        <source>Last 7 nights (to %1)</source>
        <translation>最近7晚（截至%1）</translation>
    </message>
    <message>
        <source>%1 cramps: at or over the threshold of %2</source>
        <translation>抽筋%1次：达到或超过阈值（%2次）</translation>
    </message>
    <message>
        <source>%1 cramps: under the threshold of %2</source>
        <translation>抽筋%1次：低于阈值（%2次）</translation>
    </message>
    <message>
        <source>%1 in the %2 nights before</source>
        <translation>此前%2晚：每周%1次</translation>
    </message>
    <message>
        <source>the %1 nights before: not recorded (%2 recorded)</source>
        <translation>此前%1晚：记录不足（只记录了%2晚）</translation>
    </message>
    <message>
        <source>Cramps per week</source>
        <translation>每周抽筋次数</translation>
    </message>
    <message>
        <source>%1 in this period; %2</source>
        <translation>本期每周%1次；%2</translation>
    </message>
    <message>
        <source>First recorded cramp</source>
        <translation>首次记录的抽筋</translation>
    </message>
    <message>
        <source>Nights recorded</source>
        <translation>有记录的夜晚</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2晚中的%1晚</translation>
    </message>
    <message>
        <source>present</source>
        <translation>出现</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>未出现</translation>
    </message>
    <message>
        <source>%1 or more cramps in 7 nights</source>
        <translation>7晚内抽筋%1次及以上</translation>
    </message>
    <message>
        <source>highest: %1 in the 7 nights to %2</source>
        <translation>最多：截至%2的7晚内%1次</translation>
    </message>
    <message>
        <source>Several cramps in one night</source>
        <translation>一晚抽筋多次</translation>
    </message>
    <message>
        <source>most: %1 cramps on %2</source>
        <translation>最多：%2当晚%1次</translation>
    </message>
    <message>
        <source>Cramps becoming more frequent</source>
        <translation>抽筋越来越频繁</translation>
    </message>
    <message>
        <source>judged once the diary reaches back 84 nights</source>
        <translation>日记满84晚后才作判断</translation>
    </message>
    <message>
        <source>last 28 nights: %1; 56 nights before: %2</source>
        <translation>最近28晚：%1；此前56晚：%2</translation>
    </message>
    <message>
        <source> (uncertain: under half of the earlier nights recorded)</source>
        <translation>（不确定：此前的夜晚记录不足一半）</translation>
    </message>
    <message>
        <source>Numbness or weakness with cramps</source>
        <translation>抽筋伴麻木或无力</translation>
    </message>
    <message>
        <source>numbness stayed: %1</source>
        <translation>麻木持续不退：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>radiating from the buttock: %1</source>
        <translation>从臀部沿腿向下放射：%1</translation>
    </message>
    <message>
        <source>symmetric tingling of both feet or hands: %1</source>
        <translation>双脚或双手对称性刺麻：%1</translation>
    </message>
    <message>
        <source>Started by a posture or action</source>
        <translation>由某种动作或姿势诱发</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Risk factors: %1</source>
        <translation>危险因素：%1</translation>
    </message>
    <message>
        <source>Medicines: %1</source>
        <translation>用药：%1</translation>
    </message>
    <message>
        <source>Period: %1 (%2 nights)</source>
        <translation>时间段：%1（共%2晚）</translation>
    </message>
    <message>
        <source>at or over the threshold</source>
        <translation>达到或超过阈值</translation>
    </message>
    <message>
        <source>under the threshold</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <source>partial week (not wholly in the period)</source>
        <translation>不完整的周（不全在本期内）</translation>
    </message>
    <message>
        <source>; the last %1 of %2 weeks, every week from page 2</source>
        <translation>，此处为%2周中的最近%1周，全部周次见第2页起</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>In this period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>First night</source>
        <translation>首次</translation>
    </message>
    <message>
        <source>Latest night</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <source>Listed on page</source>
        <translation>明细页码</translation>
    </message>
    <message>
        <source>Cramps by hour of onset (local time)</source>
        <translation>按发作钟点统计（当地时间）</translation>
    </message>
    <message>
        <source>What was recorded with the cramps</source>
        <translation>抽筋时记录的情况</translation>
    </message>
    <message>
        <source>Cramps: %1 in total. Woke the patient: %2 of %3.</source>
        <translation>抽筋共%1次。其中使患者从睡眠中醒来：%3次中的%2次。</translation>
    </message>
    <message>
        <source>nothing recorded %1</source>
        <translation>未记录 %1</translation>
    </message>
    <message>
        <source>Eased by: %1.</source>
        <translation>缓解方法：%1。</translation>
    </message>
    <message>
        <source>Posture or action at onset: %1.</source>
        <translation>发作时的诱发动作/姿势：%1。</translation>
    </message>
    <message>
        <source>What the app told the patient: these signs are worth showing a doctor: neurology or orthopaedics.</source>
        <translation>本应用给患者的提示：出现这些信号，值得找医生看看，可看神经内科或骨科。</translation>
    </message>
    <message>
        <source>For reference, the articles the app follows name these examinations for such signs: lumbar MRI, ultrasound of the leg&apos;s blood vessels, nerve conduction studies or EMG.</source>
        <translation>供参考：本应用所依据的科普文章提到，这类信号可做的检查有腰椎磁共振（MRI）、下肢血管超声、神经传导检查或肌电图。</translation>
    </message>
    <message>
        <source>What the app told the patient: none of the warning signs showed in this period.</source>
        <translation>本应用给患者的提示：本期未出现任何警示信号。</translation>
    </message>
    <message>
        <source>Cramps per calendar week, every week of the period</source>
        <translation>每个自然周的抽筋次数（本期全部周次）</translation>
    </message>
    <message>
        <source>nights: %1 · first: %2 · latest: %3</source>
        <translation>夜数：%1 · 最早：%2 · 最近：%3</translation>
    </message>
    <message>
        <source>calf stretch before bed</source>
        <translation>睡前拉伸小腿</translation>
    </message>
    <message>
        <source>warm foot soak before bed</source>
        <translation>睡前温水泡脚</translation>
    </message>
    <message>
        <source>legs kept warm</source>
        <translation>腿部保暖</translation>
    </message>
    <message>
        <source>drank enough</source>
        <translation>喝水充足</translation>
    </message>
    <message>
        <source>hard exercise that day</source>
        <translation>当天剧烈运动</translation>
    </message>
    <message>
        <source>long sitting that day</source>
        <translation>当天久坐</translation>
    </message>
    <message>
        <source>long standing that day</source>
        <translation>当天久站</translation>
    </message>
    <message>
        <source>heavy sweating or diarrhoea</source>
        <translation>大量出汗或腹泻</translation>
    </message>
    <message>
        <source>a cold night</source>
        <translation>夜里受凉</translation>
    </message>
    <message>
        <source>Personal comparisons: cramps on nights with and without each item</source>
        <translation>个人对照：有无各项时夜里的抽筋</translation>
    </message>
    <message>
        <source>Over the nights of the period that are recorded and have a care record; an item is compared only when each side has at least %1 nights. An association in the patient&apos;s own diary, not proof of cause.</source>
        <translation>只统计本期有记录且有护理记录的夜晚；有、无某项的夜晚各至少%1晚时才对照。这只是患者自己日记中的关联，不是病因的证据。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Nights with</source>
        <translation>有此项的夜晚</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>抽筋次数</translation>
    </message>
    <message>
        <source>Per night</source>
        <translation>每晚</translation>
    </message>
    <message>
        <source>Nights without</source>
        <translation>无此项的夜晚</translation>
    </message>
    <message>
        <source>Not enough nights yet: %1.</source>
        <translation>夜数还不够：%1。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>no start date</source>
        <translation>未记录开始日期</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1起</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>medicine started</source>
        <translation>开始用药</translation>
    </message>
    <message>
        <source>medicine stopped</source>
        <translation>停药</translation>
    </message>
</context>
<context>
    <name>ReportControls</name>
    <message>
        <source>Report for the doctor</source>
        <translation>给医生的报告</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>最近 4 周</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>最近 8 周</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>最近 12 周</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>开始（年-月-日，如 2026-03-02）</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>结束（年-月-日，如 2026-03-31）</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English（英文）</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, %n page(s). Page 1 is the summary; then every cramp.</source>
        <translation>
            <numerusform>%1 至 %2，共 %n 页。第 1 页是摘要，之后列出每一次抽筋。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>结束：%1</translation>
    </message>
    <message>
        <source>Report from</source>
        <translation>报告的开始日期</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>报告的结束日期</translation>
    </message>
    <message>
        <source>Show the doctor</source>
        <translation>给医生看</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>From: “%1” is not a date like 2026-03-02.</source>
        <translation>开始日期：“%1”不是 2026-03-02 这样的日期。</translation>
    </message>
    <message>
        <source>To: “%1” is not a date like 2026-03-02.</source>
        <translation>结束日期：“%1”不是 2026-03-02 这样的日期。</translation>
    </message>
    <message>
        <source>From (%1) is after To (%2).</source>
        <translation>开始日期（%1）晚于结束日期（%2）。</translation>
    </message>
    <message>
        <source>The period is longer than ten years; choose a shorter one.</source>
        <translation>时间段超过十年，请选择短一些的时间段。</translation>
    </message>
    <message>
        <source>The diary could not be read.</source>
        <translation>无法读取日记。</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Report for the doctor</source>
        <translation>给医生的报告</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportSheet</name>
    <message>
        <source>Report page %1 of %2</source>
        <translation>报告第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ReportZoomBar</name>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Fit to width (now %1%)</source>
        <translation>适合宽度（当前 %1%）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restore this backup?</source>
        <translation>恢复这份备份？</translation>
    </message>
    <message>
        <source>The diary is replaced by the backup %1. The current diary is kept beside it, not deleted.</source>
        <translation>日记将被备份 %1 替换。当前的日记会保留在旁边，不会被删除。</translation>
    </message>
    <message>
        <source>The backup holds: %1</source>
        <translation>备份中有：%1</translation>
    </message>
    <message>
        <source>The diary holds now: %1</source>
        <translation>日记中现有：%1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>没有恢复任何内容</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>撤销恢复</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English（英文）</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>始终深色</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>始终浅色</translation>
    </message>
    <message>
        <source>Cramps in 7 nights that count as frequent</source>
        <translation>7晚内抽筋几次算频繁</translation>
    </message>
    <message>
        <source>Threshold: cramps in 7 nights</source>
        <translation>阈值：7晚内抽筋次数</translation>
    </message>
    <message>
        <source>A night ends at (hour of the day)</source>
        <translation>一晚在几点结束（钟点）</translation>
    </message>
    <message>
        <source>Day boundary hour</source>
        <translation>日界钟点</translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation>每周开始于</translation>
    </message>
    <message>
        <source>For the doctor&apos;s report</source>
        <translation>用于给医生的报告</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>姓名（可不填）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Year of birth (optional)</source>
        <translation>出生年份（可不填）</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>What applies to you</source>
        <translation>以下哪些情况适用于您</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>你的数据</translation>
    </message>
    <message>
        <source>The diary stays on this device. A backup is made each day you open the app; the last 7 are kept in %1.</source>
        <translation>日记只保存在这台设备上。每天打开应用时会自动备份一次，最近 7 份保存在 %1。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets</source>
        <translation>CSV，用于电子表格</translation>
    </message>
    <message>
        <source>JSON, everything, for another device</source>
        <translation>JSON，全部数据，用于换设备</translation>
    </message>
    <message>
        <source>FHIR, for a doctor&apos;s system</source>
        <translation>FHIR，用于医院系统</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import a CSV or JSON file…</source>
        <translation>导入 CSV 或 JSON 文件…</translation>
    </message>
    <message>
        <source>Export the diary</source>
        <translation>导出日记</translation>
    </message>
    <message>
        <source>Import a CSV or JSON file</source>
        <translation>导入 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>Diary exports (*.csv *.json)</source>
        <translation>日记导出文件 (*.csv *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>Diary backups (*.sqlite)</source>
        <translation>日记备份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Import these records?</source>
        <translation>导入这些记录？</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Dark at night (%1–%2)</source>
        <translation>夜间深色（%1–%2）</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>输入时自动保存</translation>
    </message>
    <message>
        <source>Diaries replaced by a restore</source>
        <translation>恢复时被替换的日记</translation>
    </message>
    <message>
        <source>Bring this diary back…</source>
        <translation>恢复这本日记…</translation>
    </message>
</context>
<context>
    <name>ThemedDialog</name>
    <message>
        <source>OK</source>
        <translation>好</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ThemedFileDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上一级</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>上一级文件夹</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>文件夹和文件</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>文件夹 %1</translation>
    </message>
    <message>
        <source>No folders or files of this type here.</source>
        <translation>这里没有这类文件夹或文件。</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>File name or path</source>
        <translation>文件名或路径</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>The diary could not be opened: %1</source>
        <translation>无法打开日记：%1</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>记录一次抽筋</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>No cramps last night</source>
        <translation>昨晚没有抽筋</translation>
    </message>
    <message>
        <source>Last night (%1) is recorded.</source>
        <translation>昨晚（%1）已记录。</translation>
    </message>
    <message>
        <source>Restore the latest backup (%1); the damaged file is kept</source>
        <translation>恢复最近的备份（%1）；损坏的文件会保留</translation>
    </message>
</context>
<context>
    <name>TodaySummary</name>
    <message numerus="yes">
        <source>%n or more cramps in 7 nights</source>
        <translation>
            <numerusform>7晚内抽筋%n次及以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Highest: %1 cramps in the 7 nights to %2. %n night(s) of the last 28 were at or over the threshold.</source>
        <translation>
            <numerusform>最多：截至%2的7晚内抽筋%1次。近28晚中有%n晚达到或超过阈值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cramps)</source>
        <translation>
            <numerusform>%1（%n次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more night(s)</source>
        <translation>
            <numerusform>，另有%n晚</numerusform>
        </translation>
    </message>
    <message>
        <source>Several cramps in one night</source>
        <translation>一晚多次抽筋</translation>
    </message>
    <message>
        <source>Cramps are becoming more frequent</source>
        <translation>抽筋越来越频繁</translation>
    </message>
    <message>
        <source>numbness that stayed after the cramp</source>
        <translation>抽筋缓解后仍有麻木</translation>
    </message>
    <message>
        <source>toes dragging (foot drop)</source>
        <translation>走路时脚尖拖地</translation>
    </message>
    <message>
        <source>weakness on stairs</source>
        <translation>上楼梯无力</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>无力</translation>
    </message>
    <message>
        <source>numbness or pain running down the leg</source>
        <translation>麻木或疼痛沿腿向下放射</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Numbness or weakness with a cramp</source>
        <translation>抽筋伴麻木或无力</translation>
    </message>
    <message>
        <source>bending</source>
        <translation>弯腰</translation>
    </message>
    <message>
        <source>coughing or sneezing</source>
        <translation>咳嗽或打喷嚏</translation>
    </message>
    <message>
        <source>sitting for a long time</source>
        <translation>久坐</translation>
    </message>
    <message>
        <source>standing for a long time</source>
        <translation>久站</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cramps (%2)</source>
        <translation>
            <numerusform>%1：%n次（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cramps started by a posture or action</source>
        <translation>抽筋与姿势或动作有关</translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s) in the last 7 nights</source>
        <translation>
            <numerusform>近7晚抽筋%n次</numerusform>
        </translation>
    </message>
    <message>
        <source>The diary records and summarises what you logged. It is not a diagnosis and no basis for treatment.</source>
        <translation>本日记只记录和汇总您填写的内容，不是诊断，也不能作为治疗依据。</translation>
    </message>
    <message>
        <source>These signs are worth showing a doctor: neurology (神经内科) or orthopedics (骨科).</source>
        <translation>这些情况值得给医生看看：可就诊神经内科或骨科。</translation>
    </message>
    <message>
        <source>%1 a week in the last 28 nights (%2 cramps), against %3 a week in the 56 nights before (%4).</source>
        <translation>最近28晚每周%1次（共%2次），此前56晚每周%3次（共%4次）。</translation>
    </message>
</context>
<context>
    <name>TodaySummaryCard</name>
    <message>
        <source>%1 of a threshold of %2</source>
        <translation>%1，阈值为%2</translation>
    </message>
</context>
<context>
    <name>TodaySummaryDetails</name>
    <message>
        <source>At or over your threshold of %1 cramps in 7 nights.</source>
        <translation>已达到或超过您设定的阈值：7晚%1次。</translation>
    </message>
    <message>
        <source>Under your threshold of %1 cramps in 7 nights.</source>
        <translation>低于您设定的阈值：7晚%1次。</translation>
    </message>
    <message>
        <source>Night of %1: %2 cramps</source>
        <translation>%1晚：抽筋%2次</translation>
    </message>
    <message>
        <source>No warning signs in the last 28 nights.</source>
        <translation>近28晚没有警示信号。</translation>
    </message>
</context>
<context>
    <name>TonightCare</name>
    <message>
        <source>Tonight&apos;s care</source>
        <translation>今晚的护理</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>已记录：%1</translation>
    </message>
    <message>
        <source>What did you do before bed, and what was the day like?</source>
        <translation>睡前做了哪些护理？白天怎么样？</translation>
    </message>
    <message>
        <source>Change tonight&apos;s care</source>
        <translation>修改今晚的护理</translation>
    </message>
    <message>
        <source>Log tonight&apos;s care</source>
        <translation>记录今晚的护理</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Weeks shown</source>
        <translation>显示的周数</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12周</translation>
    </message>
    <message>
        <source>26 weeks</source>
        <translation>26周</translation>
    </message>
    <message>
        <source>52 weeks</source>
        <translation>52周</translation>
    </message>
    <message>
        <source>Cramps per calendar week: %1 in %2 weeks; %3 weeks at or over your threshold of %4.</source>
        <translation>每个自然周的抽筋次数：%2周共%1次；其中%3周达到或超过您设定的阈值（%4次）。</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <source>Weekly cramps chart: %1 cramps in %2 weeks, %3 weeks at or over the threshold</source>
        <translation>每周抽筋柱状图：%2周共%1次，%3周达到或超过阈值</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>每晚情况</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Warning signs in the last 28 nights</source>
        <translation>近28晚的警示信号</translation>
    </message>
    <message>
        <source>No warning signs in the last 28 nights.</source>
        <translation>近28晚没有警示信号。</translation>
    </message>
    <message>
        <source>Frequent or increasing cramps can have nerve, blood-vessel or metabolic causes (for example diabetes, a lumbar disc, or the leg&apos;s arteries or veins).</source>
        <translation>抽筋频繁或越来越多，可能与神经、血管或代谢有关（例如糖尿病、腰椎间盘问题、下肢动脉或静脉疾病）。</translation>
    </message>
    <message>
        <source>Numbness that stays, weakness (toes dragging, trouble with stairs) or pain running down the leg can come from the nerves or the lower back.</source>
        <translation>持续麻木、无力（走路拖脚、上楼梯困难）或沿腿向下放射的疼痛，可能来自神经或腰椎。</translation>
    </message>
    <message>
        <source>Cramps started by bending, coughing or long sitting or standing help a doctor tell a lower-back cause from a blood-vessel one.</source>
        <translation>弯腰、咳嗽、久坐或久站时诱发的抽筋，有助于医生区分腰椎原因和血管原因。</translation>
    </message>
    <message>
        <source>Tap a night to see its entries, log a cramp for it, or record it as cramp-free.</source>
        <translation>点按某一夜，可查看记录、为这一夜记录抽筋，或记为无抽筋。</translation>
    </message>
    <message>
        <source>cramps that night</source>
        <translation>当夜抽筋次数</translation>
    </message>
    <message>
        <source>no cramps (recorded)</source>
        <translation>没有抽筋（已记录）</translation>
    </message>
    <message>
        <source>the last 7 nights reached the threshold</source>
        <translation>最近 7 夜达到阈值</translation>
    </message>
    <message>
        <source>at or over your threshold</source>
        <translation>达到或超过您的阈值</translation>
    </message>
    <message>
        <source>this week so far</source>
        <translation>本周至今</translation>
    </message>
    <message>
        <source>medicine started</source>
        <translation>开始用药</translation>
    </message>
    <message>
        <source>medicine stopped</source>
        <translation>停药</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cramp Diary</source>
        <translation>抽筋日记</translation>
    </message>
</context>
</TS>
