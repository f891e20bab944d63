// Settings: the rule settings, theme and language go through the controllers; the profile is saved.
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
        compare(Diary.themeSetting, "light")
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
        compare(Diary.threshold, 4)
        Diary.threshold = 14
        compare(box.value, 14)
        keyClick(Qt.Key_Up)                     // 14 is the most
        compare(Diary.threshold, 14)
        Diary.threshold = 20
        compare(Diary.threshold, 14)
        Diary.threshold = 3
        compare(box.value, 3)

        const boundary = find(page, "boundaryBox")
        boundary.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(Diary.dayBoundary, 11)
        Diary.dayBoundary = 12

        scrollTo(page, find(page, "weekStartChips"))
        waitForRendering(page)
        mouseClick(chip(page, "weekStartChips", "Sunday"))
        compare(Diary.weekStart, "sunday")
        mouseClick(chip(page, "weekStartChips", "Monday"))
        compare(Diary.weekStart, "monday")
    }

    function test_profileIsSaved(): void {
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
        const meds = find(page, "medicinesField")
        meds.forceActiveFocus()
        keySequence("x")
        const save = find(page, "saveProfileButton")
        scrollTo(page, save)
        waitForRendering(page)
        mouseClick(save)
        compare(Diary.lastError, "")
        compare(Diary.profileName, "li")
        compare(Diary.profileBirthYear, 1960)
        compare(Diary.profileRiskFactors, ["diabetes"])
        compare(Diary.profileMedicines, "x")
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
        verify(Diary.logEpisode({ minutesAgo: 90, site: "calf", side: "right", intensity: 4, durationS: 45 }))
        const count = Diary.history.count
        const transfer = find(page, "transfer")
        const file = String(Diary.backupFolder) + "/settings-test.csv"
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
        compare(Diary.history.count, count)
        // A file that is not a diary export: every problem shown, still nothing written.
        verify(!transfer.checkImport(String(Diary.backupFolder)))
        verify(transfer.error.length > 0)
        compare(Diary.history.count, count)
    }
}
