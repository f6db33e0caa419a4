#include "reviewnotedialog.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

// The whys of a cause, one a line; lines past the last field are kept in it.
QStringList whysOf(const QString &cause, int count)
{
    QStringList whys = cause.split(u'\n', Qt::SkipEmptyParts);
    while (whys.size() > count)
        whys[count - 1] += u' ' + whys.takeAt(count);
    return whys;
}

} // namespace

ReviewNoteDialog::ReviewNoteDialog(const ReviewEntry &entry, const QString &subject,
                                   const QStringList &owners, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_action(new QPlainTextEdit(entry.action, this))
    , m_owner(new QLineEdit(entry.owner, this))
    , m_due(new QDateEdit(entry.due.isValid() ? entry.due : defaultDue(entry.month), this))
    , m_done(new QCheckBox(tr("Done"), this))
{
    setObjectName(QStringLiteral("reviewNoteDialog"));
    setWindowTitle(tr("Review note"));
    auto *intro = new QLabel(subject, this);
    intro->setWordWrap(true);
    auto *hint = new QLabel(tr("Ask why until the answer is something you can act on."), this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    const QStringList whys = whysOf(entry.cause, whyCount);
    for (int i = 0; i < whyCount; ++i) {
        auto *why = new QLineEdit(whys.value(i), this);
        why->setObjectName(QStringLiteral("why%1").arg(i + 1));
        why->setAccessibleName(tr("Why? (%1 of %2)").arg(i + 1).arg(whyCount));
        form->addRow(i == 0 ? tr("Why?") : tr("Why? (%1)").arg(i + 1), why);
        m_whys.append(why);
    }
    m_action->setObjectName(QStringLiteral("action"));
    m_action->setTabChangesFocus(true);
    m_action->setFixedHeight(m_action->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("Action"), m_action);
    m_owner->setObjectName(QStringLiteral("owner"));
    auto *completer = new QCompleter(owners, m_owner);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_owner->setCompleter(completer);
    form->addRow(tr("Owner"), m_owner);
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    form->addRow(tr("Due"), m_due);
    m_done->setObjectName(QStringLiteral("done"));
    m_done->setChecked(entry.done);
    form->addRow(QString(), m_done);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

ReviewEntry ReviewNoteDialog::entry() const
{
    ReviewEntry entry = m_entry;
    QStringList whys;
    for (const QLineEdit *why : m_whys) {
        if (const QString text = why->text().simplified(); !text.isEmpty())
            whys.append(text);
    }
    entry.cause = whys.join(u'\n');
    entry.action = m_action->toPlainText().trimmed();
    entry.owner = m_owner->text().trimmed();
    entry.due = m_due->date();
    entry.done = m_done->isChecked();
    return entry;
}

QDate ReviewNoteDialog::defaultDue(const QDate &month)
{
    const QDate first(month.year(), month.month(), 1);
    return first.addMonths(2).addDays(-1);
}

} // namespace salesplan::ui
