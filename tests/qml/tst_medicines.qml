// SPDX-License-Identifier: GPL-3.0-or-later
// The medicine editor on the Settings page: add, edit, stop and delete through the buttons and the
// form; refusals (no name, a stop before the start) keep the form open with core's reason and leave
// the list as it was.
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "Medicines"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: editorComponent
        MedicineEditor {
            width: 390
        }
    }

    function find(item: Item, name: string): Item {
        const found = findChild(item, name)
        verify(found !== null, "no item named " + name)
        return found
    }

    // The form's fields live in the overlay, not under the editor.
    function inForm(editor: Item, name: string): Item {
        const form = findChild(editor, "medicineForm")
        verify(form !== null, "no form")
        const found = findChild(form.contentItem, name) || findChild(form.footer, name)
        verify(found !== null, "no item named " + name + " in the form")
        return found
    }

    function typeText(field: Item, s: string): void {
        field.forceActiveFocus()
        field.selectAll()
        if (s.length === 0)
            keyClick(Qt.Key_Delete)
        for (const ch of s)
            keySequence(ch === " " ? "Space" : ch)
    }

    function addByForm(editor: Item, name: string, dose: string): void {
        mouseClick(find(editor, "addMedicineButton"))
        const form = find(editor, "medicineForm")
        tryCompare(form, "opened", true)
        typeText(inForm(editor, "medicineNameField"), name)
        typeText(inForm(editor, "medicineDoseField"), dose)
        mouseClick(inForm(editor, "medicineSave"))
    }

    function cleanup(): void {
        // Every test starts from an empty list.
        const list = Qt.createQmlObject("import CrampDiary; MedicineList {}", testCase)
        while (list.count > 0)
            verify(list.remove(list.data(list.index(0, 0), MedicineList.IdRole)))
        list.destroy()
    }

    function test_addEditStopDelete(): void {
        const editor = createTemporaryObject(editorComponent, testCase)
        const list = editor.medicines
        compare(list.count, 0)
        addByForm(editor, "atorvastatin", "20 mg")
        const form = find(editor, "medicineForm")
        tryCompare(form, "visible", false)
        compare(list.count, 1)
        compare(DiaryFile.lastError, "")
        // A new one starts tonight unless another night is picked.
        compare(find(editor, "medicineName0").text, "atorvastatin, 20 mg")
        compare(find(editor, "medicinePeriod0").text, "since " + list.latest)

        // Edit: the dose and the start night (typed into the picker).
        mouseClick(find(editor, "editMedicine0"))
        tryCompare(form, "opened", true)
        compare(inForm(editor, "medicineNameField").text, "atorvastatin")
        typeText(inForm(editor, "medicineDoseField"), "40 mg")
        mouseClick(inForm(editor, "medicineStartButton"))
        const picker = find(editor, "medicineNightPicker")
        tryCompare(picker, "opened", true)
        const typed = findChild(picker.contentItem, "typedDate")
        typeText(typed, "2026-03-01")
        keyClick(Qt.Key_Return)
        tryCompare(picker, "visible", false)
        compare(inForm(editor, "medicineStartButton").text, "Started: 2026-03-01")
        mouseClick(inForm(editor, "medicineSave"))
        tryCompare(form, "visible", false)
        compare(find(editor, "medicineName0").text, "atorvastatin, 40 mg")
        compare(find(editor, "medicinePeriod0").text, "since 2026-03-01")

        // Stop: its last night.
        mouseClick(find(editor, "stopMedicine0"))
        const stopPicker = find(editor, "medicineStopPicker")
        tryCompare(stopPicker, "opened", true)
        typeText(findChild(stopPicker.contentItem, "typedDate"), "2026-03-20")
        keyClick(Qt.Key_Return)
        tryCompare(stopPicker, "visible", false)
        compare(find(editor, "medicinePeriod0").text, "2026-03-01 – 2026-03-20")
        compare(find(editor, "stopMedicine0").visible, false)

        // Delete, after a question.
        mouseClick(find(editor, "deleteMedicine0"))
        const confirm = find(editor, "medicineDeleteConfirm")
        tryCompare(confirm, "opened", true)
        mouseClick(findChild(confirm.footer, "dialogAccept"))
        tryCompare(list, "count", 0)
    }

    function test_refusalsLeaveTheListAsItWas(): void {
        const editor = createTemporaryObject(editorComponent, testCase)
        const list = editor.medicines
        // No name: refused with core's reason, the form stays open, nothing is added.
        addByForm(editor, "", "5 mg")
        const form = find(editor, "medicineForm")
        verify(form.visible)
        compare(list.count, 0)
        compare(DiaryFile.lastError, "name: missing")
        verify(inForm(editor, "medicineProblem").visible)
        mouseClick(inForm(editor, "medicineCancel"))
        tryCompare(form, "visible", false)

        // Without the form: a new one needs a start night.
        verify(!list.add("metformin", "", "", ""))
        verify(DiaryFile.lastError.length > 0)
        compare(list.count, 0)

        verify(list.add("metformin", "500 mg", "2026-05-10", ""))
        compare(list.count, 1)
        // A stop before the start: refused, the record unchanged.
        mouseClick(find(editor, "stopMedicine0"))
        const stopPicker = find(editor, "medicineStopPicker")
        tryCompare(stopPicker, "opened", true)
        typeText(findChild(stopPicker.contentItem, "typedDate"), "2026-05-01")
        keyClick(Qt.Key_Return)
        tryCompare(stopPicker, "visible", false)
        compare(DiaryFile.lastError, "stop: 2026-05-01 is before the start 2026-05-10")
        compare(find(editor, "medicinePeriod0").text, "since 2026-05-10")
        compare(list.count, 1)
        // Not a date.
        verify(!list.update(list.data(list.index(0, 0), MedicineList.IdRole), "metformin", "", "yesterday", ""))
        compare(find(editor, "medicinePeriod0").text, "since 2026-05-10")
    }

    function test_carriedOverMedicineHasNoStartDate(): void {
        const editor = createTemporaryObject(editorComponent, testCase)
        const list = editor.medicines
        verify(list.add("furosemide", "", "2026-01-01", ""))
        const id = list.data(list.index(0, 0), MedicineList.IdRole)
        // An old record may keep having no start when edited; a new one may not.
        verify(list.update(id, "furosemide", "40 mg", "", ""))
        compare(find(editor, "medicinePeriod0").text, "no start date")
    }
}
