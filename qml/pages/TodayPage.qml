// Where the app opens: the big "Log a cramp" button, the one-tap cramp-free check-in, and the
// latest entries.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

Page {
    id: page
    signal logRequested()
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: Theme.spacing

        Label {
            text: qsTr("Cramp Diary")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Accessible.role: Accessible.Heading
        }

        Label {
            visible: !Diary.isOpen
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.danger
            text: qsTr("The diary could not be opened: %1").arg(Diary.openError)
        }

        Button {
            id: logButton
            objectName: "logButton"
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            enabled: Diary.isOpen
            text: qsTr("Log a cramp")
            font.pixelSize: Theme.fontHuge
            font.bold: true
            Accessible.name: text
            focus: true
            background: Rectangle {
                radius: Theme.radius * 2
                color: logButton.enabled ? Theme.accent : Theme.surfaceRaised
                border.color: logButton.activeFocus ? Theme.text : "transparent"
                border.width: 2
            }
            contentItem: Text {
                text: logButton.text
                font: logButton.font
                color: Theme.onAccent
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            onClicked: page.logRequested()
            Keys.onReturnPressed: page.logRequested()
        }

        Label {
            text: qsTr("Latest entries")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            visible: list.count > 0
        }

        ListView {
            id: list
            objectName: "latestList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: Diary.episodes
            delegate: EpisodeRow {
                width: ListView.view.width
            }
        }

        Label {
            visible: list.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            text: qsTr("No cramps logged yet. When one wakes you, tap “Log a cramp”: the time is filled in for you.")
        }
    }
}
