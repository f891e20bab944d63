// SPDX-License-Identifier: GPL-3.0-or-later
// "Saved · Undo": every write offers an undo, with its own words, and undo puts the diary back
// exactly as it was (a log, an edit, a delete, a check-in, a removal, and a log that replaced a
// cramp-free night). The clock stands at Monday 30 November 2026, 09:00 in Shanghai.
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "Undo"
    when: windowShown
    visible: true
    width: 390
    height: 844

    function rowsOfNight(night: string): var {
        const out = []
        for (let i = 0; i < Entries.history.count; ++i)
            if (Entries.history.get(i).night === night)
                out.push(Entries.history.get(i))
        return out
    }

    function test_1_undoALog(): void {
        const before = Entries.history.count
        verify(Entries.logEpisode({ onsetLocal: "2026-11-28T23:00", intensity: 7 }))
        verify(Entries.canUndo)
        compare(Entries.undoMessage, "Saved")
        compare(Entries.history.count, before + 1)
        verify(Entries.undo())
        compare(Entries.history.count, before)
        verify(!Entries.canUndo)
        compare(Entries.undoMessage, "")
        verify(!Entries.undo())
    }

    function test_2_undoALogThatReplacedACrampFreeNight(): void {
        verify(Entries.checkInNight("2026-11-27"))
        verify(Entries.logEpisode({ onsetLocal: "2026-11-27T23:30" }))
        compare(rowsOfNight("2026-11-27").length, 1)
        compare(rowsOfNight("2026-11-27")[0].kind, "episode")
        verify(Entries.undo())
        compare(rowsOfNight("2026-11-27").length, 1)
        compare(rowsOfNight("2026-11-27")[0].kind, "cramp_free")
    }

    function test_3_undoAnEditRestoresEveryField(): void {
        verify(Entries.logEpisode({ onsetLocal: "2026-11-20T23:00", intensity: 4, site: "foot", side: "right",
                                    durationS: 45, weakness: ["stairs"], note: "before" }))
        const id = Number(Entries.latest.get(0).episodeId)
        const before = Entries.episodeFields(id)
        // The edit moves it to another night, onto a cramp-free one, and changes its fields.
        verify(Entries.checkInNight("2026-11-18"))
        verify(Entries.updateEpisode(id, { onsetLocal: "2026-11-18T22:00", intensity: 9, site: "calf", weakness: [],
                                           note: "after" }))
        compare(Entries.undoMessage, "Changes saved")
        compare(Entries.episodeFields(id).note, "after")
        compare(rowsOfNight("2026-11-18")[0].kind, "episode")
        verify(Entries.undo())
        compare(Entries.episodeFields(id), before)
        compare(rowsOfNight("2026-11-20").length, 1)
        compare(rowsOfNight("2026-11-18").length, 1)
        compare(rowsOfNight("2026-11-18")[0].kind, "cramp_free")
    }

    function test_4_undoADelete(): void {
        const id = Number(Entries.latest.get(0).episodeId)
        const before = Entries.episodeFields(id)
        verify(Entries.deleteEpisode(id))
        compare(Entries.undoMessage, "Entry deleted")
        verify(Entries.undo())
        compare(Entries.episodeFields(id), before)
    }

    function test_5_undoACheckInAndARemoval(): void {
        verify(!Entries.lastNightRecorded)
        verify(Entries.checkInLastNight())
        compare(Entries.undoMessage, "Cramp-free night recorded")
        verify(Entries.lastNightRecorded)
        verify(Entries.undo())
        verify(!Entries.lastNightRecorded)

        verify(Entries.checkInLastNight())
        verify(Entries.removeCrampFree(Entries.lastNight))
        compare(Entries.undoMessage, "Cramp-free mark removed")
        verify(!Entries.lastNightRecorded)
        verify(Entries.undo())
        verify(Entries.lastNightRecorded)
        // Removing a mark a night does not have is refused.
        verify(!Entries.removeCrampFree("2026-11-10"))
        verify(DiaryFile.lastError.length > 0)
    }

    function test_6_everyWriteOffersItsOwnUndo(): void {
        const spy = writeSpy
        spy.clear()
        verify(Entries.logEpisode({ onsetLocal: "2026-11-12T23:00" }))
        verify(Entries.logEpisode({ onsetLocal: "2026-11-13T23:00" }))
        // Each write is announced, even while an undo is already offered; undo takes back the latest.
        compare(spy.count, 2)
        const count = Entries.history.count
        verify(Entries.undo())
        compare(Entries.history.count, count - 1)
        compare(rowsOfNight("2026-11-12").length, 1)
        compare(rowsOfNight("2026-11-13").length, 0)
    }

    SignalSpy {
        id: writeSpy
        target: Entries
        signalName: "undoChanged"
    }

    Component {
        id: barComponent
        UndoBar {
            width: 390
        }
    }
    SignalSpy {
        id: undoSpy
        signalName: "undo"
    }

    function test_7_theBarSaysWhatWasWrittenAndItsButtonUndoesIt(): void {
        const bar = createTemporaryObject(barComponent, testCase)
        undoSpy.target = bar
        undoSpy.clear()
        const message = findChild(bar, "undoMessage")
        verify(Entries.logEpisode({ onsetLocal: "2026-11-09T23:00" }))
        compare(message.text, "Saved")
        const id = Number(Entries.latest.get(0).episodeId)
        verify(Entries.updateEpisode(id, { intensity: 2 }))
        compare(message.text, "Changes saved")
        verify(Entries.checkInNight("2026-11-08"))
        compare(message.text, "Cramp-free night recorded")
        verify(Entries.removeCrampFree("2026-11-08"))
        compare(message.text, "Cramp-free mark removed")
        verify(Entries.deleteEpisode(id))
        compare(message.text, "Entry deleted")
        compare(bar.Accessible.name, "Entry deleted")
        mouseClick(findChild(bar, "undoButton"))
        compare(undoSpy.count, 1)
    }
}
