// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

Window {
    width: 390
    height: 844
    visible: true
    color: "#0e1014"
}
