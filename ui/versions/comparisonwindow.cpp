#include "versions/comparisonwindow.h"

#include "document/plandocument.h"
#include "summary/plandiff.h"
#include "versions/diffhtml.h"
#include "versions/versionsdialog.h"
#include "windowmemory.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace salesplan::ui {

ComparisonWindow::ComparisonWindow(PlanDocument *document, RowId before, RowId after,
                                   QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_before(new QComboBox(this))
    , m_after(new QComboBox(this))
    , m_view(new QTextBrowser(this))
    , m_beforeLabel(new QLabel(this))
    , m_afterLabel(new QLabel(this))
    , m_swap(new QPushButton(this))
    , m_refreshSoon(new QTimer(this))
{
    m_before->setObjectName(QStringLiteral("compareBefore"));
    m_after->setObjectName(QStringLiteral("compareAfter"));
    m_view->setObjectName(QStringLiteral("comparison"));
    m_before->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_after->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_beforeLabel->setBuddy(m_before);
    m_afterLabel->setBuddy(m_after);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_beforeLabel);
    choices->addWidget(m_before);
    choices->addSpacing(12);
    choices->addWidget(m_afterLabel);
    choices->addWidget(m_after);
    choices->addWidget(m_swap);
    choices->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_view, 1);
    resize(QSettings().value(WindowMemory::comparisonSizeKey, QSize(960, 720)).toSize());

    retranslate();
    reloadChoices();
    compare(before, after);

    connect(m_before, &QComboBox::currentIndexChanged, this, &ComparisonWindow::refresh);
    connect(m_after, &QComboBox::currentIndexChanged, this, &ComparisonWindow::refresh);
    connect(m_swap, &QPushButton::clicked, this,
            [this] { compare(chosen(m_after), chosen(m_before)); });
    // Typing into a field of a large plan must not wait for the comparison after each key.
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(300);
    connect(m_refreshSoon, &QTimer::timeout, this, &ComparisonWindow::refresh);
    connect(document, &PlanDocument::changed, this, [this] {
        if (chosen(m_before) == currentPlan || chosen(m_after) == currentPlan)
            m_refreshSoon->start();
    });
    connect(document, &PlanDocument::versionsChanged, this, [this] {
        m_versionPlans.clear();
        reloadChoices();
        refresh();
    });
    connect(document, &QObject::destroyed, this, &QWidget::close);
}

void ComparisonWindow::compare(RowId before, RowId after)
{
    {
        const QSignalBlocker blockBefore(m_before);
        const QSignalBlocker blockAfter(m_after);
        select(m_before, before);
        select(m_after, after);
    }
    refresh();
}

RowId ComparisonWindow::addPlan(const QString &name, const Plan &plan)
{
    m_others.append({name, plan});
    reloadChoices();
    return -RowId(m_others.size());
}

// The plan as it is now, the other files' plans, then the versions newest first; the choices stay
// where they were while they are still there.
void ComparisonWindow::reloadChoices()
{
    if (!m_document)
        return;
    const RowId before = chosen(m_before);
    const RowId after = chosen(m_after);
    const QSignalBlocker blockBefore(m_before);
    const QSignalBlocker blockAfter(m_after);
    const Result<QList<PlanVersion>> versions = m_document->versions();
    for (QComboBox *box : {m_before, m_after}) {
        box->clear();
        box->addItem(tr("Current plan"), QVariant::fromValue(currentPlan));
        for (qsizetype i = 0; i < m_others.size(); ++i)
            box->addItem(tr("%1 (another file)").arg(m_others.at(i).first),
                         QVariant::fromValue(-RowId(i + 1)));
        if (!versions)
            continue;
        for (auto version = versions->crbegin(); version != versions->crend(); ++version) {
            //: A version to compare: its name and when it was saved.
            box->addItem(tr("“%1”, %2").arg(version->name, formatSavedAt(version->created)),
                         QVariant::fromValue(version->id));
        }
    }
    select(m_before, before);
    select(m_after, after);
}

void ComparisonWindow::select(QComboBox *box, RowId id)
{
    box->setCurrentIndex(qMax(0, box->findData(QVariant::fromValue(id))));
}

RowId ComparisonWindow::chosen(const QComboBox *box)
{
    return box->currentIndex() < 0 ? currentPlan : box->currentData().value<RowId>();
}

Result<Plan> ComparisonWindow::planOf(RowId id) const
{
    if (id == currentPlan)
        return m_document->plan();
    if (id < 0 && -id <= m_others.size())
        return m_others.at(-id - 1).second;
    if (const auto read = m_versionPlans.constFind(id); read != m_versionPlans.cend())
        return *read;
    Result<Plan> plan = m_document->versionPlan(id);
    if (plan)
        m_versionPlans.insert(id, *plan);
    return plan;
}

void ComparisonWindow::refresh()
{
    m_refreshSoon->stop();
    if (!m_document)
        return;
    const Result<Plan> before = planOf(chosen(m_before));
    const Result<Plan> after = planOf(chosen(m_after));
    if (!before || !after) {
        m_view->setPlainText((before ? after : before).error().message());
        return;
    }
    const int scroll = m_view->verticalScrollBar()->value();
    m_view->setHtml(PlanDiffHtml(comparePlans(*before, *after), palette()).html());
    m_view->verticalScrollBar()->setValue(scroll);
}

void ComparisonWindow::retranslate()
{
    const QString name = m_document ? m_document->plan().info.name : QString();
    setWindowTitle(tr("Compare — %1").arg(name.isEmpty() ? tr("Untitled plan") : name));
    m_beforeLabel->setText(tr("&Before:"));
    m_afterLabel->setText(tr("&After:"));
    m_swap->setText(tr("S&wap"));
    m_swap->setToolTip(tr("Compare the other way round"));
}

void ComparisonWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(WindowMemory::comparisonSizeKey, size());
    QWidget::closeEvent(event);
}

void ComparisonWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reloadChoices();
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace salesplan::ui
