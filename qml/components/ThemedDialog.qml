// SPDX-License-Identifier: GPL-3.0-or-later
// A question in the theme's colours: a title, a sentence, optional details (a list of problems,
// scrollable), and two buttons. No accept button when acceptText is empty: then it only informs.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

Dialog {
    id: dialog
    property string body: ""
    property string details: ""
    property string acceptText: qsTr("OK")
    property string rejectText: acceptText.length > 0 ? qsTr("Cancel") : qsTr("Close")
    // Enter accepts: for a question whose answer is usually yes ("Save anyway").
    property bool acceptFocused: false
    // False while the answer is not complete (a file dialog with no file chosen).
    property bool acceptEnabled: true
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 560, 560)
    // Never taller than the window: long details scroll.
    height: Math.min(implicitHeight, parent ? parent.height - 32 : 800)
    padding: 20

    // The page behind is dimmed, so the question stands out.
    Overlay.modal: Rectangle { color: Theme.scrim }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.outline
    }
    header: Label {
        text: dialog.title
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.Wrap
        padding: 20
        bottomPadding: 0
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.title
        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            // No empty line above a dialog with no sentence (the file dialog).
            visible: dialog.body.length > 0
            text: dialog.body
            color: Theme.text
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        ScrollView {
            visible: dialog.details.length > 0
            // Long problem lines wrap at the view's width (otherwise the wrapped text's width and
            // the view's width would depend on each other: a binding loop).
            contentWidth: availableWidth
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
            clip: true
            TextArea {
                objectName: "dialogDetails"
                readOnly: true
                wrapMode: TextEdit.Wrap
                text: dialog.details
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                font.family: "monospace"
                background: Rectangle { color: Theme.background; radius: 6 }
                Accessible.name: qsTr("Problems")
            }
        }
    }

    footer: Flow {
        spacing: Theme.spacing
        padding: 20
        topPadding: 0
        layoutDirection: Qt.RightToLeft
        AccentButton {
            objectName: "dialogAccept"
            visible: dialog.acceptText.length > 0
            text: dialog.acceptText
            enabled: dialog.acceptEnabled
            focus: dialog.acceptFocused
            onClicked: dialog.accept()
        }
        AccentButton {
            objectName: "dialogReject"
            quiet: true
            text: dialog.rejectText
            onClicked: dialog.reject()
        }
    }
}
