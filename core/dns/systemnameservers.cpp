#include "systemnameservers.h"

#include <QFile>

#ifdef Q_OS_WIN
// winsock2.h (which includes windows.h) first: iphlpapi.h would otherwise
// bring in windows.h with the old winsock.h. This comment keeps them unsorted.
#include <winsock2.h>
//
#include <iphlpapi.h>
#endif

namespace mt::dns {

SystemResolverSettings parseResolvConf(const QByteArray &text)
{
    SystemResolverSettings settings;
    QList<Nameserver> &servers = settings.servers;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QByteArray line = rawLine.simplified();
        if (line.startsWith("options ")) {
            for (const QByteArray &option : line.mid(8).split(' ')) {
                bool ok = false;
                if (option.startsWith("timeout:")) {
                    const int seconds = option.mid(8).toInt(&ok);
                    settings.timeoutMs = ok && seconds > 0 ? qMin(seconds, 30) * 1000 : settings.timeoutMs;
                } else if (option.startsWith("attempts:")) {
                    const int attempts = option.mid(9).toInt(&ok);
                    settings.attempts = ok && attempts > 0 ? qMin(attempts, 5) : settings.attempts;
                }
            }
            continue;
        }
        if (!line.startsWith("nameserver ")) {
            continue;
        }
        QString host = QString::fromLatin1(line.mid(11)).section(QLatin1Char(' '), 0, 0);
        host = host.section(QLatin1Char('%'), 0, 0); // drop an IPv6 zone index
        // A bare IPv6 address has colons of its own: bracket it before parsing.
        if (host.count(QLatin1Char(':')) > 1) {
            host = QLatin1Char('[') + host + QLatin1Char(']');
        }
        if (const auto server = Nameserver::parse(host); server && !servers.contains(*server)) {
            servers << *server;
        }
    }
    return settings;
}

SystemResolverSettings systemResolverSettings()
{
    SystemResolverSettings settings;
    QList<Nameserver> &servers = settings.servers;
#ifdef Q_OS_WIN
    ULONG size = 0;
    if (GetNetworkParams(nullptr, &size) == ERROR_BUFFER_OVERFLOW) {
        QByteArray buffer(int(size), Qt::Uninitialized);
        auto *info = reinterpret_cast<FIXED_INFO *>(buffer.data());
        if (GetNetworkParams(info, &size) == NO_ERROR) {
            for (IP_ADDR_STRING *entry = &info->DnsServerList; entry; entry = entry->Next) {
                if (const auto server = Nameserver::parse(QString::fromLatin1(entry->IpAddress.String))) {
                    servers << *server;
                }
            }
        }
    }
#else
    QFile file(QStringLiteral("/etc/resolv.conf"));
    if (file.open(QIODevice::ReadOnly)) {
        settings = parseResolvConf(file.readAll());
    }
#endif
    if (servers.isEmpty()) {
        servers << Nameserver{QHostAddress(QHostAddress::LocalHost), 53};
    }
    return settings;
}

} // namespace mt::dns
