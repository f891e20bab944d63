// SPDX-License-Identifier: GPL-3.0-or-later
// Trends' night calendar on a diary with a known crossing (the clock stands at Monday 30 November
// 2026, 09:00 in Shanghai: last night is the 29th): each night's mark, tapping a night, logging for
// it, recording it cramp-free and removing that again, with undo.
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "NightCalendar"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: trendsComponent
        TrendsPage {
            width: 390
            height: 844
        }
    }

    SignalSpy {
        id: logNightSpy
        signalName: "logNightRequested"
    }
    SignalSpy {
        id: editSpy
        signalName: "editRequested"
    }

    // 20 Nov: 1 cramp; 21 Nov: 2 (the last 7 nights reach 3: a crossing); 22 Nov: 1; 25 Nov: cramp-free.
    function initTestCase(): void {
        for (const onset of ["2026-11-20T23:00", "2026-11-21T23:00", "2026-11-22T02:00", "2026-11-22T23:00"])
            verify(Entries.logEpisode({ onsetLocal: onset }))
        verify(Entries.checkInNight("2026-11-25"))
    }

    function page(): Item {
        const p = createTemporaryObject(trendsComponent, testCase)
        waitForRendering(p)
        return p
    }

    function cell(p: Item, night: string): Item {
        const c = findChild(p, "night_" + night)
        verify(c !== null, "no cell for " + night)
        return c
    }

    // Scrolls the page so that `item` starts at the top of the view (a phone shows the calendar or
    // the night's panel, not both), for a tap as a finger would.
    function show(p: Item, item: Item): Item {
        // What a tap just showed (the night's panel) is laid out first.
        for (let a = item; a !== null; a = a.parent)
            if (isPolishScheduled(a))
                waitForItemPolished(a)
        const form = findChild(p, "trendsForm")
        const top = item.mapToItem(form.contentItem, 0, 0).y - 16
        form.contentY = Math.max(0, Math.min(top, form.contentHeight - form.height))
        return item
    }

    function tap(p: Item, item: Item): void {
        mouseClick(show(p, item))
    }

    // The weekday headings, in order (the Row's children but its Repeater).
    function headings(p: Item): var {
        const row = findChild(p, "weekdays")
        const out = []
        for (let i = 0; i < row.children.length; ++i)
            if (row.children[i].text !== undefined)
                out.push(row.children[i].text)
        return out
    }

    function mark(p: Item, night: string): string {
        return findChild(cell(p, night), "mark").text
    }

    function test_1_marksReadWithoutColour(): void {
        const p = page()
        compare(findChild(p, "monthTitle").text, "November 2026")
        compare(headings(p), ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
        compare(mark(p, "2026-11-20"), "1")
        compare(mark(p, "2026-11-21"), "2")
        compare(mark(p, "2026-11-22"), "1")
        compare(mark(p, "2026-11-25"), "✓")
        compare(mark(p, "2026-11-26"), "")
        // The crossing is the night the count reached the threshold, and only that one.
        verify(cell(p, "2026-11-21").modelData.crossing)
        verify(!cell(p, "2026-11-22").modelData.crossing)
        verify(cell(p, "2026-11-21").Accessible.name.indexOf("threshold reached") > 0)
        // 1 November 2026 is a Sunday: six blank cells in a Monday week.
        const grid = findChild(p, "month_2026-11")
        compare(grid.leading, 6)
        // Tonight (the 30th) has not begun at 09:00: faint, and a tap does nothing.
        verify(cell(p, "2026-11-30").opacity < 1)
        tap(p, cell(p, "2026-11-30"))
        verify(!findChild(p, "nightPanel").visible)
    }

    function test_2_weekStartMovesTheHeadings(): void {
        DiarySettings.weekStart = "sunday"
        const p = page()
        compare(headings(p)[0], "Sun")
        compare(findChild(p, "month_2026-11").leading, 0)
        DiarySettings.weekStart = "monday"
        compare(headings(p)[0], "Mon")
        compare(findChild(p, "month_2026-11").leading, 6)
    }

    function test_3_tappingANightListsItsEntries(): void {
        const p = page()
        logNightSpy.target = p
        logNightSpy.clear()
        editSpy.target = p
        editSpy.clear()
        tap(p, cell(p, "2026-11-21"))
        const panel = findChild(p, "nightPanel")
        verify(panel.visible)
        compare(findChild(panel, "nightTitle").text, Labels.tr.night("2026-11-21"))
        compare(findChild(panel, "nightStatus").text, "2 cramps that night")
        verify(findChild(panel, "nightCrossing").visible)
        compare(panel.calendar.entries.count, 2)
        verify(!findChild(panel, "nightCheckIn").visible)
        verify(!findChild(panel, "nightRemove").visible)
        // "Log a cramp" asks for the log page for that night.
        tap(p, findChild(panel, "nightLog"))
        compare(logNightSpy.count, 1)
        compare(logNightSpy.signalArguments[0][0], "2026-11-21")
        // An entry opens for editing.
        const first = panel.calendar.entries.get(0)
        const rows = []
        for (let i = 0; i < panel.children[0].children.length; ++i)
            if (panel.children[0].children[i].episodeId !== undefined)
                rows.push(panel.children[0].children[i])
        compare(rows.length, 2)
        tap(p, rows[0])
        compare(editSpy.count, 1)
        compare(editSpy.signalArguments[0][0], Number(first.episodeId))
    }

    function test_4_crampFreeAddAndRemove(): void {
        const p = page()
        tap(p, cell(p, "2026-11-26"))
        const panel = findChild(p, "nightPanel")
        compare(findChild(panel, "nightStatus").text, "Not recorded.")
        const checkIn = findChild(panel, "nightCheckIn")
        verify(checkIn.visible)
        tap(p, checkIn)
        compare(mark(p, "2026-11-26"), "✓")
        compare(Entries.undoMessage, "Cramp-free night recorded")
        verify(!checkIn.visible)
        const remove = findChild(panel, "nightRemove")
        verify(remove.visible)
        tap(p, remove)
        compare(mark(p, "2026-11-26"), "")
        compare(Entries.undoMessage, "Cramp-free mark removed")
        verify(checkIn.visible)
        // Undo puts the removed mark back; undoing a check-in takes it away.
        verify(Entries.undo())
        compare(mark(p, "2026-11-26"), "✓")
        verify(!Entries.canUndo)
        verify(Entries.checkInNight("2026-11-27"))
        compare(mark(p, "2026-11-27"), "✓")
        verify(Entries.undo())
        compare(mark(p, "2026-11-27"), "")
    }

    function test_5_aNightNotYetEndedCannotBeCheckedIn(): void {
        const p = page()
        verify(!Entries.checkInNight("2026-11-30"))
        verify(DiaryFile.lastError.indexOf("has not ended yet") >= 0)
        verify(!Entries.checkInNight("2026-12-05"))
        // A night with a cramp is refused by the diary.
        verify(!Entries.checkInNight("2026-11-21"))
        compare(mark(p, "2026-11-21"), "2")
        compare(mark(p, "2026-11-30"), "")
    }

    function test_6_earlierMonthsOnlyWhenShown(): void {
        verify(Entries.logEpisode({ onsetLocal: "2025-11-15T23:00" }))
        const p = page()
        const months = findChild(p, "calendarMonths")
        compare(months.count, 13)
        compare(findChild(p, "monthTitle").text, "November 2026")
        // A year of months, but only those shown are built.
        const calendar = findChild(p, "nightPanel").calendar
        verify(calendar.builtMonths() <= 3, String(calendar.builtMonths()))
        tap(p, findChild(p, "previousMonth"))
        compare(findChild(p, "monthTitle").text, "October 2026")
        verify(findChild(p, "nextMonth").enabled)
        months.currentIndex = 0
        tryCompare(findChild(p, "monthTitle"), "text", "November 2025")
        compare(mark(p, "2025-11-15"), "1")
        verify(!findChild(p, "previousMonth").enabled)
        verify(calendar.builtMonths() <= 6, String(calendar.builtMonths()))
    }

    function test_7_aLanguageSwitchRewritesTheMonthAndWeekdays(): void {
        const p = page()
        const before = Language.choice
        Language.choice = "zh_CN"
        compare(findChild(p, "monthTitle").text, "2026年11月")
        compare(headings(p), ["周一", "周二", "周三", "周四", "周五", "周六", "周日"])
        Language.choice = "en"
        compare(findChild(p, "monthTitle").text, "November 2026")
        compare(headings(p)[0], "Mon")
        Language.choice = before
    }

    function test_8_theKeyboardMovesThroughTheNights(): void {
        const p = page()
        const months = findChild(p, "calendarMonths")
        const calendar = findChild(p, "nightPanel").calendar
        months.forceActiveFocus()
        verify(findChild(p, "calendarFocus").visible)
        // The first arrow selects last night; then a day, a week, and into the month before.
        keyClick(Qt.Key_Left)
        compare(calendar.selectedNight, "2026-11-29")
        keyClick(Qt.Key_Left)
        compare(calendar.selectedNight, "2026-11-28")
        keyClick(Qt.Key_Up)
        compare(calendar.selectedNight, "2026-11-21")
        verify(findChild(p, "nightPanel").visible)
        for (let i = 0; i < 3; ++i)
            keyClick(Qt.Key_Up)
        compare(calendar.selectedNight, "2026-10-31")
        compare(findChild(p, "monthTitle").text, "October 2026")
        // Never past the night now under way.
        for (let i = 0; i < 10; ++i)
            keyClick(Qt.Key_Down)
        compare(calendar.selectedNight, "2026-11-29")
        compare(findChild(p, "monthTitle").text, "November 2026")
    }
}
