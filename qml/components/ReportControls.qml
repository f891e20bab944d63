// SPDX-License-Identifier: GPL-3.0-or-later
// The top of the Report page: the period, the report's language, what the report holds, and the
// button that saves it as a PDF.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CrampDiary

ColumnLayout {
    id: controls
    property ReportModel report
    signal saveRequested()
    signal doctorRequested()
    spacing: Theme.spacing

    // Opens the date picker on one end of the custom period ("from" or "to").
    function pick(end: string): void {
        picker.end = end
        picker.openAt(end === "from" ? controls.report.customFrom : controls.report.customTo)
    }

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
    // The custom period's ends, each a button that opens the date picker on it.
    Flow {
        visible: controls.report.weeks === 0
        Layout.fillWidth: true
        spacing: Theme.spacing
        AccentButton {
            objectName: "fromButton"
            quiet: true
            plain: true
            text: qsTr("From: %1").arg(Language.longDate(controls.report.customFrom))
            onClicked: controls.pick("from")
        }
        AccentButton {
            objectName: "toButton"
            quiet: true
            plain: true
            text: qsTr("To: %1").arg(Language.longDate(controls.report.customTo))
            onClicked: controls.pick("to")
        }
    }
    ReportCalendar {
        id: calendar
        earliest: controls.report.earliest
        latest: controls.report.latest
        language: Language.current
    }
    DatePicker {
        id: picker
        objectName: "datePicker"
        // "from" or "to": the end being picked.
        property string end: "from"
        calendar: calendar
        title: end === "from" ? qsTr("Report from") : qsTr("Report to")
        typedLabel: end === "from" ? qsTr("From (YYYY-MM-DD)") : qsTr("To (YYYY-MM-DD)")
        onPicked: (night) => {
            if (end === "from")
                controls.report.customFrom = night
            else
                controls.report.customTo = night
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
        AccentButton {
            objectName: "doctorButton"
            quiet: true
            text: qsTr("Show the doctor")
            enabled: controls.report.pageCount > 0
            onClicked: controls.doctorRequested()
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
