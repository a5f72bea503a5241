#include "storestatuslabel.h"

#include "policy/statestore.h"
#include "smtp/serverruntime.h"
#include "tonecolours.h"

#include <QDir>
#include <QEvent>

namespace mt {

StoreStatusLabel::StoreStatusLabel(smtp::ServerRuntime &runtime, QWidget *parent)
    : QLabel(parent)
    , m_runtime(runtime)
{
    setObjectName(QStringLiteral("storeStatus"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(&m_runtime, &smtp::ServerRuntime::storeChanged, this, &StoreStatusLabel::followStore);
    followStore();
}

void StoreStatusLabel::followStore()
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = &m_runtime.store();
    connect(m_store, &policy::StateStore::availabilityChanged, this, &StoreStatusLabel::updateText);
    updateText();
}

void StoreStatusLabel::updateText()
{
    m_unreachable = m_store && !m_store->isAvailable();
    const policy::StoreUrl &url = m_runtime.storeUrl();
    // The description is already free of credentials (StoreUrl::description).
    const QString where = url.kind == policy::StoreUrl::Kind::Files
                              ? tr("files in %1").arg(QDir::toNativeSeparators(url.directory))
                              : url.description();
    if (m_unreachable) {
        setText(tr("Shared state: %1 — store unreachable. Blocks, exceptions and the audit trail shown here may be "
                   "out of date; the server defers mail (451) until the store answers again.")
                    .arg(where));
        setStyleSheet(toneStyleSheet(Tone::Problem, palette(), true));
    } else {
        setText(tr("Shared state: %1").arg(where));
        setStyleSheet(QString());
    }
    setToolTip(tr("Where blocks, counters, country exceptions and the audit trail are kept; change it in Settings"));
    setAccessibleName(tr("Shared state"));
}

void StoreStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateText();
    }
    QLabel::changeEvent(event);
}

} // namespace mt
