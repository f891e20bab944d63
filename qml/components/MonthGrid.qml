// SPDX-License-Identifier: GPL-3.0-or-later
// One month of the night calendar: blank cells up to the 1st, then a cell a night.
pragma ComponentBehavior: Bound
import QtQuick
import CrampDiary

Grid {
    id: grid
    required property string month
    required property string title
    required property int leading
    required property var nights
    property real cellWidth: 40
    property real cellHeight: 40
    property string selectedNight: ""
    signal tapped(string night)
    objectName: "month_" + month
    columns: 7
    spacing: 3
    Accessible.role: Accessible.Table
    Accessible.name: title

    Repeater {
        model: grid.leading
        delegate: Item {
            width: grid.cellWidth - grid.spacing
            height: grid.cellHeight
        }
    }
    Repeater {
        model: grid.nights
        delegate: NightCell {
            width: grid.cellWidth - grid.spacing
            height: grid.cellHeight
            selected: modelData.night === grid.selectedNight
            onTapped: night => grid.tapped(night)
        }
    }
}
