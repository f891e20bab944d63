// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar of nights, a month at a time: swipe, or the arrows, between months; it opens on the
// present one. Weekday headings follow the diary's week start. Only the months in view are built
// (NightCalendar builds a month when its page is created). Tapping a night selects it; from the
// keyboard the calendar is one Tab stop whose arrow keys move the selection (a day, a week).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

ColumnLayout {
    id: view
    required property NightCalendar calendar
    readonly property real cellWidth: Math.floor(width / 7)
    readonly property real cellHeight: Math.max(Theme.touch, Theme.fontBody * 2.6)
    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        RowButton {
            objectName: "previousMonth"
            Layout.minimumWidth: Theme.touch
            text: "‹"
            font.pixelSize: Theme.fontTitle
            enabled: months.currentIndex > 0
            Accessible.name: qsTr("Previous month")
            onClicked: months.decrementCurrentIndex()
        }
        Text {
            objectName: "monthTitle"
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: months.currentItem ? (months.currentItem as MonthGrid).title : ""
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        RowButton {
            objectName: "nextMonth"
            Layout.minimumWidth: Theme.touch
            text: "›"
            font.pixelSize: Theme.fontTitle
            enabled: months.currentIndex < months.count - 1
            Accessible.name: qsTr("Next month")
            onClicked: months.incrementCurrentIndex()
        }
    }

    Row {
        objectName: "weekdays"
        Repeater {
            model: view.calendar.weekdays
            delegate: Text {
                required property string modelData
                width: view.cellWidth
                horizontalAlignment: Text.AlignHCenter
                // Large text shrinks to the column rather than running into the next heading.
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 9
                leftPadding: 2
                rightPadding: 2
                text: modelData
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    ListView {
        id: months
        objectName: "calendarMonths"
        Layout.fillWidth: true
        Layout.preferredHeight: 6 * view.cellHeight + 5 * 3
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: 0
        boundsBehavior: Flickable.StopAtBounds
        cacheBuffer: 0
        clip: true
        model: view.calendar
        // The present month first; again when the months change (a first record, a new month).
        onCountChanged: currentIndex = count - 1
        Component.onCompleted: currentIndex = count - 1
        activeFocusOnTab: true
        Accessible.role: Accessible.Table
        Accessible.name: qsTr("Calendar of nights")
        Keys.onLeftPressed: view.calendar.moveSelection(-1)
        Keys.onRightPressed: view.calendar.moveSelection(1)
        Keys.onUpPressed: view.calendar.moveSelection(-7)
        Keys.onDownPressed: view.calendar.moveSelection(7)
        // The month of the selected night is the one shown.
        Connections {
            target: view.calendar
            function onSelectionChanged() {
                const row = view.calendar.rowOfNight(view.calendar.selectedNight)
                if (row >= 0)
                    months.currentIndex = row
            }
        }
        // The focus ring, over the view rather than in its scrolling content.
        Rectangle {
            objectName: "calendarFocus"
            parent: months
            anchors.fill: parent
            visible: months.activeFocus
            color: "transparent"
            radius: 6
            border.color: Theme.text
            border.width: 2
        }
        delegate: MonthGrid {
            cellWidth: view.cellWidth
            cellHeight: view.cellHeight
            width: months.width
            height: months.height
            selectedNight: view.calendar.selectedNight
            onTapped: night => view.calendar.selectedNight = night
        }
    }
}
