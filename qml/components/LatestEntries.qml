// SPDX-License-Identifier: GPL-3.0-or-later
// Today's latest entries (Entries.latest: the newest few), or how to log the first one; tapping one
// asks for it to be edited. Loaded by the Today page just after the window's first frame.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CrampDiary

ColumnLayout {
    id: latest
    signal editRequested(int episodeId)
    spacing: Theme.spacing

    Heading {
        text: qsTr("Latest entries")
        section: true
        visible: list.count > 0
    }

    ListView {
        id: list
        objectName: "latestList"
        Layout.fillWidth: true
        // The newest few, all shown: the Today page scrolls, not this list.
        Layout.preferredHeight: contentHeight
        interactive: false
        spacing: 8
        model: Entries.latest
        delegate: EpisodeRow {
            width: ListView.view.width
            onClicked: latest.editRequested(Number(episodeId))
        }
    }

    Text {
        visible: list.count === 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        text: qsTr("No cramps logged yet. When one wakes you, tap “Log a cramp”: the time is filled in for you.")
    }
}
