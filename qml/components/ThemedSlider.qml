// SPDX-License-Identifier: GPL-3.0-or-later
// A 0–10 style slider in the theme's colours, with a 48 px handle for a thumb.
import QtQuick
import QtQuick.Controls
import CrampDiary

Slider {
    id: slider
    stepSize: 1
    snapMode: Slider.SnapAlways
    implicitHeight: Theme.touch
    Accessible.role: Accessible.Slider

    background: Rectangle {
        x: slider.leftPadding
        y: slider.topPadding + slider.availableHeight / 2 - height / 2
        width: slider.availableWidth
        height: 6
        radius: 3
        color: Theme.outline
        FocusRing {
            shown: slider.visualFocus
            // Round the whole slider, not only its track.
            anchors.fill: undefined
            anchors.margins: 0
            x: -slider.leftPadding - 4
            y: -(slider.topPadding + slider.availableHeight / 2 - 3) - 4
            width: slider.width + 8
            height: slider.height + 8
        }
        Rectangle {
            width: slider.visualPosition * parent.width
            height: parent.height
            radius: 3
            color: Theme.accent
        }
    }
    handle: Rectangle {
        x: slider.leftPadding + slider.visualPosition * (slider.availableWidth - width)
        y: slider.topPadding + slider.availableHeight / 2 - height / 2
        implicitWidth: 32
        implicitHeight: 32
        radius: 16
        color: Theme.accent
        border.color: Theme.background
        border.width: 2
    }
}
