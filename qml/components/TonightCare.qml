// SPDX-License-Identifier: GPL-3.0-or-later
// Today's "Tonight's care" card, in the evening only (CareLog.evening: from 18:00 until the day ends,
// on the session's clock): what tonight's care record holds, and the button that opens the bedtime
// care log for tonight.
import QtQuick
import QtQuick.Layouts
import CrampDiary

Rectangle {
    id: card
    objectName: "tonightCare"
    signal careRequested(string night)
    // Whether the card shows (its own visibility also follows the page it is in).
    readonly property bool shown: tonight.evening
    visible: shown
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.spacing : 0
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.outline
    Accessible.role: Accessible.Grouping
    Accessible.name: title.text

    CareLog {
        id: tonight
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Heading {
            id: title
            section: true
            text: qsTr("Tonight's care")
        }
        Text {
            objectName: "tonightCareStatus"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: tonight.recorded ? qsTr("Recorded: %1").arg(tonight.summary)
                                   : qsTr("What did you do before bed, and what was the day like?")
        }
        AccentButton {
            objectName: "tonightCareButton"
            quiet: true
            text: tonight.recorded ? qsTr("Change tonight's care") : qsTr("Log tonight's care")
            onClicked: card.careRequested(tonight.shownNight)
        }
    }
}
