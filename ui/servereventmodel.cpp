#include "servereventmodel.h"

#include "coreerror.h"
#include "tonecolours.h"

#include <QBrush>
#include <QDir>
#include <QLocale>

namespace mt {

namespace {

using Kind = smtp::ServerEvent::Kind;

QString timeText(const QDateTime &time)
{
    return time.toString(QStringLiteral("HH:mm:ss"));
}

// Refusals, failed logins, blocks and lost messages stand out from the
// routine rows.
bool isTrouble(Kind kind)
{
    switch (kind) {
    case Kind::ConnectionRefused:
    case Kind::AuthFailed:
    case Kind::Blocked:
    case Kind::Refused:
    case Kind::StoreFailed:
        return true;
    default:
        return false;
    }
}

} // namespace

ServerEventModel::ServerEventModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ServerEventModel::append(const smtp::ServerEvent &event)
{
    if (m_rows.size() >= maxEvents) {
        const int drop = maxEvents / 10; // in batches, not one row per event
        beginRemoveRows({}, 0, drop - 1);
        m_rows.remove(0, drop);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append({QDateTime::currentDateTime(), event});
    endInsertRows();
}

void ServerEventModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ServerEventModel::retranslate()
{
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole});
    }
}

QString ServerEventModel::text() const
{
    QStringList lines;
    lines.reserve(m_rows.size());
    for (const Row &row : m_rows) {
        lines << timeText(row.time) + QLatin1Char(' ') + describe(row.event);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ServerEventModel::describe(const smtp::ServerEvent &event)
{
    // The rules by SubmissionPolicy's ids (core/policy/submissionpolicy.cpp).
    auto rule = [](const QString &id) {
        if (id == QLatin1String("auth")) {
            return tr("not logged in");
        }
        if (id == QLatin1String("sender")) {
            return tr("sender address");
        }
        if (id == QLatin1String("geoip")) {
            return tr("country");
        }
        if (id == QLatin1String("rate")) {
            return tr("rate limit");
        }
        if (id == QLatin1String("queue")) {
            return tr("undeliverable messages");
        }
        if (id == QLatin1String("spam")) {
            return tr("spam");
        }
        if (id == QLatin1String("mx")) {
            return tr("domain without mail servers");
        }
        if (id == QLatin1String("size")) {
            return tr("message size");
        }
        return id;
    };
    switch (event.kind) {
    case Kind::Listening:
        return tr("Listening on %1, state in %2").arg(event.address, QDir::toNativeSeparators(event.detail));
    case Kind::Stopped:
        return tr("Stopped; %n message(s) accepted", nullptr, event.count);
    case Kind::Notice:
        return event.cause.isEmpty() ? errorText(event.note)
                                     : QStringLiteral("%1: %2").arg(errorText(event.note), errorText(event.cause));
    case Kind::Connected:
        return tr("Connection from %1 (session %2)").arg(event.ip, event.token);
    case Kind::ConnectionRefused:
        if (event.rule == QLatin1String("auth-failures")) {
            return tr("Refused %1 (session %2): the address is blocked after too many failed logins")
                .arg(event.ip, event.token);
        }
        if (event.rule == QLatin1String("connections")) {
            return tr("Refused %1: too many connections").arg(event.ip);
        }
        return tr("Refused %1 (session %2): %3").arg(event.ip, event.token, event.reply);
    case Kind::Timeout:
        return tr("Session %1 from %2 timed out").arg(event.token, event.ip);
    case Kind::Xclient:
        if (event.account.isEmpty()) {
            return tr("Session %1 from %2 replays a client at %3").arg(event.token, event.peer, event.ip);
        }
        return tr("Session %1 from %2 replays a client at %3, logged in as %4")
            .arg(event.token, event.peer, event.ip, event.account);
    case Kind::AuthSucceeded:
        return tr("%1 logged in as %2 (session %3)").arg(event.ip, event.account, event.token);
    case Kind::AuthFailed:
        return tr("Failed login from %1 as \"%2\" (session %3): %n failure(s) within the hour", nullptr, event.count)
            .arg(event.ip, event.account, event.token);
    case Kind::Blocked:
        return tr("Blocked %1 after %n failed login(s), until %2", nullptr, event.count)
            .arg(event.ip,
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.untilMs).toLocalTime(), QLocale::ShortFormat));
    case Kind::Unblocked:
        if (event.who.isEmpty()) {
            return tr("%1 was unblocked").arg(event.ip);
        }
        return tr("%1 was unblocked by %2: %3").arg(event.ip, event.who, event.why);
    case Kind::Refused:
        if (!event.recipient.isEmpty()) {
            return tr("Refused the recipient <%1> from %2 (session %3, %4): %5")
                .arg(event.recipient, event.ip, event.token, rule(event.rule), event.reply);
        }
        return tr("Refused %1 (session %2, %3): %4").arg(event.ip, event.token, rule(event.rule), event.reply);
    case Kind::Accepted:
        return tr("Accepted a message from <%1> to %n recipient(s), %2, from %3 (session %4)", nullptr, event.count)
            .arg(event.sender, QLocale().formattedDataSize(event.size), event.ip, event.token);
    case Kind::StoreFailed:
        return tr("Could not keep a message from %1 (session %2): %3").arg(event.ip, event.token, event.detail);
    }
    return {};
}

int ServerEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ServerEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return timeText(row.time) + QLatin1Char(' ') + describe(row.event);
    case Qt::ToolTipRole:
        return row.time.toString(Qt::ISODateWithMs);
    case Qt::ForegroundRole:
        return isTrouble(row.event.kind) ? QVariant(QBrush(toneColour(Tone::Problem, QPalette()))) : QVariant();
    case KindRole:
        return int(row.event.kind);
    default:
        return {};
    }
}

} // namespace mt
