#include "domainvalidator.h"

#include <QMetaObject>
#include <QPointer>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace mt::policy {

using dns::DnsResult;
using dns::DnsStatus;
using dns::RecordType;

namespace {

// Both answers, as they arrive.
struct Pending
{
    std::optional<DnsResult> mx;
    std::optional<DnsResult> a;
};

QString asciiName(const QString &domain)
{
    // An IDN as DNS carries it; a name that has no ASCII form stays as it
    // is, and the resolver calls it invalid. An ASCII name only needs its
    // case folded (the common case, asked for every message).
    const bool ascii = std::all_of(domain.cbegin(), domain.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        return domain.toLower();
    }
    const QByteArray ace = QUrl::toAce(domain);
    return ace.isEmpty() ? domain.toLower() : QString::fromLatin1(ace).toLower();
}

} // namespace

DomainValidator::DomainValidator(dns::DnsResolver &resolver, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_clock(clock)
{}

std::optional<DomainValidator::Result> DomainValidator::cached(const QString &domain) const
{
    const auto it = m_cache.constFind(asciiName(domain));
    if (it == m_cache.constEnd() || it->expiresMs <= m_clock.nowMs()) {
        return std::nullopt;
    }
    return it->result;
}

void DomainValidator::check(const QString &domain, QObject *context, Callback callback)
{
    if (const std::optional<Result> known = cached(domain)) {
        const Result result = *known;
        QMetaObject::invokeMethod(
            context, [callback, result] { callback(result); }, Qt::QueuedConnection);
        return;
    }
    const QString name = asciiName(domain);
    if (m_cache.size() > 100000) {
        m_cache.clear(); // a flood of distinct names must not grow memory without end
    }
    auto pending = std::make_shared<Pending>();
    QPointer<DomainValidator> self(this);
    auto settle = [self, pending, name, callback] {
        if (!pending->mx || !pending->a) {
            return;
        }
        const Result verdict = mailDomainVerdict(*pending->mx, *pending->a);
        if (self && verdict != Result::TemporaryFailure) {
            self->m_cache.insert(name, {verdict, self->m_clock.nowMs() + cacheMs});
        }
        callback(verdict);
    };
    m_resolver.resolve(name, RecordType::MX, context, [pending, settle](const DnsResult &result) {
        pending->mx = result;
        settle();
    });
    m_resolver.resolve(name, RecordType::A, context, [pending, settle](const DnsResult &result) {
        pending->a = result;
        settle();
    });
}

} // namespace mt::policy
