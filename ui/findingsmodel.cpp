#include "findingsmodel.h"

#include "checks/checklabel.h"
#include "detaillabel.h"
#include "diagnosis/datatext.h"

#include <QHash>
#include <QStringList>

namespace mt {
namespace {

// internalId of an index: which kind of row, and whose child it is.
constexpr quintptr groupId = 0;           // a group row; its parent is the root
constexpr quintptr detailBase = 1u << 30; // detailBase + n: a detail row of finding n
quintptr findingId(int group)             // a finding row of GROUP
{
    return quintptr(group) + 1;
}

const QString adviceKey = QStringLiteral("advice");
const QString codeKey = QStringLiteral("code");
const QString hostKey = QStringLiteral("mx");
const QString traceKey = QStringLiteral("trace");

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void FindingsModel::clear()
{
    beginResetModel();
    m_findings.clear();
    m_details.clear();
    m_places.clear();
    m_groups.clear();
    endResetModel();
}

// The replies first (what staff quote), then the records, then the code.
QList<FindingsModel::Detail> FindingsModel::detailsOf(const Finding &finding)
{
    QList<Detail> details;
    if (!finding.advice.isEmpty()) {
        details.append({adviceKey, {}});
    }
    for (auto it = finding.data.cbegin(); it != finding.data.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("reply_"))) {
            details.append({it.key(), dataValueText(it.value())});
        }
    }
    for (auto it = finding.data.cbegin(); it != finding.data.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("reply_"))) {
            continue;
        }
        if (it.key() == QLatin1String("hosts")) {
            for (const MxHostFact &host : mxHostsOf(it.value())) {
                QString line = QStringLiteral("%1 %2").arg(host.preference, host.host);
                if (!host.addresses.isEmpty()) {
                    line += QStringLiteral(" → ") + host.addresses.join(QStringLiteral(", "));
                }
                details.append({hostKey, line});
            }
            continue;
        }
        const QString value = dataValueText(it.value());
        if (!value.isEmpty()) { // an empty fact says nothing
            details.append({it.key(), value});
        }
    }
    details.append({codeKey, finding.code});
    return details;
}

void FindingsModel::append(const Findings &findings)
{
    for (const Finding &finding : findings) {
        int group = 0;
        while (group < m_groups.size() && m_groups.at(group).check != finding.check) {
            ++group;
        }
        const qsizetype number = m_findings.size();
        if (group == m_groups.size()) {
            beginInsertRows({}, group, group);
            m_groups.append({finding.check, {}, finding.severity, {}});
            endInsertRows();
        }
        Group &g = m_groups[group];
        const int row = int(g.findings.size());
        beginInsertRows(index(group, 0), row, row);
        m_findings.append(finding);
        m_details.append(detailsOf(finding));
        m_places.append({group, row});
        g.findings.append(number);
        g.worst = std::max(g.worst, finding.severity);
        endInsertRows();
        emit dataChanged(index(group, 0), index(group, ColumnCount - 1));
    }
}

void FindingsModel::setFindings(const Findings &findings)
{
    beginResetModel();
    m_findings.clear();
    m_details.clear();
    m_places.clear();
    m_groups.clear();
    QHash<QString, int> repeats; // check|code -> how many
    for (const Finding &finding : findings) {
        ++repeats[finding.check + QLatin1Char('|') + finding.code];
    }
    for (const Finding &finding : findings) {
        const bool folded = repeats.value(finding.check + QLatin1Char('|') + finding.code) >= foldFrom;
        const QString foldedCode = folded ? finding.code : QString();
        int group = 0;
        while (group < m_groups.size() &&
               (m_groups.at(group).check != finding.check || m_groups.at(group).foldedCode != foldedCode)) {
            ++group;
        }
        if (group == m_groups.size()) {
            m_groups.append({finding.check, {}, finding.severity, foldedCode});
        }
        Group &g = m_groups[group];
        m_places.append({group, int(g.findings.size())});
        g.findings.append(m_findings.size());
        g.worst = std::max(g.worst, finding.severity);
        m_findings.append(finding);
        m_details.append(detailsOf(finding));
    }
    endResetModel();
}

void FindingsModel::setLanguage(Language language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Every row's text changes; a layout change tells views to re-read all.
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

const Finding *FindingsModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == groupId) {
        return nullptr;
    }
    if (index.internalId() >= detailBase) {
        return &m_findings.at(qsizetype(index.internalId() - detailBase));
    }
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return &m_findings.at(group.findings.at(index.row()));
}

QModelIndex FindingsModel::indexOfFinding(qsizetype findingNumber, int column) const
{
    if (findingNumber < 0 || findingNumber >= m_findings.size()) {
        return {};
    }
    const Place place = m_places.at(findingNumber);
    return createIndex(place.row, column, findingId(place.group));
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, groupId);
    }
    if (parent.internalId() == groupId) {
        return createIndex(row, column, findingId(parent.row()));
    }
    const Group &group = m_groups.at(int(parent.internalId() - 1));
    return createIndex(row, column, detailBase + quintptr(group.findings.at(parent.row())));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupId) {
        return {};
    }
    if (child.internalId() < detailBase) {
        return createIndex(int(child.internalId() - 1), 0, groupId);
    }
    return indexOfFinding(qsizetype(child.internalId() - detailBase));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_groups.size());
    }
    if (parent.column() != 0) {
        return 0;
    }
    if (parent.internalId() == groupId) {
        return int(m_groups.at(parent.row()).findings.size());
    }
    if (parent.internalId() < detailBase) {
        const Group &group = m_groups.at(int(parent.internalId() - 1));
        return int(m_details.at(group.findings.at(parent.row())).size());
    }
    return 0;
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == groupId) {
        return groupData(index.row(), index.column(), role);
    }
    if (index.internalId() < detailBase) {
        return findingData(*findingAt(index), index.column(), role);
    }
    const qsizetype number = qsizetype(index.internalId() - detailBase);
    return detailData(m_findings.at(number), m_details.at(number).at(index.row()), index.column(), role);
}

QVariant FindingsModel::groupData(int groupRow, int column, int role) const
{
    const Group &group = m_groups.at(groupRow);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CheckColumn:
            return checkLabel(group.check).render(m_language);
        case SummaryColumn:
            if (!group.foldedCode.isEmpty()) { // what the repeats say, once
                return tr("%1 alike, e.g.: %2")
                    .arg(group.findings.size())
                    .arg(m_findings.at(group.findings.first()).summary.render(m_language));
            }
            return tr("Findings: %1").arg(group.findings.size());
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == SeverityColumn ? m_icons.icon(group.worst) : QVariant();
    case Qt::AccessibleTextRole:
        return column == SeverityColumn ? severityLabel(group.worst).render(m_language) : QVariant();
    case Qt::ToolTipRole:
        if (column == SeverityColumn) {
            return severityLabel(group.worst).render(m_language);
        }
        return tr("Check \"%1\": findings: %2; the worst severity is shown")
            .arg(checkLabel(group.check).render(m_language))
            .arg(group.findings.size());
    case SeverityRole:
        return static_cast<int>(group.worst);
    case CheckRole:
        return group.check;
    case FoldedRole:
        return !group.foldedCode.isEmpty();
    case NodeRole:
        return static_cast<int>(Node::Group);
    default:
        return {};
    }
}

QVariant FindingsModel::findingData(const Finding &finding, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CheckColumn:
            return checkLabel(finding.check).render(m_language);
        case SubjectColumn:
            return finding.subject;
        case SummaryColumn:
            return finding.summary.render(m_language);
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == SeverityColumn ? m_icons.icon(finding.severity) : QVariant();
    case Qt::AccessibleTextRole:
        return column == SeverityColumn ? severityLabel(finding.severity).render(m_language) : QVariant();
    case Qt::ToolTipRole:
        if (column == SeverityColumn) {
            return severityLabel(finding.severity).render(m_language);
        }
        if (column == SummaryColumn || finding.advice.isEmpty()) {
            return finding.summary.render(m_language);
        }
        return finding.advice.render(m_language);
    case SeverityRole:
        return static_cast<int>(finding.severity);
    case CheckRole:
        return finding.check;
    case CodeRole:
        return finding.code;
    case AdviceRole:
        return finding.advice.render(m_language);
    case NodeRole:
        return static_cast<int>(Node::Finding);
    default:
        return {};
    }
}

QVariant FindingsModel::detailData(const Finding &finding, const Detail &detail, int column, int role) const
{
    // The SPF trace in the UI's language, from its typed steps: one line per
    // step in the tooltip (and the copy), run together in the row.
    const bool typedTrace = detail.key == traceKey && !finding.spfTrace.isEmpty();
    auto rowText = [&] {
        if (detail.key == adviceKey) {
            return finding.advice.render(m_language);
        }
        if (typedTrace) {
            QStringList steps;
            for (const spf::TraceStep &step : finding.spfTrace) {
                steps << spf::traceText(step, m_language).trimmed();
            }
            return steps.join(QStringLiteral("; "));
        }
        return detail.value;
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column == CheckColumn) {
            return detailLabel(detail.key);
        }
        return column == SummaryColumn ? rowText() : QVariant();
    case Qt::ToolTipRole:
        if (column == CheckColumn) {
            return detailLabel(detail.key);
        }
        return typedTrace ? spf::traceTexts(finding.spfTrace, m_language).join(QLatin1Char('\n')) : rowText();
    case CodeRole:
        return finding.code;
    case NodeRole:
        return static_cast<int>(Node::Detail);
    case DetailKeyRole:
        return detail.key;
    default:
        return {};
    }
}

QString FindingsModel::detailLabel(const QString &key) const
{
    if (key == adviceKey) {
        return tr("What to do");
    }
    if (key == codeKey) {
        return tr("Code");
    }
    if (key == hostKey) {
        return tr("MX host");
    }
    if (key == QLatin1String("reply_as_sender")) {
        return tr("Our reply (sender)");
    }
    if (key == QLatin1String("reply_as_recipient")) {
        return tr("Our reply (recipient)");
    }
    if (key.startsWith(QLatin1String("reply_"))) {
        return tr("Our reply (%1)").arg(key.mid(6).replace(QLatin1Char('_'), QLatin1Char(' ')));
    }
    return mt::detailLabel(key);
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CheckColumn:
        return tr("Check");
    case SubjectColumn:
        return tr("Subject");
    case SummaryColumn:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace mt
