// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: the rule settings, theme and language go through the controllers; the profile is saved as typed.
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "SettingsPage"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: settingsComponent
        SettingsPage {
            width: 390
            height: 844
        }
    }

    function find(item: Item, name: string): Item {
        const found = findChild(item, name)
        verify(found !== null, "no item named " + name)
        return found
    }

    function scrollTo(page: Item, item: Item): void {
        const flick = find(page, "settingsForm")
        flick.contentY = Math.max(0, Math.min(item.mapToItem(flick.contentItem, 0, 0).y - 100, flick.contentHeight - flick.height))
    }

    function chip(page: Item, chipsName: string, label: string): Item {
        const chips = find(page, chipsName)
        for (let i = 0; i < chips.children.length; ++i)
            if (chips.children[i].text === label)
                return chips.children[i]
        fail("no chip " + label)
        return null
    }

    function test_themeChips(): void {
        const page = createTemporaryObject(settingsComponent, testCase)
        waitForRendering(page)
        mouseClick(chip(page, "themeChips", "Always light"))
        compare(ThemeMode.setting, "light")
        compare(Theme.dark, false)
        mouseClick(chip(page, "themeChips", "Always dark"))
        compare(Theme.dark, true)
    }

    function test_thresholdAndBoundaryAndWeekStart(): void {
        const page = createTemporaryObject(settingsComponent, testCase)
        waitForRendering(page)
        const box = find(page, "thresholdBox")
        scrollTo(page, box)
        compare(box.value, 3)
        box.forceActiveFocus()
        keyClick(Qt.Key_Up)
        compare(DiarySettings.threshold, 4)
        DiarySettings.threshold = 14
        compare(box.value, 14)
        keyClick(Qt.Key_Up)                     // 14 is the most
        compare(DiarySettings.threshold, 14)
        DiarySettings.threshold = 20
        compare(DiarySettings.threshold, 14)
        DiarySettings.threshold = 3
        compare(box.value, 3)

        const boundary = find(page, "boundaryBox")
        boundary.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(DiarySettings.dayBoundary, 11)
        DiarySettings.dayBoundary = 12

        scrollTo(page, find(page, "weekStartChips"))
        waitForRendering(page)
        mouseClick(chip(page, "weekStartChips", "Sunday"))
        compare(DiarySettings.weekStart, "sunday")
        mouseClick(chip(page, "weekStartChips", "Monday"))
        compare(DiarySettings.weekStart, "monday")
    }

    function test_profileIsSavedAsTyped(): void {
        const page = createTemporaryObject(settingsComponent, testCase)
        waitForRendering(page)
        const name = find(page, "nameField")
        scrollTo(page, name)
        name.forceActiveFocus()
        keySequence("l")
        keySequence("i")
        const year = find(page, "birthYearField")
        year.forceActiveFocus()
        for (const k of [Qt.Key_1, Qt.Key_9, Qt.Key_6, Qt.Key_0])
            keyClick(k)
        const risks = find(page, "riskChips")
        scrollTo(page, risks)
        waitForRendering(page)
        mouseClick(chip(page, "riskChips", "Diabetes"))
        // No Save button: leaving a field writes what was typed in it.
        verify(findChild(page, "saveProfileButton") === null)
        year.forceActiveFocus()
        compare(DiarySettings.profileSaved, true)
        compare(find(page, "profileStatus").text, "Saved")
        compare(DiaryFile.lastError, "")
        compare(DiarySettings.profileName, "li")
        compare(DiarySettings.profileBirthYear, 1960)
        compare(DiarySettings.profileRiskFactors, ["diabetes"])
        // The medicines are an editor of their own (tst_medicines.qml), no longer a line of the profile.
        verify(findChild(page, "medicinesField") === null)
        verify(find(page, "medicineEditor").visible)
    }

    function test_languageChoice(): void {
        const page = createTemporaryObject(settingsComponent, testCase)
        waitForRendering(page)
        const before = Language.choice
        mouseClick(chip(page, "languageChips", "English"))
        compare(Language.choice, "en")
        compare(Language.current, "en")
        Language.choice = before
    }

    function test_exportThenImportAsksFirst(): void {
        const page = createTemporaryObject(settingsComponent, testCase)
        waitForRendering(page)
        verify(Entries.logEpisode({ minutesAgo: 90, site: "calf", side: "right", intensity: 4, durationS: 45 }))
        const count = Entries.history.count
        const transfer = find(page, "transfer")
        const file = String(Backups.backupFolder) + "/settings-test.csv"
        verify(transfer.exportTo(file, "csv"))
        verify(transfer.message.indexOf("settings-test.csv") >= 0)
        // The file is checked and shown; nothing is written before "Import".
        verify(transfer.checkImport(file))
        const review = find(page, "importReview")
        tryCompare(review, "opened", true)
        verify(transfer.importSummary.indexOf("Already in the diary") >= 0, transfer.importSummary)
        mouseClick(findChild(review.footer, "dialogReject"))
        tryCompare(review, "opened", false)
        verify(!transfer.importPending)
        compare(Entries.history.count, count)
        // A file that is not a diary export: every problem shown, still nothing written.
        verify(!transfer.checkImport(String(Backups.backupFolder)))
        verify(transfer.error.length > 0)
        compare(Entries.history.count, count)
    }

    function test_theLineUnderYourDataReportsTheLastAction(): void {
        const page = createTemporaryObject(settingsComponent, testCase)
        waitForRendering(page)
        const line = find(page, "transferMessage")
        const backup = find(page, "backupNowButton")
        scrollTo(page, backup)
        mouseClick(backup)
        verify(line.text.startsWith("Backed up to " + Backups.displayPath(Backups.backupFolder)), line.text)
        const transfer = find(page, "transfer")
        verify(transfer.exportTo(String(Backups.backupFolder) + "/line-test.json", "json"))
        verify(line.text.indexOf("line-test.json") >= 0, line.text)
        // Another backup in the same second (the tests' clock stands still) is refused, and said so.
        mouseClick(backup)
        verify(line.text.startsWith("The backup failed: "), line.text)
        compare(line.color, Theme.danger)
    }

    function test_theAutoThemeLabelNamesItsHours(): void {
        const page = createTemporaryObject(settingsComponent, testCase)
        waitForRendering(page)
        chip(page, "themeChips", "Dark at night (20:00–07:00)")
    }
}
