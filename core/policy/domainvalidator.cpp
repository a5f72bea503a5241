#include "domainvalidator.h"

#include <QMetaObject>
#include <QPointer>

#include <memory>

namespace mt::policy {

using dns::DnsResult;
using dns::DnsStatus;
using dns::RecordType;

namespace {

struct Pending
{
    int waiting = 2;
    bool valid = false;
    bool temporary = false;
};

bool usable(const DnsResult &result)
{
    if (!result.ok()) {
        return false;
    }
    for (const dns::ResourceRecord &record : result.records) {
        // A null MX ("MX 0 .") says the domain takes no mail.
        if (record.type == RecordType::MX ? !record.target.isEmpty() : !record.address.isNull()) {
            return true;
        }
    }
    return false;
}

} // namespace

DomainValidator::DomainValidator(dns::DnsResolver &resolver, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_clock(clock)
{}

std::optional<DomainValidator::Result> DomainValidator::cached(const QString &domain) const
{
    const auto it = m_cache.constFind(domain.toLower());
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
    const QString name = domain.toLower();
    if (m_cache.size() > 100000) {
        m_cache.clear(); // a flood of distinct names must not grow memory without end
    }
    auto pending = std::make_shared<Pending>();
    QPointer<DomainValidator> self(this);
    auto answer = [self, pending, name, callback](const DnsResult &result) {
        pending->valid = pending->valid || usable(result);
        pending->temporary = pending->temporary || dns::isTemporaryFailure(result.status);
        if (--pending->waiting > 0) {
            return;
        }
        const Result verdict = pending->valid       ? Result::Valid
                               : pending->temporary ? Result::TemporaryFailure
                                                    : Result::Invalid;
        if (self && verdict != Result::TemporaryFailure) {
            self->m_cache.insert(name, {verdict, self->m_clock.nowMs() + cacheMs});
        }
        callback(verdict);
    };
    m_resolver.resolve(name, RecordType::MX, context, answer);
    m_resolver.resolve(name, RecordType::A, context, answer);
}

} // namespace mt::policy
