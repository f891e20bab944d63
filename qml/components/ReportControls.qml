// The top of the Report page: the period, the report's language, what the report holds, and the
// button that saves it as a PDF.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

ColumnLayout {
    id: controls
    property ReportModel report
    signal saveRequested()
    spacing: Theme.spacing

    Item { implicitHeight: 4 }
    Heading {
        text: qsTr("Report for the doctor")
    }

    SectionLabel { text: qsTr("Period") }
    ChoiceChips {
        objectName: "periodChips"
        Layout.fillWidth: true
        accessibleGroup: qsTr("Period")
        options: [{ value: "4", label: qsTr("Last 4 weeks") }, { value: "8", label: qsTr("Last 8 weeks") },
                  { value: "12", label: qsTr("Last 12 weeks") }, { value: "0", label: qsTr("Choose dates") }]
        value: String(controls.report.weeks)
        onActivated: (v) => controls.report.weeks = Number(v)
    }
    Flow {
        visible: controls.report.weeks === 0
        Layout.fillWidth: true
        spacing: Theme.spacing
        ThemedField {
            objectName: "fromField"
            width: Math.max(180, implicitWidth)
            placeholderText: qsTr("From (YYYY-MM-DD)")
            Accessible.name: qsTr("From (YYYY-MM-DD)")
            inputMethodHints: Qt.ImhDate
            text: controls.report.customFrom
            onEditingFinished: controls.report.customFrom = text
        }
        ThemedField {
            objectName: "toField"
            width: Math.max(180, implicitWidth)
            placeholderText: qsTr("To (YYYY-MM-DD)")
            Accessible.name: qsTr("To (YYYY-MM-DD)")
            inputMethodHints: Qt.ImhDate
            text: controls.report.customTo
            onEditingFinished: controls.report.customTo = text
        }
    }

    SectionLabel { text: qsTr("Language of the report") }
    ChoiceChips {
        objectName: "reportLanguageChips"
        Layout.fillWidth: true
        accessibleGroup: qsTr("Language of the report")
        options: [{ value: "zh_CN", label: qsTr("Chinese (中文)") }, { value: "en", label: qsTr("English") }]
        value: controls.report.language
        onActivated: (v) => controls.report.language = v
    }

    Text {
        objectName: "reportSummary"
        visible: controls.report.error.length === 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        text: qsTr("%1 to %2, %n page(s). Page 1 is the summary; then every cramp.", "", controls.report.pageCount)
              .arg(Language.longDate(controls.report.from)).arg(Language.longDate(controls.report.to))
    }
    Text {
        objectName: "reportError"
        visible: controls.report.error.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        text: controls.report.error
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        AccentButton {
            objectName: "savePdfButton"
            text: qsTr("Save as PDF…")
            enabled: controls.report.pageCount > 0
            onClicked: controls.saveRequested()
        }
        Text {
            objectName: "savedText"
            visible: controls.report.savedPath.length > 0
            height: Theme.touch
            width: Math.min(implicitWidth, controls.width)
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideMiddle
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("Saved: %1").arg(controls.report.savedPath)
        }
    }
    Item { implicitHeight: 4 }
}
