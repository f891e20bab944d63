// Language, theme, the rule settings (threshold, day boundary, week start) and the patient profile
// the doctor's report shows. Each change is saved at once, except the profile (a Save button).
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

    // The profile being edited; saved with "Save profile".
    property string profileName: DiarySettings.profileName
    property string birthYear: DiarySettings.profileBirthYear > 0 ? String(DiarySettings.profileBirthYear) : ""
    property var riskFactors: DiarySettings.profileRiskFactors
    property string medicines: DiarySettings.profileMedicines
    property bool profileSaved: false
    // The line under the data buttons reports the last action: a backup, or an export or import.
    property Outcome outcome: transfer

    // 20 → "20:00"
    function hour(h: int): string {
        return Qt.formatTime(new Date(2000, 0, 1, h), "HH:mm")
    }

    function saveProfile(): void {
        page.profileSaved = DiarySettings.setProfile({
            name: page.profileName, birthYear: Number(page.birthYear), riskFactors: page.riskFactors,
            medicines: page.medicines
        })
    }

    Flickable {
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
                onTextEdited: page.profileName = text
            }
            ThemedField {
                objectName: "birthYearField"
                Layout.fillWidth: true
                placeholderText: qsTr("Year of birth (optional)")
                Accessible.name: qsTr("Year of birth")
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator { bottom: 0; top: Limits.maxBirthYear }
                text: page.birthYear
                onTextEdited: page.birthYear = text
            }
            SectionLabel { text: qsTr("What applies to you") }
            ChoiceChips {
                objectName: "riskChips"
                Layout.fillWidth: true
                multiple: true
                accessibleGroup: qsTr("What applies to you")
                options: Labels.riskFactors
                values: page.riskFactors
                onActivated: page.riskFactors = values
            }
            ThemedField {
                objectName: "medicinesField"
                Layout.fillWidth: true
                placeholderText: qsTr("Medicines, e.g. a diuretic or a statin (optional)")
                Accessible.name: qsTr("Medicines")
                text: page.medicines
                onTextEdited: page.medicines = text
            }
            RowLayout {
                spacing: Theme.spacing
                AccentButton {
                    objectName: "saveProfileButton"
                    text: qsTr("Save profile")
                    onClicked: page.saveProfile()
                }
                Text {
                    visible: page.profileSaved
                    text: qsTr("Saved")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                }
            }
            Text {
                visible: DiaryFile.lastError.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                text: DiaryFile.lastError
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

    ThemedDialog {
        id: restoreConfirm
        objectName: "restoreConfirm"
        title: qsTr("Restore this backup?")
        body: qsTr("The diary is replaced by the backup %1. The current diary is kept beside it, not deleted.")
              .arg(Backups.displayPath(restoreDialog.selectedFile))
        acceptText: qsTr("Restore")
        onAccepted: Backups.restoreBackup(restoreDialog.selectedFile)
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
