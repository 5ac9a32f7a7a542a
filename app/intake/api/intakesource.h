#pragma once

#include "intakehost.h"

#include <QVariantMap>
#include <QtPlugin>

#include <memory>

namespace yw::intake {

// One intake channel (the 12345 hotline feed, Open311, IoT alarms...), loaded at run time from a
// plugin. A source listens or watches on its own (Qt's event loop) and hands every record to the
// host; it stores nothing itself.
class IntakeSource
{
public:
    virtual ~IntakeSource() = default;

    virtual QString id() const = 0;    // stable, lower case: "hotline12345", "open311", "iot"
    virtual QString title() const = 0; // for people
    // The settings keys the source understands, each with a one-line explanation.
    virtual QVariantMap settingsHelp() const = 0;
    // Starts listening or watching; returns an empty string or what is wrong with the settings.
    virtual QString start(IntakeHost &host, const QVariantMap &settings) = 0;
    virtual void stop() = 0;
    // What it is doing now, e.g. "listening on 127.0.0.1:8311".
    virtual QString status() const = 0;
};

// The plugin's root object implements this (QPluginLoader::instance(), qobject_cast).
class IntakeSourceFactory
{
public:
    virtual ~IntakeSourceFactory() = default;
    virtual std::unique_ptr<IntakeSource> createSource() = 0;
};

} // namespace yw::intake

#define YwIntakeSourceFactory_iid "cn.yiwang.IntakeSourceFactory/1"
Q_DECLARE_INTERFACE(yw::intake::IntakeSourceFactory, YwIntakeSourceFactory_iid)
