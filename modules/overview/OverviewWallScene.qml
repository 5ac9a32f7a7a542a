import QtQuick
import Yiwang.Ui
import Yiwang.Modules.Overview

// The duty overview on the video wall.
Rectangle {
    id: root
    required property OverviewBackend scene
    color: Theme.background

    OverviewPage {
        anchors.fill: parent
        workspace: root.scene
    }
}
