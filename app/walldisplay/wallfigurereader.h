#pragma once

#include "error.h"

#include <QFuture>
#include <QJsonObject>
#include <QThreadPool>

#include <memory>

namespace yw::shell {
class ModuleContext;
}
namespace yw::store {
class Database;
}
namespace yw::scenario {
class KpiFigureReader;
}

namespace yw::walldisplay {

// Reads the figures the wall's threshold rules watch, on a thread of its own with its own
// connection (a KPI over a month of the full city takes a second; the wall's frames do not wait):
// a scenario source, a dataset query or a KPI figure, as the signed-in wall account sees it; the
// value is its first row's last column.
class WallFigureReader
{
public:
    explicit WallFigureReader(yw::shell::ModuleContext &context);
    ~WallFigureReader();

    QFuture<yw::core::Result<double>> read(const QJsonObject &source);

private:
    yw::core::Result<double> readOnWorker(const QJsonObject &source);

    yw::shell::ModuleContext &m_context;
    QThreadPool m_pool;
    // Used on the worker only.
    std::unique_ptr<yw::store::Database> m_db;
    std::unique_ptr<yw::scenario::KpiFigureReader> m_kpi;
};

} // namespace yw::walldisplay
