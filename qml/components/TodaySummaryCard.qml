// SPDX-License-Identifier: GPL-3.0-or-later
// The Today screen's summary: cramps in the last 7 nights against the threshold as a gauge, the
// warning signals of the last 28 nights with what triggered each, and the note that the app records
// and does not diagnose. All figures come from TodaySummary (C++); nothing here computes a rule.
// The headline and the gauge are in the window's first frame; the rest (TodaySummaryDetails) is
// created when `details` turns true, right after it.
import QtQuick
import QtQuick.Layouts
import CrampDiary

Rectangle {
    id: card
    required property TodaySummary summary
    property bool details: true

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

        // From its file, so that start-up does not load its type either; the summary is given as
        // it is created (a required property).
        Loader {
            id: detailsLoader
            objectName: "summaryDetails"
            Layout.fillWidth: true
            visible: status === Loader.Ready

            function load(): void {
                if (card.details && status === Loader.Null)
                    setSource("TodaySummaryDetails.qml", { summary: card.summary })
            }
        }
    }

    onDetailsChanged: detailsLoader.load()
    Component.onCompleted: detailsLoader.load()
}
