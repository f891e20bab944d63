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
        const before = Entries.latest.count
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
        compare(Entries.latest.count, before + 1)
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
        chooseChip(page, "dayChips", "Yesterday")
        page.pickedHour = 23
        page.pickedMinute = 5
        mouseClick(find(page, "saveButton"))
        compare(DiaryFile.lastError, "")
        const yesterday = Entries.localDate(1)
        let row = null
        for (let i = 0; i < Entries.history.count; ++i)
            if (Entries.history.get(i).onset.startsWith(yesterday + "T23:05"))
                row = Entries.history.get(i)
        verify(row !== null, "no entry at 23:05 yesterday")
        // 23:05 yesterday is after the 12:00 day boundary: the night of yesterday.
        compare(row.night, yesterday)
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
}
