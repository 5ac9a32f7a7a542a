#pragma once

#include "databaselocation.h"
#include "error.h"

#include <QStringList>

namespace yw::app {

// What `yiwang` was asked to do.
struct CommandLine
{
    yw::store::DatabaseLocation database;
    QString module;          // the workspace to open first
    QString language;        // zh_CN or en
    QString screenshot;      // write the window to this PNG and quit
    QString user;            // sign in as this user (password from YIWANG_PASSWORD)
    QString workstation;     // name recorded in the case log (default: host name)
    QString settingsFile;    // the workstation's settings (INI) instead of the user's
    bool firstStart = false; // no --db and no embedded database yet: build the demo city
    QString demo;            // full or small: the demo city to build at first start without asking
    bool traceStartup = false; // print the start's and the quit's milestones
    QString quitWhen;          // interactive or ready: quit by itself then
    bool wall = false;         // run as the video wall instead of a workstation
    QString wallConfig;        // the wall file (--wall-config)
    QString wallPreset;        // the preset to show at start when the wall kept none

    bool training = false;     // a training client (--training)
    QString trainingSource;    // first training start: the embedded database to copy, if any

    // The embedded database in the user's data folder (the training one with training).
    static QString defaultDatabasePath(bool training = false);
    static yw::core::Result<CommandLine> parse(const QStringList &arguments);
};

} // namespace yw::app
