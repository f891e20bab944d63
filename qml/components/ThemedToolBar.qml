// SPDX-License-Identifier: GPL-3.0-or-later
// A page's top bar on the theme's surface.
import QtQuick
import QtQuick.Controls
import CrampDiary

ToolBar {
    background: Rectangle { color: Theme.surface }
}
