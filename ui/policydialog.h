#pragma once

#include "policy/policy.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mt {

// Edits the built-in server's policy: domains with their aliases and
// allowed countries, accounts, limits. Save validates with Policy's own
// loader (the same one `serve --policy` uses), writes the file atomically
// and emits saved(); a problem is shown and nothing is written. Passwords
// go in through a field that keeps only their hash.
class PolicyDialog final : public QDialog
{
    Q_OBJECT

public:
    PolicyDialog(const policy::Policy &policy, const QString &path, QWidget *parent = nullptr);

    // The form as a policy, or nullopt with ERROR naming the problem.
    std::optional<policy::Policy> policy(QString *error) const;
    // Hashes PASSWORD into the account on ROW in the background (the slow
    // hash would freeze the window); passwordHashed() when it is there.
    // The clear text is not kept.
    void setPassword(int row, const QString &password);
    bool hashing() const { return m_pendingHashes > 0; }
    QString errorText() const;
    QString path() const { return m_path; }

    // For tests: the editors.
    QTableWidget *domainTable() const { return m_domains; }
    QTableWidget *accountTable() const { return m_accounts; }
    QSpinBox *perMinuteBox() const { return m_perMinute; }

    // Hash iterations for new passwords (tests lower it).
    void setHashIterations(int iterations) { m_iterations = iterations; }

public slots:
    bool save();

signals:
    void saved(const mt::policy::Policy &policy);
    void passwordHashed();

private:
    void addDomainRow(const policy::DomainPolicy &domain);
    void addAccountRow(const policy::Account &account);
    void askPassword();
    void showError(const QString &error);

    policy::Policy m_base; // keeps what the form does not show (server settings, spam markers)
    QString m_path;
    int m_iterations;
    int m_pendingHashes = 0;
    QTableWidget *m_domains = nullptr;
    QTableWidget *m_accounts = nullptr;
    QSpinBox *m_perMinute = nullptr;
    QSpinBox *m_perHour = nullptr;
    QSpinBox *m_per12h = nullptr;
    QSpinBox *m_authFailures = nullptr;
    QSpinBox *m_spamPerHour = nullptr;
    QSpinBox *m_queueMin = nullptr;
    QDoubleSpinBox *m_queueShare = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mt
