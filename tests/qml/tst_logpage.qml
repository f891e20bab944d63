// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "LogPage"
    when: windowShown
    visible: true   // TestCase is invisible by default, and clicks need a visible page
    width: 390
    height: 844

    Component {
        id: editPageComponent
        LogPage {
            width: 390
            height: 844
            episodeId: testCase.editId
        }
    }
    property int editId: 0

    Component {
        id: logPageComponent
        LogPage {
            width: 390
            height: 844
        }
    }

    SignalSpy {
        id: doneSpy
        signalName: "done"
    }

    function find(item: Item, name: string): Item {
        const found = findChild(item, name)
        verify(found !== null, "no item named " + name)
        return found
    }

    function chooseChip(page: Item, chipsName: string, label: string): void {
        const chips = find(page, chipsName)
        for (let i = 0; i < chips.children.length; ++i) {
            const chip = chips.children[i]
            if (chip.text === label) {
                // Scroll the form so the chip is on screen, as a finger would.
                const flick = find(page, "logForm")
                const y = chip.mapToItem(flick.contentItem, 0, 0).y
                flick.contentY = Math.max(0, Math.min(y - 100, flick.contentHeight - flick.height))
                mouseClick(chip)
                return
            }
        }
        fail("no chip " + label + " in " + chipsName)
    }

    function test_saveWithChosenFieldsAddsThemToTheList(): void {
        const page = createTemporaryObject(logPageComponent, testCase)
        doneSpy.target = page
        doneSpy.clear()
        const before = Entries.history.count
        waitForRendering(page)   // chips are laid out (Flow) when the first frame is polished

        chooseChip(page, "siteChips", "Foot")
        chooseChip(page, "sideChips", "Both")
        chooseChip(page, "durationChips", "About 2 min")
        chooseChip(page, "postureChips", "Coughing or sneezing")
        chooseChip(page, "numbnessChips", "Still numb after")
        chooseChip(page, "weaknessChips", "Trouble with stairs")
        const slider = find(page, "intensitySlider")
        slider.forceActiveFocus()
        for (let i = 0; i < 3; ++i)
            keyClick(Qt.Key_Right)       // 5 → 8
        const note = find(page, "noteField")
        note.forceActiveFocus()
        keyClick(Qt.Key_A)
        mouseClick(find(page, "saveButton"))

        compare(DiaryFile.lastError, "")
        compare(Entries.history.count, before + 1)
        compare(doneSpy.count, 1)
        const row = Entries.latest.get(0)
        compare(row.site, "foot")
        compare(row.side, "both")
        compare(row.durationS, 120)
        compare(row.posture, "cough_sneeze")
        compare(row.numbness, "persisted")
        compare(row.weakness, ["stairs"])
        compare(row.intensity, 8)
        compare(row.note, "a")
    }

    // The label of the chosen chip of a row (the one that shows as chosen).
    function chosen(page: Item, chipsName: string): string {
        const chips = find(page, chipsName)
        const labels = []
        for (let i = 0; i < chips.children.length; ++i)
            if (chips.children[i].checked)
                labels.push(chips.children[i].text)
        return labels.join(", ")
    }

    function test_defaultsAreTheLastSiteAndSide(): void {
        // A diary of its own: empty, then with one known entry.
        const shared = DiaryFile.path
        verify(DiaryFile.open(shared.replace(/\.sqlite$/, "-defaults.sqlite")))
        compare(Entries.latest.count, 0)
        let page = createTemporaryObject(logPageComponent, testCase)
        waitForRendering(page)
        compare(chosen(page, "siteChips"), "Calf")
        compare(chosen(page, "sideChips"), "Left")
        page.destroy()

        verify(Entries.logEpisode({ minutesAgo: 30, site: "foot", side: "right" }))
        page = createTemporaryObject(logPageComponent, testCase)
        waitForRendering(page)
        compare(chosen(page, "siteChips"), "Foot")
        compare(chosen(page, "sideChips"), "Right")
        page.destroy()
        verify(DiaryFile.open(shared))
    }

    function test_escapeCancelsWithoutSaving(): void {
        const page = createTemporaryObject(logPageComponent, testCase)
        doneSpy.target = page
        doneSpy.clear()
        const before = Entries.latest.count
        waitForRendering(page)   // chips are laid out (Flow) when the first frame is polished
        page.forceActiveFocus()
        keyClick(Qt.Key_Escape)
        compare(doneSpy.count, 1)
        compare(Entries.latest.count, before)
    }

    function test_pickATimeIsResolvedInTheDiarysZone(): void {
        const page = createTemporaryObject(logPageComponent, testCase)
        waitForRendering(page)
        chooseChip(page, "onsetChips", "Pick a time")
        verify(find(page, "timePicker").visible)
        waitForRendering(page)
        const yesterday = Entries.localDate(1)
        chooseChip(page, "nightChips", Labels.night(yesterday))
        page.pickedHour = 23
        page.pickedMinute = 5
        mouseClick(find(page, "saveButton"))
        compare(DiaryFile.lastError, "")
        const row = historyRow(yesterday + "T23:05")
        verify(row !== null, "no entry at 23:05 yesterday")
        // 23:05 yesterday is after the 12:00 day boundary: the night of yesterday.
        compare(row.night, yesterday)
    }

    // The History row of the episode whose local onset starts with `onset` (YYYY-MM-DDTHH:mm), or null.
    function historyRow(onset: string): var {
        for (let i = 0; i < Entries.history.count; ++i)
            if (Entries.history.get(i).kind === "episode" && Entries.history.get(i).onset.startsWith(onset))
                return Entries.history.get(i)
        return null
    }

    function chipLabels(page: Item, chipsName: string): var {
        const chips = find(page, chipsName)
        const labels = []
        for (let i = 0; i < chips.children.length; ++i)
            if (chips.children[i].text !== undefined)
                labels.push(chips.children[i].text)
        return labels
    }

    // The clock stands at Monday 30 November 2026, 09:00 in Shanghai, before the 12:00 boundary: the
    // night running is Sunday's, and the buttons are it and the six before it, then "Older…".
    function test_sevenNightButtonsAndTheNightItCountsFor(): void {
        const page = createTemporaryObject(logPageComponent, testCase)
        waitForRendering(page)
        compare(find(page, "countsFor").text, "Counts for the night of Sun 29 Nov")
        chooseChip(page, "onsetChips", "Pick a time")
        waitForRendering(page)
        compare(chipLabels(page, "nightChips"), ["Sun 29 Nov", "Sat 28 Nov", "Fri 27 Nov", "Thu 26 Nov", "Wed 25 Nov",
                                                "Tue 24 Nov", "Mon 23 Nov", "Older…"])
        verify(!find(page, "olderPicker").visible)
        chooseChip(page, "nightChips", "Fri 27 Nov")
        page.pickedHour = 2
        page.pickedMinute = 40
        // 02:40 in the night of Friday is Saturday morning.
        compare(find(page, "countsFor").text, "Counts for the night of Fri 27 Nov")
        compare(page.fields().onsetLocal, "2026-11-28T02:40")
        page.pickedHour = 22
        compare(page.fields().onsetLocal, "2026-11-27T22:40")
        compare(find(page, "countsFor").text, "Counts for the night of Fri 27 Nov")
        mouseClick(find(page, "saveButton"))
        compare(DiaryFile.lastError, "")
        compare(historyRow("2026-11-27T22:40").night, "2026-11-27")
    }

    function test_backfillANightTenDaysBack(): void {
        const page = createTemporaryObject(logPageComponent, testCase)
        doneSpy.target = page
        doneSpy.clear()
        waitForRendering(page)
        chooseChip(page, "onsetChips", "Pick a time")
        waitForRendering(page)
        chooseChip(page, "nightChips", "Older…")
        const picker = find(page, "olderPicker")
        verify(picker.visible)
        waitForRendering(page)
        // The date picker opens on the night before the oldest button's; two nights further back.
        compare(page.pickedNight, "2026-11-22")
        mouseClick(find(page, "previousNight"))
        mouseClick(find(page, "previousNight"))
        compare(find(page, "nightField").text, "2026-11-20")
        compare(find(page, "countsFor").text.indexOf("Fri 20 Nov") >= 0, true)
        page.pickedHour = 3
        page.pickedMinute = 15
        mouseClick(find(page, "saveButton"))
        compare(DiaryFile.lastError, "")
        compare(doneSpy.count, 1)
        const row = historyRow("2026-11-21T03:15")
        verify(row !== null, "no entry at 03:15 on 21 November")
        compare(row.night, "2026-11-20")
    }

    // "Older…" also shows the nights as a calendar: tapping one picks it; a night still to come
    // cannot be picked.
    function test_olderNightsCanBeTappedOnACalendar(): void {
        const page = createTemporaryObject(logPageComponent, testCase)
        waitForRendering(page)
        chooseChip(page, "onsetChips", "Pick a time")
        waitForRendering(page)
        chooseChip(page, "nightChips", "Older…")
        const calendar = find(page, "olderCalendar")
        verify(calendar.visible)
        tryVerify(() => findChild(page, "night_2026-11-10") !== null)
        waitForRendering(page)
        mouseClick(find(page, "night_2026-11-10"))
        compare(page.pickedNight, "2026-11-10")
        compare(find(page, "nightField").text, "2026-11-10")
        compare(find(page, "countsFor").text.indexOf("Tue 10 Nov") >= 0, true)
        // The stepper moves the calendar's selection too.
        mouseClick(find(page, "previousNight"))
        compare(find(page, "night_2026-11-09").selected, true)
        // The last night of the month has not begun (the clock: Mon 30 Nov, 09:00): not taken.
        mouseClick(find(page, "night_2026-11-30"))
        compare(page.pickedNight, "2026-11-09")
    }

    function test_aTypedNightIsTakenOnlyOnceItHasBegun(): void {
        const page = createTemporaryObject(logPageComponent, testCase)
        waitForRendering(page)
        chooseChip(page, "onsetChips", "Pick a time")
        waitForRendering(page)
        chooseChip(page, "nightChips", "Older…")
        const field = find(page, "nightField")
        field.forceActiveFocus()
        field.selectAll()
        for (const c of "2025-02-03")
            keyClick(c)
        compare(page.pickedNight, "2025-02-03")
        compare(find(page, "countsFor").text.indexOf("Mon 3 Feb") >= 0, true)
        // Not a date, and a night still to come: the night stays as it was.
        field.selectAll()
        for (const c of "2026-12-01")
            keyClick(c)
        compare(page.pickedNight, "2025-02-03")
        compare(Entries.pastNight("2026-11-31"), "")
        // The next-night arrow stops at the night running now.
        page.pickedNight = "2026-11-29"
        verify(!find(page, "nextNight").enabled)
    }

    function test_aTimeStillToComeIsRefused(): void {
        const page = createTemporaryObject(logPageComponent, testCase)
        doneSpy.target = page
        doneSpy.clear()
        waitForRendering(page)
        const before = Entries.history.count
        chooseChip(page, "onsetChips", "Pick a time")
        waitForRendering(page)
        chooseChip(page, "nightChips", "Sun 29 Nov")
        page.pickedHour = 10     // 10:00 on Monday: an hour from now
        page.pickedMinute = 0
        const message = "That time is still to come: pick a time that has passed."
        compare(find(page, "countsFor").text, message)
        mouseClick(find(page, "saveButton"))
        compare(DiaryFile.lastError, message)
        compare(doneSpy.count, 0)
        compare(Entries.history.count, before)
        page.pickedHour = 8
        compare(find(page, "countsFor").text, "Counts for the night of Sun 29 Nov")
        mouseClick(find(page, "saveButton"))
        compare(DiaryFile.lastError, "")
        compare(doneSpy.count, 1)
    }

    Component {
        id: nightPageComponent
        LogPage {
            width: 390
            height: 844
            night: "2026-11-18"
        }
    }

    // The calendar opens the page for a night: that night chosen, at 03:00 in it.
    function test_aNightGivenOpensThePageOnIt(): void {
        const page = createTemporaryObject(nightPageComponent, testCase)
        waitForRendering(page)
        compare(page.onsetChoice, "pick")
        verify(find(page, "timePicker").visible)
        verify(find(page, "olderPicker").visible)
        compare(page.pickedHour, 3)
        compare(page.pickedMinute, 0)
        compare(find(page, "countsFor").text, "Counts for the night of Wed 18 Nov")
        mouseClick(find(page, "saveButton"))
        compare(DiaryFile.lastError, "")
        compare(historyRow("2026-11-19T03:00").night, "2026-11-18")
        // The night running now: 03:00 in it has passed (it is 09:00), so 03:00 it is.
        compare(Entries.defaultTimeInNight("2026-11-29"), "03:00")
    }

    function test_exactDurationOverTenMinutesAsksThenAccepts(): void {
        const page = createTemporaryObject(logPageComponent, testCase)
        doneSpy.target = page
        doneSpy.clear()
        waitForRendering(page)
        const before = Entries.history.count
        chooseChip(page, "durationChips", "Exact…")
        page.exactSeconds = 900
        mouseClick(find(page, "saveButton"))
        const dialog = find(page, "confirmLong")
        tryCompare(dialog, "opened", true)
        compare(doneSpy.count, 0)
        compare(Entries.history.count, before)
        dialog.accept()
        compare(doneSpy.count, 1)
        compare(Entries.history.count, before + 1)
        compare(Entries.history.get(0).durationS, 900)
    }

    // The note's limit is the diary's, in code points: 2,000 Chinese characters or emoji fit (an
    // emoji is two UTF-16 units, which a TextField's maximumLength would count), the 2,001st does
    // not. (Nothing is saved: the other tests count the latest entries.)
    function test_noteTakesWhatTheDiaryTakes_data() {
        return [{ tag: "Chinese", c: "抽" }, { tag: "emoji", c: "\u{1F9B5}" }, { tag: "ASCII", c: "a" }]
    }
    function test_noteTakesWhatTheDiaryTakes(data) {
        const page = createTemporaryObject(logPageComponent, testCase)
        waitForRendering(page)
        const field = find(page, "noteField")
        const full = data.c.repeat(Limits.maxNoteChars)
        field.insert(0, full)
        compare(field.text, full)
        compare(Limits.noteLength(field.text), Limits.maxNoteChars)
        field.insert(field.text.length, data.c)
        compare(field.text, full, "one character over the limit was taken")
    }

    function test_enterSaves(): void {
        const page = createTemporaryObject(logPageComponent, testCase)
        doneSpy.target = page
        doneSpy.clear()
        waitForRendering(page)
        const before = Entries.history.count
        page.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(doneSpy.count, 1)
        compare(Entries.history.count, before + 1)
    }

    function test_togglesAndReliefAreSaved(): void {
        const page = createTemporaryObject(logPageComponent, testCase)
        waitForRendering(page)
        verify(page.woke)                       // woke defaults to yes
        for (const name of ["radiatingToggle", "tinglingToggle", "wokeToggle"]) {
            const t = find(page, name)
            const flick = find(page, "logForm")
            flick.contentY = Math.max(0, Math.min(t.mapToItem(flick.contentItem, 0, 0).y - 100, flick.contentHeight - flick.height))
            mouseClick(t)
        }
        chooseChip(page, "reliefChips", "Massage")
        chooseChip(page, "reliefChips", "Warmth")
        mouseClick(find(page, "saveButton"))
        const row = Entries.history.get(0)
        compare(row.radiating, true)
        compare(row.tinglingSymmetric, true)
        compare(row.woke, false)
        compare(row.relief, ["massage", "heat"])
    }

    function test_editModeChangesTheEntryInPlace(): void {
        verify(Entries.logEpisode({ minutesAgo: 5, site: "calf", durationS: 60, intensity: 2 }))
        const id = Number(Entries.history.get(0).recordId)
        const count = Entries.history.count
        testCase.editId = id
        const page = createTemporaryObject(editPageComponent, testCase)
        waitForRendering(page)
        verify(page.editing)
        compare(page.intensity, 2)
        compare(page.onsetChoice, "keep")
        chooseChip(page, "siteChips", "Foot")
        mouseClick(find(page, "saveButton"))
        compare(DiaryFile.lastError, "")
        compare(Entries.history.count, count)
        const row = Entries.history.get(Entries.history.rowOfEpisode(id))
        compare(row.site, "foot")
        compare(row.intensity, 2)
        testCase.editId = 0
    }

    // Editing shows the entry's own night and moves it to another: the night follows the new time.
    function test_editMovesAnEntryToAnotherNight(): void {
        verify(Entries.logEpisode({ onsetLocal: "2026-11-26T01:20", intensity: 7 }))
        const id = Number(historyRow("2026-11-26T01:20").recordId)
        compare(historyRow("2026-11-26T01:20").night, "2026-11-25")
        const count = Entries.history.count
        testCase.editId = id
        const page = createTemporaryObject(editPageComponent, testCase)
        waitForRendering(page)
        compare(page.onsetChoice, "keep")
        // Its own date and time, and the night it counts for.
        compare(chosen(page, "onsetChips"), "As logged (Thu 26 Nov 01:20)")
        compare(find(page, "countsFor").text, "Counts for the night of Wed 25 Nov")
        chooseChip(page, "onsetChips", "Pick a time")
        waitForRendering(page)
        // The picker starts at the entry's own night and time.
        compare(chosen(page, "nightChips"), "Wed 25 Nov")
        compare(page.pickedHour, 1)
        compare(page.pickedMinute, 20)
        chooseChip(page, "nightChips", "Sat 28 Nov")
        compare(find(page, "countsFor").text, "Counts for the night of Sat 28 Nov")
        mouseClick(find(page, "saveButton"))
        compare(DiaryFile.lastError, "")
        compare(Entries.history.count, count)
        const row = Entries.history.get(Entries.history.rowOfEpisode(id))
        compare(row.night, "2026-11-28")
        verify(row.onset.startsWith("2026-11-29T01:20"))
        compare(row.intensity, 7)
        testCase.editId = 0
    }
}
