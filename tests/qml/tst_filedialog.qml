// SPDX-License-Identifier: GPL-3.0-or-later
// The app's own file dialog: folders first and then the files the filter lets through, opening a
// folder and going up, choosing a file, a name to save under (with its suffix added), and cancel.
// The folder is the test's own: the diary's, with the day's backup in its "backups" folder.
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "FileDialog"
    when: windowShown
    visible: true
    width: 390
    height: 844

    // The diary's folder (the test's temporary folder) and the day's backup, made when it opened.
    readonly property string diaryFolder: String(Backups.backupFolder).replace(/\/[^\/]*$/, "")
    property string backupFile: ""

    Component {
        id: openComponent
        ThemedFileDialog {
            title: "Choose"
            fileMode: ThemedFileDialog.OpenFile
            nameFilters: ["Diary backups (*.sqlite)", "All files (*)"]
            currentFolder: testCase.diaryFolder
        }
    }
    Component {
        id: saveComponent
        ThemedFileDialog {
            title: "Save"
            fileMode: ThemedFileDialog.SaveFile
            defaultSuffix: "pdf"
            nameFilters: ["PDF files (*.pdf)"]
            currentFile: testCase.diaryFolder + "/report.pdf"
        }
    }
    SignalSpy {
        id: acceptedSpy
        signalName: "accepted"
    }
    SignalSpy {
        id: rejectedSpy
        signalName: "rejected"
    }

    function initTestCase(): void {
        testCase.backupFile = Backups.latestBackup
        verify(testCase.backupFile.length > 0)
    }

    function opened(component: Component): var {
        const dialog = createTemporaryObject(component, testCase)
        acceptedSpy.target = dialog
        rejectedSpy.target = dialog
        acceptedSpy.clear()
        rejectedSpy.clear()
        dialog.open()
        tryCompare(dialog, "opened", true)
        waitForRendering(dialog.contentItem)
        return dialog
    }

    function part(dialog: var, name: string): Item {
        const found = findChild(dialog.contentItem, name)
        verify(found !== null, "no " + name)
        return found
    }
    function footerButton(dialog: var, name: string): Item {
        const found = findChild(dialog.footer, name)
        verify(found !== null, "no " + name)
        return found
    }

    // The names the list shows, in its order.
    function listed(dialog: var): var {
        const list = part(dialog, "fileDialogList")
        const names = []
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            names.push(list.itemAtIndex(i).text)
        }
        return names
    }

    function test_openListsFoldersFirstAndChoosesAFile(): void {
        const dialog = opened(openComponent)
        compare(footerButton(dialog, "dialogAccept").text, "Open")
        verify(!footerButton(dialog, "dialogAccept").enabled)
        const names = listed(dialog)
        // The folders first (the backups' among them), then only the diaries (*.sqlite: no -wal or
        // -shm beside them).
        verify(names.indexOf("backups/") >= 0, names)
        const files = names.filter(n => !n.endsWith("/"))
        verify(files.length > 0, names)
        compare(names.slice(names.length - files.length), files)
        for (const f of files)
            verify(/\.sqlite$/.test(f), f)

        const folder = part(dialog, "fileDialogFolder")
        mouseClick(findChild(part(dialog, "fileDialogList"), "fileEntry_backups"))
        compare(folder.text, testCase.diaryFolder.replace("file://", "") + "/backups")
        verify(listed(dialog).indexOf(testCase.backupFile) >= 0)
        // Up goes back to the diary's folder; then into the backups again.
        mouseClick(part(dialog, "fileDialogUp"))
        compare(folder.text, testCase.diaryFolder.replace("file://", ""))
        mouseClick(findChild(part(dialog, "fileDialogList"), "fileEntry_backups"))
        mouseClick(findChild(part(dialog, "fileDialogList"), "fileEntry_" + testCase.backupFile))
        compare(part(dialog, "fileDialogName").text, testCase.backupFile)
        verify(footerButton(dialog, "dialogAccept").enabled)
        mouseClick(footerButton(dialog, "dialogAccept"))
        compare(acceptedSpy.count, 1)
        compare(String(dialog.selectedFile), testCase.diaryFolder + "/backups/" + testCase.backupFile)
    }

    function test_keyboardMovesInTheListAndEnterOpens(): void {
        const dialog = opened(openComponent)
        const list = part(dialog, "fileDialogList")
        verify(list.activeFocus, "the list has the focus when an open dialog opens")
        list.currentIndex = testCase.listed(dialog).indexOf("backups/")
        keyClick(Qt.Key_Return)
        tryCompare(part(dialog, "fileDialogFolder"), "text", testCase.diaryFolder.replace("file://", "") + "/backups")
        // Down from the entry before the backup lands on it.
        list.currentIndex = testCase.listed(dialog).indexOf(testCase.backupFile) - 1
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        compare(acceptedSpy.count, 1)
        compare(String(dialog.selectedFile), testCase.diaryFolder + "/backups/" + testCase.backupFile)
    }

    function test_saveTakesATypedNameWithItsSuffix(): void {
        const dialog = opened(saveComponent)
        compare(footerButton(dialog, "dialogAccept").text, "Save")
        const name = part(dialog, "fileDialogName")
        compare(name.text, "report.pdf")
        verify(name.activeFocus, "the name field has the focus when a save dialog opens")
        // The field is as wide as the dialog, at phone width too.
        verify(name.width >= dialog.availableWidth - 1, "name field " + name.width + " of " + dialog.availableWidth)
        name.selectAll()
        keyClick(Qt.Key_N)
        keyClick(Qt.Key_I)
        compare(String(dialog.selectedFile), testCase.diaryFolder + "/ni.pdf")
        // Only PDFs (none here) and folders are listed.
        const names = listed(dialog)
        verify(names.indexOf("backups/") >= 0, names)
        compare(names.filter(n => !n.endsWith("/")), [])
        keyClick(Qt.Key_Return)
        compare(acceptedSpy.count, 1)
    }

    function test_cancelChoosesNothing(): void {
        const dialog = opened(saveComponent)
        mouseClick(footerButton(dialog, "dialogReject"))
        compare(rejectedSpy.count, 1)
        compare(acceptedSpy.count, 0)
        tryCompare(dialog, "visible", false)
        // Esc does the same.
        dialog.open()
        tryCompare(dialog, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "visible", false)
        compare(acceptedSpy.count, 0)
    }
}
