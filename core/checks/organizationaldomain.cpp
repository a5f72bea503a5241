#include "organizationaldomain.h"

#include <libpsl.h>
#include <memory>

namespace mt {
namespace {

struct PslDeleter
{
    void operator()(psl_ctx_t *context) const { psl_free(context); }
};

// The newest list on the system (Debian's publicsuffix package) when it is
// newer than the one built into libpsl, else the built-in one. Loaded once;
// libpsl's lookups only read it, so threads may share it.
const psl_ctx_t *publicSuffixList()
{
    static const std::unique_ptr<psl_ctx_t, PslDeleter> list{psl_latest(nullptr)};
    return list ? list.get() : psl_builtin();
}

QByteArray normalized(const QString &domain)
{
    QString name = domain.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.'))) {
        name.chop(1);
    }
    return name.toUtf8();
}

} // namespace

QString organizationalDomain(const QString &domain)
{
    const QByteArray name = normalized(domain);
    const psl_ctx_t *list = publicSuffixList();
    if (name.isEmpty() || name.startsWith('.') || !list) {
        return {};
    }
    // The result points into NAME: it is the registrable domain's suffix.
    const char *registrable = psl_registrable_domain(list, name.constData());
    return registrable ? QString::fromUtf8(registrable) : QString();
}

bool isPublicSuffix(const QString &domain)
{
    const QByteArray name = normalized(domain);
    const psl_ctx_t *list = publicSuffixList();
    return !name.isEmpty() && list && psl_is_public_suffix(list, name.constData());
}

} // namespace mt
