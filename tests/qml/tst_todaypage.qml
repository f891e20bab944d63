// SPDX-License-Identifier: GPL-3.0-or-later
// Today: the one-tap cramp-free check-in, the big log button, the latest entries and the summary.
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "TodayPage"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: todayComponent
        TodayPage {
            width: 390
            height: 844
        }
    }

    SignalSpy {
        id: logSpy
        signalName: "logRequested"
    }

    function test_1_checkInLastNightIsOneTapAndThenGoes(): void {
        const page = createTemporaryObject(todayComponent, testCase)
        waitForRendering(page)
        verify(!Entries.lastNightRecorded)
        const button = findChild(page, "checkInButton")
        verify(button !== null)
        verify(button.visible)
        mouseClick(button)
        verify(Entries.lastNightRecorded)
        tryCompare(button, "visible", false)
        verify(findChild(page, "lastNightRecorded").visible)
        // A second check-in of the same night leaves one record.
        Entries.checkInLastNight()
        compare(Entries.history.count, 1)
        compare(Entries.history.get(0).kind, "cramp_free")
    }

    function test_2_logButtonAsksForTheLogPage(): void {
        const page = createTemporaryObject(todayComponent, testCase)
        logSpy.target = page
        logSpy.clear()
        waitForRendering(page)
        const button = findChild(page, "logButton")
        verify(button.height >= 48)
        mouseClick(button)
        compare(logSpy.count, 1)
        // Keyboard: Enter on the focused button does the same.
        button.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(logSpy.count, 2)
    }

    function test_3_latestEntriesAndSummaryFollowTheDiary(): void {
        const page = createTemporaryObject(todayComponent, testCase)
        const list = findChild(page, "latestList")
        const before = list.count
        verify(Entries.logEpisode({ minutesAgo: 0 }))
        tryCompare(list, "count", before + 1)
        compare(Entries.today.last7Count, before + 1)
        // Only the latest few are kept for Today, however many are logged.
        for (let i = 0; i < 6; ++i)
            verify(Entries.logEpisode({ minutesAgo: 2 * (i + 1) }))
        tryCompare(list, "count", 5)
        compare(Entries.today.last7Count, before + 7)
    }

    SignalSpy {
        id: editSpy
        signalName: "editRequested"
    }

    function test_4_aLatestEntryOpensForEditing(): void {
        const page = createTemporaryObject(todayComponent, testCase)
        editSpy.target = page
        editSpy.clear()
        waitForRendering(page)
        const list = findChild(page, "latestList")
        tryVerify(() => list !== null && list.count > 0)
        const row = list.itemAtIndex(0)
        // Scrolled into view, then tapped as a finger would.
        const form = findChild(page, "todayForm")
        form.contentY = Math.min(row.mapToItem(form.contentItem, 0, 0).y, Math.max(0, form.contentHeight - form.height))
        waitForRendering(page)
        mouseClick(row)
        compare(editSpy.count, 1)
        compare(editSpy.signalArguments[0][0], Number(Entries.latest.get(0).episodeId))
    }

    function test_5_escalationIsTwoWeeklyRates(): void {
        // A record 90 nights back lets the diary judge escalation; the cramps above (last 28 nights)
        // against none in the 56 before raise it. Its evidence is two rates, each with its count.
        verify(Entries.checkInNight(Entries.localDate(90)))
        const esc = Entries.today.activeSignals.find(s => s.kind === "escalation")
        verify(esc !== undefined, "no escalation signal")
        const m = /^(\d+\.\d) a week in the last 28 nights \((\d+) cramps\), against 0\.0 a week in the 56 nights before \(0\)\.$/.exec(esc.evidence)
        verify(m !== null, esc.evidence)
        compare(m[1], (Number(m[2]) / 4).toFixed(1))
        verify(Number(m[2]) >= 4)
    }
}
