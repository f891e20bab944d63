// SPDX-License-Identifier: GPL-3.0-or-later
// Language, theme, the rule settings (threshold, day boundary, week start) and the patient profile
// the doctor's report shows. Each change is saved at once; the profile as it is typed (DiarySettings
// writes it a moment after the last key, when a field is left and when the page or the diary goes),
// so there is no Save button; the medicines in their own editor (MedicineEditor). Backups, restoring
// one (and the diaries restores replaced), export, import.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CrampDiary

ThemedPage {
    id: page
    // Esc goes back to Today (Main connects it).
    signal backRequested()
    Keys.onEscapePressed: page.backRequested()
    Accessible.name: qsTr("Settings")

    // The profile as typed on this page (a birth year out of range stays typed, though not saved).
    property string profileName: DiarySettings.profileName
    property string birthYear: DiarySettings.profileBirthYear > 0 ? String(DiarySettings.profileBirthYear) : ""
    property var riskFactors: DiarySettings.profileRiskFactors
    // The line under the data buttons reports the last action: a backup, or an export or import.
    property Outcome outcome: transfer

    // 20 → "20:00"
    function hour(h: int): string {
        return Qt.formatTime(new Date(2000, 0, 1, h), "HH:mm")
    }

    function profileEdited(): void {
        DiarySettings.editProfile({
            name: page.profileName, birthYear: page.birthYear, riskFactors: page.riskFactors
        })
    }

    // A problem with a birth year typed on an earlier visit is gone with what was typed.
    Component.onCompleted: page.profileEdited()
    // Leaving the page writes what waits.
    Component.onDestruction: DiarySettings.saveProfile()

    FocusFlickable {
        id: flick
        objectName: "settingsForm"
        anchors.fill: parent
        contentHeight: form.implicitHeight + 32
        clip: true

        ColumnLayout {
            id: form
            x: 16
            y: 16
            width: Math.min(flick.width - 32, 720)
            spacing: Theme.spacing

            Heading {
                text: qsTr("Settings")
            }

            SectionLabel { text: qsTr("Language") }
            ChoiceChips {
                objectName: "languageChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("Language")
                options: [{ value: "system", label: qsTr("Follow the system") }, { value: "zh_CN", label: qsTr("Chinese (中文)") },
                          { value: "en", label: qsTr("English") }]
                value: Language.choice
                onActivated: (v) => Language.choice = v
            }

            SectionLabel { text: qsTr("Theme") }
            ChoiceChips {
                objectName: "themeChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("Theme")
                options: [{ value: "auto", label: qsTr("Dark at night (%1–%2)").arg(page.hour(ThemeMode.darkFromHour)).arg(page.hour(ThemeMode.darkUntilHour)) }, { value: "dark", label: qsTr("Always dark") },
                          { value: "light", label: qsTr("Always light") }]
                value: ThemeMode.setting
                onActivated: (v) => ThemeMode.setting = v
            }

            SectionLabel { text: qsTr("Cramps in 7 nights that count as frequent") }
            NumberBox {
                objectName: "thresholdBox"
                from: Limits.minThreshold
                to: Limits.maxThreshold
                value: DiarySettings.threshold
                Accessible.name: qsTr("Threshold: cramps in 7 nights")
                onValueModified: DiarySettings.threshold = value
            }

            SectionLabel { text: qsTr("A night ends at (hour of the day)") }
            NumberBox {
                objectName: "boundaryBox"
                from: Limits.minBoundary
                to: Limits.maxBoundary
                value: DiarySettings.dayBoundary
                textFromValue: (v, locale) => (v < 10 ? "0" : "") + v + ":00"
                valueFromText: (t, locale) => parseInt(t)
                Accessible.name: qsTr("Day boundary hour")
                onValueModified: DiarySettings.dayBoundary = value
            }

            SectionLabel { text: qsTr("Weeks start on") }
            ChoiceChips {
                objectName: "weekStartChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("Weeks start on")
                options: Labels.weekStarts
                value: DiarySettings.weekStart
                onActivated: (v) => DiarySettings.weekStart = v
            }

            Heading {
                text: qsTr("For the doctor's report")
                topPadding: 16
            }
            ThemedField {
                objectName: "nameField"
                Layout.fillWidth: true
                placeholderText: qsTr("Name (optional)")
                Accessible.name: qsTr("Name")
                text: page.profileName
                onTextEdited: {
                    page.profileName = text
                    page.profileEdited()
                }
                onEditingFinished: DiarySettings.saveProfile()
            }
            ThemedField {
                objectName: "birthYearField"
                Layout.fillWidth: true
                placeholderText: qsTr("Year of birth (optional)")
                Accessible.name: qsTr("Year of birth")
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator { bottom: 0; top: Limits.maxBirthYear }
                invalid: DiarySettings.profileProblem.length > 0
                text: page.birthYear
                onTextEdited: {
                    page.birthYear = text
                    page.profileEdited()
                }
                onEditingFinished: DiarySettings.saveProfile()
            }
            SectionLabel { text: qsTr("What applies to you") }
            ChoiceChips {
                objectName: "riskChips"
                Layout.fillWidth: true
                multiple: true
                accessibleGroup: qsTr("What applies to you")
                options: Labels.riskFactors
                values: page.riskFactors
                onActivated: {
                    page.riskFactors = values
                    page.profileEdited()
                    DiarySettings.saveProfile()
                }
            }
            Text {
                objectName: "profileStatus"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                readonly property bool problem: DiarySettings.profileProblem.length > 0
                color: problem ? Theme.danger : Theme.textMuted
                font.pixelSize: Theme.fontBody
                text: problem ? DiarySettings.profileProblem : DiarySettings.profileSaved ? qsTr("Saved") : qsTr("Saved as you type")
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Text {
                visible: DiaryFile.lastError.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                text: DiaryFile.lastError
            }

            MedicineEditor {
                objectName: "medicineEditor"
                Layout.fillWidth: true
            }

            Heading {
                text: qsTr("Your data")
                topPadding: 16
            }
            Text {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("The diary stays on this device. A backup is made each day you open the app; the last 7 are kept in %1.")
                      .arg(Backups.displayPath(Backups.backupFolder))
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                AccentButton {
                    objectName: "backupNowButton"
                    quiet: true
                    text: qsTr("Back up now")
                    onClicked: {
                        page.outcome = Backups
                        Backups.backupNow()
                    }
                }
                AccentButton {
                    objectName: "restoreButton"
                    quiet: true
                    text: qsTr("Restore a backup…")
                    onClicked: restoreDialog.open()
                }
            }

            // The diaries restores replaced, kept beside the diary: each can be brought back.
            SectionLabel {
                visible: Backups.replaced.count > 0
                text: qsTr("Diaries replaced by a restore")
            }
            Repeater {
                objectName: "replacedList"
                model: Backups.replaced
                delegate: ColumnLayout {
                    id: replacedRow
                    required property url file
                    required property string name
                    required property string summary
                    required property bool sound
                    required property int index
                    Layout.fillWidth: true
                    spacing: 4
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.WrapAnywhere
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: replacedRow.name
                    }
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: replacedRow.sound ? Theme.text : Theme.danger
                        font.pixelSize: Theme.fontBody
                        text: replacedRow.summary
                    }
                    AccentButton {
                        objectName: "restoreReplacedButton" + replacedRow.index
                        quiet: true
                        enabled: replacedRow.sound
                        text: qsTr("Bring this diary back…")
                        Accessible.description: replacedRow.name
                        onClicked: {
                            replacedRestore.file = replacedRow.file
                            replacedRestore.open()
                        }
                    }
                }
            }

            SectionLabel { text: qsTr("Export format") }
            ChoiceChips {
                id: formatChips
                objectName: "exportFormatChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("Export format")
                options: [{ value: "csv", label: qsTr("CSV, for spreadsheets") },
                          { value: "json", label: qsTr("JSON, everything, for another device") },
                          { value: "fhir", label: qsTr("FHIR, for a doctor's system") }]
                value: "csv"
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                AccentButton {
                    objectName: "exportButton"
                    quiet: true
                    text: qsTr("Export…")
                    onClicked: {
                        exportDialog.currentFile = transfer.suggestedExportFile(formatChips.value)
                        exportDialog.open()
                    }
                }
                AccentButton {
                    objectName: "importButton"
                    quiet: true
                    text: qsTr("Import a CSV or JSON file…")
                    onClicked: importDialog.open()
                }
            }
            Text {
                objectName: "transferMessage"
                visible: text.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: page.outcome.error.length > 0 ? Theme.danger : Theme.textMuted
                font.pixelSize: Theme.fontBody
                text: page.outcome.error.length > 0 ? page.outcome.error : page.outcome.message
            }
        }
    }

    DataTransfer {
        id: transfer
        objectName: "transfer"
        // A checked import is shown and waits for a yes; a rejected one lists its problems.
        onStateChanged: {
            page.outcome = transfer
            if (transfer.importPending || transfer.importProblems.length > 0)
                importReview.open()
        }
    }

    ThemedFileDialog {
        id: exportDialog
        title: qsTr("Export the diary")
        fileMode: ThemedFileDialog.SaveFile
        onAccepted: transfer.exportTo(selectedFile, formatChips.value)
    }
    ThemedFileDialog {
        id: importDialog
        title: qsTr("Import a CSV or JSON file")
        fileMode: ThemedFileDialog.OpenFile
        nameFilters: [qsTr("Diary exports (*.csv *.json)"), qsTr("All files (*)")]
        onAccepted: transfer.checkImport(selectedFile)
    }
    ThemedFileDialog {
        id: restoreDialog
        title: qsTr("Choose a backup to restore")
        fileMode: ThemedFileDialog.OpenFile
        currentFolder: Backups.backupFolder
        nameFilters: [qsTr("Diary backups (*.sqlite)")]
        onAccepted: restoreConfirm.open()
    }

    // The chosen backup's question (restoreDialog opens it), and a replaced diary's.
    RestoreFlow {
        id: restoreConfirm
        objectName: "backupRestore"
        file: restoreDialog.selectedFile
        onFinished: page.outcome = Backups
    }
    RestoreFlow {
        id: replacedRestore
        objectName: "replacedRestore"
        onFinished: page.outcome = Backups
    }

    ThemedDialog {
        id: importReview
        objectName: "importReview"
        title: transfer.importPending ? qsTr("Import these records?") : qsTr("Nothing was imported")
        body: transfer.importPending ? transfer.importSummary : transfer.error
        details: transfer.importProblems
        acceptText: transfer.importPending ? qsTr("Import") : ""
        onAccepted: transfer.commitImport()
        onRejected: transfer.cancelImport()
    }
}
