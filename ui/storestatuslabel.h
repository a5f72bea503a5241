#pragma once

#include <QLabel>
#include <QPointer>

namespace mt {

namespace policy {
class StateStore;
}
namespace smtp {
class ServerRuntime;
}

// One line that says where the shared state lives ("Shared state: files in
// …" or "redis://host:6379/0", never a password) and, while the store
// cannot be reached, says so in a red band: the lists beside it may be out
// of date. Follows the runtime to a new store (Settings) by itself.
class StoreStatusLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit StoreStatusLabel(smtp::ServerRuntime &runtime, QWidget *parent = nullptr);

    bool showsUnreachable() const { return m_unreachable; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void followStore();
    void updateText();

    smtp::ServerRuntime &m_runtime;
    QPointer<policy::StateStore> m_store;
    bool m_unreachable = false;
};

} // namespace mt
