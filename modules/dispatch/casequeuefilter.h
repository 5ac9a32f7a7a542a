#pragma once

#include <QSortFilterProxyModel>

namespace yw::dispatch {

// The queue board's view of CaseQueueModel: one of the views (all open cases, overdue, not yet
// acknowledged, disputed ownership 确权, muted) and the search text, most urgent first.
class CaseQueueFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class View { All, Overdue, Unacknowledged, Coordination, Muted };
    Q_ENUM(View)

    explicit CaseQueueFilter(QObject *parent = nullptr);

    View view() const { return m_view; }
    void setView(View v);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    View m_view = View::All;
    QString m_text;
};

} // namespace yw::dispatch
