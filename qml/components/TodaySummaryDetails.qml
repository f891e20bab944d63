// SPDX-License-Identifier: GPL-3.0-or-later
// The Today summary below its headline and gauge: the threshold in words, the last 7 nights, the
// warning signals of the last 28 nights with their evidence, where to go, and the note that the app
// records and does not diagnose. Created just after the window's first frame (TodaySummaryCard).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CrampDiary

ColumnLayout {
    id: details
    required property TodaySummary summary
    spacing: Theme.spacing / 2

    Text {
        Layout.fillWidth: true
        text: details.summary.overThreshold
              ? qsTr("At or over your threshold of %1 cramps in 7 nights.").arg(details.summary.threshold)
              : qsTr("Under your threshold of %1 cramps in 7 nights.").arg(details.summary.threshold)
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    // The last 7 nights, oldest first: a column per night, its height the night's cramps.
    // Plain positioners, not nested layouts: fewer objects to create.
    Row {
        id: strip
        objectName: "summaryNights"
        Layout.fillWidth: true
        spacing: 4
        readonly property real cell: (width - 6 * spacing) / 7
        Repeater {
            model: details.summary.nights
            delegate: Column {
                id: nightColumn
                required property var modelData
                width: strip.cell
                spacing: 2
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Night of %1: %2 cramps").arg(modelData.night).arg(modelData.episodes)

                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: nightColumn.modelData.episodes > 0 ? String(nightColumn.modelData.episodes) : ""
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                }
                Item {
                    width: parent.width
                    height: 32
                    Rectangle {
                        anchors.bottom: parent.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: Math.min(parent.width, 24)
                        height: nightColumn.modelData.episodes > 0
                                ? Math.min(parent.height, 8 + 8 * nightColumn.modelData.episodes) : 3
                        radius: 3
                        color: nightColumn.modelData.episodes > 0 ? Theme.accent
                               : (nightColumn.modelData.recorded ? Theme.textMuted : Theme.outline)
                    }
                }
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: nightColumn.modelData.label
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    // With an enlarged system font the weekday shrinks to fit rather than "T…".
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 9
                }
            }
        }
    }

    Text {
        Layout.fillWidth: true
        visible: !details.summary.hasSignals
        text: qsTr("No warning signs in the last 28 nights.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }

    Repeater {
        objectName: "summarySignals"
        model: details.summary.activeSignals
        delegate: Rectangle {
            id: signalRow
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touch, signalText.implicitHeight + Theme.spacing)
            radius: Theme.radius / 2
            color: Theme.surfaceRaised
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.title + ". " + modelData.evidence

            Column {
                id: signalText
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: Theme.spacing / 2
                spacing: 2
                Text {
                    width: parent.width
                    text: signalRow.modelData.title
                    color: Theme.warning
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Text {
                    width: parent.width
                    text: signalRow.modelData.evidence
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    Text {
        objectName: "summaryAdvice"
        Layout.fillWidth: true
        visible: details.summary.hasSignals
        text: details.summary.advice
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }

    Text {
        objectName: "summaryNote"
        Layout.fillWidth: true
        text: details.summary.note
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
