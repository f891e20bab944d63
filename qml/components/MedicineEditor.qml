// SPDX-License-Identifier: GPL-3.0-or-later
// The medicines for the doctor's report, on the Settings page: the list (name, dose, since when or
// from – to; "no start date" for those carried over from the old free-text field) and adding,
// editing, stopping and deleting one. MedicineList checks and writes; a refusal is shown in the
// editor (DiaryFile.lastError) and leaves the list as it was.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

ColumnLayout {
    id: editor
    spacing: Theme.spacing
    readonly property MedicineList medicines: list

    MedicineList { id: list; objectName: "medicineList" }
    ReportCalendar {
        id: calendar
        earliest: list.earliest
        latest: list.latest
        language: Language.current
    }

    SectionLabel { text: qsTr("Medicines") }
    Text {
        visible: list.count === 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        text: qsTr("No medicines recorded. Add those you take, e.g. a diuretic or a statin, with the night you started.")
    }
    Repeater {
        objectName: "medicineRows"
        model: list
        delegate: Column {
            id: row
            required property int index
            required property var medicineId
            required property string name
            required property string dose
            required property string start
            required property string stop
            required property string period
            Layout.fillWidth: true
            Text {
                objectName: "medicineName" + row.index
                width: row.width
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                text: row.dose.length > 0 ? qsTr("%1, %2").arg(row.name).arg(row.dose) : row.name
                Accessible.role: Accessible.StaticText
                Accessible.name: text + ", " + row.period
            }
            Text {
                objectName: "medicinePeriod" + row.index
                width: row.width
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: row.period
            }
            Row {
                RowButton {
                    objectName: "editMedicine" + row.index
                    text: qsTr("Edit")
                    Accessible.description: row.name
                    onClicked: form.edit(row.medicineId, row.name, row.dose, row.start, row.stop)
                }
                RowButton {
                    objectName: "stopMedicine" + row.index
                    visible: row.stop.length === 0
                    text: qsTr("Stopped…")
                    Accessible.description: row.name
                    onClicked: stopPicker.ask(row.medicineId, row.name, row.start)
                }
                RowButton {
                    objectName: "deleteMedicine" + row.index
                    text: qsTr("Delete")
                    Accessible.description: row.name
                    onClicked: {
                        deleteConfirm.medicineId = row.medicineId
                        deleteConfirm.body = qsTr("Delete %1 from the diary? The report will no longer list it.").arg(row.name)
                        deleteConfirm.open()
                    }
                }
            }
        }
    }
    AccentButton {
        objectName: "addMedicineButton"
        quiet: true
        text: qsTr("Add a medicine…")
        onClicked: form.add()
    }

    // Add and edit: name, dose, start night (required for a new one), stop night (optional).
    ThemedDialog {
        id: form
        objectName: "medicineForm"
        property var medicineId: 0  // 0: a new medicine
        property string start: ""
        property string stop: ""
        property string name: ""
        property string dose: ""
        function add(): void {
            form.medicineId = 0
            form.open()
            form.name = ""
            form.dose = ""
            form.start = list.latest
            form.stop = ""
            list.clearProblem()
        }
        function edit(id: var, name: string, dose: string, start: string, stop: string): void {
            form.medicineId = id
            form.open()
            form.name = name
            form.dose = dose
            form.start = start
            form.stop = stop
            list.clearProblem()
        }
        function save(): void {
            const written = form.medicineId === 0 ? list.add(form.name, form.dose, form.start, form.stop)
                                                  : list.update(form.medicineId, form.name, form.dose, form.start, form.stop)
            if (written)
                form.close()
        }
        title: form.medicineId === 0 ? qsTr("Add a medicine") : qsTr("Edit the medicine")
        parent: Overlay.overlay
        // Its own fields and buttons in the themed frame: Save keeps it open when refused.
        contentItem: ColumnLayout {
            spacing: Theme.spacing
            ThemedField {
                objectName: "medicineNameField"
                Layout.fillWidth: true
                text: form.name
                onTextEdited: form.name = text
                placeholderText: qsTr("Name, e.g. atorvastatin")
                Accessible.name: qsTr("Name of the medicine")
            }
            ThemedField {
                objectName: "medicineDoseField"
                Layout.fillWidth: true
                text: form.dose
                onTextEdited: form.dose = text
                placeholderText: qsTr("Dose (optional), e.g. 20 mg every evening")
                Accessible.name: qsTr("Dose")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                AccentButton {
                    objectName: "medicineStartButton"
                    quiet: true
                    text: form.start.length > 0 ? qsTr("Started: %1").arg(form.start) : qsTr("Started: no start date")
                    onClicked: nightPicker.ask("start", form.start)
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                AccentButton {
                    objectName: "medicineStopButton"
                    quiet: true
                    text: form.stop.length > 0 ? qsTr("Last night taken: %1").arg(form.stop) : qsTr("Still taken (set a last night…)")
                    onClicked: nightPicker.ask("stop", form.stop.length > 0 ? form.stop : list.latest)
                }
                RowButton {
                    objectName: "medicineStillTaken"
                    visible: form.stop.length > 0
                    text: qsTr("Still taken")
                    onClicked: form.stop = ""
                }
            }
            Text {
                objectName: "medicineProblem"
                visible: DiaryFile.lastError.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                text: DiaryFile.lastError
            }
        }
        footer: Flow {
            spacing: Theme.spacing
            padding: 20
            topPadding: 0
            layoutDirection: Qt.RightToLeft
            AccentButton {
                objectName: "medicineSave"
                text: qsTr("Save")
                onClicked: form.save()
            }
            AccentButton {
                objectName: "medicineCancel"
                quiet: true
                text: qsTr("Cancel")
                onClicked: form.close()
            }
        }
    }

    // The start or stop night in the form.
    DatePicker {
        id: nightPicker
        objectName: "medicineNightPicker"
        property string end: "start"
        function ask(which: string, at: string): void {
            nightPicker.end = which
            nightPicker.openAt(at.length > 0 ? at : list.latest)
        }
        calendar: calendar
        title: end === "start" ? qsTr("The first night it was taken") : qsTr("The last night it was taken")
        typedLabel: qsTr("Night (YYYY-MM-DD)")
        onPicked: (night) => {
            if (nightPicker.end === "start")
                form.start = night
            else
                form.stop = night
        }
    }

    // Stopping a medicine in the list: its last night taken.
    DatePicker {
        id: stopPicker
        objectName: "medicineStopPicker"
        property var medicineId: 0
        function ask(id: var, name: string, start: string): void {
            stopPicker.medicineId = id
            stopPicker.title = qsTr("%1: the last night it was taken").arg(name)
            stopPicker.openAt(list.latest)
        }
        calendar: calendar
        typedLabel: qsTr("Night (YYYY-MM-DD)")
        onPicked: (night) => list.stop(stopPicker.medicineId, night)
    }

    ThemedDialog {
        id: deleteConfirm
        objectName: "medicineDeleteConfirm"
        parent: Overlay.overlay
        property var medicineId: 0
        title: qsTr("Delete the medicine?")
        acceptText: qsTr("Delete")
        onAccepted: list.remove(deleteConfirm.medicineId)
    }
}
