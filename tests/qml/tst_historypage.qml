// SPDX-License-Identifier: GPL-3.0-or-later
// History: records grouped by night, crossings from the rules, cramp-free nights, edit, delete and undo.
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "HistoryPage"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: historyComponent
        HistoryPage {
            width: 390
            height: 844
        }
    }

    SignalSpy {
        id: editSpy
        signalName: "editRequested"
    }

    function initTestCase(): void {
        // Four nights in a row, one cramp each, ending last night: with the threshold of 3 the
        // third night (two nights ago... counted by the rules) is a crossing.
        const today = Entries.localDate(0)
        for (let d = 1; d <= 4; ++d)
            verify(Entries.logEpisode({ onsetLocal: Entries.localDate(d) + "T23:00", durationS: 30 + d }))
        compare(Entries.history.count, 4)
        verify(today.length === 10)
    }

    function rowOfNight(night: string): var {
        for (let i = 0; i < Entries.history.count; ++i) {
            const r = Entries.history.get(i)
            if (r.night === night)
                return r
        }
        return null
    }

    function test_1_crossingComesFromTheRules(): void {
        // Nights d=4,3,2 give rolling7 = 1,2,3 on the night of localDate(2): that night crosses.
        compare(rowOfNight(Entries.localDate(2)).crossing, true)
        compare(rowOfNight(Entries.localDate(1)).crossing, false)
        compare(rowOfNight(Entries.localDate(4)).crossing, false)
        // Raising the threshold to 4 moves the crossing to the fourth night.
        DiarySettings.threshold = 4
        compare(rowOfNight(Entries.localDate(2)).crossing, false)
        compare(rowOfNight(Entries.localDate(1)).crossing, true)
        DiarySettings.threshold = 3
        compare(rowOfNight(Entries.localDate(2)).crossing, true)
    }

    function test_2_deleteThenUndo(): void {
        const page = createTemporaryObject(historyComponent, testCase)
        waitForRendering(page)
        const list = findChild(page, "historyList")
        tryCompare(list, "count", 4)
        const first = Entries.history.get(0)
        const row = list.itemAtIndex(0)
        const del = findChild(row, "deleteButton")
        verify(del.visible)
        verify(del.height >= 48)
        mouseClick(del)
        tryCompare(list, "count", 3)
        verify(Entries.canUndo)
        // The crossing moved with the deletion (one fewer cramp in the last nights).
        compare(rowOfNight(Entries.localDate(2)).crossing, true)
        verify(Entries.undo())
        tryCompare(list, "count", 4)
        compare(Entries.history.get(0).recordId, first.recordId)
        compare(Entries.history.get(0).durationS, first.durationS)
    }

    function test_3_deletingMakesTheCrossingMove(): void {
        const id = rowOfNight(Entries.localDate(3)).recordId
        verify(Entries.deleteEpisode(id))
        // Nights 4, 2, 1 now: rolling7 = 1, 2, 3 → the crossing is last night.
        compare(rowOfNight(Entries.localDate(2)).crossing, false)
        compare(rowOfNight(Entries.localDate(1)).crossing, true)
        verify(Entries.undo())
        compare(rowOfNight(Entries.localDate(2)).crossing, true)
    }

    function test_4_editAsksForTheLogPage(): void {
        const page = createTemporaryObject(historyComponent, testCase)
        editSpy.target = page
        editSpy.clear()
        waitForRendering(page)
        const list = findChild(page, "historyList")
        const edit = findChild(list.itemAtIndex(0), "editButton")
        mouseClick(edit)
        compare(editSpy.count, 1)
        compare(editSpy.signalArguments[0][0], Number(Entries.history.get(0).recordId))
    }

    function test_5_crampFreeNightsAreShown(): void {
        const before = Entries.history.count
        // A cramp-free record for an empty night shows as its own row.
        const id = rowOfNight(Entries.localDate(1)).recordId
        verify(Entries.deleteEpisode(id))
        verify(Entries.checkInLastNight())
        compare(Entries.history.count, before)
        compare(rowOfNight(Entries.localDate(1)).kind, "cramp_free")
        // Logging a cramp on that night replaces the cramp-free record.
        verify(Entries.logEpisode({ onsetLocal: Entries.localDate(1) + "T23:30" }))
        compare(rowOfNight(Entries.localDate(1)).kind, "episode")
        compare(Entries.history.count, before)
    }
}
