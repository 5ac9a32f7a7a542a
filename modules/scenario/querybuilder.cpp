#include "querybuilder.h"

#include "canvaseditor.h"
#include "datasetcatalog.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace yw::scenario {

using yw::core::DatasetAggregate;
using yw::core::DatasetFilter;
using yw::core::DatasetGroup;
using yw::core::DatasetQuery;
using yw::core::DatasetTimeWindow;

namespace {

const std::pair<DatasetGroup::Bucket, const char *> kBuckets[] = {
    {DatasetGroup::Bucket::Hour, "hour"}, {DatasetGroup::Bucket::Day, "day"},
    {DatasetGroup::Bucket::Week, "week"}, {DatasetGroup::Bucket::Month, "month"}};
const std::pair<DatasetAggregate::Fn, const char *> kFns[] = {
    {DatasetAggregate::Fn::Count, "count"}, {DatasetAggregate::Fn::CountDistinct, "countDistinct"},
    {DatasetAggregate::Fn::Sum, "sum"},     {DatasetAggregate::Fn::Average, "avg"},
    {DatasetAggregate::Fn::Min, "min"},     {DatasetAggregate::Fn::Max, "max"}};
const std::pair<DatasetFilter::Op, const char *> kOps[] = {
    {DatasetFilter::Op::Equals, "="},        {DatasetFilter::Op::NotEquals, "≠"},
    {DatasetFilter::Op::In, "in"},           {DatasetFilter::Op::Less, "<"},
    {DatasetFilter::Op::LessOrEqual, "≤"},   {DatasetFilter::Op::Greater, ">"},
    {DatasetFilter::Op::GreaterOrEqual, "≥"}, {DatasetFilter::Op::Contains, "contains"},
    {DatasetFilter::Op::StartsWith, "startsWith"}};
// The datasets' names for the builder's list (the catalog's names are identifiers).
[[maybe_unused]] const char *const kDatasetTitles[] = {
    QT_TRANSLATE_NOOP("Dataset", "cases"),      QT_TRANSLATE_NOOP("Dataset", "case_events"),
    QT_TRANSLATE_NOOP("Dataset", "departments"), QT_TRANSLATE_NOOP("Dataset", "components"),
    QT_TRANSLATE_NOOP("Dataset", "devices"),    QT_TRANSLATE_NOOP("Dataset", "readings"),
    QT_TRANSLATE_NOOP("Dataset", "areas"),      QT_TRANSLATE_NOOP("Dataset", "responsibility_grids"),
    QT_TRANSLATE_NOOP("Dataset", "vehicles"),   QT_TRANSLATE_NOOP("Dataset", "kpi_facts")};
} // namespace

QueryBuilder::QueryBuilder(QObject *parent)
    : QObject(parent)
{
    QList<yw::shell::ChoiceListModel::Choice> choices;
    for (const yw::store::Dataset &d : yw::store::DatasetCatalog::all())
        choices << yw::shell::ChoiceListModel::Choice{d.name, QCoreApplication::translate("Dataset", d.name.toUtf8().constData()), 0};
    m_datasets.setChoices(choices);
}

void QueryBuilder::setEditor(CanvasEditor *editor)
{
    m_editor = editor;
    connect(editor, &CanvasEditor::documentChanged, this, [this] {
        // Undo may have changed or removed the source shown.
        if (!m_sourceId.isEmpty() && !edit(m_sourceId)) {
            m_sourceId.clear();
            emit sourceChanged();
        }
    });
}

void QueryBuilder::loadFields()
{
    QList<yw::shell::ChoiceListModel::Choice> choices;
    if (const yw::store::Dataset *d = yw::store::DatasetCatalog::find(m_query.dataset))
        for (const yw::store::DatasetField &f : d->fields)
            choices << yw::shell::ChoiceListModel::Choice{
                f.name, QCoreApplication::translate("DatasetField", f.title.toUtf8().constData()), 0};
    m_fields.setChoices(choices);
}

bool QueryBuilder::edit(const QString &sourceId)
{
    const ScenarioDocument *doc = m_editor ? m_editor->document() : nullptr;
    const ScenarioSource *source = doc ? doc->source(sourceId) : nullptr;
    if (!source)
        return false;
    m_sourceId = sourceId;
    auto q = DatasetQuery::fromJson(source->raw);
    if (q) {
        m_query = q.value();
        m_problem.clear();
    } else {
        m_query = DatasetQuery{};
        m_query.dataset = source->dataset;
        m_problem = source->dataset == QLatin1String("kpi") || source->dataset == QLatin1String("sql")
                        ? tr("This source is edited as JSON.")
                        : q.error().message;
    }
    loadFields();
    emit sourceChanged();
    return true;
}

QString QueryBuilder::create(const QString &dataset)
{
    const ScenarioDocument *doc = m_editor ? m_editor->document() : nullptr;
    if (!doc || !yw::store::DatasetCatalog::find(dataset))
        return {};
    QString id;
    for (int n = 1;; ++n) {
        id = QStringLiteral("%1-%2").arg(dataset).arg(n);
        if (!doc->source(id))
            break;
    }
    DatasetQuery q;
    q.dataset = dataset;
    q.aggregates = {{DatasetAggregate::Fn::Count, {}, QStringLiteral("n")}};
    m_sourceId = id;
    commit(q);
    return id;
}

void QueryBuilder::remove()
{
    if (m_editor && m_editor->editor() && !m_sourceId.isEmpty()) {
        const QString id = m_sourceId;
        m_sourceId.clear();
        m_editor->editor()->removeSource(id);
        emit sourceChanged();
    }
}

void QueryBuilder::commit(const DatasetQuery &query)
{
    if (!m_editor || !m_editor->editor() || m_sourceId.isEmpty())
        return;
    m_query = query;
    QJsonObject raw = query.toJson();
    raw.insert(QLatin1String("id"), m_sourceId);
    m_editor->editor()->putSource({m_sourceId, query.dataset, raw});
    edit(m_sourceId);
}

QStringList QueryBuilder::groupBy() const
{
    QStringList out;
    for (const DatasetGroup &g : m_query.groupBy) {
        QString s = g.field;
        for (const auto &[b, name] : kBuckets)
            if (b == g.bucket)
                s += QLatin1Char(':') + QLatin1String(name);
        out << s;
    }
    return out;
}

QString QueryBuilder::aggregate() const
{
    if (m_query.aggregates.isEmpty())
        return {};
    for (const auto &[f, name] : kFns)
        if (f == m_query.aggregates.first().fn)
            return QLatin1String(name);
    return {};
}

QString QueryBuilder::aggregateField() const
{
    return m_query.aggregates.isEmpty() ? QString() : m_query.aggregates.first().field;
}

QStringList QueryBuilder::filterTexts() const
{
    QStringList out;
    for (const DatasetFilter &f : m_query.filters) {
        QString op;
        for (const auto &[o, name] : kOps)
            if (o == f.op)
                op = QString::fromUtf8(name);
        QStringList values;
        for (const QVariant &v : f.values)
            values << v.toString();
        out << QStringLiteral("%1 %2 %3").arg(f.field, op,
                                               f.parameter.isEmpty() ? values.join(QStringLiteral(", "))
                                                                     : QStringLiteral("{%1}").arg(f.parameter));
    }
    return out;
}

QString QueryBuilder::window() const
{
    return DatasetTimeWindow::nameOf(m_query.window.relative);
}

QString QueryBuilder::json() const
{
    const ScenarioDocument *doc = m_editor ? m_editor->document() : nullptr;
    const ScenarioSource *source = doc ? doc->source(m_sourceId) : nullptr;
    return source ? QString::fromUtf8(QJsonDocument(source->raw).toJson(QJsonDocument::Indented)) : QString();
}

void QueryBuilder::setDataset(const QString &dataset)
{
    if (!yw::store::DatasetCatalog::find(dataset) || dataset == m_query.dataset)
        return;
    DatasetQuery q;
    q.dataset = dataset;
    q.aggregates = {{DatasetAggregate::Fn::Count, {}, QStringLiteral("n")}};
    commit(q);
}

void QueryBuilder::setGroupBy(const QStringList &fields)
{
    DatasetQuery q = m_query;
    q.groupBy.clear();
    for (const QString &f : fields) {
        DatasetGroup g;
        g.field = f.section(QLatin1Char(':'), 0, 0);
        const QString bucket = f.section(QLatin1Char(':'), 1, 1);
        for (const auto &[b, name] : kBuckets)
            if (bucket == QLatin1String(name))
                g.bucket = b;
        if (!g.field.isEmpty())
            q.groupBy << g;
    }
    // Grouped rows are counted; a list of rows has its fields.
    if (!q.groupBy.isEmpty() && q.aggregates.isEmpty())
        q.aggregates = {{DatasetAggregate::Fn::Count, {}, QStringLiteral("n")}};
    if (!q.groupBy.isEmpty())
        q.fields.clear();
    if (q.orderBy.isEmpty() && !q.groupBy.isEmpty()) {
        const bool time = q.groupBy.first().bucket != DatasetGroup::Bucket::None;
        q.orderBy = time ? q.groupBy.first().field : QStringLiteral("n");
        q.descending = !time;
    }
    commit(q);
}

void QueryBuilder::setAggregate(const QString &fn, const QString &field)
{
    DatasetQuery q = m_query;
    q.aggregates.clear();
    for (const auto &[f, name] : kFns)
        if (fn == QLatin1String(name))
            q.aggregates = {{f, f == DatasetAggregate::Fn::Count ? QString() : field, QStringLiteral("n")}};
    commit(q);
}

bool QueryBuilder::addFilter(const QString &field, const QString &op, const QString &value, const QString &parameter)
{
    DatasetFilter f;
    f.field = field;
    bool known = false;
    for (const auto &[o, name] : kOps)
        if (op == QString::fromUtf8(name) || op == QLatin1String(name)) {
            f.op = o;
            known = true;
        }
    if (!known || field.isEmpty() || (value.isEmpty() && parameter.isEmpty()))
        return false;
    if (parameter.isEmpty()) {
        if (f.op == DatasetFilter::Op::In)
            for (const QString &v : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                f.values << v.trimmed();
        else
            f.values = {value};
    }
    f.parameter = parameter;
    DatasetQuery q = m_query;
    q.filters << f;
    commit(q);
    return true;
}

void QueryBuilder::removeFilter(int index)
{
    if (index < 0 || index >= m_query.filters.size())
        return;
    DatasetQuery q = m_query;
    q.filters.removeAt(index);
    commit(q);
}

void QueryBuilder::setWindow(const QString &relative, const QString &field)
{
    DatasetQuery q = m_query;
    DatasetTimeWindow::Relative r = DatasetTimeWindow::Relative::None;
    if (!DatasetTimeWindow::relativeFromName(relative, &r) || r == DatasetTimeWindow::Relative::Fixed)
        r = DatasetTimeWindow::Relative::None;
    q.window.relative = r;
    q.window.field = r == DatasetTimeWindow::Relative::None ? QString() : field;
    commit(q);
}

void QueryBuilder::setOrder(const QString &column, bool descending)
{
    DatasetQuery q = m_query;
    q.orderBy = column;
    q.descending = descending;
    commit(q);
}

void QueryBuilder::setLimit(int limit)
{
    DatasetQuery q = m_query;
    q.limit = std::clamp(limit, 1, DatasetQuery::kMaxRows);
    commit(q);
}

} // namespace yw::scenario
