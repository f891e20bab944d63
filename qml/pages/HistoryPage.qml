// SPDX-License-Identifier: GPL-3.0-or-later
// Every record, newest night first, grouped by night; the nights where the last-7-nights count
// crossed the threshold are marked (the rules decide, in C++). Older nights load as you scroll.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

ThemedPage {
    id: page
    signal editRequested(int episodeId)
    // Esc goes back to Today (Main connects it).
    signal backRequested()
    Keys.onEscapePressed: page.backRequested()

    // The night headers' component, held here for as long as the page lives: a component made by
    // Qt.createComponent and handed straight to section.delegate is owned by nobody, and the
    // JavaScript garbage collector freed it while the list still used it (a crash after a delete
    // and an undo, when the list made a new header).
    property var nightHeader: Qt.createComponent(Qt.resolvedUrl("../components/NightHeader.qml"))
    Accessible.name: qsTr("History")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: Theme.spacing

        Heading {
            text: qsTr("History")
        }

        ListView {
            id: list
            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: Entries.history
            keyNavigationEnabled: true
            activeFocusOnTab: true
            // A Tab stop: a screen reader names it.
            Accessible.role: Accessible.List
            Accessible.name: qsTr("History")
            section.property: "section"
            section.criteria: ViewSection.FullString
            // Qt 6.4 cannot create a section delegate declared in a Bound file ("Component is not
            // ready"): the header comes from its own file.
            section.delegate: page.nightHeader
            delegate: HistoryRow {
                width: ListView.view.width
                onEditRequested: page.editRequested(Number(recordId))
                onDeleteRequested: Entries.deleteEpisode(recordId)
            }
        }

        Label {
            visible: list.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            text: qsTr("Nothing recorded yet.")
        }
    }
}
