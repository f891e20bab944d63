// The Today screen's summary: cramps in the last 7 nights against the threshold as a gauge, the
// warning signals of the last 28 nights with what triggered each, and the note that the app records
// and does not diagnose. All figures come from TodaySummary (C++); nothing here computes a rule.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CrampDiary

Rectangle {
    id: card
    required property TodaySummary summary

    // The gauge's scale: twice the threshold, or more when the count is higher still.
    readonly property int scaleMax: Math.max(summary.threshold * 2, summary.last7Count, 1)

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: summary.overThreshold ? Theme.warning : Theme.outline
    border.width: summary.overThreshold ? 2 : 1

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Text {
            objectName: "summaryHeadline"
            Layout.fillWidth: true
            text: card.summary.headline
            color: card.summary.overThreshold ? Theme.warning : Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        // The gauge: a bar filled to the count, with a mark at the threshold.
        Item {
            id: gauge
            objectName: "summaryGauge"
            Layout.fillWidth: true
            Layout.preferredHeight: 20
            Accessible.role: Accessible.ProgressBar
            Accessible.name: qsTr("%1 of a threshold of %2").arg(card.summary.last7Count).arg(card.summary.threshold)

            Rectangle {
                anchors.fill: parent
                radius: height / 2
                color: Theme.surfaceRaised
            }
            Rectangle {
                width: parent.width * Math.min(card.summary.last7Count, card.scaleMax) / card.scaleMax
                height: parent.height
                radius: height / 2
                color: card.summary.overThreshold ? Theme.warning : Theme.accent
            }
            Rectangle {
                x: parent.width * card.summary.threshold / card.scaleMax - width / 2
                width: 3
                height: parent.height + 8
                anchors.verticalCenter: parent.verticalCenter
                color: Theme.text
            }
        }

        Text {
            Layout.fillWidth: true
            text: card.summary.overThreshold
                  ? qsTr("At or over your threshold of %1 cramps in 7 nights.").arg(card.summary.threshold)
                  : qsTr("Under your threshold of %1 cramps in 7 nights.").arg(card.summary.threshold)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        // The last 7 nights, oldest first: a column per night, its height the night's cramps.
        // Plain positioners, not nested layouts: this strip is in the first frame.
        Row {
            id: strip
            objectName: "summaryNights"
            Layout.fillWidth: true
            spacing: 4
            readonly property real cell: (width - 6 * spacing) / 7
            Repeater {
                model: card.summary.nights
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
            visible: !card.summary.hasSignals
            text: qsTr("No warning signs in the last 28 nights.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        Repeater {
            objectName: "summarySignals"
            model: card.summary.activeSignals
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
            visible: card.summary.hasSignals
            text: card.summary.advice
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        Text {
            objectName: "summaryNote"
            Layout.fillWidth: true
            text: card.summary.note
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
