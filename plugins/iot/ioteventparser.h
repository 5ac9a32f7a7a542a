#pragma once

#include "intakerequest.h"

namespace yw::plugins {

// One line of the IoT / video-AI event stream (JSON Lines, docs/DATA_FORMATS.md): a sensor alarm
// ("kind": "alarm", channel Iot) or a camera's detection ("kind": "detection", channel VideoAi).
// Machines repeat themselves, so the requests skip duplicates of open cases.
class IotEventParser
{
public:
    struct Parsed
    {
        QString error; // empty when request is usable
        yw::intake::IntakeRequest request;
    };

    explicit IotEventParser(double minConfidence)
        : m_minConfidence(minConfidence)
    {}
    Parsed parse(const QByteArray &line) const;

private:
    double m_minConfidence;
};

} // namespace yw::plugins
